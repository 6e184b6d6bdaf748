package law

import (
	"strings"
	"testing"
)

// The ninth pass on the closing note's leftovers: bill articles, the
// forms still refused or misread, each rule on a short phrase, and their
// neighbours kept as guards.

// left9Ctx is the head the items of these probes hang under.
const left9Ctx = "L'article L. 1 du code civil est ainsi modifié :"

func left9Grp(item string, lines ...string) []string {
	return append([]string{left9Ctx, item}, lines...)
}

// TestLeft9BeforeLastSpaced: "avant-dernier" typed with a space or
// another dash, "la dernière phrase de l'avant dernier alinéa", is the
// alinéa before the last (the last alinéa's last sentence was deleted:
// "dernier alinéa" was read); "l'avant dernière phrase", "les avant
// dernier et dernier alinéas" are read (they were refused). The words
// quoted are kept as written.
func TestLeft9BeforeLastSpaced(t *testing.T) {
	three := []string{"Un.", "Il signe. Il lit. Il date.", "Fin. Fin bis."}
	cut := []string{"Un.", "Il signe. Il lit.", "Fin. Fin bis."}
	runGrammar(t, []grammarCase{
		{name: "l'avant dernier alinéa", before: three, text: left9Grp("1° La dernière phrase de l'avant dernier alinéa est supprimée ;"), want: cut},
		{name: "with the hyphen", before: three, text: left9Grp("1° La dernière phrase de l'avant-dernier alinéa est supprimée ;"), want: cut},
		{name: "with the non-breaking hyphen", before: three, text: left9Grp("1° La dernière phrase de l'avant‑dernier alinéa est supprimée ;"), want: cut},
		{name: "with a spaced dash", before: three, text: left9Grp("1° La dernière phrase de l'avant – dernier alinéa est supprimée ;"), want: cut},
		{name: "capital, at the top", before: three, text: []string{"La dernière phrase de l'Avant dernier alinéa de l'article L. 1 du code civil est supprimée."}, want: cut},
		{name: "l'avant dernière phrase", before: three, text: left9Grp("1° L'avant dernière phrase du dernier alinéa est supprimée ;"),
			want: []string{"Un.", "Il signe. Il lit. Il date.", "Fin bis."}},
		{name: "les avant dernier et dernier alinéas", before: three, text: left9Grp("1° Les avant dernier et dernier alinéas sont supprimés ;"),
			want: []string{"Un."}},
		{name: "the quoted words kept", before: three, text: left9Grp("1° L'avant dernier alinéa est complété par les mots : « avant dernier » ;"),
			want: []string{"Un.", "Il signe. Il lit. Il date avant dernier.", "Fin. Fin bis."}},
		{name: "the last alinéa", before: three, text: left9Grp("1° La dernière phrase du dernier alinéa est supprimée ;"),
			want: []string{"Un.", "Il signe. Il lit. Il date.", "Fin."}},
		{name: "avant le dernier alinéa", before: three, text: left9Grp("1° Avant le dernier alinéa, il est inséré un alinéa ainsi rédigé : « Neuf. » ;"),
			want: []string{"Un.", "Il signe. Il lit. Il date.", "Neuf.", "Fin. Fin bis."}},
	})
}

// left9Place applies one bill alinéa to a corpus holding the code
// civil's article L. 1 and the articles 1 and 3 of the loi n° 2000-1,
// each "Le juge …", and gives the instruction read and the corpus after.
func left9Place(t *testing.T, text string) (Instruction, Corpus) {
	t.Helper()
	c := Corpus{}
	for _, ref := range []CodeRef{{Code: "loi 2000 1", Article: "1"}, {Code: "loi 2000 1", Article: "3"}, {Code: "code civil", Article: "l1"}} {
		c[ref] = CodeArticle{Ref: ref, Heading: ref.Article, Alineas: []string{"Le juge " + ref.Article + "."}}
	}
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{text}}})
	if len(ins) != 1 {
		t.Fatalf("%s: %d instructions", text, len(ins))
	}
	got, _ := Apply(c, ins, ApplyOptions{})
	return ins[0], got
}

