package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"text/template"
	"unicode"
)

// texEscape escapes text for LaTeX: the ten special characters, brackets
// (an item's text may start with one) and dashes written out.
// With ascii set (pdflatex), characters the T1 font encoding and utf8
// inputenc cannot set (beyond Latin-1 and Latin Extended-A, apart from a
// few punctuation marks) are left out, and a document written in another
// script loses that text; its labels then drop what is missing.
func texEscape(s string, latinOnly bool) string {
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
		case '[':
			b.WriteString(`{[}`)
		case ']':
			b.WriteString(`{]}`)
		case '<':
			b.WriteString(`\textless{}`)
		case '>':
			b.WriteString(`\textgreater{}`)
		case '|':
			b.WriteString(`\textbar{}`)
		case '"':
			b.WriteString(`\textquotedbl{}`)
		case '–':
			b.WriteString("--")
		case '—':
			b.WriteString("---")
		case '\n', '\r', '\t':
			b.WriteByte(' ')
		default:
			switch {
			case unicode.IsControl(r) || r == '\u00ad' || r == '\ufeff':
			case !latinOnly:
				b.WriteRune(r)
			case r < 0x180 || strings.ContainsRune("‘’“”•…€", r):
				b.WriteRune(r)
			case unicode.IsSpace(r):
				b.WriteByte(' ')
			}
		}
	}
	return b.String()
}

// texFamily is one LaTeX design: a template compiled by an engine.
type texFamily struct {
	name, engine, about, tmpl string
	latinOnly                 bool
	style                     dateStyle
}

var texFamilies = []texFamily{
	{"latex-moderncv-classic", "pdflatex", "moderncv classic style", moderncvTmpl("classic"), true, styleNumeric},
	{"latex-moderncv-casual", "pdflatex", "moderncv casual style", moderncvTmpl("casual"), true, styleMonYear},
	{"latex-moderncv-banking", "pdflatex", "moderncv banking style", moderncvTmpl("banking"), true, styleLongMonth},
	{"latex-jakes", "pdflatex", "a Jake's-resume-style article template (our own)", jakesTmpl, true, styleMonYear},
	{"latex-awesome", "xelatex", "an Awesome-CV-like layout written for this corpus", awesomeTmpl, false, styleDotted},
	{"latex-europass", "pdflatex", "europasscv class", europassTmpl, true, styleNumeric},
	{"latex-sidebar", "pdflatex", "a two-column paracol layout with a skills sidebar (our own)", sidebarTmpl, true, styleISO},
}

func latexFamilies() []*family {
	var out []*family
	for _, tf := range texFamilies {
		t := template.Must(template.New(tf.name).Delims("<<", ">>").Funcs(texFuncs(tf.latinOnly, tf.style)).Parse(tf.tmpl))
		out = append(out, &family{
			name:     tf.name,
			ext:      "pdf",
			renderer: tf.engine + " (texlive): " + tf.about,
			needs:    []string{tf.engine},
			render: func(ctx context.Context, e *env, r *Resume, id, out string, _ int) error {
				var b strings.Builder
				if err := t.Execute(&b, r); err != nil {
					return fmt.Errorf("template %s: %w", tf.name, err)
				}
				return compileTeX(ctx, e, tf.name, tf.engine, id, b.String(), out)
			},
		})
	}
	return out
}

// compileTeX compiles source with engine in the family's work directory
// and copies the PDF to out. LaTeX's exit status is ignored when it made a
// PDF (a missing glyph or an overfull box is not a failure); without one
// the log's end is the error.
func compileTeX(ctx context.Context, e *env, fam, engine, id, source, out string) error {
	wd, err := e.workDir(fam)
	if err != nil {
		return err
	}
	job := filepath.Join(wd, id)
	for _, ext := range []string{".pdf", ".aux", ".log", ".out"} {
		_ = os.Remove(job + ext)
	}
	if err := writeFile(job+".tex", []byte(source)); err != nil {
		return err
	}
	// SOURCE_DATE_EPOCH fixes the PDF's time stamps (not \today).
	runErr := runToolEnv(ctx, wd, []string{"SOURCE_DATE_EPOCH=1767225600"}, engine, "-interaction=nonstopmode", "-no-shell-escape", id+".tex")
	pdf, err := os.ReadFile(job + ".pdf")
	if err != nil || len(pdf) == 0 {
		if msg := texErrors(job + ".log"); msg != "" {
			return fmt.Errorf("%s made no PDF: %s", engine, msg)
		}
		if runErr != nil {
			return runErr
		}
		return fmt.Errorf("%s made no PDF for %s", engine, id)
	}
	return writeFile(out, pdf)
}

