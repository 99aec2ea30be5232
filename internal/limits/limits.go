// Package limits holds the bounded readers every untrusted-file reader in
// resumekit uses: a size-bounded ReadAll, a zip reader that refuses zip
// bombs (too many entries, too many inflated bytes, absurd compression
// ratios) and an XML token reader that refuses documents nested too
// deeply.
package limits

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ErrLimit is wrapped by every error that reports a limit being reached.
var ErrLimit = errors.New("limit exceeded")

// ReadAll reads r to its end, but no more than limit bytes and one more,
// so that an oversized input is refused without being read whole; over
// reports that it held more than limit. A limit of 0 or less reads all.
func ReadAll(r io.Reader, limit int64) (data []byte, over bool, err error) {
	if limit > 0 {
		r = io.LimitReader(r, limit+1)
	}
	data, err = io.ReadAll(r)
	return data, limit > 0 && int64(len(data)) > limit, err
}

// ErrNotFound reports a zip entry that does not exist.
var ErrNotFound = errors.New("zip entry not found")

// Zip limits used when a field of ZipLimits is zero.
const (
	DefaultMaxEntries = 1000
	DefaultMaxTotal   = 50 << 20 // 50 MB inflated, all entries together
	DefaultMaxRatio   = 200      // inflated/compressed, for entries over 1 MB
	ratioFloor        = 1 << 20
)

// ZipLimits bound a zip archive. Zero fields take the defaults.
type ZipLimits struct {
	MaxEntries int   // most entries in the central directory
	MaxTotal   int64 // most inflated bytes, all entries together
	MaxRatio   int64 // highest inflated/compressed ratio for a large entry
	// MaxEntry bounds the inflated bytes of any one entry read with
	// ReadFile or Open; 0 means no limit beyond MaxTotal.
	MaxEntry int64
	// MaxRead bounds the inflated bytes read with ReadFile and Open, all
	// entries together (MaxTotal bounds what the archive declares,
	// entries never read included); 0 means MaxTotal.
	MaxRead int64
}

// Zip is a zip archive read under limits. It is not safe for concurrent use.
type Zip struct {
	r     *zip.Reader
	lim   ZipLimits
	used  int64
	names map[string]*zip.File
}

// OpenZip checks the central directory of data against l before anything
// is inflated: the entry count, the declared inflated sizes and each large
// entry's compression ratio. Reads are counted again as they happen,
// because declared sizes can lie.
func OpenZip(data []byte, l ZipLimits) (*Zip, error) {
	if l.MaxEntries == 0 {
		l.MaxEntries = DefaultMaxEntries
	}
	if l.MaxTotal == 0 {
		l.MaxTotal = DefaultMaxTotal
	}
	if l.MaxRatio == 0 {
		l.MaxRatio = DefaultMaxRatio
	}
	if l.MaxRead == 0 || (l.MaxTotal > 0 && l.MaxRead > l.MaxTotal) {
		l.MaxRead = l.MaxTotal
	}
	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("not a valid zip archive: %w", err)
	}
	if l.MaxEntries > 0 && len(r.File) > l.MaxEntries {
		return nil, fmt.Errorf("%w: the zip holds %d entries, the limit is %d", ErrLimit, len(r.File), l.MaxEntries)
	}
	var total uint64
	z := &Zip{r: r, lim: l, names: make(map[string]*zip.File, len(r.File))}
	for _, f := range r.File {
		total += f.UncompressedSize64
		if l.MaxTotal > 0 && total > uint64(l.MaxTotal) {
			return nil, fmt.Errorf("%w: the zip inflates to more than %d bytes (a zip bomb?)", ErrLimit, l.MaxTotal)
		}
		if l.MaxRatio > 0 && f.UncompressedSize64 > ratioFloor && f.UncompressedSize64 > uint64(l.MaxRatio)*max(f.CompressedSize64, 1) {
			return nil, fmt.Errorf("%w: entry %q is compressed %d:1 (a zip bomb?)", ErrLimit, f.Name, f.UncompressedSize64/max(f.CompressedSize64, 1))
		}
		name := strings.TrimPrefix(strings.ReplaceAll(f.Name, "\\", "/"), "/")
		if _, dup := z.names[strings.ToLower(name)]; !dup {
			z.names[strings.ToLower(name)] = f
		}
	}
	return z, nil
}

// Has reports whether the archive holds name (case-insensitive, as OOXML
// part names are).
func (z *Zip) Has(name string) bool {
	_, ok := z.names[strings.ToLower(strings.TrimPrefix(name, "/"))]
	return ok
}

// Names lists the entry names in archive order.
func (z *Zip) Names() []string {
	out := make([]string, len(z.r.File))
	for i, f := range z.r.File {
		out[i] = f.Name
	}
	return out
}

