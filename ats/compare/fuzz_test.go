package compare

import (
	"strings"
	"testing"

	"github.com/resumekit/resumekit/resume"
)

// FuzzCompareText feeds arbitrary extracted text (it comes from untrusted
// files) and arbitrary field values to the text level: it must never
// panic, and a report must account for every checked field.
func FuzzCompareText(f *testing.F) {
	f.Add(strings.Join(printed(), "\n"), "Ana Núñez", "Kafka")
	f.Add("ANA NÚÑEZ •  ana@example.com\u00ad\ufb01", "ﬁnance", "C++")
	f.Add("\xff\xfe broken \u0301 utf8", "\u0301", "")
	f.Add("", "", "Go")
	f.Fuzz(func(t *testing.T, text, name, skill string) {
		src := sample()
		src.Basics.Name = name
		src.Skills[0].Keywords = append(src.Skills[0].Keywords, skill)
		parsed := sample()
		parsed.Basics.Name = text
		for _, o := range []Options{{}, {AnyDateForm: true, AnyOrder: true, OpenEndIsPresent: true}} {
			o.Text = strings.Split(text, "\n")
			rep := Compare(src, parsed, o)
			for _, g := range Groups {
				if c := rep.Groups[g]; c.Survived > c.Checked || c.Survived < 0 {
					t.Fatalf("group %s: %+v", g, c)
				}
			}
			if rep.Score() < 0 || rep.Score() > 100 {
				t.Fatalf("score %v", rep.Score())
			}
		}
		_ = resume.Plain(name)
	})
}

// FuzzExactFastPath checks that the shortcut in exact (a string already in
// the light normal form is returned as it is) gives what the full
// normalisation gives.
func FuzzExactFastPath(f *testing.F) {
	for _, s := range []string{"Jun 2021", " Jun 2021", "Jun  2021", "Jun 2021 ", "a\tb", "Núñez", "x\x7fy", "", " ", "a\x1fb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !isExact(s) {
			return
		}
		if got, want := exact(s), exactSlow(s); got != want {
			t.Fatalf("exact(%q) = %q, the full normalisation gives %q", s, got, want)
		}
	})
}
