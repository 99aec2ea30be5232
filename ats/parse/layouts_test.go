package parse_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/ats/parse"
	"github.com/resumekit/resumekit/ats/score"
)

// label is the JSON Resume subset the labels carry.
type label struct {
	Basics struct {
		Name, Email, Phone string
	}
	Work []struct {
		Name, Position, StartDate, EndDate, Location string
	}
	Education []struct {
		Institution, StudyType, Area, StartDate, EndDate string
	}
	Skills []struct {
		Name     string
		Keywords []string
	}
}

// lang holds what a layout prints in one language.
type lang struct {
	work, edu, skills, present string
	months                     [12]string
}

var langs = map[string]lang{
	"en": {"Work Experience", "Education", "Skills", "Present",
		[12]string{"Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"}},
	"es": {"Experiencia Profesional", "Formación Académica", "Habilidades", "actualidad",
		[12]string{"ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."}},
	"de": {"Berufserfahrung", "Ausbildung", "Kenntnisse", "heute",
		[12]string{"Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."}},
	"fr": {"Expérience professionnelle", "Formation", "Compétences", "aujourd'hui",
		[12]string{"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."}},
}

// date prints an ISO label date in a layout's style.
func date(iso string, style string, l lang) string {
	if iso == "" {
		return l.present
	}
	y, m := iso, 0
	if len(iso) >= 7 {
		y = iso[:4]
		m, _ = strconv.Atoi(iso[5:7])
	}
	if m == 0 {
		return y
	}
	switch style {
	case "dot":
		return fmt.Sprintf("%02d.%s", m, y)
	case "slash":
		return fmt.Sprintf("%02d/%s", m, y)
	case "iso":
		return fmt.Sprintf("%s-%02d", y, m)
	case "yeardot":
		return fmt.Sprintf("%s.%02d", y, m)
	}
	return l.months[m-1] + " " + y
}

// layout renders a label as the text of a resume.
type layout struct {
	name, lang, dates, dash string
	caps                    bool
	work                    func(b *strings.Builder, pos, comp, loc, rng string)
	edu                     func(b *strings.Builder, inst, deg, rng string)
	skills                  func(b *strings.Builder, group string, kws []string)
	contact                 func(b *strings.Builder, name, email, phone string)
}

func stdContact(b *strings.Builder, name, email, phone string) {
	fmt.Fprintf(b, "%s\n", name)
	parts := []string{email}
	if phone != "" {
		parts = append(parts, phone)
	}
	fmt.Fprintf(b, "%s\n\n", strings.Join(parts, " | "))
}

func groupSkills(b *strings.Builder, group string, kws []string) {
	if group == "" {
		group = "Other"
	}
	fmt.Fprintf(b, "%s: %s\n", group, strings.Join(kws, ", "))
}

