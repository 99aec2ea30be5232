package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestRunExtract(t *testing.T) {
	fl := extractFlags{timeout: 10 * time.Second, maxSize: "20MB", maxPages: 50, iso: isolateFlags{mode: "never", maxMemory: "512MB"}}
	var out, errOut bytes.Buffer
	if err := runExtract(context.Background(), nil, &out, &errOut, "../../ats/extract/testdata/hostile/hidden-text.pdf", fl); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "Visible text\n") || !strings.Contains(errOut.String(), "warning: page 1: hidden-text:") {
		t.Errorf("stdout %q\nstderr %q", out.String(), errOut.String())
	}
	out.Reset()
	fl.json = true
	if err := runExtract(context.Background(), nil, &out, &errOut, "../../ats/extract/testdata/hostile/hidden-text.pdf", fl); err != nil {
		t.Fatal(err)
	}
	var v struct {
		Format string
		Lines  []struct {
			Text string
			Page int
			Y    float64
		}
		Warnings []struct{ Kind string }
	}
	if err := json.Unmarshal(out.Bytes(), &v); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if v.Format != "pdf" || len(v.Lines) == 0 || v.Lines[0].Page != 1 || v.Lines[0].Y == 0 || len(v.Warnings) == 0 {
		t.Errorf("json = %+v", v)
	}
	err := runExtract(context.Background(), nil, &out, &errOut, "../../ats/extract/testdata/hostile/self-kids.pdf", fl)
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != exitBadInput || !strings.Contains(err.Error(), "self-kids.pdf") {
		t.Errorf("hostile file: err = %v", err)
	}
	fl.maxSize = "ten"
	if err := runExtract(context.Background(), nil, &out, &errOut, "x.pdf", fl); !errors.As(err, &ee) {
		t.Errorf("bad --max-size: %v", err)
	}
}
