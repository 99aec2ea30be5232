package extract

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// pagesPDF builds a PDF with one page per content stream, all using
// Helvetica as /F1 and, as /F2, a Type0 font whose CIDs are given by
// type0 (a font dictionary without the Type and Subtype keys).
func pagesPDF(type0 string, contents ...string) []byte {
	n := len(contents)
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", ""}
	kids := ""
	font2 := ""
	if type0 != "" {
		font2 = fmt.Sprintf(" /F2 %d 0 R", 3+2*n)
	}
	for i, c := range contents {
		page := 3 + 2*i
		kids += fmt.Sprintf("%d 0 R ", page)
		objs = append(objs,
			fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R%s >> >> /Contents %d 0 R >>", 3+2*n+1, font2, page+1),
			stream("", c))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids, n)
	objs = append(objs, "<< /Type /Font /Subtype /Type0 "+type0+" >>", helv)
	if type0 == "" {
		objs[len(objs)-2] = "<< /Nothing true >>"
	}
	return buildPDF(objs, "")
}

func extractPDF(t *testing.T, data []byte) *Document {
	t.Helper()
	doc, err := Bytes(context.Background(), data, "t.pdf", Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestPDFWordGaps(t *testing.T) {
	// (a date a browser sets as a string of its own just after a title,
	// 0.9 pt after "Analyst" ends at 107 (no widths here: 500 each), is
	// a word of its own; digits inside one string are not)
	doc := extractPDF(t, pagesPDF("", "BT /F1 10 Tf 72 700 Td [(Hello) -300 (World)] TJ ET BT /F1 10 Tf 72 680 Td [(Ker) 30 (ning) -20 (ok)] TJ ET BT /F1 10 Tf 72 660 Td (Left) Tj 25 0 Td (Next) Tj ET "+
		"BT /F1 10 Tf 72 640 Td (Analyst) Tj ET BT /F1 10 Tf 107.9 640 Td (2012-08-01) Tj ET BT /F1 10 Tf 72 620 Td (ES2016) Tj ET"))
	want := []string{"Hello World", "Kerningok", "Left Next", "Analyst 2012-08-01", "ES2016"}
	if got := strings.Split(doc.Text(), "\n"); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("lines = %q, want %q", got, want)
	}
	l := doc.Lines[0]
	if l.Page != 1 || l.X != 72 || l.Y != 92 || l.FontSize != 10 || l.Width < 40 {
		t.Errorf("position = %+v", l)
	}
}

// Keyword chips set a little more than an em apart (a theme's tags) are
// told apart by a tab inside one line; word gaps stay spaces.
func TestPDFChipGaps(t *testing.T) {
	doc := extractPDF(t, pagesPDF("", "BT /F1 10 Tf 72 700 Td [(Go) -1050 (Rust) -1050 (Kubernetes) -300 (Operators)] TJ ET"))
	if got, want := doc.Text(), "Go\tRust\tKubernetes Operators"; got != want || len(doc.Lines) != 1 {
		t.Errorf("text = %q in %d lines, want %q in one", got, len(doc.Lines), want)
	}
	// a browser draws the space between two chips as a glyph as wide as
	// their margin (here by word spacing): measured from ink to ink
	doc = extractPDF(t, pagesPDF("", "BT /F1 10 Tf 72 700 Td 12 Tw (Go Rust) Tj ET BT /F1 10 Tf 72 680 Td 0 Tw (Go Rust) Tj ET"))
	if got, want := doc.Text(), "Go\tRust\nGo Rust"; got != want {
		t.Errorf("text = %q, want %q", got, want)
	}
}

// A two-column page (a sidebar whose baselines do not line up with the
// main column) is read column by column, below a full-width title.
func TestPDFColumns(t *testing.T) {
	var b strings.Builder
	b.WriteString("BT /F1 12 Tf 50 750 Td (" + strings.Repeat("Title ", 14) + ") Tj ET\n")
	for i := 0; i < 10; i++ {
		fmt.Fprintf(&b, "BT /F1 10 Tf 50 %d Td (Left %d) Tj ET\n", 700-i*14, i)
		fmt.Fprintf(&b, "BT /F1 10 Tf 330 %d Td (Right %d) Tj ET\n", 693-i*17, i)
	}
	doc := extractPDF(t, pagesPDF("", b.String()))
	if !doc.HasWarning(MultiColumn) {
		t.Errorf("no multi-column warning: %v", doc.Warnings)
	}
	var order []string
	for _, l := range doc.Lines[1:] {
		order = append(order, l.Text)
	}
	want := "Left 0 Left 1 Left 2 Left 3 Left 4 Left 5 Left 6 Left 7 Left 8 Left 9 Right 0 Right 1"
	if got := strings.Join(order, " "); !strings.HasPrefix(got, want) {
		t.Errorf("order = %s", got)
	}
	// a bullet hung left of the right column, inside the gutter, is part
	// of the right column: it cuts the page into no bands
	b.WriteString("BT /F1 10 Tf 314 588 Td (-) Tj ET BT /F1 10 Tf 330 588 Td (Item) Tj ET\n")
	order = order[:0]
	for _, l := range extractPDF(t, pagesPDF("", b.String())).Lines[1:] {
		order = append(order, l.Text)
	}
	if got := strings.Join(order, " "); !strings.HasPrefix(got, want) {
		t.Errorf("with a hung bullet, order = %s", got)
	}
	// a column set flush right: its longest lines start inside the
	// gutter, and still belong to it
	b.Reset()
	b.WriteString("BT /F1 12 Tf 50 750 Td (" + strings.Repeat("Title ", 14) + ") Tj ET\n")
	for i := 0; i < 10; i++ {
		fmt.Fprintf(&b, "BT /F1 10 Tf 50 %d Td (Left %d) Tj ET\n", 700-i*14, i)
		if i == 3 || i == 6 {
			fmt.Fprintf(&b, "BT /F1 10 Tf 300 %d Td (Right %d, a line longer than most) Tj ET\n", 693-i*17, i)
			continue
		}
		fmt.Fprintf(&b, "BT /F1 10 Tf 440 %d Td (Right %d) Tj ET\n", 693-i*17, i)
	}
	order = order[:0]
	for _, l := range extractPDF(t, pagesPDF("", b.String())).Lines[1:] {
		order = append(order, strings.Fields(l.Text)[0]+" "+strings.Trim(strings.Fields(l.Text)[1], ","))
	}
	if got := strings.Join(order, " "); !strings.HasPrefix(got, want) {
		t.Errorf("beside a column set flush right, order = %s", got)
	}
}

// A table whose left cells hold the section headings, the dates and the
// skills' labels, and whose right cells the entries and the keywords
// beside them (LibreOffice's PDF of a DOCX resume), is read row by row:
// the headings, level with nothing, do not make the left side a column.
func TestPDFTableWithHeadingsAtLeft(t *testing.T) {
	var b strings.Builder
	b.WriteString("BT /F1 22 Tf 180 770 Td (Daniel Moreno) Tj ET\n")
	y := 720
	row := func(left, right string) {
		if left != "" {
			fmt.Fprintf(&b, "BT /F1 10 Tf 50 %d Td (%s) Tj ET\n", y, left)
		}
		if right != "" {
			fmt.Fprintf(&b, "BT /F1 10 Tf 300 %d Td (%s) Tj ET\n", y, right)
		}
		y -= 16
	}
	heading := func(h string) {
		y -= 10
		fmt.Fprintf(&b, "BT /F1 14 Tf 50 %d Td (%s) Tj ET\n", y, h)
		y -= 18
	}
	heading("Professional Experience")
	row("Aug 2021 - Present", "Developer - Softec SRL")
	for i := 0; i < 6; i++ {
		row("", fmt.Sprintf("Built and ran services for several shops, line %d", i))
	}
	heading("Education")
	row("Jul 2014 - 2020", "Universidad Nacional")
	heading("Skills")
	for _, l := range []string{"Programming", "Front-end", "Back-end", "Databases", "Systems", "Tools", "Other"} {
		row(l, "JavaScript, TypeScript, Python, Go")
	}
	heading("Languages")
	row("English, Spanish", "")
	doc := extractPDF(t, pagesPDF("", b.String()))
	var lines []string
	for _, l := range doc.Lines {
		lines = append(lines, l.Text)
	}
	got := strings.Join(lines, " | ")
	if !strings.Contains(got, "Aug 2021 - Present\tDeveloper - Softec SRL") && !strings.Contains(got, "Aug 2021 - Present | Developer - Softec SRL") {
		t.Errorf("the dates are not beside their entry:\n%s", got)
	}
	if !strings.Contains(got, "Programming\tJavaScript") && !strings.Contains(got, "Programming | JavaScript") {
		t.Errorf("the skills' labels are not beside their keywords:\n%s", got)
	}
}

// A narrow sidebar with sections of its own (headings set like the main
// column's, on baselines of their own, with a little text under each) is
// a column however little it holds beside the main text; without it, its
// headings would cut the main column's entries into its sections.
func TestPDFSidebarWithHeadings(t *testing.T) {
	var b strings.Builder
	b.WriteString("BT /F1 14 Tf 50 750 Td (Experience) Tj ET BT /F1 14 Tf 480 750 Td (Languages) Tj ET\n")
	for i := 0; i < 24; i++ {
		fmt.Fprintf(&b, "BT /F1 9 Tf 50 %d Td (Main %d of the work section, a longer line) Tj ET\n", 730-i*12, i)
	}
	for i, l := range []string{"/F1 9 Tf 480 733 Td (Italian)", "/F1 9 Tf 480 721 Td (English)", "/F1 14 Tf 480 676 Td (Interests)",
		"/F1 9 Tf 480 659 Td (Chess)", "/F1 14 Tf 480 604 Td (Links)", "/F1 9 Tf 480 587 Td (example.org)"} {
		fmt.Fprintf(&b, "BT %s Tj ET %% %d\n", l, i)
	}
	var order []string
	for _, l := range extractPDF(t, pagesPDF("", b.String())).Lines {
		order = append(order, strings.Fields(l.Text)[0])
	}
	got := strings.Join(order, " ")
	want := "Experience Main Main Main Main Main Main Main Main Main Main Main Main Main Main Main Main Main Main Main Main Main Main Main Main Languages Italian English Interests Chess Links example.org"
	if got != want {
		t.Errorf("order = %s\nwant    %s", got, want)
	}
	// the same headings on the main column's baselines (cards side by
	// side in a grid) are no sidebar: read row by row
	grid := strings.NewReplacer("676 Td (Interests)", "670 Td (Interests)", "604 Td (Links)", "598 Td (Links)",
		"659 Td (Chess)", "663 Td (Chess)", "587 Td (example.org)", "591 Td (example.org)").Replace(b.String())
	order = order[:0]
	for _, l := range extractPDF(t, pagesPDF("", grid)).Lines {
		order = append(order, strings.Fields(l.Text)[0])
	}
	if got := strings.Join(order, " "); !strings.HasPrefix(got, "Experience Languages") {
		t.Errorf("with the headings level with the main lines, order = %s", got)
	}
}

// A sidebar of short lines beside a denser main column, with no heading
// of its own on the page, is a column: skills one to a line (a group
// that began on the page before), or lines set far apart (contact lines,
// soft skills one to a group) that fall level with the main column's
// only by chance, where headings, labels or dates in a margin sit level
// with what they head. Read row by row, each would land inside the entry
// beside it.
func TestPDFShortSidebarBesideDenseText(t *testing.T) {
	for _, c := range []struct {
		name       string
		lines, gap int
	}{{"list", 16, 16}, {"sparse", 14, 25}} {
		var b strings.Builder
		for i := 0; i < 40; i++ {
			fmt.Fprintf(&b, "BT /F1 8 Tf 200 %d Td (Main line %d of a job description, set in small type) Tj ET\n", 760-i*9, i)
		}
		for i := 0; i < c.lines; i++ {
			fmt.Fprintf(&b, "BT /F1 9 Tf 50 %d Td (Side %d) Tj ET\n", 752-i*c.gap, i)
		}
		want := strings.TrimSpace(strings.Repeat("Side ", c.lines) + strings.Repeat("Main ", 40))
		if got := firstWords(t, pagesPDF("", b.String())); got != want {
			t.Errorf("%s: order = %s\nwant    %s", c.name, got, want)
		}
	}
}

// A grid of cards, two to a row, their titles level (a theme's skill
// groups), is read card by card, each pair of cards before the next: read
// column by column, the left column's cards would all come before the
// right column's, and those after a later section's heading in it.
func TestPDFGridOfCards(t *testing.T) {
	var b strings.Builder
	y := 760
	card := func(x int, title string, items, top int) {
		fmt.Fprintf(&b, "BT /F1 16 Tf %d %d Td (%s) Tj ET\n", x, top, title)
		for i := 0; i < items; i++ {
			fmt.Fprintf(&b, "BT /F1 10 Tf %d %d Td (%s item %d) Tj ET\n", x+6, top-20-i*24, title, i)
		}
	}
	for _, row := range [][2]string{{"Web", "Games"}, {"Graphics", "Languages"}, {"Writing", "Cloud"}} {
		card(60, row[0], 2, y)
		card(320, row[1], 4, y)
		y -= 20 + 4*24 + 20
	}
	var order []string
	for _, l := range extractPDF(t, pagesPDF("", b.String())).Lines {
		order = append(order, strings.Fields(l.Text)[0])
	}
	got := strings.Join(slices.Compact(order), " ")
	want := "Web Games Graphics Languages Writing Cloud"
	if got != want {
		t.Errorf("order = %s\nwant    %s", got, want)
	}

	// three cards to a row, the gutter a third of the way across: each
	// row of cards still comes before the next
	b.Reset()
	y = 760
	for _, row := range [][3]string{{"Alpha", "Beta", "Gamma"}, {"Delta", "Epsilon", "Zeta"}, {"Eta", "Theta", "Iota"}} {
		// (the keywords wrap differently in each card: no shared rows)
		for c, x := range []int{50, 230, 410} {
			fmt.Fprintf(&b, "BT /F1 16 Tf %d %d Td (%s) Tj ET\n", x, y, row[c])
			for i := 0; i < 2+c; i++ {
				fmt.Fprintf(&b, "BT /F1 10 Tf %d %d Td (%s item %d) Tj ET\n", x+6, y-19-c*2-i*(23-5*c), row[c], i)
			}
		}
		y -= 20 + 4*24 + 20
	}
	order = order[:0]
	for _, l := range extractPDF(t, pagesPDF("", b.String())).Lines {
		if f := strings.Fields(l.Text); len(f) == 1 {
			order = append(order, f[0]) // the cards' titles
		}
	}
	if got, want := strings.Join(order, " "), "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota"; got != want {
		t.Errorf("three to a row: titles in order %s\nwant %s", got, want)
	}
}

// A margin of a few headings and dates (in capitals, or years), on
// baselines a little off those of the entries they head and date, is no
// column: read as one, every heading and date came before the entries.
func TestPDFMarginHeadingsAndDates(t *testing.T) {
	got := firstWords(t, pagesPDF("", textObjects(
		"/F1 9.4 Tf 62 733 Td (EDUCATION)", "/F1 7 Tf 62 715 Td (2024 TO 2028)", "/F1 7 Tf 62 690 Td (2020 TO 2024)",
		"/F1 9.4 Tf 62 595 Td (LANGUAGES)",
		"/F1 9 Tf 217 735 Td (UNIR)", "/F1 9 Tf 241 720 Td (Grado: Ingenieria Informatica)",
		"/F1 9 Tf 217 694 Td (IES Clara del Rey)", "/F1 9 Tf 241 679 Td (Formacion profesional: Aplicaciones Web)",
		"/F1 9 Tf 217 656 Td (UPM)", "/F1 9 Tf 241 641 Td (Grado: Matematicas e Informatica)",
		"/F1 9 Tf 218 604 Td (Spanish - Native)", "/F1 9 Tf 218 587 Td (English - Advanced)",
	)))
	if want := "EDUCATION UNIR Grado: 2024 IES 2020 Formacion UPM Grado: Spanish LANGUAGES English"; got != want {
		t.Errorf("order = %s\nwant    %s", got, want)
	}
}

// A table of skill groups and their keywords, the keywords wrapped onto a
// second line in two rows and a group without keywords, is read row by
// row: each group's name, then its keywords. Two of six keyword lines sit
// level with no name, which made the two sides look like columns whose
// lines meet by chance, and every name came before every keyword.
func TestPDFLabelValueTable(t *testing.T) {
	got := firstWords(t, pagesPDF("", textObjects(
		"/F1 14 Tf 51 736 Td (Skills)",
		"/F1 10 Tf 51 720 Td (Backend)", "/F1 10 Tf 306 720 Td (Go, Rust, Python, TypeScript, Kotlin, Swift,)", "/F1 10 Tf 306 706 Td (Haskell)",
		"/F1 10 Tf 51 682 Td (Frontend)", "/F1 10 Tf 306 682 Td (React, Vue, Svelte, Angular, Ember, Solid,)", "/F1 10 Tf 306 668 Td (Preact)",
		"/F1 10 Tf 51 644 Td (Soft skills)",
		"/F1 10 Tf 51 620 Td (Databases)", "/F1 10 Tf 306 620 Td (PostgreSQL, MySQL, SQLite)",
		"/F1 10 Tf 51 596 Td (Leadership)", "/F1 10 Tf 306 596 Td (Mentoring, Hiring)",
		"/F1 14 Tf 51 568 Td (Languages)",
		"/F1 10 Tf 51 552 Td (English \\(native\\), French \\(fluent\\), Spanish \\(basic\\))",
	)))
	if want := "Skills Backend Go, Haskell Frontend React, Preact Soft Databases PostgreSQL, Leadership Mentoring, Languages English"; got != want {
		t.Errorf("order = %s\nwant    %s", got, want)
	}
}

// The same table set line to line (an Awesome-CV skill table): each name
// level with its keywords' first line, a row one line high where nothing
// wraps, and the wrapped keywords' second line level with no name.
func TestPDFTableSetLineToLine(t *testing.T) {
	var b strings.Builder
	fmt.Fprintf(&b, "BT /F1 14 Tf 45 640 Td (Skills) Tj ET\n")
	y := 620
	for _, r := range []struct{ name, keys, wrap string }{
		{"Frontend Development", "React, Next.js, Flutter, TypeScript, JavaScript, Ant Design, CSS", "Webpack"},
		{"Backend/API Development", "GraphQL, Apollo Server, Express, Nexus, REST APIs, WebSockets,", "Prisma"},
		{"Mobile Development", "Flutter, Cross-platform", ""},
		{"Database & Auth", "PostgreSQL, Supabase, Prisma", ""},
		{"Development Tools", "Git, GitHub Actions, CI/CD, Husky, ESLint, Prettier", ""},
	} {
		fmt.Fprintf(&b, "BT /F1 9 Tf 60 %d Td (%s) Tj ET\nBT /F1 9 Tf 190 %d Td (%s) Tj ET\n", y, r.name, y, r.keys)
		y -= 12
		if r.wrap != "" {
			fmt.Fprintf(&b, "BT /F1 9 Tf 190 %d Td (%s) Tj ET\n", y, r.wrap)
			y -= 12
		}
	}
	fmt.Fprintf(&b, "BT /F1 14 Tf 45 %d Td (Languages) Tj ET\nBT /F1 10 Tf 45 %d Td (English \\(native\\), Spanish \\(fluent\\)) Tj ET\n", y-20, y-36)
	got := firstWords(t, pagesPDF("", b.String()))
	if want := "Skills Frontend React, Webpack Backend/API GraphQL, Prisma Mobile Flutter, Database PostgreSQL, Development Git, Languages English"; got != want {
		t.Errorf("order = %s\nwant    %s", got, want)
	}
}

// Skill group names set flush right against the gutter, ragged left, a
// row a line high each (an Awesome-CV skill table whose keywords never
// wrap): a table, whatever the two sides hold. Columns of text are flush
// left.
func TestPDFFlushRightLabels(t *testing.T) {
	var b strings.Builder
	fmt.Fprintf(&b, "BT /F1 14 Tf 45 700 Td (Skills) Tj ET\n")
	for i, r := range [][2]string{
		{"Languages", "Java, Python"},
		{"Backend and Distributed Systems", "Spring Boot, Microservices, Event-Driven Architecture"},
		{"Messaging and Streaming", "Kafka, RabbitMQ"},
		{"Databases", "SQL, MongoDB"},
		{"Cloud and DevOps", "OpenShift, CI/CD, Git, Jira"},
	} {
		labelRow(&b, r[0], r[1], 680-12*i)
	}
	fmt.Fprintf(&b, "BT /F1 14 Tf 45 600 Td (Languages) Tj ET\nBT /F1 10 Tf 45 584 Td (Spanish \\(native\\), English \\(advanced\\)) Tj ET\n")
	got := firstWords(t, pagesPDF("", b.String()))
	if want := "Skills Languages Java, Backend Spring Messaging Kafka, Databases SQL, Cloud OpenShift, Languages Spanish"; got != want {
		t.Errorf("order = %s\nwant    %s", got, want)
	}
}

// textObjects writes each of ops ("/F1 9 Tf 62 733 Td (EDUCATION)") as a
// text object of its own, for a page's content stream.
func textObjects(ops ...string) string {
	var b strings.Builder
	for _, op := range ops {
		fmt.Fprintf(&b, "BT %s Tj ET\n", op)
	}
	return b.String()
}

// labelRow writes a label set flush right against x 210 and its value
// from x 222, in 9 pt, on baseline y. The test font's glyphs are half an
// em wide, its spaces a quarter.
func labelRow(b *strings.Builder, label, value string, y int) {
	spaces := strings.Count(label, " ")
	w := 4.5*float64(len(label)-spaces) + 2.25*float64(spaces)
	fmt.Fprintf(b, "BT /F1 9 Tf %.2f %d Td (%s) Tj ET\nBT /F1 9 Tf 222 %d Td (%s) Tj ET\n", 210-w, y, label, y, value)
}

// A table below a line across the page is read row by row though the
// band above it is two true columns: each band between lines across is
// judged on its own.
func TestPDFTableInABand(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 6; i++ {
		fmt.Fprintf(&b, "BT /F1 9 Tf 45 %d Td (Side %d) Tj ET\n", 740-17*i, i)
	}
	for i := 0; i < 9; i++ {
		fmt.Fprintf(&b, "BT /F1 9 Tf 222 %d Td (Main line %d of the text in the main column) Tj ET\n", 745-11*i, i)
	}
	fmt.Fprintf(&b, "BT /F1 10 Tf 45 620 Td (Across the page: a line of text that runs over both of the columns above it) Tj ET\n")
	for i, r := range [][2]string{{"Languages", "Java, Python"}, {"Messaging and Streaming", "Kafka, RabbitMQ"}, {"Databases", "SQL, MongoDB"}} {
		labelRow(&b, r[0], r[1], 600-12*i)
	}
	got := firstWords(t, pagesPDF("", b.String()))
	want := strings.Repeat("Side ", 6) + strings.Repeat("Main ", 9) + "Across Languages Java, Messaging Kafka, Databases SQL,"
	if got != want {
		t.Errorf("order = %s\nwant    %s", got, want)
	}
}

// Dates on the right, sharing baselines with the titles on the left, are
// a table-like layout: read row by row, no warning.
func TestPDFRightColumnDates(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 8; i++ {
		fmt.Fprintf(&b, "BT /F1 10 Tf 50 %d Td (Job title %d) Tj ET\n", 700-i*30, i)
		fmt.Fprintf(&b, "BT /F1 10 Tf 460 %d Td (Jun 201%d) Tj ET\n", 700-i*30, i)
		fmt.Fprintf(&b, "BT /F1 10 Tf 50 %d Td (A bullet about the job %d) Tj ET\n", 686-i*30, i)
	}
	doc := extractPDF(t, pagesPDF("", b.String()))
	if doc.HasWarning(MultiColumn) {
		t.Errorf("table-like layout flagged as columns")
	}
	if doc.Lines[0].Text != "Job title 0" || doc.Lines[1].Text != "Jun 2010" || doc.Lines[2].Text != "A bullet about the job 0" {
		t.Errorf("order: %q", doc.Text())
	}
	if doc.Lines[1].Y != doc.Lines[0].Y || doc.Lines[1].X != 460 {
		t.Errorf("cell position: %+v", doc.Lines[1])
	}
}

// Dates in a column of their own at the left edge, level with the titles
// they date, are a table read row by row, even when the left side also
// holds headings and a list of skills and the right side an employer
// under each title.
func TestPDFDateColumn(t *testing.T) {
	var b strings.Builder
	b.WriteString("BT /F1 12 Tf 50 720 Td (Experience) Tj ET\n")
	for i := 0; i < 4; i++ {
		y := 700 - i*40
		fmt.Fprintf(&b, "BT /F1 10 Tf 50 %d Td (Jan 201%d - Dec 201%d) Tj ET\n", y, i, i)
		fmt.Fprintf(&b, "BT /F1 10 Tf 300 %d Td (Engineer %d) Tj ET\n", y, i)
		fmt.Fprintf(&b, "BT /F1 10 Tf 300 %d Td (Company %d) Tj ET\n", y-14, i)
	}
	b.WriteString("BT /F1 12 Tf 50 520 Td (Skills) Tj ET\n")
	for k, s := range []string{"Go", "SQL", "Rust", "Python", "Java"} {
		fmt.Fprintf(&b, "BT /F1 10 Tf 50 %d Td (%s) Tj ET\n", 500-k*14, s)
	}
	doc := extractPDF(t, pagesPDF("", b.String()))
	if doc.HasWarning(MultiColumn) {
		t.Errorf("a column of dates flagged as columns")
	}
	var got []string
	for _, l := range doc.Lines[1:4] {
		got = append(got, l.Text)
	}
	if w := "Jan 2010 - Dec 2010|Engineer 0|Company 0"; strings.Join(got, "|") != w {
		t.Errorf("order %q, want %s", got, w)
	}
}

// A date set a little lower than the title beside it, its end in small
// capitals (a smaller size on the date's baseline), stays on the title's
// line and in one piece; a word of a sidebar whose baseline lies between
// two lines of the main text stays on a line of its own.
func TestPDFSmallCapsBaseline(t *testing.T) {
	page := "BT /F1 9.08 Tf 217 300 Td (Senior Developer at Acme) Tj ET\n" +
		"BT /F1 7.59 Tf 62 297.75 Td (2024-10-01) Tj ET\n" +
		"BT /F1 5.51 Tf 102 297.75 Td (TO PRESENT) Tj ET\n" +
		"BT /F1 8 Tf 217 200 Td (University of Metz) Tj ET\n" +
		"BT /F1 8 Tf 470 202 Td (2014 - 2016) Tj ET\n" +
		"BT /F1 7.5 Tf 76 198.5 Td (AWS) Tj ET\n"
	doc := extractPDF(t, pagesPDF("", page))
	var got []string
	for _, l := range doc.Lines {
		got = append(got, fmt.Sprintf("%.0f %s", l.Y, l.Text))
	}
	want := []string{"494 2024-10-01 TO PRESENT", "492 Senior Developer at Acme", "592 University of Metz", "590 2014 - 2016", "594 AWS"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("lines\n got %q\nwant %q", got, want)
	}
}

func TestPDFFurniture(t *testing.T) {
	var pages []string
	for i := 1; i <= 3; i++ {
		pages = append(pages, fmt.Sprintf("BT /F1 9 Tf 50 770 Td (Ada Lovelace - Curriculum Vitae) Tj ET BT /F1 10 Tf 50 600 Td (Body text of page %d) Tj ET BT /F1 9 Tf 290 30 Td (Page %d of 3) Tj ET", i, i))
	}
	doc := extractPDF(t, pagesPDF("", pages...))
	if doc.Pages != 3 || !doc.HasWarning(RepeatedHeaderFooter) {
		t.Errorf("pages %d warnings %v", doc.Pages, doc.Warnings)
	}
	want := "Ada Lovelace - Curriculum Vitae\nBody text of page 1\nBody text of page 2\nBody text of page 3"
	if doc.Text() != want {
		t.Errorf("Text() = %q, want %q", doc.Text(), want)
	}
	if n := strings.Count(doc.AllText(), "Curriculum Vitae"); n != 3 {
		t.Errorf("AllText keeps %d copies of the header, want 3", n)
	}
}

// Type0 fonts: widths come from /W, text from ToUnicode (with bfrange);
// without a ToUnicode map the text is flagged as garbled.
func TestPDFType0(t *testing.T) {
	cmap := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 2 beginbfchar <0003> <0020> <0010> <00660069> endbfchar 1 beginbfrange <0024> <003D> <0041> endbfrange endcmap CMapName currentdict /CMap defineresource pop end end"
	build := func(toUnicode string) []byte {
		return buildPDF([]string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F2 4 0 R >> >> /Contents 5 0 R >>",
			"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Test-Bold /Encoding /Identity-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /DW 600 /W [3 [250] 16 [550]] >>] " + toUnicode + " >>",
			// "AB" then a positioned "fiC" with no space glyph: the gap makes the space.
			stream("", "BT /F2 10 Tf 72 700 Td <00240025> Tj ET BT /F2 10 Tf 90 700 Td <00100026> Tj ET"),
			stream("", cmap),
		}, "")
	}
	doc := extractPDF(t, build("/ToUnicode 6 0 R"))
	if doc.Text() != "AB fiC" || !doc.Lines[0].Bold {
		t.Errorf("text %q bold %v", doc.Text(), doc.Lines[0].Bold)
	}
	if w := doc.Lines[0].Width; w != 29.5 {
		t.Errorf("width %v, want 29.5 (x 72 to 90, then fi 5.5 and C 6 from /W and /DW)", w)
	}
	doc = extractPDF(t, build(""))
	if !doc.HasWarning(GarbledText) {
		t.Errorf("no garbled-text warning: %v", doc.Warnings)
	}
}

