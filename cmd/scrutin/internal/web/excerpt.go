package web

import (
	"net/url"
	"strings"

	"github.com/scrutin/scrutin/domain/law"
)

// excerptOp is one run of a condensed word diff: an op, or (Skip > 0) the
// place of Skip unchanged alinéas left out.
type excerptOp struct {
	law.Op
	Skip int
}

// changedAlineas condenses a word diff to the alinéas it changes: an
// article of forty alinéas edited in one reads as that alinéa, whole, with
// "[…] 39 alinéas inchangés" around it — what La Fabrique de la loi's
// diffs show, rather than the article to scroll through. An alinéa is a
// line of the diff's text ("\n" ends it); an alinéa touched by an
// insertion or a deletion is kept whole, every run of untouched ones is
// replaced by its count. A diff with no change is returned as it is.
func changedAlineas(ops []law.Op) []excerptOp {
	changed := false
	for _, o := range ops {
		if o.Kind != law.OpEqual {
			changed = true
			break
		}
	}
	if !changed {
		return wholeOps(ops)
	}
	out := make([]excerptOp, 0, len(ops))
	for i, o := range ops {
		if o.Kind != law.OpEqual || !strings.Contains(o.Text, "\n") {
			out = append(out, excerptOp{Op: o})
			continue
		}
		parts := strings.SplitAfter(o.Text, "\n")
		// parts: the end of the alinéa a change before holds (through its
		// "\n"), whole alinéas, the start of the alinéa a change after
		// holds (no "\n"; "" when the run ends an alinéa).
		var head, tail string
		mid := parts
		if i > 0 && !strings.HasSuffix(ops[i-1].Text, "\n") {
			head, mid = mid[0], mid[1:] // a change before ends inside its alinéa
		}
		if i < len(ops)-1 {
			tail, mid = mid[len(mid)-1], mid[:len(mid)-1]
		} else if len(mid) > 0 && mid[len(mid)-1] == "" {
			mid = mid[:len(mid)-1]
		}
		if head != "" {
			out = append(out, excerptOp{Op: law.Op{Kind: law.OpEqual, Text: head}})
		}
		if len(mid) > 0 {
			out = append(out, excerptOp{Skip: len(mid)})
		}
		if tail != "" {
			out = append(out, excerptOp{Op: law.Op{Kind: law.OpEqual, Text: tail}})
		}
	}
	return out
}

// wholeOps is a word diff as it is, every alinéa shown.
func wholeOps(ops []law.Op) []excerptOp {
	out := make([]excerptOp, len(ops))
	for i, o := range ops {
		out[i] = excerptOp{Op: o}
	}
	return out
}

// shownOps is the diff a page shows: whole (?vue=entier, an article
// unfolded) or the alinéas changed (changedAlineas). The diff templates
// (bill_ops, bill_old, bill_new) read its result alone.
func shownOps(whole bool, ops []law.Op) []excerptOp {
	if whole {
		return wholeOps(ops)
	}
	return changedAlineas(ops)
}

// toggleWhole is the link from one view of a comparison to the other:
// the same query, with ?vue=entier added (whole articles) or taken off
// (the alinéas changed).
func toggleWhole(q url.Values, whole bool) string {
	if whole {
		q.Del("vue")
	} else {
		q.Set("vue", "entier")
	}
	return "?" + q.Encode()
}

func init() {
	funcs["shown"] = shownOps
	messages["am.skip"] = [2]string{"[…] %d alinéas inchangés", "[…] %d unchanged alinéas"}
	messages["am.skip.one"] = [2]string{"[…] %d alinéa inchangé", "[…] %d unchanged alinéa"}
	messages["law.view.changed"] = [2]string{"Seuls les alinéas modifiés sont montrés, les autres comptés.", "Only the alinéas changed are shown, the others counted."}
	messages["law.view.towhole"] = [2]string{"Afficher les articles entiers", "Show whole articles"}
	messages["law.view.whole"] = [2]string{"Les articles sont montrés entiers.", "Articles are shown whole."}
	messages["law.view.tochanged"] = [2]string{"N'afficher que les alinéas modifiés", "Show only the alinéas changed"}
	messages["am.whole"] = [2]string{"L'article entier, tel que l'amendement le laisserait", "The whole article, as the amendment would leave it"}
}
