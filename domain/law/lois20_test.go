package law

import "testing"

// TestLois20NamedLaw: a law or an ordonnance named by a name of its own
// ("la loi Informatique et libertés", "la loi Macron", "la loi SRU", "la
// loi « Littoral »", "la loi dite « Macron »", "l'ordonnance Fillon") is
// refused, and is the text "la même loi" ("ladite loi", "cette loi", "la
// loi précitée") names next: refused (it took the law named before). A
// name given to a law named by its number ("…, dite loi Macron,") is that
// law: read.
func TestLois20NamedLaw(t *testing.T) {
	l1 := "I. – L'article 3 de la loi n° 2000-1 du 1er janvier 2000 est abrogé."
	same := "III. – L'article 5 de la même loi est abrogé."
	runRefs7(t, []refs7Case{
		{"la même loi after a capitalised name", []string{l1, "II. – L'article 4 de la loi Informatique et libertés est abrogé.", same}, "delete 3/loi 2000 1 | refused | refused"},
		{"ladite loi after loi dite « … »", []string{l1, "II. – L'article 4 de la loi dite « Macron » est abrogé.", "III. – L'article 5 de ladite loi est abrogé."}, "delete 3/loi 2000 1 | refused | refused"},
		{"la loi précitée after a name", []string{l1, "II. – L'article 4 de la loi Macron est abrogé.", "III. – L'article 5 de la loi précitée est abrogé."}, "delete 3/loi 2000 1 | refused | refused"},
		{"cette loi after an acronym", []string{l1, "II. – L'article 4 de la loi SRU est abrogé.", "III. – L'article 5 de cette loi est abrogé."}, "delete 3/loi 2000 1 | refused | refused"},
		{"a quoted name", []string{l1, "II. – L'article 4 de la loi « Littoral » est abrogé.", same}, "delete 3/loi 2000 1 | refused | refused"},
		{"a name before the number", []string{l1, "II. – L'article 4 de la loi Informatique et Libertés n° 78-17 du 6 janvier 1978 est abrogé.", same}, "delete 3/loi 2000 1 | refused | refused"},
		{"an ordonnance by its name", []string{"I. – L'article 3 de l'ordonnance n° 2000-1 du 1er janvier 2000 est abrogé.", "II. – L'article 4 de l'ordonnance Fillon est abrogé.", "III. – L'article 5 de la même ordonnance est abrogé."}, "delete 3/ordonnance 2000 1 | refused | refused"},
		{"a named law in a provision", []string{l1, "II. – Les dispositions de la loi Macron sont applicables à Mayotte.", same}, "delete 3/loi 2000 1 | refused"},
		{"a name given to a law by its number", []string{l1, "II. – L'article 4 de la loi n° 2001-2 du 2 janvier 2001, dite loi Macron, est abrogé.", same}, "delete 3/loi 2000 1 | delete 4/loi 2001 2 | delete 5/loi 2001 2"},
		{"a code after a named law", []string{"I. – L'article L. 1 du code civil est abrogé.", "II. – L'article 4 de la loi Macron est abrogé.", "III. – L'article L. 5 du même code est abrogé."}, "delete l1/code civil | refused | delete l5/code civil"},
		{"the law named again by its number", []string{l1, "II. – L'article 4 de la loi Macron est abrogé.", "III. – L'article 5 de la loi n° 2000-1 du 1er janvier 2000 est abrogé.", "IV. – L'article 6 de la même loi est abrogé."}, "delete 3/loi 2000 1 | refused | delete 5/loi 2000 1 | delete 6/loi 2000 1"},
	})
}

// TestLois20CodeInForce: "du code civil en vigueur" ("actuellement en
// vigueur", "tel qu'en vigueur") is the code civil as it stands (it was a
// code "code civil en vigueur": nothing applied); "en vigueur à Mayotte",
// "en Nouvelle-Calédonie", "au 1er janvier 2020", "avant la loi n° …" is
// a text we may not have: refused, a head so named refusing its items;
// on the date of the present law, read. "Entre en vigueur" is a verb.
func TestLois20CodeInForce(t *testing.T) {
	runRefs7(t, []refs7Case{
		{"en vigueur", []string{"L'article L. 1 du code civil en vigueur est abrogé."}, "delete l1/code civil"},
		{"en vigueur before a comma", []string{"À l'article L. 1 du code civil en vigueur, le mot : « seul » est supprimé."}, "delete-words l1/code civil"},
		{"actuellement en vigueur", []string{"L'article L. 1 du code civil actuellement en vigueur est abrogé."}, "delete l1/code civil"},
		{"tel qu'en vigueur", []string{"À l'article L. 1 du code civil, tel qu'en vigueur, le mot : « seul » est supprimé."}, "delete-words l1/code civil"},
		{"a code en vigueur as subject", []string{"Le code civil en vigueur est ainsi modifié :", "1° L'article L. 1 est abrogé ;"}, "ctx | delete l1/code civil"},
		{"dans sa rédaction en vigueur, as before", []string{"L'article L. 1 du code civil dans sa rédaction en vigueur est abrogé."}, "delete l1/code civil"},
		{"in force in a territory", []string{"L'article L. 1 du code civil en vigueur à Mayotte est abrogé."}, "refused"},
		{"in force in a territory, en", []string{"L'article L. 1 du code civil en vigueur en Nouvelle-Calédonie est abrogé."}, "refused"},
		{"in force on a date", []string{"À l'article L. 1 du code civil en vigueur au 1er janvier 2020, le mot : « seul » est supprimé."}, "refused"},
		{"in force before a law", []string{"À l'article L. 1 du code civil en vigueur avant la loi n° 2010-5 du 5 janvier 2010, le mot : « seul » est supprimé."}, "refused"},
		{"a head in force in a territory", []string{"Le code civil en vigueur à Mayotte est ainsi modifié :", "1° L'article L. 1 est abrogé ;"}, "refused | refused"},
		{"on the present law's date", []string{"L'article L. 1 du code civil en vigueur à la date de publication de la présente loi est abrogé."}, "delete l1/code civil"},
		{"entre en vigueur is a verb", []string{"L'article L. 1 du code civil est abrogé.", "L'article L. 2 du code civil entre en vigueur le 1er janvier 2030."}, "delete l1/code civil"},
	})
}
