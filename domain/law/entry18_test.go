package law

import (
	"strings"
	"testing"
)

// entry18Own is entry17Law's article 1er with its own entries added (as
// alinéas VII, VIII…), the states of its six instructions (entry17Want's
// letters), the entry alinéas left out.
func entry18Own(t *testing.T, want string, entries ...string) {
	t.Helper()
	arts := entry17Law("")[:1]
	for _, e := range entries {
		arts[0].Alineas = append(append([]string{}, arts[0].Alineas...), "VII. – "+e)
	}
	w := entry17Want(want + "A")
	w = w[:strings.Index(w, " 2:1:")]
	got := entry14Status(arts)
	if k := strings.Index(got, " 1er:9:"); k >= 0 {
		got = got[:k]
	}
	if got != w {
		t.Errorf("%s:\n got %s\nwant %s", strings.Join(entries, " | "), got, w)
	}
}

// TestEntry18InSoFarPlaced: "…, en tant qu'il insère, après l'article
// L. 2 du code civil, un article L. 2-1, …" takes the instruction
// creating L. 2-1 at that place; a place the edit does not use, or one
// not read, refuses the parts named, whole, to no day.
func TestEntry18InSoFarPlaced(t *testing.T) {
	const day = ", entre en vigueur le 1er janvier 2030."
	for _, tc := range []struct{ clause, want string }{
		{"en tant qu'il insère, après l'article L. 2 du code civil, un article L. 2-1", "ADAAAAA"},
		{"en tant qu'il crée, après l'article L. 2 du code civil, un article L. 2-1", "ADAAAAA"},
		// The II inserts L. 2-1 after L. 2, not after L. 1 nor before L. 2.
		{"en tant qu'il insère, après l'article L. 1 du code civil, un article L. 2-1", "NNNNNNA"},
		{"en tant qu'il insère, avant l'article L. 2 du code civil, un article L. 2-1", "NNNNNNA"},
		// Not read: the code not said; a verb that creates nothing.
		{"en tant qu'il insère, après l'article L. 2 du même code, un article L. 2-1", "NNNNNNA"},
		{"en tant qu'il modifie, après l'article L. 2 du code civil, un article L. 2-1", "NNNNNNA"},
	} {
		entry16Check(t, entry17Law("L'article 1er, "+tc.clause+day), entry17Want(tc.want))
	}
	entry18Own(t, "ADAAAA", "Le présent article, en tant qu'il insère, après l'article L. 2 du code civil, un article L. 2-1, entre en vigueur le 1er janvier 2030.")
}

// TestEntry18InSoFarEveryPart: in the article's own entry, a part named
// none of whose instructions the clause takes ("Le I et le IV, en tant
// qu'ils modifient l'article L. 4 …" where the I edits no L. 4) refuses
// every part named, to no day, as another article's entry does.
func TestEntry18InSoFarEveryPart(t *testing.T) {
	for _, tc := range []struct{ entry, want string }{
		{"Le IV, en tant qu'il modifie l'article L. 4 du code civil, entre en vigueur le 1er janvier 2030.", "AAADAA"},
		{"Les III et VI, en tant qu'ils modifient l'article L. 3 du code civil, entrent en vigueur le 1er janvier 2030.", "AADAAD"},
		{"Le I et le IV, en tant qu'ils modifient l'article L. 4 du code civil, entrent en vigueur le 1er janvier 2030.", "NAANAA"},
		{"Les IV et VI, en tant qu'ils modifient l'article L. 4 du code civil, entrent en vigueur le 1er janvier 2030.", "AAANAN"},
	} {
		entry18Own(t, tc.want, tc.entry)
	} // Another article's entry: each part named, as each article.
	for _, tc := range []struct{ entry, want string }{
		{"Les III et VI de l'article 1er, en tant qu'ils modifient l'article L. 3 du code civil, entrent en vigueur le 1er janvier 2030.", "AADAADA"},
		{"Les I et IV de l'article 1er, en tant qu'ils modifient l'article L. 4 du code civil, entrent en vigueur le 1er janvier 2030.", "NAANAAA"},
		{"Les IV et VI de l'article 1er, en tant qu'ils modifient l'article L. 3 du code civil, entrent en vigueur le 1er janvier 2030.", "AAANANA"},
	} {
		entry16Check(t, entry17Law(tc.entry), entry17Want(tc.want))
	}
}

