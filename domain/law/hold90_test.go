package law

import "testing"

// TestHold90EndOfItsDivision: "la fin" of a rewritten or deleted end is
// taken from the anchor to the end of the division named, never beyond
// it. "la fin de la phrase" ("de cette phrase") is the end of the
// sentence the anchor is in: the sentences after it stay (they went with
// the alinéa's end). "la fin de l'alinéa" is the end of the alinéa the
// anchor is in, when the locator names a larger division ("À l'article
// L. 1", "Au I"): the alinéas after it stay (they went with the
// article's, the I's end). "la fin" with no division, where alinéas of
// the scope follow the anchor's, does not say whether the alinéa's or
// the division's end is meant: refused (the article's went). An anchor
// found in two alinéas of the division named ("la fin du I", "la fin de
// l'article"), its occurrence not said, is refused (the first was taken
// and the alinéas after it dropped), as it is in one alinéa; an
// occurrence said is counted over the division. A sentence named, "la
// fin de l'alinéa" with sentences after it is refused: the sentence's
// end or the alinéa's is not said (the sentence's was taken).
func TestHold90EndOfItsDivision(t *testing.T) {
	A := []string{"Le juge statue sur la demande. Il entend les parties.", "1° Le maire signe le registre ;", "2° Le préfet vise la demande.", "Le greffier note la date."}
	I := []string{"I. – Le juge statue sur la demande.", "Il entend la demande.", "II. – Le greffier note la demande."}
	P := "de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "la fin de la phrase, in an alinéa of two", before: A, text: []string{"Au premier alinéa " + P + ", après le mot : « statue », la fin de la phrase est ainsi rédigée : « seul. »"}, want: []string{"Le juge statue seul. Il entend les parties.", A[1], A[2], A[3]}},
		{name: "la fin de cette phrase supprimée", before: A, text: []string{"Au premier alinéa " + P + ", après le mot : « statue », la fin de cette phrase est supprimée."}, want: []string{"Le juge statue. Il entend les parties.", A[1], A[2], A[3]}},
		{name: "la fin de la phrase, the article named", before: A, text: []string{"À l'article L. 1 du code civil, après le mot : « statue », la fin de la phrase est ainsi rédigée : « seul. »"}, want: []string{"Le juge statue seul. Il entend les parties.", A[1], A[2], A[3]}},
		{name: "la fin de la phrase, under the alinéa's context", before: A, text: []string{"Le premier alinéa " + P + " est ainsi modifié :", "1° Après le mot : « statue », la fin de la phrase est ainsi rédigée : « seul. » ;"}, want: []string{"Le juge statue seul. Il entend les parties.", A[1], A[2], A[3]}},
		{name: "la fin de l'alinéa, the article named", before: A, text: []string{"À l'article L. 1 du code civil, après le mot : « statue », la fin de l'alinéa est ainsi rédigée : « seul. »"}, want: []string{"Le juge statue seul.", A[1], A[2], A[3]}},
		{name: "la fin de l'alinéa, the I named", before: I, text: []string{"Au I " + P + ", après le mot : « statue », la fin de l'alinéa est ainsi rédigée : « seul. »"}, want: []string{"I. – Le juge statue seul.", I[1], I[2]}},
		{name: "la fin de l'alinéa, under the I's context", before: I, text: []string{"Le I " + P + " est ainsi modifié :", "1° Après le mot : « statue », la fin de l'alinéa est ainsi rédigée : « seul. » ;"}, want: []string{"I. – Le juge statue seul.", I[1], I[2]}},
		{name: "la fin, the article named, alinéas after: refused", before: A, text: []string{"À l'article L. 1 du code civil, après le mot : « maire », la fin est ainsi rédigée : « signe. »"}},
		{name: "la fin, the I named, an alinéa after: refused", before: I, text: []string{"Au I " + P + ", après le mot : « statue », la fin est ainsi rédigée : « seul. »"}},
		{name: "la fin, under the alinéa's context", before: A, text: []string{"Le premier alinéa " + P + " est ainsi modifié :", "1° Après le mot : « statue », la fin est ainsi rédigée : « seul. » ;"}, want: []string{"Le juge statue seul.", A[1], A[2], A[3]}},
		{name: "la fin, the anchor in the last alinéa of the I", before: I, text: []string{"Au I " + P + ", après le mot : « entend », la fin est ainsi rédigée : « les parties. »"}, want: []string{I[0], "Il entend les parties.", I[2]}},
		{name: "la fin de l'article, the anchor twice: refused", before: A, text: []string{"Après le mot : « demande », la fin " + P + " est supprimée."}},
		{name: "la fin du I, the anchor in its two alinéas: refused", before: I, text: []string{"Après le mot : « demande », la fin du I " + P + " est ainsi rédigée : « écrite. »"}},
		{name: "la fin du I, the second occurrence", before: I, text: []string{"Après la deuxième occurrence du mot : « demande », la fin du I " + P + " est supprimée."}, want: I},
		{name: "la fin du I, the first occurrence", before: I, text: []string{"Après la première occurrence du mot : « demande », la fin du I " + P + " est ainsi rédigée : « écrite. »"}, want: []string{"I. – Le juge statue sur la demande écrite.", I[2]}},
		{name: "la fin de l'article, the anchor once", before: A, text: []string{"Après le mot : « parties », la fin " + P + " est supprimée."}, want: []string{A[0]}},
		{name: "a sentence named, la fin de l'alinéa, a sentence after: refused", before: A, text: []string{"À la première phrase du premier alinéa " + P + ", après le mot : « statue », la fin de l'alinéa est ainsi rédigée : « seul. »"}},
		{name: "a sentence context, la fin de l'alinéa, a sentence after: refused", before: A, text: []string{"Le premier alinéa " + P + " est ainsi modifié :", "a) La première phrase est ainsi modifiée :", "– après le mot : « statue », la fin de l'alinéa est ainsi rédigée : « seul. » ;"}},
		{name: "the last sentence named, la fin de l'alinéa", before: A, text: []string{"À la dernière phrase du premier alinéa " + P + ", après le mot : « entend », la fin de l'alinéa est ainsi rédigée : « le maire. »"}, want: []string{"Le juge statue sur la demande. Il entend le maire.", A[1], A[2], A[3]}},
		{name: "a sentence named, la fin", before: A, text: []string{"À la première phrase du premier alinéa " + P + ", après le mot : « statue », la fin est ainsi rédigée : « seul. »"}, want: []string{"Le juge statue seul. Il entend les parties.", A[1], A[2], A[3]}},
		{name: "la fin du 1°", before: A, text: []string{"Après le mot : « maire », la fin du 1° " + P + " est ainsi rédigée : « vise ; »"}, want: []string{A[0], "1° Le maire vise ;", A[2], A[3]}},
	})
}
