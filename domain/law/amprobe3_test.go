package law

import (
	"strings"
	"testing"
)

// Hand probes of amendment dispositifs, both chambers' styles, applied to
// short articles: multi-part amendments ("II. – En conséquence, procéder à
// la même substitution à l'alinéa 7"), beginnings and ends rewritten,
// sentences, ranges and sets of alinéas, the Sénat's one-instruction-per-
// line layout, occurrences, typography (quotes, non-breaking spaces,
// apostrophes, dashes, HTML entities), items deleted and restored. Each
// holds the text the drafter means, or nil where the engine must refuse;
// they guard against regressions.

var (
	amp3A = []string{
		"Le juge statue dans un délai d'un mois. Il motive sa décision.",
		"La décision est notifiée aux parties par lettre recommandée.",
		"Les parties peuvent former un recours devant le tribunal administratif. Le recours n'est pas suspensif. Il est jugé en urgence.",
		"Un décret en Conseil d'État fixe les modalités d'application du présent article.",
		"Le ministre chargé de l'économie rend compte au Parlement chaque année.",
		"Le présent article entre en vigueur le 1er janvier 2027.",
		"Le tribunal administratif statue en premier ressort.",
		"Le ministre chargé de l'économie publie un rapport.",
		"Le tribunal administratif peut ordonner une expertise.",
	}
	amp3B = []string{
		"I. – Le code de l'environnement est ainsi modifié :",
		"1° L'article L. 110-1 est ainsi modifié :",
		"a) Au premier alinéa, le mot : « public » est remplacé par le mot : « commun » ;",
		"b) Le second alinéa est supprimé ;",
		"2° L'article L. 120-1 est abrogé ;",
		"3° À l'article L. 130-1, les mots : « du préfet » sont remplacés par les mots : « de l'autorité administrative ».",
		"II. – Le présent article entre en vigueur le 1er janvier 2027.",
	}
	// amp3C holds items the commission deleted; amp3D is an article deleted.
	amp3C = []string{"I. – Le code de l'environnement est ainsi modifié :", "1° (Supprimé)", "2° L'article L. 120-1 est abrogé.", "II. – (Supprimé)"}
	amp3D = []string{"(Supprimé)"}
	amp3E = []string{
		"Le délai prévu à l'article L. 121-2 du code de l'urbanisme est de deux mois. Il peut être prorogé une fois par décision motivée.",
		"Les dispositions de la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés sont applicables. Le traitement est déclaré à la Commission nationale de l'informatique et des libertés.",
		"Le montant de l'amende est fixé à 1\u00a0500 euros. Il est porté à 3\u00a0000 euros en cas de récidive.",
		"Le taux est fixé à 5,5\u00a0%. Il est révisé chaque année.",
		"Un rapport est remis au Parlement avant le 1er janvier 2027 ; il présente le bilan du dispositif.",
		"Les articles 3, 4 et 5 sont applicables en Polynésie française, en Nouvelle-Calédonie et dans les îles Wallis et Futuna.",
	}
	// amp3Deleted wants the article deleted.
	amp3Deleted = []string{"(deleted)"}
)

// amp3Want builds an article from base: an int is base's alinéa of that
// number (as tabled), a string a new or changed alinéa.
func amp3Want(base []string, parts ...any) []string {
	var out []string
	for _, p := range parts {
		switch v := p.(type) {
		case int:
			out = append(out, base[v-1])
		case string:
			out = append(out, v)
		}
	}
	return out
}

// runAmp3 is runAmendments with amp3Deleted for an article deleted.
func runAmp3(t *testing.T, cases []amCase) {
	t.Helper()
	var rest []amCase
	for _, tc := range cases {
		if len(tc.want) == 1 && tc.want[0] == amp3Deleted[0] {
			t.Run(tc.name, func(t *testing.T) {
				if r := ApplyAmendment(Article{Number: "1", Alineas: tc.before}, tc.dispositif); !r.Applied || !r.Deleted {
					t.Fatalf("want deleted: applied %v, deleted %v, %q", r.Applied, r.Deleted, r.Unparsed)
				}
			})
			continue
		}
		rest = append(rest, tc)
	}
	runAmendments(t, rest)
}

