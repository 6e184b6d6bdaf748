package law

import (
	"strconv"
	"strings"
	"testing"
)

// amc8Case composes numbered amendments (10, 11, …) on before, in order:
// want is the article at the end, the last amendment refused when want
// is nil (the ones before it applied).
type amc8Case struct {
	name   string
	before []string
	ams    []string
	want   []string
}

func runAmc8(t *testing.T, cases []amc8Case) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var ds []Dispositif
			for i, d := range tc.ams {
				ds = append(ds, Dispositif{Number: strconv.Itoa(10 + i), Text: d})
			}
			got, rs := ComposeNumbered(Article{Number: "1", Alineas: tc.before}, ds)
			for i, r := range rs[:len(rs)-1] {
				if !r.Applied {
					t.Fatalf("amendment %d refused: %q", i+1, r.Unparsed)
				}
			}
			last := rs[len(rs)-1]
			if tc.want == nil {
				if last.Applied {
					t.Fatalf("applied, want refused: %q", got.Alineas)
				}
				if strings.Join(got.Alineas, "\n") == strings.Join(tc.before, "\n") && len(rs) > 1 {
					t.Fatalf("the amendments before it changed nothing")
				}
				return
			}
			if !last.Applied {
				t.Fatalf("refused: %q", last.Unparsed)
			}
			if g, w := strings.Join(got.Alineas, "\n"), strings.Join(tc.want, "\n"); g != w {
				t.Errorf("got\n%s\nwant\n%s", g, w)
			}
		})
	}
}

// TestAmc8RankedOccurrenceMoved: an occurrence named by its rank ("la
// première occurrence du mot : « lit »", "la seconde", "la dernière") is
// counted on the text as tabled; after an amendment adopted before it (or
// an earlier part of the same one) deleted or replaced an occurrence in
// its place, the rank names another one — refused (the first deleted,
// "après la première occurrence" went after the tabled second). A rank in
// a sentence named is counted in that sentence: an occurrence changed in
// another sentence leaves it read.
func TestAmc8RankedOccurrenceMoved(t *testing.T) {
	B := []string{"Le maire signe l'acte.", "Le juge lit le livre et lit la note.", "Le préfet vise le livre."}
	T := []string{"Le juge lit le livre et lit la note et lit le code."}
	runAmc8(t, []amc8Case{
		{"after the first, the first deleted: refused", B, []string{"À l'alinéa 2, supprimer la première occurrence du mot : « lit ».", "À l'alinéa 2, après la première occurrence du mot : « lit », insérer le mot : « vite »."}, nil},
		{"the first, the first replaced: refused", B, []string{"À l'alinéa 2, substituer à la première occurrence du mot : « lit » le mot : « voit ».", "À l'alinéa 2, substituer à la première occurrence du mot : « lit » le mot : « range »."}, nil},
		{"the second of three, the first deleted: refused", T, []string{"À l'alinéa 1, supprimer la première occurrence du mot : « lit ».", "À l'alinéa 1, substituer à la seconde occurrence du mot : « lit » le mot : « range »."}, nil},
		{"the last, the last deleted: refused", T, []string{"À l'alinéa 1, supprimer les mots : « et lit le code ».", "À l'alinéa 1, substituer à la dernière occurrence du mot : « lit » le mot : « range »."}, nil},
		{"parts of one amendment: refused", T, []string{"I. – À l'alinéa 1, supprimer la première occurrence du mot : « lit ».\nII. – À l'alinéa 1, substituer à la troisième occurrence du mot : « lit » le mot : « range »."}, nil},
		{"another sentence changed: read", []string{"Le juge lit le livre. Il lit la note et lit le code."}, []string{"À la première phrase de l'alinéa 1, supprimer le mot : « lit ».", "À la seconde phrase de l'alinéa 1, substituer à la première occurrence du mot : « lit » le mot : « range »."}, []string{"Le juge le livre. Il range la note et lit le code."}},
		{"another alinéa changed: read", B, []string{"À l'alinéa 3, substituer au mot : « livre » le mot : « code ».", "À l'alinéa 2, substituer à la seconde occurrence du mot : « lit » le mot : « range »."}, []string{B[0], "Le juge lit le livre et range la note.", "Le préfet vise le code."}},
		{"the same count: read", B, []string{"À l'alinéa 2, substituer au mot : « juge » le mot : « clerc ».", "À l'alinéa 2, substituer à la seconde occurrence du mot : « lit » le mot : « range »."}, []string{B[0], "Le clerc lit le livre et range la note.", B[2]}},
		{"the whole article, its alinéa deleted: refused", B, []string{"Supprimer l'alinéa 2.", "Après la première occurrence du mot : « livre », insérer le mot : « rouge »."}, nil},
		{"the whole article, another alinéa deleted: read", B, []string{"Supprimer l'alinéa 1.", "Après la première occurrence du mot : « livre », insérer le mot : « rouge »."}, []string{"Le juge lit le livre rouge et lit la note.", B[2]}},
		{"the whole article, an alinéa inserted: read", B, []string{"Après l'alinéa 1, insérer l'alinéa suivant : « Le clerc dort. »", "Après la dernière occurrence du mot : « livre », insérer le mot : « rouge »."}, []string{B[0], "Le clerc dort.", B[1], "Le préfet vise le livre rouge."}},
		{"alone, ranks as tabled", T, []string{"À l'alinéa 1, substituer à la deuxième occurrence du mot : « lit » le mot : « range »."}, []string{"Le juge lit le livre et range la note et lit le code."}},
		// Guards: more occurrences now than as tabled (wordsBeyondTabled).
		{"an occurrence added before: refused", B, []string{"Au début de l'alinéa 3, insérer les mots : « Sous le contrôle du juge, »", "À l'alinéa 3, substituer à la première occurrence du mot : « le » le mot : « un »."}, nil},
		{"second, the first deleted, two as tabled: refused", B, []string{"À l'alinéa 2, supprimer la première occurrence du mot : « lit ».", "À l'alinéa 2, substituer à la seconde occurrence du mot : « lit » le mot : « range »."}, nil},
	})
}

