package law

import (
	"strings"
	"testing"
)

// The rules of the probe-struct5 pass: bills acting on articles and
// divisions of codes, probed on short phrases (each result checked by
// hand), kept as guards.

func s5(al ...string) []string { return al }

// TestStruct5NewArticles: articles inserted ("Après l'article L. 1, il
// est inséré un article L. 1-1", "… un article L. 1 A", "… un article 3
// bis" of a loi, "sont insérés des articles L. 1-1 à L. 1-3"), rewritten,
// restored, replaced by two, and the articles bis, A of codes and laws
// named. A heading other than the one announced, more articles quoted
// than announced, a new article onto one in force: refused.
func TestStruct5NewArticles(t *testing.T) {
	arts := map[string][]string{"L1": s5("Le maire signe.", "Il part.", "Il vient."), "L2": s5("Le maire part."), "L4": s5("Le juge reste.")}
	cc := " du code civil"
	loi := map[string][]string{"loi n° 2000-321|3": s5("Le maire signe."), "loi n° 2000-321|3 bis": s5("Le maire part."), "loi n° 2000-321|4": s5("Le juge reste.")}
	ln := " de la loi n° 2000-321 du 12 avril 2000"
	runLaw3(t, []law3Case{
		{name: "un article L. 1-1", arts: arts, text: s5("Après l'article L. 1"+cc+", il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – A. »"), want: map[string][]string{"L1-1": s5("A.")}},
		{name: "un article L. 1 A", arts: arts, text: s5("Avant l'article L. 1"+cc+", il est inséré un article L. 1 A ainsi rédigé :", "« Art. L. 1 A. – A. »"), want: map[string][]string{"L1 A": s5("A.")}},
		{name: "un article L. 1 bis", arts: arts, text: s5("Après l'article L. 1"+cc+", il est inséré un article L. 1 bis ainsi rédigé :", "« Art. L. 1 bis. – A. »"), want: map[string][]string{"L1 bis": s5("A.")}},
		{name: "article 3 ter of a loi", arts: loi, text: s5("Après l'article 3 bis"+ln+", il est inséré un article 3 ter ainsi rédigé :", "« Art. 3 ter. – A. »"), want: map[string][]string{"loi n° 2000-321|3 ter": s5("A.")}},
		{name: "words in article 3 bis", arts: loi, text: s5("À l'article 3 bis" + ln + ", le mot : « maire » est remplacé par le mot : « juge »."), want: map[string][]string{"loi n° 2000-321|3 bis": s5("Le juge part.")}},
		{name: "article 3 bis abrogé", arts: loi, text: s5("L'article 3 bis" + ln + " est abrogé."), want: map[string][]string{"loi n° 2000-321|3 bis": nil}},
		{name: "heading another number: refused", arts: arts, text: s5("Après l'article L. 1"+cc+", il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-2. – A. »")},
		{name: "inserted onto one in force: refused", arts: arts, text: s5("Après l'article L. 1"+cc+", il est inséré un article L. 2 ainsi rédigé :", "« Art. L. 2. – A. »")},
		{name: "des articles L. 1-1 à L. 1-3", arts: arts, text: s5("Après l'article L. 1"+cc+", sont insérés des articles L. 1-1 à L. 1-3 ainsi rédigés :", "« Art. L. 1-1. – A.", "« Art. L. 1-2. – B.", "« Art. L. 1-3. – C. »"), want: map[string][]string{"L1-1": s5("A."), "L1-2": s5("B."), "L1-3": s5("C.")}},
		{name: "deux articles announced, three quoted: refused", arts: arts, text: s5("Après l'article L. 1"+cc+", sont insérés deux articles L. 1-1 et L. 1-2 ainsi rédigés :", "« Art. L. 1-1. – A.", "« Art. L. 1-2. – B.", "« Art. L. 1-3. – C. »")},
		{name: "un article announced, two quoted: refused", arts: arts, text: s5("Après l'article L. 1"+cc+", il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – A.", "« Art. L. 1-3. – C. »")},
		{name: "after an article the corpus does not hold", arts: arts, text: s5("Après l'article L. 3"+cc+", il est inséré un article L. 3-1 ainsi rédigé :", "« Art. L. 3-1. – A. »"), want: map[string][]string{"L3-1": s5("A.")}},
		{name: "le code complété par un article", arts: arts, text: s5("Le code civil est complété par un article L. 5 ainsi rédigé :", "« Art. L. 5. – A. »"), want: map[string][]string{"L5": s5("A.")}},
		{name: "il est inséré un article 3 bis in a loi", arts: map[string][]string{"loi n° 2000-321|3": s5("Le maire signe.")}, text: s5("Après l'article 3"+ln+", il est inséré un article 3 bis ainsi rédigé :", "« Art. 3 bis. – A. »"), want: map[string][]string{"loi n° 2000-321|3 bis": s5("A.")}},
		{name: "3 bis et 3 ter in a loi", arts: map[string][]string{"loi n° 2000-321|3": s5("Le maire signe.")}, text: s5("Après l'article 3"+ln+", sont insérés des articles 3 bis et 3 ter ainsi rédigés :", "« Art. 3 bis. – A.", "« Art. 3 ter. – B. »"), want: map[string][]string{"loi n° 2000-321|3 bis": s5("A."), "loi n° 2000-321|3 ter": s5("B.")}},
		{name: "an article L. 1 A edited", arts: map[string][]string{"L1 A": s5("Le maire signe."), "L1": s5("Le maire part.")}, text: s5("À l'article L. 1 A" + cc + ", le mot : « maire » est remplacé par le mot : « juge »."), want: map[string][]string{"L1 A": s5("Le juge signe.")}},
		{name: "L. 1 A et L. 1 abrogés", arts: map[string][]string{"L1 A": s5("a."), "L1": s5("b."), "L2": s5("c.")}, text: s5("Les articles L. 1 A et L. 1" + cc + " sont abrogés."), want: map[string][]string{"L1 A": nil, "L1": nil}},
		{name: "deux articles announced", arts: arts, text: s5("Après l'article L. 1"+cc+", sont insérés deux articles L. 1-1 et L. 1-2 ainsi rédigés :", "« Art. L. 1-1. – A.", "« Art. L. 1-2. – B. »"), want: map[string][]string{"L1-1": s5("A."), "L1-2": s5("B.")}},
		{name: "rewritten whole", arts: arts, text: s5("L'article L. 2"+cc+" est ainsi rédigé :", "« Art. L. 2. – X.", "« Y. »"), want: map[string][]string{"L2": s5("X.", "Y.")}},
		{name: "two rewritten", arts: arts, text: s5("Les articles L. 2 et L. 4"+cc+" sont ainsi rédigés :", "« Art. L. 2. – X.", "« Art. L. 4. – Y. »"), want: map[string][]string{"L2": s5("X."), "L4": s5("Y.")}},
		{name: "replaced by two articles", arts: arts, text: s5("L'article L. 2"+cc+" est remplacé par deux articles L. 2 et L. 2-1 ainsi rédigés :", "« Art. L. 2. – X.", "« Art. L. 2-1. – Y. »"), want: map[string][]string{"L2": s5("X."), "L2-1": s5("Y.")}},
		{name: "l'article L. 3 ainsi rétabli", arts: arts, text: s5("L'article L. 3"+cc+" est ainsi rétabli :", "« Art. L. 3. – X. »"), want: map[string][]string{"L3": s5("X.")}},
		{name: "ranges, as written, with bis", arts: map[string][]string{"L1": s5("a."), "L1 bis": s5("b."), "L2": s5("c.")}, text: s5("Les articles L. 1 à L. 2" + cc + " sont abrogés."), want: map[string][]string{"L1": nil, "L1 bis": nil, "L2": nil}},
		{name: "il est inséré un article under a head", arts: arts, text: s5("Le code civil est ainsi modifié :", "1° Après l'article L. 2, il est inséré un article L. 2-1 ainsi rédigé :", "« Art. L. 2-1. – X. » ;", "2° L'article L. 4 est abrogé."), want: map[string][]string{"L2-1": s5("X."), "L4": nil}},
		{name: "an article 3 bis A in a loi", arts: map[string][]string{"loi n° 2000-321|3 bis": s5("Le maire part.")}, text: s5("Après l'article 3 bis de la loi n° 2000-321 du 12 avril 2000, il est inséré un article 3 bis A ainsi rédigé :", "« Art. 3 bis A. – X. »"), want: map[string][]string{"loi n° 2000-321|3 bis A": s5("X.")}},
	})
}

