package resume

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"
)

// maxDepth bounds the nesting of objects and arrays in an input file. A
// resume needs about six levels; the bound keeps a hostile file (10,000
// nested brackets) from costing stack or time.
const maxDepth = 256

// maxYAMLKeys bounds the number of mapping keys in a YAML file: the YAML
// parser checks duplicate keys in quadratic time (20,000 keys in one
// mapping take seconds). A resume has a few hundred.
const maxYAMLKeys = 5000

// maxAliasNodes bounds the number of values a YAML file may expand to
// through aliases ("billion laughs").
const maxAliasNodes = 100_000

type kind uint8

const (
	kindNull kind = iota
	kindBool
	kindNumber
	kindString
	kindArray
	kindObject
)

func (k kind) String() string {
	switch k {
	case kindBool:
		return "a boolean"
	case kindNumber:
		return "a number"
	case kindString:
		return "a string"
	case kindArray:
		return "a list"
	case kindObject:
		return "an object"
	}
	return "null"
}

// node is one value of a JSON or YAML document with the position it was
// read from. Both formats are read into nodes, so that decoding into the
// model, error positions and Extra work the same for both.
type node struct {
	kind  kind
	text  string // string value; number, boolean or null literal as written
	b     bool
	items []*node // array items
	keys  []string
	kpos  []Pos   // key positions
	vals  []*node // object values, parallel to keys
	pos   Pos
	plain bool           // an unquoted YAML scalar: readable as text where text is wanted
	idx   map[string]int // key index of a large object
}

// get returns the value of key in an object node, or nil.
func (n *node) get(key string) *node {
	if i := n.find(key); i >= 0 {
		return n.vals[i]
	}
	return nil
}

// find returns the index of key in an object node, or -1. Large objects
// get a map index, so that an object with many keys costs linear time.
func (n *node) find(key string) int {
	if n.idx != nil {
		if i, ok := n.idx[key]; ok {
			return i
		}
		return -1
	}
	for i, k := range n.keys {
		if k == key {
			return i
		}
	}
	return -1
}

// json appends the compact JSON encoding of n to b.
func (n *node) json(b []byte) []byte {
	switch n.kind {
	case kindNull:
		return append(b, "null"...)
	case kindBool:
		return strconv.AppendBool(b, n.b)
	case kindNumber:
		return append(b, n.text...)
	case kindString:
		q, _ := json.Marshal(n.text)
		return append(b, q...)
	case kindArray:
		b = append(b, '[')
		for i, it := range n.items {
			if i > 0 {
				b = append(b, ',')
			}
			b = it.json(b)
		}
		return append(b, ']')
	}
	b = append(b, '{')
	for i, k := range n.keys {
		if i > 0 {
			b = append(b, ',')
		}
		q, _ := json.Marshal(k)
		b = append(b, q...)
		b = append(b, ':')
		b = n.vals[i].json(b)
	}
	return append(b, '}')
}

// syntaxError is a malformed JSON or YAML input.
type syntaxError struct {
	pos      Pos
	msg      string
	hint     string
	tooLarge bool // a resource limit, not a mistake in the syntax
}

// loadError turns a syntax error of format ("JSON", "YAML") into a LoadError.
func (e *syntaxError) loadError(file, format string) *LoadError {
	sentinel := ErrSyntax
	if e.tooLarge {
		sentinel = ErrTooLarge
	}
	return &LoadError{File: file, Pos: e.pos, Err: fmt.Errorf("%w: %s: %s", sentinel, format, e.msg), Hint: e.hint}
}

// ---------------------------------------------------------------- JSON

type jsonParser struct {
	data      []byte
	file      string
	off       int
	depth     int
	line      int // current line, from 1
	lineStart int // offset of the current line
	colOff    int // offset at which col was last computed
	col       int // rune column at colOff, from 1
}

func parseJSON(data []byte, file string) (*node, *syntaxError) {
	p := &jsonParser{data: data, file: file, line: 1, col: 1}
	p.skipSpace()
	n, err := p.value()
	if err != nil {
		return nil, err
	}
	p.skipSpace()
	if p.off < len(p.data) {
		return nil, p.errorf("unexpected %s after the top-level value", p.describe())
	}
	return n, nil
}

