package law

import (
	"encoding/json"
	"strings"
	"testing"
)

// lawGood13 is a law of one instruction on one article, exact.
func lawGood13() map[string]string {
	return map[string]string{
		"texte.json": `{"articles":[{"titre":"1er","alineas":{"001":"À l'article LO145 du code électoral, le mot : \"chat\" est remplacé par le mot : \"chien\"."}}]}`,
		"avant/codes-en-vigueur/code-electoral/article-lo145.md": "# Article LO145\n\nLe chat.\n",
		"apres/codes-en-vigueur/code-electoral/article-lo145.md": "# Article LO145\n\nLe chien.\n",
	}
}

// evalLaw13 measures the law of files (base lawGood13, then files: a
// value "" with a key starting "-" removes the key) and wants one law.
func evalLaw13(t *testing.T, files map[string]string) (LawEval, EvalReport) {
	t.Helper()
	all := map[string]string{}
	for p, s := range lawGood13() {
		all["law/"+p] = s
	}
	for p, s := range files {
		if d, ok := strings.CutPrefix(p, "-"); ok {
			delete(all, "law/"+d)
			continue
		}
		all["law/"+p] = s
	}
	r := evalDir(t, writeFiles(t, all))
	if len(r.Laws) != 1 {
		t.Fatalf("got %d laws, errors %+v; want the law measured", len(r.Laws), r.Errors)
	}
	return r.Laws[0], r
}

func show13(l LawEval) string {
	b, _ := json.Marshal(l)
	return string(b)
}

// TestEval13FileWithoutHeading: an article file without its "# Article"
// heading, or empty, stopped the measure of the whole law; it is named in
// files_unread and the law measured around it: the article it holds,
// told by the file of the same name in the other tree, is left out of
// the comparison (not counted a target, created or removed).
func TestEval13FileWithoutHeading(t *testing.T) {
	lo146 := "codes-en-vigueur/code-electoral/article-lo146.md"
	cases := []struct {
		name     string
		files    map[string]string
		targets  int
		exact    int
		unread   string
		outOfSam int
	}{
		// No counterpart: nothing to leave out, the other article exact.
		{"apres-alone", map[string]string{"apres/" + lo146: "Le texte sans titre.\n"}, 1, 1,
			"apres/" + lo146 + `: no "# Article" heading; the article it holds is not known (no file of that name in avant/)`, 0},
		{"empty-avant-alone", map[string]string{"avant/" + lo146: ""}, 1, 1,
			"avant/" + lo146 + `: empty file, no "# Article" heading; the article it holds is not known`, 0},
		// The apres/ file unread, its avant/ one read: LO146 is not counted
		// removed (it was, and a miss "still present").
		{"apres-counterpart", map[string]string{"avant/" + lo146: "# Article LO146\n\nUn.\n", "apres/" + lo146: "\ufeff  \r\n"}, 1, 1,
			"apres/" + lo146 + `: empty file, no "# Article" heading; left out of the comparison: lo146 (code electoral)`, 0},
		// The avant/ file unread, its apres/ one read: LO146 is not counted
		// created (a miss "absent").
		{"avant-counterpart", map[string]string{"avant/" + lo146: "Un.\n", "apres/" + lo146: "# Article LO146\n\nDeux.\n"}, 1, 1,
			"avant/" + lo146 + `: no "# Article" heading; left out of the comparison: lo146 (code electoral)`, 0},
		// The article the law edits unread before: its instruction is out
		// of sample (nothing to apply it to), no target left.
		{"edited-avant", map[string]string{"avant/codes-en-vigueur/code-electoral/article-lo145.md": "Le chat.\n"}, 0, 0,
			"avant/codes-en-vigueur/code-electoral/article-lo145.md: no \"# Article\" heading; left out of the comparison: lo145 (code electoral)", 1},
		// Moved to another division between avant/ and apres/: the same
		// file name in the same code is the same article.
		{"moved", map[string]string{"avant/codes-en-vigueur/code-electoral/titre-i/article-lo146.md": "# Article LO146\n\nUn.\n", "apres/codes-en-vigueur/code-electoral/titre-ii/article-lo146.md": "## LO146\n\nDeux.\n"}, 1, 1,
			"apres/codes-en-vigueur/code-electoral/titre-ii/article-lo146.md: no \"# Article\" heading; left out of the comparison: lo146 (code electoral)", 0},
		// A heading naming no article: compared under the name "article"
		// with any other file so headed.
		{"bare-heading", map[string]string{"avant/" + lo146: "# Article LO146\n\nUn.\n", "apres/" + lo146: "# Article\n\nDeux.\n"}, 1, 1,
			"apres/" + lo146 + `: its heading names no article: "# Article"; left out of the comparison: lo146 (code electoral)`, 0},
		{"star-heading", map[string]string{"apres/" + lo146: "# Article *\n\nDeux.\n"}, 1, 1,
			"apres/" + lo146 + `: its heading names no article: "# *"; the article it holds is not known`, 0},
		// A file named otherwise: passed over, named (README.md and hidden
		// files are not).
		{"other-name", map[string]string{"apres/codes-en-vigueur/code-electoral/Article-LO146.md": "# Article LO146\n\nDeux.\n", "apres/codes-en-vigueur/code-electoral/README.md": "# Titre Ier\n", "apres/codes-en-vigueur/.DS_Store": "x"}, 1, 1,
			"apres/codes-en-vigueur/code-electoral/Article-LO146.md: not an article's file name (article-*.md): passed over; the article it holds is not known", 0},
		// An article file at the top of a tree, outside any code.
		{"outside-code", map[string]string{"apres/codes-en-vigueur/article-lo146.md": "# Article LO146\n\nUn.\n"}, 1, 1,
			"apres/codes-en-vigueur/article-lo146.md: want <tree>/<code>/…/article-*.md; the article it holds is not known", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l, r := evalLaw13(t, c.files)
			if len(r.Errors) != 0 {
				t.Errorf("errors %+v, want none", r.Errors)
			}
			if l.Targets != c.targets || l.ExactSpace != c.exact || l.OutOfSample != c.outOfSam || l.FilesUnread != 1 || len(l.Unread) != 1 || !strings.HasPrefix(l.Unread[0], c.unread) {
				t.Errorf("got %s\nwant targets %d, exact %d, out of sample %d, one file unread %q", show13(l), c.targets, c.exact, c.outOfSam, c.unread)
			}
			if l.Created != 0 || l.Repealed != 0 || len(l.Misses) != 0 {
				t.Errorf("got created %d, removed %d, misses %v; want none", l.Created, l.Repealed, l.Misses)
			}
			var b strings.Builder
			if err := r.WriteText(&b, false); err != nil || !strings.Contains(b.String(), "Article files not read") || !strings.Contains(b.String(), c.unread) {
				t.Errorf("text report does not name the file:\n%s", b.String())
			}
		})
	}
	// A law whose files all read has files_unread 0, and the text report
	// no such list.
	l, r := evalLaw13(t, nil)
	var b strings.Builder
	if err := r.WriteText(&b, true); err != nil || l.FilesUnread != 0 || l.Unread != nil || strings.Contains(b.String(), "not read") {
		t.Errorf("a law read whole: got %s\n%s", show13(l), b.String())
	}
}

