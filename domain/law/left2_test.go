package law

import "testing"

// TestLeft2ArticleNotAnAlinea: "Compléter cet article par un article
// ainsi rédigé : « Art. 3. – … »" (and "Cet article est complété par un
// article …", "par deux articles …") announces an article, which is not
// an alinéa of this one: where it goes — after this article, or in the
// code text the article proposes — is not said. Refused (it was appended
// as the article's last alinéa). "par un alinéa", "par un paragraphe"
// stay read.
func TestLeft2ArticleNotAnAlinea(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat.", "Le préfet date le contrat.", "II. – Le contrat est conservé."}
	runAmendments(t, []amCase{
		{"par un article: refused", A, "Compléter cet article par un article ainsi rédigé :\n« Art. 3. – Le greffier note. »", nil},
		{"par deux articles: refused", A, "Compléter cet article par deux articles ainsi rédigés :\n« Art. 3. – Le greffier note.\n« Art. 4. – Le juge lit. »", nil},
		{"indicative: refused", A, "Cet article est complété par un article ainsi rédigé :\n« Art. 3. – Le greffier note. »", nil},
		{"Sénat, unquoted: refused", A, "Compléter cet article par un article ainsi rédigé :\nArt. 3. – Le greffier note.", nil},
		{"par un alinéa: read", A, "Compléter cet article par un alinéa ainsi rédigé :\n« Le greffier note. »", append(append([]string(nil), A...), "Le greffier note.")},
		{"par un paragraphe: read", A, "Compléter cet article par un paragraphe ainsi rédigé :\n« III. – Le greffier note. »", append(append([]string(nil), A...), "III. – Le greffier note.")},
	})
}

// TestLeft2SubAmendmentThroughItsAmendment: a sub-amendment changes the
// article only through its amendment. One that leaves its amendment
// refused — "Amendement n° 10, alinéa 2" / "Supprimer cet alinéa." on
// "Alinéa 2" / "Rédiger ainsi cet alinéa :" / "« … »", the instruction
// line gone — is not applied either, in either order (it counted as
// applied while its amendment was refused); one whose amendment then
// applies stays applied.
func TestLeft2SubAmendmentThroughItsAmendment(t *testing.T) {
	a := Article{Number: "1", Alineas: []string{"A est écrit.", "B est daté."}}
	parent := Dispositif{Number: "10", Text: "Alinéa 2\nRédiger ainsi cet alinéa :\n« B est signé. »"}
	cut := Dispositif{Number: "12", Text: "Amendement n° 10, alinéa 2\nSupprimer cet alinéa."}
	for _, order := range [][]Dispositif{{parent, cut}, {cut, parent}} {
		got, rs := ComposeNumbered(a, order)
		for i, r := range rs {
			if r.Applied {
				t.Errorf("%s applied, want refused (its amendment refused): %+v", order[i].Number, r)
			}
		}
		if len(got.Alineas) != 2 || got.Alineas[1] != "B est daté." {
			t.Errorf("article edited: %q", got.Alineas)
		}
	}
	wantSubAmendment(t, a, parent, Dispositif{Number: "12", Text: "Amendement n° 10, alinéa 3\nRemplacer le mot :\nsigné\npar le mot :\nlu"}, []string{"A est écrit.", "B est lu."})
}
