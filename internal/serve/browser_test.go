package serve

import (
	"context"
	"encoding/json"
	"github.com/resumekit/resumekit/export"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/resumekit/resumekit/check"
	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/internal/interop"
)

const corpusDir = "../../../shared/corpus"

// browser drives a headless Debian chromium through one page of the
// handler. Screenshots go into shots.
type browser struct {
	t     *testing.T
	ctx   context.Context
	url   string
	shots string
}

func newBrowser(t *testing.T) *browser {
	path := interop.Require(t, "chromium")[0]
	_, ts := newTest(t, Options{})
	// The profile goes in a directory of our own: chromium's helpers may
	// still write in it for a moment after it stops.
	profile, err := os.MkdirTemp("", "resumekit-chromium-")
	require.NoError(t, err)
	t.Cleanup(func() {
		for range 50 {
			if os.RemoveAll(profile) == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	alloc, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1440, 1000),
	)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(alloc)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(cancel3)
	b := &browser{t: t, ctx: ctx, url: ts.URL, shots: t.TempDir()}
	if d := os.Getenv("RESUMEKIT_SCREENSHOTS"); d != "" {
		b.shots = d // to look at them
	}
	return b
}

func (b *browser) do(steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	require.NoError(b.t, chromedp.Do(b.ctx, steps...))
}

func (b *browser) text(sel string) string {
	b.t.Helper()
	s, err := chromedp.Run(b.ctx, chromedp.Text(chromedp.CSS(sel)))
	require.NoError(b.t, err, sel)
	return s
}

func (b *browser) eval(js string) string {
	b.t.Helper()
	s, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](js))
	require.NoError(b.t, err, js)
	return s
}

// shot saves the whole page as name.png.
func (b *browser) shot(name string) {
	b.t.Helper()
	png, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	require.NoError(b.t, err)
	require.NoError(b.t, os.WriteFile(filepath.Join(b.shots, name+".png"), png, 0o644))
}

// upload chooses the files (source may be "") and submits the form,
// waiting for the answer to load.
func (b *browser) upload(file, source string) {
	b.t.Helper()
	start := time.Now()
	defer func() { b.t.Logf("upload %s %s: %v", filepath.Base(file), filepath.Base(source), time.Since(start)) }()
	b.do(chromedp.Navigate(b.url))
	b.do(chromedp.SetUploadFiles(chromedp.ID("file"), []string{abs(b.t, file)}))
	if source != "" {
		b.do(chromedp.SetUploadFiles(chromedp.ID("source"), []string{abs(b.t, source)}))
	}
	ctx, cancel := context.WithTimeout(b.ctx, time.Minute)
	defer cancel()
	_, err := chromedp.Run(ctx, chromedp.WaitEvent(cdppage.LoadEventFired, nil, chromedp.Click(chromedp.CSS("#upload button[type=submit]"))))
	require.NoError(b.t, err, "uploading %s", file)
	b.do(chromedp.WaitReady(chromedp.ID("results")))
}

func abs(t *testing.T, path string) string {
	p, err := filepath.Abs(path)
	require.NoError(t, err)
	return p
}

