package law

import "testing"

// TestGrammarProbe2: formulas of the Guide de légistique and of both
// chambers' texts, each with its known result.
func TestGrammarProbe2(t *testing.T) {
	P := []string{"I. – A.", "II. – B."}
	L := []string{"Le maire agit :", "1° Seul ;", "2° Ou avec le préfet."}
	runGrammar(t, []grammarCase{
		{name: "complété par un III", before: P, text: []string{"L'article L. 1 du code civil est complété par un III ainsi rédigé :", "« III. – C. »"}, want: []string{"I. – A.", "II. – B.", "III. – C."}},
		{name: "le dernier alinéa est remplacé par trois alinéas", before: []string{"A.", "B."}, text: []string{"Le dernier alinéa de l'article L. 1 du code civil est remplacé par trois alinéas ainsi rédigés :", "« C ;", "« D ;", "« E. »"}, want: []string{"A.", "C ;", "D ;", "E."}},
		{name: "au début, sont ajoutés deux alinéas", before: []string{"A."}, text: []string{"Au début de l'article L. 1 du code civil, sont ajoutés deux alinéas ainsi rédigés :", "« Y.", "« Z. »"}, want: []string{"Y.", "Z.", "A."}},
		{name: "sont ajoutés les mots (no place: at the end)", before: []string{"Le maire agit.", "B."}, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et sont ajoutés les mots : « seul »."}, want: []string{"Le préfet agit seul.", "B."}},
		{name: "complété par les mots et par une phrase", before: []string{"Le maire agit.", "B."}, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par les mots : « , sauf urgence » et par une phrase ainsi rédigée : « Il rend compte. »"}, want: []string{"Le maire agit, sauf urgence. Il rend compte.", "B."}},
		{name: "after a reference and after a word", before: []string{"Le maire applique l'article L. 2."}, text: []string{"Au premier alinéa de l'article L. 1 du code civil, après la référence : « L. 2 », sont insérés les mots : « ou L. 3 » et, après le mot : « maire », sont insérés les mots : « ou le préfet »."}, want: []string{"Le maire ou le préfet applique l'article L. 2 ou L. 3."}},
		{name: "au 1°, … ; au 2°, …", before: L, text: []string{"À l'article L. 1 du code civil, au 1°, le mot : « Seul » est remplacé par le mot : « Isolément » ; au 2°, le mot : « préfet » est remplacé par le mot : « juge »."}, want: []string{"Le maire agit :", "1° Isolément ;", "2° Ou avec le juge."}},
		{name: "au 1°, … ; au 2°, …: the same word in both, each in its own", before: []string{"Le maire agit :", "1° Seul avec le préfet ;", "2° Ou avec le préfet."}, text: []string{"À l'article L. 1 du code civil, au 1°, le mot : « Seul » est supprimé ; au 2°, le mot : « préfet » est remplacé par le mot : « juge »."}, want: []string{"Le maire agit :", "1° Avec le préfet ;", "2° Ou avec le juge."}},
		{name: "the first words of a second sentence deleted", before: []string{"Il agit. Seul le maire décide."}, text: []string{"À l'article L. 1 du code civil, le mot : « Seul » est supprimé."}, want: []string{"Il agit. Le maire décide."}},
		{name: "the first words of a part deleted", before: []string{"I. – En outre le maire décide."}, text: []string{"Au I de l'article L. 1 du code civil, les mots : « En outre » sont supprimés."}, want: []string{"I. – Le maire décide."}},
		{name: "…, et au II, …", before: P, text: []string{"Au I de l'article L. 1 du code civil, le mot : « A » est remplacé par le mot : « X », et au II, le mot : « B » est remplacé par le mot : « Y »."}, want: []string{"I. – X.", "II. – Y."}},
		{name: "; au 2°, …: two 2° in the article (under I and II), refused", before: []string{"I. – A :", "1° A1 ;", "2° A2.", "II. – B :", "1° B1 ;", "2° A2."}, text: []string{"Au 1° du I de l'article L. 1 du code civil, le mot : « A1 » est remplacé par le mot : « X » ; au 2°, le mot : « A2 » est remplacé par le mot : « Y »."}},
		{name: "les deux premiers alinéas sont remplacés par un alinéa", before: []string{"A.", "B.", "C."}, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Les deux premiers alinéas sont remplacés par un alinéa ainsi rédigé :", "« AB. » ;", "2° Au dernier alinéa, le mot : « C » est remplacé par le mot : « D »."}, want: []string{"AB.", "D."}},
		{name: "la dernière phrase de l'avant-dernier alinéa", before: []string{"Il agit. Il décide.", "Il contrôle. Il rend compte.", "Il part."}, text: []string{"La dernière phrase de l'avant-dernier alinéa de l'article L. 1 du code civil est supprimée."}, want: []string{"Il agit. Il décide.", "Il contrôle.", "Il part."}},
		{name: "the only sentence of an alinéa deleted as its last: refused", before: []string{"Il agit. Il décide.", "Il contrôle.", "Il part."}, text: []string{"La dernière phrase du deuxième alinéa de l'article L. 1 du code civil est supprimée."}},
		{name: "le mot ou remplacé par le signe ,", before: []string{"Le maire ou le préfet agit."}, text: []string{"À l'article L. 1 du code civil, le mot : « ou » est remplacé par le signe : « , »."}, want: []string{"Le maire, le préfet agit."}},
		{name: "les mots et B supprimés", before: []string{"Le maire et le préfet agissent."}, text: []string{"À l'article L. 1 du code civil, les mots : « et le préfet » sont supprimés."}, want: []string{"Le maire agissent."}},
		{name: "capital at the start replaced", before: []string{"Le maire agit."}, text: []string{"Au début de l'article L. 1 du code civil, le mot : « Le » est remplacé par les mots : « Sauf exception, le »."}, want: []string{"Sauf exception, le maire agit."}},
		{name: "lettered divisions A. – B. – in a bill", before: []string{"Le maire agit."}, more: map[string][]string{"L2": {"Le préfet contrôle."}}, text: []string{"I. – Le code civil est ainsi modifié :", "A. – L'article L. 1 est ainsi modifié :", "1° Le mot : « maire » est remplacé par le mot : « président » ;", "2° Le mot : « agit » est remplacé par le mot : « décide » ;", "B. – À l'article L. 2, le mot : « préfet » est remplacé par le mot : « juge »."}, want: []string{"Le président décide."}},
		{name: "les a et b du 1° sont remplacés par un a", before: []string{"Il agit :", "1° Seul :", "a) Le jour ;", "b) La nuit ;", "c) Toujours ;", "2° Ou avec le préfet."}, text: []string{"Les a et b du 1° de l'article L. 1 du code civil sont remplacés par un a ainsi rédigé :", "« a) Le jour et la nuit ; »"}, want: []string{"Il agit :", "1° Seul :", "a) Le jour et la nuit ;", "c) Toujours ;", "2° Ou avec le préfet."}},
	})
}
