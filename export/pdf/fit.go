package pdf

import (
	"fmt"
	"strconv"

	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/resume"
)

// FitOnePage returns the options the one-page fit of the theme (the
// compact theme's, style.Design.FitOnePage) chooses for r: the roomiest of
// style.FitSteps(opts.Options) whose layout, in this writer's fonts, fits
// on one page. When even the tightest needs more, it returns opts
// unchanged (the theme's own sizes: shrinking would not save the second
// page) and a warning that says how many pages the smallest settings
// need. For a theme without the fit it returns opts and "".
//
// Write calls it for PDF; the DOCX writer of package export calls it too,
// since the DOCX names fonts with the same metrics (an estimate: Word
// lays the document out itself). Its errors are those of Write for
// options it cannot use; characters no font has are not an error here.
func FitOnePage(r *resume.Resume, opts Options) (fitted Options, warning string, err error) {
	if r == nil {
		return opts, "", ErrNilResume
	}
	res := opts.Resolve()
	if !res.Design.FitOnePage {
		return opts, "", nil
	}
	if err := validate(res); err != nil {
		return opts, "", err
	}
	fam, ok := family(res.FontFamily)
	if !ok {
		return opts, "", nil // Write reports the family
	}
	fs, err := newFontSet(fam, opts.FallbackFonts)
	if err != nil {
		return opts, "", err
	}
	fitted, warning, _ = fitOnePage(r, opts, fs)
	return fitted, warning, nil
}

// fitOnePage is FitOnePage with the document's font set. It lays the
// resume out at most 2 + log2(steps) times: the theme's own settings,
// the tightest, then a binary search between them. When the answer is
// opts unchanged it also returns the layout made with them, for Write.
func fitOnePage(r *resume.Resume, opts Options, fs *fontSet) (Options, string, *builder) {
	steps := style.FitSteps(opts.Options)
	at := func(i int) Options {
		o := opts
		o.Options = steps[i]
		return o
	}
	// The theme's own settings, laid out as Write would.
	own := newBuilder(r, opts.Resolve(), opts, fs)
	own.document()
	if len(own.pages) <= 1 {
		return opts, "", own
	}
	pages := func(i int) int {
		o := at(i)
		// Page numbers take no room (they sit in the margin) and
		// would add their digits to the fonts' subsets.
		o.PageNumbers, o.Options.PageNumbers = false, false
		b := newBuilder(r, o.Resolve(), o, fs)
		b.document()
		return len(b.pages)
	}
	last := len(steps) - 1
	if n := pages(last); n > 1 {
		t := at(last).Resolve()
		return opts, fmt.Sprintf("compact theme: the resume needs %d pages even at the smallest settings (%s pt text, %s pt margins, spacing %s); it is written at the theme's own sizes; shorten it to fit one page, or choose another theme",
			n, num(t.FontSize), num(t.Margins.Top), num(t.Design.Spacing)), own
	}
	lo, hi := 0, last // pages(lo) > 1, pages(hi) == 1
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if pages(mid) <= 1 {
			hi = mid
		} else {
			lo = mid
		}
	}
	return at(hi), "", nil
}

// num prints a size without trailing zeros.
func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
