package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMain lets the test binary stand in for resumekit as the isolated
// child: extractFile starts os.Executable() with the hidden command.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == childCommand {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

const hostileDir = "../../internal/hostile/testdata/hostile"

func TestIsolatedExtractMatchesInProcess(t *testing.T) {
	pdf := "../../../shared/corpus/latex/sb2nov/sourabh_bajaj_resume.pdf"
	if _, err := os.Stat(pdf); err != nil {
		t.Skip("../shared/corpus is not beside the repository (a fresh clone)")
	}
	var in, iso, errb bytes.Buffer
	require.Equal(t, exitOK, run([]string{"extract", pdf, "--json", "--isolate=never"}, &in, &errb), errb.String())
	require.Equal(t, exitOK, run([]string{"extract", pdf, "--json", "--isolate"}, &iso, &errb), errb.String())
	assert.JSONEq(t, in.String(), iso.String())
}

func TestIsolatedHostileFiles(t *testing.T) {
	for _, name := range []string{"pdf-self-kid.pdf", "pdf-parent-cycle.pdf", "pdf-count-2e9.pdf", "pdf-encrypted.pdf"} {
		t.Run(name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run([]string{"parse", filepath.Join(hostileDir, name), "--isolate=always", "--timeout", "5s"}, &out, &errb)
			assert.Equal(t, exitUsage, code)
			assert.Contains(t, errb.String(), name)
		})
	}
}

func TestCheckAgainstIsolates(t *testing.T) {
	label := "../../../shared/corpus/labels/latex/sb2nov/sourabh_bajaj_resume.json"
	if _, err := os.Stat(label); err != nil {
		t.Skip("../shared/corpus is not beside the repository (a fresh clone)")
	}
	var out, errb bytes.Buffer
	code := run([]string{"check", "--against", label, filepath.Join(hostileDir, "pdf-parent-cycle.pdf"), "--isolate"}, &out, &errb)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, out.String(), "/Parent cycle")

	out.Reset()
	code = run([]string{"check", "--against", label, "x.pdf", "--isolate=sometimes"}, &out, &errb)
	assert.Equal(t, exitUsage, code)
}

func TestShouldIsolate(t *testing.T) {
	dir := t.TempDir()
	ours := filepath.Join(dir, "resume.pdf")
	var out, errb bytes.Buffer
	require.Equal(t, exitOK, run([]string{"export", "-f", "pdf", "-o", dir}, &out, &errb), errb.String())
	iso, err := shouldIsolate(ours, "auto")
	require.NoError(t, err)
	assert.False(t, iso, "a PDF resumekit wrote is read in process")
	iso, err = shouldIsolate(filepath.Join(hostileDir, "pdf-self-kid.pdf"), "auto")
	require.NoError(t, err)
	assert.True(t, iso, "another tool's PDF is isolated")
	iso, err = shouldIsolate(filepath.Join(hostileDir, "truncated.docx"), "auto")
	require.NoError(t, err)
	assert.False(t, iso, "only PDFs are isolated by default")
	_, err = shouldIsolate(ours, "maybe")
	assert.Error(t, err)
}
