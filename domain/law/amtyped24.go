package law

import (
	"errors"
	"fmt"
	"strings"
)

// amtyped24: an amendment not applied says why by a typed error, as a
// bill's refusals do (typed20.go, typed21.go, typed22.go):
// AmendedArticle.Refusals holds one error for each of its Unparsed
// lines, whose "(reason) " prefix, when there is one, is that error's
// text (errors.Is finds the kind, and the cause when there is one). It
// said why by a string only, callers could not test.
var (
	// errSubAmendment24: a dispositif that edits an amendment ("Amendement
	// n° 10, alinéa 3", "cet amendement"), applied to the article.
	errSubAmendment24 = errors.New("a sub-amendment: it edits an amendment, not this article")
	// errParentNotComposed24: a sub-amendment of an amendment not among
	// those composed.
	errParentNotComposed24 = errors.New("sub-amendment of an amendment not among those composed")
	// errParentRefused24: a sub-amendment applied to its amendment, that
	// amendment then refused: it changed nothing.
	errParentRefused24 = errors.New("its amendment, as this sub-amendment left it, was refused")
	// errSubAmendmentDeletes24: a sub-amendment that deletes its
	// amendment whole ("Supprimer cet amendement"): not read.
	errSubAmendmentDeletes24 = errors.New("a sub-amendment deleting its amendment whole")
	// errFallsRewritten24: an amendment naming an alinéa an earlier one
	// rewrote whole: tabled on its text, it falls.
	errFallsRewritten24 = errors.New("an alinéa it names was rewritten by an earlier amendment: it falls")
	// errFallsWholeArticle24: an amendment after one that deleted the
	// article or rewrote it whole: it falls.
	errFallsWholeArticle24 = errors.New("an earlier amendment deleted the article or rewrote it whole: it falls")
	// errDeletedAndEdited24: "Supprimer cet article" with edits of it in
	// the same amendment.
	errDeletedAndEdited24 = errors.New("the article deleted and edited")
	// errAmEditRefused24: an edit read and refused at its application;
	// the cause is its refusal (an applyErr, a bill's kind…).
	errAmEditRefused24 = errors.New("an edit of the amendment refused at its application")
	// errAmInstructionUnread24: an instruction of the dispositif of no
	// form read.
	errAmInstructionUnread24 = errors.New("an instruction of the amendment not read")
	// errAmItemWordsUnsaid24: unquoted words ending with a semicolon in a
	// list of items, the semicolon theirs or the item's not said
	// (itemEndSemicolon).
	errAmItemWordsUnsaid24 = errors.New("unquoted words ending with a semicolon: the words' or the item's, not said")
	// errAmNoInstruction24: a dispositif with no instruction (empty, or
	// a statement of reasons only).
	errAmNoInstruction24 = errors.New("no instruction in the dispositif")
)

// amRefusedLine24 is the Unparsed line of a refusal of err: its text in
// parentheses, then the dispositif's lines.
func amRefusedLine24(err error, text string) string {
	return "(" + err.Error() + ") " + text
}

// amRefused24 sets r refused with err: its Unparsed line err's text and
// the dispositif text, its refusal err.
func amRefused24(r *AmendedArticle, err error, text string) {
	r.Unparsed, r.Refusals = []string{amRefusedLine24(err, text)}, []error{err}
}

// amInstrRefusal24 is the refusal of an instruction of a dispositif
// not read (parseDispositif): its words unquoted on its line
// (errUnquotedOneLine22), a group under words named
// (errAmWordsGroup23), both when both, else its words unsaid
// (errAmItemWordsUnsaid24) or an instruction not read.
func amInstrRefusal24(in amInstr) error {
	var errs []error
	if _, err := oneLineWords22(in.head); err != nil {
		errs = append(errs, err)
	}
	if amWordsReason23(in.head) != "" {
		errs = append(errs, errAmWordsGroup23)
	}
	if err := amTableRefusal26(in.head); err != nil {
		errs = append(errs, err)
	}
	if err := amAlineasDashJoined27(in); err != nil {
		errs = append(errs, err)
	}
	if err := amPlaceUnnamed28(in); err != nil {
		errs = append(errs, err)
	}
	if err := amSentencesCount29(in); err != nil {
		errs = append(errs, err)
	}
	if err := amSentences30(in); err != nil {
		errs = append(errs, err)
	}
	if in.count29 != nil {
		errs = append(errs, in.count29)
	}
	switch {
	case len(errs) == 1:
		return errs[0]
	case len(errs) > 1:
		return errors.Join(errs...)
	case in.end27 != nil:
		return reasonCaused22(errAmInstructionUnread24, in.end27)
	case in.refused:
		return errAmItemWordsUnsaid24
	}
	if err := amRefusal26(in); err != nil {
		return err
	}
	return errAmInstructionUnread24
}

