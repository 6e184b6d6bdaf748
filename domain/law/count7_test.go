package law

import "testing"

// Probes of counting on the target text — sentences, alinéas, items, as
// the law counts them — on short invented texts, each checked by hand:
// those the engine reads right are kept as guards, with those the
// rules in count7.go fixed (docs/LAW.md, "Counting on the target text").

// count7Del deletes the sentence named (which) of article L. 1.
func count7Del(which string) []string {
	return []string{which + " de l'article L. 1 du code civil est supprimée."}
}

func TestCount7ProbeSentences(t *testing.T) {
	d2 := count7Del("La deuxième phrase")
	dl := count7Del("La dernière phrase")
	d1 := count7Del("La première phrase")
	runGrammar(t, []grammarCase{
		{name: "L. 123-4.", before: []string{"Le maire applique l'article L. 123-4. Il signe. Il date."}, text: d2, want: []string{"Le maire applique l'article L. 123-4. Il date."}},
		{name: "art. 3", before: []string{"Il applique l'art. 3 du décret. Il signe."}, text: dl, want: []string{"Il applique l'art. 3 du décret."}},
		{name: "MM. Dupont", before: []string{"MM. Dupont et Durand signent. Ils datent."}, text: dl, want: []string{"MM. Dupont et Durand signent."}},
		{name: "etc. ends", before: []string{"Il fournit les pièces, titres, etc. Le maire signe."}, text: d1, want: []string{"Le maire signe."}},
		{name: "n° 78-17 du 6 janvier 1978.", before: []string{"Il applique la loi n° 78-17 du 6 janvier 1978. Il signe."}, text: dl, want: []string{"Il applique la loi n° 78-17 du 6 janvier 1978."}},
		{name: "1er janv. 2020", before: []string{"Il paie avant le 1er janv. 2020. Il signe."}, text: dl, want: []string{"Il paie avant le 1er janv. 2020."}},
		{name: "p. 12", before: []string{"Voir le rapport, p. 12. Il signe."}, text: dl, want: []string{"Voir le rapport, p. 12."}},
		{name: "c.-à-d.", before: []string{"Il signe, c.-à-d. il appose sa marque. Il date."}, text: dl, want: []string{"Il signe, c.-à-d. il appose sa marque."}},
		{name: "(1).", before: []string{"Il signe (1). Il date."}, text: dl, want: []string{"Il signe (1)."}},
		{name: "? ends", before: []string{"Qui signe ? Le maire signe. Il date."}, text: d2, want: []string{"Qui signe ? Il date."}},
		{name: "! ends", before: []string{"Il signe ! Il date."}, text: dl, want: []string{"Il signe !"}},
		{name: ": does not end", before: []string{"Il signe. Il précise : Le maire signe."}, text: dl, want: []string{"Il signe."}},
		{name: "». ends", before: []string{"Il porte la mention « lu et approuvé ». Il signe. Il date."}, text: d2, want: []string{"Il porte la mention « lu et approuvé ». Il date."}},
		{name: "). ends", before: []string{"Il signe (voir l'annexe). Il date."}, text: dl, want: []string{"Il signe (voir l'annexe)."}},
		{name: "(art. 3).", before: []string{"Il signe (art. 3). Il date."}, text: dl, want: []string{"Il signe (art. 3)."}},
		{name: "(cf. art. L. 3).", before: []string{"Il signe (cf. art. L. 3). Il date."}, text: dl, want: []string{"Il signe (cf. art. L. 3)."}},
		{name: "ellipsis char", before: []string{"Il signe… Il date."}, text: dl, want: []string{"Il signe…"}},
		{name: "three dots", before: []string{"Il signe... Il date."}, text: dl, want: []string{"Il signe..."}},
		{name: "les deux dernières phrases", before: []string{"Il signe. Il date. Il remet."}, text: []string{"Les deux dernières phrases de l'article L. 1 du code civil sont supprimées."}, want: []string{"Il signe."}},
		{name: "à la deuxième phrase, words", before: []string{"Il signe et date. Il date. Il date."}, text: []string{"À la deuxième phrase de l'article L. 1 du code civil, le mot : « date » est remplacé par le mot : « remet »."}, want: []string{"Il signe et date. Il remet. Il date."}},
		{name: "du 1° du I.", before: []string{"Il vise le 1° du I. Il signe."}, text: dl, want: []string{"Il vise le 1° du I."}},
		{name: "M. after a period", before: []string{"Il signe le 1er janvier. M. le maire date."}, text: dl, want: []string{"Il signe le 1er janvier."}},
		{name: "(C. civ.).", before: []string{"Il vise le code (C. civ.). Il date."}, text: dl, want: []string{"Il vise le code (C. civ.)."}},
		{name: "nbsp after period", before: []string{"Il signe.\u00a0Il date."}, text: dl, want: []string{"Il signe."}},
		{name: "nbsp before ?", before: []string{"Qui signe\u00a0? Le maire. Il date."}, text: d2, want: []string{"Qui signe\u00a0? Il date."}},
		{name: "R. 12-1. ends", before: []string{"Le taux est fixé par l'article R. 12-1. Il signe."}, text: dl, want: []string{"Le taux est fixé par l'article R. 12-1."}},
		{name: "10 %.", before: []string{"Le taux est de 10 %. Il signe."}, text: dl, want: []string{"Le taux est de 10 %."}},
		{name: "1.5 decimals", before: []string{"Il paie 1.5 euros. Il signe."}, text: dl, want: []string{"Il paie 1.5 euros."}},
		{name: "À accented capital", before: []string{"Il signe. À défaut, il date."}, text: dl, want: []string{"Il signe."}},
		{name: "É accented capital", before: []string{"Il signe. État et communes datent."}, text: dl, want: []string{"Il signe."}},
		{name: "avant-dernière", before: []string{"Il signe. Il date. Il remet."}, text: count7Del("L'avant-dernière phrase"), want: []string{"Il signe. Il remet."}},
		{name: "la troisième phrase of two refused", before: []string{"Il signe. Il date."}, text: count7Del("La troisième phrase"), want: nil},
		{name: "sentence 2 of 2nd alinéa", before: []string{"Il signe. Il date.", "Il remet. Il note."}, text: []string{"La deuxième phrase du deuxième alinéa de l'article L. 1 du code civil est supprimée."}, want: []string{"Il signe. Il date.", "Il remet."}},
		{name: "Mme", before: []string{"Mme Durand signe. Elle date."}, text: dl, want: []string{"Mme Durand signe."}},
		{name: "Me X", before: []string{"Il voit Me. Durand. Il date."}, text: dl, want: []string{"Il voit Me. Durand."}},
		{name: "S.A. mid", before: []string{"La société X S.A. Paris signe. Il date."}, text: dl, want: []string{"La société X S.A. Paris signe."}},
	})
}

