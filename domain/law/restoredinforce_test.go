package law

import "testing"

// TestRestoredArticleInForce: "rétabli" is said of an article repealed,
// and the law's word is taken over the corpus's: an article re-established
// ("L'article L. 2 est ainsi rétabli :", "… est rétabli dans la rédaction
// suivante", "Les articles L. 5 et L. 6 sont ainsi rétablis", "il est
// rétabli un article L. 2 ainsi rédigé") is made again even where the
// corpus still holds a text under its number. A consolidated corpus may
// keep a repealed article's old text (loi 2010-874 re-establishes L. 119
// of the livre des procédures fiscales, which its corpus still holds with
// an older text, about an ordonnance of 1945; Légifrance's consolidation
// replaces it). A new
// article inserted onto one in force ("il est inséré un article L. 2") is
// refused: that form does not say the number was free. An item
// re-established in force ("Le 3° est ainsi rétabli") is refused too,
// as its place among the items is then not known.
func TestRestoredArticleInForce(t *testing.T) {
	restored := []string{"L'article L. 2 du code civil est ainsi rétabli :", "« Art. L. 2. – Deux. »"}
	runLaw3(t, []law3Case{
		{name: "restored, a text under its number", arts: map[string][]string{"L1": {"Un."}, "L2": {"Vieux."}},
			text: restored, want: map[string][]string{"L1": {"Un."}, "L2": {"Deux."}}},
		{name: "restored, absent", arts: map[string][]string{"L1": {"Un."}},
			text: restored, want: map[string][]string{"L1": {"Un."}, "L2": {"Deux."}}},
		{name: "restored, repealed", arts: map[string][]string{"L1": {"Un."}, "L2": {"(Abrogé)"}},
			text: restored, want: map[string][]string{"L1": {"Un."}, "L2": {"Deux."}}},
		{name: "in the other form", arts: map[string][]string{"L2": {"Vieux."}},
			text: []string{"L'article L. 2 du code civil est rétabli dans la rédaction suivante :", "« Art. L. 2. – Deux. »"},
			want: map[string][]string{"L2": {"Deux."}}},
		{name: "a list", arts: map[string][]string{"L4": {"Quatre."}, "L6": {"Vieux."}},
			text: []string{"Les articles L. 5 et L. 6 du code civil sont ainsi rétablis :", "« Art. L. 5. – Cinq.", "« Art. L. 6. – Six. »"},
			want: map[string][]string{"L4": {"Quatre."}, "L5": {"Cinq."}, "L6": {"Six."}}},
		{name: "il est rétabli, a text under its number", arts: map[string][]string{"L1": {"Un."}, "L2": {"Vieux."}},
			text: []string{"Après l'article L. 1 du code civil, il est rétabli un article L. 2 ainsi rédigé :", "« Art. L. 2. – Deux. »"},
			want: map[string][]string{"L1": {"Un."}, "L2": {"Deux."}}},
		{name: "il est inséré onto one in force", arts: map[string][]string{"L1": {"Un."}, "L2": {"Vieux."}},
			text: []string{"Après l'article L. 1 du code civil, il est inséré un article L. 2 ainsi rédigé :", "« Art. L. 2. – Deux. »"}},
		{name: "repealed then restored by the same text", arts: map[string][]string{"L1": {"Un."}, "L2": {"Vieux."}},
			text: []string{"Le code civil est ainsi modifié :", "1° L'article L. 2 est abrogé ;", "2° L'article L. 2 est ainsi rétabli :", "« Art. L. 2. – Deux. » ;"},
			want: map[string][]string{"L1": {"Un."}, "L2": {"Deux."}}},
	})
}
