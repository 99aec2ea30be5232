package parse

import (
	"maps"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumekit/resumekit/resume"
)

var (
	emailRE = lazyRE(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}`)
	phoneRE = lazyRE(`(?:\+|00)?\(?\d[\d\s().\-/]{5,}\d`)
	urlRE   = lazyRE(`(?i)\b(?:https?://[^\s,;|•·<>()]+|www\.[^\s,;|•·<>()]+|(?:[a-z0-9\-]+\.)+(?:com|io|dev|org|net|me|co|app|ai|de|es|fr|uk|eu|info|page|tech|xyz|cc|us|ca|ch|nl|it|pt|be|at)(?:/[^\s,;|•·<>()]*)?)`)
	// "Phone:", "Tel.", "Mobile", "Móvil", "Telefon", "Téléphone", "Handy"
	phoneLabelRE = lazyRE(`(?i)\b(phone|tel|telephone|mobile|cell|móvil|movil|teléfono|telefono|telefon|téléphone|handy|portable)\b`)
)

// nameParticles may be lower case inside a name.
var nameParticles = map[string]bool{
	"de": true, "del": true, "la": true, "van": true, "von": true, "der": true, "den": true,
	"da": true, "di": true, "du": true, "dos": true, "das": true, "y": true, "le": true, "bin": true, "al": true,
}

// looksLikeName reports whether s has the shape of a person's name: two to
// five capitalised words of letters, no digits or contact details. Words in
// scripts without case (Chinese, Japanese, Korean, Arabic, Hebrew, Thai, …)
// count as capitalised, and a single such word of two to four letters is a
// name too ("王小明", "김민준"). Another form of the name may follow in
// brackets: "王小明 (José)", "Wang Xiaoming (王小明)".
func looksLikeName(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 60 || strings.ContainsAny(s, "@/:|•·0123456789") {
		return false
	}
	core := s
	if i := strings.IndexByte(s, '('); i >= 0 {
		inner, ok := strings.CutSuffix(s[i+1:], ")")
		if !ok || strings.ContainsAny(inner, "()") {
			return false
		}
		if n, ok := nameWords(inner); !ok || n == 0 || wordCount(inner) > 3 {
			return false
		}
		core = strings.TrimSpace(s[:i])
	} else if strings.ContainsRune(s, ')') {
		return false
	}
	words := strings.Fields(core)
	caps, ok := nameWords(core)
	switch {
	case !ok || len(words) > 5:
		return false
	case len(words) == 1:
		// one word: only a name in a script without case
		if n := utf8.RuneCountInString(core); n < 2 || n > 4 || !caseless(core) {
			return false
		}
	case caps < 2:
		return false
	}
	if _, ok := headingKind(core); ok {
		return false
	}
	if titleScore(core) > 0 && !isAllCaps(core) {
		return false
	}
	switch fold(core) {
	case "curriculum vitae", "resume", "cv", "lebenslauf", "curriculum", "hoja de vida", "curriculum vitae cv",
		"简历", "个人简历", "個人簡歷", "履歴書", "職務経歴書", "이력서", "السيرة الذاتية", "קורות חיים":
		return false
	}
	return true
}

// nameWords checks the words of a name: letters (with their marks),
// hyphens, apostrophes and dots, each word capitalised, in a script without
// case, or a particle such as "de" or "van". It returns how many words are
// capitalised or caseless.
func nameWords(s string) (caps int, ok bool) {
	for _, w := range strings.Fields(s) {
		r, _ := utf8DecodeFirst(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsLetter(r) && !unicode.IsLower(r):
			caps++
		case nameParticles[w]:
		case elided(w):
			caps++ // "d'Amico": the particle joined to the name
		default:
			return 0, false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && !unicode.IsMark(c) && c != '-' && c != '\'' && c != '’' && c != '.' {
				return 0, false
			}
		}
	}
	return caps, true
}

// caseless reports whether every letter of s is in a script without case.
func caseless(s string) bool {
	for _, c := range s {
		if unicode.IsLetter(c) && (unicode.IsUpper(c) || unicode.IsLower(c) || unicode.IsTitle(c)) {
			return false
		}
	}
	return true
}

// phoneCandidates returns the phone numbers in s: 7 to 15 digits that are
// not a date range.
func phoneCandidates(s string) []string {
	var out []string
	for _, m := range phoneRE().FindAllString(s, -1) {
		m = strings.TrimSpace(m)
		if digits := digitCount(m); digits < 7 || digits > 15 {
			continue
		}
		if ds := findDates(m); len(ds) > 0 && ds[0].isRange {
			continue
		}
		// balance a dangling bracket
		if strings.Count(m, "(") < strings.Count(m, ")") && strings.HasSuffix(m, ")") {
			m = strings.TrimSuffix(m, ")")
		}
		out = append(out, m)
	}
	return out
}

// profileOf names the network of a URL.
func profileOf(u string) (network, username string) {
	l := strings.ToLower(u)
	l = strings.TrimPrefix(strings.TrimPrefix(l, "https://"), "http://")
	l = strings.TrimPrefix(l, "www.")
	for _, n := range []struct{ host, name string }{
		{"linkedin.com/in/", "LinkedIn"}, {"linkedin.com/", "LinkedIn"}, {"github.com/", "GitHub"},
		{"gitlab.com/", "GitLab"}, {"twitter.com/", "Twitter"}, {"x.com/", "X"},
		{"stackoverflow.com/users/", "Stack Overflow"}, {"medium.com/", "Medium"},
		{"scholar.google.", "Google Scholar"}, {"orcid.org/", "ORCID"}, {"behance.net/", "Behance"},
		{"dribbble.com/", "Dribbble"}, {"xing.com/profile/", "XING"},
	} {
		if i := strings.Index(l, n.host); i >= 0 && (i == 0 || l[i-1] == '.' || l[i-1] == '/') {
			rest := u[len(u)-len(l)+i+len(n.host):]
			rest = strings.Trim(rest, "/")
			if j := strings.IndexAny(rest, "/?#"); j >= 0 {
				rest = rest[:j]
			}
			return n.name, rest
		}
	}
	return "", ""
}

// networks are the names of the networks whose profiles a resume names
// without an address: "gtorres (GitHub)", or "GitHub" over "gtorres".
var networks = []string{"LinkedIn", "GitHub", "GitLab", "Bitbucket", "Twitter", "X", "Mastodon", "Bluesky",
	"Stack Overflow", "StackOverflow", "Medium", "Google Scholar", "ORCID", "ResearchGate", "Behance", "Dribbble",
	"XING", "Instagram", "Facebook", "YouTube", "Twitch", "Telegram", "Discord", "Kaggle", "LeetCode", "HackerRank",
	"Codepen", "Dev.to", "Hashnode", "Substack", "InfoJobs", "Malt", "Upwork", "Fiverr", "Website", "Blog"}

// networkName returns the network t names alone, or "".
func networkName(t string) string {
	for _, n := range networks {
		if strings.EqualFold(strings.TrimSpace(t), n) {
			return n
		}
	}
	return ""
}

// hasProfile reports whether b already gives a profile on network net.
func hasProfile(b *resume.Basics, net string) bool {
	return slices.ContainsFunc(b.Profiles, func(pr resume.Profile) bool { return pr.Network == net })
}

// namedProfiles reads the profiles that rows name without an address:
// "gtorres (GitHub)", and a network's name over its user name.
func (p *parser) namedProfiles(rows []int) {
	b := &p.res.Resume.Basics
	add := func(net, user string, i int) {
		if user == "" || strings.ContainsAny(user, " @") || urlRE().MatchString(user) {
			return
		}
		if hasProfile(b, net) {
			return
		}
		b.Profiles = append(b.Profiles, resume.Profile{Network: net, Username: user})
		p.field("basics.profiles["+itoa(len(b.Profiles)-1)+"].username", 0.8, i)
	}
	for k, i := range rows {
		t := strings.TrimSpace(p.rows[i].text)
		if user, rest, ok := strings.Cut(t, " ("); ok && strings.HasSuffix(rest, ")") {
			if net := networkName(strings.TrimSuffix(rest, ")")); net != "" {
				add(net, user, i)
			}
			continue
		}
		if net := networkName(t); net != "" && k+1 < len(rows) && rows[k+1] == i+1 {
			add(net, strings.TrimSpace(p.rows[i+1].text), i+1)
		}
	}
}

// locationRE is "Place, Region"; each part's length (at most 41 runes) is
// checked in looksLikeLocation, since a bounded repeat of a Unicode class
// costs milliseconds to compile.
var locationRE = lazyRE(`^[\p{Lu}][\p{L}.'’\- ]+,\s*[\p{Lu}][\p{L}.'’\- ]+$`)

// looksLikeLocation reports whether s is a place such as "San Francisco,
// CA", "Madrid, Spain" or "Remote", or two of them joined by a slash
// ("Kuwait/Remote").
func looksLikeLocation(s string) bool {
	s = strings.TrimSpace(s)
	if remoteWords[strings.ToLower(s)] {
		return true
	}
	if a, b, ok := strings.Cut(s, "/"); ok && !strings.Contains(b, "/") {
		// "Kuwait/Remote", "Zurich, Switzerland/Amsterdam, Netherlands":
		// two places, or a place and a way of working
		a, b = strings.TrimSpace(a), strings.TrimSpace(b)
		return a != "" && b != "" && (knownPlace(a) || looksLikeLocation(a)) && (knownPlace(b) || looksLikeLocation(b))
	}
	if !locationRE().MatchString(s) {
		return false
	}
	// not "Research Intern, Google" or "BS in Physics, MIT"
	a, b, _ := strings.Cut(s, ",")
	if utf8.RuneCountInString(a) > 41 || utf8.RuneCountInString(strings.TrimSpace(b)) > 41 {
		return false
	}
	for _, x := range []string{a, b} {
		if titleScore(x) > 0 || orgScore(x) > 0 || degreeScore(x) > 0 || instScore(x) > 0 {
			return false
		}
		for _, w := range strings.Fields(x) {
			r, _ := utf8DecodeFirst(w)
			if !unicode.IsUpper(r) && !placeParticles[strings.ToLower(w)] {
				return false
			}
		}
	}
	return wordCount(a) <= 4 && wordCount(b) <= 3
}

// remoteWords stand for a place: where one worked from.
var remoteWords = map[string]bool{"remote": true, "remoto": true, "hybrid": true, "on-site": true, "télétravail": true, "homeoffice": true}

// placeParticles may be lower case inside a place name.
var placeParticles = map[string]bool{
	"de": true, "del": true, "la": true, "el": true, "am": true, "im": true, "an": true, "der": true,
	"sur": true, "en": true, "upon": true, "on": true, "of": true, "di": true, "da": true, "do": true,
	"les": true, "le": true, "y": true, "i": true, "a.": true, "d.c.": true,
}

// bareInProse reports whether u, found in row text t, is a bare domain
// (no scheme, no "www.", no path) inside a line of words rather than
// among contact details.
func bareInProse(t, u string) bool {
	if writtenAsAddress(u) {
		return false
	}
	return wordCount(t) >= 5 && !strings.ContainsAny(t, "|•·@")
}

// writtenAsAddress reports whether u is written as a web address: with a
// scheme, "www." or a path. A bare domain ("Kiwi.ai") may be a name.
func writtenAsAddress(u string) bool {
	return strings.Contains(u, "://") || strings.HasPrefix(strings.ToLower(u), "www.") || strings.Contains(u, "/")
}

// contact fills basics from the header rows, and from any row that holds
// an e-mail address.
func (p *parser) contact(header []int) {
	b := &p.res.Resume.Basics
	p.namedProfiles(header)
	scan := append([]int(nil), header...)
	inHeader := map[int]bool{}
	for _, i := range header {
		inHeader[i] = true
	}
	// rows near an address in a sidebar's contact block: a number alone
	// on a short row beside it is the phone
	nearMail := map[int]bool{}
	for i := range p.rows {
		t := p.rows[i].text
		if inHeader[i] || len(t) > 300 {
			continue
		}
		if (strings.Contains(t, "@") && emailRE().MatchString(t)) || (hasDigits(t, 7) && phoneLabelRE().MatchString(t)) {
			scan = append(scan, i)
		}
		if strings.Contains(t, "@") && len(t) <= 60 {
			for j := max(0, i-3); j < min(len(p.rows), i+4); j++ {
				if u := p.rows[j].text; j != i && !inHeader[j] && len(u) <= 40 && hasDigits(u, 7) {
					nearMail[j] = true
				}
			}
		}
	}
	// in row order: ranging over the map gave a run-dependent order, and
	// with two numbers near the address a run-dependent phone
	for _, j := range slices.Sorted(maps.Keys(nearMail)) {
		if !slices.Contains(scan, j) {
			scan = append(scan, j)
		}
	}
	// a number that fills its piece of a line wins over one with a "+"
	// among other words ("+353 84 0562261, Ireland" in an address), and
	// that over one inside words
	fallback, fallbackRow := "", -1
	plus, plusRow := "", -1
	// a bare name with a dot in a sentence ("C# and ASP.NET.") is the
	// website only when no row gives one with its scheme or "www."
	bare, bareRow := "", -1
	defer func() {
		switch {
		case b.Phone != "":
		case plus != "":
			b.Phone = plus
			p.field("basics.phone", 0.8, plusRow)
		case fallback != "":
			b.Phone = fallback
			p.field("basics.phone", 0.7, fallbackRow)
		}
		if b.URL == "" && bare != "" {
			b.URL = withScheme(bare)
			p.field("basics.url", 0.6, bareRow)
		}
	}()
	for _, i := range scan {
		r := &p.rows[i]
		t := r.text
		if l := appliedFor(t); l != "" && b.Label == "" {
			rows := []int{i}
			if n := i + 1; inHeader[n] && !hasDigit(p.rows[n].text) && !strings.Contains(p.rows[n].text, "@") {
				// the job's name wrapped ("… Ingeniero en Computación" /
				// "de la UDELAR", "(Java/Angular)")
				if f, _ := utf8DecodeFirst(p.rows[n].text); unicode.IsLower(f) || f == '(' {
					l += " " + strings.TrimSpace(p.rows[n].text)
					rows = append(rows, n)
				}
			}
			b.Label = l
			p.field("basics.label", 0.8, rows...)
		}
		if b.Email == "" {
			if m := emailRE().FindString(t); m != "" {
				b.Email = m
				p.field("basics.email", 0.95, i)
			}
		}
		// (the row's pieces apart: "+45 8878 8792" and "pt, br, en" stood
		// apart, with an icon between them that is not in the text)
		rest := emailRE().ReplaceAllString(strings.Join(r.segs, " | "), " ")
		var urls []string
		for _, u := range urlRE().FindAllString(rest, -1) {
			u = strings.TrimRight(u, ".,")
			urls = append(urls, u)
			if num := chatPhone(u); num != "" {
				// a WhatsApp link in the phone's place is the phone
				if b.Phone == "" {
					b.Phone = num
					p.field("basics.phone", 0.9, i)
				}
			} else if net, user := profileOf(u); net != "" {
				if !hasProfile(b, net) {
					b.Profiles = append(b.Profiles, resume.Profile{Network: net, Username: user, URL: withScheme(u)})
					p.field("basics.profiles["+itoa(len(b.Profiles)-1)+"].url", 0.9, i)
				}
			} else if b.URL == "" && bareInProse(t, u) {
				if bare == "" {
					bare, bareRow = u, i
				}
			} else if b.URL == "" {
				b.URL = withScheme(u)
				p.field("basics.url", 0.8, i)
			}
		}
		rest = urlRE().ReplaceAllString(rest, " ")
		prose := len(t) > 400 || (strings.HasSuffix(t, ".") && wordCount(t) > 12 && !strings.ContainsAny(t, "|•·"))
		if b.Phone == "" && !prose && (inHeader[i] || nearMail[i] || phoneLabelRE().MatchString(t) || emailRE().MatchString(t)) {
			// a number set apart (its own piece of the line, or with a
			// "+") is the phone; one inside other words ("Calle 6,
			// 5150000 San José") only when no line has a better one
			for _, c := range phoneCandidates(rest) {
				switch apart := phoneApart(rest, c); {
				case apart == wholePiece:
					b.Phone = c
					p.field("basics.phone", 0.9, i)
				case apart == plusSign && plus == "":
					plus, plusRow = c, i
				case apart == 0 && fallback == "":
					fallback, fallbackRow = c, i
				}
				if b.Phone != "" {
					break
				}
			}
		}
		if b.Location.City == "" && b.Location.Address == "" {
			for _, s := range splitContact(r) {
				if looksLikeLocation(s) && !strings.Contains(s, "@") {
					setLocation(&b.Location, s)
					p.field("basics.location", 0.7, i)
					break
				}
			}
		}
	}
	p.findName(header)
}

// appliedForLabels open the line of a Europass CV that names the job the
// person seeks, in the languages of our word lists.
var appliedForLabels = []string{"job applied for", "position applied for", "preferred job", "desired job",
	"desired position", "empleo solicitado", "puesto solicitado", "emploi recherché", "poste recherché",
	"gewünschte beschäftigung", "emprego pretendido", "occupazione desiderata"}

// appliedFor returns the job a line such as "JOB APPLIED FOR Backend
// Developer" names, or "".
func appliedFor(t string) string {
	t = strings.TrimSpace(t)
	for _, a := range appliedForLabels {
		if len(t) >= len(a) && strings.EqualFold(t[:len(a)], a) {
			return strings.TrimSpace(strings.TrimLeft(t[len(a):], " :："))
		}
	}
	return ""
}

// splitContact cuts a contact row into its items: the row's pieces, split
// again at | • · and similar separators.
func splitContact(r *row) []string {
	var out []string
	for _, s := range r.segs {
		for _, f := range strings.FieldsFunc(s, func(c rune) bool {
			return c == '|' || c == '•' || c == '·' || c == '⋅' || c == '◦' || c == '▪' || c == '♦'
		}) {
			f = strings.TrimSpace(f)
			if i := strings.IndexAny(f, ":"); i >= 0 && i < 15 && !strings.Contains(f[i:], "//") {
				f = strings.TrimSpace(f[i+1:])
			}
			if f != "" {
				out = append(out, f)
			}
		}
	}
	return out
}

// How a number stands apart in a line (phoneApart).
const (
	plusSign   = 1 + iota // it starts with "+", "00" or a bracket
	wholePiece            // it fills a piece of the line
)

// phoneApart tells whether the number c stands apart in line t: it fills
// a piece of the line between separators (bars, dots, bullets, tabs, wide
// gaps), a label aside; or it starts with "+", "00" or a bracket; or
// neither (0).
func phoneApart(t, c string) int {
	for _, piece := range phoneSepRE().Split(t, -1) {
		if !strings.Contains(piece, c) {
			continue
		}
		rest := strings.TrimSpace(strings.Replace(piece, c, "", 1))
		rest = strings.TrimSpace(phoneLabelRE().ReplaceAllString(rest, ""))
		if strings.IndexFunc(rest, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
			return wholePiece // (an icon or a colon beside it aside)
		}
		break
	}
	if strings.HasPrefix(c, "+") || strings.HasPrefix(c, "(") || strings.HasPrefix(c, "00") {
		return plusSign
	}
	return 0
}

// digitCount counts the ASCII digits of s.
func digitCount(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

// chatPhone returns the number of a WhatsApp link ("https://wa.me/
// 34600111222", "api.whatsapp.com/send?phone=…") with its "+", or "".
func chatPhone(u string) string {
	l := strings.ToLower(u)
	l = strings.TrimPrefix(strings.TrimPrefix(l, "https://"), "http://")
	var num string
	switch {
	case strings.HasPrefix(l, "wa.me/"):
		num = l[len("wa.me/"):]
	case strings.HasPrefix(l, "api.whatsapp.com/send?phone="):
		num, _, _ = strings.Cut(l[len("api.whatsapp.com/send?phone="):], "&")
	default:
		return ""
	}
	num = strings.TrimSuffix(num, "/")
	if n := digitCount(num); n < 7 || n > 15 || n != len(num) {
		return ""
	}
	return "+" + num
}

// (icons count: "� +45 8878 8792 � pt, br, en")
var phoneSepRE = lazyRE(`\s*(?:[|·•;\x{FFFD}\p{Co}\p{So}]|\t|\s{3,})\s*`)

func setLocation(l *resume.Location, s string) {
	a, b, ok := strings.Cut(s, ",")
	if !ok {
		l.City = strings.TrimSpace(s)
		return
	}
	l.City = strings.TrimSpace(a)
	l.Region = strings.TrimSpace(b)
}

func isAllCapsShort(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return s != ""
}

func withScheme(u string) string {
	l := strings.ToLower(u)
	if strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") {
		return u
	}
	return "https://" + u
}

// findName picks the person's name: a Title-styled or largest line near
// the top that looks like a name, else the first one that does.
func (p *parser) findName(header []int) {
	b := &p.res.Resume.Basics
	if b.Name != "" {
		return // found in the header; a later "Contact" section does not replace it
	}
	best, bestScore, bestTail := -1, 0.0, ""
	for n, i := range header {
		if n > 12 {
			break
		}
		r := &p.rows[i]
		cand := r.segs[0]
		tail := p.nameTail(i)
		if tail != "" {
			cand += " " + tail
		}
		if !looksLikeName(cand) {
			tail = ""
			// "Ana Ruiz | ana@x.io | +34 ..." on one line, or "Ana
			// Ruiz, Android Engineer"
			items := splitContact(r)
			if len(items) >= 2 && looksLikeName(items[0]) {
				cand = items[0]
			} else if name, _, ok := nameAndLabel(cand); ok {
				cand = name
			} else {
				continue
			}
		}
		score := 1.0 / float64(n+1)
		if r.heading == 1 {
			score += 3
		}
		if r.size > 0 {
			score += r.size / 10
		}
		if len(r.segs) == 1 {
			score += 0.5
		}
		if score > bestScore {
			best, bestScore, bestTail = i, score, tail
		}
	}
	if best < 0 {
		// A name given as the document title far from the top (DOCX Title).
		for i := range p.rows {
			if p.rows[i].heading == 1 && looksLikeName(p.rows[i].segs[0]) {
				best = i
				break
			}
		}
	}
	if body := p.bodyPoints(); best < 0 && body > 0 {
		// the largest type at the top of the first page (within 150 pt
		// of its first line), read after a margin of headings (a theme
		// that sets CONTACT left of the name): a name half again as
		// large as the text
		size, top := 0.0, math.Inf(1)
		for i := 0; i < len(p.rows) && i < 40; i++ {
			if p.rows[i].page <= 1 && p.rows[i].y > 0 {
				top = math.Min(top, p.rows[i].y)
			}
		}
		for i := 0; i < len(p.rows) && i < 40; i++ {
			r := &p.rows[i]
			if r.page <= 1 && r.y > 0 && r.y < top+150 && r.size >= 1.5*body && r.size > size && len(r.segs) == 1 && looksLikeName(r.segs[0]) {
				best, size = i, r.size
			}
		}
	}
	loose := false
	if best < 0 && len(header) > 0 {
		// no line reads like a name: the document's title, set as one
		// (a title style, or text half again as large as the body) at
		// the top, is the name ("Sophie", "Dani (Daniel) Teixeira")
		r := &p.rows[header[0]]
		t := strings.TrimSpace(r.segs[0])
		big := r.size > 0 && p.bodyPoints() > 0 && r.size >= 1.5*p.bodyPoints()
		if (r.heading == 1 || big && r.bold) && len(r.segs) == 1 && wordCount(t) <= 6 && len(t) <= 60 &&
			!strings.ContainsAny(t, "@/:") && !urlRE().MatchString(t) {
			if _, heading := headingKind(t); !heading {
				best, loose = header[0], true
			}
		}
	}
	if best >= 0 {
		b.Name = p.rows[best].segs[0]
		if bestTail != "" {
			b.Name += " " + bestTail
		} else if name, label, ok := nameAndLabel(b.Name); !loose && !looksLikeName(b.Name) && ok {
			b.Name, b.Label = name, label
			p.field("basics.label", 0.6, best)
		} else if !loose && !looksLikeName(b.Name) {
			b.Name = splitContact(&p.rows[best])[0]
		}
		b.Name = stripLabel(b.Name)
		// "John Doe John Doe": the name printed twice on one line (a
		// print header over the page's own)
		if ws := strings.Fields(b.Name); len(ws)%2 == 0 && len(ws) >= 4 &&
			strings.Join(ws[:len(ws)/2], " ") == strings.Join(ws[len(ws)/2:], " ") {
			b.Name = strings.Join(ws[:len(ws)/2], " ")
		}
		p.field("basics.name", 0.85, best)
		p.nameRow = best
		// the line under the name that reads like a job title is the label
		if next := best + 1; next < len(p.rows) && b.Label == "" {
			r := &p.rows[next]
			t := r.text
			if len(r.segs) == 1 && wordCount(t) <= 8 && titleScore(t) > 0 && !strings.ContainsAny(t, "@|•·") &&
				len(phoneCandidates(t)) == 0 && !urlRE().MatchString(t) {
				if _, heading := headingKind(t); !heading {
					b.Label = t
					p.field("basics.label", 0.6, next)
				}
			}
		}
	}
}

// elided reports whether w is a particle elided before a capitalised
// name: "d'Amico", "l’Hôte", "dell'Acqua". (O'Neil starts with a
// capital and passes as it is.)
func elided(w string) bool {
	for _, sep := range []string{"'", "’"} {
		pre, rest, ok := strings.Cut(w, sep)
		if ok && rest != "" && (pre == "d" || pre == "l" || pre == "dell" || pre == "dall") {
			r, _ := utf8DecodeFirst(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}

// nameTail returns the rest of a name that wraps from row i onto the row
// under it in the same large type: at the same left edge and weight
// ("Imran Hamza Karim" / "Qureshi"), or centred under it in either weight
// (moderncv's "Sergio Nicolás" over "Ruíz Martínez | Desarrollador",
// where the rest ends at the bar). It returns "" when the row under i is
// no such rest: one to three capitalised words that are no job title.
func (p *parser) nameTail(i int) string {
	if i+1 >= len(p.rows) {
		return ""
	}
	r, n := &p.rows[i], &p.rows[i+1]
	body := p.bodyPoints()
	if len(r.segs) != 1 || len(n.segs) != 1 || body == 0 || r.size < 1.5*body || math.Abs(n.size-r.size) >= 0.3 ||
		n.page != r.page || r.right <= 0 || n.right <= 0 {
		return ""
	}
	left := math.Abs(n.x-r.x) <= 3 && n.bold == r.bold
	centred := math.Abs((n.x+n.right)/2-(r.x+r.right)/2) < 3
	t := strings.TrimSpace(n.text)
	if before, _, ok := strings.Cut(t, " | "); ok && centred {
		t = strings.TrimSpace(before)
	}
	if !left && !centred || wordCount(t) > 3 || titleScore(t) > 0 {
		return ""
	}
	if caps, ok := nameWords(t); !ok || caps == 0 {
		return ""
	}
	return t
}

// nameAndLabel cuts a name from the job title printed after it on its
// line: "Faisal Sheikh, Sr. Android Engineer", "Ana Ruiz – Data
// Scientist", "Kavya Desai, Student", "Ana Ruiz, Developer with 6+ years
// of" (a title that wraps). The rest is no contact detail, no place ("Ana
// Ruiz, Madrid") and no letters after the name ("Céline Masson, PhD",
// which is all the name).
func nameAndLabel(s string) (name, label string, ok bool) {
	for _, sep := range []string{", ", " – ", " — ", " - ", " | "} {
		name, label, ok = strings.Cut(s, sep)
		if !ok {
			continue
		}
		name, label = strings.TrimSpace(name), strings.TrimSpace(label)
		if looksLikeName(name) && label != "" && wordCount(label) <= 20 && !strings.Contains(label, "@") && len(phoneCandidates(label)) == 0 &&
			!looksLikeLocation(label) && !knownPlace(label) && !postNominal(label) {
			return name, label, true
		}
	}
	return "", "", false
}

// postNominal reports whether s is letters written after a name: degrees
// and generational suffixes, one word each ("PhD", "MBA, CPA", "Jr.").
func postNominal(s string) bool {
	for _, w := range strings.Split(s, ",") {
		w = strings.TrimSpace(w)
		switch strings.ToLower(strings.TrimSuffix(w, ".")) {
		case "jr", "sr", "ii", "iii", "iv":
			continue
		}
		if strings.Contains(w, " ") || !degreeAbbrev(w) {
			return false
		}
	}
	return true
}

// stripLabel takes a section label in capitals off the front of a name
// printed beside it: Europass's "PERSONAL INFORMATION Julien Mercier".
func stripLabel(s string) string {
	ws := strings.Fields(s)
	for k := 1; k <= 4 && k+2 <= len(ws); k++ {
		prefix := strings.Join(ws[:k], " ")
		if strings.ToUpper(prefix) != prefix || strings.ToUpper(ws[k]) == ws[k] {
			continue
		}
		if _, ok := headingKind(prefix); ok {
			return strings.Join(ws[k:], " ")
		}
	}
	return s
}

// hasDigits reports whether s holds at least n ASCII digits.
func hasDigits(s string, n int) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n--
			if n <= 0 {
				return true
			}
		}
	}
	return false
}