func TestCount7ProbeBatch2(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "nbsp: words of sentence 2 not in sentence 1", before: []string{"Il signe.\u00a0Il date."}, text: []string{"À la première phrase de l'article L. 1 du code civil, le mot : « date » est remplacé par le mot : « remet »."}, want: nil},
		{name: "nbsp: rewrite sentence 2", before: []string{"Il signe.\u00a0Il date."}, text: []string{"La seconde phrase de l'article L. 1 du code civil est ainsi rédigée : « Il remet. »"}, want: []string{"Il signe.\u00a0Il remet."}},
		{name: "nbsp: insert after sentence 1", before: []string{"Il signe.\u00a0Il date."}, text: []string{"Après la première phrase de l'article L. 1 du code civil, est insérée une phrase ainsi rédigée : « Il lit. »"}, want: []string{"Il signe. Il lit.\u00a0Il date."}},
		{name: "nbsp: delete first", before: []string{"Il signe.\u00a0Il date."}, text: count7Del("La première phrase"), want: []string{"Il date."}},
		{name: "ellipsis: words in sentence 1", before: []string{"Il signe… Il date."}, text: []string{"À la première phrase de l'article L. 1 du code civil, le mot : « date » est remplacé par le mot : « remet »."}, want: nil},
		{name: "ellipsis mid sentence lower", before: []string{"Il signe… puis date. Il remet."}, text: count7Del("La dernière phrase"), want: []string{"Il signe… puis date."}},
		{name: "(…) then capital", before: []string{"Il signe (…) Le maire date. Il remet."}, text: count7Del("La dernière phrase"), want: []string{"Il signe (…) Le maire date."}},
		{name: "complete the last sentence", before: []string{"Il signe. Il date."}, text: []string{"La dernière phrase de l'article L. 1 du code civil est complétée par les mots : « et remet »."}, want: []string{"Il signe. Il date et remet."}},
		{name: "complete the alinéa by a sentence after ellipsis", before: []string{"Il signe…"}, text: []string{"L'article L. 1 du code civil est complété par une phrase ainsi rédigée : « Il date. »"}, want: []string{"Il signe… Il date."}},
		{name: "sentence in item 2°", before: []string{"Le maire :", "1° Signe. Il date ;", "2° Remet. Il note."}, text: []string{"La seconde phrase du 2° de l'article L. 1 du code civil est supprimée."}, want: []string{"Le maire :", "1° Signe. Il date ;", "2° Remet."}},
		{name: "first sentence of a labeled part keeps the label", before: []string{"I. – Il signe. Il date.", "II. – Il remet."}, text: []string{"La première phrase du I de l'article L. 1 du code civil est supprimée."}, want: []string{"I. – Il date.", "II. – Il remet."}},
		{name: "dernière phrase of a part of several alinéas: its last alinéa's", before: []string{"I. – Il signe. Il date.", "Il remet. Il note.", "II. – Il lit."}, text: []string{"La dernière phrase du I de l'article L. 1 du code civil est supprimée."}, want: []string{"I. – Il signe. Il date.", "Il remet.", "II. – Il lit."}},
	})
}

func TestCount7ProbeAlineas(t *testing.T) {
	dash := []string{"Le maire :", "– signe ;", "– date.", "Il remet."}
	items := []string{"Le maire :", "1° Signe ;", "a) vite ;", "b) bien ;", "2° Date.", "Il remet."}
	runGrammar(t, []grammarCase{
		{name: "dash lines are alinéas", before: dash, text: []string{"Le troisième alinéa de l'article L. 1 du code civil est supprimé."}, want: []string{"Le maire :", "– signe.", "Il remet."}},
		{name: "hyphen dash lines are alinéas", before: []string{"Le maire :", "- signe ;", "- date.", "Il remet."}, text: []string{"Au troisième alinéa de l'article L. 1 du code civil, le mot : « date » est remplacé par le mot : « note »."}, want: []string{"Le maire :", "- signe ;", "- note.", "Il remet."}},
		{name: "le dernier alinéa before a Nota", before: []string{"Il signe.", "Il date.", "NOTA :", "Voir le décret."}, text: []string{"Le dernier alinéa de l'article L. 1 du code civil est supprimé."}, want: []string{"Il signe.", "NOTA :", "Voir le décret."}},
		{name: "Nota on one line", before: []string{"Il signe.", "Il date.", "Nota : Voir le décret."}, text: []string{"Au dernier alinéa de l'article L. 1 du code civil, le mot : « date » est remplacé par le mot : « note »."}, want: []string{"Il signe.", "Il note.", "Nota : Voir le décret."}},
		{name: "l'avant-dernier alinéa before a Nota", before: []string{"Il signe.", "Il date.", "Il remet.", "Nota : Voir le décret."}, text: []string{"L'avant-dernier alinéa de l'article L. 1 du code civil est supprimé."}, want: []string{"Il signe.", "Il remet.", "Nota : Voir le décret."}},
		{name: "item lines count: the third alinéa is a)", before: items, text: []string{"Le troisième alinéa de l'article L. 1 du code civil est supprimé."}, want: []string{"Le maire :", "1° Signe ;", "b) bien ;", "2° Date.", "Il remet."}},
		{name: "item lines count: the fifth alinéa is 2°", before: items, text: []string{"Au cinquième alinéa de l'article L. 1 du code civil, le mot : « Date » est remplacé par le mot : « Note »."}, want: []string{"Le maire :", "1° Signe ;", "a) vite ;", "b) bien ;", "2° Note.", "Il remet."}},
		{name: "le dernier alinéa after items", before: items, text: []string{"Au dernier alinéa de l'article L. 1 du code civil, le mot : « remet » est remplacé par le mot : « note »."}, want: []string{"Le maire :", "1° Signe ;", "a) vite ;", "b) bien ;", "2° Date.", "Il note."}},
		{name: "avant-dernier alinéa", before: []string{"Il signe.", "Il date.", "Il remet."}, text: []string{"L'avant-dernier alinéa de l'article L. 1 du code civil est supprimé."}, want: []string{"Il signe.", "Il remet."}},
		{name: "the third alinéa of two refused", before: []string{"Il signe.", "Il date."}, text: []string{"Le troisième alinéa de l'article L. 1 du code civil est supprimé."}, want: nil},
		{name: "table rows", before: []string{"Le tarif est :", "| A | B |", "| 1 | 2 |", "Il signe."}, text: []string{"Au dernier alinéa de l'article L. 1 du code civil, le mot : « signe » est remplacé par le mot : « date »."}, want: []string{"Le tarif est :", "| A | B |", "| 1 | 2 |", "Il date."}},
		{name: "second sentence of the third alinéa with items", before: items, text: []string{"Au dernier alinéa de l'article L. 1 du code civil, il est ajouté une phrase ainsi rédigée : « Il note. »"}, want: []string{"Le maire :", "1° Signe ;", "a) vite ;", "b) bien ;", "2° Date.", "Il remet. Il note."}},
		{name: "premier alinéa du 1° on its line", before: items, text: []string{"Au premier alinéa du 1° de l'article L. 1 du code civil, le mot : « Signe » est remplacé par le mot : « Vise »."}, want: []string{"Le maire :", "1° Vise ;", "a) vite ;", "b) bien ;", "2° Date.", "Il remet."}},
		{name: "deuxième alinéa du 1° is a)", before: items, text: []string{"Le deuxième alinéa du 1° de l'article L. 1 du code civil est supprimé."}, want: []string{"Le maire :", "1° Signe ;", "b) bien ;", "2° Date.", "Il remet."}},
		{name: "dernier alinéa du 1° is b)", before: items, text: []string{"Au dernier alinéa du 1° de l'article L. 1 du code civil, le mot : « bien » est remplacé par le mot : « mal »."}, want: []string{"Le maire :", "1° Signe ;", "a) vite ;", "b) mal ;", "2° Date.", "Il remet."}},
	})
}

