package parse

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/resume"
)

// Options tune the parser. The zero Options are the defaults.
type Options struct {
	// MaxLines bounds how many lines of the document are read
	// (default 20000); the rest is ignored with a warning.
	MaxLines int
}

// Field says where one parsed value came from and how sure the parser is.
type Field struct {
	Path       string  `json:"path"`       // "basics.email", "work[1].roles[0].startDate"
	Confidence float64 `json:"confidence"` // 0-1
	Lines      []int   `json:"lines"`      // indices into Document.Lines
}

// WarningKind classifies a parse warning.
type WarningKind string

// The warnings the parser gives.
const (
	WarnNoName      WarningKind = "no-name"
	WarnNoContact   WarningKind = "no-contact"
	WarnNoWork      WarningKind = "no-work-section"
	WarnNoEducation WarningKind = "no-education-section"
	WarnNoDates     WarningKind = "undated-role"
	WarnDateOrder   WarningKind = "date-order"
	WarnTruncated   WarningKind = "truncated"
	// WarnSectionNotRead: a section of a kind the parser does not read
	// (awards, interests, certificates, publications, volunteering,
	// references, or a heading no vocabulary knows); its text is in no
	// field of the result.
	WarnSectionNotRead WarningKind = "section-not-read"
	// WarnLinesNotRead: lines of a contact section that hold no contact
	// detail the parser knows (a note, a stray line), or lines of
	// education that name no school, degree or dates; their text is in
	// no field of the result.
	WarnLinesNotRead WarningKind = "lines-not-read"
)

// Warning is something a reader of the result should know: a part of the
// resume the parser could not find or did not trust.
type Warning struct {
	Kind    WarningKind `json:"kind"`
	Path    string      `json:"path,omitempty"`
	Line    int         `json:"line,omitempty"` // 1-based index into Document.Lines, 0 when none
	Message string      `json:"message"`
}

// Result is what the parser made of a document.
type Result struct {
	Resume   *resume.Resume
	Fields   []Field
	Warnings []Warning
	// Sections are the headings found, in order.
	Sections []Section
}

// Section is one heading the parser found.
type Section struct {
	Kind  Kind   `json:"kind"`  // KindOther for a heading the dictionary does not know
	Title string `json:"title"` // the heading as written
	Line  int    `json:"line"`  // index into Document.Lines
}

// Field returns the record for a path, if the parser set that field.
func (r *Result) Field(path string) (Field, bool) {
	for _, f := range r.Fields {
		if f.Path == path {
			return f, true
		}
	}
	return Field{}, false
}

type parser struct {
	doc         *extract.Document
	rows        []row
	res         *Result
	nameRow     int
	left, right float64 // the text column's edges (PDF), 0 when unknown
	lastFlat    bool    // the last employer came from one flat entry
	infos       []*rowInfo
	inEducation bool    // entries are cut for an education section
	bodyPt      float64 // the body text's font size, once measured
	// lastCompanyAlone is the company of the last entry when it stood on
	// a line of its own above the title, for the roles that follow it
	lastCompanyAlone string
}

// full reports whether row i runs to the right edge of the text column, so
// that the next line may continue it.
func (p *parser) full(i int) bool {
	r := &p.rows[i]
	if p.right <= p.left || r.right <= 0 {
		return false
	}
	return r.right >= p.left+0.85*(p.right-p.left)
}

// narrowWrap reports whether row n is the end of a short name that row r
// broke after a joining word ("of", "de", "für"), or before one in the
// name's own type ("Universidad Tecnológica" over "de Panamá"; in bold,
// "and" too), wherever the box ends: both start at the same x, n holds a
// few words, neither is a list item.
func narrowWrap(r, n *row) bool {
	// (the first piece may have its dates beside it: "NYU Tandon School
	// of" | "2023 - 2025" over "Engineering")
	dated := len(r.segs) == 2 && len(findDates(r.segs[1])) > 0
	if r.list || n.list || n.gap || n.page != r.page || len(r.segs) != 1 && !dated || len(n.segs) != 1 ||
		r.x <= 0 || math.Abs(n.x-r.x) > 2 || wordCount(n.text) > 4 || wordCount(r.segs[0]) > 8 {
		return false
	}
	t := strings.TrimRight(r.segs[0], " ")
	if f := strings.Fields(t); len(f) > 0 && len(f[len(f)-1]) > 1 && strings.ToUpper(f[len(f)-1]) == f[len(f)-1] {
		return false // "Bloomington, IN": a code, no joining word
	}
	for _, w := range phraseWords {
		if endsInWord(t, w) {
			first, _ := utf8DecodeFirst(n.text)
			return unicode.IsUpper(first)
		}
	}
	// or before one, in the name's own type: "Universidad Tecnológica"
	// over "de Panamá"
	if f := strings.Fields(n.text); len(f) >= 2 && r.bold == n.bold && math.Abs(r.size-n.size) < 0.3 && !dated {
		second, _ := utf8DecodeFirst(f[1])
		switch f[0] {
		case "of", "de", "del", "la", "für", "des", "du":
			return unicode.IsUpper(second)
		}
		// (a bold title goes on after "and" too: "Faculty of Mathematics"
		// over "and Physics")
		return r.bold && slices.Contains(phraseWords, f[0]) && unicode.IsUpper(second)
	}
	return false
}

