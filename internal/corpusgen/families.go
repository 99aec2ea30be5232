package main

// families is every renderer family, in the order they are rendered:
// the JSON Resume themes first, then our own templates.
func families() []*family {
	var out []*family
	out = append(out, themeFamilies()...)
	out = append(out, latexFamilies()...)
	out = append(out, pandocFamilies()...)
	out = append(out, pydocxFamilies()...)
	out = append(out, loFamilies()...)
	return out
}
