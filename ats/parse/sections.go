package parse

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Kind is the kind of a resume section.
type Kind string

// The section kinds the parser knows.
const (
	KindHeader         Kind = "header" // everything before the first heading
	KindWork           Kind = "work"
	KindEducation      Kind = "education"
	KindSkills         Kind = "skills"
	KindProjects       Kind = "projects"
	KindSummary        Kind = "summary"
	KindCertifications Kind = "certifications"
	KindLanguages      Kind = "languages"
	KindAwards         Kind = "awards"
	KindPublications   Kind = "publications"
	KindVolunteer      Kind = "volunteer"
	KindInterests      Kind = "interests"
	KindReferences     Kind = "references"
	KindContact        Kind = "contact"
	KindOther          Kind = "other"
)

// synonyms maps folded heading texts (lower case, accents removed) to
// section kinds, in English, Spanish, German and French.
var synonyms = sync.OnceValue(func() map[string]Kind {
	synonyms := map[string]Kind{}
	add := func(k Kind, names ...string) {
		for _, n := range names {
			synonyms[fold(n)] = k
		}
	}
	add(KindWork,
		"experience", "work experience", "professional experience", "employment", "employment history",
		"work history", "career history", "relevant experience", "professional background", "career",
		"experiences", "professional experiences", "work", "positions", "positions held", "career summary",
		"research experience", "teaching experience", "industry experience", "leadership experience",
		"additional experience", "other experience", "related experience", "internships", "internship experience",
		"experiencia", "experiencia laboral", "experiencia profesional", "trayectoria profesional", "historial laboral",
		"berufserfahrung", "berufliche erfahrung", "beruflicher werdegang", "werdegang", "erfahrung", "praxiserfahrung",
		"berufliche laufbahn", "beruflicher hintergrund",
		"expérience", "expériences", "expérience professionnelle", "expériences professionnelles",
		"parcours professionnel", "emplois", "historique professionnel")
	add(KindEducation,
		"education", "academic background", "education and training", "academics", "academic history",
		"educational background", "academic qualifications", "qualifications", "studies", "training",
		"educación", "formación", "formación académica", "estudios", "educación y formación",
		"ausbildung", "bildung", "bildungsweg", "studium", "akademischer werdegang", "schulbildung",
		"formation", "éducation", "formation académique", "études", "parcours académique", "diplômes", "cursus")
	add(KindSkills,
		"skills", "technical skills", "core skills", "key skills", "skills and tools", "competencies",
		"core competencies", "technologies", "tech stack", "technical stack", "tools", "expertise",
		"areas of expertise", "skill set", "skillset", "skills summary", "technical expertise",
		"programming languages", "technical proficiencies", "proficiencies", "abilities",
		"habilidades", "competencias", "conocimientos", "aptitudes", "habilidades técnicas", "conocimientos técnicos",
		"kenntnisse", "fähigkeiten", "fachkenntnisse", "kompetenzen", "it-kenntnisse", "edv-kenntnisse",
		"technische kenntnisse", "fertigkeiten",
		"compétences", "compétences techniques", "savoir-faire", "connaissances", "aptitudes techniques",
		"personal skills", "professional skills", "job-related skills", "digital skills", "digital competence",
		"computer skills", "other skills", "soft skills", "hard skills", "it skills",
		"competências", "conhecimentos", "habilidades técnicas e comportamentais", "compétences personnelles",
		"persönliche fähigkeiten", "competencias personales", "competencias digitales")
	add(KindProjects,
		"projects", "personal projects", "side projects", "selected projects", "key projects", "open source",
		"technical experience", "open source contributions", "academic projects", "project experience",
		"proyectos", "proyectos personales", "projekte", "projets", "projets personnels")
	add(KindSummary,
		"summary", "profile", "about", "about me", "professional summary", "objective", "career objective",
		"personal statement", "executive summary", "overview", "introduction", "professional profile",
		"resumen", "perfil", "sobre mí", "perfil profesional", "extracto", "objetivo",
		"profil", "zusammenfassung", "kurzprofil", "über mich", "persönliches profil",
		"résumé", "à propos", "à propos de moi", "objectif", "profil professionnel")
	add(KindCertifications,
		"certifications", "certificates", "licenses and certifications", "certifications and licenses",
		"licenses", "certification", "courses and certifications", "courses", "training and certifications",
		"certificaciones", "certificados", "cursos", "zertifikate", "zertifizierungen", "weiterbildung",
		"fortbildungen", "certificats", "formations")
	add(KindLanguages,
		"languages", "language skills", "spoken languages", "idiomas", "lenguas", "sprachen",
		"sprachkenntnisse", "langues", "compétences linguistiques")
	add(KindAwards,
		"awards", "honors", "honours", "awards and honors", "honors and awards", "achievements",
		"selected honors", "scholarships", "awards and achievements", "distinctions",
		"premios", "reconocimientos", "logros", "premios y reconocimientos",
		"auszeichnungen", "preise", "erfolge", "prix", "récompenses", "distinctions et prix")
	add(KindPublications,
		"publications", "selected publications", "papers", "research", "publicaciones",
		"veröffentlichungen", "publikationen")
	add(KindVolunteer,
		"volunteer", "volunteering", "volunteer experience", "volunteer work", "community service",
		"voluntariado", "ehrenamt", "ehrenamtliches engagement", "engagement", "bénévolat")
	add(KindInterests,
		"interests", "hobbies", "hobbies and interests", "interests and hobbies", "personal interests",
		"intereses", "aficiones", "interessen", "hobbys", "freizeit", "centres d'intérêt", "loisirs",
		"centres d’intérêt", "intérêts")
	add(KindReferences,
		"references", "referees", "referencias", "referenzen", "références")
	add(KindContact,
		"contact", "contact information", "contact details", "personal information", "personal details",
		"contacto", "datos personales", "kontakt", "persönliche daten", "kontaktdaten", "coordonnées",
		"informations personnelles",
		"profiles", "social profiles", "online profiles", "social media", "social networks", "links",
		"perfiles", "redes sociales", "profils", "réseaux sociaux")
	add(KindOther,
		"patents", "invited talks", "talks", "presentations", "activities", "extracurricular activities",
		"leadership", "memberships", "professional memberships", "affiliations", "coursework",
		"relevant coursework", "conferences", "teaching", "service", "miscellaneous", "additional information",
		"other", "extra", "extras", "patentes", "actividades", "sonstiges", "aktivitäten", "divers", "activités")
	return synonyms
})

