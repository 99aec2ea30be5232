// Command resumekit turns one resume into ATS-safe DOCX, PDF, XLSX, JSON
// Resume and Markdown, and proves, by reading every file back the way an
// applicant-tracking system does, that each date, job title, company and
// skill survived.
//
// Usage:
//
//	resumekit init [FILE]
//	resumekit validate FILE...
//	resumekit export [FILE] [-f json,md,...] [-o DIR]
//	resumekit check [FILE|DIR...]
//	resumekit parse FILE
//	resumekit extract FILE
//	resumekit schema
//
// Run "resumekit help COMMAND" for the flags of each command.
//
// Exit status: 0 on success; 1 when a command found problems (validate:
// an invalid resume; check: a lost field) or failed; 2 on bad usage or
// input (an unknown command, flag or format, a file that cannot be read).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
)

func main() {
	tuneGC()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// gcPercent is the collector's target for a run: the heap may grow to five
// times what is live before a collection. resumekit runs once per file and
// keeps a few megabytes live, so the default (100, with a 4 MB first goal)
// collected two or three times while parsing one PDF, each collection
// starting the collector's workers and touching fresh memory; at 400 a
// typical command finishes without collecting, and memory stays
// proportional to the live heap (GOMEMLIMIT still applies).
const gcPercent = 400

// tuneGC sets gcPercent unless the user chose with GOGC.
func tuneGC() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(gcPercent)
	}
}

// Exit codes shared by the commands (check.go adds its own names for the
// same numbers).
const (
	exitOK      = 0
	exitFailure = 1 // the command ran and found problems, or failed
	exitUsage   = 2 // bad usage or unreadable input
)

// run executes the command line args (without the program name), writing
// to stdout and stderr, and returns the process exit code. Tests call it
// in-process.
func run(args []string, stdout, stderr io.Writer) int {
	return runIO(args, os.Stdin, stdout, stderr)
}

// runIO is run with stdin as standard input.
func runIO(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root, started := newRootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	cmd, err := root.ExecuteContextC(context.Background())
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintf(stderr, "resumekit: %v\n", ee.err)
		}
		return ee.ExitCode()
	}
	fmt.Fprintf(stderr, "resumekit: %v\n", err)
	if !*started {
		// cobra rejected the command line before any command ran: an
		// unknown command, flag or argument count.
		if cmd == nil {
			cmd = root
		}
		var fe *flagError
		switch {
		case errors.As(err, &fe):
			fmt.Fprintf(stderr, "Valid flags of %s:\n%s", fe.cmd.CommandPath(), fe.cmd.Flags().FlagUsagesWrapped(80))
		case cmd == root:
			var names []string
			for _, c := range root.Commands() {
				if c.IsAvailableCommand() {
					names = append(names, c.Name())
				}
			}
			fmt.Fprintf(stderr, "Commands: %s\n", strings.Join(names, ", "))
		}
		fmt.Fprintf(stderr, "Run '%s --help' for usage.\n", cmd.CommandPath())
		return exitUsage
	}
	return exitFailure
}
