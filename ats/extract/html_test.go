package extract

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func readHTMLString(t *testing.T, page string, o Options) *Document {
	t.Helper()
	doc, err := Bytes(context.Background(), []byte(page), "cv.html", o)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != string(FormatHTML) {
		t.Fatalf("read as %q", doc.Format)
	}
	return doc
}

// lines renders the lines as "h2|• text" for comparison: the heading
// level (when set) and the text.
func lines(doc *Document) string {
	var b strings.Builder
	for _, l := range doc.Lines {
		if l.Heading > 0 {
			b.WriteString("h" + string(rune('0'+l.Heading)) + "|")
		}
		if l.Source == TableCell {
			b.WriteString("td|")
		}
		b.WriteString(l.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

// TestHTMLBlocks: blocks become lines, headings carry their level, list
// items a bullet, <br> and <pre> break lines, inline elements join,
// entities are decoded and whitespace collapses.
func TestHTMLBlocks(t *testing.T) {
	doc := readHTMLString(t, `<!DOCTYPE html>
<html><head><title>Title is not shown</title><meta name="description" content="meta text"></head>
<body>
<header><h1>Ana <br>  <span>Núñez</span></h1><p>Data &amp; ML&nbsp;Engineer</p>
<address><a href="mailto:ana@example.com">ana@example.com</a> · +34 600</address></header>
<h2>Experience</h2>
<div><h3>Lead — Acme</h3><p>Jan 2020 – Present<br>Madrid<br/>Spain</p>
<ul><li>Built <b>things</b><li>Ran <em>teams</em>
  <ul><li>nested</li></ul>
  after nested
</ul>
<ol><li>first</li></ol>
<pre>line one
  line two</pre>
<h4>Level four</h4><h6>Level six</h6>
<p>Unclosed paragraph<p>Second <img alt="alt text"> word<div>Block</div>
</div>
</body></html>`, Options{})
	want := `h1|Ana Núñez
Data & ML` + "\u00a0" + `Engineer
ana@example.com · +34 600
h2|Experience
h3|Lead — Acme
Jan 2020 – Present
Madrid
Spain
• Built things
• Ran teams
• nested
after nested
• first
line one
line two
h4|Level four
h6|Level six
Unclosed paragraph
Second word
Block
`
	// Normalize (applied by Bytes) may fold the no-break space.
	if got := lines(doc); got != want && got != strings.ReplaceAll(want, "\u00a0", " ") {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	for _, l := range doc.Lines {
		if strings.HasPrefix(l.Text, "• ") != l.ListItem {
			t.Errorf("%q: ListItem %v", l.Text, l.ListItem)
		}
	}
	if len(doc.Warnings) != 0 {
		t.Errorf("warnings: %v", doc.Warnings)
	}
}

// TestHTMLHidden: nothing a browser does not show is read, and hiding text
// on purpose is reported.
func TestHTMLHidden(t *testing.T) {
	doc := readHTMLString(t, `<!doctype html><html><head>
<style>
/* .shown { display: none } in a comment */
.gone, p.alsogone { display: none }
@media print { .noprint { display: none } }
.keep { color: #333 }
</style>
<script>document.write("script text")</script>
</head><body>
<h1 title="title attr">Visible Name</h1>
<!-- comment text -->
<p hidden>hidden attr</p>
<p aria-hidden="true">aria hidden</p>
<p aria-hidden="false">aria shown</p>
<p style="color:red; display : none !important">style none</p>
<p style="visibility:hidden">style invisible</p>
<p class="x gone">class gone</p>
<p class="alsogone">tag class gone</p>
<p class="noprint keep shown">print only hidden</p>
<template><p>template text</p></template>
<noscript>noscript text</noscript>
<svg><title>svg title</title><text>svg text</text><path d="M0"/></svg>
<select><option>option text</option></select>
<textarea>textarea text</textarea>
<p>Last <span hidden>secret</span>line<input value="input value"></p>
<div hidden><p>unclosed hidden<li>item</div>
<details><summary>Shown summary</summary>folded text<p>folded paragraph</p></details>
<details open><summary>Open</summary><p>open text</p></details>
<p>After</p>
</body></html>`, Options{})
	want := "h1|Visible Name\naria shown\nprint only hidden\nLast line\nShown summary\nOpen\nopen text\nAfter\n"
	if got := lines(doc); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if !doc.HasWarning(HiddenContent) {
		t.Error("no hidden-content warning")
	}
	// Scripts, styles and comments alone are no reason to warn.
	plain := readHTMLString(t, `<!DOCTYPE html><head><style>p{}</style><script>x</script></head><body><!-- c --><p>x</p>`, Options{})
	if len(plain.Warnings) != 0 {
		t.Errorf("warnings on a plain page: %v", plain.Warnings)
	}
}

// TestHTMLTable: table cells are lines of their own, marked as table
// cells, with a warning.
func TestHTMLTable(t *testing.T) {
	doc := readHTMLString(t, `<!DOCTYPE html><table><tr><th>Company<td>2019 – 2021<tr><td>Acme</td><td>Lead</td></table><p>after`, Options{})
	want := "td|Company\ntd|2019 – 2021\ntd|Acme\ntd|Lead\nafter\n"
	if got := lines(doc); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if !doc.HasWarning(Table) {
		t.Error("no table warning")
	}
}

// TestHTMLDepth: nesting deeper than MaxXMLDepth stops the read with a
// Truncated warning; a negative limit reads on.
func TestHTMLDepth(t *testing.T) {
	page := "<!DOCTYPE html><p>before</p>" + strings.Repeat("<div>", 300) + "deep" + strings.Repeat("</div>", 300) + "<p>after</p>"
	doc := readHTMLString(t, page, Options{})
	if !doc.HasWarning(Truncated) || strings.Contains(doc.Text(), "deep") || !strings.Contains(doc.Text(), "before") {
		t.Errorf("default limit: %q %v", doc.Text(), doc.Warnings)
	}
	doc = readHTMLString(t, page, Options{MaxXMLDepth: -1})
	if doc.HasWarning(Truncated) || doc.Text() != "before\ndeep\nafter" {
		t.Errorf("no limit: %q %v", doc.Text(), doc.Warnings)
	}
	// Inline elements never closed count too, but void and self-closing
	// ones do not.
	doc = readHTMLString(t, "<!DOCTYPE html><p>"+strings.Repeat("<br><img/><path/>", 1000)+"end", Options{})
	if doc.HasWarning(Truncated) || doc.Text() != "end" {
		t.Errorf("void elements: %q %v", doc.Text(), doc.Warnings)
	}
}

// TestHTMLDetect: HTML is told by its bytes; a .html name reads a page
// without a doctype as HTML; a binary extension on a page is an error.
func TestHTMLDetect(t *testing.T) {
	for _, s := range []string{"<!DOCTYPE html><p>x", "\ufeff  <!doctype HTML>\n<p>x", "<html lang=en><p>x", "<HTML><p>x"} {
		if f := Detect([]byte(s)); f != FormatHTML {
			t.Errorf("Detect(%q) = %q", s, f)
		}
		doc, err := Bytes(context.Background(), []byte(s), "cv", Options{})
		if err != nil || doc.Format != "html" || doc.Text() != "x" {
			t.Errorf("%q without extension: %v %v", s, doc, err)
		}
	}
	doc := readHTMLString(t, "<div><h2>Skills</h2><ul><li>Go</ul></div>", Options{})
	if lines(doc) != "h2|Skills\n• Go\n" {
		t.Errorf("fragment named .html: %q", lines(doc))
	}
	_, err := Bytes(context.Background(), []byte("<!DOCTYPE html><p>x"), "cv.pdf", Options{})
	if !errors.Is(err, ErrUnsupported) || !strings.Contains(err.Error(), "HTML") {
		t.Errorf("a page named .pdf: %v", err)
	}
}

// TestHTMLTimeout: a cancelled context stops the read.
func TestHTMLTimeout(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	page := []byte("<!DOCTYPE html>" + strings.Repeat("<p>x</p>", 10000))
	if _, err := Bytes(ctx, page, "cv.html", Options{Timeout: time.Minute}); !errors.Is(err, ErrTimeout) {
		t.Errorf("got %v, want ErrTimeout", err)
	}
}

// FuzzHTML reads arbitrary bytes as HTML with the invariants every reader
// keeps (see fuzzOne).
func FuzzHTML(f *testing.F) {
	f.Add([]byte("<!DOCTYPE html><h1>Ana</h1><ul><li>a<li>b</ul><p hidden>x</p>"))
	f.Add([]byte("<html><style>.a{display:none}</style><p class=a>x<p class='b a'>y<table><td>z"))
	f.Add([]byte("<!doctype html><div><div><span><b><i>" + strings.Repeat("<div>", 300)))
	f.Add([]byte("<pre>\n a\n\n b</pre><br/><svg/><template><p>t</template></br></p>"))
	f.Add([]byte("<html>\x00\xff\xfe<!-- <p>x</p> --><script>if(a<b){}</script><textarea><p></textarea>&amp;&lt;&#x1F600;&bogus;"))
	f.Add([]byte("<!DOCTYPE html><p style='display:none'><p>after</p><ul><li hidden>x<li>y</ul>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzOne(t, FormatHTML, data)
	})
}

// TestHTMLLineLimit: a page of more lines than any resume holds is
// refused with ErrTooLarge naming the limit, as every reader does, not cut
// and presented as whole.
func TestHTMLLineLimit(t *testing.T) {
	_, err := Bytes(context.Background(), []byte("<!DOCTYPE html>"+strings.Repeat("<p>x", DefaultMaxLines+10)), "cv.html", Options{})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "Options.MaxLines") {
		t.Errorf("err = %v", err)
	}
	doc := readHTMLString(t, "<!DOCTYPE html>"+strings.Repeat("<p>x", DefaultMaxLines-10), Options{})
	if len(doc.Lines) != DefaultMaxLines-10 {
		t.Errorf("%d lines", len(doc.Lines))
	}
}

// BenchmarkHTMLHostile reads pages built to make a reader scan its open
// elements over and over: a run of list items under 250 open inline
// elements inside a paragraph and a block, hidden text under 250 open
// elements, and one-letter style sheets. The cost per byte stays that of
// a plain page.
func BenchmarkHTMLHostile(b *testing.B) {
	pages := [][]byte{
		[]byte("<!DOCTYPE html><p><div>" + strings.Repeat("<b>", 250) + strings.Repeat("<li>", 1<<18)),
		[]byte("<!DOCTYPE html><div hidden>" + strings.Repeat("<i>", 250) + strings.Repeat("x<u>", 1<<18)),
		[]byte("<!DOCTYPE html>" + strings.Repeat("<style>a</style>", 1<<16)),
		[]byte("<!DOCTYPE html>" + strings.Repeat("<h1>a<br>b</h1>", 1<<16)),
	}
	n := 0
	for _, p := range pages {
		n += len(p)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			// (a page of more lines than the limit is refused, as it
			// should be: the time to refuse it is what is measured)
			if _, err := Bytes(context.Background(), p, "h.html", Options{}); err != nil && !errors.Is(err, ErrTooLarge) {
				b.Fatal(err)
			}
		}
	}
}

// TestHTMLOutline: a heading grouped with the page's <h1> is its subtitle,
// a bold line; the shallowest heading level below the title reads as the
// section level 2, whichever tag a theme used for it.
func TestHTMLOutline(t *testing.T) {
	doc := readHTMLString(t, `<!DOCTYPE html><header><h1>Ana Núñez</h1><h2>Platform Engineer</h2></header>
<section><h3>Work</h3><article><h4>Lead</h4><h5>Acme</h5></article></section>
<section><h3>Education</h3></section>`, Options{})
	if got, want := lines(doc), "h1|Ana Núñez\nPlatform Engineer\nh2|Work\nh3|Lead\nh4|Acme\nh2|Education\n"; got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if !doc.Lines[1].Bold || doc.Lines[2].Style != "h3" {
		t.Errorf("subtitle bold %v, section style %q", doc.Lines[1].Bold, doc.Lines[2].Style)
	}
	// Outside the title's group, an h2 is a section.
	doc = readHTMLString(t, `<!DOCTYPE html><header><h1>Ana</h1></header><h2>Work</h2><h3>Lead</h3>`, Options{})
	if got, want := lines(doc), "h1|Ana\nh2|Work\nh3|Lead\n"; got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
