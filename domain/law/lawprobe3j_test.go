package law

import "testing"

// TestProbe3MoreArticles: probes of a bill's instructions over articles
// inserted (one in force, or under another number: refused), re-established
// (the corpus may hold an abrogated article's last text: overwritten),
// articles of a law named by its number, in a law's context, after a
// code ("de la même loi" then refused), a law known by its date alone
// (refused), and several articles as a context.
func TestProbe3MoreArticles(t *testing.T) {
	m := func(s ...string) []string { return s }
	lcen := "loi n° 2004-575|3"
	runLaw3(t, []law3Case{
		{name: "deux articles insérés", arts: map[string][]string{"L2": m("Le maire signe."), "L3": m("Le juge part.")},
			text: []string{"Après l'article L. 2 du code civil, sont insérés des articles L. 2-1 et L. 2-2 ainsi rédigés :", "« Art. L. 2-1. – Le greffier vient.", "« Art. L. 2-2. – Le préfet vient. »"},
			want: map[string][]string{"L2-1": m("Le greffier vient."), "L2-2": m("Le préfet vient.")}},
		{name: "article inséré, in force: refused", arts: map[string][]string{"L2": m("Le maire signe."), "L2-1": m("Le juge part.")},
			text: []string{"Après l'article L. 2 du code civil, il est inséré un article L. 2-1 ainsi rédigé :", "« Art. L. 2-1. – Le greffier vient. »"}},
		{name: "article rétabli, its last text held", arts: map[string][]string{"L3": m("Le juge part.")},
			text: []string{"L'article L. 3 du code civil est ainsi rétabli :", "« Art. L. 3. – Le greffier vient. »"},
			want: map[string][]string{"L3": m("Le greffier vient.")}},
		{name: "article inséré, heading another number: refused", arts: map[string][]string{"L2": m("Le maire signe.")},
			text: []string{"Après l'article L. 2 du code civil, il est inséré un article L. 2-1 ainsi rédigé :", "« Art. L. 2-2. – Le greffier vient. »"}},
		{name: "law article completed by an alinéa", arts: map[string][]string{lcen: m("Le maire signe.")},
			text: []string{"L'article 3 de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique est complété par un alinéa ainsi rédigé :", "« Le juge part. »"},
			want: map[string][]string{lcen: m("Le maire signe.", "Le juge part.")}},
		{name: "a law known by its date only: refused", arts: map[string][]string{"loi n° 1881-0|12": m("Le maire signe.")},
			text: []string{"Au premier alinéa de l'article 12 de la loi du 29 juillet 1881 sur la liberté de la presse, le mot : « maire » est remplacé par le mot : « préfet »."}},
		{name: "the law's article and then the code", arts: map[string][]string{lcen: m("Le maire signe."), "L1": m("Le maire part.")},
			text: []string{"I. – À l'article 3 de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique, le mot : « maire » est remplacé par le mot : « préfet ».", "II. – À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « juge »."},
			want: map[string][]string{lcen: m("Le préfet signe."), "L1": m("Le juge part.")}},
		{name: "de la même loi after a code: refused", arts: map[string][]string{lcen: m("Le maire signe."), "L1": m("Le maire part.")},
			text: []string{"I. – À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « juge ».", "II. – À l'article 3 de la même loi, le mot : « maire » est remplacé par le mot : « préfet »."}},
		{name: "l'article 3 alone under a law's context", arts: map[string][]string{lcen: m("Le maire signe."), "loi n° 2004-575|4": m("Le juge part.")},
			text: []string{"La loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique est ainsi modifiée :", "1° L'article 3 est complété par les mots : « ici » ;", "2° Au début de l'article 4, sont ajoutés les mots : « Sauf urgence, »."},
			want: map[string][]string{lcen: m("Le maire signe ici."), "loi n° 2004-575|4": m("Sauf urgence, le juge part.")}},
		{name: "articles of a law, 1er", arts: map[string][]string{"loi n° 2004-575|1": m("Le maire signe.")},
			text: []string{"Le premier alinéa de l'article 1er de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique est complété par les mots : « ici »."},
			want: map[string][]string{"loi n° 2004-575|1": m("Le maire signe ici.")}},
		{name: "several articles as a context, one missing its alinéa: refused", arts: map[string][]string{"L1": m("Le maire signe.", "Le juge part."), "L2": m("Le maire vient.")},
			text: []string{"Les articles L. 1 et L. 2 du code civil sont ainsi modifiés :", "1° Au second alinéa, le mot : « juge » est remplacé par le mot : « greffier »."}},
	})
}
