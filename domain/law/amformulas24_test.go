package law

import "testing"

// TestGrammarAmendmentUnwrittenGage: the Assemblée writes an amendment's
// compensation (its gage) as a part of the amendment, the paragraph's own
// text: "II. – La perte de recettes pour l'État est compensée, à due
// concurrence, par …". It completes the article by that paragraph,
// numbered after the article's last part, as the Sénat's "Pour compenser
// la perte de recettes résultant du I, compléter cet article par un
// paragraphe ainsi rédigé :" says in words (it was refused: a part not
// read as an instruction). It ends the new text before it; text a head
// announces keeps it; a first part (no amendment before it to
// compensate) and a part that is no compensation stay refused.
func TestGrammarAmendmentUnwrittenGage(t *testing.T) {
	A := []string{"I. – Le taux de 5 % est applicable.", "Il est révisé.", "II. – Le présent article entre en vigueur en 2020."}
	B := []string{"Le taux de 5 % est applicable.", "Il est révisé."}
	g := "La perte de recettes pour l'État est compensée, à due concurrence, par la création d'une taxe additionnelle aux droits prévus aux articles 575 et 575 A du code général des impôts."
	c := "La perte de recettes pour les collectivités territoriales est compensée, à due concurrence, par la majoration de la dotation globale de fonctionnement."
	runAmendments(t, []amCase{
		{"after a word operation", A, "I. – À l'alinéa 1, substituer au taux : « 5 % » le taux : « 6 % ».\nII. – " + g, []string{"I. – Le taux de 6 % est applicable.", A[1], A[2], "III. – " + g}},
		{"after quoted new alinéas on their own line", A, "I. – Après l'alinéa 2, insérer l'alinéa suivant :\n« Il est publié. »\nII. – " + g, []string{A[0], A[1], "Il est publié.", A[2], "III. – " + g}},
		{"two compensations", A, "I. – À l'alinéa 1, substituer au taux : « 5 % » le taux : « 6 % ».\nII. – " + c + "\nIII. – " + g, []string{"I. – Le taux de 6 % est applicable.", A[1], A[2], "III. – " + c, "IV. – " + g}},
		{"an article without parts", B, "I. – À l'alinéa 1, substituer au taux : « 5 % » le taux : « 6 % ».\nII. – " + g, []string{"I. - Le taux de 6 % est applicable.", B[1], "II. - " + g}},
		{"Sénat: the text a head announces keeps it", A, "I. – Alinéa 1\nRemplacer le taux :\n5 %\npar le taux :\n6 %\nII. – Compléter cet article par un paragraphe ainsi rédigé :\nIII. – " + g, []string{"I. – Le taux de 6 % est applicable.", A[1], A[2], "III. – " + g}},
		{"Sénat: les conséquences financières", A, "I. – Alinéa 2\n\nSupprimer cet alinéa.\n\nII. – Les conséquences financières pour l'Agence résultant du I sont compensées à due concurrence par la création d'une taxe additionnelle.", []string{A[0], A[2], "III. – Les conséquences financières pour l'Agence résultant du I sont compensées à due concurrence par la création d'une taxe additionnelle."}},
		{"after the article rewritten, quoted", A, "I. – Rédiger ainsi cet article :\n« I. – Le taux est de 6 %.\n« II. – Il est publié. »\nII. – " + g, []string{"I. – Le taux est de 6 %.", "II. – Il est publié.", "III. – " + g}},
		{"a first part: refused", A, "I. – " + g, nil},
		{"no compensation: refused", A, "I. – À l'alinéa 1, substituer au taux : « 5 % » le taux : « 6 % ».\nII. – Les dispositions du I ne s'appliquent qu'aux sommes dues.", nil},
	})
}

// TestGrammarAmendmentMillesimeNouns: "le millésime" (the year of a
// finance law's figures), "le tarif", "l'indice", "le ratio",
// "l'échéance", "la limite" name quoted
// words as "l'année" does, in both chambers' layouts and in the bills'
// indicative — they were refused (the Sénat's "Remplacer le millésime :"
// read as a rewrite announcing new text).
func TestGrammarAmendmentMillesimeNouns(t *testing.T) {
	A := []string{"I. – Le taux est fixé pour 2020.", "Le tarif de 5 euros suit l'indice 100."}
	runAmendments(t, []amCase{
		{"le millésime (Sénat)", A, "Alinéa 1\n\nRemplacer le millésime :\n\n2020\n\npar le millésime :\n\n2021", []string{"I. – Le taux est fixé pour 2021.", A[1]}},
		{"le millésime (Assemblée)", A, "À l'alinéa 1, substituer au millésime : « 2020 » le millésime : « 2021 ».", []string{"I. – Le taux est fixé pour 2021.", A[1]}},
		{"le millésime (indicative)", A, "À l'alinéa 1, le millésime : « 2020 » est remplacé par le millésime : « 2021 ».", []string{"I. – Le taux est fixé pour 2021.", A[1]}},
		{"le tarif", A, "Alinéa 2\n\nRemplacer le tarif :\n\n5 euros\n\npar le tarif :\n\n6 euros", []string{A[0], "Le tarif de 6 euros suit l'indice 100."}},
		{"l'échéance (Sénat)", []string{"L'échéance est fixée à 2020."}, "Alinéa 1\n\nRemplacer l'échéance :\n\n2020\n\npar l'échéance :\n\n2022", []string{"L'échéance est fixée à 2022."}},
		{"la limite", []string{"La limite est de 10 jours."}, "À l'alinéa 1, remplacer la limite : « 10 jours » par la limite : « 15 jours ».", []string{"La limite est de 15 jours."}},
		{"l'indice", A, "À l'alinéa 2, remplacer l'indice : « 100 » par l'indice : « 110 ».", []string{A[0], "Le tarif de 5 euros suit l'indice 110."}},
	})
}