// fold lower-cases s, removes accents, turns "&" into "and", and keeps
// letters, digits, spaces, apostrophes and hyphens.
func fold(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, "&", " and ")
	s = strings.ReplaceAll(s, "+", " and ")
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-':
			b.WriteRune(r)
		default:
			b.WriteRune(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// unspace joins letter-spaced text ("E X P E R I E N C E").
func unspace(s string) string {
	f := strings.Fields(s)
	if len(f) < 4 {
		return s
	}
	single := 0
	for _, w := range f {
		if len([]rune(w)) == 1 {
			single++
		}
	}
	if single*10 < len(f)*8 {
		return s
	}
	// words are separated by wider gaps in letter-spaced text; without
	// them, join everything.
	return strings.Join(f, "")
}

// numberingRE matches "1. ", "IV) " and similar numbering before a heading.
var numberingRE = lazyRE(`^(\d+|[IVX]+)[.)]\s+`)

// headingKind looks a heading text up in the synonym dictionary.
func headingKind(text string) (Kind, bool) {
	t := strings.TrimSpace(text)
	t = strings.TrimRight(t, ":：")
	// "Work Experience (5)": a count of the entries
	if i := strings.LastIndexByte(t, '('); i > 0 && strings.HasSuffix(t, ")") && isDigits(t[i+1:len(t)-1]) {
		t = strings.TrimSpace(t[:i])
	}
	t = strings.TrimSpace(numberingRE().ReplaceAllString(strings.TrimLeft(t, "# "), ""))
	if t == "" || len(t) > 60 {
		return "", false
	}
	f := fold(unspace(t))
	if k, ok := synonyms()[f]; ok {
		return k, true
	}
	// "Skills & Interests", "Education / Certifications": every part is a
	// heading; the first one names the section.
	var parts []string
	for _, a := range strings.FieldsFunc(t, func(r rune) bool { return r == '/' || r == '|' || r == ',' || r == '&' || r == '+' }) {
		for _, b := range strings.Split(fold(a), " and ") {
			if b = strings.TrimSpace(b); b != "" {
				parts = append(parts, b)
			}
		}
	}
	if len(parts) >= 2 {
		for _, x := range parts {
			if _, ok := synonyms()[x]; !ok {
				return "", false
			}
		}
		return synonyms()[parts[0]], true
	}
	// "Projects Experience", "Education History": a heading and a word
	// that only says it is a section.
	if ws := strings.Fields(f); len(ws) >= 2 && sectionWords[ws[len(ws)-1]] {
		if k, ok := synonyms()[strings.Join(ws[:len(ws)-1], " ")]; ok {
			return k, true
		}
	}
	// "Open Source Projects", "Selected Publications": a few words in
	// title case before a plural that alone names a section
	if ws := strings.Fields(t); len(ws) >= 2 && len(ws) <= 4 && titleCased(ws) {
		switch last := fold(ws[len(ws)-1]); last {
		case "projects", "proyectos", "projekte", "projets", "publications", "certifications":
			return synonyms()[last], true
		}
	}
	return "", false
}

// titleCased reports whether every word of ws but short joining words
// ("of", "and") starts with a capital.
func titleCased(ws []string) bool {
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !slices.Contains(phraseWords, w) {
			return false
		}
	}
	return true
}