// texErrors is the first error lines of a LaTeX log ("! ..." and the
// two lines after each).
func texErrors(log string) string {
	data, err := os.ReadFile(log)
	if err != nil {
		return ""
	}
	lines := strings.Split(string(data), "\n")
	var out []string
	for i := 0; i < len(lines) && len(out) < 9; i++ {
		if strings.HasPrefix(lines[i], "!") {
			out = append(out, lines[i:min(i+3, len(lines))]...)
			i += 2
		}
	}
	return strings.Join(out, " ")
}

func texFuncs(latinOnly bool, st dateStyle) template.FuncMap {
	esc := func(s string) string { return texEscape(s, latinOnly) }
	return template.FuncMap{
		"tex":  esc,
		"span": func(a, b string) string { return esc(span(a, b, st, " – ")) },
		"date": func(a string) string { return esc(show(a, st)) },
		"degree": func(ed Education) string {
			return esc(degree(ed))
		},
		"firstName": func(n string) string { f, _ := splitName(n); return esc(f) },
		"lastName":  func(n string) string { _, l := splitName(n); return esc(l) },
		"place":     func(l Location) string { return esc(place(l)) },
		"join": func(ss []string) string {
			var out []string
			for _, s := range ss {
				out = append(out, esc(s))
			}
			return strings.Join(out, ", ")
		},
		"upper": func(s string) string { return esc(strings.ToUpper(s)) },
		"paras": func(s string) string {
			var out []string
			for _, p := range strings.Split(s, "\n") {
				if p = strings.TrimSpace(p); p != "" {
					out = append(out, esc(p))
				}
			}
			return strings.Join(out, "\n\n")
		},
	}
}

// degree is "Bachelor of Science in Physics", or whichever part there is.
func degree(ed Education) string {
	switch {
	case ed.StudyType != "" && ed.Area != "":
		return ed.StudyType + ", " + ed.Area
	case ed.StudyType != "":
		return ed.StudyType
	}
	return ed.Area
}

// splitName splits a full name before its last word.
func splitName(n string) (string, string) {
	f := strings.Fields(n)
	if len(f) < 2 {
		return n, ""
	}
	return strings.Join(f[:len(f)-1], " "), f[len(f)-1]
}

// place is "City, Region, CC".
func place(l Location) string {
	var p []string
	for _, s := range []string{l.City, l.Region, l.CountryCode} {
		if s != "" {
			p = append(p, s)
		}
	}
	return strings.Join(p, ", ")
}

func moderncvTmpl(style string) string {
	return `\documentclass[11pt,a4paper,sans]{moderncv}
\moderncvstyle{` + style + `}
\moderncvcolor{blue}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[scale=0.8]{geometry}
\name{<<firstName .Basics.Name>>}{<<lastName .Basics.Name>>}
<<with .Basics.Label>>\title{<<tex .>>}<<end>>
<<with place .Basics.Location>>\address{<<.>>}{}{}<<end>>
<<with .Basics.Phone>>\phone[mobile]{<<tex .>>}<<end>>
<<with .Basics.Email>>\email{<<tex .>>}<<end>>
\begin{document}
\makecvtitle
<<with .Basics.Summary>>\section{Summary}
\cvitem{}{<<paras .>>}<<end>>
<<if .Work>>\section{Experience}
<<range .Work>>\cventry{<<span .StartDate .EndDate>>}{<<tex .Position>>}{<<tex .Name>>}{<<tex .Location>>}{}{<<paras .Summary>><<if .Highlights>>
\begin{itemize}
<<range .Highlights>>\item <<tex .>>
<<end>>\end{itemize}<<end>>}
<<end>><<end>>
<<if .Education>>\section{Education}
<<range .Education>>\cventry{<<span .StartDate .EndDate>>}{<<degree .>>}{<<tex .Institution>>}{<<tex .Location>>}{<<with .Score>>\textit{<<tex .>>}<<end>>}{}
<<end>><<end>>
<<if .Skills>>\section{Skills}
<<range .Skills>>\cvitem{<<tex .Name>>}{<<join .Keywords>>}
<<end>><<end>>
<<if .Languages>>\section{Languages}
<<range .Languages>>\cvitemwithcomment{<<tex .Language>>}{<<tex .Fluency>>}{}
<<end>><<end>>
<<if .Projects>>\section{Projects}
<<range .Projects>>\cvitem{<<tex .Name>>}{<<tex .Description>>}
<<end>><<end>>
<<if .Awards>>\section{Awards}
<<range .Awards>>\cvitem{<<date .Date>>}{<<tex .Title>><<with .Awarder>>, <<tex .>><<end>>}
<<end>><<end>>
<<if .Interests>>\section{Interests}
<<range .Interests>>\cvitem{<<tex .Name>>}{<<join .Keywords>>}
<<end>><<end>>
\end{document}
`
}

