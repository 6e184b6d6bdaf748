package law

import (
	"errors"
	"fmt"
	"strings"
)

// countWord29 reports whether w, a word folded to lower case without
// accents, is a count in words ("deux", "dix-sept", "vingt",
// "vingt-deux", "quatre-vingts"; "vingt" opens "vingt et un"): a count
// before a place's noun names a place as a rank does ("Supprimer les
// vingt derniers alinéas", "les dix-sept premiers alinéas"); it was read
// to "douze" only, and the place past it refused as named by no place.
func countWord29(w string) bool {
	return cardinals[w] > 1
}

// New sentences an amendment announces by their count ("Remplacer cette
// phrase par deux phrases ainsi rédigées :", "Compléter cet alinéa par
// trois phrases ainsi rédigées :") are checked against the sentences the
// quotation gives, by both readings of their boundaries (sentenceBounds,
// and doubtfulBounds where the typography leaves one open: "La S.A.
// Dupont paie.", "Il date. (Il scelle.) Il part."). Another count by
// both is refused (errAmSentencesCount29); the count said by one reading
// only cannot be checked, refused too (errAmSentencesDoubt29: "Il date.
// (Il scelle.) Il part." given for "deux phrases" was applied). Both
// were refused as instructions of no form, or applied.
var (
	// errAmSentencesCount29: n sentences announced, another count given.
	errAmSentencesCount29 = fmt.Errorf("%w: %w", errAmInstructionUnread24, errSentenceCount)
	// errAmSentencesDoubt29: n sentences announced, the count given hangs
	// on a boundary the typography leaves open.
	errAmSentencesDoubt29 = fmt.Errorf("%w: %w", errAmInstructionUnread24, errors.New("sentences announced by their count: the count given hangs on a sentence boundary the typography leaves open"))
)

// sentenceCounts29 are the counts of sentences of the new text lines
// (quotation marks around each alinéa removed) by three readings: the
// marks, quotations inside passed over as the article's sentences are
// (sentenceBounds: "Il dit : « Oui. » Il part." is two); the same with
// the boundaries the typography leaves open read the other way
// (doubtfulBounds, the same count when none is); and the quotations
// inside taken out first, as the count was checked before ("Il dit :
// « Oui. » Il part." one: the quotation's period ending the sentence
// is a reading).
func sentenceCounts29(lines []string) [3]int {
	var c [3]int
	for _, l := range lines {
		b := len(sentenceBounds(l))
		c[0] += b
		if o, ok := doubtfulBounds(l); ok {
			c[1] += len(o)
		} else {
			c[1] += b
		}
		c[2] += len(sentenceBounds(stripQuotes(l)))
	}
	return c
}

// sentencesAsAnnounced29 reports whether lines, the new text of an edit
// (its Lines), hold n sentences by every reading of their boundaries.
func sentencesAsAnnounced29(lines []string, n int) bool {
	c := sentenceCounts29(lines)
	return c[0] == n && c[1] == n && c[2] == n
}

// amSentencesCount29 is the refusal of in, an instruction not read,
// when its head announces new sentences by a count of two or more and
// the one alinéa of new text it gives (its payload, or the quotation
// after the announcement on its line) holds another count
// (errAmSentencesCount29), or that count by one reading of its
// boundaries only (errAmSentencesDoubt29); else nil. New sentences on
// several alinéas are another refusal (newTextFitsKind).
func amSentencesCount29(in amInstr) error {
	low := asciiLower(foldAccents(in.head))
	m := reAnnouncedSentences.FindStringSubmatchIndex(low)
	n, ok := announcedCount(reAnnouncedSentences, low)
	if m == nil || !ok || n < 2 {
		return nil
	}
	lines := in.payload
	if len(lines) == 0 {
		// the announcement's length is kept by folding: asciiLower and
		// foldAccents map a letter to one letter, but not byte to byte;
		// the quotations after the announcement's words are found on
		// the head from the folded words' count of quotations before.
		before := len(quoteRe.FindAllString(low[:m[1]], -1))
		qs := quoteRe.FindAllString(in.head, -1)
		if before < len(qs) {
			lines = qs[before:]
		}
	}
	if len(lines) != 1 {
		return nil
	}
	c := sentenceCounts29(cleanPayload(lines))
	switch {
	case c[0] == n && c[1] == n && c[2] == n:
		return nil
	case c[0] != n && c[1] != n && c[2] != n:
		return fmt.Errorf("%w: %d announced, %d given", errAmSentencesCount29, n, c[0])
	}
	return fmt.Errorf("%w: %d announced, %d, %d or %d given by the readings of the boundaries", errAmSentencesDoubt29, n, c[0], c[1], c[2])
}

