package law

import "testing"

// TestAmounts8NumbersGuard: word edits whose words are numbers — an
// amount with its thousands spaced (plain, no-break or narrow no-break
// space), a rate ("5 %", "5%", "5 p. 100", "cinq pour cent"), a count in
// letters, a date, a day, a reference, several rates replaced
// respectively — in bills and amendments: the number whole, never the
// group of a larger one ("500 €" in "1 500 €", "500 000 €" in "1 500 000
// €", "trois" in "vingt-trois", "L. 1" in "L. 11" or "L. 1-1", "5 %" in
// "2,5 %"), a spelling the text does not hold ("1.500 €" for "1 500 €")
// refused (guards).
func TestAmounts8NumbersGuard(t *testing.T) {
	A := []string{"Le montant est de 1 500 € et le plafond de 11 500 €.", "Le taux est de 5 % ou 15 %, soit 5 p. 100, cinq pour cent.", "Il court jusqu'au 31 décembre 2026."}
	one := func(s string) []string { return []string{s, A[1], A[2]} }
	two := func(s string) []string { return []string{A[0], s, A[2]} }
	three := func(s string) []string { return []string{A[0], A[1], s} }
	art := "À l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "le montant spaced", before: A, text: []string{art + "le montant : « 1 500 € » est remplacé par le montant : « 2 000 € »."}, want: one("Le montant est de 2 000 € et le plafond de 11 500 €.")},
		{name: "le montant, no-break space quoted", before: A, text: []string{art + "le montant : « 1\u00a0500 € » est remplacé par le montant : « 2\u00a0000 € »."}, want: one("Le montant est de 2 000 € et le plafond de 11 500 €.")},
		{name: "le montant, narrow no-break space quoted", before: A, text: []string{art + "le montant : « 1\u202f500 € » est remplacé par le montant : « 2\u202f000 € »."}, want: one("Le montant est de 2 000 € et le plafond de 11 500 €.")},
		{name: "le montant with a period: refused", before: A, text: []string{art + "le montant : « 1.500 € » est remplacé par le montant : « 2.000 € »."}},
		{name: "500 € is not the end of 1 500 €: refused", before: A, text: []string{art + "le montant : « 500 € » est remplacé par le montant : « 700 € »."}},
		{name: "les montants respectivement", before: A, text: []string{art + "les montants : « 1 500 € » et « 11 500 € » sont remplacés respectivement par les montants : « 2 000 € » et « 12 000 € »."}, want: one("Le montant est de 2 000 € et le plafond de 12 000 €.")},
		{name: "la somme", before: A, text: []string{art + "la somme : « 11 500 € » est remplacée par la somme : « 12 000 € »."}, want: one("Le montant est de 1 500 € et le plafond de 12 000 €.")},
		{name: "le taux", before: A, text: []string{art + "le taux : « 5 % » est remplacé par le taux : « 6 % »."}, want: two("Le taux est de 6 % ou 15 %, soit 5 p. 100, cinq pour cent.")},
		{name: "le taux unspaced", before: A, text: []string{art + "le taux : « 5% » est remplacé par le taux : « 6 % »."}, want: two("Le taux est de 6 % ou 15 %, soit 5 p. 100, cinq pour cent.")},
		{name: "le taux p. 100", before: A, text: []string{art + "le taux : « 5 p. 100 » est remplacé par le taux : « 6 p. 100 »."}, want: two("Le taux est de 5 % ou 15 %, soit 6 p. 100, cinq pour cent.")},
		{name: "pour cent in letters", before: A, text: []string{art + "les mots : « cinq pour cent » sont remplacés par les mots : « six pour cent »."}, want: two("Le taux est de 5 % ou 15 %, soit 5 p. 100, six pour cent.")},
		{name: "le pourcentage", before: A, text: []string{art + "le pourcentage : « 5 % » est remplacé par le pourcentage : « 6 % »."}, want: two("Le taux est de 6 % ou 15 %, soit 5 p. 100, cinq pour cent.")},
		{name: "les taux respectivement", before: A, text: []string{art + "les taux : « 5 % » et « 15 % » sont remplacés respectivement par les taux : « 6 % » et « 16 % »."}, want: two("Le taux est de 6 % ou 16 %, soit 5 p. 100, cinq pour cent.")},
		{name: "la date", before: A, text: []string{art + "la date : « 31 décembre 2026 » est remplacée par la date : « 31 décembre 2027 »."}, want: three("Il court jusqu'au 31 décembre 2027.")},
		{name: "les mots 31 décembre", before: A, text: []string{art + "les mots : « 31 décembre » sont remplacés par les mots : « 30 juin »."}, want: three("Il court jusqu'au 30 juin 2026.")},
		{name: "l'année", before: A, text: []string{art + "l'année : « 2026 » est remplacée par l'année : « 2027 »."}, want: three("Il court jusqu'au 31 décembre 2027.")},
	})
	S := []string{"Le montant est de 1\u00a0500 € ou de 500 €, le plafond de 1\u202f500\u202f000 € ou de 500 000 €."}
	N := []string{"Le conseil compte vingt-trois membres et trois suppléants, dont dix-huit élus."}
	R := []string{"Les articles L. 1, L. 11, L. 1-1 et L. 1 bis s'appliquent."}
	runGrammar(t, []grammarCase{
		{name: "500 € not in 1 500 € (no-break space)", before: S, text: []string{art + "le montant : « 500 € » est remplacé par le montant : « 700 € »."}, want: []string{"Le montant est de 1\u00a0500 € ou de 700 €, le plafond de 1\u202f500\u202f000 € ou de 500 000 €."}},
		{name: "500 000 € not in 1 500 000 € (narrow space)", before: S, text: []string{art + "le montant : « 500 000 € » est remplacé par le montant : « 700 000 € »."}, want: []string{"Le montant est de 1\u00a0500 € ou de 500 €, le plafond de 1\u202f500\u202f000 € ou de 700 000 €."}},
		{name: "1 500 € quoted plain, no-break in the text", before: S, text: []string{art + "le montant : « 1 500 € » est remplacé par le montant : « 2 000 € »."}, want: []string{"Le montant est de 2 000 € ou de 500 €, le plafond de 1\u202f500\u202f000 € ou de 500 000 €."}},
		{name: "trois not in vingt-trois", before: N, text: []string{art + "le nombre : « trois » est remplacé par le nombre : « quatre »."}, want: []string{"Le conseil compte vingt-trois membres et quatre suppléants, dont dix-huit élus."}},
		{name: "dix not in dix-huit: refused", before: N, text: []string{art + "le nombre : « dix » est remplacé par le nombre : « onze »."}},
		{name: "vingt-trois whole", before: N, text: []string{art + "le nombre : « vingt-trois » est remplacé par le nombre : « vingt-cinq »."}, want: []string{"Le conseil compte vingt-cinq membres et trois suppléants, dont dix-huit élus."}},
		{name: "L. 1 not in L. 11, L. 1-1, L. 1 bis", before: R, text: []string{art + "la référence : « L. 1 » est remplacée par la référence : « L. 2 »."}, want: []string{"Les articles L. 2, L. 11, L. 1-1 et L. 1 bis s'appliquent."}},
		{name: "L. 1 only inside larger ones: refused", before: []string{"Les articles L. 11, L. 1-1 et L. 1 bis s'appliquent."}, text: []string{art + "la référence : « L. 1 » est remplacée par la référence : « L. 2 »."}},
	})
	runAmendments(t, []amCase{
		{"remplacer le montant", A, "À l'alinéa 1, remplacer le montant : « 1 500 € » par le montant : « 2 000 € ».", one("Le montant est de 2 000 € et le plafond de 11 500 €.")},
		{"500 € not in 1 500 €: refused", A, "À l'alinéa 1, remplacer le montant : « 500 € » par le montant : « 700 € ».", nil},
		{"1.500 €: refused", A, "À l'alinéa 1, remplacer le montant : « 1.500 € » par le montant : « 2.000 € ».", nil},
		{"remplacer le taux", A, "À l'alinéa 2, remplacer le taux : « 5 % » par le taux : « 6 % ».", two("Le taux est de 6 % ou 15 %, soit 5 p. 100, cinq pour cent.")},
		{"substituer au taux", A, "À l'alinéa 2, substituer au taux : « 5 % » le taux : « 6 % ».", two("Le taux est de 6 % ou 15 %, soit 5 p. 100, cinq pour cent.")},
		{"Sénat: le taux on its lines", A, "Alinéa 2\nRemplacer le taux :\n5 %\npar le taux :\n6 %", two("Le taux est de 6 % ou 15 %, soit 5 p. 100, cinq pour cent.")},
		{"les taux respectivement", A, "À l'alinéa 2, remplacer les taux : « 5 % » et « 15 % » par respectivement les taux : « 6 % » et « 16 % ».", two("Le taux est de 6 % ou 16 %, soit 5 p. 100, cinq pour cent.")},
		{"le chiffre, every one whole", A, "À l'alinéa 2, remplacer le chiffre : « 5 » par le chiffre : « 6 ».", two("Le taux est de 6 % ou 15 %, soit 6 p. 100, cinq pour cent.")},
		{"la date", A, "À l'alinéa 3, remplacer la date : « 31 décembre 2026 » par la date : « 1er janvier 2027 ».", three("Il court jusqu'au 1er janvier 2027.")},
		{"0,5 % whole", []string{"Le taux est de 5 % ou 0,5 %."}, "À l'alinéa 1, remplacer le taux : « 0,5 % » par le taux : « 0,6 % ».", []string{"Le taux est de 5 % ou 0,6 %."}},
		{"trois not in vingt-trois", N, "À l'alinéa 1, remplacer le nombre : « trois » par le nombre : « quatre ».", []string{"Le conseil compte vingt-trois membres et quatre suppléants, dont dix-huit élus."}},
		{"L. 1 not in L. 11", R, "À l'alinéa 1, remplacer la référence : « L. 1 » par la référence : « L. 2 ».", []string{"Les articles L. 2, L. 11, L. 1-1 et L. 1 bis s'appliquent."}},
	})
}

