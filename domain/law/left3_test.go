package law

import "testing"

// TestLeft3QuotedItemReference: "À l'article L. 1, la référence : « 2° »
// est remplacée par la référence : « 3° »" — the reference quoted is a
// string, and an item's bare label ("2°", "2° bis", "II", "a") names the
// 2° of this article and the 2° of another ("au 2° de l'article L. 5")
// alike: "la référence", one, is read where the place holds the label
// once; twice, which is meant is not said, refused (every occurrence was
// replaced, the other article's 2° with it). Deleted or as an anchor
// likewise, and in amendments (`Substituer à la référence : « 2° » …`,
// the Sénat's lines). "Les références : « 2° »", "à chaque occurrence"
// say every one; a reference that is no bare label ("L. 5") names one
// thing, every occurrence as before. Labels are not counted.
func TestLeft3QuotedItemReference(t *testing.T) {
	R := "À l'article L. 1 du code civil, la référence : « 2° » est remplacée par la référence : « 3° »."
	two := []string{"Le maire agit selon le 2° et le 2° de l'article L. 5."}
	runGrammar(t, []grammarCase{
		{name: "once", before: []string{"Le maire agit selon le 2° de l'article L. 5.", "2° Le juge lit."}, text: []string{R},
			want: []string{"Le maire agit selon le 3° de l'article L. 5.", "2° Le juge lit."}},
		{name: "twice: refused", before: two, text: []string{R}},
		{name: "roman, twice: refused", before: []string{"Selon le II et le II de l'article L. 5."}, text: []string{"À l'article L. 1 du code civil, la référence : « II » est remplacée par la référence : « III »."}},
		{name: "deleted, twice: refused", before: two, text: []string{"À l'article L. 1 du code civil, la référence : « 2° » est supprimée."}},
		{name: "anchor, twice: refused", before: two, text: []string{"À l'article L. 1 du code civil, après la référence : « 2° », sont insérés les mots : « du I »."}},
		{name: "les références: every one", before: two, text: []string{"À l'article L. 1 du code civil, les références : « 2° » sont remplacées par les références : « 3° »."},
			want: []string{"Le maire agit selon le 3° et le 3° de l'article L. 5."}},
		{name: "à chaque occurrence: every one", before: two, text: []string{"À l'article L. 1 du code civil, la référence : « 2° » est remplacée, à chaque occurrence, par la référence : « 3° »."},
			want: []string{"Le maire agit selon le 3° et le 3° de l'article L. 5."}},
		{name: "an article's number: every one", before: []string{"Selon l'article L. 5 et l'article L. 5."}, text: []string{"À l'article L. 1 du code civil, la référence : « L. 5 » est remplacée par la référence : « L. 6 »."},
			want: []string{"Selon l'article L. 6 et l'article L. 6."}},
	})
	runAmendments(t, []amCase{
		{"amendment, once", []string{"Le maire agit selon le 2° de l'article L. 5."}, "À l'alinéa 1, substituer à la référence : « 2° » la référence : « 3° ».", []string{"Le maire agit selon le 3° de l'article L. 5."}},
		{"amendment, twice: refused", two, "À l'alinéa 1, substituer à la référence : « 2° » la référence : « 3° ».", nil},
		{"Sénat, twice: refused", two, "Alinéa 1\nRemplacer la référence :\n2°\npar la référence :\n3°", nil},
		{"amendment, les références", two, "À l'alinéa 1, remplacer les références : « 2° » par les références : « 3° ».", []string{"Le maire agit selon le 3° et le 3° de l'article L. 5."}},
	})
}