// TestGrammarAmendmentRestoreDivision: "Rétablir" restores the whole
// article only when it names the article or nothing ("Rétablir cet
// article dans la rédaction suivante :", "Rétablir ainsi :"); "Rétablir
// un II ainsi rédigé" (also "un 2°") restores the division the article
// keeps as "II. – (Supprimé)", as "Rétablir le II" does — the whole
// article was rewritten with the II's text. A part named with its noun,
// "le paragraphe II" ("au paragraphe II", "Supprimer le paragraphe II"),
// is the II (the first rewrote the article, the others were refused);
// a division not read ("Rétablir un alinéa ainsi rédigé", "Rédiger
// ainsi l'intitulé de cet article" — it rewrote the article) is refused.
func TestGrammarAmendmentRestoreDivision(t *testing.T) {
	A := []string{"I. – Le code civil est ainsi modifié :", "1° L'article L. 1 est abrogé ;", "2° (Supprimé)", "II. – (Supprimé)", "III. – Le présent article entre en vigueur en 2020."}
	II := "II. – Le code de commerce est modifié."
	runAmendments(t, []amCase{
		{"Rétablir un II ainsi rédigé", A, "Rétablir un II ainsi rédigé :\n« " + II + " »", []string{A[0], A[1], A[2], II, A[4]}},
		{"Rétablir un 2° ainsi rédigé", A, "Rétablir un 2° ainsi rédigé :\n« 2° L'article L. 2 est abrogé. »", []string{A[0], A[1], "2° L'article L. 2 est abrogé.", A[3], A[4]}},
		{"Rétablir le paragraphe II", A, "Rétablir le paragraphe II dans la rédaction suivante :\n« " + II + " »", []string{A[0], A[1], A[2], II, A[4]}},
		{"Supprimer le paragraphe III", A, "Supprimer le paragraphe III.", []string{A[0], A[1], A[2], A[3], "III. – (Supprimé)"}},
		{"Rédiger ainsi le paragraphe III", A, "Rédiger ainsi le paragraphe III :\n« III. – Le présent article entre en vigueur en 2021. »", []string{A[0], A[1], A[2], A[3], "III. – Le présent article entre en vigueur en 2021."}},
		{"au paragraphe I", []string{"I. – Le maire signe en 2020.", "II. – Le préfet signe en 2020."}, "Au paragraphe II, remplacer l'année : « 2020 » par l'année : « 2021 ».", []string{"I. – Le maire signe en 2020.", "II. – Le préfet signe en 2021."}},
		{"Rétablir cet article", A, "Rétablir cet article dans la rédaction suivante :\n« Le code civil est modifié. »", []string{"Le code civil est modifié."}},
		{"Rétablir ainsi", A, "Rétablir ainsi :\n« Le code civil est modifié. »", []string{"Le code civil est modifié."}},
		{"Rédiger comme suit cet article", A, "Rédiger comme suit cet article :\n« Le code civil est modifié. »", []string{"Le code civil est modifié."}},
		{"the heading of the article: refused, never the article", A, "Rédiger ainsi l'intitulé de cet article :\n« Dispositions diverses »", nil},
		{"Rétablir un alinéa: refused", A, "Rétablir un alinéa ainsi rédigé :\n« Le code civil est modifié. »", nil},
		{"Rétablir un II bis the article lacks: refused", A, "Rétablir un II bis ainsi rédigé :\n« II bis. – Le code de commerce est modifié. »", nil},
	})
}

// TestGrammarAmendmentPartNotRead: a part of the text that no division
// of the grammar reads — an article's heading ("l'intitulé de cet
// article"), a table, its rows and columns ("À la deuxième ligne du
// tableau"), an enumeration's opening words ("le chapeau"), provisions
// said by their subject ("les dispositions de cet article relatives à
// …") — refuses the amendment: the whole article was deleted ("Supprimer
// l'intitulé de cet article"), completed, rewritten, or every occurrence
// of the words edited; a heading or a table an alinéa named holds is
// that alinéa's ("Au tableau de l'alinéa 2, …"). "Supprimer cet
// article" deletes it only when it is named first.
func TestGrammarAmendmentPartNotRead(t *testing.T) {
	A := []string{"I. – Le code civil est ainsi modifié :", "1° L'article L. 1 est abrogé ;", "2° L'article L. 2 est abrogé.", "II. – Le présent article entre en vigueur en 2020."}
	runAmendments(t, []amCase{
		{"Supprimer l'intitulé de cet article", A, "Supprimer l'intitulé de cet article.", nil},
		{"Supprimer le tableau de cet article", A, "Supprimer le tableau de cet article.", nil},
		{"Supprimer les dispositions … relatives à", A, "Supprimer les dispositions de cet article relatives au code civil.", nil},
		{"Compléter l'intitulé", A, "Compléter l'intitulé de cet article par les mots : « et divers ».", nil},
		{"Compléter le tableau par une ligne", A, "Compléter le tableau de l'alinéa 2 par une ligne ainsi rédigée :\n« 3° L'article L. 3 est abrogé. »", nil},
		{"Remplacer les dispositions … par", A, "Remplacer les dispositions de cet article relatives au code civil par un alinéa ainsi rédigé :\n« Le juge statue. »", nil},
		{"a table an alinéa holds is the alinéa", A, "Au tableau de l'alinéa 2, remplacer le mot : « abrogé » par le mot : « modifié ».", []string{A[0], "1° L'article L. 1 est modifié ;", A[2], A[3]}},
		{"a row of a table", A, "À la deuxième ligne du tableau, remplacer le mot : « abrogé » par le mot : « modifié ».", nil},
		{"a column", A, "À la dernière colonne de l'alinéa 2, remplacer le mot : « abrogé » par le mot : « modifié ».", nil},
		{"Supprimer cet article", A, "Supprimer cet article.", []string{}},
		{"Substituer à cet article les dispositions suivantes", A, "Substituer à cet article les dispositions suivantes :\n« Le juge statue. »", []string{"Le juge statue."}},
	})
}

