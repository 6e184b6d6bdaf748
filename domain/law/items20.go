package law

// reSoleSentence is a sentence named as the only one of its alinéa, "la
// seule phrase du deuxième alinéa", "l'unique phrase du …", "la phrase
// unique du …": the first sentence, said to be the last too. The words
// were dropped and the whole alinéa edited — an alinéa of two sentences
// had its words sought in both, or was deleted whole; now the apply
// refuses an alinéa holding more than one (SentenceLast).
var reSoleSentence = mustRe(`(?:^|[^\w-])(?:(?:la|a\s+la|de\s+la)\s+seule\s+phrase|(?:l'|a\s+l'|de\s+l')\s*unique\s+phrase|(?:la|a\s+la|de\s+la)\s+phrase\s+unique)\s+(?:du|de\s+l'|de\s+la|des)\b`)

// reSoleSentences is the plural, "les deux seules phrases du …", "les
// phrases uniques": which sentences of the alinéa is no rank; refused
// as a sentence named without its rank.
var reSoleSentences = mustRe(`\b(?:seules\s+phrases|uniques\s+phrases|phrases\s+uniques)\b`)

// soleSentence reads divText naming a sentence as the only one of its
// alinéa: its rank (1) and that it is the last, ok false otherwise.
func soleSentence(divText string) (rank int, last bool, ok bool) {
	if !reSoleSentence.MatchString(divText) {
		return 0, false, false
	}
	return 1, true, true
}

// amSoleSentence is an amendment's sentence named as the only one of its
// alinéa, folded: "À la seule phrase de l'alinéa 2, remplacer …", the
// Sénat's "Alinéa 2, seule phrase": no amendment reader reads it — the
// words were dropped and the whole alinéa edited, its two sentences
// alike. Refused (amScope).
var amSoleSentence = mustRe(`\b(?:seules?\s+phrases?|uniques?\s+phrases?|phrases?\s+uniques?)\b`)
