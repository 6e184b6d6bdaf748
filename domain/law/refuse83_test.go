package law

import "testing"

// TestRefuse83DegreeItemWithCapital: an item named by its number, its
// Latin ordinal and a capital — "le 1° A", "au 1° bis A" (the CGI's and
// the bills' inserted items) — is that item (it was refused: an item
// designation not read); abrogated, it keeps its capital ("1° bis A
// (Abrogé) ;"). A capital that does not end the name ("le 1° A bis"), or
// a letter item with a capital ("le a bis A"), stays refused.
func TestRefuse83DegreeItemWithCapital(t *testing.T) {
	It := []string{"Sont exclus :", "1° Le juge ;", "1° bis A Le maire ;", "1° bis Le préfet ;", "2° Le greffier."}
	It2 := []string{"Sont exclus :", "1° A Le maire ;", "1° Le juge ;", "2° Le greffier."}
	op := " le mot : « maire » est remplacé par le mot : « ministre »."
	runGrammar(t, []grammarCase{
		{name: "au 1° bis A", before: It, text: []string{"Au 1° bis A de l'article L. 1 du code civil," + op}, want: []string{"Sont exclus :", "1° Le juge ;", "1° bis A Le ministre ;", "1° bis Le préfet ;", "2° Le greffier."}},
		{name: "au 1° A", before: It2, text: []string{"Au 1° A de l'article L. 1 du code civil," + op}, want: []string{"Sont exclus :", "1° A Le ministre ;", "1° Le juge ;", "2° Le greffier."}},
		{name: "au 1° A, under a context", before: It2, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Au 1° A," + op}, want: []string{"Sont exclus :", "1° A Le ministre ;", "1° Le juge ;", "2° Le greffier."}},
		{name: "1° bis A abrogated", before: It, text: []string{"Le 1° bis A de l'article L. 1 du code civil est abrogé."}, want: []string{"Sont exclus :", "1° Le juge ;", "1° bis A (Abrogé) ;", "1° bis Le préfet ;", "2° Le greffier."}},
		{name: "1° bis A rewritten", before: It, text: []string{"Le 1° bis A de l'article L. 1 du code civil est ainsi rédigé : « 1° bis A Le ministre ; »"}, want: []string{"Sont exclus :", "1° Le juge ;", "1° bis A Le ministre ;", "1° bis Le préfet ;", "2° Le greffier."}},
		{name: "1° B not in the article: refused", before: It2, text: []string{"Au 1° B de l'article L. 1 du code civil," + op}},
		{name: "1° A bis: refused", before: It2, text: []string{"Au 1° A bis de l'article L. 1 du code civil," + op}},
		{name: "a bis A: refused", before: []string{"1° Les meubles :", "a) Le juge ;", "a bis A) Le maire ;", "b) Le préfet."}, text: []string{"Au a bis A du 1° de l'article L. 1 du code civil," + op}},
	})
}
