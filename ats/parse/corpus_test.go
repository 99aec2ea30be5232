package parse_test

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/ats/parse"
	"github.com/resumekit/resumekit/ats/score"
	"github.com/resumekit/resumekit/internal/interop"
)

var verbose = flag.Bool("corpus.v", false, "print the parsed JSON and the score detail of every corpus file")

// sharedDir finds the shared directory (corpus, seeds, tools) beside the
// repository, or at $RESUMEKIT_SHARED.
func sharedDir(t testing.TB) string {
	t.Helper()
	var cands []string
	if d := os.Getenv("RESUMEKIT_SHARED"); d != "" {
		cands = append(cands, d)
	}
	cands = append(cands, filepath.Join("..", "..", "..", "shared"))
	for _, c := range cands {
		if st, err := os.Stat(filepath.Join(c, "corpus")); err == nil && st.IsDir() {
			return c
		}
	}
	if interop.Enabled() {
		t.Fatal("shared directory not found: set RESUMEKIT_SHARED")
	}
	t.Skip("shared directory (corpus, seeds) not found: set RESUMEKIT_SHARED")
	return ""
}

// corpusFiles lists the corpus documents that have a label.
func corpusFiles(t testing.TB, shared string) []string {
	var files []string
	root := filepath.Join(shared, "corpus")
	err := filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		ext := strings.ToLower(filepath.Ext(p))
		if ext != ".pdf" && ext != ".docx" {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		if _, err := os.Stat(labelPath(shared, rel)); err == nil {
			files = append(files, rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func labelPath(shared, rel string) string {
	return filepath.Join(shared, "corpus", "labels", strings.TrimSuffix(rel, filepath.Ext(rel))+".json")
}

// TestCorpus parses every labelled third-party resume through the real
// extractor and scores it with the reference rules: each file must reach
// field F1 ≥ 0.95.
func TestCorpus(t *testing.T) {
	shared := sharedDir(t)
	files := corpusFiles(t, shared)
	if len(files) < 6 {
		t.Fatalf("found only %d labelled corpus files", len(files))
	}
	var total score.Counts
	for _, rel := range files {
		t.Run(rel, func(t *testing.T) {
			doc, err := extract.File(context.Background(), filepath.Join(shared, "corpus", rel), extract.Options{})
			if err != nil {
				t.Fatalf("extract: %v", err)
			}
			res := parse.Parse(doc, parse.Options{})
			js, err := parse.JSONResume(res.Resume)
			if err != nil {
				t.Fatal(err)
			}
			label, err := os.ReadFile(labelPath(shared, rel))
			if err != nil {
				t.Fatal(err)
			}
			sc, err := score.ScoreJSON(label, js)
			if err != nil {
				t.Fatal(err)
			}
			total.Add(sc.Counts)
			pythonAgrees(t, shared, labelPath(shared, rel), js, sc)
			f1 := sc.F1()
			t.Logf("%s: field F1 %.3f", rel, f1)
			if *verbose || f1 < 0.95 {
				t.Logf("parsed:\n%s\n%s", js, sc.Counts.Table())
				for _, w := range sc.Detail.Work {
					t.Logf("work %+v -> %+v %v", w.Label, w.Parsed, w.Fields)
				}
				t.Logf("unpaired parsed work: %+v; education: %+v; skills missing: %v; basics: %+v",
					sc.Detail.WorkExtra, sc.Detail.Education, sc.Detail.SkillsMissing, sc.Detail.Basics)
			}
			if f1 < 0.95 {
				t.Errorf("%s: field F1 %.3f < 0.95", rel, f1)
			}
		})
	}
	t.Logf("corpus total:\n%s", total.Table())
	// the README's floor for the corpus, with and without skills
	_, _, ns := total.Overall(false).PRF()
	if f1 := total.F1(); f1 < 0.98 || ns < 0.98 {
		t.Errorf("corpus field F1 %.3f, %.3f without skills: below 0.98", f1, ns)
	}
}

// sharedDirOrEmpty is sharedDir without skipping.
func sharedDirOrEmpty() string {
	for _, c := range []string{os.Getenv("RESUMEKIT_SHARED"), filepath.Join("..", "..", "..", "shared")} {
		if c == "" {
			continue
		}
		if st, err := os.Stat(filepath.Join(c, "jsonresume")); err == nil && st.IsDir() {
			return c
		}
	}
	return ""
}

// pythonAgrees scores the parsed JSON with the reference Python scorer too,
// when python3 is there, and wants the same counts.
func pythonAgrees(t *testing.T, shared, label string, parsed []byte, sc *score.Result) {
	t.Helper()
	script := filepath.Join(shared, "tools", "score_parse.py")
	if _, err := exec.LookPath("python3"); err != nil {
		return
	}
	if _, err := os.Stat(script); err != nil {
		return
	}
	pf := filepath.Join(t.TempDir(), "parsed.json")
	if err := os.WriteFile(pf, parsed, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("python3", script, "--json", label, pf).Output()
	if err != nil {
		t.Fatalf("python scorer: %v", err)
	}
	var py struct {
		Counts map[string]score.Count `json:"counts"`
	}
	if err := json.Unmarshal(out, &py); err != nil {
		t.Fatal(err)
	}
	for f := score.Field(0); f < score.NumFields; f++ {
		if py.Counts[f.String()] != sc.Counts[f] {
			t.Errorf("%s: Go scorer %+v, Python scorer %+v", f, sc.Counts[f], py.Counts[f.String()])
		}
	}
}
