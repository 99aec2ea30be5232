package resume

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestLoadGolden loads each file in testdata/load strictly and leniently
// and compares what a user would see (errors, warnings) with NAME.golden.
// Regenerate with: go test ./resume -run Golden -update
func TestLoadGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/load/*")
	require.NoError(t, err)
	for _, f := range files {
		if strings.HasSuffix(f, ".golden") {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			var b strings.Builder
			for _, lenient := range []bool{false, true} {
				if lenient {
					b.WriteString("\n== lenient\n")
				} else {
					b.WriteString("== strict\n")
				}
				r, err := Load(f, LoadOptions{Lenient: lenient})
				if err != nil {
					b.WriteString(err.Error() + "\n")
					continue
				}
				b.WriteString("loaded\n")
				for _, w := range r.Warnings() {
					b.WriteString("warning: " + w.String() + "\n")
				}
			}
			golden(t, f, b.String())
		})
	}
}

// TestValidateGolden validates each file in testdata/validate with
// Validate and ValidateSchema.
func TestValidateGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/validate/*")
	require.NoError(t, err)
	for _, f := range files {
		if strings.HasSuffix(f, ".golden") {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			r, err := Load(f, LoadOptions{})
			require.NoError(t, err)
			var b strings.Builder
			b.WriteString("== Validate\n")
			if err := r.Validate(); err != nil {
				b.WriteString(err.Error() + "\n")
			}
			b.WriteString("\n== ValidateSchema\n")
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			if err := ValidateSchema(data, f); err != nil {
				b.WriteString(err.Error() + "\n")
			}
			golden(t, f, b.String())
		})
	}
}

func golden(t *testing.T, file, got string) {
	t.Helper()
	path := file + ".golden"
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./resume -run Golden -update")
	assert.Equal(t, string(want), got)
}
