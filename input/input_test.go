package input

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/resumekit/resumekit/resume"
)

func TestDetectsRenderCV(t *testing.T) {
	res, err := Load(filepath.Join("..", "..", "shared", "corpus", "rendercv", "classic.yaml"), Options{})
	if errors.Is(err, os.ErrNotExist) {
		t.Skip("the RenderCV corpus is not in ../shared (a fresh clone)")
	}
	require.NoError(t, err)
	assert.Equal(t, RenderCV, res.Format)
	assert.Equal(t, "en", res.Language)
	assert.Equal(t, "John Doe", res.Resume.Basics.Name)
	assert.NotEmpty(t, res.Warnings)
}

func TestJSONResumeStillLoads(t *testing.T) {
	res, err := Decode([]byte(`{"basics":{"name":"Ada"},"work":[{"name":"X","position":"Y","startDate":"2020-01"}]}`), "r.json", Options{})
	require.NoError(t, err)
	assert.Equal(t, JSONResume, res.Format)
	assert.Equal(t, "Ada", res.Resume.Basics.Name)

	res, err = Decode([]byte("basics:\n  name: Ada\n"), "r.yaml", Options{})
	require.NoError(t, err)
	assert.Equal(t, JSONResume, res.Format)
}

func TestSizeLimit(t *testing.T) {
	big := "cv:\n  name: A\n" + strings.Repeat("# padding\n", 2000)
	_, err := Decode([]byte(big), "big.yaml", Options{LoadOptions: resume.LoadOptions{MaxSize: 1000}})
	require.Error(t, err)
	assert.ErrorIs(t, err, resume.ErrTooLarge)
	assert.Contains(t, err.Error(), "big.yaml")
}
