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
			want:       []string{"I. ― Le contrat est écrit.", "II. ― Il est daté."},
			legifrance: true,
		},
		{
			name:   "a range of articles: les articles L. 1 à L. 2",
			before: []string{"Le contrat est écrit."},
			text:   []string{"Aux articles L. 1 à L. 2 du code civil, le mot : \"écrit\" est remplacé par le mot : \"oral\"."},
			more:   map[string][]string{"L1-1": {"Le bail est écrit."}, "L2": {"Le prêt est écrit."}, "L3": {"Le don est écrit."}},
			want:   []string{"Le contrat est oral."},
		},
		{
			name:       "consolidated typography: paragraph numbers kept as the article writes them (I. - )",
			before:     []string{"I. - Le contrat est écrit."},
			text:       []string{"L'article L. 1 du code civil est complété par un II ainsi rédigé :", "\"II. - Il est daté (1).\""},
			want:       []string{"I. - Le contrat est écrit.", "II. - Il est daté."},
			legifrance: true,
			more:       map[string][]string{"L9": {"I.-Un.", "II.-Deux."}},
		},
		{
			name:   "quoted words at the start of a sentence: the capital is kept",
			before: []string{"Le présent chapitre s'applique. Voir le présent chapitre."},
			text:   []string{"À l'article L. 1 du code civil, les mots : \"le présent chapitre\" sont remplacés par les mots : \"la présente section\"."},
			want:   []string{"La présente section s'applique. Voir la présente section."},
		},
		{
			name:   "capitals with or without their accent",
			before: []string{"Un décret en Conseil d'Etat fixe la date."},
			text:   []string{"À l'article L. 1 du code civil, les mots : \"décret en Conseil d'État\" sont remplacés par le mot : \"arrêté\"."},
			want:   []string{"Un arrêté fixe la date."},
		},
		{
			name:   "après le b, il est inséré un c: before the alinéa that closes the list",
			before: []string{"Sont exclus :", "a) Les meubles ;", "b) Les immeubles.", "Un décret fixe les modalités."},
			text:   []string{"Après le b de l'article L. 1 du code civil, il est inséré un c ainsi rédigé :", "\"c) Les navires.\""},
			want:   []string{"Sont exclus :", "a) Les meubles ;", "b) Les immeubles ;", "c) Les navires.", "Un décret fixe les modalités."},
		},
		{
			name:   "sentences counted where the code prints no space after the period",
			before: []string{"Le contrat est écrit.A cet effet, il est signé. Il est daté."},
			text:   []string{"À la fin de la troisième phrase du premier alinéa de l'article L. 1 du code civil, le mot : \"daté\" est remplacé par le mot : \"publié\"."},
			want:   []string{"Le contrat est écrit.A cet effet, il est signé. Il est publié."},
		},
		{
			name:   "no sentence ends inside an abbreviation without spaces",
			before: []string{"Selon l'article L.O. 135 du code, le contrat est écrit. Il est daté."},
			text:   []string{"À la seconde phrase du premier alinéa de l'article L. 1 du code civil, le mot : \"daté\" est remplacé par le mot : \"publié\"."},
			want:   []string{"Selon l'article L.O. 135 du code, le contrat est écrit. Il est publié."},
		},
		{
			name:   "a second locator after et: the operations after it are its own",
			before: []string{"Le contrat est écrit et daté.", "Il est daté."},
			text:   []string{"À l'article L. 2 du code civil, le mot : \"écrit\" est remplacé par le mot : \"oral\" et, au second alinéa de l'article L. 1, le mot : \"daté\" est remplacé par le mot : \"signé\"."},
			more:   map[string][]string{"L2": {"Le contrat est écrit."}},
			want:   []string{"Le contrat est écrit et daté.", "Il est signé."},
		},
		{
			name:   "a second locator naming no article keeps the first one's article",
			before: []string{"Le contrat est écrit et daté.", "Il est daté."},
			text:   []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : \"écrit\" est remplacé par le mot : \"oral\" et, au second alinéa, le mot : \"daté\" est remplacé par le mot : \"signé\"."},
			want:   []string{"Le contrat est oral et daté.", "Il est signé."},
		},
		{
			name:   "locators joined by et, each naming its article",
			before: []string{"Il est daté.", "Il est daté."},
			text:   []string{"Au premier alinéa de l'article L. 2 et au second alinéa de l'article L. 1 du code civil, le mot : \"daté\" est remplacé par le mot : \"signé\"."},
			more:   map[string][]string{"L2": {"Il est daté."}},
			want:   []string{"Il est daté.", "Il est signé."},
		},
		{
			name:   "locators joined by a comma, each naming its article",
			before: []string{"Il est daté.", "Il est daté."},
			text:   []string{"À l'article L. 2, au second alinéa de l'article L. 1 du code civil, le mot : \"daté\" est remplacé par le mot : \"signé\"."},
			more:   map[string][]string{"L2": {"Il est daté."}},
			want:   []string{"Il est daté.", "Il est signé."},
		},
		{
			name:   "a first locator naming no article takes the second's",
			before: []string{"Il est daté. Il est daté.", "Il est daté."},
			text:   []string{"À la première phrase du premier alinéa et au second alinéa de l'article L. 1 du code civil, le mot : \"daté\" est remplacé par le mot : \"signé\"."},
			want:   []string{"Il est signé. Il est daté.", "Il est signé."},
		},
		{
			name:   "a list of items: aux I et II",
			before: []string{"I. - Il est daté.", "II. - Il est daté.", "III. - Il est daté."},
			text:   []string{"Aux I et II de l'article L. 1 du code civil, le mot : \"daté\" est remplacé par le mot : \"signé\"."},
			want:   []string{"I. - Il est signé.", "II. - Il est signé.", "III. - Il est daté."},
		},
		{
			name:   "les articles L. 1 à L. 2 sont ainsi rédigés: each article its own block",
			before: []string{"Le contrat est écrit."},
			text:   []string{"Les articles L. 1 à L. 2 du code civil sont ainsi rédigés :", "\"Art. L. 1. - Le contrat est oral.", "\"Il est daté.", "\"Art. L. 2. - Le contrat est signé.\""},
			more:   map[string][]string{"L2": {"Le contrat est daté."}},
			want:   []string{"Le contrat est oral.", "Il est daté."},
		},
		{
			name:   "articles rewritten with a block for an article not named: refused",
			before: []string{"Le contrat est écrit."},
			text:   []string{"Les articles L. 1 et L. 2 du code civil sont ainsi rédigés :", "\"Art. L. 1. - Le contrat est oral.", "\"Art. L. 3. - Le contrat est signé.\""},
			more:   map[string][]string{"L2": {"Le contrat est daté."}},
			want:   nil,
		},
		{
			name:   "a new paragraph goes after the unnumbered alinéas of the last one",
			before: []string{"I. - Le contrat est écrit.", "II. - Il est daté.", "Il est signé."},
			text:   []string{"L'article L. 1 du code civil est complété par un III ainsi rédigé :", "\"III. - Il est remis.\""},
			want:   []string{"I. - Le contrat est écrit.", "II. - Il est daté.", "Il est signé.", "III. - Il est remis."},
		},
		{
			name:   "items numbered with septies, octies: b septies ends at b octies",
			before: []string{"Sont taxés :", "b septies. les travaux ;", "b octies. les abonnements."},
			text:   []string{"Le b septies de l'article L. 1 du code civil est complété par les mots : \", ainsi que les entretiens\"."},
			want:   []string{"Sont taxés :", "b septies. les travaux, ainsi que les entretiens ;", "b octies. les abonnements."},
		},
		{
			name:   "the first alinéa of an item rewritten without its label keeps it",
			before: []string{"2. Sont exclus :", "f) A la rémunération versée ;", "1° le contrat ;", "2° les coupes."},
			text:   []string{"Le f du 2 de l'article L. 1 du code civil est ainsi modifié :", "1° Le premier alinéa est ainsi rédigé :", "\"À la rémunération payée :\" ;", "2° Le 2° est ainsi rédigé :", "\"2° les ventes.\""},
			want:   []string{"2. Sont exclus :", "f) À la rémunération payée :", "1° le contrat ;", "2° les ventes."},
		},
		{
			name:   "alinéas counted on the article as the bill article found it",
			before: []string{"A.", "B est daté.", "C."},
			text:   []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Après le premier alinéa, il est inséré un alinéa ainsi rédigé :", "\"A bis.\" ;", "2° Au deuxième alinéa, le mot : \"daté\" est remplacé par le mot : \"signé\"."},
			want:   []string{"A.", "A bis.", "B est signé.", "C."},
		},
		{
			name:   "an alinéa deleted by an earlier edit of the same bill article is not counted again",
			before: []string{"A.", "B est daté.", "C est daté."},
			text:   []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le deuxième alinéa est supprimé ;", "2° Au deuxième alinéa, le mot : \"daté\" est remplacé par le mot : \"signé\"."},
			want:   nil,
		},
		{
			name:   "sentences counted on the alinéa as the bill article found it",
			before: []string{"Les ventes sont limitées. Elles sont déclarées."},
			text:   []string{"Le premier alinéa de l'article L. 1 du code civil est ainsi modifié :", "1° Après la première phrase, il est inséré une phrase ainsi rédigée :", "\"Les ventes de fruits sont exclues.\" ;", "2° Au début de la seconde phrase, le mot : \"Elles\" est remplacé par les mots : \"Les ventes\"."},
			want:   []string{"Les ventes sont limitées. Les ventes de fruits sont exclues. Les ventes sont déclarées."},
		},
		{
			name:   "a deferred repeal is refused, not applied now",
			before: []string{"Le contrat est écrit."},
			text:   []string{"L'article L. 1 du code civil est abrogé à compter du 1er janvier 2011."},
			want:   nil,
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

// TestGrammarCreations: creating articles needs the code only; headings
// are recorded (divisions are not articles).
func TestGrammarCreations(t *testing.T) {
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{
		"I. - Au chapitre Ier du titre IV du livre V du code civil, il est inséré un article L. 541-1 ainsi rédigé :",
		"\"Art. L. 541-1. - Le contrat est écrit.\"",
		"II. - Le titre IX du livre VI du code rural est ainsi modifié :",
		"a) L'intitulé est ainsi rédigé : \"Observatoires\" ;",
		"b) Il est ajouté un chapitre II ainsi rédigé :",
		"\"Chapitre II",
		"\"Art. L. 692-1. - Il est daté.\"",
	}}})
	var created []CodeRef
	for _, in := range ins {
		if in.Status == Unparsed {
			t.Fatalf("unparsed (%s): %s", in.Reason, in.Text)
		}
		for _, e := range in.Edits {
			for _, a := range e.NewArticles {
				created = append(created, a.Ref)
			}
		}
	}
	want := []CodeRef{{Code: "code civil", Article: "l541-1"}, {Code: "code rural et de la peche maritime", Article: "l692-1"}}
	if len(created) != 2 || created[0] != want[0] || created[1] != want[1] {
		t.Errorf("created %v, want %v", created, want)
	}
}

