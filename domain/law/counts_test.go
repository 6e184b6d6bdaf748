package law

import (
	"regexp"
	"strings"
	"testing"
)

// TestCardinalWords: the counts in words are one list — the map that gives
// their values and the alternation the regexps read are the same words, a
// compound before its first part.
func TestCardinalWords(t *testing.T) {
	words := strings.Split(cardinalWords, "|")
	if len(words) != len(cardinals) {
		t.Fatalf("%d words in cardinalWords, %d in cardinals", len(words), len(cardinals))
	}
	for i, w := range words {
		if cardinals[w] == 0 {
			t.Errorf("%q has no value", w)
		}
		for _, v := range words[i+1:] {
			if strings.HasPrefix(v, w+"-") {
				t.Errorf("compound %q after its first part %q: it would be read %q", v, w, w)
			}
		}
	}
	re := regexp.MustCompile(`\b(` + cardinalWords + `)\s+alineas\b`)
	if m := re.FindStringSubmatch("les dix-sept alineas"); m == nil || cardinals[m[1]] != 17 {
		t.Errorf("dix-sept read %q", m)
	}
}

// TestGrammarCountsPastSix: a count in words is read the same wherever it
// is said, to vingt — "les sept derniers alinéas", "remplacé par huit
// alinéas", "sept alinéas ainsi rédigés", "les six premières phrases",
// "est remplacé, sept fois" — where several readers stopped at cinq or six.
func TestGrammarCountsPastSix(t *testing.T) {
	nine := []string{"A un.", "B deux.", "C trois.", "D quatre.", "E cinq.", "F six.", "G sept.", "H huit.", "I neuf."}
	new7 := []string{"« N1 un. »", "« N2 deux. »", "« N3 trois. »", "« N4 quatre. »", "« N5 cinq. »", "« N6 six. »", "« N7 sept. »"}
	plain7 := []string{"N1 un.", "N2 deux.", "N3 trois.", "N4 quatre.", "N5 cinq.", "N6 six.", "N7 sept."}
	runGrammar(t, []grammarCase{
		{name: "les sept derniers alinéas sont supprimés", before: nine, text: []string{"Les sept derniers alinéas de l'article L. 1 du code civil sont supprimés."}, want: nine[:2]},
		{name: "les six premiers alinéas sont supprimés", before: nine, text: []string{"Les six premiers alinéas de l'article L. 1 du code civil sont supprimés."}, want: nine[6:]},
		{name: "remplacé par sept alinéas", before: nine[:2], text: append([]string{"Le dernier alinéa de l'article L. 1 du code civil est remplacé par sept alinéas ainsi rédigés :"}, new7...), want: append([]string{nine[0]}, plain7...)},
		{name: "précédé de sept alinéas", before: nine[:1], text: append([]string{"L'article L. 1 du code civil est précédé de sept alinéas ainsi rédigés :"}, new7...), want: append(append([]string{}, plain7...), nine[0])},
		{name: "les six dernières phrases", before: []string{"Il a un. Il a deux. Il a trois. Il a quatre. Il a cinq. Il a six. Il a sept."}, text: []string{"Les six dernières phrases de l'article L. 1 du code civil sont supprimées."}, want: []string{"Il a un."}},
		{name: "remplacé, sept fois", before: []string{"x x x x x x x."}, text: []string{"À l'article L. 1 du code civil, le mot : « x » est remplacé, sept fois, par le mot : « y »."}, want: []string{"y y y y y y y."}},
		{name: "remplacé, six fois, where it occurs seven times: refused", before: []string{"x x x x x x x."}, text: []string{"À l'article L. 1 du code civil, le mot : « x » est remplacé, six fois, par le mot : « y »."}},
	})
	runAmendments(t, []amCase{
		{"insérer sept alinéas", nine[:2], "Après l'alinéa 1, insérer sept alinéas ainsi rédigés :\n" + strings.Join(new7, "\n"), append(append([]string{nine[0]}, plain7...), nine[1])},
	})
}
