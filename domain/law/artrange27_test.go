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
		{name: "the range announced: refused", arts: []string{"L1: Le juge statue."},
			lines: []string{"Après l'article L. 1 du code civil, sont insérés des articles L. 1-1 à L. 1-6 ainsi rédigés :", "« Art. L. 1-1. – Le maire signe.", "« Art. L. 1-2. – Le clerc lit.", "« Art. L. 1-3 à L. 1-6. – (Supprimé) »"},
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