// TestGrammarAmendmentPlaceholderAfterNewMark: a paragraph an amendment
// leaves for the consolidation to number ("… – Le taux …") after a
// paragraph with a new paragraph's mark ("II (nouveau). – ") is numbered
// from that paragraph: II bis before the III, III at the end (the mark
// hid the label: it was numbered from the I — "I bis" — or "II" twice).
func TestGrammarAmendmentPlaceholderAfterNewMark(t *testing.T) {
	A := []string{"I. – Le maire signe.", "Il date.", "II (nouveau). – Le taux est de 5 %.", "III. – Le montant est versé."}
	B := []string{"I. – Le maire signe.", "II (nouveau). – Le taux est de 5 %."}
	g := "La perte de recettes pour l'État est compensée, à due concurrence, par la création d'une taxe additionnelle aux droits prévus aux articles 575 et 575 A du code général des impôts."
	runAmendments(t, []amCase{
		{"before the next paragraph: II bis", A, "Après l'alinéa 3\n\nInsérer un paragraphe ainsi rédigé :\n\n... – Le taux est révisé.", []string{A[0], A[1], A[2], "II bis. – Le taux est révisé.", A[3]}},
		{"at the end: III", B, "Compléter cet article par un paragraphe ainsi rédigé :\n\n... – Le taux est révisé.", []string{B[0], B[1], "III. – Le taux est révisé."}},
		{"I bis (nouveau): I ter", []string{"I. – Le maire signe.", "I bis (nouveau). – Il date.", "II. – Le taux est de 5 %."}, "Après l'alinéa 2\n\nInsérer un paragraphe ainsi rédigé :\n\n... – Le taux est révisé.", []string{"I. – Le maire signe.", "I bis (nouveau). – Il date.", "I ter. – Le taux est révisé.", "II. – Le taux est de 5 %."}},
		{"the Assemblée's gage", B, "I. – À l'alinéa 2, remplacer le taux : « 5 % » par le taux : « 6 % ».\nII. – " + g, []string{B[0], "II (nouveau). – Le taux est de 6 %.", "III. – " + g}},
	})
}

// TestGrammarAmendmentLocatorWithColon: "À l'alinéa 1 :" then numbered
// items ("1° Substituer … ;", "2° Supprimer …") — a locator alone ended
// by a colon is the items' place, as the Sénat's locator line "Alinéa 1"
// is; "Procéder aux modifications suivantes :" (after such a line, or
// "À l'alinéa 1, procéder aux modifications suivantes :") announces the
// items, no new text. They were refused (the locator read as a head
// without a verb, the items as its new text). A new part of the same
// rank leaves the locator.
func TestGrammarAmendmentLocatorWithColon(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat de vente.", "Il remet le contrat au préfet.", "II. – Le maire date le contrat."}
	want := []string{"I. – Le juge signe le contrat.", A[1], A[2]}
	runAmendments(t, []amCase{
		{"À l'alinéa 1 : then items", A, "À l'alinéa 1 :\n1° Substituer au mot : « maire » le mot : « juge » ;\n2° Supprimer les mots : « de vente ».", want},
		{"lettered items", A, "À l'alinéa 1 :\na) Substituer au mot : « maire » le mot : « juge » ;\nb) Supprimer les mots : « de vente ».", want},
		{"procéder aux modifications suivantes", A, "À l'alinéa 1, procéder aux modifications suivantes :\n1° Substituer au mot : « maire » le mot : « juge » ;\n2° Supprimer les mots : « de vente ».", want},
		{"Sénat: under a locator line", A, "Alinéa 1\n\nProcéder aux modifications suivantes :\n\na) Remplacer le mot : « maire » par le mot : « juge » ;\n\nb) Supprimer les mots : « de vente ».", want},
		{"a new part of the same rank leaves it", A, "I. – À l'alinéa 1 :\n1° Substituer au mot : « maire » le mot : « juge » ;\n2° Supprimer les mots : « de vente ».\nII. – Remplacer le mot : « date » par le mot : « lit ».", []string{"I. – Le juge signe le contrat.", A[1], "II. – Le maire lit le contrat."}},
	})
}

// TestGrammarAmendmentRestUnchangedStart: a new beginning written
// without "…" but with the remark "(le reste sans changement)" ("Rédiger
// ainsi le début de l'alinéa 1 : « Le préfet de département contrôle (le
// reste sans changement). »") ends at the remark, as it does at "…": the
// words it shares last with the text say where the old beginning ends
// (it was refused: no "…").
func TestGrammarAmendmentRestUnchangedStart(t *testing.T) {
	A := []string{"I. – Le préfet contrôle le contrat de vente.", "Il remet le contrat."}
	want := []string{"I. – Le préfet de département contrôle le contrat de vente.", A[1]}
	runAmendments(t, []amCase{
		{"quoted", A, "Rédiger ainsi le début de l'alinéa 1 : « I. – Le préfet de département contrôle (le reste sans changement). »", want},
		{"Sénat: unquoted", A, "Alinéa 1\n\nRédiger ainsi le début de cet alinéa :\n\nLe préfet de département contrôle (le reste sans changement)", want},
		{"sans modification", A, "Rédiger ainsi le début de l'alinéa 1 : « Le préfet de département contrôle (sans modification) »", want},
		{"no words shared: refused", A, "Rédiger ainsi le début de l'alinéa 1 : « Le maire signe (le reste sans changement). »", nil},
	})
}

// TestGrammarAmendmentPlaceholderBeforeFirst: a paragraph left to
// number ("… – Le maire signe.") put before the I ("Avant l'alinéa 1,
// insérer un paragraphe ainsi rédigé", "Au début de cet article, …") is
// I A, as the chambers number a division put before the first (the "… –"
// stayed); before a later paragraph it is numbered from the one before
// (I bis).
func TestGrammarAmendmentPlaceholderBeforeFirst(t *testing.T) {
	A := []string{"I. – Le préfet contrôle.", "Il remet le contrat.", "II. – Le présent article entre en vigueur en 2020."}
	runAmendments(t, []amCase{
		{"before the alinéa 1", A, "Avant l'alinéa 1\n\nInsérer un paragraphe ainsi rédigé :\n\n... – Le maire signe.", []string{"I A. – Le maire signe.", A[0], A[1], A[2]}},
		{"at the start of the article", A, "Au début de cet article, insérer un paragraphe ainsi rédigé :\n« … – Le maire signe. »", []string{"I A. – Le maire signe.", A[0], A[1], A[2]}},
		{"before the II", A, "Avant l'alinéa 3, insérer un paragraphe ainsi rédigé :\n« … – Le maire signe. »", []string{A[0], A[1], "I bis. – Le maire signe.", A[2]}},
	})
}