func TestCount7ProbeItems(t *testing.T) {
	flat := []string{"Le maire :", "1° Signe ;", "2° Date.", "Il remet."}
	parts := []string{"I. – Le maire :", "1° Signe ;", "2° Date.", "II. – Le préfet :", "1° Vise ;", "2° Note."}
	subs := []string{"Le maire :", "1° Le préfet :", "a) vise ;", "b) note ;", "2° Le juge :", "a) vise ;", "b) juge."}
	long3 := []string{"Le maire :", "1° Signe ;", "2° Date ;", "3° Le préfet :", "– vise ;", "– note ;", "4° Remet."}
	runGrammar(t, []grammarCase{
		{name: "au 2° du I, no I", before: flat, text: []string{"Au 2° du I de l'article L. 1 du code civil, le mot : « Date » est remplacé par le mot : « Note »."}, want: nil},
		{name: "au 2° du II", before: parts, text: []string{"Au 2° du II de l'article L. 1 du code civil, le mot : « Note » est remplacé par le mot : « Juge »."}, want: []string{"I. – Le maire :", "1° Signe ;", "2° Date.", "II. – Le préfet :", "1° Vise ;", "2° Juge."}},
		{name: "au 2° du I", before: parts, text: []string{"Le 2° du I de l'article L. 1 du code civil est supprimé."}, want: []string{"I. – Le maire :", "1° Signe ;", "2° (Abrogé).", "II. – Le préfet :", "1° Vise ;", "2° Note."}},
		{name: "au 2°, two 2° refused", before: parts, text: []string{"Au 2° de l'article L. 1 du code civil, le mot : « Note » est remplacé par le mot : « Juge »."}, want: nil},
		{name: "au a du 2°", before: subs, text: []string{"Au a du 2° de l'article L. 1 du code civil, le mot : « vise » est remplacé par le mot : « lit »."}, want: []string{"Le maire :", "1° Le préfet :", "a) vise ;", "b) note ;", "2° Le juge :", "a) lit ;", "b) juge."}},
		{name: "au a, two a refused", before: subs, text: []string{"Au a de l'article L. 1 du code civil, le mot : « vise » est remplacé par le mot : « lit »."}, want: nil},
		{name: "le dernier alinéa du 3°", before: long3, text: []string{"Le dernier alinéa du 3° de l'article L. 1 du code civil est supprimé."}, want: []string{"Le maire :", "1° Signe ;", "2° Date ;", "3° Le préfet :", "– vise ;", "4° Remet."}},
		{name: "le deuxième alinéa du 3°", before: long3, text: []string{"Au deuxième alinéa du 3° de l'article L. 1 du code civil, le mot : « vise » est remplacé par le mot : « lit »."}, want: []string{"Le maire :", "1° Signe ;", "2° Date ;", "3° Le préfet :", "– lit ;", "– note ;", "4° Remet."}},
		{name: "le 3° completed by an alinéa", before: long3, text: []string{"Le 3° de l'article L. 1 du code civil est complété par un alinéa ainsi rédigé : « – juge ; »"}, want: []string{"Le maire :", "1° Signe ;", "2° Date ;", "3° Le préfet :", "– vise ;", "– note ;", "– juge ;", "4° Remet."}},
		{name: "le dernier alinéa du 3°, the list's last item takes the alinéa after it", before: []string{"Le maire :", "1° Signe ;", "2° Date ;", "3° Le préfet :", "– vise ;", "– note.", "Il remet."}, text: []string{"Le dernier alinéa du 3° de l'article L. 1 du code civil est supprimé."}, want: []string{"Le maire :", "1° Signe ;", "2° Date ;", "3° Le préfet :", "– vise ;", "– note."}},
		{name: "le deuxième tiret du 3°", before: long3, text: []string{"Au deuxième tiret du 3° de l'article L. 1 du code civil, le mot : « note » est remplacé par le mot : « lit »."}, want: []string{"Le maire :", "1° Signe ;", "2° Date ;", "3° Le préfet :", "– vise ;", "– lit ;", "4° Remet."}},
		{name: "la deuxième phrase du 3° on its line", before: []string{"Le maire :", "1° Signe ;", "3° Vise. Il note ;", "Il juge."}, text: []string{"La seconde phrase du 3° de l'article L. 1 du code civil est supprimée."}, want: []string{"Le maire :", "1° Signe ;", "3° Vise ;", "Il juge."}},
	})
}