const jakesTmpl = `\documentclass[letterpaper,11pt]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage[empty]{fullpage}
\usepackage{titlesec}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\usepackage{tabularx}
\input{glyphtounicode}
\pdfgentounicode=1
\addtolength{\oddsidemargin}{-0.5in}
\addtolength{\textwidth}{1in}
\addtolength{\topmargin}{-.5in}
\addtolength{\textheight}{1.0in}
\raggedright
\titleformat{\section}{\vspace{-4pt}\scshape\raggedright\large}{}{0em}{}[\titlerule\vspace{-5pt}]
\newcommand{\entry}[4]{\item\begin{tabularx}{0.97\textwidth}[t]{@{}X@{\hspace{1em}}r@{}}\textbf{#1} & #2 \\ \textit{\small #3} & \textit{\small #4}\\\end{tabularx}}
\begin{document}
\begin{center}
{\Huge\scshape <<tex .Basics.Name>>}\\ \vspace{2pt}
\small <<with .Basics.Phone>><<tex .>> $|$ <<end>><<with .Basics.Email>><<tex .>><<end>><<with place .Basics.Location>> $|$ <<.>><<end>>
\end{center}
<<if .Education>>\section{Education}
\begin{itemize}[leftmargin=0.15in,label={}]
<<range .Education>>\entry{<<tex .Institution>>}{<<tex .Location>>}{<<degree .>>}{<<span .StartDate .EndDate>>}
<<end>>\end{itemize}
<<end>><<if .Work>>\section{Experience}
\begin{itemize}[leftmargin=0.15in,label={}]
<<range .Work>>\entry{<<tex .Position>>}{<<span .StartDate .EndDate>>}{<<tex .Name>>}{<<tex .Location>>}
<<if .Highlights>>\begin{itemize}[itemsep=-2pt]
<<range .Highlights>>\item \small <<tex .>>
<<end>>\end{itemize}<<else>><<with .Summary>>\\ \small <<tex .>><<end>><<end>>
<<end>>\end{itemize}
<<end>><<if .Projects>>\section{Projects}
\begin{itemize}[leftmargin=0.15in,label={}]
<<range .Projects>>\item \textbf{<<tex .Name>>}<<with .Description>> $|$ \small <<tex .>><<end>>
<<end>>\end{itemize}
<<end>><<if .Skills>>\section{Technical Skills}
\begin{itemize}[leftmargin=0.15in,label={}]
\small\item{
<<range .Skills>>\textbf{<<tex .Name>>}<<if .Keywords>>: <<join .Keywords>><<end>> \\
<<end>>}
\end{itemize}
<<end>>\end{document}
`

const awesomeTmpl = `\documentclass[10pt,a4paper]{article}
\usepackage{fontspec}
\setmainfont{DejaVu Sans}
\usepackage[margin=1.6cm]{geometry}
\usepackage{xcolor}
\usepackage{enumitem}
\usepackage{titlesec}
\usepackage{tabularx}
\definecolor{accent}{HTML}{DC3522}
\definecolor{soft}{HTML}{5D5D5D}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\titleformat{\section}{\Large\bfseries}{}{0em}{\color{accent}}[{\color{soft}\titlerule}]
\newcommand{\role}[4]{\par\vspace{4pt}\begin{tabularx}{\linewidth}{@{}X r@{}}{\bfseries #1} & {\color{soft}\small #2}\\ {\color{accent}\scshape\small #3} & {\color{soft}\itshape\small #4}\end{tabularx}\par}
\begin{document}
\begin{center}
{\fontsize{28pt}{32pt}\selectfont <<firstName .Basics.Name>> \textbf{<<lastName .Basics.Name>>}}\par\vspace{4pt}
<<with .Basics.Label>>{\color{accent}\scshape <<tex .>>}\par\vspace{3pt}<<end>>
{\small\color{soft} <<with place .Basics.Location>><<.>> \quad{} <<end>><<with .Basics.Phone>><<tex .>> \quad{} <<end>><<with .Basics.Email>><<tex .>><<end>>}
\end{center}
<<with .Basics.Summary>>\section{Summary}
<<paras .>>
<<end>><<if .Work>>\section{Experience}
<<range .Work>>\role{<<tex .Name>>}{<<tex .Location>>}{<<tex .Position>>}{<<span .StartDate .EndDate>>}
<<if .Highlights>>\begin{itemize}[leftmargin=1.2em,itemsep=0pt,topsep=2pt]\small
<<range .Highlights>>\item <<tex .>>
<<end>>\end{itemize}<<else>><<with .Summary>>{\small <<tex .>>}\par{}<<end>><<end>>
<<end>><<end>><<if .Education>>\section{Education}
<<range .Education>>\role{<<tex .Institution>>}{<<tex .Location>>}{<<degree .>>}{<<span .StartDate .EndDate>>}
<<end>><<end>><<if .Skills>>\section{Skills}
\begin{tabularx}{\linewidth}{@{}>{\bfseries\small}r X@{}}
<<range .Skills>><<tex .Name>> & \small <<join .Keywords>> \\
<<end>>\end{tabularx}
<<end>><<if .Languages>>\section{Languages}
<<range $i, $l := .Languages>><<if $i>>, <<end>><<tex $l.Language>><<with $l.Fluency>> (<<tex .>>)<<end>><<end>>
<<end>><<if .Awards>>\section{Honors \& Awards}
<<range .Awards>>\role{<<tex .Title>>}{<<date .Date>>}{<<tex .Awarder>>}{}
<<end>><<end>>\end{document}
`

