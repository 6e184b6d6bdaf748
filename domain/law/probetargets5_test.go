package law

import "testing"

// The probes of several targets in one locator and of the text an
// article belongs to (probe-targets5): invented instructions over small
// corpora of two codes and a law, each result checked by hand. Keys and
// wants are runCodes' ("L1" is the code civil's, "code pénal|L1",
// "loi n° 2000-1|3"; nil: refused, nothing changed; partRefused: one
// refused, the rest as said; an article the corpus lacks is no
// refusal).

// t5Codes is a code civil and a code pénal of two and three articles
// each, every alinéa holding the word A.
func t5Codes() map[string][]string {
	return map[string][]string{
		"L1":            {"Le mot A est là.", "Le mot A encore."},
		"L2":            {"Le mot A ici.", "Le mot A aussi."},
		"L3":            {"Le mot A enfin."},
		"code pénal|L1": {"Le mot A pénal.", "Le mot A second."},
		"code pénal|L2": {"Le mot A pénal.", "Le mot A second."},
		"code pénal|L5": {"Le mot A pénal."},
	}
}

const (
	t5L1  = "L1"
	t5L2  = "L2"
	t5L3  = "L3"
	t5P1  = "code pénal|L1"
	t5P2  = "code pénal|L2"
	t5P5  = "code pénal|L5"
	t5Law = "loi n° 2000-1"
)

// t5B is the texts of t5Codes with A made B in the alinéas named
// (1-based; none: every alinéa).
func t5B(key string, alineas ...int) []string {
	al := append([]string(nil), t5Codes()[key]...)
	for i := range al {
		if len(alineas) == 0 {
			al[i] = replaceFirstA(al[i])
		}
		for _, n := range alineas {
			if n == i+1 {
				al[i] = replaceFirstA(al[i])
			}
		}
	}
	return al
}

func replaceFirstA(s string) string {
	const a = "Le mot A"
	if len(s) >= len(a) && s[:len(a)] == a {
		return "Le mot B" + s[len(a):]
	}
	return s
}

