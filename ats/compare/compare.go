package compare

import (
	"fmt"
	"strings"

	"github.com/resumekit/resumekit/resume"
)

// Compare checks what an ATS got back from one file against the source
// resume that made it. parsed is the blind parser's view (nil skips the
// parse level); opts.Text is the extracted text (nil skips the text
// level). The source is never modified. A nil source gives a report with
// an error.
func Compare(source, parsed *resume.Resume, opts Options) *Report {
	c := &checker{
		opts:  opts,
		rep:   &Report{Format: opts.Format, Groups: map[string]Counts{}, Losses: []Loss{}, strict: opts.Strict},
		order: map[string]int{},
		group: map[string]string{},
	}
	if source == nil {
		c.rep.Err = "compare: no source resume"
		return c.rep
	}
	if opts.Text != nil {
		c.rep.Levels = append(c.rep.Levels, TextLevel)
		c.text(source)
	}
	if parsed != nil {
		c.rep.Levels = append(c.rep.Levels, ParseLevel)
		c.parse(source, parsed)
	}
	c.finish()
	return c.rep
}

// checker accumulates one comparison.
type checker struct {
	opts  Options
	rep   *Report
	order map[string]int    // checked path -> first registration
	group map[string]string // checked path -> field group
	seen  map[string]bool   // loss dedupe key
	// hint, when set, is given to the next parse-level loss recorded (and
	// then cleared): the cause in the source data of the entry being
	// checked, named once per entry.
	hint string
}

// check registers path as a checked field of group.
func (c *checker) check(group, path string) {
	if _, ok := c.order[path]; !ok {
		c.order[path] = len(c.order)
		c.group[path] = group
	}
}

// lose records a loss once (per path, level and kind).
func (c *checker) lose(l Loss) {
	if c.seen == nil {
		c.seen = map[string]bool{}
	}
	key := l.Path + "\x00" + string(l.Level) + "\x00" + l.Kind.String()
	if c.seen[key] {
		return
	}
	c.seen[key] = true
	l.Format = c.opts.Format
	if l.Hint == "" && l.Level == ParseLevel && l.Kind != Normalized && c.hint != "" {
		l.Hint, c.hint = c.hint, "" // once per entry, on its first loss
	}
	c.rep.Losses = append(c.rep.Losses, l)
}

// finish counts the survivors of every group and orders the losses.
func (c *checker) finish() {
	lost := map[string][]string{} // group -> lost paths
	for _, l := range c.rep.Losses {
		if c.rep.counts(l) {
			lost[l.Group] = append(lost[l.Group], l.Path)
		}
	}
	for _, g := range Groups {
		c.rep.Groups[g] = Counts{}
	}
	for path, g := range c.group {
		n := c.rep.Groups[g]
		n.Checked++
		if !covered(path, lost[g]) {
			n.Survived++
		}
		c.rep.Groups[g] = n
	}
	sortLosses(c.rep.Losses, c.order)
}

// covered reports whether a loss at one of paths covers path: the same
// path, or a parent of it ("work[1].roles[0]" covers its startDate). Only
// losses of the path's own group are passed in, so a role the parser
// missed does not count its highlights, which survived as text, as lost.
func covered(path string, paths []string) bool {
	for _, p := range paths {
		if p == path || strings.HasPrefix(path, p) && (path[len(p)] == '.' || path[len(p)] == '[') {
			return true
		}
	}
	return false
}

// role is one role with its employer, flattened, on either side.
type role struct {
	emp, idx int
	company  string
	compLoc  string // employer location
	r        *resume.Role
}

func flatten(work []resume.Employer) []role {
	var out []role
	for i := range work {
		for j := range work[i].Roles {
			out = append(out, role{emp: i, idx: j, company: work[i].Name, compLoc: work[i].Location, r: &work[i].Roles[j]})
		}
	}
	return out
}

func rolePath(r role) string { return fmt.Sprintf("work[%d].roles[%d]", r.emp, r.idx) }

// roleLocation is the location printed for a role: its own, else the employer's.
func roleLocation(r role) (string, string) {
	if r.r.Location != "" {
		return r.r.Location, rolePath(r) + ".location"
	}
	return r.compLoc, fmt.Sprintf("work[%d].location", r.emp)
}

// rangeText renders a date range for loss messages.
func rangeText(a, b resume.Date) string {
	s, e := a.String(), b.String()
	switch {
	case s != "" && e != "":
		return s + " – " + e
	case s != "":
		return s
	}
	return e
}

// align pairs source items with parsed items in order, maximising the sum
// of sim over the pairs (sim <= min leaves a pair out). It returns, for each
// source index, the parsed index or -1.
func align(n, m int, sim func(i, j int) float64, minSim float64) []int {
	// dp[i][j]: best score aligning source[i:] with parsed[j:].
	dp := make([][]float64, n+1)
	for i := range dp {
		dp[i] = make([]float64, m+1)
	}
	s := make([][]float64, n)
	for i := range s {
		s[i] = make([]float64, m)
		for j := range s[i] {
			s[i][j] = sim(i, j)
		}
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			best := max(dp[i+1][j], dp[i][j+1])
			if s[i][j] > minSim {
				best = max(best, s[i][j]+dp[i+1][j+1])
			}
			dp[i][j] = best
		}
	}
	out := make([]int, n)
	for i := range out {
		out[i] = -1
	}
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case s[i][j] > minSim && dp[i][j] == s[i][j]+dp[i+1][j+1]:
			out[i] = j
			i++
			j++
		case dp[i][j] == dp[i+1][j]:
			i++
		default:
			j++
		}
	}
	return out
}
