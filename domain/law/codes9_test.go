package law

import "testing"

// TestCodes9OwnBillPlace: a part of the bill named as the place of an
// instruction editing the law in force — "du présent article", "le I du
// présent article", "du présent II" — is the bill's, not the code
// article's under whose context it stands: refused (the code's second
// alinéa was deleted, the whole of L. 1 repealed). A version clause
// naming it ("tel qu'il résulte du I du présent article", "dans sa
// rédaction résultant du présent article") is read.
func TestCodes9OwnBillPlace(t *testing.T) {
	l1 := "L'article L. 1 du code civil est ainsi modifié :"
	runRefs7(t, []refs7Case{
		{"an alinéa of the present article under a code article", []string{l1, "1° Le second alinéa du présent article est supprimé."}, "ctx | refused"},
		{"words in it", []string{l1, "1° Au second alinéa du présent article, le mot : « seul » est supprimé ;", "2° Le dernier alinéa est supprimé."}, "ctx | refused | delete l1/code civil"},
		{"its I repealed", []string{l1, "1° Le I du présent article est abrogé."}, "ctx | refused"},
		{"a head naming the present II", []string{"Le 2° du présent II est ainsi modifié :", "a) Le mot : « seul » est supprimé."}, "refused | refused"},
		{"the present A under a code", []string{"Le code civil est ainsi modifié :", "1° Au 1° du présent A, le mot : « seul » est supprimé."}, "ctx | refused"},
		{"the present article after a code", []string{"I. – À l'article L. 1 du code civil, le mot : « seul » est supprimé.", "II. – Au premier alinéa du présent article, le mot : « seul » est remplacé par le mot : « unique »."}, "delete-words l1/code civil | refused"},
		{"a version clause, read", []string{"L'article L. 1 du code civil, tel qu'il résulte du I du présent article, est complété par un alinéa ainsi rédigé :", "« Il agit. »"}, "append-alineas l1/code civil"},
		{"dans sa rédaction résultant du présent article, read", []string{"Au premier alinéa de l'article L. 1 du code civil, dans sa rédaction résultant du présent article, le mot : « seul » est supprimé."}, "delete-words l1/code civil"},
		{"quoted, read", []string{"Au premier alinéa de l'article L. 1 du code civil, les mots : « du présent article » sont supprimés."}, "delete-words l1/code civil"},
		{"the article of the present law, as before", []string{"À l'article 3 de la présente loi, le mot : « seul » est supprimé."}, "refused"},
	})
}

// TestCodes9NumberDashes: an article's number typed with the figure dash
// (U+2012) or the horizontal bar (U+2015), joined or spaced, is the
// number with its hyphen ("L. 123‒4" was read as L. 123, the wrong
// article edited); a soft hyphen (U+00AD) between its digits, "L. 1234"
// on the page or "L. 123-4" at a line's end, is refused.
func TestCodes9NumberDashes(t *testing.T) {
	runRefs7(t, []refs7Case{
		{"figure dash", []string{"L'article L. 123\u20124 du code civil est abrogé."}, "delete l123-4/code civil"},
		{"figure dash spaced", []string{"Au premier alinéa de l'article L. 123 \u2012 4 du code civil, le mot : « seul » est supprimé."}, "delete-words l123-4/code civil"},
		{"horizontal bar", []string{"L'article L. 123\u20154 du code civil est abrogé."}, "delete l123-4/code civil"},
		{"figure dash in a new article", []string{"Après l'article L. 5 du code civil, il est inséré un article L. 5\u20121 ainsi rédigé :", "« Art. L. 5\u20121. – Il agit. »"}, "create-articles l5/code civil +l5-1"},
		{"figure dash in a range", []string{"Les articles L. 1\u20121 à L. 1\u20123 du code civil sont abrogés."}, "delete l1-1/code civil…l1-3"},
		{"soft hyphen", []string{"L'article L. 123\u00ad4 du code civil est abrogé."}, "refused"},
		// Guards: the dashes read before.
		{"U+2010", []string{"L'article L. 123\u20104 du code civil est abrogé."}, "delete l123-4/code civil"},
		{"U+2011", []string{"L'article L. 123\u20114\u20111 du code civil est abrogé."}, "delete l123-4-1/code civil"},
		{"minus sign", []string{"L'article L. 123\u22124 du code civil est abrogé."}, "delete l123-4/code civil"},
		{"no-break spaces", []string{"L'article\u00a0L.\u00a0123-4 du code civil est abrogé."}, "delete l123-4/code civil"},
		{"narrow no-break space", []string{"L'article L.\u202f123-4 du code civil est abrogé."}, "delete l123-4/code civil"},
	})
}