// TestGrammarAmendmentVerbFirstPlace: "Insérer au début de cet article un
// paragraphe ainsi rédigé :", "Insérer après le I un I bis ainsi rédigé
// :", "Ajouter avant le II …" — the verb first, its place after it
// without commas — read as "Au début de cet article, insérer …", "Après
// le I, insérer …" (they were refused); "À la fin de cet article,
// insérer un paragraphe ainsi rédigé :" is "Compléter cet article par un
// paragraphe …" (refused).
func TestGrammarAmendmentVerbFirstPlace(t *testing.T) {
	A := []string{"I. – Le préfet contrôle.", "Il remet le contrat.", "II. – Le présent article entre en vigueur en 2020."}
	N := "Le maire signe."
	runAmendments(t, []amCase{
		{"Insérer au début de cet article", A, "Insérer au début de cet article un paragraphe ainsi rédigé :\n« I A. – " + N + " »", []string{"I A. – " + N, A[0], A[1], A[2]}},
		{"Insérer après le I", A, "Insérer après le I un I bis ainsi rédigé :\n« I bis. – " + N + " »", []string{A[0], A[1], "I bis. – " + N, A[2]}},
		{"Ajouter avant le II", A, "Ajouter avant le II un I bis ainsi rédigé :\n« I bis. – " + N + " »", []string{A[0], A[1], "I bis. – " + N, A[2]}},
		{"À la fin de cet article, insérer", A, "À la fin de cet article, insérer un paragraphe ainsi rédigé :\n« III. – " + N + " »", []string{A[0], A[1], A[2], "III. – " + N}},
		{"Insérer à la fin de cet article", A, "Insérer à la fin de cet article un paragraphe ainsi rédigé :\n« III. – " + N + " »", []string{A[0], A[1], A[2], "III. – " + N}},
	})
}

// TestGrammarAmendmentRespectively: "remplacer respectivement les mots :
// « A » et « B » par les mots : « C » et « D »" (also "substituer
// respectivement aux mots …", "par, respectivement, les mots …", "…,
// respectivement.") replaces A by C and B by D — it was refused. As many
// new words as old ones, or refused; a new word that a later old one
// would edit again ("« A » et « B » par « B » et « C »") is read as the
// pairs give it at once (it was refused).
func TestGrammarAmendmentRespectively(t *testing.T) {
	A := []string{"I. – Le maire signe.", "Le préfet contrôle l'acte et la décision."}
	want := []string{A[0], "Le préfet contrôle le contrat et l'arrêté."}
	runAmendments(t, []amCase{
		{"remplacer respectivement", A, "À l'alinéa 2, remplacer respectivement les mots : « l'acte » et « la décision » par les mots : « le contrat » et « l'arrêté ».", want},
		{"substituer respectivement", A, "À l'alinéa 2, substituer respectivement aux mots : « l'acte » et « la décision » les mots : « le contrat » et « l'arrêté ».", want},
		{"par, respectivement,", A, "À l'alinéa 2, remplacer les mots : « l'acte » et « la décision » par, respectivement, les mots : « le contrat » et « l'arrêté ».", want},
		{"at the end", A, "À l'alinéa 2, remplacer les mots : « l'acte » et « la décision » par les mots : « le contrat » et « l'arrêté », respectivement.", want},
		{"three", A, "À l'alinéa 2, remplacer respectivement les mots : « préfet », « l'acte » et « la décision » par les mots : « juge », « le contrat » et « l'arrêté ».", []string{A[0], "Le juge contrôle le contrat et l'arrêté."}},
		{"counts differ: refused", A, "À l'alinéa 2, remplacer respectivement les mots : « l'acte » et « la décision » par les mots : « le contrat ».", nil},
		{"a chain: read at once (TestNumbers9Simultaneous)", A, "À l'alinéa 2, remplacer respectivement les mots : « l'acte » et « la décision » par les mots : « la décision » et « l'arrêté ».", []string{A[0], "Le préfet contrôle la décision et l'arrêté."}},
	})
}

// TestGrammarAmendmentMakePrecede: the Assemblée's "faire précéder
// l'alinéa 1 de la mention : « I. – »" (also "le début de cet article",
// "le premier alinéa de cet article", "En conséquence, …") is "Au début
// de l'alinéa 1, insérer la mention : « I. – »" — it was refused. Where
// the amendment's new II numbered the first paragraph I already, the
// mention is there: no second "I. –".
func TestGrammarAmendmentMakePrecede(t *testing.T) {
	A := []string{"Le taux de 5 % est applicable.", "Il est révisé."}
	want := []string{"I. – Le taux de 5 % est applicable.", A[1]}
	g := "La perte de recettes pour l'État est compensée, à due concurrence, par la création d'une taxe additionnelle aux droits prévus aux articles 575 et 575 A du code général des impôts."
	runAmendments(t, []amCase{
		{"l'alinéa 1", A, "Faire précéder l'alinéa 1 de la mention : « I. – ».", want},
		{"le début de cet article", A, "Faire précéder le début de cet article de la mention : « I. – ».", want},
		{"le premier alinéa", A, "Faire précéder le premier alinéa de cet article de la mention : « I. – ».", want},
		{"after a new II", A, "I. – Compléter cet article par un paragraphe ainsi rédigé :\n« II. – Le taux est publié. »\nII. – En conséquence, faire précéder l'alinéa 1 de la mention : « I. – ».", []string{"I. - Le taux de 5 % est applicable.", A[1], "II. - Le taux est publié."}},
		{"before the gage", A, "I. – À l'alinéa 1, substituer au taux : « 5 % » le taux : « 6 % ».\nII. – En conséquence, faire précéder l'alinéa 1 de la mention : « I. – ».\nIII. – " + g, []string{"I. – Le taux de 6 % est applicable.", A[1], "II. – " + g}},
	})
}

// TestGrammarAmendmentRankedAlineas: alinéas of the bill article named
// by several ranks ("Aux deuxième et troisième alinéas", "Supprimer les
// deuxième et troisième alinéas de cet article") are those numbers, as
// one rank is ("au deuxième alinéa" is the alinéa 2) — they were
// refused; several ranks in a part ("à la fin des deuxième et troisième
// alinéas du I") are refused (only the last was edited).
func TestGrammarAmendmentRankedAlineas(t *testing.T) {
	A := []string{"I. – Le maire signe.", "Le préfet contrôle l'acte.", "Le juge statue sur l'acte.", "II. – Le présent article entre en vigueur en 2020."}
	runAmendments(t, []amCase{
		{"aux deuxième et troisième alinéas", A, "Aux deuxième et troisième alinéas, substituer au mot : « acte » le mot : « arrêté ».", []string{A[0], "Le préfet contrôle l'arrêté.", "Le juge statue sur l'arrêté.", A[3]}},
		{"les deuxième et troisième alinéas de cet article", A, "Supprimer les deuxième et troisième alinéas de cet article.", []string{A[0], A[3]}},
		{"three ranks", A, "Aux premier, deuxième et troisième alinéas, substituer au mot : « le » le mot : « un ».", []string{"I. – Un maire signe.", "Un préfet contrôle l'acte.", "Un juge statue sur l'acte.", A[3]}},
		{"in a part: refused", A, "À la fin des deuxième et troisième alinéas du I, insérer les mots : « sans délai ».", nil},
	})
}

