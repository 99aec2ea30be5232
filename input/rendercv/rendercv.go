package rendercv

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/resumekit/resumekit/resume"
)

// ErrSyntax is wrapped by errors about the YAML itself; ErrSchema by
// errors about keys and values RenderCV does not allow.
var (
	ErrSyntax = errors.New("rendercv: bad YAML")
	ErrSchema = errors.New("rendercv: not a valid RenderCV file")
)

// Error is a problem in a RenderCV file, with its position and key path.
type Error struct {
	File string
	Pos  resume.Pos
	Path string // "cv.sections.experience[0].start_date"
	Msg  string
	Err  error // ErrSyntax or ErrSchema
}

func (e *Error) Error() string {
	var b strings.Builder
	where := e.Pos
	if where.File == "" {
		where.File = e.File
	}
	if s := where.String(); s != "" {
		b.WriteString(s + ": ")
	}
	if e.Path != "" {
		b.WriteString(e.Path + ": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Unwrap returns ErrSyntax or ErrSchema.
func (e *Error) Unwrap() error { return e.Err }

// Errors is what Decode returns when a file has several problems: each
// key, field and section entry with a problem, in the order of the file.
type Errors []*Error

// Error renders one problem per line.
func (l Errors) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap returns the individual errors.
func (l Errors) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

// maxErrors bounds how many problems one Decode reports.
const maxErrors = 50

// note records a problem and lets decoding go on with the next key,
// field or entry, so that one run reports them all.
func (d *decoder) note(err error) {
	var e *Error
	if !errors.As(err, &e) {
		e = &Error{File: d.file, Msg: err.Error(), Err: ErrSchema}
	}
	if len(d.errs) < maxErrors {
		d.errs = append(d.errs, e)
	}
}

// Locale is what a RenderCV locale changes in how dates print.
type Locale struct {
	Language           string   // "english", "german", ... as written
	Code               string   // "en", "de", "es", "fr" when known
	Present            string   // the word for an open end, when set
	MonthAbbreviations []string // 12 names, when set
	MonthNames         []string // 12 names, when set
}

// Document is a decoded RenderCV file.
type Document struct {
	Resume   *resume.Resume
	Locale   Locale
	Warnings []resume.Warning // what was kept, but not quite as RenderCV shows it
}

// topKeys are the top-level keys of a RenderCV file.
var topKeys = map[string]bool{"cv": true, "design": true, "locale": true, "settings": true,
	"rendercv_settings": true, "locale_catalog": true}

var cvKeys = map[string]bool{"name": true, "headline": true, "location": true, "email": true,
	"photo": true, "phone": true, "website": true, "social_networks": true,
	"custom_connections": true, "sections": true, "label": true}

// IsRenderCV reports whether data looks like a RenderCV file: YAML whose
// top level has a "cv" key.
func IsRenderCV(data []byte) bool {
	for _, line := range bytes.Split(data, []byte("\n")) {
		l := bytes.TrimRight(line, " \t\r")
		if len(l) == 0 || l[0] == '#' || l[0] == ' ' || l[0] == '\t' || bytes.Equal(l, []byte("---")) {
			continue
		}
		if bytes.HasPrefix(l, []byte("cv:")) || bytes.HasPrefix(l, []byte(`"cv":`)) || bytes.HasPrefix(l, []byte("'cv':")) {
			return true
		}
	}
	return false
}

type decoder struct {
	file     string
	doc      *Document
	r        *resume.Resume
	warnings []resume.Warning
	errs     []*Error // the problems noted so far
}

// Decode reads a RenderCV YAML file into the model. It reads the cv part;
// design and settings are ignored, and the locale is returned so callers
// can print dates with its present word. file names the input in errors.
func Decode(data []byte, file string) (*Document, error) {
	root, err := parseTree(data, file)
	if err != nil {
		return nil, err
	}
	d := &decoder{file: file, r: &resume.Resume{}}
	d.doc = &Document{Resume: d.r}
	if root.kind != mapping {
		return nil, d.errf(root, "", "the top level must be a mapping with a cv key")
	}
	for i, k := range root.keys {
		if !topKeys[k] {
			return nil, &Error{File: file, Pos: root.kpos[i], Path: k, Err: ErrSchema,
				Msg: fmt.Sprintf("unexpected top-level key %q (a RenderCV file has cv, design, locale and settings)", k)}
		}
	}
	cv := root.get("cv")
	if cv == nil || cv.kind != mapping {
		return nil, d.errf(root, "cv", "missing the cv mapping")
	}
	if err := d.cv(cv); err != nil {
		d.note(err)
	}
	switch len(d.errs) {
	case 0:
	case 1:
		return nil, d.errs[0]
	default:
		return nil, Errors(d.errs)
	}
	if l := root.get("locale"); l != nil {
		d.locale(l)
	} else if l := root.get("locale_catalog"); l != nil {
		d.locale(l)
	}
	d.doc.Warnings = d.warnings
	return d.doc, nil
}

func (d *decoder) errf(n *node, path, format string, args ...any) error {
	p := resume.Pos{File: d.file}
	if n != nil {
		p = n.pos
	}
	return &Error{File: d.file, Pos: p, Path: path, Msg: fmt.Sprintf(format, args...), Err: ErrSchema}
}

func (d *decoder) warn(n *node, path, format string, args ...any) {
	p := resume.Pos{File: d.file}
	if n != nil {
		p = n.pos
	}
	d.warnings = append(d.warnings, resume.Warning{Pos: p, Path: path, Message: fmt.Sprintf(format, args...)})
}

// text returns a scalar value, or an error naming the path when the value
// is a mapping or a list.
func (d *decoder) text(n *node, path string) (string, error) {
	switch {
	case n == nil || n.kind == null:
		return "", nil
	case n.kind == scalar:
		return strings.TrimSpace(n.s), nil
	}
	return "", d.errf(n, path, "want a single value, not a %s", kindName(n.kind))
}

func kindName(k kind) string {
	switch k {
	case mapping:
		return "mapping"
	case sequence:
		return "list"
	}
	return "value"
}

// first accepts a value or a list of values (RenderCV allows several
// e-mails and phones); it returns the first and warns about the rest.
func (d *decoder) first(n *node, path string) (string, error) {
	if n != nil && n.kind == sequence {
		if len(n.items) == 0 {
			return "", nil
		}
		if len(n.items) > 1 {
			d.warn(n, path, "only the first of %d values is kept", len(n.items))
		}
		return d.text(n.items[0], path+"[0]")
	}
	return d.text(n, path)
}

func (d *decoder) cv(cv *node) error {
	b := &d.r.Basics
	for i, k := range cv.keys {
		if !cvKeys[k] {
			d.note(&Error{File: d.file, Pos: cv.kpos[i], Path: "cv." + k, Err: ErrSchema,
				Msg: fmt.Sprintf("unexpected key %q in cv (RenderCV knows name, headline, location, email, phone, website, social_networks, sections, ...)", k)})
		}
	}
	var err error
	fields := []struct {
		key string
		dst *string
	}{{"name", &b.Name}, {"headline", &b.Label}, {"label", &b.Label}, {"photo", &b.Image}, {"website", &b.URL}}
	for _, f := range fields {
		if v := cv.get(f.key); v != nil {
			s, err := d.first(v, "cv."+f.key)
			if err != nil {
				d.note(err)
				continue
			}
			if s != "" {
				*f.dst = s
			}
		}
	}
	if b.Email, err = d.first(cv.get("email"), "cv.email"); err != nil {
		d.note(err)
	}
	if b.Phone, err = d.first(cv.get("phone"), "cv.phone"); err != nil {
		d.note(err)
	}
	b.Phone = strings.TrimPrefix(b.Phone, "tel:")
	loc, err := d.text(cv.get("location"), "cv.location")
	if err != nil {
		d.note(err)
	}
	b.Location = splitLocation(loc)
	if sn := cv.get("social_networks"); sn != nil && sn.kind != null {
		if sn.kind != sequence {
			return d.errf(sn, "cv.social_networks", "want a list of {network, username}")
		}
		for i, it := range sn.items {
			p := fmt.Sprintf("cv.social_networks[%d]", i)
			if it.kind != mapping {
				d.note(d.errf(it, p, "want a mapping with network and username"))
				continue
			}
			network, err := d.text(it.get("network"), p+".network")
			if err != nil {
				d.note(err)
				continue
			}
			user, err := d.text(it.get("username"), p+".username")
			if err != nil {
				d.note(err)
				continue
			}
			b.Profiles = append(b.Profiles, resume.Profile{Network: network, Username: user, URL: profileURL(network, user)})
		}
	}
	if sections := cv.get("sections"); sections != nil && sections.kind != null {
		if sections.kind != mapping {
			return d.errf(sections, "cv.sections", "want a mapping of section titles to lists of entries")
		}
		for i, title := range sections.keys {
			if err := d.section(title, sections.vals[i]); err != nil {
				d.note(err)
			}
		}
	}
	return nil
}

// splitLocation turns "San Francisco, CA" into city and region.
func splitLocation(s string) resume.Location {
	if s == "" {
		return resume.Location{}
	}
	if i := strings.LastIndex(s, ","); i > 0 {
		return resume.Location{City: strings.TrimSpace(s[:i]), Region: strings.TrimSpace(s[i+1:])}
	}
	return resume.Location{City: s}
}

// profileURL builds the profile address RenderCV links to.
func profileURL(network, user string) string {
	if user == "" {
		return ""
	}
	base := map[string]string{
		"linkedin": "https://linkedin.com/in/", "github": "https://github.com/",
		"gitlab": "https://gitlab.com/", "instagram": "https://instagram.com/",
		"orcid": "https://orcid.org/", "stackoverflow": "https://stackoverflow.com/users/",
		"researchgate": "https://researchgate.net/profile/", "youtube": "https://youtube.com/@",
		"google scholar": "https://scholar.google.com/citations?user=", "x": "https://x.com/",
		"twitter": "https://twitter.com/", "telegram": "https://t.me/", "imdb": "https://imdb.com/name/",
		"leetcode": "https://leetcode.com/u/", "bluesky": "https://bsky.app/profile/",
	}[strings.ToLower(network)]
	if base == "" {
		return ""
	}
	return base + user
}

func (d *decoder) locale(l *node) {
	if l.kind != mapping {
		return
	}
	loc := &d.doc.Locale
	loc.Language = l.get("language").str()
	loc.Code = map[string]string{"english": "en", "en": "en", "spanish": "es", "es": "es",
		"german": "de", "de": "de", "french": "fr", "fr": "fr"}[strings.ToLower(loc.Language)]
	loc.Present = l.get("present").str()
	names := func(n *node) []string {
		if n == nil || n.kind != sequence || len(n.items) != 12 {
			return nil
		}
		out := make([]string, 12)
		for i, it := range n.items {
			out[i] = it.str()
		}
		return out
	}
	loc.MonthAbbreviations = names(l.get("month_abbreviations"))
	loc.MonthNames = names(l.get("month_names"))
}

// mdLink matches a Markdown link; compiled on first use, so that commands
// that read no RenderCV file do not pay for it.
var mdLink = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\[([^\]]+)\]\(([^)\s]+)\)$`)
})

// splitLink turns "[FlashInfer](https://github.com/)" into its text and URL.
func splitLink(s string) (text, url string) {
	if m := mdLink().FindStringSubmatch(strings.TrimSpace(s)); m != nil {
		return m[1], m[2]
	}
	return s, ""
}
