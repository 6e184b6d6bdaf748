package law

import (
	"strings"
	"testing"
)

// TestAmWords23Group: an amendment's words named, then edited inside
// ("À l'alinéa 1, les mots : « au premier jour » sont ainsi modifiés :",
// the imperative "À l'alinéa 1, modifier ainsi les mots : « … » :") by
// numbered items, lettered items or dashes, in the indicative or the
// imperative: one edit, the words named replaced once in the place by
// the words the items make (they were refused; the imperative's items
// were read as instructions of their own). An item whose words are not
// once in the words named (outside them, gone by an item before), an
// item naming a place of its own, "Au début" or "cet alinéa" completed
// (the alinéa's, not the words'), items of two kinds, words put before
// words beginning with a capital, the words named twice in the place:
// refused whole, typed (errAmWordsGroup23 for the parse).
func TestAmWords23Group(t *testing.T) {
	B := []string{"Le juge statue au premier jour et au premier mois.", "Il motive."}
	with := func(s string) []string { return []string{s, "Il motive."} }
	head := "À l'alinéa 1, les mots : « au premier jour » sont ainsi modifiés :\n"
	imp := "À l'alinéa 1, modifier ainsi les mots : « au premier jour » :\n"
	runAmendments(t, []amCase{
		{"indicative items", B, head + "1° Le mot : « premier » est remplacé par le mot : « dernier » ;\n2° Après le mot : « jour », sont insérés les mots : « ouvrable ».", with("Le juge statue au dernier jour ouvrable et au premier mois.")},
		{"imperative head and items", B, imp + "1° Substituer au mot : « premier » le mot : « dernier » ;\n2° Après le mot : « jour », insérer le mot : « ouvrable ».", with("Le juge statue au dernier jour ouvrable et au premier mois.")},
		{"an item on the words an item before made", B, head + "1° Le mot : « premier » est remplacé par le mot : « dernier » ;\n2° Le mot : « dernier » est remplacé par le mot : « second ».", with("Le juge statue au second jour et au premier mois.")},
		{"dashes, no place", []string{"Le juge statue au premier jour."}, "Les mots : « au premier jour » sont ainsi modifiés :\n– le mot : « premier » est remplacé par le mot : « dernier » ;\n– le mot : « jour » est supprimé.", []string{"Le juge statue au dernier."}},
		{"these words completed", B, imp + "a) Supprimer le mot : « premier » ;\nb) Compléter ces mots par le mot : « ouvrable ».", with("Le juge statue au jour ouvrable et au premier mois.")},
		{"a sentence named", []string{"Le juge statue au premier jour."}, "À l'alinéa 1, la phrase : « Le juge statue au premier jour. » est ainsi modifiée :\n1° Le mot : « premier » est remplacé par le mot : « dernier ».", []string{"Le juge statue au dernier jour."}},
		{"a part after the items", []string{"Le juge statue au premier jour."}, head + "1° Le mot : « premier » est remplacé par le mot : « dernier » ;\nII. – À l'alinéa 1, le mot : « juge » est remplacé par le mot : « tribunal ».", []string{"Le tribunal statue au dernier jour."}},
		{"words outside the words named: refused", B, head + "1° Le mot : « statue » est remplacé par le mot : « décide ».", nil},
		{"words gone by an item before: refused", B, head + "1° Le mot : « premier » est remplacé par le mot : « dernier » ;\n2° Le mot : « premier » est remplacé par le mot : « second ».", nil},
		{"an item's own place: refused", B, head + "1° À la première phrase, le mot : « premier » est remplacé par le mot : « dernier ».", nil},
		{"another alinéa: refused", B, imp + "1° Supprimer le mot : « premier » ;\n2° À l'alinéa 2, supprimer le mot : « Il ».", nil},
		{"the alinéa completed: refused", B, head + "1° Compléter cet alinéa par le mot : « ouvrable ».", nil},
		{"au début: refused", B, imp + "a) Au début, insérer le mot : « dès » ;\nb) Supprimer le mot : « premier ».", nil},
		{"items of two kinds: refused", B, head + "1° Le mot : « premier » est remplacé par le mot : « dernier » ;\na) Le mot : « jour » est supprimé.", nil},
		{"before words with a capital: refused", []string{"Au premier jour, le juge statue."}, "À l'alinéa 1, les mots : « Au premier jour » sont ainsi modifiés :\n1° Avant le mot : « Au », insérer le mot : « Dès ».", nil},
		{"the words twice in the place: refused", []string{"Il statue au premier jour. Il motive au premier jour."}, head + "1° Le mot : « premier » est remplacé par le mot : « dernier ».", nil},
		{"no item: refused", B, strings.TrimSpace(head), nil},
	})
	r := ApplyAmendment(Article{Number: "1", Alineas: B}, head+"1° Le mot : « statue » est remplacé par le mot : « décide ».")
	if len(r.Unparsed) != 1 || !strings.HasPrefix(r.Unparsed[0], "("+errAmWordsGroup23.Error()+") ") {
		t.Errorf("reason: %q", r.Unparsed)
	}
}

