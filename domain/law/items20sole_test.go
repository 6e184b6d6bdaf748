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

// TestItems20ItemAnnouncingAlineasRefused: a new item after a list's last item
// that ends with a colon and is followed by unnumbered alinéas ("2° Les
// biens suivants :", "les meubles ;", "les immeubles.", "Un décret …")
// is refused — the alinéas it announces are its own, and which later
// ones close the list is not said (the 2° bis went between the 2° and
// its alinéas). A last item ending with " ;" or "." before a closing
// alinéa, or one whose sub-items are labelled, is read as before.
func TestItems20ItemAnnouncingAlineasRefused(t *testing.T) {
	L := " de l'article L. 1 du code civil"
	C := []string{"Sont exclus :", "1° Un ;", "2° Les biens suivants :", "les meubles ;", "les immeubles.", "Un décret fixe les modalités."}
	P := []string{"Sont exclus :", "1° Un ;", "2° Deux.", "Un décret fixe les modalités."}
	A := []string{"Sont exclus :", "1° Un ;", "2° Les biens suivants :", "a) Les meubles ;", "b) Les immeubles.", "Un décret fixe les modalités."}
	runGrammar(t, []grammarCase{
		{name: "après le 2° announcing alinéas: refused", before: C, text: []string{"Après le 2°" + L + ", il est inséré un 2° bis ainsi rédigé :", "« 2° bis Bis. »"}},
		{name: "complété par un 3° after such a 2°: refused", before: C, text: []string{"L'article L. 1 du code civil est complété par un 3° ainsi rédigé :", "« 3° Trois. »"}},
		{name: "après le 2° ending with a period (as before)", before: P, text: []string{"Après le 2°" + L + ", il est inséré un 2° bis ainsi rédigé :", "« 2° bis Bis. »"}, want: []string{P[0], P[1], "2° Deux ;", "2° bis Bis.", P[3]}},
		{name: "après le 2° with its a) and b) (as before)", before: A, text: []string{"Après le 2°" + L + ", il est inséré un 2° bis ainsi rédigé :", "« 2° bis Bis. »"}, want: []string{A[0], A[1], A[2], A[3], "b) Les immeubles ;", "2° bis Bis.", A[5]}},
	})
	runAmendments(t, []amCase{
		{"après le 2° announcing alinéas: refused", C, "Après le 2°, insérer un 2° bis ainsi rédigé :\n« 2° bis Bis. »", nil},
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
