package law

import (
	"sort"
	"strings"
	"testing"
)

// TestGrammarFormulasDivisions: the same, for designations of alinéas,
// sentences and items.
func TestGrammarFormulasDivisions(t *testing.T) {
	A := "L'article L. 1 du code civil"
	items := []string{"Sont exclus :", "1° Les meubles ;", "2° Les navires ;", "3° Les immeubles."}
	runGrammar(t, []grammarCase{
		{name: "aux premier et second alinéas", before: []string{"Le maire agit.", "Le maire signe."},
			text: []string{"Aux premier et second alinéas de l'article L. 1 du code civil, le mot : \"maire\" est remplacé par le mot : \"préfet\"."},
			want: []string{"Le préfet agit.", "Le préfet signe."}},
		{name: "les deux dernières phrases (counted from the end)", before: []string{"Le contrat est écrit. Il est daté. Il est signé."},
			text: []string{"Les deux dernières phrases de l'article L. 1 du code civil sont supprimées."},
			want: []string{"Le contrat est écrit."}},
		{name: "les deuxième et troisième phrases: both counted on the text before the instruction", before: []string{"Le contrat est écrit. Il est daté. Il est signé."},
			text: []string{"Les deuxième et troisième phrases de l'article L. 1 du code civil sont supprimées."},
			want: []string{"Le contrat est écrit."}},
		{name: "la deuxième phrase est remplacée par deux phrases", before: []string{"Le contrat est écrit. Il est daté. Il est signé."},
			text: []string{"La deuxième phrase de l'article L. 1 du code civil est remplacée par deux phrases ainsi rédigées : \"Il est lu. Il est approuvé.\""},
			want: []string{"Le contrat est écrit. Il est lu. Il est approuvé. Il est signé."}},
		{name: "sont insérées deux phrases", before: []string{"Le contrat est écrit. Il est signé."},
			text: []string{"Après la première phrase de l'article L. 1 du code civil, sont insérées deux phrases ainsi rédigées : \"Il est lu. Il est daté.\""},
			want: []string{"Le contrat est écrit. Il est lu. Il est daté. Il est signé."}},
		{name: "complété par deux phrases", before: []string{"Le contrat est écrit."},
			text: []string{A + " est complété par deux phrases ainsi rédigées : \"Il est lu. Il est daté.\""},
			want: []string{"Le contrat est écrit. Il est lu. Il est daté."}},
		{name: "complété par deux alinéas", before: []string{"A."},
			text: []string{A + " est complété par deux alinéas ainsi rédigés :", "\"B.", "\"C.\""},
			want: []string{"A.", "B.", "C."}},
		{name: "le 3° est ainsi rédigé inline", before: items,
			text: []string{"Le 3° de l'article L. 1 du code civil est ainsi rédigé : \"3° Les aéronefs.\""},
			want: []string{"Sont exclus :", "1° Les meubles ;", "2° Les navires ;", "3° Les aéronefs."}},
		{name: "au 1°, le mot", before: items,
			text: []string{"Au 1° de l'article L. 1 du code civil, le mot : \"meubles\" est remplacé par le mot : \"bateaux\"."},
			want: []string{"Sont exclus :", "1° Les bateaux ;", "2° Les navires ;", "3° Les immeubles."}},
		{name: "le 1° est complété par les mots under context", before: items,
			text: []string{A + " est ainsi modifié :", "1° Le 1° est complété par les mots : \"corporels\" ;", "2° Le 3° est abrogé."},
			want: []string{"Sont exclus :", "1° Les meubles corporels ;", "2° Les navires ;", "3° (Abrogé)."}},
		{name: "il est ajouté un alinéa under context", before: []string{"A."},
			text: []string{A + " est ainsi modifié :", "1° Il est ajouté un alinéa ainsi rédigé :", "\"B.\""},
			want: []string{"A.", "B."}},
		{name: "au premier alinéa du I", before: []string{"I. - Le maire agit.", "Il signe.", "II. - Le maire vote."},
			text: []string{"Au premier alinéa du I de l'article L. 1 du code civil, le mot : \"maire\" est remplacé par le mot : \"préfet\"."},
			want: []string{"I. - Le préfet agit.", "Il signe.", "II. - Le maire vote."}},
		{name: "au second alinéa du I", before: []string{"I. - Le maire agit.", "Le maire signe.", "II. - Le maire vote."},
			text: []string{"Au second alinéa du I de l'article L. 1 du code civil, le mot : \"maire\" est remplacé par le mot : \"préfet\"."},
			want: []string{"I. - Le maire agit.", "Le préfet signe.", "II. - Le maire vote."}},
		{name: "le I est complété par un alinéa", before: []string{"I. - A.", "II. - B."},
			text: []string{"Le I de l'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", "\"C.\""},
			want: []string{"I. - A.", "C.", "II. - B."}},
		{name: "après le I, il est inséré un I bis", before: []string{"I. - A.", "II. - B."},
			text: []string{"Après le I de l'article L. 1 du code civil, il est inséré un I bis ainsi rédigé :", "\"I bis. - C.\""},
			want: []string{"I. - A.", "I bis. - C.", "II. - B."}},
		{name: "et, à la fin, sont ajoutés les mots", before: []string{"Le maire agit."},
			text: []string{"À l'article L. 1 du code civil, le mot : \"maire\" est remplacé par le mot : \"préfet\" et sont ajoutés les mots : \"seul\"."},
			want: []string{"Le préfet agit seul."}},
		{name: "les articles L. 1 et L. 2 sont abrogés", before: []string{"A."},
			text: []string{"Les articles L. 2 et L. 1 du code civil sont abrogés."},
			more: map[string][]string{"L2": {"B."}},
			want: []string{}},
		{name: "au premier alinéa des articles L. 1 et L. 2", before: []string{"Le maire agit.", "B."},
			text: []string{"Au premier alinéa des articles L. 1 et L. 2 du code civil, le mot : \"maire\" est remplacé par le mot : \"préfet\"."},
			more: map[string][]string{"L2": {"Le maire signe."}},
			want: []string{"Le préfet agit.", "B."}},
		{name: "le mot au pluriel after comma insertion", before: []string{"Selon l'article L. 2 du présent code."},
			text: []string{"À l'article L. 1 du code civil, après la référence : \"L. 2\", sont insérés les mots : \", L. 3\"."},
			want: []string{"Selon l'article L. 2, L. 3 du présent code."}},
		{name: "à la fin du premier alinéa, le mot", before: []string{"Le maire agit, le maire signe."},
			text: []string{"À la fin du premier alinéa de l'article L. 1 du code civil, le mot : \"signe\" est remplacé par les mots : \"vote le budget\"."},
			want: []string{"Le maire agit, le maire vote le budget."}},
		{name: "au début de la première phrase", before: []string{"Le maire agit. Il signe."},
			text: []string{"Au début de la première phrase de l'article L. 1 du code civil, sont ajoutés les mots : \"En cas d'urgence,\"."},
			want: []string{"En cas d'urgence, le maire agit. Il signe."}},
		{name: "le premier alinéa est remplacé par trois alinéas", before: []string{"A.", "D."},
			text: []string{"Le premier alinéa de l'article L. 1 du code civil est remplacé par trois alinéas ainsi rédigés :", "\"A1.", "\"A2.", "\"A3.\""},
			want: []string{"A1.", "A2.", "A3.", "D."}},
		{name: "après l'article, sont insérés deux articles", before: []string{"A."},
			text: []string{"Après l'article L. 1 du code civil, sont insérés des articles L. 1-1 et L. 1-2 ainsi rédigés :", "\"Art. L. 1-1. - B.", "\"Art. L. 1-2. - C.\""},
			want: []string{"A."}},
		{name: "le b du 2° est abrogé: it stays as Légifrance prints it, with its own label", before: []string{"Sont exclus :", "1° Les meubles ;", "2° Les biens :", "a) Les navires ;", "b) Les aéronefs."},
			text: []string{"Le b du 2° de l'article L. 1 du code civil est abrogé."},
			want: []string{"Sont exclus :", "1° Les meubles ;", "2° Les biens :", "a) Les navires ;", "b) (Abrogé)."}},
		{name: "le dernier alinéa est complété", before: []string{"A.", "Le maire agit."},
			text: []string{"Le dernier alinéa de l'article L. 1 du code civil est complété par les mots : \"seul\"."},
			want: []string{"A.", "Le maire agit seul."}},
		{name: "à la seconde phrase du dernier alinéa", before: []string{"A.", "Il agit. Le maire signe."},
			text: []string{"À la seconde phrase du dernier alinéa de l'article L. 1 du code civil, le mot : \"maire\" est remplacé par le mot : \"préfet\"."},
			want: []string{"A.", "Il agit. Le préfet signe."}},
		{name: "à l'avant-dernière phrase", before: []string{"Il agit. Le maire signe. Il vote."},
			text: []string{"À l'avant-dernière phrase de l'article L. 1 du code civil, le mot : \"maire\" est remplacé par le mot : \"préfet\"."},
			want: []string{"Il agit. Le préfet signe. Il vote."}},
		{name: "les mots … sont remplacés par le mot en fin d'article with colon list", before: []string{"Sont exclus :", "1° Les meubles."},
			text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : \"exclus\" est remplacé par le mot : \"inclus\"."},
			want: []string{"Sont inclus :", "1° Les meubles."}},
		{name: "sont ajoutés des 4° et 5° ainsi rédigés", before: items,
			text: []string{A + " est complété par des 4° et 5° ainsi rédigés :", "\"4° Les aéronefs ;", "\"5° Les fusées.\""},
			want: []string{"Sont exclus :", "1° Les meubles ;", "2° Les navires ;", "3° Les immeubles ;", "4° Les aéronefs ;", "5° Les fusées."}},
		{name: "les 2° et 3° sont abrogés", before: items,
			text: []string{"Les 2° et 3° de l'article L. 1 du code civil sont abrogés."},
			want: []string{"Sont exclus :", "1° Les meubles ;", "2° (Abrogé) ;", "3° (Abrogé)."}},
	})
}

