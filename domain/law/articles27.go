package law

import "strings"

// New articles marked "(Supprimé)" (articles27).
//
// A bill's list of new articles may hold one deleted during the shuttle,
// printed as its heading and the note alone: "Après l'article L. 1, sont
// insérés deux articles L. 1-1 et L. 1-2 ainsi rédigés :" then "« Art.
// L. 1-1. – … »" and "« Art. L. 1-2. – (Supprimé) »". The L. 1-2 is not
// created; the others are. The announcement is judged on the whole list
// (its count, its numbers, their order), the deleted ones with them.
// Anywhere else — an article rewritten, re-established or replaced as
// "(Supprimé)", or a deleted article's heading followed by text — the
// note stays refused as new text with parts left out (errPartsLeftOut).

// articleNote27 is the note a line of new text holds after an
// article's heading, alone: "deleted" for "Art. L. 1-2. – (Supprimé)",
// "« Art. L. 1-2. – Supprimé. » ;" (the note may stand without its
// parentheses after a heading, as after a part's label), "unchanged" for
// "(Non modifié)", "Conforme", "" for any other line.
func articleNote27(l string) string {
	t := strings.TrimLeft(strings.TrimSpace(l), "«\"“ \u00a0")
	if deletedRange27(t) {
		return "deleted" // a range of them (artrange27.go)
	}
	_, _, n, ok := artHeading(t)
	if !ok || n >= len(t) {
		return ""
	}
	return note27(t[n:])
}

// note27 is the note s holds alone, with or without its parentheses,
// quoted or not (statusOf's, after a label): "deleted" ("(Supprimé)", "Suppression maintenue"),
// "unchanged" ("(Non modifié)", "Conforme"), "" for any other text.
func note27(s string) string {
	t := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "»”\" \u00a0;"))
	if low := asciiLower(foldAccents(t)); !rePartStatus.MatchString(low) && !reBareStatus.MatchString(low) {
		// Text, a part's note ("I. – (Supprimé)"), or "(Censuré)",
		// written into the code as Légifrance prints it.
		return ""
	}
	return statusOf(t, true)
}

// deletedArticlesOnly27 says payload, new text, holds a new article
// marked deleted (articleNote27) and no other note of omission
// (omittedNote, a line of dots, an article marked unchanged): the text
// may be read as new articles, the deleted ones left out by the reader
// of articles added (keptNewArticles27).
func deletedArticlesOnly27(payload []string) bool {
	some := false
	for _, l := range payload {
		switch note := articleNote27(l); {
		case note == "deleted":
			some = true
		case note != "" || reOmitted.MatchString(l) || omittedNote(l):
			return false
		}
	}
	return some
}

// unchangedArticle27 says l is a new article's heading followed by a
// note that its text is unchanged, "Art. L. 1-2. – Non modifié.", its
// parentheses left out (with them, omittedNote reads it): a later
// reading's text, not given (it was created with the note as its text).
func unchangedArticle27(l string) bool {
	return articleNote27(l) == "unchanged"
}

// keptNewArticles27 drops from arts, the articles a text adds, those
// whose only alinéa is the note of their deletion, and from heads (the
// headings above each, when given) the same ones.
func keptNewArticles27(arts []CodeArticle, heads [][]string) ([]CodeArticle, [][]string) {
	var kept []CodeArticle
	var keptHeads [][]string
	for i, a := range arts {
		if len(a.Alineas) == 1 && note27(a.Alineas[0]) == "deleted" {
			continue
		}
		kept = append(kept, a)
		if len(heads) == len(arts) {
			keptHeads = append(keptHeads, heads[i])
		}
	}
	if len(heads) != len(arts) {
		keptHeads = heads
	}
	return kept, keptHeads
}

// deletedNoteLeft27 refuses in (errPartsLeftOut) when an edit it gives
// still carries a deletion's note as text: the deleted articles were
// read by a reader other than that of articles added (a rewrite, a
// replacement), which would have written "(Supprimé)" into the code.
func deletedNoteLeft27(in *Instruction) {
	if in.Status != Parsed {
		return
	}
	for _, e := range in.Edits {
		for _, l := range e.Lines {
			if note27(l) != "" || articleNote27(l) != "" {
				refuseTyped(in, errPartsLeftOut)
				return
			}
		}
		for _, a := range e.NewArticles {
			for _, l := range a.Alineas {
				if note27(l) != "" {
					refuseTyped(in, errPartsLeftOut)
					return
				}
			}
		}
	}
}

// placedInCode27 is s, the place of new articles, read as the code
// itself where the locator named the whole code: "Il est inséré dans le
// code civil un article L. 1 ainsi rédigé" (its "dans le code civil" is
// the place "Dans le code civil, les mots … sont remplacés" reads as
// every article; the new article was refused at apply, "only words can
// be edited in a whole code").
func placedInCode27(s Scope) Scope {
	if s.Everywhere && s.Ref.Article == "" && len(s.Path) == 0 {
		s.Everywhere = false
	}
	return s
}
