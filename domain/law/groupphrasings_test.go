package law

import (
	"strings"
	"testing"
)

// groupPhrasings are the ways a bill writes two edits of one code
// article in one instruction group — a word replaced in alinéa {R1} ("{W1}"
// by "zorglub") and words put after a word of alinéa {R2} ("{W2}"), {R1}
// before {R2} — under the article's head, under the code's, each place
// with its article, "du même article", the places in either order, one
// sentence with two places, the bill article's parts. Each is wanted to
// give the same article.
var groupPhrasings = []string{
	"{Uq} est ainsi modifié :\n1° Au {R1} alinéa, le mot : « {W1} » est remplacé par le mot : « zorglub » ;\n2° Au {R2} alinéa, après le mot : « {W2} », sont insérés les mots : « zorglub ».",
	"{Uq} est ainsi modifié :\n1° Au {R2} alinéa, après le mot : « {W2} », sont insérés les mots : « zorglub » ;\n2° Au {R1} alinéa, le mot : « {W1} » est remplacé par le mot : « zorglub ».",
	"1° Au {R1} alinéa de {Q}, le mot : « {W1} » est remplacé par le mot : « zorglub » ;\n2° Au {R2} alinéa du même article, après le mot : « {W2} », sont insérés les mots : « zorglub ».",
	"À {Q} :\n1° Au {R1} alinéa, le mot : « {W1} » est remplacé par le mot : « zorglub » ;\n2° Au {R2} alinéa, après le mot : « {W2} », sont insérés les mots : « zorglub ».",
	"{Uc} est ainsi modifié :\n1° {Uq} est ainsi modifié :\na) Au {R1} alinéa, le mot : « {W1} » est remplacé par le mot : « zorglub » ;\nb) Au {R2} alinéa, après le mot : « {W2} », sont insérés les mots : « zorglub » ;\n2° (Supprimé)",
	"{Uq} est ainsi modifié :\n1° Le {R1} alinéa est ainsi modifié :\na) Le mot : « {W1} » est remplacé par le mot : « zorglub » ;\n2° Au {R2} alinéa, après le mot : « {W2} », sont insérés les mots : « zorglub ».",
	"Au {R1} alinéa de {Q}, le mot : « {W1} » est remplacé par le mot : « zorglub » et, au {R2} alinéa, après le mot : « {W2} », sont insérés les mots : « zorglub ».",
	"I. – Au {R1} alinéa de {Q}, le mot : « {W1} » est remplacé par le mot : « zorglub ».\nII. – Au {R2} alinéa du même article, après le mot : « {W2} », sont insérés les mots : « zorglub ».",
	"Au {R1} alinéa de {Q}, le mot : « {W1} » est remplacé par le mot : « zorglub ».\nAu {R2} alinéa du même article, après le mot : « {W2} », sont insérés les mots : « zorglub ».",
	"{Uq} est ainsi modifié :\n1° Au {R1} alinéa :\na) Le mot : « {W1} » est remplacé par le mot : « zorglub » ;\n2° Au {R2} alinéa :\na) Après le mot : « {W2} », sont insérés les mots : « zorglub ».",
	"Au {R1} alinéa de {Q}, le mot : « {W1} » est remplacé par le mot : « zorglub ».\nLe même article est ainsi modifié :\n1° Au {R2} alinéa, après le mot : « {W2} », sont insérés les mots : « zorglub ».",
}

// groupDeletedPhrasings delete alinéa {R1} and put words after a word of
// alinéa {R2} in one group: {R2} is counted as the article stood before
// the group, its alinéa {R1} still there.
var groupDeletedPhrasings = []string{
	"{Uq} est ainsi modifié :\n1° Le {R1} alinéa est supprimé ;\n2° Au {R2} alinéa, après le mot : « {W2} », sont insérés les mots : « zorglub ».",
	"{Uq} est ainsi modifié :\n1° Au {R2} alinéa, après le mot : « {W2} », sont insérés les mots : « zorglub » ;\n2° Le {R1} alinéa est supprimé.",
	"1° Le {R1} alinéa de {Q} est supprimé ;\n2° Au {R2} alinéa du même article, après le mot : « {W2} », sont insérés les mots : « zorglub ».",
}

