package law

import "testing"

// TestGuard90AnnouncedLabel: an item or a part announced by its label —
// "il est inséré un 3° ainsi rédigé", "… est complété par un III ainsi
// rédigé", "Le 3° est ainsi rédigé", "Le II de l'article L. 1 est ainsi
// rédigé" — whose new text opens with another label of the same kind is
// refused (the text went in under the quotation's label). A relabelling
// clause names the label the new text bears: "Le 3°, qui devient le 4°,
// est ainsi rédigé :" then « 4° … » is read (it was refused when the
// text followed in its own alinéa), « 3° … » there refused. An alinéa
// announced is no label.
func TestGuard90AnnouncedLabel(t *testing.T) {
	L := []string{"Le juge :", "1° Le chat ;", "2° Le rat ;", "3° Le loup."}
	Pa := []string{"I. – Le juge signe.", "II. – Le maire signe."}
	C := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "item inserted, same label", before: L, text: []string{C, "1° Après le 2°, il est inséré un 2° bis ainsi rédigé :", "« 2° bis Le chien ; »"},
			want: []string{"Le juge :", "1° Le chat ;", "2° Le rat ;", "2° bis Le chien ;", "3° Le loup."}},
		{name: "item inserted, another label: refused", before: L, text: []string{C, "1° Après le 2°, il est inséré un 2° bis ainsi rédigé :", "« 2° ter Le chien ; »"}},
		{name: "item added, another label: refused", before: L, text: []string{"L'article L. 1 du code civil est complété par un 4° ainsi rédigé :", "« 5° Le chien. »"}},
		{name: "item rewritten, another label: refused", before: L, text: []string{C, "1° Le 3° est ainsi rédigé :", "« 4° Le chien. »"}},
		{name: "item rewritten inline, another label: refused", before: L, text: []string{C, "1° Le 3° est ainsi rédigé : « 4° Le chien. »"}},
		{name: "item rewritten, same label", before: L, text: []string{C, "1° Le 3° est ainsi rédigé :", "« 3° Le chien. »"},
			want: []string{"Le juge :", "1° Le chat ;", "2° Le rat ;", "3° Le chien."}},
		{name: "relabelled, new text below", before: L, text: []string{C, "1° Le 3°, qui devient le 4°, est ainsi rédigé :", "« 4° Le chien. »"},
			want: []string{"Le juge :", "1° Le chat ;", "2° Le rat ;", "4° Le chien."}},
		{name: "relabelled, the old label: refused", before: L, text: []string{C, "1° Le 3°, qui devient le 4°, est ainsi rédigé :", "« 3° Le chien. »"}},
		{name: "part added, another label: refused", before: Pa, text: []string{"L'article L. 1 du code civil est complété par un III ainsi rédigé :", "« IV. – Le préfet signe. »"}},
		{name: "part added, same label", before: Pa, text: []string{"L'article L. 1 du code civil est complété par un III ainsi rédigé :", "« III. – Le préfet signe. »"},
			want: []string{"I. – Le juge signe.", "II. – Le maire signe.", "III. – Le préfet signe."}},
		{name: "part rewritten, another label: refused", before: Pa, text: []string{"Le II de l'article L. 1 du code civil est ainsi rédigé :", "« III. – Le préfet signe. »"}},
		{name: "an alinéa is no label", before: L, text: []string{C, "1° Après le 2°, il est inséré un alinéa ainsi rédigé :", "« 2° bis Le chien ; »"},
			want: []string{"Le juge :", "1° Le chat ;", "2° Le rat ;", "2° bis Le chien ;", "3° Le loup."}},
	})
}

// TestGuard90AnnouncedLabelLastClause: the label checked is the one the
// clause before the new text announces ("Le I … est abrogé et le II est
// ainsi rédigé : « II. – … »" is read).
func TestGuard90AnnouncedLabelLastClause(t *testing.T) {
	Pa := []string{"I. – Le juge signe.", "II. – Le maire signe."}
	runGrammar(t, []grammarCase{
		{name: "the second clause's label", before: Pa, text: []string{"Le I de l'article L. 1 du code civil est abrogé et le II est ainsi rédigé :", "« II. – Le préfet signe. »"},
			want: []string{"I. – (Abrogé)", "II. – Le préfet signe."}},
		{name: "the second clause's label differs: refused", before: Pa, text: []string{"Le I de l'article L. 1 du code civil est abrogé et le II est ainsi rédigé :", "« III. – Le préfet signe. »"}},
	})
}

// TestGuard90AnnouncedLetterAndPart: letters ("un b bis", "Le b", "un
// d") are held to the label their new text bears as items are, and a
// part relabelled ("Le II, qui devient le III, est ainsi rédigé :") to
// its new label, its text in the alinéas below.
func TestGuard90AnnouncedLetterAndPart(t *testing.T) {
	L := []string{"Le juge :", "a) Le chat ;", "b) Le rat ;", "c) Le loup."}
	Pa := []string{"I. – Le juge signe.", "II. – Le maire signe."}
	A := "de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "letter inserted, same label", before: L, text: []string{"Après le b " + A + ", il est inséré un b bis ainsi rédigé :", "« b bis) Le chien ; »"},
			want: []string{"Le juge :", "a) Le chat ;", "b) Le rat ;", "b bis) Le chien ;", "c) Le loup."}},
		{name: "letter inserted, another label: refused", before: L, text: []string{"Après le b " + A + ", il est inséré un b bis ainsi rédigé :", "« b ter) Le chien ; »"}},
		{name: "letter rewritten, another label: refused", before: L, text: []string{"Le b " + A + " est ainsi rédigé :", "« c) Le chien ; »"}},
		{name: "letter added, another label: refused", before: L, text: []string{"L'article L. 1 du code civil est complété par un d ainsi rédigé :", "« e) Le chien. »"}},
		{name: "part relabelled, new text below", before: Pa, text: []string{"Le II " + A + ", qui devient le III, est ainsi rédigé :", "« III. – Le préfet signe. »"},
			want: []string{"I. – Le juge signe.", "III. – Le préfet signe."}},
		{name: "part relabelled, the old label: refused", before: Pa, text: []string{"Le II " + A + ", qui devient le III, est ainsi rédigé :", "« II. – Le préfet signe. »"}},
	})
}
