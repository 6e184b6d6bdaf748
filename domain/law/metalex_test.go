package law

// Lexical and layout rewrites of the instruction language for
// TestMetamorphic (metamorphic_test.go): other wordings the French
// legislative modification language uses for the same instruction — "est
// modifié comme suit :" for "est ainsi modifié :", "remplacer les mots :
// « A » par les mots : « B »" for "substituer aux mots : « A » les mots :
// « B »", the Sénat's one-element-a-line layout for the Assemblée's
// one-sentence one, and back. Each keeps the instruction's meaning; the
// quoted texts are left alone.

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// allowMeta adds entries to metaAllowed from this file.
func allowMeta(m map[string]string) bool {
	for k, v := range m {
		metaAllowed[k] = v
	}
	return true
}

// The differences these rewrites make that are not meaning-preserving,
// each with its reason (none: every LOST or CHANGED found was either a
// rule of the language the engine now reads, or a fault of the rewrite,
// fixed).
var _ = allowMeta(map[string]string{})

// ---- Helpers ----------------------------------------------------------

// mlQ matches one quotation: « … » (one level of nesting), "…", “…”.
const mlQ = `(?:«(?:[^«»]|«[^«»]*»)*»|"[^"]*"|“[^”]*”)`

// mlNoun is the name of the words an instruction quotes.
const mlNoun = `(?:le mot|les mots|la référence|les références|le taux|le nombre|la date|l'année|le montant|la somme|le chiffre|les chiffres|l’année)`

// mapSegments applies f to each part of s outside its top-level
// quotations; quoted says whether a quotation follows the part.
func mlMapSegments(s string, f func(seg string, quoted bool) string) string {
	var b strings.Builder
	at := 0
	for _, sp := range topQuotations(s) {
		b.WriteString(f(s[at:sp[0]], true))
		b.WriteString(s[sp[0]:sp[1]])
		at = sp[1]
	}
	b.WriteString(f(s[at:], false))
	return b.String()
}

// outside replaces re by repl in the parts of s outside quotations.
func mlOutside(re *regexp.Regexp, repl string) func(string) string {
	return func(s string) string {
		return mapOutsideQuotes(s, func(p string) string { return re.ReplaceAllString(p, repl) })
	}
}

func mlUpperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

func mlLowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// startsUpper says whether s begins with a capital.
func mlStartsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// likeCase gives repl the case of orig's first letter.
func mlLikeCase(orig, repl string) string {
	if mlStartsUpper(orig) {
		return mlUpperFirst(repl)
	}
	return mlLowerFirst(repl)
}

// quoteBody is a quotation's text without its marks and spaces.
func mlQuoteBody(q string) string {
	q = strings.TrimSpace(q)
	for _, m := range [][2]string{{"«", "»"}, {"\"", "\""}, {"“", "”"}} {
		if strings.HasPrefix(q, m[0]) && strings.HasSuffix(q, m[1]) && len(q) >= len(m[0])+len(m[1]) {
			return strings.TrimSpace(q[len(m[0]) : len(q)-len(m[1])])
		}
	}
	return q
}

// contract is the noun with the preposition à contracted ("les mots" →
// "aux mots", "la référence" → "à la référence").
func mlContractA(noun string) string {
	switch {
	case strings.HasPrefix(noun, "les "):
		return "aux " + noun[4:]
	case strings.HasPrefix(noun, "le "):
		return "au " + noun[3:]
	default:
		return "à " + noun
	}
}

// ---- Bills: "est ainsi modifié :" -----------------------------------

var (
	mlAinsiModifie  = regexp.MustCompile(`\b(est|sont) ainsi (modifi(?:é|ée|és|ées))\s*:`)
	mlAinsiRedige   = regexp.MustCompile(`\b(est|sont) ainsi (rédig(?:é|ée|és|ées))\s*:`)
	mlAinsiRedigeN  = regexp.MustCompile(`\bainsi (rédig(?:é|ée|és|ées))\s*:`)
	mlRedigerAinsi  = regexp.MustCompile(`\b([Rr])édiger ainsi\b`)
	mlRedigerCSuit  = regexp.MustCompile(`\b([Rr])édiger comme suit\b`)
	mlCommeSuitPart = regexp.MustCompile(`\b(rédig(?:é|ée|és|ées)) comme suit\s*:`)
)

// ---- Words: colon, number -------------------------------------------

var (
	mlNounColonEnd = regexp.MustCompile(`\b(` + mlNoun[3:len(mlNoun)-1] + `)\s*:\s*$`)
	// a singular "le mot : « A »" and what agrees with it.
	mlLeMotQ   = regexp.MustCompile(`\b([Ll]e|[Aa]u|[Dd]u) mot(\s*:\s*)(` + mlQ + `)(\s*,?\s*)(?:(est|sera) (remplacé|supprimé|inséré|ajouté))?`)
	mlEstLeMot = regexp.MustCompile(`\b(est|sera) (inséré|ajouté) le mot(\s*:\s*)(` + mlQ + `)`)
)

// oneWord says whether a quotation holds one word.
func mlOneWord(q string) bool {
	b := mlQuoteBody(q)
	return b != "" && !strings.ContainsAny(b, " \u00a0\u202f") && !strings.ContainsAny(b, "«»\"")
}

func mlMotPluriel(s string) string {
	s = mlEstLeMot.ReplaceAllStringFunc(s, func(m string) string {
		g := mlEstLeMot.FindStringSubmatch(m)
		if !mlOneWord(g[4]) {
			return m
		}
		verb := "sont"
		if g[1] == "sera" {
			verb = "seront"
		}
		return verb + " " + g[2] + "s les mots" + g[3] + g[4]
	})
	return mlLeMotQ.ReplaceAllStringFunc(s, func(m string) string {
		g := mlLeMotQ.FindStringSubmatch(m)
		if !mlOneWord(g[3]) {
			return m
		}
		art := map[string]string{"le": "les", "Le": "Les", "au": "aux", "Au": "Aux", "du": "des", "Du": "Des"}[g[1]]
		out := art + " mots" + g[2] + g[3] + g[4]
		if g[5] != "" {
			verb := "sont"
			if g[5] == "sera" {
				verb = "seront"
			}
			out += verb + " " + g[6] + "s"
		}
		return out
	})
}

// ---- Bills: "après le mot : « A », sont insérés les mots : « B »" ----

var mlApresInseres = regexp.MustCompile(`^(.*?)\b([Aa]près|[Aa]vant) (` + mlNoun[3:len(mlNoun)-1] + `)(\s*:\s*)(` + mlQ + `)\s*,?\s*(sont insérés|est inséré|est insérée|sont insérées) (` + mlNoun[3:len(mlNoun)-1] + `)(\s*:\s*)(` + mlQ + `)(.*)$`)

func mlInsereOrdre(s string) string {
	g := mlApresInseres.FindStringSubmatch(s)
	if g == nil || strings.ContainsAny(g[1], "«»\"“”") {
		return s
	}
	lead := g[1]
	obj := g[7] + g[8] + g[9]
	if lead == "" || strings.HasSuffix(strings.TrimSpace(lead), "–") || strings.HasSuffix(strings.TrimSpace(lead), "-") || strings.HasSuffix(strings.TrimSpace(lead), ")") || strings.HasSuffix(strings.TrimSpace(lead), "°") || strings.HasSuffix(strings.TrimSpace(lead), ".") {
		obj = mlUpperFirst(obj)
	}
	return lead + obj + " " + g[6] + " " + mlLowerFirst(g[2]) + " " + g[3] + g[4] + g[5] + g[10]
}

// ---- second / deuxième ----------------------------------------------

var (
	mlSecond   = regexp.MustCompile(`\b([Ss])econd(e?)(s?)\b`)
	mlDeuxieme = regexp.MustCompile(`\b([Dd])euxième(s?)(\s+(?:et\s+\S+\s+)?)(alinéas?|phrases?|occurrences?|fois|ligne|colonne|partie|section|sous-section|\S+)`)
)

func mlFeminine(noun string) bool {
	switch strings.TrimSuffix(noun, "s") {
	case "phrase", "occurrence", "fois", "ligne", "colonne", "partie", "section", "sous-section":
		return true
	}
	return false
}

func mlDeuxiemeSecond(s string) string {
	return mapOutsideQuotes(s, func(p string) string {
		return mlDeuxieme.ReplaceAllStringFunc(p, func(m string) string {
			g := mlDeuxieme.FindStringSubmatch(m)
			e := ""
			if mlFeminine(g[4]) {
				e = "e"
			}
			return map[string]string{"D": "S", "d": "s"}[g[1]] + "econd" + e + g[2] + g[3] + g[4]
		})
	})
}

// ---- abrogé / supprimé ----------------------------------------------

var (
	mlAbroge   = regexp.MustCompile(`\b(est|sont) abrogé(e?s?)`)
	mlSupprime = regexp.MustCompile(`\b(est|sont) supprimé(e?s?)`)
	// the subject is an alinéa or an item ("Le 3° est supprimé", "Le
	// dernier alinéa est supprimé"): no words, no phrase.
	mlItemSubject = regexp.MustCompile(`(?i)^(?:[^"«“]*?\s)?(?:l[ea]s?|l')\s*(?:(?:premier|dernier|avant-dernier|deuxième|second|troisième|quatrième|cinquième|sixième)\s+)?(?:alinéas?|[IVX]+|\d+°|[a-z]\)?|\d+)(?:\s+(?:bis|ter|quater|[A-Z]))?(?:\s+(?:de l'article|du|de la)\s[^"«“]*)?\s+(?:est|sont)\s+supprimé`)
)

