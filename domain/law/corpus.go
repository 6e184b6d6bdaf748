package law

import (
	"strings"
)

// CodeArticle is one article of a code (or of a law) in force.
type CodeArticle struct {
	Ref CodeRef
	// Heading is the article's designation as published ("L336-2").
	Heading string
	Alineas []string
	// Division is where the article sits in its code, largest first, as
	// the code's folders name it ("partie-legislative", "livre-iii",
	// "titre-vi", "chapitre-ier"); nil when unknown.
	Division []string
}

// CodeRef names an article of a code or law: the keys of a [Corpus].
// Both fields are canonical (see [CodeKey] and [ArticleKey]).
type CodeRef struct {
	Code    string
	Article string
}

// String formats r as "l336-2 (code de la propriete intellectuelle)".
func (r CodeRef) String() string { return r.Article + " (" + r.Code + ")" }

// Corpus is a set of articles in force, by reference. Apply returns a new
// Corpus; it never modifies its input.
type Corpus map[CodeRef]CodeArticle

// Clone returns a deep copy of c.
func (c Corpus) Clone() Corpus {
	out := make(Corpus, len(c))
	for k, v := range c {
		v.Alineas = append([]string(nil), v.Alineas...)
		out[k] = v
	}
	return out
}

var nonAlnum = mustRe(`[^a-z0-9]+`)

// CodeKey gives the canonical key of a code or law name: "Code de la
// propriété intellectuelle" → "code de la propriete intellectuelle",
// "code-de-l-education" → "code de l education", "loi n° 2004-575 du 21 juin
// 2004 pour …" → "loi 2004 575".
func CodeKey(name string) string {
	k := strings.ToLower(foldAccents(NormalizeSpace(name)))
	if strings.HasPrefix(k, "loi") {
		if m := lawNumberRe.FindStringSubmatch(k); m != nil {
			return textKey30("loi", m[1], m[2])
		}
	}
	if key := numberedTextKey30(k); key != "" {
		return key // "ordonnance n° 2000-1 du …" → "ordonnance 2000 1" (laws30)
	}
	k = strings.TrimSpace(nonAlnum.ReplaceAllString(k, " "))
	return k
}

// renamedCodes maps the former name of a code, as CodeKey folds it, to
// the name it bears now, where only the name changed and its articles
// kept their numbers: the code rural became the code rural et de la
// pêche maritime (ordonnance n° 2010-462 du 6 mai 2010), and a law
// passed before that names "le code rural" edits the articles Légifrance
// now files under the new name. A code recodified under a new name
// (code de la famille et de l'aide sociale, code forestier ancien …)
// has new numbers and is not in this table.
var renamedCodes = map[string]string{
	"code rural": "code rural et de la peche maritime",
	// The nouveau code de procédure civile is the code de procédure
	// civile since the loi n° 2007-1787 du 20 décembre 2007 (article
	// 26), its articles numbered as they were.
	"nouveau code de procedure civile": "code de procedure civile",
}

// codeOf gives the key of the code a text names or a corpus files, under
// the name the code bears now ([renamedCodes]); laws and other texts are
// keyed as CodeKey keys them.
func codeOf(name string) string {
	k := CodeKey(name)
	if now, ok := renamedCodes[k]; ok {
		return now
	}
	return k
}

var lawNumberRe = mustRe(`loi(?: organique)? n[°ºo]?\s*(\d+)\s*-\s*(\d+)`)

// ArticleKey gives the canonical key of an article number: "L. 336-2" →
// "l336-2", "Art. L. 7111-5-1" → "l7111-5-1", "39 bis A" → "39 bis a".
func ArticleKey(num string) string {
	k := strings.ToLower(foldAccents(NormalizeSpace(num)))
	k = strings.TrimPrefix(k, "article ")
	k = strings.TrimPrefix(k, "art. ")
	k = strings.ReplaceAll(k, ".", "")
	// "R*1", "R.* 1": the star marks the décret, not the number.
	k = strings.ReplaceAll(k, "*", "")
	k = articleKeyMarks(k)
	k = strings.ReplaceAll(k, " - ", "-")
	// "l 336-2" → "l336-2"; "lo 12" → "lo12"; "L. O. 12" → "lo12"
	if strings.HasPrefix(k, "l o ") {
		k = "lo " + k[len("l o "):]
	}
	if m := articlePrefixRe.FindStringSubmatch(k); m != nil {
		k = m[1] + m[2]
	}
	// "Article 1er" is article 1: "l'article 1er de la loi …", and
	// "L. 1er" L. 1.
	k = firstArticle.ReplaceAllString(k, "$1$2")
	return strings.Join(strings.Fields(k), " ")
}

var firstArticle = mustRe(`^(l|r|d|lo|a)?(\d+)er\b`)

var articlePrefixRe = mustRe(`^(l|r|d|lo|a)\s+(\d.*)$`)

// ParseCodeArticleMarkdown reads an article in the Markdown format of the
// "codes-juridiques-francais" repository: a "# Article X" heading, then one
// paragraph per alinéa separated by blank lines.
func ParseCodeArticleMarkdown(code, md string) (CodeArticle, bool) {
	// A byte order mark is no text; CR alone ends a line as CRLF does
	// (the heading took the whole file).
	md = strings.TrimPrefix(md, "\ufeff")
	md = strings.ReplaceAll(strings.ReplaceAll(md, "\r\n", "\n"), "\r", "\n")
	md = composeAccents(md) // NFD accents composed, as bill texts are (layout12)
	lines := strings.Split(md, "\n")
	a := CodeArticle{}
	var para []string
	flush := func() {
		if len(para) > 0 {
			a.Alineas = append(a.Alineas, strings.Join(para, "\n"))
			para = nil
		}
	}
	for _, l := range lines {
		if h, ok := strings.CutPrefix(l, "# "); ok && a.Heading == "" {
			h = strings.TrimSpace(h)
			h = strings.TrimPrefix(h, "Article ")
			a.Heading = h
			continue
		}
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		para = append(para, l)
	}
	flush()
	if a.Heading == "" {
		return CodeArticle{}, false
	}
	a.Ref = CodeRef{Code: codeOf(code), Article: ArticleKey(a.Heading)}
	return a, true
}

// FormatCodeArticleMarkdown is the inverse of [ParseCodeArticleMarkdown].
func FormatCodeArticleMarkdown(a CodeArticle) string {
	var b strings.Builder
	b.WriteString("# Article " + a.Heading + "\n")
	for _, al := range a.Alineas {
		b.WriteString("\n" + al + "\n")
	}
	return b.String()
}
