package extract

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/export/markdown"
)

// Each superlinear construct is spread over many short lines here, so
// that the line-length limit is not what catches it.
func TestMarkdownPrescanLimits(t *testing.T) {
	var quotes, indents, delims, table, refs strings.Builder
	for i := 1; i <= 40; i++ {
		quotes.WriteString(strings.Repeat(">", i) + " x\n")
		indents.WriteString(strings.Repeat("  ", i) + "- item\n")
	}
	for i := 0; i < 200; i++ {
		delims.WriteString(strings.Repeat("*a_ ", 50) + "\n")
	}
	table.WriteString(strings.Repeat("|a", 50) + "|\n" + strings.Repeat("|-", 50) + "|\n")
	for i := 0; i < 500; i++ {
		table.WriteString("|x|\n")
	}
	for i := 0; i <= mdMaxRefs; i++ {
		fmt.Fprintf(&refs, "[a%d]: /u\n", i)
	}
	for _, c := range []struct{ name, src, want string }{
		{"quote nesting", quotes.String(), "nested more than"},
		{"list indentation", indents.String(), "nested more than"},
		{"delimiters in one paragraph", delims.String(), "delimiters pile up"},
		{"table cells", table.String(), "cells"},
		{"reference definitions", refs.String(), "reference definitions"},
		{"one long line", strings.Repeat("word ", 5000), "longer than"},
		{"many lines", strings.Repeat("x\n", mdMaxLines+1), "non-blank lines"},
	} {
		t.Run(c.name, func(t *testing.T) {
			why := mdPrescan(c.src)
			if !strings.Contains(why, c.want) {
				t.Fatalf("mdPrescan = %q, want it to name %q", why, c.want)
			}
			doc, err := readMarkdown([]byte(c.src), Options{}.withDefaults())
			if err != nil {
				return // the text budget may refuse it outright
			}
			if !doc.HasWarning(Fallback) {
				t.Errorf("read without the Fallback warning naming the limit")
			}
		})
	}
}

// The limits leave real Markdown resumes to goldmark.
func TestMarkdownPrescanPassesResumes(t *testing.T) {
	r, err := examples.Resume()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := markdown.Write(&buf, r, markdown.Options{}); err != nil {
		t.Fatal(err)
	}
	if why := mdPrescan(buf.String()); why != "" {
		t.Errorf("the example's Markdown export trips the pre-scan: %s", why)
	}
	// Ordinary nesting, emphasis, links and a table stay within them too.
	src := "# A\n\n> quote\n> > nested\n\n- a\n  - b\n    - c\n\n**bold** and *it* and [link](https://x.org) `code`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
	if why := mdPrescan(src); why != "" {
		t.Errorf("ordinary Markdown trips the pre-scan: %s", why)
	}
}

func TestLibSafe(t *testing.T) {
	for _, c := range []struct {
		src  string
		safe bool
	}{
		{"BT <4142> Tj ET", true},
		{"BT /F1 12 Tf <4142", false},
		{"<41 42\n 43  ", false},
		{"<4", false},
		{"<41zz", true},                // the library stops with an error there
		{"(text <41", true},            // inside a literal string
		{"(a \\) <41", true},           // an escaped parenthesis
		{"% comment <41\nBT ET", true}, // inside a comment
		{"<< /A 1 >> BT ET", true},
		{"1 beginbfchar <01> <0041", false},
	} {
		if got := libSafe([]byte(c.src)); got != c.safe {
			t.Errorf("libSafe(%q) = %v, want %v", c.src, got, c.safe)
		}
	}
}
