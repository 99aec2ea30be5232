// Command parsefit fits the blind parser's header model and evaluates the
// parser on a rendered, labelled corpus.
//
//	go run ./ats/parse/internal/parsefit -corpus DIR [-write] [-lofo] [-parsed OUT]
//
// DIR holds DIR/labels/<family>/<id>.json (JSON Resume shaped ground
// truth) and DIR/<family>/<id>.<pdf|docx|md|html>, the layout the corpus
// generator (internal/corpusgen) writes. parsefit extracts and parses every
// document once, collecting every reading of every work and education
// entry header the parser considers; the reading that agrees best with the
// label is the target. It fits the weights by maximising the likelihood of
// the target readings (a log-linear model, full-batch gradient descent
// from zero, fixed iterations, so the result is deterministic), then
// picks the layout bonus on the same data.
//
// -write writes the model fitted on every family to
// ats/parse/internal/fit/model.json. -lofo fits once per family without
// it and scores that family with those weights: the leave-one-family-out
// table. -parsed writes each document's parsed JSON Resume to
// OUT/<family>/<id>.json for score_parse.py.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/ats/parse"
	"github.com/resumekit/resumekit/ats/parse/internal/fit"
	"github.com/resumekit/resumekit/ats/score"
)

type doc struct {
	family, id string
	label      []byte
	labelJSON  map[string]any
	ext        *extract.Document
	samples    []sample
}

// sample is one entry header: the features of each reading and which
// readings are targets.
type sample struct {
	kind    string
	section int // the section's number, unique in the corpus
	cands   []fit.Cand
	gain    []float64 // agreement with the label of each reading
	best    float64
}

