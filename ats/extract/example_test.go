package extract_test

import (
	"context"
	"fmt"

	"github.com/resumekit/resumekit/ats/extract"
)

func ExampleBytes() {
	src := []byte("# Ada Lovelace\n\nada@example.com\n\n## Experience\n\n- Analysed the *Engine*\n")
	doc, err := extract.Bytes(context.Background(), src, "cv.md", extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range doc.Lines {
		fmt.Printf("h%d %q\n", l.Heading, l.Text)
	}
	// Output:
	// h1 "Ada Lovelace"
	// h0 "ada@example.com"
	// h2 "Experience"
	// h0 "• Analysed the Engine"
}

func ExampleDetect() {
	fmt.Println(extract.Detect([]byte("%PDF-1.7\n...")))
	fmt.Println(extract.Detect([]byte(`{"basics": {}}`)))
	// Output:
	// pdf
	// json
}

func ExampleNormalize() {
	fmt.Println(extract.Normalize("Eﬃcient\u00a0co\u00adoperation 2019\u20112021"))
	// Output: Efficient cooperation 2019-2021
}
