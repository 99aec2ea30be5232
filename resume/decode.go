package resume

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// decoder maps a node tree onto the model. Errors name the input path
// ("work[2].startDate"); positions are recorded under the model path
// ("work[2].roles[0].startDate"), which Validate reports.
type decoder struct {
	file  string
	opts  LoadOptions
	r     *Resume
	errs  LoadErrors
	warns []Warning
	flat  []bool // per employer: read from a flat work entry
	// suggested are the input paths an unknown key was probably meant
	// for: Inspect leaves out Validate's problems there ("posiiton" makes
	// position empty).
	suggested []string
}

func (d *decoder) fail(n *node, path string, err error, hint string) {
	if d.opts.Lenient && path != "" {
		// Lenient: the value is left out, and the warning says so.
		msg := err.Error() + "; left out"
		if hint != "" {
			msg += " (" + hint + ")"
		}
		d.warns = append(d.warns, Warning{Path: path, Pos: n.pos, Message: msg})
		return
	}
	if len(d.errs) >= maxErrors {
		return
	}
	d.errs = append(d.errs, &LoadError{File: d.file, Pos: n.pos, Path: path, Err: err, Hint: hint})
}

func (d *decoder) warn(n *node, path, format string, args ...any) {
	d.warns = append(d.warns, Warning{Path: path, Pos: n.pos, Message: fmt.Sprintf(format, args...)})
}

func join(base, key string) string {
	if base == "" {
		return key
	}
	return base + "." + key
}

func index(base string, i int) string { return base + "[" + strconv.Itoa(i) + "]" }

// field is one key of an object being decoded: its value node, its input
// path (for errors) and its model path (for positions).
type field struct {
	key   string
	v     *node
	in    string
	model string
}

// object walks the keys of the object n. renames maps old key names to
// current ones (accepted with a warning when lenient). f handles each key
// and reports whether it knew it; unknown keys go to extra.
//
// known lists the keys the object may hold; a key f does not handle is kept
// in extra, silently when it is known or an extension (IsExtensionKey),
// and reported by unknownKey otherwise. A nil known accepts every key.
func (d *decoder) object(n *node, known []string, in, model string, renames map[string]string, extra *Extra, f func(field) bool) {
	if n.kind == kindNull {
		return
	}
	if n.kind == kindString && d.opts.Lenient && in != "" {
		if key := textKey(known); key != "" {
			d.warn(n, in, "a string read as the %q of an object; write {%q: %q}", key, key, clip(n.text))
			f(field{key: key, v: n, in: join(in, key), model: join(model, key)})
			return
		}
	}
	if n.kind != kindObject {
		d.fail(n, in, fmt.Errorf("%w: want an object, got %s", ErrType, describeNode(n)), "")
		return
	}
	for i, key := range n.keys {
		v := n.vals[i]
		if to, ok := renames[key]; ok && n.get(to) == nil {
			if d.opts.Lenient {
				d.warns = append(d.warns, Warning{Path: join(in, key), Pos: n.kpos[i],
					Message: fmt.Sprintf("old key %q read as %q; rename it", key, to)})
				key = to
			} else {
				d.errs = append(d.errs, &LoadError{File: d.file, Pos: n.kpos[i], Path: join(in, key),
					Err:  fmt.Errorf("%w: JSON Resume 1.0 calls %q %q", ErrKey, key, to),
					Hint: fmt.Sprintf("rename the key to %q (or load leniently)", to)})
				continue
			}
		}
		fl := field{key: key, v: v, in: join(in, key), model: join(model, key)}
		d.r.SetPosition(fl.model, v.pos)
		if !f(fl) {
			if known != nil && !slices.Contains(known, key) && !IsExtensionKey(in, key) {
				d.unknownKey(n, i, in, key, known)
			}
			if *extra == nil {
				*extra = Extra{}
			}
			(*extra)[key] = json.RawMessage(v.json(nil))
		}
	}
}

func describeNode(n *node) string {
	switch n.kind {
	case kindString:
		return fmt.Sprintf("a string %q", clip(n.text))
	case kindNumber, kindBool:
		return fmt.Sprintf("%s %s", n.kind, n.text)
	}
	return n.kind.String()
}

