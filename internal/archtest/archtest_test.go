package archtest

import (
	"os/exec"
	"strings"
	"testing"
)

const mod = "github.com/resumekit/resumekit"

// deps lists the packages the given patterns depend on, tests excluded.
func deps(t *testing.T, patterns ...string) []string {
	t.Helper()
	out, err := exec.Command("go", append([]string{"list", "-deps"}, patterns...)...).Output()
	if err != nil {
		var stderr string
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = string(ee.Stderr)
		}
		t.Fatalf("go list -deps %v: %v\n%s", patterns, err, stderr)
	}
	return strings.Fields(string(out))
}

func under(pkg, dir string) bool {
	p := mod + "/" + dir
	return pkg == p || strings.HasPrefix(pkg, p+"/")
}

func TestImportRules(t *testing.T) {
	rules := []struct {
		from, forbidden, why string
	}{
		{"ats", "export", "the checker must not share code with the writers, or a bug in both cancels out"},
		{"ats", "check", "ats is the reader side; check orchestrates it"},
		{"export", "ats", "writers must not know how they are read back"},
		{"resume", "export", "the model depends on no writer"},
		{"resume", "ats", "the model depends on no reader"},
		{"input", "export", "loading depends on no writer"},
	}
	for _, r := range rules {
		for _, d := range deps(t, "./../../"+r.from+"/...") {
			if under(d, r.forbidden) {
				t.Errorf("%s/... depends on %s: %s", r.from, d, r.why)
			}
		}
	}
}

// TestRuleCanFail proves the check above sees real dependencies: the
// command depends on both sides, so the same scan must find them there.
func TestRuleCanFail(t *testing.T) {
	var sawExport, sawATS bool
	for _, d := range deps(t, "./../../cmd/resumekit") {
		sawExport = sawExport || under(d, "export")
		sawATS = sawATS || under(d, "ats")
	}
	if !sawExport || !sawATS {
		t.Fatalf("go list -deps of the CLI should show export and ats (export %v, ats %v): the scan is broken", sawExport, sawATS)
	}
}
