package law

import (
	"fmt"
	"strings"
)

// appendPoint is where alinéas added at the end of [lo, hi) go: at hi,
// except for a new item ("3° …") when the scope ends with alinéas that
// are not items of its list: it follows the last item of the same kind
// and its sub-items.
func appendPoint(al []string, lo, hi int, lines []string) (int, error) {
	if len(lines) == 0 {
		return hi, nil
	}
	newLab, kind := label(lines[0])
	// "b) … :" then "i) …", "ii) …": the b's items in small roman
	// numerals, never letters of its list (a new c went after the "i)").
	romans := smallRomanItems(al)
	// "Il est rétabli un 3°" where a 4° follows: at its rank, before the
	// first item of its kind that ranks after it.
	// Only in one list (its ranks rising throughout the range): a range
	// quoting two lists of the same kind is not one order.
	if r := rankOf(newLab, kind); r > 0 {
		at, prev, one := -1, 0, true
		for i := lo; i < hi; i++ {
			l, k := itemLabelAt(al, romans, i)
			if k != kind {
				continue
			}
			rk := rankOf(l, k)
			if rk < prev {
				one = false
				break
			}
			prev = rk
			if rk > r && at < 0 {
				at = i
			}
		}
		if one && at >= 0 {
			return at, nil
		}
	}
	if kind == 0 || kind == 'r' || kind == 'n' {
		// Paragraphs (I, II; 1., 2.) divide the whole text: the unnumbered
		// alinéas after the last one are part of it, and a new paragraph
		// goes after them. Only lists of items (1°, a)) have an alinéa
		// that closes them.
		return hi, nil
	}
	last := -1
	for i := lo; i < hi; i++ {
		if _, k := itemLabelAt(al, romans, i); k == kind {
			last = i
		}
	}
	if last < 0 {
		return hi, nil
	}
	if periodItems(al, lo, last, kind) && ownAlineas(al, last, hi, kind) {
		// Items that end with periods ("21° … ." then "22° … .") are
		// paragraphs of their own: the unnumbered alinéas after the
		// last one are not told from its own, and the article
		// completed is completed at its end, as Légifrance does (the
		// 23° went before the 22°'s second alinéa).
		return hi, nil
	}
	at := last + 1
	for at < hi {
		if isQuoted(al[at]) && !isQuoted(al[last]) {
			// "1° L'article L. 1 est ainsi rédigé :" then "« Art. L. 1.
			// – …": the quoted text is the item's own, not an alinéa
			// that closes the list.
			at++
			continue
		}
		if dashItem(al[at]) && (strings.HasSuffix(strings.TrimSpace(al[at-1]), ":") || dashItem(al[at-1])) {
			// "2° Les immeubles :" then "– les terrains ;", "– les
			// bâtiments.": the dashes are the item's own, not an alinéa
			// that closes the list (the new 3° went before them).
			at++
			continue
		}
		if _, k := itemLabelAt(al, romans, at); k == 0 || k == kind {
			break
		}
		at++
	}
	if announcesAlineas(al, last, at, hi) {
		return 0, errItemAnnouncingAlineas
	}
	from := lo
	if last == lo {
		// "Après le 3°, il est inséré un 4°": the range is the 3°'s,
		// its list the one it ends.
		from = 0
	}
	if at < hi && mixedItems(al, from, last, kind) && ownAlineas(al, last, hi, kind) {
		// "1° … ;", "2° … .", "3° … ." then "Un décret fixe …": read as
		// a list of semicolons the new item goes before the alinéa that
		// closes it, read as one of periods after it (the last item's
		// own); the text does not say which (CGI 157 ends "19° … ;",
		// "20° … .", "21° … .", "22° … ." and twelve alinéas: the 23°
		// went after the 22°'s first, Légifrance set it after them all).
		return 0, applyKind26(errApplyItemList26, fmt.Sprintf("new item %q after a list of mixed terminators (\" ;\" and \".\") followed by %d alinéas of no item of its kind: whether they close the list or belong to its last item is not said", strings.TrimSpace(labelPrefix(lines[0])), hi-at))
	}
	return at, nil
}

