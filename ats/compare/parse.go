package compare

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/resumekit/resumekit/resume"
)

// parse runs the blind-parse level: the structure the parser rebuilt
// against the source.
func (c *checker) parse(src, got *resume.Resume) {
	c.contact(src, got)
	c.work(src, got)
	c.education(src, got)
	c.skills(src, got)
}

// text compares a text field: the same after light normalisation
// survives; the same after folding (or, for names, the same words) is
// Normalized; anything else is Altered, or Missing when got is empty. An
// empty want checks nothing, unless extra is set and got is not empty.
//
// A field that is no markup field may still hold markup typed by hand
// ("[Univ](https://…)" in institution): our writers print it as typed,
// while some renderers show only its text, so either reading survives.
func (c *checker) textField(group, path, want, got string, extra bool) {
	raw := strings.TrimSpace(want)
	want, got = strings.TrimSpace(resume.Plain(want)), strings.TrimSpace(got)
	if raw != want && exact(raw) == exact(got) {
		want = raw
	}
	if want == "" {
		if extra && got != "" {
			c.lose(Loss{Path: path, Kind: Extra, Level: ParseLevel, Group: group, Got: got})
		}
		return
	}
	c.check(group, path)
	l := Loss{Path: path, Level: ParseLevel, Group: group, Want: want, Got: got}
	switch {
	case exact(want) == exact(got):
		return
	case got == "":
		l.Kind = Missing
	case fold(want) == fold(got) || strings.Join(tokens(want), " ") == strings.Join(tokens(got), " "):
		l.Kind = Normalized
	default:
		l.Kind = Altered
	}
	c.lose(l)
}

func (c *checker) contact(src, got *resume.Resume) {
	s, g := src.Basics, got.Basics
	c.textField(GroupContact, "basics.name", s.Name, g.Name, false)

	if s.Email != "" {
		c.check(GroupContact, "basics.email")
		l := Loss{Path: "basics.email", Level: ParseLevel, Group: GroupContact, Want: s.Email, Got: g.Email}
		switch {
		case strings.TrimSpace(s.Email) == strings.TrimSpace(g.Email):
		case g.Email == "":
			l.Kind = Missing
		case strings.EqualFold(strings.TrimSpace(s.Email), strings.TrimSpace(g.Email)):
			l.Kind = Normalized
		default:
			l.Kind = Altered
		}
		if l.Kind != 0 {
			c.lose(l)
		}
	} else if g.Email != "" && !c.opts.PartialTruth {
		c.lose(Loss{Path: "basics.email", Kind: Extra, Level: ParseLevel, Group: GroupContact, Got: g.Email})
	}

	if s.Phone != "" {
		c.check(GroupContact, "basics.phone")
		l := Loss{Path: "basics.phone", Level: ParseLevel, Group: GroupContact, Want: s.Phone, Got: g.Phone, Hint: phoneHint(s.Phone)}
		switch {
		case exact(s.Phone) == exact(g.Phone):
		case g.Phone == "":
			l.Kind = Missing
		case digits(s.Phone) == digits(g.Phone):
			l.Kind, l.Hint = Normalized, ""
		default:
			l.Kind = Altered
		}
		if l.Kind != 0 {
			c.lose(l)
		}
	} else if g.Phone != "" && !c.opts.PartialTruth {
		c.lose(Loss{Path: "basics.phone", Kind: Extra, Level: ParseLevel, Group: GroupContact, Got: g.Phone})
	}

	if s.URL != "" {
		c.check(GroupContact, "basics.url")
		l := Loss{Path: "basics.url", Level: ParseLevel, Group: GroupContact, Want: s.URL, Got: g.URL}
		switch {
		case strings.TrimSpace(s.URL) == strings.TrimSpace(g.URL):
		case g.URL == "":
			l.Kind = Missing
		case bareURL(s.URL) == bareURL(g.URL):
			l.Kind = Normalized
		default:
			l.Kind = Altered
		}
		if l.Kind != 0 {
			c.lose(l)
		}
	}
}

