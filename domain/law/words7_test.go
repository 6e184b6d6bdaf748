package law

import "testing"

// TestWords7NounsGuard: the nouns a bill names quoted words with, other
// than "mots" — la référence, les références, le montant, le taux,
// l'année, la date, le chiffre, le nombre, la somme, le pourcentage, le
// sigle, l'abréviation, la lettre — read as "le mot"; a number or a
// reference is never part of a larger one ("L. 1" in "L. 1-1", "L. 11";
// "100" in "1000"); words the place does not hold are refused, never
// sought elsewhere (guards).
func TestWords7NounsGuard(t *testing.T) {
	A := []string{"Le délai prévu à l'article L. 1 est de 100 € au taux de 5 % pour l'année 2020.", "Il est fixé au 1er janvier 2021 par le chiffre 3, soit la somme de 200 €, dans la limite de 10 pour cent."}
	one := func(s string) []string { return []string{s, A[1]} }
	two := func(s string) []string { return []string{A[0], s} }
	p1 := "Au premier alinéa de l'article L. 1 du code civil, "
	p2 := "Au second alinéa de l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "la référence", before: A, text: []string{p1 + "la référence : « L. 1 » est remplacée par la référence : « L. 2 »."}, want: one("Le délai prévu à l'article L. 2 est de 100 € au taux de 5 % pour l'année 2020.")},
		{name: "la référence absent: refused", before: A, text: []string{p1 + "la référence : « L. 9 » est remplacée par la référence : « L. 2 »."}},
		{name: "le montant", before: A, text: []string{p1 + "le montant : « 100 € » est remplacé par le montant : « 150 € »."}, want: one("Le délai prévu à l'article L. 1 est de 150 € au taux de 5 % pour l'année 2020.")},
		{name: "le montant by words", before: A, text: []string{p1 + "le montant : « 100 € » est remplacé par les mots : « 150 euros »."}, want: one("Le délai prévu à l'article L. 1 est de 150 euros au taux de 5 % pour l'année 2020.")},
		{name: "le taux", before: A, text: []string{p1 + "le taux : « 5 % » est remplacé par le taux : « 6 % »."}, want: one("Le délai prévu à l'article L. 1 est de 100 € au taux de 6 % pour l'année 2020.")},
		{name: "le taux absent: refused", before: A, text: []string{p1 + "le taux : « 7 % » est remplacé par le taux : « 6 % »."}},
		{name: "l'année", before: A, text: []string{p1 + "l'année : « 2020 » est remplacée par l'année : « 2022 »."}, want: one("Le délai prévu à l'article L. 1 est de 100 € au taux de 5 % pour l'année 2022.")},
		{name: "la date", before: A, text: []string{p2 + "la date : « 1er janvier 2021 » est remplacée par la date : « 1er juillet 2021 »."}, want: two("Il est fixé au 1er juillet 2021 par le chiffre 3, soit la somme de 200 €, dans la limite de 10 pour cent.")},
		{name: "le chiffre", before: A, text: []string{p2 + "le chiffre : « 3 » est remplacé par le chiffre : « 4 »."}, want: two("Il est fixé au 1er janvier 2021 par le chiffre 4, soit la somme de 200 €, dans la limite de 10 pour cent.")},
		{name: "le nombre", before: A, text: []string{p2 + "le nombre : « 3 » est remplacé par le nombre : « 4 »."}, want: two("Il est fixé au 1er janvier 2021 par le chiffre 4, soit la somme de 200 €, dans la limite de 10 pour cent.")},
		{name: "la somme", before: A, text: []string{p2 + "la somme : « 200 € » est remplacée par la somme : « 300 € »."}, want: two("Il est fixé au 1er janvier 2021 par le chiffre 3, soit la somme de 300 €, dans la limite de 10 pour cent.")},
		{name: "le pourcentage", before: A, text: []string{p2 + "le pourcentage : « 10 pour cent » est remplacé par le pourcentage : « 12 pour cent »."}, want: two("Il est fixé au 1er janvier 2021 par le chiffre 3, soit la somme de 200 €, dans la limite de 12 pour cent.")},
		{name: "two commas: refused", before: A, text: []string{p2 + "le signe : « , » est remplacé par le signe : « ; »."}},
	})
	B := []string{"Les références aux articles L. 1 et L. 2 du code sont faites par l'ARS et la CNIL.", "La lettre a du 2° s'applique."}
	b1 := func(s string) []string { return []string{s, B[1]} }
	runGrammar(t, []grammarCase{
		{name: "les références", before: B, text: []string{p1 + "les références : « L. 1 et L. 2 » sont remplacées par les références : « L. 3 et L. 4 »."}, want: b1("Les références aux articles L. 3 et L. 4 du code sont faites par l'ARS et la CNIL.")},
		{name: "le sigle", before: B, text: []string{p1 + "le sigle : « ARS » est remplacé par le sigle : « ANS »."}, want: b1("Les références aux articles L. 1 et L. 2 du code sont faites par l'ANS et la CNIL.")},
		{name: "l'abréviation", before: B, text: []string{p1 + "l'abréviation : « CNIL » est remplacée par les mots : « Commission nationale de l'informatique et des libertés »."}, want: b1("Les références aux articles L. 1 et L. 2 du code sont faites par l'ARS et la Commission nationale de l'informatique et des libertés.")},
		{name: "la lettre", before: B, text: []string{p2 + "la lettre : « a » est remplacée par la lettre : « b »."}, want: []string{B[0], "La lettre b du 2° s'applique."}},
		{name: "after la référence", before: B, text: []string{p1 + "après la référence : « L. 2 », sont insérés les mots : « et L. 5 »."}, want: b1("Les références aux articles L. 1 et L. 2 et L. 5 du code sont faites par l'ARS et la CNIL.")},
		{name: "le sigle after an elision deleted: refused", before: B, text: []string{p1 + "le sigle : « ARS » est supprimé."}},
	})
	art := "À l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "L. 1 not in L. 1-1", before: []string{"Les articles L. 1-1 et L. 1 sont applicables."}, text: []string{art + "la référence : « L. 1 » est remplacée par la référence : « L. 2 »."}, want: []string{"Les articles L. 1-1 et L. 2 sont applicables."}},
		{name: "L. 1 not in L. 11", before: []string{"Les articles L. 11 et L. 1 sont applicables."}, text: []string{art + "la référence : « L. 1 » est remplacée par la référence : « L. 2 »."}, want: []string{"Les articles L. 11 et L. 2 sont applicables."}},
		{name: "100 not in 1000", before: []string{"Le montant est de 1000 € ou de 100 €."}, text: []string{art + "le montant : « 100 » est remplacé par le montant : « 150 »."}, want: []string{"Le montant est de 1000 € ou de 150 €."}},
		{name: "5 % not in 2,5 %", before: []string{"Le montant est de 2,5 % ou de 5 %."}, text: []string{art + "le taux : « 5 % » est remplacé par le taux : « 6 % »."}, want: []string{"Le montant est de 2,5 % ou de 6 %."}},
		{name: "words in another alinéa: refused", before: []string{"Le maire signe le bail.", "Le juge date le bail."}, text: []string{p1 + "le mot : « juge » est remplacé par le mot : « préfet »."}},
		{name: "words in another sentence: refused", before: []string{"Le maire signe le bail. Le juge date le bail."}, text: []string{"À la première phrase de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « préfet »."}},
		{name: "capital quoted, lower-case in the text: refused", before: []string{"Le maire signe le bail."}, text: []string{art + "les mots : « Le bail » sont remplacés par les mots : « L'acte »."}},
		{name: "words across two alinéas: refused", before: []string{"Le maire signe le contrat.", "Le juge date le bail."}, text: []string{art + "les mots : « contrat. Le juge » sont remplacés par les mots : « contrat. Le préfet »."}},
	})
}

