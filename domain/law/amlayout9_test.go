package law

import "testing"

// amL9B is a bill article that is a list of instructions: a code's
// article edited by items, an alinéa quoted, and a new article quoted
// whole (its alinéas 8 to 10).
var amL9B = []string{
	"I. – L'article L. 12 du code rural est ainsi modifié :",
	"1° Le premier alinéa est ainsi rédigé :",
	"« Le maire délivre le permis dans un délai d'un mois. Il motive sa décision. » ;",
	"2° Le deuxième alinéa est supprimé ;",
	"3° Il est ajouté un alinéa ainsi rédigé :",
	"« Le préfet est informé. »",
	"II. – Après l'article L. 12 du même code, il est inséré un article L. 12-1 ainsi rédigé :",
	"« Art. L. 12-1. – Le juge statue sur le recours. Il entend les parties.",
	"« Le juge peut ordonner une expertise. Il en fixe le délai.",
	"« Le recours est suspensif. »",
}

// amL9C is a bill article of items, one deleted, one with letters.
var amL9C = []string{
	"I. – Le code rural est ainsi modifié :",
	"1° L'article L. 1 est abrogé ;",
	"2° (Supprimé)",
	"3° L'article L. 3 est ainsi modifié :",
	"a) Le mot : « maire » est remplacé par le mot : « préfet » ;",
	"b) Il est ajouté un alinéa ainsi rédigé :",
	"« Le juge est saisi. » ;",
	"II. – Le I entre en vigueur le 1er janvier 2027.",
}

// TestAmLayout9AnnouncedLabelMissing: new text announced by its label
// ("Après l'alinéa 2, insérer un 1° bis ainsi rédigé :", "Compléter cet
// article par un III ainsi rédigé :", "insérer un c", "un I bis") whose
// text bears no label is refused — it went in as an alinéa of no label,
// amid the item or the quotation before it. The label given, or left
// for the consolidation to number ("…° …"), stays read.
func TestAmLayout9AnnouncedLabelMissing(t *testing.T) {
	C := amL9C
	runAmendments(t, []amCase{
		{"un 1° bis after alinéa 2: refused", C, "Après l'alinéa 2, insérer un 1° bis ainsi rédigé :\n« L'article L. 1-1 est abrogé ; »", nil},
		{"un 1° bis after the 1°: refused", C, "Après le 1°, insérer un 1° bis ainsi rédigé :\n« L'article L. 1-1 est abrogé ; »", nil},
		{"un III completing the article: refused", C, "Compléter cet article par un III ainsi rédigé :\n« Le présent article entre en vigueur le 1er janvier 2027. »", nil},
		{"un c after alinéa 7: refused", C, "Après l'alinéa 7, insérer un c ainsi rédigé :\n« Le dernier alinéa est supprimé ; »", nil},
		{"un I bis after alinéa 7: refused", C, "Après l'alinéa 7, insérer un I bis ainsi rédigé :\n« Le code civil est modifié. »", nil},
		{"HTML: un 1° bis: refused", C, "<p>Après l&#8217;alinéa 2, insérer un 1°&nbsp;bis ainsi rédigé&nbsp;:</p><p>«&nbsp;L&#8217;article L.&nbsp;1-1 est abrogé&nbsp;;&nbsp;»</p>", nil},
		{"un 1° bis labelled", C, "Après l'alinéa 2, insérer un 1° bis ainsi rédigé :\n« 1° bis L'article L. 1-1 est abrogé ; »",
			amp3Want(C, 1, 2, "1° bis L'article L. 1-1 est abrogé ;", 3, 4, 5, 6, 7, 8)},
		{"un 1° bis left to number", C, "Après l'alinéa 2, insérer un 1° bis ainsi rédigé :\n« …° L'article L. 1-1 est abrogé ; »",
			amp3Want(C, 1, 2, "1° bis L'article L. 1-1 est abrogé ;", 3, 4, 5, 6, 7, 8)},
		{"un c labelled", C, "Après l'alinéa 7, insérer un c ainsi rédigé :\n« c) Le dernier alinéa est supprimé ; »",
			amp3Want(C, 1, 2, 3, 4, 5, 6, 7, "c) Le dernier alinéa est supprimé ;", 8)},
		{"un III labelled", C, "Compléter cet article par un III ainsi rédigé :\n« III. – Le présent article entre en vigueur le 1er janvier 2027. »",
			amp3Want(C, 1, 2, 3, 4, 5, 6, 7, 8, "III. – Le présent article entre en vigueur le 1er janvier 2027.")},
		{"HTML: un III of three <p>, an empty last one", C, "<p>Compléter cet article par un III ainsi rédigé&nbsp;:</p><p>«&nbsp;III. – Le II est applicable :</p><p>«&nbsp;1° À Mayotte ;</p><p>«&nbsp;2° À La Réunion.&nbsp;»</p><p>&nbsp;</p>",
			amp3Want(C, 1, 2, 3, 4, 5, 6, 7, 8, "III. – Le II est applicable :", "1° À Mayotte ;", "2° À La Réunion.")},
		{"HTML: un III, <br/> between its alinéas", C, "<p>Compléter cet article par un III ainsi rédigé&nbsp;:</p><p>«&nbsp;III. – Le II est applicable :<br/>«&nbsp;1° À Mayotte ;<br/>«&nbsp;2° À La Réunion.&nbsp;»</p>",
			amp3Want(C, 1, 2, 3, 4, 5, 6, 7, 8, "III. – Le II est applicable :", "1° À Mayotte ;", "2° À La Réunion.")},
		{"an alinéa, not a label: as before", C, "Après l'alinéa 7, insérer un alinéa ainsi rédigé :\n« c) Le dernier alinéa est supprimé ; »",
			amp3Want(C, 1, 2, 3, 4, 5, 6, 7, "c) Le dernier alinéa est supprimé ;", 8)},
	})
}

