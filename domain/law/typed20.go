package law

import (
	"errors"
	"fmt"
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