// TestAmounts8QuantityNotADesignation: a year, an amount, a rate, a
// count named by its noun ("l'année : « 2025 »", "le montant", "le
// nombre", "les deux occurrences de l'année") is never the number of an
// article or a text ("l'article L. 2025", "le décret n° 2025",
// "l'article 500"): those are left, the others edited (both were, "L.
// 2026" written for an article no law named); found only there: refused;
// nor is a date's day ("le nombre : « 3 »" beside "du 3 mars 2025"); a
// rank or a sentence named beside one: refused (whether the rank counts
// it is not said); a count held to the others. "Le chiffre", "la
// référence", "les mots" name a reference too: every occurrence, as
// before. A year in a law's number ("n° 2025-1") is never one, and one
// in a cited text's date beside the rule's is refused (guards).
func TestAmounts8QuantityNotADesignation(t *testing.T) {
	Y := []string{"L'article L. 2025 s'applique en 2025 et jusqu'en 2025."}
	Y1 := []string{"L'article L. 2025 s'applique à compter de l'année 2025."}
	Y2 := []string{"Le décret n° 2025 et l'arrêté n° 2025-1 s'appliquent en 2025."}
	Y3 := []string{"L'article L. 2025 s'applique.", "Il s'applique en 2025."}
	Y4 := []string{"La loi n° 2025-1 du 3 mars 2025 s'applique en 2025."}
	M := []string{"Le montant fixé à l'article 500 est de 500 €."}
	D := []string{"À compter du 3 mars 2025, le conseil compte 3 membres."}
	art := "À l'article L. 1 du code civil, "
	p1 := "Au premier alinéa de l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "l'année, not L. 2025", before: Y1, text: []string{art + "l'année : « 2025 » est remplacée par l'année : « 2026 »."}, want: []string{"L'article L. 2025 s'applique à compter de l'année 2026."}},
		{name: "l'année, not n° 2025", before: Y2, text: []string{art + "l'année : « 2025 » est remplacée par l'année : « 2026 »."}, want: []string{"Le décret n° 2025 et l'arrêté n° 2025-1 s'appliquent en 2026."}},
		{name: "l'année only as an article: refused", before: Y3, text: []string{p1 + "l'année : « 2025 » est remplacée par l'année : « 2026 »."}},
		{name: "l'année over the article", before: Y3, text: []string{art + "l'année : « 2025 » est remplacée par l'année : « 2026 »."}, want: []string{"L'article L. 2025 s'applique.", "Il s'applique en 2026."}},
		{name: "l'année in a whole code", before: Y3, text: []string{"Dans l'ensemble du code civil, l'année : « 2025 » est remplacée par l'année : « 2026 »."}, want: []string{"L'article L. 2025 s'applique.", "Il s'applique en 2026."}},
		{name: "les deux occurrences de l'année", before: Y, text: []string{art + "les deux occurrences de l'année : « 2025 » sont remplacées par l'année : « 2026 »."}, want: []string{"L'article L. 2025 s'applique en 2026 et jusqu'en 2026."}},
		{name: "deux fois", before: Y, text: []string{art + "l'année : « 2025 » est remplacée, deux fois, par l'année : « 2026 »."}, want: []string{"L'article L. 2025 s'applique en 2026 et jusqu'en 2026."}},
		{name: "trois fois: refused", before: Y, text: []string{art + "l'année : « 2025 » est remplacée, trois fois, par l'année : « 2026 »."}},
		{name: "la seconde occurrence beside an article: refused", before: Y, text: []string{art + "la seconde occurrence de l'année : « 2025 » est remplacée par l'année : « 2026 »."}},
		{name: "in an item", before: Y, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° L'année : « 2025 » est remplacée par l'année : « 2026 » ;", "2° Le mot : « jusqu'en » est remplacé par le mot : « avant »."}, want: []string{"L'article L. 2025 s'applique en 2026 et avant 2026."}},
		{name: "l'année deleted", before: Y1, text: []string{art + "les mots : « à compter de » sont supprimés et l'année : « 2025 » est supprimée."}, want: []string{"L'article L. 2025 s'applique l'année."}},
		{name: "le montant, not article 500", before: M, text: []string{art + "le montant : « 500 » est remplacé par le montant : « 700 »."}, want: []string{"Le montant fixé à l'article 500 est de 700 €."}},
		{name: "la référence L. 2025 stays read", before: Y, text: []string{art + "la référence : « L. 2025 » est remplacée par la référence : « L. 2026 »."}, want: []string{"L'article L. 2026 s'applique en 2025 et jusqu'en 2025."}},
		{name: "le nombre, not a date's day", before: D, text: []string{art + "le nombre : « 3 » est remplacé par le nombre : « 5 »."}, want: []string{"À compter du 3 mars 2025, le conseil compte 5 membres."}},
		{name: "le taux, not a date's day", before: []string{"À compter du 3 mars 2025, le taux est de 3 %."}, text: []string{art + "le taux : « 3 » est remplacé par le taux : « 5 »."}, want: []string{"À compter du 3 mars 2025, le taux est de 5 %."}},
		{name: "le nombre only as a date's day: refused", before: []string{"À compter du 3 mars 2025, le conseil siège."}, text: []string{art + "le nombre : « 3 » est remplacé par le nombre : « 5 »."}},
		{name: "le chiffre, the day too: refused (words30)", before: D, text: []string{art + "le chiffre : « 3 » est remplacé par le chiffre : « 5 »."}},
		{name: "the date of a cited text beside the year: refused", before: Y4, text: []string{art + "l'année : « 2025 » est remplacée par l'année : « 2026 »."}},
	})
	runAmendments(t, []amCase{
		{"remplacer l'année", Y, "À l'alinéa 1, remplacer l'année : « 2025 » par l'année : « 2026 ».", []string{"L'article L. 2025 s'applique en 2026 et jusqu'en 2026."}},
		{"substituer à l'année", Y, "À l'alinéa 1, substituer à l'année : « 2025 » l'année : « 2026 ».", []string{"L'article L. 2025 s'applique en 2026 et jusqu'en 2026."}},
		{"Sénat: l'année on its lines", Y, "Alinéa 1\nRemplacer l'année :\n2025\npar l'année :\n2026", []string{"L'article L. 2025 s'applique en 2026 et jusqu'en 2026."}},
		{"(deux fois)", Y, "À l'alinéa 1, remplacer (deux fois) l'année : « 2025 » par l'année : « 2026 ».", []string{"L'article L. 2025 s'applique en 2026 et jusqu'en 2026."}},
		{"(trois fois): refused", Y, "À l'alinéa 1, remplacer (trois fois) l'année : « 2025 » par l'année : « 2026 ».", nil},
		{"seconde occurrence: refused", Y, "À l'alinéa 1, remplacer la seconde occurrence de l'année : « 2025 » par l'année : « 2026 ».", nil},
		{"le nombre", Y, "À l'alinéa 1, remplacer le nombre : « 2025 » par le nombre : « 2026 ».", []string{"L'article L. 2025 s'applique en 2026 et jusqu'en 2026."}},
		{"le chiffre, the article's too: refused (words30)", Y, "À l'alinéa 1, remplacer le chiffre : « 2025 » par le chiffre : « 2026 ».", nil},
		{"only as an article: refused", Y3, "À l'alinéa 1, remplacer l'année : « 2025 » par l'année : « 2026 ».", nil},
		{"over the article", Y3, "Remplacer l'année : « 2025 » par l'année : « 2026 ».", []string{"L'article L. 2025 s'applique.", "Il s'applique en 2026."}},
		{"le nombre, not a date's day", D, "À l'alinéa 1, remplacer le nombre : « 3 » par le nombre : « 5 ».", []string{"À compter du 3 mars 2025, le conseil compte 5 membres."}},
		{"not n° 2025", Y2, "À l'alinéa 1, remplacer l'année : « 2025 » par l'année : « 2026 ».", []string{"Le décret n° 2025 et l'arrêté n° 2025-1 s'appliquent en 2026."}},
	})
}

