package law

import (
	"strconv"
	"testing"
)

// TestGrammarFormulas6 holds nested instructions and French spacing
// where new words meet the text: no space before a period or a comma, a
// space before a semicolon or a colon (the text's own kind of space).
func TestGrammarFormulas6(t *testing.T) {
	I := []string{"I. – Le maire agit.", "1° Le préfet décide ;", "2° Le juge tranche.", "II. – Le contrat est écrit."}
	runGrammar(t, []grammarCase{
		{name: "ainsi modifié: au début la mention, sont ajoutés un II et un III", before: []string{"Le maire agit."}, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Au début, est ajoutée la mention : « I. – » ;", "2° Sont ajoutés un II et un III ainsi rédigés :", "« II. – A.", "« III. – B. »"}, want: []string{"I. – Le maire agit.", "II. – A.", "III. – B."}},
		{name: "code ainsi modifié, article ainsi modifié, a) b) under 1°", before: I, text: []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Au 1° du I, le mot : « préfet » est remplacé par le mot : « maire » ;", "b) Le II est abrogé ;"}, want: []string{I[0], "1° Le maire décide ;", I[2], "II. – (Abrogé)"}},
		{name: "a period replaced by a semicolon takes French spacing", before: I, text: []string{"À la fin du 2° du I de l'article L. 1 du code civil, le signe : « . » est remplacé par le signe : « ; »."}, want: []string{I[0], I[1], "2° Le juge tranche ;", I[3]}},
		{name: "le I complété par un 3°: the closing punctuation moves", before: I, text: []string{"Le I de l'article L. 1 du code civil est complété par un 3° ainsi rédigé :", "« 3° Le greffier note. »"}, want: []string{I[0], I[1], "2° Le juge tranche ;", "3° Le greffier note.", I[3]}},
		{name: "les deuxième et troisième alinéas sont ainsi rédigés", before: []string{"A.", "B.", "C."}, text: []string{"Les deuxième et troisième alinéas de l'article L. 1 du code civil sont ainsi rédigés :", "« X.", "« Y. »"}, want: []string{"A.", "X.", "Y."}},
		{name: "le même article L. 2 is not L. 1", before: []string{"Le maire agit."}, more: map[string][]string{"L2": {"Le juge agit."}}, text: []string{"I. – À l'article L. 2 du code civil, le mot : « juge » est remplacé par le mot : « préfet ».", "II. – Le même article L. 2 est complété par les mots : « seul »."}, want: []string{"Le maire agit."}},
		{name: "au second alinéa de l'article L. 1 du même code", before: []string{"A.", "B."}, text: []string{"I. – L'article L. 2 du code civil est abrogé.", "II. – Au second alinéa de l'article L. 1 du même code, le mot : « B » est remplacé par le mot : « C »."}, more: map[string][]string{"L2": {"X."}}, want: []string{"A.", "C."}},
		{name: "words beginning with a period replace words after a space: no space before it", before: []string{"Le maire agit ; le juge tranche."}, text: []string{"À l'article L. 1 du code civil, les mots : « ; le juge tranche » sont remplacés par les mots : « . Le juge décide »."}, want: []string{"Le maire agit. Le juge décide."}},
		{name: "a quotation closed then the instruction's own semicolon", before: []string{"Le maire agit."}, text: []string{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", "« Le juge tranche. » ;"}, want: []string{"Le maire agit.", "Le juge tranche."}},
		{name: "au début du second alinéa, sont ajoutés les mots", before: []string{"Le maire agit.", "Le juge tranche."}, text: []string{"Au début du second alinéa de l'article L. 1 du code civil, sont ajoutés les mots : « En cas de litige, »."}, want: []string{"Le maire agit.", "En cas de litige, le juge tranche."}},
		{name: "complété par un 3°: the previous item ends with a semicolon", before: []string{"1° A ;", "2° B."}, text: []string{"L'article L. 1 du code civil est complété par un 3° ainsi rédigé :", "« 3° C. »"}, want: []string{"1° A ;", "2° B ;", "3° C."}},
		{name: "après le mot, la fin de l'article est ainsi rédigée", before: []string{"Le maire agit."}, text: []string{"Après le mot : « maire », la fin de l'article L. 1 du code civil est ainsi rédigée : « décide. »"}, want: []string{"Le maire décide."}},
		{name: "words with their leading comma deleted", before: []string{"Le maire, le juge et le préfet agissent."}, text: []string{"À l'article L. 1 du code civil, les mots : « , le juge » sont supprimés."}, want: []string{"Le maire et le préfet agissent."}},
		{name: "le II est ainsi rédigé", before: []string{"I. – A.", "II. – B."}, text: []string{"Le II de l'article L. 1 du code civil est ainsi rédigé :", "« II. – C. »"}, want: []string{"I. – A.", "II. – C."}},
		{name: "la lettre", before: []string{"I. – A.", "II. – B."}, text: []string{"Au II de l'article L. 1 du code civil, la lettre : « B » est remplacée par la lettre : « C »."}, want: []string{"I. – A.", "II. – C."}},
		{name: "ainsi rédigé with its Art. heading and two alinéas", before: []string{"Le maire agit."}, text: []string{"L'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1. – Le préfet agit.", "« Il rend compte. »"}, want: []string{"Le préfet agit.", "Il rend compte."}},
		{name: "les deux derniers alinéas remplacés par un alinéa", before: []string{"A.", "B.", "C."}, text: []string{"Les deux derniers alinéas de l'article L. 1 du code civil sont remplacés par un alinéa ainsi rédigé :", "« D. »"}, want: []string{"A.", "D."}},
		{name: "complété par les mots et par une phrase", before: []string{"Le maire agit."}, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par les mots : « seul » et par une phrase ainsi rédigée : « Il rend compte. »"}, want: []string{"Le maire agit seul. Il rend compte."}},
		{name: "le mot remplacé par les mots", before: []string{"Le maire agit."}, text: []string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé par les mots : « préfet ou son délégué »."}, want: []string{"Le préfet ou son délégué agit."}},
		{name: "après le a, un a bis", before: []string{"a) A ;", "b) B."}, text: []string{"Après le a de l'article L. 1 du code civil, il est inséré un a bis ainsi rédigé :", "« a bis) AB ; »"}, want: []string{"a) A ;", "a bis) AB ;", "b) B."}},
		{name: "a new article after L. 1 leaves L. 1 as it is", before: []string{"Le maire agit."}, text: []string{"Après l'article L. 1 du code civil, il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – Le juge tranche. »"}, want: []string{"Le maire agit."}},
		{name: "le premier alinéa remplacé par deux alinéas", before: []string{"Le maire agit.", "Le juge tranche."}, text: []string{"Le premier alinéa de l'article L. 1 du code civil est remplacé par deux alinéas ainsi rédigés :", "« A.", "« B. »"}, want: []string{"A.", "B.", "Le juge tranche."}},
		{name: "1° words, 2° il est ajouté un alinéa", before: []string{"Le maire agit."}, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le mot : « maire » est remplacé par le mot : « préfet » ;", "2° Il est ajouté un alinéa ainsi rédigé :", "« Il rend compte. »"}, want: []string{"Le préfet agit.", "Il rend compte."}},
		{name: "two replacements joined by et", before: []string{"Le maire agit."}, text: []string{"À l'article L. 1 du code civil, les mots : « Le maire » sont remplacés par les mots : « Le préfet » et le mot : « agit » est remplacé par le mot : « décide »."}, want: []string{"Le préfet décide."}},
		{name: "le 2° remplacé par des 2° et 3°", before: []string{"I. – A.", "1° X ;", "2° Y.", "II. – B."}, text: []string{"Le 2° du I de l'article L. 1 du code civil est remplacé par des 2° et 3° ainsi rédigés :", "« 2° Y ;", "« 3° Z. »"}, want: []string{"I. – A.", "1° X ;", "2° Y ;", "3° Z.", "II. – B."}},
	})
}

// TestGrammarRankNotRead: a rank the engine does not read is refused,
// never widened to the division around it.
func TestGrammarRankNotRead(t *testing.T) {
	I := []string{"I. – Le maire agit.", "Le juge tranche.", "II. – Le contrat est écrit."}
	var many, manyWant []string
	for i := 1; i <= 18; i++ {
		many = append(many, "Le juge "+strconv.Itoa(i)+".")
		manyWant = append(manyWant, "Le juge "+strconv.Itoa(i)+".")
	}
	manyWant[16] = "Le préfet 17."
	runGrammar(t, []grammarCase{
		{name: "au vingt et unième alinéa du I", before: I, text: []string{"Au vingt et unième alinéa du I de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « préfet »."}, want: nil},
		{name: "au dix-septième alinéa", before: many, text: []string{"Au dix-septième alinéa de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « préfet »."}, want: manyWant},
		{name: "au second alinéa du I", before: I, text: []string{"Au second alinéa du I de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « préfet »."}, want: []string{I[0], "Le préfet tranche.", I[2]}},
	})
}
