package extract

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/resumekit/resumekit/internal/interop"
)

// TestQPDFEncrypted: a PDF encrypted by qpdf with an empty user password
// is read (with a warning); one with a user password is refused with
// ErrEncrypted. qpdf also linearises and object-stream-compresses a copy,
// which must read the same.
func TestQPDFEncrypted(t *testing.T) {
	interop.Require(t, "qpdf")
	src := filepath.Join(corpusDir, "latex/sb2nov/sourabh_bajaj_resume.pdf")
	if _, err := os.Stat(src); err != nil {
		t.Skip(err)
	}
	plain, err := File(context.Background(), src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	run := func(args ...string) string {
		out := filepath.Join(dir, args[len(args)-1])
		args[len(args)-1] = out
		if b, err := exec.Command("qpdf", args...).CombinedOutput(); err != nil {
			t.Fatalf("qpdf %v: %v\n%s", args, err, b)
		}
		return out
	}
	open := run("--encrypt", "", "owner", "128", "--use-aes=y", "--", src, "open.pdf")
	locked := run("--encrypt", "secret", "owner", "128", "--use-aes=y", "--", src, "locked.pdf")
	objstm := run("--object-streams=generate", "--linearize", src, "objstm.pdf")

	doc, err := File(context.Background(), open, Options{})
	if err != nil {
		t.Fatalf("empty user password: %v", err)
	}
	if !doc.HasWarning(Encrypted) || doc.Text() != plain.Text() {
		t.Errorf("empty user password: warnings %v, same text %v", doc.Warnings, doc.Text() == plain.Text())
	}
	if _, err := File(context.Background(), locked, Options{}); !errors.Is(err, ErrEncrypted) {
		t.Errorf("user password: err = %v, want ErrEncrypted", err)
	}
	doc, err = File(context.Background(), objstm, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text() != plain.Text() {
		t.Errorf("object streams changed the text")
	}
}
