package law

import "testing"

// TestAmendmentElsewhere: an instruction that edits another article of
// the bill after the amendment's first ("II. – En conséquence, à l'alinéa
// 3 de l'article 5, …", the Sénat's "II. – Article 5, alinéa 3"), a
// heading ("dans l'intitulé du chapitre II", "Intitulé du chapitre") or
// the bill's title is no edit of this article: refused — it was applied to
// this article's alinéa 3, or to every occurrence of the words in it. The
// first instruction's article is the one the amendment is on whatever its
// number (the text it was tabled on may number it otherwise); an article
// of a code or a law ("de l'article 5 de la loi …") is the text the bill
// quotes, and a heading an alinéa holds ("Alinéa 3 / … l'intitulé du
// chapitre II") is this article's.
func TestAmendmentElsewhere(t *testing.T) {
	al := []string{"Le maire agit.", "Il vote le budget.", "Le préfet contrôle le budget."}
	first := "I. – À l'alinéa 2, remplacer le mot : « budget » par le mot : « plan ».\n"
	runAmendments(t, []amCase{
		{"en conséquence, another article: refused", al, first + "II. – En conséquence, à l'alinéa 3 de l'article 5, supprimer le mot : « budget ».", nil},
		{"Sénat: another article's locator line: refused", al, "I. – Alinéa 2\n\nRemplacer le mot :\n\nbudget\n\npar le mot :\n\nplan\n\nII. – Article 5, alinéa 3\n\nSupprimer cet alinéa.", nil},
		{"a chapter's heading: refused", al, first + "II. – En conséquence, dans l'intitulé du chapitre II, remplacer le mot : « budget » par le mot : « plan ».", nil},
		{"Sénat: Intitulé du chapitre: refused", al, "Intitulé du chapitre\n\nRemplacer le mot :\n\nbudget\n\npar le mot :\n\nplan", nil},
		{"the bill's title: refused", al, first + "II. – En conséquence, dans le titre du projet de loi, remplacer le mot : « budget » par le mot : « plan ».", nil},
		{"this article named: read", al, first + "II. – En conséquence, à l'alinéa 3 de l'article 1er, supprimer le mot : « budget ».", []string{al[0], "Il vote le plan.", "Le préfet contrôle le."}},
		{"an article of another law: read", []string{"Selon l'article 5 de la loi n° 2000-1, le maire agit.", "Il vote le budget."}, first + "II. – À l'alinéa 1, après les mots : « l'article 5 de la loi n° 2000-1 », insérer les mots : « modifiée ».", []string{"Selon l'article 5 de la loi n° 2000-1 modifiée, le maire agit.", "Il vote le plan."}},
		{"the first instruction's article is this one", al, "À l'article 10, substituer au mot : « budget » le mot : « plan ».", []string{al[0], "Il vote le plan.", "Le préfet contrôle le plan."}},
		{"a heading an alinéa holds: read", []string{"Le code est ainsi modifié :", "« Chapitre II : Du budget »"}, "À l'alinéa 2, dans l'intitulé du chapitre II, remplacer le mot : « budget » par le mot : « plan ».", []string{"Le code est ainsi modifié :", "« Chapitre II : Du plan »"}},
	})
}

// TestAmendmentElsewhereArticleNumber: the bill's article an instruction
// names is read as any article number is (articleNumber): on article "5 A
// bis", "à l'alinéa 2 de l'article 5 A bis" is this article (it was read
// "5 A", another, and refused), "de l'article 5 A" another; a lower-case
// word after the number ("l'article 1er a été …") is no letter of it.
func TestAmendmentElsewhereArticleNumber(t *testing.T) {
	al := []string{"Le maire agit.", "Il vote le budget."}
	first := "I. – À l'alinéa 1, remplacer le mot : « maire » par le mot : « préfet ».\n"
	for _, tc := range []struct {
		number, dispositif string
		applied            bool
	}{
		{"5 A bis", first + "II. – En conséquence, à l'alinéa 2 de l'article 5 A bis, remplacer le mot : « budget » par le mot : « plan ».", true},
		{"5 A bis", first + "II. – En conséquence, à l'alinéa 2 de l'article 5 A, remplacer le mot : « budget » par le mot : « plan ».", false},
		{"1", first + "II. – En conséquence, à l'alinéa 2, après les mots : « Il vote », insérer les mots : « comme l'article 1er a été adopté, ».", true},
	} {
		r := ApplyAmendment(Article{Number: ArticleNumber(tc.number), Alineas: al}, tc.dispositif)
		if r.Applied != tc.applied {
			t.Errorf("article %s: %q: applied %v, want %v (%q)", tc.number, tc.dispositif, r.Applied, tc.applied, r.Unparsed)
		}
	}
}
