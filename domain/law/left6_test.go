package law

import (
	"strings"
	"testing"
)

// The rules of the sixth pass on the closing note's leftovers, each on a
// short phrase.

// TestLeft6RankThenArticleUnderArticle: under a context naming an
// article ("L'article L. 1 est ainsi modifié :"), "Au second alinéa et au
// premier alinéa de l'article L. 2" may name L. 2's second alinéa or the
// context's: refused. Outside such a context both are L. 2's, as before;
// said otherwise, each is read.
func TestLeft6RankThenArticleUnderArticle(t *testing.T) {
	codes := t5Codes()
	head := "L'article L. 1 du code civil est ainsi modifié :"
	runCodes(t, []codesCase{
		{"under an article", codes, [][]string{{head, "1° Au second alinéa et au premier alinéa de l'article L. 2, " + aToB}}, nil},
		{"under an article, ranks together", codes, [][]string{{head, "1° Aux premier et second alinéas de l'article L. 2, " + aToB}},
			map[string][]string{t5L2: t5B(t5L2)}},
		{"under an article, each its article", codes, [][]string{{head, "1° Au second alinéa de l'article L. 2 et au premier alinéa de l'article L. 3, " + aToB}},
			map[string][]string{t5L2: t5B(t5L2, 2), t5L3: t5B(t5L3)}},
		{"under an article, a sentence then an alinéa", codes, [][]string{{head, "1° À la première phrase et au second alinéa de l'article L. 2, " + aToB}}, nil},
		{"under an article, ainsi que", codes, [][]string{{head, "1° Au second alinéa ainsi qu'au premier alinéa de l'article L. 2, " + aToB}}, nil},
		{"under an article, another code's article", codes, [][]string{{head, "1° Au second alinéa et au premier alinéa de l'article L. 2 du code pénal, " + aToB}}, nil},
		{"under an article item", codes, [][]string{{"Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Au second alinéa et au premier alinéa de l'article L. 2, " + aToB}}, nil},
		{"under an article, one noun after both", codes, [][]string{{head, "1° Au premier et au second alinéas de l'article L. 2, " + aToB}},
			map[string][]string{t5L2: t5B(t5L2)}},
		{"under an article, a whole article", codes, [][]string{{head, "1° Au second alinéa et à l'article L. 2, " + aToB}},
			map[string][]string{t5L1: t5B(t5L1, 2), t5L2: t5B(t5L2)}},
		{"under an article, no article named", codes, [][]string{{head, "1° Au premier alinéa et au second alinéa, " + aToB}},
			map[string][]string{t5L1: t5B(t5L1)}},
		{"under a code", codes, [][]string{{"Le code civil est ainsi modifié :", "1° Au second alinéa et au premier alinéa de l'article L. 2, " + aToB}},
			map[string][]string{t5L2: t5B(t5L2)}},
		{"under an article, a sentence of an alinéa first", codes, [][]string{{head, "1° À la dernière phrase du premier alinéa et au second alinéa de l'article L. 2, " + aToB}}, nil},
		{"under an article, a list after", codes, [][]string{{head, "1° Au second alinéa et aux premier et second alinéas de l'article L. 2, " + aToB}}, nil},
		{"under an article's paragraph", codes, [][]string{{"Le premier alinéa de l'article L. 1 du code civil est ainsi modifié :", "1° À la première phrase et au second alinéa de l'article L. 2, " + aToB}}, nil},
		{"under an article, both of another code's", codes, [][]string{{head, "1° Aux premier et second alinéas de l'article L. 2 du code pénal, " + aToB}},
			map[string][]string{t5P2: t5B(t5P2)}},
		{"no context", codes, [][]string{{"Au second alinéa et au premier alinéa de l'article L. 2 du code civil, " + aToB}},
			map[string][]string{t5L2: t5B(t5L2)}},
	})
}

