package law

// The order of composition of amendments (metamorphic testing, see
// metamorphic_test.go's header).
//
// ComposeNumbered applies the adopted amendments of one bill article in
// turn, with alinéas designated by number counted on the article as it
// stood before the first — the text they were all tabled on. Amendments
// that edit different places of the article must then give the same
// article whatever the order they are applied in. TestMetaOrderDevSets
// composes the amendments of every folder of the amendment development
// set with two or more of them in their order (the baseline, as the
// evaluation does), reversed, in every order when there are at most
// metaOrderAll of them, and with each pair swapped when there are more;
// it compares each amendment's outcome (applied or refused) and the
// article left.
//
// Each difference from the baseline is classed:
//
//   - TEXT: every amendment has the same outcome in both orders but the
//     article differs: a misreading in at least one of them, the worst;
//   - FLIP: an amendment applied in one order and refused in the other
//     (the article then differs too: that is not counted again).
//
// A difference fails the test unless listed in metaOrderAllowed (key:
// "<folder> TEXT" or "<folder> FLIP <amendment file>") with its cause:
// the order matters there (two amendments edit the same words, one
// deletes the alinéa another edits…). An entry that matches no
// difference is stale and fails too.

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
)

// metaOrderAll is the largest number of amendments composed in every
// order (5! = 120 compositions).
const metaOrderAll = 5

// Causes of order dependence shared by several differences.
const (
	orderAtEnd     = "both complete the article at its end: the one adopted later comes last"
	orderSamePlace = "both insert at the same place (after alinéa N, or after N and before N+1): in the order adopted (\"après l'alinéa N\" goes after what earlier amendments inserted after N)"
	orderTwelfth   = "both complete the article with a new 12°: the second adopted is refused (a 12° after 12°: its place and its label disagree)"
	orderIdentical = "identical amendments (typography and case aside): the first applied gives its typography (« - » or « – », « Maire » or « maire »), the other changes nothing"
	orderRestored  = "each re-establishes the whole article with the same sentence, its final period inside or outside the quotation: the last applied gives its period"
)

// metaOrderAllowed lists the differences of order accepted, with their
// cause. Key: the folder, a space, the difference's id as logged.
var metaOrderAllowed = map[string]string{
	"13-reforme_ports_outre-mer__05_1erelecture_senat_hemicycle__1er PAIR 1 10 TEXT":                             orderAtEnd,
	"14-infrastructures_services_transports__02_1erelecture_senat_hemicycle__23 PAIR 99 100 TEXT":                orderAtEnd,
	"14-non-cumul_executif_local_depute_senateur__02_1erelecture_assemblee_hemicycle__1er PAIR 201 202 FLIP 201": "a new 12° completing the article after 202's plain alinéa, the quoted list 1° to 11° ending before it: refused (in the list or after the alinéa is not said, itemOffItsList); adopted before 202, it goes on the list",
	"14-non-cumul_executif_local_depute_senateur__02_1erelecture_assemblee_hemicycle__1er PAIR 202 252 FLIP 252": "a new 12° completing the article after 202's plain alinéa, the quoted list 1° to 11° ending before it: refused (in the list or after the alinéa is not said, itemOffItsList); adopted before 202, it goes on the list",
	"14-non-cumul_executif_local_depute_senateur__02_1erelecture_assemblee_hemicycle__1er PAIR 201 252 FLIP 201": orderTwelfth,
	"14-non-cumul_executif_local_depute_senateur__02_1erelecture_assemblee_hemicycle__1er PAIR 201 252 FLIP 252": orderTwelfth,
	"14-transparence_vie_publique_pjl__14_nouv.lect._senat_hemicycle__1er PAIR 21 36 TEXT":                       "both complete alinéa 42 with a sentence: the one adopted later comes last",
	"14-transparence_vie_publique_pjl__01_1erelecture_assemblee_commission__1er PAIR CL28 CL89 TEXT":             orderSamePlace,
	"14-transparence_vie_publique_pjl__01_1erelecture_assemblee_commission__1er PAIR CL29 CL89 TEXT":             orderSamePlace,
	"14-transparence_vie_publique_pjl__01_1erelecture_assemblee_commission__1er PAIR CL31 CL67 TEXT":             orderSamePlace,
	"14-transparence_vie_publique_pjl__01_1erelecture_assemblee_commission__2 PAIR CL42 CL43 TEXT":               orderSamePlace,
	// Words an amendment writes that another replaces, typed otherwise.
	"14-infrastructures_services_transports__05_1erelecture_assemblee_hemicycle__2 PAIR 1S 156 FLIP 1S": "156 writes the words « … mentionnées à l'article L. 1211-4, … » that 1S replaces (typed « L 1211-4 », found as « L. 1211-4 »: barePrefixArticle): after 156 they are found; before it they are not in the article (refused)",

	// The same words, the same alinéa, overlapping runs.
	"14-non-cumul_executif_local_depute_senateur__01_1erelecture_assemblee_commission__3 PAIR CL26 CL179 FLIP CL179": "CL26 replaces the words « … L.O. 136-3 » after which CL179 inserts: after CL26 they are not found (refused); before it, CL26 replaces them and CL179's words stay after",
	"14-transparence_vie_publique_pjl__01_1erelecture_assemblee_commission__1er PAIR CL12 CL34 FLIP CL12":            "CL12 rewrites the end of alinéa 25 that CL34 completes with a sentence: after CL34, the end holds text written since it was tabled, whether CL12's new end replaces it is not said (alineaEndMoved: refused; it swept the sentence)",
	"14-transparence_vie_publique_pjl__04_1erelecture_senat_commission__1er PAIR COM-20 COM-21 FLIP COM-21":          "COM-21 (alinéas 82 to 84) runs past the end of the quotation alinéa 78 introduces: refused on the article as tabled; after COM-20 rewrote alinéas 67 to 81, alinéa 78 included, it applies (the check looks at alinéa 78 as it stands)",
	// Identical amendments, or the same new text.
	"14-non-cumul_executif_local_depute_senateur__05_1erelecture_senat_hemicycle__1er PAIR 46 58 TEXT":                orderIdentical,
	"14-non-cumul_executif_local_depute_senateur__11_nouv.lect._senat_commission__1er PAIR COM-10 COM-12 TEXT":        orderIdentical,
	"14-non-cumul_executif_local_depute_senateur__08_nouv.lect._assemblee_commission__1er_quater PAIR CL18 CL38 TEXT": orderRestored,
	"14-non-cumul_executif_local_depute_senateur__08_nouv.lect._assemblee_commission__1er_quater PAIR CL18 CL54 TEXT": orderRestored,
	// Typography read from the article as it stands.
	"14-transparence_vie_publique_pjl__01_1erelecture_assemblee_commission__2 PAIR CL18 CL56 TEXT": "typography of a part's label: CL18's new « VIII. - » takes the spacing of the article's labels as they stand, which CL56's rewrite of the I (« I.- ») changes",
	"13-reforme_ports_outre-mer__04_1erelecture_senat_commission__1er PAIR COM-3 COM-7 TEXT":       "a quotation mark: COM-3 inserts after alinéa 16, which COM-7 rewrites; whether the new alinéas join the quotation is read from alinéa 16 as it stands (quoteInBlock), and COM-7's ends with a quoted word",
	"14-transparence_vie_publique_pjl__04_1erelecture_senat_commission__1er TEXT":                  "a quotation mark: COM-18 inserts after alinéa 51, which COM-16 deletes, amid alinéas COM-15 rewrites; whether the new alinéa joins the quotation is read from its neighbours as they stand (quoteInBlock)",
}