// isDigits reports whether s is one to three ASCII digits.
func isDigits(s string) bool {
	if s == "" || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// sectionWords may follow a heading without changing what it names.
var sectionWords = map[string]bool{
	"experience": true, "history": true, "details": true, "section": true, "overview": true, "background": true,
}

// isAllCaps reports whether s has letters and none of them lower case.
func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3
}

// section is a run of rows under one heading.
type section struct {
	kind  Kind
	title string
	head  int // row index of the heading, -1 for the header
	rows  []int
}

// headingCandidate reports whether r could be a section heading by shape:
// one short piece, no date, not a list item, not a sentence.
func headingCandidate(r *row) bool {
	if r.list || len(r.segs) != 1 {
		return false
	}
	t := strings.TrimRight(strings.TrimSpace(r.text), ":：")
	t = unspace(numberingRE().ReplaceAllString(t, ""))
	words := strings.Fields(t)
	if r.heading > 0 {
		// the format says it is a heading: trust it for any short text
		return len(words) > 0 && len(words) <= 10 && len(t) <= 80
	}
	if len(words) == 0 || len(words) > 6 || len(t) > 50 {
		return false
	}
	if strings.ContainsAny(t, "@.,;|") || len(findDates(t)) > 0 {
		return false
	}
	first, _ := utf8DecodeFirst(t)
	return !unicode.IsLower(first)
}

