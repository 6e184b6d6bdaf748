package law

import (
	"sort"
	"strings"
	"testing"
)

// runBill applies a bill of several articles to a corpus of the code
// civil's L1 to L4 ("Le juge signe.", …) and returns the articles left
// and the instructions refused as deferred.
func runBill(arts ...[]string) ([]string, int) {
	c := Corpus{}
	for i, h := range []string{"L1", "L2", "L3", "L4"} {
		ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: []string{[]string{"Le juge signe.", "Le maire date.", "Le préfet vise.", "Le clerc lit."}[i]}}
	}
	var bill []Article
	for i, al := range arts {
		n := ArticleNumber([]string{"1er", "2", "3", "4", "5"}[i])
		bill = append(bill, Article{Number: n, Alineas: al})
	}
	ins := ParseInstructions(bill)
	got, _ := Apply(c, ins, ApplyOptions{})
	var left []string
	for r := range got {
		left = append(left, string(r.Article))
	}
	sort.Strings(left)
	deferred := 0
	for _, in := range ins {
		if in.Status == Unparsed && strings.HasPrefix(in.Reason, "deferred:") {
			deferred++
		}
	}
	return left, deferred
}

// TestLeft4PartsDeferredByAnotherArticle: an alinéa of a bill article
// setting the day OTHER articles of the law take effect — "Les articles
// 1er et 2 de la présente loi entrent en vigueur le 1er janvier 2030."
// ("L'article 3 entre en vigueur …", "Les articles 1er à 3 …", "Le I de
// l'article 2 de la présente loi s'applique à compter du …", "Les
// dispositions de l'article 1er …") — defers their parts, as an alinéa of
// their own does (TestLeft3PartsDeferredByALaterAlinea); they were
// applied at once. A day of the calendar only: a delay or an event stays
// applied, "La présente loi entre en vigueur …" and the law's own date
// defer nothing; an article of another text ("L'article 3 de la loi n°
// 2000-1 …") or of a number the bill has not is not read; an item named
// without its roman part in an article of several, or parts not read,
// defer the whole article.
func TestLeft4PartsDeferredByAnotherArticle(t *testing.T) {
	a1 := []string{"L'article L. 1 du code civil est abrogé."}
	a2 := []string{"I. – L'article L. 2 du code civil est abrogé.", "II. – L'article L. 3 du code civil est abrogé."}
	a3 := []string{"L'article L. 4 du code civil est abrogé."}
	for _, c := range []struct {
		name, entry string
		left        []string
	}{
		{"les articles 1er et 2 de la présente loi", "Les articles 1er et 2 de la présente loi entrent en vigueur le 1er janvier 2030.", []string{"l1", "l2", "l3"}},
		{"l'article 3", "L'article 3 entre en vigueur le 1er janvier 2030.", []string{"l4"}},
		{"les articles 1er à 3", "II. – Les articles 1er à 3 entrent en vigueur à compter du 1er janvier 2030.", []string{"l1", "l2", "l3", "l4"}},
		{"le I de l'article 2 s'applique à compter du", "Le I de l'article 2 de la présente loi s'applique à compter du 1er janvier 2030.", []string{"l2"}},
		{"les dispositions de l'article 1er", "Les dispositions de l'article 1er prennent effet le 1er mars 2031.", []string{"l1"}},
		{"le 2° de l'article 2: the whole article", "Le 2° de l'article 2 entre en vigueur le 1er janvier 2030.", []string{"l2", "l3"}},
		{"la présente loi: applied", "La présente loi entre en vigueur le 1er janvier 2030.", nil},
		{"six mois après: applied", "L'article 3 entre en vigueur six mois après la publication de la présente loi.", nil},
		{"the law's own date: applied", "L'article 3 entre en vigueur le lendemain de la publication de la présente loi.", nil},
		{"another text's article: applied", "L'article 3 de la loi n° 2000-1 du 1er janvier 2000 entre en vigueur le 1er janvier 2030.", nil},
		{"an article the bill has not: applied", "L'article 9 entre en vigueur le 1er janvier 2030.", nil},
		// A code's article is read since as an entry into force of code
		// articles: the instructions editing it alone are deferred
		// (TestCodeArticlesTakeEffectOnADay).
		{"a code's article: its instructions deferred", "L'article L. 3 du code civil entre en vigueur le 1er janvier 2030.", []string{"l3"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			left, deferred := runBill(a1, a2, a3, []string{c.entry})
			if strings.Join(left, " ") != strings.Join(c.left, " ") {
				t.Errorf("left %v, want %v", left, c.left)
			}
			if (deferred > 0) != (c.left != nil) {
				t.Errorf("%d deferred", deferred)
			}
		})
	}
}

