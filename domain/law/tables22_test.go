package law

import (
	"errors"
	"strings"
	"testing"
)

// tab22 is a small table as the corpus stores it: one alinéa of HTML, its
// lines apart (width="104" holds a number no cell holds).
const tab22 = "<table>\n<tbody>\n<tr>\n<td width=\"104\">\n<p align=\"center\">Usages</p>\n</td>\n<td>\n<p>Catégorie 1</p>\n</td>\n</tr>\n<tr>\n<td>\n<p>Irrigation</p>\n</td>\n<td>\n<p>2</p>\n</td>\n</tr>\n<tr>\n<td>\n<p>Eau potable</p>\n</td>\n<td>\n<p>2</p>\n</td>\n</tr>\n</tbody>\n</table>"

// art22 is an article whose V introduces a table: the table its third
// alinéa, as the law counts it.
var art22 = []string{"V. – Le tarif est fixé ainsi :", "Le plafond est le suivant :", tab22, "L'agence fixe un taux.", "VI. – Le taux est de 2 %."}

// run22 parses text, applies it to L. 1 (before) and gives the article
// after, the parse refusals' errors and the apply errors.
func run22(t *testing.T, before, text []string) (after []string, refused []error, errs []ApplyError) {
	t.Helper()
	ref := CodeRef{Code: "code civil", Article: "l1"}
	c := Corpus{ref: {Ref: ref, Heading: "L1", Alineas: before}}
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: text}})
	for _, in := range ins {
		if in.Status == Unparsed {
			refused = append(refused, refusalSaid(&in))
		}
	}
	got, errs := Apply(c, ins, ApplyOptions{})
	return got[ref].Alineas, refused, errs
}

// with22 is art22 with its table's text replaced (old → new, once).
func with22(old, new string) []string {
	a := append([]string(nil), art22...)
	a[2] = strings.Replace(tab22, old, new, 1)
	return a
}

