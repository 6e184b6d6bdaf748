package law

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// wordPhrasings are the ways the chambers write one word operation, the
// place ("P") and the word ("W") left to fill: each is wanted to give the
// same text, the word replaced by "zorglub", "zorglub" put after or
// before it, or the word deleted.
var wordPhrasings = map[string][]string{
	"replaced": {
		"Au {R} alinéa de {Q}, le mot : « {W} » est remplacé par le mot : « zorglub ».",
		"Au {R} alinéa de {Q}, les mots : « {W} » sont remplacés par les mots : « zorglub ».",
		"Au {R} alinéa de {Q}, le mot « {W} » est remplacé par le mot « zorglub ».",
		"Au {R} alinéa de {Q}, au mot : « {W} » est substitué le mot : « zorglub ».",
		"Au {R} alinéa de {Q}, le mot : « {W} » est remplacé par le mot : « zorglub » ;",
		"Le mot : « {W} » figurant au {R} alinéa de {Q} est remplacé par le mot : « zorglub ».",
		"Au {R} alinéa de {Q}, le terme : « {W} » est remplacé par le terme : « zorglub ».",
	},
	"after": {
		"Au {R} alinéa de {Q}, après le mot : « {W} », sont insérés les mots : « zorglub ».",
		"Au {R} alinéa de {Q}, après le mot : « {W} », est inséré le mot : « zorglub ».",
		"Au {R} alinéa de {Q}, après le mot : « {W} », il est inséré le mot : « zorglub ».",
		"Au {R} alinéa de {Q}, le mot : « {W} » est suivi du mot : « zorglub ».",
		"Au {R} alinéa de {Q}, les mots : « zorglub » sont insérés après le mot : « {W} ».",
		"Au {R} alinéa de {Q}, après le mot « {W} », sont insérés les mots « zorglub ».",
	},
	"before": {
		"Au {R} alinéa de {Q}, avant le mot : « {W} », sont insérés les mots : « zorglub ».",
		"Au {R} alinéa de {Q}, le mot : « {W} » est précédé du mot : « zorglub ».",
		"Au {R} alinéa de {Q}, les mots : « zorglub » sont insérés avant le mot : « {W} ».",
	},
	"deleted": {
		"Au {R} alinéa de {Q}, le mot : « {W} » est supprimé.",
		"Au {R} alinéa de {Q}, les mots : « {W} » sont supprimés.",
		"Au {R} alinéa de {Q}, sont supprimés les mots : « {W} ».",
		"Le mot : « {W} » figurant au {R} alinéa de {Q} est supprimé.",
	},
}

// amendmentPhrasings are the same operations as an amendment of either
// chamber writes them, on a bill article ("{N}" the alinéa's number,
// lines apart for the Sénat's layout).
var amendmentPhrasings = map[string][]string{
	"replaced": {
		"Alinéa {N}, remplacer le mot : « {W} » par le mot : « zorglub ».",
		"À l'alinéa {N}, substituer au mot : « {W} » le mot : « zorglub ».",
		"Alinéa {N}\nRemplacer le mot :\n{W}\npar le mot :\nzorglub",
	},
	"after": {
		"À l'alinéa {N}, après le mot : « {W} », insérer le mot : « zorglub ».",
		"Alinéa {N}\nAprès le mot :\n{W}\ninsérer le mot :\nzorglub",
	},
	"before": {
		"À l'alinéa {N}, avant le mot : « {W} », insérer le mot : « zorglub ».",
	},
	"deleted": {
		"À l'alinéa {N}, supprimer le mot : « {W} ».",
		"Alinéa {N}\nSupprimer le mot :\n{W}",
	},
}

// TestCorpusPhrasings writes one word operation on a word of each alinéa
// of the development set's plain code articles (a word found once in
// the article, between two spaces) in each of the ways the chambers
// write it, as a bill's instruction on the code article (wordPhrasings)
// and as an amendment of the article standing for a bill article
// (amendmentPhrasings), and wants every way to give the same alinéa, byte
// for byte: the word replaced, "zorglub" after or before it, the word
// and one space gone.
func TestCorpusPhrasings(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds under the race detector: run in full by .ci/run's TestCorpus step")
	}
	bills, amendments := 0, 0
	forEachPlainArticle(t, "zorglub", func(ref CodeRef, art CodeArticle, whole string) {
		al := art.Alineas
		for k, l := range al {
			if (k+len(al))%2 == 1 {
				continue // one alinéa in two: the test's time halved
			}
			w, at := spacedWord(l, whole)
			if w == "" {
				continue
			}
			want := map[string][]string{}
			for op, s := range wordOps(l, w, at) {
				want[op] = append([]string(nil), al...)
				want[op][k] = s
			}
			b, a := wantEveryWay(t, ref, art, k, want, wordPhrasings, amendmentPhrasings, "{W}", w)
			bills, amendments = bills+b, amendments+a
		}
	})
	t.Logf("%d bill instructions and %d amendments, each a word operation as one way of writing it", bills, amendments)
	if bills < 6000 || amendments < 2500 {
		t.Errorf("only %d bill instructions and %d amendments (over 6,000 and 2,500)", bills, amendments)
	}
}

// spacedWord gives a word of l of five letters or more, starting with a
// lower-case letter, between two spaces, found once in whole (as it is
// and with a capital), and its offset in l; "" when none.
func spacedWord(l, whole string) (string, int) {
	for _, m := range reWord.FindAllStringSubmatchIndex(l, -1) {
		w := l[m[2]:m[3]]
		if m[2] == 0 || m[3] >= len(l) || l[m[2]-1] != ' ' || l[m[3]] != ' ' || unicode.IsUpper([]rune(w)[0]) || occurrences(whole, w) != 1 {
			continue
		}
		return w, m[2]
	}
	return "", -1
}

