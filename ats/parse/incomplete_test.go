package parse

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/internal/interop"
)

// incompleteEndRE is the regular expression incompleteEnd writes out; the
// two must agree on every line.
var incompleteEndRE = regexp.MustCompile(`(?i)([–—\-,(&/|·•]|\b(of|and|for|the|de|del|la|und|für|et|des|du|y|at|in|en|bei|chez|@))\s*$`)

func TestIncompleteEnd(t *testing.T) {
	lines := []string{
		"", " ", "Head of", "Head of ", "Head of\t\r\n", "Head OF", "proof", "Proof of concept",
		"Sales and", "Sand", "Bread & ", "A/", "A|", "A ·", "A •", "A –", "A —", "A -", "x,", "(",
		"Ingeniero de", "Ingeniero DEL", "Leiter für", "LEITER FÜR", "Xfür", "éof", "café de",
		"Sous-chef chez", "a@", " @", "@", "mail@", "x_in", "x-in", "the", "They", "y", "buy", "Bei",
		"Data in", "Berlin", "San Francisco, CA", "Go, Rust,  ", "Senior Engineer", "2019 –",
		"ends in ü", "Über", "at", "cat", "Kat", "k", "in\u00a0", "of\v", "deſ", "DEſ", "Leiter FüR",
	}
	// Real lines: the seed CV, and what extraction reads from the
	// third-party files.
	seeds, _ := filepath.Glob("../../../shared/seeds/*.txt")
	if len(seeds) == 0 {
		interop.SkipShared(t, "no seed CV in ../shared/seeds: the built-in and third-party lines only")
	}
	for _, f := range seeds {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	files, _ := filepath.Glob("testdata/thirdparty/*.*")
	for _, f := range files {
		if ext := filepath.Ext(f); ext != ".pdf" && ext != ".docx" {
			continue
		}
		doc, err := extract.File(context.Background(), f, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range doc.Lines {
			lines = append(lines, l.Text)
		}
	}
	if len(lines) < 200 {
		t.Fatalf("only %d lines to compare; the testdata files are missing", len(lines))
	}
	matched := 0
	for _, l := range lines {
		want := incompleteEndRE.MatchString(l)
		if got := incompleteEnd(l); got != want {
			t.Errorf("incompleteEnd(%q) = %v, the regular expression says %v", l, got, want)
		}
		if want {
			matched++
		}
	}
	t.Logf("%d lines, %d end mid-phrase", len(lines), matched)
	if matched < 20 {
		t.Errorf("only %d of %d lines end mid-phrase; the comparison tests little", matched, len(lines))
	}
}

func FuzzIncompleteEnd(f *testing.F) {
	for _, s := range []string{"Head of", "Leiter für ", "a@", "x,", "proof"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := incompleteEnd(s), incompleteEndRE.MatchString(s); got != want {
			t.Errorf("incompleteEnd(%q) = %v, the regular expression says %v", s, got, want)
		}
	})
}
