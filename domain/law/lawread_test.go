package law

import "testing"

// The rules of the law-read pass: a bill's instructions inside one code
// article that the engine refused although the language is clear, each
// on a short phrase.

// TestReadLawOccurrencesSaid: occurrences said between commas around the
// verb or at the end of the locator. A count ("aux deux occurrences", "à
// ses deux occurrences") is read as "deux fois": every occurrence,
// refused unless the article holds that many. Ranks ("aux deuxième et
// troisième occurrences", "À l'article L. 1, à la deuxième occurrence, le
// mot …") are those occurrences. They were refused (no known form; an
// occurrence named in the locator).
func TestReadLawOccurrencesSaid(t *testing.T) {
	h := "À l'article L. 1 du code civil, "
	two := []string{"Le maire et le maire."}
	three := []string{"Le maire et le maire et le maire."}
	runGrammar(t, []grammarCase{
		{name: "aux deux occurrences", before: two,
			text: []string{h + "le mot : « maire » est remplacé, aux deux occurrences, par le mot : « préfet »."},
			want: []string{"Le préfet et le préfet."}},
		{name: "à ses deux occurrences", before: two,
			text: []string{h + "le mot : « maire » est remplacé, à ses deux occurrences, par le mot : « préfet »."},
			want: []string{"Le préfet et le préfet."}},
		{name: "count before the verb, deleted", before: []string{"Le maire bien et bien."},
			text: []string{h + "le mot : « bien », aux deux occurrences, est supprimé."},
			want: []string{"Le maire et."}},
		{name: "two said, three held: refused", before: three,
			text: []string{h + "le mot : « maire » est remplacé, aux deux occurrences, par le mot : « préfet »."}},
		{name: "two said and a count before: refused", before: two,
			text: []string{h + "le mot : « maire », trois fois, est remplacé, aux deux occurrences, par le mot : « préfet »."}},
		{name: "aux deuxième et troisième occurrences", before: three,
			text: []string{h + "le mot : « maire » est remplacé, aux deuxième et troisième occurrences, par le mot : « préfet »."},
			want: []string{"Le maire et le préfet et le préfet."}},
		{name: "rank in the locator", before: three,
			text: []string{h + "à la deuxième occurrence, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: []string{"Le maire et le préfet et le maire."}},
		{name: "ranks in the locator", before: three,
			text: []string{h + "aux première et troisième occurrences, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: []string{"Le préfet et le maire et le préfet."}},
		{name: "rank in the locator, a fourth of three: refused", before: three,
			text: []string{h + "à la quatrième occurrence, le mot : « maire » est remplacé par le mot : « préfet »."}},
		{name: "rank in the locator, before an alinéa: still refused", before: three,
			text: []string{h + "à la deuxième occurrence, au premier alinéa, le mot : « maire » est remplacé par le mot : « préfet »."}},
	})
}

// TestReadLawSameAlineasSubject: "Les mêmes alinéas sont complétés par
// …" names, as "Aux mêmes alinéas", the alinéas the instruction before
// named, several, whole, in its article (it was refused: an alinéa
// designation not read); after one alinéa it still is.
func TestReadLawSameAlineasSubject(t *testing.T) {
	before := []string{"Le maire signe.", "Le juge part.", "Le greffier part."}
	head := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "les mêmes alinéas sont complétés", before: before,
			text: []string{head, "1° Aux deuxième et troisième alinéas, le mot : « part » est remplacé par le mot : « vient » ;", "2° Les mêmes alinéas sont complétés par les mots : « ici »."},
			want: []string{"Le maire signe.", "Le juge vient ici.", "Le greffier vient ici."}},
		{name: "les mêmes alinéas sont supprimés", before: before,
			text: []string{head, "1° Aux deuxième et troisième alinéas, le mot : « part » est remplacé par le mot : « vient » ;", "2° Les mêmes alinéas sont supprimés."},
			want: []string{"Le maire signe."}},
	})
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{head, "1° Au deuxième alinéa, le mot : « part » est remplacé par le mot : « vient » ;", "2° Les mêmes alinéas sont complétés par les mots : « ici »."}}})
	if len(ins) != 3 || ins[2].Status != Unparsed {
		t.Fatalf("les mêmes alinéas after one alinéa: want refused, got %+v", ins)
	}
}

