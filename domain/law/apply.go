package law

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ApplyOptions tune how instructions are applied. The zero value is valid.
type ApplyOptions struct {
	// CensoredMention, if set, replaces the bill's "(Censuré)" marks, as the
	// consolidated text does after a Conseil constitutionnel decision: a
	// whole censored alinéa becomes "[mention.]", a censored passage
	// "[mention]". E.g. "Dispositions déclarées non conformes à la
	// Constitution par la décision du Conseil constitutionnel n° 2009-580 DC
	// du 10 juin 2009".
	CensoredMention string
	// LegifranceTypography, if set, typesets inserted text as Légifrance's
	// consolidated codes do: the "oe" ligature in the words that take it
	// ("oeuvre" → "œuvre", "coeur", "soeur", "voeu", "noeud", "oeil",
	// "boeuf", "oeuf", "manoeuvre", "moeurs", "oenologique", "foetus"
	// …: oeWords), the straight apostrophe and the
	// plain hyphen ("l’article L. 1‑1" → "l'article L. 1-1"), an
	// article's number spaced after its letters ("L.1" → "L. 1") and a
	// horizontal bar for the dash that
	// opens a list item or follows a paragraph's number at the start of an
	// alinéa, whatever dash the bill typed ("- " → "― ", "I. – " → "I. ―
	// "), or, when the article edited (else
	// most of the corpus) writes its paragraph numbers tight ("I.-Le"), the
	// same; capital letters without accents ("État" → "Etat"); a European
	// act's date without the commas the bill put around it ("du Conseil,
	// du 22 octobre 2007, portant" → "du Conseil du 22 octobre 2007
	// portant"). Bills are typed without these conventions.
	LegifranceTypography bool
	// OwnLaw, if set, fills the number and date of the law being applied
	// into its own blank references in the text it inserts ("loi n° du
	// … de modernisation de l'agriculture" → "loi n° 2010-874 du 27
	// juillet 2010 de modernisation de l'agriculture"), as the
	// consolidated text does.
	OwnLaw OwnLaw

	// dash is the paragraph-number style of the article being edited:
	// "tight" ("I.-Le …") or "" (the horizontal bar, "I. ― Le …").
	dash string
	// billQuotes is set for amendments to a bill's text: new alinéas take
	// the quotation marks of the quoted block they go into.
	billQuotes bool
	// typedAs is the bill article as tabled, counted with the text
	// edited when new text takes its typography (asHost): an amendment
	// deleting the alinéas that held the apostrophes does not leave its
	// own typing to the rest (TestGenAmTypedAsTabled).
	typedAs []string
	// codeDash is the style of most articles of each code in the corpus.
	codeDash map[string]string
	// grp is the article as the bill article being applied found it, for
	// counting alinéas on that text (see Apply).
	grp *groupState
	// groups are the groups of the bill article being applied, by
	// article: each article of a range counts its alinéas in its own.
	groups map[CodeRef]*groupState
	// numberI holds the separator of a II an edit added at the end of an
	// article without paragraphs ("II. – "): its text is the I
	// (numberTheI).
	numberI map[CodeRef]string
	// besideGone is the division of the article new articles are
	// placed beside, the text having repealed it alone (besideGone).
	besideGone []string
}

var (
	tightNumber = mustRe(`^(?:[IVX]+|[A-Z])\.-\S`)
	barNumber   = mustRe(`^(?:[IVX]+|[A-Z])\. ― `)
	plainNumber = mustRe(`^([IVX]+|[A-Z])\. - `)
)

// dashStyleNew is dashStyle among the newer styles only.
func dashStyleNew(als ...[]string) string {
	tight, bar := 0, 0
	for _, al := range als {
		for _, l := range al {
			if tightNumber.MatchString(l) {
				tight++
			} else if barNumber.MatchString(l) {
				bar++
			}
		}
	}
	switch {
	case tight > bar:
		return "tight"
	case bar > 0:
		return "bar"
	}
	return ""
}

// inDivision lists the articles of code in the division named by slugs
// (largest first, consecutive in the article's Division; the first of a
// kind however spelled, firstAsOne). A division named by one level ("le
// livre II du code civil") is the code's own, at the top of its folders
// (atTop), never one inside another.
func inDivision(c Corpus, code string, slugs []string) []CodeRef {
	if len(slugs) == 1 {
		return atTop(c, code, slugs[0])
	}
	if len(slugs) < 2 {
		return nil
	}
	var out []CodeRef
	for r, a := range c {
		if r.Code != code {
			continue
		}
		if divisionAt(a.Division, slugs) >= 0 {
			out = append(out, r)
		}
	}
	return out
}

