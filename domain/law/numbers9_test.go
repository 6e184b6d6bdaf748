package law

import "testing"

// TestNumbers9Simultaneous: rates, years, amounts replaced together
// ("les taux : « 5 % » et « 10 % » sont remplacés respectivement par les
// taux : « 10 % » et « 15 % »", "remplacer respectivement …", two pairs
// joined by "et") read the text before the instruction: a chain, where a
// new value is another's old one, gives what it gives at once (it was
// refused); a swap, or old words that overlap once reordered, are
// refused; places of their own each ordered apart. Bills and amendments.
func TestNumbers9Simultaneous(t *testing.T) {
	art := "À l'article L. 1 du code civil, "
	R := []string{"Le taux est de 5 %, 10 %, 15 % ou 20 %."}
	Y := []string{"L'article L. 2025 s'applique de 2024 à 2025."}
	runGrammar(t, []grammarCase{
		{name: "three rates", before: R, text: []string{art + "les taux : « 5 % », « 10 % » et « 15 % » sont remplacés respectivement par les taux : « 6 % », « 11 % » et « 16 % »."}, want: []string{"Le taux est de 6 %, 11 %, 16 % ou 20 %."}},
		{name: "a chain of two", before: R, text: []string{art + "les taux : « 5 % » et « 10 % » sont remplacés respectivement par les taux : « 10 % » et « 15 % »."}, want: []string{"Le taux est de 10 %, 15 %, 15 % ou 20 %."}},
		{name: "a chain of three", before: R, text: []string{art + "les taux : « 5 % », « 10 % » et « 15 % » sont remplacés respectivement par les taux : « 10 % », « 15 % » et « 20 % »."}, want: []string{"Le taux est de 10 %, 15 %, 20 % ou 20 %."}},
		{name: "a chain written backwards", before: R, text: []string{art + "les taux : « 10 % » et « 5 % » sont remplacés respectivement par les taux : « 15 % » et « 10 % »."}, want: []string{"Le taux est de 10 %, 15 %, 15 % ou 20 %."}},
		{name: "a chain of two pairs", before: R, text: []string{art + "le taux : « 5 % » est remplacé par le taux : « 10 % » et le taux : « 10 % » par le taux : « 15 % »."}, want: []string{"Le taux est de 10 %, 15 %, 15 % ou 20 %."}},
		{name: "a chain of years beside L. 2025", before: Y, text: []string{art + "les années : « 2024 » et « 2025 » sont remplacées respectivement par les années : « 2025 » et « 2026 »."}, want: []string{"L'article L. 2025 s'applique de 2025 à 2026."}},
		{name: "a chain in two alinéas", before: []string{"Le taux est de 5 % ou 10 %.", "Le seuil est de 5 % ou 10 %."}, text: []string{"Aux premier et second alinéas de l'article L. 1 du code civil, les taux : « 5 % » et « 10 % » sont remplacés respectivement par les taux : « 10 % » et « 15 % »."}, want: []string{"Le taux est de 10 % ou 15 %.", "Le seuil est de 10 % ou 15 %."}},
		{name: "a chain of years", before: []string{"De 2025 à 2026."}, text: []string{art + "les années : « 2025 » et « 2026 » sont remplacées respectivement par les années : « 2026 » et « 2027 »."}, want: []string{"De 2026 à 2027."}},
		{name: "a chain of dates", before: []string{"Du 1er janvier 2025 au 1er janvier 2026."}, text: []string{art + "les dates : « 1er janvier 2025 » et « 1er janvier 2026 » sont remplacées respectivement par les dates : « 1er janvier 2026 » et « 1er janvier 2027 »."}, want: []string{"Du 1er janvier 2026 au 1er janvier 2027."}},
		{name: "a chain in an item", before: []string{"Le taux est de 5 % ou 10 %.", "Le seuil est fixé."}, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Au premier alinéa, les taux : « 5 % » et « 10 % » sont remplacés respectivement par les taux : « 10 % » et « 15 % » ;", "2° Au second alinéa, le mot : « fixé » est remplacé par le mot : « arrêté »."}, want: []string{"Le taux est de 10 % ou 15 %.", "Le seuil est arrêté."}},
		{name: "every occurrence of each", before: []string{"Le taux est de 5 %, 10 % ou 5 %."}, text: []string{art + "les taux : « 5 % » et « 10 % » sont remplacés respectivement par les taux : « 6 % » et « 11 % »."}, want: []string{"Le taux est de 6 %, 11 % ou 6 %."}},
		{name: "a swap: refused", before: R, text: []string{art + "les taux : « 5 % » et « 10 % » sont remplacés respectivement par les taux : « 10 % » et « 5 % »."}},
		{name: "a swap of words: refused", before: []string{"Le maire nomme le préfet."}, text: []string{art + "le mot : « maire » est remplacé par le mot : « préfet » et le mot : « préfet » par le mot : « maire »."}},
		{name: "old words overlapping: refused", before: R, text: []string{art + "les mots : « 5 %, 10 % » et « 10 % » sont remplacés respectivement par les mots : « 6 %, 10 % » et « 12 % »."}},
		{name: "an anchor among the new words: refused", before: []string{"Le taux est de 5 % et de 10 %."}, text: []string{art + "le taux : « 5 % » est remplacé par le taux : « 10 % » et, après le taux : « 10 % », sont insérés les mots : « au plus »."}},
	})
	runAmendments(t, []amCase{
		{"three rates", R, "À l'alinéa 1, remplacer les taux : « 5 % », « 10 % » et « 15 % » par respectivement les taux : « 6 % », « 11 % » et « 16 % ».", []string{"Le taux est de 6 %, 11 %, 16 % ou 20 %."}},
		{"a chain of two", R, "À l'alinéa 1, remplacer respectivement les taux : « 5 % » et « 10 % » par les taux : « 10 % » et « 15 % ».", []string{"Le taux est de 10 %, 15 %, 15 % ou 20 %."}},
		{"par respectivement", R, "À l'alinéa 1, remplacer les taux : « 5 % » et « 10 % » par respectivement les taux : « 10 % » et « 15 % ».", []string{"Le taux est de 10 %, 15 %, 15 % ou 20 %."}},
		{"a chain of three", R, "À l'alinéa 1, remplacer respectivement les taux : « 5 % », « 10 % » et « 15 % » par les taux : « 10 % », « 15 % » et « 20 % ».", []string{"Le taux est de 10 %, 15 %, 20 % ou 20 %."}},
		{"no alinéa named", R, "Remplacer respectivement les taux : « 5 % » et « 10 % » par les taux : « 10 % » et « 15 % ».", []string{"Le taux est de 10 %, 15 %, 15 % ou 20 %."}},
		{"a chain of years beside L. 2025", Y, "À l'alinéa 1, remplacer respectivement les années : « 2024 » et « 2025 » par les années : « 2025 » et « 2026 ».", []string{"L'article L. 2025 s'applique de 2025 à 2026."}},
		{"a swap: refused", R, "À l'alinéa 1, remplacer respectivement les taux : « 5 % » et « 10 % » par les taux : « 10 % » et « 5 % ».", nil},
		{"old words overlapping: refused", R, "À l'alinéa 1, remplacer respectivement les mots : « 5 %, 10 % » et « 10 % » par les mots : « 6 %, 10 % » et « 12 % ».", nil},
		{"two pairs chained: refused", R, "À l'alinéa 1, remplacer le taux : « 5 % » par le taux : « 10 % » et le taux : « 10 % » par le taux : « 15 % ».", nil},
		{"Sénat: both rates on one line: refused", R, "Alinéa 1\nRemplacer les taux :\n5 % et 10 %\npar respectivement les taux :\n10 % et 15 %", nil},
	})
}

// TestNumbers9NotAnAlinea: a count named by its noun ("le nombre : « 3
// »") is never the number of an alinéa ("l'alinéa 3", as amendments
// write) nor of an article or an alinéa listed after others ("les
// articles 2 et 3", "des alinéas 1er, 2 ou 3"): it became "l'alinéa 4";
// found only there, refused; "le chiffre" every one, as before.
func TestNumbers9NotAnAlinea(t *testing.T) {
	art := "À l'article L. 1 du code civil, "
	nombre := art + "le nombre : « 3 » est remplacé par le nombre : « 4 »."
	runGrammar(t, []grammarCase{
		{name: "l'alinéa 3", before: []string{"Au sens de l'alinéa 3, il compte 3 membres."}, text: []string{nombre}, want: []string{"Au sens de l'alinéa 3, il compte 4 membres."}},
		{name: "les articles 2 et 3", before: []string{"Au sens des articles 2 et 3, il compte 3 membres."}, text: []string{nombre}, want: []string{"Au sens des articles 2 et 3, il compte 4 membres."}},
		{name: "des alinéas 1er, 2 ou 3", before: []string{"Au sens des alinéas 1er, 2 ou 3, il compte 3 membres."}, text: []string{nombre}, want: []string{"Au sens des alinéas 1er, 2 ou 3, il compte 4 membres."}},
		{name: "des articles 1er à 3", before: []string{"Au sens des articles 1er à 3, il compte 3 membres."}, text: []string{nombre}, want: []string{"Au sens des articles 1er à 3, il compte 4 membres."}},
		{name: "only an alinéa's number: refused", before: []string{"Au sens de l'alinéa 3, il siège."}, text: []string{nombre}},
		{name: "le chiffre, the alinéa's too: refused (words30)", before: []string{"Au sens de l'alinéa 3, il compte 3 membres."}, text: []string{art + "le chiffre : « 3 » est remplacé par le chiffre : « 4 »."}},
	})
	runAmendments(t, []amCase{
		{"l'alinéa 3", []string{"Au sens de l'alinéa 3, il compte 3 membres."}, "À l'alinéa 1, remplacer le nombre : « 3 » par le nombre : « 4 ».", []string{"Au sens de l'alinéa 3, il compte 4 membres."}},
		{"les alinéas 2 et 3", []string{"Au sens des alinéas 2 et 3, il compte 3 membres."}, "À l'alinéa 1, remplacer le nombre : « 3 » par le nombre : « 4 ».", []string{"Au sens des alinéas 2 et 3, il compte 4 membres."}},
		{"Sénat: only an alinéa's number: refused", []string{"Au sens de l'alinéa 3, il siège."}, "Alinéa 1\nRemplacer le nombre :\n3\npar le nombre :\n4", nil},
	})
	for s, want := range map[string]bool{
		"l'alinéa ": true, "les alinéas 2 et ": true, "des articles 1er à ": true, "les articles 2, 4 ou ": true,
		"les membres 2 et ": false, "compte ": false, "l'alinea ": true,
	} {
		if got := designatesNumber(s+"3", len(s), "3"); got != want {
			t.Errorf("%q: got %v, want %v", s, got, want)
		}
	}
}

// TestNumbers9Guard: numbers already read, in bills and amendments of
// both chambers (guards): the Sénat's unquoted lines ("Remplacer le
// montant :" / "1 000 €" / "par le montant :" / "2 000 €", l'année, le
// taux, la date, le nombre), one line unquoted refused; counts in
// letters, amounts in euros, "€" for "euros" (a variant of the words),
// spaces of every kind, "M€", "1,5 %" ("1.5 %" and "5 %" refused), "1,5
// million d'euros"; dates whole ("1er janvier 2025" not in "11 janvier
// 2025", "31 décembre 2024" not "31/12/2024"), a year not in "2025-12" nor
// "L. 2025-1", a date's year a year; "le nombre : « 3 »" not "3°",
// "article 3", "3 bis"; "Au 2°, le chiffre" in the item only; durations,
// delays, ages.
func TestNumbers9Guard(t *testing.T) {
	art := "À l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "le nombre in letters", before: []string{"Le conseil compte trois membres."}, text: []string{art + "le nombre : « trois » est remplacé par le nombre : « quatre »."}, want: []string{"Le conseil compte quatre membres."}},
		{name: "le montant in euros", before: []string{"L'amende est de 1 500 euros."}, text: []string{art + "le montant : « 1 500 euros » est remplacé par le montant : « 2 000 euros »."}, want: []string{"L'amende est de 2 000 euros."}},
		{name: "€ for euros", before: []string{"L'amende est de 1 500 euros."}, text: []string{art + "le montant : « 1 500 € » est remplacé par le montant : « 2 000 € »."}, want: []string{"L'amende est de 2 000 €."}},
		{name: "narrow spaces quoted, no-break in the text", before: []string{"L'amende est de 1\u00a0500\u00a0€."}, text: []string{art + "le montant : « 1\u202f500\u202f€ » est remplacé par le montant : « 2 000 € »."}, want: []string{"L'amende est de 2 000 €."}},
		{name: "no-break space before %", before: []string{"Le taux est de 5\u00a0%."}, text: []string{art + "le taux : « 5 % » est remplacé par le taux : « 6 % »."}, want: []string{"Le taux est de 6 %."}},
		{name: "M€", before: []string{"Le fonds est doté de 5 M€ et de 15 M€."}, text: []string{art + "le montant : « 5 M€ » est remplacé par le montant : « 6 M€ »."}, want: []string{"Le fonds est doté de 6 M€ et de 15 M€."}},
		{name: "millions", before: []string{"Le fonds est doté de 5 millions d'euros."}, text: []string{art + "le montant : « 5 millions » est remplacé par le montant : « 6 millions »."}, want: []string{"Le fonds est doté de 6 millions d'euros."}},
		{name: "1,5 million d'euros", before: []string{"Le fonds est doté de 1,5 million d'euros."}, text: []string{art + "le montant : « 1,5 million d'euros » est remplacé par le montant : « 2 millions d'euros »."}, want: []string{"Le fonds est doté de 2 millions d'euros."}},
		{name: "1,5 % not 11,5 %", before: []string{"Le taux est de 1,5 % ou 11,5 %."}, text: []string{art + "le taux : « 1,5 % » est remplacé par le taux : « 2 % »."}, want: []string{"Le taux est de 2 % ou 11,5 %."}},
		{name: "1.5 % for 1,5 %: refused", before: []string{"Le taux est de 1,5 %."}, text: []string{art + "le taux : « 1.5 % » est remplacé par le taux : « 2 % »."}},
		{name: "5 % not 1,5 %: refused", before: []string{"Le taux est de 1,5 %."}, text: []string{art + "le taux : « 5 % » est remplacé par le taux : « 6 % »."}},
		{name: "la date", before: []string{"À compter du 1er janvier 2025, il s'applique."}, text: []string{art + "la date : « 1er janvier 2025 » est remplacée par la date : « 1er juillet 2025 »."}, want: []string{"À compter du 1er juillet 2025, il s'applique."}},
		{name: "a date not in another", before: []string{"Il s'applique le 31 décembre 2024 et le 1er janvier 2025."}, text: []string{art + "les mots : « 1er janvier 2025 » sont remplacés par les mots : « 1er juillet 2025 »."}, want: []string{"Il s'applique le 31 décembre 2024 et le 1er juillet 2025."}},
		{name: "1er janvier not 11 janvier", before: []string{"Le 11 janvier 2025 et le 1er janvier 2025."}, text: []string{art + "la date : « 1er janvier 2025 » est remplacée par la date : « 1er juillet 2025 »."}, want: []string{"Le 11 janvier 2025 et le 1er juillet 2025."}},
		{name: "1 janvier not 21 janvier", before: []string{"Le 21 janvier 2025 et le 1 janvier 2025."}, text: []string{art + "la date : « 1 janvier 2025 » est remplacée par la date : « 2 janvier 2025 »."}, want: []string{"Le 21 janvier 2025 et le 2 janvier 2025."}},
		{name: "2024 not 20245", before: []string{"Avant le 31 décembre 2024 ou le 31 décembre 20245."}, text: []string{art + "les mots : « 31 décembre 2024 » sont remplacés par les mots : « 30 juin 2025 »."}, want: []string{"Avant le 30 juin 2025 ou le 31 décembre 20245."}},
		{name: "not 31/12/2024", before: []string{"Avant le 31 décembre 2024 ou le 31/12/2024."}, text: []string{art + "les mots : « 31 décembre 2024 » sont remplacés par les mots : « 30 juin 2025 »."}, want: []string{"Avant le 30 juin 2025 ou le 31/12/2024."}},
		{name: "l'année not 2025-12", before: []string{"Le plan 2025-12 s'applique en 2025."}, text: []string{art + "l'année : « 2025 » est remplacée par l'année : « 2026 »."}, want: []string{"Le plan 2025-12 s'applique en 2026."}},
		{name: "l'année not L. 2025-1", before: []string{"L'article L. 2025-1 s'applique en 2025."}, text: []string{art + "l'année : « 2025 » est remplacée par l'année : « 2026 »."}, want: []string{"L'article L. 2025-1 s'applique en 2026."}},
		{name: "a date's year is a year", before: []string{"Il s'applique le 1er janvier 2025 et en 2025."}, text: []string{art + "l'année : « 2025 » est remplacée par l'année : « 2026 »."}, want: []string{"Il s'applique le 1er janvier 2026 et en 2026."}},
		{name: "le nombre not 3°", before: []string{"Les personnes mentionnées au 3° comptent 3 membres."}, text: []string{art + "le nombre : « 3 » est remplacé par le nombre : « 4 »."}, want: []string{"Les personnes mentionnées au 3° comptent 4 membres."}},
		{name: "le nombre not article 3", before: []string{"Au sens de l'article 3, il compte 3 membres."}, text: []string{art + "le nombre : « 3 » est remplacé par le nombre : « 4 »."}, want: []string{"Au sens de l'article 3, il compte 4 membres."}},
		{name: "le nombre not 3 bis", before: []string{"Au sens du 3 bis, il compte 3 membres."}, text: []string{art + "le nombre : « 3 » est remplacé par le nombre : « 4 »."}, want: []string{"Au sens du 3 bis, il compte 4 membres."}},
		{name: "500 not 500 000", before: []string{"Le plafond est de 500 000 € et le seuil de 500 €."}, text: []string{art + "le montant : « 500 » est remplacé par le montant : « 700 »."}, want: []string{"Le plafond est de 500 000 € et le seuil de 700 €."}},
		{name: "1 not 1er", before: []string{"Au 1er janvier, il compte 1 membre."}, text: []string{art + "le nombre : « 1 » est remplacé par le nombre : « 2 »."}, want: []string{"Au 1er janvier, il compte 2 membre."}},
		{name: "every count", before: []string{"Il compte 3 membres et 3 suppléants."}, text: []string{art + "le nombre : « 3 » est remplacé par le nombre : « 4 »."}, want: []string{"Il compte 4 membres et 4 suppléants."}},
		{name: "au 2°, le chiffre", before: []string{"Il comprend :", "1° Un élu et 2 agents ;", "2° Deux agents dont 2 cadres."}, text: []string{"Au 2° de l'article L. 1 du code civil, le chiffre : « 2 » est remplacé par le chiffre : « 3 »."}, want: []string{"Il comprend :", "1° Un élu et 2 agents ;", "2° Deux agents dont 3 cadres."}},
		{name: "la durée", before: []string{"La durée est de trois ans."}, text: []string{art + "la durée : « trois ans » est remplacée par la durée : « cinq ans »."}, want: []string{"La durée est de cinq ans."}},
		{name: "le délai", before: []string{"Le délai est de deux mois."}, text: []string{art + "le délai : « deux mois » est remplacé par le délai : « trois mois »."}, want: []string{"Le délai est de trois mois."}},
		{name: "l'âge not 118 ans", before: []string{"L'âge est de 18 ans ou 118 ans."}, text: []string{art + "l'âge : « 18 ans » est remplacé par l'âge : « 16 ans »."}, want: []string{"L'âge est de 16 ans ou 118 ans."}},
	})
	runAmendments(t, []amCase{
		{"Sénat: le montant", []string{"L'amende est de 1 000 €."}, "Alinéa 1\nRemplacer le montant :\n1 000 €\npar le montant :\n2 000 €", []string{"L'amende est de 2 000 €."}},
		{"Sénat: l'année", []string{"Il s'applique en 2025."}, "Alinéa 1\nRemplacer l'année :\n2025\npar l'année :\n2026", []string{"Il s'applique en 2026."}},
		{"Sénat: le taux", []string{"Le taux est de 8 %."}, "Alinéa 1\nRemplacer le taux :\n8 %\npar le taux :\n11 %", []string{"Le taux est de 11 %."}},
		{"Sénat: le taux on one line (TestAmend22UnquotedOneLine)", []string{"Le taux est de 8 %."}, "Alinéa 1\nRemplacer le taux : 8 % par le taux : 11 %", []string{"Le taux est de 11 %."}},
		{"Sénat: la date", []string{"Avant le 31 décembre 2024 ou le 1er janvier 2025."}, "Alinéa 1\nRemplacer la date :\n31 décembre 2024\npar la date :\n30 juin 2025", []string{"Avant le 30 juin 2025 ou le 1er janvier 2025."}},
		{"Sénat: le nombre in letters", []string{"Le conseil compte trois membres."}, "Alinéa 1\nRemplacer le nombre :\ntrois\npar le nombre :\nquatre", []string{"Le conseil compte quatre membres."}},
		{"Sénat: le nombre", []string{"Il compte 3 membres."}, "Alinéa 1\nRemplacer le nombre :\n3\npar le nombre :\n4", []string{"Il compte 4 membres."}},
		{"Sénat: le montant in euros", []string{"L'amende est de 1 500 euros."}, "Alinéa 1\nRemplacer le montant :\n1 500 euros\npar le montant :\n2 000 euros", []string{"L'amende est de 2 000 euros."}},
		{"Sénat: no-break spaces in the text", []string{"L'amende est de 1\u00a0500\u00a0€."}, "Alinéa 1\nRemplacer le montant :\n1 500 €\npar le montant :\n2 000 €", []string{"L'amende est de 2 000 €."}},
		{"Sénat: l'année not L. 2025-1", []string{"L'article L. 2025-1 s'applique en 2025."}, "Alinéa 1\nRemplacer l'année :\n2025\npar l'année :\n2026", []string{"L'article L. 2025-1 s'applique en 2026."}},
		{"l'année not 2025-12", []string{"Le plan 2025-12 s'applique en 2025."}, "À l'alinéa 1, remplacer l'année : « 2025 » par l'année : « 2026 ».", []string{"Le plan 2025-12 s'applique en 2026."}},
		{"a date's year is a year", []string{"Il s'applique le 1er janvier 2025 et en 2025."}, "À l'alinéa 1, remplacer l'année : « 2025 » par l'année : « 2026 ».", []string{"Il s'applique le 1er janvier 2026 et en 2026."}},
		{"M€", []string{"Le fonds est doté de 5 M€ et de 15 M€."}, "À l'alinéa 1, remplacer le montant : « 5 M€ » par le montant : « 6 M€ ».", []string{"Le fonds est doté de 6 M€ et de 15 M€."}},
		{"€ for euros", []string{"L'amende est de 1 500 euros."}, "À l'alinéa 1, remplacer le montant : « 1 500 € » par le montant : « 2 000 € ».", []string{"L'amende est de 2 000 €."}},
		{"le nombre not 3°", []string{"Les personnes mentionnées au 3° comptent 3 membres."}, "À l'alinéa 1, remplacer le nombre : « 3 » par le nombre : « 4 ».", []string{"Les personnes mentionnées au 3° comptent 4 membres."}},
		{"le nombre not article 3", []string{"Au sens de l'article 3, il compte 3 membres."}, "À l'alinéa 1, remplacer le nombre : « 3 » par le nombre : « 4 ».", []string{"Au sens de l'article 3, il compte 4 membres."}},
	})
}
