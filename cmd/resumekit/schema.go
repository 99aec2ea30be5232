package main

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/resumekit/resumekit/resume"
)

func newSchemaCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of resumekit's resume format",
		Long: `schema prints the JSON Schema (draft-07) of the resume files resumekit
reads: JSON Resume 1.0 with resumekit's extensions (several roles per
employer under "roles", skills per role, "present" as an end date). Each
object refuses keys it does not know, except extensions that start with
"x-" and anything inside "meta", as validate and export do.

Save it beside your resume and point your editor at it for completion
and typo checks: in JSON, "$schema": "./resumekit.schema.json"; in YAML,
the comment "# yaml-language-server: $schema=./resumekit.schema.json".
The same file is resume/resumekit.schema.json in the repository.`,
		Example: `  resumekit schema > resumekit.schema.json`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return writeSchema(cmd.OutOrStdout())
		},
	}
}

func writeSchema(w io.Writer) error {
	_, err := w.Write(resume.FormatSchemaJSON)
	return err
}