// TestGrammarFollowedBy: new words put after or before quoted words by
// the words' own verb, "est suivi de", "est précédé de" (they were
// refused: "no known instruction form", and "précédé" read as new words at
// the alinéa's start with the quoted words before it unread).
func TestGrammarFollowedBy(t *testing.T) {
	B := []string{"Le maire signe l'acte et le maire le date."}
	of := "Au premier alinéa de l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "suivi du mot", before: B, text: []string{of + "le mot : « signe » est suivi du mot : « seul »."},
			want: []string{"Le maire signe seul l'acte et le maire le date."}},
		{name: "suivis des mots", before: B, text: []string{of + "les mots : « l'acte » sont suivis des mots : « qu'il reçoit »."},
			want: []string{"Le maire signe l'acte qu'il reçoit et le maire le date."}},
		{name: "précédé des mots", before: B, text: []string{of + "le mot : « signe » est précédé des mots : « ou son adjoint »."},
			want: []string{"Le maire ou son adjoint signe l'acte et le maire le date."}},
		{name: "précédée, the words a reference", before: []string{"Selon l'article L. 2."}, text: []string{of + "la référence : « L. 2 » est précédée de la référence : « L. 1 et »."},
			want: []string{"Selon l'article L. 1 et L. 2."}},
		{name: "an occurrence", before: B, text: []string{of + "la seconde occurrence du mot : « maire » est suivie du mot : « délégué »."},
			want: []string{"Le maire signe l'acte et le maire délégué le date."}},
		{name: "twice and no rank: after each, as \"après le mot\"", before: B, text: []string{of + "le mot : « maire » est suivi du mot : « délégué »."},
			want: []string{"Le maire délégué signe l'acte et le maire délégué le date."}},
		{name: "the mention at the start stays", before: B, text: []string{of + "est précédé de la mention : « I. – »."},
			want: []string{"I. – Le maire signe l'acte et le maire le date."}},
	})
}

// TestGrammarQuotedWordsNeverDropped: an alinéa naming quoted words after
// "du" or "des" ("la seconde occurrence du mot : « A »") whose verb the
// grammar does not know is shown raw and flagged, as one naming them
// after "le", "la" or "les" is (TestGrammarQuotedWordsNamedFlagged).
// Before, it was read as an autonomous provision and dropped: no
// instruction, no edit.
func TestGrammarQuotedWordsNeverDropped(t *testing.T) {
	of := "Au premier alinéa de l'article L. 1 du code civil, "
	for _, text := range []string{
		of + "la seconde occurrence du mot : « maire » est zorglubée.",
		of + "chacune des mentions : « le maire » est zorglubée.",
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{text}}})
		if len(ins) != 1 || ins[0].Status != Unparsed {
			t.Errorf("%s: want one instruction, unparsed; got %+v", text, ins)
		}
	}
}

// placePhrasings are the ways the chambers write an operation on an
// alinéa or on a sentence of one, "{P}" the alinéa ("le deuxième alinéa de
// l'article L. 1 du code civil"), "Q" the article, "S" the last sentence's
// rank: each way is wanted to give the same article.
var placePhrasings = map[string][]string{
	"alinéa deleted": {
		"{Up} est supprimé.",
		"{Up} est abrogé.",
		"À {Q}, le {R} alinéa est supprimé.",
		"Est supprimé {P}.",
		"{Uq} est ainsi modifié :\n1° Le {R} alinéa est supprimé.",
	},
	"alinéa rewritten": {
		"{Up} est ainsi rédigé : « Zorglub est nouveau. »",
		"{Up} est ainsi rédigé :\n« Zorglub est nouveau. »",
		"{Up} est remplacé par un alinéa ainsi rédigé :\n« Zorglub est nouveau. »",
		"À {Q}, le {R} alinéa est ainsi rédigé :\n« Zorglub est nouveau. »",
		"{Uq} est ainsi modifié :\n1° Le {R} alinéa est ainsi rédigé :\n« Zorglub est nouveau. » ;",
	},
	"alinéa inserted after": {
		"Après {P}, il est inséré un alinéa ainsi rédigé :\n« Zorglub est nouveau. »",
		"Après {P}, est inséré un alinéa ainsi rédigé :\n« Zorglub est nouveau. »",
		"Il est inséré, après {P}, un alinéa ainsi rédigé :\n« Zorglub est nouveau. »",
		"{Up} est suivi d'un alinéa ainsi rédigé :\n« Zorglub est nouveau. »",
		"{Uq} est ainsi modifié :\n1° Après le {R} alinéa, il est inséré un alinéa ainsi rédigé :\n« Zorglub est nouveau. » ;",
	},
	"alinéa inserted before": {
		"Avant {P}, il est inséré un alinéa ainsi rédigé :\n« Zorglub est nouveau. »",
		"{Up} est précédé d'un alinéa ainsi rédigé :\n« Zorglub est nouveau. »",
	},
	"sentence added": {
		"{Up} est complété par une phrase ainsi rédigée : « Zorglub est nouveau. »",
		"Au {R} alinéa de {Q}, il est ajouté une phrase ainsi rédigée : « Zorglub est nouveau. »",
		"{Up} est complété par une phrase ainsi rédigée :\n« Zorglub est nouveau. »",
		"Après la {S} phrase du {R} alinéa de {Q}, il est inséré une phrase ainsi rédigée : « Zorglub est nouveau. »",
	},
	"last sentence deleted": {
		"La {S} phrase du {R} alinéa de {Q} est supprimée.",
		"Au {R} alinéa de {Q}, la {S} phrase est supprimée.",
		"La dernière phrase du {R} alinéa de {Q} est supprimée.",
		"{Uq} est ainsi modifié :\n1° La {S} phrase du {R} alinéa est supprimée.",
	},
}

// amendmentPlacePhrasings are the same as an amendment writes them, "{N}"
// the alinéa's number, "{S}" the last sentence's rank.
var amendmentPlacePhrasings = map[string][]string{
	"alinéa deleted":         {"Supprimer l'alinéa {N}.", "Alinéa {N}\nSupprimer cet alinéa."},
	"alinéa rewritten":       {"Rédiger ainsi l'alinéa {N} :\n« Zorglub est nouveau. »", "Alinéa {N}\nRédiger ainsi cet alinéa :\nZorglub est nouveau."},
	"alinéa inserted after":  {"Après l'alinéa {N}, insérer un alinéa ainsi rédigé :\n« Zorglub est nouveau. »", "Après l'alinéa {N}\nInsérer un alinéa ainsi rédigé :\nZorglub est nouveau."},
	"alinéa inserted before": {"Avant l'alinéa {N}, insérer un alinéa ainsi rédigé :\n« Zorglub est nouveau. »"},
	"sentence added":         {"Compléter l'alinéa {N} par une phrase ainsi rédigée :\n« Zorglub est nouveau. »", "Alinéa {N}\nCompléter cet alinéa par une phrase ainsi rédigée :\nZorglub est nouveau."},
	"last sentence deleted":  {"Supprimer la {S} phrase de l'alinéa {N}.", "Alinéa {N}, {S} phrase\nSupprimer cette phrase.", "À l'alinéa {N}, supprimer la dernière phrase."},
}

