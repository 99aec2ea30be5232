package extract

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTML is read with golang.org/x/net/html's tokenizer, not its tree
// builder. The tokenizer is the WHATWG one (entities, raw-text elements
// such as <script> and <style>, comments, broken markup) and works in
// constant memory; the tree builder would add the HTML5 error recovery
// that a browser applies, but its "reconstruct the active formatting
// elements" step can make hundreds of nodes out of each short tag, so a
// small hostile file could cost gigabytes. What the tree builder would
// fix up that matters here (an unclosed <p>, <li> or <td>) is handled by
// the few implied end tags below.
//
// The reader keeps its own stack of open elements, at most
// Options.MaxXMLDepth deep (DefaultMaxXMLDepth, 256): deeper nesting
// stops the read with a Truncated warning, so no input makes the stack
// grow without bound, and the work is linear in the size of the file: each
// open element records where the innermost open element of each kind the
// reader asks about sits, so no question scans the stack. Like every
// reader, it refuses a page that yields more than Options.MaxLines lines or
// Options.MaxText bytes of text (ErrTooLarge).

// htmlSkip are elements whose content is never shown on the page: the
// head, scripts and styles, templates, fallbacks and form widgets' data,
// and embedded SVG or MathML (icons; their <title> is a tooltip).
var htmlSkip = map[atom.Atom]bool{
	atom.Head: true, atom.Title: true, atom.Script: true, atom.Style: true, atom.Template: true,
	atom.Noscript: true, atom.Noembed: true, atom.Noframes: true, atom.Iframe: true, atom.Object: true,
	atom.Select: true, atom.Datalist: true, atom.Textarea: true, atom.Svg: true, atom.Math: true,
	atom.Canvas: true, atom.Audio: true, atom.Video: true, atom.Map: true,
}

// htmlBlock are elements that start and end a line.
var htmlBlock = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Body: true,
	atom.Caption: true, atom.Center: true, atom.Dd: true, atom.Details: true, atom.Dialog: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Html: true,
	atom.Legend: true, atom.Li: true, atom.Main: true, atom.Menu: true, atom.Nav: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true, atom.Table: true,
	atom.Tbody: true, atom.Td: true, atom.Tfoot: true, atom.Th: true, atom.Thead: true, atom.Tr: true,
	atom.Ul: true, atom.Option: true,
}

// htmlVoid are elements without content or end tag.
var htmlVoid = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Param: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true,
}

// htmlClosesP are start tags that end an open <p> (the HTML parsing rules).
var htmlClosesP = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Details: true,
	atom.Dialog: true, atom.Div: true, atom.Dl: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true,
	atom.Main: true, atom.Menu: true, atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Summary: true, atom.Table: true, atom.Ul: true, atom.Li: true,
	atom.Dd: true, atom.Dt: true,
}

// The kinds of open element the reader must find fast: those a start tag
// may close implicitly, the boundaries of that search, headings, and
// hidden elements. Each open element records the stack index of the
// innermost open element of each kind (-1 for none), so every question
// about the open elements is answered in constant time and no input can
// make the reader scan the stack again and again.
const (
	kP          = iota // <p>
	kLi                // <li>
	kDd                // <dd>
	kDt                // <dt>
	kTr                // <tr>
	kTd                // <td>
	kTh                // <th>
	kOption            // <option>
	kPScope            // what a <p> is not closed across: cells, tables, list items, sections, …
	kList              // <ul>, <ol>, <menu>
	kDl                // <dl>
	kTable             // <table>
	kRow               // <tr> or <table>
	kSelect            // <select>, <datalist>
	kHeading           // <h1> … <h6>
	kHidden            // a hidden element
	kHiddenBody        // a hidden element other than <head>
	kHeader            // <header> or <hgroup>: a heading group
	nKinds
)

