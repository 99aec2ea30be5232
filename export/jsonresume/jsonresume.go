package jsonresume

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/resume"
)

// Options controls Write. The zero value writes two-space indented JSON.
type Options struct {
	// Options are the shared writer options. JSON Resume holds data, not
	// presentation, so none of them changes the output: dates are always
	// ISO 8601 as the schema wants.
	style.Options

	// Indent is the indentation of one level; "" means two spaces.
	Indent string

	// Compact writes everything on one line, without indentation.
	Compact bool
}

// Write writes r as one JSON Resume document.
//
// The output is valid against the JSON Resume schema for any resume that
// passes Validate, and the same resume always gives the same bytes: known
// keys in the schema's order, then extension keys (Extra) sorted by name.
//
// Work is written flat, as every JSON Resume tool reads it: one work entry
// per role, repeating the employer's name, url and description on each, so
// that resume.Decode with GroupEmployers rebuilds the same grouping. An
// entry's location is the role's, or the employer's when the role has
// none. A role's skills go into the extension key "skills" of its entry,
// an employer's summary into "employerSummary". An open end ("present")
// is written as no endDate, the JSON Resume convention that resume.Decode
// reads back as present.
//
// A field present in the loaded source is written even when it is empty
// ("image": ""), so a file round-trips to an equal JSON value.
func Write(w io.Writer, r *resume.Resume, opts Options) error {
	if r == nil {
		return fmt.Errorf("jsonresume: nil resume")
	}
	e := &encoder{r: r, indent: opts.Indent}
	if e.indent == "" {
		e.indent = "  "
	}
	if opts.Compact {
		e.indent = ""
	}
	root := e.resume()
	e.value(root, 0)
	if e.err != nil {
		return e.err
	}
	e.buf.WriteByte('\n')
	_, err := w.Write(e.buf.Bytes())
	return err
}

// obj is a JSON object with ordered keys.
type obj struct {
	keys []string
	vals []any // string, []string, json.RawMessage, *obj, []*obj
}

func (o *obj) add(k string, v any) {
	o.keys = append(o.keys, k)
	o.vals = append(o.vals, v)
}

func (o *obj) has(k string) bool { return slices.Contains(o.keys, k) }

type encoder struct {
	r      *resume.Resume
	indent string
	buf    bytes.Buffer
	err    error
}

// present reports whether the field at path was in the loaded source.
func (e *encoder) present(path string) bool {
	_, ok := e.r.Position(path)
	return ok
}

func (e *encoder) str(o *obj, key, path, v string) {
	if v != "" || e.present(path) {
		o.add(key, v)
	}
}

// uri writes a field the schema declares as a URI. A value that is no
// parsable URL (control characters, invalid UTF-8, spaces) is written with
// those bytes percent-encoded, so the output stays schema-valid whatever
// the input held; a parsable value is written as it is.
func (e *encoder) uri(o *obj, key, path, v string) {
	if _, err := url.Parse(v); err != nil {
		v = escapeURI(v)
	}
	e.str(o, key, path, v)
}

// escapeURI percent-encodes the bytes a URI may not hold raw: controls,
// spaces, DEL and every byte of a non-ASCII character.
func escapeURI(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || c == '%' && !isEscape(s[i:]) {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&0xF])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// isEscape reports whether s starts with a valid percent escape.
func isEscape(s string) bool {
	return len(s) >= 3 && strings.IndexByte("0123456789ABCDEFabcdef", s[1]) >= 0 && strings.IndexByte("0123456789ABCDEFabcdef", s[2]) >= 0
}

func (e *encoder) strs(o *obj, key, path string, v []string) {
	if len(v) > 0 || e.present(path) {
		if v == nil {
			v = []string{}
		}
		o.add(key, v)
	}
}

func (e *encoder) date(o *obj, key string, d resume.Date) {
	if d.IsZero() || d.Present {
		return
	}
	o.add(key, d.String())
}