// TestLeft9SeveralTextsAsPlace: a code and a law, or two laws, named as
// one place of word operations, "Dans l'ensemble du code civil et de la
// loi n° 2000-1 …, le mot …", are refused — one text was dropped (the
// law's articles alone edited, or the code's), or read into the first's
// name. A whole law as the place, "Dans la loi n° 2000-1 …, le mot …",
// names no article and stays refused, its articles held or not; a whole
// code is every article of it the corpus holds, as before; articles of
// both texts, each named, and a list of texts repealed are read.
func TestLeft9SeveralTextsAsPlace(t *testing.T) {
	op := ", le mot : « juge » est remplacé par le mot : « maire »."
	law := "la loi n° 2000-1 du 1er janvier 2000"
	for _, text := range []string{
		"Dans l'ensemble du code civil et de " + law + op,
		"Dans le code civil et dans " + law + op,
		"Dans le code civil ainsi que dans " + law + op,
		"Dans " + law + " et le code civil" + op,
		"Dans " + law + " et dans l'ordonnance n° 2001-2 du 2 février 2001" + op,
		"Dans " + law + op,
		"Dans l'ensemble de " + law + op,
		"Dans tous les textes législatifs" + op,
	} {
		in, got := left9Place(t, text)
		if in.Status != Unparsed {
			t.Errorf("%s: %s, want refused", text, in.Status)
		}
		for ref, a := range got {
			if strings.Contains(a.Alineas[0], "maire") {
				t.Errorf("%s: %v edited", text, ref)
			}
		}
	}
	for _, tc := range []struct{ text, want string }{
		{"Dans le code civil" + op, "l1 (code civil): Le maire l1.|1 (loi 2000 1): Le juge 1.|3 (loi 2000 1): Le juge 3."},
		{"Dans le code civil, dans sa rédaction issue de " + law + op, "l1 (code civil): Le maire l1.|1 (loi 2000 1): Le juge 1.|3 (loi 2000 1): Le juge 3."},
		{"À l'article L. 1 du code civil et à l'article 3 de " + law + op, "l1 (code civil): Le maire l1.|1 (loi 2000 1): Le juge 1.|3 (loi 2000 1): Le maire 3."},
		{"L'article L. 1 du code civil et " + law + " sont abrogés.", "l1 (code civil): |1 (loi 2000 1): |3 (loi 2000 1): "},
	} {
		in, got := left9Place(t, tc.text)
		if in.Status != Parsed {
			t.Errorf("%s: %s (%s)", tc.text, in.Status, in.Reason)
			continue
		}
		var s []string
		for _, ref := range []CodeRef{{Code: "code civil", Article: "l1"}, {Code: "loi 2000 1", Article: "1"}, {Code: "loi 2000 1", Article: "3"}} {
			s = append(s, ref.String()+": "+strings.Join(got[ref].Alineas, " "))
		}
		if g := strings.Join(s, "|"); g != tc.want {
			t.Errorf("%s:\ngot  %s\nwant %s", tc.text, g, tc.want)
		}
	}
}