// TestTargets5SeveralTargets: several targets in one locator — a list,
// a range, places of one article, places of several, of two codes.
func TestTargets5SeveralTargets(t *testing.T) {
	codes := t5Codes()
	cgi := map[string][]string{
		"code général des impôts|261":  {"1. Texte.", "4. Sont exonérés :", "1° Les uns ;", "4° Les autres :", "a) Le mot A ici ;", "b) Rien."},
		"code général des impôts|1460": {"Sont exonérés :", "1° Le mot A là ;", "2° Rien."},
		"261":                          {"Le mot A civil."},
		"1460":                         {"Le mot A civil."},
	}
	parts := map[string][]string{
		"L1":            {"I. – Le mot A est là. Le mot A deux.", "II. – Le mot A ici.", "III. – Le mot A fin."},
		"code pénal|L1": {"I. – Le mot A.", "II. – Le mot A."},
	}
	items := map[string][]string{
		"L1": {"I. – Le maire peut :", "1° Le mot A un ;", "2° Le mot A deux ;", "3° Le mot A trois.", "II. – Le mot A fin."},
		"L2": {"I. – Le mot A.", "II. – Le mot A."},
	}
	dash := map[string][]string{
		"L1": {"Le mot A."}, "L1-1": {"Le mot A."}, "L2": {"Le mot A."}, "L2-1": {"Le mot A."}, "L3": {"Le mot A."}, "L10": {"Le mot A."},
	}
	b := []string{"Le mot B."}
	runCodes(t, []codesCase{
		{"a list", codes, [][]string{{"Aux articles L. 1, L. 2 et L. 3 du code civil, " + aToB}},
			map[string][]string{t5L1: t5B(t5L1), t5L2: t5B(t5L2), t5L3: t5B(t5L3)}},
		{"an article and an alinéa of another", codes, [][]string{{"À l'article L. 1 et au premier alinéa de l'article L. 2 du code civil, " + aToB}},
			map[string][]string{t5L1: t5B(t5L1), t5L2: t5B(t5L2, 1)}},
		{"items of two articles of the CGI", cgi, [][]string{{"Au a du 4° du 4 de l'article 261 et au 1° de l'article 1460 du code général des impôts, " + aToB}},
			map[string][]string{
				"code général des impôts|261":  {"1. Texte.", "4. Sont exonérés :", "1° Les uns ;", "4° Les autres :", "a) Le mot B ici ;", "b) Rien."},
				"code général des impôts|1460": {"Sont exonérés :", "1° Le mot B là ;", "2° Rien."}}},
		{"first and last alinéas", codes, [][]string{{"Aux premier et dernier alinéas de l'article L. 1 du code pénal, " + aToB}},
			map[string][]string{t5P1: t5B(t5P1)}},
		{"a range", codes, [][]string{{"Aux articles L. 1 à L. 3 du code civil, " + aToB}},
			map[string][]string{t5L1: t5B(t5L1), t5L2: t5B(t5L2), t5L3: t5B(t5L3)}},
		// A range is every article the corpus holds between its ends, as
		// numbered (L. 1-1 after L. 1, L. 10 after L. 3-1); an end the
		// corpus lacks is an article it was not given, as in a list.
		{"a range over dashed numbers", dash, [][]string{{"Aux articles L. 1-1 à L. 3 du code civil, " + aToB}},
			map[string][]string{"L1-1": b, "L2": b, "L2-1": b, "L3": b}},
		{"a range to L. 10", dash, [][]string{{"Aux articles L. 2 à L. 10 du code civil, " + aToB}},
			map[string][]string{"L2": b, "L2-1": b, "L3": b, "L10": b}},
		{"a range whose end the corpus lacks", codes, [][]string{{"Aux articles L. 1 à L. 4 du code pénal, " + aToB}},
			map[string][]string{t5P1: t5B(t5P1), t5P2: t5B(t5P2)}},
		// Its ends numbered apart: which articles it holds is not said,
		// refused (cgct13: it was out of the corpus — rangeEndsApart).
		{"a range of R articles from an L one", dash, [][]string{{"Aux articles L. 3 à R. 1 du code civil, " + aToB}},
			nil},
		{"the first alinéa of two articles", codes, [][]string{{"Au premier alinéa des articles L. 1 et L. 2 du code civil, " + aToB}},
			map[string][]string{t5L1: t5B(t5L1, 1), t5L2: t5B(t5L2, 1)}},
		{"the first and second alinéas of two articles", codes, [][]string{{"Aux premier et second alinéas des articles L. 1 et L. 2 du code pénal, " + aToB}},
			map[string][]string{t5P1: t5B(t5P1), t5P2: t5B(t5P2)}},
		{"a sentence of the first alinéa of two articles", codes, [][]string{{"À la première phrase du premier alinéa des articles L. 1 et L. 2 du code pénal, " + aToB}},
			map[string][]string{t5P1: t5B(t5P1, 1), t5P2: t5B(t5P2, 1)}},
		{"a sentence of the I and the II", parts, [][]string{{"À la première phrase du I et au II de l'article L. 1 du code civil, " + aToB}},
			map[string][]string{"L1": {"I. – Le mot B est là. Le mot A deux.", "II. – Le mot B ici.", "III. – Le mot A fin."}}},
		{"aux I et II", parts, [][]string{{"Aux I et II de l'article L. 1 du code pénal, " + aToB}},
			map[string][]string{"code pénal|L1": {"I. – Le mot B.", "II. – Le mot B."}}},
		{"au 1° et au 2°", items, [][]string{{"Au 1° et au 2° de l'article L. 1 du code civil, " + aToB}},
			map[string][]string{"L1": {"I. – Le maire peut :", "1° Le mot B un ;", "2° Le mot B deux ;", "3° Le mot A trois.", "II. – Le mot A fin."}}},
		{"aux 1° et 3° du I", items, [][]string{{"Aux 1° et 3° du I de l'article L. 1 du code civil, " + aToB}},
			map[string][]string{"L1": {"I. – Le maire peut :", "1° Le mot B un ;", "2° Le mot A deux ;", "3° Le mot B trois.", "II. – Le mot A fin."}}},
		{"the I of one article, the II of another", items, [][]string{{"Au I de l'article L. 1 et au II de l'article L. 2 du code civil, " + aToB}},
			map[string][]string{"L1": {"I. – Le maire peut :", "1° Le mot B un ;", "2° Le mot B deux ;", "3° Le mot B trois.", "II. – Le mot A fin."}, "L2": {"I. – Le mot A.", "II. – Le mot B."}}},
		{"dans les articles", codes, [][]string{{"Dans les articles L. 1 et L. 2 du code pénal, " + aToB}},
			map[string][]string{t5P1: t5B(t5P1), t5P2: t5B(t5P2)}},
		{"et suivants", codes, [][]string{{"Aux articles L. 1 et suivants du code pénal, " + aToB}}, nil},
		{"two codes", codes, [][]string{{"À l'article L. 1 du code civil et à l'article L. 2 du code pénal, " + aToB}},
			map[string][]string{t5L1: t5B(t5L1), t5P2: t5B(t5P2)}},
		{"two codes, ainsi qu'à", codes, [][]string{{"À l'article L. 1 du code civil, ainsi qu'à l'article L. 2 du code pénal, " + aToB}},
			map[string][]string{t5L1: t5B(t5L1), t5P2: t5B(t5P2)}},
		{"a list of each code", codes, [][]string{{"Aux articles L. 1 et L. 2 du code civil et à l'article L. 5 du code pénal, " + aToB}},
			map[string][]string{t5L1: t5B(t5L1), t5L2: t5B(t5L2), t5P5: t5B(t5P5)}},
		{"one article then a list of another code", codes, [][]string{{"À l'article L. 1 du code civil et aux articles L. 1 et L. 2 du code pénal, " + aToB}},
			map[string][]string{t5L1: t5B(t5L1), t5P1: t5B(t5P1), t5P2: t5B(t5P2)}},
		{"the code named last is each's", codes, [][]string{{"Au premier alinéa de l'article L. 1 et à l'article L. 2 du code pénal, " + aToB}},
			map[string][]string{t5P1: t5B(t5P1, 1), t5P2: t5B(t5P2)}},
		{"the code named first is the next's", codes, [][]string{{"À l'article L. 1 du code civil et au premier alinéa de l'article L. 2, " + aToB}},
			map[string][]string{t5L1: t5B(t5L1), t5L2: t5B(t5L2, 1)}},
		{"three places, one code", codes, [][]string{{"À l'article L. 1, au premier alinéa de l'article L. 2 et à l'article L. 3 du code civil, " + aToB}},
			map[string][]string{t5L1: t5B(t5L1), t5L2: t5B(t5L2, 1), t5L3: t5B(t5L3)}},
		{"three places, même code in the locator", codes, [][]string{{"À l'article L. 1 du code civil, au premier alinéa de l'article L. 2 du code pénal et à l'article L. 5 du même code, " + aToB}},
			map[string][]string{t5L1: t5B(t5L1), t5P2: t5B(t5P2, 1), t5P5: t5B(t5P5)}},
		{"ainsi qu'au", codes, [][]string{{"À l'article L. 1 ainsi qu'au premier alinéa de l'article L. 2 du code pénal, " + aToB}},
			map[string][]string{t5P1: t5B(t5P1), t5P2: t5B(t5P2, 1)}},
		{"an alinéa of the same article", codes, [][]string{{"Au premier alinéa de l'article L. 1 du code pénal et au second alinéa du même article, " + aToB}},
			map[string][]string{t5P1: t5B(t5P1)}},
		{"an alinéa of one article and of another", codes, [][]string{{"Au premier alinéa de l'article L. 1 du code civil et de l'article L. 2 du code pénal, " + aToB}}, nil},
		{"the articles of two codes", codes, [][]string{{"Au premier alinéa des articles L. 1 du code civil et L. 2 du code pénal, " + aToB}}, nil},
		{"subjects of two codes", codes, [][]string{{"Le premier alinéa de l'article L. 1 du code civil et le second alinéa de l'article L. 1 du code pénal sont supprimés."}},
			map[string][]string{t5L1: {"Le mot A encore."}, t5P1: {"Le mot A pénal."}}}, // (refs22: read one by one)
		{"two articles of two codes repealed", codes, [][]string{{"L'article L. 1 du code civil et l'article L. 2 du code pénal sont abrogés."}},
			map[string][]string{t5L1: nil, t5P2: nil}},
		{"a range repealed", codes, [][]string{{"Les articles L. 1 à L. 5 du code pénal sont abrogés."}},
			map[string][]string{t5P1: nil, t5P2: nil, t5P5: nil}},
		{"a code's articles and a law's", map[string][]string{"code pénal|L1": {"Le mot A."}, "code pénal|L2": {"Le mot A."}, t5Law + "|3": {"Le mot A."}, "3": {"Le mot A."}},
			[][]string{{"Aux articles L. 1 et L. 2 du code pénal et à l'article 3 de la loi n° 2000-1 du 1er janvier 2000, " + aToB}},
			map[string][]string{"code pénal|L1": b, "code pénal|L2": b, t5Law + "|3": b}},
		{"la même loi, none named", codes, [][]string{{"À l'article L. 1 du code civil et aux articles 3 et 4 de la même loi, " + aToB}}, nil},
	})
}