// TestGrammarAmendmentThousands: a sum quoted with its thousands set
// apart or not finds the text's other writing: « 1500 € » finds "1 500
// €" (also with a no-break space), « 15 000 » finds "15000" — it was
// refused (words not found). A year ("2015") is never split, and a
// number inside a reference or a decimal stays whole.
func TestGrammarAmendmentThousands(t *testing.T) {
	A := []string{"I. – Le montant de 1 500 € est porté à 15000 euros en 2015.", "II. – Le taux est de 1,2500 selon l'article L. 1500-1."}
	runAmendments(t, []amCase{
		{"1500 € finds 1 500 €", A, "À l'alinéa 1, remplacer le montant : « 1500 € » par le montant : « 2 000 € ».", []string{"I. – Le montant de 2 000 € est porté à 15000 euros en 2015.", A[1]}},
		{"15 000 finds 15000", A, "À l'alinéa 1, remplacer le montant : « 15 000 euros » par le montant : « 20 000 euros ».", []string{"I. – Le montant de 1 500 € est porté à 20 000 euros en 2015.", A[1]}},
		{"a year is a year", A, "À l'alinéa 1, remplacer l'année : « 2 015 » par l'année : « 2016 ».", nil},
		{"a decimal is no sum", A, "À l'alinéa 2, remplacer le nombre : « 2 500 » par le nombre : « 3 000 ».", nil},
		{"a reference is no sum", A, "À l'alinéa 2, remplacer les mots : « L. 1 500-1 » par les mots : « L. 1 ».", nil},
	})
}

// TestGrammarAmendmentIndicativeTimes: the indicative replacement after
// the amendment's own alinéa says its occurrences as the imperative does
// — "À l'alinéa 2, le mot : « A » est remplacé, deux fois, par …", "…
// est, à chaque occurrence, remplacé par …", "… sont, partout où ils
// figurent, remplacés par …" (they were refused); the count is held to,
// as "remplacer (deux fois)".
func TestGrammarAmendmentIndicativeTimes(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat.", "Il date le contrat. Il remet le contrat au préfet."}
	want := []string{A[0], "Il date le bail. Il remet le bail au préfet."}
	runAmendments(t, []amCase{
		{"remplacé, deux fois, par", A, "À l'alinéa 2, le mot : « contrat » est remplacé, deux fois, par le mot : « bail ».", want},
		{"est, à chaque occurrence, remplacé", A, "À l'alinéa 2, le mot : « contrat » est, à chaque occurrence, remplacé par le mot : « bail ».", want},
		{"partout où il figure", A, "À l'alinéa 2, le mot : « contrat » est remplacé, partout où il figure, par le mot : « bail ».", want},
		{"à deux reprises", A, "À l'alinéa 2, le mot : « contrat » est remplacé, à deux reprises, par le mot : « bail ».", want},
		{"a count not the text's: refused", A, "À l'alinéa 2, le mot : « contrat » est remplacé, trois fois, par le mot : « bail ».", nil},
	})
}

// TestGrammarAmendmentPlaceholderKinds: a letter left to number ("…) Le
// troisième alinéa …") is numbered as items and paragraphs are: "a bis)"
// before the b), "c)" after the last letter — it stayed "…)"; a suffix
// said after the sign ("…° bis") is the item before's ("2° bis" after
// the 2°, not "3° bis"); a list ends at a label of a higher kind, so an
// item after the last 2° of the I is the 3°, whatever list the II holds
// (it was "2° bis").
func TestGrammarAmendmentPlaceholderKinds(t *testing.T) {
	A := []string{"I. – Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Le premier alinéa est supprimé ;", "b) Le second alinéa est supprimé ;", "2° L'article L. 2 est abrogé.", "II. – Le code rural est ainsi modifié :", "1° L'article L. 5 est abrogé."}
	runAmendments(t, []amCase{
		{"a letter between two", A, "Après l'alinéa 3\n\nInsérer un alinéa ainsi rédigé :\n\n…) Le troisième alinéa est supprimé ;", []string{A[0], A[1], A[2], "a bis) Le troisième alinéa est supprimé ;", A[3], A[4], A[5], A[6]}},
		{"a letter after the last", A, "Après l'alinéa 4\n\nInsérer un alinéa ainsi rédigé :\n\n…) Le troisième alinéa est supprimé ;", []string{A[0], A[1], A[2], A[3], "c) Le troisième alinéa est supprimé ;", A[4], A[5], A[6]}},
		{"the suffix said", A, "Après l'alinéa 5\n\nInsérer un alinéa ainsi rédigé :\n\n…° bis L'article L. 2-1 est abrogé.", []string{A[0], A[1], A[2], A[3], "2° L'article L. 2 est abrogé ;", "2° bis L'article L. 2-1 est abrogé.", A[5], A[6]}},
		{"a paragraph's suffix said", []string{"I. – Le maire signe.", "II. – Le juge statue."}, "Après l'alinéa 1, insérer un paragraphe ainsi rédigé :\n« … bis. – Le préfet contrôle. »", []string{"I. – Le maire signe.", "I bis. – Le préfet contrôle.", "II. – Le juge statue."}},
		{"the list ends at the II", A, "Après l'alinéa 5\n\nInsérer un alinéa ainsi rédigé :\n\n…° L'article L. 3 est abrogé.", []string{A[0], A[1], A[2], A[3], "2° L'article L. 2 est abrogé ;", "3° L'article L. 3 est abrogé.", A[5], A[6]}},
	})
}

