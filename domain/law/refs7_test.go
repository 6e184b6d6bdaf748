package law

import (
	"fmt"
	"strings"
	"testing"
)

// refs7Read parses the alinéas of bill articles ("@@" opens the next
// article) and sums up what each instruction points at: "ctx" for a
// context, "refused" for an instruction not read, else its edits, each
// "kind article/code" ("…to" for a range), joined by "; ", the
// instructions by " | ".
func refs7Read(lines ...string) string {
	var arts []Article
	cur := Article{Number: "1er"}
	for _, l := range lines {
		if l == "@@" {
			arts = append(arts, cur)
			cur = Article{Number: ArticleNumber(fmt.Sprint(len(arts) + 2))}
			continue
		}
		cur.Alineas = append(cur.Alineas, l)
	}
	arts = append(arts, cur)
	var out []string
	for _, in := range ParseInstructions(arts) {
		switch in.Status {
		case Context:
			out = append(out, "ctx")
		case Unparsed:
			out = append(out, "refused")
		default:
			var es []string
			for _, e := range in.Edits {
				s := string(e.Kind) + " " + e.Scope.Ref.Article + "/" + e.Scope.Ref.Code
				if e.Scope.RangeTo != "" {
					s += "…" + e.Scope.RangeTo
				}
				for _, a := range e.NewArticles {
					s += " +" + a.Ref.Article
				}
				es = append(es, s)
			}
			out = append(out, strings.Join(es, "; "))
		}
	}
	return strings.Join(out, " | ")
}

type refs7Case struct {
	name string
	text []string
	want string
}

func runRefs7(t *testing.T, cases []refs7Case) {
	t.Helper()
	for _, tc := range cases {
		if got := refs7Read(tc.text...); got != tc.want {
			t.Errorf("%s:\n%s\ngot  %s\nwant %s", tc.name, strings.Join(tc.text, "\n"), got, tc.want)
		}
	}
}

// TestRefs7TextsNamed: laws, ordonnances, décrets and organic laws named by number and date, whatever title follows; "de la même loi", "de ladite loi", "de la loi précitée", "de la même ordonnance", "du même article" after one named; refused with none named before; "article 1er" and "article premier" alike.
func TestRefs7TextsNamed(t *testing.T) {
	runRefs7(t, []refs7Case{
		{"1° Au premier alinéa, le mot : « seul » est supprimé ;", []string{"L'article 3 de la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés est ainsi modifié :", "1° Au premier alinéa, le mot : « seul » est supprimé ;"}, "ctx | delete-words 3/loi 78 17"},
		{"L'article 3 de l'ordonnance n° 2005-1516 du 8 décembre 2005 relative a", []string{"L'article 3 de l'ordonnance n° 2005-1516 du 8 décembre 2005 relative aux échanges électroniques est abrogé."}, "delete 3/ordonnance 2005 1516"},
		{"L'article 3 du décret n° 2005-1516 du 8 décembre 2005 est abrogé.", []string{"L'article 3 du décret n° 2005-1516 du 8 décembre 2005 est abrogé."}, "delete 3/decret 2005 1516"},
		{"L'article 3 de la loi organique n° 2001-692 du 1er août 2001 relative ", []string{"L'article 3 de la loi organique n° 2001-692 du 1er août 2001 relative aux lois de finances est abrogé."}, "delete 3/loi 2001 692"},
		{"II. – L'article 4 de la même loi est abrogé.", []string{"I. – L'article 3 de la loi n° 78-17 du 6 janvier 1978 relative à l'informatique est abrogé.", "II. – L'article 4 de la même loi est abrogé."}, "delete 3/loi 78 17 | delete 4/loi 78 17"},
		{"II. – L'article 4 de ladite loi est abrogé.", []string{"I. – L'article 3 de la loi n° 78-17 du 6 janvier 1978 relative à l'informatique est abrogé.", "II. – L'article 4 de ladite loi est abrogé."}, "delete 3/loi 78 17 | delete 4/loi 78 17"},
		{"II. – L'article 4 de la loi précitée est abrogé.", []string{"I. – L'article 3 de la loi n° 78-17 du 6 janvier 1978 relative à l'informatique est abrogé.", "II. – L'article 4 de la loi précitée est abrogé."}, "delete 3/loi 78 17 | delete 4/loi 78 17"},
		{"II. – L'article 4 de la même ordonnance est abrogé.", []string{"I. – L'article 3 de l'ordonnance n° 2005-1516 du 8 décembre 2005 est abrogé.", "II. – L'article 4 de la même ordonnance est abrogé."}, "delete 3/ordonnance 2005 1516 | delete 4/ordonnance 2005 1516"},
		{"II. – Au second alinéa du même article, le mot : « seul » est supprimé", []string{"I. – Au premier alinéa de l'article 3 de la loi n° 78-17 du 6 janvier 1978, le mot : « seul » est supprimé.", "II. – Au second alinéa du même article, le mot : « seul » est supprimé."}, "delete-words 3/loi 78 17 | delete-words 3/loi 78 17"},
		{"II. – L'article 4 de la même loi est abrogé.", []string{"II. – L'article 4 de la même loi est abrogé."}, "refused"},
		{"L'article 4 de ladite loi est abrogé.", []string{"L'article 4 de ladite loi est abrogé."}, "refused"},
		{"Au second alinéa du même article, le mot : « seul » est supprimé.", []string{"Au second alinéa du même article, le mot : « seul » est supprimé."}, "refused"},
		{"L'article 1er de la loi n° 78-17 du 6 janvier 1978 est abrogé.", []string{"L'article 1er de la loi n° 78-17 du 6 janvier 1978 est abrogé."}, "delete 1/loi 78 17"},
		{"L'article premier de la loi n° 78-17 du 6 janvier 1978 est abrogé.", []string{"L'article premier de la loi n° 78-17 du 6 janvier 1978 est abrogé."}, "delete 1/loi 78 17"},
	})
}

