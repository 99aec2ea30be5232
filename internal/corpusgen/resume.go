package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Resume is the clean JSON Resume handed to every renderer: the fields the
// themes and templates read, with nulls, empty strings and odd shapes of
// the real-world files resolved. Dates are kept as their authors wrote
// them; the labels parse them separately (see parseDate).
type Resume struct {
	Basics    Basics      `json:"basics"`
	Work      []Work      `json:"work"`
	Education []Education `json:"education"`
	Skills    []Skill     `json:"skills"`
	Languages []Language  `json:"languages"`
	Projects  []Project   `json:"projects"`
	Awards    []Award     `json:"awards"`
	Interests []Interest  `json:"interests"`
}

// Basics is the contact block.
type Basics struct {
	Name     string    `json:"name,omitempty"`
	Label    string    `json:"label,omitempty"`
	Email    string    `json:"email,omitempty"`
	Phone    string    `json:"phone,omitempty"`
	URL      string    `json:"url,omitempty"`
	Summary  string    `json:"summary,omitempty"`
	Location Location  `json:"location"`
	Profiles []Profile `json:"profiles"`
}

// Location is where the person lives.
type Location struct {
	Address     string `json:"address,omitempty"`
	PostalCode  string `json:"postalCode,omitempty"`
	City        string `json:"city,omitempty"`
	CountryCode string `json:"countryCode,omitempty"`
	Region      string `json:"region,omitempty"`
}

// Profile is one social profile.
type Profile struct {
	Network  string `json:"network,omitempty"`
	Username string `json:"username,omitempty"`
	URL      string `json:"url,omitempty"`
}

// Work is one job.
type Work struct {
	Name       string   `json:"name,omitempty"`
	Company    string   `json:"company,omitempty"` // the schema's older key, which some themes still read
	Position   string   `json:"position,omitempty"`
	Location   string   `json:"location,omitempty"`
	URL        string   `json:"url,omitempty"`
	StartDate  string   `json:"startDate,omitempty"`
	EndDate    string   `json:"endDate,omitempty"`
	Summary    string   `json:"summary,omitempty"`
	Highlights []string `json:"highlights"`
}

// Education is one course of study.
type Education struct {
	Institution string   `json:"institution,omitempty"`
	URL         string   `json:"url,omitempty"`
	Area        string   `json:"area,omitempty"`
	StudyType   string   `json:"studyType,omitempty"`
	StartDate   string   `json:"startDate,omitempty"`
	EndDate     string   `json:"endDate,omitempty"`
	Score       string   `json:"score,omitempty"`
	Location    string   `json:"location,omitempty"`
	Courses     []string `json:"courses"`
}

// Skill is a named group of keywords.
type Skill struct {
	Name     string   `json:"name,omitempty"`
	Level    string   `json:"level,omitempty"`
	Keywords []string `json:"keywords"`
}

// Language is a spoken language.
type Language struct {
	Language string `json:"language,omitempty"`
	Fluency  string `json:"fluency,omitempty"`
}

// Project is a side project.
type Project struct {
	Name        string   `json:"name,omitempty"`
	Description string   `json:"description,omitempty"`
	URL         string   `json:"url,omitempty"`
	StartDate   string   `json:"startDate,omitempty"`
	EndDate     string   `json:"endDate,omitempty"`
	Highlights  []string `json:"highlights"`
}

// Award is a prize.
type Award struct {
	Title   string `json:"title,omitempty"`
	Date    string `json:"date,omitempty"`
	Awarder string `json:"awarder,omitempty"`
	Summary string `json:"summary,omitempty"`
}

// Interest is a hobby.
type Interest struct {
	Name     string   `json:"name,omitempty"`
	Keywords []string `json:"keywords"`
}

var countryCodeRe = regexp.MustCompile(`^[A-Za-z]{2}$`)

