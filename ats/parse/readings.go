package parse

import (
	"strings"
	"sync"
	"unicode"

	"github.com/resumekit/resumekit/ats/parse/internal/fit"
)

// An entry header is read by enumerating every way its pieces can be the
// entry's fields and scoring each reading with fitted weights (package
// fit). A header is cut into segments at separators (" | ", " – ", ";",
// ", ", " at ", brackets; in education also " in "), keeping which
// separator came before each segment. A reading gives each segment a
// field or none; a field takes one run of neighbouring segments of one
// piece, so "Nara Logics, Inc" can stay whole. Features describe each
// run (word lists, capitals, typography, where it sits, what separates
// it) conjoined with the field it would be, and the reading as a whole
// (which fields it leaves empty, their order). The entries of one section
// then agree on one layout: the reading key that explains most entries
// gets a fitted bonus.

// seg is one segment of an entry header.
type seg struct {
	text       string
	piece      int // index of the header piece it was cut from
	start, end int // byte offsets in the piece's text
	sep        uint8
	row        int
}

// The separators before a segment.
const (
	sepRowStart uint8 = iota // first on its row
	sepGap                   // a new piece after a wide gap on the row
	sepComma
	sepDash
	sepAt
	sepParen
	sepIn
	numSeps
)

var sepNames = [numSeps]string{"row", "gap", "comma", "dash", "at", "paren", "in"}

// field labels of a reading; fieldNone leaves a segment unused.
const fieldNone = -1

// readingKind says which fields a section's entries have.
type readingKind struct {
	name   string
	fields []string // field names; the index is the label
}

var (
	workKind = &readingKind{name: "work", fields: []string{"position", "company", "location"}}
	eduKind  = &readingKind{name: "education", fields: []string{"institution", "studyType", "area", "location"}}
)

// The run features, each conjoined with the field the run would be.
const (
	fBias = iota
	fTitle
	fTitle2
	fOrg
	fSuffix
	fInst
	fDegree
	fDegreeStart
	fArea
	fPlace
	fLocLike
	fCityWord
	fRegionLast
	fWords1
	fWords23
	fWords46
	fWords7
	fAllCap
	fLowerWord
	fUpper
	fDigit
	fFirstRun
	fLastRun
	fFirstRow
	fLaterRow
	fBold
	fHeading
	fLarger
	fDateRow
	fMerged
	fEndsDot
	fLegacy
	fSepBase    // + separator kind
	numRunFeats = fSepBase + int(numSeps)
)

var runFeatNames = [...]string{"bias", "title", "title2", "org", "suffix", "inst", "degree", "degreeStart", "area",
	"place", "locLike", "cityWord", "regionLast", "words1", "words2-3", "words4-6", "words7+", "allCapWords",
	"lowerWord", "upper", "digit", "firstRun", "lastRun", "firstRow", "laterRow", "bold", "heading", "larger",
	"dateRow", "merged", "endsDot", "legacy"}

// The reading features (not conjoined with a field), after the run
// features of every field.
const (
	gMissingBase = iota // + field
	gUnused      = 8
	gUnusedLong  = 9
	gOrderBase   = 10 // + 4*a + b: field a before field b on one row
	gRowsApart   = 26
	numGlobal    = 27
)

// featNames lists every feature of a kind, in index order.
func (k *readingKind) featNames() []string {
	var out []string
	for _, f := range k.fields {
		for i := 0; i < numRunFeats; i++ {
			n := ""
			if i < fSepBase {
				n = runFeatNames[i]
			} else {
				n = "sep-" + sepNames[i-fSepBase]
			}
			out = append(out, k.name+"."+f+"."+n)
		}
	}
	for g := 0; g < numGlobal; g++ {
		out = append(out, k.name+"."+globalName(k, g))
	}
	return out
}

func globalName(k *readingKind, g int) string {
	switch {
	case g < gUnused:
		if g < len(k.fields) {
			return "missing-" + k.fields[g]
		}
		return "missing-" + itoa(g)
	case g == gUnused:
		return "unused"
	case g == gUnusedLong:
		return "unusedLong"
	case g < gRowsApart:
		a, b := (g-gOrderBase)/4, (g-gOrderBase)%4
		fa, fb := itoa(a), itoa(b)
		if a < len(k.fields) {
			fa = k.fields[a]
		}
		if b < len(k.fields) {
			fb = k.fields[b]
		}
		return "order-" + fa + "-" + fb
	}
	return "rowsApart"
}

