package main

import (
	"bytes"
	"context"
	"fmt"
	"github.com/resumekit/resumekit/export"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/examples"
)

// The write side of issue #18: export writes each file to a hidden
// temporary file in the output folder (".NAME.*.tmp") and renames it into
// place, so a reader never sees a half-written file under a final name.

// TestExportChild is the child half of the write-side tests: it runs the
// CLI with the arguments in RESUMEKIT_CHILD_ARGS (tab separated) and exits
// with its status.
func TestExportChild(t *testing.T) {
	args := os.Getenv("RESUMEKIT_CHILD_ARGS")
	if args == "" {
		t.Skip("run by the write-side tests in a child process")
	}
	os.Exit(run(strings.Split(args, "\t"), os.Stdout, os.Stderr))
}

// exportCmd starts the test binary as `resumekit args...`.
func exportCmd(ctx context.Context, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestExportChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), "RESUMEKIT_CHILD_ARGS="+strings.Join(args, "\t"))
	return cmd
}

// writeFormats are the extensions export writes by default, one a format.
var writeFormats = func() []string {
	var exts []string
	for _, f := range export.Formats() {
		exts = append(exts, f.Ext)
	}
	return exts
}()

// reference exports input in process into a folder of its own and returns
// the bytes of each file by extension.
func reference(t *testing.T, input string) map[string][]byte {
	t.Helper()
	dir := t.TempDir()
	var out, errb bytes.Buffer
	if code := run([]string{"export", input, "-o", dir}, &out, &errb); code != exitOK {
		t.Fatalf("reference export: exit %d: %s", code, errb.String())
	}
	base := strings.TrimSuffix(filepath.Base(input), filepath.Ext(input))
	ref := map[string][]byte{}
	for _, ext := range writeFormats {
		b, err := os.ReadFile(filepath.Join(dir, base+ext))
		if err != nil {
			t.Fatal(err)
		}
		ref[ext] = b
	}
	return ref
}

// checkFolder checks that every file under a final name in dir is
// complete (the bytes of the reference export of its input) and readable
// by extract, and returns the leftover temporary files.
func checkFolder(t *testing.T, dir string, refs map[string]map[string][]byte) (finals int, temps []string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") && strings.HasSuffix(name, ".tmp") {
			temps = append(temps, name)
			continue
		}
		ext := filepath.Ext(name)
		ref, ok := refs[strings.TrimSuffix(name, ext)]
		if !ok {
			t.Errorf("unexpected file %s in the output folder", name)
			continue
		}
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, ref[ext]) {
			t.Errorf("%s: %d bytes, not the %d bytes of a complete export: a half-written or mixed file under its final name", name, len(got), len(ref[ext]))
			continue
		}
		if _, err := extract.File(context.Background(), filepath.Join(dir, name), extract.Options{}); err != nil {
			t.Errorf("%s does not read back: %v", name, err)
		}
		finals++
	}
	return finals, temps
}

// TestConcurrentExportsIntoOneFolder runs 20 pairs of export processes at
// once into one folder, the two of a pair writing the same file names:
// every file must end complete and valid, and no temporary file stays.
func TestConcurrentExportsIntoOneFolder(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: starts 40 export processes")
	}
	in, out := t.TempDir(), t.TempDir()
	refs := map[string]map[string][]byte{}
	for i := 0; i < 20; i++ {
		name := fmt.Sprintf("cv%02d", i)
		input := filepath.Join(in, name+".yaml")
		if err := os.WriteFile(input, examples.YAML, 0o644); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			refs[name] = reference(t, input)
		} else {
			refs[name] = refs["cv00"] // same content, same bytes
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var cmds []*exec.Cmd
	for i := 0; i < 40; i++ {
		input := filepath.Join(in, fmt.Sprintf("cv%02d.yaml", i/2))
		cmd := exportCmd(ctx, "export", input, "-o", out)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
	}
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Errorf("export process %d: %v", i, err)
		}
	}
	finals, temps := checkFolder(t, out, refs)
	if finals != 20*len(writeFormats) {
		t.Errorf("%d files under final names, want %d", finals, 20*len(writeFormats))
	}
	if len(temps) > 0 {
		t.Errorf("temporary files left behind by exports that finished: %v", temps)
	}
}

// countFolder counts the final and the temporary files in dir.
func countFolder(dir string) (finals, temps int) {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			temps++
		} else {
			finals++
		}
	}
	return finals, temps
}

// TestExportKilledMidway kills export processes with SIGKILL at moments
// spread over their run: whatever sits under a final name must be a
// complete file; what may stay is a hidden ".NAME.*.tmp" file, which the
// README says how to clean up.
func TestExportKilledMidway(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: starts and kills export processes")
	}
	in := t.TempDir()
	input := filepath.Join(in, "cv.yaml")
	if err := os.WriteFile(input, examples.YAML, 0o644); err != nil {
		t.Fatal(err)
	}
	refs := map[string]map[string][]byte{"cv": reference(t, input)}
	killedMidway, leftovers := 0, 0
	const runs = 15
	for i := 0; i < runs; i++ {
		out := t.TempDir()
		cmd := exportCmd(context.Background(), "export", input, "-o", out)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill at a stage of the run: once `stage` files are in place, and
		// on odd runs only once a temporary file exists as well, so that
		// kills land before, during and between the writes.
		stage, wantTemp := i%len(writeFormats), i%2 == 1
		deadline := time.Now().Add(20 * time.Second)
		for time.Now().Before(deadline) {
			finals, temps := countFolder(out)
			if finals >= stage && (!wantTemp || temps > 0) || cmd.ProcessState != nil {
				break
			}
			time.Sleep(200 * time.Microsecond)
		}
		_ = cmd.Process.Signal(syscall.SIGKILL)
		err := cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			killedMidway++
		} else if err != nil {
			t.Errorf("export %d: %v", i, err)
		}
		finals, temps := checkFolder(t, out, refs)
		leftovers += len(temps)
		for _, tmp := range temps {
			if !strings.HasPrefix(tmp, ".cv.") {
				t.Errorf("leftover %s does not follow the .NAME.*.tmp pattern the README documents", tmp)
			}
		}
		t.Logf("kill %2d (stage %d, temp %v): %d complete files, leftovers %v", i, stage, wantTemp, finals, temps)
	}
	if killedMidway == 0 {
		t.Skip("no export was killed before it finished")
	}
	t.Logf("%d of %d exports killed midway, %d temporary files left", killedMidway, runs, leftovers)
}
