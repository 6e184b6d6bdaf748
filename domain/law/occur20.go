package law

import "errors"

// errRankOverDivision refuses an occurrence's rank or a count said of
// words over a whole code or a division of it: "Dans l'ensemble du code
// civil, la première occurrence du mot : « A » est remplacée …", "Au
// chapitre II, le mot : « A » est remplacé deux fois …". The articles'
// order in the code and the articles the sample lacks are not known, so
// which occurrence is the first, or how many there are, cannot be told
// (the rank was taken in each article: every article's first occurrence
// was replaced).
var errRankOverDivision = errors.New("an occurrence's rank or a count of words over a whole code or division: the order of its articles and those the sample lacks are not known")

// rankOverDivision is errRankOverDivision for an edit over every article
// of a code or of a division (Scope.Everywhere) that names occurrences
// or a count of its words (or of its anchor), else nil.
func rankOverDivision(e Edit) error {
	if e.Scope.Everywhere && (len(e.Occurrences) > 0 || e.Times > 0) {
		return errRankOverDivision
	}
	return nil
}

// errCountOverPlaces refuses a count of words said over several places
// other than one in each: "Aux premier et troisième alinéas, le mot :
// « A » est remplacé trois fois …" does not say how many are in each.
var errCountOverPlaces = errors.New("a count of words over several places that is not one in each: how many are in each is not said")

// timesOverPlaces is the count each of a bill's word operations says
// ("deux fois", "les deux occurrences du mot") for each of its places
// when it names several ("Aux premier et troisième alinéas", "Aux
// articles L. 1 et L. 2"): the count is the operation's, over them all,
// as an amendment's is (timesPerPlace) — as many as the places, once in
// each; another count is refused (errCountOverPlaces). It was asked of
// each place: two alinéas holding the words once each were refused, two
// holding them twice each had all four replaced where the law says two.
func timesOverPlaces(es []Edit, places int) ([]Edit, error) {
	out := append([]Edit(nil), es...)
	for i := range out {
		t, ok := timesPerPlace(out[i].Times, places)
		if !ok {
			return nil, errCountOverPlaces
		}
		out[i].Times = t
	}
	return out, nil
}

// errCountOverRange refuses a count of words said over a range of
// articles: "Aux articles L. 1 à L. 3, le mot : « A » est remplacé deux
// fois …" says neither how many are in each article nor which articles
// the range holds beyond those of the sample (it was asked of each
// article: those holding the words twice were edited, the others
// refused).
var errCountOverRange = errors.New("a count of words over a range of articles: how many are in each, and the articles the sample lacks, are not known")

// countOverRange is errCountOverRange for a word operation over a range
// of articles (Scope.RangeTo) that says a count above one, else nil. A
// count of one (a bare label quoted in the singular, oneReference) is
// each article's.
func countOverRange(e Edit) error {
	if e.Scope.RangeTo != "" && e.Times > 1 {
		return errCountOverRange
	}
	return nil
}