// amEditRefused24 is the refusal at its application of an edit of an
// amendment, cause the edit's error: its text is the cause's.
func amEditRefused24(cause error) error {
	return reasonCaused22(errAmEditRefused24, cause)
}

// subRefusals24 are the refusals of a sub-amendment not applied to its
// amendment (r, the amendment as it left it): r's, or, with none, its
// deletion of the amendment whole or an instruction not read.
func subRefusals24(r AmendedArticle) []error {
	if len(r.Refusals) > 0 {
		return r.Refusals
	}
	if r.Deleted {
		return []error{errSubAmendmentDeletes24}
	}
	return []error{errAmInstructionUnread24}
}

// parentNotComposed24 is the refusal of a sub-amendment of amendment
// num, not among those composed.
func parentNotComposed24(num string) error {
	return reasonOf(errParentNotComposed24, "sub-amendment of amendment "+num+", not among those composed")
}

// parentRefused24 is the refusal of a sub-amendment whose amendment
// num was refused.
func parentRefused24(num string) error {
	return reasonOf(errParentRefused24, "its amendment "+num+", as this sub-amendment left it, was refused")
}

// fallsRewritten24 is the refusal of an amendment naming alinéa n (as
// tabled) that amendment by rewrote before it.
func fallsRewritten24(n int, by string) error {
	return reasonOf(errFallsRewritten24, fmt.Sprintf("alinéa %d (as tabled) was rewritten by amendment %s before it: tabled on its text, this one falls", n, by))
}

// fallsWholeArticle24 is the refusal of an amendment after amendment
// whole deleted the article or rewrote it whole.
func fallsWholeArticle24(whole string) error {
	return reasonOf(errFallsWholeArticle24, "amendment "+whole+" deleted the article or rewrote it whole before it: tabled on the text it replaced, this one falls")
}

// amRefusalTyped24 reports whether err is of a kind an amendment's
// refusal is of (refusalClasses) or an engine failure.
func amRefusalTyped24(err error) bool {
	var f *EngineFailure
	if errors.As(err, &f) {
		return true
	}
	_, ok := refusalClasses.of(err)
	return ok
}

// amItemMark24 is the kind of the mark an amendment's line opens with,
// as an item of a list: "°" for "1°", ")" for "a)", "" for none or
// another (a part "II. –", a dash).
func amItemMark24(l string) string {
	m := reAmItemMark24.FindStringSubmatch(strings.TrimSpace(l))
	switch {
	case m == nil:
		return ""
	case m[1] != "":
		return "°"
	}
	return ")"
}

// reAmItemMark24 is an item's mark opening a line: "1°", "2° bis"
// (group 1), "a)" (group 2).
var reAmItemMark24 = mustRe(`^(?:(\d+\s?°)|([a-z]\)))`)

// siblingOfHead24 reports whether l, a line after a head naming words
// edited by the items under it (reAmWordsHead23), opens with a mark of
// the kind the head's own opens with ("1° Les mots : « A » sont ainsi
// modifiés :" then "a) …", "b) …", "2° …"): the 2° is the head's
// sibling, the next instruction, not an item of its words (it was
// pulled into the group, and the group refused as not read).
func siblingOfHead24(head amInstr, l string) bool {
	return head.mark24 != "" && amItemMark24(l) == head.mark24
}

// parseDispositif is parseDispositif24 without the refusals.
func parseDispositif(ref CodeRef, paras []string) ([]Edit, []string) {
	edits, bad, _ := parseDispositif24(ref, paras)
	return edits, bad
}

// amWordsSibling24 reports whether l, unquoted, is the sibling of the
// last head of out, a head naming words edited by the items under it
// (siblingOfHead24): it ends that head's items, and opens the next
// instruction — not new text of that head, which announces none (it
// was taken as an item of it).
func amWordsSibling24(out []amInstr, l string) bool {
	return len(out) > 0 && !isQuoted(l) && reAmWordsHead23.MatchString(strings.TrimSpace(out[len(out)-1].head)) && siblingOfHead24(out[len(out)-1], l)
}
