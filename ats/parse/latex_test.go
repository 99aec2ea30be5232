package parse_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/ats/score"
	"github.com/resumekit/resumekit/input"
	"github.com/resumekit/resumekit/internal/interop"
	"github.com/resumekit/resumekit/resume"
)

var latexDir = flag.String("latex.dir", "", "render the RenderCV corpus inputs with common LaTeX resume templates into this directory (needs pdflatex and moderncv), and score the PDFs")

// TestLatexGenerate renders every RenderCV input of the corpus (the same
// people as the labels) with five LaTeX resume templates of the kinds
// people use — Jake Gutierrez's, sb2nov's, moderncv's classic style, a
// plain article with \hfill dates, and a two-column page with a sidebar —
// compiles them with pdflatex, and
// scores the parse of each PDF against its label. A few of the PDFs are
// kept in testdata/thirdparty (<name>_tex<k>.pdf), where
// TestThirdPartyFiles scores them on every run.
func TestLatexGenerate(t *testing.T) {
	if *latexDir == "" {
		t.Skip("set -latex.dir to generate and score the LaTeX set")
	}
	interop.Require(t, "pdflatex")
	shared := sharedDir(t)
	dir := *latexDir
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var total score.Counts
	for _, in := range corpusPeople(t, shared) {
		for k, tmpl := range latexTemplates {
			base := filepath.Join(dir, fmt.Sprintf("%s_tex%d", in.name, k))
			if err := os.WriteFile(base+".tex", []byte(tmpl(in.r)), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", dir, base+".tex")
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("pdflatex %s: %v\n%s", base+".tex", err, out[max(0, len(out)-2000):])
			}
			total.Add(scoreFile(t, base+".pdf", in.label).Counts)
		}
	}
	t.Logf("LaTeX set:\n%s", total.Table())
}

// person is one RenderCV input of the corpus, with its label.
type person struct {
	name  string
	r     *resume.Resume
	label []byte
}

// corpusPeople loads every RenderCV input of the corpus (the same people
// as the labels): the sources the generators write with other tools.
func corpusPeople(t *testing.T, shared string) []person {
	t.Helper()
	srcs, _ := filepath.Glob(filepath.Join(shared, "corpus", "rendercv", "*.yaml"))
	more, _ := filepath.Glob(filepath.Join(shared, "corpus", "rendercv", "yaml_only", "*.yaml"))
	var out []person
	for _, src := range append(srcs, more...) {
		rel, _ := filepath.Rel(filepath.Join(shared, "corpus", "rendercv"), src)
		label, err := os.ReadFile(filepath.Join(shared, "corpus", "labels", "rendercv", strings.TrimSuffix(rel, ".yaml")+".json"))
		if err != nil {
			t.Fatal(err)
		}
		res, err := input.Load(src, input.Options{})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, person{strings.TrimSuffix(filepath.Base(src), ".yaml"), res.Resume, label})
	}
	return out
}

// roleLocation is where a role was: its own location, else the employer's.
func roleLocation(e resume.Employer, ro resume.Role) string {
	if ro.Location != "" {
		return ro.Location
	}
	return e.Location
}

// latexTemplates write a resume as LaTeX source in the manner of a common
// template.
var latexTemplates = []func(*resume.Resume) string{texJake, texSb2nov, texModerncv, texPlain, texTwoColumn}