// phoneHint names what in a phone number keeps a reader from taking it for
// one: a link in its place, or too few digits for any phone number.
func phoneHint(phone string) string {
	p := strings.TrimSpace(phone)
	if i := strings.Index(p, "://"); i > 0 || strings.HasPrefix(strings.ToLower(p), "wa.me/") {
		return "the phone is a link, which a reader takes for a website: write the number itself in phone"
	}
	if n := len(digits(p)); n < 7 {
		return fmt.Sprintf("the phone has %d digits, fewer than any full phone number: write it whole, with its country code", n)
	}
	return ""
}

// date compares a date at the precision the format printed.
func (c *checker) date(group, path string, src, got resume.Date, isEnd bool) {
	want, _ := c.opts.expect(src)
	if want.IsZero() {
		if got.IsZero() || c.opts.PartialTruth || isEnd && got.Present && c.opts.OpenEndIsPresent {
			return
		}
		c.lose(Loss{Path: path, Kind: Extra, Level: ParseLevel, Group: group, Got: got.String()})
		return
	}
	c.check(group, path)
	if isEnd && want.Present && got.IsZero() && c.opts.OpenEndIsPresent {
		return
	}
	l := Loss{Path: path, Level: ParseLevel, Group: group, Want: want.String(), Got: got.String()}
	if c.opts.AnyDateForm && !got.Present {
		got = got.Truncate(resume.PrecisionMonth)
		l.Got = got.String()
	}
	switch {
	case got == want:
		return
	case got.IsZero():
		l.Kind = Missing
	case !got.Present && !want.Present && got.Precision > want.Precision && got.Truncate(want.Precision) == want:
		l.Kind = Normalized // the parser guessed more than was printed
	default:
		l.Kind = Altered
	}
	c.lose(l)
}

func (c *checker) work(src, got *resume.Resume) {
	sr, gr := flatten(src.Work), flatten(got.Work)
	// A role with no position, company, location or dates (a placeholder
	// in the source) has nothing to check; as many such roles on the
	// parser's side are that placeholder read back, not made up.
	sr, blanks := dropBlankRoles(sr, -1)
	gr, _ = dropBlankRoles(gr, blanks)
	sim := func(i, j int) float64 {
		a, b := sr[i], gr[j]
		var s float64
		var n int
		if a.r.Position != "" {
			s += tokenF1(resume.Plain(a.r.Position), b.r.Position)
			n++
		}
		if a.company != "" {
			s += tokenF1(resume.Plain(a.company), b.company)
			n++
		}
		if n > 0 {
			s /= float64(n)
		}
		if !a.r.StartDate.IsZero() && a.r.StartDate.Truncate(resume.PrecisionMonth) == b.r.StartDate.Truncate(resume.PrecisionMonth) {
			s += 0.1
		}
		return s
	}
	pair := align(len(sr), len(gr), sim, 0.2)
	used := make([]bool, len(gr))
	matchedEmp := map[int]bool{}
	for i, a := range sr {
		base := rolePath(a)
		loc, locPath := roleLocation(a)
		compPath := fmt.Sprintf("work[%d].name", a.emp)
		fields := []struct{ path, want string }{
			{base + ".position", a.r.Position}, {compPath, a.company}, {locPath, loc},
		}
		j := pair[i]
		c.hint = roleHint(a)
		if j < 0 {
			for _, f := range fields {
				if strings.TrimSpace(f.want) != "" {
					c.check(GroupWork, f.path)
				}
			}
			for _, f := range []struct {
				p string
				d resume.Date
			}{{base + ".startDate", a.r.StartDate}, {base + ".endDate", a.r.EndDate}} {
				if !f.d.IsZero() {
					c.check(GroupWork, f.p)
				}
			}
			want := strings.TrimSpace(resume.Plain(a.r.Position) + ", " + resume.Plain(a.company) + " " + rangeText(a.r.StartDate, a.r.EndDate))
			c.lose(Loss{Path: base, Kind: Missing, Level: ParseLevel, Group: GroupWork, Want: strings.Trim(want, ", ")})
			continue
		}
		used[j] = true
		matchedEmp[a.emp] = true
		b := gr[j]
		bloc := b.r.Location
		if bloc == "" {
			bloc = b.compLoc
		}
		c.textField(GroupWork, base+".position", a.r.Position, b.r.Position, false)
		c.textField(GroupWork, compPath, a.company, b.company, false)
		c.textField(GroupWork, locPath, loc, bloc, false)
		c.date(GroupWork, base+".startDate", a.r.StartDate, b.r.StartDate, false)
		end := a.r.EndDate
		c.date(GroupWork, base+".endDate", end, b.r.EndDate, true)
	}
	c.hint = ""
	// An employer none of whose roles came back loses its name too.
	for i, e := range src.Work {
		if !matchedEmp[i] && strings.TrimSpace(e.Name) != "" && len(e.Roles) > 0 {
			c.lose(Loss{Path: fmt.Sprintf("work[%d].name", i), Kind: Missing, Level: ParseLevel, Group: GroupWork, Want: resume.Plain(e.Name)})
		}
	}
	for j, b := range gr {
		if !used[j] && !(c.opts.PartialTruth && len(sr) == 0) {
			got := strings.Trim(strings.TrimSpace(b.r.Position+", "+b.company+" "+rangeText(b.r.StartDate, b.r.EndDate)), ", ")
			if got == "" {
				got = "(a role with no position, company or dates)"
			}
			c.lose(Loss{Path: "parsed:" + rolePath(b), Kind: Extra, Level: ParseLevel, Group: GroupWork, Got: got})
		}
	}
}

