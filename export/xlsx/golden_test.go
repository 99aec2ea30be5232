package xlsx

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/export/style"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden pins the exact bytes of a workbook with every section, and a
// readable dump of what each sheet displays, so that any change to the
// output shows up in review. Regenerate with: go test ./export/xlsx -update
func TestGolden(t *testing.T) {
	b := writeBook(t, fullResume(), Options{Options: style.Options{Created: created}})
	f := openBook(t, b)
	var dump strings.Builder
	for _, s := range f.GetSheetList() {
		fmt.Fprintf(&dump, "== %s\n", s)
		rows, err := f.GetRows(s)
		if err != nil {
			t.Fatal(err)
		}
		for i, row := range rows {
			fmt.Fprintf(&dump, "%d: %q\n", i+1, row)
		}
	}
	for _, g := range []struct {
		name string
		data []byte
	}{{"full.xlsx", b}, {"full.txt", []byte(dump.String())}} {
		p := filepath.Join("testdata", g.name)
		if *update {
			if err := os.WriteFile(p, g.data, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("%v (run go test ./export/xlsx -update to create it)", err)
		}
		if !bytes.Equal(g.data, want) {
			t.Errorf("%s differs from the golden file (if the change is intended, run go test ./export/xlsx -update and review the diff of testdata/full.txt)", p)
		}
	}
}
