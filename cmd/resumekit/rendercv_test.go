package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRenderCVPath is the RenderCV user's path: export a RenderCV YAML file
// to every format, then check it; every corpus file must be lossless.
func TestRenderCVPath(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: exports and checks every RenderCV corpus file")
	}
	files, _ := filepath.Glob("../../../shared/corpus/rendercv/*.yaml")
	more, _ := filepath.Glob("../../../shared/corpus/rendercv/yaml_only/*.yaml")
	files = append(files, more...)
	if len(files) == 0 {
		t.Skip("RenderCV corpus not present beside the checkout")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			dir := t.TempDir()
			var out, errb bytes.Buffer
			code := run([]string{"export", f, "-o", dir}, &out, &errb)
			require.Equal(t, exitOK, code, errb.String())
			base := strings.TrimSuffix(filepath.Base(f), ".yaml")
			for _, ext := range []string{".json", ".md", ".docx", ".pdf", ".xlsx"} {
				st, err := os.Stat(filepath.Join(dir, base+ext))
				require.NoError(t, err)
				assert.NotZero(t, st.Size())
			}
			out.Reset()
			errb.Reset()
			code = run([]string{"check", f}, &out, &errb)
			assert.Equal(t, exitOK, code, "check %s is not lossless:\n%s\n%s", f, out.String(), errb.String())
		})
	}
}

func TestRenderCVBadFile(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "cv.yaml")
	require.NoError(t, os.WriteFile(bad, []byte("cv:\n  name: A\n  sections:\n    experience:\n      - company: X\n        position: Y\n        start_date: 2020-13\n"), 0o644))
	var out, errb bytes.Buffer
	code := run([]string{"export", bad, "-o", t.TempDir()}, &out, &errb)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errb.String(), "cv.yaml:7:21: cv.sections.experience[0].start_date")
}