// TestLeft3DivisionRenumberedAwayThenNamed: after "La section 2 devient
// la section 5" moved the section 2's articles, a later instruction of
// the bill naming the section 2 — repealed, its words edited, rewritten
// whole — names a number that now holds nothing: the division before its
// renumbering, or a new one the bill thinks is there, is not said.
// Refused with that reason (it was reported missing — the article
// absent, as if the corpus lacked it — and the rewrite put its new
// article over the one renumbered, in the section 5). A section 2 re-
// established ("Il est rétabli une section 2"), or filled again by a
// later renumbering, is read.
func TestLeft3DivisionRenumberedAwayThenNamed(t *testing.T) {
	arts := map[string][]string{"L1": {"Le juge signe."}, "L2": {"Le maire date."}, "L3": {"Le préfet vise."}}
	sec := func(n string) []string { return []string{"livre-ier", "titre-ier", "chapitre-ier", "section-" + n} }
	divs := map[string][]string{"L1": sec("1"), "L2": sec("2"), "L3": sec("3")}
	H := "Le chapitre Ier du titre Ier du livre Ier du code civil est ainsi modifié :"
	away := "1° La section 2 devient la section 5 ;"
	runDivisionsRefused(t, "repealed", arts, divs, []string{H, away, "2° La section 2 est abrogée."})
	runDivisionsRefused(t, "words in it", arts, divs, []string{H, away, "2° À la section 2, le mot : « date » est remplacé par le mot : « signe »."})
	runDivisionsRefused(t, "rewritten", arts, divs, []string{H, away, "2° La section 2 est ainsi rédigée :", "« Section 2", "« Du notaire", "« Art. L. 2. – Le notaire lit. »"})
	runDivisionsRefused(t, "renumbered again", arts, divs, []string{H, away, "2° La section 2 devient la section 6."})
	runDivisions(t, "filled again, then named", arts, divs,
		[]string{H, away, "2° La section 1 devient la section 2 ;", "3° La section 2 est abrogée."},
		map[string][]string{"L1": nil, "L2": arts["L2"], "L3": arts["L3"]})
	runDivisions(t, "the new number named", arts, divs,
		[]string{H, away, "2° La section 5 est abrogée."},
		map[string][]string{"L1": arts["L1"], "L2": nil, "L3": arts["L3"]})
	runDivisions(t, "re-established", arts, divs,
		[]string{H, away, "2° Il est rétabli une section 2 ainsi rédigée :", "« Section 2", "« Du notaire", "« Art. L. 4. – Le notaire lit. »"},
		map[string][]string{"L1": arts["L1"], "L2": arts["L2"], "L3": arts["L3"], "L4": {"Le notaire lit."}})
}