// here returns the position of the current offset. Offsets asked for only
// grow, so the rune column is computed incrementally.
func (p *jsonParser) here() Pos {
	if p.colOff < p.lineStart {
		p.colOff, p.col = p.lineStart, 1
	}
	if p.off > p.colOff {
		p.col += utf8.RuneCount(p.data[p.colOff:p.off])
		p.colOff = p.off
	}
	return Pos{File: p.file, Line: p.line, Column: p.col}
}

func (p *jsonParser) errorf(format string, args ...any) *syntaxError {
	return &syntaxError{pos: p.here(), msg: fmt.Sprintf(format, args...)}
}

func (p *jsonParser) describe() string {
	if p.off >= len(p.data) {
		return "end of file"
	}
	r, _ := utf8.DecodeRune(p.data[p.off:])
	return fmt.Sprintf("character %q", r)
}

func (p *jsonParser) skipSpace() {
	for p.off < len(p.data) {
		switch p.data[p.off] {
		case ' ', '\t', '\r':
			p.off++
		case '\n':
			p.off++
			p.line++
			p.lineStart = p.off
		default:
			return
		}
	}
}

func (p *jsonParser) value() (*node, *syntaxError) {
	if p.off >= len(p.data) {
		return nil, p.errorf("unexpected end of file, want a value")
	}
	pos := p.here()
	switch c := p.data[p.off]; {
	case c == '{':
		return p.object(pos)
	case c == '[':
		return p.array(pos)
	case c == '"':
		s, err := p.str()
		if err != nil {
			return nil, err
		}
		return &node{kind: kindString, text: s, pos: pos}, nil
	case c == 't':
		return p.literal(pos, "true", &node{kind: kindBool, b: true, text: "true", pos: pos})
	case c == 'f':
		return p.literal(pos, "false", &node{kind: kindBool, text: "false", pos: pos})
	case c == 'n':
		return p.literal(pos, "null", &node{kind: kindNull, text: "null", pos: pos})
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number(pos)
	}
	return nil, p.errorf("unexpected %s, want a value (object, list, string, number, true, false or null)", p.describe())
}

func (p *jsonParser) literal(pos Pos, word string, n *node) (*node, *syntaxError) {
	if !bytes.HasPrefix(p.data[p.off:], []byte(word)) {
		return nil, p.errorf("unexpected %s, want a value (strings need double quotes)", p.describe())
	}
	p.off += len(word)
	return n, nil
}

func (p *jsonParser) number(pos Pos) (*node, *syntaxError) {
	start := p.off
	d := p.data
	i := p.off
	if i < len(d) && d[i] == '-' {
		i++
	}
	digits := func() int {
		s := i
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
		}
		return i - s
	}
	if i < len(d) && d[i] == '0' {
		i++
	} else if digits() == 0 {
		p.off = i
		return nil, p.errorf("malformed number")
	}
	if i < len(d) && d[i] == '.' {
		i++
		if digits() == 0 {
			p.off = i
			return nil, p.errorf("malformed number: want a digit after the decimal point")
		}
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if digits() == 0 {
			p.off = i
			return nil, p.errorf("malformed number: want a digit in the exponent")
		}
	}
	p.off = i
	return &node{kind: kindNumber, text: string(d[start:i]), pos: pos}, nil
}

// str reads a JSON string at p.off (which holds the opening quote).
func (p *jsonParser) str() (string, *syntaxError) {
	p.off++ // opening quote
	start := p.off
	d := p.data
	escaped := false
	for i := start; i < len(d); i++ {
		switch c := d[i]; {
		case c == '"':
			raw := d[start:i]
			p.off = i + 1
			if !escaped {
				if utf8.Valid(raw) {
					return string(raw), nil
				}
				return strings.ToValidUTF8(string(raw), "\uFFFD"), nil
			}
			return p.unescape(raw, start)
		case c == '\\':
			escaped = true
			i++
		case c < 0x20:
			p.off = i
			if c == '\n' {
				return "", p.errorf("line break inside a string; write it as \\n")
			}
			return "", p.errorf("control character %#x inside a string; escape it", c)
		}
	}
	p.off = len(d)
	return "", p.errorf("unterminated string: missing closing \"")
}

