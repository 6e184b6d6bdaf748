package law

import (
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// TestCorpusGroupCounts edits the development set's plain articles (no
// numbered division, four alinéas or more) with groups of instructions
// that change the number of alinéas before naming a later one — "1° Après
// le premier alinéa, il est inséré un alinéa …; 2° Au quatrième alinéa,
// le mot … ; 3° Le dernier alinéa est supprimé." — and wants each alinéa
// counted as the law counts it: on the text as it stood before the
// group's edits (the fourth is the fourth of the article in force, the
// third after the second went). Three drafts in turn: an insertion first,
// a deletion first, an alinéa rewritten and alinéas inserted after it.
func TestCorpusGroupCounts(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds under the race detector: run in full by .ci/run's TestCorpus step")
	}
	const neu = "Zorglub est un alinéa nouveau."
	total := 0
	forEachArticle(t, func(ref CodeRef, art CodeArticle) {
		al := art.Alineas
		ds, ok := divisionsOf(al)
		if !ok || len(ds) > 0 || len(al) < 4 || len(al) > 30 {
			return
		}
		whole := strings.Join(al, "\n")
		// The alinéa named after the count changed: the first from the
		// end whose word is found once in it, between the third and the
		// one before the last.
		k, w := 0, ""
		for i := len(al) - 1; i >= 3 && k == 0; i-- {
			if x, _ := scopedWord(al[i-1], whole); x != "" {
				k, w = i, x
			}
		}
		if k == 0 || strings.Contains(whole, "zorglub") {
			return
		}
		replaced := func() []string {
			out := append([]string(nil), al...)
			j := wordAt(out[k-1], w)
			out[k-1] = out[k-1][:j] + "zorglub" + out[k-1][j+len(w):]
			return out
		}
		edit := "Au " + rankName(k) + " alinéa, le mot : « " + w + " » est remplacé par le mot : « zorglub »"
		var items []string
		var want []string
		switch total % 3 {
		case 0:
			items = []string{
				"Après le premier alinéa, il est inséré un alinéa ainsi rédigé :\n« " + neu + " »",
				edit,
				"Le dernier alinéa est supprimé",
			}
			r := replaced()
			want = append(append(append([]string(nil), r[0]), neu), r[1:len(r)-1]...)
		case 1:
			items = []string{
				"Le deuxième alinéa est supprimé",
				edit,
				"Il est ajouté un alinéa ainsi rédigé :\n« " + neu + " »",
			}
			r := replaced()
			want = append(append(append([]string(nil), r[0]), r[2:]...), neu)
		default:
			items = []string{
				"Le deuxième alinéa est ainsi rédigé :\n« " + neu + " »",
				"Après le deuxième alinéa, sont insérés deux alinéas ainsi rédigés :\n« Zorglub un. »\n« Zorglub deux. »",
				edit,
			}
			r := replaced()
			want = append(append([]string(nil), r[0], neu, "Zorglub un.", "Zorglub deux."), r[2:]...)
		}
		total++
		text := "L'article " + billArticleNumber(art.Heading) + " du " + ref.Code + " est ainsi modifié :"
		for i, it := range items {
			text += "\n" + rankItem(i+1) + " " + it
			if i < len(items)-1 {
				text += " ;"
			} else {
				text += "."
			}
		}
		wantApplied(t, ref, art, text, want)
	})
	t.Logf("%d articles edited by groups that change their count", total)
	if total < 90 {
		t.Errorf("only %d articles (over 90)", total)
	}
}

