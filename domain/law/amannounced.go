package law

import "strings"

// amThisAlinea is a head pointing at "cet alinéa", folded;
// amSentenceOfThis a sentence of it ("la dernière phrase de cet
// alinéa"), amSentenceNamed any sentence named ("la première phrase",
// "les deux dernières phrases"), amSentenceAnnounced new sentences ("par
// deux phrases ainsi rédigées"), which name none.
var (
	amThisAlinea        = mustRe(`\bcet\s+alinea\b`)
	amSentenceOfThis    = mustRe(`\bphrases?\s+de\s+cet\s+alinea\b`)
	amSentenceNamed     = mustRe(`\bphrases?\b`)
	amSentenceAnnounced = mustRe(`\bphrases?\s+(?:ainsi\s+redigees?|suivantes?)\b`)
)

// newTextFitsKind reports whether the new text of each edit fits the kind
// of text it takes: words lie inside one alinéa, so words quoted over
// several alinéas ("les mots :" / "« A." / "« B. »", each alinéa of the
// quotation opening its own mark, « or “) are no words — refused (the alinéas were
// joined, a stray "«" in the middle). Words inserted are never empty: an
// empty quotation inserted or added ("insérer les mots : « »") is text
// lost — refused (nothing was inserted and the amendment counted applied;
// words replaced by « » are deleted, TestGrammarAmendmentReplacedByNothing).
//
// Sentences lie inside one alinéa too: new sentences on several alinéas
// ("Compléter l'alinéa 2 par une phrase ainsi rédigée :" / "« Il dort. »" /
// "« Il lit. »", a sentence rewritten by two alinéas) are refused — the
// second alinéa was joined to the first as a sentence, where a new alinéa
// may have been meant; and sentences announced where the place is between
// alinéas ("Après l'alinéa 2, insérer une phrase ainsi rédigée") are
// refused — which alinéa they join is not said (a new alinéa was made).
func newTextFitsKind(head string, es []Edit) bool {
	sentences := false
	if m := amCount.FindStringSubmatch(asciiLower(foldAccents(shapeOnly(head)))); m != nil && strings.HasPrefix(m[1], "phrase") {
		sentences = true
	}
	// "Compléter l'alinéa 2 par deux phrases ainsi rédigées : « Il
	// dort. »": one sentence given for two — refused, as in the bills
	// (it was added as if two; trois announced, two given, likewise).
	announced, counted := announcedCount(reAnnouncedSentences, asciiLower(foldAccents(shapeOnly(head))))
	if !alineasAsAnnounced(head, es) {
		return false
	}
	for _, e := range es {
		if (e.Kind == EditInsertAlineas || e.Kind == EditAppendAlineas || e.Kind == EditRewrite) && e.Scope.Sentence == 0 && itemsInOneLine(e.Lines) {
			return false
		}
		// "Rédiger ainsi l'alinéa 4 : « Le président … conseil. (Le reste
		// sans changement) »": the remark left in the new text says the
		// rest stays, but not where it begins — refused (it went into
		// the article as words). A new beginning reads it
		// (TestGrammarAmendmentRestUnchangedStart).
		for _, l := range append([]string{e.New}, e.Lines...) {
			if m := amRestInText.FindStringIndex(l); m != nil && e.Kind != EditRewriteStart && !amStatusLead.MatchString(l[:m[0]]) {
				return false
			}
		}
	}
	for _, e := range es {
		if counted && announced > 1 && len(e.Lines) > 0 {
			got := 0
			for _, l := range e.Lines {
				got += len(sentenceBounds(stripQuotes(l)))
			}
			if got != announced || !sentencesAsAnnounced29(e.Lines, announced) {
				return false
			}
		}
		switch {
		case sentences && (e.Kind == EditInsertAlineas || e.Kind == EditAppendAlineas):
			return false
		case e.Kind == EditInsertSentences && len(e.Lines) > 1:
			return false
		case e.Scope.Sentence != 0 && len(e.Lines) > 1 && (e.Kind == EditRewrite || e.Kind == EditRewriteEnd || e.Kind == EditRewriteStart):
			return false
		}
		if p := e.Scope.Path; e.Kind == EditRewrite && e.Scope.Sentence == 0 && len(p) > 0 && p[len(p)-1].Item != "" && p[len(p)-1].Alinea == 0 && len(e.Lines) > 0 {
			// "Rédiger ainsi le II : « III. – … »" (Rétablir, Substituer
			// au II …): the division named and the new text's label are
			// two labels — refused (the text's went in: two III); new
			// text without a label ("Rédiger ainsi le II : « Le préfet
			// … »"), whether the II keeps its number is not said —
			// refused (it lost it, "III. –" following an unnumbered
			// alinéa); "… –" keeps it (labelOfRewritten).
			first := strings.TrimLeft(e.Lines[0], " \u00a0«\"“")
			l, k := labelOf(first)
			if k != 0 && !announcedIs(l, p[len(p)-1].Item) || k == 0 && !strings.HasPrefix(first, "…") && !strings.HasPrefix(first, "...") {
				return false
			}
		}
		for _, w := range []string{e.Old, e.New, e.Anchor} {
			if strings.Count(w, "«") > strings.Count(w, "»") || strings.Count(w, "“") > strings.Count(w, "”") {
				return false
			}
		}
		switch e.Kind {
		case EditInsertWords, EditAppendWords:
			if strings.Trim(e.New, " \u00a0") == "" {
				return false
			}
		case EditInsertAlineas, EditAppendAlineas, EditRewrite, EditRewriteEnd, EditRewriteStart, EditInsertSentences:
			// New text quoted empty ("insérer un alinéa ainsi rédigé :
			// « »", "Rédiger ainsi l'alinéa 2 : « »") is text lost —
			// refused (an empty alinéa was made). One alinéa whose
			// quotation inside is left open ("« Le juge dit : « Oui »."
			// read as "Le juge dit : « Oui") ends where is not said —
			// refused; a mark opening the alinéa is a bill's quotation
			// going on.
			for _, l := range e.Lines {
				if strings.Trim(l, " \u00a0«»\"“”") == "" {
					return false
				}
			}
			if len(e.Lines) == 1 {
				t := strings.TrimPrefix(strings.TrimLeft(e.Lines[0], " \u00a0"), "«")
				if strings.Count(t, "«") > strings.Count(t, "»") {
					return false
				}
			}
		}
	}
	return true
}