func (c *checker) education(src, got *resume.Resume) {
	se, ge := src.Education, got.Education
	// Entries with nothing to check (placeholders) are left out on both
	// sides, as blank roles are.
	si, blanks := keptEducation(se, -1)
	gi, _ := keptEducation(ge, blanks)
	sim := func(i, j int) float64 {
		// Average over what the source has: the institution, and the
		// degree (area and study type, wherever the parser put them).
		a, b := se[si[i]], ge[gi[j]]
		var s float64
		n := 0
		if strings.TrimSpace(a.Institution) != "" {
			s += tokenF1(resume.Plain(a.Institution), b.Institution)
			n++
		}
		if deg := strings.TrimSpace(resume.Plain(a.StudyType) + " " + resume.Plain(a.Area)); deg != "" {
			s += tokenF1(deg, b.StudyType+" "+b.Area+" "+b.Institution)
			n++
		}
		if n == 0 {
			return 0
		}
		return s / float64(n)
	}
	pair := align(len(si), len(gi), sim, 0.2)
	used := make([]bool, len(gi))
	for k, i := range si {
		a := se[i]
		base := fmt.Sprintf("education[%d]", i)
		j := pair[k]
		c.hint = eduHint(a)
		if h := splitEduHint(se, i); h != "" {
			c.hint = h
		}
		if j < 0 {
			for _, f := range []struct{ p, v string }{{".institution", a.Institution}, {".area", a.Area}, {".studyType", a.StudyType},
				{".startDate", a.StartDate.String()}, {".endDate", a.EndDate.String()}} {
				if strings.TrimSpace(f.v) != "" {
					c.check(GroupEducation, base+f.p)
				}
			}
			c.lose(Loss{Path: base, Kind: Missing, Level: ParseLevel, Group: GroupEducation,
				Want: strings.Trim(strings.TrimSpace(resume.Plain(a.StudyType)+" "+resume.Plain(a.Area)+", "+resume.Plain(a.Institution)), ", ")})
			continue
		}
		used[j] = true
		b := ge[gi[j]]
		c.textField(GroupEducation, base+".institution", a.Institution, b.Institution, false)
		if !c.degreeSplit(base, a, b) {
			c.textField(GroupEducation, base+".area", a.Area, b.Area, false)
			c.textField(GroupEducation, base+".studyType", a.StudyType, b.StudyType, false)
		}
		c.date(GroupEducation, base+".startDate", a.StartDate, b.StartDate, false)
		c.date(GroupEducation, base+".endDate", a.EndDate, b.EndDate, true)
	}
	c.hint = ""
	for j, g := range gi {
		b := ge[g]
		if !used[j] && !(c.opts.PartialTruth && len(si) == 0) {
			c.lose(Loss{Path: fmt.Sprintf("parsed:education[%d]", g), Kind: Extra, Level: ParseLevel, Group: GroupEducation,
				Got: strings.Trim(strings.TrimSpace(b.StudyType+" "+b.Area+", "+b.Institution), ", ")})
		}
	}
}

