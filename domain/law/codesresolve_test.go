package law

import (
	"sort"
	"strings"
	"testing"
)

// The rules of the codes-resolve pass: which text an article number a
// bill names belongs to — a code, a law, an ordonnance, a décret —, over
// several bill articles and parts, with corpora holding articles of the
// same number in two texts. A misattribution is a wrong application: an
// instruction whose text is not known is refused.

// codesCase is a probe over several bill articles (bill, each its
// alinéas); arts and want are keyed as in law3Case ("L1" is the code
// civil's, "code de commerce|L1", "loi n° 2000-321|5"). A nil want says
// the bill is refused (an instruction unparsed or an error other than an
// article missing from the corpus), and nothing is changed; a want
// holding the key partRefused says one instruction is refused and the
// others give the texts the rest of want names.
type codesCase struct {
	name string
	arts map[string][]string
	bill [][]string
	want map[string][]string
}

const partRefused = "!"

func runCodes(t *testing.T, cases []codesCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := law3Corpus(tc.arts)
			var arts []Article
			for i, al := range tc.bill {
				n := "1er"
				if i > 0 {
					n = string(rune('1' + i))
				}
				arts = append(arts, Article{Number: ArticleNumber(n), Alineas: al})
			}
			ins := ParseInstructions(arts)
			got, errs := Apply(c, ins, ApplyOptions{})
			why := refusals(ins, errs)
			show := func(co Corpus) string {
				var keys []string
				byKey := map[string]CodeArticle{}
				for r, a := range co {
					keys = append(keys, r.String())
					byKey[r.String()] = a
				}
				sort.Strings(keys)
				var b strings.Builder
				for _, k := range keys {
					b.WriteString("[" + k + "]\n  " + strings.Join(byKey[k].Alineas, "\n  ") + "\n")
				}
				return b.String()
			}
			_, part := tc.want[partRefused]
			exp := law3Expected(c, tc.want, partRefused)
			same := law3Same(got, exp)
			if tc.want == nil || part {
				if len(why) == 0 {
					t.Fatalf("applied, want refused:\n%s", show(got))
				}
				if !same {
					t.Fatalf("refused (%s) but changed:\n%s", strings.Join(why, "; "), show(got))
				}
				return
			}
			if len(why) > 0 {
				t.Fatalf("refused: %s", strings.Join(why, "; "))
			}
			if !same {
				t.Errorf("got\n%s\nwant\n%s", show(got), show(exp))
			}
		})
	}
}

// two gives an article of the code civil and one of text, both numbered
// num, both reading "Le mot A."
func two(text, num string) map[string][]string {
	return map[string][]string{num: {"Le mot A."}, text + "|" + num: {"Le mot A."}}
}

const aToB = "le mot : « A » est remplacé par le mot : « B »."