// TestAmounts8TablesRefused: a table's lines, columns, cells — held in
// the codes as HTML lines or as "| … |" lines, one alinéa each — named in
// a bill or an amendment, to delete a line or edit a number in it, are
// refused, never applied to another alinéa or cell; words outside the
// table stay read (guards).
func TestAmounts8TablesRefused(t *testing.T) {
	T := []string{"Le tarif est fixé ainsi :", "| Catégorie | Montant |", "| A | 100 € |", "| B | 200 € |", "Le maire date."}
	H := []string{"Le taux est fixé comme suit :", "<table>", "<tbody>", "<tr>", "<td>", "<p>B</p>", "</td>", "<td>", "<p>200 €</p>", "</td>", "</tr>", "</tbody>", "</table>", "Le maire date."}
	P := "l'article L. 1 du code civil"
	for _, X := range [][]string{T, H} {
		var cases []grammarCase
		for _, text := range [][]string{
			{"Le tableau du second alinéa de " + P + " est ainsi modifié : la troisième ligne est supprimée."},
			{"Le tableau de " + P + " est ainsi modifié :", "1° La troisième ligne est supprimée ;", "2° À la dernière ligne de la seconde colonne, le montant : « 200 € » est remplacé par le montant : « 300 € »."},
			{"À la dernière ligne de la seconde colonne du tableau de " + P + ", le nombre : « 200 € » est remplacé par le nombre : « 300 € »."},
			{"La troisième ligne du tableau du second alinéa de " + P + " est supprimée."},
			{"Au tableau du second alinéa de " + P + ", le montant : « 200 € » est remplacé par le montant : « 300 € »."},
			{"Dans la colonne « Montant » du tableau de " + P + ", le montant : « 200 € » est remplacé par le montant : « 300 € »."},
			{"À la ligne « B » du tableau de " + P + ", le montant : « 200 € » est remplacé par le montant : « 300 € »."},
			{"Au tableau de " + P + ", à la troisième ligne, le montant : « 200 € » est remplacé par le montant : « 300 € »."},
			{"À la troisième ligne de " + P + ", le montant : « 200 € » est remplacé par le montant : « 300 € »."},
			{"À l'avant-dernière ligne du tableau de " + P + ", le montant : « 200 € » est remplacé par le montant : « 300 € »."},
			{"Le tableau de " + P + " est supprimé."},
		} {
			cases = append(cases, grammarCase{name: text[0], before: X, text: text})
		}
		want := append(append([]string(nil), X[:len(X)-1]...), "Le préfet date.")
		cases = append(cases, grammarCase{name: "words outside the table", before: X, text: []string{"Au dernier alinéa de " + P + ", le mot : « maire » est remplacé par le mot : « préfet »."}, want: want})
		runGrammar(t, cases)
		var am []amCase
		for _, d := range []string{
			"À la troisième ligne du tableau de l'alinéa 2, remplacer le montant : « 200 € » par le montant : « 300 € ».",
			"À l'alinéa 2, troisième ligne du tableau, remplacer le montant : « 200 € » par le montant : « 300 € ».",
			"Alinéa 2, tableau, troisième ligne\nSupprimer cette ligne.",
			"Supprimer la troisième ligne du tableau.",
			"Au tableau, remplacer le montant : « 200 € » par le montant : « 300 € ».",
			"À la dernière ligne, remplacer le montant : « 200 € » par le montant : « 300 € ».",
			"À la seconde colonne, remplacer le montant : « 200 € » par le montant : « 300 € ».",
			"Tableau, dernière ligne\nRemplacer le montant :\n200 €\npar le montant :\n300 €",
			"Compléter le tableau par une ligne ainsi rédigée :\n« | C | 300 € | »",
			"Après la troisième ligne du tableau, insérer une ligne ainsi rédigée :\n« | C | 300 € | »",
		} {
			am = append(am, amCase{d, X, d, nil})
		}
		runAmendments(t, am)
	}
}

