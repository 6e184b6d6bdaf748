package law

import (
	"strings"
	"testing"
)

// entry17Law is a bill of three articles: 1er, whose I repeals article
// L. 1 of the code civil, II inserts L. 2-1, III re-establishes L. 3, IV
// replaces a word of L. 4, V deletes words of L. 5 and VI replaces a
// word of L. 3; 2, which replaces a word of L. 4; and 3, the entry.
func entry17Law(entry string) []Article {
	return []Article{
		{Number: "1er", Alineas: []string{
			"I. – L'article L. 1 du code civil est abrogé.",
			"II. – Après l'article L. 2 du code civil, il est inséré un article L. 2-1 ainsi rédigé :",
			"« Art. L. 2-1. – Le préfet statue. »",
			"III. – L'article L. 3 du code civil est ainsi rétabli :",
			"« Art. L. 3. – Le maire statue. »",
			"IV. – À l'article L. 4 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».",
			"V. – Au premier alinéa de l'article L. 5 du code civil, les mots : « le maire » sont supprimés.",
			"VI. – À l'article L. 3 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».",
		}},
		{Number: "2", Alineas: []string{"I. – À l'article L. 4 du code civil, le mot : « juge » est remplacé par le mot : « tribunal »."}},
		{Number: "3", Alineas: []string{"I. – " + entry}},
	}
}

// entry17Want expands the states of article 1er's six instructions then
// article 2's ("D" deferred to 2030-01-01, "N" to no day, "A" applied,
// "M" marked), the entry alinéa left out (entry16Check).
func entry17Want(s string) string {
	var out []string
	for k, al := range []int{1, 2, 4, 6, 7, 8} {
		out = append(out, "1er:"+string(rune('0'+al))+":"+entry17State(s[k]))
	}
	return strings.Join(out, " ") + " 2:1:" + entry17State(s[6])
}

func entry17State(c byte) string {
	return map[byte]string{'D': "deferred@2030-01-01", 'N': "deferred", 'A': "applied", 'M': "marked"}[c]
}

// TestEntry17InSoFarVerbs: "…, en tant qu'il abroge (supprime, rétablit,
// insère, crée) l'article … du code …, entre en vigueur …" defers (or
// marks) the instructions of the parts named that do to the articles
// named what the verb says; one that edits a named article otherwise is
// refused, to no day; an article named that no instruction so edits,
// or a form not read, refuses the parts named whole, to no day.
func TestEntry17InSoFarVerbs(t *testing.T) {
	const day = ", entre en vigueur le 1er janvier 2030."
	for _, tc := range []struct{ clause, want string }{
		{"en tant qu'il abroge l'article L. 1 du code civil", "DAAAAAA"},
		{"en tant qu'il supprime l'article L. 1 du code civil", "DAAAAAA"},
		{"en tant qu'il insère l'article L. 2-1 du code civil", "ADAAAAA"},
		{"en tant qu'il insère un article L. 2-1 dans le code civil", "ADAAAAA"},
		{"en tant qu'il crée un article L. 2-1 dans le code civil", "ADAAAAA"},
		// The VI replaces a word of L. 3: not a re-establishment.
		{"en tant qu'il rétablit l'article L. 3 du code civil", "AADAANA"},
		{"en tant qu'il modifie l'article L. 3 du code civil", "AADAADA"},
		// L. 4 is edited, not repealed: the IV does not fit and nothing
		// repeals L. 4.
		{"en tant qu'il abroge l'article L. 4 du code civil", "NNNNNNA"},
		{"en tant qu'il insère l'article L. 1 du code civil", "NNNNNNA"},
		// Not read: words, not articles; "dans le même code"; a new
		// article after a verb that is not one of creation.
		{"en tant qu'il supprime des mots à l'article L. 5 du code civil", "NNNNNNA"},
		{"en tant qu'il insère un article L. 2-1 dans le même code", "NNNNNNA"},
		{"en tant qu'il rétablit un article L. 3 dans le code civil", "NNNNNNA"},
		{"en tant qu'il insère un article L. 2-1 dans le code civil dans les communes", "NNNNNNA"},
	} {
		entry := "L'article 1er, " + tc.clause + day
		entry16Check(t, entry17Law(entry), entry17Want(tc.want))
	}
	entry := "L'article 1er, en tant qu'il abroge l'article L. 1 du code civil, entre en vigueur six mois après la publication de la présente loi."
	entry16Check(t, entry17Law(entry), entry17Want("MAAAAAA"))
}

