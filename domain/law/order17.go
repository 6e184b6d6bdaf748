package law

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// siblingDivision is, for new articles in a division the text creates
// and places beside a division of its own level, with no article beside
// ("Après le chapitre II, il est inséré un chapitre II bis …", "Avant la
// section 2, …"), the division named, the new one's own (as the code's
// folders name it) and the side (Edit.End: 1 after the one named, -1
// before). ok false for any other creation.
func siblingDivision(e Edit) (named []string, own string, side int, ok bool) {
	d := e.Scope.Division
	if e.Kind != EditCreateArticles || !e.NewDivision || e.End == 0 || e.Scope.Ref.Article != "" || len(e.Into) > 0 || e.Scope.Everywhere || e.Scope.RangeTo != "" || len(d) == 0 || len(e.Headings) == 0 || len(e.Headings[0]) == 0 {
		return nil, "", 0, false
	}
	own = e.Headings[0][0]
	last := d[len(d)-1]
	if r := divisionRank(own); r < 0 || divisionRank(last) != r || firstAsOne(last) == firstAsOne(own) {
		return nil, "", 0, false
	}
	return d, own, e.End, true
}

// divisionNumber is a division's number read from its slug, with its
// Latin ordinal: "chapitre-ii-bis" (2, 2), "section-3" (3, 0),
// "titre-preliminaire" (0, 0), "titre-ier" (1, 0); ok false when not
// read ("section-1-a", "chapitre-unique").
func divisionNumber(slug string) (kind string, n, latin int, ok bool) {
	kind = divisionKind(slug)
	if kind == "" {
		return "", 0, 0, false
	}
	parts := strings.Split(firstAsOne(slug)[len(kind)+1:], "-")
	if len(parts) > 2 {
		return "", 0, 0, false
	}
	switch p := parts[0]; {
	case p == "preliminaire":
		n = 0
	case strings.Trim(p, "0123456789") == "":
		v, err := strconv.Atoi(p)
		if err != nil {
			return "", 0, 0, false
		}
		n = v
	case strings.Trim(p, "ivxlc") == "":
		n = fromRoman(strings.ToUpper(p))
	default:
		return "", 0, 0, false
	}
	if len(parts) == 2 {
		l, known := latinOrder[parts[1]]
		if !known || l == 0 {
			return "", 0, 0, false
		}
		latin = l
	}
	return kind, n, latin, true
}

// divisionBefore reports whether division a's number comes before b's,
// both of one kind and read (ok false otherwise).
func divisionBefore(a, b string) (before, ok bool) {
	ka, na, la, oka := divisionNumber(a)
	kb, nb, lb, okb := divisionNumber(b)
	if !oka || !okb || ka != kb {
		return false, false
	}
	return na < nb || na == nb && la < lb, true
}

// errDivisionOutOfOrder refuses a new division placed beside another of
// its level whose number puts it elsewhere among them: after the one
// named but numbered before it ("Après le chapitre II, il est inséré un
// chapitre Ier bis"), or numbered past a division in force between them
// ("Après la section 1, il est inséré une section 3" while a section 2
// is in force: the section 3 would stand before it). The place or the
// number is wrong, which is not said.
type errDivisionOutOfOrder struct {
	created, named, other, side string
}

func (e errDivisionOutOfOrder) Error() string {
	if e.other == "" {
		return fmt.Sprintf("new division %s placed %s %s, numbered on its other side: the place or the number is not said", e.created, e.side, e.named)
	}
	return fmt.Sprintf("new division %s placed %s %s, numbered past %s, which stands between them: the place or the number is not said", e.created, e.side, e.named, e.other)
}

// errMisplacedInNewDivision is errMisplacedInDivision for the articles
// of a new division placed beside another (siblingDivision): they go
// where the division goes, right after (before) the one named, and are
// judged as articles put at its end (its start).
type errMisplacedInNewDivision struct {
	created, named, side string
	inner                errMisplacedInDivision
}

func (e errMisplacedInNewDivision) Error() string {
	return fmt.Sprintf("new division %s placed %s %s: %v", e.created, e.side, e.named, e.inner)
}

// newDivisionPlaced judges a new division placed beside another of its
// level (siblingDivision) on the corpus as the text applied so far left
// it: its number among its siblings in force (errDivisionOutOfOrder),
// then its articles' numbers, as placedInDivision judges articles put at
// the end (after) or the start (before) of the division named
// (errMisplacedInNewDivision). Numbers not read, of another kind, or
// orders not certain are not judged.
func newDivisionPlaced(c Corpus, e Edit) error {
	named, own, side, ok := siblingDivision(e)
	if !ok {
		return nil
	}
	where := "after"
	if side < 0 {
		where = "before"
	}
	last := named[len(named)-1]
	b, read := divisionBefore(own, last)
	if read && (side > 0) == b {
		return errDivisionOutOfOrder{created: own, named: last, side: where}
	}
	if read {
		parent := named[:len(named)-1]
		seen := map[string]bool{}
		for k, a := range c {
			if k.Code != e.Scope.Ref.Code || !inForce(a) {
				continue
			}
			s, found := siblingOf(a.Division, parent, last)
			if !found || seen[s] || firstAsOne(s) == firstAsOne(last) || firstAsOne(s) == firstAsOne(own) {
				continue
			}
			seen[s] = true
			x, ok1 := divisionBefore(last, s)
			y, ok2 := divisionBefore(s, own)
			if side < 0 {
				x, ok1 = divisionBefore(own, s)
				y, ok2 = divisionBefore(s, last)
			}
			if ok1 && ok2 && x && y {
				return errDivisionOutOfOrder{created: own, named: last, other: s, side: where}
			}
		}
	}
	f := e
	f.NewDivision, f.Into, f.Scope.Division = false, nil, named
	err := placedInDivision(c, f)
	var m errMisplacedInDivision
	if errors.As(err, &m) {
		return errMisplacedInNewDivision{created: own, named: strings.Join(named, "/"), side: where, inner: m}
	}
	return err
}

