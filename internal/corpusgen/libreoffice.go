package main

import (
	"context"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// loHTML is the page LibreOffice Writer converts to DOCX: a company
// heading per job, the position, dates and place on one line under it.
var loHTML = template.Must(template.New("lo").Funcs(template.FuncMap{
	"span":   func(a, b string) string { return span(a, b, styleLongMonth, " – ") },
	"place":  place,
	"degree": degree,
	"join":   func(ss []string) string { return strings.Join(ss, ", ") },
	"sep":    func(ss ...string) string { return joinNonEmpty(" | ", ss...) },
}).Parse(`<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{{.Basics.Name}}</title>
<style>body{font-family:"Liberation Sans",sans-serif;font-size:10pt} h1{font-size:20pt;margin:0} h2{font-size:13pt;border-bottom:1px solid #444;text-transform:uppercase} h3{font-size:11pt;margin:6pt 0 0 0}</style></head>
<body>
<h1>{{.Basics.Name}}</h1>
{{with .Basics.Label}}<p><em>{{.}}</em></p>{{end}}
<p>{{sep .Basics.Email .Basics.Phone (place .Basics.Location)}}</p>
{{with .Basics.Summary}}<h2>About me</h2><p>{{.}}</p>{{end}}
{{if .Work}}<h2>Employment history</h2>
{{range .Work}}<h3>{{.Name}}</h3>
<p><strong>{{.Position}}</strong>{{with span .StartDate .EndDate}} | {{.}}{{end}}{{with .Location}} | {{.}}{{end}}</p>
{{if .Highlights}}<ul>{{range .Highlights}}<li>{{.}}</li>{{end}}</ul>{{else}}{{with .Summary}}<p>{{.}}</p>{{end}}{{end}}
{{end}}{{end}}
{{if .Education}}<h2>Education</h2>
{{range .Education}}<h3>{{.Institution}}</h3>
<p>{{sep (degree .) (span .StartDate .EndDate)}}</p>
{{end}}{{end}}
{{if .Skills}}<h2>Skills</h2>
<dl>{{range .Skills}}<dt><strong>{{.Name}}</strong></dt><dd>{{join .Keywords}}</dd>{{end}}</dl>{{end}}
{{if .Languages}}<h2>Languages</h2><p>{{range $i, $l := .Languages}}{{if $i}}, {{end}}{{$l.Language}}{{with $l.Fluency}} ({{.}}){{end}}{{end}}</p>{{end}}
</body></html>
`))

func loFamilies() []*family {
	return []*family{
		{
			name: "lo-html-docx", ext: "docx", needs: []string{"soffice"},
			renderer: "LibreOffice Writer: HTML (company headings, position | dates | place) → DOCX",
			prepare: func(ctx context.Context, e *env, r *Resume, id string) (string, error) {
				wd, err := e.workDir("lo-html-docx")
				if err != nil {
					return "", err
				}
				var b strings.Builder
				if err := loHTML.Execute(&b, r); err != nil {
					return "", fmt.Errorf("html template: %w", err)
				}
				in := filepath.Join(wd, id+".html")
				return in, writeFile(in, []byte(b.String()))
			},
			convert: func(ctx context.Context, e *env, ins []string, slot int) ([]string, error) {
				return soffice(ctx, e, slot, ins, "docx:MS Word 2007 XML", "--infilter=HTML (StarWriter)")
			},
		},
		{
			name: "lo-docx-pdf", ext: "pdf", needs: []string{"soffice", python},
			renderer: "LibreOffice Writer: the python-docx table DOCX (pydocx-tables) → PDF",
			prepare: func(ctx context.Context, e *env, r *Resume, id string) (string, error) {
				wd, err := e.workDir("lo-docx-pdf")
				if err != nil {
					return "", err
				}
				in := filepath.Join(wd, id+".docx")
				return in, runPydocx(ctx, e, "tables", r, id, in)
			},
			convert: func(ctx context.Context, e *env, ins []string, slot int) ([]string, error) {
				return soffice(ctx, e, slot, ins, "pdf:writer_pdf_Export", "")
			},
		},
	}
}

// soffice converts files with one headless LibreOffice process (a profile
// of its own per process and worker, so conversions can run side by side)
// and returns the paths of the results ("" where there is none).
func soffice(ctx context.Context, e *env, slot int, ins []string, to, infilter string) ([]string, error) {
	if len(ins) == 0 {
		return nil, nil
	}
	prof := filepath.Join(e.cache, "lo-profile", strconv.Itoa(os.Getpid())+"-"+strconv.Itoa(slot))
	outDir := filepath.Join(filepath.Dir(ins[0]), "out-"+strconv.Itoa(os.Getpid())+"-"+strconv.Itoa(slot))
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return nil, fmt.Errorf("create %s: %w", outDir, err)
	}
	ext := to[:strings.IndexByte(to, ':')]
	outs := make([]string, len(ins))
	for i, in := range ins {
		outs[i] = filepath.Join(outDir, strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))+"."+ext)
		_ = os.Remove(outs[i])
	}
	args := []string{"-env:UserInstallation=file://" + prof, "--headless", "--norestore", "--nolockcheck"}
	if infilter != "" {
		args = append(args, infilter)
	}
	args = append(args, "--convert-to", to, "--outdir", outDir)
	args = append(args, ins...)
	if err := runTool(ctx, filepath.Dir(ins[0]), "soffice", args...); err != nil {
		return nil, err
	}
	for i, o := range outs {
		if fi, err := os.Stat(o); err != nil || fi.Size() == 0 {
			outs[i] = ""
		}
	}
	return outs, nil
}
