package law

import "testing"

// The formulas of the drafting guides for operations on words and
// sentences: these tests are built from short phrases of those forms.

// TestLegEditEndAnchorAfter: an amendment's end deleted or replaced with
// its anchor after it, "supprimer la fin de l'alinéa 2 après les mots :
// « A »", "remplacer la fin de cet alinéa après la seconde occurrence du
// mot : « A » par …", is read as the anchor before it, "Après les mots :
// « A », supprimer la fin …" — A kept, the end from it gone (A alone was
// deleted, or replaced by the new end); "avant" there is refused.
func TestLegEditEndAnchorAfter(t *testing.T) {
	A := []string{"Le juge signe l'acte. Le maire le date.", "Le délai est de trois mois, au taux de cinq pour cent."}
	runAmendments(t, []amCase{
		{"supprimer la fin de l'alinéa après les mots", A,
			"À l'alinéa 2, supprimer la fin de l'alinéa après les mots : « trois mois ».",
			[]string{A[0], "Le délai est de trois mois."}},
		{"supprimer la fin de la phrase après le mot", A,
			"À l'alinéa 1, supprimer la fin de la première phrase après le mot : « juge ».",
			[]string{"Le juge. Le maire le date.", A[1]}},
		{"an occurrence of the anchor", A,
			"Supprimer la fin de l'alinéa 2 après la seconde occurrence du mot : « de ».",
			[]string{A[0], "Le délai est de trois mois, au taux de."}},
		{"the Sénat's lines", A,
			"Alinéa 2\nSupprimer la fin de cet alinéa après les mots :\ntrois mois",
			[]string{A[0], "Le délai est de trois mois."}},
		{"remplacer la fin … après les mots … par", A,
			"Remplacer la fin de l'alinéa 2 après les mots : « trois mois » par les mots : « à compter de la notification. »",
			[]string{A[0], "Le délai est de trois mois à compter de la notification."}},
		{"rédiger ainsi la fin … après la seconde occurrence", A,
			"Rédiger ainsi la fin de l'alinéa 2 après la seconde occurrence du mot : « de » : « dix pour cent. »",
			[]string{A[0], "Le délai est de trois mois, au taux de dix pour cent."}},
		{"avant: refused", A,
			"À l'alinéa 2, supprimer la fin de l'alinéa avant les mots : « trois mois ».", nil},
		{"substituer à la fin … après: refused", A,
			"À l'alinéa 2, substituer à la fin de l'alinéa après les mots : « trois mois » les mots : « à compter de la notification. »", nil},
	})
}

// TestLegEditStartUpTo: a start bounded by words, "le début … jusqu'aux
// mots : « A »", is read after a locator too ("Au premier alinéa, le
// début de la seconde phrase jusqu'au mot …", "À la seconde phrase, le
// début jusqu'au mot …": they were not read), and deleted ("… est
// supprimé", amendments "Supprimer le début de l'alinéa 2 jusqu'au mot :
// « A »") or replaced ("Remplacer le début … jusqu'au mot : « A » par les
// mots : « B »") as well as rewritten: from the start to A included, the
// words after A taking the capital (they were refused, or A alone
// deleted). "le début de la phrase" with no sentence named is refused.
func TestLegEditStartUpTo(t *testing.T) {
	A := []string{"Le juge signe l'acte. Le maire le date.", "Le délai est de trois mois, au taux légal."}
	C := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "after a locator: le début de l'alinéa", before: A, text: []string{C, "1° Au premier alinéa, le début de l'alinéa jusqu'aux mots : « l'acte » est ainsi rédigé : « Le greffier classe l'acte » ;"},
			want: []string{"Le greffier classe l'acte. Le maire le date.", A[1]}},
		{name: "after a locator: le début de la seconde phrase", before: A, text: []string{C, "1° Au premier alinéa, le début de la seconde phrase jusqu'au mot : « date » est ainsi rédigé : « Le consul signe » ;"},
			want: []string{"Le juge signe l'acte. Le consul signe.", A[1]}},
		{name: "after a sentence's locator: le début", before: A, text: []string{C, "1° À la seconde phrase du premier alinéa, le début jusqu'au mot : « date » est ainsi rédigé : « Le consul signe » ;"},
			want: []string{"Le juge signe l'acte. Le consul signe.", A[1]}},
		{name: "deleted", before: A, text: []string{C, "1° Le début du second alinéa jusqu'aux mots : « trois mois, » est supprimé ;"},
			want: []string{A[0], "Au taux légal."}},
		{name: "a sentence's start deleted", before: A, text: []string{C, "1° Au premier alinéa, le début de la seconde phrase jusqu'au mot : « maire » est supprimé ;"},
			want: []string{"Le juge signe l'acte. Le date.", A[1]}},
		{name: "le début de la phrase, no sentence named: refused", before: A, text: []string{C, "1° Au premier alinéa, le début de la phrase jusqu'au mot : « date » est ainsi rédigé : « Le consul signe » ;"}},
	})
	runAmendments(t, []amCase{
		{"supprimer le début … jusqu'aux mots", A,
			"Supprimer le début de l'alinéa 2 jusqu'aux mots : « trois mois, ».",
			[]string{A[0], "Au taux légal."}},
		{"the Sénat's lines", A,
			"Alinéa 2\nSupprimer le début de cet alinéa jusqu'aux mots :\ntrois mois,",
			[]string{A[0], "Au taux légal."}},
		{"a sentence's start", A,
			"À l'alinéa 1, supprimer le début de la seconde phrase jusqu'au mot : « maire ».",
			[]string{"Le juge signe l'acte. Le date.", A[1]}},
		{"remplacer le début … par", A,
			"Remplacer le début de l'alinéa 2 jusqu'aux mots : « trois mois » par les mots : « Le délai est de six mois »",
			[]string{A[0], "Le délai est de six mois, au taux légal."}},
		{"words found twice: refused", A,
			"Supprimer le début de l'alinéa 1 jusqu'au mot : « le ».", nil},
		{"two alinéas: refused", A,
			"Supprimer le début des alinéas 1 et 2 jusqu'au mot : « le ».", nil},
	})
}