// TestLeft3RenumberedNoneHeldThenNamed: a division renumbered whose
// articles the corpus holds none of ("La section 7 devient la section
// 2", the section 7 not held) is recorded only, as before; a later
// instruction naming its new number, where the corpus files articles
// (the section 2 it holds), may mean the division renumbered: refused
// (it repealed the section 2 the corpus holds). With nothing held at
// the new number either, nothing is edited (missing, as before); other
// kinds ("Le chapitre unique devient la section 1") stay refused when
// named, as TestCodif2RenumberedElsewhereThenNamed says.
func TestLeft3RenumberedNoneHeldThenNamed(t *testing.T) {
	arts := map[string][]string{"L1": {"Le juge signe."}, "L2": {"Le maire date."}, "L3": {"Le préfet vise."}}
	sec := func(n string) []string { return []string{"livre-ier", "titre-ier", "chapitre-ier", "section-" + n} }
	divs := map[string][]string{"L1": sec("1"), "L2": sec("2"), "L3": sec("3")}
	H := "Le chapitre Ier du titre Ier du livre Ier du code civil est ainsi modifié :"
	runDivisionsRefused(t, "onto a number held, then named", arts, divs, []string{H, "1° La section 7 devient la section 2 ;", "2° La section 2 est abrogée."})
	runDivisionsRefused(t, "onto a number held, words in it", arts, divs, []string{H, "1° La section 7 devient la section 2 ;", "2° À la section 2, le mot : « date » est remplacé par le mot : « signe »."})
	runDivisions(t, "another section named", arts, divs,
		[]string{H, "1° La section 7 devient la section 2 ;", "2° La section 3 est abrogée."},
		map[string][]string{"L1": arts["L1"], "L2": arts["L2"], "L3": nil})
	runDivisionsRefused(t, "another kind, then named", arts, divs, []string{H, "1° La section 2 devient le paragraphe 1 ;", "2° La section 3 est abrogée."})
	// "Le chapitre unique devient la section 1": another kind, no parent
	// said — the titre around it named later is refused, by its old name
	// or its new one, or the titre; elsewhere, and articles by their
	// numbers (which it does not change), read.
	u := map[string][]string{"L1": {"Le juge signe."}, "L5": {"Le maire date."}, "L6": {"Le préfet vise."}}
	ud := map[string][]string{"L1": {"livre-ier", "titre-ier", "chapitre-ier"}, "L5": {"livre-ier", "titre-ii", "chapitre-unique"}, "L6": {"livre-ier", "titre-ii", "chapitre-unique"}}
	U := "Le chapitre unique du titre II du livre Ier du code civil devient la section 1."
	runDivisionsRefused(t, "chapitre unique, then named", u, ud, []string{U, "Le chapitre unique du titre II du livre Ier du code civil est abrogé."})
	runDivisionsRefused(t, "chapitre unique, its new name", u, ud, []string{U, "La section 1 du chapitre unique du titre II du livre Ier du code civil est abrogée."})
	runDivisionsRefused(t, "chapitre unique, the titre", u, ud, []string{U, "Le titre II du livre Ier du code civil est abrogé."})
	runDivisions(t, "chapitre unique, another titre", u, ud, []string{U, "Le chapitre Ier du titre Ier du livre Ier du code civil est abrogé."},
		map[string][]string{"L1": nil, "L5": u["L5"], "L6": u["L6"]})
	runDivisions(t, "chapitre unique, an article", u, ud, []string{U, "L'article L. 5 du code civil est abrogé."},
		map[string][]string{"L1": u["L1"], "L5": nil, "L6": u["L6"]})
}

// TestLeft3TransferredOnly: "L'article L. 2 du code civil est transféré
// au chapitre II du titre Ier du livre Ier" (`Les articles L. 2 et L. 3
// sont transférés à la section 4 …`, a range, under "Le code civil est
// ainsi modifié :") moves the article among the divisions, its number
// and text kept: read as the transfer that renumbers (it was not
// understood), its text where it was, its folders no longer saying its
// division; a later instruction naming the division it went to is
// refused (the chapitre II repealed without it), as after a transfer
// that renumbers; the one it left no longer holds it. A place naming a
// text ("au chapitre II du code pénal") or an article ("après l'article
// L. 4") stays refused.
func TestLeft3TransferredOnly(t *testing.T) {
	arts := map[string][]string{"L1": {"Le juge signe."}, "L2": {"Le maire date."}, "L3": {"Le préfet vise."}, "L4": {"Le clerc lit."}}
	sec := func(n string) []string { return []string{"livre-ier", "titre-ier", "chapitre-ier", "section-" + n} }
	divs := map[string][]string{"L1": sec("1"), "L2": sec("2"), "L3": sec("3"), "L4": {"livre-ier", "titre-ier", "chapitre-ii"}}
	runDivisions(t, "one", arts, divs, []string{"L'article L. 2 du code civil est transféré au chapitre II du titre Ier du livre Ier."}, arts)
	runDivisions(t, "two", arts, divs, []string{"Les articles L. 2 et L. 3 du code civil sont transférés à la section 4 du chapitre Ier du titre Ier du livre Ier."}, arts)
	runDivisions(t, "a range, under a head", arts, divs, []string{"Le code civil est ainsi modifié :", "1° Les articles L. 2 à L. 3 sont transférés à la section 4 du chapitre Ier du titre Ier du livre Ier."}, arts)
	runDivisions(t, "the division it left", arts, divs,
		[]string{"Le code civil est ainsi modifié :", "1° L'article L. 2 est transféré au chapitre II du titre Ier du livre Ier ;", "2° Le chapitre Ier du titre Ier du livre Ier est abrogé."},
		map[string][]string{"L1": nil, "L2": arts["L2"], "L3": nil, "L4": arts["L4"]})
	runDivisionsRefused(t, "the division it went to", arts, divs,
		[]string{"Le code civil est ainsi modifié :", "1° L'article L. 2 est transféré au chapitre II du titre Ier du livre Ier ;", "2° Le chapitre II du titre Ier du livre Ier est abrogé."})
	t.Run("renumbered too, the division it went to: refused", func(t *testing.T) {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{"Le code civil est ainsi modifié :", "1° L'article L. 2 est transféré au chapitre II du titre Ier du livre Ier et devient l'article L. 20 ;", "2° Le chapitre II du titre Ier du livre Ier est abrogé."}}})
		got, errs := Apply(divisionCorpus(arts, divs), ins, ApplyOptions{})
		if !refusedSomewhere(ins, errs) {
			t.Fatalf("applied, want the repeal refused")
		}
		if _, ok := got[CodeRef{Code: "code civil", Article: "l4"}]; !ok {
			t.Errorf("the chapitre II repealed")
		}
		if _, ok := got[CodeRef{Code: "code civil", Article: ArticleKey("L20")}]; !ok {
			t.Errorf("the transfer not applied")
		}
	})
	runDivisionsRefused(t, "to another text", arts, divs, []string{"L'article L. 2 du code civil est transféré au chapitre II du code pénal."})
	runDivisionsRefused(t, "after an article", arts, divs, []string{"L'article L. 2 du code civil est transféré après l'article L. 4."})
}

