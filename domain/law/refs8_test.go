package law

import "testing"

// TestRefs8UnidentifiedTextAnaphora: a law, an ordonnance, a décret named
// in a form that keys no text (its date only, a constitutional law, a
// décret-loi) is what "la même loi", "ladite loi", "cette loi", "la loi
// précitée", "la même ordonnance" name next: refused, never the text of
// that kind named before it; "la loi du 6 janvier 1978 précitée" after
// its number stays known.
func TestRefs8UnidentifiedTextAnaphora(t *testing.T) {
	l78 := "I. – L'article 3 de la loi n° 78-17 du 6 janvier 1978 est abrogé."
	l1881 := "II. – L'article 24 de la loi du 29 juillet 1881 sur la liberté de la presse est abrogé."
	runRefs7(t, []refs7Case{
		{"la même loi after a law by its date", []string{l78, l1881, "III. – L'article 25 de la même loi est abrogé."}, "delete 3/loi 78 17 | refused | refused"},
		{"ladite loi after a law by its date", []string{l78, l1881, "III. – L'article 25 de ladite loi est abrogé."}, "delete 3/loi 78 17 | refused | refused"},
		{"cette loi after a law by its date", []string{l78, l1881, "III. – L'article 25 de cette loi est abrogé."}, "delete 3/loi 78 17 | refused | refused"},
		{"la loi précitée after a law by its date", []string{l78, l1881, "III. – L'article 25 de la loi précitée est abrogé."}, "delete 3/loi 78 17 | refused | refused"},
		{"la même loi after a context of a law by its date", []string{l78, "II. – La loi du 29 juillet 1881 sur la liberté de la presse est ainsi modifiée :", "1° L'article 24 est abrogé ;", "2° L'article 25 est abrogé.", "III. – L'article 26 de la même loi est abrogé."}, "delete 3/loi 78 17 | refused | refused | refused | refused"},
		{"la même loi in the next bill article", []string{l78, l1881, "@@", "L'article 25 de la même loi est abrogé."}, "delete 3/loi 78 17 | refused | refused"},
		{"la même loi after a constitutional law", []string{l78, "II. – L'article 3 de la loi constitutionnelle n° 2008-724 du 23 juillet 2008 est abrogé.", "III. – L'article 25 de la même loi est abrogé."}, "delete 3/loi 78 17 | refused | refused"},
		{"la même ordonnance after one by its date", []string{"I. – L'article 3 de l'ordonnance n° 2005-1516 du 8 décembre 2005 est abrogé.", "II. – L'article 5 de l'ordonnance du 2 novembre 1945 est abrogé.", "III. – L'article 6 de la même ordonnance est abrogé."}, "delete 3/ordonnance 2005 1516 | refused | refused"},
		{"le même décret after a décret-loi", []string{"I. – L'article 3 du décret n° 2005-1 du 4 janvier 2005 est abrogé.", "II. – L'article 5 du décret-loi du 30 octobre 1935 est abrogé.", "III. – L'article 6 du même décret est abrogé."}, "delete 3/decret 2005 1 | refused | refused"},
		{"two laws in one refused alinéa, the second by its date", []string{"L'article 3 de la loi n° 78-17 du 6 janvier 1978 et l'article 24 de la loi du 29 juillet 1881 sont abrogés.", "II. – L'article 5 de la même loi est abrogé."}, "refused | refused"},
		{"la même loi after the Constitution: the law before", []string{l78, "II. – L'article 3 de la Constitution est abrogé.", "III. – L'article 25 de la même loi est abrogé."}, "delete 3/loi 78 17 | refused | delete 25/loi 78 17"},
		{"la même loi after an organic law by its number", []string{l78, "II. – L'article 3 de la loi organique n° 2001-692 du 1er août 2001 est abrogé.", "III. – L'article 25 de la même loi est abrogé."}, "delete 3/loi 78 17 | delete 3/loi 2001 692 | delete 25/loi 2001 692"},
		{"the law by its date after its number, then la même loi", []string{l78, "II. – L'article 4 de la loi du 6 janvier 1978 précitée est abrogé.", "III. – L'article 5 de la même loi est abrogé."}, "delete 3/loi 78 17 | delete 4/loi 78 17 | delete 5/loi 78 17"},
		{"du même code after a law by its date: the code", []string{"I. – L'article L. 1 du code civil est abrogé.", l1881, "III. – L'article L. 3 du même code est abrogé."}, "delete l1/code civil | refused | delete l3/code civil"},
		{"a law by its date in a version clause", []string{"L'article L. 1 du code civil, dans sa rédaction résultant de la loi du 29 juillet 1881, est abrogé."}, "delete l1/code civil"},
		{"cette loi after a code only", []string{"I. – L'article L. 1 du code civil est abrogé.", "II. – L'article 4 de cette loi est abrogé."}, "delete l1/code civil | refused"},
		{"de ce code after a law only", []string{l78, "II. – L'article L. 4 de ce code est abrogé."}, "delete 3/loi 78 17 | refused"},
	})
}