func TestCorpusWarnings(t *testing.T) {
	for _, c := range []struct {
		file string
		want WarningKind
	}{
		{"rendercv/classic.pdf", PrivateUseGlyphs},
		{"rendercv/classic.pdf", RepeatedHeaderFooter},
	} {
		doc, err := File(context.Background(), corpusFile(t, c.file), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !doc.HasWarning(c.want) {
			t.Errorf("%s: no %s warning in %v", c.file, c.want, doc.Warnings)
		}
		if doc.HasWarning(MultiColumn) || doc.HasWarning(GarbledText) {
			t.Errorf("%s: unexpected warnings %v", c.file, doc.Warnings)
		}
	}
}

// Newspaper columns set with one leading share every baseline; they are
// still columns (both sides wide and full of text), unlike dates beside
// titles.
func TestPDFAlignedColumns(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 12; i++ {
		fmt.Fprintf(&b, "BT /F1 10 Tf 50 %d Td (Left column line number %02d here) Tj ET\n", 700-i*12, i)
		fmt.Fprintf(&b, "BT /F1 10 Tf 320 %d Td (Right column line number %02d here) Tj ET\n", 700-i*12, i)
	}
	doc := extractPDF(t, pagesPDF("", b.String()))
	if !doc.HasWarning(MultiColumn) {
		t.Errorf("no multi-column warning")
	}
	if !strings.HasPrefix(doc.Lines[12].Text, "Right column line number 00") {
		t.Errorf("line 12 = %q, want the right column's first line", doc.Lines[12].Text)
	}
}

// Invisible text (render mode 3) is hidden text, unless it lies over an
// image, as an OCR layer does.
func TestPDFInvisibleText(t *testing.T) {
	doc := extractPDF(t, pagesPDF("", "BT /F1 10 Tf 72 700 Td (Seen) Tj ET BT 3 Tr /F1 10 Tf 72 680 Td (kubernetes rust) Tj ET"))
	if !doc.HasWarning(HiddenText) || !strings.Contains(doc.Text(), "kubernetes rust") {
		t.Errorf("stuffing: warnings %v text %q", doc.Warnings, doc.Text())
	}
	ocr := buildPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 6 0 R >> /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
		stream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", "\x80"),
		stream("", "q 500 0 0 700 50 50 cm /Im1 Do Q BT 3 Tr /F1 10 Tf 72 680 Td (Scanned words) Tj ET"),
		helv,
	}, "")
	doc = extractPDF(t, ocr)
	if doc.HasWarning(HiddenText) || doc.Text() != "Scanned words" {
		t.Errorf("OCR layer: warnings %v text %q", doc.Warnings, doc.Text())
	}
}

