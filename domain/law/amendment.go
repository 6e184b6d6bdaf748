package law

import (
	"html"
	"regexp"
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
		if err := applyEdit(c, e, ApplyOptions{billQuotes: true}); err != nil {
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

// parseDispositif reads the dispositif's paragraphs into edits of the
// article ref. Instructions it does not understand are returned raw.
func parseDispositif(ref CodeRef, paras []string) ([]Edit, []string) {
	var edits, prev []Edit
	var bad []string
	for _, in := range splitDispositif(paras) {
		es, ok := parseAmInstr(ref, in, prev)
		if !ok {
			bad = append(bad, strings.Join(append([]string{in.head}, in.payload...), "\n"))
			continue
		}
		edits = append(edits, es...)
		prev = es
	}
	return edits, bad
}
