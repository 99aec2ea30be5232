package pdf

import (
	"strings"
)

// linkTarget makes u the URI of a link annotation: http, https, mailto,
// tel and ftp only (a link to anything else, "javascript:" for one, is
// not made; the text still prints), a bare "example.com/x" gets https://,
// and the result is 7-bit ASCII, as PDF URI strings must be. It returns ""
// for no link.
func linkTarget(u string) string {
	u = flat(u)
	if u == "" || strings.ContainsRune(u, ' ') {
		return ""
	}
	scheme, rest, ok := strings.Cut(u, ":")
	switch {
	case !ok || strings.ContainsAny(scheme, "/.?#@"):
		// "example.com/x", "user@example.com"
		if strings.Contains(u, "@") && !strings.Contains(u, "/") {
			u = "mailto:" + u
		} else if strings.Contains(u, ".") && !strings.HasPrefix(u, "/") {
			u = "https://" + u
		} else {
			return ""
		}
	default:
		switch strings.ToLower(scheme) {
		case "http", "https", "ftp":
			if !strings.HasPrefix(rest, "//") || len(rest) < 3 {
				return ""
			}
		case "mailto", "tel":
			if rest == "" {
				return ""
			}
		default:
			return ""
		}
	}
	return asciiURI(u)
}

// asciiURI percent-encodes the bytes of u outside printable ASCII.
func asciiURI(u string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		c := u[i]
		if c > 0x20 && c < 0x7F {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}
