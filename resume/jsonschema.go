package resume

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/netip"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// jsonSchema is the part of JSON Schema draft-07 that the two embedded
// schemas use. Compiling a schema that uses any other keyword is an error,
// so that no keyword is ever ignored silently. (A general validator
// library compiles every draft's meta-schema when the program starts;
// this one costs nothing until ValidateSchema is called.)
type jsonSchema struct {
	Ref                  string                 `json:"$ref"`
	Type                 typeList               `json:"type"`
	Properties           map[string]*jsonSchema `json:"properties"`
	PatternProperties    map[string]*jsonSchema `json:"patternProperties"`
	AdditionalProperties *bool                  `json:"additionalProperties"`
	Items                *jsonSchema            `json:"items"`
	Pattern              string                 `json:"pattern"`
	Format               string                 `json:"format"`
	Required             []string               `json:"required"`
	If                   *jsonSchema            `json:"if"`
	Then                 *jsonSchema            `json:"then"`
	Not                  *jsonSchema            `json:"not"`
	AnyOf                []*jsonSchema          `json:"anyOf"`
	Definitions          map[string]*jsonSchema `json:"definitions"`
	// Annotations, which validation ignores.
	Schema      string `json:"$schema"`
	ID          string `json:"$id"`
	Title       string `json:"title"`
	Description string `json:"description"`

	pattern  *regexp.Regexp
	patterns map[string]*regexp.Regexp
	ref      *jsonSchema
}

// typeList is "type": one name or a list of names.
type typeList []string

func (t *typeList) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*t = typeList{one}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return err
	}
	*t = many
	return nil
}

// compileJSONSchema reads a draft-07 schema document and resolves its
// references and patterns.
func compileJSONSchema(data []byte) (*jsonSchema, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var root jsonSchema
	if err := dec.Decode(&root); err != nil {
		return nil, fmt.Errorf("unsupported schema: %w", err)
	}
	var prep func(s *jsonSchema) error
	prep = func(s *jsonSchema) error {
		if s == nil {
			return nil
		}
		if s.Ref != "" {
			name, ok := strings.CutPrefix(s.Ref, "#/definitions/")
			if s.ref = root.Definitions[name]; !ok || s.ref == nil {
				return fmt.Errorf("unresolved $ref %q", s.Ref)
			}
		}
		for _, t := range s.Type {
			if !slices.Contains([]string{"string", "number", "integer", "boolean", "object", "array", "null"}, t) {
				return fmt.Errorf("unknown type %q", t)
			}
		}
		switch s.Format {
		case "", "email", "uri", "uri-reference":
		default:
			return fmt.Errorf("unsupported format %q", s.Format)
		}
		var err error
		if s.Pattern != "" {
			if s.pattern, err = regexp.Compile(s.Pattern); err != nil {
				return err
			}
		}
		for p := range s.PatternProperties {
			re, err := regexp.Compile(p)
			if err != nil {
				return err
			}
			if s.patterns == nil {
				s.patterns = map[string]*regexp.Regexp{}
			}
			s.patterns[p] = re
		}
		subs := []*jsonSchema{s.Items, s.If, s.Then, s.Not}
		subs = append(subs, s.AnyOf...)
		for _, m := range []map[string]*jsonSchema{s.Properties, s.PatternProperties, s.Definitions} {
			for _, v := range m {
				subs = append(subs, v)
			}
		}
		for _, sub := range subs {
			if err := prep(sub); err != nil {
				return err
			}
		}
		return nil
	}
	if err := prep(&root); err != nil {
		return nil, err
	}
	return &root, nil
}

// schemaError is one violation: where (JSON pointer tokens) and what.
type schemaError struct {
	at  []string
	msg string
}