// loadResume reads a real-world JSON Resume file and cleans it.
func loadResume(path string) (*Resume, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	r, err := normalizeJSON(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return r, nil
}

// normalizeJSON turns one real-world JSON Resume into a clean Resume:
// work "company"/"employer"/"entity" become "name", nulls and empty strings
// become absent, skills given as a map become a list, highlights or
// summaries given as objects or lists become text, and jobs kept under
// "experience" or "experiences" count as work.
func normalizeJSON(data []byte) (*Resume, error) {
	var raw map[string]any
	if err := json.Unmarshal(data, &raw); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line, col := lineCol(data, se.Offset)
			return nil, fmt.Errorf("%d:%d: %w", line, col, err)
		}
		return nil, fmt.Errorf("not a JSON object: %w", err)
	}
	r := &Resume{}
	b, _ := raw["basics"].(map[string]any)
	r.Basics = Basics{
		Name:    str(b, "name"),
		Label:   str(b, "label"),
		Email:   str(b, "email"),
		Phone:   str(b, "phone"),
		URL:     first(str(b, "url"), str(b, "website")),
		Summary: str(b, "summary"),
	}
	if r.Basics.Name == "" {
		r.Basics.Name = strings.TrimSpace(str(b, "firstname") + " " + first(str(b, "lastname"), str(b, "familyName")))
	}
	switch loc := b["location"].(type) {
	case map[string]any:
		r.Basics.Location = Location{str(loc, "address"), str(loc, "postalCode"), str(loc, "city"), str(loc, "countryCode"), str(loc, "region")}
	case string:
		r.Basics.Location.City = strings.TrimSpace(loc)
	}
	// countryCode is an ISO 3166 code; a country's name there ("Spain")
	// moves to region, where themes print it as text.
	if cc := r.Basics.Location.CountryCode; cc != "" && !countryCodeRe.MatchString(cc) {
		if r.Basics.Location.Region == "" {
			r.Basics.Location.Region = cc
		}
		r.Basics.Location.CountryCode = ""
	} else {
		r.Basics.Location.CountryCode = strings.ToUpper(cc)
	}
	for _, p := range list(b["profiles"]) {
		if m, ok := p.(map[string]any); ok {
			pr := Profile{str(m, "network"), str(m, "username"), str(m, "url")}
			if pr != (Profile{}) {
				r.Basics.Profiles = append(r.Basics.Profiles, pr)
			}
		}
	}
	work := raw["work"]
	if len(list(work)) == 0 {
		work = first2(raw["experience"], raw["experiences"])
	}
	for _, w := range list(work) {
		m, ok := w.(map[string]any)
		if !ok {
			continue
		}
		e := Work{
			Name:       first(str(m, "name"), str(m, "company"), str(m, "employer"), str(m, "entity")),
			Position:   first(str(m, "position"), str(m, "positiion"), str(m, "title")),
			Location:   first(str(m, "location"), str(m, "city")),
			URL:        first(str(m, "url"), str(m, "website")),
			StartDate:  str(m, "startDate"),
			EndDate:    str(m, "endDate"),
			Summary:    first(str(m, "summary"), str(m, "description")),
			Highlights: texts(m["highlights"]),
		}
		e.Company = e.Name
		if e.Name == "" && e.Position == "" {
			continue // an empty placeholder
		}
		r.Work = append(r.Work, e)
	}
	for _, x := range list(raw["education"]) {
		m, ok := x.(map[string]any)
		if !ok {
			continue
		}
		e := Education{
			Institution: first(str(m, "institution"), str(m, "name"), str(m, "college")),
			URL:         first(str(m, "url"), str(m, "website")),
			Area:        first(str(m, "area"), str(m, "field"), str(m, "specialization")),
			StudyType:   first(str(m, "studyType"), str(m, "degree")),
			StartDate:   str(m, "startDate"),
			EndDate:     str(m, "endDate"),
			Score:       first(str(m, "score"), str(m, "gpa"), str(m, "GPA")),
			Location:    str(m, "location"),
			Courses:     texts(m["courses"]),
		}
		if e.Institution == "" && e.Area == "" && e.StudyType == "" {
			continue
		}
		r.Education = append(r.Education, e)
	}
	r.Skills = skills(raw["skills"])
	for _, x := range list(raw["languages"]) {
		if m, ok := x.(map[string]any); ok {
			if l := (Language{first(str(m, "language"), str(m, "name")), str(m, "fluency")}); l.Language != "" {
				r.Languages = append(r.Languages, l)
			}
		}
	}
	for _, x := range list(raw["projects"]) {
		if m, ok := x.(map[string]any); ok {
			p := Project{first(str(m, "name"), str(m, "title")), first(str(m, "description"), str(m, "summary")), str(m, "url"),
				str(m, "startDate"), str(m, "endDate"), texts(m["highlights"])}
			if p.Name != "" {
				r.Projects = append(r.Projects, p)
			}
		}
	}
	for _, x := range list(raw["awards"]) {
		if m, ok := x.(map[string]any); ok {
			if a := (Award{str(m, "title"), str(m, "date"), str(m, "awarder"), str(m, "summary")}); a.Title != "" {
				r.Awards = append(r.Awards, a)
			}
		}
	}
	for _, x := range list(raw["interests"]) {
		switch m := x.(type) {
		case map[string]any:
			if i := (Interest{str(m, "name"), texts(m["keywords"])}); i.Name != "" {
				r.Interests = append(r.Interests, i)
			}
		case string:
			if s := strings.TrimSpace(m); s != "" {
				r.Interests = append(r.Interests, Interest{Name: s})
			}
		}
	}
	r.fillEmpty()
	return r, nil
}

