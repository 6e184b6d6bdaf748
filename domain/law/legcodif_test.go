package law

import (
	"sort"
	"strings"
	"testing"
)

// runTexts applies a bill article to a corpus holding the code civil's
// articles (keys "L1") and the articles of the loi n° 2000-1 (keys
// "loi:3"); want lists the articles left, each with its alinéas joined by
// " / ", or nil for a refusal (nothing applied, something refused).
func runTexts(t *testing.T, name string, text []string, want []string) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		c := Corpus{}
		put := func(code, num string, al ...string) {
			ref := CodeRef{Code: code, Article: ArticleKey(num)}
			c[ref] = CodeArticle{Ref: ref, Heading: num, Alineas: al}
		}
		put("code civil", "L1", "Le juge signe.")
		put("code civil", "L2", "Le maire date.")
		put("loi 2000 1", "1er", "Le préfet vise.")
		put("loi 2000 1", "2", "Le clerc lit.")
		put("loi 2000 2", "1er", "Le greffier note.")
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: text}})
		got, errs := Apply(c, ins, ApplyOptions{})
		refused := refusedSomewhere(ins, errs)
		var left []string
		for r, a := range got {
			k := string(r.Article)
			if r.Code != "code civil" {
				k = strings.ReplaceAll(r.Code, " ", "-") + ":" + k
			}
			left = append(left, k+" "+strings.Join(a.Alineas, " / "))
		}
		sort.Strings(left)
		if want == nil {
			if !refused || len(left) != len(c) {
				t.Fatalf("applied, want refused: %q (errors %v)", left, errs)
			}
			return
		}
		if refused {
			t.Fatalf("refused: %+v %v", ins, errs)
		}
		if strings.Join(left, "\n") != strings.Join(want, "\n") {
			t.Errorf("got\n%s\nwant\n%s", strings.Join(left, "\n"), strings.Join(want, "\n"))
		}
	})
}

// TestLegCodifRepealListOfTexts: a repeal whose list names, after an
// article, a whole text or a division of one by its number — "L'article
// L. 1 du code civil et la loi n° … sont abrogés", "Sont abrogées la loi
// n° … et la loi n° …", "… et le titre II de la loi n° …", an item "1°
// L'article L. 1 du code civil et l'ordonnance n° … ;" under "Sont
// abrogés :" — repeals each member (the later text was dropped, in
// silence: the locator took the first text named for every member). A
// law repealed whole goes with every article of it the corpus holds (it
// was refused: "article not in the corpus").
func TestLegCodifRepealListOfTexts(t *testing.T) {
	L2 := "l2 Le maire date."
	runTexts(t, "an article and a law", []string{"L'article L. 1 du code civil et la loi n° 2000-1 du 1er janvier 2000 relative aux juges sont abrogés."},
		[]string{L2, "loi-2000-2:1 Le greffier note."})
	runTexts(t, "verb first", []string{"Sont abrogés l'article L. 1 du code civil et la loi n° 2000-1 du 1er janvier 2000 relative aux juges."},
		[]string{L2, "loi-2000-2:1 Le greffier note."})
	runTexts(t, "two laws", []string{"Sont abrogées la loi n° 2000-2 du 2 janvier 2000 relative aux maires et la loi n° 2000-1 du 1er janvier 2000 relative aux juges."},
		[]string{"l1 Le juge signe.", L2})
	runTexts(t, "an item of a list", []string{"Sont abrogés :", "1° L'article L. 1 du code civil et la loi n° 2000-2 du 2 janvier 2000 relative aux maires ;", "2° L'article 2 de la loi n° 2000-1 du 1er janvier 2000 relative aux juges."},
		[]string{L2, "loi-2000-1:1 Le préfet vise."})
	runTexts(t, "a law alone", []string{"La loi n° 2000-1 du 1er janvier 2000 relative aux juges est abrogée."},
		[]string{"l1 Le juge signe.", L2, "loi-2000-2:1 Le greffier note."})
	runTexts(t, "a law repealed but one article: refused", []string{"La loi n° 2000-1 du 1er janvier 2000 relative aux juges est abrogée, à l'exception de son article 2."}, nil)
}