// TestEntry18NoText: a clause naming no text, a class of persons or
// places, is no narrowing to edits: the parts named are refused, to no
// day, never applied nor deferred to the day.
func TestEntry18NoText(t *testing.T) {
	entry16Check(t, entry17Law("L'article 1er, en tant qu'il concerne les communes de plus de 3 500 habitants, entre en vigueur le 1er janvier 2030."), entry17Want("NNNNNNA"))
	entry16Check(t, entry17Law("Les dispositions de l'article 1er concernant les communes de plus de 3 500 habitants entrent en vigueur le 1er janvier 2030."), entry17Want("NNNNNNA"))
	entry18Own(t, "NNNNNN", "Le présent article, en tant qu'il concerne les communes de plus de 3 500 habitants, entre en vigueur le 1er janvier 2030.")
}

// TestEntry18Participle: "Les dispositions de l'article 1er modifiant
// (relatives à) … entrent en vigueur …" is the clause "en tant qu'elles
// modifient (concernent) …": read as it is, or refused, to no day, when
// it names no code article (it was applied at once).
func TestEntry18Participle(t *testing.T) {
	for _, tc := range []struct{ entry, want string }{
		{"Les dispositions de l'article 1er modifiant l'article L. 4 du code civil entrent en vigueur le 1er janvier 2030.", "AAADAAA"},
		{"Les dispositions de l'article 1er relatives à l'article L. 3 du code civil entrent en vigueur le 1er janvier 2030.", "AADAADA"},
		{"Les dispositions de l'article 1er abrogeant l'article L. 1 du code civil entrent en vigueur le 1er janvier 2030.", "DAAAAAA"},
		{"Les dispositions des articles 1er et 2 modifiant l'article L. 4 du code civil entrent en vigueur le 1er janvier 2030.", "AAADAAD"},
		// A code, not its articles: not read.
		{"Les dispositions de l'article 1er relatives au code civil entrent en vigueur le 1er janvier 2030.", "NNNNNNA"},
		{"Les dispositions de l'article 1er modifiant le code civil entrent en vigueur le 1er janvier 2030.", "NNNNNNA"},
	} {
		entry16Check(t, entry17Law(tc.entry), entry17Want(tc.want))
	}
	entry18Own(t, "AAADAA", "Les dispositions du présent article modifiant l'article L. 4 du code civil entrent en vigueur le 1er janvier 2030.")
	entry18Own(t, "NNNNNN", "Les dispositions du présent article relatives au code civil entrent en vigueur le 1er janvier 2030.")
	if got := entryParticipleRewrite("Les dispositions du I relatives aux articles L. 1 et L. 2 du code civil entrent en vigueur le 1er janvier 2030."); got != "Les dispositions du I, en tant qu'elles concernent les articles L. 1 et L. 2 du code civil, entrent en vigueur le 1er janvier 2030." {
		t.Errorf("rewrite: %s", got)
	}
}

// TestEntry18SpecificFirst: an entry naming a part and another naming
// its whole article at another day: the part named takes its day, the
// rest the article's, whatever their order; in one alinéa, refused.
func TestEntry18SpecificFirst(t *testing.T) {
	const part, whole = "Le I de l'article 1er entre en vigueur le 1er janvier 2030.", "L'article 1er entre en vigueur le 1er juillet 2030."
	const want = "1er:1:deferred@2030-01-01 1er:2:deferred@2030-07-01 1er:4:deferred@2030-07-01 1er:6:deferred@2030-07-01 1er:7:deferred@2030-07-01 1er:8:deferred@2030-07-01 2:1:applied"
	for _, order := range [][2]string{{part, whole}, {whole, part}} {
		arts := entry17Law(order[0])
		arts[2].Alineas = append(arts[2].Alineas, "II. – "+order[1])
		got := entry14Status(arts)
		if k := strings.Index(got, " 3:"); k >= 0 {
			got = got[:k]
		}
		if got != want {
			t.Errorf("%s | %s:\n got %s\nwant %s", order[0], order[1], got, want)
		}
	}
	entry16Check(t, entry17Law(part+" "+whole), entry17Want("NNNNNNA"))
	for _, order := range [][2]string{{"Le I entre en vigueur le 1er janvier 2030.", "Le présent article entre en vigueur le 1er juillet 2030."}, {"Le présent article entre en vigueur le 1er juillet 2030.", "Le I entre en vigueur le 1er janvier 2030."}} {
		arts := entry17Law("")[:1]
		arts[0].Alineas = append(append([]string{}, arts[0].Alineas...), "VII. – "+order[0], "VIII. – "+order[1])
		got := entry14Status(arts)
		if k := strings.Index(got, " 1er:9:"); k >= 0 {
			got = got[:k]
		}
		if w := want[:strings.Index(want, " 2:1:")]; got != w {
			t.Errorf("%s | %s:\n got %s\nwant %s", order[0], order[1], got, w)
		}
	}
}