// TestWords7SeveralEditsGuard: several word operations on one place —
// joined by "et", by a comma, by a semicolon, an insertion after an
// anchor among them, a verb left out ("et les mots : « C » par les mots :
// « D »") — each edit its own words; one of them not found refuses the
// whole (guards).
func TestWords7SeveralEditsGuard(t *testing.T) {
	A := []string{"Le juge signe le bail et le maire date le contrat."}
	art := "À l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "replaced and deleted", before: A, text: []string{art + "les mots : « le juge » sont remplacés par les mots : « le préfet » et les mots : « le maire » sont supprimés."}, want: []string{"Le préfet signe le bail et date le contrat."}},
		{name: "replaced and inserted", before: A, text: []string{art + "les mots : « Le juge » sont remplacés par les mots : « Le préfet » et, après le mot : « bail », sont insérés les mots : « écrit »."}, want: []string{"Le préfet signe le bail écrit et le maire date le contrat."}},
		{name: "inserted then replaced", before: A, text: []string{art + "après le mot : « bail », sont insérés les mots : « écrit » et le mot : « contrat » est remplacé par le mot : « titre »."}, want: []string{"Le juge signe le bail écrit et le maire date le titre."}},
		{name: "semicolon", before: A, text: []string{art + "le mot : « juge » est remplacé par le mot : « préfet » ; après le mot : « date », sont insérés les mots : « et signe »."}, want: []string{"Le préfet signe le bail et le maire date et signe le contrat."}},
		{name: "three with a comma", before: A, text: []string{art + "le mot : « juge » est remplacé par le mot : « préfet », le mot : « maire » est remplacé par le mot : « notaire » et le mot : « contrat » est supprimé."}, want: []string{"Le préfet signe le bail et le notaire date le."}},
		{name: "one not found: refused", before: A, text: []string{art + "le mot : « juge » est remplacé par le mot : « préfet » et le mot : « greffier » est supprimé."}},
		{name: "verb left out", before: A, text: []string{art + "les mots : « le bail » sont remplacés par les mots : « l'acte » et les mots : « le contrat » par les mots : « le titre »."}, want: []string{"Le juge signe l'acte et le maire date le titre."}},
		{name: "respectivement", before: A, text: []string{art + "les mots : « le bail » et « le contrat » sont remplacés respectivement par les mots : « l'acte » et « le titre »."}, want: []string{"Le juge signe l'acte et le maire date le titre."}},
		{name: "pairs without respectivement: refused", before: A, text: []string{art + "les mots : « le bail » et « le contrat » sont remplacés par les mots : « l'acte » et « le titre »."}},
		{name: "then completed", before: A, text: []string{art + "le mot : « juge » est remplacé par le mot : « préfet » et est complété par les mots : « en la forme authentique »."}, want: []string{"Le préfet signe le bail et le maire date le contrat en la forme authentique."}},
		{name: "items", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Les mots : « le bail » sont remplacés par les mots : « l'acte » et les mots : « le contrat » sont supprimés ;", "2° Il est complété par les mots : « sans délai »."}, want: []string{"Le juge signe l'acte et le maire date sans délai."}},
	})
}