func main() {
	corpus := flag.String("corpus", os.Getenv("RESUMEKIT_CORPUS"), "rendered corpus roots, comma-separated (labels/<family>/<id>.json, <family>/<id>.<ext>)")
	write := flag.Bool("write", false, "write the model fitted on every family to ats/parse/internal/fit/model.json")
	lofo := flag.Bool("lofo", false, "leave-one-family-out: fit without each family and score it")
	parsed := flag.String("parsed", "", "write parsed JSON Resume per document under this directory")
	only := flag.String("families", "", "comma-separated families to use (default all)")
	modelPath := flag.String("model", "ats/parse/internal/fit/model.json", "where -write puts the model")
	flag.IntVar(&iters, "iters", iters, "gradient steps per fit")
	older := flag.String("older", "ats/parse/testdata/thirdparty,../shared/corpus", "older labelled sets, always fitted on and scored apart (comma-separated; empty: none)")
	flag.Parse()
	if *corpus == "" {
		fmt.Fprintln(os.Stderr, "parsefit: -corpus (or RESUMEKIT_CORPUS) is required")
		os.Exit(2)
	}
	var docs []*doc
	seen := map[string]bool{}
	for _, root := range strings.Split(*corpus, ",") {
		ds, err := load(root, *only)
		if err != nil {
			fmt.Fprintln(os.Stderr, "parsefit:", err)
			os.Exit(1)
		}
		for _, d := range ds {
			// a document in two roots counts once (the first root wins)
			if k := d.family + "/" + d.id; !seen[k] {
				seen[k] = true
				docs = append(docs, d)
			}
		}
	}
	fams := families(docs)
	fmt.Printf("%d documents in %d families\n", len(docs), len(fams))
	for _, dir := range strings.Split(*older, ",") {
		if dir == "" {
			continue
		}
		od, err := loadOlder(dir)
		if err != nil {
			fmt.Fprintf(os.Stderr, "parsefit: %s: %v (skipped)\n", dir, err)
			continue
		}
		fmt.Printf("%d older documents from %s (fitted on, scored apart)\n", len(od), dir)
		docs = append(docs, od...)
	}

	t0 := time.Now()
	collect(docs)
	fmt.Printf("collected samples in %v\n", time.Since(t0).Round(time.Millisecond))

	t1 := time.Now()
	all := train(docs, "")
	fitTime := time.Since(t1)
	fmt.Printf("fitted on all families in %v (%d weights)\n", fitTime.Round(time.Millisecond), len(all.Weights))
	if *write {
		all.Note = fmt.Sprintf("fitted by parsefit on %d documents in %d families (%s)", len(docs), len(fams), strings.Join(fams, ", "))
		data, err := json.MarshalIndent(all, "", " ")
		if err != nil {
			fmt.Fprintln(os.Stderr, "parsefit:", err)
			os.Exit(1)
		}
		if err := os.WriteFile(*modelPath, append(data, '\n'), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "parsefit:", err)
			os.Exit(1)
		}
		fmt.Printf("wrote %s (%d bytes)\n", *modelPath, len(data)+1)
	}

	rules := evaluate(docs, &fit.Model{}, "", "")
	var totRules score.Counts
	for f, c := range rules {
		if !strings.HasPrefix(f, olderPrefix) {
			totRules.Add(c)
		}
	}
	_, _, rf := totRules.Overall(true).PRF()
	_, _, rn := totRules.Overall(false).PRF()
	_, _, re := totRules.OverallExtended().PRF()
	fmt.Printf("rules only (no model): overall %.3f, without skills %.3f, extended %.3f\n", rf, rn, re)
	fitted := evaluate(docs, all, "", *parsed)
	type rowT struct {
		fam       string
		n         int
		fit, held score.Counts
	}
	var rows []rowT
	var totFit, totHeld score.Counts
	for _, f := range families(docs) {
		if strings.HasPrefix(f, olderPrefix) {
			_, _, a := fitted[f].Overall(true).PRF()
			_, _, b := fitted[f].Overall(false).PRF()
			fmt.Printf("older set %s: overall %.3f, without skills %.3f\n", strings.TrimPrefix(f, olderPrefix), a, b)
		}
	}
	for _, f := range fams {
		r := rowT{fam: f, fit: fitted[f]}
		for _, d := range docs {
			if d.family == f {
				r.n++
			}
		}
		totFit.Add(r.fit)
		rows = append(rows, r)
	}
	if *lofo {
		// fit the folds two at a time; parsing with a fold's model is
		// serial (the model is process-wide)
		models := make([]*fit.Model, len(rows))
		sem := make(chan bool, 2)
		var wg sync.WaitGroup
		for i := range rows {
			wg.Add(1)
			sem <- true
			go func(i int) {
				defer wg.Done()
				models[i] = train(docs, rows[i].fam)
				<-sem
			}(i)
		}
		wg.Wait()
		for i := range rows {
			rows[i].held = evaluate(docs, models[i], rows[i].fam, "")[rows[i].fam]
			totHeld.Add(rows[i].held)
		}
	}
	f1 := func(c score.Count) string {
		_, _, f := c.PRF()
		return fmt.Sprintf("%.3f", f)
	}
	fmt.Println()
	if *lofo {
		fmt.Println("| family | docs | fitted overall | fitted w/o skills | fitted extended | left-out overall | left-out w/o skills | left-out extended |")
		fmt.Println("|---|---:|---:|---:|---:|---:|---:|---:|")
	} else {
		fmt.Println("| family | docs | overall | w/o skills | extended |")
		fmt.Println("|---|---:|---:|---:|---:|")
	}
	line := func(name string, n int, a, b score.Counts) {
		s := fmt.Sprintf("| %s | %d | %s | %s | %s |", name, n, f1(a.Overall(true)), f1(a.Overall(false)), f1(a.OverallExtended()))
		if *lofo {
			s += fmt.Sprintf(" %s | %s | %s |", f1(b.Overall(true)), f1(b.Overall(false)), f1(b.OverallExtended()))
		}
		fmt.Println(s)
	}
	for _, r := range rows {
		line(r.fam, r.n, r.fit, r.held)
	}
	n := 0
	for _, r := range rows {
		n += r.n
	}
	line("**all**", n, totFit, totHeld)
	fmt.Println()
	fmt.Println("fitted, per field (extended):")
	fmt.Print(totFit.TableExtended())
	if *lofo {
		fmt.Println("left-out, per field (extended):")
		fmt.Print(totHeld.TableExtended())
	}
}

