package law

import (
	"errors"
	"fmt"
)

// ranks30: counts and ranks of sentences.
//
// One new sentence announced ("est complété par une phrase ainsi
// rédigée :") with more given in its one alinéa ("« Il date. Il
// scelle. »") stays read, all of them added: the language uses "une
// phrase" loosely (an enacted law of the corpus adds three sentences so,
// and the code in force holds the three); where they go is the same
// whatever their count, so no other text is read. A count of two or
// more stays checked (numbers28, numbers29).
//
// New sentences join one alinéa: sentences announced ("une phrase",
// "deux phrases ainsi rédigées :") whose new text is quoted over several
// alinéas ("« Il date. »" / "« Il scelle. »") do not say whether the
// second is a sentence of the first's alinéa or an alinéa of its own.
// In an amendment, refused typed (errAmSentencesOnAlineas30; it was an
// instruction of no form). A bill still joins "deux phrases ainsi
// rédigées :" / "« Il signe. »" / "« Il date. »" into one alinéa, as
// TestLeft8SentencesOverAlineas reads it.
//
// New sentences and alinéas announced together ("est complété par une
// phrase et un alinéa ainsi rédigés :", "par deux phrases et un alinéa",
// "par un alinéa et une phrase") give the quoted alinéas two kinds: which
// joins the alinéa edited and which stands alone is not read here.
// Refused, typed (errSentencesAndAlineas30; errAmSentencesAndAlineas30):
// a bill joined them all into the alinéa as sentences ("Il scelle." lost
// its alinéa), an amendment refused them as an instruction of no form.
//
// "Remplacer cette phrase par …", "Supprimer cette phrase." under a
// locator naming no sentence ("Alinéa 1"): which sentence is "this" one
// is not said — refused of its own kind (errAmThisSentenceUnnamed30; it
// was an instruction of no form).
var (
	// errAmSentencesOnAlineas30: new sentences announced, their text
	// quoted over several alinéas, in an amendment (errSentencesOverAlineas
	// is a bill's).
	errAmSentencesOnAlineas30 = fmt.Errorf("%w: %w", errAmInstructionUnread24, errSentencesOverAlineas)
	// errSentencesAndAlineas30: sentences and alinéas announced
	// together (a bill's).
	errSentencesAndAlineas30 = errors.New("new sentences and alinéas announced together: which quoted alinéa is which, not read")
	// errAmSentencesAndAlineas30: the same in an amendment.
	errAmSentencesAndAlineas30 = fmt.Errorf("%w: %w", errAmInstructionUnread24, errSentencesAndAlineas30)
	// errAmThisSentenceUnnamed30: "cette phrase" where no sentence is
	// named before it.
	errAmThisSentenceUnnamed30 = fmt.Errorf("%w: %w", errAmInstructionUnread24, errors.New("\"cette phrase\" where no sentence is named"))
)

// reOneSentence30 is one new sentence announced, folded: "une phrase
// ainsi rédigée", "une phrase suivante", "la phrase suivante :" (not
// "la phrase suivante" naming the article's next sentence: a colon
// follows the announcement).
var reOneSentence30 = mustRe(`\bune\s+phrase\s+(?:ainsi\s+redigee|suivante)\b|\bla\s+phrase\s+suivante\s*:`)

// reSentencesAndAlineas30 is sentences and alinéas announced together,
// folded: "une phrase et un alinéa", "deux phrases et deux alinéas", "un
// alinéa et une phrase".
var reSentencesAndAlineas30 = mustRe(`\b(?:une|` + cardinalWords + `)\s+phrases?\s+et\s+(?:un|` + cardinalWords + `)\s+alineas?\b|\b(?:un|` + cardinalWords + `)\s+alineas?\s+et\s+(?:une|` + cardinalWords + `)\s+phrases?\b`)

// sentencesAndAlineas30 reports whether s announces, before its first
// quotation, sentences and alinéas together.
func sentencesAndAlineas30(s string) bool {
	low := foldedWordsBeforeQuote(s)
	return reSentencesAndAlineas30.MatchString(low)
}

// reNewTextAnnounced30 is any announcement of new text, folded: "ainsi
// rédigé(e)(s)", "suivant(e)(s) :".
var reNewTextAnnounced30 = mustRe(`\bainsi\s+redigee?s?\b|\bsuivante?s?\s*:`)

// sentencesAnnounced30 is the count of new sentences s announces
// before its first quotation: 1 for one sentence (reOneSentence30), n
// for "n phrases ainsi rédigées", 0 when s announces none, or announces
// other new text beside them ("une phrase et un alinéa ainsi rédigés",
// two announcements).
func sentencesAnnounced30(s string) int {
	low := foldedWordsBeforeQuote(s)
	if len(reNewTextAnnounced30.FindAllStringIndex(low, -1)) != 1 {
		return 0
	}
	if reOneSentence30.MatchString(low) {
		return 1
	}
	if n, ok := announcedCount(reAnnouncedSentences, low); ok && n > 1 {
		return n
	}
	return 0
}

// billSentences30 is the refusal of a bill's instruction, body its
// words, when it announces sentences and alinéas together
// (errSentencesAndAlineas30); else nil.
func billSentences30(body string) error {
	if sentencesAndAlineas30(body) {
		return errSentencesAndAlineas30
	}
	return nil
}

// reThisSentence30 is "cette phrase", folded; rePhraseWord30 any
// sentence named, reAlineaWord30 any alinéa.
var (
	reThisSentence30 = mustRe(`\bcette\s+phrase\b`)
	rePhraseWord30   = mustRe(`\bphrases?\b`)
	reAlineaWord30   = mustRe(`\balineas?\b`)
)

// amSentences30 is the refusal of in, an amendment's instruction not
// read, when it announces new sentences over several alinéas
// (errAmSentencesOnAlineas30), sentences and alinéas together
// (errAmSentencesAndAlineas30), or edits "cette phrase" under a place
// that names an alinéa and no sentence (errAmThisSentenceUnnamed30:
// "Alinéa 1" / "Supprimer cette phrase."; not "En conséquence, supprimer
// cette phrase.", whose sentence an instruction before may name); else
// nil.
func amSentences30(in amInstr) error {
	sh := shapeOnly(in.head)
	low := asciiLower(foldAccents(sh))
	if sentencesAndAlineas30(in.head) {
		return errAmSentencesAndAlineas30
	}
	if m := reThisSentence30.FindStringIndex(low); m != nil {
		before := asciiLower(foldAccents(shapeOnly(in.locator30))) + " " + low[:m[0]]
		if reAlineaWord30.MatchString(before) && !rePhraseWord30.MatchString(before) {
			return errAmThisSentenceUnnamed30
		}
	}
	n := sentencesAnnounced30(in.head)
	if n == 0 {
		return nil
	}
	if len(in.payload) > 1 {
		return fmt.Errorf("%w: %d sentence(s) announced, %d alinéas given", errAmSentencesOnAlineas30, n, len(in.payload))
	}
	return nil
}
