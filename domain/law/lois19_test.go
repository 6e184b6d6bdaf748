package law

import "testing"

// TestLois19TitleParticiples: a title after a text's number and date
// begins with a participle too ("pris pour l'application de", "pris en
// application de", "autorisant la ratification de", "complétant",
// "abrogeant"): a law or an ordonnance named in it is one "la même loi"
// ("la même ordonnance", "ladite loi") may name, or the one named
// before: refused (it took the one named before); an article named in
// it is the title's, not a second place (it was refused).
func TestLois19TitleParticiples(t *testing.T) {
	l1 := "I. – L'article 3 de la loi n° 2000-1 du 1er janvier 2000 est abrogé."
	o1 := "I. – L'article 3 de l'ordonnance n° 2000-1 du 1er janvier 2000 est abrogé."
	runRefs7(t, []refs7Case{
		{"la même loi after a décret pris pour l'application", []string{l1, "II. – L'article 4 du décret n° 2001-2 du 2 janvier 2001 pris pour l'application de la loi n° 2002-9 du 1er janvier 2002 est abrogé.", "III. – L'article 5 de la même loi est abrogé."}, "delete 3/loi 2000 1 | delete 4/decret 2001 2 | refused"},
		{"ladite loi after a décret pris en application", []string{l1, "II. – L'article 4 du décret n° 2001-2 du 2 janvier 2001 pris en application de la loi n° 2002-9 du 1er janvier 2002 est abrogé.", "III. – L'article 5 de ladite loi est abrogé."}, "delete 3/loi 2000 1 | delete 4/decret 2001 2 | refused"},
		{"la même ordonnance after a law autorisant la ratification", []string{o1, "II. – L'article 4 de la loi n° 2001-2 du 2 janvier 2001 autorisant la ratification de l'ordonnance n° 2002-9 du 1er janvier 2002 est abrogé.", "III. – L'article 5 de la même ordonnance est abrogé."}, "delete 3/ordonnance 2000 1 | delete 4/loi 2001 2 | refused"},
		{"la même ordonnance after a law complétant", []string{o1, "II. – L'article 4 de la loi n° 2001-2 du 2 janvier 2001 complétant l'ordonnance n° 2002-9 du 1er janvier 2002 est abrogé.", "III. – L'article 5 de la même ordonnance est abrogé."}, "delete 3/ordonnance 2000 1 | delete 4/loi 2001 2 | refused"},
		{"an article in a décret's title", []string{"L'article 4 du décret n° 2001-2 du 2 janvier 2001 pris pour l'application de l'article 7 de la loi n° 2002-9 du 1er janvier 2002 est abrogé."}, "delete 4/decret 2001 2"},
		{"a second place after a comma stays refused", []string{"L'article 4 du décret n° 2001-2 du 2 janvier 2001, l'article 7 de la loi n° 2002-9 du 1er janvier 2002 est abrogé."}, "refused"},
		{"the law itself named again", []string{l1, "II. – L'article 4 de la loi n° 2001-2 du 2 janvier 2001 abrogeant l'ordonnance n° 2002-9 du 1er janvier 2002 est abrogé.", "III. – L'article 5 de la même loi est abrogé."}, "delete 3/loi 2000 1 | delete 4/loi 2001 2 | delete 5/loi 2001 2"},
	})
}

// TestLois19UnkeyedLaw: a law named by its name with no number ("la loi
// de finances pour 2001", "… rectificative pour 2001"), by its year ("la
// loi de 1901"), by its title alone ("la loi organique relative aux lois
// de finances") is refused, and is the law "la même loi" names next:
// refused (it took the law named before). A finance law with its
// number, "(n° …)", stays keyed.
func TestLois19UnkeyedLaw(t *testing.T) {
	l1 := "I. – L'article 3 de la loi n° 2000-1 du 1er janvier 2000 est abrogé."
	same := "III. – L'article 5 de la même loi est abrogé."
	runRefs7(t, []refs7Case{
		{"after a finance law by its name", []string{l1, "II. – L'article 4 de la loi de finances pour 2001 est abrogé.", same}, "delete 3/loi 2000 1 | refused | refused"},
		{"after a rectifying finance law by its name", []string{l1, "II. – L'article 4 de la loi de finances rectificative pour 2001 est abrogé.", same}, "delete 3/loi 2000 1 | refused | refused"},
		{"after a law by its year", []string{l1, "II. – L'article 4 de la loi de 1901 est abrogé.", same}, "delete 3/loi 2000 1 | refused | refused"},
		{"after an organic law by its title", []string{l1, "II. – L'article 4 de la loi organique relative aux lois de finances est abrogé.", same}, "delete 3/loi 2000 1 | refused | refused"},
		{"ladite loi after a finance law by its name", []string{l1, "II. – L'article 4 de la loi de finances pour 2001 est abrogé.", "III. – L'article 5 de ladite loi est abrogé."}, "delete 3/loi 2000 1 | refused | refused"},
		{"a finance law with its number", []string{l1, "II. – L'article 4 de la loi de finances pour 2001 (n° 2000-9 du 30 décembre 2000) est abrogé.", same}, "delete 3/loi 2000 1 | delete 4/loi 2000 9 | delete 5/loi 2000 9"},
		{"a code after a finance law: du même code", []string{"I. – L'article L. 1 du code civil est abrogé.", "II. – L'article 4 de la loi de finances pour 2001 est abrogé.", "III. – L'article L. 5 du même code est abrogé."}, "delete l1/code civil | refused | delete l5/code civil"},
	})
}