func clip(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

// str reads a text field.
func (d *decoder) str(f field) string {
	n := f.v
	switch n.kind {
	case kindString:
		return n.text
	case kindNull:
		return ""
	case kindNumber, kindBool:
		if n.plain {
			return n.text // an unquoted YAML scalar such as phone: 5551234
		}
		if d.opts.Lenient {
			d.warn(n, f.in, "%s read as text; put it in quotes", describeNode(n))
			return n.text
		}
		d.fail(n, f.in, fmt.Errorf("%w: want a string, got %s", ErrType, describeNode(n)),
			fmt.Sprintf("put it in quotes: %q", n.text))
		return ""
	case kindArray:
		if d.opts.Lenient && allStrings(n) {
			lines := make([]string, len(n.items))
			for i, it := range n.items {
				lines[i] = it.text
			}
			d.warn(n, f.in, "a list read as lines of one text; write one string")
			return strings.Join(lines, "\n")
		}
	case kindObject:
		if d.opts.Lenient {
			if key, text, rest := objectText(n); key != "" {
				msg := fmt.Sprintf("an object read as its %q, %q", key, clip(text))
				if len(rest) > 0 {
					msg += fmt.Sprintf("; its other keys (%s) are left out", strings.Join(rest, ", "))
				}
				d.warn(n, f.in, "%s; write the text alone", msg)
				return text
			}
		}
	}
	d.fail(n, f.in, fmt.Errorf("%w: want a string, got %s", ErrType, describeNode(n)), "")
	return ""
}

// textKeys are the keys whose value is the text of an object, most telling
// first: an object where text is wanted reads as the first of them it has,
// and a string where an object is wanted reads as the first the object
// knows (an award's title, a language's name).
var textKeys = []string{"title", "reference", "language", "name", "content", "text", "label",
	"value", "institution", "organization", "position", "address", "url", "description"}

// textKey returns the first of textKeys among known, or "".
func textKey(known []string) string {
	for _, k := range textKeys {
		if slices.Contains(known, k) {
			return k
		}
	}
	return ""
}

// objectText returns the text of an object n that stands where a string is
// wanted: the value of its first text key that holds a non-empty string,
// and the object's other keys, which are left out.
func objectText(n *node) (key, text string, rest []string) {
	for _, k := range textKeys {
		if v := n.get(k); v != nil && v.kind == kindString && strings.TrimSpace(v.text) != "" {
			key, text = k, v.text
			break
		}
	}
	if key == "" {
		return "", "", nil
	}
	for i, k := range n.keys {
		if k != key && n.vals[i].kind != kindNull && !(n.vals[i].kind == kindString && n.vals[i].text == "") {
			rest = append(rest, k)
		}
	}
	return key, text, rest
}

// allStrings reports whether every item of the list n is a string.
func allStrings(n *node) bool {
	for _, it := range n.items {
		if it.kind != kindString {
			return false
		}
	}
	return true
}

// strs reads a list of text.
func (d *decoder) strs(f field) []string {
	n := f.v
	switch n.kind {
	case kindNull:
		return nil
	case kindArray:
	case kindString:
		if d.opts.Lenient {
			d.warn(n, f.in, "a single string read as a one-item list; write it as a list")
			return []string{n.text}
		}
		fallthrough
	default:
		d.fail(n, f.in, fmt.Errorf("%w: want a list of strings, got %s", ErrType, describeNode(n)),
			"write a list, such as [\"first\", \"second\"]")
		return nil
	}
	out := make([]string, 0, len(n.items))
	for i, it := range n.items {
		fi := field{v: it, in: index(f.in, i), model: index(f.model, i)}
		d.r.SetPosition(fi.model, it.pos)
		out = append(out, d.str(fi))
	}
	return out
}

// date reads a date: strict ISO 8601 or "present"; human forms with a
// warning when lenient.
func (d *decoder) date(f field) Date {
	n := f.v
	if n.kind == kindNull {
		return Date{}
	}
	s := d.str(f)
	if n.kind != kindString && !n.plain && !d.opts.Lenient {
		return Date{}
	}
	if strings.TrimSpace(s) == "" {
		if d.opts.Lenient {
			d.warn(n, f.in, "empty date read as if the key were absent; remove the key")
			return Date{}
		}
		d.fail(n, f.in, fmt.Errorf("%w: empty date", ErrDate), "remove the key, or write YYYY, YYYY-MM, YYYY-MM-DD or \"present\"")
		return Date{}
	}
	v, err := ParseISO(s)
	if err == nil {
		return v
	}
	if d.opts.Lenient {
		if v2, err2 := ParseDate(s); err2 == nil {
			want := v2.String()
			d.warn(n, f.in, "date %q is not ISO 8601; read as %s — write %q", s, want, want)
			return v2
		}
		if v2, note := repairDate(s); note != "" {
			d.warn(n, f.in, "date %q %s — write %q", s, note, v2.String())
			return v2
		}
	}
	hint := "write YYYY, YYYY-MM or YYYY-MM-DD (such as 2021-06), or \"present\" for an open end"
	if v2, err2 := ParseDate(s); err2 == nil && !d.opts.Lenient {
		hint = fmt.Sprintf("write %q (or load leniently)", v2.String())
	}
	if t := strings.TrimSpace(s); len(t) > 10 && t[10] == 'T' {
		// A timestamp, as some generators write: keep its day.
		if v2, err2 := ParseISO(t[:10]); err2 == nil {
			if d.opts.Lenient {
				d.warn(n, f.in, "timestamp %q read as the date %s — write %q", s, v2, v2.String())
				return v2
			}
			hint = fmt.Sprintf("write %q (or load leniently)", v2.String())
		}
	}
	d.fail(n, f.in, err, hint)
	return Date{}
}

// list walks the items of a list, calling f for each with its paths.
func (d *decoder) list(f field, each func(field)) {
	n := f.v
	if n.kind == kindNull {
		return
	}
	if n.kind == kindObject && d.opts.Lenient {
		d.warn(n, f.in, "an object read as a one-item list; write a list")
		n = &node{kind: kindArray, pos: n.pos, items: []*node{n}}
	}
	if n.kind != kindArray {
		d.fail(n, f.in, fmt.Errorf("%w: want a list, got %s", ErrType, describeNode(n)), "")
		return
	}
	for i, it := range n.items {
		fi := field{v: it, in: index(f.in, i), model: index(f.model, i)}
		d.r.SetPosition(fi.model, it.pos)
		each(fi)
	}
}

// groups walks a list of {"name", "keywords"} items (skills, interests);
// when lenient, an object whose every value is a list of strings reads as
// such a list, one item a key ({"frontend": ["React", "Vue"]}).
func (d *decoder) groups(f field, each func(field)) {
	if d.opts.Lenient && f.v.kind == kindObject {
		if g := groupsOf(f.v); g != nil {
			d.warn(f.v, f.in, "an object of lists read as a list of {\"name\", \"keywords\"} items, one a key; write a list")
			f.v = g
		}
	}
	d.list(f, each)
}

// groupsOf reads an object whose every value is a list of strings (or a
// string) as a list of {"name": key, "keywords": value} objects, as some
// resumes write their skills; it returns nil for any other object.
func groupsOf(n *node) *node {
	if len(n.keys) == 0 {
		return nil
	}
	out := &node{kind: kindArray, pos: n.pos}
	for i, k := range n.keys {
		v := n.vals[i]
		if !(v.kind == kindString || v.kind == kindArray && allStrings(v)) {
			return nil
		}
		name := &node{kind: kindString, pos: n.kpos[i], text: k}
		out.items = append(out.items, &node{kind: kindObject, pos: n.kpos[i],
			keys: []string{"name", "keywords"}, kpos: []Pos{n.kpos[i], v.pos}, vals: []*node{name, v}})
	}
	return out
}

var (
	renamesBasics = map[string]string{"website": "url", "picture": "image"}
	renamesWork   = map[string]string{"company": "name", "website": "url"}
	renamesURL    = map[string]string{"website": "url"}
)

func (d *decoder) resume(root *node) {
	r := d.r
	d.object(root, keysRoot, "", "", nil, &r.Extra, func(f field) bool {
		switch f.key {
		case "$schema":
			r.Schema = d.str(f)
		case "basics":
			d.basics(f)
		case "work":
			d.list(f, d.work)
		case "volunteer":
			d.list(f, func(f field) {
				var v Volunteer
				d.object(f.v, keysVolunteer, f.in, f.model, renamesURL, &v.Extra, func(f field) bool {
					switch f.key {
					case "organization":
						v.Organization = d.str(f)
					case "position":
						v.Position = d.str(f)
					case "url":
						v.URL = d.str(f)
					case "startDate":
						v.StartDate = d.date(f)
					case "endDate":
						v.EndDate = d.date(f)
					case "summary":
						v.Summary = d.str(f)
					case "highlights":
						v.Highlights = d.strs(f)
					default:
						return false
					}
					return true
				})
				openEnd(v.StartDate, &v.EndDate)
				r.Volunteer = append(r.Volunteer, v)
			})
		case "education":
			d.list(f, func(f field) {
				var e Education
				d.object(f.v, keysEducation, f.in, f.model, renamesURL, &e.Extra, func(f field) bool {
					switch f.key {
					case "institution":
						e.Institution = d.str(f)
					case "url":
						e.URL = d.str(f)
					case "area":
						e.Area = d.str(f)
					case "studyType":
						e.StudyType = d.str(f)
					case "startDate":
						e.StartDate = d.date(f)
					case "endDate":
						e.EndDate = d.date(f)
					case "score":
						e.Score = d.str(f)
					case "courses":
						e.Courses = d.strs(f)
					case "summary":
						e.Summary = d.str(f)
					default:
						return false
					}
					return true
				})
				openEnd(e.StartDate, &e.EndDate)
				r.Education = append(r.Education, e)
			})
		case "awards":
			d.list(f, func(f field) {
				var a Award
				d.object(f.v, keysAward, f.in, f.model, nil, &a.Extra, func(f field) bool {
					switch f.key {
					case "title":
						a.Title = d.str(f)
					case "date":
						a.Date = d.date(f)
					case "awarder":
						a.Awarder = d.str(f)
					case "summary":
						a.Summary = d.str(f)
					default:
						return false
					}
					return true
				})
				r.Awards = append(r.Awards, a)
			})
		case "certificates":
			d.list(f, func(f field) {
				var c Certificate
				d.object(f.v, keysCertificate, f.in, f.model, renamesURL, &c.Extra, func(f field) bool {
					switch f.key {
					case "name":
						c.Name = d.str(f)
					case "date":
						c.Date = d.date(f)
					case "url":
						c.URL = d.str(f)
					case "issuer":
						c.Issuer = d.str(f)
					default:
						return false
					}
					return true
				})
				r.Certificates = append(r.Certificates, c)
			})
		case "publications":
			d.list(f, func(f field) {
				var p Publication
				d.object(f.v, keysPublication, f.in, f.model, renamesURL, &p.Extra, func(f field) bool {
					switch f.key {
					case "name":
						p.Name = d.str(f)
					case "publisher":
						p.Publisher = d.str(f)
					case "releaseDate":
						p.ReleaseDate = d.date(f)
					case "url":
						p.URL = d.str(f)
					case "summary":
						p.Summary = d.str(f)
					default:
						return false
					}
					return true
				})
				r.Publications = append(r.Publications, p)
			})
		case "skills":
			d.groups(f, func(f field) {
				var s Skill
				d.object(f.v, keysSkill, f.in, f.model, nil, &s.Extra, func(f field) bool {
					switch f.key {
					case "name":
						s.Name = d.str(f)
					case "level":
						s.Level = d.str(f)
					case "keywords":
						s.Keywords = d.strs(f)
					default:
						return false
					}
					return true
				})
				r.Skills = append(r.Skills, s)
			})
		case "languages":
			d.list(f, func(f field) {
				var l Language
				d.object(f.v, keysLanguage, f.in, f.model, nil, &l.Extra, func(f field) bool {
					switch f.key {
					case "language":
						l.Language = d.str(f)
					case "fluency":
						l.Fluency = d.str(f)
					default:
						return false
					}
					return true
				})
				r.Languages = append(r.Languages, l)
			})
		case "interests":
			d.groups(f, func(f field) {
				var it Interest
				d.object(f.v, keysInterest, f.in, f.model, nil, &it.Extra, func(f field) bool {
					switch f.key {
					case "name":
						it.Name = d.str(f)
					case "keywords":
						it.Keywords = d.strs(f)
					default:
						return false
					}
					return true
				})
				r.Interests = append(r.Interests, it)
			})
		case "references":
			d.list(f, func(f field) {
				var rf Reference
				d.object(f.v, keysReference, f.in, f.model, nil, &rf.Extra, func(f field) bool {
					switch f.key {
					case "name":
						rf.Name = d.str(f)
					case "reference":
						rf.Reference = d.str(f)
					default:
						return false
					}
					return true
				})
				r.References = append(r.References, rf)
			})
		case "projects":
			d.list(f, func(f field) {
				var p Project
				d.object(f.v, keysProject, f.in, f.model, renamesURL, &p.Extra, func(f field) bool {
					switch f.key {
					case "name":
						p.Name = d.str(f)
					case "description":
						p.Description = d.str(f)
					case "highlights":
						p.Highlights = d.strs(f)
					case "keywords":
						p.Keywords = d.strs(f)
					case "startDate":
						p.StartDate = d.date(f)
					case "endDate":
						p.EndDate = d.date(f)
					case "url":
						p.URL = d.str(f)
					case "roles":
						p.Roles = d.strs(f)
					case "entity":
						p.Entity = d.str(f)
					case "type":
						p.Type = d.str(f)
					default:
						return false
					}
					return true
				})
				openEnd(p.StartDate, &p.EndDate)
				r.Projects = append(r.Projects, p)
			})
		case "meta":
			m := &r.Meta
			d.object(f.v, nil, f.in, f.model, nil, &m.Extra, func(f field) bool {
				switch f.key {
				case "canonical":
					m.Canonical = d.str(f)
				case "version":
					m.Version = d.str(f)
				case "lastModified":
					m.LastModified = d.str(f)
				default:
					return false
				}
				return true
			})
		default:
			return false
		}
		return true
	})
}

func (d *decoder) basics(f field) {
	b := &d.r.Basics
	d.object(f.v, keysBasics, f.in, f.model, renamesBasics, &b.Extra, func(f field) bool {
		switch f.key {
		case "name":
			b.Name = d.str(f)
		case "label":
			b.Label = d.str(f)
		case "image":
			b.Image = d.str(f)
		case "email":
			b.Email = d.str(f)
		case "phone":
			b.Phone = d.str(f)
		case "url":
			b.URL = d.str(f)
		case "summary":
			b.Summary = d.str(f)
		case "location":
			l := &b.Location
			d.object(f.v, keysLocation, f.in, f.model, nil, &l.Extra, func(f field) bool {
				switch f.key {
				case "address":
					l.Address = d.str(f)
				case "postalCode":
					l.PostalCode = d.str(f)
				case "city":
					l.City = d.str(f)
				case "countryCode":
					l.CountryCode = d.str(f)
				case "region":
					l.Region = d.str(f)
				default:
					return false
				}
				return true
			})
		case "profiles":
			d.list(f, func(f field) {
				var p Profile
				d.object(f.v, keysProfile, f.in, f.model, renamesURL, &p.Extra, func(f field) bool {
					switch f.key {
					case "network":
						p.Network = d.str(f)
					case "username":
						p.Username = d.str(f)
					case "url":
						p.URL = d.str(f)
					default:
						return false
					}
					return true
				})
				b.Profiles = append(b.Profiles, p)
			})
		default:
			return false
		}
		return true
	})
}

// roleField decodes a role-level key of a work entry into ro.
func (d *decoder) roleField(ro *Role, f field) bool {
	switch f.key {
	case "position":
		ro.Position = d.str(f)
	case "startDate":
		ro.StartDate = d.date(f)
	case "endDate":
		ro.EndDate = d.date(f)
	case "location":
		ro.Location = d.str(f)
	case "summary":
		ro.Summary = d.str(f)
	case "highlights":
		ro.Highlights = d.strs(f)
	case "skills":
		ro.Skills = d.strs(f)
	case "roles":
		if f.v.kind == kindNull {
			return false
		}
		d.fail(f.v, f.in, fmt.Errorf("%w: a role cannot hold roles", ErrType), "roles sit directly under the employer's work entry")
	default:
		return false
	}
	return true
}

// work decodes one work entry: grouped (with "roles") or flat.
func (d *decoder) work(f field) {
	n := f.v
	k := len(d.r.Work)
	model := index("work", k)
	d.r.SetPosition(model, n.pos)
	var e Employer
	if roles := n.get("roles"); n.kind == kindObject && roleObjects(roles) {
		d.object(n, keysEmployer, f.in, model, renamesWork, &e.Extra, func(f field) bool {
			switch f.key {
			case "name":
				e.Name = d.str(f)
			case "location":
				e.Location = d.str(f)
			case "url":
				e.URL = d.str(f)
			case "description":
				e.Description = d.str(f)
			case "summary":
				e.Summary = d.str(f)
			case "roles":
				d.list(f, func(f field) {
					var ro Role
					d.object(f.v, keysRole, f.in, f.model, nil, &ro.Extra, func(f field) bool { return d.roleField(&ro, f) })
					openEnd(ro.StartDate, &ro.EndDate)
					e.Roles = append(e.Roles, ro)
				})
			case "position", "startDate", "endDate", "highlights", "skills":
				d.fail(f.v, f.in, fmt.Errorf("%w: %q belongs to a role, and this entry has roles", ErrType, f.key),
					fmt.Sprintf("move %q into each item of roles", f.key))
			default:
				return false
			}
			return true
		})
		d.r.setInputPath(model, f.in)
		d.r.Work = append(d.r.Work, e)
		d.flat = append(d.flat, false)
		return
	}
	if roles := n.get("roles"); n.kind == kindObject && roles != nil && roles.kind != kindNull {
		// A flat entry whose "roles" is not resumekit's list of role
		// objects (a list of titles, as some resumes have).
		d.fail(roles, join(f.in, "roles"), fmt.Errorf("%w: roles holds %s, not role objects", ErrType, describeNode(roles)),
			"resumekit's roles are objects with a position and dates; rename this key x-roles to keep it as an extension")
	}
	var ro Role
	roleModel := model + ".roles[0]"
	d.r.SetPosition(roleModel, n.pos)
	d.r.setInputPath(model, f.in)
	d.r.setInputPath(roleModel, f.in)
	d.object(n, keysFlatWork, f.in, model, renamesWork, &ro.Extra, func(f field) bool {
		switch f.key {
		case "name":
			e.Name = d.str(f)
		case "location":
			e.Location = d.str(f)
		case "url":
			e.URL = d.str(f)
		case "description":
			e.Description = d.str(f)
		case "employerSummary":
			e.Summary = d.str(f)
		case "roles":
			// not role objects: reported above
		default:
			// A role field: recorded under the role, not the employer.
			delete(d.r.src, f.model)
			f.model = join(roleModel, f.key)
			d.r.SetPosition(f.model, f.v.pos)
			return d.roleField(&ro, f)
		}
		return true
	})
	openEnd(ro.StartDate, &ro.EndDate)
	e.Roles = []Role{ro}
	d.r.Work = append(d.r.Work, e)
	d.flat = append(d.flat, true)
}

// roleObjects reports whether roles is resumekit's list of role objects:
// a list whose items are objects (or an empty list).
func roleObjects(roles *node) bool {
	if roles == nil || roles.kind != kindArray {
		return false
	}
	for _, it := range roles.items {
		if it.kind != kindObject {
			return false
		}
	}
	return true
}

// group merges consecutive flat employers with the same name (see
// LoadOptions.GroupEmployers) and moves the recorded positions along.
func (d *decoder) group() {
	// dest is where an input employer went: output employer emp, as its
	// role number role; leader marks the first employer of a group.
	type dest struct {
		emp, role int
		leader    bool
	}
	work := d.r.Work
	moved := make([]dest, len(work))
	var out []Employer
	var outFlat []bool
	pushed := map[int]bool{} // output employers whose location moved to the roles
	for i, e := range work {
		if n := len(out); n > 0 && d.flat[i] && outFlat[n-1] && sameEmployer(out[n-1], e) {
			g := &out[n-1]
			ro := e.Roles[0]
			if e.Location != g.Location && !pushed[n-1] {
				for j := range g.Roles {
					if g.Roles[j].Location == "" {
						g.Roles[j].Location = g.Location
					}
				}
				g.Location = ""
				pushed[n-1] = true
			}
			if pushed[n-1] && ro.Location == "" {
				ro.Location = e.Location
			}
			g.URL = cmp(g.URL, e.URL)
			g.Description = cmp(g.Description, e.Description)
			g.Summary = cmp(g.Summary, e.Summary)
			moved[i] = dest{emp: n - 1, role: len(g.Roles)}
			g.Roles = append(g.Roles, ro)
			continue
		}
		moved[i] = dest{emp: len(out), leader: true}
		out = append(out, e)
		outFlat = append(outFlat, d.flat[i])
	}
	if len(out) == len(work) {
		return
	}
	// Rewrite the recorded positions of work[...] paths: leaders first,
	// then the merged entries in input order, which fill in only the
	// employer-level fields their leader did not have.
	old := d.r.src
	d.r.src = make(map[string]Pos, len(old))
	var later []string
	for path, p := range old {
		i, rest, ok := workIndex(path)
		if !ok || i >= len(moved) {
			d.r.src[path] = p
			continue
		}
		to := moved[i]
		emp := index("work", to.emp)
		role := emp + ".roles[" + strconv.Itoa(to.role) + "]"
		switch {
		case !d.flat[i]:
			d.r.src[emp+rest] = p // a grouped entry is never merged
		case strings.HasPrefix(rest, ".roles[0]"):
			d.r.src[role+strings.TrimPrefix(rest, ".roles[0]")] = p
		case rest == ".location" && pushed[to.emp]:
			d.r.src[role+".location"] = p
		case to.leader:
			d.r.src[emp+rest] = p
		case rest != "":
			later = append(later, path)
		}
	}
	slices.SortFunc(later, func(a, b string) int {
		ia, _, _ := workIndex(a)
		ib, _, _ := workIndex(b)
		return ia - ib
	})
	for _, path := range later {
		i, rest, _ := workIndex(path)
		key := index("work", moved[i].emp) + rest
		if _, ok := d.r.src[key]; !ok {
			d.r.src[key] = old[path]
		}
	}
	oldIn := d.r.in
	d.r.in = nil
	for i, to := range moved {
		from, ok := oldIn[index("work", i)]
		if !ok {
			continue
		}
		emp := index("work", to.emp)
		if to.leader {
			d.r.setInputPath(emp, from)
		}
		if d.flat[i] {
			d.r.setInputPath(emp+".roles["+strconv.Itoa(to.role)+"]", from)
		}
	}
	d.r.Work = out
	d.flat = outFlat
}

// sameEmployer reports whether a flat entry e continues the employer g.
func sameEmployer(g, e Employer) bool {
	if strings.TrimSpace(g.Name) == "" || g.Name != e.Name {
		return false
	}
	agree := func(a, b string) bool { return a == "" || b == "" || a == b }
	return agree(g.URL, e.URL) && agree(g.Description, e.Description) && agree(g.Summary, e.Summary) && len(e.Roles) == 1
}

func cmp(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// workIndex splits "work[3].roles[0].position" into 3 and ".roles[0].position".
func workIndex(path string) (int, string, bool) {
	if !strings.HasPrefix(path, "work[") {
		return 0, "", false
	}
	end := strings.IndexByte(path, ']')
	if end < 0 {
		return 0, "", false
	}
	i, err := strconv.Atoi(path[5:end])
	if err != nil {
		return 0, "", false
	}
	return i, path[end+1:], true
}

// openEnd applies the JSON Resume convention that a range with a start and
// no end is still going on: the end becomes Present. (The schema's date
// pattern has no "present", so JSON Resume files leave endDate out.)
func openEnd(start Date, end *Date) {
	if !start.IsZero() && !start.Present && end.IsZero() {
		*end = Present
	}
}
