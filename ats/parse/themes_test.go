package parse_test

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/resumekit/resumekit/ats/parse"
	"github.com/resumekit/resumekit/ats/score"
	"github.com/resumekit/resumekit/internal/interop"
)

var (
	themesDir = flag.String("themes.dir", "", "render the RenderCV corpus inputs with JSON Resume themes (HTML) and Chromium into this directory, and score the PDFs")
	themesNPM = flag.String("themes.npm", "", "folder where the themes are installed (npm install jsonresume-theme-even jsonresume-theme-stackoverflow jsonresume-theme-elegant jsonresume-theme-flat jsonresume-theme-kendall)")
)

// jsonResumeThemes are the themes TestThemesGenerate renders with: some of
// the most installed ones on npm, as JSON Resume's resume-cli uses them.
var jsonResumeThemes = []string{"even", "stackoverflow", "elegant", "flat", "kendall"}

// renderJS renders a JSON Resume with a theme: node render.js THEME IN OUT.
// Work entries also get "company", the key of the schema's older versions
// that some themes still read.
const renderJS = `const fs = require('fs');
const [,, themeName, inFile, outFile] = process.argv;
const resume = JSON.parse(fs.readFileSync(inFile, 'utf8'));
for (const w of resume.work || []) if (w.name && !w.company) w.company = w.name;
(async () => {
  let theme;
  try { theme = require(themeName); } catch (e) { theme = await import(themeName); }
  const render = theme.render || (theme.default && theme.default.render);
  fs.writeFileSync(outFile, await render(resume));
})().catch(e => { console.error(e.message); process.exit(1); });
`

// TestThemesGenerate renders every RenderCV input of the corpus as JSON
// Resume with five popular JSON Resume themes, prints each page to PDF
// with headless Chromium (as resume-cli does), and scores the parse of
// each PDF against its label. A few are kept in testdata/thirdparty
// (<name>_<theme>.pdf), where TestThirdPartyFiles scores them on every run.
func TestThemesGenerate(t *testing.T) {
	if *themesDir == "" || *themesNPM == "" {
		t.Skip("set -themes.dir and -themes.npm to generate and score the JSON Resume theme set")
	}
	interop.Require(t, "node", "chromium")
	shared := sharedDir(t)
	dir, err := filepath.Abs(*themesDir)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	js := filepath.Join(*themesNPM, "render.js")
	if err := os.WriteFile(js, []byte(renderJS), 0o644); err != nil {
		t.Fatal(err)
	}
	var total score.Counts
	for _, p := range corpusPeople(t, shared) {
		name, label := p.name, p.label
		in := filepath.Join(dir, name+".json")
		data, err := parse.JSONResume(p.r) // one work entry per role
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(in, data, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, theme := range jsonResumeThemes {
			base := filepath.Join(dir, fmt.Sprintf("%s_%s", name, theme))
			cmd := exec.Command("node", js, "jsonresume-theme-"+theme, in, base+".html")
			cmd.Dir = *themesNPM
			if out, err := cmd.CombinedOutput(); err != nil {
				// some themes fail on resumes without a location and the like
				t.Logf("theme %s cannot render %s: %v\n%s", theme, name, err, out)
				continue
			}
			cmd = exec.Command("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
				"--print-to-pdf="+base+".pdf", "file://"+base+".html")
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("chromium %s: %v\n%s", base, err, out)
			}
			total.Add(scoreFile(t, base+".pdf", label).Counts)
		}
	}
	t.Logf("JSON Resume theme set:\n%s", total.Table())
}
