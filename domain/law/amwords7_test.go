package law

import "testing"

// TestAmWords7SignsBesideWords: a sign an amendment names in words beside
// quoted words, or as the new words of an insertion, is the sign quoted:
// "Après le mot : « A », insérer une virgule", "Remplacer le mot : « et »
// par une virgule", "Substituer au mot : « et » une virgule" (they were
// refused), "Supprimer la virgule et le mot : « et »", "Supprimer le mot
// : « et » et la virgule" (the comma was left, "et" deleted alone — even
// where the text held no comma). A sign and words as one new text
// ("par une virgule et le mot : « puis »", "substituer à la virgule et
// au mot : « et » …") are refused — the comma was dropped, the words put
// alone; inserted, "insérer une virgule et le mot : « ainsi »" is ",
// ainsi" (TestAmLeft8CommaAndWords).
func TestAmWords7SignsBesideWords(t *testing.T) {
	A := []string{"Le maire signe le bail et le contrat."}
	C := []string{"Le maire signe le bail, et le contrat."}
	runAmendments(t, []amCase{
		{"insérer une virgule", A, "Après le mot : « bail », insérer une virgule.", C},
		{"insérer un point-virgule", A, "Après le mot : « bail », insérer un point-virgule.", []string{"Le maire signe le bail ; et le contrat."}},
		{"Sénat lines", A, "Après le mot :\nbail\ninsérer une virgule", C},
		{"remplacer par une virgule", A, "Remplacer le mot : « et » par une virgule.", []string{"Le maire signe le bail, le contrat."}},
		{"substituer une virgule", A, "Substituer au mot : « et » une virgule.", []string{"Le maire signe le bail, le contrat."}},
		{"a sign and a word inserted (amleft8)", A, "Après le mot : « bail », insérer une virgule et le mot : « ainsi ».", []string{"Le maire signe le bail, ainsi et le contrat."}},
		{"a word and a sign inserted (amleft8)", A, "Après le mot : « bail », insérer les mots : « écrit » et une virgule.", []string{"Le maire signe le bail écrit, et le contrat."}},
		{"by a sign and a word: refused", A, "Remplacer le mot : « et » par une virgule et le mot : « puis ».", nil},
		{"substituer a sign and a word: refused", A, "Substituer au mot : « et » une virgule et le mot : « puis ».", nil},
		{"no comma to delete: refused", A, "Supprimer la virgule et le mot : « et ».", nil},
		{"the comma and the word deleted", C, "Supprimer la virgule et le mot : « et ».", []string{"Le maire signe le bail le contrat."}},
		{"the word and the comma deleted", C, "Supprimer le mot : « et » et la virgule.", []string{"Le maire signe le bail le contrat."}},
		{"Sénat: the comma and the word", C, "Alinéa 1\nSupprimer la virgule et le mot :\net", []string{"Le maire signe le bail le contrat."}},
		{"a comma and a word for one: refused", C, "À l'alinéa 1, substituer à la virgule et au mot : « et » le mot : « puis ».", nil},
		{"a comma where one stands: refused", C, "Après le mot : « bail », insérer une virgule.", nil},
		{"by a comma before one: refused", C, "Remplacer le mot : « et » par une virgule.", nil},
		{"a comma elsewhere", C, "Après le mot : « maire », insérer le signe : « , ».", []string{"Le maire, signe le bail, et le contrat."}},
		{"a second pair, the sign by a sign", C, "Remplacer le mot : « bail » par le mot : « titre » et la virgule par un point-virgule.", []string{"Le maire signe le titre ; et le contrat."}},
	})
}