// TestCorpusPlacePhrasings writes an operation on each alinéa of the
// development set's plain code articles, or on its last sentence where
// it has two or three, in each of the ways the chambers write it
// (placePhrasings, amendmentPlacePhrasings), and wants every way to give
// the same article, byte for byte.
func TestCorpusPlacePhrasings(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds under the race detector: run in full by .ci/run's TestCorpus step")
	}
	bills, amendments := 0, 0
	const line = "Zorglub est nouveau."
	forEachPlainArticle(t, "Zorglub", func(ref CodeRef, art CodeArticle, whole string) {
		al := art.Alineas
		if len(al) < 2 {
			return
		}
		for k, l := range al {
			if (k+len(al))%2 == 1 {
				continue // one alinéa in two: the test's time halved
			}
			with := func(f func(w []string) []string) []string {
				return f(append([]string(nil), al...))
			}
			want := map[string][]string{
				"alinéa deleted":         alineasDeleted(al, k, 1),
				"alinéa rewritten":       with(func(w []string) []string { w[k] = line; return w }),
				"alinéa inserted after":  with(func(w []string) []string { return append(w[:k+1], append([]string{line}, w[k+1:]...)...) }),
				"alinéa inserted before": with(func(w []string) []string { return append(w[:k], append([]string{line}, w[k:]...)...) }),
			}
			ss := sentencesOf(l)
			last := ""
			if n := len(ss); n >= 2 && n <= 3 && strings.HasSuffix(l, ".") {
				last = sentenceRank(n, n)
				if n == 2 {
					last = "seconde"
				}
				want["sentence added"] = with(func(w []string) []string { w[k] = l + " " + line; return w })
				want["last sentence deleted"] = with(func(w []string) []string { w[k] = strings.Join(ss[:n-1], " "); return w })
			}
			b, a := wantEveryWay(t, ref, art, k, want, placePhrasings, amendmentPlacePhrasings, "{S}", last)
			bills, amendments = bills+b, amendments+a
		}
	})
	t.Logf("%d bill instructions and %d amendments, each an operation on an alinéa or a sentence as one way of writing it", bills, amendments)
	if bills < 6000 || amendments < 2500 {
		t.Errorf("only %d bill instructions and %d amendments (over 6,000 and 2,500)", bills, amendments)
	}
}

// alineasDeleted is al without its n alinéas from k. Where their last
// dash ends a list of dashes, its period goes to the dash before them:
// "- dater ;" then "- viser." (and what follows "- viser." in the
// alinéas deleted) leave "- dater.".
func alineasDeleted(al []string, k, n int) []string {
	w := append([]string(nil), al...)
	i := k + n - 1
	for i > k && !dashed(w[i]) {
		i--
	}
	last := w[i]
	if k > 0 && dashed(last) && dashed(w[k-1]) && (k+n == len(w) || !dashed(w[k+n])) && strings.HasSuffix(last, ".") && strings.HasSuffix(w[k-1], ";") {
		w[k-1] = strings.TrimRight(strings.TrimSuffix(w[k-1], ";"), " ") + "."
	}
	return append(w[:k], w[k+n:]...)
}

// dashed reports whether an alinéa is an item of a list of dashes.
func dashed(l string) bool {
	for _, d := range []string{"- ", "– ", "― ", "— "} {
		if strings.HasPrefix(l, d) {
			return true
		}
	}
	return false
}

// TestGrammarFollowedByNew: "… est suivi d'un alinéa (d'un article) ainsi
// rédigé", the mirror of "… est précédé d'un alinéa ainsi rédigé" (it was
// refused): the new text after the division; after an article, an
// alinéa at its end, a new article after it.
func TestGrammarFollowedByNew(t *testing.T) {
	B := []string{"Le maire signe.", "Le préfet vise."}
	runGrammar(t, []grammarCase{
		{name: "an alinéa after an alinéa", before: B, text: []string{"Le premier alinéa de l'article L. 1 du code civil est suivi d'un alinéa ainsi rédigé :", "« Le juge tranche. »"},
			want: []string{B[0], "Le juge tranche.", B[1]}},
		{name: "two alinéas", before: B, text: []string{"Le premier alinéa de l'article L. 1 du code civil est suivi de deux alinéas ainsi rédigés :", "« Le juge tranche.", "« Le greffier note. »"},
			want: []string{B[0], "Le juge tranche.", "Le greffier note.", B[1]}},
		{name: "an alinéa after the article: at its end", before: B, text: []string{"L'article L. 1 du code civil est suivi d'un alinéa ainsi rédigé :", "« Le juge tranche. »"},
			want: []string{B[0], B[1], "Le juge tranche."}},
	})
}

