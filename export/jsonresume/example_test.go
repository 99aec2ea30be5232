package jsonresume_test

import (
	"fmt"
	"os"

	"github.com/resumekit/resumekit/export/jsonresume"
	"github.com/resumekit/resumekit/resume"
)

func ExampleWrite() {
	r, err := resume.Decode([]byte(`
basics:
  name: Ada Lovelace
work:
  - name: Analytical Engines
    roles:
      - position: Programmer
        startDate: 1843-07
        skills: [Notes]
      - position: Translator
        startDate: 1842
        endDate: 1843-06
`), "ada.yaml", resume.LoadOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := jsonresume.Write(os.Stdout, r, jsonresume.Options{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "basics": {
	//     "name": "Ada Lovelace"
	//   },
	//   "work": [
	//     {
	//       "name": "Analytical Engines",
	//       "position": "Programmer",
	//       "startDate": "1843-07",
	//       "skills": [
	//         "Notes"
	//       ]
	//     },
	//     {
	//       "name": "Analytical Engines",
	//       "position": "Translator",
	//       "startDate": "1842",
	//       "endDate": "1843-06"
	//     }
	//   ]
	// }
}
