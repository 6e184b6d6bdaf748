package law

import "testing"

// The rules of the law-probe pass: a bill's instructions probed by hand
// inside one code article, each on a short phrase.

// TestProbeLawDesignationWithCapitals: quoted words that end as a
// designation are not found inside a longer one — a capital or two
// after a number or a roman ("l'article L. 1 A", "article 1er A", "le I
// A", "le 1° A", "l'article 302 bis ZA"), a Latin adverb after an
// ordinal or an item's letter ("l'article 1er bis", "le titre Ier bis",
// "le a bis"): « L. 1 » replaced in "L. 1 A" gave "L. 3 A", another
// article. A bare number keeps its unit ("12 MW"), and the article
// named alone beside the longer one is still found.
func TestProbeLawDesignationWithCapitals(t *testing.T) {
	one := func(old, new string) []string {
		return []string{"À l'article L. 1 du code civil, la référence : « " + old + " » est remplacée par la référence : « " + new + " »."}
	}
	runGrammar(t, []grammarCase{
		{name: "L. 1 A is another article", before: []string{"Il applique l'article L. 1 A."}, text: one("L. 1", "L. 3")},
		{name: "L. 1 A beside L. 1: the L. 1 alone",
			before: []string{"Il applique l'article L. 1 A et l'article L. 1."}, text: one("L. 1", "L. 3"),
			want: []string{"Il applique l'article L. 1 A et l'article L. 3."}},
		{name: "L. 331-1 A", before: []string{"Il applique l'article L. 331-1 A."}, text: one("L. 331-1", "L. 3")},
		{name: "article 1er A",
			before: []string{"Il applique l'article 1er A de la loi et l'article 1er."},
			text:   []string{"À l'article L. 1 du code civil, les mots : « article 1er » sont remplacés par les mots : « article 2 »."},
			want:   []string{"Il applique l'article 1er A de la loi et l'article 2."}},
		{name: "1er bis", before: []string{"Il applique l'article 1er bis de la loi."}, text: one("1er", "2")},
		{name: "titre Ier bis", before: []string{"Il applique le titre Ier bis du livre."}, text: one("titre Ier", "titre II")},
		{name: "I A", before: []string{"Il applique le I A de l'article."}, text: one("I", "II")},
		{name: "1° A", before: []string{"Il applique le 1° A de l'article."}, text: one("1°", "2°")},
		{name: "a bis", before: []string{"Il applique le a bis du 1°."}, text: one("a", "b")},
		{name: "302 bis ZA", before: []string{"Il applique l'article 302 bis ZA du code."}, text: one("302 bis", "303")},
		{name: "a number's unit in capitals",
			before: []string{"La puissance est de 12 MW."},
			text:   []string{"À l'article L. 1 du code civil, le nombre : « 12 » est remplacé par le nombre : « 15 »."},
			want:   []string{"La puissance est de 15 MW."}},
		{name: "the verb a",
			before: []string{"Le maire a bien signé."},
			text:   []string{"À l'article L. 1 du code civil, le mot : « a » est remplacé par le mot : « avait »."},
			want:   []string{"Le maire avait bien signé."}},
		{name: "septies alone, a word of the text",
			before: []string{"L'article 302 septies A ne leur est pas applicable."},
			text:   []string{"À l'article L. 1 du code civil, le mot : « septies » est remplacé par le mot : « octies »."},
			want:   []string{"L'article 302 octies A ne leur est pas applicable."}},
	})
}