// TestTables22Applied: a table's words, the table replaced or deleted
// whole, and the alinéas counted with the table as one.
func TestTables22Applied(t *testing.T) {
	newTab := "<table><tbody><tr><td>Usages</td><td>Tarif</td></tr></tbody></table>"
	without := []string{art22[0], art22[1], art22[3], art22[4]}
	for _, tc := range []struct {
		name string
		text []string
		want []string
	}{
		{"the table counted as an alinéa", []string{"Au quatrième alinéa du V de l'article L. 1 du code civil, le mot : « taux » est remplacé par le mot : « tarif »."},
			[]string{art22[0], art22[1], tab22, "L'agence fixe un tarif.", art22[4]}},
		{"au tableau du second alinéa: the table it introduces", []string{"Au tableau du second alinéa du V de l'article L. 1 du code civil, le mot : « Irrigation » est remplacé par le mot : « Arrosage »."},
			with22("Irrigation", "Arrosage")},
		{"au tableau du troisième alinéa: the table it is", []string{"Au tableau du troisième alinéa du V de l'article L. 1 du code civil, les mots : « Eau potable » sont remplacés par les mots : « Eau de boisson »."},
			with22("Eau potable", "Eau de boisson")},
		{"au tableau du V", []string{"Au tableau du V de l'article L. 1 du code civil, après le mot : « Irrigation », il est inséré le mot : « agricole »."},
			with22("Irrigation", "Irrigation agricole")},
		{"dans le tableau de l'article", []string{"Dans le tableau de l'article L. 1 du code civil, le mot : « Usages » est remplacé par le mot : « Emplois »."},
			with22("Usages", "Emplois")},
		{"au tableau, under a head", []string{"Le V de l'article L. 1 du code civil est ainsi modifié :", "1° Au tableau, les mots : « Catégorie 1 » sont remplacés par les mots : « Première catégorie » ;", "2° Au premier alinéa, le mot : « tarif » est remplacé par le mot : « prix »."},
			func() []string {
				a := with22("Catégorie 1", "Première catégorie")
				a[0] = "V. – Le prix est fixé ainsi :"
				return a
			}()},
		{"an occurrence ranked in the table", []string{"Au tableau du V de l'article L. 1 du code civil, la seconde occurrence du nombre : « 2 » est remplacée par le nombre : « 3 »."},
			func() []string {
				a := append([]string(nil), art22...)
				i := strings.LastIndex(tab22, "<p>2</p>")
				a[2] = tab22[:i] + "<p>3</p>" + tab22[i+len("<p>2</p>"):]
				return a
			}()},
		{"a word of the article found in a cell", []string{"À l'article L. 1 du code civil, le mot : « Irrigation » est remplacé par le mot : « Arrosage »."},
			with22("Irrigation", "Arrosage")},
		{"the table replaced by the table following", []string{"Le tableau du second alinéa du V de l'article L. 1 du code civil est remplacé par le tableau suivant :", "« " + newTab + " »"},
			[]string{art22[0], art22[1], newTab, art22[3], art22[4]}},
		{"the table rewritten", []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le tableau du V est ainsi rédigé :", "« " + newTab + " » ;", "2° Au dernier alinéa du V, le mot : « taux » est remplacé par le mot : « tarif »."},
			[]string{art22[0], art22[1], newTab, "L'agence fixe un tarif.", art22[4]}},
		{"the last row deleted, its line break with it", []string{"La dernière ligne du tableau du V de l'article L. 1 du code civil est supprimée."},
			with22("\n<tr>\n<td>\n<p>Eau potable</p>\n</td>\n<td>\n<p>2</p>\n</td>\n</tr>", "")},
		{"the table deleted, no (Abrogé) of the V", []string{"Le tableau du V de l'article L. 1 du code civil est supprimé."}, without},
		{"the table as the third alinéa deleted", []string{"Le troisième alinéa du V de l'article L. 1 du code civil est supprimé."}, without},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, refused, errs := run22(t, art22, tc.text)
			if len(refused) > 0 || len(errs) > 0 {
				t.Fatalf("refused %v, apply %v", refused, errs)
			}
			if strings.Join(got, "\n¶\n") != strings.Join(tc.want, "\n¶\n") {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

// TestTables22Refused: what a table does not say, refused with its type
// (parse time) or its apply error; the article unchanged.
func TestTables22Refused(t *testing.T) {
	two := []string{"I. – Texte.", "<table><tr><td>A</td></tr></table>", "II. – Autre.", "<table><tr><td>B</td></tr></table>"}
	for _, tc := range []struct {
		name   string
		before []string
		text   []string
		parse  error // the parse refusal, or nil
		apply  error // the apply error, or nil
	}{
		{"a word of the markup", art22, []string{"À l'article L. 1 du code civil, le mot : « tbody » est remplacé par le mot : « x »."}, nil, nil},
		{"a number of an attribute", art22, []string{"Au V de l'article L. 1 du code civil, le nombre : « 104 » est remplacé par le nombre : « 105 »."}, nil, nil},
		{"words twice in the table", art22, []string{"Au tableau du V de l'article L. 1 du code civil, le nombre : « 2 » est remplacé par le nombre : « 3 »."}, nil, errTableWordsOnce22},
		{"two tables in the place", two, []string{"Au tableau de l'article L. 1 du code civil, le mot : « A » est remplacé par le mot : « C »."}, nil, errTableNotOne22},
		{"no table in the place", art22, []string{"Au tableau du VI de l'article L. 1 du code civil, le mot : « taux » est remplacé par le mot : « tarif »."}, nil, errTableNotOne22},
		{"an alinéa introducing nothing", art22, []string{"Au tableau du premier alinéa du V de l'article L. 1 du code civil, le mot : « Usages » est remplacé par le mot : « Emplois »."}, nil, errTableNotOne22},
		{"a text for a table", art22, []string{"Le tableau du V de l'article L. 1 du code civil est ainsi rédigé :", "« Le plafond est fixé par décret. »"}, nil, errTableNewNotOne22},
		{"a table and an alinéa for a table", art22, []string{"Le tableau du V de l'article L. 1 du code civil est ainsi rédigé :", "« <table><tr><td>A</td></tr></table> »", "« Le plafond est révisé. »"}, nil, errTableNewNotOne22},
		{"the table of an article deleted", art22, []string{"Le tableau de l'article L. 1 du code civil est supprimé."}, errTableOfArticle22, nil},
		{"words added to a table", art22, []string{"Au tableau du V de l'article L. 1 du code civil, il est ajouté une phrase ainsi rédigée : « Les plafonds sont révisés. »"}, errTableEdit22, nil},
		{"a sentence of a table", art22, []string{"La deuxième phrase du troisième alinéa du V de l'article L. 1 du code civil est supprimée."}, nil, errTableSentence22},
		{"a table completed by words", art22, []string{"Le troisième alinéa du V de l'article L. 1 du code civil est complété par les mots : « et révisés »."}, nil, errTableEndOfText22},
		{"a row of a table", art22, []string{"Au tableau du second alinéa du V de l'article L. 1 du code civil, à la deuxième ligne, le nombre : « 2 » est remplacé par le nombre : « 3 »."}, nil, nil},
		{"a table modified by items", art22, []string{"Le tableau du second alinéa du V de l'article L. 1 du code civil est ainsi modifié :", "1° Le mot : « Irrigation » est remplacé par le mot : « Arrosage »."}, nil, nil},
		{"a table annexed", art22, []string{"Au tableau annexé à l'article L. 1 du code civil, le mot : « Irrigation » est remplacé par le mot : « Arrosage »."}, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, refused, errs := run22(t, tc.before, tc.text)
			if strings.Join(got, "\n") != strings.Join(tc.before, "\n") {
				t.Fatalf("applied: %q", got)
			}
			if len(refused) == 0 && len(errs) == 0 {
				t.Fatalf("neither refused nor an apply error")
			}
			if tc.parse != nil && (len(refused) == 0 || !errors.Is(refused[0], tc.parse)) {
				t.Errorf("parse refusal %v, want %v", refused, tc.parse)
			}
			if tc.apply != nil && (len(errs) == 0 || !errors.Is(errs[0], tc.apply)) {
				t.Errorf("apply errors %v, want %v", errs, tc.apply)
			}
		})
	}
}

// TestTables22Mask: the markup masked and put back, a word never found in
// a tag; wordsOf22 leaves alinéas without a table as they are.
func TestTables22Mask(t *testing.T) {
	s := `<table><tr><td width="2">2</td><td>tr</td></tr></table>`
	m, tags, ok := maskTable22(s)
	if !ok || strings.Contains(m, "<") || len(tags) != 8 {
		t.Fatalf("masked %q %q %v", m, tags, ok)
	}
	if back, ok := unmaskTable22(m, tags); !ok || back != s {
		t.Fatalf("unmasked %q %v", back, ok)
	}
	r, n := wordEdit(s, Edit{Kind: EditReplaceWords, Old: "tr", New: "x"}, 0)
	if n != 1 || r != `<table><tr><td width="2">2</td><td>x</td></tr></table>` {
		t.Errorf("got %q %d", r, n)
	}
	if _, _, ok := maskTable22("Le taux <b>est</b> fixé."); ok {
		t.Errorf("an alinéa without a table masked")
	}
	al := []string{"A", "B"}
	if got := wordsOf22(al); &got[0] != &al[0] {
		t.Errorf("copied")
	}
}

// TestTables22Split: a table the corpus holds over several alinéas (its
// HTML lines apart, as some code files print it) is one alinéa for the
// law: an alinéa counted by rank over it is refused, a word never found in
// a line of its markup, the table named refused; an alinéa counted from
// the end after it is read.
func TestTables22Split(t *testing.T) {
	T := []string{"Le taux est fixé comme suit :", "<table>", "<tbody>", "<tr>", "<td width=\"50\">", "<p align=\"center\">Catégorie</p>", "</td>", "</tr>", "<tr>", "<td width=\"50\">", "<p>20 %</p>", "</td>", "</tr>", "</tbody>", "</table>", "Le maire date."}
	P := "l'article L. 1 du code civil"
	for _, tc := range []struct {
		name  string
		text  string
		apply error
	}{
		{"the third alinéa counted over the table", "Au troisième alinéa de " + P + ", le mot : « maire » est remplacé par le mot : « préfet ».", errTableSplit22},
		{"the second alinéa deleted", "Le deuxième alinéa de " + P + " est supprimé.", errTableSplit22},
		{"the table named", "Au tableau de " + P + ", les mots : « 20 % » sont remplacés par les mots : « 25 % ».", errTableSplit22},
		{"a number of a line of markup", "À " + P + ", le nombre : « 50 » est remplacé par le nombre : « 60 ».", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, refused, errs := run22(t, T, []string{tc.text})
			if strings.Join(got, "\n") != strings.Join(T, "\n") {
				t.Fatalf("applied: %q", got)
			}
			if len(refused)+len(errs) == 0 {
				t.Fatalf("neither refused nor an apply error")
			}
			if tc.apply != nil && (len(errs) == 0 || !errors.Is(errs[0], tc.apply)) {
				t.Errorf("apply errors %v, want %v", errs, tc.apply)
			}
		})
	}
	got, refused, errs := run22(t, T, []string{"Au dernier alinéa de " + P + ", le mot : « maire » est remplacé par le mot : « préfet »."})
	if len(refused)+len(errs) > 0 || got[len(got)-1] != "Le préfet date." {
		t.Errorf("the last alinéa: %q %v %v", got, refused, errs)
	}
}

// TestTables22RowsFromTheEnd: "la dernière ligne du tableau", "l'avant-
// dernière" are counted from the end, where the heading row (counted or
// not by the law) makes no difference: deleted, or their words edited
// (found once in the row). A row that would be the first, a cell spanning
// rows, a table named by its article alone, a row counted again after an
// edit of the same bill article changed the table: refused. Rows counted
// from the start stay refused (TestTables22Refused, "a row of a table").
func TestTables22RowsFromTheEnd(t *testing.T) {
	tab := "<table><tbody><tr><td>Usages</td><td>Taux</td></tr><tr><td>Irrigation</td><td>2</td></tr><tr><td>Eau potable</td><td>2</td></tr></tbody></table>"
	art := []string{"V. – Le tarif :", tab, "VI. – Le taux est de 2 %."}
	row := func(k int) string { // the k-th row (1-based) deleted
		rows := reRow22.FindAllStringIndex(tab, -1)
		return tab[:rows[k-1][0]] + tab[rows[k-1][1]:]
	}
	for _, tc := range []struct {
		name string
		text []string
		want string // the table after; "" refused
		err  error  // the refusal, or nil for any
	}{
		{"the last row deleted", []string{"La dernière ligne du tableau du V de l'article L. 1 du code civil est supprimée."}, row(3), nil},
		{"the row before the last deleted", []string{"L'avant-dernière ligne du tableau du premier alinéa du V de l'article L. 1 du code civil est supprimée."}, row(2), nil},
		{"words of the last row", []string{"À la dernière ligne du tableau du V de l'article L. 1 du code civil, le nombre : « 2 » est remplacé par le nombre : « 3 »."}, strings.Replace(tab, "<td>2</td></tr></tbody>", "<td>3</td></tr></tbody>", 1), nil},
		{"under a head", []string{"Le V de l'article L. 1 du code civil est ainsi modifié :", "1° À la dernière ligne du tableau, le nombre : « 2 » est remplacé par le nombre : « 4 »."}, "", nil},
		{"words not in the row", []string{"À l'avant-dernière ligne du tableau du V de l'article L. 1 du code civil, le mot : « Usages » est remplacé par le mot : « Emplois »."}, "", errTableRowWordsOnce22},
		{"a row counted twice in one bill article", []string{"L'article L. 1 du code civil est ainsi modifié :", "1° La dernière ligne du tableau du V est supprimée ;", "2° À la dernière ligne du tableau du V, le mot : « Irrigation » est remplacé par le mot : « Arrosage »."}, "", errTableRowsChanged22},
		{"the table of the article alone", []string{"La dernière ligne du tableau de l'article L. 1 du code civil est supprimée."}, "", errTableOfArticle22},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, refused, errs := run22(t, art, tc.text)
			if tc.want != "" {
				if len(refused)+len(errs) > 0 || len(got) != 3 || got[1] != tc.want {
					t.Fatalf("got %q %v %v, want %q", got, refused, errs, tc.want)
				}
				return
			}
			var all []error
			all = append(all, refused...)
			for _, e := range errs {
				all = append(all, e)
			}
			kept := tab
			if strings.HasPrefix(tc.name, "a row counted twice") {
				kept = row(3) // the 1° applied, the 2° refused
			}
			if got[1] != kept || len(all) == 0 || tc.err != nil && !errors.Is(errors.Join(all...), tc.err) {
				t.Fatalf("got %q, refused %v %v, want %v", got, refused, errs, tc.err)
			}
		})
	}
	short := []string{"V. – Le tarif :", "<table><tr><td>Usages</td></tr><tr><td>A</td></tr></table>"}
	spans := []string{"V. – Le tarif :", "<table><tr><td rowspan=\"2\">Usages</td><td>A</td></tr><tr><td>B</td></tr><tr><td>C</td><td>D</td></tr></table>"}
	for name, before := range map[string][]string{"the first row": short, "a cell spanning rows": spans} {
		got, _, errs := run22(t, before, []string{"L'avant-dernière ligne du tableau du V de l'article L. 1 du code civil est supprimée."})
		if len(errs) == 0 || !errors.Is(errs[0], errTableRows22) || got[1] != before[1] {
			t.Errorf("%s: %q %v", name, got, errs)
		}
	}
}
