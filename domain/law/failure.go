package law

import (
	"fmt"
	"slices"
	"strings"
)

// EngineFailure is the engine failing on one text it was given — a bill
// article, an edit, an amendment — by a panic: a bug, to report with that
// text. The text is refused (an edit, an amendment) or left unparsed (a
// bill article, shown raw and flagged), the engine's state on it put
// back, and the rest read and applied: one text the engine cannot read
// does not stop the comparison, the page or the measure of the others.
type EngineFailure struct {
	Value any
}

func (e *EngineFailure) Error() string {
	return fmt.Sprintf("the engine failed on this text (please report it with the text): %v", e.Value)
}

// The readers the containment below wraps; a test replaces one with a
// reader that panics, to check that the failure stays contained.
var (
	articleReader    = (*parser).article
	editApplier      = applyEdit
	amendmentApplier = applyAmendmentText
)

// articleContained reads a bill article's instructions as p.article does;
// the engine failing on it gives one instruction, Unparsed, covering the
// whole article (its text raw, the failure as its reason).
func (p *parser) articleContained(a Article) (ins []Instruction) {
	defer func() {
		if v := recover(); v != nil {
			ins = []Instruction{{
				Article: a.Number, Alinea: 1, Payload: max(len(a.Alineas)-1, 0),
				Text: strings.Join(a.Alineas, "\n"), Status: Unparsed,
				Reason: (&EngineFailure{Value: v}).Error(), refusal: &EngineFailure{Value: v},
			}}
		}
	}()
	ins = articleReader(p, a)
	deferredByEntry(a, ins)
	return ins
}

// applyEditContained applies e as applyEdit does; the engine failing on
// it refuses it with an *EngineFailure and puts back the article it names
// as it was (an article it was creating, removed). before, when not nil,
// is a copy of that article's alinéas the caller made already (Apply's,
// for its groups): it is not copied again.
func applyEditContained(c Corpus, e Edit, opt ApplyOptions, before []string) (err error) {
	ref := e.Scope.Ref
	old, had := c[ref]
	if before == nil {
		before = slices.Clone(old.Alineas)
	}
	old.Alineas = before
	defer func() {
		if v := recover(); v != nil {
			if had {
				c[ref] = old
			} else {
				delete(c, ref)
			}
			err = &EngineFailure{Value: v}
		}
	}()
	return editApplier(c, e, opt)
}

// applyAmendment applies a dispositif as applyAmendmentText does, on
// copies of what it is given; the engine failing on it leaves the
// article as it was and the amendment not applied, the dispositif raw in
// Unparsed with the failure.
func applyAmendment(a Article, tabled []string, tags []int, dispositif string) (r AmendedArticle, t []int) {
	defer func() {
		if v := recover(); v != nil {
			r = AmendedArticle{Article: a, Unparsed: []string{"(" + (&EngineFailure{Value: v}).Error() + ") " + dispositif}, Refusals: []error{&EngineFailure{Value: v}}}
			t = tags
		}
	}()
	work := a
	work.Alineas = slices.Clone(a.Alineas)
	return amendmentApplier(work, slices.Clone(tabled), slices.Clone(tags), dispositif)
}
