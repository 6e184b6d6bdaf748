package law

import (
	"strings"
	"testing"
)

// TestGrammarVerbFirstRepeal: a repeal or a deletion with its verb first
// and its subject after it on one line — "Sont abrogés les articles L. 1
// et L. 2 du code civil.", "Est supprimé le second alinéa …", "Sont
// abrogés le II et le III" under a context — is read as "Les articles …
// sont abrogés." (it was refused); "Sont abrogés :" still opens a list,
// and a subject holding quoted words is no division.
func TestGrammarVerbFirstRepeal(t *testing.T) {
	P := []string{"I. – Un.", "II. – Deux.", "III. – Trois."}
	A := []string{"Premier alinéa.", "Deuxième alinéa.", "Troisième alinéa."}
	runGrammar(t, []grammarCase{
		{name: "sont abrogés, articles", before: A, more: map[string][]string{"L2": {"Deux."}}, text: []string{"Sont abrogés les articles L. 1 et L. 2 du code civil."}, want: []string{}},
		{name: "est abrogé, one article", before: A, text: []string{"Est abrogé l'article L. 1 du code civil."}, want: []string{}},
		{name: "sont abrogés, parts", before: P, text: []string{"Sont abrogés les II et III de l'article L. 1 du code civil."}, want: []string{"I. – Un.", "II. – (Abrogé)", "III. – (Abrogé)"}},
		{name: "under a context", before: P, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Sont abrogés le II et le III ;", "2° Au I, le mot : « Un » est remplacé par le mot : « Zéro »."}, want: []string{"I. – Zéro.", "II. – (Abrogé)", "III. – (Abrogé)"}},
		{name: "est supprimé, an alinéa", before: A, text: []string{"Est supprimé le deuxième alinéa de l'article L. 1 du code civil."}, want: []string{A[0], A[2]}},
		{name: "sont supprimés, a count", before: A, text: []string{"Sont supprimés les deux derniers alinéas de l'article L. 1 du code civil."}, want: []string{A[0]}},
		{name: "quoted words: refused", before: A, text: []string{"Sont supprimés les mots : « Premier » de l'article L. 1 du code civil."}},
		{name: "no place: refused", before: A, text: []string{"Est supprimé le deuxième alinéa."}},
	})
}

// TestGrammarNewPartMark: a part of a bill added by a committee or a
// chamber bears "(nouveau)" after its label — "II (nouveau). – ", "A
// (nouveau). – ", "1° bis (nouveau) ", "1° A (nouveau) ", "a bis)
// (nouveau) " — and is read at its label's level (it was read as an
// alinéa with no label: under a context, "A (nouveau). – Le I est abrogé"
// lost it; "III (nouveau). – (Supprimé)" was an instruction not
// understood).
func TestGrammarNewPartMark(t *testing.T) {
	P := []string{"I. – Un.", "1° a ;", "2° b.", "II. – Deux.", "III. – Trois."}
	runGrammar(t, []grammarCase{
		{name: "capital letters under a context", before: P, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "A (nouveau). – Le II est abrogé ;", "B. – Le III est abrogé."}, want: []string{P[0], P[1], P[2], "II. – (Abrogé)", "III. – (Abrogé)"}},
		{name: "a roman part deleted", before: P, text: []string{"I. – Le II de l'article L. 1 du code civil est abrogé.", "II (nouveau). – (Supprimé)", "III (nouveau). – Le III de l'article L. 1 du code civil est abrogé."}, want: []string{P[0], P[1], P[2], "II. – (Abrogé)", "III. – (Abrogé)"}},
		{name: "items", before: P, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° A (nouveau) Le III est abrogé ;", "1° Le I est ainsi modifié :", "a) Au 1°, le mot : « a » est remplacé par le mot : « x » ;", "a bis) (nouveau) Au 2°, le mot : « b » est remplacé par le mot : « y » ;", "1° bis (nouveau) (Supprimé)", "2° (nouveau) Le II est abrogé."}, want: []string{P[0], "1° x ;", "2° y.", "II. – (Abrogé)", "III. – (Abrogé)"}},
	})
	for _, s := range []string{"II (nouveau). – (Supprimé)", "2° (nouveau) (Supprimé)", "a) (nouveau) (Supprimé)", "B (nouveau). – (Supprimé)"} {
		if _, body := enumeration(s); partStatus(body) != "deleted" {
			t.Errorf("%q: body %q not a part deleted", s, body)
		}
	}
}