// alineasAsAnnounced reports whether the new text of each edit holds as
// many alinéas as its head announces: "insérer deux alinéas ainsi rédigés
// :" (Sénat "Remplacer ces alinéas par trois alinéas ainsi rédigés :")
// then another number of alinéas, or "un alinéa ainsi rédigé" ("l'alinéa
// suivant") then several, contradicts itself — the new text and the
// count disagree, which is the law's is not said (every line given went
// in, whatever the count). A head announcing nothing ("Rédiger ainsi les
// alinéas 2 et 3 :", "les alinéas suivants") takes what follows.
func alineasAsAnnounced(head string, es []Edit) bool {
	n := announcedAlineas(asciiLower(foldAccents(shapeOnly(head))))
	if n == 0 {
		return true
	}
	// An end rewritten over several alinéas is two edits, the end and
	// the alinéas after it: their lines together are the new text; the
	// same lines on several places count once.
	seen := map[string]bool{}
	var lines []string
	for _, e := range es {
		switch e.Kind {
		case EditInsertAlineas, EditAppendAlineas, EditRewrite, EditRewriteEnd, EditRewriteStart:
			if k := strings.Join(e.Lines, "\n"); len(e.Lines) > 0 && e.Scope.Sentence == 0 && !seen[k] {
				seen[k] = true
				lines = append(lines, e.Lines...)
			}
		}
	}
	return len(lines) == 0 || len(lines) == n || introducedUnits(lines) == n
}

// announcedAlineas is the count of new alinéas a head announces, folded
// (asciiLower(foldAccents(…))), one rule for the amendment's own head
// (alineasAsAnnounced) and for a bill's line its new text holds
// (introducedUnits): "deux alinéas ainsi rédigés" (amAnnounced) is 2; "un
// alinéa ainsi rédigé", "l'alinéa suivant" (amOneAnnounced, the
// participle's agreement aside: "un alinéa ainsi rédigés") is 1, unless an
// announcement in the plural stands beside it ("deux phrases et un alinéa
// ainsi rédigés": its lines are not all alinéas); 0 when no count is said
// ("les alinéas suivants", "un paragraphe ainsi rédigé", "est ainsi rédigé
// :"). The two read it apart before: "un alinéa ainsi rédigés" was no
// count for the head (every line went in) and one for a bill's line, and
// a plural beside "un alinéa" none for the head only.
func announcedAlineas(low string) int {
	if n, ok := announcedCount(amAnnounced, low); ok && n > 0 {
		return n
	}
	m := amOneAnnounced.FindStringIndex(low)
	if m == nil {
		return 0
	}
	for _, p := range reAnnouncedPlural.FindAllStringIndex(low, -1) {
		if p[0] < m[0] || p[1] > m[1] {
			return 0
		}
	}
	return 1
}

