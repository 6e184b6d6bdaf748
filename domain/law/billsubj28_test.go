package law

import "testing"

const subj28Art = "L1: Le juge statue. Il motive.|Second alinéa."
const subj28Two = "L2: Deux un.|Deux deux."

// TestBillSubj28PronounAfterPlace: a pronoun subject after the place
// named in the same sentence ("À l'article L. 1, il est supprimé") is
// none of it: refused (the article was deleted or rewritten whole); the
// impersonal "il est inséré" is read.
func TestBillSubj28PronounAfterPlace(t *testing.T) {
	at := "À l'article L. 1 du code civil, "
	keep := "l1: Le juge statue. Il motive.|Second alinéa. / l2: Deux un.|Deux deux."
	runRenum22(t, []renum22Case{
		{"il supprimé", []string{subj28Art, subj28Two}, []string{at + "il est supprimé."}, keep, errPronounAfterPlace28},
		{"elle abrogée", []string{subj28Art, subj28Two}, []string{at + "elle est abrogée."}, keep, errPronounAfterPlace28},
		{"ils supprimés", []string{subj28Art, subj28Two}, []string{at + "ils sont supprimés."}, keep, errPronounAfterPlace28},
		{"celui-ci rédigé", []string{subj28Art, subj28Two}, []string{at + "celui-ci est ainsi rédigé : « Neuf. »"}, keep, errPronounAfterPlace28},
		{"ce dernier complété", []string{subj28Art, subj28Two}, []string{at + "ce dernier est complété par un alinéa ainsi rédigé : « Neuf. »"}, keep, errPronounAfterPlace28},
		{"et il complété", []string{subj28Art, subj28Two}, []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « juge » est supprimé, et il est complété par une phrase ainsi rédigée : « Fin. »"}, keep, errPronounAfterPlace28},
		{"impersonal il inséré", []string{subj28Art, subj28Two}, []string{at + "après le mot : « juge », il est inséré le mot : « seul »."}, "l1: Le juge seul statue. Il motive.|Second alinéa. / l2: Deux un.|Deux deux.", nil},
	})
}

// TestBillSubj28PronounUnderHead: a pronoun opening an item stands for
// the place its head names, when it agrees with the head's participle
// ("1° L'article L. 1 est ainsi modifié :" / "a) Il est complété …");
// "Il" under "Les articles L. 1 et L. 2 sont ainsi modifiés :", "Elle"
// under an alinéa, "Ils" under one article are refused, as is a pronoun
// under no head naming a place ("2° Il est complété …" after a sibling)
// and "ce dernier".
func TestBillSubj28PronounUnderHead(t *testing.T) {
	code := "Le code civil est ainsi modifié :"
	keep := "l1: Le juge statue. Il motive.|Second alinéa. / l2: Deux un.|Deux deux."
	runRenum22(t, []renum22Case{
		{"il under an article", []string{subj28Art, subj28Two}, []string{code, "1° L'article L. 1 est ainsi modifié :", "a) Il est complété par une phrase ainsi rédigée : « Il conclut. » ;", "b) Celui-ci est complété par un alinéa ainsi rédigé : « Nouveau. »"},
			"l1: Le juge statue. Il motive.|Second alinéa. Il conclut.|Nouveau. / l2: Deux un.|Deux deux.", nil},
		{"impersonal il ajouté", []string{subj28Art, subj28Two}, []string{code, "1° L'article L. 1 est ainsi modifié :", "a) Il est ajouté un alinéa ainsi rédigé : « Nouveau. »"},
			"l1: Le juge statue. Il motive.|Second alinéa.|Nouveau. / l2: Deux un.|Deux deux.", nil},
		{"elle under a sentence", []string{subj28Art, subj28Two}, []string{code, "1° La première phrase du premier alinéa de l'article L. 1 est ainsi modifiée :", "a) Elle est complétée par le mot : « vite » ;"},
			"l1: Le juge statue vite. Il motive.|Second alinéa. / l2: Deux un.|Deux deux.", nil},
		{"il, the alinéa of each article", []string{subj28Art, subj28Two}, []string{code, "1° Les articles L. 1 et L. 2 sont ainsi modifiés :", "a) Le premier alinéa est ainsi modifié :", "- il est complété par une phrase ainsi rédigée : « Fin. »"},
			"l1: Le juge statue. Il motive. Fin.|Second alinéa. / l2: Deux un. Fin.|Deux deux.", nil},
		{"ils under two articles", []string{subj28Art, subj28Two}, []string{code, "1° Les articles L. 1 et L. 2 sont ainsi modifiés :", "a) Ils sont complétés par un alinéa ainsi rédigé : « Neuf. »"},
			"l1: Le juge statue. Il motive.|Second alinéa.|Neuf. / l2: Deux un.|Deux deux.|Neuf.", nil},
		{"il under two articles", []string{subj28Art, subj28Two}, []string{code, "1° Les articles L. 1 et L. 2 sont ainsi modifiés :", "a) Il est complété par un alinéa ainsi rédigé : « Neuf. »"}, keep, errPronounDisagrees28},
		{"il under aux articles", []string{subj28Art, subj28Two}, []string{code, "1° Aux articles L. 1 et L. 2 :", "a) Il est complété par un alinéa ainsi rédigé : « Neuf. »"}, keep, errPronounDisagrees28},
		{"il under à l'article", []string{subj28Art, subj28Two}, []string{code, "1° À l'article L. 1 :", "a) Il est complété par un alinéa ainsi rédigé : « Neuf. »"},
			"l1: Le juge statue. Il motive.|Second alinéa.|Neuf. / l2: Deux un.|Deux deux.", nil},
		{"ils under one article", []string{subj28Art, subj28Two}, []string{code, "1° L'article L. 1 est ainsi modifié :", "a) Ils sont supprimés ;"}, keep, errPronounDisagrees28},
		{"elle under an alinéa", []string{subj28Art, subj28Two}, []string{code, "1° Le premier alinéa de l'article L. 1 est ainsi modifié :", "a) Elle est complétée par le mot : « vite » ;"}, keep, errPronounDisagrees28},
		{"ce dernier under an article", []string{subj28Art, subj28Two}, []string{code, "1° L'article L. 1 est ainsi modifié :", "a) Ce dernier est complété par un alinéa ainsi rédigé : « Dix. »"}, keep, errPronounNoPlace28},
		{"il after a sibling", []string{subj28Art, subj28Two}, []string{code, "1° L'article L. 1 est complété par un alinéa ainsi rédigé : « Trois. » ;", "2° Il est complété par un alinéa ainsi rédigé : « Quatre. »"},
			"l1: Le juge statue. Il motive.|Second alinéa.|Trois. / l2: Deux un.|Deux deux.", errPronounNoPlace28},
		{"il opening the article", []string{subj28Art, subj28Two}, []string{"Il est abrogé."}, keep, errPronounNoPlace28},
	})
}

// TestBillSubj28ThisSame: "ce même article", "à ce même alinéa", "de ce
// même 2°", "cette même phrase" are read as "le même …" ("au même …",
// "du même …", "la même …"), with its refusals (none before, several);
// inside a quotation they are the new text's words.
func TestBillSubj28ThisSame(t *testing.T) {
	code := "Le code civil est ainsi modifié :"
	art := "L1: Le juge statue. Il motive.|Second alinéa.|1° Un ;|2° Deux."
	runRenum22(t, []renum22Case{
		{"ce même article, alinéa, phrase", []string{art}, []string{code,
			"1° L'article L. 1 est complété par un alinéa ainsi rédigé : « Trois. » ;",
			"2° Ce même article est complété par un alinéa ainsi rédigé : « Quatre. » ;",
			"3° Au premier alinéa de ce même article, le mot : « juge » est remplacé par le mot : « tribunal » ;",
			"4° À ce même alinéa, le mot : « statue » est remplacé par le mot : « dit » ;",
			"5° La première phrase de ce même alinéa est complétée par le mot : « vite » ;",
			"6° À cette même phrase, le mot : « vite » est remplacé par le mot : « tôt »."},
			"l1: Le tribunal dit tôt. Il motive.|Second alinéa.|1° Un ;|2° Deux.|Trois.|Quatre.", nil},
		{"ce même 2°", []string{art}, []string{code,
			"1° Au 2° de l'article L. 1, le mot : « Deux » est remplacé par le mot : « Dos » ;",
			"2° Ce même 2° est complété par les mots : « et trois »."},
			"l1: Le juge statue. Il motive.|Second alinéa.|1° Un ;|2° Dos et trois.", nil},
		{"ce même article after two", []string{art, subj28Two}, []string{code,
			"1° Les articles L. 1 et L. 2 sont complétés par un alinéa ainsi rédigé : « Trois. » ;",
			"2° Ce même article est complété par un alinéa ainsi rédigé : « Quatre. »"},
			"l1: Le juge statue. Il motive.|Second alinéa.|1° Un ;|2° Deux.|Trois. / l2: Deux un.|Deux deux.|Trois.", errSameUnresolved22},
		{"ce même article after none", []string{art}, []string{"Ce même article est abrogé."},
			"l1: Le juge statue. Il motive.|Second alinéa.|1° Un ;|2° Deux.", errSameUnresolved22},
		{"in a quotation", []string{art}, []string{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé : « Ce même article vaut. »"},
			"l1: Le juge statue. Il motive.|Second alinéa.|1° Un ;|2° Deux.|Ce même article vaut.", nil},
	})
}
