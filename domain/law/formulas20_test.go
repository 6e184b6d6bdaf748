package law

import "testing"

// TestGrammarReplaceParDeuxFois: "est, par deux fois, remplacé par" (and
// "est remplacé par deux fois par") says the count as "est remplacé,
// deux fois, par" does: every occurrence, refused unless the scope holds
// exactly that many.
func TestGrammarReplaceParDeuxFois(t *testing.T) {
	A := []string{"Le maire agit. Il rend compte au maire.", "Le maire signe."}
	runGrammar(t, []grammarCase{
		{name: "est, par deux fois, remplacé", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est, par deux fois, remplacé par le mot : « préfet »."}, want: []string{"Le préfet agit. Il rend compte au préfet.", A[1]}},
		{name: "est remplacé, par deux fois, par", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé, par deux fois, par le mot : « préfet »."}, want: []string{"Le préfet agit. Il rend compte au préfet.", A[1]}},
		{name: "par trois fois where the scope holds two: refused", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est, par trois fois, remplacé par le mot : « préfet »."}},
	})
}

// TestGrammarSameAlineaNoContext: "Au même alinéa, …", "À la même
// phrase, …" naming no article, in a paragraph of the bill article
// after the one that named it ("I. – Au premier alinéa de l'article L. 1
// …" then "II. – Au même alinéa, …"), is that alinéa of that article,
// as under a context.
func TestGrammarSameAlineaNoContext(t *testing.T) {
	A := []string{"Le maire agit. Il signe vite.", "Le maire note."}
	runGrammar(t, []grammarCase{
		{name: "au même alinéa", before: A, text: []string{"I. – Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».", "II. – Au même alinéa, le mot : « vite » est supprimé."}, want: []string{"Le préfet agit. Il signe.", A[1]}},
		{name: "à la même phrase", before: A, text: []string{"I. – À la seconde phrase du premier alinéa de l'article L. 1 du code civil, le mot : « signe » est remplacé par le mot : « vote ».", "II. – À la même phrase, le mot : « vite » est supprimé."}, want: []string{"Le maire agit. Il vote.", A[1]}},
		{name: "no alinéa before: refused", before: A, text: []string{"Au même alinéa, le mot : « vite » est supprimé."}},
	})
}

// TestGrammarSameAfterSeveral: "le même article", "au même 1°", "au même
// alinéa", "à la même phrase" after an instruction that edited several of
// them ("Aux premier et second alinéas …", "Aux articles L. 1 et L. 2 …")
// do not say which: refused (the first one was taken). A place all of
// them share is still the same ("au même 1°" after "aux a et b du 1°").
func TestGrammarSameAfterSeveral(t *testing.T) {
	for _, tc := range []struct {
		name string
		text []string
		ok   bool
	}{
		{"au même alinéa after two alinéas, under a context", []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Aux premier et second alinéas, le mot : « maire » est remplacé par le mot : « préfet » ;", "2° Au même alinéa, le mot : « vite » est supprimé."}, false},
		{"au même alinéa after two alinéas", []string{"I. – Aux premier et second alinéas de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».", "II. – Au même alinéa, le mot : « vite » est supprimé."}, false},
		{"au même alinéa after a range of alinéas", []string{"I. – Aux premier à troisième alinéas de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».", "II. – Au même alinéa, le mot : « vite » est supprimé."}, false},
		{"à la même phrase after two sentences", []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Aux première et seconde phrases, le mot : « maire » est remplacé par le mot : « préfet » ;", "2° À la même phrase, le mot : « vite » est supprimé."}, false},
		{"le même article after two articles", []string{"I. – Aux articles L. 1 et L. 2 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».", "II. – Le même article est complété par les mots : « ici »."}, false},
		{"au même 1° after two 1°", []string{"I. – Au 1° des I et II de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».", "II. – Au même 1°, le mot : « Le » est remplacé par le mot : « Un »."}, false},
		{"au même alinéa after two operations on one alinéa", []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Au premier alinéa, les mots : « A » et « B » sont respectivement remplacés par les mots : « C » et « D » ;", "2° Au même alinéa, le mot : « vite » est supprimé."}, true},
		{"au même 1° after the a and the b of it", []string{"I. – Aux a et b du 1° de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».", "II. – Au même 1°, le mot : « Le » est remplacé par le mot : « Un »."}, true},
		{"le même article after two alinéas of it", []string{"I. – Aux premier et second alinéas de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».", "II. – Le même article est complété par les mots : « ici »."}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ins := ParseInstructions([]Article{{Number: "1", Alineas: tc.text}})
			last := ins[len(ins)-1]
			if got := last.Status == Parsed; got != tc.ok {
				t.Fatalf("parsed %v, want %v: %s %+v", got, tc.ok, last.Reason, last.Edits)
			}
		})
	}
}

// TestGrammarNumberPartSpaced: quoted words ending (beginning) with a
// number are never the start (end) of a larger number of the text, also
// when the text spaces them otherwise (a non-breaking space, a blank of
// dots): « L. 2 » is not the "L. 2" of "L. 2-1" nor of "L.\u00a02-1" (it
// was replaced there, "L. 3-1").
func TestGrammarNumberPartSpaced(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "L. 2 in L. 2-1 only: refused", before: []string{"Vu l'article L. 2-1."}, text: []string{"À l'article L. 1 du code civil, la référence : « L. 2 » est remplacée par la référence : « L. 3 »."}},
		{name: "L. 2 in L.\u00a02-1 only: refused", before: []string{"Vu l'article L.\u00a02-1."}, text: []string{"À l'article L. 1 du code civil, la référence : « L. 2 » est remplacée par la référence : « L. 3 »."}},
		{name: "L.\u00a02 found beside L.\u00a02-1", before: []string{"Vu les articles L.\u00a02-1 et L.\u00a02."}, text: []string{"À l'article L. 1 du code civil, la référence : « L. 2 » est remplacée par la référence : « L. 3 »."}, want: []string{"Vu les articles L.\u00a02-1 et L. 3."}},
		{name: "a blank of dots: article … L. 2-1 only: refused", before: []string{"Vu l'article ... L. 2-1."}, text: []string{"À l'article L. 1 du code civil, les mots : « article L. 2 » sont remplacés par les mots : « article L. 3 »."}},
	})
}

// TestGrammarDesignationLatin: a quoted designation ending with a number
// or a roman numeral ("L. 2", "1°", "I") is never the start of another
// numbered between two with a Latin adverb ("L. 2 bis", "1° ter", "I
// bis"): it was replaced there ("L. 3 bis").
func TestGrammarDesignationLatin(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "L. 2 in L. 2 bis only: refused", before: []string{"Vu l'article L. 2 bis."}, text: []string{"À l'article L. 1 du code civil, la référence : « L. 2 » est remplacée par la référence : « L. 3 »."}},
		{name: "1° in 1° bis only: refused", before: []string{"Vu le 1° bis."}, text: []string{"À l'article L. 1 du code civil, la référence : « 1° » est remplacée par la référence : « 2° »."}},
		{name: "I in I bis only: refused", before: []string{"Vu le I bis."}, text: []string{"À l'article L. 1 du code civil, la référence : « I » est remplacée par la référence : « II »."}},
		{name: "L. 2 beside L. 2 ter", before: []string{"Vu les articles L. 2 ter et L. 2."}, text: []string{"À l'article L. 1 du code civil, la référence : « L. 2 » est remplacée par la référence : « L. 3 »."}, want: []string{"Vu les articles L. 2 ter et L. 3."}},
		{name: "L. 2 bis quoted whole", before: []string{"Vu l'article L. 2 bis."}, text: []string{"À l'article L. 1 du code civil, la référence : « L. 2 bis » est remplacée par la référence : « L. 3 »."}, want: []string{"Vu l'article L. 3."}},
		{name: "a word after the number is no adverb", before: []string{"Vu l'article 2 bisannuel."}, text: []string{"À l'article L. 1 du code civil, la référence : « 2 » est remplacée par la référence : « 3 »."}, want: []string{"Vu l'article 3 bisannuel."}},
	})
}

