package parse

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/resume"
)

// columns maps folded column headers of spreadsheet resumes to fields.
var columns = sync.OnceValue(func() map[string]string {
	columns := map[string]string{}
	add := func(field string, names ...string) {
		for _, n := range names {
			columns[fold(n)] = field
		}
	}
	add("company", "company", "employer", "organization", "organisation", "empresa", "unternehmen", "arbeitgeber", "firma", "entreprise", "employeur", "société")
	add("position", "position", "title", "job title", "role", "puesto", "cargo", "stelle", "poste", "titre", "rol", "funktion")
	add("start", "start", "start date", "from", "since", "desde", "inicio", "fecha de inicio", "von", "beginn", "début", "date de début")
	add("end", "end", "end date", "to", "until", "hasta", "fin", "fecha de fin", "bis", "ende", "date de fin")
	add("dates", "dates", "period", "date", "periodo", "período", "zeitraum", "période")
	add("location", "location", "city", "place", "ubicación", "lugar", "ciudad", "ort", "standort", "lieu", "ville")
	add("summary", "summary", "description", "descripción", "resumen", "beschreibung", "details", "notes", "profil", "perfil")
	add("highlights", "highlights", "achievements", "responsibilities", "tasks", "logros", "funciones", "erfolge", "aufgaben", "réalisations", "missions")
	add("skills", "skills", "keywords", "technologies", "skillset", "tech stack", "tecnologías", "habilidades", "kenntnisse", "technologien", "compétences", "mots-clés", "stichwörter", "schlagwörter", "palabras clave")
	add("companyDescription", "company description", "about the company", "descripción de la empresa", "unternehmensbeschreibung", "description de l'entreprise")
	add("url", "url", "website", "web", "link", "webseite", "sitio web", "site web")
	add("institution", "institution", "school", "university", "universidad", "institución", "hochschule", "universität", "école", "établissement", "université", "einrichtung", "bildungseinrichtung", "centro")
	add("area", "area", "field", "field of study", "major", "subject", "área", "especialidad", "fachrichtung", "studiengang", "domaine", "spécialité")
	add("studyType", "study type", "degree", "diploma", "qualification", "título", "titulación", "abschluss", "diplôme")
	add("score", "score", "gpa", "grade", "nota", "note")
	add("courses", "courses", "coursework", "asignaturas", "cursos", "kurse", "cours")
	add("name", "name", "skill", "group", "category", "categoría", "kategorie", "catégorie", "nombre", "gruppe", "grupo", "groupe")
	add("level", "level", "nivel", "niveau", "fluency")
	add("language", "language", "idioma", "sprache", "langue")
	add("duration", "duration", "duración", "dauer", "durée")
	return columns
})

// cellRef splits "Sheet!B3" into the sheet, the column number and the row.
func cellRef(ref string) (sheet string, col, row int, ok bool) {
	i := strings.LastIndex(ref, "!")
	if i < 0 {
		return "", 0, 0, false
	}
	sheet, a1 := ref[:i], ref[i+1:]
	j := 0
	for j < len(a1) && a1[j] >= 'A' && a1[j] <= 'Z' {
		col = col*26 + int(a1[j]-'A'+1)
		j++
	}
	if j == 0 || j == len(a1) {
		return "", 0, 0, false
	}
	row, err := strconv.Atoi(a1[j:])
	return sheet, col, row, err == nil && row > 0
}

// cellDoc reports whether the document is a spreadsheet: most of its
// lines are cells.
func cellDoc(doc *extract.Document) bool {
	n, cells := 0, 0
	for _, l := range doc.Lines {
		if l.Furniture || strings.TrimSpace(l.Text) == "" {
			continue
		}
		n++
		if l.Source == extract.Cell && l.Cell != "" {
			cells++
		}
	}
	return n > 0 && cells*10 >= n*9
}

// sheet is one worksheet as a grid of cells, each a list of lines.
type sheet struct {
	name  string
	rows  []int                 // row numbers in order
	cells map[int]map[int][]int // row -> col -> line indices
}

func (p *parser) sheets() []*sheet {
	var out []*sheet
	byName := map[string]*sheet{}
	for i, l := range p.doc.Lines {
		if l.Furniture || l.Source != extract.Cell || strings.TrimSpace(l.Text) == "" {
			continue
		}
		name, col, row, ok := cellRef(l.Cell)
		if !ok {
			continue
		}
		s := byName[name]
		if s == nil {
			s = &sheet{name: name, cells: map[int]map[int][]int{}}
			byName[name] = s
			out = append(out, s)
		}
		if s.cells[row] == nil {
			s.cells[row] = map[int][]int{}
			s.rows = append(s.rows, row)
		}
		s.cells[row][col] = append(s.cells[row][col], i)
	}
	return out
}

