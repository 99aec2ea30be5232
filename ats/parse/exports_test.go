package parse_test

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/ats/parse"
	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/export"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/internal/interop"
	"github.com/resumekit/resumekit/resume"
)

// This file tests the parser on our own exports. It is an external test
// package: package parse itself never imports export (go list -deps
// checks that), so writer and reader share no code.

func sameDate(want, got resume.Date) bool {
	if want.Present || got.Present || want.IsZero() || got.IsZero() {
		return want.Present == got.Present && want.IsZero() == got.IsZero()
	}
	p := min(want.Precision, got.Precision)
	return want.Truncate(p) == got.Truncate(p)
}

func norm(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(resume.Plain(s)), " "))
}

// lossless lists what of src's roles, dates and skills the parsed resume
// lacks.
func lossless(src, got *resume.Resume) []string {
	var miss []string
	type role struct {
		emp string
		r   resume.Role
	}
	var parsed []role
	for _, e := range got.Work {
		for _, r := range e.Roles {
			parsed = append(parsed, role{e.Name, r})
		}
	}
	keywords := map[string]bool{}
	for _, s := range got.Skills {
		for _, k := range s.Keywords {
			keywords[norm(k)] = true
		}
	}
	for i, e := range src.Work {
		for j, r := range e.Roles {
			found := false
			for _, p := range parsed {
				if norm(p.emp) == norm(e.Name) && norm(p.r.Position) == norm(r.Position) {
					found = true
					if !sameDate(r.StartDate, p.r.StartDate) || !sameDate(r.EndDate, p.r.EndDate) {
						miss = append(miss, fmt.Sprintf("work[%d].roles[%d] dates %s–%s, parsed %s–%s", i, j, r.StartDate, r.EndDate, p.r.StartDate, p.r.EndDate))
					}
					have := map[string]bool{}
					for _, k := range p.r.Skills {
						have[norm(k)] = true
					}
					for _, k := range r.Skills {
						if !have[norm(k)] {
							miss = append(miss, fmt.Sprintf("work[%d].roles[%d].skills %q", i, j, k))
						}
					}
					break
				}
			}
			if !found {
				miss = append(miss, fmt.Sprintf("work[%d].roles[%d] %q at %q", i, j, r.Position, e.Name))
			}
		}
	}
	for i, s := range src.Skills {
		for _, k := range s.Keywords {
			if !keywords[norm(k)] {
				miss = append(miss, fmt.Sprintf("skills[%d] %q", i, k))
			}
		}
	}
	return miss
}

// TestOwnExports exports the example CV and every shared JSON Resume file
// in every format, reads each file back as an ATS does and parses it
// blind: every role, date and skill must come back.
func TestOwnExports(t *testing.T) {
	type src struct {
		name string
		r    *resume.Resume
	}
	ex, err := examples.Resume()
	if err != nil {
		t.Fatal(err)
	}
	srcs := []src{{"example", ex}}
	if shared := sharedDirOrEmpty(); shared != "" {
		files, _ := filepath.Glob(filepath.Join(shared, "jsonresume", "examples", "*.json"))
		files = append(files, filepath.Join(shared, "jsonresume", "sample.resume.json"))
		for _, f := range files {
			r, err := resume.Load(f, resume.LoadOptions{})
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			srcs = append(srcs, src{filepath.Base(f), r})
		}
	} else {
		interop.SkipShared(t, "no ../shared/jsonresume: the example resume only")
	}
	for _, s := range srcs {
		for _, f := range export.Formats() {
			t.Run(s.name+"/"+f.Name, func(t *testing.T) {
				var buf bytes.Buffer
				if err := f.Write(&buf, s.r, style.Options{}); err != nil {
					t.Fatal(err)
				}
				doc, err := extract.Bytes(context.Background(), buf.Bytes(), "resume"+f.Ext, extract.Options{})
				if err != nil {
					t.Fatal(err)
				}
				got := parse.Parse(doc, parse.Options{}).Resume
				for _, m := range lossless(s.r, got) {
					t.Errorf("lost %s", m)
				}
			})
		}
	}
}
