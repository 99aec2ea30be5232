package score

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Field is one scored field.
type Field int

// The scored fields, in report order.
const (
	Name Field = iota
	Email
	Phone
	WorkCompany
	WorkPosition
	WorkStartDate
	WorkEndDate
	EduInstitution
	SkillsKeywords
	// The extended fields, scored always but summed only by
	// OverallExtended (score_parse.py --extended).
	WorkLocation
	EduStudyType
	EduArea
	EduStartDate
	EduEndDate
	NumFields
)

// NumBaseFields is the number of fields the default summary sums: the
// fields before WorkLocation.
const NumBaseFields = WorkLocation

var fieldNames = [NumFields]string{
	"name", "email", "phone", "work_company", "work_position", "work_startDate",
	"work_endDate", "edu_institution", "skills_keywords",
	"work_location", "edu_studyType", "edu_area", "edu_startDate", "edu_endDate",
}

// String returns the field's name as the Python scorer prints it.
func (f Field) String() string {
	if f < 0 || f >= NumFields {
		return "field(" + strconv.Itoa(int(f)) + ")"
	}
	return fieldNames[f]
}

// Count holds the micro counts of one field.
type Count struct {
	Expected  int `json:"expected"`
	Predicted int `json:"predicted"`
	Correct   int `json:"correct"`
}

// PRF returns precision, recall and F1. An empty side counts as perfect
// when the other side is empty too.
func (c Count) PRF() (p, r, f float64) {
	switch {
	case c.Predicted > 0:
		p = float64(c.Correct) / float64(c.Predicted)
	case c.Expected == 0:
		p = 1
	}
	switch {
	case c.Expected > 0:
		r = float64(c.Correct) / float64(c.Expected)
	case c.Predicted == 0:
		r = 1
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Counts holds the counts of every field.
type Counts [NumFields]Count

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	for i := range c {
		c[i].Expected += o[i].Expected
		c[i].Predicted += o[i].Predicted
		c[i].Correct += o[i].Correct
	}
}

// Overall sums the base fields, with or without the skills keywords.
func (c Counts) Overall(includeSkills bool) Count {
	var a Count
	for f, v := range c[:NumBaseFields] {
		if Field(f) == SkillsKeywords && !includeSkills {
			continue
		}
		a.Expected += v.Expected
		a.Predicted += v.Predicted
		a.Correct += v.Correct
	}
	return a
}

// OverallExtended sums every field, the extended ones included, as
// score_parse.py --extended does.
func (c Counts) OverallExtended() Count {
	var a Count
	for _, v := range c {
		a.Expected += v.Expected
		a.Predicted += v.Predicted
		a.Correct += v.Correct
	}
	return a
}

// F1 is the overall F1 including skills, the figure the accuracy bars use.
func (c Counts) F1() float64 {
	_, _, f := c.Overall(true).PRF()
	return f
}

// BasicVerdict is the verdict on one of name, e-mail and phone.
type BasicVerdict struct {
	Expected string `json:"expected"`
	Parsed   string `json:"parsed"`
	Verdict  string `json:"verdict"` // ok, MISSING, WRONG, unlabelled, EXTRA
}

// WorkEntry is the label's or the parser's view of one work entry.
type WorkEntry struct {
	Name, Position, StartDate, EndDate string
}

// WorkRow is one labelled work entry with its paired parsed entry.
type WorkRow struct {
	Label  WorkEntry
	Parsed *WorkEntry      // nil when unpaired
	Fields map[string]bool // field name -> matched
}

// EduRow is one labelled institution with its paired parsed one.
type EduRow struct {
	Label  string
	Parsed string
	OK     bool
}

// Detail explains a score.
type Detail struct {
	Basics        [3]BasicVerdict // name, email, phone
	Work          []WorkRow
	WorkExtra     []WorkEntry // parsed entries paired with no label entry
	Education     []EduRow
	SkillsFound   int
	SkillsMissing []string
	SkillsTotal   int
}

// Result is the score of one parsed resume against its label.
type Result struct {
	Counts Counts
	Detail Detail
}

// F1 returns the overall field F1 (skills included).
func (r *Result) F1() float64 { return r.Counts.F1() }

// JSON decodes a JSON document the way the scorer reads it (numbers kept
// as written).
func JSON(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("score: %w", err)
	}
	return v, nil
}

// ScoreJSON scores a parsed JSON Resume document against a label, both
// given as JSON bytes.
func ScoreJSON(label, parsed []byte) (*Result, error) {
	l, err := JSON(label)
	if err != nil {
		return nil, fmt.Errorf("label: %w", err)
	}
	p, err := JSON(parsed)
	if err != nil {
		return nil, fmt.Errorf("parsed: %w", err)
	}
	return Score(l, p), nil
}