func TestBadStreamLengths(t *testing.T) {
	good := []byte("1 0 obj\n<< /Length 5 >>\nstream\nhello\nendstream\nendobj\n2 0 obj\n<< /Length 3 0 R >>\nstream\nxyz\nendstream\nendobj\n")
	if n := badStreamLengths(good); n != 0 {
		t.Errorf("good streams: %d bad", n)
	}
	for name, data := range map[string]string{
		"huge":  "1 0 obj\n<< /Length 1073741824 >>\nstream\nhello\nendstream\nendobj\n",
		"short": "1 0 obj\n<< /Length 2 >>\nstream\nhello\nendstream\nendobj\n",
		"long":  "1 0 obj\n<< /Length 9 >>\nstream\nhello\nendstream\nendobj\n",
	} {
		if n := badStreamLengths([]byte(data)); n != 1 {
			t.Errorf("%s: %d bad, want 1", name, n)
		}
	}
}

// A sidebar beside a densely set main column meets its lines by chance,
// at offsets spread over the tolerance: it is a column, read on its own,
// though most of its lines sit near a main line's baseline. (Table cells
// keep one offset from the cell beside them: TestPDFRightColumnDates.)
func TestPDFSidebarBesideDenseColumn(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 16; i++ {
		fmt.Fprintf(&b, "BT /F1 11 Tf 50 %d Td (Side %d of the sidebar) Tj ET\n", 730-13*i, i)
	}
	for j := 0; j < 40; j++ {
		fmt.Fprintf(&b, "BT /F1 8 Tf 250 %d Td (Main %d of the work section, a longer line of text) Tj ET\n", 735-7*j, j)
	}
	got := firstWords(t, pagesPDF("", b.String()))
	want := strings.TrimSpace(strings.Repeat("Side ", 16) + strings.Repeat("Main ", 40))
	if got != want {
		t.Errorf("order = %s\nwant    %s", got, want)
	}
}

