package parse_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/resumekit/resumekit/ats/parse"
)

// TestSeedCV parses the example CV's own text, read as plain text, and
// wants every employer, role title and date as written.
func TestSeedCV(t *testing.T) {
	shared := sharedDir(t)
	b, err := os.ReadFile(filepath.Join(shared, "seeds", "000_ba2770ea60039808.txt"))
	if err != nil {
		t.Fatal(err)
	}
	res := parse.Text(string(b), parse.Options{})
	type role struct{ position, start, end string }
	want := []struct {
		name, location string
		roles          []role
	}{
		{"Shopify", "Spain, 100% Remote", []role{
			{"Senior Production Engineer @ Streaming Foundations Team", "2023-06", "2024-08"},
			{"Senior Production Engineer @ Streaming Capabilities Team", "2021-06", "2023-05"}}},
		{"Spotahome", "Madrid, Spain; 100% remote since March 2020", []role{
			{"Data Lead", "2019-11", "2021-06"},
			{"Data Analytics & Engineering Manager", "2019-05", "2019-10"},
			{"Data Analytics Manager", "2018-05", "2019-04"},
			{"Data Analytics Engineer", "2017-09", "2018-04"}}},
		{"CST International", "", []role{{"Software Engineer & Data Analyst", "", ""}}},
		{"", "", []role{{"Software Engineer (Research Internship)", "", ""}}},
	}
	got := res.Resume.Work
	if len(got) != len(want) {
		for _, e := range got {
			t.Logf("employer %q with %d roles", e.Name, len(e.Roles))
		}
		t.Fatalf("%d employers, want %d", len(got), len(want))
	}
	for i, w := range want {
		e := got[i]
		if e.Name != w.name || e.Location != w.location {
			t.Errorf("work[%d] = %q (%q), want %q (%q)", i, e.Name, e.Location, w.name, w.location)
		}
		if len(e.Roles) != len(w.roles) {
			t.Errorf("work[%d] has %d roles, want %d", i, len(e.Roles), len(w.roles))
			continue
		}
		for j, wr := range w.roles {
			r := e.Roles[j]
			if r.Position != wr.position || r.StartDate.String() != wr.start || r.EndDate.String() != wr.end {
				t.Errorf("work[%d].roles[%d] = %q %s–%s, want %q %s–%s", i, j, r.Position, r.StartDate, r.EndDate, wr.position, wr.start, wr.end)
			}
		}
	}
	// the Skillset lines belong to the roles they follow
	skills := map[string]int{"Data Analytics Engineer": 12, "Software Engineer & Data Analyst": 16, "Software Engineer (Research Internship)": 4}
	for _, e := range got {
		for _, r := range e.Roles {
			if n := skills[r.Position]; len(r.Skills) != n {
				t.Errorf("%s: %d skills %q, want %d", r.Position, len(r.Skills), r.Skills, n)
			}
		}
	}
	if got[0].Roles[0].Highlights == nil || len(got[1].Roles[1].Highlights) != 6 {
		t.Errorf("highlights lost: %d, %d", len(got[0].Roles[0].Highlights), len(got[1].Roles[1].Highlights))
	}
	if len(res.Resume.Education) != 1 || res.Resume.Education[0].Area != "Telecommunications Engineering" || res.Resume.Education[0].StudyType != "BSc + MSc" {
		t.Errorf("education = %+v", res.Resume.Education)
	}
}
