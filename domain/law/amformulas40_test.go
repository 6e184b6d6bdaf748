package law

import "testing"

// TestAm4DetachedOccurrence: an occurrence's rank said apart from the
// words it ranks — "remplacer le mot : « A » par le mot : « B » à la
// seconde occurrence", "…, à la deuxième occurrence, …", "après le mot :
// « A » (seconde occurrence)" — ranks the words replaced, deleted or
// inserted after, as "la seconde occurrence du mot : « A »" does (the
// rank was dropped and every occurrence edited). Two ranks, or two groups
// of words it could rank, are not said: refused.
func TestAm4DetachedOccurrence(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat et le contrat.", "Il remet le contrat au préfet."}
	second := []string{"I. – Le maire signe le contrat et le bail.", A[1]}
	runAmendments(t, []amCase{
		{"à la seconde occurrence, at the end", A, "À l'alinéa 1, remplacer le mot : « contrat » par le mot : « bail » à la seconde occurrence.", second},
		{"à la deuxième occurrence, before the verb", A, "À l'alinéa 1, à la deuxième occurrence, remplacer le mot : « contrat » par le mot : « bail ».", second},
		{"after the verb", A, "À l'alinéa 1, remplacer, à la deuxième occurrence, le mot : « contrat » par le mot : « bail ».", second},
		{"substituer, after the words", A, "À l'alinéa 1, substituer au mot : « contrat », à la seconde occurrence, le mot : « bail ».", second},
		{"(seconde occurrence)", A, "À l'alinéa 1, substituer au mot : « contrat » (seconde occurrence) le mot : « bail ».", second},
		{"deleted", A, "À l'alinéa 1, supprimer les mots : « et le contrat » à la première occurrence.", []string{"I. – Le maire signe le contrat.", A[1]}},
		{"the anchor", A, "À l'alinéa 1, après le mot : « contrat » (seconde occurrence), insérer le mot : « signé ».", []string{"I. – Le maire signe le contrat et le contrat signé.", A[1]}},
		{"the anchor, between commas", A, "À l'alinéa 1, après le mot : « contrat », à la seconde occurrence, insérer le mot : « signé ».", []string{"I. – Le maire signe le contrat et le contrat signé.", A[1]}},
		{"la dernière occurrence", A, "À l'alinéa 1, remplacer le mot : « contrat » par le mot : « bail » à la dernière occurrence.", second},
		{"the rank written with the words stays", A, "À l'alinéa 1, substituer à la seconde occurrence du mot : « contrat » le mot : « bail ».", second},
		{"two groups of words: refused", A, "À l'alinéa 1, après le mot : « signe », supprimer les mots : « le contrat » à la seconde occurrence.", nil},
		{"two pairs: refused", A, "À l'alinéa 1, remplacer le mot : « contrat » par le mot : « bail » et le mot : « maire » par le mot : « préfet » à la seconde occurrence.", nil},
		{"two ranks: refused", A, "À l'alinéa 1, à la première occurrence, remplacer le mot : « contrat » par le mot : « bail » à la seconde occurrence.", nil},
		{"a rank on words already ranked: refused", A, "À l'alinéa 1, remplacer la première occurrence du mot : « contrat » par le mot : « bail » à la seconde occurrence.", nil},
	})
}

// TestAm4WordsTailRead: what follows an operation's last words is read —
// a count ("(deux fois)", ", deux fois", "à chaque occurrence", "(deux
// occurrences)"), "respectivement", a place ("dans la première phrase"),
// punctuation — or the amendment is refused: "… par le mot : « B » et le
// contrat de vente", "… et à l'alinéa 2", the Sénat's new words on two
// lines ("par les mots :" / "au maire" / "et au préfet") were applied
// without it.
func TestAm4WordsTailRead(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat. Il date le contrat.", "Il remet le contrat au préfet."}
	both := []string{"I. – Le maire signe le bail. Il date le bail.", A[1]}
	runAmendments(t, []amCase{
		{"(deux fois)", A, "À l'alinéa 1, remplacer le mot : « contrat » par le mot : « bail » (deux fois).", both},
		{", deux fois", A, "À l'alinéa 1, remplacer le mot : « contrat » par le mot : « bail », deux fois.", both},
		{"à chaque occurrence", A, "À l'alinéa 1, remplacer le mot : « contrat » par le mot : « bail » à chaque occurrence.", both},
		{"(deux occurrences)", A, "À l'alinéa 1, remplacer le mot : « contrat » par le mot : « bail » (deux occurrences).", both},
		{"respectivement", A, "À l'alinéa 1, remplacer respectivement les mots : « signe » et « date » par les mots : « lit » et « relit », respectivement.", []string{"I. – Le maire lit le contrat. Il relit le contrat.", A[1]}},
		{"a place", A, "À l'alinéa 1, remplacer le mot : « contrat » par le mot : « bail » dans la première phrase.", []string{"I. – Le maire signe le bail. Il date le contrat.", A[1]}},
		{"words not quoted after the new ones: refused", A, "À l'alinéa 1, remplacer le mot : « contrat » par le mot : « bail » et le contrat de vente.", nil},
		{"another place joined by et: refused", A, "À l'alinéa 1, remplacer le mot : « contrat » par le mot : « bail » et à l'alinéa 2.", nil},
		{"ainsi qu'à: refused", A, "À l'alinéa 1, remplacer le mot : « contrat » par le mot : « bail » ainsi qu'à l'alinéa 2.", nil},
		{"deleted words then more: refused", A, "À l'alinéa 2, supprimer les mots : « au préfet » et le contrat.", nil},
		{"inserted words then more: refused", A, "À l'alinéa 2, après le mot : « contrat », insérer les mots : « de bail » et le contrat de vente.", nil},
		{"Sénat: new words on two lines: refused", A, "Alinéa 2\n\nRemplacer les mots :\n\nau préfet\n\npar les mots :\n\nau maire\n\net au préfet", nil},
		{"Sénat: new words on one line", A, "Alinéa 2\n\nRemplacer les mots :\n\nau préfet\n\npar les mots :\n\nau maire et au préfet", []string{A[0], "Il remet le contrat au maire et au préfet."}},
	})
}

