package law

import "testing"

// amL4B is a bill article whose 1° holds its a) and b) on its own line.
var amL4B = []string{
	"I. – Le code est ainsi modifié :",
	"1° L'article L. 1 est ainsi modifié : a) Le mot : « juge » est remplacé par le mot : « préfet » ; b) Le mot : « acte » est supprimé ;",
	"2° L'article L. 2 est abrogé.",
}

// TestAmLeft4ItemsInsideAnAlinea: an item that an alinéa of the bill
// article holds inside its line ("1° L'article L. 1 est ainsi modifié :
// a) … ; b) … ;"), named by an amendment ("Au b du 1°", "Au b du 1° de
// l'alinéa 2", "À l'alinéa 2, au b", the Sénat's "Alinéa 2, b)" line),
// is the span from its label, after the colon or the semicolon, to the
// next item's: its words are replaced, deleted or inserted there alone
// (it was refused: item not found; the Sénat's line was not read).
// Refused: the label twice (in two alinéas, or twice in one), inside a
// quotation only (the quoted text's, no item), an item followed on its
// line by a label of a lower division or announcing its own sub-items
// ("b) Le II est ainsi modifié : 1° …": where it ends is not said; its
// dashes go with it), words found only outside it, and any other
// operation on it (deleted, rewritten, completed, a sentence of it): an
// item inside a line has no alinéa of its own.
func TestAmLeft4ItemsInsideAnAlinea(t *testing.T) {
	B := amL4B
	b := func(s string) []string {
		return []string{B[0], "1° L'article L. 1 est ainsi modifié : a) Le mot : « juge » est remplacé par le mot : « préfet » ; " + s, B[2]}
	}
	decret := b("b) Le mot : « décret » est supprimé ;")
	runAmendments(t, []amCase{
		{"au b du 1°", B, "Au b du 1°, remplacer le mot : « acte » par le mot : « décret ».", decret},
		{"au b du 1° de l'alinéa 2", B, "Au b du 1° de l'alinéa 2, remplacer le mot : « acte » par le mot : « décret ».", decret},
		{"à l'alinéa 2, au b", B, "À l'alinéa 2, au b, remplacer le mot : « acte » par le mot : « décret ».", decret},
		{"au b de l'alinéa 2", B, "Au b de l'alinéa 2, substituer au mot : « acte » le mot : « décret ».", decret},
		{"Sénat: Alinéa 2, b)", B, "Alinéa 2, b)\nRemplacer le mot :\nacte\npar le mot :\ndécret", decret},
		{"Sénat: Alinéa 2 then au b", B, "Alinéa 2\nAu b, remplacer le mot : « acte » par le mot : « décret ».", decret},
		{"words inserted", B, "Au b du 1°, après le mot : « acte », insérer le mot : « authentique ».", b("b) Le mot : « acte authentique » est supprimé ;")},
		{"words of the a, named in the b: refused", B, "Au b du 1°, remplacer le mot : « juge » par le mot : « maire ».", nil},
		{"Sénat: words of the a, under Alinéa 2, b): refused", B, "Alinéa 2, b)\nRemplacer le mot :\njuge\npar le mot :\nmaire", nil},
		{"words of the a, named in the a", B, "Au a du 1°, remplacer le mot : « préfet » par le mot : « maire ».", []string{B[0], "1° L'article L. 1 est ainsi modifié : a) Le mot : « juge » est remplacé par le mot : « maire » ; b) Le mot : « acte » est supprimé ;", B[2]}},
		{"a c the line lacks: refused", B, "Au c du 1°, remplacer le mot : « acte » par le mot : « décret ».", nil},
		{"the b deleted: refused", B, "Supprimer le b du 1°.", nil},
		{"Sénat: the b deleted: refused", B, "Alinéa 2, b)\nSupprimer cet alinéa.", nil},
		{"the b rewritten: refused", B, "Rédiger ainsi le b du 1° : « b) Le mot : « acte » est remplacé par le mot : « titre » ; »", nil},
		{"the b completed: refused", B, "Compléter le b du 1° par les mots : « et le mot : « titre » est supprimé »", nil},
		{"a sentence of the b: refused", B, "À la première phrase du b du 1°, remplacer le mot : « acte » par le mot : « décret ».", nil},
	})
	twice := []string{
		"I. – Le code est ainsi modifié :",
		"1° L'article L. 1 est ainsi modifié : a) Le mot : « juge » est supprimé ; b) Le mot : « acte » est supprimé ;",
		"2° L'article L. 2 est ainsi modifié : a) Le mot : « maire » est supprimé ; b) Le mot : « acte » est supprimé ;",
	}
	quoted := []string{
		"I. – Le code est ainsi modifié :",
		"1° L'article L. 1 est ainsi rédigé : « Art. L. 1. – Sont exclus : a) Les actes ; b) Les décrets. »",
	}
	nested := []string{
		"I. – Le code est ainsi modifié :",
		"1° L'article L. 1 est ainsi modifié : a) Le I est abrogé ; b) Le II est ainsi modifié : – le mot : « acte » est supprimé ; – le mot : « juge » est supprimé ;",
	}
	nestedItems := []string{
		"I. – Le code est ainsi modifié :",
		"1° L'article L. 1 est ainsi modifié : a) Le I est abrogé ; b) Le II est ainsi modifié : 1° Le mot : « acte » est supprimé ; 2° Le mot : « juge » est supprimé ;",
	}
	lower := []string{
		"I. – Le code est ainsi modifié : 1° L'article L. 1 est abrogé ; 2° L'article L. 2 est ainsi modifié : a) le mot : « acte » est supprimé ; b) le mot : « juge » est supprimé.",
	}
	degrees := []string{
		"I. – Le code est ainsi modifié : 1° L'article L. 1 est abrogé ; 2° À l'article L. 2, le mot : « acte » est supprimé.",
		"II. – Le présent article entre en vigueur le 1er janvier 2030.",
	}
	excluded := []string{
		"Sont exclus :",
		"1° Les actes suivants : a) les actes du juge et du préfet ; b) les actes du maire et du préfet ;",
		"2° Les décisions du préfet.",
	}
	runAmendments(t, []amCase{
		{"words deleted in the b, the a holding them too", excluded, "Au b du 1°, supprimer les mots : « et du préfet ».", []string{excluded[0], "1° Les actes suivants : a) les actes du juge et du préfet ; b) les actes du maire ;", excluded[2]}},
		{"Sénat: words deleted under Alinéa 2, a)", excluded, "Alinéa 2, a)\nSupprimer les mots :\net du préfet", []string{excluded[0], "1° Les actes suivants : a) les actes du juge ; b) les actes du maire et du préfet ;", excluded[2]}},
		{"the b of each 1° and 2°, named with its item", twice, "Au b du 2°, remplacer le mot : « acte » par le mot : « décret ».", []string{twice[0], twice[1], "2° L'article L. 2 est ainsi modifié : a) Le mot : « maire » est supprimé ; b) Le mot : « décret » est supprimé ;"}},
		{"a b in two alinéas, its item not named: refused", twice, "Au b, remplacer le mot : « acte » par le mot : « décret ».", nil},
		{"a b inside a quotation: refused", quoted, "Au b du 1°, remplacer le mot : « décrets » par le mot : « arrêtés ».", nil},
		{"a b and its dashes", nested, "Au b du 1°, remplacer le mot : « acte » par le mot : « décret ».", []string{nested[0], "1° L'article L. 1 est ainsi modifié : a) Le I est abrogé ; b) Le II est ainsi modifié : – le mot : « décret » est supprimé ; – le mot : « juge » est supprimé ;"}},
		{"a b announcing items of its own: refused", nestedItems, "Au b du 1°, après le mot : « modifié », insérer le mot : « ensuite ».", nil},
		{"a 2° followed by its a) and b): refused", lower, "Au 2° du I, remplacer le mot : « acte » par le mot : « décret ».", nil},
		{"the a of a 2° inside a line: refused", lower, "Au a du 2° du I, remplacer le mot : « acte » par le mot : « décret ».", nil},
		{"a 2° inside the I's line", degrees, "Au 2° du I, remplacer le mot : « acte » par le mot : « décret ».", []string{"I. – Le code est ainsi modifié : 1° L'article L. 1 est abrogé ; 2° À l'article L. 2, le mot : « décret » est supprimé.", degrees[1]}},
		{"Sénat: Alinéa 1, 2°", degrees, "Alinéa 1, 2°\nRemplacer le mot :\nacte\npar le mot :\ndécret", []string{"I. – Le code est ainsi modifié : 1° L'article L. 1 est abrogé ; 2° À l'article L. 2, le mot : « décret » est supprimé.", degrees[1]}},
		{"the 1° inside the I's line, words of the 2°: refused", degrees, "Au 1° du I, remplacer le mot : « acte » par le mot : « décret ».", nil},
	})
	lines := []string{
		"I. – Le code est ainsi modifié :",
		"1° L'article L. 1 est ainsi modifié :",
		"a) Le mot : « juge » est remplacé par le mot : « préfet » ;",
		"b) Le mot : « acte » est supprimé ;",
	}
	runAmendments(t, []amCase{
		{"the b on its own line, as before", lines, "Au b du 1°, remplacer le mot : « acte » par le mot : « décret ».", []string{lines[0], lines[1], lines[2], "b) Le mot : « décret » est supprimé ;"}},
		{"Sénat: Alinéa 4, b) on its own line", lines, "Alinéa 4, b)\nRemplacer le mot :\nacte\npar le mot :\ndécret", []string{lines[0], lines[1], lines[2], "b) Le mot : « décret » est supprimé ;"}},
	})
}