func TestArticleRange(t *testing.T) {
	for _, tc := range []struct {
		k    string
		want bool
	}{{"l331-18", true}, {"l331-18-1", true}, {"l331-21", true}, {"l331-22", false}, {"l331-2", false}, {"r331-19", false}, {"39 bis a", false}} {
		if got := inRange(tc.k, "l331-18", "l331-21"); got != tc.want {
			t.Errorf("inRange(%q) = %v, want %v", tc.k, got, tc.want)
		}
	}
	c := Corpus{}
	for _, h := range []string{"L331-18", "L331-19", "L331-21", "L331-22"} {
		ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: []string{"x"}}
	}
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"Les articles L. 331-18 à L. 331-21 du code civil sont abrogés."}}})
	got, errs := Apply(c, ins, ApplyOptions{})
	if len(errs) > 0 || len(got) != 1 {
		t.Errorf("got %d articles left (%v), want only L. 331-22", len(got), errs)
	}
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

// amCase is one rule of the amendments' drafting language on a short
// phrase: the dispositif (one paragraph a line) applied to a bill
// article. want nil means refused.
// runAmendments applies each case's dispositif to its before-text:
// want nil means the amendment must be refused.
func runAmendments(t *testing.T, cases []amCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := ApplyAmendment(Article{Number: "1", Alineas: tc.before}, tc.dispositif)
			if tc.want == nil {
				if r.Applied {
					t.Fatalf("applied, want refused: %q", r.Article.Alineas)
				}
				return
			}
			if !r.Applied {
				t.Fatalf("refused: %q", r.Unparsed)
			}
			if strings.Join(r.Article.Alineas, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(r.Article.Alineas, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

type amCase struct {
	name       string
	before     []string
	dispositif string
	want       []string
}

func TestGrammarAmendment(t *testing.T) {
	three := []string{"I. - Le contrat est écrit et signé.", "Il est daté. Il est remis.", "II. - Le contrat est conservé."}
	runAmendments(t, []amCase{
		{"Sénat: locator line, verb line, unquoted words", three,
			"Alinéa 1\nRemplacer les mots :\nécrit et signé\npar le mot :\nsigné",
			[]string{"I. - Le contrat est signé.", three[1], three[2]}},
		{"Sénat: words glued to the next verb", three,
			"Alinéa 1\nAprès le mot :\nécrit insérer les mots :\nen français",
			[]string{"I. - Le contrat est écrit en français et signé.", three[1], three[2]}},
		{"Sénat: cet alinéa replaced by two unquoted alinéas", three,
			"Alinéa 2\nRemplacer cet alinéa par deux alinéas ainsi rédigés :\nIl est daté.\nIl est remis.",
			[]string{three[0], "Il est daté.", "Il est remis.", three[2]}},
		{"Sénat: parts lettered A -, B - (each with its locator line; new text ends at the next part)", three,
			"A - Alinéa 1\nRédiger ainsi cet alinéa :\nI. - Le contrat est oral.\nB - Alinéa 3\nRédiger ainsi cet alinéa :\nII. - Le contrat est détruit.",
			[]string{"I. - Le contrat est oral.", three[1], "II. - Le contrat est détruit."}},
		{"Sénat: the alinéas a head announces are new text, even one that reads as an instruction", three,
			"Alinéas 2 à 3\nRemplacer ces alinéas par deux alinéas ainsi rédigés :\nII. – À la première phrase de l'article 2, le mot : « écrit » est remplacé par le mot : « oral ».\nIII. – Le contrat est conservé.",
			[]string{three[0], "II. – À la première phrase de l'article 2, le mot : « écrit » est remplacé par le mot : « oral ».", "III. – Le contrat est conservé."}},
		{"Sénat: unquoted new text ends at the next part's compensation formula (gage)", three,
			"I. – Alinéa 2\nRédiger ainsi cet alinéa :\nIl est daté.\nII. – Pour compenser la perte de recettes résultant du I, compléter cet article par un paragraphe ainsi rédigé :\n… – La perte de recettes est compensée.",
			[]string{three[0], "Il est daté.", three[2], "III. - La perte de recettes est compensée."}},
		{"Sénat: inserted alinéas end at the compensation formula (gage)", three,
			"I. Après l'alinéa 1\nInsérer un alinéa ainsi rédigé :\n« Il est lu. »\nII. Pour compenser la perte de recettes résultant du I ci-dessus, compléter cet article par un paragraphe ainsi rédigé :\nLa perte de recettes est compensée.",
			[]string{three[0], "Il est lu.", three[1], three[2], "La perte de recettes est compensée."}},
		{"Sénat: a list of alinéas, one with its sentence (Alinéas 2, seconde phrase, 3)", three,
			"Alinéas 2, seconde phrase, 3\nRemplacer le mot :\nest\npar le mot :\nsera",
			[]string{three[0], "Il est daté. Il sera remis.", "II. - Le contrat sera conservé."}},
		{"a list of alinéas with a sentence and a range is refused", three,
			"Alinéas 1, seconde phrase, 2 à 3\nRemplacer le mot :\nest\npar le mot :\nsera",
			nil},
		{"deleting a bill's item with the quoted text it inserts leaves one 2° (Supprimé)",
			[]string{"I. - Le code est modifié :", "1° L'article 1 est abrogé ;", "2° L'article 2 est complété par un 7° ainsi rédigé :", "« 7° Les taxes. »", "II. - Le I entre en vigueur."},
			"Alinéas 3 et 4\nSupprimer ces alinéas.",
			[]string{"I. - Le code est modifié :", "1° L'article 1 est abrogé ;", "2° (Supprimé)", "II. - Le I entre en vigueur."}},
		{"Sénat: two pairs of words in one instruction (… par les mots : B / et les mots : C / par les mots : D)", three,
			"Alinéa 2, seconde phrase\nRemplacer les mots :\nest remis\npar les mots :\nsera remis\net les mots :\nIl\npar les mots :\nLe texte",
			[]string{three[0], "Il est daté. Le texte sera remis.", three[2]}},
		{"an article's heading (« Art. L. 1. –) is not a sentence: the first sentence follows it",
			[]string{"I. - Il est inséré un article L. 1 ainsi rédigé :", "« Art. L. 1-2. - Le contrat est approuvé par le ministre. Il est publié. »"},
			"Alinéa 2, première phrase\nCompléter cette phrase par les mots :\net par le maire",
			[]string{"I. - Il est inséré un article L. 1 ainsi rédigé :", "« Art. L. 1-2. - Le contrat est approuvé par le ministre et par le maire. Il est publié. »"}},
		{"an item inserted before another of its kind ends with \" ;\" after the text it inserts",
			[]string{"La loi est ainsi modifiée :", "1° L'article 1 est abrogé ;", "2° L'article 3 est abrogé."},
			"Après l'alinéa 2\nInsérer deux alinéas ainsi rédigés :\n...° L'article 2 est complété par un alinéa ainsi rédigé :\n« Il est daté. »",
			[]string{"La loi est ainsi modifiée :", "1° L'article 1 est abrogé ;", "1° bis L'article 2 est complété par un alinéa ainsi rédigé :", "« Il est daté. » ;", "2° L'article 3 est abrogé."}},
		{"\"le texte proposé pour l'article …\" without its article's text in the bill article is refused", three,
			"Alinéa 2\nCompléter le texte proposé pour l'article L. 1 du code civil par un alinéa ainsi rédigé :\n« Il est lu. »",
			nil},
		{"compléter le texte proposé pour l'article L. 2: after that quoted article's last alinéa",
			[]string{"I. - Il est inséré deux articles ainsi rédigés :", "« Art. L. 1. - Le contrat est écrit.", "« Il est daté.", "« Art. L. 2. - La commission est chargée :", "« 1° De recenser ;", "« 2° De trancher.", "« Le recensement est public. »"},
			"Alinéa 5\nCompléter le texte proposé pour l'article L. 1 du code civil par un alinéa ainsi rédigé :\n« Il est signé.",
			[]string{"I. - Il est inséré deux articles ainsi rédigés :", "« Art. L. 1. - Le contrat est écrit.", "« Il est daté.", "« Il est signé.", "« Art. L. 2. - La commission est chargée :", "« 1° De recenser ;", "« 2° De trancher.", "« Le recensement est public. »"}},
		{"dans le premier alinéa du texte proposé par le I pour l'article L. 2 / le deuxième alinéa du même texte",
			[]string{"I. - L'article L. 2 est ainsi rédigé :", "« Art. L. 2. - Le taux est de 30 %.", "« Il est daté. »", "II. - Le taux de 30 % est maintenu."},
			"I. - Dans le premier alinéa du texte proposé par le I de cet article pour l'article L. 2 du code civil, remplacer le taux :\n30 %\npar le taux :\n50 %\nII. - Rédiger comme suit le deuxième alinéa du même texte :\n« Il est signé.",
			[]string{"I. - L'article L. 2 est ainsi rédigé :", "« Art. L. 2. - Le taux est de 50 %.", "« Il est signé. »", "II. - Le taux de 30 % est maintenu."}},
		{"the amendment's next part (V. – … supprimer …) ends the new text of the part before, closed or not", three,
			"I. - Rédiger comme suit l'alinéa 2 :\n« Il est lu.\nII. - Après le mot :\nest\nsupprimer la fin de l'alinéa 3.",
			[]string{three[0], "Il est lu.", "II. - Le contrat est."}},
		{"après le mot A, supprimer la fin de l'alinéa: from the word to the end, never the whole alinéa", three,
			"Après le mot : « écrit », supprimer la fin de l'alinéa 1.",
			[]string{"I. - Le contrat est écrit.", three[1], three[2]}},
		{"the end of a quoted alinéa rewritten or deleted keeps its closing quotation mark",
			[]string{"I. - L'article L. 1 est ainsi rédigé :", "« Art. L. 1. - Un décret fixe les conditions d'application du présent article et les taux. »"},
			"Après le mot : « article », supprimer la fin de l'alinéa 2.",
			[]string{"I. - L'article L. 1 est ainsi rédigé :", "« Art. L. 1. - Un décret fixe les conditions d'application du présent article. »"}},
		{"supprimer la fin de l'alinéa without its word is refused", three,
			"Supprimer la fin de l'alinéa 1.",
			nil},
		{"\"du même texte\" without a proposed text before is refused", three,
			"Rédiger comme suit le deuxième alinéa du même texte :\n« Il est signé.",
			nil},
		{"a new beginning keeps the opening quotation mark of a quoted alinéa",
			[]string{"I. - L'article L. 1 est ainsi rédigé :", "« Lorsque deux votes ont lieu, un bulletin est remis. »"},
			"Rédiger ainsi le début de l'alinéa 2 :\n« Lorsque plusieurs votes ont lieu…(le reste sans changement) ».",
			[]string{"I. - L'article L. 1 est ainsi rédigé :", "« Lorsque plusieurs votes ont lieu, un bulletin est remis. »"}},
		{"Sénat: \"Alinéa 2 / 1° Deuxième phrase … / 2° Après la deuxième phrase\": both sentences are the alinéa's", three,
			"Alinéa 2\n1° Deuxième phrase\nRemplacer le mot :\nremis\npar le mot :\nlu\n2° Après la première phrase\nInsérer une phrase ainsi rédigée :\nIl est signé.",
			[]string{three[0], "Il est daté. Il est signé. Il est lu.", three[2]}},
		{"new words ending with the comma that follows the old ones: one comma",
			[]string{"Le juge communique, s'il l'estime utile, avec la personne."},
			"Alinéa 1\nRemplacer les mots :\nle juge communique, s'il l'estime utile,\npar les mots :\nles juges communiquent, s'ils l'estiment utile,",
			[]string{"Les juges communiquent, s'ils l'estiment utile, avec la personne."}},
		{"a paragraph left unnumbered (… –) at the end of an article without paragraphs is II, the text before it I",
			[]string{"Le contrat est écrit.", "Il est daté."},
			"Compléter cet article par un paragraphe ainsi rédigé :\n… – Le présent article entre en vigueur en 2014.",
			[]string{"I. - Le contrat est écrit.", "Il est daté.", "II. - Le présent article entre en vigueur en 2014."}},
		{"après le mot A, substituer au mot B le mot C: the first B after A only",
			[]string{"Le président et le vice-président de Guyane et de Martinique et de Corse."},
			"A l'alinéa 1, après le mot : « Guyane », substituer au mot : « et », le mot : « ou ».",
			[]string{"Le président et le vice-président de Guyane ou de Martinique et de Corse."}},
		{"après le mot A, substituer au mot B: refused when A occurs twice",
			[]string{"De Guyane et de Martinique, de Guyane et de Corse."},
			"A l'alinéa 1, après le mot : « Guyane », substituer au mot : « et », le mot : « ou ».",
			nil},
		{"words deleted between two commas leave one comma",
			[]string{"Les fonctions de maire, de maire de secteur, de maire délégué."},
			"A l'alinéa 1, supprimer les mots : « de maire de secteur ».",
			[]string{"Les fonctions de maire, de maire délégué."}},
		{"an item completing the article after the quoted list's last item goes on with the list",
			[]string{"I. - L'article L. 1 est ainsi rédigé :", "« Art. L. 1. - Sont incompatibles :", "« 1° Les fonctions de maire ;", "« 2° Les fonctions de préfet. »"},
			"Compléter cet article par l'alinéa suivant :\n« 3° Les fonctions de juge. »",
			[]string{"I. - L'article L. 1 est ainsi rédigé :", "« Art. L. 1. - Sont incompatibles :", "« 1° Les fonctions de maire ;", "« 2° Les fonctions de préfet ;", "« 3° Les fonctions de juge. »"}},
		{"a paragraph numbered as the bill's own (III bis. –) is not a line of the quoted text before it",
			[]string{"III. - L'article L. 1 est ainsi rédigé :", "« Art. L. 1. - Le fonds est créé. »", "IV. - Le présent article entre en vigueur en 2014."},
			"Après l'alinéa 2\nInsérer un paragraphe ainsi rédigé :\nIII bis. – Le fonds est administré par un conseil.",
			[]string{"III. - L'article L. 1 est ainsi rédigé :", "« Art. L. 1. - Le fonds est créé. »", "III bis. - Le fonds est administré par un conseil.", "IV. - Le présent article entre en vigueur en 2014."}},
		{"words completing an alinéa that ends with a colon go before it",
			[]string{"Le mandat est incompatible avec les fonctions de président :", "1° D'un établissement public."},
			"Compléter l'alinéa 1 par les mots :\n« , de vice-président et de membre ».",
			[]string{"Le mandat est incompatible avec les fonctions de président, de vice-président et de membre :", "1° D'un établissement public."}},
		{"rétablir ainsi l'alinéa 2: only the alinéa, not the whole article",
			[]string{"I. - L'ordonnance est ainsi modifiée :", "1° (Supprimé)", "2° L'article 3 est abrogé."},
			"Rétablir ainsi l'alinéa 2 :\n« 1° Au second alinéa, le nombre : « six » est remplacé par le nombre : « trois » ; ».",
			[]string{"I. - L'ordonnance est ainsi modifiée :", "1° Au second alinéa, le nombre : « six » est remplacé par le nombre : « trois » ;", "2° L'article 3 est abrogé."}},
		{"Sénat: \"Alinéa 2 / Rétablir ce paragraphe dans la rédaction suivante\": the alinéa only",
			[]string{"I. - L'article 1 est abrogé.", "II. - (Supprimé)", "III. - L'article 3 est abrogé."},
			"Alinéa 2\nRétablir ce paragraphe dans la rédaction suivante :\nII. – L'article 2 est abrogé.",
			[]string{"I. - L'article 1 est abrogé.", "II. – L'article 2 est abrogé.", "III. - L'article 3 est abrogé."}},
		{"deleting the alinéa that introduces quoted text deletes the quoted text too",
			[]string{"III. - L'article 1 est abrogé.", "IV. - L'article 2 est ainsi rédigé :", "« Art. 2. - Le contrat est écrit.", "« Il est daté. »", "V. - L'article 3 est abrogé."},
			"Alinéa 2\nSupprimer cet alinéa.",
			[]string{"III. - L'article 1 est abrogé.", "IV. - (Supprimé)", "V. - L'article 3 est abrogé."}},
		{"inserted bill lines: the text a line introduces with its count is quoted (« Sauf si … »)",
			[]string{"I. - L'article L. 1 est abrogé.", "II. - L'article L. 3 est abrogé."},
			"Après l'alinéa 1, insérer les trois alinéas suivants :\n« I bis. – L'article L. 2 est ainsi modifié :\n« 1° Le second alinéa est ainsi rédigé :\n« Sauf exception, le contrat est écrit. ».",
			[]string{"I. - L'article L. 1 est abrogé.", "I bis. - L'article L. 2 est ainsi modifié :", "1° Le second alinéa est ainsi rédigé :", "« Sauf exception, le contrat est écrit. »", "II. - L'article L. 3 est abrogé."}},
		{"inserted bill lines: an article \"ainsi rédigé\" gives no count, its text is left as it is",
			[]string{"I. - L'article L. 1 est abrogé."},
			"Après l'alinéa 1, insérer les deux alinéas suivants :\n« II. – Il est inséré un article L. 2 ainsi rédigé :\n« Art. L. 2. – Le contrat est écrit. ».",
			[]string{"I. - L'article L. 1 est abrogé.", "II. - Il est inséré un article L. 2 ainsi rédigé :", "Art. L. 2. – Le contrat est écrit."}},
		{"blanks of a law not yet numbered match the dots the text prints",
			[]string{"Le C de l'article 153 de la loi de finances pour 2009 dans sa rédaction issue de l'article ...... de la loi n° ........... du .............. de finances rectificative pour 2012, est applicable."},
			"Alinéa 1\nSupprimer les mots :\ndans sa rédaction issue de l'article de la loi n° du de finances rectificative pour 2012",
			[]string{"Le C de l'article 153 de la loi de finances pour 2009, est applicable."}},
		{"an italic mark before punctuation leaves no space (III _bis_. –)", three,
			"Après l'alinéa 3\nInsérer un paragraphe ainsi rédigé :\nII _bis_. - Le contrat est lu.",
			[]string{three[0], three[1], three[2], "II bis. - Le contrat est lu."}},
		{"new words beginning with a comma are glued to the word before", three,
			"Alinéa 1\nRemplacer les mots :\net signé\npar les mots :\n, signé et daté",
			[]string{"I. - Le contrat est écrit, signé et daté.", three[1], three[2]}},
		{"Sénat: \"par le mot\" without its colon, the new words on the next line", three,
			"Alinéa 1\nRemplacer les mots :\net signé\npar le mot\n, signé",
			[]string{"I. - Le contrat est écrit, signé.", three[1], three[2]}},
		{"old words without their new ones are refused", three,
			"À l'alinéa 1, remplacer les mots : « écrit » par les mots : « lu » et les mots : « signé ».",
			nil},
		{"Sénat HTML: a superscript ordinal ends its word (1<sup>er</sup>mars)", three,
			"<p>Alinéa 2</p><p>Remplacer cet alinéa par un alinéa ainsi rédigé :</p><p>Il est daté du 1<sup>er</sup>mars.</p>",
			[]string{three[0], "Il est daté du 1er mars.", three[2]}},
		{"Sénat: Alinéa N, seconde phrase / Supprimer cette phrase", three,
			"Alinéa 2, seconde phrase\nSupprimer cette phrase.",
			[]string{three[0], "Il est daté.", three[2]}},
		{"substituer à la première occurrence du mot", three,
			"À l'alinéa 1, substituer à la première occurrence du mot : « est » le mot : « sera ».",
			[]string{"I. - Le contrat sera écrit et signé.", three[1], three[2]}},
		{"après le mot, rédiger ainsi la fin de l'alinéa", three,
			"Après le mot : « écrit », rédiger ainsi la fin de l'alinéa 1 : « en français. »",
			[]string{"I. - Le contrat est écrit en français.", three[1], three[2]}},
		{"en conséquence, procéder à la même substitution", three,
			"À l'alinéa 1, substituer au mot : « contrat » le mot : « bail ».\nEn conséquence, procéder à la même substitution à l'alinéa 3.",
			[]string{"I. - Le bail est écrit et signé.", three[1], "II. - Le bail est conservé."}},
		{"supprimer les alinéas 2 à 3: the plain alinéa goes, the whole II deleted stays II. - (Supprimé)", three,
			"Supprimer les alinéas 2 à 3.",
			[]string{three[0], "II. - (Supprimé)"}},
		{"supprimer le II de cet article: its number stays, II. - (Supprimé)", three,
			"Supprimer le II de cet article.",
			[]string{three[0], three[1], "II. - (Supprimé)"}},
		{"rétablir cet article dans la rédaction suivante", nil,
			"Rétablir cet article dans la rédaction suivante :\n« Le contrat est oral. »",
			[]string{"Le contrat est oral."}},
		{"au début de cet article, ajouter un paragraphe", three,
			"Au début de cet article, ajouter un paragraphe ainsi rédigé :\n« A. - Le présent article s'applique aux baux. »",
			[]string{"A. - Le présent article s'applique aux baux.", three[0], three[1], three[2]}},
		{"compléter l'alinéa par une phrase ainsi rédigée", three,
			"Compléter l'alinéa 2 par une phrase ainsi rédigée :\n« Il est archivé. »",
			[]string{three[0], "Il est daté. Il est remis. Il est archivé.", three[2]}},
		{"après l'alinéa, insérer un 1° bis", []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles."},
			"Après l'alinéa 2, insérer un 1° bis ainsi rédigé :\n« 1° bis Les navires ; »",
			[]string{"Sont exclus :", "1° Les meubles ;", "1° bis Les navires ;", "2° Les immeubles."}},
		{"HTML entities and non-breaking hyphens", []string{"Voir l'article L. 1-1."},
			"<p>À l&#x2019;alinéa 1, après la référence&nbsp;: « L. 1\u20111 », insérer les mots&nbsp;: « du code civil ».</p>",
			[]string{"Voir l'article L. 1-1 du code civil."}},
		{"aux alinéas 1 et 3, substituer", three,
			"Aux alinéas 1 et 3, substituer au mot : « contrat » le mot : « bail ».",
			[]string{"I. - Le bail est écrit et signé.", three[1], "II. - Le bail est conservé."}},
		{"the last sentence of a quoted alinéa goes, the quotation mark stays", []string{"Il est inséré un article L. 2 ainsi rédigé :", "\"Art. L. 2. - Le contrat est écrit. Il est daté.\""},
			"Alinéa 2, dernière phrase\nSupprimer cette phrase.",
			[]string{"Il est inséré un article L. 2 ainsi rédigé :", "\"Art. L. 2. - Le contrat est écrit.\""}},
		{"a new alinéa inside a quoted block is quoted, the block closes after it", []string{"Il est inséré un article L. 2 ainsi rédigé :", "\"Art. L. 2. - Le contrat est écrit.\""},
			"Après l'alinéa 2, insérer un alinéa ainsi rédigé :\nIl est daté.",
			[]string{"Il est inséré un article L. 2 ainsi rédigé :", "\"Art. L. 2. - Le contrat est écrit.", "\"Il est daté.\""}},
		{"a quoted alinéa rewritten keeps its quotation marks", []string{"L'article L. 2 est ainsi rédigé :", "\"Le contrat est écrit.\" ;", "II. - Le présent article s'applique."},
			"Alinéa 2\nRédiger ainsi cet alinéa :\n« Le contrat est oral. »",
			[]string{"L'article L. 2 est ainsi rédigé :", "\"Le contrat est oral.\"", "II. - Le présent article s'applique."}},
		{"new text quoted only in part keeps its marks", nil,
			"Rétablir cet article dans la rédaction suivante :\nAprès l'article L. 1, il est inséré un article L. 2 ainsi rédigé :\n« Art. L. 2. – Le contrat est écrit. »",
			[]string{"Après l'article L. 1, il est inséré un article L. 2 ainsi rédigé :", "« Art. L. 2. – Le contrat est écrit. »"}},
		{"a new paragraph numbered by the consolidation: last → next number", three,
			"Compléter cet article par un paragraphe ainsi rédigé :\n« … – Le contrat est archivé. »",
			[]string{three[0], three[1], three[2], "III. - Le contrat est archivé."}},
		{"a new paragraph numbered by the consolidation: between → bis", three,
			"Après l'alinéa 2, insérer un paragraphe ainsi rédigé :\n« … – Le contrat est lu. »",
			[]string{three[0], three[1], "I bis. - Le contrat est lu.", three[2]}},
		{"words that began a sentence deleted: the next word takes the capital", three,
			"Au début de l'alinéa 2, supprimer les mots : « Il est daté. Il »",
			[]string{three[0], "Est remis.", three[2]}},
		{"Sénat: a sentence line after an alinéa line is a sentence of that alinéa", three,
			"Alinéa 2\nDeuxième phrase\nSupprimer cette phrase.",
			[]string{three[0], "Il est daté.", three[2]}},
		{"Sénat: lettered part before a locator line", three,
			"A - Alinéa 3\nSupprimer cet alinéa.",
			[]string{three[0], three[1], "II. - (Supprimé)"}},
		{"Sénat: the anchor clause then the verb in capitals", three,
			"Alinéa 1\nAprès le mot :\nécrit,\nInsérer les mots :\nen français",
			[]string{"I. - Le contrat est écrit en français et signé.", three[1], three[2]}},
		{"a verb in lower case on the next line goes on with the clause", three,
			"Après le mot : « écrit »,\nrédiger ainsi la fin de l'alinéa 1 : « en français. »",
			[]string{"I. - Le contrat est écrit en français.", three[1], three[2]}},
		{"rédiger ainsi cet alinéa without a colon takes the next lines", three,
			"Alinéa 2\nRédiger ainsi cet alinéa\nIl est lu.",
			[]string{three[0], "Il est lu.", three[2]}},
		{"insérer le signe de ponctuation", three,
			"Alinéa 1\nAprès le mot : « écrit » insérer le signe de ponctuation :\n,",
			[]string{"I. - Le contrat est écrit, et signé.", three[1], three[2]}},
		{"rédiger ainsi l'article unique", three,
			"Rédiger ainsi l'article unique :\n« Le contrat est oral. »",
			[]string{"Le contrat est oral."}},
		{"alinéas N et N+1 replaced by one alinéa", three,
			"Alinéas 2 et 3\nRemplacer ces alinéas par un alinéa ainsi rédigé :\nII. - Il est conservé.",
			[]string{three[0], "II. - Il est conservé."}},
		{"alinéas apart rewritten each (the I's and II's labels dropped: refused, TestAmProbeAlineaRewrittenWithoutLabel)", three,
			"Alinéas 1 et 3\nRédiger ainsi ces alinéas :\nIl est lu.",
			nil},
		{"après cet alinéa, insérer", three,
			"Alinéa 1\nAprès cet alinéa, insérer un alinéa ainsi rédigé :\nIl est lu.",
			[]string{three[0], "Il est lu.", three[1], three[2]}},
		{"au début de l'alinéa, insérer les mots", three,
			"Au début de l'alinéa 2, insérer les mots : « En principe, »",
			[]string{three[0], "En principe, il est daté. Il est remis.", three[2]}},
		{"two insertions joined by et", three,
			"À l'alinéa 1, après le mot : « contrat » insérer le mot : « écrit » et après le mot : « signé » insérer les mots : « et daté »",
			[]string{"I. - Le contrat écrit est écrit et signé et daté.", three[1], three[2]}},
		{"en conséquence, après le même alinéa", three,
			"Après le mot : « écrit », rédiger ainsi la fin de l'alinéa 1 : « : »\nEn conséquence, après le même alinéa, insérer les deux alinéas suivants :\n« 1° Par écrit ; »\n« 2° Signé. »",
			[]string{"I. - Le contrat est écrit :", "1° Par écrit ;", "2° Signé.", three[1], three[2]}},
		{"a II added to an article without numbers: its text becomes I", []string{"Le contrat est écrit."},
			"Compléter cet article par un paragraphe ainsi rédigé :\nII.- Il est daté.",
			[]string{"I. - Le contrat est écrit.", "II. - Il est daté."}},
		{"new text spelt as the article spells: État, L. O.", []string{"L'État applique l'article L. O. 1."},
			"Compléter cet article par un alinéa ainsi rédigé :\n« L'Etat applique aussi l'article L.O. 2. »",
			[]string{"L'État applique l'article L. O. 1.", "L'État applique aussi l'article L. O. 2."}},
		{"a new part of the same rank leaves the locator of the part before", []string{"A un.", "B deux.", "C trois.", "D aux neuf derniers alinéas du I."},
			"I.- Alinéas 1 à 2\nRemplacer ces alinéas par un alinéa ainsi rédigé :\n« AB. »\nII.- Remplacer les mots :\naux neuf derniers alinéas du I\npar les mots :\nau I",
			[]string{"AB.", "C trois.", "D au I."}},
		{"items under a part keep the part's locator", []string{"A un et deux.", "B deux."},
			"I. – Alinéa 1\n1° Remplacer le mot :\nun\npar le mot :\ntrois\n2° Remplacer le mot :\ndeux\npar le mot :\nquatre",
			[]string{"A trois et quatre.", "B deux."}},
		{"a numbered item deleted keeps its number: 2° (Supprimé)", []string{"I. - Le code est ainsi modifié :", "1° Le mot : « a » est supprimé ;", "2° Le mot : « b » est supprimé ;", "3° Le mot : « c » est supprimé."},
			"Supprimer l'alinéa 3.",
			[]string{"I. - Le code est ainsi modifié :", "1° Le mot : « a » est supprimé ;", "2° (Supprimé)", "3° Le mot : « c » est supprimé."}},
		{"a paragraph deleted with its alinéas: II. - (Supprimé)", []string{"I. - A.", "II. - B :", "1° C ;", "2° D.", "III. - E."},
			"Supprimer le II de cet article.",
			[]string{"I. - A.", "II. - (Supprimé)", "III. - E."}},
		{"two items deleted together: 2° et 3° (Supprimé), quoted", []string{"Il est ajouté :", "\"1° A ;", "\"2° B ;", "\"3° C ;", "\"4° D.\""},
			"Alinéas 3 à 4\nSupprimer ces alinéas.",
			[]string{"Il est ajouté :", "\"1° A ;", "\"2° et 3° (Supprimé)", "\"4° D.\""}},
		{"a plain alinéa deleted goes", []string{"A.", "B.", "C."},
			"Supprimer l'alinéa 2.",
			[]string{"A.", "C."}},
		{"a paragraph added with the number of a deleted one takes its place", []string{"I. - A.", "II. - (Supprimé)", "III. - C."},
			"Compléter cet article par un paragraphe ainsi rédigé :\nII. - B.",
			[]string{"I. - A.", "II. - B.", "III. - C."}},
		{"an item added with the number of a deleted one takes its place", []string{"Il est ajouté :", "\"1° A ;", "\"2° (Supprimé)", "\"3° C.\""},
			"Après l'alinéa 3, insérer un alinéa ainsi rédigé :\n« 2° B ; »",
			[]string{"Il est ajouté :", "\"1° A ;", "\"2° B ;", "\"3° C.\""}},
		{"au même alinéa: the alinéa of the instruction before", []string{"A est écrit.", "B est écrit.", "C est écrit."},
			"I. – À l'alinéa 2, après le mot : « B », insérer le mot : « bis ».\nII. – En conséquence, au même alinéa, substituer au mot : « écrit » le mot : « lu ».",
			[]string{"A est écrit.", "B bis est lu.", "C est écrit."}},
		{"au même alinéa with no instruction before is refused", []string{"A est écrit.", "B est écrit."},
			"Au même alinéa, substituer au mot : « écrit » le mot : « lu ».",
			nil},
		{"rétablir cet article: every line after is its text, instructions of the bill included", nil,
			"Rétablir cet article dans la rédaction suivante :\nI. – Le code est ainsi modifié :\n1° Le premier alinéa est supprimé ;\n2° À la première phrase du second alinéa, le mot : « a » est remplacé par le mot : « b ».",
			[]string{"I. – Le code est ainsi modifié :", "1° Le premier alinéa est supprimé ;", "2° À la première phrase du second alinéa, le mot : « a » est remplacé par le mot : « b »."}},
		{"rédiger ainsi cet article, then en conséquence", three,
			"Rédiger ainsi cet article :\nI. – A.\n1° À la première phrase, B.\nII. – En conséquence, supprimer l'alinéa 5.",
			nil},
		{"guillemets nest: the outer pair is the quotation", []string{"Le texte est écrit."},
			"À l'alinéa 1, substituer au mot : « écrit » les mots : « complété par les mots : « et daté » ».",
			[]string{"Le texte est complété par les mots : « et daté »."}},
		{"quoted words holding guillemets match the bill's straight quotes", []string{"Au 1°, les mots : \"A\" sont supprimés."},
			"Alinéa 1\nRemplacer les mots :\nles mots : « A » sont supprimés\npar les mots :\nle mot : « B » est supprimé",
			[]string{"Au 1°, le mot : « B » est supprimé."}},
		{"a decimal comma printed with a space: 0, 5 %", []string{"Le taux est de 0,5 % et le plafond de 385,87 millions."},
			"Alinéa 1\nRemplacer le taux :\n0, 5 %\npar le taux :\n0, 25 %\nII. – Alinéa 1\nRemplacer le montant :\n385, 87 millions\npar le montant :\n400, 5 millions",
			[]string{"Le taux est de 0,25 % et le plafond de 400,5 millions."}},
		{"a list of alinéas is not a decimal", []string{"A.", "B.", "C."},
			"Alinéas 1, 2 et 3\nSupprimer ces alinéas.",
			[]string{}},
		{"typographic variants combine: de l’article L.O. 1 finds de l'article L. O. 1", []string{"Au sens de l'article L. O. 136-1 et du 4° du I."},
			"Alinéa 1\nRemplacer les mots :\nde l’article L.O. 136-1 et du 4 ° du I\npar les mots :\ndu même article",
			[]string{"Au sens du même article."}},
		{"I.- finds I. -", []string{"I. - Le contrat est écrit."},
			"Au début de l'alinéa 1, supprimer la référence : « I.- ».",
			[]string{"Le contrat est écrit."}},
		{"occurrences counted with the word capitalised at a sentence start", []string{"Les membres, les agents et les directeurs."},
			"À l'alinéa 1, après la troisième occurrence du mot : « les », insérer les mots : « chefs et ».",
			[]string{"Les membres, les agents et les chefs et directeurs."}},
		{"a new numbered part never goes on with the head before its comma", []string{"A est écrit par ordonnance.", "B est écrit par ordonnance.", "C est écrit par ordonnance."},
			"I. - À l'alinéa 1, supprimer les mots :\n« par ordonnance »,\nII. - En conséquence, procéder à la même suppression aux alinéas 2 à 3.",
			[]string{"A est écrit.", "B est écrit.", "C est écrit."}},
		{"every alinéa designation: des alinéas 2 et 3 et à l'alinéa 4", []string{"A est écrit.", "B est écrit.", "C est écrit.", "D est écrit."},
			"À la fin des alinéas 2 et 3 et à l'alinéa 4, substituer au mot :\n« écrit »\nle mot :\n« lu ».",
			[]string{"A est écrit.", "B est lu.", "C est lu.", "D est lu."}},
		{"Insérer is not a part numbered I", []string{"Le contrat est écrit."},
			"I. – Alinéa 1\nAprès le mot :\ncontrat\nInsérer les mots :\nde bail",
			[]string{"Le contrat de bail est écrit."}},
		{"new words ending with a comma go after the anchor's comma", []string{"Il précise la patientèle prise en charge, le nombre de professionnels."},
			"Alinéa 1\nAprès les mots :\nla patientèle prise en charge,\ninsérer les mots :\nles modalités de cette prise en charge,",
			[]string{"Il précise la patientèle prise en charge, les modalités de cette prise en charge, le nombre de professionnels."}},
		{"the new words, unquoted, keep their final comma", []string{"Agissent les agences en liaison avec les organismes."},
			"Alinéa 1\nRemplacer les mots :\nles agences en liaison avec\npar les mots :\nla Haute Autorité, en liaison avec les agences,",
			[]string{"Agissent la Haute Autorité, en liaison avec les agences, les organismes."}},
		{"a law not yet numbered: n° … du … and n° ...... du ....... are the bill's n° du", []string{"Ils sont soumis à l'article 10 de la loi n° du relative à la transparence."},
			"Alinéa 1\nRemplacer les mots :\nl'article 10 de la loi n° ...... du ....... relative\npar les mots :\nl'article 11 de la loi n° … du … relative",
			[]string{"Ils sont soumis à l'article 11 de la loi n° du relative à la transparence."}},
		{"a placeholder item numbered between two: 1° bis, not 1 bis°", []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles."},
			"Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n« ...° Les navires ; »",
			[]string{"Sont exclus :", "1° Les meubles ;", "1° bis Les navires ;", "2° Les immeubles."}},
		{"an item rewritten in a list ends with ; when another follows", []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles."},
			"Rédiger ainsi l'alinéa 2 :\n« 1° Les meubles meublants. »",
			[]string{"Sont exclus :", "1° Les meubles meublants ;", "2° Les immeubles."}},
		{"the last item rewritten keeps its period", []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles."},
			"Rédiger ainsi l'alinéa 3 :\n« 2° Les navires. »",
			[]string{"Sont exclus :", "1° Les meubles ;", "2° Les navires."}},
		{"new words between two commas stay where the anchor ends", []string{"Les ventes, les locations sont taxées."},
			"À l'alinéa 1, après le mot : « ventes », insérer les mots : « , les achats, ».",
			[]string{"Les ventes, les achats, les locations sont taxées."}},
		{"a report is not an amendment of the article", three,
			"Dans un délai de six mois, le Gouvernement remet au Parlement un rapport.",
			nil},
	})
}

// TestComposeAfterDeletedAlinea: "après l'alinéa N" where an earlier
// amendment of the sitting deleted N inserts where N stood.
func TestComposeAfterDeletedAlinea(t *testing.T) {
	a := Article{Number: "1", Alineas: []string{"A est écrit.", "B est daté.", "C est signé."}}
	for _, tc := range []struct {
		name string
		ams  []string
		want []string
	}{
		{"after a deleted alinéa", []string{"Supprimer l'alinéa 2.", "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n« B bis est lu. »"},
			[]string{"A est écrit.", "B bis est lu.", "C est signé."}},
		{"after a run rewritten shorter", []string{"Alinéas 1 et 2\nRemplacer ces alinéas par un alinéa ainsi rédigé :\n« AB est écrit. »", "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n« B bis est lu. »"},
			[]string{"AB est écrit.", "B bis est lu.", "C est signé."}},
		{"after the first, deleted", []string{"Supprimer l'alinéa 1.", "Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n« A bis est lu. »"},
			[]string{"A bis est lu.", "B est daté.", "C est signé."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, rs := ComposeAmendments(a, tc.ams)
			for i, r := range rs {
				if !r.Applied {
					t.Fatalf("amendment %d refused: %q", i, r.Unparsed)
				}
			}
			if strings.Join(got.Alineas, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got %q, want %q", got.Alineas, tc.want)
			}
		})
	}
	// After the last alinéa, deleted: nothing tabled after it is left to
	// place the new one by, so it is refused.
	_, rs := ComposeAmendments(a, []string{"Supprimer l'alinéa 3.", "Après l'alinéa 3, insérer un alinéa ainsi rédigé :\n« D est lu. »"})
	if rs[1].Applied {
		t.Errorf("after the last alinéa, deleted: applied, want refused")
	}
}

// TestComposeIdenticalAmendments: identical amendments (typography and
// case aside) are adopted jointly and apply once.
func TestComposeIdenticalAmendments(t *testing.T) {
	a := Article{Number: "1", Alineas: []string{"A est écrit.", "B est daté.", "C est signé."}}
	got, rs := ComposeAmendments(a, []string{
		"Compléter cet article par un alinéa ainsi rédigé :\n« D est Remis. »",
		"Compléter cet article par un alinéa ainsi rédigé :\n“ D est remis. ”\n\ufeff", // a byte order mark is not text
	})
	if !rs[0].Applied || rs[0].Identical || !rs[1].Applied || !rs[1].Identical {
		t.Fatalf("got %+v", rs)
	}
	want := []string{"A est écrit.", "B est daté.", "C est signé.", "D est Remis."}
	if strings.Join(got.Alineas, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q, want %q", got.Alineas, want)
	}
	// The final period aside.
	got, rs = ComposeAmendments(a, []string{"Alinéas 2 et 3\nSupprimer ces alinéas", "Alinéas 2 et 3\nSupprimer ces alinéas."})
	if !rs[1].Identical || len(got.Alineas) != 1 {
		t.Errorf("identical but for the final period: got %q, %+v", got.Alineas, rs[1])
	}
	// Different words are not identical: both apply.
	got, _ = ComposeAmendments(a, []string{"Supprimer l'alinéa 1.", "Supprimer l'alinéa 2."})
	if len(got.Alineas) != 1 {
		t.Errorf("two different deletions: got %q", got.Alineas)
	}
}

// TestComposeSubAmendments: a sub-amendment edits its amendment's
// dispositif (paragraphs counted as alinéas), never the article itself.
func TestComposeSubAmendments(t *testing.T) {
	a := Article{Number: "1", Alineas: []string{"A est écrit.", "B est daté."}}
	sub := Dispositif{Number: "12", Text: "Amendement n° 10 rectifié, alinéa 3\nRemplacer le mot :\nsigné\npar le mot :\nremis"}
	parent := Dispositif{Number: "10", Text: "Alinéa 2\nRédiger ainsi cet alinéa :\n« B est signé. »"}
	wantSubAmendment(t, a, parent, sub, []string{"A est écrit.", "B est remis."})
}

// wantSubAmendment composes parent and sub in both orders on a and wants
// both applied and the article want; without its parent, sub is refused
// and changes nothing.
func wantSubAmendment(t *testing.T, a Article, parent, sub Dispositif, want []string) {
	t.Helper()
	for _, order := range [][]Dispositif{{parent, sub}, {sub, parent}} {
		got, rs := ComposeNumbered(a, order)
		for i, r := range rs {
			if !r.Applied {
				t.Fatalf("amendment %d refused: %q", i, r.Unparsed)
			}
		}
		if strings.Join(got.Alineas, "\n") != strings.Join(want, "\n") {
			t.Errorf("got %q, want %q", got.Alineas, want)
		}
	}
	got, rs := ComposeNumbered(a, []Dispositif{sub})
	if rs[0].Applied || rs[0].SubAmendmentOf != parent.Number || strings.Join(got.Alineas, "\n") != strings.Join(a.Alineas, "\n") {
		t.Errorf("sub-amendment alone: %+v, article %q", rs[0], got.Alineas)
	}
}

// TestComposeAmendmentsTabledNumbers: alinéa numbers of amendments adopted
// together are those of the text they were tabled on.
func TestComposeAmendmentsTabledNumbers(t *testing.T) {
	a := Article{Number: "1", Alineas: []string{"A est écrit.", "B est daté.", "C est signé."}}
	got, rs := ComposeAmendments(a, []string{
		"Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n« A bis est lu. »",
		"Supprimer l'alinéa 2.",
		"À l'alinéa 3, substituer au mot : « signé » le mot : « remis ».",
	})
	for i, r := range rs {
		if !r.Applied {
			t.Fatalf("amendment %d refused: %q", i, r.Unparsed)
		}
	}
	want := []string{"A est écrit.", "A bis est lu.", "C est remis."}
	if strings.Join(got.Alineas, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q, want %q", got.Alineas, want)
	}
	// An alinéa deleted by an earlier amendment cannot be edited: refused.
	_, rs = ComposeAmendments(a, []string{"Supprimer l'alinéa 2.", "À l'alinéa 2, substituer au mot : « daté » le mot : « lu »."})
	if rs[1].Applied {
		t.Errorf("an edit of a deleted alinéa was applied")
	}
}

// TestGrammarDivisions: a division rewritten whole loses the articles the
// new text does not hold; a division repealed loses all; a division named
// by one level only is not known well enough to remove anything.
func TestGrammarDivisions(t *testing.T) {
	mk := func() Corpus {
		c := Corpus{}
		for _, x := range []struct{ h, div string }{
			{"L361-1", "chapitre-ier"}, {"L361-9", "chapitre-ier"}, {"L362-1", "chapitre-ii"},
		} {
			ref := CodeRef{Code: "code rural et de la peche maritime", Article: ArticleKey(x.h)}
			c[ref] = CodeArticle{Ref: ref, Heading: x.h, Alineas: []string{"x"}, Division: []string{"partie-legislative", "livre-iii", "titre-vi", x.div}}
		}
		return c
	}
	run := func(text ...string) Corpus {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: text}})
		for _, in := range ins {
			if in.Status == Unparsed {
				t.Fatalf("unparsed (%s): %s", in.Reason, in.Text)
			}
		}
		got, _ := Apply(mk(), ins, ApplyOptions{})
		return got
	}
	has := func(c Corpus, k string) bool {
		_, ok := c[CodeRef{Code: "code rural et de la peche maritime", Article: k}]
		return ok
	}

	got := run("Le titre VI du livre III du code rural est ainsi modifié :", "1° Le chapitre Ier est ainsi rédigé :", "\"Chapitre Ier", "\"Art. L. 361-1. - Nouveau.\"")
	if !has(got, "l361-1") || has(got, "l361-9") || !has(got, "l362-1") {
		t.Errorf("chapter rewritten: got %v", got)
	}
	got = run("Le chapitre II du titre VI du livre III du code rural est abrogé.")
	if !has(got, "l361-1") || !has(got, "l361-9") || has(got, "l362-1") {
		t.Errorf("chapter repealed: got %v", got)
	}
	got = run("Le chapitre Ier du code rural est ainsi rédigé :", "\"Chapitre Ier", "\"Art. L. 361-1. - Nouveau.\"")
	if !has(got, "l361-9") {
		t.Errorf("a division named by one level removed articles")
	}
}

