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
		t.Skip("../shared/corpus/rendercv is not beside the repository (a fresh clone)")
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

// TestValidateRenderCV checks that validate reads RenderCV files as
// RenderCV (not as JSON Resume with an empty name), from a file and from
// standard input, with positioned problems.
func TestValidateRenderCV(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/corpus/rendercv/*.yaml")
	if len(files) == 0 {
		t.Skip("../shared/corpus/rendercv is not beside the repository (a fresh clone)")
	}
	for _, f := range files {
		var out, errb bytes.Buffer
		code := run([]string{"validate", f}, &out, &errb)
		assert.Equal(t, exitOK, code, "%s:\n%s", f, errb.String())
		assert.Equal(t, f+": ok (RenderCV)\n", out.String())
	}

	bad := "cv:\n  name: A\n  sections:\n    experience:\n      - company: X\n        position: Y\n        start_date: 2020-13\n"
	var out, errb bytes.Buffer
	err := runValidate(strings.NewReader(bad), &out, &errb, []string{"-"}, validateFlags{schema: true})
	var ee *exitError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, exitFailure, ee.code)
	assert.Contains(t, errb.String(), "<stdin>:7:21: cv.sections.experience[0].start_date")
	assert.Contains(t, errb.String(), "<stdin>: 1 problem (RenderCV)")

	// A RenderCV file that decodes but makes an invalid resume.
	errb.Reset()
	noName := "cv:\n  sections:\n    experience:\n      - company: X\n        position: Y\n        start_date: 2020-01\n"
	err = runValidate(strings.NewReader(noName), &out, &errb, []string{"-"}, validateFlags{schema: true})
	require.ErrorAs(t, err, &ee)
	assert.Contains(t, errb.String(), "basics.name")
}

// TestValidateStdin reads JSON Resume from standard input, once.
func TestValidateStdin(t *testing.T) {
	var out, errb bytes.Buffer
	err := runValidate(strings.NewReader(`{"basics": {"name": "Ana"}}`), &out, &errb, []string{"-"}, validateFlags{schema: true})
	require.NoError(t, err, errb.String())
	assert.Equal(t, "<stdin>: ok\n", out.String())

	out.Reset()
	err = runValidate(strings.NewReader(`{"basics": {"name": "Ana", "email": "nope"}}`), &out, &errb, []string{"-"}, validateFlags{schema: true})
	var ee *exitError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, exitFailure, ee.code)
	assert.Regexp(t, `<stdin>:1:\d+: basics.email`, errb.String())

	errb.Reset()
	err = runValidate(strings.NewReader(`{"basics": {"name": "Ana"}}`), &out, &errb, []string{"-", "-"}, validateFlags{schema: true})
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, exitUsage, ee.code)
	assert.Contains(t, errb.String(), "given twice")
}
