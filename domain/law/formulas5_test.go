package law

import "testing"

// TestGrammarFormulas5 holds more of the standard formulas, one short
// phrase each, with four rules of the language the earlier tests did not
// hold: a head announcing several alinéas takes quoted alinéas that each
// close their own quotation; a word operation may name its place last
// ("… est remplacé par le mot : « B » à l'article L. 1"); new words may be
// named before their anchor ("les mots : « B » sont insérés après le mot :
// « A »"); a division may be "précédé d'un alinéa ainsi rédigé".
func TestGrammarFormulas5(t *testing.T) {
	B := []string{"Le maire agit seul.", "Le préfet décide. Le juge tranche. Le greffier note.", "Le contrat est écrit."}
	I := []string{"I. – Le maire agit.", "1° Le préfet décide ;", "2° Le juge tranche ;", "3° Le greffier note.", "II. – Le contrat est écrit."}
	A := "l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "second alinéa", before: []string{"Le maire agit.", "Le préfet décide."}, text: []string{"Au second alinéa de " + A + ", le mot : « décide » est remplacé par le mot : « tranche »."}, want: []string{"Le maire agit.", "Le préfet tranche."}},
		{name: "avant-dernier supprimé", before: B, text: []string{"L'avant-dernier alinéa de " + A + " est supprimé."}, want: []string{B[0], B[2]}},
		{name: "dernier remplacé par deux", before: B, text: []string{"Le dernier alinéa de " + A + " est remplacé par deux alinéas ainsi rédigés :", "« X. »", "« Y. »"}, want: []string{B[0], B[1], "X.", "Y."}},
		{name: "sont insérés deux alinéas", before: B, text: []string{"Après le premier alinéa de " + A + ", sont insérés deux alinéas ainsi rédigés :", "« X. »", "« Y. »"}, want: []string{B[0], "X.", "Y.", B[1], B[2]}},
		{name: "dernière phrase du deuxième alinéa supprimée", before: B, text: []string{"La dernière phrase du deuxième alinéa de " + A + " est supprimée."}, want: []string{B[0], "Le préfet décide. Le juge tranche.", B[2]}},
		{name: "première phrase complétée", before: B, text: []string{"La première phrase du deuxième alinéa de " + A + " est complétée par les mots : « vite »."}, want: []string{B[0], "Le préfet décide vite. Le juge tranche. Le greffier note.", B[2]}},
		{name: "mots A et B supprimés", before: []string{"Le maire agit seul et vite."}, text: []string{"Au premier alinéa de " + A + ", les mots : « seul » et « et vite » sont supprimés."}, want: []string{"Le maire agit."}},
		{name: "remplacé et inséré", before: []string{"Le maire agit seul."}, text: []string{"Au premier alinéa de " + A + ", le mot : « maire » est remplacé par le mot : « préfet » et, après le mot : « agit », sont insérés les mots : « toujours »."}, want: []string{"Le préfet agit toujours seul."}},
		{name: "2° du I abrogé keeps its label, as Légifrance prints it", before: I, text: []string{"Le 2° du I de " + A + " est abrogé."}, want: []string{I[0], I[1], "2° (Abrogé) ;", I[3], I[4]}},
		{name: "complété par un III", before: I, text: []string{A[0:1] + "'article L. 1 du code civil est complété par un III ainsi rédigé :", "« III. – Le juge décide. »"}, want: append(append([]string{}, I...), "III. – Le juge décide.")},
		{name: "2° bis inséré", before: I, text: []string{"Après le 2° du I de " + A + ", il est inséré un 2° bis ainsi rédigé :", "« 2° bis Le notaire signe ; »"}, want: []string{I[0], I[1], I[2], "2° bis Le notaire signe ;", I[3], I[4]}},
		{name: "articles range abrogés", before: B, more: map[string][]string{"L2": {"X."}, "L3": {"Y."}}, text: []string{"Les articles L. 1 à L. 3 du code civil sont abrogés."}, want: []string{}},
		{name: "aux premier et dernier alinéas", before: []string{"Le maire agit.", "Le juge agit.", "Le maire tranche."}, text: []string{"Aux premier et dernier alinéas de " + A + ", le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Le préfet agit.", "Le juge agit.", "Le préfet tranche."}},
		{name: "aux 1° et 2°", before: I, text: []string{"Aux 1° et 2° du I de " + A + ", le mot : « Le » est remplacé par le mot : « Un »."}, want: []string{I[0], "1° Un préfet décide ;", "2° Un juge tranche ;", I[3], I[4]}},
		{name: "deuxième et troisième phrases supprimées", before: B, text: []string{"Les deuxième et troisième phrases du deuxième alinéa de " + A + " sont supprimées."}, want: []string{B[0], "Le préfet décide.", B[2]}},
		{name: "trois derniers alinéas supprimés", before: []string{"A.", "B.", "C.", "D."}, text: []string{"Les trois derniers alinéas de " + A + " sont supprimés."}, want: []string{"A."}},
		{name: "deux premiers alinéas remplacés", before: []string{"A.", "B.", "C."}, text: []string{"Les deux premiers alinéas de " + A + " sont remplacés par un alinéa ainsi rédigé :", "« X. »"}, want: []string{"X.", "C."}},
		{name: "remplacé par les dispositions suivantes", before: B, text: []string{"Le premier alinéa de " + A + " est remplacé par les dispositions suivantes :", "« X. »"}, want: []string{"X.", B[1], B[2]}},
		{name: "locator at end", before: []string{"Le maire agit."}, text: []string{"Le mot : « maire » est remplacé par le mot : « préfet » à " + A + "."}, want: []string{"Le préfet agit."}},
		{name: "il est inséré le mot", before: []string{"Le maire agit."}, text: []string{"Au premier alinéa de " + A + ", après le mot : « maire », il est inséré le mot : « adjoint »."}, want: []string{"Le maire adjoint agit."}},
		{name: "words inserted after", before: []string{"Le maire agit."}, text: []string{"Au premier alinéa de " + A + ", les mots : « et ses adjoints » sont insérés après le mot : « maire »."}, want: []string{"Le maire et ses adjoints agit."}},
		{name: "avant le mot", before: []string{"Le maire agit."}, text: []string{"Au premier alinéa de " + A + ", avant le mot : « agit », sont insérés les mots : « seul »."}, want: []string{"Le maire seul agit."}},
		{name: "mots remplacés aux articles", before: []string{"Le maire agit."}, more: map[string][]string{"L2": {"Le maire tranche."}}, text: []string{"Les mots : « Le maire » sont remplacés par les mots : « Le préfet » aux articles L. 1 et L. 2 du code civil."}, want: []string{"Le préfet agit."}},
		{name: "la seconde occurrence", before: []string{"Le maire et le maire adjoint."}, text: []string{"À " + A + ", la seconde occurrence du mot : « maire » est remplacée par le mot : « préfet »."}, want: []string{"Le maire et le préfet adjoint."}},
		{name: "mots A, B et C supprimés", before: []string{"Le maire agit seul vite et bien."}, text: []string{"Au premier alinéa de " + A + ", les mots : « seul », « vite » et « et bien » sont supprimés."}, want: []string{"Le maire agit."}},
		{name: "le mot sans deux-points", before: []string{"Le maire agit."}, text: []string{"Au premier alinéa de " + A + ", le mot « maire » est remplacé par le mot « préfet »."}, want: []string{"Le préfet agit."}},
		{name: "précédé d'un alinéa", before: []string{"Le maire agit."}, text: []string{"L'article L. 1 du code civil est précédé d'un alinéa ainsi rédigé :", "« X. »"}, want: []string{"X.", "Le maire agit."}},
		{name: "après le mot la fin du premier alinéa est ainsi rédigée", before: []string{"Le maire agit seul.", "B."}, text: []string{"Après le mot : « agit », la fin du premier alinéa de " + A + " est ainsi rédigée : « avec le préfet. »"}, want: []string{"Le maire agit avec le préfet.", "B."}},
		{name: "à la fin, les mots", before: []string{"Le maire agit seul et le juge seul."}, text: []string{"À la fin du premier alinéa de " + A + ", les mots : « seul » sont remplacés par les mots : « en dernier »."}, want: []string{"Le maire agit seul et le juge en dernier."}},
		{name: "le I complété par un alinéa", before: I, text: []string{"Le I de " + A + " est complété par un alinéa ainsi rédigé :", "« Le notaire signe. »"}, want: []string{I[0], I[1], I[2], I[3], "Le notaire signe.", I[4]}},
		{name: "les 2° et 3° abrogés", before: I, text: []string{"Les 2° et 3° du I de " + A + " sont abrogés."}, want: []string{I[0], I[1], "2° (Abrogé) ;", "3° (Abrogé).", I[4]}},
		{name: "au a du 1°", before: []string{"1° Le maire :", "a) agit ;", "b) décide.", "2° Le juge."}, text: []string{"Au a du 1° de " + A + ", le mot : « agit » est remplacé par le mot : « signe »."}, want: []string{"1° Le maire :", "a) signe ;", "b) décide.", "2° Le juge."}},
		{name: "la référence par les références", before: []string{"Selon l'article L. 2."}, text: []string{"À " + A + ", la référence : « L. 2 » est remplacée par les références : « L. 2 et L. 3 »."}, want: []string{"Selon l'article L. 2 et L. 3."}},
		{name: "les mots par le mot", before: []string{"Le maire de la commune agit."}, text: []string{"À " + A + ", les mots : « de la commune » sont remplacés par le mot : « communal »."}, want: []string{"Le maire communal agit."}},
		{name: "est ainsi modifié a) b)", before: B, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "a) Le premier alinéa est supprimé ;", "b) Au dernier alinéa, le mot : « écrit » est remplacé par le mot : « oral »."}, want: []string{B[1], "Le contrat est oral."}},
		{name: "premier alinéa ainsi modifié 1° 2°", before: B, text: []string{"Le premier alinéa de " + A + " est ainsi modifié :", "1° Le mot : « seul » est supprimé ;", "2° Est ajoutée une phrase ainsi rédigée : « Il signe. »"}, want: []string{"Le maire agit. Il signe.", B[1], B[2]}},
		{name: "sont abrogées les dispositions", before: B, text: []string{"Les dispositions de " + A + " sont abrogées."}, want: []string{}},
		{name: "au début est ajouté un alinéa", before: []string{"Le maire agit."}, text: []string{"Au début de " + A + ", il est ajouté un alinéa ainsi rédigé :", "« X. »"}, want: []string{"X.", "Le maire agit."}},
		{name: "dernier alinéa complété par les mots", before: B, text: []string{"Le dernier alinéa de " + A + " est complété par les mots : « et signé »."}, want: []string{B[0], B[1], "Le contrat est écrit et signé."}},
		{name: "3° rétabli", before: []string{"1° A ;", "2° B ;", "3° (Abrogé)", "4° D."}, text: []string{"Le 3° de " + A + " est rétabli dans la rédaction suivante :", "« 3° C ; »"}, want: []string{"1° A ;", "2° B ;", "3° C ;", "4° D."}},
		{name: "les 1° à 3° supprimés: each keeps its label", before: I, text: []string{"Les 1° à 3° du I de " + A + " sont supprimés."}, want: []string{I[0], "1° (Abrogé) ;", "2° (Abrogé) ;", "3° (Abrogé).", I[4]}},
		{name: "deuxième phrase du 1°", before: []string{"1° Le préfet décide. Il signe ;", "2° B."}, text: []string{"À la deuxième phrase du 1° de " + A + ", le mot : « signe » est remplacé par le mot : « note »."}, want: []string{"1° Le préfet décide. Il note ;", "2° B."}},
		{name: "les mots … et les mots … sont supprimés", before: []string{"Le maire seul agit vite."}, text: []string{"Au premier alinéa de " + A + ", les mots : « seul » et les mots : « vite » sont supprimés."}, want: []string{"Le maire agit."}},
		{name: "remplacé par trois alinéas", before: []string{"A.", "B."}, text: []string{"Le second alinéa de " + A + " est remplacé par trois alinéas ainsi rédigés :", "« X. »", "« Y. »", "« Z. »"}, want: []string{"A.", "X.", "Y.", "Z."}},
		{name: "les deux dernières phrases", before: B, text: []string{"Les deux dernières phrases du deuxième alinéa de " + A + " sont supprimées."}, want: []string{B[0], "Le préfet décide.", B[2]}},
		{name: "est complété par une phrase ainsi rédigée", before: B, text: []string{"Le premier alinéa de " + A + " est complété par une phrase ainsi rédigée : « Il signe. »"}, want: []string{"Le maire agit seul. Il signe.", B[1], B[2]}},
		{name: "sont ajoutés deux alinéas", before: []string{"A."}, text: []string{"L'article L. 1 du code civil est complété par deux alinéas ainsi rédigés :", "« X. »", "« Y. »"}, want: []string{"A.", "X.", "Y."}},
		{name: "words put at the start: the next word loses its capital", before: []string{"Le maire agit."}, text: []string{"Au début du premier alinéa de " + A + ", sont ajoutés les mots : « Sauf urgence, »."}, want: []string{"Sauf urgence, le maire agit."}},
		{name: "le I devient II", before: []string{"I. – A.", "II. – B."}, text: []string{"Le II de " + A + " devient le III."}, want: []string{"I. – A.", "III. – B."}},
		{name: "après le troisième alinéa du I", before: I, text: []string{"Après le 1° du I de " + A + ", sont insérés un 1° bis et un 1° ter ainsi rédigés :", "« 1° bis X ; »", "« 1° ter Y ; »"}, want: []string{I[0], I[1], "1° bis X ;", "1° ter Y ;", I[2], I[3], I[4]}},
		{name: "a locator inside the quoted words is not the place", before: []string{"Le maire agit à l'article L. 2."}, text: []string{"À " + A + ", les mots : « à l'article L. 2 » sont supprimés."}, want: []string{"Le maire agit."}},
		{name: "les mots sont insérés avant le mot", before: []string{"Le maire agit."}, text: []string{"À " + A + ", les mots : « seul et » sont insérés avant le mot : « agit »."}, want: []string{"Le maire seul et agit."}},
		{name: "le premier alinéa est précédé d'un alinéa", before: []string{"A.", "B."}, text: []string{"Le second alinéa de " + A + " est précédé d'un alinéa ainsi rédigé :", "« X. »"}, want: []string{"A.", "X.", "B."}},
	})
}

// TestSingularHeadTakesOneQuotation: a head announcing one alinéa does not
// take a second quoted alinéa after its quotation closed; that alinéa is
// flagged as quoted text without an instruction, never dropped, and the
// head is refused (TestGuard93OneAnnouncedTwoQuoted).
func TestSingularHeadTakesOneQuotation(t *testing.T) {
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{
		"Le premier alinéa de l'article L. 1 du code civil est remplacé par un alinéa ainsi rédigé :", "« X. »", "« Y. »"}}})
	if len(ins) != 2 || ins[0].Status != Unparsed || ins[0].Payload != 1 || ins[1].Status != Unparsed || ins[1].Text != "« Y. »" {
		t.Fatalf("got %+v", ins)
	}
	ins = ParseInstructions([]Article{{Number: "1er", Alineas: []string{
		"Le premier alinéa de l'article L. 1 du code civil est remplacé par deux alinéas ainsi rédigés :", "« X. »", "« Y. »"}}})
	if len(ins) != 1 || ins[0].Status != Parsed || ins[0].Payload != 2 {
		t.Fatalf("got %+v", ins)
	}
}