// TestTargets5OneTargetLacksTheWords: the same words replaced in
// several articles, one lacking them: each article is edited whole or
// not at all, the others applied — a list and a range alike; an alinéa
// one article lacks refuses that article alone too.
func TestTargets5OneTargetLacksTheWords(t *testing.T) {
	half := map[string][]string{"L1": {"Le mot A."}, "L2": {"Le mot C."}, "L3": {"Le mot A."}}
	b := []string{"Le mot B."}
	runCodes(t, []codesCase{
		{"a list", half, [][]string{{"Aux articles L. 1, L. 2 et L. 3 du code civil, " + aToB}},
			map[string][]string{partRefused: nil, "L1": b, "L3": b}},
		{"a range", half, [][]string{{"Aux articles L. 1 à L. 3 du code civil, " + aToB}},
			map[string][]string{partRefused: nil, "L1": b, "L3": b}},
		{"an alinéa one lacks", map[string][]string{"L1": {"Le mot A."}, "L2": {"Le mot A.", "Le mot A."}}, [][]string{{"Au second alinéa des articles L. 1 et L. 2 du code civil, " + aToB}},
			map[string][]string{partRefused: nil, "L2": {"Le mot A.", "Le mot B."}}},
	})
}

// TestTargets5WhichText: the text an article belongs to — the last
// code named ("du même code", "dudit code", "du code précité", "de ce
// code"), never one named inside quoted text; a group's head for an
// article named alone in it, another code named in an item apart;
// "L.O." articles, "1er", "3 bis"; a law's articles, never a code
// article of the same number.
func TestTargets5WhichText(t *testing.T) {
	codes := t5Codes()
	lo := map[string][]string{"LO1": {"Le mot A."}, "L1": {"Le mot A."}, "1": {"Le mot A."}, "3": {"Le mot A."}, "3 bis": {"Le mot A."}}
	lawc := map[string][]string{"3": {"Le mot A."}, "4": {"Le mot A."}, "code pénal|3": {"Le mot A."}, t5Law + "|3": {"Le mot A."}}
	b := []string{"Le mot B."}
	var cases []codesCase
	for _, same := range []string{"du même code", "dudit code", "du code précité", "de ce code"} {
		cases = append(cases, codesCase{"L. 2 " + same, codes, [][]string{{"I. – À l'article L. 1 du code pénal, " + aToB, "II. – À l'article L. 2 " + same + ", " + aToB}},
			map[string][]string{t5P1: t5B(t5P1), t5P2: t5B(t5P2)}})
	}
	cases = append(cases, []codesCase{
		{"a code named in new alinéas", codes, [][]string{{"I. – L'article L. 1 du code pénal est complété par un alinéa ainsi rédigé :", "« Les articles L. 2 et L. 3 du code civil sont applicables. »", "II. – À l'article L. 2 du même code, " + aToB}},
			map[string][]string{t5P1: append(t5Codes()[t5P1], "Les articles L. 2 et L. 3 du code civil sont applicables."), t5P2: t5B(t5P2)}},
		{"a code named in new words", codes, [][]string{{"I. – À l'article L. 1 du code pénal, le mot : « pénal » est remplacé par les mots : « du code civil ».", "II. – À l'article L. 2 dudit code, " + aToB}},
			map[string][]string{t5P1: {"Le mot A du code civil.", "Le mot A second."}, t5P2: t5B(t5P2)}},
		{"du présent code in new words", codes, [][]string{{"I. – À l'article L. 1 du code pénal, le mot : « pénal » est remplacé par les mots : « du présent code ».", "II. – À l'article L. 2 du même code, " + aToB}},
			map[string][]string{t5P1: {"Le mot A du présent code.", "Le mot A second."}, t5P2: t5B(t5P2)}},
		{"a code named in a new article under a head", codes, [][]string{{"Le code civil est ainsi modifié :", "1° Après l'article L. 1, il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – Les dispositions du code pénal sont applicables. » ;", "2° À l'article L. 2 du même code, " + aToB}},
			map[string][]string{"L1-1": {"Les dispositions du code pénal sont applicables."}, t5L2: t5B(t5L2)}},
		{"a code named in words under a head", codes, [][]string{{"Le code pénal est ainsi modifié :", "1° À l'article L. 1, les mots : « A pénal » sont remplacés par les mots : « A du code civil » ;", "2° À l'article L. 2, " + aToB}},
			map[string][]string{t5P1: {"Le mot A du code civil.", "Le mot A second."}, t5P2: t5B(t5P2)}},
		{"articles alone under a head", codes, [][]string{{"Le code pénal est ainsi modifié :", "1° L'article L. 1 est abrogé ;", "2° Aux articles L. 2 et L. 5, " + aToB}},
			map[string][]string{t5P1: nil, t5P2: t5B(t5P2), t5P5: t5B(t5P5)}},
		{"another code named in an item: the head's after it", codes, [][]string{{"Le code civil est ainsi modifié :", "1° À l'article L. 1, " + aToB, "2° À l'article L. 5 du code pénal, " + aToB, "3° L'article L. 2 est abrogé."}},
			map[string][]string{t5L1: t5B(t5L1), t5P5: t5B(t5P5), t5L2: nil}},
		{"another code named in an item: du même code after it", codes, [][]string{{"Le code civil est ainsi modifié :", "1° À l'article L. 5 du code pénal, " + aToB, "2° À l'article L. 2 du même code, " + aToB}},
			map[string][]string{t5P5: t5B(t5P5), t5P2: t5B(t5P2)}},
		{"another code's article with items, then the head's", codes, [][]string{{"Le code civil est ainsi modifié :", "1° L'article L. 1 du code pénal est ainsi modifié :", "a) Au premier alinéa, " + aToB, "b) Le second alinéa est supprimé ;", "2° L'article L. 2 est abrogé."}},
			map[string][]string{t5P1: {"Le mot B pénal."}, t5L2: nil}},
		{"another code named in a sub-item", codes, [][]string{{"Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Au premier alinéa, " + aToB, "b) À l'article L. 5 du code pénal, " + aToB, "c) Au second alinéa, " + aToB}},
			map[string][]string{t5L1: t5B(t5L1), t5P5: t5B(t5P5)}},
		{"an article alone after a group, its code the only one", codes, [][]string{{"I. – Le code pénal est ainsi modifié :", "1° À l'article L. 1, " + aToB, "II. – À l'article L. 2, " + aToB}},
			map[string][]string{t5P1: t5B(t5P1), t5P2: t5B(t5P2)}},
		{"an article alone after a group naming two codes", codes, [][]string{{"I. – Le code pénal est ainsi modifié :", "1° À l'article L. 1, " + aToB, "2° À l'article L. 3 du code civil, " + aToB, "II. – L'article L. 2 est abrogé."}},
			map[string][]string{partRefused: nil, t5P1: t5B(t5P1), t5L3: t5B(t5L3)}},
		{"an article alone in another bill article", codes, [][]string{{"Le code pénal est ainsi modifié :", "1° À l'article L. 1, " + aToB}, {"L'article L. 2 est abrogé."}},
			map[string][]string{partRefused: nil, t5P1: t5B(t5P1)}},
		{"L.O.", lo, [][]string{{"À l'article L.O. 1 du code civil, " + aToB}}, map[string][]string{"LO1": b}},
		{"L. O.", lo, [][]string{{"À l'article L. O. 1 du code civil, " + aToB}}, map[string][]string{"LO1": b}},
		{"L.O. and L.", lo, [][]string{{"Aux articles L.O. 1 et L. 1 du code civil, " + aToB}}, map[string][]string{"LO1": b, "L1": b}},
		{"L.O. the corpus lacks", map[string][]string{"L1": {"Le mot A."}}, [][]string{{"À l'article L.O. 1 du code civil, " + aToB}}, map[string][]string{}},
		{"article 1er", lo, [][]string{{"À l'article 1er du code civil, " + aToB}}, map[string][]string{"1": b}},
		{"article 3 bis", lo, [][]string{{"À l'article 3 bis du code civil, " + aToB}}, map[string][]string{"3 bis": b}},
		{"article 3 bis the corpus lacks", map[string][]string{"3": {"Le mot A."}}, [][]string{{"À l'article 3 bis du code civil, " + aToB}}, map[string][]string{}},
		{"a law's article the corpus lacks", map[string][]string{"3": {"Le mot A."}, "code pénal|3": {"Le mot A."}}, [][]string{{"À l'article 3 de la loi n° 2000-1 du 1er janvier 2000, " + aToB}}, map[string][]string{}},
		{"a law's article under a code's head", map[string][]string{"3": {"Le mot A."}}, [][]string{{"Le code civil est ainsi modifié :", "1° À l'article 3 de la loi n° 2000-1 du 1er janvier 2000, " + aToB}}, map[string][]string{}},
		{"a law's articles the corpus lacks", map[string][]string{"3": {"Le mot A."}, "4": {"Le mot A."}}, [][]string{{"Aux articles 3 et 4 de la loi n° 2000-1 du 1er janvier 2000, " + aToB}}, map[string][]string{}},
		{"a law's range the corpus lacks", map[string][]string{"3": {"Le mot A."}, "4": {"Le mot A."}}, [][]string{{"Aux articles 3 à 4 de la loi n° 2000-1 du 1er janvier 2000, " + aToB}}, map[string][]string{}},
		{"a law whose title names a code", map[string][]string{"3": {"Le mot A."}}, [][]string{{"À l'article 3 de la loi n° 2000-1 du 1er janvier 2000 portant réforme du code civil, " + aToB}}, map[string][]string{}},
		{"an ordonnance whose title names a code", map[string][]string{"3": {"Le mot A."}}, [][]string{{"À l'article 3 de l'ordonnance n° 2000-2 du 1er janvier 2000 relative à la partie législative du code civil, " + aToB}}, map[string][]string{}},
		{"a law's article held", lawc, [][]string{{"I. – À l'article 3 de la loi n° 2000-1 du 1er janvier 2000, " + aToB, "II. – L'article 3 du code civil est abrogé."}},
			map[string][]string{t5Law + "|3": b, "3": nil}},
		{"a law's article, then one alone under the code's head", lawc, [][]string{{"Le code civil est ainsi modifié :", "1° À l'article 3 de la loi n° 2000-1 du 1er janvier 2000, " + aToB, "2° À l'article 4, " + aToB}},
			map[string][]string{t5Law + "|3": b, "4": b}},
	}...)
	runCodes(t, cases)
}