// TestLeft3AtTheHeadOfAPart: "En tête du I, insérer les mots : « … »"
// (amendments) and "En tête du I de l'article L. 1, sont insérés les
// mots : « … »" ("À l'article L. 1, en tête du I, …", "En tête de
// l'article L. 1, il est inséré un alinéa …") are the start of that
// place, as "Au début du I" and TestLeft2AtTheHead's "En tête de
// l'alinéa 2" (they were refused, "respectivement" or "no place said").
// An alinéa put at the head of a numbered part stays refused, as at its
// start: where the I's label goes is not said.
func TestLeft3AtTheHeadOfAPart(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat.", "Le préfet date le contrat.", "II. – Le contrat est conservé."}
	head := []string{"I. – Chaque année, le maire signe le contrat.", A[1], A[2]}
	runAmendments(t, []amCase{
		{"en tête du I, words", A, "En tête du I, insérer les mots : « Chaque année, »", head},
		{"en tête du II, after a part number", A, "I. – En tête du II, insérer les mots : « Chaque année, »\nII. – À l'alinéa 2, substituer au mot : « date » le mot : « lit ».", []string{A[0], "Le préfet lit le contrat.", "II. – Chaque année, le contrat est conservé."}},
		{"en tête du I, an alinéa: refused", A, "En tête du I, insérer un alinéa ainsi rédigé :\n« Le greffier note. »", nil},
	})
	runGrammar(t, []grammarCase{
		{name: "bill: en tête du I, words", before: A, text: []string{"En tête du I de l'article L. 1 du code civil, sont insérés les mots : « Chaque année, »."}, want: head},
		{name: "bill: after a comma", before: A, text: []string{"À l'article L. 1 du code civil, en tête du I, sont insérés les mots : « Chaque année, »."}, want: head},
		{name: "bill: en tête de l'article, an alinéa", before: A, text: []string{"En tête de l'article L. 1 du code civil, il est inséré un alinéa ainsi rédigé :", "« Le greffier note. »"}, want: append([]string{"Le greffier note."}, A...)},
		{name: "bill: en tête du I, an alinéa: refused", before: A, text: []string{"En tête du I de l'article L. 1 du code civil, il est inséré un alinéa ainsi rédigé :", "« Le greffier note. »"}},
		{name: "bill: quoted, words", before: []string{"Le maire signe."}, text: []string{"À l'article L. 1 du code civil, le mot : « signe » est remplacé par les mots : « marche en tête du cortège »."}, want: []string{"Le maire marche en tête du cortège."}},
	})
}