func utf8DecodeFirst(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

type signature struct {
	caps    bool
	bold    bool
	size    int // font size in half points
	heading int
}

func sigOf(r *row) signature {
	return signature{caps: isAllCaps(r.text), bold: r.bold, size: int(r.size*2 + 0.5), heading: r.heading}
}

// splitSections finds the headings and cuts the rows into sections.
func splitSections(rows []row) []section {
	isHead := make([]Kind, len(rows))
	var sigs []signature
	for i := range rows {
		r := &rows[i]
		if !headingCandidate(r) {
			continue
		}
		if k, ok := headingKind(r.text); ok {
			isHead[i] = k
			sigs = append(sigs, sigOf(r))
		}
	}
	// A known heading word set smaller than the other headings, at a
	// deeper heading level or at none where they have one (a DOCX
	// heading style), in plain type where they are bold or in capitals,
	// or in mixed case where they are in capitals, is a label inside a
	// section ("Languages" over a list of programming languages in a
	// sidebar's Skills), not a section of its own.
	// The same for one set further right than the others (when they share
	// a left edge) right under another heading: a label that opens its
	// section, not a section of its own.
	big, ok := majority(sigs)
	hx, xok := headingX(rows, isHead)
	if ok && (big.size > 0 || big.heading > 0 || big.bold || big.caps) || xok {
		kept := sigs[:0]
		for i := range rows {
			if isHead[i] == "" {
				continue
			}
			sg := sigOf(&rows[i])
			// (and one in plain type where the headings are bold or in
			// capitals: "Leadership" among the soft skills)
			if ok && big.heading > 0 && (sg.heading > big.heading || sg.heading == 0) ||
				sg.heading == 0 && (ok && sg.size > 0 && sg.size+2 <= big.size ||
					ok && big.heading == 0 && sg.size <= big.size && !sg.caps && (big.caps || big.bold && !sg.bold) ||
					xok && rows[i].x > hx+20 && rows[i].x < hx+100 && i > 0 && isHead[i-1] != "") {
				isHead[i] = ""
				continue
			}
			kept = append(kept, sg)
		}
		sigs = kept
	}
	// A known heading word in plain type at line spacing inside a run of
	// rows set like it, where other headings stand apart (bold, larger,
	// in capitals), is an item of that run: "Research" among the
	// keywords of a sidebar's skill group.
	setApart := slices.ContainsFunc(sigs, func(sg signature) bool { return sg.bold || sg.caps || sg.heading > 0 })
	for i := 1; setApart && i+1 < len(rows); i++ {
		r, a, b := &rows[i], &rows[i-1], &rows[i+1]
		if isHead[i] == "" || r.size <= 0 || r.bold || r.heading > 0 || r.gap || isAllCaps(r.text) || isHead[i-1] != "" || isHead[i+1] != "" {
			continue
		}
		alike := func(o *row) bool {
			return o.page == r.page && !o.bold && math.Abs(o.size-r.size) < 0.3 && math.Abs(o.x-r.x) < 1 && !o.list
		}
		if alike(a) && alike(b) && !b.gap {
			isHead[i] = ""
		}
	}
	// A known heading word that stands twice or more, set otherwise than
	// the work and education headings, labels something inside a section
	// each time ("Courses" under each school, "Languages" as a skill
	// card's name): a resume has each section once.
	if core, ok := coreSignature(rows, isHead); ok {
		key := make([]string, len(rows))
		seen := map[string]int{}
		for i := range rows {
			if isHead[i] != "" {
				key[i] = strings.ToLower(strings.TrimSpace(rows[i].text))
				seen[key[i]]++
			}
		}
		for i := range rows {
			if isHead[i] != "" && seen[key[i]] >= 2 && sigOf(&rows[i]) != core {
				isHead[i] = ""
			}
		}
	}
	// A known heading word right under a heading, set smaller, labels a
	// group inside that heading's section: "Languages" over a list of
	// programming languages under a sidebar's "SKILLS".
	for i := 1; i < len(rows); i++ {
		if isHead[i] != "" && isHead[i-1] != "" && rows[i].size > 0 && rows[i].size < rows[i-1].size-0.4 &&
			rows[i].heading >= rows[i-1].heading {
			isHead[i] = ""
		}
	}
	// Learn what headings look like from the ones the dictionary knew,
	// and take other lines that look the same as headings too.
	if len(sigs) > 0 {
		s0 := sigs[0]
		same := true
		for _, s := range sigs[1:] {
			if s != s0 {
				same = false
				break
			}
		}
		body := bodySize(rows)
		distinctive := s0.heading > 0 || s0.caps || (s0.size > 0 && float64(s0.size)/2 >= body+1)
		if same && distinctive {
			firstKnown := -1
			for i := range rows {
				if isHead[i] != "" {
					firstKnown = i
					break
				}
			}
			// Rows set like the headings are headings too, but for those
			// that read like entries: a row that reads like a name is the
			// person's name above the first heading; below it, a row set
			// like the headings that opens the section of the heading
			// above it or that dates follow closely is an employer's or
			// a school's name set like the headings, when it reads like a
			// name ("Jane Roe", "University of Wisconsin-Milwaukee",
			// "Acme Inc.") or when two or more such rows stand between
			// the same two known headings ("Octo", "Urban Science -
			// Axians"). "Web Development" set like the headings with
			// no dates under it is a heading.
			var like []int
			entryLike := make([]bool, len(rows))
			above := make([]int, len(rows)) // known headings above each row
			between := map[int]int{}        // entry-like rows under so many known headings
			known := 0
			for i := range rows {
				if isHead[i] != "" {
					known++
				}
				above[i] = known
				r := &rows[i]
				if isHead[i] != "" || !headingCandidate(r) || sigOf(r) != s0 {
					continue
				}
				like = append(like, i)
				if i > firstKnown && (isHead[i-1] != "" || datesNear(rows, i)) {
					entryLike[i] = true
					between[known]++
				}
			}
			for _, i := range like {
				named := looksLikeName(rows[i].text) || i > firstKnown && orgScore(rows[i].text)+instScore(rows[i].text) > 0
				if entryLike[i] && (named || between[above[i]] >= 2) || i < firstKnown && named {
					continue
				}
				isHead[i] = KindOther
			}
		}
	}
	// Heading hints: rows at the level the known headings use are
	// sections too, whatever their style otherwise.
	if len(sigs) > 0 && sigs[0].heading > 0 {
		level := sigs[0].heading
		for _, s := range sigs {
			if s.heading != level {
				level = 0
			}
		}
		for i := range rows {
			if isHead[i] == "" && level > 0 && rows[i].heading == level && headingCandidate(&rows[i]) {
				isHead[i] = KindOther
			}
		}
	}
	secs := []section{{kind: KindHeader, head: -1}}
	for i := range rows {
		if isHead[i] != "" {
			secs = append(secs, section{kind: isHead[i], title: rows[i].text, head: i})
			continue
		}
		secs[len(secs)-1].rows = append(secs[len(secs)-1].rows, i)
	}
	return secs
}

// headingX is the left edge most of the known headings share (three or
// more, and two thirds of them), when positions are known.
func headingX(rows []row, isHead []Kind) (float64, bool) {
	count := map[int]int{}
	n := 0
	for i := range rows {
		if isHead[i] != "" && rows[i].x > 0 {
			count[int(rows[i].x+0.5)]++
			n++
		}
	}
	for x, c := range count {
		if c >= 3 && 3*c >= 2*n {
			return float64(x), true
		}
	}
	return 0, false
}

// majority is the look most of the known headings share (three or more,
// and two thirds of them), when they have one.
// coreSignature is how the work and education headings are set, where
// there are two or more of them and all are set alike.
func coreSignature(rows []row, isHead []Kind) (signature, bool) {
	var sig signature
	n := 0
	for i := range rows {
		if isHead[i] != KindWork && isHead[i] != KindEducation {
			continue
		}
		if s := sigOf(&rows[i]); n == 0 {
			sig = s
		} else if s != sig {
			return signature{}, false
		}
		n++
	}
	return sig, n >= 2
}

func majority(sigs []signature) (signature, bool) {
	count := map[signature]int{}
	for _, s := range sigs {
		count[s]++
	}
	for s, n := range count {
		if n >= 3 && 3*n >= 2*len(sigs) {
			return s, true
		}
	}
	return signature{}, false
}

// bodyPoints is bodySize of the parser's rows, measured once: the rows
// are final once the sections are cut, where the readers that ask start.
func (p *parser) bodyPoints() float64 {
	if p.bodyPt == 0 {
		p.bodyPt = bodySize(p.rows)
	}
	return p.bodyPt
}

// bodySize is the most common font size of the rows (0 when unknown).
func bodySize(rows []row) float64 {
	count := map[int]int{}
	best, bestN := 0, 0
	for i := range rows {
		if rows[i].size <= 0 {
			continue
		}
		k := int(rows[i].size*2 + 0.5)
		count[k]++
		if count[k] > bestN || (count[k] == bestN && k < best) {
			best, bestN = k, count[k]
		}
	}
	return float64(best) / 2
}

// marginHeadings puts each heading set in a left margin, beside the text
// column, before the block of text it labels. Themes that set headings in
// a margin centre them on their block ("CONTACT" level with the middle of
// two contact lines), so reading by height puts them inside the block.
// A block is a run of text-column rows without a vertical gap; the
// heading labels the block whose height range holds it, and a second
// heading in the same block (a section printed empty) follows the block.
// Rows stay as they are when the document has no such margin.
func marginHeadings(rows []row) []row {
	isHead := make([]bool, len(rows))
	count := map[int]int{}
	heads := 0
	for i := range rows {
		r := &rows[i]
		if r.x > 0 && headingCandidate(r) {
			if _, ok := headingKind(r.text); ok {
				isHead[i] = true
				count[int(r.x+0.5)]++
				heads++
			}
		}
	}
	hx, n := 0, 0
	for x, c := range count {
		if c > n || c == n && x < hx {
			hx, n = x, c
		}
	}
	if n < 3 || 3*n < 2*heads {
		return rows
	}
	// the text column: every other row starts well right of the margin
	main := func(i int) bool { return !isHead[i] && rows[i].x >= float64(hx)+60 }
	text, inMargin := 0, 0
	var steps []float64
	prev := -1
	for i := range rows {
		switch {
		case main(i):
			text++
			if prev >= 0 && rows[prev].page == rows[i].page && rows[i].y > rows[prev].y {
				steps = append(steps, rows[i].y-rows[prev].y)
			}
			prev = i
		case !isHead[i] && rows[i].x < float64(hx)+60 && !datesOnly(&rows[i]):
			inMargin++ // (dates set in the margin too leave it a margin)
		}
	}
	if text < 10 || len(steps) < 5 || 4*inMargin > text {
		return rows
	}
	sort.Float64s(steps)
	line := steps[len(steps)/4] // a line step, short of paragraph gaps
	// the blocks of the text column
	type block struct{ first, last int }
	var blocks []block
	for i := range rows {
		if !main(i) {
			continue
		}
		if k := len(blocks) - 1; k >= 0 && rows[blocks[k].last].page == rows[i].page && rows[i].y-rows[blocks[k].last].lastY() <= 1.6*line {
			blocks[k].last = i
			continue
		}
		blocks = append(blocks, block{i, i})
	}
	// (a margin read as a column of its own comes before the text it
	// labels, with other text between)
	mainBetween := func(a, b int) bool {
		for j := a + 1; j < b; j++ {
			if main(j) {
				return true
			}
		}
		return false
	}
	before := map[int][]int{} // block's first row -> headings to put before it
	after := map[int][]int{}  // block's last row -> headings to put after it
	moved := make([]bool, len(rows))
	labelled := map[int]bool{}
	for h := range rows {
		if !isHead[h] {
			continue
		}
		found := false
		for k, b := range blocks {
			top, bottom := rows[b.first], rows[b.last]
			if top.page != rows[h].page || rows[h].y < top.y-0.8*line || rows[h].y > bottom.lastY()+0.5*line {
				continue
			}
			found = true
			if h < b.first && !mainBetween(h, b.first) {
				labelled[k] = true
				break // already before its block
			}
			moved[h] = true
			if labelled[k] {
				after[b.last] = append(after[b.last], h)
			} else {
				labelled[k] = true
				before[b.first] = append(before[b.first], h)
			}
			break
		}
		if found {
			continue
		}
		// a heading level with no text (its section printed empty) goes
		// after the last block above it, when the margin was read first
		last := -1
		for k, b := range blocks {
			if rows[b.first].page == rows[h].page && rows[b.first].y <= rows[h].y {
				last = k
			}
		}
		if last >= 0 && h < blocks[last].first && mainBetween(h, blocks[last].first+1) {
			moved[h] = true
			after[blocks[last].last] = append(after[blocks[last].last], h)
		}
	}
	if len(before)+len(after) == 0 {
		return rows
	}
	out := make([]row, 0, len(rows))
	for i := range rows {
		if moved[i] {
			continue
		}
		for _, h := range before[i] {
			out = append(out, rows[h])
		}
		out = append(out, rows[i])
		for _, h := range after[i] {
			out = append(out, rows[h])
		}
	}
	return out
}

// datesBesideText moves a date range set in the margin level with the
// first line of an entry's text ("2023-11 TO PRESENT" | "During my path
// as …", theme-paper pushing the dates down a line) to the bold title just
// above that line, when the title has no dates: the entry is dated, and
// its text is text.
func datesBesideText(rows []row, margin func(int) bool) []row {
	var out []row
	for i := range rows {
		r := &rows[i]
		if i == 0 || !margin(i) || len(r.segs) != 2 || len(r.lines) < 2 || !proseLine(r.segs[1]) {
			continue
		}
		if ds := findDates(r.segs[0]); len(ds) != 1 || ds[0].start != 0 || ds[0].end < len(strings.TrimSpace(r.segs[0])) {
			continue
		}
		t := &rows[i-1]
		if margin(i-1) || !t.bold || t.page != r.page || len(findDates(t.text)) > 0 || r.y-t.lastY() > 2.5*max(t.size, r.size, 1) {
			continue
		}
		if out == nil {
			out = slices.Clone(rows)
		}
		ot, or := &out[i-1], &out[i]
		ot.segs = append([]string{r.segs[0]}, t.segs...)
		ot.text = strings.Join(ot.segs, " ")
		ot.lines = append([]int{r.lines[0]}, t.lines...)
		or.segs = []string{r.segs[1]}
		or.text = r.segs[1]
		or.lines = slices.Clone(r.lines[1:])
		or.x, or.running = t.x, true
	}
	if out == nil {
		return rows
	}
	return out
}

// datesNear reports whether one of the three rows after row i holds a
// date, read as the entry cutter reads a row's opening words or anywhere
// in it (the two readings differ on a range cut short).
func datesNear(rows []row, i int) bool {
	for k := i + 1; k < len(rows) && k <= i+3; k++ {
		if len(findDates(leadWords(rows[k].text))) > 0 || len(findDates(rows[k].text)) > 0 {
			return true
		}
	}
	return false
}

// datesOnly reports whether every piece of r is a date or a range.
func datesOnly(r *row) bool {
	if r.list || len(r.segs) == 0 {
		return false
	}
	for _, seg := range joinRangeSegs(r.segs) {
		if !dateSeg(seg) {
			return false
		}
	}
	return true
}

// marginDates joins a date range set in a left column to the title it
// dates, as one row with the dates first. Themes that set each entry's
// dates in a margin level with its title read some of them as one row
// with the title, some as a row of their own just above or below it (a
// smaller font moves the baseline), and push the first entry's dates
// below the section's heading, among the title's description
// (theme-paper). When the document's own pattern is clear (most margin
// dates sit level with a bold row, or just under one), each joins its
// row, and one that does not joins the nearest bold row above it, within
// three lines, that has no dates of its own. Level and above are read on
// the page, wherever the rows read: a page's margin may read before its
// text column.
func marginDates(rows []row) []row {
	if !slices.ContainsFunc(rows, func(r row) bool { return r.x > 0 }) {
		return rows // no positions (a DOCX, plain text): no margin
	}
	// the text column: the most common left edge of the other rows
	count := map[int]int{}
	isDate := make([]bool, len(rows))
	for i := range rows {
		if isDate[i] = datesOnly(&rows[i]); !isDate[i] && rows[i].x > 0 {
			count[int(rows[i].x+0.5)]++
		}
	}
	tx, n := 0, 0
	for x, c := range count {
		if c > n || c == n && x < tx {
			tx, n = x, c
		}
	}
	margin := func(i int) bool {
		r := &rows[i]
		return r.x > 0 && r.x < float64(tx)-30 && (!isDate[i] || r.right == 0 || r.right < float64(tx))
	}
	// (a row it changes was no date row before and is none after, so
	// isDate stands)
	rows = datesBesideText(rows, margin)
	var steps []float64
	for i := 1; i < len(rows); i++ {
		a, b := &rows[i-1], &rows[i]
		if !margin(i) && !margin(i-1) && a.page == b.page && b.y > a.lastY() {
			steps = append(steps, b.y-a.lastY())
		}
	}
	if len(steps) < 5 {
		return rows
	}
	sort.Float64s(steps)
	line := steps[len(steps)/4]
	level := func(i, j int) bool {
		return j >= 0 && j < len(rows) && rows[i].page == rows[j].page && math.Abs(rows[i].y-rows[j].y) <= 0.5*line
	}
	into := map[int]int{} // a margin date row -> the bold row it dates
	taken := map[int]bool{}
	// the bold text rows of each page by baseline, for margin dates read
	// apart from their titles (a page whose margin reads before its text
	// column)
	boldAt := map[int][]int{}
	for i := range rows {
		if rows[i].bold && !margin(i) && !isDate[i] {
			boldAt[rows[i].page] = append(boldAt[rows[i].page], i)
		}
	}
	for _, is := range boldAt {
		slices.SortStableFunc(is, func(a, b int) int { return cmp.Compare(rows[a].y, rows[b].y) })
	}
	levelBold := func(i int) int {
		is := boldAt[rows[i].page]
		k, _ := slices.BinarySearchFunc(is, rows[i].y-0.5*line, func(j int, y float64) int { return cmp.Compare(rows[j].y, y) })
		for ; k < len(is) && rows[is[k]].y <= rows[i].y+0.5*line; k++ {
			if !taken[is[k]] {
				return is[k]
			}
		}
		return -1
	}
	good, bad := 0, []int{}
	for i := range rows {
		switch {
		case !margin(i):
		case isDate[i] && level(i, i+1) && rows[i+1].bold && !margin(i+1):
			good++
			into[i], taken[i+1] = i+1, true
		case isDate[i] && i > 0 && rows[i-1].bold && !margin(i-1) && !taken[i-1] && rows[i-1].page == rows[i].page && rows[i].y-rows[i-1].y <= line:
			good++
			into[i], taken[i-1] = i-1, true
		case isDate[i]:
			if j := levelBold(i); j >= 0 {
				// read apart from its title (among the margin's rows)
				good++
				into[i], taken[j] = j, true
			} else {
				bad = append(bad, i)
			}
		case len(rows[i].segs) > 1 && rows[i].bold:
			// dates and title read as one row ("2001 TO 2007 | Analyst at Acme")
			if _, rngs := cutDates(joinRangeSegs(rows[i].segs)[0], false); len(rngs) > 0 {
				good++
			}
		}
	}
	unresolved := 0
	for _, i := range bad {
		for j := i - 1; j >= 0 && rows[j].page == rows[i].page && rows[j].y >= rows[i].y-3*line; j-- {
			if margin(j) || !rows[j].bold {
				continue
			}
			if !taken[j] && !isDate[j] && len(findDates(rows[j].text)) == 0 {
				into[i], taken[j] = j, true
			}
			break
		}
		if _, ok := into[i]; ok {
			continue
		}
		// (read apart from its text column: the nearest bold row above
		// it on the page)
		is := boldAt[rows[i].page]
		for k := len(is) - 1; k >= 0; k-- {
			j := is[k]
			if rows[j].y > rows[i].y {
				continue
			}
			if rows[j].y >= rows[i].y-3*line && !taken[j] && len(findDates(rows[j].text)) == 0 {
				into[i], taken[j] = j, true
			}
			break
		}
		if _, ok := into[i]; !ok {
			unresolved++
		}
	}
	if good < 2 || good < 2*unresolved {
		return rows
	}
	if len(into) == 0 {
		return rows
	}
	dated := map[int]int{}
	for i, j := range into {
		dated[j] = i
	}
	out := make([]row, 0, len(rows))
	for i := range rows {
		if _, ok := into[i]; ok {
			continue
		}
		r := rows[i]
		if d, ok := dated[i]; ok {
			// one row, dates first, as the rows that were read level
			dr := &rows[d]
			r.segs = append([]string{strings.Join(dr.segs, " ")}, r.segs...)
			r.text = strings.Join(r.segs, " ")
			r.lines = append(append([]int(nil), dr.lines...), r.lines...)
			r.x = dr.x
		}
		out = append(out, r)
	}
	return out
}