// TestStruct5Renumbering: articles renumbered, a list "respectivement",
// a range, shifted up or down (the moves go so that no number is given
// while another article bears it), chains in one sentence and across
// items applied together; onto an article in force that stays, lists or
// ranges of other lengths, two onto one, a cycle, a range holding an
// article not renumbered: refused.
func TestStruct5Renumbering(t *testing.T) {
	arts := map[string][]string{"L1": s5("Le maire signe.", "Il part.", "Il vient."), "L2": s5("Le maire part."), "L4": s5("Le juge reste.")}
	cc := " du code civil"
	ln := " de la loi n° 2000-321 du 12 avril 2000"
	runLaw3(t, []law3Case{
		{name: "respectivement", arts: arts, text: s5("Les articles L. 1 et L. 2" + cc + " deviennent respectivement les articles L. 5 et L. 6."), want: map[string][]string{"L1": nil, "L2": nil, "L5": s5("Le maire signe.", "Il part.", "Il vient."), "L6": s5("Le maire part.")}},
		{name: "a range shifted up", arts: map[string][]string{"L1": s5("a."), "L2": s5("b."), "L3": s5("c.")}, text: s5("Les articles L. 1 à L. 3" + cc + " deviennent les articles L. 2 à L. 4."), want: map[string][]string{"L1": nil, "L2": s5("a."), "L3": s5("b."), "L4": s5("c.")}},
		{name: "a list shifted up", arts: map[string][]string{"L1": s5("a."), "L2": s5("b.")}, text: s5("Les articles L. 1 et L. 2" + cc + " deviennent respectivement les articles L. 2 et L. 3."), want: map[string][]string{"L1": nil, "L2": s5("a."), "L3": s5("b.")}},
		{name: "a list shifted down", arts: map[string][]string{"L2": s5("b."), "L3": s5("c.")}, text: s5("Les articles L. 2 et L. 3" + cc + " deviennent respectivement les articles L. 1 et L. 2."), want: map[string][]string{"L3": nil, "L1": s5("b."), "L2": s5("c.")}},
		{name: "onto one in force not moved: refused", arts: map[string][]string{"L1": s5("a."), "L2": s5("b."), "L3": s5("c.")}, text: s5("Les articles L. 2 et L. 3" + cc + " deviennent respectivement les articles L. 1 et L. 2.")},
		{name: "counts differ: refused", arts: arts, text: s5("Les articles L. 1 et L. 2" + cc + " deviennent respectivement les articles L. 5, L. 6 et L. 7.")},
		{name: "ranges of other lengths: refused", arts: map[string][]string{"L1": s5("a."), "L2": s5("b."), "L3": s5("c.")}, text: s5("Les articles L. 1 à L. 3" + cc + " deviennent les articles L. 11 à L. 14.")},
		{name: "a swap: refused (a cycle)", arts: map[string][]string{"L1": s5("a."), "L2": s5("b.")}, text: s5("Les articles L. 1 et L. 2" + cc + " deviennent respectivement les articles L. 2 et L. 1.")},
		{name: "two onto one: refused", arts: map[string][]string{"L1": s5("a."), "L2": s5("b.")}, text: s5("Les articles L. 1 et L. 2" + cc + " deviennent respectivement les articles L. 5 et L. 5.")},
		{name: "a range shifted down", arts: map[string][]string{"L2": s5("b."), "L3": s5("c."), "L4": s5("d.")}, text: s5("Les articles L. 2 à L. 4" + cc + " deviennent les articles L. 1 à L. 3."), want: map[string][]string{"L4": nil, "L1": s5("b."), "L2": s5("c."), "L3": s5("d.")}},
		{name: "a range into hyphened numbers", arts: map[string][]string{"L2": s5("b."), "L3": s5("c.")}, text: s5("Les articles L. 2 et L. 3" + cc + " deviennent les articles L. 1-1 et L. 1-2."), want: map[string][]string{"L2": nil, "L3": nil, "L1-1": s5("b."), "L1-2": s5("c.")}},
		{name: "a loi's article 3 bis devient 4", arts: map[string][]string{"loi n° 2000-321|3 bis": s5("b.")}, text: s5("L'article 3 bis" + ln + " devient l'article 4."), want: map[string][]string{"loi n° 2000-321|3 bis": nil, "loi n° 2000-321|4": s5("b.")}},
		{name: "chain in one sentence", arts: map[string][]string{"L1": s5("a."), "L2": s5("b.")}, text: s5("L'article L. 2" + cc + " devient l'article L. 3 et l'article L. 1 devient l'article L. 2."), want: map[string][]string{"L1": nil, "L2": s5("a."), "L3": s5("b.")}},
		{name: "chain, the first onto the second: together", arts: map[string][]string{"L1": s5("a."), "L2": s5("b.")}, text: s5("L'article L. 1" + cc + " devient l'article L. 2 et l'article L. 2 devient l'article L. 3."), want: map[string][]string{"L1": nil, "L2": s5("a."), "L3": s5("b.")}},
		{name: "two items in order", arts: map[string][]string{"L1": s5("a."), "L2": s5("b.")}, text: s5("Le code civil est ainsi modifié :", "1° L'article L. 2 devient l'article L. 3 ;", "2° L'article L. 1 devient l'article L. 2."), want: map[string][]string{"L1": nil, "L2": s5("a."), "L3": s5("b.")}},
		{name: "two items out of order: together", arts: map[string][]string{"L1": s5("a."), "L2": s5("b.")}, text: s5("Le code civil est ainsi modifié :", "1° L'article L. 1 devient l'article L. 2 ;", "2° L'article L. 2 devient l'article L. 3."), want: map[string][]string{"L1": nil, "L2": s5("a."), "L3": s5("b.")}},
		{name: "range renumbered, one between: refused", arts: map[string][]string{"L1": s5("a."), "L1 bis": s5("b."), "L2": s5("c.")}, text: s5("Les articles L. 1 à L. 2" + cc + " deviennent les articles L. 5 à L. 6.")},
	})
}

