package law

import (
	"errors"
	"testing"
)

// TestTitles20ArticleHeadingRefused: an article's heading — "l'intitulé
// (le titre) de l'article L. 1", "Son intitulé", "L'intitulé" under an
// article's context or after an article named — is no text the codes
// hold: refused with errArticleHeading, the article untouched (it was
// rewritten with the heading, completed, deleted, its words edited).
func TestTitles20ArticleHeadingRefused(t *testing.T) {
	A := []string{"Le délai est d'un mois.", "Le délai court du jour de la notification."}
	cases := [][]string{
		{"L'intitulé de l'article L. 1 du code civil est ainsi rédigé : « Délai »."},
		{"L'intitulé de l'article L. 1 du code civil est supprimé."},
		{"L'intitulé de l'article L. 1 du code civil est complété par les mots : « et terme »."},
		{"Dans l'intitulé de l'article L. 1 du code civil, le mot : « délai » est remplacé par le mot : « terme »."},
		{"À la fin de l'intitulé de l'article L. 1 du code civil, les mots : « du délai » sont supprimés."},
		{"Dans le titre de l'article L. 1 du code civil, le mot : « délai » est remplacé par le mot : « terme »."},
		{"Le titre de l'article L. 1 du code civil est ainsi rédigé : « Délai »."},
		{"À l'article L. 1 du code civil, l'intitulé est ainsi rédigé : « Délai »."},
		{"L'intitulé de l'article L. 1 du code civil est ainsi modifié :", "1° Le mot : « délai » est remplacé par le mot : « terme » ;", "2° Sont ajoutés les mots : « et terme »."},
		{"L'article L. 1 du code civil est ainsi modifié :", "1° Son intitulé est ainsi rédigé : « Délai » ;"},
		{"L'article L. 1 du code civil est ainsi modifié :", "1° L'intitulé est supprimé ;"},
		{"L'article L. 1 du code civil est ainsi modifié :", "1° L'intitulé est complété par les mots : « et terme » ;"},
		{"L'article L. 1 du code civil est ainsi modifié :", "1° Dans son titre, le mot : « délai » est remplacé par le mot : « terme » ;"},
	}
	var gc []grammarCase
	for _, c := range cases {
		gc = append(gc, grammarCase{name: c[len(c)-1], before: A, text: c})
	}
	runGrammar(t, gc)
	for _, c := range cases {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: c}})
		found := false
		for _, in := range ins {
			found = found || errors.Is(in.refusal, errArticleHeading)
		}
		if !found {
			t.Errorf("%q: not refused as an article's heading: %+v", c, ins)
		}
	}
}

// TestTitles20HeadingsStillRead: a division's or a text's heading, and
// "au titre de l'article" (under the article), are not an article's
// heading.
func TestTitles20HeadingsStillRead(t *testing.T) {
	for _, c := range [][]string{
		{"L'intitulé du chapitre II du titre Ier du livre Ier du code civil est ainsi rédigé : « Du délai »."},
		{"L'intitulé de la section unique du chapitre Ier du titre Ier du livre Ier du code civil est ainsi rédigé : « Du délai »."},
		{"Le titre de la loi n° 2000-1 du 1er janvier 2000 relative aux délais est ainsi rédigé : « Loi relative aux termes »."},
		{"Le chapitre II du titre Ier du livre Ier du code civil est ainsi modifié :", "1° L'intitulé est ainsi rédigé : « Des délais » ;"},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: c}})
		last := ins[len(ins)-1]
		if last.Status != Parsed || len(last.Edits) != 1 || last.Edits[0].Kind != EditRewriteHeading {
			t.Errorf("%q: got %+v", c, ins)
		}
	}
	runGrammar(t, []grammarCase{{
		name:   "au titre de l'article",
		before: []string{"Les sommes versées au titre de l'article L. 2 sont exonérées."},
		text:   []string{"À l'article L. 1 du code civil, les mots : « versées au titre de l'article L. 2 » sont remplacés par les mots : « dues »."},
		want:   []string{"Les sommes dues sont exonérées."},
	}})
}

