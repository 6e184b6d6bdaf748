package law

import "testing"

// The forms the last sessions left in bills (law-left4): each read as a
// rule of the modification language, or refused with a reason.

func left4One(al ...string) map[string][]string { return map[string][]string{"L1": al} }

// TestLeft4ItemRelabelledInsideDivision: an item named inside the
// division that holds it and relabelled in a relative clause, "Au 3° du
// I, qui devient le 4°, le mot …", "Au a du 1°, qui devient le b, …", "Au
// I, au 4°, qui devient le 5°, …", "Au I, le 4°, qui devient le 5°, est
// ainsi rédigé (complété) …", "Le 4° du I de l'article L. 1, qui devient
// le 5°, est complété …", is the item relabelled within its list, then
// edited under its new label (they were refused: a renumbering into a
// division). A new label of the holder's kind ("Au a du 2°, qui devient
// le 3°": the 2°?), of another kind, or another item's, an alinéa, stay
// refused.
func TestLeft4ItemRelabelledInsideDivision(t *testing.T) {
	L := left4One("I. – Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater les actes ;", "4° Classer.", "II. – Le juge peut :", "1° Juger ;", "2° Punir.")
	I := func(four string) map[string][]string {
		return left4One("I. – Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater les actes ;", four, "II. – Le juge peut :", "1° Juger ;", "2° Punir.")
	}
	II := func(two string) map[string][]string {
		return left4One("I. – Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater les actes ;", "4° Classer.", "II. – Le juge peut :", "1° Juger ;", two)
	}
	S := left4One("Le maire peut :", "1° Signer :", "a) Les actes ;", "b) Les lois ;", "2° Viser :", "a) Les arrêtés.")
	c := "L'article L. 1 du code civil est ainsi modifié :"
	runLaw3(t, []law3Case{
		{name: "au 4° du I de l'article, words", arts: L, text: []string{"Au 4° du I de l'article L. 1 du code civil, qui devient le 5°, le mot : « Classer » est remplacé par le mot : « Ranger »."},
			want: I("5° Ranger.")},
		{name: "under a context, au 2° du II", arts: L, text: []string{c, "1° Au 2° du II, qui devient le 3°, le mot : « Punir » est remplacé par le mot : « Gracier » ;"},
			want: II("3° Gracier.")},
		{name: "words added at its end", arts: L, text: []string{c, "1° Au 2° du II, qui devient le 3°, à la fin, il est ajouté le mot : « fort » ;"},
			want: II("3° Punir fort.")},
		{name: "a letter in an item", arts: S, text: []string{c, "1° Au b du 1°, qui devient le c, le mot : « lois » est remplacé par le mot : « décrets » ;"},
			want: left4One("Le maire peut :", "1° Signer :", "a) Les actes ;", "c) Les décrets ;", "2° Viser :", "a) Les arrêtés.")},
		{name: "a letter of the second item", arts: S, text: []string{c, "1° Au a du 2°, qui devient le b, le mot : « arrêtés » est remplacé par le mot : « décrets » ;"},
			want: left4One("Le maire peut :", "1° Signer :", "a) Les actes ;", "b) Les lois ;", "2° Viser :", "b) Les décrets.")},
		{name: "au I, au 4°", arts: L, text: []string{c, "1° Au I, au 4°, qui devient le 5°, le mot : « Classer » est remplacé par le mot : « Ranger » ;"},
			want: I("5° Ranger.")},
		{name: "au I, le 4°, complété", arts: L, text: []string{c, "1° Au I, le 4°, qui devient le 5°, est complété par le mot : « tout » ;"},
			want: I("5° Classer tout.")},
		{name: "au I, le 4°, ainsi rédigé", arts: L, text: []string{c, "1° Au I, le 4°, qui devient le 5°, est ainsi rédigé : « 5° Ranger. » ;"},
			want: I("5° Ranger.")},
		{name: "au I, le 4°, ainsi rédigé on the next alinéa", arts: L, text: []string{c, "1° Au I, le 4°, qui devient le 5°, est ainsi rédigé :", "« 5° Ranger. » ;"},
			want: I("5° Ranger.")},
		{name: "au I de l'article, le 4°", arts: L, text: []string{"Au I de l'article L. 1 du code civil, le 4°, qui devient le 5°, est complété par le mot : « tout »."},
			want: I("5° Classer tout.")},
		{name: "the subject with its article", arts: L, text: []string{"Le 4° du I de l'article L. 1 du code civil, qui devient le 5°, est complété par le mot : « tout »."},
			want: I("5° Classer tout.")},
		{name: "à l'article, le 2°", arts: S, text: []string{"À l'article L. 1 du code civil, le 2°, qui devient le 3°, est complété par le mot : « tout »."},
			want: left4One("Le maire peut :", "1° Signer :", "a) Les actes ;", "b) Les lois ;", "3° Viser :", "a) Les arrêtés tout.")},
		{name: "au 1°, le b, ainsi rédigé", arts: S, text: []string{c, "1° Au 1°, le b, qui devient le c, est ainsi rédigé : « c) Les décrets ; » ;"},
			want: left4One("Le maire peut :", "1° Signer :", "a) Les actes ;", "c) Les décrets ;", "2° Viser :", "a) Les arrêtés.")},
		// Guards: the forms read before.
		{name: "guard: le 2° du II, qui devient le 3°, ainsi rédigé", arts: L, text: []string{c, "1° Le 2° du II, qui devient le 3°, est ainsi rédigé : « 3° Gracier. » ;"},
			want: II("3° Gracier.")},
		{name: "guard: le 4° du I devient le 5° et, au 5°", arts: L, text: []string{"Le 4° du I de l'article L. 1 du code civil devient le 5° et, au 5°, le mot : « Classer » est remplacé par le mot : « Ranger »."},
			want: I("5° Ranger.")},
		// Refused.
		{name: "the holder's kind: refused", arts: S, text: []string{c, "1° Au a du 2°, qui devient le 3°, le mot : « arrêtés » est remplacé par le mot : « décrets » ;"}},
		{name: "another kind: refused", arts: L, text: []string{c, "1° Au 2° du II, qui devient le III, le mot : « Punir » est remplacé par le mot : « Gracier » ;"}},
		{name: "another item's label: refused", arts: L, text: []string{c, "1° Au 3° du I, qui devient le 4°, les mots : « les actes » sont remplacés par le mot : « tout » ;"}},
		{name: "au II, le 2°, qui devient le III: refused", arts: L, text: []string{c, "1° Au II, le 2°, qui devient le III, est ainsi rédigé : « III. – Gracier. » ;"}},
		{name: "an alinéa: refused", arts: L, text: []string{c, "1° Au deuxième alinéa du I, qui devient le troisième, le mot : « Signer » est remplacé par le mot : « Lire » ;"}},
		{name: "an item in two parts, no part said: refused", arts: L, text: []string{"Au 2° de l'article L. 1 du code civil, qui devient le 3°, le mot : « Viser » est remplacé par le mot : « Lire »."}},
		{name: "several items inside a part, words one of them holds: refused", arts: L, text: []string{c, "1° Aux 3° et 4° du I, qui deviennent respectivement les 4° et 5°, le mot : « Classer » est remplacé par le mot : « Ranger » ;"}},
	})
}