// groupInsertedPhrasings insert an alinéa after alinéa {R1} and put
// words after a word of alinéa {R2}: {R2} is counted as the article stood
// before the group, without the new alinéa.
var groupInsertedPhrasings = []string{
	"{Uq} est ainsi modifié :\n1° Après le {R1} alinéa, il est inséré un alinéa ainsi rédigé :\n« Zorglub est nouveau. » ;\n2° Au {R2} alinéa, après le mot : « {W2} », sont insérés les mots : « zorglub ».",
	"{Uq} est ainsi modifié :\n1° Au {R2} alinéa, après le mot : « {W2} », sont insérés les mots : « zorglub » ;\n2° Après le {R1} alinéa, il est inséré un alinéa ainsi rédigé :\n« Zorglub est nouveau. »",
	"{Uq} est ainsi modifié :\n1° Le {R1} alinéa est suivi d'un alinéa ainsi rédigé :\n« Zorglub est nouveau. » ;\n2° Au {R2} alinéa, après le mot : « {W2} », sont insérés les mots : « zorglub ».",
}

// groupBothDeletedPhrasings delete alinéas {R1} and {R2}, not
// consecutive, in one instruction.
var groupBothDeletedPhrasings = []string{
	"Les {R1} et {R2} alinéas de {Q} sont supprimés.",
	"Le {R1} alinéa et le {R2} alinéa de {Q} sont supprimés.",
	"{Uq} est ainsi modifié :\n1° Le {R1} alinéa est supprimé ;\n2° Le {R2} alinéa est supprimé.",
	"{Uq} est ainsi modifié :\n1° Les {R1} et {R2} alinéas sont supprimés ;",
}

// TestCorpusGroupPhrasings writes two edits of two alinéas of each of
// the development set's plain code articles in one instruction group, in
// each of the ways a bill writes them (groupPhrasings,
// groupDeletedPhrasings, groupInsertedPhrasings,
// groupBothDeletedPhrasings), and wants every way to give the same article,
// byte for byte.
func TestCorpusGroupPhrasings(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds under the race detector: run in full by .ci/run's TestCorpus step")
	}
	total, n := 0, 0
	forEachPlainArticle(t, "zorglub", func(ref CodeRef, art CodeArticle, whole string) {
		if n++; n%2 == 0 {
			return // one article in two: the test's time halved
		}
		al := art.Alineas
		// The first and the last alinéa with a word the test can name.
		k1, k2 := -1, -1
		var w1, w2 string
		var at1, at2 int
		for k, l := range al {
			if w, at := spacedWord(l, whole); w != "" {
				if k1 < 0 {
					k1, w1, at1 = k, w, at
				} else if w != w1 {
					k2, w2, at2 = k, w, at
				}
			}
		}
		if k2 < 0 {
			return
		}
		q := "l'article " + billArticleNumber(art.Heading) + " du " + ref.Code
		r := strings.NewReplacer("{Uq}", upperFirst(q), "{Q}", q, "{Uc}", "Le "+ref.Code,
			"{R1}", rankName(k1+1), "{R2}", rankName(k2+1), "{W1}", w1, "{W2}", w2)
		op1, op2 := wordOps(al[k1], w1, at1), wordOps(al[k2], w2, at2)
		want := append([]string(nil), al...)
		want[k1], want[k2] = op1["replaced"], op2["after"]
		rs := []*strings.Replacer{r}
		if k2 == len(al)-1 {
			// The last alinéa named as the last.
			rs = append(rs, strings.NewReplacer("{Uq}", upperFirst(q), "{Q}", q, "{Uc}", "Le "+ref.Code,
				"{R1}", rankName(k1+1), "{R2}", "dernier", "{W1}", w1, "{W2}", w2))
		}
		for _, r := range rs {
			for _, way := range groupPhrasings {
				total++
				wantApplied(t, ref, art, r.Replace(way), want)
			}
		}
		deleted := append(append(append([]string(nil), al[:k1]...), al[k1+1:k2]...), op2["after"])
		deleted = append(deleted, al[k2+1:]...)
		if k1 == 0 && k2 == len(al)-1 && k2 == 1 {
			return // an article of one alinéa left: not what the test checks
		}
		for _, r := range rs {
			for _, way := range groupDeletedPhrasings {
				total++
				wantApplied(t, ref, art, r.Replace(way), deleted)
			}
		}
		inserted := append(append(append([]string(nil), al[:k1+1]...), "Zorglub est nouveau."), al[k1+1:]...)
		inserted[k2+1] = op2["after"]
		for _, r := range rs {
			for _, way := range groupInsertedPhrasings {
				total++
				wantApplied(t, ref, art, r.Replace(way), inserted)
			}
		}
		if k2 == k1+1 {
			return // consecutive: a range, TestCorpusRangePhrasings
		}
		both := append(append(append([]string(nil), al[:k1]...), al[k1+1:k2]...), al[k2+1:]...)
		for _, way := range groupBothDeletedPhrasings {
			total++
			wantApplied(t, ref, art, r.Replace(way), both)
		}
	})
	t.Logf("%d instruction groups, each two edits of one article as one way of writing them", total)
	if total < 3000 {
		t.Errorf("only %d (over 3,000)", total)
	}
}