// Renumbering: items of an article relabelled, divisions of a code
// renumbered (no article changes), ranges of articles moved rank by rank.
func TestGrammarRenumbering(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "le 3° devient le 4°",
			before: []string{"Il est prévu :", "1° Un ;", "2° Deux ;", "3° Trois."},
			text:   []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le 3° devient le 4° ;", "2° Après le 2°, il est inséré un 3° ainsi rédigé :", "« 3° Nouveau ; »."},
			want:   []string{"Il est prévu :", "1° Un ;", "2° Deux ;", "3° Nouveau ;", "4° Trois."}},
		{name: "les II et III deviennent les III et IV (the last first)",
			before: []string{"I. – Un.", "II. – Deux.", "III. – Trois."},
			text:   []string{"Les II et III de l'article L. 1 du code civil deviennent les III et IV."},
			want:   []string{"I. – Un.", "III. – Deux.", "IV. – Trois."}},
		{name: "les 3° à 5° du I deviennent respectivement les 2° à 4° (the first first)",
			before: []string{"I. – Sont :", "1° Un ;", "3° Trois ;", "4° Quatre ;", "5° Cinq.", "II. – Autre :", "3° Garde."},
			text:   []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Les 3° à 5° du I deviennent respectivement les 2° à 4°."},
			want:   []string{"I. – Sont :", "1° Un ;", "2° Trois ;", "3° Quatre ;", "4° Cinq.", "II. – Autre :", "3° Garde."}},
		{name: "le a devient le b",
			before: []string{"1° Sont :", "a) Un ;", "b) Deux."},
			text:   []string{"Au 1° de l'article L. 1 du code civil, le b devient le c et le a devient le b."},
			want:   []string{"1° Sont :", "b) Un ;", "c) Deux."}},
		{name: "lists of labels of different lengths are refused",
			before: []string{"I. – Un.", "II. – Deux."},
			text:   []string{"Les I et II de l'article L. 1 du code civil deviennent les II, III et IV."}},
		{name: "divisions renumbered change no article",
			before: []string{"Texte."},
			text:   []string{"Le chapitre III du titre II du code civil est ainsi modifié :", "1° Les sections 2, 3 et 4 deviennent respectivement les sous-sections 1, 2 et 3 de la section 1 ;", "2° La section 5 devient la section 2."},
			want:   []string{"Texte."}},
	})
	// A division renumbered and its articles with it: "X devient Y et les
	// articles … deviennent les articles …".
	c := Corpus{}
	for _, h := range []string{"L3231-1", "L3231-2", "L3231-3"} {
		ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: []string{"Texte " + h}}
	}
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"Le titre III du code civil est ainsi modifié :", "1° Le chapitre unique devient le chapitre II et les articles L. 3231-1 à L. 3231-3 deviennent les articles L. 3232-1 à L. 3232-3 ;"}}})
	for _, in := range ins {
		if in.Status == Unparsed {
			t.Fatalf("unparsed (%s): %s", in.Reason, in.Text)
		}
	}
	got, errs := Apply(c, ins, ApplyOptions{})
	if len(errs) != 0 || len(got) != 3 {
		t.Fatalf("%v %v", errs, got)
	}
	for k, h := range []string{"l3232-1", "l3232-2", "l3232-3"} {
		a, ok := got[CodeRef{Code: "code civil", Article: h}]
		if !ok || a.Alineas[0] != "Texte L3231-"+string(rune('1'+k)) {
			t.Errorf("%s: %+v", h, a)
		}
	}
	// Ranges that do not count alike are refused.
	ins = ParseInstructions([]Article{{Number: "1", Alineas: []string{"Les articles L. 3231-1 à L. 3231-3 du code civil deviennent les articles L. 3232-1 à L. 3232-4."}}})
	if ins[0].Status != Unparsed {
		t.Fatalf("ranges of different lengths: %+v", ins[0])
	}
}