func mlSupprimeAbroge(s string) string {
	if strings.ContainsAny(s, "\"«“") || !mlItemSubject.MatchString(s) {
		return s
	}
	return mlSupprime.ReplaceAllString(s, "$1 abrogé$2")
}

// ---- Amendments: substituer / remplacer -----------------------------

var (
	mlSubstInline = regexp.MustCompile(`\b([Ss])ubstituer (au|aux|à la|à l'|à l’) ?(mot|mots|référence|références|taux|nombre|date|année|montant|somme|chiffre|chiffres)(\s*:\s*)(` + mlQ + `)\s*,?\s+(le|les|la|l'|l’) ?(mot|mots|référence|références|taux|nombre|date|année|montant|somme|chiffre|chiffres)(\s*:\s*)(` + mlQ + `)`)
	mlRemplInline = regexp.MustCompile(`\b([Rr])emplacer (le|les|la|l'|l’) ?(mot|mots|référence|références|taux|nombre|date|année|montant|somme|chiffre|chiffres)(\s*:\s*)(` + mlQ + `)\s+par (le|les|la|l'|l’) ?(mot|mots|référence|références|taux|nombre|date|année|montant|somme|chiffre|chiffres)(\s*:\s*)(` + mlQ + `)`)
	mlSubstLine   = regexp.MustCompile(`\b([Ss])ubstituer (au|aux|à la|à l'|à l’) ?(mot|mots|référence|références|taux|nombre|date|année|montant|somme|chiffre|chiffres)\s*:\s*$`)
	mlRemplLine   = regexp.MustCompile(`\b([Rr])emplacer (le|les|la|l'|l’) ?(mot|mots|référence|références|taux|nombre|date|année|montant|somme|chiffre|chiffres)\s*:\s*$`)
	mlNounLine    = regexp.MustCompile(`^(le|les|la|l'|l’) ?(mot|mots|référence|références|taux|nombre|date|année|montant|somme|chiffre|chiffres)\s*:\s*$`)
	mlParNounLine = regexp.MustCompile(`^par (le|les|la|l'|l’) ?(mot|mots|référence|références|taux|nombre|date|année|montant|somme|chiffre|chiffres)\s*:\s*$`)
)

func mlArt(a, n string) string {
	if a == "l'" || a == "l’" {
		return a + n
	}
	return a + " " + n
}

// fromA is the article of a noun after "à" contracted: "aux" → "les".
func mlFromA(a, n string) string {
	switch a {
	case "aux":
		return "les " + n
	case "au":
		return "le " + n
	case "à la":
		return "la " + n
	}
	return a[len("à "):] + n
}

func mlToA(a, n string) string {
	switch a {
	case "les":
		return "aux " + n
	case "le":
		return "au " + n
	case "la":
		return "à la " + n
	}
	return "à " + a + n
}

func mlSubstToRemplInline(s string) string {
	return mlSubstInline.ReplaceAllStringFunc(s, func(m string) string {
		g := mlSubstInline.FindStringSubmatch(m)
		return map[string]string{"S": "R", "s": "r"}[g[1]] + "emplacer " + mlFromA(g[2], g[3]) + g[4] + g[5] + " par " + mlArt(g[6], g[7]) + g[8] + g[9]
	})
}

func mlRemplToSubstInline(s string) string {
	return mlRemplInline.ReplaceAllStringFunc(s, func(m string) string {
		g := mlRemplInline.FindStringSubmatch(m)
		return map[string]string{"R": "S", "r": "s"}[g[1]] + "ubstituer " + mlToA(g[2], g[3]) + g[4] + g[5] + ", " + mlArt(g[6], g[7]) + g[8] + g[9]
	})
}

// lines rewrites an amendment's dispositif line by line: f gets all the
// lines and the index, and returns the lines it replaces from there (nil:
// none) and how many it consumed.
//
// The harness gives a file rewrite no roles: they are computed here
// (dispositifRoles, as the baseline reads the lines), and f sees only
// lines that are instructions — never the new text, which may hold a
// bill's instructions ("… est complété par un alinéa ainsi rédigé :").
func mlLines(s string, f func(ls []string, i int) ([]string, int)) string {
	ls := strings.Split(s, "\n")
	roles := dispositifRoles(ls)
	var out []string
	for i := 0; i < len(ls); {
		if roles[i] != roleInstr {
			out = append(out, ls[i])
			i++
			continue
		}
		if rep, n := f(ls, i); n > 0 {
			out = append(out, rep...)
			i += n
			continue
		}
		out = append(out, ls[i])
		i++
	}
	return strings.Join(out, "\n")
}

// substToRemplFile: the Sénat's split "substituer aux mots :" / A / "les
// mots :" / B.
func mlSubstToRemplFile(s string) string {
	return mlLines(s, func(ls []string, i int) ([]string, int) {
		if i+3 >= len(ls) {
			return nil, 0
		}
		g := mlSubstLine.FindStringSubmatchIndex(ls[i])
		h := mlNounLine.FindStringSubmatch(strings.TrimSpace(ls[i+2]))
		if g == nil || h == nil {
			return nil, 0
		}
		sub := mlSubstLine.FindStringSubmatch(ls[i])
		head := ls[i][:g[0]] + map[string]string{"S": "R", "s": "r"}[sub[1]] + "emplacer " + mlFromA(sub[2], sub[3]) + " :"
		return []string{head, ls[i+1], "par " + strings.TrimSpace(ls[i+2]), ls[i+3]}, 4
	})
}

func mlRemplToSubstFile(s string) string {
	return mlLines(s, func(ls []string, i int) ([]string, int) {
		if i+3 >= len(ls) {
			return nil, 0
		}
		g := mlRemplLine.FindStringSubmatchIndex(ls[i])
		h := mlParNounLine.FindStringSubmatch(strings.TrimSpace(ls[i+2]))
		if g == nil || h == nil {
			return nil, 0
		}
		sub := mlRemplLine.FindStringSubmatch(ls[i])
		head := ls[i][:g[0]] + map[string]string{"R": "S", "r": "s"}[sub[1]] + "ubstituer " + mlToA(sub[2], sub[3]) + " :"
		return []string{head, ls[i+1], mlArt(h[1], h[2]) + " :", ls[i+3]}, 4
	})
}

// ---- Amendments: "Insérer, après le mot : « A », les mots : « B »" ----

var mlApresInserer = regexp.MustCompile(`\b([Aa]près|[Aa]vant) (` + mlNoun[3:len(mlNoun)-1] + `)(\s*:\s*)(` + mlQ + `)\s*,?\s+insérer (` + mlNoun[3:len(mlNoun)-1] + `)`)

func mlInsererVirgules(s string) string {
	return mlApresInserer.ReplaceAllStringFunc(s, func(m string) string {
		g := mlApresInserer.FindStringSubmatch(m)
		return mlLikeCase(g[1], "insérer") + ", " + mlLowerFirst(g[1]) + " " + g[2] + g[3] + g[4] + ", " + g[5]
	})
}

// ---- Amendments: "À l'alinéa 3" / "Au troisième alinéa" -------------

var mlAlineaN = regexp.MustCompile(`(^|[^\pL\pN])(À|A|à|Après|après|Avant|avant|de|De|Dans|dans|Compléter|compléter|Rédiger ainsi|rédiger ainsi|Rédiger comme suit|rédiger comme suit|Supprimer|supprimer) l['’]alinéa (\d+)\b`)

func mlAlineaRang(s string) string {
	return mapOutsideQuotes(s, func(p string) string {
		return mlAlineaN.ReplaceAllStringFunc(p, func(m string) string {
			g := mlAlineaN.FindStringSubmatch(m)
			n, _ := strconv.Atoi(g[3])
			r := rankName(n)
			if r == "" || n == 0 {
				return m
			}
			switch g[2] {
			case "À", "A":
				return g[1] + "Au " + r + " alinéa"
			case "à":
				return g[1] + "au " + r + " alinéa"
			case "de", "De":
				return g[1] + map[string]string{"de": "du", "De": "Du"}[g[2]] + " " + r + " alinéa"
			}
			return g[1] + g[2] + " le " + r + " alinéa"
		})
	})
}

// ---- Amendments: the Sénat's locator line ---------------------------

var (
	mlPart     = regexp.MustCompile(`^((?:[IVX]+\s*[.)]\s*[-–—]?\s*|[IVX]+\s+[-–—]\s*|\d+°\s*[.)]?\s*[-–—]?\s*|[a-z]\)\s*[-–—]?\s*)?)(.*)$`)
	mlALinea   = regexp.MustCompile(`^(?:À|A) l['’]alinéa (\d+)\s*,\s*(.+)$`)
	mlAuxAlins = regexp.MustCompile(`^Aux alinéas (\d+(?:\s*(?:,|et|à)\s*\d+)*)\s*,\s*(.+)$`)
	mlPhraseAl = regexp.MustCompile(`^(?:À|A) la ((?:première|deuxième|seconde|troisième|quatrième|dernière|avant-dernière)) phrase de l['’]alinéa (\d+)\s*,\s*(.+)$`)
)

// locatorSplit is "À l'alinéa 3, substituer …" as "Alinéa 3" and
// "Substituer …": the line and its locator, or ok false.
func mlLocatorSplit(line string) (part, loc, rest string, ok bool) {
	m := mlPart.FindStringSubmatch(line)
	part, body := m[1], m[2]
	if g := mlALinea.FindStringSubmatch(body); g != nil {
		return part, "Alinéa " + g[1], g[2], true
	}
	if g := mlAuxAlins.FindStringSubmatch(body); g != nil {
		return part, "Alinéas " + g[1], g[2], true
	}
	if g := mlPhraseAl.FindStringSubmatch(body); g != nil {
		return part, "Alinéa " + g[2] + ", " + g[1] + " phrase", g[3], true
	}
	return "", "", "", false
}

