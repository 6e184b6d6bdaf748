package law

import "testing"

// TestOccurrencePairs31: a word replaced at two named occurrences, the
// second said short, is read as both said in full (it was refused: a
// part of the instruction not read); the occurrences are counted on the
// text before the instruction, and a text holding fewer is refused.
func TestOccurrencePairs31(t *testing.T) {
	two := "L1: Le juge et le juge statuent."
	one := "L1: Le juge statue."
	three := "L1: Le juge et le juge et le juge statuent."
	at := "À l'article L. 1 du code civil, "
	short := at + "la première occurrence du mot : « juge » est remplacée par le mot : « maire » et la seconde par le mot : « préfet »."
	after := at + "le mot : « juge » est remplacé, à la première occurrence, par le mot : « maire » et, à la seconde occurrence, par le mot : « préfet »."
	same := at + "la première occurrence du mot : « juge » est remplacée par le mot : « maire » et la seconde occurrence du même mot est remplacée par le mot : « préfet »."
	this := at + "la première occurrence du mot : « juge » est remplacée par le mot : « maire » et la seconde occurrence de ce mot par le mot : « préfet »."
	runRenum22(t, []renum22Case{
		{name: "seconde short", arts: []string{two}, lines: []string{short}, want: "l1: Le maire et le préfet statuent."},
		{name: "ranks after verb", arts: []string{two}, lines: []string{after}, want: "l1: Le maire et le préfet statuent."},
		{name: "même mot", arts: []string{two}, lines: []string{same}, want: "l1: Le maire et le préfet statuent."},
		{name: "ce mot", arts: []string{two}, lines: []string{this}, want: "l1: Le maire et le préfet statuent."},
		{name: "third not said", arts: []string{three}, lines: []string{short}, want: "l1: Le maire et le préfet et le juge statuent."},
		{name: "first and third", arts: []string{three},
			lines: []string{at + "le mot : « juge » est remplacé, à la première occurrence, par le mot : « maire » et, à la troisième occurrence, par le mot : « préfet »."},
			want:  "l1: Le maire et le juge et le préfet statuent."},
		{name: "short, one occurrence", arts: []string{one}, lines: []string{short}, want: "l1: Le juge statue.", err: errApplyWordsNotFound26},
		{name: "after, one occurrence", arts: []string{one}, lines: []string{after}, want: "l1: Le juge statue.", err: errApplyWordsNotFound26},
		{name: "même mot, one occurrence", arts: []string{one}, lines: []string{same}, want: "l1: Le juge statue.", err: errApplyWordsNotFound26},
	})
}
