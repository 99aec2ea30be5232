// Package entry holds the layout rule the document writers (DOCX, PDF,
// Markdown) share for an entry's title line: how a role's position and its
// employer's name are joined so that a reader can always split them again.
package entry

import (
	"strings"

	"github.com/resumekit/resumekit/resume"
)

// Separators a role's title line may use. A comma is never one: positions
// and company names hold commas ("Founder, CEO", "Nara Logics, Inc").
const (
	// At reads "Data Lead @ Spotahome": title, then company, whatever the
	// words; the Markdown and DOCX writers prefer it, where the title line
	// is a heading of its own.
	At = " @ "
	// Dash reads "Data Lead — Spotahome".
	Dash = " — "
	// Bar reads "Data Lead | Spotahome"; the PDF writer prefers it, whose
	// title line is plain text followed by the entry's other short lines.
	Bar = " | "
)

// Lone starts the title line of a role that has no position: "@ Acme",
// read "at Acme". A company name alone on the line reads as the position
// ("Freelance software engineer", "Capgemini").
const Lone = "@ "

// RoleSeparator returns the joiner for every role title line of r: the
// first of prefs (At, Dash, Bar when none are given), then of At, Dash and
// Bar, that no position and no employer name of r contains. The line
// "Position<sep>Company" then splits one way only, and every line of the
// document splits the same way. When each occurs in some value (which no
// real resume seen does), it returns the first preference.
func RoleSeparator(r *resume.Resume, prefs ...string) string {
	prefs = append(prefs, At, Dash, Bar)
	if r == nil {
		return prefs[0]
	}
	for _, sep := range prefs {
		if !usedIn(r, sep) {
			return sep
		}
	}
	return prefs[0]
}

// usedIn reports whether a position or employer name of r, flattened as
// the writers print it (markup gone, white space as single spaces),
// contains sep.
func usedIn(r *resume.Resume, sep string) bool {
	has := func(s string) bool {
		return strings.Contains(strings.Join(strings.Fields(resume.Plain(s)), " "), sep)
	}
	for i := range r.Work {
		e := &r.Work[i]
		if has(e.Name) {
			return true
		}
		for j := range e.Roles {
			if has(e.Roles[j].Position) {
				return true
			}
		}
	}
	return false
}