// TestGrammarCompoundWord: quoted words beginning (ending) with a letter
// are never the end (start) of a compound word of the text joined by a
// hyphen: « président » is not the président of "vice-président", «
// section 2 » not that of "sous-section 2" (they were replaced there).
func TestGrammarCompoundWord(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "président beside vice-président", before: []string{"Le président et le vice-président."}, text: []string{"À l'article L. 1 du code civil, le mot : « président » est remplacé par le mot : « directeur »."}, want: []string{"Le directeur et le vice-président."}},
		{name: "section 2 in sous-section 2 only: refused", before: []string{"Vu la sous-section 2."}, text: []string{"À l'article L. 1 du code civil, les mots : « section 2 » sont remplacés par les mots : « section 3 »."}},
		{name: "vice in vice-président only: refused", before: []string{"Le vice-président agit."}, text: []string{"À l'article L. 1 du code civil, le mot : « vice » est supprimé."}},
		{name: "the compound quoted whole", before: []string{"Le vice-président agit."}, text: []string{"À l'article L. 1 du code civil, le mot : « vice-président » est remplacé par le mot : « suppléant »."}, want: []string{"Le suppléant agit."}},
		{name: "a paragraph's dash is no hyphen", before: []string{"I.-Le maire agit."}, text: []string{"À l'article L. 1 du code civil, les mots : « Le maire » sont remplacés par les mots : « Le préfet »."}, want: []string{"I.-Le préfet agit."}},
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