// datedCellWrap reports whether row n is the wrapped end of row r's
// title, set in a cell left of r's dates: n starts where the title
// starts, in its font (or its size, above the body's), holds a few
// undated words, and its first word
// would not have fitted between the title and the dates but does fit in
// the cell (a line of Chinese, one "word" long, is not a wrap).
func (p *parser) datedCellWrap(r, n *row) bool {
	if len(r.segs) != 2 || len(r.lines) != 2 || len(n.segs) != 1 || len(n.lines) != 1 || n.list || r.list || n.gap || n.page != r.page ||
		wordCount(n.text) > 4 || !dateSeg(r.segs[1]) || dateSeg(r.segs[0]) {
		return false
	}
	t, d, w := &p.doc.Lines[r.lines[0]], &p.doc.Lines[r.lines[1]], &p.doc.Lines[n.lines[0]]
	// (a title in bold, its company after it in plain type, wraps
	// into plain type: the title's size, above the body's, tells)
	if t.X <= 0 || d.X <= t.X || t.Width <= 0 || w.Width <= 0 || math.Abs(w.X-t.X) > 2 || w.Bold != t.Bold && w.FontSize <= p.bodyPoints()+0.5 ||
		math.Abs(w.FontSize-t.FontSize) > 0.3 || len(findDates(n.text)) > 0 {
		return false
	}
	first := strings.Fields(n.text)[0]
	perRune := w.Width / float64(utf8.RuneCountInString(n.text))
	firstW := perRune * float64(utf8.RuneCountInString(first))
	return firstW < d.X-t.X && t.X+t.Width+firstW+perRune > d.X-2
}

// absorb joins row n, a wrapped part of r's piece k, into r.
func (r *row) absorb(k int, n *row) {
	r.segs[k] += " " + n.text
	r.text = strings.Join(r.segs, " ")
	r.lines = append(r.lines, n.lines...)
	r.bottom = max(r.bottom, n.y, n.bottom)
}

// dateSeg reports whether a piece is dates alone.
func dateSeg(s string) bool {
	rest, rngs := cutDates(s, false)
	return rest == "" && len(rngs) > 0
}

// cellWrap reports whether row n is the wrapped end of row r's last piece,
// a bold title in a cell of its own: n starts where that piece starts, is
// bold as it is, and holds a few words.
func (p *parser) cellWrap(r, n *row) bool {
	if len(r.segs) < 2 || len(r.lines) != len(r.segs) || len(n.segs) != 1 || n.list || r.list || n.gap || n.page != r.page ||
		!n.bold || wordCount(n.text) > 4 {
		return false
	}
	last := &p.doc.Lines[r.lines[len(r.lines)-1]]
	return last.Bold && last.X > 0 && math.Abs(n.x-last.X) < 2 && len(findDates(last.Text)) == 0
}

// incompleteEnd reports whether s ends mid-phrase: in a dash, comma, open
// bracket, "&", "/", "|" or bullet, or in a word that cannot end a phrase
// ("of", "and", "für", "chez", …), or in "@" after a word. It is the
// regular expression
//
//	(?i)([–—\-,(&/|·•]|\b(of|and|…|chez|@))\s*$
//
// written out: the regular expression tried every start position of a line
// and was a tenth of the parse time.
func incompleteEnd(s string) bool {
	t := strings.TrimRight(s, " \t\n\f\r")
	if t == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	switch r {
	case '–', '—', '-', ',', '(', '&', '/', '|', '·', '•':
		return true
	case '@':
		return len(t) >= 2 && isWordByte(t[len(t)-2])
	}
	for _, w := range phraseWords {
		if endsInWord(t, w) {
			return true
		}
	}
	return false
}

// endsInWord reports whether t ends in the word w, in any case (as Unicode
// simple folding has it: "ſ" is an "s"), after a word boundary.
func endsInWord(t, w string) bool {
	i, k := len(t), len(w)
	for k > 0 {
		if i == 0 {
			return false
		}
		r, n := utf8.DecodeLastRuneInString(t[:i])
		c, m := utf8.DecodeLastRuneInString(w[:k])
		if r != c && !sameFold(r, c) {
			return false
		}
		i, k = i-n, k-m
	}
	return i == 0 || !isWordByte(t[i-1])
}

// sameFold reports whether a and b are the same letter in another case.
func sameFold(a, b rune) bool {
	for f := unicode.SimpleFold(a); f != a; f = unicode.SimpleFold(f) {
		if f == b {
			return true
		}
	}
	return false
}

// phraseWords cannot end a phrase, in English, Spanish, German and French.
var phraseWords = []string{"of", "and", "for", "the", "de", "del", "la", "und", "für", "et", "des", "du", "y", "at", "in", "en", "bei", "chez"}