// TestLegEditVerbFirstWords: an amendment's verb of insertion before its
// place without commas, for words and sentences as for alinéas: "Ajouter
// à la fin de l'alinéa 1 les mots : « B »", "Insérer au début de la
// première phrase de l'alinéa 1 …", "À l'alinéa 1, insérer après le mot :
// « A » les mots : « B »" are read as "À la fin de l'alinéa 1, ajouter
// …", "… après le mot : « A », insérer …" (they were refused); a place
// after the anchor ("après le mot : « A » de l'alinéa 1 les mots") stays
// refused.
func TestLegEditVerbFirstWords(t *testing.T) {
	A := []string{"Le juge signe l'acte. Le maire le vise.", "Le délai est d'un mois."}
	runAmendments(t, []amCase{
		{"ajouter à la fin de l'alinéa", A, "Ajouter à la fin de l'alinéa 1 les mots : « sans délai ».",
			[]string{"Le juge signe l'acte. Le maire le vise sans délai.", A[1]}},
		{"insérer au début de l'alinéa", A, "Insérer au début de l'alinéa 2 les mots : « Sauf urgence, ».",
			[]string{A[0], "Sauf urgence, le délai est d'un mois."}},
		{"insérer à la fin de la première phrase", A, "Insérer à la fin de la première phrase de l'alinéa 1 les mots : « sans délai ».",
			[]string{"Le juge signe l'acte sans délai. Le maire le vise.", A[1]}},
		{"a sentence at the end", A, "Ajouter à la fin de l'alinéa 2 une phrase ainsi rédigée : « Il court. »",
			[]string{A[0], "Le délai est d'un mois. Il court."}},
		{"the Sénat's lines", A, "Alinéa 1\nAjouter à la fin de cet alinéa les mots :\nsans délai",
			[]string{"Le juge signe l'acte. Le maire le vise sans délai.", A[1]}},
		{"insérer après le mot … les mots", A, "À l'alinéa 1, insérer après le mot : « signe » les mots : « seul ».",
			[]string{"Le juge signe seul l'acte. Le maire le vise.", A[1]}},
		{"an occurrence of the anchor", A, "À l'alinéa 1, insérer après la première occurrence du mot : « maire » le mot : « lui-même ».",
			[]string{"Le juge signe l'acte. Le maire lui-même le vise.", A[1]}},
		{"a place after the anchor: refused", A, "Insérer après le mot : « signe » de l'alinéa 1 les mots : « seul ».", nil},
	})
}