// str renders a JSON value as Python's str() does, trimmed; nil is "".
func str(v any) string {
	switch t := v.(type) {
	case nil:
		return ""
	case string:
		return strings.TrimFunc(t, isSpace)
	}
	return strings.TrimFunc(pyStr(v), isSpace)
}

func pyStr(v any) string {
	switch t := v.(type) {
	case nil:
		return "None"
	case string:
		return t
	case bool:
		if t {
			return "True"
		}
		return "False"
	case json.Number:
		s := string(t)
		if !strings.ContainsAny(s, ".eE") {
			if i, err := strconv.ParseInt(s, 10, 64); err == nil {
				return strconv.FormatInt(i, 10)
			}
			return s
		}
		f, err := t.Float64()
		if err != nil {
			return s
		}
		return pyFloat(f)
	case float64:
		return pyFloat(t)
	case []any:
		parts := make([]string, len(t))
		for i, x := range t {
			parts[i] = pyRepr(x)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = pyRepr(k) + ": " + pyRepr(t[k])
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return fmt.Sprint(v)
}

func pyRepr(v any) string {
	if s, ok := v.(string); ok {
		return "'" + s + "'"
	}
	return pyStr(v)
}

// pyFloat formats f as Python's repr of a float.
func pyFloat(f float64) string {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return strconv.FormatFloat(f, 'g', -1, 64)
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // d.dddde±XX
	mant, exps, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(exps)
	if exp < -4 || exp >= 16 {
		sign := "+"
		if exp < 0 {
			sign, exp = "-", -exp
		}
		return fmt.Sprintf("%se%s%02d", mant, sign, exp)
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

func has(v any) bool { return str(v) != "" }

func obj(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

// truthy reports Python truthiness of a JSON value.
func truthy(v any) bool {
	switch t := v.(type) {
	case nil:
		return false
	case string:
		return t != ""
	case bool:
		return t
	case json.Number:
		f, err := t.Float64()
		return err != nil || f != 0
	case []any:
		return len(t) > 0
	case map[string]any:
		return len(t) > 0
	}
	return true
}

// items iterates a JSON value as Python's "for x in (v or [])" does.
func items(v any) []any {
	if !truthy(v) {
		return nil
	}
	switch t := v.(type) {
	case []any:
		return t
	case string:
		var out []any
		for _, r := range t {
			out = append(out, string(r))
		}
		return out
	case map[string]any:
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		out := make([]any, len(keys))
		for i, k := range keys {
			out[i] = k
		}
		return out
	}
	return nil
}

func dicts(v any) []map[string]any {
	var out []map[string]any
	for _, x := range items(v) {
		if m, ok := x.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

type cand struct {
	s    float64
	i, j int
}

func greedyPairs(ng, nx int, sim func(i, j int) float64) map[int]int {
	var cands []cand
	for i := 0; i < ng; i++ {
		for j := 0; j < nx; j++ {
			if s := sim(i, j); s > 0 {
				cands = append(cands, cand{s, i, j})
			}
		}
	}
	sort.Slice(cands, func(a, b int) bool {
		ca, cb := cands[a], cands[b]
		if ca.s != cb.s {
			return ca.s > cb.s
		}
		if ca.i != cb.i {
			return ca.i < cb.i
		}
		return ca.j < cb.j
	})
	usedG, usedX := map[int]bool{}, map[int]bool{}
	pairs := map[int]int{}
	for _, c := range cands {
		if usedG[c.i] || usedX[c.j] {
			continue
		}
		usedG[c.i], usedX[c.j] = true, true
		pairs[c.i] = c.j
	}
	return pairs
}

func labelHasDates(w map[string]any) bool {
	return has(w["startDate"]) || has(w["endDate"])
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func workSim(g, x map[string]any) float64 {
	var sum float64
	n := 0
	for _, k := range []string{"name", "position"} {
		if has(g[k]) {
			sum += TokenF1(pyStrNil(g[k]), pyStrNil(x[k]))
			n++
		}
	}
	if n == 0 {
		return 0
	}
	base := sum / float64(n)
	if base <= 0 {
		return 0
	}
	tie := 0.0
	if labelHasDates(g) {
		tie += 0.001 * b2f(DateMatch(pyStrNil(g["startDate"]), pyStrNil(x["startDate"])))
		tie += 0.001 * b2f(DateMatch(pyStrNil(g["endDate"]), pyStrNil(x["endDate"])))
	}
	return base + tie
}

// pyStrNil is Python's normalize() input: None is "", anything else str().
func pyStrNil(v any) string {
	if v == nil {
		return ""
	}
	return pyStr(v)
}

func entry(m map[string]any) WorkEntry {
	return WorkEntry{Name: str(m["name"]), Position: str(m["position"]), StartDate: str(m["startDate"]), EndDate: str(m["endDate"])}
}

// Score scores a parsed JSON Resume document against a label, both as
// decoded JSON (see JSON). It reads basics.name, basics.email,
// basics.phone, work[].name, .position, .startDate, .endDate,
// education[].institution and skills[].name/keywords, and follows
// shared/tools/score_parse.py rule for rule.
func Score(label, parsed any) *Result {
	res := &Result{}
	c := &res.Counts
	lm, pm := obj(label), obj(parsed)
	lb, pb := obj(lm["basics"]), obj(pm["basics"])

	basics := []struct {
		key string
		f   Field
		ok  func(a, b string) bool
	}{{"name", Name, NameMatch}, {"email", Email, ExactMatch}, {"phone", Phone, PhoneMatch}}
	for i, b := range basics {
		e, x := lb[b.key], pb[b.key]
		he, hx := has(e), has(x)
		if he {
			c[b.f].Expected++
		}
		if hx {
			c[b.f].Predicted++
		}
		good := he && hx && b.ok(pyStrNil(e), pyStrNil(x))
		if good {
			c[b.f].Correct++
		}
		v := "unlabelled"
		switch {
		case good:
			v = "ok"
		case he && !hx:
			v = "MISSING"
		case he:
			v = "WRONG"
		case hx:
			v = "EXTRA"
		}
		res.Detail.Basics[i] = BasicVerdict{Expected: str(e), Parsed: str(x), Verdict: v}
	}

	gt := dicts(lm["work"])
	var ex []map[string]any
	for _, w := range dicts(pm["work"]) {
		if has(w["name"]) || has(w["position"]) || has(w["startDate"]) || has(w["endDate"]) {
			ex = append(ex, w)
		}
	}
	pairs := greedyPairs(len(gt), len(ex), func(i, j int) float64 { return workSim(gt[i], ex[j]) })
	predict := func(x map[string]any) {
		if has(x["name"]) {
			c[WorkCompany].Predicted++
		}
		if has(x["position"]) {
			c[WorkPosition].Predicted++
		}
		if has(x["startDate"]) {
			c[WorkStartDate].Predicted++
		}
		if has(x["endDate"]) || has(x["startDate"]) {
			c[WorkEndDate].Predicted++
		}
		if has(x["location"]) {
			c[WorkLocation].Predicted++
		}
	}
	paired := map[int]bool{}
	for i, g := range gt {
		j, ok := pairs[i]
		x := map[string]any{}
		row := WorkRow{Label: entry(g), Fields: map[string]bool{}}
		if ok {
			x = ex[j]
			paired[j] = true
			pe := entry(x)
			row.Parsed = &pe
		}
		check := func(f Field, good bool) {
			c[f].Expected++
			if good {
				c[f].Correct++
			}
			row.Fields[f.String()] = good
		}
		if has(g["name"]) {
			check(WorkCompany, FuzzyMatch(pyStrNil(g["name"]), pyStrNil(x["name"])))
		}
		if has(g["position"]) {
			check(WorkPosition, FuzzyMatch(pyStrNil(g["position"]), pyStrNil(x["position"])))
		}
		if labelHasDates(g) {
			if has(g["startDate"]) {
				check(WorkStartDate, ok && DateMatch(pyStrNil(g["startDate"]), pyStrNil(x["startDate"])))
			}
			check(WorkEndDate, ok && DateMatch(pyStrNil(g["endDate"]), pyStrNil(x["endDate"])))
		}
		if has(g["location"]) {
			check(WorkLocation, ok && FuzzyMatch(pyStrNil(g["location"]), pyStrNil(x["location"])))
		}
		if ok {
			predict(x)
		}
		res.Detail.Work = append(res.Detail.Work, row)
	}
	for j, x := range ex {
		if !paired[j] {
			predict(x)
			res.Detail.WorkExtra = append(res.Detail.WorkExtra, entry(x))
		}
	}

	var ge, xe []map[string]any
	for _, e := range dicts(lm["education"]) {
		if has(e["institution"]) {
			ge = append(ge, e)
		}
	}
	for _, e := range dicts(pm["education"]) {
		if has(e["institution"]) {
			xe = append(xe, e)
		}
	}
	epairs := greedyPairs(len(ge), len(xe), func(i, j int) float64 {
		return TokenF1(pyStrNil(ge[i]["institution"]), pyStrNil(xe[j]["institution"]))
	})
	c[EduInstitution].Expected += len(ge)
	c[EduInstitution].Predicted += len(xe)
	for i, g := range ge {
		row := EduRow{Label: str(g["institution"])}
		if j, ok := epairs[i]; ok {
			row.Parsed = str(xe[j]["institution"])
			row.OK = FuzzyMatch(pyStrNil(g["institution"]), pyStrNil(xe[j]["institution"]))
		}
		if row.OK {
			c[EduInstitution].Correct++
		}
		res.Detail.Education = append(res.Detail.Education, row)
	}
	// the extended education fields, on the same pairing
	for i, g := range ge {
		j, ok := epairs[i]
		x := map[string]any{}
		if ok {
			x = xe[j]
		}
		for _, k := range []struct {
			f   Field
			key string
		}{{EduStudyType, "studyType"}, {EduArea, "area"}} {
			if has(g[k.key]) {
				c[k.f].Expected++
				if ok && FuzzyMatch(pyStrNil(g[k.key]), pyStrNil(x[k.key])) {
					c[k.f].Correct++
				}
			}
		}
		if has(g["startDate"]) {
			c[EduStartDate].Expected++
			if ok && DateMatch(pyStrNil(g["startDate"]), pyStrNil(x["startDate"])) {
				c[EduStartDate].Correct++
			}
		}
		if labelHasDates(g) {
			c[EduEndDate].Expected++
			if ok && DateMatch(pyStrNil(g["endDate"]), pyStrNil(x["endDate"])) {
				c[EduEndDate].Correct++
			}
		}
	}
	for _, x := range xe {
		for _, k := range []struct {
			f   Field
			key string
		}{{EduStudyType, "studyType"}, {EduArea, "area"}, {EduStartDate, "startDate"}} {
			if has(x[k.key]) {
				c[k.f].Predicted++
			}
		}
		if has(x["endDate"]) || has(x["startDate"]) {
			c[EduEndDate].Predicted++
		}
	}

	var hay []string
	for _, s := range items(pm["skills"]) {
		switch t := s.(type) {
		case map[string]any:
			if n := str(t["name"]); n != "" {
				hay = append(hay, Normalize(n))
			}
			for _, k := range items(t["keywords"]) {
				if k := str(k); k != "" {
					hay = append(hay, Normalize(k))
				}
			}
		case string:
			if t != "" {
				hay = append(hay, Normalize(t))
			}
		}
	}
	haystack := strings.Join(hay, " | ")
	for _, s := range dicts(lm["skills"]) {
		for _, k := range items(s["keywords"]) {
			if !has(k) {
				continue
			}
			kw := str(k)
			res.Detail.SkillsTotal++
			c[SkillsKeywords].Expected++
			if ContainsPhrase(haystack, Normalize(kw)) {
				res.Detail.SkillsFound++
				c[SkillsKeywords].Correct++
				c[SkillsKeywords].Predicted++
			} else {
				res.Detail.SkillsMissing = append(res.Detail.SkillsMissing, kw)
			}
		}
	}
	return res
}

// ContainsPhrase reports whether the normalised phrase occurs in hay as a
// whole phrase: not preceded or followed by a word character, + or #.
func ContainsPhrase(hay, phrase string) bool {
	if phrase == "" {
		return false
	}
	edge := func(r rune) bool { return isWord(r) || r == '+' || r == '#' }
	for from := 0; from <= len(hay); {
		i := strings.Index(hay[from:], phrase)
		if i < 0 {
			return false
		}
		i += from
		before, after := true, true
		if i > 0 {
			r := lastRune(hay[:i])
			before = !edge(r)
		}
		if end := i + len(phrase); end < len(hay) {
			r := firstRune(hay[end:])
			after = !edge(r)
		}
		if before && after {
			return true
		}
		from = i + 1
	}
	return false
}

func lastRune(s string) rune {
	rs := []rune(s)
	return rs[len(rs)-1]
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// Table renders counts as the Python scorer's field table.
func (c Counts) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-17s%9s%10s%8s%7s%7s%7s\n", "field", "expected", "predicted", "correct", "P", "R", "F1")
	row := func(name string, v Count) {
		p, r, f := v.PRF()
		fmt.Fprintf(&b, "%-17s%9d%10d%8d%7.3f%7.3f%7.3f\n", name, v.Expected, v.Predicted, v.Correct, p, r, f)
	}
	for f, v := range c[:NumBaseFields] {
		row(Field(f).String(), v)
	}
	row("OVERALL", c.Overall(true))
	row("OVERALL-noskills", c.Overall(false))
	return b.String()
}

// TableExtended renders counts as score_parse.py --extended prints them:
// every field, then the three overall rows.
func (c Counts) TableExtended() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-17s%9s%10s%8s%7s%7s%7s\n", "field", "expected", "predicted", "correct", "P", "R", "F1")
	row := func(name string, v Count) {
		p, r, f := v.PRF()
		fmt.Fprintf(&b, "%-17s%9d%10d%8d%7.3f%7.3f%7.3f\n", name, v.Expected, v.Predicted, v.Correct, p, r, f)
	}
	for f, v := range c {
		row(Field(f).String(), v)
	}
	row("OVERALL", c.Overall(true))
	row("OVERALL-noskills", c.Overall(false))
	row("OVERALL-extended", c.OverallExtended())
	return b.String()
}
