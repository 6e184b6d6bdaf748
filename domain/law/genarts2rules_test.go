package law

import "testing"

// TestGenArts2RenumberingChain: a renumbering of a list whose article is
// not in the corpus and is the new number an earlier one of the list
// gives is read in order (that article, moved twice) or as one list (the
// one in force under that number, perhaps outside the corpus): its
// instruction is refused whole. "I. – L'article L. 1 devient l'article
// L. 3. II. – Les articles L. 2 à L. 3 deviennent les articles L. 5 à
// L. 6" moved L. 2 alone (L. 3 reported missing).
func TestGenArts2RenumberingChain(t *testing.T) {
	cc := "code de commerce|"
	corpus := map[string][]string{cc + "l1": gaAl("Un."), cc + "l2": gaAl("Deux.")}
	gaRule(t, "chain into a range", corpus, []string{
		"I. – L'article L. 1 du code de commerce devient l'article L. 3.",
		"II. – Les articles L. 2 à L. 3 du même code deviennent les articles L. 5 à L. 6.",
	}, map[string][]string{cc + "l1": nil, cc + "l2": gaAl("Deux."), cc + "l3": gaAl("Un."), cc + "l5": nil, cc + "l6": nil})
	gaRule(t, "chain into a list", corpus, []string{
		"I. – L'article L. 1 du code de commerce devient l'article L. 3.",
		"II. – Les articles L. 2 et L. 3 du même code deviennent respectivement les articles L. 5 et L. 6.",
	}, map[string][]string{cc + "l2": gaAl("Deux."), cc + "l3": gaAl("Un."), cc + "l5": nil, cc + "l6": nil})
	// One list read together where the article is in force: a shift
	// written from the bottom up.
	gaRule(t, "shift", corpus, []string{
		"I. – L'article L. 1 du code de commerce devient l'article L. 2.",
		"II. – L'article L. 2 du même code devient l'article L. 3.",
	}, map[string][]string{cc + "l1": nil, cc + "l2": gaAl("Un."), cc + "l3": gaAl("Deux.")})
}

// TestGenArts2RangeMembersKeepTheirGroup: an edit of a range of articles
// counts, in each, the alinéas as the bill article found it, and a later
// edit of the bill article counting an alinéa of one of them counts it on
// that text too: "1° Aux articles L. 1 à L. 2, le premier alinéa est
// supprimé ; 2° Au troisième alinéa de l'article L. 2, …" acts on L. 2's
// former third alinéa (it counted on the text left, the fourth).
func TestGenArts2RangeMembersKeepTheirGroup(t *testing.T) {
	cc := "code de commerce|"
	corpus := map[string][]string{
		cc + "l1": {"Un.", "Deux.", "Trois."},
		cc + "l2": {"Un.", "Deux.", "Le délai court.", "Le délai court toujours."},
	}
	gaRule(t, "range then one", corpus, []string{
		"Le code de commerce est ainsi modifié :",
		"1° Aux articles L. 1 à L. 2, le premier alinéa est supprimé ;",
		"2° Au troisième alinéa de l'article L. 2, le mot : « délai » est remplacé par le mot : « terme ».",
	}, map[string][]string{cc + "l1": {"Deux.", "Trois."}, cc + "l2": {"Deux.", "Le terme court.", "Le délai court toujours."}})
	// "le dernier alinéa" is the last as the bill article found it, not
	// the one a range's completion added.
	two := []string{"Un délai.", "Le délai court."}
	added := "Le délai complémentaire est de trois jours."
	gaRule(t, "range completed then the last", map[string][]string{cc + "l1": two, cc + "l2": two}, []string{
		"Le code de commerce est ainsi modifié :",
		"1° Les articles L. 1 à L. 2 sont complétés par un alinéa ainsi rédigé :",
		"« " + added + " »",
		"2° Au dernier alinéa des articles L. 1 et L. 2, le mot : « délai » est remplacé par le mot : « terme ».",
	}, map[string][]string{cc + "l1": {"Un délai.", "Le terme court.", added}, cc + "l2": {"Un délai.", "Le terme court.", added}})
}

// TestGenArts2RangeFilledBefore: a range renumbered after a renumbering
// that brought an article inside it (not renumbered with it) is refused:
// read in order, the range holds that article and does not say what it
// becomes.
func TestGenArts2RangeFilledBefore(t *testing.T) {
	cc := "code de commerce|"
	corpus := map[string][]string{cc + "l3": gaAl("Trois."), cc + "l4": gaAl("Quatre."), cc + "l5": gaAl("Cinq.")}
	gaRule(t, "filled before", corpus, []string{
		"I. – L'article L. 5 du code de commerce devient l'article L. 3-7.",
		"II. – Les articles L. 3 à L. 4 du même code deviennent les articles L. 4 à L. 5.",
	}, map[string][]string{cc + "l3": gaAl("Trois."), cc + "l4": gaAl("Quatre."), cc + "l3-7": gaAl("Cinq.")})
	// Brought there after the range: no question.
	gaRule(t, "filled after", corpus, []string{
		"I. – Les articles L. 3 à L. 4 du code de commerce deviennent les articles L. 6 à L. 7.",
		"II. – L'article L. 5 du même code devient l'article L. 3-7.",
	}, map[string][]string{cc + "l6": gaAl("Trois."), cc + "l7": gaAl("Quatre."), cc + "l3-7": gaAl("Cinq.")})
}

// TestGenArts2RangeMovedAfter: a range renumbered whose article inside,
// not of the range, another renumbering of the list moves, is refused
// when that renumbering is refused (it stays inside, not renumbered):
// "I. – Les articles 2 à 3 deviennent les articles 5 à 6. II. – L'article
// 2 bis devient l'article 5" (5 given twice); moved, the range stands.
func TestGenArts2RangeMovedAfter(t *testing.T) {
	cv := "code civil|"
	corpus := map[string][]string{cv + "2": gaAl("Deux."), cv + "2 bis": gaAl("Deux bis."), cv + "3": gaAl("Trois.")}
	gaRule(t, "its move refused", corpus, []string{
		"I. – Les articles 2 à 3 du code civil deviennent les articles 5 à 6.",
		"II. – L'article 2 bis du code civil devient l'article 5.",
	}, map[string][]string{cv + "2": gaAl("Deux."), cv + "3": gaAl("Trois."), cv + "2 bis": gaAl("Deux bis."), cv + "5": nil})
	gaRule(t, "moved", corpus, []string{
		"I. – Les articles 2 à 3 du code civil deviennent les articles 5 à 6.",
		"II. – L'article 2 bis du code civil devient l'article 7.",
	}, map[string][]string{cv + "5": gaAl("Deux."), cv + "6": gaAl("Trois."), cv + "7": gaAl("Deux bis.")})
}