// lineCol is the 1-based line and column of the byte before offset off
// (json.SyntaxError's Offset counts the offending byte).
func lineCol(data []byte, off int64) (int, int) {
	off = min(max(off-1, 0), int64(len(data)))
	before := data[:off]
	line := 1 + bytes.Count(before, []byte("\n"))
	col := int(off) - bytes.LastIndexByte(before, '\n')
	return line, col
}

// fillEmpty replaces nil lists by empty ones: many themes iterate over
// them without a check.
func (r *Resume) fillEmpty() {
	r.Basics.Profiles = nonNil(r.Basics.Profiles)
	r.Work = nonNil(r.Work)
	r.Education = nonNil(r.Education)
	r.Skills = nonNil(r.Skills)
	r.Languages = nonNil(r.Languages)
	r.Projects = nonNil(r.Projects)
	r.Awards = nonNil(r.Awards)
	r.Interests = nonNil(r.Interests)
	for i := range r.Work {
		r.Work[i].Highlights = nonNil(r.Work[i].Highlights)
	}
	for i := range r.Education {
		r.Education[i].Courses = nonNil(r.Education[i].Courses)
	}
	for i := range r.Skills {
		r.Skills[i].Keywords = nonNil(r.Skills[i].Keywords)
	}
	for i := range r.Projects {
		r.Projects[i].Highlights = nonNil(r.Projects[i].Highlights)
	}
	for i := range r.Interests {
		r.Interests[i].Keywords = nonNil(r.Interests[i].Keywords)
	}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// skills reads the skills section in any of the shapes seen: a list of
// {name, keywords} (or {category, names}), one such object, or a map of
// group name to keyword list.
func skills(v any) []Skill {
	var out []Skill
	one := func(m map[string]any) {
		s := Skill{Name: first(str(m, "name"), str(m, "category")), Level: str(m, "level"),
			Keywords: texts(first2(m["keywords"], m["names"]))}
		if s.Name != "" || len(s.Keywords) > 0 {
			out = append(out, s)
		}
	}
	switch x := v.(type) {
	case []any:
		for _, it := range x {
			switch m := it.(type) {
			case map[string]any:
				one(m)
			case string:
				if s := strings.TrimSpace(m); s != "" {
					out = append(out, Skill{Name: s})
				}
			}
		}
	case map[string]any:
		if _, ok := x["name"]; ok {
			one(x)
			break
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys) // maps have no order in Go: stable output
		for _, k := range keys {
			if kw := texts(x[k]); len(kw) > 0 {
				out = append(out, Skill{Name: k, Keywords: kw})
			}
		}
	}
	return out
}

// str is m[key] as trimmed text: strings as they are, numbers printed,
// lists of strings joined by spaces, anything else empty.
func str(m map[string]any, key string) string {
	if m == nil {
		return ""
	}
	return text(m[key])
}

func text(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case []any:
		return strings.Join(texts(x), " ")
	case map[string]any:
		for _, k := range []string{"name", "title", "text", "summary", "description", "value"} {
			if s := str(x, k); s != "" {
				return s
			}
		}
	}
	return ""
}

// texts is a list of non-empty strings from a list of strings or objects.
func texts(v any) []string {
	var out []string
	switch x := v.(type) {
	case []any:
		for _, it := range x {
			if s := text(it); s != "" {
				out = append(out, s)
			}
		}
	case string:
		if s := strings.TrimSpace(x); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func list(v any) []any {
	l, _ := v.([]any)
	return l
}

func first(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

func first2(a, b any) any {
	if a != nil {
		return a
	}
	return b
}