// newArticlesFolders is the division each article e creates is filed
// in, as the code's folders name it: an article rewritten or re-made
// keeps its own; one inserted in a division the place names ("Au début
// de la section 2 du chapitre Ier …", "La section 2 est complétée par
// un article …") takes that division's folders, as an article of it in
// the corpus has them; one inserted beside an article ("Après l'article
// L. 1, …") takes that article's, the nearest division, even under a
// head naming a division above it ("Le livre VI est ainsi modifié : …
// 3° Après l'article L. 1, …" files it in L. 1's chapter, as the same
// instruction written with its whole place does); the head's division
// when the corpus does not hold that article. A division rewritten
// whole ("La section 2 est ainsi rédigée :") files each article of its
// new text in it, under the divisions the text heads it with
// (Edit.Headings), never in its former folders: the division's former
// sections went with it. A division the text creates ("il est inséré
// une section 3 bis …", "Le chapitre II est complété par une section 4
// …", "Au titre II, il est ajouté un chapitre V …") is filed in the
// division the place names, or beside the article named, in that
// article's folders above the new division's level ("section-3" gives
// way to "section-3-bis"), or beside the division named, of its kind
// ("Après la section 1, il est inséré une section 1 bis"), in their
// parent, each article under the headings of the new text. None when the corpus holds no article of the place, or the new
// text heads its articles with no division.
func newArticlesFolders(c Corpus, e Edit, gone []string) [][]string {
	var place []string
	inside := func(into []string) []string {
		refs := inDivision(c, e.Scope.Ref.Code, into)
		sort.Slice(refs, func(i, j int) bool { return refs[i].Article < refs[j].Article })
		if len(refs) > 0 {
			d := c[refs[0]].Division
			if i := divisionAt(d, into); i >= 0 {
				return d[:i+len(into)]
			}
		}
		return nil
	}
	headed := func(i int) []string {
		if i < len(e.Headings) {
			return e.Headings[i]
		}
		return nil
	}
	anchor := c[e.Scope.Ref].Division
	if _, ok := c[e.Scope.Ref]; !ok {
		anchor = gone // the place a repealed article left (besideGone)
	}
	beside := e.Scope.Ref.Article != "" && e.Scope.RangeTo == "" && len(anchor) > 0
	switch {
	case e.NewDivision:
		if len(e.Headings) == 0 || len(e.Headings[0]) == 0 {
			break
		}
		top := divisionRank(e.Headings[0][0])
		switch {
		case len(e.Into) > 0:
			place = inside(e.Into)
		case beside:
			d := anchor
			for i, f := range d {
				if divisionRank(f) >= top {
					d = d[:i]
					break
				}
			}
			place = d
		case len(e.Scope.Division) > 0:
			place = inside(e.Scope.Division)
			if n := len(place); n > 0 && divisionRank(place[n-1]) == top {
				// "Après la section 1 du chapitre III, il est inséré une
				// section 1 bis": the division named is the new one's
				// sibling, the new one filed in their parent.
				place = place[:n-1]
			}
		}
		if len(place) > 0 && divisionRank(place[len(place)-1]) >= top {
			place = nil // the place is not above the new division
		}
	case len(e.Into) > 0:
		place = inside(e.Into)
	case beside:
		place = anchor
	case len(e.Scope.Division) > 0:
		place = inside(e.Scope.Division)
	}
	if place == nil {
		place = emptyDivisionPlace24(c, e)
	}
	out := make([][]string, len(e.NewArticles))
	for i, a := range e.NewArticles {
		d := place
		switch {
		case e.NewDivision:
			d = nil
			if len(place) > 0 && len(headed(i)) > 0 {
				d = append(append([]string(nil), place...), headed(i)...)
			}
		case e.ReplaceDivision && len(place) > 0:
			// Under the division rewritten: the new text's own heading
			// of it (« Section 2 ») or above is no level of its own.
			own := divisionRank(place[len(place)-1])
			rel := headed(i)
			if sib := replacedSibling(place, rel); sib != nil {
				// « Chapitre II bis » in the text replacing the chapitre
				// II: that one, beside it (divs19).
				d = sib
				break
			}
			for len(rel) > 0 && divisionRank(rel[0]) <= own {
				rel = rel[1:]
			}
			d = append(append([]string(nil), place...), rel...)
		default:
			if old, ok := c[a.Ref]; ok && len(old.Division) > 0 {
				d = old.Division
			}
		}
		if len(d) > 0 {
			out[i] = append([]string(nil), d...)
		}
	}
	return out
}

// firstAsOne spells the first division of its kind one way: the
// folders and the bills write it "chapitre-ier", "chapitre-premier",
// "chapitre-1er", "paragraphe-1" or "paragraphe-1er" ("Chapitre Ier",
// "Paragraphe 1er"), the same division in its parent; its Latin adverb
// or capital stays ("section-1er-bis" is "section-1-bis").
func firstAsOne(slug string) string {
	if m := reFirstSlug.FindStringSubmatch(slug); m != nil {
		return m[1] + "-1" + m[2]
	}
	return slug
}

var reFirstSlug = mustRe(`^((?:sous-)?[a-z]+)-(?:premier|premiere|1er|1re|ier|i|1)((?:-[a-z]+)*)$`)

// euActDate is a European act cited with its date between commas, as
// the bills type it ("règlement (CE) n° 1234/2007 du Conseil, du 22
// octobre 2007, portant …"; group 1 the act and its author, 2 the date,
// 3 the first word of its title): the Journal officiel, and Légifrance
// after it, cite it without them ("… du Conseil du 22 octobre 2007
// portant …").
var euActDate = mustRe(`((?:règlement|directive|décision)\s+(?:\((?:CE|CEE|UE|Euratom)\)\s+)?(?:n°\s*)?\d+/\d+(?:/[A-Z]+)?\s+(?:du Parlement européen et du Conseil|du Conseil|de la Commission)),\s+(du\s+\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}),\s+(portant|relatif|relative|concernant|établissant|modifiant|fixant|instituant|définissant|abrogeant)\b`)

// footnoteCall is a call to a footnote of the Journal officiel ("Le
// Défenseur des droits (1).") — not part of the text consolidated.
var footnoteCall = mustRe(`\s*\(\d\)(\s*[.;]?\s*$)`)

// dashStyle says how alinéas write their paragraph numbers: "tight"
// ("I.-Le"), "bar" ("I. ― Le") or "plain" ("I. - Le"), whichever most
// use; "" when none does.
func dashStyle(als ...[]string) string {
	tight, bar, plain := 0, 0, 0
	for _, al := range als {
		for _, l := range al {
			switch {
			case tightNumber.MatchString(l):
				tight++
			case barNumber.MatchString(l):
				bar++
			case plainNumber.MatchString(l):
				plain++
			}
		}
	}
	switch {
	case tight > bar && tight > plain:
		return "tight"
	case bar > 0 && bar >= plain:
		return "bar"
	case plain > 0:
		return "plain"
	}
	return ""
}

var (
	// oeWords are the words French writes with the ligature, their
	// "oe" group 2: œuvre, manœuvre, désœuvré, cœur, chœur, sœur, mœurs,
	// rancœur, vœu, nœud, bœuf, œuf, œil, œnologie, œsophage, œdème,
	// œstrogène, œcuménique, fœtus — not "coefficient", "coexister",
	// "moelle", "coercition", whose "o" and "e" are apart.
	oeWords   = mustRe(`\b([Mm]an|[Dd]és|[Cc]h?|[Ss]|[Mm]|[Rr]anc|[Vv]|[Nn]|[Bb]|[Ff]|)(oe|Oe|OE)(uvr|urs|ur|u|ud|il|uf|nolog|sophag|d[èe]m|str|cum[ée]n|t(?:us|al))`)
	listDash  = mustRe(`^[-–—] `)
	oeReplace = map[string]string{"oe": "œ", "Oe": "Œ", "OE": "Œ"}
)

