package extract_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/export"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/internal/interop"
	"github.com/resumekit/resumekit/resume"
)

func htmlFormat(t testing.TB) export.Format {
	t.Helper()
	f, err := export.Lookup("html")
	if err != nil {
		t.Skip(err)
	}
	return f
}

// TestHTMLTamper: what a page holds but does not show (metadata, a
// comment, a script, display:none text, alt and title attributes) never
// reaches the extracted text; hidden text is reported.
func TestHTMLTamper(t *testing.T) {
	page := writeExample(t, htmlFormat(t))
	clean, err := extract.Bytes(context.Background(), page, "cv.html", extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tampered := bytes.Replace(page, []byte("</title>"), []byte(`</title><meta name="keywords" content="BOGUS1">`), 1)
	tampered = bytes.Replace(tampered, []byte("</h1>"), []byte(`<!-- BOGUS2 --><script>document.write("BOGUS3")</script><span style="display: none">BOGUS4</span><img alt="BOGUS5" title="BOGUS6"></h1>`), 1)
	tampered = bytes.Replace(tampered, []byte("<main>"), []byte(`<main><div hidden><h2>BOGUS7</h2></div><p aria-hidden="true">BOGUS8</p><template>BOGUS9</template>`), 1)
	if bytes.Equal(tampered, page) {
		t.Fatal("nothing was injected")
	}
	doc, err := extract.Bytes(context.Background(), tampered, "cv.html", extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text() != clean.Text() {
		t.Errorf("injected text reached the reader:\n%s", doc.Text())
	}
	if !doc.HasWarning(extract.HiddenContent) || clean.HasWarning(extract.HiddenContent) {
		t.Errorf("hidden-content warning: tampered %v, clean %v", doc.Warnings, clean.Warnings)
	}
}

// printedText is text compared across readers: every line without its
// list bullet, with no whitespace at all (Chromium wraps lines where it
// likes).
func printedText(doc *extract.Document) string {
	var b strings.Builder
	for _, l := range doc.Lines {
		b.WriteString(strings.TrimPrefix(l.Text, "• "))
	}
	return squash(b.String())
}

// TestChromiumPrintsSameText prints our HTML pages to PDF with headless
// Chromium (Debian package chromium) and checks that the PDF, read by our
// PDF reader, holds exactly the text read from the HTML, in the same
// order; and that the page size follows the style (interop; skipped
// without chromium unless RESUMEKIT_INTEROP=1).
func TestChromiumPrintsSameText(t *testing.T) {
	if testing.Short() {
		t.Skip("slow interop test")
	}
	interop.Require(t, "chromium")
	f := htmlFormat(t)
	accents := &resume.Resume{
		Basics: resume.Basics{Name: "Zoë Müller-Peña", Email: "zoe@example.com", Phone: "+48 600 100 200",
			Summary: "Łódź-based engineer: café-grade **on-call** runbooks, naïve *façade* removal & «quotes» — 100%."},
		Work: []resume.Employer{{Name: "Ærø Søftware ÅS", Location: "Kraków, Polska", Roles: []resume.Role{{
			Position: "Ingeniera de Datos", StartDate: resume.YearMonth(2019, 4), EndDate: resume.Present,
			Highlights: []string{"Reduced p99 latency from 800 ms to 120 ms (−85%)", "Built “exactly-once” ingestion ≥ 10k msg/s"}}}}},
		Skills: []resume.Skill{{Name: "Lenguajes", Keywords: []string{"Go", "C++", "C#", "F#"}}},
	}
	cases := []struct {
		name  string
		r     *resume.Resume
		opts  style.Options
		pageW float64
	}{
		{"a4", example(t), style.Options{}, 595},
		{"letter-de", example(t), style.Options{PageSize: style.Letter, Language: "de", DateFormat: "01/2006"}, 612},
		{"accents-es", accents, style.Options{Language: "es"}, 595},
	}
	if src, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "jsonresume", "sample.resume.json")); err == nil {
		sample, err := resume.Decode(src, "sample.resume.json", resume.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, struct {
			name  string
			r     *resume.Resume
			opts  style.Options
			pageW float64
		}{"sample-every-section", sample, style.Options{}, 595})
	} else {
		interop.SkipShared(t, fmt.Sprintf("no ../shared/jsonresume/sample.resume.json (%v): the page with every section is not printed", err))
	}
	for _, c := range cases {
		r := c.r
		t.Run(c.name, func(t *testing.T) {
			t.Parallel() // each print has its own Chromium profile
			dir := t.TempDir()
			var page bytes.Buffer
			if err := f.Write(&page, r, c.opts); err != nil {
				t.Fatal(err)
			}
			in := filepath.Join(dir, "cv.html")
			out := filepath.Join(dir, "cv.pdf")
			if err := os.WriteFile(in, page.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir="+filepath.Join(dir, "profile"), "--print-to-pdf="+out, "--no-pdf-header-footer", "file://"+in)
			if b, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("chromium: %v\n%s", err, b)
			}
			fromHTML, err := extract.Bytes(context.Background(), page.Bytes(), "cv.html", extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			fromPDF, err := extract.File(context.Background(), out, extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			want, got := printedText(fromHTML), printedText(fromPDF)
			if got != want {
				i := 0
				for i < len(got) && i < len(want) && got[i] == want[i] {
					i++
				}
				t.Errorf("Chromium's PDF differs from the page at byte %d:\n pdf: …%s…\nhtml: …%s…", i,
					got[max(0, i-80):min(len(got), i+80)], want[max(0, i-80):min(len(want), i+80)])
			}
			for _, w := range fromPDF.Warnings {
				switch w.Kind {
				case extract.HiddenText, extract.OutsidePage, extract.GarbledText, extract.NoTextLayer, extract.MultiColumn:
					t.Errorf("Chromium's PDF has an ATS pitfall: %s", w)
				}
			}
			t.Logf("%d pages, %d lines from the PDF, %d from the HTML", fromPDF.Pages, len(fromPDF.Lines), len(fromHTML.Lines))
			for _, l := range fromPDF.Lines {
				if l.X+l.Width > c.pageW {
					t.Errorf("line %q ends at %.0f pt, beyond a %.0f pt wide page", l.Text, l.X+l.Width, c.pageW)
					break
				}
			}
		})
	}
}

// BenchmarkExampleHTML reads the example CV as our HTML writer makes it.
func BenchmarkExampleHTML(b *testing.B) { benchExample(b, "html") }