// TestProbeLawDuditItem: "dudit 2°", "audit 2°", "ledit 2°" name the
// item the instruction before named, as "du même 2°" does (they were
// refused: an item designation not read).
func TestProbeLawDuditItem(t *testing.T) {
	before := []string{"Le maire peut :", "1° Signer le maire ;", "2° Viser le maire :", "a) Pour le maire ;", "b) Pour le juge."}
	head := "L'article L. 1 du code civil est ainsi modifié :"
	first := "1° Au 2°, le mot : « Viser » est remplacé par le mot : « Voir » ;"
	runGrammar(t, []grammarCase{
		{name: "au a dudit 2°", before: before,
			text: []string{head, first, "2° Au a dudit 2°, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: []string{"Le maire peut :", "1° Signer le maire ;", "2° Voir le maire :", "a) Pour le préfet ;", "b) Pour le juge."}},
		{name: "audit 2°", before: before,
			text: []string{head, first, "2° Audit 2°, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: []string{"Le maire peut :", "1° Signer le maire ;", "2° Voir le préfet :", "a) Pour le préfet ;", "b) Pour le juge."}},
		{name: "ledit 2°", before: before,
			text: []string{head, first, "2° Ledit 2° est complété par les mots : « et dater »."},
			want: []string{"Le maire peut :", "1° Signer le maire ;", "2° Voir le maire :", "a) Pour le maire ;", "b) Pour le juge et dater."}},
	})
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{head, first, "2° Au a dudit 1°, le mot : « maire » est remplacé par le mot : « préfet »."}}})
	if len(ins) != 3 || ins[2].Status != Unparsed {
		t.Fatalf("dudit 1° with no 1° before: want refused, got %+v", ins)
	}
}

// TestProbeLawAnnouncedLabelMissing: an item or a part announced by its
// label whose new text opens with no label ("il est inséré un 2° bis
// ainsi rédigé : « Partir ; »", "Le 3° est ainsi rédigé : « Voir. »", "Il
// est ajouté un III ainsi rédigé : « Le juge part. »") is refused: the
// text went in as an alinéa of no label, the 2° bis (the 3°) not there.
// Replaced by an alinéa ("Le 3° est remplacé par un alinéa ainsi rédigé")
// the item may become one of no label; a text under its label is read.
func TestProbeLawAnnouncedLabelMissing(t *testing.T) {
	before := []string{"I. – Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater.", "II. – Le maire signe."}
	at := func(s string) []string { return []string{"À l'article L. 1 du code civil, " + s} }
	runGrammar(t, []grammarCase{
		{name: "un 2° bis with no label", before: before, text: at("après le 2° du I, il est inséré un 2° bis ainsi rédigé : « Partir ; »")},
		{name: "un 4° with no label", before: before, text: at("le I est complété par un 4° ainsi rédigé : « Partir. »")},
		{name: "un III with no label", before: before, text: at("il est ajouté un III ainsi rédigé : « Le juge part. »")},
		{name: "le 3° rewritten with no label", before: before, text: append(at("le 3° du I est ainsi rédigé :"), "« Voir. »")},
		{name: "le II rewritten with no label", before: before, text: at("le II est ainsi rédigé : « Le juge part. »")},
		{name: "le 3° replaced by an alinéa of no label", before: before,
			text: at("le 3° du I est remplacé par un alinéa ainsi rédigé : « Partir. »"),
			want: []string{"I. – Le maire peut :", "1° Signer ;", "2° Viser ;", "Partir.", "II. – Le maire signe."}},
		{name: "un 2° bis under its label", before: before,
			text: at("après le 2° du I, il est inséré un 2° bis ainsi rédigé : « 2° bis Partir ; »"),
			want: []string{"I. – Le maire peut :", "1° Signer ;", "2° Viser ;", "2° bis Partir ;", "3° Dater.", "II. – Le maire signe."}},
		{name: "le II under its label", before: before,
			text: at("le II est ainsi rédigé : « II. – Le juge part. »"),
			want: []string{"I. – Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater.", "II. – Le juge part."}},
	})
}