// TestCorpusGroupSentenceCounts does the same with sentences: in the
// development set's articles, an alinéa of three sentences or more loses
// its first or its second, gets a new one after its first, or has its
// first rewritten, then words of its third are replaced — "1° La première
// phrase du deuxième alinéa est supprimée ; 2° À la troisième phrase du
// même alinéa, le mot …" —: the third as the alinéa stood before the
// group.
func TestCorpusGroupSentenceCounts(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds under the race detector: run in full by .ci/run's TestCorpus step")
	}
	const neu = "Zorglub est une phrase nouvelle."
	total := 0
	forEachArticle(t, func(ref CodeRef, art CodeArticle) {
		al := art.Alineas
		if _, ok := divisionsOf(al); !ok || len(al) > 40 || strings.Contains(strings.Join(al, "\n"), "zorglub") {
			return
		}
		for k := range al {
			ss := sentencesOf(al[k])
			if len(ss) < 3 || strings.Join(ss, " ") != al[k] || divLabel(al[k]) != "" {
				continue
			}
			w, _ := scopedWord(ss[2], al[k])
			if w == "" || occurrences(al[k], w) != 1 {
				continue
			}
			third := strings.Replace(ss[2], w, "zorglub", 1)
			rest := append([]string{third}, ss[3:]...)
			of := " du " + rankName(k+1) + " alinéa"
			var first string
			var sents []string
			switch total % 4 {
			case 0:
				first, sents = "La première phrase"+of+" est supprimée", append([]string{ss[1]}, rest...)
			case 1:
				first, sents = "La deuxième phrase"+of+" est supprimée", append([]string{ss[0]}, rest...)
			case 2:
				first, sents = "Après la première phrase"+of+", est insérée une phrase ainsi rédigée : « "+neu+" »", append([]string{ss[0], neu, ss[1]}, rest...)
			default:
				first, sents = "La première phrase"+of+" est ainsi rédigée : « "+neu+" »", append([]string{neu, ss[1]}, rest...)
			}
			want := append([]string(nil), al...)
			want[k] = strings.Join(sents, " ")
			text := "L'article " + billArticleNumber(art.Heading) + " du " + ref.Code + " est ainsi modifié :\n" +
				"1° " + first + " ;\n" +
				"2° À la troisième phrase du même alinéa, le mot : « " + w + " » est remplacé par le mot : « zorglub »."
			total++
			wantApplied(t, ref, art, text, want)
		}
	})
	t.Logf("%d alinéas edited by groups that change their sentences", total)
	if total < 10 {
		t.Errorf("only %d alinéas (over 10)", total)
	}
}

// TestGrammarGroupSentenceDeleted: in a group of instructions, sentences
// are counted as the alinéa stood before the group, a sentence an
// earlier edit deleted included. Before, the count fell back to the
// alinéa as it is once a sentence was gone: "la troisième phrase" was
// the fourth, or not found. A sentence the group deleted is not there to
// edit: refused.
func TestGrammarGroupSentenceDeleted(t *testing.T) {
	B := []string{"Le maire agit.", "Il signe. Il date. Il vise. Il scelle."}
	head := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "the first deleted, then the third", before: B, text: []string{head, "1° La première phrase du second alinéa est supprimée ;", "2° À la troisième phrase du même alinéa, le mot : « vise » est remplacé par le mot : « lit »."},
			want: []string{B[0], "Il date. Il lit. Il scelle."}},
		{name: "the second and third deleted, then the last", before: B, text: []string{head, "1° Les deuxième et troisième phrases du second alinéa sont supprimées ;", "2° La dernière phrase du même alinéa est complétée par les mots : « le tout »."},
			want: []string{B[0], "Il signe. Il scelle le tout."}},
		{name: "the first rewritten, then the second", before: B, text: []string{head, "1° La première phrase du second alinéa est ainsi rédigée : « Il paraphe. » ;", "2° À la deuxième phrase du même alinéa, le mot : « date » est remplacé par le mot : « lit »."},
			want: []string{B[0], "Il paraphe. Il lit. Il vise. Il scelle."}},
		{name: "the sentence deleted, then edited: refused", before: B, text: []string{head, "1° La première phrase du second alinéa est supprimée ;", "2° À la première phrase du même alinéa, le mot : « date » est remplacé par le mot : « lit »."}},
	})
}

// rankItem is the n-th item's label, "1°".
func rankItem(n int) string { return string(rune('0'+n)) + "°" }