func (p *jsonParser) unescape(raw []byte, start int) (string, *syntaxError) {
	var b strings.Builder
	b.Grow(len(raw))
	bad := func(i int, msg string) (string, *syntaxError) {
		p.off = start + i
		return "", p.errorf("%s", msg)
	}
	for i := 0; i < len(raw); {
		c := raw[i]
		if c != '\\' {
			r, size := utf8.DecodeRune(raw[i:])
			b.WriteRune(r)
			i += size
			continue
		}
		if i+1 >= len(raw) {
			return bad(i, "unterminated escape")
		}
		switch e := raw[i+1]; e {
		case '"', '\\', '/':
			b.WriteByte(e)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, ok := hex4(raw[i+2:])
			if !ok {
				return bad(i, "malformed \\u escape: want four hex digits")
			}
			i += 6
			if utf16.IsSurrogate(r) {
				if r2, ok := hex4(raw[min(i+2, len(raw)):]); ok && i+1 < len(raw) && raw[i] == '\\' && raw[i+1] == 'u' {
					if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
						b.WriteRune(dec)
						i += 6
						continue
					}
				}
				r = utf8.RuneError
			}
			b.WriteRune(r)
			continue
		default:
			return bad(i, fmt.Sprintf("unknown escape \\%c", e))
		}
		i += 2
	}
	return b.String(), nil
}

func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	v, err := strconv.ParseUint(string(b[:4]), 16, 32)
	return rune(v), err == nil
}

func (p *jsonParser) enter() *syntaxError {
	p.depth++
	if p.depth > maxDepth {
		return p.errorf("nested more than %d levels deep", maxDepth)
	}
	return nil
}

func (p *jsonParser) object(pos Pos) (*node, *syntaxError) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	p.off++
	n := &node{kind: kindObject, pos: pos}
	p.skipSpace()
	if p.off < len(p.data) && p.data[p.off] == '}' {
		p.off++
		return n, nil
	}
	for {
		p.skipSpace()
		if p.off >= len(p.data) || p.data[p.off] != '"' {
			if p.off < len(p.data) && p.data[p.off] == '}' {
				return nil, p.errorf("trailing comma before '}'; remove it")
			}
			return nil, p.errorf("unexpected %s, want a key in double quotes", p.describe())
		}
		kp := p.here()
		k, err := p.str()
		if err != nil {
			return nil, err
		}
		p.skipSpace()
		if p.off >= len(p.data) || p.data[p.off] != ':' {
			return nil, p.errorf("unexpected %s after key %q, want ':'", p.describe(), k)
		}
		p.off++
		p.skipSpace()
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		n.set(k, kp, v)
		p.skipSpace()
		if p.off >= len(p.data) {
			return nil, p.errorf("unexpected end of file, want ',' or '}' (the object at %d:%d is not closed)", pos.Line, pos.Column)
		}
		switch p.data[p.off] {
		case ',':
			p.off++
		case '}':
			p.off++
			return n, nil
		default:
			return nil, p.errorf("unexpected %s, want ',' or '}'", p.describe())
		}
	}
}

// set adds key to an object node; a repeated key replaces the earlier
// value, as in encoding/json.
func (n *node) set(k string, kp Pos, v *node) {
	if i := n.find(k); i >= 0 {
		n.vals[i], n.kpos[i] = v, kp
		return
	}
	n.keys = append(n.keys, k)
	n.kpos = append(n.kpos, kp)
	n.vals = append(n.vals, v)
	switch {
	case n.idx != nil:
		n.idx[k] = len(n.keys) - 1
	case len(n.keys) > 16:
		n.idx = make(map[string]int, 2*len(n.keys))
		for i, key := range n.keys {
			n.idx[key] = i
		}
	}
}

func (p *jsonParser) array(pos Pos) (*node, *syntaxError) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	p.off++
	n := &node{kind: kindArray, pos: pos}
	p.skipSpace()
	if p.off < len(p.data) && p.data[p.off] == ']' {
		p.off++
		return n, nil
	}
	for {
		p.skipSpace()
		if p.off < len(p.data) && p.data[p.off] == ']' {
			return nil, p.errorf("trailing comma before ']'; remove it")
		}
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		n.items = append(n.items, v)
		p.skipSpace()
		if p.off >= len(p.data) {
			return nil, p.errorf("unexpected end of file, want ',' or ']' (the list at %d:%d is not closed)", pos.Line, pos.Column)
		}
		switch p.data[p.off] {
		case ',':
			p.off++
		case ']':
			p.off++
			return n, nil
		default:
			return nil, p.errorf("unexpected %s, want ',' or ']'", p.describe())
		}
	}
}

