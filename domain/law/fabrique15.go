package law

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// The one reader of La Fabrique's texte.json (docs/LAW.md, "Measuring
// the engine"; fabrique15_test.go), and the one rule that tells an
// article's status from its "statut", which the evaluation and the
// product's importer share.

// DecodeFabriqueText reads the articles of a text in the La Fabrique de
// la loi format: the object {"articles": [{titre, statut, alineas:
// {"001": …}}]} the site publishes, or the array of entries its parser
// writes; articles in the text's order (ReadFabriqueText: "order" when
// every entry gives it), alinéas in their keys' order (AlineasInOrder),
// each cleaned of HTML (fabriqueHTML); a titre that is a number read as a
// string, alinéas that are an array read in order.
//
// It is the evaluation's view of ReadFabriqueText: the articles it reads
// but those deleted, and its notes the evaluation names in unread. An
// entry that is not an object, an article whose titre or alinéas are of a
// type not read, a division or other entry carrying alinéas, an article
// with text whose statut is not known (FabriqueStatus), and an article
// deleted by its statut whose alinéas hold more than the mark "(Supprimé)"
// are left out and named in unread ("entry 3 (article 2 bis): …"); the
// others are read. A caller that must read every article (the metamorphic
// tests) refuses a text with unread entries. An empty file is
// errEmptyText; a file that is not such a text at all is a
// [TextUnreadError].
func DecodeFabriqueText(b []byte) (arts []Article, unread []string, err error) {
	t, err := ReadFabriqueText(b)
	if err != nil {
		return nil, nil, err
	}
	arts = make([]Article, 0, len(t.Articles))
	for _, a := range t.Articles {
		if a.Status != ArticleDeleted {
			arts = append(arts, a.Article)
		}
	}
	for _, n := range t.Notes {
		if n.Named {
			unread = append(unread, n.String())
		}
	}
	return arts, unread, nil
}

// FabriqueText is a La Fabrique texte.json as ReadFabriqueText reads it:
// its head, its articles and what it did not take as an article.
type FabriqueText struct {
	// The head of the object the site publishes (the parser's array of
	// entries has none): the text's id ("A14-ta209"), its title, its
	// source, whether it is the final text.
	ID, Titre, Source string
	Definitif         bool
	// Articles are the entries read as articles, in the text's order,
	// deleted ones too, each with its Status, FinalNumber ("newtitre")
	// and Section.
	Articles []FabriqueArticle
	// Notes are the entries, and fields, not read, in the file's order.
	Notes []FabriqueNote
}

// FabriqueArticle is an article of a FabriqueText and its entry's place
// in the file's "articles" (1 for the first).
type FabriqueArticle struct {
	Article
	Entry int
}

// FabriqueNote is an entry of a La Fabrique text, or a field of it, not
// read: Entry is its place in the file's "articles" (1 for the first; 0
// for a field of the head), Title its titre when read, Field the field
// not read ("type", "titre", "alineas", "statut", "newtitre", "order";
// "" for an entry that is not an object; "id", "titre", "source",
// "definitif" of the head), Reason why.
//
// Kept is true when the article is read all the same (in Articles: a
// deleted article with text, a newtitre not read); Named when the entry
// holds text the evaluation does not apply, and so names (an entry
// holding no instruction — a division's heading, an article of no text
// whose statut is not known — is passed over by it).
type FabriqueNote struct {
	Entry        int
	Title, Field string
	Reason       string
	Kept, Named  bool
}

// String is the note as the evaluation names it: "entry 3 (article 2
// bis): statut \"irrecevable\" not known: not read".
func (n FabriqueNote) String() string {
	name := fmt.Sprintf("entry %d", n.Entry)
	if n.Title != "" {
		name = fmt.Sprintf("entry %d (article %s)", n.Entry, n.Title)
	}
	return name + ": " + n.Reason
}