// TestGrammarFollowedByArticle: "L'article L. 1 est suivi d'un article L.
// 1-1 ainsi rédigé" reads as "Après l'article L. 1, il est inséré un
// article L. 1-1 ainsi rédigé".
func TestGrammarFollowedByArticle(t *testing.T) {
	parse := func(head string) []Instruction {
		return ParseInstructions([]Article{{Number: "1", Alineas: []string{head, "« Art. L. 1-1. – Le juge tranche. »"}}})
	}
	got := parse("L'article L. 1 du code civil est suivi d'un article L. 1-1 ainsi rédigé :")
	want := parse("Après l'article L. 1 du code civil, il est inséré un article L. 1-1 ainsi rédigé :")
	if len(got) != 1 || got[0].Status != Parsed || len(want) != 1 || fmt.Sprint(got[0].Edits) != fmt.Sprint(want[0].Edits) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

// positionPhrasings are the ways the chambers write an edit at a
// position of an alinéa — its end, a sentence by rank — "{Up}" / "{P}"
// the alinéa, "{Q}" the article, "{R}" its rank, "{LAST}" the alinéa's
// last word (found once in it).
var positionPhrasings = map[string][]string{
	"words at the end": {
		"{Up} est complété par les mots : « et zorglub ».",
		"À la fin du {R} alinéa de {Q}, sont ajoutés les mots : « et zorglub ».",
		"Au {R} alinéa de {Q}, après le mot : « {LAST} », sont insérés les mots : « et zorglub ».",
		"{Uq} est ainsi modifié :\n1° Le {R} alinéa est complété par les mots : « et zorglub » ;",
	},
	"first sentence rewritten": {
		"La première phrase du {R} alinéa de {Q} est ainsi rédigée : « Zorglub est nouveau. »",
		"Au {R} alinéa de {Q}, la première phrase est ainsi rédigée : « Zorglub est nouveau. »",
		"La première phrase du {R} alinéa de {Q} est remplacée par une phrase ainsi rédigée : « Zorglub est nouveau. »",
		"{Uq} est ainsi modifié :\n1° La première phrase du {R} alinéa est ainsi rédigée : « Zorglub est nouveau. » ;",
	},
	"sentence after the first": {
		"Après la première phrase du {R} alinéa de {Q}, il est inséré une phrase ainsi rédigée : « Zorglub est nouveau. »",
		"Après la première phrase du {R} alinéa de {Q}, est insérée une phrase ainsi rédigée : « Zorglub est nouveau. »",
		"La première phrase du {R} alinéa de {Q} est suivie d'une phrase ainsi rédigée : « Zorglub est nouveau. »",
		"Au {R} alinéa de {Q}, après la première phrase, il est inséré une phrase ainsi rédigée : « Zorglub est nouveau. »",
	},
	"first sentence deleted": {
		"La première phrase du {R} alinéa de {Q} est supprimée.",
		"Au {R} alinéa de {Q}, la première phrase est supprimée.",
		"{Uq} est ainsi modifié :\n1° La première phrase du {R} alinéa est supprimée ;",
	},
}

// amendmentPositionPhrasings are the same as an amendment writes them.
var amendmentPositionPhrasings = map[string][]string{
	"words at the end":         {"Compléter l'alinéa {N} par les mots : « et zorglub ».", "Alinéa {N}\nCompléter cet alinéa par les mots :\net zorglub", "À l'alinéa {N}, après le mot : « {LAST} », insérer les mots : « et zorglub »."},
	"first sentence rewritten": {"Rédiger ainsi la première phrase de l'alinéa {N} : « Zorglub est nouveau. »", "Alinéa {N}, première phrase\nRédiger ainsi cette phrase :\nZorglub est nouveau."},
	"sentence after the first": {"Après la première phrase de l'alinéa {N}, insérer une phrase ainsi rédigée : « Zorglub est nouveau. »", "Alinéa {N}, après la première phrase\nInsérer une phrase ainsi rédigée :\nZorglub est nouveau."},
	"first sentence deleted":   {"Supprimer la première phrase de l'alinéa {N}.", "Alinéa {N}, première phrase\nSupprimer cette phrase."},
}

// TestCorpusPositionPhrasings writes an edit at a position of each
// alinéa of the development set's plain code articles — words at its end
// before its period, its first sentence rewritten, deleted, or followed
// by a new one where it has two or three — in each of the ways the
// chambers write it (positionPhrasings, amendmentPositionPhrasings), and
// wants every way to give the same article, byte for byte.
func TestCorpusPositionPhrasings(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds under the race detector: run in full by .ci/run's TestCorpus step")
	}
	bills, amendments := 0, 0
	const line = "Zorglub est nouveau."
	forEachPlainArticle(t, "Zorglub", func(ref CodeRef, art CodeArticle, whole string) {
		al := art.Alineas
		for k, l := range al {
			if (k+len(al))%2 == 1 || !strings.HasSuffix(l, ".") || strings.HasSuffix(l, "..") {
				continue
			}
			with := func(s string) []string {
				w := append([]string(nil), al...)
				w[k] = s
				return w
			}
			want := map[string][]string{}
			body := strings.TrimSuffix(l, ".")
			last := body[strings.LastIndexAny(body, " '’")+1:]
			if reWord.MatchString(" "+last+" ") && occurrences(l, last) == 1 {
				want["words at the end"] = with(body + " et zorglub.")
			}
			if ss := sentencesOf(l); len(ss) >= 2 && len(ss) <= 3 {
				rest := strings.Join(ss[1:], " ")
				want["first sentence rewritten"] = with(line + " " + rest)
				want["sentence after the first"] = with(ss[0] + " " + line + " " + rest)
				want["first sentence deleted"] = with(rest)
			}
			b, a := wantEveryWay(t, ref, art, k, want, positionPhrasings, amendmentPositionPhrasings, "{LAST}", last)
			bills, amendments = bills+b, amendments+a
		}
	})
	t.Logf("%d bill instructions and %d amendments, each an edit at a position of an alinéa as one way of writing it", bills, amendments)
	if bills < 1000 || amendments < 500 {
		t.Errorf("only %d bill instructions and %d amendments (over 1,000 and 500)", bills, amendments)
	}
}

// wantEveryWay writes each operation of want on alinéa k of art in each
// way of billWays (a bill's instruction on the code article: "{Up}" /
// "{P}" the alinéa, "{Q}" / "{Uq}" the article, "{R}" the alinéa's rank)
// and of amWays (an amendment of the article standing for a bill
// article: "{N}" the alinéa's number), the pairs of fill filling the
// rest, and wants want[op], byte for byte. It gives how many of each it
// wrote.
func wantEveryWay(t *testing.T, ref CodeRef, art CodeArticle, k int, want, billWays, amWays map[string][]string, fill ...string) (bills, amendments int) {
	t.Helper()
	q := "l'article " + billArticleNumber(art.Heading) + " du " + ref.Code
	p := "le " + rankName(k+1) + " alinéa de " + q
	r := strings.NewReplacer(append([]string{"{Up}", upperFirst(p), "{Uq}", upperFirst(q), "{P}", p, "{Q}", q, "{R}", rankName(k + 1)}, fill...)...)
	ra := strings.NewReplacer(append([]string{"{N}", strconv.Itoa(k + 1)}, fill...)...)
	for op, w := range want {
		for _, text := range billWays[op] {
			bills++
			wantApplied(t, ref, art, r.Replace(text), w)
		}
		for _, am := range amWays[op] {
			amendments++
			wantAmended(t, ref.String(), art.Alineas, ra.Replace(am), w)
		}
	}
	return bills, amendments
}

// rangePhrasings are the ways the chambers write an operation on
// consecutive alinéas, "{F}" and "{L}" the ranks of the first and the
// last ("deuxième", "quatrième"), "{LIST}" every rank ("deuxième,
// troisième et quatrième"), "{C}" their count in words and "{END}" the
// range named from the article's end or start where it is there
// ("deux derniers", "trois premiers"; "" otherwise).
var rangePhrasings = map[string][]string{
	"deleted": {
		"Les {F} à {L} alinéas de {Q} sont supprimés.",
		"Les {LIST} alinéas de {Q} sont supprimés.",
		"À {Q}, les {F} à {L} alinéas sont supprimés.",
		"{Uq} est ainsi modifié :\n1° Les {F} à {L} alinéas sont supprimés ;",
		"Les {END} alinéas de {Q} sont supprimés.",
	},
	"rewritten": {
		"Les {F} à {L} alinéas de {Q} sont remplacés par un alinéa ainsi rédigé :\n« Zorglub est nouveau. »",
		"Les {LIST} alinéas de {Q} sont remplacés par un alinéa ainsi rédigé :\n« Zorglub est nouveau. »",
		"Les {F} à {L} alinéas de {Q} sont ainsi rédigés :\n« Zorglub est nouveau. »",
	},
}