func TestCount7ProbeAmendments(t *testing.T) {
	bill := []string{"I. – L'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1. – Il signe, etc. Il date. Il remet.", "« Le maire applique l'article L. 123-4. Il note. »", "II. – Le présent article entre en vigueur le 1er janv. 2030. Il est applicable outre-mer."}
	runAmendments(t, []amCase{
		{"Alinéa 2, deuxième phrase: delete", bill, "Alinéa 2, deuxième phrase\nSupprimer cette phrase.",
			[]string{bill[0], "« Art. L. 1. – Il signe, etc. Il remet.", bill[2], bill[3]}},
		{"Alinéa 2, dernière phrase: words", bill, "Alinéa 2, dernière phrase\nRemplacer le mot :\nremet\npar le mot :\nlit",
			[]string{bill[0], "« Art. L. 1. – Il signe, etc. Il date. Il lit.", bill[2], bill[3]}},
		{"Alinéa 3, seconde phrase: after L. 123-4.", bill, "Alinéa 3, seconde phrase\nRédiger ainsi cette phrase :\nIl lit.",
			[]string{bill[0], bill[1], "« Le maire applique l'article L. 123-4. Il lit. »", bill[3]}},
		{"Alinéa 3, première phrase: delete", bill, "Alinéa 3, première phrase\nSupprimer cette phrase.",
			[]string{bill[0], bill[1], "« Il note. »", bill[3]}},
		{"Alinéa 4, seconde phrase after janv.", bill, "Alinéa 4, seconde phrase\nSupprimer cette phrase.",
			[]string{bill[0], bill[1], bill[2], "II. – Le présent article entre en vigueur le 1er janv. 2030."}},
		{"Alinéa 4, troisième phrase refused", bill, "Alinéa 4, troisième phrase\nSupprimer cette phrase.", nil},
		{"À l'alinéa 2, deuxième phrase, substituer", bill, "À l'alinéa 2, deuxième phrase, substituer au mot : « date » le mot : « lit ».",
			[]string{bill[0], "« Art. L. 1. – Il signe, etc. Il lit. Il remet.", bill[2], bill[3]}},
		{"À la première phrase de l'alinéa 2, word only in the second refused", bill, "À la première phrase de l'alinéa 2, remplacer le mot : « date » par le mot : « lit ».", nil},
		{"Après la première phrase de l'alinéa 2, insérer une phrase", bill, "Alinéa 2\nAprès la première phrase, insérer une phrase ainsi rédigée :\nIl lit.",
			[]string{bill[0], "« Art. L. 1. – Il signe, etc. Il lit. Il date. Il remet.", bill[2], bill[3]}},
		{"Alinéa 2, les deux dernières phrases", bill, "Alinéa 2, deux dernières phrases\nSupprimer ces phrases.",
			[]string{bill[0], "« Art. L. 1. – Il signe, etc.", bill[2], bill[3]}},
		{"Alinéa 3, compléter par une phrase", bill, "Alinéa 3\nCompléter cet alinéa par une phrase ainsi rédigée :\nIl lit.",
			[]string{bill[0], bill[1], "« Le maire applique l'article L. 123-4. Il note. Il lit. »", bill[3]}},
		{"Alinéa 2, première phrase rewritten keeps the heading", bill, "Alinéa 2, première phrase\nRédiger ainsi cette phrase :\nIl lit.",
			[]string{bill[0], "« Art. L. 1. – Il lit. Il date. Il remet.", bill[2], bill[3]}},
	})
}

func TestCount7ProbeMore(t *testing.T) {
	dl := count7Del("La dernière phrase")
	runGrammar(t, []grammarCase{
		{name: "catégorie B.", before: []string{"Il relève de la catégorie B. Il date."}, text: dl, want: []string{"Il relève de la catégorie B."}},
		{name: "annexe A.", before: []string{"Le tarif figure à l'annexe A. Il date."}, text: dl, want: []string{"Le tarif figure à l'annexe A."}},
		{name: "l’annexe C. (curly elision)", before: []string{"Le tarif figure à l’annexe C. Il date."}, text: dl, want: []string{"Le tarif figure à l’annexe C."}},
		{name: "catégories A et B.", before: []string{"Il relève des catégories A et B. Il date."}, text: dl, want: []string{"Il relève des catégories A et B."}},
		{name: "la catégorie B. then an initial stays one", before: []string{"Il relève de la catégorie B. C. Dupont signe. Il date."}, text: dl, want: []string{"Il relève de la catégorie B. C. Dupont signe."}},
		{name: "« lower case stays one", before: []string{"Il signe. « lu » est écrit. Il date."}, text: dl, want: []string{"Il signe. « lu » est écrit."}},
		{name: "signé par J. Dupont", before: []string{"Le contrat est signé par J. Dupont et daté. Il remet."}, text: dl, want: []string{"Le contrat est signé par J. Dupont et daté."}},
		{name: ". « starts a sentence", before: []string{"Il signe. « Lu » est écrit."}, text: dl, want: []string{"Il signe."}},
		{name: "au 2° du I, the I's line opens the list", before: []string{"I. – 1° Signe ;", "2° Date.", "II. – Texte."}, text: []string{"Au 2° du I de l'article L. 1 du code civil, le mot : « Date » est remplacé par le mot : « Note »."}, want: []string{"I. – 1° Signe ;", "2° Note.", "II. – Texte."}},
		{name: "au 1 du I, numbered paragraphs", before: []string{"I. – Le maire :", "1. Signe ;", "2. Date.", "II. – Texte."}, text: []string{"Au 2 du I de l'article L. 1 du code civil, le mot : « Date » est remplacé par le mot : « Note »."}, want: []string{"I. – Le maire :", "1. Signe ;", "2. Note.", "II. – Texte."}},
		{name: "le deuxième alinéa du II", before: []string{"I. – Il signe.", "Il date.", "II. – Il remet.", "Il note."}, text: []string{"Le deuxième alinéa du II de l'article L. 1 du code civil est supprimé."}, want: []string{"I. – Il signe.", "Il date.", "II. – Il remet."}},
		{name: "le troisième alinéa du I of two refused", before: []string{"I. – Il signe.", "Il date.", "II. – Il remet.", "Il note."}, text: []string{"Le troisième alinéa du I de l'article L. 1 du code civil est supprimé."}, want: nil},
		{name: "la deuxième phrase du deuxième alinéa du II", before: []string{"I. – Il signe.", "II. – Il remet.", "Il note. Il lit."}, text: []string{"La seconde phrase du deuxième alinéa du II de l'article L. 1 du code civil est supprimée."}, want: []string{"I. – Il signe.", "II. – Il remet.", "Il note."}},
		{name: "la première phrase du premier alinéa du II: label kept", before: []string{"I. – Il signe.", "II. – Il remet. Il lit.", "Il note."}, text: []string{"La première phrase du premier alinéa du II de l'article L. 1 du code civil est supprimée."}, want: []string{"I. – Il signe.", "II. – Il lit.", "Il note."}},
		{name: "le dernier alinéa du a du 1°", before: []string{"1° Le maire :", "a) Le préfet :", "– vise ;", "– note ;", "b) juge.", "2° Il lit."}, text: []string{"Le dernier alinéa du a du 1° de l'article L. 1 du code civil est supprimé."}, want: []string{"1° Le maire :", "a) Le préfet :", "– vise ;", "b) juge.", "2° Il lit."}},
		{name: "la dernière phrase du b", before: []string{"Le maire :", "a) Il vise ;", "b) Il note. Il lit."}, text: []string{"La dernière phrase du b de l'article L. 1 du code civil est supprimée."}, want: []string{"Le maire :", "a) Il vise ;", "b) Il note."}},
		{name: "les deux derniers alinéas", before: []string{"Il signe.", "Il date.", "Il remet.", "NOTA : Voir."}, text: []string{"Les deux derniers alinéas de l'article L. 1 du code civil sont supprimés."}, want: []string{"Il signe.", "NOTA : Voir."}},
		{name: "les deuxième à avant-dernier alinéas", before: []string{"Il signe.", "Il date.", "Il remet.", "Il note."}, text: []string{"Les deuxième à avant-dernier alinéas de l'article L. 1 du code civil sont supprimés."}, want: []string{"Il signe.", "Il note."}},
		{name: "la première phrase of a dash item keeps the dash", before: []string{"Le maire :", "– vise. Il lit ;", "– note."}, text: []string{"La première phrase du deuxième alinéa de l'article L. 1 du code civil est supprimée."}, want: []string{"Le maire :", "– Il lit ;", "– note."}},
	})
}

