package extract

import (
	"bufio"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/resumekit/resumekit/internal/limits"
)

// This file is a small DOCX reader of our own (encoding/xml tokens over a
// bounded zip). It shares nothing with the DOCX writer on purpose: a bug
// in both halves must not cancel out. It reads only what Word shows:
// document.xml, the headers and footers it references, and footnotes. It
// never reads docProps/, customXml/ or other hidden parts.

// docx relationship types, matched by suffix so that both the transitional
// and the strict OOXML namespaces work.
const (
	relOfficeDocument = "/officeDocument"
	relStyles         = "/styles"
	relHeader         = "/header"
	relFooter         = "/footer"
	relFootnotes      = "/footnotes"
	relEndnotes       = "/endnotes"
)

type docxStyle struct {
	name    string
	basedOn string
	list    bool // the style carries a numbering (List Bullet, ...)
	outline int  // outline level + 1; 0 for none
	bold    bool
}

type docxReader struct {
	ctx      context.Context
	z        *limits.Zip
	opts     Options
	doc      *Document
	styles   map[string]docxStyle
	tokens   int
	tables   int
	boxes    int
	hidden   int
	partName string
	budget   *textBudget
	over     error // set once the text budget is exhausted
}

type relationship struct {
	id, typ, target string
}

func readDOCX(ctx context.Context, data []byte, o Options) (*Document, error) {
	z, err := limits.OpenZip(data, limits.ZipLimits{MaxEntries: o.MaxZipEntries, MaxTotal: o.MaxUnzipSize, MaxEntry: maxXMLPart, MaxRead: maxXMLRead})
	if err != nil {
		return nil, zipError(err)
	}
	r := &docxReader{ctx: ctx, z: z, opts: o, doc: &Document{Format: string(FormatDOCX)}, styles: map[string]docxStyle{}, budget: newTextBudget(o)}
	main := "word/document.xml"
	if rels, err := r.rels("_rels/.rels"); err == nil {
		for _, rel := range rels {
			if strings.HasSuffix(rel.typ, relOfficeDocument) {
				main = resolvePart("", rel.target)
				break
			}
		}
	}
	if !z.Has(main) {
		if z.Has("word/document.xml") {
			main = "word/document.xml"
		} else {
			return nil, fmt.Errorf("%w: no main document part (word/document.xml) in the DOCX", ErrMalformed)
		}
	}
	dir := path.Dir(main)
	rels, _ := r.rels(path.Join(dir, "_rels", path.Base(main)+".rels"))
	var headers, footers, notes []string
	stylesPart := path.Join(dir, "styles.xml")
	for _, rel := range rels {
		target := resolvePart(dir, rel.target)
		switch {
		case strings.HasSuffix(rel.typ, relStyles):
			stylesPart = target
		case strings.HasSuffix(rel.typ, relHeader):
			headers = append(headers, target)
		case strings.HasSuffix(rel.typ, relFooter):
			footers = append(footers, target)
		case strings.HasSuffix(rel.typ, relFootnotes), strings.HasSuffix(rel.typ, relEndnotes):
			notes = append(notes, target)
		}
	}
	if z.Has(stylesPart) {
		if err := r.readStyles(stylesPart); err != nil {
			return nil, err
		}
	}
	// Headers first (where an ATS that reads them puts them), then the
	// body, then footers and notes. Identical header/footer lines from
	// first-page, even and default variants are read once.
	var headLines, footLines []Line
	for _, h := range headers {
		ls, err := r.readPart(h, Header)
		if err != nil {
			return nil, err
		}
		headLines = appendUnique(headLines, ls)
	}
	body, err := r.readPart(main, Body)
	if err != nil {
		return nil, err
	}
	for _, f := range footers {
		ls, err := r.readPart(f, Footer)
		if err != nil {
			return nil, err
		}
		footLines = appendUnique(footLines, ls)
	}
	var noteLines []Line
	for _, n := range notes {
		ls, err := r.readPart(n, Footnote)
		if err != nil {
			return nil, err
		}
		noteLines = append(noteLines, ls...)
	}
	d := r.doc
	d.Lines = append(d.Lines, headLines...)
	d.Lines = append(d.Lines, body...)
	d.Lines = append(d.Lines, footLines...)
	d.Lines = append(d.Lines, noteLines...)
	if len(headLines)+len(footLines) > 0 {
		contact := false
		for _, l := range append(append([]Line{}, headLines...), footLines...) {
			if hasContact(l.Text) {
				contact = true
				break
			}
		}
		if contact {
			d.warn(HeaderFooterContact, 0, "contact details sit in the page header or footer; many ATS ignore headers and footers, so put them in the body")
		} else {
			d.warn(HeaderFooterText, 0, "the page header or footer holds text; many ATS ignore it")
		}
	}
	if r.tables > 0 {
		d.warn(Table, 0, "%d table(s): many ATS scramble or drop table cells; use plain paragraphs and tab stops", r.tables)
	}
	if r.boxes > 0 {
		d.warn(TextBoxes, 0, "%d text box(es): many ATS skip text boxes and shapes; put the text in the body", r.boxes)
	}
	if r.hidden > 0 {
		d.warn(HiddenContent, 0, "%d run(s) of hidden text (w:vanish) were skipped; an ATS may still read them", r.hidden)
	}
	return d, nil
}