// TestGrammarAmendmentNamedSigns: a punctuation sign named in words
// right after the verb ("remplacer la virgule par le mot : « et »",
// "supprimer la virgule", "substituer au point-virgule un point",
// "remplacer le point-virgule par un point") is the sign quoted — the
// first rewrote the whole alinéa as "et", the others were refused.
// Quoted words named as words ("par le mot : « et »") are never an
// alinéa's new text: an object not read before them is refused.
func TestGrammarAmendmentNamedSigns(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat ;", "Le préfet, le juge et le greffier contrôlent."}
	runAmendments(t, []amCase{
		{"remplacer la virgule par le mot", A, "À l'alinéa 2, après le mot : « préfet », remplacer la virgule par le mot : « et ».", []string{A[0], "Le préfet et le juge et le greffier contrôlent."}},
		{"substituer à la virgule", A, "À l'alinéa 2, après le mot : « préfet », substituer à la virgule le mot : « et ».", []string{A[0], "Le préfet et le juge et le greffier contrôlent."}},
		{"supprimer la virgule", A, "À l'alinéa 2, après le mot : « préfet », supprimer la virgule.", []string{A[0], "Le préfet le juge et le greffier contrôlent."}},
		{"le point-virgule par un point", A, "À la fin de l'alinéa 1, remplacer le point-virgule par un point.", []string{"I. – Le maire signe le contrat.", A[1]}},
		{"substituer au point-virgule un point", A, "À la fin de l'alinéa 1, substituer au point-virgule un point.", []string{"I. – Le maire signe le contrat.", A[1]}},
		{"Sénat: the verb's line after the anchor", A, "Alinéa 2\n\nAprès le mot :\n\npréfet\n\nremplacer la virgule par le mot :\n\net", []string{A[0], "Le préfet et le juge et le greffier contrôlent."}},
		{"words of new text are text", A, "Compléter l'alinéa 2 par une phrase ainsi rédigée : « Il faut remplacer la virgule par un point. »", []string{A[0], "Le préfet, le juge et le greffier contrôlent. Il faut remplacer la virgule par un point."}},
		{"an object not read before words: refused", A, "À l'alinéa 2, remplacer le point de départ par le mot : « et ».", nil},
	})
}

// TestGrammarAmendmentReplaceEnd: "Après le mot : « A », remplacer la fin
// de l'alinéa 2 par les mots : « B »" rewrites its end from A, as
// "rédiger ainsi la fin" does (it was refused); without the words, where
// the end begins is not said — "Remplacer la fin de l'alinéa 2 par une
// phrase ainsi rédigée : …" rewrote the whole alinéa — refused, and so
// is "le début".
func TestGrammarAmendmentReplaceEnd(t *testing.T) {
	A := []string{"I. – Le maire signe.", "Le préfet contrôle l'acte et le juge statue."}
	runAmendments(t, []amCase{
		{"after a word", A, "À l'alinéa 2, après le mot : « acte », remplacer la fin de l'alinéa par les mots : « sans délai. »", []string{A[0], "Le préfet contrôle l'acte sans délai."}},
		{"substituer à la fin (no \"par\"): refused", A, "Après le mot : « acte », substituer à la fin de l'alinéa 2 les mots : « sans délai. »", nil},
		{"no words: refused", A, "Remplacer la fin de l'alinéa 2 par une phrase ainsi rédigée : « Le juge tranche. »", nil},
		{"le début: refused", A, "Remplacer le début de l'alinéa 2 par les mots : « Le sous-préfet ».", nil},
	})
}

// TestGrammarAmendmentCodeArticleText: a code's article the bill article
// quotes, named as what is completed or rewritten ("Compléter l'article
// L. 1 du code civil par un alinéa ainsi rédigé", "Rédiger ainsi
// l'article L. 1 :") or as the text of an alinéa ("Au premier alinéa de
// l'article L. 1 du code civil, …"), is the text proposed for it — the
// alinéa went at the end of the bill article, outside the quotation; the
// rewrite and the alinéa were refused. A code's article the bill does
// not quote is refused. "Le titre de l'article L. 1" is no division read:
// refused (the words went at the end of the article).
func TestGrammarAmendmentCodeArticleText(t *testing.T) {
	A := []string{"I. – Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le maire signe. Il date.", "« Le préfet contrôle. » ;", "2° L'article L. 2 est abrogé."}
	runAmendments(t, []amCase{
		{"Compléter l'article L. 1 par un alinéa", A, "Compléter l'article L. 1 du code civil par un alinéa ainsi rédigé :\n« Le juge statue. »", []string{A[0], A[1], A[2], "« Le préfet contrôle.", "« Le juge statue. » ;", A[4]}},
		{"Rédiger ainsi l'article L. 1", A, "Rédiger ainsi l'article L. 1 du code civil :\n« Art. L. 1. – Le maire agit. »", []string{A[0], A[1], "« Art. L. 1. – Le maire agit. » ;", A[4]}},
		{"au premier alinéa de l'article L. 1", A, "Au premier alinéa de l'article L. 1 du code civil, substituer au mot : « maire » le mot : « préfet ».", []string{A[0], A[1], "« Art. L. 1. – Le préfet signe. Il date.", A[3], A[4]}},
		{"an article the bill does not quote: refused", A, "Compléter l'article L. 2 du code civil par un alinéa ainsi rédigé :\n« Le juge statue. »", nil},
		{"le titre de l'article: refused", A, "Compléter le titre de l'article L. 1 par les mots : « du code civil ».", nil},
	})
}

// TestGrammarAmendmentCompleteSentence: "Compléter la première phrase de
// l'alinéa 3 par une phrase ainsi rédigée" puts the new sentence after
// that sentence (it went at the end of the alinéa), as "Après la
// première phrase, insérer une phrase" does; "Compléter cet alinéa par
// une phrase" under the Sénat's "Alinéa 3, première phrase" completes
// the alinéa.
func TestGrammarAmendmentCompleteSentence(t *testing.T) {
	A := []string{"I. – Le maire signe.", "Il date le contrat. Il le remet."}
	runAmendments(t, []amCase{
		{"the first sentence", A, "Compléter la première phrase de l'alinéa 2 par une phrase ainsi rédigée : « Il le paraphe. »", []string{A[0], "Il date le contrat. Il le paraphe. Il le remet."}},
		{"Sénat: cette phrase", A, "Alinéa 2, première phrase\n\nCompléter cette phrase par une phrase ainsi rédigée :\n\nIl le paraphe.", []string{A[0], "Il date le contrat. Il le paraphe. Il le remet."}},
		{"Sénat: cet alinéa", A, "Alinéa 2, première phrase\n\nCompléter cet alinéa par une phrase ainsi rédigée :\n\nIl le paraphe.", []string{A[0], "Il date le contrat. Il le remet. Il le paraphe."}},
	})
}