// TestAmWords23AlineaModified: an amendment's alinéas named as a bill's
// context, "L'alinéa 1 est ainsi modifié :" ("Les alinéas 2 et 3 sont
// ainsi modifiés :", the imperative "Modifier ainsi l'alinéa 2 :", after
// a part number), then items: the locator "À l'alinéa 1 :" the items
// take as their place (they were refused). Items refused under it
// refuse the amendment, as under the locator.
func TestAmWords23AlineaModified(t *testing.T) {
	B := []string{"Le juge statue au premier jour.", "Le greffe note le jour.", "Il signe le jour."}
	runAmendments(t, []amCase{
		{"indicative", B, "L'alinéa 1 est ainsi modifié :\n1° Le mot : « premier » est remplacé par le mot : « dernier » ;\n2° Après le mot : « jour », sont insérés les mots : « ouvrable ».", []string{"Le juge statue au dernier jour ouvrable.", "Le greffe note le jour.", "Il signe le jour."}},
		{"imperative", B, "Modifier ainsi l'alinéa 2 :\n1° Substituer au mot : « greffe » le mot : « greffier » ;\n2° Compléter cet alinéa par les mots : « et signe ».", []string{"Le juge statue au premier jour.", "Le greffier note le jour et signe.", "Il signe le jour."}},
		{"two alinéas", B, "Les alinéas 2 et 3 sont ainsi modifiés :\n1° Le mot : « jour » est remplacé par le mot : « mois ».", []string{"Le juge statue au premier jour.", "Le greffe note le mois.", "Il signe le mois."}},
		{"parts", B, "I. – L'alinéa 1 est ainsi modifié :\n1° Le mot : « premier » est remplacé par le mot : « dernier » ;\nII. – Modifier ainsi l'alinéa 2 :\na) Supprimer le mot : « greffe ».", []string{"Le juge statue au dernier jour.", "Le note le jour.", "Il signe le jour."}},
		{"an item not read: refused", B, "L'alinéa 1 est ainsi modifié :\n1° La première phrase est supprimée ;\n2° L'alinéa 2 est supprimé.", nil},
	})
	for _, tc := range [][2]string{
		{"L'alinéa 3 est ainsi modifié :", "À l'alinéa 3 :"},
		{"II. – Les alinéas 3 et 4 sont ainsi modifiés :", "II. – Aux alinéas 3 et 4 :"},
		{"Modifier ainsi l'alinéa 3 :", "À l'alinéa 3 :"},
		{"L'alinéa 3 est ainsi rédigé :", "L'alinéa 3 est ainsi rédigé :"},
		{"Le 3° est ainsi modifié :", "Le 3° est ainsi modifié :"},
	} {
		if got := amAlineaModified23(tc[0]); got != tc[1] {
			t.Errorf("%q: got %q, want %q", tc[0], got, tc[1])
		}
	}
}