// TestLegEditAddedToEach: words or a sentence added at the end or the
// start of alinéas counted together ("Les deux premiers alinéas sont
// complétés par les mots …", "… par une phrase ainsi rédigée", "Au début
// des deux derniers alinéas, sont ajoutés les mots …"), and words
// replaced or deleted there ("Au début des deux derniers alinéas, le mot
// : « A » est remplacé …"), go to each of them, as with "Les premier et
// deuxième alinéas …" (they went to the last, or the first, alone; words
// one of them does not end with are refused); alinéas
// counted to the end are refused; a mention put before them goes before
// the first.
func TestLegEditAddedToEach(t *testing.T) {
	A := []string{"Le juge signe.", "Le maire vise.", "Le préfet date."}
	C := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "les deux premiers: words", before: A, text: []string{C, "1° Les deux premiers alinéas sont complétés par les mots : « sans délai » ;"},
			want: []string{"Le juge signe sans délai.", "Le maire vise sans délai.", A[2]}},
		{name: "les deux derniers: a sentence", before: A, text: []string{C, "1° Les deux derniers alinéas sont complétés par une phrase ainsi rédigée : « Il lit. » ;"},
			want: []string{A[0], "Le maire vise. Il lit.", "Le préfet date. Il lit."}},
		{name: "a range: a sentence", before: A, text: []string{C, "1° Les premier à deuxième alinéas sont complétés par une phrase ainsi rédigée : « Il lit. » ;"},
			want: []string{"Le juge signe. Il lit.", "Le maire vise. Il lit.", A[2]}},
		{name: "at the start", before: A, text: []string{C, "1° Au début des deux premiers alinéas, sont ajoutés les mots : « Seul, » ;"},
			want: []string{"Seul, le juge signe.", "Seul, le maire vise.", A[2]}},
		{name: "il est ajouté une phrase", before: A, text: []string{C, "1° Aux deux derniers alinéas, il est ajouté une phrase ainsi rédigée : « Il lit. » ;"},
			want: []string{A[0], "Le maire vise. Il lit.", "Le préfet date. Il lit."}},
		{name: "the words and the sentence", before: A, text: []string{C, "1° Les deux premiers alinéas sont complétés par les mots : « seul » et par une phrase ainsi rédigée : « Il lit. » ;"},
			want: []string{"Le juge signe seul. Il lit.", "Le maire vise seul. Il lit.", A[2]}},
		{name: "words at the end of one only: refused", before: A, text: []string{C, "1° À la fin des deux premiers alinéas, le mot : « signe » est remplacé par le mot : « lit » ;"},
			want: nil},
		{name: "words replaced at the start of each", before: A, text: []string{C, "1° Au début des deux derniers alinéas, le mot : « Le » est remplacé par le mot : « Un » ;"},
			want: []string{A[0], "Un maire vise.", "Un préfet date."}},
		{name: "the mention before them", before: A, text: []string{C, "1° Les deux derniers alinéas sont précédés de la mention : « II. – » ;"},
			want: []string{A[0], "II. – Le maire vise.", A[2]}},
		{name: "counted to the end: refused", before: A, text: []string{C, "1° Les deuxième à dernier alinéas sont complétés par les mots : « sans délai » ;"}},
	})
	runAmendments(t, []amCase{
		{"amendment: compléter les deux derniers alinéas", A, "Compléter les deux derniers alinéas par les mots : « sans délai ».",
			[]string{A[0], "Le maire vise sans délai.", "Le préfet date sans délai."}},
		{"amendment: a sentence", A, "Compléter les deux premiers alinéas par une phrase ainsi rédigée : « Il lit. »",
			[]string{"Le juge signe. Il lit.", "Le maire vise. Il lit.", A[2]}},
		{"amendment: at the start", A, "Au début des deux premiers alinéas, insérer les mots : « Seul, ».",
			[]string{"Seul, le juge signe.", "Seul, le maire vise.", A[2]}},
	})
}

// TestLegEditSentenceOfThisAlinea: the Sénat's "Alinéa 1" then "Supprimer
// la dernière phrase de cet alinéa." (also "Rédiger ainsi la deuxième
// phrase de cet alinéa :", "Compléter la première phrase de cet alinéa
// par les mots :") names the sentence of the alinéa its line names — they
// were refused as "cet alinéa" that might be a sentence; under a line
// naming a sentence ("Alinéa 1, première phrase"), still refused.
func TestLegEditSentenceOfThisAlinea(t *testing.T) {
	A := []string{"Le juge signe. Le maire date. Le préfet vise.", "Le délai court."}
	runAmendments(t, []amCase{
		{"supprimer la dernière phrase de cet alinéa", A, "Alinéa 1\nSupprimer la dernière phrase de cet alinéa.",
			[]string{"Le juge signe. Le maire date.", A[1]}},
		{"rédiger ainsi la deuxième phrase de cet alinéa", A, "Alinéa 1\nRédiger ainsi la deuxième phrase de cet alinéa :\nLe consul date.",
			[]string{"Le juge signe. Le consul date. Le préfet vise.", A[1]}},
		{"compléter la première phrase de cet alinéa", A, "Alinéa 1\nCompléter la première phrase de cet alinéa par les mots :\nsans délai",
			[]string{"Le juge signe sans délai. Le maire date. Le préfet vise.", A[1]}},
		{"remplacée par deux phrases", A, "Alinéa 1\nRemplacer la dernière phrase de cet alinéa par deux phrases ainsi rédigées :\nIl lit. Il dort.",
			[]string{"Le juge signe. Le maire date. Il lit. Il dort.", A[1]}},
		{"under a sentence's line: refused", A, "Alinéa 1, première phrase\nSupprimer la dernière phrase de cet alinéa.", nil},
	})
}