// TestGrammarDivisionLists: "les sections 1 et 2 sont abrogées" — every
// division of a list of one kind, under a context or named in full; a
// range of arabic numbers ("les sections 1 à 3").
func TestGrammarDivisionLists(t *testing.T) {
	mk := func() Corpus {
		c := Corpus{}
		for _, x := range []struct{ h, sec string }{{"L361-1", "section-1"}, {"L361-2", "section-2"}, {"L361-9", "section-3"}} {
			ref := CodeRef{Code: "code rural et de la peche maritime", Article: ArticleKey(x.h)}
			c[ref] = CodeArticle{Ref: ref, Heading: x.h, Alineas: []string{"x"}, Division: []string{"partie-legislative", "livre-iii", "titre-vi", "chapitre-ier", x.sec}}
		}
		ref := CodeRef{Code: "code rural et de la peche maritime", Article: "l362-1"}
		c[ref] = CodeArticle{Ref: ref, Heading: "L362-1", Alineas: []string{"x"}, Division: []string{"partie-legislative", "livre-iii", "titre-vi", "chapitre-ii"}}
		return c
	}
	for _, tc := range []struct {
		text []string
		left string
	}{
		{[]string{"Les sections 1 et 2 du chapitre Ier du titre VI du livre III du code rural sont abrogées."}, "l361-9 l362-1"},
		{[]string{"Le chapitre Ier du titre VI du livre III du code rural est ainsi modifié :", "1° Les sections 1 et 2 sont abrogées ;"}, "l361-9 l362-1"},
		{[]string{"Les sections 1 à 3 du chapitre Ier du titre VI du livre III du code rural sont abrogées."}, "l362-1"},
		{[]string{"Les chapitres Ier et II du titre VI du livre III du code rural sont abrogés."}, ""},
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: tc.text}})
		for _, in := range ins {
			if in.Status == Unparsed {
				t.Fatalf("unparsed (%s): %s", in.Reason, in.Text)
			}
		}
		got, errs := Apply(mk(), ins, ApplyOptions{})
		if len(errs) > 0 {
			t.Fatalf("%s: %v", tc.text[len(tc.text)-1], errs)
		}
		var left []string
		for r := range got {
			left = append(left, r.Article)
		}
		sort.Strings(left)
		if strings.Join(left, " ") != tc.left {
			t.Errorf("%s: left %v, want %s", tc.text[len(tc.text)-1], left, tc.left)
		}
	}
}