// TestProbeLawSameItemWholeLabel: "au même a bis", "le même I bis", "au
// même 1° A" name the item of that whole label the instruction before
// named: after "Au a du I", "Au même a bis" edited the a (its "bis"
// dropped), "au même 1° A" the 1°; now refused when the instruction
// before named another, read when it named that one (they were refused).
func TestProbeLawSameItemWholeLabel(t *testing.T) {
	before := []string{"I. – Le maire peut :", "1° A Le maire date ;", "1° Pour le maire ;", "a) Pour le maire ;", "a bis) Pour le maire ;", "b) Pour le juge.", "I bis. – Le maire signe."}
	head := "L'article L. 1 du code civil est ainsi modifié :"
	with := func(i int, s string) []string {
		out := append([]string(nil), before...)
		out[i] = s
		return out
	}
	runGrammar(t, []grammarCase{
		{name: "au même a bis after the a bis", before: before,
			text: []string{head, "1° Au a bis du 1° du I, le mot : « Pour » est remplacé par le mot : « Par » ;", "2° Au même a bis, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: with(4, "a bis) Par le préfet ;")},
		{name: "le même I bis", before: before,
			text: []string{head, "1° Au I bis, le mot : « signe » est remplacé par le mot : « date » ;", "2° Le même I bis est complété par les mots : « et vise »."},
			want: with(6, "I bis. – Le maire date et vise.")},
		{name: "au même 1° A after the 1° A", before: before,
			text: []string{head, "1° Au 1° A du I, le mot : « date » est remplacé par le mot : « vise » ;", "2° Au même 1° A, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: with(1, "1° A Le préfet vise ;")},
		{name: "au même 1° after the 1°", before: before,
			text: []string{head, "1° Au 1° du I, le mot : « Pour » est remplacé par le mot : « Par » ;", "2° Au même 1°, le mot : « juge » est remplacé par le mot : « préfet »."},
			want: []string{"I. – Le maire peut :", "1° A Le maire date ;", "1° Par le maire ;", "a) Par le maire ;", "a bis) Par le maire ;", "b) Par le préfet.", "I bis. – Le maire signe."}},
	})
	for _, tc := range []struct{ name, first, second string }{
		{"au même a bis after the a", "1° Au a du 1° du I, le mot : « Pour » est remplacé par le mot : « Par » ;", "2° Au même a bis, le mot : « maire » est remplacé par le mot : « préfet »."},
		{"au même 1° A after the 1°", "1° Au 1° du I, le mot : « Pour » est remplacé par le mot : « Par » ;", "2° Au même 1° A, le mot : « maire » est remplacé par le mot : « préfet »."},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{head, tc.first, tc.second}}})
		if len(ins) != 3 || ins[1].Status != Parsed || ins[2].Status != Unparsed {
			t.Errorf("%s: want the second refused, got %+v", tc.name, ins)
		}
	}
}

// TestProbeLawAlineaBeforeALabelledFirst: "Avant le premier alinéa du
// II, il est inséré un alinéa" where the II's label opens that alinéa is
// refused, as "Au début du II, il est ajouté un alinéa" is: before the
// label the new alinéa was the I's last, after it the label would move.
// Before the second alinéa, or an item announced by its label, read.
func TestProbeLawAlineaBeforeALabelledFirst(t *testing.T) {
	before := []string{"I. – Le maire peut :", "1° Signer ;", "2° Viser.", "Le juge date.", "II. – Le maire vise."}
	at := func(s string) []string { return []string{"À l'article L. 1 du code civil, " + s} }
	runGrammar(t, []grammarCase{
		{name: "before the II's first alinéa", before: before, text: at("avant le premier alinéa du II, il est inséré un alinéa ainsi rédigé : « Le maire note. »")},
		{name: "before the 2°'s first alinéa", before: before, text: at("avant le premier alinéa du 2° du I, il est inséré un alinéa ainsi rédigé : « Le maire note. »")},
		{name: "before the I's second alinéa", before: before,
			text: at("avant le deuxième alinéa du I, il est inséré un alinéa ainsi rédigé : « Le maire note : »"),
			want: []string{"I. – Le maire peut :", "Le maire note :", "1° Signer ;", "2° Viser.", "Le juge date.", "II. – Le maire vise."}},
		{name: "an I bis before the II", before: before,
			text: at("avant le II, il est inséré un I bis ainsi rédigé : « I bis. – Le maire note. »"),
			want: []string{"I. – Le maire peut :", "1° Signer ;", "2° Viser.", "Le juge date.", "I bis. – Le maire note.", "II. – Le maire vise."}},
	})
}

