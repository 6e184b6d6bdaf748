package law

import "testing"

// TestLists30EachArticleItems: a head naming several articles, its items
// and their sub-items each read on each article ("Les articles L. 1 et
// L. 2 sont ainsi modifiés :", "1° Au premier alinéa :", "a) …"); a
// sub-item whose words one article lacks is refused for it
// (errApplyWordsNotFound26), the other article edited.
func TestLists30EachArticleItems(t *testing.T) {
	arts := []string{"L1: Le juge statue.|Le maire décide.", "L2: Le préfet agit.|Le maire signe."}
	runRenum22(t, []renum22Case{
		{name: "sub-items on each", arts: arts,
			lines: []string{"Les articles L. 1 et L. 2 du code civil sont ainsi modifiés :", "1° Au premier alinéa :", "a) Les mots : « Le » sont remplacés par les mots : « Un » ;", "b) À la fin, sont ajoutés les mots : « seul » ;", "2° Le second alinéa est supprimé."},
			want:  "l1: Un juge statue seul. / l2: Un préfet agit seul."},
		{name: "words one lacks", arts: arts,
			lines: []string{"Les articles L. 1 et L. 2 du code civil sont ainsi modifiés :", "1° Au premier alinéa, le mot : « juge » est remplacé par le mot : « tribunal » ;", "2° Le second alinéa est supprimé."},
			want:  "l1: Le tribunal statue. / l2: Le préfet agit.", err: errApplyWordsNotFound26},
	})
}

// TestLists30ItemPlaces: the places inside a list read as the law says
// them: an alinéa between two items is the first's ("2° Deux ;",
// "Texte.", "3° …": deleted with it); the last item repealed keeps its
// place and the list's final period ("3° (Abrogé).", the 2° keeps its
// " ;"), as a new last item takes it ("complété par un 3°": "2° Deux ;",
// "3° Trois."); a range of items repealed; relabelling after a repeal;
// the end of a sub-item; an item rewritten with its sub-items; new items
// announced by count and given fewer, refused (errAnnouncedLabelDiffers).
func TestLists30ItemPlaces(t *testing.T) {
	const code = " de l'article L. 1 du code civil"
	five := "L1: Il est créé :|1° Un ;|2° Deux ;|3° Trois ;|4° Quatre ;|5° Cinq."
	runRenum22(t, []renum22Case{
		{name: "between two items", arts: []string{"L1: Il est créé :|1° Un ;|2° Deux ;|Texte.|3° Trois.|Le maire décide."},
			lines: []string{"Le 2°" + code + " est supprimé."},
			want:  "l1: Il est créé :|1° Un ;|2° (Abrogé) ;|3° Trois.|Le maire décide."},
		{name: "last item repealed", arts: []string{"L1: Il est créé :|1° Un ;|2° Deux ;|3° Trois."},
			lines: []string{"Le 3°" + code + " est abrogé."},
			want:  "l1: Il est créé :|1° Un ;|2° Deux ;|3° (Abrogé)."},
		{name: "new last item", arts: []string{"L1: Il est créé :|1° Un ;|2° Deux."},
			lines: []string{"L'article L. 1 du code civil est complété par un 3° ainsi rédigé :", "« 3° Trois. »"},
			want:  "l1: Il est créé :|1° Un ;|2° Deux ;|3° Trois."},
		{name: "range repealed", arts: []string{five},
			lines: []string{"Les 2° à 4°" + code + " sont abrogés."},
			want:  "l1: Il est créé :|1° Un ;|2° (Abrogé) ;|3° (Abrogé) ;|4° (Abrogé) ;|5° Cinq."},
		{name: "repeal then relabel", arts: []string{"L1: Il est créé :|1° Un ;|2° Deux ;|3° Trois ;|4° Quatre."},
			lines: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le 2° est abrogé ;", "2° Le 3° devient le 2° et le 4° devient le 3°."},
			want:  "l1: Il est créé :|1° Un ;|2° Trois ;|3° Quatre."},
		{name: "end of a sub-item", arts: []string{"L1: Il est créé :|1° Un ;|2° Deux :|a) A ;|b) B.|3° Trois."},
			lines: []string{"À la fin du b du 2°" + code + ", sont ajoutés les mots : « et C »."},
			want:  "l1: Il est créé :|1° Un ;|2° Deux :|a) A ;|b) B et C.|3° Trois."},
		{name: "rewritten with sub-items", arts: []string{"L1: Il est créé :|1° Un ;|2° Deux.|3° Trois."},
			lines: []string{"Le 2°" + code + " est ainsi rédigé :", "« 2° Deux :", "« a) A ;", "« b) B ; »."},
			want:  "l1: Il est créé :|1° Un ;|2° Deux :|a) A ;|b) B ;|3° Trois."},
		{name: "two new items", arts: []string{five},
			lines: []string{"Après le 5°" + code + ", sont ajoutés des 6° et 7° ainsi rédigés :", "« 6° Six ;", "« 7° Sept. »"},
			want:  "l1: Il est créé :|1° Un ;|2° Deux ;|3° Trois ;|4° Quatre ;|5° Cinq ;|6° Six ;|7° Sept."},
		{name: "two announced, one given", arts: []string{five},
			lines: []string{"L'article L. 1 du code civil est complété par des 6° et 7° ainsi rédigés :", "« 6° Six. »"},
			want:  "l1: " + five[4:], err: errAnnouncedLabelDiffers},
	})
}
