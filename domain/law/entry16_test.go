package law

import (
	"strings"
	"testing"
)

// entry16Law is a bill of two articles: 3, whose I edits articles L. 1
// and L. 2 of the code civil and creates L. 2-1, whose II edits L. 1 and
// L. 4 at once, and whose III edits L. 5 of the code rural; and 8, whose
// II is the entry (entry, or none when own).
func entry16Law(entry string, own bool) []Article {
	a3 := []string{
		"I. – Le code civil est ainsi modifié :",
		"1° À l'article L. 1, le mot : « maire » est remplacé par le mot : « préfet » ;",
		"2° À l'article L. 2, le mot : « maire » est remplacé par le mot : « préfet » ;",
		"3° Après l'article L. 2, il est inséré un article L. 2-1 ainsi rédigé :",
		"« Art. L. 2-1. – Le préfet statue. »",
		"II. – Aux articles L. 1 et L. 4 du code civil, le mot : « juge » est remplacé par le mot : « tribunal ».",
		"III. – À l'article L. 5 du code rural, le mot : « maire » est remplacé par le mot : « préfet ».",
	}
	a8 := []string{"I. – À l'article L. 9 du code pénal, le mot : « maire » est remplacé par le mot : « préfet »."}
	if own {
		return []Article{{Number: "3", Alineas: append(a3, "IV. – "+entry)}}
	}
	return []Article{{Number: "3", Alineas: a3}, {Number: "8", Alineas: append(a8, "II. – "+entry)}}
}

// entry16Want expands article 3's states (its instructions in order: the
// 1°, 2°, 3°, II, III, "D" deferred to 2030-01-01, "N" to no day, "A"
// applied, "M" marked); the I's head, refused, and article 8's I,
// applied, after them; the entry alinéa is left out (entry16Check).
func entry16Want(s string, own bool) string {
	out := []string{"3:1:refused()"}
	for k, al := range []int{2, 3, 4, 6, 7} {
		st := map[byte]string{'D': "deferred@2030-01-01", 'N': "deferred", 'A': "applied", 'M': "marked"}[s[k]]
		out = append(out, "3:"+string(rune('0'+al))+":"+st)
	}
	if own {
		return strings.Join(out, " ")
	}
	return strings.Join(out, " ") + " 8:1:applied"
}

// reEntry16Status is the start of one alinéa's state in entry14Status.
var reEntry16Status = mustRe(`^\d+:\d+:`)

// entry16Check is entry14Check, the entry alinéa (refused as it is
// written, or left as an entry) left out.
func entry16Check(t *testing.T, arts []Article, want string) {
	t.Helper()
	last := arts[len(arts)-1]
	at := string(last.Number) + ":" + string(rune('0'+len(last.Alineas))) + ":"
	var got []string
	skip := false
	for _, s := range strings.Split(entry14Status(arts), " ") {
		if reEntry16Status.MatchString(s) {
			skip = strings.HasPrefix(s, at)
		}
		if !skip {
			got = append(got, s)
		}
	}
	if g := strings.Join(got, " "); g != want {
		t.Errorf("%s:\n got %s\nwant %s", last.Alineas[len(last.Alineas)-1], g, want)
	}
}

