package resume

import (
	"encoding/json"
	"strings"
)

// Extra holds the fields of a JSON Resume object that the model has no
// field for (extensions such as "x-foo", or keys of newer schema versions).
// Loaders fill it and the JSON Resume writer writes it back, so nothing in
// the input is dropped silently. Values are kept as raw JSON.
type Extra map[string]json.RawMessage

// Resume is one resume: every section of JSON Resume 1.x, with work grouped
// by employer so that several roles can sit under one company.
type Resume struct {
	Schema       string        // "$schema"
	Basics       Basics        // "basics"
	Work         []Employer    // "work", grouped by employer
	Volunteer    []Volunteer   // "volunteer"
	Education    []Education   // "education"
	Awards       []Award       // "awards"
	Certificates []Certificate // "certificates"
	Publications []Publication // "publications"
	Skills       []Skill       // "skills"
	Languages    []Language    // "languages"
	Interests    []Interest    // "interests"
	References   []Reference   // "references"
	Projects     []Project     // "projects"
	Meta         Meta          // "meta"
	Extra        Extra         // unknown top-level keys

	// src maps field paths ("work[0].roles[1].startDate") to the position
	// they were read from; nil for a resume built in code.
	src map[string]Pos

	// in maps model paths of employers and roles ("work[0]",
	// "work[0].roles[0]") to the input paths they were read from
	// ("work[0]" for a flat entry's role); nil for a resume built in code.
	in map[string]string

	// warnings are what a lenient load accepted but reported.
	warnings []Warning
}

// Basics is the JSON Resume "basics" object.
type Basics struct {
	Name     string
	Label    string
	Image    string
	Email    string
	Phone    string
	URL      string
	Summary  string // may hold inline markup
	Location Location
	Profiles []Profile
	Extra    Extra
}

// Location is a postal location.
type Location struct {
	Address     string
	PostalCode  string
	City        string
	CountryCode string
	Region      string
	Extra       Extra
}

// Profile is an online profile (LinkedIn, GitHub, ...).
type Profile struct {
	Network  string
	Username string
	URL      string
	Extra    Extra
}

// Employer is one organisation in the work section. It holds one or more
// roles; a flat JSON Resume work entry becomes an Employer with one Role.
type Employer struct {
	Name        string // company name
	Location    string
	URL         string
	Description string // short description of the company
	Summary     string // summary that applies to the whole stay; may hold inline markup
	Roles       []Role
	Extra       Extra
}

// Role is one position held at an employer.
type Role struct {
	Position   string
	StartDate  Date
	EndDate    Date // zero when absent; IsPresent for an open end
	Location   string
	Summary    string   // may hold inline markup
	Highlights []string // each may hold inline markup
	Skills     []string // the role's skillset (keywords)
	Extra      Extra
}

// Volunteer is one volunteering position.
type Volunteer struct {
	Organization string
	Position     string
	URL          string
	StartDate    Date
	EndDate      Date
	Summary      string
	Highlights   []string
	Extra        Extra
}

// Education is one education entry.
type Education struct {
	Institution string
	URL         string
	Area        string
	StudyType   string
	StartDate   Date
	EndDate     Date
	Score       string
	Courses     []string
	Summary     string // extension: free text about the studies; may hold inline markup
	Extra       Extra
}

// Award is one award.
type Award struct {
	Title   string
	Date    Date
	Awarder string
	Summary string
	Extra   Extra
}

// Certificate is one certificate.
type Certificate struct {
	Name   string
	Date   Date
	URL    string
	Issuer string
	Extra  Extra
}

// Publication is one publication.
type Publication struct {
	Name        string
	Publisher   string
	ReleaseDate Date
	URL         string
	Summary     string
	Extra       Extra
}

// Skill is a group of skills ("Languages: Go, Python").
type Skill struct {
	Name     string
	Level    string
	Keywords []string
	Extra    Extra
}

// Language is a spoken language.
type Language struct {
	Language string
	Fluency  string
	Extra    Extra
}

// Interest is one interest with keywords.
type Interest struct {
	Name     string
	Keywords []string
	Extra    Extra
}

// Reference is one reference.
type Reference struct {
	Name      string
	Reference string
	Extra     Extra
}

// Project is one project.
type Project struct {
	Name        string
	Description string
	Highlights  []string
	Keywords    []string
	StartDate   Date
	EndDate     Date
	URL         string
	Roles       []string
	Entity      string
	Type        string
	Extra       Extra
}

// Meta is the JSON Resume "meta" object.
type Meta struct {
	Canonical    string
	Version      string
	LastModified string
	Extra        Extra
}

// Pos is a position in a source file; Line and Column count from 1.
type Pos struct {
	File   string
	Line   int
	Column int
}

// String renders the position as file:line:col, leaving out what is unknown.
func (p Pos) String() string {
	s := p.File
	if p.Line > 0 {
		if s != "" {
			s += ":"
		}
		s += itoa(p.Line)
		if p.Column > 0 {
			s += ":" + itoa(p.Column)
		}
	}
	return s
}

// Position returns where the field at path (for example
// "work[0].roles[1].startDate") was read from, if the resume was loaded
// from a file and the loader recorded it.
func (r *Resume) Position(path string) (Pos, bool) {
	p, ok := r.src[path]
	return p, ok
}

// SetPosition records where the field at path was read from. Loaders call it.
func (r *Resume) SetPosition(path string, p Pos) {
	if r.src == nil {
		r.src = make(map[string]Pos)
	}
	r.src[path] = p
}

// setInputPath records that the employer or role at the model path was
// read from the object at the input path.
func (r *Resume) setInputPath(model, input string) {
	if r.in == nil {
		r.in = make(map[string]string)
	}
	r.in[model] = input
}

// InputPath returns the path in the input file of the field at the model
// path: a flat work entry is one employer with one role in the model, so
// "work[0].roles[0].position" was read from "work[0].position"; with
// GroupEmployers, "work[0].roles[1].position" may have been read from
// "work[1].position". Paths the loader did not move, and every path of a
// resume built in code, are returned as they are.
func (r *Resume) InputPath(model string) string {
	if r.in == nil {
		return model
	}
	_, rest, ok := workIndex(model)
	if !ok {
		return model
	}
	emp := model[:len(model)-len(rest)]
	if strings.HasPrefix(rest, ".roles[") {
		if end := strings.IndexByte(rest, ']'); end > 0 {
			if p, ok := r.in[emp+rest[:end+1]]; ok {
				return p + rest[end+1:]
			}
		}
	}
	if p, ok := r.in[emp]; ok {
		return p + rest
	}
	return model
}

// Roles returns the number of roles over all employers.
func (r *Resume) Roles() int {
	n := 0
	for _, e := range r.Work {
		n += len(e.Roles)
	}
	return n
}
