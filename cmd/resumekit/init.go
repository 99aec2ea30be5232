package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/resumekit/resumekit/examples"
)

func newInitCmd() *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "init [FILE]",
		Short: "Write a commented starter resume to fill in",
		Long: `init writes a starter resume as YAML (resume.yaml unless FILE is given;
"-" writes to standard output): an invented person with work, education,
skills and languages, and comments on the format. It passes validate and
check as it is; replace the details with your own.

An existing file is never overwritten unless --force is given.

Exit status: 0 on success, 1 when the file cannot be written, 2 when it
exists already.`,
		Example: `  resumekit init                 # ./resume.yaml
  resumekit init cv.yaml && resumekit validate cv.yaml`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			file := "resume.yaml"
			if len(args) == 1 {
				file = args[0]
			}
			return runInit(cmd.OutOrStdout(), cmd.ErrOrStderr(), file, force)
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, "overwrite FILE if it exists")
	return cmd
}

func runInit(stdout, stderr io.Writer, file string, force bool) error {
	if file == "-" {
		_, err := stdout.Write(examples.Starter)
		return err
	}
	if !force {
		if _, err := os.Lstat(file); err == nil {
			return badInput(fmt.Errorf("%s exists already; choose another name, or add --force to overwrite it", file))
		} else if !errors.Is(err, fs.ErrNotExist) {
			return badInput(fileError(file, err))
		}
	}
	if err := writeFileAtomic(file, func(w io.Writer) error {
		_, err := w.Write(examples.Starter)
		return err
	}); err != nil {
		return &exitError{code: exitFailure, err: err}
	}
	fmt.Fprintf(stderr, "resumekit: wrote %s; fill it in, then run: resumekit validate %s\n", file, file)
	return nil
}
