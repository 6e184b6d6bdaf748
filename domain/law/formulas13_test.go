package law

import "testing"

// TestGrammarVersionClauses: "tel qu'il résulte de …", "dans sa rédaction
// résultant de …" name the version of the text meant, not a place.
func TestGrammarVersionClauses(t *testing.T) {
	B := []string{"1° A ;", "2° B ;", "3° C ;", "4° Le maire agit."}
	runGrammar(t, []grammarCase{
		{name: "tel qu'il résulte du 2° du présent I: a version, not a place", before: B, text: []string{"Au 4° de l'article L. 1 du code civil, tel qu'il résulte du 2° du présent I, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{B[0], B[1], B[2], "4° Le préfet agit."}},
		{name: "dans sa rédaction résultant du 3°", before: B, text: []string{"Au 4° de l'article L. 1 du code civil, dans sa rédaction résultant du 3° du présent article, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{B[0], B[1], B[2], "4° Le préfet agit."}},
		{name: "tel qu'il résulte de l'article 3 de la présente loi", before: B, text: []string{"L'article L. 1 du code civil, tel qu'il résulte de l'article 3 de la présente loi, est complété par les mots : « seul »."}, want: []string{B[0], B[1], B[2], "4° Le maire agit seul."}},
	})
}
