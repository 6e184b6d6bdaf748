package law

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldAccents lowers nothing; it maps accented Latin letters to their base
// letter, ligatures to two letters and typographic quotes and apostrophes to
// ASCII, so that wording published with different typography compares equal.
func foldAccents(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case 'à', 'â', 'ä', 'á':
			b.WriteByte('a')
		case 'À', 'Â', 'Ä', 'Á':
			b.WriteByte('A')
		case 'é', 'è', 'ê', 'ë':
			b.WriteByte('e')
		case 'É', 'È', 'Ê', 'Ë':
			b.WriteByte('E')
		case 'î', 'ï', 'í':
			b.WriteByte('i')
		case 'Î', 'Ï', 'Í':
			b.WriteByte('I')
		case 'ô', 'ö', 'ó':
			b.WriteByte('o')
		case 'Ô', 'Ö', 'Ó':
			b.WriteByte('O')
		case 'ù', 'û', 'ü', 'ú':
			b.WriteByte('u')
		case 'Ù', 'Û', 'Ü', 'Ú':
			b.WriteByte('U')
		case 'ç':
			b.WriteByte('c')
		case 'Ç':
			b.WriteByte('C')
		case 'œ':
			b.WriteString("oe")
		case 'Œ':
			b.WriteString("OE")
		case 'æ':
			b.WriteString("ae")
		case 'Æ':
			b.WriteString("AE")
		default:
			b.WriteRune(foldPunct(r))
		}
	}
	return b.String()
}

// foldPunct maps typographic punctuation to ASCII.
func foldPunct(r rune) rune {
	switch r {
	case '\u2019', '\u2018', '\u02bc', '`', '\u00b4':
		return '\''
	case '«', '»', '\u201c', '\u201d', '\u201e':
		return '"'
	case '\u00a0', '\u202f', '\u2009', '\u2007':
		return ' '
	case '\u2013', '\u2014', '\u2015', '\u2011', '\u2010', '\u2212':
		return '-'
	}
	return r
}

// NormalizeSpace collapses every run of white space (including no-break
// spaces) to one space and trims the ends.
func NormalizeSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// NormalizeTypography returns the tokens of s ([Tokenize]) joined by single
// spaces, after mapping typographic quotes, apostrophes, dashes, no-break
// spaces and ligatures to ASCII ("œ" → "oe", "«" → '"', "―" → "-").
// Accented letters are kept. Two texts that differ only in typography and
// spacing — "d'industrie" / "d' industrie", "collective. L'accord" /
// "collective.L'accord" — have the same NormalizeTypography.
func NormalizeTypography(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case 'œ':
			b.WriteString("oe")
		case 'Œ':
			b.WriteString("OE")
		default:
			b.WriteRune(foldPunct(r))
		}
	}
	toks := Tokenize(b.String())
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.Text != "\n" {
			out = append(out, t.Text)
		}
	}
	return strings.Join(out, " ")
}

// NormalizeArticleNumber gives the comparison key of an article number:
// lower case, accents folded, "Article" dropped, "premier"/"1er" → "1",
// spaces collapsed. "ARTICLE PREMIER", "Article 1er" and "1er" give "1";
// "Article 2 BIS A" gives "2 bis a".
func NormalizeArticleNumber(s string) string {
	s = strings.ToLower(foldAccents(NormalizeSpace(s)))
	s = strings.TrimPrefix(s, "articles ")
	s = strings.TrimPrefix(s, "article ")
	s = strings.TrimPrefix(s, "art. ")
	f := strings.Fields(s)
	for i, w := range f {
		if w == "premier" || w == "1er" || w == "1er." {
			f[i] = "1"
		}
	}
	return strings.Join(f, " ")
}

// Token is one unit of a word diff: a word, a number, one punctuation mark,
// or a paragraph break ("\n"). Space is the white space that preceded it in
// the source, kept so the text can be rebuilt; it is ignored when comparing.
type Token struct {
	Text  string
	Space string
}