// TestAm4RangeEachAlinea: a sentence, the end or the start of a range of
// alinéas is each alinéa's — "À la première phrase des alinéas 2 à 4",
// "À la fin des alinéas 2 à 4", "Au début des alinéas 2 à 4", "Compléter
// les alinéas 2 à 4 par les mots …" (or "par une phrase …") — as of a
// list ("des alinéas 2 et 3"); the range was one block: alinéa 2's first
// sentence or start only, alinéa 4's end only. A new end for several
// alinéas ("rédiger ainsi la fin des alinéas 2 à 4") is not said for
// each or together: refused (the alinéas were rewritten whole, or
// deleted up to the anchor).
func TestAm4RangeEachAlinea(t *testing.T) {
	A := []string{"I. – Le maire agit.", "Il signe le contrat. Il lit le contrat.", "Il date le contrat. Il lit le contrat.", "Il remet le contrat."}
	ends := []string{A[0], "Il signe le contrat. Il lit le contrat de bail.", "Il date le contrat. Il lit le contrat de bail.", "Il remet le contrat de bail."}
	runAmendments(t, []amCase{
		{"la première phrase des alinéas 2 à 4", A, "À la première phrase des alinéas 2 à 4, remplacer le mot : « contrat » par le mot : « bail ».", []string{A[0], "Il signe le bail. Il lit le contrat.", "Il date le bail. Il lit le contrat.", "Il remet le bail."}},
		{"à la fin des alinéas 2 à 4", A, "À la fin des alinéas 2 à 4, insérer les mots : « de bail ».", ends},
		{"au début des alinéas 2 à 4", A, "Au début des alinéas 2 à 4, insérer les mots : « Puis, ».", []string{A[0], "Puis, il signe le contrat. Il lit le contrat.", "Puis, il date le contrat. Il lit le contrat.", "Puis, il remet le contrat."}},
		{"compléter les alinéas 2 à 4 par les mots", A, "Compléter les alinéas 2 à 4 par les mots : « de bail ».", ends},
		{"Sénat: compléter ces alinéas", A, "Alinéas 2 à 4\n\nCompléter ces alinéas par les mots :\n\nde bail", ends},
		{"compléter par une phrase", A, "Compléter les alinéas 2 à 4 par une phrase ainsi rédigée : « Il relit. »", []string{A[0], A[1] + " Il relit.", A[2] + " Il relit.", A[3] + " Il relit."}},
		{"a range replaced whole stays one block", A, "Aux alinéas 2 à 4, remplacer le mot : « contrat » par le mot : « bail ».", []string{A[0], "Il signe le bail. Il lit le bail.", "Il date le bail. Il lit le bail.", "Il remet le bail."}},
		{"la fin des alinéas 2 à 4 rewritten: refused", A, "Après le mot : « date », rédiger ainsi la fin des alinéas 2 à 4 : « le bail. »", nil},
		{"la fin des alinéas 2 et 3 rewritten: refused", A, "Après le mot : « lit », rédiger ainsi la fin des alinéas 2 et 3 : « le bail. »", nil},
	})
}