// TestAmWords7WordsGuard: the amendments' word operations at a sentence,
// at the start and end of an alinéa, with a count or a rank, and words
// the place does not hold refused, never sought elsewhere (guards).
func TestAmWords7WordsGuard(t *testing.T) {
	B := []string{"I. – Le juge signe le bail.", "Le maire date le bail. Il vise le bail et le contrat.", "Le préfet contrôle."}
	two := func(s string) []string { return []string{B[0], s, B[2]} }
	runAmendments(t, []amCase{
		{"substituer aux mots", B, "À l'alinéa 2, substituer aux mots : « le bail » les mots : « l'acte ».", two("Le maire date l'acte. Il vise l'acte et le contrat.")},
		{"(deux fois)", B, "À l'alinéa 2, substituer au mot : « bail » le mot : « contrat » (deux fois).", two("Le maire date le contrat. Il vise le contrat et le contrat.")},
		{"remplacer (deux fois)", B, "À l'alinéa 2, remplacer (deux fois) le mot : « bail » par le mot : « titre ».", two("Le maire date le titre. Il vise le titre et le contrat.")},
		{"après le mot, insérer", B, "À l'alinéa 2, après le mot : « maire », insérer les mots : « délégué ».", two("Le maire délégué date le bail. Il vise le bail et le contrat.")},
		{"Sénat: sentence line", B, "Alinéa 2, deuxième phrase\nAprès le mot :\nvise\ninsérer les mots :\nsans délai", two("Le maire date le bail. Il vise sans délai le bail et le contrat.")},
		{"alinéa 2, deuxième phrase", B, "À l'alinéa 2, deuxième phrase, substituer au mot : « bail » le mot : « titre ».", two("Le maire date le bail. Il vise le titre et le contrat.")},
		{"à la deuxième phrase de l'alinéa 2", B, "À la deuxième phrase de l'alinéa 2, substituer au mot : « bail » le mot : « titre ».", two("Le maire date le bail. Il vise le titre et le contrat.")},
		{"alinéa 2, première phrase", B, "À l'alinéa 2, première phrase, remplacer le mot : « bail » par le mot : « titre ».", two("Le maire date le titre. Il vise le bail et le contrat.")},
		{"no third sentence: refused", B, "À l'alinéa 2, troisième phrase, remplacer le mot : « bail » par le mot : « titre ».", nil},
		{"supprimer les mots", B, "À l'alinéa 2, supprimer les mots : « et le contrat ».", two("Le maire date le bail. Il vise le bail.")},
		{"à la fin", B, "À la fin de l'alinéa 2, substituer au mot : « contrat » le mot : « titre ».", two("Le maire date le bail. Il vise le bail et le titre.")},
		{"au début", B, "Au début de l'alinéa 2, substituer aux mots : « Le maire » les mots : « Le préfet ».", two("Le préfet date le bail. Il vise le bail et le contrat.")},
		{"two operations", B, "À l'alinéa 2, substituer aux mots : « Le maire » les mots : « Le préfet » et supprimer les mots : « et le contrat ».", two("Le préfet date le bail. Il vise le bail.")},
		{"seconde occurrence", B, "À l'alinéa 2, substituer à la seconde occurrence du mot : « bail » le mot : « titre ».", two("Le maire date le bail. Il vise le titre et le contrat.")},
		{"troisième occurrence: refused", B, "À l'alinéa 2, substituer à la troisième occurrence du mot : « bail » le mot : « titre ».", nil},
		{"words with commas inserted", B, "À l'alinéa 2, après le mot : « vise », insérer les mots : « , sans délai, ».", two("Le maire date le bail. Il vise, sans délai, le bail et le contrat.")},
		{"remplacer: not found", B, "À l'alinéa 2, remplacer le mot : « greffier » par le mot : « préfet ».", nil},
		{"supprimer: not found", B, "À l'alinéa 2, supprimer le mot : « greffier ».", nil},
		{"anchor not found", B, "À l'alinéa 2, après le mot : « greffier », insérer les mots : « délégué ».", nil},
		{"words in another alinéa: refused", B, "À l'alinéa 3, remplacer le mot : « bail » par le mot : « titre ».", nil},
	})
}

// TestAmWords7ObjectBeforeWords: an object in words that no rule reads,
// joined by "et" to the quoted words of an operation — "Supprimer la
// conjonction et les mots : « A »", "Supprimer le tiret et …", "les
// parenthèses et …", "insérer un tiret et les mots : …" — refuses the
// amendment: it was dropped and the words edited alone, even where the
// text held no such object ("le bail et." left with its "et"). Signs so
// named are read (TestAmWords7SignsBesideWords), words joined to words
// stay read.
func TestAmWords7ObjectBeforeWords(t *testing.T) {
	A := []string{"Le maire signe le bail et le contrat. Il date le bail."}
	runAmendments(t, []amCase{
		{"la conjonction et les mots: refused", A, "Supprimer la conjonction et les mots : « le contrat ».", nil},
		{"le tiret et les mots: refused", A, "Supprimer le tiret et les mots : « et le contrat ».", nil},
		{"les parenthèses et les mots: refused", A, "Supprimer les parenthèses et les mots : « et le contrat ».", nil},
		{"Sénat lines: refused", A, "Alinéa 1\nSupprimer la conjonction et les mots :\nle contrat", nil},
		{"replaced: refused", A, "Remplacer la conjonction et les mots : « le contrat » par les mots : « ou le titre ».", nil},
		{"insérer un tiret et les mots: refused", A, "Après le mot : « bail », insérer un tiret et les mots : « écrit ».", nil},
		{"words ainsi que words", A, "Supprimer le mot : « et » ainsi que les mots : « le contrat ».", []string{"Le maire signe le bail. Il date le bail."}},
		{"words et words", A, "Supprimer les mots : « et » et « le contrat ».", []string{"Le maire signe le bail. Il date le bail."}},
	})
}