// TestLeft4StartOfANamedSentence: a start bounded by words after a
// sentence named alone, "À la première phrase de l'alinéa 2, rédiger
// ainsi le début jusqu'au mot : « date » : « Le juge signe »" (the
// Sénat's "Alinéa 2, première phrase" / "Rédiger ainsi le début jusqu'au
// mot : « date » :", "À la deuxième phrase de cet alinéa, …", "supprimer
// le début …", "remplacer le début … par …"), is the start of that
// sentence, as "le début de cette phrase" is (TestLeft3StartUpToWords):
// read (it was refused). The bound must be found once in that sentence,
// else refused; "la fin après le mot" there stays refused (the end of
// the sentence or of the alinéa is not said), and so does "exclu".
func TestLeft4StartOfANamedSentence(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat.", "Le préfet date le contrat. Il le remet le soir. Il part.", "II. – Le contrat est conservé."}
	first := []string{A[0], "Le juge signe le contrat. Il le remet le soir. Il part.", A[2]}
	second := []string{A[0], "Le préfet date le contrat. Elle signe le soir. Il part.", A[2]}
	runAmendments(t, []amCase{
		{"première phrase de l'alinéa 2", A, "À la première phrase de l'alinéa 2, rédiger ainsi le début jusqu'au mot : « date » : « Le juge signe »", first},
		{"Sénat: Alinéa 2, première phrase", A, "Alinéa 2, première phrase\nRédiger ainsi le début jusqu'au mot : « date » :\nLe juge signe", first},
		{"seconde phrase", A, "À la seconde phrase de l'alinéa 2, rédiger ainsi le début jusqu'au mot : « remet » : « Elle signe »", second},
		{"Sénat: de cet alinéa", A, "Alinéa 2\nÀ la deuxième phrase de cet alinéa, rédiger ainsi le début jusqu'au mot : « remet » : « Elle signe »", second},
		{"remplacer le début", A, "À la deuxième phrase de l'alinéa 2, remplacer le début jusqu'au mot : « remet » par les mots : « Elle signe »", second},
		{"not in that sentence: refused", A, "À la première phrase de l'alinéa 2, rédiger ainsi le début jusqu'au mot : « remet » : « Le juge signe »", nil},
		{"twice in that sentence: refused", A, "À la deuxième phrase de l'alinéa 2, rédiger ainsi le début jusqu'au mot : « le » : « Elle »", nil},
		{"la fin: refused", A, "À la première phrase de l'alinéa 2, rédiger ainsi la fin après le mot : « date » : « le bail. »", nil},
		{"exclu: refused", A, "À la première phrase de l'alinéa 2, rédiger ainsi le début jusqu'au mot : « date » exclu : « Le juge signe »", nil},
	})
}