// functionWords are the words that begin a sentence only by their
// capital: when words are put before them, they lose it ("En principe, il
// est …"). Nouns keep theirs (État, Gouvernement).
var functionWords = map[string]bool{"Le": true, "La": true, "Les": true, "L'": true, "L’": true, "Il": true, "Elle": true, "Ils": true, "Elles": true,
	"Un": true, "Une": true, "Des": true, "Ce": true, "Cette": true, "Ces": true, "Au": true, "Aux": true, "Du": true, "En": true, "Dans": true,
	"Pour": true, "Sur": true, "Par": true, "À": true, "Lorsque": true, "Si": true, "Sauf": true, "Sont": true, "Est": true, "Tout": true, "Toute": true,
	"Avec": true, "Sans": true, "Selon": true, "Sous": true, "Entre": true, "Après": true, "Avant": true, "Dès": true, "Depuis": true, "Pendant": true,
	"Contre": true, "Vers": true, "Outre": true, "Auprès": true, "Afin": true, "De": true, "D'": true, "D’": true, "Chaque": true, "Aucun": true,
	"Aucune": true, "Nul": true, "Nulle": true, "Son": true, "Sa": true, "Ses": true, "Leur": true, "Leurs": true, "Cet": true, "Tous": true,
	"Toutes": true, "Plusieurs": true, "Certains": true, "Certaines": true, "Ou": true, "Et": true, "Mais": true, "Soit": true, "Quand": true,
	"Dont": true, "Qui": true, "Que": true, "On": true, "Ne": true}

// lowerFirstWord lowers the first word of s when words, put before it,
// do not end a sentence and the word is a function word. An item's label
// put before it ("1°", "a)") begins the item's text: its capital stays
// ("1° Le juge", not "1° le juge").
func lowerFirstWord(s, words string) string {
	w := strings.TrimSpace(words)
	if w == "" || reLabelWords.MatchString(w) || strings.HasSuffix(w, ".") || strings.HasSuffix(w, ":") || strings.HasSuffix(w, "-") || strings.HasSuffix(w, "–") || strings.HasSuffix(w, "―") {
		return s
	}
	t := strings.TrimLeft(s, " ")
	end := strings.IndexAny(t, " '’")
	if end < 0 {
		// The word alone: the words a quotation named ("avant le mot : «
		// Toute »"; its capital stayed, "Sauf urgence, Toute …").
		end = len(t)
	}
	if end < len(t) && (t[end] == '\'' || strings.HasPrefix(t[end:], "’")) {
		_, n := utf8.DecodeRuneInString(t[end:])
		end += n
	}
	if t[:end] == "A" {
		// "A compter de …": the preposition "À" as the consolidated codes
		// print a capital, without its accent; lowered, it takes it back.
		return "à" + t[1:]
	}
	if !functionWords[t[:end]] {
		return s
	}
	r, n := utf8.DecodeRuneInString(t)
	return string(unicode.ToLower(r)) + t[n:]
}

// leadCapital gives words put at the start of text s the capital s
// began with: the new words begin the alinéa (the sentence, the item's
// text after its label) now, as before a word quoted ("avant le mot : «
// Le »"). "Au début, sont insérés les mots : « le préfet et »" before
// "Le maire signe" gives "Le préfet et le maire signe" (it gave "le
// préfet et le maire", an alinéa in lower case). Text that began in
// lower case (an item of a list, "a) les actes ;") leaves them as
// written, and so are words that begin with a label ("a) "). Under
// Légifrance's typography the capital goes without its
// accent ("A compter de").
func leadCapital(words, s string, opt ApplyOptions) string {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " \u00a0"))
	if !unicode.IsUpper(r) || labelRe.MatchString(strings.TrimSpace(words)) {
		// A label put first ("a) ", "1° ") is written as it is.
		return words
	}
	w := upperFirst(strings.TrimLeft(words, " "))
	if opt.LegifranceTypography {
		c, n := utf8.DecodeRuneInString(w)
		w = plainCapitals.Replace(string(c)) + w[n:]
	}
	return w
}

// reNumberWords is a paragraph's number alone with its dash: "I. –",
// "II bis. -", "A. –" (group 1 the number).
var reNumberWords = mustRe(`^((?:[IVX]+|[A-Z])(?:\s+` + latinOrd + `)?)\s*\.\s*[-–—―]$`)

// reLabelWords is an item's label alone: "1°", "2° bis", "a)", "b bis)".
var reLabelWords = mustRe(`^(?:\d+°(?:\s*` + latinOrd + `)?|[a-z](?:\s+` + latinOrd + `)?\))$`)

// plainCapitals writes capital letters without their accent, as the
// consolidated codes do ("État" → "Etat", "À" → "A").
// plainMarks are the consolidated codes' apostrophe and hyphen: a bill
// typed with the typographic apostrophe, the non-breaking hyphen or the
// Unicode hyphen U+2010 ("l’article L. 1‑1", "L. 1‐1") inserts
// "l'article L. 1-1".
var plainMarks = strings.NewReplacer("’", "'", "\u2011", "-", "\u2010", "-")

var plainCapitals = strings.NewReplacer("É", "E", "È", "E", "Ê", "E", "À", "A", "Â", "A", "Î", "I", "Ô", "O", "Ç", "C", "Û", "U")

// typeset applies LegifranceTypography to new text.
func typeset(lines []string, opt ApplyOptions) []string {
	if !opt.LegifranceTypography {
		return lines
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		l = oeWords.ReplaceAllStringFunc(l, func(m string) string {
			sm := oeWords.FindStringSubmatch(m)
			return sm[1] + oeReplace[sm[2]] + sm[3]
		})
		l = plainCapitals.Replace(l)
		l = plainMarks.Replace(l)
		l = tightArticle.ReplaceAllString(l, "$1. $2")
		l = footnoteCall.ReplaceAllString(l, "$1")
		l = euActDate.ReplaceAllString(l, "$1 $2 $3")
		if m := newNumber.FindStringSubmatch(l); m != nil {
			out[i] = numberAs(m[1], opt.dash) + l[len(m[0]):]
			continue
		}
		if opt.dash == "tight" || opt.dash == "plain" {
			out[i] = l
			continue
		}
		out[i] = listDash.ReplaceAllString(l, "― ")
	}
	return out
}