var mlVerbStart = regexp.MustCompile(`^(?:en conséquence, )?(?:substituer|remplacer|supprimer|insérer|après|avant|compléter|rédiger|ajouter)\b`)

func mlLocatorLine(s string) string {
	return mlLines(s, func(ls []string, i int) ([]string, int) {
		part, loc, rest, ok := mlLocatorSplit(ls[i])
		if !ok || !mlVerbStart.MatchString(rest) || strings.HasPrefix(rest, "en conséquence") {
			return nil, 0
		}
		return []string{part + loc, mlUpperFirst(rest)}, 1
	})
}

// ---- Amendments: the Sénat's layout, words unquoted ------------------

var (
	// one instruction on words, quoted, ending the sentence.
	mlSenatVerb = regexp.MustCompile(`^(remplacer|substituer|supprimer|après|avant|compléter cet alinéa par|insérer, après|insérer, avant)\b`)
	mlQuoteTok  = regexp.MustCompile(`\s*:\s*(` + mlQ + `)\s*,?\s*`)
)

// senatLayout writes "À l'alinéa 3, substituer aux mots : « A », les mots
// : « B »." as "Alinéa 3" / "Substituer aux mots :" / "A" / "les mots :" /
// "B".
func mlSenatLayout(s string) string {
	return mlLines(s, func(ls []string, i int) ([]string, int) {
		part, loc, rest, ok := mlLocatorSplit(ls[i])
		if !ok || !mlSenatVerb.MatchString(rest) {
			return nil, 0
		}
		rest = strings.TrimSpace(rest)
		rest = strings.TrimSuffix(rest, ".")
		rest = strings.TrimSuffix(rest, ";")
		// Split at each quotation: the text before it ends with "… :".
		idx := mlQuoteTok.FindAllStringSubmatchIndex(rest, -1)
		if len(idx) == 0 {
			return nil, 0
		}
		out := []string{part + loc}
		at := 0
		for _, ix := range idx {
			head := strings.TrimSpace(rest[at:ix[0]])
			if head == "" || strings.ContainsAny(head, "«»\"") {
				return nil, 0
			}
			body := mlQuoteBody(rest[ix[2]:ix[3]])
			if body == "" || strings.ContainsAny(body, "«»") {
				return nil, 0
			}
			if len(out) == 1 {
				head = mlUpperFirst(head)
			}
			out = append(out, head+" :", body)
			at = ix[1]
		}
		if strings.TrimSpace(rest[at:]) != "" {
			return nil, 0
		}
		return out, 1
	})
}

// ---- Amendments: the Assemblée's layout, one sentence ----------------

var (
	mlLocLine   = regexp.MustCompile(`^Alinéa (\d+)(?:,\s*((?:première|deuxième|seconde|troisième|quatrième|dernière|avant-dernière)) phrase)?$`)
	mlLocLines  = regexp.MustCompile(`^Alinéas (\d+(?:\s*(?:,|et|à)\s*\d+)*)$`)
	mlWordsHead = regexp.MustCompile(`(?:(?:^|\s)(?:les?|la|l['’]|aux?|à la|à l['’])\s*)(?:mot|mots|référence|références|taux|nombre|date|année|montant|somme|chiffre|chiffres)\s*:\s*$`)
	mlStartsOwn = regexp.MustCompile(`^(?:[IVX]+\s*[.)]|[IVX]+\s+[-–—]|\d+°|[a-z]\)|Alinéas?(?:\s|$)|Après l|Avant l|Supprimer|Rédiger|Compléter|Insérer|Remplacer|Substituer|Rétablir|En conséquence)`)
)

// assembleeLayout writes "Alinéa 3" / "Remplacer les mots :" / "A" / "par
// les mots :" / "B" as "À l'alinéa 3, remplacer les mots : « A » par les
// mots : « B »."
func mlAssembleeLayout(s string) string {
	return mlLines(s, func(ls []string, i int) ([]string, int) {
		m := mlPart.FindStringSubmatch(ls[i])
		part, body := m[1], strings.TrimSpace(m[2])
		var lead string
		if g := mlLocLine.FindStringSubmatch(body); g != nil {
			lead = "À l'alinéa " + g[1] + ", "
			if g[2] != "" {
				lead = "À la " + g[2] + " phrase de l'alinéa " + g[1] + ", "
			}
		} else if g := mlLocLines.FindStringSubmatch(body); g != nil {
			lead = "Aux alinéas " + g[1] + ", "
		} else {
			return nil, 0
		}
		// Pairs of a head ending in "les mots :" and its words, up to the
		// next line that starts its own element or the end.
		var parts, words []string
		j := i + 1
		for j+1 < len(ls) && mlWordsHead.MatchString(ls[j]) {
			w := strings.TrimSpace(ls[j+1])
			if w == "" || strings.ContainsAny(w, "«»\"") || mlStartsOwn.MatchString(w) && len(parts) > 0 && false {
				return nil, 0
			}
			h := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(ls[j]), ":"))
			if len(parts) == 0 {
				if mlStartsOwn.MatchString(h) && !strings.HasPrefix(h, "Remplacer") && !strings.HasPrefix(h, "Substituer") && !strings.HasPrefix(h, "Supprimer") && !strings.HasPrefix(h, "Après") && !strings.HasPrefix(h, "Avant") && !strings.HasPrefix(h, "Insérer") && !strings.HasPrefix(h, "Compléter") {
					return nil, 0
				}
				h = mlLowerFirst(h)
			} else if mlStartsUpper(h) {
				return nil, 0
			}
			sep := " "
			if len(parts) > 0 && (strings.HasPrefix(h, "insérer") || strings.HasPrefix(h, "supprimer") || strings.HasPrefix(h, "substituer") || strings.HasPrefix(h, "remplacer")) {
				sep = ", "
			}
			parts = append(parts, sep+h+" : « "+w+" »")
			words = append(words, w)
			j += 2
		}
		// A comma after unquoted words that another clause follows is the
		// clause's, not theirs ("Après le mot :" / "hospitalisation," /
		// "insérer les mots :"): quoted, it goes outside.
		for k := 0; k < len(parts)-1; k++ {
			if t := strings.TrimRight(words[k], " ,"); t != words[k] {
				parts[k] = strings.Replace(parts[k], "« "+words[k]+" »", "« "+t+" »", 1)
			}
		}
		if len(parts) == 0 {
			return nil, 0
		}
		// What follows must start its own element (or be nothing).
		if j < len(ls) && !mlStartsOwn.MatchString(strings.TrimSpace(ls[j])) {
			return nil, 0
		}
		sent := part + lead + strings.TrimPrefix(strings.Join(parts, ""), " ") + "."
		return []string{sent}, j - i
	})
}

// ---- Amendments: "Alinéa 3" / "Supprimer cet alinéa." ----------------

var (
	mlCetAlinea = regexp.MustCompile(`^(Supprimer|Rédiger ainsi|Rédiger comme suit|Compléter) (cet alinéa|ces alinéas)(.*)$`)
)

func mlCetAlineaNumero(s string) string {
	return mlLines(s, func(ls []string, i int) ([]string, int) {
		if i+1 >= len(ls) {
			return nil, 0
		}
		m := mlPart.FindStringSubmatch(ls[i])
		part, body := m[1], strings.TrimSpace(m[2])
		var one string
		if g := mlLocLine.FindStringSubmatch(body); g != nil && g[2] == "" {
			one = "l'alinéa " + g[1]
		} else if g := mlLocLines.FindStringSubmatch(body); g != nil {
			one = "les alinéas " + g[1]
		} else {
			return nil, 0
		}
		h := mlCetAlinea.FindStringSubmatch(strings.TrimSpace(ls[i+1]))
		if h == nil || (h[2] == "cet alinéa") != strings.HasPrefix(one, "l'") {
			return nil, 0
		}
		// The next line starts another element: this locator served this
		// instruction alone.
		if h[1] == "Supprimer" && i+2 < len(ls) && !mlStartsOwn.MatchString(strings.TrimSpace(ls[i+2])) {
			return nil, 0
		}
		return []string{part + h[1] + " " + one + h[3]}, 2
	})
}

// ---- "un alinéa ainsi rédigé" / "l'alinéa suivant" ---------------------

const mlCount = `deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+`

var (
	mlAinsiToSuivant = []struct {
		re   *regexp.Regexp
		repl string
	}{
		{regexp.MustCompile(`\b(insérer|ajouter|par)\s+un alinéa ainsi rédigé\s*:`), "$1 l'alinéa suivant :"},
		{regexp.MustCompile(`\b(insérer|ajouter|par)\s+(` + mlCount + `) alinéas ainsi rédigés\s*:`), "$1 les $2 alinéas suivants :"},
		{regexp.MustCompile(`\b(insérer|ajouter|par)\s+une phrase ainsi rédigée\s*:`), "$1 la phrase suivante :"},
		{regexp.MustCompile(`\b(insérer|ajouter|par)\s+(` + mlCount + `) phrases ainsi rédigées\s*:`), "$1 les $2 phrases suivantes :"},
		{regexp.MustCompile(`\b(insérer|ajouter|par)\s+un paragraphe ainsi rédigé\s*:`), "$1 le paragraphe suivant :"},
	}
	mlSuivantToAinsi = []struct {
		re   *regexp.Regexp
		repl string
	}{
		{regexp.MustCompile(`\b(insérer|ajouter|par)\s+l['’]alinéa suivant\s*:`), "$1 un alinéa ainsi rédigé :"},
		{regexp.MustCompile(`\b(insérer|ajouter|par)\s+les (` + mlCount + `) alinéas suivants\s*:`), "$1 $2 alinéas ainsi rédigés :"},
		{regexp.MustCompile(`\b(insérer|ajouter|par)\s+la phrase suivante\s*:`), "$1 une phrase ainsi rédigée :"},
		{regexp.MustCompile(`\b(insérer|ajouter|par)\s+les (` + mlCount + `) phrases suivantes\s*:`), "$1 $2 phrases ainsi rédigées :"},
		{regexp.MustCompile(`\b(insérer|ajouter|par)\s+le paragraphe suivant\s*:`), "$1 un paragraphe ainsi rédigé :"},
	}
)