// isWordByte is the ASCII word class of regular expressions' \b.
func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// joinWrapped joins a short line to the line before it when that line ran
// to the right edge of the text column and stopped mid-phrase, so that a
// header wrapped in a PDF ("Georgia Institute of" / "Technology", "May
// 2022 – Aug" / "2022") is read whole.
func (p *parser) joinWrapped() {
	if p.right <= p.left {
		return
	}
	width := p.right - p.left
	out := p.rows[:0]
	for i := 0; i < len(p.rows); i++ {
		r := p.rows[i]
		for i+1 < len(p.rows) {
			n := &p.rows[i+1]
			if p.cellWrap(&r, n) {
				// "Jul 2020 – May 2021 | Technical Marketing Manager -
				// Service" over "Providers" in a table's right cell
				r.absorb(len(r.segs)-1, n)
				i++
				break
			}
			if p.datedCellWrap(&r, n) {
				// "Senior Engineer, Customer" | "2025-04 - Present" over
				// "Support": a title wrapped in its cell beside the dates
				r.absorb(0, n)
				i++
				break
			}
			if p.titleWrap(i, &r, n) {
				// "Technical Marketing Manager - Service" over
				// "Providers": a bold title whose next word did not fit
				// (and it may wrap again)
				r.absorb(len(r.segs)-1, n)
				r.right = max(r.right, n.right)
				i++
				continue
			}
			if t, d, ok := datedTitleWrap(&r, n); ok {
				// "Especialista en Integraciones y 2024-05-02 - 2025-04-19"
				// over "Analítica": a title that ends mid-phrase, its
				// dates set right after it on the line, goes on below
				r.segs[0] = t
				r.absorb(0, n)
				r.segs[0] += " " + d
				r.text = r.segs[0]
				i++
				break
			}
			if narrowWrap(&r, n) {
				// "Universidad Politecnica de" over "Madrid" in a narrow
				// box: a name that ends in a joining word goes on
				r.absorb(0, n)
				r.right = max(r.right, n.right)
				i++
				break
			}
			if r.list && !strings.HasSuffix(r.text, "–") || len(r.segs) != 1 && !datedTitle(&r) || len(n.segs) != 1 || n.list || n.gap || n.page != r.page ||
				r.x <= 0 || n.x < r.x-2 || r.right < p.left+0.7*width || len(r.text) > 200 {
				break
			}
			last := r.segs[len(r.segs)-1]
			if !incompleteEnd(last) && (!p.fullRow(&r) || n.right > p.left+0.6*width) {
				break
			}
			month := false
			if f := strings.Fields(last); len(f) > 0 {
				w := strings.TrimLeft(f[len(f)-1], "([")
				month = resume.MonthNumber(w) > 0 && len(w) >= 3
			}
			first, _ := utf8DecodeFirst(n.text)
			opens := strings.Count(last, "(") > strings.Count(last, ")")
			datesFirst := false
			if ds := findDates(n.text); len(ds) > 0 && ds[0].start == 0 {
				datesFirst = true
			}
			if !incompleteEnd(last) && !month && !opens && (!unicode.IsLower(first) || datesFirst) {
				break
			}
			if datesFirst && !month && !opens && !strings.HasSuffix(strings.TrimSpace(last), "–") && !strings.HasSuffix(strings.TrimSpace(last), "-") {
				break // the next line is the entry's dates, not a wrapped part
			}
			if leadingDate(n.text) != "" && openStart(r.text) {
				// "09/2023 – Bachelor of …" over "Present Quantum …": the
				// range's end opens the next line; the dates' join below
				// puts it beside its start first
				break
			}
			r.absorb(len(r.segs)-1, n)
			r.right = max(r.right, n.right)
			i++
			break
		}
		out = append(out, r)
	}
	p.rows = out
}

// datedTitleWrap splits row r, one piece that ends in a date range, into
// its title and dates when the title ends mid-phrase ("… y", "… &") and
// row n, a few undated words that start where r starts, is the title's
// wrapped end.
func datedTitleWrap(r, n *row) (title, dates string, ok bool) {
	if len(r.segs) != 1 || len(n.segs) != 1 || r.list || n.list || n.gap || n.page != r.page || math.Abs(n.x-r.x) > 2 ||
		wordCount(n.text) > 4 || !hasDigit(r.text) || len(findDates(n.text)) > 0 {
		return "", "", false
	}
	t := strings.TrimSpace(r.segs[0])
	ds := findDates(t)
	if len(ds) == 0 {
		return "", "", false
	}
	last := ds[len(ds)-1]
	if !last.isRange || last.end < len(t) || last.start == 0 {
		return "", "", false
	}
	title = strings.TrimSpace(t[:last.start])
	if !incompleteEnd(title) {
		return "", "", false
	}
	return title, t[last.start:], true
}

// titleWrap reports whether n is the rest of the title row r (row i)
// that wrapped: both bold, one size, one page and left edge, r a short
// header of one piece that ends in no full stop or bracket, neither with
// a comma, colon or semicolon (a list),
// n four words or fewer with no dates, and n's first word would not have
// fitted after r's last before the right edge of r's column: the
// rightmost of the rows of five words or more that share its left edge,
// ten rows around it (running text; a list of short keywords sets no
// edge). A word that would have fitted was set on a row of its own: an
// employer, a place.
func (p *parser) titleWrap(i int, r, n *row) bool {
	if !r.bold || !n.bold || r.list || n.list || n.gap || len(r.segs) != 1 || len(n.segs) != 1 || n.page != r.page ||
		r.x <= 0 || math.Abs(n.x-r.x) > 2 || math.Abs(n.size-r.size) >= 0.3 || r.right <= 0 || n.right <= n.x ||
		wordCount(r.text) > 12 || strings.HasSuffix(strings.TrimSpace(r.text), ".") || strings.HasSuffix(strings.TrimSpace(r.text), ")") ||
		strings.ContainsAny(r.text+n.text, ",:;") {
		return false // (nor a list of keywords: their rows hold commas, or end on a level in brackets)
	}
	words := strings.Fields(n.text)
	if len(words) == 0 || len(words) > 4 || len(findDates(n.text)) > 0 || len(findDates(r.text)) > 0 ||
		looksLikeLocation(n.text) || knownPlace(n.text) || looksLikeLocation(r.text) || knownPlace(r.text) || webAddress(n.text) {
		return false // (an employer's place or web address on the row under it)
	}
	edge := 0.0
	for j := max(0, i-10); j < min(len(p.rows), i+12); j++ {
		if o := &p.rows[j]; o.page == r.page && math.Abs(o.x-r.x) <= 2 && wordCount(o.text) >= 5 {
			edge = max(edge, o.right)
		}
	}
	// the first word's width, and a space, as n's own type sets them
	per := (n.right - n.x) / float64(utf8.RuneCountInString(n.text))
	need := per * float64(utf8.RuneCountInString(words[0])+1)
	return edge > r.right && r.right+need > edge
}