// TestReadLawUpToIncluded: "le début … jusqu'au mot : « A » inclus" says
// A is part of what is rewritten or deleted, as the engine reads "jusqu'au
// mot" without it; "… est remplacé par les mots : « B »" is "est ainsi
// rédigé : « B »" (they were refused). "exclu" is still refused.
func TestReadLawUpToIncluded(t *testing.T) {
	before := []string{"Le maire signe.", "Le juge part vite.", "Le greffier reste."}
	h := "Au deuxième alinéa de l'article L. 1 du code civil, le début de la première phrase jusqu'au mot : « part »"
	got := func(s string) []string { return []string{"Le maire signe.", s, "Le greffier reste."} }
	runGrammar(t, []grammarCase{
		{name: "inclus, deleted", before: before, text: []string{h + " inclus est supprimé."}, want: got("Vite.")},
		{name: "between commas", before: before, text: []string{h + ", inclus, est ainsi rédigé : « Il court »."}, want: got("Il court vite.")},
		{name: "inclus, replaced", before: before, text: []string{h + " inclus est remplacé par les mots : « Il court »."}, want: got("Il court vite.")},
		{name: "replaced", before: before, text: []string{h + " est remplacé par les mots : « Il court »."}, want: got("Il court vite.")},
		{name: "exclu: refused", before: before, text: []string{h + " exclu est supprimé."}},
	})
}

// TestReadLawPrecededAlinea: "le troisième alinéa est précédé d'une
// phrase ainsi rédigée : « B »" puts B at the start of that alinéa; "…
// d'un alinéa ainsi rédigé : « B »" inserts the alinéa B before it —
// refused where a label opens a first alinéa, as "Avant le premier
// alinéa du II" is. They were refused.
func TestReadLawPrecededAlinea(t *testing.T) {
	before := []string{"Le maire signe.", "Le juge part.", "Le greffier reste."}
	h := "À l'article L. 1 du code civil, "
	labelled := []string{"I. – Le maire signe.", "Le juge part.", "II. – Le greffier reste."}
	runGrammar(t, []grammarCase{
		{name: "précédé d'une phrase", before: before,
			text: []string{h + "le deuxième alinéa est précédé d'une phrase ainsi rédigée : « Il pleut. »"},
			want: []string{"Le maire signe.", "Il pleut. Le juge part.", "Le greffier reste."}},
		{name: "précédé d'un alinéa", before: before,
			text: []string{h + "le troisième alinéa est précédé d'un alinéa ainsi rédigé : « Il pleut. »"},
			want: []string{"Le maire signe.", "Le juge part.", "Il pleut.", "Le greffier reste."}},
		{name: "the subject first", before: before,
			text: []string{"Le deuxième alinéa de l'article L. 1 du code civil est précédé d'un alinéa ainsi rédigé :", "« Il pleut. »"},
			want: []string{"Le maire signe.", "Il pleut.", "Le juge part.", "Le greffier reste."}},
		{name: "second alinéa of the I", before: labelled,
			text: []string{h + "le deuxième alinéa du I est précédé d'un alinéa ainsi rédigé : « Il pleut. »"},
			want: []string{"I. – Le maire signe.", "Il pleut.", "Le juge part.", "II. – Le greffier reste."}},
		{name: "a sentence before a labelled first alinéa: after its label", before: labelled,
			text: []string{h + "le premier alinéa du II est précédé d'une phrase ainsi rédigée : « Il pleut. »"},
			want: []string{"I. – Le maire signe.", "Le juge part.", "II. – Il pleut. Le greffier reste."}},
		{name: "labelled first alinéa of the II: refused", before: labelled,
			text: []string{h + "le premier alinéa du II est précédé d'un alinéa ainsi rédigé : « Il pleut. »"}},
	})
}
