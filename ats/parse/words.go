package parse

import (
	"strings"
	"unicode"
)

// titleWords are words that make a phrase a job title, in English,
// Spanish, German and French.
var titleWords = wordSet(`co-founder cofounder founder cto ceo cfo coo cio cpo vp svp evp intern internship
engineer engineers developer dev manager lead leader director scientist analyst consultant assistant
architect designer researcher specialist officer head president administrator admin coordinator
technician programmer teacher professor lecturer associate fellow trainee apprentice owner editor
writer accountant executive representative advisor adviser recruiter strategist sre devops principal
staff member postdoc postdoctoral chief supervisor operator nurse tutor instructor mentor
freelancer contractor evangelist sde swe qa tester auditor economist attorney lawyer
paralegal clerk cashier salesperson marketer scrum
ingeniero ingeniera desarrollador desarrolladora jefe jefa gerente directora analista becario becaria
consultor consultora programador programadora responsable técnico técnica coordinador coordinadora
arquitecto arquitecta investigador investigadora profesor profesora prácticas
ingenieur entwickler entwicklerin leiter leiterin berater beraterin werkstudent werkstudentin
praktikant praktikantin geschäftsführer geschäftsführerin mitarbeiter mitarbeiterin referent
referentin architekt wissenschaftler teamleiter
ingénieur ingénieure développeur développeuse chef stagiaire directeur directrice chargé chargée
chercheur chercheuse alternant alternante stage`)

// titleSuffixes catch German compounds ("Softwareentwickler").
var titleSuffixes = []string{"entwickler", "entwicklerin", "ingenieur", "ingenieurin", "leiter", "leiterin", "berater", "beraterin", "manager", "architekt", "engineer", "developer"}

// orgWords make a phrase an organisation name.
var orgWords = wordSet(`inc inc. llc ltd ltd. gmbh ag s.a. sa s.l. sl slu corp corp. corporation co. company
group labs lab technologies technology systems solutions software university universidad
universität universite université universitat institute instituto institut college school
bank agency consulting partners studio studios ventures capital foundation hospital
research ai network networks media games enterprises enterprise industries airlines trading imports foods health dynamics entertainment holdings industries international
gmbh& kg plc bv b.v. oy ab as nv n.v. srl s.r.l. spa s.p.a. sas sarl`)

// institutionWords make a phrase a school.
var institutionWords = wordSet(`university universidad universität universitat université universite
universita università institute instituto institut college colegio school escuela academy
academia akademie hochschule fachhochschule gymnasium lycée lycee école ecole polytechnic
politécnica politecnica politecnico polytechnique conservatory seminary tu eth epfl mit uc ucla
ucl kth uned upm uam ucm upc`)

// degreeWords make a phrase a degree.
var degreeWords = wordSet(`phd ph.d ph.d. doctorate doctor dphil msc m.sc m.sc. ms m.s. m.s ma m.a. mba meng m.eng
mphil bsc b.sc b.sc. bs b.s. b.s ba b.a. beng b.eng bba llb llm md jd bachelor bachelors bachelor's
master masters master's diploma diplom associate associates licenciatura licenciado grado máster
master's doctorado ingeniería ingenieria abitur magister staatsexamen licence maîtrise doctorat
dut bts hnd gcse a-levels certificate certification degree graduate undergraduate postgraduate
highschool`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// words lower-cases s and splits it into words, keeping inner dots,
// hyphens and apostrophes.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-' || r == '\'' || r == '’' || r == '&')
	})
}

func trimWord(w string) string { return strings.Trim(w, ".-'’&") }

// titleScore counts the job-title words in s.
func titleScore(s string) int {
	n := 0
	for _, w := range words(s) {
		t := trimWord(w)
		if titleWords[t] || titleWords[w] {
			n++
			continue
		}
		for _, part := range strings.Split(t, "-") {
			if part != t && titleWords[part] {
				n++
				break
			}
		}
		for _, suf := range titleSuffixes {
			if len(t) > len(suf)+2 && strings.HasSuffix(t, suf) {
				n++
				break
			}
		}
	}
	return n
}

// orgScore counts the organisation words in s, and all-caps brand words.
func orgScore(s string) int {
	n := 0
	for _, w := range words(s) {
		if orgWords[w] || orgWords[trimWord(w)] {
			n++
		}
	}
	return n
}

// instScore counts the school words in s.
func instScore(s string) int {
	n := 0
	for _, w := range words(s) {
		t := trimWord(w)
		if institutionWords[t] {
			n++
			continue
		}
		for _, suf := range []string{"universität", "hochschule", "akademie", "schule"} {
			if strings.HasSuffix(t, suf) {
				n++
				break
			}
		}
	}
	// "MIT" and friends count only in capitals
	return n
}

