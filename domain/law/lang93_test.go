package law

import "testing"

// TestLang93DashOfAnAlinea: an amendment's dash of an alinéa named by its
// number — "Alinéa 1, deuxième tiret" (the Sénat's line), "Au deuxième
// tiret de l'alinéa 1", "À l'alinéa 1, au dernier tiret", "Supprimer le
// deuxième tiret de l'alinéa 1" — is the dash of that rank in the list
// the alinéa introduces: it ends with a colon, its dashes ("– …") on
// their lines after it (it was refused). An alinéa that introduces no
// list of dashes (a dash itself, or a sentence), a rank past the last,
// several alinéas or a sentence with the dash, "cet alinéa" pointing at
// the line (the alinéa, or the dash the Sénat numbers as one?) are
// refused; and so is a
// dash an earlier amendment inserted in that list (the ranks as tabled
// are not known).
func TestLang93DashOfAnAlinea(t *testing.T) {
	A := []string{"I. – Le maire signe :", "– le contrat ;", "– le bail ;", "– le devis.", "Il date. Il remet."}
	to := func(i int, s string) []string {
		w := append([]string(nil), A...)
		w[i] = s
		return w
	}
	runAmendments(t, []amCase{
		{"Alinéa 1, deuxième tiret", A, "Alinéa 1, deuxième tiret\n\nRemplacer le mot :\n\nbail\n\npar le mot :\n\nloyer", to(2, "– le loyer ;")},
		{"au deuxième tiret de l'alinéa 1", A, "Au deuxième tiret de l'alinéa 1, remplacer le mot : « bail » par le mot : « loyer ».", to(2, "– le loyer ;")},
		{"à l'alinéa 1, au dernier tiret", A, "À l'alinéa 1, au dernier tiret, remplacer le mot : « devis » par le mot : « loyer ».", to(3, "– le loyer.")},
		{"supprimer le deuxième tiret de l'alinéa 1", A, "Supprimer le deuxième tiret de l'alinéa 1.", []string{A[0], A[1], A[3], A[4]}},
		{"a dash itself: refused", A, "Alinéa 2, premier tiret\n\nRemplacer le mot :\n\ncontrat\n\npar le mot :\n\nloyer", nil},
		{"an alinéa that introduces no list: refused", A, "Au premier tiret de l'alinéa 5, remplacer le mot : « date » par le mot : « signe ».", nil},
		{"past the last: refused", A, "Au quatrième tiret de l'alinéa 1, remplacer le mot : « bail » par le mot : « loyer ».", nil},
		{"several alinéas: refused", A, "Au deuxième tiret des alinéas 1 et 5, remplacer le mot : « bail » par le mot : « loyer ».", nil},
		{"cet alinéa under a dash (the alinéa, or the dash?): refused", A, "Alinéa 1, deuxième tiret\n\nSupprimer cet alinéa.", nil},
		{"with a sentence: refused", A, "Au deuxième tiret de la première phrase de l'alinéa 1, remplacer le mot : « bail » par le mot : « loyer ».", nil},
	})
	// Composed: a dash inserted by an earlier amendment in the list
	// leaves the ranks as tabled unknown.
	_, rs := ComposeAmendments(Article{Number: "1", Alineas: A}, []string{
		"Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n« – le titre ; »",
		"Au deuxième tiret de l'alinéa 1, remplacer le mot : « bail » par le mot : « loyer ».",
	})
	if len(rs) != 2 || !rs[0].Applied || rs[1].Applied {
		t.Fatalf("a dash inserted before: got %+v", rs)
	}
}
