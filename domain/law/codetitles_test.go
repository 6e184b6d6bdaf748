package law

import "testing"

// TestGrammarCodeTitles: a code is named by its whole title, whatever its
// words — "et du", "et des", "et de l'", and the two titles of codes in
// force the grammar's end of a code's name would cut ("… entre le public
// et l'administration", "… d'honneur, de la médaille militaire et de
// l'ordre national du Mérite": codeTitlesJoined).
func TestGrammarCodeTitles(t *testing.T) {
	codes := []string{"code de l'entrée et du séjour des étrangers et du droit d'asile", "code de la santé publique", "code de la sécurité sociale", "code des postes et des communications électroniques", "livre des procédures fiscales", "code des pensions civiles et militaires de retraite", "code de justice administrative", "code de procédure pénale", "code pénal", "code de l'action sociale et des familles", "code des transports", "code de la construction et de l'habitation", "code des relations entre le public et l'administration", "code général des impôts", "code de l'organisation judiciaire", "code du cinéma et de l'image animée", "code des juridictions financières", "code de la défense", "code de l'urbanisme", "code du domaine public fluvial et de la navigation intérieure", "code des douanes", "code de la route", "code du travail applicable à Mayotte", "code de la commande publique", "code général de la fonction publique", "code pénitentiaire", "code des impositions sur les biens et services", "code de la légion d'honneur, de la médaille militaire et de l'ordre national du Mérite", "Code des relations entre le public et l’administration"}
	for _, c := range codes {
		for _, tail := range []string{", le mot : « maire » est remplacé par le mot : « préfet ».", " est complété par les mots : « ici »."} {
			text := "Au premier alinéa de l'article L. 1 du " + c + tail
			if tail[0] == ' ' {
				text = "Le premier alinéa de l'article L. 1 du " + c + tail
			}
			ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{text}}})
			got := ""
			if len(ins) > 0 && len(ins[0].Edits) > 0 {
				got = ins[0].Edits[0].Scope.Ref.Code
			}
			if got != CodeKey(c) {
				t.Errorf("%q: code %q, want %q (%v %s)", text, got, CodeKey(c), ins[0].Status, ins[0].Reason)
			}
		}
	}
}