// TestTargets5PairUnderAnotherTextsContext: two places each naming its
// article, one naming no text, under a context of another text — the
// context's or the other's? Refused (the other's was taken); one noun
// for both, a text named in each, the context's own text, or no context
// are read.
func TestTargets5PairUnderAnotherTextsContext(t *testing.T) {
	codes := t5Codes()
	head := "Le code civil est ainsi modifié :"
	runCodes(t, []codesCase{
		{"the code after both", codes, [][]string{{head, "1° À l'article L. 1 et à l'article L. 5 du code pénal, " + aToB}}, nil},
		{"the code after both, an alinéa first", codes, [][]string{{head, "1° À l'article L. 1 et au premier alinéa de l'article L. 2 du code pénal, " + aToB}}, nil},
		{"the code after the first", codes, [][]string{{head, "1° À l'article L. 5 du code pénal et à l'article L. 2, " + aToB}}, nil},
		{"subjects", codes, [][]string{{head, "1° L'article L. 1 et l'article L. 5 du code pénal sont abrogés ;"}}, nil},
		{"subjects, an alinéa first", codes, [][]string{{head, "1° Le second alinéa de l'article L. 1 et l'article L. 5 du code pénal sont supprimés ;"}}, nil},
		{"three places after two codes", codes, [][]string{{"À l'article L. 1 du code civil, au premier alinéa de l'article L. 2 du code pénal et à l'article L. 3, " + aToB}}, nil},
		{"one noun", codes, [][]string{{head, "1° Aux articles L. 1 et L. 5 du code pénal, " + aToB}},
			map[string][]string{t5P1: t5B(t5P1), t5P5: t5B(t5P5)}},
		{"one noun, an alinéa", codes, [][]string{{head, "1° Au premier alinéa des articles L. 1 et L. 2 du code pénal, " + aToB}},
			map[string][]string{t5P1: t5B(t5P1, 1), t5P2: t5B(t5P2, 1)}},
		{"du même code in the second", codes, [][]string{{head, "1° À l'article L. 5 du code pénal et à l'article L. 2 du même code, " + aToB}},
			map[string][]string{t5P5: t5B(t5P5), t5P2: t5B(t5P2)}},
		{"du présent code in the first", codes, [][]string{{head, "1° À l'article L. 2 du présent code et à l'article L. 5 du code pénal, " + aToB}},
			map[string][]string{t5L2: t5B(t5L2), t5P5: t5B(t5P5)}},
		{"the context's code", codes, [][]string{{"Le code pénal est ainsi modifié :", "1° À l'article L. 1 et à l'article L. 5 du code pénal, " + aToB}},
			map[string][]string{t5P1: t5B(t5P1), t5P5: t5B(t5P5)}},
		{"no code", codes, [][]string{{head, "1° À l'article L. 1 et au premier alinéa de l'article L. 2, " + aToB}},
			map[string][]string{t5L1: t5B(t5L1), t5L2: t5B(t5L2, 1)}},
		{"no context, another code named before", codes, [][]string{{"I. – À l'article L. 3 du code civil, " + aToB, "II. – À l'article L. 1 et à l'article L. 5 du code pénal, " + aToB}},
			map[string][]string{t5L3: t5B(t5L3), t5P1: t5B(t5P1), t5P5: t5B(t5P5)}},
	})
}