// TestCodes9ArticleThenDivision: an article's number followed by a
// division of it with no comma before the text's name — "l'article L. 5
// – 2° du code civil", "l'article L. 5 2°", "l'article L. 5-I", "l'article
// L. 5 al. 2", "l'article L. 5 alinéa 2" — is refused (the whole article
// was repealed, or its words edited everywhere); "l'article 5-1°", the 1°
// of article 5 or an article 5-1, too. The division between commas
// ("l'article L. 5, 2°, du code civil", "l'article 4, alinéa 3, de la
// loi …") is read as before, its division kept (TestCodes9Applied).
func TestCodes9ArticleThenDivision(t *testing.T) {
	runRefs7(t, []refs7Case{
		{"a dash and an item", []string{"L'article L. 5 – 2° du code civil est abrogé."}, "refused"},
		{"a hyphen and an item", []string{"L'article 5 - 1° du code civil est abrogé."}, "refused"},
		{"5-1°", []string{"L'article 5-1° du code civil est abrogé."}, "refused"},
		{"words in it", []string{"Au premier alinéa de l'article L. 5 - 2° du code civil, le mot : « seul » est supprimé."}, "refused"},
		{"an item after a space", []string{"L'article L. 5 2° du code civil est abrogé."}, "refused"},
		{"a part after a hyphen", []string{"L'article L. 5-I du code civil est abrogé."}, "refused"},
		{"al. 2", []string{"L'article L. 5 al. 2 du code civil est abrogé."}, "refused"},
		{"alinéa 2", []string{"L'article L. 5 alinéa 2 du code civil est abrogé."}, "refused"},
		{"the figure dash and an item", []string{"L'article L. 5 \u2012 2° du code civil est abrogé."}, "refused"},
		// Guards, read as before.
		{"between commas", []string{"L'article L. 5, 2°, du code civil est abrogé."}, "delete l5/code civil"},
		{"alinéa between commas", []string{"L'article 4, alinéa 3, de la loi n° 78-17 du 6 janvier 1978 est abrogé."}, "delete 4/loi 78 17"},
		{"bis then an item between commas", []string{"L'article 5 bis, 2°, de la loi n° 78-17 du 6 janvier 1978 est abrogé."}, "delete 5 bis/loi 78 17"},
		{"the item first", []string{"Le 2° de l'article L. 5 du code civil est abrogé."}, "delete l5/code civil"},
		{"a list", []string{"Les articles 1er, 2 et 3 de la loi n° 78-17 du 6 janvier 1978 sont abrogés."}, "delete 1/loi 78 17; delete 2/loi 78 17; delete 3/loi 78 17"},
		{"a spaced hyphen", []string{"L'article L. 176 – 1 du code électoral est abrogé."}, "delete l176-1/code electoral"},
		{"a capital", []string{"L'article 5 bis A du code civil est abrogé."}, "delete 5 bis a/code civil"},
		{"two texts listed", []string{"Les articles 3 de la loi n° 86-1067 du 30 septembre 1986 et 5 de la loi n° 78-17 du 6 janvier 1978 sont abrogés."}, "delete 3/loi 86 1067; delete 5/loi 78 17"},
	})
}

