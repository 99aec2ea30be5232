package pdf

import (
	"bytes"
	"compress/zlib"
	"crypto/sha256"
	"fmt"
	"strconv"
	"time"
	"unicode/utf16"
)

// finish rewrites the file gopdf made, which this package controls
// entirely, in four ways gopdf has no API for:
//
//   - Each visual line becomes one text object (BT … ET). gopdf makes one
//     per Text call, that is per font change, and text extractors such as
//     ledongthuc/pdf start a new line at every text object: a role line
//     in three fonts would read back as three lines. The segments of a
//     line keep their fonts and absolute positions (Tf and Tm inside one
//     BT … ET); groups gives, per page, how many gopdf text objects make
//     each line.
//   - Content streams are compressed (gopdf wrote them plain for this).
//   - The document information dictionary becomes an indirect object
//     (gopdf writes it inline in the trailer, and has no Keywords or
//     ModDate), the catalog gets /Lang, and the trailer gets an /ID
//     derived from the content. Nothing depends on the clock.
//   - The cross-reference table is rebuilt for the new offsets.
//
// It reads gopdf's file through gopdf's own cross-reference table, so
// binary font data is never scanned for keywords.
func finish(raw []byte, groups [][]int, in docInfo) ([]byte, error) {
	objs, err := splitObjects(raw)
	if err != nil {
		return nil, err
	}
	// Pages in order, and their content streams.
	contentPage := make(map[int]int)
	page := 0
	for id := 1; id < len(objs); id++ {
		body := objs[id]
		if !bytes.Contains(body, []byte("/Type /Page\n")) {
			continue
		}
		i := bytes.Index(body, []byte("/Contents "))
		if i < 0 {
			return nil, fmt.Errorf("%w: finish: page object %d has no /Contents", errInternal, id)
		}
		for _, f := range bytes.Fields(body[i+len("/Contents "):]) {
			if bytes.Equal(f, []byte("0")) || bytes.Equal(f, []byte("R")) {
				continue
			}
			n, err := strconv.Atoi(string(f))
			if err != nil {
				break
			}
			if n <= 0 || n >= len(objs) {
				return nil, fmt.Errorf("%w: finish: page object %d: bad /Contents %d", errInternal, id, n)
			}
			contentPage[n] = page
		}
		page++
	}
	if page != len(groups) {
		return nil, fmt.Errorf("%w: finish: %d pages, want %d", errInternal, page, len(groups))
	}

	var out bytes.Buffer
	out.Grow(len(raw))
	offsets := make([]int, 0, len(objs)+1)
	out.Write(raw[:bytes.Index(raw, []byte("1 0 obj\n"))])
	for id := 1; id < len(objs); id++ {
		offsets = append(offsets, out.Len())
		body := objs[id]
		switch p, isContent := contentPage[id]; {
		case isContent:
			if err := writeContent(&out, id, body, groups[p]); err != nil {
				return nil, err
			}
			groups[p] = nil
		case id == 1:
			out.Write(catalog(body, in.lang))
		default:
			out.Write(body)
		}
	}
	for p, g := range groups {
		if g != nil {
			return nil, fmt.Errorf("%w: finish: page %d has no content stream", errInternal, p+1)
		}
	}
	infoID := len(objs)
	offsets = append(offsets, out.Len())
	fmt.Fprintf(&out, "%d 0 obj\n", infoID)
	writeInfo(&out, in)
	out.WriteString("endobj\n\n")

	sum := sha256.Sum256(out.Bytes())
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&out, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&out, "trailer\n<<\n/Size %d\n/Root 1 0 R\n/Info %d 0 R\n/ID [<%x> <%x>]\n>>\nstartxref\n%d\n%%%%EOF\n",
		len(offsets)+1, infoID, sum[:16], sum[:16], xref)
	return out.Bytes(), nil
}

