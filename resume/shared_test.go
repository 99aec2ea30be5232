package resume

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedDir returns the directory sub of the shared data beside the
// repository (../shared from the repository root), or skips the test with
// a message naming it when it is absent, as on a fresh clone.
func sharedDir(t *testing.T, sub string) string {
	t.Helper()
	dir := filepath.Join("..", "..", "shared", sub)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("../shared/%s is not beside the repository (a fresh clone): %v", sub, err)
	}
	return dir
}