// TestStruct5Groups: several edits to one article under "L'article L. 1
// est ainsi modifié :", with a), b) below; alinéas counted on the text
// as the group found it (an alinéa deleted first does not shift the
// count; one rewritten is edited on its new text).
func TestStruct5Groups(t *testing.T) {
	arts := map[string][]string{"L1": s5("Le maire signe.", "Il part.", "Il vient."), "L2": s5("Le maire part."), "L4": s5("Le juge reste.")}
	cc := " du code civil"
	h := "L'article L. 1" + cc + " est ainsi modifié :"
	runLaw3(t, []law3Case{
		{name: "deleted then the second", arts: arts, text: s5("L'article L. 1"+cc+" est ainsi modifié :", "1° Le premier alinéa est supprimé ;", "2° Au deuxième alinéa, le mot : « part » est remplacé par le mot : « court »."), want: map[string][]string{"L1": s5("Il court.", "Il vient.")}},
		{name: "inserted then the second", arts: arts, text: s5("L'article L. 1"+cc+" est ainsi modifié :", "1° Après le premier alinéa, il est inséré un alinéa ainsi rédigé :", "« X. » ;", "2° Le deuxième alinéa est supprimé."), want: map[string][]string{"L1": s5("Le maire signe.", "X.", "Il vient.")}},
		{name: "a) b) under an item", arts: arts, text: s5("L'article L. 1"+cc+" est ainsi modifié :", "1° Le premier alinéa est ainsi modifié :", "a) Le mot : « maire » est remplacé par le mot : « juge » ;", "b) Il est complété par les mots : « vite » ;", "2° Le dernier alinéa est supprimé."), want: map[string][]string{"L1": s5("Le juge signe vite.", "Il part.")}},
		{name: "last alinéa after an alinéa added", arts: arts, text: s5("L'article L. 1"+cc+" est ainsi modifié :", "1° Il est ajouté un alinéa ainsi rédigé :", "« X. » ;", "2° Au dernier alinéa, le mot : « vient » est remplacé par le mot : « reste »."), want: map[string][]string{"L1": s5("Le maire signe.", "Il part.", "Il reste.", "X.")}},
		{name: "le même article, a second group", arts: arts, text: s5("L'article L. 1"+cc+" est ainsi modifié :", "1° Le premier alinéa est supprimé ;", "2° Le même article est complété par un alinéa ainsi rédigé :", "« X. »"), want: map[string][]string{"L1": s5("Il part.", "Il vient.", "X.")}},
		{name: "second, then first deleted, then third", arts: arts, text: s5(h, "1° Au deuxième alinéa, le mot : « part » est remplacé par le mot : « court » ;", "2° Le premier alinéa est supprimé ;", "3° Au troisième alinéa, le mot : « vient » est remplacé par le mot : « reste »."), want: map[string][]string{"L1": s5("Il court.", "Il reste.")}},
		{name: "rewritten, then edited: on its new text", arts: arts, text: s5(h, "1° Le deuxième alinéa est ainsi rédigé : « Il court vite. » ;", "2° Au deuxième alinéa, le mot : « vite » est remplacé par le mot : « tard »."), want: map[string][]string{"L1": s5("Le maire signe.", "Il court tard.", "Il vient.")}},
		{name: "replaced by two, then the second as found", arts: arts, text: s5(h, "1° Le premier alinéa est remplacé par deux alinéas ainsi rédigés :", "« X. »", "« Y. » ;", "2° Au deuxième alinéa, le mot : « part » est remplacé par le mot : « court »."), want: map[string][]string{"L1": s5("X.", "Y.", "Il court.", "Il vient.")}},
		{name: "a I not there: refused", arts: arts, text: s5(h, "1° Au I, le mot : « maire » est remplacé par le mot : « juge ».")},
		{name: "nested a) b)", arts: arts, text: s5("Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Le premier alinéa est supprimé ;", "b) Au deuxième alinéa, le mot : « part » est remplacé par le mot : « court » ;", "2° L'article L. 4 est abrogé."), want: map[string][]string{"L1": s5("Il court.", "Il vient."), "L4": nil}},
	})
}

