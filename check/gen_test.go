package check

import (
	"fmt"
	"math/rand/v2"

	"github.com/resumekit/resumekit/resume"
)

// Word lists for generated resumes: realistic, varied, with accents.
var (
	genFirst     = []string{"Ana", "Jürgen", "Zoë", "Marco", "Aisha", "Liam", "Chloé", "Björn", "Priya", "Tomás", "Emily", "Kenji", "Sofía", "Noah", "Léa", "Oskar"}
	genLast      = []string{"Núñez", "Müller", "Smith", "Rossi", "Okafor", "García", "Dubois", "Larsen", "Patel", "O'Brien", "Nguyen", "Kowalski", "Haddad", "Fischer", "Moreau", "Silva"}
	genCompanies = []string{"Acme Corp", "Globex", "Initech", "Umbrella Health", "Stark Industries", "Wayne Enterprises", "Hooli", "Vandelay Imports", "Soylent Foods", "Tyrell Systems", "Cyberdyne", "Massive Dynamic", "Aperture Science", "Wonka Industries", "Nakatomi Trading", "Oceanic Airlines"}
	genPositions = []string{"Software Engineer", "Senior Software Engineer", "Staff Engineer", "Engineering Manager", "Data Analyst", "Product Manager", "DevOps Engineer", "Backend Developer", "Frontend Developer", "Site Reliability Engineer", "Data Scientist", "QA Engineer", "Technical Lead", "Solutions Architect", "Marketing Manager", "Financial Analyst"}
	genCities    = []string{"Madrid, Spain", "Berlin, Germany", "London, UK", "Paris, France", "New York, NY", "San Francisco, CA", "Toronto, Canada", "Remote", "Lisbon, Portugal", "Zürich, Switzerland"}
	genSchools   = []string{"University of Oxford", "Universidad Politécnica de Madrid", "Technische Universität München", "MIT", "University of Toronto", "École Polytechnique", "Stanford University", "University of Lisbon"}
	genAreas     = []string{"Computer Science", "Mathematics", "Physics", "Economics", "Telecommunications Engineering", "Business Administration", "Statistics", "Electrical Engineering"}
	genDegrees   = []string{"BSc", "MSc", "PhD", "Bachelor", "Master", "MBA", "BA", "MEng"}
	genSkills    = []string{"Go", "Python", "Java", "Kotlin", "TypeScript", "Rust", "SQL", "PostgreSQL", "Kafka", "Kubernetes", "Docker", "Terraform", "AWS", "GCP", "React", "Spark", "Airflow", "Redis", "gRPC", "Linux", "C++", "C#", "Node.js", "Scala"}
	genGroups    = []string{"Languages", "Infrastructure", "Data", "Tools", "Cloud", "Frameworks"}
	genVerbs     = []string{"Built", "Led", "Designed", "Migrated", "Automated", "Reduced", "Shipped", "Scaled", "Mentored", "Launched"}
	genObjects   = []string{"the billing pipeline", "a real-time analytics platform", "the CI/CD system", "three engineers", "the search service", "a data warehouse", "the mobile checkout", "on-call tooling", "the public API", "cost dashboards"}
	genResults   = []string{"cutting latency by 40%", "saving $120k a year", "for 2 million users", "with 99.95% availability", "in six weeks", "across 12 teams", "halving incident count", ""}
)

func pick[T any](r *rand.Rand, s []T) T { return s[r.IntN(len(s))] }

// genDate returns a date of random precision around year y.
func genDate(r *rand.Rand, y, m int) resume.Date {
	switch r.IntN(6) {
	case 0:
		return resume.YearOnly(y)
	case 1:
		return resume.YMD(y, m, 1+r.IntN(28))
	}
	return resume.YearMonth(y, m)
}

