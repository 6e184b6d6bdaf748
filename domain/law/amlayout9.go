package law

import "strings"

// announcedTextUnlabelled reports new text announced by its label
// ("Après l'alinéa 2, insérer un 1° bis ainsi rédigé :", "Compléter cet
// article par un III ainsi rédigé :", "insérer un c ainsi rédigé")
// whose first line bears no label at all (« L'article L. 1-1 est abrogé
// ; »): the division announced would not be there, an alinéa of no label
// in its place (it went in unlabelled, amid the item before it). Whether
// the label goes before the text is not said: refused, as the bills'
// announcedLabelMissing and "Rédiger ainsi le II : « Le préfet dort. »".
// A text left for the consolidation to number ("…° …", "… – …") and a
// mention in parentheses ("(Supprimé)") are not checked.
func announcedTextUnlabelled(first string) bool {
	l := strings.TrimLeft(strings.TrimSpace(first), "«\"“ \u00a0")
	if l == "" || strings.HasPrefix(l, "(") || placeholder.MatchString(l) || amLineLabel.MatchString(l) {
		return false
	}
	_, k := labelOf(l)
	return k == 0
}
