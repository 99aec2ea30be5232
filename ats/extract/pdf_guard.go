package extract

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"strconv"

	"github.com/ledongthuc/pdf"
)

// Two more loops in ledongthuc/pdf that no recover can stop, found while
// building the hostile test files; they are checked on the raw bytes
// before the library sees the file:
//   - an object stream whose /Extends chain is a cycle (resolve loops
//     when the object is not in the stream);
//   - a cross-reference /Prev chain that is a cycle (readPrevXrefs loops).

// pdfSpace is PDF's white space, which has NUL too (a regexp's \s lacks
// it, and a NUL between "3 0" and "R" hid a cyclic /Extends chain).
const pdfSpace = `[\x00\t\n\f\r ]`

var (
	sizeRE     = lazyRE(`/Size` + pdfSpace + `*([-+]?\d+)`)
	indexRE    = lazyRE(`/Index` + pdfSpace + `*\[([^\]]*)\]`)
	wRE        = lazyRE(`/W` + pdfSpace + `*\[([^\]]*)\]`)
	columnsRE  = lazyRE(`/Columns` + pdfSpace + `*([-+]?\d+)`)
	objStmRE   = lazyRE(`(\d+)` + pdfSpace + `+(\d+)` + pdfSpace + `+obj` + pdfSpace + `*<<`)
	extendsRE  = lazyRE(`/Extends` + pdfSpace + `+(\d+)` + pdfSpace + `+\d+` + pdfSpace + `+R`)
	prevRE     = lazyRE(`/Prev` + pdfSpace + `+(\d+)`)
	startxrefR = lazyRE(`startxref` + pdfSpace + `+(\d+)`)
	lengthRE   = lazyRE(`/Length` + pdfSpace + `+(\d+)(` + pdfSpace + `+\d+` + pdfSpace + `+R)?`)
)

// badStreamLengths counts the streams whose direct /Length does not end at
// their "endstream" keyword (a damaged or tampered file: a /Length that
// claims a gigabyte, say). The library reads such files by scanning for
// endstream; the count feeds a Damaged warning.
func badStreamLengths(data []byte) int {
	bad := 0
	for off := 0; off < len(data); {
		i := bytes.Index(data[off:], []byte("stream"))
		if i < 0 {
			break
		}
		kw := off + i
		off = kw + len("stream")
		if kw >= 3 && string(data[kw-3:kw]) == "end" {
			continue // "endstream"
		}
		dict := data[max(0, kw-1024):kw]
		if j := bytes.LastIndex(dict, []byte("<<")); j >= 0 {
			dict = dict[j:]
		}
		m := lengthRE().FindSubmatch(dict)
		if m == nil || len(m[2]) > 0 {
			continue // no /Length, or an indirect one
		}
		n, err := strconv.Atoi(string(m[1]))
		start := off
		if start < len(data) && data[start] == '\r' {
			start++
		}
		if start < len(data) && data[start] == '\n' {
			start++
		}
		if err != nil || n < 0 || n > len(data)-start {
			bad++
			continue
		}
		rest := bytes.TrimLeft(data[start+n:min(len(data), start+n+16)], "\r\n \t")
		if !bytes.HasPrefix(rest, []byte("endstream")) {
			bad++
		}
	}
	return bad
}

func precheckPDF(data []byte) error {
	if err := checkLongTokens(data); err != nil {
		return err
	}
	if err := checkExtends(data); err != nil {
		return err
	}
	return checkPrevChain(data)
}

// dictAfter returns the bytes of the object starting at off up to its
// "stream" keyword or "endobj", at most 64 KB.
func dictAfter(data []byte, off int) []byte {
	end := min(len(data), off+64<<10)
	d := data[off:end]
	if i := bytes.Index(d, []byte("stream")); i >= 0 {
		d = d[:i]
	}
	if i := bytes.Index(d, []byte("endobj")); i >= 0 {
		d = d[:i]
	}
	return d
}

