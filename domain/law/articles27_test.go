package law

import "testing"

// TestArticles27DeletedNewArticle: in a list of new articles, one
// printed as its heading and "(Supprimé)" (or "Supprimé." bare) is not
// created, the others are; the announcement (count, numbers, range) is
// judged on the whole list (it was refused: new text with parts left
// out). Every one deleted: nothing created. An article marked so in a
// rewrite, a re-establishment or a replacement stays refused
// (errPartsLeftOut), and so does one marked unchanged, bare or not ("Art.
// L. 1-2. – Non modifié." was created with that text; "Art. L. 1. –
// Supprimé." rewrote the L. 1 so).
func TestArticles27DeletedNewArticle(t *testing.T) {
	one := []string{"L1: Un."}
	after := "Après l'article L. 1 du code civil, "
	runRenum22(t, []renum22Case{
		{"two named, the second deleted", one, []string{after + "sont insérés deux articles L. 1-1 et L. 1-2 ainsi rédigés :", "« Art. L. 1-1. – A.", "« Art. L. 1-2. – (Supprimé) »"}, "l1-1: A. / l1: Un.", nil},
		{"a range, the middle one deleted", one, []string{after + "sont insérés des articles L. 1-1 à L. 1-3 ainsi rédigés :", "« Art. L. 1-1. – A.", "« Art. L. 1-2. – (Supprimé)", "« Art. L. 1-3. – C. »"}, "l1-1: A. / l1-3: C. / l1: Un.", nil},
		{"the first deleted, before", []string{"L1: Un.", "L2: Deux."}, []string{"Avant l'article L. 2 du code civil, sont insérés deux articles L. 1-1 et L. 1-2 ainsi rédigés :", "« Art. L. 1-1. – (Supprimé)", "« Art. L. 1-2. – B. »"}, "l1-2: B. / l1: Un. / l2: Deux.", nil},
		{"counted, not named", one, []string{after + "sont insérés deux articles ainsi rédigés :", "« Art. L. 1-1. – A.", "« Art. L. 1-2. – (Supprimé) »"}, "l1-1: A. / l1: Un.", nil},
		{"a deleted one of several alinéas after", one, []string{after + "sont insérés deux articles L. 1-1 et L. 1-2 ainsi rédigés :", "« Art. L. 1-1. – A.", "« B.", "« Art. L. 1-2. – (Supprimé) »"}, "l1-1: A.|B. / l1: Un.", nil},
		{"the note bare", one, []string{after + "sont insérés deux articles L. 1-1 et L. 1-2 ainsi rédigés :", "« Art. L. 1-1. – A.", "« Art. L. 1-2. – Supprimé. »"}, "l1-1: A. / l1: Un.", nil},
		{"suppression maintained", one, []string{"L'article L. 1 du code civil est complété par deux articles L. 1-1 et L. 1-2 ainsi rédigés :", "« Art. L. 1-1. – A.", "« Art. L. 1-2. – (Suppression maintenue) »"}, "l1-1: A. / l1: Un.", nil},
		{"the only one deleted", one, []string{after + "il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – (Supprimé) »"}, "l1: Un.", nil},
		{"under a head, the next item read", one, []string{"Le code civil est ainsi modifié :", "1° Après l'article L. 1, il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – (Supprimé) » ;", "2° À l'article L. 1, le mot : « Un » est remplacé par le mot : « Uno »."}, "l1: Uno.", nil},
		{"count disagreeing", one, []string{after + "sont insérés trois articles ainsi rédigés :", "« Art. L. 1-1. – A.", "« Art. L. 1-2. – (Supprimé) »"}, "l1: Un.", errArticleCount},
		{"a number not named", one, []string{after + "sont insérés deux articles L. 1-1 et L. 1-2 ainsi rédigés :", "« Art. L. 1-1. – A.", "« Art. L. 1-3. – (Supprimé) »"}, "l1: Un.", errNewArticlesNotNamed},
		{"another marked unchanged", one, []string{after + "sont insérés deux articles L. 1-1 et L. 1-2 ainsi rédigés :", "« Art. L. 1-1. – (Non modifié)", "« Art. L. 1-2. – (Supprimé) »"}, "l1: Un.", errPartsLeftOut},
		{"unchanged, bare", one, []string{after + "sont insérés deux articles L. 1-1 et L. 1-2 ainsi rédigés :", "« Art. L. 1-1. – A.", "« Art. L. 1-2. – Non modifié. »"}, "l1: Un.", errPartsLeftOut},
		{"a deleted article with text after", one, []string{after + "sont insérés deux articles L. 1-1 et L. 1-2 ainsi rédigés :", "« Art. L. 1-1. – A.", "« Art. L. 1-2. – (Supprimé)", "« B. »"}, "l1: Un.", errPartsLeftOut},
		{"rewritten as deleted", one, []string{"L'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1. – (Supprimé) »"}, "l1: Un.", errPartsLeftOut},
		{"rewritten as deleted, bare", one, []string{"L'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1. – Supprimé. »"}, "l1: Un.", errPartsLeftOut},
		{"re-established as deleted", one, []string{"L'article L. 1 du code civil est ainsi rétabli :", "« Art. L. 1. – (Supprimé) »"}, "l1: Un.", errPartsLeftOut},
		{"replaced by two, one deleted", one, []string{"L'article L. 1 du code civil est remplacé par deux articles L. 1 et L. 1-1 ainsi rédigés :", "« Art. L. 1. – A.", "« Art. L. 1-1. – (Supprimé) »"}, "l1: Un.", errPartsLeftOut},
		{"rewritten together, one deleted", []string{"L1: Un.", "L2: Deux."}, []string{"Les articles L. 1 et L. 2 du code civil sont ainsi rédigés :", "« Art. L. 1. – A.", "« Art. L. 2. – (Supprimé) »"}, "l1: Un. / l2: Deux.", errPartsLeftOut},
	})
}

// TestArticles27InsertedInTheCode: "Il est inséré (rétabli, ajouté) dans
// le code civil un article L. 1 ainsi rédigé" places the new article in
// the code (it was refused at apply: "dans le code civil" read as every
// article, "only words can be edited in a whole code"); one in force
// under that number stays refused at apply.
func TestArticles27InsertedInTheCode(t *testing.T) {
	runRenum22(t, []renum22Case{
		{"inserted", []string{"L2: Deux."}, []string{"Il est inséré dans le code civil un article L. 1 ainsi rédigé :", "« Art. L. 1. – A. »"}, "l1: A. / l2: Deux.", nil},
		{"re-established", []string{"L2: Deux."}, []string{"Il est rétabli dans le code civil un article L. 1 ainsi rédigé :", "« Art. L. 1. – A. »"}, "l1: A. / l2: Deux.", nil},
		{"two added, one deleted", []string{"L1: Un."}, []string{"Il est ajouté dans le code civil deux articles L. 8 et L. 9 ainsi rédigés :", "« Art. L. 8. – A.", "« Art. L. 9. – (Supprimé) »"}, "l1: Un. / l8: A.", nil},
		{"in force", []string{"L1: Un."}, []string{"Il est inséré dans le code civil un article L. 1 ainsi rédigé :", "« Art. L. 1. – A. »"}, "l1: Un.", errApplyLayout26},
	})
}