// TestLegCodifAdaptationsRefused: an adaptation of a text to a territory
// or a case — "Pour son application à Mayotte, le mot : « A » est
// remplacé …" under an article's context, "Pour l'application de
// l'article L. 1 en Nouvelle-Calédonie, …", "Pour son application en
// Polynésie française, l'article L. 1 est ainsi rédigé :" — says how the
// text reads there and edits none: refused (the first edited the
// national article; the second read a code "civil en Nouvelle-Calédonie"
// and went out of sample). So is an edit of the text as it applies in a
// territory, "À l'article L. 1, dans sa rédaction applicable en
// Nouvelle-Calédonie, …", "L'article L. 1, dans sa rédaction applicable à
// Mayotte, est ainsi modifié :" with its items (it edited the national
// text). The same words quoted are words; a text's counter updated,
// "les mots : « loi n° 2010-1 du … » sont remplacés par les mots : « loi
// n° 2030-1 du … »", is a replacement as any other.
func TestLegCodifAdaptationsRefused(t *testing.T) {
	A := []string{"Le juge signe.", "Le maire date dans sa rédaction applicable en Nouvelle-Calédonie."}
	C := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "pour son application, an item", before: A, text: []string{C, "1° Pour son application à Mayotte, le mot : « juge » est remplacé par le mot : « préfet »."}},
		{name: "pour l'application de l'article en NC", before: A, text: []string{"Pour l'application de l'article L. 1 du code civil en Nouvelle-Calédonie, le mot : « juge » est remplacé par le mot : « haut-commissaire »."}},
		{name: "pour son application, a rewrite", before: A, text: []string{"Pour son application en Polynésie française, l'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1. – Le haut-commissaire signe. »"}},
		{name: "dans sa rédaction applicable en", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, dans sa rédaction applicable en Nouvelle-Calédonie, le mot : « juge » est remplacé par le mot : « haut-commissaire »."}},
		{name: "a head in that version, its items", before: A, text: []string{"L'article L. 1 du code civil, dans sa rédaction applicable à Mayotte, est ainsi modifié :", "1° Le second alinéa est supprimé."}},
		{name: "the words quoted", before: A, text: []string{C, "1° Au second alinéa, les mots : « dans sa rédaction applicable en Nouvelle-Calédonie » sont supprimés."},
			want: []string{"Le juge signe.", "Le maire date."}},
		{name: "a counter updated", before: []string{"Le titre Ier est applicable en Nouvelle-Calédonie dans sa rédaction résultant de la loi n° 2010-1 du 1er janvier 2010."},
			text: []string{"Au premier alinéa de l'article L. 1 du code civil, les mots : « loi n° 2010-1 du 1er janvier 2010 » sont remplacés par les mots : « loi n° 2030-1 du 2 février 2030 »."},
			want: []string{"Le titre Ier est applicable en Nouvelle-Calédonie dans sa rédaction résultant de la loi n° 2030-1 du 2 février 2030."}},
	})
}

// TestLegCodifDeferredOrTemporary: an instruction that takes effect at a
// date not written as "à compter du 1er …" — "À compter d'une date fixée
// par décret, …", "À compter de l'année 2030, …", "À compter de 2030,
// …", "… est abrogé à une date fixée par décret", "… est abrogé au 31
// décembre 2030" — is deferred as "à compter du 1er janvier 2030, …" is:
// refused with the reason "deferred", a head with its items (they were
// applied at once; the last two were not understood). One in force for
// a time only — "Jusqu'au 31 décembre 2030, …", "À titre expérimental,
// …", "Pour une durée de trois ans, …" — is refused too: the text goes
// back after it (it was applied for good), as an amendment's is
// (TestWrong89AmendmentConditions). "À compter de la publication de la
// présente loi" and "du lendemain de …" are at once, applied.
func TestLegCodifDeferredOrTemporary(t *testing.T) {
	A := []string{"Le juge signe.", "Le maire date."}
	R := "au premier alinéa de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « greffier »."
	for _, lead := range []string{"À compter d'une date fixée par décret, et au plus tard le 1er janvier 2030, ", "À compter de l'année 2030, ", "À compter de 2030, ", "Jusqu'au 31 décembre 2030, ", "À titre expérimental, ", "Pour une durée de trois ans, ", "À titre transitoire, "} {
		runGrammar(t, []grammarCase{{name: lead, before: A, text: []string{lead + R}}})
	}
	runGrammar(t, []grammarCase{
		{name: "abrogé à une date fixée par décret", before: A, text: []string{"Le second alinéa de l'article L. 1 du code civil est abrogé à une date fixée par décret en Conseil d'État."}},
		{name: "abrogé au 31 décembre", before: A, text: []string{"Le second alinéa de l'article L. 1 du code civil est abrogé au 31 décembre 2030."}},
		{name: "a head deferred by decree, its items", before: A, text: []string{"À compter d'une date fixée par décret, l'article L. 1 du code civil est ainsi modifié :", "1° Le second alinéa est supprimé ;", "2° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier »."}},
		{name: "a head for a time, its items", before: A, text: []string{"À titre expérimental, l'article L. 1 du code civil est ainsi modifié :", "1° Le second alinéa est supprimé."}},
		{name: "à compter de la publication: at once", before: A, text: []string{"À compter de la publication de la présente loi, " + R}, want: []string{"Le greffier signe.", "Le maire date."}},
		{name: "à compter du lendemain: at once", before: A, text: []string{"À compter du lendemain de la publication de la présente loi, " + R}, want: []string{"Le greffier signe.", "Le maire date."}},
		{name: "the words quoted", before: []string{"Le juge signe jusqu'au 31 décembre 2030."}, text: []string{"Au premier alinéa de l'article L. 1 du code civil, les mots : « jusqu'au 31 décembre 2030 » sont remplacés par les mots : « à titre expérimental »."},
			want: []string{"Le juge signe à titre expérimental."}},
	})
}

