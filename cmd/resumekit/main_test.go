package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/export/markdown"
	"github.com/resumekit/resumekit/resume"
)

// cli runs resumekit in-process and returns its exit code and output.
func cli(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names
}

func TestExportExampleEveryFormat(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out") // created by export
	code, stdout, stderr := cli(t, "export", "-o", dir)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	var want []string
	for _, ext := range []string{".json", ".md", ".docx", ".pdf", ".xlsx", ".html"} {
		want = append(want, filepath.Join(dir, "resume"+ext))
	}
	if got := strings.Fields(stdout); !slices.Equal(got, want) {
		t.Errorf("printed %q, want %q", got, want)
	}
	if got := dirNames(t, dir); len(got) != len(want) {
		t.Errorf("directory holds %q, want the %d files and nothing else", got, len(want))
	}
	js, err := os.ReadFile(filepath.Join(dir, "resume.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := resume.ValidateSchema(js, "resume.json"); err != nil {
		t.Errorf("resume.json is not schema-valid:\n%v", err)
	}
	md, err := os.ReadFile(filepath.Join(dir, "resume.md"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := examples.Resume()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := markdown.Write(&buf, r, markdown.Options{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(md, buf.Bytes()) {
		t.Error("resume.md differs from markdown.Write of the example")
	}
	for _, name := range []string{"resume.docx", "resume.pdf", "resume.xlsx"} {
		if st, err := os.Stat(filepath.Join(dir, name)); err != nil || st.Size() == 0 {
			t.Errorf("%s: %v, %v", name, st, err)
		}
	}
	if st, err := os.Stat(filepath.Join(dir, "resume.md")); err != nil || st.Mode().Perm() != 0o644 {
		t.Errorf("resume.md mode %v (%v), want 0644 like any file a tool writes", st.Mode(), err)
	}
}

const cvYAML = `basics:
  name: Ana Núñez
  email: ana@example.com
work:
  - name: Acme Corp
    roles:
      - position: Engineer
        startDate: 2020-01
        endDate: 2022-03
        highlights: ["Built **billing**"]
`

func TestExportFileChosenFormats(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "cv.yaml")
	if err := os.WriteFile(in, []byte(cvYAML), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	// aliases and repeats collapse; the table order is kept
	code, stdout, stderr := cli(t, "export", in, "-f", "markdown,json", "-f", "md", "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want := filepath.Join(out, "cv.json") + "\n" + filepath.Join(out, "cv.md") + "\n"
	if stdout != want {
		t.Errorf("printed %q, want %q", stdout, want)
	}
	md, _ := os.ReadFile(filepath.Join(out, "cv.md"))
	if !strings.Contains(string(md), "### Engineer @ Acme Corp\n\nJan 2020 – Mar 2022\n") {
		t.Errorf("cv.md:\n%s", md)
	}
	code, _, stderr = cli(t, "export", in, "-f", "md", "-o", out, "--lang", "de", "--date-format", "01/2006")
	md, _ = os.ReadFile(filepath.Join(out, "cv.md"))
	if code != 0 || !strings.Contains(string(md), "## Berufserfahrung") || !strings.Contains(string(md), "01/2020 – 03/2022") {
		t.Errorf("--lang de --date-format: exit %d %s\n%s", code, stderr, md)
	}
}

func TestExportBadUsage(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("basics:\n  name: X\nwork:\n  - name: Y\n    position: Z\n    startDate: 2024-05\n    endDate: 2020-01\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name   string
		args   []string
		stderr []string
	}{
		{"unknown format", []string{"export", "-f", "pdf,odt", "-o", dir}, []string{`unknown format "odt"`, "json, md, docx, pdf, xlsx"}},
		{"unknown flag", []string{"export", "--colour", "-o", dir}, []string{"unknown flag: --colour", "Valid flags of resumekit export:", "--formats", "resumekit export --help"}},
		{"unknown shorthand", []string{"validate", "-z", "x"}, []string{"unknown shorthand flag: 'z'"}},
		{"unknown command", []string{"exprot"}, []string{`unknown command "exprot"`, "Commands: ", "validate"}},
		{"two files", []string{"export", "a.yaml", "b.yaml", "-o", dir}, []string{"accepts at most 1 arg"}},
		{"missing file", []string{"export", filepath.Join(dir, "nope.yaml"), "-o", dir}, []string{"nope.yaml", "no such file"}},
		{"invalid resume", []string{"export", bad, "-o", dir}, []string{"bad.yaml:6:16:", "start 2024-05 is after the end", "resumekit validate"}},
		{"unknown lang", []string{"export", "--lang", "xx", "-o", dir}, []string{`unknown --lang "xx"`}},
		{"validate without files", []string{"validate"}, []string{"requires at least 1 arg"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := cli(t, c.args...)
			if code != 2 {
				t.Errorf("exit %d, want 2; stderr:\n%s", code, stderr)
			}
			for _, s := range c.stderr {
				if !strings.Contains(stderr, s) {
					t.Errorf("stderr lacks %q:\n%s", s, stderr)
				}
			}
		})
	}
	if got := dirNames(t, dir); !slices.Equal(got, []string{"bad.yaml"}) {
		t.Errorf("a failed export wrote files: %q", got)
	}
}

func TestExportRefusesToOverwriteItsInput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "resume.json")
	src := `{"basics": {"name": "Ana"}}`
	if err := os.WriteFile(in, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := cli(t, "export", in, "-f", "json", "-o", dir)
	if code != 2 || !strings.Contains(stderr, "refusing to overwrite") {
		t.Errorf("exit %d, stderr %s", code, stderr)
	}
	if b, _ := os.ReadFile(in); string(b) != src {
		t.Errorf("input overwritten: %s", b)
	}
}

func TestExportUnwritableDirectory(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := cli(t, "export", "-f", "md", "-o", file)
	if code != 1 || stderr == "" {
		t.Errorf("exit %d, stderr %q; want 1 and a message", code, stderr)
	}
}

func TestExportStdin(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	err := runExport(strings.NewReader(cvYAML), &out, &errb, "-", exportFlags{formats: []string{"md"}, output: dir})
	if err != nil {
		t.Fatal(err)
	}
	if out.String() != filepath.Join(dir, "resume.md")+"\n" {
		t.Errorf("printed %q", out.String())
	}
}

func TestValidate(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.yaml")
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(good, []byte(cvYAML), 0o644)
	os.WriteFile(bad, []byte(`{
  "basics": {"name": "X", "email": "not-an-email"},
  "work": [{"name": "Y", "position": "Z", "startDate": "2024-13"}],
  "education": [{"institution": "U", "startDate": "2020-01", "endDate": "2019-01"}]
}`), 0o644)

	code, stdout, stderr := cli(t, "validate", good, examples.Name)
	if code != 2 { // examples.Name is not a file in this directory
		t.Errorf("missing file: exit %d", code)
	}
	code, stdout, stderr = cli(t, "validate", good)
	if code != 0 || stdout != good+": ok\n" {
		t.Errorf("good file: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	code, _, stderr = cli(t, "validate", bad)
	if code != 1 {
		t.Errorf("bad file: exit %d, want 1", code)
	}
	positioned := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(bad) + `:\d+:\d+: \S+: `)
	if !positioned.MatchString(stderr) || !strings.Contains(stderr, "work[0].startDate") ||
		!strings.Contains(stderr, "basics.email") {
		t.Errorf("problems are not positioned:\n%s", stderr)
	}
	code, _, stderr = cli(t, "validate", good, bad)
	if code != 1 || !strings.Contains(stderr, "bad.json") {
		t.Errorf("good+bad: exit %d\n%s", code, stderr)
	}
	ex := filepath.Join(dir, "example.yaml")
	os.WriteFile(ex, examples.YAML, 0o644)
	if code, _, stderr := cli(t, "validate", ex); code != 0 {
		t.Errorf("the example resume: exit %d\n%s", code, stderr)
	}
	open := filepath.Join(dir, "open.yaml")
	os.WriteFile(open, []byte("basics: {name: Ana}\nwork:\n  - name: Acme\n    position: Dev\n    startDate: 2020-01\n    endDate: present\n"), 0o644)
	code, _, stderr = cli(t, "validate", open)
	if code != 0 || !strings.Contains(stderr, "warning: "+open+":6:14: work[0].endDate") {
		t.Errorf(`endDate "present": exit %d, want 0 with a warning:\n%s`, code, stderr)
	}
	if code, _, _ := cli(t, "validate", dir); code != 2 {
		t.Errorf("a directory: exit %d, want 2", code)
	}
}

func TestVersionAndHelp(t *testing.T) {
	code, stdout, _ := cli(t, "--version")
	if code != 0 || !strings.HasPrefix(stdout, "resumekit ") {
		t.Errorf("--version: exit %d, %q", code, stdout)
	}
	old := version
	version = "v9.9.9"
	defer func() { version = old }()
	if _, stdout, _ := cli(t, "--version"); stdout != "resumekit v9.9.9\n" {
		t.Errorf("--version with -ldflags version: %q", stdout)
	}
	code, stdout, _ = cli(t, "--help")
	for _, s := range []string{"export", "validate", "Examples:", "resumekit export -o out"} {
		if code != 0 || !strings.Contains(stdout, s) {
			t.Errorf("--help lacks %q (exit %d)", s, code)
		}
	}
	code, stdout, _ = cli(t, "export", "--help")
	if code != 0 || !strings.Contains(stdout, "json  JSON Resume") || !strings.Contains(stdout, "--formats") {
		t.Errorf("export --help:\n%s", stdout)
	}
}

func TestExportLenient(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "human.yaml")
	src := "basics: {name: Ana}\nwork:\n  - company: Acme\n    position: Dev\n    startDate: 06.2021\n    endDate: heute\n"
	if err := os.WriteFile(in, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	if code, _, _ := cli(t, "export", in, "-f", "md", "-o", out); code != 2 {
		t.Errorf("strict export of human dates: exit %d, want 2", code)
	}
	code, _, stderr := cli(t, "export", in, "-f", "md", "-o", out, "--lenient")
	if code != 0 || !strings.Contains(stderr, "warning: ") {
		t.Fatalf("--lenient: exit %d, stderr:\n%s", code, stderr)
	}
	md, _ := os.ReadFile(filepath.Join(out, "human.md"))
	if !strings.Contains(string(md), "### Dev @ Acme\n\nJun 2021 – Present\n") {
		t.Errorf("human.md:\n%s", md)
	}
}