// datedTitle reports whether r is a date column's range and one title
// beside it ("01/2016 – 12/2019" | "Tecnólogo en Análisis y …"), whose
// title may wrap like a row of one piece.
func datedTitle(r *row) bool { return len(r.segs) == 2 && dateSeg(r.segs[0]) }

// keywordRows reports whether a section's rows read as a list of tools:
// at least two rows, none dated, none starting in lower case, or six rows
// or more where those in lower case hold four words or fewer and no
// punctuation ("sprint planning"; see keywordTail).
func (p *parser) keywordRows(s *section) bool {
	if len(s.rows) < 2 {
		return false
	}
	lower := 0
	for _, i := range s.rows {
		t := strings.TrimSpace(p.rows[i].text)
		if len(p.analyze(i).rngs) > 0 {
			return false
		}
		if startsLower(t) {
			if wordCount(t) > 4 || strings.ContainsAny(t, ",;:.!?") {
				return false
			}
			lower++
		}
	}
	return lower == 0 || len(s.rows) >= 6
}

// keywordTail returns where a run of four or more rows of keywords ends
// a section, or -1: rows of a few words each, none a sentence, a date, an
// address, a phone number or a link, no word in lower case but those
// that join a name, and at least two rows holding several words. Rows in
// lower case ("sprint planning") count where the run holds six rows or
// more and none of them has more than four words or any punctuation:
// lines of prose in a narrow box run longer or break at a comma or a
// full stop within six lines.
func (p *parser) keywordTail(rows []int) int {
	k, several, lower := len(rows), 0, 0
	for k > 0 {
		t := strings.TrimSpace(p.rows[rows[k-1]].text)
		w := strings.Fields(t)
		n := len(w)
		if n == 0 || n > 6 || strings.ContainsAny(t, "@.!?") && !keywordDots(t) || hasDigits(t, 5) ||
			urlRE().MatchString(t) || len(p.analyze(rows[k-1]).rngs) > 0 {
			break
		}
		if slices.ContainsFunc(w, lowerWord) {
			if n > 4 || strings.ContainsAny(t, ",;:") {
				break
			}
			lower++
		}
		if n >= 2 {
			several++
		}
		k--
	}
	if len(rows)-k < 4 || several < 2 || lower > 0 && len(rows)-k < 6 {
		return -1
	}
	return k
}

// lowerWord reports whether w starts in lower case and is no word that
// joins a name ("Tennis de Table").
func lowerWord(w string) bool {
	return startsLower(w) && !slices.Contains(phraseWords, w)
}

// keywordDots reports whether the dots in t belong to names of tools
// ("Node.js", "ASP.NET"), not to sentences.
func keywordDots(t string) bool {
	if strings.ContainsAny(t, "@!?") || strings.HasSuffix(t, ".") {
		return false
	}
	for _, w := range strings.Fields(t) {
		if i := strings.IndexByte(w, '.'); i == 0 || i == len(w)-1 {
			return false
		}
	}
	return true
}

// skillGroupHeading reports whether a section found by its style alone
// (no dictionary heading) holds only short keyword lines: a skill group's
// name set like a heading.
func (p *parser) skillGroupHeading(s *section) bool {
	if _, known := headingKind(s.title); known || len(s.rows) == 0 {
		return false
	}
	for _, i := range s.rows {
		t := strings.TrimSpace(p.rows[i].text)
		if n := wordCount(t); n > 10 || n > 5 && len(p.analyze(i).rngs) > 0 || n > 2 && strings.HasSuffix(t, ".") {
			// (a keyword may run to ten words, "Continuous integration
			// and continuous delivery (CI/CD)", and end in a full stop
			// when it abbreviates, "O.S.")
			return false
		}
	}
	return true
}