// TestGrammarConstitutesPart: alinéas made a numbered part of their
// article — "Le premier alinéa constitue un I", "Les deuxième et
// troisième alinéas constituent un II", "Les deux derniers alinéas
// forment le III", "Le second alinéa constitue un 1°", "Le second alinéa
// devient le II" (it was refused: a renumbering) — put the label at
// the start of the first of them, as "est précédé de la mention : « I. –
// »" does (it was dropped as an autonomous provision, or not understood);
// alinéas apart, or an article, are refused. A label put at an alinéa's
// start keeps its first word's capital ("1° Le juge"), and with the
// consolidated typography a paragraph's number is set as the article's
// others are ("I.-Le maire": it kept the bill's "I. – ").
func TestGrammarConstitutesPart(t *testing.T) {
	A := []string{"Le maire signe.", "Le préfet vise.", "Le juge tranche.", "Le greffier note."}
	runGrammar(t, []grammarCase{
		{name: "under a context", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le premier alinéa constitue un I ;", "2° Les deuxième et troisième alinéas constituent un II ;", "3° Le dernier alinéa constitue un III."}, want: []string{"I. – Le maire signe.", "II. – Le préfet vise.", A[2], "III. – Le greffier note."}},
		{name: "a count from the end", before: A, text: []string{"Les deux derniers alinéas de l'article L. 1 du code civil forment le II."}, want: []string{A[0], A[1], "II. – Le juge tranche.", A[3]}},
		{name: "a range", before: A, text: []string{"Les deuxième à quatrième alinéas de l'article L. 1 du code civil constituent un B."}, want: []string{A[0], "B. – Le préfet vise.", A[2], A[3]}},
		{name: "an item", before: A, text: []string{"Le second alinéa de l'article L. 1 du code civil constitue un 1°."}, want: []string{A[0], "1° Le préfet vise.", A[2], A[3]}},
		{name: "a letter", before: A, text: []string{"Le second alinéa de l'article L. 1 du code civil constitue un a."}, want: []string{A[0], "a) Le préfet vise.", A[2], A[3]}},
		{name: "the code's dashes", before: []string{"Le maire signe.", "II.-Le préfet vise."}, legifrance: true, text: []string{"Le premier alinéa de l'article L. 1 du code civil constitue un I."}, want: []string{"I.-Le maire signe.", "II.-Le préfet vise."}},
		{name: "alinéas apart: refused", before: A, text: []string{"Les premier et troisième alinéas de l'article L. 1 du code civil constituent un II."}},
		{name: "an article: refused", before: A, text: []string{"L'article L. 1 du code civil constitue un I."}},
		{name: "devient le II", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Au début du premier alinéa, est ajoutée la mention : « I. – » ;", "2° Les deuxième et troisième alinéas deviennent le II ;", "3° Le dernier alinéa devient un III."}, want: []string{"I. – Le maire signe.", "II. – Le préfet vise.", A[2], "III. – Le greffier note."}},
		{name: "two clauses: refused", before: A, text: []string{"Le premier alinéa de l'article L. 1 du code civil constitue un I et le second alinéa constitue un II."}},
		{name: "devient, two clauses: refused", before: A, text: []string{"Le premier alinéa de l'article L. 1 du code civil devient le I et le second alinéa devient le II."}},
	})
}

// TestGrammarSeveralInlineQuotations: new text quoted inline in several
// passages ("est remplacé par deux alinéas ainsi rédigés : « A » ; « B »")
// is refused — the last passage alone took the place of them all; one
// passage inline is still the new text.
func TestGrammarSeveralInlineQuotations(t *testing.T) {
	A := []string{"Le maire signe.", "Le préfet vise.", "Le juge tranche."}
	runGrammar(t, []grammarCase{
		{name: "replaced by two: refused", before: A, text: []string{"Le deuxième alinéa de l'article L. 1 du code civil est remplacé par deux alinéas ainsi rédigés : « Le greffier note. » ; « L'huissier signifie. »"}},
		{name: "completed by two: refused", before: A, text: []string{"L'article L. 1 du code civil est complété par deux alinéas ainsi rédigés : « Le greffier note. » « L'huissier signifie. »"}},
		{name: "rewritten with two: refused", before: A, text: []string{"Le deuxième alinéa de l'article L. 1 du code civil est ainsi rédigé : « Le greffier note. » ; « L'huissier signifie. »"}},
		{name: "one passage", before: A, text: []string{"Le deuxième alinéa de l'article L. 1 du code civil est ainsi rédigé : « Le greffier note. »"}, want: []string{A[0], "Le greffier note.", A[2]}},
		{name: "one added", before: A, text: []string{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé : « Le greffier note. »"}, want: append(append([]string(nil), A...), "Le greffier note.")},
	})
}

// TestGrammarThusCompleted: an addition announced with no noun, "est
// ainsi complété :", "est complété comme suit :", "est complété ainsi
// qu'il suit :", adds the alinéas quoted after it, as "complété par les
// dispositions suivantes :" does (it was not understood); "modifié ainsi
// qu'il suit :" is a context, as "modifié comme suit :". New text that
// begins as words (", sauf …", "et …") or completes a sentence is
// refused: it would be an alinéa of its own.
func TestGrammarThusCompleted(t *testing.T) {
	A := []string{"Le maire signe.", "Le préfet vise."}
	I := []string{"Le maire :", "1° Signe ;", "2° Vise."}
	runGrammar(t, []grammarCase{
		{name: "ainsi complété", before: A, text: []string{"L'article L. 1 du code civil est ainsi complété :", "« Le juge tranche. »"}, want: []string{A[0], A[1], "Le juge tranche."}},
		{name: "complété comme suit, two", before: A, text: []string{"L'article L. 1 du code civil est complété comme suit :", "« Le juge tranche.", "« Le greffier note. »"}, want: []string{A[0], A[1], "Le juge tranche.", "Le greffier note."}},
		{name: "ainsi qu'il suit, an item", before: I, text: []string{"L'article L. 1 du code civil est complété ainsi qu'il suit :", "« 3° Date. »"}, want: []string{I[0], "1° Signe ;", "2° Vise ;", "3° Date."}},
		{name: "modifié ainsi qu'il suit", before: A, text: []string{"L'article L. 1 du code civil est modifié ainsi qu'il suit :", "1° Le second alinéa est supprimé."}, want: []string{A[0]}},
		{name: "words: refused", before: A, text: []string{"Le premier alinéa de l'article L. 1 du code civil est ainsi complété :", "« , sauf urgence. »"}},
		{name: "a sentence: refused", before: A, text: []string{"La première phrase de l'article L. 1 du code civil est ainsi complétée :", "« Le juge tranche. »"}},
	})
}

// TestGrammarWordsThenAlineas: "… est complété par les mots : « A » et
// par un alinéa (deux alinéas) ainsi rédigé(s) :" adds the words, then
// the alinéas after the place completed (it was refused, as any text left
// after the word operations); after a sentence, or with fewer alinéas
// than announced, it is refused.
func TestGrammarWordsThenAlineas(t *testing.T) {
	A := []string{"Le maire signe.", "Le préfet vise."}
	runGrammar(t, []grammarCase{
		{name: "an article", before: A, text: []string{"L'article L. 1 du code civil est complété par les mots : « sans délai » et par un alinéa ainsi rédigé :", "« Le juge tranche. »"}, want: []string{A[0], "Le préfet vise sans délai.", "Le juge tranche."}},
		{name: "an alinéa, two", before: A, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par les mots : « sans délai » et par deux alinéas ainsi rédigés :", "« Le juge tranche.", "« Le greffier note. »"}, want: []string{"Le maire signe sans délai.", "Le juge tranche.", "Le greffier note.", A[1]}},
		{name: "fewer than announced: refused", before: A, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par les mots : « sans délai » et par deux alinéas ainsi rédigés :", "« Le juge tranche. »"}},
		{name: "a sentence: refused", before: A, text: []string{"La première phrase du premier alinéa de l'article L. 1 du code civil est complétée par les mots : « sans délai » et par un alinéa ainsi rédigé :", "« Le juge tranche. »"}},
		{name: "words replaced: refused", before: A, text: []string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « juge » et par un alinéa ainsi rédigé :", "« Le juge tranche. »"}},
	})
}

// TestGrammarArticleRewrittenAsSeveral: "L'article L. 1 est ainsi rédigé
// :" then two articles' text is refused — which articles the law makes is
// not said (it made both); "est remplacé par deux articles L. 1 et L. 1-1
// ainsi rédigés :" names them, and the new text must give those.
func TestGrammarArticleRewrittenAsSeveral(t *testing.T) {
	two := []string{"« Art. L. 1. – Texte un.", "« Art. L. 1-1. – Texte deux. »"}
	runGrammar(t, []grammarCase{
		{name: "ainsi rédigé: refused", before: []string{"Un."}, text: append([]string{"L'article L. 1 du code civil est ainsi rédigé :"}, two...)},
		{name: "other articles named: refused", before: []string{"Un."}, text: append([]string{"L'article L. 1 du code civil est remplacé par deux articles L. 1 et L. 1-2 ainsi rédigés :"}, two...)},
		{name: "the articles named", before: []string{"Un."}, text: append([]string{"L'article L. 1 du code civil est remplacé par deux articles L. 1 et L. 1-1 ainsi rédigés :"}, two...), want: []string{"Texte un."}},
		{name: "one article", before: []string{"Un."}, text: []string{"L'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1. – Texte un. »"}, want: []string{"Texte un."}},
	})
}

// TestGrammarDeletionList: "Sont supprimés :", "Est abrogé :" open a list
// of what is deleted, as "Sont abrogés :" does — under an article's
// context, its parts ("1° Sont supprimés :" then "a) Le II ;"); they were
// not understood, and their items with them.
func TestGrammarDeletionList(t *testing.T) {
	P := []string{"I. – Un.", "II. – Deux.", "III. – Trois."}
	runGrammar(t, []grammarCase{
		{name: "sont supprimés, parts", before: P, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Sont supprimés :", "a) Le II ;", "b) Le III ;", "2° Le I est complété par les mots : « et demi »."}, want: []string{"I. – Un et demi.", "II. – (Abrogé)", "III. – (Abrogé)"}},
		{name: "est abrogé, one part", before: P, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Est abrogé :", "a) Le III ;", "2° Le I est complété par les mots : « et demi »."}, want: []string{"I. – Un et demi.", P[1], "III. – (Abrogé)"}},
		{name: "sont supprimés, articles", before: P, text: []string{"Sont supprimés :", "1° L'article L. 1 du code civil ;", "2° L'article L. 2 du code civil."}, more: map[string][]string{"L2": {"Deux."}}, want: []string{}},
	})
}

// TestGrammarArticleRestoredAsRewritten: "L'article L. 1-1 est ainsi
// rétabli :", "… est rétabli dans la rédaction suivante :" make an
// abrogated article again — created when the corpus does not hold it (it
// was a rewrite of an article missing), its text replacing an
// "(Abrogé)" the corpus holds; the new text's heading, if any, must be
// the article's.
func TestGrammarArticleRestoredAsRewritten(t *testing.T) {
	ref := CodeRef{Code: "code civil", Article: "l1-1"}
	for _, tc := range []struct {
		name   string
		corpus []string // L1-1's alinéas, nil for none
		text   []string
		want   []string // nil: refused
	}{
		{"ainsi rétabli, not in the corpus", nil, []string{"L'article L. 1-1 du code civil est ainsi rétabli :", "« Art. L. 1-1. – Le maire signe. »"}, []string{"Le maire signe."}},
		{"dans la rédaction suivante, no heading", nil, []string{"L'article L. 1-1 du code civil est rétabli dans la rédaction suivante :", "« Le maire signe. »"}, []string{"Le maire signe."}},
		{"over its placeholder", []string{"(Abrogé)"}, []string{"L'article L. 1-1 du code civil est ainsi rétabli :", "« Art. L. 1-1. – Le maire signe. »"}, []string{"Le maire signe."}},
		{"another article's text: refused", nil, []string{"L'article L. 1-1 du code civil est ainsi rétabli :", "« Art. L. 1-2. – Le maire signe. »"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := Corpus{}
			if tc.corpus != nil {
				c[ref] = CodeArticle{Ref: ref, Heading: "L1-1", Alineas: tc.corpus}
			}
			ins := ParseInstructions([]Article{{Number: "1", Alineas: tc.text}})
			if tc.want == nil {
				if len(ins) != 1 || ins[0].Status != Unparsed {
					t.Fatalf("want refused: %+v", ins)
				}
				return
			}
			got, errs := Apply(c, ins, ApplyOptions{})
			if len(errs) > 0 {
				t.Fatalf("apply: %v", errs)
			}
			a := got[ref]
			if strings.Join(a.Alineas, "\n") != strings.Join(tc.want, "\n") || a.Heading != "L1-1" {
				t.Errorf("got %q %q, want %q", a.Heading, a.Alineas, tc.want)
			}
		})
	}
}

// TestGrammarSentenceAndDivision: "La dernière phrase du premier alinéa
// et le deuxième alinéa de l'article L. 1 sont supprimés" names a
// sentence of a division, then a division of its own: what follows the
// second's designation ("de l'article L. 1", "du II …") is the first's
// too (it was refused: an alinéa of an alinéa); rewritten together with
// one text, how it is shared is not said: refused.
func TestGrammarSentenceAndDivision(t *testing.T) {
	A := []string{"Le maire signe. Le préfet vise. Le juge tranche.", "Le greffier note.", "Le huissier signifie."}
	P := []string{"I. – Le maire signe.", "Le préfet vise.", "II. – Le juge tranche. Le greffier note.", "Le huissier signifie."}
	runGrammar(t, []grammarCase{
		{name: "deleted", before: A, text: []string{"La dernière phrase du premier alinéa et le deuxième alinéa de l'article L. 1 du code civil sont supprimés."}, want: []string{"Le maire signe. Le préfet vise.", A[2]}},
		{name: "counts", before: A, text: []string{"Les deux dernières phrases du premier alinéa et les deux derniers alinéas de l'article L. 1 du code civil sont supprimés."}, want: []string{"Le maire signe."}},
		{name: "of the II", before: P, text: []string{"La dernière phrase du premier alinéa et le deuxième alinéa du II de l'article L. 1 du code civil sont supprimés."}, want: []string{P[0], P[1], "II. – Le juge tranche."}},
		{name: "under a context", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° La deuxième phrase du premier alinéa et le dernier alinéa sont supprimés ;", "2° Au deuxième alinéa, le mot : « note » est remplacé par le mot : « écrit »."}, want: []string{"Le maire signe. Le juge tranche.", "Le greffier écrit."}},
		{name: "rewritten together: refused", before: A, text: []string{"La seconde phrase du premier alinéa et le dernier alinéa de l'article L. 1 du code civil sont ainsi rédigés :", "« Le greffier écrit. »"}},
	})
}

// TestGrammarMovedDivisionFlagged: a division moved, merged or
// renumbered in words the grammar does not read ("La deuxième phrase est
// transférée à la fin du dernier alinéa", "Les deuxième et troisième
// alinéas sont fusionnés", "Les articles L. 1 à L. 3 sont renumérotés
// en conséquence") is an instruction not understood, flagged — it was passed
// over as an autonomous provision; "Les biens sont transférés à l'État"
// names no division and is none.
func TestGrammarMovedDivisionFlagged(t *testing.T) {
	for _, text := range []string{
		"La deuxième phrase du premier alinéa de l'article L. 1 du code civil est transférée à la fin du dernier alinéa.",
		"Les deuxième et troisième alinéas de l'article L. 1 du code civil sont fusionnés.",
		"Les articles L. 1 à L. 3 du code civil sont renumérotés en conséquence.",
		"Le 2° de l'article L. 1 du code civil est déplacé après le 4°.",
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{text}}})
		if len(ins) != 1 || ins[0].Status != Unparsed {
			t.Errorf("%q: %+v, want flagged", text, ins)
		}
	}
	if ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"Les biens, droits et obligations de l'établissement sont transférés à l'État."}}}); len(ins) != 0 {
		t.Errorf("an autonomous provision read as an instruction: %+v", ins)
	}
}

