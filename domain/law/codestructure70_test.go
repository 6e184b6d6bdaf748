package law

import "testing"

// TestCode8NewIINumbersTheI: "L'article L. 1 est complété par un II" on
// an article without numbered paragraphs numbers its text I, as
// Légifrance consolidates it, with the II's own separator ("I. – ",
// "I.-", "I. ― " in Légifrance's typography); the II was added after an
// unnumbered text. An article with a I already is left as it is (a
// "I. ― " too: the mention "I. – " added first was numbered twice), and
// the mention added after the II finds its I there; words that number
// it after the II ("le mot : « Le » est remplacé par les mots : « I. –
// Le »") too: the I is numbered once the law's edits are applied (it
// was "I. – I. – Le maire …").
func TestCode8NewIINumbersTheI(t *testing.T) {
	A := []string{"Le maire signe.", "Le préfet vise."}
	P := []string{"I. – Le maire signe.", "Le préfet vise."}
	runGrammar(t, []grammarCase{
		{name: "II", before: A, text: []string{"L'article L. 1 du code civil est complété par un II ainsi rédigé :", "« II. – Le juge tranche. »"},
			want: []string{"I. – Le maire signe.", A[1], "II. – Le juge tranche."}},
		{name: "tight II", before: A, text: []string{"L'article L. 1 du code civil est complété par un II ainsi rédigé :", "« II.-Le juge tranche. »"},
			want: []string{"I.-Le maire signe.", A[1], "II.-Le juge tranche."}},
		{name: "II and III", before: A, text: []string{"L'article L. 1 du code civil est complété par des II et III ainsi rédigés :", "« II. – Le juge tranche.", "« III. – Le greffier note. »"},
			want: []string{"I. – Le maire signe.", A[1], "II. – Le juge tranche.", "III. – Le greffier note."}},
		{name: "legifrance", legifrance: true, before: A, text: []string{"L'article L. 1 du code civil est complété par un II ainsi rédigé :", "« II. – Le juge tranche. »"},
			want: []string{"I. ― Le maire signe.", A[1], "II. ― Le juge tranche."}},
		{name: "II then the mention", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Il est ajouté un II ainsi rédigé :", "« II. – Le juge tranche. » ;", "2° Au début du premier alinéa, est ajoutée la mention : « I. – »."},
			want: []string{"I. – Le maire signe.", A[1], "II. – Le juge tranche."}},
		{name: "the mention then II, legifrance", legifrance: true, before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Au début du premier alinéa, est ajoutée la mention : « I. – » ;", "2° Il est ajouté un II ainsi rédigé :", "« II. – Le juge tranche. »"},
			want: []string{"I. ― Le maire signe.", A[1], "II. ― Le juge tranche."}},
		{name: "II then words numbering the I", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Il est ajouté un II ainsi rédigé :", "« II. – Le juge tranche. » ;", "2° Au premier alinéa, le mot : « Le » est remplacé par les mots : « I. – Le »."},
			want: []string{"I. – Le maire signe.", A[1], "II. – Le juge tranche."}},
		{name: "I there", before: P, text: []string{"L'article L. 1 du code civil est complété par un II ainsi rédigé :", "« II. – Le juge tranche. »"},
			want: []string{P[0], P[1], "II. – Le juge tranche."}},
	})
}

// TestCode8ItemAtTheStartAfterTheIntroduction: "Au début de l'article
// L. 1, il est ajouté un 1° A" on an article whose list is introduced by
// an unnumbered alinéa ("Sont exclus :") puts it before the 1°, after
// the introduction (it went before "Sont exclus :"), as "Avant le 1°"
// does. Refused when the list follows alinéas that do not
// introduce it, or when the article begins with a division above the
// item ("I. – Sont exclus :": in the I is not said).
func TestCode8ItemAtTheStartAfterTheIntroduction(t *testing.T) {
	L := []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}
	B := []string{"Le maire signe.", "1° Les meubles ;", "2° Les immeubles."}
	R := []string{"I. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}
	runGrammar(t, []grammarCase{
		{name: "1° A at the start", before: L, text: []string{"Au début de l'article L. 1 du code civil, il est ajouté un 1° A ainsi rédigé :", "« 1° A Les navires ; »"},
			want: []string{L[0], "1° A Les navires ;", L[1], L[2]}},
		{name: "before the 1°", before: L, text: []string{"Avant le 1° de l'article L. 1 du code civil, il est inséré un 1° A ainsi rédigé :", "« 1° A Les navires ; »"},
			want: []string{L[0], "1° A Les navires ;", L[1], L[2]}},
		{name: "no introduction", before: B, text: []string{"Au début de l'article L. 1 du code civil, il est ajouté un 1° A ainsi rédigé :", "« 1° A Les navires ; »"}},
		{name: "in a I", before: R, text: []string{"Au début de l'article L. 1 du code civil, il est ajouté un 1° A ainsi rédigé :", "« 1° A Les navires ; »"}},
		{name: "an alinéa at the start", before: L, text: []string{"Au début de l'article L. 1 du code civil, il est ajouté un alinéa ainsi rédigé :", "« Le maire signe. »"},
			want: []string{"Le maire signe.", L[0], L[1], L[2]}},
	})
}

// TestCode8NotaIsNotAnAlinea: Légifrance's consolidation note ("NOTA :"
// and the lines after it) at the end of an article is not of its
// alinéas: "le dernier alinéa" is the text's last (the note's line was
// deleted, and its words sought in it), a new alinéa goes before the
// note (it went after it), "le second alinéa" is counted on the text;
// the note stays at the end.
func TestCode8NotaIsNotAnAlinea(t *testing.T) {
	nota := "Conformément à l'article 5 de la loi n° 2020-1 du 1er janvier 2020, ces dispositions entrent en vigueur le 1er juillet 2020."
	N := []string{"Le maire signe.", "Le préfet vise.", "NOTA :", nota}
	M := []string{"Le maire signe.", "Le préfet vise.", "Nota : " + nota}
	runGrammar(t, []grammarCase{
		{name: "complété par un alinéa", before: N, text: []string{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", "« Le juge tranche. »"},
			want: []string{N[0], N[1], "Le juge tranche.", N[2], nota}},
		{name: "le dernier alinéa supprimé", before: N, text: []string{"Le dernier alinéa de l'article L. 1 du code civil est supprimé."},
			want: []string{N[0], N[2], nota}},
		{name: "words in the last alinéa", before: N, text: []string{"Au dernier alinéa de l'article L. 1 du code civil, le mot : « vise » est remplacé par le mot : « signe »."},
			want: []string{N[0], "Le préfet signe.", N[2], nota}},
		{name: "Nota on one line", before: M, text: []string{"Le dernier alinéa de l'article L. 1 du code civil est ainsi rédigé :", "« Le juge tranche. »"},
			want: []string{M[0], "Le juge tranche.", M[2]}},
		{name: "a third alinéa", before: N, text: []string{"Le troisième alinéa de l'article L. 1 du code civil est supprimé."}},
	})
}