// keptEducation returns the indices of the entries of es that have an
// institution, area, study type or date, and of at most forgive others
// (every other, when forgive < 0, is left out; the count left out is
// returned). On the parser's side, forgive is the number of blank
// entries of the source: those placeholders read back are not made up.
func keptEducation(es []resume.Education, forgive int) ([]int, int) {
	var out []int
	left := 0
	for i := range es {
		e := &es[i]
		if blank(e.Institution, e.Area, e.StudyType) && e.StartDate.IsZero() && e.EndDate.IsZero() {
			if forgive >= 0 && left >= forgive {
				out = append(out, i)
				continue
			}
			left++
			continue
		}
		out = append(out, i)
	}
	return out, left
}

// dropBlankRoles leaves out the roles with no position, company, location
// or dates, as keptEducation does for education entries.
func dropBlankRoles(rs []role, forgive int) ([]role, int) {
	var out []role
	left := 0
	for _, r := range rs {
		if blank(r.r.Position, r.company, r.r.Location, r.compLoc) && r.r.StartDate.IsZero() && r.r.EndDate.IsZero() {
			if forgive >= 0 && left >= forgive {
				out = append(out, r)
				continue
			}
			left++
			continue
		}
		out = append(out, r)
	}
	return out, left
}

// blank reports whether every string is empty once its markup and spaces
// are gone.
func blank(ss ...string) bool {
	for _, s := range ss {
		if strings.TrimSpace(resume.Plain(s)) != "" {
			return false
		}
	}
	return true
}

// findYear returns the first year (19xx or 20xx, four digits standing
// alone) in s, or "".
func findYear(s string) string {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i:i+2] == "19" || s[i:i+2] == "20") && isDigit(s[i+2]) && isDigit(s[i+3]) &&
			(i == 0 || !isWordByte(s[i-1])) && (i+4 == len(s) || !isWordByte(s[i+4])) {
			return s[i : i+4]
		}
	}
	return ""
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }
func isWordByte(b byte) bool {
	return isDigit(b) || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_'
}

// roleHint names a cause of losses that lies in a role's own data: a
// position that repeats the employer's name, a year typed into a title,
// company or place, an end date without a start. It returns "" when the
// data is clean.
func roleHint(a role) string {
	pos, comp := resume.Plain(a.r.Position), resume.Plain(a.company)
	if fp, fc := " "+fold(pos)+" ", fold(comp); len(fc) >= 3 && fold(pos) != fc && strings.Contains(fp, " "+fc+" ") {
		return fmt.Sprintf("the position %q repeats the employer's name %q, so a reader cannot tell where the title ends: write the title alone in position", pos, comp)
	}
	loc, _ := roleLocation(a)
	if h := yearHint(map[string]string{"position": a.r.Position, "name": a.company, "location": loc}); h != "" {
		return h
	}
	if a.r.StartDate.IsZero() && !a.r.EndDate.IsZero() {
		return "the role has an end date but no start date, and a reader takes a lone date for the start: give startDate too"
	}
	if i := strings.Index(comp, ", "); i > 0 && placeTail(comp[i+2:]) {
		return fmt.Sprintf("the employer %q ends with a place, which a reader takes for the location: put %q in location", comp, comp[i+2:])
	}
	if w := schoolWord(loc); w != "" {
		return fmt.Sprintf("the location %q names a school (%q), not a place, and a reader does not take it for the location: give the city there and the school in the summary", loc, w)
	}
	if strings.TrimSpace(pos) == "" && strings.TrimSpace(comp) != "" {
		return fmt.Sprintf("the role has no position, so the employer %q stands alone on the title line, where a reader looks for the job title: give the position", comp)
	}
	return ""
}

