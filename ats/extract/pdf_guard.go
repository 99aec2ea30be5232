package extract

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
)

// Two more loops in ledongthuc/pdf that no recover can stop, found while
// building the hostile test files; they are checked on the raw bytes
// before the library sees the file:
//   - an object stream whose /Extends chain is a cycle (resolve loops
//     when the object is not in the stream);
//   - a cross-reference /Prev chain that is a cycle (readPrevXrefs loops).

var (
	objStmRE   = regexp.MustCompile(`(\d+)\s+(\d+)\s+obj\s*<<`)
	extendsRE  = regexp.MustCompile(`/Extends\s+(\d+)\s+\d+\s+R`)
	prevRE     = regexp.MustCompile(`/Prev\s+(\d+)`)
	startxrefR = regexp.MustCompile(`startxref\s+(\d+)`)
	lengthRE   = regexp.MustCompile(`/Length\s+(\d+)(\s+\d+\s+R)?`)
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
		m := lengthRE.FindSubmatch(dict)
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
	for _, m := range objStmRE.FindAllSubmatchIndex(data, 100000) {
		id, _ := strconv.Atoi(string(data[m[2]:m[3]]))
		d := dictAfter(data, m[0])
		if !bytes.Contains(d, []byte("/ObjStm")) {
			continue
		}
		if e := extendsRE.FindSubmatch(d); e != nil {
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

func checkPrevChain(data []byte) error {
	tail := data[max(0, len(data)-1024):]
	ms := startxrefR.FindAllSubmatch(tail, -1)
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
		if bytes.HasPrefix(bytes.TrimLeft(sect, " \r\n\t"), []byte("xref")) {
			i := bytes.Index(sect, []byte("trailer"))
			if i < 0 {
				return nil
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
		}
		m := prevRE.FindSubmatch(dict)
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