// TestLegCodifDivisionsRenumberedThenNamed: a division renumbered, "La
// section 2 devient la section 3", "Les sections 2 et 3 deviennent les
// sections 3 et 4", takes its new number in the corpus: the bill's later
// instructions name it so ("La section 3 est abrogée" after "La section
// 3 devient la section 4" and "La section 2 devient la section 3" is the
// former section 2; the former section 3 went, in its place), and "La
// section 4 est abrogée" after "La section 2 devient la section 4" found
// no article. Divisions renumbered together move at once (a shift, a
// swap); a new number a division keeps in force, with articles not
// renumbered with it, is refused (two sections 3).
func TestLegCodifDivisionsRenumberedThenNamed(t *testing.T) {
	arts := map[string][]string{"L1": {"Le juge signe."}, "L2": {"Le maire date."}, "L3": {"Le préfet vise."}, "L4": {"Le clerc lit."}}
	sec := func(n string) []string { return []string{"livre-ier", "titre-ier", "chapitre-ier", "section-" + n} }
	divs := map[string][]string{"L1": sec("1"), "L2": sec("2"), "L3": sec("3"), "L4": sec("3")}
	H := "Le chapitre Ier du titre Ier du livre Ier du code civil est ainsi modifié :"
	runDivisions(t, "one after the other, then the new number", arts, divs,
		[]string{H, "1° La section 3 devient la section 4 ;", "2° La section 2 devient la section 3 ;", "3° La section 3 est abrogée."},
		map[string][]string{"L1": arts["L1"], "L2": nil, "L3": arts["L3"], "L4": arts["L4"]})
	runDivisions(t, "onto a free number", arts, divs,
		[]string{"La section 2 du chapitre Ier du titre Ier du livre Ier du code civil devient la section 5.", "La section 5 du chapitre Ier du titre Ier du livre Ier du code civil est abrogée."},
		map[string][]string{"L1": arts["L1"], "L2": nil, "L3": arts["L3"]})
	runDivisions(t, "a shift together, then a rewrite", arts, divs,
		[]string{H, "1° Les sections 2 et 3 deviennent les sections 3 et 4 ;", "2° La section 3 est ainsi rédigée :", "« Section 3", "« Du notaire", "« Art. L. 2. – Le notaire lit. »"},
		map[string][]string{"L1": arts["L1"], "L2": {"Le notaire lit."}, "L3": arts["L3"], "L4": arts["L4"]})
	runDivisions(t, "a swap, respectivement", arts, divs,
		[]string{H, "1° Les sections 2 et 3 deviennent respectivement les sections 3 et 2 ;", "2° La section 2 est abrogée."},
		map[string][]string{"L1": arts["L1"], "L2": arts["L2"], "L3": nil, "L4": nil})
	t.Run("onto a number in force: refused", func(t *testing.T) {
		c := Corpus{}
		for h, al := range arts {
			ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
			c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: al, Division: divs[h]}
		}
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{H, "1° La section 2 devient la section 3 ;", "2° La section 3 est abrogée."}}})
		got, errs := Apply(c, ins, ApplyOptions{})
		if len(errs) == 0 || errs[0].Missing {
			t.Fatalf("applied, want refused: %v", errs)
		}
		if _, ok := got[CodeRef{Code: "code civil", Article: "l2"}]; !ok {
			t.Errorf("the section 2 went with the section 3")
		}
	})
}

