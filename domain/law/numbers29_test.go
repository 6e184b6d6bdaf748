package law

import (
	"strings"
	"testing"
)

// TestAmSentencesCounted29: new sentences an amendment announces by
// their count are checked against the quotation, by every reading of
// its boundaries: another count is refused typed (it was refused as of
// no form), a count one reading only gives is refused too (it was
// applied, "Il date. (Il scelle.) Il part." for "deux phrases").
func TestAmSentencesCounted29(t *testing.T) {
	art := Article{Number: "1er", Alineas: []string{"Le juge statue. Il motive.", "Le maire signe.", "Le préfet vise. Il note."}}
	runAm27(t, art, []amCase27{
		{name: "replaced by two, two given", disp: []string{"Alinéa 1, première phrase", "Remplacer cette phrase par deux phrases ainsi rédigées :", "« Le juge tranche. Il écrit. »"},
			want: "Le juge tranche. Il écrit. Il motive. | Le maire signe. | Le préfet vise. Il note."},
		{name: "replaced by two, one given", disp: []string{"Alinéa 1, première phrase", "Remplacer cette phrase par deux phrases ainsi rédigées :", "« Le juge tranche. »"},
			err: errAmSentencesCount29},
		{name: "replaced by vingt-deux, two given", disp: []string{"Alinéa 3, seconde phrase", "Remplacer cette phrase par vingt-deux phrases ainsi rédigées :", "« Il date. Il scelle. »"},
			err: errAmSentencesCount29},
		{name: "completed by two", disp: []string{"Alinéa 2", "Compléter cet alinéa par deux phrases ainsi rédigées :", "« Il date. Il scelle. »"},
			want: "Le juge statue. Il motive. | Le maire signe. Il date. Il scelle. | Le préfet vise. Il note."},
		{name: "completed by three, two given", disp: []string{"Alinéa 2", "Compléter cet alinéa par trois phrases ainsi rédigées :", "« Il date. Il scelle. »"},
			err: errAmSentencesCount29},
		{name: "à l'alinéa, completed by two, one given", disp: []string{"À l'alinéa 2, compléter cet alinéa par deux phrases ainsi rédigées :", "« Il date. »"},
			err: errAmSentencesCount29},
		{name: "completed by two, three given", disp: []string{"Alinéa 2", "Compléter cet alinéa par deux phrases ainsi rédigées :", "« Il date. Il scelle. Il part. »"},
			err: errAmSentencesCount29},
		{name: "on its line, one given", disp: []string{"Compléter l'alinéa 2 par deux phrases ainsi rédigées : « Il date. »"},
			err: errAmSentencesCount29},
		{name: "on its line, two given", disp: []string{"Compléter l'alinéa 2 par deux phrases ainsi rédigées : « Il date. Il scelle. »"},
			want: "Le juge statue. Il motive. | Le maire signe. Il date. Il scelle. | Le préfet vise. Il note."},
		{name: "a reference's periods", disp: []string{"Alinéa 2", "Compléter cet alinéa par deux phrases ainsi rédigées :", "« Il vise l'article L. 1. Il scelle. »"},
			want: "Le juge statue. Il motive. | Le maire signe. Il vise l'article L. 1. Il scelle. | Le préfet vise. Il note."},
		{name: "a sentence in parentheses", disp: []string{"Alinéa 2", "Compléter cet alinéa par deux phrases ainsi rédigées :", "« Il date. (Il scelle.) Il part. »"},
			err: errAmSentencesDoubt29},
		{name: "a dotted acronym", disp: []string{"Alinéa 2", "Compléter cet alinéa par deux phrases ainsi rédigées :", "« La S.A. Dupont paie. Il scelle. »"},
			err: errAmSentencesDoubt29},
		{name: "a quotation's period", disp: []string{"Alinéa 2", "Compléter cet alinéa par deux phrases ainsi rédigées :", "« Il dit : « Oui. Non. » Il scelle. »"},
			err: errAmSentencesDoubt29},
		{name: "inserted, one given", disp: []string{"Alinéa 1", "Après la première phrase, insérer deux phrases ainsi rédigées :", "« Il date. »"},
			err: errAmSentencesCount29},
	}, nil)
}

// TestAmCountsPastDouze29: "les vingt derniers alinéas", "les dix-sept
// premiers", "ces vingt alinéas" are read as "les deux derniers" is
// (they were refused: a count past douze named no place).
func TestAmCountsPastDouze29(t *testing.T) {
	b := strings.Split(strings.TrimPrefix(alineas28(25, nil, 0), "l1: "), "|")
	art := Article{Number: "1er", Alineas: b}
	keep := func(lo, hi int) string { // alinéas lo to hi (1-based) deleted
		var out []string
		for i, a := range b {
			if i+1 < lo || i+1 > hi {
				out = append(out, a)
			}
		}
		return strings.Join(out, " | ")
	}
	runAm27(t, art, []amCase27{
		{name: "vingt derniers", disp: []string{"Supprimer les vingt derniers alinéas."}, want: keep(6, 25)},
		{name: "dix-sept derniers", disp: []string{"Supprimer les dix-sept derniers alinéas."}, want: keep(9, 25)},
		{name: "vingt-deux derniers", disp: []string{"Supprimer les vingt-deux derniers alinéas."}, want: keep(4, 25)},
		{name: "vingt et un premiers", disp: []string{"Supprimer les vingt et un premiers alinéas."}, want: keep(1, 21)},
		{name: "treize premiers", disp: []string{"Supprimer les treize premiers alinéas."}, want: keep(1, 13)},
		{name: "ces vingt", disp: []string{"Alinéas 3 à 22", "Supprimer ces vingt alinéas."}, want: keep(3, 22)},
		{name: "ces dix-sept", disp: []string{"Alinéas 3 à 19", "Supprimer ces dix-sept alinéas."}, want: keep(3, 19)},
		{name: "deux derniers", disp: []string{"Supprimer les deux derniers alinéas."}, want: keep(24, 25)},
	}, nil)
}

