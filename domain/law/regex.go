package law

import (
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
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
	need [][]string
}

// regexes are the package's expressions made by mustRe, for the test that
// holds each of them to the regexp package's results.
var regexes []*lre

// mustRe compiles expr, as regexp.MustCompile, and notes what every match
// contains. For the package's variables only: each is kept in regexes.
func mustRe(expr string) *lre {
	r := &lre{Regexp: regexp.MustCompile(expr), need: mustContain(expr)}
	regexes = append(regexes, r)
	return r
}

// mustContain gives at most two groups of literals, each a group one of
// whose literals every match of expr contains (none when expr does not
// parse, is anchored at the text's start, or nothing is required): the groups whose shortest literal is
// longest, then the smallest.
func mustContain(expr string) [][]string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil || anchored(re) {
		return nil
	}
	var groups [][]string
	for _, g := range required(re) {
		if len(g) <= 6 { // more would cost as many scans of the text
			groups = append(groups, g)
		}
	}
	score := func(g []string) int {
		short := len(g[0])
		for _, l := range g {
			short = min(short, len(l))
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
// text: the regexp package then fails at once where a literal is
// missing, and looking for it through the whole text would cost more.
func anchored(re *syntax.Regexp) bool {
	for re.Op == syntax.OpConcat || re.Op == syntax.OpCapture {
		if len(re.Sub) == 0 {
			return false
		}
		re = re.Sub[0]
	}
	return re.Op == syntax.OpBeginText
}

// required gives groups of literals, each a group one of whose literals
// every match of re contains: a literal's own runes (not when matched
// without case); what a group, a "+" or a repetition of at least once
// requires; what each part of a sequence requires; for an alternation,
// one group of a literal from each branch when every branch requires
// one. An optional or a starred part requires nothing.
func required(re *syntax.Regexp) [][]string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 || len(re.Rune) == 0 {
			return nil
		}
		return [][]string{{string(re.Rune)}}
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
	case syntax.OpConcat:
		var out [][]string
		for _, s := range re.Sub {
			out = append(out, required(s)...)
		}
		return out
	case syntax.OpAlternate:
		var any []string
		for _, s := range re.Sub {
			best := ""
			for _, g := range required(s) {
				if len(g) == 1 && len(g[0]) > len(best) {
					best = g[0]
				}
			}
			if best == "" {
				return nil
			}
			any = append(any, best)
		}
		return [][]string{any}
	}
	return nil
}

// may says whether s contains, of each group, one literal: when it does
// not, no match is possible.
func (r *lre) may(s string) bool {
	for _, g := range r.need {
		found := false
		for _, n := range g {
			if strings.Contains(s, n) {
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

func (r *lre) MatchString(s string) bool { return r.may(s) && r.Regexp.MatchString(s) }

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
