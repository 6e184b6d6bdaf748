package law

import "testing"

// TestRefuse81InsertedBetweenVerbFirst: an insertion between two
// divisions with its verb first — "Il est inséré, entre le I et le II, un
// I bis", "À l'article L. 1, il est inséré, entre le I et le II, …", "Au
// II, entre le 1° et le 2°, il est inséré …" — goes before the second,
// as "Entre le I et le II, il est inséré …" (they were refused: no known
// form, or a division named after the article not read). Two items whose
// labels say they are not consecutive ("entre le I et le III") are
// refused in every order of the words (the new part went before the III,
// after the II).
func TestRefuse81InsertedBetweenVerbFirst(t *testing.T) {
	Pa := []string{"I. – Le juge signe.", "II. – Le juge tranche.", "III. – Le juge note."}
	PaIn := []string{"I. – Le juge signe.", "I bis. – Le greffier signe.", "II. – Le juge tranche.", "III. – Le juge note."}
	It := []string{"I. – Sont exclus :", "1° Le juge ;", "2° Le maire.", "II. – Sont inclus :", "1° Le préfet ;", "2° Le greffier."}
	ItIn := []string{"I. – Sont exclus :", "1° Le juge ;", "2° Le maire.", "II. – Sont inclus :", "1° Le préfet ;", "1° bis Le ministre ;", "2° Le greffier."}
	nw := " un I bis ainsi rédigé : « I bis. – Le greffier signe. »"
	item := " un 1° bis ainsi rédigé : « 1° bis Le ministre ; »"
	runGrammar(t, []grammarCase{
		{name: "il est inséré, entre …, un I bis", before: Pa, text: []string{"Il est inséré, entre le I et le II de l'article L. 1 du code civil," + nw}, want: PaIn},
		{name: "article, il est inséré, entre …", before: Pa, text: []string{"À l'article L. 1 du code civil, il est inséré, entre le I et le II," + nw}, want: PaIn},
		{name: "article, entre …, il est inséré", before: Pa, text: []string{"À l'article L. 1 du code civil, entre le I et le II, il est inséré" + nw}, want: PaIn},
		{name: "division, entre …, il est inséré", before: It, text: []string{"Au II de l'article L. 1 du code civil, entre le 1° et le 2°, il est inséré" + item}, want: ItIn},
		{name: "division, il est inséré, entre …", before: It, text: []string{"Au II de l'article L. 1 du code civil, il est inséré, entre le 1° et le 2°," + item}, want: ItIn},
		{name: "after a Latin ordinal", before: []string{"Sont exclus :", "1° Le juge ;", "1° bis Le maire ;", "2° Le préfet."}, text: []string{"Entre le 1° bis et le 2° de l'article L. 1 du code civil, il est inséré un 1° ter ainsi rédigé : « 1° ter Le greffier ; »"}, want: []string{"Sont exclus :", "1° Le juge ;", "1° bis Le maire ;", "1° ter Le greffier ;", "2° Le préfet."}},
		{name: "I and III: refused", before: Pa, text: []string{"Entre le I et le III de l'article L. 1 du code civil, il est inséré" + nw}},
		{name: "I and III, verb first: refused", before: Pa, text: []string{"Il est inséré, entre le I et le III de l'article L. 1 du code civil," + nw}},
		{name: "1° and 3°: refused", before: []string{"Sont exclus :", "1° Le juge ;", "2° Le maire ;", "3° Le préfet."}, text: []string{"À l'article L. 1 du code civil, il est inséré, entre le 1° et le 3°, un 1° bis ainsi rédigé : « 1° bis Le greffier ; »"}},
		{name: "items of two parts: refused", before: It, text: []string{"Entre le 1° du I et le 2° du II de l'article L. 1 du code civil, il est inséré" + item}},
	})
}
