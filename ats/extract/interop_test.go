package extract

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/resumekit/resumekit/internal/interop"
)

// TestQPDFEncrypted: a PDF encrypted by qpdf with an empty user password
// is read (with a warning); one with a user password is refused with
// ErrEncrypted. qpdf also linearises and object-stream-compresses a copy,
// which must read the same.
func TestQPDFEncrypted(t *testing.T) {
	interop.Require(t, "qpdf")
	src := corpusFile(t, "latex/sb2nov/sourabh_bajaj_resume.pdf")
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

// TestLibreOfficeTwoColumns: a DOCX section with two newspaper columns,
// rendered to PDF by LibreOffice, is read column by column with a warning.
func TestLibreOfficeTwoColumns(t *testing.T) {
	if testing.Short() {
		t.Skip("slow interop test")
	}
	interop.Require(t, "soffice")
	var paras strings.Builder
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&paras, `<w:p><w:r><w:t>Paragraph %02d of the flowing text, long enough to wrap across the narrow column width twice or so.</w:t></w:r></w:p>`, i)
	}
	doc := `<?xml version="1.0"?><w:document ` + wNS + `><w:body><w:p><w:r><w:t>Full Width Title</w:t></w:r></w:p><w:p><w:pPr><w:sectPr><w:type w:val="continuous"/></w:sectPr></w:pPr></w:p>` +
		paras.String() + `<w:sectPr><w:type w:val="continuous"/><w:cols w:num="2" w:space="720"/></w:sectPr></w:body></w:document>`
	data := makeZip(t,
		"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml", doc)
	dir := t.TempDir()
	src := filepath.Join(dir, "cols.docx")
	if err := os.WriteFile(src, data, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("soffice", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless", "--convert-to", "pdf", "--outdir", dir, src)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	got, err := File(context.Background(), filepath.Join(dir, "cols.pdf"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !got.HasWarning(MultiColumn) {
		t.Errorf("no multi-column warning: %v", got.Warnings)
	}
	// Paragraphs must come out whole and in order: column by column.
	text := strings.Join(strings.Fields(got.Text()), " ")
	last := -1
	for i := 0; i < 40; i++ {
		p := fmt.Sprintf("Paragraph %02d of the flowing text, long enough to wrap across the narrow column width twice or so.", i)
		at := strings.Index(text, p)
		if at < 0 || at < last {
			t.Fatalf("paragraph %d missing or out of order in:\n%s", i, got.Text())
		}
		last = at
	}
}