// TestLegCodifStillRepealed: the codification laws' "Sont et demeurent
// abrogés les articles …", "Les articles … sont et demeurent abrogés",
// "L'article … est et demeure abrogé", an item list under "Sont et
// demeurent abrogés :", repeal as "sont abrogés" does (they were not
// understood); the words quoted stay words.
func TestLegCodifStillRepealed(t *testing.T) {
	L2 := "l2 Le maire date."
	runTexts(t, "verb first", []string{"Sont et demeurent abrogés les articles L. 1 du code civil et 2 de la loi n° 2000-1 du 1er janvier 2000 relative aux juges."},
		[]string{L2, "loi-2000-1:1 Le préfet vise.", "loi-2000-2:1 Le greffier note."})
	runTexts(t, "subject first", []string{"L'article L. 1 du code civil est et demeure abrogé."},
		[]string{L2, "loi-2000-1:1 Le préfet vise.", "loi-2000-1:2 Le clerc lit.", "loi-2000-2:1 Le greffier note."})
	runTexts(t, "a list", []string{"Sont et demeurent abrogées :", "1° La loi n° 2000-1 du 1er janvier 2000 relative aux juges ;", "2° La loi n° 2000-2 du 2 janvier 2000 relative aux maires."},
		[]string{"l1 Le juge signe.", L2})
	runGrammar(t, []grammarCase{{name: "quoted", before: []string{"Le juge signe."},
		text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « signe » est remplacé par les mots : « sont et demeurent abrogés »."},
		want: []string{"Le juge sont et demeurent abrogés."}}})
}

// TestLegCodifTablesRefused: a table's rows, columns and cells are not
// edited. The codes hold a table as HTML lines ("<tr>", "<td width=…>",
// "<p align=…>") that a bill's new row ("<tr><td>…</td></tr>", no widths)
// does not reproduce, and no form says whether "la onzième ligne" counts
// the heading row: "La deuxième ligne du tableau … est remplacée par deux
// lignes ainsi rédigées :", "Le tableau du second alinéa est ainsi
// modifié : la troisième ligne est remplacée …" (one line, the form of
// the overseas counters' tables: "no known instruction form" before, the
// table's reason now), "Après la deuxième ligne, est insérée une ligne
// …", "À la dernière ligne, le taux …", "À la seconde colonne …", "À la
// case …", "Dans le tableau, le nombre …", "Le tableau est complété par
// une ligne …", "Le tableau … est ainsi rédigé :" — all refused; words
// outside the table are edited as before.
func TestLegCodifTablesRefused(t *testing.T) {
	T := []string{"Le taux est fixé comme suit :", "<table>", "<tbody>", "<tr>", "<td width=\"100\">", "<p align=\"center\">Catégorie</p>", "</td>", "<td width=\"50\">", "<p align=\"center\">Taux</p>", "</td>", "</tr>", "<tr>", "<td width=\"100\">", "<p>A</p>", "</td>", "<td width=\"50\">", "<p align=\"center\">20 %</p>", "</td>", "</tr>", "</tbody>", "</table>", "Le maire date."}
	P := "l'article L. 1 du code civil"
	row := "« <table><tbody><tr><td>B</td><td>30 %</td></tr></tbody></table> »"
	for _, text := range [][]string{
		{"La deuxième ligne du tableau de " + P + " est remplacée par deux lignes ainsi rédigées :", row, row},
		{"Le tableau du premier alinéa de " + P + " est ainsi modifié : la deuxième ligne est remplacée par deux lignes ainsi rédigées :", row, row},
		{"Après la deuxième ligne du tableau de " + P + ", est insérée une ligne ainsi rédigée :", row},
		{"À la dernière ligne du tableau de " + P + ", le taux : « 20 % » est remplacé par le taux : « 25 % »."},
		{"À la seconde colonne du tableau de " + P + ", le nombre : « 20 % » est remplacé par le nombre : « 25 % »."},
		{"À la case de la dernière ligne et de la seconde colonne du tableau de " + P + ", les mots : « 20 % » sont remplacés par les mots : « 25 % »."},
		{"Dans le tableau de " + P + ", les mots : « 20 % » sont remplacés par les mots : « 25 % »."},
		{"Le tableau de " + P + " est complété par une ligne ainsi rédigée :", row},
		{"Le tableau de " + P + " est ainsi rédigé :", row},
		{"Le tableau de " + P + " est ainsi modifié :", "1° À la deuxième ligne, le taux : « 20 % » est remplacé par le taux : « 25 % » ;", "2° Il est ajouté une ligne ainsi rédigée :", row},
	} {
		runGrammar(t, []grammarCase{{name: text[0], before: T, text: text}})
	}
	want := append(append([]string(nil), T[:len(T)-1]...), "Le préfet date.")
	runGrammar(t, []grammarCase{{name: "words outside the table", before: T, text: []string{"Au dernier alinéa de " + P + ", le mot : « maire » est remplacé par le mot : « préfet »."}, want: want}})
	// The one-line form says why.
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{"Le tableau du premier alinéa de " + P + " est ainsi modifié : la deuxième ligne est remplacée par deux lignes ainsi rédigées :", row, row}}})
	if ins[0].Status != Unparsed || !strings.Contains(ins[0].Reason, "tableau") {
		t.Errorf("one-line table head: %s (%s)", ins[0].Status, ins[0].Reason)
	}
}

