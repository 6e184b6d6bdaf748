package law

import "errors"

// typed26: the refusals at application (an edit read, then found not to
// fit the text in force) carry their kind, as the refusals at parse time
// do (typed20.go, typed21.go, typed22.go): they were an applyErr built
// from their text alone, a string callers could only match. Each is now
// an applyRefusal26 of a family below (errors.Is), its text the same
// applyErr as before (errors.As to an applyErr still finds it, and its
// Reason is unchanged byte for byte).
var (
	// errApplyTabledSince26: the place an amendment names changed since
	// it was tabled ("alinéa 4 (as tabled) not found", "… was rewritten
	// into 2 alinéas since", words found more often than as tabled).
	errApplyTabledSince26 = errors.New("the place an amendment names changed since it was tabled: which is meant is not said")
	// errApplyEarlierEdit26: the place changed by an earlier edit of the
	// same bill article or amendment (a sentence rewritten or deleted,
	// alinéas or words inserted at the same place).
	errApplyEarlierEdit26 = errors.New("the place changed by an earlier edit of the same group or amendment: which is meant is not said")
	// errApplyWordsJoin26: words inserted, replaced or deleted that do
	// not join the words around them (an elision, a contraction, two
	// marks, an empty quotation, the text left as it was).
	errApplyWordsJoin26 = errors.New("words inserted, replaced or deleted that do not join the words around them")
	// errApplyWordsNotFound26: the words named not found, or not as many
	// times as the instruction says.
	errApplyWordsNotFound26 = errors.New("the words named not found as the instruction names them (absent, or not as many)")
	// errApplyWordsWhich26: words found several times, or both inside a
	// quotation (a date) and outside it: which are meant is not said.
	errApplyWordsWhich26 = errors.New("words found several times or in several places: which are meant is not said")
	// errApplyIntroducedText26: an edit of text an alinéa introduces (a
	// quotation, a list), or of the alinéa that introduces it: what
	// becomes of the other is not said.
	errApplyIntroducedText26 = errors.New("an edit of text an alinéa introduces, or of its introduction: what becomes of the other is not said")
	// errApplyItemLabel26: an item's label and its place or kind
	// disagree (out of order, a label there already, of another kind).
	errApplyItemLabel26 = errors.New("an item's label and its place or kind disagree")
	// errApplyItemList26: an item, a dash or a list named whose bounds,
	// or which one, the text in force does not settle.
	errApplyItemList26 = errors.New("an item, a dash or a list whose bounds, or which one, are not said")
	// errApplyLayout26: articles or divisions created, moved, removed or
	// renumbered against the code's layout (in force already, a range
	// not renumbered with it, a division not found in the folders).
	errApplyLayout26 = errors.New("articles or divisions created, moved or renumbered against the code's layout")
	// errApplyPlaceNotFound26: the alinéa, sentence or part named not in
	// the text in force.
	errApplyPlaceNotFound26 = errors.New("the alinéa, sentence or part named not found in the text in force")
	// errApplySentence26: a sentence named in a form the text in force
	// does not settle (after a list of alinéas, alinéas added at it, its
	// alinéa's only one deleted).
	errApplySentence26 = errors.New("a sentence named in a form the text in force does not settle")
	// errApplyEditUnread26: an edit not applicable as read (its form,
	// its new text).
	errApplyEditUnread26 = errors.New("an edit not applicable as read")
)

// applyKinds26 are the families of applyRefusal26.
var applyKinds26 = []error{
	errApplyTabledSince26, errApplyEarlierEdit26, errApplyWordsJoin26, errApplyWordsNotFound26,
	errApplyWordsWhich26, errApplyIntroducedText26, errApplyItemLabel26, errApplyItemList26,
	errApplyLayout26, errApplyPlaceNotFound26, errApplySentence26, errApplyEditUnread26,
}

// applyRefusal26 is a refusal at application of kind, its text an
// applyErr: errors.Is finds the kind, errors.As the applyErr.
type applyRefusal26 struct {
	kind error
	text applyErr
}

func (e applyRefusal26) Error() string { return string(e.text) }

// Unwrap gives the kind and the text.
func (e applyRefusal26) Unwrap() []error { return []error{e.kind, e.text} }

// applyKind26 is the refusal at application of kind whose text is text.
func applyKind26(kind error, text string) error {
	return applyRefusal26{kind: kind, text: applyErr(text)}
}

// The refusals at parse time a reader said by a string, typed only by
// the generic kind its caller gave (errPlaceUnread22,
// errSameUnresolved22, errNotCurrentText22, errHeadingAndPlaceHead,
// errHeadingUnread22): each reader now returns its own kind, the cause
// of the generic one (reasonCaused22), the Reason the same text.
var (
	// errOwnBillPlace26: "Le second alinéa du présent article est
	// supprimé" under a code's article (codes9.go, ownBillPlace).
	errOwnBillPlace26 = errors.New("a part of the bill itself named as the place (du présent article, du présent I): not the law in force")
	// errSoftHyphenNumber26: "l'article L. 123\u00ad4" (softHyphenNumber).
	errSoftHyphenNumber26 = errors.New("a number with a soft hyphen (U+00AD) between its digits: L. 1234 or L. 123-4, not said")
	// errArticleThenDivision26: "L'article L. 5, 2°, du code civil est
	// abrogé" (articleThenDivision).
	errArticleThenDivision26 = errors.New("an article's number followed by a division of it (l'article L. 5, 2°, du code; l'article 4, alinéa 3, de la loi): not read")
	// errOrganicNamedBack26: "de la même loi organique" when the law
	// named last is not organic (lois19.go, organicSame19).
	errOrganicNamedBack26 = errors.New("an organic law named back when the law named last is not organic")
	// errCodeAsItStood26: "du code civil en vigueur à Mayotte" (lois20.go,
	// codeInForceWhere20).
	errCodeAsItStood26 = errors.New("a code as it stands on a date, before another law or in a territory (du code … en vigueur à, au, en …), perhaps not the current text")
	// errSameDivision26: "la section 3 du même chapitre" with no chapitre,
	// or several, named before, under an article's context, or followed
	// by another place (div8.go, sameDivision); the reason says which.
	errSameDivision26 = errors.New("a division named back (du même chapitre) not read")
	// errHeadingAndPlace26: "Dans l'intitulé du chapitre II et à l'article
	// L. 10, …" (div8.go, headingAndPlace).
	errHeadingAndPlace26 = errors.New("a division's heading and another place in one locator, not read")
	// errDissolvedUnread26: "La division et l'intitulé de la section 2 …
	// sont supprimés", its divisions not read as divisions of one known
	// code (div13.go, divisionsDissolved); the reason says which.
	errDissolvedUnread26 = errors.New("a division removed with its heading, not read")
)

// errThisAlineaDivision26: "Au I, supprimer cet alinéa" where the I is
// several alinéas (Scope.OneAlinea): its first alinéa or all of it is not
// said. It was a string (fmt.Errorf); the reason counts the alinéas.
var errThisAlineaDivision26 = errors.New("\"cet alinéa\" names a division of several alinéas: which is meant is not said")
