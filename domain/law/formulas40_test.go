package law

import "testing"

// TestGrammarBill4DivisionThenPlace: a division named first, then the
// place of an addition in it — "Au II de l'article L. 1, après le
// premier alinéa, il est inséré un alinéa …", "Au I, après le 1°, il est
// inséré un 1° bis …", "Au premier alinéa, après la première phrase, est
// insérée une phrase …", "Au II, il est inséré, après le premier alinéa,
// …" — is "Après le premier alinéa du II …": the place counts inside the
// division (it was refused naming an article; under a context the
// division was dropped and the alinéa counted in the whole article);
// "À l’article L. 1, après …" with the typographic apostrophe as well.
func TestGrammarBill4DivisionThenPlace(t *testing.T) {
	P := []string{"I. – Un.", "1° a ;", "2° b.", "II. – Deux.", "Suite.", "III. – Trois."}
	added := []string{P[0], P[1], P[2], P[3], "Ajout.", P[4], P[5]}
	runGrammar(t, []grammarCase{
		{name: "au I, après le 1°", before: P, text: []string{"Au I de l'article L. 1 du code civil, après le 1°, il est inséré un 1° bis ainsi rédigé :", "« 1° bis x ; »"}, want: []string{P[0], P[1], "1° bis x ;", P[2], P[3], P[4], P[5]}},
		{name: "au I, avant le 1°", before: P, text: []string{"Au I de l'article L. 1 du code civil, avant le 1°, il est inséré un 1° A ainsi rédigé :", "« 1° A z ; »"}, want: []string{P[0], "1° A z ;", P[1], P[2], P[3], P[4], P[5]}},
		{name: "au II, après le premier alinéa", before: P, text: []string{"Au II de l'article L. 1 du code civil, après le premier alinéa, il est inséré un alinéa ainsi rédigé :", "« Ajout. »"}, want: added},
		{name: "under a context", before: P, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Au II, après le premier alinéa, il est inséré un alinéa ainsi rédigé :", "« Ajout. »"}, want: added},
		{name: "under a context, avant le dernier alinéa", before: P, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "a) Au II, avant le dernier alinéa, il est inséré un alinéa ainsi rédigé :", "« Ajout. »"}, want: added},
		{name: "the verb first", before: P, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Au II, il est inséré, après le premier alinéa, un alinéa ainsi rédigé :", "« Ajout. »"}, want: added},
		{name: "dans le II, two alinéas", before: P, text: []string{"Dans le II de l'article L. 1 du code civil, après le premier alinéa, sont insérés deux alinéas ainsi rédigés :", "« Ajout.", "« Encore. »"}, want: []string{P[0], P[1], P[2], P[3], "Ajout.", "Encore.", P[4], P[5]}},
		{name: "aux II et III", before: P, text: []string{"Aux II et III de l'article L. 1 du code civil, après le premier alinéa, il est inséré un alinéa ainsi rédigé :", "« Ajout. »"}, want: []string{P[0], P[1], P[2], P[3], "Ajout.", P[4], P[5], "Ajout."}},
		{name: "du même article", before: P, text: []string{"I. – Le III de l'article L. 1 du code civil est abrogé.", "II. – Au II du même article, après le premier alinéa, il est inséré un alinéa ainsi rédigé :", "« Ajout. »"}, want: []string{P[0], P[1], P[2], P[3], "Ajout.", P[4], "III. – (Abrogé)"}},
		{name: "the typographic apostrophe", before: P, text: []string{"Au II de l’article L. 1 du code civil, après le premier alinéa, il est inséré un alinéa ainsi rédigé :", "« Ajout. »"}, want: added},
		{name: "the article, the typographic apostrophe", before: []string{"Un.", "Deux."}, text: []string{"À l’article L. 1 du code civil, après le premier alinéa, il est inséré un alinéa ainsi rédigé :", "« Ajout. »"}, want: []string{"Un.", "Ajout.", "Deux."}},
		{name: "a sentence of an alinéa", before: []string{"Le maire signe. Le juge tranche.", "Le greffier note."}, text: []string{"Au premier alinéa de l'article L. 1 du code civil, après la première phrase, est insérée une phrase ainsi rédigée :", "« Le préfet vise. »"}, want: []string{"Le maire signe. Le préfet vise. Le juge tranche.", "Le greffier note."}},
	})
}

// TestGrammarBill4SentencesAsTheyStood: sentences are counted, as alinéas
// are, on the alinéa as the bill article found it — "a) La première
// phrase est supprimée ; b) À la deuxième phrase, …" edits the sentence
// that was second (it counted on the text left by the deletion: the
// words were not found, or the wrong sentence edited); a sentence an
// earlier edit deleted is refused, and a sentence edited in place still
// counts where it stood.
func TestGrammarBill4SentencesAsTheyStood(t *testing.T) {
	A := []string{"Le maire signe. Le préfet vise. Le juge tranche.", "Le greffier note."}
	head := "Le premier alinéa de l'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "the first deleted, then the second", before: A, text: []string{head, "a) La première phrase est supprimée ;", "b) À la deuxième phrase, le mot : « préfet » est remplacé par le mot : « recteur »."}, want: []string{"Le recteur vise. Le juge tranche.", A[1]}},
		{name: "the second deleted, then the third", before: A, text: []string{head, "a) La deuxième phrase est supprimée ;", "b) La troisième phrase est ainsi rédigée : « Le juge statue. »"}, want: []string{"Le maire signe. Le juge statue.", A[1]}},
		{name: "the same words elsewhere", before: []string{"Le maire signe. Le maire vise. Le maire tranche."}, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° La première phrase est supprimée ;", "2° À la deuxième phrase, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Le préfet vise. Le maire tranche."}},
		{name: "the last deleted, then the last: refused", before: A, text: []string{head, "a) La dernière phrase est supprimée ;", "b) La dernière phrase est complétée par les mots : « seul »."}},
		{name: "the first deleted, then the first: refused", before: A, text: []string{head, "a) La première phrase est supprimée ;", "b) À la première phrase, le mot : « préfet » est remplacé par le mot : « recteur »."}},
		{name: "edited in place, then the next deleted", before: A, text: []string{head, "a) À la première phrase, le mot : « maire » est remplacé par le mot : « préfet » ;", "b) La deuxième phrase est supprimée."}, want: []string{"Le préfet signe. Le juge tranche.", A[1]}},
	})
}

