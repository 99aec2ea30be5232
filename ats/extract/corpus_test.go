package extract

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/resumekit/resumekit/internal/interop"
)

const corpusDir = "../../../shared/corpus"

// squash removes all white space, for whitespace-insensitive comparison.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, Normalize(s))
}

// labelStrings returns every string value of a label file, except dates
// (the labels hold them as ISO dates, the documents in human form).
func labelStrings(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var out []string
	var walk func(key string, v any)
	walk = func(key string, v any) {
		switch v := v.(type) {
		case map[string]any:
			keys := make([]string, 0, len(v))
			for k := range v {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				walk(k, v[k])
			}
		case []any:
			for _, x := range v {
				walk(key, x)
			}
		case string:
			switch key {
			case "startDate", "endDate", "date", "releaseDate":
				return
			}
			if strings.TrimSpace(v) != "" {
				out = append(out, v)
			}
		}
	}
	walk("", v)
	return out
}

// corpusFiles lists the corpus documents that have a label.
func corpusFiles(t testing.TB) []string {
	var files []string
	filepath.WalkDir(corpusDir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.Contains(p, "/labels/") {
			return nil
		}
		switch filepath.Ext(p) {
		case ".pdf", ".docx":
			files = append(files, p)
		}
		return nil
	})
	if len(files) == 0 {
		t.Skip("corpus not found at " + corpusDir)
	}
	return files
}

// corpusFile returns the path of one corpus document, and skips the test
// with a message when ../shared is not beside the repository (it fails
// under RESUMEKIT_INTEROP=1, where the corpus must be there).
func corpusFile(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(corpusDir, rel)
	if _, err := os.Stat(p); err != nil {
		if interop.Enabled() {
			t.Fatalf("%s: %v (RESUMEKIT_INTEROP=1 needs ../shared beside the repository)", rel, err)
		}
		t.Skipf("../shared/corpus is not beside the repository (%s missing): skipped", rel)
	}
	return p
}

func labelFor(doc string) string {
	rel, _ := filepath.Rel(corpusDir, doc)
	return filepath.Join(corpusDir, "labels", strings.TrimSuffix(rel, filepath.Ext(rel))+".json")
}

func TestCorpusLabels(t *testing.T) {
	for _, f := range corpusFiles(t) {
		t.Run(strings.TrimPrefix(f, corpusDir+"/"), func(t *testing.T) {
			label := labelFor(f)
			if _, err := os.Stat(label); err != nil {
				t.Skip("no label")
			}
			doc, err := File(context.Background(), f, Options{})
			if err != nil {
				t.Fatal(err)
			}
			text := squash(doc.Text())
			want := labelStrings(t, label)
			if len(want) < 5 {
				t.Fatalf("label %s has only %d strings", label, len(want))
			}
			for _, s := range want {
				if !strings.Contains(text, squash(s)) {
					t.Errorf("label string %q not in the extracted text", s)
				}
			}
			if t.Failed() {
				t.Logf("extracted text:\n%s", doc.Text())
			}
		})
	}
}
