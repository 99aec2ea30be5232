package main

import (
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// version is the program version printed by --version. Release builds set
// it with -ldflags "-X main.version=v1.2.3"; when it is empty the version
// comes from the module build information (the tag "go install ...@v1.2.3"
// used, or the VCS revision of a local build).
var version = ""

// buildVersion returns version, or what the Go build information knows.
func buildVersion() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = ", modified"
			}
		}
	}
	// Go 1.24+ puts the revision into a pseudo-version ("v0.0.0-2026...-
	// abcdef+dirty"); older builds and -buildvcs=false leave "(devel)".
	if rev != "" && v == "(devel)" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		v += " (" + rev + modified + ")"
	}
	return v
}

// newRootCmd builds the command tree. *started turns true once cobra has
// accepted the command line and a command begins to run, so that run can
// tell usage errors (exit 2) from failures (exit 1).
func newRootCmd() (*cobra.Command, *bool) {
	started := new(bool)
	root := &cobra.Command{
		Use:   "resumekit",
		Short: "Write one resume as ATS-safe DOCX, PDF, XLSX, JSON Resume and Markdown, and prove it survives",
		Long: `resumekit turns one resume (JSON Resume as JSON or YAML, with several roles
per employer, dates, **bold**, *italic* and links) into ATS-safe DOCX, PDF,
XLSX, JSON Resume and Markdown files. Then it proves, by reading every file
back the way an applicant-tracking system does, that each date, job title,
company and skill survived.

Without a FILE, export and check use the embedded example resume, so you can
try everything at once.

Exit status: 0 on success; 1 when a command found problems (an invalid
resume, a field lost) or failed; 2 on bad usage or input (an unknown
command, flag or format, a file that cannot be read).`,
		Example: `  resumekit init                       # a starter resume.yaml to fill in
  resumekit validate resume.yaml
  resumekit export -o out              # the example resume, every format
  resumekit export resume.yaml -f pdf,docx -o out
  resumekit check resume.yaml          # does every field survive an ATS?
  resumekit parse cv.pdf --json        # what an ATS parser makes of a file`,
		Version:       buildVersion(),
		SilenceErrors: true,
		SilenceUsage:  true,
		PersistentPreRun: func(*cobra.Command, []string) {
			*started = true
		},
	}
	root.SetVersionTemplate("resumekit {{.Version}}\n")
	// Flag help wrapped to 80 columns, like the rest of the help.
	tmpl := strings.ReplaceAll(root.UsageTemplate(), ".FlagUsages", ".FlagUsagesWrapped 80")
	root.SetUsageTemplate(tmpl)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &flagError{err: err, cmd: c}
	})
	root.AddCommand(newExportCmd())
	root.AddCommand(newValidateCmd())
	root.AddCommand(newCheckCmd())
	root.AddCommand(newParseCmd())
	root.AddCommand(newExtractCmd())
	root.AddCommand(newInitCmd())
	root.AddCommand(newSchemaCmd())
	root.AddCommand(newServeCmd())
	root.AddCommand(newChildCmd())
	return root, started
}

// flagError is a flag cobra could not parse, with the command it was given
// to, so that run can list the command's valid flags.
type flagError struct {
	err error
	cmd *cobra.Command
}

func (e *flagError) Error() string { return e.err.Error() }
func (e *flagError) Unwrap() error { return e.err }
