package resume_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/resumekit/resumekit/resume"
)

func ExampleDecode() {
	data := []byte(`
basics:
  name: Ada Lovelace
work:
  - name: Analytical Engines
    roles:
      - position: Programmer
        startDate: 1843-07
        endDate: present
        skills: [Notes, Bernoulli numbers]
      - position: Translator
        startDate: 1842
        endDate: 1843-06
`)
	r, err := resume.Decode(data, "ada.yaml", resume.LoadOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range r.Work {
		for _, ro := range e.Roles {
			fmt.Printf("%s, %s: %s – %s\n", ro.Position, e.Name, ro.StartDate, ro.EndDate)
		}
	}
	p, _ := r.Position("work[0].roles[1].startDate")
	fmt.Println("read from", p)

	// Errors name the file, line:column and field path, and say how to fix it.
	_, err = resume.Decode([]byte(`{"work": [{"name": "X", "startDate": "2024-13"}]}`), "bad.json", resume.LoadOptions{})
	fmt.Println(err)
	// Output:
	// Programmer, Analytical Engines: 1843-07 – present
	// Translator, Analytical Engines: 1842 – 1843-06
	// read from ada.yaml:12:20
	// bad.json:1:38: work[0].startDate: invalid date "2024-13": month 13 is not 1-12; write YYYY, YYYY-MM or YYYY-MM-DD (such as 2021-06), or "present" for an open end
}

func ExampleDecode_lenient() {
	data := []byte(`{"work": [{"company": "Acme", "position": "Dev", "startDate": "August 2021", "endDate": "heute"}]}`)
	r, err := resume.Decode(data, "wild.json", resume.LoadOptions{Lenient: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	ro := r.Work[0].Roles[0]
	fmt.Println(r.Work[0].Name, ro.StartDate, ro.EndDate)
	for _, w := range r.Warnings() {
		fmt.Println(w)
	}
	// Output:
	// Acme 2021-08 present
	// wild.json:1:12: work[0].company: old key "company" read as "name"; rename it
	// wild.json:1:63: work[0].startDate: date "August 2021" is not ISO 8601; read as 2021-08 — write "2021-08"
	// wild.json:1:89: work[0].endDate: date "heute" is not ISO 8601; read as present — write "present"
}

func ExampleResume_Validate() {
	data := []byte(`basics:
  name: Ada Lovelace
  email: ada.example.com
work:
  - name: Analytical Engines
    roles:
      - position: Programmer
        startDate: 1844-01
        endDate: 1843-07
`)
	r, err := resume.Decode(data, "ada.yaml", resume.LoadOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	var ve *resume.ValidationError
	if errors.As(r.Validate(), &ve) {
		for _, p := range ve.Problems {
			fmt.Println(p)
		}
	}
	// Output:
	// ada.yaml:3:10: basics.email: "ada.example.com" is not an email address: it has no name before an @
	// ada.yaml:8:20: work[0].roles[0].startDate: the start 1844-01 is after the end 1843-07; swap them or fix the typo
}

func ExampleParseDate() {
	for _, s := range []string{"06.2021", "2024.08", "Sept. 2020", "June 15, 2021", "heute", "2021"} {
		d, err := resume.ParseDate(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-13s → %-10s (%s)\n", s, d, d.Precision)
	}
	r := resume.Range{Start: resume.YearMonth(2021, 6), End: resume.YearMonth(2024, 8)}
	fmt.Println(r.Duration(time.Time{}))
	_, err := resume.ParseDate("2020-19-01")
	fmt.Println(err)
	// Output:
	// 06.2021       → 2021-06    (month)
	// 2024.08       → 2024-08    (month)
	// Sept. 2020    → 2020-09    (month)
	// June 15, 2021 → 2021-06-15 (day)
	// heute         → present    (none)
	// 2021          → 2021       (year)
	// 3y 3m
	// invalid date "2020-19-01": month 19 is not 1-12
}

func ExampleInline() {
	for _, run := range resume.Inline("**Led** the *Kafka* migration ([notes](https://example.com/kraft))") {
		fmt.Printf("%q bold=%v italic=%v link=%q\n", run.Text, run.Bold, run.Italic, run.Link)
	}
	fmt.Println(resume.Plain("***both*** and \\*escaped\\*"))
	// Output:
	// "Led" bold=true italic=false link=""
	// " the " bold=false italic=false link=""
	// "Kafka" bold=false italic=true link=""
	// " migration (" bold=false italic=false link=""
	// "notes" bold=false italic=false link="https://example.com/kraft"
	// ")" bold=false italic=false link=""
	// both and *escaped*
}
