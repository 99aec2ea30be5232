package pdf

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/resume"
)

// laidOut returns the number of pages r takes with opts, as laid out.
func laidOut(t testing.TB, r *resume.Resume, opts Options) int {
	t.Helper()
	fs, err := newFontSet(familySans, nil)
	if err != nil {
		t.Fatal(err)
	}
	b := newBuilder(r, opts.Resolve(), opts, fs)
	b.document()
	return len(b.pages)
}

// compactWrite writes r in the compact theme and returns the PDF, the
// options the fit chose and the warnings.
func compactWrite(t *testing.T, r *resume.Resume, o style.Options) ([]byte, Options, []string) {
	t.Helper()
	var warns []string
	o.Theme = style.ThemeCompact
	o.Warn = func(m string) { warns = append(warns, m) }
	opts := Options{Options: o}
	fitted, warning, err := FitOnePage(r, opts)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, r, opts); err != nil {
		t.Fatal(err)
	}
	if (warning != "") != (len(warns) == 1) || len(warns) > 1 {
		t.Errorf("FitOnePage warned %q, Write %q", warning, warns)
	}
	return buf.Bytes(), fitted, warns
}

// grow returns manyRoles(n) for the least n at which the compact theme
// with opts needs more than one page.
func grow(t testing.TB, opts Options) *resume.Resume {
	t.Helper()
	for n := 1; n < 60; n++ {
		if r := manyRoles(n); laidOut(t, r, opts) > 1 {
			return r
		}
	}
	t.Fatal("never more than one page")
	return nil
}

func TestCompactFitsShortOnOnePage(t *testing.T) {
	r := manyRoles(3)
	data, fitted, warns := compactWrite(t, r, style.Options{})
	if len(warns) > 0 || fitted.Spacing != 0 || fitted.FontSize != 0 || fitted.Margins != (style.Margins{}) {
		t.Errorf("a short resume was shrunk: %+v %q", fitted.Options, warns)
	}
	if n := len(pages(t, data)); n != 1 {
		t.Errorf("%d pages", n)
	}
}

// TestCompactShrinksSpacingFirst: a resume one role longer than the
// compact theme's page fits once the space between blocks and the
// margins close up, at the theme's own font size.
func TestCompactShrinksSpacingFirst(t *testing.T) {
	compact := Options{Options: style.Options{Theme: style.ThemeCompact}}
	r := grow(t, compact)
	data, fitted, warns := compactWrite(t, r, style.Options{})
	if len(warns) > 0 {
		t.Fatalf("warned: %q", warns)
	}
	if n := len(pages(t, data)); n != 1 {
		t.Fatalf("%d pages after the fit (%+v)", n, fitted.Options)
	}
	res := fitted.Resolve()
	if res.FontSize != 9.5 {
		t.Errorf("the font shrank to %g pt although closing up the space was enough", res.FontSize)
	}
	if !(res.Design.Spacing < 0.7 || res.Margins.Top < 36) {
		t.Errorf("nothing shrank: %+v", fitted.Options)
	}
	// Text is the same in both: the fit changes sizes, never words.
	plain := write(t, r, Options{Options: style.Options{Theme: style.ThemeCompact, Spacing: 1}})
	if got, want := squash(plainText(t, data)), squash(plainText(t, plain)); got != want {
		t.Errorf("the fitted text differs:\n%s\n%s", got, want)
	}
}

