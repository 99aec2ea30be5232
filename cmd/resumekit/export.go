package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/resumekit/resumekit/export"
	"github.com/resumekit/resumekit/export/pdf"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/resume"
)

type exportFlags struct {
	formats    []string
	output     string
	lang       string
	dateFormat string
	load       loadFlags
	created    string
	fonts      []string
	design     designFlags
}

func newExportCmd() *cobra.Command {
	var fl exportFlags
	cmd := &cobra.Command{
		Use:   "export [FILE]",
		Short: "Write a resume in every format (or the ones chosen with -f)",
		Long: `export reads a resume and writes it in each chosen format into a directory,
as DIR/<name>.<ext>, where <name> is the input file's name without its
extension ("resume" for the embedded example and for standard input). The
path of each file is printed.

All or nothing: every format is made in memory first, and only when all
of them succeed are the files written (each through a temporary file and
a rename). When any format fails (a character no font has, a bad option)
no file is written and every problem is listed.

FILE is JSON Resume as JSON or YAML (a work entry may hold several roles
under "roles"), or a RenderCV YAML file (one with a top-level cv key: its
sections, dates and locale are read; design and settings are ignored).
Without FILE, export writes the embedded example resume; with "-", it
reads standard input. The resume is validated first, exactly as validate
does: a file with problems is not exported, and every problem is listed.

Formats:
` + formatList() + `

The look of the DOCX and PDF files: --theme (classic, modern, serif,
compact), --font-family, --page-size, --accent, --margins,
--section-order and --page-numbers, or a --design YAML file with the
same keys (theme: modern, font-family: serif, page-size: letter, accent:
"#1f4e79", margins: 20mm, section-order: [education, work],
page-numbers: true); a flag given overrides the file.

Characters the built-in fonts (Liberation Sans and Serif) lack (CJK,
Hangul, Arabic, Hebrew, emoji, ...) need a TrueType font for the PDF: give
one with --font, repeated for several (for Chinese and Japanese, for
example, DroidSansFallbackFull.ttf from Debian's fonts-droid-fallback; for
Korean NanumGothic.ttf from fonts-nanum; for emoji Symbola_hint.ttf from
fonts-symbola, and for newer emoji NotoSansSymbols2-Regular.ttf from
fonts-noto-core). Without it no file is written, and the error lists each
character and where it is.

Exit status: 0 on success, 1 when a file cannot be written, 2 on bad input
(an unreadable or invalid resume, an unknown format or flag, characters no
font has).`,
		Example: `  resumekit export -o out                  # the example resume, every format
  resumekit export resume.yaml -o out      # out/resume.json, out/resume.md, ...
  resumekit export cv.json -f pdf,docx     # ./cv.pdf and ./cv.docx
  resumekit export John_Doe_CV.yaml -o out # a RenderCV file
  resumekit export resume.yaml -f md --lang de --date-format 01/2006
  resumekit export resume.yaml -f xlsx --created now
  resumekit export cv.yaml -f pdf --font DroidSansFallbackFull.ttf  # CJK
  resumekit export cv.yaml -f pdf,docx --font-family serif --page-size letter \
      --accent '#1f4e79' --margins 20mm --section-order education,work \
      --page-numbers
  resumekit export cv.yaml --design design.yaml  # the same settings from a file`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			file := ""
			if len(args) == 1 {
				file = args[0]
			}
			fl.design.pageNumbersSet = cmd.Flags().Changed("page-numbers")
			return runExport(cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr(), file, fl)
		},
	}
	f := cmd.Flags()
	f.StringSliceVarP(&fl.formats, "formats", "f", nil, "formats to write, comma separated: "+strings.Join(export.Names(), ", ")+" (default all)")
	f.StringVarP(&fl.output, "output", "o", ".", "directory to write the files into (created if missing)")
	f.StringVar(&fl.lang, "lang", "", "language of headings and month names: en, es, de or fr (default en)")
	f.StringVar(&fl.dateFormat, "date-format", "", `Go layout for dates, with the year as 2006: "01/2006" (default "Jan 2006")`)
	fl.load.register(f)
	f.StringVar(&fl.created, "created", "", `time in the files' metadata, and "now" for the length of a current role in XLSX: YYYY-MM-DD, RFC 3339 or "now" (default $SOURCE_DATE_EPOCH, else 2000-01-01, so that the same input gives the same bytes)`)
	f.StringArrayVar(&fl.fonts, "font", nil, fontFlagHelp)
	fl.design.register(f)
	registerDesignCompletion(cmd)
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
		parts = append(parts, fmt.Sprintf("  %-5s %s", f.Name, f.Description))
	}
	return strings.Join(parts, "\n")
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

// checkStyleFlags checks --lang and --date-format, which export and check
// share.
func checkStyleFlags(lang, dateFormat string) error {
	if _, ok := style.LabelSets[lang]; lang != "" && !ok {
		return fmt.Errorf("unknown --lang %q (known: en, es, de, fr)", lang)
	}
	if style.CheckDateFormat(dateFormat) != nil {
		return fmt.Errorf(`--date-format %q has no year: write the year as 2006 (or 06), as in "Jan 2006", "01/2006" or "January 2006"`, dateFormat)
	}
	return nil
}

