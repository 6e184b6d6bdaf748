package law

import "testing"

// TestBesideWordsReplacedEach: several words replaced by the same new
// ones are replaced each, unless two of them stand side by side in the
// place: read word by word the new words would come twice ("le bail
// puis puis le juge"), read as one run they come once, and the law does
// not say which — refused, the instruction whole.
func TestBesideWordsReplacedEach(t *testing.T) {
	art := []string{"Le maire signe le bail, et le juge date le bail.", "Le juge vise."}
	grp := func(item string) []string {
		return []string{"L'article L. 1 du code civil est ainsi modifié :", item}
	}
	runGrammar(t, []grammarCase{
		{name: "a sign and a word side by side: refused", before: art,
			text: grp("1° Au premier alinéa, le signe : « , » et le mot : « et » sont remplacés par le mot : « puis » ;")},
		{name: "words and signs side by side, the other order: refused", before: art,
			text: grp("1° Au premier alinéa, les mots : « , et » et « le bail » sont remplacés par le mot : « puis » ;")},
		{name: "side by side across a space: refused", before: []string{"Le maire signe et date."},
			text: grp("1° Au premier alinéa, les mots : « signe » et « et » sont remplacés par le mot : « vise » ;")},
		{name: "three words, two side by side: refused", before: art,
			text: grp("1° Au premier alinéa, les mots : « maire », « signe » et « juge » sont remplacés par le mot : « vise » ;")},
		{name: "apart: each replaced", before: art,
			text: grp("1° Au premier alinéa, les mots : « signe » et « date » sont remplacés par le mot : « vise » ;"),
			want: []string{"Le maire vise le bail, et le juge vise le bail.", "Le juge vise."}},
		{name: "apart, names: each replaced", before: art,
			text: grp("1° Au premier alinéa, les mots : « maire » et « juge » sont remplacés par le mot : « préfet » ;"),
			want: []string{"Le préfet signe le bail, et le préfet date le bail.", "Le juge vise."}},
		{name: "inside a longer word is not beside", before: []string{"Le maire signe le bailleur et date le bail."},
			text: grp("1° Au premier alinéa, les mots : « bail » et « et » sont remplacés par le mot : « contrat » ;"),
			want: []string{"Le maire signe le bailleur contrat date le contrat."}},
		{name: "side by side in another alinéa only: refused", before: []string{"Le maire signe.", "Le juge signe et date."},
			text: grp("1° Les mots : « signe » et « et » sont remplacés par le mot : « vise » ;")},
		{name: "respectivement: pair by pair, side by side or not", before: art,
			text: grp("1° Au premier alinéa, le signe : « , » et le mot : « et » sont respectivement remplacés par les mots : « ; » et « puis » ;"),
			want: []string{"Le maire signe le bail ; puis le juge date le bail.", "Le juge vise."}},
	})
}
