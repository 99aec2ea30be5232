package check

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/ats/compare"
	"github.com/resumekit/resumekit/export/style"
)

// themeFormats are the formats whose look the themes change.
var themeFormats = []string{"docx", "pdf", "html"}

// themeRateSlack is how far below the classic theme's lossless rate
// another theme's may fall, per format: a theme changes sizes, spacing,
// fonts and colours, never words or their order, so it should read back
// as well as the default; a little slack allows for the odd entry that a
// tighter layout joins or a wider one splits.
const themeRateSlack = 0.03

// themeTally is what one theme gives in one format over the corpus.
type themeTally struct {
	files, lossless int
	extra           map[string]bool // files with a made-up skill keyword
}

func (t *themeTally) rate() float64 {
	if t.files == 0 {
		return 0
	}
	return float64(t.lossless) / float64(t.files)
}

// TestThemesRealWorld exports every real JSON Resume of
// ../shared/corpus/realworld in every theme as DOCX, PDF and HTML, reads
// each file back as an ATS does, and prints the lossless rate per theme
// and format. The absolute rates are the parser's business
// (TestRealWorldLossless holds them); this test fails on what must hold
// for every design: a theme reads back nearly as well as the classic one
// (within themeRateSlack), no export fails except a PDF of characters no
// built-in font has (CJK without a font given), and no theme makes up a
// skill keyword in a file where the classic theme does not. It runs in about 6 s (11 s of CPU) on
// the 196 files, so it runs in full in every mode.
func TestThemesRealWorld(t *testing.T) {
	paths := realWorldPaths(t)
	ctx := context.Background()
	tallies := map[string]map[string]*themeTally{} // theme -> format -> tally
	for _, th := range style.Themes {
		results, err := Batch(ctx, paths, themeFormats, Options{Style: style.Options{Theme: th}})
		if err != nil {
			t.Fatal(err)
		}
		per := map[string]*themeTally{}
		for _, f := range themeFormats {
			per[f] = &themeTally{extra: map[string]bool{}}
		}
		tallies[th] = per
		for _, fr := range results {
			if fr.Err != nil {
				continue // TestRealWorldLossless lists the files that do not load
			}
			name := filepath.Base(fr.Path)
			for _, rep := range fr.Reports {
				n := per[rep.Format]
				n.files++
				if rep.Lossless() {
					n.lossless++
				}
				if rep.Err != "" && !(rep.Format == "pdf" && strings.Contains(rep.Err, "have no glyph for")) {
					t.Errorf("%s: %s (%s): %.300s", th, name, rep.Format, rep.Err)
				}
				for _, l := range rep.Lost() {
					if l.Kind == compare.Extra && l.Group == compare.GroupSkills {
						n.extra[name] = true
					}
				}
			}
		}
	}

	t.Logf("%d files; lossless rate per theme and format:", len(paths))
	t.Logf("  %-8s %8s %8s %8s", "theme", "docx", "pdf", "html")
	for _, th := range style.Themes {
		row := fmt.Sprintf("  %-8s", th)
		for _, f := range themeFormats {
			row += fmt.Sprintf(" %7.1f%%", 100*tallies[th][f].rate())
		}
		t.Log(row)
	}
	base := tallies[style.ThemeClassic]
	newExtra := 0
	for _, th := range style.Themes {
		for _, f := range themeFormats {
			n, b := tallies[th][f], base[f]
			if n.files == 0 {
				t.Errorf("%s %s: no file checked", th, f)
				continue
			}
			if n.files != b.files {
				t.Errorf("%s %s: %d files checked, %d in the classic theme", th, f, n.files, b.files)
			}
			if n.rate() < b.rate()-themeRateSlack {
				t.Errorf("%s %s: %.1f%% lossless, more than %.0f points below the classic theme's %.1f%%",
					th, f, 100*n.rate(), 100*themeRateSlack, 100*b.rate())
			}
			var extra []string
			for name := range n.extra {
				if !b.extra[name] {
					extra = append(extra, name)
				}
			}
			sort.Strings(extra)
			for _, name := range extra {
				t.Logf("%s %s: %s gets a made-up skill keyword that the classic theme does not", th, f, name)
				newExtra++
			}
		}
	}
	if newExtra > 0 {
		t.Errorf("%d theme and format pairs make up skill keywords in a file where the classic theme does not", newExtra)
	}
}
