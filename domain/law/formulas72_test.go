package law

import "testing"

// TestBill6DeferredDates: the other ways a bill defers an instruction —
// "À partir du 1er janvier 2030, …", "Le 1er janvier 2030, l'article
// L. 1 est abrogé", "… est abrogé le 1er janvier 2030", "à compter du
// premier jour du sixième mois suivant …" — are refused as "à compter
// du 1er janvier 2030" is (the first was applied at once; the others
// refused as forms not read); a date in a text named is not one.
func TestBill6DeferredDates(t *testing.T) {
	A := []string{"Le maire signe."}
	op := "le mot : « maire » est remplacé par le mot : « préfet »"
	runGrammar(t, []grammarCase{
		{name: "à partir du", before: A, text: []string{"À partir du 1er janvier 2030, l'article L. 1 du code civil est abrogé."}},
		{name: "à partir du, words", before: A, text: []string{"À partir du 1er juillet 2030, à l'article L. 1 du code civil, " + op + "."}},
		{name: "le 1er janvier at the start", before: A, text: []string{"Le 1er janvier 2030, l'article L. 1 du code civil est abrogé."}},
		{name: "abrogé le", before: A, text: []string{"L'article L. 1 du code civil est abrogé le 1er janvier 2030."}},
		{name: "premier jour", before: A, text: []string{"À compter du premier jour du sixième mois suivant la promulgation de la présente loi, à l'article L. 1 du code civil, " + op + "."}},
		{name: "a context", before: A, text: []string{"À partir du 1er janvier 2030, l'article L. 1 du code civil est ainsi modifié :", "1° Le mot : « maire » est remplacé par le mot : « préfet »."}},
		{name: "a law's date is no deferral", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, tel qu'il résulte de la loi n° 2000-1 du 1er janvier 2000, " + op + "."}, want: []string{"Le préfet signe."}},
	})
}

// TestBill6HeadingCompleted: "L'intitulé de la section 2 du chapitre Ier
// … est complété par les mots : « … »" edits a heading, as "Son intitulé
// est complété …" does (it was refused: "no target article"); no
// article changes.
func TestBill6HeadingCompleted(t *testing.T) {
	for _, text := range []string{
		"L'intitulé de la section 2 du chapitre Ier du titre II du livre III du code civil est complété par les mots : « et des sûretés ».",
		"L'intitulé du chapitre II du titre III du livre Ier du code civil est complété par les mots : « et du préfet ».",
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{text}}})
		if len(ins) != 1 || ins[0].Status != Parsed || len(ins[0].Edits) != 1 || ins[0].Edits[0].Kind != EditRewriteHeading {
			t.Errorf("%s: %+v", text, ins)
		}
	}
	runGrammar(t, []grammarCase{
		{name: "no article changes", before: []string{"Le maire signe."}, text: []string{"L'intitulé du chapitre II du titre III du livre Ier du code civil est complété par les mots : « et du préfet »."}, want: []string{"Le maire signe."}},
	})
}

// TestBill6NewArticleMarkedNew: a new article's heading marked by the
// chamber that added it, "« Art. L. 1-1 (nouveau). – …", "« Art. L. 1-1
// A (nouveau). – …", is the article L. 1-1 (L. 1-1 A) (it was refused:
// no "Art. …" in the new text); the mark is not its text.
func TestBill6NewArticleMarkedNew(t *testing.T) {
	for _, tc := range []struct{ head, key string }{
		{"« Art. L. 1-1 (nouveau). – Le préfet vise. »", "l1-1"},
		{"« Art. L. 1-1 A (nouveau). – Le préfet vise. »", "l1-1 a"},
	} {
		num := map[string]string{"l1-1": "L. 1-1", "l1-1 a": "L. 1-1 A"}[tc.key]
		ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"Après l'article L. 1 du code civil, il est inséré un article " + num + " ainsi rédigé :", tc.head}}})
		got, errs := Apply(Corpus{}, ins, ApplyOptions{})
		a := got[CodeRef{Code: "code civil", Article: tc.key}]
		if len(errs) != 0 || len(a.Alineas) != 1 || a.Alineas[0] != "Le préfet vise." {
			t.Errorf("%s: %+v, errs %v, ins %+v", tc.head, a, errs, ins)
		}
	}
}

// TestBill6LooserWordForms: "est complété, in fine, par les mots" (the
// Latin between commas) and "le mot « A » est remplacé par « B »" (no
// noun before the new words, nor a colon) are read as their usual forms
// (they were refused).
func TestBill6LooserWordForms(t *testing.T) {
	A := []string{"Le maire signe.", "Le juge tranche."}
	at := "Au premier alinéa de l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "in fine between commas", before: A, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété, in fine, par les mots : « le registre »."}, want: []string{"Le maire signe le registre.", "Le juge tranche."}},
		{name: "remplacé par « B »", before: A, text: []string{at + "le mot « maire » est remplacé par « préfet »."}, want: []string{"Le préfet signe.", "Le juge tranche."}},
		{name: "remplacés par « B », plural", before: A, text: []string{at + "les mots « Le maire » sont remplacés par « Le préfet »."}, want: []string{"Le préfet signe.", "Le juge tranche."}},
	})
}

// TestBill6NewArticlesEachNamed: "sont insérés un article L. 1-1 et un
// article L. 1-2 ainsi rédigés" names both (it was refused: the new
// text's articles not those named); a third article in the text is
// still refused.
func TestBill6NewArticlesEachNamed(t *testing.T) {
	head := "Après l'article L. 1 du code civil, sont insérés un article L. 1-1 et un article L. 1-2 ainsi rédigés :"
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{head, "« Art. L. 1-1. – Un.", "« Art. L. 1-2. – Deux. »"}}})
	got, errs := Apply(Corpus{}, ins, ApplyOptions{})
	if a, b := got[CodeRef{Code: "code civil", Article: "l1-1"}], got[CodeRef{Code: "code civil", Article: "l1-2"}]; len(errs) != 0 || len(a.Alineas) != 1 || a.Alineas[0] != "Un." || len(b.Alineas) != 1 || b.Alineas[0] != "Deux." {
		t.Fatalf("%+v %+v, errs %v, ins %+v", a, b, errs, ins)
	}
	ins = ParseInstructions([]Article{{Number: "1", Alineas: []string{head, "« Art. L. 1-1. – Un.", "« Art. L. 1-2. – Deux.", "« Art. L. 1-3. – Trois. »"}}})
	if ins[0].Status != Unparsed {
		t.Fatalf("a third article: %+v", ins[0])
	}
}