// joinDateColumn mends a date range that a column sets over two rows: a
// start over its end ("2018" / "2018"), and "04/2023 – Vrijwilliger,
// Woesh" over "05/2024 Vrijwilliger bij ..." (moderncv), where the end
// date joins its start on the first row and the row below keeps only its
// text.
func (p *parser) joinDateColumn() {
	// "2018" over "2018": a start and an end set one above the other
	out := p.rows[:0]
	for i := 0; i < len(p.rows); i++ {
		r := p.rows[i]
		if i+1 < len(p.rows) {
			n := &p.rows[i+1]
			a, b := strings.TrimSpace(r.text), strings.TrimSpace(n.text)
			if len(r.segs) == 1 && len(n.segs) == 1 && n.page == r.page && !r.list && !n.list && math.Abs(n.x-r.x) < 3 &&
				leadingDate(a) == a && (leadingDate(b) == b || resume.IsPresentWord(b)) {
				r.segs[0] = a + " – " + b
				r.text = r.segs[0]
				r.lines = append(r.lines, n.lines...)
				r.bottom = max(r.bottom, n.y, n.bottom)
				out = append(out, r)
				i++
				continue
			}
		}
		out = append(out, r)
	}
	p.rows = out
	for i := 0; i+1 < len(p.rows); i++ {
		r, n := &p.rows[i], &p.rows[i+1]
		// (a date column set flush right starts the shorter end further
		// right: "09/2023 –" over "Present" in moderncv)
		if len(r.segs) != 1 || len(n.segs) != 1 || n.page != r.page || n.list || r.list || n.x < r.x-12 || n.x > r.x+30 {
			continue
		}
		head := leadWords(r.segs[0])
		if !hasDigit(head) {
			continue // (no date without a year: spare the grammar)
		}
		ds := findDates(head)
		if len(ds) == 0 || ds[0].start != 0 || ds[0].isRange {
			continue
		}
		rest := strings.TrimLeft(r.segs[0][ds[0].end:], " ")
		dash := ""
		for _, d := range []string{"– ", "- ", "— "} {
			if strings.HasPrefix(rest, d) {
				dash = d
			}
		}
		if dash == "" {
			continue
		}
		end := leadingDate(n.segs[0])
		if end == "" {
			continue
		}
		r.segs[0] = r.segs[0][:ds[0].end] + " " + dash + end + " " + strings.TrimPrefix(rest, dash)
		r.text = r.segs[0]
		n.segs[0] = strings.TrimSpace(n.segs[0][len(end):])
		n.text = n.segs[0]
		if n.text != "" && (incompleteEnd(r.text) || wordCount(n.text) <= 3 && p.fullRow(r)) {
			// the rest of the row below is the title's wrapped end
			// ("…, Leading University, Sylhet," / "03/2019 Bangladesh")
			r.absorb(0, n)
			n.segs, n.text = nil, ""
		}
	}
	kept := p.rows[:0]
	for _, r := range p.rows {
		if len(r.segs) > 0 || r.text != "" {
			kept = append(kept, r)
		}
	}
	p.rows = kept
}

// splitMarginHeads cuts a heading set in the left margin off the row it
// shares with the first line of its section ("WORK EXPERIENCE" |
// "Consultant at World Bank Group"), so that marginHeadings sees a heading
// row of its own, as it does when the two baselines differ a little. The
// margin is where two or more headings stand on rows of their own, and
// the heading is set as they are (capitals or not): a label in a grid of
// skills ("Languages" | "Dev Tools") is no such heading. Two headings on
// one row, over two columns ("Experience" | "Skills"), are cut apart too.
func (p *parser) splitMarginHeads() {
	type style struct {
		x    int
		caps bool
	}
	var alone map[style]int // made at the first row with a position
	for i := range p.rows {
		r := &p.rows[i]
		if r.x <= 0 || len(r.segs) != 1 {
			continue
		}
		if _, ok := headingKind(r.text); ok {
			if alone == nil {
				alone = map[style]int{}
			}
			alone[style{int(r.x + 0.5), isAllCaps(r.text)}]++
		}
	}
	var out []row // made at the first row cut
	for i, r := range p.rows {
		if len(r.segs) < 2 || len(r.lines) != len(r.segs) || r.list {
			if out != nil {
				out = append(out, r)
			}
			continue
		}
		first, next := &p.doc.Lines[r.lines[0]], &p.doc.Lines[r.lines[1]]
		cut := first.X > 0 && next.X >= first.X+60 && next.X >= first.X+first.Width+20
		if cut {
			_, cut = headingKind(r.segs[0])
		}
		if cut && alone[style{int(first.X + 0.5), isAllCaps(r.segs[0])}] < 2 {
			_, cut = headingKind(strings.Join(r.segs[1:], " ")) // two headings
		}
		if !cut {
			if out != nil {
				out = append(out, r)
			}
			continue
		}
		if out == nil {
			out = append(make([]row, 0, len(p.rows)+1), p.rows[:i]...)
		}
		h, rest := r, r
		h.segs, h.text, h.lines = r.segs[:1:1], r.segs[0], r.lines[:1:1]
		h.bold, h.size, h.right, h.bottom = first.Bold, first.FontSize, first.X+first.Width, 0
		rest.segs, rest.lines = r.segs[1:], r.lines[1:]
		rest.text, rest.x, rest.gap = strings.Join(rest.segs, " "), next.X, false
		rest.bold, rest.size = next.Bold, next.FontSize
		for _, li := range rest.lines {
			rest.size = max(rest.size, p.doc.Lines[li].FontSize)
		}
		out = append(out, h, rest)
	}
	if out != nil {
		p.rows = out
	}
}

// leadWords returns the first six words of s (80 bytes at most), which
// hold any date or range that opens it ("Jan 2019 – Dec 2020 ..."): the
// date grammar reads that much, not a whole line, which may be very long.
func leadWords(s string) string {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' && i > 0 && s[i-1] != ' ' {
			if n++; n == 6 {
				return s[:i]
			}
		}
		if i == 80 {
			// no date runs this long without six words: stop at a
			// character's start
			for i > 0 && !utf8.RuneStart(s[i]) {
				i--
			}
			return s[:i]
		}
	}
	return s
}

// openStart reports whether s opens with one date and a dash, its range's
// end left to another line ("09/2023 – Bachelor of Science").
func openStart(s string) bool {
	head := leadWords(s)
	if !hasDigit(head) {
		return false
	}
	ds := findDates(head)
	if len(ds) == 0 || ds[0].start != 0 || ds[0].isRange && !ds[0].rng.End.Present {
		return false
	}
	rest := strings.TrimLeft(s[ds[0].end:], " ")
	return strings.HasPrefix(rest, "– ") || strings.HasPrefix(rest, "- ") || strings.HasPrefix(rest, "— ")
}