// TestLegCodifTransferredAndRenumbered: articles moved to a division of
// the same code and renumbered, "L'article L. 1 est transféré au
// chapitre II du titre Ier et devient l'article L. 10", "Les articles L.
// 1 et L. 2 sont transférés à la section 2 et deviennent respectivement
// les articles L. 10 et L. 11", "… devient l'article L. 10 et est
// transféré au chapitre II", are renumbered (they were refused: a
// renumbering after another verb); a place naming another text ("au
// chapitre II du code pénal") stays refused. A transfer with no new
// number is read since TestLeft3TransferredOnly (its text kept).
func TestLegCodifTransferredAndRenumbered(t *testing.T) {
	arts := map[string][]string{"L1": {"Le juge signe."}, "L2": {"Le maire date."}}
	runUnits(t, "one article", arts, []string{"L'article L. 1 du code civil est transféré au chapitre II du titre Ier et devient l'article L. 10."},
		map[string][]string{"L1": nil, "L10": {"Le juge signe."}, "L2": {"Le maire date."}}, false)
	runUnits(t, "two, respectivement", arts, []string{"Les articles L. 1 et L. 2 du code civil sont transférés à la section 2 du chapitre Ier et deviennent respectivement les articles L. 10 et L. 11."},
		map[string][]string{"L1": nil, "L2": nil, "L10": {"Le juge signe."}, "L11": {"Le maire date."}}, false)
	runUnits(t, "renumbered, then transferred", arts, []string{"L'article L. 1 du code civil devient l'article L. 10 et est transféré au chapitre II."},
		map[string][]string{"L1": nil, "L10": {"Le juge signe."}}, false)
	runUnits(t, "to another code: refused", arts, []string{"L'article L. 1 du code civil est transféré au chapitre II du code pénal et devient l'article L. 10."}, nil, true)
	runUnits(t, "no new number: kept", arts, []string{"L'article L. 1 du code civil est transféré au chapitre II du titre Ier."}, arts, false)
}