// TestGrammarAmendmentRewriteKeptParts: a rewrite's new text that leaves
// a part as it is — "Rédiger ainsi cet article :" then "I. – (Non
// modifié)" ("(Sans modification)"), then the new II — keeps that part as
// the article has it (it was written in as "I. – (Non modifié)"); a part
// the article lacks is refused; "(Alinéa sans modification)", "Art. L.
// 1. – (Non modifié)" keep the alinéa at that place when the new text
// has as many as the text rewritten, else refused; a line of dots ("………") elides without
// saying what it keeps: refused (the text it stood for was dropped).
func TestGrammarAmendmentRewriteKeptParts(t *testing.T) {
	A := []string{"I. – Le maire signe.", "Il date.", "II. – Le juge statue."}
	P := []string{"I. – L'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1. – Le maire signe.", "« Le préfet contrôle. » ;", "II. – Le juge statue."}
	runAmendments(t, []amCase{
		{"I. – (Non modifié)", A, "Rédiger ainsi cet article :\n« I. – (Non modifié)\n« II. – Le juge tranche. »", []string{A[0], A[1], "II. – Le juge tranche."}},
		{"Sénat: unquoted, sans modification", A, "Rédiger ainsi cet article :\n\nI. – (Sans modification)\n\nII. – Le juge tranche.", []string{A[0], A[1], "II. – Le juge tranche."}},
		{"a part the article lacks: refused", A, "Rédiger ainsi cet article :\n« III. – (Non modifié)\n« II. – Le juge tranche. »", nil},
		{"a line of dots: refused", A, "Rédiger ainsi cet article :\n« I. – Le maire signe.\n« ………………\n« II. – Le juge tranche. »", nil},
		{"(Alinéa sans modification) in a proposed text", P, "Rédiger ainsi le texte proposé pour l'article L. 1 du code civil :\n« Art. L. 1. – (Alinéa sans modification)\n« Le préfet contrôle et publie. »", []string{P[0], P[1], "« Le préfet contrôle et publie. » ;", P[3]}},
		{"I. – (Supprimé) is text as adopted", A, "Rédiger ainsi cet article :\n« I. – (Supprimé)\n« II. – Le juge tranche. »", []string{"I. – (Supprimé)", "II. – Le juge tranche."}},
		{"(Non modifié) for a text of two alinéas: refused", P, "Rédiger ainsi le texte proposé pour l'article L. 1 du code civil :\n« Art. L. 1. – (Non modifié) »", nil},
	})
}

// TestGrammarAmendmentIndicativeThisArticle: this article deleted,
// rewritten or completed in the indicative — "Cet article est
// supprimé.", "Le présent article est ainsi rédigé : …", "Cet article
// est complété par un alinéa ainsi rédigé : …" — reads as the imperative
// (they were refused, while the indicative of an alinéa was read).
func TestGrammarAmendmentIndicativeThisArticle(t *testing.T) {
	A := []string{"I. – Le maire signe.", "II. – Le juge statue."}
	runAmendments(t, []amCase{
		{"est supprimé", A, "Cet article est supprimé.", []string{}},
		{"le présent article est ainsi rédigé", A, "Le présent article est ainsi rédigé :\n« Le préfet signe. »", []string{"Le préfet signe."}},
		{"est complété par un alinéa", A, "Cet article est complété par un alinéa ainsi rédigé :\n« III. – Le greffier notifie. »", []string{A[0], A[1], "III. – Le greffier notifie."}},
	})
}

// TestGrammarAmendmentRewriteTakesLabel: new text that leaves its label
// for the consolidation to number ("… – Le juge tranche.", "…° …"),
// rewriting a division that begins with a label of that kind, takes that
// label: "Alinéas 2 et 3" / "Remplacer ces alinéas par un paragraphe
// ainsi rédigé :" / "… – Le juge tranche." on the II is "II. – Le juge
// tranche." (the "… –" stayed).
func TestGrammarAmendmentRewriteTakesLabel(t *testing.T) {
	A := []string{"I. – Le maire signe.", "II. – Le juge statue.", "Il motive.", "III. – Le greffier notifie.", "1° Le code est modifié ;", "2° Le décret est pris."}
	runAmendments(t, []amCase{
		{"a paragraph", A, "Alinéas 2 et 3\n\nRemplacer ces alinéas par un paragraphe ainsi rédigé :\n\n... – Le juge tranche.", []string{A[0], "II. – Le juge tranche.", A[3], A[4], A[5]}},
		{"an item", A, "Alinéa 5\n\nRédiger ainsi cet alinéa :\n\n...° Le code est abrogé ;", []string{A[0], A[1], A[2], A[3], "1° Le code est abrogé ;", A[5]}},
		{"an alinéa without label: left as written", A, "Alinéa 3\n\nRédiger ainsi cet alinéa :\n\n... – Le juge tranche.", []string{A[0], A[1], "... – Le juge tranche.", A[3], A[4], A[5]}},
	})
}

// TestGrammarAmendmentEachOccurrenceAnchor: "après chaque occurrence du
// mot : « A », insérer …" (also "avant", "de la référence", the Sénat's
// line) inserts at every occurrence of A, as "après le mot : « A »" does
// — it was refused.
func TestGrammarAmendmentEachOccurrenceAnchor(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat et le préfet date le contrat.", "II. – Le juge statue."}
	want := []string{"I. – Le maire signe le contrat de vente et le préfet date le contrat de vente.", A[1]}
	runAmendments(t, []amCase{
		{"après chaque occurrence", A, "À l'alinéa 1, après chaque occurrence du mot : « contrat », insérer les mots : « de vente ».", want},
		{"Sénat", A, "Alinéa 1\n\nAprès chaque occurrence du mot :\n\ncontrat\n\ninsérer les mots :\n\nde vente", want},
		{"avant chaque occurrence", A, "À l'alinéa 1, avant chaque occurrence du mot : « contrat », insérer le mot : « seul ».", []string{"I. – Le maire signe le seul contrat et le préfet date le seul contrat.", A[1]}},
	})
}