// TestRefs8AcronymCode: an article of a text named by capitals ("du CGI")
// is refused, and "du même code" after it is that unknown text's:
// refused, never the code named before; an article named alone under the
// context stays the context's.
func TestRefs8AcronymCode(t *testing.T) {
	runRefs7(t, []refs7Case{
		{"du CGI", []string{"L'article 5 du CGI est abrogé."}, "refused"},
		{"du même code after du CGI", []string{"I. – L'article L. 1 du code civil est abrogé.", "II. – L'article 5 du CGI est abrogé.", "III. – L'article 6 du même code est abrogé."}, "delete l1/code civil | refused | refused"},
		{"du même code after du CGI, next bill article", []string{"I. – L'article L. 1 du code civil est abrogé.", "II. – L'article 5 du CGI est abrogé.", "@@", "L'article 6 du même code est abrogé."}, "delete l1/code civil | refused | refused"},
		{"an article alone under the context after du CGI", []string{"Le code civil est ainsi modifié :", "1° L'article 5 du CGI est abrogé ;", "2° L'article 6 est abrogé."}, "ctx | refused | delete 6/code civil"},
		{"du même code after du CGI under a context", []string{"Le code civil est ainsi modifié :", "1° L'article 5 du CGI est abrogé ;", "2° L'article 6 du même code est abrogé."}, "ctx | refused | refused"},
		{"du même code after an annex of the CGI: the CGI", []string{"I. – L'article L. 1 du code civil est abrogé.", "II. – L'article 1er de l'annexe II au code général des impôts est abrogé.", "III. – L'article 2 du même code est abrogé."}, "delete l1/code civil | refused | delete 2/code general des impots"},
	})
}

// TestRefs8TextInTitle: a code, a law, an ordonnance named in the title
// of a text named by its number and date ("l'ordonnance n° 2000-912 …
// relative à la partie législative du code de commerce", "la loi n°
// 2005-1 … ratifiant l'ordonnance n° 2004-2 …") is one "du même code",
// "de la même ordonnance" may name: which one is not said, refused. The
// text itself is read; its items under a context are its.
func TestRefs8TextInTitle(t *testing.T) {
	ord := "II. – L'article 3 de l'ordonnance n° 2000-912 du 18 septembre 2000 relative à la partie législative du code de commerce est abrogé."
	runRefs7(t, []refs7Case{
		{"du même code after a code in a title", []string{"I. – L'article L. 1 du code civil est abrogé.", ord, "III. – L'article L. 4 du même code est abrogé."}, "delete l1/code civil | delete 3/ordonnance 2000 912 | refused"},
		{"dudit code after a code in a title", []string{"I. – L'article L. 1 du code civil est abrogé.", ord, "III. – L'article L. 4 dudit code est abrogé."}, "delete l1/code civil | delete 3/ordonnance 2000 912 | refused"},
		{"du même code after a code in a title, next bill article", []string{"I. – L'article L. 1 du code civil est abrogé.", ord, "@@", "L'article L. 4 du même code est abrogé."}, "delete l1/code civil | delete 3/ordonnance 2000 912 | refused"},
		{"the ordonnance's article, its title naming a code", []string{"Au premier alinéa de l'article 3 de l'ordonnance n° 2000-912 du 18 septembre 2000 relative à la partie législative du code de commerce, le mot : « seul » est supprimé."}, "delete-words 3/ordonnance 2000 912"},
		{"la même ordonnance after one in a law's title", []string{"I. – L'article 3 de la loi n° 2005-1 du 4 janvier 2005 ratifiant l'ordonnance n° 2004-2 du 3 mars 2004 est abrogé.", "II. – L'article 4 de la même ordonnance est abrogé."}, "delete 3/loi 2005 1 | refused"},
		{"la même loi after a law whose title names an ordonnance", []string{"I. – L'article 3 de la loi n° 2005-1 du 4 janvier 2005 ratifiant l'ordonnance n° 2004-2 du 3 mars 2004 est abrogé.", "II. – L'article 4 de la même loi est abrogé."}, "delete 3/loi 2005 1 | delete 4/loi 2005 1"},
		{"items under a law whose title names a code", []string{"La loi n° 2005-1 du 4 janvier 2005 relative au code de la route est ainsi modifiée :", "1° L'article 3 est abrogé ;", "2° L'article 4 est abrogé."}, "ctx | delete 3/loi 2005 1 | delete 4/loi 2005 1"},
		{"a code as a second place, not a title", []string{"I. – À l'article 3 de la loi n° 78-17 du 6 janvier 1978 et à l'article L. 2 du code de commerce, le mot : « seul » est supprimé.", "II. – L'article L. 5 du même code est abrogé."}, "delete-words 3/loi 78 17; delete-words l2/code de commerce | delete l5/code de commerce"},
	})
}