// ---------------------------------------------------------------- YAML

type yamlConverter struct {
	file    string
	anchors map[string]ast.Node
	inAlias int // > 0 while expanding an alias
	nodes   int // values created by alias expansion
}

// parseYAML reads a YAML document into nodes. goccy/go-yaml is guarded by
// a nesting pre-check and recover, so no input makes it crash the caller.
func parseYAML(data []byte, file string) (n *node, serr *syntaxError) {
	if serr := yamlPrecheck(data, file); serr != nil {
		return nil, serr
	}
	defer func() {
		if r := recover(); r != nil {
			n, serr = nil, &syntaxError{pos: Pos{File: file}, msg: fmt.Sprintf("YAML parser failed: %v", r)}
		}
	}()
	f, err := parser.ParseBytes(data, 0)
	if err != nil {
		return nil, yamlSyntax(err, file)
	}
	var docs []*ast.DocumentNode
	for _, d := range f.Docs {
		if d != nil && d.Body != nil {
			docs = append(docs, d)
		}
	}
	if len(docs) == 0 {
		return nil, &syntaxError{pos: Pos{File: file, Line: 1, Column: 1}, msg: "the file holds no YAML document"}
	}
	if len(docs) > 1 {
		return nil, &syntaxError{pos: nodePos(docs[1].Body, file), msg: "the file holds more than one YAML document; keep one resume per file"}
	}
	c := &yamlConverter{file: file, anchors: map[string]ast.Node{}}
	return c.convert(docs[0].Body, 0)
}

// yamlPrecheck refuses, before the third-party parser sees them, YAML
// inputs that would cost it too much: flow collections ([ and {) nested
// deeper than maxDepth (its recursion is quadratic there) and more than
// maxYAMLKeys mapping keys. Brackets and colons inside quoted scalars and
// comments do not count; as a backstop against a misread quote, raw
// bracket nesting beyond 16×maxDepth is refused too.
func yamlPrecheck(data []byte, file string) *syntaxError {
	depth, raw, keys, line, lineStart := 0, 0, 0, 1, 0
	var quote byte
	prev := byte('\n') // previous byte outside quotes, for token starts
	at := func(i int) Pos {
		return Pos{File: file, Line: line, Column: utf8.RuneCount(data[lineStart:i]) + 1}
	}
	deep := func(i int) *syntaxError {
		return &syntaxError{pos: at(i), msg: fmt.Sprintf("nested more than %d levels deep", maxDepth)}
	}
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch c {
		case '[', '{':
			raw++
			if raw > 16*maxDepth {
				return deep(i)
			}
		case ']', '}':
			raw = max(raw-1, 0)
		}
		if c == '\n' {
			line++
			lineStart = i + 1
		}
		if quote != 0 {
			switch {
			case quote == '"' && c == '\\':
				i++ // an escaped character
			case c == quote && quote == '\'' && i+1 < len(data) && data[i+1] == '\'':
				i++ // '' inside single quotes
			case c == quote:
				quote, prev = 0, c
			}
			continue
		}
		switch {
		case (c == '"' || c == '\'') && tokenStart(prev):
			quote = c
		case c == '#' && (prev == ' ' || prev == '\t' || prev == '\n'):
			for i+1 < len(data) && data[i+1] != '\n' {
				i++
			}
		case c == '[' || c == '{':
			depth++
			if depth > maxDepth {
				return deep(i)
			}
		case c == ':' && (i+1 == len(data) || data[i+1] == ' ' || data[i+1] == '\t' || data[i+1] == '\n' || data[i+1] == '\r'):
			keys++
			if keys > maxYAMLKeys {
				return &syntaxError{pos: at(i), msg: fmt.Sprintf("more than %d keys", maxYAMLKeys), tooLarge: true,
					hint: "a resume has a few hundred; check the file (JSON input has no such limit)"}
			}
		case c == ']' || c == '}':
			depth = max(depth-1, 0)
		}
		prev = c
	}
	return nil
}

