package resume

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// ErrInvalid is wrapped by ValidationError.
var ErrInvalid = errors.New("invalid resume")

// Problem is one thing wrong with a resume: the field path in the model
// ("work[2].roles[0].startDate"), where it was read from when the resume
// was loaded from a file (zero otherwise), and what is wrong.
type Problem struct {
	Path    string
	Pos     Pos
	Message string
}

// String renders the problem as "file:line:col: path: message".
func (p Problem) String() string {
	s := p.Pos.String()
	if s != "" {
		s += ": "
	}
	if p.Path != "" {
		s += p.Path + ": "
	}
	return s + p.Message
}

// ValidationError lists every problem Validate or ValidateSchema found.
type ValidationError struct {
	Problems []Problem
}

// Error renders one problem per line.
func (e *ValidationError) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// Unwrap returns ErrInvalid.
func (e *ValidationError) Unwrap() error { return ErrInvalid }

type validator struct {
	r        *Resume
	problems []Problem
}

// pos returns the recorded position of path, or of its closest recorded
// parent (a missing field is reported at its object).
func (v *validator) pos(path string) Pos {
	for path != "" {
		if p, ok := v.r.Position(path); ok {
			return p
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			break
		}
		path = path[:i]
	}
	return Pos{}
}

func (v *validator) add(path, format string, args ...any) {
	v.problems = append(v.problems, Problem{Path: v.r.InputPath(path), Pos: v.pos(path), Message: fmt.Sprintf(format, args...)})
}

// Validate checks the resume and returns every problem at once as a
// *ValidationError, or nil. It checks what a reader of the resume relies
// on: a name, a position for every role, valid dates, no start after its
// end and no "present" start, well-formed email and URLs, no empty list
// items. Positions are filled in when the resume was loaded from a file.
func (r *Resume) Validate() error {
	v := &validator{r: r}
	b := r.Basics
	if strings.TrimSpace(b.Name) == "" {
		v.add("basics.name", "the name is empty; every resume needs the candidate's name")
	}
	if b.Email != "" {
		if msg := checkEmail(b.Email); msg != "" {
			v.add("basics.email", "%s", msg)
		}
	}
	v.url("basics.url", b.URL)
	v.url("basics.image", b.Image)
	for i, p := range b.Profiles {
		path := index("basics.profiles", i)
		if p.Network == "" && p.URL == "" && p.Username == "" {
			v.add(path, "the profile is empty; give its network and url, or remove it")
		}
		v.url(path+".url", p.URL)
	}
	for i, e := range r.Work {
		path := index("work", i)
		v.url(path+".url", e.URL)
		if len(e.Roles) == 0 {
			v.add(path+".roles", "the employer %q has no roles; add a position", e.Name)
		}
		for j, ro := range e.Roles {
			rp := index(path+".roles", j)
			if strings.TrimSpace(ro.Position) == "" {
				v.add(rp+".position", "the position is empty; every role needs a job title")
			}
			v.rng(rp, ro.StartDate, ro.EndDate, "startDate", "endDate")
			v.items(rp+".highlights", ro.Highlights)
			v.items(rp+".skills", ro.Skills)
		}
	}
	for i, e := range r.Volunteer {
		path := index("volunteer", i)
		v.url(path+".url", e.URL)
		v.rng(path, e.StartDate, e.EndDate, "startDate", "endDate")
		v.items(path+".highlights", e.Highlights)
	}
	for i, e := range r.Education {
		path := index("education", i)
		if e.Institution == "" && e.Area == "" && e.StudyType == "" {
			v.add(path, "the education entry is empty; give its institution, area or studyType")
		}
		v.url(path+".url", e.URL)
		v.rng(path, e.StartDate, e.EndDate, "startDate", "endDate")
		v.items(path+".courses", e.Courses)
	}
	for i, a := range r.Awards {
		path := index("awards", i)
		if strings.TrimSpace(a.Title) == "" {
			v.add(path+".title", "the award has no title")
		}
		v.date(path+".date", a.Date)
	}
	for i, c := range r.Certificates {
		path := index("certificates", i)
		if strings.TrimSpace(c.Name) == "" {
			v.add(path+".name", "the certificate has no name")
		}
		v.date(path+".date", c.Date)
		v.url(path+".url", c.URL)
	}
	for i, p := range r.Publications {
		path := index("publications", i)
		if strings.TrimSpace(p.Name) == "" {
			v.add(path+".name", "the publication has no name")
		}
		v.date(path+".releaseDate", p.ReleaseDate)
		v.url(path+".url", p.URL)
	}
	for i, s := range r.Skills {
		path := index("skills", i)
		if strings.TrimSpace(s.Name) == "" && len(s.Keywords) == 0 {
			v.add(path, "the skill has neither a name nor keywords")
		}
		v.items(path+".keywords", s.Keywords)
	}
	for i, l := range r.Languages {
		if strings.TrimSpace(l.Language) == "" {
			v.add(index("languages", i)+".language", "the language is empty")
		}
	}
	for i, it := range r.Interests {
		if strings.TrimSpace(it.Name) == "" && len(it.Keywords) == 0 {
			v.add(index("interests", i), "the interest has neither a name nor keywords")
		}
	}
	for i, rf := range r.References {
		if strings.TrimSpace(rf.Name) == "" && strings.TrimSpace(rf.Reference) == "" {
			v.add(index("references", i), "the reference is empty")
		}
	}
	for i, p := range r.Projects {
		path := index("projects", i)
		if strings.TrimSpace(p.Name) == "" {
			v.add(path+".name", "the project has no name")
		}
		v.url(path+".url", p.URL)
		v.rng(path, p.StartDate, p.EndDate, "startDate", "endDate")
		v.items(path+".highlights", p.Highlights)
		v.items(path+".keywords", p.Keywords)
	}
	if len(v.problems) == 0 {
		return nil
	}
	return &ValidationError{Problems: v.problems}
}

