package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/resumekit/resumekit/ats/compare"
	"github.com/resumekit/resumekit/export"
)

// simpleResume is a plain resume every writer and the parser handle.
const simpleResume = `basics:
  name: Ana Núñez
  email: ana@example.com
  phone: +34 600 123 456
work:
  - name: Acme Corp
    position: Software Engineer
    startDate: 2020-01
    endDate: present
    highlights:
      - Built the billing pipeline.
education:
  - institution: University of Oxford
    area: Computer Science
    studyType: BSc
    startDate: 2015-09
    endDate: 2019-06
skills:
  - name: Languages
    keywords: [Go, Python, SQL]
`

func checkDefaults() checkFlags {
	return checkFlags{report: "text", timeout: 10 * time.Second, maxSize: "20MB"}
}

func exitCode(err error) int {
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.ExitCode()
	}
	return -1
}

func writeTestFile(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCheckLosslessExitsZero(t *testing.T) {
	p := writeTestFile(t, t.TempDir(), "resume.yaml", simpleResume)
	fl := checkDefaults()
	fl.formats = []string{"json", "md", "docx", "pdf"}
	var out, errs bytes.Buffer
	err := runCheck(context.Background(), nil, &out, &errs, []string{p}, fl)
	if exitCode(err) != 0 {
		t.Fatalf("exit %d (%v):\n%s%s", exitCode(err), err, out.String(), errs.String())
	}
	for _, want := range []string{"FORMAT", "CONTACT", "json", "md", "docx", "pdf", "lossless"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
	if errs.Len() != 0 {
		t.Errorf("stderr not quiet: %q", errs.String())
	}
}

func TestCheckExampleJSONReportMatchesExitCode(t *testing.T) {
	dir := t.TempDir()
	fl := checkDefaults()
	fl.report = "json"
	fl.output = filepath.Join(dir, "ats.json")
	var out, errs bytes.Buffer
	err := runCheck(context.Background(), nil, &out, &errs, nil, fl)
	data, rerr := os.ReadFile(fl.output)
	if rerr != nil {
		t.Fatal(rerr)
	}
	var reps []struct {
		Format   string `json:"format"`
		Lossless bool   `json:"lossless"`
	}
	if err := json.Unmarshal(data, &reps); err != nil {
		t.Fatalf("bad JSON report: %v", err)
	}
	if len(reps) != len(export.Names()) {
		t.Fatalf("want %d reports (the example in every format), got %d", len(export.Names()), len(reps))
	}
	lossless := true
	for _, r := range reps {
		lossless = lossless && r.Lossless
	}
	want := 0
	if !lossless {
		want = 1
	}
	if exitCode(err) != want {
		t.Errorf("exit %d, want %d for lossless=%v", exitCode(err), want, lossless)
	}
	if out.Len() != 0 {
		t.Errorf("with -o nothing goes to stdout, got %q", out.String())
	}
	if m, _ := filepath.Glob(filepath.Join(dir, ".*tmp")); len(m) != 0 {
		t.Errorf("temporary files left: %v", m)
	}
}

func TestCheckJUnit(t *testing.T) {
	p := writeTestFile(t, t.TempDir(), "resume.yaml", simpleResume)
	fl := checkDefaults()
	fl.report = "junit"
	fl.formats = []string{"md", "docx"}
	var out, errs bytes.Buffer
	if err := runCheck(context.Background(), nil, &out, &errs, []string{p}, fl); exitCode(err) != 0 {
		t.Fatalf("exit %d: %v", exitCode(err), err)
	}
	var doc struct {
		Tests int `xml:"tests,attr"`
	}
	if err := xml.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatalf("invalid JUnit XML: %v\n%s", err, out.String())
	}
	if want := 2 * len(compare.Groups); doc.Tests != want {
		t.Errorf("tests=%d, want %d (2 formats x %d field groups)", doc.Tests, want, len(compare.Groups))
	}
}

func TestCheckBadInput(t *testing.T) {
	dir := t.TempDir()
	good := writeTestFile(t, dir, "resume.yaml", simpleResume)
	broken := writeTestFile(t, dir, "broken.json", `{"basics": {"name": `)
	for _, tc := range []struct {
		name string
		args []string
		edit func(*checkFlags)
		msg  string
	}{
		{"unknown format", []string{good}, func(f *checkFlags) { f.formats = []string{"odt"} }, "odt"},
		{"unknown report", []string{good}, func(f *checkFlags) { f.report = "html" }, "html"},
		{"bad size", []string{good}, func(f *checkFlags) { f.maxSize = "lots" }, "max-size"},
		{"unknown lang", []string{good}, func(f *checkFlags) { f.lang = "it" }, "lang"},
		{"bad timeout", []string{good}, func(f *checkFlags) { f.timeout = 0 }, "timeout"},
		{"missing file", []string{filepath.Join(dir, "nope.yaml")}, nil, "nope.yaml"},
		{"broken resume", []string{broken}, nil, ""},
		{"against without files", nil, func(f *checkFlags) { f.against = good }, "needs the documents"},
		{"against a missing truth", []string{good}, func(f *checkFlags) { f.against = filepath.Join(dir, "nope.json") }, "nope.json"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fl := checkDefaults()
			if tc.edit != nil {
				tc.edit(&fl)
			}
			var out, errs bytes.Buffer
			err := runCheck(context.Background(), nil, &out, &errs, tc.args, fl)
			if exitCode(err) != 2 {
				t.Fatalf("exit %d (%v), want 2", exitCode(err), err)
			}
			if tc.msg != "" && !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("error %q does not mention %q", err, tc.msg)
			}
		})
	}
}