func mlReplaceAll(rs []struct {
	re   *regexp.Regexp
	repl string
}) func(string) string {
	return func(s string) string {
		return mapOutsideQuotes(s, func(p string) string {
			for _, r := range rs {
				p = r.re.ReplaceAllString(p, r.repl)
			}
			return p
		})
	}
}

// ---- "il est inséré" / "est inséré" ------------------------------------

var (
	mlIlEst  = regexp.MustCompile(`\b([Ii]l) est (inséré|ajouté|créé|rétabli)`)
	mlEstInv = regexp.MustCompile(`(^|, |\) |– |- |° )([Ee]st|[Ss]ont) (inséré|ajouté|créé)(e?s?) (un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|des) `)
)

func mlIlEstInsere(s string) string {
	return mapOutsideQuotes(s, func(p string) string {
		return mlIlEst.ReplaceAllStringFunc(p, func(m string) string {
			g := mlIlEst.FindStringSubmatch(m)
			return mlLikeCase(g[1], "est") + " " + g[2]
		})
	})
}

func mlEstInsereIl(s string) string {
	return mapOutsideQuotes(s, func(p string) string {
		return mlEstInv.ReplaceAllStringFunc(p, func(m string) string {
			g := mlEstInv.FindStringSubmatch(m)
			return g[1] + mlLikeCase(g[2], "il") + " est " + g[3] + " " + g[5] + " "
		})
	})
}

// ---- "À l'alinéa 3" / "Dans l'alinéa 3" --------------------------------

var mlAtPlace = regexp.MustCompile(`(^|, |\) |– |- |° |\. )(À|A|à|Au|au|Aux|aux) (l['’](?:alinéa|article)|la (?:\S+ )?phrase|(?:\S+ )?alinéas?\b|(?:\S+ )?phrases\b)`)

func mlDansPlace(s string) string {
	return mapOutsideQuotes(s, func(p string) string {
		return mlAtPlace.ReplaceAllStringFunc(p, func(m string) string {
			g := mlAtPlace.FindStringSubmatch(m)
			dans := mlLikeCase(g[2], "dans")
			switch strings.ToLower(g[2]) {
			case "au":
				return g[1] + dans + " le " + g[3]
			case "aux":
				return g[1] + dans + " les " + g[3]
			}
			return g[1] + dans + " " + g[3]
		})
	})
}

// ---- "premier alinéa" / "alinéa 1er" -------------------------------------

var mlPremierAl = regexp.MustCompile(`(^|[^\pL])(Au|au|Du|du|Le|le) premier alinéa\b`)

func mlAlinea1er(s string) string {
	return mapOutsideQuotes(s, func(p string) string {
		return mlPremierAl.ReplaceAllStringFunc(p, func(m string) string {
			g := mlPremierAl.FindStringSubmatch(m)
			var out string
			switch strings.ToLower(g[2]) {
			case "au":
				out = mlLikeCase(g[2], "à") + " l'alinéa 1er"
			case "du":
				out = mlLikeCase(g[2], "de") + " l'alinéa 1er"
			default:
				out = mlLikeCase(g[2], "l'") + "alinéa 1er"
			}
			return g[1] + out
		})
	})
}

// ---- Bills: "les mots : « A » sont remplacés" / "aux mots : « A » sont
// substitués" -------------------------------------------------------------

var mlNounAlt = `[Ll]es mots|[Ll]e mot|[Ll]a référence|[Ll]es références|[Ll]e taux|[Ll]e nombre|[Ll]a date|[Ll]e montant|[Ll]e chiffre|[Ll]es chiffres|[Ll]a somme`
var mlRemplacesPar = regexp.MustCompile(`(^|[^\pL])(` + mlNounAlt + `)(\s*:\s*)(` + mlQ + `)\s+(?:sont|est) remplacée?s? par (` + mlNounAlt + `)(\s*:\s*)(` + mlQ + `)`)

func mlSubstitues(s string) string {
	if strings.Contains(s, "occurrence") {
		// "la première occurrence de la référence : « A » est remplacée
		// …" is not said with "substituer" the same way.
		return s
	}
	return mlRemplacesPar.ReplaceAllStringFunc(s, func(m string) string {
		g := mlRemplacesPar.FindStringSubmatch(m)
		old := mlContractA(strings.ToLower(g[2][:1]) + g[2][1:])
		old = mlLikeCase(g[2], old)
		nw := strings.ToLower(g[5][:1]) + g[5][1:]
		verb := "est substitué"
		switch {
		case strings.HasPrefix(nw, "les références"):
			verb = "sont substituées"
		case strings.HasPrefix(nw, "les "):
			verb = "sont substitués"
		case strings.HasPrefix(nw, "la "):
			verb = "est substituée"
		}
		return g[1] + old + g[3] + g[4] + " " + verb + " " + nw + g[6] + g[7]
	})
}

// ---- Bills: "après le mot : « A », sont ajoutés les mots" ----------------

var mlApresInseresVerb = regexp.MustCompile(`(\b[Aa]près (?:` + mlNoun[3:len(mlNoun)-1] + `)\s*:?\s*` + mlQ + `\s*,?\s*)(sont|est) inséré(e?s?) ((?:` + mlNoun[3:len(mlNoun)-1] + `)\s*:?\s*["«“])`)

func mlAjoutes(s string) string {
	return mlApresInseresVerb.ReplaceAllString(s, "${1}${2} ajouté${3} ${4}")
}

// ---- Amendments: "Après l'alinéa 3, insérer …" on one line or two -------

var (
	mlAfterAlOne  = regexp.MustCompile(`^((?:[IVX]+\s*[.)]\s*[-–—]?\s*|[IVX]+\s+[-–—]\s*|\d+°\s*[.)]?\s*[-–—]?\s*)?)((?:Après|Avant) l['’]alinéa \d+)\s*,\s*(insérer .+)$`)
	mlAfterAlLine = regexp.MustCompile(`^((?:[IVX]+\s*[.)]\s*[-–—]?\s*|[IVX]+\s+[-–—]\s*|\d+°\s*[.)]?\s*[-–—]?\s*)?)((?:Après|Avant) l['’]alinéa \d+)\s*$`)
	mlInsererLine = regexp.MustCompile(`^Insérer (.+)$`)
)

func mlAfterAlineaSplit(s string) string {
	return mlLines(s, func(ls []string, i int) ([]string, int) {
		g := mlAfterAlOne.FindStringSubmatch(ls[i])
		if g == nil {
			return nil, 0
		}
		return []string{g[1] + g[2], mlUpperFirst(g[3])}, 1
	})
}

func mlAfterAlineaJoin(s string) string {
	return mlLines(s, func(ls []string, i int) ([]string, int) {
		if i+1 >= len(ls) {
			return nil, 0
		}
		g := mlAfterAlLine.FindStringSubmatch(ls[i])
		h := mlInsererLine.FindStringSubmatch(strings.TrimSpace(ls[i+1]))
		if g == nil || h == nil {
			return nil, 0
		}
		return []string{g[1] + g[2] + ", insérer " + h[1]}, 2
	})
}

// ---- Amendments: "Supprimer l'alinéa 3." / "Alinéa 3" + "Supprimer cet
// alinéa." ------------------------------------------------------------------

var mlVerbAlN = regexp.MustCompile(`^((?:[IVX]+\s*[.)]\s*[-–—]?\s*|[IVX]+\s+[-–—]\s*|\d+°\s*[.)]?\s*[-–—]?\s*)?)(Supprimer|Rédiger ainsi|Rédiger comme suit) (l['’]alinéa (\d+)|les alinéas (\d+ (?:et|à) \d+))(\s*[.:])\s*$`)

func mlNumeroCetAlinea(s string) string {
	return mlLines(s, func(ls []string, i int) ([]string, int) {
		g := mlVerbAlN.FindStringSubmatch(ls[i])
		if g == nil {
			return nil, 0
		}
		if g[4] != "" {
			return []string{g[1] + "Alinéa " + g[4], g[2] + " cet alinéa" + strings.TrimSpace(g[6])}, 1
		}
		return []string{g[1] + "Alinéas " + g[5], g[2] + " ces alinéas" + strings.TrimSpace(g[6])}, 1
	})
}

// ---- "Compléter … par les mots" / "À la fin de …, insérer les mots" -------

var (
	mlCompleterPar = regexp.MustCompile(`\b([Cc])ompléter (l['’]alinéa \d+|cet alinéa|cette phrase|la (?:première|deuxième|seconde|troisième|dernière) phrase (?:de l['’]alinéa \d+|de cet alinéa)) par (les mots|le mot)(\s*:)`)
	mlCompleteBill = regexp.MustCompile(`^((?:[IVX]+\.?\s*[-–—]\s*|\d+°\s*|[a-z]\)\s*)?)(Le|La|L['’]|Les) ([^"«“:,]+?) (est|sont) complétée?s? par (les mots|le mot)(\s*:?\s*["«“])`)
)

