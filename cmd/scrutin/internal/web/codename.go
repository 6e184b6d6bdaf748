package web

import (
	"regexp"
	"strings"

	"github.com/scrutin/scrutin/projections"
)

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

// textKey reads the key law.CodeKey gives a law, an ordonnance or a
// décret by its number ("loi 2004 575", "ordonnance n 2000 1").
var textKey = regexp.MustCompile(`^(loi|ordonnance n|decret n) (\d+) (\d+)$`)

// articleKey reads law.ArticleKey's key of a code article: its letters
// (L., R., D., L.O., A.) glued to its number ("l331-5", "lo12").
var articleKey = regexp.MustCompile(`^(lo|l|r|d|a)?(\d.*)$`)

// textName shows a text's key as people write it: "loi 2004 575" → "loi
// n° 2004-575", a code by codeName.
func textName(key string) string {
	m := textKey.FindStringSubmatch(key)
	if m == nil {
		return codeName(key)
	}
	kind := map[string]string{"loi": "loi", "ordonnance n": "ordonnance", "decret n": "décret"}[m[1]]
	return kind + " n° " + m[2] + "-" + m[3]
}

// articleName shows an article named by its canonical keys as the
// consolidated codes head it (Légifrance, and this site's law comparison,
// whose headings come from them): "Article L331-5 (Code de la propriété
// intellectuelle)", "Article LO12",
// "Article 1er (loi n° 2004-575)", "Article 39 bis A (Code général des
// impôts)"; a whole text ("" article) by its name alone.
func articleName(l string, n projections.ArticleName) string {
	text := textName(n.Code)
	if n.Article == "" {
		return strings.ToUpper(text[:1]) + text[1:]
	}
	num := n.Article
	if m := articleKey.FindStringSubmatch(num); m != nil {
		prefix := map[string]string{"lo": "LO", "l": "L", "r": "R", "d": "D", "a": "A"}[m[1]]
		w := numberCapitals(strings.Fields(m[2]))
		if prefix == "" && w[0] == "1" {
			w[0] = "1er"
		}
		num = prefix + strings.Join(w, " ")
	}
	return tr(l, "bill.article") + " " + num + " (" + text + ")"
}

// numberCapitals writes the letters of an article's number in capitals, as
// the law does, whatever case the source gave: the words after the first
// made of one or two letters ("39 bis a" → "39 bis A", "1er aa" → "1er
// AA"), never a Latin adverb (bis, ter, quater …). The one rule for a
// bill's articles and the codes'.
func numberCapitals(w []string) []string {
	for i := 1; i < len(w); i++ {
		if len(w[i]) <= 2 && strings.Trim(w[i], "abcdefghijklmnopqrstuvwxyz") == "" {
			w[i] = strings.ToUpper(w[i])
		}
	}
	return w
}
