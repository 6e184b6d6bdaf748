package law

import (
	"regexp"
	"regexp/syntax"
	"sort"
)

// lre is one of the package's regular expressions with literal strings
// a match of it must contain. The engine runs several hundred
// expressions on every instruction, and most of them cannot match it:
// "les mots … sont remplacés" is looked for in an alinéa that says
// "est supprimé". Go's regexp scans the whole text before it says so;
// a text that lacks what every match needs ("remplac", or one of « and
// ") cannot match, and strings.Contains says that for a fraction of the
// cost. The results are the regexp package's own in every case
// (TestRegexNeed holds each expression to it on the development sets).
type lre struct {
	*regexp.Regexp
	need [][]needle
	hit  []needle // literalHits: for MatchString
}

// regexes are the package's expressions made by mustRe, for the test that
// holds each of them to the regexp package's results.
var regexes []*lre

// mustRe compiles expr, as regexp.MustCompile, and notes what every match
// contains. For the package's variables only: each is kept in regexes.
func mustRe(expr string) *lre {
	r := &lre{Regexp: regexp.MustCompile(expr), need: mustContain(expr), hit: literalHits(expr)}
	regexes = append(regexes, r)
	return r
}

// mustContain gives at most two groups of literals, each a group one of
// whose literals every match of expr contains (none when expr does not
// parse, is anchored at the text's start, or nothing is required): the groups whose shortest literal is
// longest, then the smallest.
func mustContain(expr string) [][]needle {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil || anchored(re) {
		return nil
	}
	var groups [][]needle
	for _, g := range required(re) {
		if len(g) <= 6 { // more would cost as many scans of the text
			groups = append(groups, g)
		}
	}
	score := func(g []needle) int {
		short := len(g[0].lit)
		for _, l := range g {
			short = min(short, len(l.lit))
		}
		return short*16 - len(g)
	}
	sort.SliceStable(groups, func(i, j int) bool { return score(groups[i]) > score(groups[j]) })
	if len(groups) > 2 {
		groups = groups[:2]
	}
	return groups
}

// anchored says whether every match of re starts at the start of the
// text with a fixed first character (a literal, a class, an alternation
// of such): the regexp package then fails at once where a literal is
// missing, and looking for it through the whole text would cost more.
// One that starts with any text, "^(.*?)\bdevient", "^((?:.*,\s+)?)Le",
// runs through it: it is pruned (cost10).
func anchored(re *syntax.Regexp) bool {
	for re.Op == syntax.OpConcat || re.Op == syntax.OpCapture {
		if len(re.Sub) == 0 {
			return false
		}
		if re.Op == syntax.OpConcat && re.Sub[0].Op == syntax.OpBeginText {
			return fixedStartSeq(re.Sub[1:])
		}
		re = re.Sub[0]
	}
	return re.Op == syntax.OpBeginText
}

// fixedStart says whether every match of re starts with one character of
// a set: a literal, a class, or a group, a "+", or an alternation of such.
func fixedStart(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune) > 0
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return true
	case syntax.OpCapture, syntax.OpPlus:
		return fixedStart(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min >= 1 && fixedStart(re.Sub[0])
	case syntax.OpConcat:
		return fixedStartSeq(re.Sub)
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !fixedStart(s) {
				return false
			}
		}
		return true
	}
	return false
}

// fixedStartSeq is fixedStart of a sequence; spaces first, "^\s*Rédiger",
// fail as fast.
func fixedStartSeq(sub []*syntax.Regexp) bool {
	for len(sub) > 1 && sub[0].Op == syntax.OpStar && sub[0].Sub[0].Op == syntax.OpCharClass && !classHas(sub[0].Sub[0], 'a') {
		sub = sub[1:]
	}
	return len(sub) > 0 && fixedStart(sub[0])
}

// classHas says whether the class re holds r.
func classHas(re *syntax.Regexp, r rune) bool {
	for i := 0; i+1 < len(re.Rune); i += 2 {
		if re.Rune[i] <= r && r <= re.Rune[i+1] {
			return true
		}
	}
	return false
}

// required gives groups of literals, each a group one of whose literals
// every match of re contains: a literal's own runes (not when matched
// without case); what a group, a "+" or a repetition of at least once
// requires; what each part of a sequence requires; for an alternation,
// one group of a literal from each branch when every branch requires
// one. An optional or a starred part requires nothing.
func required(re *syntax.Regexp) [][]needle {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil
		}
		if re.Flags&syntax.FoldCase != 0 {
			// Without case: its longest run of ASCII, looked for
			// without ASCII case (needle).
			if f := foldedNeedle(re.Rune); f != "" {
				return [][]needle{{{lit: f, fold: true}}}
			}
			return nil
		}
		return [][]needle{{{lit: string(re.Rune)}}}
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
	case syntax.OpConcat:
		var out [][]needle
		for _, s := range re.Sub {
			out = append(out, required(s)...)
		}
		return out
	case syntax.OpAlternate:
		var any []needle
		for _, s := range re.Sub {
			var best needle
			for _, g := range required(s) {
				if len(g) == 1 && len(g[0].lit) > len(best.lit) {
					best = g[0]
				}
			}
			if best.lit == "" {
				return nil
			}
			any = append(any, best)
		}
		return [][]needle{any}
	}
	return nil
}

// may says whether s contains, of each group, one literal: when it does
// not, no match is possible.
func (r *lre) may(s string) bool {
	for _, g := range r.need {
		found := false
		for _, n := range g {
			if n.in(s) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func (r *lre) MatchString(s string) bool {
	for _, n := range r.hit {
		if n.in(s) {
			return true
		}
	}
	return r.may(s) && r.Regexp.MatchString(s)
}

func (r *lre) FindString(s string) string {
	if !r.may(s) {
		return ""
	}
	return r.Regexp.FindString(s)
}

func (r *lre) FindStringIndex(s string) []int {
	if !r.may(s) {
		return nil
	}
	return r.Regexp.FindStringIndex(s)
}

func (r *lre) FindStringSubmatch(s string) []string {
	if !r.may(s) {
		return nil
	}
	return r.Regexp.FindStringSubmatch(s)
}

func (r *lre) FindStringSubmatchIndex(s string) []int {
	if !r.may(s) {
		return nil
	}
	return r.Regexp.FindStringSubmatchIndex(s)
}

func (r *lre) FindAllString(s string, n int) []string {
	if !r.may(s) {
		return nil
	}
	return r.Regexp.FindAllString(s, n)
}

func (r *lre) FindAllStringIndex(s string, n int) [][]int {
	if !r.may(s) {
		return nil
	}
	return r.Regexp.FindAllStringIndex(s, n)
}

func (r *lre) FindAllStringSubmatch(s string, n int) [][]string {
	if !r.may(s) {
		return nil
	}
	return r.Regexp.FindAllStringSubmatch(s, n)
}

func (r *lre) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !r.may(s) {
		return nil
	}
	return r.Regexp.FindAllStringSubmatchIndex(s, n)
}

func (r *lre) ReplaceAllString(s, repl string) string {
	if !r.may(s) {
		return s
	}
	return r.Regexp.ReplaceAllString(s, repl)
}

func (r *lre) ReplaceAllLiteralString(s, repl string) string {
	if !r.may(s) {
		return s
	}
	return r.Regexp.ReplaceAllLiteralString(s, repl)
}

func (r *lre) ReplaceAllStringFunc(s string, f func(string) string) string {
	if !r.may(s) {
		return s
	}
	return r.Regexp.ReplaceAllStringFunc(s, f)
}