// setKinds records e, at stack index i, as the innermost element of each
// kind it is of.
func (e *htmlElem) setKinds(i int32) {
	k := &e.in
	switch e.tag {
	case atom.P:
		k[kP] = i
	case atom.Li:
		k[kLi] = i
		k[kPScope] = i
	case atom.Dd:
		k[kDd] = i
	case atom.Dt:
		k[kDt] = i
	case atom.Tr:
		k[kTr] = i
		k[kRow] = i
	case atom.Td:
		k[kTd] = i
		k[kPScope] = i
	case atom.Th:
		k[kTh] = i
		k[kPScope] = i
	case atom.Option:
		k[kOption] = i
	case atom.Ul, atom.Ol, atom.Menu:
		k[kList] = i
	case atom.Dl:
		k[kDl] = i
	case atom.Table:
		k[kTable] = i
		k[kRow] = i
		k[kPScope] = i
	case atom.Select, atom.Datalist:
		k[kSelect] = i
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		k[kHeading] = i
	case atom.Div, atom.Section, atom.Article, atom.Header, atom.Footer, atom.Main, atom.Body,
		atom.Blockquote, atom.Caption, atom.Template, atom.Object, atom.Button, atom.Html:
		k[kPScope] = i
	}
	if e.tag == atom.Header || e.tag == atom.Hgroup {
		k[kHeader] = i
	}
	if e.hidden {
		k[kHidden] = i
		if e.tag != atom.Head {
			k[kHiddenBody] = i
		}
	}
}

// htmlElem is one open element.
type htmlElem struct {
	in [nKinds]int32 // index of the innermost open element of each kind, this one included

	tag    atom.Atom
	name   string // the name of an element without an atom
	hidden bool   // the element (and so everything in it) is not shown
	id     int32  // the element's number in the page, from 1
	gave   bool   // a list item that has given its first line
	closed bool   // a <details> without open: only its <summary> shows
}

// htmlReader turns the token stream into lines.
type htmlReader struct {
	doc    *Document
	stack  []htmlElem
	depth  int         // the most open elements (Options.MaxXMLDepth); ≤ 0: no limit
	budget *textBudget // the lines and bytes of text read so far, bounded
	over   error       // set when the page yields more than the budget
	ids    int32       // elements opened so far
	// groups holds, for each heading line, the id of the <header> or
	// <hgroup> it sits in (0 for none), by line index.
	groups  map[int]int32
	hidden  int  // how many open elements hide their content
	bold    int  // open <b>, <strong> and <th> elements
	chars   int  // bytes of text on the current line
	strong  int  // of them, bytes in bold
	skipped bool // hidden text was dropped
	table   bool // a table cell was read
	line    strings.Builder
	space   bool // whitespace is pending before the next word
	pre     int  // open <pre> elements: whitespace is kept
	// hiddenClasses are class names a top-level rule of a <style> element
	// hides (".x { display: none }").
	hiddenClasses map[string]bool
}

// readHTML extracts the visible text of an HTML page: one line per block
// (paragraph, heading, list item, table cell, <br>; a heading stays one
// line whatever <br> it holds), headings with their level (h1 → 1, h2 → 2,
// … h6 → 6), list items with "• ". Nothing a browser does not show is
// read: the head, comments, attributes (alt and title text included),
// <script>, <style>, <template>, <noscript>, SVG, form widgets' contents,
// a closed <details> but for its <summary>, and elements marked hidden,
// aria-hidden="true", or with display:none or visibility:hidden in their
// style attribute or through a class a top-level <style> rule hides; text
// hidden so is reported with a HiddenContent warning.
func readHTML(ctx context.Context, data []byte, o Options) (*Document, error) {
	s, ok := decodeTextBytes(data, false)
	if !ok {
		return nil, fmt.Errorf("%w: the file is binary, not HTML", ErrUnsupported)
	}
	r := &htmlReader{doc: &Document{Format: string(FormatHTML)}, depth: o.MaxXMLDepth, budget: newTextBudget(o)}
	z := html.NewTokenizer(strings.NewReader(s))
	z.SetMaxBuf(0)
	for n := 0; ; n++ {
		if n&1023 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if err := z.Err(); err != io.EOF {
				return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
			}
			r.flush()
			r.finish()
			return r.doc, nil
		case html.TextToken:
			if r.inStyleSheet() {
				r.styleSheet(z.Text()) // read which classes the page hides
				continue
			}
			if r.hidden > 0 {
				if r.skipping() {
					r.hiddenText(z.Text())
				}
				continue
			}
			if top := len(r.stack) - 1; top >= 0 && r.stack[top].closed {
				r.hiddenText(z.Text()) // in a closed <details>, outside its <summary>
				continue
			}
			r.text(z.Text())
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			tag := atom.Lookup(name)
			hidden := htmlSkip[tag]
			var class []byte
			open := false
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "hidden":
					hidden = true
				case "aria-hidden":
					hidden = hidden || strings.EqualFold(strings.TrimSpace(string(v)), "true")
				case "style":
					hidden = hidden || hidesStyle(string(v))
				case "class":
					class = v
				case "open":
					open = true
				}
			}
			if !hidden && len(r.hiddenClasses) > 0 && len(class) > 0 {
				for _, c := range strings.Fields(string(class)) {
					if r.hiddenClasses[c] {
						hidden = true
						break
					}
				}
			}
			var unknown string // the name of an element without an atom
			if tag == 0 {
				unknown = string(name)
			}
			// A closed <details> shows only its <summary>.
			if top := len(r.stack) - 1; top >= 0 && r.stack[top].closed && tag != atom.Summary {
				hidden = true
			}
			if !r.start(tag, unknown, hidden, tt == html.SelfClosingTagToken) {
				r.flush()
				r.doc.warn(Truncated, 0, "elements are nested deeper than %d (Options.MaxXMLDepth); the rest of the page was skipped", r.depth)
				r.finish()
				return r.doc, nil
			}
			if tag == atom.Details && !open && tt == html.StartTagToken && len(r.stack) > 0 && r.stack[len(r.stack)-1].tag == atom.Details {
				r.stack[len(r.stack)-1].closed = true
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			tag := atom.Lookup(name)
			var unknown string
			if tag == 0 {
				unknown = string(name)
			}
			r.end(tag, unknown)
		}
		// Comments and doctypes are not shown.
		if r.over != nil {
			return nil, r.over
		}
	}
}