// amendmentRangePhrasings are the same as an amendment writes them, "{NF}"
// and "{NL}" the numbers of the first and last, "{NLIST}" every number.
var amendmentRangePhrasings = map[string][]string{
	"deleted":   {"Supprimer les alinéas {NF} à {NL}.", "Supprimer les alinéas {NLIST}.", "Alinéas {NF} à {NL}\nSupprimer ces alinéas."},
	"rewritten": {"Rédiger ainsi les alinéas {NF} à {NL} :\n« Zorglub est nouveau. »", "Alinéas {NF} à {NL}\nRédiger ainsi ces alinéas :\nZorglub est nouveau."},
}

// TestCorpusRangePhrasings deletes, and replaces by one alinéa, two or
// three consecutive alinéas of the development set's plain code articles
// of four alinéas or more, in each of the ways the chambers write it
// (rangePhrasings, amendmentRangePhrasings: a range, a list, from the
// end or the start), and wants every way to give the same article, byte
// for byte.
func TestCorpusRangePhrasings(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds under the race detector: run in full by .ci/run's TestCorpus step")
	}
	bills, amendments := 0, 0
	counts := []string{"", "", "deux", "trois"}
	forEachPlainArticle(t, "Zorglub", func(ref CodeRef, art CodeArticle, whole string) {
		al := art.Alineas
		if len(al) < 4 {
			return
		}
		for n := 2; n <= 3; n++ {
			for k := 0; k+n <= len(al); k++ {
				var ranks, numbers []string
				for i := k; i < k+n; i++ {
					ranks = append(ranks, rankName(i+1))
					numbers = append(numbers, strconv.Itoa(i+1))
				}
				list := strings.Join(ranks[:n-1], ", ") + " et " + ranks[n-1]
				nlist := strings.Join(numbers[:n-1], ", ") + " et " + numbers[n-1]
				end := ""
				switch {
				case k+n == len(al):
					end = counts[n] + " derniers"
				case k == 0:
					end = counts[n] + " premiers"
				}
				rest := append([]string(nil), al[:k]...)
				want := map[string][]string{
					"deleted":   alineasDeleted(al, k, n),
					"rewritten": append(append(append([]string(nil), rest...), "Zorglub est nouveau."), al[k+n:]...),
				}
				for op, w := range want {
					ways := map[string][]string{op: nil}
					for _, way := range rangePhrasings[op] {
						if end != "" || !strings.Contains(way, "{END}") {
							ways[op] = append(ways[op], way)
						}
					}
					b, a := wantEveryWay(t, ref, art, k, map[string][]string{op: w}, ways, amendmentRangePhrasings,
						"{F}", ranks[0], "{LIST}", list, "{L}", ranks[n-1], "{END}", end, "{NF}", numbers[0], "{NLIST}", nlist, "{NL}", numbers[n-1])
					bills, amendments = bills+b, amendments+a
				}
			}
		}
	})
	t.Logf("%d bill instructions and %d amendments, each an operation on consecutive alinéas as one way of writing it", bills, amendments)
	if bills < 1000 || amendments < 500 {
		t.Errorf("only %d bill instructions and %d amendments (over 1,000 and 500)", bills, amendments)
	}
}

// TestGrammarRankListWithCommas: "Les deuxième, troisième et quatrième
// alinéas" is a list of ranks as "les deuxième et troisième alinéas" is
// (it was refused: "a part of an article not read: deuxieme").
func TestGrammarRankListWithCommas(t *testing.T) {
	B := []string{"Le maire signe.", "Le préfet vise.", "Le juge tranche.", "Le greffier note.", "Le maire date."}
	runGrammar(t, []grammarCase{
		{name: "deleted", before: B, text: []string{"Les deuxième, troisième et quatrième alinéas de l'article L. 1 du code civil sont supprimés."},
			want: []string{B[0], B[4]}},
		{name: "from the first", before: B, text: []string{"Les premier, deuxième et troisième alinéas de l'article L. 1 du code civil sont supprimés."},
			want: []string{B[3], B[4]}},
		{name: "words in each", before: B, text: []string{"Aux premier, deuxième et cinquième alinéas de l'article L. 1 du code civil, le mot : « Le » est remplacé par le mot : « Un »."},
			want: []string{"Un maire signe.", "Un préfet vise.", B[2], B[3], "Un maire date."}},
	})
}

// TestGrammarListEndAfterItsAlineas: deleting the last item of a list
// with the plain alinéas after it ("– viser." and "Il agit." together)
// leaves the item before ending the list ("– dater."), as deleting them
// one by one does. Before, the block's last alinéa decided, a plain one:
// "– dater ;" kept its semicolon when the two went as a range, not when
// they went as a list ("les quatrième et cinquième alinéas").
func TestGrammarListEndAfterItsAlineas(t *testing.T) {
	B := []string{"Le maire peut :", "– signer ;", "– dater ;", "– viser.", "Il agit.", "Il date."}
	want := []string{B[0], B[1], "– dater.", B[5]}
	runGrammar(t, []grammarCase{
		{name: "a range", before: B, text: []string{"Les quatrième à cinquième alinéas de l'article L. 1 du code civil sont supprimés."}, want: want},
		{name: "a list", before: B, text: []string{"Les quatrième et cinquième alinéas de l'article L. 1 du code civil sont supprimés."}, want: want},
		{name: "the alinéas after the list's last item: the list as it is", before: []string{"Il peut :", "1° Signer ;", "2° Viser.", "Il le fait seul.", "Il date."}, text: []string{"Les quatrième et cinquième alinéas de l'article L. 1 du code civil sont supprimés."},
			want: []string{"Il peut :", "1° Signer ;", "2° Viser."}},
		{name: "the item and its alinéa, as a range", before: []string{"Il peut :", "1° Signer ;", "2° Viser.", "Il le fait seul.", "Il date."}, text: []string{"Les troisième et quatrième alinéas de l'article L. 1 du code civil sont supprimés."},
			want: []string{"Il peut :", "1° Signer.", "Il date."}},
	})
}

