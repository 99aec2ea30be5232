package resume

import (
	"encoding/json"
	"maps"
	"slices"
)

// Clone returns a deep copy of r: changing the copy (its slices, Extra
// maps, recorded positions or warnings) never changes r. A nil r clones to nil.
func (r *Resume) Clone() *Resume {
	if r == nil {
		return nil
	}
	c := *r
	c.Basics = r.Basics.clone()
	c.Work = cloneEach(r.Work, Employer.clone)
	c.Volunteer = cloneEach(r.Volunteer, func(v Volunteer) Volunteer {
		v.Highlights = slices.Clone(v.Highlights)
		v.Extra = v.Extra.Clone()
		return v
	})
	c.Education = cloneEach(r.Education, func(e Education) Education {
		e.Courses = slices.Clone(e.Courses)
		e.Extra = e.Extra.Clone()
		return e
	})
	c.Awards = cloneEach(r.Awards, func(a Award) Award { a.Extra = a.Extra.Clone(); return a })
	c.Certificates = cloneEach(r.Certificates, func(a Certificate) Certificate { a.Extra = a.Extra.Clone(); return a })
	c.Publications = cloneEach(r.Publications, func(a Publication) Publication { a.Extra = a.Extra.Clone(); return a })
	c.Skills = cloneEach(r.Skills, func(s Skill) Skill {
		s.Keywords = slices.Clone(s.Keywords)
		s.Extra = s.Extra.Clone()
		return s
	})
	c.Languages = cloneEach(r.Languages, func(a Language) Language { a.Extra = a.Extra.Clone(); return a })
	c.Interests = cloneEach(r.Interests, func(a Interest) Interest {
		a.Keywords = slices.Clone(a.Keywords)
		a.Extra = a.Extra.Clone()
		return a
	})
	c.References = cloneEach(r.References, func(a Reference) Reference { a.Extra = a.Extra.Clone(); return a })
	c.Projects = cloneEach(r.Projects, func(p Project) Project {
		p.Highlights = slices.Clone(p.Highlights)
		p.Keywords = slices.Clone(p.Keywords)
		p.Roles = slices.Clone(p.Roles)
		p.Extra = p.Extra.Clone()
		return p
	})
	c.Meta.Extra = r.Meta.Extra.Clone()
	c.Extra = r.Extra.Clone()
	c.src = maps.Clone(r.src)
	c.in = maps.Clone(r.in)
	c.warnings = slices.Clone(r.warnings)
	return &c
}

func cloneEach[T any](s []T, f func(T) T) []T {
	if s == nil {
		return nil
	}
	out := make([]T, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}

func (b Basics) clone() Basics {
	b.Location.Extra = b.Location.Extra.Clone()
	b.Profiles = cloneEach(b.Profiles, func(p Profile) Profile { p.Extra = p.Extra.Clone(); return p })
	b.Extra = b.Extra.Clone()
	return b
}

func (e Employer) clone() Employer {
	e.Roles = cloneEach(e.Roles, func(r Role) Role {
		r.Highlights = slices.Clone(r.Highlights)
		r.Skills = slices.Clone(r.Skills)
		r.Extra = r.Extra.Clone()
		return r
	})
	e.Extra = e.Extra.Clone()
	return e
}

// Clone returns a deep copy of x (the raw JSON values are copied too).
func (x Extra) Clone() Extra {
	if x == nil {
		return nil
	}
	out := make(Extra, len(x))
	for k, v := range x {
		out[k] = json.RawMessage(slices.Clone([]byte(v)))
	}
	return out
}