// degreeScore counts the degree words in s.
func degreeScore(s string) int {
	n := 0
	for _, w := range words(s) {
		if degreeWords[w] || degreeWords[trimWord(w)] {
			n++
		}
	}
	return n
}

// fieldWords name fields of study.
var fieldWords = wordSet(`engineering science sciences mathematics maths math physics chemistry biology
economics business administration management studies law medicine arts design informatics computing
finance accounting marketing psychology philosophy history literature linguistics statistics
architecture telecommunications electronics electrical mechanical civil industrial chemical
ingeniería ciencias matemáticas física química economía administración derecho medicina informática
informatik wirtschaft betriebswirtschaft maschinenbau elektrotechnik mathematik physik
ingénierie informatique mathématiques économie droit gestion`)

// fieldScore counts the field-of-study words in s.
func fieldScore(s string) int {
	n := 0
	for _, w := range words(s) {
		if fieldWords[trimWord(w)] {
			n++
		}
	}
	return n
}

// regions are country names and codes that end a "City, Region" location.
var regions = wordSet(`usa us uk u.s. u.k. spain españa espagne spanien germany deutschland alemania allemagne
france francia frankreich switzerland schweiz suisse suiza canada india china japan netherlands italy
italia portugal sweden türkiye turkey ireland australia brazil brasil mexico méxico singapore israel poland
austria österreich belgium denmark norway finland argentina chile colombia greece romania hungary korea
estonia latvia lithuania luxembourg czechia slovakia slovenia croatia serbia ukraine egypt nigeria kenya
uae emirates qatar pakistan indonesia vietnam thailand philippines malaysia peru uruguay`)

// twoWordCities are cities whose names have two words.
var twoWordCities = wordSet(`new_york san_francisco los_angeles mountain_view santa_clara san_jose san_diego palo_alto
menlo_park hong_kong tel_aviv kuala_lumpur cape_town são_paulo sao_paulo mexico_city new_delhi las_vegas
santa_monica redwood_city santa_barbara ann_arbor buenos_aires rio_grande salt_lake washington_dc
sunnyvale_ca st._louis saint_louis frankfurt_am den_haag the_hague`)

// isRegion reports whether s is a state code ("CA", "NY") or a country.
func isRegion(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) == 2 && isAllCapsShort(s) {
		return true
	}
	return regions[strings.ToLower(s)]
}

// cutCity splits "Acme Corp New York" into "Acme Corp" and "New York",
// taking a known two-word city or else the last word.
func cutCity(s string) (rest, city string) {
	f := strings.Fields(s)
	if len(f) < 2 {
		return "", ""
	}
	n := 1
	if len(f) >= 3 && twoWordCities[strings.ToLower(f[len(f)-2]+"_"+f[len(f)-1])] {
		n = 2
	}
	for _, w := range f[len(f)-n:] {
		if r, _ := utf8DecodeFirst(w); !unicode.IsUpper(r) {
			return "", ""
		}
	}
	return strings.Join(f[:len(f)-n], " "), strings.Join(f[len(f)-n:], " ")
}

// cities are well-known cities, to tell "Company, City" from "City, Region".
var cities = wordSet(`paris london berlin madrid barcelona lisbon rome milan munich hamburg frankfurt vienna zurich
zürich geneva amsterdam rotterdam brussels dublin copenhagen stockholm oslo helsinki warsaw prague budapest
athens istanbul moscow kyiv tokyo osaka seoul beijing shanghai shenzhen singapore bangalore bengaluru mumbai
delhi hyderabad pune chennai sydney melbourne auckland toronto montreal vancouver boston chicago seattle
austin denver atlanta miami dallas houston portland philadelphia pittsburgh detroit redmond cupertino
stanford oakland brooklyn manhattan valencia seville sevilla bilbao malaga málaga porto lyon marseille
toulouse bordeaux nice lille nantes cologne köln stuttgart düsseldorf leipzig dresden bern basel lausanne
edinburgh manchester cambridge oxford bristol glasgow belfast krakow wroclaw bucharest sofia tallinn riga
vilnius dubai doha cairo lagos nairobi johannesburg bogota bogotá lima santiago montevideo`)

// knownPlace reports whether s is a known city, state code or country.
func knownPlace(s string) bool {
	s = strings.TrimSpace(s)
	return cities[strings.ToLower(s)] || isRegion(s) || twoWordCities[strings.ToLower(strings.ReplaceAll(s, " ", "_"))]
}