// TestEval13SameArticleTwice: an article in two files of one tree with
// different texts (two divisions) stopped the measure of the law; it is
// left out of the comparison, both files named, the rest measured. With
// the same text it is one article; under codes-en-vigueur and
// codes-non-en-vigueur, the one in force is taken (no refusal).
func TestEval13SameArticleTwice(t *testing.T) {
	l, r := evalLaw13(t, map[string]string{
		"avant/codes-en-vigueur/code-electoral/titre-i/article-lo146.md":  "# Article LO146\n\nUn.\n",
		"avant/codes-en-vigueur/code-electoral/titre-ii/article-lo146.md": "# Article LO146\n\nDeux.\n",
		"apres/codes-en-vigueur/code-electoral/titre-i/article-lo146.md":  "# Article LO146\n\nTrois.\n",
	})
	if len(r.Errors) != 0 || l.Targets != 1 || l.ExactSpace != 1 || l.FilesUnread != 1 ||
		!strings.Contains(l.Unread[0], "avant: article lo146 (code electoral) in two files with different texts: codes-en-vigueur/code-electoral/titre-i/article-lo146.md and codes-en-vigueur/code-electoral/titre-ii/article-lo146.md; left out of the comparison: lo146 (code electoral)") {
		t.Errorf("different texts: got %s, errors %+v", show13(l), r.Errors)
	}
	l, r = evalLaw13(t, map[string]string{
		"apres/codes-en-vigueur/code-electoral/titre-ii/article-lo145.md": "# Article LO145\n\nLe chien.\n",
	})
	if len(r.Errors) != 0 || l.Targets != 1 || l.ExactSpace != 1 || l.FilesUnread != 0 {
		t.Errorf("same text: got %s, errors %+v", show13(l), r.Errors)
	}
	l, r = evalLaw13(t, map[string]string{
		"apres/codes-non-en-vigueur/code-electoral/article-lo145.md": "# Article LO145\n\nLe vieux chat.\n",
	})
	if len(r.Errors) != 0 || l.Targets != 1 || l.ExactSpace != 1 || l.FilesUnread != 0 {
		t.Errorf("in force and not: got %s, errors %+v", show13(l), r.Errors)
	}
}