// TestCodesProbe: the probes of this pass, each with the text meant.
func TestCodesProbe(t *testing.T) {
	law := "loi n° 2000-321"
	ord := "ordonnance 2005-1"
	runCodes(t, []codesCase{
		// 1. Texts that are not codes.
		{"law article items", two(law, "5"), [][]string{{
			"L'article 5 de la loi n° 2000-321 du 12 avril 2000 est ainsi modifié :",
			"1° Au premier alinéa, " + aToB,
		}}, map[string][]string{law + "|5": {"Le mot B."}}},
		{"ordonnance article", two(ord, "3"), [][]string{{
			"À l'article 3 de l'ordonnance n° 2005-1 du 6 janvier 2005, " + aToB,
		}}, map[string][]string{ord + "|3": {"Le mot B."}}},
		{"même code after a law", map[string][]string{"L2": {"Le mot A."}, "L1": {"Le mot A."}, law + "|5": {"Le mot A."}, "code de commerce|L2": {"Le mot A."}}, [][]string{{
			"I. – À l'article L. 1 du code civil, " + aToB,
			"II. – À l'article 5 de la loi n° 2000-321 du 12 avril 2000, " + aToB,
			"III. – À l'article L. 2 du même code, " + aToB,
		}}, map[string][]string{"L1": {"Le mot B."}, law + "|5": {"Le mot B."}, "L2": {"Le mot B."}}},
		{"même code after a law, no code before", map[string][]string{"L2": {"Le mot A."}, law + "|5": {"Le mot A."}, law + "|L2": {"Le mot A."}}, [][]string{{
			"I. – À l'article 5 de la loi n° 2000-321 du 12 avril 2000, " + aToB,
			"II. – À l'article L. 2 du même code, " + aToB,
		}}, map[string][]string{partRefused: nil, law + "|5": {"Le mot B."}}},
		{"de ladite loi", map[string][]string{"6": {"Le mot A."}, law + "|5": {"Le mot A."}, law + "|6": {"Le mot A."}}, [][]string{{
			"I. – À l'article 5 de la loi n° 2000-321 du 12 avril 2000, " + aToB,
			"II. – À l'article 6 de ladite loi, " + aToB,
		}}, map[string][]string{law + "|5": {"Le mot B."}, law + "|6": {"Le mot B."}}},
		{"de la même loi", map[string][]string{"6": {"Le mot A."}, law + "|5": {"Le mot A."}, law + "|6": {"Le mot A."}}, [][]string{{
			"I. – À l'article 5 de la loi n° 2000-321 du 12 avril 2000, " + aToB,
			"II. – À l'article 6 de la même loi, " + aToB,
		}}, map[string][]string{law + "|5": {"Le mot B."}, law + "|6": {"Le mot B."}}},
		{"de la même ordonnance", map[string][]string{"4": {"Le mot A."}, ord + "|3": {"Le mot A."}, ord + "|4": {"Le mot A."}}, [][]string{{
			"I. – À l'article 3 de l'ordonnance n° 2005-1 du 6 janvier 2005, " + aToB,
			"II. – À l'article 4 de la même ordonnance, " + aToB,
		}}, map[string][]string{ord + "|3": {"Le mot B."}, ord + "|4": {"Le mot B."}}},
		{"de la même loi, none named", map[string][]string{"6": {"Le mot A."}}, [][]string{{
			"À l'article 6 de la même loi, " + aToB,
		}}, nil},
		{"de la même loi after an ordonnance", map[string][]string{"4": {"Le mot A."}, ord + "|4": {"Le mot A."}, ord + "|3": {"Le mot A."}}, [][]string{{
			"I. – À l'article 3 de l'ordonnance n° 2005-1 du 6 janvier 2005, " + aToB,
			"II. – À l'article 4 de la même loi, " + aToB,
		}}, map[string][]string{partRefused: nil, ord + "|3": {"Le mot B."}}},
		{"de la présente loi", map[string][]string{"2": {"Le mot A."}}, [][]string{{
			"À l'article 2 de la présente loi, " + aToB,
		}}, nil},
		{"décret article", map[string][]string{"L2": {"Le mot A."}, "decret 2004-374|2": {"Le mot A."}}, [][]string{{
			"À l'article 2 du décret n° 2004-374 du 29 avril 2004, " + aToB,
		}}, map[string][]string{"decret 2004-374|2": {"Le mot B."}}},
		{"loi du date, not numbered", map[string][]string{"5": {"Le mot A."}}, [][]string{{
			"Le code civil est ainsi modifié :",
			"1° À l'article 5 de la loi du 29 juillet 1881, " + aToB,
		}}, nil},

		{"loi du date précitée", map[string][]string{"6": {"Le mot A."}, law + "|5": {"Le mot A."}, law + "|6": {"Le mot A."}}, [][]string{{
			"I. – À l'article 5 de la loi n° 2000-321 du 12 avril 2000, " + aToB,
			"II. – À l'article 6 de la loi du 12 avril 2000 précitée, " + aToB,
		}}, map[string][]string{law + "|5": {"Le mot B."}, law + "|6": {"Le mot B."}}},
		{"ordonnance head", map[string][]string{"3": {"Le mot A."}, ord + "|3": {"Le mot A."}, ord + "|4": {"Le mot A."}}, [][]string{{
			"L'ordonnance n° 2005-1 du 6 janvier 2005 est ainsi modifiée :",
			"1° À l'article 3, " + aToB,
			"2° L'article 4 est abrogé.",
		}}, map[string][]string{ord + "|3": {"Le mot B."}, ord + "|4": nil}},
		{"law's article under a code head", map[string][]string{"5": {"Le mot A."}, "code général des impôts|5": {"Le mot A."}, law + "|5": {"Le mot A."}}, [][]string{{
			"Le code général des impôts est ainsi modifié :",
			"1° À l'article 5, " + aToB,
			"2° À l'article 5 de la loi n° 2000-321 du 12 avril 2000, " + aToB,
		}}, map[string][]string{"code général des impôts|5": {"Le mot B."}, law + "|5": {"Le mot B."}}},
		// 2. Names of codes.
		{"Code civil capital", two("code de commerce", "L1"), [][]string{{
			"À l'article L. 1 du Code civil, " + aToB,
		}}, map[string][]string{"L1": {"Le mot B."}}},
		{"code général des impôts", two("code général des impôts", "1"), [][]string{{
			"À l'article 1 du code général des impôts, " + aToB,
		}}, map[string][]string{"code général des impôts|1": {"Le mot B."}}},
		{"livre des procédures fiscales", two("livre des procédures fiscales", "L1"), [][]string{{
			"À l'article L. 1 du livre des procédures fiscales, " + aToB,
		}}, map[string][]string{"livre des procédures fiscales|L1": {"Le mot B."}}},
		{"code du travail applicable à Mayotte", map[string][]string{"code du travail|L1": {"Le mot A."}, "code du travail applicable à Mayotte|L1": {"Le mot A."}}, [][]string{{
			"À l'article L. 1 du code du travail applicable à Mayotte, " + aToB,
		}}, map[string][]string{"code du travail applicable à Mayotte|L1": {"Le mot B."}}},
		{"code du travail not Mayotte's", map[string][]string{"code du travail|L1": {"Le mot A."}, "code du travail applicable à Mayotte|L1": {"Le mot A."}}, [][]string{{
			"À l'article L. 1 du code du travail, " + aToB,
		}}, map[string][]string{"code du travail|L1": {"Le mot B."}}},
		{"code rural et de la pêche maritime", map[string][]string{"code rural|L1": {"Le mot A."}, "code rural et de la pêche maritime|L1": {"Le mot A."}}, [][]string{{
			"À l'article L. 1 du code rural et de la pêche maritime, " + aToB,
		}}, map[string][]string{"code rural et de la pêche maritime|L1": {"Le mot B."}}},
		// The code rural is the code rural et de la pêche maritime under
		// its name before 2010 (TestCodesRenamed).
		{"code rural", map[string][]string{"code rural et de la pêche maritime|L1": {"Le mot A."}, "code de commerce|L1": {"Le mot A."}}, [][]string{{
			"À l'article L. 1 du code rural, " + aToB,
		}}, map[string][]string{"code rural et de la pêche maritime|L1": {"Le mot B."}}},
		{"du code précité", map[string][]string{"L1": {"Le mot A."}, "L2": {"Le mot A."}, "code de commerce|L2": {"Le mot A."}}, [][]string{{
			"I. – À l'article L. 1 du code civil, " + aToB,
			"II. – À l'article L. 2 du code précité, " + aToB,
		}}, map[string][]string{"L1": {"Le mot B."}, "L2": {"Le mot B."}}},
		{"de ce code", map[string][]string{"L1": {"Le mot A."}, "L2": {"Le mot A."}, "code de commerce|L2": {"Le mot A."}}, [][]string{{
			"I. – À l'article L. 1 du code civil, " + aToB,
			"II. – À l'article L. 2 de ce code, " + aToB,
		}}, map[string][]string{"L1": {"Le mot B."}, "L2": {"Le mot B."}}},
		{"dudit code", map[string][]string{"L1": {"Le mot A."}, "L2": {"Le mot A."}, "code de commerce|L2": {"Le mot A."}}, [][]string{{
			"I. – À l'article L. 1 du code civil, " + aToB,
			"II. – À l'article L. 2 dudit code, " + aToB,
		}}, map[string][]string{"L1": {"Le mot B."}, "L2": {"Le mot B."}}},
		{"du présent code in new text", map[string][]string{"L1": {"Le mot A."}}, [][]string{{
			"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :",
			"« Les dispositions de l'article L. 5 du présent code sont applicables. »",
		}}, map[string][]string{"L1": {"Le mot A.", "Les dispositions de l'article L. 5 du présent code sont applicables."}}},

		{"code précité after two codes", map[string][]string{"L1": {"Le mot A."}, "L2": {"Le mot A."}, "code de commerce|L1": {"Le mot A."}, "code de commerce|L2": {"Le mot A."}}, [][]string{{
			"I. – À l'article L. 1 du code civil, " + aToB,
			"II. – À l'article L. 1 du code de commerce, " + aToB,
			"III. – À l'article L. 2 du code précité, " + aToB,
		}}, map[string][]string{partRefused: nil, "L1": {"Le mot B."}, "code de commerce|L1": {"Le mot B."}}},
		{"another code named over the head's", map[string][]string{"L1": {"Le mot A."}, "code de l'éducation|L1": {"Le mot A."}}, [][]string{{
			"Le code civil est ainsi modifié :",
			"1° À l'article L. 1 du code de l'éducation, " + aToB,
		}}, map[string][]string{"code de l'éducation|L1": {"Le mot B."}}},
		// 3. Context across bill articles and parts.
		{"même code in the next bill article", map[string][]string{"L1": {"Le mot A."}, "L2": {"Le mot A."}, "code de commerce|L2": {"Le mot A."}}, [][]string{
			{"À l'article L. 1 du code civil, " + aToB},
			{"À l'article L. 2 du même code, " + aToB},
		}, map[string][]string{"L1": {"Le mot B."}, "L2": {"Le mot B."}}},
		{"code in new text is not the context", map[string][]string{"L1": {"Le mot A."}, "L2": {"Le mot A."}, "code de commerce|L2": {"Le mot A."}}, [][]string{{
			"I. – L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :",
			"« Les dispositions de l'article L. 5 du code de commerce sont applicables. »",
			"II. – À l'article L. 2 du même code, " + aToB,
		}}, map[string][]string{"L1": {"Le mot A.", "Les dispositions de l'article L. 5 du code de commerce sont applicables."}, "L2": {"Le mot B."}}},
		{"code in new article is not the context", map[string][]string{"L1": {"Le mot A."}, "L2": {"Le mot A."}, "code de commerce|L2": {"Le mot A."}}, [][]string{{
			"I. – Après l'article L. 1 du code civil, il est inséré un article L. 1-1 ainsi rédigé :",
			"« Art. L. 1-1. – Les dispositions de l'article L. 5 du code de commerce sont applicables. »",
			"II. – À l'article L. 2 du même code, " + aToB,
		}}, map[string][]string{"L1-1": {"Les dispositions de l'article L. 5 du code de commerce sont applicables."}, "L2": {"Le mot B."}}},
		{"même code after a censured part", map[string][]string{"L2": {"Le mot A."}, "code de commerce|L2": {"Le mot A."}}, [][]string{
			{"À l'article L. 1 du code de commerce, " + aToB},
			{"I. – (Censuré)", "II. – À l'article L. 2 du même code, " + aToB},
		}, nil},
		{"même code after a deferred instruction", map[string][]string{"L1": {"Le mot A."}, "L2": {"Le mot A."}, "code de commerce|L2": {"Le mot A."}, "code de commerce|L1": {"Le mot A."}}, [][]string{
			{"À l'article L. 1 du code de commerce, " + aToB},
			{"I. – À compter du 1er janvier 2030, l'article L. 1 du code civil est abrogé.", "II. – À l'article L. 2 du même code, " + aToB},
		}, map[string][]string{partRefused: nil, "code de commerce|L1": {"Le mot B."}, "L2": {"Le mot B."}}},
		{"même code after two codes in the bill article before", map[string][]string{"L2": {"Le mot A."}, "code de commerce|L2": {"Le mot A."}}, [][]string{
			{"À l'article L. 1 du code de commerce et à l'article L. 1 du code civil, " + aToB},
			{"À l'article L. 2 du même code, " + aToB},
		}, map[string][]string{"L2": {"Le mot B."}}},
		{"two articles, second of the same code", map[string][]string{"L1": {"Le mot A."}, "L2": {"Le mot A."}, "code de commerce|L2": {"Le mot A."}}, [][]string{
			{"L'article L. 1 du code civil et l'article L. 2 du même code sont abrogés."},
		}, map[string][]string{"L1": nil, "L2": nil}},
		{"no code said, earlier bill article's", map[string][]string{"L2": {"Le mot A."}, "code de commerce|L2": {"Le mot A."}}, [][]string{
			{"À l'article L. 1 du code civil, " + aToB},
			{"À l'article L. 2, " + aToB},
		}, nil},

		{"dans sa rédaction issue de la loi, first", map[string][]string{"L1": {"Le mot A."}, law + "|L1": {"Le mot A."}}, [][]string{{
			"Dans sa rédaction issue de la loi n° 2000-321 du 12 avril 2000, l'article L. 1 du code civil est ainsi modifié :",
			"1° " + "Le mot : « A » est remplacé par le mot : « B ».",
		}}, map[string][]string{"L1": {"Le mot B."}}},
		{"loi with its title", map[string][]string{"5": {"Le mot A."}, law + "|5": {"Le mot A."}}, [][]string{{
			"À l'article 5 de la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec les administrations, " + aToB,
		}}, map[string][]string{law + "|5": {"Le mot B."}}},
		{"ordonnance précitée", map[string][]string{"4": {"Le mot A."}, ord + "|3": {"Le mot A."}, ord + "|4": {"Le mot A."}}, [][]string{{
			"I. – À l'article 3 de l'ordonnance n° 2005-1 du 6 janvier 2005, " + aToB,
			"II. – À l'article 4 de l'ordonnance n° 2005-1 du 6 janvier 2005 précitée, " + aToB,
		}}, map[string][]string{ord + "|3": {"Le mot B."}, ord + "|4": {"Le mot B."}}},
		{"ladite ordonnance", map[string][]string{"4": {"Le mot A."}, ord + "|3": {"Le mot A."}, ord + "|4": {"Le mot A."}}, [][]string{{
			"I. – À l'article 3 de l'ordonnance n° 2005-1 du 6 janvier 2005, " + aToB,
			"II. – À l'article 4 de ladite ordonnance, " + aToB,
		}}, map[string][]string{ord + "|3": {"Le mot B."}, ord + "|4": {"Le mot B."}}},
		{"même décret", map[string][]string{"3": {"Le mot A."}, "decret 2004-374|2": {"Le mot A."}, "decret 2004-374|3": {"Le mot A."}}, [][]string{{
			"I. – À l'article 2 du décret n° 2004-374 du 29 avril 2004, " + aToB,
			"II. – À l'article 3 du même décret, " + aToB,
		}}, map[string][]string{"decret 2004-374|2": {"Le mot B."}, "decret 2004-374|3": {"Le mot B."}}},
		{"code susvisé", map[string][]string{"L1": {"Le mot A."}, "L2": {"Le mot A."}, "code de commerce|L2": {"Le mot A."}}, [][]string{{
			"I. – À l'article L. 1 du code civil, " + aToB,
			"II. – À l'article L. 2 du code susvisé, " + aToB,
		}}, map[string][]string{"L1": {"Le mot B."}, "L2": {"Le mot B."}}},
		{"même code after items naming a law under a code head", map[string][]string{"L1": {"Le mot A."}, "L2": {"Le mot A."}, law + "|5": {"Le mot A."}, law + "|L2": {"Le mot A."}}, [][]string{{
			"I. – Le code civil est ainsi modifié :",
			"1° À l'article L. 1, " + aToB,
			"2° À l'article 5 de la loi n° 2000-321 du 12 avril 2000, " + aToB,
			"II. – À l'article L. 2 du même code, " + aToB,
		}}, map[string][]string{"L1": {"Le mot B."}, law + "|5": {"Le mot B."}, "L2": {"Le mot B."}}},
		{"article without text after a law item under a code head", map[string][]string{"L1": {"Le mot A."}, "L2": {"Le mot A."}, law + "|5": {"Le mot A."}, law + "|L2": {"Le mot A."}}, [][]string{{
			"Le code civil est ainsi modifié :",
			"1° À l'article L. 1, " + aToB,
			"2° À l'article 5 de la loi n° 2000-321 du 12 avril 2000, " + aToB,
			"3° À l'article L. 2, " + aToB,
		}}, map[string][]string{"L1": {"Le mot B."}, law + "|5": {"Le mot B."}, "L2": {"Le mot B."}}},
		{"LO 111-3 of the CSS", map[string][]string{"code de la sécurité sociale|L111-3": {"Le mot A."}, "code de la sécurité sociale|LO111-3": {"Le mot A."}}, [][]string{{
			"À l'article LO 111-3 du code de la sécurité sociale, " + aToB,
		}}, map[string][]string{"code de la sécurité sociale|LO111-3": {"Le mot B."}}},
		{"L.O. spaced", map[string][]string{"L1": {"Le mot A."}, "LO1": {"Le mot A."}}, [][]string{{
			"À l'article L. O. 1 du code civil, " + aToB,
		}}, map[string][]string{"LO1": {"Le mot B."}}},
		{"R* 1", map[string][]string{"R1": {"Le mot A."}, "L1": {"Le mot A."}}, [][]string{{
			"À l'article R.* 1 du code civil, " + aToB,
		}}, map[string][]string{"R1": {"Le mot B."}}},
		{"law's article 1er under its head", map[string][]string{"1": {"Le mot A."}, law + "|1": {"Le mot A."}}, [][]string{{
			"La loi n° 2000-321 du 12 avril 2000 est ainsi modifiée :",
			"1° À l'article 1er, " + aToB,
		}}, map[string][]string{law + "|1": {"Le mot B."}}},
		{"audit code", map[string][]string{"L1": {"Le mot A."}, "L2": {"Le mot A."}, "code de commerce|L2": {"Le mot A."}}, [][]string{{
			"I. – À l'article L. 1 du code civil, " + aToB,
			"II. – Au premier alinéa de l'article L. 2 dudit code, " + aToB,
		}}, map[string][]string{"L1": {"Le mot B."}, "L2": {"Le mot B."}}},
		{"loi organique", map[string][]string{"5": {"Le mot A."}, "loi n° 2001-692|5": {"Le mot A."}}, [][]string{{
			"À l'article 5 de la loi organique n° 2001-692 du 1er août 2001 relative aux lois de finances, " + aToB,
		}}, map[string][]string{"loi n° 2001-692|5": {"Le mot B."}}},
		{"code then present law in a locator", map[string][]string{"L1": {"Le mot A."}, "2": {"Le mot A."}}, [][]string{{
			"À l'article 2 de la présente loi, " + aToB,
			"À l'article L. 1 du code civil, " + aToB,
		}}, map[string][]string{partRefused: nil, "L1": {"Le mot B."}}},
		{"présente loi under a code head", map[string][]string{"2": {"Le mot A."}}, [][]string{{
			"Le code civil est ainsi modifié :",
			"1° À l'article 2 de la présente loi, " + aToB,
		}}, nil},
		{"code précité after a law", map[string][]string{"L1": {"Le mot A."}, "L2": {"Le mot A."}, law + "|5": {"Le mot A."}, law + "|L2": {"Le mot A."}}, [][]string{{
			"I. – À l'article L. 1 du code civil, " + aToB,
			"II. – À l'article 5 de la loi n° 2000-321 du 12 avril 2000, " + aToB,
			"III. – À l'article L. 2 du code précité, " + aToB,
		}}, map[string][]string{"L1": {"Le mot B."}, law + "|5": {"Le mot B."}, "L2": {"Le mot B."}}},
		{"au code civil locator first", map[string][]string{"L1": {"Le mot A."}, "code de commerce|L1": {"Le mot A."}}, [][]string{{
			"Au code civil, à l'article L. 1, " + aToB,
		}}, map[string][]string{"L1": {"Le mot B."}}},
		{"même loi across bill articles", map[string][]string{"6": {"Le mot A."}, law + "|5": {"Le mot A."}, law + "|6": {"Le mot A."}}, [][]string{
			{"À l'article 5 de la loi n° 2000-321 du 12 avril 2000, " + aToB},
			{"À l'article 6 de la même loi, " + aToB},
		}, map[string][]string{law + "|5": {"Le mot B."}, law + "|6": {"Le mot B."}}},
		{"ordonnance du date précitée", map[string][]string{"4": {"Le mot A."}, ord + "|3": {"Le mot A."}, ord + "|4": {"Le mot A."}}, [][]string{{
			"I. – À l'article 3 de l'ordonnance n° 2005-1 du 6 janvier 2005, " + aToB,
			"II. – À l'article 4 de l'ordonnance du 6 janvier 2005 précitée, " + aToB,
		}}, map[string][]string{ord + "|3": {"Le mot B."}, ord + "|4": {"Le mot B."}}},
		{"le même code est ainsi modifié", map[string][]string{"L1": {"Le mot A."}, "L2": {"Le mot A."}, "code de commerce|L2": {"Le mot A."}}, [][]string{{
			"I. – À l'article L. 1 du code civil, " + aToB,
			"II. – Le même code est ainsi modifié :",
			"1° À l'article L. 2, " + aToB,
		}}, map[string][]string{"L1": {"Le mot B."}, "L2": {"Le mot B."}}},
		{"ledit code est ainsi modifié after a law only", map[string][]string{"L2": {"Le mot A."}, law + "|5": {"Le mot A."}}, [][]string{{
			"I. – À l'article 5 de la loi n° 2000-321 du 12 avril 2000, " + aToB,
			"II. – Ledit code est ainsi modifié :",
			"1° À l'article L. 2, " + aToB,
		}}, map[string][]string{partRefused: nil, law + "|5": {"Le mot B."}}},
		{"code précité under a head of another code", map[string][]string{"L1": {"Le mot A."}, "L2": {"Le mot A."}, "code de commerce|L2": {"Le mot A."}}, [][]string{{
			"I. – À l'article L. 1 du code civil, " + aToB,
			"II. – Le code de commerce est ainsi modifié :",
			"1° À l'article L. 2 du code précité, " + aToB,
		}}, map[string][]string{partRefused: nil, "L1": {"Le mot B."}}},
		{"article 2 with no text at all", map[string][]string{"2": {"Le mot A."}}, [][]string{{
			"À l'article 2, " + aToB,
		}}, nil},
		{"du même code after a law head, items", map[string][]string{"L1": {"Le mot A."}, "L2": {"Le mot A."}, law + "|5": {"Le mot A."}}, [][]string{{
			"I. – À l'article L. 1 du code civil, " + aToB,
			"II. – La loi n° 2000-321 du 12 avril 2000 est ainsi modifiée :",
			"1° À l'article 5, " + aToB,
			"2° À l'article L. 2 du même code, " + aToB,
		}}, map[string][]string{"L1": {"Le mot B."}, law + "|5": {"Le mot B."}, "L2": {"Le mot B."}}},
		{"article 5 after a law head then a code article", map[string][]string{"L1": {"Le mot A."}, "5": {"Le mot A."}, law + "|5": {"Le mot A."}}, [][]string{{
			"I. – La loi n° 2000-321 du 12 avril 2000 est ainsi modifiée :",
			"1° À l'article L. 1 du code civil, " + aToB,
			"2° À l'article 5, " + aToB,
		}}, map[string][]string{"L1": {"Le mot B."}, law + "|5": {"Le mot B."}}},
		// 4. Numbers and prefixes.
		{"article 1er of the code civil", map[string][]string{"1": {"Le mot A."}, "L1": {"Le mot A."}}, [][]string{{
			"À l'article 1er du code civil, " + aToB,
		}}, map[string][]string{"1": {"Le mot B."}}},
		{"article 1240", map[string][]string{"1240": {"Le mot A."}, "code de commerce|1240": {"Le mot A."}}, [][]string{{
			"À l'article 1240 du code civil, " + aToB,
		}}, map[string][]string{"1240": {"Le mot B."}}},
		{"R. 1 not L. 1", map[string][]string{"L1": {"Le mot A."}, "R1": {"Le mot A."}, "D1": {"Le mot A."}, "LO1": {"Le mot A."}}, [][]string{{
			"À l'article R. 1 du code civil, " + aToB,
		}}, map[string][]string{"R1": {"Le mot B."}}},
		{"D. 1", map[string][]string{"L1": {"Le mot A."}, "R1": {"Le mot A."}, "D1": {"Le mot A."}, "LO1": {"Le mot A."}}, [][]string{{
			"À l'article D. 1 du code civil, " + aToB,
		}}, map[string][]string{"D1": {"Le mot B."}}},
		{"LO 1", map[string][]string{"L1": {"Le mot A."}, "R1": {"Le mot A."}, "D1": {"Le mot A."}, "LO1": {"Le mot A."}}, [][]string{{
			"À l'article LO 1 du code civil, " + aToB,
		}}, map[string][]string{"LO1": {"Le mot B."}}},
		{"L.O. 1", map[string][]string{"L1": {"Le mot A."}, "LO1": {"Le mot A."}}, [][]string{{
			"À l'article L.O. 1 du code civil, " + aToB,
		}}, map[string][]string{"LO1": {"Le mot B."}}},
		{"L. 1 not LO 1", map[string][]string{"L1": {"Le mot A."}, "LO1": {"Le mot A."}}, [][]string{{
			"À l'article L. 1 du code civil, " + aToB,
		}}, map[string][]string{"L1": {"Le mot B."}}},
		{"A. 1", map[string][]string{"L1": {"Le mot A."}, "A1": {"Le mot A."}}, [][]string{{
			"À l'article A. 1 du code civil, " + aToB,
		}}, nil},
		{"articles L. 1 et R. 1", map[string][]string{"L1": {"Le mot A."}, "R1": {"Le mot A."}, "D1": {"Le mot A."}}, [][]string{{
			"Aux articles L. 1 et R. 1 du code civil, " + aToB,
		}}, map[string][]string{"L1": {"Le mot B."}, "R1": {"Le mot B."}}},
		{"article 2 of a law, then its article 3", map[string][]string{"3": {"Le mot A."}, law + "|2": {"Le mot A."}, law + "|3": {"Le mot A."}}, [][]string{{
			"La loi n° 2000-321 du 12 avril 2000 est ainsi modifiée :",
			"1° À l'article 2, " + aToB,
			"2° À l'article 3, " + aToB,
		}}, map[string][]string{law + "|2": {"Le mot B."}, law + "|3": {"Le mot B."}}},
	})
}