// In a bill, the first or the last of items named by their labels ("le
// dernier des 1° à 5°", "au premier des I à IV", "du dernier des a) à
// e)", "le dernier des 1°, 2° et 3°") is the label that bounds the range
// or ends the list, said so: "le 5°", "au I", "du e)", "le 3°" (it was
// refused, "a part of an article not read: des", or "a rank with no
// noun"). Another rank ("le deuxième des 1° à 5°": a 1° bis between?),
// labels of two kinds ("le dernier des 1° à c)"), and "le premier des
// alinéas" (of which alinéas?) stay refused as before. Only before the
// body's first quotation mark: after it, they may be new text.
var reRankOfLabels29 = mustRe(`\b([Ll]e|[Aa]u|[Dd]u)\s+(premier|dernier)\s+des\s+(` + labelOfKind29 + `(?:\s*,\s*` + labelOfKind29 + `)*\s+(?:à|et)\s+` + labelOfKind29 + `)`)

// labelOfKind29 is an item's label: "1°", "2° bis", "IV", "a)".
const labelOfKind29 = `(?:\d+\s?°(?:\s+` + latinOrd + `)?|[IVX]+(?:\s+` + latinOrd + `)?|[a-z]\))`

// reLabelsOf29 are the labels of a list or a range matched by
// reRankOfLabels29, each with its kind (group 1 a number's, 2 a roman's,
// 3 a letter's).
var reLabelsOf29 = mustRe(`(\d+\s?°(?:\s+` + latinOrd + `)?)|\b([IVX]+(?:\s+` + latinOrd + `)?)\b|\b([a-z]\))`)

// rankOfLabels29 rewrites, before body's first quotation mark, the first
// or the last of labels of one kind as that label (above).
func rankOfLabels29(body string) string {
	if !strings.Contains(body, " des ") {
		return body
	}
	return beforeFirstQuote(body, func(part string) string {
		return reRankOfLabels29.ReplaceAllStringFunc(part, func(m string) string {
			g := reRankOfLabels29.FindStringSubmatch(m)
			labels := reLabelsOf29.FindAllStringSubmatch(g[3], -1)
			kind := func(l []string) int {
				for k := 1; k <= 3; k++ {
					if l[k] != "" {
						return k
					}
				}
				return 0
			}
			for _, l := range labels[1:] {
				if kind(l) != kind(labels[0]) {
					return m
				}
			}
			l := labels[0][0]
			if g[2] == "dernier" {
				l = labels[len(labels)-1][0]
			}
			return g[1] + " " + l
		})
	})
}

// errAmTheseCount29: "Alinéas 3 à 5" / "Supprimer ces quatre alinéas":
// the count the head gives the alinéas its locator line names is not
// theirs (countAgrees): which is the law's is not said. It was refused
// as an instruction of no form.
var errAmTheseCount29 = fmt.Errorf("%w: %w", errAmInstructionUnread24, errors.New("the count of \"ces … alinéas\" is not the count of the alinéas the locator names"))

// theseCount29 is the refusal of an instruction whose head, left apart
// from its locator line (under empty), counts "ces N alinéas" when the
// line names another count of alinéas; else nil.
func theseCount29(locator, under, head string) error {
	if locator == "" || under != "" || countAgrees(locator, head) {
		return nil
	}
	m := amThisCount.FindStringSubmatch(asciiLower(foldAccents(head)))
	if m == nil {
		return nil
	}
	return fmt.Errorf("%w: %s, then ces %s alinéas", errAmTheseCount29, locator, m[1])
}
