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
)

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