// TestCodesSameCodeAfterUnread: "du même code" after an alinéa not read
// that names a code — an instruction refused, an autonomous provision —
// is that code, not the one an earlier bill article named (it edited the
// code de commerce's L. 2); a provision whose code's name runs to its
// end ("du code civil fait l'objet …") is not told apart from the words
// after it, and "du même code" after it is refused.
func TestCodesSameCodeAfterUnread(t *testing.T) {
	runCodes(t, []codesCase{
		{"même code after an unparsed one", map[string][]string{"L2": {"Le mot A."}, "code de commerce|L2": {"Le mot A."}}, [][]string{
			{"À l'article L. 1 du code de commerce, " + aToB},
			{"I. – L'article L. 1 du code civil fait l'objet d'une évaluation.", "II. – À l'article L. 2 du même code, " + aToB},
		}, nil},
		{"même code after a refused one", map[string][]string{"L1": {"Le mot A."}, "L2": {"Le mot A."}, "code de commerce|L2": {"Le mot A."}}, [][]string{
			{"À l'article L. 1 du code de commerce, " + aToB},
			{"I. – À l'article L. 1 du code civil, les mots : « A » sont déplacés après les mots : « B ».", "II. – À l'article L. 2 du même code, " + aToB},
		}, map[string][]string{partRefused: nil, "L2": {"Le mot B."}}},
		{"même code after a provision", map[string][]string{"L2": {"Le mot A."}, "code de commerce|L2": {"Le mot A."}}, [][]string{
			{"À l'article L. 1 du code de commerce, " + aToB},
			{"I. – Les dispositions de l'article L. 1 du code civil sont applicables à Mayotte.", "II. – À l'article L. 2 du même code, " + aToB},
		}, map[string][]string{"L2": {"Le mot B."}}},
		{"même code after a provision naming a law", map[string][]string{"L2": {"Le mot A."}, "code de commerce|L2": {"Le mot A."}}, [][]string{
			{"I. – À l'article L. 1 du code de commerce, " + aToB, "II. – Les dispositions de l'article 5 de la loi n° 2000-321 du 12 avril 2000 sont applicables à Mayotte.", "III. – À l'article L. 2 du même code, " + aToB},
		}, map[string][]string{"code de commerce|L2": {"Le mot B."}}},
		{"same code after a refused one naming it by anaphor", map[string][]string{"L2": {"Le mot A."}, "code de commerce|L2": {"Le mot A."}}, [][]string{
			{"I. – À l'article L. 1 du code de commerce, " + aToB, "II. – À l'article L. 1 du même code, les mots : « A » sont déplacés après les mots : « B ».", "III. – À l'article L. 2 du même code, " + aToB},
		}, map[string][]string{partRefused: nil, "code de commerce|L2": {"Le mot B."}}},
	})
}