func checkExtends(data []byte) error {
	if !bytes.Contains(data, []byte("/Extends")) {
		return nil
	}
	next := map[int]int{}
	for _, m := range objStmRE().FindAllSubmatchIndex(data, 100000) {
		id, _ := strconv.Atoi(string(data[m[2]:m[3]]))
		d := dictAfter(data, m[0])
		if !bytes.Contains(d, []byte("/ObjStm")) {
			continue
		}
		if e := extendsRE().FindSubmatch(d); e != nil {
			to, _ := strconv.Atoi(string(e[1]))
			next[id] = to
		}
	}
	for start := range next {
		seen := map[int]bool{}
		for cur, ok := start, true; ok; cur, ok = next[cur] {
			if seen[cur] {
				return fmt.Errorf("%w: object stream %d has a cyclic /Extends chain", ErrMalformed, start)
			}
			seen[cur] = true
		}
	}
	return nil
}

// maxXrefObjects bounds the object numbers a cross-reference section may
// name in data: one object per 4 bytes of the file (at least 65,536), and
// never more than the 8,388,607 indirect objects PDF allows. The library
// makes its object table as long as the highest number it reads, so a
// section that names object 6,553,500,000,015 in a 300-byte file would
// ask for petabytes, a fatal error no recover stops.
func maxXrefObjects(data []byte) int64 {
	return min(8388607, max(1<<16, int64(len(data))/4))
}

// checkPrevChain follows the cross-reference sections the library reads
// (startxref, then each /Prev) and refuses a chain that is a cycle, or a
// section whose object numbers, /Size, /Index or /W field widths are
// beyond what the file could hold.
func checkPrevChain(data []byte) error {
	limit := maxXrefObjects(data)
	tail := data[max(0, len(data)-1024):]
	ms := startxrefR().FindAllSubmatch(tail, -1)
	if ms == nil {
		return nil
	}
	off, err := strconv.Atoi(string(ms[len(ms)-1][1]))
	if err != nil {
		return nil
	}
	seen := map[int]bool{}
	for hops := 0; hops < 10000; hops++ {
		if off <= 0 || off >= len(data) {
			return nil
		}
		if seen[off] {
			return fmt.Errorf("%w: the cross-reference /Prev chain is a cycle (offset %d)", ErrMalformed, off)
		}
		seen[off] = true
		sect := data[off:]
		var dict []byte
		l := lexer{b: sect}
		l.skipSpace()
		if bytes.HasPrefix(sect[l.pos:], []byte("xref")) {
			i := bytes.Index(sect, []byte("trailer"))
			if i < 0 {
				// the library reads (and sizes) the entries before it
				// finds no trailer
				return checkXrefTable(sect, limit)
			}
			if err := checkXrefTable(sect[:i], limit); err != nil {
				return err
			}
			dict = sect[i:]
			if j := bytes.Index(dict, []byte("startxref")); j >= 0 {
				dict = dict[:j]
			}
			if len(dict) > 64<<10 {
				dict = dict[:64<<10]
			}
		} else {
			dict = dictAfter(data, off)
			if err := checkXrefStream(dict, limit); err != nil {
				return err
			}
		}
		m := prevRE().FindSubmatch(dict)
		if m == nil {
			return nil
		}
		off, err = strconv.Atoi(string(m[1]))
		if err != nil {
			return nil
		}
	}
	return fmt.Errorf("%w: the cross-reference /Prev chain is longer than 10000 sections", ErrMalformed)
}