// newNumber is a paragraph's number opening new text, whatever dash the
// bill typed: "III. – ", "III. - ", "III. — ", "III.-", "I bis. – ",
// "B. – " (group 1 the number).
var newNumber = mustRe(`^((?:[IVX]+|[A-Z])(?:\s+` + latinOrd + `)?)\s*\.\s*[-–—―]\s*`)

// numberDashOf writes the paragraph's number new words begin with as
// the one of the words they replace is printed: « II. – Le juge » for
// "II.-Le préfet" gives "II.-Le juge" (a mention, « A. – » for "I.-" in
// "I.-Le maire", gave "A. –Le maire").
func numberDashOf(old, nw string) string {
	o, n := newNumber.FindStringSubmatch(old), newNumber.FindStringSubmatch(nw)
	if o == nil || n == nil {
		return nw
	}
	return n[1] + o[0][len(o[1]):] + nw[len(n[0]):]
}

// numberAs writes a paragraph's number as an article of style dash
// (dashStyle) does: "I.-" (tight), "I. - " (plain), "I. ― " (the bar,
// and by default).
func numberAs(num, dash string) string {
	switch dash {
	case "tight":
		return num + ".-"
	case "plain":
		return num + ". - "
	}
	return num + ". ― "
}

// ApplyError is an edit that could not be applied.
type ApplyError struct {
	// Instruction and Edit index the input of [Apply].
	Instruction, Edit int
	Ref               CodeRef
	// Missing is true when the target article is not in the corpus (the
	// edit may be right; the law in force was not given).
	Missing bool
	// WithRefused, if set, says the edit was not applied because edit
	// WithRefused (1-based) of the same instruction was refused: an
	// instruction is applied whole or not at all.
	WithRefused int
	Reason      string
	// Err is the refusal itself, for errors.As: its type says why
	// (innerPart, errWithRefused, …).
	Err error `json:"-"`
}

func (e ApplyError) Error() string {
	return fmt.Sprintf("couldn't apply instruction %d edit %d to %s: %s", e.Instruction, e.Edit, e.Ref, e.Reason)
}

// Unwrap gives the refusal's own error.
func (e ApplyError) Unwrap() error { return e.Err }