// splitObjects returns gopdf's objects by number (index 0 unused), each
// from "N 0 obj" to the start of the next, found through the
// cross-reference table.
func splitObjects(raw []byte) ([][]byte, error) {
	bad := func(what string) error {
		return fmt.Errorf("%w: finish: unexpected gopdf output: %s", errInternal, what)
	}
	i := bytes.LastIndex(raw, []byte("startxref\n"))
	if i < 0 {
		return nil, bad("no startxref")
	}
	rest := raw[i+len("startxref\n"):]
	if j := bytes.IndexByte(rest, '\n'); j >= 0 {
		rest = rest[:j]
	}
	xref, err := strconv.Atoi(string(rest))
	if err != nil || xref <= 0 || xref >= len(raw) {
		return nil, bad("bad startxref")
	}
	x := raw[xref:]
	if !bytes.HasPrefix(x, []byte("xref\n0 ")) {
		return nil, bad("no xref table")
	}
	x = x[len("xref\n0 "):]
	j := bytes.IndexByte(x, '\n')
	if j < 0 {
		return nil, bad("xref header")
	}
	n, err := strconv.Atoi(string(x[:j]))
	if err != nil || n < 2 || len(x) < j+1+20*n {
		return nil, bad("xref size")
	}
	x = x[j+1:]
	tr := x[20*n:]
	if !bytes.Contains(tr, []byte("/Root 1 0 R")) || bytes.Contains(tr, []byte("/Encrypt")) {
		return nil, bad("trailer")
	}
	offs := make([]int, n+1)
	for k := 1; k < n; k++ {
		e := x[20*k : 20*k+20]
		o, err := strconv.Atoi(string(e[:10]))
		if err != nil || e[17] != 'n' {
			return nil, bad("xref entry " + strconv.Itoa(k))
		}
		offs[k] = o
	}
	offs[n] = xref
	objs := make([][]byte, n)
	for k := 1; k < n; k++ {
		if offs[k] >= offs[k+1] {
			return nil, bad("objects out of order")
		}
		body := raw[offs[k]:offs[k+1]]
		if !bytes.HasPrefix(body, []byte(strconv.Itoa(k)+" 0 obj\n")) {
			return nil, bad("object " + strconv.Itoa(k) + " not at its offset")
		}
		objs[k] = body
	}
	return objs, nil
}

// writeContent writes content stream object id with its text objects
// grouped into lines, compressed.
func writeContent(out *bytes.Buffer, id int, body []byte, counts []int) error {
	head := fmt.Sprintf("%d 0 obj\n<<\n/Length ", id)
	if !bytes.HasPrefix(body, []byte(head)) {
		return fmt.Errorf("%w: finish: content object %d: unexpected dictionary", errInternal, id)
	}
	rest := body[len(head):]
	j := bytes.Index(rest, []byte("\n>>\nstream\n"))
	if j < 0 {
		return fmt.Errorf("%w: finish: content object %d: no stream", errInternal, id)
	}
	n, err := strconv.Atoi(string(rest[:j]))
	rest = rest[j+len("\n>>\nstream\n"):]
	if err != nil || n < 0 || n > len(rest) || !bytes.HasPrefix(rest[n:], []byte("endstream\n")) {
		return fmt.Errorf("%w: finish: content object %d: bad length", errInternal, id)
	}
	merged, err := mergeLines(rest[:n], counts)
	if err != nil {
		return fmt.Errorf("%w: finish: content object %d: %v", errInternal, id, err)
	}
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.DefaultCompression)
	zw.Write(merged)
	zw.Close()
	fmt.Fprintf(out, "%d 0 obj\n<<\n/Filter /FlateDecode\n/Length %d\n>>\nstream\n", id, z.Len())
	out.Write(z.Bytes())
	out.WriteString("\nendstream\nendobj\n\n")
	return nil
}