// extra adds the extension keys of xs that o does not already hold, all
// sorted together; for a key in several maps the first map wins.
func (e *encoder) extra(o *obj, xs ...resume.Extra) {
	n := 0
	for _, x := range xs {
		n += len(x)
	}
	if n == 0 {
		return
	}
	keys := make([]string, 0, n)
	val := make(map[string]json.RawMessage, n)
	for _, x := range xs {
		for k, v := range x {
			if _, dup := val[k]; dup || o.has(k) {
				continue
			}
			val[k] = v
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		o.add(k, val[k])
	}
}

// list adds the list key of n objects, each built by each from its index
// and field path; path is the list's own field path.
func (e *encoder) list(o *obj, key, path string, n int, each func(i int, path string) *obj) {
	if n == 0 && !e.present(path) {
		return
	}
	items := make([]*obj, 0, n)
	for i := 0; i < n; i++ {
		items = append(items, each(i, path+"["+strconv.Itoa(i)+"]"))
	}
	o.add(key, items)
}

func (e *encoder) resume() *obj {
	r := e.r
	o := &obj{}
	e.uri(o, "$schema", "$schema", r.Schema)
	if b := e.basics(); b != nil {
		o.add("basics", b)
	}
	if len(r.Work) > 0 || e.present("work") {
		o.add("work", e.work())
	}
	e.list(o, "volunteer", "volunteer", len(r.Volunteer), func(i int, p string) *obj {
		v := r.Volunteer[i]
		x := &obj{}
		e.str(x, "organization", p+".organization", v.Organization)
		e.str(x, "position", p+".position", v.Position)
		e.uri(x, "url", p+".url", v.URL)
		e.date(x, "startDate", v.StartDate)
		e.date(x, "endDate", v.EndDate)
		e.str(x, "summary", p+".summary", v.Summary)
		e.strs(x, "highlights", p+".highlights", v.Highlights)
		e.extra(x, v.Extra)
		return x
	})
	e.list(o, "education", "education", len(r.Education), func(i int, p string) *obj {
		v := r.Education[i]
		x := &obj{}
		e.str(x, "institution", p+".institution", v.Institution)
		e.uri(x, "url", p+".url", v.URL)
		e.str(x, "area", p+".area", v.Area)
		e.str(x, "studyType", p+".studyType", v.StudyType)
		e.date(x, "startDate", v.StartDate)
		e.date(x, "endDate", v.EndDate)
		e.str(x, "score", p+".score", v.Score)
		e.strs(x, "courses", p+".courses", v.Courses)
		e.str(x, "summary", p+".summary", v.Summary)
		e.extra(x, v.Extra)
		return x
	})
	e.list(o, "awards", "awards", len(r.Awards), func(i int, p string) *obj {
		v := r.Awards[i]
		x := &obj{}
		e.str(x, "title", p+".title", v.Title)
		e.date(x, "date", v.Date)
		e.str(x, "awarder", p+".awarder", v.Awarder)
		e.str(x, "summary", p+".summary", v.Summary)
		e.extra(x, v.Extra)
		return x
	})
	e.list(o, "certificates", "certificates", len(r.Certificates), func(i int, p string) *obj {
		v := r.Certificates[i]
		x := &obj{}
		e.str(x, "name", p+".name", v.Name)
		e.date(x, "date", v.Date)
		e.uri(x, "url", p+".url", v.URL)
		e.str(x, "issuer", p+".issuer", v.Issuer)
		e.extra(x, v.Extra)
		return x
	})
	e.list(o, "publications", "publications", len(r.Publications), func(i int, p string) *obj {
		v := r.Publications[i]
		x := &obj{}
		e.str(x, "name", p+".name", v.Name)
		e.str(x, "publisher", p+".publisher", v.Publisher)
		e.date(x, "releaseDate", v.ReleaseDate)
		e.uri(x, "url", p+".url", v.URL)
		e.str(x, "summary", p+".summary", v.Summary)
		e.extra(x, v.Extra)
		return x
	})
	e.list(o, "skills", "skills", len(r.Skills), func(i int, p string) *obj {
		v := r.Skills[i]
		x := &obj{}
		e.str(x, "name", p+".name", v.Name)
		e.str(x, "level", p+".level", v.Level)
		e.strs(x, "keywords", p+".keywords", v.Keywords)
		e.extra(x, v.Extra)
		return x
	})
	e.list(o, "languages", "languages", len(r.Languages), func(i int, p string) *obj {
		v := r.Languages[i]
		x := &obj{}
		e.str(x, "language", p+".language", v.Language)
		e.str(x, "fluency", p+".fluency", v.Fluency)
		e.extra(x, v.Extra)
		return x
	})
	e.list(o, "interests", "interests", len(r.Interests), func(i int, p string) *obj {
		v := r.Interests[i]
		x := &obj{}
		e.str(x, "name", p+".name", v.Name)
		e.strs(x, "keywords", p+".keywords", v.Keywords)
		e.extra(x, v.Extra)
		return x
	})
	e.list(o, "references", "references", len(r.References), func(i int, p string) *obj {
		v := r.References[i]
		x := &obj{}
		e.str(x, "name", p+".name", v.Name)
		e.str(x, "reference", p+".reference", v.Reference)
		e.extra(x, v.Extra)
		return x
	})
	e.list(o, "projects", "projects", len(r.Projects), func(i int, p string) *obj {
		v := r.Projects[i]
		x := &obj{}
		e.str(x, "name", p+".name", v.Name)
		e.str(x, "description", p+".description", v.Description)
		e.strs(x, "highlights", p+".highlights", v.Highlights)
		e.strs(x, "keywords", p+".keywords", v.Keywords)
		e.date(x, "startDate", v.StartDate)
		e.date(x, "endDate", v.EndDate)
		e.uri(x, "url", p+".url", v.URL)
		e.strs(x, "roles", p+".roles", v.Roles)
		e.str(x, "entity", p+".entity", v.Entity)
		e.str(x, "type", p+".type", v.Type)
		e.extra(x, v.Extra)
		return x
	})
	m, mo := r.Meta, &obj{}
	e.str(mo, "canonical", "meta.canonical", m.Canonical)
	e.str(mo, "version", "meta.version", m.Version)
	e.str(mo, "lastModified", "meta.lastModified", m.LastModified)
	e.extra(mo, m.Extra)
	if len(mo.keys) > 0 || e.present("meta") {
		o.add("meta", mo)
	}
	e.extra(o, r.Extra)
	return o
}

func (e *encoder) basics() *obj {
	b := e.r.Basics
	o := &obj{}
	e.str(o, "name", "basics.name", b.Name)
	e.str(o, "label", "basics.label", b.Label)
	e.str(o, "image", "basics.image", b.Image)
	e.str(o, "email", "basics.email", b.Email)
	e.str(o, "phone", "basics.phone", b.Phone)
	e.uri(o, "url", "basics.url", b.URL)
	e.str(o, "summary", "basics.summary", b.Summary)
	l := b.Location
	lo := &obj{}
	e.str(lo, "address", "basics.location.address", l.Address)
	e.str(lo, "postalCode", "basics.location.postalCode", l.PostalCode)
	e.str(lo, "city", "basics.location.city", l.City)
	e.str(lo, "countryCode", "basics.location.countryCode", l.CountryCode)
	e.str(lo, "region", "basics.location.region", l.Region)
	e.extra(lo, l.Extra)
	if len(lo.keys) > 0 || e.present("basics.location") {
		o.add("location", lo)
	}
	e.list(o, "profiles", "basics.profiles", len(b.Profiles), func(i int, p string) *obj {
		v := b.Profiles[i]
		x := &obj{}
		e.str(x, "network", p+".network", v.Network)
		e.str(x, "username", p+".username", v.Username)
		e.uri(x, "url", p+".url", v.URL)
		e.extra(x, v.Extra)
		return x
	})
	e.extra(o, b.Extra)
	if len(o.keys) == 0 && !e.present("basics") {
		return nil
	}
	return o
}

// work writes one entry per role.
func (e *encoder) work() []*obj {
	out := []*obj{}
	for i, emp := range e.r.Work {
		ep := "work[" + strconv.Itoa(i) + "]"
		roles := emp.Roles
		if len(roles) == 0 {
			roles = []resume.Role{{}}
		}
		for j, ro := range roles {
			rp := ep + ".roles[" + strconv.Itoa(j) + "]"
			x := &obj{}
			e.str(x, "name", ep+".name", emp.Name)
			loc := ro.Location
			if loc == "" {
				loc = emp.Location
			}
			if loc != "" || e.present(rp+".location") || e.present(ep+".location") {
				x.add("location", loc)
			}
			e.str(x, "description", ep+".description", emp.Description)
			e.str(x, "position", rp+".position", ro.Position)
			e.uri(x, "url", ep+".url", emp.URL)
			e.date(x, "startDate", ro.StartDate)
			e.date(x, "endDate", ro.EndDate)
			e.str(x, "summary", rp+".summary", ro.Summary)
			e.strs(x, "highlights", rp+".highlights", ro.Highlights)
			e.strs(x, "skills", rp+".skills", ro.Skills)
			if emp.Summary != "" {
				x.add("employerSummary", emp.Summary)
			}
			e.extra(x, ro.Extra, emp.Extra)
			out = append(out, x)
		}
	}
	return out
}

// ---------------------------------------------------------------- output

func (e *encoder) newline(depth int) {
	if e.indent == "" {
		return
	}
	e.buf.WriteByte('\n')
	for i := 0; i < depth; i++ {
		e.buf.WriteString(e.indent)
	}
}

func (e *encoder) sep() string {
	if e.indent == "" {
		return ":"
	}
	return ": "
}

func (e *encoder) value(v any, depth int) {
	switch v := v.(type) {
	case string:
		writeString(&e.buf, v)
	case []string:
		if len(v) == 0 {
			e.buf.WriteString("[]")
			return
		}
		e.buf.WriteByte('[')
		for i, s := range v {
			if i > 0 {
				e.buf.WriteByte(',')
			}
			e.newline(depth + 1)
			writeString(&e.buf, s)
		}
		e.newline(depth)
		e.buf.WriteByte(']')
	case []*obj:
		if len(v) == 0 {
			e.buf.WriteString("[]")
			return
		}
		e.buf.WriteByte('[')
		for i, o := range v {
			if i > 0 {
				e.buf.WriteByte(',')
			}
			e.newline(depth + 1)
			e.value(o, depth+1)
		}
		e.newline(depth)
		e.buf.WriteByte(']')
	case *obj:
		if len(v.keys) == 0 {
			e.buf.WriteString("{}")
			return
		}
		e.buf.WriteByte('{')
		for i, k := range v.keys {
			if i > 0 {
				e.buf.WriteByte(',')
			}
			e.newline(depth + 1)
			writeString(&e.buf, k)
			e.buf.WriteString(e.sep())
			e.value(v.vals[i], depth+1)
		}
		e.newline(depth)
		e.buf.WriteByte('}')
	case json.RawMessage:
		e.raw(v, depth)
	}
}

// raw writes an extension value, re-indented to the current depth.
func (e *encoder) raw(v json.RawMessage, depth int) {
	if !json.Valid(v) {
		if e.err == nil {
			e.err = fmt.Errorf("jsonresume: an Extra value is not valid JSON: %.40q", string(v))
		}
		e.buf.WriteString("null")
		return
	}
	var tmp bytes.Buffer
	if e.indent == "" {
		_ = json.Compact(&tmp, v)
	} else {
		prefix := ""
		for i := 0; i < depth; i++ {
			prefix += e.indent
		}
		_ = json.Indent(&tmp, v, prefix, e.indent)
	}
	// json.Indent and json.Compact keep string escapes as written; the
	// value stays the same JSON value.
	e.buf.Write(tmp.Bytes())
}

// writeString writes s as a JSON string. Unlike encoding/json it leaves
// <, > and & alone (the output is not embedded in HTML), escapes U+2028
// and U+2029, and replaces invalid UTF-8 with U+FFFD.
func writeString(b *bytes.Buffer, s string) {
	const hex = "0123456789abcdef"
	b.WriteByte('"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b.WriteString(s[start:i])
			switch c {
			case '"', '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case '\n':
				b.WriteString(`\n`)
			case '\r':
				b.WriteString(`\r`)
			case '\t':
				b.WriteString(`\t`)
			default:
				b.WriteString(`\u00`)
				b.WriteByte(hex[c>>4])
				b.WriteByte(hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteString(s[start:i])
			b.WriteString("\ufffd")
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b.WriteString(s[start:i])
			b.WriteString(`\u202`)
			b.WriteByte(hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b.WriteString(s[start:])
	b.WriteByte('"')
}