// inStyleSheet reports whether the text token to come is a style sheet of
// the page: a <style> element in the head or the body, not in a template,
// a <noscript> or another hidden part.
func (r *htmlReader) inStyleSheet() bool {
	top := len(r.stack) - 1
	if top < 0 || r.stack[top].tag != atom.Style {
		return false
	}
	if top == 0 {
		return true
	}
	return r.stack[top-1].in[kHiddenBody] < 0
}

// skipping reports whether hidden text is inside an element the author
// hid (rather than one that never shows text, such as a script).
func (r *htmlReader) skipping() bool {
	i := r.inner()[kHidden]
	return i >= 0 && !htmlSkip[r.stack[i].tag]
}

// hiddenText notes that text an author hid was dropped.
func (r *htmlReader) hiddenText(t []byte) {
	if len(bytes.TrimSpace(t)) > 0 {
		r.skipped = true
	}
}

// start opens an element. It reports false when the stack is full.
// Void elements and self-closing tags open nothing: a self-closing tag is
// read as an empty element (in SVG it is one; in HTML a browser would
// read <div/> as <div>, but nothing in it is lost either way).
func (r *htmlReader) start(tag atom.Atom, name string, hidden, selfClosing bool) bool {
	if htmlVoid[tag] || selfClosing {
		switch {
		case r.hidden > 0:
		case tag == atom.Br && r.inHeading():
			r.space = true // a heading is one line, however it wraps
		case tag == atom.Br || htmlBlock[tag] || tag == atom.Hr:
			r.flush()
		case tag == atom.Img || tag == atom.Input:
			r.space = true // an image or a field separates words
		}
		return true
	}
	r.implied(tag)
	if r.depth > 0 && len(r.stack) >= r.depth {
		return false
	}
	if htmlBlock[tag] && r.hidden == 0 {
		r.flush()
	}
	if hidden {
		r.hidden++
	}
	switch tag {
	case atom.Pre:
		r.pre++
	case atom.B, atom.Strong, atom.Th:
		r.bold++
	}
	if tag == atom.Td || tag == atom.Th {
		r.table = true
	}
	r.ids++
	e := htmlElem{tag: tag, name: name, hidden: hidden, in: r.inner(), id: r.ids}
	e.setKinds(int32(len(r.stack)))
	r.stack = append(r.stack, e)
	return true
}

// inner returns the innermost open element of each kind.
func (r *htmlReader) inner() [nKinds]int32 {
	if len(r.stack) == 0 {
		var none [nKinds]int32
		for i := range none {
			none[i] = -1
		}
		return none
	}
	return r.stack[len(r.stack)-1].in
}

// inHeading reports whether an h1–h6 element is open.
func (r *htmlReader) inHeading() bool { return r.inner()[kHeading] >= 0 }

