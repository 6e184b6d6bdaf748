package law

import "testing"

// The rules TestGenerativeLaw found, each on a short phrase.

// TestGenLawEndOfDivisionClosesAsTheDivision: "Après le mot : « A », la
// fin du 1° est ainsi rédigée (supprimée)" where A is in the 1°'s first
// alinéa and alinéas of the 1° follow: they go, and what is left closes
// with the punctuation that closed the 1° — its last alinéa's (it kept
// the colon that opened the sub-items gone: "1° Sont exclus :"). A new
// end bringing its own punctuation keeps it.
func TestGenLawEndOfDivisionClosesAsTheDivision(t *testing.T) {
	items := []string{"Sont exclus :", "1° Les biens :", "a) Les meubles ;", "b) Les baux ;", "2° Les navires."}
	parts := []string{"I. – Le juge signe :", "1° Les actes ;", "2° Les baux.", "II. – Le maire date."}
	runGrammar(t, []grammarCase{
		{name: "an item's end rewritten", before: items,
			text: []string{"Après le mot : « biens », la fin du 1° de l'article L. 1 du code civil est ainsi rédigée : « immeubles »"},
			want: []string{"Sont exclus :", "1° Les biens immeubles ;", "2° Les navires."}},
		{name: "an item's end deleted", before: items,
			text: []string{"Après le mot : « biens », la fin du 1° de l'article L. 1 du code civil est supprimée."},
			want: []string{"Sont exclus :", "1° Les biens ;", "2° Les navires."}},
		{name: "a part's end deleted", before: parts,
			text: []string{"Après le mot : « juge », la fin du I de l'article L. 1 du code civil est supprimée."},
			want: []string{"I. – Le juge.", "II. – Le maire date."}},
		{name: "the new end's own punctuation", before: parts,
			text: []string{"Après le mot : « juge », la fin du I de l'article L. 1 du code civil est ainsi rédigée : « date : »"},
			want: []string{"I. – Le juge date :", "II. – Le maire date."}},
		{name: "the end of the alinéa keeps its own", before: items,
			text: []string{"Au 1° de l'article L. 1 du code civil, après le mot : « biens », la fin de l'alinéa est ainsi rédigée : « suivants »"},
			want: []string{"Sont exclus :", "1° Les biens suivants :", "a) Les meubles ;", "b) Les baux ;", "2° Les navires."}},
	})
}