// TestRefs8CodedArticleInALaw: an article numbered as a code's ("L. 2",
// "L.O. 2", "R. 2") named with no text in a law's, an ordonnance's or a
// décret's bill article or context is of a code not said: refused, and
// "du même code" after it; so is a new article so numbered created in
// one. Named with its code, or in a code's context, it is read.
func TestRefs8CodedArticleInALaw(t *testing.T) {
	l78 := "I. – À l'article 3 de la loi n° 78-17 du 6 janvier 1978, le mot : « seul » est supprimé."
	runRefs7(t, []refs7Case{
		{"L. 2 alone after a law", []string{l78, "II. – À l'article L. 2, le mot : « seul » est supprimé."}, "delete-words 3/loi 78 17 | refused"},
		{"du même code after it", []string{l78, "II. – À l'article L. 2, le mot : « seul » est supprimé.", "III. – L'article L. 3 du même code est abrogé."}, "delete-words 3/loi 78 17 | refused | refused"},
		{"L. 2 under a law's context", []string{"La loi n° 78-17 du 6 janvier 1978 est ainsi modifiée :", "1° L'article L. 2 est abrogé ;", "2° L'article 4 est abrogé."}, "ctx | refused | delete 4/loi 78 17"},
		{"a new L. 3-1 in a law", []string{"La loi n° 78-17 du 6 janvier 1978 est ainsi modifiée :", "1° Après l'article 3, il est inséré un article L. 3-1 ainsi rédigé :", "« Art. L. 3-1. – Il agit. »"}, "ctx | refused"},
		{"a new 3-1 in a law", []string{"La loi n° 78-17 du 6 janvier 1978 est ainsi modifiée :", "1° Après l'article 3, il est inséré un article 3-1 ainsi rédigé :", "« Art. 3-1. – Il agit. »"}, "ctx | create-articles 3/loi 78 17 +3-1"},
		{"R. 2 under a décret's context", []string{"Le décret n° 2005-1 du 4 janvier 2005 est ainsi modifié :", "1° L'article R. 2 est abrogé."}, "ctx | refused"},
		{"L.O. 2 alone after an ordonnance", []string{"I. – À l'article 3 de l'ordonnance n° 2005-1 du 4 janvier 2005, le mot : « seul » est supprimé.", "II. – À l'article L.O. 2, le mot : « seul » est supprimé."}, "delete-words 3/ordonnance 2005 1 | refused"},
		{"L. 2 with its code under a law's context", []string{"La loi n° 78-17 du 6 janvier 1978 est ainsi modifiée :", "1° L'article L. 2 du code civil est abrogé ;", "2° L'article 4 est abrogé."}, "ctx | delete l2/code civil | delete 4/loi 78 17"},
		{"L. 2 alone after a code", []string{"I. – À l'article L. 1 du code civil, le mot : « seul » est supprimé.", "II. – À l'article L. 2, le mot : « seul » est supprimé."}, "delete-words l1/code civil | delete-words l2/code civil"},
		{"a reference quoted in a law's article", []string{"L'article 3 de la loi n° 78-17 du 6 janvier 1978 est ainsi modifié :", "1° Au premier alinéa, les mots : « à l'article L. 2 » sont supprimés."}, "ctx | delete-words 3/loi 78 17"},
	})
}

