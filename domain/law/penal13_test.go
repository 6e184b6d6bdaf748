package law

import "testing"

// TestPenal13PlaceOfTwoTexts: a place named as of two texts — "À
// l'article 28 de la loi n° … et de l'ordonnance n° …", "de l'article 28
// du code civil et de la loi n° …", "de la loi n° … et du décret n° …",
// also as the place of new articles and as a context — is refused: the
// first text's article alone was edited (after a code, the law's), the
// second dropped. A second text in the title of the first after another
// text the title names ("portant ratification de l'ordonnance n° 1 et de
// l'ordonnance n° 2") is the title's; words of a title that are no text
// ("relative à la liberté de communication et de la presse") are read.
func TestPenal13PlaceOfTwoTexts(t *testing.T) {
	op := ", le mot : « juge » est remplacé par le mot : « maire »."
	law := "la loi n° 2000-1 du 3 janvier 2000"
	for _, tc := range []struct {
		name string
		text []string
		want []CodeRef
	}{
		{"a law and an ordonnance", []string{"À l'article 28 de " + law + " et de l'ordonnance n° 58-1 du 7 novembre 1958" + op}, nil},
		{"two laws", []string{"À l'article 28 de " + law + " et de la loi n° 2010-1 du 4 janvier 2010" + op}, nil},
		{"a code and a law", []string{"À l'article 28 du code civil et de " + law + op}, nil},
		{"a law and a code", []string{"À l'article 28 de " + law + " et du code civil" + op}, nil},
		{"a law and a décret", []string{"À l'article 28 de " + law + " et du décret n° 2005-1 du 3 janvier 2005" + op}, nil},
		{"no dates", []string{"À l'article 28 de la loi n° 2000-1 et de l'ordonnance n° 58-1" + op}, nil},
		{"an alinéa", []string{"Au premier alinéa de l'article 28 du code civil et de " + law + op}, nil},
		{"a subject", []string{"L'article 28 de " + law + " et de l'ordonnance n° 58-1 du 7 novembre 1958 est abrogé."}, nil},
		{"a division", []string{"Le titre II de " + law + " et de l'ordonnance n° 58-1 du 7 novembre 1958 est abrogé."}, nil},
		{"after a title naming no text", []string{"À l'article 28 de " + law + " relative à la communication et de l'ordonnance n° 58-1 du 7 novembre 1958" + op}, nil},
		{"new articles", []string{"Après l'article 28 de " + law + " et de l'ordonnance n° 58-1 du 7 novembre 1958, il est inséré un article 28-1 ainsi rédigé :", "« Art. 28-1. – Le maire agit. »"}, nil},
		{"new articles, two codes", []string{"Après l'article 28 du code pénal et du code de procédure pénale, il est inséré un article 28-1 ainsi rédigé :", "« Art. 28-1. – Le maire agit. »"}, nil},
		{"a title naming two texts", []string{"À l'article 28 de " + law + " portant ratification de l'ordonnance n° 58-1 et de l'ordonnance n° 58-2" + op}, []CodeRef{{Code: "loi 2000 1", Article: "28"}}},
		{"a title's words", []string{"À l'article 28 de " + law + " relative à la liberté de communication et de la presse" + op}, []CodeRef{{Code: "loi 2000 1", Article: "28"}}},
		{"an article of each", []string{"À l'article 28 de " + law + " et à l'article 3 du code civil" + op}, []CodeRef{{Code: "loi 2000 1", Article: "28"}, {Code: "code civil", Article: "3"}}},
	} {
		lastRefs(t, tc.name, holdRefs(t, tc.text...), tc.want)
	}
}

// TestPenal13TwoTextsContext: a context whose subject is two texts, "La
// loi n° … et l'ordonnance n° … sont ainsi modifiées :", "Le code civil
// et la loi n° … sont ainsi modifiés :", does not say which one each
// item edits: refused with its items (they were the first text's, the
// second dropped). One text whose title names two is read.
func TestPenal13TwoTextsContext(t *testing.T) {
	item := "1° L'article 28 est abrogé."
	for _, tc := range []struct {
		name string
		head string
		want []CodeRef
	}{
		{"a law and an ordonnance", "La loi n° 2000-1 du 3 janvier 2000 et l'ordonnance n° 58-1 du 7 novembre 1958 sont ainsi modifiées :", nil},
		{"a code and a law", "Le code civil et la loi n° 2000-1 du 3 janvier 2000 sont ainsi modifiés :", nil},
		{"a title naming two texts", "La loi n° 2000-1 du 3 janvier 2000 portant ratification de l'ordonnance n° 58-1 et l'ordonnance n° 58-2 est ainsi modifiée :", []CodeRef{{Code: "loi 2000 1", Article: "28"}}},
		{"one law", "La loi n° 2000-1 du 3 janvier 2000 est ainsi modifiée :", []CodeRef{{Code: "loi 2000 1", Article: "28"}}},
	} {
		lastRefs(t, tc.name, holdRefs(t, tc.head, item), tc.want)
	}
}

// TestPenal13ArticleOfOtherTexts: an article of a text no corpus holds
// by that name — "de l'arrêté du …", "de la délibération du …", "du
// statut général des fonctionnaires", "de la circulaire", "de
// l'avenant", "du pacte", "de la déclaration", "de la résolution", "de
// l'acte" — is never the context's code's article of that number (the
// code civil's article 28 was edited under "Le code civil est ainsi
// modifié :"); nor, with no context, the article of the code named
// before in the bill article: refused, as "de la convention" was.
func TestPenal13ArticleOfOtherTexts(t *testing.T) {
	op := ", le mot : « juge » est remplacé par le mot : « maire »."
	head := "Le code civil est ainsi modifié :"
	for _, text := range []string{
		"de l'arrêté du 3 janvier 2005",
		"de la délibération du 3 janvier 2005",
		"du statut général des fonctionnaires",
		"de la circulaire du 3 janvier 2005",
		"de l'avenant du 3 janvier 2005",
		"du pacte civil",
		"de la déclaration des droits de l'homme et du citoyen",
		"de la résolution du 3 janvier 2005",
		"de l'acte additionnel",
	} {
		lastRefs(t, "under a context: "+text, holdRefs(t, head, "1° À l'article 28 "+text+op), nil)
		lastRefs(t, "after a code: "+text, holdRefs(t, "I. – L'article 3 du code civil est abrogé.", "II. – L'article 28 "+text+" est abrogé."), nil)
	}
	// The context's own articles stay read.
	lastRefs(t, "the context's article", holdRefs(t, head, "1° À l'article 28"+op), []CodeRef{{Code: "code civil", Article: "28"}})
	lastRefs(t, "du présent code", holdRefs(t, head, "1° À l'article 28 du présent code"+op), []CodeRef{{Code: "code civil", Article: "28"}})
}
