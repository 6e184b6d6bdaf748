package law

import "testing"

// A range of new articles deleted during the shuttle is not created; a
// new article quoting another article's text is one article.
func TestArtRange27(t *testing.T) {
	ins := "Après l'article L. 1 du code civil, sont insérés deux articles L. 1-1 et L. 1-2 ainsi rédigés :"
	runRenum22(t, []renum22Case{
		{name: "a deleted range at the end", arts: []string{"L1: Le juge statue."},
			lines: []string{ins, "« Art. L. 1-1. – Le maire signe.", "« Art. L. 1-2. – Le clerc lit.", "« Art. L. 1-3 à L. 1-6. – (Supprimé) »"},
			want:  "l1-1: Le maire signe. / l1-2: Le clerc lit. / l1: Le juge statue."},
		{name: "a deleted range between two", arts: []string{"L1: Le juge statue."},
			lines: []string{ins, "« Art. L. 1-1. – Le maire signe.", "« Art. L. 1-3 à L. 1-6. – (Supprimé)", "« Art. L. 1-2. – Le clerc lit. »"},
			want:  "l1-1: Le maire signe. / l1-2: Le clerc lit. / l1: Le juge statue."},
		{name: "text after a deleted range: refused", arts: []string{"L1: Le juge statue."},
			lines: []string{ins, "« Art. L. 1-1. – Le maire signe.", "« Art. L. 1-2. – Le clerc lit.", "« Art. L. 1-3 à L. 1-6. – (Supprimé)", "« Le juge part. »"},
			want:  "l1: Le juge statue.", err: errNewArticleHeadingUnread},
		// The announcement names the deleted ones with the others
		// (artrange28), as it names one article marked deleted
		// (articles27).
		{name: "the range announced", arts: []string{"L1: Le juge statue."},
			lines: []string{"Après l'article L. 1 du code civil, sont insérés des articles L. 1-1 à L. 1-6 ainsi rédigés :", "« Art. L. 1-1. – Le maire signe.", "« Art. L. 1-2. – Le clerc lit.", "« Art. L. 1-3 à L. 1-6. – (Supprimé) »"},
			want:  "l1-1: Le maire signe. / l1-2: Le clerc lit. / l1: Le juge statue."},
		{name: "the range announced, a list deleted", arts: []string{"L1: Le juge statue."},
			lines: []string{"Après l'article L. 1 du code civil, sont insérés des articles L. 1-1 à L. 1-4 ainsi rédigés :", "« Art. L. 1-1. – Le maire signe.", "« Art. L. 1-2. – Le clerc lit.", "« Art. L. 1-3 et L. 1-4. – (Supprimés) »"},
			want:  "l1-1: Le maire signe. / l1-2: Le clerc lit. / l1: Le juge statue."},
		{name: "a list announced, a list of three deleted", arts: []string{"L1: Le juge statue."},
			lines: []string{"Après l'article L. 1 du code civil, sont insérés des articles L. 1-1, L. 1-2, L. 1-3 et L. 1-4 ainsi rédigés :", "« Art. L. 1-1. – Le maire signe.", "« Art. L. 1-2, L. 1-3 et L. 1-4. – (Supprimés) »"},
			want:  "l1-1: Le maire signe. / l1: Le juge statue."},
		{name: "a range deleted between two announced", arts: []string{"L1: Le juge statue."},
			lines: []string{"Après l'article L. 1 du code civil, sont insérés des articles L. 1-1 à L. 1-5 ainsi rédigés :", "« Art. L. 1-1. – Le maire signe.", "« Art. L. 1-2 à L. 1-4. – (Supprimés)", "« Art. L. 1-5. – Le clerc lit. »"},
			want:  "l1-1: Le maire signe. / l1-5: Le clerc lit. / l1: Le juge statue."},
		{name: "an article announced neither given nor deleted: refused", arts: []string{"L1: Le juge statue."},
			lines: []string{"Après l'article L. 1 du code civil, sont insérés des articles L. 1-1 à L. 1-5 ainsi rédigés :", "« Art. L. 1-1. – Le maire signe.", "« Art. L. 1-2 à L. 1-3. – (Supprimés)", "« Art. L. 1-5. – Le clerc lit. »"},
			want:  "l1: Le juge statue.", err: errNewArticlesNotNamed},
		{name: "a count the deleted ones do not make up: refused", arts: []string{"L1: Le juge statue."},
			lines: []string{"Après l'article L. 1 du code civil, sont insérés trois articles L. 1-1 à L. 1-3 ainsi rédigés :", "« Art. L. 1-1. – Le maire signe.", "« Art. L. 1-2. – Le clerc lit. »"},
			want:  "l1: Le juge statue.", err: errNewArticlesNotNamed},
		{name: "a deleted range in a rewrite: refused", arts: []string{"L1: Le juge statue."},
			lines: []string{"L'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1. – Le maire signe.", "« Art. L. 1-3 à L. 1-6. – (Supprimé) »"},
			want:  "l1: Le juge statue.", err: errPartsLeftOut},
		{name: "an article quoted inside a new article", arts: []string{"L1: Le juge statue."},
			lines: []string{ins, "« Art. L. 1-1. – Pour son application outre-mer, le chapitre II est ainsi adapté :", "« 1° L'article L. 5 est ainsi rédigé :", "« « Art. L. 5. – Le conseil siège. » ;", "« 2° L'article L. 6 n'est pas applicable.", "« Art. L. 1-2. – Le clerc lit. »"},
			want:  "l1-1: Pour son application outre-mer, le chapitre II est ainsi adapté :|1° L'article L. 5 est ainsi rédigé :|« Art. L. 5. – Le conseil siège. » ;|2° L'article L. 6 n'est pas applicable. / l1-2: Le clerc lit. / l1: Le juge statue."},
		{name: "three articles given for two: refused", arts: []string{"L1: Le juge statue."},
			lines: []string{"Après l'article L. 1 du code civil, sont insérés deux articles ainsi rédigés :", "« Art. L. 1-1. – Le maire signe.", "« Art. L. 1-2. – Le clerc lit.", "« Art. L. 1-3. – Le préfet vise. »"},
			want:  "l1: Le juge statue.", err: errArticleCount},
	})
}