// TestGrammarBill4UnderASentence: under "La première phrase … est ainsi
// modifiée :" (or "a) La seconde phrase est ainsi modifiée :" under an
// alinéa), the items naming no place of their own edit that sentence —
// "– le mot : « A » est remplacé …" replaces A in it alone, "– sont
// ajoutés les mots : « B »" adds B at its end, "au début" at its start
// (they edited the whole alinéa: the other sentences' words too, B at
// the alinéa's end); another sentence, or an alinéa, inside it is
// refused.
func TestGrammarBill4UnderASentence(t *testing.T) {
	A := []string{"Le maire signe le registre. Le préfet signe le procès-verbal.", "Le greffier note."}
	head := "La première phrase du premier alinéa de l'article L. 1 du code civil est ainsi modifiée :"
	runGrammar(t, []grammarCase{
		{name: "its words, words added", before: A, text: []string{head, "1° Le mot : « signe » est remplacé par le mot : « vise » ;", "2° Sont ajoutés les mots : « communal »."}, want: []string{"Le maire vise le registre communal. Le préfet signe le procès-verbal.", A[1]}},
		{name: "au début", before: A, text: []string{head, "1° Au début, sont ajoutés les mots : « Chaque jour, » ;", "2° Le mot : « signe » est remplacé par le mot : « vise »."}, want: []string{"Chaque jour, le maire vise le registre. Le préfet signe le procès-verbal.", A[1]}},
		{name: "la fin de la phrase", before: A, text: []string{head, "1° Après le mot : « signe », la fin de la phrase est ainsi rédigée : « seul. »"}, want: []string{"Le maire signe seul. Le préfet signe le procès-verbal.", A[1]}},
		{name: "the last sentence", before: A, text: []string{"La dernière phrase du premier alinéa de l'article L. 1 du code civil est ainsi modifiée :", "a) Le mot : « signe » est remplacé par le mot : « vise » ;", "b) Les mots : « le procès-verbal » sont remplacés par les mots : « l'acte »."}, want: []string{"Le maire signe le registre. Le préfet vise l'acte.", A[1]}},
		{name: "dashes under an alinéa's item", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le premier alinéa est ainsi modifié :", "a) La seconde phrase est ainsi modifiée :", "– le mot : « signe » est remplacé par le mot : « vise » ;", "– les mots : « le procès-verbal » sont supprimés ;", "b) Le mot : « maire » est remplacé par le mot : « président » ;", "2° Le second alinéa est supprimé."}, want: []string{"Le président signe le registre. Le préfet vise."}},
		{name: "another article named in full", before: A, more: map[string][]string{"L2": {"Le préfet signe."}}, text: []string{head, "1° Le mot : « signe » est remplacé par le mot : « vise » ;", "2° L'article L. 2 du même code est abrogé."}, want: []string{"Le maire vise le registre. Le préfet signe le procès-verbal.", A[1]}},
		{name: "another sentence: refused", before: A, text: []string{head, "1° À la seconde phrase, le mot : « signe » est remplacé par le mot : « vise »."}},
		{name: "an alinéa inside: refused", before: A, text: []string{head, "1° Le second alinéa est supprimé."}},
	})
}

