// Command export writes the example resume in every available format into
// a folder: the shortest complete use of the resumekit library.
//
//	go run ./examples/export            # into ./out
//	go run ./examples/export -o /tmp/cv
//
// It loads the embedded example CV (package examples), then, for each
// format in export.Formats, writes <dir>/resume.<ext> through a temporary
// file and a rename, and prints the path.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/export"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/resume"
)

func main() {
	dir := flag.String("o", "out", "directory to write the files into")
	flag.Parse()
	if err := run(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "export:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	r, err := examples.Resume()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, f := range export.Formats() {
		path := filepath.Join(dir, "resume"+f.Ext)
		if err := writeFile(path, f, r); err != nil {
			return fmt.Errorf("%s: %w", f.Name, err)
		}
		fmt.Println(path)
	}
	return nil
}

// writeFile writes one format to path without ever leaving a half-written
// file: it writes a temporary file next to it and renames it into place.
func writeFile(path string, f export.Format, r *resume.Resume) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".resume-*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op after the rename
	// CreateTemp makes the file 0600; an exported resume is 0644.
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := f.Write(tmp, r, style.Options{}); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
