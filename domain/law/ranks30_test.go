package law

import "testing"

// TestRanks30BillSentencesAnnounced: one sentence announced and more
// given in one alinéa stays read (the language's loose "une phrase");
// sentences announced over several alinéas, and sentences and alinéas
// announced together, are refused typed (they were joined into one
// alinéa).
func TestRanks30BillSentencesAnnounced(t *testing.T) {
	art := []string{"L1: Le juge statue. Il part.|Le maire décide."}
	runRenum22(t, []renum22Case{
		{name: "one announced, two given, read", arts: art,
			lines: []string{"L'article L. 1 du code civil est complété par une phrase ainsi rédigée : « Il date. Il scelle. »"},
			want:  "l1: Le juge statue. Il part.|Le maire décide. Il date. Il scelle."},
		{name: "one announced, one given", arts: art,
			lines: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par une phrase ainsi rédigée : « Il vise l'art. 3 du code. »"},
			want:  "l1: Le juge statue. Il part. Il vise l'art. 3 du code.|Le maire décide."},
		{name: "two announced, two given on one alinéa", arts: art,
			lines: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par deux phrases ainsi rédigées :", "« Il date. Il scelle. »"},
			want:  "l1: Le juge statue. Il part. Il date. Il scelle.|Le maire décide."},
		// "une phrase ainsi rédigée :" then two quoted alinéas was refused
		// already (errSecondQuotedAlinea).
		{name: "a sentence and an alinéa", arts: art,
			lines: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par une phrase et un alinéa ainsi rédigés :", "« Il date. »", "« Il scelle. »"},
			want:  "l1: Le juge statue. Il part.|Le maire décide.", err: errSentencesAndAlineas30},
		{name: "an alinéa and a sentence", arts: art,
			lines: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par un alinéa et une phrase ainsi rédigés :", "« Il date. »", "« Il scelle. »"},
			want:  "l1: Le juge statue. Il part.|Le maire décide.", err: errSentencesAndAlineas30},
		{name: "two sentences and an alinéa", arts: art,
			lines: []string{"L'article L. 1 du code civil est complété par deux phrases et un alinéa ainsi rédigés :", "« Il date. Il lit. »", "« Il scelle. »"},
			want:  "l1: Le juge statue. Il part.|Le maire décide.", err: errSentencesAndAlineas30},
		{name: "two alinéas, not sentences", arts: art,
			lines: []string{"L'article L. 1 du code civil est complété par deux alinéas ainsi rédigés :", "« Il date. »", "« Il scelle. »"},
			want:  "l1: Le juge statue. Il part.|Le maire décide.|Il date.|Il scelle."},
	})
}

// TestRanks30BillRanks pins ranks of alinéas and sentences counted from
// the end or taken together, read, and the ranks among labels or
// alinéas of no article part, refused.
func TestRanks30BillRanks(t *testing.T) {
	art := []string{"L1: A un.|B deux.|C trois.|D quatre. D2 x. D3 y."}
	runRenum22(t, []renum22Case{
		{name: "avant-dernier", arts: art,
			lines: []string{"L'avant-dernier alinéa de l'article L. 1 du code civil est supprimé."},
			want:  "l1: A un.|B deux.|D quatre. D2 x. D3 y."},
		{name: "antépénultième", arts: art,
			lines: []string{"L'antépénultième alinéa de l'article L. 1 du code civil est supprimé."},
			want:  "l1: A un.|C trois.|D quatre. D2 x. D3 y."},
		{name: "last sentence of the last alinéa", arts: art,
			lines: []string{"La dernière phrase du dernier alinéa de l'article L. 1 du code civil est supprimée."},
			want:  "l1: A un.|B deux.|C trois.|D quatre. D2 x."},
		{name: "the two last sentences", arts: art,
			lines: []string{"Les deux dernières phrases du dernier alinéa de l'article L. 1 du code civil sont supprimées."},
			want:  "l1: A un.|B deux.|C trois.|D quatre."},
		{name: "the three first alinéas", arts: art,
			lines: []string{"Les trois premiers alinéas de l'article L. 1 du code civil sont supprimés."},
			want:  "l1: D quatre. D2 x. D3 y."},
		{name: "the first of the alinéas", arts: art,
			lines: []string{"Le premier des alinéas de l'article L. 1 du code civil est supprimé."},
			want:  "l1: A un.|B deux.|C trois.|D quatre. D2 x. D3 y.", err: errPartOfArticleUnread22},
		{name: "the second of 1° to 5°", arts: []string{"L1: Il dit :|1° A ;|2° B ;|3° C ;|4° D ;|5° E."},
			lines: []string{"Le deuxième des 1° à 5° de l'article L. 1 du code civil est supprimé."},
			want:  "l1: Il dit :|1° A ;|2° B ;|3° C ;|4° D ;|5° E.", err: errPartOfArticleUnread22},
	})
}

// TestRanks30AmSentences: sentences announced over several alinéas,
// sentences and alinéas announced together, and "cette phrase" under a
// locator of an alinéa alone, are refused of their own kinds (they were
// instructions of no form); one sentence announced and two given stays
// read.
func TestRanks30AmSentences(t *testing.T) {
	art := Article{Number: "1er", Alineas: []string{"Le juge statue. Il part.", "Le maire décide."}}
	runAm27(t, art, []amCase27{
		{name: "one announced, two given, read", disp: []string{"Alinéa 1", "Compléter cet alinéa par une phrase ainsi rédigée : « Il date. Il scelle. »"},
			want: "Le juge statue. Il part. Il date. Il scelle. | Le maire décide."},
		{name: "the sentence following", disp: []string{"Alinéa 1", "Compléter cet alinéa par la phrase suivante : « Il date. »"},
			want: "Le juge statue. Il part. Il date. | Le maire décide."},
		{name: "two announced, two alinéas", disp: []string{"Alinéa 1", "Compléter cet alinéa par deux phrases ainsi rédigées :", "« Il date. »", "« Il scelle. »"},
			err: errAmSentencesOnAlineas30},
		{name: "one announced, two alinéas", disp: []string{"Alinéa 1", "Compléter cet alinéa par une phrase ainsi rédigée :", "« Il date. »", "« Il scelle. »"},
			err: errAmSentencesOnAlineas30},
		{name: "a sentence and an alinéa", disp: []string{"Alinéa 1", "Compléter cet alinéa par une phrase et un alinéa ainsi rédigés :", "« Il date. »", "« Il scelle. »"},
			err: errAmSentencesAndAlineas30},
		{name: "this sentence, none named", disp: []string{"Alinéa 1", "Remplacer cette phrase par les mots : « Il date. »"},
			err: errAmThisSentenceUnnamed30},
		{name: "this sentence deleted, none named", disp: []string{"Alinéa 1", "Supprimer cette phrase."},
			err: errAmThisSentenceUnnamed30},
		{name: "the first sentence named", disp: []string{"Rédiger ainsi la première phrase de l'alinéa 1 : « Il date. »"},
			want: "Il date. Il part. | Le maire décide."},
	}, nil)
}