func appendUnique(dst, src []Line) []Line {
	seen := map[string]bool{}
	for _, l := range dst {
		seen[l.Text] = true
	}
	for _, l := range src {
		if !seen[l.Text] {
			seen[l.Text] = true
			dst = append(dst, l)
		}
	}
	return dst
}

var (
	emailRE = lazyRE(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`)
	phoneRE = lazyRE(`\+?\(?\d[\d\s().-]{6,}\d`)
	urlRE   = lazyRE(`(?i)(https?://|www\.|linkedin\.com|github\.com)`)
)

func hasContact(s string) bool {
	return emailRE().MatchString(s) || phoneRE().MatchString(s) || urlRE().MatchString(s)
}

func zipError(err error) error {
	if errors.Is(err, limits.ErrLimit) {
		return fmt.Errorf("%w: %v", ErrTooLarge, err)
	}
	return fmt.Errorf("%w: %v", ErrMalformed, err)
}

// resolvePart resolves a relationship target against the source part's
// directory.
func resolvePart(dir, target string) string {
	target = strings.ReplaceAll(target, "\\", "/")
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Clean(path.Join("/", dir, target)), "/")
}

func (r *docxReader) open(part string) (*limits.XMLDecoder, error) {
	// Streamed, not read whole: a part may inflate to maxXMLPart.
	rd, err := r.z.Open(part)
	if err != nil {
		if errors.Is(err, limits.ErrLimit) {
			return nil, &Error{Part: part, Err: fmt.Errorf("%w: %v", ErrTooLarge, err)}
		}
		return nil, &Error{Part: part, Err: fmt.Errorf("%w: %v", ErrMalformed, err)}
	}
	r.partName = part
	return limits.NewXMLDecoder(bufio.NewReaderSize(rd, 32<<10), r.opts.MaxXMLDepth), nil
}

func (r *docxReader) xmlErr(part string, dec *limits.XMLDecoder, err error) error {
	if errors.Is(err, limits.ErrLimit) {
		return &Error{Part: part, Err: fmt.Errorf("%w: %v", ErrTooLarge, err)}
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return &Error{Part: part, Err: fmt.Errorf("%w: %w", ErrTimeout, err)}
	}
	return &Error{Part: part, Err: fmt.Errorf("%w: line %d: %v", ErrMalformed, dec.Line(), err)}
}

func attr(se xml.StartElement, local string) (string, bool) {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

// on reports whether a toggle property (w:b, w:vanish) is on.
func on(se xml.StartElement) bool {
	v, ok := attr(se, "val")
	if !ok {
		return true
	}
	switch strings.ToLower(v) {
	case "0", "false", "off", "none":
		return false
	}
	return true
}

func (r *docxReader) rels(part string) ([]relationship, error) {
	if !r.z.Has(part) {
		return nil, limits.ErrNotFound
	}
	dec, err := r.open(part)
	if err != nil {
		return nil, err
	}
	var out []relationship
	for {
		t, err := dec.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, r.xmlErr(part, dec, err)
		}
		if se, ok := t.(xml.StartElement); ok && se.Name.Local == "Relationship" {
			var rel relationship
			rel.id, _ = attr(se, "Id")
			rel.typ, _ = attr(se, "Type")
			rel.target, _ = attr(se, "Target")
			if mode, _ := attr(se, "TargetMode"); mode == "External" {
				continue
			}
			out = append(out, rel)
		}
	}
}

func (r *docxReader) readStyles(part string) error {
	dec, err := r.open(part)
	if err != nil {
		return err
	}
	var cur string
	var st docxStyle
	inRPr := false
	for {
		t, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return r.xmlErr(part, dec, err)
		}
		switch t := t.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "style":
				cur, _ = attr(t, "styleId")
				st = docxStyle{}
			case "name":
				if cur != "" {
					st.name, _ = attr(t, "val")
				}
			case "basedOn":
				st.basedOn, _ = attr(t, "val")
			case "numId":
				if v, _ := attr(t, "val"); v != "" && v != "0" {
					st.list = true
				}
			case "outlineLvl":
				if v, err := strconv.Atoi(func() string { s, _ := attr(t, "val"); return s }()); err == nil && v >= 0 && v < 9 {
					st.outline = v + 1
				}
			case "rPr":
				inRPr = true
			case "b":
				if inRPr && cur != "" {
					st.bold = on(t)
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "style":
				if cur != "" && len(r.styles) < 10000 {
					r.styles[cur] = st
				}
				cur = ""
			case "rPr":
				inRPr = false
			}
		}
	}
}

