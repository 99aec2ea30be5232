package parse

import (
	"strings"
	"testing"
)

// wordCount counts as strings.Fields splits: Unicode spaces, invalid
// UTF-8 and runs of spaces at either end.
func TestWordCount(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a b  c ", "a\u00a0b", "a\u2003b\tc\nd", "x\xffy z", "\u3000日本\u3000語", "\x85a\x85"} {
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}

func FuzzWordCount(f *testing.F) {
	f.Add("a b\u00a0c")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
	})
}