// TestGrammarCensoredPart: a part of a bill struck down by the Conseil
// constitutionnel, "1° (Censuré)", "I. – [Dispositions déclarées non
// conformes à la Constitution par la décision …]", is passed over as a
// part deleted — nothing of it is applied (under a context it was an
// instruction not understood); the same words inside new text are
// written as Légifrance prints them.
func TestGrammarCensoredPart(t *testing.T) {
	P := []string{"I. – Un.", "II. – Deux."}
	cc := "[Dispositions déclarées non conformes à la Constitution par la décision du Conseil constitutionnel n° 2013-675 DC du 9 octobre 2013.]"
	runGrammar(t, []grammarCase{
		{name: "an item in brackets", before: P, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° " + cc + " ;", "2° Le II est abrogé."}, want: []string{P[0], "II. – (Abrogé)"}},
		{name: "(Censuré) under a context", before: P, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° (Censuré)", "2° Le II est abrogé."}, want: []string{P[0], "II. – (Abrogé)"}},
		{name: "a roman part", before: P, text: []string{"I. – " + cc, "II. – Le II de l'article L. 1 du code civil est abrogé."}, want: []string{P[0], "II. – (Abrogé)"}},
		{name: "in new text", before: P, text: []string{"Le I de l'article L. 1 du code civil est ainsi rédigé :", "« I. – " + cc + " »"}, want: []string{"I. – " + cc, P[1]}},
	})
	for _, s := range []string{"1° (Censuré)", "I. – " + cc, "a) (Censurés)"} {
		if _, body := enumeration(s); partStatus(body) != "deleted" {
			t.Errorf("%q not a part deleted", s)
		}
	}
}

// TestGrammarLocatorAfterPeriod: a second sentence of one instruction
// naming its place, "… par le mot : « juge ». Au second alinéa, le mot :
// « préfet » est remplacé …", scopes the operations after it as "et, au
// second alinéa, …" does (its place was not read: the second operation
// went to the first place).
func TestGrammarLocatorAfterPeriod(t *testing.T) {
	A := []string{"Le maire signe.", "Le préfet vise."}
	runGrammar(t, []grammarCase{
		{name: "a second sentence", before: A, text: []string{"À l'article L. 1 du code civil, au premier alinéa, le mot : « maire » est remplacé par le mot : « juge ». Au second alinéa, le mot : « préfet » est remplacé par le mot : « greffier »."}, want: []string{"Le juge signe.", "Le greffier vise."}},
		{name: "no place: the same", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « juge ». Le mot : « signe » est remplacé par le mot : « date »."}, want: []string{"Le juge date.", A[1]}},
	})
}

// TestGrammarTailDeleteAfterPeriod: a sentence deleted after the word
// operations in a sentence of its own, "… par le mot : « juge ». La
// dernière phrase est supprimée.", or after a semicolon, is read as after
// "et" (it was refused): under the same place.
func TestGrammarTailDeleteAfterPeriod(t *testing.T) {
	A := []string{"Le maire signe. Le préfet vise.", "Le juge tranche."}
	runGrammar(t, []grammarCase{
		{name: "after a period", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « juge ». La dernière phrase est supprimée."}, want: []string{"Le juge signe.", A[1]}},
		{name: "after a semicolon", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « juge » ; la dernière phrase est supprimée."}, want: []string{"Le juge signe.", A[1]}},
		// An alinéa of the article, not of the first (it was sought
		// there, and refused): TestLeft10WordsThenSiblingDeleted.
		{name: "an alinéa of the article", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « juge ». Le second alinéa est supprimé."}, want: []string{"Le juge signe. Le préfet vise."}},
	})
}

// TestGrammarRanksSharingANoun: ranks each with its preposition and one
// noun after the last — "au premier et au dernier alinéas", "à la
// première et à la dernière phrases", "au premier, au deuxième et au
// dernier alinéas", "au dernier et à l'avant-dernier alinéas" — are the
// list "aux premier et dernier alinéas", and as subjects, "le premier et
// le dernier alinéas", "le premier alinéa et le dernier alinéa", the list
// "les premier et dernier alinéas" (the first ranks were dropped: the
// last alone was edited, or deleted; with a noun each it was refused).
func TestGrammarRanksSharingANoun(t *testing.T) {
	A := []string{"Le maire signe.", "Le préfet vise.", "Le juge tranche."}
	S := []string{"Le maire signe. Le préfet vise. Le juge tranche."}
	repl := ", le mot : « Le » est remplacé par le mot : « Un »."
	runGrammar(t, []grammarCase{
		{name: "au premier et au dernier alinéas", before: A, text: []string{"Au premier et au dernier alinéas de l'article L. 1 du code civil" + repl}, want: []string{"Un maire signe.", A[1], "Un juge tranche."}},
		{name: "three", before: A, text: []string{"Au premier, au deuxième et au dernier alinéas de l'article L. 1 du code civil" + repl}, want: []string{"Un maire signe.", "Un préfet vise.", "Un juge tranche."}},
		{name: "à l'avant-dernier", before: A, text: []string{"Au dernier et à l'avant-dernier alinéas de l'article L. 1 du code civil" + repl}, want: []string{A[0], "Un préfet vise.", "Un juge tranche."}},
		{name: "phrases", before: S, text: []string{"À la première et à la dernière phrases de l'article L. 1 du code civil" + repl}, want: []string{"Un maire signe. Le préfet vise. Un juge tranche."}},
		{name: "comme", before: A, text: []string{"Au premier comme au dernier alinéa de l'article L. 1 du code civil" + repl}, want: []string{"Un maire signe.", A[1], "Un juge tranche."}},
		{name: "subjects", before: A, text: []string{"Le premier et le dernier alinéas de l'article L. 1 du code civil sont supprimés."}, want: []string{A[1]}},
		{name: "subjects, phrases", before: S, text: []string{"La première et la dernière phrases de l'article L. 1 du code civil sont supprimées."}, want: []string{"Le préfet vise."}},
		{name: "subjects, ainsi que", before: A, text: []string{"Le premier ainsi que le dernier alinéa de l'article L. 1 du code civil sont supprimés."}, want: []string{A[1]}},
		{name: "subjects, each its noun", before: A, text: []string{"Le premier alinéa et le dernier alinéa de l'article L. 1 du code civil sont supprimés."}, want: []string{A[1]}},
	})
}

// TestGrammarNumberThousands: a quoted number is never a group of a
// larger one whose thousands are spaced: « 500 € » leaves "1 500 €" (it
// gave "1 700 €"), « 1 € » the "1" of "1 500 €"; « 1 000 € » is still
// found whole.
func TestGrammarNumberThousands(t *testing.T) {
	A := []string{"Il est dû 1 500 € ou 500 € selon le cas."}
	runGrammar(t, []grammarCase{
		{name: "500 €", before: A, text: []string{"À l'article L. 1 du code civil, le montant : « 500 € » est remplacé par le montant : « 700 € »."}, want: []string{"Il est dû 1 500 € ou 700 € selon le cas."}},
		{name: "1 €", before: []string{"Il est dû 1 500 € ou 1 € selon le cas."}, text: []string{"À l'article L. 1 du code civil, le montant : « 1 € » est remplacé par le montant : « 2 € »."}, want: []string{"Il est dû 1 500 € ou 2 € selon le cas."}},
		{name: "no-break spaces", before: []string{"Il est dû 1\u00a0500 € ou 500 € selon le cas."}, text: []string{"À l'article L. 1 du code civil, le montant : « 500 € » est remplacé par le montant : « 700 € »."}, want: []string{"Il est dû 1\u00a0500 € ou 700 € selon le cas."}},
		{name: "a spaced number whole", before: []string{"Il est dû 1 500 € ou 1 000 €."}, text: []string{"À l'article L. 1 du code civil, le montant : « 1 000 € » est remplacé par le montant : « 2 000 € »."}, want: []string{"Il est dû 1 500 € ou 2 000 €."}},
		{name: "only inside: not found", before: []string{"Il est dû 1 500 €."}, text: []string{"À l'article L. 1 du code civil, le montant : « 500 € » est remplacé par le montant : « 700 € »."}},
	})
}

// TestGrammarEveryOccurrenceWords: what a replacement says of the
// occurrences it edits, in more of the drafters' words — "chaque fois
// qu'il apparaît", "dans toutes ses occurrences" (every occurrence, as
// without them), "(deux fois)", "à deux reprises" (every occurrence,
// refused unless there are that many, as "deux fois") — was not
// understood.
func TestGrammarEveryOccurrenceWords(t *testing.T) {
	A := []string{"Le maire signe et le maire date."}
	B := []string{"Le juge signe et le juge date."}
	runGrammar(t, []grammarCase{
		{name: "chaque fois qu'il apparaît", before: A, text: []string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé, à chaque fois qu'il apparaît, par le mot : « juge »."}, want: B},
		{name: "dans toutes ses occurrences", before: A, text: []string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé, dans toutes ses occurrences, par le mot : « juge »."}, want: B},
		{name: "(deux fois)", before: A, text: []string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé (deux fois) par le mot : « juge »."}, want: B},
		{name: "à deux reprises", before: A, text: []string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé à deux reprises par le mot : « juge »."}, want: B},
		{name: "à trois reprises: refused", before: A, text: []string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé à trois reprises par le mot : « juge »."}},
	})
}

// TestGrammarEachOccurrenceOf: "chaque occurrence du mot : « A »" is
// every one, as "toutes les occurrences du mot" and "le mot" say ("après
// chaque occurrence du mot : « maire », sont insérés …" was refused).
func TestGrammarEachOccurrenceOf(t *testing.T) {
	A := []string{"Le maire signe et le maire date."}
	runGrammar(t, []grammarCase{
		{name: "après chaque occurrence", before: A, text: []string{"À l'article L. 1 du code civil, après chaque occurrence du mot : « maire », sont insérés les mots : « de la commune »."}, want: []string{"Le maire de la commune signe et le maire de la commune date."}},
		{name: "chaque occurrence … est remplacée", before: A, text: []string{"À l'article L. 1 du code civil, chaque occurrence du mot : « maire » est remplacée par le mot : « juge »."}, want: []string{"Le juge signe et le juge date."}},
	})
}

// TestGrammarContextWithNewText: a context then quoted new text and no
// items ("L'article L. 1 est ainsi modifié :", older "modifié ainsi
// qu'il suit :", then "« Art. L. 1. – … »") is refused: whether the text
// rewrites the article is not said; it was dropped silently.
func TestGrammarContextWithNewText(t *testing.T) {
	for _, head := range []string{"L'article L. 1 du code civil est ainsi modifié :", "L'article L. 1 du code civil est modifié ainsi qu'il suit :"} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{head, "« Art. L. 1. – Deux. »"}}})
		if len(ins) != 1 || ins[0].Status != Unparsed || ins[0].Payload != 1 {
			t.Errorf("%q: %+v, want refused with its new text", head, ins)
		}
	}
}

// TestGrammarDivisionNamedOtherwise: a division's heading given by
// "est dénommé :", "est renommé :" is "est intitulé :" (a heading); "Il
// est créé, au titre II du livre Ier du code civil, un chapitre III
// intitulé : « … » et comprenant les articles …" a division made of
// articles already there, as "Il est inséré un chapitre … comprenant …"
// — all three were passed over as autonomous provisions, their quoted
// text dropped. "Il est créé un établissement public …" names no
// division and is no instruction.
func TestGrammarDivisionNamedOtherwise(t *testing.T) {
	for text, kind := range map[string]EditKind{
		"Le chapitre II du titre Ier du livre Ier du code civil est dénommé : « Des contrats ».":                                                   EditRewriteHeading,
		"Le chapitre II du titre Ier du livre Ier du code civil est désormais renommé : « Des contrats ».":                                         EditRewriteHeading,
		"Il est créé, au titre II du livre Ier du code civil, un chapitre III intitulé : « Des contrats » et comprenant les articles L. 1 à L. 3.": EditRenumber, // the articles moved into it (div9)
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{text}}})
		if len(ins) != 1 || ins[0].Status != Parsed || len(ins[0].Edits) == 0 || ins[0].Edits[0].Kind != kind {
			t.Errorf("%q: %+v, want %s", text, ins, kind)
		}
	}
	if ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"Il est créé un établissement public de l'État dénommé « Agence »."}}}); len(ins) != 0 {
		t.Errorf("an autonomous provision read as an instruction: %+v", ins)
	}
}

