package law

import "testing"

// TestProbe3PartsRenumbered: probes of a bill's instructions over parts
// (I, II) repealed, renumbered, inserted, added, rewritten; amounts,
// rates, years, references and apostrophes as words.
func TestProbe3PartsRenumbered(t *testing.T) {
	one := func(al ...string) map[string][]string { return map[string][]string{"L1": al} }
	at := func(s string) []string { return []string{"À l'article L. 1 du code civil, " + s} }
	h := "L'article L. 1 du code civil est ainsi modifié :"
	parts := one("I. – Le maire signe.", "II. – Le juge peut :", "1° Partir ;", "2° Rester.", "III. – Le greffier reste.", "IV. – Le préfet vient.")
	runLaw3(t, []law3Case{
		{name: "le II with items abrogé", arts: parts,
			text: []string{"Le II de l'article L. 1 du code civil est abrogé."},
			want: one("I. – Le maire signe.", "II. – (Abrogé)", "III. – Le greffier reste.", "IV. – Le préfet vient.")},
		{name: "les III et IV deviennent respectivement les II et III", arts: parts,
			text: []string{h, "1° Le II est supprimé ;", "2° Les III et IV deviennent respectivement les II et III."},
			want: one("I. – Le maire signe.", "II. – Le greffier reste.", "III. – Le préfet vient.")},
		{name: "un II bis après le II", arts: parts,
			text: append(at("après le II, il est inséré un II bis ainsi rédigé :"), "« II bis. – Le juge dort. »"),
			want: one("I. – Le maire signe.", "II. – Le juge peut :", "1° Partir ;", "2° Rester.", "II bis. – Le juge dort.", "III. – Le greffier reste.", "IV. – Le préfet vient.")},
		{name: "il est ajouté un V", arts: parts,
			text: append(at("il est ajouté un V ainsi rédigé :"), "« V. – Le juge dort. »"),
			want: one("I. – Le maire signe.", "II. – Le juge peut :", "1° Partir ;", "2° Rester.", "III. – Le greffier reste.", "IV. – Le préfet vient.", "V. – Le juge dort.")},
		{name: "le II ainsi rédigé", arts: parts,
			text: append(at("le II est ainsi rédigé :"), "« II. – Le juge part. »"),
			want: one("I. – Le maire signe.", "II. – Le juge part.", "III. – Le greffier reste.", "IV. – Le préfet vient.")},
		{name: "words then a second sentence deleted", arts: one("Le maire signe. Il part.", "Le juge part. Il reste."),
			text: at("à la première phrase du deuxième alinéa, le mot : « juge » est remplacé par le mot : « greffier » et la seconde phrase est supprimée."),
			want: one("Le maire signe. Il part.", "Le greffier part.")},
		{name: "two word operations", arts: one("Le maire signe au juge.", "Le juge part."),
			text: at("au premier alinéa, le mot : « maire » est remplacé par le mot : « préfet » et, après le mot : « signe », sont insérés les mots : « sans délai »."),
			want: one("Le préfet signe sans délai au juge.", "Le juge part.")},
		{name: "a sum with nbsp", arts: one("L'amende est de 1\u00a0500\u00a0€."),
			text: at("le montant : « 1 500 € » est remplacé par le montant : « 3 000 € »."),
			want: one("L'amende est de 3 000 €.")},
		{name: "a rate", arts: one("Le taux est de 5 % et de 15 %."),
			text: at("le taux : « 5 % » est remplacé par le taux : « 7 % »."),
			want: one("Le taux est de 7 % et de 15 %.")},
		{name: "a year", arts: one("Jusqu'en 2020, et en 12020."),
			text: at("l'année : « 2020 » est remplacée par l'année : « 2025 »."),
			want: one("Jusqu'en 2025, et en 12020.")},
		{name: "curly apostrophe in force, straight quoted", arts: one("Le maire signe l’acte."),
			text: at("les mots : « l'acte » sont remplacés par les mots : « le contrat »."),
			want: one("Le maire signe le contrat.")},
		{name: "reference L. 2 not in L. 2-1", arts: one("Il applique les articles L. 2-1 et L. 2."),
			text: at("après la référence : « L. 2 », sont insérés les mots : « et L. 3 »."),
			want: one("Il applique les articles L. 2-1 et L. 2 et L. 3.")},
		{name: "le 2° complété par un alinéa", arts: one("Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater."),
			text: append(at("le 2° est complété par un alinéa ainsi rédigé :"), "« Il rend compte. »"),
			want: one("Le maire peut :", "1° Signer ;", "2° Viser ;", "Il rend compte.", "3° Dater.")},
		{name: "le premier alinéa est remplacé par trois alinéas", arts: one("Le maire signe.", "Le juge part."),
			text: append(at("le premier alinéa est remplacé par trois alinéas ainsi rédigés :"), "« Le maire peut :", "« 1° Signer ;", "« 2° Viser. »"),
			want: one("Le maire peut :", "1° Signer ;", "2° Viser.", "Le juge part.")},
		{name: "à la fin du premier alinéa, ajouter des mots", arts: one("Le maire signe.", "Le juge part."),
			text: at("à la fin du premier alinéa, sont ajoutés les mots : « sans délai »."),
			want: one("Le maire signe sans délai.", "Le juge part.")},
	})
}
