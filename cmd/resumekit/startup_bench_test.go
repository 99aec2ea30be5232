package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkStartup runs whole processes, start-up included, the way a shell
// loop or CI step does: a hello-world Go binary built with the same Go,
// resumekit --version, export -f json of the example and parse --json of
// the example's PDF, and pdftotext on the same PDF when it is installed.
// Besides ns/op (wall time) each reports cpu-ms/op, the user + system time
// of the child, the steadier figure on a loaded machine. Run with
//
//	go test ./cmd/resumekit -run '^$' -bench Startup
//
// The binaries are built into a temporary directory first (a few seconds).
// The README's start-up figures were measured with hyperfine on the same
// commands.
func BenchmarkStartup(b *testing.B) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		b.Skipf("the go command is not on PATH: %v", err)
	}
	dir := b.TempDir()
	hello := filepath.Join(dir, "hello")
	rk := filepath.Join(dir, "resumekit")
	buildHello(b, goTool, dir, hello)
	if out, err := exec.Command(goTool, "build", "-o", rk, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	if out, err := exec.Command(rk, "export", "-f", "pdf", "-o", dir).CombinedOutput(); err != nil {
		b.Fatalf("export -f pdf: %v\n%s", err, out)
	}
	pdf := filepath.Join(dir, "resume.pdf")
	jsonOut := filepath.Join(dir, "json")

	b.Run("hello", func(b *testing.B) { benchProcess(b, hello) })
	b.Run("version", func(b *testing.B) { benchProcess(b, rk, "--version") })
	b.Run("export-json", func(b *testing.B) { benchProcess(b, rk, "export", "-f", "json", "-o", jsonOut) })
	b.Run("parse-pdf", func(b *testing.B) { benchProcess(b, rk, "parse", "--json", pdf) })
	b.Run("pdftotext", func(b *testing.B) {
		p, err := exec.LookPath("pdftotext")
		if err != nil {
			b.Skipf("pdftotext (poppler-utils) is not installed: %v", err)
		}
		benchProcess(b, p, pdf, filepath.Join(dir, "resume.txt"))
	})
}

// buildHello builds a hello-world program with goTool into exe.
func buildHello(b *testing.B, goTool, dir, exe string) {
	b.Helper()
	src := filepath.Join(dir, "hello-src")
	if err := os.Mkdir(src, 0o755); err != nil {
		b.Fatal(err)
	}
	files := map[string]string{
		"go.mod":  "module hello\n\ngo 1.21\n",
		"main.go": "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hello, world\") }\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(src, name), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	cmd := exec.Command(goTool, "build", "-o", exe, ".")
	cmd.Dir = src
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("go build hello: %v\n%s", err, out)
	}
}

// benchProcess runs name with args once per iteration, its output thrown
// away, and reports the child's CPU time per run besides the wall time.
func benchProcess(b *testing.B, name string, args ...string) {
	var cpu time.Duration
	for b.Loop() {
		cmd := exec.Command(name, args...)
		if err := cmd.Run(); err != nil {
			b.Fatalf("%s %v: %v", name, args, err)
		}
		cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
}
