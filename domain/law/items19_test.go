package law

import "testing"

// TestItems19RomansUnderH: a letter "h)" announcing items in small roman
// numerals ("h) … :", "i) …", "ii) …") holds them as any letter does —
// the "i)" right after it, followed by an "ii)", is the roman one (it
// was the letter i, the "ii)" no label: "Le i du h" and "Le ii du h"
// were not found, a new letter i went between the h and its romans, "Le
// 1° est complété par un i" between its i) and ii)). A letter i after
// the h's romans is still a letter: "Le i du 1°", the letter or the h's
// roman, is refused; "h) … :" then "i) …" then "j) …" stays a letter
// list.
func TestItems19RomansUnderH(t *testing.T) {
	L := " de l'article L. 1 du code civil"
	HR := []string{"1° Un :", "a) A ;", "b) B ;", "c) C ;", "d) D ;", "e) E ;", "f) F ;", "g) G ;", "h) H :", "i) Le contrat ;", "ii) Le bail ;", "i) Neuf."}
	HR2 := []string{"1° Un :", "a) A ;", "b) B ;", "c) C ;", "d) D ;", "e) E ;", "f) F ;", "g) G ;", "h) H :", "i) Le contrat ;", "ii) Le bail.", "2° Deux."}
	HJ := []string{"1° Un :", "h) H :", "i) Vise ;", "j) Date."}
	with := func(b []string, i int, s string) []string {
		out := append([]string(nil), b...)
		out[i] = s
		return out
	}
	ins := func(b []string, i int, s ...string) []string {
		out := append([]string(nil), b[:i]...)
		out = append(out, s...)
		return append(out, b[i:]...)
	}
	runGrammar(t, []grammarCase{
		{name: "le i du h", before: HR, text: []string{"Le i du h du 1°" + L + " est abrogé."}, want: with(HR, 9, "i) (Abrogé) ;")},
		{name: "au ii du h", before: HR, text: []string{"Au ii du h du 1°" + L + ", le mot : « bail » est remplacé par le mot : « loyer »."}, want: with(HR, 10, "ii) Le loyer ;")},
		{name: "le i du 1°: the letter or the h's roman, refused", before: HR, text: []string{"Le i du 1°" + L + " est abrogé."}},
		{name: "après le h, un i: after the h's romans", before: HR2, text: []string{"Après le h du 1°" + L + ", il est inséré un i ainsi rédigé :", "« i) Neuf ; »"}, want: ins(with(HR2, 10, "ii) Le bail ;"), 11, "i) Neuf ;")},
		{name: "le 1° complété par un i: after the h's romans", before: HR2, text: []string{"Le 1°" + L + " est complété par un i ainsi rédigé :", "« i) Neuf. »"}, want: ins(with(HR2, 10, "ii) Le bail ;"), 11, "i) Neuf.")},
		{name: "h, i, j: letters", before: HJ, text: []string{"Le i du 1°" + L + " est abrogé."}, want: with(HJ, 2, "i) (Abrogé) ;")},
	})
	runAmendments(t, []amCase{
		{"supprimer le ii du h du 1°", HR2, "Supprimer le ii du h du 1°.", with(HR2, 10, "ii) (Supprimé)")},
	})
}

// TestItems19CapitalsAmidItems: a new item whose label ends with
// capitals goes before its base item ("3° A" before the 3°); put at the
// end of a list after its base ("L'article L. 1 est complété par un 3°
// A" after the 3°, an amendment's "Compléter cet article par un 3° A",
// "… par un II A" after the II) its place and its label disagree:
// refused (it went after the 3°). After an item ranking before its base
// ("un 4° A" after the 3°) it is read, as before.
func TestItems19CapitalsAmidItems(t *testing.T) {
	D := []string{"Sont exclus :", "1° Un ;", "2° Deux ;", "3° Trois."}
	P := []string{"I. – Un.", "II. – Deux."}
	runGrammar(t, []grammarCase{
		{name: "complété par un 3° A after the 3°: refused", before: D, text: []string{"L'article L. 1 du code civil est complété par un 3° A ainsi rédigé :", "« 3° A Fin. »"}},
		{name: "complété par un II A after the II: refused", before: P, text: []string{"L'article L. 1 du code civil est complété par un II A ainsi rédigé :", "« II A. – Fin. »"}},
		{name: "complété par un 4° A after the 3°", before: D, text: []string{"L'article L. 1 du code civil est complété par un 4° A ainsi rédigé :", "« 4° A Fin. »"}, want: []string{D[0], D[1], D[2], "3° Trois ;", "4° A Fin."}},
		{name: "after the 1°'s alinéa, a 1° bis A before the 2°", before: D, text: []string{"Après le deuxième alinéa de l'article L. 1 du code civil, il est inséré un alinéa ainsi rédigé :", "« 1° bis A Demi ; »"}, want: []string{D[0], D[1], "1° bis A Demi ;", D[2], D[3]}},
		{name: "after the 1°'s alinéa, a 3° A before the 2°: refused", before: D, text: []string{"Après le deuxième alinéa de l'article L. 1 du code civil, il est inséré un alinéa ainsi rédigé :", "« 3° A Demi ; »"}},
		{name: "avant le 1°, un 1° A (as before)", before: D, text: []string{"Avant le 1° de l'article L. 1 du code civil, il est inséré un 1° A ainsi rédigé :", "« 1° A Zéro ; »"}, want: []string{D[0], "1° A Zéro ;", D[1], D[2], D[3]}},
	})
	runAmendments(t, []amCase{
		{"compléter par un 3° A: refused", D, "Compléter cet article par un 3° A ainsi rédigé :\n« 3° A Fin. »", nil},
		{"compléter par un 3° bis (as before)", D, "Compléter cet article par un 3° bis ainsi rédigé :\n« 3° bis Fin. »", []string{D[0], D[1], D[2], "3° Trois ;", "3° bis Fin."}},
	})
}