// TestAmc8AlineaEndMoved: "Compléter l'alinéa 3 par les mots : « A »",
// "Après le mot : « A », la fin de l'alinéa 3 est ainsi rédigée : …",
// "supprimer la fin de l'alinéa après le mot : …" after an amendment
// adopted before it completed that alinéa (words or a sentence): drafted
// on the end as tabled, the words went after the new sentence ("… Il est
// publié d'application.") and the end rewritten swept the text written
// since — refused. The end's last words replaced, or words changed
// inside the end rewritten, stay read, and so does the end of a sentence
// named.
func TestAmc8AlineaEndMoved(t *testing.T) {
	B := []string{"II. – La loi entre en vigueur le 1er janvier.", "Le décret fixe les modalités."}
	sentence := "Compléter l'alinéa 2 par une phrase ainsi rédigée : « Il est publié. »"
	words := "Compléter l'alinéa 2 par les mots : « d'application »"
	D := []string{"I. – Le code civil est ainsi modifié :", "1° L'article 1er est abrogé ;", "2° L'article 2 est abrogé.", "II. – La loi entre en vigueur le 1er janvier."}
	runAmc8(t, []amc8Case{
		{"words after a sentence added: refused", B, []string{sentence, "Compléter l'alinéa 2 par les mots : « du calendrier »."}, nil},
		{"words after words added: refused", B, []string{words, "Compléter l'alinéa 2 par les mots : « du calendrier »."}, nil},
		{"the end rewritten after a sentence added: refused", B, []string{sentence, "À l'alinéa 2, après le mot : « fixe », rédiger ainsi la fin de cet alinéa : « le calendrier. »"}, nil},
		{"the end rewritten after words added: refused", B, []string{words, "Après le mot : « fixe », la fin de l'alinéa 2 est ainsi rédigée : « le calendrier. »"}, nil},
		{"the end deleted after a sentence added: refused", B, []string{sentence, "À l'alinéa 2, supprimer la fin de l'alinéa après le mot : « fixe »."}, nil},
		{"the last word replaced, then completed", B, []string{"À l'alinéa 2, substituer au mot : « modalités » le mot : « conditions ».", "Compléter l'alinéa 2 par les mots : « d'application »."}, []string{B[0], "Le décret fixe les conditions d'application."}},
		{"a word of the end replaced, then the end rewritten", B, []string{"À l'alinéa 2, substituer au mot : « modalités » le mot : « conditions ».", "À l'alinéa 2, après le mot : « fixe », rédiger ainsi la fin de cet alinéa : « le calendrier. »"}, []string{B[0], "Le décret fixe le calendrier."}},
		{"the start changed, then completed", B, []string{"À l'alinéa 2, substituer au mot : « décret » le mot : « juge ».", "Compléter l'alinéa 2 par les mots : « d'application »."}, []string{B[0], "Le juge fixe les modalités d'application."}},
		{"the end of the first sentence, after a sentence added", B, []string{sentence, "À la première phrase de l'alinéa 2, après le mot : « fixe », rédiger ainsi la fin de cette phrase : « le calendrier. »"}, []string{B[0], "Le décret fixe le calendrier. Il est publié."}},
		{"a sentence completed twice: refused", B, []string{words, "Compléter la première phrase de l'alinéa 2 par les mots : « du calendrier »."}, nil},
		{"a sentence's end deleted after its words completed: refused", B, []string{words, "À la première phrase de l'alinéa 2, supprimer la fin de la phrase après le mot : « fixe »."}, nil},
		{"the last sentence as tabled completed, a sentence added after it", B, []string{sentence, "Compléter la dernière phrase de l'alinéa 2 par les mots : « d'application »."}, []string{B[0], "Le décret fixe les modalités d'application. Il est publié."}},
		{"another alinéa completed", B, []string{"Compléter l'alinéa 1 par les mots : « 2027 »", "Compléter l'alinéa 2 par les mots : « d'application »."}, []string{"II. – La loi entre en vigueur le 1er janvier 2027.", "Le décret fixe les modalités d'application."}},
		{"a division completed after an item added at its end: refused", D, []string{"Après l'alinéa 3, insérer l'alinéa suivant : « 3° L'article 3 est abrogé. »", "Compléter le I par les mots : « à compter de 2027 »."}, nil},
		{"a division completed", D, []string{"Compléter le II par les mots : « 2027 ».", "Compléter le I par les mots : « à compter de 2027 »."}, []string{D[0], D[1], "2° L'article 2 est abrogé à compter de 2027.", "II. – La loi entre en vigueur le 1er janvier 2027."}},
		// Guards.
		{"the end words after completion: refused", B, []string{words, "À la fin de l'alinéa 2, substituer au mot : « modalités » le mot : « conditions »."}, nil},
		{"a word after a sentence added", B, []string{sentence, "À l'alinéa 2, supprimer les mots : « les modalités »."}, []string{B[0], "Le décret fixe. Il est publié."}},
	})
}

