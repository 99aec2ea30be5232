package export_test

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/export"
	"github.com/resumekit/resumekit/export/style"
)

func TestTable(t *testing.T) {
	order := []string{"json", "md", "docx", "pdf", "xlsx", "html"}
	names := export.Names()
	// Every name is in the documented order (formats still being built
	// may be missing, but never out of order), and json and md are there.
	j := 0
	for _, n := range names {
		for j < len(order) && order[j] != n {
			j++
		}
		if j == len(order) {
			t.Fatalf("Names() = %q: %q is unknown or out of order %q", names, n, order)
		}
	}
	if !slices.Contains(names, "json") || !slices.Contains(names, "md") {
		t.Errorf("Names() = %q, want json and md", names)
	}
	seen := map[string]string{}
	for _, f := range export.Formats() {
		if f.Name == "" || !strings.HasPrefix(f.Ext, ".") || f.MediaType == "" || f.Description == "" || f.Write == nil {
			t.Errorf("incomplete entry %+v", f)
		}
		for _, n := range append([]string{f.Name}, f.Aliases...) {
			if other, dup := seen[n]; dup {
				t.Errorf("name %q is used by %s and %s", n, other, f.Name)
			}
			seen[n] = f.Name
		}
	}
}

func TestFormatsIsACopy(t *testing.T) {
	fs := export.Formats()
	fs[0].Name = "changed"
	fs[1].Aliases = append(fs[1].Aliases[:0], "changed")
	if export.Formats()[0].Name == "changed" || slices.Contains(export.Formats()[1].Aliases, "changed") {
		t.Error("Formats shares the table with its caller")
	}
}

func TestLookup(t *testing.T) {
	for in, want := range map[string]string{
		"json": "json", "jsonresume": "json", "JSON": "json", " .json ": "json",
		"md": "md", "markdown": "md", "Markdown": "md", ".md": "md",
	} {
		f, err := export.Lookup(in)
		if err != nil || f.Name != want {
			t.Errorf("Lookup(%q) = %q, %v; want %q", in, f.Name, err, want)
		}
	}
	for _, in := range []string{"", "odt", "mdx", "json,md"} {
		_, err := export.Lookup(in)
		var ue *export.UnknownFormatError
		if !errors.Is(err, export.ErrUnknownFormat) || !errors.As(err, &ue) || ue.Name != in {
			t.Errorf("Lookup(%q) error = %v", in, err)
			continue
		}
		if !slices.Equal(ue.Known, export.Names()) || !strings.Contains(err.Error(), strings.Join(export.Names(), ", ")) {
			t.Errorf("error does not list the formats: %v", err)
		}
	}
}

// TestWriteEveryFormat writes the example in every format: no error,
// some bytes, and the same bytes twice.
func TestWriteEveryFormat(t *testing.T) {
	r, err := examples.Resume()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range export.Formats() {
		var a, b bytes.Buffer
		if err := export.Write(&a, f.Name, r, style.Options{}); err != nil {
			t.Errorf("%s: %v", f.Name, err)
			continue
		}
		if err := f.Write(&b, r, style.Options{}); err != nil {
			t.Errorf("%s: %v", f.Name, err)
		}
		if a.Len() == 0 || !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: %d bytes, deterministic %v", f.Name, a.Len(), bytes.Equal(a.Bytes(), b.Bytes()))
		}
	}
}

func TestWriteErrors(t *testing.T) {
	r, err := examples.Resume()
	if err != nil {
		t.Fatal(err)
	}
	if err := export.Write(&bytes.Buffer{}, "odt", r, style.Options{}); !errors.Is(err, export.ErrUnknownFormat) {
		t.Errorf("unknown format: %v", err)
	}
	if err := export.Write(&bytes.Buffer{}, "md", nil, style.Options{}); !errors.Is(err, export.ErrNilResume) {
		t.Errorf("nil resume: %v", err)
	}
}

// TestThemesDeterministic: every theme in every format gives the same
// bytes twice, and the themes differ from each other in DOCX and PDF.
func TestThemesDeterministic(t *testing.T) {
	r, err := examples.Resume()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range export.Formats() {
		seen := map[string]string{}
		for _, th := range style.Themes {
			var a, b bytes.Buffer
			o := style.Options{Theme: th, PageNumbers: true}
			if err := export.Write(&a, f.Name, r, o); err != nil {
				t.Fatalf("%s %s: %v", f.Name, th, err)
			}
			if err := export.Write(&b, f.Name, r, o); err != nil || !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("%s %s: not the same bytes twice (%v)", f.Name, th, err)
			}
			if other, ok := seen[a.String()]; ok && (f.Name == "pdf" || f.Name == "docx") {
				t.Errorf("%s: themes %s and %s give the same file", f.Name, other, th)
			}
			seen[a.String()] = th
		}
	}
}
