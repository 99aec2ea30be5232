package xlsx

import "github.com/resumekit/resumekit/export/style"

// words are the sheet names and column headers of one language.
type words struct {
	// sheet names
	Profile, Experience, Education, Skills, Projects, Volunteer, Awards,
	Certificates, Publications, Languages, Interests, References string

	// Profile sheet
	Field, Value, Name, Headline, Email, Phone, Website, Location, Summary string

	// column headers
	Company, Position, Start, End, Duration, Highlights, CompanyURL,
	CompanyDescription, CompanySummary, Institution, Area, StudyType, Score,
	Courses, URL, Group, Level, Keywords, Description, Roles, Entity, Type,
	Organization, Title, Date, Awarder, Issuer, Publisher, ReleaseDate,
	Language, Fluency, Reference string
}

var wordSets = map[string]words{
	"en": {
		Profile: "Profile", Experience: "Experience", Education: "Education", Skills: "Skills",
		Projects: "Projects", Volunteer: "Volunteer", Awards: "Awards", Certificates: "Certificates",
		Publications: "Publications", Languages: "Languages", Interests: "Interests", References: "References",
		Field: "Field", Value: "Value", Name: "Name", Headline: "Headline", Email: "Email", Phone: "Phone",
		Website: "Website", Location: "Location", Summary: "Summary",
		Company: "Company", Position: "Position", Start: "Start", End: "End", Duration: "Duration",
		Highlights: "Highlights", CompanyURL: "Company URL", CompanyDescription: "Company Description",
		CompanySummary: "Company Summary", Institution: "Institution", Area: "Area", StudyType: "Study Type",
		Score: "Score", Courses: "Courses", URL: "URL", Group: "Group", Level: "Level", Keywords: "Keywords",
		Description: "Description", Roles: "Roles", Entity: "Entity", Type: "Type",
		Organization: "Organization", Title: "Title", Date: "Date", Awarder: "Awarder", Issuer: "Issuer",
		Publisher: "Publisher", ReleaseDate: "Release Date", Language: "Language", Fluency: "Fluency",
		Reference: "Reference",
	},
	"es": {
		Profile: "Perfil", Experience: "Experiencia", Education: "Educación", Skills: "Habilidades",
		Projects: "Proyectos", Volunteer: "Voluntariado", Awards: "Premios", Certificates: "Certificaciones",
		Publications: "Publicaciones", Languages: "Idiomas", Interests: "Intereses", References: "Referencias",
		Field: "Campo", Value: "Valor", Name: "Nombre", Headline: "Titular", Email: "Correo", Phone: "Teléfono",
		Website: "Sitio web", Location: "Ubicación", Summary: "Resumen",
		Company: "Empresa", Position: "Puesto", Start: "Inicio", End: "Fin", Duration: "Duración",
		Highlights: "Logros", CompanyURL: "URL de la empresa", CompanyDescription: "Descripción de la empresa",
		CompanySummary: "Resumen en la empresa", Institution: "Institución", Area: "Área", StudyType: "Titulación",
		Score: "Nota", Courses: "Cursos", URL: "URL", Group: "Grupo", Level: "Nivel", Keywords: "Palabras clave",
		Description: "Descripción", Roles: "Funciones", Entity: "Entidad", Type: "Tipo",
		Organization: "Organización", Title: "Título", Date: "Fecha", Awarder: "Otorgado por", Issuer: "Emisor",
		Publisher: "Editorial", ReleaseDate: "Fecha de publicación", Language: "Idioma", Fluency: "Nivel",
		Reference: "Referencia",
	},
	"de": {
		Profile: "Profil", Experience: "Berufserfahrung", Education: "Ausbildung", Skills: "Kenntnisse",
		Projects: "Projekte", Volunteer: "Ehrenamt", Awards: "Auszeichnungen", Certificates: "Zertifikate",
		Publications: "Publikationen", Languages: "Sprachen", Interests: "Interessen", References: "Referenzen",
		Field: "Feld", Value: "Wert", Name: "Name", Headline: "Titel", Email: "E-Mail", Phone: "Telefon",
		Website: "Webseite", Location: "Ort", Summary: "Zusammenfassung",
		Company: "Unternehmen", Position: "Position", Start: "Beginn", End: "Ende", Duration: "Dauer",
		Highlights: "Erfolge", CompanyURL: "Webseite des Unternehmens", CompanyDescription: "Über das Unternehmen",
		CompanySummary: "Zusammenfassung (Unternehmen)", Institution: "Einrichtung", Area: "Fachrichtung", StudyType: "Abschluss",
		Score: "Note", Courses: "Kurse", URL: "URL", Group: "Gruppe", Level: "Niveau", Keywords: "Stichwörter",
		Description: "Beschreibung", Roles: "Rollen", Entity: "Organisation", Type: "Art",
		Organization: "Organisation", Title: "Titel", Date: "Datum", Awarder: "Verliehen von", Issuer: "Aussteller",
		Publisher: "Verlag", ReleaseDate: "Erscheinungsdatum", Language: "Sprache", Fluency: "Niveau",
		Reference: "Referenz",
	},
	"fr": {
		Profile: "Profil", Experience: "Expérience", Education: "Formation", Skills: "Compétences",
		Projects: "Projets", Volunteer: "Bénévolat", Awards: "Distinctions", Certificates: "Certifications",
		Publications: "Publications", Languages: "Langues", Interests: "Centres d'intérêt", References: "Références",
		Field: "Champ", Value: "Valeur", Name: "Nom", Headline: "Titre", Email: "E-mail", Phone: "Téléphone",
		Website: "Site web", Location: "Lieu", Summary: "Résumé",
		Company: "Entreprise", Position: "Poste", Start: "Début", End: "Fin", Duration: "Durée",
		Highlights: "Réalisations", CompanyURL: "Site de l'entreprise", CompanyDescription: "À propos de l'entreprise",
		CompanySummary: "Résumé (entreprise)", Institution: "Établissement", Area: "Domaine", StudyType: "Diplôme",
		Score: "Note", Courses: "Cours", URL: "URL", Group: "Groupe", Level: "Niveau", Keywords: "Mots-clés",
		Description: "Description", Roles: "Rôles", Entity: "Organisme", Type: "Type",
		Organization: "Organisation", Title: "Titre", Date: "Date", Awarder: "Décerné par", Issuer: "Émetteur",
		Publisher: "Éditeur", ReleaseDate: "Date de parution", Language: "Langue", Fluency: "Niveau",
		Reference: "Référence",
	},
}

// wordsFor picks the words of o's language (English when unknown). When
// the caller set their own Labels, the section sheets take their names from
// those labels.
func wordsFor(o style.Options) words {
	w, ok := wordSets[o.Language]
	if !ok {
		w = wordSets["en"]
	}
	if l := o.Labels; l != nil {
		for _, p := range []struct {
			dst *string
			src string
		}{
			{&w.Experience, l.Work}, {&w.Education, l.Education}, {&w.Skills, l.Skills},
			{&w.Projects, l.Projects}, {&w.Volunteer, l.Volunteer}, {&w.Awards, l.Awards},
			{&w.Certificates, l.Certificates}, {&w.Publications, l.Publications},
			{&w.Languages, l.Languages}, {&w.Interests, l.Interests}, {&w.References, l.References},
		} {
			if p.src != "" {
				*p.dst = p.src
			}
		}
	}
	return w
}