// TestLeft9ItemThenList: an item and a list of items of the same kind
// joined as two subjects, "Le 1° est supprimé ainsi que les 2° et 3°",
// "Le 1° et les 3° et 4° sont supprimés", "Les 1° et 2° et le 4°", "Au
// 1° et aux 3° et 4°", are one list, as "Le 1°, le 2° et le 3°" is read
// (they were refused as one place inside the other); items of other
// kinds stay refused. Several places of one subject are counted on the
// text before the instruction.
func TestLeft9ItemThenList(t *testing.T) {
	four := []string{"Chapeau :", "1° Un ;", "2° Deux ;", "3° Trois ;", "4° Quatre."}
	lets := []string{"Chapeau :", "a) Un ;", "b) Deux ;", "c) Trois ;", "d) Quatre."}
	words := []string{"Chapeau :", "1° Un juge ;", "2° Deux ;", "3° Trois juge ;", "4° Quatre juge."}
	parts := []string{"I. – Premier :", "1° Un ;", "2° Deux ;", "3° Trois.", "Dernier du I.", "II. – Deuxième."}
	five := []string{"Un un.", "Deux deux.", "Trois trois.", "Quatre. Quatre bis.", "Cinq."}
	deep := []string{"Chapeau :", "1° Un ;", "2° Deux :", "a) A ;", "b) B ;", "c) C ;", "3° Trois."}
	runGrammar(t, []grammarCase{
		{name: "ainsi que les 2° et 3°", before: four, text: left9Grp("1° Le 1° est supprimé ainsi que les 2° et 3° ;"),
			want: []string{"Chapeau :", "1° (Abrogé) ;", "2° (Abrogé) ;", "3° (Abrogé) ;", "4° Quatre."}},
		{name: "with the comma", before: four, text: left9Grp("1° Le 1° est supprimé, ainsi que les 2° et 3° ;"),
			want: []string{"Chapeau :", "1° (Abrogé) ;", "2° (Abrogé) ;", "3° (Abrogé) ;", "4° Quatre."}},
		{name: "ainsi que before the verb", before: four, text: left9Grp("1° Le 1° ainsi que les 2° et 3° sont supprimés ;"),
			want: []string{"Chapeau :", "1° (Abrogé) ;", "2° (Abrogé) ;", "3° (Abrogé) ;", "4° Quatre."}},
		{name: "le 1° et les 3° et 4°", before: four, text: left9Grp("1° Le 1° et les 3° et 4° sont supprimés ;"),
			want: []string{"Chapeau :", "1° (Abrogé) ;", "2° Deux ;", "3° (Abrogé) ;", "4° (Abrogé)."}},
		{name: "at the top", before: four, text: []string{"Le 1° et les 3° et 4° de l'article L. 1 du code civil sont abrogés."},
			want: []string{"Chapeau :", "1° (Abrogé) ;", "2° Deux ;", "3° (Abrogé) ;", "4° (Abrogé)."}},
		{name: "les 1° et 2° et le 4°", before: four, text: left9Grp("1° Les 1° et 2° et le 4° sont supprimés ;"),
			want: []string{"Chapeau :", "1° (Abrogé) ;", "2° (Abrogé) ;", "3° Trois ;", "4° (Abrogé)."}},
		{name: "letters", before: lets, text: left9Grp("1° Le a est abrogé ainsi que les c et d ;"),
			want: []string{"Chapeau :", "a) (Abrogé) ;", "b) Deux ;", "c) (Abrogé) ;", "d) (Abrogé)."}},
		{name: "au 1° et aux 3° et 4°", before: words, text: left9Grp("1° Au 1° et aux 3° et 4°, le mot : « juge » est remplacé par le mot : « maire » ;"),
			want: []string{"Chapeau :", "1° Un maire ;", "2° Deux ;", "3° Trois maire ;", "4° Quatre maire."}},
		{name: "another kind: refused", before: four, text: left9Grp("1° Le 1° et les a et b sont supprimés ;")},
		{name: "the 1° and the alinéa of the I: refused", before: parts, text: left9Grp("1° Le 1°, le 2° et le dernier alinéa du I sont supprimés ;")},
		// The brief's other forms, as they read.
		{name: "les a et c du 2°", before: deep, text: left9Grp("1° Les a et c du 2° sont abrogés ;"),
			want: []string{"Chapeau :", "1° Un ;", "2° Deux :", "a) (Abrogé) ;", "b) B ;", "c) (Abrogé) ;", "3° Trois."}},
		{name: "an alinéa and a sentence of another", before: five, text: left9Grp("1° Le troisième alinéa et la dernière phrase du quatrième alinéa sont supprimés ;"),
			want: []string{"Un un.", "Deux deux.", "Quatre.", "Cinq."}},
		{name: "a sentence and a later alinéa", before: five, text: left9Grp("1° La dernière phrase du quatrième alinéa et le cinquième alinéa sont supprimés ;"),
			want: []string{"Un un.", "Deux deux.", "Trois trois.", "Quatre."}},
		{name: "l'avant-dernier alinéa", before: five, text: left9Grp("1° L'avant-dernier alinéa est supprimé ;"),
			want: []string{"Un un.", "Deux deux.", "Trois trois.", "Cinq."}},
		{name: "les deux derniers alinéas", before: five, text: left9Grp("1° Les deux derniers alinéas sont remplacés par un alinéa ainsi rédigé :", "« Fin. » ;"),
			want: []string{"Un un.", "Deux deux.", "Trois trois.", "Fin."}},
		{name: "deux alinéas insérés", before: five, text: left9Grp("1° Après le deuxième alinéa, sont insérés deux alinéas ainsi rédigés :", "« Nouveau un.", "« Nouveau deux. » ;"),
			want: []string{"Un un.", "Deux deux.", "Nouveau un.", "Nouveau deux.", "Trois trois.", "Quatre. Quatre bis.", "Cinq."}},
		{name: "au début du dernier alinéa", before: five, text: left9Grp("1° Au début du dernier alinéa, sont insérés les mots : « Et » ;"),
			want: []string{"Un un.", "Deux deux.", "Trois trois.", "Quatre. Quatre bis.", "Et Cinq."}},
		{name: "la fin de la deuxième phrase", before: []string{"Un.", "Le juge signe l'acte. Il date l'acte du maire."}, text: left9Grp("1° Après le mot : « date », la fin de la deuxième phrase du second alinéa est ainsi rédigée : « la décision. » ;"),
			want: []string{"Un.", "Le juge signe l'acte. Il date la décision."}},
	})
}

