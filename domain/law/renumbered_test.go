package law

import (
	"strconv"
	"strings"
	"testing"
)

// TestCorpusRenumbered deletes and inserts, in each list of the
// development set's code articles (parts "I. –", items "1°", letters
// "a)"), one member with the renumbering a drafter writes beside it, in
// one group: "1° Le 2° du I est abrogé ; 2° Les 3° à 5° du I deviennent
// respectivement les 2° à 4° du I" and "1° Les 3° et 4° deviennent les 4°
// et 5° ; 2° Après le 2°, il est inséré un 3° ainsi rédigé : « … »". It
// wants the member's alinéas gone or the new one in place, each later
// member's label (and nothing else of its alinéas: a renumbering does not
// change the references in the text) one down or one up.
func TestCorpusRenumbered(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds under the race detector: run in full by .ci/run's TestCorpus step")
	}
	deleted, inserted := 0, 0
	forEachArticle(t, func(ref CodeRef, art CodeArticle) {
		al := art.Alineas
		ds, ok := divisionsOf(al)
		if !ok || len(ds) == 0 || strings.Contains(strings.Join(al, "\n"), "zorglub") {
			return
		}
		of := "L'article " + billArticleNumber(art.Heading) + " du " + ref.Code + " est ainsi modifié :"
		for _, list := range plainLists(ds) {
			n := len(list)
			for j := 0; j < n; j++ {
				// Deleted: the members after j go one down.
				if j < n-1 {
					want := relabel(al, ds, list[j+1:], -1)
					d := ds[list[j]]
					want = append(want[:d.start:d.start], want[d.end:]...)
					text := of + "\n1° " + upperFirst(memberName(ds, list[j:j+1], deleted%2 == 0)) + " est abrogé ;\n2° " + renumbering(ds, list[j+1:], -1, deleted%2 == 1) + "."
					deleted++
					wantApplied(t, ref, art, text, want)
				}
				// Inserted before j: the members from j go one up.
				if j > 0 {
					want := relabel(al, ds, list[j:], +1)
					d := ds[list[j-1]]
					line := ds[list[j]].label
					if d.level == 1 {
						line += ". – Zorglub est inséré."
					} else {
						if d.level == 3 {
							line += ")"
						}
						line += " Zorglub est inséré ;"
					}
					want = append(want[:d.end:d.end], append([]string{line}, want[d.end:]...)...)
					name := ds[list[j]].label
					if d.parent >= 0 {
						name += " du " + divName(ds, d.parent)
					}
					text := of + "\n1° " + renumbering(ds, list[j:], +1, inserted%2 == 1) + " ;\n2° Après le " + divName(ds, list[j-1]) + ", il est inséré un " + name + " ainsi rédigé :\n« " + line + " »"
					inserted++
					wantApplied(t, ref, art, text, want)
				}
			}
		}
	})
	t.Logf("%d members deleted and %d inserted, the members after them renumbered", deleted, inserted)
	if deleted < 40 || inserted < 40 {
		t.Errorf("only %d deleted and %d inserted (over 40 each)", deleted, inserted)
	}
}

// plainLists gives the lists of ds (the members of one parent at one
// level, in order) of three members or more whose labels are plain and
// run from the first ("I", "1°", "a") without a gap, each named alone.
func plainLists(ds []division) [][]int {
	byParent := map[[2]int][]int{}
	var keys [][2]int
	for k, d := range ds {
		key := [2]int{d.parent, d.level}
		if byParent[key] == nil {
			keys = append(keys, key)
		}
		byParent[key] = append(byParent[key], k)
	}
	var lists [][]int
	for _, key := range keys {
		list := byParent[key]
		if len(list) < 3 {
			continue
		}
		plain := true
		for i, k := range list {
			if !ds[k].named || ds[k].label != memberLabel(ds[k].level, i+1) {
				plain = false
			}
		}
		if plain {
			lists = append(lists, list)
		}
	}
	return lists
}

// memberLabel is the n-th label of a list of level: "IV", "4°", "d".
func memberLabel(level, n int) string {
	switch level {
	case 1:
		return testRoman(n)
	case 2:
		return strconv.Itoa(n) + "°"
	}
	return string(rune('a' + n - 1))
}

// testRoman writes n (1 to 39) in roman numerals.
func testRoman(n int) string {
	s := strings.Repeat("X", n/10)
	return s + []string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}[n%10]
}

// memberName names members as a law does: "le 2° du I", "les 3° et 4° du
// I", "les 3° à 5° du I" (a range when range is true and there are
// three or more).
func memberName(ds []division, members []int, asRange bool) string {
	d := ds[members[0]]
	of := ""
	if d.parent >= 0 {
		of = " du " + divName(ds, d.parent)
	}
	switch n := len(members); {
	case n == 1:
		return "le " + d.label + of
	case n == 2 || !asRange:
		labels := make([]string, n)
		for i, k := range members {
			labels[i] = ds[k].label
		}
		return "les " + strings.Join(labels[:n-1], ", ") + " et " + labels[n-1] + of
	default:
		return "les " + d.label + " à " + ds[members[n-1]].label + of
	}
}