// TestAmc8Composed: amendments composed on one bill article, each naming
// alinéas as tabled (guards): two on the same alinéa, the second's words
// or anchor changed by the first (refused, never sought elsewhere in the
// alinéa), alinéas inserted or deleted before a later alinéa named,
// "Rédiger ainsi cet article" then a word edit (it falls), an alinéa
// rewritten then its words (it falls), identical amendments (once), the
// last alinéa as tabled.
func TestAmc8Composed(t *testing.T) {
	B := []string{"Le maire signe l'acte.", "Le juge lit le livre et lit la note.", "Le préfet vise le livre.", "Le greffier note."}
	runAmc8(t, []amc8Case{
		{"words changed by the first: refused", B, []string{"À l'alinéa 2, substituer au mot : « livre » le mot : « registre ».", "À l'alinéa 2, après le mot : « livre », insérer le mot : « rouge »."}, nil},
		{"anchor deleted by the first: refused", B, []string{"À l'alinéa 3, supprimer les mots : « le livre ».", "À l'alinéa 3, après le mot : « livre », insérer le mot : « rouge »."}, nil},
		{"(deux fois) after one replaced: refused", B, []string{"À l'alinéa 2, substituer au mot : « livre » le mot : « registre ».", "Substituer au mot : « livre » le mot : « code » (deux fois)."}, nil},
		{"alinéas inserted, then a later one", B, []string{"Après l'alinéa 1, insérer les deux alinéas suivants : « X un. » « X deux. »", "Supprimer l'alinéa 4."}, []string{B[0], "X un.", "X deux.", B[1], B[2]}},
		{"an alinéa deleted, then a later one", B, []string{"Supprimer l'alinéa 2.", "À l'alinéa 3, substituer au mot : « livre » le mot : « code »."}, []string{B[0], "Le préfet vise le code.", B[3]}},
		{"the alinéa deleted, then named: refused", B, []string{"Supprimer l'alinéa 2.", "Au deuxième alinéa, substituer au mot : « livre » le mot : « code »."}, nil},
		{"the article rewritten, then words: refused", B, []string{"Rédiger ainsi cet article : « Le maire lit le livre. »", "Substituer au mot : « livre » le mot : « code »."}, nil},
		{"the alinéa rewritten, its words again: refused", B, []string{"Rédiger ainsi l'alinéa 3 : « Le préfet vise le livre rouge. »", "À l'alinéa 3, substituer au mot : « livre » le mot : « registre »."}, nil},
		{"identical", B, []string{"À l'alinéa 3, substituer au mot : « livre » le mot : « code ».", "À l’alinéa 3, substituer au mot : « livre » le mot : « code »."}, []string{B[0], B[1], "Le préfet vise le code.", B[3]}},
		{"the last as tabled after one added", B, []string{"Compléter cet article par un alinéa ainsi rédigé : « Le clerc lit. »", "Au dernier alinéa, substituer au mot : « note » le mot : « signe »."}, []string{B[0], B[1], B[2], "Le greffier signe.", "Le clerc lit."}},
		{"a sentence as tabled after one added before", B, []string{"Au début de l'alinéa 2, insérer une phrase ainsi rédigée : « Il dort. »", "Supprimer la première phrase de l'alinéa 2."}, []string{B[0], "Il dort.", B[2], B[3]}},
	})
}

