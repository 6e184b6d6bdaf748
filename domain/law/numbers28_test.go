package law

import (
	"fmt"
	"strings"
	"testing"
)

// alineas28 is n alinéas "A1.|A2.|…" of an article L1, but the ones in
// skip; with extra (new alinéas) put after the alinéa after.
func alineas28(n int, skip map[int]bool, after int, extra ...string) string {
	var out []string
	for i := 1; i <= n; i++ {
		if !skip[i] {
			out = append(out, fmt.Sprintf("A%d.", i))
		}
		if i == after {
			out = append(out, extra...)
		}
	}
	return "l1: " + strings.Join(out, "|")
}

// quoted28 is n new alinéas "« N1. »", …
func quoted28(n int) (q, plain []string) {
	for i := 1; i <= n; i++ {
		q = append(q, fmt.Sprintf("« N%d. »", i))
		plain = append(plain, fmt.Sprintf("N%d.", i))
	}
	return q, plain
}

// TestCountsPastVingt28: a count in words past vingt ("vingt-deux",
// "vingt et un", "trente") is read as one to vingt is: new alinéas so
// announced are checked against those given (twenty-one put in for
// "vingt-deux" was applied: "deux" after a hyphen is no count), and "les
// vingt-deux derniers alinéas" are read (they were refused).
func TestCountsPastVingt28(t *testing.T) {
	art := []string{alineas28(40, nil, 0)}
	q22, n22 := quoted28(22)
	q21, n21 := quoted28(21)
	_, n20 := quoted28(20)
	head := "Après le deuxième alinéa de l'article L. 1 du code civil, sont insérés "
	runRenum22(t, []renum22Case{
		{name: "vingt-deux given", arts: art, lines: append([]string{head + "vingt-deux alinéas ainsi rédigés :"}, q22...),
			want: alineas28(40, nil, 2, n22...)},
		{name: "vingt-deux, 21 given", arts: art, lines: append([]string{head + "vingt-deux alinéas ainsi rédigés :"}, q21...),
			want: alineas28(40, nil, 0), err: errAlineaCount},
		{name: "vingt-deux, 23 given", arts: art, lines: append([]string{head + "vingt-deux alinéas ainsi rédigés :"}, append(q22, "« N23. »")...),
			want: alineas28(40, nil, 0), err: errAlineaCount},
		{name: "vingt et un given", arts: art, lines: append([]string{head + "vingt et un alinéas ainsi rédigés :"}, q21...),
			want: alineas28(40, nil, 2, n21...)},
		{name: "vingt et un, 20 given", arts: art, lines: append([]string{"L'article L. 1 du code civil est complété par vingt et un alinéas ainsi rédigés :"}, q21[:20]...),
			want: alineas28(40, nil, 0), err: errAlineaCount},
		{name: "vingt given", arts: art, lines: append([]string{"L'article L. 1 du code civil est complété par vingt alinéas ainsi rédigés :"}, q21[:20]...),
			want: alineas28(40, nil, 40, n20...)},
		{name: "vingt-deux derniers", arts: art, lines: []string{"À l'article L. 1 du code civil, les vingt-deux derniers alinéas sont supprimés."},
			want: alineas28(18, nil, 0)},
		{name: "vingt et un premiers", arts: art, lines: []string{"À l'article L. 1 du code civil, les vingt et un premiers alinéas sont supprimés."},
			want: alineas28(40, map[int]bool{1: true, 2: true, 3: true, 4: true, 5: true, 6: true, 7: true, 8: true, 9: true, 10: true, 11: true, 12: true, 13: true, 14: true, 15: true, 16: true, 17: true, 18: true, 19: true, 20: true, 21: true}, 0)},
		{name: "trente premiers", arts: art, lines: []string{"À l'article L. 1 du code civil, les trente premiers alinéas sont supprimés."},
			want: "l1: A31.|A32.|A33.|A34.|A35.|A36.|A37.|A38.|A39.|A40."},
	})
	b := strings.Split(strings.TrimPrefix(alineas28(30, nil, 0), "l1: "), "|")
	runAm27(t, Article{Number: "1er", Alineas: b}, []amCase27{
		{name: "amendment, vingt-deux, 21 given", disp: append([]string{"Après l'alinéa 3", "Insérer vingt-deux alinéas ainsi rédigés :"}, q21...),
			err: errAmAlineasCount26},
		{name: "amendment, vingt et un given", disp: append([]string{"Après l'alinéa 30", "Insérer vingt et un alinéas ainsi rédigés :"}, q21...),
			want: strings.Join(append(append([]string{}, b...), n21...), " | ")},
	}, nil)
}

