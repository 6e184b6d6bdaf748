package law

import (
	"strconv"
	"strings"
	"testing"
)

// TestGrammarFormulas holds the standard formulas of the Guide de
// légistique (Légifrance, "Rédaction des dispositions modificatives"),
// one short phrase each: what they change, and the forms the engine must
// refuse rather than apply wrongly.
func TestGrammarFormulas(t *testing.T) {
	A := "L'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "à partir des mots, la fin est supprimée: the words go too", before: []string{"Le maire peut agir seul, sans délai."},
			text: []string{"À l'article L. 1 du code civil, à partir des mots : \", sans\", la fin de la phrase est supprimée."},
			want: []string{"Le maire peut agir seul."}},
		{name: "la fin, après les mots, est ainsi rédigée: the words stay", before: []string{"Le maire peut agir seul."},
			text: []string{"À l'article L. 1 du code civil, la fin de la phrase, après les mots : \"peut\", est ainsi rédigée : \"décider.\""},
			want: []string{"Le maire peut décider."}},
		{name: "deux fois, where the text holds the word three times, is refused", before: []string{"Le maire, le maire et le maire adjoint."},
			text: []string{"À l'article L. 1 du code civil, le mot : \"maire\" est remplacé, deux fois, par le mot : \"préfet\"."},
			want: nil},
		{name: "sont, partout où ils figurent, remplacés", before: []string{"Selon le maire et le maire adjoint."},
			text: []string{"À l'article L. 1 du code civil, les mots : \"le maire\" sont, partout où ils figurent, remplacés par les mots : \"le préfet\"."},
			want: []string{"Selon le préfet et le préfet adjoint."}},
		{name: "après la deuxième occurrence du mot, the word after it is replaced", before: []string{"Le maire et le maire adjoint."},
			text: []string{"À l'article L. 1 du code civil, après la deuxième occurrence du mot : \"maire\", le mot : \"adjoint\" est remplacé par le mot : \"délégué\"."},
			want: []string{"Le maire et le maire délégué."}},
		{name: "après le mot A, le mot B: A twice, both naming the one B after them", before: []string{"Le maire et le maire adjoint."},
			text: []string{"À l'article L. 1 du code civil, après le mot : \"maire\", le mot : \"adjoint\" est remplacé par le mot : \"délégué\"."},
			want: []string{"Le maire et le maire délégué."}},
		{name: "après le mot A, le mot B: A twice, each naming another B: refused", before: []string{"Le maire adjoint et le maire adjoint."},
			text: []string{"À l'article L. 1 du code civil, après le mot : \"maire\", le mot : \"adjoint\" est remplacé par le mot : \"délégué\"."},
			want: nil},
		{name: "après les mots A, les mots B sont supprimés: A also ends the text", before: []string{"De Miquelon et de président, de Miquelon."},
			text: []string{"À l'article L. 1 du code civil, après le mot : \"Miquelon\", les mots : \"et de président\" sont supprimés."},
			want: []string{"De Miquelon, de Miquelon."}},
		{name: "a part named by its words in a form not known is refused, never the whole article", before: []string{"Le maire peut agir seul."},
			text: []string{"À l'article L. 1 du code civil, la phrase commençant par les mots : \"Le maire\" est ainsi rédigée : \"Le préfet décide.\""},
			want: nil},
		{name: "quoted words in a deletion not read are refused, never the whole article", before: []string{"Le maire seul peut agir."},
			text: []string{"À l'article L. 1 du code civil, les mots : \"seul\" ou \"toujours\" sont supprimés."},
			want: nil},
		{name: "précédent is not a verb of modification", before: []string{"Le maire agit."},
			text: []string{"Les dispositions de l'alinéa précédent entrent en vigueur le 1er janvier 2030."},
			want: []string{"Le maire agit."}},
		{name: "la référence", before: []string{"Comme prévu à l'article L. 2."},
			text: []string{"À l'article L. 1 du code civil, la référence : \"L. 2\" est remplacée par la référence : \"L. 3\"."},
			want: []string{"Comme prévu à l'article L. 3."}},
		{name: "les références", before: []string{"Comme prévu aux articles L. 2 et L. 3."},
			text: []string{"À l'article L. 1 du code civil, les références : \"L. 2 et L. 3\" sont remplacées par les références : \"L. 4 et L. 5\"."},
			want: []string{"Comme prévu aux articles L. 4 et L. 5."}},
		{name: "le montant", before: []string{"L'amende est de 100 €."},
			text: []string{"À l'article L. 1 du code civil, le montant : \"100 €\" est remplacé par le montant : \"200 €\"."},
			want: []string{"L'amende est de 200 €."}},
		{name: "le taux", before: []string{"Le taux est de 5 %."},
			text: []string{"À l'article L. 1 du code civil, le taux : \"5 %\" est remplacé par le taux : \"10 %\"."},
			want: []string{"Le taux est de 10 %."}},
		{name: "la date", before: []string{"Jusqu'au 1er janvier 2010."},
			text: []string{"À l'article L. 1 du code civil, la date : \"1er janvier 2010\" est remplacée par la date : \"1er janvier 2012\"."},
			want: []string{"Jusqu'au 1er janvier 2012."}},
		{name: "l'année", before: []string{"Jusqu'en 2010."},
			text: []string{"À l'article L. 1 du code civil, l'année : \"2010\" est remplacée par l'année : \"2012\"."},
			want: []string{"Jusqu'en 2012."}},
		{name: "le nombre", before: []string{"Trois membres."},
			text: []string{"À l'article L. 1 du code civil, le nombre : \"Trois\" est remplacé par le nombre : \"Cinq\"."},
			want: []string{"Cinq membres."}},
		{name: "la somme", before: []string{"Une somme de 1 000 euros."},
			text: []string{"À l'article L. 1 du code civil, la somme : \"1 000 euros\" est remplacée par la somme : \"2 000 euros\"."},
			want: []string{"Une somme de 2 000 euros."}},
		{name: "le chiffre", before: []string{"Dans les 2 mois."},
			text: []string{"À l'article L. 1 du code civil, le chiffre : \"2\" est remplacé par le chiffre : \"3\"."},
			want: []string{"Dans les 3 mois."}},
		{name: "le signe", before: []string{"Le contrat, écrit, est signé."},
			text: []string{"À l'article L. 1 du code civil, après le mot : \"contrat\", le signe : \",\" est supprimé."},
			want: []string{"Le contrat écrit, est signé."}},
		{name: "à chaque occurrence", before: []string{"Le maire et le maire adjoint."},
			text: []string{"À l'article L. 1 du code civil, le mot : \"maire\" est remplacé, à chaque occurrence, par le mot : \"préfet\"."},
			want: []string{"Le préfet et le préfet adjoint."}},
		{name: "deux fois", before: []string{"Le maire et le maire adjoint."},
			text: []string{"À l'article L. 1 du code civil, le mot : \"maire\" est remplacé, deux fois, par le mot : \"préfet\"."},
			want: []string{"Le préfet et le préfet adjoint."}},
		{name: "complété par les mots", before: []string{"Le contrat est écrit."},
			text: []string{A + " est complété par les mots : \", sauf exception\"."},
			want: []string{"Le contrat est écrit, sauf exception."}},
		{name: "au début sont ajoutés les mots", before: []string{"le contrat est écrit."},
			text: []string{"Au début du premier alinéa de l'article L. 1 du code civil, sont ajoutés les mots : \"Sauf exception,\"."},
			want: []string{"Sauf exception, le contrat est écrit."}},
		{name: "le second alinéa est supprimé", before: []string{"A.", "B."},
			text: []string{"Le second alinéa de l'article L. 1 du code civil est supprimé."},
			want: []string{"A."}},
		{name: "avant-dernier alinéa", before: []string{"A.", "B le mot.", "C."},
			text: []string{"À l'avant-dernier alinéa de l'article L. 1 du code civil, le mot : \"mot\" est remplacé par le mot : \"terme\"."},
			want: []string{"A.", "B le terme.", "C."}},
		{name: "les deux derniers alinéas sont supprimés", before: []string{"A.", "B.", "C."},
			text: []string{"Les deux derniers alinéas de l'article L. 1 du code civil sont supprimés."},
			want: []string{"A."}},
		{name: "le dernier alinéa remplacé par deux alinéas", before: []string{"A.", "B."},
			text: []string{"Le dernier alinéa de l'article L. 1 du code civil est remplacé par deux alinéas ainsi rédigés :", "\"C.", "\"D.\""},
			want: []string{"A.", "C.", "D."}},
		{name: "précédé de la mention", before: []string{"A.", "B."},
			text: []string{"Le premier alinéa de l'article L. 1 du code civil est précédé de la mention : \"I. -\"."},
			want: []string{"I. - A.", "B."}},
		{name: "la dernière phrase est supprimée", before: []string{"Le contrat est écrit. Il est daté. Il est signé."},
			text: []string{"La dernière phrase de l'article L. 1 du code civil est supprimée."},
			want: []string{"Le contrat est écrit. Il est daté."}},
		{name: "le début without its end (le reste sans changement) is refused: where the old start ends is not said", before: []string{"Le maire de la commune peut agir."},
			text: []string{"Le début de l'article L. 1 du code civil est ainsi rédigé : \"Le préfet du département peut\" (le reste sans changement)."},
			want: nil},
		{name: "le début jusqu'aux mots explicit", before: []string{"Le maire de la commune peut agir."},
			text: []string{"Le début de l'article L. 1 du code civil jusqu'aux mots : \"peut\" est ainsi rédigé : \"Le préfet du département peut\"."},
			want: []string{"Le préfet du département peut agir."}},
		{name: "la fin à partir des mots", before: []string{"Le maire peut agir seul."},
			text: []string{"À l'article L. 1 du code civil, la fin de la phrase à partir des mots : \"agir\" est ainsi rédigée : \"décider.\""},
			want: []string{"Le maire peut décider."}},
		{name: "words and deleted words", before: []string{"Le maire seul peut agir."},
			text: []string{"À l'article L. 1 du code civil, le mot : \"maire\" est remplacé par le mot : \"préfet\" et le mot : \"seul\" est supprimé."},
			want: []string{"Le préfet peut agir."}},
		{name: "replace then insert after", before: []string{"Le maire peut agir."},
			text: []string{"À l'article L. 1 du code civil, le mot : \"maire\" est remplacé par le mot : \"préfet\" et, après le mot : \"agir\", sont insérés les mots : \"seul\"."},
			want: []string{"Le préfet peut agir seul."}},
		{name: "après la référence sont insérés", before: []string{"Selon l'article L. 2."},
			text: []string{"À l'article L. 1 du code civil, après la référence : \"L. 2\", sont insérés les mots : \"ou L. 3\"."},
			want: []string{"Selon l'article L. 2 ou L. 3."}},
		{name: "a du 1°", before: []string{"Sont exclus :", "1° Les biens :", "a) Les meubles ;", "b) Les immeubles."},
			text: []string{"Au a du 1° de l'article L. 1 du code civil, le mot : \"meubles\" est remplacé par le mot : \"navires\"."},
			want: []string{"Sont exclus :", "1° Les biens :", "a) Les navires ;", "b) Les immeubles."}},
		{name: "le 2° est abrogé", before: []string{"Sont exclus :", "1° Les meubles ;", "2° Les navires ;", "3° Les immeubles."},
			text: []string{"Le 2° de l'article L. 1 du code civil est abrogé."},
			want: []string{"Sont exclus :", "1° Les meubles ;", "2° (Abrogé) ;", "3° Les immeubles."}},
		{name: "2° bis inséré", before: []string{"Sont exclus :", "1° Les meubles ;", "2° Les navires ;", "3° Les immeubles."},
			text: []string{"Après le 2° de l'article L. 1 du code civil, il est inséré un 2° bis ainsi rédigé :", "\"2° bis Les aéronefs ;\""},
			want: []string{"Sont exclus :", "1° Les meubles ;", "2° Les navires ;", "2° bis Les aéronefs ;", "3° Les immeubles."}},
		{name: "le I est ainsi rédigé", before: []string{"I. - A.", "II. - B."},
			text: []string{"Le I de l'article L. 1 du code civil est ainsi rédigé :", "\"I. - C.\""},
			want: []string{"I. - C.", "II. - B."}},
		{name: "est complété par une phrase", before: []string{"A.", "B."},
			text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par une phrase ainsi rédigée :", "\"Il est daté.\""},
			want: []string{"A. Il est daté.", "B."}},
		{name: "ainsi modifié items", before: []string{"Le maire agit.", "B."},
			text: []string{A + " est ainsi modifié :", "1° Au premier alinéa, le mot : \"maire\" est remplacé par le mot : \"préfet\" ;", "2° Le second alinéa est supprimé."},
			want: []string{"Le préfet agit."}},
		{name: "au même article", before: []string{"Le maire agit."},
			text: []string{"I. - L'article L. 2 du code civil est abrogé.", "II. - Au premier alinéa de l'article L. 1 du même code, le mot : \"maire\" est remplacé par le mot : \"préfet\"."},
			more: map[string][]string{"L2": {"X."}},
			want: []string{"Le préfet agit."}},
		{name: "les mots et les mots sont supprimés", before: []string{"Le maire seul peut toujours agir."},
			text: []string{"À l'article L. 1 du code civil, les mots : \"seul\" et \"toujours\" sont supprimés."},
			want: []string{"Le maire peut agir."}},
		{name: "à la fin les mots sont remplacés", before: []string{"Le maire peut agir seul."},
			text: []string{"À la fin de l'article L. 1 du code civil, les mots : \"agir seul\" sont remplacés par le mot : \"décider\"."},
			want: []string{"Le maire peut décider."}},
		{name: "seconde phrase", before: []string{"Le contrat est écrit. Le maire agit."},
			text: []string{"À la seconde phrase de l'article L. 1 du code civil, le mot : \"maire\" est remplacé par le mot : \"préfet\"."},
			want: []string{"Le contrat est écrit. Le préfet agit."}},
		{name: "au début de l'article il est ajouté un alinéa", before: []string{"B."},
			text: []string{"Au début de l'article L. 1 du code civil, il est ajouté un alinéa ainsi rédigé :", "\"A.\""},
			want: []string{"A.", "B."}},
		{name: "sont insérés deux alinéas", before: []string{"A.", "D."},
			text: []string{"Après le premier alinéa de l'article L. 1 du code civil, sont insérés deux alinéas ainsi rédigés :", "\"B.", "\"C.\""},
			want: []string{"A.", "B.", "C.", "D."}},
		{name: "le mot remplacé par les mots majuscule", before: []string{"Le maire agit."},
			text: []string{"À l'article L. 1 du code civil, le mot : \"maire\" est remplacé par les mots : \"président du conseil\"."},
			want: []string{"Le président du conseil agit."}},
		{name: "l'abréviation", before: []string{"Selon le C.G.I."},
			text: []string{"À l'article L. 1 du code civil, l'abréviation : \"C.G.I.\" est remplacée par les mots : \"code général des impôts\"."},
			want: []string{"Selon le code général des impôts"}},
		{name: "la première occurrence", before: []string{"Le maire et le maire adjoint."},
			text: []string{"À l'article L. 1 du code civil, la première occurrence du mot : \"maire\" est remplacée par le mot : \"préfet\"."},
			want: []string{"Le préfet et le maire adjoint."}},
		{name: "la seconde occurrence", before: []string{"Le maire et le maire adjoint."},
			text: []string{"À l'article L. 1 du code civil, la seconde occurrence du mot : \"maire\" est remplacée par le mot : \"préfet\"."},
			want: []string{"Le maire et le préfet adjoint."}},
		{name: "alinéas deviennent I", before: []string{"A.", "B."},
			text: []string{A + " est ainsi modifié :", "1° Au début du premier alinéa, est ajoutée la mention : \"I. -\" ;", "2° Il est ajouté un II ainsi rédigé :", "\"II. - C.\""},
			want: []string{"I. - A.", "B.", "II. - C."}},
		{name: "les mots … sont remplacés par les mots … et les mots", before: []string{"Le maire agit vite."},
			text: []string{"À l'article L. 1 du code civil, les mots : \"Le maire\" sont remplacés par les mots : \"Le préfet\" et les mots : \"agit vite\" sont remplacés par les mots : \"décide\"."},
			want: []string{"Le préfet décide."}},
		{name: "à la dernière phrase de l'avant-dernier alinéa", before: []string{"Le contrat est écrit. Le maire agit.", "C."},
			text: []string{"À la dernière phrase de l'avant-dernier alinéa de l'article L. 1 du code civil, le mot : \"maire\" est remplacé par le mot : \"préfet\"."},
			want: []string{"Le contrat est écrit. Le préfet agit.", "C."}},
		{name: "les trois derniers alinéas", before: []string{"A.", "B.", "C.", "D."},
			text: []string{"Les trois derniers alinéas de l'article L. 1 du code civil sont supprimés."},
			want: []string{"A."}},
		{name: "sont supprimés les mots ordering", before: []string{"Le maire seul agit."},
			text: []string{"À l'article L. 1 du code civil, sont supprimés les mots : \" seul\"."},
			want: []string{"Le maire agit."}},
		{name: "le mot est remplacé (guillemets français)", before: []string{"Le maire agit."},
			text: []string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: []string{"Le préfet agit."}},
	})
}

