package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// pydocxScript writes DOCX files with python-docx from clean JSON Resumes:
// python3 script.py STYLE OUTDIR IN.json..., where STYLE is "tables" (a
// Word table per section: dates in the left cell, the entry in the right
// one) or "sidebar" (one two-column table: contact, skills and languages
// on the left, experience and education on the right).
const pydocxScript = `import datetime, json, os, re, sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

MONTHS = ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
PRESENT = re.compile(r'^\s*(present|presente|current|now|ongoing|actualidad|actualmente|en cours|heute|aktuell|active)\s*$', re.I)
CTRL = re.compile('[\x00-\x08\x0b\x0c\x0e-\x1f]')

def clean(s):
    return CTRL.sub('', s or '')

def show(d):
    d = (d or '').strip()
    if not d:
        return ''
    if PRESENT.match(d):
        return 'Present'
    m = re.match(r'^((?:19|20)\d\d)(?:-(\d{1,2}))?', d)
    if m and m.group(2) and 1 <= int(m.group(2)) <= 12:
        return MONTHS[int(m.group(2))] + ' ' + m.group(1)
    if m:
        return m.group(1)
    return d

def span(a, e):
    a, e = show(a), show(e)
    if a and not e:
        e = 'Present'
    return ' – '.join(x for x in (a, e) if x)

def place(l):
    l = l or {}
    return ', '.join(x for x in (l.get('city'), l.get('region'), l.get('countryCode')) if x)

def degree(ed):
    return ', '.join(x for x in (ed.get('studyType'), ed.get('area')) if x)

def build(style, src, out):
    r = json.load(open(src, encoding='utf-8'))
    b = r.get('basics') or {}
    doc = Document()
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(1.8)
        s.top_margin = s.bottom_margin = Cm(1.5)
    doc.styles['Normal'].font.name = 'Calibri'
    doc.styles['Normal'].font.size = Pt(10)

    def para(container, text, bold=False, italic=False, size=None, color=None, style=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        run = p.add_run(clean(text))
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        p.paragraph_format.space_after = Pt(2)
        return p

    def bullets(container, items):
        for h in items:
            para(container, h, style='List Bullet')

    def job(cell, w):
        para(cell, w.get('position', ''), bold=True)
        para(cell, ', '.join(x for x in (w.get('name'), w.get('location')) if x), italic=True)
        if w.get('highlights'):
            bullets(cell, w['highlights'])
        elif w.get('summary'):
            para(cell, w['summary'])

    def school(cell, e):
        para(cell, e.get('institution', ''), bold=True)
        if degree(e):
            para(cell, degree(e))

    if style == 'tables':
        h = doc.add_paragraph()
        h.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = h.add_run(clean(b.get('name', '')))
        run.bold = True
        run.font.size = Pt(22)
        c = doc.add_paragraph(clean(' | '.join(x for x in (b.get('email'), b.get('phone'), place(b.get('location'))) if x)))
        c.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if b.get('label'):
            para(doc, b['label'], italic=True).alignment = WD_ALIGN_PARAGRAPH.CENTER
        if b.get('summary'):
            doc.add_heading('Profile', level=1)
            para(doc, b['summary'])
        def table(rows, fill):
            t = doc.add_table(rows=0, cols=2)
            for item in rows:
                cells = t.add_row().cells
                cells[0].width, cells[1].width = Cm(3.8), Cm(13.6)
                cells[0].paragraphs[0].add_run(clean(span(item.get('startDate'), item.get('endDate'))))
                cells[1].paragraphs[0].text = ''
                fill(cells[1], item)
                first = cells[1].paragraphs[0]
                if not first.text:
                    first._element.getparent().remove(first._element)
        if r.get('work'):
            doc.add_heading('Professional Experience', level=1)
            table(r['work'], job)
        if r.get('education'):
            doc.add_heading('Education', level=1)
            table(r['education'], school)
        if r.get('skills'):
            doc.add_heading('Skills', level=1)
            t = doc.add_table(rows=0, cols=2)
            for s in r['skills']:
                cells = t.add_row().cells
                cells[0].paragraphs[0].add_run(clean(s.get('name', ''))).bold = True
                cells[1].paragraphs[0].add_run(clean(', '.join(s.get('keywords') or [])))
        if r.get('languages'):
            doc.add_heading('Languages', level=1)
            para(doc, ', '.join(clean(l['language']) + (' (' + clean(l['fluency']) + ')' if l.get('fluency') else '') for l in r['languages']))
    else:
        t = doc.add_table(rows=1, cols=2)
        left, right = t.rows[0].cells
        left.width, right.width = Cm(5.5), Cm(12)
        left.paragraphs[0].add_run(clean(b.get('name', ''))).bold = True
        left.paragraphs[0].runs[0].font.size = Pt(16)
        if b.get('label'):
            para(left, b['label'], italic=True)
        para(left, 'CONTACT', bold=True, color='1F4E79')
        for x in (b.get('email'), b.get('phone'), place(b.get('location'))):
            if x:
                para(left, x, size=9)
        if r.get('skills'):
            para(left, 'SKILLS', bold=True, color='1F4E79')
            for s in r['skills']:
                if s.get('name'):
                    para(left, s['name'], bold=True, size=9)
                for k in s.get('keywords') or []:
                    para(left, k, size=9)
        if r.get('languages'):
            para(left, 'LANGUAGES', bold=True, color='1F4E79')
            for l in r['languages']:
                para(left, ' – '.join(x for x in (l.get('language'), l.get('fluency')) if x), size=9)
        right.paragraphs[0].add_run('PROFILE' if b.get('summary') else '').bold = True
        if b.get('summary'):
            para(right, b['summary'])
        if r.get('work'):
            para(right, 'EXPERIENCE', bold=True, color='1F4E79', size=12)
            for w in r['work']:
                job(right, w)
                para(right, span(w.get('startDate'), w.get('endDate')), size=8, color='666666')
        if r.get('education'):
            para(right, 'EDUCATION', bold=True, color='1F4E79', size=12)
            for e in r['education']:
                school(right, e)
                para(right, span(e.get('startDate'), e.get('endDate')), size=8, color='666666')
    doc.core_properties.author = 'corpusgen'
    doc.core_properties.created = doc.core_properties.modified = datetime.datetime(2026, 1, 1)
    doc.save(out)

# python3 make_docx.py STYLE OUTDIR IN.json...: OUTDIR/<stem>.docx for each
# input; a failure is reported on stderr and the others go on.
style, outdir = sys.argv[1], sys.argv[2]
failed = 0
for src in sys.argv[3:]:
    stem = os.path.splitext(os.path.basename(src))[0]
    try:
        build(style, src, os.path.join(outdir, stem + '.docx'))
    except Exception as e:
        failed += 1
        print('%s: %s' % (src, e), file=sys.stderr)
sys.exit(1 if failed == len(sys.argv[3:]) else 0)
`