// TestRefs7ArticleNumbers: the numbers of articles: "L.O. 1", "LO 1", "L.* 1", "R.* 1", "D. 1", "L. 2 bis A", "L.1", "1609 nonies C", lists and ranges; "A. 1" (an arrêté's, which bills do not amend) and "et suivants" (the last not named) refused.
func TestRefs7ArticleNumbers(t *testing.T) {
	runRefs7(t, []refs7Case{
		{"L'article L. 1er du code civil est abrogé.", []string{"L'article L. 1er du code civil est abrogé."}, "delete l1/code civil"},
		{"L'article L.O. 1 du code électoral est abrogé.", []string{"L'article L.O. 1 du code électoral est abrogé."}, "delete lo1/code electoral"},
		{"L'article LO 1 du code électoral est abrogé.", []string{"L'article LO 1 du code électoral est abrogé."}, "delete lo1/code electoral"},
		{"L'article L.* 1 du code civil est abrogé.", []string{"L'article L.* 1 du code civil est abrogé."}, "delete l1/code civil"},
		{"L'article R. 1 du code civil est abrogé.", []string{"L'article R. 1 du code civil est abrogé."}, "delete r1/code civil"},
		{"L'article R.* 1 du code civil est abrogé.", []string{"L'article R.* 1 du code civil est abrogé."}, "delete r1/code civil"},
		{"L'article D. 1 du code civil est abrogé.", []string{"L'article D. 1 du code civil est abrogé."}, "delete d1/code civil"},
		{"L'article A. 1 du code civil est abrogé.", []string{"L'article A. 1 du code civil est abrogé."}, "refused"},
		{"L'article L. 123-4-1 du code civil est abrogé.", []string{"L'article L. 123-4-1 du code civil est abrogé."}, "delete l123-4-1/code civil"},
		{"L'article L. 2 bis A du code civil est abrogé.", []string{"L'article L. 2 bis A du code civil est abrogé."}, "delete l2 bis a/code civil"},
		{"L'article L. 2-1 A du code civil est abrogé.", []string{"L'article L. 2-1 A du code civil est abrogé."}, "delete l2-1 a/code civil"},
		{"L'article L.1 du code civil est abrogé.", []string{"L'article L.1 du code civil est abrogé."}, "delete l1/code civil"},
		{"Les articles L. 1 à L. 3 du code civil sont abrogés.", []string{"Les articles L. 1 à L. 3 du code civil sont abrogés."}, "delete l1/code civil…l3"},
		{"Les articles L. 1, L. 2 et L. 4 du code civil sont abrogés.", []string{"Les articles L. 1, L. 2 et L. 4 du code civil sont abrogés."}, "delete l1/code civil; delete l2/code civil; delete l4/code civil"},
		{"Les articles L. 1 et suivants du code civil sont abrogés.", []string{"Les articles L. 1 et suivants du code civil sont abrogés."}, "refused"},
		{"Au premier alinéa des articles L. 1 et suivants du code civil, le mot ", []string{"Au premier alinéa des articles L. 1 et suivants du code civil, le mot : « seul » est supprimé."}, "refused"},
		{"L'article 2 bis A de la loi n° 78-17 du 6 janvier 1978 est abrogé.", []string{"L'article 2 bis A de la loi n° 78-17 du 6 janvier 1978 est abrogé."}, "delete 2 bis a/loi 78 17"},
		{"L'article L.O. 1-1 du code électoral est abrogé.", []string{"L'article L.O. 1-1 du code électoral est abrogé."}, "delete lo1-1/code electoral"},
		{"L'article L.O.1 du code électoral est abrogé.", []string{"L'article L.O.1 du code électoral est abrogé."}, "delete lo1/code electoral"},
		{"L'article R* 1 du code civil est abrogé.", []string{"L'article R* 1 du code civil est abrogé."}, "delete r1/code civil"},
		{"L'article L. 1er-1 du code civil est abrogé.", []string{"L'article L. 1er-1 du code civil est abrogé."}, "delete l1-1/code civil"},
		{"L'article 1er bis du code civil est abrogé.", []string{"L'article 1er bis du code civil est abrogé."}, "delete 1 bis/code civil"},
		{"L'article 1 er du code civil est abrogé.", []string{"L'article 1 er du code civil est abrogé."}, "delete 1/code civil"},
		{"L'article L. 1 quater du code civil est abrogé.", []string{"L'article L. 1 quater du code civil est abrogé."}, "delete l1 quater/code civil"},
		{"L'article L. 1 A du code civil est abrogé.", []string{"L'article L. 1 A du code civil est abrogé."}, "delete l1 a/code civil"},
		{"L'article L. 1 AA du code civil est abrogé.", []string{"L'article L. 1 AA du code civil est abrogé."}, "delete l1 aa/code civil"},
		{"L'article liminaire du code civil est abrogé.", []string{"L'article liminaire du code civil est abrogé."}, "delete liminaire/code civil"},
		{"L'article préliminaire du code civil est abrogé.", []string{"L'article préliminaire du code civil est abrogé."}, "delete preliminaire/code civil"},
		{"L'article L. 1 et L. 2 du code civil est abrogé.", []string{"L'article L. 1 et L. 2 du code civil est abrogé."}, "delete l1/code civil; delete l2/code civil"},
		{"Au premier alinéa de l'article 1609 nonies C du code général des impôt", []string{"Au premier alinéa de l'article 1609 nonies C du code général des impôts, le mot : « seul » est supprimé."}, "delete-words 1609 nonies c/code general des impots"},
		{"Au premier alinéa de l'article 199 undecies B du code général des impô", []string{"Au premier alinéa de l'article 199 undecies B du code général des impôts, le mot : « seul » est supprimé."}, "delete-words 199 undecies b/code general des impots"},
		{"Au premier alinéa de l'article 1609 quinquies BA du code général des i", []string{"Au premier alinéa de l'article 1609 quinquies BA du code général des impôts, le mot : « seul » est supprimé."}, "delete-words 1609 quinquies ba/code general des impots"},
		{"Au premier alinéa de l'article 200-0 A du code général des impôts, le ", []string{"Au premier alinéa de l'article 200-0 A du code général des impôts, le mot : « seul » est supprimé."}, "delete-words 200-0 a/code general des impots"},
		{"Au premier alinéa de l'article 220 terdecies du code général des impôt", []string{"Au premier alinéa de l'article 220 terdecies du code général des impôts, le mot : « seul » est supprimé."}, "delete-words 220 terdecies/code general des impots"},
		{"Au premier alinéa de l'article L. 131-8-0 du code civil, le mot : « se", []string{"Au premier alinéa de l'article L. 131-8-0 du code civil, le mot : « seul » est supprimé."}, "delete-words l131-8-0/code civil"},
		{"Au premier alinéa de l'article L. 5125-1-1 A du code de la santé publi", []string{"Au premier alinéa de l'article L. 5125-1-1 A du code de la santé publique, le mot : « seul » est supprimé."}, "delete-words l5125-1-1 a/code de la sante publique"},
		{"Après l'article 1609 nonies C du code général des impôts, il est insér", []string{"Après l'article 1609 nonies C du code général des impôts, il est inséré un article 1609 nonies D ainsi rédigé :", "« Art. 1609 nonies D. – Il agit. »"}, "create-articles 1609 nonies c/code general des impots +1609 nonies d"},
		{"Au premier alinéa de l'article 2 septdecies de la loi n° 78-17 du 6 ja", []string{"Au premier alinéa de l'article 2 septdecies de la loi n° 78-17 du 6 janvier 1978, le mot : « seul » est supprimé."}, "delete-words 2 septdecies/loi 78 17"},
		{"Au premier alinéa de l'article 2 vicies de la loi n° 78-17 du 6 janvie", []string{"Au premier alinéa de l'article 2 vicies de la loi n° 78-17 du 6 janvier 1978, le mot : « seul » est supprimé."}, "delete-words 2 vicies/loi 78 17"},
		{"Au premier alinéa de l'article 39 decies A du code général des impôts,", []string{"Au premier alinéa de l'article 39 decies A du code général des impôts, le mot : « seul » est supprimé."}, "delete-words 39 decies a/code general des impots"},
		{"Au premier alinéa de l'article 244 quater B du code général des impôts", []string{"Au premier alinéa de l'article 244 quater B du code général des impôts, le mot : « seul » est supprimé."}, "delete-words 244 quater b/code general des impots"},
		{"Au premier alinéa de l'article L. 1er A du code civil, le mot : « seul", []string{"Au premier alinéa de l'article L. 1er A du code civil, le mot : « seul » est supprimé."}, "delete-words l1 a/code civil"},
		{"Les articles L. 1-1 à L. 1-3 du code civil sont abrogés.", []string{"Les articles L. 1-1 à L. 1-3 du code civil sont abrogés."}, "delete l1-1/code civil…l1-3"},
		{"Au premier alinéa de l'article L. 2333-64 bis du code général des coll", []string{"Au premier alinéa de l'article L. 2333-64 bis du code général des collectivités territoriales, le mot : « seul » est supprimé."}, "delete-words l2333-64 bis/code general des collectivites territoriales"},
		{"Au premier alinéa de l'article 1er bis A de la loi n° 78-17 du 6 janvi", []string{"Au premier alinéa de l'article 1er bis A de la loi n° 78-17 du 6 janvier 1978, le mot : « seul » est supprimé."}, "delete-words 1 bis a/loi 78 17"},
		{"Au premier alinéa de l'article L.O. 176 du code électoral, le mot : « ", []string{"Au premier alinéa de l'article L.O. 176 du code électoral, le mot : « seul » est supprimé."}, "delete-words lo176/code electoral"},
		{"Au premier alinéa de l'article L. O. 176 du code électoral, le mot : «", []string{"Au premier alinéa de l'article L. O. 176 du code électoral, le mot : « seul » est supprimé."}, "delete-words lo176/code electoral"},
		{"Au premier alinéa de l'article LO. 176 du code électoral, le mot : « s", []string{"Au premier alinéa de l'article LO. 176 du code électoral, le mot : « seul » est supprimé."}, "delete-words lo176/code electoral"},
		{"Au premier alinéa de l'article L.O 176 du code électoral, le mot : « s", []string{"Au premier alinéa de l'article L.O 176 du code électoral, le mot : « seul » est supprimé."}, "delete-words lo176/code electoral"},
		{"Au premier alinéa de l'article L.O.176 du code électoral, le mot : « s", []string{"Au premier alinéa de l'article L.O.176 du code électoral, le mot : « seul » est supprimé."}, "delete-words lo176/code electoral"},
		{"Au premier alinéa de l'article L 176 du code électoral, le mot : « seu", []string{"Au premier alinéa de l'article L 176 du code électoral, le mot : « seul » est supprimé."}, "delete-words l176/code electoral"},
		{"Au premier alinéa de l'article L.-176 du code électoral, le mot : « se", []string{"Au premier alinéa de l'article L.-176 du code électoral, le mot : « seul » est supprimé."}, "refused"},
		{"Au premier alinéa de l'article L. 176‑1 du code électoral, le mot : « ", []string{"Au premier alinéa de l'article L. 176‑1 du code électoral, le mot : « seul » est supprimé."}, "delete-words l176-1/code electoral"},
		{"Au premier alinéa de l'article L. 176 – 1 du code électoral, le mot : ", []string{"Au premier alinéa de l'article L. 176 – 1 du code électoral, le mot : « seul » est supprimé."}, "delete-words l176-1/code electoral"},
		{"Au premier alinéa de l'article R.* 176 du code électoral, le mot : « s", []string{"Au premier alinéa de l'article R.* 176 du code électoral, le mot : « seul » est supprimé."}, "delete-words r176/code electoral"},
		{"Au premier alinéa de l'article D.* 176 du code électoral, le mot : « s", []string{"Au premier alinéa de l'article D.* 176 du code électoral, le mot : « seul » est supprimé."}, "delete-words d176/code electoral"},
		{"Au premier alinéa de l'article R* 176 du code électoral, le mot : « se", []string{"Au premier alinéa de l'article R* 176 du code électoral, le mot : « seul » est supprimé."}, "delete-words r176/code electoral"},
		{"Au premier alinéa de l'article L. 52-8 du code électoral, le mot : « s", []string{"Au premier alinéa de l'article L. 52-8 du code électoral, le mot : « seul » est supprimé."}, "delete-words l52-8/code electoral"},
		{"Au premier alinéa de l'article 5-1 de l'ordonnance n° 58-1100 du 17 no", []string{"Au premier alinéa de l'article 5-1 de l'ordonnance n° 58-1100 du 17 novembre 1958, le mot : « seul » est supprimé."}, "delete-words 5-1/ordonnance 58 1100"},
	})
}