func (k *readingKind) runFeat(field, f int) int32 { return int32(field*numRunFeats + f) }
func (k *readingKind) globalFeat(g int) int32     { return int32(len(k.fields)*numRunFeats + g) }

// weightsCache maps the active model to weight vectors by feature index.
type weightsCache struct {
	model *fit.Model
	work  []float64
	edu   []float64
}

var (
	wcMu sync.Mutex
	wc   weightsCache
)

// weights returns the active model's weights for kind k and its layout
// bonus.
func weights(k *readingKind) ([]float64, float64) {
	m := fit.Active()
	wcMu.Lock()
	defer wcMu.Unlock()
	if wc.model != m {
		wc = weightsCache{model: m, work: vector(m, workKind), edu: vector(m, eduKind)}
	}
	if k == workKind {
		return wc.work, m.Template
	}
	return wc.edu, m.Template
}

func vector(m *fit.Model, k *readingKind) []float64 {
	names := k.featNames()
	w := make([]float64, len(names))
	for i, n := range names {
		w[i] = m.Weights[n]
	}
	return w
}

// FeatureNames lists every feature the fitted model can weigh, for the
// fitting command: work features, then education features.
func FeatureNames() []string {
	return append(workKind.featNames(), eduKind.featNames()...)
}

// maxSegs bounds the segments of a header that are read as candidates;
// longer headers fall back to the rules.
const maxSegs = 7

// maxReadings bounds the readings of one header.
const maxReadings = 4000

// segments cuts an entry's header pieces at separators.
func segments(heads []piece, edu bool) []seg {
	var out []seg
	lastRow := -1
	for pi, h := range heads {
		t := h.text
		first := uint8(sepGap)
		if h.row != lastRow {
			first = sepRowStart
		}
		lastRow = h.row
		cutSegments(t, pi, h.row, first, edu, &out)
	}
	return out
}

// cutSegments appends the segments of one piece.
func cutSegments(t string, pi, row int, first uint8, edu bool, out *[]seg) {
	type cut struct {
		at, end int
		sep     uint8
	}
	var cuts []cut
	depth := 0
	n := len(t)
	for i := 0; i < n; i++ {
		c := t[i]
		switch c {
		case '(', '[':
			if depth == 0 && i > 0 && t[i-1] == ' ' {
				cuts = append(cuts, cut{i, i + 1, sepParen})
			}
			depth++
			continue
		case ')', ']':
			if depth > 0 {
				depth--
			}
			continue
		}
		if depth > 0 {
			continue
		}
		switch {
		case c == ',' && i+1 < n && t[i+1] == ' ':
			cuts = append(cuts, cut{i, i + 2, sepComma})
		case c == ';':
			cuts = append(cuts, cut{i, i + 1, sepDash})
		case c == ' ' && i+2 < n:
			rest := t[i+1:]
			for _, d := range []string{"| ", "– ", "— ", "- ", "· ", "• "} {
				if strings.HasPrefix(rest, d) {
					cuts = append(cuts, cut{i, i + 1 + len(d), sepDash})
					i += len(d) - 1
					goto next
				}
			}
			for _, a := range []string{"@ ", "at ", "bei ", "chez "} {
				if strings.HasPrefix(rest, a) && i > 0 {
					cuts = append(cuts, cut{i, i + 1 + len(a), sepAt})
					goto next
				}
			}
			if strings.HasPrefix(rest, "en ") && i > 0 {
				s := sepAt
				if edu {
					s = sepIn
				}
				cuts = append(cuts, cut{i, i + 4, s})
				goto next
			}
			if edu {
				for _, a := range []string{"in ", "im "} {
					if strings.HasPrefix(rest, a) && i > 0 {
						cuts = append(cuts, cut{i, i + 1 + len(a), sepIn})
						goto next
					}
				}
			}
		}
	next:
	}
	start, sep := 0, first
	emit := func(a, b int, s uint8) {
		for a < b && (t[a] == ' ' || strings.IndexByte(":|·–—-;,", t[a]) >= 0 && t[a] != '-') {
			a++
		}
		for b > a && strings.IndexByte(" :|;,", t[b-1]) >= 0 {
			b--
		}
		if a >= b {
			return
		}
		if s == sepParen && t[b-1] == ')' || s == sepParen && t[b-1] == ']' {
			b--
		}
		if a >= b {
			return
		}
		*out = append(*out, seg{text: t[a:b], piece: pi, start: a, end: b, sep: s, row: row})
	}
	for _, c := range cuts {
		emit(start, c.at, sep)
		start, sep = c.end, c.sep
	}
	emit(start, n, sep)
}

