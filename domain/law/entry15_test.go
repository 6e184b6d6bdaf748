package law

import (
	"strings"
	"testing"
)

// entry15Law is a bill of five articles: 3, 5 and 7 of three roman
// parts, 4 of a I with two items and a II, and 8 whose IV is the entry.
func entry15Law(entry string) []Article {
	three := func(code string) []string {
		return []string{
			"I. – À l'article L. 1 du code " + code + ", le mot : « maire » est remplacé par le mot : « préfet ».",
			"II. – À l'article L. 2 du code " + code + ", le mot : « maire » est remplacé par le mot : « préfet ».",
			"III. – À l'article L. 3 du code " + code + ", le mot : « maire » est remplacé par le mot : « préfet ».",
		}
	}
	return []Article{
		{Number: "3", Alineas: three("civil")},
		{Number: "4", Alineas: []string{
			"I. – Le code rural est ainsi modifié :",
			"1° L'article L. 11 est abrogé ;",
			"2° L'article L. 12 est abrogé.",
			"II. – L'article L. 13 du code rural est abrogé.",
		}},
		{Number: "5", Alineas: three("rural")},
		{Number: "7", Alineas: three("minier")},
		{Number: "8", Alineas: append(three("pénal"), "IV. – "+entry)},
	}
}

// entry15Want expands a short expectation: per article, its alinéas'
// states in order, "D" deferred to 2030-01-01, "N" to no day, "A"
// applied, "M" marked; article 4's head, refused, is "R".
func entry15Want(a3, a4, a5, a7, a8 string) string {
	var out []string
	for _, c := range []struct{ n, s string }{{"3", a3}, {"4", a4}, {"5", a5}, {"7", a7}, {"8", a8}} {
		for k, ch := range c.s {
			st := map[rune]string{'D': "deferred@2030-01-01", 'N': "deferred", 'A': "applied", 'M': "marked", 'R': "refused()"}[ch]
			out = append(out, c.n+":"+string(rune('1'+k))+":"+st)
		}
	}
	return strings.Join(out, " ")
}

