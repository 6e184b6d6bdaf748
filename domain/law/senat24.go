package law

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"
)

// reSenatArticleLine24 is the Sénat's line naming an article of the bill
// alone, the place of the locator lines under it: "Article 5", "II. –
// Article 5", "En conséquence, article 5 bis" (groups: the part number,
// "En conséquence, ", the article).
var reSenatArticleLine24 = mustRe(`^((?:[IVX]+|[A-Z]|\d+°|[a-z]\))\s*[.)]?\s*[-–—―]\s*)?((?:[Ee]n\s+conséquence\s*,\s*)?)((?i:article)\s+(?:` + articleNumber + `|premier|unique|liminaire))\s*\.?$`)

// senatAlineaLocLine24 reports whether l is the Sénat's locator line of
// alinéas, sentences, items or a paragraph of the article, without an
// article of its own: "Alinéa 4", "Alinéas 3 et 4", "Alinéa 4, première
// phrase", "Alinéa 4, 2°", "Dernier alinéa", "Paragraphe II".
func senatAlineaLocLine24(l string) bool {
	if amLocLine.MatchString(l) || amLocItemLine.MatchString(l) || amParagraphLine.MatchString(l) || amLocItemInAlineasLine.MatchString(l) || amLocItemSentenceLine.MatchString(l) {
		return true
	}
	if _, _, ok := twoItemsLocator(l); ok {
		return true
	}
	m := amLastColon.FindString(l)
	return m != "" && !strings.HasSuffix(strings.TrimSpace(m), ":")
}

// senatArticleLines24 reads the Sénat's line naming an article alone
// ("Article 5") followed by a locator line of its alinéas ("Alinéa 4",
// "Alinéas 3 et 4", "Alinéa 4, première phrase") as the one line
// "Article 5, alinéa 4", the place the instruction under them edits —
// another article of the bill, refused after the amendment's first
// instruction as "II. – Article 5, alinéa 4" is, unless it is this one
// (elsewhere). The article line was dropped, the locator line after it
// read as this article's: "Alinéa 2" / "Supprimer cet alinéa." /
// "Article 5" / "Alinéa 4" / "Supprimer cet alinéa." deleted this
// article's alinéa 4. The dispositif's first line naming an article, its
// heading, and a later line naming that same article are left as they
// are (the article the amendment is on, whatever number it gives). The
// part number goes before the article: the article line's, else the
// locator line's ("Article 5" / "II. – Alinéa 4" is "II. – Article 5,
// alinéa 4").
func senatArticleLines24(paras []string) []string {
	var out []string
	heading, first := "", true
	for i := 0; i < len(paras); i++ {
		l := cleanAmendmentLine(paras[i])
		if l == "" {
			out = append(out, paras[i])
			continue
		}
		m := reSenatArticleLine24.FindStringSubmatch(l)
		wasFirst := first
		first = false
		if m == nil || isQuoted(l) {
			out = append(out, paras[i])
			continue
		}
		art := NormalizeArticleNumber(strings.TrimSpace(m[3][len("article"):]))
		if wasFirst {
			heading = art
			out = append(out, paras[i])
			continue
		}
		j := i + 1
		for j < len(paras) && cleanAmendmentLine(paras[j]) == "" {
			j++
		}
		if art == heading || j == len(paras) {
			out = append(out, paras[i])
			continue
		}
		loc := cleanAmendmentLine(paras[j])
		if !senatAlineaLocLine24(loc) {
			out = append(out, paras[i])
			continue
		}
		part := m[1]
		rest := loc
		if p := amPartNum.FindString(loc); p != "" {
			rest = loc[len(p):]
			if part == "" {
				part = p
			}
		}
		rest = strings.TrimRight(strings.TrimSpace(rest), " .:")
		// "ARTICLE 5" is written "Article 5", as the one-line form is read.
		out = append(out, part+m[2]+"Article"+m[3][len("article"):]+", "+lowerFirst(rest))
		i = j
	}
	return out
}

// errRestAfterBeginning24: a division rewritten whole (an alinéa, a
// sentence, the article) whose new text ends as a beginning — with an
// ellipsis ("Le tribunal statue au premier jour…"), or with no final
// mark before the remark "(le reste sans changement)" — : the rest of
// the division stays, but where it begins is not said.
var errRestAfterBeginning24 = errors.New("a division rewritten whole with new text that ends as a beginning (an ellipsis, or no final mark before « le reste sans changement »): where the rest kept begins is not said")

// restAfterBeginning24 checks an amendment's instruction in, read as es,
// for errRestAfterBeginning24: "Alinéa 2" / "Rédiger ainsi cet alinéa :"
// / "Le tribunal statue au premier jour" / "(le reste sans changement)"
// (the Assemblée's "Rédiger ainsi l'alinéa 2 : « … jour » (le reste sans
// changement)") rewrote the alinéa with the line alone, its rest
// deleted; "… jour…" put the ellipsis into the text. A new beginning
// ("Rédiger ainsi le début de cet alinéa :") is not a rewrite whole: it
// reads them. New text ending with a mark (a period, a semicolon, a
// colon, a closing parenthesis) stays read, the remark changing nothing.
func restAfterBeginning24(in amInstr, es []Edit) error {
	remark := reRestUnchanged.MatchString(strings.TrimSpace(in.head))
	for i := len(in.payload) - 1; i >= 0; i-- {
		l := strings.TrimSpace(in.payload[i])
		if l == "" {
			continue
		}
		remark = remark || amRestRemark.MatchString(l) || reRestUnchanged.MatchString(l)
		break
	}
	for _, e := range es {
		if e.Kind != EditRewrite || len(e.Lines) == 0 {
			continue
		}
		last := strings.TrimRight(e.Lines[len(e.Lines)-1], " \u00a0\u202f»\"”")
		if strings.HasSuffix(last, "…") || strings.HasSuffix(last, "...") {
			return errRestAfterBeginning24
		}
		if r, _ := utf8.DecodeLastRuneInString(last); remark && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return errRestAfterBeginning24
		}
	}
	return nil
}

// sameSeparator24 writes the paragraph numbers of an amendment's new
// text after its first (lines[1:]) with the separator sep its first took
// (numberFirstParagraph: the bill's): "Compléter cet article par deux
// paragraphes ainsi rédigés :" / « II. – A » / « III. – B » on an article
// written "I. - " is "II. - A", "III. - B" — the III kept the
// amendment's dash, two typings in one article. Lines quoted inside the
// new text (« Art. L. 1 … ») are not its paragraphs: left as they are.
func sameSeparator24(lines []string, sep string) []string {
	for i := 1; i < len(lines); i++ {
		if m := billNumber.FindStringSubmatch(lines[i]); m != nil && m[2] != sep {
			lines[i] = m[1] + sep + lines[i][len(m[0]):]
		}
	}
	return lines
}