// TestGrammarAmendmentThisSentencePlace: under the Sénat's "Alinéa 1,
// deuxième phrase", "Après cette phrase, insérer une phrase ainsi
// rédigée :" (or "Avant cette phrase") is after (before) that sentence
// of that alinéa — it was refused.
func TestGrammarAmendmentThisSentencePlace(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat. Il le date. Il le remet.", "II. – Le juge statue."}
	runAmendments(t, []amCase{
		{"après cette phrase", A, "Alinéa 1, deuxième phrase\n\nAprès cette phrase, insérer une phrase ainsi rédigée :\n\nIl le paraphe.", []string{"I. – Le maire signe le contrat. Il le date. Il le paraphe. Il le remet.", A[1]}},
		{"avant cette phrase", A, "Alinéa 1, deuxième phrase\n\nAvant cette phrase, insérer une phrase ainsi rédigée :\n\nIl le paraphe.", []string{"I. – Le maire signe le contrat. Il le paraphe. Il le date. Il le remet.", A[1]}},
	})
}

// TestGrammarAmendmentStatementTail: the statement of reasons a source
// prints after the dispositif — the Assemblée's "EXPOSÉ SOMMAIRE", the
// Sénat's "Objet", alone on their line, then the text — is no part of
// it: the dispositif ends there (read as instructions, its sentences
// refused the amendment). "Objet" inside new text ("Objet du contrat :
// …") is text.
func TestGrammarAmendmentStatementTail(t *testing.T) {
	A := []string{"I. – Le maire signe.", "Il date le contrat."}
	want := []string{A[0], "Il date le bail."}
	runAmendments(t, []amCase{
		{"EXPOSÉ SOMMAIRE", A, "À l'alinéa 2, substituer au mot : « contrat » le mot : « bail ».\n\nEXPOSÉ SOMMAIRE\n\nCet amendement précise le texte.", want},
		{"Objet", A, "Alinéa 2\n\nRemplacer le mot :\n\ncontrat\n\npar le mot :\n\nbail\n\nObjet\n\nCet amendement vise à préciser. Supprimer cet article serait excessif.", want},
		{"a word of new text", A, "Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n\nObjet du contrat : la vente.", []string{A[0], "Objet du contrat : la vente.", A[1]}},
		{"the word objet quoted in the Sénat's layout", []string{"I. – Le maire signe.", "Il fixe un objet."}, "Alinéa 2\n\nRemplacer le mot :\n\nobjet\n\npar le mot :\n\nbail", []string{"I. – Le maire signe.", "Il fixe un bail."}},
		{"the word Objet after a line announcing words", []string{"I. – Le maire signe.", "Il date. Objet du bail."}, "Alinéa 2\n\nRemplacer le mot :\n\nObjet\n\npar le mot :\n\nBut", []string{"I. – Le maire signe.", "Il date. But du bail."}},
	})
}

// TestGrammarAmendmentPairsChain: several pairs of one replacement say
// what each old word becomes in the text as it stands: "remplacer le
// mot : « maire » par le mot : « préfet » et le mot : « préfet » par le
// mot : « juge »" would, pair after pair, edit the words just put (both
// became "juge") — refused; the pairs in the other order are read.
func TestGrammarAmendmentPairsChain(t *testing.T) {
	A := []string{"I. – Le maire signe et le préfet contrôle."}
	runAmendments(t, []amCase{
		{"a chain: refused", A, "À l'alinéa 1, remplacer le mot : « maire » par le mot : « préfet » et le mot : « préfet » par le mot : « juge ».", nil},
		{"no chain", A, "À l'alinéa 1, remplacer le mot : « préfet » par le mot : « juge » et le mot : « maire » par le mot : « préfet ».", []string{"I. – Le préfet signe et le juge contrôle."}},
	})
}

// TestGrammarAmendmentLatinPlace: a place said in Latin in an
// amendment's head — the Sénat's "Alinéa 2, in fine", "In fine de
// l'alinéa 2, insérer …", "À l'alinéa 2, in limine, …" — is "à la fin",
// "au début", as the bills' older drafting is read (they were refused);
// in new text it is text.
func TestGrammarAmendmentLatinPlace(t *testing.T) {
	A := []string{"I. – Le maire signe.", "Le préfet contrôle l'acte."}
	end := []string{A[0], "Le préfet contrôle l'acte sans délai."}
	runAmendments(t, []amCase{
		{"Sénat: Alinéa 2, in fine", A, "Alinéa 2, in fine\n\nInsérer les mots :\n\nsans délai", end},
		{"In fine de l'alinéa 2", A, "In fine de l'alinéa 2, insérer les mots : « sans délai ».", end},
		{"in limine", A, "À l'alinéa 2, in limine, insérer les mots : « En tout état de cause, ».", []string{A[0], "En tout état de cause, le préfet contrôle l'acte."}},
		{"in new text", A, "Compléter l'alinéa 2 par les mots : « in fine »", []string{A[0], "Le préfet contrôle l'acte in fine."}},
	})
}

// TestGrammarAmendmentRewriteByLabels: "Rédiger ainsi les II et III :"
// then "II. – …", "III. – …" (a division's own alinéas after its label
// line) gives each division the text that begins with its label — it
// was refused (one text each, or both for each, not said). Text that
// does not begin with the first label, or lacks a label, stays refused.
func TestGrammarAmendmentRewriteByLabels(t *testing.T) {
	A := []string{"I. – Le maire signe.", "II. – Le juge statue.", "Il motive.", "III. – Le greffier notifie.", "IV. – Le présent article entre en vigueur en 2020."}
	runAmendments(t, []amCase{
		{"the II and the III", A, "Rédiger ainsi les II et III :\n« II. – Le juge tranche.\n« III. – Le greffier publie. »", []string{A[0], "II. – Le juge tranche.", "III. – Le greffier publie.", A[4]}},
		{"with an alinéa of the II", A, "Rédiger ainsi les II et III :\n« II. – Le juge tranche.\n« Il motive toujours.\n« III. – Le greffier publie. »", []string{A[0], "II. – Le juge tranche.", "Il motive toujours.", "III. – Le greffier publie.", A[4]}},
		{"a label missing: refused", A, "Rédiger ainsi les II et III :\n« II. – Le juge tranche.\n« Le greffier publie. »", nil},
		{"not beginning with the first label: refused", A, "Rédiger ainsi les II et III :\n« Le juge tranche.\n« III. – Le greffier publie. »", nil},
	})
}