// genResume builds a varied, valid resume from seed: one to three
// employers with one to three roles each, dates of every precision and
// open ends, education, skill groups and role skillsets.
func genResume(seed uint64) *resume.Resume {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	first, last := pick(r, genFirst), pick(r, genLast)
	res := &resume.Resume{Basics: resume.Basics{
		Name:    first + " " + last,
		Label:   pick(r, genPositions),
		Email:   fmt.Sprintf("%s.%d@example.com", "user", seed),
		Summary: fmt.Sprintf("%s with %d years of experience in %s and %s.", pick(r, genPositions), 3+r.IntN(15), pick(r, genSkills), pick(r, genSkills)),
	}}
	switch r.IntN(3) {
	case 0:
		res.Basics.Phone = fmt.Sprintf("+34 6%02d %03d %03d", r.IntN(100), r.IntN(1000), r.IntN(1000))
	case 1:
		res.Basics.Phone = fmt.Sprintf("+1 (%03d) %03d-%04d", 200+r.IntN(700), r.IntN(1000), r.IntN(10000))
	}
	if r.IntN(2) == 0 {
		res.Basics.URL = fmt.Sprintf("https://%s%d.dev", "site", seed)
	}
	// Work, newest first, walking back in time.
	y, m := 2025, 1+r.IntN(12)
	used := map[string]bool{}
	for e := range 1 + r.IntN(3) {
		name := pick(r, genCompanies)
		for used[name] {
			name = pick(r, genCompanies)
		}
		used[name] = true
		emp := resume.Employer{Name: name, Location: pick(r, genCities)}
		for k := range 1 + r.IntN(3) {
			ro := resume.Role{Position: pick(r, genPositions)}
			if e == 0 && k == 0 && r.IntN(2) == 0 {
				ro.EndDate = resume.Present
			} else {
				ro.EndDate = genDate(r, y, m)
			}
			span := 6 + r.IntN(40)
			m -= span
			for m < 1 {
				m += 12
				y--
			}
			ro.StartDate = genDate(r, y, m)
			if ro.StartDate.Precision == resume.PrecisionYear || ro.EndDate.Precision == resume.PrecisionYear {
				ro.StartDate, ro.EndDate = resume.YearOnly(ro.StartDate.Year), yearOf(ro.EndDate)
			}
			for range r.IntN(4) {
				hl := pick(r, genVerbs) + " " + pick(r, genObjects)
				if res := pick(r, genResults); res != "" {
					hl += ", " + res
				}
				ro.Highlights = append(ro.Highlights, hl+".")
			}
			if r.IntN(3) == 0 {
				ro.Skills = distinct(r, genSkills, 2+r.IntN(3))
			}
			emp.Roles = append(emp.Roles, ro)
			m--
			if m < 1 {
				m, y = 12, y-1
			}
		}
		res.Work = append(res.Work, emp)
	}
	for range r.IntN(3) {
		y -= 1 + r.IntN(2)
		ed := resume.Education{Institution: pick(r, genSchools), Area: pick(r, genAreas), StudyType: pick(r, genDegrees),
			EndDate: resume.YearMonth(y, 6)}
		if r.IntN(2) == 0 {
			ed.StartDate = resume.YearMonth(y-2-r.IntN(3), 9)
		}
		if r.IntN(4) == 0 {
			ed.Area = "" // a study type alone: the writers bracket it
		}
		res.Education = append(res.Education, ed)
	}
	for _, g := range distinct(r, genGroups, 1+r.IntN(3)) {
		res.Skills = append(res.Skills, resume.Skill{Name: g, Keywords: distinct(r, genSkills, 2+r.IntN(5))})
	}
	return res
}

// yearOf keeps an open end and reduces a date to its year.
func yearOf(d resume.Date) resume.Date {
	if d.Present {
		return d
	}
	return resume.YearOnly(d.Year)
}

// distinct picks n different items of s.
func distinct(r *rand.Rand, s []string, n int) []string {
	idx := r.Perm(len(s))[:min(n, len(s))]
	out := make([]string, len(idx))
	for i, j := range idx {
		out[i] = s[j]
	}
	return out
}