// sentencePhrasings are the ways the chambers write an edit of a sentence
// named by its rank, "{S}" its rank ("deuxième"), "{W}" a word found
// once in it (and elsewhere in the alinéa where such a word exists).
var sentencePhrasings = map[string][]string{
	"word of a sentence": {
		"À la {S} phrase du {R} alinéa de {Q}, le mot : « {W} » est remplacé par le mot : « zorglub ».",
		"Au {R} alinéa de {Q}, à la {S} phrase, le mot : « {W} » est remplacé par le mot : « zorglub ».",
		"À {Q}, à la {S} phrase du {R} alinéa, le mot : « {W} » est remplacé par le mot : « zorglub ».",
		"{Uq} est ainsi modifié :\n1° À la {S} phrase du {R} alinéa, le mot : « {W} » est remplacé par le mot : « zorglub » ;",
		"{Uq} est ainsi modifié :\n1° Le {R} alinéa est ainsi modifié :\na) À la {S} phrase, le mot : « {W} » est remplacé par le mot : « zorglub » ;",
		"La {S} phrase du {R} alinéa de {Q} est ainsi modifiée :\n1° Le mot : « {W} » est remplacé par le mot : « zorglub » ;",
	},
	"the sentences after the first deleted": {
		"Les {AFTER} phrases du {R} alinéa de {Q} sont supprimées.",
		"Les {LASTN} dernières phrases du {R} alinéa de {Q} sont supprimées.",
		"Au {R} alinéa de {Q}, les {AFTER} phrases sont supprimées.",
	},
}

// amendmentSentencePhrasings are the same as an amendment writes them.
var amendmentSentencePhrasings = map[string][]string{
	"word of a sentence": {
		"À la {S} phrase de l'alinéa {N}, remplacer le mot : « {W} » par le mot : « zorglub ».",
		"Alinéa {N}, {S} phrase\nRemplacer le mot :\n{W}\npar le mot :\nzorglub",
		"Alinéa {N}, {S} phrase, remplacer le mot : « {W} » par le mot : « zorglub ».",
	},
	"the sentences after the first deleted": {
		"Supprimer les {AFTER} phrases de l'alinéa {N}.",
		"Supprimer les {LASTN} dernières phrases de l'alinéa {N}.",
		"Alinéa {N}, {AFTER} phrases\nSupprimer ces phrases.",
	},
}

// TestCorpusSentencePhrasings edits sentences named by their rank in
// the development set's plain code articles' alinéas of three or four
// sentences — a word of each sentence replaced, the sentences after the
// first deleted (named by their ranks or counted from the end) — in
// each of the ways the chambers write it (sentencePhrasings,
// amendmentSentencePhrasings), and wants every way to give the same
// article, byte for byte.
func TestCorpusSentencePhrasings(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds under the race detector: run in full by .ci/run's TestCorpus step")
	}
	bills, amendments := 0, 0
	counts := []string{"", "", "deux", "trois"}
	forEachPlainArticle(t, "zorglub", func(ref CodeRef, art CodeArticle, whole string) {
		al := art.Alineas
		for k, l := range al {
			ss := sentencesOf(l)
			n := len(ss)
			if n < 3 || n > 4 || !strings.HasSuffix(l, ".") {
				continue
			}
			with := func(s string) []string {
				w := append([]string(nil), al...)
				w[k] = s
				return w
			}
			var ranks []string
			for i := 2; i <= n; i++ {
				ranks = append(ranks, rankName(i))
			}
			after := strings.Join(ranks[:len(ranks)-1], ", ") + " et " + ranks[len(ranks)-1]
			b, a := wantEveryWay(t, ref, art, k, map[string][]string{"the sentences after the first deleted": with(ss[0])}, sentencePhrasings, amendmentSentencePhrasings,
				"{AFTER}", after, "{LASTN}", counts[n-1])
			bills, amendments = bills+b, amendments+a
			for i, s := range ss {
				w, at := scopedWord(s, l)
				if w == "" {
					continue
				}
				edited := append([]string(nil), ss...)
				edited[i] = s[:at] + "zorglub" + s[at+len(w):]
				b, a := wantEveryWay(t, ref, art, k, map[string][]string{"word of a sentence": with(strings.Join(edited, " "))}, sentencePhrasings, amendmentSentencePhrasings,
					"{S}", sentenceRank(i+1, n), "{W}", w)
				bills, amendments = bills+b, amendments+a
			}
		}
	})
	t.Logf("%d bill instructions and %d amendments, each an edit of a sentence named by its rank as one way of writing it", bills, amendments)
	if bills < 300 || amendments < 150 {
		t.Errorf("only %d bill instructions and %d amendments (over 300 and 150)", bills, amendments)
	}
}

// TestGrammarSubjectRanksWithCommas: the subject after a locator may list
// its ranks with commas, "Au premier alinéa de l'article L. 1, les
// deuxième, troisième et quatrième phrases sont supprimées" (refused:
// the subject was sought after the last comma, "troisième et
// quatrième phrases").
func TestGrammarSubjectRanksWithCommas(t *testing.T) {
	B := []string{"Il signe. Il date. Il vise. Il scelle.", "I. – Le maire signe.", "Le préfet vise.", "Le juge tranche.", "Le greffier note."}
	runGrammar(t, []grammarCase{
		{name: "sentences", before: B, text: []string{"Au premier alinéa de l'article L. 1 du code civil, les deuxième, troisième et quatrième phrases sont supprimées."},
			want: []string{"Il signe.", B[1], B[2], B[3], B[4]}},
		{name: "alinéas of a part", before: B, text: []string{"Au I de l'article L. 1 du code civil, les deuxième, troisième et quatrième alinéas sont supprimés."},
			want: []string{B[0], B[1]}},
	})
}

// everywherePhrasings are the ways the chambers write a word replaced at
// each of its places in an article, "{A}" the article, "{W}" a word found
// two or three times in it, "{C}" that count in words.
var everywherePhrasings = []string{
	"À {A}, le mot : « {W} » est remplacé par le mot : « zorglub ».",
	"À {A}, le mot : « {W} » est remplacé, partout où il figure, par le mot : « zorglub ».",
	"À {A}, le mot : « {W} » est remplacé par le mot : « zorglub » partout où il apparaît.",
	"À {A}, les mots : « {W} » sont remplacés, {C} fois, par les mots : « zorglub ».",
	"À {A}, le mot : « {W} » est remplacé, à chaque occurrence, par le mot : « zorglub ».",
	"Dans l'ensemble de {A}, le mot : « {W} » est remplacé par le mot : « zorglub ».",
	"Dans {A}, le mot : « {W} » est remplacé par le mot : « zorglub ».",
	"Au sein de {A}, le mot : « {W} » est remplacé par le mot : « zorglub ».",
}