// ReadFabriqueText reads a text in the La Fabrique de la loi format, the
// one reader of the evaluation (DecodeFabriqueText, its view) and of the
// product's importer, with the one rule of what is an article:
//
//   - an entry whose "type" is neither absent nor "article" (a division, the
//     text's head, "echec") is no article: a note, Named when it carries
//     alinéas;
//   - an entry that is not an object, an article whose titre or alinéas
//     are of a type not read: a note, Named;
//   - an article whose statut FabriqueStatus does not know (or not a
//     string): a note, Named when its alinéas hold more than the mark
//     "(Supprimé)";
//   - an article deleted by its statut is read with ArticleDeleted; its
//     alinéas holding more than the mark, it is also a note, Kept and
//     Named (the evaluation does not apply it);
//   - its "newtitre" is its FinalNumber (a newtitre of another type: a
//     Kept note), its "section" its Section.
//
// The articles are in the order of their entries' "order" when every
// article gives one as a number (or a string of digits), stably; in the
// file's order otherwise (which of the two an article without it goes
// by is not told). A head field of another type is a note of
// Entry 0 and read as empty. An empty file is errEmptyText; a file that
// is not such a text at all is a [TextUnreadError].
func ReadFabriqueText(b []byte) (FabriqueText, error) {
	var t FabriqueText
	if emptyText(b) {
		return t, errEmptyText
	}
	es, err := fabriqueEntries(b)
	if err != nil {
		return t, err
	}
	t.Notes = fabriqueHead(b, &t)
	orders, has := fabriqueOrders(es)
	for i, e := range es {
		entry := i + 1
		typ := entryType(e)
		if typ == notAnObject {
			t.Notes = append(t.Notes, FabriqueNote{Entry: entry, Reason: "not a JSON object: not read", Named: true})
			continue
		}
		titre, terr := fabriqueTitle(e.Titre)
		titre = strings.TrimSpace(fabriqueHTML(titre))
		if terr != nil {
			titre = ""
		}
		note := func(field, reason string, named bool) {
			t.Notes = append(t.Notes, FabriqueNote{Entry: entry, Title: titre, Field: field, Reason: reason, Named: named})
		}
		al, aerr := fabriqueAlineas(e.Alineas)
		if typ != "" && typ != "article" {
			// A division's heading, the text's head: no instruction.
			if aerr == nil && hasText(al) {
				note("type", fmt.Sprintf("an entry of type %q, not an article, with alinéas: not read", typ), true)
			} else {
				note("type", fmt.Sprintf("an entry of type %q, not an article", typ), false)
			}
			continue
		}
		if terr != nil {
			note("titre", fmt.Sprintf("%v: not read", terr), true)
			continue
		}
		if aerr != nil {
			note("alineas", fmt.Sprintf("%v: not read", aerr), true)
			continue
		}
		statut, isStr := e.Statut.(string)
		status, known := FabriqueStatus(statut)
		if !known || (e.Statut != nil && !isStr) {
			note("statut", fmt.Sprintf("statut %s not known: not read", statutText(e.Statut)), hasText(al) && !onlyDeletedMark(al))
			continue
		}
		if status == ArticleDeleted && hasText(al) && !onlyDeletedMark(al) {
			t.Notes = append(t.Notes, FabriqueNote{Entry: entry, Title: titre, Field: "statut", Reason: fmt.Sprintf("statut %q with alinéas: deleted, not applied", statut), Kept: true, Named: true})
		}
		final, ferr := fabriqueTitle(e.NewTitre)
		if ferr != nil {
			t.Notes = append(t.Notes, FabriqueNote{Entry: entry, Title: titre, Field: "newtitre", Reason: fmt.Sprintf("new%v: not read", ferr), Kept: true})
			final = ""
		}
		section, _ := e.Section.(string)
		t.Articles = append(t.Articles, FabriqueArticle{Entry: entry, Article: Article{
			Number: ArticleNumber(titre), FinalNumber: ArticleNumber(strings.TrimSpace(fabriqueHTML(final))),
			Section: section, Status: status, Alineas: al,
		}})
	}
	ordered := len(t.Articles) > 0
	for _, a := range t.Articles {
		ordered = ordered && has[a.Entry-1]
	}
	if ordered {
		sort.SliceStable(t.Articles, func(i, j int) bool {
			return orders[t.Articles[i].Entry-1] < orders[t.Articles[j].Entry-1]
		})
	}
	return t, nil
}

// fabriqueOrders are the entries' "order" when given as a number or a
// string of digits (has says which).
func fabriqueOrders(es []fabriqueEntry) (orders []float64, has []bool) {
	orders, has = make([]float64, len(es)), make([]bool, len(es))
	for i, e := range es {
		switch o := e.Order.(type) {
		case float64:
			orders[i], has[i] = o, true
		case string:
			if n, err := strconv.ParseFloat(strings.TrimSpace(o), 64); err == nil {
				orders[i], has[i] = n, true
			}
		}
	}
	return orders, has
}

// fabriqueHead reads the head of the object the site publishes into t:
// a field of another type is read as empty and noted (Entry 0).
func fabriqueHead(b []byte, t *FabriqueText) []FabriqueNote {
	var head map[string]any
	if json.Unmarshal(bytes.TrimSpace(withoutBOM(b)), &head) != nil {
		return nil // the parser's array of entries: no head
	}
	var notes []FabriqueNote
	str := func(field string, dst *string) {
		switch v := head[field].(type) {
		case nil:
		case string:
			*dst = v
		default:
			notes = append(notes, FabriqueNote{Field: field, Reason: fmt.Sprintf("%v: want a string: not read", v)})
		}
	}
	str("id", &t.ID)
	str("titre", &t.Titre)
	str("source", &t.Source)
	switch v := head["definitif"].(type) {
	case nil:
	case bool:
		t.Definitif = v
	default:
		notes = append(notes, FabriqueNote{Field: "definitif", Reason: fmt.Sprintf("%v: want true or false: not read", v)})
	}
	return notes
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
