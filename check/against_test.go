package check

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/ats/compare"
)

// TestAgainstCorpus checks the third-party DOCX and PDF files of
// ../shared/corpus against their labels, as `resumekit check --against`
// does, and logs what those tools lose. The files are not ours, so losses
// are expected and reported, not failures; a file that cannot be read, or
// a report that checked nothing, is a failure.
func TestAgainstCorpus(t *testing.T) {
	dir := sharedDir(t, "corpus")
	files, err := Expand([]string{dir}, []string{".pdf", ".docx"})
	if err != nil {
		t.Fatal(err)
	}
	var reps []*compare.Report
	for _, f := range files {
		rel, err := filepath.Rel(dir, f)
		if err != nil {
			t.Fatal(err)
		}
		label := filepath.Join(dir, "labels", strings.TrimSuffix(rel, filepath.Ext(rel))+".json")
		truth, opts, _, err := Load(label, Options{})
		if err != nil {
			t.Errorf("%s: label: %v", rel, err)
			continue
		}
		rep := CheckFile(context.Background(), truth, f, opts)
		rep.File = rel
		if rep.Err != "" {
			t.Errorf("%s: %s", rel, rep.Err)
			continue
		}
		if rep.Total().Checked == 0 {
			t.Errorf("%s: nothing checked", rel)
		}
		reps = append(reps, rep)
	}
	if len(reps) < 6 {
		t.Errorf("checked %d corpus files, want the 6 PDF and DOCX files", len(reps))
	}
	var b strings.Builder
	compare.WriteText(&b, reps...)
	t.Logf("what third-party tools lose:\n%s", b.String())
}