// TestWords7OccurrencesGuard: a count or a rank of occurrences — "deux
// fois" held to, "à chaque occurrence", "partout où ils apparaissent",
// the first, second, last occurrence, after the anchor's occurrence —
// the occurrence said, or refused (guards).
func TestWords7OccurrencesGuard(t *testing.T) {
	A := []string{"Le maire signe le bail. Le maire date le bail. Le préfet vise le bail."}
	art := "À l'article L. 1 du code civil, "
	all := []string{"Le maire signe le contrat. Le maire date le contrat. Le préfet vise le contrat."}
	second := []string{"Le maire signe le bail. Le maire date le contrat. Le préfet vise le bail."}
	runGrammar(t, []grammarCase{
		{name: "deux fois, three there: refused", before: A, text: []string{art + "le mot : « bail » est remplacé deux fois par le mot : « contrat »."}},
		{name: "(deux fois), three there: refused", before: A, text: []string{art + "le mot : « bail » est remplacé par le mot : « contrat » (deux fois)."}},
		{name: "deux fois, twice there", before: A, text: []string{art + "le mot : « maire » est, deux fois, remplacé par le mot : « préfet »."}, want: []string{"Le préfet signe le bail. Le préfet date le bail. Le préfet vise le bail."}},
		{name: "trois fois", before: A, text: []string{art + "le mot : « bail » est remplacé trois fois par le mot : « contrat »."}, want: all},
		{name: "à chaque occurrence", before: A, text: []string{art + "le mot : « bail » est remplacé par le mot : « contrat » à chaque occurrence."}, want: all},
		{name: "partout où ils apparaissent", before: A, text: []string{art + "les mots : « le bail » sont remplacés par les mots : « le contrat » partout où ils apparaissent."}, want: all},
		{name: "la première occurrence", before: A, text: []string{art + "la première occurrence du mot : « bail » est remplacée par le mot : « contrat »."}, want: []string{"Le maire signe le contrat. Le maire date le bail. Le préfet vise le bail."}},
		{name: "la seconde occurrence", before: A, text: []string{art + "la seconde occurrence du mot : « bail » est remplacée par le mot : « contrat »."}, want: second},
		{name: "la dernière occurrence", before: A, text: []string{art + "la dernière occurrence du mot : « bail » est remplacée par le mot : « contrat »."}, want: []string{"Le maire signe le bail. Le maire date le bail. Le préfet vise le contrat."}},
		{name: "la quatrième occurrence: refused", before: A, text: []string{art + "la quatrième occurrence du mot : « bail » est remplacée par le mot : « contrat »."}},
		{name: "dans sa deuxième occurrence", before: A, text: []string{art + "le mot : « bail », dans sa deuxième occurrence, est remplacé par le mot : « contrat »."}, want: second},
		{name: "after the second occurrence", before: A, text: []string{art + "après la seconde occurrence du mot : « bail », sont insérés les mots : « écrit »."}, want: []string{"Le maire signe le bail. Le maire date le bail écrit. Le préfet vise le bail."}},
		{name: "after an anchor", before: A, text: []string{art + "après le mot : « date », le mot : « bail » est remplacé par le mot : « contrat »."}, want: second},
		{name: "anchor twice naming two: refused", before: A, text: []string{art + "après le mot : « maire », le mot : « bail » est remplacé par le mot : « contrat »."}},
	})
}

