// Package mutate makes mutants of resume files and runs resumekit on
// each in a child process, measuring time and peak memory, to check that
// every reader stays within its bounds on damaged and hostile input
// (issue #18). The mutations are bit flips, byte-range deletions,
// duplications (up to thousands of copies: the long delimiter runs and
// deep nesting that make parsers superlinear), truncations, splices of
// two files, number edits, and the same edits made inside a zip entry
// (DOCX, XLSX) or inside a PDF's Flate streams, which are re-compressed
// so that the damage reaches the readers behind the decompressor.
//
// Everything is driven by one seed, so a round is reproducible. The short
// round runs in `go test ./internal/mutate`; `go run ./internal/mutate/cmd/rkmutate`
// runs a long one by hand.
package mutate

import (
	"archive/zip"
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// Source is a file to mutate.
type Source struct {
	Name   string // base name, used in mutant names
	Format string // "pdf", "docx", "xlsx", "md", "json"
	Data   []byte
}

// Mutant is one mutated file.
type Mutant struct {
	Name   string // "<source>_<n>.<ext>"
	Format string
	Op     string // the mutations applied, for the report
	Data   []byte
}

// Mutator makes mutants from one seed.
type Mutator struct {
	rng *rand.Rand
	n   int
}

// New returns a Mutator; the same seed gives the same mutants.
func New(seed uint64) *Mutator {
	return &Mutator{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

// maxMutant bounds a mutant's size (the CLI's default --max-size is 20 MB;
// mutants stay well under it so a round stays fast).
const maxMutant = 4 << 20

// Mutate makes the next mutant of src; others are splice partners.
func (m *Mutator) Mutate(src Source, others []Source) Mutant {
	m.n++
	data := src.Data
	var ops []string
	steps := 1 + m.rng.IntN(2)
	for i := 0; i < steps; i++ {
		var op string
		switch {
		case src.Format == "docx" || src.Format == "xlsx":
			if m.rng.IntN(4) > 0 {
				data, op = m.zipEdit(data)
				break
			}
			data, op = m.bytes(data, others)
		case src.Format == "pdf":
			if m.rng.IntN(3) > 0 {
				data, op = m.pdfEdit(data)
				break
			}
			data, op = m.bytes(data, others)
		default:
			data, op = m.bytes(data, others)
		}
		ops = append(ops, op)
	}
	if len(data) > maxMutant {
		data = data[:maxMutant]
		ops = append(ops, "cut")
	}
	ext := src.Format
	return Mutant{
		Name:   fmt.Sprintf("%s_%05d.%s", src.Name, m.n, ext),
		Format: src.Format,
		Op:     strings.Join(ops, "+"),
		Data:   data,
	}
}

// bytes applies one byte-level mutation.
func (m *Mutator) bytes(data []byte, others []Source) ([]byte, string) {
	if len(data) == 0 {
		return []byte("x"), "fill"
	}
	r := m.rng
	switch k := r.IntN(100); {
	case k < 20: // bit flips
		out := clone(data)
		n := 1 + r.IntN(8)
		for i := 0; i < n; i++ {
			out[r.IntN(len(out))] ^= 1 << r.IntN(8)
		}
		return out, fmt.Sprintf("flip%d", n)
	case k < 35: // delete a range
		a, b := m.span(len(data))
		return cat(data[:a], data[b:]), fmt.Sprintf("del%d", b-a)
	case k < 65: // duplicate a range, sometimes thousands of times
		a, b := m.span(len(data))
		if b-a > 64 && r.IntN(2) == 0 {
			b = a + 1 + r.IntN(8) // a short token: a delimiter, "> ", "[*"
		}
		times := 1 + r.IntN(4)
		if r.IntN(2) == 0 {
			times = []int{100, 1000, 10000, 100000}[r.IntN(4)]
		}
		for (b-a)*times > maxMutant {
			times /= 2
		}
		rep := bytes.Repeat(data[a:b], times)
		return cat(data[:b], rep, data[b:]), fmt.Sprintf("dup%dx%d", b-a, times)
	case k < 75: // splice with another file
		if len(others) == 0 {
			return data[:r.IntN(len(data))], "trunc"
		}
		o := others[r.IntN(len(others))].Data
		if len(o) == 0 {
			return data, "noop"
		}
		a, b := r.IntN(len(data)), r.IntN(len(o))
		return cat(data[:a], o[b:]), "splice"
	case k < 85: // truncate
		return clone(data[:r.IntN(len(data))]), "trunc"
	default: // a number made huge, negative or zero
		return m.number(data)
	}
}

var numberRE = regexp.MustCompile(`-?\d+(\.\d+)?`)

func (m *Mutator) number(data []byte) ([]byte, string) {
	locs := numberRE.FindAllIndex(data, 2000)
	if len(locs) == 0 {
		return data, "noop"
	}
	l := locs[m.rng.IntN(len(locs))]
	v := []string{"2000000000", "-1", "0", "99999999999999999999", "1e308", "65535", "1048576"}[m.rng.IntN(7)]
	return cat(data[:l[0]], []byte(v), data[l[1]:]), "num" + v
}

// span picks a range, usually short.
func (m *Mutator) span(n int) (int, int) {
	a := m.rng.IntN(n)
	l := 1 + m.rng.IntN(min(n-a, []int{4, 64, 1024, 65536}[m.rng.IntN(4)]))
	return a, a + l
}

// zipEdit mutates the inflated content of one entry (XML parts are the
// likely choice) and writes the archive again.
func (m *Mutator) zipEdit(data []byte) ([]byte, string) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil || len(zr.File) == 0 {
		return m.bytes(data, nil)
	}
	var xmls []int
	for i, f := range zr.File {
		if strings.HasSuffix(f.Name, ".xml") || strings.HasSuffix(f.Name, ".rels") {
			xmls = append(xmls, i)
		}
	}
	pick := m.rng.IntN(len(zr.File))
	if len(xmls) > 0 && m.rng.IntN(5) > 0 {
		pick = xmls[m.rng.IntN(len(xmls))]
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	op := "zip"
	for i, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return m.bytes(data, nil)
		}
		content, err := io.ReadAll(io.LimitReader(rc, maxMutant))
		rc.Close()
		if err != nil {
			return m.bytes(data, nil)
		}
		if i == pick {
			var o string
			content, o = m.bytes(content, nil)
			op = "zip:" + filepath.Base(f.Name) + ":" + o
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate})
		if err != nil {
			return m.bytes(data, nil)
		}
		if _, err := w.Write(content); err != nil {
			return m.bytes(data, nil)
		}
	}
	if err := zw.Close(); err != nil {
		return m.bytes(data, nil)
	}
	return buf.Bytes(), op
}