// TestEntry15SeveralArticles: a subject naming several articles of the
// law, each with its parts or whole, defers exactly what each names
// (the mixed one deferred nothing, or the last article whole); pieces
// of which one names no article are not understood (every article named
// and the entry's own, to no day).
func TestEntry15SeveralArticles(t *testing.T) {
	for _, tc := range []struct{ entry, want string }{
		{"Les I et II de l'article 5 et l'article 7 entrent en vigueur le 1er janvier 2030.", entry15Want("AAA", "RAAA", "DDA", "DDD", "AAA")},
		{"L'article 7 et les I et II de l'article 5 entrent en vigueur le 1er janvier 2030.", entry15Want("AAA", "RAAA", "DDA", "DDD", "AAA")},
		{"Les I et II de l'article 5, ainsi que l'article 7, entrent en vigueur le 1er janvier 2030.", entry15Want("AAA", "RAAA", "DDA", "DDD", "AAA")},
		{"L'article 3 et le I de l'article 5 entrent en vigueur le 1er janvier 2030.", entry15Want("DDD", "RAAA", "DAA", "AAA", "AAA")},
		{"L'article 3, l'article 7 et le I de l'article 5 entrent en vigueur le 1er janvier 2030.", entry15Want("DDD", "RAAA", "DAA", "DDD", "AAA")},
		{"Le I de l'article 5 et le II de l'article 7 entrent en vigueur le 1er janvier 2030.", entry15Want("AAA", "RAAA", "DAA", "ADA", "AAA")},
		{"L'article 3 et l'article 7 entrent en vigueur le 1er janvier 2030.", entry15Want("DDD", "RAAA", "AAA", "DDD", "AAA")},
		{"Les articles 3 et 7 et le I de l'article 5 entrent en vigueur le 1er janvier 2030.", entry15Want("DDD", "RAAA", "DAA", "DDD", "AAA")},
		{"Les I et II de l'article 5 et l'article 7 entrent en vigueur six mois après la publication de la présente loi.", entry15Want("AAA", "RAAA", "MMA", "MMM", "AAA")},
		{"Le I de l'article 5 et le II entrent en vigueur le 1er janvier 2030.", entry15Want("AAA", "RAAA", "NNN", "AAA", "NNN")},
		{"Sous réserve du III, l'article 3 et l'article 7 entrent en vigueur le 1er janvier 2030.", entry15Want("NNN", "RAAA", "AAA", "NNN", "AAA")},
		{"L'article 3 et l'article 7, à l'exception de son II, entrent en vigueur le 1er janvier 2030.", entry15Want("NNN", "RAAA", "AAA", "NNN", "AAA")},
		// Read as before.
		{"Les articles 3 et 5 entrent en vigueur le 1er janvier 2030.", entry15Want("DDD", "RAAA", "DDD", "AAA", "AAA")},
		{"Les articles 3 à 5 entrent en vigueur le 1er janvier 2030.", entry15Want("DDD", "RDDD", "DDD", "AAA", "AAA")},
		{"Le 2° du I de l'article 4 entre en vigueur le 1er janvier 2030.", entry15Want("AAA", "RADA", "AAA", "AAA", "AAA")},
		{"Le I et le III de l'article 5 entrent en vigueur le 1er janvier 2030.", entry15Want("AAA", "RAAA", "DAD", "AAA", "AAA")},
		{"Sous réserve du III, l'article 5 entre en vigueur le 1er janvier 2030.", entry15Want("AAA", "RAAA", "NNN", "AAA", "AAA")},
		{"L'article 3 entre en vigueur le lendemain de la publication de la présente loi.", entry15Want("AAA", "RAAA", "AAA", "AAA", "AAA")},
		{"L'article 3 entre en vigueur à une date fixée par décret, et au plus tard le 1er janvier 2030.", entry15Want("MMM", "RAAA", "AAA", "AAA", "AAA")},
		{"L'article 3 entre en vigueur six mois après la promulgation de la présente loi.", entry15Want("MMM", "RAAA", "AAA", "AAA", "AAA")},
		// A rule of application is no date of the text.
		{"Les dispositions de l'article L. 1 du code civil, dans leur rédaction résultant de l'article 3, s'appliquent aux contrats conclus après le 1er janvier 2030.", entry15Want("AAA", "RAAA", "AAA", "AAA", "AAA")},
	} {
		entry14Check(t, entry15Law(tc.entry), tc.want)
	}
}

// TestEntry15InSoFarAndDivisions: "en tant qu'il modifie l'article L. 1
// du code civil" defers (or marks) the instructions of that article only
// (entry16; TestEntry16InSoFar); a division of the law whose articles are not said refuses every
// article, to no day (nothing was deferred, or "Le titre II" deferred
// the entry's own article to the day); a code's division is not one.
func TestEntry15InSoFarAndDivisions(t *testing.T) {
	for _, tc := range []struct{ entry, want string }{
		{"L'article 3, en tant qu'il modifie l'article L. 1 du code civil, entre en vigueur le 1er janvier 2030.", entry15Want("DAA", "RAAA", "AAA", "AAA", "AAA")},
		{"L'article 3, en tant qu'il modifie l'article L. 1 du code civil, entre en vigueur six mois après la publication de la présente loi.", entry15Want("MAA", "RAAA", "AAA", "AAA", "AAA")},
		{"Le I de l'article 5, en tant qu'il modifie l'article L. 1 du code rural, entre en vigueur le 1er janvier 2030.", entry15Want("AAA", "RAAA", "DAA", "AAA", "AAA")},
		{"Le chapitre II de la présente loi entre en vigueur le 1er janvier 2030.", entry15Want("NNN", "RNNN", "NNN", "NNN", "NNN")},
		{"Le titre II entre en vigueur le 1er janvier 2030.", entry15Want("NNN", "RNNN", "NNN", "NNN", "NNN")},
		{"Les dispositions du titre II de la présente loi entrent en vigueur le 1er janvier 2030.", entry15Want("NNN", "RNNN", "NNN", "NNN", "NNN")},
		{"Le titre II entre en vigueur le lendemain de la publication de la présente loi.", entry15Want("AAA", "RAAA", "AAA", "AAA", "AAA")},
		// Another text's or a code's division: not the law's (a code's,
		// TestEntryCode15DivisionOfACode).
		{"Le titre II de la loi du 29 juillet 1881, dans sa rédaction résultant de la présente loi, entre en vigueur le 1er janvier 2030.", entry15Want("AAA", "RAAA", "AAA", "AAA", "AAA")},
		{"Le chapitre II du titre Ier du livre II du code civil entre en vigueur le 1er janvier 2030.", entry15Want("NNN", "RAAA", "AAA", "AAA", "AAA")},
	} {
		want := tc.want
		if strings.Contains(tc.entry, "en tant qu") {
			want += " 8:4:refused(" + inSoFarReason + ")"
		}
		entry14Check(t, entry15Law(tc.entry), want)
	}
}

