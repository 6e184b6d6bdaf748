package law

import (
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
		"P, le mot : « W » est remplacé par le mot : « zorglub ».",
		"P, les mots : « W » sont remplacés par les mots : « zorglub ».",
		"P, le mot « W » est remplacé par le mot « zorglub ».",
		"P, au mot : « W » est substitué le mot : « zorglub ».",
		"P, le mot : « W » est remplacé par le mot : « zorglub » ;",
		"Le mot : « W » figurant Q est remplacé par le mot : « zorglub ».",
		"P, le terme : « W » est remplacé par le terme : « zorglub ».",
	},
	"after": {
		"P, après le mot : « W », sont insérés les mots : « zorglub ».",
		"P, après le mot : « W », est inséré le mot : « zorglub ».",
		"P, après le mot : « W », il est inséré le mot : « zorglub ».",
		"P, le mot : « W » est suivi du mot : « zorglub ».",
		"P, les mots : « zorglub » sont insérés après le mot : « W ».",
		"P, après le mot « W », sont insérés les mots « zorglub ».",
	},
	"before": {
		"P, avant le mot : « W », sont insérés les mots : « zorglub ».",
		"P, le mot : « W » est précédé du mot : « zorglub ».",
		"P, les mots : « zorglub » sont insérés avant le mot : « W ».",
	},
	"deleted": {
		"P, le mot : « W » est supprimé.",
		"P, les mots : « W » sont supprimés.",
		"P, sont supprimés les mots : « W ».",
		"Le mot : « W » figurant Q est supprimé.",
	},
}

// amendmentPhrasings are the same operations as an amendment of either
// chamber writes them, on a bill article ("N" the alinéa's number, lines
// apart for the Sénat's layout).
var amendmentPhrasings = map[string][]string{
	"replaced": {
		"Alinéa N, remplacer le mot : « W » par le mot : « zorglub ».",
		"À l'alinéa N, substituer au mot : « W » le mot : « zorglub ».",
		"Alinéa N\nRemplacer le mot :\nW\npar le mot :\nzorglub",
	},
	"after": {
		"À l'alinéa N, après le mot : « W », insérer le mot : « zorglub ».",
		"Alinéa N\nAprès le mot :\nW\ninsérer le mot :\nzorglub",
	},
	"before": {
		"À l'alinéa N, avant le mot : « W », insérer le mot : « zorglub ».",
	},
	"deleted": {
		"À l'alinéa N, supprimer le mot : « W ».",
		"Alinéa N\nSupprimer le mot :\nW",
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
	forEachArticle(t, func(ref CodeRef, art CodeArticle) {
		al := art.Alineas
		ds, ok := divisionsOf(al)
		whole := strings.Join(al, "\n")
		if !ok || len(ds) > 0 || len(al) > 30 || strings.ContainsAny(whole, "\"«»") || strings.Contains(whole, "zorglub") {
			return
		}
		for k, l := range al {
			w, at := spacedWord(l, whole)
			if w == "" {
				continue
			}
			deleted := l[:at] + l[at+len(w)+1:]
			if strings.HasSuffix(l[:at], ", ") {
				// "reproduction, représentation ou diffusion": what the
				// comma becomes is not what is tested here.
				deleted = ""
			}
			want := map[string]string{
				"replaced": l[:at] + "zorglub" + l[at+len(w):],
				"after":    l[:at+len(w)] + " zorglub" + l[at+len(w):],
				"before":   l[:at] + "zorglub " + l[at:],
				"deleted":  deleted,
			}
			of := "l'article " + billArticleNumber(art.Heading) + " du " + ref.Code
			place := "Au " + rankName(k+1) + " alinéa de " + of
			for op, ways := range wordPhrasings {
				if want[op] == "" {
					continue
				}
				wantAl := append([]string(nil), al...)
				wantAl[k] = want[op]
				for _, p := range ways {
					text := strings.NewReplacer("P,", place+",", "Q", "au "+rankName(k+1)+" alinéa de "+of, "W", w).Replace(p)
					bills++
					wantApplied(t, ref, art, text, wantAl)
				}
			}
			for op, ways := range amendmentPhrasings {
				if want[op] == "" {
					continue
				}
				wantAl := append([]string(nil), al...)
				wantAl[k] = want[op]
				for _, p := range ways {
					am := strings.NewReplacer("N", strconv.Itoa(k+1), "W", w).Replace(p)
					amendments++
					wantAmended(t, ref.String(), al, am, wantAl)
				}
			}
		}
	})
	t.Logf("%d bill instructions and %d amendments, each a word operation as one way of writing it", bills, amendments)
	if bills < 2000 || amendments < 800 {
		t.Errorf("only %d bill instructions and %d amendments (over 2,000 and 800)", bills, amendments)
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