// placeTail reports whether t reads as a place written after a name: a
// few capitalised words, the last of which may be a two-letter region
// ("Zurich, Switzerland", "Washington, DC", "Ann Arbor, MI").
func placeTail(t string) bool {
	f := strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == ',' })
	if len(f) == 0 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) || strings.ContainsAny(w, ".&@()") || legalForms[strings.ToLower(w)] {
			return false
		}
	}
	return strings.Contains(t, ", ") || len(f) <= 2
}

// schoolWords name a school, which a location should not be.
var schoolWords = map[string]bool{"university": true, "universidad": true, "universidade": true, "université": true,
	"universität": true, "universitat": true, "università": true, "college": true, "school": true, "escuela": true,
	"escola": true, "école": true, "hochschule": true, "institute": true, "instituto": true, "institut": true,
	"academy": true, "academia": true, "akademie": true, "lycée": true, "liceo": true, "colegio": true}

// schoolWord returns the word of t that names a school, or "".
func schoolWord(t string) string {
	for _, w := range strings.Fields(resume.Plain(t)) {
		if schoolWords[strings.ToLower(strings.Trim(w, ",.()"))] {
			return w
		}
	}
	return ""
}

// legalForms end company names, not places.
var legalForms = map[string]bool{"inc": true, "llc": true, "ltd": true, "gmbh": true, "ag": true, "sa": true,
	"bv": true, "nv": true, "corp": true, "co": true, "plc": true, "sas": true, "sarl": true, "srl": true, "spa": true,
	"oy": true, "ab": true, "as": true, "kg": true, "se": true, "lp": true, "llp": true, "ltda": true, "limited": true}

// degreeSplit checks an education whose source gives only one of area and
// studyType ("MSc in IT Management" as the area) that the reader cut into
// the two ("MSc", "IT Management"): every word survived in the same entry,
// in the order written, so it is a Normalized note with the eduHint, not a
// loss. A value moved whole to the other field stays a loss: the reader
// took a field of study for a degree, or the other way round. It reports
// whether it checked the entry's degree; when it returns false the fields
// are compared one by one.
func (c *checker) degreeSplit(base string, a, b resume.Education) bool {
	area, st := strings.TrimSpace(resume.Plain(a.Area)), strings.TrimSpace(resume.Plain(a.StudyType))
	path, want, got := base+".area", area, b.Area
	switch {
	case area != "" && st == "":
	case st != "" && area == "":
		path, want, got = base+".studyType", st, b.StudyType
	default:
		return false
	}
	if exact(want) == exact(got) || !splitHolds(tokens(want), tokens(b.StudyType), tokens(b.Area)) {
		return false
	}
	c.check(GroupEducation, path)
	c.lose(Loss{Path: path, Kind: Normalized, Level: ParseLevel, Group: GroupEducation, Want: want,
		Got: fmt.Sprintf("studyType %q, area %q", b.StudyType, b.Area), Hint: c.hint})
	c.hint = ""
	return true
}

// degreeJoins are the words that join a degree to its field ("MSc in IT",
// "Licenciatura en Informática", "Master of Arts"), which a reader drops
// where it cuts the two apart.
var degreeJoins = map[string]bool{"in": true, "of": true, "en": true, "em": true, "im": true, "de": true, "di": true, "für": true}

