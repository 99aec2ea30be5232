package html_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/export/html"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/internal/interop"
	"github.com/resumekit/resumekit/resume"
)

// interopPages writes the pages the outside tools check: the example CV
// with the default and with other options, a resume full of characters
// to escape, and the JSON Resume files of ../shared when present.
func interopPages(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	hostile := &resume.Resume{
		Basics: resume.Basics{Name: `<script>alert("x")</script> & "Co" 'Ltd'`, Label: "a\x00b\x07c\u0085d\uFDD0e\uFFFE",
			URL: "javascript:alert(1)", Email: `x"y@example.com`, Phone: "+34 600 123 456",
			Summary: "**bold** *it* [link](https://example.com/a\"b<c>) ]]> <!-- --> </style>"},
		Work: []resume.Employer{{Name: "</h3><h1>Evil</h1>", Roles: []resume.Role{{Position: "Dev &amp; Ops",
			StartDate: resume.YMD(2020, 2, 29), EndDate: resume.Present, Highlights: []string{"<b>x</b>", "\xff\xfe"}}}}},
		Skills: []resume.Skill{{Name: "Go", Keywords: []string{"a<b", "c&d"}}},
	}
	pages := []struct {
		name string
		r    *resume.Resume
		o    style.Options
	}{
		{"example", exampleResume(t), style.Options{}},
		{"example-letter-de", exampleResume(t), style.Options{PageSize: style.Letter, Language: "de", Accent: "7a1f1f",
			FontFamily: `Liberation Serif"</style>`, DateFormat: "02.01.2006"}},
		{"hostile", hostile, style.Options{}},
	}
	for _, th := range style.Themes {
		pages = append(pages, struct {
			name string
			r    *resume.Resume
			o    style.Options
		}{"example-" + th, exampleResume(t), style.Options{Theme: th, PageNumbers: true}})
	}
	files, _ := filepath.Glob("../../../shared/jsonresume/*.json")
	more, _ := filepath.Glob("../../../shared/jsonresume/examples/*.json")
	files = append(files, more...)
	if len(files) == 0 {
		interop.SkipShared(t, "no JSON Resume files in ../../../shared/jsonresume: only the built-in pages are checked")
	}
	for _, f := range files {
		if filepath.Base(f) == "schema.json" {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r, err := resume.Decode(src, filepath.Base(f), resume.LoadOptions{})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		pages = append(pages, struct {
			name string
			r    *resume.Resume
			o    style.Options
		}{strings.TrimSuffix(filepath.Base(f), ".json"), r, style.Options{}})
	}
	var out []string
	for _, p := range pages {
		path := filepath.Join(dir, p.name+".html")
		if err := os.WriteFile(path, write(t, p.r, html.Options{Options: p.o}), 0o644); err != nil {
			t.Fatal(err)
		}
		out = append(out, path)
	}
	return out
}

// html5libStrict parses each file with html5lib in strict mode, which
// stops at the first parse error of the WHATWG HTML parsing algorithm
// (a missing doctype, a stray end tag, a control character, a bad
// attribute, …).
const html5libStrict = `
import sys, html5lib
for path in sys.argv[1:]:
    p = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    try:
        with open(path, "rb") as f:
            doc = p.parse(f)
    except Exception as e:
        print("%s: %s" % (path, e))
        sys.exit(1)
    if doc.find("body/main") is None:
        print("%s: no body/main" % path)
        sys.exit(1)
print("ok")
`

// TestHTML5libStrict: every page parses without a single parse error in
// html5lib's strict mode (Debian package python3-html5lib).
func TestHTML5libStrict(t *testing.T) {
	py := interop.RequirePython(t, "html5lib")
	files := interopPages(t)
	out, err := exec.Command(py, append([]string{"-c", html5libStrict}, files...)...).CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "ok" {
		t.Fatalf("html5lib (strict): %v\n%s", err, out)
	}
	t.Logf("%d pages pass html5lib's strict parser", len(files))
}
