package law

import "testing"

// TestRefuse86PartsReplacedByOne: an amendment replacing several parts or
// items of the bill article, consecutive by their labels, with one —
// "Substituer aux II et III un II ainsi rédigé : « II. – … »", "Remplacer
// les 2° et 3° par un 2° …", "… un paragraphe ainsi rédigé" — rewrites
// the first and deletes the others, kept as "III. – (Supprimé)" as a bill
// keeps a deleted part's number (they were refused). Parts not
// consecutive ("les II et IV"), a range ("les II à IV"), new text that
// does not begin with the first's label or that begins with another's
// ("un III"), and no single part announced ("Rédiger ainsi les II et III
// : « II. – … »": the III's label left out, or one part for both?) stay
// refused.
func TestRefuse86PartsReplacedByOne(t *testing.T) {
	P := []string{"I. – Le juge signe.", "II. – Le juge tranche.", "Il note.", "III. – Le juge note.", "IV. – Le juge range."}
	merged := []string{"I. – Le juge signe.", "II. – Le maire décide.", "III. – (Supprimé)", "IV. – Le juge range."}
	It := []string{"Sont exclus :", "1° Le juge ;", "2° Le maire ;", "3° Le préfet ;", "4° Le greffier."}
	nw := " : « II. – Le maire décide. »"
	runAmendments(t, []amCase{
		{"substituer aux II et III un II", P, "Substituer aux II et III un II ainsi rédigé" + nw, merged},
		{"remplacer les II et III par un II", P, "Remplacer les II et III par un II ainsi rédigé" + nw, merged},
		{"un paragraphe", P, "Substituer aux II et III un paragraphe ainsi rédigé" + nw, merged},
		{"rédiger ainsi les II et III, one label: refused", P, "Rédiger ainsi les II et III" + nw, nil},
		{"par les alinéas suivants, one label: refused", P, "Remplacer les II et III par les alinéas suivants : « II. – Le maire décide. » « Il note. »", nil},
		{"items", It, "Substituer aux 2° et 3° un 2° ainsi rédigé : « 2° Le ministre ; »", []string{"Sont exclus :", "1° Le juge ;", "2° Le ministre ;", "3° (Supprimé)", "4° Le greffier."}},
		{"each its own label, as before", P, "Rédiger ainsi les II et III :\n« II. – Le maire décide.\n« III. – Le maire note. »", []string{"I. – Le juge signe.", "II. – Le maire décide.", "III. – Le maire note.", "IV. – Le juge range."}},
		{"II and IV: refused", P, "Substituer aux II et IV un II ainsi rédigé" + nw, nil},
		{"a range: refused", P, "Substituer aux II à IV un II ainsi rédigé" + nw, nil},
		{"the second's label: refused", P, "Substituer aux II et III un III ainsi rédigé : « III. – Le maire décide. »", nil},
		{"no label: refused", P, "Substituer aux II et III un II ainsi rédigé : « Le maire décide. »", nil},
	})
}