// TestAmLayout9RankInQuotedArticle: the amendment's alinéa and the
// quoted article's alinéa by its rank, both named ("À l'alinéa 9, à la
// première phrase du deuxième alinéa de l'article L. 12-1 (nouveau), …"):
// the rank is the place, and it must be the alinéa 9 — both were dropped
// and the words edited in that sentence of every alinéa of the quoted
// article ("juge" in the alinéas 8 and 9). A rank that is not the alinéa
// named is refused; the rank alone, the alinéa alone, as before.
func TestAmLayout9RankInQuotedArticle(t *testing.T) {
	B := amL9B
	prescrire := amp3Want(B, 1, 2, 3, 4, 5, 6, 7, 8, "« Le juge peut prescrire une expertise. Il en fixe le délai.", 10)
	tribunal := amp3Want(B, 1, 2, 3, 4, 5, 6, 7, 8, "« Le tribunal peut ordonner une expertise. Il en fixe le délai.", 10)
	runAmendments(t, []amCase{
		{"both named", B, "À l'alinéa 9, à la première phrase du deuxième alinéa de l'article L. 12-1, substituer au mot : « ordonner » le mot : « prescrire ».", prescrire},
		{"both named, (nouveau)", B, "À l'alinéa 9, à la première phrase du deuxième alinéa de l'article L. 12-1 (nouveau), substituer au mot : « ordonner » le mot : « prescrire ».", prescrire},
		{"words in both alinéas: the second only", B, "À l'alinéa 9, à la première phrase du deuxième alinéa de l'article L. 12-1, substituer au mot : « juge » le mot : « tribunal ».", tribunal},
		{"the first alinéa", B, "À l'alinéa 8, à la seconde phrase du premier alinéa de l'article L. 12-1, substituer au mot : « entend » le mot : « convoque ».",
			amp3Want(B, 1, 2, 3, 4, 5, 6, 7, "« Art. L. 12-1. – Le juge statue sur le recours. Il convoque les parties.", 9, 10)},
		{"HTML", B, "<p>À l&#8217;alinéa 9, à la première phrase du deuxième alinéa de l&#8217;article L.&nbsp;12&#8209;1, substituer au mot&nbsp;: «&nbsp;juge&nbsp;» le mot&nbsp;: «&nbsp;tribunal&nbsp;».</p><p>&nbsp;</p>", tribunal},
		{"the rank is another alinéa: refused", B, "À l'alinéa 9, à la première phrase du troisième alinéa de l'article L. 12-1, substituer au mot : « juge » le mot : « tribunal ».", nil},
		{"the alinéa is outside the article: refused", B, "À l'alinéa 3, à la première phrase du deuxième alinéa de l'article L. 12-1, substituer au mot : « juge » le mot : « tribunal ».", nil},
		{"the rank alone, as before", B, "À la première phrase du deuxième alinéa de l'article L. 12-1, substituer au mot : « ordonner » le mot : « prescrire ».", prescrire},
		{"the alinéa alone, as before", B, "À l'alinéa 9, à la première phrase, substituer au mot : « ordonner » le mot : « prescrire ».", prescrire},
		{"Sénat: the alinéa alone, as before", B, "Alinéa 9, première phrase\nRemplacer le mot :\nordonner\npar le mot :\nprescrire", prescrire},
	})
}