// TestTargets5DivisionThenWholeArticle: a place naming no article joined
// to a whole article, "Au second alinéa et à l'article L. 2", is a
// division of the article a context names, not of L. 2 (L. 2's second
// alinéa alone was edited); with no article in context, refused.
func TestTargets5DivisionThenWholeArticle(t *testing.T) {
	codes := t5Codes()
	runCodes(t, []codesCase{
		{"under an article", codes, [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Au second alinéa et à l'article L. 2, " + aToB}},
			map[string][]string{t5L1: t5B(t5L1, 2), t5L2: t5B(t5L2)}},
		{"under an article, another code's article", codes, [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Au second alinéa et à l'article L. 2 du code pénal, " + aToB}},
			map[string][]string{t5L1: t5B(t5L1, 2), t5P2: t5B(t5P2)}},
		{"under an article item", codes, [][]string{{"Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Au premier alinéa et aux articles L. 1 et L. 5 du code pénal, " + aToB}},
			map[string][]string{t5L1: t5B(t5L1, 1), t5P1: t5B(t5P1), t5P5: t5B(t5P5)}},
		{"no article in context", codes, [][]string{{"Au premier alinéa et à l'article L. 5 du code pénal, " + aToB}}, nil},
		{"under a code", codes, [][]string{{"Le code pénal est ainsi modifié :", "1° Au second alinéa et aux articles L. 1 et L. 2, " + aToB}}, nil},
		// "Dans l'article" joins a place as "à l'article" does (the
		// second alinéa of L. 2 alone was edited).
		{"dans, under an article", codes, [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Dans le second alinéa et dans l'article L. 2, " + aToB}},
			map[string][]string{t5L1: t5B(t5L1, 2), t5L2: t5B(t5L2)}},
		{"dans, no article in context", codes, [][]string{{"Dans le second alinéa et dans l'article L. 2 du code civil, " + aToB}}, nil},
		{"dans, two articles", codes, [][]string{{"Dans le premier alinéa de l'article L. 1 et dans l'article L. 2 du code pénal, " + aToB}},
			map[string][]string{t5P1: t5B(t5P1, 1), t5P2: t5B(t5P2)}},
		{"dans l'article twice", codes, [][]string{{"Dans l'article L. 1 et dans l'article L. 2 du code pénal, " + aToB}},
			map[string][]string{t5P1: t5B(t5P1), t5P2: t5B(t5P2)}},
		// A division of the article named, as before.
		{"an alinéa and an alinéa of the article", codes, [][]string{{"Au premier alinéa et au second alinéa de l'article L. 2 du code pénal, " + aToB}},
			map[string][]string{t5P2: t5B(t5P2)}},
	})
}