// TestEntry16InSoFar: "…, en tant qu'il modifie (concerne, crée) …
// du code …, entre en vigueur …" defers (or marks) exactly the
// instructions of the parts named whose edits all stand in the code
// articles named; the parts' other instructions apply; an instruction
// editing a named article and another is refused, to no day; what is not
// read exactly refuses the parts named, whole, to no day.
func TestEntry16InSoFar(t *testing.T) {
	for _, tc := range []struct{ entry, want string }{
		// Read: the parts named, the articles named.
		{"L'article 3, en tant qu'il modifie l'article L. 2 du code civil, entre en vigueur le 1er janvier 2030.", "ADAAA"},
		{"L'article 3, en tant qu'il modifie les articles L. 2 et L. 5 du code civil, entre en vigueur le 1er janvier 2030.", "NNNNN"},
		{"L'article 3, en tant qu'il modifie les articles L. 2 et L. 2-1 du code civil, entre en vigueur le 1er janvier 2030.", "ADDAA"},
		{"L'article 3, en tant qu'il concerne l'article L. 2 du code civil, entre en vigueur le 1er janvier 2030.", "ADAAA"},
		{"L'article 3, en tant qu'il crée l'article L. 2-1 du code civil, entre en vigueur le 1er janvier 2030.", "AADAA"},
		{"L'article 3, en ce qu'il modifie l'article L. 5 du code rural, entre en vigueur le 1er janvier 2030.", "AAAAD"},
		{"L'article 3, en tant qu'il modifie l'article L. 2 du code civil, entre en vigueur six mois après la publication de la présente loi.", "AMAAA"},
		{"Le I de l'article 3, en tant qu'il modifie l'article L. 2 du code civil, entre en vigueur le 1er janvier 2030.", "ADAAA"},
		// An instruction editing a named article and another (the II,
		// L. 1 and L. 4): it, to no day; the 1°, all in L. 1, deferred.
		{"L'article 3, en tant qu'il modifie l'article L. 1 du code civil, entre en vigueur le 1er janvier 2030.", "DAANA"},
		// Not read exactly: the parts named, whole, to no day.
		{"L'article 3, en tant qu'il modifie l'article L. 2, entre en vigueur le 1er janvier 2030.", "NNNNN"},
		{"L'article 3, en tant qu'il modifie l'article L. 2 du même code, entre en vigueur le 1er janvier 2030.", "NNNNN"},
		{"L'article 3, en tant qu'il s'applique aux contrats conclus après sa publication, entre en vigueur le 1er janvier 2030.", "NNNNN"},
		{"L'article 3, sauf en tant qu'il modifie l'article L. 2 du code civil, entre en vigueur le 1er janvier 2030.", "NNNNN"},
		{"L'article 3, en tant qu'il modifie l'article L. 7 du code civil, entre en vigueur le 1er janvier 2030.", "NNNNN"},
		{"L'article 3, en tant qu'il modifie l'article L. 5 du code civil, entre en vigueur le 1er janvier 2030.", "NNNNN"},
		{"Le I de l'article 3, en tant qu'il modifie l'article L. 5 du code rural, entre en vigueur le 1er janvier 2030.", "NNNAA"},
		{"L'article 3, en tant qu'il abroge l'article L. 2 du code civil, entre en vigueur le 1er janvier 2030.", "NNNNN"},
		{"L'article 3, en tant qu'il modifie l'article L. 2 du code civil dans les communes, entre en vigueur le 1er janvier 2030.", "NNNNN"},
		{"L'article 3 et l'article 8, en tant qu'ils modifient l'article L. 2 du code civil, entrent en vigueur le 1er janvier 2030.", "NNNNN"},
	} {
		want := entry16Want(tc.want, false)
		if strings.HasPrefix(tc.entry, "L'article 3 et l'article 8") {
			want = strings.Replace(want, "8:1:applied", "8:1:deferred", 1)
		}
		entry16Check(t, entry16Law(tc.entry, false), want)
	}
}

// TestEntry16InSoFarOwnArticle: the same clause in the article itself,
// "Le I, en tant qu'il …", "Le présent article, en tant qu'il …".
func TestEntry16InSoFarOwnArticle(t *testing.T) {
	for _, tc := range []struct{ entry, want string }{
		{"Le I, en tant qu'il modifie l'article L. 2 du code civil, entre en vigueur le 1er janvier 2030.", "ADAAA"},
		{"Les I et III, en tant qu'ils modifient les articles L. 2 et L. 5 du code rural, entrent en vigueur le 1er janvier 2030.", "NNNAN"},
		{"Le I, en tant qu'il crée l'article L. 2-1 du code civil, entre en vigueur six mois après la publication de la présente loi.", "AAMAA"},
		{"Le I, en tant qu'il modifie l'article L. 2, entre en vigueur le 1er janvier 2030.", "NNNAA"},
		{"Le I, en tant qu'il modifie l'article L. 5 du code rural, entre en vigueur le 1er janvier 2030.", "NNNAA"},
	} {
		entry16Check(t, entry16Law(tc.entry, true), entry16Want(tc.want, true))
	}
}