func TestGrammarWordsAtTheStartOfANumberedAlinea(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "au début du 2°, sont ajoutés les mots: after the label", before: []string{"Sont exclus :", "1° Les meubles ;", "2° Les navires."},
			text: []string{"Au début du 2° de l'article L. 1 du code civil, sont ajoutés les mots : \"Sauf exception,\"."},
			want: []string{"Sont exclus :", "1° Les meubles ;", "2° Sauf exception, les navires."}},
		{name: "a mention (a label) still goes first", before: []string{"Le contrat est écrit."},
			text: []string{"Au début du premier alinéa de l'article L. 1 du code civil, est ajoutée la mention : \"I. -\"."},
			want: []string{"I. - Le contrat est écrit."}},
	})
}

// TestGrammarWhichCode: the text an article number belongs to is the one
// the locator names ("du code", "dans le code", "au code", "du livre des
// procédures fiscales"), the context's, or the one named before in the
// same bill article; across bill articles nothing is assumed.
func TestGrammarWhichCode(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles [][]string
		code     string // "" = refused
	}{
		{"du livre des procédures fiscales is a code of its own", [][]string{{"I. - L'article L. 2 du code civil est abrogé.", "II. - L'article L. 80 B du livre des procédures fiscales est abrogé."}}, "livre des procedures fiscales"},
		{"dans le code de commerce", [][]string{{"I. - L'article L. 2 du code civil est abrogé.", "II. - Dans le code de commerce, l'article L. 3 est abrogé."}}, "code de commerce"},
		{"a later paragraph of the same article takes the code named before", [][]string{{"I. - L'article L. 2 du code de commerce est abrogé.", "II. - Le I de l'article L. 3 est abrogé."}}, "code de commerce"},
		{"the next bill article does not", [][]string{{"L'article L. 2 du code de commerce est abrogé."}, {"L'article L. 3 est abrogé."}}, ""},
		{"du même code in the next bill article does", [][]string{{"L'article L. 2 du code de commerce est abrogé."}, {"L'article L. 3 du même code est abrogé."}}, "code de commerce"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var arts []Article
			for i, al := range tc.articles {
				arts = append(arts, Article{Number: ArticleNumber(strconv.Itoa(i + 1)), Alineas: al})
			}
			ins := ParseInstructions(arts)
			last := ins[len(ins)-1]
			if tc.code == "" {
				if last.Status != Unparsed {
					t.Fatalf("want refused, got %v %+v", last.Status, last.Edits)
				}
				return
			}
			if last.Status != Parsed || len(last.Edits) == 0 || last.Edits[0].Scope.Ref.Code != tc.code {
				t.Fatalf("want %q, got %v %s %+v", tc.code, last.Status, last.Reason, last.Edits)
			}
		})
	}
}

// TestGrammarEnablingClause: the items of an enabling clause (article 38
// of the Constitution) empower the Government; they are flagged as such,
// never applied, and the clause ends with its level.
func TestGrammarEnablingClause(t *testing.T) {
	ins := ParseInstructions([]Article{{Number: "2", Alineas: []string{
		"I. - Dans les conditions prévues par l'article 38 de la Constitution, le Gouvernement est autorisé à prendre par voie d'ordonnance les mesures nécessaires pour :",
		"1° Modifier les dispositions des articles L. 243-1 à L. 243-3 du code rural ;",
		"2° Procéder aux modifications du même code nécessaires.",
		"II. - L'article L. 1 du code rural est abrogé.",
	}}})
	if len(ins) != 3 {
		t.Fatalf("%d instructions, want 3: %+v", len(ins), ins)
	}
	for _, in := range ins[:2] {
		if in.Status != Unparsed || !strings.Contains(in.Reason, "enabling clause") {
			t.Errorf("%q: %v %q, want flagged as an enabling clause's item", in.Text, in.Status, in.Reason)
		}
	}
	if ins[2].Status != Parsed || ins[2].Edits[0].Kind != EditDelete {
		t.Errorf("the paragraph after the clause: %+v", ins[2])
	}
}
