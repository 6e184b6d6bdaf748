package law

import (
	"slices"
	"strings"
	"testing"
)

// laws30Case is a laws28Case whose arts name their text as a corpus
// names it, "name|heading: al|al" (keyed by codeOf); want as laws28's,
// "key#article: al|al".
type laws30Case = laws28Case

// runLaws30 keys each case's texts by codeOf and runs it as laws28's.
func runLaws30(t *testing.T, cases []laws30Case) {
	t.Helper()
	keyed := make([]laws28Case, len(cases))
	for i, c := range cases {
		c.arts = slices.Clone(c.arts)
		for j, a := range c.arts {
			name, rest, _ := strings.Cut(a, "|")
			c.arts[j] = codeOf(name) + "#" + rest
		}
		keyed[i] = c
	}
	runLaws28(t, keyed)
}

// TestLaws30NumberLeadingZeros: a law's (an ordonnance's, a décret's)
// number is one key whatever its leading zeros and however "n°" is
// written — "la loi n° 2000-01" is the loi n° 2000-1 (the article was not
// found: the keys were "loi 2000 01" and "loi 2000 1"); an ordonnance, a
// décret the corpus names in full ("ordonnance n° 2000-1 du 1er janvier
// 2000 relative au juge") is keyed as the parser keys it, "ordonnance
// 2000 1" (it kept its words, no instruction found it).
func TestLaws30NumberLeadingZeros(t *testing.T) {
	law := "loi n° 2000-1 du 1er janvier 2000|5: Le juge statue.|Le maire décide."
	runLaws30(t, []laws30Case{
		{"leading zero in the instruction", []string{law}, []string{"L'article 5 de la loi n° 2000-01 du 1er janvier 2000 est abrogé."}, "", nil},
		{"leading zero in the corpus, no", []string{"loi nº 2000-01 du 1er janvier 2000|5: Le juge statue."}, []string{"L'article 5 de la loi no 2000-1 du 1er janvier 2000 est abrogé."}, "", nil},
		{"no-break space after n°", []string{law}, []string{"Au second alinéa de l'article 5 de la loi n°\u00a02000-001 du 1er janvier 2000, le mot : « maire » est remplacé par le mot : « préfet »."}, "loi 2000 1#5: Le juge statue.|Le préfet décide.", nil},
		{"loi organique", []string{law}, []string{"L'article 5 de la loi organique n° 2000-01 du 1er janvier 2000 est abrogé."}, "", nil},
		{"ordonnance", []string{"ordonnance n° 2000-1 du 1er janvier 2000 relative au juge|5: Le juge statue."}, []string{"L'article 5 de l'ordonnance n° 2000-01 du 1er janvier 2000 est abrogé."}, "", nil},
		{"décret", []string{"Décret n° 2000-001 du 1er janvier 2000|5: Le juge statue."}, []string{"L'article 5 du décret n° 2000-1 du 1er janvier 2000 est ainsi rédigé : « Le préfet arrête. »"}, "decret 2000 1#5: Le préfet arrête.", nil},
		{"two spellings, then la même loi", []string{law, "loi n° 2000-1 du 1er janvier 2000|6: Le maire décide.|Le juge statue."}, []string{
			"I. – L'article 5 de la loi n° 2000-01 du 1er janvier 2000 est abrogé.",
			"II. – Au premier alinéa de l'article 6 de la loi n° 2000-1 du 1er janvier 2000, le mot : « maire » est remplacé par le mot : « préfet ».",
			"III. – Le dernier alinéa de l'article 6 de la même loi est supprimé.",
		}, "loi 2000 1#6: Le préfet décide.", nil},
	})
	for in, want := range map[string]string{
		"loi n° 2000-01 du 1er janvier 2000":         "loi 2000 1",
		"Loi nº 2000-1":                              "loi 2000 1",
		"ordonnance n° 2000-010 du 1er janvier 2000": "ordonnance 2000 10",
		"Décret n°\u00a02000-1":                      "decret 2000 1",
		"décret relatif au juge":                     "decret relatif au juge",
		"code civil":                                 "code civil",
	} {
		if got := CodeKey(in); got != want {
			t.Errorf("CodeKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLaws30TextsNamed pins which text an instruction names where a
// probe found it read right: a code's name with ’ or capitals is that
// code; a longer name ("code du travail applicable à Mayotte", "code
// civil local") is its own key, never the shorter code's; "du même
// code" after an unknown code is that code (not found, refused at
// apply); a law whose title names a code is the law; abbreviations and
// a law named by its date only are refused; "LO 1" and "L.O. 1", "R.* 1"
// and "R. 1" are one article each.
func TestLaws30TextsNamed(t *testing.T) {
	env := "code de l'environnement|L1: Le juge statue.|Le maire décide."
	civ := "code civil|L1: Le juge statue.|Le maire décide."
	repl := ", le mot : « maire » est remplacé par le mot : « préfet »."
	runLaws30(t, []laws30Case{
		{"typographic apostrophe", []string{env}, []string{"Au second alinéa de l'article L. 1 du code de l’environnement" + repl}, "code de l environnement#l1: Le juge statue.|Le préfet décide.", nil},
		{"capitals", []string{"code de la sécurité sociale|L1: Le juge statue.|Le maire décide."}, []string{"Au second alinéa de l'article L. 1 du Code de la Sécurité Sociale" + repl}, "code de la securite sociale#l1: Le juge statue.|Le préfet décide.", nil},
		{"a longer name is another code", []string{"code du travail|L1: Le juge statue.|Le maire décide."}, []string{"Au second alinéa de l'article L. 1 du code du travail applicable à Mayotte" + repl}, "code du travail#l1: Le juge statue.|Le maire décide.", errMissing},
		{"code civil local", []string{civ}, []string{"L'article L. 1 du code civil local est abrogé."}, "code civil#l1: Le juge statue.|Le maire décide.", errMissing},
		{"du même code after an unknown code", []string{civ, "code civil|L2: Le maire décide."}, []string{"I. – L'article L. 1 du code des bois est abrogé.", "II. – L'article L. 2 du même code est abrogé."}, "code civil#l1: Le juge statue.|Le maire décide. / code civil#l2: Le maire décide.", errMissing},
		{"a law whose title names a code", []string{civ, "loi n° 2000-1 du 1er janvier 2000|1: Le juge statue.|Le maire décide."}, []string{"Au second alinéa de l'article 1er de la loi n° 2000-1 du 1er janvier 2000 relative au code civil" + repl}, "code civil#l1: Le juge statue.|Le maire décide. / loi 2000 1#1: Le juge statue.|Le préfet décide.", nil},
		{"an abbreviation", []string{"code général des impôts|1: Le juge statue."}, []string{"L'article 1 du CGI est abrogé."}, "code general des impots#1: Le juge statue.", errTextOfPlaceUnknown22},
		{"a law by its date only", []string{"loi du 1er juillet 1901|5: Le juge statue."}, []string{"L'article 5 de la loi du 1er juillet 1901 relative au contrat d'association est abrogé."}, "loi du 1er juillet 1901#5: Le juge statue.", errTextOfPlaceUnknown22},
		{"LO 1 is L.O. 1", []string{"code civil|LO1: Le juge statue.|Le maire décide."}, []string{"Au second alinéa de l'article LO 1 du code civil" + repl}, "code civil#lo1: Le juge statue.|Le préfet décide.", nil},
		{"R. 1 is R.* 1", []string{"code civil|R*1: Le juge statue.|Le maire décide."}, []string{"Au second alinéa de l'article R. 1 du code civil" + repl}, "code civil#r1: Le juge statue.|Le préfet décide.", nil},
	})
}