// splitHolds reports whether the tokens w are the tokens of a degree d and
// a field f, neither empty, one after the other in either order, with at
// most one joining word between them.
func splitHolds(w, d, f []string) bool {
	if len(d) == 0 || len(f) == 0 {
		return false
	}
	for _, p := range [2][2][]string{{d, f}, {f, d}} {
		x, y := p[0], p[1]
		if len(w) < len(x)+len(y) || !slices.Equal(w[:len(x)], x) || !slices.Equal(w[len(w)-len(y):], y) {
			continue
		}
		switch mid := w[len(x) : len(w)-len(y)]; len(mid) {
		case 0:
			return true
		case 1:
			if degreeJoins[mid[0]] {
				return true
			}
		}
	}
	return false
}

// eduHint names a cause of losses in an education entry's own data: a
// year in a field, or one field standing alone on the title line ("MSc in
// IT Management" as the area with no study type), which a reader may cut
// into degree and field.
func eduHint(a resume.Education) string {
	if h := yearHint(map[string]string{"institution": a.Institution, "area": a.Area, "studyType": a.StudyType}); h != "" {
		return h
	}
	area, st := strings.TrimSpace(resume.Plain(a.Area)), strings.TrimSpace(resume.Plain(a.StudyType))
	switch {
	case area != "" && st == "" && (strings.Contains(area, " in ") || strings.Contains(area, " en ") || strings.Contains(area, ", ")):
		return fmt.Sprintf("area %q may hold the degree too, and studyType is empty: put the degree in studyType and the field alone in area", area)
	case st != "" && area == "" && (strings.Contains(st, " in ") || strings.Contains(st, " en ") || strings.Contains(st, ", ") || strings.Contains(st, "(")):
		return fmt.Sprintf("studyType %q may hold the field too, and area is empty: put the field of study in area", st)
	case st != "" && area == "" || area != "" && st == "":
		return "only one of area and studyType is given, and a reader tells them apart by their words: give both"
	}
	return ""
}

// splitEduHint names one school split into two entries: an entry that
// gives its institution alone next to one that gives no institution, which
// a reader reads as one entry.
func splitEduHint(se []resume.Education, i int) string {
	alone := func(k int) bool {
		e := &se[k]
		return strings.TrimSpace(e.Institution) != "" && blank(e.Area, e.StudyType) && e.StartDate.IsZero() && e.EndDate.IsZero()
	}
	none := func(k int) bool {
		e := &se[k]
		return strings.TrimSpace(e.Institution) == "" && !blank(e.Area, e.StudyType)
	}
	a := -1 // the entry that gives the institution alone
	switch {
	case i+1 < len(se) && alone(i) && none(i+1):
		a = i
	case i > 0 && none(i) && alone(i-1):
		a = i - 1
	default:
		return ""
	}
	return fmt.Sprintf("education[%d] gives only the institution and education[%d] no institution, and a reader reads the two as one entry: give them as one", a, a+1)
}

// yearHint names the first of fields (in a fixed order) whose value holds
// a year, which a reader takes for the entry's dates.
func yearHint(fields map[string]string) string {
	for _, k := range []string{"position", "name", "location", "institution", "area", "studyType"} {
		v, ok := fields[k]
		if !ok {
			continue
		}
		v = resume.Plain(v)
		if y := findYear(v); y != "" {
			return fmt.Sprintf("%s %q holds the year %s, which a reader takes for the dates: keep dates in startDate and endDate only", k, v, y)
		}
	}
	return ""
}

// keyword is one skill keyword and where it sits.
type keyword struct{ path, text string }