const europassTmpl = `\documentclass[english,a4paper]{europasscv}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\ecvname{<<tex .Basics.Name>>}
<<with place .Basics.Location>>\ecvaddress{<<.>>}<<end>>
<<with .Basics.Phone>>\ecvmobile{<<tex .>>}<<end>>
<<with .Basics.Email>>\ecvemail{<<tex .>>}<<end>>
\begin{document}
\begin{europasscv}
\ecvpersonalinfo
<<with .Basics.Label>>\ecvitem{\ecvsectionstyle{Job applied for}}{\ecvtitlestyle{<<tex .>>}}<<end>>
<<if .Work>>\ecvsection{Work experience}
<<range .Work>>\ecvtitle{<<span .StartDate .EndDate>>}{<<tex .Position>>}
\ecvitem{}{<<tex .Name>><<with .Location>>, <<tex .>><<end>>}
<<if .Highlights>>\ecvitem{}{\begin{ecvitemize}
<<range .Highlights>>\item <<tex .>>
<<end>>\end{ecvitemize}}<<else>><<with .Summary>>\ecvitem{}{<<tex .>>}<<end>><<end>>
<<end>><<end>><<if .Education>>\ecvsection{Education and training}
<<range .Education>>\ecvtitle{<<span .StartDate .EndDate>>}{<<degree .>>}
\ecvitem{}{<<tex .Institution>><<with .Location>>, <<tex .>><<end>>}
<<end>><<end>><<if .Skills>>\ecvsection{Personal skills}
<<range .Skills>>\ecvitem{<<tex .Name>>}{<<join .Keywords>>}
<<end>><<end>>\end{europasscv}
\end{document}
`

const sidebarTmpl = `\documentclass[10pt,a4paper]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[margin=1.5cm]{geometry}
\usepackage{paracol}
\usepackage{xcolor}
\usepackage{enumitem}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\setcolumnwidth{0.29\textwidth,0.67\textwidth}
\newcommand{\side}[1]{\par\vspace{8pt}{\color{teal}\bfseries\MakeUppercase{#1}}\par\vspace{2pt}}
\newcommand{\main}[1]{\par\vspace{10pt}{\Large\color{teal}#1}\par\vspace{2pt}\hrule\vspace{4pt}}
\begin{document}
{\huge\bfseries <<tex .Basics.Name>>}\par
<<with .Basics.Label>>{\large <<tex .>>}\par{}<<end>>
\vspace{6pt}
\begin{paracol}{2}
\side{Contact}
{\small <<with .Basics.Email>><<tex .>>\par{}<<end>><<with .Basics.Phone>><<tex .>>\par{}<<end>><<with place .Basics.Location>><<.>>\par{}<<end>>}
<<if .Skills>>\side{Skills}
<<range .Skills>>{\small\bfseries <<tex .Name>>}\par
<<range .Keywords>>{\small <<tex .>>}\par
<<end>>\vspace{3pt}
<<end>><<end>><<if .Languages>>\side{Languages}
<<range .Languages>>{\small <<tex .Language>><<with .Fluency>> -- <<tex .>><<end>>}\par
<<end>><<end>>\switchcolumn
<<with .Basics.Summary>>\main{Profile}
{\small <<paras .>>}
<<end>><<if .Work>>\main{Work Experience}
<<range .Work>>{\bfseries <<tex .Position>>}\par
{\itshape <<tex .Name>>}<<with .Location>>, <<tex .>><<end>>\par
{\small\color{gray} <<span .StartDate .EndDate>>}\par
<<if .Highlights>>\begin{itemize}[leftmargin=1em,itemsep=0pt,topsep=1pt]\small
<<range .Highlights>>\item <<tex .>>
<<end>>\end{itemize}<<else>><<with .Summary>>{\small <<tex .>>}\par{}<<end>><<end>>\vspace{5pt}
<<end>><<end>><<if .Education>>\main{Education}
<<range .Education>>{\bfseries <<tex .Institution>>}\par
<<degree .>>\par
{\small\color{gray} <<span .StartDate .EndDate>>}\par\vspace{4pt}
<<end>><<end>>\end{paracol}
\end{document}
`