// TestLeft6WordsCompletedBy: "les mots : « A » sont complétés par les
// mots : « B »" puts B after A, as "sont suivis des mots : « B »"; "par
// le mot" is "du mot" after "suivi" and "précédé" too. An alinéa
// "précédé par un alinéa (une phrase) ainsi rédigé(e)" is read as
// "précédé d'un alinéa". Kept as guards: an alinéa completed (words at
// its end), words lacking refused, two subjects refused.
func TestLeft6WordsCompletedBy(t *testing.T) {
	art := []string{"Le maire signe.", "Le maire date."}
	grp := func(item string) []string {
		return []string{"L'article L. 1 du code civil est ainsi modifié :", item}
	}
	runGrammar(t, []grammarCase{
		{name: "les mots sont complétés par les mots", before: art,
			text: grp("1° Au premier alinéa, les mots : « Le maire » sont complétés par les mots : « et le juge » ;"),
			want: []string{"Le maire et le juge signe.", "Le maire date."}},
		{name: "le mot est complété par le mot", before: art,
			text: grp("1° Au second alinéa, le mot : « maire » est complété par le mot : « adjoint » ;"),
			want: []string{"Le maire signe.", "Le maire adjoint date."}},
		{name: "an occurrence completed", before: []string{"Le maire date et le maire vise."},
			text: grp("1° Au premier alinéa, la seconde occurrence du mot : « maire » est complétée par le mot : « adjoint » ;"),
			want: []string{"Le maire date et le maire adjoint vise."}},
		{name: "no context", before: art,
			text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est complété par les mots : « de Paris »."},
			want: []string{"Le maire de Paris signe.", "Le maire date."}},
		{name: "précédé par le mot", before: art,
			text: grp("1° Au premier alinéa, le mot : « maire » est précédé par le mot : « grand » ;"),
			want: []string{"Le grand maire signe.", "Le maire date."}},
		{name: "suivi par le mot", before: art,
			text: grp("1° Au premier alinéa, le mot : « maire » est suivi par le mot : « adjoint » ;"),
			want: []string{"Le maire adjoint signe.", "Le maire date."}},
		{name: "words lacking: refused", before: art,
			text: grp("1° Au premier alinéa, le mot : « juge » est complété par le mot : « adjoint » ;")},
		{name: "two subjects: refused", before: art,
			text: grp("1° Au premier alinéa, les mots : « maire » et « signe » sont complétés par le mot : « x » ;")},
		{name: "a sentence after words: refused", before: art,
			text: grp("1° Au premier alinéa, le mot : « maire » est complété par une phrase ainsi rédigée : « Le juge vise. » ;")},
		{name: "an alinéa completed by words", before: art,
			text: grp("1° Le premier alinéa est complété par les mots : « et date » ;"),
			want: []string{"Le maire signe et date.", "Le maire date."}},
		{name: "précédé par un alinéa", before: art,
			text: grp("1° Le premier alinéa est précédé par un alinéa ainsi rédigé : « Le juge vise. » ;"),
			want: []string{"Le juge vise.", "Le maire signe.", "Le maire date."}},
		{name: "précédé par une phrase", before: art,
			text: grp("1° Le second alinéa est précédé par une phrase ainsi rédigée : « Le juge vise. » ;"),
			want: []string{"Le maire signe.", "Le juge vise. Le maire date."}},
	})
}

// TestLeft6RewrittenArticleKeepsItsDash: an amendment rewriting the
// article whole ("Rédiger ainsi cet article : « … »") then adding a
// paragraph (the gage, "II. – … compléter cet article par un paragraphe
// ainsi rédigé : « … – La perte … »") numbers the new paragraphs with the
// dash of the article as tabled, "I. – " / "II. – " where the bill writes
// "I. – " (it was ". - ", the dash of none); the article's own dash when
// it has numbered paragraphs still; ". - " when neither has one.
func TestLeft6RewrittenArticleKeepsItsDash(t *testing.T) {
	rewriteThenGage := "I. – Rédiger ainsi cet article :\n« Le juge statue. »\nII. – Pour compenser la perte de recettes résultant du I, compléter cet article par un paragraphe ainsi rédigé :\n« ... – La perte de recettes est compensée. »"
	for _, tc := range []struct {
		name       string
		tabled     []string
		dispositif string
		want       []string
	}{
		{"en dash", []string{"I. – Le code civil est ainsi modifié :", "1° Le mot A est remplacé.", "II. – Le code pénal est modifié."}, rewriteThenGage,
			[]string{"I. – Le juge statue.", "II. – La perte de recettes est compensée."}},
		{"plain hyphen", []string{"I. - Le code civil est modifié.", "II. - Le code pénal est modifié."}, rewriteThenGage,
			[]string{"I. - Le juge statue.", "II. - La perte de recettes est compensée."}},
		{"tight", []string{"I.-Le code civil est modifié.", "II.-Le code pénal est modifié."}, rewriteThenGage,
			[]string{"I.-Le juge statue.", "II.-La perte de recettes est compensée."}},
		{"no numbered paragraph", []string{"Le code civil est modifié."}, rewriteThenGage,
			[]string{"I. - Le juge statue.", "II. - La perte de recettes est compensée."}},
		{"the II typed with a hyphen", []string{"I. – Le code civil est modifié.", "II. – Le code pénal est modifié."},
			"I. – Rédiger ainsi cet article :\n« Le juge statue. »\nII. – Compléter cet article par un paragraphe ainsi rédigé :\n« II. - La perte de recettes est compensée. »",
			[]string{"I. – Le juge statue.", "II. – La perte de recettes est compensée."}},
		{"the rewritten text numbered by the amendment", []string{"I. – Le code civil est modifié.", "II. – Le code pénal est modifié."},
			"Rédiger ainsi cet article :\n« I. – Le juge statue.\n« II. - La perte de recettes est compensée. »",
			[]string{"I. – Le juge statue.", "II. - La perte de recettes est compensée."}},
		{"not rewritten: the next paragraph", []string{"I. – Le code civil est modifié.", "II. – Le code pénal est modifié."},
			"Compléter cet article par un paragraphe ainsi rédigé :\n« ... – La perte de recettes est compensée. »",
			[]string{"I. – Le code civil est modifié.", "II. – Le code pénal est modifié.", "III. – La perte de recettes est compensée."}},
	} {
		r := ApplyAmendment(Article{Number: "1er", Alineas: tc.tabled}, tc.dispositif)
		if !r.Applied || strings.Join(r.Article.Alineas, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s: got %v %q (%q), want %q", tc.name, r.Applied, r.Article.Alineas, r.Unparsed, tc.want)
		}
	}
}
