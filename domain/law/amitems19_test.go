package law

import (
	"errors"
	"testing"
)

// amI19T is a bill article whose 1° and 2° each hold an a) of two
// alinéas (a dash under it) and a b).
var amI19T = []string{"I. – Le maire signe :", "1° Le juge lit :", "a) Le juge date :", "– le lundi ;", "b) Le juge vise ;", "2° Le greffier part :", "a) Le greffier date :", "– le mardi ;", "b) Le greffier vise."}

// TestAmitems19ItemInAlineas: the Sénat's locator line of an item that
// is several alinéas following each other — "Alinéas 3 et 4, a)",
// "Alinéas 2 à 5, 1°", "Alinéas 2, 3, 4 et 5, 1°", and the same place
// in a sentence, "Au 1° des alinéas 2 à 5, …" — is that item, sought in
// those alinéas only, and which must be them, no more, no fewer
// (amLocItemInAlineasLine, itemInAlineas, itemIsTheAlineas). It was
// refused (the line not read, or each alinéa taken for the item's). The
// a) of the 1° named by its alinéas where the 2° holds one too is the
// 1°'s. An item the alinéas lack, one going on past them ("Alinéas 2 à
// 4, 1°" on a 1° of four alinéas), one of fewer alinéas than named
// ("Alinéas 4 et 5, b)" on a b) of one: the item or the alinéas?),
// alinéas apart ("Alinéas 2 et 5") or reversed are refused, as are "cet
// alinéa" and an item named again under that line, left unread.
func TestAmitems19ItemInAlineas(t *testing.T) {
	T := amI19T
	rep := "\nRemplacer le mot :\njuge\npar le mot :\nmaire"
	one := []string{T[0], "1° Le maire lit :", "a) Le maire date :", T[3], "b) Le maire vise ;", T[5], T[6], T[7], T[8]}
	runAmendments(t, []amCase{
		{"alinéas 3 et 4, a), the 1°'s", T, "Alinéas 3 et 4, a)" + rep, []string{T[0], T[1], "a) Le maire date :", T[3], T[4], T[5], T[6], T[7], T[8]}},
		{"alinéas 7 à 8, a), the 2°'s", T, "Alinéas 7 à 8, a)\nAprès le mot :\ndate\ninsérer les mots :\nle bail", []string{T[0], T[1], T[2], T[3], T[4], T[5], "a) Le greffier date le bail :", T[7], T[8]}},
		{"alinéas 2 à 5, 1°", T, "Alinéas 2 à 5, 1°" + rep, one},
		{"alinéas 2, 3, 4 et 5, 1°", T, "Alinéas 2, 3, 4 et 5, 1°" + rep, one},
		{"II. – alinéas 2 à 5, 1°", T, "II. – Alinéas 2 à 5, 1°" + rep, one},
		{"au 1° des alinéas 2 à 5", T, "Au 1° des alinéas 2 à 5, remplacer le mot : « juge » par le mot : « maire ».", one},
		{"alinéas 6 à 9, 2°, the last", T, "Alinéas 6 à 9, 2°\nRemplacer le mot :\ngreffier\npar le mot :\nmaire", []string{T[0], T[1], T[2], T[3], T[4], "2° Le maire part :", "a) Le maire date :", T[7], "b) Le maire vise."}},
		{"alinéas 3 et 4, c): none, refused", T, "Alinéas 3 et 4, c)" + rep, nil},
		{"alinéas 2 à 4, 1°: goes on past, refused", T, "Alinéas 2 à 4, 1°" + rep, nil},
		{"alinéas 4 et 5, b): fewer, refused", T, "Alinéas 4 et 5, b)" + rep, nil},
		{"alinéas 3 à 5, a): fewer, refused", T, "Alinéas 3 à 5, a)" + rep, nil},
		{"alinéas 2 et 5, 1°: apart, refused", T, "Alinéas 2 et 5, 1°" + rep, nil},
		{"alinéas 5 à 2, 1°: refused", T, "Alinéas 5 à 2, 1°" + rep, nil},
		{"alinéas 10 à 11, 1°: not there, refused", T, "Alinéas 10 à 11, 1°" + rep, nil},
		{"alinéas 2 à 5, 1°, supprimer le a): refused", T, "Alinéas 2 à 5, 1°\nSupprimer le a).", nil},
		{"alinéas 3 et 4, a), cet alinéa: refused", T, "Alinéas 3 et 4, a)\nCompléter cet alinéa par les mots :\net part", nil},
	})
}