// ReadFile inflates one entry, counting its bytes against the total limit.
func (z *Zip) ReadFile(name string) ([]byte, error) {
	f, ok := z.names[strings.ToLower(strings.TrimPrefix(name, "/"))]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	defer rc.Close()
	budget, limit := int64(-1), z.lim.MaxRead
	if z.lim.MaxRead > 0 {
		budget = z.lim.MaxRead - z.used
	}
	if z.lim.MaxEntry > 0 && (budget < 0 || z.lim.MaxEntry < budget) {
		budget, limit = z.lim.MaxEntry, z.lim.MaxEntry
		if f.UncompressedSize64 > uint64(z.lim.MaxEntry) {
			return nil, fmt.Errorf("%w: %s declares %d inflated bytes, the limit for one part is %d", ErrLimit, name, f.UncompressedSize64, z.lim.MaxEntry)
		}
	}
	var buf bytes.Buffer
	var rd io.Reader = rc
	if budget >= 0 {
		rd = io.LimitReader(rc, budget+1)
	}
	n, err := buf.ReadFrom(rd)
	z.used += n
	if budget >= 0 && n > budget {
		return nil, fmt.Errorf("%w: %s inflates past the %d-byte limit (a zip bomb?)", ErrLimit, name, limit)
	}
	if err != nil {
		return buf.Bytes(), fmt.Errorf("%s: %w", name, err)
	}
	return buf.Bytes(), nil
}

// Open returns a reader of one inflated entry that counts its bytes
// against the total limit and the per-entry limit, and fails with an
// error wrapping ErrLimit once either is passed, so that a large part can
// be read as a stream instead of held whole. The archive is in memory:
// the reader needs no closing.
func (z *Zip) Open(name string) (io.Reader, error) {
	f, ok := z.names[strings.ToLower(strings.TrimPrefix(name, "/"))]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, name)
	}
	if z.lim.MaxEntry > 0 && f.UncompressedSize64 > uint64(z.lim.MaxEntry) {
		return nil, fmt.Errorf("%w: %s declares %d inflated bytes, the limit for one part is %d", ErrLimit, name, f.UncompressedSize64, z.lim.MaxEntry)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &countingReader{z: z, r: rc, name: name}, nil
}

// countingReader reads one entry for Open, within the limits.
type countingReader struct {
	z    *Zip
	r    io.Reader
	name string
	n    int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	c.z.used += int64(n)
	if c.z.lim.MaxEntry > 0 && c.n > c.z.lim.MaxEntry {
		return n, fmt.Errorf("%w: %s inflates past the %d-byte limit for one part (a zip bomb?)", ErrLimit, c.name, c.z.lim.MaxEntry)
	}
	if c.z.lim.MaxRead > 0 && c.z.used > c.z.lim.MaxRead {
		return n, fmt.Errorf("%w: the parts read inflate past the %d-byte limit (a zip bomb?)", ErrLimit, c.z.lim.MaxRead)
	}
	return n, err
}

// DefaultMaxDepth is the XML nesting limit used when zero is given.
const DefaultMaxDepth = 256

// XMLDecoder is an encoding/xml token reader that fails once elements nest
// deeper than its limit.
type XMLDecoder struct {
	d     *xml.Decoder
	depth int
	max   int
}

// NewXMLDecoder wraps r; maxDepth 0 means DefaultMaxDepth, negative no limit.
// Entities beyond the XML built-ins are not expanded (encoding/xml never
// does), and the decoder is non-strict about undeclared namespaces.
func NewXMLDecoder(r io.Reader, maxDepth int) *XMLDecoder {
	if maxDepth == 0 {
		maxDepth = DefaultMaxDepth
	}
	d := xml.NewDecoder(r)
	d.Strict = false
	d.CharsetReader = func(charset string, input io.Reader) (io.Reader, error) {
		// Office files are UTF-8 or UTF-16 (handled by the caller); accept
		// any label and read the bytes as they are.
		return input, nil
	}
	return &XMLDecoder{d: d, max: maxDepth}
}

// Token returns the next token, like xml.Decoder.RawToken but with
// namespaces resolved (Token), and fails past the depth limit.
func (x *XMLDecoder) Token() (xml.Token, error) {
	t, err := x.d.Token()
	if err != nil {
		return t, err
	}
	switch t.(type) {
	case xml.StartElement:
		x.depth++
		if x.max > 0 && x.depth > x.max {
			return nil, fmt.Errorf("%w: XML nested deeper than %d elements (line %d)", ErrLimit, x.max, x.Line())
		}
	case xml.EndElement:
		x.depth--
	}
	return t, nil
}

// Depth is the current element depth.
func (x *XMLDecoder) Depth() int { return x.depth }

// Line is the current line in the input, for error messages.
func (x *XMLDecoder) Line() int {
	l, _ := x.d.InputPos()
	return l
}

// Skip skips to the end of the element just started, still counting depth.
func (x *XMLDecoder) Skip() error {
	start := x.depth
	for x.depth >= start {
		if _, err := x.Token(); err != nil {
			return err
		}
	}
	return nil
}