func TestCount7ProbeHarder(t *testing.T) {
	dl := count7Del("La dernière phrase")
	d2 := count7Del("La deuxième phrase")
	runGrammar(t, []grammarCase{
		{name: "an HTML table is one alinéa", before: []string{"Le tarif est :", "<table>\n<tr>\n<td>A</td>\n</tr>\n</table>", "Il signe."}, text: []string{"Au troisième alinéa de l'article L. 1 du code civil, le mot : « signe » est remplacé par le mot : « date »."}, want: []string{"Le tarif est :", "<table>\n<tr>\n<td>A</td>\n</tr>\n</table>", "Il date."}},
		{name: "a placeholder item is an alinéa", before: []string{"Le maire :", "1° (Abrogé) ;", "2° Signe."}, text: []string{"Au troisième alinéa de l'article L. 1 du code civil, le mot : « Signe » est remplacé par le mot : « Date »."}, want: []string{"Le maire :", "1° (Abrogé) ;", "2° Date."}},
		{name: "inline a) b) are no alinéas nor sentences", before: []string{"Il fixe : a) le taux ; b) la durée. Il date."}, text: dl, want: []string{"Il fixe : a) le taux ; b) la durée."}},
		{name: "? then lower case: one sentence", before: []string{"Il vérifie si le maire signe ? et date. Il remet."}, text: dl, want: []string{"Il vérifie si le maire signe ? et date."}},
		{name: "question then answer", before: []string{"Qui signe ? Le maire. Il date."}, text: []string{"À la deuxième phrase de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Qui signe ? Le préfet. Il date."}},
		{name: "« … » then period and capital", before: []string{"Il écrit « lu et approuvé ». Il signe."}, text: d2, want: []string{"Il écrit « lu et approuvé »."}},
		{name: "numbered line 1. is a label, not a sentence", before: []string{"1. Il signe. Il date."}, text: count7Del("La première phrase"), want: []string{"1. Il date."}},
		{name: "item 1° with two sentences, last deleted keeps ;", before: []string{"Le maire :", "1° Signe. Il date ;", "2° Remet."}, text: []string{"La dernière phrase du 1° de l'article L. 1 du code civil est supprimée."}, want: []string{"Le maire :", "1° Signe ;", "2° Remet."}},
		{name: "words at the second sentence of the second alinéa", before: []string{"Il signe. Il date.", "Il signe. Il date."}, text: []string{"À la seconde phrase du second alinéa de l'article L. 1 du code civil, le mot : « date » est remplacé par le mot : « lit »."}, want: []string{"Il signe. Il date.", "Il signe. Il lit."}},
		{name: "la première phrase du dernier alinéa", before: []string{"Il signe.", "Il remet. Il date."}, text: []string{"La première phrase du dernier alinéa de l'article L. 1 du code civil est supprimée."}, want: []string{"Il signe.", "Il date."}},
		{name: "la dernière phrase de l'avant-dernier alinéa", before: []string{"Il signe. Il lit.", "Il remet. Il date.", "Il note."}, text: []string{"La dernière phrase de l'avant-dernier alinéa de l'article L. 1 du code civil est supprimée."}, want: []string{"Il signe. Il lit.", "Il remet.", "Il note."}},
		{name: "les deux premières phrases", before: []string{"Il signe. Il date. Il remet."}, text: []string{"Les deux premières phrases de l'article L. 1 du code civil sont supprimées."}, want: []string{"Il remet."}},
		{name: "les deuxième et troisième phrases", before: []string{"Il signe. Il date. Il remet. Il lit."}, text: []string{"Les deuxième et troisième phrases de l'article L. 1 du code civil sont supprimées."}, want: []string{"Il signe. Il lit."}},
		{name: "la dernière phrase of an article: its last alinéa's", before: []string{"Il signe. Il lit.", "Il remet. Il date."}, text: dl, want: []string{"Il signe. Il lit.", "Il remet."}},
	})
}

func TestCount7ProbeItemsMore(t *testing.T) {
	restart := []string{"1° Le maire :", "a) signe ;", "2° Le préfet :", "a) vise ;", "b) note."}
	runGrammar(t, []grammarCase{
		{name: "le b du 1°, the 1° has none", before: restart, text: []string{"Au b du 1° de l'article L. 1 du code civil, le mot : « note » est remplacé par le mot : « lit »."}, want: nil},
		{name: "le b, one b only", before: restart, text: []string{"Au b de l'article L. 1 du code civil, le mot : « note » est remplacé par le mot : « lit »."}, want: []string{"1° Le maire :", "a) signe ;", "2° Le préfet :", "a) vise ;", "b) lit."}},
		{name: "le dernier alinéa du 3°, an unnumbered alinéa before the 4°", before: []string{"Le maire :", "3° Le préfet :", "Il vise ;", "4° Il lit."}, text: []string{"Le dernier alinéa du 3° de l'article L. 1 du code civil est supprimé."}, want: []string{"Le maire :", "3° Le préfet :", "4° Il lit."}},
		{name: "1° bis counts as an alinéa", before: []string{"Le maire :", "1° Signe ;", "1° bis Date ;", "2° Remet."}, text: []string{"Au quatrième alinéa de l'article L. 1 du code civil, le mot : « Remet » est remplacé par le mot : « Lit »."}, want: []string{"Le maire :", "1° Signe ;", "1° bis Date ;", "2° Lit."}},
		{name: "au 1° bis", before: []string{"Le maire :", "1° Signe ;", "1° bis Date ;", "2° Remet."}, text: []string{"Au 1° bis de l'article L. 1 du code civil, le mot : « Date » est remplacé par le mot : « Lit »."}, want: []string{"Le maire :", "1° Signe ;", "1° bis Lit ;", "2° Remet."}},
		{name: "au 2° du A du I", before: []string{"I. – A. – Le maire :", "1° Signe ;", "2° Date ;", "B. – Le préfet :", "1° Vise ;", "2° Note.", "II. – Texte."}, text: []string{"Au 2° du B du I de l'article L. 1 du code civil, le mot : « Note » est remplacé par le mot : « Lit »."}, want: []string{"I. – A. – Le maire :", "1° Signe ;", "2° Date ;", "B. – Le préfet :", "1° Vise ;", "2° Lit.", "II. – Texte."}},
		{name: "le dernier alinéa du I where it is an item", before: []string{"I. – Le maire :", "1° Signe ;", "2° Date.", "II. – Texte."}, text: []string{"Au dernier alinéa du I de l'article L. 1 du code civil, le mot : « Date » est remplacé par le mot : « Lit »."}, want: []string{"I. – Le maire :", "1° Signe ;", "2° Lit.", "II. – Texte."}},
		{name: "le deuxième alinéa du 2°, the 2° has one", before: []string{"Le maire :", "1° Signe ;", "2° Date.", "Il remet."}, text: []string{"Le deuxième alinéa du 2° de l'article L. 1 du code civil est supprimé."}, want: []string{"Le maire :", "1° Signe ;", "2° Date."}},
	})
	bill := []string{"I. – Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Le mot : « a » est remplacé par le mot : « b » ;", "b) Il est ajouté une phrase ainsi rédigée : « Il signe. Il date. » ;", "2° L'article L. 2 est abrogé.", "II. – Le présent article entre en vigueur en 2030. Il s'applique outre-mer."}
	runAmendments(t, []amCase{
		{"Alinéa 4 counts item lines", bill, "Alinéa 4\nSupprimer cet alinéa.", []string{bill[0], bill[1], bill[2], "b) (Supprimé)", bill[4], bill[5]}},
		{"Alinéa 6, seconde phrase", bill, "Alinéa 6, seconde phrase\nSupprimer cette phrase.", []string{bill[0], bill[1], bill[2], bill[3], bill[4], "II. – Le présent article entre en vigueur en 2030."}},
		{"Alinéa 6, dernière phrase nbsp", []string{"I. – Texte.", "II. – Il signe.\u00a0Il date."}, "Alinéa 2, dernière phrase\nSupprimer cette phrase.", []string{"I. – Texte.", "II. – Il signe."}},
		{"Alinéa 4, the quoted sentences are not the bill's", bill, "Alinéa 4, seconde phrase\nSupprimer cette phrase.", nil},
	})
}