// TestLegEditTailSentence: after word operations, a sentence rewritten
// ("… et la seconde phrase est ainsi rédigée : « C »") or added ("… et il
// est ajouté une phrase ainsi rédigée : « C »") is read, as a sentence
// deleted there is; under a sentence's place ("À la première phrase du
// premier alinéa, …, et la seconde phrase est supprimée") the sentence
// named after the words is of the same alinéa (they were refused). After
// words added at the end, still refused — unless the words went to a
// sentence and another is named by its rank. An alinéa rewritten is read
// since left11 (TestLeft11OperationAfterWords).
func TestLegEditTailSentence(t *testing.T) {
	A := []string{"Le juge signe l'acte. Le maire le date.", "Le préfet vise l'acte."}
	C := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "et la seconde phrase est ainsi rédigée", before: A, text: []string{C, "1° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » et la seconde phrase est ainsi rédigée : « Le consul le date. » ;"},
			want: []string{"Le greffier signe l'acte. Le consul le date.", A[1]}},
		{name: "et il est ajouté une phrase", before: A, text: []string{C, "1° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » et il est ajouté une phrase ainsi rédigée : « Il lit. » ;"},
			want: []string{"Le greffier signe l'acte. Le maire le date. Il lit.", A[1]}},
		{name: "et est ajoutée une phrase", before: A, text: []string{C, "1° Au second alinéa, le mot : « préfet » est remplacé par le mot : « recteur » et est ajoutée une phrase ainsi rédigée : « Il lit. » ;"},
			want: []string{A[0], "Le recteur vise l'acte. Il lit."}},
		{name: "under a sentence: deleted", before: A, text: []string{C, "1° À la première phrase du premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » et la seconde phrase est supprimée ;"},
			want: []string{"Le greffier signe l'acte.", A[1]}},
		{name: "under a sentence: rewritten", before: A, text: []string{C, "1° À la première phrase du premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » et la seconde phrase est ainsi rédigée : « Le consul le date. » ;"},
			want: []string{"Le greffier signe l'acte. Le consul le date.", A[1]}},
		{name: "words added to one sentence, another deleted", before: A, text: []string{C, "1° La première phrase du premier alinéa est complétée par les mots : « sans délai » et la seconde phrase est supprimée ;"},
			want: []string{"Le juge signe l'acte sans délai.", A[1]}},
		{name: "words added to one sentence, the last deleted: refused", before: A, text: []string{C, "1° La première phrase du premier alinéa est complétée par les mots : « sans délai » et la dernière phrase est supprimée ;"}},
		{name: "after words at the end: refused", before: A, text: []string{C, "1° Le premier alinéa est complété par les mots : « seul » et la dernière phrase est ainsi rédigée : « Le consul le date. » ;"}},
		{name: "an alinéa rewritten (left11: read, an alinéa of what holds the first)", before: A, text: []string{C, "1° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » et le second alinéa est ainsi rédigé : « Le consul le date. » ;"},
			want: []string{"Le greffier signe l'acte. Le maire le date.", "Le consul le date."}},
	})
}