// CheckYAML refuses, before any YAML parser sees it, input that would cost
// the parser too much: flow collections nested deeper than 256 levels and
// more than 5,000 mapping keys. Decode applies it to every YAML file;
// loaders of other YAML resume formats (RenderCV) call it too. The error
// is a *LoadError with the position, wrapping ErrSyntax or ErrTooLarge.
func CheckYAML(data []byte, file string) error {
	if serr := yamlPrecheck(data, file); serr != nil {
		return serr.loadError(file, "YAML")
	}
	return nil
}

// tokenStart reports whether a YAML token can start after byte b, so that
// a quote there opens a quoted scalar (the ' in "it's" does not).
func tokenStart(b byte) bool {
	switch b {
	case ' ', '\t', '\n', '\r', '[', '{', ',', ':', '-', '?', '!', '&':
		return true
	}
	return false
}

func yamlSyntax(err error, file string) *syntaxError {
	var ye yaml.Error
	if errors.As(err, &ye) {
		se := &syntaxError{pos: Pos{File: file}, msg: ye.GetMessage(), hint: yamlHint(ye.GetMessage())}
		if tk := ye.GetToken(); tk != nil && tk.Position != nil {
			se.pos.Line, se.pos.Column = tk.Position.Line, tk.Position.Column
		}
		return se
	}
	return &syntaxError{pos: Pos{File: file}, msg: err.Error()}
}

func nodePos(n ast.Node, file string) Pos {
	p := Pos{File: file}
	if n == nil {
		return p
	}
	// A mapping's own token is the ':' of its first pair; report the
	// first key instead, where the mapping visibly starts.
	switch m := n.(type) {
	case *ast.MappingNode:
		if len(m.Values) > 0 && m.Values[0] != nil && m.Values[0].Key != nil && !m.IsFlowStyle {
			return nodePos(m.Values[0].Key, file)
		}
	case *ast.MappingValueNode:
		if m.Key != nil {
			return nodePos(m.Key, file)
		}
	}
	if tk := n.GetToken(); tk != nil && tk.Position != nil {
		p.Line, p.Column = tk.Position.Line, tk.Position.Column
	}
	return p
}

func (c *yamlConverter) errorf(n ast.Node, format string, args ...any) *syntaxError {
	return &syntaxError{pos: nodePos(n, c.file), msg: fmt.Sprintf(format, args...)}
}

func (c *yamlConverter) convert(an ast.Node, depth int) (*node, *syntaxError) {
	if depth > maxDepth {
		return nil, c.errorf(an, "nested more than %d levels deep", maxDepth)
	}
	if c.inAlias > 0 {
		c.nodes++
		if c.nodes > maxAliasNodes {
			return nil, c.errorf(an, "the document's aliases expand to more than %d values", maxAliasNodes)
		}
	}
	pos := nodePos(an, c.file)
	switch v := an.(type) {
	case nil:
		return &node{kind: kindNull, pos: pos}, nil
	case *ast.NullNode:
		return &node{kind: kindNull, text: tokenText(v.Token), pos: pos, plain: true}, nil
	case *ast.BoolNode:
		return &node{kind: kindBool, b: v.Value, text: tokenText(v.Token), pos: pos, plain: true}, nil
	case *ast.IntegerNode:
		return &node{kind: kindNumber, text: yamlNumber(v.Value, tokenText(v.Token)), pos: pos, plain: true}, nil
	case *ast.FloatNode:
		n := &node{kind: kindNumber, pos: pos, plain: true}
		if math.IsInf(v.Value, 0) || math.IsNaN(v.Value) {
			n.kind, n.text = kindString, tokenText(v.Token)
			return n, nil
		}
		n.text = strconv.FormatFloat(v.Value, 'g', -1, 64)
		n.text = yamlNumber(n.text, tokenText(v.Token))
		return n, nil
	case *ast.InfinityNode:
		return &node{kind: kindString, text: tokenText(v.Token), pos: pos, plain: true}, nil
	case *ast.NanNode:
		return &node{kind: kindString, text: tokenText(v.Token), pos: pos, plain: true}, nil
	case *ast.StringNode:
		return &node{kind: kindString, text: v.Value, pos: pos}, nil
	case *ast.LiteralNode:
		if v.Value == nil {
			return &node{kind: kindString, pos: pos}, nil
		}
		return &node{kind: kindString, text: v.Value.Value, pos: pos}, nil
	case *ast.TagNode:
		return c.convert(v.Value, depth+1)
	case *ast.AnchorNode:
		if v.Name != nil {
			c.anchors[v.Name.String()] = v.Value
		}
		return c.convert(v.Value, depth+1)
	case *ast.AliasNode:
		name := ""
		if v.Value != nil {
			name = v.Value.String()
		}
		target, ok := c.anchors[name]
		if !ok {
			return nil, c.errorf(an, "unknown alias *%s; define the anchor &%s before using it", name, name)
		}
		c.inAlias++
		defer func() { c.inAlias-- }()
		return c.convert(target, depth+1)
	case *ast.MappingNode:
		n := &node{kind: kindObject, pos: pos}
		for _, mv := range v.Values {
			if err := c.mappingValue(n, mv, depth); err != nil {
				return nil, err
			}
		}
		return n, nil
	case *ast.MappingValueNode:
		n := &node{kind: kindObject, pos: pos}
		if err := c.mappingValue(n, v, depth); err != nil {
			return nil, err
		}
		return n, nil
	case *ast.SequenceNode:
		n := &node{kind: kindArray, pos: pos}
		for _, it := range v.Values {
			item, err := c.convert(it, depth+1)
			if err != nil {
				return nil, err
			}
			n.items = append(n.items, item)
		}
		return n, nil
	}
	return nil, c.errorf(an, "unsupported YAML %s", an.Type())
}