func TestCount7ProbeLabels(t *testing.T) {
	dl := count7Del("La dernière phrase")
	d1 := count7Del("La première phrase")
	runGrammar(t, []grammarCase{
		{name: "la lettre A.", before: []string{"Il remplit la case de la lettre A. Il date."}, text: dl, want: []string{"Il remplit la case de la lettre A."}},
		{name: "publié au J.O.", before: []string{"Le décret est publié au J.O. Il s'applique."}, text: dl, want: []string{"Le décret est publié au J.O."}},
		{name: "§ 2.", before: []string{"Il applique le § 2. Il date."}, text: dl, want: []string{"Il applique le § 2."}},
		{name: "au présent V.", before: []string{"Il applique le régime prévu au présent V. Il date."}, text: dl, want: []string{"Il applique le régime prévu au présent V."}},
		{name: "1) label kept", before: []string{"1) Il signe. Il date."}, text: d1, want: []string{"1) Il date."}},
		{name: "la première phrase du A du I", before: []string{"I. – A. – Le maire signe. Il date.", "B. – Texte."}, text: []string{"La première phrase du A du I de l'article L. 1 du code civil est supprimée."}, want: nil},
		{name: "quoted sentences inside an alinéa are not counted", before: []string{"Il porte les mots : « Il signe. Il date. » Le maire date. Il remet."}, text: []string{"La deuxième phrase de l'article L. 1 du code civil est supprimée."}, want: []string{"Il porte les mots : « Il signe. Il date. » Il remet."}},
		{name: "NOTA: without a space", before: []string{"Il signe.", "Il date.", "NOTA: Voir."}, text: []string{"Le dernier alinéa de l'article L. 1 du code civil est supprimé."}, want: []string{"Il signe.", "NOTA: Voir."}},
	})
	runAmendments(t, []amCase{
		{"quoted item: dernière phrase keeps ; and the mark", []string{"I. – L'article L. 1 est ainsi modifié :", "« 1° Il signe. Il date ;", "« 2° Il remet. »"}, "Alinéa 2, dernière phrase\nSupprimer cette phrase.", []string{"I. – L'article L. 1 est ainsi modifié :", "« 1° Il signe ;", "« 2° Il remet. »"}},
		{"quoted last alinéa: dernière phrase keeps the closing mark", []string{"I. – L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Il signe. Il date. »", "II. – Texte."}, "Alinéa 2, dernière phrase\nSupprimer cette phrase.", []string{"I. – L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Il signe. »", "II. – Texte."}},
		{"an instruction's second sentence", []string{"I. – Les mots : « Il signe. Il date. » sont supprimés. Le maire date."}, "Alinéa 1, seconde phrase\nSupprimer cette phrase.", []string{"I. – Les mots : « Il signe. Il date. » sont supprimés."}},
	})
}

func TestCount7ProbeRanges(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "les deux dernières phrases of two refused", before: []string{"Il signe. Il date."}, text: []string{"Les deux dernières phrases de l'article L. 1 du code civil sont supprimées."}, want: nil},
		{name: "les trois dernières phrases of two refused", before: []string{"Il signe. Il date."}, text: []string{"Les trois dernières phrases de l'article L. 1 du code civil sont supprimées."}, want: nil},
		{name: "les deux dernières phrases rewritten as one", before: []string{"Il signe. Il date. Il remet."}, text: []string{"Les deux dernières phrases de l'article L. 1 du code civil sont remplacées par une phrase ainsi rédigée : « Il lit. »"}, want: []string{"Il signe. Il lit."}},
		{name: "les deuxième à dernière phrases", before: []string{"Il signe. Il date. Il remet."}, text: []string{"Les deuxième à dernière phrases de l'article L. 1 du code civil sont supprimées."}, want: []string{"Il signe."}},
		{name: "entre la première et la deuxième phrase", before: []string{"Il signe. Il date."}, text: []string{"Entre la première et la deuxième phrases de l'article L. 1 du code civil, il est inséré une phrase ainsi rédigée : « Il lit. »"}, want: []string{"Il signe. Il lit. Il date."}},
		{name: "après la deuxième phrase with an abbreviation", before: []string{"Il vise l'art. L. 2. Il date. Il remet."}, text: []string{"Après la deuxième phrase de l'article L. 1 du code civil, il est inséré une phrase ainsi rédigée : « Il lit. »"}, want: []string{"Il vise l'art. L. 2. Il date. Il lit. Il remet."}},
		{name: "la seconde et dernière phrase, three sentences refused", before: []string{"Il signe. Il date. Il remet."}, text: []string{"La seconde et dernière phrase de l'article L. 1 du code civil est supprimée."}, want: nil},
		{name: "le second et dernier alinéa, three alinéas refused", before: []string{"Il signe.", "Il date.", "Il remet."}, text: []string{"Le second et dernier alinéa de l'article L. 1 du code civil est supprimé."}, want: nil},
		{name: "le second et dernier alinéa before a Nota", before: []string{"Il signe.", "Il date.", "NOTA : Voir."}, text: []string{"Le second et dernier alinéa de l'article L. 1 du code civil est supprimé."}, want: []string{"Il signe.", "NOTA : Voir."}},
	})
}