// TestLeft3UnquotedItemReferences: "À l'article L. 1, les références aux
// 2° et 3° sont remplacées par les références aux 3° et 4°" (unquoted;
// "aux 2° à 4°", "aux 2°, 3° et 5°") is the
// list as the text writes it, "2° et 3°", one string replaced where the
// place holds it once (it was not understood); twice, which is meant is
// not said, and items written apart ("au 2° … au 3°") are not the list:
// refused (replaced one by one, the new 3° became a 4°).
func TestLeft3UnquotedItemReferences(t *testing.T) {
	U := "À l'article L. 1 du code civil, les références aux 2° et 3° sont remplacées par les références aux 3° et 4°."
	runGrammar(t, []grammarCase{
		{name: "once", before: []string{"Le maire agit selon les 2° et 3° de l'article L. 5."}, text: []string{U}, want: []string{"Le maire agit selon les 3° et 4° de l'article L. 5."}},
		{name: "a range", before: []string{"Selon les 2° à 4° de l'article L. 5."}, text: []string{"À l'article L. 1 du code civil, les références aux 2° à 4° sont remplacées par les références aux 3° à 5°."}, want: []string{"Selon les 3° à 5° de l'article L. 5."}},
		{name: "three", before: []string{"Selon les 2°, 3° et 5° de l'article L. 5."}, text: []string{"À l'article L. 1 du code civil, les références aux 2°, 3° et 5° sont remplacées par les références aux 3°, 4° et 6°."}, want: []string{"Selon les 3°, 4° et 6° de l'article L. 5."}},
		{name: "twice: refused", before: []string{"Selon les 2° et 3° de l'article L. 5 et les 2° et 3° de l'article L. 6."}, text: []string{U}},
		{name: "apart: refused", before: []string{"Selon le 2° et selon le 3° de l'article L. 5."}, text: []string{U}},
	})
}