// TestGrammarWordsFoundAt: quoted words with their place after them as a
// participle — "La référence : « L. 2 » figurant à l'article L. 1 est
// remplacée par …", "Les mots : « A » qui figurent au second alinéa …
// sont supprimés", "Le mot : « B », employé au second alinéa, …" — are
// read with the place first, "À l'article L. 1, la référence …" (they
// were refused).
func TestGrammarWordsFoundAt(t *testing.T) {
	A := []string{"Selon l'article L. 2, le maire signe.", "Selon l'article L. 2, le préfet vise."}
	runGrammar(t, []grammarCase{
		{name: "figurant à l'article", before: A, text: []string{"La référence : « L. 2 » figurant à l'article L. 1 du code civil est remplacée par la référence : « L. 3 »."}, want: []string{"Selon l'article L. 3, le maire signe.", "Selon l'article L. 3, le préfet vise."}},
		{name: "figurant au premier alinéa", before: A, text: []string{"Les mots : « le maire » figurant au premier alinéa de l'article L. 1 du code civil sont remplacés par les mots : « le juge »."}, want: []string{"Selon l'article L. 2, le juge signe.", A[1]}},
		{name: "qui figurent, deleted", before: A, text: []string{"Les mots : « Selon l'article L. 2, » qui figurent au second alinéa de l'article L. 1 du code civil sont supprimés."}, want: []string{A[0], "Le préfet vise."}},
		{name: "under a context, employé", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le mot : « préfet », employé au second alinéa, est remplacé par le mot : « greffier »."}, want: []string{A[0], "Selon l'article L. 2, le greffier vise."}},
	})
}

// TestGrammarQuotedWordsNamedFlagged: an alinéa naming quoted words ("le
// mot : « deux »", "la référence : « L. 2 »") in a form not read, with no
// verb the grammar knows ("… est changé en : « trois »"), is an
// instruction not understood, flagged — it was passed over as an
// autonomous provision, its quoted words dropped.
func TestGrammarQuotedWordsNamedFlagged(t *testing.T) {
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"Dans l'article L. 1 du code civil, le mot : « deux » est changé en : « trois »."}}})
	if len(ins) != 1 || ins[0].Status != Unparsed {
		t.Fatalf("%+v, want flagged", ins)
	}
	if ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"La mention « Lu et approuvé » est apposée sur le contrat."}}}); len(ins) != 0 {
		t.Errorf("an autonomous provision read as an instruction: %+v", ins)
	}
}