// periodItems reports whether the list whose last item (of kind) is
// al[last] ends its items with periods: the item before it, in [lo,
// last), is in force (not "2° (Abrogé)."), and its text (its own last
// alinéa) ends with "." ("21° Les avantages … ." before "22° …"), and
// no item before that one ends with " ;" (mixedItems).
func periodItems(al []string, lo, last int, kind byte) bool {
	periods, mixed := itemEnds(al, lo, last, kind)
	return periods && !mixed
}

// mixedItems reports whether the list whose last item is al[last] is one
// of mixed terminators: the item before the last ends with a period and
// an item before that one with " ;" ("1° … ;", "2° … .", "3° … .") — a
// list of semicolons whose old last item kept its period when one was
// added, or one of periods grown from it: its text does not say which.
func mixedItems(al []string, lo, last int, kind byte) bool {
	periods, mixed := itemEnds(al, lo, last, kind)
	return periods && mixed
}

// itemEnds reads the terminators of the list whose last item (of kind)
// is al[last]: periods, the item before it is in force and ends with a
// period; mixed, an item before that one ends with " ;".
func itemEnds(al []string, lo, last int, kind byte) (periods, mixed bool) {
	if last-1 < lo {
		return false, false
	}
	prev := last - 1
	for ; prev >= lo; prev-- {
		_, k := label(al[prev])
		if k == kind {
			break
		}
		if k != 0 && !((kind == 'd' || kind == 'p') && k == 'l') && !dashItem(al[prev]) {
			return false, false
		}
	}
	if prev < lo || isAbrogatedPlaceholder(al[prev]) {
		return false, false
	}
	t := strings.TrimRight(al[last-1], " ")
	if !strings.HasSuffix(t, ".") || strings.HasSuffix(t, "..") {
		return false, false
	}
	next := prev
	for j := prev - 1; j >= lo; j-- {
		_, k := label(al[j])
		if k == kind {
			if strings.HasSuffix(strings.TrimRight(al[next-1], " "), ";") && !isAbrogatedPlaceholder(al[j]) {
				return true, true
			}
			next = j
			continue
		}
		if k != 0 && !((kind == 'd' || kind == 'p') && k == 'l') && !dashItem(al[j]) {
			break
		}
	}
	return true, false
}

// lastOfKind is the nearest alinéa at or before j that opens an item of
// kind, -1 if none.
func lastOfKind(al []string, j int, kind byte) int {
	for ; j >= 0; j-- {
		if _, k := label(al[j]); k == kind {
			return j
		}
	}
	return -1
}

// ownAlineas reports whether the alinéas after the list's last item
// al[last], to hi, are unnumbered or items of a lower list (letters
// under a 1°, dashes): none opens a part of another kind.
func ownAlineas(al []string, last, hi int, kind byte) bool {
	for j := last + 1; j < hi; j++ {
		if dashItem(al[j]) {
			continue
		}
		if _, k := label(al[j]); k != 0 && !((kind == 'd' || kind == 'p') && k == 'l') {
			return false
		}
	}
	return true
}

// rankOf is the rank of a label as label returns it ("3°", "ii", "b"), 0
// when it has none.
func rankOf(l string, kind byte) int {
	switch kind {
	case 'd', 'l', 'p':
		return labelRank(l)
	case 'r':
		return labelRank(strings.ToUpper(l))
	case 'c':
		// "B. – ": a part lettered in capitals ranks as its letter.
		return labelRank(strings.ToLower(l))
	}
	return 0
}

