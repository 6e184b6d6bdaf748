package law

import (
	"reflect"
	"strings"
)

// signInNumber reports whether a punctuation sign f found at s[i:j] is
// not the sign a law names but a part of other words: the decimal
// comma, the period or the colon between two digits of a number ("1,5
// %", "1.5", "8:30"), a period of an ellipsis or of the blanks of a
// text not yet numbered ("l'acte...", "loi n° ...... du ......"), the
// period of an article's designation before its number ("L. 2", "R.
// 3", "art. 4"). The law names the number, the ellipsis, the
// reference there: "la virgule est supprimée" on "de 1,5 % et le
// reste," made "15 %"; "le signe : « , »" on "1,5 % et le reste" gave
// "1 et 5 %"; "à la fin, le signe : « . »" on "l'acte..." gave
// "l'acte..;". Such a sign is not counted among the sign's occurrences
// either.
func signInNumber(s string, i, j int, f string) bool {
	if !isSign(f) || f == ";" {
		return false
	}
	digit := func(k int) bool { return k >= 0 && k < len(s) && s[k] >= '0' && s[k] <= '9' }
	if digit(i-1) && digit(j) {
		return true
	}
	if f != "." {
		return false
	}
	if i > 0 && s[i-1] == '.' || j < len(s) && s[j] == '.' {
		return true
	}
	return designationPeriod.MatchString(s[:j]) && numberAfter.MatchString(s[j:])
}

// designationPeriod is an article's designation ending with its period
// ("L.", "R.", "D.", "A.", "art."), numberAfter the number after it.
var (
	designationPeriod = mustRe(`(?:^|[^\pL])(?:[LRDAO]|[Aa]rt)\.$`)
	numberAfter       = mustRe(`^[ \x{a0}\x{202f}]*\*?[0-9]`)
)

// reFinalNamedAlone is "le point final" as the subject of a replacement
// or a deletion with no place before it in its clause ("À l'article L.
// 1, le point final est remplacé par …"; group 1 "Le" or "le").
var reFinalNamedAlone = mustRe(`(?:^|,\s+|\bet\s+)([Ll])e\s+point\s+final\s+est\s+(?:remplacé|supprimé)`)

// reAtTheEndBefore is "à la fin" said before, in the same instruction.
var reAtTheEndBefore = mustRe(`(?i)\b(?:à|a)\s+la\s+fin\b`)

// finalPeriodAlone reads "le point final est remplacé" with no place
// as "à la fin, le point est remplacé": the period that ends the scope
// ("À l'article L. 1, le point final est remplacé par un point-virgule"
// on "Le juge signe. Il date." was refused, "final" lost and two periods
// found). A clause that already says "à la fin" is left as it is.
func finalPeriodAlone(seg string) string {
	m := reFinalNamedAlone.FindStringSubmatchIndex(seg)
	if m == nil || reAtTheEndBefore.MatchString(seg[:m[0]]) {
		return seg
	}
	at := "à la fin, l"
	if seg[m[2]] == 'L' {
		at = "À la fin, l"
	}
	rest := seg[m[3]:]
	rest = "e point" + rest[len(reFinalWord.FindString(rest)):]
	return seg[:m[2]] + at + rest
}

// reFinalWord is "e point final" after the article's first letter.
var reFinalWord = mustRe(`^e\s+point\s+final`)

// reColonsPlural is the colon named in the plural, as French names it
// ("les deux-points", the noun invariable): a bill's "les deux-points
// sont remplacés par …" (group 1 the article's letter, group 2 the
// verb), an amendment's "remplacer les deux-points par …", "supprimer
// les deux-points", "substituer aux deux-points …" (group 3 the verb,
// group 4 "les" or "aux").
var (
	reColonsPlural    = mustRe(`\b([Ll])es\s+deux-points\s+sont\s+(remplacés|supprimés)\b`)
	amColonsPlural    = mustRe(`(?i)\b(remplacer|supprimer|substituer)\s+(les|aux)\s+deux-points\b`)
	colonVerbSingular = map[string]string{"remplacés": "remplacé", "supprimés": "supprimé"}
)

// colonsPlural reads the colon named in the plural as in the singular,
// the form the signs named in words are read in: "À l'article L. 1, les
// deux-points sont remplacés par un point-virgule" is "… le deux-points
// est remplacé par un point-virgule" (it was not understood, nor
// "remplacer les deux-points par un point" in an amendment).
func colonsPlural(seg string) string {
	seg = reColonsPlural.ReplaceAllStringFunc(seg, func(m string) string {
		g := reColonsPlural.FindStringSubmatch(m)
		return g[1] + "e deux-points est " + colonVerbSingular[g[2]]
	})
	return amColonsPlural.ReplaceAllStringFunc(seg, func(m string) string {
		g := amColonsPlural.FindStringSubmatch(m)
		if strings.EqualFold(g[2], "aux") {
			return g[1] + " au deux-points"
		}
		return g[1] + " le deux-points"
	})
}

