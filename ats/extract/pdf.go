package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"

	"github.com/ledongthuc/pdf"
)

// Limits inside one PDF, beyond Options.
const (
	maxTreeDepth      = 64       // nesting of /Pages nodes
	maxTreeNodes      = 20000    // nodes visited while walking the page tree
	maxContentBytes   = 4 << 20  // decoded content bytes for one page, forms included
	maxDocContent     = 16 << 20 // decoded content bytes for the whole document
	maxToUnicode      = 1 << 20  // decoded bytes of one font's ToUnicode CMap
	maxFonts          = 512      // distinct fonts loaded from one document
	maxFormDepth      = 8        // nested form XObjects
	maxGlyphsPerPage  = 100000
	ctxCheckEveryOps  = 1024
	tinyTextPoints    = 2.0 // text smaller than this is "tiny"
	outsidePageMargin = 2.0 // points of tolerance for "outside the page"
)

// pdfPage is one leaf of the page tree with its inherited attributes,
// collected by our own walk (the library's Page(n) and findInherited loop
// forever on cyclic trees).
type pdfPage struct {
	v         pdf.Value
	resources pdf.Value
	box       [4]float64 // llx lly urx ury of the CropBox (or MediaBox)
}

// objID identifies an indirect object so that the page-tree walk can keep
// a visited set. ledongthuc/pdf does not export object numbers, so it is
// read by reflection from the Value's ptr field; ok is false if the
// library's layout ever changes (the walk then relies on its depth and
// node limits alone).
func objID(v pdf.Value) (uint64, bool) {
	rv := reflect.ValueOf(v)
	p := rv.FieldByName("ptr")
	if !p.IsValid() || p.Kind() != reflect.Struct || p.NumField() < 2 {
		return 0, false
	}
	id, gen := p.Field(0), p.Field(1)
	if !id.CanUint() || !gen.CanUint() {
		return 0, false
	}
	return id.Uint()<<16 | gen.Uint(), true
}

// kidIsRef reports whether the i-th element of the array v is an indirect
// reference (as Kids entries must be) rather than a direct dictionary.
func kidIsRef(v pdf.Value, i int) bool {
	d := reflect.ValueOf(v).FieldByName("data")
	if !d.IsValid() || d.Kind() != reflect.Interface || d.IsNil() {
		return true
	}
	a := d.Elem()
	if a.Kind() != reflect.Slice || i >= a.Len() {
		return true
	}
	e := a.Index(i)
	if e.Kind() == reflect.Interface && !e.IsNil() {
		return e.Elem().Type().Name() == "objptr"
	}
	return true
}

// guard runs f, turning a panic into an error naming the page.
func guard(page int, what string, f func()) (err error) {
	defer func() {
		if x := recover(); x != nil {
			if e, ok := x.(error); ok && (errors.Is(e, context.DeadlineExceeded) || errors.Is(e, context.Canceled)) {
				err = &Error{Page: page, Err: fmt.Errorf("%w: %w", ErrTimeout, e)}
				return
			}
			err = &Error{Page: page, Err: fmt.Errorf("%w: %s: %v", ErrMalformed, what, x)}
		}
	}()
	f()
	return nil
}