// TestGrammarComposedSentencesAsTabled: amendments name the sentences of
// the text as tabled, as they name its alinéas. After an amendment
// deleted the first sentence of an alinéa, another's "troisième phrase"
// is the third as tabled; before, it was the third now (the fourth
// tabled: "scelle" was replaced there, an edit no amendment made), and
// a sentence an earlier amendment deleted is not there to edit.
func TestGrammarComposedSentencesAsTabled(t *testing.T) {
	B := []string{"Le maire agit.", "Il signe. Il date. Il vise. Il scelle.", "Le juge tranche."}
	del := "Alinéa 2, première phrase : supprimer cette phrase."
	for _, tc := range []struct {
		name, second string
		want         []string // nil: the second refused
	}{
		{"the third as tabled", "Alinéa 2, troisième phrase : remplacer le mot : « vise » par le mot : « lit ».", []string{B[0], "Il date. Il lit. Il scelle.", B[2]}},
		{"not the third now", "Alinéa 2, troisième phrase : remplacer le mot : « scelle » par le mot : « lit ».", nil},
		{"the deleted one: refused", "Alinéa 2, première phrase : remplacer le mot : « date » par le mot : « lit ».", nil},
	} {
		got, res := ComposeAmendments(Article{Number: "1", Alineas: B}, []string{del, tc.second})
		if !res[0].Applied {
			t.Fatalf("%s: the deletion refused: %v", tc.name, res[0].Unparsed)
		}
		if tc.want == nil {
			if res[1].Applied {
				t.Errorf("%s: applied, want refused: %q", tc.name, got.Alineas)
			}
			continue
		}
		if !res[1].Applied {
			t.Errorf("%s: refused: %v", tc.name, res[1].Unparsed)
		} else if g, w := strings.Join(got.Alineas, "\n"), strings.Join(tc.want, "\n"); g != w {
			t.Errorf("%s: got\n%s\nwant\n%s", tc.name, g, w)
		}
	}
	// An inserted sentence does not shift the count either.
	got, res := ComposeAmendments(Article{Number: "1", Alineas: B}, []string{
		"Alinéa 2, après la première phrase, insérer une phrase ainsi rédigée : « Il paraphe. »",
		"Alinéa 2, deuxième phrase : remplacer le mot : « date » par le mot : « lit ».",
	})
	if !res[0].Applied || !res[1].Applied || got.Alineas[1] != "Il signe. Il paraphe. Il lit. Il vise. Il scelle." {
		t.Errorf("insertion then the second as tabled: %v %v %q", res[0].Unparsed, res[1].Unparsed, got.Alineas)
	}
}

// TestCorpusNewLastItem completes each list of the development set's
// code articles by a new last item, as laws write it — "Le I de l'article
// L. 1 … est complété par un 4° ainsi rédigé : « 4° … »", "L'article …
// est complété par un c ainsi rédigé", "Après le 3° du I, il est inséré
// un 4° ainsi rédigé" — and wants the consolidation's convention: the
// item that ended the list with a period now ends with " ;" (unless the
// list ends every item with a period), the new one carries the period,
// and nothing else changes.
func TestCorpusNewLastItem(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds under the race detector: run in full by .ci/run's TestCorpus step")
	}
	total := 0
	forEachDividedArticle(t, func(ref CodeRef, art CodeArticle, ds []division, of string) {
		al := art.Alineas
		for k, d := range ds {
			if d.level < 2 || !d.named || d.end != d.start+1 {
				continue
			}
			// The last item of its list, ending its parent (or the
			// article), on one line ending with a period.
			last := k+1 == len(ds) || ds[k+1].level < d.level
			pend := len(al)
			if d.parent >= 0 {
				pend = ds[d.parent].end
			}
			l := al[d.start]
			if !last || d.end != pend || !strings.HasSuffix(l, ".") || strings.HasSuffix(l, "..") {
				continue
			}
			var next string
			if d.level == 2 {
				m := reItemDiv.FindStringSubmatch(l)
				if m == nil || m[2] != "" {
					continue
				}
				n, _ := strconv.Atoi(m[1])
				next = strconv.Itoa(n+1) + "°"
			} else {
				m := reLetterDiv.FindStringSubmatch(l)
				if m == nil || m[2] != "" || m[1] == "z" {
					continue
				}
				next = string(rune(m[1][0] + 1))
			}
			line := next + " Zorglub est le dernier."
			if d.level == 3 {
				line = next + ") Zorglub est le dernier."
			}
			want := append([]string(nil), al[:d.end]...)
			want[d.start] = strings.TrimRight(strings.TrimSuffix(l, "."), " ") + " ;"
			// A list whose items end with periods ("6° … ." then "7° …
			// ."): the last keeps its own (TestLaw90PeriodItems).
			for j := k - 1; j >= 0 && ds[j].level >= d.level; j-- {
				if ds[j].level == d.level && ds[j].parent == d.parent {
					if p := strings.TrimRight(al[d.start-1], " "); !isAbrogatedPlaceholder(al[ds[j].start]) && strings.HasSuffix(p, ".") && !strings.HasSuffix(p, "..") {
						want[d.start] = l
					}
					break
				}
			}
			want = append(append(want, line), al[d.end:]...)
			var text string
			switch {
			case total%2 == 1:
				text = "Après le " + divName(ds, k) + " de " + of + ", il est inséré un " + next + " ainsi rédigé :\n« " + line + " »"
			case d.parent >= 0:
				text = "Le " + divName(ds, d.parent) + " de " + of + " est complété par un " + next + " ainsi rédigé :\n« " + line + " »"
			default:
				text = upperFirst(of) + " est complété par un " + next + " ainsi rédigé :\n« " + line + " »"
			}
			total++
			wantApplied(t, ref, art, text, want)
		}
	})
	t.Logf("%d lists completed by a new last item", total)
	if total < 30 {
		t.Errorf("only %d (over 30)", total)
	}
}