// TestLeft9SeveralPlaces: places of different divisions in one subject,
// "Aux premier, troisième et cinquième alinéas de l'article L. 1 et à
// l'article L. 2", "Au 1° du I et au deuxième alinéa du II", and an item
// of "ainsi modifié :" holding two edits joined by "et", read as they
// are (guards).
func TestLeft9SeveralPlaces(t *testing.T) {
	parts := []string{"I. – Premier :", "1° Un juge ;", "2° Deux.", "II. – Deuxième.", "Le juge du II.", "Fin juge."}
	runGrammar(t, []grammarCase{
		{name: "alinéas of L. 1 and the article L. 2", before: []string{"Un juge.", "Deux juge.", "Trois juge.", "Quatre.", "Cinq juge."}, more: map[string][]string{"L2": {"Le juge ici."}},
			text: []string{"Aux premier, troisième et cinquième alinéas de l'article L. 1 et à l'article L. 2 du code civil, le mot : « juge » est remplacé par le mot : « maire »."},
			want: []string{"Un maire.", "Deux juge.", "Trois maire.", "Quatre.", "Cinq maire."}},
		{name: "the 1° of the I and an alinéa of the II", before: parts, text: left9Grp("1° Au 1° du I et au deuxième alinéa du II, le mot : « juge » est remplacé par le mot : « maire » ;"),
			want: []string{"I. – Premier :", "1° Un maire ;", "2° Deux.", "II. – Deuxième.", "Le maire du II.", "Fin juge."}},
		{name: "at the top", before: parts, text: []string{"Au 1° du I et au deuxième alinéa du II de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « maire »."},
			want: []string{"I. – Premier :", "1° Un maire ;", "2° Deux.", "II. – Deuxième.", "Le maire du II.", "Fin juge."}},
		{name: "a) with two edits joined by et", before: []string{"Le juge signe l'acte du maire.", "Deux juge."},
			text: []string{left9Ctx, "a) Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » et les mots : « du maire » sont supprimés ;", "b) Au second alinéa, le mot : « juge » est remplacé par le mot : « maire »."},
			want: []string{"Le greffier signe l'acte.", "Deux maire."}},
		{name: "an alinéa ainsi modifié, a) with two edits", before: []string{"Le juge signe l'acte du maire.", "Deux juge."},
			text: left9Grp("1° Le premier alinéa est ainsi modifié :", "a) Le mot : « juge » est remplacé par le mot : « greffier » et les mots : « du maire » sont supprimés ;", "b) Il est complété par les mots : « et plus » ;"),
			want: []string{"Le greffier signe l'acte et plus.", "Deux juge."}},
	})
}

// TestLeft9ElidedRankAlone: a rank alone after the elided article, "Le
// deuxième alinéa est supprimé (,) ainsi que l'avant-dernier", takes the
// first subject's noun when its gender agrees, as "… ainsi que le
// dernier" does (the avant-dernier was dropped, the second alinéa alone
// deleted); a gender not agreeing ("… ainsi que l'avant-dernière"), no
// noun to take ("Le deuxième alinéa de l'article L. 1 … ainsi que
// l'avant-dernier", "Le premier alinéa et l'avant-dernier sont
// supprimés") are refused (the rank was dropped in silence).
func TestLeft9ElidedRankAlone(t *testing.T) {
	sev := []string{"I. – Un.", "Deux.", "Trois. Trois bis.", "Quatre.", "II. – Cinq."}
	runGrammar(t, []grammarCase{
		{name: "ainsi que l'avant-dernier", before: sev, text: left9Grp("1° Le deuxième alinéa est supprimé ainsi que l'avant-dernier ;"),
			want: []string{"I. – Un.", "Trois. Trois bis.", "II. – Cinq."}},
		{name: "with the comma", before: sev, text: left9Grp("1° Le deuxième alinéa est supprimé, ainsi que l'avant-dernier ;"),
			want: []string{"I. – Un.", "Trois. Trois bis.", "II. – Cinq."}},
		{name: "le dernier", before: sev, text: left9Grp("1° Le deuxième alinéa est supprimé ainsi que le dernier ;"),
			want: []string{"I. – Un.", "Trois. Trois bis.", "Quatre."}},
		{name: "l'avant-dernière phrase", before: []string{"Il signe. Il lit. Il date."}, text: left9Grp("1° La dernière phrase est supprimée, ainsi que l'avant-dernière ;"),
			want: []string{"Il signe."}},
		{name: "the gender not agreeing: refused", before: sev, text: left9Grp("1° Le deuxième alinéa est supprimé, ainsi que l'avant-dernière ;")},
		{name: "a sentence then a masculine rank: refused", before: sev, text: left9Grp("1° La première phrase du troisième alinéa est supprimée, ainsi que l'avant-dernière ;")},
		{name: "after the article: refused", before: sev, text: []string{"Le deuxième alinéa de l'article L. 1 du code civil est supprimé, ainsi que l'avant-dernier."}},
		{name: "joined by et: refused", before: sev, text: left9Grp("1° Le premier alinéa et l'avant-dernier sont supprimés ;")},
	})
}