// style resolves a style id through basedOn (bounded) into the facts we
// use.
func (r *docxReader) style(id string) (name string, heading int, list, bold bool) {
	seen := 0
	for cur := id; cur != "" && seen < 16; seen++ {
		st, ok := r.styles[cur]
		if !ok {
			break
		}
		if name == "" {
			name = st.name
		}
		if st.list {
			list = true
		}
		if st.bold {
			bold = true
		}
		if heading == 0 {
			heading = headingFromName(st.name)
			if heading == 0 && st.outline > 0 {
				heading = min(st.outline+1, 6)
			}
		}
		cur = st.basedOn
	}
	if name == "" {
		name = id
	}
	if heading == 0 {
		heading = headingFromName(name)
	}
	return uiName(name), heading, list, bold
}

// uiName spells built-in style names the way Word shows them: styles.xml
// stores "heading 1", Word and python-docx say "Heading 1".
func uiName(n string) string {
	if n != strings.ToLower(n) {
		return n
	}
	words := strings.Fields(n)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

// headingFromName maps style names to the Line.Heading hint: Title → 1,
// Heading 1 → 2, Heading 2 → 3, and so on to 6.
func headingFromName(n string) int {
	l := strings.ToLower(strings.TrimSpace(n))
	l = strings.ReplaceAll(l, " ", "")
	switch {
	case l == "title":
		return 1
	case strings.HasPrefix(l, "heading"):
		lvl, err := strconv.Atoi(strings.TrimPrefix(l, "heading"))
		if err != nil {
			return 0
		}
		return min(max(lvl, 1)+1, 6)
	}
	return 0
}

// docxPara collects one paragraph's text while its tokens are read.
type docxPara struct {
	lines  []strings.Builder
	style  string
	head   int
	list   bool
	bold   int // runs with text that are bold
	runs   int // runs with text
	source Source
	// styleBold: the paragraph style is bold, so runs without their own
	// w:b are bold too.
	styleBold bool
}

func (p *docxPara) cur() *strings.Builder {
	if len(p.lines) == 0 {
		p.lines = append(p.lines, strings.Builder{})
	}
	return &p.lines[len(p.lines)-1]
}

// readPart reads a body-like part (document, header, footer, notes).
func (r *docxReader) readPart(part string, src Source) ([]Line, error) {
	dec, err := r.open(part)
	if err != nil {
		return nil, err
	}
	var out []Line
	err = r.blocks(dec, src, &out, "")
	if r.over != nil {
		return nil, &Error{Part: part, Err: r.over}
	}
	if err != nil && err != io.EOF {
		return nil, r.xmlErr(part, dec, err)
	}
	return out, nil
}

func (r *docxReader) tick() error {
	if r.over != nil {
		return r.over
	}
	r.tokens++
	if r.tokens%4096 == 0 {
		return r.ctx.Err()
	}
	return nil
}

// blocks reads block content (paragraphs, tables, structured tags) until
// the element named end closes (or EOF when end is "").
func (r *docxReader) blocks(dec *limits.XMLDecoder, src Source, out *[]Line, end string) error {
	depth := dec.Depth()
	for {
		if err := r.tick(); err != nil {
			return err
		}
		t, err := dec.Token()
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "p":
				if err := r.paragraph(dec, src, out); err != nil {
					return err
				}
			case "tbl":
				r.tables++
				if err := r.blocks(dec, TableCell, out, "tbl"); err != nil {
					return err
				}
			case "footnote", "endnote":
				if typ, _ := attr(t, "type"); typ == "separator" || typ == "continuationSeparator" || typ == "continuationNotice" {
					if err := dec.Skip(); err != nil {
						return err
					}
				}
			case "del", "moveFrom", "Fallback", "sdtPr", "pPr", "rPr", "sectPr", "tblPr", "tblGrid", "trPr", "tcPr":
				if err := dec.Skip(); err != nil {
					return err
				}
			}
		case xml.EndElement:
			if end != "" && t.Name.Local == end && dec.Depth() < depth {
				return nil
			}
		}
	}
}