func TestCheckBatchDirectory(t *testing.T) {
	dir := t.TempDir()
	writeTestFile(t, dir, "a.yaml", simpleResume)
	writeTestFile(t, dir, "b.yaml", strings.Replace(simpleResume, "Ana Núñez", "Jana Fischer", 1))
	reports := filepath.Join(t.TempDir(), "reports")
	fl := checkDefaults()
	fl.formats = []string{"md"}
	fl.reportDir = reports
	var out, errs bytes.Buffer
	err := runCheck(context.Background(), nil, &out, &errs, []string{dir}, fl)
	if exitCode(err) != 0 {
		t.Fatalf("exit %d (%v):\n%s", exitCode(err), err, out.String())
	}
	if !strings.Contains(out.String(), "summary: 2 files: 2 lossless") {
		t.Errorf("no summary:\n%s", out.String())
	}
	if strings.Contains(errs.String(), "checking [") {
		t.Errorf("progress bar drawn on a non-terminal: %q", errs.String())
	}
	files, _ := filepath.Glob(filepath.Join(reports, "*.txt"))
	if len(files) != 2 || filepath.Base(files[0]) != "a.yaml.txt" || filepath.Base(files[1]) != "b.yaml.txt" {
		t.Errorf("want one report per file, named after it, got %v", files)
	}

	// A broken file among good ones: exit 2, the others still checked.
	writeTestFile(t, dir, "c.json", `{"basics": `)
	out.Reset()
	errs.Reset()
	err = runCheck(context.Background(), nil, &out, &errs, []string{dir}, fl)
	if exitCode(err) != 2 || !strings.Contains(errs.String(), "c.json") || !strings.Contains(out.String(), "1 could not be read") {
		t.Errorf("exit %d; stderr %q; stdout:\n%s", exitCode(err), errs.String(), out.String())
	}
}

