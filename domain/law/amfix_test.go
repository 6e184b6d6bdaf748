package law

import "testing"

// Word operations of amendments whose parts stand in orders that were
// applied wrong (docs/LAW.md, "Generated amendments", "Orders and
// punctuation").

// amfixTwo is an article of two alinéas: "chien" once, in the second;
// "noir" in both.
var amfixTwo = []string{"Le chat noir dort.", "Le chien noir court et le chat noir aussi."}

func amfixSecond(s string) []string { return []string{amfixTwo[0], s} }

// TestAmFixPlaceAndAnchorAfterVerb: the place and the anchor both
// between the verb and the words, in either order, between commas or
// not, read as both before the verb (the anchor's words were deleted
// too, and the place dropped: every alinéa edited).
func TestAmFixPlaceAndAnchorAfterVerb(t *testing.T) {
	after := amfixSecond("Le chien court et le chat noir aussi.")
	runAmendments(t, []amCase{
		{"anchor, place", amfixTwo, "Supprimer, après le mot : « chien », à l'alinéa 2, le mot : « noir ».", after},
		{"anchor, place by rank", amfixTwo, "Supprimer, après le mot : « chien », au deuxième alinéa, le mot : « noir ».", after},
		{"no commas", amfixTwo, "Supprimer après le mot : « chien » à l'alinéa 2 le mot : « noir ».", after},
		{"place, anchor, no commas", amfixTwo, "Supprimer à l'alinéa 2 après le mot : « chien » le mot : « noir ».", after},
		{"place, anchor between commas", amfixTwo, "Supprimer à l'alinéa 2, après le mot : « chien », le mot : « noir ».", after},
		{"sentence", amfixTwo, "Supprimer, après le mot : « chat », à la première phrase de l'alinéa 2, le mot : « noir ».", amfixSecond("Le chien noir court et le chat aussi.")},
		{"remplacer", amfixTwo, "Remplacer, après le mot : « chien », à l'alinéa 2, le mot : « noir » par le mot : « gris ».", amfixSecond("Le chien gris court et le chat noir aussi.")},
		{"substituer", amfixTwo, "Substituer, après le mot : « chien », à l'alinéa 2, au mot : « noir » le mot : « gris ».", amfixSecond("Le chien gris court et le chat noir aussi.")},
		{"substituer, new words first", amfixTwo, "Substituer, après le mot : « chien », à l'alinéa 2, le mot : « gris » au mot : « noir ».", amfixSecond("Le chien gris court et le chat noir aussi.")},
		{"insérer", amfixTwo, "Insérer après le mot : « chien » à l'alinéa 2 le mot : « gros ».", amfixSecond("Le chien gros noir court et le chat noir aussi.")},
		{"insérer, place first", amfixTwo, "Insérer à l'alinéa 2 après le mot : « chien » le mot : « gros ».", amfixSecond("Le chien gros noir court et le chat noir aussi.")},
		// An anchor left after the verb that no rule puts first is
		// refused, never deleted with the words.
		{"two places", amfixTwo, "À l'alinéa 1, supprimer, après le mot : « chien », à l'alinéa 2, le mot : « noir ».", nil},
	})
}

// TestAmFixPlaceInPairThenSecond: the place between the old and the new
// words of a replacement, a second operation joined after it: the place
// is the instruction's, the second's too when it names none (it was
// dropped, and every alinéa edited).
func TestAmFixPlaceInPairThenSecond(t *testing.T) {
	A := []string{"Le chat noir dort vite.", "Le chien noir court vite."}
	two := func(s string) []string { return []string{A[0], s} }
	runAmendments(t, []amCase{
		{"et, a second pair", A, "Substituer au mot : « noir », au deuxième alinéa, le mot : « gris » et au mot : « vite » le mot : « lentement ».", two("Le chien gris court lentement.")},
		{"puis, a second verb", A, "Substituer au mot : « noir », à l'alinéa 2, les mots : « tout gris » puis supprimer le mot : « vite ».", two("Le chien tout gris court.")},
		{"new words first ;", A, "Substituer les mots : « tout gris », à l'alinéa 2, au mot : « noir » ; supprimer le mot : « vite ».", two("Le chien tout gris court.")},
		{"remplacer … par", A, "Remplacer le mot : « noir », à l'alinéa 2, par le mot : « gris » et supprimer le mot : « vite ».", two("Le chien gris court.")},
		// The second naming a place of its own after its words: not read.
		{"second's own place after", A, "Substituer au mot : « noir », à l'alinéa 2, le mot : « gris » et au mot : « vite » le mot : « lentement » à l'alinéa 1.", nil},
	})
}

// TestAmFixCurlyQuotesJoined: two operations joined in one dispositif
// quoted “…”, the first's anchor after its verb: the second has its own
// anchor, or none, never the first's (“…” was not taken for a quotation
// there: the first's anchor was put before the second's).
func TestAmFixCurlyQuotesJoined(t *testing.T) {
	A := []string{"Le chat noir dort.", "Le chien blanc court vite et le chat noir aussi."}
	two := func(s string) []string { return []string{A[0], s} }
	runAmendments(t, []amCase{
		{"curly, second anchor", A, "À l'alinéa 2, substituer avant le mot : “blanc” au mot : “chien” les mots : “gros chien” puis après le mot : “blanc”, insérer les mots : “et gris”.", two("Le gros chien blanc et gris court vite et le chat noir aussi.")},
		{"guillemets, second anchor", A, "À l'alinéa 2, substituer avant le mot : « blanc » au mot : « chien » les mots : « gros chien » puis, après le mot : « blanc », insérer les mots : « et gris ».", two("Le gros chien blanc et gris court vite et le chat noir aussi.")},
		{"curly, second without anchor", A, "À l'alinéa 2, après le mot “blanc”, insérer le mot “très” et supprimer le mot “noir”.", two("Le chien blanc très court vite et le chat aussi.")},
		{"curly, anchor after the verb", A, "Insérer, après le mot “chien”, le mot “très” et supprimer le mot “vite”.", two("Le chien très blanc court et le chat noir aussi.")},
	})
}

