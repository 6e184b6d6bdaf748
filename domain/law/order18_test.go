package law

import (
	"errors"
	"strings"
	"testing"
)

// TestOrder18BetweenDivisions: "Entre le chapitre II et le chapitre III
// (du titre Ier …), il est inséré un chapitre II bis ainsi rédigé : …"
// (it was refused: "a place between two, not read") is read as "Après le
// chapitre II" where the two follow each other: the new division and its
// articles go right after the first, judged as order17 judges them (a
// chapitre II bis holding L. 9 is refused, errMisplacedInNewDivision).
// Refused (errNotAdjacent): a division between them, one of them holding
// no article in force, or the second numbered before the first.
func TestOrder18BetweenDivisions(t *testing.T) {
	div := func(place, h string) []string {
		return []string{place + " du titre Ier du livre Ier du code civil, il est inséré un chapitre II bis ainsi rédigé :", "« Chapitre II bis", "« Le bureau", "« Art. " + h + ". – Le bureau siège. »"}
	}
	four := map[string]string{"L1": "chapitre-ier", "L3": "chapitre-ii", "L5": "chapitre-iii", "L7": "chapitre-iv"}
	for _, c := range []struct {
		place, art string
		arts       map[string]string
		want       string // "read", "adjacent", "misplaced"
	}{
		{"Entre le chapitre II et le chapitre III", "L. 4-1", nil, "read"},
		{"Entre le chapitre II et le chapitre III", "L. 9", nil, "misplaced"},
		{"Entre le chapitre II et le chapitre IV", "L. 4-1", four, "adjacent"},
		{"Entre le chapitre II et le chapitre IV", "L. 4-1", nil, "adjacent"},
		{"Entre le chapitre III et le chapitre II", "L. 4-1", nil, "adjacent"},
	} {
		errs, added := order17Apply(t, order15Corpus(c.arts), div(c.place, c.art))
		switch c.want {
		case "read":
			if len(errs) > 0 || added != 1 {
				t.Errorf("%s, %s: errors %v, %d added: want read", c.place, c.art, errs, added)
			}
		case "misplaced":
			var m errMisplacedInNewDivision
			if len(errs) != 1 || !errors.As(errs[0], &m) || added != 0 {
				t.Errorf("%s, %s: errors %v: want errMisplacedInNewDivision", c.place, c.art, errs)
			}
		case "adjacent":
			var m errNotAdjacent
			if len(errs) != 1 || !errors.As(errs[0], &m) || added != 0 {
				t.Errorf("%s, %s: errors %v: want errNotAdjacent", c.place, c.art, errs)
			}
		}
	}
	// Where it goes: filed in the new chapter, under the titre.
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: div("Entre le chapitre II et le chapitre III", "L. 4-1")}})
	out, errs := Apply(order15Corpus(nil), ins, ApplyOptions{})
	got := out[CodeRef{Code: "code civil", Article: "l4-1"}].Division
	if len(errs) > 0 || strings.Join(got, "/") != "partie-legislative/livre-ier/titre-ier/chapitre-ii-bis" {
		t.Errorf("L. 4-1 filed in %v (errors %v), want the new chapitre II bis", got, errs)
	}
	// Sections, "entre la section 1 et la section 2".
	sec := func(place string) []string {
		return []string{place + " du chapitre Ier du titre Ier du livre Ier du code civil, il est inséré une section 1 bis ainsi rédigée :", "« Section 1 bis", "« Le bureau", "« Art. L. 1-1. – Le bureau siège. »"}
	}
	errs2, added := order17Apply(t, order17Sections(map[string]string{"L1": "section-1", "L2": "section-2"}), sec("Entre la section 1 et la section 2"))
	if len(errs2) > 0 || added != 1 {
		t.Errorf("entre la section 1 et la section 2: errors %v, %d added: want read", errs2, added)
	}
	errs2, _ = order17Apply(t, order17Sections(map[string]string{"L1": "section-1", "L2": "section-2", "L3": "section-3"}), sec("Entre la section 1 et la section 3"))
	var m errNotAdjacent
	if len(errs2) != 1 || !errors.As(errs2[0], &m) {
		t.Errorf("entre la section 1 et la section 3 (a section 2 in force): errors %v, want errNotAdjacent", errs2)
	}
}