// reading is one assignment of segments to fields.
type reading struct {
	labels []int8
	fields []string
	score  float64
	key    string
	feats  []int32
}

// runText is the text of segments a..b (one piece), as written.
func runText(heads []piece, segs []seg, a, b int) string {
	if a == b {
		return segs[a].text
	}
	t := heads[segs[a].piece].text
	s := t[segs[a].start:segs[b].end]
	if segs[b].sep == sepParen && segs[b].end < len(t) && (t[segs[b].end] == ')' || t[segs[b].end] == ']') {
		s += t[segs[b].end : segs[b].end+1]
	}
	return s
}

// readCtx is what the features know of an entry besides its segments.
type readCtx struct {
	heads    []piece
	segs     []seg
	dateRows map[int]bool
	rows     []row
	body     float64
	legacy   []string // the rules' reading, by field
}

// runFeats appends the features of segments a..b read as field f.
func (k *readingKind) runFeats(c *readCtx, f, a, b int, text string, out []int32) []int32 {
	add := func(x int) { out = append(out, k.runFeat(f, x)) }
	add(fBias)
	ws := words(text)
	if ts := titleScore(text); ts > 0 {
		add(fTitle)
		if ts > 1 {
			add(fTitle2)
		}
	}
	if orgScore(text) > 0 {
		add(fOrg)
	}
	if len(ws) > 0 && companySuffix(ws[len(ws)-1]) {
		add(fSuffix)
	}
	if instScore(text) > 0 {
		add(fInst)
	}
	if degreeScore(text) > 0 {
		add(fDegree)
		if len(ws) > 0 && (degreeWords()[ws[0]] || degreeWords()[trimWord(ws[0])]) {
			add(fDegreeStart)
		}
	}
	if fieldScore(text) > 0 {
		add(fArea)
	}
	if knownPlace(text) {
		add(fPlace)
	}
	if looksLikeLocation(text) {
		add(fLocLike)
	}
	for _, w := range ws {
		if cities()[trimWord(w)] {
			add(fCityWord)
			break
		}
	}
	if len(ws) > 0 && isRegion(ws[len(ws)-1]) {
		add(fRegionLast)
	}
	switch n := len(ws); {
	case n <= 1:
		add(fWords1)
	case n <= 3:
		add(fWords23)
	case n <= 6:
		add(fWords46)
	default:
		add(fWords7)
	}
	caps, lower, upper := 0, 0, true
	for _, w := range strings.Fields(text) {
		r, _ := utf8DecodeFirst(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			caps++
		case unicode.IsLower(r) && !phraseWord(w):
			lower++
		}
		if strings.ToUpper(w) != w {
			upper = false
		}
	}
	if lower == 0 && caps > 0 {
		add(fAllCap)
	}
	if lower > 0 {
		add(fLowerWord)
	}
	if upper && caps > 0 {
		add(fUpper)
	}
	if hasDigit(text) {
		add(fDigit)
	}
	if a == 0 {
		add(fFirstRun)
	}
	if b == len(c.segs)-1 {
		add(fLastRun)
	}
	row := c.segs[a].row
	if row == c.segs[0].row {
		add(fFirstRow)
	} else {
		add(fLaterRow)
	}
	if row >= 0 && row < len(c.rows) {
		r := &c.rows[row]
		if r.bold {
			add(fBold)
		}
		if r.heading > 0 {
			add(fHeading)
		}
		if c.body > 0 && r.size > c.body+0.5 {
			add(fLarger)
		}
	}
	if c.dateRows[row] {
		add(fDateRow)
	}
	if b > a {
		add(fMerged)
	}
	if strings.HasSuffix(text, ".") && len(ws) > 0 && !companySuffix(ws[len(ws)-1]) {
		add(fEndsDot)
	}
	if f < len(c.legacy) && c.legacy[f] != "" && c.legacy[f] == text {
		add(fLegacy)
	}
	add(fSepBase + int(c.segs[a].sep))
	return out
}