// TestCodes9TextNamedBackAfterTwo: a text named back — "du même code",
// "dudit code", "de la même loi", "de la même ordonnance", "du même
// décret" — after an instruction that edited two texts of its kind
// ("Aux articles L. 1 du code civil et L. 2 du code de commerce, …") is
// the one named last, as the grammar reads it after two parts
// (TestRefs7SameTextAcrossParts, the generative model's "same" forms):
// guards. "ladite" and "précitée" after two are refused, as before.
func TestCodes9TextNamedBackAfterTwo(t *testing.T) {
	twoCodes := "I. – Aux articles L. 1 du code civil et L. 2 du code de commerce, le mot : « seul » est supprimé."
	runRefs7(t, []refs7Case{
		{"du même code", []string{twoCodes, "II. – L'article L. 4 du même code est abrogé."}, "delete-words l1/code civil; delete-words l2/code de commerce | delete l4/code de commerce"},
		{"dudit code", []string{twoCodes, "II. – L'article L. 4 dudit code est abrogé."}, "delete-words l1/code civil; delete-words l2/code de commerce | delete l4/code de commerce"},
		{"in the next bill article", []string{"L'article L. 2 du code de commerce et l'article L. 3 du code rural sont abrogés.", "@@", "L'article L. 5 du même code est abrogé."}, "delete l2/code de commerce; delete l3/code rural et de la peche maritime | delete l5/code rural et de la peche maritime"},
		{"one code named again", []string{twoCodes, "II. – À l'article L. 5 du code civil, le mot : « seul » est supprimé.", "III. – L'article L. 4 du même code est abrogé."}, "delete-words l1/code civil; delete-words l2/code de commerce | delete-words l5/code civil | delete l4/code civil"},
		{"la même loi after two laws", []string{"I. – L'article 3 de la loi n° 86-1067 du 30 septembre 1986 et l'article 5 de la loi n° 78-17 du 6 janvier 1978 sont abrogés.", "II. – L'article 4 de la même loi est abrogé."}, "delete 3/loi 86 1067; delete 5/loi 78 17 | delete 4/loi 78 17"},
		{"la même ordonnance after two", []string{"I. – À l'article 3 de l'ordonnance n° 2005-1 du 4 janvier 2005 et à l'article 5 de l'ordonnance n° 2006-2 du 4 janvier 2006, le mot : « seul » est supprimé.", "II. – L'article 4 de la même ordonnance est abrogé."}, "delete-words 3/ordonnance 2005 1; delete-words 5/ordonnance 2006 2 | delete 4/ordonnance 2006 2"},
		{"le même décret after two", []string{"I. – L'article 3 du décret n° 2005-1 du 4 janvier 2005 et l'article 4 du décret n° 2006-2 du 4 janvier 2006 sont abrogés.", "II. – L'article 5 du même décret est abrogé."}, "delete 3/decret 2005 1; delete 4/decret 2006 2 | delete 5/decret 2006 2"},
		{"ladite ordonnance after two, refused", []string{"I. – À l'article 3 de l'ordonnance n° 2005-1 du 4 janvier 2005 et à l'article 5 de l'ordonnance n° 2006-2 du 4 janvier 2006, le mot : « seul » est supprimé.", "II. – L'article 4 de ladite ordonnance est abrogé."}, "delete-words 3/ordonnance 2005 1; delete-words 5/ordonnance 2006 2 | refused"},
		{"a law and a code listed", []string{"I. – À l'article 3 de la loi n° 78-17 du 6 janvier 1978 et à l'article L. 2 du code de commerce, le mot : « seul » est supprimé.", "II. – L'article 4 de la même loi est abrogé.", "III. – L'article L. 3 du même code est abrogé."}, "delete-words 3/loi 78 17; delete-words l2/code de commerce | delete 4/loi 78 17 | delete l3/code de commerce"},
		{"two laws under a code's context, then du même code", []string{"Le code civil est ainsi modifié :", "1° L'article L. 2 est abrogé ;", "2° L'article 3 de la loi n° 78-17 du 6 janvier 1978 et l'article 5 de la loi n° 86-1067 du 30 septembre 1986 sont abrogés ;", "3° L'article L. 6 du même code est abrogé."}, "ctx | delete l2/code civil | delete 3/loi 78 17; delete 5/loi 86 1067 | delete l6/code civil"},
		{"aux articles L. 1 et L. 2 du même code", []string{"I. – L'article L. 5 du code civil est abrogé.", "II. – Aux articles L. 1 et L. 2 du même code, le mot : « seul » est supprimé."}, "delete l5/code civil | delete-words l1/code civil; delete-words l2/code civil"},
	})
}

