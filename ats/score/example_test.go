package score_test

import (
	"fmt"

	"github.com/resumekit/resumekit/ats/score"
)

func ExampleScoreJSON() {
	label := []byte(`{"basics":{"name":"John Doe"},"work":[{"name":"Nexus AI","position":"Co-Founder & CTO","startDate":"2023-06"}]}`)
	parsed := []byte(`{"basics":{"name":"John Doe"},"work":[{"name":"Nexus AI","position":"Co-Founder & CTO","startDate":"2023-06","endDate":"present"}]}`)
	res, err := score.ScoreJSON(label, parsed)
	if err != nil {
		panic(err)
	}
	fmt.Printf("F1 %.2f\n", res.F1())
	// Output: F1 1.00
}