// Nested levels of numbered paragraphs (1., 3 bis.), letters and dashes,
// as in article 199 decies H of the code général des impôts.
func TestGrammarNestedItems(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "a dash is the level below b): the context of b) holds",
			before: []string{"1. Un.", "3 bis. Le prix est retenu.", "Les dépenses du 3 sont retenues. Il est excédentaire.", "3 ter. Fin."},
			text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le 3 bis est ainsi modifié :", "b) Le deuxième alinéa est ainsi modifié :",
				"- à la première phrase, la référence : \"du 3\" est remplacée par la référence : \"du 4\" ;",
				"- à la seconde phrase, le mot : \"excédentaire\" est remplacé par le mot : \"déficitaire\" ;"},
			want: []string{"1. Un.", "3 bis. Le prix est retenu.", "Les dépenses du 4 sont retenues. Il est déficitaire.", "3 ter. Fin."}},
		{name: "the label of a numbered paragraph is not a sentence",
			before: []string{"3 bis. Le prix est retenu. Il est plafonné."},
			text:   []string{"La première phrase du 3 bis de l'article L. 1 du code civil est complétée par les mots : \", sauf exception\"."},
			want:   []string{"3 bis. Le prix est retenu, sauf exception. Il est plafonné."}},
		{name: "au c du 4: the word that ends one item begins the next",
			before: []string{"3. Trois :", "c) Au titre de la rémunération.", "4. Quatre :", "c) Au titre de la rémunération."},
			text:   []string{"Au c du 4 de l'article L. 1 du code civil, après le mot : \"rémunération\", sont insérés les mots : \"ou de la cotisation\"."},
			want:   []string{"3. Trois :", "c) Au titre de la rémunération.", "4. Quatre :", "c) Au titre de la rémunération ou de la cotisation."}},
		{name: "au troisième alinéa du c du 4° du 1",
			before: []string{"1. Sont exonérés :", "4° Les parts :", "c) Un :", "deuxième ou qui ont été détenues ;", "troisième ou qui ont été détenues."},
			text:   []string{"Au troisième alinéa du c du 4° du 1 de l'article L. 1 du code civil, les mots : \"ou qui ont été détenues\" sont supprimés."},
			want:   []string{"1. Sont exonérés :", "4° Les parts :", "c) Un :", "deuxième ou qui ont été détenues ;", "troisième."}},
	})
}

