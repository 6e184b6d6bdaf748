package law

import (
	"errors"
	"fmt"
)

// errLabelLineDeleted30 refuses the deletion of the first alinéa of a
// labelled division — the one that bears its label ("2° Deux :", "I. –
// Un.") — by its rank, while alinéas of the division go on after it:
// "Le premier alinéa du 2° est supprimé" on "2° Deux :", "Le maire
// décide ;", "3° …". Whether the label goes down to the next alinéa (the
// 2° is that alinéa now) or the division ends with its first line (and
// what follows joins the item before, or none) is not said: the
// deletion left an alinéa of no label, read as the 1°'s. A kind of
// errApplyItemList26 (class ambiguous).
var errLabelLineDeleted30 = errors.New("the first alinéa of a labelled division, bearing its label, deleted while the division goes on: where its label goes is not said")

// labelLineDeleted30 is errLabelLineDeleted30 for the deletion e of
// al[lo:hi], alinéas named by rank inside a labelled division ("du 2°",
// "du I"; a bill's numbered alinéas, a table's rows and those counted
// from the end aside), when they begin the division, bear its label and
// leave alinéas of it after them. Every alinéa of the division deleted
// is the division deleted (errOnlyAlineaOfDivision24's case, apart).
func labelLineDeleted30(al []string, lo, hi int, e Edit, opt ApplyOptions) error {
	n := len(e.Scope.Path)
	if e.Kind != EditDelete || opt.billQuotes || n < 2 || e.Scope.Sentence != 0 || e.Scope.Where != "" || len(e.Scope.Within) > 0 || e.Scope.tableRow22 != 0 {
		return nil
	}
	last := e.Scope.Path[n-1]
	if last.Item != "" || last.Dash || last.Numbered || last.Proposed != "" || last.Count < 0 || last.Alinea <= 0 || e.Scope.Path[n-2].Item == "" {
		return nil
	}
	up := e
	up.Scope.Path = e.Scope.Path[:n-1]
	plo, phi, _, err := resolveInGroup(al, up, opt.grp)
	if err != nil || plo != lo || hi >= phi || lo >= len(al) {
		return nil
	}
	if l, _ := labelOf(al[lo]); l == "" {
		return nil
	}
	return fmt.Errorf("%w: %w", errLabelLineDeleted30, applyKind26(errApplyItemList26, fmt.Sprintf("the first alinéa of the %s, bearing its label, deleted while %d alinéa(s) of it go on", e.Scope.Path[n-2].Item, phi-hi)))
}