// reRankedSign is a comma or a semicolon named by its rank in words as
// the subject of a replacement or a deletion: "la dernière virgule est
// supprimée", "le second point-virgule est remplacé par …" (groups: the
// article's letter, the rank, the sign, the verb). "Le premier point"
// is not among them: "point" names an item as well.
var reRankedSign = mustRe(`\b([Ll])(?:a\s+|e\s+|['’])(premi(?:er|ère)|seconde?|deuxième|troisième|quatrième|cinquième|derni(?:er|ère)|avant-derni(?:er|ère))\s+(virgule|point-virgule)\s+est\s+(remplacée?|supprimée?)`)

// reFinalSignAlone is a comma or a semicolon said final, as the subject
// with no place before it: "le point-virgule final est remplacé", "la
// virgule finale est supprimée" (groups: the sign named, its verb).
var reFinalSignAlone = mustRe(`\b((?:[Ll]e\s+point-virgule)|(?:[Ll]a\s+virgule))\s+finale?\s+(est\s+(?:remplacée?|supprimée?))`)

// rankedSigns reads a sign named by its rank as its occurrence, "la
// dernière virgule est supprimée" as "la dernière occurrence du signe :
// « , » est supprimée", and a sign said final with no place as the one
// at the end, "le point-virgule final est remplacé …" as "à la fin, le
// point-virgule est remplacé …" (they were not understood). A clause
// that says "à la fin" already keeps its words.
func rankedSigns(seg string) string {
	seg = reRankedSign.ReplaceAllStringFunc(seg, func(m string) string {
		g := reRankedSign.FindStringSubmatch(m)
		rank := strings.NewReplacer("premier", "première", "second", "seconde", "dernier", "dernière").Replace(g[2])
		rank = strings.NewReplacer("premièrere", "première", "secondee", "seconde", "dernièrere", "dernière").Replace(rank)
		verb := strings.TrimSuffix(g[4], "e") + "e"
		art := g[1] + "a "
		if strings.HasPrefix(rank, "avant") {
			art = g[1] + "'"
		}
		return art + rank + " occurrence du signe : « " + signOf[g[3]] + " » est " + verb
	})
	m := reFinalSignAlone.FindStringSubmatchIndex(seg)
	if m == nil || reAtTheEndBefore.MatchString(seg[:m[0]]) {
		return seg
	}
	at := "à la fin, "
	if m[0] == 0 || strings.TrimSpace(seg[:m[0]]) == "" {
		at = "À la fin, "
	}
	named := seg[m[2]:m[3]]
	return seg[:m[0]] + at + strings.ToLower(named[:1]) + named[1:] + " " + seg[m[4]:m[5]] + seg[m[1]:]
}

// rankedInTurn counts the occurrences ranked from the end ("la dernière
// occurrence", "l'avant-dernière") of one instruction's operations on
// the text before the instruction, as those ranked from the start are:
// the operations are applied in turn, and one that took away an
// occurrence nearer the end moves the others' count ("la dernière
// occurrence du mot : « et » est remplacée par le mot : « ou » et
// l'avant-dernière occurrence du mot : « et » est supprimée" on "A et B
// et C et D" deleted the first "et", the avant-dernière of the text
// already edited: "A B et C ou D"); so is a deletion before a rank from
// the start ("la première occurrence … est supprimée et la deuxième …
// est remplacée" edited the third). An occurrence the earlier ones took
// away is no longer found: refused.
func rankedInTurn(es []Edit) {
	removes := func(e Edit) bool {
		return e.Anchor == "" && e.Through == "" && len(e.Lines) == 0 && e.Times == 0 &&
			(e.Kind == EditDeleteWords || e.Kind == EditReplaceWords && !strings.Contains(e.New, e.Old))
	}
	for i := range es {
		ei := es[i]
		if !removes(ei) || len(ei.Occurrences) == 0 {
			continue
		}
		occ := make([]int, len(ei.Occurrences))
		for k, o := range ei.Occurrences {
			occ[k] = o
			for _, ej := range es[:i] {
				if !removes(ej) || ej.Old != ei.Old || !reflect.DeepEqual(ej.Scope, ei.Scope) {
					continue
				}
				for _, oj := range ej.Occurrences {
					switch {
					case o < 0 && oj < 0 && oj >= o:
						occ[k]++
					case o > 0 && oj > 0 && oj < o && (ei.Kind == EditDeleteWords || ej.Kind == EditDeleteWords):
						// Two replacements are counted so already
						// (parseBody); a deletion was not.
						occ[k]--
					}
				}
			}
		}
		es[i].Occurrences = occ
	}
}
