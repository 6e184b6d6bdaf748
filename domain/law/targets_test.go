package law

import (
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestCorpusSeveralTargets edits words of two or three articles of one
// code of the development set in one instruction, as laws name several
// targets: "Aux articles L. 1 et L. 2 du code …", "Aux articles L. 1,
// L. 2 et L. 3 du code …", the place said last ("… est remplacé par le
// mot : « z » aux articles L. 1 et L. 2 du code …"), a range ("aux articles
// L. 1 à L. 3", three in a row in the set), and a code named once
// for several instructions then "du même code" ("I. – Le code … est ainsi
// modifié : 1° À l'article L. 1, … ; 2° À l'article L. 2, … II. – À
// l'article L. 3 du même code, …"). Each article's word (found once in
// it) is wanted replaced, and nothing else.
func TestCorpusSeveralTargets(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds under the race detector: run in full by .ci/run's TestCorpus step")
	}
	total := 0
	forEachLaw(t, func(avant, _ Corpus) {
		byCode := map[string][]CodeRef{}
		for r, a := range avant {
			if len(a.Alineas) > 0 && !strings.Contains(strings.Join(a.Alineas, "\n"), "zorglub") {
				byCode[r.Code] = append(byCode[r.Code], r)
			}
		}
		codes := make([]string, 0, len(byCode))
		for c := range byCode {
			codes = append(codes, c)
		}
		sort.Strings(codes)
		for _, code := range codes {
			refs := byCode[code]
			// In the code's order, from a fixed order: articleLess is not
			// a total order across numbers of other shapes ("157", "1519
			// b"), and the map's order changes from run to run.
			sort.Slice(refs, func(i, j int) bool { return refs[i].Article < refs[j].Article })
			sort.SliceStable(refs, func(i, j int) bool { return articleLess(refs[i].Article, refs[j].Article) })
			for i := 0; i+2 < len(refs); i++ {
				trio := refs[i : i+3]
				n := 2 + total%2 // two or three targets in turn
				w := commonWord(avant, trio[:n])
				if w == "" {
					continue
				}
				nums := make([]string, n)
				c := Corpus{}
				want := map[CodeRef][]string{}
				for k, r := range trio[:n] {
					nums[k] = billArticleNumber(avant[r].Heading)
					c[r] = avant[r]
					al := append([]string(nil), avant[r].Alineas...)
					for j := range al {
						if at := wordAt(al[j], w); at >= 0 {
							al[j] = al[j][:at] + "zorglub" + al[j][at+len(w):]
						}
					}
					want[r] = al
				}
				list := strings.Join(nums[:n-1], ", ") + " et " + nums[n-1]
				op := "le mot : « " + w + " » est remplacé par le mot : « zorglub »"
				var text string
				switch total % 6 {
				case 0, 1:
					text = "Aux articles " + list + " du " + code + ", " + op + "."
				case 4:
					// Three in a row in the set: a range holds them.
					if n == 3 {
						list = nums[0] + " à " + nums[2]
					}
					text = "Aux articles " + list + " du " + code + ", " + op + "."
				case 5:
					text = "Dans les articles " + list + " du " + code + ", " + op + "."
				case 2:
					text = upperFirst(op) + " aux articles " + list + " du " + code + "."
				default:
					text = "I. – Le " + code + " est ainsi modifié :"
					for k := 0; k < n-1; k++ {
						text += "\n" + rankItem(k+1) + " À l'article " + nums[k] + ", " + op + " ;"
					}
					text = strings.TrimSuffix(text, " ;") + "."
					text += "\nII. – À l'article " + nums[n-1] + " du même code, " + op + "."
				}
				total++
				ins := ParseInstructions([]Article{{Number: "1", Alineas: strings.Split(text, "\n")}})
				ok := true
				for _, in := range ins {
					if in.Status != Parsed && in.Status != Context {
						t.Errorf("%s: %s: %s", code, in.Reason, in.Text)
						ok = false
					}
				}
				if !ok {
					continue
				}
				got, errs := Apply(c, ins, ApplyOptions{})
				for _, e := range errs {
					t.Errorf("%s: %v", text, e)
				}
				for r, w := range want {
					if g, w := strings.Join(got[r].Alineas, "\n"), strings.Join(w, "\n"); g != w {
						t.Errorf("%s: %s\n%s", r, text, shortDiff(w, g))
					}
				}
			}
		}
	})
	t.Logf("%d instructions naming several articles", total)
	if total < 40 {
		t.Errorf("only %d instructions (over 40)", total)
	}
}

// reLatinWord is a Latin ordinal of a label: "bis", "sexies".
var reLatinWord = regexp.MustCompile(`^(?:` + latinOrd + `)$`)

// commonWord gives a word of five letters or more found once, as a whole
// word and nowhere else, in each of the articles refs of c; "" when none.
func commonWord(c Corpus, refs []CodeRef) string {
	first := strings.Join(c[refs[0]].Alineas, "\n")
	for _, m := range reWord.FindAllStringSubmatchIndex(first, -1) {
		w := first[m[2]:m[3]]
		// Not a word of a label ("9° sexies"), which no word operation
		// edits.
		if []rune(w)[0] < 'a' || []rune(w)[0] > 'z' || reLatinWord.MatchString(w) {
			continue
		}
		ok := true
		for _, r := range refs {
			s := strings.Join(c[r].Alineas, "\n")
			if occurrences(s, w) != 1 || len(wordsAt(s, w)) != 1 {
				ok = false
				break
			}
		}
		if ok {
			return w
		}
	}
	return ""
}