// TestCodes9Guards: the texts an instruction names, read as they were —
// articles of every code's numbering, codes by their whole names and
// capitals, laws and ordonnances by their numbers, several texts in one
// instruction, each its own — and the forms refused as they were (an
// arrêté's "A. 1", an annex of the code général des impôts, a law by its
// date alone, a décret-loi, the articles of the present law).
func TestCodes9Guards(t *testing.T) {
	runRefs7(t, []refs7Case{
		{"L. 123-4-1", []string{"L'article L. 123-4-1 du code civil est abrogé."}, "delete l123-4-1/code civil"},
		{"LO 141", []string{"L'article LO 141 du code électoral est abrogé."}, "delete lo141/code electoral"},
		{"R.* 12", []string{"L'article R.* 12 du code civil est abrogé."}, "delete r12/code civil"},
		{"D. 12-1", []string{"L'article D. 12-1 du code civil est abrogé."}, "delete d12-1/code civil"},
		{"A. 1 refused", []string{"L'article A. 1 du code civil est abrogé."}, "refused"},
		{"1609 quinquies C", []string{"Au premier alinéa de l'article 1609 quinquies C du code général des impôts, le mot : « seul » est supprimé."}, "delete-words 1609 quinquies c/code general des impots"},
		{"238 bis", []string{"Au premier alinéa de l'article 238 bis du code général des impôts, le mot : « seul » est supprimé."}, "delete-words 238 bis/code general des impots"},
		{"article liminaire", []string{"L'article liminaire du code de la consommation est abrogé."}, "delete liminaire/code de la consommation"},
		{"an annex of the CGI refused", []string{"L'article 1er de l'annexe III au code général des impôts est abrogé."}, "refused"},
		{"code général des impôts, annexe III refused", []string{"L'article 46 quindecies du code général des impôts, annexe III, est abrogé."}, "refused"},
		{"an annex's context refuses its items", []string{"L'annexe II du code général des impôts est ainsi modifiée :", "1° L'article 2 est abrogé."}, "refused | refused"},
		{"an annex under the code's context", []string{"Le code général des impôts est ainsi modifié :", "1° L'annexe III est ainsi modifiée :", "a) L'article 2 est abrogé ;", "2° L'article 3 est abrogé."}, "ctx | refused | refused | delete 3/code general des impots"},
		{"code de l'action sociale et des familles", []string{"Au premier alinéa de l'article L. 1 du code de l'action sociale et des familles, le mot : « seul » est supprimé."}, "delete-words l1/code de l action sociale et des familles"},
		{"code monétaire et financier", []string{"L'article L. 1 du code monétaire et financier est abrogé."}, "delete l1/code monetaire et financier"},
		{"code du travail applicable à Mayotte", []string{"L'article L. 1 du code du travail applicable à Mayotte est abrogé."}, "delete l1/code du travail applicable a mayotte"},
		{"Code de la Sécurité Sociale", []string{"L'article L. 1 du Code de la Sécurité Sociale est abrogé."}, "delete l1/code de la securite sociale"},
		{"Au code civil, …", []string{"Au code civil, l'article 5 est abrogé."}, "delete 5/code civil"},
		{"two codes, each its own", []string{"Au premier alinéa de l'article L. 1 du code de l'environnement et à l'article L. 2 du code de l'urbanisme, le mot : « seul » est supprimé."}, "delete-words l1/code de l environnement; delete-words l2/code de l urbanisme"},
		{"a law by its number and title", []string{"Au premier alinéa de l'article 5 de la loi n° 86-1067 du 30 septembre 1986 relative à la liberté de communication, le mot : « seul » est supprimé."}, "delete-words 5/loi 86 1067"},
		{"an ordonnance of 1945", []string{"L'article 3 de l'ordonnance n° 45-2658 du 2 novembre 1945 relative aux conditions d'entrée et de séjour des étrangers en France est abrogé."}, "delete 3/ordonnance 45 2658"},
		{"an organic law by its number alone", []string{"L'article 3 de la loi organique n° 2001-692 est abrogé."}, "delete 3/loi 2001 692"},
		{"a law by its date alone refused", []string{"L'article 24 de la loi du 29 juillet 1881 sur la liberté de la presse est abrogé."}, "refused"},
		{"a décret-loi refused", []string{"L'article 3 du décret-loi du 30 octobre 1935 est abrogé."}, "refused"},
		{"cette loi", []string{"I. – L'article 3 de la loi n° 86-1067 du 30 septembre 1986 est abrogé.", "II. – L'article 4 de cette loi est abrogé."}, "delete 3/loi 86 1067 | delete 4/loi 86 1067"},
		{"la même ordonnance after one whose title names an organic law", []string{"I. – L'article 3 de l'ordonnance n° 58-1067 du 7 novembre 1958 portant loi organique sur le Conseil constitutionnel est abrogé.", "II. – L'article 4 de la même ordonnance est abrogé."}, "delete 3/ordonnance 58 1067 | delete 4/ordonnance 58 1067"},
		{"la même loi after an ordonnance whose title names one", []string{"I. – L'article 3 de l'ordonnance n° 58-1067 du 7 novembre 1958 portant loi organique sur le Conseil constitutionnel est abrogé.", "II. – L'article 4 de la même loi est abrogé."}, "delete 3/ordonnance 58 1067 | refused"},
		{"la loi précitée after two", []string{"I. – L'article 3 de la loi n° 78-17 du 6 janvier 1978 est abrogé.", "II. – L'article 4 de la loi n° 86-1067 du 30 septembre 1986 est abrogé.", "III. – L'article 5 de la loi précitée est abrogé."}, "delete 3/loi 78 17 | delete 4/loi 86 1067 | refused"},
		{"la loi du … précitée, its date", []string{"I. – L'article 3 de la loi n° 78-17 du 6 janvier 1978 est abrogé.", "II. – L'article 4 de la loi n° 86-1067 du 30 septembre 1986 est abrogé.", "III. – L'article 5 de la loi du 6 janvier 1978 précitée est abrogé."}, "delete 3/loi 78 17 | delete 4/loi 86 1067 | delete 5/loi 78 17"},
		{"two texts as one context", []string{"L'article L. 1 du code civil et l'article 3 de la loi n° 78-17 du 6 janvier 1978 sont ainsi modifiés :", "1° Le mot : « seul » est supprimé."}, "ctx | delete-words l1/code civil; delete-words 3/loi 78 17"},
		{"two codes as one context refused", []string{"Le code civil et le code de commerce sont ainsi modifiés :", "1° L'article L. 1 est abrogé."}, "refused | refused"},
		{"the I of the present article, an entry into force", []string{"I. – Au premier alinéa de l'article L. 1 du code civil, le mot : « seul » est supprimé.", "II. – Le I du présent article entre en vigueur le 1er janvier 2030."}, "refused"},
	})
}

