package law

import "testing"

// TestWords19BetweenWordsReplaced: "Entre les mots : « A » et : « B », le
// mot : « C » est remplacé par le mot : « D »" replaces C where it stands
// between A and B (it was refused: words between two others in a form
// not read); "est supprimé" deletes it. C not right between A and B, an
// elision, or a second clause after the edit are refused.
func TestWords19BetweenWordsReplaced(t *testing.T) {
	before := []string{"Le juge seul signe et le juge seul date, il clôt."}
	runGrammar(t, []grammarCase{
		{name: "et : « B »", before: before, text: []string{"À l'article L. 1 du code civil, entre les mots : « juge » et : « signe », le mot : « seul » est remplacé par le mot : « unique »."},
			want: []string{"Le juge unique signe et le juge seul date, il clôt."}},
		{name: "et les mots", before: before, text: []string{"À l'article L. 1 du code civil, entre les mots : « le juge » et les mots : « date », les mots : « seul » sont remplacés par les mots : « de paix »."},
			want: []string{"Le juge seul signe et le juge de paix date, il clôt."}},
		{name: "deleted", before: before, text: []string{"À l'article L. 1 du code civil, entre les mots : « juge » et : « date », le mot : « seul » est supprimé."},
			want: []string{"Le juge seul signe et le juge date, il clôt."}},
		{name: "before a comma", before: before, text: []string{"À l'article L. 1 du code civil, entre le mot : « seul » et le mot : « , il », le mot : « date » est remplacé par le mot : « décide »."},
			want: []string{"Le juge seul signe et le juge seul décide, il clôt."}},
		{name: "deleted before a comma", before: before, text: []string{"À l'article L. 1 du code civil, entre le mot : « seul » et le mot : « , il », le mot : « date » est supprimé."},
			want: []string{"Le juge seul signe et le juge seul, il clôt."}},
	})
	refused19(t, before,
		"À l'article L. 1 du code civil, entre les mots : « Le » et : « signe », le mot : « seul » est remplacé par le mot : « unique ».",
		"À l'article L. 1 du code civil, entre les mots : « juge » et : « clôt », le mot : « seul » est supprimé.",
		"À l'article L. 1 du code civil, entre les mots : « juge » et : « signe », le mot : « seul » est remplacé par le mot : « unique » et le mot : « date » par le mot : « lit ».",
		"À l'article L. 1 du code civil, entre les mots : « l' » et : « signe », le mot : « seul » est supprimé.",
	)
}

// TestWords19ArticleSentenceAfterWords: "La première phrase … est
// complétée par les mots : « A » et l'article est complété par une
// phrase ainsi rédigée : « B »" adds A to the sentence and B at the end
// of the article, as "L'article L. 1 est complété par une phrase …" does
// (it was refused: a part of the instruction not read after its word
// operations). Words edited in several places are refused.
func TestWords19ArticleSentenceAfterWords(t *testing.T) {
	before := []string{"Le juge signe. Il date.", "Il clôt."}
	runGrammar(t, []grammarCase{
		{name: "first sentence then the article", before: before, text: []string{"La première phrase de l'article L. 1 du code civil est complétée par les mots : « les actes » et l'article est complété par une phrase ainsi rédigée : « Il revient. »"},
			want: []string{"Le juge signe les actes. Il date.", "Il clôt. Il revient."}},
		{name: "words replaced then the article", before: before, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « date » est remplacé par le mot : « lit » et l'article est complété par une phrase ainsi rédigée : « Il revient. »"},
			want: []string{"Le juge signe. Il lit.", "Il clôt. Il revient."}},
	})
	refused19(t, before,
		"Aux premier et second alinéas de l'article L. 1 du code civil, le mot : « Il » est supprimé et l'article est complété par une phrase ainsi rédigée : « Il revient. »",
	)
}
