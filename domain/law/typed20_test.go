package law

import (
	"errors"
	"testing"
)

// TestTyped20AdditionRefusalsTyped: each refusal at parse time of new
// text added carries its typed error (errors.Is) beside its Reason, the
// same text; the status is Unparsed and no edit is kept, as before.
func TestTyped20AdditionRefusalsTyped(t *testing.T) {
	for _, c := range []struct {
		name string
		text []string
		want error
	}{
		{"parts not numbered as announced", []string{"L'article L. 1 du code civil est complété par deux paragraphes III et IV ainsi rédigés :", "« III. – A.", "« V. – B. »"}, errNewPartsNotAnnounced},
		{"no Art. in the text", []string{"Après l'article L. 1 du code civil, il est inséré un article L. 1-1 ainsi rédigé :", "« Le juge tranche. »"}, errNoNewArticleHeading},
		{"articles not those named", []string{"Après l'article L. 1 du code civil, il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-2. – Le juge tranche. »"}, errNewArticlesNotNamed},
		{"a code's number in a law", []string{"Après l'article 3 de la loi n° 78-17 du 6 janvier 1978, il est inséré un article L. 3-1 ainsi rédigé :", "« Art. L. 3-1. – Le juge tranche. »"}, errCodedArticleInText},
		{"a heading not read", []string{"Après l'article L. 1 du code civil, il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – A.", "« Art. L. 1-2. − B. »"}, errNewArticleHeadingUnread},
		{"sentences apart", []string{"Après les première et troisième phrases de l'article L. 1 du code civil, il est inséré une phrase ainsi rédigée : « Il vient. »"}, errSentenceBesideApart},
		{"alinéas counted to the end", []string{"Les deuxième à dernier alinéas de l'article L. 1 du code civil sont complétés par une phrase ainsi rédigée : « Il vient. »"}, errSentenceAddedToEnd},
		{"an unknown addition", []string{"L'article L. 1 du code civil est complété par un tableau ainsi rédigé :", "« A. »"}, errUnknownAddition},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: c.text}})
		if len(ins) == 0 {
			t.Errorf("%s: no instruction", c.name)
			continue
		}
		in := ins[0]
		if in.Status != Unparsed || !errors.Is(in.refusal, c.want) || in.Reason != in.refusal.Error() || len(in.Edits) != 0 {
			t.Errorf("%s: %v %q (%v), %d edits; want %v", c.name, in.Status, in.Reason, in.refusal, len(in.Edits), c.want)
		}
	}
}