func phraseWord(w string) bool {
	for _, p := range phraseWords {
		if w == p {
			return true
		}
	}
	return false
}

// companySuffix reports whether w ends a company's name (Inc, GmbH, ...).
func companySuffix(w string) bool {
	return companySuffixes()[trimWord(w)] || companySuffixes()[w]
}

// readings enumerates every reading of an entry header and scores it.
// It returns nil when the header has too many segments.
func (k *readingKind) readings(c *readCtx, w []float64) []reading {
	segs := c.segs
	n := len(segs)
	if n == 0 || n > maxSegs {
		return nil
	}
	nf := len(k.fields)
	// run features, cached by (a, b, field)
	type runKey struct{ a, b, f int }
	cache := map[runKey][]int32{}
	var out []reading
	labels := make([]int8, n)
	var rec func(i int, used uint8)
	rec = func(i int, used uint8) {
		if len(out) >= maxReadings {
			return
		}
		if i == n {
			out = append(out, k.build(c, labels, w, func(a, b, f int) []int32 {
				key := runKey{a, b, f}
				fs, ok := cache[key]
				if !ok {
					fs = k.runFeats(c, f, a, b, runText(c.heads, segs, a, b), nil)
					cache[key] = fs
				}
				return fs
			}))
			return
		}
		labels[i] = fieldNone
		rec(i+1, used)
		for f := 0; f < nf; f++ {
			if used&(1<<f) != 0 {
				continue
			}
			// a run: segments i..j of one piece
			for j := i; j < n && segs[j].piece == segs[i].piece; j++ {
				labels[j] = int8(f)
				rec(j+1, used|1<<f)
			}
		}
	}
	rec(0, 0)
	return out
}

// build turns labels into a scored reading.
func (k *readingKind) build(c *readCtx, labels []int8, w []float64, run func(a, b, f int) []int32) reading {
	nf := len(k.fields)
	rd := reading{labels: append([]int8(nil), labels...), fields: make([]string, nf)}
	var feats []int32
	first := make([]int, nf)
	rowOf := make([]int, nf)
	for f := range first {
		first[f] = -1
	}
	var key strings.Builder
	lastRow := c.segs[0].row
	unused, unusedLong := 0, 0
	for i := 0; i < len(labels); {
		j := i
		for j+1 < len(labels) && labels[j+1] == labels[i] && labels[i] != fieldNone && c.segs[j+1].piece == c.segs[i].piece {
			j++
		}
		if c.segs[i].row != lastRow {
			key.WriteByte('/')
			lastRow = c.segs[i].row
		}
		if f := labels[i]; f == fieldNone {
			unused++
			if len(strings.Fields(c.segs[i].text)) > 3 {
				unusedLong++
			}
			key.WriteByte('-')
		} else {
			rd.fields[f] = runText(c.heads, c.segs, i, j)
			first[f] = i
			rowOf[f] = c.segs[i].row
			feats = append(feats, run(i, j, int(f))...)
			key.WriteByte("PCLAXYZ"[f])
		}
		i = j + 1
	}
	for f := 0; f < nf; f++ {
		if first[f] < 0 {
			feats = append(feats, k.globalFeat(gMissingBase+f))
		}
	}
	for u := 0; u < unused; u++ {
		feats = append(feats, k.globalFeat(gUnused))
	}
	for u := 0; u < unusedLong; u++ {
		feats = append(feats, k.globalFeat(gUnusedLong))
	}
	for a := 0; a < nf && a < 4; a++ {
		for b := 0; b < nf && b < 4; b++ {
			if a != b && first[a] >= 0 && first[b] >= 0 && first[a] < first[b] {
				if rowOf[a] == rowOf[b] {
					feats = append(feats, k.globalFeat(gOrderBase+4*a+b))
				}
			}
		}
	}
	if nf >= 2 && first[0] >= 0 && first[1] >= 0 && rowOf[0] != rowOf[1] {
		feats = append(feats, k.globalFeat(gRowsApart))
	}
	s := 0.0
	for _, x := range feats {
		if int(x) < len(w) {
			s += w[x]
		}
	}
	rd.score, rd.feats, rd.key = s, feats, key.String()
	return rd
}

