package law

import (
	"errors"
	"strings"
)

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

// errItemAnnouncingAlineas refuses a new item of a list set after its
// last item when that item ends with a colon and the alinéa after it is
// no item nor dash of its own ("2° Les biens suivants :", "les meubles
// ;", "les immeubles.", "Un décret …"; "b) Des éléments suivants :",
// "-le revenu,", …): the alinéas it announces are its own, and where
// they end — which of the later ones close the list — is not said (the
// 2° bis went between the 2° and its alinéas).
var errItemAnnouncingAlineas = errors.New("a new item after a last item ending with a colon, followed by alinéas of no item: where that item ends is not said")

// announcesAlineas reports whether the last item al[last] ends with a
// colon and the alinéa at (after it, before hi) is the one right after
// it (no dash or quotation of its own was passed over): what the colon
// announces goes on past the item's own line.
func announcesAlineas(al []string, last, at, hi int) bool {
	return at < hi && at == last+1 && strings.HasSuffix(strings.TrimRight(al[last], " »\u00a0"), ":")
}
