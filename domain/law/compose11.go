package law

// carryRenumberedGroups moves the groups of the articles a renumbering
// moved whole ("2° L'article L. 4 devient l'article L. 6 ;") onto their
// new numbers: a later edit of the bill article counting alinéas of the
// article under its new number ("3° Le deuxième alinéa de l'article L. 6
// est supprimé") counts them on the article as the bill article found
// it, as under its old number (it counted on the text as it is: an alinéa
// an earlier item inserted or a wrong one deleted). All at once: a swap
// ("L. 4 devient L. 5", "L. 5 devient L. 4") swaps the groups.
func carryRenumberedGroups(groups map[CodeRef]*groupState, edits []Edit, errs []error) {
	moved := map[CodeRef]*groupState{}
	var from []CodeRef
	for k, e := range edits {
		if errs[k] != nil || len(e.Scope.Path) != 0 || e.ToPart != (Division{}) || e.To.Article == "" || e.Scope.RangeTo != "" {
			continue
		}
		if g := groups[e.Scope.Ref]; g != nil {
			moved[e.To] = g
			from = append(from, e.Scope.Ref)
		}
	}
	for _, r := range from {
		delete(groups, r)
	}
	for r, g := range moved {
		groups[r] = g
	}
}

// sameArticleMade is the article "le même article" ("dudit article",
// "cet article") names after the instruction before (p.lastScope):
//   - after an article renumbered whole, "1° L'article L. 4 devient
//     l'article L. 6 ; 2° Au premier alinéa du même article, …", the
//     article under its new number (the same article; it was sought
//     under the number it left, reported missing), as "… devient
//     l'article L. 6 et, au premier alinéa du même article, …" is read;
//   - after articles inserted beside another, "1° Après l'article L. 5,
//     il est inséré un article L. 5-1 … ; 2° Le même article est
//     complété …", refused (why): the article named (L. 5) or the one
//     inserted, named last (L. 5-1), is not said (L. 5 was edited);
//     "du même article L. 5" names its own.
func (p *parser) sameArticleMade() (CodeRef, string) {
	ref := p.lastScope.Ref
	if len(p.lastMade) == 0 || p.lastMade[0].Scope.Ref != ref {
		return ref, ""
	}
	if e := p.lastMade[0]; len(p.lastMade) == 1 && e.Kind == EditRenumber && len(e.Scope.Path) == 0 && e.ToPart == (Division{}) && e.To.Article != "" && e.Scope.RangeTo == "" {
		return e.To, ""
	}
	for _, e := range p.lastMade {
		for _, a := range e.NewArticles {
			if a.Ref != e.Scope.Ref {
				return ref, "\"le même article\" after an article inserted beside another: the one named or the one inserted is not said"
			}
		}
	}
	return ref, ""
}

// keepFoldersRepealed files an article e re-makes under its own number
// ("L'article L. 3 est ainsi rétabli :", "… est ainsi rédigé :") after
// an earlier instruction of the bill repealed it in the folders it had
// in the corpus given (in): the corpus left (out) holds it no more, and
// it was filed nowhere — a later instruction naming its division ("La
// section 2 … est abrogée") left it in force. An article filed by the
// edit keeps its folders.
func keepFoldersRepealed(in, out Corpus, e Edit) {
	for _, a := range e.NewArticles {
		if a.Ref != e.Scope.Ref {
			continue
		}
		now, ok := out[a.Ref]
		was, held := in[a.Ref]
		if !ok || !held || len(now.Division) > 0 || len(was.Division) == 0 {
			continue
		}
		now.Division = append([]string(nil), was.Division...)
		out[a.Ref] = now
	}
}