// TestRefs8ArticleNames: articles named by a word — "liminaire",
// "préliminaire", "unique", "premier", "1er" — as places and as the
// headings of new text ("« Art. liminaire. – … »", "« Article
// préliminaire. – … »", which were refused: "no Art. … in the new
// text"); a heading not the article announced refused.
func TestRefs8ArticleNames(t *testing.T) {
	runRefs7(t, []refs7Case{
		{"a new article liminaire", []string{"Avant l'article 1er du code civil, il est inséré un article liminaire ainsi rédigé :", "« Art. liminaire. – Il agit. »"}, "create-articles 1/code civil +liminaire"},
		{"a new article préliminaire", []string{"Avant l'article 1er du code civil, il est inséré un article préliminaire ainsi rédigé :", "« Article préliminaire. – Il agit. »"}, "create-articles 1/code civil +preliminaire"},
		{"its heading on its own line", []string{"Avant l'article 1er du code civil, il est inséré un article liminaire ainsi rédigé :", "« Art. liminaire. »", "« Il agit. »"}, "create-articles 1/code civil +liminaire"},
		{"the article liminaire rewritten", []string{"L'article liminaire du code civil est ainsi rédigé :", "« Art. liminaire. – Il agit. »"}, "rewrite liminaire/code civil"},
		{"the article préliminaire rewritten", []string{"L'article préliminaire du code de procédure pénale est ainsi rédigé :", "« Art. préliminaire. – Il agit. »"}, "rewrite preliminaire/code de procedure penale"},
		{"announced 1er A, headed liminaire", []string{"Avant l'article 1er du code civil, il est inséré un article 1er A ainsi rédigé :", "« Art. liminaire. – Il agit. »"}, "refused"},
		{"announced liminaire, headed 1er A", []string{"Avant l'article 1er du code civil, il est inséré un article liminaire ainsi rédigé :", "« Art. 1er A. – Il agit. »"}, "refused"},
		{"the words inside a new text", []string{"L'article 1er du code civil est ainsi rédigé :", "« Art. 1er. – Les articles liminaire et préliminaire sont abrogés. »"}, "rewrite 1/code civil"},
		{"article unique of a law", []string{"L'article unique de la loi n° 78-17 du 6 janvier 1978 est ainsi modifié :", "1° Au premier alinéa, le mot : « seul » est supprimé."}, "ctx | delete-words unique/loi 78 17"},
		{"article liminaire of a law", []string{"Au premier alinéa de l'article liminaire de la loi n° 78-17 du 6 janvier 1978, le mot : « seul » est supprimé."}, "delete-words liminaire/loi 78 17"},
		{"article premier under a context", []string{"Le code civil est ainsi modifié :", "1° L'article premier est abrogé ;", "2° L'article liminaire est abrogé."}, "ctx | delete 1/code civil | delete liminaire/code civil"},
		{"article 1 er of a law", []string{"Au premier alinéa de l'article 1 er de la loi n° 78-17 du 6 janvier 1978, le mot : « seul » est supprimé."}, "delete-words 1/loi 78 17"},
		{"a new 1er bis in a law", []string{"Après l'article 1er de la loi n° 78-17 du 6 janvier 1978, il est inséré un article 1er bis ainsi rédigé :", "« Art. 1er bis. – Il agit. »"}, "create-articles 1/loi 78 17 +1 bis"},
		{"R*. 1", []string{"L'article R*. 1 du code civil est abrogé."}, "delete r1/code civil"},
		{"D.1-1", []string{"L'article D.1-1 du code civil est abrogé."}, "delete d1-1/code civil"},
		{"L.O.* 1", []string{"L'article L.O.* 1 du code électoral est abrogé."}, "delete lo1/code electoral"},
	})
}