// Apply applies the edits of parsed instructions, in order, to a copy of
// the corpus and returns it with the edits that could not be applied. An
// edit that fails leaves its article as it was.
func Apply(c Corpus, ins []Instruction, opt ApplyOptions) (Corpus, []ApplyError) {
	out := c.Clone()
	if opt.LegifranceTypography {
		byCode := map[string][][]string{}
		for r, a := range c {
			byCode[r.Code] = append(byCode[r.Code], a.Alineas)
		}
		opt.codeDash = map[string]string{}
		for code, als := range byCode {
			// A code's own style: new articles are set in the newer
			// styles ("I.-", "I. ― "), never the plain one of old texts.
			if d := dashStyle(als...); d != "plain" {
				opt.codeDash[code] = d
			} else {
				opt.codeDash[code] = dashStyleNew(als...)
			}
		}
	}
	opt.numberI = map[CodeRef]string{}
	var errs []ApplyError
	type at struct{ i, j int }
	var renum []at // pending renumberings, applied together
	// The articles in force a renumbering not applied gave its new
	// number to ("L'article L. 1 devient l'article L. 2", an L. 2 in
	// force): a later instruction of the same bill article naming that
	// number means the article renumbered, not the one the corpus holds
	// there — refused (errRenumberedOnto). (In a later bill article the
	// number is read as the corpus holds it, as the generated bills'
	// model does.)
	onto := map[CodeRef]renumberedFrom{}
	renamed := map[CodeRef]CodeRef{} // (goneInBill)
	var alone goneAlone              // (besideGone)
	groups := map[CodeRef]*groupState{}
	var held *heldWhole // (settle)
	flushOnce := func() {
		if len(renum) == 0 {
			return
		}
		// A range renumbered with an article the text removed earlier:
		// its instruction is refused whole (rangeHoled).
		holed := map[int]error{}
		for _, r := range renum {
			if err := rangeHoled(c, out, ins[r.i].Edits[r.j]); err != nil && holed[r.i] == nil {
				holed[r.i] = err
			}
		}
		if len(holed) > 0 {
			var kept []at
			for _, r := range renum {
				if err := holed[r.i]; err != nil {
					errs = append(errs, ApplyError{Instruction: r.i, Edit: r.j, Ref: ins[r.i].Edits[r.j].Scope.Ref, Reason: err.Error(), Err: err})
				} else {
					kept = append(kept, r)
				}
			}
			if renum = kept; len(renum) == 0 {
				return
			}
		}
		edits := make([]Edit, len(renum))
		for k, r := range renum {
			edits[k] = ins[r.i].Edits[r.j]
		}
		inst, idx := make([]int, len(renum)), make([]int, len(renum))
		for k, r := range renum {
			inst[k], idx[k] = r.i, r.j
		}
		rerrs := applyRenumbering(out, edits, inst, idx)
		carryRenumberedGroups(groups, edits, rerrs)
		noteRenamed(renamed, edits, rerrs)
		for k, err := range rerrs {
			if err != nil {
				err = goneInBill(c, out, renamed, edits[k].Scope.Ref, err)
				r := renum[k]
				ae := ApplyError{Instruction: r.i, Edit: r.j, Ref: edits[k].Scope.Ref, Reason: err.Error(), Err: err}
				ae.Missing = err == errMissing
				if w, ok := err.(errWithRefused); ok {
					ae.WithRefused = w.edit
				}
				errs = append(errs, ae)
				if e := edits[k]; e.To.Article != "" && e.ToPart == (Division{}) && len(e.Scope.Path) == 0 {
					if _, held := out[e.To]; held {
						onto[e.To] = renumberedFrom{ref: e.Scope.Ref, bill: ins[r.i].Article}
					}
				}
			}
		}
		renum = renum[:0]
	}
	flush := func() {
		h, batch, cut := held, slices.Clone(renum), len(errs)
		held = nil
		flushOnce()
		var others []Edit
		for _, r := range batch {
			if h != nil && r.i != h.i {
				others = append(others, ins[r.i].Edits[r.j])
			}
		}
		if undone := false; h != nil {
			if errs, undone = h.settle(out, errs, cut, others); undone {
				renum = slices.DeleteFunc(batch, func(r at) bool { return r.i == h.i })
				flushOnce()
			}
		}
	}
	// Alinéas designated by position ("le deuxième alinéa") are counted on
	// the code article as the bill article found it: the edits of one bill
	// article to one code article form a group, and an alinéa inserted by
	// an earlier edit of the group does not shift the count.
	var bill ArticleNumber
	// The divisions renumbered by a renumbering recorded only (another
	// kind, another parent, a range), by code: a later instruction naming
	// one is refused, its number no longer telling which articles.
	blind := map[string][][]string{}
	// The divisions a renumbering of the bill emptied, moving their
	// articles to a new number ("La section 2 devient la section 5"), by
	// code: a later instruction naming one is refused (vacatedBy).
	vacated := map[string][][]string{}
	chain22 := relabelChain22{}
	for _, i := range applyOrder(ins) {
		in := ins[i]
		if in.Article != bill {
			bill, groups = in.Article, map[CodeRef]*groupState{}
		}
		opt.groups = groups
		if err := refused22(out, in.Edits, groups, opt); err != nil {
			for j, e := range in.Edits {
				errs = append(errs, ApplyError{Instruction: i, Edit: j, Ref: e.Scope.Ref, Reason: err.Error(), Err: err})
			}
			continue
		}
		// An instruction is applied whole or not at all: when one of its
		// edits is refused, the articles its earlier edits changed are
		// put back and its other edits refused with it (a partial
		// instruction is a text the law never made).
		if len(in.Edits) > 0 && in.Edits[0].Kind != EditRenumber {
			// The renumberings before it first: its snapshot is of the
			// articles as they leave them, and their errors are not its.
			flush()
		}
		book := applyBook{vacated: vacated, blind: blind, numberI: opt.numberI, onto: onto}
		snap := snapshotFor(out, in.Edits, groups, book)
		if held != nil && snap != nil {
			// An instruction held (settle) is settled before this one's
			// snapshot: its state is what this one found.
			flush()
			snap = snapshotFor(out, in.Edits, groups, book)
		}
		prior := slices.Clone(renum) // (renumberings flushed with its own)
		nerr := len(errs)
		d24 := newDivisions24(in)
		for j, e := range in.Edits {
			if e.Kind == EditRenumber {
				renum = append(renum, at{i, j})
				if e.Transferred && len(e.Touched) > 0 {
					// "L'article L. 1 est transféré au chapitre II":
					// its folders no longer say its division, so the
					// chapitre II named later would leave it out.
					blind[e.Scope.Ref.Code] = append(blind[e.Scope.Ref.Code], e.Touched)
				}
				continue
			}
			flush()
			var before []string
			opt.grp, opt.besideGone = nil, nil
			// Légifrance's consolidation note ("NOTA :" and the lines
			// after it) is not of the article's alinéas: the edit acts
			// on the text before it, and the note stays at the end.
			nota := takeNota(out, e)
			if a, ok := out[e.Scope.Ref]; ok && e.Scope.Ref.Article != "" {
				opt.grp = groupOf(groups, e.Scope.Ref, a.Alineas)
				before = append([]string(nil), a.Alineas...)
			}
			var err error
			code := e.Scope.Ref.Code
			moves := e.Kind == EditRenumberDivision && len(e.Moves) > 0 && movesAny(out, code, e.Moves)
			if from, ok := renumberedOnto(onto, in.Article, e); ok {
				err = errRenumberedOnto{from: from, to: e.Scope.Ref}
			} else if from, to, ok := renumberedOntoRange(onto, in.Article, e); ok {
				err = errRenumberedOnto{from: from, to: to}
			} else if blindTo(blind[code], e) {
				err = applyKind26(errApplyLayout26, "names a division a renumbering not applied, or an article transferred, may have changed: the folders no longer say which articles it holds")
			} else if v := vacatedBy(vacated[code], e); v != nil {
				err = errRenumberedAway{from: v}
			} else if g := besideGone(c, out, renamed, &alone, blind[code], vacated[code], e, &opt); g != nil {
				err = g
			} else if g := rangeEndGoneInBill(c, out, renamed, e); g != nil {
				err = g
			} else if g := billIntroSentence(out, e); g != nil {
				err = g
			} else if g := restoredThenRenumbered(out, ins, i, e); g != nil {
				err = g
			} else if g := d24.refused(out, e); g != nil {
				err = g
			} else if g := chain22.refusedOnto(in.Article, e); g != nil {
				err = g
			} else {
				replaced := articlesInForce(out, e)
				if st := opt.grp; st != nil && e.Kind == EditInsertWords && !e.Before && st.wordsAfter[wordsAfterKey(e)] {
					// "a) Après le mot : « A », sont insérés les mots :
					// « X » ; b) Après le mot : « A », sont insérés les
					// mots : « Y »": both after A as the group found it;
					// Y right after A (before X) or after X (the order
					// of the text) is not said, as for alinéas (it gave
					// "A Y X" — TestGenLaw3TwoInsertionsAfterOneWord).
					err = applyKind26(errApplyEarlierEdit26, fmt.Sprintf("words inserted after %q, where an earlier edit of the group inserted words: their order is not said", e.Anchor))
				} else {
					err = applyEditContained(out, e, opt, before)
				}
				if err == nil {
					rewroteWhole(out, groups, replaced)
					keepFoldersRepealed(c, out, e)
				}
			}
			alone.note(c, out, e, err)
			chain22.note(in.Article, e, err)
			if (err == nil || e.Unpaired != "") && e.Kind == EditRenumberDivision && len(e.Moves) == 0 && holdsIn(out, code, e.Touched) {
				blind[code] = append(blind[code], e.Touched)
			}
			if err != nil && e.Kind == EditRenumberDivision && len(e.Moves) > 0 {
				// A renumbering refused: a later instruction naming a new
				// number means the division renumbered, not the one the
				// corpus files there ("… devient la section 3 et est
				// ainsi modifiée :", its items in the section 3) —
				// refused.
				for _, m := range e.Moves {
					blind[code] = append(blind[code], m.To)
				}
			}
			if err == nil && e.Kind == EditRenumberDivision && len(e.Moves) > 0 {
				if moves {
					vacated[code] = vacate(vacated[code], e.Moves)
				} else {
					// None of the divisions renumbered held here, their
					// new numbers held: a later instruction naming one
					// may mean the division renumbered, not the one the
					// corpus files there (it repealed the latter).
					for _, m := range e.Moves {
						if holdsIn(out, code, m.To) {
							blind[code] = append(blind[code], m.To)
						}
					}
				}
			}
			if st := opt.grp; st != nil && e.Scope.RangeTo == "" {
				if err == nil {
					markInserted(st, e)
				}
				if err == nil && e.Kind == EditInsertWords && !e.Before && e.Anchor != "" {
					if st.wordsAfter == nil {
						st.wordsAfter = map[string]bool{}
					}
					st.wordsAfter[wordsAfterKey(e)] = true
				}
				// (A range's articles carry their groups themselves.)
				if err == nil && e.Kind == EditRewrite && len(e.Scope.Path) == 0 && e.Scope.Sentence == 0 && !e.Scope.Everywhere {
					st.whole = true
				}
				carryGroup(out, groups, e.Scope.Ref, st, before)
			}
			if a, ok := out[e.Scope.Ref]; ok && len(nota) > 0 {
				a.Alineas = append(append([]string(nil), a.Alineas...), nota...)
				out[e.Scope.Ref] = a
			}
			var ra errRangeArticles
			if errors.As(err, &ra) {
				// A range refused in some of its articles: one error
				// for each, on its article.
				for _, a := range ra {
					aerr := goneInBill(c, out, renamed, a.ref, a.err)
					errs = append(errs, ApplyError{Instruction: i, Edit: j, Ref: a.ref, Reason: aerr.Error(), Err: aerr, Missing: aerr == errMissing})
				}
			} else if err != nil {
				err = goneInBill(c, out, renamed, e.Scope.Ref, err)
				ae := ApplyError{Instruction: i, Edit: j, Ref: e.Scope.Ref, Reason: err.Error(), Err: err}
				if err == errMissing {
					ae.Missing = true
				}
				errs = append(errs, ae)
			}
		}
		if snap != nil {
			var whole bool
			if errs, whole = snap.undo(out, groups, book, in, i, errs, nerr); whole {
				// Refused over whole codes: the renumberings of earlier
				// instructions flushed with its own applied again alone,
				// its own pending ones dropped.
				renum = prior
				flush()
			} else if snap.codes != nil && slices.ContainsFunc(renum, func(r at) bool { return r.i == i }) {
				held = &heldWhole{snap: snap, groups: groups, book: book, in: in, i: i, nerr: nerr, end: len(errs)}
			}
		}
	}
	flush()
	numberTheI(out, opt.numberI)
	return out, errs
}

