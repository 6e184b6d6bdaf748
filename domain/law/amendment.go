package law

import (
	"html"
	"regexp"
	"strconv"
	"strings"
)

// AmendedArticle is a bill article as a tabled amendment would leave it.
type AmendedArticle struct {
	// Article is the amended article; its Alineas are nil if Deleted.
	Article Article
	Deleted bool
	// Applied is true when every part of the dispositif was understood and
	// applied. When false, Article is the article unchanged and Unparsed
	// holds the parts of the dispositif, raw, that were not: an amendment
	// is applied whole or not at all, never guessed.
	Applied  bool
	Unparsed []string
	// Edits are the parsed edits (Scope.Ref is the bill article).
	Edits []Edit
}

// ApplyAmendment applies an amendment's dispositif to its target article.
// The grammar is the Assemblée's and the Sénat's drafting style: "Supprimer
// cet article.", "Rédiger ainsi cet article : …", "À l'alinéa 3, substituer
// aux mots : « A » les mots : « B ».", "Après le mot : « A », insérer les
// mots : « B ».", "À l'alinéa 2, supprimer les mots : « A ».", "Supprimer
// l'alinéa 4.", "Rédiger ainsi l'alinéa 2 : …", "Compléter cet article par
// l'alinéa suivant : …", "Compléter l'alinéa 3 par les mots : « … »", "Après
// l'alinéa 13, insérer l'alinéa suivant : …", with parts numbered "I. –",
// "II. –". The dispositif may be HTML, as in the Assemblée's open data.
func ApplyAmendment(a Article, dispositif string) AmendedArticle {
	out := AmendedArticle{Article: a}
	ref := CodeRef{Code: "bill", Article: NormalizeArticleNumber(string(a.Number))}
	edits, unparsed := parseDispositif(ref, HTMLToParagraphs(dispositif))
	out.Edits = edits
	if len(unparsed) > 0 || len(edits) == 0 {
		out.Unparsed = unparsed
		if len(edits) == 0 && len(unparsed) == 0 {
			out.Unparsed = []string{strings.Join(HTMLToParagraphs(dispositif), "\n")}
		}
		out.Edits = nil
		return out
	}
	c := Corpus{ref: {Ref: ref, Heading: string(a.Number), Alineas: append([]string(nil), a.Alineas...)}}
	for _, e := range edits {
		if err := applyEdit(c, e, ApplyOptions{}); err != nil {
			out.Unparsed = []string{"(" + err.Error() + ") " + strings.Join(HTMLToParagraphs(dispositif), "\n")}
			return out
		}
	}
	got, ok := c[ref]
	if !ok {
		out.Deleted = true
		out.Article.Alineas = nil
		out.Article.Status = ArticleDeleted
	} else {
		out.Article.Alineas = got.Alineas
	}
	out.Applied = true
	return out
}

var (
	tagRe   = regexp.MustCompile(`(?is)<\s*(/?)\s*(p|br|div|li|tr|h[1-6])\b[^>]*>|<[^>]*>`)
	blankRe = regexp.MustCompile(`\n\s*\n+`)
)