func TestCount7ProbeTypography(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "I.- without spaces", before: []string{"I.-Le maire :", "1° Signe ;", "2° Date.", "II.-Le préfet :", "1° Vise ;", "2° Note."}, text: []string{"Au 2° du II de l'article L. 1 du code civil, le mot : « Note » est remplacé par le mot : « Lit »."}, want: []string{"I.-Le maire :", "1° Signe ;", "2° Date.", "II.-Le préfet :", "1° Vise ;", "2° Lit."}},
		{name: "I. ― horizontal bar", before: []string{"I. ― Le maire :", "1° Signe ;", "2° Date.", "II. ― Le préfet :", "1° Vise ;", "2° Note."}, text: []string{"Au 2° du I de l'article L. 1 du code civil, le mot : « Date » est remplacé par le mot : « Lit »."}, want: []string{"I. ― Le maire :", "1° Signe ;", "2° Lit.", "II. ― Le préfet :", "1° Vise ;", "2° Note."}},
		{name: "2º ordinal indicator", before: []string{"Le maire :", "1º Signe ;", "2º Date."}, text: []string{"Au 2° de l'article L. 1 du code civil, le mot : « Date » est remplacé par le mot : « Lit »."}, want: []string{"Le maire :", "1º Signe ;", "2º Lit."}},
		{name: "a bis) of the 1°", before: []string{"1° Le maire :", "a) signe ;", "a bis) date ;", "b) note.", "2° Il lit."}, text: []string{"Au a bis du 1° de l'article L. 1 du code civil, le mot : « date » est remplacé par le mot : « vise »."}, want: []string{"1° Le maire :", "a) signe ;", "a bis) vise ;", "b) note.", "2° Il lit."}},
		{name: "I.- first sentence keeps the label", before: []string{"I.-Il signe. Il date.", "II.-Texte."}, text: []string{"La première phrase du I de l'article L. 1 du code civil est supprimée."}, want: []string{"I.-Il date.", "II.-Texte."}},
		{name: "le deuxième alinéa du I.-", before: []string{"I.-Il signe.", "Il date.", "II.-Texte."}, text: []string{"Le deuxième alinéa du I de l'article L. 1 du code civil est supprimé."}, want: []string{"I.-Il signe.", "II.-Texte."}},
	})
}

func TestCount7ProbeDefinitions(t *testing.T) {
	d1 := count7Del("La première phrase")
	dl := count7Del("La dernière phrase")
	runGrammar(t, []grammarCase{
		{name: "a code alinéa opening with a quoted term: first sentence", before: []string{"« Contrat » : l'acte signé. Il date."}, text: d1, want: []string{"Il date."}},
		{name: "a code alinéa opening with a quoted term: last sentence", before: []string{"« Contrat » : l'acte signé. Il date."}, text: dl, want: []string{"« Contrat » : l'acte signé."}},
		{name: "a code alinéa opening with a quoted term: words in the second", before: []string{"« Contrat » : l'acte signé. Il date."}, text: []string{"À la seconde phrase de l'article L. 1 du code civil, le mot : « date » est remplacé par le mot : « lit »."}, want: []string{"« Contrat » : l'acte signé. Il lit."}},
		{name: "an item defining a quoted term", before: []string{"On entend par :", "1° « Contrat » : l'acte. Il est signé ;", "2° « Partie » : la personne."}, text: []string{"La seconde phrase du 1° de l'article L. 1 du code civil est supprimée."}, want: []string{"On entend par :", "1° « Contrat » : l'acte ;", "2° « Partie » : la personne."}},
	})
	quoted := []string{"I. – L'article L. 1 est ainsi rédigé :", "« « Contrat » : l'acte signé. Il date.", "« Il remet. »"}
	runAmendments(t, []amCase{
		{"a bill's quoted alinéa opening with a quoted term keeps its mark", quoted, "Alinéa 2, première phrase\nSupprimer cette phrase.", []string{quoted[0], "« Il date.", quoted[2]}},
		{"a bill's quoted alinéa opening with a quoted term: second sentence", quoted, "Alinéa 2, seconde phrase\nSupprimer cette phrase.", []string{quoted[0], "« « Contrat » : l'acte signé.", quoted[2]}},
		{"a bill's one quoted alinéa with a term at its end", []string{"I. – L'article L. 1 est ainsi rédigé :", "« Il signe. Il écrit « lu ». »"}, "Alinéa 2, première phrase\nSupprimer cette phrase.", []string{"I. – L'article L. 1 est ainsi rédigé :", "« Il écrit « lu ». »"}},
	})
}

func TestCount7ProbeDeepPaths(t *testing.T) {
	art := []string{"I. – Le maire :", "1° Signe ;", "2° Le préfet :", "Il vise. Il note. Il lit.", "Il juge.", "II. – Texte."}
	runGrammar(t, []grammarCase{
		{name: "la deuxième phrase du deuxième alinéa du 2° du I", before: art, text: []string{"La deuxième phrase du deuxième alinéa du 2° du I de l'article L. 1 du code civil est supprimée."}, want: []string{"I. – Le maire :", "1° Signe ;", "2° Le préfet :", "Il vise. Il lit.", "Il juge.", "II. – Texte."}},
		{name: "l'avant-dernière phrase du deuxième alinéa du 2° du I", before: art, text: []string{"À l'avant-dernière phrase du deuxième alinéa du 2° du I de l'article L. 1 du code civil, le mot : « note » est remplacé par le mot : « date »."}, want: []string{"I. – Le maire :", "1° Signe ;", "2° Le préfet :", "Il vise. Il date. Il lit.", "Il juge.", "II. – Texte."}},
		{name: "le dernier alinéa du 2° du I", before: art, text: []string{"Le dernier alinéa du 2° du I de l'article L. 1 du code civil est supprimé."}, want: []string{"I. – Le maire :", "1° Signe ;", "2° Le préfet :", "Il vise. Il note. Il lit.", "II. – Texte."}},
		{name: "le quatrième alinéa du I", before: art, text: []string{"Au quatrième alinéa du I de l'article L. 1 du code civil, le mot : « lit » est remplacé par le mot : « date »."}, want: []string{"I. – Le maire :", "1° Signe ;", "2° Le préfet :", "Il vise. Il note. Il date.", "Il juge.", "II. – Texte."}},
	})
	bill := []string{"I. – Il signe. Il date. Il remet.", "II. – Texte."}
	runAmendments(t, []amCase{
		{"Alinéa 1, avant-dernière phrase", bill, "Alinéa 1, avant-dernière phrase\nSupprimer cette phrase.", []string{"I. – Il signe. Il remet.", "II. – Texte."}},
		{"À la deuxième phrase de l'alinéa 1", bill, "À la deuxième phrase de l'alinéa 1, substituer au mot : « date » le mot : « lit ».", []string{"I. – Il signe. Il lit. Il remet.", "II. – Texte."}},
		{"Alinéa 1, après la première phrase, insérer", bill, "Alinéa 1\nAprès la première phrase, insérer une phrase ainsi rédigée :\nIl lit.", []string{"I. – Il signe. Il lit. Il date. Il remet.", "II. – Texte."}},
		{"Alinéa 1, première phrase: the label stays", bill, "Alinéa 1, première phrase\nSupprimer cette phrase.", []string{"I. – Il date. Il remet.", "II. – Texte."}},
		{"Alinéa 1, quatrième phrase refused", bill, "Alinéa 1, quatrième phrase\nSupprimer cette phrase.", nil},
	})
}