// labelBorne refuses an item rewritten by a text under another label of
// its kind that an item of its list bears, in force: "Le 3°, qui devient
// le 4°, est ainsi rédigé : « 4° … »" where a 4° is there still — the list
// would hold two 4° (an instruction is missing), as a relabelling onto it
// is refused.
func labelBorne(al []string, e Edit, lines []string, opt ApplyOptions) error {
	n := len(e.Scope.Path)
	if n == 0 || e.Scope.Path[n-1].Item == "" || len(lines) == 0 {
		return nil
	}
	newLab, k := labelOf(lines[0])
	old := e.Scope.Path[n-1].Item
	if k == 0 || newLab == "" || itemKey(newLab) == itemKey(old) || latinRank(itemName(old), k) == 0 || latinRank(newLab, k) == 0 {
		// Labels without a rank ("1° A", "aa"): their text is not read
		// for a label ("1° A (Supprimé)" reads "1°").
		return nil
	}
	lo, _, _, err := resolveInGroup(al, e, opt.grp)
	if err != nil {
		return nil
	}
	if _, ok := label(al[lo]); ok != k {
		return nil
	}
	tgt := e
	tgt.Scope.Path = append(append([]Division(nil), e.Scope.Path[:n-1]...), Division{Item: newLab})
	if at, _, _, err := resolveInGroup(al, tgt, opt.grp); err == nil && at != lo && !isAbrogatedPlaceholder(al[at]) {
		return applyKind26(errApplyItemLabel26, fmt.Sprintf("item %q rewritten as %q: %q is there already", old, newLab, newLab))
	}
	// The new label must keep the list in order: "Le 1°, qui devient le
	// 4°, …" where a 2° follows it would put the 4° before the 2° (an
	// instruction is missing). The items next to it are those of its kind
	// met before any label of another kind.
	r := latinRank(newLab, k)
	if lab, kk := nearestLabel(al, lo-1, -1); kk == k {
		if pr := latinRank(lab, k); pr != 0 && pr >= r {
			return applyKind26(errApplyItemLabel26, fmt.Sprintf("item %q rewritten as %q: the %q before it would follow it", old, newLab, lab))
		}
	}
	if lab, kk := nearestLabel(al, lo+1, 1); kk == k {
		if nr := latinRank(lab, k); nr != 0 && nr <= r {
			return applyKind26(errApplyItemLabel26, fmt.Sprintf("item %q rewritten as %q: the %q after it would precede it", old, newLab, lab))
		}
	}
	return nil
}

// nearestLabel is the label of the first alinéa from i, stepping by step
// (-1 or 1), that opens with one; "", 0 if none does.
func nearestLabel(al []string, i, step int) (string, byte) {
	for ; i >= 0 && i < len(al); i += step {
		if lab, k := labelOf(al[i]); k != 0 {
			return lab, k
		}
	}
	return "", 0
}

// keepLabel keeps an item's label when its first alinéa is rewritten by a
// text without one: "Le premier alinéa du f est ainsi rédigé : « À la
// rémunération … »" on "f) A la rémunération …" gives "f) À la
// rémunération …", "Le premier alinéa du I …" on "I. – Le maire …" gives
// "I. – …" (with its dash: it gave "I. Le …") — the label stays, and so
// do the references to it.
func keepLabel(al []string, lo int, path []Division, lines []string) []string {
	n := len(path)
	if n < 2 || len(lines) == 0 || path[n-1].Item != "" || path[n-1].Alinea != 1 || path[n-1].Count > 1 || path[n-2].Item == "" {
		return lines
	}
	t := strings.TrimLeft(al[lo], " ")
	if labelRe.FindString(t) == "" || labelRe.MatchString(strings.TrimLeft(lines[0], " ")) {
		return lines
	}
	// The label with its separator ("I. – ", "1° "): the dash went with
	// the text ("I. Le préfet …").
	prefix := labelPrefix(t)
	if !strings.HasSuffix(prefix, " ") {
		prefix += " "
	}
	out := append([]string(nil), lines...)
	out[0] = prefix + out[0]
	return out
}