// sourceKeywords lists every skill keyword of r: the skills section's, then
// the roles' skillsets.
func sourceKeywords(r *resume.Resume) []keyword {
	var out []keyword
	for i, s := range r.Skills {
		for j, k := range s.Keywords {
			if strings.TrimSpace(resume.Plain(k)) != "" {
				out = append(out, keyword{fmt.Sprintf("skills[%d].keywords[%d]", i, j), resume.Plain(k)})
			}
		}
	}
	for i, e := range r.Work {
		for j, ro := range e.Roles {
			for k, s := range ro.Skills {
				if strings.TrimSpace(resume.Plain(s)) != "" {
					out = append(out, keyword{fmt.Sprintf("work[%d].roles[%d].skills[%d]", i, j, k), resume.Plain(s)})
				}
			}
		}
	}
	return out
}

// parsedKeywords lists what the parser took for skill keywords: the skills
// section's keywords (and the name of a group without keywords, which a
// parser makes of a bare line), and the roles' skillsets.
func parsedKeywords(r *resume.Resume) []keyword {
	var out []keyword
	for i, s := range r.Skills {
		if len(s.Keywords) == 0 && strings.TrimSpace(s.Name) != "" {
			out = append(out, keyword{fmt.Sprintf("parsed:skills[%d].name", i), s.Name})
		}
		for j, k := range s.Keywords {
			if strings.TrimSpace(k) != "" {
				out = append(out, keyword{fmt.Sprintf("parsed:skills[%d].keywords[%d]", i, j), k})
			}
		}
	}
	for i, e := range r.Work {
		for j, ro := range e.Roles {
			for k, s := range ro.Skills {
				if strings.TrimSpace(s) != "" {
					out = append(out, keyword{fmt.Sprintf("parsed:work[%d].roles[%d].skills[%d]", i, j, k), s})
				}
			}
		}
	}
	return out
}

// skills checks every source keyword against everything the parser took
// for a keyword, wherever it put it: an ATS keyword search does not care
// whether "Kafka" came from the skills section or a role's skillset.
// A source keyword that is itself a list ("HTML5, CSS3") survives, as a
// Normalized note, when the parser took each of its items for a keyword
// (dots at the ends of a keyword count as punctuation, see kwFold):
// an ATS splits a printed list at its commas, and every item can still be
// searched for. Parsed keywords that match no source keyword, no item of
// one and no group name (with its level, as the writers print a group
// without keywords) are Extra.
func (c *checker) skills(src, got *resume.Resume) {
	sk, gk := sourceKeywords(src), parsedKeywords(got)
	byExact, byFold := map[string]string{}, map[string]string{}
	for _, k := range gk {
		e, f := exact(strings.TrimSpace(k.text)), kwFold(k.text)
		if _, ok := byExact[e]; !ok {
			byExact[e] = k.text
		}
		if _, ok := byFold[f]; !ok {
			byFold[f] = k.text
		}
	}
	srcFold := map[string]bool{}
	for _, s := range src.Skills {
		// a group name taken for a keyword is not made up
		name, level := strings.TrimSpace(resume.Plain(s.Name)), strings.TrimSpace(resume.Plain(s.Level))
		names := []string{name}
		if level != "" {
			names = append(names, name+" ("+level+")")
		}
		for _, n := range names {
			// a group named by a list ("Scrum, Kanban"): each item too
			srcFold[kwFold(n)] = true
			for _, it := range listItems(n) {
				srcFold[kwFold(it)] = true
			}
		}
	}
	for _, k := range sk {
		if kwFold(k.text) == "" {
			continue // punctuation only ("..."): nothing a search could find
		}
		c.check(GroupSkills, k.path)
		srcFold[kwFold(k.text)] = true
		items := listItems(k.text)
		for _, it := range items {
			srcFold[kwFold(it)] = true
		}
		if _, ok := byExact[exact(strings.TrimSpace(k.text))]; ok {
			continue
		}
		if g, ok := byFold[kwFold(k.text)]; ok {
			c.lose(Loss{Path: k.path, Kind: Normalized, Level: ParseLevel, Group: GroupSkills, Want: k.text, Got: g})
			continue
		}
		if got, ok := allFound(items, byFold); ok {
			c.lose(Loss{Path: k.path, Kind: Normalized, Level: ParseLevel, Group: GroupSkills, Want: k.text, Got: got,
				Hint: fmt.Sprintf("this keyword is a list of %d; an ATS reads each item as a keyword of its own: give one keyword per item", len(items))})
			continue
		}
		c.lose(Loss{Path: k.path, Kind: Missing, Level: ParseLevel, Group: GroupSkills, Want: k.text, Hint: groupHint(src, k.path)})
	}
	if c.opts.PartialTruth && len(src.Skills) == 0 {
		return
	}
	// a "Technologies: a, b" line the user wrote in a role's text is a
	// list of keywords an ATS may take for the role's skills
	for _, e := range src.Work {
		texts := []string{e.Description, e.Summary}
		for _, ro := range e.Roles {
			texts = append(texts, ro.Summary)
			texts = append(texts, ro.Highlights...)
		}
		for _, t := range texts {
			for _, it := range labelledItems(resume.Plain(t)) {
				srcFold[kwFold(it)] = true
			}
		}
	}
	for _, k := range gk {
		if f := kwFold(k.text); f != "" && !srcFold[f] {
			c.lose(Loss{Path: k.path, Kind: Extra, Level: ParseLevel, Group: GroupSkills, Got: k.text})
		}
	}
}

