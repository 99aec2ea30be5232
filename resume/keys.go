package resume

import (
	"errors"
	"fmt"
	"strings"
)

// ErrUnknownKey is wrapped by the LoadError of a key that is neither JSON
// Resume's, nor one of resumekit's extensions (see ExtensionKeys), nor
// marked as an extension (see IsExtensionKey).
var ErrUnknownKey = errors.New("unknown key")

// The keys each object of a resume file may hold: JSON Resume 1.0's, plus
// resumekit's extensions (see ExtensionKeys).
var (
	keysRoot = []string{"$schema", "basics", "work", "volunteer", "education", "awards", "certificates",
		"publications", "skills", "languages", "interests", "references", "projects", "meta"}
	keysBasics      = []string{"name", "label", "image", "email", "phone", "url", "summary", "location", "profiles"}
	keysLocation    = []string{"address", "postalCode", "city", "countryCode", "region"}
	keysProfile     = []string{"network", "username", "url"}
	keysVolunteer   = []string{"organization", "position", "url", "startDate", "endDate", "summary", "highlights"}
	keysEducation   = []string{"institution", "url", "area", "studyType", "startDate", "endDate", "score", "courses", "summary"}
	keysAward       = []string{"title", "date", "awarder", "summary"}
	keysCertificate = []string{"name", "date", "url", "issuer"}
	keysPublication = []string{"name", "publisher", "releaseDate", "url", "summary"}
	keysSkill       = []string{"name", "level", "keywords"}
	keysLanguage    = []string{"language", "fluency"}
	keysInterest    = []string{"name", "keywords"}
	keysReference   = []string{"name", "reference"}
	keysProject     = []string{"name", "description", "highlights", "keywords", "startDate", "endDate", "url", "roles", "entity", "type"}
	// A work entry with roles: employer-level keys (role keys next to
	// roles are reported as misplaced, not unknown).
	keysEmployer = []string{"name", "location", "url", "description", "summary", "roles",
		"position", "startDate", "endDate", "highlights", "skills"}
	// A flat work entry: JSON Resume's keys, resumekit's skills and
	// employerSummary, and roles (null there).
	keysFlatWork = []string{"name", "location", "url", "description", "position", "startDate", "endDate",
		"summary", "highlights", "skills", "employerSummary", "roles"}
	keysRole = []string{"position", "startDate", "endDate", "location", "summary", "highlights", "skills", "roles"}
)

// ExtensionKeys are the keys resumekit reads beyond JSON Resume 1.0, by the
// object that may hold them. Other JSON Resume tools ignore them.
var ExtensionKeys = map[string][]string{
	"work[]":      {"roles", "skills", "employerSummary"},
	"education[]": {"summary"},
	"work[].roles[]": {"position", "startDate", "endDate", "location", "summary", "highlights",
		"skills"},
}

// IsExtensionKey reports whether key, found in an object at the input path
// in, is an extension that any object may carry without an error: a key
// that starts with "x-" (in any case), or any key inside "meta", whose
// contents JSON Resume leaves open (themes and tools keep settings there).
func IsExtensionKey(in, key string) bool {
	if len(key) >= 2 && (key[0] == 'x' || key[0] == 'X') && key[1] == '-' {
		return true
	}
	return in == "meta" || strings.HasPrefix(in, "meta.") || strings.HasPrefix(in, "meta[")
}

// unknownKey reports key, unknown in the object at the input path in whose
// keys are known: an error, or a warning when lenient. Either way the
// value is kept in the object's Extra by the caller.
func (d *decoder) unknownKey(n *node, i int, in, key string, known []string) {
	path := join(in, key)
	hint := ""
	if s := nearest(key, known); s != "" {
		hint = fmt.Sprintf("did you mean %q?", s)
	}
	if d.opts.Lenient {
		msg := fmt.Sprintf("unknown key %q kept as an extension", key)
		if hint != "" {
			msg += "; " + hint
		} else {
			msg += fmt.Sprintf("; name it \"x-%s\" to say so", key)
		}
		d.warns = append(d.warns, Warning{Path: path, Pos: n.kpos[i], Message: msg})
		return
	}
	if s := nearest(key, known); s != "" {
		d.suggested = append(d.suggested, join(in, s))
	}
	if hint == "" {
		hint = fmt.Sprintf("remove it, or name it \"x-%s\" to keep it as an extension", key)
	}
	if len(d.errs) < maxErrors {
		d.errs = append(d.errs, &LoadError{File: d.file, Pos: n.kpos[i], Path: path,
			Err: fmt.Errorf("%w %q", ErrUnknownKey, key), Hint: hint})
	}
}

// nearest returns the known key closest to key when it is a near miss (a
// difference in case, or one or two typos in a longer key), else "".
func nearest(key string, known []string) string {
	best, bestD := "", 3
	for _, k := range known {
		if strings.EqualFold(k, key) {
			return k
		}
		d := editDistance(strings.ToLower(key), strings.ToLower(k))
		limit := 1
		if len(k) >= 6 {
			limit = 2
		}
		if d <= limit && d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// editDistance is the optimal string alignment distance between a and b:
// insertions, deletions, substitutions and transpositions of neighbours.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		return 64 // no key is that long: not a near miss
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
