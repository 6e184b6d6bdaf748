package law

import "testing"

// TestAdverbList28: "Les 1° bis et ter" are the 1° bis and the 1° ter
// (the ter was dropped: the 1° ter stayed in force).
func TestAdverbList28(t *testing.T) {
	degrees := "L1: Le juge statue :|1° Un ;|1° bis Bis ;|1° ter Ter ;|2° Deux."
	runRenum22(t, []renum22Case{
		{"degrees", []string{degrees}, []string{"Les 1° bis et ter de l'article L. 1 du code civil sont abrogés."}, "l1: Le juge statue :|1° Un ;|1° bis (Abrogé) ;|1° ter (Abrogé) ;|2° Deux.", nil},
		{"degrees in full", []string{degrees}, []string{"Les 1° bis et 1° ter de l'article L. 1 du code civil sont abrogés."}, "l1: Le juge statue :|1° Un ;|1° bis (Abrogé) ;|1° ter (Abrogé) ;|2° Deux.", nil},
		{"letters, three", []string{"L1: Le juge statue :|a) Un ;|a bis) Le juge ;|a ter) Le juge ;|a quater) Le juge ;|b) Deux."}, []string{"Les a bis, ter et quater de l'article L. 1 du code civil sont abrogés."}, "l1: Le juge statue :|a) Un ;|a bis) (Abrogé) ;|a ter) (Abrogé) ;|a quater) (Abrogé) ;|b) Deux.", nil},
		{"romans", []string{"L1: I. – Le juge statue.|I bis. – Le juge dit.|I ter. – Le juge lit.|II. – Le juge signe."}, []string{"Les I bis et ter de l'article L. 1 du code civil sont abrogés."}, "l1: I. – Le juge statue.|I bis. – (Abrogé)|I ter. – (Abrogé)|II. – Le juge signe.", nil},
		{"words in both", []string{"L1: Le juge statue :|1° Un ;|1° bis Le juge ;|1° ter Le juge ;|2° Deux."}, []string{"Aux 1° bis et ter de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « X »."}, "l1: Le juge statue :|1° Un ;|1° bis Le X ;|1° ter Le X ;|2° Deux.", nil},
	})
}

// TestPlacedRenumbered28: "À l'article L. 1, le II est renuméroté III"
// is "Le II de l'article L. 1 devient le III" (it was passed over in
// silence); "À l'article L. 1, le II est déplacé" is flagged.
func TestPlacedRenumbered28(t *testing.T) {
	romans := "L1: I. – Le juge statue.|II. – Le juge motive.|III. – Le juge signe."
	runRenum22(t, []renum22Case{
		{"one", []string{romans}, []string{"À l'article L. 1 du code civil, le III est renuméroté IV."}, "l1: I. – Le juge statue.|II. – Le juge motive.|IV. – Le juge signe.", nil},
		{"two, respectivement", []string{romans}, []string{"À l'article L. 1 du code civil, les II et III sont renumérotés respectivement III et IV."}, "l1: I. – Le juge statue.|III. – Le juge motive.|IV. – Le juge signe.", nil},
		{"in a part", []string{"L1: I. – Le juge statue :|1° Un ;|2° Deux.|II. – Le juge signe."}, []string{"Au I de l'article L. 1 du code civil, le 2° est renuméroté 3°."}, "l1: I. – Le juge statue :|1° Un ;|3° Deux.|II. – Le juge signe.", nil},
		{"onto a label there", []string{romans}, []string{"À l'article L. 1 du code civil, le II est renuméroté III."}, "l1: " + romans[4:], errLabelInForce22},
		{"moved", []string{romans}, []string{"À l'article L. 1 du code civil, le II est déplacé."}, "l1: " + romans[4:], errNoKnownForm22},
		{"merged", []string{romans}, []string{"À l'article L. 1 du code civil, les II et III sont fusionnés."}, "l1: " + romans[4:], errNoKnownForm22},
	})
}