// TestAmitems19Probes: the Sénat's locator lines of one alinéa with a
// sentence, a place or an item, and the Assemblée's sentences of the
// brief, read as they were: "Alinéas 3 et 4" then one instruction (each
// alinéa), "Alinéa 2, première phrase", "Alinéa 6, seconde phrase" /
// "Supprimer cette phrase", "Alinéa 3, au début", "Alinéa 3, à la fin",
// "Alinéa 4, b)" (the b) not the alinéa: refused); "Après l'alinéa 4,
// insérer les deux alinéas suivants" (one given: refused), "Rédiger
// ainsi les alinéas 3 à 5", "substituer aux mots", "À la première
// phrase de l'alinéa 6, supprimer le mot" (words in another sentence:
// refused), "Au début de l'alinéa 2, insérer la référence", "Compléter
// cet article par un alinéa ainsi rédigé" (two given: refused),
// "Supprimer les deux dernières phrases de l'alinéa 6" (four of three:
// refused), "Après le mot : « A », rédiger ainsi la fin de l'alinéa 6"
// (A twice: refused).
func TestAmitems19Probes(t *testing.T) {
	B := []string{"I. – Le maire signe :", "1° Le juge lit. Il écrit.", "a) Le juge date ;", "b) Le juge vise ;", "c) Le juge classe.", "2° Le greffier part. Il revient. Il dort."}
	U := []string{"Le maire signe.", "Le juge lit. Il écrit. Il part.", "Le greffier part, le greffier dort."}
	rep := "\nRemplacer le mot :\njuge\npar le mot :\nmaire"
	runAmendments(t, []amCase{
		{"alinéas 3 et 4", B, "Alinéas 3 et 4" + rep, []string{B[0], B[1], "a) Le maire date ;", "b) Le maire vise ;", B[4], B[5]}},
		{"alinéa 2, première phrase", B, "Alinéa 2, première phrase" + rep, []string{B[0], "1° Le maire lit. Il écrit.", B[2], B[3], B[4], B[5]}},
		{"alinéa 6, seconde phrase", B, "Alinéa 6, seconde phrase\nSupprimer cette phrase.", []string{B[0], B[1], B[2], B[3], B[4], "2° Le greffier part. Il dort."}},
		{"alinéa 3, au début", B, "Alinéa 3, au début\nInsérer les mots :\nDemain,", []string{B[0], B[1], "a) Demain, le juge date ;", B[3], B[4], B[5]}},
		{"alinéa 3, à la fin", B, "Alinéa 3, à la fin\nAjouter les mots :\net part", []string{B[0], B[1], "a) Le juge date et part ;", B[3], B[4], B[5]}},
		{"alinéa 4, b)", B, "Alinéa 4, b)" + rep, []string{B[0], B[1], B[2], "b) Le maire vise ;", B[4], B[5]}},
		{"alinéa 4, a): refused", B, "Alinéa 4, a)" + rep, nil},
		{"après l'alinéa 4, deux alinéas", B, "Après l'alinéa 4, insérer les deux alinéas suivants :\n« b bis) Le juge dort ; »\n« b ter) Le juge rit ; »", []string{B[0], B[1], B[2], B[3], "b bis) Le juge dort ;", "b ter) Le juge rit ;", B[4], B[5]}},
		{"deux alinéas suivants, one given: refused", B, "Après l'alinéa 4, insérer les deux alinéas suivants :\n« b bis) Le juge dort ; »", nil},
		{"rédiger ainsi les alinéas 3 à 5", B, "Rédiger ainsi les alinéas 3 à 5 :\n« a) Le juge dort ; »\n« b) Le juge rit. »", []string{B[0], B[1], "a) Le juge dort ;", "b) Le juge rit.", B[5]}},
		{"substituer aux mots", B, "À l'alinéa 3, substituer aux mots : « Le juge » les mots : « Le maire ».", []string{B[0], B[1], "a) Le maire date ;", B[3], B[4], B[5]}},
		{"première phrase de l'alinéa 6, supprimer", B, "À la première phrase de l'alinéa 6, supprimer le mot : « greffier ».", []string{B[0], B[1], B[2], B[3], B[4], "2° Le part. Il revient. Il dort."}},
		{"première phrase, words in the second: refused", U, "À la première phrase de l'alinéa 2, supprimer les mots : « Il écrit ».", nil},
		{"référence au début", U, "Au début de l'alinéa 2, insérer la référence : « II. – »", []string{U[0], "II. – Le juge lit. Il écrit. Il part.", U[2]}},
		{"compléter cet article par un alinéa", B, "Compléter cet article par un alinéa ainsi rédigé :\n« II. – Le juge dort. »", []string{B[0], B[1], B[2], B[3], B[4], B[5], "II. – Le juge dort."}},
		{"un alinéa, two given: refused", U, "Compléter cet article par un alinéa ainsi rédigé :\n« Il dort. »\n« Il rit. »", nil},
		{"deux dernières phrases de l'alinéa 6", B, "Supprimer les deux dernières phrases de l'alinéa 6.", []string{B[0], B[1], B[2], B[3], B[4], "2° Le greffier part."}},
		{"quatre dernières phrases of three: refused", U, "Supprimer les quatre dernières phrases de l'alinéa 2.", nil},
		{"après le mot, rédiger ainsi la fin", B, "Après le mot : « greffier », rédiger ainsi la fin de l'alinéa 6 : « rit. »", []string{B[0], B[1], B[2], B[3], B[4], "2° Le greffier rit."}},
		{"après le mot, la fin, twice: refused", U, "Après le mot : « greffier », rédiger ainsi la fin de l'alinéa 3 : « rit. »", nil},
	})
}