// mergeLines joins gopdf's text objects, counts[i] of them for line i, so
// that each line is one BT … ET. gopdf writes each text object as
//
//	BT
//	x y TD
//	/Fn size Tf spacing Tc
//	r g b rg
//	[<glyphs>] TJ
//	ET
//
// The first of a line keeps its TD (absolute at the start of a text
// object); the others get "1 0 0 1 x y Tm", the same absolute position.
func mergeLines(s []byte, counts []int) ([]byte, error) {
	out := make([]byte, 0, len(s)+len(s)/8)
	g, k := 0, 0 // line, and text object within it
	for len(s) > 0 {
		ln := nextLine(&s)
		if string(ln) != "BT\n" {
			if k != 0 {
				return nil, fmt.Errorf("drawing operator %q inside line %d", ln, g)
			}
			out = append(out, ln...)
			continue
		}
		if g >= len(counts) {
			return nil, fmt.Errorf("more text objects than the %d lines drawn", len(counts))
		}
		td := nextLine(&s)
		f := bytes.Fields(td)
		if len(f) != 3 || string(f[2]) != "TD" {
			return nil, fmt.Errorf("text object without TD: %q", td)
		}
		if k == 0 {
			out = append(out, "BT\n"...)
			out = append(out, td...)
		} else {
			out = append(out, "1 0 0 1 "...)
			out = append(out, f[0]...)
			out = append(out, ' ')
			out = append(out, f[1]...)
			out = append(out, " Tm\n"...)
		}
		for {
			if len(s) == 0 {
				return nil, fmt.Errorf("unterminated text object")
			}
			l := nextLine(&s)
			if string(l) == "ET\n" {
				break
			}
			out = append(out, l...)
		}
		k++
		if k == counts[g] {
			out = append(out, "ET\n"...)
			g, k = g+1, 0
		}
	}
	if g != len(counts) || k != 0 {
		return nil, fmt.Errorf("%d lines drawn, %d found", len(counts), g)
	}
	return out, nil
}

func nextLine(s *[]byte) []byte {
	i := bytes.IndexByte(*s, '\n')
	if i < 0 {
		l := *s
		*s = nil
		return l
	}
	l := (*s)[:i+1]
	*s = (*s)[i+1:]
	return l
}

// catalog adds /Lang and DisplayDocTitle to gopdf's catalog.
func catalog(body []byte, lang string) []byte {
	const typ = "/Type /Catalog\n"
	i := bytes.Index(body, []byte(typ))
	if i < 0 {
		return body
	}
	i += len(typ)
	add := "  /ViewerPreferences << /DisplayDocTitle true >>\n"
	if isLangTag(lang) {
		add += "  /Lang (" + lang + ")\n"
	}
	out := make([]byte, 0, len(body)+len(add))
	out = append(out, body[:i]...)
	out = append(out, add...)
	return append(out, body[i:]...)
}

func isLangTag(s string) bool {
	if s == "" || len(s) > 35 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// writeInfo writes the document information dictionary.
func writeInfo(out *bytes.Buffer, in docInfo) {
	out.WriteString("<<\n")
	for _, e := range []struct{ key, val string }{
		{"Title", in.title},
		{"Author", in.author},
		{"Subject", in.subject},
		{"Keywords", in.keywords},
		{"Creator", Creator},
		{"Producer", Producer},
	} {
		if e.val != "" {
			out.WriteString("/" + e.key + " ")
			writeTextString(out, e.val)
			out.WriteByte('\n')
		}
	}
	d := pdfDate(in.created)
	out.WriteString("/CreationDate (" + d + ")\n/ModDate (" + d + ")\n>>\n")
}

// writeTextString writes s as a PDF text string: a literal string when it
// is printable ASCII, else UTF-16BE with a byte order mark, in hex.
func writeTextString(out *bytes.Buffer, s string) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7E {
			ascii = false
			break
		}
	}
	if ascii {
		out.WriteByte('(')
		for i := 0; i < len(s); i++ {
			if c := s[i]; c == '(' || c == ')' || c == '\\' {
				out.WriteByte('\\')
			}
			out.WriteByte(s[i])
		}
		out.WriteByte(')')
		return
	}
	out.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(out, "%04X", u)
	}
	out.WriteByte('>')
}

// pdfDate formats t as a PDF date, "D:20060102150405Z" or with its offset
// as "+01'00'".
func pdfDate(t time.Time) string {
	s := "D:" + t.Format("20060102150405")
	_, off := t.Zone()
	if off == 0 {
		return s + "Z"
	}
	sign := byte('+')
	if off < 0 {
		sign, off = '-', -off
	}
	return fmt.Sprintf("%s%c%02d'%02d'", s, sign, off/3600, off/60%60)
}
