package check

import (
	"context"
	"testing"
)

// TestExampleLosslessHTML: the example CV survives json → html → extract →
// parse → compare, with every field checked.
func TestExampleLosslessHTML(t *testing.T) {
	reps, err := Check(context.Background(), exampleResume(t), []string{"html"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(reps) != 1 || reps[0].Format != "html" {
		t.Fatalf("got %d reports, want one for html", len(reps))
	}
	if reps[0].Total().Checked == 0 {
		t.Fatal("html: nothing checked")
	}
	requireLossless(t, reps)
}