// TestAm4RankPluralSentences: one rank in the plural said of several
// alinéas — "Aux premières phrases des alinéas 2 et 3", "Supprimer les
// secondes phrases des alinéas 2 et 3", the Sénat's locator line
// "Alinéas 2 et 3, premières phrases" — is that sentence of each (it was
// refused). Of one alinéa it says nothing: refused; "Alinéas 2 et 3,
// première phrase" (of the 3 only, or of both?) stays refused.
func TestAm4RankPluralSentences(t *testing.T) {
	A := []string{"I. – Le maire agit.", "Il signe le contrat. Il lit le contrat.", "Il date le contrat. Il lit le contrat.", "Il remet le contrat."}
	firsts := []string{A[0], "Il signe le bail. Il lit le contrat.", "Il date le bail. Il lit le contrat.", A[3]}
	runAmendments(t, []amCase{
		{"aux premières phrases des alinéas 2 et 3", A, "Aux premières phrases des alinéas 2 et 3, remplacer le mot : « contrat » par le mot : « bail ».", firsts},
		{"Sénat: Alinéas 2 et 3, premières phrases", A, "Alinéas 2 et 3, premières phrases\n\nRemplacer le mot :\n\ncontrat\n\npar le mot :\n\nbail", firsts},
		{"aux dernières phrases of a range", A, "Aux dernières phrases des alinéas 2 à 4, remplacer le mot : « contrat » par le mot : « bail ».", []string{A[0], "Il signe le contrat. Il lit le bail.", "Il date le contrat. Il lit le bail.", "Il remet le bail."}},
		{"supprimer les secondes phrases", A, "Supprimer les secondes phrases des alinéas 2 et 3.", []string{A[0], "Il signe le contrat.", "Il date le contrat.", A[3]}},
		{"of one alinéa: refused", A, "Aux premières phrases de l'alinéa 2, remplacer le mot : « contrat » par le mot : « bail ».", nil},
		{"Sénat: of one alinéa: refused", A, "Alinéa 2, premières phrases\n\nRemplacer le mot :\n\ncontrat\n\npar le mot :\n\nbail", nil},
		{"Sénat: the singular after a list: refused", A, "Alinéas 2 et 3, première phrase\n\nRemplacer le mot :\n\ncontrat\n\npar le mot :\n\nbail", nil},
	})
}

// TestAm4JoinedComplete: "Compléter l'alinéa 2 par les mots : « A » et
// l'alinéa 3 par les mots : « B »" completes each division by its own new
// words or sentence, the verb said once (it was refused); words not
// quoted after the new ones ("… et le contrat de vente") stay refused.
func TestAm4JoinedComplete(t *testing.T) {
	A := []string{"I. – Le maire agit.", "Il signe le contrat. Il lit le contrat.", "Il date le contrat.", "Il remet le contrat."}
	runAmendments(t, []amCase{
		{"two alinéas", A, "Compléter l'alinéa 2 par les mots : « de bail » et l'alinéa 3 par les mots : « de vente ».", []string{A[0], "Il signe le contrat. Il lit le contrat de bail.", "Il date le contrat de vente.", A[3]}},
		{"a comma before et", A, "Compléter l'alinéa 2 par les mots : « de bail », et l'alinéa 4 par les mots : « de vente ».", []string{A[0], "Il signe le contrat. Il lit le contrat de bail.", A[2], "Il remet le contrat de vente."}},
		{"a sentence, then an alinéa by a sentence", A, "Compléter la première phrase de l'alinéa 2 par les mots : « de bail » et l'alinéa 3 par une phrase ainsi rédigée : « Il le lit. »", []string{A[0], "Il signe le contrat de bail. Il lit le contrat.", "Il date le contrat. Il le lit.", A[3]}},
		{"two sentences of the place", A, "À l'alinéa 2, compléter la première phrase par les mots : « de bail » et la seconde phrase par les mots : « de vente ».", []string{A[0], "Il signe le contrat de bail. Il lit le contrat de vente.", A[2], A[3]}},
		{"words not quoted: refused", A, "Compléter l'alinéa 2 par les mots : « de bail » et le contrat de vente.", nil},
	})
}

// TestAm4NewLastItemAfterQuotedText: a new last item after an item that
// ends with the text it quotes ("3° Il est ajouté un article L. 14 ainsi
// rédigé :" then "« Art. L. 14. – … »") closes that quotation with the
// item's " ;" — "« … » ;" — as an item ending with its own words gives
// up its period (the quoted line was left without it).
func TestAm4NewLastItemAfterQuotedText(t *testing.T) {
	A := []string{"I. – Le code civil est ainsi modifié :", "1° L'article L. 13 est abrogé ;", "2° Il est ajouté un article L. 14 ainsi rédigé :", "« Art. L. 14. – Le juge statue. »", "II. – Le présent article entre en vigueur en 2020."}
	B := []string{A[0], A[1], A[2], "« Art. L. 14. – Le juge statue. ».", A[4]}
	want := []string{A[0], A[1], A[2], "« Art. L. 14. – Le juge statue. » ;", "3° L'article L. 16 est abrogé.", A[4]}
	runAmendments(t, []amCase{
		{"Compléter le I par un 3°", A, "Compléter le I par un 3° ainsi rédigé :\n« 3° L'article L. 16 est abrogé. »", want},
		{"after the quoted alinéa", A, "Après l'alinéa 4, insérer un alinéa ainsi rédigé :\n« 3° L'article L. 16 est abrogé. »", want},
		{"a period after the quotation", B, "Compléter le I par un 3° ainsi rédigé :\n« 3° L'article L. 16 est abrogé. »", want},
		{"a plain alinéa joins the quotation, no item", A, "Après l'alinéa 4, insérer un alinéa ainsi rédigé :\n« Il statue en référé. »", []string{A[0], A[1], A[2], "« Art. L. 14. – Le juge statue.", "« Il statue en référé. »", A[4]}},
	})
}