// leadingDate returns the single date or open end that starts s ("05/2024
// Vrijwilliger bij ...", "Present I lead ..."), or "".
func leadingDate(s string) string {
	s = leadWords(s)
	if f := strings.Fields(s); len(f) > 0 && resume.IsPresentWord(f[0]) {
		return f[0]
	}
	if !hasDigit(s) {
		return ""
	}
	ds := findDates(s)
	if len(ds) == 0 || ds[0].start != 0 || ds[0].isRange || ds[0].end < len(s) && s[ds[0].end] != ' ' {
		return ""
	}
	return s[:ds[0].end]
}

func (p *parser) fullRow(r *row) bool {
	return p.right > p.left && r.right > 0 && r.right >= p.left+0.85*(p.right-p.left)
}

func (p *parser) measure() {
	for i := range p.rows {
		r := &p.rows[i]
		if r.x <= 0 || r.right <= 0 {
			continue
		}
		if p.left == 0 || r.x < p.left {
			p.left = r.x
		}
		p.right = max(p.right, r.right)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// lineCount is "1 line" or "n lines".
func lineCount(n int) string {
	if n == 1 {
		return "1 line"
	}
	return itoa(n) + " lines"
}

// field records where a value came from; rows are row indices.
func (p *parser) field(path string, conf float64, rows ...int) {
	var lines []int
	for _, r := range rows {
		if r >= 0 && r < len(p.rows) {
			lines = append(lines, p.rows[r].lines...)
		}
	}
	p.res.Fields = append(p.res.Fields, Field{Path: path, Confidence: conf, Lines: lines})
}

func (p *parser) warn(k WarningKind, path string, row int, msg string) {
	line := 0
	if row >= 0 && row < len(p.rows) {
		line = p.rows[row].lines[0] + 1
	}
	p.res.Warnings = append(p.res.Warnings, Warning{Kind: k, Path: path, Line: line, Message: msg})
}

// Parse rebuilds a resume from the text of a document, blind: it sees only
// the lines and their layout, never the file the text came from. When the
// document was structured data (doc.Resume is set), that resume is
// returned as is. Parse never fails; what it could not find is missing
// from the resume and named in the warnings.
func Parse(doc *extract.Document, opts Options) *Result {
	if doc == nil {
		return &Result{Resume: &resume.Resume{}}
	}
	if doc.Resume != nil {
		return &Result{Resume: doc.Resume}
	}
	max := opts.MaxLines
	if max <= 0 {
		max = 20000
	}
	p := &parser{doc: doc, res: &Result{Resume: &resume.Resume{}}, nameRow: -1}
	if cellDoc(doc) {
		p.parseCells()
		return p.res
	}
	p.rows = unzipCards(buildRows(doc, max))
	p.measure()
	p.joinWrapped()
	p.joinDateColumn()
	p.splitMarginHeads()
	p.rows = marginDates(marginHeadings(p.rows))
	p.levelSkills()
	if len(doc.Lines) > max {
		p.res.Warnings = append(p.res.Warnings, Warning{Kind: WarnTruncated,
			Message: "the document has " + itoa(len(doc.Lines)) + " lines; only the first " + itoa(max) + " were read"})
	}
	secs := p.continued(p.besideAbove(p.carried(splitSections(p.rows))))
	for _, s := range secs[1:] {
		p.res.Sections = append(p.res.Sections, Section{Kind: s.kind, Title: s.title, Line: p.rows[s.head].lines[0]})
	}
	p.contact(secs[0].rows)
	var sawWork, sawEdu bool
	for si := range secs {
		s := &secs[si]
		if si > 0 && s.kind == KindOther && p.skillGroupHeading(s) && (secs[si-1].kind == KindSkills || p.keywordRows(s)) {
			// "CI/CD" set like a heading inside Skills, or "Front End
			// Tech:" over a list of tools in a sidebar: a group of its
			// keywords, and the skills go on after it
			s.kind = KindSkills
		}
		switch s.kind {
		case KindWork:
			sawWork = true
			p.work(s.rows)
		case KindEducation:
			sawEdu = true
			p.education(s.rows)
		case KindSkills:
			n := len(p.res.Resume.Skills)
			p.skills(s.rows)
			if _, known := headingKind(s.title); !known && len(p.res.Resume.Skills) > n && p.res.Resume.Skills[n].Name == "" {
				// a group's name set like a heading ("CI/CD", "Web
				// Development") names the keywords that open its section
				p.res.Resume.Skills[n].Name = s.title
			}
		case KindSummary:
			rows := s.rows
			if k := p.keywordTail(rows); k >= 0 {
				// the skills set under the summary in a sidebar, with no
				// heading of their own (theme-macchiato's "About")
				p.skills(rows[k:])
				rows = rows[:k]
			}
			if p.res.Resume.Basics.Summary == "" && len(rows) > 0 {
				p.res.Resume.Basics.Summary = p.paragraphs(rows)
				p.field("basics.summary", 0.7, rows...)
			}
		case KindLanguages:
			p.languages(s.rows)
		case KindProjects:
			p.projects(s.rows)
		case KindContact:
			n := len(p.res.Fields)
			p.contact(s.rows)
			p.unread(s, p.res.Fields[n:])
		case KindHeader:
		default:
			if len(s.rows) > 0 {
				p.warn(WarnSectionNotRead, "", s.head, "the section "+strconv.Quote(s.title)+" ("+lineCount(len(s.rows))+
					") is not read: the parser reads contact details, the summary, work, education, skills, projects and languages")
			}
		}
	}
	b := &p.res.Resume.Basics
	if b.Name == "" {
		p.warn(WarnNoName, "basics.name", -1, "no name found: put your name alone on the first line")
	}
	if b.Email == "" && b.Phone == "" {
		p.warn(WarnNoContact, "basics.email", -1, "no e-mail address or phone number found in the text")
	}
	if !sawWork {
		p.warn(WarnNoWork, "work", -1, "no work experience section found: head it \"Experience\" or \"Work Experience\"")
	}
	if !sawEdu {
		p.warn(WarnNoEducation, "education", -1, "no education section found: head it \"Education\"")
	}
	return p.res
}

// unread warns about the rows of contact section s that gave none of
// fields and hold nothing a contact reader reads (an address, a number, a
// link, a place, a label such as "Phone" or "GitHub", the name given
// again): it keeps only contact details, and the rest would vanish
// without a word.
func (p *parser) unread(s *section, fields []Field) {
	used := map[int]bool{}
	for _, f := range fields {
		for _, l := range f.Lines {
			used[l] = true
		}
	}
	b := &p.res.Resume.Basics
	var lost []int
	for _, i := range s.rows {
		t := strings.TrimSpace(p.rows[i].text)
		if slices.ContainsFunc(p.rows[i].lines, func(l int) bool { return used[l] }) || contactLabel(t) || hasDigit(t) || strings.Contains(t, "@") || urlRE().MatchString(t) || placeWordIn(t) ||
			looksLikeLocation(t) || strings.EqualFold(t, b.Name) || strings.EqualFold(t, b.Label) {
			continue
		}
		lost = append(lost, i)
	}
	if len(lost) == 0 {
		return
	}
	sec := "of the section " + strconv.Quote(s.title)
	p.warnNotRead("", lost, sec+" hold no contact detail and are not read, the first",
		sec+" holds no contact detail and is not read, the first")
}

// warnNotRead warns that rows are in no field of the result: how many
// lines, then many's words (one's for a single line), then the first
// line, quoted and cut short.
func (p *parser) warnNotRead(path string, rows []int, many, one string) {
	words := many
	if len(rows) == 1 {
		words = one
	}
	p.warn(WarnLinesNotRead, path, rows[0], lineCount(len(rows))+" "+words+" "+strconv.Quote(excerpt(p.rows[rows[0]].text)))
}

// excerpt shortens t for a message to about 60 bytes, at the end of a
// word where it can.
func excerpt(t string) string {
	if len(t) <= 60 {
		return t
	}
	cut := strings.LastIndex(t[:60], " ")
	if cut <= 0 {
		cut = 60
		for !utf8.RuneStart(t[cut]) {
			cut--
		}
	}
	return strings.TrimSpace(t[:cut]) + " …"
}

// contactLabel reports whether t only labels a contact detail or names a
// network ("Phone:", "E-mail", "GitHub", "Address").
func contactLabel(t string) bool {
	t = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t), ":："))
	if t == "" || networkName(t) != "" || phoneLabelRE().FindString(t) == t || slices.Contains(appliedForLabels, strings.ToLower(t)) {
		return true
	}
	switch strings.ToLower(t) {
	case "email", "e-mail", "mail", "correo", "address", "adresse", "dirección", "direccion", "location", "web", "site",
		"homepage", "portfolio", "links", "social", "contact", "contacto", "kontakt":
		return true
	}
	return false
}

