package law

import (
	"errors"
	"strings"
	"testing"
)

// TestSenat24ArticleLineThenAlinea: the Sénat's line naming an article
// alone ("Article 2") then a locator line of its alinéas ("Alinéa 4")
// is the place "Article 2, alinéa 4": after the amendment's first
// instruction, another article of the bill, refused (the article line
// was dropped and this article's alinéa 4 deleted), as the one-line
// "Article 2, alinéa 4" is. This article named so, and the heading line
// naming the article the amendment is on (again later), stay read.
func TestSenat24ArticleLineThenAlinea(t *testing.T) {
	B := []string{"Le notaire signe.", "Le juge statue.", "Il motive.", "Le greffier notifie.", "Le préfet est informé."}
	runAmendments(t, []amCase{
		{"another article's alinéa: refused", B, "Alinéa 2\nSupprimer cet alinéa.\nArticle 2\nAlinéa 4\nSupprimer cet alinéa.", nil},
		{"after a heading: refused", B, "Article 1er\nAlinéa 2\nSupprimer cet alinéa.\nArticle 2\nAlinéa 4\nSupprimer cet alinéa.", nil},
		{"its alinéas: refused", B, "Alinéa 2\nSupprimer cet alinéa.\nArticle 2\nAlinéas 3 et 4\nSupprimer ces alinéas.", nil},
		{"its sentence: refused", B, "Alinéa 2\nSupprimer cet alinéa.\nArticle 2\nAlinéa 4, première phrase\nRemplacer le mot :\ngreffier\npar le mot :\nhuissier", nil},
		{"its last alinéa: refused", B, "Alinéa 2\nSupprimer cet alinéa.\nArticle 2\nDernier alinéa\nSupprimer cet alinéa.", nil},
		{"a part's article: refused", B, "I. – Alinéa 2\nSupprimer cet alinéa.\nII. – En conséquence, article 2\nAlinéa 4\nSupprimer cet alinéa.", nil},
		{"the part on the locator: refused", B, "Alinéa 2\nSupprimer cet alinéa.\nArticle 2\nII. – Alinéa 4\nSupprimer cet alinéa.", nil},
		{"in capitals: refused", B, "Alinéa 2\nSupprimer cet alinéa.\nARTICLE 2\nAlinéa 4\nSupprimer cet alinéa.", nil},
		{"this article named", B, "Alinéa 2\nSupprimer cet alinéa.\nArticle 1er\nAlinéa 4\nSupprimer cet alinéa.", []string{"Le notaire signe.", "Il motive.", "Le préfet est informé."}},
		{"the heading's article again", B, "Article 3\nAlinéa 2\nSupprimer cet alinéa.\nArticle 3\nAlinéa 4\nSupprimer cet alinéa.", []string{"Le notaire signe.", "Il motive.", "Le préfet est informé."}},
		{"a heading alone", B, "Article 3\nAlinéa 2\nSupprimer cet alinéa.", []string{"Le notaire signe.", "Il motive.", "Le greffier notifie.", "Le préfet est informé."}},
	})
	r := ApplyAmendment(Article{Number: "1", Alineas: B}, "Alinéa 2\nSupprimer cet alinéa.\nArticle 2\nAlinéa 4\nSupprimer cet alinéa.")
	if r.Applied || len(r.Unparsed) != 1 || !strings.Contains(r.Unparsed[0], "article 2, alinéa 4") {
		t.Errorf("unparsed: %q", r.Unparsed)
	}
	got := senatArticleLines24([]string{"Alinéa 2", "Supprimer cet alinéa.", "II. – Article 5 bis", "", "Alinéa 4, 2°", "Supprimer ce 2°."})
	want := []string{"Alinéa 2", "Supprimer cet alinéa.", "II. – Article 5 bis, alinéa 4, 2°", "Supprimer ce 2°."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("lines: %q", got)
	}
}

