package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/export"
	"github.com/resumekit/resumekit/export/style"
)

// The mistakes a new user makes, each typed as a user would (issue 15):
// every one gets a clear message and the right exit code, and no file is
// written where the input is bad.

// cliIn runs resumekit in-process with stdin as standard input.
func cliIn(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = runIO(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// typo is a resume with four misspelt keys and one that empties a field.
const typo = `basics:
  name: Ada Example
  email: ada@example.com
work:
  - name: Example Ltd
    posiiton: Engineer
    startDate: 2019-03
    enddate: 2021-06
    hightlights:
      - Built the ledger.
education:
  - instituton: University of Example
    area: Mathematics
skils:
  - name: Go
`

func mustWrite(t *testing.T, path, body string) string {
	t.Helper()
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func assertEmptyDir(t *testing.T, dir string) {
	t.Helper()
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		t.Errorf("%s: a file was written where the input is bad: %s", dir, e.Name())
	}
}

func TestMistakeMisspeltKeys(t *testing.T) {
	dir := t.TempDir()
	in := mustWrite(t, filepath.Join(dir, "typo.yaml"), typo)
	want := []string{
		in + `:6:5: work[0].posiiton: unknown key "posiiton"; did you mean "position"?`,
		in + `:8:5: work[0].enddate: unknown key "enddate"; did you mean "endDate"?`,
		in + `:9:5: work[0].hightlights: unknown key "hightlights"; did you mean "highlights"?`,
		in + `:12:5: education[0].instituton: unknown key "instituton"; did you mean "institution"?`,
		in + `:14:1: skils: unknown key "skils"; did you mean "skills"?`,
	}
	code, stdout, stderr := cli(t, "validate", in)
	if code != 1 || stdout != "" {
		t.Errorf("validate: exit %d, stdout %q", code, stdout)
	}
	if got := strings.Join(want, "\n") + "\nresumekit: " + in + ": 5 problems\n"; stderr != got {
		t.Errorf("validate stderr:\n%s\nwant:\n%s", stderr, got)
	}

	out := filepath.Join(dir, "out")
	code, _, stderr = cli(t, "export", in, "-o", out)
	if code != 2 || !strings.Contains(stderr, want[2]) || !strings.Contains(stderr, "5 problems") {
		t.Errorf("export: exit %d, stderr:\n%s", code, stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("export made its output directory for a bad input")
	}
	code, _, stderr = cli(t, "check", in)
	if code != 2 || !strings.Contains(stderr, want[0]) {
		t.Errorf("check: exit %d, stderr:\n%s", code, stderr)
	}

	// --lenient: warnings, once each, and the export goes ahead.
	lenient := mustWrite(t, filepath.Join(dir, "lenient.yaml"), strings.Replace(typo, "posiiton", "position", 1))
	code, stdout, stderr = cli(t, "validate", "--lenient", lenient)
	if code != 0 || stdout != lenient+": ok\n" {
		t.Errorf("validate --lenient: exit %d, stdout %q, stderr:\n%s", code, stdout, stderr)
	}
	if n := strings.Count(stderr, "work[0].hightlights:"); n != 1 {
		t.Errorf("validate --lenient: the hightlights warning %d times:\n%s", n, stderr)
	}
	code, _, stderr = cli(t, "export", "--lenient", lenient, "-f", "json", "-o", out)
	if code != 0 || !strings.Contains(stderr, "resumekit: warning: ") {
		t.Errorf("export --lenient: exit %d, stderr:\n%s", code, stderr)
	}
}

func TestMistakeDocumentGivenAsResume(t *testing.T) {
	dir := t.TempDir()
	r, err := examples.Resume()
	if err != nil {
		t.Fatal(err)
	}
	var pdf, docx bytes.Buffer
	if err := export.Write(&pdf, "pdf", r, style.Options{}); err != nil {
		t.Fatal(err)
	}
	if err := export.Write(&docx, "docx", r, style.Options{}); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		mustWrite(t, filepath.Join(dir, "resume.pdf"), pdf.String()):               "a PDF document",
		mustWrite(t, filepath.Join(dir, "resume.docx"), docx.String()):             "a Word document (DOCX)",
		mustWrite(t, filepath.Join(dir, "photo.pdf"), "\x89PNG\r\n\x1a\n\x00\x00"): "a PNG image",
	}
	for file, kind := range files {
		for _, cmd := range [][]string{{"validate", file}, {"export", file, "-o", filepath.Join(dir, "out")}, {"check", file}} {
			code, _, stderr := cli(t, cmd...)
			if code != 2 || !strings.Contains(stderr, "resumekit: "+file+": "+kind+", not a resume source") {
				t.Errorf("%v: exit %d, stderr:\n%s", cmd, code, stderr)
			}
			if strings.Contains(stderr, "syntax error") {
				t.Errorf("%v: read as YAML:\n%s", cmd, stderr)
			}
			if kind != "a PNG image" && !strings.Contains(stderr, "resumekit parse "+file+" --json > resume.json") {
				t.Errorf("%v: no hint of the right command:\n%s", cmd, stderr)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "out")); err == nil {
		t.Error("export wrote a directory for a PDF")
	}
}

func TestMistakeOneFormatFails(t *testing.T) {
	dir := t.TempDir()
	in := mustWrite(t, filepath.Join(dir, "cjk.yaml"), "basics:\n  name: 王小明\n  email: wang@example.com\n")
	out := filepath.Join(dir, "out")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := cli(t, "export", in, "-o", out)
	if code != 2 || stdout != "" || !strings.Contains(stderr, "resumekit: pdf: ") || !strings.Contains(stderr, "no file written: 1 format failed") {
		t.Errorf("exit %d, stdout %q, stderr:\n%s", code, stdout, stderr)
	}
	assertEmptyDir(t, out)
}

func TestMistakeMonthsAndDateFormat(t *testing.T) {
	dir := t.TempDir()
	in := mustWrite(t, filepath.Join(dir, "r.yaml"), "basics: {name: Ana}\nwork:\n  - name: Acme\n    position: Dev\n    startDate: 2019-03\n  - name: Beta\n    position: Dev\n    startDate: 2021-06\n    endDate: 2021-12\n")
	for lang, want := range map[string][]string{
		"de": {"Mär 2019 – heute", "Jun 2021 – Dez 2021"},
		"fr": {"mars 2019 – aujourd'hui", "juin 2021 – déc 2021"},
		"es": {"mar 2019 – Actualidad", "jun 2021 – dic 2021"},
	} {
		out := filepath.Join(dir, lang)
		if code, _, stderr := cli(t, "export", in, "-f", "md", "--lang", lang, "-o", out); code != 0 {
			t.Fatalf("--lang %s: exit %d: %s", lang, code, stderr)
		}
		md, _ := os.ReadFile(filepath.Join(out, "r.md"))
		for _, w := range want {
			if !strings.Contains(string(md), w) {
				t.Errorf("--lang %s: no %q in:\n%s", lang, w, md)
			}
		}
	}
	out := filepath.Join(dir, "bad")
	for _, cmd := range [][]string{{"export", in, "--date-format", "foo", "-o", out}, {"check", in, "--date-format", "Jan"}} {
		code, _, stderr := cli(t, cmd...)
		if code != 2 || !strings.Contains(stderr, "has no year") {
			t.Errorf("%v: exit %d, stderr %s", cmd, code, stderr)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a refused --date-format wrote files")
	}
}

func TestMistakeCheckAgreesWithExport(t *testing.T) {
	dir := t.TempDir()
	in := mustWrite(t, filepath.Join(dir, "r.yaml"), "basics: {name: Ana}\nwork:\n  - name: Acme\n    position: \"\"\n    startDate: 2021-06\n    endDate: 2019-01\n")
	for _, cmd := range []string{"check", "export", "validate"} {
		code, _, stderr := cli(t, cmd, in, "--group", "-o", filepath.Join(dir, "o"+cmd))
		if cmd == "validate" {
			code, _, stderr = cli(t, cmd, "--group", in)
		}
		want := 2
		if cmd == "validate" {
			want = 1
		}
		if code != want || !strings.Contains(stderr, in+":4:15: work[0].position: the position is empty") ||
			!strings.Contains(stderr, "work[0].startDate: the start 2021-06 is after the end 2019-01") {
			t.Errorf("%s: exit %d, stderr:\n%s", cmd, code, stderr)
		}
		if strings.Contains(stderr, "roles[0]") {
			t.Errorf("%s: a path not in the file:\n%s", cmd, stderr)
		}
	}
}

func TestMistakeValidateListsEverythingOnce(t *testing.T) {
	dir := t.TempDir()
	in := mustWrite(t, filepath.Join(dir, "r.json"), `{"basics": {"name": "Ana", "email": "not-an-email", "url": "example.com"},
  "work": [{"name": "Acme", "position": "Dev", "startDate": "March 2019", "endDate": ""},
           {"name": "Beta", "position": "", "startDate": "2021-06", "endDate": "2019-01"}]}`)
	code, _, stderr := cli(t, "validate", in)
	if code != 1 {
		t.Errorf("exit %d", code)
	}
	for _, w := range []string{`basics.email: "not-an-email" is not an email address`, `basics.url: "example.com" is not an absolute URL`,
		`work[0].startDate: invalid date "March 2019"`, `work[0].endDate:`, "work[1].position: the position is empty",
		"work[1].startDate: the start 2021-06 is after the end 2019-01"} {
		if n := strings.Count(stderr, w); n != 1 {
			t.Errorf("%q reported %d times:\n%s", w, n, stderr)
		}
	}
	if strings.Contains(stderr, `write ""`) || strings.Contains(stderr, "roles[") {
		t.Errorf("a useless hint or a path not in the file:\n%s", stderr)
	}
	code, _, stderr = cli(t, "validate", "--lenient", in)
	if code != 1 || strings.Count(stderr, "work[0].startDate") != 1 || strings.Count(stderr, "work[0].endDate") != 1 {
		t.Errorf("--lenient: exit %d, each warning once:\n%s", code, stderr)
	}
}

func TestMistakeStandardInputAndMessages(t *testing.T) {
	r, err := examples.Resume()
	if err != nil {
		t.Fatal(err)
	}
	var pdf bytes.Buffer
	if err := export.Write(&pdf, "pdf", r, style.Options{}); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := cliIn(t, pdf.String(), "parse", "-")
	if code != 0 || !strings.Contains(stdout, "Work (") || strings.Contains(stdout, "(1 roles)") {
		t.Errorf("parse -: exit %d, stdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	code, stdout, _ = cliIn(t, pdf.String(), "extract", "-")
	if code != 0 || !strings.Contains(stdout, "Shopify") {
		t.Errorf("extract -: exit %d, stdout:\n%s", code, stdout)
	}
	code, stdout, stderr = cliIn(t, simpleResume, "check", "-", "-f", "md")
	if code != 0 || !strings.Contains(stdout, "<stdin> (md)") {
		t.Errorf("check -: exit %d, stdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}

	code, stdout, stderr = cliIn(t, pdf.String(), "check", "--against", "../../examples/resume.yaml", "-")
	if code != 0 || !strings.Contains(stdout, "<stdin> (pdf)") {
		t.Errorf("check --against FILE -: exit %d, stdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}

	// No text at all: the reader's warnings, and exit 1.
	code, stdout, stderr = cli(t, "parse", "--json", "--isolate=never", "../../ats/extract/testdata/hostile/image-only.pdf")
	if code != 1 || stdout != "" || !strings.Contains(stderr, "resumekit: warning: page 1: no-text-layer") || !strings.Contains(stderr, "no resume found") {
		t.Errorf("parse of an image-only PDF: exit %d, stdout %q, stderr:\n%s", code, stdout, stderr)
	}

	// Sizes and files in the user's terms.
	dir := t.TempDir()
	in := mustWrite(t, filepath.Join(dir, "r.yaml"), simpleResume+strings.Repeat("# padding\n", 150))
	code, _, stderr = cli(t, "check", in, "--max-size", "1KB")
	if code != 2 || strings.Contains(stderr, "LoadOptions") || !strings.Contains(stderr, "KB is larger than the 1 KB limit") {
		t.Errorf("--max-size: exit %d, stderr %s", code, stderr)
	}
	report := filepath.Join(dir, "missing", "r.txt")
	code, _, stderr = cli(t, "check", in, "-f", "md", "-o", report)
	if code != 2 || strings.Contains(stderr, ".tmp") || !strings.Contains(stderr, "resumekit: "+report+": cannot write") {
		t.Errorf("failed -o: exit %d, stderr %s", code, stderr)
	}
	report = filepath.Join(dir, "r.txt")
	code, _, stderr = cli(t, "check", in, "-f", "md", "-o", report)
	if code != 0 || !strings.Contains(stderr, "resumekit: every field survived in 1 format; report written to "+report) {
		t.Errorf("check -o: exit %d, stderr %q", code, stderr)
	}
}

func TestInitAndSchema(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "resume.yaml")
	if code, _, stderr := cli(t, "init", file); code != 0 {
		t.Fatalf("init: exit %d: %s", code, stderr)
	}
	if code, stdout, stderr := cli(t, "validate", file); code != 0 || stderr != "" {
		t.Errorf("validate of the starter: exit %d, %s %s", code, stdout, stderr)
	}
	for _, lang := range []string{"en", "de", "fr", "es"} {
		// Translated month names are what check expects back.
		if code, stdout, stderr := cli(t, "check", file, "--lang", lang); code != 0 {
			t.Errorf("check --lang %s of the starter: exit %d:\n%s\n%s", lang, code, stdout, stderr)
		}
	}
	if code, _, stderr := cli(t, "init", file); code != 2 || !strings.Contains(stderr, "exists already") {
		t.Errorf("init over a file: exit %d, %s", code, stderr)
	}
	code, stdout, _ := cli(t, "schema")
	if code != 0 || !strings.Contains(stdout, `"roles"`) || !strings.Contains(stdout, `"^[xX]-"`) {
		t.Errorf("schema: exit %d", code)
	}
}