// loadValid reads and validates the resume source file for export and
// check: warnings go to stderr; problems are listed there too and make a
// bad-input error.
func loadValid(stdin io.Reader, stderr io.Writer, file string, fl loadFlags, limit int64) (*loaded, error) {
	src, err := readSource(stdin, file, limit)
	if err != nil {
		return nil, badInput(err)
	}
	l, err := loadSource(src, fl)
	if err != nil {
		return nil, badInput(err)
	}
	if l.res != nil {
		printWarnings(stderr, l.res.Warnings)
	}
	if l.problems != nil {
		printProblems(stderr, l)
		return nil, badInput(fmt.Errorf("%s: %s; fix them and run again (resumekit validate lists them too)",
			src.name, problemCount(len(l.problems.Problems))))
	}
	return l, nil
}

func runExport(stdin io.Reader, stdout, stderr io.Writer, file string, fl exportFlags) error {
	formats, err := selectFormats(fl.formats)
	if err != nil {
		return badInput(err)
	}
	if err := checkStyleFlags(fl.lang, fl.dateFormat); err != nil {
		return badInput(err)
	}
	created, err := parseCreated(fl.created, os.Getenv("SOURCE_DATE_EPOCH"), time.Now)
	if err != nil {
		return badInput(err)
	}
	fonts, err := readFonts(fl.fonts)
	if err != nil {
		return badInput(err)
	}
	var design style.Options
	if err := fl.design.apply(&design); err != nil {
		return badInput(err)
	}
	l, err := loadValid(stdin, stderr, file, fl.load, resume.DefaultMaxSize)
	if err != nil {
		return err
	}
	res := l.res
	opts := design
	opts.Language, opts.DateFormat, opts.Created, opts.FallbackFonts = fl.lang, fl.dateFormat, created, fonts
	if opts.Language == "" {
		opts.Language = res.Language // a RenderCV locale's language
	}
	opts.Present = res.Present // a RenderCV locale's word for an open end

	// Make every file in memory first: all or nothing.
	type output struct {
		path string
		data []byte
	}
	var outs []output
	var problems []string
	bad := false // a problem of the input or options, not of the writer
	for _, f := range formats {
		path := filepath.Join(fl.output, l.src.base+f.Ext)
		if l.src.path != "" && sameFile(l.src.path, path) {
			problems = append(problems, fmt.Sprintf("refusing to overwrite the input file %s with the %s export; choose another directory with -o", path, f.Name))
			bad = true
			continue
		}
		var buf bytes.Buffer
		fo := opts
		fo.Warn = func(msg string) { fmt.Fprintf(stderr, "resumekit: warning: %s: %s\n", f.Name, msg) }
		if err := f.Write(&buf, res.Resume, fo); err != nil {
			problems = append(problems, fmt.Sprintf("%s: %v", f.Name, err))
			bad = bad || errors.Is(err, pdf.ErrMissingGlyphs) || errors.Is(err, style.ErrOptions)
			continue
		}
		outs = append(outs, output{path, buf.Bytes()})
	}
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintf(stderr, "resumekit: %s\n", p)
		}
		code := exitFailure
		if bad {
			code = exitBadInput
		}
		return &exitError{code: code, err: fmt.Errorf("no file written: %s failed", count(len(problems), "format", "formats"))}
	}
	if err := os.MkdirAll(fl.output, 0o755); err != nil {
		return &exitError{code: exitFailure, err: fileError(fl.output, err)}
	}
	// Write each file beside its place, then rename them all: a failure
	// while writing leaves no file behind.
	var tmps []string
	cleanup := func() {
		for _, t := range tmps {
			os.Remove(t)
		}
	}
	for _, o := range outs {
		tmp, err := writeTemp(o.path, o.data)
		if err != nil {
			cleanup()
			return &exitError{code: exitFailure, err: fmt.Errorf("%s: %w; no file written", o.path, err)}
		}
		tmps = append(tmps, tmp)
	}
	for i, o := range outs {
		if err := os.Rename(tmps[i], o.path); err != nil {
			cleanup()
			return &exitError{code: exitFailure, err: fmt.Errorf("%s: %w", o.path, plainError(err))}
		}
		fmt.Fprintln(stdout, o.path)
	}
	return nil
}

// fontFlagHelp describes --font, which export and check share.
const fontFlagHelp = "a TrueType font (.ttf) for characters the built-in fonts lack, such as CJK; repeat for several, tried in order (PDF only)"

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

// registerDesignCompletion completes the values of the design flags.
func registerDesignCompletion(cmd *cobra.Command) {
	for flag, values := range map[string][]string{
		"font-family": {style.FamilySans, style.FamilySerif},
		"page-size":   {"a4", "letter"},
		"theme":       style.Themes,
	} {
		_ = cmd.RegisterFlagCompletionFunc(flag, func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return values, cobra.ShellCompDirectiveNoFileComp
		})
	}
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