// TestWords7SignInsertedInWords: a bill's sign named in words as the new
// words of an insertion — "après le mot : « A », est insérée une
// virgule", "il est inséré un point-virgule", "est ajoutée une virgule"
// — is the sign quoted (it was refused: no known form); a sign and words
// as one new text stay refused; a comma put before the text's own mark
// ("A, et" with a comma inserted after A: "A,, et") is refused, the law
// and the text disagreeing (it was applied).
func TestWords7SignInsertedInWords(t *testing.T) {
	A := []string{"Le maire signe le bail et le contrat."}
	C := []string{"Le maire signe le bail, et le contrat."}
	art := "À l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "est insérée une virgule", before: A, text: []string{art + "après le mot : « bail », est insérée une virgule."}, want: C},
		{name: "il est inséré une virgule", before: A, text: []string{art + "après le mot : « bail », il est inséré une virgule."}, want: C},
		{name: "est ajoutée une virgule", before: A, text: []string{art + "après le mot : « bail », est ajoutée une virgule."}, want: C},
		{name: "avant", before: A, text: []string{art + "avant le mot : « et », est insérée une virgule."}, want: C},
		{name: "un point-virgule", before: A, text: []string{art + "après le mot : « bail », il est inséré un point-virgule."}, want: []string{"Le maire signe le bail ; et le contrat."}},
		{name: "then another operation", before: A, text: []string{art + "après le mot : « bail », est insérée une virgule et le mot : « et » est remplacé par le mot : « puis »."}, want: []string{"Le maire signe le bail, puis le contrat."}},
		{name: "a sign and words: refused", before: A, text: []string{art + "après le mot : « bail », sont insérés une virgule et le mot : « ainsi »."}},
		{name: "a comma where one stands: refused", before: C, text: []string{art + "après le mot : « bail », est inséré le signe : « , »."}},
		{name: "in words, where one stands: refused", before: C, text: []string{art + "après le mot : « bail », est insérée une virgule."}},
		{name: "a comma elsewhere", before: C, text: []string{art + "après le mot : « maire », est inséré le signe : « , »."}, want: []string{"Le maire, signe le bail, et le contrat."}},
	})
}