// groupDivisionPhrasings are the ways a bill writes, in one group, the
// deletion of a division ("{D1}", "{L1}" its own label) and a word
// replaced in a later division of the same holder ("{D2}", "{L2}", the
// word "{W}", the holder "{H}", empty for the article): the second named
// as the article stood before the group.
var groupDivisionPhrasings = []string{
	"{UA} est ainsi modifié :\n1° Le {D1} est supprimé ;\n2° Au {D2}, le mot : « {W} » est remplacé par le mot : « zorglub ».",
	"{UA} est ainsi modifié :\n1° Au {D2}, le mot : « {W} » est remplacé par le mot : « zorglub » ;\n2° Le {D1} est supprimé.",
	"1° Le {D1} de {A} est abrogé ;\n2° Au {D2} du même article, le mot : « {W} » est remplacé par le mot : « zorglub ».",
	"À {A} :\n1° Le {D1} est supprimé ;\n2° Au {D2}, le mot : « {W} » est remplacé par le mot : « zorglub ».",
	"{UA} est ainsi modifié :\na) Le {D1} est abrogé ;\nb) Au {D2}, le mot : « {W} » est remplacé par le mot : « zorglub ».",
}

// groupHolderPhrasings are the same, the holder named once.
var groupHolderPhrasings = []string{
	"Le {H} de {A} est ainsi modifié :\n1° Le {L1} est supprimé ;\n2° Au {L2}, le mot : « {W} » est remplacé par le mot : « zorglub ».",
	"Au {H} de {A} :\n1° Le {L1} est supprimé ;\n2° Au {L2}, le mot : « {W} » est remplacé par le mot : « zorglub ».",
}

// TestCorpusGroupDivisionPhrasings deletes a division of the development
// set's code articles (an item, a lettered item) and replaces a word of a
// later division of the same holder in one group, in each of the ways a
// bill writes it (groupDivisionPhrasings, groupHolderPhrasings), and
// wants every way to give the article the two instructions give one
// after the other, the deletion first.
func TestCorpusGroupDivisionPhrasings(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds under the race detector: run in full by .ci/run's TestCorpus step")
	}
	total := 0
	forEachDividedArticle(t, func(ref CodeRef, art CodeArticle, ds []division, a string) {
		al := art.Alineas
		whole := strings.Join(al, "\n")
		done := map[int]bool{} // one pair a holder
		for i, d1 := range ds {
			if d1.level < 2 || !d1.named || d1.parent >= 0 && !ds[d1.parent].named || strings.Contains(d1.label, " ") || done[d1.parent] {
				continue
			}
			for j := i + 1; j < len(ds); j++ {
				d2 := ds[j]
				if d2.parent != d1.parent || d2.level != d1.level || !d2.named || strings.Contains(d2.label, " ") {
					continue
				}
				scope := strings.Join(al[d2.start:d2.end], "\n")
				w, _ := scopedWord(scope, whole)
				if w == "" || strings.Count(scope, w) != 1 {
					continue
				}
				holder := ""
				if d1.parent >= 0 {
					holder = divName(ds, d1.parent)
				}
				r := strings.NewReplacer("{D1}", divName(ds, i), "{L1}", d1.label, "{D2}", divName(ds, j), "{L2}", d2.label, "{H}", holder, "{UA}", upperFirst(a), "{A}", a, "{W}", w)
				// The oracle: the deletion, then the replacement in the
				// article it leaves, each an instruction of its own.
				deleted, why := appliedText(ref, art, r.Replace("Le {D1} de {A} est supprimé."))
				if why != "" {
					t.Errorf("%s: the deletion alone: %s", ref, why)
					break
				}
				then := CodeArticle{Heading: art.Heading, Alineas: strings.Split(deleted, "\n")}
				want, why := appliedText(ref, then, r.Replace("Au {D2} de {A}, le mot : « {W} » est remplacé par le mot : « zorglub »."))
				if why != "" {
					// The deletion left placeholders or relabelled the
					// later division: nothing to compare with.
					break
				}
				ways := groupDivisionPhrasings
				if holder != "" {
					ways = append(append([]string(nil), ways...), groupHolderPhrasings...)
				}
				for _, way := range ways {
					total++
					got, why := appliedText(ref, art, r.Replace(way))
					if why != "" {
						t.Errorf("%s: %s: %s", ref, r.Replace(way), why)
					} else if got != want {
						t.Errorf("%s: %s\n%s", ref, r.Replace(way), shortDiff(want, got))
					}
				}
				done[d1.parent] = true
				break
			}
		}
	})
	t.Logf("%d instruction groups, each a division deleted and a word of a later one replaced as one way of writing them", total)
	if total < 300 {
		t.Errorf("only %d (over 300)", total)
	}
}