// A range of alinéas by position: "les quatrième à sixième alinéas", "les
// deuxième à dernier alinéas" (every alinéa of the range, not its last).
func TestGrammarAlineaRange(t *testing.T) {
	before := []string{"Un.", "Deux.", "Trois.", "Quatre.", "Cinq."}
	runGrammar(t, []grammarCase{
		{name: "les deuxième à quatrième alinéas sont remplacés par un alinéa",
			before: before,
			text:   []string{"Les deuxième à quatrième alinéas de l'article L. 1 du code civil sont remplacés par un alinéa ainsi rédigé :", "\"Nouveau.\""},
			want:   []string{"Un.", "Nouveau.", "Cinq."}},
		{name: "les troisième à dernier alinéas sont supprimés",
			before: before,
			text:   []string{"Les troisième à dernier alinéas de l'article L. 1 du code civil sont supprimés."},
			want:   []string{"Un.", "Deux."}},
		{name: "a range backwards is refused",
			before: before,
			text:   []string{"Les quatrième à deuxième alinéas de l'article L. 1 du code civil sont supprimés."}},
	})
}

// A division created around articles already there: its heading is
// recorded, no article changes.
func TestGrammarNamedDivision(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "il est inséré un chapitre Ier intitulé : « … », comprenant l'article L. 1",
			before: []string{"Texte."},
			text:   []string{"Le titre IX du code civil est ainsi modifié :", "1° Il est inséré un chapitre Ier intitulé : \"Observatoire\", comprenant l'article L. 1 ;"},
			want:   []string{"Texte."}},
		{name: "la section 3 est complétée par une sous-section 4 intitulée : « … » qui comprend les articles L. 1 à L. 5",
			before: []string{"Texte."},
			text:   []string{"La section 3 du chapitre Ier du titre III du code civil est complétée par une sous-section 4 intitulée : \"Mission\" qui comprend les articles L. 1 à L. 5."},
			want:   []string{"Texte."}},
	})
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"Le titre IX du code civil est ainsi modifié :", "1° Il est inséré un chapitre Ier intitulé : \"Observatoire\", comprenant l'article L. 1 ;"}}})
	// The article moved into the new chapitre, its heading in straight
	// marks as in guillemets (div9, div10): the chapitre Ier of the titre
	// IX is touched, not every chapitre Ier of the code.
	if len(ins) != 2 || ins[1].Status != Parsed || ins[1].Edits[0].Kind != EditRenumber || !ins[1].Edits[0].Transferred || strings.Join(ins[1].Edits[0].Touched, "/") != "titre-ix/chapitre-ier" {
		t.Fatalf("%+v", ins)
	}
}