// continued folds into a work or education section the section after
// it whose heading no vocabulary knows and whose rows hold dates: a tag
// set like a heading ("PHP" under an entry) cut the section there, and
// the entries after it were read as an unknown section and lost. It also
// gives the last work or education section the rows on a later page than
// a contact section's heading ("Links" in a sidebar, read between two
// pages of the main column) when they hold two ranges of dates or more:
// contact details hold none, and the contact reader drops what is not
// contact. (The last such section whose rows stand in the same column:
// a sidebar's Education is not the main column's.)
func (p *parser) continued(secs []section) []section {
	dated := func(rows []int) int {
		n := 0
		for _, i := range rows {
			if len(p.analyze(i).rngs) > 0 {
				n++
			}
		}
		return n
	}
	out := secs[:1]
	for _, s := range secs[1:] {
		prev := &out[len(out)-1]
		if _, known := headingKind(s.title); s.kind == KindOther && !known && (prev.kind == KindWork || prev.kind == KindEducation) &&
			dated(s.rows) > 0 {
			prev.rows = slices.Concat(prev.rows, []int{s.head}, s.rows)
			continue
		}
		if s.kind == KindContact && s.head >= 0 {
			k := slices.IndexFunc(s.rows, func(i int) bool { return p.rows[i].page > p.rows[s.head].page })
			w := -1 // the last work or education section in the rows' column
			if k >= 0 && dated(s.rows[k:]) >= 2 {
				inColumn := func(i int) bool { return math.Abs(p.rows[i].x-p.rows[s.rows[k]].x) < 2 }
				for j := len(out) - 1; j >= 0 && w < 0; j-- {
					if (out[j].kind == KindWork || out[j].kind == KindEducation) && slices.ContainsFunc(out[j].rows, inColumn) {
						w = j
					}
				}
			}
			if w >= 0 {
				out[w].rows = slices.Concat(out[w].rows, s.rows[k:])
				s.rows = s.rows[:k]
			}
		}
		out = append(out, s)
	}
	return out
}