// TestLois19SameDate: "la loi du 1er janvier 2000 précitée" after two
// laws of that date named by their numbers names one of two: refused
// (it took the last); after one, it is that one. "la loi précitée du 29
// juillet 1881", the qualifier before the date, is the law of that date
// (none named: refused, and "la même loi" after it too — it took the
// law named before, whatever its date).
func TestLois19SameDate(t *testing.T) {
	l1 := "I. – L'article 3 de la loi n° 2000-1 du 1er janvier 2000 est abrogé."
	runRefs7(t, []refs7Case{
		{"two laws of one date", []string{l1, "II. – L'article 4 de la loi n° 2000-2 du 1er janvier 2000 est abrogé.", "III. – L'article 5 de la loi du 1er janvier 2000 précitée est abrogé."}, "delete 3/loi 2000 1 | delete 4/loi 2000 2 | refused"},
		{"a law and an ordonnance of one date", []string{l1, "II. – L'article 4 de l'ordonnance n° 2000-1 du 1er janvier 2000 est abrogé.", "III. – L'article 5 de la loi du 1er janvier 2000 précitée est abrogé."}, "delete 3/loi 2000 1 | delete 4/ordonnance 2000 1 | delete 5/loi 2000 1"},
		{"one law of that date", []string{l1, "II. – L'article 5 de la loi du 1er janvier 2000 précitée est abrogé."}, "delete 3/loi 2000 1 | delete 5/loi 2000 1"},
		{"précitée before an unknown date", []string{l1, "II. – L'article 4 de la loi précitée du 29 juillet 1881 est abrogé.", "III. – L'article 5 de la même loi est abrogé."}, "delete 3/loi 2000 1 | refused | refused"},
		{"précitée before a known date", []string{l1, "II. – L'article 4 de la loi précitée du 1er janvier 2000 est abrogé.", "III. – L'article 5 de la même loi est abrogé."}, "delete 3/loi 2000 1 | delete 4/loi 2000 1 | delete 5/loi 2000 1"},
		{"précitée before a date of two laws", []string{l1, "II. – L'article 4 de la loi n° 2000-2 du 1er janvier 2000 est abrogé.", "III. – L'article 5 de la loi précitée du 1er janvier 2000 est abrogé."}, "delete 3/loi 2000 1 | delete 4/loi 2000 2 | refused"},
	})
}

// TestLois19SameOrganicLaw: "la même loi organique" ("ladite loi
// organique") when the law named last is not organic is refused (it
// took that ordinary law); after an organic law named last it is read.
func TestLois19SameOrganicLaw(t *testing.T) {
	lo := "I. – L'article 3 de la loi organique n° 2001-2 du 2 janvier 2001 est abrogé."
	l1 := "II. – L'article 4 de la loi n° 2000-1 du 1er janvier 2000 est abrogé."
	runRefs7(t, []refs7Case{
		{"la même loi organique after an ordinary law", []string{lo, l1, "III. – L'article 5 de la même loi organique est abrogé."}, "delete 3/loi 2001 2 | delete 4/loi 2000 1 | refused"},
		{"ladite loi organique after an ordinary law", []string{lo, l1, "III. – L'article 5 de ladite loi organique est abrogé."}, "delete 3/loi 2001 2 | delete 4/loi 2000 1 | refused"},
		{"la même loi organique after an organic law", []string{lo, "II. – L'article 5 de la même loi organique est abrogé."}, "delete 3/loi 2001 2 | delete 5/loi 2001 2"},
		{"an ordinary law then the organic law in the locator", []string{l1, "III. – À l'article 3 de la loi organique n° 2001-2 du 2 janvier 2001 et à l'article 5 de la même loi organique, le mot : « seul » est supprimé."}, "delete 4/loi 2000 1 | delete-words 3/loi 2001 2; delete-words 5/loi 2001 2"},
		{"la même loi after an organic law", []string{lo, "II. – L'article 5 de la même loi est abrogé."}, "delete 3/loi 2001 2 | delete 5/loi 2001 2"},
	})
}

// TestLois19PresentLawRelative: "la présente loi relative à …" in an
// alinéa not read is the bill itself: "la même loi" after it is still
// the law named before.
func TestLois19PresentLawRelative(t *testing.T) {
	runRefs7(t, []refs7Case{
		{"la présente loi relative", []string{"I. – L'article 3 de la loi n° 2000-1 du 1er janvier 2000 est abrogé.", "II. – Les dispositions de la présente loi relatives aux juges sont applicables en Polynésie française.", "III. – L'article 5 de la même loi est abrogé."}, "delete 3/loi 2000 1 | delete 5/loi 2000 1"},
	})
}