// TestGrammarBill4NewLastItemAfterSubItems: a new last item after an
// item that ends with its own a), b) or dashes ("2° Les immeubles :",
// "a) … ;", "b) Les bâtiments.") moves the closing period: the b) now
// ends with ";" (it kept its period: "b) Les bâtiments." then "3° Les
// navires."); dashes after an item that ends with ":" are its own, and
// the new item goes after them (it went before them, between the 2° and
// its dashes); a first a) added to an item after a list of letters is
// no new last item of that list.
func TestGrammarBill4NewLastItemAfterSubItems(t *testing.T) {
	L := []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles :", "a) Les terrains ;", "b) Les bâtiments."}
	D := []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles :", "– les terrains ;", "– les bâtiments."}
	runGrammar(t, []grammarCase{
		{name: "complété par un 3°", before: L, text: []string{"L'article L. 1 du code civil est complété par un 3° ainsi rédigé :", "« 3° Les navires. »"}, want: []string{L[0], L[1], L[2], L[3], "b) Les bâtiments ;", "3° Les navires."}},
		{name: "après le 2°, un 3°", before: L, text: []string{"Après le 2° de l'article L. 1 du code civil, il est inséré un 3° ainsi rédigé :", "« 3° Les navires. »"}, want: []string{L[0], L[1], L[2], L[3], "b) Les bâtiments ;", "3° Les navires."}},
		{name: "after dashes", before: D, text: []string{"L'article L. 1 du code civil est complété par un 3° ainsi rédigé :", "« 3° Les navires. »"}, want: []string{D[0], D[1], D[2], D[3], "– les bâtiments ;", "3° Les navires."}},
		{name: "after dashes, a closing alinéa", before: []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles :", "– les terrains ;", "– les bâtiments.", "Un décret précise."}, text: []string{"Après le 2° de l'article L. 1 du code civil, il est inséré un 3° ainsi rédigé :", "« 3° Les navires. »"}, want: []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles :", "– les terrains ;", "– les bâtiments ;", "3° Les navires.", "Un décret précise."}},
		{name: "the 2° completed by a c", before: L, text: []string{"Le 2° de l'article L. 1 du code civil est complété par un c ainsi rédigé :", "« c) Les parkings. »"}, want: []string{L[0], L[1], L[2], L[3], "b) Les bâtiments ;", "c) Les parkings."}},
		{name: "a first letter under a new item", before: []string{"Sont exclus :", "a) Les meubles ;", "b) Les immeubles :", "1° Les terrains ;", "2° Les bâtiments."}, text: []string{"Le 2° du b de l'article L. 1 du code civil est complété par un a ainsi rédigé :", "« a) Les caves. »"}, want: []string{"Sont exclus :", "a) Les meubles ;", "b) Les immeubles :", "1° Les terrains ;", "2° Les bâtiments.", "a) Les caves."}},
	})
}