// implied closes the elements a start tag ends by the HTML parsing
// rules: a block ends an open <p>; <li> ends the open <li> of its list;
// <dt>/<dd> end each other; <tr> ends a row, <td>/<th> a cell; <option>
// an option.
func (r *htmlReader) implied(tag atom.Atom) {
	switch tag {
	case atom.Li:
		r.closeWithin(kLi, kList)
	case atom.Dt, atom.Dd:
		r.closeWithin(kDd, kDl)
		r.closeWithin(kDt, kDl)
	case atom.Tr:
		r.closeWithin(kTr, kTable)
	case atom.Td, atom.Th:
		r.closeWithin(kTd, kRow)
		r.closeWithin(kTh, kRow)
	case atom.Option:
		r.closeWithin(kOption, kSelect)
	}
	if htmlClosesP[tag] {
		r.closeWithin(kP, kPScope)
	}
}

// closeWithin ends the innermost open element of kind k unless an element
// of kind boundary is open inside it.
func (r *htmlReader) closeWithin(k, boundary int) {
	in := r.inner()
	if in[k] >= 0 && in[k] > in[boundary] {
		r.popTo(int(in[k]))
	}
}

// end closes the innermost open element with this name, and every element
// opened inside it; an end tag with no open element is ignored, as
// browsers do.
func (r *htmlReader) end(tag atom.Atom, name string) {
	if tag == atom.Br { // </br> is read as <br>
		r.start(tag, name, false, false)
		return
	}
	for i := len(r.stack) - 1; i >= 0; i-- {
		e := r.stack[i]
		if e.tag == tag && (tag != 0 || e.name == name) {
			r.popTo(i)
			return
		}
	}
	if tag == atom.P && r.hidden == 0 {
		r.flush() // </p> without <p> is an empty paragraph
	}
}

// popTo closes the open elements from the top of the stack down to and
// including index i.
func (r *htmlReader) popTo(i int) {
	for j := len(r.stack) - 1; j >= i; j-- {
		e := r.stack[j]
		if e.hidden {
			r.hidden--
		} else if htmlBlock[e.tag] && r.hidden == 0 {
			r.flushIn(j)
		}
		switch e.tag {
		case atom.Pre:
			r.pre--
		case atom.B, atom.Strong, atom.Th:
			r.bold--
		}
		r.stack = r.stack[:j]
	}
}

// text adds visible text to the current line.
func (r *htmlReader) text(t []byte) {
	if r.pre > 0 {
		for i, part := range bytes.Split(t, []byte("\n")) {
			if i > 0 {
				r.flush()
			}
			r.words(part)
		}
		return
	}
	r.words(t)
}

// words adds text with its whitespace collapsed, as a browser shows it.
func (r *htmlReader) words(t []byte) {
	for len(t) > 0 {
		i := bytes.IndexAny(t, " \t\n\r\f")
		if i < 0 {
			i = len(t)
		}
		if i > 0 {
			if r.space && r.line.Len() > 0 {
				r.line.WriteByte(' ')
			}
			r.space = false
			r.line.Write(t[:i])
			r.chars += i
			if r.bold > 0 {
				r.strong += i
			}
		}
		if i < len(t) {
			r.space = true
			i++
		}
		t = t[i:]
	}
}

// flush ends the current line, describing it by the innermost elements
// that hold it.
func (r *htmlReader) flush() { r.flushIn(len(r.stack) - 1) }

// flushIn ends the current line as one held by stack[:i+1].
func (r *htmlReader) flushIn(i int) {
	text := strings.TrimSpace(r.line.String())
	bold := r.chars > 0 && r.strong == r.chars
	r.line.Reset()
	r.space, r.chars, r.strong = false, 0, 0
	if text == "" {
		return
	}
	l := Line{Text: text, Bold: bold}
	listItem := false
	for j := i; j >= 0; j-- {
		switch t := r.stack[j].tag; t {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			if l.Heading == 0 {
				l.Heading = int(t.String()[1] - '0')
				l.Bold = true
				l.Style = t.String()
			}
		case atom.Li:
			if !listItem {
				listItem = true
				// Only the first line of an item is the item.
				l.ListItem = !r.stack[j].gave
				r.stack[j].gave = true
			}
		case atom.Td, atom.Th:
			l.Source = TableCell
		}
	}
	if l.ListItem {
		l.Text = "• " + l.Text
	}
	if l.Heading > 0 && i >= 0 {
		if g := r.stack[i].in[kHeader]; g >= 0 {
			if r.groups == nil {
				r.groups = map[int]int32{}
			}
			r.groups[len(r.doc.Lines)] = r.stack[g].id
		}
	}
	r.doc.Lines = append(r.doc.Lines, l)
	if err := r.budget.add(l.Text); err != nil && r.over == nil {
		r.over = err
	}
}

