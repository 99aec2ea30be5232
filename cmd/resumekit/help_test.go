package main

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Every help text fits 80 columns, and completion is listed.
func TestHelpFitsEightyColumns(t *testing.T) {
	root, _ := newRootCmd()
	cmds := [][]string{{"--help"}}
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() {
			cmds = append(cmds, []string{c.Name(), "--help"})
		}
	}
	for _, args := range cmds {
		code, stdout, stderr := cli(t, args...)
		if code != 0 {
			t.Errorf("%v: exit %d: %s", args, code, stderr)
		}
		for i, line := range strings.Split(stdout, "\n") {
			if n := utf8.RuneCountInString(line); n > 80 {
				t.Errorf("%v line %d has %d columns: %q", args, i+1, n, line)
			}
		}
	}
	_, stdout, _ := cli(t, "--help")
	for _, name := range []string{"completion", "init", "schema", "validate", "export", "check", "parse", "extract"} {
		if !strings.Contains(stdout, "\n  "+name+" ") {
			t.Errorf("help does not list %s:\n%s", name, stdout)
		}
	}
}
