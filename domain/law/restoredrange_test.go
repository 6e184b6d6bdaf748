package law

import "testing"

// TestRestoredRangeOfArticles: "Les articles L. 5 à L. 7 sont ainsi
// rétablis :" makes each article the text gives, as "Les articles L. 5 et
// L. 6 sont ainsi rétablis" and "L'article L. 5 est ainsi rétabli" do — the
// articles were abrogated, the corpus need not hold them (it rewrote the
// articles of the range the corpus held: none, and said nothing). A range
// rewritten or restored whose text leaves out a number between its ends
// ("L. 5 à L. 7" then L. 5 and L. 7) is refused (the L. 6 stayed as it
// was); articles numbered after one ("L. 5-1") may come between.
func TestRestoredRangeOfArticles(t *testing.T) {
	runLaw3(t, []law3Case{
		{name: "a list restored", arts: map[string][]string{"L4": {"Quatre."}},
			text: []string{"Les articles L. 5 et L. 6 du code civil sont ainsi rétablis :", "« Art. L. 5. – Cinq.", "« Art. L. 6. – Six. »"},
			want: map[string][]string{"L5": {"Cinq."}, "L6": {"Six."}}},
		{name: "a range restored", arts: map[string][]string{"L4": {"Quatre."}},
			text: []string{"Les articles L. 5 à L. 7 du code civil sont ainsi rétablis :", "« Art. L. 5. – Cinq.", "« Art. L. 6. – Six.", "« Art. L. 7. – Sept. »"},
			want: map[string][]string{"L5": {"Cinq."}, "L6": {"Six."}, "L7": {"Sept."}}},
		{name: "a range restored, an article after one between", arts: map[string][]string{"L4": {"Quatre."}},
			text: []string{"Les articles L. 5 à L. 6 du code civil sont ainsi rétablis :", "« Art. L. 5. – Cinq.", "« Art. L. 5-1. – Cinq-un.", "« Art. L. 6. – Six. »"},
			want: map[string][]string{"L5": {"Cinq."}, "L5-1": {"Cinq-un."}, "L6": {"Six."}}},
		{name: "a range restored in the other form", arts: map[string][]string{"L4": {"Quatre."}},
			text: []string{"Les articles L. 5 à L. 6 du code civil sont rétablis dans la rédaction suivante :", "« Art. L. 5. – Cinq.", "« Art. L. 6. – Six. »"},
			want: map[string][]string{"L5": {"Cinq."}, "L6": {"Six."}}},
		{name: "a range restored, a number left out", arts: map[string][]string{"L4": {"Quatre."}},
			text: []string{"Les articles L. 5 à L. 7 du code civil sont ainsi rétablis :", "« Art. L. 5. – Cinq.", "« Art. L. 7. – Sept. »"}},
		{name: "a range rewritten", arts: map[string][]string{"L5": {"5."}, "L6": {"6."}, "L7": {"7."}},
			text: []string{"Les articles L. 5 à L. 7 du code civil sont ainsi rédigés :", "« Art. L. 5. – Cinq.", "« Art. L. 6. – Six.", "« Art. L. 7. – Sept. »"},
			want: map[string][]string{"L5": {"Cinq."}, "L6": {"Six."}, "L7": {"Sept."}}},
		{name: "a range rewritten, a number left out", arts: map[string][]string{"L5": {"5."}, "L6": {"6."}, "L7": {"7."}},
			text: []string{"Les articles L. 5 à L. 7 du code civil sont ainsi rédigés :", "« Art. L. 5. – Cinq.", "« Art. L. 7. – Sept. »"}},
	})
}