// TestEval13ArticleFileShapes: shapes of the article files the
// development set does not show, each measured as its plain twin — a
// byte order mark, CRLF line ends, trailing spaces (white space: exact
// bytes only when both sides carry them), a file named "article-1er.md"
// or "article-l111-4-bis.md" (the article is the heading's, never the
// file name's), an article created (apres/ only) or repealed (avant/
// only) — already right before eval13.
func TestEval13ArticleFileShapes(t *testing.T) {
	const av, ap = "avant/codes-en-vigueur/code-electoral/article-lo145.md", "apres/codes-en-vigueur/code-electoral/article-lo145.md"
	cases := []struct {
		name                    string
		files                   map[string]string
		targets, bytes, space   int
		created, repealed, rmOK int
	}{
		{"bom-crlf", map[string]string{av: "\ufeff# Article LO145\r\n\r\nLe chat.\r\n", ap: "\ufeff# Article LO145\r\n\r\nLe chien.\r\n"}, 1, 1, 1, 0, 0, 0},
		{"cr-alone", map[string]string{av: "# Article LO145\r\rLe chat.\r", ap: "# Article LO145\r\rLe chien.\r"}, 1, 1, 1, 0, 0, 0},
		{"trailing-spaces-both", map[string]string{av: "# Article LO145  \n\nLe chat.  \n  \n", ap: "# Article LO145 \n\nLe chien.  \n"}, 1, 1, 1, 0, 0, 0},
		{"trailing-spaces-after", map[string]string{ap: "# Article LO145\n\nLe chien. \n"}, 1, 0, 1, 0, 0, 0},
		{"created", map[string]string{
			"texte.json": `{"articles":[{"titre":"1er","alineas":{"001":"Après l'article LO145 du code électoral, il est inséré un article LO145-1 ainsi rédigé :","002":"« Art. LO145-1. – Le loup. »"}}]}`,
			"apres/codes-en-vigueur/code-electoral/article-lo145-1.md": "# Article LO145-1\n\nLe loup.\n",
			ap: "# Article LO145\n\nLe chat.\n"}, 1, 1, 1, 1, 0, 0},
		{"repealed", map[string]string{
			"texte.json": `{"articles":[{"titre":"1er","alineas":{"001":"L'article LO145 du code électoral est abrogé."}}]}`,
			"-" + ap:     ""}, 1, 1, 1, 0, 1, 1},
		{"article-1er", map[string]string{
			"texte.json": `{"articles":[{"titre":"1er","alineas":{"001":"À l'article 1er du code civil, le mot : « chat » est remplacé par le mot : « chien »."}}]}`,
			"-" + av:     "", "-" + ap: "",
			"avant/codes-en-vigueur/code-civil/article-1er.md": "# Article 1er\n\nLe chat.\n",
			"apres/codes-en-vigueur/code-civil/article-1er.md": "# Article 1er\n\nLe chien.\n"}, 1, 1, 1, 0, 0, 0},
		{"article-bis", map[string]string{
			"texte.json": `{"articles":[{"titre":"1er","alineas":{"001":"À l'article L. 111-4 bis du code de l'urbanisme, le mot : « chat » est remplacé par le mot : « chien »."}}]}`,
			"-" + av:     "", "-" + ap: "",
			"avant/codes-en-vigueur/code-de-l-urbanisme/article-l111-4-bis.md": "# Article L111-4 bis\n\nLe chat.\n",
			"apres/codes-en-vigueur/code-de-l-urbanisme/article-l111-4-bis.md": "# Article L111-4 bis\n\nLe chien.\n"}, 1, 1, 1, 0, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l, r := evalLaw13(t, c.files)
			if len(r.Errors) != 0 || l.Targets != c.targets || l.ExactBytes != c.bytes || l.ExactSpace != c.space ||
				l.Created != c.created || l.CreatedOK != c.created || l.Repealed != c.repealed || l.RepealedOK != c.rmOK ||
				l.FilesUnread != 0 || l.Failed != 0 || l.OutOfSample != 0 {
				t.Errorf("got %s, errors %+v\nwant targets %d, exact bytes %d, space %d, created %d, removed %d ok %d", show13(l), r.Errors, c.targets, c.bytes, c.space, c.created, c.repealed, c.rmOK)
			}
		})
	}
}

