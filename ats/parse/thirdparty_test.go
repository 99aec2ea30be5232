package parse_test

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
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

var thirdPartyDir = flag.String("thirdparty.dir", "", "render every label in every layout into this directory with pandoc and LibreOffice, and score the files")

// scoreFile extracts, parses and scores one file against a label.
func scoreFile(t *testing.T, path string, label []byte) *score.Result {
	t.Helper()
	doc, err := extract.File(context.Background(), path, extract.Options{})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	js, err := parse.JSONResume(parse.Parse(doc, parse.Options{}).Resume)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := score.ScoreJSON(label, js)
	if err != nil {
		t.Fatal(err)
	}
	if f := sc.F1(); f < 0.95 {
		t.Errorf("%s: field F1 %.3f < 0.95\n%s", path, f, sc.Counts.Table())
		for _, w := range sc.Detail.Work {
			t.Logf("work %+v -> %+v %v", w.Label, w.Parsed, w.Fields)
		}
		t.Logf("unpaired %+v; education %+v; skills missing %v", sc.Detail.WorkExtra, sc.Detail.Education, sc.Detail.SkillsMissing)
	}
	return sc
}

// TestThirdPartyFiles parses resumes that pandoc and LibreOffice wrote
// (testdata/thirdparty) and scores them against their labels.
func TestThirdPartyFiles(t *testing.T) {
	files, _ := filepath.Glob("testdata/thirdparty/*_*.*")
	var total score.Counts
	n := 0
	for _, f := range files {
		ext := filepath.Ext(f)
		if ext != ".pdf" && ext != ".docx" {
			continue
		}
		base := strings.TrimSuffix(filepath.Base(f), ext)
		name := base[:strings.LastIndex(base, "_")]
		label, err := os.ReadFile(filepath.Join("testdata", "thirdparty", name+".label.json"))
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			total.Add(scoreFile(t, f, label).Counts)
		})
		n++
	}
	if n < 10 {
		t.Fatalf("only %d third-party files", n)
	}
	t.Logf("%d files:\n%s", n, total.Table())
}

// TestThirdPartyGenerate renders every label in every layout with pandoc
// and LibreOffice into -thirdparty.dir and scores each file.
func TestThirdPartyGenerate(t *testing.T) {
	if *thirdPartyDir == "" {
		t.Skip("set -thirdparty.dir to generate and score the full set")
	}
	interop.Require(t, "pandoc", "soffice")
	shared := sharedDir(t)
	dir := *thirdPartyDir
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	labels, _ := filepath.Glob(filepath.Join(shared, "corpus", "labels", "*", "*.json"))
	more, _ := filepath.Glob(filepath.Join(shared, "corpus", "labels", "*", "*", "*.json"))
	var total score.Counts
	for _, lp := range append(labels, more...) {
		raw, _ := os.ReadFile(lp)
		var l label
		if err := json.Unmarshal(raw, &l); err != nil {
			t.Fatal(err)
		}
		skip := false
		for _, w := range l.Work {
			skip = skip || w.Name == "" || w.StartDate == ""
		}
		if skip {
			continue
		}
		for li, ly := range layouts {
			base := filepath.Join(dir, fmt.Sprintf("%s_%d", strings.TrimSuffix(filepath.Base(lp), ".json"), li))
			md := []byte(markdown(render(l, ly), ly))
			if old, err := os.ReadFile(base + ".md"); err != nil || string(old) != string(md) || !exists(base+".pdf") {
				// (re)generate only what changed
				if err := os.WriteFile(base+".md", md, 0o644); err != nil {
					t.Fatal(err)
				}
				if out, err := exec.Command("pandoc", base+".md", "-o", base+".docx").CombinedOutput(); err != nil {
					t.Fatalf("pandoc: %v %s", err, out)
				}
				if out, err := exec.Command("soffice", "--headless", "--convert-to", "pdf", "--outdir", dir, base+".docx").CombinedOutput(); err != nil {
					t.Fatalf("soffice: %v %s", err, out)
				}
			}
			for _, ext := range []string{".docx", ".pdf"} {
				total.Add(scoreFile(t, base+ext, raw).Counts)
			}
		}
	}
	t.Logf("total:\n%s", total.Table())
}

// markdown turns a rendered text into Markdown: the name as the title, the
// section headings as headings, every other line kept as its own line.
func markdown(text string, ly layout) string {
	lg := langs[ly.lang]
	lines := strings.Split(text, "\n")
	for i, s := range lines {
		t := strings.TrimSpace(s)
		switch {
		case i == 0:
			lines[i] = "# " + t
		case strings.EqualFold(t, lg.work) || strings.EqualFold(t, lg.edu) || strings.EqualFold(t, lg.skills):
			lines[i] = "## " + t
		default:
			lines[i] = s + "  "
		}
	}
	return strings.Join(lines, "\n")
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
