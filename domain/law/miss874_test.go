package law

import (
	"errors"
	"strings"
	"testing"
)

// TestMiss874MixedTerminatorsThenAlineas: a new last item of a list of
// mixed terminators — an item ends with " ;", the one before the last
// with a period ("1° … ;", "2° … .", "3° … .") — followed by unnumbered
// alinéas is refused: read as a list of semicolons, the new item goes
// before them (they close the list) and the old last item takes " ;";
// read as one of periods, after them (they are the last item's own) and
// the old last keeps its period. The text does not say which (it went
// before them: CGI 157's 23° went after the 22°'s first alinéa, which
// took " ;", where Légifrance set it after the twelve alinéas that
// follow). "Après le 3°, il est inséré un 4°" is the same place. The
// near variants stay read: the last item ending the article (no alinéa
// after it), a list of semicolons (its closing alinéa stays last), a
// list of periods (the new item at the end).
func TestMiss874MixedTerminatorsThenAlineas(t *testing.T) {
	mixed := []string{"Sont exonérés :", "1° Le juge ;", "2° Le greffier signe.", "3° Le préfet.", "Il en est de même :", "a) Du maire ;", "b) Du notaire.", "Un décret fixe les modalités."}
	N := "\"4° Le maire veille.\""
	runGrammar(t, []grammarCase{
		{name: "completed by a 4°: refused", before: mixed,
			text: []string{"L'article L. 1 du code civil est complété par un 4° ainsi rédigé :", N}},
		{name: "a 4° after the 3°: refused", before: mixed,
			text: []string{"Après le 3° de l'article L. 1 du code civil, il est inséré un 4° ainsi rédigé :", N}},
		{name: "the last item ends the article: read", before: []string{"Sont exonérés :", "1° Le juge ;", "2° Le greffier signe.", "3° Le préfet."},
			text: []string{"L'article L. 1 du code civil est complété par un 4° ainsi rédigé :", N},
			want: []string{"Sont exonérés :", "1° Le juge ;", "2° Le greffier signe.", "3° Le préfet ;", "4° Le maire veille."}},
		{name: "semicolons: read, before the closing alinéa", before: []string{"Sont exonérés :", "1° Le juge ;", "2° Le greffier ;", "3° Le préfet.", "Un décret fixe les modalités."},
			text: []string{"L'article L. 1 du code civil est complété par un 4° ainsi rédigé :", N},
			want: []string{"Sont exonérés :", "1° Le juge ;", "2° Le greffier ;", "3° Le préfet ;", "4° Le maire veille.", "Un décret fixe les modalités."}},
		{name: "periods: read, at the end", before: []string{"Sont exonérés :", "1° Le juge signe.", "2° Le greffier signe.", "3° Le préfet.", "Un décret fixe les modalités."},
			text: []string{"L'article L. 1 du code civil est complété par un 4° ainsi rédigé :", N},
			want: []string{"Sont exonérés :", "1° Le juge signe.", "2° Le greffier signe.", "3° Le préfet.", "Un décret fixe les modalités.", "4° Le maire veille."}},
	})
	// The refusal is an applyErr that says why.
	c := Corpus{}
	ref := CodeRef{Code: "code civil", Article: ArticleKey("L1")}
	c[ref] = CodeArticle{Ref: ref, Heading: "L1", Alineas: mixed}
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{"L'article L. 1 du code civil est complété par un 4° ainsi rédigé :", N}}})
	_, errs := Apply(c, ins, ApplyOptions{})
	var ae applyErr
	if len(errs) != 1 || !errors.As(errs[0].Err, &ae) || !strings.Contains(string(ae), "mixed terminators") {
		t.Errorf("errs: got %+v, want one refusal of mixed terminators", errs)
	}
}

// TestMiss874OccurrenceMisspelt: "occurrence" misspelt "occurence" (one
// r) after a rank, a count or "chaque", outside quotations, is read as
// the word: "substituer à la deuxième occurence du mot : « A »" edits the
// second occurrence (an amendment's rank was not read: every occurrence
// was replaced — the development set's 14-transparence CL7 "à la
// deuxième occurence des mots"), a bill's "est remplacé, à la deuxième
// occurence, par" likewise (it was refused, no known form); "à chaque
// occurence" is every occurrence. Words quoted keep their spelling.
func TestMiss874OccurrenceMisspelt(t *testing.T) {
	b := []string{"Le maire publie les noms, les prénoms et les noms des témoins."}
	second := []string{"Le maire publie les noms, les prénoms et les titres des témoins."}
	runAmendments(t, []amCase{
		{"amendment: the second occurrence", b,
			"A l'alinéa 1, substituer à la deuxième occurence du mot : « noms », le mot : « titres ».", second},
		{"amendment: quoted words keep their spelling", []string{"Il vise la deuxième occurence du mot."},
			"A l'alinéa 1, substituer aux mots : « deuxième occurence » les mots : « seconde mention ».",
			[]string{"Il vise la seconde mention du mot."}},
	})
	runGrammar(t, []grammarCase{
		{name: "bill: the second occurrence", before: b,
			text: []string{"À l'article L. 1 du code civil, le mot : « noms » est remplacé, à la deuxième occurence, par le mot : « titres »."},
			want: second},
		{name: "bill: each occurrence", before: b,
			text: []string{"À l'article L. 1 du code civil, le mot : « noms » est remplacé, à chaque occurence, par le mot : « titres »."},
			want: []string{"Le maire publie les titres, les prénoms et les titres des témoins."}},
	})
}
