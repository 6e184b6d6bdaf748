package law

import "testing"

// TestHold92OneSentenceAnnouncedSeveralGiven: "est complété par une
// phrase ainsi rédigée : « Il motive. Il signe. »" — one sentence
// announced, two quoted inline: all of the quotation is added, as
// Légifrance consolidates it (a period inside a sentence, "art. 3.",
// is not told from a sentence's end, so one is not held to the count);
// nothing of it is dropped, at the end of an alinéa, of an item (before
// its " ;") or of the article. A count above one is held to the
// sentences given (TestWrong85SentencesAnnouncedAndGiven); a second
// quoted alinéa after one announced is refused.
func TestHold92OneSentenceAnnouncedSeveralGiven(t *testing.T) {
	A := []string{"Le juge statue. Il entend les parties.", "1° Le maire signe ;", "2° Le préfet vise."}
	P := " de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "the alinéa", before: A, text: []string{"Le premier alinéa" + P + " est complété par une phrase ainsi rédigée : « Il motive. Il signe. »"}, want: []string{"Le juge statue. Il entend les parties. Il motive. Il signe.", A[1], A[2]}},
		{name: "the alinéa, the quotation below", before: A, text: []string{"Le premier alinéa" + P + " est complété par une phrase ainsi rédigée :", "« Il motive. Il signe. »"}, want: []string{"Le juge statue. Il entend les parties. Il motive. Il signe.", A[1], A[2]}},
		{name: "an item", before: A, text: []string{"Le 1°" + P + " est complété par une phrase ainsi rédigée : « Il motive. Il date. »"}, want: []string{A[0], "1° Le maire signe. Il motive. Il date ;", A[2]}},
		{name: "the article", before: A, text: []string{"L'article L. 1 du code civil est complété par une phrase ainsi rédigée : « Il motive. Il signe. »"}, want: []string{A[0], A[1], "2° Le préfet vise. Il motive. Il signe."}},
		{name: "two quoted alinéas: refused", before: A, text: []string{"Le premier alinéa" + P + " est complété par une phrase ainsi rédigée :", "« Il motive. »", "« Il signe. »"}},
		{name: "deux phrases, three given: refused", before: A, text: []string{"Le premier alinéa" + P + " est complété par deux phrases ainsi rédigées : « Il motive. Il signe. Il date. »"}},
	})
}