// TestCorpusEverywherePhrasings replaces a word found two or three times
// in a development set's plain code article at each of its places, each
// way the chambers write it (everywherePhrasings), and wants every way to
// give the article with the word replaced there, and nowhere else.
func TestCorpusEverywherePhrasings(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds under the race detector: run in full by .ci/run's TestCorpus step")
	}
	total := 0
	counts := []string{"", "", "deux", "trois"}
	forEachPlainArticle(t, "zorglub", func(ref CodeRef, art CodeArticle, whole string) {
		w := ""
		for _, m := range reWord.FindAllStringSubmatch(whole, -1) {
			c := m[1]
			if n := len(wordsAt(whole, c)); n >= 2 && n <= 3 && n == strings.Count(whole, c) && strings.Count(whole, upperFirst(c)) == 0 && !unicode.IsUpper([]rune(c)[0]) {
				w = c
				break
			}
		}
		if w == "" {
			return
		}
		want := strings.Split(strings.ReplaceAll(whole, w, "zorglub"), "\n")
		a := "l'article " + billArticleNumber(art.Heading) + " du " + ref.Code
		r := strings.NewReplacer("{A}", a, "{W}", w, "{C}", counts[len(wordsAt(whole, w))])
		for _, way := range everywherePhrasings {
			total++
			wantApplied(t, ref, art, r.Replace(way), want)
		}
	})
	t.Logf("%d instructions, each a word replaced everywhere in an article as one way of writing it", total)
	if total < 200 {
		t.Errorf("only %d (over 200)", total)
	}
}

// twoPlacePhrasings are the ways an amendment of either chamber writes two
// edits at two alinéas, "{N1}" / "{W1}" and "{N2}" / "{W2}" the alinéas'
// numbers as tabled and a word found once in each.
var twoPlacePhrasings = []string{
	"I. – À l'alinéa {N1}, remplacer le mot : « {W1} » par le mot : « zorglub ».\nII. – À l'alinéa {N2}, remplacer le mot : « {W2} » par le mot : « zorglub ».",
	"I. – Alinéa {N1}\nRemplacer le mot :\n{W1}\npar le mot :\nzorglub\nII. – Alinéa {N2}\nRemplacer le mot :\n{W2}\npar le mot :\nzorglub",
	"À l'alinéa {N1}, remplacer le mot : « {W1} » par le mot : « zorglub » et, à l'alinéa {N2}, le mot : « {W2} » par le mot : « zorglub ».",
	"1° À l'alinéa {N1}, remplacer le mot : « {W1} » par le mot : « zorglub » ;\n2° À l'alinéa {N2}, remplacer le mot : « {W2} » par le mot : « zorglub ».",
}

// TestCorpusTwoPlaceAmendments writes, as one amendment, a word replaced
// in two alinéas of a development set's plain code article (standing for
// a bill article), each way of twoPlacePhrasings, and the same after an
// alinéa between them deleted by the same amendment ("I. – Supprimer
// l'alinéa 3. II. – …", the later alinéa named as tabled); it wants both
// words replaced, nothing else.
func TestCorpusTwoPlaceAmendments(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds under the race detector: run in full by .ci/run's TestCorpus step")
	}
	total := 0
	forEachPlainArticle(t, "zorglub", func(ref CodeRef, art CodeArticle, whole string) {
		al := art.Alineas
		if len(al) < 3 {
			return
		}
		var words []string
		var at []int
		for _, l := range al {
			w, i := spacedWord(l, whole)
			words, at = append(words, w), append(at, i)
		}
		for k1 := 0; k1 < len(al); k1++ {
			k2 := k1 + 2
			if k2 >= len(al) || words[k1] == "" || words[k2] == "" {
				continue
			}
			want := append([]string(nil), al...)
			for _, k := range []int{k1, k2} {
				want[k] = al[k][:at[k]] + "zorglub" + al[k][at[k]+len(words[k]):]
			}
			r := strings.NewReplacer("{N1}", strconv.Itoa(k1+1), "{W1}", words[k1], "{N2}", strconv.Itoa(k2+1), "{W2}", words[k2])
			for _, way := range twoPlacePhrasings {
				total++
				wantAmended(t, ref.String(), al, r.Replace(way), want)
			}
			// The alinéa between them deleted first, the later one named
			// as tabled.
			total++
			wantAmended(t, ref.String(), al, r.Replace("I. – Supprimer l'alinéa "+strconv.Itoa(k1+2)+".\nII. – À l'alinéa {N1}, remplacer le mot : « {W1} » par le mot : « zorglub ».\nIII. – À l'alinéa {N2}, remplacer le mot : « {W2} » par le mot : « zorglub »."), alineasDeleted(want, k1+1, 1))
		}
	})
	t.Logf("%d amendments, each two edits in one as one way of writing it", total)
	if total < 300 {
		t.Errorf("only %d (over 300)", total)
	}
}

// startPhrasings are the ways the chambers write words put at the start
// of an alinéa, "{FIRST}" its first word (found once in it).
var startPhrasings = []string{
	"Au début du {R} alinéa de {Q}, sont ajoutés les mots : « Sauf urgence, ».",
	"Au début du {R} alinéa de {Q}, sont insérés les mots : « Sauf urgence, ».",
	"{Up} est précédé des mots : « Sauf urgence, ».",
	"Au {R} alinéa de {Q}, avant le mot : « {FIRST} », sont insérés les mots : « Sauf urgence, ».",
	"{Uq} est ainsi modifié :\n1° Au début du {R} alinéa, sont ajoutés les mots : « Sauf urgence, » ;",
}

// amendmentStartPhrasings are the same as an amendment writes them.
var amendmentStartPhrasings = []string{
	"Au début de l'alinéa {N}, ajouter les mots : « Sauf urgence, ».",
	"Alinéa {N}, au début\nInsérer les mots :\nSauf urgence,",
	"À l'alinéa {N}, avant le mot : « {FIRST} », insérer les mots : « Sauf urgence, ».",
}