func (p *parser) cellText(lines []int, sep string) string {
	var parts []string
	for _, i := range lines {
		parts = append(parts, strings.TrimSpace(cleanText(p.doc.Lines[i].Text)))
	}
	return strings.Join(parts, sep)
}

// parseCells reads a spreadsheet resume: one sheet per section, a header
// row naming the columns, one record per row; or a two-column
// field/value sheet for the contact details.
func (p *parser) parseCells() {
	rs := p.res.Resume
	for _, s := range p.sheets() {
		if len(s.rows) == 0 {
			continue
		}
		header := s.cells[s.rows[0]]
		cols := map[string]int{}
		// Leftmost first: of two columns naming one field, the first
		// is read, whatever the map's order.
		for _, c := range slices.Sorted(maps.Keys(header)) {
			if f, ok := columns()[fold(p.cellText(header[c], " "))]; ok {
				if _, dup := cols[f]; !dup {
					cols[f] = c
				}
			}
		}
		kind, known := headingKind(s.name)
		switch {
		case known:
		case cols["institution"] > 0 || cols["studyType"] > 0:
			kind = KindEducation
		case cols["company"] > 0 || (cols["position"] > 0 && (cols["start"] > 0 || cols["dates"] > 0)):
			kind = KindWork
		case cols["skills"] > 0:
			kind = KindSkills
		case len(cols) <= 2:
			kind = KindContact
		}
		get := func(row int, f, sep string) (string, []int) {
			c, ok := cols[f]
			if !ok {
				return "", nil
			}
			lines := s.cells[row][c]
			return p.cellText(lines, sep), lines
		}
		records := s.rows[1:]
		if len(cols) == 0 {
			records = s.rows
		}
		switch kind {
		case KindWork:
			for _, row := range records {
				comp, cl := get(row, "company", " ")
				pos, pl := get(row, "position", " ")
				if comp == "" && pos == "" {
					continue
				}
				ro := resume.Role{Position: pos}
				st, sl := get(row, "start", " ")
				en, _ := get(row, "end", " ")
				ro.StartDate = cellDate(st)
				ro.EndDate = cellDate(en)
				if d, _ := get(row, "dates", " "); d != "" && ro.StartDate.IsZero() {
					if ds := findDates(d); len(ds) > 0 {
						ro.StartDate, ro.EndDate = ds[0].rng.Start, ds[0].rng.End
					}
				}
				if st != "" && en == "" && !ro.StartDate.IsZero() {
					ro.EndDate = resume.Present
				}
				loc, _ := get(row, "location", " ")
				ro.Summary, _ = get(row, "summary", "\n\n")
				if h, hl := get(row, "highlights", "\n"); len(hl) > 0 && h != "" {
					ro.Highlights = strings.Split(h, "\n")
				}
				if k, _ := get(row, "skills", ", "); k != "" {
					ro.Skills = normaliseKeywords(splitList(k))
				}
				desc, _ := get(row, "companyDescription", "\n\n")
				n := len(rs.Work)
				if n > 0 && comp != "" && strings.EqualFold(rs.Work[n-1].Name, comp) {
					e := &rs.Work[n-1]
					if e.Location != loc {
						ro.Location = loc
					}
					e.Roles = append(e.Roles, ro)
				} else {
					rs.Work = append(rs.Work, resume.Employer{Name: comp, Location: loc, Description: desc, Roles: []resume.Role{ro}})
				}
				ei := len(rs.Work) - 1
				ri := len(rs.Work[ei].Roles) - 1
				base := "work[" + itoa(ei) + "].roles[" + itoa(ri) + "]."
				p.fieldLines(path("work", ei, "name"), 0.95, cl)
				p.fieldLines(base+"position", 0.95, pl)
				p.fieldLines(base+"startDate", 0.95, sl)
			}
		case KindEducation:
			for _, row := range records {
				ed := resume.Education{}
				var il []int
				ed.Institution, il = get(row, "institution", " ")
				ed.Area, _ = get(row, "area", " ")
				ed.StudyType, _ = get(row, "studyType", " ")
				st, _ := get(row, "start", " ")
				en, _ := get(row, "end", " ")
				ed.StartDate, ed.EndDate = cellDate(st), cellDate(en)
				ed.Score, _ = get(row, "score", " ")
				if c, cl := get(row, "courses", "\n"); len(cl) > 0 && c != "" {
					ed.Courses = strings.Split(c, "\n")
				}
				ed.Summary, _ = get(row, "summary", "\n\n")
				ed.URL, _ = get(row, "url", " ")
				if ed.Institution == "" && ed.Area == "" && ed.StudyType == "" {
					continue
				}
				rs.Education = append(rs.Education, ed)
				p.fieldLines(path("education", len(rs.Education)-1, "institution"), 0.95, il)
			}
		case KindSkills:
			for _, row := range records {
				name, _ := get(row, "name", " ")
				kw, kl := get(row, "skills", ", ")
				level, _ := get(row, "level", " ")
				if name == "" && kw == "" {
					continue
				}
				rs.Skills = append(rs.Skills, resume.Skill{Name: name, Level: level, Keywords: normaliseKeywords(splitList(kw))})
				p.fieldLines(path("skills", len(rs.Skills)-1, "keywords"), 0.95, kl)
			}
		case KindContact, KindSummary, KindHeader:
			p.profileSheet(s)
		}
	}
}