// takePlaceholder removes, next to the n alinéas inserted at at, the
// placeholders of repealed items whose labels the new items take: "Après
// le 1°, il est rétabli (inséré) un 2°" where "2° (Abrogé) ;" is kept
// reads "1° …", "2° …", not "2° (Abrogé) ;" and the new 2° as well — the
// converse of a deletion, as a renumbering onto a placeholder is. The
// placeholders next to the new items, before or after them, each give
// way to the new item of its label ("1° (Abrogé) ;", "2° (Abrogé) ;"
// before "Avant le 3°, sont insérés des 1° et 2°": both went to none).
func takePlaceholder(al []string, at, n int) []string {
	if n == 0 || at >= len(al) {
		return al
	}
	type lk struct {
		l string
		k byte
	}
	labels := map[lk]bool{}
	for i := at; i < at+n && i < len(al); i++ {
		if l, k := label(al[i]); l != "" {
			labels[lk{l, k}] = true
		}
	}
	if len(labels) == 0 {
		return al
	}
	drop := map[int]bool{}
	for i := at - 1; i >= 0 && isAbrogatedPlaceholder(al[i]); i-- {
		if l, k := label(al[i]); labels[lk{l, k}] {
			drop[i] = true
		}
	}
	for i := at + n; i < len(al) && isAbrogatedPlaceholder(al[i]); i++ {
		if l, k := label(al[i]); labels[lk{l, k}] {
			drop[i] = true
		}
	}
	if len(drop) == 0 {
		return al
	}
	out := make([]string, 0, len(al)-len(drop))
	for i, l := range al {
		if !drop[i] {
			out = append(out, l)
		}
	}
	return out
}

// isAbrogatedPlaceholder reports whether an alinéa is only a label and
// "(Abrogé)" (or "(Supprimé)"), as a deleted item is kept: "2° (Abrogé) ;".
func isAbrogatedPlaceholder(s string) bool {
	t := strings.TrimSpace(s)
	t = strings.Trim(strings.TrimSpace(t[len(labelPrefix(t)):]), " ;.,")
	switch strings.ToLower(t) {
	case "(abrogé)", "(abrogée)", "(abrogés)", "(abrogées)", "(supprimé)", "(supprimée)":
		return true
	}
	return false
}

// labelPrefixRe is an alinéa's label with what separates it from the
// text: "III. – ", "2° ", "a) ", "« 1° ", "2°) " (degreeParen).
var labelPrefixRe = mustRe(`^(?:«\s*|")?(?:` + labelRe.String()[1:] + `)` + degreeParen + `\s*(?:[-–―]\s*)?`)

// labelPrefix returns the label an alinéa begins with and the spaces and
// dash after it, or "".
func labelPrefix(s string) string {
	return labelPrefixRe.FindString(s)
}

// itemEnd applies the list convention to an item rewritten in place or
// inserted in a bill: an item (1°, a)) followed by another of its kind
// ends with " ;", not with the period the new text was drafted with ("…
// boissons »." → "… boissons » ;"), nor with nothing after the text it
// inserts ("… pour ce site. »" → "… pour ce site. » ;").
func itemEnd(al []string, hi int, lines []string) []string {
	if len(lines) == 0 || hi >= len(al) {
		return lines
	}
	_, kind := label(lines[0])
	if kind != 'd' && kind != 'l' && kind != 'p' {
		return lines
	}
	if _, k := label(al[hi]); k != kind {
		return lines
	}
	last := lines[len(lines)-1]
	t := strings.TrimRight(last, " ")
	out := append([]string(nil), lines...)
	if endsWithClosingMark(t) {
		// The item ends with the text it inserts: "… ainsi rédigé : «
		// … site. »" then " ;".
		out[len(out)-1] = t + " ;"
		return out
	}
	if !strings.HasSuffix(t, ".") || strings.HasSuffix(t, "..") {
		return lines
	}
	out[len(out)-1] = strings.TrimRight(strings.TrimSuffix(t, "."), " ") + " ;"
	return out
}