// TestRefs7OwnLawAndCodeNames: "du présent article", "du présent code", "de la présente loi" inside the new text are no place; outside it they name no text and are refused; codes named with capitals or without accents; "du même code" after a law is the code named before it, refused when there is none; "du code" alone refused.
func TestRefs7OwnLawAndCodeNames(t *testing.T) {
	runRefs7(t, []refs7Case{
		{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", []string{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", "« Les dispositions du présent article s'appliquent à l'article L. 2 du présent code. »"}, "append-alineas l1/code civil"},
		{"Après l'article L. 1 du code civil, il est inséré un article L. 1-1 ai", []string{"Après l'article L. 1 du code civil, il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – L'article L. 2 du présent code est applicable. »"}, "create-articles l1/code civil +l1-1"},
		{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", []string{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", "« Les dispositions de l'article 4 de la présente loi sont applicables. »"}, "append-alineas l1/code civil"},
		{"L'article 4 de la présente loi est abrogé.", []string{"L'article 4 de la présente loi est abrogé."}, "refused"},
		{"Au premier alinéa de l'article 4 de la présente loi, le mot : « seul »", []string{"Au premier alinéa de l'article 4 de la présente loi, le mot : « seul » est supprimé."}, "refused"},
		{"Au premier alinéa du présent article, le mot : « seul » est supprimé.", []string{"Au premier alinéa du présent article, le mot : « seul » est supprimé."}, "refused"},
		{"Au premier alinéa de l'article L. 1 du présent code, le mot : « seul »", []string{"Au premier alinéa de l'article L. 1 du présent code, le mot : « seul » est supprimé."}, "refused"},
		{"2° Au second alinéa, les mots : « de l'article L. 3 du code de commerc", []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Au premier alinéa, les mots : « du présent code » sont remplacés par les mots : « du code de commerce » ;", "2° Au second alinéa, les mots : « de l'article L. 3 du code de commerce » sont supprimés."}, "ctx | replace-words l1/code civil | delete-words l1/code civil"},
		{"L'article L. 5 du même code est abrogé.", []string{"L'article L. 1 du code civil est complété par les mots : « et de l'article L. 3 du code de commerce ».", "L'article L. 5 du même code est abrogé."}, "append-words l1/code civil | delete l5/code civil"},
		{"Au premier alinéa de l'article L. 1 du code général des impôts, le mot", []string{"Au premier alinéa de l'article L. 1 du code général des impôts, le mot : « seul » est supprimé."}, "delete-words l1/code general des impots"},
		{"Au premier alinéa de l'article L. 1 du Code général des impôts, le mot", []string{"Au premier alinéa de l'article L. 1 du Code général des impôts, le mot : « seul » est supprimé."}, "delete-words l1/code general des impots"},
		{"Au premier alinéa de l'article L. 1 du code général des collectivités ", []string{"Au premier alinéa de l'article L. 1 du code général des collectivités territoriales, le mot : « seul » est supprimé."}, "delete-words l1/code general des collectivites territoriales"},
		{"Au premier alinéa de l'article L. 1 du livre des procédures fiscales, ", []string{"Au premier alinéa de l'article L. 1 du livre des procédures fiscales, le mot : « seul » est supprimé."}, "delete-words l1/livre des procedures fiscales"},
		{"Au premier alinéa de l'article L. 1 du code de la sécurité sociale, le", []string{"Au premier alinéa de l'article L. 1 du code de la sécurité sociale, le mot : « seul » est supprimé."}, "delete-words l1/code de la securite sociale"},
		{"Au premier alinéa de l'article L. 1 du code de la securite sociale, le", []string{"Au premier alinéa de l'article L. 1 du code de la securite sociale, le mot : « seul » est supprimé."}, "delete-words l1/code de la securite sociale"},
		{"Au premier alinéa de l'article L. 1 du CODE CIVIL, le mot : « seul » e", []string{"Au premier alinéa de l'article L. 1 du CODE CIVIL, le mot : « seul » est supprimé."}, "delete-words l1/code civil"},
		{"Au premier alinéa de l'article 1er du code général des impôts, le mot ", []string{"Au premier alinéa de l'article 1er du code général des impôts, le mot : « seul » est supprimé."}, "delete-words 1/code general des impots"},
		{"Au premier alinéa de l'article 1649 quater-0 B bis du code général des", []string{"Au premier alinéa de l'article 1649 quater-0 B bis du code général des impôts, le mot : « seul » est supprimé."}, "delete-words 1649 quater-0 b bis/code general des impots"},
		{"3° L'article L. 3 est abrogé.", []string{"I. – Le code civil est ainsi modifié :", "1° L'article L. 1 est abrogé ;", "2° L'article L. 2 du code de commerce est abrogé ;", "3° L'article L. 3 est abrogé."}, "ctx | delete l1/code civil | delete l2/code de commerce | delete l3/code civil"},
		{"II. – L'article L. 4 du même code est abrogé.", []string{"I. – L'article 3 de la loi n° 78-17 du 6 janvier 1978 est abrogé.", "II. – L'article L. 4 du même code est abrogé."}, "delete 3/loi 78 17 | refused"},
		{"III. – L'article L. 4 du même code est abrogé.", []string{"I. – L'article L. 1 du code civil est abrogé.", "II. – L'article 3 de la loi n° 78-17 du 6 janvier 1978 est abrogé.", "III. – L'article L. 4 du même code est abrogé."}, "delete l1/code civil | delete 3/loi 78 17 | delete l4/code civil"},
		{"III. – L'article L. 4 dudit code est abrogé.", []string{"I. – L'article L. 1 du code civil est abrogé.", "II. – L'article 3 de la loi n° 78-17 du 6 janvier 1978 est abrogé.", "III. – L'article L. 4 dudit code est abrogé."}, "delete l1/code civil | delete 3/loi 78 17 | delete l4/code civil"},
		{"III. – L'article L. 4 du code précité est abrogé.", []string{"I. – L'article L. 1 du code civil est abrogé.", "II. – L'article 3 de la loi n° 78-17 du 6 janvier 1978 est abrogé.", "III. – L'article L. 4 du code précité est abrogé."}, "delete l1/code civil | delete 3/loi 78 17 | delete l4/code civil"},
		{"L'article L. 4 du code est abrogé.", []string{"L'article L. 4 du code est abrogé."}, "refused"},
		{"Au premier alinéa de l'article L. 4, le mot : « seul » est supprimé.", []string{"Au premier alinéa de l'article L. 4, le mot : « seul » est supprimé."}, "refused"},
	})
}

