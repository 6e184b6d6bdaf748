package law

import "fmt"

// numberKindsMixed30 reports whether the words w, a number alone ("2"),
// are found in the alinéas al both as the number of an article, a text
// or a date's day ("l'article L. 2", "la loi n° 2", "le 2 mars") and as
// a number of the text's own ("un délai de 2 mois"): "le chiffre : « 2 »
// est remplacé par le chiffre : « 3 »" (or "le mot", "la référence", "le
// numéro") with no count, rank or place said names one of them, not
// both — which is not said (every occurrence was replaced: "de 3 mois
// prévu à l'article L. 3"). The quantity nouns ("le nombre", "le
// délai", "l'année" …) are read by quantityOccurrences, which takes the
// designations out.
func numberKindsMixed30(al []string, w string) bool {
	if w == "" || leadingDigits(w) != len(w) {
		return false
	}
	designated, own := 0, 0
	for _, s := range al {
		hits := findOcc(s, w, nil)
		for k := 0; k+1 < len(hits); k += 2 {
			if designatesNumber(s, hits[k], w) || dayOfDate(s, hits[k], w) {
				designated++
			} else {
				own++
			}
		}
	}
	return designated > 0 && own > 0
}

// checkNumberKinds30 refuses a word edit of every occurrence of a number
// found both as a designation's number and as the text's own
// (numberKindsMixed30), typed as words whose occurrence is not said.
func checkNumberKinds30(al []string, e Edit, only int) error {
	if e.Kind == EditInsertWords || e.quantity || e.every26 || e.Anchor != "" || e.Through != "" || len(e.Occurrences) > 0 || e.Times > 0 || only != 0 {
		return nil
	}
	if !numberKindsMixed30(wordsOf22(al), e.Old) {
		return nil
	}
	return applyKind26(errApplyWordsWhich26, fmt.Sprintf("number %q found as the number of an article, a text or a date's day and as a number of the text: which is meant is not said", e.Old))
}

// numbersEvery30 marks the edits es of the instruction text as said of
// every occurrence (Edit.every26, as signsEvery26 does for a sign) when
// the text says so (reEverySaid26) and every edit replaces or deletes
// one same number alone: "le chiffre : « 2 » est remplacé, à chaque
// occurrence, par le chiffre : « 3 »" is each "2", the article's number
// and the text's own (numberKindsMixed30 does not refuse it).
func numbersEvery30(text string, es []Edit) {
	if len(es) == 0 || es[0].Old == "" || leadingDigits(es[0].Old) != len(es[0].Old) {
		return
	}
	for _, e := range es {
		if e.Kind != EditReplaceWords && e.Kind != EditDeleteWords || e.Old != es[0].Old || e.Times != 0 || len(e.Occurrences) > 0 || e.Anchor != "" {
			return
		}
	}
	sh, _ := shape(text)
	if !reEverySaid26.MatchString(asciiLower(foldAccents(sh))) {
		return
	}
	for i := range es {
		es[i].every26 = true
	}
}