// errRenumberedOnto refuses an edit of an article a renumbering not
// applied gave its number to: the law means the article renumbered
// (from), the corpus holds another under that number (to).
type errRenumberedOnto struct{ from, to CodeRef }

func (e errRenumberedOnto) Error() string {
	return fmt.Sprintf("names article %s, the new number of %s, whose renumbering was not applied: the article in force under that number is another", e.to.Article, e.from.Article)
}

// renumberedFrom is the article a renumbering not applied moved onto
// an article in force, and its bill article.
type renumberedFrom struct {
	ref  CodeRef
	bill ArticleNumber
}

// renumberedOnto reports whether e, of bill article bill, acts on an
// article onto gives in that bill article (its scope, or a new article
// of it), and the article renumbered there.
func renumberedOnto(onto map[CodeRef]renumberedFrom, bill ArticleNumber, e Edit) (CodeRef, bool) {
	if len(onto) == 0 {
		return CodeRef{}, false
	}
	if from, ok := onto[e.Scope.Ref]; ok && from.bill == bill && e.Scope.RangeTo == "" && !e.Scope.Everywhere {
		return from.ref, true
	}
	for _, a := range e.NewArticles {
		if from, ok := onto[a.Ref]; ok && from.bill == bill {
			return from.ref, true
		}
	}
	return CodeRef{}, false
}

// articlesInForce gives the articles in force that new articles of e
// take the place of ("Les articles L. 1 et L. 2 sont ainsi rédigés :",
// "L'article L. 1 est ainsi rétabli :" over one in force).
func articlesInForce(c Corpus, e Edit) []CodeRef {
	if e.Kind != EditCreateArticles {
		return nil
	}
	var out []CodeRef
	for _, a := range e.NewArticles {
		if _, ok := c[a.Ref]; ok {
			out = append(out, a.Ref)
		}
	}
	return out
}

// rewroteWhole marks the articles a bill article rewrote whole in its
// groups: an alinéa counted by position in one after it is refused, as
// after "L'article L. 1 est ainsi rédigé" (groupState.whole).
func rewroteWhole(c Corpus, groups map[CodeRef]*groupState, refs []CodeRef) {
	for _, r := range refs {
		a, ok := c[r]
		if !ok {
			continue
		}
		st := newGroup(a.Alineas)
		st.whole = true
		groups[r] = st
	}
}

