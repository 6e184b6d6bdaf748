package law

import "testing"

// The bill articles of the amendments development set (article_avant,
// article_apres: each a bill article, itself a text of instructions) hold
// forms of the language the laws' texts do not; these tests are built
// from short phrases of those forms.

// TestBillArts96HeadingNamesTheCode: an instruction editing a division's
// heading names the code of the instructions after it, "du même code",
// "du même titre": "I. – L'intitulé du titre Ier du livre VII du code
// civil est ainsi rédigé : « … »" then "II. – Le chapitre III du même
// titre Ier est ainsi modifié :" (its articles were "of an unknown
// code").
func TestBillArts96HeadingNamesTheCode(t *testing.T) {
	A := []string{"Le juge signe le bail.", "Le maire date le bail."}
	W := []string{"Le préfet signe le bail.", "Le maire date le bail."}
	op := "le mot « juge » est remplacé par le mot « préfet »."
	runGrammar(t, []grammarCase{
		{name: "du même titre", before: A, text: []string{"I. – L'intitulé du titre Ier du livre VII du code civil est ainsi rédigé : « Du préfet ».", "II. – Le chapitre III du même titre Ier est ainsi modifié :", "1° À l'article L. 1, " + op}, want: W},
		{name: "du même code", before: A, text: []string{"I. – L'intitulé du titre Ier du livre VII du code civil est ainsi rédigé : « Du préfet ».", "II. – À l'article L. 1 du même code, " + op}, want: W},
		{name: "heading's words", before: A, text: []string{"I. – Dans l'intitulé du chapitre II du titre Ier du code civil, le mot « juge » est remplacé par le mot « préfet ».", "II. – À l'article L. 1 du même code, " + op}, want: W},
	})
}

// TestBillArts96Renumbered: "deviennent, respectivement, les 2° et 3°"
// (respectivement between commas, "sont remplacés, respectivement, par"
// too) and "Les 3° à 4° sont renumérotés de 2° à 3°" are relabellings
// (they were not understood).
func TestBillArts96Renumbered(t *testing.T) {
	L := []string{"Le juge :", "1° A ;", "3° B ;", "4° C."}
	W := []string{"Le juge :", "1° A ;", "2° B ;", "3° C."}
	C := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "deviennent, respectivement,", before: L, text: []string{C, "1° Les 3° et 4° deviennent, respectivement, les 2° et 3° ;"}, want: W},
		{name: "renumérotés de … à …", before: L, text: []string{C, "1° Les 3° à 4° sont renumérotés de 2° à 3° ;"}, want: W},
		{name: "sont remplacés, respectivement, par", before: []string{"Le juge et le maire signent."}, text: []string{"Au premier alinéa de l'article L. 1 du code civil, les mots « juge » et « maire » sont remplacés, respectivement, par les mots « préfet » et « greffier »."},
			want: []string{"Le préfet et le greffier signent."}},
	})
}

// TestBillArts96ThusReplacedByDispositions: "Le 2° est ainsi remplacé par
// les dispositions suivantes :" is "est remplacé par les dispositions
// suivantes :", a rewrite (it was not understood).
func TestBillArts96ThusReplacedByDispositions(t *testing.T) {
	L := []string{"Le juge :", "1° A ;", "2° B."}
	runGrammar(t, []grammarCase{
		{name: "ainsi remplacé", before: L, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le 2° est ainsi remplacé par les dispositions suivantes :", "« 2° C. »"}, want: []string{"Le juge :", "1° A ;", "2° C."}},
	})
}

// TestBillArts96PartsWithCapitals: a list of parts labelled with capitals
// after their roman, "I B, I C et I. – (Supprimé)", "II bis A et II ter. –
// (Non modifiés)", is a status, as "I A. – (Supprimé)" was (it was an
// instruction not understood).
func TestBillArts96PartsWithCapitals(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"I B, I C et I. – (Supprimé)", "deleted"},
		{"II bis A et II ter. – (Non modifiés)", "unchanged"},
		{"I A. – (Supprimé)", "deleted"},
		{"II et III. – (Supprimés)", "deleted"},
	} {
		level, body := enumeration(c.line)
		if got := statusOf(body, level >= 0); got != c.want {
			t.Errorf("%q: status %q, want %q", c.line, got, c.want)
		}
	}
}