// siblingOf is the folder of an article's division (folders) at the
// level of the division named, under parent (its place in named, all
// but the last): ok false when the article is not under parent, or has
// no folder of that kind there.
func siblingOf(folders, parent []string, named string) (string, bool) {
	j := 0
	if len(parent) > 0 {
		i := divisionAt(folders, parent)
		if i < 0 {
			return "", false
		}
		j = i + len(parent)
	} else {
		for j < len(folders) && divisionRank(folders[j]) < 0 {
			j++
		}
	}
	if j >= len(folders) || divisionKind(folders[j]) != divisionKind(named) {
		return "", false
	}
	return folders[j], true
}

// editDivision is the division an edit's place names with no article
// ("Le chapitre II est abrogé", "… est ainsi rédigé", "Au chapitre II,
// il est inséré un article …", "Au chapitre II, les mots …"), nil for
// an article's place or a new division beside another
// (siblingDivision: that one is not edited).
func editDivision(e Edit) []string {
	if len(e.Into) > 0 {
		return e.Into
	}
	if _, _, _, beside := siblingDivision(e); e.Scope.Ref.Article == "" && len(e.Scope.Division) > 0 && !beside {
		return e.Scope.Division
	}
	return nil
}

// divisionVersionLater compares the division edits of in, whose place is
// named in the version a later part of this law gives it ("Le chapitre
// II, dans sa rédaction résultant de l'article 2 de la présente loi, est
// ainsi rédigé (abrogé) :"), with the instructions of that later part
// (later): a later edit of the same division, or of one inside it or
// holding it, is why it is refused (returned); the articles the later
// edits change are kept on its division edits (Edit.versionLater), for
// Apply to refuse them when the division holds one of them then
// (laterInDivision) — which articles a division holds is the corpus's.
// "" and nothing kept when in edits no division (or only inserts
// articles in one).
func divisionVersionLater(in *Instruction, later []Instruction, clause string) string {
	var ds []int
	for i, e := range in.Edits {
		// Articles inserted in it ("Au chapitre II, dans sa rédaction
		// …, il est inséré un article L. 4-1") change the new articles
		// only, compared as an article's place is (editsMeet).
		if editDivision(e) != nil && (e.Kind != EditCreateArticles || e.ReplaceDivision) {
			ds = append(ds, i)
		}
	}
	if len(ds) == 0 {
		return ""
	}
	var all []Edit
	for _, w := range later {
		switch {
		case w.Status == Parsed:
			all = append(all, w.Edits...)
		case w.Deferred != nil:
			all = append(all, w.Deferred.Edits...)
		}
	}
	for _, i := range ds {
		d := editDivision(in.Edits[i])
		for _, w := range all {
			o := editDivision(w)
			if o != nil && w.Scope.Ref.Code == in.Edits[i].Scope.Ref.Code && (divisionAt(d, o) >= 0 || divisionAt(o, d) >= 0) {
				return "the division is named in the version a later part of this law gives it (" + clause + "), which edits it after this instruction: not the text in hand"
			}
		}
	}
	p := editPlaces(all)
	if len(p.refs) == 0 && len(p.ranges) == 0 {
		return ""
	}
	for _, i := range ds {
		in.Edits[i].versionLater = &p
	}
	return ""
}

// errDivisionLaterVersion refuses an edit of a division named in the
// version a later part of this law gives it, where the division holds
// an article that later part edits (divisionVersionLater): the division
// edited is not the text in hand (it was rewritten, or repealed, first,
// and the later edit then failed or was lost).
type errDivisionLaterVersion struct {
	division, article string
}

func (e errDivisionLaterVersion) Error() string {
	return fmt.Sprintf("division %s is named in the version a later part of this law gives it, which edits its article %s after this instruction: not the text in hand", e.division, e.article)
}

// laterInDivision is errDivisionLaterVersion for e on the corpus as the
// text applied so far left it; nil when e keeps no later places or its
// division holds none of them.
func laterInDivision(c Corpus, e Edit) error {
	d := editDivision(e)
	if e.versionLater == nil || d == nil {
		return nil
	}
	refs := inDivision(c, e.Scope.Ref.Code, d)
	sort.Slice(refs, func(i, j int) bool { return articleLess(refs[i].Article, refs[j].Article) })
	for _, r := range refs {
		if e.versionLater.refs[r] || e.versionLater.inRanges(r) {
			return errDivisionLaterVersion{division: strings.Join(d, "/"), article: r.Article}
		}
	}
	return nil
}

// latinBesideDashCertain reports whether the order of two article
// numbers is certain as far as a Latin adverb or capitals beside a dash
// go: "L. 4 bis" and "L. 4-1" (or "L. 4 A" and "L. 4-1"), one number
// extended each way, are ordered by no convention the engine holds —
// the codes that hold both do not say which comes first (a range "L. 4
// à L. 4-1" held L. 4 bis as if it came before L. 4-1). As orderCertain
// judges it.
func latinBesideDashCertain(a, b articleNum) bool {
	_, certain := orderCertain(a, b)
	if certain {
		return true
	}
	// Capitals after the same number alone are compareArticles's to
	// judge ("39 A" and "39 B").
	return len(a.nums) == len(b.nums)
}
