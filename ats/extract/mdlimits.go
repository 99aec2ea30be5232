package extract

import (
	"fmt"
	"strings"
)

// Limits of the Markdown pre-scan. goldmark's time grows with the square
// of the open delimiters in one paragraph (emphasis runs mixing * and _,
// unclosed [ and "[x](" link openers), of the container nesting on a line
// (blockquotes and lists: "> > > …", or list items indented one step
// deeper per line) and, in memory, with table rows times header columns
// (every row is padded to the header's width). A file within these limits
// parses in milliseconds; one beyond them is read as plain text.
const (
	mdMaxBytes     = 1 << 20 // larger Markdown files are read as plain text
	mdMaxLine      = 16384   // bytes in one line
	mdMaxNesting   = 32      // blockquote and list markers, and indent/2, before a line's text
	mdDelimBudget  = 4000000 // sum over paragraphs of (delimiters in the paragraph)²
	mdMaxCells     = 20000   // table cells, counting every row at the header's width
	mdMaxRefs      = 1000    // link reference definitions
	mdMaxTableCols = 256     // columns of one table
	mdMaxLines     = 20000   // non-blank lines (every one is a node at least)
)

// mdPrescan checks Markdown source against the limits above in one linear
// pass and returns which one it passes, or "" when goldmark may parse it.
func mdPrescan(s string) string {
	if len(s) > mdMaxBytes {
		return fmt.Sprintf("the file is larger than %d bytes", mdMaxBytes)
	}
	var (
		delims, sq int // delimiters in this paragraph; Σ delims²
		cells      int
		tableCols  int // columns of the table being read, 0 outside one
		refs       int
		lineNo     int
		nonBlank   int
	)
	endPara := func() {
		sq += delims * delims
		delims = 0
	}
	for len(s) > 0 {
		lineNo++
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if len(line) > mdMaxLine {
			return fmt.Sprintf("line %d is longer than %d bytes", lineNo, mdMaxLine)
		}
		rest, nest := mdContainerPrefix(line)
		if nest > mdMaxNesting {
			return fmt.Sprintf("line %d is nested more than %d levels deep (quotes, lists or indentation)", lineNo, mdMaxNesting)
		}
		if strings.TrimSpace(rest) == "" {
			endPara()
			tableCols = 0
			continue
		}
		if nonBlank++; nonBlank > mdMaxLines {
			return fmt.Sprintf("more than %d non-blank lines", mdMaxLines)
		}
		if strings.HasPrefix(rest, "[") && strings.Contains(rest, "]:") {
			if refs++; refs > mdMaxRefs {
				return fmt.Sprintf("more than %d link reference definitions", mdMaxRefs)
			}
		}
		pipes := 0
		for i := 0; i < len(rest); i++ {
			switch rest[i] {
			case '*', '_', '[', ']', '(', ')', '`', '~', '<', '!':
				delims++
			case '|':
				pipes++
			}
		}
		if sq+delims*delims > mdDelimBudget {
			return fmt.Sprintf("emphasis, link or code delimiters pile up (near line %d): more than the %d budget of open delimiters squared", lineNo, mdDelimBudget)
		}
		switch {
		case tableCols > 0:
			cells += tableCols
		case pipes > 0 && isTableDelimRow(rest):
			tableCols = pipes + 1
			if tableCols > mdMaxTableCols {
				return fmt.Sprintf("the table at line %d has more than %d columns", lineNo, mdMaxTableCols)
			}
			cells += 2 * tableCols // the header row and this one
		}
		if cells > mdMaxCells {
			return fmt.Sprintf("the tables hold more than %d cells (near line %d)", mdMaxCells, lineNo)
		}
	}
	return ""
}

// mdContainerPrefix skips the blockquote markers, list markers and
// indentation that open a line and returns the rest with a nesting
// estimate: one per marker, one per two columns of indentation.
func mdContainerPrefix(line string) (string, int) {
	nest, indent := 0, 0
	i := 0
	for i < len(line) {
		c := line[i]
		switch {
		case c == ' ':
			indent++
			i++
		case c == '\t':
			indent += 4
			i++
		case c == '>':
			nest++
			i++
		case (c == '-' || c == '*' || c == '+') && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t'):
			nest++
			i += 2
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j+1 < len(line) && (line[j] == '.' || line[j] == ')') && (line[j+1] == ' ' || line[j+1] == '\t') {
				nest++
				i = j + 2
				continue
			}
			return line[i:], nest + indent/2
		default:
			return line[i:], nest + indent/2
		}
	}
	return "", nest + indent/2
}

// isTableDelimRow reports whether s looks like a GFM table delimiter row
// ("|---|:--:|"): only pipes, dashes, colons and spaces, with a dash.
func isTableDelimRow(s string) bool {
	dash := false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '-':
			dash = true
		case '|', ':', ' ', '\t', '\r':
		default:
			return false
		}
	}
	return dash
}