func mlFinInserer(s string) string {
	s = mlCompleterPar.ReplaceAllStringFunc(s, func(m string) string {
		g := mlCompleterPar.FindStringSubmatch(m)
		return mlLikeCase(g[1], "à") + " la fin de " + g[2] + ", insérer " + g[3] + g[4]
	})
	g := mlCompleteBill.FindStringSubmatchIndex(s)
	if g == nil {
		return s
	}
	sub := func(k int) string { return s[g[2*k]:g[2*k+1]] }
	det := strings.ToLower(sub(2))
	var of string
	switch det {
	case "le":
		of = "du "
	case "la":
		of = "de la "
	case "les":
		of = "des "
	default:
		of = "de l'"
	}
	verb := "sont ajoutés"
	if sub(5) == "le mot" {
		verb = "est ajouté"
	}
	return sub(1) + "À la fin " + of + sub(3) + ", " + verb + " " + sub(5) + sub(6) + s[g[1]:]
}

// ---- Bills: "Il est inséré, après le 2°, un 2° bis" ----------------------

var mlPlaceIlEst = regexp.MustCompile(`^((?:[IVX]+\.?\s*[-–—]\s*|\d+°\s*|[a-z]\)\s*)?)(Après|Avant) ([^"«“:,]+?), (il est|est|sont) (inséré|insérés|insérée|insérées|ajouté|ajoutés) ((?:un|une|deux|trois|des) [^"«“]*ainsi rédigée?s?\s*:.*)$`)

func mlIlEstInsereApres(s string) string {
	g := mlPlaceIlEst.FindStringSubmatch(s)
	if g == nil {
		return s
	}
	return g[1] + "Il est " + strings.TrimSuffix(strings.TrimSuffix(g[5], "s"), "e") + ", " + strings.ToLower(g[2]) + " " + g[3] + ", " + g[6]
}

// ---- "un alinéa ainsi rédigé" / "un nouvel alinéa ainsi rédigé" ----------

var (
	mlUnAlinea   = regexp.MustCompile(`\bun alinéa (ainsi rédigé|rédigé comme suit)`)
	mlNAlineas   = regexp.MustCompile(`\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix) alinéas (ainsi rédigés|rédigés comme suit)`)
	mlAnchorLast = regexp.MustCompile(`\b([Aa]près|[Aa]vant) (` + mlNoun[3:len(mlNoun)-1] + `)(\s*:\s*)(` + mlQ + `)\s*,\s*insérer (` + mlNoun[3:len(mlNoun)-1] + `)(\s*:\s*)(` + mlQ + `)`)
	mlAlsEtN     = regexp.MustCompile(`\b([Aa]linéas) (\d+) et (\d+)\b`)
)

func mlNouvelAlinea(s string) string {
	return mapOutsideQuotes(s, func(p string) string {
		p = mlUnAlinea.ReplaceAllString(p, "un nouvel alinéa $1")
		return mlNAlineas.ReplaceAllString(p, "$1 nouveaux alinéas $2")
	})
}

// mlInsererObjetAvant: "après le mot : « A », insérer les mots : « B »" as
// "insérer les mots : « B » après le mot : « A »".
func mlInsererObjetAvant(s string) string {
	return mlAnchorLast.ReplaceAllStringFunc(s, func(m string) string {
		g := mlAnchorLast.FindStringSubmatch(m)
		return mlLikeCase(g[1], "insérer") + " " + g[5] + g[6] + g[7] + " " + strings.ToLower(g[1]) + " " + g[2] + g[3] + g[4]
	})
}

// mlEtA: "Alinéas 3 et 4" as "Alinéas 3 à 4" (consecutive only).
func mlEtA(s string) string {
	return mapOutsideQuotes(s, func(p string) string {
		return mlAlsEtN.ReplaceAllStringFunc(p, func(m string) string {
			g := mlAlsEtN.FindStringSubmatch(m)
			a, _ := strconv.Atoi(g[2])
			b, _ := strconv.Atoi(g[3])
			if b != a+1 {
				return m
			}
			return g[1] + " " + g[2] + " à " + g[3]
		})
	})
}

// ---- Amendments: the words on their own line, quoted or not -------------

var (
	mlNewWordsHead = regexp.MustCompile(`(?i)(?:\bpar|\binsérer|\bajouter)\s+(?:\([^)]*\)\s*)?(?:les?|la|l['’])\s*\S+\s*:\s*$`)
	mlWholeQuote   = regexp.MustCompile(`^«\s*([^«»]*?)\s*»\s*([,.;]?)\s*$`)
)

// mlWordsHeadAt says whether line i asks for words on the next line (and
// is not itself words glued to a verb).
func mlWordsHeadAt(ls []string, i int) bool {
	if i+1 >= len(ls) {
		return false
	}
	return amWantsWords.MatchString(cleanAmendmentLine(ls[i]))
}

// mlQuoteWords writes the Sénat's unquoted words in quotation marks: a
// comma after old or anchor words goes outside (it is the clause's, as
// the engine reads the unquoted line), one after new words stays theirs.
func mlQuoteWords(s string) string {
	return mlLines(s, func(ls []string, i int) ([]string, int) {
		if !mlWordsHeadAt(ls, i) {
			return nil, 0
		}
		w := strings.TrimSpace(ls[i+1])
		if w == "" || strings.ContainsAny(w, "«»\"“”") || strings.HasSuffix(w, ":") || amWantsWords.MatchString(cleanAmendmentLine(w)) || amGlued.MatchString(cleanAmendmentLine(w)) {
			return nil, 0
		}
		q := "« " + w + " »"
		if t := strings.TrimRight(w, " ,"); t != w && !mlNewWordsHead.MatchString(ls[i]) && clauseFollows(ls[i+2:]) {
			if t == "" {
				return nil, 0
			}
			q = "« " + t + " »,"
		}
		return []string{ls[i], q}, 2
	})
}

// mlUnquoteWords writes the words quoted alone on their line without
// their marks, as the Sénat does.
func mlUnquoteWords(s string) string {
	return mlLines(s, func(ls []string, i int) ([]string, int) {
		if !mlWordsHeadAt(ls, i) {
			return nil, 0
		}
		g := mlWholeQuote.FindStringSubmatch(strings.TrimSpace(ls[i+1]))
		if g == nil || g[1] == "" || strings.HasSuffix(g[1], ",") || strings.HasSuffix(g[1], ":") || amWantsWords.MatchString(g[1]) || amGlued.MatchString(g[1]) || mlStartsOwn.MatchString(g[1]) {
			return nil, 0
		}
		return []string{ls[i], g[1]}, 2
	})
}

// ---- Ranks in digits ---------------------------------------------------

var mlRankWord = regexp.MustCompile(`(^|[^\pL-])(premier|première|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième)( (?:alinéas?|phrases?))`)

func mlRangChiffres(s string) string {
	digits := map[string]string{"premier": "1er", "première": "1re", "deuxième": "2e", "troisième": "3e", "quatrième": "4e", "cinquième": "5e", "sixième": "6e", "septième": "7e", "huitième": "8e", "neuvième": "9e", "dixième": "10e"}
	return mapOutsideQuotes(s, func(p string) string {
		return mlRankWord.ReplaceAllStringFunc(p, func(m string) string {
			g := mlRankWord.FindStringSubmatch(m)
			return g[1] + digits[g[2]] + g[3]
		})
	})
}

// ---- "les mots : « A »" for one word / "le mot : « A »" -----------------

var (
	mlLesMotsQ    = regexp.MustCompile(`\b([Ll]es|[Aa]ux|[Dd]es) mots(\s*:\s*)(` + mlQ + `)(\s*,?\s*)(?:(sont|seront) (remplacés|supprimés|insérés|ajoutés))?`)
	mlSontLesMots = regexp.MustCompile(`\b(sont|seront) (insérés|ajoutés) les mots(\s*:\s*)(` + mlQ + `)`)
)

func mlMotsSingulier(s string) string {
	s = mlSontLesMots.ReplaceAllStringFunc(s, func(m string) string {
		g := mlSontLesMots.FindStringSubmatch(m)
		if !mlOneWord(g[4]) {
			return m
		}
		verb := "est"
		if g[1] == "seront" {
			verb = "sera"
		}
		return verb + " " + strings.TrimSuffix(g[2], "s") + " le mot" + g[3] + g[4]
	})
	return mlLesMotsQ.ReplaceAllStringFunc(s, func(m string) string {
		g := mlLesMotsQ.FindStringSubmatch(m)
		if !mlOneWord(g[3]) {
			return m
		}
		art := map[string]string{"les": "le", "Les": "Le", "aux": "au", "Aux": "Au", "des": "du", "Des": "Du"}[g[1]]
		out := art + " mot" + g[2] + g[3] + g[4]
		if g[5] != "" {
			verb := "est"
			if g[5] == "seront" {
				verb = "sera"
			}
			out += verb + " " + strings.TrimSuffix(g[6], "s")
		}
		return out
	})
}

// ---- "est ainsi rédigé :" / "est remplacé par les dispositions suivantes :"

var mlEstAinsiRedige = regexp.MustCompile(`^([^"«“]*?) (est|sont) ainsi rédigé(e?s?)\s*:\s*$`)

