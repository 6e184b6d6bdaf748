package law

import (
	"regexp"
	"strings"
)

// voteOnText finds the text a vote's title names, by the Assemblée's way
// of titling its votes: "l'ensemble de la proposition de loi portant
// reconnaissance de la Nation … (première lecture).", "l'amendement n° 2
// du Gouvernement à l'article 3 du projet de loi relatif à … (nouvelle
// lecture).", "la motion de rejet préalable … (texte de la commission
// mixte paritaire)." (groups: "proposition" or "projet", what follows
// "de loi", the reading). The reading in brackets ends the title: a title
// without one names no text this rule can read.
var voteOnText = regexp.MustCompile(`(?i)\b(proposition|projet) de loi (.+?) (\((?:[^()]*lecture[^()]*|texte de la commission mixte paritaire)\))\.?$`)

// VoteOnText returns the text a vote's title names: "Proposition de loi
// portant reconnaissance …" for "l'ensemble de la proposition de loi
// portant reconnaissance … (première lecture).". ok is false when the
// title does not end with a reading in brackets after "proposition de
// loi" or "projet de loi".
func VoteOnText(title string) (text string, ok bool) {
	m := voteOnText.FindStringSubmatch(strings.TrimSpace(title))
	if m == nil {
		return "", false
	}
	return strings.ToUpper(m[1][:1]) + strings.ToLower(m[1][1:]) + " de loi " + strings.TrimSpace(m[2]), true
}

// ShortVoteTitle drops from a vote's title the name of the text it is
// about when that text is the bill titled billTitle, the page's own:
// "l'amendement n° 2 du Gouvernement à l'article 3 de la proposition de
// loi portant reconnaissance … (première lecture)." becomes
// "l'amendement n° 2 du Gouvernement à l'article 3 de la proposition de
// loi (première lecture)". The bill's title must begin with the text's
// name as the vote gives it (the importer titles Assemblée bills so,
// adding their number); a vote naming another text, or no text, keeps its
// title whole.
func ShortVoteTitle(title, billTitle string) string {
	t := strings.TrimSpace(title)
	m := voteOnText.FindStringSubmatchIndex(t)
	if m == nil {
		return title
	}
	name, _ := VoteOnText(t)
	if !strings.HasPrefix(strings.ToLower(billTitle), strings.ToLower(name)) {
		return title
	}
	// Keep up to "de loi", then the reading.
	return strings.TrimSpace(t[:m[4]]) + " " + t[m[6]:m[7]]
}
