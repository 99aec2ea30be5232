// Package isolate runs ats/extract in a child process with a time and a
// memory limit, so that a hang or a memory blow-up inside a third-party
// reader (the PDF library has both) cannot take the caller down.
//
// The parent calls Extract with the command line that starts the child;
// the child is the same program, which calls Child from a hidden command.
// The child's reply is the extracted Document as JSON on standard output;
// its errors come back typed (they wrap the extract sentinels).
package isolate

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/resumekit/resumekit/ats/extract"
)

// Defaults for Limits.
const (
	DefaultMaxMemory = 512 << 20
	DefaultTimeout   = 30 * time.Second
)

// Limits bound the child. The zero value means the defaults.
type Limits struct {
	MaxMemory int64         // bytes of memory the child may map; default 512 MB
	Timeout   time.Duration // wall time for the whole child; default 30 s
}

func (l Limits) withDefaults() Limits {
	if l.MaxMemory <= 0 {
		l.MaxMemory = DefaultMaxMemory
	}
	if l.Timeout <= 0 {
		l.Timeout = DefaultTimeout
	}
	return l
}

// reply is what the child writes on standard output.
type reply struct {
	Document *extract.Document `json:"document,omitempty"`
	Error    *replyError       `json:"error,omitempty"`
}

type replyError struct {
	Kind    string `json:"kind"` // name of the extract sentinel it wraps
	Message string `json:"message"`
	Page    int    `json:"page,omitempty"`
	Part    string `json:"part,omitempty"`
}

// sentinels names the extract sentinel errors for the trip through JSON.
var sentinels = map[string]error{
	"too-large":      extract.ErrTooLarge,
	"too-many-pages": extract.ErrTooManyPages,
	"unsupported":    extract.ErrUnsupported,
	"encrypted":      extract.ErrEncrypted,
	"malformed":      extract.ErrMalformed,
	"timeout":        extract.ErrTimeout,
	"empty":          extract.ErrEmpty,
}

// maxReply bounds the child's reply. extract keeps a document within
// 10,000 lines and 1 MB of text (Options.MaxLines, MaxText), a few MB of
// JSON; a larger reply is refused rather than held.
const maxReply = 16 << 20

// exitMemory is the child's exit code when its memory watchdog stops it.
const exitMemory = 3

// Extract runs the child command argv (argv[0] is the program) for the
// file at path and returns the Document it extracted. The child must call
// Child. An error is an *extract.Error wrapping a sentinel: ErrTimeout
// when the child ran out of time, ErrTooLarge when it ran out of memory,
// ErrMalformed when it crashed.
func Extract(ctx context.Context, argv []string, path string, lim Limits) (*extract.Document, error) {
	lim = lim.withDefaults()
	ctx, cancel := context.WithTimeout(ctx, lim.Timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), fmt.Sprintf("RESUMEKIT_ISOLATE_MAX_MEMORY=%d", lim.MaxMemory))
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &limitedBuffer{buf: &stdout, max: maxReply}
	cmd.Stderr = &limitedBuffer{buf: &stderr, max: 64 << 10}
	err := cmd.Run()
	if ctx.Err() != nil {
		return nil, &extract.Error{File: path, Err: fmt.Errorf("%w: the isolated reader did not finish within %v", extract.ErrTimeout, lim.Timeout)}
	}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee) && ee.ExitCode() == exitMemory:
		return nil, &extract.Error{File: path, Err: fmt.Errorf("%w: the isolated reader needed more than %d MB of memory", extract.ErrTooLarge, lim.MaxMemory>>20)}
	case err != nil:
		return nil, &extract.Error{File: path, Err: fmt.Errorf("%w: the isolated reader crashed (%v): %s", extract.ErrMalformed, err, firstLine(stderr.String()))}
	}
	var rep reply
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		return nil, &extract.Error{File: path, Err: fmt.Errorf("%w: the isolated reader's reply is unreadable: %v", extract.ErrMalformed, err)}
	}
	if rep.Error != nil {
		sentinel := sentinels[rep.Error.Kind]
		if sentinel == nil {
			sentinel = extract.ErrMalformed
		}
		return nil, &extract.Error{File: path, Page: rep.Error.Page, Part: rep.Error.Part, Err: fmt.Errorf("%w: %s", sentinel, rep.Error.Message)}
	}
	if rep.Document == nil {
		return nil, &extract.Error{File: path, Err: fmt.Errorf("%w: the isolated reader sent no document", extract.ErrMalformed)}
	}
	return rep.Document, nil
}

// Child extracts the file at path and writes the reply for Extract to w.
// It watches its own memory and exits with a distinct status when the
// limit the parent set is passed. It returns an error only when w fails.
func Child(ctx context.Context, path string, opts extract.Options, w io.Writer) error {
	if v := os.Getenv("RESUMEKIT_ISOLATE_MAX_MEMORY"); v != "" {
		var max int64
		if _, err := fmt.Sscan(v, &max); err == nil && max > 0 {
			watchMemory(max)
		}
	}
	var rep reply
	doc, err := extract.File(ctx, path, opts)
	if err != nil {
		rep.Error = toReplyError(err)
	} else {
		rep.Document = doc
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}

func toReplyError(err error) *replyError {
	re := &replyError{Kind: "malformed", Message: err.Error()}
	var xe *extract.Error
	if errors.As(err, &xe) {
		re.Page, re.Part = xe.Page, xe.Part
		re.Message = xe.Err.Error()
	}
	for name, s := range sentinels {
		if errors.Is(err, s) {
			re.Kind = name
			// The parent wraps the sentinel again; send only the detail.
			re.Message = strings.TrimPrefix(re.Message, s.Error()+": ")
			break
		}
	}
	return re
}

// watchMemory makes the garbage collector aim below max and stops the
// process when the memory it holds from the system passes max.
func watchMemory(max int64) {
	debug.SetMemoryLimit(max * 3 / 4)
	go func() {
		// ReadMemStats rather than runtime/metrics: the same figures (what
		// the runtime has mapped, less what it returned to the system), and
		// importing runtime/metrics cost every resumekit command 0.4 ms of
		// start-up building its table of metric descriptions.
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			used := int64(ms.Sys) - int64(ms.HeapReleased)
			if used > max {
				fmt.Fprintf(os.Stderr, "isolate: %d MB in use is over the %d MB limit\n", used>>20, max>>20)
				os.Exit(exitMemory)
			}
			time.Sleep(5 * time.Millisecond)
		}
	}()
}

// limitedBuffer keeps at most max bytes and drops the rest, so a child
// that floods its output cannot flood the parent's memory.
type limitedBuffer struct {
	buf *bytes.Buffer
	max int
}

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if room := l.max - l.buf.Len(); room > 0 {
		l.buf.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

func firstLine(s string) string {
	if i := bytes.IndexByte([]byte(s), '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
