package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"
)

// family is one independent renderer design.
type family struct {
	name     string   // directory name, e.g. theme-even
	ext      string   // pdf, docx, html or md
	renderer string   // the tools, for the manifest
	needs    []string // commands it runs
	// render writes the document for r to out (a temporary path that is
	// renamed into place afterwards). slot is the worker's number, for
	// tools that need a profile of their own per process.
	render func(ctx context.Context, e *env, r *Resume, id, out string, slot int) error
	// A batch family has prepare and convert instead of render: prepare
	// writes one person's input and returns its path; convert turns many
	// inputs into documents and returns their paths (by index; "" for an
	// input it could not convert).
	prepare func(ctx context.Context, e *env, r *Resume, id string) (string, error)
	convert func(ctx context.Context, e *env, ins []string, slot int) ([]string, error)
}

// env is what renderers share: the cache directory and the clean JSON
// written for each person.
type env struct {
	cache    string
	jsOnce   sync.Once // render.js written
	jsErr    error
	pyOnce   sync.Once // make_docx.py written
	pyErr    error
	browsers browsers
}

// person is one real-world input.
type person struct {
	id, src string
	r       *Resume
}

// generator renders people through families into the output directory.
type generator struct {
	o      options
	e      *env
	people []person
}

func newGenerator(o options) (*generator, error) {
	files, err := filepath.Glob(filepath.Join(o.in, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", o.in, err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no *.json in %s (the shared corpus, ../shared/corpus/realworld/jsonresume from the repository)", o.in)
	}
	sort.Strings(files)
	if o.people > 0 && o.people < len(files) {
		files = files[:o.people]
	}
	g := &generator{o: o, e: &env{cache: o.cache}}
	for _, f := range files {
		r, err := loadResume(f)
		if err != nil {
			return nil, err
		}
		abs, _ := filepath.Abs(f)
		g.people = append(g.people, person{strings.TrimSuffix(filepath.Base(f), ".json"), abs, r})
	}
	for _, d := range []string{o.out, o.cache} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return nil, fmt.Errorf("create %s: %w", d, err)
		}
	}
	return g, nil
}

// result is what rendering one document came to.
type result struct {
	id      string
	skipped bool
	err     error
	drops   Drops
}