// TestLeft4UnquotedReferenceInAmendments: an amendment's item label
// written unquoted after "la référence :" on the instruction's line,
// "À l'alinéa 1, remplacer la référence : 2° par la référence : 3°"
// ("substituer à la référence : 2° la référence : 3°", "supprimer la
// référence : 2° bis"), is the label quoted, as the Sénat's lines
// ("Remplacer la référence :" / "2°" / "par la référence :" / "3°") were
// read already (TestLeft3QuotedItemReference): one reference, replaced
// where the place holds the label once (it was refused). Twice, none,
// or only in "12°" or "2° bis", refused; a reference that is more than
// a label ("2° de l'article L. 5 par …") stays refused on one line.
func TestLeft4UnquotedReferenceInAmendments(t *testing.T) {
	A := []string{"Le maire agit selon le 2° de l'article L. 5."}
	got := []string{"Le maire agit selon le 3° de l'article L. 5."}
	runAmendments(t, []amCase{
		{"remplacer", A, "À l'alinéa 1, remplacer la référence : 2° par la référence : 3°.", got},
		{"no alinéa named", A, "Remplacer la référence : 2° par la référence : 3°", got},
		{"substituer", A, "À l'alinéa 1, substituer à la référence : 2° la référence : 3°.", got},
		{"supprimer, bis", []string{"Selon le 2° bis et le 3°."}, "À l'alinéa 1, supprimer la référence : 2° bis.", []string{"Selon le et le 3°."}},
		{"roman", []string{"Selon le II de l'article L. 5."}, "Remplacer la référence : II par la référence : III", []string{"Selon le III de l'article L. 5."}},
		{"Sénat's lines", A, "Alinéa 1\nRemplacer la référence :\n2°\npar la référence :\n3°", got},
		{"beside item labels", []string{"Le maire agit :", "1° Selon le 2° de l'article L. 2 ;", "2° Selon l'article L. 3."}, "Remplacer la référence : 2° par la référence : 3°", []string{"Le maire agit :", "1° Selon le 3° de l'article L. 2 ;", "2° Selon l'article L. 3."}},
		{"twice: refused", []string{"Le maire agit selon le 2° et le 2° de l'article L. 5."}, "Remplacer la référence : 2° par la référence : 3°", nil},
		{"12°: refused", []string{"Le maire agit selon le 12° de l'article L. 5."}, "Remplacer la référence : 2° par la référence : 3°", nil},
		{"2° bis: refused", []string{"Le maire agit selon le 2° bis de l'article L. 5."}, "Remplacer la référence : 2° par la référence : 3°", nil},
		{"more than a label: refused", A, "Remplacer la référence : 2° de l'article L. 5 par la référence : 3° de l'article L. 6", nil},
	})
}

// TestLeft4NewArticleFiledInItsDivision: an article inserted "Au début
// de la section 2 du chapitre Ier …" ("En tête de …", "1° Au début de la
// section 2," under "Le chapitre Ier … est ainsi modifié :", "Au chapitre
// Ier, il est inséré un article …", "La section 2 est complétée par un
// article …") is filed in that division's folders, as an article of it
// in the corpus has them; one inserted beside an article ("Après
// l'article L. 1", "Avant …") in that article's; an article rewritten
// keeps its own. They had no folders: a later "La section 2 est
// abrogée" left them in force. An article coming in a division the text
// creates ("il est inséré une section 2 bis …") gets none, as before.
func TestLeft4NewArticleFiledInItsDivision(t *testing.T) {
	div := []string{"partie-legislative", "livre-ier", "titre-ier", "chapitre-ier", "section-2"}
	const chap = " du chapitre Ier du titre Ier du livre Ier du code civil"
	newA := "« Art. L. 1 A. – Le greffier note. »"
	for _, c := range []struct {
		name string
		text []string
		art  string
		want []string
	}{
		{"au début de la section 2", []string{"Au début de la section 2" + chap + ", il est inséré un article L. 1 A ainsi rédigé :", newA}, "L1 A", div},
		{"en tête de la section 2", []string{"En tête de la section 2" + chap + ", il est inséré un article L. 1 A ainsi rédigé :", newA}, "L1 A", div},
		{"under the chapter's context", []string{"Le chapitre Ier du titre Ier du livre Ier du code civil est ainsi modifié :", "1° Au début de la section 2, il est inséré un article L. 1 A ainsi rédigé :", newA}, "L1 A", div},
		{"au chapitre Ier", []string{"Au chapitre Ier du titre Ier du livre Ier du code civil, il est inséré un article L. 1 A ainsi rédigé :", newA}, "L1 A", div[:4]},
		{"la section 2 est complétée", []string{"La section 2" + chap + " est complétée par un article L. 3 ainsi rédigé :", "« Art. L. 3. – Le greffier note. »"}, "L3", div},
		{"après l'article L. 1", []string{"Après l'article L. 1 du code civil, il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – Le greffier note. »"}, "L1-1", div},
		{"rewritten: its own", []string{"Les articles L. 1 et L. 2 du code civil sont ainsi rédigés :", "« Art. L. 1. – Le maire lit.", "« Art. L. 2. – Le maire note. »"}, "L2", div},
		// In the section it creates, beside L. 1's (TestGenDivNewDivisionFiled).
		{"a new section: its own", []string{"Après l'article L. 1 du code civil, il est inséré une section 2 bis ainsi rédigée :", "« Section 2 bis", "« Le contrat", "« Art. L. 1-1. – Le greffier note. »"}, "L1-1", append(append([]string(nil), div[:4]...), "section-2-bis")},
	} {
		t.Run(c.name, func(t *testing.T) {
			corpus := Corpus{}
			for _, h := range []string{"L1", "L2"} {
				ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
				corpus[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: []string{"Le juge signe."}, Division: div}
			}
			got, errs := Apply(corpus, ParseInstructions([]Article{{Number: "1er", Alineas: c.text}}), ApplyOptions{})
			a, ok := got[CodeRef{Code: "code civil", Article: ArticleKey(c.art)}]
			if !ok || len(errs) > 0 {
				t.Fatalf("%s not made: %v", c.art, errs)
			}
			if strings.Join(a.Division, "/") != strings.Join(c.want, "/") {
				t.Errorf("filed in %v, want %v", a.Division, c.want)
			}
		})
	}
	t.Run("then the section abrogated: gone with it", func(t *testing.T) {
		corpus := Corpus{}
		ref := CodeRef{Code: "code civil", Article: ArticleKey("L1")}
		corpus[ref] = CodeArticle{Ref: ref, Heading: "L1", Alineas: []string{"Le juge signe."}, Division: div}
		got, errs := Apply(corpus, ParseInstructions([]Article{{Number: "1er", Alineas: []string{"Au début de la section 2" + chap + ", il est inséré un article L. 1 A ainsi rédigé :", newA}}, {Number: "2", Alineas: []string{"La section 2" + chap + " est abrogée."}}}), ApplyOptions{})
		if len(got) != 0 || len(errs) > 0 {
			t.Errorf("left %v (errors %v)", got, errs)
		}
	})
}