func mlDispositionsSuivantes(s string) string {
	g := mlEstAinsiRedige.FindStringSubmatch(s)
	if g == nil {
		return s
	}
	low := strings.ToLower(g[1])
	for _, w := range []string{"fin", "début", "phrase", "intitulé", "titre", "mots"} {
		if strings.Contains(low, w) {
			return s
		}
	}
	return g[1] + " " + g[2] + " remplacé" + g[3] + " par les dispositions suivantes :"
}

// ---- Bills: "Au premier alinéa de l'article L. 1, …" / "À l'article L. 1,
// au premier alinéa, …" --------------------------------------------------

var mlPlaceOfArticle = regexp.MustCompile(`^((?:[IVX]+\.?\s*[-–—]\s*|\d+°\s*|[a-z]\)\s*)?)(Au|Aux|À la|A la|À l['’]|A l['’]) ([^,"«“]+?) (?:de l['’]|du présent )(article [^,"«“]+?), (.+)$`)

func mlArticleFirst(s string) string {
	g := mlPlaceOfArticle.FindStringSubmatch(s)
	if g == nil || strings.Contains(g[3], "article") || strings.Contains(g[4], " et ") || strings.Contains(g[4], " à ") {
		return s
	}
	for _, w := range []string{"à ", "au ", "aux ", "et ", "dans "} {
		if strings.HasPrefix(g[5], w) {
			return s // the list of places goes on
		}
	}
	prep := strings.ToLower(g[2])
	prep = strings.Replace(prep, "a ", "à ", 1)
	if strings.HasPrefix(prep, "à l") {
		return s // "À l'alinéa …", "à l'avant-dernier alinéa": keep it simple
	}
	sep := " "
	if strings.HasSuffix(prep, "'") || strings.HasSuffix(prep, "’") {
		sep = ""
	}
	return g[1] + "À l'" + g[4] + ", " + prep + sep + g[3] + ", " + g[5]
}

// ---- Amendments: "Rédiger ainsi cet alinéa :" / "Remplacer cet alinéa par
// un alinéa ainsi rédigé :" -------------------------------------------------

var mlRedigerCet = regexp.MustCompile(`^((?:[IVX]+\s*[.)]\s*[-–—]?\s*|[IVX]+\s+[-–—]\s*|\d+°\s*[.)]?\s*[-–—]?\s*)?)Rédiger ainsi (cet alinéa|l['’]alinéa \d+)\s*:\s*$`)

// mlRemplacerParUn writes a rewrite of one alinéa by one line of new text
// as the alinéa replaced by one alinéa.
func mlRemplacerParUn(s string) string {
	return mlLines(s, func(ls []string, i int) ([]string, int) {
		g := mlRedigerCet.FindStringSubmatch(ls[i])
		if g == nil || i+1 >= len(ls) {
			return nil, 0
		}
		// one line of new text, then the end or a new element.
		if i+2 < len(ls) && !mlStartsOwn.MatchString(strings.TrimSpace(ls[i+2])) {
			return nil, 0
		}
		return []string{g[1] + "Remplacer " + g[2] + " par un alinéa ainsi rédigé :"}, 1
	})
}

// ---- Amendments: "Rédiger ainsi l'alinéa 3 :" / "L'alinéa 3 est ainsi
// rédigé :" ----------------------------------------------------------------

var mlImperAlN = regexp.MustCompile(`^((?:[IVX]+\s*[.)]\s*[-–—]?\s*|[IVX]+\s+[-–—]\s*|\d+°\s*[.)]?\s*[-–—]?\s*)?)(Rédiger ainsi|Supprimer) l['’]alinéa (\d+)\s*([.:])\s*$`)

func mlIndicatifAlinea(s string) string {
	g := mlImperAlN.FindStringSubmatch(s)
	if g == nil {
		return s
	}
	if g[2] == "Supprimer" {
		return g[1] + "L'alinéa " + g[3] + " est supprimé."
	}
	return g[1] + "L'alinéa " + g[3] + " est ainsi rédigé :"
}

// ---- Combinations ------------------------------------------------------

func mlEachLine(f func(string) string) func(string) string {
	return func(s string) string {
		ls := strings.Split(s, "\n")
		for i := range ls {
			ls[i] = f(ls[i])
		}
		return strings.Join(ls, "\n")
	}
}