// TestOrder18BetweenArticles: "Entre les articles L. 4 et L. 5, il est
// inséré un article L. 4-1" is read after L. 4 where L. 4 and L. 5 follow
// each other; refused (errNotAdjacent) where an article stands between
// them (it was inserted all the same), where one is not in force, or
// where a neighbour's order beside them is no convention held (L. 4 bis
// beside L. 4-1).
func TestOrder18BetweenArticles(t *testing.T) {
	art := func(place, h string) []string {
		return []string{place + " du code civil, il est inséré un article " + h + " ainsi rédigé :", "« Art. " + h + ". – Le bureau siège. »"}
	}
	for _, c := range []struct {
		place, art string
		arts       map[string]string
		ok         bool
	}{
		{"Entre les articles L. 4 et L. 5", "L. 4-1", nil, true},
		{"Entre l'article L. 4 et l'article L. 5", "L. 4-1", nil, true},
		{"Entre les articles L. 4 et L. 6", "L. 4-1", nil, false},
		{"Entre les articles L. 4 et L. 4-2", "L. 4-1", nil, false},
		{"Entre les articles L. 4 et L. 5", "L. 4-1", map[string]string{"L4": "chapitre-ii", "L4 bis": "chapitre-ii", "L5": "chapitre-iii"}, false},
	} {
		errs, added := order17Apply(t, order15Corpus(c.arts), art(c.place, c.art))
		if c.ok {
			if len(errs) > 0 || added != 1 {
				t.Errorf("%s, %s: errors %v, %d added: want read", c.place, c.art, errs, added)
			}
			continue
		}
		var m errNotAdjacent
		if len(errs) != 1 || !errors.As(errs[0], &m) || added != 0 {
			t.Errorf("%s, %s (%v): errors %v, %d added: want errNotAdjacent", c.place, c.art, c.arts, errs, added)
		}
	}
}

// TestOrder18BisAfterDash: "Après l'article L. 4-1, il est inséré un
// article L. 4 bis" is refused with what is true — the order of "4 bis"
// beside "4-1" is no convention held (errOrderBesideNotCertain; it said
// "numbered before article l4-1", an order the codes do not say), and so
// is "Après l'article L. 4 bis, … L. 4-1" (it was read). "Après
// l'article L. 4, … L. 4 bis" and "… L. 4-1" are read; "Après l'article
// L. 5, … L. 4-1" is refused as before, numbered before it.
func TestOrder18BisAfterDash(t *testing.T) {
	for _, c := range []struct {
		anchor, art string
		want        string // "" read, else the reason
	}{
		{"L. 4-1", "L. 4 bis", errOrderBesideNotCertain{created: "l4 bis", anchor: "l4-1"}.Error()},
		{"L. 4 bis", "L. 4-1", errOrderBesideNotCertain{created: "l4-1", anchor: "l4 bis"}.Error()},
		{"L. 4", "L. 4 bis", ""},
		{"L. 4", "L. 4-1", ""},
		{"L. 5", "L. 4-1", "new article l4-1 numbered before article l5, which it is inserted after"},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{"Après l'article " + c.anchor + " du code civil, il est inséré un article " + c.art + " ainsi rédigé :", "« Art. " + c.art + ". – Le bureau siège. »"}}})
		if c.want == "" {
			if ins[0].Status != Parsed {
				t.Errorf("after %s, %s: %v (%s), want read", c.anchor, c.art, ins[0].Status, ins[0].Reason)
			}
			continue
		}
		if ins[0].Status != Unparsed || ins[0].Reason != c.want {
			t.Errorf("after %s, %s: %v (%q), want refused: %q", c.anchor, c.art, ins[0].Status, ins[0].Reason, c.want)
		}
	}
}