// TestEntry17InSoFarPieces: one clause over several pieces, "Le IV de
// l'article 1er et l'article 2, en tant qu'ils modifient …", is read over
// the instructions of all the pieces: an article of which the clause
// takes nothing refuses every piece, whole, to no day.
func TestEntry17InSoFarPieces(t *testing.T) {
	for _, tc := range []struct{ subject, clause, want string }{
		{"Le IV de l'article 1er et l'article 2", "modifient l'article L. 4 du code civil", "AAADAAD"},
		{"L'article 1er et l'article 2", "modifient l'article L. 4 du code civil", "AAADAAD"},
		{"Les articles 1er et 2", "modifient l'article L. 4 du code civil", "AAADAAD"},
		{"L'article 1er et l'article 2", "modifient les articles L. 3 et L. 4 du code civil", "AADDADD"},
		// The I edits no L. 4; article 2 repeals no L. 1.
		{"Le I de l'article 1er et l'article 2", "modifient l'article L. 4 du code civil", "NAAAAAN"},
		{"L'article 1er et l'article 2", "abrogent l'article L. 1 du code civil", "NNNNNNN"},
		{"Les articles 1er et 2", "abrogent l'article L. 1 du code civil", "NNNNNNN"},
		// Not read: a code not said.
		{"L'article 1er et l'article 2", "modifient l'article L. 4", "NNNNNNN"},
	} {
		entry := tc.subject + ", en tant qu'ils " + tc.clause + ", entrent en vigueur le 1er janvier 2030."
		entry16Check(t, entry17Law(entry), entry17Want(tc.want))
	}
	entry := "L'article 1er et l'article 2, en tant qu'ils modifient l'article L. 4 du code civil, entrent en vigueur six mois après la publication de la présente loi."
	entry16Check(t, entry17Law(entry), entry17Want("AAAMAAM"))
}

// TestEntry17NoDayGuessed: a rule of application is no entry into force
// (the edits applied, not deferred to its day); a date by decree "et au
// plus tard le …" and a delay counted from the publication name no day:
// marked, applied as the consolidated codes record them, never deferred
// to a day the engine would compute.
func TestEntry17NoDayGuessed(t *testing.T) {
	for _, tc := range []struct{ entry, want string }{
		{"Les articles 1er et 2 s'appliquent aux contrats conclus à compter du 1er janvier 2030.", "AAAAAAA"},
		{"L'article 1er est applicable aux instances en cours.", "AAAAAAA"},
		{"Les articles 1er et 2 entrent en vigueur à une date fixée par décret, et au plus tard le 1er janvier 2015.", "MMMMMMM"},
		{"L'article 1er entre en vigueur le premier jour du sixième mois suivant la publication de la présente loi.", "MMMMMMA"},
		{"L'article 1er entre en vigueur six mois après la promulgation de la présente loi.", "MMMMMMA"},
	} {
		entry16Check(t, entry17Law(tc.entry), entry17Want(tc.want))
	}
	own := []string{"I. – À l'article L. 4 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».", "II. – Le présent article est applicable aux instances en cours."}
	entry16Check(t, []Article{{Number: "1er", Alineas: own}}, "1er:1:applied")
}

// TestEntry17InSoFarOwnArticle: the verbs in the article's own entry,
// "Le présent article, en tant qu'il abroge …", "Le I, en tant qu'il …".
func TestEntry17InSoFarOwnArticle(t *testing.T) {
	for _, tc := range []struct{ entry, want string }{
		{"Le présent article, en tant qu'il abroge l'article L. 1 du code civil, entre en vigueur le 1er janvier 2030.", "DAAAAA"},
		{"Le présent article, en tant qu'il insère un article L. 2-1 dans le code civil, entre en vigueur le 1er janvier 2030.", "ADAAAA"},
		{"Le III, en tant qu'il rétablit l'article L. 3 du code civil, entre en vigueur le 1er janvier 2030.", "AADAAA"},
		{"Le présent article, en tant qu'il rétablit l'article L. 3 du code civil, entre en vigueur le 1er janvier 2030.", "AADAAN"},
		{"Le IV, en tant qu'il abroge l'article L. 4 du code civil, entre en vigueur le 1er janvier 2030.", "AAANAA"},
	} {
		arts := entry17Law("")[:1]
		arts[0].Alineas = append(append([]string{}, arts[0].Alineas...), "VII. – "+tc.entry)
		want := entry17Want(tc.want + "A")
		want = want[:strings.Index(want, " 2:1:")]
		// The entry alinéa (the 9th), refused as written or left as an
		// entry, left out.
		got := entry14Status(arts)
		if k := strings.Index(got, " 1er:9:"); k >= 0 {
			got = got[:k]
		}
		if got != want {
			t.Errorf("%s:\n got %s\nwant %s", tc.entry, got, want)
		}
	}
}