// An article built by a renumbering from parts of others: "devient le 1°
// de l'article L. 9", "deviennent le 2° de …", "devient le premier alinéa
// de …" — the alinéa first, then the items in the order of their labels.
func TestGrammarRenumberIntoParts(t *testing.T) {
	c := Corpus{}
	for h, al := range map[string][]string{
		"L1": {"Texte du L. 1."},
		"L2": {"Premier du L. 2.", "Deuxième du L. 2.", "Troisième du L. 2."},
		"L3": {"Chapeau du L. 3 :", "Reste du L. 3."},
	} {
		ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: al}
	}
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{
		"Le code civil est ainsi modifié :",
		"A. - Les articles L. 1 à L. 3 font l'objet de la nouvelle numérotation suivante :",
		"1° L'article L. 1 devient le 1° de l'article L. 9 ;",
		"2° Les deuxième à dernier alinéas de l'article L. 2 deviennent le 2° de l'article L. 9 ;",
		"3° Le premier alinéa de l'article L. 3 devient le premier alinéa de l'article L. 9 ;",
	}}})
	for _, in := range ins {
		if in.Status == Unparsed {
			t.Fatalf("unparsed (%s): %s", in.Reason, in.Text)
		}
	}
	got, errs := Apply(c, ins, ApplyOptions{})
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	want := []string{"Chapeau du L. 3 :", "1° Texte du L. 1.", "2° Deuxième du L. 2.", "Troisième du L. 2."}
	if g := got[CodeRef{Code: "code civil", Article: "l9"}].Alineas; strings.Join(g, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got %q", g)
	}
	if _, ok := got[CodeRef{Code: "code civil", Article: "l1"}]; ok {
		t.Fatal("L. 1 still there")
	}
	if g := got[CodeRef{Code: "code civil", Article: "l2"}].Alineas; len(g) != 1 || g[0] != "Premier du L. 2." {
		t.Fatalf("L. 2 keeps its first alinéa: %q", g)
	}
	// Into a part of an article that exists: refused.
	ins = ParseInstructions([]Article{{Number: "1", Alineas: []string{"L'article L. 1 du code civil devient le 3° de l'article L. 2."}}})
	if _, errs := Apply(c, ins, ApplyOptions{}); len(errs) != 1 || errs[0].Missing {
		t.Fatalf("into an existing article: %v", errs)
	}
}

