package score

import (
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/internal/interop"
)

// pythonScorer finds shared/tools/score_parse.py next to the repository
// (../shared from the module root) or at $RESUMEKIT_SHARED/tools.
func pythonScorer(t *testing.T) string {
	t.Helper()
	var cands []string
	if d := os.Getenv("RESUMEKIT_SHARED"); d != "" {
		cands = append(cands, filepath.Join(d, "tools", "score_parse.py"))
	}
	cands = append(cands, filepath.Join("..", "..", "..", "shared", "tools", "score_parse.py"))
	for _, c := range cands {
		if _, err := os.Stat(c); err == nil {
			return c
		}
	}
	if interop.Enabled() {
		t.Fatalf("score_parse.py not found (set RESUMEKIT_SHARED)")
	}
	t.Skip("score_parse.py not found; set RESUMEKIT_SHARED to the shared directory")
	return ""
}

func TestAgreesWithPythonScorer(t *testing.T) {
	interop.Require(t, "python3")
	script := pythonScorer(t)
	labels, _ := filepath.Glob("testdata/pairs/*.label.json")
	// The corpus labels scored against each other are pairs too: the
	// work entries differ in layout but share companies and dates.
	corpus, _ := filepath.Glob(filepath.Join(filepath.Dir(script), "..", "corpus", "labels", "*", "*.json"))
	type pair struct{ label, parsed string }
	var pairs []pair
	for _, l := range labels {
		pairs = append(pairs, pair{l, strings.Replace(l, ".label.", ".parsed.", 1)})
	}
	for i := range corpus {
		pairs = append(pairs, pair{corpus[i], corpus[(i+1)%len(corpus)]})
	}
	if len(pairs) < 4 {
		t.Fatalf("only %d pairs", len(pairs))
	}
	for _, p := range pairs {
		t.Run(filepath.Base(p.label)+"~"+filepath.Base(p.parsed), func(t *testing.T) {
			out, err := exec.Command("python3", script, "--json", p.label, p.parsed).Output()
			if err != nil {
				t.Fatalf("python scorer: %v", err)
			}
			var py struct {
				Counts map[string]Count `json:"counts"`
			}
			if err := json.Unmarshal(out, &py); err != nil {
				t.Fatal(err)
			}
			lb, _ := os.ReadFile(p.label)
			pb, _ := os.ReadFile(p.parsed)
			res, err := ScoreJSON(lb, pb)
			if err != nil {
				t.Fatal(err)
			}
			var pyCounts Counts
			for f := Field(0); f < NumFields; f++ {
				pyCounts[f] = py.Counts[f.String()]
				if res.Counts[f] != pyCounts[f] {
					t.Errorf("%s: go %+v, python %+v", f, res.Counts[f], pyCounts[f])
				}
			}
			if g, w := res.F1(), pyCounts.F1(); math.Abs(g-w) > 1e-12 {
				t.Errorf("F1 go %v python %v", g, w)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"  Co-Founder & CTO ":      "co-founder cto",
		"Boğaziçi\u00adUniversity": "boğaziçiuniversity",
		"ＡＢＣ – x":                  "abc - x",
		"\uf0e0 john@x.com":        "john@x.com",
		"C++, C#":                  "c++ c#",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDateMatch(t *testing.T) {
	cases := []struct {
		e, x string
		ok   bool
	}{
		{"2023-06", "June 2023", true},
		{"2023-06", "2023", true},
		{"2023-06", "2023-07", false},
		{"", "present", true},
		{"", "", true},
		{"", "2024", false},
		{"2012", "Summer 2012", true},
		{"2015-09", "09/2015", true},
		{"2015-09", "Sept. 2015", true},
		{"2020", "garbage", false},
	}
	for _, c := range cases {
		if got := DateMatch(c.e, c.x); got != c.ok {
			t.Errorf("DateMatch(%q, %q) = %v", c.e, c.x, got)
		}
	}
}

func TestPhoneAndTokens(t *testing.T) {
	if !PhoneMatch("+1-123-456-7890", "(123) 456 7890") {
		t.Error("phone suffix")
	}
	if PhoneMatch("+1-123-456-7890", "56-7890") {
		t.Error("short phone matched")
	}
	if f := TokenF1("Research Intern", "NVIDIA Research, Research Intern"); f >= FuzzyThreshold {
		t.Errorf("token F1 %v", f)
	}
	if !NameMatch("John  Doe", "john doe") || NameMatch("John Doe", "Doe John") {
		t.Error("name match")
	}
	if !ContainsPhrase("python | c++ | go", "c++") || ContainsPhrase("golang", "go") || ContainsPhrase("c++", "c") {
		t.Error("phrase")
	}
}