func TestBrowser(t *testing.T) {
	b := newBrowser(t)
	dir := t.TempDir()
	r, err := examples.Resume()
	require.NoError(t, err)

	// The empty page: the style sheet and the script ran under the CSP
	// (the script validated the editor's text on its own).
	b.do(chromedp.Navigate(b.url))
	_, err = chromedp.Run(b.ctx, chromedp.Poll[bool](`document.querySelector("#problems .ok-note") !== null`, chromedp.WithPollingTimeout(20*time.Second)))
	require.NoError(t, err, "the script validated the example")
	assert.Equal(t, "rgb(31, 56, 100)", b.eval(`getComputedStyle(document.querySelector(".top")).backgroundColor`), "the style sheet applies")
	b.shot("01-start")

	// Each export of the example: three panes with the right name and
	// employers, and the keyboard taken to the results.
	for _, format := range []string{"pdf", "docx", "xlsx", "md"} {
		b.upload(exampleFile(t, dir, format), "")
		assert.Equal(t, "Example Candidate", b.text("#parsed .name"), format)
		card := b.text("#parsed")
		for _, e := range r.Work {
			if e.Name != "" {
				assert.Contains(t, card, e.Name, format)
			}
		}
		assert.Contains(t, b.text("#ats-text"), "Shopify", format)
		var js map[string]any
		require.NoError(t, json.Unmarshal([]byte(b.text("#parsed-json")), &js), format)
		assert.Equal(t, "Example Candidate", js["basics"].(map[string]any)["name"], format)
		assert.Equal(t, "results", b.eval(`document.activeElement.id`), format)
		b.shot("02-document-" + format)
		if format == "pdf" {
			// The README's picture: what the window shows.
			png, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(filepath.Join(b.shots, "readme.png"), png, 0o644))
		}
	}

	// The source: a row per format, each lossless, and the downloads.
	src := filepath.Join(dir, "resume.yaml")
	require.NoError(t, os.WriteFile(src, examples.YAML, 0o600))
	b.upload(src, "")
	table := b.text("#check table.summary")
	for _, f := range export.Names() {
		assert.Contains(t, table, f)
	}
	n := strconv.Itoa(len(export.Names()))
	assert.Equal(t, n, b.eval(`String(document.querySelectorAll("#check td.good").length)`), "every format is lossless")
	assert.Equal(t, n, b.eval(`String(document.querySelectorAll(".downloads button").length)`))
	b.shot("03-source")

	// Against a source that says more than the document: the loss, its
	// path and what the ATS saw.
	truth := filepath.Join(dir, "truth.yaml")
	require.NoError(t, os.WriteFile(truth, []byte(strings.Replace(string(examples.YAML), "name: Example Candidate", "name: Example Person", 1)), 0o600))
	b.upload(exampleFile(t, dir, "pdf"), truth)
	losses := b.text("table.losses")
	assert.Contains(t, losses, "basics.name")
	assert.Contains(t, losses, "Example Candidate")
	b.shot("04-against")

	// The editor: a problem appears at its line, and its button selects
	// the line.
	bad := "basics:\n  name: Ada\n  email: ada@example.com\nwork:\n  - name: Engines\n    position: Programmer\n    startDate: 2021-06\n    endDate: 2020-01\n"
	b.do(chromedp.Navigate(b.url))
	b.do(chromedp.SetValue(chromedp.ID("editor"), bad))
	b.do(chromedp.SendKeys(chromedp.ID("editor"), " "))
	_, err = chromedp.Run(b.ctx, chromedp.Poll[bool](`document.querySelector("#problems button.at") !== null`, chromedp.WithPollingTimeout(20*time.Second)))
	require.NoError(t, err, "the problems list appears")
	assert.Contains(t, b.text("#problems"), "line 7:")
	assert.Contains(t, b.text("#problems"), "work[0].startDate")
	b.do(chromedp.Click(chromedp.CSS("#problems button.at")))
	assert.Equal(t, "    startDate: 2021-06", b.eval(`(function(e){return e.value.substring(e.selectionStart, e.selectionEnd)})(document.getElementById("editor"))`))
	b.do(chromedp.ScrollIntoView(chromedp.ID("editor-section")))
	b.shot("05-editor")

	// JavaScript off: the plain forms do the same work.
	_, err = chromedp.Call(b.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
	require.NoError(t, err)
	b.upload(exampleFile(t, dir, "docx"), "")
	assert.Equal(t, "Example Candidate", b.text("#parsed .name"), "without JavaScript")
	b.do(chromedp.SetValue(chromedp.ID("editor"), bad))
	_, err = chromedp.Run(b.ctx, chromedp.WaitEvent(cdppage.LoadEventFired, nil, chromedp.Click(chromedp.CSS("#editor-form button[type=submit]"))))
	require.NoError(t, err)
	assert.Contains(t, b.text("#problems"), "line 7:", "without JavaScript")
	assert.Equal(t, "", b.eval(`document.querySelector("#problems button") ? "script ran" : ""`))
	b.shot("05-editor-nojs")
	_, err = chromedp.Call(b.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: false})
	require.NoError(t, err)

	// The corpus: files made by other tools.
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skip("../shared (the corpus) is absent: the third-party part is skipped")
	}
	var label struct {
		Basics struct{ Name string }
		Work   []struct{ Name string }
	}
	require.NoError(t, json.Unmarshal([]byte(readFile(t, filepath.Join(corpusDir, "labels/rendercv/classic.json"))), &label))
	pdf := filepath.Join(corpusDir, "rendercv/classic.pdf")
	b.upload(pdf, "")
	assert.Equal(t, label.Basics.Name, b.text("#parsed .name"))
	card := b.text("#parsed")
	for _, w := range label.Work {
		assert.Contains(t, card, w.Name)
	}
	assert.Contains(t, b.text("ul.warnings"), "Icon font")
	b.shot("06-corpus-rendercv")

	yml := filepath.Join(corpusDir, "rendercv/classic.yaml")
	b.upload(pdf, yml)
	tr, opts, _, err := check.Load(yml, check.Options{})
	require.NoError(t, err)
	rep := check.CheckFile(context.Background(), tr, pdf, opts)
	require.NotEmpty(t, rep.Lost())
	losses = b.text("table.losses")
	for _, l := range rep.Lost() {
		assert.Contains(t, losses, l.Path)
	}
	b.shot("07-corpus-against")

	b.upload(filepath.Join(corpusDir, "latex/sb2nov/sourabh_bajaj_resume.pdf"), "")
	var lab2 struct{ Basics struct{ Name string } }
	require.NoError(t, json.Unmarshal([]byte(readFile(t, filepath.Join(corpusDir, "labels/latex/sb2nov/sourabh_bajaj_resume.json"))), &lab2))
	assert.Equal(t, lab2.Basics.Name, b.text("#parsed .name"))
	b.shot("08-corpus-latex")
}