// validate checks v (as node.value returns it) against s and appends
// every violation to errs.
func (s *jsonSchema) validate(v any, at []string, errs *[]schemaError) {
	if s.ref != nil {
		s.ref.validate(v, at, errs)
	}
	add := func(format string, args ...any) {
		*errs = append(*errs, schemaError{at: slices.Clone(at), msg: fmt.Sprintf(format, args...)})
	}
	if len(s.Type) > 0 && !slices.ContainsFunc(s.Type, func(t string) bool { return hasType(v, t) }) {
		add("schema: got %s, want %s", typeOf(v), strings.Join(s.Type, " or "))
		return
	}
	if s.If != nil && s.Then != nil && s.If.valid(v, at) {
		s.Then.validate(v, at, errs)
	}
	if s.Not != nil && s.Not.valid(v, at) {
		add("schema: holds a combination of keys this schema does not allow here")
	}
	if len(s.AnyOf) > 0 && !slices.ContainsFunc(s.AnyOf, func(a *jsonSchema) bool { return a.valid(v, at) }) {
		add("schema: matches none of the allowed forms")
	}
	switch x := v.(type) {
	case string:
		if s.pattern != nil && !s.pattern.MatchString(x) {
			add("%s", patternMessage(x, s.Pattern))
		}
		if s.Format != "" && !validFormat(s.Format, x) {
			add("%q is not a valid %s", x, s.Format)
		}
	case []any:
		if s.Items != nil {
			for i, it := range x {
				s.Items.validate(it, append(at, strconv.Itoa(i)), errs)
			}
		}
	case map[string]any:
		for _, k := range s.Required {
			if _, ok := x[k]; !ok {
				add("schema: missing property %q", k)
			}
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var extra []string
		for _, k := range keys {
			known := false
			if p, ok := s.Properties[k]; ok {
				known = true
				p.validate(x[k], append(at, k), errs)
			}
			for src, re := range s.patterns {
				if re.MatchString(k) {
					known = true
					s.PatternProperties[src].validate(x[k], append(at, k), errs)
				}
			}
			if !known && s.AdditionalProperties != nil && !*s.AdditionalProperties {
				extra = append(extra, strconv.Quote(k))
			}
		}
		if len(extra) > 0 {
			add("schema: unknown %s %s", plural(len(extra), "property", "properties"), strings.Join(extra, ", "))
		}
	}
}

// valid reports whether v satisfies s.
func (s *jsonSchema) valid(v any, at []string) bool {
	var errs []schemaError
	s.validate(v, at, &errs)
	return len(errs) == 0
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func typeOf(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case json.Number:
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	}
	return "object"
}

func hasType(v any, t string) bool {
	got := typeOf(v)
	switch {
	case got == t:
		return true
	case t == "integer" && got == "number":
		_, err := v.(json.Number).Int64()
		return err == nil
	}
	return false
}

// patternMessage explains a string that does not match pattern: a date
// gets what to write instead.
func patternMessage(got, pattern string) string {
	if pattern != isoPattern {
		return fmt.Sprintf("schema: %q does not match %s", got, pattern)
	}
	if strings.TrimSpace(got) == "" {
		return "the date is empty; write YYYY, YYYY-MM or YYYY-MM-DD, or remove the key"
	}
	hint := "write YYYY, YYYY-MM or YYYY-MM-DD"
	if d, err := ParseDate(got); err == nil {
		if d.Present {
			hint = "leave endDate out for an open end"
		} else {
			hint = fmt.Sprintf("write %q", d.String())
		}
	}
	return fmt.Sprintf("%q is not an ISO 8601 date; %s", got, hint)
}

// validFormat checks the formats the schemas use, as draft-07 defines
// them: an e-mail address (RFC 5321), an absolute URI and a URI reference
// (RFC 3986).
func validFormat(format, s string) bool {
	switch format {
	case "email":
		return validEmail(s)
	case "uri":
		u, err := parseURI(s)
		return err == nil && u.IsAbs()
	case "uri-reference":
		_, err := parseURI(s)
		return err == nil && !strings.Contains(s, `\`)
	}
	return true
}

func parseURI(s string) (*url.URL, error) {
	u, err := url.Parse(s)
	if err != nil {
		return nil, err
	}
	if h := u.Hostname(); strings.Contains(h, ":") {
		if !strings.Contains(u.Host, "[") {
			return nil, fmt.Errorf("IPv6 address not in brackets")
		}
		if a, err := netip.ParseAddr(h); err != nil || !a.Is6() {
			return nil, fmt.Errorf("invalid IPv6 address")
		}
	}
	return u, nil
}

func validEmail(s string) bool {
	at := strings.LastIndexByte(s, '@')
	if len(s) > 254 || at <= 0 {
		return false
	}
	local, domain := s[:at], s[at+1:]
	if len(local) > 64 {
		return false
	}
	if len(local) > 1 && local[0] == '"' && local[len(local)-1] == '"' {
		q := local[1 : len(local)-1]
		if strings.ContainsAny(q, "\\\"") {
			return false
		}
	} else {
		if strings.HasPrefix(local, ".") || strings.HasSuffix(local, ".") || strings.Contains(local, "..") {
			return false
		}
		for _, c := range local {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.ContainsRune("!#$%&'*+-/=?^_`{|}~.", c)) {
				return false
			}
		}
	}
	if strings.HasPrefix(domain, "[") && strings.HasSuffix(domain, "]") {
		ip := domain[1 : len(domain)-1]
		if v6, ok := strings.CutPrefix(ip, "IPv6:"); ok {
			a, err := netip.ParseAddr(v6)
			return err == nil && a.Is6()
		}
		a, err := netip.ParseAddr(ip)
		return err == nil && a.Is4()
	}
	return validHostname(domain)
}

func validHostname(s string) bool {
	s = strings.TrimSuffix(s, ".")
	if len(s) == 0 || len(s) > 253 {
		return false
	}
	for _, label := range strings.Split(s, ".") {
		if len(label) < 1 || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, c := range label {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}
