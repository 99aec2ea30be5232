package parse

import (
	"slices"
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
	// hard: the separator before it is a bar, a middle dot or a
	// semicolon, which no run of one field spans
	hard bool
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
	sepColon
	sepSpace // education: after a piece's first word ("B.A. Liberal Arts")
	numSeps
)

var sepNames = [numSeps]string{"row", "gap", "comma", "dash", "at", "paren", "in", "colon", "space"}

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
	gRules       = 27 // the reading is the rules' reading
	numGlobal    = 28
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
	case g == gRules:
		return "rules"
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
const maxSegs = 6

// maxUnused is how many segments a reading may leave unused.
const maxUnused = 1

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
		hard    bool
	}
	var cuts []cut
	depth := 0
	n := len(t)
	for i := 0; i < n; i++ {
		c := t[i]
		switch c {
		case '(', '[':
			if depth == 0 && i > 0 && t[i-1] == ' ' {
				cuts = append(cuts, cut{i, i + 1, sepParen, false})
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
			if suffixNext(t[i+2:]) {
				continue // "Nara Logics, Inc": the legal form ends the name
			}
			cuts = append(cuts, cut{i, i + 2, sepComma, false})
		case c == ';':
			cuts = append(cuts, cut{i, i + 1, sepDash, true})
		case c == ':' && i+1 < n && t[i+1] == ' ':
			cuts = append(cuts, cut{i, i + 2, sepColon, false})
		case c == ' ' && i+2 < n:
			rest := t[i+1:]
			for _, d := range []string{"| ", "– ", "— ", "- ", "· ", "• "} {
				if strings.HasPrefix(rest, d) {
					if durationOnlyRE().MatchString(rest[len(d):]) {
						break // "Intern - 8 months": the duration stays with the title
					}
					cuts = append(cuts, cut{i, i + 1 + len(d), sepDash, d == "· " || d == "• "})
					i += len(d) - 1
					goto next
				}
			}
			for _, a := range []string{"@ ", "at ", "bei ", "chez "} {
				if strings.HasPrefix(rest, a) && i > 0 {
					cuts = append(cuts, cut{i, i + 1 + len(a), sepAt, false})
					goto next
				}
			}
			if strings.HasPrefix(rest, "en ") && i > 0 {
				s := sepAt
				if edu {
					s = sepIn
				}
				cuts = append(cuts, cut{i, i + 4, s, false})
				goto next
			}
			if edu {
				for _, a := range []string{"in ", "im "} {
					if strings.HasPrefix(rest, a) && i > 0 {
						cuts = append(cuts, cut{i, i + 1 + len(a), sepIn, false})
						goto next
					}
				}
			}
		}
	next:
	}
	if edu {
		// the first word of the piece may be a degree before its area
		if sp := strings.IndexByte(t, ' '); sp > 0 && (len(cuts) == 0 || cuts[0].at > sp) && strings.IndexByte(t[:sp], '(') < 0 {
			cuts = append([]cut{{sp, sp + 1, sepSpace, false}}, cuts...)
		}
	}
	start, sep, hard := 0, first, false
	emit := func(a, b int, s uint8, hard bool) {
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
		*out = append(*out, seg{text: t[a:b], piece: pi, start: a, end: b, sep: s, row: row, hard: hard})
	}
	for _, c := range cuts {
		emit(start, c.at, sep, hard)
		start, sep, hard = c.end, c.sep, c.hard
	}
	emit(start, n, sep, hard)
}

// joinWord reports whether rest opens on a word that joins a name's
// parts ("of", "de", "für"): no field starts there.
func joinWord(rest string) bool {
	w, _, _ := strings.Cut(rest, " ")
	switch strings.ToLower(w) {
	case "in", "of", "en", "de", "im", "at", "from", "em", "da", "do", "du", "des", "der", "für", "y", "and", "&", "et", "und", "e":
		return true
	}
	return false
}

