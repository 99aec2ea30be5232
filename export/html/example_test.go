package html_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/resumekit/resumekit/export/html"
	"github.com/resumekit/resumekit/resume"
)

func ExampleWrite() {
	r := &resume.Resume{
		Basics: resume.Basics{Name: "Ada Lovelace", Email: "ada@example.com"},
		Work: []resume.Employer{{
			Name: "Analytical Engines Ltd",
			Roles: []resume.Role{{
				Position:   "Programmer",
				StartDate:  resume.YearMonth(1842, 10),
				EndDate:    resume.YearMonth(1843, 9),
				Highlights: []string{"Wrote the **first** published program"},
				Skills:     []string{"Mathematics", "Bernoulli numbers"},
			}},
		}},
	}
	var b bytes.Buffer
	if err := html.Write(&b, r, html.Options{}); err != nil {
		panic(err)
	}
	// The body; the head holds the title and the inline style sheet.
	page := b.String()
	fmt.Print(page[strings.Index(page, "<body>"):])
	// Output:
	// <body>
	// <header>
	// <h1>Ada Lovelace</h1>
	// <address><a href="mailto:ada@example.com">ada@example.com</a></address>
	// </header>
	// <main>
	// <section>
	// <h2>Work Experience</h2>
	// <article>
	// <h3>Programmer — Analytical Engines Ltd</h3>
	// <p class="dates"><time datetime="1842-10">Oct 1842</time> – <time datetime="1843-09">Sep 1843</time></p>
	// <ul>
	// <li>Wrote the <strong>first</strong> published program</li>
	// </ul>
	// <p>Skills: Mathematics, Bernoulli numbers</p>
	// </article>
	// </section>
	// </main>
	// </body>
	// </html>
}
