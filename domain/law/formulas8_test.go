package law

import "testing"

// TestGrammarFormulas8 holds more nested and joined instructions of the
// codes, one short phrase each.
func TestGrammarFormulas8(t *testing.T) {
	B := []string{"Le maire agit.", "Le juge tranche."}
	runGrammar(t, []grammarCase{
		{name: "au premier alinéa des articles L. 1 et L. 2", before: B, more: map[string][]string{"L2": {"Le maire signe.", "B."}}, text: []string{"Au premier alinéa des articles L. 1 et L. 2 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Le préfet agit.", "Le juge tranche."}},
		{name: "le dernier alinéa ainsi modifié: a) words, b) a sentence", before: B, text: []string{"Le dernier alinéa de l'article L. 1 du code civil est ainsi modifié :", "a) Le mot : « juge » est remplacé par le mot : « préfet » ;", "b) Il est ajouté une phrase ainsi rédigée : « Il motive. »"}, want: []string{"Le maire agit.", "Le préfet tranche. Il motive."}},
		{name: "a new article, then words of another", before: B, text: []string{"Le code civil est ainsi modifié :", "1° Il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – X. » ;", "2° À l'article L. 1, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Le préfet agit.", "Le juge tranche."}},
		{name: "sont insérés des articles L. 1-1 à L. 1-3 leaves L. 1", before: B, text: []string{"Après l'article L. 1 du code civil, sont insérés des articles L. 1-1 à L. 1-3 ainsi rédigés :", "« Art. L. 1-1. – X.", "« Art. L. 1-2. – Y.", "« Art. L. 1-3. – Z. »"}, want: B},
		{name: "words deleted at the start of a sentence: the next word takes the capital", before: B, text: []string{"À l'article L. 1 du code civil, les mots : « Le maire » sont remplacés par les mots : « Le préfet » et les mots : « Le juge » sont supprimés."}, want: []string{"Le préfet agit.", "Tranche."}},
		{name: "words replaced by a sign", before: []string{"Le maire, le juge et le préfet."}, text: []string{"À l'article L. 1 du code civil, les mots : « et le préfet » sont remplacés par le signe : « , »."}, want: []string{"Le maire, le juge,."}},
		{name: "à la première phrase du premier alinéa et au second alinéa", before: B, text: []string{"À la première phrase du premier alinéa et au second alinéa de l'article L. 1 du code civil, le mot : « Le » est remplacé par le mot : « Un »."}, want: []string{"Un maire agit.", "Un juge tranche."}},
		{name: "each alinéa précédé de la mention", before: B, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le premier alinéa est précédé de la mention : « I. – » ;", "2° Le second alinéa est précédé de la mention : « II. – »."}, want: []string{"I. – Le maire agit.", "II. – Le juge tranche."}},
		{name: "complété par un III", before: []string{"I. – A.", "II. – B."}, text: []string{"L'article L. 1 du code civil est complété par un III ainsi rédigé :", "« III. – C. »"}, want: []string{"I. – A.", "II. – B.", "III. – C."}},
		{name: "le I ainsi modifié: 1° complété, 2° abrogé", before: []string{"I. – A :", "1° X ;", "2° Y.", "II. – B."}, text: []string{"Le I de l'article L. 1 du code civil est ainsi modifié :", "1° Le 1° est complété par les mots : « et Z » ;", "2° Le 2° est abrogé."}, want: []string{"I. – A :", "1° X et Z ;", "2° (Abrogé).", "II. – B."}},
		{name: "1° au premier alinéa, 2° au second alinéa", before: B, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Au premier alinéa, les mots : « Le maire » sont remplacés par les mots : « Le préfet » ;", "2° Au second alinéa, les mots : « Le juge » sont remplacés par les mots : « Le greffier »."}, want: []string{"Le préfet agit.", "Le greffier tranche."}},
		{name: "a number in words", before: []string{"Le maire agit dans un délai de trois mois."}, text: []string{"À l'article L. 1 du code civil, le mot : « trois » est remplacé par le mot : « six »."}, want: []string{"Le maire agit dans un délai de six mois."}},
		{name: "elision: d'un an", before: []string{"Le maire agit dans un délai de trois mois."}, text: []string{"À l'article L. 1 du code civil, les mots : « de trois mois » sont remplacés par les mots : « d'un an »."}, want: []string{"Le maire agit dans un délai d'un an."}},
		{name: "1° words, 2° sont ajoutés deux alinéas", before: []string{"Le maire agit."}, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le mot : « maire » est remplacé par le mot : « préfet » ;", "2° Sont ajoutés deux alinéas ainsi rédigés :", "« X.", "« Y. »"}, want: []string{"Le préfet agit.", "X.", "Y."}},
		{name: "les 1° et 3° abrogés", before: []string{"1° A ;", "2° B ;", "3° C."}, text: []string{"Les 1° et 3° de l'article L. 1 du code civil sont abrogés."}, want: []string{"1° (Abrogé) ;", "2° B ;", "3° (Abrogé)."}},
		{name: "complété par un alinéa, quoted inline", before: []string{"Le maire agit."}, text: []string{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé : « Le juge tranche. »"}, want: []string{"Le maire agit.", "Le juge tranche."}},
		{name: "words between commas inserted", before: []string{"Le maire agit."}, text: []string{"À l'article L. 1 du code civil, après le mot : « maire », sont insérés les mots : « , le cas échéant, »."}, want: []string{"Le maire, le cas échéant, agit."}},
		{name: "à la fin de l'article, le mot", before: []string{"Le maire agit."}, text: []string{"À la fin de l'article L. 1 du code civil, le mot : « agit » est remplacé par les mots : « peut agir »."}, want: []string{"Le maire peut agir."}},
	})
}
