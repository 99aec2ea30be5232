package entry

import (
	"testing"

	"github.com/resumekit/resumekit/resume"
)

func TestRoleSeparator(t *testing.T) {
	work := func(pos, comp string) *resume.Resume {
		return &resume.Resume{Work: []resume.Employer{{Name: comp, Roles: []resume.Role{{Position: pos}}}}}
	}
	for _, c := range []struct {
		r    *resume.Resume
		want string
	}{
		{nil, " @ "},
		{&resume.Resume{}, " @ "},
		{work("Founder, CEO", "Nara Logics, Inc"), " @ "},
		{work("Engineer @ Platform Team", "Shopify"), " — "},
		{work("Engineer", "Acme @ Home"), " — "},
		{work("Engineer @ Platform — Infra", "Acme"), " | "},
		{work("Engineer @ Platform — Infra", "Acme | Co"), " @ "},
		{work("Engineer@Home", "Acme"), " @ "},         // no spaces around: no clash
		{work("Engineer  @\tTeam", "Acme"), " — "},     // printed with single spaces
		{work("**Engineer** @ *Team*", "Acme"), " — "}, // markup gone
	} {
		if got := RoleSeparator(c.r); got != c.want {
			t.Errorf("RoleSeparator(%+v) = %q, want %q", c.r, got, c.want)
		}
	}
	if got := RoleSeparator(work("Founder, CEO", "Acme"), Bar); got != Bar {
		t.Errorf("preferred bar: got %q", got)
	}
	if got := RoleSeparator(work("Dev | Ops", "Acme"), Bar); got != At {
		t.Errorf("bar in a value: got %q, want the at sign", got)
	}
}
