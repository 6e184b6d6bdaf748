package law

import "testing"

// TestWrong85SentencesAnnouncedAndGiven: "… par deux phrases ainsi
// rédigées : « Il vise. »" announces more sentences than it gives, "trois
// phrases" two: refused, as a count of alinéas is (it was added as
// given). As many as announced, inline or on their own alinéa, as before.
func TestWrong85SentencesAnnouncedAndGiven(t *testing.T) {
	S := []string{"Le juge signe. Il tranche. Il note.", "Le maire vise."}
	runGrammar(t, []grammarCase{
		{name: "two announced, one given: refused", before: S, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par deux phrases ainsi rédigées : « Il vise. »"}},
		{name: "three announced, two given: refused", before: S, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par trois phrases ainsi rédigées : « Il vise. Il date. »"}},
		{name: "two inserted", before: S, text: []string{"Après la première phrase du premier alinéa de l'article L. 1 du code civil, sont insérées deux phrases ainsi rédigées : « Il vise l'article L. 2. Il date. »"},
			want: []string{"Le juge signe. Il vise l'article L. 2. Il date. Il tranche. Il note.", S[1]}},
		{name: "two on their own alinéa", before: S, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par deux phrases ainsi rédigées :", "« Il vise. Il date. »"},
			want: []string{"Le juge signe. Il tranche. Il note. Il vise. Il date.", S[1]}},
	})
}
