package law

// The classes of an edit read but not applied to the law in force
// (ApplyError.Class): why a bill's instruction, understood, leaves the
// code article as it was. RefusalNotApplicable is the default, as for an
// amendment whose edit is refused on its article.
const (
	// RefusalWholeInstruction: another edit of the same instruction could
	// not be applied, and an instruction is applied whole or not at all.
	RefusalWholeInstruction RefusalClass = "whole-instruction"
	// RefusalWordsNotFound: the words it replaces, deletes or places by
	// are not in the text in force, or not as many times as it says.
	RefusalWordsNotFound RefusalClass = "words-not-found"
	// RefusalPlaceNotFound: the alinéa, sentence or part it names is not
	// in the text in force.
	RefusalPlaceNotFound RefusalClass = "place-not-found"
	// RefusalPlaceChanged: the place it names was changed by an earlier
	// edit of the same text, or since the text was tabled.
	RefusalPlaceChanged RefusalClass = "place-changed"
	// RefusalAmbiguous: the passage it names can be read more than one
	// way in the text in force (words found several times, an item or a
	// list whose bounds are not said, a sentence not settled).
	RefusalAmbiguous RefusalClass = "ambiguous"
	// RefusalLayout: it disagrees with the text's layout (an item's label
	// out of order, an article created that is in force already).
	RefusalLayout RefusalClass = "layout"
)

// ApplyClasses is every class ApplyError.Class may give, for the pages
// that explain each (a test holds their messages to it).
var ApplyClasses = []RefusalClass{RefusalWholeInstruction, RefusalWordsNotFound, RefusalPlaceNotFound, RefusalPlaceChanged, RefusalAmbiguous, RefusalLayout, RefusalNotApplicable}

// applyClasses is the class of each family of refusals at application
// (typed26) that is not RefusalNotApplicable.
var applyClasses = kindClasses{
	{errApplyWordsNotFound26, RefusalWordsNotFound},
	{errApplyPlaceNotFound26, RefusalPlaceNotFound},
	{errApplyEarlierEdit26, RefusalPlaceChanged},
	{errApplyTabledSince26, RefusalPlaceChanged},
	{errApplyWordsWhich26, RefusalAmbiguous},
	{errApplyItemList26, RefusalAmbiguous},
	{errApplySentence26, RefusalAmbiguous},
	{errApplyIntroducedText26, RefusalAmbiguous},
	{errApplyItemLabel26, RefusalLayout},
	{errApplyLayout26, RefusalLayout},
}

// Class is why the edit was not applied: RefusalWholeInstruction when it
// waits on another edit of its instruction that was refused, else the
// class of its refusal's family (applyClasses), RefusalNotApplicable when
// it is of none (words that would not join, an edit not applicable as
// read).
func (e ApplyError) Class() RefusalClass {
	if e.WithRefused > 0 {
		return RefusalWholeInstruction
	}
	if c, ok := applyClasses.of(e.Err); ok {
		return c
	}
	return RefusalNotApplicable
}
