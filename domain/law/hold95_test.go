package law

import "testing"

// TestHold95ArticleNamedUnderSeveral: under a context naming several
// articles ("L'article L. 1 du code civil et l'article L. 2 du code de
// commerce sont ainsi modifiés :"), an item naming a place of its own —
// "À l'article L. 3, …", "Au premier alinéa de l'article L. 2", "Au
// premier alinéa du même article", "À l'article L. 3 du même code" — is
// not each target's: refused (it was read once per target: L. 3 of each
// code edited, or L. 1 twice and L. 2 not at all). Items naming a
// division only are each target's.
func TestHold95ArticleNamedUnderSeveral(t *testing.T) {
	op := ", le mot : « juge » est remplacé par le mot : « maire »."
	head := "L'article L. 1 du code civil et l'article L. 2 du code de commerce sont ainsi modifiés :"
	for _, item := range []string{
		"1° À l'article L. 3" + op,
		"1° Au premier alinéa de l'article L. 2" + op,
		"1° Au premier alinéa du même article" + op,
		"1° À l'article L. 3 du même code" + op,
	} {
		if got := holdRefs(t, head, item); len(got) != 1 || got[0] != nil {
			t.Errorf("%q: edits %v, want refused", item, got)
		}
	}
	got := holdRefs(t, head, "1° Au premier alinéa"+op)
	want := []CodeRef{{Code: "code civil", Article: "l1"}, {Code: "code de commerce", Article: "l2"}}
	if len(got) != 1 || len(got[0]) != 2 || got[0][0] != want[0] || got[0][1] != want[1] {
		t.Errorf("a division of each: %v, want %v", got, want)
	}
}