// TestLeft4ItemsAndAlineasAsSubjects: items and alinéas by their rank
// joined as the subjects of a deletion, "Les 3° et 4° et le dernier
// alinéa sont supprimés", "Le 2° et le dernier alinéa …", "Le dernier
// alinéa du II et le b du 2° du I sont abrogés", are each deleted in
// turn, the items first, the alinéas counted on the text as the bill
// article found it (they were read as the one inside the other, "le 2°
// du dernier alinéa", and refused as not found). Refused: a place
// written after the second alone ("Le deuxième alinéa et le b du 1°":
// the 1°'s alinéa, or the article's?), an alinéa the last item took with
// it ("Le 4° et le dernier alinéa" where alinéas follow the 4°: counted
// as found, deleted already), any other operation (the last item takes
// the alinéas after it: "Le 4° et le dernier alinéa sont complétés par
// …" completed the last alinéa twice), a rewriting and an addition after
// them (one new text, two places). Sentences with a division are read as
// before.
func TestLeft4ItemsAndAlineasAsSubjects(t *testing.T) {
	A := left4One("Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater ;", "4° Classer.", "Il signe. Il vise. Il part.", "Le juge juge.")
	B := left4One("I. – Le maire peut :", "1° Signer. Il vise. Il part ;", "2° Viser :", "a) Les actes ;", "b) Les lois.", "II. – Le préfet part. Il revient. Il dort.", "Le juge juge.", "III. – Le juge dort.")
	c := "L'article L. 1 du code civil est ainsi modifié :"
	runLaw3(t, []law3Case{
		{name: "le 2° et le dernier alinéa", arts: A, text: []string{c, "1° Le 2° et le dernier alinéa sont supprimés ;"},
			want: left4One("Le maire peut :", "1° Signer ;", "2° (Abrogé) ;", "3° Dater ;", "4° Classer.", "Il signe. Il vise. Il part.")},
		{name: "le dernier alinéa et le 2°", arts: A, text: []string{c, "1° Le dernier alinéa et le 2° sont supprimés ;"},
			want: left4One("Le maire peut :", "1° Signer ;", "2° (Abrogé) ;", "3° Dater ;", "4° Classer.", "Il signe. Il vise. Il part.")},
		{name: "le 2° et les deux derniers alinéas", arts: A, text: []string{c, "1° Le 2° et les deux derniers alinéas sont supprimés ;"},
			want: left4One("Le maire peut :", "1° Signer ;", "2° (Abrogé) ;", "3° Dater ;", "4° Classer.")},
		{name: "le 2° et l'avant-dernier alinéa, of the article named", arts: A, text: []string{"Le 2° et l'avant-dernier alinéa de l'article L. 1 du code civil sont supprimés."},
			want: left4One("Le maire peut :", "1° Signer ;", "2° (Abrogé) ;", "3° Dater ;", "4° Classer.", "Le juge juge.")},
		{name: "le premier alinéa et le 2°", arts: A, text: []string{c, "1° Le premier alinéa et le 2° sont supprimés ;"},
			want: left4One("1° Signer ;", "2° (Abrogé) ;", "3° Dater ;", "4° Classer.", "Il signe. Il vise. Il part.", "Le juge juge.")},
		{name: "counted as found, after an alinéa added", arts: A, text: []string{c, "1° Il est ajouté un alinéa ainsi rédigé : « Rien. » ;", "2° Le 3° et le dernier alinéa sont supprimés ;"},
			want: left4One("Le maire peut :", "1° Signer ;", "2° Viser ;", "3° (Abrogé) ;", "4° Classer.", "Il signe. Il vise. Il part.", "Rien.")},
		{name: "each with its place", arts: B, text: []string{c, "1° Le dernier alinéa du II et le b du 2° du I sont abrogés ;"},
			want: left4One("I. – Le maire peut :", "1° Signer. Il vise. Il part ;", "2° Viser :", "a) Les actes ;", "b) (Abrogé).", "II. – Le préfet part. Il revient. Il dort.", "III. – Le juge dort.")},
		{name: "each with its place, the article after both", arts: B, text: []string{"Le 1° du I et le dernier alinéa du II de l'article L. 1 du code civil sont supprimés."},
			want: left4One("I. – Le maire peut :", "1° (Abrogé) ;", "2° Viser :", "a) Les actes ;", "b) Les lois.", "II. – Le préfet part. Il revient. Il dort.", "III. – Le juge dort.")},
		// Guards: sentences and divisions, read before.
		{name: "guard: le 2° et la dernière phrase du sixième alinéa", arts: A, text: []string{c, "1° Le 2° et la dernière phrase du sixième alinéa sont supprimés ;"},
			want: left4One("Le maire peut :", "1° Signer ;", "2° (Abrogé) ;", "3° Dater ;", "4° Classer.", "Il signe. Il vise.", "Le juge juge.")},
		{name: "guard: les deux dernières phrases du II et le III", arts: left4One("I. – Le maire signe.", "II. – Le préfet part. Il revient. Il dort.", "III. – Le juge dort."),
			text: []string{c, "1° Les deux dernières phrases du II et le III sont supprimés ;"},
			want: left4One("I. – Le maire signe.", "II. – Le préfet part.", "III. – (Abrogé)")},
		// Refused.
		{name: "the last item took the alinéa: refused", arts: A, text: []string{c, "1° Les 3° et 4° et le dernier alinéa sont supprimés ;"}},
		{name: "the same, the alinéa first: refused", arts: A, text: []string{c, "1° Le dernier alinéa et le 4° sont supprimés ;"}},
		{name: "a place after the second alone: refused", arts: B, text: []string{c, "1° Le deuxième alinéa et le b du 2° du I sont abrogés ;"}},
		{name: "a place after the alinéa alone: refused", arts: B, text: []string{c, "1° Le 1° et le dernier alinéa du I sont supprimés ;"}},
		{name: "completed: refused", arts: A, text: []string{c, "1° Le 4° et le dernier alinéa sont complétés par le mot : « fort » ;"}},
		{name: "completed, not the last item: refused", arts: A, text: []string{c, "1° Le 2° et le dernier alinéa sont complétés par le mot : « fort » ;"}},
		{name: "rewritten together: refused", arts: A, text: []string{c, "1° Le 2° et le dernier alinéa sont ainsi rédigés : « Rien. » ;"}},
		{name: "replaced by one alinéa: refused", arts: B, text: []string{c, "1° Le 1° du I et le dernier alinéa du II sont remplacés par un alinéa ainsi rédigé : « Rien. » ;"}},
		{name: "an alinéa after both: refused", arts: A, text: []string{c, "1° Après le 2° et le dernier alinéa, il est inséré un alinéa ainsi rédigé : « Rien. » ;"}},
	})
}

