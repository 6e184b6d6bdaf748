package law

import "errors"

// RefusalClass is why an amendment was not applied, in the few words a
// reader of the bill needs: its refusal's kind (AmendedArticle.Refusals)
// folded into a class the pages explain in plain language. The class is
// part of the public read model (projections' "refusals"); the detailed
// reason stays beside it.
type RefusalClass string

const (
	// RefusalSubAmendment: the dispositif edits another amendment, not
	// the article (a sub-amendment), or its amendment was not applied.
	RefusalSubAmendment RefusalClass = "sub-amendment"
	// RefusalFalls: an earlier amendment rewrote the alinéa it edits, or
	// deleted or rewrote the whole article: tabled on the text it
	// replaced, it falls.
	RefusalFalls RefusalClass = "falls"
	// RefusalNotRead: an instruction of its dispositif is of no form the
	// engine reads, or reads two ways.
	RefusalNotRead RefusalClass = "not-read"
	// RefusalOtherText: a part of it edits another text than the article
	// (a code, a law, a compensation of its own for lost revenue).
	RefusalOtherText RefusalClass = "other-text"
	// RefusalNotApplicable: read, its edit could not be applied to the
	// article as it stands (words or an alinéa not found, a place not
	// certain).
	RefusalNotApplicable RefusalClass = "not-applicable"
	// RefusalNoInstruction: the dispositif holds no instruction.
	RefusalNoInstruction RefusalClass = "no-instruction"
	// RefusalEngine: the engine failed on it (a fault to report).
	RefusalEngine RefusalClass = "engine"
)

// RefusalClasses is every class ClassOf may give, for the pages that
// explain each (a test holds their messages to it).
var RefusalClasses = []RefusalClass{RefusalSubAmendment, RefusalFalls, RefusalNotRead, RefusalOtherText, RefusalNotApplicable, RefusalNoInstruction, RefusalEngine}

// refusalClasses is every kind an amendment's refusal is of (each of an
// AmendedArticle's Refusals is one of them, errors.Is, or an
// *EngineFailure: TestAmTyped24CorpusRefusalsTyped) with its class: the
// one list of those kinds, a kind added has its class here.
var refusalClasses = kindClasses{
	{errSubAmendment24, RefusalSubAmendment},
	{errParentNotComposed24, RefusalSubAmendment},
	{errParentRefused24, RefusalSubAmendment},
	{errSubAmendmentDeletes24, RefusalSubAmendment},
	{errFallsRewritten24, RefusalFalls},
	{errFallsSentence28, RefusalFalls},
	{errFallsWholeArticle24, RefusalFalls},
	{errAmNoInstruction24, RefusalNoInstruction},
	{errAmOtherText26, RefusalOtherText},
	{errAmEditRefused24, RefusalNotApplicable},
	{errDeletedAndEdited24, RefusalNotRead},
	{errAmInstructionUnread24, RefusalNotRead},
	{errAmItemWordsUnsaid24, RefusalNotRead},
	{errUnquotedOneLine22, RefusalNotRead},
	{errAmWordsGroup23, RefusalNotRead},
}

// ClassOf is the class of an amendment's refusal err: the first kind of
// refusalClasses it is (errors.Is), RefusalEngine for an engine failure,
// RefusalNotRead for an error of no known kind (nothing claims it was
// applied). A sub-amendment's or a fallen amendment's class wins over
// its cause's, the order of refusalClasses.
func ClassOf(err error) RefusalClass {
	var f *EngineFailure
	if errors.As(err, &f) {
		return RefusalEngine
	}
	if c, ok := refusalClasses.of(err); ok {
		return c
	}
	return RefusalNotRead
}

// kindClasses gives refusals' kinds their class, the first that fits
// winning.
type kindClasses []struct {
	kind  error
	class RefusalClass
}

// of is the class of the first kind of ks err is (errors.Is); false when
// err is of none.
func (ks kindClasses) of(err error) (RefusalClass, bool) {
	for _, c := range ks {
		if errors.Is(err, c.kind) {
			return c.class, true
		}
	}
	return "", false
}

// The classes of a bill's instruction not read (Instruction.Class): why
// an alinéa that looks like an instruction is shown as written, not
// applied. RefusalNotRead is the default, as for an amendment.
const (
	// RefusalEnabling: an item of an enabling clause: it empowers the
	// Government to legislate by ordonnance and edits no text itself.
	RefusalEnabling RefusalClass = "enabling"
	// RefusalUnchanged: a part marked unchanged since an earlier
	// reading (« Non modifié »): its text is not reproduced.
	RefusalUnchanged RefusalClass = "unchanged"
	// RefusalEntryIntoForce: an alinéa that sets when parts of the law
	// take effect, in a form the engine does not tie to its edits.
	RefusalEntryIntoForce RefusalClass = "entry-into-force"
	// RefusalTextUnknown: which code or text the instruction edits is
	// not said with certainty ("du même code" after none, a new article
	// of no code named).
	RefusalTextUnknown RefusalClass = "text-unknown"
	// RefusalConditional: the instruction edits the text in part, under
	// a condition, or as it stands elsewhere or at another time.
	RefusalConditional RefusalClass = "conditional"
)

// InstructionClasses is every class Instruction.Class may give, for the
// pages that explain each (a test holds their messages to it).
var InstructionClasses = []RefusalClass{RefusalNotRead, RefusalEnabling, RefusalUnchanged, RefusalEntryIntoForce, RefusalTextUnknown, RefusalConditional}

// instructionClasses is the class of each kind of an instruction's
// refusal at parse time that is not RefusalNotRead.
var instructionClasses = kindClasses{
	{errEnablingItem22, RefusalEnabling},
	{errUnchangedPart22, RefusalUnchanged},
	{errEntryIntoForce, RefusalEntryIntoForce},
	{errUnknownCode, RefusalTextUnknown},
	{errTextNotIdentified, RefusalTextUnknown},
	{errTextOfPlaceUnknown22, RefusalTextUnknown},
	{errSameUnresolved22, RefusalTextUnknown},
	{errNotCurrentText22, RefusalConditional},
	{errPartialOrConditional22, RefusalConditional},
}

// Class is why the instruction, Unparsed, is shown as written: the class
// of its refusal's kind (instructionClasses), RefusalNotRead when it has
// none of those kinds or no typed refusal; "" when it is not Unparsed.
func (in Instruction) Class() RefusalClass {
	if in.Status != Unparsed {
		return ""
	}
	if c, ok := instructionClasses.of(in.refusal); ok {
		return c
	}
	return RefusalNotRead
}
