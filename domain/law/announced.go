package law

import "strings"

// announcedLabels is the labels of the items or parts an instruction
// announces ("il est inséré un 3° ainsi rédigé", "Le II est ainsi
// rédigé", "sont insérés des 4° et 5° ainsi rédigés"), nil when it
// announces none, and the head of the instruction read (before the new
// text, after a clause joined before it).
func announcedLabels(body string) ([]string, string) {
	head := foldAccents(body)
	if i := strings.IndexAny(head, "«\""); i >= 0 {
		head = head[:i]
	}
	// The clause before the new text: "Le I est abrogé et le II est
	// ainsi rédigé :" announces the II.
	if js := reAnnouncedClauseJoin.FindAllStringSubmatchIndex(head, -1); len(js) > 0 {
		head = head[js[len(js)-1][2]:]
	}
	// "Le 3°, qui devient le 4°, est ainsi rédigé :" announces the 4°.
	head = reWhichBecomes.ReplaceAllString(head, "$1 $2 ")
	var want []string
	if ms := reAnnouncedLabel.FindAllStringSubmatch(head, -1); len(ms) == 1 {
		want = []string{ms[0][1] + ms[0][2] + ms[0][3]}
	} else if ms := reAnnouncedLabels.FindAllStringSubmatch(head, -1); len(ms) == 1 && len(ms[0][1]+ms[0][2]) > 0 {
		// "sont insérés des 4° et 5° ainsi rédigés", "Les 2° et 3° sont
		// ainsi rédigés".
		for _, l := range reLabelListSep.Split(ms[0][1]+ms[0][2], -1) {
			want = append(want, strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "un ")))
		}
	}
	return want, head
}

// reReplacedByAlineas is an item or a part replaced by alinéas ("Le 3° est
// remplacé par un alinéa ainsi rédigé"): their text may bear no label.
var reReplacedByAlineas = mustRe(`\bremplacee?s?\s+par\s+[a-z]+\s+alineas?\b`)

// announcedLabelMissing reports an item or a part announced by its label
// ("il est inséré un 2° bis ainsi rédigé", "Le 3° est ainsi rédigé", "Le
// II est ainsi rédigé", "Il est ajouté un III ainsi rédigé") whose new
// text opens with no label at all (« Partir ; »): the division announced
// would not be there, an alinéa of no label in its place. Whether the
// label goes before the text or the text is not the division's is not
// said. Replaced by alinéas ("… remplacé par un alinéa ainsi rédigé"),
// the item may become an alinéa of none.
func announcedLabelMissing(body string, edits []Edit) (string, bool) {
	want, head := announcedLabels(body)
	if len(want) == 0 || reReplacedByAlineas.MatchString(asciiLower(head)) {
		return "", false
	}
	lines, ok := onlyLines(edits)
	if !ok {
		return "", false
	}
	first := strings.TrimLeft(lines[0], "«\"“ \u00a0")
	if first == "" || labelPrefix(first) != "" || amLineLabel.MatchString(first) || strings.HasPrefix(first, "(") {
		return "", false
	}
	return strings.Join(want, ", "), true
}

// reWhichBecomes is "le 3°, qui devient le 4°," (groups: the
// determiner, the new label).
var reWhichBecomes = mustRe(`\b([Ll][ea])\s+[^,«"]+?\s*,\s*qui\s+devient\s+(?:le|la)\s+([^,«"]+?)\s*,`)

// onlyLines gives the new text of the one edit of an instruction that
// has one; false when none or several have.
func onlyLines(edits []Edit) ([]string, bool) {
	var lines []string
	n := 0
	for _, e := range edits {
		if len(e.Lines) > 0 {
			n++
			lines = e.Lines
		}
	}
	return lines, n == 1
}

// reOneItemAdded is one item added by its label, folded: "un 2° bis
// ainsi rédigé", "un 4° rédigé comme suit".
var reOneItemAdded = mustRe(`\bun\s+\d+\s*°(?:\s*` + latinOrd + `)?\s+(?:ainsi\s+redige|redige\s+comme\s+suit)\b`)

// leadingQuotes is the number of opening quotation marks a line begins
// with ("« « 1° …" is 2).
func leadingQuotes(l string) int {
	n := 0
	for _, r := range l {
		switch r {
		case '«', '"', '“':
			n++
		case ' ', '\u00a0', '\t':
		default:
			return n
		}
	}
	return n
}

// announcedLabelDiffers reports an item or a part announced by its label
// ("il est inséré un 3° ainsi rédigé", "Le II est ainsi rédigé", "Le 3°
// est remplacé par un alinéa ainsi rédigé", "… par deux alinéas …") whose
// new text opens with another label of the same kind (« 4° … », « III.
// – … »): the announced and the given labels. A relabelling clause names
// the label the new text bears ("Le 3°, qui devient le 4°, est ainsi
// rédigé : « 4° … »"). Alinéas, labels of another kind and instructions
// announcing more than one division are not checked.
func announcedLabelDiffers(body string, edits []Edit) (string, string, bool) {
	want, _ := announcedLabels(body)
	if want == nil {
		return "", "", false
	}
	lines, ok := onlyLines(edits)
	if !ok {
		return "", "", false
	}
	kind := func(l string, quoted bool) byte {
		switch {
		case strings.Contains(l, "°"):
			return 'd'
		case quoted && strings.HasSuffix(l, ")"), !quoted && l[0] >= 'a' && l[0] <= 'z':
			return 'l'
		}
		return 'r'
	}
	norm := func(l string) string {
		l = strings.TrimRight(l, " .-–—―‑)")
		l = strings.Replace(l, "°", "° ", 1)
		return strings.ToLower(strings.Join(strings.Fields(strings.Replace(l, " °", "°", 1)), " "))
	}
	k := kind(want[0], false)
	for _, w := range want {
		if w == "" || kind(w, false) != k {
			return "", "", false
		}
	}
	if len(want) == 1 {
		// One division: the label its new text opens with (its own
		// parts may bear others) — and, an item "°" added ("un 2° bis
		// ainsi rédigé", reOneItemAdded), any other of its kind at its
		// depth of quotation: an item holds none of its kind, so "il est
		// inséré un 2° bis ainsi rédigé : « 2° bis … ; « 2° ter … »"
		// gives two for one announced (both went in). A last item
		// rewritten ("Le 3° est ainsi rédigé : « 3° … ; « 4° … »") may
		// be followed by new ones (TestReview91RelabelledRewriteOutOfOrder).
		rest := lines[1:]
		lines = lines[:1]
		if k == 'd' && reOneItemAdded.MatchString(asciiLower(foldAccents(body))) {
			depth := leadingQuotes(lines[0])
			for _, l := range rest {
				if m := amLineLabel.FindStringSubmatch(l); m != nil && kind(m[1], true) == k && leadingQuotes(l) == depth {
					lines = append(lines, l)
				}
			}
		}
	}
	var got []string
	for _, l := range lines {
		if m := amLineLabel.FindStringSubmatch(l); m != nil && kind(m[1], true) == k {
			got = append(got, norm(m[1]))
		}
	}
	if len(got) == 0 {
		return "", "", false
	}
	for i := range want {
		want[i] = norm(want[i])
	}
	if w, g := strings.Join(want, ", "), strings.Join(got, ", "); w != g {
		return w, g, true
	}
	return "", "", false
}
