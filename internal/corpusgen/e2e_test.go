package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/internal/interop"
)

// TestRenderEndToEnd renders two invented people with a LaTeX family and
// a python-docx family, and checks documents, labels, manifest and
// progress; a second run renders nothing again.
func TestRenderEndToEnd(t *testing.T) {
	interop.Require(t, "pdflatex", "pdftotext")
	interop.RequirePython(t, "docx")
	if _, err := os.Stat(python); err != nil {
		t.Skipf("%s is not here (python-docx families run it)", python)
	}
	in, out, cache := t.TempDir(), t.TempDir(), t.TempDir()
	second := `{"basics":{"name":"Teodor Brackwell","email":"t.brackwell@example.org"},
		"work":[{"name":"Brackwell & Sons","position":"Cooper","startDate":"2011-02","location":"Leeds"}],
		"skills":[{"name":"Crafts","keywords":["Oak","Steam bending"]}]}`
	for name, data := range map[string]string{"inv__marta.json": invented, "inv__teodor.json": second} {
		if err := os.WriteFile(filepath.Join(in, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	args := []string{"-in", in, "-out", out, "-cache", cache, "-families", "latex-jakes,pydocx-tables", "-j", "2"}
	if err := run(context.Background(), args); err != nil {
		t.Fatal(err)
	}
	for _, doc := range []string{"latex-jakes/inv__marta.pdf", "latex-jakes/inv__teodor.pdf", "pydocx-tables/inv__marta.docx", "pydocx-tables/inv__teodor.docx"} {
		if fi, err := os.Stat(filepath.Join(out, doc)); err != nil || fi.Size() == 0 {
			t.Errorf("%s not rendered: %v", doc, err)
		}
	}
	var l Label
	data, err := os.ReadFile(filepath.Join(out, "labels", "pydocx-tables", "inv__teodor.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &l); err != nil {
		t.Fatal(err)
	}
	if l.Basics.Name != "Teodor Brackwell" || len(l.Work) != 1 || l.Work[0].Name != "Brackwell & Sons" || l.Work[0].StartDate != "2011-02" || l.Work[0].Location != "Leeds" {
		t.Errorf("label = %+v", l)
	}
	data, err = os.ReadFile(filepath.Join(out, "labels", "latex-jakes", "inv__marta.json"))
	if err != nil {
		t.Fatal(err)
	}
	l = Label{}
	if err := json.Unmarshal(data, &l); err != nil {
		t.Fatal(err)
	}
	if len(l.Work) != 2 || l.Work[0].Location != "Huesca" || l.Basics.Phone == "" || len(l.Education) != 1 {
		t.Errorf("jakes label = %+v", l)
	}
	manifest, err := os.ReadFile(filepath.Join(out, "manifest.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(manifest), "\n"); n != 5 {
		t.Errorf("manifest has %d lines, want a header and 4 rows:\n%s", n, manifest)
	}
	progress, err := os.ReadFile(filepath.Join(out, "progress.txt"))
	if err != nil || string(progress) != "latex-jakes\npydocx-tables\n" {
		t.Errorf("progress.txt = %q, %v", progress, err)
	}
	before, _ := os.Stat(filepath.Join(out, "latex-jakes", "inv__marta.pdf"))
	if err := run(context.Background(), args); err != nil {
		t.Fatal(err)
	}
	after, _ := os.Stat(filepath.Join(out, "latex-jakes", "inv__marta.pdf"))
	if !after.ModTime().Equal(before.ModTime()) {
		t.Error("a second run must keep documents already rendered")
	}
	if progress, _ := os.ReadFile(filepath.Join(out, "progress.txt")); strings.Count(string(progress), "\n") != 2 {
		t.Errorf("progress.txt lists a family twice: %q", progress)
	}
}