var streamRE = regexp.MustCompile(`(?s)/Length\s+(\d+)(\s+0\s+R)?[^>]*>>\s*stream\r?\n`)

// pdfEdit mutates one object: the decoded data of a Flate stream
// (re-compressed, with /Length kept or fixed at random), or the bytes of
// the file around an object header.
func (m *Mutator) pdfEdit(data []byte) ([]byte, string) {
	locs := streamRE.FindAllSubmatchIndex(data, 500)
	if len(locs) == 0 || m.rng.IntN(4) == 0 {
		objs := regexp.MustCompile(`\d+ 0 obj`).FindAllIndex(data, 5000)
		if len(objs) == 0 {
			return m.bytes(data, nil)
		}
		o := objs[m.rng.IntN(len(objs))]
		end := min(len(data), o[1]+256)
		part, op := m.bytes(data[o[1]:end], nil)
		out := cat(data[:o[1]], part, data[end:])
		if m.rng.IntN(2) == 0 {
			out, op = fixXref(out), op+"+xref"
		}
		return out, "obj:" + op
	}
	l := locs[m.rng.IntN(len(locs))]
	declared, _ := strconv.Atoi(string(data[l[2]:l[3]]))
	start := l[1]
	end := bytes.Index(data[start:], []byte("endstream"))
	if end < 0 {
		return m.bytes(data, nil)
	}
	end += start
	raw := data[start:end]
	zr, err := zlib.NewReader(bytes.NewReader(raw))
	if err != nil {
		part, op := m.bytes(raw, nil)
		return cat(data[:start], part, data[end:]), "stream-raw:" + op
	}
	dec, err := io.ReadAll(io.LimitReader(zr, maxMutant))
	if err != nil && len(dec) == 0 {
		return m.bytes(data, nil)
	}
	dec, op := m.bytes(dec, nil)
	if len(dec) > maxMutant {
		dec = dec[:maxMutant]
	}
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	zw.Write(dec)
	zw.Close()
	enc := append(z.Bytes(), '\n')
	out := cat(data[:start], enc, data[end:])
	if l[4] < 0 && m.rng.IntN(2) == 0 && declared > 0 {
		// Fix the direct /Length so that the stream is read as written.
		n := []byte(strconv.Itoa(len(enc) - 1))
		out = cat(out[:l[2]], n, out[l[3]:])
		op += "+len"
		// With the length right, put the cross-reference offsets right as
		// well, so that the damage reaches the content readers instead of
		// stopping the file from opening.
		out = fixXref(out)
	}
	return out, "stream:" + op
}

var (
	objRE       = regexp.MustCompile(`(?m)^(\d+) (\d+) obj\b`)
	xrefRE      = regexp.MustCompile(`(?m)^xref\r?\n`)
	startxrefRE = regexp.MustCompile(`startxref\s+(\d+)`)
	entryRE     = regexp.MustCompile(`^(\d{10}) (\d{5}) n`)
)

// fixXref rewrites the offsets of a classic cross-reference table (the
// last one in the file) and startxref from where the objects now are.
// Files with cross-reference streams are returned as they are.
func fixXref(pdf []byte) []byte {
	xs := xrefRE.FindAllIndex(pdf, -1)
	if len(xs) == 0 {
		return pdf
	}
	pos := map[int]int{}
	for _, m := range objRE.FindAllSubmatchIndex(pdf, -1) {
		n, _ := strconv.Atoi(string(pdf[m[2]:m[3]]))
		pos[n] = m[0]
	}
	x := xs[len(xs)-1]
	out := clone(pdf)
	i := x[1]
	// Subsections: "first count" then count 20-byte entries.
	for {
		eol := bytes.IndexByte(out[i:], '\n')
		if eol < 0 {
			return pdf
		}
		var first, count int
		if _, err := fmt.Sscanf(string(out[i:i+eol]), "%d %d", &first, &count); err != nil {
			break
		}
		i += eol + 1
		for k := 0; k < count && i+20 <= len(out); k++ {
			if entryRE.Match(out[i : i+20]) {
				if p, ok := pos[first+k]; ok {
					copy(out[i:i+10], fmt.Sprintf("%010d", p))
				}
			}
			i += 20
		}
	}
	if m := startxrefRE.FindSubmatchIndex(out[x[0]:]); m != nil {
		return cat(out[:x[0]+m[2]], []byte(strconv.Itoa(x[0])), out[x[0]+m[3]:])
	}
	return out
}

func clone(b []byte) []byte { return append([]byte(nil), b...) }

func cat(parts ...[]byte) []byte {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	out := make([]byte, 0, n)
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}