// introducedUnits counts new text's lines as the drafters count alinéas
// when the text is a bill's line introducing a quotation of its own
// ("Insérer un alinéa ainsi rédigé :" / "1° bis L'article 3 est complété
// par un alinéa ainsi rédigé :" / "« Le juge statue. »"): the
// introducing line and the quoted alinéas it announces are one — a
// layout of the quotation, not another count. A quoted run is the line
// before's only when that line ends with a colon and announces as many
// alinéas as the run holds (or no count: "est ainsi rédigé :"); else
// every line counts, and 0 is returned when nothing was joined.
func introducedUnits(lines []string) int {
	own := true // every line opens the amendment's own quotation
	for _, l := range lines {
		own = own && isQuoted(l)
	}
	strip := func(l string) string {
		l = strings.TrimLeft(l, " \u00a0")
		if own {
			l = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(l, "«"), "\""), "“"), " \u00a0")
		}
		return l
	}
	units, joined := 0, false
	for i := 0; i < len(lines); {
		head := strip(lines[i])
		j := i + 1
		for j < len(lines) && isQuoted(strip(lines[j])) {
			j++
		}
		if j > i+1 && strings.HasSuffix(strings.TrimRight(strings.TrimRight(head, " \u00a0»\"”"), " \u00a0"), ":") && !isQuoted(head) {
			if n := announcedAlineas(asciiLower(foldAccents(shapeOnly(head)))); n == 0 || n == j-i-1 {
				units++
				joined = true
				i = j
				continue
			}
		}
		units++
		i++
	}
	if !joined {
		return 0
	}
	return units
}

// itemsInOneLine reports whether a line of new alinéas holds, after its
// own item's label, another item of its kind after a semicolon or a
// period ("1° bis L'article 1-1 est abrogé ; 1° ter L'article 1-2 est
// abrogé ;"), or two items of a kind after its colon ("2° … : a) … ; b)
// …"): items written in one paragraph — two
// alinéas or one is not said (the line went in as one alinéa holding
// both), refused. A reference to an item inside the text ("mentionnés
// au 2° ;") is none: the label must follow the mark and begin a clause
// (a capital after it).
func itemsInOneLine(lines []string) bool {
	for _, l := range lines {
		t := strings.TrimLeft(strings.TrimSpace(l), "«\"“ \u00a0")
		_, k := labelOf(t)
		if k == 0 {
			continue
		}
		seen := map[byte]bool{k: true}
		for _, m := range amItemAfterMark.FindAllStringIndex(t, -1) {
			_, k2 := labelOf(t[m[0]+1:])
			if k2 == 0 || !amClauseAfterLabel.MatchString(t[m[0]+1:]) {
				continue
			}
			if seen[k2] && t[m[0]] != ':' {
				return true
			}
			seen[k2] = true
		}
	}
	return false
}

// amItemAfterMark is a semicolon, a colon or a period followed by a
// label-like start ("; 1° ter", ": a)"); amClauseAfterLabel a label then a capital
// ("1° ter L'article", "b) Le juge").
var (
	amItemAfterMark    = mustRe(`[;:.]\s+(?:\d+\s*°|[a-z]{1,2}\)|[IVX]+\s*\.\s*[-–—])`)
	amClauseAfterLabel = mustRe(`^\s*(?:\d+\s*°(?:\s+(?:` + latinOrd + `))?|[a-z]{1,2}\)|[IVX]+(?:\s+(?:` + latinOrd + `))?\s*\.\s*[-–—])\s+\p{Lu}`)
)

// amOneAnnounced is one new alinéa announced, folded: "un alinéa ainsi
// rédigé", "l'alinéa suivant" (reOneAlinea, the bills'), agreement
// aside ("un alinéa ainsi rédigée").
var amOneAnnounced = mustRe(`\b(?:un\s+(?:nouvel\s+)?alinea\s+(?:ainsi\s+redigee?s?|redige\s+comme\s+suit)|l'alinea\s+suivant)\b`)

// quoteRead reports whether an edit reads the quotation q.
func quoteRead(q string, es []Edit) bool {
	q = strings.TrimSpace(q)
	for _, e := range es {
		if strings.TrimSpace(e.Old) == q || strings.TrimSpace(e.New) == q || strings.TrimSpace(e.Anchor) == q {
			return true
		}
		for _, l := range e.Lines {
			if strings.Contains(l, q) || strings.Contains(q, strings.TrimSpace(l)) {
				return true
			}
		}
	}
	return false
}