// outline turns the page's heading levels into the levels Line.Heading
// means, as a reader of the page sees them. A heading in the same
// <header> or <hgroup> as the page's <h1> is the title's subtitle (a
// headline such as "Platform Engineer"), not a section: it becomes a bold
// line. Then the shallowest level left below the title becomes 2, the
// section level, and deeper ones follow it (a theme with <h3> sections
// and <h4> entries reads as 2 and 3), so the hint does not depend on
// which tags a theme happened to pick.
func (r *htmlReader) outline() {
	lines := r.doc.Lines
	title := -1
	for i, l := range lines {
		if l.Heading == 1 {
			title = i
			break
		}
	}
	if title >= 0 {
		if g, ok := r.groups[title]; ok {
			for i := title + 1; i < len(lines); i++ {
				if lines[i].Heading > 1 && r.groups[i] == g {
					lines[i].Heading = 0
				}
			}
		}
	}
	shallowest := 0
	for _, l := range lines {
		if l.Heading >= 2 && (shallowest == 0 || l.Heading < shallowest) {
			shallowest = l.Heading
		}
	}
	if shift := shallowest - 2; shift > 0 {
		for i := range lines {
			if lines[i].Heading >= 2 {
				lines[i].Heading -= shift
			}
		}
	}
}

// finish adds the warnings once the page is read.
func (r *htmlReader) finish() {
	r.outline()
	if r.skipped {
		r.doc.warn(HiddenContent, 0, "the page holds text a browser does not show (hidden, aria-hidden, display:none, visibility:hidden or a closed <details>); it was skipped, but an ATS that reads the raw HTML sees it")
	}
	if r.table {
		r.doc.warn(Table, 0, "the page lays text out in a table; many ATS scramble or drop table cells")
	}
}

// hidesStyle reports whether a style attribute hides its element.
func hidesStyle(s string) bool {
	s = strings.ToLower(s)
	if !strings.Contains(s, "display") && !strings.Contains(s, "visibility") {
		return false
	}
	for _, decl := range strings.Split(s, ";") {
		k, v, ok := strings.Cut(decl, ":")
		if !ok {
			continue
		}
		k = strings.TrimSpace(k)
		v = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "!important"))
		switch {
		case k == "display" && v == "none",
			k == "visibility" && (v == "hidden" || v == "collapse"):
			return true
		}
	}
	return false
}

// maxStyleRules bounds the rules read from one style sheet.
const maxStyleRules = 10000

// styleSheet records the classes that top-level rules of a style sheet
// hide: ".a, .b { display: none }". Rules inside at-rules (@media print,
// say) and rules with other selectors are not followed: they are a
// browser's business, and a class hidden only in print still shows on
// screen.
func (r *htmlReader) styleSheet(css []byte) {
	s := stripCSSComments(string(css))
	depth := 0
	start := 0
	selector := ""
	for i, n := 0, 0; i < len(s) && n < maxStyleRules; i++ {
		switch s[i] {
		case '{':
			if depth == 0 {
				selector = s[start:i]
			}
			depth++
			start = i + 1
		case '}':
			if depth == 1 && !strings.Contains(selector, "@") && hidesStyle(s[start:i]) {
				r.hideSelectors(selector)
			}
			if depth > 0 {
				depth--
			}
			start = i + 1
			n++
		case ';':
			if depth == 0 {
				start = i + 1 // an @import or @charset statement
			}
		}
	}
}

// hideSelectors records each ".class" (or "tag.class") selector of a list.
func (r *htmlReader) hideSelectors(list string) {
	for _, sel := range strings.Split(list, ",") {
		sel = strings.TrimSpace(sel)
		dot := strings.IndexByte(sel, '.')
		if dot < 0 || strings.ContainsAny(sel, " >+~:[#*") || strings.Count(sel, ".") != 1 {
			continue
		}
		if r.hiddenClasses == nil {
			r.hiddenClasses = map[string]bool{}
		}
		r.hiddenClasses[sel[dot+1:]] = true
	}
}

// stripCSSComments removes /* comments */.
func stripCSSComments(s string) string {
	if !strings.Contains(s, "/*") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "/*")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		j := strings.Index(s[i+2:], "*/")
		if j < 0 {
			return b.String()
		}
		b.WriteByte(' ')
		s = s[i+2+j+2:]
	}
}