// TestProbeLawOneInsertionAfterEach: "après les mots : « A » et « B »,
// sont insérés les mots : « C »" inserts C after each, as "les mots : « A
// » et « B » sont remplacés par le mot : « C »" replaces each (it was
// refused, read as "respectivement" with one new text). Several new
// texts with no "respectivement" stay refused; another operation after
// "et" is read on its own.
func TestProbeLawOneInsertionAfterEach(t *testing.T) {
	before := []string{"Le maire signe et le juge date."}
	at := func(s string) []string { return []string{"À l'article L. 1 du code civil, " + s} }
	runGrammar(t, []grammarCase{
		{name: "after each of two", before: before,
			text: at("après les mots : « maire » et « juge », sont insérés les mots : « de Paris »."),
			want: []string{"Le maire de Paris signe et le juge de Paris date."}},
		{name: "before each of three", before: before,
			text: at("avant les mots : « maire », « juge » et « date », sont insérés les mots : « bon »."),
			want: []string{"Le bon maire signe et le bon juge bon date."}},
		{name: "then another operation", before: before,
			text: at("après les mots : « maire » et « juge », sont insérés les mots : « de Paris » et le mot : « signe » est supprimé."),
			want: []string{"Le maire de Paris et le juge de Paris date."}},
		{name: "two new texts without respectivement: refused", before: before,
			text: at("après les mots : « maire » et « juge », sont insérés les mots : « de Paris » et « du siège ».")},
		{name: "respectivement, as before", before: before,
			text: at("après les mots : « maire » et « juge », sont insérés respectivement les mots : « de Paris » et « du siège »."),
			want: []string{"Le maire de Paris signe et le juge du siège date."}},
	})
}

// TestProbeLawSameAlineas: "Aux mêmes alinéas" names the alinéas the
// instruction before named, several, whole, in its article (it was
// refused). After one alinéa, or sentences of them, refused.
func TestProbeLawSameAlineas(t *testing.T) {
	before := []string{"Le maire signe. Le juge date.", "Le maire vise. Le juge part.", "Le maire lit. Le juge dit."}
	head := "L'article L. 1 du code civil est ainsi modifié :"
	second := "2° Aux mêmes alinéas, le mot : « juge » est remplacé par le mot : « greffier »."
	want := []string{"Le maire signe. Le juge date.", "Le préfet vise. Le greffier part.", "Le préfet lit. Le greffier dit."}
	runGrammar(t, []grammarCase{
		{name: "after two alinéas", before: before,
			text: []string{head, "1° Aux deuxième et troisième alinéas, le mot : « maire » est remplacé par le mot : « préfet » ;", second}, want: want},
		{name: "after the two last", before: before,
			text: []string{head, "1° Aux deux derniers alinéas, le mot : « maire » est remplacé par le mot : « préfet » ;", second}, want: want},
		{name: "no context",
			before: before,
			text:   []string{"I. – Aux deuxième et troisième alinéas de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».", "II. – Aux mêmes alinéas, le mot : « juge » est remplacé par le mot : « greffier »."},
			want:   want},
	})
	for _, first := range []string{
		"1° Au deuxième alinéa, le mot : « maire » est remplacé par le mot : « préfet » ;",
		"1° À la première phrase des deuxième et troisième alinéas, le mot : « maire » est remplacé par le mot : « préfet » ;",
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{head, first, second}}})
		if len(ins) != 3 || ins[1].Status != Parsed || ins[2].Status != Unparsed {
			t.Errorf("%s: want the second refused, got %+v", first, ins)
		}
	}
}