// TestGrammarBill4SentenceOfAlineasCounted: a sentence of alinéas counted
// together — "à la dernière phrase des deux premiers alinéas", "la
// première phrase des deux derniers alinéas est supprimée", "la seconde
// phrase des premier à troisième alinéas" — is that sentence of each, as
// "des premier et deuxième alinéas" is (only one alinéa was edited: the
// last of them for "la dernière phrase", the first otherwise); alinéas
// counted to the end are refused; an item's sentences still count
// through its alinéas.
func TestGrammarBill4SentenceOfAlineasCounted(t *testing.T) {
	A := []string{"Le maire signe. Le maire vise.", "Le maire note. Le maire date.", "Le maire lit. Le maire dit."}
	runGrammar(t, []grammarCase{
		{name: "la dernière phrase des deux premiers", before: A, text: []string{"À la dernière phrase des deux premiers alinéas de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Le maire signe. Le préfet vise.", "Le maire note. Le préfet date.", A[2]}},
		{name: "la première phrase des deux derniers", before: A, text: []string{"À la première phrase des deux derniers alinéas de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{A[0], "Le préfet note. Le maire date.", "Le préfet lit. Le maire dit."}},
		{name: "deleted", before: A, text: []string{"La dernière phrase des deux derniers alinéas de l'article L. 1 du code civil est supprimée."}, want: []string{A[0], "Le maire note.", "Le maire lit."}},
		{name: "a range", before: A, text: []string{"À la seconde phrase des premier à troisième alinéas de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Le maire signe. Le préfet vise.", "Le maire note. Le préfet date.", "Le maire lit. Le préfet dit."}},
		{name: "to the end: refused", before: A, text: []string{"À la seconde phrase des deuxième à dernier alinéas de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}},
		{name: "an item's last sentence", before: []string{"Sont exclus :", "1° Le maire ;", "2° Le maire signe :", "Le maire vise. Le maire date.", "3° Fin."}, text: []string{"À la dernière phrase du 2° de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Sont exclus :", "1° Le maire ;", "2° Le maire signe :", "Le maire vise. Le préfet date.", "3° Fin."}},
	})
}

// TestGrammarBill4AfterAnInnerPart: a part that begins on its parent's
// line ("II. – A. – Le maire signe.", its items, then "B. – …") takes
// what is added after it or at its end — "Après le A du II, il est
// inséré un A bis", "Le A du II est complété par un alinéa (une phrase,
// les mots)" — after its last line (they were refused: only its words
// could be edited); inserting before it, or deleting it, is still
// refused (its first line carries the II's label).
func TestGrammarBill4AfterAnInnerPart(t *testing.T) {
	P := []string{"I. – Un.", "II. – A. – Le maire signe :", "1° Un ;", "2° Deux.", "B. – Le juge tranche."}
	L := " du II de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "un A bis", before: P, text: []string{"Après le A" + L + ", il est inséré un A bis ainsi rédigé :", "« A bis. – Le préfet vise. »"}, want: []string{P[0], P[1], P[2], P[3], "A bis. – Le préfet vise.", P[4]}},
		{name: "complété par un alinéa", before: P, text: []string{"Le A" + L + " est complété par un alinéa ainsi rédigé :", "« Il date. »"}, want: []string{P[0], P[1], P[2], P[3], "Il date.", P[4]}},
		{name: "complété par un 3°", before: P, text: []string{"Le A" + L + " est complété par un 3° ainsi rédigé :", "« 3° Trois. »"}, want: []string{P[0], P[1], P[2], "2° Deux ;", "3° Trois.", P[4]}},
		{name: "complété par une phrase", before: P, text: []string{"Le A" + L + " est complété par une phrase ainsi rédigée : « Il date. »"}, want: []string{P[0], P[1], P[2], "2° Deux. Il date.", P[4]}},
		{name: "complété par les mots", before: P, text: []string{"Le A" + L + " est complété par les mots : « et trois »."}, want: []string{P[0], P[1], P[2], "2° Deux et trois.", P[4]}},
		{name: "before it: refused", before: P, text: []string{"Avant le A" + L + ", il est inséré un A A ainsi rédigé :", "« A A. – Le préfet vise. »"}},
		{name: "deleted: refused", before: P, text: []string{"Le A" + L + " est abrogé."}},
	})
}

// TestGrammarBill4RenumberRangeUnhyphenated: "Les articles L. 1 à L. 3
// deviennent respectivement les articles L. 4 à L. 6" renumbers articles
// numbered without a hyphen (the code électoral's) as it does "L. 111-1
// à L. 111-3" (it was refused: their last number was not read).
func TestGrammarBill4RenumberRangeUnhyphenated(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]string // article key → first alinéa, "" for none
	}{
		{"L. 1 à L. 3", "Les articles L. 1 à L. 3 du code civil deviennent respectivement les articles L. 4 à L. 6.", map[string]string{"l1": "", "l3": "", "l4": "Un.", "l5": "Deux.", "l6": "Trois."}},
		{"1 à 2", "Les articles 1 à 2 du code civil deviennent respectivement les articles 7 à 8.", map[string]string{"1": "", "7": "Quatre.", "8": "Cinq."}},
		{"not as many: refused", "Les articles L. 1 à L. 3 du code civil deviennent respectivement les articles L. 4 à L. 7.", map[string]string{"l1": "Un.", "l4": ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := Corpus{}
			for h, a := range map[string]string{"L1": "Un.", "L2": "Deux.", "L3": "Trois.", "1": "Quatre.", "2": "Cinq."} {
				ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
				c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: []string{a}}
			}
			got, _ := Apply(c, ParseInstructions([]Article{{Number: "1er", Alineas: []string{tc.text}}}), ApplyOptions{})
			for k, w := range tc.want {
				a, ok := got[CodeRef{Code: "code civil", Article: k}]
				if w == "" && ok || w != "" && (!ok || len(a.Alineas) != 1 || a.Alineas[0] != w) {
					t.Errorf("%s: got %v (present %v), want %q", k, a.Alineas, ok, w)
				}
			}
		})
	}
}