// TestLeft3StartUpToWords: a new start bounded by words, "Rédiger ainsi
// le début de l'alinéa 2 jusqu'au mot : « date » : « Le juge signe »"
// (the Sénat's "Alinéa 2, première phrase" / "Rédiger ainsi le début de
// cette phrase jusqu'au mot : « date » :" / its line, "jusqu'aux mots",
// "… inclus", "Remplacer le début … par", the bills' "Le début de la
// première phrase … jusqu'au mot : « A » est ainsi rédigé"), replaces
// the start to those words, them included: read. One said to leave them
// out, "jusqu'au mot : « date » exclu" ("(non inclus)", "non compris",
// "exclusivement"), is refused (the word was replaced with the rest); and
// a new start naming no bound, without the "…" (TestLeft2StartWithoutItsEnd),
// stays refused in amendments and bills.
func TestLeft3StartUpToWords(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat.", "Le préfet date le contrat. Il le remet.", "Le juge lit le contrat.", "II. – Le contrat est conservé."}
	got := []string{A[0], "Le juge signe le contrat. Il le remet.", A[2], A[3]}
	runAmendments(t, []amCase{
		{"jusqu'au mot", A, "Rédiger ainsi le début de la première phrase de l'alinéa 2 jusqu'au mot : « date » : « Le juge signe »", got},
		{"Sénat: cette phrase", A, "Alinéa 2, première phrase\nRédiger ainsi le début de cette phrase jusqu'au mot : « date » :\nLe juge signe", got},
		{"jusqu'aux mots", A, "Rédiger ainsi le début de l'alinéa 2 jusqu'aux mots : « date le » : « Le juge signe le »", got},
		{"inclus", A, "Rédiger ainsi le début de l'alinéa 2 jusqu'au mot : « date » inclus : « Le juge signe »", got},
		{"remplacer le début", A, "Remplacer le début de l'alinéa 2 jusqu'au mot : « date » par les mots : « Le juge signe »", got},
		{"exclu: refused", A, "Rédiger ainsi le début de l'alinéa 2 jusqu'au mot : « date » exclu : « Le juge signe »", nil},
		{"(non inclus): refused", A, "Rédiger ainsi le début de l'alinéa 2 jusqu'au mot : « date » (non inclus) : « Le juge signe »", nil},
		{"remplacer, exclu: refused", A, "Remplacer le début de l'alinéa 2 jusqu'au mot : « date » exclu par les mots : « Le juge signe »", nil},
		{"supprimer, exclu: refused", A, "Supprimer le début de l'alinéa 2 jusqu'au mot : « date » exclu.", nil},
		{"no bound, no ellipsis: refused", A, "Rédiger ainsi le début de l'alinéa 2 : « Le juge signe »", nil},
	})
	L := []string{"Le préfet date le contrat. Il le remet."}
	runGrammar(t, []grammarCase{
		{name: "bill: jusqu'au mot", before: L, text: []string{"Le début de la première phrase de l'article L. 1 du code civil jusqu'au mot : « date » est ainsi rédigé : « Le juge signe »."}, want: []string{"Le juge signe le contrat. Il le remet."}},
		{name: "bill: exclu: refused", before: L, text: []string{"Le début de la première phrase de l'article L. 1 du code civil jusqu'au mot : « date » exclu est ainsi rédigé : « Le juge signe »."}},
		{name: "bill: exclusivement: refused", before: L, text: []string{"Le début de la première phrase de l'article L. 1 du code civil jusqu'au mot : « date » exclusivement est supprimé."}},
		{name: "bill: no bound: refused", before: L, text: []string{"Le début de la première phrase de l'article L. 1 du code civil est ainsi rédigé : « Le juge signe »."}},
	})
}

