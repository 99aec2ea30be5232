package docx_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/export/docx"
	"github.com/resumekit/resumekit/export/pdf"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/resume"
)

// roles returns a resume of n roles with two highlights each.
func roles(n int) *resume.Resume {
	r := &resume.Resume{Basics: resume.Basics{Name: "Fit Test", Email: "fit@example.com"}}
	for i := range n {
		r.Work = append(r.Work, resume.Employer{Name: fmt.Sprintf("Company %d", i), Roles: []resume.Role{{
			Position: fmt.Sprintf("Engineer %d", i), StartDate: resume.YearMonth(2000+i, 1), EndDate: resume.YearMonth(2001+i, 1),
			Highlights: []string{"Shipped a service that " + strings.Repeat("scaled and stayed up ", 4), "Mentored two engineers"}}}})
	}
	return r
}

// TestCompactFit: the DOCX takes the settings the PDF layout's one-page
// fit chooses (a resume a little over a page is closed up), and warns,
// writing the theme's own sizes, when nothing fits one page.
func TestCompactFit(t *testing.T) {
	compact := style.Options{Theme: style.ThemeCompact}
	var medium *resume.Resume
	var fitted pdf.Options
	for n := 1; n < 40 && medium == nil; n++ {
		r := roles(n)
		f, w, err := pdf.FitOnePage(r, pdf.Options{Options: compact})
		if err != nil {
			t.Fatal(err)
		}
		if w == "" && (f.Spacing != 0 || f.Margins != (style.Margins{}) || f.FontSize != 0) {
			medium, fitted = r, f
		}
	}
	if medium == nil {
		t.Fatal("no resume that needs the fit")
	}
	var warns []string
	o := compact
	o.Warn = func(m string) { warns = append(warns, m) }
	got := write(t, medium, docx.Options{Options: o})
	if len(warns) > 0 {
		t.Errorf("warned: %q", warns)
	}
	want := write(t, medium, docx.Options{Options: fitted.Options})
	if !bytes.Equal(got, want) {
		t.Errorf("the DOCX does not take the fitted settings %+v", fitted.Options)
	}
	unfitted := compact
	unfitted.Spacing = 0.7 // set: the fit leaves it, and the margins and font
	unfitted.Margins = style.Margins{Top: 36, Right: 36, Bottom: 36, Left: 36}
	unfitted.FontSize = 9.5
	if bytes.Equal(got, write(t, medium, docx.Options{Options: unfitted})) {
		t.Error("the fit changed nothing")
	}

	long := roles(60)
	warns = nil
	got = write(t, long, docx.Options{Options: o})
	if len(warns) != 1 || !strings.HasPrefix(warns[0], "compact theme: the resume needs ") {
		t.Errorf("warnings %q", warns)
	}
	if !bytes.Equal(got, write(t, long, docx.Options{Options: compact})) {
		t.Error("the long resume is not written at the theme's own sizes")
	}
	if !bytes.Equal(got, write(t, long.Clone(), docx.Options{Options: o})) {
		t.Error("two writes differ")
	}
}
