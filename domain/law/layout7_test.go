package law

import (
	"strconv"
	"strings"
	"testing"
)

// Probes of the layout of a bill's text (how an article is cut into
// instructions, items and quotations), each checked by hand, kept as
// guards (runLayout7: the code civil's L1 and L2 and the code de
// commerce's L1 and L2 of layout7Arts; a bill article opening with
// "#3 bis (nouveau)" is numbered so).

var layout7Arts = map[string][]string{
	"L1":                  {"I. – Le juge signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."},
	"L2":                  {"Le préfet vise l'acte.", "Le notaire garde l'acte."},
	"code de commerce|L1": {"Le commerçant tient un livre.", "Il le signe."},
	"code de commerce|L2": {"Le greffe garde le registre."},
}

// TestLayout7Labels: the labels of every level as bills write them — 1° A, 1° bis A, aa), a bis), i), dashes, A. –, I bis. –, II A. –, 1., (nouveau) — mixed in one article: each edits its own place.
func TestLayout7Labels(t *testing.T) {
	runLayout7(t, []codesCase{
		{name: "1° A then 1°", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° A Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;", "1° Au deuxième alinéa, le mot : « maire » est remplacé par le mot : « notaire » ;"}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "1° bis, 1° ter", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;", "1° bis Au deuxième alinéa, le mot : « maire » est remplacé par le mot : « notaire » ;", "1° ter Au 2° du II, le mot : « immeubles » est remplacé par le mot : « navires » ;"}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les navires."}}},
		{name: "1° bis A before 1° bis", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;", "1° bis A Au deuxième alinéa, le mot : « maire » est remplacé par le mot : « notaire » ;", "1° bis Au 2° du II, le mot : « immeubles » est remplacé par le mot : « navires » ;"}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les navires."}}},
		{name: "a) aa) a bis) a ter) under 1°", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est ainsi modifié :", "a) Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;", "aa) Au même premier alinéa, le mot : « signe » est remplacé par le mot : « lit » ;", "a bis) Au second alinéa, le mot : « maire » est remplacé par le mot : « notaire » ;", "a ter) Au même second alinéa, le mot : « date » est remplacé par le mot : « vise » ;", "2° Au 1° du II, le mot : « meubles » est remplacé par le mot : « biens »."}},
			want: map[string][]string{"L1": {"I. – Le greffier lit le bail.", "Le notaire vise le bail.", "II. – Sont exclus :", "1° Les biens ;", "2° Les immeubles."}}},
		{name: "i) ii) under a)", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est ainsi modifié :", "a) Le premier alinéa est ainsi modifié :", "i) Le mot : « juge » est remplacé par le mot : « greffier » ;", "ii) Le mot : « bail » est remplacé par le mot : « contrat » ;", "b) Au second alinéa, le mot : « maire » est remplacé par le mot : « notaire » ;", "2° Au 1° du II, le mot : « meubles » est remplacé par le mot : « biens »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le contrat.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les biens ;", "2° Les immeubles."}}},
		{name: "dashes under a)", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est ainsi modifié :", "a) Le premier alinéa est ainsi modifié :", "– le mot : « juge » est remplacé par le mot : « greffier » ;", "– le mot : « bail » est remplacé par le mot : « contrat » ;", "b) Au second alinéa, le mot : « maire » est remplacé par le mot : « notaire » ;"}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le contrat.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "a head not read refuses its items, dashes too", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est ainsi modifié :", "a) Les deux alinéas sont ainsi modifiés :", "i) Le premier alinéa est ainsi modifié :", "– le mot : « juge » est remplacé par le mot : « greffier » ;", "ii) Au second alinéa, le mot : « maire » est remplacé par le mot : « notaire » ;"}}},
		{name: "fourth level: – au premier alinéa", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est ainsi modifié :", "a) Le I est ainsi modifié :", "i) Le I est ainsi modifié :", "– au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;", "– au second alinéa, le mot : « maire » est remplacé par le mot : « notaire » ;", "2° Au 1° du II, le mot : « meubles » est remplacé par le mot : « biens »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les biens ;", "2° Les immeubles."}}},
		{name: "A. – B. – parts", bill: [][]string{{"A. – Au premier alinéa de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « greffier ».", "B. – Au premier alinéa de l'article L. 2 du même code, le mot : « préfet » est remplacé par le mot : « maire »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, "L2": {"Le maire vise l'acte.", "Le notaire garde l'acte."}}},
		{name: "I. – I bis. – II A. – II. –", bill: [][]string{{"I. – Au premier alinéa de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « greffier ».", "I bis. – Au second alinéa de l'article L. 1 du même code, le mot : « maire » est remplacé par le mot : « notaire ».", "II A. – Au premier alinéa de l'article L. 2 du même code, le mot : « préfet » est remplacé par le mot : « maire ».", "II. – Au second alinéa de l'article L. 2 du même code, le mot : « notaire » est remplacé par le mot : « juge »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, "L2": {"Le maire vise l'acte.", "Le juge garde l'acte."}}},
		{name: "1. 2. items", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1. Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;", "2. Au deuxième alinéa, le mot : « maire » est remplacé par le mot : « notaire »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "I. A. 1° a) mixed", bill: [][]string{{"I. – Le code civil est ainsi modifié :", "A. – L'article L. 1 est ainsi modifié :", "1° Le I est ainsi modifié :", "a) Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;", "b) Au second alinéa, le mot : « maire » est remplacé par le mot : « notaire » ;", "2° Au 1° du II, le mot : « meubles » est remplacé par le mot : « biens » ;", "B. – Au premier alinéa de l'article L. 2, le mot : « préfet » est remplacé par le mot : « maire ».", "II. – Au premier alinéa de l'article L. 1 du code de commerce, le mot : « livre » est remplacé par le mot : « registre »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les biens ;", "2° Les immeubles."}, "L2": {"Le maire vise l'acte.", "Le notaire garde l'acte."}, "code de commerce|L1": {"Le commerçant tient un registre.", "Il le signe."}}},
		{name: "1° bis (nouveau), b) (nouveau)", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est ainsi modifié :", "a) Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;", "b) (nouveau) Au second alinéa, le mot : « maire » est remplacé par le mot : « notaire » ;", "1° bis (nouveau) Au 1° du II, le mot : « meubles » est remplacé par le mot : « biens »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les biens ;", "2° Les immeubles."}}},
		{name: "II (nouveau). –", bill: [][]string{{"I. – Au premier alinéa de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « greffier ».", "II (nouveau). – Au premier alinéa de l'article L. 2 du même code, le mot : « préfet » est remplacé par le mot : « maire »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, "L2": {"Le maire vise l'acte.", "Le notaire garde l'acte."}}},
		{name: "1° A (nouveau)", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° A (nouveau) Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;", "1° Au deuxième alinéa, le mot : « maire » est remplacé par le mot : « notaire »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "1° AA, 1° B (nouveau)", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° AA Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;", "1° B (nouveau) Au deuxième alinéa, le mot : « maire » est remplacé par le mot : « notaire » ;", "1° Au 1° du II, le mot : « meubles » est remplacé par le mot : « biens »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les biens ;", "2° Les immeubles."}}},
		{name: "1° A la fin: the capital is the preposition", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° A la fin du premier alinéa, les mots : « le bail » sont remplacés par les mots : « l'acte » ;", "2° Au deuxième alinéa, le mot : « maire » est remplacé par le mot : « notaire »."}},
			want: map[string][]string{"L1": {"I. – Le juge signe l'acte.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "dashes under 1°", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le premier alinéa est ainsi modifié :", "- le mot : « juge » est remplacé par le mot : « greffier » ;", "- le mot : « bail » est remplacé par le mot : « contrat » ;", "2° Au deuxième alinéa, le mot : « maire » est remplacé par le mot : « notaire »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le contrat.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "em dashes under 1°", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le premier alinéa est ainsi modifié :", "— le mot : « juge » est remplacé par le mot : « greffier » ;", "— le mot : « bail » est remplacé par le mot : « contrat » ;", "2° Au deuxième alinéa, le mot : « maire » est remplacé par le mot : « notaire »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le contrat.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "i) ii) under 1° directly", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le premier alinéa est ainsi modifié :", "i) Le mot : « juge » est remplacé par le mot : « greffier » ;", "ii) Le mot : « bail » est remplacé par le mot : « contrat » ;", "2° Au deuxième alinéa, le mot : « maire » est remplacé par le mot : « notaire »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le contrat.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "I. – A. – head on one line", bill: [][]string{{"I. – A. – Le code civil est ainsi modifié :", "1° Au premier alinéa de l'article L. 1, le mot : « juge » est remplacé par le mot : « greffier » ;", "2° Au premier alinéa de l'article L. 2, le mot : « préfet » est remplacé par le mot : « maire ».", "B. – Au second alinéa de l'article L. 2 du même code, le mot : « notaire » est remplacé par le mot : « juge ».", "II. – Au premier alinéa de l'article L. 1 du code de commerce, le mot : « livre » est remplacé par le mot : « registre »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, "L2": {"Le maire vise l'acte.", "Le juge garde l'acte."}, "code de commerce|L1": {"Le commerçant tient un registre.", "Il le signe."}}},
		{name: "A. – under I. – then II. –", bill: [][]string{{"I. – Le code civil est ainsi modifié :", "A. – Au premier alinéa de l'article L. 1, le mot : « juge » est remplacé par le mot : « greffier » ;", "B. – Au premier alinéa de l'article L. 2, le mot : « préfet » est remplacé par le mot : « maire ».", "II. – Au premier alinéa de l'article L. 1 du code de commerce, le mot : « livre » est remplacé par le mot : « registre »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, "L2": {"Le maire vise l'acte.", "Le notaire garde l'acte."}, "code de commerce|L1": {"Le commerçant tient un registre.", "Il le signe."}}},
	})
}

// TestLayout7Heads: a code's head over items with their own items, then a second code's head in the same article.
func TestLayout7Heads(t *testing.T) {
	runLayout7(t, []codesCase{
		{name: "two codes' heads in one article", bill: [][]string{{"I. – Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;", "b) Au deuxième alinéa, le mot : « maire » est remplacé par le mot : « notaire » ;", "2° Au premier alinéa de l'article L. 2, le mot : « préfet » est remplacé par le mot : « maire ».", "II. – Le code de commerce est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Au premier alinéa, le mot : « livre » est remplacé par le mot : « registre » ;", "b) Au second alinéa, le mot : « signe » est remplacé par le mot : « vise » ;", "2° À l'article L. 2, le mot : « greffe » est remplacé par le mot : « juge »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, "L2": {"Le maire vise l'acte.", "Le notaire garde l'acte."}, "code de commerce|L1": {"Le commerçant tient un registre.", "Il le vise."}, "code de commerce|L2": {"Le juge garde le registre."}}},
		{name: "II. – A. – second code", bill: [][]string{{"I. – Au premier alinéa de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « greffier ».", "II. – A. – Le code de commerce est ainsi modifié :", "1° Au premier alinéa de l'article L. 1, le mot : « livre » est remplacé par le mot : « registre » ;", "2° À l'article L. 2, le mot : « greffe » est remplacé par le mot : « juge ».", "B. – Au second alinéa de l'article L. 1 du code de commerce, le mot : « signe » est remplacé par le mot : « vise »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, "code de commerce|L1": {"Le commerçant tient un registre.", "Il le vise."}, "code de commerce|L2": {"Le juge garde le registre."}}},
		{name: "code head, items each with quoted text", bill: [][]string{{"Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Le deuxième alinéa est ainsi rédigé :", "« Le maire lit le bail. » ;", "b) Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;", "2° L'article L. 2 est complété par un alinéa ainsi rédigé :", "« Le juge le signe. » ;", "3° Au premier alinéa de l'article L. 2, le mot : « préfet » est remplacé par le mot : « maire »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire lit le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, "L2": {"Le maire vise l'acte.", "Le notaire garde l'acte.", "Le juge le signe."}}},
		{name: "a head's items then an autonomous II", bill: [][]string{{"I. – L'article L. 2 du code civil est ainsi modifié :", "1° Au premier alinéa, le mot : « préfet » est remplacé par le mot : « maire » ;", "2° Au second alinéa, le mot : « notaire » est remplacé par le mot : « juge ».", "II. – Le Gouvernement remet un rapport au Parlement."}},
			want: map[string][]string{"L2": {"Le maire vise l'acte.", "Le juge garde l'acte."}}},
	})
}

// TestLayout7Inline: items written on the line of their head or of the item before: cut into one alinéa each, never inside a quotation.
func TestLayout7Inline(t *testing.T) {
	runLayout7(t, []codesCase{
		{name: "a) b) on the 1°'s line", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est ainsi modifié : a) Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ; b) Au second alinéa, le mot : « maire » est remplacé par le mot : « notaire » ;", "2° Au 1° du II, le mot : « meubles » est remplacé par le mot : « biens »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les biens ;", "2° Les immeubles."}}},
		{name: "1° and 2° on one line", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ; 2° Au deuxième alinéa, le mot : « maire » est remplacé par le mot : « notaire »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "1° 2° on the head's line", bill: [][]string{{"L'article L. 2 du code civil est ainsi modifié : 1° Au premier alinéa, le mot : « préfet » est remplacé par le mot : « maire » ; 2° Au second alinéa, le mot : « notaire » est remplacé par le mot : « juge »."}},
			want: map[string][]string{"L2": {"Le maire vise l'acte.", "Le juge garde l'acte."}}},
		{name: "I. – head with 1° ; et 2° on its line", bill: [][]string{{"I. – L'article L. 2 du code civil est ainsi modifié : 1° Au premier alinéa, le mot : « préfet » est remplacé par le mot : « maire » ; et 2° Au second alinéa, le mot : « notaire » est remplacé par le mot : « juge ».", "II. – Au premier alinéa de l'article L. 1 du même code, le mot : « juge » est remplacé par le mot : « greffier »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, "L2": {"Le maire vise l'acte.", "Le juge garde l'acte."}}},
		{name: "a) ; et b) on one line", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est ainsi modifié : a) Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ; et b) Au second alinéa, le mot : « maire » est remplacé par le mot : « notaire » ;"}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "; b) inside a quotation is no item", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est ainsi modifié : a) Le deuxième alinéa est ainsi rédigé : « Le maire lit ; b) il date. » ; b) Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;"}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire lit ; b) il date.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "; 2° inside a quotation is no item", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le deuxième alinéa est ainsi rédigé : « Le maire lit ; 2° il date. » ; 2° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire lit ; 2° il date.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "head's 1° 2°, a quotation holding ; 2°", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié : 1° Le deuxième alinéa est ainsi rédigé : « Le maire lit ; 2° il date. » ; 2° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire lit ; 2° il date.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "a head announcing new text is not split", bill: [][]string{{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé : « 1° Les navires ; 2° Les aéronefs. »"}}},
	})
}

// TestLayout7Quotes: quotations over several alinéas, holding items, holding an inner quotation, followed by ".", " ;" or " ; et"; new text not quoted is refused.
func TestLayout7Quotes(t *testing.T) {
	runLayout7(t, []codesCase{
		{name: "new article A. B. C. over alinéas", bill: [][]string{{"Après l'article L. 1 du code civil, il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – A. Le juge part.", "« B. Le maire reste.", "« C. Le préfet vient. »"}},
			want: map[string][]string{"L1-1": {"A. Le juge part.", "B. Le maire reste.", "C. Le préfet vient."}}},
		{name: "alinéas each opening, the last closing » ;", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est complété par deux alinéas ainsi rédigés :", "« Le juge part.", "« Le maire reste. » ;", "2° Au 1° du II, le mot : « meubles » est remplacé par le mot : « biens »."}},
			want: map[string][]string{"L1": {"I. – Le juge signe le bail.", "Le maire date le bail.", "Le juge part.", "Le maire reste.", "II. – Sont exclus :", "1° Les biens ;", "2° Les immeubles."}}},
		{name: "a quotation holding items", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le II est ainsi rédigé :", "« II. – Sont exclus :", "« 1° Les navires ;", "« 2° Les aéronefs. » ;", "2° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les navires ;", "2° Les aéronefs."}}},
		{name: "a quotation holding 1° and a)", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le II est ainsi rédigé :", "« II. – Sont exclus :", "« 1° Les navires, qui sont :", "« a) Les voiliers ;", "« b) Les cargos ;", "« 2° Les aéronefs. » ;", "2° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les navires, qui sont :", "a) Les voiliers ;", "b) Les cargos ;", "2° Les aéronefs."}}},
		{name: "continuation alinéas without their mark", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le II est ainsi rédigé :", "« II. – Sont exclus :", "1° Les navires ;", "2° Les aéronefs. » ;", "2° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les navires ;", "2° Les aéronefs."}}},
		{name: "an inner quotation inline", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le deuxième alinéa est ainsi rédigé : « Le mot « bail » désigne le contrat. » ;", "2° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le mot « bail » désigne le contrat.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "inner quotations over alinéas", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est complété par deux alinéas ainsi rédigés :", "« Le mot « bail » désigne le contrat.", "« Le mot « acte » désigne l'écrit. » ;", "2° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "Le mot « bail » désigne le contrat.", "Le mot « acte » désigne l'écrit.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "an alinéa ending with an inner quotation's mark", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est complété par deux alinéas ainsi rédigés :", "« Ce contrat est appelé « bail ».", "« Le maire le date. » ;", "2° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "Ce contrat est appelé « bail ».", "Le maire le date.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "straight inner quotation on the last alinéa", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est complété par deux alinéas ainsi rédigés :", "\"Le juge part.", "\"Le mot \"bail\" désigne le contrat.\" ;", "2° Au premier alinéa, le mot : \"juge\" est remplacé par le mot : \"greffier\"."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "Le juge part.", "Le mot \"bail\" désigne le contrat.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "inline quotation then ; et", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le deuxième alinéa est ainsi rédigé : « Le maire lit le bail. » ; et", "2° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire lit le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "inline quotation then ».", bill: [][]string{{"Le deuxième alinéa de l'article L. 1 du code civil est ainsi rédigé : « Le maire lit le bail. ».", "Au premier alinéa de l'article L. 2 du code civil, le mot : « préfet » est remplacé par le mot : « maire »."}},
			want: map[string][]string{"L1": {"I. – Le juge signe le bail.", "Le maire lit le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, "L2": {"Le maire vise l'acte.", "Le notaire garde l'acte."}}},
		{name: "two new articles", bill: [][]string{{"Après l'article L. 1 du code civil, sont insérés des articles L. 1-1 et L. 1-2 ainsi rédigés :", "« Art. L. 1-1. – Le juge part.", "« Art. L. 1-2. – Le maire reste.", "« Il revient. »"}},
			want: map[string][]string{"L1-1": {"Le juge part."}, "L1-2": {"Le maire reste.", "Il revient."}}},
		{name: "new article with its I. and II., then the bill's II", bill: [][]string{{"Après l'article L. 1 du code civil, il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – I. – Le juge part.", "« II. – Le maire reste. »", "II. – Au premier alinéa de l'article L. 2 du même code, le mot : « préfet » est remplacé par le mot : « maire »."}},
			want: map[string][]string{"L1-1": {"I. – Le juge part.", "II. – Le maire reste."}, "L2": {"Le maire vise l'acte.", "Le notaire garde l'acte."}}},
		{name: "a quotation of items, then the bill's II", bill: [][]string{{"I. – Le II de l'article L. 1 du code civil est ainsi rédigé :", "« II. – Sont exclus :", "« 1° Les navires ;", "« 2° Les aéronefs. »", "II. – Au premier alinéa de l'article L. 2 du même code, le mot : « préfet » est remplacé par le mot : « maire »."}},
			want: map[string][]string{"L1": {"I. – Le juge signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les navires ;", "2° Les aéronefs."}, "L2": {"Le maire vise l'acte.", "Le notaire garde l'acte."}}},
		{name: "a new section with its articles", bill: [][]string{{"Après l'article L. 2 du code civil, il est inséré une section 3 ainsi rédigée :", "« Section 3", "« Du greffe", "« Art. L. 2-1. – Le greffe part.", "« Art. L. 2-2. – Le juge reste. »"}},
			want: map[string][]string{"L2-1": {"Le greffe part."}, "L2-2": {"Le juge reste."}}},
		{name: "new text not quoted after ainsi rédigé: refused", bill: [][]string{{"I. – Le II de l'article L. 1 du code civil est ainsi rédigé :", "II. – Sont exclus les navires.", "III. – Au premier alinéa de l'article L. 2 du même code, le mot : « préfet » est remplacé par le mot : « maire »."}},
			want: map[string][]string{"L2": {"Le maire vise l'acte.", "Le notaire garde l'acte."}, partRefused: nil}},
		{name: "an item's new text not quoted: refused", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le 2° du II est ainsi rédigé :", "2° Les navires.", "3° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, partRefused: nil}},
		// Read since left8 (quoteOpenedOnLine): the head's line opens the
		// new text's first alinéa, the next alinéas go on with it.
		{name: "a quotation opened on the head's line over alinéas", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est ainsi rédigé : « I. – Le juge part.", "« Le maire reste. » ;", "2° Au 1° du II, le mot : « meubles » est remplacé par le mot : « biens »."}},
			want: map[string][]string{"L1": {"I. – Le juge part.", "Le maire reste.", "II. – Sont exclus :", "1° Les biens ;", "2° Les immeubles."}}},
	})
}

// TestLayout7QuotationCloses: the mark closing new text over alinéas, followed by the list's conjunction ("» ; et": the next item was read as new text) or by a second operation ("» et, au premier alinéa, …": written into the code).
func TestLayout7QuotationCloses(t *testing.T) {
	runLayout7(t, []codesCase{
		{name: "multi-alinéa quotation ending » ; et", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est ainsi rédigé :", "« I. – Le juge part.", "« Le maire reste. » ; et", "2° Au 1° du II, le mot : « meubles » est remplacé par le mot : « biens »."}},
			want: map[string][]string{"L1": {"I. – Le juge part.", "Le maire reste.", "II. – Sont exclus :", "1° Les biens ;", "2° Les immeubles."}}},
		{name: "straight: multi-alinéa quotation ending \" ; et", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est ainsi rédigé :", "\"I. - Le juge part.", "\"Le maire reste.\" ; et", "2° Au 1° du II, le mot : \"meubles\" est remplacé par le mot : \"biens\"."}},
			want: map[string][]string{"L1": {"I. - Le juge part.", "Le maire reste.", "II. – Sont exclus :", "1° Les biens ;", "2° Les immeubles."}}},
		{name: "two alinéas announced, » ; et", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est complété par deux alinéas ainsi rédigés :", "« Le juge part.", "« Le maire reste. » ; et", "2° Au 1° du II, le mot : « meubles » est remplacé par le mot : « biens »."}},
			want: map[string][]string{"L1": {"I. – Le juge signe le bail.", "Le maire date le bail.", "Le juge part.", "Le maire reste.", "II. – Sont exclus :", "1° Les biens ;", "2° Les immeubles."}}},
		{name: "» et, au premier alinéa, … after two alinéas", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est complété par deux alinéas ainsi rédigés :", "« Le juge part.", "« Le maire reste. » et, au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;", "2° Au 1° du II, le mot : « meubles » est remplacé par le mot : « biens »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "Le juge part.", "Le maire reste.", "II. – Sont exclus :", "1° Les biens ;", "2° Les immeubles."}}},
		{name: "straight: \" et, au premier alinéa, …", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est complété par deux alinéas ainsi rédigés :", "\"Le juge part.", "\"Le maire reste.\" et, au premier alinéa, le mot : \"juge\" est remplacé par le mot : \"greffier\" ;", "2° Au 1° du II, le mot : \"meubles\" est remplacé par le mot : \"biens\"."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "Le juge part.", "Le maire reste.", "II. – Sont exclus :", "1° Les biens ;", "2° Les immeubles."}}},
		{name: "» et, au 1° du II, … after a rewriting", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est ainsi rédigé :", "« I. – Le juge part.", "« Le maire reste. » et, au 1° du II, le mot : « meubles » est remplacé par le mot : « biens » ;"}},
			want: map[string][]string{"L1": {"I. – Le juge part.", "Le maire reste.", "II. – Sont exclus :", "1° Les biens ;", "2° Les immeubles."}}},
		{name: "» ; le 2° du II est supprimé", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le deuxième alinéa est ainsi rédigé :", "« Le maire lit le bail. » ; le 2° du II est supprimé ;", "2° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire lit le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° (Abrogé)."}}},
		{name: "alinéas quoted one by one, » et le II est abrogé", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est complété par deux alinéas ainsi rédigés :", "« Le juge part. »", "« Le maire reste. » et le II est abrogé ;"}},
			want: map[string][]string{"L1": {"I. – Le juge signe le bail.", "Le maire date le bail.", "Le juge part.", "Le maire reste.", "II. – (Abrogé)"}}},
		{name: "one alinéa, » et, au premier alinéa, …", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le II est complété par un 3° ainsi rédigé :", "« 3° Les navires. » et, au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;"}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles ;", "3° Les navires."}}},
		{name: "words after the mark that are no operation: refused", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le deuxième alinéa est ainsi rédigé :", "« Le maire lit le bail. » à compter du 1er janvier 2030 ;", "2° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, partRefused: nil}},
		{name: "inline: rédigé « … » et, au premier alinéa, …", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le deuxième alinéa est ainsi rédigé : « Le maire lit le bail. » et, au premier alinéa, le mot : « signe » est remplacé par le mot : « lit » ;"}},
			want: map[string][]string{"L1": {"I. – Le juge lit le bail.", "Le maire lit le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
	})
}

// TestLayout7Joined: two operations on one line joined by " ; " or ", et"; an item ending with the list's "; et".
func TestLayout7Joined(t *testing.T) {
	runLayout7(t, []codesCase{
		{name: "two operations joined by ;", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ; au deuxième alinéa, le mot : « maire » est remplacé par le mot : « notaire » ;"}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "two operations joined by , et", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier », et au deuxième alinéa, le mot : « maire » est remplacé par le mot : « notaire » ;"}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "quotation ; then a second operation", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le deuxième alinéa est ainsi rédigé : « Le maire lit le bail. » ; au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;"}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire lit le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: ", et a second article", bill: [][]string{{"Le code civil est ainsi modifié :", "1° Au premier alinéa de l'article L. 1, le mot : « juge » est remplacé par le mot : « greffier », et au premier alinéa de l'article L. 2, le mot : « préfet » est remplacé par le mot : « maire » ;"}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, "L2": {"Le maire vise l'acte.", "Le notaire garde l'acte."}}},
		{name: "abrogé ; then a second article", bill: [][]string{{"Le code civil est ainsi modifié :", "1° L'article L. 2 est abrogé ; au premier alinéa de l'article L. 1, le mot : « juge » est remplacé par le mot : « greffier » ;"}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, "L2": nil}},
		{name: "an item ending ; et", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ; et", "2° Au deuxième alinéa, le mot : « maire » est remplacé par le mot : « notaire »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "a letter ending ; et", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est ainsi modifié :", "a) Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ; et", "b) Au second alinéa, le mot : « maire » est remplacé par le mot : « notaire »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "a dash ending ; et", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le premier alinéa est ainsi modifié :", "– le mot : « juge » est remplacé par le mot : « greffier » ; et", "– le mot : « bail » est remplacé par le mot : « contrat »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le contrat.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
	})
}

// TestLayout7More: parts deleted or unchanged as lists, new text under a letter then the next letter, an article of no code after two codes, items quoted one by one, heads opening items not in order or with no verb.
func TestLayout7More(t *testing.T) {
	runLayout7(t, []codesCase{
		{name: "I. – (Supprimé) then II. –", bill: [][]string{{"I. – (Supprimé)", "II. – Au premier alinéa de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « greffier »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "1° à 3° (Non modifiés): refused", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° à 3° (Non modifiés)", "4° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, partRefused: nil}},
		{name: "a) et b) (Supprimés)", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est ainsi modifié :", "a) et b) (Supprimés)", "c) Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "a quotation under b), then c)", bill: [][]string{{"Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;", "b) Après le I, il est inséré un I bis ainsi rédigé :", "« I bis. – Le greffe note.", "« Il date. » ;", "c) Au 1° du II, le mot : « meubles » est remplacé par le mot : « biens » ;", "2° Au premier alinéa de l'article L. 2, le mot : « préfet » est remplacé par le mot : « maire »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "I bis. – Le greffe note.", "Il date.", "II. – Sont exclus :", "1° Les biens ;", "2° Les immeubles."}, "L2": {"Le maire vise l'acte.", "Le notaire garde l'acte."}}},
		{name: "after two codes, an article of no code: refused", bill: [][]string{{"I. – Au premier alinéa de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « greffier ».", "II. – Le code de commerce est ainsi modifié :", "1° Au premier alinéa de l'article L. 1, le mot : « livre » est remplacé par le mot : « registre » ;", "III. – Au premier alinéa de l'article L. 2, le mot : « préfet » est remplacé par le mot : « maire »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, "code de commerce|L1": {"Le commerçant tient un registre.", "Il le signe."}, partRefused: nil}},
		{name: "new items quoted one by one with ; et", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le II est complété par des 3° et 4° ainsi rédigés :", "« 3° Les navires ; »", "« 4° Les aéronefs. » ;", "2° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles ;", "3° Les navires ;", "4° Les aéronefs."}}},
		{name: "new text's own items end ; et inside", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le II est ainsi rédigé :", "« II. – Sont exclus :", "« 1° Les biens dits « meubles » ; et", "« 2° Les aéronefs. » ;", "2° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les biens dits « meubles » ; et", "2° Les aéronefs."}}},
		{name: "» , et then next item", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est ainsi rédigé :", "« I. – Le juge part.", "« Le maire reste. », et", "2° Au 1° du II, le mot : « meubles » est remplacé par le mot : « biens »."}},
			want: map[string][]string{"L1": {"I. – Le juge part.", "Le maire reste.", "II. – Sont exclus :", "1° Les biens ;", "2° Les immeubles."}}},
		{name: "tail under a head naming two articles: refused", bill: [][]string{{"Les articles L. 1 et L. 2 du code civil sont ainsi modifiés :", "1° Ils sont complétés par deux alinéas ainsi rédigés :", "« Le juge part.", "« Le maire reste. » et le premier alinéa est supprimé ;"}}},
		{name: "items ; et on the head's line of a) letters", bill: [][]string{{"L'article L. 2 du code civil est ainsi modifié :", "1° Le premier alinéa est ainsi modifié : a) Le mot : « préfet » est remplacé par le mot : « maire » ; et b) Le mot : « acte » est remplacé par le mot : « écrit » ;", "2° Au second alinéa, le mot : « notaire » est remplacé par le mot : « juge »."}},
			want: map[string][]string{"L2": {"Le maire vise l'écrit.", "Le juge garde l'acte."}}},
		{name: "3° on the head's line out of order: not cut", bill: [][]string{{"L'article L. 2 du code civil est ainsi modifié : 2° Au premier alinéa, le mot : « préfet » est remplacé par le mot : « maire » ; 3° Au second alinéa, le mot : « notaire » est remplacé par le mot : « juge »."}}},
		{name: "numbered items on a locator head: refused", bill: [][]string{{"À l'article L. 2 du code civil : 1° Au premier alinéa, le mot : « préfet » est remplacé par le mot : « maire » ; 2° Au second alinéa, le mot : « notaire » est remplacé par le mot : « juge »."}}},
	})
}

// TestLayout7Marks: the marks of an article or a part: (nouveau), (Supprimé), (Non modifié), Conforme, (pour coordination).
func TestLayout7Marks(t *testing.T) {
	runLayout7(t, []codesCase{
		{name: "Article 3 bis (nouveau)", bill: [][]string{{"#3 bis (nouveau)", "Au premier alinéa de l'article L. 2 du code civil, le mot : « préfet » est remplacé par le mot : « maire »."}},
			want: map[string][]string{"L2": {"Le maire vise l'acte.", "Le notaire garde l'acte."}}},
		{name: "an article (Supprimé), then du même code", bill: [][]string{{"Au premier alinéa de l'article L. 2 du code civil, le mot : « préfet » est remplacé par le mot : « maire »."}, {"(Supprimé)"}, {"Au premier alinéa de l'article L. 1 du même code, le mot : « juge » est remplacé par le mot : « greffier »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, "L2": {"Le maire vise l'acte.", "Le notaire garde l'acte."}}},
		{name: "Article 5 (Supprimé) with no alinéa", bill: [][]string{{"Au premier alinéa de l'article L. 2 du code civil, le mot : « préfet » est remplacé par le mot : « maire »."}, {"#5 (Supprimé)"}, {"Au premier alinéa de l'article L. 1 du même code, le mot : « juge » est remplacé par le mot : « greffier »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, "L2": {"Le maire vise l'acte.", "Le notaire garde l'acte."}}},
		{name: "(Non modifié), Conforme: refused", bill: [][]string{{"(Non modifié)"}, {"Conforme"}, {"(Conforme)"}, {"Au premier alinéa de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « greffier »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, partRefused: nil}},
		{name: "2° (Supprimé) among items", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;", "2° (Supprimé)", "3° Au deuxième alinéa, le mot : « maire » est remplacé par le mot : « notaire »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "2° (Non modifié) among items: refused", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;", "2° (Non modifié)", "3° Au deuxième alinéa, le mot : « maire » est remplacé par le mot : « notaire »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, partRefused: nil}},
		{name: "II. – (Non modifié): refused", bill: [][]string{{"I. – Au premier alinéa de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « greffier ».", "II. – (Non modifié)", "III. – Au premier alinéa de l'article L. 2 du même code, le mot : « préfet » est remplacé par le mot : « maire »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, "L2": {"Le maire vise l'acte.", "Le notaire garde l'acte."}, partRefused: nil}},
		{name: "b) et c) (Supprimés)", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est ainsi modifié :", "a) Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;", "b) et c) (Supprimés)", "d) Au second alinéa, le mot : « maire » est remplacé par le mot : « notaire »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "Article 4 (pour coordination)", bill: [][]string{{"#4 (pour coordination)", "Au premier alinéa de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « greffier »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
	})
}

// TestLayout7PartLineItem: a part whose first item stands on its line,
// "I. – 1° Au premier alinéa …" (it was refused: "unrecognised item
// designation"), "I. – 1. …"; such a part, as "II. – A. – …", closes the
// heads the parts before it opened ("II. – A. – Au second alinéa, …" was
// read under "I. – L'article L. 1 … est ainsi modifié :").
func TestLayout7PartLineItem(t *testing.T) {
	runLayout7(t, []codesCase{
		{name: "B. – 1° after A.'s head", bill: [][]string{{"A. – L'article L. 1 du code civil est ainsi modifié :", "1° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;", "B. – 1° Au premier alinéa de l'article L. 2 du même code, le mot : « préfet » est remplacé par le mot : « maire » ;", "2° Au second alinéa de l'article L. 2 du même code, le mot : « notaire » est remplacé par le mot : « juge »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, "L2": {"Le maire vise l'acte.", "Le juge garde l'acte."}}},
		{name: "B. – 1° naming no article after A.'s head: refused", bill: [][]string{{"A. – L'article L. 1 du code civil est ainsi modifié :", "1° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;", "B. – 1° Au second alinéa, le mot : « maire » est remplacé par le mot : « notaire » ;"}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, partRefused: nil}},
		{name: "I. – 1° on the line of the part's label", bill: [][]string{{"I. – 1° Au premier alinéa de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « greffier » ;", "2° Au premier alinéa de l'article L. 2 du même code, le mot : « préfet » est remplacé par le mot : « maire »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, "L2": {"Le maire vise l'acte.", "Le notaire garde l'acte."}}},
		{name: "I. – 1. on the line of the part's label", bill: [][]string{{"I. – 1. Au premier alinéa de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « greffier » ;", "2. Au premier alinéa de l'article L. 2 du même code, le mot : « préfet » est remplacé par le mot : « maire »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, "L2": {"Le maire vise l'acte.", "Le notaire garde l'acte."}}},
		{name: "II. – 1° after a part I's head: the head is closed", bill: [][]string{{"I. – L'article L. 1 du code civil est ainsi modifié :", "1° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;", "2° Au deuxième alinéa, le mot : « maire » est remplacé par le mot : « notaire ».", "II. – 1° Au second alinéa, le mot : « notaire » est remplacé par le mot : « juge » ;", "2° Au premier alinéa de l'article L. 2 du même code, le mot : « préfet » est remplacé par le mot : « maire »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, "L2": {"Le maire vise l'acte.", "Le notaire garde l'acte."}, partRefused: nil}},
		{name: "II. – A. – after a part I's head: the head is closed", bill: [][]string{{"I. – L'article L. 1 du code civil est ainsi modifié :", "1° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;", "II. – A. – Au second alinéa, le mot : « notaire » est remplacé par le mot : « juge » ;", "B. – Au premier alinéa de l'article L. 2 du même code, le mot : « préfet » est remplacé par le mot : « maire »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, "L2": {"Le maire vise l'acte.", "Le notaire garde l'acte."}, partRefused: nil}},
		{name: "II. – 1° head for code de commerce, then 2°, then III", bill: [][]string{{"I. – Au premier alinéa de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « greffier ».", "II. – 1° L'article L. 1 du code de commerce est ainsi modifié :", "a) Au premier alinéa, le mot : « livre » est remplacé par le mot : « registre » ;", "b) Au second alinéa, le mot : « signe » est remplacé par le mot : « vise » ;", "2° À l'article L. 2 du code de commerce, le mot : « greffe » est remplacé par le mot : « juge » ;", "III. – Au second alinéa de l'article L. 2 du code civil, le mot : « notaire » est remplacé par le mot : « juge »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, "L2": {"Le préfet vise l'acte.", "Le juge garde l'acte."}, "code de commerce|L1": {"Le commerçant tient un registre.", "Il le vise."}, "code de commerce|L2": {"Le juge garde le registre."}}},
		{name: "II. – 1° (Supprimé)", bill: [][]string{{"I. – Au premier alinéa de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « greffier ».", "II. – 1° (Supprimé)", "2° Au premier alinéa de l'article L. 2 du même code, le mot : « préfet » est remplacé par le mot : « maire »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, "L2": {"Le maire vise l'acte.", "Le notaire garde l'acte."}}},
		{name: "under an unlabelled head, I. – A. – keeps the head", bill: [][]string{{"Le code civil est ainsi modifié :", "I. – A. – Au premier alinéa de l'article L. 1, le mot : « juge » est remplacé par le mot : « greffier » ;", "B. – Au premier alinéa de l'article L. 2, le mot : « préfet » est remplacé par le mot : « maire »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, "L2": {"Le maire vise l'acte.", "Le notaire garde l'acte."}}},
	})
}

// TestLayout7Mixed: items of several levels with new text between them,
// (nouveau) on a part with a Latin adverb, a letter or a part deleted or
// unchanged, straight quotes around new text holding items.
func TestLayout7Mixed(t *testing.T) {
	runLayout7(t, []codesCase{
		{name: "a) b) then 2° with a quotation then 3°", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est ainsi modifié :", "a) Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;", "b) Au second alinéa, le mot : « maire » est remplacé par le mot : « notaire » ;", "2° Le II est complété par un 3° ainsi rédigé :", "« 3° Les navires. » ;", "3° Au 1° du II, le mot : « meubles » est remplacé par le mot : « biens »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les biens ;", "2° Les immeubles ;", "3° Les navires."}}},
		{name: "I bis (nouveau). –", bill: [][]string{{"I. – Au premier alinéa de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « greffier ».", "I bis (nouveau). – Au premier alinéa de l'article L. 2 du même code, le mot : « préfet » est remplacé par le mot : « maire »."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, "L2": {"Le maire vise l'acte.", "Le notaire garde l'acte."}}},
		{name: "a) (Supprimé) among letters", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est ainsi modifié :", "a) (Supprimé)", "b) Au second alinéa, le mot : « maire » est remplacé par le mot : « notaire »."}},
			want: map[string][]string{"L1": {"I. – Le juge signe le bail.", "Le notaire date le bail.", "II. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}}},
		{name: "I. – (Non modifié) then II. – with a head", bill: [][]string{{"I. – (Non modifié)", "II. – L'article L. 2 du code civil est ainsi modifié :", "1° Au premier alinéa, le mot : « préfet » est remplacé par le mot : « maire » ;"}},
			want: map[string][]string{"L2": {"Le maire vise l'acte.", "Le notaire garde l'acte."}, partRefused: nil}},
		{name: "straight quotes: a quotation holding items", bill: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° Le II est ainsi rédigé :", "\"II. - Sont exclus :", "\"1° Les navires ;", "\"2° Les aéronefs.\" ;", "2° Au premier alinéa, le mot : \"juge\" est remplacé par le mot : \"greffier\"."}},
			want: map[string][]string{"L1": {"I. – Le greffier signe le bail.", "Le maire date le bail.", "II. - Sont exclus :", "1° Les navires ;", "2° Les aéronefs."}}},
	})
}

// runLayout7 is runCodes over layout7Arts, a bill article whose first
// alinéa is "#…" numbered with the rest of it.
func runLayout7(t *testing.T, cases []codesCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := law3Corpus(layout7Arts)
			var arts []Article
			for i, al := range tc.bill {
				n := ArticleNumber(strconv.Itoa(i + 1))
				if len(al) > 0 && strings.HasPrefix(al[0], "#") {
					n, al = ArticleNumber(al[0][1:]), al[1:]
				}
				arts = append(arts, Article{Number: n, Alineas: al})
			}
			ins := ParseInstructions(arts)
			got, errs := Apply(c, ins, ApplyOptions{})
			why := refusals(ins, errs)
			_, part := tc.want[partRefused]
			exp := law3Expected(c, tc.want, partRefused)
			same := law3Same(got, exp)
			switch {
			case tc.want == nil || part:
				if len(why) == 0 {
					t.Fatalf("applied, want refused")
				}
				if !same {
					t.Fatalf("refused (%s) but the texts differ from want", strings.Join(why, "; "))
				}
			case len(why) > 0:
				t.Fatalf("refused: %s", strings.Join(why, "; "))
			case !same:
				for r, a := range exp {
					if strings.Join(got[r].Alineas, "\n") != strings.Join(a.Alineas, "\n") {
						t.Errorf("%s: got\n%s\nwant\n%s", r, strings.Join(got[r].Alineas, "\n"), strings.Join(a.Alineas, "\n"))
					}
				}
				t.Errorf("got %d articles, want %d", len(got), len(exp))
			}
		})
	}
}

// TestLayout7QuotationEnd: where the quotation of new text over several
// alinéas closes on its last alinéa, and what follows the mark.
func TestLayout7QuotationEnd(t *testing.T) {
	for _, c := range []struct{ line, kept, tail string }{
		{"« B. » ;", "« B. » ;", ""},
		{"« B. » ; et", "« B. » ;", ""},
		{"« B. » et", "« B. »", ""},
		{"\"B.\" ; et", "\"B.\" ;", ""},
		{"« B. » et, au premier alinéa, le mot : « a » est supprimé ;", "« B. »", "au premier alinéa, le mot : « a » est supprimé ;"},
		{"« B. » ; le II est abrogé.", "« B. »", "le II est abrogé."},
		{"\"B.\" et le II est abrogé ;", "\"B.\"", "le II est abrogé ;"},
		{"« Le mot « bail » ; et", "« Le mot « bail » ; et", ""}, // the inner quotation's mark: the text goes on
		{"\"Le mot \"bail\" ; et", "\"Le mot \"bail\" ; et", ""}, // likewise, straight
		{"« B.", "« B.", ""}, // not closed
		{"« Le mot « bail » désigne. » ;", "« Le mot « bail » désigne. » ;", ""},
	} {
		kept, tail := quotationEnd(c.line)
		if kept != c.kept || tail != c.tail {
			t.Errorf("%q: (%q, %q), want (%q, %q)", c.line, kept, tail, c.kept, c.tail)
		}
	}
}

// TestLayout7ListConjunction: "; et" closing an item is the list's.
func TestLayout7ListConjunction(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Au premier alinéa, le mot : « a » est supprimé ; et", "Au premier alinéa, le mot : « a » est supprimé ;"},
		{"Le II est abrogé ; et", "Le II est abrogé ;"},
		{"Le II est ainsi rédigé : « Il part ; et", "Le II est ainsi rédigé : « Il part ; et"}, // new text going on
		{"Le mot : « et » est supprimé", "Le mot : « et » est supprimé"},
	} {
		if got := listConjunctionOff(c.body); got != c.want {
			t.Errorf("%q: %q, want %q", c.body, got, c.want)
		}
	}
}

// TestLayout7InlineNumberedItems: a head "ainsi modifié :" opening
// numbered items on its line.
func TestLayout7InlineNumberedItems(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"L'article L. 1 est ainsi modifié : 1° Le I est abrogé ; 2° Le II est abrogé.", []string{"L'article L. 1 est ainsi modifié :", "1° Le I est abrogé ;", "2° Le II est abrogé."}},
		{"I. – L'article L. 1 est ainsi modifié : 1° Le I est abrogé ; et 2° Le II est abrogé.", []string{"I. – L'article L. 1 est ainsi modifié :", "1° Le I est abrogé ; et", "2° Le II est abrogé."}},
		{"L'article L. 1 est ainsi modifié : 1° Le I est ainsi rédigé : « A ; 2° B » ; 2° Le II est abrogé.", []string{"L'article L. 1 est ainsi modifié :", "1° Le I est ainsi rédigé : « A ; 2° B » ;", "2° Le II est abrogé."}},
		{"L'article L. 1 est complété par un alinéa ainsi rédigé : « 1° A ; 2° B. »", nil},
		{"Au I : 1° Le mot : « a » est supprimé ; 2° Le II est abrogé.", nil},
	} {
		if got := inlineNumberedItems(c.line); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q:\n%q\nwant\n%q", c.line, got, c.want)
		}
	}
}
