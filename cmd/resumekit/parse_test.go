package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const parseSample = `Ana García
ana.garcia@example.com | +34 612 345 678 | linkedin.com/in/anagarcia

Experiencia profesional

Senior Backend Engineer @ Glovo | Barcelona, Spain | 03.2021 – actualidad
- Designed the courier dispatch service.

Software Engineer, Banco Santander
Madrid, Spain
Sept. 2018 – Feb 2021

Educación

Universidad Politécnica de Madrid — MS in Computer Science | 2016 – 2018

Skills

Languages: Go, Python, SQL
`

func TestRunParse(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "cv.txt")
	if err := os.WriteFile(path, []byte(parseSample), 0o644); err != nil {
		t.Fatal(err)
	}
	fl := parseFlags{timeout: 10 * time.Second, maxSize: "1MB"}
	var out, errs bytes.Buffer
	if err := runParse(context.Background(), nil, &out, &errs, path, fl); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Name:     Ana García", "Glovo (Barcelona, Spain)", "Senior Backend Engineer  [Mar 2021 – present]",
		"Banco Santander", "Software Engineer  [Sep 2018 – Feb 2021]", "Universidad Politécnica de Madrid", "Languages: Go, Python, SQL"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, out.String())
		}
	}

	out.Reset()
	fl.json = true
	if err := runParse(context.Background(), nil, &out, &errs, path, fl); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Basics struct{ Name, Email, Phone string }
		Work   []struct{ Name, Position, StartDate, EndDate string }
		Skills []struct {
			Name     string
			Keywords []string
		}
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatalf("--json output is not JSON: %v\n%s", err, out.String())
	}
	if doc.Basics.Email != "ana.garcia@example.com" || doc.Basics.Phone != "+34 612 345 678" || len(doc.Work) != 2 {
		t.Errorf("parsed %+v", doc)
	}
	if w := doc.Work[0]; w.Name != "Glovo" || w.StartDate != "2021-03" || w.EndDate != "" {
		t.Errorf("work[0] = %+v", w)
	}
	if w := doc.Work[1]; w.Name != "Banco Santander" || w.Position != "Software Engineer" || w.StartDate != "2018-09" || w.EndDate != "2021-02" {
		t.Errorf("work[1] = %+v", w)
	}
}

func TestRunParseBadInput(t *testing.T) {
	var out, errs bytes.Buffer
	fl := parseFlags{timeout: time.Second, maxSize: "1MB"}
	err := runParse(context.Background(), nil, &out, &errs, filepath.Join(t.TempDir(), "missing.pdf"), fl)
	var ee *exitError
	if err == nil || !asExit(err, &ee) || ee.ExitCode() != exitBadInput {
		t.Fatalf("missing file: err = %v, want exit %d", err, exitBadInput)
	}
	fl.maxSize = "lots"
	if err := runParse(context.Background(), nil, &out, &errs, "x", fl); err == nil {
		t.Fatal("bad --max-size accepted")
	}
}

func asExit(err error, target **exitError) bool {
	e, ok := err.(*exitError)
	if ok {
		*target = e
	}
	return ok
}

func TestRunParseCorpusPDF(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "corpus", "rendercv", "classic.pdf")
	if _, err := os.Stat(path); err != nil {
		t.Skip("../shared/corpus is not beside the repository (a fresh clone)")
	}
	var out, errs bytes.Buffer
	fl := parseFlags{json: true, timeout: 30 * time.Second, maxSize: "20MB", iso: isolateFlags{mode: "never"}}
	if err := runParse(context.Background(), nil, &out, &errs, path, fl); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"name": "John Doe"`, `"name": "Nexus AI"`, `"position": "Co-Founder & CTO"`, `"startDate": "2023-06"`, `"institution": "Princeton University"`} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("--json output lacks %s:\n%s", want, out.String())
		}
	}
}