// numberTheI numbers I the text of each article the law gave a II at
// its end ("L'article L. 1 est complété par un II") when it had no
// numbered paragraph, as Légifrance consolidates it: "I. – " before its
// first alinéa, with the II's separator. Once the law's edits are
// applied: one of them may have numbered it ("Au début du premier
// alinéa, est ajoutée la mention : « I. – »", "les mots : « Les » sont
// remplacés par les mots : « I. – Les »"), before or after the II.
func numberTheI(c Corpus, pending map[CodeRef]string) {
	for r, sep := range pending {
		a, ok := c[r]
		if !ok || len(a.Alineas) == 0 {
			continue
		}
		first := strings.TrimSpace(a.Alineas[0])
		hasII := false
		for _, l := range a.Alineas {
			if m := billNumber.FindStringSubmatch(strings.TrimSpace(l)); m != nil && m[1] == "II" {
				hasII = true
			}
		}
		if !hasII || romanHead.MatchString(first) || billNumber.MatchString(first) {
			continue
		}
		a.Alineas = append([]string(nil), a.Alineas...)
		a.Alineas[0] = "I" + sep + a.Alineas[0]
		c[r] = a
	}
}

// anyParagraphNumber reports whether an alinéa of al opens with a
// paragraph's number ("I. – ", "II.-", "III. ― ").
func anyParagraphNumber(al []string) bool {
	for _, l := range al {
		if l = strings.TrimSpace(l); romanHead.MatchString(l) || billNumber.MatchString(l) {
			return true
		}
	}
	return false
}

// notaHead is the heading of Légifrance's consolidation note at the end
// of an article: "NOTA :", "Nota :" (its text on the line or after it).
var notaHead = mustRe(`^(?:\*\*)?(?:NOTA|Nota)\s*(?:\*\*)?\s*:`)

// takeNota takes Légifrance's consolidation note — a "NOTA :" alinéa
// after the article's text, and the alinéas after it — off the article
// an edit acts on, and returns it: "le dernier alinéa", "est complété par
// un alinéa" act on the article's text. Not for an edit that creates,
// renumbers or spans articles (the note is of the article in force).
func takeNota(c Corpus, e Edit) []string {
	if e.Scope.Ref.Article == "" || e.Scope.Everywhere || e.Scope.RangeTo != "" || e.Kind == EditCreateArticles || e.Kind == EditRenumber {
		return nil
	}
	a, ok := c[e.Scope.Ref]
	if !ok {
		return nil
	}
	for i := 1; i < len(a.Alineas); i++ {
		if notaHead.MatchString(strings.TrimSpace(a.Alineas[i])) {
			nota := append([]string(nil), a.Alineas[i:]...)
			a.Alineas = append([]string(nil), a.Alineas[:i]...)
			c[e.Scope.Ref] = a
			return nota
		}
	}
	return nil
}

// rangeRefusedOn reports whether edit j of instruction i was refused on
// article r (among errs, the instruction's).
func rangeRefusedOn(errs []ApplyError, i, j int, r CodeRef) bool {
	for _, e := range errs {
		if e.Instruction == i && e.Edit == j && e.Ref == r {
			return true
		}
	}
	return false
}

// errRangeArticles refuses an edit over a range of articles in some of
// them: each refused article is put back as it was, the others keep the
// edit (Apply reports one error for each, on its article).
type errRangeArticles []rangeArticleErr

// rangeArticleErr is the refusal of one article of a range.
type rangeArticleErr struct {
	ref CodeRef
	err error
}

func (e errRangeArticles) Error() string {
	parts := make([]string, len(e))
	for i, a := range e {
		parts[i] = "article " + a.ref.Article + ": " + a.err.Error()
	}
	return strings.Join(parts, "; ")
}

// errWithRefused refuses an edit an edit of the same instruction
// refused: the instruction is applied whole or not at all.
type errWithRefused struct{ edit int }

func (e errWithRefused) Error() string {
	return fmt.Sprintf("not applied: edit %d of the same instruction was refused", e.edit)
}

// applyOrder is the order the instructions are applied in: as written,
// except that items relabelled ("2° Les 3° et 4° deviennent les 4° et
// 5°") after an item was inserted under one of their labels, in the same
// bill article ("1° Après le 2°, il est inséré un 3° …"), are the items
// as the bill article found them: the relabelling goes first. Only when
// nothing between the two edits that article and the insertion's place
// is not relabelled; otherwise, as written (the insertion is refused).
func applyOrder(ins []Instruction) []int {
	order := make([]int, len(ins))
	for i := range order {
		order[i] = i
	}
	for k := range ins {
		srcs, ref, ok := relabelled(ins[k])
		if !ok {
			continue
		}
		for p := k - 1; p >= 0 && ins[p].Article == ins[k].Article; p-- {
			if !touches(ins[p], ref) {
				continue
			}
			if insertsUnder(ins[p], ref, srcs) {
				i := slices.Index(order, p)
				j := slices.Index(order, k)
				order = slices.Insert(slices.Delete(order, j, j+1), i, k)
			}
			break
		}
	}
	return order
}

// relabelled gives the labels an instruction made only of relabellings
// of one article's items gives up, and that article.
func relabelled(in Instruction) (map[string]bool, CodeRef, bool) {
	srcs := map[string]bool{}
	var ref CodeRef
	for n, e := range in.Edits {
		k := len(e.Scope.Path)
		if e.Kind != EditRelabel || k == 0 || e.Scope.Path[k-1].Item == "" || n > 0 && e.Scope.Ref != ref {
			return nil, CodeRef{}, false
		}
		ref = e.Scope.Ref
		srcs[itemKey(e.Scope.Path[k-1].Item)] = true
	}
	return srcs, ref, len(srcs) > 0
}

// touches reports whether an instruction edits an article.
func touches(in Instruction, ref CodeRef) bool {
	for _, e := range in.Edits {
		if e.Scope.Ref == ref {
			return true
		}
	}
	return false
}

// insertsUnder reports whether an instruction is one insertion of items
// into an article, the first bearing one of labels, its place none; or
// one item rewritten, its place none of labels, into items of which one
// bears one of them ("Le 2° est remplacé par des 2° et 3°" before "Le 3°
// devient le 4°": the list held two 3°, and the relabelling was refused).
func insertsUnder(in Instruction, ref CodeRef, labels map[string]bool) bool {
	if len(in.Edits) != 1 {
		return false
	}
	e := in.Edits[0]
	n := len(e.Scope.Path)
	rewritesItem := e.Kind == EditRewrite && n > 0 && e.Scope.Path[n-1].Item != "" && e.Scope.Sentence == 0
	if e.Kind != EditInsertAlineas && e.Kind != EditAppendAlineas && !rewritesItem || e.Scope.Ref != ref || len(e.Lines) == 0 {
		return false
	}
	for _, d := range e.Scope.Path {
		if d.Item != "" && labels[itemKey(d.Item)] {
			return false
		}
	}
	lines := e.Lines[:1]
	if rewritesItem {
		lines = e.Lines
	}
	for _, line := range lines {
		if l, _ := label(line); l != "" && labels[itemKey(l)] {
			return true
		}
	}
	return false
}