// TestAmLayout9Guards: the layouts of both chambers on a bill article
// that is a list of instructions — parts of an amendment (I, II), the
// written gage, HTML entities and paragraphs, ranges of alinéas, the
// Sénat's sentence lines, references of the bill's own wording — probed,
// checked by hand and already read (guards).
func TestAmLayout9Guards(t *testing.T) {
	B, C := amL9B, amL9C
	D := []string{
		"I. – Aux articles L. 12, L. 13 et L. 14 du code rural, le mot : « maire » est remplacé par le mot : « préfet ».",
		"II. – Le présent article entre en vigueur le 1er janvier 2027.",
	}
	tri := amp3Want(B, 1, 2, "« Le maire délivre le permis dans un délai d'un trimestre. Il motive sa décision. » ;", 4, 5, 6, 7, 8, 9, 10)
	triAnd := func(s string) []string { return append(tri[:len(tri):len(tri)], s) }
	gage := "La perte de recettes pour l'État est compensée, à due concurrence, par la création d'une taxe additionnelle aux droits prévus aux articles 575 et 575 A du code général des impôts."
	vigueur := "III. – Le présent article entre en vigueur le 1er janvier 2027."
	ref121 := []string{"I. – Aux articles L. 12, L. 12-1, L. 13 et L. 14 du code rural, le mot : « maire » est remplacé par le mot : « préfet ».", D[1]}
	runAmendments(t, []amCase{
		{"AN: I and II, an alinéa completing", B, "I. – À l'alinéa 3, substituer au mot : « mois » le mot : « trimestre ».\nII. – Compléter cet article par un alinéa ainsi rédigé : « III. – Le présent article entre en vigueur le 1er janvier 2027. »", triAnd(vigueur)},
		{"AN HTML: I and II, <sup>, an empty <p>", B, "<p>I. – À l&#8217;alinéa 3, substituer au mot&nbsp;: «&nbsp;mois&nbsp;» le mot&nbsp;: «&nbsp;trimestre&nbsp;».</p><p>II. – Compléter cet article par un alinéa ainsi rédigé&nbsp;:</p><p>«&nbsp;III. – Le présent article entre en vigueur le 1<sup>er</sup>&nbsp;janvier 2027.&nbsp;»</p><p>&nbsp;</p>", triAnd(vigueur)},
		{"AN: the gage a new III", B, "I. – À l'alinéa 3, substituer au mot : « mois » le mot : « trimestre ».\nII. – " + gage, triAnd("III. – " + gage)},
		{"AN HTML: the gage", B, "<p>I. – À l&#8217;alinéa 3, substituer au mot&nbsp;: «&nbsp;mois&nbsp;» le mot&nbsp;: «&nbsp;trimestre&nbsp;».</p><p>II. – La perte de recettes pour l&#8217;État est compensée, à due concurrence, par la création d&#8217;une taxe additionnelle aux droits prévus aux articles 575 et 575&nbsp;A du code général des impôts.</p><p>&nbsp;</p>", triAnd("III. – " + gage)},
		{"Sénat: the gage", B, "I. – Alinéa 3\nRemplacer le mot :\nmois\npar le mot :\ntrimestre\nII. – " + gage, triAnd("III. – " + gage)},
		{"Compléter cet article par un III", B, "Compléter cet article par un III ainsi rédigé :\n« III. – Le présent article entre en vigueur le 1er janvier 2027. »", append(B[:len(B):len(B)], vigueur)},
		{"a 2° bis after alinéa 4", B, "Après l'alinéa 4, insérer un 2° bis ainsi rédigé :\n« 2° bis Au troisième alinéa, le mot : « maire » est remplacé par le mot : « préfet » ; »",
			amp3Want(B, 1, 2, 3, 4, "2° bis Au troisième alinéa, le mot : « maire » est remplacé par le mot : « préfet » ;", 5, 6, 7, 8, 9, 10)},
		{"a 3° bis after alinéa 4, before the 3°: refused", B, "Après l'alinéa 4, insérer un 3° bis ainsi rédigé :\n« 3° bis Au troisième alinéa, le mot : « maire » est remplacé par le mot : « préfet » ; »", nil},
		{"alinéas 3 to 5, a quotation without its head: refused", B, "Supprimer les alinéas 3 à 5.", nil},
		{"Sénat: alinéas 3 and 4, the same: refused", B, "Alinéas 3 et 4\nSupprimer ces alinéas.", nil},
		{"alinéas 4 to 6, the 2° and 3°", B, "Supprimer les alinéas 4 à 6.", amp3Want(B, 1, 2, 3, "2° et 3° (Supprimé)", 7, 8, 9, 10)},
		{"Sénat: alinéas 5 and 6, the 3°", B, "Alinéas 5 et 6\nSupprimer ces alinéas.", amp3Want(B, 1, 2, 3, 4, "3° (Supprimé)", 7, 8, 9, 10)},
		{"Sénat: a first sentence deleted", B, "Alinéa 3, première phrase\nSupprimer cette phrase.", amp3Want(B, 1, 2, "« Il motive sa décision. » ;", 4, 5, 6, 7, 8, 9, 10)},
		{"Sénat: a second sentence deleted", B, "Alinéa 3, seconde phrase\nSupprimer cette phrase.", amp3Want(B, 1, 2, "« Le maire délivre le permis dans un délai d'un mois. » ;", 4, 5, 6, 7, 8, 9, 10)},
		{"Substituer aux alinéas 5 et 6 l'alinéa suivant", B, "Substituer aux alinéas 5 et 6 l'alinéa suivant :\n« 3° Le dernier alinéa est supprimé. »", amp3Want(B, 1, 2, 3, 4, "3° Le dernier alinéa est supprimé.", 7, 8, 9, 10)},
		{"AN: a sentence of the quoted article", B, "À l'alinéa 8, à la seconde phrase, substituer au mot : « entend » le mot : « convoque ».",
			amp3Want(B, 1, 2, 3, 4, 5, 6, 7, "« Art. L. 12-1. – Le juge statue sur le recours. Il convoque les parties.", 9, 10)},
		{"Sénat HTML: one <p> a line", B, "<p>Alinéa 10</p><p>Remplacer le mot :</p><p>suspensif</p><p>par le mot :</p><p>dévolutif</p>", amp3Want(B, 1, 2, 3, 4, 5, 6, 7, 8, 9, "« Le recours est dévolutif. »")},
		{"Sénat: a reference of the bill's wording", B, "Alinéa 7\nRemplacer la référence :\nL. 12-1\npar la référence :\nL. 12-2",
			amp3Want(B, 1, 2, 3, 4, 5, 6, "II. – Après l'article L. 12 du même code, il est inséré un article L. 12-2 ainsi rédigé :", 8, 9, 10)},
		{"Rétablir le 2°", C, "Rétablir le 2° dans la rédaction suivante :\n« 2° L'article L. 2 est abrogé ; »", amp3Want(C, 1, 2, "2° L'article L. 2 est abrogé ;", 4, 5, 6, 7, 8)},
		{"HTML: Rétablir le 2°", C, "<p>Rétablir le 2° dans la rédaction suivante&nbsp;:</p><p>«&nbsp;2° L&#8217;article L.&nbsp;2 est abrogé&nbsp;;&nbsp;»</p>", amp3Want(C, 1, 2, "2° L'article L. 2 est abrogé ;", 4, 5, 6, 7, 8)},
		{"Rétablir l'alinéa 3", C, "Rétablir l'alinéa 3 dans la rédaction suivante :\n« 2° L'article L. 2 est abrogé ; »", amp3Want(C, 1, 2, "2° L'article L. 2 est abrogé ;", 4, 5, 6, 7, 8)},
		{"Sénat: Rétablir under Alinéa 3", C, "Alinéa 3\nRétablir le 2° dans la rédaction suivante :\n2° L'article L. 2 est abrogé ;", amp3Want(C, 1, 2, "2° L'article L. 2 est abrogé ;", 4, 5, 6, 7, 8)},
		{"Rétablir le 2°, no label: refused", C, "Rétablir le 2° dans la rédaction suivante :\n« L'article L. 2 est abrogé ; »", nil},
		{"HTML: entities in the quoted words", C, "<p>À l&#8217;alinéa 5, substituer au mot&nbsp;: «&nbsp;préfet&nbsp;» les mots&nbsp;: «&nbsp;directeur de l&#8217;agence r&eacute;gionale&nbsp;».</p>",
			amp3Want(C, 1, 2, 3, 4, "a) Le mot : « maire » est remplacé par le mot : « directeur de l'agence régionale » ;", 6, 7, 8)},
		{"Sénat: après la référence, commas", D, "Alinéa 1\nAprès la référence :\nL. 12,\ninsérer la référence :\nL. 12-1,", ref121},
		{"AN: après la référence, commas", D, "À l'alinéa 1, après la référence : « L. 12, », insérer la référence : « L. 12-1, ».", ref121},
		{"AN HTML: U+2011 in the reference", D, "<p>À l&#8217;alinéa 1, après la référence&nbsp;: «&nbsp;L.&nbsp;12,&nbsp;», insérer la référence&nbsp;: «&nbsp;L.&nbsp;12&#8209;1,&nbsp;».</p><p>&nbsp;</p>", ref121},
		{"Sénat: references replaced", D, "Alinéa 1\nRemplacer les références :\nL. 12, L. 13\npar les références :\nL. 12, L. 12-1, L. 13", ref121},
		{"Sénat: I and II, a reference and a date", D, "I. – Alinéa 1\nRemplacer la référence :\nL. 14\npar la référence :\nL. 15\nII. – Alinéa 2\nRemplacer la date :\n1er janvier 2027\npar la date :\n1er juillet 2027",
			[]string{"I. – Aux articles L. 12, L. 13 et L. 15 du code rural, le mot : « maire » est remplacé par le mot : « préfet ».", "II. – Le présent article entre en vigueur le 1er juillet 2027."}},
		{"Sénat: words not in the alinéa named: refused", D, "Alinéa 2\nRemplacer le mot :\nmaire\npar les mots :\nprésident du conseil départemental", nil},
	})
}
