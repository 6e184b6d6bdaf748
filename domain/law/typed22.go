package law

import "errors"

// typed22: the refusals of a place (scopes) and of an instruction's body
// (instructionBody) carry their kind, an error kept on
// Instruction.refusal (errors.Is), their Reason the same text as
// before: scopes returned a reason as a string, and body.go matched one
// of them back to its sentinel (errVerbInLocator) and left the others
// untyped. A reason of fixed text is its error's; a reason that names
// its case is a typedReason of its kind (reasonOf), its text the reason.
var (
	// errPlaceUnread22: a place named in a form not read ("au 2°)",
	// "les articles L. 1 et suivants", "un alinéa de l'alinéa 2", a rank
	// with no noun).
	errPlaceUnread22 = errors.New("a place named in a form not read")
	// errPartOfArticleUnread22: a part of an article that is no division
	// read ("Le tableau du second alinéa …"); its text names the part.
	errPartOfArticleUnread22 = errors.New("a part of an article not read")
	// errSameUnresolved22: a place named back ("du même code", "au même
	// alinéa", "aux mêmes 2° et 3°", "ladite loi", "la section 3 du même
	// chapitre") when none, or several, were named before.
	errSameUnresolved22 = errors.New("a place named back (même, ledit), none or several before it")
	// errJoinedPlacesUnread22: places joined ("et", "ou", a comma) whose
	// article, division or text each is not said.
	errJoinedPlacesUnread22 = errors.New("places joined whose article, division or text each is not said")
	// errTextOfPlaceUnknown22: a place of a text not known, or of
	// several ("l'article L. 1 des codes civil et pénal", "toutes les
	// lois", an article of no code named).
	errTextOfPlaceUnknown22 = errors.New("the text a place is of, not known")
	// errNotCurrentText22: the text as it stands elsewhere or at another
	// time ("pour son application à Mayotte", "dans sa rédaction
	// antérieure à …", "jusqu'au 31 décembre 2030"): not the text in
	// force here, or for good.
	errNotCurrentText22 = errors.New("the text as it stands elsewhere or at another time, not the current text for good")
	// errPartialOrConditional22: "en tant qu'il …", "par dérogation à
	// …": an edit in part, or under a condition, or beside a text.
	errPartialOrConditional22 = errors.New("an edit in part, under a condition or beside another text")
	// errUnderUnreadHead22: an item under a head refused.
	errUnderUnreadHead22 = errors.New("an item under a head not read")
	// errHeadingUnread22: a heading (intitulé, titre) edited in a form
	// not read (no words quoted, of no division, a division removed
	// with it).
	errHeadingUnread22 = errors.New("a heading edited in a form not read")
	// errNoNewText22: the new text announced is not there.
	errNoNewText22 = errors.New("no new text")
	// errNoAnchorWords22: the words an edit starts from are not there.
	errNoAnchorWords22 = errors.New("no anchor words")
	// errWordsPairing22: old and new words that pair not as said ("sont
	// respectivement remplacés" with not as many, or several new words
	// without it).
	errWordsPairing22 = errors.New("old and new words that do not pair as said")
	// errBesideWordOps22: a part of the instruction before, between or
	// after its word operations, not read (quoted words, a count, a
	// division, a deletion or an addition after them).
	errBesideWordOps22 = errors.New("a part of the instruction beside its word operations, not read")
	// errEditsOwnNewWords22: an operation's words are an earlier one's
	// new words.
	errEditsOwnNewWords22 = errors.New("an operation's words are an earlier one's new words: applied in turn, it would edit them")
	// errRewriteShareUnsaid22: several places rewritten (replaced) by one
	// new text, how it is shared among them not said, or the new text's
	// parts not those named.
	errRewriteShareUnsaid22 = errors.New("places rewritten together: how the new text is shared among them is not said")
	// errAdditionPlaceUnsaid22: where an addition goes is not said
	// (after several, with no place, between two that do not follow).
	errAdditionPlaceUnsaid22 = errors.New("where the new text goes is not said")
	// errRewrittenStartUnread22: "le début … est ainsi rédigé" not read
	// (no sentence named, not one new line ending in "…").
	errRewrittenStartUnread22 = errors.New("a rewritten start not read")
	// errRenumberingUnread22: a renumbering ("… devient …") not read;
	// its text says why.
	errRenumberingUnread22 = errors.New("a renumbering not read")
	// errNoKnownForm22: an instruction of no form the grammar reads.
	errNoKnownForm22 = errors.New("no known instruction form")
	// errFormRefused22: a form read and refused, what it does not said
	// ("Le chapitre II comprend les articles …", "… qui reprend les
	// dispositions de l'article …").
	errFormRefused22 = errors.New("a form read whose effect is not said")
	// errUnchangedPart22: "2° (Non modifié)", its text not given.
	errUnchangedPart22 = errors.New("a part unchanged since an earlier reading (« Non modifié »): its text is not reproduced here")
	// errEnablingItem22: an item of "le Gouvernement est autorisé à
	// prendre par voie d'ordonnance …".
	errEnablingItem22 = errors.New("an item of an enabling clause: it empowers the Government to legislate by ordonnance and edits no text")
	// errConditionHead22: an item under "À titre expérimental :",
	// "À Mayotte :" and the like.
	errConditionHead22 = errors.New(conditionHeadReason)
	// errQuotedWithoutInstruction22: quoted text no instruction
	// announced.
	errQuotedWithoutInstruction22 = errors.New("quoted text without a known instruction")
	// errConstitutesUnread22: "Les premier et troisième alinéas
	// constituent un I": the alinéas not one span.
	errConstitutesUnread22 = errors.New("alinéas made a labelled part, not read")
	// errAntecedentAmended22, errAnaphorAmended22: words naming an
	// earlier text ("du même code") read otherwise after the amendments.
	errAntecedentAmended22 = errors.New(reasonAntecedentAmended)
	errAnaphorAmended22    = errors.New(reasonAnaphorAmendedInArticle)
)

// reasonCaused22 is the refusal of kind whose reason is cause's text:
// errors.Is finds both.
func reasonCaused22(kind, cause error) error {
	return typedReason{kind: kind, cause: cause, text: cause.Error()}
}

// reasonText22 is err's text, or "" with no error.
func reasonText22(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// noKnownForm22 says in was refused as of no known form (it was told by
// its Reason's text).
func noKnownForm22(in *Instruction) bool {
	return errors.Is(refusalSaid(in), errNoKnownForm22)
}