func (g *generator) run(ctx context.Context, fams []*family) error {
	defer g.e.browsers.stop()
	start := time.Now()
	total := 0
	var summary []string
	table := []string{"family\tdocuments\tfailed\tfield\tdropped\ttotal"}
	for _, f := range fams {
		if missing := missingTools(f.needs); len(missing) > 0 {
			fmt.Fprintf(os.Stderr, "%s: skipped, missing %s\n", f.name, strings.Join(missing, ", "))
			summary = append(summary, fmt.Sprintf("%-28s skipped (missing %s)", f.name, strings.Join(missing, ", ")))
			continue
		}
		t0 := time.Now()
		var res []result
		switch {
		case g.o.summary:
			res = g.pastFailures(f)
		case g.o.relabel:
			res = g.relabelFamily(ctx, f)
		case f.convert != nil:
			res = g.batchFamily(ctx, f)
		default:
			res = g.family(ctx, f)
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		ok, skipped, failed := 0, 0, 0
		var fails []string
		for _, r := range res {
			switch {
			case r.err != nil:
				failed++
				fails = append(fails, r.id+"\t"+oneLine(r.err.Error()))
			case r.skipped:
				skipped++
			default:
				ok++
			}
		}
		if !g.o.summary {
			if err := writeLines(filepath.Join(g.o.out, "failures", f.name+".tsv"), fails); err != nil {
				return err
			}
		}
		drops, docs, err := g.familyDrops(f)
		if err != nil {
			return err
		}
		total += docs
		for _, k := range drops.fields() {
			table = append(table, fmt.Sprintf("%s\t%d\t%d\t%s\t%d\t%d", f.name, docs, failed, k, drops[k][1], drops[k][0]))
		}
		line := fmt.Sprintf("%-28s docs=%d (new %d, kept %d) failed=%d time=%s drops: %s", f.name, docs, ok, skipped, failed,
			time.Since(t0).Round(time.Second), drops)
		fmt.Fprintln(os.Stderr, "done", line)
		summary = append(summary, line)
		if err := g.writeManifest(); err != nil {
			return err
		}
		if g.o.relabel || g.o.summary {
			continue // the manifest is written above; the family's state is unchanged
		}
		if err := g.markDone(f.name); err != nil {
			return err
		}
	}
	if g.o.summary {
		if err := writeLines(filepath.Join(g.o.out, "drops.tsv"), table); err != nil {
			return err
		}
	}
	fmt.Printf("corpusgen: %d documents in %d families selected, %s\n", total, len(fams), time.Since(start).Round(time.Second))
	for _, s := range summary {
		fmt.Println(s)
	}
	return nil
}

// family renders every person with f, -j at a time.
func (g *generator) family(ctx context.Context, f *family) []result {
	jobs := make(chan int)
	res := make([]result, len(g.people))
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for slot := 0; slot < g.o.jobs; slot++ {
		wg.Add(1)
		go func(slot int) {
			defer wg.Done()
			for i := range jobs {
				res[i] = g.one(ctx, f, g.people[i], slot)
				mu.Lock()
				done++
				status := "ok"
				switch {
				case res[i].err != nil:
					status = "FAILED: " + oneLine(res[i].err.Error())
					if len(status) > 200 {
						status = status[:200]
					}
				case res[i].skipped:
					status = "exists"
				}
				fmt.Fprintf(os.Stderr, "[%s %d/%d] %s %s\n", f.name, done, len(g.people), g.people[i].id, status)
				mu.Unlock()
			}
		}(slot)
	}
	for i := range g.people {
		if ctx.Err() != nil {
			break
		}
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return res
}

// paths of one document.
func (g *generator) docPath(f *family, id string) string {
	return filepath.Join(g.o.out, f.name, id+"."+f.ext)
}
func (g *generator) labelPath(f *family, id string) string {
	return filepath.Join(g.o.out, "labels", f.name, id+".json")
}
func (g *generator) dropsPath(f *family, id string) string {
	return filepath.Join(g.o.out, "drops", f.name, id+".json")
}

// one renders a person with a family, unless the document and its label
// exist already, then labels it from the document's visible text.
func (g *generator) one(ctx context.Context, f *family, p person, slot int) result {
	if g.done(f, p.id) {
		return result{id: p.id, skipped: true}
	}
	tmp, err := g.begin(f, p.id)
	if err != nil {
		return result{id: p.id, err: err}
	}
	defer os.Remove(tmp)
	ctx, cancel := context.WithTimeout(ctx, 4*time.Minute)
	defer cancel()
	if err := f.render(ctx, g.e, p.r, p.id, tmp, slot); err != nil {
		return result{id: p.id, err: err}
	}
	return g.finish(ctx, f, p, tmp)
}

// done reports whether a document and its label exist (and -force is
// not set).
func (g *generator) done(f *family, id string) bool {
	return !g.o.force && exists(g.docPath(f, id)) && exists(g.labelPath(f, id)) && exists(g.dropsPath(f, id))
}

// begin removes an old document and its label (a failed document leaves
// nothing behind) and returns the temporary path to render to.
func (g *generator) begin(f *family, id string) (string, error) {
	doc, lab, dr := g.docPath(f, id), g.labelPath(f, id), g.dropsPath(f, id)
	for _, d := range []string{filepath.Dir(doc), filepath.Dir(lab), filepath.Dir(dr)} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return "", fmt.Errorf("create %s: %w", d, err)
		}
	}
	for _, x := range []string{doc, lab, dr} {
		_ = os.Remove(x)
	}
	return filepath.Join(filepath.Dir(doc), ".tmp-"+id+"."+f.ext), nil
}

