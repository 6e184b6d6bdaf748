package web

import "strings"

// codeName shows a code's canonical key (law.CodeKey: lower case, no
// accents, no apostrophes — "code de l education") as people write it
// ("Code de l'éducation"). Words the table does not know are left as they
// are: a missing accent, never a wrong word.
func codeName(key string) string {
	w := strings.Fields(key)
	for i, x := range w {
		if a, ok := accented[x]; ok {
			w[i] = a
		}
	}
	s := strings.Join(w, " ")
	for _, e := range []string{"l ", "d "} {
		s = strings.ReplaceAll(s, " "+e, " "+e[:1]+"'")
	}
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

var accented = map[string]string{
	"propriete": "propriété", "education": "éducation", "cinematographique": "cinématographique",
	"securite": "sécurité", "penal": "pénal", "procedure": "procédure", "electoral": "électoral",
	"general": "général", "collectivites": "collectivités", "sante": "santé", "publique": "publique",
	"interieure": "intérieure", "energie": "énergie", "defense": "défense", "entree": "entrée",
	"sejour": "séjour", "etrangers": "étrangers", "communications": "communications", "electroniques": "électroniques",
	"postes": "postes", "impots": "impôts", "commerce": "commerce", "monetaire": "monétaire", "financier": "financier",
	"assurances": "assurances", "sociale": "sociale", "ressources": "ressources",
}