// TestAmc8PlacesByWords: places named by words rather than numbers
// (guards): the start or the end of a numbered part, an item of an item
// of a part, a sentence of an alinéa of a part, the last alinéa, the end
// after a word, after a reference, after a ranked occurrence.
func TestAmc8PlacesByWords(t *testing.T) {
	B := []string{
		"I. – Le code civil est ainsi modifié :",
		"1° L'article 1er est ainsi modifié :",
		"a) Le mot : « maire » est remplacé par le mot : « préfet » ;",
		"b) Le mot : « juge » est supprimé ;",
		"2° L'article 2 est abrogé.",
		"II. – Le code pénal est ainsi modifié :",
		"1° L'article 3 est ainsi modifié :",
		"a) Les mots : « le livre » sont supprimés ;",
		"b) Le second alinéa est supprimé ;",
		"2° L'article L. 1 est complété par les mots : « en paix ».",
		"III. – La loi entre en vigueur le 1er janvier.",
		"Le décret fixe les modalités. Il est pris en Conseil d'État.",
	}
	with := func(i int, s string) []string {
		out := append([]string(nil), B...)
		out[i-1] = s
		return out
	}
	runAmendments(t, []amCase{
		{"au début du I", B, "Au début du I, insérer les mots : « Sous réserve du III, ».", with(1, "I. – Sous réserve du III, le code civil est ainsi modifié :")},
		{"au début du 1° du II", B, "Au début du 1° du II, insérer le mot : « Seul ».", with(7, "1° Seul l'article 3 est ainsi modifié :")},
		{"à la fin du 2° du I", B, "À la fin du 2° du I, substituer au mot : « abrogé » le mot : « supprimé ».", with(5, "2° L'article 2 est supprimé.")},
		{"à la fin du I", B, "À la fin du I, substituer au mot : « abrogé » le mot : « supprimé ».", with(5, "2° L'article 2 est supprimé.")},
		{"compléter le 2° du I", B, "Compléter le 2° du I par les mots : « à compter de 2027 ».", with(5, "2° L'article 2 est abrogé à compter de 2027.")},
		{"au a du 1° du II", B, "Au a du 1° du II, substituer aux mots : « le livre » les mots : « la note ».", with(8, "a) Les mots : « la note » sont supprimés ;")},
		{"au b du 1° du I", B, "Au b du 1° du I, substituer au mot : « juge » le mot : « greffier ».", with(4, "b) Le mot : « greffier » est supprimé ;")},
		{"à la fin du a du 1° du I", B, "À la fin du a du 1° du I, substituer au signe : « ; » le signe : « . ».", with(3, "a) Le mot : « maire » est remplacé par le mot : « préfet ».")},
		{"à la seconde phrase du second alinéa du III", B, "À la seconde phrase du second alinéa du III, substituer au mot : « pris » le mot : « rendu ».", with(12, "Le décret fixe les modalités. Il est rendu en Conseil d'État.")},
		{"not in the first phrase: refused", B, "À la première phrase du second alinéa du III, substituer au mot : « pris » le mot : « rendu ».", nil},
		{"au début du second alinéa du III", B, "Au début du second alinéa du III, substituer aux mots : « Le décret » les mots : « Un arrêté ».", with(12, "Un arrêté fixe les modalités. Il est pris en Conseil d'État.")},
		{"au dernier alinéa", B, "Au dernier alinéa, substituer au mot : « pris » le mot : « rendu ».", with(12, "Le décret fixe les modalités. Il est rendu en Conseil d'État.")},
		{"au dernier alinéa du II", B, "Au dernier alinéa du II, substituer au mot : « paix » le mot : « guerre ».", with(10, "2° L'article L. 1 est complété par les mots : « en guerre ».")},
		{"la fin de l'alinéa 12 après le mot", B, "Après le mot : « modalités », la fin de l'alinéa 12 est ainsi rédigée : « d'application. »", with(12, "Le décret fixe les modalités d'application.")},
		{"après la référence", B, "Après la référence : « L. 1 », insérer les mots : « du code de commerce ».", with(10, "2° L'article L. 1 du code de commerce est complété par les mots : « en paix ».")},
		{"après la première occurrence", B, "À l'alinéa 12, après la première occurrence du mot : « est », insérer le mot : « aussi ».", with(12, "Le décret fixe les modalités. Il est aussi pris en Conseil d'État.")},
		{"à la fin de la première phrase du dernier alinéa", B, "À la fin de la première phrase du dernier alinéa, substituer au mot : « modalités » le mot : « conditions ».", with(12, "Le décret fixe les conditions. Il est pris en Conseil d'État.")},
	})
}