// TestGrammarBill4Renumbered: a renumbering said with the participle —
// "Les 3° et 4° sont renumérotés 2° et 3°", "Le II est renuméroté III",
// "Le 3° est renuméroté en 4°", "Les articles L. 2 et L. 3 sont
// respectivement renumérotés L. 7 et L. 8" — is read as "deviennent" (it
// was flagged, or with "respectivement" passed over as no instruction);
// new numbers of no known kind are still flagged.
func TestGrammarBill4Renumbered(t *testing.T) {
	I := []string{"Sont exclus :", "1° Un ;", "2° Deux ;", "3° Trois ;", "4° Quatre."}
	P := []string{"I. – Un.", "II. – Deux."}
	ctx := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "sont renumérotés", before: I, text: []string{ctx, "1° Le 2° est abrogé ;", "2° Les 3° et 4° sont renumérotés 2° et 3°."}, want: []string{I[0], I[1], "2° Trois ;", "3° Quatre."}},
		{name: "respectivement", before: I, text: []string{ctx, "1° Le 2° est abrogé ;", "2° Les 3° et 4° sont respectivement renumérotés 2° et 3°."}, want: []string{I[0], I[1], "2° Trois ;", "3° Quatre."}},
		{name: "en", before: I, text: []string{"Le 4° de l'article L. 1 du code civil est renuméroté en 5°."}, want: []string{I[0], I[1], I[2], I[3], "5° Quatre."}},
		{name: "a paragraph", before: P, text: []string{"Le II de l'article L. 1 du code civil est renuméroté III."}, want: []string{"I. – Un.", "III. – Deux."}},
		{name: "unknown numbers: flagged", before: I, text: []string{"Les 3° et 4° de l'article L. 1 du code civil sont renumérotés en conséquence."}},
	})
	for _, tc := range []struct{ text, from, to string }{
		{"L'article L. 2 du code civil est renuméroté L. 7.", "l2", "l7"},
		{"L'article L. 2 du code civil est renuméroté article L. 7.", "l2", "l7"},
		{"Les articles L. 2 et L. 3 du code civil sont respectivement renumérotés L. 7 et L. 8.", "l3", "l8"},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{tc.text}}})
		if len(ins) != 1 || ins[0].Status != Parsed {
			t.Errorf("%q: %+v, want parsed", tc.text, ins)
			continue
		}
		e := ins[0].Edits[len(ins[0].Edits)-1]
		if e.Kind != EditRenumber || e.Scope.Ref.Article != tc.from || e.To.Article != tc.to {
			t.Errorf("%q: %+v, want %s → %s", tc.text, e, tc.from, tc.to)
		}
	}
}

