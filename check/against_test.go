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

// TestAgainstRenderCVSource checks RenderCV's four PDFs against the YAML
// they were made from, a fuller truth than the labels (summaries and
// highlights too), and logs what they lose.
func TestAgainstRenderCVSource(t *testing.T) {
	dir := filepath.Join(sharedDir(t, "corpus"), "rendercv")
	var reps []*compare.Report
	for _, theme := range []string{"classic", "engineeringresumes", "moderncv", "sb2nov"} {
		truth, opts, _, err := Load(filepath.Join(dir, theme+".yaml"), Options{})
		if err != nil {
			t.Fatalf("%s.yaml: %v", theme, err)
		}
		rep := CheckFile(context.Background(), truth, filepath.Join(dir, theme+".pdf"), opts)
		rep.File = theme + ".pdf"
		if rep.Err != "" {
			t.Fatalf("%s: %s", theme, rep.Err)
		}
		if rep.Groups[compare.GroupSummary].Checked == 0 {
			t.Errorf("%s: no highlights checked", theme)
		}
		reps = append(reps, rep)
	}
	var b strings.Builder
	compare.WriteText(&b, reps...)
	t.Logf("RenderCV PDFs against their YAML source:\n%s", b.String())
}