// TestSenat24RestAfterBeginning: a division rewritten whole whose new
// text ends as a beginning — an ellipsis, or no final mark before "(le
// reste sans changement)" — keeps its rest, but where it begins is not
// said: refused, typed (errRestAfterBeginning24). The alinéa was
// rewritten with the line alone (its rest deleted), the sentence given a
// period, the ellipsis written into the text. A whole line ending with a
// mark before the remark, a new beginning ("Rédiger ainsi le début"),
// stay read.
func TestSenat24RestAfterBeginning(t *testing.T) {
	B := []string{"Le notaire signe.", "Le juge statue au premier jour. Il entend les parties.", "Il motive."}
	runAmendments(t, []amCase{
		{"Sénat, the remark after a beginning: refused", B, "Alinéa 2\nRédiger ainsi cet alinéa :\nLe tribunal statue au premier jour\n(le reste sans changement)", nil},
		{"Assemblée, the remark after the quotation: refused", B, "Rédiger ainsi l'alinéa 2 : « Le tribunal statue au premier jour » (le reste sans changement).", nil},
		{"Assemblée, the remark below: refused", B, "Rédiger ainsi l'alinéa 2 :\n« Le tribunal statue au premier jour »\n(Le reste sans changement).", nil},
		{"a sentence: refused", B, "Alinéa 2, première phrase\nRédiger ainsi cette phrase :\nLe tribunal statue\n(le reste sans changement)", nil},
		{"an ellipsis: refused", B, "Rédiger ainsi l'alinéa 2 :\n« Le tribunal statue au premier jour… »", nil},
		{"dots: refused", B, "Alinéa 2\nRédiger ainsi cet alinéa :\nLe tribunal statue au premier jour...", nil},
		{"a whole line, then the remark", B, "Alinéa 2\nRédiger ainsi cet alinéa :\nLe tribunal statue.\n(le reste sans changement)", []string{B[0], "Le tribunal statue.", B[2]}},
		{"a new beginning", B, "Alinéa 2\nRédiger ainsi le début de cet alinéa :\nLe tribunal statue\n(le reste sans changement)", []string{B[0], "Le tribunal statue au premier jour. Il entend les parties.", B[2]}},
		{"no remark, no mark", B, "Alinéa 2\nRédiger ainsi cet alinéa :\nLe tribunal statue", []string{B[0], "Le tribunal statue", B[2]}},
	})
	in := amInstr{head: "Rédiger ainsi l'alinéa 2 :", payload: []string{"« Le tribunal statue »", "(le reste sans changement)"}}
	if err := restAfterBeginning24(in, []Edit{{Kind: EditRewrite, Lines: []string{"Le tribunal statue"}}}); !errors.Is(err, errRestAfterBeginning24) {
		t.Errorf("remark: %v", err)
	}
	if err := restAfterBeginning24(amInstr{head: "Rédiger ainsi l'alinéa 2 :"}, []Edit{{Kind: EditRewrite, Lines: []string{"Le tribunal statue…"}}}); !errors.Is(err, errRestAfterBeginning24) {
		t.Errorf("ellipsis: %v", err)
	}
	if err := restAfterBeginning24(in, []Edit{{Kind: EditRewriteStart, Lines: []string{"Le tribunal statue"}}}); err != nil {
		t.Errorf("a beginning: %v", err)
	}
}

// TestSenat24SameSeparator: the paragraph numbers of an amendment's new
// text after its first take the separator the first took (the bill's),
// inserted or completing the article: "« II. – A » « III. – B »" on an
// article written "I. - " (none: ". - ") is "II. - A", "III. - B" (the
// III kept "–"). A rewrite whole keeps its own typing (TestLeft6…).
func TestSenat24SameSeparator(t *testing.T) {
	plain := []string{"Le notaire signe.", "Le juge statue."}
	dash := []string{"I. – Le notaire signe.", "II. – Le juge statue."}
	runAmendments(t, []amCase{
		{"completing, no paragraph", plain, "Compléter cet article par deux paragraphes ainsi rédigés :\n« II. – Le maire. »\n« III. – Le préfet. »", []string{"I. - Le notaire signe.", "Le juge statue.", "II. - Le maire.", "III. - Le préfet."}},
		{"completing, the en dash", dash, "Compléter cet article par deux paragraphes ainsi rédigés :\n« III. - Le maire. »\n« IV. - Le préfet. »", []string{dash[0], dash[1], "III. – Le maire.", "IV. – Le préfet."}},
		{"inserted", dash, "Après l'alinéa 1, insérer deux paragraphes ainsi rédigés :\n« I bis. - Le maire. »\n« I ter. - Le préfet. »", []string{dash[0], "I bis. – Le maire.", "I ter. – Le préfet.", dash[1]}},
		{"an item between", dash, "Compléter cet article par trois alinéas ainsi rédigés :\n« III. - Le maire :\n« 1° Signe ;\n« IV. - Le préfet. »", []string{dash[0], dash[1], "III. – Le maire :", "1° Signe ;", "IV. – Le préfet."}},
	})
	got := sameSeparator24([]string{"II. - A.", "« Art. L. 1. – B. »", "III.-C."}, ". - ")
	if strings.Join(got, "|") != "II. - A.|« Art. L. 1. – B. »|III. - C." {
		t.Errorf("lines: %q", got)
	}
}