// Words of a division's heading are recorded as a heading edit: headings
// are not articles, no article changes.
func TestGrammarHeadingWords(t *testing.T) {
	for _, text := range [][]string{
		{"La section 2 du chapitre IV du titre II du code civil est ainsi modifiée :", "a) Son intitulé est complété par les mots : \"et par les gestionnaires\" ;"},
		{"Le code civil est ainsi modifié :", "1° Après le mot : \"rural\", la fin de l'intitulé du titre III est ainsi rédigée : \"et de la pêche maritime\" ;"},
		{"Dans l'intitulé du chapitre II du titre III du code civil, les mots : \"A\" sont remplacés par les mots : \"B\"."},
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: text}})
		last := ins[len(ins)-1]
		if last.Status != Parsed || len(last.Edits) != 1 || last.Edits[0].Kind != EditRewriteHeading {
			t.Errorf("%s: %+v", text[len(text)-1], last)
		}
		ref := CodeRef{Code: "code civil", Article: "l1"}
		c := Corpus{ref: {Ref: ref, Heading: "L1", Alineas: []string{"Texte A."}}}
		got, errs := Apply(c, ins, ApplyOptions{})
		if len(errs) != 0 || got[ref].Alineas[0] != "Texte A." {
			t.Errorf("%s: %v %v", text[len(text)-1], errs, got)
		}
	}
}

