package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/resumekit/resumekit/ats/extract"
)

type extractFlags struct {
	json      bool
	furniture bool
	timeout   time.Duration
	maxSize   string
	maxPages  int
	iso       isolateFlags
}

func newExtractCmd() *cobra.Command {
	var fl extractFlags
	cmd := &cobra.Command{
		Use:   "extract FILE",
		Short: "Print the text an applicant-tracking system sees in a resume file",
		Long: `extract reads a resume file the way an applicant-tracking system does and
prints the visible text, one line per line, followed by warnings about ATS
pitfalls (columns, tables, text boxes, contact details in headers, icon
fonts, hidden or white text, image-only pages) on standard error.

The format is detected from the file's bytes: PDF, DOCX, XLSX, Markdown,
JSON Resume or plain text (UTF-8, UTF-16 or Latin-1). A file whose name
lies about its type (a ".pdf" that is really a Word file) is refused.

Running headers, footers and page numbers repeated on every page are left
out; --furniture keeps them. --json prints every line with its page,
position, font size, source (body, header, footer, textbox, table, cell)
and the warnings, for scripts.

PDFs that resumekit did not write are read in a child process with a time
and memory limit (--isolate auto), so that a hostile file cannot hang or
exhaust the caller; --isolate=never reads in process. "-" reads standard
input.

Exit status: 0 on success, 2 when the file cannot be read.`,
		Example: `  resumekit extract cv.pdf
  resumekit extract cv.docx --json | jq '.warnings'
  resumekit extract big.pdf --timeout 5s --max-size 5MB`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExtract(cmd.Context(), cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr(), args[0], fl)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&fl.json, "json", false, "print lines with positions and sources, and warnings, as JSON")
	f.BoolVar(&fl.furniture, "furniture", false, "keep repeated headers, footers and page numbers")
	f.DurationVar(&fl.timeout, "timeout", 30*time.Second, "longest time spent reading the file")
	f.StringVar(&fl.maxSize, "max-size", "20MB", "largest file read, such as 20MB or 512KB")
	f.IntVar(&fl.maxPages, "max-pages", extract.DefaultMaxPages, "most PDF pages read")
	fl.iso.register(f)
	return cmd
}

// extractOutput is the --json document.
type extractOutput struct {
	File     string            `json:"file"`
	Format   string            `json:"format"`
	Pages    int               `json:"pages,omitempty"`
	Lines    []extract.Line    `json:"lines"`
	Warnings []extract.Warning `json:"warnings"`
}

func runExtract(ctx context.Context, stdin io.Reader, stdout, stderr io.Writer, path string, fl extractFlags) error {
	size, err := parseSize(fl.maxSize)
	if err != nil {
		return badInput(err)
	}
	if ctx == nil {
		ctx = context.Background()
	}
	if fl.maxPages <= 0 {
		return badInput(fmt.Errorf("invalid --max-pages %d: use a positive number", fl.maxPages))
	}
	doc, err := extractArg(ctx, stdin, path, extract.Options{MaxSize: size, MaxPages: fl.maxPages, Timeout: fl.timeout}, fl.iso)
	if err != nil {
		return badInput(err)
	}
	if fl.json {
		name := path
		if path == "-" {
			name = stdinName
		}
		out := extractOutput{File: name, Format: doc.Format, Pages: doc.Pages, Lines: doc.Lines, Warnings: doc.Warnings}
		if out.Warnings == nil {
			out.Warnings = []extract.Warning{}
		}
		if !fl.furniture {
			out.Lines = out.Lines[:0:0]
			for _, l := range doc.Lines {
				if !l.Furniture {
					out.Lines = append(out.Lines, l)
				}
			}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(out)
	}
	text := doc.Text()
	if fl.furniture {
		text = doc.AllText()
	}
	if text != "" {
		fmt.Fprintln(stdout, text)
	}
	for _, w := range doc.Warnings {
		fmt.Fprintf(stderr, "resumekit: warning: %s\n", w)
	}
	return nil
}
