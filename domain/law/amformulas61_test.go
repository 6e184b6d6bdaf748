package law

import "testing"

// TestAm6ItemRanges: a range of items ("Supprimer les 2° à 4°", "Aux a)
// à c) du 1°, …", "Supprimer les II à IV") is each item of the range and
// those the text numbers after one with a Latin adverb (the 2° bis
// between the 2° and the 3°), deleted together as one placeholder (it was
// refused). Bounds with their own adverb, of two kinds or out of order,
// and a range rewritten, stay refused.
func TestAm6ItemRanges(t *testing.T) {
	A := []string{"I. – Le code est ainsi modifié :", "1° Le maire signe ;", "2° Le maire lit ;", "3° Le juge tranche ;", "4° Le greffier note ;", "5° Le préfet vise."}
	B := []string{A[0], A[1], A[2], "2° bis Le maire dit ;", A[3], A[4], A[5]}
	P := []string{"I. – Le maire signe.", "II. – Le juge tranche.", "III. – Le greffier note.", "IV. – Le préfet vise."}
	runAmendments(t, []amCase{
		{"les 2° à 4°", A, "Supprimer les 2° à 4°.", []string{A[0], A[1], "2°, 3° et 4° (Supprimé)", A[5]}},
		{"les 2° à 4°, a 2° bis between", B, "Supprimer les 2° à 4°.", []string{A[0], A[1], "2°, 2° bis, 3° et 4° (Supprimé)", A[5]}},
		{"aux 2° à 3°, words", B, "Aux 2° à 3°, substituer au mot : « Le » le mot : « Un ».", []string{A[0], A[1], "2° Un maire lit ;", "2° bis Un maire dit ;", "3° Un juge tranche ;", A[4], A[5]}},
		{"les II à IV", P, "Supprimer les II à IV.", []string{P[0], "II, III et IV. – (Supprimé)"}},
		{"les 2° bis à 4°: refused", B, "Supprimer les 2° bis à 4°.", nil},
		{"les 4° à 2°: refused", A, "Supprimer les 4° à 2°.", nil},
		{"les 2° à d: refused", A, "Supprimer les 2° à d.", nil},
		{"a range rewritten: refused", P, "Rédiger ainsi les II à IV :\n\n« II. – Le juge statue. »", nil},
	})
}

// TestAm6ItemsUnderAlineas: items named as the verb's object under
// numbered alinéas — the Sénat's "Alinéas 2 à 6" / "Supprimer les b à d",
// "Alinéa 5" / "Supprimer le 2°", "Alinéa 4" / "Rédiger ainsi le b :" —
// are those items, which must begin in the alinéas (the item was dropped
// and the alinéas deleted: "Alinéas 2 à 6" / "Supprimer le b" deleted the
// whole 1°, "Alinéa 2" / "Supprimer les b et c" the 1° and its list).
// Items that do not begin there, or alinéas apart, are refused.
func TestAm6ItemsUnderAlineas(t *testing.T) {
	A := []string{"I. – Le code est ainsi modifié :", "1° Le maire signe :", "a) Le contrat ;", "b) Le bail ;", "c) La vente ;", "d) Le prêt ;", "2° Le juge lit ;", "3° Le préfet vise."}
	runAmendments(t, []amCase{
		{"Alinéas 2 à 6 / les b à d", A, "Alinéas 2 à 6\n\nSupprimer les b à d.", []string{A[0], A[1], A[2], "b), c) et d) (Supprimé)", A[6], A[7]}},
		{"Alinéas 2 à 6 / le b", A, "Alinéas 2 à 6\n\nSupprimer le b.", []string{A[0], A[1], A[2], "b) (Supprimé)", A[4], A[5], A[6], A[7]}},
		{"Alinéas 7 et 8 / les 2° et 3°", A, "Alinéas 7 et 8\n\nSupprimer les 2° et 3°.", []string{A[0], A[1], A[2], A[3], A[4], A[5], "2° et 3° (Supprimé)"}},
		{"Alinéa 2 / le 1°, which begins there", A, "Alinéa 2\n\nSupprimer le 1°.", []string{A[0], "1° (Supprimé)", A[6], A[7]}},
		{"Alinéa 4 / rédiger ainsi le b", A, "Alinéa 4\n\nRédiger ainsi le b :\n\nb) Le legs ;", []string{A[0], A[1], A[2], "b) Le legs ;", A[4], A[5], A[6], A[7]}},
		{"Alinéa 4 / compléter le b", A, "Alinéa 4\n\nCompléter le b par les mots :\n\nde dix ans", []string{A[0], A[1], A[2], "b) Le bail de dix ans ;", A[4], A[5], A[6], A[7]}},
		{"À l'alinéa 7, supprimer le 2°", A, "À l'alinéa 7, supprimer le 2°.", []string{A[0], A[1], A[2], A[3], A[4], A[5], "2° (Supprimé)", A[7]}},
		{"Alinéa 2 / les b et c, not there: refused", A, "Alinéa 2\n\nSupprimer les b et c.", nil},
		{"Alinéa 3 / le b, not there: refused", A, "Alinéa 3\n\nSupprimer le b.", nil},
		{"alinéas apart: refused", A, "Alinéas 3 et 5\n\nSupprimer les b et c.", nil},
	})
}

