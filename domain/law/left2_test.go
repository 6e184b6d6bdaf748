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