// profileSheet reads field/value pairs: "Name | Ana", "Email | ...".
func (p *parser) profileSheet(s *sheet) {
	b := &p.res.Resume.Basics
	for _, row := range s.rows {
		cells := s.cells[row]
		if len(cells) < 2 {
			continue
		}
		cs := make([]int, 0, len(cells))
		for c := range cells {
			cs = append(cs, c)
		}
		first, second := cs[0], cs[0]
		for _, c := range cs {
			first = min(first, c)
		}
		second = 1 << 30
		for _, c := range cs {
			if c > first && c < second {
				second = c
			}
		}
		key := profileKeys()[fold(p.cellText(cells[first], " "))]
		val := p.cellText(cells[second], "\n")
		lines := cells[second]
		switch key {
		case "name":
			b.Name = val
			p.fieldLines("basics.name", 0.95, lines)
		case "email":
			b.Email = val
			p.fieldLines("basics.email", 0.95, lines)
		case "phone":
			b.Phone = val
			p.fieldLines("basics.phone", 0.95, lines)
		case "label":
			b.Label = val
		case "url":
			b.URL = val
		case "summary":
			b.Summary = val
		case "location":
			setLocation(&b.Location, val)
		default:
			if net, user := profileOf(val); net != "" {
				b.Profiles = append(b.Profiles, resume.Profile{Network: net, Username: user, URL: withScheme(val)})
			}
		}
	}
}

// profileKeys maps folded field names of a field/value sheet to basics.
var profileKeys = sync.OnceValue(func() map[string]string {
	profileKeys := map[string]string{}
	add := func(k string, names ...string) {
		for _, n := range names {
			profileKeys[fold(n)] = k
		}
	}
	add("name", "name", "full name", "nombre", "nom", "nombre completo", "nom complet")
	add("email", "email", "e-mail", "mail", "correo", "courriel", "correo electrónico")
	add("phone", "phone", "telephone", "mobile", "teléfono", "telefon", "téléphone", "móvil", "handy")
	add("label", "label", "title", "headline", "titular", "titel", "titre", "título")
	add("url", "url", "website", "web", "homepage", "webseite", "sitio web", "site web", "página web")
	add("summary", "summary", "profile", "about", "resumen", "perfil", "profil", "zusammenfassung", "résumé")
	add("location", "location", "city", "address", "ubicación", "ort", "adresse", "ville", "dirección")
	return profileKeys
})

// cellDate reads a date cell ("Jun 2023", "2023-06", "present").
func cellDate(s string) resume.Date {
	s = strings.TrimSpace(s)
	if s == "" {
		return resume.Date{}
	}
	if resume.IsPresentWord(s) {
		return resume.Present
	}
	if d, err := resume.ParseDate(s); err == nil {
		return d
	}
	if ds := findDates(s); len(ds) > 0 {
		return ds[0].rng.Start
	}
	return resume.Date{}
}

func (p *parser) fieldLines(path string, conf float64, lines []int) {
	if len(lines) == 0 {
		return
	}
	p.res.Fields = append(p.res.Fields, Field{Path: path, Confidence: conf, Lines: append([]int(nil), lines...)})
}