// TestAmitems19LabelOverLabel: a label alone put at the start of an
// alinéa that bears its own label of the same kind or of one above it —
// "Au début de l'alinéa 2, insérer la référence : « I. – »" on "II. –
// Le juge lit.", "« a) »" before "1° …" — is refused
// (errLabelOverLabel, labelOverLabel): it made "I. – II. – Le juge
// lit.". A label above the alinéa's own ("I. – " before "1° …"), one
// before an alinéa with none, and words that are no label alone are put
// as before.
func TestAmitems19LabelOverLabel(t *testing.T) {
	P := []string{"I. – Le maire signe.", "II. – Le juge lit."}
	D := []string{"Le maire signe :", "1° Le juge lit ;", "2° Le greffier part."}
	runAmendments(t, []amCase{
		{"I. – before II. –: refused", P, "Au début de l'alinéa 2, insérer la référence : « I. – »", nil},
		{"a) before 1°: refused", D, "Au début de l'alinéa 2, insérer la référence : « a) »", nil},
		{"1° before 1°: refused", D, "Au début de l'alinéa 2, insérer la référence : « 3° »", nil},
		{"I. – before 1°", D, "Au début de l'alinéa 2, insérer la référence : « I. – »", []string{D[0], "I. – 1° Le juge lit ;", D[2]}},
		{"I. – before no label", D, "Au début de l'alinéa 1, insérer la référence : « I. – »", []string{"I. – Le maire signe :", D[1], D[2]}},
		{"words before II. –", P, "Au début de l'alinéa 2, insérer les mots : « Demain, »", []string{P[0], "II. – Demain, le juge lit."}},
		{"Sénat: alinéa 2, au début, I. –", P, "Alinéa 2, au début\nInsérer la référence :\nI. –", nil},
	})
	for _, c := range []struct {
		words, s string
		refused  bool
	}{
		{"I. –", "II. – Le juge lit.", true},
		{"A. –", "B. – Le juge lit.", true},
		{"1°", "a) Le juge lit.", false},
		{"b)", "1° Le juge lit.", true},
		{"I. – Le maire", "II. – Le juge lit.", false},
	} {
		err := labelOverLabel(c.words, c.s)
		if errors.Is(err, errLabelOverLabel) != c.refused {
			t.Errorf("labelOverLabel(%q, %q) = %v, refused: %v", c.words, c.s, err, c.refused)
		}
	}
}

// TestAmitems19ItemSentenceLine: the Sénat's locator line of a sentence
// of an item beside one alinéa, "Alinéa 3, a), seconde phrase", is read
// "À la seconde phrase du a) de l'alinéa 3" (amLocItemSentenceLine; it
// was refused): "Supprimer cette phrase", "Remplacer le mot : …" edit
// that sentence. The alinéa named with another item's label, a sentence
// the alinéa lacks, and words outside that sentence are refused.
func TestAmitems19ItemSentenceLine(t *testing.T) {
	S := []string{"I. – Le maire signe :", "1° Le juge lit. Il écrit.", "a) Le juge date. Il vise ;", "b) Le juge vise ;", "2° Le greffier part."}
	runAmendments(t, []amCase{
		{"alinéa 3, a), seconde phrase, supprimer", S, "Alinéa 3, a), seconde phrase\nSupprimer cette phrase.", []string{S[0], S[1], "a) Le juge date ;", S[3], S[4]}},
		{"alinéa 3, a), seconde phrase, remplacer", S, "Alinéa 3, a), seconde phrase\nRemplacer le mot :\nvise\npar le mot :\nlit", []string{S[0], S[1], "a) Le juge date. Il lit ;", S[3], S[4]}},
		{"alinéa 2, 1°, première phrase", S, "Alinéa 2, 1°, première phrase\nRemplacer le mot :\njuge\npar le mot :\nmaire", []string{S[0], "1° Le maire lit. Il écrit.", S[2], S[3], S[4]}},
		{"alinéa 3, b), seconde phrase: refused", S, "Alinéa 3, b), seconde phrase\nSupprimer cette phrase.", nil},
		{"alinéa 4, b), seconde phrase: none, refused", S, "Alinéa 4, b), seconde phrase\nSupprimer cette phrase.", nil},
		{"alinéa 3, a), première phrase, vise: refused", S, "Alinéa 3, a), première phrase\nRemplacer le mot :\nvise\npar le mot :\nlit", nil},
	})
}
