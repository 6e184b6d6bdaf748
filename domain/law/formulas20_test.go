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
