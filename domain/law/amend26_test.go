package law

import (
	"errors"
	"strings"
	"testing"
)

// TestAmend26OtherText: a part of an amendment that edits another text
// (an article of a code or a law, a code as its subject), or a
// compensation of its own, is applied to nothing of the article: the
// amendment is refused whole, typed errAmOtherText26 (errAmGage26 for a
// compensation), still an instruction not read; the written gage stays
// read as the article's paragraph, and quoted references stay words.
func TestAmend26OtherText(t *testing.T) {
	art := Article{Number: "1er", Alineas: []string{"Le maire décide.", "Le préfet contrôle."}}
	cases := []amCase27{
		{"new article of another code", []string{
			"I. – Alinéa 1 : Substituer au mot : « maire » le mot : « préfet ».",
			"II. – Après l'article 575 A du code général des impôts, il est inséré un article 575 B ainsi rédigé :",
			"« Art. 575 B. – Une taxe est créée. »"}, "", errAmOtherText26},
		{"code as subject", []string{
			"I. – Alinéa 1 : Substituer au mot : « maire » le mot : « préfet ».",
			"II. – Le code général des impôts est ainsi modifié :",
			"1° À l'article 575, le taux : « 10 % » est remplacé par le taux : « 12 % » ;"}, "", errAmOtherText26},
		{"article of a law", []string{
			"I. – Alinéa 1 : Substituer au mot : « maire » le mot : « préfet ».",
			"II. – À l'article 3 de la loi n° 2000-1 du 1er janvier 2000, le mot : « six » est remplacé par le mot : « sept »."}, "", errAmOtherText26},
		{"compensation of its own", []string{
			"I. – Alinéa 1 : Substituer au mot : « maire » le mot : « préfet ».",
			"II. – Pour compenser la perte de recettes résultant du I, il est créé une taxe additionnelle aux droits mentionnés aux articles 575 et 575 A du code général des impôts."}, "", errAmGage26},
		{"gage alone", []string{
			"La perte de recettes pour l'État est compensée, à due concurrence, par la création d'une taxe additionnelle aux droits mentionnés aux articles 575 et 575 A du code général des impôts."}, "", errAmGage26},
		{"written gage completes the article", []string{
			"I. – Alinéa 1 : Substituer au mot : « maire » le mot : « préfet ».",
			"II. – La perte de recettes pour l'État est compensée, à due concurrence, par la création d'une taxe additionnelle aux droits mentionnés aux articles 575 et 575 A du code général des impôts."},
			"I. - Le préfet décide. | Le préfet contrôle. | II. - La perte de recettes pour l'État est compensée, à due concurrence, par la création d'une taxe additionnelle aux droits mentionnés aux articles 575 et 575 A du code général des impôts.", nil},
		{"quoted reference is words", []string{
			"À l'alinéa 2, après le mot : « contrôle », insérer les mots : « selon l'article L. 1 du code civil »."},
			"Le maire décide. | Le préfet contrôle selon l'article L. 1 du code civil.", nil},
		{"unread of no form stays generic", []string{
			"Le maire est invité à réfléchir."}, "", errAmInstructionUnread24},
	}
	runAm27(t, art, cases, func(c amCase27, r AmendedArticle) {
		if c.err == errAmInstructionUnread24 && len(r.Refusals) == 1 && errors.Is(r.Refusals[0], errAmOtherText26) {
			t.Errorf("%s: typed as another text: %v", c.name, r.Refusals[0])
		}
	})
}

// TestAmend26AlineasCount: new alinéas announced by their count and
// followed by another count are refused typed errAmAlineasCount26 (still
// an instruction not read); the count given is read.
func TestAmend26AlineasCount(t *testing.T) {
	art := Article{Number: "1er", Alineas: []string{"al un.", "al deux.", "al trois."}}
	cases := []struct {
		name string
		disp []string
		want string
		err  error
	}{
		{"two announced, one given", []string{"Après l'alinéa 2, insérer les deux alinéas suivants :", "« nouveau A. »"}, "", errAmAlineasCount26},
		{"three announced, two given", []string{"Après l'alinéa 2, insérer les trois alinéas suivants :", "« nouveau A. »", "« nouveau B. »"}, "", errAmAlineasCount26},
		{"one announced, two given (Sénat)", []string{"Après l'alinéa 2", "Insérer un alinéa ainsi rédigé :", "nouveau A.", "nouveau B."}, "", errAmAlineasCount26},
		{"two announced, two given", []string{"Après l'alinéa 2, insérer les deux alinéas suivants :", "« nouveau A. »", "« nouveau B. »"}, "al un. | al deux. | nouveau A. | nouveau B. | al trois.", nil},
		{"one announced, one given (Sénat)", []string{"Après l'alinéa 2", "Insérer un alinéa ainsi rédigé :", "nouveau A."}, "al un. | al deux. | nouveau A. | al trois.", nil},
	}
	for _, c := range cases {
		r := ApplyAmendment(art, strings.Join(c.disp, "\n"))
		if c.err == nil {
			if got := strings.Join(r.Article.Alineas, " | "); !r.Applied || got != c.want {
				t.Errorf("%s: applied=%v %q %v, want %q", c.name, r.Applied, got, r.Refusals, c.want)
			}
			continue
		}
		if r.Applied || strings.Join(r.Article.Alineas, " | ") != strings.Join(art.Alineas, " | ") {
			t.Errorf("%s: applied or touched: %q", c.name, r.Article.Alineas)
		}
		if len(r.Refusals) != 1 || !errors.Is(r.Refusals[0], c.err) || !errors.Is(r.Refusals[0], errAmInstructionUnread24) {
			t.Errorf("%s: refusals %v, want %v", c.name, r.Refusals, c.err)
		}
	}
}