// metaOrders are the orders a folder of n amendments is composed in, the
// baseline (0, 1, …, n-1) first.
func metaOrders(n int) [][]int {
	id := make([]int, n)
	for i := range id {
		id[i] = i
	}
	out := [][]int{id}
	if n <= metaOrderAll {
		var rec func(p []int, used []bool)
		rec = func(p []int, used []bool) {
			if len(p) == n {
				if !slices.Equal(p, id) {
					out = append(out, append([]int(nil), p...))
				}
				return
			}
			for i := 0; i < n; i++ {
				if !used[i] {
					used[i] = true
					rec(append(p, i), used)
					used[i] = false
				}
			}
		}
		rec(nil, make([]bool, n))
		return out
	}
	rev := make([]int, n)
	for i := range rev {
		rev[i] = n - 1 - i
	}
	out = append(out, rev)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			p := append([]int(nil), id...)
			p[i], p[j] = p[j], p[i]
			out = append(out, p)
		}
	}
	return out
}

// composeInOrder composes f's amendments in the order p and returns the
// article left and each amendment's result, indexed as f's files.
func (f *metaFolder) composeInOrder(p []int) (Article, []AmendedArticle) {
	ds := make([]Dispositif, len(p))
	for k, i := range p {
		ds[k] = Dispositif{Number: strings.TrimPrefix(f.files[i], "amendement_"), Text: strings.Join(f.paras[i], "\n")}
	}
	final, rs := ComposeNumbered(f.art, ds)
	out := make([]AmendedArticle, len(f.files))
	for k, i := range p {
		out[i] = rs[k]
	}
	return final, out
}

// metaOrderText is an article as compared: its alinéas, or "(deleted)".
func metaOrderText(a Article, rs []AmendedArticle) string {
	if a.Alineas == nil {
		for _, r := range rs {
			if r.Applied && r.Deleted {
				return "(deleted)"
			}
		}
	}
	return strings.Join(a.Alineas, "\n")
}

// metaOrderDiff is one difference of a folder, with the first order that
// showed it.
type metaOrderDiff struct {
	id, detail string
	// explained is set on a difference of a whole order whose inverted
	// pairs include one that differs on its own (its PAIR difference is
	// the one listed).
	explained string
}