func (c *yamlConverter) mappingValue(n *node, mv *ast.MappingValueNode, depth int) *syntaxError {
	if mv == nil {
		return nil
	}
	if _, ok := mv.Key.(*ast.MergeKeyNode); ok {
		src, err := c.convert(mv.Value, depth+1)
		if err != nil {
			return err
		}
		merge := []*node{src}
		if src.kind == kindArray {
			merge = src.items
		}
		for _, m := range merge {
			if m.kind != kindObject {
				return c.errorf(mv.Value, "a merge key (<<) needs a mapping")
			}
			for i, k := range m.keys {
				if n.get(k) == nil {
					n.set(k, m.kpos[i], m.vals[i])
				}
			}
		}
		return nil
	}
	key, err := c.convert(mv.Key, depth+1)
	if err != nil {
		return err
	}
	if key.kind == kindArray || key.kind == kindObject {
		return c.errorf(mv.Key, "a key must be a plain value, not %s", key.kind)
	}
	val, err := c.convert(mv.Value, depth+1)
	if err != nil {
		return err
	}
	k := key.text
	if key.kind == kindNull && k == "" {
		k = "null"
	}
	if n.get(k) != nil {
		return c.errorf(mv.Key, "duplicate key %q", k)
	}
	n.set(k, key.pos, val)
	return nil
}

func tokenText(t *token.Token) string {
	if t == nil {
		return ""
	}
	return t.Value
}

// yamlNumber returns a JSON number for a YAML number: the source text when
// JSON accepts it as is (so 2021 stays 2021), else the decoded value.
func yamlNumber(v any, src string) string {
	if isJSONNumber(src) {
		return src
	}
	return fmt.Sprint(v)
}

func isJSONNumber(s string) bool {
	if s == "" {
		return false
	}
	p := &jsonParser{data: []byte(s), line: 1, col: 1}
	_, err := p.number(Pos{})
	return err == nil && p.off == len(s)
}

// yamlHint says how to fix the most common YAML mistakes in resumes.
func yamlHint(msg string) string {
	switch {
	case strings.Contains(msg, "'\t'"):
		return "indent with spaces; YAML does not allow tabs"
	case strings.Contains(msg, "mapping value is not allowed"), strings.Contains(msg, "value is not allowed in this context"):
		return "check this line's indentation against the lines above, or put a value that holds \": \" in quotes"
	case strings.Contains(msg, "could not find end character"):
		return "close the quote, or remove it"
	case strings.Contains(msg, "already defined"):
		return "each key may appear once per object; merge the two"
	}
	return ""
}