// TestOrder18RestoredThenRenumbered: "Il est rétabli un article L. 5 …"
// then, in the same bill article, "Les articles L. 5 à L. 6 deviennent
// les articles L. 6 à L. 7" where an L. 5 in force stands is refused
// (errRestoredInForce): "rétabli" says the number was free, the
// renumbering that it holds an article in force (the new L. 5 overwrote
// the old, then became L. 6: the old text was lost). Read: the
// renumbering first, then the L. 5 re-established; the L. 5 repealed
// earlier in the text; re-established with no renumbering (the codes
// may keep a repealed article's last text); an article rewritten ("est
// ainsi rédigé"), then renumbered.
func TestOrder18RestoredThenRenumbered(t *testing.T) {
	restore := []string{"Il est rétabli un article L. 5 ainsi rédigé :", "« Art. L. 5. – Le bureau siège. » ;"}
	renum := []string{"Les articles L. 5 à L. 6 deviennent les articles L. 6 à L. 7 ;"}
	repeal := []string{"L'article L. 5 est abrogé ;"}
	for _, c := range []struct {
		name  string
		parts [][]string
		ok    bool
	}{
		{"restored, then renumbered", [][]string{restore, renum}, false},
		{"renumbered, then restored", [][]string{renum, restore}, true},
		{"repealed, restored, then renumbered", [][]string{repeal, restore, renum}, true},
		{"restored alone", [][]string{restore}, true},
		{"rewritten, then renumbered", [][]string{{"L'article L. 5 est ainsi rédigé :", "« Art. L. 5. – Le bureau siège. » ;"}, renum}, true},
	} {
		text := []string{"Le code civil est ainsi modifié :"}
		for k, p := range c.parts {
			text = append(text, string(rune('1'+k))+"° "+p[0])
			text = append(text, p[1:]...)
		}
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: text}})
		out, errs := Apply(order15Corpus(nil), ins, ApplyOptions{})
		if c.ok {
			if len(errs) > 0 {
				t.Errorf("%s: errors %v, want read", c.name, errs)
			}
			continue
		}
		var m errRestoredInForce
		if len(errs) != 1 || !errors.As(errs[0].Err, &m) {
			t.Errorf("%s: errors %v, want errRestoredInForce", c.name, errs)
		}
		if got := out[CodeRef{Code: "code civil", Article: "l6"}].Alineas; len(got) != 1 || got[0] != "Le maire agit." {
			t.Errorf("%s: L. 6 %q, want the old L. 5's text (the re-established one refused)", c.name, got)
		}
	}
}

// TestOrder18RenumberThenInsertFreed: "1° Le chapitre III devient le
// chapitre IV ; 2° Après le chapitre II, il est inséré un chapitre III
// …" is read: the chapitre III's articles move to the chapitre IV, the
// new chapitre III holds its own. Joined in one alinéa ("Le chapitre
// III devient le chapitre IV et, après le chapitre II, il est inséré un
// chapitre III …") it is read alike (it was refused: "a second clause
// naming no article after a first naming several places"); the second
// clause naming the number the first emptied ("Le chapitre II devient
// le chapitre IV et, après le chapitre II, …") is refused (it would
// file the new articles in no chapter).
func TestOrder18RenumberThenInsertFreed(t *testing.T) {
	head := "Le titre Ier du livre Ier du code civil est ainsi modifié :"
	newCh := []string{"« Chapitre III", "« Le bureau", "« Art. L. 4-1. – Le bureau siège. »"}
	for _, text := range [][]string{
		{"1° Le chapitre III devient le chapitre IV ;", "2° Après le chapitre II, il est inséré un chapitre III ainsi rédigé :"},
		{"1° Le chapitre III devient le chapitre IV et, après le chapitre II, il est inséré un chapitre III ainsi rédigé :"},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: append(append([]string{head}, text...), newCh...)}})
		out, errs := Apply(order15Corpus(nil), ins, ApplyOptions{})
		div := func(h string) string { return strings.Join(out[CodeRef{Code: "code civil", Article: h}].Division, "/") }
		if len(errs) > 0 || div("l5") != "partie-legislative/livre-ier/titre-ier/chapitre-iv" || div("l4-1") != "partie-legislative/livre-ier/titre-ier/chapitre-iii" {
			t.Errorf("%q: errors %v; L. 5 in %s, L. 4-1 in %s: want chapitre IV and the new chapitre III", text, errs, div("l5"), div("l4-1"))
		}
	}
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: append([]string{head, "1° Le chapitre II devient le chapitre IV et, après le chapitre II, il est inséré un chapitre III ainsi rédigé :"}, newCh...)}})
	if ins[1].Status != Unparsed {
		t.Errorf("the emptied number named: %v, want refused whole", ins[1].Status)
	}
}