// TestLegEditTrailingAlinea: a word operation whose place comes last
// without its article, an alinéa or a sentence named by its ranks ("Les
// mots : « A » sont remplacés par les mots : « B » au second alinéa", "…
// dans le premier alinéa", "… à la première phrase du premier alinéa"),
// is read as the place first (it was refused); other words before the
// division ("dans les conditions prévues au second alinéa") are no place:
// refused.
func TestLegEditTrailingAlinea(t *testing.T) {
	A := []string{"Le juge signe l'acte. Le maire date l'acte.", "Le préfet vise l'acte."}
	C := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "au second alinéa", before: A, text: []string{C, "1° Les mots : « l'acte » sont remplacés par les mots : « le contrat » au second alinéa ;"},
			want: []string{A[0], "Le préfet vise le contrat."}},
		{name: "dans le premier alinéa", before: A, text: []string{C, "1° Les mots : « l'acte » sont supprimés dans le premier alinéa ;"},
			want: []string{"Le juge signe. Le maire date.", A[1]}},
		{name: "à la seconde phrase du premier alinéa", before: A, text: []string{C, "1° Les mots : « l'acte » sont remplacés par les mots : « le contrat » à la seconde phrase du premier alinéa ;"},
			want: []string{"Le juge signe l'acte. Le maire date le contrat.", A[1]}},
		{name: "aux deux derniers alinéas", before: A, text: []string{C, "1° Le mot : « acte » est remplacé par le mot : « avis » aux deux derniers alinéas ;"},
			want: []string{"Le juge signe l'avis. Le maire date l'avis.", "Le préfet vise l'avis."}},
		{name: "dans les conditions prévues au second alinéa: refused", before: A, text: []string{C, "1° Les mots : « l'acte » sont remplacés par les mots : « le contrat » dans les conditions prévues au second alinéa ;"}},
	})
}

// TestLegEditSubstitutedNewFirst: the older drafting's replacement with
// the new words first, "les mots : « B » sont substitués aux mots : « A »"
// ("le mot … est substitué au mot …"), is "aux mots : « A » sont
// substitués les mots : « B »" (it was not understood).
func TestLegEditSubstitutedNewFirst(t *testing.T) {
	A := []string{"Le juge signe l'acte."}
	C := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "les mots … sont substitués aux mots", before: A, text: []string{C, "1° Les mots : « le contrat » sont substitués aux mots : « l'acte » ;"},
			want: []string{"Le juge signe le contrat."}},
		{name: "two joined", before: A, text: []string{C, "1° Le mot « greffier » est substitué au mot « juge » et les mots « le contrat » sont substitués aux mots « l'acte » ;"},
			want: []string{"Le greffier signe le contrat."}},
	})
}

// TestLegEditRespectiveInsertions: new words inserted after two anchors
// "respectivement" ("après les mots : « A » et « B », sont insérés,
// respectivement, les mots : « C » et « D »") go C after A and D after B,
// as two insertions joined by "et" (it was not understood); so in
// amendments, "… insérer respectivement les mots : « C » et « D »";
// without "respectivement", how they pair is not said: refused.
func TestLegEditRespectiveInsertions(t *testing.T) {
	A := []string{"Le juge signe l'acte. Le maire le date."}
	C := "L'article L. 1 du code civil est ainsi modifié :"
	want := []string{"Le juge de paix signe l'acte. Le maire adjoint le date."}
	runGrammar(t, []grammarCase{
		{name: "sont insérés, respectivement,", before: A, text: []string{C, "1° Au premier alinéa, après les mots : « juge » et « maire », sont insérés, respectivement, les mots : « de paix » et « adjoint » ;"}, want: want},
		{name: "sont respectivement insérés", before: A, text: []string{C, "1° Au premier alinéa, après les mots : « juge » et « maire », sont respectivement insérés les mots : « de paix » et « adjoint » ;"}, want: want},
		{name: "straight quotes", before: A, text: []string{C, `1° Au premier alinéa, après les mots "juge" et "maire", sont insérés respectivement les mots "de paix" et "adjoint" ;`}, want: want},
		{name: "avant", before: A, text: []string{C, "1° Au premier alinéa, avant les mots : « signe » et « le date », sont insérés, respectivement, les mots : « seul » et « aussi » ;"},
			want: []string{"Le juge seul signe l'acte. Le maire aussi le date."}},
		{name: "without respectivement: refused", before: A, text: []string{C, "1° Au premier alinéa, après les mots : « juge » et « maire », sont insérés les mots : « de paix » et « adjoint » ;"}},
	})
	runAmendments(t, []amCase{
		{"amendment: insérer respectivement", A, "À l'alinéa 1, après les mots : « juge » et « maire », insérer respectivement les mots : « de paix » et « adjoint ».", want},
		{"amendment: insérer, respectivement,", A, "Après les mots : « juge » et « maire », insérer, respectivement, les mots : « de paix » et « adjoint ».", want},
		{"amendment: without respectivement: refused", A, "À l'alinéa 1, après les mots : « juge » et « maire », insérer les mots : « de paix » et « adjoint ».", nil},
	})
}
