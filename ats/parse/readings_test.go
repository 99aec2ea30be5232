package parse

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/ats/parse/internal/fit"
	"github.com/resumekit/resumekit/ats/score"
)

// TestModelFeatures checks that every weight of the embedded model names
// a feature the parser computes (a renamed feature would be dropped
// silently otherwise).
func TestModelFeatures(t *testing.T) {
	known := map[string]bool{}
	for _, n := range FeatureNames() {
		if known[n] {
			t.Fatalf("feature %q twice", n)
		}
		known[n] = true
	}
	for n := range fit.Embedded().Weights {
		if !known[n] {
			t.Errorf("model weight %q names no feature", n)
		}
	}
}

// TestReadingsKeepCommaNames reads a section whose layout ("Company,
// City" on the first row, the title on the second) the model and the
// section template agree on, with one company whose name holds a comma.
func TestReadingsKeepCommaNames(t *testing.T) {
	text := `Jane Roe
jane@example.org

Experience

Globex Corporation, Springfield                              2019 – 2021
Senior Engineer
• Built things.

Initech, Austin, TX                                          2017 – 2019
Software Engineer
• Built more things.

Nara Logics, Inc, Boston                                     2015 – 2017
Data Scientist
• Built models.
`
	r := Text(text, Options{}).Resume
	if len(r.Work) != 3 {
		t.Fatalf("%d employers, want 3: %+v", len(r.Work), r.Work)
	}
	want := []struct{ name, pos string }{{"Globex Corporation", "Senior Engineer"}, {"Initech", "Software Engineer"}, {"Nara Logics, Inc", "Data Scientist"}}
	for i, w := range want {
		if r.Work[i].Name != w.name || len(r.Work[i].Roles) == 0 || r.Work[i].Roles[0].Position != w.pos {
			t.Errorf("work[%d] = %q / %+v, want %q / %q", i, r.Work[i].Name, r.Work[i].Roles, w.name, w.pos)
		}
	}
}

// TestSegments checks the cuts of an entry header.
func TestSegments(t *testing.T) {
	for _, c := range []struct {
		in   string
		edu  bool
		want string
	}{
		{"Director, Company 1, City, Country.", false, "Director|Company 1|City|Country."},
		{"Engineer at Acme (Berlin)", false, "Engineer|Acme|Berlin"},
		{"Technion - Israel Institute of Technology", false, "Technion|Israel Institute of Technology"},
		{"Bachelor of Science in Computer Science", true, "Bachelor|of Science|Computer Science"},
		{"Online: Blockchain Development", true, "Online|Blockchain Development"},
		{"Engineer, Bridgevine, Inc. (acquired by Updater)", false, "Engineer|Bridgevine, Inc.|acquired by Updater"},
	} {
		var got []string
		for _, s := range segments([]piece{{c.in, 0}}, c.edu) {
			got = append(got, s.text)
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%q: %q, want %q", c.in, g, c.want)
		}
	}
}

// TestRenderedCorpus parses the rendered real-world corpus that
// $RESUMEKIT_CORPUS points at (see internal/corpusgen) and reports the
// field F1 per family; it fails when the overall F1 falls below 0.75.
func TestRenderedCorpus(t *testing.T) {
	root := os.Getenv("RESUMEKIT_CORPUS")
	if root == "" {
		t.Skip("set RESUMEKIT_CORPUS to a rendered corpus (labels/<family>/<id>.json); it is never in the repository")
	}
	labels, _ := filepath.Glob(filepath.Join(root, "labels", "*", "*.json"))
	if len(labels) == 0 {
		t.Skipf("no labels under %s", root)
	}
	var total score.Counts
	fams := map[string]*score.Counts{}
	var famOrder []string
	for _, lp := range labels {
		fam, id := filepath.Base(filepath.Dir(lp)), strings.TrimSuffix(filepath.Base(lp), ".json")
		docs, _ := filepath.Glob(filepath.Join(root, fam, id+".*"))
		if len(docs) == 0 {
			continue
		}
		label, err := os.ReadFile(lp)
		if err != nil {
			t.Fatal(err)
		}
		d, err := extract.File(context.Background(), docs[0], extract.Options{})
		if err != nil {
			t.Logf("%s: %v", docs[0], err)
			continue
		}
		js, err := JSONResume(Parse(d, Options{}).Resume)
		if err != nil {
			t.Fatal(err)
		}
		sc, err := score.ScoreJSON(label, js)
		if err != nil {
			t.Fatal(err)
		}
		total.Add(sc.Counts)
		if fams[fam] == nil {
			fams[fam] = &score.Counts{}
			famOrder = append(famOrder, fam)
		}
		fams[fam].Add(sc.Counts)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-26s %8s %8s %8s %8s %8s\n", "family", "overall", "noskills", "extended", "skills-R", "school-R")
	for _, f := range famOrder {
		c := fams[f]
		_, _, all := c.Overall(true).PRF()
		_, _, ns := c.Overall(false).PRF()
		_, _, ext := c.OverallExtended().PRF()
		_, skr, _ := c[score.SkillsKeywords].PRF()
		_, inr, _ := c[score.EduInstitution].PRF()
		fmt.Fprintf(&b, "%-26s %8.3f %8.3f %8.3f %8.3f %8.3f\n", f, all, ns, ext, skr, inr)
	}
	t.Logf("per family:\n%s", b.String())
	t.Logf("%d labels:\n%s", len(labels), total.TableExtended())
	if f := total.F1(); f < 0.75 {
		t.Errorf("field F1 %.3f < 0.75", f)
	}
}

func TestNotPlace(t *testing.T) {
	for loc, want := range map[string]bool{
		"Software Engineer":                  true,
		"Universidad Austral de Chile":       true,
		"Department of the Attorney General": true,
		"Las Vegas, NV":                      false,
		"Cape Town, SA":                      false,
		"Islamabad":                          false,
		"Remote":                             false,
	} {
		if got := notPlace(loc); got != want {
			t.Errorf("notPlace(%q) = %v, want %v", loc, got, want)
		}
	}
}