// TestLegCodifRenumberingRefusedWhole: renumberings are applied together,
// and one refused refuses the others of its instruction, and any article
// renumbered onto the one it leaves in place: "Les articles L. 1 à L. 3
// deviennent les articles L. 3 à L. 5" where an L. 5 in force stays
// refuses the three (the L. 1 took the place of the L. 3, whose text was
// lost, and the L. 2 became the L. 4); across the items of a context,
// "1° L'article L. 3 devient l'article L. 5 ; 2° L'article L. 1 devient
// l'article L. 3" refuses the second with the first (it overwrote the L.
// 3). An article of the range the corpus does not hold refuses nothing.
func TestLegCodifRenumberingRefusedWhole(t *testing.T) {
	arts := map[string][]string{"L1": {"Le juge signe."}, "L2": {"Le maire date."}, "L3": {"Le préfet vise."}, "L5": {"Le clerc lit."}}
	runUnits(t, "a range onto an article in force: refused whole", arts,
		[]string{"Les articles L. 1 à L. 3 du code civil deviennent les articles L. 3 à L. 5."}, nil, true)
	t.Run("an item onto the article another item leaves: refused", func(t *testing.T) {
		c := Corpus{}
		for h, al := range arts {
			ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
			c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: al}
		}
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{"Le code civil est ainsi modifié :", "1° L'article L. 3 devient l'article L. 5 ;", "2° L'article L. 1 devient l'article L. 3."}}})
		got, _ := Apply(c, ins, ApplyOptions{})
		for h, al := range arts {
			if g := got[CodeRef{Code: "code civil", Article: ArticleKey(h)}].Alineas; strings.Join(g, "/") != strings.Join(al, "/") {
				t.Errorf("%s: got %q, want %q", h, g, al)
			}
		}
	})
	t.Run("an article of the range not held", func(t *testing.T) {
		c := Corpus{}
		for h, al := range arts {
			ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
			c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: al}
		}
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{"Les articles L. 2 à L. 5 du code civil deviennent les articles L. 12 à L. 15."}}})
		got, errs := Apply(c, ins, ApplyOptions{})
		for _, e := range errs {
			if !e.Missing {
				t.Fatalf("refused: %v", e)
			}
		}
		for h, w := range map[string]string{"L1": "Le juge signe.", "L2": "", "L12": "Le maire date.", "L13": "Le préfet vise.", "L15": "Le clerc lit."} {
			if g := strings.Join(got[CodeRef{Code: "code civil", Article: ArticleKey(h)}].Alineas, "/"); g != w {
				t.Errorf("%s: got %q, want %q", h, g, w)
			}
		}
	})
}

// TestLegCodifRepealedAlsoThat: a repeal whose second subject follows the
// verb, "L'article L. 1 est abrogé, ainsi que l'article L. 2", "Le I est
// abrogé, ainsi que le II" under an article's context, is read as "X et
// Y sont abrogés" (it was not understood); what "X et Y" refuses, it
// refuses ("le premier alinéa du I est supprimé, ainsi que le second":
// a rank with no noun; TestCodif2AlsoTheRank reads it after a rank and
// its noun).
func TestLegCodifRepealedAlsoThat(t *testing.T) {
	arts := map[string][]string{"L1": {"Le juge signe."}, "L2": {"Le maire date."}, "L3": {"I. – Le préfet vise.", "II. – Le clerc lit.", "III. – Le greffier note."}}
	runUnits(t, "two articles", arts, []string{"L'article L. 1 du code civil est abrogé, ainsi que l'article L. 2."},
		map[string][]string{"L1": nil, "L2": nil, "L3": arts["L3"]}, false)
	runUnits(t, "two parts under a context", arts, []string{"L'article L. 3 du code civil est ainsi modifié :", "1° Le I est abrogé, ainsi que le II ;", "2° Au III, le mot : « greffier » est remplacé par le mot : « notaire »."},
		map[string][]string{"L3": {"I. – (Abrogé)", "II. – (Abrogé)", "III. – Le notaire note."}}, false)
	runUnits(t, "a rank with no noun: refused", arts, []string{"À l'article L. 3 du code civil, le premier alinéa du I est supprimé, ainsi que le second."}, nil, true)
}

// TestLegCodifRenumberedStaysInItsDivision: divisions renumbered by the
// clauses of one alinéa, "La section 2 devient la section 3 et la section
// 3 devient la section 4", move at once, as "Les sections 2 et 3
// deviennent les sections 3 et 4" (the first clause was refused, the
// section 3 holding articles, and the second moved it alone); an article
// renumbered keeps its division, so "1° L'article L. 2 devient l'article
// L. 2-1 ; 2° La section 2 est abrogée" repeals it (it stayed in force,
// no division known) — not one transferred to another ("est transféré à
// la section 3 et devient …"), whose folders are not known.
func TestLegCodifRenumberedStaysInItsDivision(t *testing.T) {
	arts := map[string][]string{"L1": {"Le juge signe."}, "L2": {"Le maire date."}, "L3": {"Le préfet vise."}, "L4": {"Le clerc lit."}}
	sec := func(n string) []string { return []string{"livre-ier", "titre-ier", "chapitre-ier", "section-" + n} }
	divs := map[string][]string{"L1": sec("1"), "L2": sec("2"), "L3": sec("3"), "L4": sec("3")}
	H := "Le chapitre Ier du titre Ier du livre Ier du code civil est ainsi modifié :"
	runDivisions(t, "two clauses, a shift", arts, divs,
		[]string{H, "1° La section 2 devient la section 3 et la section 3 devient la section 4 ;", "2° La section 3 est abrogée."},
		map[string][]string{"L1": arts["L1"], "L2": nil, "L3": arts["L3"], "L4": arts["L4"]})
	runDivisions(t, "an article renumbered, then its section repealed", arts, divs,
		[]string{H, "1° L'article L. 2 devient l'article L. 2-1 ;", "2° La section 2 est abrogée."},
		map[string][]string{"L1": arts["L1"], "L2": nil, "L2-1": nil, "L3": arts["L3"]})
	runDivisions(t, "an article transferred, then its former section repealed", map[string][]string{"L2": arts["L2"], "L5": arts["L4"]}, map[string][]string{"L2": sec("2"), "L5": sec("2")},
		[]string{H, "1° L'article L. 2 est transféré à la section 3 et devient l'article L. 3-1 ;", "2° La section 2 est abrogée."},
		map[string][]string{"L2": nil, "L3-1": arts["L2"], "L5": nil})
}

