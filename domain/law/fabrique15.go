package law

import (
	"fmt"
	"strings"
)

// The one reader of La Fabrique's texte.json (docs/LAW.md, "Measuring
// the engine"; fabrique15_test.go), and the one rule that tells an
// article's status from its "statut", which the evaluation and the
// product's importer share.

// DecodeFabriqueText reads the articles of a text in the La Fabrique de
// la loi format: the object {"articles": [{titre, statut, alineas:
// {"001": …}}]} the site publishes, or the array of entries its parser
// writes; articles in the order given, alinéas in their keys' order
// (AlineasInOrder), each cleaned of HTML (fabriqueHTML); a titre that is
// a number read as a string, alinéas that are an array read in order.
//
// It reads one article at a time: an entry that is not an object, an
// article whose titre or alinéas are of a type not read, a division or
// other entry carrying alinéas, an article with text whose statut is not
// known (FabriqueStatus), and an article deleted by its statut whose alinéas
// hold more than the mark "(Supprimé)" are left out and named in unread
// ("entry 3 (article 2 bis): …"); the others are read. A caller that must
// read every article (the metamorphic tests) refuses a text with unread
// entries. An empty file is errEmptyText; a file that is not such a text
// at all is a [TextUnreadError].
func DecodeFabriqueText(b []byte) (arts []Article, unread []string, err error) {
	if emptyText(b) {
		return nil, nil, errEmptyText
	}
	es, err := fabriqueEntries(b)
	if err != nil {
		return nil, nil, err
	}
	arts = make([]Article, 0, len(es))
	for i, e := range es {
		typ := entryType(e)
		if typ == notAnObject {
			unread = append(unread, fmt.Sprintf("entry %d: not a JSON object: not read", i+1))
			continue
		}
		titre, terr := fabriqueTitle(e.Titre)
		titre = strings.TrimSpace(fabriqueHTML(titre))
		name := fmt.Sprintf("entry %d", i+1)
		if terr == nil && titre != "" {
			name = fmt.Sprintf("entry %d (article %s)", i+1, titre)
		}
		al, aerr := fabriqueAlineas(e.Alineas)
		if typ != "" && typ != "article" {
			// A division's heading, the text's head: no instruction.
			if aerr == nil && hasText(al) {
				unread = append(unread, fmt.Sprintf("%s: an entry of type %q, not an article, with alinéas: not read", name, typ))
			}
			continue
		}
		if terr != nil {
			unread = append(unread, fmt.Sprintf("%s: %v: not read", name, terr))
			continue
		}
		if aerr != nil {
			unread = append(unread, fmt.Sprintf("%s: %v: not read", name, aerr))
			continue
		}
		statut, isStr := e.Statut.(string)
		status, known := FabriqueStatus(statut)
		switch {
		case !known || (e.Statut != nil && !isStr):
			if !hasText(al) || onlyDeletedMark(al) {
				continue // no instruction to leave out
			}
			unread = append(unread, fmt.Sprintf("%s: statut %s not known: not read", name, statutText(e.Statut)))
			continue
		case status == ArticleDeleted:
			if hasText(al) && !onlyDeletedMark(al) {
				unread = append(unread, fmt.Sprintf("%s: statut %q with alinéas: deleted, not applied", name, statut))
			}
			continue
		}
		section, _ := e.Section.(string)
		arts = append(arts, Article{Number: ArticleNumber(titre), Section: section, Alineas: al})
	}
	return arts, unread, nil
}

// statutText is a statut as the refusal names it: a string quoted, any
// other JSON value as Go prints it.
func statutText(v any) string {
	if s, ok := v.(string); ok {
		return fmt.Sprintf("%q", s)
	}
	return fmt.Sprintf("%v", v)
}

// fabriqueStatuses are the statuses La Fabrique's texts carry (its
// parser keeps the chambers' marks, lower-cased, without the
// parentheses: "(Non modifié)", "(Suppression conforme)", …), normalized
// by normFabriqueStatus.
var fabriqueStatuses = map[string]ArticleStatus{
	"": ArticleInForce, "none": ArticleInForce, "pour coordination": ArticleInForce,
	"nouveau":  ArticleNew,
	"conforme": ArticleUnmodified, "non modifié": ArticleUnmodified,
	"sup": ArticleDeleted, "suppression conforme": ArticleDeleted, "suppression maintenue": ArticleDeleted,
	"nouveau)(supprimé": ArticleDeleted,
	"censuré":           ArticleCensored,
}

// FabriqueStatus is the status of an article of a La Fabrique text read
// from its "statut" (the one rule, for the evaluation and the importer):
// the statuses of fabriqueStatuses, and every statut beginning with
// "supprim" ("supprimé", "Supprimés", "(Supprimé)", "supprimé conforme")
// is ArticleDeleted. ok is false for a statut not known, which neither
// reader takes as an article.
func FabriqueStatus(s string) (ArticleStatus, bool) {
	n := normFabriqueStatus(s)
	if st, ok := fabriqueStatuses[n]; ok {
		return st, true
	}
	if strings.HasPrefix(n, "supprim") {
		return ArticleDeleted, true
	}
	return "", false
}

// normFabriqueStatus lower-cases a status, drops its enclosing
// parentheses and folds its spaces: "(Non  modifié)" → "non modifié".
func normFabriqueStatus(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, "("), ")"))
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
}