// TestCorpusEndRewritten rewrites and deletes, in each alinéa of the
// development set's plain code articles, what follows a word found once
// in it — "Au troisième alinéa de l'article …, après le mot : « w », la
// fin de l'alinéa est ainsi rédigée : « … »" and "… est supprimée" —
// and wants the alinéa to run to that word, then the new end or its own
// closing mark ("." / " ;" / " :"), nothing else changed: from a point
// to the end, never the whole alinéa.
func TestCorpusEndRewritten(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds under the race detector: run in full by .ci/run's TestCorpus step")
	}
	total := 0
	forEachArticle(t, func(ref CodeRef, art CodeArticle) {
		al := art.Alineas
		ds, ok := divisionsOf(al)
		if !ok || len(ds) > 0 || len(al) > 30 || strings.Contains(strings.Join(al, "\n"), "zorglub") {
			return
		}
		for k, l := range al {
			head, w, end := endAfterWord(l)
			if w == "" {
				continue
			}
			of := "Au " + rankName(k+1) + " alinéa de l'article " + billArticleNumber(art.Heading) + " du " + ref.Code + ", après le mot : « " + w + " », la fin de l'alinéa est "
			want := append([]string(nil), al...)
			want[k] = head + " zorglub" + end
			total++
			wantApplied(t, ref, art, of+"ainsi rédigée : « zorglub »", want)
			want[k] = head + end
			wantApplied(t, ref, art, of+"supprimée.", want)
		}
	})
	t.Logf("%d alinéas whose end was rewritten and deleted", total)
	if total < 50 {
		t.Errorf("only %d (over 50)", total)
	}
}

// endAfterWord cuts an alinéa with no quotation, ending with its own mark
// ("." / " ;" / " :"), after a word in its middle third found once in it
// and followed by a space: the alinéa up to that word, the word, the
// mark; w is "" when it has none.
func endAfterWord(l string) (head, w, end string) {
	if strings.ContainsAny(l, "\"«»") {
		return "", "", ""
	}
	for _, e := range []string{" ;", " :", "."} {
		if strings.HasSuffix(l, e) {
			end = e
			break
		}
	}
	if end == "" {
		return "", "", ""
	}
	for _, m := range reWord.FindAllStringSubmatchIndex(l, -1) {
		c := l[m[2]:m[3]]
		if m[2] >= len(l)/3 && m[3] <= len(l)*2/3 && !unicode.IsUpper([]rune(c)[0]) && occurrences(l, c) == 1 && l[m[3]] == ' ' {
			return l[:m[3]], c, end
		}
	}
	return "", "", ""
}
