package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/resumekit/resumekit/resume"
)

const maxJSONDepth = 256

// maxJSONTokens bounds the keys and values read from one JSON file, so
// that a file of a million empty arrays is refused before the resume
// decoder builds a tree of it.
const maxJSONTokens = 100000

// readJSON decodes a JSON Resume file into Document.Resume (leniently, so
// human dates are accepted) and renders every string value as a line, in
// file order, the way a person reading the file sees it. A file that is
// valid JSON but not a resume still yields its lines, with Resume nil.
func readJSON(data []byte, o Options) (*Document, error) {
	doc := &Document{Format: string(FormatJSON)}
	if n, at := longestJSONString(data); o.MaxText > 0 && n > o.MaxText {
		// Refused before the decoder buffers and copies it (twice its size
		// and more).
		line, col := lineCol(data, int64(at))
		return nil, fmt.Errorf("%w: the string at line %d, column %d holds more than %d bytes of text (limit Options.MaxText)", ErrTooLarge, line, col, o.MaxText)
	}
	budget := newTextBudget(o)
	tokens := 0
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	dec.UseNumber()
	depth := 0
	var stack []bool // true for objects
	expectKey := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			if depth > 0 {
				line, col := lineCol(data, int64(len(data)))
				return nil, fmt.Errorf("%w: JSON ends early at line %d, column %d (%d bracket(s) left open)", ErrMalformed, line, col, depth)
			}
			break
		}
		if err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) {
				line, col := lineCol(data, se.Offset)
				return nil, fmt.Errorf("%w: JSON syntax error at line %d, column %d: %v", ErrMalformed, line, col, err)
			}
			return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
		}
		if tokens++; tokens > maxJSONTokens {
			return nil, fmt.Errorf("%w: the JSON holds more than %d values (a resume has a few thousand)", ErrTooLarge, maxJSONTokens)
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{', '[':
				depth++
				if depth > maxJSONDepth {
					return nil, fmt.Errorf("%w: JSON nested deeper than %d levels", ErrTooLarge, maxJSONDepth)
				}
				stack = append(stack, t == '{')
				expectKey = t == '{'
				continue
			case '}', ']':
				depth--
				stack = stack[:len(stack)-1]
			}
		case string:
			if expectKey {
				expectKey = false
				continue
			}
			if s := strings.TrimSpace(t); s != "" && !strings.HasPrefix(s, "http") || looksVisibleURL(t) {
				for _, part := range splitLines(t) {
					l := Line{Text: resume.Plain(part)}
					if err := budget.add(l.Text); err != nil {
						return nil, err
					}
					doc.Lines = append(doc.Lines, l)
				}
			}
		case json.Number:
			if expectKey {
				expectKey = false
				continue
			}
			if err := budget.add(t.String()); err != nil {
				return nil, err
			}
			doc.Lines = append(doc.Lines, Line{Text: t.String()})
		}
		if len(stack) > 0 && stack[len(stack)-1] {
			expectKey = true
		}
	}
	r, err := resume.Decode(data, "", resume.LoadOptions{Lenient: true})
	if err == nil {
		doc.Resume = r
	}
	return doc, nil
}

// looksVisibleURL keeps profile and website URLs, which a reader sees.
func looksVisibleURL(s string) bool {
	return strings.HasPrefix(s, "http") && !strings.Contains(s, "schema")
}

func lineCol(data []byte, off int64) (int, int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	line, col := 1, 1
	for _, c := range data[:off] {
		if c == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	return line, col
}

// longestJSONString returns the length of the longest string literal in
// data, escapes included, and its offset; one linear pass, no copies.
func longestJSONString(data []byte) (n, at int) {
	in, start := false, 0
	for i := 0; i < len(data); i++ {
		switch c := data[i]; {
		case !in && c == '"':
			in, start = true, i
		case in && c == '\\':
			i++
		case in && c == '"':
			in = false
			if i-start > n {
				n, at = i-start, start
			}
		}
	}
	if in && len(data)-start > n {
		n, at = len(data)-start, start
	}
	return n, at
}