// TestCodesArticleOfAnUnknownText: an article of a text named by
// capitals, "l'article 1 du CGI", or by a kind the grammar does not
// identify, "du règlement (UE) n° 2016/679", "de la directive …", under a
// code's head is not the code's article (it was edited): refused, an
// article of a text not identified; a part after "du" ("du II de
// l'article L. 1") is not such a name.
func TestCodesArticleOfAnUnknownText(t *testing.T) {
	runCodes(t, []codesCase{
		{"règlement européen under a code head", map[string][]string{"5": {"Le mot A."}}, [][]string{{
			"Le code civil est ainsi modifié :",
			"1° À l'article 5 du règlement (UE) n° 2016/679 du 27 avril 2016, " + aToB,
		}}, nil},
		{"Constitution under a code head", map[string][]string{"3": {"Le mot A."}}, [][]string{{
			"Le code civil est ainsi modifié :",
			"1° À l'article 3 de la Constitution, " + aToB,
		}}, nil},
		{"directive under a code head", map[string][]string{"3": {"Le mot A."}}, [][]string{{
			"Le code civil est ainsi modifié :",
			"1° À l'article 3 de la directive 2019/790 du 17 avril 2019, " + aToB,
		}}, nil},
		{"CGI abbreviation", map[string][]string{"1": {"Le mot A."}, "code général des impôts|1": {"Le mot A."}}, [][]string{{
			"Le code civil est ainsi modifié :",
			"1° À l'article 1 du CGI, " + aToB,
		}}, nil},
		{"CGI, no head", map[string][]string{"1": {"Le mot A."}}, [][]string{{
			"À l'article 1 du CGI, " + aToB,
		}}, nil},
		{"roman part after du", map[string][]string{"L1": {"Le mot A."}, "L2": {"I. – Le mot A.", "II. – Le mot A."}}, [][]string{{
			"Le code civil est ainsi modifié :",
			"1° À l'article L. 1 et au II de l'article L. 2, " + aToB,
		}}, map[string][]string{"L1": {"Le mot B."}, "L2": {"I. – Le mot A.", "II. – Le mot B."}}},
	})
}

