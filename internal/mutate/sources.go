package mutate

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/export"
	"github.com/resumekit/resumekit/export/style"
)

// ExampleSources writes the embedded example resume in every format, in
// memory: the mutation round's own seeds.
func ExampleSources() ([]Source, error) {
	r, err := examples.Resume()
	if err != nil {
		return nil, err
	}
	var out []Source
	for _, f := range export.Formats() {
		var buf bytes.Buffer
		if err := f.Write(&buf, r, style.Options{Language: "en"}); err != nil {
			return nil, fmt.Errorf("writing the example as %s: %w", f.Name, err)
		}
		out = append(out, Source{Name: "rk_example_" + f.Name, Format: f.Name, Data: buf.Bytes()})
	}
	return out, nil
}

// formatOf maps an extension to a Source format, "" for files to skip.
func formatOf(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".pdf":
		return "pdf"
	case ".docx":
		return "docx"
	case ".xlsx":
		return "xlsx"
	case ".md":
		return "md"
	case ".json":
		return "json"
	}
	return ""
}

// DirSources reads the PDF, DOCX, XLSX, Markdown and JSON files under
// dir (recursively, in name order), skipping any path that contains one
// of skip and files larger than maxMutant.
func DirSources(dir, prefix string, skip ...string) ([]Source, error) {
	var out []Source
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		for _, s := range skip {
			if strings.Contains(p, s) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
		}
		f := formatOf(p)
		if d.IsDir() || f == "" || strings.EqualFold(d.Name(), "README.md") {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if len(data) == 0 || len(data) > maxMutant {
			return nil
		}
		name := prefix + strings.TrimSuffix(d.Name(), filepath.Ext(d.Name()))
		out = append(out, Source{Name: name, Format: f, Data: data})
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, err
}