// itemKey is an item's label as compared: "3°", "3 °", "II" and "ii" alike.
func itemKey(l string) string {
	return strings.ToLower(strings.ReplaceAll(l, " ", ""))
}

// applyRenumbering moves every source to its target at once: sources are
// all read first, then removed, then the targets written, so "L. 331-9
// devient L. 331-7" and "L. 331-7 devient L. 331-40" in one list do not
// collide. It returns one error (or nil) per edit.
// rangesLeftOut refuses the renumberings of a range of articles
// (Edit.FromRange) that leave out an article of the corpus inside it:
// "les articles L. 1 à L. 3 deviennent les articles L. 11 à L. 13" where
// an L. 1-1 is in force (or a 5 bis in "5 à 7") does not say what it
// becomes (it kept its number, outside the range renumbered).
func rangesLeftOut(c Corpus, edits []Edit) map[[2]string]error {
	out := map[[2]string]error{}
	moved := map[CodeRef]bool{}
	for _, e := range edits {
		moved[e.Scope.Ref] = true
	}
	for k, e := range edits {
		rg := e.FromRange
		if rg[0] == "" || out[rg] != nil {
			continue
		}
		// An article an earlier renumbering of the list brings inside
		// the range (not one of the range's own, not moved on): read in
		// order, the range holds it and does not say what it becomes
		// ("I. – L'article L. 5 devient l'article L. 3-7. II. – Les
		// articles L. 3 à L. 4 deviennent …", TestGenArts2RangeFilledBefore).
		for _, p := range edits[:k] {
			if p.FromRange == rg || p.ToPart != (Division{}) || p.To.Code != e.Scope.Ref.Code || moved[p.To] {
				continue
			}
			if in, certain := rangePlace(p.To.Article, rg[0], rg[1]); !certain {
				out[rg] = errRangePlaceNotSaid{article: p.To.Article, from: rg[0], to: rg[1]}
				break
			} else if in {
				out[rg] = applyKind26(errApplyLayout26, fmt.Sprintf("article %s, renumbered into the range before it, is not renumbered with it", p.To.Article))
				break
			}
		}
		if out[rg] != nil {
			continue
		}
		for r, a := range c {
			if r.Code != e.Scope.Ref.Code || moved[r] || !inForce(a) {
				continue
			}
			if in, certain := rangePlace(r.Article, rg[0], rg[1]); !certain {
				out[rg] = errRangePlaceNotSaid{article: r.Article, from: rg[0], to: rg[1]}
				break
			} else if in {
				out[rg] = applyKind26(errApplyLayout26, fmt.Sprintf("article %s, inside the range renumbered, is not renumbered", r.Article))
				break
			}
		}
	}
	return out
}

// stayedInRanges refuses the renumberings of a range that leaves an
// article inside it to another renumbering of the list that was refused,
// and reports whether it refused any.
func stayedInRanges(c Corpus, edits []Edit, errs []error) bool {
	found := false
	for k, e := range edits {
		rg := e.FromRange
		if rg[0] == "" || errs[k] != nil {
			continue
		}
		for j, o := range edits {
			if errs[j] == nil || errs[j] == errMissing || o.FromRange == rg || o.Scope.Ref.Code != e.Scope.Ref.Code || len(o.Scope.Path) != 0 {
				continue
			}
			a, ok := c[o.Scope.Ref]
			if !ok || !inForce(a) {
				continue
			}
			if in, certain := rangePlace(o.Scope.Ref.Article, rg[0], rg[1]); !certain {
				errs[k] = errRangePlaceNotSaid{article: o.Scope.Ref.Article, from: rg[0], to: rg[1]}
				found = true
				break
			} else if in {
				errs[k] = applyKind26(errApplyLayout26, fmt.Sprintf("article %s, inside the range renumbered, stays: its own renumbering was refused", o.Scope.Ref.Article))
				found = true
				break
			}
		}
	}
	return found
}

// inForce reports whether an article holds text, not only an abrogation's
// placeholder ("(Abrogé)").
func inForce(a CodeArticle) bool {
	for _, l := range a.Alineas {
		if strings.TrimSpace(l) != "" && !isAbrogatedPlaceholder(l) {
			return true
		}
	}
	return false
}

// Changed lists, sorted, the references whose text differs between two
// corpora (added, deleted or modified).
func Changed(before, after Corpus) []CodeRef {
	var refs []CodeRef
	for r, a := range after {
		b, ok := before[r]
		if !ok || strings.Join(a.Alineas, "\n") != strings.Join(b.Alineas, "\n") {
			refs = append(refs, r)
		}
	}
	for r := range before {
		if _, ok := after[r]; !ok {
			refs = append(refs, r)
		}
	}
	sort.Slice(refs, func(i, j int) bool {
		if refs[i].Code != refs[j].Code {
			return refs[i].Code < refs[j].Code
		}
		return refs[i].Article < refs[j].Article
	})
	return refs
}

type applyErr string

func (e applyErr) Error() string { return string(e) }

const errMissing = applyErr("article not in the corpus")

func censor(lines []string, opt ApplyOptions) []string {
	lines = typeset(lines, opt)
	if opt.OwnLaw.Number != "" {
		filled := make([]string, len(lines))
		for i, l := range lines {
			filled[i] = opt.OwnLaw.Fill(l)
		}
		lines = filled
	}
	if opt.CensoredMention == "" {
		return lines
	}
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		if isCensored(l) {
			out = append(out, "["+opt.CensoredMention+".]")
			continue
		}
		out = append(out, strings.ReplaceAll(l, "(Censuré)", "["+opt.CensoredMention+"]"))
	}
	return out
}