// orderDiffs returns f's differences of order, by id, each with the
// first order that shows it, and the number of compositions made. First
// each pair of amendments alone, in both orders, on the article as
// tabled: a difference there is "PAIR <a> <b> TEXT" or "PAIR <a> <b>
// FLIP <x>". Then the whole folder in every order of metaOrders: a
// difference from the baseline is explained when the order inverts a
// pair that differs on its own; otherwise it is "TEXT" or "FLIP <x>".
func (f *metaFolder) orderDiffs() ([]metaOrderDiff, int) {
	n := len(f.files)
	short := func(i int) string { return strings.TrimPrefix(f.files[i], "amendement_") }
	name := func(p []int) string {
		var s []string
		for _, i := range p {
			s = append(s, short(i))
		}
		return strings.Join(s, ",")
	}
	seen := map[string]bool{}
	var out []metaOrderDiff
	add := func(id, detail, explained string) {
		if !seen[id] {
			seen[id] = true
			out = append(out, metaOrderDiff{id: f.name + " " + id, detail: detail, explained: explained})
		}
	}
	// compare adds the differences of the order p from the baseline
	// (base, baseRes), with the prefix pre to their ids; it returns
	// whether there was one.
	compare := func(pre string, p []int, base Article, baseRes []AmendedArticle, explain func() string) bool {
		final, rs := f.composeInOrder(p)
		flips := 0
		ex := ""
		for _, i := range p {
			r := rs[i]
			if r.Applied == baseRes[i].Applied {
				continue
			}
			if flips == 0 && explain != nil {
				ex = explain()
			}
			flips++
			if !r.Applied {
				add(pre+"FLIP "+short(i), fmt.Sprintf("applied in order %s, refused in order %s: %.300s", name(p0(p)), name(p), strings.Join(r.Unparsed, " / ")), ex)
			} else {
				add(pre+"FLIP "+short(i), fmt.Sprintf("refused in order %s (%.300s), applied in order %s", name(p0(p)), strings.Join(baseRes[i].Unparsed, " / "), name(p)), ex)
			}
		}
		if baseText := metaOrderText(base, baseRes); flips == 0 {
			if text := metaOrderText(final, rs); text != baseText {
				if explain != nil {
					ex = explain()
				}
				add(pre+"TEXT", fmt.Sprintf("order %s: %s", name(p), shortDiff(baseText, text)), ex)
				return true
			}
		}
		return flips > 0
	}
	made := 0
	dependent := map[[2]int]string{}
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			base, baseRes := f.composeInOrder([]int{i, j})
			pre := fmt.Sprintf("PAIR %s %s ", short(i), short(j))
			if compare(pre, []int{j, i}, base, baseRes, nil) {
				dependent[[2]int{i, j}] = pre
			}
			made += 4
		}
	}
	orders := metaOrders(n)
	base, baseRes := f.composeInOrder(orders[0])
	for _, p := range orders[1:] {
		made++
		compare("", p, base, baseRes, func() string {
			pos := make([]int, n)
			for k, i := range p {
				pos[i] = k
			}
			for i := 0; i < n; i++ {
				for j := i + 1; j < n; j++ {
					if pre, ok := dependent[[2]int{i, j}]; ok && pos[i] > pos[j] {
						return strings.TrimSpace(pre)
					}
				}
			}
			return ""
		})
	}
	return out, made
}

// p0 is the order an order p of some of a folder's amendments is compared
// with: the same amendments in their order.
func p0(p []int) []int {
	q := append([]int(nil), p...)
	sort.Ints(q)
	return q
}

// TestMetaOrderDevSets composes the amendments of each folder of the
// development set in other orders and fails on a difference from the
// baseline not in metaOrderAllowed (see the file's comment).
func TestMetaOrderDevSets(t *testing.T) {
	if testing.Short() {
		t.Skip("composes every folder in up to 120 orders: run by .ci/run's integration step")
	}
	folders := loadMetaFolders(t)
	used := map[string]bool{}
	tested, orders := 0, 0
	count := map[string]int{}
	for _, f := range folders {
		if len(f.files) < 2 {
			continue
		}
		tested++
		diffs, n := f.orderDiffs()
		orders += n
		sort.Slice(diffs, func(i, j int) bool { return diffs[i].id < diffs[j].id })
		for _, d := range diffs {
			kind := strings.Fields(strings.TrimPrefix(d.id, f.name+" "))[0]
			if d.explained != "" {
				count["explained"]++
				continue
			}
			count[kind]++
			mark, ok := allowedMark(metaOrderAllowed, used, d.id)
			t.Logf("%s%s\n      %s", d.id, mark, d.detail)
			if !ok {
				t.Errorf("%s (not in metaOrderAllowed)", d.id)
			}
		}
	}
	t.Logf("%d folders of two amendments or more, %d compositions: PAIR %d, TEXT %d, FLIP %d (and %d differences of whole orders explained by a PAIR)", tested, orders, count["PAIR"], count["TEXT"], count["FLIP"], count["explained"])
	for k := range metaOrderAllowed {
		if !used[k] {
			t.Errorf("metaOrderAllowed[%q] is stale: no such difference", k)
		}
	}
}