func TestCheckLenientRealWorldInput(t *testing.T) {
	p := writeTestFile(t, t.TempDir(), "real.json", `{"basics": {"name": "Jana Fischer", "email": "jana@example.com"},
  "work": [{"company": "Globex", "position": "Data Engineer", "startDate": "August 2021", "endDate": "heute"}]}`)
	fl := checkDefaults()
	fl.formats = []string{"md"}
	var out, errs bytes.Buffer
	err := runCheck(context.Background(), nil, &out, &errs, []string{p}, fl)
	if c := exitCode(err); c != 2 || !strings.Contains(errs.String(), `JSON Resume 1.0 calls "company" "name"`) {
		t.Fatalf("exit %d (%v), stderr %q: check is as strict as export by default", c, err, errs.String())
	}
	fl.load.lenient = true
	out.Reset()
	errs.Reset()
	err = runCheck(context.Background(), nil, &out, &errs, []string{p}, fl)
	if c := exitCode(err); c != 0 && c != 1 {
		t.Fatalf("exit %d (%v): a lenient input is not bad input", c, err)
	}
	if !strings.Contains(errs.String(), "warning: ") || !strings.Contains(errs.String(), "startDate") {
		t.Errorf("want load warnings naming the field, got %q", errs.String())
	}
}

func TestCheckAgainstCorpus(t *testing.T) {
	corpus := filepath.Join("..", "..", "..", "shared", "corpus")
	if _, err := os.Stat(corpus); err != nil {
		t.Skipf("../shared/corpus is not beside the repository (a fresh clone): %v", err)
	}
	fl := checkDefaults()
	fl.against = filepath.Join(corpus, "labels", "rendercv", "classic.json")
	fl.report = "json"
	var out, errs bytes.Buffer
	err := runCheck(context.Background(), nil, &out, &errs, []string{filepath.Join(corpus, "rendercv", "classic.pdf")}, fl)
	if c := exitCode(err); c != 0 && c != 1 {
		t.Fatalf("exit %d: %v", c, err)
	}
	var reps []struct {
		File   string                           `json:"file"`
		Format string                           `json:"format"`
		Groups map[string]struct{ Checked int } `json:"groups"`
	}
	if err := json.Unmarshal(out.Bytes(), &reps); err != nil {
		t.Fatal(err)
	}
	if len(reps) != 1 || reps[0].Format != "pdf" || !strings.HasSuffix(reps[0].File, "classic.pdf") || reps[0].Groups["work"].Checked == 0 {
		t.Errorf("got %+v", reps)
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"20MB": 20 << 20, "512kb": 512 << 10, "1048576": 1 << 20, "1G": 1 << 30} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "0", "-5MB", "ten"} {
		if _, err := parseSize(in); err == nil {
			t.Errorf("parseSize(%q) accepted", in)
		}
	}
}

func TestProgressBar(t *testing.T) {
	var b bytes.Buffer
	if p := newProgress(&b, 10); p.on {
		t.Fatal("a buffer is not a terminal: no bar")
	}
	p := &progress{w: &b, total: 4, on: true}
	p.update(1, 4)
	p.update(4, 4)
	p.finish()
	out := b.String()
	if !strings.Contains(out, "checking [=======") || !strings.Contains(out, "] 1/4") || !strings.Contains(out, "] 4/4") {
		t.Errorf("bar: %q", out)
	}
	if !strings.HasSuffix(out, "\r") {
		t.Errorf("finish does not clear the line: %q", out)
	}
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) {
		t.Error("a regular file is not a terminal")
	}
}

func TestReportNames(t *testing.T) {
	cases := []struct{ in, want []string }{
		{[]string{"../shared/realworld/a.json", "../shared/realworld/b.json"}, []string{"a.json", "b.json"}},
		{[]string{"../r/a.yaml", "../r/sub/b.json"}, []string{"a.yaml", "sub_b.json"}},
		{[]string{"a.yaml", "./b.yaml", "x/c.yaml"}, []string{"a.yaml", "b.yaml", "x_c.yaml"}},
		{[]string{"/tmp/cv/a.yaml"}, []string{"a.yaml"}},
		{[]string{"", stdinName}, []string{"example", "stdin"}},
	}
	for _, c := range cases {
		if got := reportNames(c.in); strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("reportNames(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
