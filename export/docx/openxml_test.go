package docx

import (
	"testing"

	"github.com/resumekit/resumekit/resume"
)

func TestLinkTarget(t *testing.T) {
	for in, want := range map[string]string{
		"https://example.com/a b":       "https://example.com/a%20b",
		"https://example.com/100%":      "https://example.com/100%25",
		"https://example.com/%41%zz":    "https://example.com/%41%25zz",
		"example.com/me":                "https://example.com/me",
		"me@example.com":                "mailto:me@example.com",
		"MAILTO:me@example.com":         "MAILTO:me@example.com",
		"tel:+44 20":                    "tel:+44%2020",
		"https://bücher.example/ü":      "https://bücher.example/ü",
		" https://x.y/\"<>\\^`{|}\x7f ": "https://x.y/%22%3C%3E%5C%5E%60%7B%7C%7D%7F",
		"javascript:alert(1)":           "",
		"file:///etc/passwd":            "",
		"data:text/html,x":              "",
		"":                              "",
		"\x00\x01":                      "",
	} {
		if got := linkTarget(in); got != want {
			t.Errorf("linkTarget(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClean(t *testing.T) {
	for in, want := range map[string]string{
		"plain":                "plain",
		"a\x00b\x1fc\td\ne\rf": "abc\td\ne\rf",
		"\uFFFE\uFFFFx\uFFFD":  "x\uFFFD",
		"bad\xffutf8\xc3":      "bad\uFFFDutf8\uFFFD",
		"\xed\xa0\x80":         "\uFFFD\uFFFD\uFFFD", // an encoded surrogate
		"😀 Жизнь \u0085":       "😀 Жизнь \u0085",
	} {
		if got := clean(in); got != want {
			t.Errorf("clean(%q) = %q, want %q", in, got, want)
		}
	}
	if got := testing.AllocsPerRun(10, func() { clean("already clean text é") }); got != 0 {
		t.Errorf("clean allocates %v times on clean text", got)
	}
}

func TestParagraphs(t *testing.T) {
	got := paragraphs("one\ntwo\r\n\r\n  \n\tthree  \n\n\n")
	if len(got) != 2 || got[0] != "one two" || got[1] != "three" {
		t.Errorf("paragraphs = %q", got)
	}
	if got := paragraphs(" \n \x01\n"); got != nil {
		t.Errorf("blank prose gave %q", got)
	}
}

func TestLocation(t *testing.T) {
	l := resume.Location{Address: "2712 Broadway St", PostalCode: "94115", City: "San Francisco", Region: "California", CountryCode: "US"}
	if got, want := location(&l, ""), "2712 Broadway St, San Francisco, California 94115, US"; got != want {
		t.Errorf("en: %q, want %q", got, want)
	}
	if got, want := location(&l, "de"), "2712 Broadway St, 94115 San Francisco, California, US"; got != want {
		t.Errorf("de: %q, want %q", got, want)
	}
	if got, want := location(&resume.Location{PostalCode: "28001", City: "Madrid"}, "en"), "28001 Madrid"; got != want {
		t.Errorf("no region: %q, want %q", got, want)
	}
}