// closeItemBefore is closeItem, refused where the convention is not
// told: a new last item whose text brings alinéas of no item after it
// ("g) … ." then "La réduction … ." — the list's closing alinéas) after
// a last item ending with a period. The old last item taking " ;", as
// a list of semicolons grown by an item, or keeping its period, the
// new text closing the list after it as the old did, is not said
// (Légifrance kept the CGI 199 decies H's f) "… derniers." before the
// g) of loi 2010-874 and its closing alinéa; it took " ;").
func closeItemBefore(al []string, i, n int) error {
	if err := itemOfBothSigns(al, i, n); err != nil {
		return err
	}
	if i == 0 || n < 2 || i+n > len(al) {
		closeItem(al, i, n)
		return nil
	}
	prev := al[i-1]
	closeItem(al, i, n)
	if al[i-1] == prev {
		return nil
	}
	_, kind := label(al[i])
	if kind == 0 {
		return nil
	}
	lastLine := strings.TrimSpace(al[i+n-1])
	if _, k := label(lastLine); k != 0 || dashItem(lastLine) || isQuoted(lastLine) || isQuoted(al[i]) {
		return nil
	}
	al[i-1] = prev
	return applyKind26(errApplyItemList26, fmt.Sprintf("new item %q followed in its text by alinéas of no item, after a last item ending with a period: whether that item takes \" ;\" is not said", strings.TrimSpace(labelPrefix(al[i]))))
}

// itemOfBothSigns refuses a new last item (the n alinéas at al[i]) after
// an item that ends with a period but holds an alinéa of its own ending
// with " ;" ("1° … ;" completed by an alinéa "… ." — the item's old end
// and its new one): read by its old end the list is one of semicolons,
// the old last item takes " ;"; read by its new one it is one of
// periods, the old last item keeps its own. The text does not say which
// (an alinéa added at the end of an item of a list of semicolons is
// drafted "… ;"): refused. Sub-items, dashes and quoted lines are the
// item's lists, not its own alinéas; an item with a colon holds an
// enumeration of its own, whose " ;" say nothing of the list.
func itemOfBothSigns(al []string, i, n int) error {
	if i < 2 || n == 0 || i+n > len(al) {
		return nil
	}
	_, kind := label(al[i])
	if kind != 'd' && kind != 'l' && kind != 'p' {
		return nil
	}
	if i+n < len(al) {
		if _, k := label(al[i+n]); k == kind {
			return nil // not the last item
		}
	}
	last := lastOfKind(al, i-1, kind)
	prev := lastOfKind(al, last-1, kind)
	if last < 1 || prev < 0 {
		return nil
	}
	end := strings.TrimRight(al[last-1], " ")
	if last-1 == prev || !strings.HasSuffix(end, ".") || strings.HasSuffix(end, "..") || !strings.HasSuffix(strings.TrimRight(al[i-1], " "), ".") {
		return nil // or the old last item ends with " ;" already: nothing moves
	}
	semi := false
	for j := prev; j < last-1; j++ {
		t := strings.TrimRight(al[j], " ")
		if strings.HasSuffix(t, ":") {
			return nil
		}
		if _, k := label(al[j]); j > prev && k != 0 || dashItem(al[j]) || isQuoted(al[j]) {
			continue
		}
		if strings.HasSuffix(t, ";") {
			semi = true
		}
	}
	if !semi {
		return nil
	}
	return applyKind26(errApplyItemList26, fmt.Sprintf("new item %q after a list whose item before the last ends with a period and holds an alinéa ending with \" ;\": whether the list's items end with \" ;\" or with periods is not said", strings.TrimSpace(labelPrefix(al[i]))))
}

