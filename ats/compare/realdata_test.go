package compare

import (
	"strings"
	"testing"

	"github.com/resumekit/resumekit/resume"
)

// Real resumes hold keywords that are lists, placeholders and data that
// confuses any reader. These tests pin how the comparison treats them.

func findLoss(r *Report, path string) (Loss, bool) {
	for _, l := range r.Losses {
		if l.Path == path {
			return l, true
		}
	}
	return Loss{}, false
}

func TestKeywordThatIsAList(t *testing.T) {
	src := &resume.Resume{Skills: []resume.Skill{{Name: "Web", Keywords: []string{"HTML5, CSS3, Bootstrap etc.", ".NET"}}}}
	got := &resume.Resume{Skills: []resume.Skill{{Name: "Web", Keywords: []string{"HTML5", "CSS3", "Bootstrap etc", "NET"}}}}
	rep := Compare(src, got, Options{})
	if !rep.Lossless() {
		t.Fatalf("a list keyword read back item by item should survive: %v", rep.Losses)
	}
	l, ok := findLoss(rep, "skills[0].keywords[0]")
	if !ok || l.Kind != Normalized || !strings.Contains(l.Hint, "one keyword per item") {
		t.Errorf("want a Normalized note with a hint for the list keyword, got %+v (found %v)", l, ok)
	}
	// One item missing: the keyword is lost, and the others are not made up.
	got.Skills[0].Keywords = []string{"HTML5", "Bootstrap etc", "NET"}
	rep = Compare(src, got, Options{})
	if l, ok := findLoss(rep, "skills[0].keywords[0]"); !ok || l.Kind != Missing {
		t.Errorf("want the list keyword Missing when an item is, got %+v", rep.Losses)
	}
	for _, l := range rep.Losses {
		if l.Kind == Extra {
			t.Errorf("an item of a source keyword is not made up: %+v", l)
		}
	}
	// A keyword nobody wrote is still Extra.
	got.Skills[0].Keywords = append(got.Skills[0].Keywords, "COBOL")
	if _, ok := findLoss(Compare(src, got, Options{}), "parsed:skills[0].keywords[3]"); !ok {
		t.Errorf("a made-up keyword must be Extra")
	}
}

func TestGroupWithLevelIsNoKeyword(t *testing.T) {
	src := &resume.Resume{Skills: []resume.Skill{{Name: "CSS", Level: "beginner"}, {Name: "Go", Keywords: []string{"..."}}}}
	got := &resume.Resume{Skills: []resume.Skill{{Keywords: []string{"CSS (beginner)", "Go"}}}}
	if rep := Compare(src, got, Options{}); !rep.Lossless() {
		t.Errorf("a group printed as 'Name (Level)' is no made-up keyword, '...' nothing to find: %v", rep.Losses)
	}
}

func TestPlaceholdersCheckNothing(t *testing.T) {
	src := &resume.Resume{
		Work:      []resume.Employer{{Roles: []resume.Role{{}}}, {Name: "Acme", Roles: []resume.Role{{Position: "Dev"}}}},
		Education: []resume.Education{{}},
	}
	got := &resume.Resume{
		Work:      []resume.Employer{{Roles: []resume.Role{{}}}, {Name: "Acme", Roles: []resume.Role{{Position: "Dev"}}}},
		Education: []resume.Education{{}},
	}
	if rep := Compare(src, got, Options{}); !rep.Lossless() {
		t.Errorf("blank roles and education read back as blank are no loss: %v", rep.Losses)
	}
	// Two blank roles read back where the source has one: one is made up.
	got.Work = append(got.Work, resume.Employer{Roles: []resume.Role{{}}})
	if rep := Compare(src, got, Options{}); rep.Lossless() {
		t.Errorf("a blank role more than the source has is made up")
	}
}

