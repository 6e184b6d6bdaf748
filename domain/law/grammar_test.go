package law

import (
	"strings"
	"testing"
)

// grammarCase is one rule of the legislative modification language, shown
// on a short phrase: the bill's alinéas (text) applied to article L. 1 of
// the code civil (before), giving want. Other articles of the code civil
// may be given in more (heading → alinéas). want nil means the instruction
// must be refused (unparsed), never applied.
type grammarCase struct {
	name   string
	before []string
	text   []string
	want   []string
	more   map[string][]string
	// legifrance sets ApplyOptions.LegifranceTypography.
	legifrance bool
}

func runGrammar(t *testing.T, cases []grammarCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := Corpus{}
			add := func(h string, al []string) {
				ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
				c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: al}
			}
			add("L1", tc.before)
			for h, al := range tc.more {
				add(h, al)
			}
			ins := ParseInstructions([]Article{{Number: "1er", Alineas: tc.text}})
			got, errs := Apply(c, ins, ApplyOptions{LegifranceTypography: tc.legifrance})
			if tc.want == nil {
				for _, in := range ins {
					if in.Status == Parsed && len(errs) == 0 && len(in.Edits) > 0 {
						t.Fatalf("applied, want refused: %+v", in.Edits)
					}
				}
				return
			}
			for _, in := range ins {
				if in.Status == Unparsed {
					t.Fatalf("unparsed (%s): %s", in.Reason, in.Text)
				}
			}
			for _, e := range errs {
				if !e.Missing {
					t.Fatalf("apply: %v", e)
				}
			}
			g := got[CodeRef{Code: "code civil", Article: "l1"}].Alineas
			if strings.Join(g, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(g, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestGrammarLaw(t *testing.T) {
	runGrammar(t, []grammarCase{
		{
			name:   "le même code est ainsi modifié",
			before: []string{"Le contrat est écrit."},
			text: []string{
				"I. - L'article L. 2 du code civil est abrogé.",
				"II. - Le même code est ainsi modifié :",
				"1° À l'article L. 1, le mot : \"écrit\" est remplacé par le mot : \"oral\" ;",
			},
			more: map[string][]string{"L2": {"Abrogé."}},
			want: []string{"Le contrat est oral."},
		},
		{
			name:   "dudit code",
			before: []string{"Le contrat est écrit."},
			text: []string{
				"I. - L'article L. 2 du code civil est abrogé.",
				"II. - À l'article L. 1 dudit code, le mot : \"écrit\" est remplacé par le mot : \"oral\".",
			},
			more: map[string][]string{"L2": {"Abrogé."}},
			want: []string{"Le contrat est oral."},
		},
		{
			name:   "est ainsi rétabli",
			before: []string{"(Abrogé)"},
			text:   []string{"L'article L. 1 du code civil est ainsi rétabli :", "\"Art. L. 1. - Le contrat est écrit.\""},
			want:   []string{"Le contrat est écrit."},
		},
		{
			name:   "quoted text after an alinéa without a verb is flagged, not dropped",
			before: []string{"Le contrat est écrit."},
			text:   []string{"Dans l'article L. 1 du code civil, on lit désormais :", "\"Le contrat est oral.\""},
			want:   nil,
		},
		{
			name:   "est complété par un 3°, the closing punctuation moves",
			before: []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles."},
			text:   []string{"L'article L. 1 du code civil est complété par un 3° ainsi rédigé :", "\"3° Les navires.\""},
			want:   []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles ;", "3° Les navires."},
		},
		{
			name:   "sont ajoutés des II et III",
			before: []string{"I. - Le contrat est écrit."},
			text:   []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Sont ajoutés des II et III ainsi rédigés :", "\"II. - Il est daté.", "\"III. - Il est signé.\""},
			want:   []string{"I. - Le contrat est écrit.", "II. - Il est daté.", "III. - Il est signé."},
		},
		{
			name:   "le II est complété par des 2° à 3°",
			before: []string{"I. - Le contrat est écrit.", "II. - Sont exclus :", "1° Les meubles."},
			text:   []string{"Le II de l'article L. 1 du code civil est complété par des 2° et 3° ainsi rédigés :", "\"2° Les immeubles ;", "\"3° Les navires.\""},
			want:   []string{"I. - Le contrat est écrit.", "II. - Sont exclus :", "1° Les meubles ;", "2° Les immeubles ;", "3° Les navires."},
		},
		{
			name:   "est insérée une phrase (no il)",
			before: []string{"Le contrat est écrit. Il est signé."},
			text:   []string{"Après la première phrase de l'article L. 1 du code civil, est insérée une phrase ainsi rédigée :", "\"Il est daté.\""},
			want:   []string{"Le contrat est écrit. Il est daté. Il est signé."},
		},
		{
			name:   "au début, est ajoutée la mention",
			before: []string{"Le contrat est écrit."},
			text:   []string{"Au début du premier alinéa de l'article L. 1 du code civil, est ajoutée la mention : \"I. -\" ;"},
			want:   []string{"I. - Le contrat est écrit."},
		},
		{
			name:   "il est rétabli un article",
			before: []string{"Le contrat est écrit."},
			text:   []string{"Après l'article L. 1 du code civil, il est rétabli un article L. 1-1 ainsi rédigé :", "\"Art. L. 1-1. - Il est daté.\""},
			want:   []string{"Le contrat est écrit."},
		},
		{
			name:   "après la seconde occurrence du mot, sont insérés",
			before: []string{"Le contrat et le devis et la facture."},
			text:   []string{"À l'article L. 1 du code civil, après la seconde occurrence du mot : \"et\", sont insérés les mots : \"aussi\"."},
			want:   []string{"Le contrat et le devis et aussi la facture."},
		},
		{
			name:   "la première occurrence de la référence est remplacée",
			before: []string{"Voir les articles 6 et 6."},
			text:   []string{"À l'article L. 1 du code civil, la première occurrence de la référence : \"6\" est remplacée par la référence : \"4\" et la deuxième occurrence de la référence : \"6\" est remplacée par la référence : \"5\"."},
			want:   []string{"Voir les articles 4 et 5."},
		},
		{
			name:   "après les mots, la fin de l'alinéa est ainsi rédigée",
			before: []string{"Le contrat est écrit sur papier libre.", "Il est signé."},
			text:   []string{"Après le mot : \"écrit\", la fin du premier alinéa de l'article L. 1 du code civil est ainsi rédigée : \"en français.\""},
			want:   []string{"Le contrat est écrit en français.", "Il est signé."},
		},
		{
			name:   "après les mots, la fin de la phrase est supprimée",
			before: []string{"Le contrat est écrit sur papier libre. Il est signé."},
			text:   []string{"À la première phrase de l'article L. 1 du code civil, après le mot : \"écrit\", la fin de la phrase est supprimée."},
			want:   []string{"Le contrat est écrit. Il est signé."},
		},
		{
			name:       "consolidated typography: capitals without accents",
			before:     []string{"Le contrat est écrit."},
			text:       []string{"L'article L. 1 du code civil est complété par les mots : \"par l'État. À défaut, par la commune\"."},
			want:       []string{"Le contrat est écrit par l'Etat. A défaut, par la commune."},
			legifrance: true,
		},
		{
			name:       "consolidated typography: new paragraphs numbered as the article numbers its own",
			before:     []string{"I.-Le contrat est écrit."},
			text:       []string{"L'article L. 1 du code civil est complété par un II ainsi rédigé :", "\"II. - Il est daté.\""},
			want:       []string{"I.-Le contrat est écrit.", "II.-Il est daté."},
			legifrance: true,
		},
		{
			name:       "consolidated typography: the horizontal bar by default",
			before:     []string{"Le contrat est écrit."},
			text:       []string{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", "\"II. - Il est daté.\""},
			want:       []string{"Le contrat est écrit.", "II. ― Il est daté."},
			legifrance: true,
		},
		{
			name:   "une ordonnance ainsi modifiée",
			before: []string{"Le contrat est écrit."},
			text: []string{
				"L'ordonnance n° 58-1100 du 17 novembre 1958 relative aux contrats est ainsi modifiée :",
				"1° L'article 3 est abrogé ;",
				"2° À l'article 5, le mot : \"écrit\" est remplacé par le mot : \"oral\".",
			},
			want: []string{"Le contrat est écrit."}, // L. 1 of the code civil untouched
		},
	})
}

func TestGrammarOrdonnance(t *testing.T) {
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{
		"L'ordonnance n° 58-1100 du 17 novembre 1958 relative aux contrats est ratifiée, sous réserve des modifications suivantes :",
		"1° L'article 3 est abrogé ;",
		"2° À l'article 5 de la même ordonnance, le mot : \"écrit\" est remplacé par le mot : \"oral\".",
	}}})
	want := []CodeRef{{Code: "ordonnance 58 1100", Article: "3"}, {Code: "ordonnance 58 1100", Article: "5"}}
	var got []CodeRef
	for _, in := range ins {
		if in.Status == Unparsed {
			t.Fatalf("unparsed (%s): %s", in.Reason, in.Text)
		}
		for _, e := range in.Edits {
			got = append(got, e.Scope.Ref)
		}
	}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestGrammarQuotedTextFlagged: quoted new text that no instruction
// introduces is returned Unparsed with its text, never dropped.
func TestGrammarQuotedTextFlagged(t *testing.T) {
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{
		"Dans l'article L. 1 du code civil, on lit désormais :",
		"\"Le contrat est oral.\"",
	}}})
	if len(ins) != 1 || ins[0].Status != Unparsed || ins[0].Payload != 1 {
		t.Fatalf("got %+v", ins)
	}
}