// TestAmFixAnchorRank: an anchor named by its occurrence's rank for a
// deletion or a replacement: the first words after that occurrence (the
// last before it with "avant"). The rank was dropped for deletions (the
// first words after any occurrence: one before the second anchor was
// deleted) and replacements were refused.
func TestAmFixAnchorRank(t *testing.T) {
	A := []string{"Le chat noir dort et le chat mange noir.", "Le chien noir court."}
	one := func(s string) []string { return []string{s, A[1]} }
	runAmendments(t, []amCase{
		{"after the second, delete", A, "À l'alinéa 1, après la seconde occurrence du mot : « chat », supprimer le mot : « noir ».", one("Le chat noir dort et le chat mange.")},
		{"after the first, delete", A, "À l'alinéa 1, après la première occurrence du mot : « chat », supprimer le mot : « noir ».", one("Le chat dort et le chat mange noir.")},
		{"after the last, delete", A, "À l'alinéa 1, après la dernière occurrence du mot : « chat », supprimer le mot : « mange ».", one("Le chat noir dort et le chat noir.")},
		{"before the second, delete", A, "À l'alinéa 1, avant la seconde occurrence du mot : « chat », supprimer le mot : « noir ».", one("Le chat dort et le chat mange noir.")},
		{"after the second, replace", A, "À l'alinéa 1, après la seconde occurrence du mot : « chat », remplacer le mot : « noir » par le mot : « gris ».", one("Le chat noir dort et le chat mange gris.")},
		{"after the first, substituer", A, "À l'alinéa 1, après la première occurrence du mot : « chat », substituer au mot : « noir » le mot : « gris ».", one("Le chat gris dort et le chat mange noir.")},
		{"anchor after the verb", A, "Supprimer, à l'alinéa 1, après la seconde occurrence du mot : « chat », le mot : « noir ».", one("Le chat noir dort et le chat mange.")},
		{"the target's rank", A, "Supprimer la seconde occurrence du mot : « noir ».", one("Le chat noir dort et le chat mange.")},
		{"after the rank, insert", A, "Après la première occurrence du mot : « chat », insérer le mot : « gros ».", one("Le chat gros noir dort et le chat mange noir.")},
		{"the last, replaced", A, "À l'alinéa 1, remplacer la dernière occurrence du mot : « noir » par le mot : « gris ».", one("Le chat noir dort et le chat mange gris.")},
		// No such words after that occurrence: refused.
		{"nothing after", A, "À l'alinéa 1, après la seconde occurrence du mot : « chat », supprimer le mot : « dort ».", nil},
	})
}

// TestAmFixAnchorBareThenPlaceInPair: the anchor first without its
// comma, the place between the words of "substituer": "Après le mot :
// « A » substituer les mots : « B », à l'alinéa 2, au mot : « C »" is
// "À l'alinéa 2, après le mot : « A », substituer …" (it was refused).
func TestAmFixAnchorBareThenPlaceInPair(t *testing.T) {
	runAmendments(t, []amCase{
		{"new words first", amfixTwo, "Après le mot : « chat » substituer les mots : « tout gris », à l'alinéa 2, au mot : « noir ».", amfixSecond("Le chien noir court et le chat tout gris aussi.")},
		{"old words first", amfixTwo, "Après le mot : « chat » substituer au mot : « noir », à l'alinéa 2, le mot : « gris ».", amfixSecond("Le chien noir court et le chat gris aussi.")},
	})
}

// TestAmFixLoneLetterInBillVerb: "a) Sont supprimés, au b, les mots :
// « A »" — the amendment's own list labelled a), b), and a lone letter
// place inside its instruction: the bill article's item b, or the
// amendment's? Not said: refused, never applied to either.
func TestAmFixLoneLetterInBillVerb(t *testing.T) {
	A := []string{"Le chat noir dort.", "a) Le chien noir court ;", "b) Le lion noir dort."}
	runAmendments(t, []amCase{
		{"alone", A, "a) Sont supprimés, au b, les mots : « noir ».", nil},
		{"under a place", A, "À l'alinéa 3 :\na) Sont supprimés, au b, les mots : « noir » ;\nb) Le mot : « dort » est remplacé par le mot : « court ».", nil},
	})
}

// TestAmFixPlaceBeforeJoin: the first operation's place after its words,
// then a second with a place of its own: each in its place (the first's
// place ran on to the second's; refused). The second without its own
// place stays refused.
func TestAmFixPlaceBeforeJoin(t *testing.T) {
	A := []string{"Le chat noir dort vite.", "Le chien noir court vite."}
	runAmendments(t, []amCase{
		{"puis", A, "Supprimer le mot : « noir » à l'alinéa 2 puis, à l'alinéa 1, supprimer le mot : « dort ».", []string{"Le chat noir vite.", "Le chien court vite."}},
		{";", A, "Supprimer le mot : « noir » à l'alinéa 2 ; à l'alinéa 1, supprimer le mot : « dort ».", []string{"Le chat noir vite.", "Le chien court vite."}},
		{"remplacer … et", A, "Remplacer le mot : « noir » par le mot : « gris » à l'alinéa 2 et, au premier alinéa, supprimer le mot : « dort ».", []string{"Le chat noir vite.", "Le chien gris court vite."}},
		{"no place of its own", A, "Supprimer le mot : « noir » à l'alinéa 2 et supprimer le mot : « vite ».", nil},
	})
}