func TestHintsNameTheDataCause(t *testing.T) {
	src := &resume.Resume{
		Work: []resume.Employer{{Name: "MobileMD", Roles: []resume.Role{{Position: "Software Architect, MobileMD",
			StartDate: resume.YearOnly(2019)}}}},
		Education: []resume.Education{{Institution: "Misión TIC 2022", Area: "Web", StartDate: resume.YearMonth(2021, 3), EndDate: resume.YearMonth(2021, 12)}},
	}
	got := &resume.Resume{
		Work:      []resume.Employer{{Name: "MobileMD", Roles: []resume.Role{{Position: "Software Architect", StartDate: resume.YearOnly(2019)}}}},
		Education: []resume.Education{{Institution: "Misión TIC", Area: "Web", EndDate: resume.YearOnly(2022)}},
	}
	rep := Compare(src, got, Options{})
	l, ok := findLoss(rep, "work[0].roles[0].position")
	if !ok || !strings.Contains(l.Hint, "repeats the employer's name") {
		t.Errorf("position loss hint = %+v", l)
	}
	l, ok = findLoss(rep, "education[0].institution")
	if !ok || !strings.Contains(l.Hint, "holds the year 2022") {
		t.Errorf("institution loss hint = %+v", l)
	}
	if rep.Lossless() {
		t.Errorf("a loss with a hint still counts")
	}
	var b strings.Builder
	if err := WriteText(&b, rep); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "hint: the position") {
		t.Errorf("the text report lacks the hint line:\n%s", b.String())
	}
	// Clean data gets no hint.
	if h := roleHint(role{company: "Acme", r: &resume.Role{Position: "Engineer", StartDate: resume.YearOnly(2020)}}); h != "" {
		t.Errorf("hint for clean data: %q", h)
	}
	// a place typed into the employer's name; a legal form is no place
	if h := roleHint(role{company: "ti&m AG, Zurich, Switzerland", r: &resume.Role{Position: "Engineer", StartDate: resume.YearOnly(2020)}}); !strings.Contains(h, "ends with a place") {
		t.Errorf("hint for a place in the name: %q", h)
	}
	if h := roleHint(role{company: "Nara Logics, Inc", r: &resume.Role{Position: "Engineer", StartDate: resume.YearOnly(2020)}}); h != "" {
		t.Errorf("hint for a legal form: %q", h)
	}
	// a school typed into the location
	if h := roleHint(role{company: "Acme", compLoc: "PES University", r: &resume.Role{Position: "Intern", StartDate: resume.YearOnly(2020)}}); !strings.Contains(h, "names a school") {
		t.Errorf("hint for a school as the location: %q", h)
	}
	// a role without a position, one degree field alone
	if h := roleHint(role{company: "Capgemini", r: &resume.Role{StartDate: resume.YearOnly(2020)}}); !strings.Contains(h, "no position") {
		t.Errorf("hint for a role without a position: %q", h)
	}
	if h := eduHint(resume.Education{Institution: "Uni", Area: "MSc in IT Management"}); !strings.Contains(h, "put the degree in studyType") {
		t.Errorf("hint for a degree in area: %q", h)
	}
	if h := eduHint(resume.Education{Institution: "Uni", Area: "Computer Science", StudyType: "BSc"}); h != "" {
		t.Errorf("hint for clean education: %q", h)
	}
	if y := findYear("Class of 2019"); y != "2019" {
		t.Errorf("findYear = %q", y)
	}
	if y := findYear("ISO 20000 and A2019"); y != "" {
		t.Errorf("findYear found a year in %q", y)
	}
}

func TestPhoneHints(t *testing.T) {
	for _, c := range []struct{ phone, want string }{
		{"https://wa.me/34600123456", "is a link"},
		{"+57 0478", "has 6 digits"},
		{"+34 600 123 456", ""},
	} {
		if got := phoneHint(c.phone); c.want == "" && got != "" || !strings.Contains(got, c.want) {
			t.Errorf("phoneHint(%q) = %q, want it to say %q", c.phone, got, c.want)
		}
	}
	rep := Compare(&resume.Resume{Basics: resume.Basics{Phone: "+57 0478"}}, &resume.Resume{}, Options{})
	if l, ok := findLoss(rep, "basics.phone"); !ok || l.Kind != Missing || l.Hint == "" {
		t.Errorf("want a Missing phone with a hint, got %+v", rep.Losses)
	}
}

func TestGroupNameWithColonHint(t *testing.T) {
	src := &resume.Resume{Skills: []resume.Skill{{Name: "Frontend: web", Keywords: []string{"Flutter", "Dart"}}}}
	got := &resume.Resume{Skills: []resume.Skill{{Name: "Frontend", Keywords: []string{"web: Flutter", "Dart"}}}}
	rep := Compare(src, got, Options{})
	if l, ok := findLoss(rep, "skills[0].keywords[0]"); !ok || l.Kind != Missing || !strings.Contains(l.Hint, "holds a colon") {
		t.Errorf("want the lost keyword with a hint about the colon, got %+v", rep.Losses)
	}
	if h := groupHint(src, "work[0].roles[0].skills[0]"); h != "" {
		t.Errorf("a role's skill has no group: %q", h)
	}
}

// TestSplitSchoolHint: a school given in two entries (its name alone, then
// its degree and dates without a name) is read as one entry; the loss
// names the cause.
func TestSplitSchoolHint(t *testing.T) {
	src := &resume.Resume{Education: []resume.Education{
		{Institution: "E.E.T Nro 7", Area: "Electrónica", StudyType: "Técnico", StartDate: resume.YearOnly(1989), EndDate: resume.YearOnly(1994)},
		{Institution: "Instituto Universitario Nacional del Arte"},
		{Area: "Artes Visuales", StudyType: "Licenciado", StartDate: resume.YearOnly(2001), EndDate: resume.YearOnly(2007)},
	}}
	got := &resume.Resume{Education: []resume.Education{
		{Institution: "E.E.T Nro 7", Area: "Electrónica", StudyType: "Técnico", StartDate: resume.YearOnly(1989), EndDate: resume.YearOnly(1994)},
		{Institution: "Instituto Universitario Nacional del Arte", Area: "Artes Visuales", StudyType: "Licenciado", StartDate: resume.YearOnly(2001), EndDate: resume.YearOnly(2007)},
	}}
	rep := Compare(src, got, Options{})
	if rep.Lossless() {
		t.Fatal("a school split in two and read as one is a loss")
	}
	named := false
	for _, l := range rep.Lost() {
		named = named || strings.Contains(l.Hint, "education[1] gives only the institution and education[2] no institution")
	}
	if !named {
		t.Errorf("no hint names the split: %+v", rep.Lost())
	}
	if h := splitEduHint(got.Education, 1); h != "" {
		t.Errorf("hint for whole entries: %q", h)
	}
}