func (v *validator) date(path string, d Date) bool {
	if d.Present {
		v.add(path, "\"present\" is only valid as an end date")
		return false
	}
	if err := d.Valid(); err != nil {
		v.add(path, "%v", err)
		return false
	}
	return true
}

func (v *validator) rng(path string, start, end Date, sk, ek string) {
	okS := v.date(path+"."+sk, start)
	okE := true
	if !end.Present {
		okE = v.date(path+"."+ek, end)
	}
	if !okS || !okE {
		return
	}
	if err := (Range{Start: start, End: end}).Valid(); err != nil {
		v.add(path+"."+sk, "the start %s is after the end %s; swap them or fix the typo", start, end)
	}
}

func (v *validator) items(path string, list []string) {
	for i, s := range list {
		if strings.TrimSpace(s) == "" {
			v.add(index(path, i), "empty item; remove it")
		}
	}
}

func (v *validator) url(path, s string) {
	if s == "" {
		return
	}
	u, err := url.Parse(s)
	switch {
	case err != nil || strings.ContainsAny(s, " \t\n"):
		v.add(path, "%q is not a valid URL", s)
	case u.Scheme == "":
		v.add(path, "%q is not an absolute URL; add the scheme, such as https://%s", s, s)
	case (u.Scheme == "http" || u.Scheme == "https") && u.Host == "":
		v.add(path, "%q has no host", s)
	}
}

// checkEmail returns why s is not an email address, or "".
func checkEmail(s string) string {
	at := strings.LastIndexByte(s, '@')
	switch {
	case strings.ContainsAny(s, " \t\n<>(),;:\""):
		return fmt.Sprintf("%q is not an email address: it holds a space or a character addresses cannot", s)
	case at <= 0:
		return fmt.Sprintf("%q is not an email address: it has no name before an @", s)
	case !strings.Contains(s[at+1:], ".") || strings.HasSuffix(s, ".") || strings.Contains(s[at+1:], ".."):
		return fmt.Sprintf("%q is not an email address: the domain after @ needs a dot, such as example.com", s)
	case strings.Count(s, "@") > 1:
		return fmt.Sprintf("%q is not an email address: it has more than one @", s)
	}
	return ""
}
