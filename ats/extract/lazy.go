package extract

import (
	"regexp"
	"sync"
)

// lazyRE returns a function that compiles expr on its first call and then
// returns the same Regexp. The package's expressions are built on first
// use, so a program that links this package but reads no file of the
// format (resumekit --version, say) does not pay for them at start-up.
func lazyRE(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
