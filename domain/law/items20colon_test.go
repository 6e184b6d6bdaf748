package law

import (
	"errors"
	"strings"
	"testing"
)

// TestItems20NewItemAfterAnnouncingItem: a new item set after a list's
// last item that ends with a colon, the alinéa after it no item nor dash
// of its own ("2° Les biens suivants :", "les meubles ;", "les
// immeubles.", "Un décret …"), is refused (errItemAnnouncingAlineas):
// the item's own alinéas and those closing the list are not told apart
// (the 2° bis went between the 2° and its alinéas). Dashes of its own
// ("– les meubles ;"), a next item, or a last item not ending with a
// colon keep their reading.
func TestItems20NewItemAfterAnnouncingItem(t *testing.T) {
	ref := CodeRef{Code: CodeKey("code civil"), Article: ArticleKey("L1")}
	run := func(name string, before []string, line string, want []string) {
		t.Helper()
		c := Corpus{ref: {Ref: ref, Heading: "L1", Alineas: before}}
		ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{
			"Après le " + line + " de l'article L. 1 du code civil, il est inséré un " + line + " bis ainsi rédigé :",
			"« " + line + " bis Les droits ; »",
		}}})
		got, errs := Apply(c, ins, ApplyOptions{})
		if want == nil {
			if len(errs) != 1 || !errors.Is(errs[0].Err, errItemAnnouncingAlineas) {
				t.Errorf("%s: errors %v, want errItemAnnouncingAlineas", name, errs)
			}
			if g := got[ref].Alineas; strings.Join(g, "|") != strings.Join(before, "|") {
				t.Errorf("%s: changed to %q", name, g)
			}
			return
		}
		if len(errs) != 0 {
			t.Errorf("%s: errors %v", name, errs)
			return
		}
		if g := got[ref].Alineas; strings.Join(g, "|") != strings.Join(want, "|") {
			t.Errorf("%s: got %q, want %q", name, g, want)
		}
	}
	run("unnumbered alinéas after a colon", []string{"Sont exclus :", "1° Les fruits ;", "2° Les biens suivants :", "les meubles ;", "les immeubles.", "Un décret fixe les modalités."}, "2°", nil)
	run("dashes without a space after a colon", []string{"Sont exclus :", "1° Les fruits ;", "2° Les biens suivants :", "-les meubles,", "-les immeubles,", "Un décret fixe les modalités."}, "2°", nil)
	run("dashes of its own", []string{"Sont exclus :", "1° Les fruits ;", "2° Les biens suivants :", "– les meubles ;", "– les immeubles ;", "Un décret fixe les modalités."}, "2°",
		[]string{"Sont exclus :", "1° Les fruits ;", "2° Les biens suivants :", "– les meubles ;", "– les immeubles ;", "2° bis Les droits ;", "Un décret fixe les modalités."})
	run("a next item", []string{"Sont exclus :", "1° Les fruits ;", "2° Les biens suivants :", "les meubles ;", "3° Les créances."}, "2°",
		[]string{"Sont exclus :", "1° Les fruits ;", "2° Les biens suivants :", "les meubles ;", "2° bis Les droits ;", "3° Les créances."})
	run("a last item without a colon", []string{"Sont exclus :", "1° Les fruits ;", "2° Les biens.", "Un décret fixe les modalités."}, "2°",
		[]string{"Sont exclus :", "1° Les fruits ;", "2° Les biens ;", "2° bis Les droits ;", "Un décret fixe les modalités."})
}