// finish labels the rendered document tmp from its visible text and moves
// it into place.
func (g *generator) finish(ctx context.Context, f *family, p person, tmp string) result {
	doc, lab, dr := g.docPath(f, p.id), g.labelPath(f, p.id), g.dropsPath(f, p.id)
	if fi, err := os.Stat(tmp); err != nil || fi.Size() == 0 {
		return result{id: p.id, err: fmt.Errorf("%s wrote no document", f.name)}
	}
	texts, err := visibleText(ctx, tmp)
	if err != nil {
		return result{id: p.id, err: err}
	}
	drops := Drops{}
	label := makeLabel(p.r, newDocText(texts...), drops)
	if err := writeJSON(dr, drops); err != nil {
		return result{id: p.id, err: err}
	}
	if err := writeJSON(lab, label); err != nil {
		return result{id: p.id, err: err}
	}
	if err := os.Rename(tmp, doc); err != nil {
		return result{id: p.id, err: fmt.Errorf("move %s: %w", doc, err)}
	}
	return result{id: p.id, drops: drops}
}

// pastFailures is the failures the last run of f recorded.
func (g *generator) pastFailures(f *family) []result {
	data, err := os.ReadFile(filepath.Join(g.o.out, "failures", f.name+".tsv"))
	if err != nil {
		return nil
	}
	var res []result
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if id, msg, ok := strings.Cut(line, "\t"); ok {
			res = append(res, result{id: id, err: errors.New(msg)})
		}
	}
	return res
}

// relabelFamily labels every document of f already in the output
// directory again, from its visible text.
func (g *generator) relabelFamily(ctx context.Context, f *family) []result {
	var res []result
	for _, p := range g.people {
		doc := g.docPath(f, p.id)
		if !exists(doc) {
			continue
		}
		texts, err := visibleText(ctx, doc)
		if err != nil {
			res = append(res, result{id: p.id, err: err})
			continue
		}
		drops := Drops{}
		label := makeLabel(p.r, newDocText(texts...), drops)
		if err := writeJSON(g.dropsPath(f, p.id), drops); err != nil {
			return append(res, result{id: p.id, err: err})
		}
		if err := writeJSON(g.labelPath(f, p.id), label); err != nil {
			return append(res, result{id: p.id, err: err})
		}
		res = append(res, result{id: p.id, drops: drops})
	}
	return res
}

// batchSize is how many files one LibreOffice process converts.
const batchSize = 16

// batchFamily renders a family whose tool converts many files per run
// (LibreOffice starts slowly): each person's input is prepared, then the
// inputs are converted batchSize at a time, -j batches at once.
func (g *generator) batchFamily(ctx context.Context, f *family) []result {
	res := make([]result, len(g.people))
	type item struct {
		i  int
		in string
	}
	var todo []item
	for i, p := range g.people {
		if g.done(f, p.id) {
			res[i] = result{id: p.id, skipped: true}
			continue
		}
		in, err := f.prepare(ctx, g.e, p.r, p.id)
		if err != nil {
			res[i] = result{id: p.id, err: err}
			fmt.Fprintf(os.Stderr, "[%s] %s FAILED: %s\n", f.name, p.id, oneLine(err.Error()))
			continue
		}
		todo = append(todo, item{i, in})
	}
	batches := make(chan []item)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for slot := 0; slot < g.o.jobs; slot++ {
		wg.Add(1)
		go func(slot int) {
			defer wg.Done()
			for b := range batches {
				ins := make([]string, len(b))
				for k, it := range b {
					ins[k] = it.in
				}
				bctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
				outs, err := f.convert(bctx, g.e, ins, slot)
				for k, it := range b {
					p := g.people[it.i]
					var r result
					switch {
					case err != nil:
						r = result{id: p.id, err: err}
					case outs[k] == "":
						r = result{id: p.id, err: fmt.Errorf("%s: no output for %s", f.name, it.in)}
					default:
						tmp, berr := g.begin(f, p.id)
						if berr == nil {
							berr = os.Rename(outs[k], tmp)
						}
						if berr != nil {
							r = result{id: p.id, err: berr}
						} else {
							r = g.finish(bctx, f, p, tmp)
							os.Remove(tmp)
						}
					}
					res[it.i] = r
					mu.Lock()
					done++
					status := "ok"
					if r.err != nil {
						status = "FAILED: " + oneLine(r.err.Error())
					}
					fmt.Fprintf(os.Stderr, "[%s %d/%d] %s %s\n", f.name, done, len(todo), p.id, status)
					mu.Unlock()
				}
				cancel()
			}
		}(slot)
	}
	for k := 0; k < len(todo) && ctx.Err() == nil; k += batchSize {
		batches <- todo[k:min(k+batchSize, len(todo))]
	}
	close(batches)
	wg.Wait()
	return res
}

