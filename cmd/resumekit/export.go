package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/export"
	"github.com/resumekit/resumekit/export/pdf"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/input"
	"github.com/resumekit/resumekit/resume"
)

type exportFlags struct {
	formats    []string
	output     string
	lang       string
	dateFormat string
	lenient    bool
	group      bool
	created    string
	fonts      []string
}

func newExportCmd() *cobra.Command {
	var fl exportFlags
	cmd := &cobra.Command{
		Use:   "export [FILE]",
		Short: "Write a resume in every format (or the ones chosen with -f)",
		Long: `export reads a resume and writes it in each chosen format into a directory,
as DIR/<name>.<ext>, where <name> is the input file's name without its
extension ("resume" for the embedded example and for standard input). Each
file is written to a temporary file first and renamed into place, so no
file is ever left half written. The path of each file is printed.

FILE is JSON Resume as JSON or YAML (a work entry may hold several roles
under "roles"), or a RenderCV YAML file (one with a top-level cv key: its
sections, dates and locale are read; design and settings are ignored). Without FILE, export writes the embedded example resume;
with "-", it reads standard input. The resume is validated first: a file
with problems is not exported (see resumekit validate).

Formats: ` + formatList() + `.

Characters the built-in Go fonts lack (CJK, Arabic, Hebrew, …) need a
TrueType font for the PDF: give one with --font (for CJK, for example
DroidSansFallbackFull.ttf from Debian's fonts-droid-fallback). Without it
the PDF is not written, and the error lists each character and where it is.

Exit status: 0 on success, 1 when a file cannot be written, 2 on bad input
(an unreadable or invalid resume, an unknown format or flag, characters no
font has).`,
		Example: `  resumekit export -o out                  # the example resume, every format
  resumekit export resume.yaml -o out      # out/resume.json, out/resume.md, ...
  resumekit export cv.json -f pdf,docx     # ./cv.pdf and ./cv.docx
  resumekit export John_Doe_CV.yaml -o out # a RenderCV file: DOCX and XLSX too
  resumekit export resume.yaml -f md --lang de --date-format 01/2006
  resumekit export resume.yaml -f xlsx --created now  # durations up to today
  resumekit export cv.yaml -f pdf --font /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf  # CJK`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			file := ""
			if len(args) == 1 {
				file = args[0]
			}
			return runExport(cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr(), file, fl)
		},
	}
	f := cmd.Flags()
	f.StringSliceVarP(&fl.formats, "formats", "f", nil, "formats to write, comma separated: "+strings.Join(export.Names(), ", ")+" (default all)")
	f.StringVarP(&fl.output, "output", "o", ".", "directory to write the files into (created if missing)")
	f.StringVar(&fl.lang, "lang", "", "language of the section headings: en, es, de or fr (default en)")
	f.StringVar(&fl.dateFormat, "date-format", "", `Go layout for dates, such as "01/2006" (default "Jan 2006")`)
	f.BoolVar(&fl.lenient, "lenient", false, `accept what published resumes do (human dates, "company" for "name") with warnings`)
	f.BoolVar(&fl.group, "group", false, "merge consecutive work entries with the same employer into one employer with several roles")
	f.StringVar(&fl.created, "created", "", `creation time in the files' metadata, and "now" for the duration of a current role in XLSX: YYYY-MM-DD, RFC 3339 or "now" (default $SOURCE_DATE_EPOCH, else 2000-01-01 so that the same input gives the same bytes)`)
	f.StringArrayVar(&fl.fonts, "font", nil, fontFlagHelp)
	_ = cmd.RegisterFlagCompletionFunc("font", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"ttf"}, cobra.ShellCompDirectiveFilterFileExt
	})
	_ = cmd.RegisterFlagCompletionFunc("formats", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return export.Names(), cobra.ShellCompDirectiveNoFileComp
	})
	_ = cmd.RegisterFlagCompletionFunc("lang", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"en", "es", "de", "fr"}, cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}

// formatList describes the available formats for help texts.
func formatList() string {
	var parts []string
	for _, f := range export.Formats() {
		parts = append(parts, fmt.Sprintf("%s (%s, %s)", f.Name, f.Description, f.Ext))
	}
	return strings.Join(parts, ", ")
}