// TestStruct5References: "Le même article", "Le même code", "dudit
// code", "du code précité", "dudit article", "du même code", "la même
// loi" name the text or article named before; with none named before,
// "de la présente loi" (the bill itself), "du présent code" outside a
// quotation, "le même article" after two articles: refused;
// "l'article précité" is read as "ledit article" (refs25).
func TestStruct5References(t *testing.T) {
	arts := map[string][]string{"L1": s5("Le maire signe.", "Il part.", "Il vient."), "L2": s5("Le maire part."), "L4": s5("Le juge reste.")}
	cc := " du code civil"
	runLaw3(t, []law3Case{
		{name: "le même article complété", arts: arts, text: s5("Au premier alinéa de l'article L. 2"+cc+", le mot : « maire » est remplacé par le mot : « juge ».", "Le même article est complété par un alinéa ainsi rédigé :", "« X. »"), want: map[string][]string{"L2": s5("Le juge part.", "X.")}},
		{name: "le même code ainsi modifié", arts: arts, text: s5("L'article L. 4"+cc+" est abrogé.", "Le même code est ainsi modifié :", "1° À l'article L. 2, le mot : « maire » est remplacé par le mot : « juge »."), want: map[string][]string{"L4": nil, "L2": s5("Le juge part.")}},
		{name: "dudit code", arts: arts, text: s5("L'article L. 4"+cc+" est abrogé.", "À l'article L. 2 dudit code, le mot : « maire » est remplacé par le mot : « juge »."), want: map[string][]string{"L4": nil, "L2": s5("Le juge part.")}},
		{name: "du code précité", arts: arts, text: s5("L'article L. 4"+cc+" est abrogé.", "À l'article L. 2 du code précité, le mot : « maire » est remplacé par le mot : « juge »."), want: map[string][]string{"L4": nil, "L2": s5("Le juge part.")}},
		{name: "de la présente loi: refused", arts: arts, text: s5("À l'article 2 de la présente loi, le mot : « maire » est remplacé par le mot : « juge ».")},
		{name: "du présent code outside a quote: refused", arts: arts, text: s5("À l'article L. 2 du présent code, le mot : « maire » est remplacé par le mot : « juge ».")},
		{name: "dudit article", arts: arts, text: s5("Au premier alinéa de l'article L. 2"+cc+", le mot : « maire » est remplacé par le mot : « juge ».", "Au premier alinéa dudit article, le mot : « part » est remplacé par le mot : « court »."), want: map[string][]string{"L2": s5("Le juge court.")}},
		{name: "du même code, an article", arts: arts, text: s5("L'article L. 4"+cc+" est abrogé.", "L'article L. 2 du même code est complété par un alinéa ainsi rédigé :", "« X. »"), want: map[string][]string{"L4": nil, "L2": s5("Le maire part.", "X.")}},
		{name: "le même code first: refused", arts: arts, text: s5("Le même code est ainsi modifié :", "1° À l'article L. 2, le mot : « maire » est remplacé par le mot : « juge ».")},
		{name: "dudit code first: refused", arts: arts, text: s5("À l'article L. 2 dudit code, le mot : « maire » est remplacé par le mot : « juge ».")},
		{name: "du même code, abrogé", arts: arts, text: s5("À l'article L. 2"+cc+", le mot : « maire » est remplacé par le mot : « juge ».", "L'article L. 4 du même code est abrogé."), want: map[string][]string{"L2": s5("Le juge part."), "L4": nil}},
		{name: "la même loi ainsi modifiée", arts: map[string][]string{"loi n° 2000-321|3": s5("Le maire signe."), "loi n° 2000-321|3 bis": s5("Le maire part.")}, text: s5("L'article 3 de la loi n° 2000-321 du 12 avril 2000 est abrogé.", "L'article 3 bis de la même loi est ainsi modifié :", "1° Le mot : « maire » est remplacé par le mot : « juge » ;", "2° Il est complété par un alinéa ainsi rédigé : « X. »"), want: map[string][]string{"loi n° 2000-321|3": nil, "loi n° 2000-321|3 bis": s5("Le juge part.", "X.")}},
		{name: "le même article complété par deux alinéas", arts: arts, text: s5("Au premier alinéa de l'article L. 2"+cc+", le mot : « maire » est remplacé par le mot : « juge ».", "Le même article est complété par deux alinéas ainsi rédigés :", "« X.", "« Y. »"), want: map[string][]string{"L2": s5("Le juge part.", "X.", "Y.")}},
		{name: "first alinéa of the same article", arts: arts, text: s5("L'article L. 2"+cc+" est complété par un alinéa ainsi rédigé :", "« X. »", "Au premier alinéa du même article, le mot : « maire » est remplacé par le mot : « juge »."), want: map[string][]string{"L2": s5("Le juge part.", "X.")}},
		{name: "ledit article", arts: arts, text: s5("L'article L. 2"+cc+" est complété par un alinéa ainsi rédigé :", "« X. »", "Au premier alinéa dudit article, le mot : « maire » est remplacé par le mot : « juge »."), want: map[string][]string{"L2": s5("Le juge part.", "X.")}},
		{name: "de l'article précité, read as ledit article (refs25)", arts: arts, text: s5("L'article L. 2"+cc+" est complété par un alinéa ainsi rédigé :", "« X. »", "Au premier alinéa de l'article précité, le mot : « maire » est remplacé par le mot : « juge »."), want: map[string][]string{"L2": s5("Le juge part.", "X.")}},
		{name: "le même article, after two articles: refused", arts: arts, text: s5("Les articles L. 2 et L. 4"+cc+" sont complétés par un alinéa ainsi rédigé :", "« X. »", "Le même article est complété par un alinéa ainsi rédigé :", "« Y. »")},
	})
}

// struct5Case is a probe on the divisions of a code de commerce (gdCorpus):
// the articles gone, those filed (or moved) and their folders; ref, a
// refusal.
type struct5Case struct {
	name  string
	lines []string
	gone  []string
	at    map[string]string
	ref   bool
}

// struct5Base: L. 1 to L. 3 in the sections 1 to 3 of the chapitre III
// of the titre II of the livre Ier, L. 5 in its chapitre II, L. 7 and L.
// 8 in the chapitres Ier and II of its titre III.
var struct5Base = map[string]string{
	"L1": "livre-ier/titre-ii/chapitre-iii/section-1",
	"L2": "livre-ier/titre-ii/chapitre-iii/section-2",
	"L3": "livre-ier/titre-ii/chapitre-iii/section-3",
	"L5": "livre-ier/titre-ii/chapitre-ii",
	"L7": "livre-ier/titre-iii/chapitre-ier",
	"L8": "livre-ier/titre-iii/chapitre-ii",
}

