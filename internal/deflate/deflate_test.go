package deflate

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"io"
	"strings"
	"testing"
)

func sample(i int) []byte {
	return []byte(strings.Repeat("Senior Engineer | Acme Corp | Jun 2021 – Present\n", 50+i) + string(rune('a'+i)))
}

// TestZlib decodes what Zlib writes with the standard zlib reader (which
// checks the header and the Adler-32 sum), many times over, so that
// compressors come back from the free list.
func TestZlib(t *testing.T) {
	for i := range 3 * maxFree {
		want := sample(i)
		var out bytes.Buffer
		out.WriteString("prefix")
		Zlib(&out, want)
		if !bytes.HasPrefix(out.Bytes(), []byte("prefix")) {
			t.Fatal("Zlib overwrote what was in the buffer")
		}
		zr, err := zlib.NewReader(bytes.NewReader(out.Bytes()[len("prefix"):]))
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(zr)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("round %d: %v; got %d bytes, want %d", i, err, len(got), len(want))
		}
	}
	var out bytes.Buffer
	Zlib(&out, nil)
	if zr, err := zlib.NewReader(&out); err != nil {
		t.Fatal(err)
	} else if got, err := io.ReadAll(zr); err != nil || len(got) != 0 {
		t.Fatalf("empty input: %q, %v", got, err)
	}
}

// TestCompressor interleaves streams, as two zip writers on two goroutines
// would, and checks each decodes to its own input.
func TestCompressor(t *testing.T) {
	var bufs [3]bytes.Buffer
	var ws [3]io.WriteCloser
	for i := range ws {
		w, err := Compressor(&bufs[i])
		if err != nil {
			t.Fatal(err)
		}
		ws[i] = w
	}
	for i, w := range ws {
		if _, err := w.Write(sample(i)); err != nil {
			t.Fatal(err)
		}
	}
	for i, w := range ws {
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Errorf("second Close: %v", err)
		}
		if _, err := w.Write([]byte("x")); err == nil {
			t.Error("Write after Close succeeded")
		}
		got, err := io.ReadAll(flate.NewReader(&bufs[i]))
		if err != nil || !bytes.Equal(got, sample(i)) {
			t.Fatalf("stream %d: %v; got %d bytes, want %d", i, err, len(got), len(sample(i)))
		}
	}
}

func BenchmarkZlib(b *testing.B) {
	data := sample(0)
	var out bytes.Buffer
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		out.Reset()
		Zlib(&out, data)
	}
}
