package law

import (
	"errors"
	"strings"
	"testing"
)

// TestSenat27ListGoesOn: the Sénat's unquoted new text, a list whose
// items go on (its last line an item ending with " ;", or an
// introduction ending with ":"), followed by a line opening with the
// list's next label and a verb of the amendments ("3° Supprimer …", an
// objective in the infinitive): the line is the text's (it was the
// amendment's next instruction, and "Supprimer le soir" deleted the
// alinéa); when the amendment's own parts run in the same series and
// that label is their next one too, where the text ends is not said —
// refused, errAmTextEndUnclear27; a count said in the head says it.
func TestSenat27ListGoesOn(t *testing.T) {
	art := Article{Number: "1er", Alineas: []string{"Le maire décide.", "Le préfet contrôle :", "1° Le jour ;", "2° La nuit.", "Le clerc range.", "Le huissier signe."}}
	cases := []amCase27{
		{"next item after an item", []string{
			"Alinéa 4", "Rédiger ainsi cet alinéa :", "2° La nuit ;", "3° Supprimer le soir."},
			"Le maire décide. | Le préfet contrôle : | 1° Le jour ; | 2° La nuit ; | 3° Supprimer le soir. | Le clerc range. | Le huissier signe.", nil},
		{"objectives after their introduction", []string{
			"Alinéa 6", "Rédiger ainsi cet alinéa :", "Le huissier vise à :", "1° Supprimer le bruit ;", "2° Compléter la liste.", "Alinéa 5", "Supprimer cet alinéa."},
			"Le maire décide. | Le préfet contrôle : | 1° Le jour ; | 2° La nuit. | Le huissier vise à : | 1° Supprimer le bruit ; | 2° Compléter la liste.", nil},
		{"lettered objectives", []string{
			"Après l'alinéa 1", "Insérer des alinéas ainsi rédigés :", "Le maire vise à :", "a) Réduire le jour ;", "b) Supprimer la nuit."},
			"Le maire décide. | Le maire vise à : | a) Réduire le jour ; | b) Supprimer la nuit. | Le préfet contrôle : | 1° Le jour ; | 2° La nuit. | Le clerc range. | Le huissier signe.", nil},
		{"the amendment's own series is another label", []string{
			"1° Alinéa 2", "Rédiger ainsi cet alinéa :", "Le préfet vise à :", "1° Supprimer le bruit ;", "2° Alinéa 6", "Supprimer cet alinéa."},
			"Le maire décide. | Le préfet vise à : | 1° Supprimer le bruit ; | 1° Le jour ; | 2° La nuit. | Le clerc range.", nil},
		{"both series go on", []string{
			"1° Après l'alinéa 3", "Insérer des alinéas ainsi rédigés :", "1° bis Le soir ;", "2° Supprimer l'alinéa 6."},
			"", errAmTextEndUnclear27},
		{"a count said ends the text", []string{
			"1° Après l'alinéa 3", "Insérer un alinéa ainsi rédigé :", "1° bis Le soir ;", "2° Supprimer l'alinéa 6."},
			"Le maire décide. | Le préfet contrôle : | 1° Le jour ; | 1° bis Le soir ; | 2° La nuit. | Le clerc range.", nil},
		{"a text ending with a period ends", []string{
			"Alinéa 5", "Rédiger ainsi cet alinéa :", "Le clerc trie.", "Alinéa 6", "Supprimer cet alinéa."},
			"Le maire décide. | Le préfet contrôle : | 1° Le jour ; | 2° La nuit. | Le clerc trie.", nil},
	}
	runAm27(t, art, cases, nil)
}

// amCase27 is an amendment's dispositif (its lines) applied to an
// article: want is the article's alinéas after, " | " joined, when err is
// nil; else err is the kind of its one refusal, an instruction not read.
type amCase27 struct {
	name string
	disp []string
	want string
	err  error
}

// runAm27 applies each case to art: applied as wanted, or refused with
// the article untouched, its one refusal typed of the case's kind and an
// instruction not read; more, when given, checks a refusal further.
func runAm27(t *testing.T, art Article, cases []amCase27, more func(c amCase27, r AmendedArticle)) {
	t.Helper()
	for _, c := range cases {
		r := ApplyAmendment(art, strings.Join(c.disp, "\n"))
		if c.err == nil {
			if !r.Applied || len(r.Refusals) > 0 {
				t.Errorf("%s: not applied: %q %v", c.name, r.Unparsed, r.Refusals)
				continue
			}
			if got := strings.Join(r.Article.Alineas, " | "); got != c.want {
				t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
			}
			continue
		}
		if r.Applied {
			t.Errorf("%s: applied: %q", c.name, r.Article.Alineas)
			continue
		}
		if strings.Join(r.Article.Alineas, " | ") != strings.Join(art.Alineas, " | ") {
			t.Errorf("%s: article touched: %q", c.name, r.Article.Alineas)
		}
		if len(r.Refusals) != 1 || !errors.Is(r.Refusals[0], c.err) || !errors.Is(r.Refusals[0], errAmInstructionUnread24) || !amRefusalTyped24(r.Refusals[0]) {
			t.Errorf("%s: refusals %v, want %v", c.name, r.Refusals, c.err)
		}
		if more != nil {
			more(c, r)
		}
	}
}
