package check

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/ats/compare"
	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/export/style"
)

// TestExampleLosslessHTML: the example CV survives json → html → extract →
// parse → compare, with every field checked.
func TestExampleLosslessHTML(t *testing.T) {
	reps, err := Check(context.Background(), exampleResume(t), []string{"html"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(reps) != 1 || reps[0].Format != "html" {
		t.Fatalf("got %d reports, want one for html", len(reps))
	}
	if reps[0].Total().Checked == 0 {
		t.Fatal("html: nothing checked")
	}
	requireLossless(t, reps)
}

// TestAgainstHTMLFixtures checks two synthetic pages made in the manner of
// third-party HTML resumes (a JSON Resume theme's cards; a two-column
// page with the sidebar first), about an invented person, against the
// truth, as `resumekit check --against` does. The fields every sensible
// reading keeps must survive; what the parser still misses is logged. Text
// hidden with CSS (keyword stuffing) must not be read, and is reported.
func TestAgainstHTMLFixtures(t *testing.T) {
	dir := filepath.Join("testdata", "html")
	truth, opts, _, err := Load(filepath.Join(dir, "marta.json"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	keep := []string{"basics.name", "basics.email", "basics.summary",
		"work[0].roles[0].position", "work[0].roles[0].startDate", "work[0].roles[0].endDate",
		"work[0].roles[0].highlights[0]", "work[0].roles[0].highlights[1]",
		"work[1].roles[0].position", "work[1].roles[0].startDate", "work[1].roles[0].endDate",
		"work[1].roles[0].highlights[0]", "education[0].institution",
		"skills[0].keywords[0]", "skills[0].keywords[1]", "skills[0].keywords[2]", "skills[1].keywords[0]", "skills[1].keywords[1]"}
	for _, c := range []struct {
		file string
		keep []string
	}{
		{"theme-even-like.html", keep},
		{"sidebar-layout.html", append(keep, "basics.phone", "basics.url", "work[0].name", "work[0].location", "work[1].name")},
	} {
		t.Run(c.file, func(t *testing.T) {
			doc, err := extract.File(context.Background(), filepath.Join(dir, c.file), extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range []string{"Google", "Amazon", "Staff", "Principal", "location"} {
				if strings.Contains(doc.Text(), w) {
					t.Errorf("hidden text %q was read", w)
				}
			}
			rep := CheckFile(context.Background(), truth, filepath.Join(dir, c.file), opts)
			if rep.Err != "" {
				t.Fatal(rep.Err)
			}
			if rep.Total().Checked == 0 {
				t.Fatal("nothing checked")
			}
			lost := map[string]bool{}
			for _, l := range rep.Lost() {
				lost[l.Path] = true
				if strings.Contains(l.Want+l.Got, "Google") || strings.Contains(l.Want+l.Got, "Staff") {
					t.Errorf("hidden text was read: %+v", l)
				}
			}
			for _, p := range c.keep {
				if lost[p] {
					t.Errorf("%s lost", p)
				}
			}
			hidden := false
			for _, n := range rep.Notes {
				hidden = hidden || strings.Contains(n, "hidden-content")
			}
			if !hidden {
				t.Error("the text hidden with CSS is not reported")
			}
			var b strings.Builder
			compare.WriteText(&b, rep)
			t.Logf("score %.1f\n%s", rep.Score(), b.String())
		})
	}
}

// TestHTMLStyleOptions: the example CV round-trips through the HTML page
// with other date layouts, languages, page sizes, margins, accents and
// fonts.
func TestHTMLStyleOptions(t *testing.T) {
	r := exampleResume(t)
	for _, s := range []style.Options{
		{DateFormat: "01/2006", Language: "de"},
		{DateFormat: "02.01.2006", Language: "fr", PageSize: style.Letter},
		{DateFormat: "2006", Language: "es", Margins: style.Margins{Top: 36, Right: 36, Bottom: 36, Left: 36}},
		{DateFormat: "January 2006", Present: "Now", Accent: "7A1F1F", FontFamily: "Liberation Serif", FontSize: 11},
	} {
		t.Run(fmt.Sprintf("%s_%s", s.DateFormat, s.Language), func(t *testing.T) {
			reps, err := Check(context.Background(), r, []string{"html"}, Options{Style: s})
			if err != nil {
				t.Fatal(err)
			}
			requireLossless(t, reps)
		})
	}
}

// TestSharedJSONResumeLosslessHTML: the JSON Resume files of ../shared
// (every section of the schema) round-trip through the HTML page.
func TestSharedJSONResumeLosslessHTML(t *testing.T) {
	dir := sharedDir(t, "jsonresume")
	files, err := Expand([]string{dir}, []string{".json"})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if filepath.Base(f) == "schema.json" {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			r, opts, _, err := Load(f, Options{})
			if err != nil {
				t.Fatal(err)
			}
			reps, err := Check(context.Background(), r, []string{"html"}, opts)
			if err != nil {
				t.Fatal(err)
			}
			requireLossless(t, reps)
		})
	}
}