// TestWords7PunctuationGuard: words deleted or inserted beside
// punctuation, apostrophes and hyphens: a comma quoted with the words
// goes with them, an item deleted before a list's last takes its comma,
// a word after an elision is a word ("qu'il", "l'acte"), a hyphenated
// word is one ("préfet" is not in "sous-préfet"), a deleted first word
// gives its capital to the next (guards).
func TestWords7PunctuationGuard(t *testing.T) {
	L := []string{"Le juge signe le bail, le contrat et l'acte."}
	art := "À l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "comma quoted before", before: L, text: []string{art + "les mots : « , le contrat » sont supprimés."}, want: []string{"Le juge signe le bail et l'acte."}},
		{name: "item before the last", before: L, text: []string{art + "les mots : « le contrat » sont supprimés."}, want: []string{"Le juge signe le bail et l'acte."}},
		{name: "item with its et", before: L, text: []string{art + "les mots : « le contrat et » sont supprimés."}, want: []string{"Le juge signe le bail, l'acte."}},
		{name: "after a word before a comma", before: L, text: []string{art + "après le mot : « bail », sont insérés les mots : « écrit »."}, want: []string{"Le juge signe le bail écrit, le contrat et l'acte."}},
		{name: "after the last word", before: L, text: []string{art + "après le mot : « acte », sont insérés les mots : « authentique »."}, want: []string{"Le juge signe le bail, le contrat et l'acte authentique."}},
		{name: "anchor with its elision", before: L, text: []string{art + "après le mot : « l'acte », sont insérés les mots : « authentique »."}, want: []string{"Le juge signe le bail, le contrat et l'acte authentique."}},
		{name: "words with a comma inserted", before: L, text: []string{art + "après les mots : « le bail », sont insérés les mots : « , le mandat »."}, want: []string{"Le juge signe le bail, le mandat, le contrat et l'acte."}},
		{name: "vowel after an elision", before: L, text: []string{art + "avant le mot : « acte », est inséré le mot : « ultime »."}, want: []string{"Le juge signe le bail, le contrat et l'ultime acte."}},
		{name: "consonant after an elision: refused", before: L, text: []string{art + "le mot : « acte » est remplacé par les mots : « convention »."}},
		{name: "the elided article with the word", before: L, text: []string{art + "les mots : « l'acte » sont remplacés par les mots : « la convention »."}, want: []string{"Le juge signe le bail, le contrat et la convention."}},
	})
	H := []string{"Le porte-parole et le sous-préfet signent. Le juge qu'il désigne statue."}
	runGrammar(t, []grammarCase{
		{name: "not inside a hyphenated word: refused", before: H, text: []string{art + "le mot : « préfet » est remplacé par le mot : « maire »."}},
		{name: "not the first half: refused", before: H, text: []string{art + "le mot : « porte » est remplacé par le mot : « garde »."}},
		{name: "the hyphenated word", before: H, text: []string{art + "le mot : « sous-préfet » est remplacé par le mot : « maire »."}, want: []string{"Le porte-parole et le maire signent. Le juge qu'il désigne statue."}},
		{name: "qu'il deleted", before: H, text: []string{art + "les mots : « qu'il désigne » sont supprimés."}, want: []string{"Le porte-parole et le sous-préfet signent. Le juge statue."}},
		{name: "the word after qu'", before: H, text: []string{art + "le mot : « il » est remplacé par le mot : « elle »."}, want: []string{"Le porte-parole et le sous-préfet signent. Le juge qu'elle désigne statue."}},
		{name: "first words deleted: capital", before: H, text: []string{art + "les mots : « Le porte-parole et » sont supprimés."}, want: []string{"Le sous-préfet signent. Le juge qu'il désigne statue."}},
	})
	E := []string{"Le juge de l'exécution statue sur l'avis du maire. L'autorité administrative décide."}
	runGrammar(t, []grammarCase{
		{name: "sentence start replaced lower-case", before: E, text: []string{art + "les mots : « L'autorité administrative » sont remplacés par les mots : « le préfet »."}, want: []string{"Le juge de l'exécution statue sur l'avis du maire. Le préfet décide."}},
		{name: "inserted at a sentence's start", before: E, text: []string{art + "au début de la seconde phrase, sont insérés les mots : « en outre, »."}, want: []string{"Le juge de l'exécution statue sur l'avis du maire. En outre, l'autorité administrative décide."}},
		{name: "first words deleted", before: E, text: []string{art + "les mots : « Le juge de l'exécution » sont supprimés."}, want: []string{"Statue sur l'avis du maire. L'autorité administrative décide."}},
		{name: "de l'exécution deleted", before: E, text: []string{art + "les mots : « de l'exécution » sont supprimés."}, want: []string{"Le juge statue sur l'avis du maire. L'autorité administrative décide."}},
		{name: "avis by décision: refused", before: E, text: []string{art + "le mot : « avis » est remplacé par le mot : « décision »."}},
	})
}

// TestWords7SignBesideWordsDeleted: a bill's sign named in words beside
// the quoted words of a deletion — "la virgule et le mot : « et » sont
// supprimés", "le mot : « et » et la virgule sont supprimés" — is the
// sign quoted (they were refused: "a part of an article not read"); a
// text without the sign refuses it. In a replacement ("… sont remplacés
// par le mot : « puis »") it stays refused: several old words for one
// new text each take it ("puis puis").
func TestWords7SignBesideWordsDeleted(t *testing.T) {
	C := []string{"Le maire signe le bail, et le contrat."}
	A := []string{"Le maire signe le bail et le contrat."}
	W := []string{"Le maire signe le bail le contrat."}
	art := "À l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "la virgule et le mot", before: C, text: []string{art + "la virgule et le mot : « et » sont supprimés."}, want: W},
		{name: "le mot et la virgule", before: C, text: []string{art + "le mot : « et » et la virgule sont supprimés."}, want: W},
		{name: "no comma: refused", before: A, text: []string{art + "la virgule et le mot : « et » sont supprimés."}},
		{name: "no comma, after: refused", before: A, text: []string{art + "le mot : « et » et la virgule sont supprimés."}},
		{name: "replaced: refused", before: C, text: []string{art + "la virgule et le mot : « et » sont remplacés par le mot : « puis »."}},
	})
}

