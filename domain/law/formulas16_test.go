package law

import "testing"

// TestGrammarProbe3: renumbered articles, several new items or parts at
// once, and a sentence alone as the next place.
func TestGrammarProbe3(t *testing.T) {
	L := []string{"Le maire agit :", "1° Seul ;", "2° Avec le préfet."}
	P := []string{"I. – A.", "II. – B."}
	runGrammar(t, []grammarCase{
		{name: "des 2° bis et 2° ter insérés", before: L, text: []string{"Après le 1° de l'article L. 1 du code civil, sont insérés des 1° bis et 1° ter ainsi rédigés :", "« 1° bis Avec le juge ;", "« 1° ter Avec le conseil ; »"}, want: []string{"Le maire agit :", "1° Seul ;", "1° bis Avec le juge ;", "1° ter Avec le conseil ;", "2° Avec le préfet."}},
		{name: "complété par des 3° et 4°", before: L, text: []string{"L'article L. 1 du code civil est complété par des 3° et 4° ainsi rédigés :", "« 3° Avec le juge ;", "« 4° Avec le conseil. »"}, want: []string{"Le maire agit :", "1° Seul ;", "2° Avec le préfet ;", "3° Avec le juge ;", "4° Avec le conseil."}},
		{name: "complété par des III et IV", before: P, text: []string{"L'article L. 1 du code civil est complété par des III et IV ainsi rédigés :", "« III. – C.", "« IV. – D. »"}, want: []string{"I. – A.", "II. – B.", "III. – C.", "IV. – D."}},
		{name: "à la première phrase …, … et, à la seconde phrase, …", before: []string{"Le maire agit. Le préfet contrôle.", "B."}, text: []string{"À la première phrase du premier alinéa de l'article L. 1 du code civil, le mot : « agit » est remplacé par le mot : « décide » et, à la seconde phrase, le mot : « contrôle » est remplacé par le mot : « veille »."}, want: []string{"Le maire décide. Le préfet veille.", "B."}},
		{name: "il est ajouté un alinéa ainsi rédigé (under a context)", before: []string{"A."}, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le mot : « A » est remplacé par le mot : « Z » ;", "2° Il est ajouté un alinéa ainsi rédigé :", "« B. »"}, want: []string{"Z.", "B."}},
		{name: "le dernier alinéa du II", before: []string{"I. – A.", "II. – B.", "C.", "D."}, text: []string{"Le dernier alinéa du II de l'article L. 1 du code civil est supprimé."}, want: []string{"I. – A.", "II. – B.", "C."}},
		{name: "la première phrase du premier alinéa du II", before: []string{"I. – A.", "II. – Le maire agit. Il rend compte.", "C."}, text: []string{"La première phrase du premier alinéa du II de l'article L. 1 du code civil est supprimée."}, want: []string{"I. – A.", "II. – Il rend compte.", "C."}},
		{name: "les mots … sont remplacés par trois alinéas", before: []string{"Le maire agit seul."}, text: []string{"À l'article L. 1 du code civil, le mot : « seul » est remplacé par les mots : « avec le préfet »."}, want: []string{"Le maire agit avec le préfet."}},
		{name: "au 2° du I, items under parts", before: []string{"I. – A :", "1° X ;", "2° Y.", "II. – B :", "1° X ;", "2° Y."}, text: []string{"Au 2° du II de l'article L. 1 du code civil, le mot : « Y » est remplacé par le mot : « Z »."}, want: []string{"I. – A :", "1° X ;", "2° Y.", "II. – B :", "1° X ;", "2° Z."}},
	})
}