// selectFormats resolves the -f names (and aliases), in table order
// without repeats; none means every format.
func selectFormats(names []string) ([]export.Format, error) {
	all := export.Formats()
	if len(names) == 0 {
		return all, nil
	}
	want := map[string]bool{}
	for _, n := range names {
		if strings.TrimSpace(n) == "" {
			continue
		}
		f, err := export.Lookup(n)
		if err != nil {
			return nil, err
		}
		want[f.Name] = true
	}
	var out []export.Format
	for _, f := range all {
		if want[f.Name] {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no format given to -f (known formats: %s)", strings.Join(export.Names(), ", "))
	}
	return out, nil
}

// loadInput reads the resume named on the command line: the embedded
// example for "", standard input for "-", otherwise a file, JSON Resume
// (JSON or YAML) or RenderCV YAML, told apart by input.Decode. base is the
// output file name without extension.
func loadInput(stdin io.Reader, file string, opts resume.LoadOptions) (res *input.Result, base string, err error) {
	switch file {
	case "":
		r, err := examples.Resume()
		if err != nil {
			return nil, "", err
		}
		return &input.Result{Resume: r, Format: input.JSONResume}, "resume", nil
	case "-":
		res, err = input.Read(stdin, "<stdin>", input.Options{LoadOptions: opts})
		return res, "resume", err
	}
	res, err = input.Load(file, input.Options{LoadOptions: opts})
	base = strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	if base == "" || base == "." {
		base = "resume"
	}
	return res, base, err
}

func runExport(stdin io.Reader, stdout, stderr io.Writer, file string, fl exportFlags) error {
	formats, err := selectFormats(fl.formats)
	if err != nil {
		return badInput(err)
	}
	if fl.lang != "" {
		if _, ok := style.LabelSets[fl.lang]; !ok {
			return badInput(fmt.Errorf("unknown --lang %q (known: en, es, de, fr)", fl.lang))
		}
	}
	res, base, err := loadInput(stdin, file, resume.LoadOptions{Lenient: fl.lenient, GroupEmployers: fl.group})
	if err != nil {
		return badInput(err)
	}
	r := res.Resume
	printWarnings(stderr, res.Warnings)
	if err := r.Validate(); err != nil {
		return badInput(fmt.Errorf("%w\n(fix the resume and run again; resumekit validate lists every problem)", err))
	}
	if err := os.MkdirAll(fl.output, 0o755); err != nil {
		return &exitError{code: exitFailure, err: err}
	}
	created, err := parseCreated(fl.created, os.Getenv("SOURCE_DATE_EPOCH"), time.Now)
	if err != nil {
		return badInput(err)
	}
	fonts, err := readFonts(fl.fonts)
	if err != nil {
		return badInput(err)
	}
	opts := style.Options{Language: fl.lang, DateFormat: fl.dateFormat, Created: created, FallbackFonts: fonts}
	if opts.Language == "" {
		opts.Language = res.Language // a RenderCV locale's language
	}
	opts.Present = res.Present // a RenderCV locale's word for an open end
	for _, f := range formats {
		path := filepath.Join(fl.output, base+f.Ext)
		if file != "" && file != "-" && sameFile(file, path) {
			return badInput(fmt.Errorf("refusing to overwrite the input file %s with the %s export; choose another directory with -o", file, f.Name))
		}
		err := writeOutput(path, func(w io.Writer) error { return f.Write(w, r, opts) })
		if errors.Is(err, pdf.ErrMissingGlyphs) || errors.Is(err, style.ErrOptions) {
			// The resume or the options, not the disk: bad input.
			return badInput(fmt.Errorf("%s: %w", path, err))
		}
		if err != nil {
			return &exitError{code: exitFailure, err: fmt.Errorf("writing %s: %w", path, err)}
		}
		fmt.Fprintln(stdout, path)
	}
	return nil
}

// fontFlagHelp describes --font, which export and check share.
const fontFlagHelp = "a TrueType font (.ttf) for characters the built-in Go fonts lack, such as CJK; repeat for several, tried in order (PDF only)"

// maxFontSize bounds a --font file: large CJK fonts are 10 to 30 MB.
const maxFontSize = 64 << 20

// readFonts reads the --font files.
func readFonts(paths []string) ([][]byte, error) {
	var out [][]byte
	for _, p := range paths {
		data, err := readLimited(p, maxFontSize)
		if err != nil {
			return nil, fmt.Errorf("--font: %w", err)
		}
		out = append(out, data)
	}
	return out, nil
}

// parseCreated reads --created: a day (2006-01-02), an RFC 3339 time or
// "now". Without it, SOURCE_DATE_EPOCH (Unix seconds, the reproducible
// builds convention) is used when set; else the zero time, which the
// writers turn into a fixed date.
func parseCreated(flag, epoch string, now func() time.Time) (time.Time, error) {
	switch {
	case flag == "now":
		return now().UTC().Truncate(time.Second), nil
	case flag != "":
		if t, err := time.Parse(time.RFC3339, flag); err == nil {
			return t, nil
		}
		if t, err := time.Parse(time.DateOnly, flag); err == nil {
			return t, nil
		}
		return time.Time{}, fmt.Errorf(`--created %q: want a day such as 2024-05-31, an RFC 3339 time such as 2024-05-31T09:00:00Z, or "now"`, flag)
	case epoch != "":
		n, err := strconv.ParseInt(epoch, 10, 64)
		if err != nil || n < 0 || n > 253402300799 { // up to 9999-12-31
			return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q: want Unix seconds, such as 1717146000; unset it or pass --created", epoch)
		}
		return time.Unix(n, 0).UTC(), nil
	}
	return time.Time{}, nil
}

// sameFile reports whether a and b name the same existing file.
func sameFile(a, b string) bool {
	sa, err := os.Stat(a)
	if err != nil {
		return false
	}
	sb, err := os.Stat(b)
	return err == nil && os.SameFile(sa, sb)
}

// writeOutput writes an exported file the way writeFileAtomic does, through
// a temporary file in the same directory and a rename, so that no file is
// ever left half written; the file gets the usual 0644 permissions rather
// than the temporary file's 0600.
func writeOutput(path string, fill func(io.Writer) error) error {
	return writeFileAtomic(path, func(w io.Writer) error {
		if f, ok := w.(*os.File); ok {
			if err := f.Chmod(0o644); err != nil {
				return err
			}
		}
		return fill(w)
	})
}