// tex escapes text for LaTeX.
func tex(s string) string {
	s = resume.Plain(s)
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\textbackslash{}`)
		case '&', '%', '$', '#', '_', '{', '}':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '~':
			b.WriteString(`\textasciitilde{}`)
		case '^':
			b.WriteString(`\textasciicircum{}`)
		case '–':
			b.WriteString("--")
		case '—':
			b.WriteString("---")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// texRange prints a date range in a layout ("Jan 2006", "01/2006", …).
func texRange(start, end resume.Date, layout string) string {
	s := start.Format(layout, "Present")
	if end.IsZero() && !start.IsZero() {
		return s + " -- Present"
	}
	e := end.Format(layout, "Present")
	if s == "" {
		return e
	}
	return s + " -- " + e
}

// degree is "BS in Computer Science".
func degree(ed resume.Education) string {
	switch {
	case ed.StudyType != "" && ed.Area != "":
		return ed.StudyType + " in " + ed.Area
	case ed.StudyType != "":
		return ed.StudyType
	}
	return ed.Area
}

const texPreamble = `\documentclass[letterpaper,11pt]{article}
\usepackage{latexsym}
\usepackage[empty]{fullpage}
\usepackage{titlesec}
\usepackage[usenames,dvipsnames]{color}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\usepackage[utf8]{inputenc}
\usepackage{tabularx}
\input{glyphtounicode}
\pdfgentounicode=1
\addtolength{\oddsidemargin}{-0.5in}
\addtolength{\evensidemargin}{-0.5in}
\addtolength{\textwidth}{1in}
\addtolength{\topmargin}{-.5in}
\addtolength{\textheight}{1.0in}
\raggedbottom
\raggedright
\setlength{\tabcolsep}{0in}
\titleformat{\section}{\vspace{-4pt}\scshape\raggedright\large}{}{0em}{}[\color{black}\titlerule \vspace{-5pt}]
\newcommand{\resumeItem}[1]{\item\small{{#1 \vspace{-2pt}}}}
\newcommand{\resumeSubheading}[4]{
  \vspace{-2pt}\item
    \begin{tabular*}{0.97\textwidth}[t]{l@{\extracolsep{\fill}}r}
      \textbf{#1} & #2 \\
      \textit{\small#3} & \textit{\small #4} \\
    \end{tabular*}\vspace{-7pt}
}
\newcommand{\resumeSubHeadingListStart}{\begin{itemize}[leftmargin=0.15in, label={}]}
\newcommand{\resumeSubHeadingListEnd}{\end{itemize}}
\newcommand{\resumeItemListStart}{\begin{itemize}}
\newcommand{\resumeItemListEnd}{\end{itemize}\vspace{-5pt}}
`

// itemize is highlights as a LaTeX itemize list opened with begin, or
// nothing when there are none.
func itemize(begin string, hs []string) string {
	if len(hs) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(begin + "\n")
	for _, h := range hs {
		b.WriteString("\\item " + tex(h) + "\n")
	}
	b.WriteString("\\end{itemize}\n")
	return b.String()
}

// texEducation writes the education section of Jake's and sb2nov's
// templates: the school over the degree, the dates on the right.
func texEducation(b *strings.Builder, eds []resume.Education, layout string) {
	if len(eds) == 0 {
		return
	}
	b.WriteString("\\section{Education}\n\\resumeSubHeadingListStart\n")
	for _, ed := range eds {
		fmt.Fprintf(b, "\\resumeSubheading{%s}{}{%s}{%s}\n", tex(ed.Institution), tex(degree(ed)), texRange(ed.StartDate, ed.EndDate, layout))
	}
	b.WriteString("\\resumeSubHeadingListEnd\n")
}

// texItems writes highlights as an item list of the template's own macros.
func texItems(b *strings.Builder, hs []string) {
	if len(hs) == 0 {
		return
	}
	b.WriteString("\\resumeItemListStart\n")
	for _, h := range hs {
		fmt.Fprintf(b, "\\resumeItem{%s}\n", tex(h))
	}
	b.WriteString("\\resumeItemListEnd\n")
}

// texJake is Jake Gutierrez's template: the name centred, contact details
// on one line between "|"; position and dates on a role's first line,
// company and location in italics on the second.
func texJake(r *resume.Resume) string {
	var b strings.Builder
	b.WriteString(texPreamble)
	b.WriteString("\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n")
	b.WriteString("\\begin{document}\n\\begin{center}\n")
	fmt.Fprintf(&b, "\\textbf{\\Huge \\scshape %s} \\\\ \\vspace{1pt}\n\\small ", tex(r.Basics.Name))
	var contact []string
	if r.Basics.Phone != "" {
		contact = append(contact, tex(r.Basics.Phone))
	}
	if r.Basics.Email != "" {
		contact = append(contact, fmt.Sprintf("\\href{mailto:%s}{\\underline{%s}}", r.Basics.Email, tex(r.Basics.Email)))
	}
	if r.Basics.URL != "" {
		contact = append(contact, fmt.Sprintf("\\href{%s}{\\underline{%s}}", r.Basics.URL, tex(strings.TrimPrefix(r.Basics.URL, "https://"))))
	}
	b.WriteString(strings.Join(contact, " $|$ "))
	b.WriteString("\n\\end{center}\n")
	texEducation(&b, r.Education, "Jan. 2006")
	if len(r.Work) > 0 {
		b.WriteString("\\section{Experience}\n\\resumeSubHeadingListStart\n")
		for _, e := range r.Work {
			for _, ro := range e.Roles {
				loc := roleLocation(e, ro)
				fmt.Fprintf(&b, "\\resumeSubheading{%s}{%s}{%s}{%s}\n", tex(ro.Position), texRange(ro.StartDate, ro.EndDate, "Jan. 2006"), tex(e.Name), tex(loc))
				texItems(&b, ro.Highlights)
			}
		}
		b.WriteString("\\resumeSubHeadingListEnd\n")
	}
	if len(r.Projects) > 0 {
		b.WriteString("\\section{Projects}\n\\resumeSubHeadingListStart\n")
		for _, p := range r.Projects {
			fmt.Fprintf(&b, "\\item\\textbf{%s}\n", tex(p.Name))
			texItems(&b, p.Highlights)
		}
		b.WriteString("\\resumeSubHeadingListEnd\n")
	}
	if len(r.Skills) > 0 {
		b.WriteString("\\section{Technical Skills}\n\\begin{itemize}[leftmargin=0.15in, label={}]\n\\small{\\item{\n")
		for i, s := range r.Skills {
			if i > 0 {
				b.WriteString(" \\\\\n")
			}
			fmt.Fprintf(&b, "\\textbf{%s}{: %s}", tex(s.Name), tex(strings.Join(s.Keywords, ", ")))
		}
		b.WriteString("\n}}\n\\end{itemize}\n")
	}
	b.WriteString("\\end{document}\n")
	return b.String()
}

// texSb2nov is sb2nov's template, in the default OT1 font encoding as the
// original (so an accented letter is a letter and an accent): a two-column
// header (name and city on the left, e-mail and mobile on the right);
// company and location on a role's first line, position and dates in
// italics on the second.
func texSb2nov(r *resume.Resume) string {
	var b strings.Builder
	b.WriteString(texPreamble)
	b.WriteString("\\begin{document}\n\\begin{tabular*}{\\textwidth}{l@{\\extracolsep{\\fill}}r}\n")
	fmt.Fprintf(&b, "\\textbf{{\\Large %s}} & Email: \\href{mailto:%s}{%s}\\\\\n", tex(r.Basics.Name), r.Basics.Email, tex(r.Basics.Email))
	fmt.Fprintf(&b, "%s & Mobile: %s \\\\\n\\end{tabular*}\n", tex(r.Basics.Location.City), tex(r.Basics.Phone))
	texEducation(&b, r.Education, "Jan 2006")
	if len(r.Work) > 0 {
		b.WriteString("\\section{Experience}\n\\resumeSubHeadingListStart\n")
		for _, e := range r.Work {
			for _, ro := range e.Roles {
				loc := roleLocation(e, ro)
				fmt.Fprintf(&b, "\\resumeSubheading{%s}{%s}{%s}{%s}\n", tex(e.Name), tex(loc), tex(ro.Position), texRange(ro.StartDate, ro.EndDate, "Jan 2006"))
				texItems(&b, ro.Highlights)
			}
		}
		b.WriteString("\\resumeSubHeadingListEnd\n")
	}
	if len(r.Skills) > 0 {
		b.WriteString("\\section{Skills Summary}\n\\resumeSubHeadingListStart\n")
		for _, s := range r.Skills {
			fmt.Fprintf(&b, "\\item{\\textbf{%s}: %s}\n", tex(s.Name), tex(strings.Join(s.Keywords, ", ")))
		}
		b.WriteString("\\resumeSubHeadingListEnd\n")
	}
	b.WriteString("\\end{document}\n")
	return b.String()
}

// texModerncv is moderncv's classic style: dates in a left-hand column,
// "Position, Company, Location" as one line beside them.
func texModerncv(r *resume.Resume) string {
	var b strings.Builder
	b.WriteString("\\documentclass[11pt,a4paper,sans]{moderncv}\n\\moderncvstyle[nosymbols]{classic}\n\\moderncvcolor{blue}\n")
	b.WriteString("\\usepackage[utf8]{inputenc}\n\\usepackage[scale=0.8]{geometry}\n\\input{glyphtounicode}\n\\pdfgentounicode=1\n")
	first, last, _ := strings.Cut(r.Basics.Name, " ")
	fmt.Fprintf(&b, "\\name{%s}{%s}\n", tex(first), tex(last))
	if r.Basics.Label != "" {
		fmt.Fprintf(&b, "\\title{%s}\n", tex(r.Basics.Label))
	}
	if r.Basics.Phone != "" {
		fmt.Fprintf(&b, "\\phone[mobile]{%s}\n", tex(r.Basics.Phone))
	}
	if r.Basics.Email != "" {
		fmt.Fprintf(&b, "\\email{%s}\n", tex(r.Basics.Email))
	}
	b.WriteString("\\begin{document}\n\\makecvtitle\n")
	if len(r.Work) > 0 {
		b.WriteString("\\section{Experience}\n")
		for _, e := range r.Work {
			for _, ro := range e.Roles {
				loc := roleLocation(e, ro)
				desc := strings.TrimSuffix(itemize("\\begin{itemize}", ro.Highlights), "\n")
				fmt.Fprintf(&b, "\\cventry{%s}{%s}{%s}{%s}{}{%s}\n", texRange(ro.StartDate, ro.EndDate, "01/2006"), tex(ro.Position), tex(e.Name), tex(loc), desc)
			}
		}
	}
	if len(r.Education) > 0 {
		b.WriteString("\\section{Education}\n")
		for _, ed := range r.Education {
			fmt.Fprintf(&b, "\\cventry{%s}{%s}{%s}{}{}{}\n", texRange(ed.StartDate, ed.EndDate, "2006"), tex(degree(ed)), tex(ed.Institution))
		}
	}
	if len(r.Skills) > 0 {
		b.WriteString("\\section{Skills}\n")
		for _, s := range r.Skills {
			fmt.Fprintf(&b, "\\cvitem{%s}{%s}\n", tex(s.Name), tex(strings.Join(s.Keywords, ", ")))
		}
	}
	b.WriteString("\\end{document}\n")
	return b.String()
}

// texPlain is a plain article: "Position, Company \hfill dates" on one
// line, the location in italics under it, unnumbered sections.
func texPlain(r *resume.Resume) string {
	var b strings.Builder
	b.WriteString("\\documentclass[10pt]{article}\n\\usepackage[margin=0.8in]{geometry}\n\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n\\usepackage[utf8]{inputenc}\n\\usepackage{hyperref}\n\\input{glyphtounicode}\n\\pdfgentounicode=1\n\\pagestyle{empty}\n\\setlength{\\parindent}{0pt}\n\\begin{document}\n")
	fmt.Fprintf(&b, "{\\LARGE\\bfseries %s}\\\\[4pt]\n", tex(r.Basics.Name))
	fmt.Fprintf(&b, "%s \\textbullet{} %s \\textbullet{} %s\n\n", tex(r.Basics.Location.City), tex(r.Basics.Email), tex(r.Basics.Phone))
	if len(r.Work) > 0 {
		b.WriteString("\\section*{Professional Experience}\n")
		for _, e := range r.Work {
			for _, ro := range e.Roles {
				fmt.Fprintf(&b, "\\textbf{%s}, %s \\hfill %s\\\\\n", tex(ro.Position), tex(e.Name), texRange(ro.StartDate, ro.EndDate, "01/2006"))
				loc := roleLocation(e, ro)
				if loc != "" {
					fmt.Fprintf(&b, "\\emph{%s}\n", tex(loc))
				}
				b.WriteString(itemize("\\begin{itemize}", ro.Highlights))
				b.WriteString("\n")
			}
		}
	}
	if len(r.Education) > 0 {
		b.WriteString("\\section*{Education}\n")
		for _, ed := range r.Education {
			fmt.Fprintf(&b, "\\textbf{%s}, %s \\hfill %s\n\n", tex(ed.Institution), tex(degree(ed)), texRange(ed.StartDate, ed.EndDate, "2006"))
		}
	}
	if len(r.Skills) > 0 {
		b.WriteString("\\section*{Skills}\n")
		for _, s := range r.Skills {
			fmt.Fprintf(&b, "\\textbf{%s:} %s\\\\\n", tex(s.Name), tex(strings.Join(s.Keywords, ", ")))
		}
	}
	b.WriteString("\\end{document}\n")
	return b.String()
}

// TestLatexAccents: in the OT1 encoding, LaTeX draws "ğ" as a "g" and a
// separate breve; the extractor joins them, as poppler does, so the
// institution survives exactly.
func TestLatexAccents(t *testing.T) {
	doc, err := extract.File(context.Background(), filepath.Join("testdata", "thirdparty", "classic_tex1.pdf"), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if text := doc.Text(); !strings.Contains(text, "Boğaziçi University") {
		t.Errorf("accents not joined to their letters:\n%s", text)
	}
}

// texTwoColumn is a two-column page (paracol): a narrow sidebar with the
// contact details, education and skills on the left, the experience on
// the right, each role as "Position \hfill dates" over the company.
func texTwoColumn(r *resume.Resume) string {
	var b strings.Builder
	b.WriteString("\\documentclass[10pt]{article}\n\\usepackage[margin=0.6in]{geometry}\n\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n\\usepackage[utf8]{inputenc}\n\\usepackage{paracol}\n\\usepackage{enumitem}\n\\input{glyphtounicode}\n\\pdfgentounicode=1\n\\pagestyle{empty}\n\\setlength{\\parindent}{0pt}\n\\columnratio{0.3}\n\\begin{document}\n")
	fmt.Fprintf(&b, "{\\Huge\\bfseries %s}\\\\[2pt]\n", tex(r.Basics.Name))
	if r.Basics.Label != "" {
		fmt.Fprintf(&b, "{\\large %s}\n", tex(r.Basics.Label))
	}
	b.WriteString("\\vspace{8pt}\n\\begin{paracol}{2}\n\\subsection*{Contact}\n")
	for _, c := range []string{r.Basics.Email, r.Basics.Phone, r.Basics.Location.City} {
		if c != "" {
			fmt.Fprintf(&b, "%s\\\\\n", tex(c))
		}
	}
	if len(r.Education) > 0 {
		b.WriteString("\\subsection*{Education}\n")
		for _, ed := range r.Education {
			fmt.Fprintf(&b, "\\textbf{%s}\\\\\n%s\\\\\n%s\\par\\medskip\n", tex(ed.Institution), tex(degree(ed)), texRange(ed.StartDate, ed.EndDate, "Jan 2006"))
		}
	}
	if len(r.Skills) > 0 {
		b.WriteString("\\subsection*{Skills}\n")
		for _, sk := range r.Skills {
			fmt.Fprintf(&b, "\\textbf{%s}\\\\\n%s\\par\\smallskip\n", tex(sk.Name), tex(strings.Join(sk.Keywords, ", ")))
		}
	}
	b.WriteString("\\switchcolumn\n")
	if len(r.Work) > 0 {
		b.WriteString("\\subsection*{Experience}\n")
		for _, e := range r.Work {
			for _, ro := range e.Roles {
				loc := roleLocation(e, ro)
				fmt.Fprintf(&b, "\\textbf{%s} \\hfill %s\\\\\n\\textit{%s", tex(ro.Position), texRange(ro.StartDate, ro.EndDate, "Jan 2006"), tex(e.Name))
				if loc != "" {
					fmt.Fprintf(&b, ", %s", tex(loc))
				}
				b.WriteString("}\n")
				b.WriteString(itemize("\\begin{itemize}[leftmargin=*,itemsep=0pt]", ro.Highlights))
				b.WriteString("\\medskip\n\n")
			}
		}
	}
	b.WriteString("\\end{paracol}\n\\end{document}\n")
	return b.String()
}
