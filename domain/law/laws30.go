package law

import "strings"

// numberPart30 is one part of a text's number as its key holds it, its
// leading zeros dropped: "01" → "1", "2000" → "2000", "0" → "0". The
// loi n° 2000-01 and the loi n° 2000-1 are one law; the keys differed
// ("loi 2000 01", "loi 2000 1"), the article of one not found in the
// other, "la même loi" after both two laws.
func numberPart30(s string) string {
	t := strings.TrimLeft(s, "0")
	if t == "" && s != "" {
		return "0"
	}
	return t
}

// textKey30 is the key of a law, an ordonnance or a décret by its kind
// ("loi", "ordonnance", "decret") and the two parts of its number:
// "loi 2000 1" for "la loi n° 2000-01", "la loi organique n° 2000-1",
// "la loi no 2000-1".
func textKey30(kind, year, n string) string {
	return kind + " " + numberPart30(year) + " " + numberPart30(n)
}

// reNumberedTextKey30 is an ordonnance's, a décret's name opening with
// its number, as CodeKey folds it: "ordonnance n° 2000-1 du 1er janvier
// 2000 …", "decret n 2000-1" (groups: kind, the number's two parts).
var reNumberedTextKey30 = mustRe(`^(ordonnance|decret)\s+n\s*[°ºo]?\s*(\d+)\s*-\s*(\d+)\b`)

// numberedTextKey30 is the key CodeKey gives the name k (folded, lower
// case) of an ordonnance or a décret named by its number, as the parser
// keys them ("ordonnance 2000 1"); "" for any other name (it kept its
// words whole, "ordonnance n 2000 1 du 1er janvier 2000", which no
// instruction's key met).
func numberedTextKey30(k string) string {
	if m := reNumberedTextKey30.FindStringSubmatch(k); m != nil {
		return textKey30(m[1], m[2], m[3])
	}
	return ""
}