// suffixNext reports whether rest starts with a company's legal form
// that ends the text or its clause ("Inc", "Inc. (acquired by X)", "S.A.
// de C.V."), so the comma before it is part of the name.
func suffixNext(rest string) bool {
	w := rest
	if k := strings.IndexAny(rest, " ,;|("); k >= 0 {
		w = rest[:k]
	}
	if w == "" || !companySuffix(strings.ToLower(w)) {
		return false
	}
	after := strings.TrimSpace(rest[len(w):])
	return after == "" || strings.HasPrefix(after, "(") || strings.HasPrefix(after, ",") ||
		strings.HasPrefix(after, "|") || strings.HasPrefix(after, "–") || strings.HasPrefix(after, "—") || strings.HasPrefix(after, "- ")
}

// reading is one assignment of segments to fields.
type reading struct {
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
	rulesKey string   // the layout key of the rules' reading, once seen
}

// runFeats appends the features of segments a..b read as field f.
func baseFeats(c *readCtx, a, b int, text string) []int32 {
	var out []int32
	add := func(x int) { out = append(out, int32(x)) }
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

// readings enumerates the readings of an entry header and scores them.
// A segment may stay unused once per reading. With all set (the fitting
// command's observer) every reading comes back with its features;
// otherwise only the best reading of each layout key, which is all the
// section's decision needs. It returns nil when the header has too many
// segments.
func (k *readingKind) readings(c *readCtx, w []float64, all bool) []reading {
	segs := c.segs
	n := len(segs)
	if n == 0 || n > maxSegs {
		return nil
	}
	nf := len(k.fields)
	type run struct {
		feats []int32
		score float64
		text  string
	}
	// the field-free features of each span a..b, then each field's run
	type span struct {
		base []int32
		text string
		done bool
	}
	spans := make([]span, n*n)
	runs3 := make([]run, n*n*nf)
	have := make([]bool, n*n*nf)
	runOf := func(a, b, f int) *run {
		ri := (a*n+b)*nf + f
		r := &runs3[ri]
		if have[ri] {
			return r
		}
		have[ri] = true
		sp := &spans[a*n+b]
		if !sp.done {
			sp.text = runText(c.heads, segs, a, b)
			sp.base = baseFeats(c, a, b, sp.text)
			sp.done = true
		}
		r.text = sp.text
		off := int32(f * numRunFeats)
		for _, x := range sp.base {
			r.score += w[off+x]
		}
		legacy := f < len(c.legacy) && c.legacy[f] != "" && c.legacy[f] == sp.text
		if legacy {
			r.score += w[k.runFeat(f, fLegacy)]
		}
		if all {
			r.feats = make([]int32, 0, len(sp.base)+1)
			for _, x := range sp.base {
				r.feats = append(r.feats, off+x)
			}
			if legacy {
				r.feats = append(r.feats, k.runFeat(f, fLegacy))
			}
		}
		return r
	}
	var out []reading
	byKey := map[string]int{}
	labels := make([]int8, n)
	runs := make([]*run, 0, n)
	var first, rowOf [8]int
	for f := range first {
		first[f] = -1
	}
	key := make([]byte, 0, 2*n)
	legacyN := 0
	for _, l := range c.legacy {
		if l != "" {
			legacyN++
		}
	}
	leaf := func(score float64, un, unLong, leg int) {
		var g [numGlobal]int
		for f := 0; f < nf; f++ {
			if first[f] < 0 {
				g[gMissingBase+f]++
			}
		}
		g[gUnused], g[gUnusedLong] = un, unLong
		for a := 0; a < nf && a < 4; a++ {
			for b := 0; b < nf && b < 4; b++ {
				if a != b && first[a] >= 0 && first[b] >= 0 && first[a] < first[b] && rowOf[a] == rowOf[b] {
					g[gOrderBase+4*a+b]++
				}
			}
		}
		if nf >= 2 && first[0] >= 0 && first[1] >= 0 && rowOf[0] != rowOf[1] {
			g[gRowsApart]++
		}
		if legacyN > 0 && leg == legacyN && len(runs) == leg {
			g[gRules]++
			c.rulesKey = string(key)
		}
		for i, v := range g {
			if v > 0 {
				score += float64(v) * w[k.globalFeat(i)]
			}
		}
		if !all {
			if j, ok := byKey[string(key)]; ok && out[j].score >= score {
				return
			}
		}
		rd := reading{score: score, key: string(key), fields: make([]string, nf)}
		// the fields: walk the labels once more
		for i := 0; i < n; {
			j := i
			for j+1 < n && labels[j+1] == labels[i] && labels[i] != fieldNone && segs[j+1].piece == segs[i].piece {
				j++
			}
			if f := labels[i]; f != fieldNone {
				rd.fields[f] = runs3[(i*n+j)*nf+int(f)].text
			}
			i = j + 1
		}
		if all {
			for _, r := range runs {
				rd.feats = append(rd.feats, r.feats...)
			}
			for i, v := range g {
				for ; v > 0; v-- {
					rd.feats = append(rd.feats, k.globalFeat(i))
				}
			}
			out = append(out, rd)
			return
		}
		if j, ok := byKey[rd.key]; ok {
			out[j] = rd
			return
		}
		byKey[rd.key] = len(out)
		out = append(out, rd)
	}
	var rec func(i int, used uint8, un, unLong, leg int, score float64)
	rec = func(i int, used uint8, un, unLong, leg int, score float64) {
		if i == n {
			leaf(score, un, unLong, leg)
			return
		}
		kl := len(key)
		if i > 0 && segs[i].row != segs[i-1].row {
			key = append(key, '/')
		}
		kr := len(key)
		if un < maxUnused {
			labels[i] = fieldNone
			key = append(key, '-')
			long := 0
			if wordCount(segs[i].text) > 3 {
				long = 1
			}
			rec(i+1, used, un+1, unLong+long, leg, score)
			key = key[:kr]
		}
		for f := 0; f < nf; f++ {
			if used&(1<<f) != 0 || segs[i].sep == sepSpace && joinWord(segs[i].text) {
				// (no field starts inside a name: "Ingeniería" | "de
				// sistemas" is read whole or not at all)
				continue
			}
			first[f], rowOf[f] = i, segs[i].row
			key = append(key, "PCLAXYZ"[f])
			// a run: segments i..j of one piece
			for j := i; j < n && segs[j].piece == segs[i].piece; j++ {
				if j > i && (segs[j].row != segs[j-1].row || segs[j].hard) {
					break
				}
				labels[j] = int8(f)
				r := runOf(i, j, f)
				runs = append(runs, r)
				l := leg
				if f < len(c.legacy) && c.legacy[f] != "" && c.legacy[f] == r.text {
					l++
				}
				rec(j+1, used|1<<f, un, unLong, l, score+r.score)
				runs = runs[:len(runs)-1]
			}
			first[f] = -1
			key = key[:kr]
		}
		key = key[:kl]
	}
	rec(0, 0, 0, 0, 0, 0)
	return out
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
		// a template must be the first choice of half the entries
		tops, n := 0, 0
		for _, rs := range all {
			if len(rs) > 0 {
				n++
				if rs[best(rs, "", 0)].key == bestKey {
					tops++
				}
			}
		}
		if 2*tops < n {
			bestKey = ""
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
	all := make([][]reading, len(es))
	rulesKeys := make([]string, len(es))
	legacies := make([][]string, len(es))
	for i, e := range es {
		if len(e.heads) == 0 {
			continue
		}
		c := &readCtx{heads: e.heads, segs: segments(e.heads, k == eduKind), rows: p.rows, body: p.bodyPoints(),
			dateRows: map[int]bool{}, legacy: legacy(e)}
		legacies[i] = c.legacy
		for _, r := range e.dateRows {
			c.dateRows[r] = true
		}
		all[i] = k.readings(c, w, obs != nil)
		if all[i] != nil {
			rulesKeys[i] = c.rulesKey
		}
	}
	if obs != nil {
		observeSection(k, all)
	}
	out := make([][]string, len(es))
	if len(fit.Active().Weights) == 0 {
		return out
	}
	// an entry whose rules' reading has a place that names no place
	// ("Centers Junior - Desarrollador Frontend" over "NTT DATA CENTERS"
	// read as title, company and place) does not vote for the layout
	votes := slices.Clone(rulesKeys)
	for i := range votes {
		if legacies[i] != nil && noPlace(k, legacies[i]) > 0 {
			votes[i] = ""
		}
	}
	if voters := len(votes) - countEmpty(votes); voters < 2 && voters < len(votes)-countEmpty(rulesKeys) {
		votes = rulesKeys // (too few left to make a template)
	}
	key, ok := majorityKey(votes)
	if key == "" {
		// the segments can express no entry as the rules read it
		// ("Google Mountain View, CA"): the rules read the section
		return out
	}
	if ok {
		// the section's template is the rules' majority layout: entries
		// the rules read otherwise, or read leaving a segment unused, are
		// read again within it
		var picks []int
		for i, rk := range votes {
			if all[i] == nil || rk != "" && subKey(rk, key) && !strings.Contains(rk, "-") {
				continue
			}
			// the key itself, else the key with segments or rows left
			// unused after it
			bi := bestWhere(all[i], func(k string) bool { return k == key })
			if bi < 0 {
				bi = bestWhere(all[i], func(k string) bool { return unusedTail(k, key) })
			}
			if bi < 0 {
				// or with a segment unused after a field of its row
				// ("Matériel et Services Guyane" | "Cayenne", a town
				// the lists do not know)
				bi = bestWhere(all[i], func(k string) bool { return unusedInRow(k, key) })
			}
			// (a place the rules read that names no place does not count:
			// "Global Payments Inc" under "Senior Director - Product
			// Engineering")
			if bi >= 0 && filled(all[i][bi].fields) >= filled(legacies[i])-noPlace(k, legacies[i]) {
				out[i] = bracketPlace(k, all[i][bi].fields)
			} else if bi < 0 && rk == "" {
				// neither the layout nor the rules' reading fits the
				// entry's segments: the model reads it as it reads a
				// section without a layout
				if picks == nil {
					picks = decide(all, bonus)
				}
				if pick := picks[i]; pick >= 0 && filled(all[i][pick].fields) >= filled(legacies[i]) {
					out[i] = bracketPlace(k, all[i][pick].fields)
				}
			}
		}
		return out
	}
	for i, pick := range decide(all, bonus) {
		// the model may not read fewer fields than the rules found
		if pick >= 0 && filled(all[i][pick].fields) >= filled(legacies[i]) {
			out[i] = bracketPlace(k, all[i][pick].fields)
		}
	}
	return out
}

// bestWhere returns the index of the best-scoring reading whose layout
// key satisfies ok, or -1.
func bestWhere(rs []reading, ok func(key string) bool) int {
	bi := -1
	for j, r := range rs {
		if ok(r.key) && (bi < 0 || r.score > rs[bi].score) {
			bi = j
		}
	}
	return bi
}

// unusedInRow reports whether layout key k is key with segments left
// unused after a field of their row ("C-/P" is "C/P"; "P/-C" is not).
func unusedInRow(k, key string) bool {
	return strings.Contains(k, "-") && !strings.HasPrefix(k, "-") && !strings.Contains(k, "/-") && strings.ReplaceAll(k, "-", "") == key
}

// countEmpty counts the empty strings of s.
func countEmpty(s []string) int {
	n := 0
	for _, x := range s {
		if x == "" {
			n++
		}
	}
	return n
}

// unusedTail reports whether layout key k is key with segments or rows
// left unused after it ("PC/-" is "PC" and a line of the summary read
// into the header).
func unusedTail(k, key string) bool {
	rest, ok := strings.CutPrefix(k, key)
	return ok && rest != "" && strings.Trim(rest, "-/") == ""
}

// noPlace is 1 when the location of fields f names no place, or names
// an organisation ("Universidad Austral de Chile"), else 0.
func noPlace(k *readingKind, f []string) int {
	loc := f[len(k.fields)-1]
	if loc != "" && (!namesPlace(loc) || orgScore(loc) > 0 || instScore(loc) > 0) {
		return 1
	}
	return 0
}

// filled counts the non-empty fields.
func filled(f []string) int {
	n := 0
	for _, x := range f {
		if x != "" {
			n++
		}
	}
	return n
}

// bracketPlace moves a bracket that ends the company or the school into
// the empty location, as the rules do: "Acme (Berlin)".
func bracketPlace(k *readingKind, f []string) []string {
	org, loc := 1, 2
	if k == eduKind {
		org, loc = 0, 3
	}
	if f[loc] != "" {
		return f
	}
	if m := trailingParenRE().FindStringSubmatch(f[org]); m != nil && m[1] != "" && placeLike(m[2]) {
		f = append([]string(nil), f...)
		f[org], f[loc] = m[1], m[2]
	}
	return f
}

// subKey reports whether layout key a is key b with some fields left out
// or unused (a title without a company where the others have both).
func subKey(a, b string) bool {
	a = strings.ReplaceAll(a, "-", "")
	b = strings.ReplaceAll(b, "-", "")
	if strings.Count(a, "/") != strings.Count(b, "/") {
		return false
	}
	j := 0
	for i := 0; i < len(b) && j < len(a); i++ {
		if a[j] == b[i] {
			j++
		}
	}
	return j == len(a)
}

// majorityKey returns the layout key that more than half of the entries
// the rules read expressibly share, counting an entry read with segments
// left unused for the key without them. The rules then agree on the
// section's template, and the model only re-reads the entries that stray
// from it (a company with a comma in its name, a title with a dash in it
// over its company's row). A majority that leaves a segment unused is
// none. Without a majority the model reads every
// entry, with the template bonus. An entry whose rules reading no
// segment reading can express (a company from the line above, a title
// with "@" in it) takes the template where its segments can, else the
// model's reading.
func majorityKey(keys []string) (string, bool) {
	count := map[string]int{}
	n := 0
	for _, k := range keys {
		if k == "" {
			continue // not expressible: no vote
		}
		n++
		count[k]++
	}
	// an entry votes for its own key, and one that leaves segments
	// unused also for the key without them ("P-/C" for "P/C": the rules
	// cut "Technical Architect, Consultant" where the others hold their
	// title whole)
	best, bestVotes := "", 0
	for k := range count {
		votes := 0
		for j, c := range count {
			if j == k || strings.ReplaceAll(j, "-", "") == k {
				votes += c
			}
		}
		if votes > bestVotes || votes == bestVotes && (count[k] > count[best] || count[k] == count[best] && k < best) {
			best, bestVotes = k, votes
		}
	}
	// a layout that leaves a segment unused is no template: the model
	// reads such a section (the school above "Course, Object Oriented
	// with Java" was the segment left out, and vanished); one of a
	// single field, which says nothing of how fields are set apart, only
	// where every entry has it ("Instructional coach in IT at ENI Ecole
	// Informatique" was read whole as the title where most were)
	single := len(strings.ReplaceAll(best, "/", "")) < 2
	return best, n > 0 && 2*bestVotes > n && !strings.Contains(best, "-") && (!single || bestVotes == n)
}

// placeLike reports whether a bracket after a name may be its place: a
// few capitalised words without organisation or title words ("MyTown",
// "Sherbrooke, Canada", not "via Norland GmbH").
func placeLike(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 4 || orgScore(s) > 0 || titleScore(s) > 0 {
		return false
	}
	for _, w := range f {
		if r, _ := utf8DecodeFirst(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
