package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/internal/isolate"
)

// childCommand is the hidden command the isolated extractor runs as.
const childCommand = "__extract"

// isolateFlags are the flags of the commands that read files made by
// other tools: parse, extract and check --against.
type isolateFlags struct {
	mode      string // "auto", "always" or "never"
	maxMemory string
}

func (fl *isolateFlags) register(f *pflag.FlagSet) {
	f.StringVar(&fl.mode, "isolate", "auto", `read the file in a child process with a time and memory limit: "auto" (PDFs not made by resumekit), "always" or "never"; --isolate alone means always`)
	f.Lookup("isolate").NoOptDefVal = "always"
	f.StringVar(&fl.maxMemory, "max-memory", "512MB", "memory limit of the isolated reader")
}

// newChildCmd is the isolated extractor: it extracts one file and writes
// the document as JSON for the parent (see internal/isolate).
func newChildCmd() *cobra.Command {
	var maxSize int64
	var maxPages int
	var timeout time.Duration
	cmd := &cobra.Command{
		Use:    childCommand + " FILE",
		Hidden: true,
		Args:   cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts := extract.Options{MaxSize: maxSize, MaxPages: maxPages, Timeout: timeout}
			return isolate.Child(cmd.Context(), args[0], opts, cmd.OutOrStdout())
		},
	}
	cmd.Flags().Int64Var(&maxSize, "max-size", 0, "")
	cmd.Flags().IntVar(&maxPages, "max-pages", 0, "")
	cmd.Flags().DurationVar(&timeout, "timeout", 0, "")
	return cmd
}

// extractFile extracts path, in a child process when the isolate mode
// asks for it: always, or (auto) for a PDF that resumekit did not write,
// since the PDF library can hang or exhaust memory on hostile files.
func extractFile(ctx context.Context, path string, opts extract.Options, fl isolateFlags) (*extract.Document, error) {
	isolated, err := shouldIsolate(path, fl.mode)
	if err != nil {
		return nil, err
	}
	if !isolated {
		return extract.File(ctx, path, opts)
	}
	mem := int64(isolate.DefaultMaxMemory)
	if fl.maxMemory != "" {
		if mem, err = parseSize(fl.maxMemory); err != nil {
			return nil, fmt.Errorf("--max-memory: %w", err)
		}
	}
	exe, err := os.Executable()
	if err != nil {
		return extract.File(ctx, path, opts)
	}
	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = extract.DefaultTimeout
	}
	argv := []string{exe, childCommand, "--max-size", strconv.FormatInt(opts.MaxSize, 10),
		"--max-pages", strconv.Itoa(opts.MaxPages), "--timeout", timeout.String(), path}
	// The child gets a little longer than its own deadline to say so itself.
	return isolate.Extract(ctx, argv, path, isolate.Limits{MaxMemory: mem, Timeout: timeout + 2*time.Second})
}

// ourPDFMarker is what resumekit's PDF writer puts in the document
// information (Creator); it only decides isolation, never what is read.
var ourPDFMarker = []byte("/Creator (resumekit")

// validate reports an --isolate value that is none of auto, always, never.
func (fl isolateFlags) validate() error {
	switch fl.mode {
	case "auto", "always", "never", "":
		return nil
	}
	return fmt.Errorf(`invalid --isolate %q: use auto, always or never`, fl.mode)
}

func shouldIsolate(path, mode string) (bool, error) {
	if err := (isolateFlags{mode: mode}).validate(); err != nil {
		return false, err
	}
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return false, nil // extract reports it
	}
	defer f.Close()
	head := make([]byte, 1024)
	n, _ := io.ReadFull(f, head)
	if extract.Detect(head[:n]) != extract.FormatPDF {
		return false, nil
	}
	// The document information sits near the end of the file.
	st, err := f.Stat()
	if err != nil {
		return true, nil
	}
	tail := make([]byte, min(st.Size(), 64<<10))
	if _, err := f.ReadAt(tail, st.Size()-int64(len(tail))); err != nil && err != io.EOF {
		return true, nil
	}
	return !bytes.Contains(tail, ourPDFMarker), nil
}

// extractArg extracts the document named on the command line: a file, or
// "-" for standard input. Standard input is read within opts.MaxSize; a PDF
// from it that needs isolating goes to the child through a temporary file,
// whose name no message shows (they say <stdin>).
func extractArg(ctx context.Context, stdin io.Reader, arg string, opts extract.Options, fl isolateFlags) (*extract.Document, error) {
	if arg != "-" {
		return extractFile(ctx, arg, opts, fl)
	}
	limit := opts.MaxSize
	if limit <= 0 {
		limit = extract.DefaultMaxSize
	}
	data, err := readAllLimited(stdin, stdinName, limit)
	if err != nil {
		return nil, err
	}
	if err := (isolateFlags{mode: fl.mode}).validate(); err != nil {
		return nil, err
	}
	isolated := fl.mode == "always" ||
		fl.mode != "never" && extract.Detect(data) == extract.FormatPDF && !bytes.Contains(data[max(0, len(data)-64<<10):], ourPDFMarker)
	if !isolated {
		return extract.Bytes(ctx, data, stdinName, opts)
	}
	f, err := os.CreateTemp("", "resumekit-stdin-*")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", stdinName, plainError(err))
	}
	defer os.Remove(f.Name())
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", stdinName, plainError(err))
	}
	fl.mode = "always"
	doc, err := extractFile(ctx, f.Name(), opts, fl)
	if err != nil {
		return nil, renamedError{err: err, from: f.Name(), to: stdinName}
	}
	return doc, nil
}

// renamedError is err with every mention of the file from shown as to.
type renamedError struct {
	err      error
	from, to string
}

func (e renamedError) Error() string { return strings.ReplaceAll(e.err.Error(), e.from, e.to) }
func (e renamedError) Unwrap() error { return e.err }