// TestEntry15OwnArticle: in the article itself, an exception naming an
// item of the part named ("Le I, à l'exception de son 2°") is that
// part's item (every part was refused, to no day); "Le I, en tant qu'il
// modifie l'article L. 11 …" defers the I's edit of L. 11 only (entry16).
func TestEntry15OwnArticle(t *testing.T) {
	art := []string{
		"I. – Le code rural est ainsi modifié :",
		"1° L'article L. 11 est abrogé ;",
		"2° L'article L. 12 est abrogé.",
		"II. – L'article L. 13 du code rural est abrogé.",
		"III. – L'article L. 14 du code rural est abrogé.",
	}
	const d = "deferred@2030-01-01"
	for _, tc := range []struct{ entry, want string }{
		{"IV. – Le I, à l'exception de son 2°, entre en vigueur le 1er janvier 2030.", "4:1:refused() 4:2:" + d + " 4:3:applied 4:4:applied 4:5:applied"},
		{"IV. – Le I, à l'exception du 2°, entre en vigueur le 1er janvier 2030.", "4:1:refused() 4:2:" + d + " 4:3:applied 4:4:applied 4:5:applied"},
		{"IV. – Le I, à l'exception du 2° du I, entre en vigueur le 1er janvier 2030.", "4:1:refused() 4:2:" + d + " 4:3:applied 4:4:applied 4:5:applied"},
		{"IV. – Le I, à l'exception de son 3°, entre en vigueur le 1er janvier 2030.", "4:1:refused() 4:2:" + d + " 4:3:" + d + " 4:4:applied 4:5:applied"},
		{"IV. – Le I, à l'exception du II, entre en vigueur le 1er janvier 2030.", "4:1:refused() 4:2:deferred 4:3:deferred 4:4:deferred 4:5:deferred"},
		{"IV. – Le présent article, à l'exception de son II, entre en vigueur le 1er janvier 2030.", "4:1:refused() 4:2:" + d + " 4:3:" + d + " 4:4:applied 4:5:" + d},
		{"IV. – Les I et II du présent article entrent en vigueur le 1er janvier 2030.", "4:1:refused() 4:2:" + d + " 4:3:" + d + " 4:4:" + d + " 4:5:applied"},
		{"IV. – Le I, en tant qu'il modifie l'article L. 11 du code rural, entre en vigueur le 1er janvier 2030.", "4:1:refused() 4:2:" + d + " 4:3:applied 4:4:applied 4:5:applied 4:6:refused(" + inSoFarReason + ")"},
		{"IV. – Le présent article, en tant qu'il modifie l'article L. 11 du code rural, entre en vigueur le 1er janvier 2030.", "4:1:refused() 4:2:" + d + " 4:3:applied 4:4:applied 4:5:applied 4:6:refused(a part of the bill itself named as the place (du présent article, du présent I): not the law in force)"},
		{"IV. – Le II de l'article 4 et le III entrent en vigueur le 1er janvier 2030.", "4:1:refused() 4:2:deferred 4:3:deferred 4:4:deferred 4:5:deferred"},
	} {
		entry14Check(t, []Article{{Number: "4", Alineas: append(append([]string(nil), art...), tc.entry)}}, tc.want)
	}
}