// paragraph reads one w:p (its start tag already read) and appends its
// lines, then the lines of any text boxes anchored in it.
func (r *docxReader) paragraph(dec *limits.XMLDecoder, src Source, out *[]Line) error {
	p := &docxPara{source: src}
	var boxes []Line
	depth := dec.Depth()
	inRun := false
	runBold, runHidden := false, false
	inField := false // between fldChar begin and separate: instruction text
	for {
		if err := r.tick(); err != nil {
			return err
		}
		t, err := dec.Token()
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "pPr":
				if err := r.paraProps(dec, p); err != nil {
					return err
				}
			case "r":
				inRun, runBold, runHidden = true, false, false
			case "rPr":
				if inRun {
					b, h, err := runProps(dec)
					if err != nil {
						return err
					}
					runBold, runHidden = b, h
					if h {
						r.hidden++
					}
				} else if err := dec.Skip(); err != nil {
					return err
				}
			case "t":
				text, err := charData(dec)
				if err != nil {
					return err
				}
				if inRun && !runHidden && !inField {
					p.cur().WriteString(text)
					if strings.TrimSpace(text) != "" {
						p.runs++
						if runBold {
							p.bold++
						}
					}
				}
			case "tab", "ptab":
				if inRun && !runHidden && !inField {
					p.cur().WriteByte('\t')
				}
			case "br", "cr":
				if inRun && !runHidden && !inField {
					p.lines = append(p.lines, strings.Builder{})
				}
			case "noBreakHyphen":
				if inRun && !runHidden {
					p.cur().WriteByte('-')
				}
			case "sym":
				if c, ok := attr(t, "char"); ok && inRun && !runHidden {
					if v, err := strconv.ParseUint(c, 16, 32); err == nil {
						p.cur().WriteRune(rune(v))
					}
				}
			case "fldChar":
				switch typ, _ := attr(t, "fldCharType"); typ {
				case "begin":
					inField = true
				case "separate", "end":
					inField = false
				}
			case "txbxContent":
				r.boxes++
				if err := r.blocks(dec, TextBox, &boxes, "txbxContent"); err != nil {
					return err
				}
			case "del", "moveFrom", "Fallback", "instrText", "delText", "delInstrText":
				if err := dec.Skip(); err != nil {
					return err
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "r":
				inRun = false
			case "p":
				if dec.Depth() < depth {
					r.emit(p, out)
					*out = append(*out, boxes...)
					return nil
				}
			}
		}
	}
}

func (r *docxReader) emit(p *docxPara, out *[]Line) {
	bold := p.runs > 0 && (p.bold == p.runs || p.styleBold)
	for i := range p.lines {
		text := p.lines[i].String()
		if strings.TrimSpace(text) == "" {
			continue
		}
		if r.over = r.budget.add(text); r.over != nil {
			return
		}
		l := Line{Text: text, Style: p.style, Heading: p.head, Bold: bold, Source: p.source}
		if i == 0 && p.list {
			l.ListItem = true
			l.Text = "• " + strings.TrimLeft(text, " \t")
		}
		*out = append(*out, l)
	}
}

func (r *docxReader) paraProps(dec *limits.XMLDecoder, p *docxPara) error {
	depth := dec.Depth()
	for {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "pStyle":
				id, _ := attr(t, "val")
				name, head, list, bold := r.style(id)
				p.style, p.head, p.styleBold = name, head, bold
				if list {
					p.list = true
				}
			case "numId":
				if v, _ := attr(t, "val"); v != "" && v != "0" {
					p.list = true
				} else {
					p.list = false
				}
			case "outlineLvl":
				if v, err := strconv.Atoi(func() string { s, _ := attr(t, "val"); return s }()); err == nil && v >= 0 && v < 9 && p.head == 0 {
					p.head = min(v+2, 3)
				}
			case "rPr", "pPrChange", "sectPr":
				if err := dec.Skip(); err != nil {
					return err
				}
			}
		case xml.EndElement:
			if dec.Depth() < depth {
				return nil
			}
		}
	}
}

func runProps(dec *limits.XMLDecoder) (bold, hidden bool, err error) {
	depth := dec.Depth()
	for {
		t, err := dec.Token()
		if err != nil {
			return bold, hidden, err
		}
		switch t := t.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "b":
				bold = on(t)
			case "vanish":
				hidden = on(t)
			case "rPrChange":
				if err := dec.Skip(); err != nil {
					return bold, hidden, err
				}
			}
		case xml.EndElement:
			if dec.Depth() < depth {
				return bold, hidden, nil
			}
		}
	}
}

// charData reads the text of the element just started, up to its end.
func charData(dec *limits.XMLDecoder) (string, error) {
	var b strings.Builder
	depth := dec.Depth()
	for {
		t, err := dec.Token()
		if err != nil {
			return b.String(), err
		}
		switch t := t.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.EndElement:
			if dec.Depth() < depth {
				return b.String(), nil
			}
		}
	}
}
