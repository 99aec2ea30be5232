package isolate

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/internal/interop"
)

// TestMain turns the test binary into the child when ISOLATE_CHILD says
// what to do, so the tests can start it as the real program would.
func TestMain(m *testing.M) {
	switch os.Getenv("ISOLATE_CHILD") {
	case "":
		os.Exit(m.Run())
	case "extract":
		if err := Child(context.Background(), os.Args[1], extract.Options{}, os.Stdout); err != nil {
			os.Exit(1)
		}
	case "hog":
		watchMemory(64 << 20)
		var keep [][]byte
		for {
			b := make([]byte, 8<<20)
			for i := range b {
				b[i] = 1
			}
			keep = append(keep, b)
		}
	case "hang":
		time.Sleep(time.Hour)
	case "crash":
		panic("a reader bug")
	}
	os.Exit(0)
}

func child(mode string, t testing.TB) []string {
	t.Setenv("ISOLATE_CHILD", mode)
	return []string{os.Args[0]}
}

const pdfFile = "../hostile/testdata/hostile/pdf-image-only.pdf"

func TestExtractMatchesInProcess(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/corpus/latex/sb2nov/*.pdf")
	if len(files) == 0 {
		interop.SkipShared(t, "no ../shared/corpus/latex/sb2nov PDFs: the hostile image-only PDF only")
	}
	files = append(files, pdfFile)
	for _, f := range files {
		want, err := extract.File(context.Background(), f, extract.Options{})
		require.NoError(t, err)
		got, err := Extract(context.Background(), append(child("extract", t), f), f, Limits{})
		require.NoError(t, err, f)
		assert.Equal(t, want.Lines, got.Lines, f)
		assert.Equal(t, want.Warnings, got.Warnings, f)
		assert.Equal(t, want.Pages, got.Pages, f)
	}
}

func TestErrorsComeBackTyped(t *testing.T) {
	f := "../hostile/testdata/hostile/pdf-encrypted.pdf"
	_, err := Extract(context.Background(), append(child("extract", t), f), f, Limits{})
	require.Error(t, err)
	assert.ErrorIs(t, err, extract.ErrEncrypted)
	var xe *extract.Error
	require.True(t, errors.As(err, &xe))
	assert.Equal(t, f, xe.File)
	assert.Equal(t, 1, strings.Count(err.Error(), extract.ErrEncrypted.Error()), "the sentinel is named once: %v", err)
}

func TestMemoryLimit(t *testing.T) {
	_, err := Extract(context.Background(), child("hog", t), "x.pdf", Limits{MaxMemory: 64 << 20})
	require.Error(t, err)
	assert.ErrorIs(t, err, extract.ErrTooLarge)
	assert.Contains(t, err.Error(), "64 MB")
}

func TestTimeLimit(t *testing.T) {
	_, err := Extract(context.Background(), child("hang", t), "x.pdf", Limits{Timeout: 200 * time.Millisecond})
	require.Error(t, err)
	assert.ErrorIs(t, err, extract.ErrTimeout)
}

func TestCrash(t *testing.T) {
	_, err := Extract(context.Background(), child("crash", t), "x.pdf", Limits{})
	require.Error(t, err)
	assert.ErrorIs(t, err, extract.ErrMalformed)
	assert.Contains(t, err.Error(), "crashed")
}

// BenchmarkIsolated and BenchmarkInProcess measure what isolation costs
// on a one-page third-party PDF.
func BenchmarkIsolated(b *testing.B) {
	f := benchFile(b)
	argv := append(child("extract", b), f)
	for b.Loop() {
		if _, err := Extract(context.Background(), argv, f, Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkInProcess(b *testing.B) {
	f := benchFile(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := extract.File(context.Background(), f, extract.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func benchFile(b *testing.B) string {
	f := "../../../shared/corpus/latex/sb2nov/sourabh_bajaj_resume.pdf"
	if _, err := os.Stat(f); err != nil {
		b.Skip(fmt.Sprint("corpus not present: ", err))
	}
	return f
}
