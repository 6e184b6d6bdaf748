package law

import "testing"

// amL10B is an article of two parts, six alinéas.
var amL10B = []string{"I. – Le maire signe.", "Le juge lit le dossier.", "Le préfet vise.", "II. – Le greffier note.", "Le notaire garde.", "Le clerc range."}

// TestAmLayout10ItemSemicolon: the Sénat's unquoted new words in a list
// of items or parts, "huissier ;" then "2° …": the semicolon closes the
// item, as after the Assemblée's « huissier » ; — "Alinéa 5 / 1°
// Remplacer le mot : notaire par le mot : huissier ; / 2° Compléter cet
// alinéa par les mots : et classe" means "Le huissier garde et classe."
// (it gave "Le huissier ; garde et classe."). Where the semicolon may be
// the words' own — words completing the alinéa, or replacing words that
// end with a full stop (an item no longer the last: "garde." / "classe
// ;") — which is not said: refused.
func TestAmLayout10ItemSemicolon(t *testing.T) {
	B := amL10B
	runAmendments(t, []amCase{
		{"items: replaced, then completed", B, "Alinéa 5\n1° Remplacer le mot :\nnotaire\npar le mot :\nhuissier ;\n2° Compléter cet alinéa par les mots :\net classe",
			amp3Want(B, 1, 2, 3, 4, "Le huissier garde et classe.", 6)},
		{"items: two replacements", B, "Alinéa 5\n1° Remplacer le mot :\nnotaire\npar le mot :\nhuissier ;\n2° Remplacer le mot :\ngarde\npar le mot :\nclasse",
			amp3Want(B, 1, 2, 3, 4, "Le huissier classe.", 6)},
		{"letters", B, "Alinéa 5\na) Remplacer le mot :\nnotaire\npar le mot :\nhuissier ;\nb) Compléter cet alinéa par les mots :\net classe",
			amp3Want(B, 1, 2, 3, 4, "Le huissier garde et classe.", 6)},
		{"words inserted", B, "Alinéa 2\n1° Après le mot :\nlit\ninsérer le mot :\nvite ;\n2° Remplacer le mot :\ndossier\npar le mot :\nmémoire",
			amp3Want(B, 1, "Le juge lit vite le mémoire.", 3, 4, 5, 6)},
		{"parts", B, "I. – Alinéa 5\nRemplacer le mot :\nnotaire\npar le mot :\nhuissier ;\nII. – Alinéa 6\nSupprimer cet alinéa.",
			amp3Want(B, 1, 2, 3, 4, "Le huissier garde.")},
		{"HTML, a non-breaking space before the semicolon", B, "<p>Alinéa 5</p><p>1° Remplacer le mot :</p><p>notaire</p><p>par le mot :</p><p>huissier&nbsp;;</p><p>2° Compléter cet alinéa par les mots :</p><p>et classe</p>",
			amp3Want(B, 1, 2, 3, 4, "Le huissier garde et classe.", 6)},
		{"no semicolon: as before", B, "Alinéa 5\n1° Remplacer le mot :\nnotaire\npar le mot :\nhuissier\n2° Compléter cet alinéa par les mots :\net classe",
			amp3Want(B, 1, 2, 3, 4, "Le huissier garde et classe.", 6)},
		{"quoted: as before", B, "Alinéa 5\n1° Remplacer le mot : « notaire » par le mot : « huissier » ;\n2° Compléter cet alinéa par les mots : « et classe »",
			amp3Want(B, 1, 2, 3, 4, "Le huissier garde et classe.", 6)},
		{"words ending with a full stop replaced: refused", B, "Alinéa 5\n1° Remplacer le mot :\ngarde.\npar le mot :\nclasse ;\n2° Remplacer le mot :\nnotaire\npar le mot :\nclerc", nil},
		{"the alinéa completed: refused", B, "Alinéa 5\n1° Compléter cet alinéa par les mots :\net classe ;\n2° Remplacer le mot :\nnotaire\npar le mot :\nclerc", nil},
	})
}