// HTMLToParagraphs turns the Assemblée's HTML fields (dispositif, exposé
// sommaire) into plain paragraphs: tags dropped, entities decoded, white
// space collapsed. Plain text goes through unchanged, one paragraph a line.
func HTMLToParagraphs(s string) []string {
	s = tagRe.ReplaceAllStringFunc(s, func(t string) string {
		m := tagRe.FindStringSubmatch(t)
		if m[2] != "" {
			return "\n"
		}
		return ""
	})
	s = html.UnescapeString(s)
	var out []string
	for _, p := range strings.Split(blankRe.ReplaceAllString(s, "\n"), "\n") {
		if p = NormalizeSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

var (
	amPart      = regexp.MustCompile(`^([IVX]+)\s*[.]?\s*[-–—]\s*`)
	amLoc       = regexp.MustCompile(`\b(?:a|aux?|de|des|du)\s+(?:l')?alineas?\s+(\d+)(?:\s*(?:a|et)\s+(\d+))?`)
	amLocOrd    = regexp.MustCompile(`\b(` + ordWords + `)\s+alinea\b`)
	amSubstAl   = regexp.MustCompile(`^substituer\s+(?:aux\s+alineas\s+(\d+)\s*(a|et)\s*(\d+)|a\s+l'alinea\s+(\d+))\s*,?\s*(?:l'|les|un|une|deux|trois|quatre|cinq|six|\d+)\s*(?:\w+\s+)?alineas?\s+(?:suivants?|ainsi\s+rediges?)\s*:`)
	amPhrase    = regexp.MustCompile(`\b(` + ordWords + `)\s+phrase\b`)
	amReplace   = regexp.MustCompile(`substituer\s+(?:aux?|a\s+la|a\s+l'|a\s+les)\s*(?:mots?|references?|chiffres?|nombres?|montants?|dates?|annees?|taux|signes?|lettres?|phrases?)\s*:?\s*q(\d+)\s*,?\s*` + wordKind + `q(\d+)`)
	amDelete    = regexp.MustCompile(`supprimer\s+` + wordKind + `q(\d+)`)
	amInsert    = regexp.MustCompile(`(apres|avant)\s+` + wordKind + `q(\d+)\s*,?\s*inserer\s+` + wordKind + `q(\d+)`)
	amAppendW   = regexp.MustCompile(`completer\s+(?:cet\s+article|cet\s+alinea|l'alinea\s+\d+|la\s+(?:` + ordWords + `)\s+phrase(?:\s+de\s+l'alinea\s+\d+)?)\s+par\s+` + wordKind + `q(\d+)`)
	amDelArt    = regexp.MustCompile(`^supprimer\s+cet\s+article\s*\.?$`)
	amDelAl     = regexp.MustCompile(`^supprimer\s+(?:l'alinea\s+(\d+)|les\s+alineas\s+(\d+)\s*(a|et)\s*(\d+))\s*\.?$`)
	amRewriteA  = regexp.MustCompile(`^rediger\s+ainsi\s+cet\s+article\s*:`)
	amRewriteAl = regexp.MustCompile(`^rediger\s+ainsi\s+(?:l'alinea\s+(\d+)|les\s+alineas\s+(\d+)\s*(a|et)\s*(\d+))\s*:`)
	amAppendAl  = regexp.MustCompile(`^completer\s+cet\s+article\s+par\s+(?:l'|les|un|une|deux|trois|quatre|cinq|\d+)\s*(?:\w+\s+)?alineas?\s+(?:suivants?|ainsi\s+rediges?)\s*:`)
	amInsertAl  = regexp.MustCompile(`^(apres|avant)\s+l'alinea\s+(\d+)\s*,\s*inserer\s+(?:l'|les|un|une|deux|trois|quatre|cinq|\d+)\s*(?:\w+\s+)?alineas?\s+(?:suivants?|ainsi\s+rediges?)\s*:`)
)

// parseDispositif reads the dispositif's paragraphs into edits of the
// article ref. Parts it does not understand are returned raw.
func parseDispositif(ref CodeRef, paras []string) ([]Edit, []string) {
	// Group paragraphs into instructions: a head, then quoted paragraphs.
	type part struct {
		head    string
		payload []string
	}
	var parts []part
	for i := 0; i < len(paras); i++ {
		p := amPart.ReplaceAllString(paras[i], "")
		if p == "" {
			continue
		}
		if len(parts) > 0 && (isQuoted(p) || strings.HasPrefix(asciiLower(foldAccents(p)), "les mot") || strings.HasPrefix(asciiLower(foldAccents(p)), "le mot") || strings.HasPrefix(asciiLower(foldAccents(p)), "la reference") || strings.HasPrefix(asciiLower(foldAccents(p)), "inserer") || strings.HasPrefix(asciiLower(foldAccents(p)), "l'annee") || strings.HasPrefix(asciiLower(foldAccents(p)), "la date") || strings.HasPrefix(asciiLower(foldAccents(p)), "les date")) {
			last := &parts[len(parts)-1]
			if strings.HasSuffix(strings.TrimSpace(last.head), ":") && isQuoted(p) && blockHead(last.head) {
				last.payload = append(last.payload, p)
			} else if len(last.payload) == 0 {
				last.head += " " + p
			} else {
				parts = append(parts, part{head: p})
			}
			continue
		}
		parts = append(parts, part{head: p})
	}
	var edits []Edit
	var bad []string
	for _, pt := range parts {
		es, ok := parseAmendmentPart(ref, pt.head, cleanPayload(pt.payload))
		if !ok {
			bad = append(bad, strings.Join(append([]string{pt.head}, pt.payload...), "\n"))
			continue
		}
		edits = append(edits, es...)
	}
	return edits, bad
}

// blockHead reports whether an instruction takes whole alinéas as payload.
func blockHead(h string) bool {
	l := asciiLower(foldAccents(h))
	return strings.Contains(l, "rediger ainsi") || strings.Contains(l, "suivant") || strings.Contains(l, "ainsi redige") || strings.Contains(l, "ainsi rediges")
}

func parseAmendmentPart(ref CodeRef, head string, payload []string) ([]Edit, bool) {
	sh, quotes := shape(head)
	low := asciiLower(foldAccents(sh))
	low = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(low), "."))
	q := func(s string) string {
		n, _ := strconv.Atoi(s)
		if n < len(quotes) {
			return quotes[n]
		}
		return ""
	}
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	alRange := func(a, sep, b string) []Division {
		x, y := atoi(a), atoi(b)
		if sep == "et" {
			return []Division{{Alinea: x}, {Alinea: y}}
		}
		if y < x {
			return nil
		}
		return []Division{{Alinea: x, Count: y - x + 1}}
	}
	lines := payload
	if len(lines) == 0 && len(quotes) > 0 && strings.HasSuffix(low, ":"+"q"+strconv.Itoa(len(quotes)-1)) {
		lines = []string{quotes[len(quotes)-1]}
	}
	switch {
	case amDelArt.MatchString(low):
		return []Edit{{Kind: EditDelete, Scope: Scope{Ref: ref}}}, true
	case amDelAl.MatchString(low):
		m := amDelAl.FindStringSubmatch(low)
		var ds []Division
		if m[1] != "" {
			ds = []Division{{Alinea: atoi(m[1])}}
		} else {
			ds = alRange(m[2], m[3], m[4])
		}
		var es []Edit
		// Delete from the last so that numbers stay valid.
		for i := len(ds) - 1; i >= 0; i-- {
			es = append(es, Edit{Kind: EditDelete, Scope: Scope{Ref: ref, Path: []Division{ds[i]}}})
		}
		return es, len(es) > 0
	case amRewriteA.MatchString(low):
		if len(payload) == 0 {
			return nil, false
		}
		return []Edit{{Kind: EditRewrite, Scope: Scope{Ref: ref}, Lines: payload}}, true
	case amRewriteAl.MatchString(low):
		m := amRewriteAl.FindStringSubmatch(low)
		var d []Division
		if m[1] != "" {
			d = []Division{{Alinea: atoi(m[1])}}
		} else {
			d = alRange(m[2], m[3], m[4])
		}
		if len(d) != 1 || len(lines) == 0 {
			return nil, false
		}
		return []Edit{{Kind: EditRewrite, Scope: Scope{Ref: ref, Path: d}, Lines: lines}}, true
	case amSubstAl.MatchString(low):
		m := amSubstAl.FindStringSubmatch(low)
		var d []Division
		if m[4] != "" {
			d = []Division{{Alinea: atoi(m[4])}}
		} else {
			d = alRange(m[1], m[2], m[3])
		}
		if len(d) != 1 || len(payload) == 0 {
			return nil, false
		}
		return []Edit{{Kind: EditRewrite, Scope: Scope{Ref: ref, Path: d}, Lines: payload}}, true
	case amAppendAl.MatchString(low):
		if len(payload) == 0 {
			return nil, false
		}
		return []Edit{{Kind: EditAppendAlineas, Scope: Scope{Ref: ref}, Lines: payload}}, true
	case amInsertAl.MatchString(low):
		m := amInsertAl.FindStringSubmatch(low)
		if len(payload) == 0 {
			return nil, false
		}
		return []Edit{{Kind: EditInsertAlineas, Scope: Scope{Ref: ref, Path: []Division{{Alinea: atoi(m[2])}}}, Lines: payload, Before: m[1] == "avant"}}, true
	}
	// Word edits, with an optional "À l'alinéa N" / "À la Ne phrase de l'alinéa N".
	scope := Scope{Ref: ref}
	var opStart int = -1
	var e Edit
	switch {
	case amReplace.MatchString(low):
		m := amReplace.FindStringSubmatchIndex(low)
		opStart = m[0]
		e = Edit{Kind: EditReplaceWords, Old: q(low[m[2]:m[3]]), New: q(low[m[4]:m[5]])}
	case amInsert.MatchString(low):
		m := amInsert.FindStringSubmatchIndex(low)
		opStart = m[0]
		e = Edit{Kind: EditInsertWords, Anchor: q(low[m[4]:m[5]]), New: q(low[m[6]:m[7]]), Before: low[m[2]:m[3]] == "avant"}
	case amAppendW.MatchString(low):
		m := amAppendW.FindStringSubmatchIndex(low)
		e = Edit{Kind: EditAppendWords, New: q(low[m[2]:m[3]])}
		opStart = m[1]
	case amDelete.MatchString(low):
		m := amDelete.FindStringSubmatchIndex(low)
		opStart = m[0]
		e = Edit{Kind: EditDeleteWords, Old: q(low[m[2]:m[3]])}
	default:
		return nil, false
	}
	loc := low[:opStart]
	if m := amLoc.FindStringSubmatch(loc); m != nil {
		if m[2] != "" {
			return nil, false // several alinéas: not supported for word edits
		}
		scope.Path = []Division{{Alinea: atoi(m[1])}}
	} else if m := amLocOrd.FindStringSubmatch(loc); m != nil {
		scope.Path = []Division{{Alinea: ordValue[m[1]]}}
	}
	if m := amPhrase.FindStringSubmatch(loc); m != nil {
		scope.Sentence = ordValue[m[1]]
		if len(scope.Path) == 0 {
			scope.Path = []Division{{Alinea: 1}}
		}
	}
	e.Scope = scope
	return []Edit{e}, true
}
