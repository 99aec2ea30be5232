package docx_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/resumekit/resumekit/export/docx"
	"github.com/resumekit/resumekit/export/style"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGoldenExample compares word/document.xml of the example CV with
// testdata/example.document.xml (regenerate with go test -update).
func TestGoldenExample(t *testing.T) {
	_, files := parts(t, write(t, exampleResume(t), docx.Options{}))
	got := files["word/document.xml"]
	golden := filepath.Join("testdata", "example.document.xml")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		lo := max(0, i-120)
		t.Errorf("document.xml differs from %s at byte %d (run go test -update if the change is intended):\n got: …%s…\nwant: …%s…",
			golden, i, got[lo:min(len(got), i+120)], want[lo:min(len(want), i+120)])
	}
}

// TestDeterministic writes the same resume twice (and from a copy) and
// wants the same bytes; a different Created time changes only core.xml.
func TestDeterministic(t *testing.T) {
	r := exampleResume(t)
	a := write(t, r, docx.Options{})
	b := write(t, exampleResume(t), docx.Options{})
	if !bytes.Equal(a, b) {
		t.Fatal("two writes of the same resume differ")
	}
	c := write(t, r, docx.Options{Options: style.Options{Created: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)}})
	if bytes.Equal(a, c) {
		t.Fatal("Options.Created does not reach the package")
	}
	_, fa := parts(t, a)
	_, fc := parts(t, c)
	for name := range fa {
		if name != "docProps/core.xml" && !bytes.Equal(fa[name], fc[name]) {
			t.Errorf("%s depends on Options.Created", name)
		}
	}
}