// carried gives back to a section the rows that go on with it at the top
// of the next page (PDF): a sidebar's list that runs over the page's end
// goes on in the sidebar's column of the next page, but reads after the
// main column's sections. A run of rows that opens a page inside a
// section whose rows on the page before stand in another column, at the
// left edge of an earlier section whose last row closed that page, and
// clear of the section's own column there, belongs to that section.
func (p *parser) carried(secs []section) []section {
	near := func(a, b float64) bool { return math.Abs(a-b) < 2 }
	lowest := map[int]float64{} // the lowest baseline of each page
	for i := range p.rows {
		if r := &p.rows[i]; r.y > lowest[r.page] {
			lowest[r.page] = r.y
		}
	}
	for si := 1; si < len(secs); si++ {
		s := &secs[si]
		for k := 0; k < len(s.rows); k++ {
			r := &p.rows[s.rows[k]]
			before := s.head
			if k > 0 {
				before = s.rows[k-1]
			}
			if r.x <= 0 || before < 0 || r.page != p.rows[before].page+1 {
				continue
			}
			own := slices.ContainsFunc(append([]int{s.head}, s.rows[:k]...), func(i int) bool {
				return p.rows[i].page == r.page-1 && near(p.rows[i].x, r.x)
			})
			if own {
				continue
			}
			t := -1
			for ti := si - 1; ti >= 1 && t < 0; ti-- {
				if rs := secs[ti].rows; len(rs) > 0 {
					last := &p.rows[rs[len(rs)-1]]
					if last.page == r.page-1 && near(last.x, r.x) && last.y+1 >= lowest[last.page] {
						t = ti
					}
				}
			}
			if t < 0 {
				continue
			}
			// (the run stays clear of the section's own column on the
			// page before: a main column that moves to the margin on a
			// page without the sidebar is wider, and crosses it)
			lo, hi := math.Inf(1), math.Inf(-1)
			for _, i := range append([]int{s.head}, s.rows[:k]...) {
				if o := &p.rows[i]; o.page == r.page-1 && o.right > 0 {
					lo, hi = min(lo, o.x), max(hi, o.right)
				}
			}
			end := k
			for end < len(s.rows) && p.rows[s.rows[end]].page == r.page && near(p.rows[s.rows[end]].x, r.x) {
				if o := &p.rows[s.rows[end]]; o.right > lo && o.x < hi {
					end = -1
					break
				}
				end++
			}
			if end < 0 {
				continue
			}
			secs[t].rows = append(secs[t].rows, s.rows[k:end]...)
			s.rows = slices.Delete(s.rows, k, end)
			k--
		}
	}
	return secs
}

// besideAbove gives back to a section the rows of the next column that
// stand level with its own rows but read after a later heading: a grid of
// skill cards in two columns reads its left column, then the heading
// under it ("Languages"), then its right column. Rows of a section that
// stand above its heading on its page, in another column, are no part of
// it: they go to the latest section before it whose rows on that page
// span their height.
func (p *parser) besideAbove(secs []section) []section {
	for si := 1; si < len(secs); si++ {
		s := &secs[si]
		if s.head < 0 || len(s.rows) == 0 {
			continue
		}
		h := &p.rows[s.head]
		above := func(i int) bool {
			r := &p.rows[i]
			return r.page == h.page && r.x > 0 && h.x > 0 && r.y < h.y-h.size && math.Abs(r.x-h.x) > 20
		}
		k := slices.IndexFunc(s.rows, above)
		if k < 0 {
			continue
		}
		end := k
		for end < len(s.rows) && above(s.rows[end]) {
			end++
		}
		if slices.ContainsFunc(s.rows[k:end], func(i int) bool { return len(p.analyze(i).rngs) > 0 }) {
			continue // (entries with dates: a page's columns read in another order)
		}
		r := &p.rows[s.rows[k]]
		for ti := si - 1; ti >= 1; ti-- {
			lo, hi := math.Inf(1), math.Inf(-1)
			for _, i := range secs[ti].rows {
				if o := &p.rows[i]; o.page == r.page {
					lo, hi = min(lo, o.y), max(hi, o.y)
				}
			}
			if lo <= r.y && r.y <= hi {
				secs[ti].rows = append(secs[ti].rows, s.rows[k:end]...)
				s.rows = slices.Delete(s.rows, k, end)
				break
			}
		}
	}
	return secs
}

// Text parses plain text, one line per text line.
func Text(s string, opts Options) *Result {
	return Parse(TextDocument(s), opts)
}

// TextDocument makes a Document of plain text, one Line per text line.
func TextDocument(s string) *extract.Document {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")
	doc := &extract.Document{Format: "text", Lines: make([]extract.Line, 0, len(lines))}
	for _, l := range lines {
		doc.Lines = append(doc.Lines, extract.Line{Text: l})
	}
	return doc
}

// paragraphs joins rows into paragraphs: a blank line or a list item
// starts a new one.
func (p *parser) paragraphs(idx []int) string {
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = nil
		}
	}
	for _, i := range idx {
		r := &p.rows[i]
		if r.gap || r.list {
			flush()
		}
		cur = append(cur, r.text)
	}
	flush()
	return strings.Join(paras, "\n\n")
}
