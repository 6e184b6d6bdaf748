package law

import "testing"

// holdRefs parses one bill article and gives, for each instruction, the
// articles its edits name (nil: refused).
func holdRefs(t *testing.T, text ...string) [][]CodeRef {
	t.Helper()
	var out [][]CodeRef
	for _, in := range ParseInstructions([]Article{{Number: "1", Alineas: text}}) {
		if in.Status == Context {
			continue
		}
		var refs []CodeRef
		if in.Status == Parsed {
			refs = []CodeRef{}
			for _, e := range in.Edits {
				refs = append(refs, e.Scope.Ref)
			}
		}
		out = append(out, refs)
	}
	return out
}

// lastRefs checks the articles the last instruction of got names against
// want (nil: refused; else the first article, and how many).
func lastRefs(t *testing.T, name string, got [][]CodeRef, want []CodeRef) {
	t.Helper()
	last := got[len(got)-1]
	if want == nil {
		if last != nil {
			t.Errorf("%s: edits %v, want refused", name, last)
		}
		return
	}
	if len(last) != len(want) || len(last) > 0 && last[0] != want[0] {
		t.Errorf("%s: edits %v, want %v", name, last, want)
	}
}

// TestHold91SameTextOfNoneNamed: "du même code" ("dudit code", "ce
// code", "le même code est ainsi modifié") names the last code named:
// after a law only (no code named before), it names none and is refused
// (the law's article L. 3 was edited). So "de la même loi" ("ladite
// loi", "cette loi") after a code only (the code's article 3 was
// edited). After a code, then a law, "du même code" is that code.
func TestHold91SameTextOfNoneNamed(t *testing.T) {
	op := ", le mot : « juge » est remplacé par le mot : « maire »."
	law := "I. – L'article 3 de la loi n° 2000-321 du 12 avril 2000 est abrogé."
	code := "I. – L'article L. 1 du code civil est abrogé."
	for _, tc := range []struct {
		name string
		text []string
		want []CodeRef // the last instruction's; nil: refused
	}{
		{"du même code after a law", []string{law, "II. – À l'article L. 3 du même code" + op}, nil},
		{"dudit code after a law", []string{law, "II. – À l'article L. 3 dudit code" + op}, nil},
		{"le même code est ainsi modifié after a law", []string{law, "II. – Le même code est ainsi modifié :", "1° À l'article L. 3" + op}, nil},
		{"de la même loi after a code", []string{code, "II. – À l'article 3 de la même loi" + op}, nil},
		{"de ladite loi after a code", []string{code, "II. – À l'article 3 de ladite loi" + op}, nil},
		{"de cette loi after a code", []string{code, "II. – À l'article 3 de cette loi" + op}, nil},
		{"du même code after a code, then a law", []string{code, "II. – L'article 3 de la loi n° 2000-321 du 12 avril 2000 est abrogé.", "III. – À l'article L. 3 du même code" + op}, []CodeRef{{Code: "code civil", Article: "l3"}}},
		{"de la même loi after a law", []string{law, "II. – À l'article 4 de la même loi" + op}, []CodeRef{{Code: "loi 2000 321", Article: "4"}}},
		{"du même code after a code", []string{code, "II. – À l'article L. 3 du même code" + op}, []CodeRef{{Code: "code civil", Article: "l3"}}},
	} {
		lastRefs(t, tc.name, holdRefs(t, tc.text...), tc.want)
	}
}

// TestHold91ArticlePreciteSeveralCodes: "l'article L. 1 précité" is of
// the text named last, while the bill article has named one code; after
// two ("I. – … l'article L. 1 du code civil …", "II. – … l'article L. 2
// du code de commerce …"), which one is not said by "précité": refused
// (it took the code de commerce, where L. 1 was not named). Under a
// context naming its code, the context's.
func TestHold91ArticlePreciteSeveralCodes(t *testing.T) {
	op := ", le mot : « juge » est remplacé par le mot : « maire »."
	one := "I. – À l'article L. 1 du code civil" + op
	two := "II. – À l'article L. 2 du code de commerce" + op
	if got := holdRefs(t, one, two, "III. – Au deuxième alinéa de l'article L. 1 précité"+op); got[2] != nil {
		t.Errorf("two codes named: %v, want refused", got[2])
	}
	if got := holdRefs(t, one, "II. – Au deuxième alinéa de l'article L. 1 précité"+op); len(got[1]) != 1 || got[1][0] != (CodeRef{Code: "code civil", Article: "l1"}) {
		t.Errorf("one code named: %v, want l1 (code civil)", got[1])
	}
	if got := holdRefs(t, one, two, "III. – Le code civil est ainsi modifié :", "1° Au deuxième alinéa de l'article L. 1 précité"+op); len(got[2]) != 1 || got[2][0] != (CodeRef{Code: "code civil", Article: "l1"}) {
		t.Errorf("under the code's context: %v, want l1 (code civil)", got[2])
	}
}

// TestHold91SameCodeInTheLocator: "du même code" after a code named in
// the same locator is that code, the first instruction of the bill
// naming it ("À l'article L. 1 du code civil et à l'article L. 2 du même
// code"; "de la même loi" so).
func TestHold91SameCodeInTheLocator(t *testing.T) {
	op := ", le mot : « juge » est remplacé par le mot : « maire »."
	got := holdRefs(t, "À l'article L. 1 du code civil et à l'article L. 2 du même code"+op)
	if len(got[0]) != 2 || got[0][1] != (CodeRef{Code: "code civil", Article: "l2"}) {
		t.Errorf("du même code: %v", got[0])
	}
	got = holdRefs(t, "À l'article 1er de la loi n° 2000-321 du 12 avril 2000 et à l'article 2 de la même loi"+op)
	if len(got[0]) != 2 || got[0][1] != (CodeRef{Code: "loi 2000 321", Article: "2"}) {
		t.Errorf("de la même loi: %v", got[0])
	}
}