// python is the interpreter with python-docx: Debian's, not a pyenv one
// first on PATH.
const python = "/usr/bin/python3"

func pydocxFamilies() []*family {
	mk := func(style, about string) *family {
		return &family{
			name: "pydocx-" + style, ext: "docx", needs: []string{python},
			renderer: "python-docx (Debian python3-docx): " + about,
			prepare: func(ctx context.Context, e *env, r *Resume, id string) (string, error) {
				return e.cleanJSON(r, id)
			},
			convert: func(ctx context.Context, e *env, ins []string, slot int) ([]string, error) {
				return pydocx(ctx, e, style, ins, slot)
			},
		}
	}
	return []*family{
		mk("tables", "Word tables, dates in the left cell and the entry in the right one"),
		mk("sidebar", "one two-column table, contact and skills in a sidebar"),
	}
}

// pydocx writes a DOCX for each clean JSON input with one python run and
// returns their paths ("" for an input that failed).
func pydocx(ctx context.Context, e *env, style string, ins []string, slot int) ([]string, error) {
	wd, err := e.workDir("pydocx")
	if err != nil {
		return nil, err
	}
	script := filepath.Join(wd, "make_docx.py")
	e.pyOnce.Do(func() { e.pyErr = writeFile(script, []byte(pydocxScript)) })
	if e.pyErr != nil {
		return nil, e.pyErr
	}
	outDir := filepath.Join(wd, style+"-"+strconv.Itoa(os.Getpid())+"-"+strconv.Itoa(slot))
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return nil, fmt.Errorf("create %s: %w", outDir, err)
	}
	outs := make([]string, len(ins))
	for i, in := range ins {
		outs[i] = filepath.Join(outDir, strings.TrimSuffix(filepath.Base(in), ".json")+".docx")
		_ = os.Remove(outs[i])
	}
	if err := runTool(ctx, wd, python, append([]string{script, style, outDir}, ins...)...); err != nil {
		return nil, err
	}
	for i, o := range outs {
		if !exists(o) {
			outs[i] = ""
		}
	}
	return outs, nil
}

// runPydocx writes one DOCX for r to out.
func runPydocx(ctx context.Context, e *env, style string, r *Resume, id, out string) error {
	in, err := e.cleanJSON(r, id)
	if err != nil {
		return err
	}
	outs, err := pydocx(ctx, e, style, []string{in}, 99)
	if err != nil {
		return err
	}
	if outs[0] == "" {
		return fmt.Errorf("python-docx wrote no DOCX for %s", id)
	}
	return os.Rename(outs[0], out)
}