// TestAmLayout10DeletedTwice: the article deleted by two amendments
// adopted together, in either chamber's style ("Supprimer cet article."
// and "Article 3" / "Supprimer cet article."): it is deleted once, the
// second applied as identical (it was recorded as a deletion of its own,
// of an article already deleted). Another article's deletion ("Article
// 4") is no such thing: refused, as before.
func TestAmLayout10DeletedTwice(t *testing.T) {
	a := Article{Number: "3", Alineas: []string{"Le maire signe.", "Le juge lit."}}
	for _, tc := range []struct {
		name      string
		ams       []string
		identical bool // the second applied as identical; else refused
	}{
		{"Assemblée then Sénat", []string{"Supprimer cet article.", "Article 3\nSupprimer cet article."}, true},
		{"Sénat then Assemblée", []string{"Article 3\nSupprimer cet article.", "Supprimer cet article."}, true},
		{"the same words", []string{"Supprimer cet article.", "Supprimer cet article"}, true},
		{"HTML", []string{"<p>Supprimer cet article.</p>", "<p>Article 3</p><p>Supprimer cet article.</p>"}, true},
		{"another article's", []string{"Supprimer cet article.", "Article 4\nSupprimer cet article."}, false},
		{"then words edited: falls", []string{"Supprimer cet article.", "À l'alinéa 1, remplacer le mot : « maire » par le mot : « préfet »."}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ds := []Dispositif{{Number: "10", Text: tc.ams[0]}, {Number: "11", Text: tc.ams[1]}}
			got, rs := ComposeNumbered(a, ds)
			got2, rs2 := ComposeAmendments(a, tc.ams)
			for i := range rs {
				if rs[i].Applied != rs2[i].Applied || rs[i].Identical != rs2[i].Identical || rs[i].Deleted != rs2[i].Deleted {
					t.Fatalf("amendment %d: numbered and unnumbered disagree", i+1)
				}
			}
			if !rs[0].Applied || !rs[0].Deleted {
				t.Fatalf("the first: applied %v deleted %v", rs[0].Applied, rs[0].Deleted)
			}
			if got.Alineas != nil || got2.Alineas != nil || got.Status != ArticleDeleted {
				t.Fatalf("the article stands: %q (%v)", got.Alineas, got.Status)
			}
			if r := rs[1]; tc.identical != (r.Applied && r.Identical && !r.Deleted) || !tc.identical && r.Applied {
				t.Fatalf("the second: applied %v identical %v deleted %v %q", r.Applied, r.Identical, r.Deleted, r.Unparsed)
			}
		})
	}
}

// TestAmLayout10StatementSentence: a sentence that speaks of the change
// instead of making it, its verb governed by another ("Les auteurs
// proposent de supprimer l'alinéa 5.", "Il convient de remplacer …",
// "Le Gouvernement souhaite supprimer …") — the statement of reasons
// printed after the dispositif without its heading, or prose: a
// dispositif's verb is an imperative. It was read as the instruction, the
// words before the verb taken for a place (the alinéa 5 deleted, "maire"
// replaced). Refused, with the amendment it ends; the imperative, and a
// statement the engine knew ("Cet amendement vise à …"), as before.
func TestAmLayout10StatementSentence(t *testing.T) {
	B := amL10B
	runAmendments(t, []amCase{
		{"alone: refused", B, "Les auteurs proposent de supprimer l'alinéa 5.", nil},
		{"after the dispositif: refused", B, "Supprimer l'alinéa 3.\nLes auteurs proposent de supprimer l'alinéa 5.", nil},
		{"il convient de: refused", B, "Supprimer l'alinéa 3.\nAmendement de précision. Il convient de remplacer le mot : « maire » par le mot : « préfet ».", nil},
		{"souhaite: refused", B, "Supprimer l'alinéa 3.\nLe Gouvernement souhaite remplacer le mot : « maire » par le mot : « préfet ».", nil},
		{"d'insérer: refused", B, "Les auteurs proposent d'insérer après l'alinéa 3 l'alinéa suivant : « Le clerc rit. »", nil},
		{"the imperative: as before", B, "Supprimer l'alinéa 3.", amp3Want(B, 1, 2, 4, 5, 6)},
		{"the words « de » quoted: as before", []string{"Le maire de la commune signe."}, "Après le mot : « de », insérer les mots : « la mairie de »", []string{"Le maire de la mairie de la commune signe."}},
		{"a statement known: as before", B, "Supprimer l'alinéa 3.\nCet amendement vise à supprimer l'alinéa 5.", amp3Want(B, 1, 2, 4, 5, 6)},
	})
}