// TestTitles20CellRefused: a table's cell is a part no path names, as its
// lines and columns: refused (the whole article's words were edited).
func TestTitles20CellRefused(t *testing.T) {
	T := []string{"Le tarif est fixé ainsi :", "| Catégorie | Montant |", "| A | 100 € |", "| B | 100 € |"}
	runGrammar(t, []grammarCase{
		{name: "dans la cellule", before: T, text: []string{"Dans la dernière cellule du tableau de l'article L. 1 du code civil, le montant : « 100 € » est remplacé par le montant : « 200 € »."}},
		{name: "à la cellule", before: T, text: []string{"À la cellule de l'article L. 1 du code civil, le montant : « 100 € » est remplacé par le montant : « 200 € »."}},
		{name: "la deuxième ligne est supprimée", before: T, text: []string{"La deuxième ligne du tableau du second alinéa de l'article L. 1 du code civil est supprimée."}},
		{name: "la dernière colonne", before: T, text: []string{"La dernière colonne du tableau de l'article L. 1 du code civil est supprimée."}},
		{name: "le tableau est ainsi rédigé", before: T, text: []string{"Le tableau de l'article L. 1 du code civil est ainsi rédigé :", "« | Catégorie | Montant | »", "« | A | 200 € | »"}},
		{name: "sous l'article, le tableau est ainsi modifié", before: T, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le tableau est ainsi modifié :", "a) La deuxième ligne est supprimée ;", "b) À la dernière ligne, le montant : « 100 € » est remplacé par le montant : « 200 € »."}},
	})
}

// TestTitles20HeadingEdge: words added at the start of a division's
// heading, or removed at its end — named, or under the division's
// context — are the heading's, recorded (they were refused, "no target
// article"); no article changes.
func TestTitles20HeadingEdge(t *testing.T) {
	for _, c := range [][]string{
		{"Au début de l'intitulé du chapitre II du titre Ier du livre Ier du code civil, sont ajoutés les mots : « Du délai et »."},
		{"À la fin de l'intitulé de la section 2 du chapitre II du titre Ier du livre Ier du code civil, les mots : « et du délai » sont supprimés."},
		{"Le chapitre II du titre Ier du livre Ier du code civil est ainsi modifié :", "1° Au début de l'intitulé, sont ajoutés les mots : « Du terme et » ;"},
		{"Le chapitre II du titre Ier du livre Ier du code civil est ainsi modifié :", "1° À la fin de l'intitulé, les mots : « du délai » sont supprimés ;"},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: c}})
		last := ins[len(ins)-1]
		if last.Status != Parsed || len(last.Edits) != 1 || last.Edits[0].Kind != EditRewriteHeading {
			t.Errorf("%q: got %+v", c, ins)
		}
	}
	runGrammar(t, []grammarCase{{
		name:   "sous l'article, au début de l'intitulé",
		before: []string{"Le délai est d'un mois."},
		text:   []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Au début de l'intitulé, sont ajoutés les mots : « Du terme et » ;"},
	}})
}

// TestTitles20HeadingAndArticleHead: "L'intitulé du chapitre II … et
// l'article L. 1 … sont ainsi modifiés :" — a heading and an article as
// one head's subjects: refused with its items (they were read as the
// heading's words alone, the article's edit dropped though applied);
// two headings stay read.
func TestTitles20HeadingAndArticleHead(t *testing.T) {
	c := []string{"L'intitulé du chapitre II du titre Ier du livre Ier du code civil et l'article L. 1 du même code sont ainsi modifiés :", "1° Le mot : « délai » est remplacé par le mot : « terme »."}
	runGrammar(t, []grammarCase{{name: "heading and article", before: []string{"Le délai est d'un mois."}, text: c}})
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: c}})
	if !errors.Is(ins[0].refusal, errHeadingAndPlaceHead) || ins[1].Status == Parsed {
		t.Errorf("got %+v", ins)
	}
	two := []string{"L'intitulé du chapitre II du titre Ier du livre Ier du code civil et celui de la section 2 du même chapitre sont ainsi modifiés :", "1° Le mot : « délai » est remplacé par le mot : « terme »."}
	ins = ParseInstructions([]Article{{Number: "1er", Alineas: two}})
	if ins[1].Status != Parsed || len(ins[1].Edits) != 1 || ins[1].Edits[0].Kind != EditRewriteHeading {
		t.Errorf("two headings: got %+v", ins)
	}
}
