package extract

import (
	"bytes"
	"fmt"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// mdParser is the GitHub-flavoured Markdown parser, built on first use.
var mdParser = sync.OnceValue(func() parser.Parser {
	return goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser()
})

// readMarkdown renders the goldmark AST as the lines a reader sees:
// headings with their level (H1 → 1, H2 → 2, deeper → 3), paragraphs
// (hard breaks split lines, soft breaks join), list items with "• ", table
// cells row by row, code blocks line by line. HTML (including comments)
// and YAML front matter are not visible and are skipped.
//
// Markdown parsing is superlinear in a few constructs (see mdPrescan);
// a file that passes one of its limits is read as plain text instead,
// with a Fallback warning that names the limit.
func readMarkdown(data []byte, o Options) (*Document, error) {
	if len(data) > mdMaxBytes+3 { // +3: a BOM
		doc, err := readPlain(data, FormatMarkdown, o)
		if err != nil {
			return nil, err
		}
		doc.warn(Fallback, 0, "the Markdown was read as plain text: the file is larger than %d bytes", mdMaxBytes)
		return doc, nil
	}
	s, ok := decodeTextBytes(data, false)
	if !ok {
		return nil, fmt.Errorf("%w: the file is binary, not Markdown", ErrUnsupported)
	}
	body := stripFrontMatter(s)
	if why := mdPrescan(body); why != "" {
		doc, err := textLines([]byte(body), false, FormatMarkdown, o)
		if err != nil {
			return nil, err
		}
		doc.warn(Fallback, 0, "the Markdown was read as plain text: %s", why)
		return doc, nil
	}
	src := []byte(body)
	root := mdParser().Parse(text.NewReader(src))
	doc := &Document{Format: string(FormatMarkdown)}
	w := &mdWalker{src: src, doc: doc, budget: newTextBudget(o)}
	w.block(root, 0)
	if w.err != nil {
		return nil, w.err
	}
	return doc, nil
}

func stripFrontMatter(s string) string {
	if !strings.HasPrefix(s, "---\n") && !strings.HasPrefix(s, "---\r\n") {
		return s
	}
	rest := s[3:]
	for _, end := range []string{"\n---\n", "\n---\r\n", "\n...\n"} {
		if i := strings.Index(rest, end); i >= 0 {
			return rest[i+len(end):]
		}
	}
	return s
}

type mdWalker struct {
	src    []byte
	doc    *Document
	budget *textBudget
	err    error // the text budget ran out
}

const maxMarkdownDepth = 200

func (w *mdWalker) add(l Line) {
	if w.err != nil {
		return
	}
	for _, part := range strings.Split(l.Text, "\n") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		if w.err = w.budget.add(part); w.err != nil {
			return
		}
		c := l
		c.Text = part
		w.doc.Lines = append(w.doc.Lines, c)
		l.ListItem = false // continuation lines of an item are not new items
	}
}

func (w *mdWalker) block(n ast.Node, depth int) {
	if depth > maxMarkdownDepth {
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		w.node(c, depth)
	}
}

func (w *mdWalker) node(c ast.Node, depth int) {
	switch c := c.(type) {
	case *ast.Heading:
		w.add(Line{Text: w.inline(c, 0), Heading: min(c.Level, 6), Bold: true, Style: fmt.Sprintf("h%d", c.Level)})
	case *ast.Paragraph, *ast.TextBlock:
		w.add(Line{Text: w.inline(c, 0)})
	case *ast.ListItem:
		first := true
		for cc := c.FirstChild(); cc != nil; cc = cc.NextSibling() {
			switch cc.(type) {
			case *ast.Paragraph, *ast.TextBlock:
				t := strings.TrimSpace(w.inline(cc, 0))
				if first {
					w.add(Line{Text: "• " + t, ListItem: true})
					first = false
				} else {
					w.add(Line{Text: t})
				}
			default:
				w.node(cc, depth+1)
			}
		}
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		lines := c.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			w.add(Line{Text: strings.TrimRight(string(seg.Value(w.src)), "\r\n")})
		}
	case *ast.HTMLBlock, *ast.ThematicBreak:
		// not visible text (comments, raw HTML) or no text
	case *east.Table:
		for row := c.FirstChild(); row != nil; row = row.NextSibling() {
			for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
				w.add(Line{Text: w.inline(cell, 0), Source: TableCell})
			}
		}
	default:
		w.block(c, depth+1)
	}
}

// inline returns the visible text of an inline container.
func (w *mdWalker) inline(n ast.Node, depth int) string {
	var b bytes.Buffer
	w.inlineTo(&b, n, depth)
	return b.String()
}

func (w *mdWalker) inlineTo(b *bytes.Buffer, n ast.Node, depth int) {
	if depth > maxMarkdownDepth {
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			// the page shows "\[" as "[" and "&amp;" as "&"
			b.Write(util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(c.Segment.Value(w.src)))))
			switch {
			case c.HardLineBreak():
				b.WriteByte('\n')
			case c.SoftLineBreak():
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.AutoLink:
			b.Write(c.Label(w.src))
		case *ast.RawHTML:
			// invisible
		case *ast.Image:
			// the alt text is not shown on the page
		default:
			w.inlineTo(b, c, depth+1)
		}
	}
}