// TestLeft4CapitalSubdivisions: a bill article's part opening with its
// first subdivision on its line, "I. – A. – Le code civil est ainsi
// modifié :" then items, "B. – …", "II. – …", is a head at the A's level
// (it was read as "A. – Le code civil …": no target article, its items
// refused); "B. – …" closes it. Subdivisions A., B. under a I's context,
// and a code article's parts named by capitals ("Au A du I", "Le B du I
// est ainsi rédigé", "Le I est complété par un D", "un B bis") are read
// as before; a capital found in two parts with no part said is refused.
func TestLeft4CapitalSubdivisions(t *testing.T) {
	A := left4One("Le maire signe.", "Le juge part.")
	C := left4One("I. – A. – Le maire signe.", "B. – Le juge part.", "C. – Le préfet vise.", "II. – Le greffier note.")
	D := left4One("I. – A. – Le maire signe.", "B. – Le juge part.", "II. – A. – Le préfet vise.", "B. – Le greffier note.")
	c := "L'article L. 1 du code civil est ainsi modifié :"
	runLaw3(t, []law3Case{
		{name: "I. – A. – a context, then B. and II.", arts: A,
			text: []string{"I. – A. – Le code civil est ainsi modifié :", "1° À l'article L. 1, le mot : « maire » est remplacé par le mot : « préfet » ;", "2° Le second alinéa de l'article L. 1 est supprimé.", "B. – Au premier alinéa de l'article L. 1 du code civil, le mot : « signe » est remplacé par le mot : « vise ».", "II. – Le présent article entre en vigueur le lendemain de sa publication."},
			want: left4One("Le préfet vise.")},
		{name: "I. – A. – an article's context, B. outside it", arts: left4One("Le maire signe.", "Le juge part."),
			text: []string{"I. – A. – L'article L. 1 du code civil est ainsi modifié :", "1° Au premier alinéa, le mot : « maire » est remplacé par le mot : « préfet » ;", "B. – Au second alinéa de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « greffier »."},
			want: left4One("Le préfet signe.", "Le greffier part.")},
		{name: "guard: I. – A. – an instruction", arts: A,
			text: []string{"I. – A. – À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».", "B. – Le second alinéa de l'article L. 1 du code civil est supprimé."},
			want: left4One("Le préfet signe.")},
		{name: "guard: A. and B. under I.'s context", arts: A,
			text: []string{"I. – L'article L. 1 du code civil est ainsi modifié :", "A. – Le premier alinéa est ainsi modifié :", "1° Le mot : « maire » est remplacé par le mot : « préfet » ;", "2° Le mot : « signe » est remplacé par le mot : « vise » ;", "B. – Le second alinéa est supprimé."},
			want: left4One("Le préfet vise.")},
		{name: "guard: au A du I", arts: C, text: []string{"Au A du I de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: left4One("I. – A. – Le préfet signe.", "B. – Le juge part.", "C. – Le préfet vise.", "II. – Le greffier note.")},
		{name: "guard: au I, le B rewritten, le C du I repealed", arts: C, text: []string{c, "1° Au I, le B est ainsi rédigé : « B. – Le juge reste. » ;", "2° Le C du I est abrogé."},
			want: left4One("I. – A. – Le maire signe.", "B. – Le juge reste.", "C. – (Abrogé)", "II. – Le greffier note.")},
		{name: "guard: le I complété par un D", arts: C, text: []string{c, "1° Le I est complété par un D ainsi rédigé : « D. – Le maire part. » ;"},
			want: left4One("I. – A. – Le maire signe.", "B. – Le juge part.", "C. – Le préfet vise.", "D. – Le maire part.", "II. – Le greffier note.")},
		{name: "guard: un B bis", arts: C, text: []string{c, "1° Après le B du I, il est inséré un B bis ainsi rédigé : « B bis. – Le maire part. » ;"},
			want: left4One("I. – A. – Le maire signe.", "B. – Le juge part.", "B bis. – Le maire part.", "C. – Le préfet vise.", "II. – Le greffier note.")},
		{name: "guard: au B du II", arts: D, text: []string{c, "1° Au B du II, le mot : « note » est remplacé par le mot : « lit » ;"},
			want: left4One("I. – A. – Le maire signe.", "B. – Le juge part.", "II. – A. – Le préfet vise.", "B. – Le greffier lit.")},
		{name: "a B in two parts, no part said: refused", arts: D, text: []string{c, "1° Le B est ainsi rédigé : « B. – Le juge reste. » ;"}},
		{name: "a B in two parts, words: refused", arts: D, text: []string{c, "1° Au B, le mot : « part » est remplacé par le mot : « reste » ;"}},
	})
}

// TestLeft4SentencesCountedAfterAnEndAdded: sentences counted after one
// added at the end (or the start) of an alinéa by an earlier item of the
// bill article are counted on the alinéa as the bill article found it
// (the group rule): "les deux dernières phrases", "la dernière phrase",
// "l'avant-dernière phrase", "les deuxième à dernière phrases", "à
// l'exception de sa dernière phrase" never take the sentence added
// (guards). A first clause adding new text inline, "Le premier alinéa
// est complété par une phrase ainsi rédigée : « … » et la dernière phrase
// du même alinéa est supprimée" ("il est inséré un alinéa ainsi rédigé :
// « … » et …"), is two clauses, the second read as after a rewriting (the
// second clause was dropped: the sentence added alone); a sentence named
// in the second clause with no division of its own after a division, "…
// et la dernière phrase est supprimée", is refused (the first's alinéa or
// the article's last? the article's last went).
func TestLeft4SentencesCountedAfterAnEndAdded(t *testing.T) {
	A := left4One("Le maire signe. Il vise. Il part.", "Le juge juge.")
	A2 := left4One("Le maire signe. Il vise. Il part.", "Le juge juge. Il dort.")
	c := "L'article L. 1 du code civil est ainsi modifié :"
	add := "1° Le premier alinéa est complété par une phrase ainsi rédigée : « Il dort. » ;"
	runLaw3(t, []law3Case{
		{name: "guard: les deux dernières phrases, as found", arts: A, text: []string{c, add, "2° Les deux dernières phrases du premier alinéa sont supprimées ;"},
			want: left4One("Le maire signe. Il dort.", "Le juge juge.")},
		{name: "guard: la dernière phrase, as found", arts: A, text: []string{c, add, "2° La dernière phrase du premier alinéa est supprimée ;"},
			want: left4One("Le maire signe. Il vise. Il dort.", "Le juge juge.")},
		{name: "guard: words in the last sentence, as found", arts: A, text: []string{c, add, "2° À la dernière phrase du premier alinéa, le mot : « part » est remplacé par le mot : « sort » ;"},
			want: left4One("Le maire signe. Il vise. Il sort. Il dort.", "Le juge juge.")},
		{name: "guard: words only in the sentence added: refused", arts: A, text: []string{c, add, "2° À la dernière phrase du premier alinéa, le mot : « dort » est remplacé par le mot : « rit » ;"}},
		{name: "guard: l'avant-dernière after two added", arts: A, text: []string{c, "1° Le premier alinéa est complété par deux phrases ainsi rédigées : « Il dort. Il rit. » ;", "2° L'avant-dernière phrase du premier alinéa est supprimée ;"},
			want: left4One("Le maire signe. Il part. Il dort. Il rit.", "Le juge juge.")},
		{name: "guard: les deuxième à dernière phrases", arts: A, text: []string{c, add, "2° Les deuxième à dernière phrases du premier alinéa sont supprimées ;"},
			want: left4One("Le maire signe. Il dort.", "Le juge juge.")},
		{name: "guard: but its last sentence", arts: A, text: []string{c, add, "2° Le premier alinéa, à l'exception de sa dernière phrase, est supprimé ;"},
			want: left4One("Il part. Il dort.", "Le juge juge.")},
		{name: "guard: under a context of the alinéa", arts: A, text: []string{c, "1° Le premier alinéa est ainsi modifié :", "a) Il est ajouté une phrase ainsi rédigée : « Il dort. » ;", "b) Les deux dernières phrases sont supprimées ;"},
			want: left4One("Le maire signe. Il dort.", "Le juge juge.")},
		{name: "guard: a sentence added at the start", arts: A, text: []string{c, "1° Au début du premier alinéa, est ajoutée une phrase ainsi rédigée : « Il dort. » ;", "2° Les deux dernières phrases du premier alinéa sont supprimées ;"},
			want: left4One("Il dort. Le maire signe.", "Le juge juge.")},
		{name: "guard: the last sentence rewritten after it was deleted: refused", arts: A, text: []string{c, "1° La dernière phrase du premier alinéa est supprimée ;", "2° La dernière phrase du premier alinéa est ainsi rédigée : « Il sort. » ;"}},
		{name: "one alinéa, the sentence added then the last deleted", arts: A2, text: []string{c, "1° Le premier alinéa est complété par une phrase ainsi rédigée : « Il dort. » et la dernière phrase du même alinéa est supprimée ;"},
			want: left4One("Le maire signe. Il vise. Il dort.", "Le juge juge. Il dort.")},
		{name: "one alinéa, the two last deleted", arts: A2, text: []string{c, "1° Le premier alinéa est complété par une phrase ainsi rédigée : « Il dort. » et les deux dernières phrases du même alinéa sont supprimées ;"},
			want: left4One("Le maire signe. Il dort.", "Le juge juge. Il dort.")},
		{name: "one alinéa, another alinéa's sentence", arts: A2, text: []string{c, "1° Le premier alinéa est complété par une phrase ainsi rédigée : « Il dort. » et la dernière phrase du second alinéa est supprimée ;"},
			want: left4One("Le maire signe. Il vise. Il part. Il dort.", "Le juge juge.")},
		{name: "one alinéa, another alinéa deleted", arts: A2, text: []string{c, "1° Le premier alinéa est complété par une phrase ainsi rédigée : « Il dort. » et le second alinéa est supprimé ;"},
			want: left4One("Le maire signe. Il vise. Il part. Il dort.")},
		{name: "one alinéa, an alinéa added then one deleted", arts: A2, text: []string{c, "1° Il est ajouté un alinéa ainsi rédigé : « Il rit. » et le premier alinéa est supprimé ;"},
			want: left4One("Le juge juge. Il dort.", "Il rit.")},
		{name: "one alinéa, words at a place of their own", arts: A2, text: []string{c, "1° Le premier alinéa est complété par une phrase ainsi rédigée : « Il dort. » et, au second alinéa, les mots : « Le juge » sont remplacés par les mots : « Un juge » ;"},
			want: left4One("Le maire signe. Il vise. Il part. Il dort.", "Un juge juge. Il dort.")},
		{name: "one alinéa, a sentence with no place: refused", arts: A2, text: []string{c, "1° Le premier alinéa est complété par une phrase ainsi rédigée : « Il dort. » et la dernière phrase est supprimée ;"}},
		{name: "one alinéa, words with no place: refused", arts: A2, text: []string{c, "1° Le premier alinéa est complété par une phrase ainsi rédigée : « Il dort. » et les mots : « Le juge » sont remplacés par les mots : « Un juge » ;"}},
		{name: "one alinéa, a sentence inserted then an alinéa: refused", arts: A2, text: []string{c, "1° Après la première phrase du premier alinéa, il est inséré une phrase ainsi rédigée : « Il dort. » et le second alinéa est supprimé ;"}},
	})
}