// labelledItems returns the items of every "Label: a, b, c" line of a
// text.
func labelledItems(t string) []string {
	var out []string
	for _, line := range strings.Split(t, "\n") {
		_, list, ok := strings.Cut(line, ": ")
		if !ok {
			continue
		}
		items := listItems(list)
		if items == nil {
			items = []string{strings.TrimSpace(list)}
		}
		out = append(out, items...)
	}
	return out
}

// kwFold folds a keyword for matching: fold, and no dots at either end.
// A sentence-like keyword ends in a full stop ("Ability to script
// websites.") that a list reader drops, and the dot of ".NET" reads as
// punctuation; either way a search for the word still finds it.
func kwFold(s string) string { return strings.Trim(fold(s), ". ") }

// groupHint names a cause in the data for a lost keyword of the skills
// section: a group name with a colon in it, where a reader of "Name:
// a, b" ends the name, so that the rest of the name and the first keyword
// run together. It returns "" for a role's skill and for clean data.
func groupHint(src *resume.Resume, path string) string {
	var i, j int
	if _, err := fmt.Sscanf(path, "skills[%d].keywords[%d]", &i, &j); err != nil || i < 0 || i >= len(src.Skills) {
		return ""
	}
	name := strings.TrimSpace(resume.Plain(src.Skills[i].Name))
	if strings.ContainsAny(name, ":：") {
		return fmt.Sprintf("the group name %q holds a colon, where a reader ends a group's name: leave the colon out of the name", name)
	}
	return ""
}

// listItems splits a keyword that is itself a list at the separators an
// ATS splits a printed list at (commas, semicolons, bars, bullets) outside
// brackets. It returns nil for a keyword with one item.
func listItems(s string) []string {
	var out []string
	depth, last := 0, 0
	for i, r := range s {
		switch r {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth > 0 {
				depth--
			}
		case ',', ';', '|', '•', '·', '●':
			if depth == 0 {
				if t := strings.TrimSpace(s[last:i]); t != "" {
					out = append(out, t)
				}
				last = i + len(string(r))
			}
		}
	}
	if t := strings.TrimSpace(s[last:]); t != "" {
		out = append(out, t)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// allFound reports whether every item is among the parsed keywords (after
// folding) and returns them as the parser has them, joined.
func allFound(items []string, byFold map[string]string) (string, bool) {
	if len(items) == 0 {
		return "", false
	}
	got := make([]string, len(items))
	for i, it := range items {
		g, ok := byFold[kwFold(it)]
		if !ok {
			return "", false
		}
		got[i] = g
	}
	return strings.Join(got, ", "), true
}
