package resume

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestInline(t *testing.T) {
	b := func(s string) Run { return Run{Text: s, Bold: true} }
	i := func(s string) Run { return Run{Text: s, Italic: true} }
	bi := func(s string) Run { return Run{Text: s, Bold: true, Italic: true} }
	p := func(s string) Run { return Run{Text: s} }
	tests := []struct {
		in   string
		want []Run
	}{
		{"plain text", []Run{p("plain text")}},
		{"**bold**", []Run{b("bold")}},
		{"*italic*", []Run{i("italic")}},
		{"***both***", []Run{bi("both")}},
		{"a ***both*** c", []Run{p("a "), bi("both"), p(" c")}},
		{"***b** i*", []Run{bi("b"), i(" i")}},
		{"***i* b**", []Run{bi("i"), b(" b")}},
		{"**bold *it* x**", []Run{b("bold "), bi("it"), b(" x")}},
		{"*it **b** x*", []Run{i("it "), bi("b"), i(" x")}},
		{"a**b**c", []Run{p("a"), b("b"), p("c")}},
		{"[site](https://example.com)", []Run{{Text: "site", Link: "https://example.com"}}},
		{"[**x**](http://a)", []Run{{Text: "x", Bold: true, Link: "http://a"}}},
		{"see <https://a.example/x>", []Run{p("see "), {Text: "https://a.example/x", Link: "https://a.example/x"}}},
		{"<me@example.com>", []Run{{Text: "me@example.com", Link: "mailto:me@example.com"}}},
		{`\$72 million`, []Run{p("$72 million")}},
		{`\*not italic\*`, []Run{p("*not italic*")}},
		{"2 * 3 * 4", []Run{p("2 * 3 * 4")}},
		{"**unclosed", []Run{p("**unclosed")}},
		{"* not a list", []Run{p("* not a list")}},
		{"[text](has space)", []Run{p("[text](has space)")}},
		{"[text]()", []Run{p("[text]()")}},
		{"*", []Run{p("*")}},
		{"***", []Run{p("***")}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, Inline(tt.in))
		})
	}
}

func TestPlain(t *testing.T) {
	for in, want := range map[string]string{
		"**Led the project** that migrated *Kafka*": "Led the project that migrated Kafka",
		"***both***": "both",
		"[my site](https://example.com) and <a@b.example>": "my site and a@b.example",
		`raised \$72 million`:                              "raised $72 million",
		"no markup at all":                                 "no markup at all",
		"2 * 3":                                            "2 * 3",
		"x < y > z":                                        "x < y > z",
	} {
		assert.Equal(t, want, Plain(in), in)
	}
}
