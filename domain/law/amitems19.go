package law

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// amLocItemInAlineasLine is the Sénat's locator line of an item among
// several alinéas, "Alinéas 3 à 6, a)", "Alinéas 3 et 4, 2°", "Alinéas
// 3, 4 et 5, b bis)" (group 1 the alinéas, 2 the item). It was refused
// (amLocItemLine reads one alinéa); it is read "Au a) des alinéas 3 à 6"
// (amItemInAlineas).
var amLocItemInAlineasLine = mustRe(`^(?:\d+°\s*|[IVX]+\.\s*[-–—―]?\s*|[A-Z]\s*[.\-–—―]\s*)?([Aa]lin[ée]as\s+\d+(?:er)?(?:\s*(?:,\s*et|,|et|à)\s*\d+)+)\s*,\s*([a-z]{1,2}(?:\s+` + latinOrd + `)?\)|` + amParenLabel + `|\d+\s?°(?:\s*` + latinOrd + `)?)\s*[:.]?$`)

// itemInAlineasLocator is the locator amLocItemInAlineasLine's line
// reads as; ok is false for another line.
func itemInAlineasLocator(l string) (string, bool) {
	m := amLocItemInAlineasLine.FindStringSubmatch(l)
	if m == nil {
		return "", false
	}
	return "Au " + strings.Join(strings.Fields(m[2]), " ") + " des " + lowerFirst(m[1]), true
}

// amItemInAlineas is one item of several alinéas named by number,
// folded: "au a) des alineas 3 a 6", "au 2° des alineas 3 et 4", "le b
// des alineas 3, 4 et 5" (group 1 the item, 2 the alinéas' numbers).
// Each alinéa was read as that item's ("Au b de l'alinéa 4" names the
// alinéa 4 inside the b): none of them all is one item, refused.
var amItemInAlineas = mustRe(`^\s*(?:aux?|du|le|la|l')?\s*(` + amItemInAlineasLabel + `)\s+(?:des|aux)\s+alineas\s+(\d+(?:\s*(?:,\s*et|,|et|a)\s*\d+)+)\s*[,.]?\s*$`)

// amItemInAlineasLabel is the item of amItemInAlineas, folded.
const amItemInAlineasLabel = `[a-z]{1,2}(?:\s+` + latinOrd + `)?\)?|` + amParenLabel + `|\d+\s?°(?:\s*` + latinOrd + `)?`

// amNumbers are the numbers of a list or range of alinéas.
var amNumbers = mustRe(`\d+`)

// itemInAlineas reads one item named among several alinéas that follow
// each other (amItemInAlineas) as that item, which must be those
// alinéas (Scope.Within, Scope.WithinWhole, itemIsTheAlineas): "Alinéas 3 à 6, a)" /
// "Remplacer le mot : …" edits the a), sought in the alinéas 3 to 6
// only (Path: the alinéas, then the item) — an a) of another item
// beside it is not this one.
// matched is false when low names no such item; sc is nil (refused)
// when the alinéas do not follow each other ("Alinéas 3 et 5, a)", "6 à
// 3") or the item is not read.
func itemInAlineas(ref CodeRef, low, cased string) (sc []Scope, matched bool) {
	m := amItemInAlineas.FindStringSubmatchIndex(low)
	if m == nil {
		return nil, false
	}
	nums := amNumbers.FindAllString(low[m[4]:m[5]], -1)
	first, _ := strconv.Atoi(nums[0])
	last, _ := strconv.Atoi(nums[len(nums)-1])
	if strings.Contains(low[m[4]:m[5]], " a ") || strings.Contains(low[m[4]:m[5]], "a") && len(nums) == 2 && !strings.Contains(low[m[4]:m[5]], "et") {
		if len(nums) != 2 || last <= first {
			return nil, true
		}
	} else {
		for i := 1; i < len(nums); i++ {
			if n, _ := strconv.Atoi(nums[i]); n != first+i {
				return nil, true
			}
		}
	}
	it := strings.TrimSpace(cased[m[2]:m[3]])
	items, ok := amScope(ref, "au "+asciiLower(it), "au "+it)
	if !ok || len(items) != 1 || len(items[0].Path) == 0 || items[0].Path[0].Numbered || len(items[0].Within) > 0 || items[0].Sentence != 0 || items[0].Where != "" {
		return nil, true
	}
	span := Division{Alinea: first, Numbered: true, Count: last - first + 1}
	items[0].Path = append([]Division{span}, items[0].Path...)
	items[0].Within = []Division{span}
	items[0].WithinWhole = true
	return items, true
}