// TestAm6ItemsUnderAlineasComposed: the alinéas that must hold the items
// are counted as tabled, as the alinéas an amendment edits are: after an
// alinéa inserted before them, "Alinéa 4" / "Supprimer le b" is the same
// b.
func TestAm6ItemsUnderAlineasComposed(t *testing.T) {
	A := []string{"I. – Le code est ainsi modifié :", "1° Le maire signe :", "a) Le contrat ;", "b) Le bail ;", "2° Le juge lit."}
	want := []string{A[0], "1° A Le préfet vise ;", A[1], A[2], "b) (Supprimé)", A[4]}
	wantComposed(t, "b under alinéa 4", A, [][]string{{
		"Après l'alinéa 1, insérer l'alinéa suivant :\n\n« 1° A Le préfet vise ; »",
		"Alinéa 4\n\nSupprimer le b.",
	}}, want)
}

// TestAm6AnnouncedLabel: a new item or paragraph announced by its label
// ("insérer un II bis ainsi rédigé", "Compléter le I par un 3° ainsi
// rédigé") whose text carries another label ("« II ter. – … »", "« 4° …
// »") says two labels: refused (the text's went in). The same label, or
// a text left for the consolidation to number ("…° …"), is read.
func TestAm6AnnouncedLabel(t *testing.T) {
	P := []string{"I. – Le maire signe le contrat de vente.", "II. – Le juge tranche le litige.", "III. – Le préfet vise."}
	A := []string{"I. – Le code est ainsi modifié :", "1° L'article L. 1 est abrogé ;", "2° L'article L. 2 est abrogé."}
	runAmendments(t, []amCase{
		{"un II bis, a II ter: refused", P, "Après l'alinéa 2, insérer un II bis ainsi rédigé :\n\n« II ter. – Le tribunal statue. »", nil},
		{"un II bis after the II, a III: refused", P, "Après le II, insérer un II bis ainsi rédigé :\n\n« III. – Le tribunal statue. »", nil},
		{"un 3°, a 4°: refused", A, "Compléter le I par un 3° ainsi rédigé :\n\n« 4° L'article L. 3 est abrogé. »", nil},
		{"un II bis, a II bis", P, "Après l'alinéa 2, insérer un II bis ainsi rédigé :\n\n« II bis. – Le tribunal statue. »", []string{P[0], P[1], "II bis. – Le tribunal statue.", P[2]}},
		{"un 3°, a 3°", A, "Compléter le I par un 3° ainsi rédigé :\n\n« 3° L'article L. 3 est abrogé. »", []string{A[0], A[1], "2° L'article L. 2 est abrogé ;", "3° L'article L. 3 est abrogé."}},
		{"un 3°, left to number", A, "Compléter le I par un 3° ainsi rédigé :\n\n« …° L'article L. 3 est abrogé. »", []string{A[0], A[1], "2° L'article L. 2 est abrogé ;", "3° L'article L. 3 est abrogé."}},
	})
}