// listSemicolon is " ;" as the alinéas before al[i] type it most, their
// semicolons and colons: "\u00a0;" after a no-break space when they end so (the old last item
// took a plain " ;" among items ending "\u00a0;":
// TestGenAmListSemicolonAsTyped).
func listSemicolon(al []string, i int) string {
	count := map[string]int{}
	for k := 0; k < i; k++ {
		p := strings.TrimRight(al[k], " ")
		// A colon typed so (the list's introduction) counts too.
		switch {
		case strings.HasSuffix(p, "\u00a0;"), strings.HasSuffix(p, "\u00a0:"):
			count["\u00a0;"]++
		case strings.HasSuffix(p, "\u202f;"), strings.HasSuffix(p, "\u202f:"):
			count["\u202f;"]++
		case strings.HasSuffix(p, " ;"), strings.HasSuffix(p, " :"):
			count[" ;"]++
		}
	}
	// The most used before it, a no-break space when as many (an item
	// an amendment rewrote, typed as it was drafted, does not decide).
	best, n := " ;", count[" ;"]
	for _, sp := range []string{"\u00a0;", "\u202f;"} {
		if count[sp] > 0 && count[sp] >= n {
			best, n = sp, count[sp]
		}
	}
	return best
}

// closeItem applies the consolidation convention for a list that gets a
// new last item: the item before the n alinéas inserted at i, if it ends
// the list with a period, now ends with " ;" (the new item carries the
// period).
func closeItem(al []string, i, n int) {
	if i == 0 || n == 0 || i+n > len(al) {
		return
	}
	prev := al[i-1]
	if dashItem(al[i]) {
		// A list of dashes ("– le juge." then "– le greffier."): the
		// same convention.
		if !dashItem(prev) || i+n < len(al) && dashItem(al[i+n]) {
			return
		}
	} else {
		_, kind := label(al[i])
		if _, ok := smallRomanItems(al)[i]; ok && kind == 0 {
			// "iii) …" after "ii) … .": the b's list of small romans.
			kind = 's'
		}
		if kind != 'd' && kind != 'l' && kind != 'p' && kind != 's' && (kind != 'n' || !semicolonItems(al, i, kind)) {
			// Only enumerations (1°, a)) end their items with ";" — and
			// numbered paragraphs ("1.", "2.") that the text ends so.
			return
		}
		// An item that ends with the text it quotes ("3° … ainsi rédigé
		// :" then "« Art. L. 14. – … »"): the item is the one before its
		// quoted lines, and its end the closing quotation mark.
		own := i - 1
		for own > 0 && strings.HasPrefix(strings.TrimSpace(al[own]), "«") && !strings.HasPrefix(strings.TrimSpace(al[i]), "«") {
			own--
		}
		if !afterItemOfKind(al, own+1, kind) {
			return
		}
		if k := lastOfKind(al, i-1, kind); own == i-1 && k >= 0 && periodItems(al, 0, k, kind) {
			// Items that end with periods ("1° … ." then "2° … ."): the
			// last keeps its own (it took " ;").
			return
		}
		if i+n < len(al) {
			if _, k := label(al[i+n]); k == kind {
				return // not the last item
			}
		}
		if own < i-1 {
			last := strings.TrimRight(al[i+n-1], " ")
			t := strings.TrimRight(strings.TrimSuffix(strings.TrimRight(prev, " "), "."), " ")
			if strings.HasSuffix(t, "»") && (strings.HasSuffix(last, ".") || strings.HasSuffix(last, ";")) {
				al[i-1] = t + " ;"
			}
			return
		}
	}
	last := strings.TrimRight(al[i+n-1], " ")
	t := strings.TrimRight(prev, " ")
	if strings.HasSuffix(t, ".") && (strings.HasSuffix(last, ".") || strings.HasSuffix(last, ";")) {
		sep := listSemicolon(al, i-1)
		if commaItems(al, i) {
			sep = ","
		}
		al[i-1] = strings.TrimSuffix(t, ".") + sep
		if strings.HasSuffix(last, ".") {
			moveConjunction(al, i, n)
		}
	}
}