// TestAmProbe3Dispositifs: the probes that read as the drafter means
// (or are refused where the text does not say), as found.
func TestAmProbe3Dispositifs(t *testing.T) {
	if !strings.Contains(amp3E[2], "\u00a0") {
		t.Fatal("amp3E lost its non-breaking spaces")
	}
	runAmp3(t, []amCase{
		{"I/II: the same substitution at another alinéa", amp3A, "I. – À l'alinéa 3, substituer au mot : « tribunal » le mot : « juge ».\n\nII. – En conséquence, procéder à la même substitution à l'alinéa 7.", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le juge administratif. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, "Le juge administratif statue en premier ressort.", 8, 9)},
		{"the same substitution at two alinéas", amp3A, "I. – À l'alinéa 3, substituer aux mots : « tribunal administratif » les mots : « juge administratif ».\n\nII. – En conséquence, procéder à la même substitution aux alinéas 7 et 9.", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le juge administratif. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, "Le juge administratif statue en premier ressort.", 8, "Le juge administratif peut ordonner une expertise.")},
		{"II: alinéa 6 : Supprimer cet alinéa", amp3A, "I. – À l'alinéa 5, substituer aux mots : « rend compte au Parlement » les mots : « remet un rapport au Parlement ».\n\nII. – En conséquence, alinéa 6 : Supprimer cet alinéa.", amp3Want(amp3A, 1, 2, 3, 4, "Le ministre chargé de l'économie remet un rapport au Parlement chaque année.", 7, 8, 9)},
		{"the same modification, one paragraph", amp3A, "À l'alinéa 5, substituer aux mots : « chargé de l'économie » les mots : « chargé des finances ». Procéder à la même modification à l'alinéa 8.", amp3Want(amp3A, 1, 2, 3, 4, "Le ministre chargé des finances rend compte au Parlement chaque année.", 6, 7, "Le ministre chargé des finances publie un rapport.", 9)},
		{"the same substitution where the words are not: refused", amp3A, "À l'alinéa 3, substituer au mot : « tribunal » le mot : « juge ».\n\nII. – En conséquence, procéder à la même substitution à l'alinéa 8.", nil},
		{"the same insertion", amp3A, "I. – À l'alinéa 3, après les mots : « tribunal administratif », insérer les mots : « territorialement compétent ».\n\nII. – En conséquence, procéder à la même insertion à l'alinéa 9.", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le tribunal administratif territorialement compétent. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, 7, 8, "Le tribunal administratif territorialement compétent peut ordonner une expertise.")},
		{"the same deletion", amp3A, "I. – À l'alinéa 5, supprimer les mots : « chargé de l'économie ».\n\nII. – En conséquence, procéder à la même suppression à l'alinéa 8.", amp3Want(amp3A, 1, 2, 3, 4, "Le ministre rend compte au Parlement chaque année.", 6, 7, "Le ministre publie un rapport.", 9)},
		{"the same substitution, the place first", amp3A, "I. – À l'alinéa 3, substituer aux mots : « tribunal administratif » les mots : « juge administratif ».\n\nII. – En conséquence, à l'alinéa 7, procéder à la même substitution.", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le juge administratif. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, "Le juge administratif statue en premier ressort.", 8, 9)},
		{"the same substitution in the rest of the article", amp3A, "I. – À l'alinéa 3, substituer aux mots : « tribunal administratif » les mots : « juge administratif ».\n\nII. – En conséquence, procéder à la même substitution dans le reste de l'article.", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le juge administratif. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, "Le juge administratif statue en premier ressort.", 8, "Le juge administratif peut ordonner une expertise.")},
		{"alinéas as tabled after a deletion", amp3A, "I. – À l'alinéa 3, substituer aux mots : « tribunal administratif » les mots : « juge administratif ».\n\nII. – En conséquence, procéder à la même substitution aux alinéas 7 et 9.\n\nIII. – Supprimer l'alinéa 8.", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le juge administratif. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, "Le juge administratif statue en premier ressort.", "Le juge administratif peut ordonner une expertise.")},
		{"alinéas as tabled after an insertion", amp3A, "I. – Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n\n« La notification mentionne les voies de recours. »\n\nII. – En conséquence, supprimer l'alinéa 6.", amp3Want(amp3A, 1, 2, "La notification mentionne les voies de recours.", 3, 4, 5, 7, 8, 9)},
		{"a part of the other chamber's layout then another", amp3A, "Après l'alinéa 3\n\nInsérer deux alinéas ainsi rédigés :\n\nLe recours est formé dans un délai de deux mois.\n\nIl est instruit par écrit.\n\nII. – Alinéa 7\n\nSupprimer cet alinéa.", amp3Want(amp3A, 1, 2, 3, "Le recours est formé dans un délai de deux mois.", "Il est instruit par écrit.", 4, 5, 6, 8, 9)},
		{"the beginning rewritten, the rest kept by an ellipsis", amp3A, "Rédiger ainsi le début de l'alinéa 4 : « Un arrêté du ministre chargé de l'économie fixe... (le reste sans changement) ».", amp3Want(amp3A, 1, 2, 3, "Un arrêté du ministre chargé de l'économie fixe les modalités d'application du présent article.", 5, 6, 7, 8, 9)},
		{"the beginning rewritten, the quotation on its own line", amp3A, "Rédiger ainsi le début de l'alinéa 4 :\n\n« Un arrêté fixe les modalités... (le reste sans changement). »", amp3Want(amp3A, 1, 2, 3, "Un arrêté fixe les modalités d'application du présent article.", 5, 6, 7, 8, 9)},
		{"the beginning of a sentence rewritten", amp3A, "Rédiger ainsi le début de la première phrase de l'alinéa 3 : « Toute personne intéressée peut former un recours... ».", amp3Want(amp3A, 1, 2, "Toute personne intéressée peut former un recours devant le tribunal administratif. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"the beginning without an ellipsis: refused", amp3A, "Rédiger ainsi le début de l'alinéa 4 : « Un arrêté fixe » (le reste sans changement).", nil},
		{"the end with no anchor: refused", amp3A, "Rédiger ainsi la fin de l'alinéa 2 : « par tout moyen. »", nil},
		{"the end after a word", amp3A, "Après le mot : « parties », rédiger ainsi la fin de l'alinéa 2 : « par tout moyen. »", amp3Want(amp3A, 1, "La décision est notifiée aux parties par tout moyen.", 3, 4, 5, 6, 7, 8, 9)},
		{"the end of a sentence after a word", amp3A, "Après le mot : « recours », rédiger ainsi la fin de la première phrase de l'alinéa 3 : « gracieux. »", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours gracieux. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"the end after a word the alinéa holds twice: refused", amp3A, "À l'alinéa 3, après le mot : « recours », rédiger ainsi la fin de cet alinéa : « gracieux. »", nil},
		{"words at the beginning", amp3A, "Au début de l'alinéa 2, insérer les mots : « Dans tous les cas, ».", amp3Want(amp3A, 1, "Dans tous les cas, la décision est notifiée aux parties par lettre recommandée.", 3, 4, 5, 6, 7, 8, 9)},
		{"words at the beginning of a sentence", amp3A, "Au début de la deuxième phrase de l'alinéa 3, insérer les mots : « Sauf décision contraire du juge, ».", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le tribunal administratif. Sauf décision contraire du juge, le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"a date at the end", amp3A, "À la fin de l'alinéa 6, substituer à la date : « 1er janvier 2027 » la date : « 1er juillet 2027 ».", amp3Want(amp3A, 1, 2, 3, 4, 5, "Le présent article entre en vigueur le 1er juillet 2027.", 7, 8, 9)},
		{"at the end, words not at the end: refused", amp3A, "À la fin de l'alinéa 3, substituer au mot : « recours » le mot : « pourvoi ».", nil},
		{"the end deleted from a word", amp3A, "Supprimer la fin de l'alinéa 5 à partir du mot : « au ».", amp3Want(amp3A, 1, 2, 3, 4, "Le ministre chargé de l'économie rend compte.", 6, 7, 8, 9)},
		{"the end of a sentence deleted from a word", amp3A, "Supprimer la fin de la première phrase de l'alinéa 3 à partir du mot : « devant ».", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"the end deleted after a word", amp3A, "À l'alinéa 5, après le mot : « Parlement », supprimer la fin de cet alinéa.", amp3Want(amp3A, 1, 2, 3, 4, "Le ministre chargé de l'économie rend compte au Parlement.", 6, 7, 8, 9)},
		{"the last sentence deleted", amp3A, "Supprimer la dernière phrase de l'alinéa 3.", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le tribunal administratif. Le recours n'est pas suspensif.", 4, 5, 6, 7, 8, 9)},
		{"the second of three sentences deleted", amp3A, "Supprimer la seconde phrase de l'alinéa 3.", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le tribunal administratif. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"the two last sentences deleted", amp3A, "Supprimer les deux dernières phrases de l'alinéa 3.", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le tribunal administratif.", 4, 5, 6, 7, 8, 9)},
		{"the second and third sentences deleted", amp3A, "Supprimer les deuxième et troisième phrases de l'alinéa 3.", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le tribunal administratif.", 4, 5, 6, 7, 8, 9)},
		{"the second and last sentences, the place first", amp3A, "À l'alinéa 3, supprimer les deuxième et dernière phrases.", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le tribunal administratif.", 4, 5, 6, 7, 8, 9)},
		{"words of the second sentence", amp3A, "À la seconde phrase de l'alinéa 1, substituer au mot : « motive » le mot : « justifie ».", amp3Want(amp3A, "Le juge statue dans un délai d'un mois. Il justifie sa décision.", 2, 3, 4, 5, 6, 7, 8, 9)},
		{"words of the penultimate sentence", amp3A, "À l'avant-dernière phrase de l'alinéa 3, substituer au mot : « suspensif » le mot : « dévolutif ».", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le tribunal administratif. Le recours n'est pas dévolutif. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"words not in the sentence named: refused", amp3A, "À la première phrase de l'alinéa 3, substituer au mot : « urgence » le mot : « priorité ».", nil},
		{"a sentence added", amp3A, "Compléter l'alinéa 2 par une phrase ainsi rédigée : « Elle est motivée. »", amp3Want(amp3A, 1, "La décision est notifiée aux parties par lettre recommandée. Elle est motivée.", 3, 4, 5, 6, 7, 8, 9)},
		{"two sentences added", amp3A, "Compléter l'alinéa 2 par les deux phrases suivantes : « Elle est motivée. Elle est publiée. »", amp3Want(amp3A, 1, "La décision est notifiée aux parties par lettre recommandée. Elle est motivée. Elle est publiée.", 3, 4, 5, 6, 7, 8, 9)},
		{"a sentence rewritten", amp3A, "Rédiger ainsi la deuxième phrase de l'alinéa 3 : « Le recours est suspensif. »", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le tribunal administratif. Le recours est suspensif. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"two sentences rewritten as one", amp3A, "Rédiger ainsi les deux premières phrases de l'alinéa 3 : « Le recours est formé devant le juge. »", amp3Want(amp3A, 1, 2, "Le recours est formé devant le juge. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"a sentence inserted after the first", amp3A, "Après la première phrase de l'alinéa 3, insérer une phrase ainsi rédigée : « Il est formé dans un délai de deux mois. »", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le tribunal administratif. Il est formé dans un délai de deux mois. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"a sentence inserted at the beginning", amp3A, "Au début de l'alinéa 3, insérer une phrase ainsi rédigée : « Le présent alinéa s'applique aux décisions individuelles. »", amp3Want(amp3A, 1, 2, "Le présent alinéa s'applique aux décisions individuelles. Les parties peuvent former un recours devant le tribunal administratif. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"a sentence deleted then one counted after it: refused", amp3A, "I. – Supprimer la première phrase de l'alinéa 1.\n\nII. – En conséquence, à la seconde phrase de l'alinéa 1, substituer au mot : « motive » le mot : « justifie ».", nil},
		{"the first sentence's words, then the second's of the same alinéa", amp3A, "I. – À la première phrase de l'alinéa 1, substituer au mot : « mois » le mot : « trimestre ».\n\nII. – En conséquence, à la seconde phrase du même alinéa, substituer au mot : « motive » le mot : « justifie ».", amp3Want(amp3A, "Le juge statue dans un délai d'un trimestre. Il justifie sa décision.", 2, 3, 4, 5, 6, 7, 8, 9)},
		{"two sentences' words joined by et, à la seconde phrase", amp3A, "À la première phrase de l'alinéa 1, substituer au mot : « mois » le mot : « trimestre » et, à la seconde phrase, au mot : « motive » le mot : « justifie ».", amp3Want(amp3A, "Le juge statue dans un délai d'un trimestre. Il justifie sa décision.", 2, 3, 4, 5, 6, 7, 8, 9)},
		{"a range deleted", amp3A, "Supprimer les alinéas 4 à 6.", amp3Want(amp3A, 1, 2, 3, 7, 8, 9)},
		{"two alinéas deleted", amp3A, "Supprimer les alinéas 4 et 6.", amp3Want(amp3A, 1, 2, 3, 5, 7, 8, 9)},
		{"three alinéas deleted", amp3A, "Supprimer les alinéas 2, 4 et 6.", amp3Want(amp3A, 1, 3, 5, 7, 8, 9)},
		{"a range and an alinéa deleted", amp3A, "Supprimer les alinéas 2 à 4 et 7.", amp3Want(amp3A, 1, 5, 6, 8, 9)},
		{"an alinéa and a range deleted", amp3A, "Supprimer l'alinéa 2 et les alinéas 5 à 7.", amp3Want(amp3A, 1, 3, 4, 8, 9)},
		{"an alinéa past the last: refused", amp3A, "Supprimer l'alinéa 10.", nil},
		{"words at two alinéas", amp3A, "Aux alinéas 3 et 7, substituer aux mots : « tribunal administratif » les mots : « juge administratif ».", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le juge administratif. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, "Le juge administratif statue en premier ressort.", 8, 9)},
		{"words at three alinéas", amp3A, "Aux alinéas 3, 7 et 9, substituer aux mots : « tribunal administratif » les mots : « juge administratif ».", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le juge administratif. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, "Le juge administratif statue en premier ressort.", 8, "Le juge administratif peut ordonner une expertise.")},
		{"a range rewritten by two", amp3A, "Rédiger ainsi les alinéas 7 à 9 :\n\n« Le juge statue en premier ressort.\n\n« Il peut ordonner une expertise. »", amp3Want(amp3A, 1, 2, 3, 4, 5, 6, "Le juge statue en premier ressort.", "Il peut ordonner une expertise.")},
		{"a range replaced by one", amp3A, "Substituer aux alinéas 7 à 9 l'alinéa suivant :\n\n« Le tribunal administratif statue en premier ressort et peut ordonner une expertise. »", amp3Want(amp3A, 1, 2, 3, 4, 5, 6, "Le tribunal administratif statue en premier ressort et peut ordonner une expertise.")},
		{"two alinéas replaced by one", amp3A, "Substituer aux alinéas 2 et 3 l'alinéa suivant :\n\n« La décision est notifiée aux parties, qui peuvent former un recours. »", amp3Want(amp3A, 1, "La décision est notifiée aux parties, qui peuvent former un recours.", 4, 5, 6, 7, 8, 9)},
		{"two alinéas apart replaced by one: refused", amp3A, "Remplacer les alinéas 4 et 6 par un alinéa ainsi rédigé : « Un décret fixe les modalités d'application et la date d'entrée en vigueur du présent article. »", nil},
		{"one alinéa replaced by two", amp3A, "Substituer à l'alinéa 4 les deux alinéas suivants :\n\n« Un décret fixe les modalités d'application du présent article.\n\n« Il précise les délais de recours. »", amp3Want(amp3A, 1, 2, 3, "Un décret fixe les modalités d'application du présent article.", "Il précise les délais de recours.", 5, 6, 7, 8, 9)},
		{"alinéas merged: refused", amp3A, "Fusionner les alinéas 1 et 2.", nil},
		{"an alinéa moved: refused", amp3A, "Déplacer l'alinéa 4 après l'alinéa 6.", nil},
		{"the article rewritten", amp3A, "Rédiger ainsi cet article :\n\n« Le juge statue dans un délai d'un mois.\n\n« La décision est motivée. »", amp3Want(amp3A, "Le juge statue dans un délai d'un mois.", "La décision est motivée.")},
		{"the article deleted", amp3A, "Supprimer cet article.", amp3Deleted},
		{"Sénat: words replaced", amp3A, "Alinéa 3\n\nRemplacer les mots :\n\ntribunal administratif\n\npar les mots :\n\njuge administratif", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le juge administratif. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"Sénat: words of a sentence deleted", amp3A, "Alinéa 3, première phrase\n\nSupprimer les mots :\n\ndevant le tribunal administratif", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"Sénat: a range deleted", amp3A, "Alinéas 4 à 6\n\nSupprimer ces alinéas.", amp3Want(amp3A, 1, 2, 3, 7, 8, 9)},
		{"Sénat: two alinéas deleted", amp3A, "Alinéas 7 et 8\n\nSupprimer ces alinéas.", amp3Want(amp3A, 1, 2, 3, 4, 5, 6, 9)},
		{"Sénat: an alinéa inserted", amp3A, "Après l'alinéa 3\n\nInsérer un alinéa ainsi rédigé :\n\nLe recours est formé dans un délai de deux mois.", amp3Want(amp3A, 1, 2, 3, "Le recours est formé dans un délai de deux mois.", 4, 5, 6, 7, 8, 9)},
		{"Sénat: two operations numbered under one alinéa", amp3A, "Alinéa 3\n\n1° Remplacer les mots :\n\ntribunal administratif\n\npar les mots :\n\njuge administratif\n\n2° Supprimer la dernière phrase.", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le juge administratif. Le recours n'est pas suspensif.", 4, 5, 6, 7, 8, 9)},
		{"Sénat: operations lettered under one alinéa", amp3A, "Alinéa 3\n\na) Remplacer les mots :\n\ntribunal administratif\n\npar les mots :\n\njuge administratif\n\nb) Supprimer la dernière phrase.", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le juge administratif. Le recours n'est pas suspensif.", 4, 5, 6, 7, 8, 9)},
		{"Sénat: a sentence rewritten", amp3A, "Alinéa 3, deuxième phrase\n\nRédiger ainsi cette phrase :\n\nLe recours est suspensif.", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le tribunal administratif. Le recours est suspensif. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"Sénat: a sentence added", amp3A, "Alinéa 3\n\nCompléter cet alinéa par une phrase ainsi rédigée :\n\nLe président peut statuer seul.", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le tribunal administratif. Le recours n'est pas suspensif. Il est jugé en urgence. Le président peut statuer seul.", 4, 5, 6, 7, 8, 9)},
		{"Sénat: words after a word of a sentence, a comma glued", amp3A, "Alinéa 1, première phrase\n\nAprès le mot :\n\nstatue\n\ninsérer les mots :\n\n, par ordonnance motivée,", amp3Want(amp3A, "Le juge statue, par ordonnance motivée, dans un délai d'un mois. Il motive sa décision.", 2, 3, 4, 5, 6, 7, 8, 9)},
		{"Sénat: a word of one sentence", amp3A, "Alinéa 3, deuxième phrase\n\nRemplacer le mot :\n\nrecours\n\npar le mot :\n\npourvoi", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le tribunal administratif. Le pourvoi n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"Sénat: two pairs", amp3A, "Alinéa 3\n\nRemplacer les mots :\n\ntribunal administratif\n\npar les mots :\n\njuge administratif\n\net le mot :\n\nurgence\n\npar le mot :\n\npriorité", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le juge administratif. Le recours n'est pas suspensif. Il est jugé en priorité.", 4, 5, 6, 7, 8, 9)},
		{"Sénat: two alinéas' words", amp3A, "Alinéas 3 et 7\n\nRemplacer les mots :\n\ntribunal administratif\n\npar les mots :\n\njuge administratif", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le juge administratif. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, "Le juge administratif statue en premier ressort.", 8, 9)},
		{"Sénat: two parts, each its alinéa", amp3A, "I. – Alinéa 3\n\nRemplacer le mot :\n\nrecours\n\npar le mot :\n\npourvoi\n\nII. – Alinéa 7\n\nSupprimer cet alinéa.", amp3Want(amp3A, 1, 2, "Les parties peuvent former un pourvoi devant le tribunal administratif. Le pourvoi n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, 8, 9)},
		{"Sénat: each sentence its numbered operation", amp3A, "Alinéa 1\n\n1° Première phrase\n\nRemplacer le mot :\n\nmois\n\npar le mot :\n\ntrimestre\n\n2° Seconde phrase\n\nRemplacer le mot :\n\nmotive\n\npar le mot :\n\njustifie", amp3Want(amp3A, "Le juge statue dans un délai d'un trimestre. Il justifie sa décision.", 2, 3, 4, 5, 6, 7, 8, 9)},
		{"Sénat: the end rewritten after a word", amp3A, "Alinéa 5\n\nAprès le mot :\n\nParlement\n\nrédiger ainsi la fin de cet alinéa :\n\ntous les deux ans.", amp3Want(amp3A, 1, 2, 3, 4, "Le ministre chargé de l'économie rend compte au Parlement tous les deux ans.", 6, 7, 8, 9)},
		{"Sénat: words at the beginning", amp3A, "Alinéa 2\n\nAu début, insérer les mots :\n\nDans tous les cas,", amp3Want(amp3A, 1, "Dans tous les cas, la décision est notifiée aux parties par lettre recommandée.", 3, 4, 5, 6, 7, 8, 9)},
		{"Sénat: an alinéa rewritten with items", amp3A, "Alinéa 3\n\nRédiger ainsi cet alinéa :\n\nLes parties peuvent :\n\n1° Former un recours gracieux ;\n\n2° Saisir le juge.", amp3Want(amp3A, 1, 2, "Les parties peuvent :", "1° Former un recours gracieux ;", "2° Saisir le juge.", 4, 5, 6, 7, 8, 9)},
		{"Sénat: quoted words in its layout", amp3A, "Alinéa 3\n\nRemplacer les mots :\n\n« tribunal administratif »\n\npar les mots :\n\n« juge administratif »", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le juge administratif. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"Sénat: a year", amp3A, "Alinéa 6\n\nRemplacer l'année :\n\n2027\n\npar l'année :\n\n2028", amp3Want(amp3A, 1, 2, 3, 4, 5, "Le présent article entre en vigueur le 1er janvier 2028.", 7, 8, 9)},
		{"after the first occurrence", amp3A, "À l'alinéa 3, après la première occurrence du mot : « recours », insérer le mot : « contentieux ».", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours contentieux devant le tribunal administratif. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"the two occurrences", amp3A, "À l'alinéa 3, substituer aux deux occurrences du mot : « recours » le mot : « pourvoi ».", amp3Want(amp3A, 1, 2, "Les parties peuvent former un pourvoi devant le tribunal administratif. Le pourvoi n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"the second occurrence", amp3A, "À l'alinéa 3, substituer à la seconde occurrence du mot : « recours » le mot : « pourvoi ».", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le tribunal administratif. Le pourvoi n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"the last occurrence", amp3A, "À l'alinéa 3, substituer à la dernière occurrence du mot : « recours » le mot : « pourvoi ».", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le tribunal administratif. Le pourvoi n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"a second occurrence the alinéa lacks: refused", amp3A, "À l'alinéa 2, après la seconde occurrence du mot : « parties », insérer le mot : « intéressées ».", nil},
		{"a count the alinéa lacks: refused", amp3A, "À l'alinéa 3, substituer aux mots : « tribunal administratif » les mots : « juge administratif » (deux fois).", nil},
		{"two insertions joined by et", amp3A, "À l'alinéa 3, après le mot : « former », insérer les mots : « dans un délai de deux mois » et après le mot : « urgence », insérer les mots : « par le président ».", amp3Want(amp3A, 1, 2, "Les parties peuvent former dans un délai de deux mois un recours devant le tribunal administratif. Le recours n'est pas suspensif. Il est jugé en urgence par le président.", 4, 5, 6, 7, 8, 9)},
		{"two substitutions joined by et", amp3A, "À l'alinéa 3, substituer aux mots : « tribunal administratif » les mots : « juge administratif » et au mot : « urgence » les mots : « la forme des référés ».", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le juge administratif. Le recours n'est pas suspensif. Il est jugé en la forme des référés.", 4, 5, 6, 7, 8, 9)},
		{"an insertion then a deletion joined by et", amp3A, "À l'alinéa 3, après le mot : « former », insérer le mot : « gracieusement » et supprimer les mots : « devant le tribunal administratif ».", amp3Want(amp3A, 1, 2, "Les parties peuvent former gracieusement un recours. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"a substitution then an insertion joined by et", amp3A, "À l'alinéa 1, substituer aux mots : « d'un mois » les mots : « de quinze jours » et après le mot : « motive », insérer le mot : « précisément ».", amp3Want(amp3A, "Le juge statue dans un délai de quinze jours. Il motive précisément sa décision.", 2, 3, 4, 5, 6, 7, 8, 9)},
		{"an insertion then a sentence's substitution", amp3A, "À l'alinéa 3, après les mots : « tribunal administratif », insérer les mots : « territorialement compétent », et à la dernière phrase de cet alinéa, substituer au mot : « urgence » le mot : « priorité ».", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le tribunal administratif territorialement compétent. Le recours n'est pas suspensif. Il est jugé en priorité.", 4, 5, 6, 7, 8, 9)},
		{"straight quotes", amp3A, "À l'alinéa 3, substituer au mot : \"tribunal\" le mot : \"juge\".", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le juge administratif. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"curly quotes", amp3A, "À l'alinéa 3, substituer au mot : “tribunal” le mot : “juge”.", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le juge administratif. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"curly apostrophes", amp3A, "À l’alinéa 1, substituer au mot : « d’un » le mot : « de deux ».", amp3Want(amp3A, "Le juge statue dans un délai de deux mois. Il motive sa décision.", 2, 3, 4, 5, 6, 7, 8, 9)},
		{"non-breaking spaces", amp3A, "À l'alinéa 3, substituer au mot\u00a0: «\u00a0tribunal\u00a0» le mot\u00a0: «\u00a0juge\u00a0».", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le juge administratif. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"narrow non-breaking spaces", amp3A, "À l'alinéa 3, substituer au mot\u202f: «\u202ftribunal\u202f» le mot\u202f: «\u202fjuge\u202f».", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le juge administratif. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"HTML entities", amp3A, "À l'alinéa 3, substituer au mot : &laquo;&nbsp;tribunal&nbsp;&raquo; le mot : &laquo;&nbsp;juge&nbsp;&raquo;.", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le juge administratif. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"an HTML apostrophe", amp3A, "À l'alinéa 1, substituer aux mots : « d&#039;un mois » les mots : « de deux mois ».", amp3Want(amp3A, "Le juge statue dans un délai de deux mois. Il motive sa décision.", 2, 3, 4, 5, 6, 7, 8, 9)},
		{"parts with hyphens", amp3A, "I. - À l'alinéa 1, substituer au mot : « juge » le mot : « tribunal ».\n\nII. - À l'alinéa 7, substituer au mot : « tribunal » le mot : « juge ».", amp3Want(amp3A, "Le tribunal statue dans un délai d'un mois. Il motive sa décision.", 2, 3, 4, 5, 6, "Le juge administratif statue en premier ressort.", 8, 9)},
		{"parts with em dashes", amp3A, "I. — À l'alinéa 1, substituer au mot : « juge » le mot : « tribunal ».\n\nII. — À l'alinéa 7, substituer au mot : « tribunal » le mot : « juge ».", amp3Want(amp3A, "Le tribunal statue dans un délai d'un mois. Il motive sa décision.", 2, 3, 4, 5, 6, "Le juge administratif statue en premier ressort.", 8, 9)},
		{"a comma glued after a period", amp3A, "À l'alinéa 3, substituer aux mots : « en urgence. » les mots : « sans délai. »", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le tribunal administratif. Le recours n'est pas suspensif. Il est jugé sans délai.", 4, 5, 6, 7, 8, 9)},
		{"words completing an alinéa of sentences", amp3A, "Compléter l'alinéa 3 par les mots : « , sauf décision contraire du président ».", amp3Want(amp3A, 1, 2, "Les parties peuvent former un recours devant le tribunal administratif. Le recours n'est pas suspensif. Il est jugé en urgence, sauf décision contraire du président.", 4, 5, 6, 7, 8, 9)},
		{"words completing its first sentence", amp3A, "Compléter la première phrase de l'alinéa 1 par les mots : « à compter de sa saisine ».", amp3Want(amp3A, "Le juge statue dans un délai d'un mois à compter de sa saisine. Il motive sa décision.", 2, 3, 4, 5, 6, 7, 8, 9)},
		{"the article completed by two alinéas", amp3A, "Compléter cet article par deux alinéas ainsi rédigés :\n\n« Le présent article s'applique en Nouvelle-Calédonie.\n\n« Il s'applique à Wallis-et-Futuna. »", amp3Want(amp3A, 1, 2, 3, 4, 5, 6, 7, 8, 9, "Le présent article s'applique en Nouvelle-Calédonie.", "Il s'applique à Wallis-et-Futuna.")},
		{"an alinéa before the first", amp3A, "Avant l'alinéa 1, insérer un alinéa ainsi rédigé :\n\n« Le présent article s'applique aux décisions du ministre. »", amp3Want(amp3A, "Le présent article s'applique aux décisions du ministre.", 1, 2, 3, 4, 5, 6, 7, 8, 9)},
		{"an alinéa after the last, then an alinéa as tabled", amp3A, "Compléter cet article par un alinéa ainsi rédigé :\n\n« Le président peut statuer seul. »\n\nII. – En conséquence, à l'alinéa 7, substituer au mot : « statue » les mots : « se prononce ».", amp3Want(amp3A, 1, 2, 3, 4, 5, 6, "Le tribunal administratif se prononce en premier ressort.", 8, 9, "Le président peut statuer seul.")},
		{"B: an item deleted", amp3B, "Supprimer l'alinéa 5.", amp3Want(amp3B, 1, 2, 3, 4, "2° (Supprimé)", 6, 7)},
		{"B: an item and its sub-items deleted", amp3B, "Supprimer les alinéas 2 à 4.", amp3Want(amp3B, 1, "1° (Supprimé)", 5, 6, 7)},
		{"B: two items deleted", amp3B, "Supprimer les alinéas 6 et 7.", amp3Want(amp3B, 1, 2, 3, 4, 5, "3° (Supprimé)", "II. – (Supprimé)")},
		{"B: a sub-item inserted", amp3B, "Après l'alinéa 4, insérer un alinéa ainsi rédigé :\n\n« c) Le dernier alinéa est complété par les mots : « et de la mer » ; »", amp3Want(amp3B, 1, 2, 3, 4, "c) Le dernier alinéa est complété par les mots : « et de la mer » ;", 5, 6, 7)},
		{"B: an item after the last takes the period", amp3B, "Après l'alinéa 6, insérer un alinéa ainsi rédigé :\n\n« 4° L'article L. 140-1 est abrogé. »", amp3Want(amp3B, 1, 2, 3, 4, 5, "3° À l'article L. 130-1, les mots : « du préfet » sont remplacés par les mots : « de l'autorité administrative » ;", "4° L'article L. 140-1 est abrogé.", 7)},
		{"B: a paragraph after the last", amp3B, "Compléter cet article par un III ainsi rédigé :\n\n« III. – Le 2° du I entre en vigueur le 1er juillet 2027. »", amp3Want(amp3B, 1, 2, 3, 4, 5, 6, 7, "III. – Le 2° du I entre en vigueur le 1er juillet 2027.")},
		{"B: the bill's quoted words", amp3B, "Alinéa 6\n\nRemplacer les mots :\n\nde l'autorité administrative\n\npar les mots :\n\ndu représentant de l'État", amp3Want(amp3B, 1, 2, 3, 4, 5, "3° À l'article L. 130-1, les mots : « du préfet » sont remplacés par les mots : « du représentant de l'État ».", 7)},
		{"B: an item rewritten with its quotation", amp3B, "Rédiger ainsi l'alinéa 5 :\n\n« 2° L'article L. 120-1 est ainsi rédigé :\n\n« « Art. L. 120-1. – Le préfet statue. » ; »", amp3Want(amp3B, 1, 2, 3, 4, "2° L'article L. 120-1 est ainsi rédigé :", "« Art. L. 120-1. – Le préfet statue. » ;", 6, 7)},
		{"B: the Sénat's new item, its label unquoted", amp3B, "Après l'alinéa 4\n\nInsérer un alinéa ainsi rédigé :\n\n1° bis L'article L. 115-1 est abrogé ;", amp3Want(amp3B, 1, 2, 3, 4, "1° bis L'article L. 115-1 est abrogé ;", 5, 6, 7)},
		{"B: the Sénat's new item with sub-items", amp3B, "Alinéa 5\n\nRédiger ainsi cet alinéa :\n\n2° L'article L. 120-1 est ainsi modifié :\n\na) Le premier alinéa est supprimé ;\n\nb) Le second alinéa est supprimé ;", amp3Want(amp3B, 1, 2, 3, 4, "2° L'article L. 120-1 est ainsi modifié :", "a) Le premier alinéa est supprimé ;", "b) Le second alinéa est supprimé ;", 6, 7)},
		{"B: a paragraph after a part, unquoted", amp3B, "I. – Supprimer l'alinéa 4.\n\nII. – Compléter cet article par un paragraphe ainsi rédigé :\n\nIII. – Le 2° du I entre en vigueur le 1er juillet 2027.", amp3Want(amp3B, 1, 2, 3, "b) (Supprimé)", 5, 6, 7, "III. – Le 2° du I entre en vigueur le 1er juillet 2027.")},
		{"B: a sub-item by its label", amp3B, "Supprimer le b du 1°.", amp3Want(amp3B, 1, 2, 3, "b) (Supprimé)", 5, 6, 7)},
		{"B: words completing a quotation's alinéa: refused", amp3B, "Compléter l'alinéa 6 par les mots : « et les mots : « du maire » sont remplacés par les mots : « de l'autorité territoriale » ».", nil},
		{"C: the article restored", amp3D, "Rétablir cet article dans la rédaction suivante :\n\n« Le juge statue dans un délai d'un mois.\n\n« Il motive sa décision. »", amp3Want(amp3D, "Le juge statue dans un délai d'un mois.", "Il motive sa décision.")},
		{"C: an item restored", amp3C, "Rétablir l'alinéa 2 dans la rédaction suivante :\n\n« 1° L'article L. 110-1 est abrogé ; »", amp3Want(amp3C, 1, "1° L'article L. 110-1 est abrogé ;", 3, 4)},
		{"C: an item restored by its label", amp3C, "Rétablir le 1° dans la rédaction suivante :\n\n« 1° L'article L. 110-1 est abrogé ; »", amp3Want(amp3C, 1, "1° L'article L. 110-1 est abrogé ;", 3, 4)},
		{"C: the Sénat's restored alinéa", amp3C, "Alinéa 2\n\nRétablir cet alinéa dans la rédaction suivante :\n\n1° L'article L. 110-1 est abrogé ;", amp3Want(amp3C, 1, "1° L'article L. 110-1 est abrogé ;", 3, 4)},
		{"C: a paragraph restored", amp3C, "Rétablir le II dans la rédaction suivante :\n\n« II. – Le présent article entre en vigueur le 1er janvier 2027. »", amp3Want(amp3C, 1, 2, 3, "II. – Le présent article entre en vigueur le 1er janvier 2027.")},
		{"E: a sentence after an article's number deleted", amp3E, "Supprimer la seconde phrase de l'alinéa 1.", amp3Want(amp3E, "Le délai prévu à l'article L. 121-2 du code de l'urbanisme est de deux mois.", 2, 3, 4, 5, 6)},
		{"E: a sentence after a law's number rewritten", amp3E, "Rédiger ainsi la seconde phrase de l'alinéa 2 : « Le traitement est soumis à l'avis de la Commission. »", amp3Want(amp3E, 1, "Les dispositions de la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés sont applicables. Le traitement est soumis à l'avis de la Commission.", 3, 4, 5, 6)},
		{"E: an amount with a non-breaking space", amp3E, "À la seconde phrase de l'alinéa 3, substituer au montant : « 3 000 euros » le montant : « 6 000 euros ».", amp3Want(amp3E, 1, 2, "Le montant de l'amende est fixé à 1\u00a0500 euros. Il est porté à 6 000 euros en cas de récidive.", 4, 5, 6)},
		{"E: a rate", amp3E, "Alinéa 4\n\nRemplacer le taux :\n\n5,5 %\n\npar le taux :\n\n7 %", amp3Want(amp3E, 1, 2, 3, "Le taux est fixé à 7 %. Il est révisé chaque année.", 5, 6)},
		{"E: a figure inside a decimal: refused", amp3E, "À l'alinéa 4, substituer au chiffre : « 5 » le chiffre : « 7 ».", nil},
		{"E: a list's member deleted with its comma", amp3E, "À l'alinéa 6, supprimer les mots : « en Nouvelle-Calédonie ».", amp3Want(amp3E, 1, 2, 3, 4, 5, "Les articles 3, 4 et 5 sont applicables en Polynésie française et dans les îles Wallis et Futuna.")},
		{"E: a list's member added", amp3E, "À l'alinéa 6, après le mot : « française », insérer les mots : « , à Saint-Pierre-et-Miquelon ».", amp3Want(amp3E, 1, 2, 3, 4, 5, "Les articles 3, 4 et 5 sont applicables en Polynésie française, à Saint-Pierre-et-Miquelon, en Nouvelle-Calédonie et dans les îles Wallis et Futuna.")},
		{"E: a second sentence after a semicolon: refused", amp3E, "Supprimer la seconde phrase de l'alinéa 5.", nil},
		{"E: words with a trailing comma before a period", amp3E, "À l'alinéa 1, après le mot : « mois », insérer les mots : « , renouvelable une fois, ».", amp3Want(amp3E, "Le délai prévu à l'article L. 121-2 du code de l'urbanisme est de deux mois, renouvelable une fois. Il peut être prorogé une fois par décision motivée.", 2, 3, 4, 5, 6)},
		{"E: a reference", amp3E, "Alinéa 1, première phrase\n\nRemplacer la référence :\n\nL. 121-2\n\npar la référence :\n\nL. 121-3", amp3Want(amp3E, "Le délai prévu à l'article L. 121-3 du code de l'urbanisme est de deux mois. Il peut être prorogé une fois par décision motivée.", 2, 3, 4, 5, 6)},
	})
}

// TestAmProbe3ElisionMissing: a word replaced after a word that elides or
// contracts before a vowel ("La décision", « décision » by « ordonnance »:
// "La ordonnance"; "Le ministre", « ministre » by « autorité »; "du
// ministre", « ministre » by « État »), or new words beginning with a
// vowel inserted before a word after one ("La ultime décision"), are
// refused: the article must change with them (l', de l', cet…) and the
// law does not say how — as a consonant after an elision is
// (elisionBroken). The words quoted with their article, an h, "onze", a
// single letter (an item's label), a word in capitals (a roman number),
// a consonant, and a word no article determines ("la ou les personnes",
// a preposition), stay read.
func TestAmProbe3ElisionMissing(t *testing.T) {
	A := []string{"La décision du ministre est motivée.", "Le ministre statue dans un délai de dix jours.", "Le b du 1° et le II sont abrogés.", "Le délai de recours court. Le ministre désigne la personne chargée du contrôle."}
	runAmendments(t, []amCase{
		{"la then a vowel: refused", A, "À l'alinéa 1, substituer au mot : « décision » le mot : « ordonnance ».", nil},
		{"le then a vowel: refused", A, "À l'alinéa 2, substituer au mot : « ministre » le mot : « autorité ».", nil},
		{"du then a capital vowel: refused", A, "À l'alinéa 1, substituer au mot : « ministre » le mot : « État ».", nil},
		{"the Sénat's: refused", A, "Alinéa 1\n\nRemplacer le mot :\n\ndécision\n\npar le mot :\n\nordonnance", nil},
		{"a vowel inserted before: refused", A, "À l'alinéa 1, avant le mot : « décision », insérer le mot : « ultime ».", nil},
		{"de then a vowel: refused", A, "À l'alinéa 4, substituer au mot : « recours » le mot : « appel ».", nil},
		{"with its article", A, "À l'alinéa 1, substituer aux mots : « La décision » les mots : « L'ordonnance ».", []string{"L'ordonnance du ministre est motivée.", A[1], A[2], A[3]}},
		{"la ou les", A, "À l'alinéa 4, substituer aux mots : « personne chargée » les mots : « ou les personnes chargées ».", []string{A[0], A[1], A[2], "Le délai de recours court. Le ministre désigne la ou les personnes chargées du contrôle."}},
		{"a preposition", A, "À l'alinéa 2, substituer au mot : « ministre » les mots : « en formation collégiale, le juge ».", []string{A[0], "Le en formation collégiale, le juge statue dans un délai de dix jours.", A[2], A[3]}},
		{"a consonant", A, "À l'alinéa 1, substituer au mot : « décision » le mot : « sanction ».", []string{"La sanction du ministre est motivée.", A[1], A[2], A[3]}},
		{"an h", A, "À l'alinéa 2, substituer au mot : « ministre » le mot : « haut-commissaire ».", []string{A[0], "Le haut-commissaire statue dans un délai de dix jours.", A[2], A[3]}},
		{"onze", A, "À l'alinéa 2, substituer au mot : « dix » le mot : « onze ».", []string{A[0], "Le ministre statue dans un délai de onze jours.", A[2], A[3]}},
		{"a consonant inserted before", A, "À l'alinéa 1, avant le mot : « décision », insérer le mot : « première ».", []string{"La première décision du ministre est motivée.", A[1], A[2], A[3]}},
		{"an item's letter", A, "À l'alinéa 3, substituer à la référence : « b » la référence : « a ».", []string{A[0], A[1], "Le a du 1° et le II sont abrogés.", A[3]}},
		{"a roman number", A, "À l'alinéa 3, substituer à la référence : « II » la référence : « IV ».", []string{A[0], A[1], "Le b du 1° et le IV sont abrogés.", A[3]}},
		{"inserted after", A, "À l'alinéa 1, après le mot : « décision », insérer le mot : « individuelle ».", []string{"La décision individuelle du ministre est motivée.", A[1], A[2], A[3]}},
	})
	runGrammar(t, []grammarCase{
		{name: "a bill's: refused", before: []string{"La décision est motivée."}, text: []string{"À l'article L. 1 du code civil, le mot : « décision » est remplacé par le mot : « ordonnance »."}},
		{name: "a bill's, with its article", before: []string{"La décision est motivée."}, text: []string{"À l'article L. 1 du code civil, les mots : « La décision » sont remplacés par les mots : « L'ordonnance »."}, want: []string{"L'ordonnance est motivée."}},
	})
}

// TestAmProbe3JoinedOwnSentence: an instruction joined to one whose place
// names a sentence, with a sentence of its own before its verb ("À
// l'alinéa 1, à la première phrase, substituer … et, à la seconde
// phrase, substituer …", "À la première phrase de l'alinéa 1, … et à la
// seconde phrase, …"), is that sentence of the same alinéa (it was
// refused). A sentence as the verb's object ("… et supprimer la dernière
// phrase": of the sentence named or of the alinéa?), or another alinéa
// named, are read as before.
func TestAmProbe3JoinedOwnSentence(t *testing.T) {
	A := amp3A
	runAmendments(t, []amCase{
		{"the alinéa then the sentence", A, "À l'alinéa 1, à la première phrase, substituer au mot : « mois » le mot : « trimestre » et, à la seconde phrase, substituer au mot : « motive » le mot : « justifie ».", amp3Want(A, "Le juge statue dans un délai d'un trimestre. Il justifie sa décision.", 2, 3, 4, 5, 6, 7, 8, 9)},
		{"the sentence of the alinéa", A, "À la première phrase de l'alinéa 1, substituer au mot : « mois » le mot : « trimestre » et à la seconde phrase, substituer au mot : « motive » le mot : « justifie ».", amp3Want(A, "Le juge statue dans un délai d'un trimestre. Il justifie sa décision.", 2, 3, 4, 5, 6, 7, 8, 9)},
		{"another verb", A, "À la première phrase de l'alinéa 3, substituer au mot : « tribunal » le mot : « juge » et, à la dernière phrase, supprimer les mots : « en urgence ».", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le juge administratif. Le recours n'est pas suspensif. Il est jugé.", 4, 5, 6, 7, 8, 9)},
		{"the second sentence", A, "À l'alinéa 3, à la première phrase, substituer au mot : « tribunal » le mot : « juge » et, à la deuxième phrase, supprimer le mot : « pas ».", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le juge administratif. Le recours n'est suspensif. Il est jugé en urgence.", 4, 5, 6, 7, 8, 9)},
		{"words not in the second's sentence: refused", A, "À l'alinéa 3, à la première phrase, substituer au mot : « tribunal » le mot : « juge » et, à la deuxième phrase, supprimer les mots : « en urgence ».", nil},
		{"a sentence as the object: refused", A, "À la première phrase de l'alinéa 3, substituer au mot : « tribunal » le mot : « juge » et supprimer la dernière phrase.", nil},
		{"another alinéa's sentence", A, "À la première phrase de l'alinéa 3, substituer au mot : « tribunal » le mot : « juge » et, à la dernière phrase de l'alinéa 7, substituer au mot : « tribunal » le mot : « juge ».", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le juge administratif. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, "Le juge administratif statue en premier ressort.", 8, 9)},
	})
}

// TestAmProbe3SameOperations: "procéder à la même modification" after an
// instruction of several operations joined by "et" ("substituer … et
// supprimer …") or numbered under one locator line ("Alinéa 5" / "1°
// Remplacer …" / "2° Supprimer …") does not say which one — refused, as after several pairs
// (only the last, the deletion, was made again: a wrong application);
// "procéder aux mêmes substitutions (modifications, suppressions…)" is
// every operation of the instruction before, joined ones too, each once
// on each place named (it was refused); one not of the kind named
// ("aux mêmes substitutions" after a deletion) is refused.
func TestAmProbe3SameOperations(t *testing.T) {
	A := amp3A
	sub := "I. – À l'alinéa 5, substituer aux mots : « chargé de l'économie » les mots : « chargé des finances » "
	runAmendments(t, []amCase{
		{"la même modification after two joined: refused", A, sub + "et supprimer le mot : « ministre ».\n\nII. – En conséquence, procéder à la même modification à l'alinéa 8.", nil},
		{"la même substitution after two pairs: refused", A, sub + "et au mot : « ministre » le mot : « secrétaire ».\n\nII. – En conséquence, procéder à la même substitution à l'alinéa 8.", nil},
		{"aux mêmes substitutions after two pairs", A, sub + "et au mot : « ministre » le mot : « secrétaire ».\n\nII. – En conséquence, procéder aux mêmes substitutions à l'alinéa 8.", amp3Want(A, 1, 2, 3, 4, "Le secrétaire chargé des finances rend compte au Parlement chaque année.", 6, 7, "Le secrétaire chargé des finances publie un rapport.", 9)},
		{"aux mêmes modifications after two joined", A, sub + "et supprimer le mot : « ministre ».\n\nII. – En conséquence, procéder aux mêmes modifications à l'alinéa 8.", amp3Want(A, 1, 2, 3, 4, "Le chargé des finances rend compte au Parlement chaque année.", 6, 7, "Le chargé des finances publie un rapport.", 9)},
		{"the deletion first", A, "I. – À l'alinéa 5, supprimer le mot : « ministre » et substituer aux mots : « chargé de l'économie » les mots : « chargé des finances ».\n\nII. – En conséquence, procéder aux mêmes modifications à l'alinéa 8.", amp3Want(A, 1, 2, 3, 4, "Le chargé des finances rend compte au Parlement chaque année.", 6, 7, "Le chargé des finances publie un rapport.", 9)},
		{"aux mêmes substitutions after a deletion: refused", A, sub + "et supprimer le mot : « ministre ».\n\nII. – En conséquence, procéder aux mêmes substitutions à l'alinéa 8.", nil},
		{"aux mêmes substitutions where one's words are not: refused", A, "I. – À l'alinéa 3, substituer aux mots : « tribunal administratif » les mots : « juge administratif » et au mot : « urgence » le mot : « priorité ».\n\nII. – En conséquence, procéder aux mêmes substitutions à l'alinéa 7.", nil},
		{"aux mêmes substitutions at alinéas lacking one's words: refused", A, "I. – À l'alinéa 3, substituer aux mots : « tribunal administratif » les mots : « juge administratif » et au mot : « recours » le mot : « pourvoi ».\n\nII. – En conséquence, procéder aux mêmes substitutions aux alinéas 7 et 9.", nil},
		{"the Sénat's, after two numbered under a locator line: refused", A, "I. – Alinéa 5\n\n1° Remplacer les mots :\n\nchargé de l'économie\n\npar les mots :\n\nchargé des finances\n\n2° Supprimer le mot :\n\nministre\n\nII. – Alinéa 8\n\nProcéder à la même modification.", nil},
		{"the Sénat's, after one", A, "I. – Alinéa 5\n\nRemplacer les mots :\n\nchargé de l'économie\n\npar les mots :\n\nchargé des finances\n\nII. – Alinéa 8\n\nProcéder au même remplacement.", amp3Want(A, 1, 2, 3, 4, "Le ministre chargé des finances rend compte au Parlement chaque année.", 6, 7, "Le ministre chargé des finances publie un rapport.", 9)},
		{"after two numbered under a place: refused", A, "I. – À l'alinéa 5 :\n\n1° Substituer aux mots : « chargé de l'économie » les mots : « chargé des finances » ;\n\n2° Supprimer le mot : « ministre ».\n\nII. – En conséquence, procéder à la même modification à l'alinéa 8.", nil},
		{"aux mêmes modifications after two numbered", A, "I. – À l'alinéa 5 :\n\n1° Substituer aux mots : « chargé de l'économie » les mots : « chargé des finances » ;\n\n2° Supprimer le mot : « ministre ».\n\nII. – En conséquence, procéder aux mêmes modifications à l'alinéa 8.", amp3Want(A, 1, 2, 3, 4, "Le chargé des finances rend compte au Parlement chaque année.", 6, 7, "Le chargé des finances publie un rapport.", 9)},
		{"after a part of another operation: refused", A, "I. – À l'alinéa 5, substituer aux mots : « chargé de l'économie » les mots : « chargé des finances ».\n\nII. – En conséquence, à l'alinéa 8, supprimer le mot : « ministre ».\n\nIII. – En conséquence, procéder à la même substitution à l'alinéa 9.", nil},
		{"la même substitution twice, chained", A, "I. – À l'alinéa 3, substituer aux mots : « tribunal administratif » les mots : « juge administratif ».\n\nII. – En conséquence, procéder à la même substitution à l'alinéa 7.\n\nIII. – En conséquence, procéder à la même substitution à l'alinéa 9.", amp3Want(A, 1, 2, "Les parties peuvent former un recours devant le juge administratif. Le recours n'est pas suspensif. Il est jugé en urgence.", 4, 5, 6, "Le juge administratif statue en premier ressort.", 8, "Le juge administratif peut ordonner une expertise.")},
	})
}

// TestAmProbe3SameAlineaAfterVerb: the alinéa of the instruction before
// named after the verb ("II. – En conséquence, rédiger ainsi la dernière
// phrase du même alinéa : « … »", "supprimer la dernière phrase du même
// alinéa", "compléter le même alinéa par une phrase …") was refused — it
// was dropped, and the article's last alinéa edited; it is now read as
// "cet alinéa" is, the one alinéa the instruction before was made in
// (TestCrossSameAlineaAfterVerb). Alone it stays refused. The same
// alinéa as a place before the verb ("Au même alinéa, supprimer la
// dernière phrase", "À la dernière phrase du même alinéa, substituer …")
// stays read.
func TestAmProbe3SameAlineaAfterVerb(t *testing.T) {
	E := amp3E
	I := "I. – À l'alinéa 1, substituer aux mots : « deux mois » les mots : « trois mois ».\n\nII. – En conséquence, "
	three := "Le délai prévu à l'article L. 121-2 du code de l'urbanisme est de trois mois."
	runAmendments(t, []amCase{
		{"a sentence rewritten", E, I + "rédiger ainsi la dernière phrase du même alinéa : « Il ne peut être prorogé. »", amp3Want(E, three+" Il ne peut être prorogé.", 2, 3, 4, 5, 6)},
		{"a sentence deleted", E, I + "supprimer la dernière phrase du même alinéa.", amp3Want(E, three, 2, 3, 4, 5, 6)},
		{"completed", E, I + "compléter le même alinéa par une phrase ainsi rédigée : « Il ne peut être prorogé. »", amp3Want(E, three+" Il peut être prorogé une fois par décision motivée. Il ne peut être prorogé.", 2, 3, 4, 5, 6)},
		{"alone: refused", E, "Supprimer la dernière phrase du même alinéa.", nil},
		{"the place before the verb", E, I + "au même alinéa, supprimer la dernière phrase.", amp3Want(E, three, 2, 3, 4, 5, 6)},
		{"the sentence of the same alinéa before the verb", E, I + "à la dernière phrase du même alinéa, substituer au mot : « une » le mot : « deux ».", amp3Want(E, three+" Il peut être prorogé deux fois par décision motivée.", 2, 3, 4, 5, 6)},
	})
}

// TestAmProbe3RelativeAlinea: an alinéa named from another ("II. – En
// conséquence, procéder à la même substitution à l'alinéa suivant",
// "à l'alinéa précédent", "À l'alinéa suivant, substituer …") is not
// read: refused — it was dropped and the words edited wherever the
// article holds them (alinéas 7 and 9 for "l'alinéa suivant" of 3). The
// sentence of the instruction before named after the verb ("compléter
// la même phrase par …": the article's last alinéa was completed) is
// refused too. New text announced as "l'alinéa suivant :", "les alinéas
// suivants :" stays read.
func TestAmProbe3RelativeAlinea(t *testing.T) {
	A := amp3A
	I := "I. – À l'alinéa 3, substituer aux mots : « tribunal administratif » les mots : « juge administratif ».\n\nII. – En conséquence, "
	runAmendments(t, []amCase{
		{"the same substitution at the next alinéa: refused", A, I + "procéder à la même substitution à l'alinéa suivant.", nil},
		{"at the alinéa before: refused", A, I + "procéder à la même substitution à l'alinéa précédent.", nil},
		{"the next alinéa as a place: refused", A, I + "à l'alinéa suivant, substituer au mot : « décret » le mot : « arrêté ».", nil},
		{"alone: refused", A, "À l'alinéa suivant, substituer au mot : « tribunal » le mot : « juge ».", nil},
		{"the place after the words: refused", A, "Substituer au mot : « tribunal » le mot : « juge » à l'alinéa suivant.", nil},
		{"the same sentence completed: refused", amp3E, "I. – À la première phrase de l'alinéa 1, substituer aux mots : « deux mois » les mots : « trois mois ».\n\nII. – En conséquence, compléter la même phrase par les mots : « à compter du dépôt ».", nil},
		{"l'alinéa suivant announced", A, "Après l'alinéa 2, insérer l'alinéa suivant : « Elle mentionne les voies de recours. »", amp3Want(A, 1, 2, "Elle mentionne les voies de recours.", 3, 4, 5, 6, 7, 8, 9)},
		{"les alinéas suivants announced", A, "Après l'alinéa 2, insérer les alinéas suivants :\n\n« Elle mentionne les voies de recours.\n\n« Elle est publiée. »", amp3Want(A, 1, 2, "Elle mentionne les voies de recours.", "Elle est publiée.", 3, 4, 5, 6, 7, 8, 9)},
		{"substituted by l'alinéa suivant", A, "Substituer aux alinéas 7 à 9 l'alinéa suivant :\n\n« Le tribunal statue en premier ressort. »", amp3Want(A, 1, 2, 3, 4, 5, 6, "Le tribunal statue en premier ressort.")},
	})
}