// TestGrammarBill4SwappedFlagged: divisions swapped — "Les deuxième et
// troisième alinéas sont intervertis", "Les 1° et 2° sont inversés" —
// are an instruction not understood, flagged (they were passed over as
// no instruction: the article was left as it stood, unsaid).
func TestGrammarBill4SwappedFlagged(t *testing.T) {
	for _, text := range []string{
		"Les deuxième et troisième alinéas de l'article L. 1 du code civil sont intervertis.",
		"Les 1° et 2° de l'article L. 1 du code civil sont inversés.",
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{text}}})
		if len(ins) != 1 || ins[0].Status != Unparsed {
			t.Errorf("%q: %+v, want flagged", text, ins)
		}
	}
	if ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"Le comité mentionné à l'article 5 est placé auprès du Premier ministre."}}}); len(ins) != 0 {
		t.Errorf("an autonomous provision read as an instruction: %+v", ins)
	}
}

// TestGrammarBill4RaisedTo: an amount or a number raised or lowered to
// another — "le montant : « 100 € » est porté à « 200 € »", "le taux :
// « 5 % » est ramené à « 3 % »", "les montants : « … » sont portés à
// « … »" — replaces it, as "est remplacé par" does (it was refused: no
// known instruction form).
func TestGrammarBill4RaisedTo(t *testing.T) {
	A := []string{"Une amende de 100 € au taux de 5 % est due.", "Le seuil est de 10 salariés."}
	L := "Au premier alinéa de l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "porté à", before: A, text: []string{L + "le montant : « 100 € » est porté à « 200 € »."}, want: []string{"Une amende de 200 € au taux de 5 % est due.", A[1]}},
		{name: "ramené à", before: A, text: []string{L + "le taux : « 5 % » est ramené à « 3 % »."}, want: []string{"Une amende de 100 € au taux de 3 % est due.", A[1]}},
		{name: "two, et", before: A, text: []string{L + "le montant : « 100 € » est porté à « 200 € » et le taux : « 5 % » est ramené à « 3 % »."}, want: []string{"Une amende de 200 € au taux de 3 % est due.", A[1]}},
		{name: "à with a colon", before: A, text: []string{"Au second alinéa de l'article L. 1 du code civil, le nombre : « 10 » est porté à : « 20 »."}, want: []string{A[0], "Le seuil est de 20 salariés."}},
		{name: "sont portés", before: []string{"De 100 € à 100 €."}, text: []string{"À l'article L. 1 du code civil, les montants : « 100 € » sont portés à « 150 € »."}, want: []string{"De 150 € à 150 €."}},
		{name: "au nombre: refused", before: A, text: []string{"Au second alinéa de l'article L. 1 du code civil, le nombre : « 10 » est porté au nombre : « 20 »."}},
	})
}

// TestGrammarBill4InnerPartRewritten: "Le A du II est ainsi rédigé : « A.
// – … »" on "II. – A. – …" replaces the A's lines, the first taking the
// II's label back ("II. – A. – Le maire décide.") — it was refused; new
// text under another label, or none, is still refused.
func TestGrammarBill4InnerPartRewritten(t *testing.T) {
	P := []string{"I. – Un.", "II. – A. – Le maire signe :", "1° Un ;", "2° Deux.", "B. – Le juge tranche."}
	L := " du II de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "one line", before: P, text: []string{"Le A" + L + " est ainsi rédigé :", "« A. – Le maire décide. »"}, want: []string{P[0], "II. – A. – Le maire décide.", P[4]}},
		{name: "two lines", before: P, text: []string{"Le A" + L + " est ainsi rédigé :", "« A. – Le maire décide :", "« 1° Vite. »"}, want: []string{P[0], "II. – A. – Le maire décide :", "1° Vite.", P[4]}},
		{name: "a numbered part", before: []string{"I. – 1. Le contribuable déduit :", "a) Les frais ;", "b) Les dons.", "2. Le plafond est fixé.", "II. – Le taux est de 5 %."}, text: []string{"Le 1 du I de l'article L. 1 du code civil est ainsi rédigé :", "« 1. Le foyer déduit ses frais. »"}, want: []string{"I. – 1. Le foyer déduit ses frais.", "2. Le plafond est fixé.", "II. – Le taux est de 5 %."}},
		{name: "another label: refused", before: P, text: []string{"Le A" + L + " est ainsi rédigé :", "« B. – Le maire décide. »"}},
		{name: "no label: refused", before: P, text: []string{"Le A" + L + " est ainsi rédigé :", "« Le maire décide. »"}},
	})
}
