// Package fit holds the parser's fitted model, the weights that score the
// ways an entry header's pieces can be read as fields, and the hooks the
// fitting command (ats/parse/internal/parsefit) uses to collect training
// samples and to try weights. The model is fitted by that command and
// embedded from model.json; nothing is read or downloaded at run time.
package fit

import (
	_ "embed"
	"encoding/json"
	"sync"
)

// Cand is one reading of an entry header: the fields it assigns and the
// features that describe it, as indices into the parser's feature table.
type Cand struct {
	Feats []int32
	// Fields holds the field values this reading gives, in the order of
	// the section's field names (Section.Names).
	Fields []string
	// Key names the reading's layout (the order of fields on each header
	// row); entries of one section tend to share it.
	Key string
}

// Entry is one entry of a section with every reading of its header.
type Entry struct {
	Cands []Cand
}

// Section is a work or education section as the parser saw it.
type Section struct {
	Kind    string   // "work" or "education"
	Names   []string // the field names of Cand.Fields
	Entries []Entry
}

// Model is a fitted model: a weight per feature name, and the bonus a
// reading gets for sharing the layout the section's entries agree on.
type Model struct {
	Weights  map[string]float64 `json:"weights"`
	Template float64            `json:"template"`
	// Note says how the model was fitted (data, counts, command).
	Note string `json:"note,omitempty"`
}

//go:embed model.json
var modelJSON []byte

var embedded = sync.OnceValue(func() *Model {
	m := &Model{}
	if err := json.Unmarshal(modelJSON, m); err != nil {
		// model.json is written by parsefit and checked by TestModel;
		// an unreadable one leaves every weight at zero.
		return &Model{}
	}
	return m
})

var (
	mu       sync.RWMutex
	override *Model
	observe  func(Section)
)

// Active returns the model the parser uses: the one set by Use, else the
// embedded one.
func Active() *Model {
	mu.RLock()
	m := override
	mu.RUnlock()
	if m != nil {
		return m
	}
	return embedded()
}

// Embedded returns the embedded model.
func Embedded() *Model { return embedded() }

// Use makes the parser score with m (nil: the embedded model again). The
// fitting command uses it to score held-out families with weights fitted
// without them.
func Use(m *Model) {
	mu.Lock()
	override = m
	mu.Unlock()
}

// SetObserver makes the parser hand every work and education section it
// reads, with all the readings of every entry, to f (nil: none).
func SetObserver(f func(Section)) {
	mu.Lock()
	observe = f
	mu.Unlock()
}

// Observer returns the function set by SetObserver, or nil.
func Observer() func(Section) {
	mu.RLock()
	defer mu.RUnlock()
	return observe
}
