package pdf

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

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
	if ttf, err := os.ReadFile(droidFallback); err == nil {
		r := scripts()
		r.Basics.Name = "王小明 (José)"
		r.Work[0].Name = "東京株式会社"
		cases = append(cases, interopCase{name: "cjk", r: r, opts: Options{FallbackFonts: [][]byte{ttf}}})
	} else {
		t.Logf("no CJK fallback font at %s (Debian package fonts-droid-fallback): the fallback font is not checked with outside tools", droidFallback)
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