const (
	s5cm = " du code de commerce"
	s5ch = "du chapitre III du titre II du livre Ier du code de commerce"
)

func runStruct5Divisions(t *testing.T, cases []struct5Case) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, ins := gdApply(gdCorpus(struct5Base), tc.lines...)
			var why []string
			for _, in := range ins {
				if in.Status == Unparsed {
					why = append(why, "unparsed: "+in.Reason)
				}
			}
			for _, e := range errs {
				why = append(why, e.Error())
			}
			if tc.ref {
				if len(why) == 0 {
					t.Errorf("applied, want refused")
				}
				for k, d := range struct5Base {
					if a := out[CodeRef{Code: "code de commerce", Article: ArticleKey(k)}]; strings.Join(a.Division, "/") != d {
						t.Errorf("refused, yet %s in %v", k, a.Division)
					}
				}
				return
			}
			if len(why) > 0 {
				t.Fatalf("refused: %s", strings.Join(why, "; "))
			}
			for _, g := range tc.gone {
				if _, ok := out[CodeRef{Code: "code de commerce", Article: ArticleKey(g)}]; ok {
					t.Errorf("%s still in force", g)
				}
			}
			n := len(struct5Base) - len(tc.gone)
			for k, d := range tc.at {
				if _, ok := struct5Base[k]; !ok {
					n++
				}
				a, ok := out[CodeRef{Code: "code de commerce", Article: ArticleKey(k)}]
				if !ok || strings.Join(a.Division, "/") != d {
					t.Errorf("%s in %v (held %v), want %s", k, a.Division, ok, d)
				}
			}
			if len(out) != n {
				t.Errorf("%d articles, want %d", len(out), n)
			}
		})
	}
}

// TestStruct5DivisionRangeRenumbered: "Les sections 1 à 3 du chapitre
// III … deviennent les sections 2 à 4" is the list "1, 2 et 3" becoming
// "2, 3 et 4", each section's articles moved to its new number at once
// (the new numbers' range was not read: recorded, no article moved, no
// error). A range onto a section in force that does not move is refused
// as the list is.
func TestStruct5DivisionRangeRenumbered(t *testing.T) {
	runStruct5Divisions(t, []struct5Case{
		{name: "a range shifted up", lines: s5("Les sections 1 à 3 " + s5ch + " deviennent les sections 2 à 4."),
			at: map[string]string{"L1": "livre-ier/titre-ii/chapitre-iii/section-2", "L2": "livre-ier/titre-ii/chapitre-iii/section-3", "L3": "livre-ier/titre-ii/chapitre-iii/section-4"}},
		{name: "a range, respectivement", lines: s5("Les sections 2 à 3 " + s5ch + " deviennent respectivement les sections 4 à 5."),
			at: map[string]string{"L1": "livre-ier/titre-ii/chapitre-iii/section-1", "L2": "livre-ier/titre-ii/chapitre-iii/section-4", "L3": "livre-ier/titre-ii/chapitre-iii/section-5"}},
		{name: "a list onto a range", lines: s5("Les sections 2 et 3 " + s5ch + " deviennent les sections 4 à 5."),
			at: map[string]string{"L2": "livre-ier/titre-ii/chapitre-iii/section-4", "L3": "livre-ier/titre-ii/chapitre-iii/section-5"}},
		{name: "onto a section in force not moved: refused", lines: s5("Les sections 1 à 2 " + s5ch + " deviennent les sections 3 à 4."), ref: true},
		{name: "a list shifted up, as before", lines: s5("Les sections 1 et 2 " + s5ch + " deviennent les sections 2 et 3."), ref: true},
		{name: "the list whole, as before", lines: s5("Les sections 1, 2 et 3 " + s5ch + " deviennent les sections 2, 3 et 4."),
			at: map[string]string{"L1": "livre-ier/titre-ii/chapitre-iii/section-2", "L2": "livre-ier/titre-ii/chapitre-iii/section-3", "L3": "livre-ier/titre-ii/chapitre-iii/section-4"}},
	})
}

// TestStruct5DivisionsUnpaired: divisions renumbered into a list of new
// numbers of another length ("Les sections 2 et 3 … deviennent les
// sections 3 à 5") or by a list not spelled out one by one ("Les
// chapitres II à III … deviennent les chapitres III à IV", roman ranges
// not read; "les sections 2 à 3 bis") are refused, by their reason: which
// division takes which number is not said (they were recorded, no
// article moved, no error). As a recorded renumbering does, they make
// the divisions they may have changed blind: "La section 3 est abrogée"
// after them is refused, not applied to the section 3 in force.
func TestStruct5DivisionsUnpaired(t *testing.T) {
	runStruct5Divisions(t, []struct5Case{
		{name: "two sections, three numbers", lines: s5("Les sections 2 et 3 " + s5ch + " deviennent les sections 3 à 5."), ref: true},
		{name: "three sections, two numbers", lines: s5("Les sections 1, 2 et 3 " + s5ch + " deviennent les sections 4 et 5."), ref: true},
		{name: "a roman range", lines: s5("Les chapitres II à III du titre II du livre Ier" + s5cm + " deviennent les chapitres III à IV."), ref: true},
		{name: "a range ending bis", lines: s5("Les sections 2 à 3 bis " + s5ch + " deviennent les sections 3 à 4."), ref: true},
		{name: "then the section 3 named", lines: s5("Le chapitre III du titre II du livre Ier"+s5cm+" est ainsi modifié :", "1° Les sections 2 et 3 deviennent les sections 3 à 5 ;", "2° La section 3 est abrogée."), ref: true},
	})
	_, errs, ins := gdApply(gdCorpus(struct5Base), "Les sections 2 et 3 "+s5ch+" deviennent les sections 3 à 5.")
	if len(ins) != 1 || len(ins[0].Edits) != 1 || ins[0].Edits[0].Unpaired != "renumbering divisions: 2 divisions, 3 new numbers" || len(errs) != 1 {
		t.Errorf("unpaired: %+v %v", ins, errs)
	}
}

// TestStruct5NewDivisionBesideDivision: a division inserted after (or
// before) a division of its kind, "Après la section 1 du chapitre III
// …, il est inséré une section 1 bis ainsi rédigée :", "Après le
// chapitre II …, il est inséré un chapitre II bis", is their sibling:
// its articles are filed in their parent under the new text's headings,
// as beside an article (they were filed nowhere: the section 1 was taken
// for the place above the new division, and none is above a section).
func TestStruct5NewDivisionBesideDivision(t *testing.T) {
	runStruct5Divisions(t, []struct5Case{
		{name: "une section 1 bis after the section 1", lines: s5("Après la section 1 "+s5ch+", il est inséré une section 1 bis ainsi rédigée :", "« Section 1 bis", "« Du terme", "« Art. L. 1-1. – A.", "« Art. L. 1-2. – B. »"),
			at: map[string]string{"L1-1": "livre-ier/titre-ii/chapitre-iii/section-1-bis", "L1-2": "livre-ier/titre-ii/chapitre-iii/section-1-bis"}},
		{name: "une section 1 bis before the section 2", lines: s5("Avant la section 2 "+s5ch+", il est inséré une section 1 bis ainsi rédigée :", "« Section 1 bis", "« Du terme", "« Art. L. 1-1. – A. »"),
			at: map[string]string{"L1-1": "livre-ier/titre-ii/chapitre-iii/section-1-bis"}},
		{name: "un chapitre II bis after the chapitre II", lines: s5("Après le chapitre II du titre II du livre Ier"+s5cm+", il est inséré un chapitre II bis ainsi rédigé :", "« Chapitre II bis", "« Du terme", "« Art. L. 5-1. – A. »"),
			at: map[string]string{"L5-1": "livre-ier/titre-ii/chapitre-ii-bis"}},
		{name: "a chapter with sections of its own", lines: s5("Après le chapitre II du titre II du livre Ier"+s5cm+", il est inséré un chapitre II bis ainsi rédigé :", "« Chapitre II bis", "« Du terme", "« Section 1", "« Du jour", "« Art. L. 5-1. – A. »"),
			at: map[string]string{"L5-1": "livre-ier/titre-ii/chapitre-ii-bis/section-1"}},
		{name: "beside an article, as before", lines: s5("Après l'article L. 1"+s5cm+", il est inséré une section 1 bis ainsi rédigée :", "« Section 1 bis", "« Du terme", "« Art. L. 1-1. – A. »"),
			at: map[string]string{"L1-1": "livre-ier/titre-ii/chapitre-iii/section-1-bis"}},
		{name: "in the chapter named, as before", lines: s5("Le chapitre III du titre II du livre Ier"+s5cm+" est complété par une section 4 ainsi rédigée :", "« Section 4", "« Du délai", "« Art. L. 3-1. – A. »"),
			at: map[string]string{"L3-1": "livre-ier/titre-ii/chapitre-iii/section-4"}},
	})
}

// TestStruct5DivisionGuards: forms of bills on divisions read already,
// kept as guards.
func TestStruct5DivisionGuards(t *testing.T) {
	runStruct5Divisions(t, []struct5Case{
		{name: "la section 2 devient la section 4", lines: s5("La section 2 " + s5ch + " devient la section 4."), at: map[string]string{"L2": "livre-ier/titre-ii/chapitre-iii/section-4"}},
		{name: "la section 2 devient la section 3: refused", lines: s5("La section 2 " + s5ch + " devient la section 3."), ref: true},
		{name: "l'intitulé du chapitre II", lines: s5("L'intitulé du chapitre II du titre II du livre Ier" + s5cm + " est ainsi rédigé : « Du juge »."), at: map[string]string{"L5": "livre-ier/titre-ii/chapitre-ii"}},
		{name: "les sections 1 et 2 abrogées", lines: s5("Les sections 1 et 2 " + s5ch + " sont abrogées."), gone: s5("L1", "L2"), at: map[string]string{"L3": "livre-ier/titre-ii/chapitre-iii/section-3"}},
		{name: "le titre III abrogé", lines: s5("Le titre III du livre Ier" + s5cm + " est abrogé."), gone: s5("L7", "L8")},
		{name: "il est créé un chapitre IV", lines: s5("Au titre II du livre Ier"+s5cm+", il est créé un chapitre IV ainsi rédigé :", "« Chapitre IV", "« Du terme", "« Art. L. 4. – A. »"), at: map[string]string{"L4": "livre-ier/titre-ii/chapitre-iv"}},
		{name: "le chapitre IV abrogé, none held: refused", lines: s5("Le chapitre IV du titre II du livre Ier" + s5cm + " est abrogé."), ref: true},
		{name: "la section 1 ainsi rédigée", lines: s5("La section 1 "+s5ch+" est ainsi rédigée :", "« Section 1", "« Du terme", "« Art. L. 1. – Z. »"), at: map[string]string{"L1": "livre-ier/titre-ii/chapitre-iii/section-1"}},
		{name: "le chapitre III devient le chapitre IV", lines: s5("Le chapitre III du titre II du livre Ier" + s5cm + " devient le chapitre IV."), at: map[string]string{"L1": "livre-ier/titre-ii/chapitre-iv/section-1", "L3": "livre-ier/titre-ii/chapitre-iv/section-3"}},
		{name: "completed by a section in force: refused", lines: s5("Le chapitre III du titre II du livre Ier"+s5cm+" est complété par une section 3 ainsi rédigée :", "« Section 3", "« Du délai", "« Art. L. 3-1. – A. »"), ref: true},
		{name: "under a chapter's head, sections repealed", lines: s5("Le chapitre III du titre II du livre Ier"+s5cm+" est ainsi modifié :", "1° Les sections 1 et 2 sont abrogées ;", "2° La section 3 devient la section 1."), gone: s5("L1", "L2"), at: map[string]string{"L3": "livre-ier/titre-ii/chapitre-iii/section-1"}},
		{name: "l'intitulé de la section 2 complété", lines: s5("L'intitulé de la section 2 " + s5ch + " est complété par les mots : « et du terme »."), at: map[string]string{"L2": "livre-ier/titre-ii/chapitre-iii/section-2"}},
	})
}

// TestStruct5More: more forms of bills on articles and groups, read or
// refused as a jurist reads them, kept as guards: a new article placed
// after its verb, a new article under a code's head with no place, more
// alinéas quoted than announced (refused), a range renumbered into
// numbers of another form (rank to rank) or shifted by two, alinéas
// counted as the group found them (the last one replaced, then named:
// refused; a sentence added, then named: refused), an old number
// restored after its article moved.
func TestStruct5More(t *testing.T) {
	arts := map[string][]string{"L1": s5("Le maire signe.", "Il part.", "Il vient."), "L2": s5("Le maire part."), "L4": s5("Le juge reste.")}
	cc := " du code civil"
	h := "L'article L. 1" + cc + " est ainsi modifié :"
	four := map[string][]string{"L1": s5("A un.", "B deux.", "C trois.", "D quatre.")}
	runLaw3(t, []law3Case{
		{name: "il est inséré, après l'article", arts: arts, text: s5("Il est inséré, après l'article L. 1"+cc+", un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – A. »"), want: map[string][]string{"L1-1": s5("A.")}},
		{name: "inséré under a head, no place", arts: arts, text: s5("Le code civil est ainsi modifié :", "1° Il est inséré un article L. 3 ainsi rédigé :", "« Art. L. 3. – A. »"), want: map[string][]string{"L3": s5("A.")}},
		{name: "deux alinéas announced, three quoted: refused", arts: arts, text: s5("L'article L. 2"+cc+" est complété par deux alinéas ainsi rédigés :", "« X.", "« Y.", "« Z. »")},
		{name: "un alinéa announced, two quoted: refused", arts: arts, text: s5("L'article L. 2"+cc+" est complété par un alinéa ainsi rédigé :", "« X.", "« Y. »")},
		{name: "L. 1 bis devient L. 1-1", arts: map[string][]string{"L1 bis": s5("a.")}, text: s5("L'article L. 1 bis" + cc + " devient l'article L. 1-1."), want: map[string][]string{"L1 bis": nil, "L1-1": s5("a.")}},
		{name: "a range shifted by two", arts: map[string][]string{"L1": s5("a."), "L2": s5("b."), "L3": s5("c.")}, text: s5("Les articles L. 1 à L. 3" + cc + " deviennent respectivement les articles L. 3 à L. 5."), want: map[string][]string{"L1": nil, "L2": nil, "L3": s5("a."), "L4": s5("b."), "L5": s5("c.")}},
		{name: "onto one in force between: refused", arts: map[string][]string{"L1": s5("a."), "L2": s5("b."), "L3": s5("c.")}, text: s5("Les articles L. 1 et L. 3" + cc + " deviennent respectivement les articles L. 2 et L. 4.")},
		{name: "two first alinéas deleted, then the third", arts: four, text: s5(h, "1° Les deux premiers alinéas sont supprimés ;", "2° Au troisième alinéa, le mot : « trois » est remplacé par le mot : « 3 »."), want: map[string][]string{"L1": s5("C 3.", "D quatre.")}},
		{name: "two replaced by one, then the last", arts: four, text: s5(h, "1° Les deuxième et troisième alinéas sont remplacés par un alinéa ainsi rédigé : « X. » ;", "2° Au dernier alinéa, le mot : « quatre » est remplacé par le mot : « 4 »."), want: map[string][]string{"L1": s5("A un.", "X.", "D 4.")}},
		{name: "the last replaced, then the last: refused", arts: four, text: s5(h, "1° Les troisième et dernier alinéas sont remplacés par un alinéa ainsi rédigé : « X. » ;", "2° Au dernier alinéa, le mot : « quatre » est remplacé par le mot : « 4 ».")},
		{name: "a sentence added, then the second sentence: refused", arts: four, text: s5(h, "1° Le premier alinéa est complété par une phrase ainsi rédigée : « Il lit. » ;", "2° À la seconde phrase du premier alinéa, le mot : « lit » est remplacé par le mot : « dit ».")},
		{name: "item a) b) under a code's head", arts: four, text: s5("Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Au premier alinéa, le mot : « un » est remplacé par le mot : « 1 » ;", "b) Au second alinéa, le mot : « deux » est remplacé par le mot : « 2 » ;", "2° Le même article est complété par un alinéa ainsi rédigé : « E cinq. »"), want: map[string][]string{"L1": s5("A 1.", "B 2.", "C trois.", "D quatre.", "E cinq.")}},
		{name: "le même code complété par un article", arts: arts, text: s5("L'article L. 4"+cc+" est abrogé.", "Le même code est complété par un article L. 9 ainsi rédigé :", "« Art. L. 9. – A. »"), want: map[string][]string{"L4": nil, "L9": s5("A.")}},
		{name: "a range into hyphened numbers", arts: map[string][]string{"L1": s5("a."), "L2": s5("b."), "L3": s5("c.")}, text: s5("Les articles L. 1 à L. 3" + cc + " deviennent les articles L. 1-1 à L. 1-3."), want: map[string][]string{"L1": nil, "L2": nil, "L3": nil, "L1-1": s5("a."), "L1-2": s5("b."), "L1-3": s5("c.")}},
		{name: "devient, then the old number restored", arts: map[string][]string{"L1": s5("a.")}, text: s5("L'article L. 1"+cc+" devient l'article L. 2.", "Il est rétabli un article L. 1 du même code ainsi rédigé :", "« Art. L. 1. – X. »"), want: map[string][]string{"L1": s5("X."), "L2": s5("a.")}},
		{name: "devient, then inserted after the new number", arts: map[string][]string{"L1": s5("a.")}, text: s5("L'article L. 1"+cc+" devient l'article L. 2.", "Après l'article L. 2 du même code, il est inséré un article L. 2-1 ainsi rédigé :", "« Art. L. 2-1. – X. »"), want: map[string][]string{"L1": nil, "L2": s5("a."), "L2-1": s5("X.")}},
		{name: "au début de l'article, un alinéa", arts: arts, text: s5("Au début de l'article L. 2"+cc+", il est ajouté un alinéa ainsi rédigé :", "« X. »"), want: map[string][]string{"L2": s5("X.", "Le maire part.")}},
		{name: "l'article L. 1 est ainsi modifié: 1° renumbered item then words", arts: map[string][]string{"L1": s5("Le maire :", "1° Signe ;", "2° Part.")}, text: s5(h, "1° Le 2° devient le 3° ;", "2° Après le 1°, il est inséré un 2° ainsi rédigé : « 2° Vise ; »."), want: map[string][]string{"L1": s5("Le maire :", "1° Signe ;", "2° Vise ;", "3° Part.")}},
	})
}

// TestStruct5NewDivisionUnderHead: under a division's head, "Le titre
// II … est ainsi modifié : 1° Il est créé (ajouté) un chapitre IV ainsi
// rédigé :" — a new division or article with no place of its own — is
// filed in the head's division, as "Au titre II …, il est créé un
// chapitre IV" is (it was filed nowhere: the place was the code's).
func TestStruct5NewDivisionUnderHead(t *testing.T) {
	t2 := "du titre II du livre Ier" + s5cm
	h := "Le chapitre III " + t2 + " est ainsi modifié :"
	runStruct5Divisions(t, []struct5Case{
		{name: "créé under a title's head", lines: s5("Le titre II du livre Ier"+s5cm+" est ainsi modifié :", "1° Il est créé un chapitre IV ainsi rédigé :", "« Chapitre IV", "« Du terme", "« Art. L. 4. – A. »"), at: map[string]string{"L4": "livre-ier/titre-ii/chapitre-iv"}},
		{name: "ajouté under a title's head", lines: s5("Le titre II du livre Ier"+s5cm+" est ainsi modifié :", "1° Il est ajouté un chapitre IV ainsi rédigé :", "« Chapitre IV", "« Du terme", "« Art. L. 4. – A. »"), at: map[string]string{"L4": "livre-ier/titre-ii/chapitre-iv"}},
		{name: "a section after another item", lines: s5(h, "1° La section 2 est abrogée ;", "2° Il est ajouté une section 4 ainsi rédigée :", "« Section 4", "« Du terme", "« Art. L. 4. – A. »"), gone: s5("L2"), at: map[string]string{"L4": "livre-ier/titre-ii/chapitre-iii/section-4"}},
		{name: "an article under a chapter's head, as completed by it", lines: s5(h, "1° Il est ajouté un article L. 3-1 ainsi rédigé :", "« Art. L. 3-1. – A. »"), at: map[string]string{"L3-1": "livre-ier/titre-ii/chapitre-iii"}},
		{name: "after an article, beside it as before", lines: s5(h, "1° Après l'article L. 2, il est inséré un article L. 2-1 ainsi rédigé :", "« Art. L. 2-1. – A. »"), at: map[string]string{"L2-1": "livre-ier/titre-ii/chapitre-iii/section-2"}},
	})
}

// TestStruct5MoreDivisions: more forms of bills on divisions, kept as
// guards: a division of two articles, a title completed, a section's
// heading and article under its head, ranges and lists repealed (a roman
// range refused), a title rewritten, a division moved into another
// parent, renumbered then edited, renumbered with its article, a
// division by its number alone under a code's head (refused).
func TestStruct5MoreDivisions(t *testing.T) {
	t2 := "du titre II du livre Ier" + s5cm
	runStruct5Divisions(t, []struct5Case{
		{name: "une section 4 of two articles", lines: s5("Le chapitre III "+t2+" est complété par une section 4 ainsi rédigée :", "« Section 4", "« Du délai", "« Art. L. 3-1. – A.", "« Art. L. 3-2. – B. »"), at: map[string]string{"L3-1": "livre-ier/titre-ii/chapitre-iii/section-4", "L3-2": "livre-ier/titre-ii/chapitre-iii/section-4"}},
		{name: "le titre complété par un chapitre", lines: s5("Le titre II du livre Ier"+s5cm+" est complété par un chapitre IV ainsi rédigé :", "« Chapitre IV", "« Du terme", "« Art. L. 4. – A. »"), at: map[string]string{"L4": "livre-ier/titre-ii/chapitre-iv"}},
		{name: "a section modified: heading and article", lines: s5("La section 2 "+s5ch+" est ainsi modifiée :", "1° L'intitulé est ainsi rédigé : « Du terme » ;", "2° L'article L. 2 est abrogé."), gone: s5("L2")},
		{name: "les sections 1 à 3 abrogées", lines: s5("Les sections 1 à 3 " + s5ch + " sont abrogées."), gone: s5("L1", "L2", "L3")},
		{name: "les chapitres II et III abrogés", lines: s5("Les chapitres II et III " + t2 + " sont abrogés."), gone: s5("L1", "L2", "L3", "L5")},
		{name: "le titre II ainsi rédigé", lines: s5("Le titre II du livre Ier"+s5cm+" est ainsi rédigé :", "« Titre II", "« Du juge", "« Chapitre Ier", "« Du jour", "« Art. L. 1. – Z. »"), gone: s5("L2", "L3", "L5"), at: map[string]string{"L1": "livre-ier/titre-ii/chapitre-ier"}},
		{name: "a chapter into another title", lines: s5("Le chapitre III " + t2 + " devient le chapitre IV du titre III."), at: map[string]string{"L1": "livre-ier/titre-iii/chapitre-iv/section-1", "L3": "livre-ier/titre-iii/chapitre-iv/section-3"}},
		{name: "a section into another chapter", lines: s5("La section 3 " + s5ch + " devient la section 1 du chapitre II."), at: map[string]string{"L3": "livre-ier/titre-ii/chapitre-ii/section-1"}},
		{name: "les chapitres II à III abrogés (roman range): refused", lines: s5("Les chapitres II à III " + t2 + " sont abrogés."), ref: true},
		{name: "la section 2 devient la section 4 et est ainsi modifiée", lines: s5("La section 2 "+s5ch+" devient la section 4 et est ainsi modifiée :", "1° L'article L. 2 est abrogé."), gone: s5("L2")},
		{name: "a section, its articles renumbered too", lines: s5("La section 3 " + s5ch + " devient la section 4 et l'article L. 3 devient l'article L. 4."), at: map[string]string{"L4": "livre-ier/titre-ii/chapitre-iii/section-4"}, gone: s5("L3")},
		{name: "division by its number alone under a head", lines: s5("Le code de commerce est ainsi modifié :", "1° La section 2 est abrogée."), ref: true},
	})
}