// TestEval13TextShapes: the law's text — an article with empty alineas
// (nothing to apply, the figures of the text without it), two texts in
// the folder (texte_promulgue.json before texte.json, any other
// texte*.json passed over as the development set's hadopi/ holds them),
// the tabled text in several texte_depot_*.json (read in order, as one),
// and a text with no article (measured: no instruction, every target a
// miss, listed) — already right before eval13.
func TestEval13TextShapes(t *testing.T) {
	want, _ := evalLaw13(t, nil)
	other := `{"articles":[{"titre":"1er","alineas":{"001":"À l'article LO145 du code électoral, le mot : \"chat\" est remplacé par le mot : \"loup\"."}}]}`
	for name, files := range map[string]map[string]string{
		"empty-alineas": {"texte.json": `{"articles":[{"titre":"1er","alineas":{"001":"À l'article LO145 du code électoral, le mot : \"chat\" est remplacé par le mot : \"chien\"."}},{"titre":"2","alineas":{}},{"titre":"3","alineas":[]}]}`},
		"other-texte":   {"texte-05-an-seance.json": other, "texte_adopte.json": other},
		"promulgue":     {"texte.json": other, "texte_promulgue.json": lawGood13()["texte.json"]},
	} {
		l, r := evalLaw13(t, files)
		l.Text, want.Text = "", ""
		if len(r.Errors) != 0 || show13(l) != show13(want) {
			t.Errorf("%s: got %s, errors %+v\nwant %s", name, show13(l), r.Errors, show13(want))
		}
	}
	l, _ := evalLaw13(t, map[string]string{"-texte.json": "",
		"texte_depot_b.json": `{"articles":[{"titre":"2","alineas":{"001":"À l'article LO145 du code électoral, le mot : \"chien\" est remplacé par le mot : \"loup\"."}}]}`,
		"texte_depot_a.json": lawGood13()["texte.json"],
		"apres/codes-en-vigueur/code-electoral/article-lo145.md": "# Article LO145\n\nLe loup.\n"})
	if !l.Tabled || l.Text != "texte_depot_*.json" || l.Applied != 2 || l.ExactSpace != 1 {
		t.Errorf("texte_depot in two files: got %s, want both read in order, exact", show13(l))
	}
	l, r := evalLaw13(t, map[string]string{"texte.json": `{"articles":[]}`})
	if len(r.Errors) != 0 || l.Found != 0 || l.Targets != 1 || l.ExactSpace != 0 || len(l.Misses) != 1 {
		t.Errorf("no article: got %s, want measured, the target a miss", show13(l))
	}
}

// TestEval13AmendmentShapes: amendment folders — numbers with a suffix
// or a prefix ("1-rect", "COM-12": ordered by their number), an empty
// amendment (refused "empty: no dispositif", the others applied), no
// article_apres (the article deleted at the step, as the corpus's empty
// files say), an empty article_avant (the article restored by the
// amendment) — already right before eval13.
func TestEval13AmendmentShapes(t *testing.T) {
	dir := "b__01_step__3"
	files := map[string]string{
		dir + "/article_avant":        "Le chat mange.\n",
		dir + "/amendement_COM-12":    "Après le mot :\n\nchien\n\ninsérer le mot :\n\nnoir\n",
		dir + "/amendement_1-rect":    "Remplacer le mot :\n\nchat\n\npar le mot :\n\nchien\n",
		dir + "/amendement_5":         "",
		dir + "/article_apres":        "Le chien noir mange.\n",
		"b__01_step__4/article_avant": "Le chat.\n",
		"b__01_step__4/amendement_2":  "Supprimer cet article.\n",
		"b__01_step__5/article_avant": "",
		"b__01_step__5/amendement_7":  "Rétablir cet article dans la rédaction suivante :\n\n« Le loup est abrogé. »\n",
		"b__01_step__5/article_apres": "Le loup est abrogé.\n",
	}
	r := evalDir(t, writeFiles(t, files))
	if len(r.Errors) != 0 || len(r.Folders) != 3 {
		t.Fatalf("got %+v, want three folders measured", r)
	}
	for _, f := range r.Folders {
		if !f.Exact {
			t.Errorf("%s: not exact: %+v", f.Folder, f)
		}
	}
	f := r.Folders[0]
	if f.Amendments != 3 || f.Applied != 2 || len(f.Refused) != 1 || f.Refused[0] != "amendement_5: empty: no dispositif" {
		t.Errorf("numbered folder: got %+v, want 2 of 3 applied, the empty one refused", f)
	}
}