// TestGrammarSmallRomanItemRefused: an item numbered in small roman
// numerals ("Au ii du a du 1°") is read neither in a locator nor among a
// code's labels: refused — it was dropped, and the a edited whole; a
// letter item ("au b", "au x") is still read.
func TestGrammarSmallRomanItemRefused(t *testing.T) {
	A := []string{"1° Le maire :", "a) Signe :", "i) Le contrat ;", "ii) Le bail ;", "b) Vise le bail."}
	runGrammar(t, []grammarCase{
		// Read now (TestRoman13SmallRomanItemsNamed).
		{name: "ii", before: A, text: []string{"Au ii du a du 1° de l'article L. 1 du code civil, le mot : « bail » est remplacé par le mot : « loyer »."}, want: []string{A[0], A[1], A[2], "ii) Le loyer ;", A[4]}},
		{name: "iii, none: refused", before: A, text: []string{"Le iii du a du 1° de l'article L. 1 du code civil est abrogé."}},
		{name: "a letter", before: A, text: []string{"Au b du 1° de l'article L. 1 du code civil, le mot : « bail » est remplacé par le mot : « loyer »."}, want: []string{A[0], A[1], A[2], A[3], "b) Vise le loyer."}},
	})
}

// TestGrammarUnreadPartsRefused: parts of an article the paths do not
// name are refused, never read as the article or the division around
// them — a dash of a list once ("Le dernier tiret de l'article L. 1 est
// supprimé" deleted the article, "le cinquième tiret du I" the I; read
// by its rank now, TestCode7DashByRank), "le premier paragraphe", a part marked "(nouveau)", an item whose label
// ends with capitals after a letter or a degree ("Le a bis A", "du 1° A":
// the article went, or the item around it was edited whole); a roman
// part so labelled ("Le II bis A") is read.
func TestGrammarUnreadPartsRefused(t *testing.T) {
	P := []string{"I. – Le préfet vise :", "– le contrat ;", "– le bail.", "II bis A. – Le maire signe."}
	runGrammar(t, []grammarCase{
		// A dash by its rank is read now (TestCode7DashByRank).
		{name: "a dash", before: P, text: []string{"Le dernier tiret de l'article L. 1 du code civil est supprimé."}, want: []string{P[0], "– le contrat.", P[3]}},
		{name: "a dash of the I", before: P, text: []string{"Le second tiret du I de l'article L. 1 du code civil est supprimé."}, want: []string{P[0], "– le contrat.", P[3]}},
		{name: "le premier paragraphe: refused", before: P, text: []string{"Le premier paragraphe de l'article L. 1 du code civil est abrogé."}},
		{name: "(nouveau): refused", before: P, text: []string{"Le II (nouveau) de l'article L. 1 du code civil est abrogé."}},
		{name: "a bis A: refused", before: P, text: []string{"Le a bis A de l'article L. 1 du code civil est abrogé."}},
		{name: "du 1° A du I: refused", before: P, text: []string{"Au 1° A du I de l'article L. 1 du code civil, le mot : « préfet » est remplacé par le mot : « juge »."}},
		{name: "II bis A", before: P, text: []string{"Le II bis A de l'article L. 1 du code civil est abrogé."}, want: []string{P[0], P[1], P[2], "II bis A. – (Abrogé)"}},
		{name: "au I A", before: []string{"I A. – Le maire signe.", "I. – Le maire vise."}, text: []string{"Au I A de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « juge »."}, want: []string{"I A. – Le juge signe.", "I. – Le maire vise."}},
	})
}

