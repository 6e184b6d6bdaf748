package law

import "testing"

// TestItems20SoleSentenceRead: "la seule phrase du deuxième alinéa" ("l'unique
// phrase", "la phrase unique") is its first sentence, said to be the
// last: read on an alinéa of one sentence, refused on one of two (the
// words were dropped and the whole alinéa edited: its words sought in
// both sentences). The plural, "les deux seules phrases", names no rank:
// refused.
func TestItems20SoleSentenceRead(t *testing.T) {
	S := []string{"Un a.", "Deux a. Deux b.", "Trois a."}
	L := " de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "à la seule phrase du premier alinéa", before: S, text: []string{"À la seule phrase du premier alinéa" + L + ", le mot : « a » est remplacé par le mot : « z »."}, want: []string{"Un z.", S[1], S[2]}},
		{name: "à l'unique phrase du troisième alinéa", before: S, text: []string{"À l'unique phrase du troisième alinéa" + L + ", le mot : « a » est remplacé par le mot : « z »."}, want: []string{S[0], S[1], "Trois z."}},
		{name: "la phrase unique du dernier alinéa complétée", before: S, text: []string{"La phrase unique du dernier alinéa" + L + " est complétée par les mots : « zz »."}, want: []string{S[0], S[1], "Trois a zz."}},
		{name: "à la seule phrase of an alinéa of two: refused", before: S, text: []string{"À la seule phrase du deuxième alinéa" + L + ", le mot : « a » est remplacé par le mot : « z »."}},
		{name: "la seule phrase of an alinéa of two supprimée: refused", before: S, text: []string{"La seule phrase du deuxième alinéa" + L + " est supprimée."}},
		{name: "les deux seules phrases: refused", before: S, text: []string{"Les deux seules phrases du deuxième alinéa" + L + " sont supprimées."}},
	})
}

// TestItems20SoleSentenceAmendment: an amendment's "À la seule phrase de
// l'alinéa 2, …" and the Sénat's "Alinéa 2, seule phrase" are refused —
// no amendment reader reads them (the words were dropped and the whole
// alinéa edited, both its sentences alike).
func TestItems20SoleSentenceAmendment(t *testing.T) {
	B := []string{"I. – Un a.", "Deux a. Deux b.", "Trois a."}
	runAmendments(t, []amCase{
		{"à la seule phrase de l'alinéa 2: refused", B, "À la seule phrase de l'alinéa 2, remplacer le mot :\n« a »\npar le mot :\n« z ».", nil},
		{"Alinéa 2, seule phrase: refused", B, "Alinéa 2, seule phrase\nRemplacer le mot :\na\npar le mot :\nz", nil},
		{"Alinéa 2, première phrase (as before)", B, "Alinéa 2, première phrase\nRemplacer le mot :\na\npar le mot :\nz", []string{B[0], "Deux z. Deux b.", B[2]}},
	})
}