// decide picks one reading per entry: the layout key that best explains
// the section's entries gets the fitted bonus, then each entry takes its
// best reading. Entries without readings get -1.
func decide(all [][]reading, bonus float64) []int {
	pick := make([]int, len(all))
	bestKey := ""
	if bonus > 0 {
		type agg struct {
			sum   float64
			first int
		}
		keys := map[string]*agg{}
		var order []string
		for ei, rs := range all {
			seen := map[string]float64{}
			for _, r := range rs {
				if v, ok := seen[r.key]; !ok || r.score > v {
					seen[r.key] = r.score
				}
			}
			top := best(rs, "", 0)
			for key, v := range seen {
				a := keys[key]
				if a == nil {
					a = &agg{first: ei}
					keys[key] = a
					order = append(order, key)
				}
				a.sum += v - rs[top].score
			}
		}
		bestSum := 0.0
		for _, key := range order {
			// a key every entry can take scores its loss against each
			// entry's best; keys missing in an entry lose the bonus there
			count := 0
			for _, rs := range all {
				for _, r := range rs {
					if r.key == key {
						count++
						break
					}
				}
			}
			v := keys[key].sum + bonus*float64(count)
			if bestKey == "" || v > bestSum || v == bestSum && key < bestKey {
				bestKey, bestSum = key, v
			}
		}
	}
	for ei, rs := range all {
		if len(rs) == 0 {
			pick[ei] = -1
			continue
		}
		pick[ei] = best(rs, bestKey, bonus)
	}
	return pick
}

// best returns the index of the best reading, with the bonus for key.
func best(rs []reading, key string, bonus float64) int {
	b, bs := 0, 0.0
	for i, r := range rs {
		s := r.score
		if key != "" && r.key == key {
			s += bonus
		}
		if i == 0 || s > bs {
			b, bs = i, s
		}
	}
	return b
}

// observe hands a section's readings to the fitting command's observer.
func observeSection(k *readingKind, all [][]reading) {
	obs := fit.Observer()
	if obs == nil {
		return
	}
	sec := fit.Section{Kind: k.name, Names: k.fields}
	for _, rs := range all {
		var e fit.Entry
		for _, r := range rs {
			e.Cands = append(e.Cands, fit.Cand{Feats: r.feats, Fields: r.fields, Key: r.key})
		}
		sec.Entries = append(sec.Entries, e)
	}
	obs(sec)
}

// readSection reads the headers of a section's entries with the fitted
// model. It returns, per entry, the fields of the chosen reading in the
// kind's field order, or nil where the rules must decide (no header, too
// many segments, no fitted model).
func (p *parser) readSection(k *readingKind, es []*entry, legacy func(e *entry) []string) [][]string {
	w, bonus := weights(k)
	obs := fit.Observer()
	if len(fit.Active().Weights) == 0 && obs == nil {
		return make([][]string, len(es))
	}
	if p.bodyPt == 0 {
		p.bodyPt = bodySize(p.rows)
	}
	all := make([][]reading, len(es))
	for i, e := range es {
		if len(e.heads) == 0 {
			continue
		}
		c := &readCtx{heads: e.heads, segs: segments(e.heads, k == eduKind), rows: p.rows, body: p.bodyPt,
			dateRows: map[int]bool{}, legacy: legacy(e)}
		for _, r := range e.dateRows {
			c.dateRows[r] = true
		}
		all[i] = k.readings(c, w)
	}
	if obs != nil {
		observeSection(k, all)
	}
	out := make([][]string, len(es))
	if len(fit.Active().Weights) == 0 {
		return out
	}
	for i, pick := range decide(all, bonus) {
		if pick >= 0 {
			out[i] = all[i][pick].fields
		}
	}
	return out
}
