package law

import (
	"regexp"
	"strings"
	"testing"
)

// TestGrammarAmendmentVerbs: the verbs of an amendment are one list, read
// alike wherever a line is cut — "ajouter les mots :" glued to the words
// before it, as "insérer les mots :" is; "procéder …" in lower case going
// on with the line before — and amVerb (folded) and amStart (capitalised)
// name the same verbs.
func TestGrammarAmendmentVerbs(t *testing.T) {
	al := []string{"Le maire agit.", "Le préfet agit."}
	runAmendments(t, []amCase{
		{"glued ajouter les mots", al, "Alinéa 1\n\nAprès le mot :\n\nagit ajouter les mots :\n\nseul", []string{"Le maire agit seul.", al[1]}},
		{"glued insérer les mots", al, "Alinéa 1\n\nAprès le mot :\n\nagit insérer les mots :\n\nseul", []string{"Le maire agit seul.", al[1]}},
		{"ajouter on a line of its own", al, "Alinéa 1\n\nAprès le mot :\n\nagit\n\najouter les mots :\n\nseul", []string{"Le maire agit seul.", al[1]}},
	})
	for _, v := range strings.Split(amVerbsCased, "|") {
		folded := asciiLower(foldAccents(strings.NewReplacer("[ée]", "e").Replace(v)))
		if !regexp.MustCompile(`^` + amVerb.String() + `$`).MatchString(folded) {
			t.Errorf("%q not in amVerb", folded)
		}
		capital := strings.ToUpper(folded[:1]) + strings.NewReplacer("[ée]", "é").Replace(v)[1:]
		if !amStart.MatchString(capital + " ") {
			t.Errorf("%q does not start an instruction (amStart)", capital)
		}
	}
}