// TestLeft4NewLastItemWithItsClosingAlineas: a list completed by a new
// last item whose text brings alinéas of no item after it — "Le 3 est
// complété par deux alinéas ainsi rédigés : « c) Du notaire. » « Un
// décret fixe les modalités. »" after "a) … ;", "b) Du maire." — is
// refused: the old last item taking " ;" (the convention for a new last
// item, TestReview94MixedTerminators) or keeping its period, the new
// closing alinéa closing the list after it as the old end did, is not
// said (the b) took " ;"; Légifrance kept the CGI 199 decies H's f)
// "… derniers." before loi 2010-874's g) and its closing alinéa). The
// near variants stay read: the new item alone (the old last takes " ;"),
// and after a list whose last item ends with " ;".
func TestLeft4NewLastItemWithItsClosingAlineas(t *testing.T) {
	L := []string{"Sont exonérés :", "a) Du juge ;", "b) Du maire."}
	runGrammar(t, []grammarCase{
		{name: "item and closing alinéa: refused", before: L,
			text: []string{"L'article L. 1 du code civil est complété par deux alinéas ainsi rédigés :", "\"c) Du notaire.", "\"Un décret fixe les modalités.\""}},
		{name: "the item alone: read, the old last takes ;", before: L,
			text: []string{"L'article L. 1 du code civil est complété par un c ainsi rédigé :", "\"c) Du notaire.\""},
			want: []string{"Sont exonérés :", "a) Du juge ;", "b) Du maire ;", "c) Du notaire."}},
		{name: "after a semicolon: read", before: []string{"Sont exonérés :", "a) Du juge ;", "b) Du maire ;"},
			text: []string{"L'article L. 1 du code civil est complété par deux alinéas ainsi rédigés :", "\"c) Du notaire.", "\"Un décret fixe les modalités.\""},
			want: []string{"Sont exonérés :", "a) Du juge ;", "b) Du maire ;", "c) Du notaire.", "Un décret fixe les modalités."}},
	})
}