// TestGrammarUnknownSubjectRefused: a subject naming a part no path reads
// — "le chapeau du I", "les trois derniers mots", "la lettre a", "le
// point 3", "le reste de l'article", "la dernière partie de la phrase",
// "le premier sous-alinéa", "le début du I" (no words given) — is
// refused: it was read as the division around it, or the whole article,
// and deleted or rewritten; so is a part taken out ("le I, à l'exception
// de son dernier alinéa,"). "Le c) du I" is the c of the I (the
// parenthesis was not read: the I went); divisions, items, "les
// dispositions du I", "le présent article" are read as before.
func TestGrammarUnknownSubjectRefused(t *testing.T) {
	P := []string{"I. – Le préfet vise :", "a) le contrat ;", "b) le bail ;", "c) l'acte.", "II. – Le juge tranche."}
	for _, text := range []string{
		"Le chapeau du I de l'article L. 1 du code civil est supprimé.",
		"Au I de l'article L. 1 du code civil, le chapeau est ainsi rédigé : « I. – Le maire vise : ».",
		"Les trois derniers mots de l'article L. 1 du code civil sont supprimés.",
		"La lettre a du I de l'article L. 1 du code civil est supprimée.",
		"Le point 3 de l'article L. 1 du code civil est supprimé.",
		"Le reste de l'article L. 1 du code civil est supprimé.",
		"La dernière partie de la première phrase de l'article L. 1 du code civil est supprimée.",
		"Le premier sous-alinéa de l'article L. 1 du code civil est supprimé.",
		"Le début du I de l'article L. 1 du code civil est supprimé.",
		"Le I de l'article L. 1 du code civil, à l'exception de son dernier alinéa, est abrogé.",
		"Au chapeau du I de l'article L. 1 du code civil, les mots : « le » sont remplacés par les mots : « un ».",
		"Au I de l'article L. 1 du code civil, au chapeau, le mot : « vise » est remplacé par le mot : « cite ».",
	} {
		runGrammar(t, []grammarCase{{name: text, before: P, text: []string{text}}})
	}
	runGrammar(t, []grammarCase{
		{name: "le c)", before: P, text: []string{"Le c) du I de l'article L. 1 du code civil est supprimé."}, want: []string{P[0], P[1], P[2], "c) (Abrogé).", P[4]}},
		{name: "les dispositions du II", before: P, text: []string{"Les dispositions du II de l'article L. 1 du code civil sont abrogées."}, want: []string{P[0], P[1], P[2], P[3], "II. – (Abrogé)"}},
		{name: "le texte de l'article", before: P, text: []string{"Le texte de l'article L. 1 du code civil est remplacé par les dispositions suivantes :", "« Art. L. 1. – Le juge tranche. »"}, want: []string{"Le juge tranche."}},
		{name: "la référence à l'article L. 2: refused", before: P, text: []string{"La référence à l'article L. 2 du code civil est supprimée."}, more: map[string][]string{"L2": {"Deux."}}},
		// The bill's article, not L. 1: refused since codes9 (TestCodes9OwnBillPlace).
		{name: "le présent article, under a context: refused", before: P, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le II du présent article est abrogé."}},
	})
}

// TestGrammarSwapRefused: operations of one place applied in turn where a
// later one's words are an earlier one's new words — a swap, "le mot :
// « maire » est remplacé par le mot : « préfet » et le mot : « préfet »
// par le mot : « maire »", or "respectivement" — are refused: each reads
// the text before the instruction, but the second edited the first's new
// words ("Le maire nomme le maire"), or inserted after them (an anchor
// among them: "seul" went after both "préfet"). Operations of two places
// are not compared.
func TestGrammarSwapRefused(t *testing.T) {
	A := []string{"Le maire nomme le préfet.", "Le préfet nomme le juge."}
	runGrammar(t, []grammarCase{
		{name: "a swap: refused", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et le mot : « préfet » par le mot : « maire »."}},
		{name: "respectivement: refused", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, les mots : « maire » et « préfet » sont remplacés respectivement par les mots : « préfet » et « maire »."}},
		{name: "two places", before: A, text: []string{"À l'article L. 1 du code civil, au premier alinéa, le mot : « maire » est remplacé par le mot : « préfet » ; au second alinéa, le mot : « préfet » est remplacé par le mot : « maire »."}, want: []string{"Le préfet nomme le préfet.", "Le maire nomme le juge."}},
		{name: "an anchor among new words: refused", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, après le mot : « maire », sont insérés les mots : « et le préfet » et, après le mot : « préfet », est inséré le mot : « seul »."}},
		{name: "an anchor elsewhere", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, après le mot : « maire », est inséré le mot : « seul » et, après le mot : « préfet », est inséré le mot : « local »."}, want: []string{"Le maire seul nomme le préfet local.", A[1]}},
	})
}

// TestGrammarDeleteTimes: a deletion that counts what it deletes — "le
// mot : « A » est supprimé deux fois", "… est, par deux fois, supprimé",
// "les deux occurrences du mot : « A » sont supprimées" — deletes every
// occurrence, refused unless the scope holds that many (the count was not
// read: every occurrence went, or the instruction was refused).
func TestGrammarDeleteTimes(t *testing.T) {
	A := []string{"Le maire seul signe et le maire seul date."}
	B := []string{"Le maire signe et le maire date."}
	runGrammar(t, []grammarCase{
		{name: "les deux occurrences … supprimées", before: A, text: []string{"À l'article L. 1 du code civil, les deux occurrences du mot : « seul » sont supprimées."}, want: B},
		{name: "supprimé deux fois", before: A, text: []string{"À l'article L. 1 du code civil, le mot : « seul » est supprimé deux fois."}, want: B},
		{name: "par deux fois", before: A, text: []string{"À l'article L. 1 du code civil, le mot : « seul » est, par deux fois, supprimé."}, want: B},
		{name: "trois fois: refused", before: A, text: []string{"À l'article L. 1 du code civil, le mot : « seul » est supprimé trois fois."}},
		{name: "les trois occurrences: refused", before: A, text: []string{"À l'article L. 1 du code civil, les trois occurrences du mot : « seul » sont supprimées."}},
	})
}

// TestGrammarRespectivelyNounsRepeated: "les mots : « A » et les mots :
// « B » sont remplacés, respectivement, par les mots : « C » et les mots :
// « D »" (the noun said again before each) replaces pair by pair, as
// "les mots : « A » et « B »" does (it was not understood).
func TestGrammarRespectivelyNounsRepeated(t *testing.T) {
	A := []string{"Le maire signe le contrat et le bail."}
	runGrammar(t, []grammarCase{
		{name: "nouns repeated", before: A, text: []string{"À l'article L. 1 du code civil, les mots : « le contrat » et les mots : « le bail » sont remplacés, respectivement, par les mots : « l'acte » et « le loyer »."}, want: []string{"Le maire signe l'acte et le loyer."}},
		{name: "on both sides", before: A, text: []string{"À l'article L. 1 du code civil, le mot : « maire » et le mot : « bail » sont respectivement remplacés par le mot : « juge » et le mot : « loyer »."}, want: []string{"Le juge signe le contrat et le loyer."}},
		{name: "unequal: refused", before: A, text: []string{"À l'article L. 1 du code civil, les mots : « le contrat » et les mots : « le bail » sont remplacés, respectivement, par les mots : « l'acte »."}},
	})
}
