package law

import "testing"

// TestGrammarProbe5: the start and the end of a sentence rewritten, and a
// word operation followed by a sentence's deletion in one instruction.
func TestGrammarProbe5(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "le début … jusqu'aux mots … est ainsi rédigé", before: []string{"Dans les communes de plus de 3 500 habitants, le maire agit seul.", "B."}, text: []string{"Le début du premier alinéa de l'article L. 1 du code civil jusqu'aux mots : « le maire » est ainsi rédigé : « Dans chaque commune, le maire »."}, want: []string{"Dans chaque commune, le maire agit seul.", "B."}},
		{name: "après le mot, la fin de la phrase est ainsi rédigée", before: []string{"Le maire agit seul. Il rend compte.", "B."}, text: []string{"À la première phrase du premier alinéa de l'article L. 1 du code civil, après le mot : « agit », la fin de la phrase est ainsi rédigée : « avec le préfet. »"}, want: []string{"Le maire agit avec le préfet. Il rend compte.", "B."}},
		{name: "complété par les mots … et la seconde phrase est supprimée: the words at the end of what goes, refused", before: []string{"A.", "Le maire agit. Il rend compte."}, text: []string{"Le second alinéa de l'article L. 1 du code civil est complété par les mots : « seul » et la seconde phrase est supprimée."}},
		{name: "le mot … est remplacé … et le dernier alinéa est supprimé (of the same place: the I)", before: []string{"I. – Le maire agit.", "Il rend compte.", "II. – B."}, text: []string{"Au I de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et le dernier alinéa est supprimé."}, want: []string{"I. – Le préfet agit.", "II. – B."}},
		{name: "… et la troisième phrase est supprimée where there are two: refused whole", before: []string{"A.", "Le maire agit. Il rend compte."}, text: []string{"Au second alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et la troisième phrase est supprimée."}},
		{name: "… et les mots … sont insérés: still read as words", before: []string{"Le maire agit."}, text: []string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et les mots : « seul » sont insérés après le mot : « agit »."}, want: []string{"Le préfet agit seul."}},
		{name: "le mot … est remplacé … et les deux dernières phrases sont supprimées", before: []string{"A.", "Le maire agit trois fois. Il rend compte. Il part."}, text: []string{"Au second alinéa de l'article L. 1 du code civil, le mot : « trois » est remplacé par le mot : « quatre » et les deux dernières phrases sont supprimées."}, want: []string{"A.", "Le maire agit quatre fois."}},
	})
}
