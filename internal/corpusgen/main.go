// Command corpusgen renders the real-world JSON Resume files of the shared
// corpus through many independent renderer families (JSON Resume themes
// printed by Chromium, LaTeX classes and templates, pandoc, LibreOffice,
// python-docx) and writes, for each document, a label holding only what
// the document really shows. The layout of its output is the contract in
// notes/CORPUS.md:
//
//	DIR/<family>/<id>.<ext>          the rendered document
//	DIR/labels/<family>/<id>.json    its ground truth (score_parse.py shape)
//	DIR/manifest.tsv                 family, id, document, label, source, renderer
//	DIR/progress.txt                 families complete so far, one a line
//
// Usage:
//
//	go run ./internal/corpusgen setup [-cache DIR]       install the npm themes, print the apt-get line
//	go run ./internal/corpusgen [-out DIR] [-in DIR] [-cache DIR] [-families a,b] [-people N] [-j 2] [-force]
//	go run ./internal/corpusgen -relabel [-families a,b] label the rendered documents again
//	go run ./internal/corpusgen -summary                 documents, failures and label drops per family
//	go run ./internal/corpusgen -list                    the families
//
// It is a tool run by hand, never by CI: it needs node, chromium,
// texlive, pandoc, LibreOffice and python3-docx.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strings"
)

func main() {
	if err := run(context.Background(), os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "corpusgen:", err)
		os.Exit(1)
	}
}

// options are the command-line settings of one run.
type options struct {
	out, in, cache string
	families       []string
	people, jobs   int
	force, relabel bool
	summary        bool
}

func run(ctx context.Context, args []string) error {
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
	defer stop()
	setup := len(args) > 0 && args[0] == "setup"
	if setup {
		args = args[1:]
	}
	fs := flag.NewFlagSet("corpusgen", flag.ContinueOnError)
	var o options
	var fams string
	var list bool
	fs.StringVar(&o.out, "out", "/work/corpus-out", "output `DIR`")
	fs.StringVar(&o.in, "in", "../shared/corpus/realworld/jsonresume", "`DIR` of the real-world JSON Resume files")
	fs.StringVar(&o.cache, "cache", "/work/corpus-cache", "`DIR` for the npm themes and intermediate files (outside the repository)")
	fs.StringVar(&fams, "families", "", "comma-separated families to render (default: all)")
	fs.IntVar(&o.people, "people", 0, "render only the first `N` people (0: all)")
	fs.IntVar(&o.jobs, "j", 2, "documents rendered at once")
	fs.BoolVar(&o.force, "force", false, "render again documents that already exist")
	fs.BoolVar(&o.relabel, "relabel", false, "render nothing: label the documents already rendered again (after a change to the labelling)")
	fs.BoolVar(&o.summary, "summary", false, "render nothing: print each family's documents, failures and label drops found in the output directory, and write them to DIR/drops.tsv")
	fs.BoolVar(&list, "list", false, "print the families and exit")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if setup {
		return runSetup(ctx, o.cache)
	}
	all := families()
	if list {
		for _, f := range all {
			fmt.Printf("%-28s %-5s %s\n", f.name, f.ext, f.renderer)
		}
		return nil
	}
	if o.jobs < 1 {
		return errors.New("-j must be at least 1")
	}
	selected, err := selectFamilies(all, fams)
	if err != nil {
		return err
	}
	o.families = nil
	for _, f := range selected {
		o.families = append(o.families, f.name)
	}
	g, err := newGenerator(o)
	if err != nil {
		return err
	}
	return g.run(ctx, selected)
}

// selectFamilies is the families named in a comma-separated list, in the
// list's order (all, in the registry's order, when it is empty).
func selectFamilies(all []*family, names string) ([]*family, error) {
	if strings.TrimSpace(names) == "" {
		return all, nil
	}
	byName := map[string]*family{}
	for _, f := range all {
		byName[f.name] = f
	}
	var out []*family
	var unknown []string
	seen := map[string]bool{}
	for _, n := range strings.Split(names, ",") {
		n = strings.TrimSpace(n)
		switch f := byName[n]; {
		case n == "" || seen[n]:
		case f == nil:
			unknown = append(unknown, n)
		default:
			seen[n] = true
			out = append(out, f)
		}
	}
	if len(unknown) > 0 {
		return nil, fmt.Errorf("unknown families: %s (see -list)", strings.Join(unknown, ", "))
	}
	return out, nil
}
