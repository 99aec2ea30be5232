package resume

import (
	"testing"
	"unicode/utf8"
)

// FuzzDecode: no input makes Decode panic, hang or grow without bound, and
// whatever it accepts can be validated and cloned. Seeds are in
// testdata/fuzz/FuzzDecode (real resumes among them).
func FuzzDecode(f *testing.F) {
	f.Add([]byte(sampleJSON), false, false)
	f.Add([]byte(sampleYAML), true, true)
	f.Fuzz(func(t *testing.T, data []byte, lenient, group bool) {
		r, err := Decode(data, "fuzz", LoadOptions{Lenient: lenient, GroupEmployers: group})
		if err != nil {
			if r != nil {
				t.Fatal("a resume and an error")
			}
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		_ = r.Validate()
		c := r.Clone()
		if c.Roles() != r.Roles() {
			t.Fatal("clone lost roles")
		}
		for _, w := range r.Warnings() {
			if w.Message == "" {
				t.Fatal("empty warning")
			}
		}
		_ = ValidateSchema(data, "fuzz")
	})
}

// FuzzParseDate: ParseDate never panics; what it accepts is a valid date
// whose ISO form parses back to the same date.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"06.2021", "2024.08", "06/2021", "Jun 2021", "June 2021", "Sept 2020", "Sept. 2020",
		"Present", "heute", "aujourd'hui", "15.06.2021", "2021-02-29", "June 15, 2021", "", "2021", "März 2020"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		if verr := d.Valid(); verr != nil {
			t.Fatalf("ParseDate(%q) = %v, invalid: %v", s, d, verr)
		}
		back, err := ParseISO(d.String())
		if err != nil || back != d {
			t.Fatalf("ParseDate(%q) = %v; ISO %q parses back as %v, %v", s, d, d.String(), back, err)
		}
		if _, err := ParseISO(s); err == nil {
			iso, _ := ParseISO(s)
			if iso != d {
				t.Fatalf("ParseISO and ParseDate disagree on %q: %v vs %v", s, iso, d)
			}
		}
	})
}

// FuzzInline: Inline never panics, keeps every non-markup character in
// order, and Plain is the concatenation of the runs.
func FuzzInline(f *testing.F) {
	for _, s := range []string{"**bold** and *it*", "***both***", "[t](https://x.example)", `\*x\*`, "<a@b.example>",
		"***b** i*", "*it **b** x*", "**unclosed", "2 * 3 * 4"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		runs := Inline(s)
		var text string
		for i, r := range runs {
			if r.Text == "" {
				t.Fatalf("empty run %d in %q", i, s)
			}
			if i > 0 && runs[i-1].Bold == r.Bold && runs[i-1].Italic == r.Italic && runs[i-1].Link == r.Link {
				t.Fatalf("unmerged runs in %q: %+v", s, runs)
			}
			text += r.Text
		}
		if p := Plain(s); p != text {
			t.Fatalf("Plain(%q) = %q, runs give %q", s, p, text)
		}
		if utf8.ValidString(s) && !utf8.ValidString(text) {
			t.Fatalf("Inline(%q) broke UTF-8: %q", s, text)
		}
		if len(text) > len(s) {
			t.Fatalf("Inline(%q) grew the text to %q", s, text)
		}
	})
}
