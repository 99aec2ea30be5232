package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/resumekit/resumekit/export/style"
)

// TestDesignFlagErrors: every bad design value is exit 2, names its flag,
// and writes nothing.
func TestDesignFlagErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("accent: '#1f4e79'\nfont-famly: serif\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--page-size", "b5"}, `--page-size "b5": want a4 or letter`},
		{[]string{"--accent", "navy"}, `--accent "navy": want a colour`},
		{[]string{"--accent", "#12345g"}, `--accent "#12345g"`},
		{[]string{"--margins", "20"}, `--margins "20": "20" is not a length`},
		{[]string{"--margins", "1in,2in"}, "four as top,right,bottom,left"},
		{[]string{"--margins", "0mm"}, "zero margins"},
		{[]string{"--margins", "4in"}, "less than 1in of text"},
		{[]string{"--section-order", "work,hobbies"}, `unknown section "hobbies"`},
		{[]string{"--section-order", "work,work"}, `"work" named twice`},
		{[]string{"--font-family", "comic"}, `--font-family "comic": want sans or serif`},
		{[]string{"--design", bad}, `unknown field "font-famly"`},
		{[]string{"--design", filepath.Join(dir, "none.yaml")}, "--design"},
	} {
		out := filepath.Join(dir, "out")
		for _, cmd := range []string{"export", "check"} {
			args := append([]string{cmd, "-f", "pdf"}, c.args...)
			if cmd == "export" {
				args = append(args, "-o", out)
			}
			code, _, stderr := cli(t, args...)
			if code != exitBadInput || !strings.Contains(stderr, "resumekit: ") || !strings.Contains(stderr, c.want) {
				t.Errorf("%v: exit %d, stderr %q; want exit 2 and %q", args, code, stderr, c.want)
			}
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%v: wrote %s", c.args, out)
		}
	}
}

// TestDesignFlags: the flags reach both writers, a flag overrides the
// design file, and check stays lossless with them.
func TestDesignFlags(t *testing.T) {
	dir := t.TempDir()
	design := filepath.Join(dir, "design.yaml")
	if err := os.WriteFile(design, []byte("font-family: serif\npage-size: letter\naccent: '#1f4e79'\nmargins: 20mm\nsection-order: [education, work]\npage-numbers: true\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	code, _, stderr := cli(t, "export", "-f", "pdf,docx", "-o", out, "--design", design, "--page-size", "a4")
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(filepath.Join(out, "resume.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"+LiberationSerif", "/MediaBox [ 0 0 595.28 841.89 ]"} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("PDF lacks %q", want)
		}
	}
	rd, err := lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	first, err := rd.Page(1).GetPlainText(nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(first, "Page 1 of") {
		t.Errorf("no page number on page 1")
	}
	if e, w := strings.Index(first, "Education"), strings.Index(first, "Work Experience"); e < 0 || w >= 0 && w < e {
		t.Errorf("education does not come before work (at %d and %d)", e, w)
	}
	docx, err := os.ReadFile(filepath.Join(out, "resume.docx"))
	if err != nil || len(docx) == 0 {
		t.Fatal(err)
	}

	code, stdout, stderr := cli(t, "check", "-f", "pdf,docx", "--design", design)
	if code != 0 || strings.Count(stdout, "lossless") < 2 {
		t.Errorf("check --design: exit %d\n%s\n%s", code, stdout, stderr)
	}
}

func TestParseDesignValues(t *testing.T) {
	m, err := parseMargins("1in,20mm,2cm,54pt")
	if err != nil || m.Top != 72 || m.Bottom != 72/2.54*2 || m.Left != 54 || m.Right < 56.69 || m.Right > 56.70 {
		t.Errorf("parseMargins: %+v, %v", m, err)
	}
	if a, err := parseAccent(" #1f4e79 "); a != "1F4E79" || err != nil {
		t.Errorf("parseAccent: %q, %v", a, err)
	}
	o, err := parseOrder([]string{" Skills", "work", ""})
	if err != nil || len(o) != len(style.DefaultOrder) || o[0] != style.Skills || o[1] != style.Work || o[2] != style.Summary {
		t.Errorf("parseOrder: %v, %v", o, err)
	}
}

// TestThemesLossless: for every theme the example CV survives check in
// DOCX and PDF, field by field.
func TestThemesLossless(t *testing.T) {
	for _, th := range style.Themes {
		code, stdout, stderr := cli(t, "check", "-f", "pdf,docx", "--theme", th)
		if code != 0 || strings.Count(stdout, "lossless") < 2 {
			t.Errorf("check --theme %s: exit %d\n%s\n%s", th, code, stdout, stderr)
		}
	}
	code, _, stderr := cli(t, "check", "-f", "pdf", "--theme", "fancy")
	if code != exitBadInput || !strings.Contains(stderr, `--theme "fancy": want one of classic, modern, serif, compact`) {
		t.Errorf("--theme fancy: exit %d, %s", code, stderr)
	}
}

// TestCompactFitWarning: the example CV is longer than a page even at the
// compact theme's smallest settings; export still writes the files, exit
// 0, and says so on stderr once per paged format.
func TestCompactFitWarning(t *testing.T) {
	dir := t.TempDir()
	code, stdout, stderr := cli(t, "export", "-f", "pdf,docx,md", "--theme", "compact", "-o", dir)
	if code != 0 || strings.Count(stdout, dir) != 3 {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	for _, f := range []string{"pdf", "docx"} {
		if !strings.Contains(stderr, "resumekit: warning: "+f+": compact theme: the resume needs ") {
			t.Errorf("no %s warning:\n%s", f, stderr)
		}
	}
	if strings.Contains(stderr, "md: compact") {
		t.Errorf("a warning for Markdown:\n%s", stderr)
	}
}
