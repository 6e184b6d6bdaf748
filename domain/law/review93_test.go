package law

import (
	"strings"
	"testing"
)

// TestReview93HeldEdges: near variants of today's rules that were read
// right or refused, kept as regression tests. A European act's commas:
// a decision of a French body, a date followed by "modifié", stay; two
// acts each lose theirs. Pairs of words: "respectivement" after the new
// words is refused (not read), as without it; an amendment's "par,
// respectivement, les mots" is read. Sentences after a list of alinéas:
// "Alinéas 2 à 4, première phrase" is refused, "dernière phrase" read
// like "seconde". Genitive complements each naming its article: a
// sentence of the middle one, a second alinéa, stay theirs; the same
// article named again ("du même article"), a law named last, refused.
func TestReview93HeldEdges(t *testing.T) {
	A := []string{"Le juge signe."}
	P := "L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :"
	W := []string{"Le maire signe le bail et le devis.", "Il lit."}
	Q := "Au premier alinéa de l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "a French body's decision keeps its commas", legifrance: true, before: A,
			text: []string{P, "\"Il applique la décision n° 2010/12 du Conseil constitutionnel, du 3 mai 2010, relative aux lois.\""},
			want: []string{A[0], "Il applique la décision n° 2010/12 du Conseil constitutionnel, du 3 mai 2010, relative aux lois."}},
		{name: "a date then modifié keeps its commas", legifrance: true, before: A,
			text: []string{P, "\"Il applique le règlement (CE) n° 1/2003 du Conseil, du 16 décembre 2002, modifié, relatif aux règles.\""},
			want: []string{A[0], "Il applique le règlement (CE) n° 1/2003 du Conseil, du 16 décembre 2002, modifié, relatif aux règles."}},
		{name: "two acts", legifrance: true, before: A,
			text: []string{P, "\"Il applique le règlement (UE) n° 1/2013 du Conseil, du 2 mai 2013, portant X, et la directive 2013/2/UE de la Commission, du 3 mai 2013, relative à Y.\""},
			want: []string{A[0], "Il applique le règlement (UE) n° 1/2013 du Conseil du 2 mai 2013 portant X, et la directive 2013/2/UE de la Commission du 3 mai 2013 relative à Y."}},
		{name: "respectivement after the new words: refused", before: W, text: []string{Q + "les mots : « bail » et « devis » sont remplacés par les mots : « contrat » et « titre », respectivement."}},
		{name: "references without respectivement: refused", before: []string{"Voir les articles L. 2 et L. 3."}, text: []string{Q + "les références : « L. 2 » et « L. 3 » sont remplacées par les références : « L. 4 » et « L. 5 »."}},
		{name: "each its verb", before: W, text: []string{Q + "le mot : « bail » est remplacé par le mot : « contrat » et le mot : « devis » par le mot : « titre »."}, want: []string{"Le maire signe le contrat et le titre.", W[1]}},
	})
	B := []string{"I. – Le maire signe.", "Il date. Il remet le bail.", "Il lit. Il note le bail.", "Il date le bail. Il remet."}
	runAmendments(t, []amCase{
		{"par, respectivement, les mots", W, "À l'alinéa 1, remplacer les mots : « bail » et « devis » par, respectivement, les mots : « contrat » et « titre ».", []string{"Le maire signe le contrat et le titre.", W[1]}},
		{"alinéas 2 à 4, première phrase: refused", B, "Alinéas 2 à 4, première phrase\n\nRemplacer le mot :\n\ndate\n\npar le mot :\n\nsigne", nil},
		{"alinéas 2 et 3, dernière phrase", B, "Alinéas 2 et 3, dernière phrase\n\nRemplacer le mot :\n\nbail\n\npar le mot :\n\ncontrat", []string{B[0], "Il date. Il remet le contrat.", "Il lit. Il note le contrat.", B[3]}},
	})
	C := "Le code civil est ainsi modifié :"
	arts := map[string][]string{"L1": {"Le greffier est soumis au juge.", "Il signe."}, "L2": {"Le juge est soumis à la loi. Il est soumis au maire.", "Il est soumis au préfet."}, "L3": {"Le maire signe.", "Le maire est soumis au préfet."}}
	for _, c := range []struct {
		name, text string
		want       map[string]string // nil: refused
	}{
		{"a sentence of the middle one", "1° Après le mot : « soumis », la fin du premier alinéa de l'article L. 1, de la première phrase de l'article L. 2 et du dernier alinéa de l'article L. 3 est ainsi rédigée : « aux règles. »",
			map[string]string{"l1": "Le greffier est soumis aux règles.\nIl signe.", "l2": "Le juge est soumis aux règles. Il est soumis au maire.\nIl est soumis au préfet.", "l3": "Le maire signe.\nLe maire est soumis aux règles."}},
		{"the second alinéa of the middle one", "1° Après le mot : « soumis », la fin du premier alinéa de l'article L. 1, du second alinéa de l'article L. 2 et du dernier alinéa de l'article L. 3 est ainsi rédigée : « aux règles. »",
			map[string]string{"l1": "Le greffier est soumis aux règles.\nIl signe.", "l2": "Le juge est soumis à la loi. Il est soumis au maire.\nIl est soumis aux règles.", "l3": "Le maire signe.\nLe maire est soumis aux règles."}},
		{"du même article: refused", "1° Après le mot : « soumis », la fin du premier alinéa de l'article L. 1, de l'article L. 2 et du dernier alinéa du même article est ainsi rédigée : « aux règles. »", nil},
		{"a law named last: refused", "1° Après le mot : « soumis », la fin du premier alinéa de l'article L. 1, de l'article L. 2 et du dernier alinéa de l'article 3 de la loi n° 2000-1 du 1er janvier 2000 est ainsi rédigée : « aux règles. »", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			cor := Corpus{}
			for h, al := range arts {
				ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
				cor[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: al}
			}
			ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{C, c.text}}})
			got, errs := Apply(cor, ins, ApplyOptions{})
			if c.want == nil {
				for _, in := range ins {
					if in.Status == Parsed && len(in.Edits) > 0 && len(errs) == 0 {
						t.Fatalf("applied, want refused: %+v", in.Edits)
					}
				}
				return
			}
			if len(errs) > 0 {
				t.Fatalf("apply: %v", errs)
			}
			for h, w := range c.want {
				if g := strings.Join(got[CodeRef{Code: "code civil", Article: h}].Alineas, "\n"); g != w {
					t.Errorf("%s: got %q, want %q", h, g, w)
				}
			}
		})
	}
}
