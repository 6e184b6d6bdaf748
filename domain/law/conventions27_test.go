package law

import "testing"

// TestConventions27CoordinatedEnd: a list's end coordinated by the law
// after the clause whose consolidation convention already made it — a
// new last item (the one before took " ;"), the last item deleted as an
// alinéa (the one before took ".") — is done: the text reads as the law
// says (it was refused, words not found). Drafted in the other order it
// was read already (guard); so is an item that ends so in force. A sign
// the item does not end with where the convention puts it, or a
// conjunction after it, still refuses.
func TestConventions27CoordinatedEnd(t *testing.T) {
	list := "L1: Sont membres :|1° Le maire ;|2° Le préfet."
	three := "L1: Sont membres :|1° Le maire ;|2° Le préfet ;|3° Le juge."
	runRenum22(t, []renum22Case{
		{name: "a new 3°, then the 2°'s period replaced", arts: []string{list}, lines: []string{
			"L'article L. 1 du code civil est ainsi modifié :",
			"1° Il est ajouté un 3° ainsi rédigé :", "« 3° Le greffier. » ;",
			"2° À la fin du 2°, le point est remplacé par un point-virgule."},
			want: "l1: Sont membres :|1° Le maire ;|2° Le préfet ;|3° Le greffier."},
		{name: "the 2°'s period replaced, then a new 3° (guard)", arts: []string{list}, lines: []string{
			"L'article L. 1 du code civil est ainsi modifié :",
			"1° À la fin du 2°, le point est remplacé par un point-virgule ;",
			"2° Il est ajouté un 3° ainsi rédigé :", "« 3° Le greffier. »"},
			want: "l1: Sont membres :|1° Le maire ;|2° Le préfet ;|3° Le greffier."},
		{name: "letters: a new c, then the b's final period", arts: []string{"L1: Sont membres :|a) Le maire ;|b) Le préfet."}, lines: []string{
			"L'article L. 1 du code civil est ainsi modifié :",
			"1° Il est ajouté un c ainsi rédigé :", "« c) Le greffier. » ;",
			"2° Au b, le point final est remplacé par le signe : « ; »."},
			want: "l1: Sont membres :|a) Le maire ;|b) Le préfet ;|c) Le greffier."},
		{name: "the last alinéa deleted, then the 2°'s semicolon", arts: []string{three}, lines: []string{
			"L'article L. 1 du code civil est ainsi modifié :",
			"1° Le dernier alinéa est supprimé ;",
			"2° À la fin du 2°, le signe : « ; » est remplacé par le signe : « . »."},
			want: "l1: Sont membres :|1° Le maire ;|2° Le préfet."},
		{name: "a period asked of the last item, which has it: done", arts: []string{list}, lines: []string{
			"À la fin du 2° de l'article L. 1 du code civil, le signe : « ; » est remplacé par le signe : « . »."},
			want: "l1: Sont membres :|1° Le maire ;|2° Le préfet."},
		{name: "a period asked of an item before another: refused", arts: []string{"L1: Sont membres :|1° Le maire.|2° Le préfet."}, lines: []string{
			"À la fin du 1° de l'article L. 1 du code civil, le signe : « ; » est remplacé par le signe : « . »."},
			want: "l1: Sont membres :|1° Le maire.|2° Le préfet.", err: errApplyWordsNotFound26},
		{name: "a period asked of the last item ending with one: refused", arts: []string{"L1: Sont membres :|1° Le maire ;|2° Le préfet ;"}, lines: []string{
			"À la fin du 2° de l'article L. 1 du code civil, le point est remplacé par un point-virgule."},
			want: "l1: Sont membres :|1° Le maire ;|2° Le préfet ;", err: errApplyWordsNotFound26},
		{name: "a conjunction after the sign: refused", arts: []string{"L1: Sont membres :|1° Le maire ; et|2° Le préfet."}, lines: []string{
			"À la fin du 1° de l'article L. 1 du code civil, le point est remplacé par un point-virgule."},
			want: "l1: Sont membres :|1° Le maire ; et|2° Le préfet.", err: errApplyWordsNotFound26},
	})
}

// TestConventions27Guards pins the consolidation conventions probed in
// this round, as they read: labels kept as they are unless the law
// renumbers (the I repealed, "I. – (Abrogé)", and the first alinéa
// deleted leave the II its number); words found twice with no count
// replaced at each occurrence (a lone sign so is refused:
// errSignWhich26); an unnumbered text completed by a II becomes the I;
// a new last item takes the list's period (items, letters, dashes); the
// last alinéa deleted after one ending with " ;" that is no list item,
// and a new alinéa after one ending with " ;", leave the punctuation as
// it is; "[Abrogé]" kept; a replaced alinéa's first letter as written.
func TestConventions27Guards(t *testing.T) {
	runRenum22(t, []renum22Case{
		{name: "le I abrogé", arts: []string{"L1: I. – Le juge statue.|Il signe.|II. – Le greffier signe."}, lines: []string{"Le I de l'article L. 1 du code civil est abrogé."},
			want: "l1: I. – (Abrogé)|II. – Le greffier signe."},
		{name: "the labelled first alinéa deleted", arts: []string{"L1: I. – Le juge statue.|II. – Le greffier signe."}, lines: []string{"Le premier alinéa de l'article L. 1 du code civil est supprimé."},
			want: "l1: II. – Le greffier signe."},
		{name: "a word found twice, no count", arts: []string{"L1: Le juge statue et le juge signe."}, lines: []string{"À l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « greffier »."},
			want: "l1: Le greffier statue et le greffier signe."},
		{name: "a II on an unnumbered article", arts: []string{"L1: Le juge statue.|Le maire signe."}, lines: []string{"L'article L. 1 du code civil est complété par un II ainsi rédigé :", "« II. – Le greffier vote. »"},
			want: "l1: I. – Le juge statue.|Le maire signe.|II. – Le greffier vote."},
		{name: "a new last dash", arts: []string{"L1: Sont membres :|– le maire ;|– le préfet."}, lines: []string{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", "« – le greffier. »"},
			want: "l1: Sont membres :|– le maire ;|– le préfet ;|– le greffier."},
		{name: "the last alinéa deleted after a plain one ending with a semicolon", arts: []string{"L1: Le juge statue.|Le maire signe ;|Le préfet vote."}, lines: []string{"Le dernier alinéa de l'article L. 1 du code civil est supprimé."},
			want: "l1: Le juge statue.|Le maire signe ;"},
		{name: "a new alinéa after one ending with a semicolon", arts: []string{"L1: Le juge statue.|Le maire signe ;"}, lines: []string{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", "« Le greffier vote. »"},
			want: "l1: Le juge statue.|Le maire signe ;|Le greffier vote."},
		{name: "[Abrogé] kept", arts: []string{"L1: I. – Le juge statue.|II. – [Abrogé]|III. – Le maire vote."}, lines: []string{"Le III de l'article L. 1 du code civil est abrogé."},
			want: "l1: I. – Le juge statue.|II. – [Abrogé]|III. – (Abrogé)"},
		{name: "a replaced alinéa as written", arts: []string{"L1: Le juge statue.|Le maire signe."}, lines: []string{"Le second alinéa de l'article L. 1 du code civil est ainsi rédigé :", "« Le présent article s'applique. »"},
			want: "l1: Le juge statue.|Le présent article s'applique."},
	})
}