// TestLegCodifDeferredToAnotherText: an instruction that takes effect
// with another text, "À compter de la date fixée par le décret mentionné
// au II, l'article L. 1 est abrogé", "À compter de la date d'entrée en
// vigueur du décret prévu au III, …", "À compter de l'entrée en vigueur
// de l'ordonnance prévue à l'article 5, …", is deferred (the first two
// repealed the II, the III of the article: "au II" was read as its place;
// the third was refused for a second article). With the present law,
// "À compter de la date de publication (de l'entrée en vigueur) de la
// présente loi, …", it is at once, applied.
func TestLegCodifDeferredToAnotherText(t *testing.T) {
	A := []string{"I. – Le juge signe.", "II. – Le maire date.", "III. – Le préfet vise."}
	for _, lead := range []string{"À compter de la date fixée par le décret mentionné au II, ", "À compter de la date d'entrée en vigueur du décret prévu au III, ", "À compter de l'entrée en vigueur de l'ordonnance prévue à l'article 5, "} {
		runGrammar(t, []grammarCase{{name: lead, before: A, text: []string{lead + "l'article L. 1 du code civil est abrogé."}}})
	}
	for _, lead := range []string{"À compter de la date de publication de la présente loi, ", "À compter de l'entrée en vigueur de la présente loi, "} {
		runGrammar(t, []grammarCase{{name: lead, before: A, text: []string{lead + "au II de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: []string{A[0], "II. – Le préfet date.", A[2]}}})
	}
}

// TestLegCodifOverseasPlaceFirst: an edit for an overseas territory
// alone, its place first — "En Nouvelle-Calédonie, au premier alinéa de
// l'article L. 1, le mot …", "À Mayotte, l'article L. 1 est ainsi rédigé
// :", "Pour Mayotte, …", "1° En Polynésie française, le second alinéa
// est supprimé" under an article's context, "Dans les îles Wallis et
// Futuna, …" — adapts the text there and is refused with the adaptations
// (the national text was edited; the last read a code "civil des îles
// Wallis et Futuna"). A place of the code merely named so, "Au chapitre
// Ier, …", and words quoted are read as before.
func TestLegCodifOverseasPlaceFirst(t *testing.T) {
	A := []string{"Le juge signe à Mayotte.", "Le maire date."}
	C := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "en Nouvelle-Calédonie", before: A, text: []string{"En Nouvelle-Calédonie, au premier alinéa de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « haut-commissaire »."}},
		{name: "à Mayotte, a rewrite", before: A, text: []string{"À Mayotte, l'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1. – Le préfet signe. »"}},
		{name: "pour Mayotte", before: A, text: []string{"Pour Mayotte, au premier alinéa de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « préfet »."}},
		{name: "en Polynésie française, an item", before: A, text: []string{C, "1° En Polynésie française, le second alinéa est supprimé."}},
		{name: "dans les îles Wallis et Futuna", before: A, text: []string{"Dans les îles Wallis et Futuna, le second alinéa de l'article L. 1 du code civil est supprimé."}},
		{name: "the words quoted", before: A, text: []string{C, "1° Au premier alinéa, les mots : « à Mayotte » sont remplacés par les mots : « en Nouvelle-Calédonie »."},
			want: []string{"Le juge signe en Nouvelle-Calédonie.", "Le maire date."}},
	})
}