// load reads the labels and extracts every document.
func load(root, only string) ([]*doc, error) {
	want := map[string]bool{}
	for _, f := range strings.Split(only, ",") {
		if f != "" {
			want[f] = true
		}
	}
	labels, err := filepath.Glob(filepath.Join(root, "labels", "*", "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(labels)
	var out []*doc
	for _, lp := range labels {
		fam := filepath.Base(filepath.Dir(lp))
		if len(want) > 0 && !want[fam] {
			continue
		}
		id := strings.TrimSuffix(filepath.Base(lp), ".json")
		var path string
		for _, ext := range []string{".pdf", ".docx", ".md", ".html", ".txt"} {
			if _, err := os.Stat(filepath.Join(root, fam, id+ext)); err == nil {
				path = filepath.Join(root, fam, id+ext)
				break
			}
		}
		if path == "" {
			continue
		}
		label, err := os.ReadFile(lp)
		if err != nil {
			return nil, err
		}
		var lj map[string]any
		if err := json.Unmarshal(label, &lj); err != nil {
			return nil, fmt.Errorf("%s: %w", lp, err)
		}
		ext, err := extract.File(context.Background(), path, extract.Options{})
		if err != nil {
			fmt.Fprintf(os.Stderr, "parsefit: %s: %v (skipped)\n", path, err)
			continue
		}
		out = append(out, &doc{family: fam, id: id, label: label, labelJSON: lj, ext: ext})
	}
	return out, nil
}

// olderPrefix marks the families of the older sets.
const olderPrefix = "older:"

// loadOlder reads an older labelled set: ats/parse/testdata/thirdparty
// (<name>.label.json beside <name>_<k>.pdf|docx) or a shared corpus
// (labels/<path>.json beside <path>.pdf|docx).
func loadOlder(dir string) ([]*doc, error) {
	var pairs [][2]string // document, label
	if _, err := os.Stat(filepath.Join(dir, "labels")); err == nil {
		err := filepath.WalkDir(filepath.Join(dir, "labels"), func(p string, e os.DirEntry, err error) error {
			if err != nil || e.IsDir() || !strings.HasSuffix(p, ".json") {
				return err
			}
			rel, _ := filepath.Rel(filepath.Join(dir, "labels"), strings.TrimSuffix(p, ".json"))
			for _, ext := range []string{".pdf", ".docx"} {
				if _, err := os.Stat(filepath.Join(dir, rel+ext)); err == nil {
					pairs = append(pairs, [2]string{filepath.Join(dir, rel+ext), p})
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	} else {
		labels, _ := filepath.Glob(filepath.Join(dir, "*.label.json"))
		for _, l := range labels {
			name := strings.TrimSuffix(filepath.Base(l), ".label.json")
			files, _ := filepath.Glob(filepath.Join(dir, name+"_*"))
			for _, f := range files {
				rest := strings.TrimPrefix(filepath.Base(f), name+"_")
				if ext := filepath.Ext(f); (ext == ".pdf" || ext == ".docx") && !strings.Contains(rest, ".label") && !strings.Contains(strings.TrimSuffix(rest, ext), "_") {
					pairs = append(pairs, [2]string{f, l})
				}
			}
		}
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i][0] < pairs[j][0] })
	var out []*doc
	for _, pr := range pairs {
		label, err := os.ReadFile(pr[1])
		if err != nil {
			return nil, err
		}
		var lj map[string]any
		if err := json.Unmarshal(label, &lj); err != nil {
			return nil, fmt.Errorf("%s: %w", pr[1], err)
		}
		ext, err := extract.File(context.Background(), pr[0], extract.Options{})
		if err != nil {
			return nil, err
		}
		out = append(out, &doc{family: olderPrefix + filepath.Base(dir), id: pr[0], label: label, labelJSON: lj, ext: ext})
	}
	return out, nil
}

func families(docs []*doc) []string {
	seen := map[string]bool{}
	var out []string
	for _, d := range docs {
		if !seen[d.family] {
			seen[d.family] = true
			out = append(out, d.family)
		}
	}
	sort.Strings(out)
	return out
}

// collect parses every document once with an observer and turns each
// observed entry into a sample with the label's agreement per reading.
func collect(docs []*doc) {
	nsec := 0
	for _, d := range docs {
		var secs []fit.Section
		fit.SetObserver(func(s fit.Section) { secs = append(secs, s) })
		parse.Parse(d.ext, parse.Options{})
		fit.SetObserver(nil)
		for _, s := range secs {
			nsec++
			si := nsec
			items := labelItems(d.labelJSON, s.Kind)
			for _, e := range s.Entries {
				if len(e.Cands) == 0 || len(items) == 0 {
					continue
				}
				sm := sample{kind: s.Kind, section: si, cands: e.Cands}
				bestItem, bestGain := -1, math.Inf(-1)
				gains := make([][]float64, len(items))
				for li, it := range items {
					gains[li] = make([]float64, len(e.Cands))
					top := math.Inf(-1)
					for ci, c := range e.Cands {
						g := agreement(s.Kind, s.Names, c.Fields, it)
						gains[li][ci] = g
						top = math.Max(top, g)
					}
					if top > bestGain {
						bestItem, bestGain = li, top
					}
				}
				if bestGain <= 0 {
					continue
				}
				sm.gain, sm.best = gains[bestItem], bestGain
				sm.thin(maxCands)
				d.samples = append(d.samples, sm)
			}
		}
	}
}

// iters is the number of full-batch gradient steps of a fit (-iters).
var iters = 150

// maxCands bounds the readings of a sample kept for fitting: every
// target reading, and others evenly spaced in enumeration order.
const maxCands = 160

// thin keeps at most max readings of s: the targets first, then others
// evenly spaced.
func (s *sample) thin(max int) {
	if len(s.cands) <= max {
		return
	}
	var keep []int
	for i, g := range s.gain {
		if g == s.best {
			keep = append(keep, i)
		}
	}
	others := len(s.cands) - len(keep)
	room := max - len(keep)
	if room > 0 {
		step := float64(others) / float64(room)
		k := 0
		next := 0.0
		for i, g := range s.gain {
			if g == s.best {
				continue
			}
			if float64(k) >= next {
				keep = append(keep, i)
				next += step
			}
			k++
		}
	}
	sort.Ints(keep)
	cands := make([]fit.Cand, len(keep))
	gain := make([]float64, len(keep))
	for j, i := range keep {
		cands[j], gain[j] = s.cands[i], s.gain[i]
	}
	s.cands, s.gain = cands, gain
}

// labelItems returns the label's work or education entries as field maps
// keyed by the parser's field names.
func labelItems(l map[string]any, kind string) []map[string]string {
	var out []map[string]string
	list, _ := l[kind].([]any)
	for _, x := range list {
		m, _ := x.(map[string]any)
		if m == nil {
			continue
		}
		s := func(k string) string { v, _ := m[k].(string); return strings.TrimSpace(v) }
		if kind == "work" {
			out = append(out, map[string]string{"position": s("position"), "company": s("name"), "location": s("location")})
		} else {
			out = append(out, map[string]string{"institution": s("institution"), "studyType": s("studyType"), "area": s("area")})
		}
	}
	return out
}

// agreement counts the fields a reading gets right, minus those it fills
// wrongly. A location the label does not give counts nothing: the
// rendered corpus labels no work location, and no education location is
// ever scored.
func agreement(kind string, names, got []string, want map[string]string) float64 {
	g := 0.0
	for i, n := range names {
		w, have := want[n], got[i]
		if n == "location" && w == "" {
			continue
		}
		switch {
		case w != "" && have != "" && score.FuzzyMatch(w, have):
			g++
		case have != "":
			g--
		case w != "":
			g -= 0.25
		}
	}
	return g
}

// train fits the weights on every sample outside the family skip.
func train(docs []*doc, skip string) *fit.Model {
	var ss []*sample
	for _, d := range docs {
		if d.family == skip {
			continue
		}
		for i := range d.samples {
			ss = append(ss, &d.samples[i])
		}
	}
	names := parse.FeatureNames()
	// work and education features are separate blocks of names; a
	// sample's features index its kind's block
	w := make([]float64, len(names))
	workN := workFeatureCount(names)
	offset := func(kind string) int {
		if kind == "work" {
			return 0
		}
		return workN
	}
	const (
		l2   = 0.01
		rate = 0.5
	)
	grad := make([]float64, len(w))
	hist := make([]float64, len(w)) // AdaGrad accumulators
	for it := 0; it < iters; it++ {
		for i := range grad {
			grad[i] = l2 * w[i] * float64(len(ss)) / 100
		}
		for _, s := range ss {
			o := offset(s.kind)
			scores := make([]float64, len(s.cands))
			top := math.Inf(-1)
			for ci, c := range s.cands {
				v := 0.0
				for _, f := range c.Feats {
					v += w[o+int(f)]
				}
				scores[ci] = v
				top = math.Max(top, v)
			}
			var z, zg float64
			for ci := range scores {
				e := math.Exp(scores[ci] - top)
				z += e
				if s.gain[ci] == s.best {
					zg += e
				}
			}
			for ci, c := range s.cands {
				e := math.Exp(scores[ci] - top)
				d := e / z
				if s.gain[ci] == s.best {
					d -= e / zg
				}
				if d == 0 {
					continue
				}
				for _, f := range c.Feats {
					grad[o+int(f)] += d
				}
			}
		}
		for i := range w {
			if grad[i] == 0 {
				continue
			}
			hist[i] += grad[i] * grad[i]
			w[i] -= rate * grad[i] / math.Sqrt(hist[i]+1e-8)
		}
	}
	m := &fit.Model{Weights: map[string]float64{}}
	for i, v := range w {
		if r := math.Round(v*1e4) / 1e4; r != 0 {
			m.Weights[names[i]] = r
		}
	}
	m.Template = bestBonus(ss, w, offset)
	return m
}

func workFeatureCount(names []string) int {
	n := 0
	for _, x := range names {
		if strings.HasPrefix(x, "work.") {
			n++
		}
	}
	return n
}

// bestBonus picks the layout bonus that makes the section-level choice
// agree best with the labels on the training samples.
func bestBonus(ss []*sample, w []float64, offset func(string) int) float64 {
	// group samples by section: consecutive samples with one kind and
	// section index belong together
	var groups [][]*sample
	for i, s := range ss {
		if i == 0 || s.section != ss[i-1].section || s.kind != ss[i-1].kind || len(groups) == 0 {
			groups = append(groups, nil)
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], s)
	}
	best, bestGain := 0.0, math.Inf(-1)
	for _, b := range []float64{0, 0.25, 0.5, 1, 1.5, 2, 3, 4, 6} {
		total := 0.0
		for _, g := range groups {
			total += sectionGain(g, w, offset, b)
		}
		if total > bestGain+1e-9 {
			best, bestGain = b, total
		}
	}
	return best
}

// sectionGain mirrors the parser's decision (parse.decide) on one section.
func sectionGain(g []*sample, w []float64, offset func(string) int, bonus float64) float64 {
	scores := make([][]float64, len(g))
	for i, s := range g {
		o := offset(s.kind)
		scores[i] = make([]float64, len(s.cands))
		for ci, c := range s.cands {
			for _, f := range c.Feats {
				scores[i][ci] += w[o+int(f)]
			}
		}
	}
	key := ""
	if bonus > 0 {
		sums := map[string]float64{}
		counts := map[string]int{}
		var order []string
		for i, s := range g {
			top := argmax(scores[i], nil, "", 0)
			seen := map[string]float64{}
			for ci, c := range s.cands {
				if v, ok := seen[c.Key]; !ok || scores[i][ci] > v {
					seen[c.Key] = scores[i][ci]
				}
			}
			for k, v := range seen {
				if _, ok := sums[k]; !ok {
					order = append(order, k)
				}
				sums[k] += v - scores[i][top]
				counts[k]++
			}
		}
		bestV := 0.0
		for _, k := range order {
			v := sums[k] + bonus*float64(counts[k])
			if key == "" || v > bestV || v == bestV && k < key {
				key, bestV = k, v
			}
		}
	}
	total := 0.0
	for i, s := range g {
		total += s.gain[argmax(scores[i], s.cands, key, bonus)]
	}
	return total
}

func argmax(sc []float64, cands []fit.Cand, key string, bonus float64) int {
	b, bs := 0, 0.0
	for i, v := range sc {
		if key != "" && cands != nil && cands[i].Key == key {
			v += bonus
		}
		if i == 0 || v > bs {
			b, bs = i, v
		}
	}
	return b
}

// evaluate parses the documents (of family only, or all) with model m and
// scores them per family.
func evaluate(docs []*doc, m *fit.Model, only, outDir string) map[string]score.Counts {
	fit.Use(m)
	defer fit.Use(nil)
	out := map[string]score.Counts{}
	for _, d := range docs {
		if only != "" && d.family != only {
			continue
		}
		js, err := parse.JSONResume(parse.Parse(d.ext, parse.Options{}).Resume)
		if err != nil {
			fmt.Fprintln(os.Stderr, "parsefit:", err)
			continue
		}
		if outDir != "" {
			p := filepath.Join(outDir, d.family, d.id+".json")
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err == nil {
				if err := os.WriteFile(p, js, 0o644); err != nil {
					fmt.Fprintln(os.Stderr, "parsefit:", err)
				}
			}
		}
		sc, err := score.ScoreJSON(d.label, js)
		if err != nil {
			fmt.Fprintln(os.Stderr, "parsefit:", err)
			continue
		}
		c := out[d.family]
		c.Add(sc.Counts)
		out[d.family] = c
	}
	return out
}
