package law

import "testing"

// TestRefuse82ArticleCompletedByParagraph: "L'article L. 1 est complété
// par un paragraphe ainsi rédigé : « II. – … »" (and "il est inséré un
// paragraphe", "deux paragraphes") adds a part of the article, as "par un
// II" (it was read as a division of the code and refused: no "Art. …");
// new text not numbered in roman, or with more or fewer parts than
// announced, is refused.
func TestRefuse82ArticleCompletedByParagraph(t *testing.T) {
	One := []string{"I. – Le juge signe.", "Il tranche."}
	Two := []string{"I. – Le juge signe.", "II. – Le juge tranche."}
	runGrammar(t, []grammarCase{
		{name: "completed by a paragraph", before: One, text: []string{"L'article L. 1 du code civil est complété par un paragraphe ainsi rédigé : « II. – Le maire note. »"}, want: []string{"I. – Le juge signe.", "Il tranche.", "II. – Le maire note."}},
		{name: "a paragraph of two alinéas", before: One, text: []string{"L'article L. 1 du code civil est complété par un paragraphe ainsi rédigé :", "« II. – Le maire note.", "« Il range. »"}, want: []string{"I. – Le juge signe.", "Il tranche.", "II. – Le maire note.", "Il range."}},
		{name: "two paragraphs", before: One, text: []string{"L'article L. 1 du code civil est complété par deux paragraphes ainsi rédigés :", "« II. – Le maire note.", "« III. – Il range. »"}, want: []string{"I. – Le juge signe.", "Il tranche.", "II. – Le maire note.", "III. – Il range."}},
		{name: "inserted after a part", before: Two, text: []string{"Après le I de l'article L. 1 du code civil, il est inséré un paragraphe ainsi rédigé : « I bis. – Le maire note. »"}, want: []string{"I. – Le juge signe.", "I bis. – Le maire note.", "II. – Le juge tranche."}},
		{name: "added under a context", before: Two, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Il est ajouté un paragraphe ainsi rédigé : « III. – Le maire note. »"}, want: []string{"I. – Le juge signe.", "II. – Le juge tranche.", "III. – Le maire note."}},
		{name: "one announced, two given: refused", before: One, text: []string{"L'article L. 1 du code civil est complété par un paragraphe ainsi rédigé :", "« II. – Le maire note.", "« III. – Il range. »"}},
		{name: "no roman number: refused", before: One, text: []string{"L'article L. 1 du code civil est complété par un paragraphe ainsi rédigé : « Le maire note. »"}},
		{name: "a section's paragraph: refused", before: One, text: []string{"Le code civil est ainsi modifié :", "1° La section 2 est complétée par un paragraphe ainsi rédigé : « II. – Le maire note. »"}},
	})
}
