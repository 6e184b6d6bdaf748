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