// TestAmounts8DesignatedBefore: what numbers an article or a text before
// a number — "L. ", "R. ", "D. ", "A. ", "LO ", "L. O. ", "R.* ", "n° ",
// "article " — and what does not ("en ", "de ", a capital with no
// period: "catégorie A 500").
func TestAmounts8DesignatedBefore(t *testing.T) {
	for s, want := range map[string]bool{
		"l'article L. ": true, "l'article R. ": true, "l'article D. ": true, "l'article A. ": true,
		"l'article LO ": true, "l'article L. O. ": true, "l'article R.* ": true, "le décret n° ": true,
		"les arrêtés nos ": true, "l'article ": true, "les articles ": true,
		"en ": false, "de ": false, "la catégorie A ": false, "l'année ": false, "au taux de ": false,
	} {
		if got := designatesNumber(s+"2025", len(s), "2025"); got != want {
			t.Errorf("%q: got %v, want %v", s, got, want)
		}
	}
	if designatesNumber("l'article L. 2025", len("l'article "), "L. 2025") {
		t.Errorf("a designation quoted whole is not a number alone")
	}
}

// TestAmounts8SpacedTwoWays: an alinéa typing the same words two ways —
// "1 500 €" and "1\u00a0500 €", "L. 1" and "L.\u00a01" — holds them twice:
// every occurrence is replaced (the one typed as quoted was, alone), a
// count or a rank counts both; a larger number or reference typed
// otherwise stays whole.
func TestAmounts8SpacedTwoWays(t *testing.T) {
	X := []string{"Le montant est de 1 500 € ou de 1\u00a0500 € selon l'article L. 1 ou L.\u00a01."}
	art := "À l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "le montant typed two ways", before: X, text: []string{art + "le montant : « 1 500 € » est remplacé par le montant : « 2 000 € »."}, want: []string{"Le montant est de 2 000 € ou de 2 000 € selon l'article L. 1 ou L.\u00a01."}},
		{name: "la référence typed two ways", before: X, text: []string{art + "la référence : « L. 1 » est remplacée par la référence : « L. 2 »."}, want: []string{"Le montant est de 1 500 € ou de 1\u00a0500 € selon l'article L. 2 ou L. 2."}},
		{name: "deux fois counts both", before: X, text: []string{art + "le montant : « 1 500 € » est remplacé, deux fois, par le montant : « 2 000 € »."}, want: []string{"Le montant est de 2 000 € ou de 2 000 € selon l'article L. 1 ou L.\u00a01."}},
		{name: "the second occurrence is the other typing", before: X, text: []string{art + "la seconde occurrence du montant : « 1 500 € » est remplacée par le montant : « 2 000 € »."}, want: []string{"Le montant est de 1 500 € ou de 2 000 € selon l'article L. 1 ou L.\u00a01."}},
		{name: "L. 1 not in L.\u00a01-1", before: []string{"Les articles L. 1 et L.\u00a01-1 s'appliquent."}, text: []string{art + "la référence : « L. 1 » est remplacée par la référence : « L. 2 »."}, want: []string{"Les articles L. 2 et L.\u00a01-1 s'appliquent."}},
		{name: "500 € not in 11\u00a0500 €", before: []string{"Le montant est de 500 € ou de 11\u00a0500 €."}, text: []string{art + "le montant : « 500 € » est remplacé par le montant : « 700 € »."}, want: []string{"Le montant est de 700 € ou de 11\u00a0500 €."}},
	})
	runAmendments(t, []amCase{
		{"le montant typed two ways", X, "À l'alinéa 1, remplacer le montant : « 1 500 € » par le montant : « 2 000 € ».", []string{"Le montant est de 2 000 € ou de 2 000 € selon l'article L. 1 ou L.\u00a01."}},
	})
}