// renumbering writes the renumbering of members by shift: "Le 3° du I
// devient le 2° du I", "Les 3° à 5° deviennent respectivement les 2° à
// 4°".
func renumbering(ds []division, members []int, shift int, asRange bool) string {
	d := ds[members[0]]
	first := memberIndex(d.label, d.level)
	to := make([]division, len(members))
	for i := range members {
		to[i] = division{level: d.level, parent: -1, label: memberLabel(d.level, first+i+shift)}
	}
	idx := make([]int, len(to))
	for i := range idx {
		idx[i] = i
	}
	target := memberName(to, idx, asRange)
	if len(members) == 1 {
		return upperFirst(memberName(ds, members, asRange)) + " devient " + target
	}
	return upperFirst(memberName(ds, members, asRange)) + " deviennent respectivement " + target
}

// memberIndex is the rank of a plain label of level: 4 for "IV", "4°",
// "d".
func memberIndex(label string, level int) int {
	for n := 1; n < 40; n++ {
		if memberLabel(level, n) == label {
			return n
		}
	}
	return 0
}

// relabel gives al with the label opening each member shifted by shift,
// the rest of its alinéas as they are.
func relabel(al []string, ds []division, members []int, shift int) []string {
	out := append([]string(nil), al...)
	for _, k := range members {
		d := ds[k]
		old := d.label
		if d.level == 2 {
			old = strings.TrimSuffix(old, "°")
		}
		n := memberIndex(d.label, d.level) + shift
		nw := strings.TrimSuffix(memberLabel(d.level, n), "°")
		out[d.start] = nw + strings.TrimPrefix(out[d.start], old)
	}
	return out
}

// TestGrammarRenumberedPlaceholder: "Le 1° du I est abrogé" leaves "1°
// (Abrogé)"; "les 2° et 3° du I deviennent les 1° et 2°" then take the
// places of the I's own placeholders. Before, each new label took away
// the first placeholder of that label in the whole article: the II's "2°
// (Abrogé)" went.
func TestGrammarRenumberedPlaceholder(t *testing.T) {
	B := []string{"I. – Sont soumis :", "1° Un ;", "2° Deux ;", "3° Trois.", "II. – Sont exclus :", "1° Alpha ;", "2° (Abrogé)", "3° Gamma."}
	head := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "the I's placeholder taken, the II's kept", before: B, text: []string{head, "1° Le 1° du I est abrogé ;", "2° Les 2° et 3° du I deviennent respectivement les 1° et 2°."},
			want: []string{B[0], "1° Deux ;", "2° Trois.", B[4], B[5], B[6], B[7]}},
		{name: "a range", before: B, text: []string{head, "1° Le 1° du I est abrogé ;", "2° Les 2° à 3° du I deviennent respectivement les 1° à 2°."},
			want: []string{B[0], "1° Deux ;", "2° Trois.", B[4], B[5], B[6], B[7]}},
		{name: "the II's own placeholder taken", before: B, text: []string{head, "1° Le 3° du II devient le 2°."},
			want: []string{B[0], B[1], B[2], B[3], B[4], B[5], "2° Gamma."}},
		{name: "an item in force where the label goes: refused", before: B, text: []string{head, "1° Le 3° du I devient le 2° du I."}},
	})
}

// TestGrammarLowerCaseLetterI: romans are capitals in a law's text ("I",
// "V", "X"); a lower-case "i", "v" or "x" named beside letters is the
// letter, the ninth, twenty-second or twenty-fourth. Before, "les h et i"
// read "i" as a roman, another kind, and **dropped it** (h alone
// deleted); "le h devient le i" and "les c à i" were refused.
func TestGrammarLowerCaseLetterI(t *testing.T) {
	B := []string{"Sont soumis :", "g) Les uns ;", "h) Les autres ;", "i) Les tiers ;", "j) Les derniers."}
	runGrammar(t, []grammarCase{
		{name: "a list", before: B, text: []string{"Les h et i de l'article L. 1 du code civil sont supprimés."},
			want: []string{B[0], B[1], "h) (Abrogé) ;", "i) (Abrogé) ;", B[4]}},
		{name: "a range ending on i", before: B, text: []string{"Les g à i de l'article L. 1 du code civil sont supprimés."},
			want: []string{B[0], "g) (Abrogé) ;", "h) (Abrogé) ;", "i) (Abrogé) ;", B[4]}},
		{name: "renumbered into i", before: B, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le i est supprimé ;", "2° Le j devient le i."},
			want: []string{B[0], B[1], B[2], "i) Les derniers."}},
		{name: "renumbered from a range", before: B[:4], text: []string{"Les g à i de l'article L. 1 du code civil deviennent respectivement les h à j."},
			want: []string{B[0], "h) Les uns ;", "i) Les autres ;", "j) Les tiers ;"}},
		{name: "words of the i", before: B, text: []string{"Au i de l'article L. 1 du code civil, le mot : « tiers » est remplacé par le mot : « ayants droit »."},
			want: []string{B[0], B[1], B[2], "i) Les ayants droit ;", B[4]}},
		{name: "the roman V stays a roman", before: []string{"IV. – Un.", "V. – Deux.", "VI. – Trois."}, text: []string{"Les IV et V de l'article L. 1 du code civil sont supprimés."},
			want: []string{"IV. – (Abrogé)", "V. – (Abrogé)", "VI. – Trois."}},
	})
}
