package rendercv

import (
	"errors"
	"fmt"
	"strings"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"

	"github.com/resumekit/resumekit/resume"
)

// maxDepth bounds the nesting of the YAML tree we walk.
const maxDepth = 64

type kind uint8

const (
	null kind = iota
	scalar
	mapping
	sequence
)

// node is a YAML value with its position: an ordered mapping (section order
// matters in RenderCV), a sequence or a scalar kept as written.
type node struct {
	kind  kind
	pos   resume.Pos
	s     string
	keys  []string
	kpos  []resume.Pos
	vals  []*node
	items []*node
}

func (n *node) get(key string) *node {
	if n == nil || n.kind != mapping {
		return nil
	}
	for i, k := range n.keys {
		if k == key {
			return n.vals[i]
		}
	}
	return nil
}

func (n *node) str() string {
	if n == nil || n.kind != scalar {
		return ""
	}
	return n.s
}

// parseTree parses data into a node tree. Errors carry the file and line:column.
//
// The YAML parser is guarded like resume.Decode's: resume.CheckYAML refuses
// nesting and key counts that would make it slow, and a panic inside it is
// recovered into an error.
func parseTree(data []byte, file string) (n *node, err error) {
	if err := resume.CheckYAML(data, file); err != nil {
		pos, msg := resume.Pos{File: file}, err.Error()
		var le *resume.LoadError
		if errors.As(err, &le) {
			pos, msg = le.Pos, strings.TrimPrefix(le.Err.Error(), resume.ErrSyntax.Error()+": ")
		}
		return nil, &Error{File: file, Pos: pos, Msg: msg, Err: ErrSyntax}
	}
	defer func() {
		if r := recover(); r != nil {
			n, err = nil, &Error{File: file, Msg: fmt.Sprintf("the YAML parser failed: %v", r), Err: ErrSyntax}
		}
	}()
	f, err := parser.ParseBytes(data, 0)
	if err != nil {
		return nil, &Error{File: file, Msg: "invalid YAML: " + err.Error(), Err: ErrSyntax}
	}
	if len(f.Docs) == 0 || f.Docs[0].Body == nil {
		return nil, &Error{File: file, Msg: "the file is empty", Err: ErrSyntax}
	}
	if len(f.Docs) > 1 {
		return nil, &Error{File: file, Pos: posOf(file, f.Docs[1]), Msg: "more than one YAML document; a RenderCV file has one", Err: ErrSyntax}
	}
	return convert(f.Docs[0].Body, file, 0)
}

func posOf(file string, n ast.Node) resume.Pos {
	p := resume.Pos{File: file}
	if n == nil {
		return p
	}
	if t := n.GetToken(); t != nil && t.Position != nil {
		p.Line, p.Column = t.Position.Line, t.Position.Column
	}
	return p
}

func convert(n ast.Node, file string, depth int) (*node, error) {
	if depth > maxDepth {
		return nil, &Error{File: file, Pos: posOf(file, n), Msg: fmt.Sprintf("nested deeper than %d levels", maxDepth), Err: ErrSyntax}
	}
	switch v := n.(type) {
	case nil:
		return &node{kind: null}, nil
	case *ast.NullNode:
		return &node{kind: null, pos: posOf(file, n)}, nil
	case *ast.DocumentNode:
		return convert(v.Body, file, depth+1)
	case *ast.TagNode:
		return convert(v.Value, file, depth+1)
	case *ast.AnchorNode:
		return convert(v.Value, file, depth+1)
	case *ast.AliasNode:
		return nil, &Error{File: file, Pos: posOf(file, n), Msg: "YAML aliases (*name) are not supported; write the value out", Err: ErrSyntax}
	case *ast.CommentGroupNode:
		return &node{kind: null, pos: posOf(file, n)}, nil
	case *ast.MappingNode:
		out := &node{kind: mapping, pos: posOf(file, n)}
		for _, mv := range v.Values {
			if err := addPair(out, mv, file, depth); err != nil {
				return nil, err
			}
		}
		if len(out.kpos) > 0 {
			out.pos = out.kpos[0] // a mapping starts at its first key, not its first ':'
		}
		return out, nil
	case *ast.MappingValueNode:
		out := &node{kind: mapping}
		if err := addPair(out, v, file, depth); err != nil {
			return nil, err
		}
		out.pos = out.kpos[0]
		return out, nil
	case *ast.SequenceNode:
		out := &node{kind: sequence, pos: posOf(file, n)}
		for _, it := range v.Values {
			c, err := convert(it, file, depth+1)
			if err != nil {
				return nil, err
			}
			out.items = append(out.items, c)
		}
		return out, nil
	case *ast.LiteralNode:
		return &node{kind: scalar, pos: posOf(file, n), s: v.Value.Value}, nil
	case *ast.StringNode:
		return &node{kind: scalar, pos: posOf(file, n), s: v.Value}, nil
	case ast.ScalarNode:
		return &node{kind: scalar, pos: posOf(file, n), s: n.GetToken().Value}, nil
	}
	return nil, &Error{File: file, Pos: posOf(file, n), Msg: fmt.Sprintf("unsupported YAML construct (%s)", n.Type()), Err: ErrSyntax}
}

func addPair(m *node, mv *ast.MappingValueNode, file string, depth int) error {
	var key string
	switch k := mv.Key.(type) {
	case *ast.StringNode:
		key = k.Value
	default:
		if t := mv.Key.GetToken(); t != nil {
			key = t.Value
		}
	}
	val, err := convert(mv.Value, file, depth+1)
	if err != nil {
		return err
	}
	for _, k := range m.keys {
		if k == key {
			return &Error{File: file, Pos: posOf(file, mv.Key), Msg: fmt.Sprintf("duplicate key %q", key), Err: ErrSyntax}
		}
	}
	m.keys = append(m.keys, key)
	m.kpos = append(m.kpos, posOf(file, mv.Key))
	m.vals = append(m.vals, val)
	return nil
}
