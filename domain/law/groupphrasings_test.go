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
	total := 0
	forEachPlainArticle(t, "zorglub", func(ref CodeRef, art CodeArticle, whole string) {
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
	if total < 1000 {
		t.Errorf("only %d (over 1,000)", total)
	}
}
