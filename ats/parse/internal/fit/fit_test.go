package fit

import (
	"encoding/json"
	"testing"
)

// TestModel checks that the embedded model reads and is not empty.
func TestModel(t *testing.T) {
	m := &Model{}
	if err := json.Unmarshal(modelJSON, m); err != nil {
		t.Fatalf("model.json: %v", err)
	}
	if len(m.Weights) == 0 {
		t.Fatal("model.json has no weights: run go run ./ats/parse/internal/parsefit -corpus DIR -write")
	}
	if Active() != Embedded() {
		t.Fatal("the active model is not the embedded one")
	}
	o := &Model{Weights: map[string]float64{"x": 1}}
	Use(o)
	if Active() != o {
		t.Fatal("Use did not take")
	}
	Use(nil)
	if Active() != Embedded() {
		t.Fatal("Use(nil) did not restore the embedded model")
	}
}