// checkObjectStreams refuses a file in which looking up an object can go
// round in a circle through object streams: the cross-reference table puts
// an object in an object stream, and that stream is itself stored in (or,
// through /Extends, continued by) a stream that leads back. The library
// then recurses without end and overflows the stack, which no recover
// stops. The cross-reference table is the library's own, read by
// reflection (it is unexported; if its layout changes, only the /Extends
// edges are checked); /Extends comes from the raw bytes.
func checkObjectStreams(r *pdf.Reader, data []byte) error {
	next := map[int][]int{} // object -> objects its lookup goes on to
	if bytes.Contains(data, []byte("/Extends")) {
		for _, m := range objStmRE().FindAllSubmatchIndex(data, -1) {
			id, _ := strconv.Atoi(string(data[m[2]:m[3]]))
			if e := extendsRE().FindSubmatch(dictAfter(data, m[0])); e != nil {
				to, _ := strconv.Atoi(string(e[1]))
				next[id] = append(next[id], to)
			}
		}
	}
	if rv := reflect.ValueOf(r); rv.Kind() == reflect.Pointer && !rv.IsNil() {
		if x := rv.Elem().FieldByName("xref"); x.IsValid() && x.Kind() == reflect.Slice {
			for i := range x.Len() {
				e := x.Index(i)
				in, st := e.FieldByName("inStream"), e.FieldByName("stream")
				if in.IsValid() && in.Kind() == reflect.Bool && in.Bool() &&
					st.IsValid() && st.Kind() == reflect.Struct && st.NumField() > 0 && st.Field(0).CanUint() {
					next[i] = append(next[i], int(st.Field(0).Uint()))
				}
			}
		}
	}
	// Depth-first search for a cycle, without recursion.
	const (
		unseen = iota
		onPath
		done
	)
	state := map[int]uint8{}
	type frame struct{ id, edge int }
	for start := range next {
		if state[start] != unseen {
			continue
		}
		stack := []frame{{start, 0}}
		state[start] = onPath
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			if top.edge == len(next[top.id]) {
				state[top.id] = done
				stack = stack[:len(stack)-1]
				continue
			}
			to := next[top.id][top.edge]
			top.edge++
			switch state[to] {
			case onPath:
				return fmt.Errorf("%w: object %d is looked up through object streams that lead back to it", ErrMalformed, to)
			case unseen:
				state[to] = onPath
				stack = append(stack, frame{to, 0})
			}
		}
	}
	return nil
}

// checkXrefTable reads the subsection headers ("first count") of a
// classic cross-reference table, sect from "xref" up to "trailer", with
// our content-stream lexer (its spaces, comments and delimiters are the
// library's), skipping each subsection's entries, and refuses a first
// object number or a count above limit.
func checkXrefTable(sect []byte, limit int64) error {
	l := &lexer{b: sect}
	token := func() []byte {
		l.skipSpace()
		if l.pos >= len(l.b) {
			return nil
		}
		start := l.pos
		l.skipToken()
		return l.b[start:l.pos]
	}
	token() // "xref"
	for {
		a, b := token(), token()
		first, err1 := strconv.ParseInt(string(a), 10, 64)
		count, err2 := strconv.ParseInt(string(b), 10, 64)
		if a == nil || b == nil || err1 != nil || err2 != nil {
			return nil // the library stops here with an error of its own
		}
		if first < 0 || count < 0 || first > limit || count > limit {
			return fmt.Errorf("%w: a cross-reference subsection names objects %d to %d; a file this size holds at most %d", ErrMalformed, first, first+count, limit)
		}
		for k := int64(0); k < 3*count; k++ {
			if token() == nil {
				return nil
			}
		}
	}
}

// checkXrefStream refuses a cross-reference stream whose dictionary asks
// the library for a table longer than limit (/Size, /Index), for entry
// fields wider than 8 bytes (/W) or for more predictor columns than
// maxPredictorColumns, which it would allocate as asked.
func checkXrefStream(dict []byte, limit int64) error {
	if !bytes.Contains(dict, []byte("/XRef")) {
		return nil
	}
	var nums [][]byte
	if m := sizeRE().FindSubmatch(dict); m != nil {
		nums = append(nums, m[1])
	}
	if m := indexRE().FindSubmatch(dict); m != nil {
		nums = append(nums, bytes.Fields(m[1])...)
	}
	for _, f := range nums {
		if n, err := strconv.ParseInt(string(f), 10, 64); err != nil || n < 0 || n > limit {
			return fmt.Errorf("%w: a cross-reference stream's /Size or /Index names object %s; a file this size holds at most %d", ErrMalformed, f, limit)
		}
	}
	if m := columnsRE().FindSubmatch(dict); m != nil {
		if n, err := strconv.ParseInt(string(m[1]), 10, 64); err != nil || n < 0 || n > maxPredictorColumns {
			return fmt.Errorf("%w: a cross-reference stream's /DecodeParms asks for %s predictor columns (at most %d)", ErrMalformed, m[1], maxPredictorColumns)
		}
	}
	if m := wRE().FindSubmatch(dict); m != nil {
		for _, f := range bytes.Fields(m[1]) {
			if n, err := strconv.Atoi(string(f)); err != nil || n < 0 || n > 8 {
				return fmt.Errorf("%w: a cross-reference stream's /W has a field %q bytes wide (at most 8)", ErrMalformed, f)
			}
		}
	}
	return nil
}

