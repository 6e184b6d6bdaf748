package law

import "testing"

// del is a deletion of the n-th sentence of article L. 1.
func count7Del(which string) []string {
	return []string{which + " de l'article L. 1 du code civil est supprimée."}
}

func TestCount7ProbeSentences(t *testing.T) {
	d2 := count7Del("La deuxième phrase")
	dl := count7Del("La dernière phrase")
	d1 := count7Del("La première phrase")
	runGrammar(t, []grammarCase{
		{name: "L. 123-4.", before: []string{"Le maire applique l'article L. 123-4. Il signe. Il date."}, text: d2, want: []string{"Le maire applique l'article L. 123-4. Il date."}},
		{name: "art. 3", before: []string{"Il applique l'art. 3 du décret. Il signe."}, text: dl, want: []string{"Il applique l'art. 3 du décret."}},
		{name: "MM. Dupont", before: []string{"MM. Dupont et Durand signent. Ils datent."}, text: dl, want: []string{"MM. Dupont et Durand signent."}},
		{name: "etc. ends", before: []string{"Il fournit les pièces, titres, etc. Le maire signe."}, text: d1, want: []string{"Le maire signe."}},
		{name: "n° 78-17 du 6 janvier 1978.", before: []string{"Il applique la loi n° 78-17 du 6 janvier 1978. Il signe."}, text: dl, want: []string{"Il applique la loi n° 78-17 du 6 janvier 1978."}},
		{name: "1er janv. 2020", before: []string{"Il paie avant le 1er janv. 2020. Il signe."}, text: dl, want: []string{"Il paie avant le 1er janv. 2020."}},
		{name: "p. 12", before: []string{"Voir le rapport, p. 12. Il signe."}, text: dl, want: []string{"Voir le rapport, p. 12."}},
		{name: "c.-à-d.", before: []string{"Il signe, c.-à-d. il appose sa marque. Il date."}, text: dl, want: []string{"Il signe, c.-à-d. il appose sa marque."}},
		{name: "(1).", before: []string{"Il signe (1). Il date."}, text: dl, want: []string{"Il signe (1)."}},
		{name: "? ends", before: []string{"Qui signe ? Le maire signe. Il date."}, text: d2, want: []string{"Qui signe ? Il date."}},
		{name: "! ends", before: []string{"Il signe ! Il date."}, text: dl, want: []string{"Il signe !"}},
		{name: ": does not end", before: []string{"Il signe. Il précise : Le maire signe."}, text: dl, want: []string{"Il signe."}},
		{name: "». ends", before: []string{"Il porte la mention « lu et approuvé ». Il signe. Il date."}, text: d2, want: []string{"Il porte la mention « lu et approuvé ». Il date."}},
		{name: "). ends", before: []string{"Il signe (voir l'annexe). Il date."}, text: dl, want: []string{"Il signe (voir l'annexe)."}},
		{name: "(art. 3).", before: []string{"Il signe (art. 3). Il date."}, text: dl, want: []string{"Il signe (art. 3)."}},
		{name: "(cf. art. L. 3).", before: []string{"Il signe (cf. art. L. 3). Il date."}, text: dl, want: []string{"Il signe (cf. art. L. 3)."}},
		{name: "ellipsis char", before: []string{"Il signe… Il date."}, text: dl, want: []string{"Il signe…"}},
		{name: "three dots", before: []string{"Il signe... Il date."}, text: dl, want: []string{"Il signe..."}},
		{name: "les deux dernières phrases", before: []string{"Il signe. Il date. Il remet."}, text: []string{"Les deux dernières phrases de l'article L. 1 du code civil sont supprimées."}, want: []string{"Il signe."}},
		{name: "à la deuxième phrase, words", before: []string{"Il signe et date. Il date. Il date."}, text: []string{"À la deuxième phrase de l'article L. 1 du code civil, le mot : « date » est remplacé par le mot : « remet »."}, want: []string{"Il signe et date. Il remet. Il date."}},
		{name: "du 1° du I.", before: []string{"Il vise le 1° du I. Il signe."}, text: dl, want: []string{"Il vise le 1° du I."}},
		{name: "M. after a period", before: []string{"Il signe le 1er janvier. M. le maire date."}, text: dl, want: []string{"Il signe le 1er janvier."}},
		{name: "(C. civ.).", before: []string{"Il vise le code (C. civ.). Il date."}, text: dl, want: []string{"Il vise le code (C. civ.)."}},
		{name: "nbsp after period", before: []string{"Il signe.\u00a0Il date."}, text: dl, want: []string{"Il signe."}},
		{name: "nbsp before ?", before: []string{"Qui signe\u00a0? Le maire. Il date."}, text: d2, want: []string{"Qui signe\u00a0? Il date."}},
		{name: "R. 12-1. ends", before: []string{"Le taux est fixé par l'article R. 12-1. Il signe."}, text: dl, want: []string{"Le taux est fixé par l'article R. 12-1."}},
		{name: "10 %.", before: []string{"Le taux est de 10 %. Il signe."}, text: dl, want: []string{"Le taux est de 10 %."}},
		{name: "1.5 decimals", before: []string{"Il paie 1.5 euros. Il signe."}, text: dl, want: []string{"Il paie 1.5 euros."}},
		{name: "À accented capital", before: []string{"Il signe. À défaut, il date."}, text: dl, want: []string{"Il signe."}},
		{name: "É accented capital", before: []string{"Il signe. État et communes datent."}, text: dl, want: []string{"Il signe."}},
		{name: "avant-dernière", before: []string{"Il signe. Il date. Il remet."}, text: count7Del("L'avant-dernière phrase"), want: []string{"Il signe. Il remet."}},
		{name: "la troisième phrase of two refused", before: []string{"Il signe. Il date."}, text: count7Del("La troisième phrase"), want: nil},
		{name: "sentence 2 of 2nd alinéa", before: []string{"Il signe. Il date.", "Il remet. Il note."}, text: []string{"La deuxième phrase du deuxième alinéa de l'article L. 1 du code civil est supprimée."}, want: []string{"Il signe. Il date.", "Il remet."}},
		{name: "Mme", before: []string{"Mme Durand signe. Elle date."}, text: dl, want: []string{"Mme Durand signe."}},
		{name: "Me X", before: []string{"Il voit Me. Durand. Il date."}, text: dl, want: []string{"Il voit Me. Durand."}},
		{name: "S.A. mid", before: []string{"La société X S.A. Paris signe. Il date."}, text: dl, want: []string{"La société X S.A. Paris signe."}},
	})
}
