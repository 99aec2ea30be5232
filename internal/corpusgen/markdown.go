package main

import (
	"context"
	"path/filepath"
	"strings"
)

// mdEscape escapes text for pandoc's Markdown: every ASCII punctuation
// mark that could start markup (emphasis, links, lists, citations with @,
// maths with $) gets a backslash; line ends become spaces.
func mdEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case strings.ContainsRune("\\`*_{}[]<>#+-!|~^$@&\"", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n' || r == '\r' || r == '\t':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// joinNonEmpty joins the non-empty strings with sep.
func joinNonEmpty(sep string, ss ...string) string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, sep)
}

func escAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = mdEscape(s)
	}
	return out
}

// markdownHeadings writes r as Markdown with a heading per job
// ("### Position, Company") and the dates in italics under it: the
// source of the pandoc-docx family.
func markdownHeadings(r *Resume) string {
	var b strings.Builder
	w := func(s ...string) {
		for _, x := range s {
			b.WriteString(x)
		}
		b.WriteString("\n")
	}
	w("# ", mdEscape(r.Basics.Name))
	w()
	if r.Basics.Label != "" {
		w(mdEscape(r.Basics.Label))
		w()
	}
	if c := joinNonEmpty(" · ", mdEscape(r.Basics.Email), mdEscape(r.Basics.Phone), mdEscape(place(r.Basics.Location))); c != "" {
		w(c)
		w()
	}
	if r.Basics.Summary != "" {
		w("## Summary")
		w()
		w(mdEscape(r.Basics.Summary))
		w()
	}
	if len(r.Work) > 0 {
		w("## Experience")
		w()
		for _, j := range r.Work {
			w("### ", joinNonEmpty(", ", mdEscape(j.Position), mdEscape(j.Name)))
			w()
			if s := joinNonEmpty(" · ", mdEscape(span(j.StartDate, j.EndDate, styleMonYear, " – ")), mdEscape(j.Location)); s != "" {
				w("*", s, "*")
				w()
			}
			if j.Summary != "" {
				w(mdEscape(j.Summary))
				w()
			}
			for _, h := range j.Highlights {
				w("- ", mdEscape(h))
			}
			w()
		}
	}
	if len(r.Education) > 0 {
		w("## Education")
		w()
		for _, e := range r.Education {
			w("### ", mdEscape(e.Institution))
			w()
			w(joinNonEmpty(" — ", mdEscape(degree(e)), mdEscape(span(e.StartDate, e.EndDate, styleMonYear, " – "))))
			w()
		}
	}
	if len(r.Skills) > 0 {
		w("## Skills")
		w()
		for _, s := range r.Skills {
			if len(s.Keywords) == 0 {
				w("- ", mdEscape(s.Name))
				continue
			}
			w("- **", mdEscape(s.Name), ":** ", strings.Join(escAll(s.Keywords), ", "))
		}
		w()
	}
	if len(r.Languages) > 0 {
		w("## Languages")
		w()
		for _, l := range r.Languages {
			w("- ", joinNonEmpty(": ", mdEscape(l.Language), mdEscape(l.Fluency)))
		}
		w()
	}
	return b.String()
}

// markdownCompact writes r as Markdown with one bold line per job
// ("**Company** — Position", the dates and place on a hard-broken second
// line) and skills as a definition list: the source of the pandoc-pdf
// family.
func markdownCompact(r *Resume) string {
	var b strings.Builder
	w := func(s ...string) {
		for _, x := range s {
			b.WriteString(x)
		}
		b.WriteString("\n")
	}
	w("**", strings.ToUpper(mdEscape(r.Basics.Name)), "**")
	w()
	if c := joinNonEmpty(" | ", mdEscape(r.Basics.Email), mdEscape(r.Basics.Phone), mdEscape(place(r.Basics.Location))); c != "" {
		w(c)
		w()
	}
	if r.Basics.Label != "" {
		w("*", mdEscape(r.Basics.Label), "*")
		w()
	}
	if len(r.Work) > 0 {
		w("# Work experience")
		w()
		for _, j := range r.Work {
			w(joinNonEmpty(" — ", wrapNonEmpty("**", mdEscape(j.Name)), mdEscape(j.Position)), " \\")
			w(joinNonEmpty(", ", mdEscape(span(j.StartDate, j.EndDate, styleISO, " to ")), mdEscape(j.Location)))
			w()
			for _, h := range j.Highlights {
				w("* ", mdEscape(h))
			}
			if len(j.Highlights) == 0 && j.Summary != "" {
				w(mdEscape(j.Summary))
			}
			w()
		}
	}
	if len(r.Education) > 0 {
		w("# Education")
		w()
		for _, e := range r.Education {
			w(joinNonEmpty(", ", mdEscape(degree(e)), wrapNonEmpty("*", mdEscape(e.Institution))), " \\")
			w(mdEscape(span(e.StartDate, e.EndDate, styleISO, " to ")))
			w()
		}
	}
	if len(r.Skills) > 0 {
		w("# Skills")
		w()
		for _, s := range r.Skills {
			name := s.Name
			if name == "" {
				name = "Other"
			}
			w(mdEscape(name))
			w(":   ", strings.Join(escAll(s.Keywords), ", "))
			w()
		}
	}
	if len(r.Projects) > 0 {
		w("# Projects")
		w()
		for _, p := range r.Projects {
			w("* **", mdEscape(p.Name), "** ", mdEscape(p.Description))
		}
		w()
	}
	return b.String()
}

func wrapNonEmpty(mark, s string) string {
	if s == "" {
		return ""
	}
	return mark + s + mark
}

func pandocFamilies() []*family {
	return []*family{
		{
			name: "pandoc-docx", ext: "docx", needs: []string{"pandoc"},
			renderer: "pandoc markdown → docx (default reference.docx), headings per job",
			render: func(ctx context.Context, e *env, r *Resume, id, out string, _ int) error {
				return runPandoc(ctx, e, "pandoc-docx", id, markdownHeadings(r), out)
			},
		},
		{
			name: "pandoc-pdf", ext: "pdf", needs: []string{"pandoc", "xelatex"},
			renderer: "pandoc markdown → PDF via xelatex (DejaVu Serif), bold company lines, skills as a definition list",
			render: func(ctx context.Context, e *env, r *Resume, id, out string, _ int) error {
				return runPandoc(ctx, e, "pandoc-pdf", id, markdownCompact(r), out,
					"--pdf-engine=xelatex", "-V", "mainfont=DejaVu Serif", "-V", "geometry:margin=2cm", "-V", "pagestyle=empty")
			},
		},
	}
}

func runPandoc(ctx context.Context, e *env, fam, id, md, out string, extra ...string) error {
	wd, err := e.workDir(fam)
	if err != nil {
		return err
	}
	in := filepath.Join(wd, id+".md")
	if err := writeFile(in, []byte(md)); err != nil {
		return err
	}
	abs, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	args := append([]string{"-f", "markdown", "-s", "-o", abs, id + ".md"}, extra...)
	return runToolEnv(ctx, wd, []string{"SOURCE_DATE_EPOCH=1767225600"}, "pandoc", args...)
}