// Tokenize splits text into words and punctuation marks. An apostrophe stays
// with the word it ends ("l'", "qu'"), so "l'autorité" is two tokens.
// Newlines become "\n" tokens (paragraph breaks).
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/5)
	space := ""
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			toks = append(toks, Token{Text: "\n", Space: space})
			space = ""
			i += n
		case unicode.IsSpace(r) || r == '\u00a0':
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if r2 == '\n' || !(unicode.IsSpace(r2) || r2 == '\u00a0') {
					break
				}
				j += n2
			}
			space += text[i:j]
			i = j
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '-' && j+n2 < len(text) && isWordRuneAt(text, j+n2) {
					j += n2
					continue
				}
				if (r2 == '\'' || r2 == '\u2019') && j+n2 <= len(text) {
					j += n2 // elision: keep the apostrophe with its word
				}
				break
			}
			toks = append(toks, Token{Text: text[i:j], Space: space})
			space = ""
			i = j
		default:
			toks = append(toks, Token{Text: text[i : i+n], Space: space})
			space = ""
			i += n
		}
	}
	return toks
}

func isWordRuneAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// JoinTokens rebuilds text from tokens, with their original spacing.
func JoinTokens(toks []Token) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.Space)
		b.WriteString(t.Text)
	}
	return b.String()
}

// wordSet returns the set of lower-cased, accent-folded words of text of at
// least 3 letters, for similarity measures.
func wordSet(text string) map[string]struct{} {
	m := make(map[string]struct{})
	for _, t := range Tokenize(text) {
		if utf8.RuneCountInString(t.Text) < 3 {
			continue
		}
		m[strings.ToLower(foldAccents(t.Text))] = struct{}{}
	}
	return m
}

// similarity is the Jaccard index of the word sets of a and b (0 to 1).
func similarity(a, b map[string]struct{}) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	inter := 0
	for w := range a {
		if _, ok := b[w]; ok {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// composedAccents maps a Latin letter and the combining accent after it
// (Unicode's decomposed form, NFD) to the accented letter French writes
// (composed, NFC).
var composedAccents = map[[2]rune]rune{
	{'a', 0x300}: 'à',
	{'a', 0x302}: 'â',
	{'a', 0x308}: 'ä',
	{'a', 0x301}: 'á',
	{'e', 0x301}: 'é',
	{'e', 0x300}: 'è',
	{'e', 0x302}: 'ê',
	{'e', 0x308}: 'ë',
	{'i', 0x302}: 'î',
	{'i', 0x308}: 'ï',
	{'i', 0x301}: 'í',
	{'o', 0x302}: 'ô',
	{'o', 0x308}: 'ö',
	{'o', 0x301}: 'ó',
	{'u', 0x300}: 'ù',
	{'u', 0x302}: 'û',
	{'u', 0x308}: 'ü',
	{'u', 0x301}: 'ú',
	{'y', 0x308}: 'ÿ',
	{'c', 0x327}: 'ç',
	{'n', 0x303}: 'ñ',
	{'A', 0x300}: 'À',
	{'A', 0x302}: 'Â',
	{'A', 0x308}: 'Ä',
	{'A', 0x301}: 'Á',
	{'E', 0x301}: 'É',
	{'E', 0x300}: 'È',
	{'E', 0x302}: 'Ê',
	{'E', 0x308}: 'Ë',
	{'I', 0x302}: 'Î',
	{'I', 0x308}: 'Ï',
	{'I', 0x301}: 'Í',
	{'O', 0x302}: 'Ô',
	{'O', 0x308}: 'Ö',
	{'O', 0x301}: 'Ó',
	{'U', 0x300}: 'Ù',
	{'U', 0x302}: 'Û',
	{'U', 0x308}: 'Ü',
	{'U', 0x301}: 'Ú',
	{'Y', 0x308}: 'Ÿ',
	{'C', 0x327}: 'Ç',
	{'N', 0x303}: 'Ñ',
}

// composeAccents writes the accented letters of s composed (NFC), as
// French texts are typed: "alinéa" typed "alin" + "e" + U+0301 (copied
// from a tool that decomposes them) is "alinéa" — the grammar, and the
// words of the law in force, are composed.
func composeAccents(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x300 && r <= 0x36f }) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	var prev rune = -1
	for _, r := range s {
		if prev >= 0 {
			if c, ok := composedAccents[[2]rune{prev, r}]; ok {
				b.WriteRune(c)
				prev = -1
				continue
			}
			b.WriteRune(prev)
		}
		prev = r
	}
	if prev >= 0 {
		b.WriteRune(prev)
	}
	return b.String()
}