// TestRefs8TextAfterCensured: "la même loi", "ladite loi", "la loi
// précitée", "du même décret" after a part censured, the bill article
// naming no text before, may be the text the censured part named:
// refused, as "du même code" is; read once the bill article names one,
// or a law named by its date after its number.
func TestRefs8TextAfterCensured(t *testing.T) {
	l := "L'article 3 de la loi n° 78-17 du 6 janvier 1978 est abrogé."
	runRefs7(t, []refs7Case{
		{"la même loi after a part censured", []string{l, "@@", "I. – (Censuré)", "II. – L'article 4 de la même loi est abrogé."}, "delete 3/loi 78 17 | refused"},
		{"ladite loi after a part censured", []string{l, "@@", "I. – (Censuré)", "II. – L'article 4 de ladite loi est abrogé."}, "delete 3/loi 78 17 | refused"},
		{"la loi précitée after a part censured", []string{l, "@@", "I. – (Censuré)", "II. – L'article 4 de la loi précitée est abrogé."}, "delete 3/loi 78 17 | refused"},
		{"du même décret after a part censured", []string{"L'article 3 du décret n° 2005-1 du 4 janvier 2005 est abrogé.", "@@", "I. – (Censuré)", "II. – L'article 4 du même décret est abrogé."}, "delete 3/decret 2005 1 | refused"},
		{"la même loi as a head after a part censured", []string{l, "@@", "I. – (Censuré)", "II. – La même loi est ainsi modifiée :", "1° L'article 4 est abrogé."}, "delete 3/loi 78 17 | refused | refused"},
		{"du même code after a part censured, as before", []string{"L'article L. 1 du code civil est abrogé.", "@@", "I. – (Censuré)", "II. – L'article L. 4 du même code est abrogé."}, "delete l1/code civil | refused"},
		{"the law by its date after a part censured", []string{l, "@@", "I. – (Censuré)", "II. – L'article 4 de la loi du 6 janvier 1978 précitée est abrogé."}, "delete 3/loi 78 17 | delete 4/loi 78 17"},
		{"the law named again after a part censured", []string{l, "@@", "I. – (Censuré)", "II. – L'article 4 de la loi n° 78-17 du 6 janvier 1978 est abrogé.", "III. – L'article 5 de la même loi est abrogé."}, "delete 3/loi 78 17 | delete 4/loi 78 17 | delete 5/loi 78 17"},
		{"named and named back in one locator", []string{l, "@@", "I. – (Censuré)", "II. – À l'article 4 de la loi n° 78-17 du 6 janvier 1978 et à l'article 5 de la même loi, le mot : « seul » est supprimé."}, "delete 3/loi 78 17 | delete-words 4/loi 78 17; delete-words 5/loi 78 17"},
		{"a part censured after the law named in the bill article", []string{"I. – L'article 3 de la loi n° 78-17 du 6 janvier 1978 est abrogé.", "II. – (Censuré)", "III. – L'article 4 de la même loi est abrogé."}, "delete 3/loi 78 17 | delete 4/loi 78 17"},
		{"la même loi in the next bill article, no part censured", []string{l, "@@", "I. – L'article 4 de la même loi est abrogé."}, "delete 3/loi 78 17 | delete 4/loi 78 17"},
	})
}

// TestRefs8Applied: the rules above through Apply, on corpora holding
// articles of one number in two texts: an article of a law missing from
// the corpus is never the code's of that number (nor the reverse);
// "la même loi" after a law named by its date edits nothing; a new
// article liminaire is created.
func TestRefs8Applied(t *testing.T) {
	law := "loi n° 78-17"
	runCodes(t, []codesCase{
		{"a law's article missing, the code holding one of its number", map[string][]string{"5": {"Le mot A."}}, [][]string{{
			"À l'article 5 de la loi n° 78-17 du 6 janvier 1978, " + aToB,
		}}, map[string][]string{}},
		{"a code's article missing, the law holding one of its number", map[string][]string{law + "|5": {"Le mot A."}}, [][]string{{
			"À l'article 5 du code civil, " + aToB,
		}}, map[string][]string{}},
		{"la même loi after a law by its date", map[string][]string{law + "|5": {"Le mot A."}, law + "|3": {"Le mot A."}}, [][]string{{
			"I. – À l'article 3 de la loi n° 78-17 du 6 janvier 1978, " + aToB,
			"II. – À l'article 24 de la loi du 29 juillet 1881, " + aToB,
			"III. – À l'article 5 de la même loi, " + aToB,
		}}, map[string][]string{partRefused: nil, law + "|3": {"Le mot B."}}},
		{"L. 5 alone after a law", map[string][]string{law + "|3": {"Le mot A."}, law + "|L5": {"Le mot A."}, "L5": {"Le mot A."}}, [][]string{{
			"I. – À l'article 3 de la loi n° 78-17 du 6 janvier 1978, " + aToB,
			"II. – À l'article L. 5, " + aToB,
		}}, map[string][]string{partRefused: nil, law + "|3": {"Le mot B."}}},
		{"a new article liminaire", map[string][]string{"1": {"Le mot A."}}, [][]string{{
			"Avant l'article 1er du code civil, il est inséré un article liminaire ainsi rédigé :",
			"« Art. liminaire. – Il agit. »",
		}}, map[string][]string{"liminaire": {"Il agit."}}},
	})
}
