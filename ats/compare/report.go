package compare

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// Kind classifies a Loss.
type Kind uint8

// The kinds of loss.
const (
	// Missing: the source has the field and the ATS did not get it.
	Missing Kind = iota + 1
	// Altered: the ATS got a different value (another date, a truncated
	// title, a string found out of reading order).
	Altered
	// Extra: the ATS got something the source does not have (a role, an
	// education entry or a skill keyword made up from other text).
	Extra
	// Normalized: the value survived only after folding case, punctuation,
	// dashes or spacing (or a phone number only by its digits, or an
	// education's lone area or studyType only as the degree and field the
	// reader cut it into, every word kept in order). It is a note, not a
	// loss, unless Options.Strict is set.
	Normalized
)

var kindNames = [...]string{Missing: "Missing", Altered: "Altered", Extra: "Extra", Normalized: "Normalized"}

// String names the kind ("Missing").
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n != "" && strings.EqualFold(n, string(b)) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("compare: unknown loss kind %q", b)
}

// Level says which check found a loss.
type Level string

// The two levels of the check.
const (
	// TextLevel is text survival: the printed string is in the extracted text.
	TextLevel Level = "text"
	// ParseLevel is the blind parse: the parser rebuilt the field.
	ParseLevel Level = "parse"
)

// The field groups a Report counts.
const (
	GroupContact   = "contact"   // name, email, phone, url
	GroupWork      = "work"      // per role: position, company, location, start, end
	GroupEducation = "education" // institution, area, studyType, dates
	GroupSkills    = "skills"    // every skill keyword, role skills included
	GroupSummary   = "summary"   // summary and highlights (text survival)
	GroupOther     = "other"     // projects, volunteer, awards, certificates, publications, languages, interests, references (text survival)
)

// Groups lists the field groups in report order.
var Groups = []string{GroupContact, GroupWork, GroupEducation, GroupSkills, GroupSummary, GroupOther}

// Loss is one field that did not come back as it was written.
type Loss struct {
	// Path is the field's path in the source resume, such as
	// "work[1].roles[2].startDate". An Extra loss has the path of the
	// parsed value, prefixed with "parsed:".
	Path   string `json:"path"`
	Kind   Kind   `json:"kind"`
	Level  Level  `json:"level"`
	Group  string `json:"group"`
	Want   string `json:"want,omitempty"`   // the value as printed
	Got    string `json:"got,omitempty"`    // what the ATS saw; "" when nothing
	Format string `json:"format,omitempty"` // the file format
	// Hint names a cause of the loss that lies in the source data itself
	// (a position that repeats the company's name, a date range typed into
	// a title) and how to fix it there. The loss still counts.
	Hint string `json:"hint,omitempty"`
}

// String renders the loss on one line.
func (l Loss) String() string {
	return fmt.Sprintf("%s: %s (%s): want %q, got %q", l.Path, l.Kind, l.Level, l.Want, l.Got)
}

// Counts is the number of fields checked and survived in one group.
type Counts struct {
	Checked  int `json:"checked"`
	Survived int `json:"survived"`
}

// Report is the result of comparing one file's ATS view with its source.
type Report struct {
	Format string `json:"format"`
	// File names the file checked, when the report is about a file on disk.
	File   string            `json:"file,omitempty"`
	Levels []Level           `json:"levels"` // the levels that ran
	Groups map[string]Counts `json:"groups"` // per field group
	Losses []Loss            `json:"losses"`
	// Notes are warnings from extraction and parsing worth showing beside
	// the losses (text in a header, an image-only page).
	Notes []string `json:"notes,omitempty"`
	// Err is set when the file could not be read at all; the report then
	// has no counts.
	Err string `json:"error,omitempty"`

	strict bool
}

// counts reports whether l counts against the report: every kind but
// Normalized, and Normalized too when the report is strict.
func (r *Report) counts(l Loss) bool { return l.Kind != Normalized || r.strict }

// Lossless reports whether every checked field survived and nothing extra
// was made up. Normalized notes do not count unless Options.Strict was set.
func (r *Report) Lossless() bool {
	if r.Err != "" {
		return false
	}
	for _, l := range r.Losses {
		if r.counts(l) {
			return false
		}
	}
	return true
}

// Lost returns the losses that count (every one but Normalized notes,
// unless the comparison was strict).
func (r *Report) Lost() []Loss {
	var out []Loss
	for _, l := range r.Losses {
		if r.counts(l) {
			out = append(out, l)
		}
	}
	return out
}

// Total sums the counts over all groups.
func (r *Report) Total() Counts {
	var c Counts
	for _, g := range r.Groups {
		c.Checked += g.Checked
		c.Survived += g.Survived
	}
	return c
}

// Score is the share of checked fields that survived, from 0 to 100, less
// one point per Extra loss (made-up content misleads a recruiter's search),
// never below 0. A report with nothing checked scores 100 unless it failed.
func (r *Report) Score() float64 {
	if r.Err != "" {
		return 0
	}
	t := r.Total()
	s := 100.0
	if t.Checked > 0 {
		s = 100 * float64(t.Survived) / float64(t.Checked)
	}
	for _, l := range r.Losses {
		if l.Kind == Extra {
			s--
		}
	}
	return max(s, 0)
}

// GroupLosses returns the losses of one field group that count.
func (r *Report) GroupLosses(group string) []Loss {
	var out []Loss
	for _, l := range r.Losses {
		if l.Group == group && r.counts(l) {
			out = append(out, l)
		}
	}
	return out
}

// MarshalJSON adds the score and the lossless flag to the report's fields.
func (r *Report) MarshalJSON() ([]byte, error) {
	type plain Report
	return json.Marshal(struct {
		*plain
		Lossless bool    `json:"lossless"`
		Score    float64 `json:"score"`
	}{(*plain)(r), r.Lossless(), roundScore(r.Score())})
}

func roundScore(f float64) float64 { return float64(int(f*10+0.5)) / 10 }

// sortLosses orders losses by group, then source order of the checks.
func sortLosses(ls []Loss, order map[string]int) {
	gi := map[string]int{}
	for i, g := range Groups {
		gi[g] = i
	}
	sort.SliceStable(ls, func(i, j int) bool {
		if gi[ls[i].Group] != gi[ls[j].Group] {
			return gi[ls[i].Group] < gi[ls[j].Group]
		}
		oi, iok := order[ls[i].Path]
		oj, jok := order[ls[j].Path]
		if iok && jok && oi != oj {
			return oi < oj
		}
		if iok != jok {
			return iok
		}
		return false
	})
}