// TestCorpusStartPhrasings puts words at the start of each alinéa of the
// development set's plain code articles whose first word is found once
// in it, in each of the ways the chambers write it (startPhrasings,
// amendmentStartPhrasings), and wants every way to give the article the
// first gives — the words first, the alinéa's first word lowered where
// the first way lowers it —, that one having changed it.
func TestCorpusStartPhrasings(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds under the race detector: run in full by .ci/run's TestCorpus step")
	}
	total := 0
	forEachPlainArticle(t, "Sauf urgence", func(ref CodeRef, art CodeArticle, whole string) {
		al := art.Alineas
		for k, l := range al {
			if (k+len(al))%2 == 1 {
				continue
			}
			first, _, _ := strings.Cut(l, " ")
			if !reWord.MatchString(" "+first+" ") || occurrences(l, lowerFirst(first)) != 1 {
				continue
			}
			q := "l'article " + billArticleNumber(art.Heading) + " du " + ref.Code
			p := "le " + rankName(k+1) + " alinéa de " + q
			r := strings.NewReplacer("{Up}", upperFirst(p), "{Uq}", upperFirst(q), "{R}", rankName(k+1), "{Q}", q, "{FIRST}", first)
			want, why := appliedText(ref, art, r.Replace(startPhrasings[0]))
			if why != "" || want == whole {
				t.Errorf("%s: the first way (%s): %s", ref, r.Replace(startPhrasings[0]), why)
				continue
			}
			for _, way := range startPhrasings[1:] {
				total++
				wantApplied(t, ref, art, r.Replace(way), strings.Split(want, "\n"))
			}
			ra := strings.NewReplacer("{N}", strconv.Itoa(k+1), "{FIRST}", first)
			for _, way := range amendmentStartPhrasings {
				total++
				wantAmended(t, ref.String(), al, ra.Replace(way), strings.Split(want, "\n"))
			}
		}
	})
	t.Logf("%d instructions and amendments, each words put at an alinéa's start as one way of writing it", total)
	if total < 300 {
		t.Errorf("only %d (over 300)", total)
	}
}

// TestGrammarBeforeFirstWordLowered: words put before the word that
// begins a sentence begin it, and that word, a function word, loses its
// capital — whether the place is said "au début" or "avant le mot : «
// Toute »". Before, the latter kept it ("Sauf urgence, Toute personne"):
// a word named alone was never lowered, and the text's first word was
// not taken for a sentence's start.
func TestGrammarBeforeFirstWordLowered(t *testing.T) {
	B := []string{"Toute personne signe.", "Il agit. Lorsque le maire vise, il date."}
	of := "de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "the alinéa's first word", before: B, text: []string{"Au premier alinéa " + of + ", avant le mot : « Toute », sont insérés les mots : « Sauf urgence, »."},
			want: []string{"Sauf urgence, toute personne signe.", B[1]}},
		{name: "a sentence's first word", before: B, text: []string{"Au second alinéa " + of + ", avant le mot : « Lorsque », sont insérés les mots : « Sauf urgence, »."},
			want: []string{B[0], "Il agit. Sauf urgence, lorsque le maire vise, il date."}},
		{name: "au début, as before", before: B, text: []string{"Au début du premier alinéa " + of + ", sont ajoutés les mots : « Sauf urgence, »."},
			want: []string{"Sauf urgence, toute personne signe.", B[1]}},
		{name: "not a function word: kept", before: []string{"Paris signe."}, text: []string{"Au premier alinéa " + of + ", avant le mot : « Paris », sont insérés les mots : « Sauf urgence, »."},
			want: []string{"Sauf urgence, Paris signe."}},
	})
	runAmendments(t, []amCase{
		{"an amendment", B, "À l'alinéa 1, avant le mot : « Toute », insérer les mots : « Sauf urgence, ».", []string{"Sauf urgence, toute personne signe.", B[1]}},
	})
}

// TestCorpusBillPhrasings writes the word operations of
// amendmentPhrasings on a word of each alinéa of the development set's
// bill articles (the amendment folders' articles before and after: lines
// with the code text they quote, items, parts), a word found once in the
// article between two spaces, and wants every way to give the same
// alinéa, byte for byte.
func TestCorpusBillPhrasings(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds under the race detector: run in full by .ci/run's TestCorpus step")
	}
	total := 0
	for _, b := range billArticles(t) {
		if strings.Contains(b.text, "zorglub") {
			continue
		}
		whole := strings.Join(b.al, "\n")
		for k, l := range b.al {
			w, at := spacedWord(l, whole)
			if w == "" {
				continue
			}
			for op, s := range wordOps(l, w, at) {
				wantAl := append([]string(nil), b.al...)
				wantAl[k] = s
				for _, p := range amendmentPhrasings[op] {
					total++
					wantAmended(t, b.name, b.al, strings.NewReplacer("{N}", strconv.Itoa(k+1), "{W}", w).Replace(p), wantAl)
				}
			}
		}
	}
	t.Logf("%d amendments, each a word operation on a bill article as one way of writing it", total)
	if total < 1000 {
		t.Errorf("only %d (over 1,000)", total)
	}
}

// forEachPlainArticle calls f on each plain code article of the
// development set — no division the tests read, no quotation, thirty
// alinéas at most — that does not hold marker, the word the test writes
// (whole: its alinéas joined by line breaks).
func forEachPlainArticle(t *testing.T, marker string, f func(ref CodeRef, art CodeArticle, whole string)) {
	t.Helper()
	forEachArticle(t, func(ref CodeRef, art CodeArticle) {
		ds, ok := divisionsOf(art.Alineas)
		whole := strings.Join(art.Alineas, "\n")
		if ok && len(ds) == 0 && len(art.Alineas) <= 30 && !strings.ContainsAny(whole, "\"«»") && !strings.Contains(whole, marker) {
			f(ref, art, whole)
		}
	})
}

// wordOps gives alinéa l with its word w (at offset at, between two
// spaces) replaced by "zorglub", "zorglub" after it, before it, and the
// word deleted with one space — not where a comma comes before it
// ("reproduction, représentation ou diffusion": what the comma becomes
// is not what the tests check).
func wordOps(l, w string, at int) map[string]string {
	ops := map[string]string{
		"replaced": l[:at] + "zorglub" + l[at+len(w):],
		"after":    l[:at+len(w)] + " zorglub" + l[at+len(w):],
		"before":   l[:at] + "zorglub " + l[at:],
	}
	if !strings.HasSuffix(l[:at], ", ") {
		ops["deleted"] = l[:at] + l[at+len(w)+1:]
	}
	return ops
}