// TestAmWords7OccurrencesGuard: an amendment's counts and ranks of
// occurrences, and sentences named — the occurrence said, every one
// where the text holds the count, refused otherwise (guards).
func TestAmWords7OccurrencesGuard(t *testing.T) {
	A := []string{"Le maire signe le bail. Le maire date le bail. Le préfet vise le bail."}
	all := []string{"Le maire signe le titre. Le maire date le titre. Le préfet vise le titre."}
	second := []string{"Le maire signe le bail. Le maire date le titre. Le préfet vise le bail."}
	juges := []string{"Le juge signe le bail. Le juge date le bail. Le préfet vise le bail."}
	runAmendments(t, []amCase{
		{"(trois fois)", A, "Substituer au mot : « bail » le mot : « titre » (trois fois).", all},
		{"(deux fois), three there: refused", A, "Substituer au mot : « bail » le mot : « titre » (deux fois).", nil},
		{"à la deuxième occurrence", A, "Substituer, à la deuxième occurrence, au mot : « bail » le mot : « titre ».", second},
		{"la dernière occurrence", A, "Remplacer la dernière occurrence du mot : « bail » par le mot : « titre ».", []string{"Le maire signe le bail. Le maire date le bail. Le préfet vise le titre."}},
		{"la seconde occurrence deleted", A, "Supprimer la seconde occurrence du mot : « bail ».", []string{"Le maire signe le bail. Le maire date le. Le préfet vise le bail."}},
		{"after the second occurrence", A, "Après la seconde occurrence du mot : « maire », insérer le mot : « délégué ».", []string{"Le maire signe le bail. Le maire délégué date le bail. Le préfet vise le bail."}},
		{"at the second sentence", A, "À la deuxième phrase, substituer au mot : « bail » le mot : « titre ».", second},
		{"at the last sentence", A, "À la dernière phrase, remplacer le mot : « préfet » par le mot : « juge ».", []string{"Le maire signe le bail. Le maire date le bail. Le juge vise le bail."}},
		{"no fourth sentence: refused", A, "À la quatrième phrase, remplacer le mot : « préfet » par le mot : « juge ».", nil},
		{"not in that sentence: refused", A, "À la deuxième phrase, remplacer le mot : « préfet » par le mot : « juge ».", nil},
		{"the two first sentences", A, "Aux deux premières phrases, substituer au mot : « maire » le mot : « juge ».", juges},
		{"the two occurrences", A, "Substituer aux deux occurrences du mot : « maire » le mot : « juge ».", juges},
		{"the two occurrences, three there: refused", A, "Substituer aux deux occurrences du mot : « bail » le mot : « titre ».", nil},
		{"toutes les occurrences", A, "Substituer à toutes les occurrences du mot : « bail » le mot : « titre ».", all},
		{"partout où il figure", A, "Remplacer le mot : « bail » par le mot : « titre » partout où il figure.", all},
	})
}

// TestAmWords7FinalPeriod: "remplacer le point final par …", "substituer
// au point final …" are the period (they were refused), the alinéa's
// last where it holds several (TestAmLeft8FinalPeriod); a period over several alinéas, or a final
// period deleted, refused (TestWords7SignOverAlineas).
func TestAmWords7FinalPeriod(t *testing.T) {
	A := []string{"Le maire signe le bail et le contrat.", "Le juge date. Il vise."}
	runAmendments(t, []amCase{
		{"remplacer le point final", A, "À l'alinéa 1, remplacer le point final par un point-virgule.", []string{"Le maire signe le bail et le contrat ;", A[1]}},
		{"substituer au point final", A, "À l'alinéa 1, substituer au point final un point-virgule.", []string{"Le maire signe le bail et le contrat ;", A[1]}},
		{"par les mots", A, "À l'alinéa 1, remplacer le point final par les mots : « ; et ».", []string{"Le maire signe le bail et le contrat ; et", A[1]}},
		{"two periods in the alinéa: its last (amleft8)", A, "À l'alinéa 2, remplacer le point final par un point-virgule.", []string{A[0], "Le juge date. Il vise ;"}},
		{"over the article: refused", A, "Remplacer le point final par un point-virgule.", nil},
		{"the final period deleted: refused", A, "À l'alinéa 1, supprimer le point final.", nil},
		{"at the end of alinéa 2", A, "À la fin de l'alinéa 2, remplacer le point par un point-virgule.", []string{A[0], "Le juge date. Il vise ;"}},
		{"a period inserted inside a sentence: refused", A, "À l'alinéa 1, après le mot : « bail », insérer un point.", nil},
		{"quoted, likewise: refused", A, "À l'alinéa 1, après le mot : « bail », insérer le signe : « . ».", nil},
	})
}

