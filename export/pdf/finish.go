package pdf

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"strconv"
	"time"
	"unicode/utf16"
)

// finish completes the file gopdf made, which this package controls
// entirely, in ways gopdf has no API for:
//
//   - Each page gets the content stream this package wrote (gopdf's holds
//     a placeholder), compressed. gopdf makes one text object (BT … ET)
//     per Text call, that is per font change, and text extractors such as
//     ledongthuc/pdf start a new line at every text object: a role line in
//     three fonts would read back as three lines. Here each visual line is
//     one text object.
//   - The fonts the content streams use are added (fontObjects) and named
//     in the pages' resource dictionary. gopdf's own font embedding
//     compresses each font program at zlib's default level with a new
//     compressor every time, which took half the time of a whole document.
//   - The document information dictionary becomes an indirect object with
//     Keywords and ModDate (gopdf writes it inline in the trailer, without
//     them), the catalog gets /Lang, and the trailer an /ID derived from
//     the content. Nothing depends on the clock.
//   - The cross-reference table is rebuilt for the new offsets.
//
// It finds gopdf's objects through gopdf's own cross-reference table.
func finish(raw []byte, streams [][]byte, fonts []embeddedFont, in docInfo) ([]byte, error) {
	objs, err := splitObjects(raw)
	if err != nil {
		return nil, err
	}
	// Pages in order, their content streams and their resources.
	contentPage := make(map[int]int)
	resources := 0
	page := 0
	for id := 1; id < len(objs); id++ {
		body := objs[id]
		if !bytes.Contains(body, []byte("/Type /Page\n")) {
			continue
		}
		refs := refsAfter(body, "/Contents ")
		if len(refs) != 1 || refs[0] >= len(objs) {
			return nil, fmt.Errorf("%w: finish: page object %d: /Contents %v", errInternal, id, refs)
		}
		contentPage[refs[0]] = page
		page++
		rs := refsAfter(body, "/Resources ")
		if len(rs) != 1 || rs[0] >= len(objs) || resources != 0 && rs[0] != resources {
			return nil, fmt.Errorf("%w: finish: page object %d: /Resources %v", errInternal, id, rs)
		}
		resources = rs[0]
	}
	if page != len(streams) {
		return nil, fmt.Errorf("%w: finish: %d pages, want %d", errInternal, page, len(streams))
	}
	const noFonts = "\t/Font <<\n\t>>\n"
	if !bytes.Contains(objs[resources], []byte(noFonts)) {
		return nil, fmt.Errorf("%w: finish: unexpected resource dictionary", errInternal)
	}

	var out bytes.Buffer
	out.Grow(len(raw) + 48<<10)
	offsets := make([]int, 0, len(objs)+5*len(fonts)+1)
	at := func() { offsets = append(offsets, out.Len()) }
	out.Write(raw[:bytes.Index(raw, []byte("1 0 obj\n"))])
	firstFont := len(objs)
	for id := 1; id < len(objs); id++ {
		at()
		body := objs[id]
		switch p, isContent := contentPage[id]; {
		case isContent:
			writeStream(&out, id, streams[p], true, "")
		case id == 1:
			out.Write(catalog(body, in.lang))
		case id == resources:
			var f []byte
			f = append(f, "\t/Font <<\n"...)
			for k := range fonts {
				f = append(f, "\t\t/F"...)
				f = strconv.AppendInt(f, int64(k+1), 10)
				f = append(f, ' ')
				f = ref(f, firstFont+5*k)
				f = append(f, '\n')
			}
			f = append(f, "\t>>\n"...)
			out.Write(bytes.Replace(body, []byte(noFonts), f, 1))
		default:
			out.Write(body)
		}
	}
	for k := range fonts {
		fontObjects(&out, firstFont+5*k, &fonts[k], at)
	}
	infoID := firstFont + 5*len(fonts)
	at()
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

// refsAfter reads the object numbers of the references "N 0 R" after key.
func refsAfter(body []byte, key string) []int {
	i := bytes.Index(body, []byte(key))
	if i < 0 {
		return nil
	}
	rest := body[i+len(key):]
	if j := bytes.IndexByte(rest, '\n'); j >= 0 {
		rest = rest[:j]
	}
	var refs []int
	f := bytes.Fields(rest)
	for k := 0; k+2 < len(f); k += 3 {
		n, err := strconv.Atoi(string(f[k]))
		if err != nil || n <= 0 || string(f[k+1]) != "0" || string(f[k+2]) != "R" {
			return nil
		}
		refs = append(refs, n)
	}
	return refs
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