func readPDF(ctx context.Context, data []byte, o Options) (*Document, error) {
	// The library wants the header at offset 0; some files carry junk first.
	if i := bytes.Index(data, []byte("%PDF-")); i > 0 {
		data = data[i:]
	}
	if err := precheckPDF(data); err != nil {
		return nil, err
	}
	var r *pdf.Reader
	var err error
	if gerr := guard(0, "opening the file", func() {
		r, err = pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	}); gerr != nil {
		return nil, gerr
	}
	if err != nil {
		if errors.Is(err, pdf.ErrInvalidPassword) || strings.Contains(err.Error(), "encrypt") {
			return nil, fmt.Errorf("%w: %v (remove the password and export it again)", ErrEncrypted, err)
		}
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if gerr := guard(0, "checking the object streams", func() { err = checkObjectStreams(r, data) }); gerr != nil {
		return nil, gerr
	}
	if err != nil {
		return nil, err
	}
	doc := &Document{Format: string(FormatPDF)}
	var encrypted bool
	var pages []pdfPage
	if gerr := guard(0, "reading the page tree", func() {
		encrypted = !r.Trailer().Key("Encrypt").IsNull()
		pages, err = walkPages(ctx, r, o)
	}); gerr != nil {
		return nil, gerr
	}
	if err != nil {
		return nil, err
	}
	if encrypted {
		doc.warn(Encrypted, 0, "the PDF is encrypted (with an empty password); some ATS refuse encrypted files")
	}
	if n := badStreamLengths(data); n > 0 {
		doc.warn(Damaged, 0, "%d stream(s) declare a /Length that does not match their data: the file is damaged; export it again", n)
	}
	doc.Pages = len(pages)
	budget, counted := newTextBudget(o), 0
	fonts := newFontCache()
	fonts.content = maxDocContent
	var buf []glyph
	cols := make([]pageCols, len(pages)) // pages of fallback text stay zero: no columns
	for i, pg := range pages {
		if err := ctx.Err(); err != nil {
			return nil, &Error{Page: i + 1, Err: fmt.Errorf("%w: %w", ErrTimeout, err)}
		}
		var res pageResult
		gerr := guard(i+1, "reading the text", func() {
			res = interpretPage(ctx, pg, fonts, buf)
		})
		if gerr != nil && errors.Is(gerr, ErrTimeout) {
			return nil, gerr
		}
		if gerr != nil || res.err != nil {
			if res.err != nil && (errors.Is(res.err, ErrTimeout) || errors.Is(res.err, ErrTooLarge)) {
				return nil, &Error{Page: i + 1, Err: res.err}
			}
			// Fall back to the library's plain text for this page.
			lines, ferr := plainTextFallback(pg, fonts)
			if ferr != nil {
				cause := gerr
				if cause == nil {
					cause = res.err
				}
				return nil, &Error{Page: i + 1, Err: fmt.Errorf("%w: %v; plain-text fallback: %v", ErrMalformed, cause, ferr)}
			}
			doc.warn(Fallback, i+1, "the page could not be laid out; its plain text was used without positions")
			for _, t := range lines {
				doc.Lines = append(doc.Lines, Line{Text: t, Page: i + 1})
			}
			continue
		}
		if len(res.glyphs) == 0 && res.images == 0 {
			// Nothing placed by our walk (an unusual font or operator):
			// ask the library for plain text before calling the page empty.
			if lines, err := plainTextFallback(pg, fonts); err == nil && len(lines) > 0 {
				doc.warn(Fallback, i+1, "the page's text could not be placed; its plain text was used without positions")
				for _, t := range lines {
					doc.Lines = append(doc.Lines, Line{Text: t, Page: i + 1})
				}
				continue
			}
		}
		start := len(doc.Lines)
		gut, columns := layoutPage(doc, i+1, pg, res)
		cols[i] = pageCols{start, len(doc.Lines), gut, columns}
		buf = res.glyphs
		if err := budget.addLines(doc.Lines[counted:]); err != nil {
			return nil, &Error{Page: i + 1, Err: err}
		}
		counted = len(doc.Lines)
	}
	flowSidebars(doc, cols)
	markFurniture(doc, pages)
	return doc, nil
}

// walkPages collects the leaves of the page tree in order, refusing trees
// that contain themselves, /Parent cycles, absurd /Count values and more
// pages than o.MaxPages, before any library page function is called.
func walkPages(ctx context.Context, r *pdf.Reader, o Options) ([]pdfPage, error) {
	root := r.Trailer().Key("Root")
	if root.IsNull() {
		return nil, fmt.Errorf("%w: no document catalog (/Root)", ErrMalformed)
	}
	top := root.Key("Pages")
	if top.IsNull() {
		return nil, fmt.Errorf("%w: no page tree (/Root /Pages)", ErrMalformed)
	}
	if n := top.Key("Count").Int64(); o.MaxPages > 0 && n > int64(o.MaxPages) {
		return nil, fmt.Errorf("%w: the page tree declares /Count %d, the limit is %d (raise it with MaxPages)", ErrTooManyPages, n, o.MaxPages)
	} else if n < 0 {
		return nil, fmt.Errorf("%w: the page tree declares /Count %d", ErrMalformed, n)
	}
	var pages []pdfPage
	visited := map[uint64]bool{}
	nodes := 0
	var walk func(v pdf.Value, res pdf.Value, box [4]float64, hasBox bool, depth int) error
	walk = func(v pdf.Value, res pdf.Value, box [4]float64, hasBox bool, depth int) error {
		nodes++
		if nodes > maxTreeNodes {
			return fmt.Errorf("%w: the page tree has more than %d nodes", ErrMalformed, maxTreeNodes)
		}
		if depth > maxTreeDepth {
			return fmt.Errorf("%w: the page tree is nested deeper than %d levels (is it cyclic?)", ErrMalformed, maxTreeDepth)
		}
		if nodes%256 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("%w: %w", ErrTimeout, err)
			}
		}
		if rr := v.Key("Resources"); !rr.IsNull() {
			res = rr
		}
		if b, ok := readBox(v.Key("CropBox")); ok {
			box, hasBox = b, true
		} else if b, ok := readBox(v.Key("MediaBox")); ok {
			box, hasBox = b, true
		}
		kids := v.Key("Kids")
		typ := v.Key("Type").Name()
		if typ == "Page" || (typ != "Pages" && kids.Kind() != pdf.Array) {
			if o.MaxPages > 0 && len(pages) >= o.MaxPages {
				return fmt.Errorf("%w: more than %d pages (raise the limit with MaxPages)", ErrTooManyPages, o.MaxPages)
			}
			if !hasBox {
				box = [4]float64{0, 0, 612, 792}
			}
			pages = append(pages, pdfPage{v: v, resources: res, box: box})
			return nil
		}
		self, selfOK := objID(v)
		for i := 0; i < kids.Len(); i++ {
			kid := kids.Index(i)
			if kid.Kind() != pdf.Dict {
				continue
			}
			if id, ok := objID(kid); ok && kidIsRef(kids, i) {
				if selfOK && id == self {
					return fmt.Errorf("%w: the page tree contains itself (object %d lists itself in /Kids)", ErrMalformed, id>>16)
				}
				if visited[id] {
					return fmt.Errorf("%w: the page tree is cyclic (object %d is reached twice)", ErrMalformed, id>>16)
				}
				visited[id] = true
			}
			if err := checkParentChain(kid); err != nil {
				return err
			}
			if err := walk(kid, res, box, hasBox, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	if id, ok := objID(top); ok {
		visited[id] = true
	}
	if err := checkParentChain(top); err != nil {
		return nil, err
	}
	if err := walk(top, pdf.Value{}, [4]float64{}, false, 0); err != nil {
		return nil, err
	}
	return pages, nil
}

// checkParentChain follows /Parent links from v and fails on a cycle, so
// that library functions that inherit attributes (findInherited) cannot
// loop.
func checkParentChain(v pdf.Value) error {
	seen := map[uint64]bool{}
	n := 0
	for p := v; !p.IsNull(); p = p.Key("Parent") {
		n++
		if n > maxTreeDepth+1 {
			return fmt.Errorf("%w: /Parent links are longer than %d (a /Parent cycle?)", ErrMalformed, maxTreeDepth)
		}
		if id, ok := objID(p); ok {
			if seen[id] {
				return fmt.Errorf("%w: /Parent cycle through object %d", ErrMalformed, id>>16)
			}
			seen[id] = true
		}
	}
	return nil
}

func readBox(v pdf.Value) ([4]float64, bool) {
	var b [4]float64
	if v.Kind() != pdf.Array || v.Len() < 4 {
		return b, false
	}
	for i := 0; i < 4; i++ {
		b[i] = v.Index(i).Float64()
	}
	if b[0] > b[2] {
		b[0], b[2] = b[2], b[0]
	}
	if b[1] > b[3] {
		b[1], b[3] = b[3], b[1]
	}
	if b[2]-b[0] < 1 || b[3]-b[1] < 1 || b[2]-b[0] > 20000 || b[3]-b[1] > 20000 {
		return b, false
	}
	return b, true
}

// plainTextFallback asks the library for the page's plain text; it runs
// only after our own walk has checked the tree, so findInherited is safe,
// and only on content streams and CMaps that libSafe passed, since the
// library's lexer loops forever on some damage.
func plainTextFallback(pg pdfPage, fonts *fontCache) ([]string, error) {
	var serr error
	if gerr := guard(0, "checking the page for the plain-text fallback", func() {
		serr = libSafePage(pg, fonts) // the library resolves the page's objects
	}); gerr != nil {
		return nil, gerr
	}
	if serr != nil {
		return nil, serr
	}
	var text string
	var err error
	if gerr := guard(0, "plain-text fallback", func() {
		text, err = pdf.Page{V: pg.v}.GetPlainText(nil)
	}); gerr != nil {
		return nil, gerr
	}
	if err != nil {
		return nil, err
	}
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out, nil
}

// maxPredictorColumns bounds a stream's /DecodeParms /Columns: the
// library allocates a row of that many bytes for the PNG predictor, and a
// huge count is a fatal error no recover stops.
const maxPredictorColumns = 1 << 20

// checkPredictor refuses a stream whose /DecodeParms (a dictionary or an
// array of them) ask for more predictor columns than maxPredictorColumns.
func checkPredictor(s pdf.Value) error {
	var err error
	if gerr := guard(0, "reading a stream's /DecodeParms", func() {
		p := s.Key("DecodeParms")
		params := []pdf.Value{p}
		if p.Kind() == pdf.Array {
			params = params[:0]
			for i := 0; i < p.Len() && i < 16; i++ {
				params = append(params, p.Index(i))
			}
		}
		for _, q := range params {
			if c := q.Key("Columns"); c.Kind() == pdf.Integer && (c.Int64() < 0 || c.Int64() > maxPredictorColumns) {
				err = fmt.Errorf("%w: a stream's /DecodeParms asks for %d predictor columns (at most %d)", ErrMalformed, c.Int64(), maxPredictorColumns)
				return
			}
		}
	}); gerr != nil {
		return gerr
	}
	return err
}

// readStream returns the decoded bytes of a stream (or array of streams),
// at most limit bytes.
func readStream(v pdf.Value, limit int64) ([]byte, error) {
	var buf bytes.Buffer
	var streams []pdf.Value
	if v.Kind() == pdf.Array {
		for i := 0; i < v.Len() && i < 4096; i++ {
			streams = append(streams, v.Index(i))
		}
	} else {
		streams = []pdf.Value{v}
	}
	for _, s := range streams {
		if s.Kind() != pdf.Stream {
			continue
		}
		if err := checkPredictor(s); err != nil {
			return buf.Bytes(), err
		}
		var rc io.ReadCloser
		if err := guard(0, "decoding a stream", func() { rc = s.Reader() }); err != nil {
			return buf.Bytes(), err
		}
		var err error
		gerr := guard(0, "decoding a stream", func() {
			_, err = io.Copy(&buf, io.LimitReader(rc, limit-int64(buf.Len())))
		})
		rc.Close()
		if gerr != nil {
			return buf.Bytes(), gerr
		}
		if err != nil && buf.Len() == 0 {
			return nil, err
		}
		buf.WriteByte('\n')
		if int64(buf.Len()) >= limit {
			return buf.Bytes(), fmt.Errorf("%w: a content stream inflates to more than %d bytes", ErrTooLarge, limit)
		}
	}
	return buf.Bytes(), nil
}
