package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// writeTemp writes data to a new temporary file beside path, with the
// usual 0644 permissions, and returns its name. Errors name no temporary
// file: the caller names path.
func writeTemp(path string, data []byte) (string, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return "", fmt.Errorf("cannot write: %w", plainError(err))
	}
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", fmt.Errorf("cannot write: %w", plainError(err))
	}
	return tmp.Name(), nil
}

// writeFileAtomic makes a file with fill and writes it through a
// temporary file in the same directory and a rename, so that nothing is
// left half written.
func writeFileAtomic(path string, fill func(io.Writer) error) error {
	var buf bytes.Buffer
	if err := fill(&buf); err != nil {
		return err
	}
	tmp, err := writeTemp(path, buf.Bytes())
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("%s: cannot write: %w", path, plainError(err))
	}
	return nil
}

// plainError drops the operation and the file names of an *os.PathError
// or *os.LinkError (temporary names the user never chose), keeping the
// reason, such as "permission denied".
func plainError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
