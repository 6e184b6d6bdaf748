package law

import (
	"strings"
	"testing"
)

// TestDashes27Counted: dashes counted from the end or the start of the
// division's list ("les deux derniers tirets", "les trois premiers
// tirets") are those dashes, as counted alinéas are; they were refused
// as a part not read.
func TestDashes27Counted(t *testing.T) {
	item := "L1: Sont exclus :|1° Les meubles ;|2° Les personnes :|– les maires ;|– les juges ;|– les préfets.|3° Les navires."
	flat := "L1: Sont exclus :|– les maires ;|– les juges ;|– les préfets.|Un décret fixe les modalités."
	runRenum22(t, []renum22Case{
		{name: "the last two", arts: []string{item}, lines: []string{"Les deux derniers tirets du 2° de l'article L. 1 du code civil sont supprimés."},
			want: "l1: Sont exclus :|1° Les meubles ;|2° Les personnes :|– les maires.|3° Les navires."},
		{name: "the first two", arts: []string{item}, lines: []string{"Les deux premiers tirets du 2° de l'article L. 1 du code civil sont supprimés."},
			want: "l1: Sont exclus :|1° Les meubles ;|2° Les personnes :|– les préfets.|3° Les navires."},
		{name: "their words", arts: []string{flat}, lines: []string{"Aux deux derniers tirets de l'article L. 1 du code civil, le mot : « les » est remplacé par le mot : « des »."},
			want: "l1: Sont exclus :|– les maires ;|– des juges ;|– des préfets.|Un décret fixe les modalités."},
		{name: "replaced by one alinéa", arts: []string{flat}, lines: []string{"Les trois premiers tirets de l'article L. 1 du code civil sont remplacés par un alinéa ainsi rédigé :", "« – les élus. »"},
			want: "l1: Sont exclus :|– les élus.|Un décret fixe les modalités."},
		{name: "more than the list holds", arts: []string{flat}, lines: []string{"Les quatre premiers tirets de l'article L. 1 du code civil sont supprimés."},
			want: "l1: " + flat[4:], err: errDashesMissing26},
		{name: "two lists", arts: []string{"L1: Sont exclus :|– les maires ;|– les juges.|Sont inclus :|– les avocats ;|– les notaires."}, lines: []string{"Les deux derniers tirets de l'article L. 1 du code civil sont supprimés."},
			want: "l1: Sont exclus :|– les maires ;|– les juges.|Sont inclus :|– les avocats ;|– les notaires.", err: errApplyItemList26},
	})
}

// TestDashes27ReplacedByDashes: "Le dernier tiret est remplacé par deux
// tirets ainsi rédigés" — the dash gives way to the new dashes as to
// alinéas (it was not a known instruction form); a new text not opening
// each alinéa with a dash is refused.
func TestDashes27ReplacedByDashes(t *testing.T) {
	flat := "L1: Sont exclus :|– les maires ;|– les juges ;|– les préfets."
	runRenum22(t, []renum22Case{
		{name: "the last by two", arts: []string{flat}, lines: []string{"Le dernier tiret de l'article L. 1 du code civil est remplacé par deux tirets ainsi rédigés :", "« – les préfets ;", "« – les greffiers. »"},
			want: "l1: Sont exclus :|– les maires ;|– les juges ;|– les préfets ;|– les greffiers."},
		{name: "two by one", arts: []string{flat}, lines: []string{"Les deux derniers tirets de l'article L. 1 du code civil sont remplacés par un tiret ainsi rédigé :", "« – les magistrats. »"},
			want: "l1: Sont exclus :|– les maires ;|– les magistrats."},
		{name: "no dash in the new text", arts: []string{flat}, lines: []string{"Le dernier tiret de l'article L. 1 du code civil est remplacé par deux tirets ainsi rédigés :", "« les préfets ;", "« les greffiers. »"},
			want: "l1: Sont exclus :|– les maires ;|– les juges ;|– les préfets.", err: errDashesReplacingNotDashes27},
	})
}

// TestDashes27AddedOffTheList: dashes added at the end of a place go at
// the end of the list there ("Le 2° est complété par un tiret", "…
// il est ajouté un tiret", the dash before taking " ;"); refused where
// they would not end a list — the place is an alinéa introducing a list
// that goes on after it (the dash went first, before the list's).
func TestDashes27AddedOffTheList(t *testing.T) {
	item := "L1: Sont exclus :|1° Les meubles ;|2° Les personnes :|– les maires ;|– les préfets.|3° Les navires."
	flat := "L1: Sont exclus :|– les maires ;|– les préfets.|Un décret fixe les modalités."
	runRenum22(t, []renum22Case{
		{name: "an item's list", arts: []string{item}, lines: []string{"Le 2° de l'article L. 1 du code civil est complété par un tiret ainsi rédigé :", "« – les greffiers. »"},
			want: "l1: Sont exclus :|1° Les meubles ;|2° Les personnes :|– les maires ;|– les préfets ;|– les greffiers.|3° Les navires."},
		{name: "il est ajouté", arts: []string{item}, lines: []string{"Au 2° de l'article L. 1 du code civil, il est ajouté un tiret ainsi rédigé :", "« – les greffiers. »"},
			want: "l1: Sont exclus :|1° Les meubles ;|2° Les personnes :|– les maires ;|– les préfets ;|– les greffiers.|3° Les navires."},
		{name: "the alinéa introducing the list", arts: []string{flat}, lines: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par un tiret ainsi rédigé :", "« – les greffiers. »"},
			want: "l1: " + flat[4:], err: errApplyItemList26},
	})
}

// TestDashes27AmendmentCounted: an amendment's dashes counted in the
// list an alinéa introduces, "Supprimer les deux derniers tirets de
// l'alinéa 1", are those dashes (they were refused, amCountedDash26);
// counted with no alinéa, or more than the list holds, refused.
func TestDashes27AmendmentCounted(t *testing.T) {
	art := Article{Number: "1er", Alineas: []string{"Sont exclus :", "– les maires ;", "– les juges ;", "– les préfets.", "Un décret."}}
	for _, c := range []struct{ disp, want string }{
		{"Supprimer les deux derniers tirets de l'alinéa 1.", "Sont exclus :|– les maires.|Un décret."},
		{"Supprimer les deux premiers tirets de l'alinéa 1.", "Sont exclus :|– les préfets.|Un décret."},
		{"Aux deux derniers tirets de l'alinéa 1, remplacer le mot : « les » par le mot : « des ».", "Sont exclus :|– les maires ;|– des juges ;|– des préfets.|Un décret."},
		{"Supprimer les quatre premiers tirets de l'alinéa 1.", ""},
		{"Alinéa 1\nSupprimer les deux derniers tirets.", ""},
	} {
		r := ApplyAmendment(art, c.disp)
		if c.want == "" {
			if r.Applied || len(r.Refusals) == 0 {
				t.Errorf("%q: applied %v, want refused: %q", c.disp, r.Applied, r.Article.Alineas)
			}
			continue
		}
		if got := strings.Join(r.Article.Alineas, "|"); !r.Applied || got != c.want {
			t.Errorf("%q: applied %v (%v)\ngot  %s\nwant %s", c.disp, r.Applied, r.Refusals, got, c.want)
		}
	}
}
