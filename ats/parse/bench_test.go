package parse_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/resumekit/resumekit/ats/parse"
	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/export"
	"github.com/resumekit/resumekit/export/style"
)

// BenchmarkParse parses the example CV as an ATS reads it: the text of
// its Markdown export, one line per line.
func BenchmarkParse(b *testing.B) {
	r, err := examples.Resume()
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if err := export.Write(&buf, "md", r, style.Options{}); err != nil {
		b.Fatal(err)
	}
	doc := parse.TextDocument(buf.String())
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		parse.Parse(doc, parse.Options{})
	}
}

// BenchmarkParseSeed parses the seed CV's plain text.
func BenchmarkParseSeed(b *testing.B) {
	shared := sharedDir(b)
	data, err := os.ReadFile(filepath.Join(shared, "seeds", "000_ba2770ea60039808.txt"))
	if err != nil {
		b.Fatal(err)
	}
	doc := parse.TextDocument(string(data))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		parse.Parse(doc, parse.Options{})
	}
}