// TestLeft3PartsDeferredByALaterAlinea: a later alinéa of the bill
// article setting the day some of its parts take effect — "III. – Le I
// entre en vigueur le 1er janvier 2030." ("Le 2° entre en vigueur …",
// "Le 2° du I …", "Les I et II …", "Les I à II du présent article …",
// "Les dispositions du II s'appliquent à compter du …", "… prend effet
// …", "Le présent article entre en vigueur …") — defers them: refused as
// deferred, as a date in the instruction is (TestLegCodifDeferredOrTemporary);
// they were applied at once. The other parts stay applied. "La présente
// loi entre en vigueur …" concerns the whole law, applied at its own
// date, and a date that is the law's own ("le lendemain de la
// publication de la présente loi") defers nothing; "Le I est applicable
// aux contrats conclus à compter du …" is no date of the text. An item
// named without its roman part where the article has several, or parts
// not read, defer the whole article. A date set by a delay or an event
// ("six mois après la publication …", "à une date fixée par décret")
// stays applied, as before (what refusing it costs the development set:
// docs/LAW.md, reEntryCalendar).
func TestLeft3PartsDeferredByALaterAlinea(t *testing.T) {
	I := "I. – L'article L. 1 du code civil est abrogé."
	II := "II. – L'article L. 2 du code civil est abrogé."
	L2 := []string{"l2 Le maire date.", "loi-2000-1:1 Le préfet vise.", "loi-2000-1:2 Le clerc lit.", "loi-2000-2:1 Le greffier note."}
	none := []string{"loi-2000-1:1 Le préfet vise.", "loi-2000-1:2 Le clerc lit.", "loi-2000-2:1 Le greffier note."}
	deferredOnly := func(name string, text []string, want []string) {
		t.Helper()
		t.Run(name, func(t *testing.T) {
			c := Corpus{}
			for _, h := range []string{"L1", "L2"} {
				ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
				c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: []string{map[string]string{"L1": "Le juge signe.", "L2": "Le maire date."}[h]}}
			}
			ins := ParseInstructions([]Article{{Number: "1er", Alineas: text}})
			got, _ := Apply(c, ins, ApplyOptions{})
			var left []string
			for r := range got {
				left = append(left, string(r.Article))
			}
			deferred := 0
			for _, in := range ins {
				if in.Status == Unparsed && len(in.Reason) > 9 && in.Reason[:9] == "deferred:" {
					deferred++
				}
			}
			if deferred == 0 && len(want) < 2 {
				t.Fatalf("nothing deferred: %+v", ins)
			}
			if len(left) != len(want) {
				t.Fatalf("left %v, want %v", left, want)
			}
			for _, w := range want {
				if _, ok := got[CodeRef{Code: "code civil", Article: ArticleKey(w)}]; !ok {
					t.Errorf("%s gone, want kept (left %v)", w, left)
				}
			}
		})
	}
	deferredOnly("le I", []string{I, II, "III. – Le I entre en vigueur le 1er janvier 2030."}, []string{"L1"})
	deferredOnly("le I du présent article, à compter du", []string{I, II, "III. – Le I du présent article entre en vigueur à compter du 1er janvier 2030."}, []string{"L1"})
	deferredOnly("les dispositions du II s'appliquent à compter du", []string{I, II, "III. – Les dispositions du II s'appliquent à compter du 1er janvier 2030."}, []string{"L2"})
	deferredOnly("les I et II", []string{I, II, "III. – Les I et II entrent en vigueur le 1er janvier 2030."}, []string{"L1", "L2"})
	deferredOnly("les I à II", []string{I, II, "III. – Les I à II du présent article entrent en vigueur le 1er janvier 2030."}, []string{"L1", "L2"})
	deferredOnly("le présent article", []string{I, II, "III. – Le présent article entre en vigueur le 1er janvier 2030."}, []string{"L1", "L2"})
	items := []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 est abrogé ;", "2° L'article L. 2 est abrogé."}
	deferredOnly("le 2°, unlabelled", append(append([]string(nil), items...), "Le 2° entre en vigueur le 1er janvier 2030."), []string{"L2"})
	deferredOnly("le 2° du I", []string{"I. – Le code civil est ainsi modifié :", items[1], items[2], "II. – Le 2° du I prend effet le 1er janvier 2030."}, []string{"L2"})
	deferredOnly("le 2°, romans: the whole article", []string{"I. – Le code civil est ainsi modifié :", items[1], items[2], "II. – Le 2° entre en vigueur le 1er janvier 2030."}, []string{"L1", "L2"})
	runTexts(t, "la présente loi: applied", []string{I, II, "III. – La présente loi entre en vigueur le 1er janvier 2030."}, none)
	runTexts(t, "the law's own date: applied", []string{I, II, "III. – Le I entre en vigueur le lendemain de la publication de la présente loi."}, none)
	runTexts(t, "à compter de la publication de la présente loi: applied", []string{I, "II. – Le I s'applique à compter de la publication de la présente loi."}, L2)
	runTexts(t, "in the new text: applied", []string{"L'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1. – Le juge lit.", "« Le présent article entre en vigueur le 1er janvier 2030. »"},
		[]string{"l1 Le juge lit. / Le présent article entre en vigueur le 1er janvier 2030.", "l2 Le maire date.", "loi-2000-1:1 Le préfet vise.", "loi-2000-1:2 Le clerc lit.", "loi-2000-2:1 Le greffier note."})
	runTexts(t, "six mois après: applied, as before", []string{I, II, "III. – Le I entre en vigueur six mois après la publication de la présente loi."}, none)
	runTexts(t, "a date fixed by decree: applied, as before", []string{I, II, "III. – Le I entre en vigueur à une date fixée par décret."}, none)
	runTexts(t, "applicable to contracts: applied", []string{I, "II. – Le I est applicable aux contrats conclus à compter du 1er janvier 2030."}, L2)
}