var layouts = []layout{
	{name: "at-pipe", lang: "en", dates: "month", dash: " – ",
		work: func(b *strings.Builder, pos, comp, loc, rng string) {
			fmt.Fprintf(b, "%s @ %s | %s | %s\n- Built things that mattered.\n- Led a team of five engineers.\n\n", pos, comp, loc, rng)
		},
		edu: func(b *strings.Builder, inst, deg, rng string) {
			fmt.Fprintf(b, "%s — %s | %s\n\n", inst, deg, rng)
		},
		skills: groupSkills, contact: stdContact},
	{name: "company-dash-title-right-column", lang: "en", dates: "dot", dash: " - ",
		work: func(b *strings.Builder, pos, comp, loc, rng string) {
			fmt.Fprintf(b, "%s — %s%s%s\n%s\n• Shipped the new billing system.\n• Reduced costs by 30%%.\n\n", comp, pos, strings.Repeat(" ", 12), rng, loc)
		},
		edu: func(b *strings.Builder, inst, deg, rng string) {
			fmt.Fprintf(b, "%s%s%s\n%s\n\n", inst, strings.Repeat(" ", 10), rng, deg)
		},
		skills: func(b *strings.Builder, group string, kws []string) {
			for _, k := range kws {
				fmt.Fprintf(b, "• %s\n", k)
			}
		}, contact: stdContact},
	{name: "separate-lines", lang: "en", dates: "iso", dash: " to ",
		work: func(b *strings.Builder, pos, comp, loc, rng string) {
			fmt.Fprintf(b, "%s\n%s, %s\n%s\nDesigned and ran the data platform used by every team.\n\n", pos, comp, loc, rng)
		},
		edu: func(b *strings.Builder, inst, deg, rng string) {
			fmt.Fprintf(b, "%s\n%s\n%s\n\n", deg, inst, rng)
		},
		skills: func(b *strings.Builder, group string, kws []string) {
			fmt.Fprintf(b, "%s\n", strings.Join(kws, " · "))
		}, contact: stdContact},
	{name: "dates-first", lang: "en", dates: "slash", dash: " - ",
		work: func(b *strings.Builder, pos, comp, loc, rng string) {
			fmt.Fprintf(b, "%s   %s, %s\n    %s\n    • Owned the on-call rotation.\n\n", rng, pos, comp, loc)
		},
		edu: func(b *strings.Builder, inst, deg, rng string) {
			fmt.Fprintf(b, "%s   %s, %s\n\n", rng, deg, inst)
		},
		skills: groupSkills,
		contact: func(b *strings.Builder, name, email, phone string) {
			fmt.Fprintf(b, "%s\nEmail: %s\n", name, email)
			if phone != "" {
				fmt.Fprintf(b, "Phone: %s\n", phone)
			}
			b.WriteString("\n")
		}},
	{name: "caps-headings", lang: "en", dates: "month", dash: "–", caps: true,
		work: func(b *strings.Builder, pos, comp, loc, rng string) {
			fmt.Fprintf(b, "%s, %s (%s)\n%s\n- Mentored junior engineers.\n\n", pos, comp, loc, rng)
		},
		edu: func(b *strings.Builder, inst, deg, rng string) {
			fmt.Fprintf(b, "%s, %s, %s\n\n", deg, inst, rng)
		},
		skills: groupSkills, contact: stdContact},
	{name: "spanish", lang: "es", dates: "month", dash: " – ",
		work: func(b *strings.Builder, pos, comp, loc, rng string) {
			fmt.Fprintf(b, "%s\n%s · %s\n%s\n• Diseñé la arquitectura de pagos.\n\n", comp, pos, loc, rng)
		},
		edu: func(b *strings.Builder, inst, deg, rng string) {
			fmt.Fprintf(b, "%s\n%s, %s\n\n", inst, deg, rng)
		},
		skills: groupSkills, contact: stdContact},
	{name: "german", lang: "de", dates: "dot", dash: " – ",
		work: func(b *strings.Builder, pos, comp, loc, rng string) {
			fmt.Fprintf(b, "%s | %s\n%s, %s\n- Verantwortlich für die Plattform.\n\n", rng, loc, pos, comp)
		},
		edu: func(b *strings.Builder, inst, deg, rng string) {
			fmt.Fprintf(b, "%s | %s\n%s\n\n", rng, inst, deg)
		},
		skills: groupSkills, contact: stdContact},
	{name: "french", lang: "fr", dates: "month", dash: " - ",
		work: func(b *strings.Builder, pos, comp, loc, rng string) {
			fmt.Fprintf(b, "%s chez %s\n%s — %s\n• Conception du système de facturation.\n\n", pos, comp, rng, loc)
		},
		edu: func(b *strings.Builder, inst, deg, rng string) {
			fmt.Fprintf(b, "%s — %s\n%s\n\n", deg, inst, rng)
		},
		skills: groupSkills, contact: stdContact},
	{name: "pipes-company-first", lang: "en", dates: "month", dash: " - ",
		work: func(b *strings.Builder, pos, comp, loc, rng string) {
			fmt.Fprintf(b, "%s | %s | %s | %s\n* Owned the data model.\n\n", comp, pos, loc, rng)
		},
		edu: func(b *strings.Builder, inst, deg, rng string) {
			fmt.Fprintf(b, "%s | %s | %s\n\n", inst, deg, rng)
		},
		skills: groupSkills, contact: stdContact},
	{name: "dates-in-brackets", lang: "en", dates: "month", dash: " – ",
		work: func(b *strings.Builder, pos, comp, loc, rng string) {
			fmt.Fprintf(b, "%s – %s (%s)\n%s\nResponsible for the platform roadmap.\n\n", pos, comp, rng, loc)
		},
		edu: func(b *strings.Builder, inst, deg, rng string) {
			fmt.Fprintf(b, "%s, %s (%s)\n\n", deg, inst, rng)
		},
		skills: groupSkills, contact: stdContact},
	{name: "caps-company", lang: "en", dates: "slash", dash: " – ",
		work: func(b *strings.Builder, pos, comp, loc, rng string) {
			fmt.Fprintf(b, "%s\n%s, %s%s%s\n• Improved reliability.\n\n", strings.ToUpper(comp), pos, loc, strings.Repeat(" ", 6), rng)
		},
		edu: func(b *strings.Builder, inst, deg, rng string) {
			fmt.Fprintf(b, "%s\n%s%s%s\n\n", strings.ToUpper(inst), deg, strings.Repeat(" ", 6), rng)
		},
		skills: groupSkills, contact: stdContact},
	{name: "yeardot-table", lang: "en", dates: "yeardot", dash: " – ",
		work: func(b *strings.Builder, pos, comp, loc, rng string) {
			fmt.Fprintf(b, "%s%s%s\n%s%s%s\n  - Cut p99 latency in half.\n\n", comp, strings.Repeat(" ", 8), loc, pos, strings.Repeat(" ", 8), rng)
		},
		edu: func(b *strings.Builder, inst, deg, rng string) {
			fmt.Fprintf(b, "%s%s%s\n%s\n\n", inst, strings.Repeat(" ", 8), rng, deg)
		},
		skills: groupSkills, contact: stdContact},
}

