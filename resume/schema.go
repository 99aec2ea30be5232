package resume

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// SchemaJSON is the JSON Resume schema (draft-07) that ValidateSchema
// checks against, embedded so that validation needs no network. It is the
// JSON Resume project's schema, MIT licensed (see schema.LICENSE.md).
//
//go:embed schema.json
var SchemaJSON []byte

// FormatSchemaJSON is the JSON Schema (draft-07) of the resume files
// resumekit reads: JSON Resume 1.0 plus resumekit's extensions (several
// roles per employer under "roles", skills per role, "present" as an end
// date), with every object closed to unknown keys except extensions named
// "x-..." and anything inside "meta" (see IsExtensionKey). Editors use it
// for completion and typo checks when a file names it in "$schema"; the
// command "resumekit schema" prints it. It is derived from the JSON Resume
// schema (MIT licensed, see schema.LICENSE.md).
//
//go:embed resumekit.schema.json
var FormatSchemaJSON []byte

// compileSchema returns a function that compiles the draft-07 schema in
// data once, on first use, so that programs that never validate do not
// pay for it.
func compileSchema(data []byte) func() (*jsonSchema, error) {
	return sync.OnceValues(func() (*jsonSchema, error) { return compileJSONSchema(data) })
}

var compiledSchema = compileSchema(SchemaJSON)

const isoPattern = "^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$"

// ValidateSchema checks a resume file (JSON or YAML, as Decode reads it)
// against the embedded JSON Resume schema. It returns a *ValidationError
// listing every violation with its field path ("work[0].startDate") and
// line:column, a *LoadError when the input cannot be read, or nil. Our
// extensions (work[].roles, role skills) are allowed by the schema, which
// accepts additional keys. In YAML, an unquoted number or boolean
// (startDate: 2021) is checked as the text it is written as, since YAML's
// implicit typing is rarely what a resume's author meant. The default
// 10 MB size limit applies.
func ValidateSchema(data []byte, name string) error {
	return validateWith(compiledSchema, data, name)
}

// validateWith checks data against the schema sch returns (see
// ValidateSchema).
func validateWith(sch func() (*jsonSchema, error), data []byte, name string) error {
	if limit := int64(DefaultMaxSize); int64(len(data)) > limit {
		return tooLarge(name, int64(len(data)), limit)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	first := bytes.TrimLeft(data, " \t\r\n")
	if len(first) == 0 {
		return &LoadError{File: name, Err: ErrEmpty}
	}
	var (
		root *node
		serr *syntaxError
	)
	format := "YAML"
	if first[0] == '{' || first[0] == '[' {
		format = "JSON"
		root, serr = parseJSON(data, name)
	} else {
		root, serr = parseYAML(data, name)
	}
	if serr != nil {
		return serr.loadError(name, format)
	}
	compiled, err := sch()
	if err != nil {
		return fmt.Errorf("resume: embedded schema: %w", err)
	}
	var errs []schemaError
	compiled.validate(root.value(), nil, &errs)
	if len(errs) == 0 {
		return nil
	}
	out := &ValidationError{}
	seen := map[string]bool{}
	for _, e := range errs {
		path, n := root.lookup(e.at)
		if seen[path+"\x00"+e.msg] {
			continue
		}
		seen[path+"\x00"+e.msg] = true
		out.Problems = append(out.Problems, Problem{Path: path, Pos: n.pos, Message: e.msg})
	}
	sort.SliceStable(out.Problems, func(i, j int) bool {
		a, b := out.Problems[i].Pos, out.Problems[j].Pos
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	return out
}

// value converts n to the generic form jsonschema validates: maps, slices,
// strings, bools, nil and json.Number.
func (n *node) value() any {
	switch n.kind {
	case kindNull:
		return nil
	case kindBool:
		if n.plain {
			return n.text
		}
		return n.b
	case kindNumber:
		if n.plain {
			return n.text // an unquoted YAML scalar such as startDate: 2021 is text to its author
		}
		return json.Number(n.text)
	case kindString:
		return n.text
	case kindArray:
		out := make([]any, len(n.items))
		for i, it := range n.items {
			out[i] = it.value()
		}
		return out
	}
	out := make(map[string]any, len(n.keys))
	for i, k := range n.keys {
		out[k] = n.vals[i].value()
	}
	return out
}

// lookup follows JSON pointer tokens from n and returns the field path
// ("work[0].startDate") and the deepest node found.
func (n *node) lookup(tokens []string) (string, *node) {
	var b strings.Builder
	cur := n
	for _, t := range tokens {
		switch cur.kind {
		case kindArray:
			i, err := strconv.Atoi(t)
			if err != nil || i < 0 || i >= len(cur.items) {
				return b.String(), cur
			}
			b.WriteString("[" + t + "]")
			cur = cur.items[i]
		case kindObject:
			v := cur.get(t)
			if v == nil {
				return b.String(), cur
			}
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(t)
			cur = v
		default:
			return b.String(), cur
		}
	}
	return b.String(), cur
}