// TestAmWords7PlacesGuard: word operations over several alinéas, at an
// alinéa's start (its capital given to the words after), at its end,
// with the period quoted, inside items, and words the text lacks in the
// case or the form quoted — read as said, or refused (guards).
func TestAmWords7PlacesGuard(t *testing.T) {
	A := []string{"Le maire signe le bail et le contrat.", "Le juge date le bail."}
	titles := []string{"Le maire signe le titre et le contrat.", "Le juge date le titre."}
	runAmendments(t, []amCase{
		{"aux alinéas 1 et 2", A, "Aux alinéas 1 et 2, substituer au mot : « bail » le mot : « titre ».", titles},
		{"Sénat: alinéas 1 et 2", A, "Alinéas 1 et 2\nRemplacer le mot :\nbail\npar le mot :\ntitre", titles},
		{"(deux fois) over two alinéas", A, "Aux alinéas 1 et 2, remplacer (deux fois) le mot : « bail » par le mot : « titre ».", titles},
		{"not in one of the alinéas: refused", A, "Aux alinéas 1 et 2, substituer au mot : « contrat » le mot : « titre ».", nil},
		{"with the period quoted", A, "À l'alinéa 1, substituer aux mots : « le bail et le contrat. » les mots : « les actes. ».", []string{"Le maire signe les actes.", A[1]}},
		{"a semicolon before the period: refused", A, "À l'alinéa 1, substituer aux mots : « le bail et le contrat » les mots : « les actes ; ».", nil},
		{"no alinéa 3: refused", A, "À l'alinéa 3, substituer au mot : « bail » le mot : « titre ».", nil},
		{"capital quoted: refused", A, "À l'alinéa 1, substituer au mot : « Bail » le mot : « titre ».", nil},
		{"another form: refused", A, "À l'alinéa 1, substituer au mot : « baux » le mot : « titre ».", nil},
		{"the words kept in the new", A, "À l'alinéa 1, substituer au mot : « bail » les mots : « bail écrit ».", []string{"Le maire signe le bail écrit et le contrat.", A[1]}},
		{"a comma for et", A, "À l'alinéa 1, substituer aux mots : « bail et le » les mots : « bail, le ».", []string{"Le maire signe le bail, le contrat.", A[1]}},
	})
	B := []string{"I. – Le maire signe le bail.", "Le juge date le bail. Il vise l'acte."}
	runAmendments(t, []amCase{
		{"au début: capital", B, "Au début de l'alinéa 2, insérer les mots : « Sauf urgence, ».", []string{B[0], "Sauf urgence, le juge date le bail. Il vise l'acte."}},
		{"au début of the second sentence", B, "Au début de la seconde phrase de l'alinéa 2, insérer les mots : « En outre, ».", []string{B[0], "Le juge date le bail. En outre, il vise l'acte."}},
		{"after the part's label", B, "Au début de l'alinéa 1, insérer les mots : « Sauf urgence, ».", []string{"I. – Sauf urgence, le maire signe le bail.", B[1]}},
		{"first words deleted: capital", B, "À l'alinéa 2, supprimer les mots : « Le juge ».", []string{B[0], "Date le bail. Il vise l'acte."}},
		{"lower-case new words at the start", B, "À l'alinéa 1, substituer aux mots : « Le maire » les mots : « le préfet ».", []string{"I. – Le préfet signe le bail.", B[1]}},
		{"completed with a comma", B, "Compléter la première phrase de l'alinéa 2 par les mots : « , sans délai ».", []string{B[0], "Le juge date le bail, sans délai. Il vise l'acte."}},
		{"a vowel after an elision", B, "À l'alinéa 2, substituer au mot : « acte » le mot : « écrit ».", []string{B[0], "Le juge date le bail. Il vise l'écrit."}},
		{"a consonant after an elision: refused", B, "À l'alinéa 2, substituer au mot : « acte » le mot : « titre ».", nil},
		{"the word after an elision deleted: refused", B, "À l'alinéa 2, supprimer le mot : « acte ».", nil},
	})
	L := []string{"1° Le maire signe le bail ;", "2° Le juge date le contrat ;", "3° Le préfet vise l'acte."}
	runAmendments(t, []amCase{
		{"au 1°", L, "Au 1°, substituer au mot : « bail » le mot : « titre ».", []string{"1° Le maire signe le titre ;", L[1], L[2]}},
		{"not in the 2°: refused", L, "Au 2°, substituer au mot : « bail » le mot : « titre ».", nil},
		{"the 1°'s semicolon", L, "À la fin du 1°, remplacer le signe : « ; » par les mots : « ; et ».", []string{"1° Le maire signe le bail ; et", L[1], L[2]}},
		{"completed before the semicolon", L, "Compléter le 1° par les mots : « , le cas échéant ».", []string{"1° Le maire signe le bail, le cas échéant ;", L[1], L[2]}},
	})
}