func render(l label, ly layout) string {
	lg := langs[ly.lang]
	var b strings.Builder
	ly.contact(&b, l.Basics.Name, l.Basics.Email, l.Basics.Phone)
	head := func(s string) {
		if ly.caps {
			s = strings.ToUpper(s)
		}
		fmt.Fprintf(&b, "%s\n\n", s)
	}
	if len(l.Work) > 0 {
		head(lg.work)
		for _, w := range l.Work {
			rng := date(w.StartDate, ly.dates, lg) + ly.dash + date(w.EndDate, ly.dates, lg)
			loc := w.Location
			if loc == "" {
				loc = "Remote"
			}
			ly.work(&b, w.Position, w.Name, loc, rng)
		}
	}
	if len(l.Education) > 0 {
		head(lg.edu)
		for _, e := range l.Education {
			rng := date(e.StartDate, ly.dates, lg) + ly.dash + date(e.EndDate, ly.dates, lg)
			if e.StartDate == "" {
				rng = date(e.EndDate, ly.dates, lg)
			}
			deg := e.StudyType
			if e.Area != "" {
				deg += " in " + e.Area
			}
			ly.edu(&b, e.Institution, deg, rng)
		}
	}
	if len(l.Skills) > 0 {
		head(lg.skills)
		for _, s := range l.Skills {
			ly.skills(&b, s.Name, s.Keywords)
		}
	}
	return b.String()
}

// TestLayouts renders every labelled resume (the corpus labels, including
// the YAML-only RenderCV ones) in many layouts and four languages, parses
// the text blind and scores it: every rendering must reach F1 ≥ 0.95.
func TestLayouts(t *testing.T) {
	shared := sharedDir(t)
	labels, _ := filepath.Glob(filepath.Join(shared, "corpus", "labels", "*", "*.json"))
	more, _ := filepath.Glob(filepath.Join(shared, "corpus", "labels", "*", "*", "*.json"))
	labels = append(labels, more...)
	if len(labels) < 8 {
		t.Fatalf("found %d labels", len(labels))
	}
	var total score.Counts
	for _, lp := range labels {
		raw, err := os.ReadFile(lp)
		if err != nil {
			t.Fatal(err)
		}
		var l label
		if err := json.Unmarshal(raw, &l); err != nil {
			t.Fatal(err)
		}
		// positions without companies (pandoc_resume) do not render in
		// these layouts
		skip := false
		for _, w := range l.Work {
			skip = skip || w.Name == "" || w.StartDate == ""
		}
		if skip {
			continue
		}
		for _, ly := range layouts {
			name := filepath.Base(filepath.Dir(lp)) + "/" + filepath.Base(lp) + "/" + ly.name
			t.Run(name, func(t *testing.T) {
				text := render(l, ly)
				res := parse.Text(text, parse.Options{})
				js, _ := parse.JSONResume(res.Resume)
				sc, err := score.ScoreJSON(raw, js)
				if err != nil {
					t.Fatal(err)
				}
				total.Add(sc.Counts)
				if f := sc.F1(); f < 0.95 {
					t.Errorf("F1 %.3f < 0.95\n--- text\n%s\n--- parsed\n%s\n%s", f, text, js, sc.Counts.Table())
					for _, w := range sc.Detail.Work {
						t.Logf("work %+v -> %+v %v", w.Label, w.Parsed, w.Fields)
					}
					t.Logf("extra %+v edu %+v missing %v basics %+v", sc.Detail.WorkExtra, sc.Detail.Education, sc.Detail.SkillsMissing, sc.Detail.Basics)
				}
			})
		}
	}
	t.Logf("layouts total:\n%s", total.Table())
}
