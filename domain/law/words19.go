package law

import "strings"

// betweenWordsReplaced reads words replaced or deleted at a place named
// by the two words around them — "Entre les mots : « A » et : « B », le
// mot : « C » est remplacé par le mot : « D »" (also "et les mots :
// « B »", "est supprimé", "sont supprimés") — as "les mots : « A C B »
// sont remplacés par les mots : « A D B »" (deleted: « A B »): the three
// must follow each other, else the words are not found and the edit is
// refused (it was refused: words between two others in a form not
// read). After an elision ("« l' »") where the words join is not clear,
// and a clause after the edit ("… et le mot : « E » par …": between the
// same words or not?) is not said: left as they are (refused).
func betweenWordsReplaced(body string) string {
	m := reBetweenWordsReplaced.FindStringSubmatch(body)
	if m == nil {
		return body
	}
	a, b, c, verb, rest := m[2], m[3], m[4], m[5], m[6]
	for _, w := range []string{a, c} {
		if strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’") {
			return body
		}
	}
	d, deleted := "", strings.Contains(verb, "supprim")
	if !deleted {
		r := reByWords19.FindStringSubmatch(rest)
		if r == nil {
			return body
		}
		d, rest = r[1], r[2]
		if strings.HasSuffix(d, "'") || strings.HasSuffix(d, "’") {
			return body
		}
	}
	if !reEndOfClause19.MatchString(rest) {
		return body
	}
	sep := " "
	if strings.ContainsAny(b[:1], ",.;:)") {
		sep = ""
	}
	mid := sep
	if d != "" {
		mid = " " + d + sep
	}
	edit := "les mots : « " + a + " " + c + sep + b + " » sont remplacés par les mots : « " + a + mid + b + " »" + rest
	if m[1] == "" {
		return upperFirst(edit)
	}
	return m[1] + ", " + edit
}

// reBetweenWordsReplaced is "<place>, entre les mots : « A » et : « B »,
// le mot : « C » est remplacé …" (groups: the place, A, B, C, the verb,
// what follows).
var (
	reBetweenWordsReplaced = mustRe(`^(?:(.*?)\s*,\s*)?[Ee]ntre\s+(?:les|le|la|l['’])\s*` + wordNounCased + `\s*:?\s*«\s*([^«»]+?)\s*»\s*,?\s*et\s+(?:(?:les|le|la|l['’])\s*` + wordNounCased + `\s*)?:?\s*«\s*([^«»]+?)\s*»\s*,\s*(?:les|le|la|l['’])\s*` + wordNounCased + `\s*:?\s*«\s*([^«»]+?)\s*»\s*,?\s*(est\s+remplacée?|sont\s+remplacée?s|est\s+supprimée?|sont\s+supprimée?s)(.*)$`)
	reByWords19            = mustRe(`^\s*par\s+(?:les|le|la|l['’])\s*` + wordNounCased + `\s*:?\s*«\s*([^«»]+?)\s*»(.*)$`)
	reEndOfClause19        = mustRe(`^\s*\.?\s*$`)
)

// reTailArticleSentence is "… et l'article est complété par une phrase
// ainsi rédigée : « B »" after word operations (folded; group: the
// quotation's number).
var reTailArticleSentence = mustRe(`^\s*,?\s*et\s+l'article\s+est\s+complete\s+par\s+une\s+phrase\s+ainsi\s+redigee\s*:?\s*q(\d+)\s*[.;]?\s*$`)

// tailArticleScope is the article the word operations' one place is of,
// for a sentence added at its end after them ("… et l'article est
// complété par une phrase ainsi rédigée : « B »", read as "L'article
// L. 1 est complété par une phrase …"); ok is false when the words are
// edited in several places or not in one article.
func tailArticleScope(scopes []Scope) (Scope, bool) {
	if len(scopes) != 1 {
		return Scope{}, false
	}
	s := scopes[0]
	if s.Ref.Article == "" || s.Division != nil || s.RangeTo != "" {
		return Scope{}, false
	}
	return Scope{Ref: s.Ref}, true
}