// TestRefs7SeveralPlaces: several places in one locator ("Au premier alinéa de l'article L. 1 et au 2° de l'article L. 3 du code civil"), each of its text; a law without number ("loi du 29 juillet 1881") refused; "de la même loi" the last law named, never an ordonnance nor a code.
func TestRefs7SeveralPlaces(t *testing.T) {
	runRefs7(t, []refs7Case{
		{"Au premier alinéa de l'article L. 1 et au 2° de l'article L. 3 du code", []string{"Au premier alinéa de l'article L. 1 et au 2° de l'article L. 3 du code civil, le mot : « seul » est supprimé."}, "delete-words l1/code civil; delete-words l3/code civil"},
		{"Au premier alinéa de l'article L. 1 et au second alinéa de l'article L", []string{"Au premier alinéa de l'article L. 1 et au second alinéa de l'article L. 3 du code civil, le mot : « seul » est remplacé par le mot : « unique »."}, "replace-words l1/code civil; replace-words l3/code civil"},
		{"Au premier alinéa de l'article L. 1 du code civil et au second alinéa ", []string{"Au premier alinéa de l'article L. 1 du code civil et au second alinéa de l'article L. 3 du code de commerce, le mot : « seul » est supprimé."}, "delete-words l1/code civil; delete-words l3/code de commerce"},
		{"Aux articles L. 1 et L. 3 du code civil, le mot : « seul » est supprim", []string{"Aux articles L. 1 et L. 3 du code civil, le mot : « seul » est supprimé."}, "delete-words l1/code civil; delete-words l3/code civil"},
		{"À l'article L. 1 du code civil et à l'article 3 de la loi n° 78-17 du ", []string{"À l'article L. 1 du code civil et à l'article 3 de la loi n° 78-17 du 6 janvier 1978, le mot : « seul » est supprimé."}, "delete-words l1/code civil; delete-words 3/loi 78 17"},
		{"L'article 24 de la loi du 29 juillet 1881 sur la liberté de la presse ", []string{"L'article 24 de la loi du 29 juillet 1881 sur la liberté de la presse est abrogé."}, "refused"},
		{"Au premier alinéa de l'article 5 de la loi du 1er juillet 1901 relativ", []string{"Au premier alinéa de l'article 5 de la loi du 1er juillet 1901 relative au contrat d'association, le mot : « seul » est supprimé."}, "refused"},
		{"III. – L'article 5 de la même loi est abrogé.", []string{"I. – L'article 3 de la loi n° 78-17 du 6 janvier 1978 est abrogé.", "II. – L'article 4 de la loi n° 2004-575 du 21 juin 2004 est abrogé.", "III. – L'article 5 de la même loi est abrogé."}, "delete 3/loi 78 17 | delete 4/loi 2004 575 | delete 5/loi 2004 575"},
		{"III. – L'article 5 de la même loi est abrogé.", []string{"I. – L'article 3 de la loi n° 78-17 du 6 janvier 1978 est abrogé.", "II. – L'article 4 de l'ordonnance n° 2005-1516 du 8 décembre 2005 est abrogé.", "III. – L'article 5 de la même loi est abrogé."}, "delete 3/loi 78 17 | delete 4/ordonnance 2005 1516 | delete 5/loi 78 17"},
		{"III. – L'article 5 de ladite loi est abrogé.", []string{"I. – L'article 3 de la loi n° 78-17 du 6 janvier 1978 est abrogé.", "II. – L'article 4 de l'ordonnance n° 2005-1516 du 8 décembre 2005 est abrogé.", "III. – L'article 5 de ladite loi est abrogé."}, "delete 3/loi 78 17 | delete 4/ordonnance 2005 1516 | delete 5/loi 78 17"},
		{"III. – L'article 5 de la même loi est abrogé.", []string{"I. – L'article 3 de la loi n° 78-17 du 6 janvier 1978 est abrogé.", "II. – L'article L. 4 du code civil est abrogé.", "III. – L'article 5 de la même loi est abrogé."}, "delete 3/loi 78 17 | delete l4/code civil | delete 5/loi 78 17"},
		{"II. – L'article 5 de la même ordonnance est abrogé.", []string{"I. – L'article 3 de la loi n° 78-17 du 6 janvier 1978 est abrogé.", "II. – L'article 5 de la même ordonnance est abrogé."}, "delete 3/loi 78 17 | refused"},
		{"II. – L'article 5 du même décret est abrogé.", []string{"I. – L'article 3 du décret n° 2005-1 du 4 janvier 2005 est abrogé.", "II. – L'article 5 du même décret est abrogé."}, "delete 3/decret 2005 1 | delete 5/decret 2005 1"},
		{"II. – L'article 5 de la même loi organique est abrogé.", []string{"I. – L'article 3 de la loi organique n° 2001-692 du 1er août 2001 est abrogé.", "II. – L'article 5 de la même loi organique est abrogé."}, "delete 3/loi 2001 692 | delete 5/loi 2001 692"},
		{"II. – L'article 5 de cette même loi est abrogé.", []string{"I. – L'article 3 de la loi n° 78-17 du 6 janvier 1978 est abrogé.", "II. – L'article 5 de cette même loi est abrogé."}, "delete 3/loi 78 17 | delete 5/loi 78 17"},
		{"2° Au premier alinéa de l'article 5, le mot : « seul » est supprimé.", []string{"La loi n° 78-17 du 6 janvier 1978 est ainsi modifiée :", "1° L'article 3 est abrogé ;", "2° Au premier alinéa de l'article 5, le mot : « seul » est supprimé."}, "ctx | delete 3/loi 78 17 | delete-words 5/loi 78 17"},
		{"2° Au second alinéa du même article, le mot : « seul » est supprimé.", []string{"L'article 3 de la loi n° 78-17 du 6 janvier 1978 est ainsi modifié :", "1° Au premier alinéa, le mot : « seul » est supprimé ;", "2° Au second alinéa du même article, le mot : « seul » est supprimé."}, "ctx | delete-words 3/loi 78 17 | delete-words 3/loi 78 17"},
		{"2° Au second alinéa de l'article 5, le mot : « seul » est supprimé.", []string{"L'article 3 de la loi n° 78-17 du 6 janvier 1978 est ainsi modifié :", "1° Au premier alinéa, le mot : « seul » est supprimé ;", "2° Au second alinéa de l'article 5, le mot : « seul » est supprimé."}, "ctx | delete-words 3/loi 78 17 | delete-words 5/loi 78 17"},
		{"2° Au premier alinéa du même article, le mot : « seul » est supprimé.", []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 est abrogé ;", "2° Au premier alinéa du même article, le mot : « seul » est supprimé."}, "ctx | delete l1/code civil | delete-words l1/code civil"},
		{"2° Au second alinéa du même article, le mot : « seul » est supprimé.", []string{"Le code civil est ainsi modifié :", "1° Au premier alinéa de l'article L. 1, le mot : « seul » est supprimé ;", "2° Au second alinéa du même article, le mot : « seul » est supprimé."}, "ctx | delete-words l1/code civil | delete-words l1/code civil"},
	})
}

// TestRefs7TextNamesMore: laws of finances named by their title then number, "n°2004-575", "no", an en dash in the number, "précitée", version clauses ("dans sa rédaction résultant de la loi …") no place, codes of Mayotte their own; the Constitution, an annex, a European regulation, a constitutional law and a text without number refused.
func TestRefs7TextNamesMore(t *testing.T) {
	runRefs7(t, []refs7Case{
		{"L'article 5 de la loi de finances pour 2020 (n° 2019-1479 du 28 décemb", []string{"L'article 5 de la loi de finances pour 2020 (n° 2019-1479 du 28 décembre 2019) est abrogé."}, "delete 5/loi 2019 1479"},
		{"L'article 5 de la loi n° 2019-1479 du 28 décembre 2019 de finances pou", []string{"L'article 5 de la loi n° 2019-1479 du 28 décembre 2019 de finances pour 2020 est abrogé."}, "delete 5/loi 2019 1479"},
		{"L'article 5 de la loi de financement de la sécurité sociale pour 2021 ", []string{"L'article 5 de la loi de financement de la sécurité sociale pour 2021 (loi n° 2020-1576 du 14 décembre 2020) est abrogé."}, "delete 5/loi 2020 1576"},
		{"L'article 5 de la loi n°2004-575 du 21 juin 2004 est abrogé.", []string{"L'article 5 de la loi n°2004-575 du 21 juin 2004 est abrogé."}, "delete 5/loi 2004 575"},
		{"L'article 5 de la loi no 2004-575 du 21 juin 2004 est abrogé.", []string{"L'article 5 de la loi no 2004-575 du 21 juin 2004 est abrogé."}, "delete 5/loi 2004 575"},
		{"L'article 5 de la loi n° 2004–575 du 21 juin 2004 est abrogé.", []string{"L'article 5 de la loi n° 2004–575 du 21 juin 2004 est abrogé."}, "delete 5/loi 2004 575"},
		{"1° Au premier alinéa, le mot : « seul » est supprimé.", []string{"L'article 3 de la loi n° 78-17 du 6 janvier 1978 précitée est ainsi modifié :", "1° Au premier alinéa, le mot : « seul » est supprimé."}, "ctx | delete-words 3/loi 78 17"},
		{"L'article L. 1 du code de l'environnement, dans sa rédaction résultant", []string{"L'article L. 1 du code de l'environnement, dans sa rédaction résultant de la loi n° 2019-1479 du 28 décembre 2019, est abrogé."}, "delete l1/code de l environnement"},
		{"Au premier alinéa de l'article L. 1 du code de commerce, tel qu'il rés", []string{"Au premier alinéa de l'article L. 1 du code de commerce, tel qu'il résulte de l'ordonnance n° 2000-912 du 18 septembre 2000, le mot : « seul » est supprimé."}, "delete-words l1/code de commerce"},
		{"L'article L. 1 du code du travail applicable à Mayotte est abrogé.", []string{"L'article L. 1 du code du travail applicable à Mayotte est abrogé."}, "delete l1/code du travail applicable a mayotte"},
		{"L'article L. 1 du code des douanes de Mayotte est abrogé.", []string{"L'article L. 1 du code des douanes de Mayotte est abrogé."}, "delete l1/code des douanes de mayotte"},
		{"L'article 88-1 de la Constitution est abrogé.", []string{"L'article 88-1 de la Constitution est abrogé."}, "refused"},
		{"L'article 1er de l'annexe II au code général des impôts est abrogé.", []string{"L'article 1er de l'annexe II au code général des impôts est abrogé."}, "refused"},
		{"L'article 5 de l'ordonnance n° 58-1100 du 17 novembre 1958 relative au", []string{"L'article 5 de l'ordonnance n° 58-1100 du 17 novembre 1958 relative au fonctionnement des assemblées parlementaires est abrogé."}, "delete 5/ordonnance 58 1100"},
		{"L'article L. 1 du code de l'entrée et du séjour des étrangers et du dr", []string{"L'article L. 1 du code de l'entrée et du séjour des étrangers et du droit d'asile est abrogé."}, "delete l1/code de l entree et du sejour des etrangers et du droit d asile"},
		{"L'article L. 1 du code monétaire et financier est abrogé.", []string{"L'article L. 1 du code monétaire et financier est abrogé."}, "delete l1/code monetaire et financier"},
		{"L'article L. 1 du code des relations entre le public et l'administrati", []string{"L'article L. 1 du code des relations entre le public et l'administration est abrogé."}, "delete l1/code des relations entre le public et l administration"},
		{"L'article L. 1 du code général de la propriété des personnes publiques", []string{"L'article L. 1 du code général de la propriété des personnes publiques est abrogé."}, "delete l1/code general de la propriete des personnes publiques"},
		{"L'article 5 du code de procédure pénale est abrogé.", []string{"L'article 5 du code de procédure pénale est abrogé."}, "delete 5/code de procedure penale"},
		{"L'article 5 du code pénal est abrogé.", []string{"L'article 5 du code pénal est abrogé."}, "delete 5/code penal"},
		{"1° Au premier alinéa, le mot : « seul » est supprimé.", []string{"L'article L. 1 du code de la santé publique, dans sa rédaction issue de l'article 3 de la présente loi, est ainsi modifié :", "1° Au premier alinéa, le mot : « seul » est supprimé."}, "ctx | delete-words l1/code de la sante publique"},
		{"L'article 5 du règlement (UE) n° 2016/679 du Parlement européen et du ", []string{"L'article 5 du règlement (UE) n° 2016/679 du Parlement européen et du Conseil du 27 avril 2016 est abrogé."}, "refused"},
		{"L'article 5 de la loi organique n° 2001-692 du 1er août 2001 précitée ", []string{"L'article 5 de la loi organique n° 2001-692 du 1er août 2001 précitée est abrogé."}, "delete 5/loi 2001 692"},
		{"L'article 3 de la loi constitutionnelle n° 2008-724 du 23 juillet 2008", []string{"L'article 3 de la loi constitutionnelle n° 2008-724 du 23 juillet 2008 est abrogé."}, "refused"},
		{"L'article 5 de l'ordonnance du 2 novembre 1945 est abrogé.", []string{"L'article 5 de l'ordonnance du 2 novembre 1945 est abrogé."}, "refused"},
		{"2° Au second alinéa du même article, le mot : « seul » est supprimé.", []string{"L'article L. 1 du code de l'action sociale et des familles est ainsi modifié :", "1° Au premier alinéa, les mots : « à l'article L. 2 du code de la santé publique » sont supprimés ;", "2° Au second alinéa du même article, le mot : « seul » est supprimé."}, "ctx | delete-words l1/code de l action sociale et des familles | delete-words l1/code de l action sociale et des familles"},
		{"Au premier alinéa de l'article 5 du décret-loi du 30 octobre 1935, le ", []string{"Au premier alinéa de l'article 5 du décret-loi du 30 octobre 1935, le mot : « seul » est supprimé."}, "refused"},
		{"L'article 5 de la loi n° 2004-575 du 21 juin 2004 pour la confiance da", []string{"L'article 5 de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique et l'article L. 1 du code civil sont abrogés."}, "delete 5/loi 2004 575; delete l1/code civil"},
	})
}

// TestRefs7QuotedTextNoAnaphora: a text named in quoted text is never what "du même code", "dudit code", "de la même ordonnance" point back at; "le même article", "cet article", "dudit article" the article before, refused after several ("ces articles", "le même article" after two) or none; "l'article précité" is read as "ledit article" (refs25).
func TestRefs7QuotedTextNoAnaphora(t *testing.T) {
	runRefs7(t, []refs7Case{
		{"II. – L'article L. 2 du même code est abrogé.", []string{"I. – L'article L. 1 du code civil est complété par les mots : « et de l'article 3 de la loi n° 78-17 du 6 janvier 1978 ».", "II. – L'article L. 2 du même code est abrogé."}, "append-words l1/code civil | delete l2/code civil"},
		{"II. – L'article L. 5 du même code est abrogé.", []string{"I. – Après l'article L. 1 du code civil, il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – Les articles L. 3 et L. 4 du code de commerce sont applicables. »", "II. – L'article L. 5 du même code est abrogé."}, "create-articles l1/code civil +l1-1 | delete l5/code civil"},
		{"II. – L'article 4 de la même ordonnance est abrogé.", []string{"I. – L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", "« Le présent article s'applique dans les conditions prévues par l'ordonnance n° 2005-1516 du 8 décembre 2005. »", "II. – L'article 4 de la même ordonnance est abrogé."}, "append-alineas l1/code civil | refused"},
		{"II. – L'article L. 2 dudit code est abrogé.", []string{"I. – L'article L. 1 du code civil est complété par les mots : « du code de commerce ».", "II. – L'article L. 2 dudit code est abrogé."}, "append-words l1/code civil | delete l2/code civil"},
		{"II. – L'article L. 2 du même code est abrogé.", []string{"I. – Au premier alinéa de l'article L. 1 du code civil, les mots : « du code de commerce » sont remplacés par les mots : « du code rural ».", "II. – L'article L. 2 du même code est abrogé."}, "replace-words l1/code civil | delete l2/code civil"},
		{"2° Le même article est complété par un alinéa ainsi rédigé :", []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Au premier alinéa, le mot : « seul » est supprimé ;", "2° Le même article est complété par un alinéa ainsi rédigé :", "« Il agit. »"}, "ctx | delete-words l1/code civil | append-alineas l1/code civil"},
		{"2° Au second alinéa de cet article, le mot : « seul » est supprimé.", []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 est complété par les mots : « seul » ;", "2° Au second alinéa de cet article, le mot : « seul » est supprimé."}, "ctx | append-words l1/code civil | delete-words l1/code civil"},
		{"2° Au second alinéa dudit article, le mot : « seul » est supprimé.", []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 est complété par les mots : « seul » ;", "2° Au second alinéa dudit article, le mot : « seul » est supprimé."}, "ctx | append-words l1/code civil | delete-words l1/code civil"},
		{"2° Au second alinéa de l'article précité, le mot : « seul » est suppri", []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 est complété par les mots : « seul » ;", "2° Au second alinéa de l'article précité, le mot : « seul » est supprimé."}, "ctx | append-words l1/code civil | delete-words l1/code civil"},
		{"2° Après le même article, il est inséré un article L. 1-1 ainsi rédigé", []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 est complété par les mots : « seul » ;", "2° Après le même article, il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – Il agit. »"}, "ctx | append-words l1/code civil | create-articles l1/code civil +l1-1"},
		{"2° Au second alinéa du même article, le mot : « seul » est supprimé.", []string{"Le code civil est ainsi modifié :", "1° Les articles L. 1 et L. 2 sont complétés par les mots : « seul » ;", "2° Au second alinéa du même article, le mot : « seul » est supprimé."}, "ctx | append-words l1/code civil; append-words l2/code civil | refused"},
		{"2° Au second alinéa de ces articles, le mot : « seul » est supprimé.", []string{"Le code civil est ainsi modifié :", "1° Aux articles L. 1 et L. 2, le mot : « seul » est supprimé ;", "2° Au second alinéa de ces articles, le mot : « seul » est supprimé."}, "ctx | delete-words l1/code civil; delete-words l2/code civil | refused"},
		{"c) Au troisième alinéa, le mot : « seul » est supprimé.", []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Au premier alinéa, le mot : « seul » est supprimé ;", "b) Au second alinéa de l'article L. 2, le mot : « seul » est supprimé ;", "c) Au troisième alinéa, le mot : « seul » est supprimé."}, "ctx | ctx | delete-words l1/code civil | delete-words l2/code civil | delete-words l1/code civil"},
		{"2° Au troisième alinéa, le mot : « seul » est supprimé.", []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Au premier alinéa, le mot : « seul » est supprimé ;", "2° Au troisième alinéa, le mot : « seul » est supprimé."}, "ctx | ctx | delete-words l1/code civil | refused"},
		{"1° Au premier alinéa, le mot : « seul » est supprimé.", []string{"L'article L. 1 du code civil et l'article L. 2 du code de commerce sont ainsi modifiés :", "1° Au premier alinéa, le mot : « seul » est supprimé."}, "ctx | delete-words l1/code civil; delete-words l2/code de commerce"},
		{"1° Au premier alinéa, le mot : « seul » est supprimé.", []string{"Les articles L. 1 et L. 2 du code civil sont ainsi modifiés :", "1° Au premier alinéa, le mot : « seul » est supprimé."}, "ctx | delete-words l1/code civil; delete-words l2/code civil"},
		{"III. – Au premier alinéa du même article, le mot : « seul » est suppri", []string{"I. – L'article L. 1 du code civil est abrogé.", "II. – L'article L. 2 du code de commerce est abrogé.", "III. – Au premier alinéa du même article, le mot : « seul » est supprimé."}, "delete l1/code civil | delete l2/code de commerce | delete-words l2/code de commerce"},
		{"L'article 3 de la loi n° 78-17 du 6 janvier 1978 modifiée relative à l", []string{"L'article 3 de la loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique est abrogé."}, "delete 3/loi 78 17"},
		{"L'article 3 de la loi modifiée n° 78-17 du 6 janvier 1978 relative à l", []string{"L'article 3 de la loi modifiée n° 78-17 du 6 janvier 1978 relative à l'informatique est abrogé."}, "refused"},
		{"L'article 3 de l'ordonnance n° 2005-1516 du 8 décembre 2005 susvisée e", []string{"L'article 3 de l'ordonnance n° 2005-1516 du 8 décembre 2005 susvisée est abrogé."}, "delete 3/ordonnance 2005 1516"},
		{"L'article 1er de la loi n° 78-17 du 6 janvier 1978 et l'article 2 de l", []string{"L'article 1er de la loi n° 78-17 du 6 janvier 1978 et l'article 2 de la même loi sont abrogés."}, "delete 1/loi 78 17; delete 2/loi 78 17"},
		{"Les articles 3 et 4 de la loi n° 78-17 du 6 janvier 1978 sont abrogés.", []string{"Les articles 3 et 4 de la loi n° 78-17 du 6 janvier 1978 sont abrogés."}, "delete 3/loi 78 17; delete 4/loi 78 17"},
		{"1° L'article L. 1 est abrogé.", []string{"Le Code civil est ainsi modifié :", "1° L'article L. 1 est abrogé."}, "ctx | delete l1/code civil"},
		{"L'article L. 1 du même code est abrogé.", []string{"L'article L. 1 du même code est abrogé."}, "refused"},
		{"L'article L. 1 du code susvisé est abrogé.", []string{"L'article L. 1 du code susvisé est abrogé."}, "refused"},
		{"1° Au premier alinéa de l'article L. 1 du présent code, le mot : « seu", []string{"Le code civil est ainsi modifié :", "1° Au premier alinéa de l'article L. 1 du présent code, le mot : « seul » est supprimé."}, "ctx | delete-words l1/code civil"},
		{"2° L'article L. 4 est abrogé.", []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Les mots : « à l'article L. 2 » sont remplacés par les mots : « à l'article L. 3 du code de commerce » ;", "b) Le second alinéa est supprimé ;", "2° L'article L. 4 est abrogé."}, "ctx | ctx | replace-words l1/code civil | delete l1/code civil | delete l4/code civil"},
		{"c) Le second alinéa est supprimé.", []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Au premier alinéa, les mots : « seul » sont supprimés ;", "b) L'article L. 3 du code de commerce est abrogé ;", "c) Le second alinéa est supprimé."}, "ctx | ctx | delete-words l1/code civil | delete l3/code de commerce | delete l1/code civil"},
		{"Au premier alinéa de l'article L. 1 du code civil, les mots : « articl", []string{"Au premier alinéa de l'article L. 1 du code civil, les mots : « article L. 2 » sont remplacés par les mots : « article L. 2 - 1 »."}, "replace-words l1/code civil"},
		{"Au premier alinéa de l'article L. 1 du code civil, la référence : « L.", []string{"Au premier alinéa de l'article L. 1 du code civil, la référence : « L. 2 » est remplacée par la référence : « L. 2-1 »."}, "replace-words l1/code civil"},
		{"Au premier alinéa de l'article L. 1 du code civil, les références : « ", []string{"Au premier alinéa de l'article L. 1 du code civil, les références : « L. 2 et L. 3 » sont remplacées par les références : « L. 2 - 1 et L. 3 »."}, "replace-words l1/code civil"},
		{"L'article L. 1 du code civil est abrogé et l'article L. 2 du même code", []string{"L'article L. 1 du code civil est abrogé et l'article L. 2 du même code est abrogé."}, "delete l1/code civil; delete l2/code civil"},
		{"II. – L'article 6 de la même loi est abrogé.", []string{"À la fin du premier alinéa de l'article L. 1 du code civil, la référence : « à l'article 5 de la loi n° 78-17 du 6 janvier 1978 » est supprimée.", "II. – L'article 6 de la même loi est abrogé."}, "delete-words l1/code civil | refused"},
		{"III. – L'article 6 de la même loi est abrogé.", []string{"L'article 3 de la loi n° 78-17 du 6 janvier 1978 est abrogé.", "II. – Au premier alinéa de l'article L. 1 du code civil, les mots : « de la loi n° 2004-575 du 21 juin 2004 » sont supprimés.", "III. – L'article 6 de la même loi est abrogé."}, "delete 3/loi 78 17 | delete-words l1/code civil | delete 6/loi 78 17"},
		{"Les articles L. 1 - 1 et L. 2 – 3 du code civil sont abrogés.", []string{"Les articles L. 1 - 1 et L. 2 – 3 du code civil sont abrogés."}, "delete l1-1/code civil; delete l2-3/code civil"},
		{"Les articles L. 1 - 1 à L. 1 - 4 du code civil sont abrogés.", []string{"Les articles L. 1 - 1 à L. 1 - 4 du code civil sont abrogés."}, "delete l1-1/code civil…l1-4"},
		{"Au 2° de l'article 5 - 1° du code civil, le mot : « seul » est supprim", []string{"Au 2° de l'article 5 - 1° du code civil, le mot : « seul » est supprimé."}, "refused"}, // never 5-1; its "- 1°" not read since codes9 (TestCodes9ArticleThenDivision)
		{"II. – À l'article L. 2 - 1 du même code, le mot : « seul » est supprim", []string{"I. – L'article L. 1 du code civil est abrogé.", "II. – À l'article L. 2 - 1 du même code, le mot : « seul » est supprimé."}, "delete l1/code civil | delete-words l2-1/code civil"},
		{"2° Après l'article L. 2 - 1, il est inséré un article L. 2-2 ainsi réd", []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 - 1 est abrogé ;", "2° Après l'article L. 2 - 1, il est inséré un article L. 2-2 ainsi rédigé :", "« Art. L. 2-2. – Il agit. »"}, "ctx | delete l1-1/code civil | create-articles l2-1/code civil +l2-2"},
	})
}

// TestRefs7SameTextAcrossParts: anaphora across the parts and the articles of a bill: "du même code" across bill articles is the code named last; a bare article in the next bill article, "le même article" across bill articles refused; "la loi précitée" after two laws refused, "la loi du 6 janvier 1978 précitée" its law; "dudit code" the last code, "du code précité" after two refused.
func TestRefs7SameTextAcrossParts(t *testing.T) {
	runRefs7(t, []refs7Case{
		{"L'article L. 5 du même code est abrogé.", []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 est abrogé.", "@@", "L'article L. 5 du même code est abrogé."}, "ctx | delete l1/code civil | delete l5/code civil"},
		{"Au premier alinéa de l'article L. 5, le mot : « seul » est supprimé.", []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 est abrogé.", "@@", "Au premier alinéa de l'article L. 5, le mot : « seul » est supprimé."}, "ctx | delete l1/code civil | refused"},
		{"Au second alinéa du même article, le mot : « seul » est supprimé.", []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « seul » est supprimé.", "@@", "Au second alinéa du même article, le mot : « seul » est supprimé."}, "delete-words l1/code civil | refused"},
		{"L'article 4 de la même loi est abrogé.", []string{"L'article 3 de la loi n° 78-17 du 6 janvier 1978 est abrogé.", "@@", "L'article 4 de la même loi est abrogé."}, "delete 3/loi 78 17 | delete 4/loi 78 17"},
		{"L'article 4 de la loi précitée est abrogé.", []string{"L'article 3 de la loi n° 78-17 du 6 janvier 1978 est abrogé.", "@@", "L'article 4 de la loi précitée est abrogé."}, "delete 3/loi 78 17 | delete 4/loi 78 17"},
		{"L'article 4 de la loi du 6 janvier 1978 précitée est abrogé.", []string{"L'article 3 de la loi n° 78-17 du 6 janvier 1978 est abrogé.", "@@", "L'article 4 de la loi du 6 janvier 1978 précitée est abrogé."}, "delete 3/loi 78 17 | delete 4/loi 78 17"},
		{"L'article 4 de la loi du 6 janvier 1978 précitée est abrogé.", []string{"L'article 4 de la loi du 6 janvier 1978 précitée est abrogé."}, "refused"},
		{"Au second alinéa, le mot : « seul » est supprimé.", []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Au premier alinéa, le mot : « seul » est supprimé.", "@@", "Au second alinéa, le mot : « seul » est supprimé."}, "ctx | delete-words l1/code civil | refused"},
		{"III. – L'article 5 de la loi du 6 janvier 1978 précitée est abrogé.", []string{"I. – L'article 3 de la loi n° 78-17 du 6 janvier 1978 est abrogé.", "II. – L'article 4 de la loi n° 2004-575 du 21 juin 2004 est abrogé.", "III. – L'article 5 de la loi du 6 janvier 1978 précitée est abrogé."}, "delete 3/loi 78 17 | delete 4/loi 2004 575 | delete 5/loi 78 17"},
		{"III. – L'article 5 de la loi précitée est abrogé.", []string{"I. – L'article 3 de la loi n° 78-17 du 6 janvier 1978 est abrogé.", "II. – L'article 4 de la loi n° 2004-575 du 21 juin 2004 est abrogé.", "III. – L'article 5 de la loi précitée est abrogé."}, "delete 3/loi 78 17 | delete 4/loi 2004 575 | refused"},
		{"III. – L'article 5 de la loi précitée est abrogé.", []string{"I. – L'article 3 de la loi n° 78-17 du 6 janvier 1978 est abrogé.", "II. – L'article 4 de l'ordonnance n° 2004-575 du 21 juin 2004 est abrogé.", "III. – L'article 5 de la loi précitée est abrogé."}, "delete 3/loi 78 17 | delete 4/ordonnance 2004 575 | delete 5/loi 78 17"},
		{"III. – L'article 5 de ladite loi est abrogé.", []string{"I. – L'article 3 de la loi n° 78-17 du 6 janvier 1978 est abrogé.", "II. – L'article L. 4 du code civil est abrogé.", "III. – L'article 5 de ladite loi est abrogé."}, "delete 3/loi 78 17 | delete l4/code civil | delete 5/loi 78 17"},
		{"L'article 5 de la même loi est abrogé.", []string{"I. – L'article 3 de la loi n° 78-17 du 6 janvier 1978 est abrogé.", "@@", "I. – L'article 4 de la loi n° 2004-575 du 21 juin 2004 est abrogé.", "@@", "L'article 5 de la même loi est abrogé."}, "delete 3/loi 78 17 | delete 4/loi 2004 575 | delete 5/loi 2004 575"},
		{"L'article L. 5 du même code est abrogé.", []string{"I. – L'article L. 1 du code civil est abrogé.", "@@", "I. – L'article L. 2 du code de commerce est abrogé.", "@@", "L'article L. 5 du même code est abrogé."}, "delete l1/code civil | delete l2/code de commerce | delete l5/code de commerce"},
		{"III. – L'article L. 5 dudit code est abrogé.", []string{"I. – L'article L. 1 du code civil est abrogé.", "II. – L'article L. 2 du code de commerce est abrogé.", "III. – L'article L. 5 dudit code est abrogé."}, "delete l1/code civil | delete l2/code de commerce | delete l5/code de commerce"},
		{"III. – L'article L. 5 du code précité est abrogé.", []string{"I. – L'article L. 1 du code civil est abrogé.", "II. – L'article L. 2 du code de commerce est abrogé.", "III. – L'article L. 5 du code précité est abrogé."}, "delete l1/code civil | delete l2/code de commerce | refused"},
		{"IV. – L'article 6 de la loi précitée est abrogé.", []string{"I. – L'article 3 de la loi n° 78-17 du 6 janvier 1978 est abrogé.", "II. – L'article 4 de la loi n° 2004-575 du 21 juin 2004 est abrogé.", "III. – L'article 5 de la même loi est abrogé.", "IV. – L'article 6 de la loi précitée est abrogé."}, "delete 3/loi 78 17 | delete 4/loi 2004 575 | delete 5/loi 2004 575 | refused"},
		{"Au premier alinéa de l'article L. 1 du code civil et au second alinéa ", []string{"Au premier alinéa de l'article L. 1 du code civil et au second alinéa du même article, le mot : « seul » est supprimé."}, "delete-words l1/code civil; delete-words l1/code civil"},
		{"Au premier alinéa de l'article L. 1 du code civil, à l'article L. 2 du", []string{"Au premier alinéa de l'article L. 1 du code civil, à l'article L. 2 du code de commerce et à l'article L. 3 du même code, le mot : « seul » est supprimé."}, "delete-words l1/code civil; delete-words l2/code de commerce; delete-words l3/code de commerce"},
		{"Au premier alinéa des articles L. 1 et L. 2 du code civil, le mot : « ", []string{"Au premier alinéa des articles L. 1 et L. 2 du code civil, le mot : « seul » est supprimé."}, "delete-words l1/code civil; delete-words l2/code civil"},
		{"Aux premier et second alinéas de l'article L. 1 du code civil, le mot ", []string{"Aux premier et second alinéas de l'article L. 1 du code civil, le mot : « seul » est supprimé."}, "delete-words l1/code civil; delete-words l1/code civil"},
		{"À l'article L. 1, au premier alinéa de l'article L. 2 et à l'article L", []string{"À l'article L. 1, au premier alinéa de l'article L. 2 et à l'article L. 3 du code civil, le mot : « seul » est supprimé."}, "delete-words l1/code civil; delete-words l2/code civil; delete-words l3/code civil"},
		{"Aux articles L. 1 à L. 3 du code civil, le mot : « seul » est supprimé", []string{"Aux articles L. 1 à L. 3 du code civil, le mot : « seul » est supprimé."}, "delete-words l1/code civil…l3"},
		{"À la première phrase du premier alinéa de l'article L. 1 et à l'articl", []string{"À la première phrase du premier alinéa de l'article L. 1 et à l'article L. 2 du code civil, le mot : « seul » est supprimé."}, "delete-words l1/code civil; delete-words l2/code civil"},
		{"Aux articles 3 et 4 de la loi n° 78-17 du 6 janvier 1978, le mot : « s", []string{"Aux articles 3 et 4 de la loi n° 78-17 du 6 janvier 1978, le mot : « seul » est supprimé."}, "delete-words 3/loi 78 17; delete-words 4/loi 78 17"},
		{"À l'article 3 de la loi n° 78-17 du 6 janvier 1978 et à l'article L. 2", []string{"À l'article 3 de la loi n° 78-17 du 6 janvier 1978 et à l'article L. 2 du code civil, le mot : « seul » est supprimé."}, "delete-words 3/loi 78 17; delete-words l2/code civil"},
		{"À l'article L. 1 du code civil et à l'article 3 de la même loi, le mot", []string{"À l'article L. 1 du code civil et à l'article 3 de la même loi, le mot : « seul » est supprimé."}, "refused"},
		{"Au premier alinéa de l'article L. 1 et de l'article L. 2 du code civil", []string{"Au premier alinéa de l'article L. 1 et de l'article L. 2 du code civil, le mot : « seul » est supprimé."}, "delete-words l1/code civil; delete-words l2/code civil"}, // read since refs24, the text said once for both
		{"Au premier alinéa de l'article L. 1 du code civil et de l'article L. 2", []string{"Au premier alinéa de l'article L. 1 du code civil et de l'article L. 2 du code de commerce, le mot : « seul » est supprimé."}, "refused"},
		{"Au premier alinéa de l'article L. 1 du code civil et à l'article L. 2,", []string{"Au premier alinéa de l'article L. 1 du code civil et à l'article L. 2, le mot : « seul » est supprimé."}, "delete-words l1/code civil; delete-words l2/code civil"},
		{"III. – L'article L. 5 du même code est abrogé.", []string{"À l'article L. 1 du code civil et à l'article L. 2 du code de commerce, le mot : « seul » est supprimé.", "III. – L'article L. 5 du même code est abrogé."}, "delete-words l1/code civil; delete-words l2/code de commerce | delete l5/code de commerce"},
		{"2° L'article L. 5 est abrogé.", []string{"Le code civil est ainsi modifié :", "1° À l'article L. 1 et à l'article L. 2 du code de commerce, le mot : « seul » est supprimé ;", "2° L'article L. 5 est abrogé."}, "ctx | refused | delete l5/code civil"},
		{"Au 1° de l'article L. 1 et au 2° de l'article L. 2 du code civil, le m", []string{"Au 1° de l'article L. 1 et au 2° de l'article L. 2 du code civil, le mot : « seul » est supprimé."}, "delete-words l1/code civil; delete-words l2/code civil"},
		{"Aux articles L. 1 et L. 2 du code civil et à l'article 3 de la loi n° ", []string{"Aux articles L. 1 et L. 2 du code civil et à l'article 3 de la loi n° 78-17 du 6 janvier 1978, le mot : « seul » est supprimé."}, "delete-words l1/code civil; delete-words l2/code civil; delete-words 3/loi 78 17"},
		{"À l'article L. 1 du code civil, le mot : « seul » est supprimé et, à l", []string{"À l'article L. 1 du code civil, le mot : « seul » est supprimé et, à l'article L. 2 du même code, le mot : « seul » est supprimé."}, "delete-words l1/code civil; delete-words l2/code civil"},
		{"Aux articles L. 1 et L. 2 du code civil et L. 3 du code de commerce, l", []string{"Aux articles L. 1 et L. 2 du code civil et L. 3 du code de commerce, le mot : « seul » est supprimé."}, "refused"},
		{"Aux articles L. 1 du code civil et L. 3 du code de commerce, le mot : ", []string{"Aux articles L. 1 du code civil et L. 3 du code de commerce, le mot : « seul » est supprimé."}, "delete-words l1/code civil; delete-words l3/code de commerce"},
		{"Aux articles L. 1 du code civil et 3 de la loi n° 78-17 du 6 janvier 1", []string{"Aux articles L. 1 du code civil et 3 de la loi n° 78-17 du 6 janvier 1978, le mot : « seul » est supprimé."}, "delete-words l1/code civil; delete-words 3/loi 78 17"},
	})
}

// TestRefs7SpacedArticleHyphen: an article's number typed with its hyphen
// spaced or a dash ("l'article L. 176 - 1", "L. 176 -1", "L. 176 – 1",
// "L. 176 – 1 – 2") is that number with its plain hyphen, in the place
// and in the new article's heading ("« Art. L. 176 - 1. – … »"): the
// locator stopped at the dash, and L. 176 was edited, abrogated, or
// created with the text "1. – …". Quoted words keep their typing.
func TestRefs7SpacedArticleHyphen(t *testing.T) {
	runRefs7(t, []refs7Case{
		{"Au premier alinéa de l'article L. 176 - 1 du code électoral, le mot : ", []string{"Au premier alinéa de l'article L. 176 - 1 du code électoral, le mot : « seul » est supprimé."}, "delete-words l176-1/code electoral"},
		{"L'article L. 176 - 1 du code électoral est abrogé.", []string{"L'article L. 176 - 1 du code électoral est abrogé."}, "delete l176-1/code electoral"},
		{"Après l'article L. 5 du code électoral, il est inséré un article L. 17", []string{"Après l'article L. 5 du code électoral, il est inséré un article L. 176 - 1 ainsi rédigé :", "« Art. L. 176 - 1. – Il agit. »"}, "create-articles l5/code electoral +l176-1"},
		{"Au premier alinéa de l'article L. 176 -1 du code électoral, le mot : «", []string{"Au premier alinéa de l'article L. 176 -1 du code électoral, le mot : « seul » est supprimé."}, "delete-words l176-1/code electoral"},
		{"L'article L. 176 -1 du code électoral est abrogé.", []string{"L'article L. 176 -1 du code électoral est abrogé."}, "delete l176-1/code electoral"},
		{"Après l'article L. 5 du code électoral, il est inséré un article L. 17", []string{"Après l'article L. 5 du code électoral, il est inséré un article L. 176 -1 ainsi rédigé :", "« Art. L. 176 -1. – Il agit. »"}, "create-articles l5/code electoral +l176-1"},
		{"Au premier alinéa de l'article L. 176- 1 du code électoral, le mot : «", []string{"Au premier alinéa de l'article L. 176- 1 du code électoral, le mot : « seul » est supprimé."}, "delete-words l176-1/code electoral"},
		{"L'article L. 176- 1 du code électoral est abrogé.", []string{"L'article L. 176- 1 du code électoral est abrogé."}, "delete l176-1/code electoral"},
		{"Après l'article L. 5 du code électoral, il est inséré un article L. 17", []string{"Après l'article L. 5 du code électoral, il est inséré un article L. 176- 1 ainsi rédigé :", "« Art. L. 176- 1. – Il agit. »"}, "create-articles l5/code electoral +l176-1"},
		{"Au premier alinéa de l'article L. 176 – 1 du code électoral, le mot : ", []string{"Au premier alinéa de l'article L. 176 – 1 du code électoral, le mot : « seul » est supprimé."}, "delete-words l176-1/code electoral"},
		{"L'article L. 176 – 1 du code électoral est abrogé.", []string{"L'article L. 176 – 1 du code électoral est abrogé."}, "delete l176-1/code electoral"},
		{"Après l'article L. 5 du code électoral, il est inséré un article L. 17", []string{"Après l'article L. 5 du code électoral, il est inséré un article L. 176 – 1 ainsi rédigé :", "« Art. L. 176 – 1. – Il agit. »"}, "create-articles l5/code electoral +l176-1"},
		{"Au premier alinéa de l'article L. 176–1 du code électoral, le mot : « ", []string{"Au premier alinéa de l'article L. 176–1 du code électoral, le mot : « seul » est supprimé."}, "delete-words l176-1/code electoral"},
		{"L'article L. 176–1 du code électoral est abrogé.", []string{"L'article L. 176–1 du code électoral est abrogé."}, "delete l176-1/code electoral"},
		{"Après l'article L. 5 du code électoral, il est inséré un article L. 17", []string{"Après l'article L. 5 du code électoral, il est inséré un article L. 176–1 ainsi rédigé :", "« Art. L. 176–1. – Il agit. »"}, "create-articles l5/code electoral +l176-1"},
		{"Au premier alinéa de l'article L. 176 —1 du code électoral, le mot : «", []string{"Au premier alinéa de l'article L. 176 —1 du code électoral, le mot : « seul » est supprimé."}, "delete-words l176-1/code electoral"},
		{"L'article L. 176 —1 du code électoral est abrogé.", []string{"L'article L. 176 —1 du code électoral est abrogé."}, "delete l176-1/code electoral"},
		{"Après l'article L. 5 du code électoral, il est inséré un article L. 17", []string{"Après l'article L. 5 du code électoral, il est inséré un article L. 176 —1 ainsi rédigé :", "« Art. L. 176 —1. – Il agit. »"}, "create-articles l5/code electoral +l176-1"},
		{"Au premier alinéa de l'article L. 176-1 -2 du code électoral, le mot :", []string{"Au premier alinéa de l'article L. 176-1 -2 du code électoral, le mot : « seul » est supprimé."}, "delete-words l176-1-2/code electoral"},
		{"L'article L. 176-1 -2 du code électoral est abrogé.", []string{"L'article L. 176-1 -2 du code électoral est abrogé."}, "delete l176-1-2/code electoral"},
		{"Après l'article L. 5 du code électoral, il est inséré un article L. 17", []string{"Après l'article L. 5 du code électoral, il est inséré un article L. 176-1 -2 ainsi rédigé :", "« Art. L. 176-1 -2. – Il agit. »"}, "create-articles l5/code electoral +l176-1-2"},
		{"Au premier alinéa de l'article L. 176 – 1 – 2 du code électoral, le mo", []string{"Au premier alinéa de l'article L. 176 – 1 – 2 du code électoral, le mot : « seul » est supprimé."}, "delete-words l176-1-2/code electoral"},
		{"L'article L. 176 – 1 – 2 du code électoral est abrogé.", []string{"L'article L. 176 – 1 – 2 du code électoral est abrogé."}, "delete l176-1-2/code electoral"},
		{"Après l'article L. 5 du code électoral, il est inséré un article L. 17", []string{"Après l'article L. 5 du code électoral, il est inséré un article L. 176 – 1 – 2 ainsi rédigé :", "« Art. L. 176 – 1 – 2. – Il agit. »"}, "create-articles l5/code electoral +l176-1-2"},
		{"Au premier alinéa de l'article 176 - 1 du code électoral, le mot : « s", []string{"Au premier alinéa de l'article 176 - 1 du code électoral, le mot : « seul » est supprimé."}, "delete-words 176-1/code electoral"},
		{"L'article 176 - 1 du code électoral est abrogé.", []string{"L'article 176 - 1 du code électoral est abrogé."}, "delete 176-1/code electoral"},
		{"Après l'article L. 5 du code électoral, il est inséré un article 176 -", []string{"Après l'article L. 5 du code électoral, il est inséré un article 176 - 1 ainsi rédigé :", "« Art. 176 - 1. – Il agit. »"}, "create-articles l5/code electoral +176-1"},
		{"Au premier alinéa de l'article L. 176 bis - 1 du code électoral, le mo", []string{"Au premier alinéa de l'article L. 176 bis - 1 du code électoral, le mot : « seul » est supprimé."}, "delete-words l176 bis-1/code electoral"},
		{"L'article L. 176 bis - 1 du code électoral est abrogé.", []string{"L'article L. 176 bis - 1 du code électoral est abrogé."}, "delete l176 bis-1/code electoral"},
		{"Après l'article L. 5 du code électoral, il est inséré un article L. 17", []string{"Après l'article L. 5 du code électoral, il est inséré un article L. 176 bis - 1 ainsi rédigé :", "« Art. L. 176 bis - 1. – Il agit. »"}, "create-articles l5/code electoral +l176 bis-1"}, // read since left8 (reSpacedArtHeading)
		{"L'article L. 176-1 du code électoral est ainsi rédigé :", []string{"L'article L. 176-1 du code électoral est ainsi rédigé :", "« Art. L. 176 - 1. – Il agit. »"}, "rewrite l176-1/code electoral"},
		{"L'article L. 176 - 1 du code électoral est ainsi rédigé :", []string{"L'article L. 176 - 1 du code électoral est ainsi rédigé :", "« Art. L. 176 - 1. – Il agit. »"}, "rewrite l176-1/code electoral"},
		{"L'article L. 176-1 du code électoral est ainsi rédigé :", []string{"L'article L. 176-1 du code électoral est ainsi rédigé :", "« Art. L. 176-1. – Il agit. »"}, "rewrite l176-1/code electoral"},
		{"L'article L. 176 - 1 du code électoral est ainsi rétabli :", []string{"L'article L. 176 - 1 du code électoral est ainsi rétabli :", "« Art. L. 176 - 1. – Il agit. »"}, "create-articles l176-1/code electoral +l176-1"},
		{"Le chapitre II du titre Ier du livre Ier du code électoral est complét", []string{"Le chapitre II du titre Ier du livre Ier du code électoral est complété par un article L. 176 - 1 ainsi rédigé :", "« Art. L. 176 - 1. – Il agit. »"}, "create-articles /code electoral +l176-1"},
		{"Le chapitre II du titre Ier du livre Ier du code électoral est complét", []string{"Le chapitre II du titre Ier du livre Ier du code électoral est complété par un article L. 176-1 ainsi rédigé :", "« Art. L. 176-1. – Il agit. »"}, "create-articles /code electoral +l176-1"},
	})
	c := Corpus{}
	for h, al := range map[string][]string{"L176": {"Le maire seul agit."}, "L176-1": {"Le préfet seul agit."}} {
		ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: al}
	}
	for _, text := range []string{
		"Au premier alinéa de l'article L. 176 - 1 du code civil, le mot : « seul » est supprimé.",
		"Au premier alinéa de l'article L. 176 – 1 du code civil, le mot : « seul » est supprimé.",
		"Au premier alinéa des articles L. 176 -1 et L. 177 du code civil, le mot : « seul » est supprimé.",
	} {
		got, errs := Apply(c, ParseInstructions([]Article{{Number: "1er", Alineas: []string{text}}}), ApplyOptions{})
		for _, e := range errs {
			if !e.Missing {
				t.Errorf("%q: %v", text, e)
			}
		}
		if a := got[CodeRef{Code: "code civil", Article: "l176-1"}].Alineas; len(a) != 1 || a[0] != "Le préfet agit." {
			t.Errorf("%q: L. 176-1 reads %q, want \"Le préfet agit.\"", text, a)
		}
		if a := got[CodeRef{Code: "code civil", Article: "l176"}].Alineas; len(a) != 1 || a[0] != "Le maire seul agit." {
			t.Errorf("%q: L. 176 reads %q, want it untouched", text, a)
		}
	}
	// An item after the number is no part of it; the new article's
	// heading keeps its period and dash ("Art. 12. – 1. Les …" opens
	// its paragraph 1).
	if got := spacedArticleHyphens("l'article 5 - 1° du code"); got != "l'article 5 - 1° du code" {
		t.Errorf("an item after the number: %q", got)
	}
	if _, num, _, ok := artHeading("Art. 12. – 1. Les entreprises agissent."); !ok || num != "12" {
		t.Errorf("Art. 12. – 1.: read %q %v, want 12", num, ok)
	}
	if _, num, _, ok := artHeading("Art. L. 176 - 1. – Il agit."); !ok || num != "176-1" {
		t.Errorf("Art. L. 176 - 1. –: read %q %v, want 176-1", num, ok)
	}
}

// TestRefs7LatinPastVicies: the Latin adverbs past "vicies" that number
// the articles of the code général des impôts ("199 unvicies" to "199
// novovicies", "199 tricies") are read as "bis" is, in a place, a list, a
// range (ordered 21 to 30, after vicies) and a new article's number:
// "l'article 199 novovicies" was read as article 199 and "199 tervicies"
// as "199 ter" (the wrong article edited), "les articles 199 unvicies à
// 199 quatervicies" as article 199 alone.
func TestRefs7LatinPastVicies(t *testing.T) {
	var cases []refs7Case
	for _, w := range []string{"unvicies", "duovicies", "tervicies", "quatervicies", "quinvicies", "sexvicies", "septvicies", "octovicies", "novovicies", "tricies"} {
		cases = append(cases, refs7Case{w, []string{"Au premier alinéa de l'article 199 " + w + " du code général des impôts, le mot : « seul » est supprimé."}, "delete-words 199 " + w + "/code general des impots"})
	}
	cases = append(cases,
		refs7Case{"a new article", []string{"Après l'article 199 novovicies du code général des impôts, il est inséré un article 199 tricies ainsi rédigé :", "« Art. 199 tricies. – Il agit. »"}, "create-articles 199 novovicies/code general des impots +199 tricies"},
		refs7Case{"a range", []string{"Les articles 199 unvicies à 199 quatervicies du code général des impôts sont abrogés."}, "delete 199 unvicies/code general des impots…199 quatervicies"},
		refs7Case{"a list", []string{"Aux articles 199 ter, 199 tervicies et 199 novovicies du code général des impôts, le mot : « seul » est supprimé."}, "delete-words 199 ter/code general des impots; delete-words 199 tervicies/code general des impots; delete-words 199 novovicies/code general des impots"},
		refs7Case{"an item of a bill", []string{"Le 1° tervicies de l'article 199 du code général des impôts est abrogé."}, "delete 199/code general des impots"},
	)
	runRefs7(t, cases)
	c := Corpus{}
	for _, h := range []string{"199", "199 ter", "199 vicies", "199 unvicies", "199 duovicies", "199 tervicies", "199 quatervicies", "199 quinvicies", "199 novovicies"} {
		ref := CodeRef{Code: "code general des impots", Article: ArticleKey(h)}
		c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: []string{"Le maire seul agit."}}
	}
	for _, text := range []string{
		"Au premier alinéa des articles 199 unvicies à 199 quatervicies du code général des impôts, le mot : « seul » est supprimé.",
	} {
		got, errs := Apply(c, ParseInstructions([]Article{{Number: "1er", Alineas: []string{text}}}), ApplyOptions{})
		if len(errs) > 0 {
			t.Errorf("%q: %v", text, errs)
		}
		for _, h := range []string{"199", "199 ter", "199 vicies", "199 unvicies", "199 duovicies", "199 tervicies", "199 quatervicies", "199 quinvicies", "199 novovicies"} {
			want := "Le maire seul agit."
			if strings.HasSuffix(h, "unvicies") || strings.HasSuffix(h, "duovicies") || strings.HasSuffix(h, "tervicies") || strings.HasSuffix(h, "quatervicies") {
				want = "Le maire agit."
			}
			if a := got[CodeRef{Code: "code general des impots", Article: ArticleKey(h)}].Alineas; len(a) != 1 || a[0] != want {
				t.Errorf("%q: %s reads %q, want %q", text, h, a, want)
			}
		}
	}
}

// TestRefs7ThreeCapitals: an article's number ends with up to three
// capitals ("235 ter ZAA" of the code général des impôts, a bill's "1er
// AAA"), in a place, a list, a new article and its heading: "l'article
// 235 ter ZAA" was read as "235 ter" (the wrong article edited).
func TestRefs7ThreeCapitals(t *testing.T) {
	runRefs7(t, []refs7Case{
		{"a place", []string{"Au premier alinéa de l'article 235 ter ZAA du code général des impôts, le mot : « seul » est supprimé."}, "delete-words 235 ter zaa/code general des impots"},
		{"a bill's 1er AAA", []string{"Au premier alinéa de l'article 1er AAA de la loi n° 78-17 du 6 janvier 1978, le mot : « seul » est supprimé."}, "delete-words 1 aaa/loi 78 17"},
		{"two capitals", []string{"Au premier alinéa de l'article 302 bis ZB du code général des impôts, le mot : « seul » est supprimé."}, "delete-words 302 bis zb/code general des impots"},
		{"a new article", []string{"Après l'article 235 ter ZAA du code général des impôts, il est inséré un article 235 ter ZAB ainsi rédigé :", "« Art. 235 ter ZAB. – Il agit. »"}, "create-articles 235 ter zaa/code general des impots +235 ter zab"},
		{"a list", []string{"Les articles 235 ter ZAA et 235 ter ZAB du code général des impôts sont abrogés."}, "delete 235 ter zaa/code general des impots; delete 235 ter zab/code general des impots"},
		{"rewritten", []string{"L'article 235 ter ZAA du code général des impôts est ainsi rédigé :", "« Art. 235 ter ZAA. – Il agit. »"}, "rewrite 235 ter zaa/code general des impots"},
	})
}

// TestRefs7CapitalLatin: an article's Latin adverb typed with capitals
// ("l'article 5 Quater", "5 QUATER") is the adverb ("5 quater"; it was
// dropped, and article 5 edited).
func TestRefs7CapitalLatin(t *testing.T) {
	runRefs7(t, []refs7Case{
		{"Quater", []string{"L'article 5 Quater de la loi n° 78-17 du 6 janvier 1978 est abrogé."}, "delete 5 quater/loi 78 17"},
		{"QUATER", []string{"L'article 5 QUATER de la loi n° 78-17 du 6 janvier 1978 est abrogé."}, "delete 5 quater/loi 78 17"},
		{"BIS", []string{"L'article 5 BIS de la loi n° 78-17 du 6 janvier 1978 est abrogé."}, "delete 5 bis/loi 78 17"},
		{"Bis A", []string{"Au premier alinéa de l'article L. 5 Bis A du code civil, le mot : « seul » est supprimé."}, "delete-words l5 bis a/code civil"},
		{"quoted words keep their case", []string{"Au premier alinéa de l'article L. 1 du code civil, les mots : « article 5 Quater » sont supprimés."}, "delete-words l1/code civil"},
	})
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{"Au premier alinéa de l'article L. 1 du code civil, les mots : « article 5 Quater » sont supprimés."}}})
	if len(ins) != 1 || len(ins[0].Edits) != 1 || ins[0].Edits[0].Old != "article 5 Quater" {
		t.Errorf("quoted words: %+v, want the words \"article 5 Quater\" as typed", ins)
	}
}

// TestLatinOrdinalsOneList: the Latin adverbs the patterns read
// (latinOrd) and those items and articles are ranked by (latinOrder) are
// written twice, a pattern and a map; they must name the same words, or
// a number read whole would rank as no adverb (or the converse).
func TestLatinOrdinalsOneList(t *testing.T) {
	words := strings.Split(strings.TrimSuffix(strings.TrimPrefix(latinOrd, "(?:"), ")"), "|")
	if len(words) != len(latinOrder)-1 {
		t.Fatalf("latinOrd has %d words, latinOrder %d", len(words), len(latinOrder)-1)
	}
	for _, w := range words {
		if latinOrder[w] == 0 {
			t.Errorf("%q read by latinOrd has no rank in latinOrder", w)
		}
	}
}
