package law

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// errAmLinePlace29: the Sénat's locator line ("Alinéa 2", "Alinéa 1,
// deuxième phrase") then an instruction that names a place of its own
// the line's does not hold ("À l'alinéa 3, remplacer …", "À la première
// phrase, remplacer …", "Au dernier alinéa, …"): the line was dropped
// and the instruction's place edited. Which of the two the amendment
// means is not said: refused.
var errAmLinePlace29 = fmt.Errorf("%w: %w", errAmInstructionUnread24, errors.New("the locator line and the instruction's own place name two places"))

var (
	// reAmLineAl29 is the locator the Sénat's line gives ("À l'alinéa
	// 2", "À l'alinéas 2 et 3", "À l'alinéa 1, deuxième phrase"),
	// folded: its alinéas (group 1), its sentence (group 2).
	reAmLineAl29 = mustRe(`^a l'alineas?\s+(\d+(?:er)?(?:\s*(?:,\s*et|,|et|a)\s*\d+)*)(?:\s*,\s*(` + ordWords + `)s?\s+phrases?)?$`)
	// reAmLineSent29 is a sentence line under an alinéa line ("À la
	// deuxième phrase de l'alinéa 7"), folded.
	reAmLineSent29 = mustRe(`^a la (` + ordWords + `) phrase(?: de l'alinea (\d+))?$`)
	// reAmHeadAl29 is alinéas named by their numbers in the head,
	// folded; reAmHeadRankAl29 an alinéa by its rank ("au dernier
	// alinéa"); reAmHeadSent29 a sentence by its rank.
	reAmHeadAl29     = mustRe(`\balineas?\s+(\d+(?:er)?(?:\s*(?:,\s*et|,|et|a)\s*\d+)*)`)
	reAmHeadRankAl29 = mustRe(`\b(?:` + ordWords + `)s?\s+alineas?\b`)
	reAmHeadSent29   = mustRe(`\b(` + ordWords + `)s?\s+phrases?\b`)
	reAmNumJoin29    = mustRe(`(\d+)|\ba\b`)
)

// amNumbers29 is the alinéas of a list of numbers ("2 et 3", "2 à 4").
func amNumbers29(s string) map[int]bool {
	out := map[int]bool{}
	last, span := 0, false
	for _, m := range reAmNumJoin29.FindAllStringSubmatch(s, -1) {
		if m[1] == "" {
			span = true
			continue
		}
		n, _ := strconv.Atoi(m[1])
		if span && last > 0 {
			for i := last + 1; i < n && i-last < 1000; i++ {
				out[i] = true
			}
		}
		out[n], last, span = true, n, false
	}
	return out
}

// amRank29 is a sentence's rank spelt one way ("seconde": "deuxieme").
func amRank29(s string) string {
	switch s {
	case "seconde", "second":
		return "deuxieme"
	case "premier":
		return "premiere"
	case "dernier":
		return "derniere"
	}
	return s
}

// amLinePlace29 is the refusal of head, the instruction right after the
// Sénat's locator line whose locator is locator, when head names a place
// of its own (hasOwnLocator) that the line's does not hold: an alinéa
// the line does not name, an alinéa by its rank, a sentence other than
// the line's, or the whole alinéa under a line naming one of its
// sentences. The same alinéa ("Alinéa 2" / "À l'alinéa 2, …"), one of
// the line's alinéas, a sentence of the line's alinéa ("Alinéa 2" / "À
// la première phrase, …") or the line's own sentence agree: nil.
func amLinePlace29(locator, head string) error {
	lloc := asciiLower(foldAccents(strings.TrimSpace(locator)))
	var lineAl map[int]bool
	lineSent, anyAl := "", false
	if m := reAmLineAl29.FindStringSubmatch(lloc); m != nil {
		lineAl, lineSent = amNumbers29(m[1]), amRank29(m[2])
	} else if m := reAmLineSent29.FindStringSubmatch(lloc); m != nil {
		// "Deuxième phrase" alone: the sentence of any alinéa the
		// instruction names.
		lineAl, lineSent = amNumbers29(m[2]), amRank29(m[1])
		anyAl = m[2] == ""
	} else {
		return nil
	}
	sh, _ := shape(strings.TrimSpace(head))
	low := asciiLower(foldAccents(amNewText.ReplaceAllString(sh, "")))
	named := false
	for _, m := range reAmHeadAl29.FindAllStringSubmatch(low, -1) {
		named = true
		for n := range amNumbers29(m[1]) {
			if !lineAl[n] && !anyAl {
				return errAmLinePlace29
			}
		}
	}
	if reAmHeadRankAl29.MatchString(low) {
		return errAmLinePlace29
	}
	if lineSent == "" {
		return nil
	}
	sents := reAmHeadSent29.FindAllStringSubmatch(low, -1)
	for _, m := range sents {
		if amRank29(m[1]) != lineSent {
			return errAmLinePlace29
		}
	}
	if named && len(sents) == 0 {
		return errAmLinePlace29
	}
	return nil
}

// underLine29 reports whether the instruction of a line opening with the
// item mark mark (amItemMark24, "" for none) is under the Sénat's
// locator line whose locator is locator: the line right after it
// (first), or an item of the list that line opened ("Alinéa 2" / "1°
// Supprimer la deuxième phrase ;" / "2° À l'alinéa 3, …": the 2° is
// the alinéa 2's too). items holds that list's locator and mark.
func underLine29(items *[2]string, locator, mark string, first bool) bool {
	if first {
		*items = [2]string{locator, mark}
		return true
	}
	return mark != "" && *items == [2]string{locator, mark}
}