// TestPDFSidebarBesideDatedColumn: beside a sidebar, an experience column
// whose dates are set flush right, in the strip its short lines leave
// empty, is read whole before the sidebar. The strip between the column's
// text and the sidebar looked like the gutter, and each date cut the page
// into bands that mixed the sidebar into the entries.
func TestPDFSidebarBesideDatedColumn(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 6; i++ {
		y := 720 - 60*i
		fmt.Fprintf(&b, "BT /F1 10 Tf 50 %d Td (Title %d) Tj ET\n", y, i)
		fmt.Fprintf(&b, "BT /F1 8 Tf 300 %d Td (20%02d - 20%02d) Tj ET\n", y, 10+i, 12+i)
		fmt.Fprintf(&b, "BT /F1 9 Tf 50 %d Td (Company %d) Tj ET\n", y-12, i)
		fmt.Fprintf(&b, "BT /F1 8 Tf 50 %d Td (Body %d: what was done there, and how well) Tj ET\n", y-24, i)
	}
	for j := 0; j < 24; j++ {
		fmt.Fprintf(&b, "BT /F1 9 Tf 440 %d Td (Side %d: a skill and its level) Tj ET\n", 722-15*j, j)
	}
	got := firstWords(t, pagesPDF("", b.String()))
	var want []string
	for i := 0; i < 6; i++ {
		want = append(want, "Title", fmt.Sprintf("20%02d", 10+i), "Company", "Body")
	}
	for j := 0; j < 24; j++ {
		want = append(want, "Side")
	}
	if got != strings.Join(want, " ") {
		t.Errorf("order = %s\nwant    %s", got, strings.Join(want, " "))
	}
}

