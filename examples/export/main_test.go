package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/resumekit/resumekit/export"
)

func TestRun(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	if err := run(dir); err != nil {
		t.Fatal(err)
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != len(export.Formats()) {
		t.Errorf("%d files, want one per format (%d)", len(ents), len(export.Formats()))
	}
	for _, f := range export.Formats() {
		st, err := os.Stat(filepath.Join(dir, "resume"+f.Ext))
		if err != nil || st.Size() == 0 {
			t.Errorf("%s: %v", f.Name, err)
		}
	}
}
