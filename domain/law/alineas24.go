package law

import "errors"

// errOnlyAlineaOfDivision24 refuses the deletion of one alinéa named by
// its rank in a labelled division ("Le dernier alinéa du 2° est
// supprimé", "Le premier alinéa du II est supprimé"), or of alinéas
// counted from its end ("Les deux derniers alinéas du 2°"), when the
// division holds those alinéas only. An alinéa of the 2° is named where the 2°
// holds more than one: the text the law read was another, or the 2°
// itself was meant, repealed under its label ("2° (Abrogé) ;"). The 2°
// went whole, its label with it, and the list read 1°, 3°.
var errOnlyAlineaOfDivision24 = errors.New("one alinéa of a division named by its rank and deleted is the division's only one: the division holds fewer alinéas than the text read, or the division itself was meant")

// alineaOfDivisionDeleted24 is errOnlyAlineaOfDivision24 for the
// deletion e of al[lo:hi], one alinéa named by its rank, or alinéas
// counted from the end ("les deux derniers"; no range to the end), in
// the labelled division its place ends in ("du 2°", "du II"; a bill's
// numbered alinéas and a table's rows aside), when that division is
// those alinéas alone. Every alinéa counted ("les deux alinéas du II",
// as "les deux premiers") may name the whole division and is read.
func alineaOfDivisionDeleted24(al []string, lo, hi int, e Edit, opt ApplyOptions) error {
	n := len(e.Scope.Path)
	if e.Kind != EditDelete || opt.billQuotes || n < 2 || e.Scope.Sentence != 0 || e.Scope.Where != "" || len(e.Scope.Within) > 0 || e.Scope.tableRow22 != 0 {
		return nil
	}
	last := e.Scope.Path[n-1]
	if last.Item != "" || last.Dash || last.Numbered || last.Proposed != "" || last.Count < 0 || e.Scope.Path[n-2].Item == "" {
		return nil
	}
	if last.Count > 1 && last.Alinea > 0 {
		return nil // "les deux alinéas du II" (premiers): every one may be meant
	}
	up := e
	up.Scope.Path = e.Scope.Path[:n-1]
	plo, phi, _, err := resolveInGroup(al, up, opt.grp)
	if err == nil && plo == lo && phi == hi {
		return errOnlyAlineaOfDivision24
	}
	return nil
}