func mlChain(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

// ---- More bill wordings ------------------------------------------------

var (
	mlCompletePar  = regexp.MustCompile(`\b(complétée?s?) par (les mots|le mot|une phrase|deux phrases|la phrase)\b`)
	mlDebutAjoutes = regexp.MustCompile(`(\b[Aa]u début (?:du|de la|de l['’]|des) [^,"«“]+,\s*)(sont|est) ajouté(e?s?) `)
	mlFinRedigee   = regexp.MustCompile(`\b(la fin (?:du|de la|de l['’]|des) [^"«“:]+?) est ainsi rédigée\s*:\s*(` + mlQ + `)`)
	mlRedigerFin   = regexp.MustCompile(`\b([Rr])édiger ainsi la fin (de cet alinéa|de cette phrase|de l['’]alinéa \d+|de la (?:première|deuxième|seconde|dernière) phrase de (?:l['’]alinéa \d+|cet alinéa))\s*:`)
)

func mlInFine(s string) string {
	return mapOutsideQuotes(s, func(p string) string { return mlCompletePar.ReplaceAllString(p, "$1 in fine par $2") })
}

func mlDebutInseres(s string) string {
	return mlDebutAjoutes.ReplaceAllString(s, "${1}${2} inséré${3} ")
}

func mlFinRemplacee(s string) string {
	return mlFinRedigee.ReplaceAllString(s, "$1 est remplacée par les mots : $2")
}

func mlRemplacerLaFin(s string) string {
	return mapOutsideQuotes(s, func(p string) string {
		return mlRedigerFin.ReplaceAllStringFunc(p, func(m string) string {
			g := mlRedigerFin.FindStringSubmatch(m)
			return map[string]string{"R": "R", "r": "r"}[g[1]] + "emplacer la fin " + g[2] + " par les mots :"
		})
	})
}

// ---- Still more wordings -------------------------------------------------

var (
	mlAuItem     = regexp.MustCompile(`(^|, |\) |– |- |° |\. )(Au|au) ((?:\d+°|[IVX]+|[a-z])(?: (?:bis|ter|quater|[A-Z]))?)( (?:du|de l['’]|de la|,)|,)`)
	mlParLesMots = regexp.MustCompile(`\b(par|insérés|ajoutés|inséré|ajouté) (les mots|le mot)(\s*:)`)
	mlCetArticle = regexp.MustCompile(`(^|[^\pL])(de|à|[Ss]upprimer|[Rr]édiger ainsi|[Cc]ompléter|[Rr]établir) cet article\b`)
	mlApresAlIns = regexp.MustCompile(`^((?:[IVX]+\s*[.)]\s*[-–—]?\s*|[IVX]+\s+[-–—]\s*|\d+°\s*[.)]?\s*[-–—]?\s*)?)(Après|Avant) (l['’]alinéa \d+), insérer (.+)$`)
	mlEnConseq   = regexp.MustCompile(`^((?:[IVX]+\s*[.)]\s*[-–—]?\s*|[IVX]+\s+[-–—]\s*|\d+°\s*[.)]?\s*[-–—]?\s*)?)En conséquence, (.+)$`)
)

func mlDansItem(s string) string {
	return mapOutsideQuotes(s, func(p string) string {
		return mlAuItem.ReplaceAllStringFunc(p, func(m string) string {
			g := mlAuItem.FindStringSubmatch(m)
			return g[1] + mlLikeCase(g[2], "dans") + " le " + g[3] + g[4]
		})
	})
}

func mlMotsSuivants(s string) string {
	return mlMapSegments(s, func(p string, quoted bool) string {
		if !quoted {
			return p
		}
		return mlParLesMots.ReplaceAllStringFunc(p, func(m string) string {
			g := mlParLesMots.FindStringSubmatch(m)
			if g[2] != "les mots" {
				return m
			}
			return g[1] + " les mots suivants" + g[3]
		})
	})
}

func mlPresentArticle(s string) string {
	return mapOutsideQuotes(s, func(p string) string {
		return mlCetArticle.ReplaceAllStringFunc(p, func(m string) string {
			g := mlCetArticle.FindStringSubmatch(m)
			switch g[2] {
			case "de":
				return g[1] + "du présent article"
			case "à":
				return g[1] + "au présent article"
			}
			return g[1] + g[2] + " le présent article"
		})
	})
}

func mlInsererApresVirgules(s string) string {
	g := mlApresAlIns.FindStringSubmatch(s)
	if g == nil {
		return s
	}
	return g[1] + "Insérer, " + strings.ToLower(g[2]) + " " + g[3] + ", " + g[4]
}

func mlInsererApresNu(s string) string {
	g := mlApresAlIns.FindStringSubmatch(s)
	if g == nil {
		return s
	}
	return g[1] + "Insérer " + strings.ToLower(g[2]) + " " + g[3] + " " + g[4]
}

func mlSansEnConsequence(s string) string {
	g := mlEnConseq.FindStringSubmatch(s)
	if g == nil {
		return s
	}
	return g[1] + mlUpperFirst(g[2])
}

// ---- The sentence after its alinéa; the new words first -----------------

var (
	mlPhraseDeAl = regexp.MustCompile(`(^|, |\) |– |- |° )(À|A|à) la ((?:première|deuxième|seconde|troisième|quatrième|dernière|avant-dernière) phrase) de l['’]alinéa (\d+),`)
	mlSubstNew   = regexp.MustCompile(`\b([Ss])ubstituer (au|aux|à la|à l'|à l’) ?(mot|mots|référence|références|taux|nombre|date|année|montant|somme|chiffre|chiffres)(\s*:\s*)(` + mlQ + `)\s*,?\s+(le|les|la|l'|l’) ?(mot|mots|référence|références|taux|nombre|date|année|montant|somme|chiffre|chiffres)(\s*:\s*)(` + mlQ + `)`)
	mlAuxSubst   = regexp.MustCompile(`(^|[^\pL])([Aa]ux mots|[Aa]u mot|[Àà] la référence|[Aa]ux références)(\s*:\s*)(` + mlQ + `)\s+(sont substitués|est substitué|est substituée|sont substituées) (les mots|le mot|la référence|les références)(\s*:\s*)(` + mlQ + `)`)
)

func mlPhraseApresAlinea(s string) string {
	return mapOutsideQuotes(s, func(p string) string {
		return mlPhraseDeAl.ReplaceAllStringFunc(p, func(m string) string {
			g := mlPhraseDeAl.FindStringSubmatch(m)
			return g[1] + mlLikeCase(g[2], "à") + " l'alinéa " + g[4] + ", à la " + g[3] + ","
		})
	})
}

// mlSubstituerNouveau: "substituer aux mots : « A » les mots : « B »" as
// "substituer les mots : « B » aux mots : « A »".
func mlSubstituerNouveau(s string) string {
	return mlSubstNew.ReplaceAllStringFunc(s, func(m string) string {
		g := mlSubstNew.FindStringSubmatch(m)
		return g[1] + "ubstituer " + mlArt(g[6], g[7]) + g[8] + g[9] + " " + g[2] + mlSpaceAfter(g[2]) + g[3] + g[4] + g[5]
	})
}

func mlSpaceAfter(a string) string {
	if strings.HasSuffix(a, "'") || strings.HasSuffix(a, "’") {
		return ""
	}
	return " "
}

// mlSubstituesNouveau: the bills' "aux mots : « A » sont substitués les
// mots : « B »" as "les mots : « B » sont substitués aux mots : « A »"
// (applied after mlSubstitues).
func mlSubstituesNouveau(s string) string {
	s = mlSubstitues(s)
	return mlAuxSubst.ReplaceAllStringFunc(s, func(m string) string {
		g := mlAuxSubst.FindStringSubmatch(m)
		return g[1] + mlLikeCase(g[2], g[6]) + g[7] + g[8] + " " + g[5] + " " + mlLowerFirst(g[2]) + g[3] + g[4]
	})
}

// ---- Bills: "alinéa premier", "l'alinéa 2" ------------------------------

var (
	mlPremierAlinea = regexp.MustCompile(`(^|[^\pL])(Au|au|Du|du|Le|le) premier alinéa\b`)
	mlRangAlinea    = regexp.MustCompile(`(^|[^\pL])(Au|au|Du|du|Le|le) (deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième) alinéa\b`)
	mlImperative    = regexp.MustCompile(`(?i)\b(substituer|remplacer|insérer|supprimer|rédiger|compléter|ajouter|rétablir)\b`)
)

func mlAlineaPremier(s string) string {
	return mapOutsideQuotes(s, func(p string) string {
		return mlPremierAlinea.ReplaceAllStringFunc(p, func(m string) string {
			g := mlPremierAlinea.FindStringSubmatch(m)
			switch strings.ToLower(g[2]) {
			case "au":
				return g[1] + mlLikeCase(g[2], "à") + " l'alinéa premier"
			case "du":
				return g[1] + mlLikeCase(g[2], "de") + " l'alinéa premier"
			}
			return g[1] + mlLikeCase(g[2], "l'") + "alinéa premier"
		})
	})
}

// mlAlineaNumeroLoi writes a bill's "au deuxième alinéa" as "à l'alinéa
// 2", as older laws number the alinéas of the article they edit; not in
// amendments (their "alinéa 2" counts the bill article's alinéas).
func mlAlineaNumeroLoi(s string) string {
	if mlImperative.MatchString(s) || strings.Contains(s, "«") {
		return s
	}
	n := map[string]string{"deuxième": "2", "troisième": "3", "quatrième": "4", "cinquième": "5", "sixième": "6", "septième": "7", "huitième": "8", "neuvième": "9", "dixième": "10"}
	return mapOutsideQuotes(s, func(p string) string {
		return mlRangAlinea.ReplaceAllStringFunc(p, func(m string) string {
			g := mlRangAlinea.FindStringSubmatch(m)
			switch strings.ToLower(g[2]) {
			case "au":
				return g[1] + mlLikeCase(g[2], "à") + " l'alinéa " + n[g[3]]
			case "du":
				return g[1] + mlLikeCase(g[2], "de") + " l'alinéa " + n[g[3]]
			}
			return g[1] + mlLikeCase(g[2], "l'") + "alinéa " + n[g[3]]
		})
	})
}

// ---- "la référence" / "les mots" -----------------------------------------

var (
	mlRefRemplacee = regexp.MustCompile(`\b([Ll])a référence(\s*:\s*)(` + mlQ + `)\s+est remplacée par la référence(\s*:\s*)(` + mlQ + `)`)
	mlRefSupprimee = regexp.MustCompile(`\b([Ll])a référence(\s*:\s*)(` + mlQ + `)\s+est supprimée`)
	mlRefAnchor    = regexp.MustCompile(`\b([Aa]près|[Aa]vant) la référence(\s*:\s*)(` + mlQ + `)`)
	mlRefSubst     = regexp.MustCompile(`\b([Ss])ubstituer à la référence(\s*:\s*)(` + mlQ + `)(\s*,?\s*)la référence(\s*:\s*)(` + mlQ + `)`)
)

func mlReferenceMots(s string) string {
	if strings.Contains(s, "occurrence") {
		return s // "l'occurrence de la référence" would need "des mots"
	}
	s = mlRefRemplacee.ReplaceAllString(s, "${1}es mots$2$3 sont remplacés par les mots$4$5")
	s = mlRefSupprimee.ReplaceAllString(s, "${1}es mots$2$3 sont supprimés")
	s = mlRefAnchor.ReplaceAllString(s, "$1 les mots$2$3")
	return mlRefSubst.ReplaceAllString(s, "${1}ubstituer aux mots$2$3${4}les mots$5$6")
}

// ---- Amendments: one alinéa of new text on the head's line or the next ---

var (
	mlOneAnnounce = regexp.MustCompile(`(?:un alinéa ainsi rédigé|l['’]alinéa suivant|une phrase ainsi rédigée|la phrase suivante|[Rr]édiger ainsi (?:cet alinéa|l['’]alinéa \d+|cette phrase|la (?:première|deuxième|seconde|dernière) phrase de (?:cet alinéa|l['’]alinéa \d+)))\s*:\s*$`)
	mlOneQuoted   = regexp.MustCompile(`^«[^«»]*»\s*\.?$`)
	mlHeadText    = regexp.MustCompile(`^(.*(?:un alinéa ainsi rédigé|l['’]alinéa suivant|une phrase ainsi rédigée|la phrase suivante|[Rr]édiger ainsi (?:cet alinéa|l['’]alinéa \d+|cette phrase))\s*:)\s*(«[^«»]*»\s*\.?)$`)
)

// mlTextSameLine joins a head announcing one alinéa and its quoted text,
// alone on the next line, into one paragraph.
func mlTextSameLine(s string) string {
	return mlLines(s, func(ls []string, i int) ([]string, int) {
		if i+1 >= len(ls) || !mlOneAnnounce.MatchString(ls[i]) || !mlOneQuoted.MatchString(strings.TrimSpace(ls[i+1])) {
			return nil, 0
		}
		if i+2 < len(ls) && !mlStartsOwn.MatchString(strings.TrimSpace(ls[i+2])) {
			return nil, 0
		}
		return []string{strings.TrimRight(ls[i], " ") + " " + strings.TrimSpace(ls[i+1])}, 2
	})
}

// mlTextNextLine splits "… insérer un alinéa ainsi rédigé : « X »." into
// the head and the text on the next line.
func mlTextNextLine(s string) string {
	return mlLines(s, func(ls []string, i int) ([]string, int) {
		g := mlHeadText.FindStringSubmatch(ls[i])
		if g == nil || strings.ContainsAny(g[1], "«»\"") {
			return nil, 0
		}
		return []string{g[1], g[2]}, 1
	})
}

// ---- "ajouter" for "insérer" at the start or the end; "précédé des mots" --

var (
	mlCompleterParAj = regexp.MustCompile(`\b([Cc])ompléter (l['’]alinéa \d+|cet alinéa|cette phrase) par (les mots|le mot)(\s*:)`)
	mlDebutInserer   = regexp.MustCompile(`\b([Aa]u début (?:de l['’]alinéa \d+|de cet alinéa|de cette phrase|de la (?:première|deuxième|seconde|dernière) phrase de l['’]alinéa \d+)),\s*insérer\b`)
	mlDebutBill      = regexp.MustCompile(`^((?:[IVX]+\.?\s*[-–—]\s*|\d+°\s*|[a-z]\)\s*)?)[AÀ]u début (du|de la|de l['’]) ([^,"«“:]+?),\s*(?:sont|est) (?:ajoutés|insérés|ajouté|inséré) (les mots|le mot)(\s*:\s*` + mlQ + `)(.*)$`)
)

func mlFinAjouter(s string) string {
	return mapOutsideQuotes(s, func(p string) string {
		return mlCompleterParAj.ReplaceAllStringFunc(p, func(m string) string {
			g := mlCompleterParAj.FindStringSubmatch(m)
			return mlLikeCase(g[1], "à") + " la fin de " + g[2] + ", ajouter " + g[3] + g[4]
		})
	})
}

func mlDebutAjouter(s string) string {
	return mapOutsideQuotes(s, func(p string) string { return mlDebutInserer.ReplaceAllString(p, "$1, ajouter") })
}

func mlPrecede(s string) string {
	g := mlDebutBill.FindStringSubmatch(s)
	if g == nil || strings.Contains(g[3], " et ") {
		return s
	}
	var subj, agree string
	switch strings.ToLower(g[2]) {
	case "du":
		subj = "Le "
	case "de la":
		subj, agree = "La ", "e"
	default:
		subj = "L'"
	}
	of := "des mots"
	if g[4] == "le mot" {
		of = "du mot"
	}
	return g[1] + subj + g[3] + " est précédé" + agree + " " + of + g[5] + g[6]
}

// ---- Bills: "il est inséré les mots" -------------------------------------

var mlSontInseresMots = regexp.MustCompile(`(,\s*)(?:sont insérés|sont ajoutés|est inséré|est ajouté) (les mots|le mot)(\s*:)`)

func mlIlEstInsereMots(s string) string {
	return mlMapSegments(s, func(p string, quoted bool) string {
		if !quoted {
			return p
		}
		return mlSontInseresMots.ReplaceAllString(p, "${1}il est inséré $2$3")
	})
}

// ---- The rewrites ---------------------------------------------------

var _ = addRewrites(
	rewrite{name: "lex-modifie-comme-suit", instr: mlOutside(mlAinsiModifie, "$1 $2 comme suit :")},
	rewrite{name: "lex-modifie-ainsi-qu-il-suit", instr: mlOutside(mlAinsiModifie, "$1 $2 ainsi qu'il suit :")},
	rewrite{name: "lex-redige-comme-suit", instr: func(s string) string {
		return mapOutsideQuotes(s, func(p string) string {
			p = mlAinsiRedige.ReplaceAllString(p, "$1 $2 comme suit :")
			p = mlAinsiRedigeN.ReplaceAllString(p, "$1 comme suit :")
			return mlRedigerAinsi.ReplaceAllString(p, "${1}édiger comme suit")
		})
	}},
	rewrite{name: "lex-rediger-ainsi", instr: func(s string) string {
		return mapOutsideQuotes(s, func(p string) string {
			p = mlRedigerCSuit.ReplaceAllString(p, "${1}édiger ainsi")
			return mlCommeSuitPart.ReplaceAllString(p, "ainsi $1 :")
		})
	}},
	rewrite{name: "lex-mots-sans-deux-points", instr: func(s string) string {
		return mlMapSegments(s, func(p string, quoted bool) string {
			if !quoted {
				return p
			}
			return mlNounColonEnd.ReplaceAllString(p, "$1 ")
		})
	}},
	rewrite{name: "lex-mot-pluriel", instr: mlMotPluriel},
	rewrite{name: "lex-insere-apres-ordre", instr: mlInsereOrdre},
	rewrite{name: "lex-second-deuxieme", instr: func(s string) string {
		return mapOutsideQuotes(s, func(p string) string {
			return mlSecond.ReplaceAllStringFunc(p, func(m string) string {
				g := mlSecond.FindStringSubmatch(m)
				return map[string]string{"S": "D", "s": "d"}[g[1]] + "euxième" + g[3]
			})
		})
	}},
	rewrite{name: "lex-deuxieme-second", instr: mlDeuxiemeSecond},
	rewrite{name: "lex-abroge-supprime", instr: mlOutside(mlAbroge, "$1 supprimé$2")},
	rewrite{name: "lex-supprime-abroge", instr: mlSupprimeAbroge},
	rewrite{name: "lex-substituer-remplacer", instr: mlSubstToRemplInline, file: mlSubstToRemplFile},
	rewrite{name: "lex-remplacer-substituer", instr: mlRemplToSubstInline, file: mlRemplToSubstFile},
	rewrite{name: "lex-inserer-virgules", instr: mlInsererVirgules},
	rewrite{name: "lex-alinea-rang", instr: mlAlineaRang},
	rewrite{name: "lex-alinea-suivant", instr: mlReplaceAll(mlAinsiToSuivant)},
	rewrite{name: "lex-ainsi-redige", instr: mlReplaceAll(mlSuivantToAinsi)},
	rewrite{name: "lex-est-insere-sans-il", instr: mlIlEstInsere},
	rewrite{name: "lex-il-est-insere", instr: mlEstInsereIl},
	rewrite{name: "lex-dans-place", instr: mlDansPlace},
	rewrite{name: "lex-alinea-1er", instr: mlAlinea1er},
	rewrite{name: "lex-substitues-loi", instr: mlSubstitues},
	rewrite{name: "lex-ajoutes", instr: mlAjoutes},
	rewrite{name: "lex-fin-inserer", instr: mlFinInserer},
	rewrite{name: "lex-il-est-insere-apres", instr: mlIlEstInsereApres},
	rewrite{name: "lex-nouvel-alinea", instr: mlNouvelAlinea},
	rewrite{name: "lex-inserer-objet-avant", instr: mlInsererObjetAvant},
	rewrite{name: "lex-alineas-et-a", instr: mlEtA},
	rewrite{name: "lex-rang-chiffres", instr: mlRangChiffres},
	rewrite{name: "lex-mots-singulier", instr: mlMotsSingulier},
	rewrite{name: "lex-dispositions-suivantes", instr: mlDispositionsSuivantes},
	rewrite{name: "lex-article-d-abord", instr: mlArticleFirst},
	rewrite{name: "layout-mots-guillemets", file: mlQuoteWords},
	rewrite{name: "layout-mots-sans-guillemets", file: mlUnquoteWords},
	rewrite{name: "lex-indicatif-alinea", instr: mlIndicatifAlinea},
	rewrite{name: "layout-remplacer-par-un-alinea", file: mlRemplacerParUn},
	// Combinations: the Sénat's whole layout from the Assemblée's
	// sentences, and back.
	rewrite{name: "combo-senat-remplacer", instr: mlSubstToRemplInline, file: mlSenatLayout},
	rewrite{name: "combo-assemblee-substituer", file: mlChain(mlAssembleeLayout, mlEachLine(mlRemplToSubstInline))},
	// (file rewrites see no roles: the instruction words are rewritten
	// by instr, on instruction paragraphs only.)
	rewrite{name: "combo-assemblee-rang-dans", instr: mlChain(mlAlineaRang, mlDansPlace), file: mlChain(mlAssembleeLayout, mlAfterAlineaJoin, mlCetAlineaNumero)},
	rewrite{name: "combo-loi-ancienne", instr: mlChain(mlOutside(mlAinsiModifie, "$1 $2 comme suit :"), mlEstInsereIl, mlDansPlace, mlAlinea1er, mlSubstitues, mlAjoutes, mlReplaceAll(mlAinsiToSuivant), mlNouvelAlinea)},
	rewrite{name: "combo-loi-moderne", instr: mlChain(mlIlEstInsere, mlInsereOrdre, mlMotPluriel, mlArticleFirst, mlDeuxiemeSecond)},
	rewrite{name: "lex-in-fine", instr: mlInFine},
	rewrite{name: "lex-debut-inseres", instr: mlDebutInseres},
	rewrite{name: "lex-fin-remplacee", instr: mlFinRemplacee},
	rewrite{name: "lex-remplacer-la-fin", instr: mlRemplacerLaFin},
	rewrite{name: "lex-dans-item", instr: mlDansItem},
	rewrite{name: "lex-mots-suivants", instr: mlMotsSuivants},
	rewrite{name: "lex-present-article", instr: mlPresentArticle},
	rewrite{name: "lex-inserer-apres-alinea-virgules", instr: mlInsererApresVirgules},
	rewrite{name: "lex-inserer-apres-alinea-nu", instr: mlInsererApresNu},
	rewrite{name: "lex-sans-en-consequence", instr: mlSansEnConsequence},
	rewrite{name: "lex-phrase-apres-alinea", instr: mlPhraseApresAlinea},
	rewrite{name: "lex-substituer-nouveau-d-abord", instr: mlSubstituerNouveau},
	rewrite{name: "lex-substitues-nouveau-d-abord", instr: mlSubstituesNouveau},
	rewrite{name: "lex-alinea-premier", instr: mlAlineaPremier},
	rewrite{name: "lex-alinea-numero-loi", instr: mlAlineaNumeroLoi},
	rewrite{name: "lex-reference-mots", instr: mlReferenceMots},
	rewrite{name: "layout-texte-meme-ligne", file: mlTextSameLine},
	rewrite{name: "layout-texte-ligne-suivante", file: mlTextNextLine},
	rewrite{name: "lex-fin-ajouter", instr: mlFinAjouter},
	rewrite{name: "lex-debut-ajouter", instr: mlDebutAjouter},
	rewrite{name: "lex-precede-des-mots", instr: mlPrecede},
	rewrite{name: "lex-il-est-insere-mots", instr: mlIlEstInsereMots},
	rewrite{name: "layout-locator-line", file: mlLocatorLine},
	rewrite{name: "layout-apres-alinea-line", file: mlAfterAlineaSplit},
	rewrite{name: "layout-apres-alinea-join", file: mlAfterAlineaJoin},
	rewrite{name: "layout-numero-cet-alinea", file: mlNumeroCetAlinea},
	rewrite{name: "layout-senat", file: mlSenatLayout},
	rewrite{name: "layout-assemblee", file: mlAssembleeLayout},
	rewrite{name: "layout-cet-alinea-numero", file: mlCetAlineaNumero},
)
