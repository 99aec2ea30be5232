package pdf

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/internal/interop"
	"github.com/resumekit/resumekit/resume"
)

// interopCase is a resume written to a file for the outside tools.
type interopCase struct {
	name string
	r    *resume.Resume
	opts Options
	file string
}

func interopCases(t *testing.T) []interopCase {
	t.Helper()
	dir := t.TempDir()
	cases := []interopCase{
		{name: "example", r: exampleCV(t), opts: Options{PageNumbers: true}},
		{name: "scripts", r: scripts()},
	}
	for _, th := range style.Themes[1:] {
		cases = append(cases, interopCase{name: "example-" + th, r: exampleCV(t), opts: Options{Options: style.Options{Theme: th, PageNumbers: true}}})
	}
	if ttf, err := os.ReadFile(droidFallback); err == nil {
		r := scripts()
		r.Basics.Name = "王小明 (José)"
		r.Work[0].Name = "東京株式会社"
		cases = append(cases, interopCase{name: "cjk", r: r, opts: Options{Options: style.Options{FallbackFonts: [][]byte{ttf}}}})
	} else {
		t.Logf("no CJK fallback font at %s (Debian package fonts-droid-fallback): the fallback font is not checked with outside tools", droidFallback)
	}
	if ttf, err := os.ReadFile(dejavuSans); err == nil {
		r := scripts()
		r.Basics.Name = "𐌀𐌁𐌂 José" // beyond U+FFFF
		cases = append(cases, interopCase{name: "supplementary", r: r, opts: Options{Options: style.Options{FallbackFonts: [][]byte{ttf}}}})
	} else {
		t.Logf("no font at %s (Debian package fonts-dejavu-core): characters beyond U+FFFF are not checked with outside tools", dejavuSans)
	}
	for _, f := range jsonResumeFiles(t) {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r, err := resume.Decode(src, filepath.Base(f), resume.LoadOptions{})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		cases = append(cases, interopCase{name: filepath.Base(f), r: r, opts: Options{PageNumbers: true}})
	}
	for i := range cases {
		c := &cases[i]
		c.file = filepath.Join(dir, strings.TrimSuffix(c.name, ".json")+".pdf")
		if err := os.WriteFile(c.file, write(t, c.r, c.opts), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return cases
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// TestPdftotext checks that poppler reads the same tokens as
// ledongthuc/pdf, and, keeping the layout, each role line as one line.
func TestPdftotext(t *testing.T) {
	interop.Require(t, "pdftotext")
	for _, c := range interopCases(t) {
		t.Run(c.name, func(t *testing.T) {
			res := c.opts.Resolve()
			text := run(t, "pdftotext", "-enc", "UTF-8", c.file, "-")
			checkTokens(t, text, tokens(c.r, res))
			layout := run(t, "pdftotext", "-enc", "UTF-8", "-layout", c.file, "-")
			checkTokens(t, layout, tokens(c.r, res))
			// With -layout, poppler keeps the gap as spaces.
			squeezed := regexp.MustCompile(` {2,}`).ReplaceAllString(layout, " ")
			checkRoleLines(t, squeezed, c.r, res)
		})
	}
}

// TestMutool checks the text with MuPDF, a third reader.
func TestMutool(t *testing.T) {
	interop.Require(t, "mutool")
	for _, c := range interopCases(t) {
		t.Run(c.name, func(t *testing.T) {
			text := run(t, "mutool", "draw", "-q", "-F", "txt", "-o", "-", c.file)
			checkTokens(t, text, tokens(c.r, c.opts.Resolve()))
		})
	}
}

func TestQpdfCheck(t *testing.T) {
	interop.Require(t, "qpdf")
	for _, c := range interopCases(t) {
		t.Run(c.name, func(t *testing.T) {
			out := run(t, "qpdf", "--check", c.file)
			if !strings.Contains(out, "No syntax or stream encoding errors found") || strings.Contains(out, "WARNING") {
				t.Errorf("qpdf --check:\n%s", out)
			}
		})
	}
}

// TestPdffonts checks that every font is embedded, as a subset, with a
// Unicode map.
func TestPdffonts(t *testing.T) {
	interop.Require(t, "pdffonts")
	for _, c := range interopCases(t) {
		t.Run(c.name, func(t *testing.T) {
			out := run(t, "pdffonts", c.file)
			ls := strings.Split(strings.TrimSpace(out), "\n")
			if len(ls) < 3 {
				t.Fatalf("pdffonts lists no font:\n%s", out)
			}
			for _, l := range ls[2:] {
				f := strings.Fields(l)
				// name type... encoding emb sub uni object-id generation
				if len(f) < 7 || f[len(f)-5] != "yes" || f[len(f)-4] != "yes" || f[len(f)-3] != "yes" {
					t.Errorf("font not embedded as a subset with a Unicode map: %q", l)
				}
			}
			if c.name == "cjk" && !strings.Contains(out, "DroidSansFallback") {
				t.Errorf("the fallback font is not listed:\n%s", out)
			}
		})
	}
}

func TestPdfinfo(t *testing.T) {
	interop.Require(t, "pdfinfo")
	for _, c := range interopCases(t) {
		t.Run(c.name, func(t *testing.T) {
			out := run(t, "pdfinfo", "-enc", "UTF-8", c.file)
			name := flat(c.r.Basics.Name)
			for _, want := range []string{"Title:           " + name + "\n", "Author:          " + name + "\n", "Creator:         resumekit\n"} {
				if !strings.Contains(out, want) {
					t.Errorf("pdfinfo lacks %q:\n%s", want, out)
				}
			}
		})
	}
}

// TestRendered draws the first page with poppler and with MuPDF and counts
// the dark pixels: the embedded subsets must hold the glyph outlines (text
// extraction reads only the ToUnicode maps, and would pass with empty
// glyphs). Both renderers must find ink, about the same amount, and MuPDF
// must not complain about a font.
func TestRendered(t *testing.T) {
	interop.Require(t, "pdftoppm", "pdftotext", "mutool")
	for _, c := range interopCases(t) {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			run(t, "pdftoppm", "-gray", "-r", "50", "-f", "1", "-l", "1", "-singlefile", c.file, filepath.Join(dir, "poppler"))
			cmd := exec.Command("mutool", "draw", "-q", "-r", "50", "-c", "gray", "-o", filepath.Join(dir, "mupdf.pgm"), c.file, "1")
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("mutool draw: %v\n%s", err, out)
			}
			for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
				if l != "" && !strings.Contains(l, "ICC support is not available") {
					t.Errorf("mutool draw: %s", l)
				}
			}
			// Ink per character of the page's text, at 50 dpi: 3 to 11
			// pixels measured; a page whose glyphs have no outlines had
			// 0 with MuPDF and up to 2.9 with poppler (the accent rules,
			// and boxes for empty glyphs).
			chars := float64(len([]rune(strings.Join(strings.Fields(run(t, "pdftotext", "-f", "1", "-l", "1", "-enc", "UTF-8", c.file, "-")), ""))))
			p := darkPixels(t, filepath.Join(dir, "poppler.pgm")) / chars
			m := darkPixels(t, filepath.Join(dir, "mupdf.pgm")) / chars
			t.Logf("dark pixels per character: poppler %.2f, MuPDF %.2f", p, m)
			// The serif and compact themes, thinner and smaller, draw 3
			// to 3.4; what tells empty glyphs apart is MuPDF's 0 and the
			// ratio below.
			if p < 2 || m < 2 {
				t.Errorf("page 1 has too little ink (dark pixels per character: poppler %.2f, MuPDF %.2f): glyphs without outlines?", p, m)
			}
			// Poppler applies the TrueType hinting of the Liberation
			// fonts, which snaps stems to whole pixels at 50 dpi, and
			// MuPDF does not: poppler finds 1.1 to 1.65 times MuPDF's ink
			// (measured on these cases).
			if p > 1.8*m || m > 1.8*p {
				t.Errorf("poppler and MuPDF draw different amounts of ink: %.2f and %.2f pixels per character", p, m)
			}
		})
	}
}

// darkPixels reads a binary PGM (P5, 8 bits) and counts its pixels darker
// than mid-grey.
func darkPixels(t *testing.T, file string) float64 {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var w, h, maxv int
	var hdr string
	if n, err := fmt.Sscan(string(data[:min(len(data), 64)]), &hdr, &w, &h, &maxv); err != nil || n != 4 || hdr != "P5" || maxv != 255 {
		t.Fatalf("%s: not an 8-bit binary PGM: %q", file, data[:min(len(data), 20)])
	}
	px := data[len(data)-w*h:]
	dark := 0
	for _, v := range px {
		if v < 128 {
			dark++
		}
	}
	return float64(dark)
}