// commaItems reports whether the list a new last item at al[i] goes in
// ends its items with commas: its old last item (the one before al[i],
// of al[i]'s kind, or a dash) comes right after an item of that kind
// ending with "," ("1° Signer,", "2° Viser."). The old last item then
// takes "," — the list's own sign — where it took " ;" ("2° Viser ;"
// after "1° Signer,").
func commaItems(al []string, i int) bool {
	same := func(l string) bool { return sameItemKind(al[i], l) }
	k := i - 1
	for k > 0 && !same(al[k]) {
		k--
	}
	if k < 1 || !same(al[k]) || !same(al[k-1]) {
		return false
	}
	return commaItemEnd.MatchString(strings.TrimRight(al[k-1], " "))
}

// itemConjunction is the conjunction an item before a list's last one
// ends with: "… ; et", "… ; ou" (group 1 the item's text and its
// semicolon).
var itemConjunction = mustRe(`^(.*;)\s*(et|ou)$`)

// moveConjunction moves the "et" (or "ou") that joins a list's last
// item to the item before the list's new last one, as a list gets new
// last items (the n alinéas at al[i]): "b) … ; et", "c) … ." then d)
// give "b) … ;", "c) … ; et", "d) … ." (with a d) and an e), "d) … ;
// et") — the conjunction goes before the last item. Only between items
// of the new one's kind: the "et" of a list inside the last item ("2° …
// :", "a) … ; et", "b) … .", then a 3°) is that list's.
func moveConjunction(al []string, i, n int) {
	sameKind := func(l string) bool { return sameItemKind(al[i], l) }
	start := itemStart(al, i-1)
	if start == 0 || !sameKind(al[start]) || !sameKind(al[itemStart(al, start-1)]) {
		return
	}
	m, sign := itemConjunction.FindStringSubmatch(strings.TrimRight(al[start-1], " ")), ";"
	if m == nil {
		// "1° A,", "2° B, ou", "3° C.": a list of commas (commaItems).
		m, sign = commaConjunction.FindStringSubmatch(strings.TrimRight(al[start-1], " ")), ","
	}
	if m == nil {
		return
	}
	// The alinéa before the new last item: the old last item's, or a
	// new one's.
	target := itemStart(al, i+n-1) - 1
	if target < i-1 || !sameKind(al[itemStart(al, target)]) || !strings.HasSuffix(strings.TrimRight(al[target], " "), sign) && !itemConjunction.MatchString(al[target]) && !commaConjunction.MatchString(al[target]) {
		return
	}
	al[start-1] = m[1]
	if !itemConjunction.MatchString(strings.TrimRight(al[target], " ")) && !commaConjunction.MatchString(strings.TrimRight(al[target], " ")) {
		al[target] = strings.TrimRight(al[target], " ") + " " + m[2]
	}
}

// afterItemOfKind reports whether the alinéa before al[i] ends an item
// of the kind given: it is one, or it ends the items inside one (a),
// b) in a 1°, i) and ii) in a b); dashes in any): "2° Les immeubles :", "a) … ;", "b) Les
// bâtiments." then a new 3°: the b) closes the 2°, which is no longer
// the last item.
func afterItemOfKind(al []string, i int, kind byte) bool {
	romans := smallRomanItems(al)
	for j := i - 1; j >= 0; j-- {
		_, k := itemLabelAt(al, romans, j)
		switch {
		case k == kind:
			return true
		case dashItem(al[j]), (kind == 'd' || kind == 'p') && k == 'l', k == 's', kind == 'l' && parenInLetter(al, j):
			// An item inside the one sought (a 1) in an a) that
			// introduces it: parenInLetter).
		default:
			return false
		}
	}
	return false
}
