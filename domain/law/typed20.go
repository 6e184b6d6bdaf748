package law

import (
	"errors"
	"fmt"
	"strings"
)

// The refusals at parse time of new text added (addition), each a typed
// error kept on Instruction.refusal beside its Reason, the same text
// (errors.Is): they were refused with a reason only, a string callers
// could not test.
var (
	// errNewPartsNotAnnounced: "L'article L. 1 est complété par deux
	// paragraphes III et IV ainsi rédigés", the new text's parts not
	// numbered so.
	errNewPartsNotAnnounced = errors.New("new paragraphs of an article not numbered as announced")
	// errNoNewArticleHeading: new articles announced, no "Art. …" in
	// the text.
	errNoNewArticleHeading = errors.New("no \"Art. …\" in the new text")
	// errNewArticlesNotNamed: the text's articles are not those the
	// instruction names.
	errNewArticlesNotNamed = errors.New("the new text's articles are not those named")
	// errCodedArticleInText: a new article numbered as a code's in a
	// law, an ordonnance or a décret.
	errCodedArticleInText = errors.New("a new article numbered as a code's (L., R., D.) in a law, an ordonnance or a décret")
	// errNewArticleHeadingUnread: an alinéa of a new article opens as
	// an article's heading not read.
	errNewArticleHeadingUnread = errors.New("an alinéa of a new article opens as an article's heading not read")
	// errSentenceBesideApart: a sentence inserted beside sentences not
	// consecutive.
	errSentenceBesideApart = errors.New("a sentence inserted beside sentences not consecutive: beside each or beside them all is not said")
	// errSentenceAddedToEnd: a sentence added to alinéas counted to the
	// end.
	errSentenceAddedToEnd = errors.New("a sentence added to alinéas counted to the end")
	// errUnknownAddition: what is added is no kind read; the reason
	// names it (unknownAddition).
	errUnknownAddition = errors.New("unknown kind of addition")
)

// unknownAddition is the refusal of an addition of what, wrapping
// errUnknownAddition: "unknown kind of addition: " and what.
func unknownAddition(what string) error {
	return fmt.Errorf("%w: %s", errUnknownAddition, what)
}

// refuseTyped refuses in at parse time with err, its Reason err's text
// and its edits none.
func refuseTyped(in *Instruction, err error) {
	in.Status, in.Reason, in.refusal, in.Edits = Unparsed, err.Error(), err, nil
}

// reDigitSuperscript is a number's ordinal abbreviation typed in
// superscript letters ("1ᵉʳ", "1ʳᵉ", "2ᵉ", "2ᵈ"), and the numero typed
// with a superscript o ("nᵒ", "Nᵒ"); the letters are the modifier
// letters U+1D49, U+02B3, U+02E2, U+1D48, U+1D52.
var reDigitSuperscript = mustRe(`\d[ᵉʳˢᵈ]+|\b[nN]ᵒ`)

// superscriptLetters gives each superscript letter its plain letter; the
// superscript o of the numero is the degree sign, as "nº" reads.
var superscriptLetters = strings.NewReplacer("ᵉ", "e", "ʳ", "r", "ˢ", "s", "ᵈ", "d", "ᵒ", "°")

// reSpacedDegree is an item's label typed with its degree sign spaced
// from its number ("Au 2 ° du I", "les 1 ° et 2 °"): a number of up to
// three digits standing alone, a space, the sign, then a space, a
// punctuation or the end (groups: what is before, the number, what is
// after) — "20 °C" is left as it is.
var reSpacedDegree = mustRe(`(^|[\s(])(\d{1,3}) °([\s,;:.)]|$)`)

// plainNumberMarks reads the marks of numbering of an instruction's
// alinéa as the grammar does, outside its quotations: "1ᵉʳ" as "1er",
// "1ʳᵉ" as "1re", "nᵒ" as "n°", and an item's label spaced from its
// degree sign, "2 °", as "2°" (they were refused: a designation not
// read). Quoted words and new text keep their typing (an alinéa that
// opens a quotation is left whole: its quotation may close further
// on).
func plainNumberMarks(s string) string {
	if s == "" || strings.HasPrefix(s, "«") || strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "“") {
		return s
	}
	if !strings.ContainsAny(s, "ᵉʳˢᵈᵒ°") {
		return s
	}
	return outsideQuotes(s, func(seg string) string {
		if strings.ContainsAny(seg, "ᵉʳˢᵈᵒ") {
			seg = reDigitSuperscript.ReplaceAllStringFunc(seg, superscriptLetters.Replace)
		}
		if strings.Contains(seg, " °") {
			seg = reSpacedDegree.ReplaceAllString(seg, "$1$2°$3")
		}
		return seg
	})
}

// articleKeyMarks reads an article's number as instructions name it, in
// the headings of a code or a law's articles (ArticleKey): its ordinal
// abbreviation in superscript letters, "1ᵉʳ", as "1er", and "premier"
// ("Article premier", "Article premier bis") as "1er" — both then the
// article 1, as "l'article premier" of an instruction is (the heading
// was article "premier", not found).
func articleKeyMarks(k string) string {
	if strings.ContainsAny(k, "ᵉʳˢᵈ") {
		k = reDigitSuperscript.ReplaceAllStringFunc(k, superscriptLetters.Replace)
	}
	if k == "premier" || strings.HasPrefix(k, "premier ") {
		k = "1er" + k[len("premier"):]
	}
	return k
}