// itemIsTheAlineas reports whether the item found at the alinéas [lo,
// hi) of al, sought among the alinéas [wlo, whi) named beside it
// (itemInAlineas: an article holding two b) has the one they hold), is
// those alinéas, no more, no fewer: it begins at the first, reaches the
// last and the alinéa after them is not its own (a label of its kind or
// above it). "Alinéas 3 et 4, 1°" on a 1° of one alinéa, or "Alinéas 2
// à 3, 1°" on one of three: whether the item or the alinéas are meant
// is not said — refused.
func itemIsTheAlineas(al []string, lo, hi, wlo, whi int, path []Division) bool {
	if lo != wlo || hi != whi {
		return false
	}
	if whi >= len(al) {
		return true
	}
	n := len(path)
	if n == 0 || path[n-1].Item == "" || lo < 0 || lo >= whi {
		return false
	}
	_, end, _, err := resolve(al[lo:whi+1], []Division{{Item: path[n-1].Item}})
	return err == nil && lo+end == whi
}

// errLabelOverLabel refuses a label put at the start of an alinéa that
// bears its own label of the same kind or of a kind above it: "Au début
// de l'alinéa 2, insérer la référence : « I. – »" on "II. – Le juge
// lit." made "I. – II. – Le juge lit.", two parts' numbers on one
// line; "a)" before "1° …" an item above its own list.
var errLabelOverLabel = errors.New("a label put before an alinéa's own label of its kind or of one above it")

// labelOverLabel is errLabelOverLabel for words, new text put at the
// start of the alinéa s, when words are a label alone ("I. –", "1°",
// "a)") and s begins with one that ranks as high or higher (labelOrder).
// A label above the alinéa's own ("I. –" before "1° …", the list
// beginning on its part's line) and words that are no label alone are
// let through.
func labelOverLabel(words, s string) error {
	w := strings.TrimSpace(words)
	m := labelRe.FindString(w)
	if m == "" || strings.Trim(w[len(m):], " –-—―‑") != "" {
		return nil
	}
	_, kw := label(w)
	_, ks := label(s)
	if kw == 0 || ks == 0 || ranksAbove(kw, ks) {
		return nil
	}
	return fmt.Errorf("%w: %q before %q", errLabelOverLabel, w, strings.TrimSpace(s))
}

// amLocItemSentenceLine is the Sénat's locator line of a sentence of an
// item beside one alinéa, "Alinéa 3, a), seconde phrase", "Alinéa 4,
// 2°, première phrase" (group 1 the alinéa, 2 the item, 3 the rank). It
// was refused (amLocItemLine reads an item alone); it is read "À la
// seconde phrase du a) de l'alinéa 3": the alinéa must be that a)'s
// (Scope.Within), the sentence its own.
var amLocItemSentenceLine = mustRe(`^(?:\d+°\s*|[IVX]+\.\s*[-–—―]?\s*|[A-Z]\s*[.\-–—―]\s*)?([Aa]lin[ée]a\s+\d+(?:er)?)\s*,\s*([a-z]{1,2}(?:\s+` + latinOrd + `)?\)|` + amParenLabel + `|\d+\s?°(?:\s*` + latinOrd + `)?)\s*,\s*((?:` + ordWordsAcc + `)\s+phrase)\s*[:.]?$`)

// itemSentenceLocator is the locator amLocItemSentenceLine's line reads
// as; ok is false for another line.
func itemSentenceLocator(l string) (string, bool) {
	m := amLocItemSentenceLine.FindStringSubmatch(l)
	if m == nil {
		return "", false
	}
	return "À la " + strings.ToLower(m[3]) + " du " + strings.Join(strings.Fields(m[2]), " ") + " de l'" + lowerFirst(m[1]), true
}