// libSafe reports whether the PDF library's lexer can read data (a
// content stream or a CMap) to its end. The library loops forever on a
// hex string that the data's end cuts open ("<48656C" then nothing but
// hex digits and spaces): at the end its byte reader returns newlines for
// ever, which the hex-string loop skips as spaces. Comments and literal
// strings are skipped as the library skips them.
func libSafe(data []byte) bool {
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '%':
			for i < len(data) && data[i] != '\r' && data[i] != '\n' {
				i++
			}
		case '(':
			depth := 1
			for i++; i < len(data) && depth > 0; i++ {
				switch data[i] {
				case '\\':
					i++
				case '(':
					depth++
				case ')':
					depth--
				}
			}
			i--
		case '<':
			if i+1 < len(data) && data[i+1] == '<' {
				i++
				continue
			}
			j := i + 1
			for ; j < len(data); j++ {
				c := data[j]
				if c == '>' || !(isSpace(c) || unhexByte(c) >= 0) {
					break // closed, or a byte the library refuses with an error
				}
			}
			if j >= len(data) {
				return false
			}
			i = j
		}
	}
	return true
}

func unhexByte(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// libSafePage checks what the library's plain-text reader will lex for
// one page, its content streams and its fonts' ToUnicode CMaps, with
// libSafe and the content limits, before it is let loose on them.
func libSafePage(pg pdfPage, fonts *fontCache) error {
	data, err := readStream(pg.v.Key("Contents"), min(maxContentBytes, max(fonts.content, 0)))
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return err
		}
		return fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	fonts.content -= int64(len(data))
	if !libSafe(data) {
		return fmt.Errorf("%w: a hex string in the content stream is cut open by the stream's end", ErrMalformed)
	}
	fr := pg.resources.Key("Font")
	for i, name := range fr.Keys() {
		if i >= maxFonts {
			return fmt.Errorf("%w: the page's resources name more than %d fonts", ErrTooLarge, maxFonts)
		}
		tu := fr.Key(name).Key("ToUnicode")
		if tu.Kind() != pdf.Stream {
			continue
		}
		cm, err := readStream(tu, maxToUnicode)
		if err != nil || !libSafe(cm) {
			return fmt.Errorf("%w: font %s has a damaged or oversized ToUnicode CMap", ErrMalformed, name)
		}
	}
	return nil
}

// maxTokenRun bounds a run of bytes that the library's lexer would read
// as one token (no white space, no delimiter). A cross-reference offset
// that points into such a run makes the library read it whole, more than
// once, and copy it into its error message: a 19 MB run cost 200 MB.
// Compressed and binary data has runs of a few dozen bytes.
const maxTokenRun = 1 << 20

// checkLongTokens refuses data holding a run longer than maxTokenRun.
func checkLongTokens(data []byte) error {
	if len(data) <= maxTokenRun {
		return nil // no run can be longer than the data
	}
	run := 0
	for i, c := range data {
		switch c {
		case 0, '\t', '\n', '\f', '\r', ' ', '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
			run = 0
			continue
		}
		if run++; run > maxTokenRun {
			return fmt.Errorf("%w: %d bytes without a space or delimiter before offset %d: not a structure a PDF reader can lex", ErrMalformed, maxTokenRun, i)
		}
	}
	return nil
}