// Articles of the code général des impôts numbered with a Latin adverb
// and one or two capitals: "302 bis ZA", "1609 quatervicies A".
func TestGrammarCGINumbers(t *testing.T) {
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{
		"Le chapitre XIV du titre II de la première partie du livre Ier du code général des impôts est ainsi rétabli :",
		"\"Chapitre XIV", "\"Taxe additionnelle", "\"Art. 302 bis ZA. - I. - Sont soumises à une taxe les personnes.\"",
	}}})
	if len(ins) != 1 || ins[0].Status != Parsed || len(ins[0].Edits) != 1 || len(ins[0].Edits[0].NewArticles) != 1 {
		t.Fatalf("%+v", ins)
	}
	a := ins[0].Edits[0].NewArticles[0]
	if a.Ref.Article != "302 bis za" || a.Heading != "302 bis ZA" || a.Alineas[0] != "I. - Sont soumises à une taxe les personnes." {
		t.Fatalf("%+v", a)
	}
	ins = ParseInstructions([]Article{{Number: "1", Alineas: []string{"Au I de l'article 302 bis ZB du code général des impôts, le mot : \"taxe\" est remplacé par le mot : \"contribution\"."}}})
	if ins[0].Status != Parsed || ins[0].Edits[0].Scope.Ref.Article != "302 bis zb" {
		t.Fatalf("%+v", ins[0])
	}
}