// TestCompactShrinksFontLast: a resume that still needs two pages at
// the tightest spacing and margins fits at a smaller font size, and
// only then is the font shrunk.
func TestCompactShrinksFontLast(t *testing.T) {
	tight := Options{Options: style.Options{Theme: style.ThemeCompact, Spacing: style.FitMinSpacing,
		Margins: style.Margins{Top: style.FitMinMargin, Right: style.FitMinMargin, Bottom: style.FitMinMargin, Left: style.FitMinMargin}}}
	r := grow(t, tight)
	data, fitted, warns := compactWrite(t, r, style.Options{})
	if len(warns) > 0 {
		t.Skipf("this resume does not fit even at %g pt: %q", style.FitMinFontSize, warns)
	}
	if n := len(pages(t, data)); n != 1 {
		t.Fatalf("%d pages after the fit (%+v)", n, fitted.Options)
	}
	res := fitted.Resolve()
	if res.FontSize >= 9.5 || res.FontSize < style.FitMinFontSize {
		t.Errorf("font %g pt, want below 9.5 and at least %g", res.FontSize, style.FitMinFontSize)
	}
	if res.Design.Spacing != style.FitMinSpacing || res.Margins.Top != style.FitMinMargin {
		t.Errorf("the font shrank before the spacing (%g) and margins (%g) reached their floors", res.Design.Spacing, res.Margins.Top)
	}
}

// TestCompactLongWarns: a resume too long for one page at the smallest
// settings is written whole, at the theme's own sizes, with a warning
// that gives the page count.
func TestCompactLongWarns(t *testing.T) {
	r := manyRoles(40)
	data, fitted, warns := compactWrite(t, r, style.Options{})
	if len(warns) != 1 || !strings.HasPrefix(warns[0], "compact theme: the resume needs ") || !strings.Contains(warns[0], " pages even at the smallest settings (8.5 pt text") {
		t.Fatalf("warnings %q", warns)
	}
	if fitted.FontSize != 0 || fitted.Spacing != 0 {
		t.Errorf("shrunk although it cannot fit: %+v", fitted.Options)
	}
	want := write(t, r, Options{Options: style.Options{Theme: style.ThemeCompact}})
	if !bytes.Equal(data, want) {
		t.Error("the unfitted document differs from the theme's own")
	}
	for _, p := range []string{"Position 0", "Position 39"} {
		if !strings.Contains(plainText(t, data), p) {
			t.Errorf("%s is missing", p)
		}
	}
}

// TestCompactFitKeepsSetOptions: what the options set is never shrunk.
func TestCompactFitKeepsSetOptions(t *testing.T) {
	r := manyRoles(12)
	_, fitted, _ := compactWrite(t, r, style.Options{FontSize: 9.5, Spacing: 0.7})
	if fitted.FontSize != 9.5 || fitted.Spacing != 0.7 {
		t.Errorf("set options changed: %+v", fitted.Options)
	}
	// The other themes never fit.
	for _, th := range []string{style.ThemeClassic, style.ThemeModern, style.ThemeSerif} {
		var warns []string
		o := Options{Options: style.Options{Theme: th, Warn: func(m string) { warns = append(warns, m) }}}
		if got, w, err := FitOnePage(manyRoles(40), o); err != nil || w != "" || got.Theme != th {
			t.Errorf("%s: %v %q", th, err, w)
		}
		if err := Write(io.Discard, manyRoles(40), o); err != nil || len(warns) > 0 {
			t.Errorf("%s: %v %q", th, err, warns)
		}
	}
}

// TestCompactFitDeterministic: the same input gives the same bytes.
func TestCompactFitDeterministic(t *testing.T) {
	r := grow(t, Options{Options: style.Options{Theme: style.ThemeCompact}})
	a, _, _ := compactWrite(t, r, style.Options{PageNumbers: true})
	b, _, _ := compactWrite(t, r.Clone(), style.Options{PageNumbers: true})
	if !bytes.Equal(a, b) {
		t.Fatal("two writes differ")
	}
}

func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// BenchmarkWriteCompactFit writes a resume a little over a page in the
// compact theme, which the fit closes up to one page (a binary search
// over the steps).
func BenchmarkWriteCompactFit(b *testing.B) {
	r := grow(b, Options{Options: style.Options{Theme: style.ThemeCompact}})
	opts := Options{Options: style.Options{Theme: style.ThemeCompact, PageNumbers: true}}
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, r, opts); err != nil {
			b.Fatal(err)
		}
	}
}
