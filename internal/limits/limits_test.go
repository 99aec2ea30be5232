package limits

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

func zipOf(t *testing.T, entries map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range entries {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	zw.Close()
	return buf.Bytes()
}

func TestOpenZipLimits(t *testing.T) {
	small := zipOf(t, map[string][]byte{"a.xml": []byte("<a/>"), "B/C.xml": []byte("<c/>")})
	z, err := OpenZip(small, ZipLimits{})
	if err != nil {
		t.Fatal(err)
	}
	if !z.Has("b/c.xml") || !z.Has("/a.xml") || z.Has("missing") {
		t.Error("Has is not case-insensitive or finds missing entries")
	}
	if b, err := z.ReadFile("A.XML"); err != nil || string(b) != "<a/>" {
		t.Errorf("ReadFile = %q, %v", b, err)
	}
	if _, err := z.ReadFile("nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing entry: %v", err)
	}
	if _, err := OpenZip(small, ZipLimits{MaxEntries: 1}); !errors.Is(err, ErrLimit) {
		t.Errorf("entries: %v", err)
	}
	big := zipOf(t, map[string][]byte{"x": bytes.Repeat([]byte{'x'}, 4<<20)})
	if _, err := OpenZip(big, ZipLimits{}); !errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), "compressed") {
		t.Errorf("ratio: %v", err)
	}
	if _, err := OpenZip(big, ZipLimits{MaxTotal: 1 << 20, MaxRatio: -1}); !errors.Is(err, ErrLimit) {
		t.Errorf("total: %v", err)
	}
	z, err = OpenZip(big, ZipLimits{MaxRatio: -1})
	if err != nil {
		t.Fatal(err)
	}
	z.lim.MaxRead = 1 << 20 // declared sizes passed; the read itself is counted too
	if _, err := z.ReadFile("x"); !errors.Is(err, ErrLimit) {
		t.Errorf("read budget: %v", err)
	}
	// One entry over MaxEntry is refused by ReadFile and by Open, from
	// its declared size or, streamed, as its bytes come.
	z, err = OpenZip(big, ZipLimits{MaxRatio: -1, MaxEntry: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := z.ReadFile("x"); !errors.Is(err, ErrLimit) {
		t.Errorf("entry limit, ReadFile: %v", err)
	}
	if _, err := z.Open("x"); !errors.Is(err, ErrLimit) {
		t.Errorf("entry limit, Open: %v", err)
	}
	z.lim.MaxEntry = 0
	z.lim.MaxRead = 2 << 20
	rd, err := z.Open("x")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(io.Discard, rd); !errors.Is(err, ErrLimit) {
		t.Errorf("read budget, Open: %v", err)
	}
	if _, err := OpenZip([]byte("PK\x03\x04junk"), ZipLimits{}); err == nil {
		t.Error("junk accepted")
	}
}

func TestXMLDepth(t *testing.T) {
	doc := strings.Repeat("<a>", 300) + strings.Repeat("</a>", 300)
	d := NewXMLDecoder(strings.NewReader(doc), 0)
	var err error
	for err == nil {
		_, err = d.Token()
	}
	if !errors.Is(err, ErrLimit) {
		t.Errorf("err = %v, want ErrLimit", err)
	}
	d = NewXMLDecoder(strings.NewReader(fmt.Sprintf("<r>%s<x/></r>", strings.Repeat("<a>", 10)+strings.Repeat("</a>", 10))), 20)
	for err = nil; err == nil; {
		_, err = d.Token()
	}
	if err != io.EOF {
		t.Errorf("shallow document: %v", err)
	}
}

func TestReadAll(t *testing.T) {
	for _, c := range []struct {
		in    string
		limit int64
		over  bool
		n     int
	}{
		{"12345", 5, false, 5},
		{"123456", 5, true, 6}, // one byte past the limit, no more
		{strings.Repeat("x", 1000), 5, true, 6},
		{strings.Repeat("x", 1000), 0, false, 1000},
		{"", 5, false, 0},
	} {
		data, over, err := ReadAll(strings.NewReader(c.in), c.limit)
		if err != nil || over != c.over || len(data) != c.n {
			t.Errorf("ReadAll(%d bytes, %d) = %d bytes, over %v, %v; want %d bytes, over %v", len(c.in), c.limit, len(data), over, err, c.n, c.over)
		}
	}
	if _, _, err := ReadAll(io.MultiReader(strings.NewReader("ab"), errReader{}), 10); err == nil {
		t.Error("a read error was lost")
	}
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }
