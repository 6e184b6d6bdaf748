package law

import "testing"

// TestGrammarOlderAnnouncements: the older drafting's announcements of new
// text mean what today's "ainsi rédigé" does — "rédigé comme suit",
// "ainsi libellé", "l'alinéa suivant", "les alinéas suivants", "la
// phrase suivante", "les mots suivants" — the quoted text after them
// saying how much there is. "le texte suivant" names no kind of division
// and stays refused.
func TestGrammarOlderAnnouncements(t *testing.T) {
	A := []string{"Le maire agit.", "Il rend compte."}
	L := "l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "est rédigé comme suit", before: A, text: []string{"Le second alinéa de " + L + " est rédigé comme suit :", "« Il publie ses actes. »"}, want: []string{A[0], "Il publie ses actes."}},
		{name: "an article rédigé comme suit", before: A, text: []string{"L'article L. 1 du code civil est rédigé comme suit :", "« Art. L. 1. – X x. »"}, want: []string{"X x."}},
		{name: "ainsi libellé", before: A, text: []string{"L'article L. 1 du code civil est complété par un alinéa ainsi libellé :", "« X x. »"}, want: []string{A[0], A[1], "X x."}},
		{name: "l'alinéa suivant", before: A, text: []string{"L'article L. 1 du code civil est complété par l'alinéa suivant :", "« X x. »"}, want: []string{A[0], A[1], "X x."}},
		{name: "les alinéas suivants", before: A, text: []string{"Après le premier alinéa de " + L + ", sont insérés les alinéas suivants :", "« X x. »", "« Y y. »"}, want: []string{A[0], "X x.", "Y y.", A[1]}},
		{name: "deux alinéas suivants", before: A, text: []string{"Après le premier alinéa de " + L + ", sont insérés deux alinéas suivants :", "« X x. »", "« Y y. »"}, want: []string{A[0], "X x.", "Y y.", A[1]}},
		{name: "la phrase suivante", before: A, text: []string{"Le second alinéa de " + L + " est complété par la phrase suivante : « Il publie. »"}, want: []string{A[0], "Il rend compte. Il publie."}},
		{name: "les mots suivants", before: A, text: []string{"Le second alinéa de " + L + " est complété par les mots suivants : « au conseil »."}, want: []string{A[0], "Il rend compte au conseil."}},
		{name: "le texte suivant: refused", before: A, text: []string{"Le second alinéa de " + L + " est remplacé par le texte suivant :", "« X x. »"}},
	})
}

// TestGrammarOlderWordOperations: the older drafting's word operations —
// "au mot : « A » est substitué le mot : « B »", "après le mot : « A »,
// sont ajoutés les mots : « B »" (ajoutés with an anchor inserts, as
// "insérés"), "complété in fine par", "sont ajoutés in fine", "est
// modifié comme suit :".
func TestGrammarOlderWordOperations(t *testing.T) {
	A := []string{"Le maire agit seul.", "Il rend compte."}
	L := "l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "au mot est substitué le mot", before: A, text: []string{"Au premier alinéa de " + L + ", au mot : « seul » est substitué le mot : « vite »."}, want: []string{"Le maire agit vite.", A[1]}},
		{name: "aux mots sont substitués les mots", before: A, text: []string{"Au premier alinéa de " + L + ", aux mots : « agit seul » sont substitués les mots : « décide »."}, want: []string{"Le maire décide.", A[1]}},
		{name: "à la référence est substituée la référence", before: []string{"Selon l'article L. 2, il agit."}, text: []string{"À " + L + ", à la référence : « L. 2 » est substituée la référence : « L. 3 »."}, want: []string{"Selon l'article L. 3, il agit."}},
		{name: "après le mot, sont ajoutés les mots", before: A, text: []string{"Au premier alinéa de " + L + ", après le mot : « agit », sont ajoutés les mots : « toujours »."}, want: []string{"Le maire agit toujours seul.", A[1]}},
		{name: "avant le mot, est ajouté le mot", before: A, text: []string{"Au premier alinéa de " + L + ", avant le mot : « seul », est ajouté le mot : « toujours »."}, want: []string{"Le maire agit toujours seul.", A[1]}},
		{name: "complété in fine par", before: A, text: []string{"Le second alinéa de " + L + " est complété in fine par les mots : « au conseil »."}, want: []string{A[0], "Il rend compte au conseil."}},
		{name: "sont ajoutés in fine", before: A, text: []string{"Au second alinéa de " + L + ", sont ajoutés in fine les mots : « au conseil »."}, want: []string{A[0], "Il rend compte au conseil."}},
		{name: "est modifié comme suit", before: A, text: []string{"L'article L. 1 du code civil est modifié comme suit :", "1° Au premier alinéa, le mot : « seul » est supprimé ;", "2° Le second alinéa est supprimé."}, want: []string{"Le maire agit."}},
	})
}

// TestGrammarArticleInsideTheAddition: the article named inside an
// addition — "Il est ajouté à l'article L. 1 un alinéa", "Il est ajouté,
// à l'article L. 1, un alinéa", "À l'article L. 1, après le premier
// alinéa, il est inséré …", "Dans l'article L. 1, il est inséré, après le
// premier alinéa, …" — is the article of the place; and "complété par
// les dispositions suivantes :" adds the alinéas that follow. A place
// that is itself an article ("À l'article L. 1, après l'article L. 2")
// is not read so.
func TestGrammarArticleInsideTheAddition(t *testing.T) {
	A := []string{"Le maire agit seul.", "Il rend compte."}
	X := "« X x. »"
	runGrammar(t, []grammarCase{
		{name: "il est ajouté à l'article un alinéa", before: A, text: []string{"Il est ajouté à l'article L. 1 du code civil un alinéa ainsi rédigé :", X}, want: []string{A[0], A[1], "X x."}},
		{name: "il est ajouté, à l'article, un alinéa", before: A, text: []string{"Il est ajouté, à l'article L. 1 du code civil, un alinéa ainsi rédigé :", X}, want: []string{A[0], A[1], "X x."}},
		{name: "sont ajoutés à l'article deux alinéas", before: A, text: []string{"Sont ajoutés à l'article L. 1 du code civil deux alinéas ainsi rédigés :", X, "« Y y. »"}, want: []string{A[0], A[1], "X x.", "Y y."}},
		{name: "à l'article, après le premier alinéa, il est inséré", before: A, text: []string{"À l'article L. 1 du code civil, après le premier alinéa, il est inséré un alinéa ainsi rédigé :", X}, want: []string{A[0], "X x.", A[1]}},
		{name: "dans l'article, il est inséré, après le premier alinéa", before: A, text: []string{"Dans l'article L. 1 du code civil, il est inséré, après le premier alinéa, un alinéa ainsi rédigé :", X}, want: []string{A[0], "X x.", A[1]}},
		{name: "à l'article, avant le dernier alinéa, il est inséré", before: A, text: []string{"À l'article L. 1 du code civil, avant le dernier alinéa, il est inséré un alinéa ainsi rédigé :", X}, want: []string{A[0], "X x.", A[1]}},
		{name: "a word anchor stays a word anchor", before: A, text: []string{"À l'article L. 1 du code civil, après le mot : « agit », il est inséré le mot : « vite »."}, want: []string{"Le maire agit vite seul.", A[1]}},
		{name: "complété par les dispositions suivantes", before: A, text: []string{"L'article L. 1 du code civil est complété par les dispositions suivantes :", X, "« Y y. »"}, want: []string{A[0], A[1], "X x.", "Y y."}},
	})
}

// TestGrammarNewArticleInAText: "Dans le code civil, il est inséré (créé,
// rétabli) un article L. 1 ainsi rédigé :" and its inverted "Il est
// rétabli, dans le code civil, un article L. 1 …" create the article in
// that code, as "Le code civil est complété par un article L. 1 …" does
// (they were refused, or read as words edited in the whole code).
func TestGrammarNewArticleInAText(t *testing.T) {
	art := "« Art. L. 1. – Il revient. »"
	runGrammar(t, []grammarCase{
		{name: "dans le code, il est inséré un article", text: []string{"Dans le code civil, il est inséré un article L. 1 ainsi rédigé :", art}, want: []string{"Il revient."}},
		{name: "il est rétabli, dans le code, un article", text: []string{"Il est rétabli, dans le code civil, un article L. 1 ainsi rédigé :", art}, want: []string{"Il revient."}},
		{name: "il est créé, dans le code, un article", text: []string{"Il est créé, dans le code civil, un article L. 1 ainsi rédigé :", art}, want: []string{"Il revient."}},
		{name: "dans le code, words are still edited everywhere", before: []string{"Le maire agit."}, text: []string{"Dans le code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Le préfet agit."}},
	})
}

// TestGrammarDivisionThenSentenceNamed: "Au premier alinéa de l'article
// L. 1, à la première phrase, …" is the first sentence of that alinéa,
// one place (it read two: the whole alinéa and the article's first
// sentence, and replaced the word in both sentences); "Au II de l'article
// L. 1, au second alinéa, …" the II's second alinéa; a sentence first,
// then an alinéa ("À la première phrase de l'article L. 1, au second
// alinéa"), is refused (a sentence holds no alinéa). A later "et, à la
// seconde phrase, …" naming a sentence alone is of the same alinéa.
func TestGrammarDivisionThenSentenceNamed(t *testing.T) {
	A := []string{"Le maire agit. Le maire agit.", "Le maire signe."}
	P := []string{"I. – Le maire agit.", "Il signe.", "II. – Le préfet agit.", "Il signe."}
	runGrammar(t, []grammarCase{
		{name: "alinéa of the article, then its sentence", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, à la première phrase, le mot : « agit » est remplacé par le mot : « vote »."}, want: []string{"Le maire vote. Le maire agit.", A[1]}},
		{name: "dans le premier alinéa …, à la seconde phrase", before: A, text: []string{"Dans le premier alinéa de l'article L. 1 du code civil, à la seconde phrase, le mot : « agit » est remplacé par le mot : « vote »."}, want: []string{"Le maire agit. Le maire vote.", A[1]}},
		{name: "et, à la seconde phrase: the same alinéa", before: []string{"Le maire agit. Le maire signe.", "Le maire signe."}, text: []string{"Au premier alinéa de l'article L. 1 du code civil, à la première phrase, le mot : « agit » est remplacé par le mot : « vote » et, à la seconde phrase, le mot : « signe » est remplacé par le mot : « note »."}, want: []string{"Le maire vote. Le maire note.", "Le maire signe."}},
		{name: "à la première phrase du second alinéa …, et, à la seconde phrase", before: []string{"A.", "Le maire agit. Le maire signe."}, text: []string{"À la première phrase du second alinéa de l'article L. 1 du code civil, le mot : « agit » est remplacé par le mot : « vote » et, à la seconde phrase, le mot : « signe » est remplacé par le mot : « note »."}, want: []string{"A.", "Le maire vote. Le maire note."}},
		{name: "part of the article, then its alinéa", before: P, text: []string{"Au II de l'article L. 1 du code civil, au second alinéa, le mot : « signe » est remplacé par le mot : « note »."}, want: []string{P[0], P[1], P[2], "Il note."}},
		{name: "the article, then its alinéa", before: P, text: []string{"À l'article L. 1 du code civil, au dernier alinéa, le mot : « signe » est remplacé par le mot : « note »."}, want: []string{P[0], P[1], P[2], "Il note."}},
		{name: "the article, then a sentence of its second alinéa", before: A, text: []string{"À l'article L. 1 du code civil, à la première phrase du second alinéa, le mot : « signe » est remplacé par le mot : « note »."}, want: []string{A[0], "Le maire note."}},
		{name: "a sentence of the article, then an alinéa: refused", before: A, text: []string{"À la première phrase de l'article L. 1 du code civil, au second alinéa, le mot : « signe » est remplacé par le mot : « note »."}},
		{name: "et, à la seconde phrase after two alinéas: refused", before: []string{"Le maire agit. Le maire signe.", "Le maire agit. Le maire signe."}, text: []string{"Aux premier et second alinéas de l'article L. 1 du code civil, le mot : « agit » est remplacé par le mot : « vote » et, à la seconde phrase, le mot : « signe » est remplacé par le mot : « note »."}},
	})
}

// TestGrammarRewriteStartOfSentence: "Le début de la seconde phrase …
// (jusqu'aux mots : « A ») est ainsi rédigé", an amendment's "Rédiger
// ainsi le début de la seconde phrase de l'alinéa 1 jusqu'au mot : « A »"
// rewrite that sentence's start, A looked for in it (the alinéa's start
// was rewritten: the sentences before went).
func TestGrammarRewriteStartOfSentence(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "jusqu'aux mots", before: []string{"Le maire signe. Le maire agit."}, text: []string{"Le début de la seconde phrase de l'article L. 1 du code civil jusqu'aux mots : « agit » est ainsi rédigé : « Le préfet vote »."}, want: []string{"Le maire signe. Le préfet vote."}},
		{name: "(le reste sans changement)", before: []string{"Le maire signe. Le maire agit seul."}, text: []string{"Le début de la seconde phrase de l'article L. 1 du code civil est ainsi rédigé : « Le préfet agit... (le reste sans changement) »."}, want: []string{"Le maire signe. Le préfet agit seul."}},
		{name: "the words once in the sentence, twice in the alinéa", before: []string{"Le maire signe. Le maire signe seul."}, text: []string{"Le début de la seconde phrase de l'article L. 1 du code civil jusqu'aux mots : « signe » est ainsi rédigé : « Le préfet vote »."}, want: []string{"Le maire signe. Le préfet vote seul."}},
	})
	runAmendments(t, []amCase{
		{"amendment", []string{"Le maire signe. Le maire agit.", "B."}, "Rédiger ainsi le début de la seconde phrase de l'alinéa 1 jusqu'au mot : « agit » : « Le préfet vote ».", []string{"Le maire signe. Le préfet vote.", "B."}},
	})
}

// TestGrammarAlineasAtASentence: "Après la première phrase du deuxième
// alinéa, il est inséré un alinéa ainsi rédigé" splits the alinéa after
// that sentence, the new alinéas between its parts (they went after the
// whole alinéa); after its last sentence, it is "after the alinéa". "La
// première phrase … est complétée par un alinéa" is refused (a sentence
// holds no alinéa), as is an amendment's "Après la première phrase de
// l'alinéa 2, insérer un alinéa".
func TestGrammarAlineasAtASentence(t *testing.T) {
	A := []string{"A.", "B b. C c. D d.", "E."}
	runGrammar(t, []grammarCase{
		{name: "after the first sentence", before: A, text: []string{"Après la première phrase du deuxième alinéa de l'article L. 1 du code civil, il est inséré un alinéa ainsi rédigé :", "« X x. »"}, want: []string{"A.", "B b.", "X x.", "C c. D d.", "E."}},
		{name: "after the second sentence, two alinéas", before: A, text: []string{"Après la deuxième phrase du deuxième alinéa de l'article L. 1 du code civil, sont insérés deux alinéas ainsi rédigés :", "« X x.", "« Y y. »"}, want: []string{"A.", "B b. C c.", "X x.", "Y y.", "D d.", "E."}},
		{name: "after the last sentence", before: A, text: []string{"Après la dernière phrase du deuxième alinéa de l'article L. 1 du code civil, il est inséré un alinéa ainsi rédigé :", "« X x. »"}, want: []string{"A.", "B b. C c. D d.", "X x.", "E."}},
		{name: "a sentence completed by an alinéa: refused", before: A, text: []string{"La première phrase du deuxième alinéa de l'article L. 1 du code civil est complétée par un alinéa ainsi rédigé :", "« X x. »"}},
	})
	runAmendments(t, []amCase{
		{"amendment: refused", A, "Après la première phrase de l'alinéa 2, insérer un alinéa ainsi rédigé :\n« X x. »", nil},
	})
}

// TestGrammarRelabelOntoLive: "Le 2° devient le 3°" where a 3° is there
// still is refused (the list held two 3°: an instruction is missing);
// onto a placeholder ("3° (Abrogé)") or a label freed before it, read.
func TestGrammarRelabelOntoLive(t *testing.T) {
	I := []string{"I. – Le maire agit :", "1° Il signe ;", "2° Il publie ;", "3° Il note.", "II. – Le préfet contrôle."}
	runGrammar(t, []grammarCase{
		{name: "onto a live 3°: refused", before: I, text: []string{"Au I de l'article L. 1 du code civil, le 2° devient le 3°."}},
		{name: "onto a live II: refused", before: []string{"I. – A.", "II. – B."}, text: []string{"Le I de l'article L. 1 du code civil devient le II."}},
		{name: "the 3° moved first", before: I, text: []string{"Au I de l'article L. 1 du code civil, le 3° devient le 4° et le 2° devient le 3°."}, want: []string{I[0], I[1], "3° Il publie ;", "4° Il note.", I[4]}},
		{name: "the same number in another list", before: []string{"I. – A :", "1° Il signe.", "II. – B :", "2° Il note."}, text: []string{"Au II de l'article L. 1 du code civil, le 2° devient le 1°."}, want: []string{"I. – A :", "1° Il signe.", "II. – B :", "1° Il note."}},
		{name: "onto a placeholder", before: []string{"I. – A :", "1° Il signe ;", "2° (Abrogé) ;", "3° Il note."}, text: []string{"Au I de l'article L. 1 du code civil, le 3° devient le 2°."}, want: []string{"I. – A :", "1° Il signe ;", "2° Il note."}},
	})
}

// TestGrammarNewArticlesNamed: articles inserted (added, re-established)
// whose new text heads other articles than the instruction names — "il
// est inséré un article L. 1-1" then "Art. L. 1-2. – …" — are refused:
// which is meant is not said (the block's number was created). A range
// named ("des articles L. 1-1 à L. 1-3") takes any of its articles.
func TestGrammarNewArticlesNamed(t *testing.T) {
	A := []string{"Un."}
	runGrammar(t, []grammarCase{
		{name: "one named, another headed: refused", before: A, text: []string{"Après l'article L. 1 du code civil, il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-2. – A. »"}},
		{name: "two named, one headed otherwise: refused", before: A, text: []string{"Après l'article L. 1 du code civil, sont insérés deux articles L. 1-1 et L. 1-2 ainsi rédigés :", "« Art. L. 1-1. – A.", "« Art. L. 1-3. – B. »"}},
		{name: "two named, one headed: refused", before: A, text: []string{"Après l'article L. 1 du code civil, sont insérés deux articles L. 1-1 et L. 1-2 ainsi rédigés :", "« Art. L. 1-1. – A. »"}},
		{name: "as named", before: A, text: []string{"Après l'article L. 1 du code civil, sont insérés des articles L. 1-1 et L. 1-2 ainsi rédigés :", "« Art. L. 1-1. – A.", "« Art. L. 1-2. – B. »"}, want: A},
		{name: "a range named", before: A, text: []string{"Après l'article L. 1 du code civil, sont insérés des articles L. 1-1 à L. 1-3 ainsi rédigés :", "« Art. L. 1-1. – A.", "« Art. L. 1-2. – B.", "« Art. L. 1-3. – C. »"}, want: A},
		{name: "no number named", before: A, text: []string{"Le chapitre II du titre Ier du livre Ier du code civil est complété par deux articles ainsi rédigés :", "« Art. L. 1-1. – A.", "« Art. L. 1-2. – B. »"}, want: A},
	})
}

// TestGrammarLiteralQ: a "Q" and a digit of the text itself ("Q0",
// "q1"), outside quotations, is no quotation's mark (it counted as one
// and the new text was looked for past the quotations: a panic).
func TestGrammarLiteralQ(t *testing.T) {
	for _, text := range []string{"Q0Asont Ainsi rédigé", "Le tableau Q1 de l'article L. 1 du code civil est ainsi rédigé :"} {
		ParseInstructions([]Article{{Number: "1", Alineas: []string{text}}})
	}
	runGrammar(t, []grammarCase{
		{name: "Q1 before the quotations", before: []string{"Le maire agit."}, text: []string{"À l'article L. 1 du code civil, au vu de la grille Q1, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Le préfet agit."}},
	})
}

// TestGrammarRenumberOntoInForce: "L'article L. 2 devient l'article L. 3"
// where an L. 3 in force stays (not itself renumbered in the same list) is
// refused: an instruction is missing (L. 3 was overwritten). Onto an
// abrogated L. 3 ("(Abrogé)"), or one moved away together, read.
func TestGrammarRenumberOntoInForce(t *testing.T) {
	for _, tc := range []struct {
		name string
		l3   []string
		text string
		ok   bool
	}{
		{"onto an L. 3 in force: refused", []string{"Trois."}, "L'article L. 2 du code civil devient l'article L. 3.", false},
		{"an alinéa onto an L. 3 in force: refused", []string{"Trois."}, "Le premier alinéa de l'article L. 2 du code civil devient l'article L. 3.", false},
		{"onto an abrogated L. 3", []string{"(Abrogé)"}, "L'article L. 2 du code civil devient l'article L. 3.", true},
		{"L. 3 moved away together", []string{"Trois."}, "Les articles L. 2 et L. 3 du code civil deviennent respectivement les articles L. 3 et L. 4.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := Corpus{}
			for h, al := range map[string][]string{"L2": {"Deux."}, "L3": tc.l3} {
				ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
				c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: al}
			}
			ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{tc.text}}})
			got, errs := Apply(c, ins, ApplyOptions{})
			l3 := got[CodeRef{Code: "code civil", Article: ArticleKey("L3")}].Alineas
			if tc.ok != (len(errs) == 0) || tc.ok && (len(l3) != 1 || l3[0] != "Deux.") || !tc.ok && (len(l3) != 1 || l3[0] != "Trois.") {
				t.Fatalf("errs %v, L. 3 %q", errs, l3)
			}
		})
	}
}

// TestGrammarNewArticleInForce: "il est inséré (ajouté) un article L. 2"
// where an L. 2 in force is there is refused at apply (it was
// overwritten: the corpus and the law disagree); onto an abrogated L. 2
// it is read, and so is "il est rétabli un article L. 2" (the corpus may
// print the last text of an abrogated article).
func TestGrammarNewArticleInForce(t *testing.T) {
	for _, tc := range []struct {
		name, verb string
		l2         []string
		ok         bool
	}{
		{"inséré onto an article in force: refused", "inséré", []string{"Vieux."}, false},
		{"inséré onto an abrogated article", "inséré", []string{"(Abrogé)"}, true},
		{"rétabli onto an article in the corpus", "rétabli", []string{"Vieux."}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := Corpus{}
			for h, al := range map[string][]string{"L1": {"Un."}, "L2": tc.l2} {
				ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
				c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: al}
			}
			ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"Après l'article L. 1 du code civil, il est " + tc.verb + " un article L. 2 ainsi rédigé :", "« Art. L. 2. – Nouveau. »"}}})
			got, errs := Apply(c, ins, ApplyOptions{})
			l2 := got[CodeRef{Code: "code civil", Article: ArticleKey("L2")}].Alineas
			want := "Nouveau."
			if !tc.ok {
				want = "Vieux."
			}
			if tc.ok != (len(errs) == 0) || len(l2) != 1 || l2[0] != want {
				t.Fatalf("errs %v, L. 2 %q", errs, l2)
			}
		})
	}
}

// TestGrammarReplaceByColon: "le mot : « A » est remplacé par : « B »"
// (the new words' noun left out, the colon kept) replaces A by B as "par
// le mot : « B »" does.
func TestGrammarReplaceByColon(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "est remplacé par :", before: []string{"Le maire agit."}, text: []string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé par : « préfet »."}, want: []string{"Le préfet agit."}},
		{name: "sont remplacés par :", before: []string{"Le maire agit seul."}, text: []string{"À l'article L. 1 du code civil, les mots : « agit seul » sont remplacés par : « vote »."}, want: []string{"Le maire vote."}},
		{name: "a second pair elided without its noun: refused whole", before: []string{"Le maire agit seul."}, text: []string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé par : « préfet » et le mot : « seul » par : « vite »."}},
	})
}