// TestItems19RangeBoundWithAdverb: a range whose last bound carries a
// Latin adverb or capitals, "Les 2° à 3° bis sont abrogés", "Aux 2° à
// 3° bis, …", "Les I à I bis", "les a à a bis", is refused at parse —
// the range was read up to the 3°, and the 3° bis kept in force; "Les
// 2° à 3°" still holds the 2° bis between and the 3° bis after (as
// before), "Les 3° et 3° bis" is a list. A last bound with a Latin
// adverb alone ("Les 2° à 3° bis") is read since labels29
// (TestAdverbRanges29).
func TestItems19RangeBoundWithAdverb(t *testing.T) {
	DB := []string{"Sont exclus :", "1° Un ;", "1° bis Un bis ;", "2° Deux ;", "3° Trois ;", "3° bis Trois bis."}
	L := " de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "les I à I bis: refused", before: []string{"I. – Un.", "I bis. – Un bis.", "II. – Deux."}, text: []string{"Les I à I bis" + L + " sont abrogés."}},
		{name: "les 3° et 3° bis", before: DB, text: []string{"Les 3° et 3° bis" + L + " sont abrogés."}, want: []string{DB[0], DB[1], DB[2], DB[3], "3° (Abrogé) ;", "3° bis (Abrogé)."}},
		{name: "le 3° bis devient le 4°", before: DB, text: []string{"Le 3° bis" + L + " devient le 4°."}, want: []string{DB[0], DB[1], DB[2], DB[3], DB[4], "4° Trois bis."}},
	})
	for _, text := range []string{"Les 2° à 3° A" + L + " sont abrogés.", "Les a à c bis A du 1°" + L + " sont abrogés."} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{text}}})
		if len(ins) != 1 || ins[0].Status != Unparsed || ins[0].Reason != errRangeBoundWithAdverb {
			t.Errorf("%s: %+v, want refused (%s)", text, ins, errRangeBoundWithAdverb)
		}
	}
}

// TestItems19BracketedItem: an item named by a label between
// parentheses, "Le (1) du 2 est abrogé", "Au (1) du 2, …", "Au (a) du
// 2, …", is refused — the "(1)" was dropped and the whole 2 deleted (or
// edited as the 2); "Au a du 2" under paragraphs "1.", "2." is read.
func TestItems19BracketedItem(t *testing.T) {
	N5 := []string{"1. Un :", "(1) A ;", "(2) B.", "2. Deux :", "(1) A ;", "(2) B."}
	N := []string{"1. Un :", "a) A ;", "b) B.", "2. Deux :", "a) A ;", "b) B."}
	L := " de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "le (1) du 2: refused", before: N5, text: []string{"Le (1) du 2" + L + " est abrogé."}},
		{name: "au (1) du 2: refused", before: N5, text: []string{"Au (1) du 2" + L + ", le mot : « A » est remplacé par le mot : « X »."}},
		{name: "au a du 2", before: N, text: []string{"Au a du 2" + L + ", le mot : « A » est remplacé par le mot : « X »."}, want: []string{N[0], N[1], N[2], N[3], "a) X ;", N[5]}},
	})
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{"Au (a) du 2" + L + ", le mot : « A » est remplacé par le mot : « X »."}}})
	if len(ins) != 1 || ins[0].Status != Unparsed || ins[0].Reason != errBracketedItem {
		t.Errorf("%+v, want refused (%s)", ins, errBracketedItem)
	}
}