// TestWords7SignOverAlineas: a lone sign replaced or deleted without its
// place where the alinéas of the place hold it several times between
// them is refused, as within one alinéa: which one is not said (each
// alinéa was judged alone — the one holding it once edited, the others
// left). A final period deleted, which the text's end takes back, is
// refused (it was counted applied, the text unchanged). At the end of
// the place, or in one alinéa holding it once, it stays read.
func TestWords7SignOverAlineas(t *testing.T) {
	A := []string{"Le maire signe le bail et le contrat.", "Le juge date. Il vise."}
	art := "À l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "over the article: refused", before: A, text: []string{art + "le signe : « . » est remplacé par le signe : « ; »."}},
		{name: "once in each of two alinéas: refused", before: []string{"Le maire signe.", "Le juge date."}, text: []string{art + "le signe : « . » est remplacé par le signe : « ; »."}},
		{name: "in the alinéa holding it once", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le point est remplacé par un point-virgule."}, want: []string{"Le maire signe le bail et le contrat ;", A[1]}},
		{name: "at the end of the article", before: A, text: []string{"À la fin de l'article L. 1 du code civil, le point est remplacé par un point-virgule."}, want: []string{A[0], "Le juge date. Il vise ;"}},
		{name: "the final period deleted: refused", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le signe : « . » est supprimé."}},
		{name: "a comma over two alinéas: refused", before: []string{"Le maire, seul, signe.", "Le juge date."}, text: []string{art + "la virgule est supprimée."}},
	})
}

// TestWords7CommasGuard: words deleted or inserted in a list or between
// commas — one comma left between two, the comma quoted with the words
// going with them, new words beginning with a comma glued to the word
// before, one ending with the comma the text has after the anchor
// putting one — as docs/LAW.md says (guards).
func TestWords7CommasGuard(t *testing.T) {
	A := []string{"Le maire, le juge et le préfet signent.", "Le greffier, seul, date."}
	p1 := "Au premier alinéa de l'article L. 1 du code civil, "
	p2 := "Au second alinéa de l'article L. 1 du code civil, "
	one := func(s string) []string { return []string{s, A[1]} }
	two := func(s string) []string { return []string{A[0], s} }
	runGrammar(t, []grammarCase{
		{name: "an item before the last", before: A, text: []string{p1 + "les mots : « le juge » sont supprimés."}, want: one("Le maire et le préfet signent.")},
		{name: "with its comma", before: A, text: []string{p1 + "les mots : « , le juge » sont supprimés."}, want: one("Le maire et le préfet signent.")},
		{name: "with the et after", before: A, text: []string{p1 + "les mots : « le juge et » sont supprimés."}, want: one("Le maire, le préfet signent.")},
		{name: "between two commas", before: A, text: []string{p2 + "le mot : « seul » est supprimé."}, want: two("Le greffier, date.")},
		{name: "with both commas", before: A, text: []string{p2 + "les mots : « , seul, » sont supprimés."}, want: two("Le greffier date.")},
		{name: "replaced between commas", before: A, text: []string{p2 + "le mot : « seul » est remplacé par les mots : « le cas échéant »."}, want: two("Le greffier, le cas échéant, date.")},
		{name: "a comma first, glued", before: A, text: []string{p1 + "après les mots : « le juge », sont insérés les mots : « , le notaire »."}, want: one("Le maire, le juge, le notaire et le préfet signent.")},
		{name: "the anchor's comma quoted", before: A, text: []string{p1 + "après les mots : « le maire, », sont insérés les mots : « le notaire, »."}, want: one("Le maire, le notaire, le juge et le préfet signent.")},
		{name: "commas both sides, one kept", before: A, text: []string{p1 + "après les mots : « le maire », sont insérés les mots : « , le notaire, »."}, want: one("Le maire, le notaire, le juge et le préfet signent.")},
		{name: "the last item replaced by two", before: A, text: []string{p1 + "les mots : « et le préfet » sont remplacés par les mots : « , le préfet et le notaire »."}, want: one("Le maire, le juge, le préfet et le notaire signent.")},
	})
}