func TestCount7ProbeEnds(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "a sentence after an alinéa ending with a quoted term", before: []string{"Il porte la mention « lu et approuvé »."}, text: []string{"L'article L. 1 du code civil est complété par une phrase ainsi rédigée : « Il date. »"}, want: []string{"Il porte la mention « lu et approuvé ». Il date."}},
		{name: "a sentence after a definition alinéa", before: []string{"« Contrat » : l'acte signé."}, text: []string{"L'article L. 1 du code civil est complété par une phrase ainsi rédigée : « Il est daté. »"}, want: []string{"« Contrat » : l'acte signé. Il est daté."}},
		{name: "words at the start of a definition's first sentence", before: []string{"« Contrat » : l'acte signé. Il date."}, text: []string{"Au début de la première phrase de l'article L. 1 du code civil, sont insérés les mots : « Au sens du présent code, »"}, want: []string{"Au sens du présent code, « Contrat » : l'acte signé. Il date."}},
		{name: "a sentence after etc.", before: []string{"Il vise les meubles, titres, etc."}, text: []string{"L'article L. 1 du code civil est complété par une phrase ainsi rédigée : « Il date. »"}, want: []string{"Il vise les meubles, titres, etc. Il date."}},
		{name: "the first sentence of a definition rewritten", before: []string{"« Contrat » : l'acte signé. Il date."}, text: []string{"La première phrase de l'article L. 1 du code civil est ainsi rédigée : « « Contrat » : l'acte écrit. »"}, want: []string{"« Contrat » : l'acte écrit. Il date."}},
	})
	runAmendments(t, []amCase{
		{"a sentence completing a bill's quoted alinéa ending with a term", []string{"I. – L'article L. 1 est ainsi rédigé :", "« Il porte la mention « lu et approuvé ». »"}, "Alinéa 2\nCompléter cet alinéa par une phrase ainsi rédigée :\nIl date.", []string{"I. – L'article L. 1 est ainsi rédigé :", "« Il porte la mention « lu et approuvé ». Il date. »"}},
	})
}

func TestCount7ProbeAmendmentForms(t *testing.T) {
	bill := []string{"I. – Il signe. Il date. Il remet. Il lit.", "II. – Texte."}
	runAmendments(t, []amCase{
		{"Alinéa 1, deuxième et troisième phrases", bill, "Alinéa 1, deuxième et troisième phrases\nSupprimer ces phrases.", []string{"I. – Il signe. Il lit.", "II. – Texte."}},
		{"Alinéa 1, première phrase rewritten", bill, "Alinéa 1, première phrase\nRédiger ainsi cette phrase :\nIl vise.", []string{"I. – Il vise. Il date. Il remet. Il lit.", "II. – Texte."}},
		{"Supprimer la dernière phrase de l'alinéa 1", bill, "Supprimer la dernière phrase de l'alinéa 1.", []string{"I. – Il signe. Il date. Il remet.", "II. – Texte."}},
		{"Alinéa 1, dernière phrase: nbsp separated", []string{"I. – Il signe.\u00a0Il date.", "II. – Texte."}, "Alinéa 1, dernière phrase\nRédiger ainsi cette phrase :\nIl lit.", []string{"I. – Il signe.\u00a0Il lit.", "II. – Texte."}},
		{"Alinéa 1, seconde phrase after catégorie B.", []string{"I. – Il relève de la catégorie B. Il date.", "II. – Texte."}, "Alinéa 1, seconde phrase\nSupprimer cette phrase.", []string{"I. – Il relève de la catégorie B.", "II. – Texte."}},
	})
}

func TestCount7ProbeLastAlineasOfParts(t *testing.T) {
	art := []string{"I. – Il signe.", "Il date.", "Il remet.", "II. – Le maire :", "1° Vise ;", "2° Le préfet :", "a) note ;", "b) lit.", "III. – Texte."}
	runGrammar(t, []grammarCase{
		{name: "l'avant-dernier alinéa du I", before: art, text: []string{"L'avant-dernier alinéa du I de l'article L. 1 du code civil est supprimé."}, want: []string{"I. – Il signe.", "Il remet.", "II. – Le maire :", "1° Vise ;", "2° Le préfet :", "a) note ;", "b) lit.", "III. – Texte."}},
		{name: "les deux derniers alinéas du I", before: art, text: []string{"Les deux derniers alinéas du I de l'article L. 1 du code civil sont supprimés."}, want: []string{"I. – Il signe.", "II. – Le maire :", "1° Vise ;", "2° Le préfet :", "a) note ;", "b) lit.", "III. – Texte."}},
		{name: "le dernier alinéa du 2° du II is its b)", before: art, text: []string{"Au dernier alinéa du 2° du II de l'article L. 1 du code civil, le mot : « lit » est remplacé par le mot : « juge »."}, want: []string{"I. – Il signe.", "Il date.", "Il remet.", "II. – Le maire :", "1° Vise ;", "2° Le préfet :", "a) note ;", "b) juge.", "III. – Texte."}},
		{name: "le troisième alinéa du II is the 2°", before: art, text: []string{"Au troisième alinéa du II de l'article L. 1 du code civil, le mot : « préfet » est remplacé par le mot : « juge »."}, want: []string{"I. – Il signe.", "Il date.", "Il remet.", "II. – Le maire :", "1° Vise ;", "2° Le juge :", "a) note ;", "b) lit.", "III. – Texte."}},
		{name: "le sixième alinéa du II of five refused", before: art, text: []string{"Le sixième alinéa du II de l'article L. 1 du code civil est supprimé."}, want: nil},
	})
}