// TestCodes9Applied: the rules above through Apply: "Le I du présent
// article est abrogé" under a code article's context leaves the article
// whole; "L. 1‒2" edits L. 1-2, never L. 1; "l'article L. 5, 2°, …
// est abrogé" repeals the 2° alone, "l'article L. 5 – 2° …" nothing.
func TestCodes9Applied(t *testing.T) {
	runCodes(t, []codesCase{
		{"the present article's I", map[string][]string{"L1": {"I. – Le mot A.", "II. – Le mot A."}}, [][]string{{
			"L'article L. 1 du code civil est ainsi modifié :",
			"1° Au II, " + aToB,
			"2° Le I du présent article est abrogé.",
		}}, map[string][]string{partRefused: nil, "L1": {"I. – Le mot A.", "II. – Le mot B."}}},
		{"an item between commas", map[string][]string{"L5": {"Le maire vise :", "1° Le mot A ;", "2° Le mot A."}}, [][]string{{
			"L'article L. 5, 2°, du code civil est abrogé.",
		}}, map[string][]string{"L5": {"Le maire vise :", "1° Le mot A ;", "2° (Abrogé)."}}},
		{"an item after a dash", map[string][]string{"L5": {"Le maire vise :", "1° Le mot A ;", "2° Le mot A."}}, [][]string{{
			"L'article L. 5 – 2° du code civil est abrogé.",
		}}, nil},
		{"a figure dash", map[string][]string{"L1": {"Le mot A."}, "L1-2": {"Le mot A."}}, [][]string{{
			"À l'article L. 1\u20122 du code civil, " + aToB,
		}}, map[string][]string{"L1": {"Le mot A."}, "L1-2": {"Le mot B."}}},
	})
}
