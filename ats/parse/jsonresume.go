package parse

import (
	"bytes"
	"encoding/json"

	"github.com/resumekit/resumekit/resume"
)

// The JSON Resume shapes the parser prints: plain JSON Resume 1.0, with
// one work entry per role so that any JSON Resume tool can read it.
type (
	jrDoc struct {
		Basics    jrBasics      `json:"basics"`
		Work      []jrWork      `json:"work"`
		Education []jrEducation `json:"education"`
		Skills    []jrSkill     `json:"skills"`
		Projects  []jrProject   `json:"projects,omitempty"`
		Languages []jrLanguage  `json:"languages,omitempty"`
	}
	jrBasics struct {
		Name     string      `json:"name,omitempty"`
		Label    string      `json:"label,omitempty"`
		Email    string      `json:"email,omitempty"`
		Phone    string      `json:"phone,omitempty"`
		URL      string      `json:"url,omitempty"`
		Summary  string      `json:"summary,omitempty"`
		Location *jrLocation `json:"location,omitempty"`
		Profiles []jrProfile `json:"profiles,omitempty"`
	}
	jrLocation struct {
		Address     string `json:"address,omitempty"`
		PostalCode  string `json:"postalCode,omitempty"`
		City        string `json:"city,omitempty"`
		CountryCode string `json:"countryCode,omitempty"`
		Region      string `json:"region,omitempty"`
	}
	jrProfile struct {
		Network  string `json:"network,omitempty"`
		Username string `json:"username,omitempty"`
		URL      string `json:"url,omitempty"`
	}
	jrWork struct {
		Name        string   `json:"name,omitempty"`
		Position    string   `json:"position,omitempty"`
		Location    string   `json:"location,omitempty"`
		Description string   `json:"description,omitempty"`
		URL         string   `json:"url,omitempty"`
		StartDate   string   `json:"startDate,omitempty"`
		EndDate     string   `json:"endDate,omitempty"`
		Summary     string   `json:"summary,omitempty"`
		Highlights  []string `json:"highlights,omitempty"`
	}
	jrEducation struct {
		Institution string   `json:"institution,omitempty"`
		URL         string   `json:"url,omitempty"`
		Area        string   `json:"area,omitempty"`
		StudyType   string   `json:"studyType,omitempty"`
		StartDate   string   `json:"startDate,omitempty"`
		EndDate     string   `json:"endDate,omitempty"`
		Score       string   `json:"score,omitempty"`
		Courses     []string `json:"courses,omitempty"`
		Summary     string   `json:"summary,omitempty"` // (an extension JSON Resume tools ignore)
	}
	jrSkill struct {
		Name     string   `json:"name,omitempty"`
		Level    string   `json:"level,omitempty"`
		Keywords []string `json:"keywords,omitempty"`
	}
	jrProject struct {
		Name        string   `json:"name,omitempty"`
		Description string   `json:"description,omitempty"`
		Highlights  []string `json:"highlights,omitempty"`
		Keywords    []string `json:"keywords,omitempty"`
		StartDate   string   `json:"startDate,omitempty"`
		EndDate     string   `json:"endDate,omitempty"`
		URL         string   `json:"url,omitempty"`
	}
	jrLanguage struct {
		Language string `json:"language,omitempty"`
		Fluency  string `json:"fluency,omitempty"`
	}
)

// JSONResume renders r as a JSON Resume 1.0 document: basics, work (one
// entry per role, the employer's name, location and description repeated
// on each), education (with the text under an entry that no field took
// as its summary, a key JSON Resume tools ignore), skills (the resume's
// skill groups, then one group
// per role skillset, named after the role), projects and languages. An
// open end is written as no endDate, as JSON Resume means it.
func JSONResume(r *resume.Resume) ([]byte, error) {
	d := jrDoc{Work: []jrWork{}, Education: []jrEducation{}, Skills: []jrSkill{}}
	b := r.Basics
	d.Basics = jrBasics{Name: b.Name, Label: b.Label, Email: b.Email, Phone: b.Phone, URL: b.URL, Summary: b.Summary}
	if l := b.Location; l.City != "" || l.Address != "" || l.Region != "" || l.CountryCode != "" || l.PostalCode != "" {
		d.Basics.Location = &jrLocation{l.Address, l.PostalCode, l.City, l.CountryCode, l.Region}
	}
	for _, p := range b.Profiles {
		d.Basics.Profiles = append(d.Basics.Profiles, jrProfile{p.Network, p.Username, p.URL})
	}
	date := func(x resume.Date) string {
		if x.Present {
			return ""
		}
		return x.String()
	}
	var roleSkills []jrSkill
	for _, e := range r.Work {
		for _, ro := range e.Roles {
			w := jrWork{Name: e.Name, Position: ro.Position, Location: ro.Location, Description: e.Description,
				URL: e.URL, StartDate: date(ro.StartDate), EndDate: date(ro.EndDate), Summary: ro.Summary,
				Highlights: ro.Highlights}
			if w.Location == "" {
				w.Location = e.Location
			}
			d.Work = append(d.Work, w)
			if len(ro.Skills) > 0 {
				name := ro.Position
				if name == "" {
					name = e.Name
				}
				roleSkills = append(roleSkills, jrSkill{Name: name, Keywords: ro.Skills})
			}
		}
	}
	for _, e := range r.Education {
		d.Education = append(d.Education, jrEducation{e.Institution, e.URL, e.Area, e.StudyType,
			date(e.StartDate), date(e.EndDate), e.Score, e.Courses, e.Summary})
	}
	for _, s := range r.Skills {
		d.Skills = append(d.Skills, jrSkill{s.Name, s.Level, s.Keywords})
	}
	d.Skills = append(d.Skills, roleSkills...)
	for _, p := range r.Projects {
		d.Projects = append(d.Projects, jrProject{p.Name, p.Description, p.Highlights, p.Keywords,
			date(p.StartDate), date(p.EndDate), p.URL})
	}
	for _, l := range r.Languages {
		d.Languages = append(d.Languages, jrLanguage{l.Language, l.Fluency})
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(d); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
