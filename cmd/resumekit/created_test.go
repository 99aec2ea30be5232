package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/resumekit/resumekit/ats/extract"
)

func TestParseCreated(t *testing.T) {
	now := func() time.Time { return time.Date(2025, 3, 4, 5, 6, 7, 8, time.FixedZone("X", 3600)) }
	for _, c := range []struct {
		flag, epoch string
		want        time.Time
	}{
		{"", "", time.Time{}},
		{"", "1717146000", time.Date(2024, 5, 31, 9, 0, 0, 0, time.UTC)},
		{"2024-05-31", "1", time.Date(2024, 5, 31, 0, 0, 0, 0, time.UTC)},
		{"2024-05-31T09:00:00+02:00", "", time.Date(2024, 5, 31, 7, 0, 0, 0, time.UTC)},
		{"now", "", time.Date(2025, 3, 4, 4, 6, 7, 0, time.UTC)},
	} {
		got, err := parseCreated(c.flag, c.epoch, now)
		require.NoError(t, err, "%q %q", c.flag, c.epoch)
		assert.True(t, got.Equal(c.want), "%q %q: %v, want %v", c.flag, c.epoch, got, c.want)
	}
	for _, c := range [][2]string{{"2024-13-01", ""}, {"yesterday", ""}, {"", "abc"}, {"", "-5"}, {"", "99999999999999"}} {
		_, err := parseCreated(c[0], c[1], now)
		assert.Error(t, err, "%q %q", c[0], c[1])
	}
}

// TestExportCreated: with --created, the XLSX shows the duration of a
// current role up to that day, and the PDF carries the date; without it,
// the bytes do not depend on the day.
func TestExportCreated(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "cv.yaml")
	require.NoError(t, os.WriteFile(src, []byte("basics: {name: Ana Díaz}\nwork:\n  - name: Acme\n    position: Dev\n    startDate: 2020-01\n    endDate: present\n"), 0o644))

	out := filepath.Join(dir, "dated")
	code, _, stderr := cli(t, "export", src, "-f", "xlsx,pdf", "--created", "2024-07-01", "-o", out)
	require.Equal(t, exitOK, code, stderr)
	doc, err := extract.File(context.Background(), filepath.Join(out, "cv.xlsx"), extract.Options{})
	require.NoError(t, err)
	assert.Contains(t, doc.Text(), "4y 7m", "the duration (months counted inclusively) of the current role up to --created")
	pdfBytes, err := os.ReadFile(filepath.Join(out, "cv.pdf"))
	require.NoError(t, err)
	assert.Contains(t, string(pdfBytes), "/CreationDate (D:20240701000000Z)")

	plain := filepath.Join(dir, "plain")
	t.Setenv("SOURCE_DATE_EPOCH", "")
	code, _, stderr = cli(t, "export", src, "-f", "xlsx", "-o", plain)
	require.Equal(t, exitOK, code, stderr)
	doc, err = extract.File(context.Background(), filepath.Join(plain, "cv.xlsx"), extract.Options{})
	require.NoError(t, err)
	assert.False(t, strings.Contains(doc.Text(), "4y"), "a duration without --created")

	code, _, stderr = cli(t, "export", src, "--created", "soon", "-o", plain)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `--created "soon"`)
}

// TestFontFlag: a CJK name needs a font for the PDF. Without --font,
// export fails as bad input, naming the characters and the flag; with it,
// export writes the PDF and check finds every format lossless.
func TestFontFlag(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "cv.yaml")
	require.NoError(t, os.WriteFile(src, []byte("basics:\n  name: 王小明 (José)\n  email: wang@example.cn\nwork:\n  - name: 東京株式会社\n    position: Engineer\n    startDate: 2020-01\n    endDate: 2023-06\n"), 0o644))

	code, _, stderr := cli(t, "export", src, "-f", "pdf", "-o", dir)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `"王" (U+738B) in basics.name (`+src+`:2:9)`)
	assert.Contains(t, stderr, "--font")

	code, _, stderr = cli(t, "export", src, "-f", "pdf", "-o", dir, "--font", filepath.Join(dir, "missing.ttf"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "--font: ")

	const droid = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
	if _, err := os.Stat(droid); err != nil {
		t.Skipf("no CJK font at %s (Debian package fonts-droid-fallback): the export with --font is not checked", droid)
	}
	code, stdout, stderr := cli(t, "export", src, "-f", "pdf", "-o", dir, "--font", droid)
	require.Equal(t, exitOK, code, stderr)
	assert.Equal(t, filepath.Join(dir, "cv.pdf")+"\n", stdout)
	code, stdout, stderr = cli(t, "check", src, "--font", droid)
	assert.Equal(t, exitOK, code, "%s\n%s", stdout, stderr)
}