// TestRankOfLabels29: in a bill, "le dernier des 1° à 5°" is the 5°,
// "le premier des I à III" the I, "au dernier des 1°, 2° et 3°" the 3°
// (they were refused); another rank, labels of two kinds, "le premier
// des alinéas" stay refused, typed as before.
func TestRankOfLabels29(t *testing.T) {
	items := []string{"L1: Le juge :|1° Lit ;|2° Note ;|3° Signe ;|4° Date ;|5° Scelle.|Il part."}
	five := []string{"L1: Le juge :|1° Lit ;|2° Note ;|3° Signe ;|4° Date ;|5° Scelle."}
	runRenum22(t, []renum22Case{
		{name: "le dernier des 1° à 5°", arts: five, lines: []string{"À l'article L. 1 du code civil, le dernier des 1° à 5° est supprimé."},
			want: "l1: Le juge :|1° Lit ;|2° Note ;|3° Signe ;|4° Date ;|5° (Abrogé)."},
		{name: "le premier des 1° à 5°", arts: five, lines: []string{"À l'article L. 1 du code civil, le premier des 1° à 5° est supprimé."},
			want: "l1: Le juge :|1° (Abrogé) ;|2° Note ;|3° Signe ;|4° Date ;|5° Scelle."},
		{name: "au dernier des 1°, 2° et 3°", arts: items, lines: []string{"Au dernier des 1°, 2° et 3° de l'article L. 1 du code civil, le mot : « Signe » est remplacé par le mot : « Part »."},
			want: "l1: Le juge :|1° Lit ;|2° Note ;|3° Part ;|4° Date ;|5° Scelle.|Il part."},
		{name: "au dernier des 1° à 5°", arts: items, lines: []string{"Au dernier des 1° à 5° de l'article L. 1 du code civil, le mot : « Scelle » est remplacé par le mot : « Part »."},
			want: "l1: Le juge :|1° Lit ;|2° Note ;|3° Signe ;|4° Date ;|5° Part.|Il part."},
		{name: "le premier des I à III", arts: []string{"L1: I. – Le juge statue.|II. – Il lit.|III. – Il signe."}, lines: []string{"Le premier des I à III de l'article L. 1 du code civil est supprimé."},
			want: "l1: I. – (Abrogé)|II. – Il lit.|III. – Il signe."},
		{name: "le deuxième des 1° à 5°", arts: items, lines: []string{"À l'article L. 1 du code civil, le deuxième des 1° à 5° est supprimé."},
			want: "l1: Le juge :|1° Lit ;|2° Note ;|3° Signe ;|4° Date ;|5° Scelle.|Il part.", err: errPartOfArticleUnread22},
		{name: "two kinds", arts: items, lines: []string{"Au dernier des 1° à c) de l'article L. 1 du code civil, le mot : « Signe » est remplacé par le mot : « Part »."},
			want: "l1: Le juge :|1° Lit ;|2° Note ;|3° Signe ;|4° Date ;|5° Scelle.|Il part.", err: errPlaceUnread22},
		{name: "le premier des alinéas", arts: items, lines: []string{"À l'article L. 1 du code civil, le premier des alinéas est supprimé."},
			want: "l1: Le juge :|1° Lit ;|2° Note ;|3° Signe ;|4° Date ;|5° Scelle.|Il part.", err: errPartOfArticleUnread22},
	})
}

// TestAmTheseCount29: "Alinéas 3 à 5" / "Supprimer ces quatre alinéas"
// is refused typed (it was refused as of no form); "ces trois" is read.
func TestAmTheseCount29(t *testing.T) {
	b := strings.Split(strings.TrimPrefix(alineas28(8, nil, 0), "l1: "), "|")
	runAm27(t, Article{Number: "1er", Alineas: b}, []amCase27{
		{name: "ces trois", disp: []string{"Alinéas 3 à 5", "Supprimer ces trois alinéas."}, want: "A1. | A2. | A6. | A7. | A8."},
		{name: "ces quatre", disp: []string{"Alinéas 3 à 5", "Supprimer ces quatre alinéas."}, err: errAmTheseCount29},
		{name: "ces deux of three", disp: []string{"Alinéas 2, 4 et 6", "Supprimer ces deux alinéas."}, err: errAmTheseCount29},
	}, nil)
}