// TestCodesArticlePreciteAfterTwoTexts: "l'article L. 1 précité" after
// the bill article has named two texts, a code and a law, is refused as
// after two codes (TestHold91ArticlePreciteSeveralCodes): it took the
// text named last (after "À l'article 5 de la loi n° …", the law's L. 1
// was edited); after one text, that text's.
func TestCodesArticlePreciteAfterTwoTexts(t *testing.T) {
	law := "loi n° 2000-321"
	runCodes(t, []codesCase{
		{"article précité after a law", map[string][]string{"L1": {"Le mot A.", "Le mot A."}, law + "|5": {"Le mot A."}, law + "|L1": {"Le mot A.", "Le mot A."}}, [][]string{{
			"I. – Au premier alinéa de l'article L. 1 du code civil, " + aToB,
			"II. – À l'article 5 de la loi n° 2000-321 du 12 avril 2000, " + aToB,
			"III. – Au second alinéa de l'article L. 1 précité, " + aToB,
		}}, map[string][]string{partRefused: nil, "L1": {"Le mot B.", "Le mot A."}, law + "|5": {"Le mot B."}}},
		{"article précité named in two texts", map[string][]string{"L1": {"Le mot A."}, "code de commerce|L1": {"Le mot A."}}, [][]string{{
			"I. – À l'article L. 1 du code civil, " + aToB,
			"II. – À l'article L. 1 du code de commerce, " + aToB,
			"III. – À l'article L. 1 précité, le mot : « B » est remplacé par le mot : « C ».",
		}}, map[string][]string{partRefused: nil, "L1": {"Le mot B."}, "code de commerce|L1": {"Le mot B."}}},
		{"article précité not named, two texts", map[string][]string{"L1": {"Le mot A."}, "L2": {"Le mot A."}, law + "|5": {"Le mot A."}, law + "|L2": {"Le mot A."}}, [][]string{{
			"I. – À l'article L. 1 du code civil, " + aToB,
			"II. – À l'article 5 de la loi n° 2000-321 du 12 avril 2000, " + aToB,
			"III. – À l'article L. 2 précité, " + aToB,
		}}, map[string][]string{partRefused: nil, "L1": {"Le mot B."}, law + "|5": {"Le mot B."}}},
		{"article précité, one text", map[string][]string{"L1": {"Le mot A.", "Le mot A."}}, [][]string{{
			"I. – Au premier alinéa de l'article L. 1 du code civil, " + aToB,
			"II. – Au second alinéa de l'article L. 1 précité, " + aToB,
		}}, map[string][]string{"L1": {"Le mot B.", "Le mot B."}}},
	})
}