// familyDrops sums the drop counts of every document of f in the output
// directory (rendered now or before), and counts the documents.
func (g *generator) familyDrops(f *family) (Drops, int, error) {
	total := Drops{}
	n := 0
	for _, p := range g.allIDs(f) {
		data, err := os.ReadFile(g.dropsPath(f, p))
		if err != nil {
			continue
		}
		var d Drops
		if err := json.Unmarshal(data, &d); err != nil {
			return nil, 0, fmt.Errorf("%s: %w", g.dropsPath(f, p), err)
		}
		total.add(d)
		n++
	}
	return total, n, nil
}

// allIDs is the ids of the documents of f in the output directory, sorted.
func (g *generator) allIDs(f *family) []string {
	files, _ := filepath.Glob(filepath.Join(g.o.out, f.name, "*."+f.ext))
	var ids []string
	for _, x := range files {
		id := strings.TrimSuffix(filepath.Base(x), "."+f.ext)
		if exists(g.labelPath(f, id)) {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
}

// writeManifest rewrites manifest.tsv from every family's documents in the
// output directory.
func (g *generator) writeManifest() error {
	lines := []string{"family\tid\tdocument\tlabel\tsource\trenderer"}
	for _, f := range families() {
		for _, id := range g.allIDs(f) {
			src, _ := filepath.Abs(filepath.Join(g.o.in, id+".json"))
			lines = append(lines, strings.Join([]string{f.name, id,
				filepath.Join(f.name, id+"."+f.ext), filepath.Join("labels", f.name, id+".json"), src, f.renderer}, "\t"))
		}
	}
	return writeLines(filepath.Join(g.o.out, "manifest.tsv"), lines)
}

// markDone appends a family to progress.txt, once.
func (g *generator) markDone(name string) error {
	path := filepath.Join(g.o.out, "progress.txt")
	if data, err := os.ReadFile(path); err == nil {
		sc := bufio.NewScanner(strings.NewReader(string(data)))
		for sc.Scan() {
			if strings.TrimSpace(sc.Text()) == name {
				return nil
			}
		}
	}
	fh, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("progress: %w", err)
	}
	if _, err := fmt.Fprintln(fh, name); err != nil {
		fh.Close()
		return fmt.Errorf("progress: %w", err)
	}
	return fh.Close()
}

func missingTools(cmds []string) []string {
	var out []string
	for _, c := range cmds {
		if _, err := exec.LookPath(c); err != nil {
			out = append(out, c)
		}
	}
	return out
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// writeFile writes data to path through a temporary file of its own, so a
// reader (or another corpusgen run writing the same file) never sees it
// half-written.
func writeFile(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", dir, err)
	}
	f, err := os.CreateTemp(dir, ".tmp-"+filepath.Base(path)+"-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	_, werr := f.Write(data)
	cerr := f.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func writeJSON(path string, v any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("encode %s: %w", path, err)
	}
	return writeFile(path, b.Bytes())
}

func writeLines(path string, lines []string) error {
	if len(lines) == 0 {
		_ = os.Remove(path)
		return nil
	}
	return writeFile(path, []byte(strings.Join(lines, "\n")+"\n"))
}

// runTool runs a command in dir, returning its output in the error when it
// fails.
func runTool(ctx context.Context, dir string, name string, args ...string) error {
	return runToolEnv(ctx, dir, nil, name, args...)
}

// runToolEnv is runTool with variables added to the environment.
func runToolEnv(ctx context.Context, dir string, vars []string, name string, args ...string) error {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	if len(vars) > 0 {
		cmd.Env = append(os.Environ(), vars...)
	}
	ownGroup(cmd)
	cmd.WaitDelay = 5 * time.Second
	out, err := cmd.CombinedOutput()
	if err != nil {
		tail := string(out)
		if len(tail) > 1500 {
			tail = tail[len(tail)-1500:]
		}
		return fmt.Errorf("%s: %w: %s", name, err, tail)
	}
	return nil
}