// TestLettersPastZ28: a list of letters gone past the z ("z)", "aa)",
// "ab)"): the "ab)" ends the aa (it went with it), a list naming the ab
// is refused (the ab was dropped), a new text lettered otherwise than
// announced with two letters is refused (it went in).
func TestLettersPastZ28(t *testing.T) {
	past := "L1: Le juge statue :|y) Y ;|z) Z ;|aa) AA ;|ab) AB ;|ac) AC."
	runRenum22(t, []renum22Case{
		{"the aa alone", []string{past}, []string{"Le aa de l'article L. 1 du code civil est abrogé."}, "l1: Le juge statue :|y) Y ;|z) Z ;|aa) (Abrogé) ;|ab) AB ;|ac) AC.", nil},
		{"the aa rewritten", []string{past}, []string{"À l'article L. 1 du code civil, le aa est ainsi rédigé :", "« aa) BA ; »"}, "l1: Le juge statue :|y) Y ;|z) Z ;|aa) BA ;|ab) AB ;|ac) AC.", nil},
		{"words in the aa", []string{past}, []string{"À l'article L. 1 du code civil, au aa, le mot : « AA » est remplacé par le mot : « BA »."}, "l1: Le juge statue :|y) Y ;|z) Z ;|aa) BA ;|ab) AB ;|ac) AC.", nil},
		{"the aa and the ab", []string{past}, []string{"À l'article L. 1 du code civil, les aa et ab sont abrogés."}, "l1: " + past[4:], errLetterPastZ28},
		{"the z to the ab", []string{past}, []string{"À l'article L. 1 du code civil, les z à ab sont abrogés."}, "l1: " + past[4:], errLetterPastZ28},
		{"a bis announced, aa given", []string{"L1: Le juge statue :|a) Un ;|b) Deux."}, []string{"À l'article L. 1 du code civil, après le a, il est inséré un a bis ainsi rédigé :", "« aa) Bis ; »"}, "l1: Le juge statue :|a) Un ;|b) Deux.", errAnnouncedLabelDiffers},
		{"aa announced, ab given", []string{"L1: Le juge statue :|a) Un ;|b) Deux."}, []string{"À l'article L. 1 du code civil, après le a, il est inséré un aa ainsi rédigé :", "« ab) AB ; »"}, "l1: Le juge statue :|a) Un ;|b) Deux.", errAnnouncedLabelDiffers},
		{"aa announced and given", []string{"L1: Le juge statue :|a) Un ;|b) Deux."}, []string{"À l'article L. 1 du code civil, avant le a, il est inséré un aa ainsi rédigé :", "« aa) AA ; »"}, "l1: Le juge statue :|aa) AA ;|a) Un ;|b) Deux.", nil},
	})
}

// TestAmAdverbList28: an amendment's "Supprimer les 1° bis et ter" is
// the 1° bis and the 1° ter (the 1° ter was kept).
func TestAmAdverbList28(t *testing.T) {
	art := Article{Number: "1er", Alineas: []string{"I. – Le code civil est ainsi modifié :", "1° Un ;", "1° bis Bis ;", "1° ter Ter ;", "2° Deux."}}
	runAm27(t, art, []amCase27{
		{"degrees", []string{"Supprimer les 1° bis et ter."}, "I. – Le code civil est ainsi modifié : | 1° Un ; | 1° bis et 1° ter (Supprimé) | 2° Deux.", nil},
		{"degrees in full", []string{"Supprimer les 1° bis et 1° ter."}, "I. – Le code civil est ainsi modifié : | 1° Un ; | 1° bis et 1° ter (Supprimé) | 2° Deux.", nil},
	}, nil)
	letters := Article{Number: "1er", Alineas: []string{"I. – Le code civil est ainsi modifié :", "a) Un ;", "a bis) Bis ;", "a ter) Ter ;", "a quater) Q ;", "b) Deux."}}
	runAm27(t, letters, []amCase27{
		{"letters, three", []string{"Supprimer les a bis, ter et quater."}, "I. – Le code civil est ainsi modifié : | a) Un ; | a bis), a ter) et a quater) (Supprimé) | b) Deux.", nil},
	}, nil)
}