// TestCardinalsPastVingt28: each count past vingt has its value, a
// compound before the words it begins with.
func TestCardinalsPastVingt28(t *testing.T) {
	for w, n := range map[string]int{"vingt et un": 21, "vingt-et-une": 21, "vingt-deux": 22, "trente": 30, "trente-deux": 32,
		"soixante-dix": 70, "soixante et onze": 71, "soixante-dix-neuf": 79, "quatre-vingts": 80, "quatre-vingt-un": 81, "quatre-vingt-dix-sept": 97} {
		if got := cardinal(w); got != n {
			t.Errorf("cardinal(%q) = %d, want %d", w, got, n)
		}
		m := amAnnounced.FindStringSubmatch("inserer " + w + " alineas ainsi rediges")
		if m == nil || cardinal(m[1]) != n {
			t.Errorf("%q alinéas announced read %q", w, m)
		}
	}
}

// TestSentencesReplacedCounted28: sentences replaced by sentences
// announced by their count are checked as sentences added are: "les deux
// premières phrases sont remplacées par deux phrases ainsi rédigées" then
// one (it was a deletion and a rewrite, the rewrite's text unchecked).
func TestSentencesReplacedCounted28(t *testing.T) {
	art := []string{"L1: Il un. Il deux. Il trois.|Autre."}
	head := "À l'article L. 1 du code civil, les deux premières phrases du premier alinéa sont remplacées par "
	runRenum22(t, []renum22Case{
		{name: "two for two", arts: art, lines: []string{head + "deux phrases ainsi rédigées : « Elle un. Elle deux. »"},
			want: "l1: Elle un. Elle deux. Il trois.|Autre."},
		{name: "one for two", arts: art, lines: []string{head + "deux phrases ainsi rédigées : « Elle un. »"},
			want: "l1: Il un. Il deux. Il trois.|Autre.", err: errSentenceCount},
		{name: "three for two", arts: art, lines: []string{head + "deux phrases ainsi rédigées : « Elle un. Elle deux. Elle trois. »"},
			want: "l1: Il un. Il deux. Il trois.|Autre.", err: errSentenceCount},
		{name: "one said, one given", arts: art, lines: []string{head + "une phrase ainsi rédigée : « Elle un. »"},
			want: "l1: Elle un. Il trois.|Autre."},
	})
}

// TestOrdinalsDashJoined28: two ranks of alinéas or sentences joined by a
// dash ("les première – troisième phrases") are refused typed, in a bill
// and in an amendment, as two numbers so joined are (typography27).
func TestOrdinalsDashJoined28(t *testing.T) {
	art := []string{"L1: Il un. Il deux. Il trois.|B.|C.|D."}
	runRenum22(t, []renum22Case{
		{name: "sentences", arts: art, lines: []string{"À l'article L. 1 du code civil, les première – deuxième phrases du premier alinéa sont supprimées."},
			want: "l1: Il un. Il deux. Il trois.|B.|C.|D.", err: errDashJoined27},
		{name: "alinéas, hyphen", arts: art, lines: []string{"À l'article L. 1 du code civil, les deuxième-quatrième alinéas sont supprimés."},
			want: "l1: Il un. Il deux. Il trois.|B.|C.|D.", err: errDashJoined27},
		{name: "range read", arts: art, lines: []string{"À l'article L. 1 du code civil, les deuxième à quatrième alinéas sont supprimés."},
			want: "l1: Il un. Il deux. Il trois."},
	})
	runAm27(t, Article{Number: "1er", Alineas: []string{"Il un. Il deux. Il trois.", "B.", "C.", "D."}}, []amCase27{
		{name: "amendment, alinéas", disp: []string{"Supprimer les deuxième – quatrième alinéas."}, err: errAmDashJoined27},
		{name: "amendment, sentences", disp: []string{"Alinéa 1", "Supprimer les première – deuxième phrases."}, err: errAmDashJoined27},
	}, nil)
}

// TestHundredth28: "le centième alinéa" is the hundredth; "le cent
// unième" is still refused.
func TestHundredth28(t *testing.T) {
	art := []string{alineas28(101, nil, 0)}
	runRenum22(t, []renum22Case{
		{name: "centième", arts: art, lines: []string{"À l'article L. 1 du code civil, le centième alinéa est supprimé."},
			want: alineas28(101, map[int]bool{100: true}, 0)},
		{name: "quatre-vingt-dix-neuvième à centième", arts: art, lines: []string{"À l'article L. 1 du code civil, les quatre-vingt-dix-neuvième à centième alinéas sont supprimés."},
			want: alineas28(101, map[int]bool{99: true, 100: true}, 0)},
		{name: "cent unième", arts: art, lines: []string{"À l'article L. 1 du code civil, le cent unième alinéa est supprimé."},
			want: alineas28(101, nil, 0), err: errPartOfArticleUnread22},
	})
	if rankName(100) != "centième" {
		t.Errorf("rankName(100) = %q", rankName(100))
	}
}
