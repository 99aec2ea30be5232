// Package interop gates the tests that check our files with outside tools
// (LibreOffice, pandoc, poppler, qpdf, python3-docx, python3-openpyxl).
//
// A test calls Require for each tool it needs. When a tool is missing the
// test is skipped, unless RESUMEKIT_INTEROP=1 is set (as .ci/run sets it),
// in which case it fails: CI never skips an interoperability test. A test
// that runs in part without ../shared calls SkipShared for the part it
// leaves out.
package interop

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Enabled reports whether RESUMEKIT_INTEROP=1 is set.
func Enabled() bool { return os.Getenv("RESUMEKIT_INTEROP") == "1" }

// Require returns the path of each command, skipping t (or failing it when
// Enabled) when one is not on PATH.
func Require(t testing.TB, commands ...string) []string {
	t.Helper()
	paths := make([]string, len(commands))
	for i, c := range commands {
		p, err := exec.LookPath(c)
		if err != nil {
			missing(t, "command "+c+" is not installed")
			return nil
		}
		paths[i] = p
	}
	return paths
}

// RequireCalc returns the path of soffice when LibreOffice Calc is
// installed beside it, and skips t (or fails it when Enabled) when it is
// not: Debian splits LibreOffice into packages, and soffice without
// libreoffice-calc cannot open or write a spreadsheet. Where the program
// folder cannot be told from soffice's path, Calc is assumed present.
func RequireCalc(t testing.TB) string {
	t.Helper()
	p := Require(t, "soffice")
	if p == nil {
		return ""
	}
	dir := p[0]
	if r, err := filepath.EvalSymlinks(dir); err == nil {
		dir = r
	}
	dir = filepath.Dir(dir)
	if _, err := os.Stat(filepath.Join(dir, "soffice.bin")); err != nil {
		return p[0] // not LibreOffice's program folder: no way to tell
	}
	if m, _ := filepath.Glob(filepath.Join(dir, "libsclo.*")); len(m) == 0 {
		missing(t, "LibreOffice Calc is not installed beside "+p[0]+" (libsclo is not in "+dir+")")
		return ""
	}
	return p[0]
}

// RequirePython returns a python3 that can import each module (docx,
// openpyxl): the one on PATH, or else the system's /usr/bin/python3, where
// Debian's python3-docx and python3-openpyxl install (a pyenv or virtualenv
// python3 first on PATH often lacks them). When neither can, it skips t, or
// fails it when Enabled.
func RequirePython(t testing.TB, modules ...string) string {
	t.Helper()
	script := "import " + strings.Join(modules, ", ")
	for _, py := range []string{"python3", "/usr/bin/python3"} {
		if _, err := exec.LookPath(py); err != nil {
			continue
		}
		if exec.Command(py, "-c", script).Run() == nil {
			return py
		}
	}
	missing(t, "no python3 here can "+script)
	return ""
}

// SkipShared records that the part of t that reads ../shared does not
// run: a subtest named "shared", skipped with why (and "../shared is not
// beside the repository"), or failed when Enabled, since CI runs with
// ../shared beside the clone. The rest of t runs as before.
func SkipShared(t *testing.T, why string) {
	t.Helper()
	t.Run("shared", func(t *testing.T) {
		t.Helper()
		if Enabled() {
			t.Fatalf("%s: ../shared is not beside the repository, and RESUMEKIT_INTEROP=1 demands it", why)
		}
		t.Skipf("%s: ../shared is not beside the repository", why)
	})
}

func missing(t testing.TB, why string) {
	t.Helper()
	if Enabled() {
		t.Fatalf("%s, and RESUMEKIT_INTEROP=1 demands it (install with: apt-get install -y libreoffice-writer libreoffice-calc poppler-utils pandoc python3-docx python3-openpyxl python3-html5lib qpdf mupdf-tools chromium)", why)
	}
	t.Skipf("%s; set RESUMEKIT_INTEROP=1 to make this a failure", why)
}
