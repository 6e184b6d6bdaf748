package law

import (
	"regexp/syntax"
	"strings"
)

// needle is a literal every match of an expression contains. fold: the
// expression matches it without case ("(?i)modifi", "[Ll]a"); lit is
// then in lower case and ASCII, and is looked for without ASCII case
// (containsFold). The ASCII letters whose case folding reaches beyond
// ASCII — k (the Kelvin sign K) and s (the long s ſ) — are never in a
// folded needle: "(?i)supprim" needs "uppri", which "ſupprimé" has.
type needle struct {
	lit  string
	fold bool
}

func (n needle) String() string {
	if n.fold {
		return "(?i)" + n.lit
	}
	return n.lit
}

// in says whether s contains the needle.
func (n needle) in(s string) bool {
	if n.fold {
		return containsFold(s, n.lit)
	}
	return strings.Contains(s, n.lit)
}

// lowerByte is b in lower case when it is an ASCII capital.
func lowerByte(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// containsFold says whether s contains n (lower case ASCII, not empty)
// without ASCII case. Bytes of a multi-byte character are never ASCII,
// so a byte-wise comparison is a character-wise one.
func containsFold(s, n string) bool {
	c := n[0]
	for i := 0; i+len(n) <= len(s); i++ {
		if lowerByte(s[i]) != c {
			continue
		}
		j := 1
		for j < len(n) && lowerByte(s[i+j]) == n[j] {
			j++
		}
		if j == len(n) {
			return true
		}
	}
	return false
}

// foldSafe says whether every rune the case folding of r reaches is an
// ASCII letter of the same name or r itself: true of ASCII but k and s.
func foldSafe(r rune) bool {
	if r >= 0x80 {
		return false
	}
	l := r | 0x20
	return !('a' <= l && l <= 'z') || l != 'k' && l != 's'
}

// foldedNeedle is, of a literal matched without case (the regexp/syntax
// runes, each the least of its case orbit), the longest run of runes
// whose case variants are all ASCII (foldSafe), in lower case: what any
// match of it contains, without ASCII case. "" when there is none.
func foldedNeedle(runes []rune) string {
	best, cur := "", []byte(nil)
	for _, r := range append(runes, -1) {
		if r >= 0 && foldSafe(r) {
			cur = append(cur, lowerByte(byte(r)))
			continue
		}
		if len(cur) > len(best) {
			best = string(cur)
		}
		cur = cur[:0]
	}
	return best
}

// literalHits are, of an expression that is an alternation (at its top,
// captured or not), the branches that are a bare literal in ASCII: a
// text containing one matches the expression, whatever the others say
// (the literal alone is a match), so MatchString answers without running
// it. "(?i)(modifi|remplac|…)" on "… est ainsi modifié :".
func literalHits(expr string) []needle {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	if re.Op != syntax.OpAlternate {
		return nil
	}
	var hits []needle
	for _, b := range re.Sub {
		for b.Op == syntax.OpCapture {
			b = b.Sub[0]
		}
		if b.Op != syntax.OpLiteral || len(b.Rune) == 0 {
			continue
		}
		lit, ascii := make([]byte, 0, len(b.Rune)), true
		for _, r := range b.Rune {
			if r >= 0x80 {
				ascii = false
				break
			}
			lit = append(lit, byte(r))
		}
		if !ascii {
			if b.Flags&syntax.FoldCase == 0 {
				hits = append(hits, needle{lit: string(b.Rune)})
			}
			continue
		}
		if b.Flags&syntax.FoldCase != 0 {
			// Any ASCII case of the literal is in the case orbit of
			// each of its runes: a match.
			hits = append(hits, needle{lit: strings.ToLower(string(lit)), fold: true})
		} else {
			hits = append(hits, needle{lit: string(lit)})
		}
	}
	return hits
}

// digitThenO says whether s has a digit right before the letter o: what
// every match of reLetterDegree holds ("1o"), looked for without it
// (nearly every text has an o).
func digitThenO(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] == 'o' && '0' <= s[i-1] && s[i-1] <= '9' {
			return true
		}
	}
	return false
}