// TestPDFSidebarFlowsOverPages: a main column and a sidebar that both go
// on to a second page read as a reader reads them: the main column from
// page to page, then the sidebar. Read page by page, the second page's
// entries came after the first page's sidebar, under its last heading.
func TestPDFSidebarFlowsOverPages(t *testing.T) {
	page := func(n int, full bool) string {
		var b strings.Builder
		if full {
			b.WriteString("BT /F1 12 Tf 50 760 Td (Header across the whole page, as wide as both of the columns are together) Tj ET\n")
		}
		for i := 0; i < 12; i++ {
			fmt.Fprintf(&b, "BT /F1 9 Tf 50 %d Td (Main%d line %d of the work history, with words) Tj ET\n", 720-30*i, n, i)
		}
		for j := 0; j < 16; j++ {
			fmt.Fprintf(&b, "BT /F1 9 Tf 430 %d Td (Side%d tag %d) Tj ET\n", 722-22*j, n, j)
		}
		return b.String()
	}
	var order []string
	for _, l := range extractPDF(t, pagesPDF("", page(1, true), page(2, false))).Lines {
		if w := strings.Fields(l.Text)[0]; len(order) == 0 || order[len(order)-1] != w {
			order = append(order, w)
		}
	}
	if got, want := strings.Join(order, " "), "Header Main1 Main2 Side1 Side2"; got != want {
		t.Errorf("order = %s, want %s", got, want)
	}

	// the sidebar ends on the third page, three lines beside the main
	// column: too few to read as columns alone, cut at the run's gutter
	var last strings.Builder
	for i := 0; i < 12; i++ {
		fmt.Fprintf(&last, "BT /F1 9 Tf 50 %d Td (Main3 line %d of the work history, with words) Tj ET\n", 720-30*i, i)
	}
	for j := 0; j < 3; j++ {
		fmt.Fprintf(&last, "BT /F1 9 Tf 430 %d Td (Side3 tag %d) Tj ET\n", 722-22*j, j)
	}
	order = order[:0]
	for _, l := range extractPDF(t, pagesPDF("", page(1, true), page(2, false), last.String())).Lines {
		if w := strings.Fields(l.Text)[0]; len(order) == 0 || order[len(order)-1] != w {
			order = append(order, w)
		}
	}
	if got, want := strings.Join(order, " "), "Header Main1 Main2 Main3 Side1 Side2 Side3"; got != want {
		t.Errorf("with the sidebar's end on page 3, order = %s, want %s", got, want)
	}
}

// firstWords extracts a PDF and returns the first word of each line, in
// reading order.
func firstWords(t *testing.T, data []byte) string {
	t.Helper()
	var order []string
	for _, l := range extractPDF(t, data).Lines {
		order = append(order, strings.Fields(l.Text)[0])
	}
	return strings.Join(order, " ")
}
