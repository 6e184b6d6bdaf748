package law

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
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
func newArticlesFolders(c Corpus, e Edit) [][]string {
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
	beside := e.Scope.Ref.Article != "" && e.Scope.RangeTo == "" && len(c[e.Scope.Ref].Division) > 0
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
			d := c[e.Scope.Ref].Division
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
		place = c[e.Scope.Ref].Division
	case len(e.Scope.Division) > 0:
		place = inside(e.Scope.Division)
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
	flush := func() {
		if len(renum) == 0 {
			return
		}
		edits := make([]Edit, len(renum))
		for k, r := range renum {
			edits[k] = ins[r.i].Edits[r.j]
		}
		inst, idx := make([]int, len(renum)), make([]int, len(renum))
		for k, r := range renum {
			inst[k], idx[k] = r.i, r.j
		}
		for k, err := range applyRenumbering(out, edits, inst, idx) {
			if err != nil {
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
	// Alinéas designated by position ("le deuxième alinéa") are counted on
	// the code article as the bill article found it: the edits of one bill
	// article to one code article form a group, and an alinéa inserted by
	// an earlier edit of the group does not shift the count.
	var bill ArticleNumber
	groups := map[CodeRef]*groupState{}
	// The divisions renumbered by a renumbering recorded only (another
	// kind, another parent, a range), by code: a later instruction naming
	// one is refused, its number no longer telling which articles.
	blind := map[string][][]string{}
	// The divisions a renumbering of the bill emptied, moving their
	// articles to a new number ("La section 2 devient la section 5"), by
	// code: a later instruction naming one is refused (vacatedBy).
	vacated := map[string][][]string{}
	for _, i := range applyOrder(ins) {
		in := ins[i]
		if in.Article != bill {
			bill, groups = in.Article, map[CodeRef]*groupState{}
		}
		opt.groups = groups
		if err := rangeRefused(out, in.Edits); err != nil {
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
		snap := snapshotFor(out, in.Edits, groups)
		nerr := len(errs)
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
			opt.grp = nil
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
			} else if blindTo(blind[code], e) {
				err = applyErr("names a division a renumbering not applied, or an article transferred, may have changed: the folders no longer say which articles it holds")
			} else if v := vacatedBy(vacated[code], e); v != nil {
				err = errRenumberedAway{from: v}
			} else {
				replaced := articlesInForce(out, e)
				if st := opt.grp; st != nil && e.Kind == EditInsertWords && !e.Before && st.wordsAfter[wordsAfterKey(e)] {
					// "a) Après le mot : « A », sont insérés les mots :
					// « X » ; b) Après le mot : « A », sont insérés les
					// mots : « Y »": both after A as the group found it;
					// Y right after A (before X) or after X (the order
					// of the text) is not said, as for alinéas (it gave
					// "A Y X" — TestGenLaw3TwoInsertionsAfterOneWord).
					err = applyErr(fmt.Sprintf("words inserted after %q, where an earlier edit of the group inserted words: their order is not said", e.Anchor))
				} else {
					err = applyEditContained(out, e, opt, before)
				}
				if err == nil {
					rewroteWhole(out, groups, replaced)
				}
			}
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
					errs = append(errs, ApplyError{Instruction: i, Edit: j, Ref: a.ref, Reason: a.err.Error(), Err: a.err, Missing: a.err == errMissing})
				}
			} else if err != nil {
				ae := ApplyError{Instruction: i, Edit: j, Ref: e.Scope.Ref, Reason: err.Error(), Err: err}
				if err == errMissing {
					ae.Missing = true
				}
				errs = append(errs, ae)
			}
		}
		if snap != nil {
			errs = snap.rollback(out, groups, i, in.Edits, errs, nerr)
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

// instructionSnapshot holds the articles an instruction of several edits
// may change, as they were before it, to put them back when one of its
// edits is refused.
type instructionSnapshot struct {
	arts   map[CodeRef]*CodeArticle // nil: the article did not exist
	groups map[CodeRef]*groupState
}

// snapshotFor saves the articles the edits may change; nil when the
// instruction has one edit on one article (applied or refused as a whole
// already) or renumbers (renumberings are applied together, later).
func snapshotFor(c Corpus, edits []Edit, groups map[CodeRef]*groupState) *instructionSnapshot {
	if len(edits) < 2 && (len(edits) == 0 || edits[0].Scope.RangeTo == "") {
		return nil
	}
	s := &instructionSnapshot{arts: map[CodeRef]*CodeArticle{}, groups: map[CodeRef]*groupState{}}
	save := func(r CodeRef) {
		if _, ok := s.arts[r]; ok {
			return
		}
		if a, ok := c[r]; ok {
			a.Alineas = append([]string(nil), a.Alineas...)
			s.arts[r] = &a
		} else {
			s.arts[r] = nil
		}
		if g := groups[r]; g != nil {
			s.groups[r] = &groupState{orig: g.orig, tags: append([]int(nil), g.tags...), whole: g.whole, insertedAfter: maps.Clone(g.insertedAfter), wordsAfter: maps.Clone(g.wordsAfter)}
		}
	}
	for _, e := range edits {
		if e.Kind == EditRenumber {
			return nil
		}
		if e.Scope.Everywhere || e.Scope.RangeTo != "" || len(e.Moves) > 0 {
			for r := range c {
				if r.Code == e.Scope.Ref.Code {
					save(r)
				}
			}
		}
		save(e.Scope.Ref)
		for _, a := range e.NewArticles {
			save(a.Ref)
		}
	}
	return s
}

// rollback puts back each article an edit of instruction i was refused
// on (errs[nerr:] are its errors; an article missing from the corpus is
// not a refusal) and refuses the instruction's other edits to it: an
// instruction is applied to each article whole or not at all. Its edits
// to other articles stand, as the consolidated codes apply the parts of
// an instruction that can be ("au deuxième alinéa de l'article L. 1 et à
// l'article L. 2, le mot …" where L. 1 no longer has the word).
func (s *instructionSnapshot) rollback(c Corpus, groups map[CodeRef]*groupState, i int, edits []Edit, errs []ApplyError, nerr int) []ApplyError {
	failed := map[CodeRef]int{}
	refused := map[int]bool{}
	for _, e := range errs[nerr:] {
		if e.Instruction != i {
			continue
		}
		refused[e.Edit] = true
		if _, ok := failed[e.Ref]; !e.Missing && !ok {
			// (A range refused in one of its articles names it: the
			// others keep the edit, as a list's do.)
			failed[e.Ref] = e.Edit
		}
	}
	for r := range failed {
		a := s.arts[r]
		if a == nil {
			delete(c, r)
		} else {
			c[r] = *a
		}
		if g, ok := s.groups[r]; ok {
			groups[r] = g
		} else {
			delete(groups, r)
		}
	}
	for j, e := range edits {
		if e.Scope.RangeTo != "" {
			// An edit over a range: refused in each of its articles
			// another edit was refused on.
			refs := make([]CodeRef, 0, len(failed))
			for r := range failed {
				refs = append(refs, r)
			}
			sort.Slice(refs, func(a, b int) bool { return articleLess(refs[a].Article, refs[b].Article) })
			for _, r := range refs {
				k := failed[r]
				if k == j || r.Code != e.Scope.Ref.Code || rangeRefusedOn(errs[nerr:], i, j, r) {
					continue
				}
				if in, _ := rangePlace(r.Article, e.Scope.Ref.Article, e.Scope.RangeTo); in {
					w := errWithRefused{edit: k + 1}
					errs = append(errs, ApplyError{Instruction: i, Edit: j, Ref: r, Reason: w.Error(), WithRefused: k + 1, Err: w})
				}
			}
			continue
		}
		if k, ok := failed[e.Scope.Ref]; ok && !refused[j] {
			w := errWithRefused{edit: k + 1}
			errs = append(errs, ApplyError{Instruction: i, Edit: j, Ref: e.Scope.Ref, Reason: w.Error(), WithRefused: k + 1, Err: w})
		}
	}
	return errs
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
			if in, certain := rangePlace(p.To.Article, rg[0], rg[1]); in || !certain {
				out[rg] = applyErr(fmt.Sprintf("article %s, renumbered into the range before it, is not renumbered with it", p.To.Article))
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
			if in, certain := rangePlace(r.Article, rg[0], rg[1]); in || !certain {
				out[rg] = applyErr(fmt.Sprintf("article %s, inside the range renumbered, is not renumbered", r.Article))
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
			if in, certain := rangePlace(o.Scope.Ref.Article, rg[0], rg[1]); in || !certain {
				errs[k] = applyErr(fmt.Sprintf("article %s, inside the range renumbered, stays: its own renumbering was refused", o.Scope.Ref.Article))
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

func applyRenumbering(c Corpus, edits []Edit, inst, idx []int) []error {
	errs := make([]error, len(edits))
	type moved struct {
		k        int
		alineas  []string
		division []string
	}
	var moves []moved
	cut := map[CodeRef][][2]int{} // alinéa ranges to remove per source
	spans := map[int][2]int{}     // the alinéas each part moved was
	whole := map[CodeRef]bool{}
	sources := map[CodeRef]bool{}
	for _, e := range edits {
		if len(e.Scope.Path) == 0 {
			sources[e.Scope.Ref] = true
		}
	}
	left := rangesLeftOut(c, edits)
	for k, e := range edits {
		if err := left[e.FromRange]; err != nil {
			errs[k] = err
			continue
		}
		a, ok := c[e.Scope.Ref]
		if !ok {
			errs[k] = errMissing
			continue
		}
		if t, ok := c[e.To]; ok && e.ToPart == (Division{}) && !sources[e.To] && inForce(t) {
			// "L'article L. 2 devient l'article L. 3" where an L. 3 in
			// force stays: it was overwritten; an instruction is
			// missing.
			errs[k] = applyErr(fmt.Sprintf("renumbered onto article %s, in force", e.To.Article))
			continue
		}
		if len(e.Scope.Path) == 0 {
			moves = append(moves, moved{k, append([]string(nil), a.Alineas...), a.Division})
			continue
		}
		lo, hi, _, err := resolve(a.Alineas, e.Scope.Path)
		if err != nil {
			errs[k] = err
			continue
		}
		moves = append(moves, moved{k, append([]string(nil), a.Alineas[lo:hi]...), nil})
		spans[k] = [2]int{lo, hi}
	}
	chainedSources(edits, errs, inst)
	refuseRenumberings(edits, errs, inst, idx)
	// Of those left, in order, one moving an article moved already or
	// onto a number given already is refused, and its instruction.
	claimed, twice := map[CodeRef]bool{}, false
	for _, m := range moves {
		if errs[m.k] == nil {
			if err := claimedTwice(claimed, edits[m.k]); err != nil {
				errs[m.k], twice = err, true
			}
		}
	}
	if twice {
		refuseRenumberings(edits, errs, inst, idx)
		// A range left an article inside to another renumbering of the
		// list, now refused: it stays inside, not renumbered
		// (TestGenArts2RangeMovedAfter).
		if stayedInRanges(c, edits, errs) {
			refuseRenumberings(edits, errs, inst, idx)
		}
	}
	kept := moves[:0]
	for _, m := range moves {
		if errs[m.k] != nil {
			continue
		}
		kept = append(kept, m)
		e := edits[m.k]
		if sp, ok := spans[m.k]; ok {
			cut[e.Scope.Ref] = append(cut[e.Scope.Ref], sp)
		} else {
			whole[e.Scope.Ref] = true
		}
	}
	moves = kept
	for ref := range whole {
		delete(c, ref)
	}
	for ref, ranges := range cut {
		a, ok := c[ref]
		if !ok {
			continue
		}
		drop := make([]bool, len(a.Alineas))
		for _, r := range ranges {
			for i := r[0]; i < r[1]; i++ {
				drop[i] = true
			}
		}
		var keep []string
		for i, al := range a.Alineas {
			if !drop[i] {
				keep = append(keep, al)
			}
		}
		if len(keep) == 0 {
			delete(c, ref)
			continue
		}
		a.Alineas = keep
		c[ref] = a
	}
	// Parts of an article built by the renumbering ("devient le 1° de
	// l'article L. 331-39", "devient le premier alinéa de …"): alinéas by
	// position first, then items in the order of their labels; the first
	// alinéa of an item takes its label. An article that exists already
	// is not built from parts (refused).
	parts := map[CodeRef][]moved{}
	for _, m := range moves {
		e := edits[m.k]
		if e.ToPart != (Division{}) {
			parts[e.To] = append(parts[e.To], m)
			continue
		}
		// An article renumbered whole stays in its division (its
		// folders), as the law leaves it: "La section 2 est abrogée"
		// after "L'article L. 2 devient l'article L. 2-1" repeals it.
		var div []string
		if len(e.Scope.Path) == 0 && !e.Transferred {
			div = m.division
		}
		c[e.To] = CodeArticle{Ref: e.To, Heading: e.ToHeading, Alineas: m.alineas, Division: div}
	}
	for to, ps := range parts {
		if _, ok := c[to]; ok {
			for _, m := range ps {
				errs[m.k] = applyErr("renumbering into a part of an article that exists is not supported")
			}
			continue
		}
		sort.SliceStable(ps, func(i, j int) bool {
			a, b := edits[ps[i].k].ToPart, edits[ps[j].k].ToPart
			if (a.Item == "") != (b.Item == "") {
				return a.Item == ""
			}
			if a.Item == "" {
				return a.Alinea < b.Alinea
			}
			return labelRank(a.Item) < labelRank(b.Item)
		})
		var al []string
		for _, m := range ps {
			lines := append([]string(nil), m.alineas...)
			if it := edits[m.k].ToPart.Item; it != "" && len(lines) > 0 {
				lines[0] = it + " " + lines[0]
			}
			al = append(al, lines...)
		}
		c[to] = CodeArticle{Ref: to, Heading: edits[ps[0].k].ToHeading, Alineas: al}
	}
	return errs
}

// errChainedSource refuses the renumberings of an instruction one of
// whose articles is not in the corpus and is the new number another
// renumbering of the list gives: read in order, it is that article
// (moved twice); read as one list, it is the one in force under that
// number, which the corpus may not hold. The two readings differ and the
// corpus cannot tell: the instruction is refused whole, not its other
// articles moved alone (TestGenArts2RenumberingChain).
type errChainedSource struct{ ref CodeRef }

func (e errChainedSource) Error() string {
	return "article " + e.ref.Article + " is not in the corpus and another renumbering gives its number: read in order or as one list, another article"
}

// chainedSources refuses, with errChainedSource, the other renumberings
// of an instruction whose source is missing and given as a new number by
// another renumbering of the list (the missing one stays missing).
func chainedSources(edits []Edit, errs []error, inst []int) {
	made := map[CodeRef]int{} // new number → instruction giving it
	for k, e := range edits {
		if e.ToPart == (Division{}) {
			made[e.To] = inst[k]
		}
	}
	table := map[int]bool{} // instructions that are items of a table
	for k, e := range edits {
		if e.Table {
			table[inst[k]] = true
		}
	}
	chained := map[int]CodeRef{}
	for k, e := range edits {
		if i, ok := made[e.Scope.Ref]; ok && errs[k] == errMissing && len(e.Scope.Path) == 0 && i != inst[k] && !(table[i] && e.Table) {
			// (Items of a table "de la nouvelle numérotation suivante"
			// name each article by its number before the table: one
			// list, the head says so — TestLeft5RenumberingTable.)
			chained[inst[k]] = e.Scope.Ref
		}
	}
	for k := range edits {
		if r, ok := chained[inst[k]]; ok && errs[k] == nil {
			errs[k] = errChainedSource{r}
		}
	}
}

// errRenumberedTwice refuses a renumbering of an article another
// renumbering applied with it moves already, or onto a number another
// gives already ("1° L'article L. 1 devient l'article L. 5 ; 2° L'article
// L. 3 devient l'article L. 5": the second overwrote the first).
type errRenumberedTwice struct{ ref CodeRef }

func (e errRenumberedTwice) Error() string {
	return "article " + e.ref.Article + " is renumbered twice, or given twice as a new number"
}

// claimedTwice records the article a whole-article renumbering moves and
// its new number in claimed (sources under their own key, new numbers
// with the article's key prefixed by ">"), and refuses one whose source
// or new number is claimed already.
func claimedTwice(claimed map[CodeRef]bool, e Edit) error {
	if len(e.Scope.Path) != 0 || e.ToPart != (Division{}) {
		return nil
	}
	to := CodeRef{Code: e.To.Code, Article: ">" + e.To.Article}
	if claimed[e.Scope.Ref] {
		return errRenumberedTwice{e.Scope.Ref}
	}
	if claimed[to] {
		return errRenumberedTwice{e.To}
	}
	claimed[e.Scope.Ref], claimed[to] = true, true
	return nil
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

func applyEdit(c Corpus, e Edit, opt ApplyOptions) error {
	switch e.Kind {
	case EditInsertAlineas, EditAppendAlineas, EditRewrite:
		if lab, ok := labelledTwice(e.Lines); ok {
			// "Compléter cet article par deux paragraphes ainsi rédigés :
			// « IV. – … » « IV. – … »": which label the law means is
			// not said (the list held two IV).
			return applyErr(fmt.Sprintf("the new text numbers two parts %q", lab))
		}
	}
	switch e.Kind {
	case EditReplaceWords, EditInsertWords, EditAppendWords:
		if operationInWords.MatchString(e.New) {
			// "au début, sont insérés les mots : « « » et à la fin, sont
			// ajoutés les mots : « » »": the quotations were paired
			// wrong, the next operation read as the new words (it was
			// inserted as text).
			return applyErr(fmt.Sprintf("new words %q hold a word operation after a quotation closed: where the quotation ends is not said", e.New))
		}
	}
	if e.Scope.OnlyInSentence && e.Kind != EditReplaceWords && e.Kind != EditDeleteWords && e.Kind != EditInsertWords {
		// "Alinéas 1 et 6, dernière phrase" / "Supprimer ces phrases": of
		// each alinéa or of the 6 only is not said, and the readings
		// differ.
		return applyErr("a sentence named after a list of alinéas: of each alinéa or of the last only is not said")
	}
	if e.Scope.Everywhere {
		// "Dans l'ensemble du code civil, les mots : « A » sont remplacés
		// …": every article of the code the corpus holds that has the
		// words; none is an error.
		switch e.Kind {
		case EditReplaceWords, EditDeleteWords, EditInsertWords:
		default:
			return applyErr("only words can be edited in a whole code")
		}
		var refs []CodeRef
		if len(e.Scope.Division) > 0 {
			// "Au chapitre Ier du titre II du livre III, …": the
			// articles of that division (none known: missing).
			if err := divisionNamed(c, e.Scope.Ref.Code, e.Scope.Division); err != nil {
				return err
			}
			refs = inDivision(c, e.Scope.Ref.Code, e.Scope.Division)
		} else {
			for r := range c {
				if r.Code == e.Scope.Ref.Code {
					refs = append(refs, r)
				}
			}
		}
		sort.Slice(refs, func(i, j int) bool { return articleLess(refs[i].Article, refs[j].Article) })
		changed := 0
		for _, r := range refs {
			one := e
			one.Scope = Scope{Ref: r}
			if err := applyEdit(c, one, opt); err == nil {
				changed++
			}
		}
		if changed == 0 {
			// The corpus holds a part of the code: the words may be in
			// an article it does not hold.
			return errMissing
		}
		return nil
	}
	if e.Scope.RangeTo != "" {
		// Every article of the range that the corpus holds.
		var refs []CodeRef
		for r := range c {
			if r.Code != e.Scope.Ref.Code {
				continue
			}
			in, certain := rangePlace(r.Article, e.Scope.Ref.Article, e.Scope.RangeTo)
			if !certain {
				return applyErr(fmt.Sprintf("article %s: its place beside an end of the range is not said", r.Article))
			}
			if in {
				refs = append(refs, r)
			}
		}
		if len(refs) == 0 {
			return errMissing
		}
		sort.Slice(refs, func(i, j int) bool { return articleLess(refs[i].Article, refs[j].Article) })
		// Each article whole or not at all, the others applied, as for
		// a list of articles ("Aux articles L. 1 et L. 3"): the language
		// makes no difference between them (the range was refused whole
		// — TestLeft5RangeArticleByArticle).
		var refused errRangeArticles
		for _, r := range refs {
			one := e
			one.Scope.Ref, one.Scope.RangeTo = r, ""
			// Its own group, not the first article's (an alinéa of
			// L. 3 was counted on the text of L. 1 — TestGenArtsRangeCountsEachArticle).
			// Its group begun if none (the article as the bill article
			// found it) and carried over the edit: a later edit of the
			// bill article counting its alinéas counts them on that text
			// (TestGenArts2RangeMembersKeepTheirGroup).
			o := opt
			o.grp = nil
			var before []string
			if a, ok := c[r]; ok && opt.groups != nil {
				o.grp = groupOf(opt.groups, r, a.Alineas)
				before = append([]string(nil), a.Alineas...)
			}
			saved, held := c[r]
			if err := applyEdit(c, one, o); err != nil {
				if held {
					c[r] = saved
				}
				refused = append(refused, rangeArticleErr{ref: r, err: err})
				continue
			}
			if o.grp != nil {
				carryGroup(c, opt.groups, r, o.grp, before)
			}
		}
		if len(refused) > 0 {
			return refused
		}
		return nil
	}
	if n := len(e.Scope.Path); n > 0 && e.Scope.Path[n-1].GoesOn {
		return applyRangeItem(c, e, opt)
	}
	switch e.Kind {
	case EditRenumberDivision:
		return moveDivisions(c, e)
	case EditRewriteHeading, EditCreateDivision:
		return nil
	case EditRelabel:
		a, ok := c[e.Scope.Ref]
		if !ok {
			return errMissing
		}
		// The items repealed together the source or the new label is
		// one of ("1° et 2° (Abrogés) ;" for "les 3° et 4° deviennent
		// les 1° et 2°"): one placeholder an item.
		named := Edit{Scope: Scope{Path: append(append([]Division(nil), e.Scope.Path...), Division{Item: itemName(e.New)})}}
		split, err := splitMergedPlaceholders(a.Alineas, named)
		if err != nil {
			return err
		}
		a.Alineas = split
		lo, _, _, err := resolveInGroup(a.Alineas, e, opt.grp)
		if err != nil {
			return err
		}
		// The item of the new label in the same list: a placeholder "3°
		// (Abrogé)" the renumbering replaces, or an item in force.
		placeholder := -1
		if n := len(e.Scope.Path); n > 0 && e.Scope.Path[n-1].Item != "" {
			tgt := e
			tgt.Scope.Path = append(append([]Division(nil), e.Scope.Path[:n-1]...), Division{Item: itemName(e.New)})
			if at, _, _, err := resolveInGroup(a.Alineas, tgt, opt.grp); err == nil && at != lo {
				if !isAbrogatedPlaceholder(a.Alineas[at]) {
					// "Le 2° devient le 3°" where a 3° is there still:
					// the list would hold two 3°; an instruction is
					// missing — refused.
					return applyErr(fmt.Sprintf("item %q: %q is there already", e.Scope.Path[n-1].Item, e.New))
				}
				placeholder = at
			}
		}
		al, ok := relabelAlinea(a.Alineas[lo], e.New)
		if !ok {
			return applyErr(fmt.Sprintf("item %q: no label to replace", e.Scope.Path[len(e.Scope.Path)-1].Item))
		}
		a.Alineas = append([]string(nil), a.Alineas...)
		a.Alineas[lo] = al
		// "Le 2° est supprimé" left "2° (Abrogé)"; "les 3° et 4°
		// deviennent les 2° et 3°" then takes its number: that
		// placeholder goes, or the list would hold two 2° — that one,
		// never a placeholder of the same label in another list.
		if placeholder >= 0 {
			a.Alineas = append(a.Alineas[:placeholder], a.Alineas[placeholder+1:]...)
			if placeholder < lo {
				lo--
			}
		}
		if err := relabelKeepsOrder(a.Alineas, lo); err != nil {
			return err
		}
		c[e.Scope.Ref] = a
		return nil
	case EditCreateArticles:
		seen := map[CodeRef]bool{}
		for _, a := range e.NewArticles {
			if seen[a.Ref] {
				// "sont insérés deux articles ainsi rédigés :" then two
				// texts headed "Art. L. 1-1.": which is the law's is not
				// said (the second took the first's place).
				return applyErr(fmt.Sprintf("the new text holds article %s twice", a.Ref.Article))
			}
			seen[a.Ref] = true
		}
		// The division the place names, when it files the new
		// articles: one of the corpus ("Au chapitre Ier du titre Ier, il
		// est ajouté une section 4" where two titres Ier hold a
		// chapitre Ier is refused — namedTwice — and so is "Au chapitre
		// Ier du code …" where its articles sit in livres — notAtTop).
		if len(e.Into) > 0 {
			if err := divisionNamed(c, e.Scope.Ref.Code, e.Into); err != nil {
				return err
			}
		} else if e.Scope.Ref.Article == "" && len(e.Scope.Division) > 0 {
			if err := divisionNamed(c, e.Scope.Ref.Code, e.Scope.Division); err != nil {
				return err
			}
		}
		folders := newArticlesFolders(c, e)
		if e.NewDivision && len(folders) > 0 && len(folders[0]) > 0 && len(e.Headings) > 0 && len(e.Headings[0]) > 0 {
			// "Au chapitre III, il est ajouté (rétabli) une section 3"
			// where the corpus holds articles of a section 3 there: two
			// sections 3 — an instruction is missing (the new articles
			// went in beside them).
			d := folders[0]
			top := d[:len(d)-len(e.Headings[0])+1]
			if refs := inDivision(c, e.Scope.Ref.Code, top); len(refs) > 0 {
				return applyErr("new division " + strings.Join(top, "/") + " holds article " + refs[0].Article + " already")
			}
		}
		if e.ReplaceDivision {
			if err := divisionNamed(c, e.Scope.Ref.Code, e.Scope.Division); err != nil {
				return err
			}
			if err := heldElsewhere(c, e); err != nil {
				return err
			}
			keep := map[CodeRef]bool{}
			for _, a := range e.NewArticles {
				keep[a.Ref] = true
			}
			for _, r := range inDivision(c, e.Scope.Ref.Code, e.Scope.Division) {
				if !keep[r] {
					delete(c, r)
				}
			}
		}
		for _, a := range e.NewArticles {
			if old, ok := c[a.Ref]; ok && e.Fresh && inForce(old) {
				// "Il est inséré un article L. 2" where an L. 2 in force
				// is there: it was overwritten; the corpus and the law
				// disagree.
				return applyErr(fmt.Sprintf("new article %s is in force already", a.Ref.Article))
			}
		}
		for i, a := range e.NewArticles {
			opt.dash = opt.codeDash[a.Ref.Code]
			a.Alineas = censor(a.Alineas, opt)
			if len(a.Division) == 0 {
				a.Division = folders[i]
			}
			c[a.Ref] = a
		}
		return nil
	}
	if e.Kind == EditDelete && e.Scope.Ref.Article == "" && len(e.Scope.Path) == 0 {
		// "La section 2 du chapitre III du titre Ier du livre V est abrogée."
		if err := divisionNamed(c, e.Scope.Ref.Code, e.Scope.Division); err != nil {
			return err
		}
		refs := inDivision(c, e.Scope.Ref.Code, e.Scope.Division)
		if len(e.Scope.Division) == 0 && e.Scope.Sentence == 0 {
			// "La loi n° … est abrogée": every article of it the corpus
			// holds (none held: out of sample, as before).
			refs = wholeText(c, e.Scope.Ref.Code)
		}
		if len(refs) == 0 {
			return errMissing
		}
		for _, r := range refs {
			delete(c, r)
		}
		return nil
	}
	a, ok := c[e.Scope.Ref]
	if !ok {
		return errMissing
	}
	opt.dash = opt.codeDash[e.Scope.Ref.Code]
	if d := dashStyle(a.Alineas); d != "" {
		opt.dash = d
	}
	al := append([]string(nil), a.Alineas...)
	al, err := splitMergedPlaceholders(al, e)
	if err != nil {
		return err
	}
	lo, hi, label, err := resolveInGroup(al, e, opt.grp)
	var missing itemNotFound
	if n := len(e.Scope.Path); errors.As(err, &missing) && e.Kind == EditRewrite && e.Restored && !opt.billQuotes && e.Scope.Sentence == 0 && n > 0 && e.Scope.Path[n-1].Item != "" && len(e.Lines) > 0 && missing.item == e.Scope.Path[n-1].Item {
		// "Le 2° est ainsi rétabli :" (… rétabli dans la rédaction
		// suivante) where no 2° is there, the list renumbered before
		// ("Les 2° à 4° deviennent les 3° à 5°") or the item gone: the
		// new 2° goes in at its rank, as "Il est rétabli un 2° ainsi
		// rédigé" (it was refused: item not found). Its division must be
		// there, and the new text under its label. (A bill's text, which
		// an amendment restores, keeps a division deleted as "II bis. –
		// (Supprimé)": one not there is not restored.)
		up := e
		up.Kind, up.Restored, up.Scope.Path = EditAppendAlineas, false, e.Scope.Path[:n-1]
		if l, _ := labelOf(e.Lines[0]); strings.EqualFold(l, e.Scope.Path[n-1].Item) {
			if _, _, _, perr := resolveInGroup(al, up, opt.grp); perr == nil {
				return applyEdit(c, up, opt)
			}
		}
	}
	if n := len(e.Scope.Path); errors.As(err, &missing) && n > 0 && missing.item == e.Scope.Path[n-1].Item && e.Scope.Path[n-1].Count == 0 && len(e.Scope.Within) == 0 {
		// "Au b du 1°, remplacer le mot : « A » …" where the 1° holds its
		// a) and b) on its line: the b's words (inlineItem).
		up := e
		up.Scope.Path = e.Scope.Path[:n-1]
		if clo, chi, _, cerr := resolveInGroup(al, up, opt.grp); cerr == nil {
			if _, _, _, ierr := inlineItem(al, clo, chi, missing.item); !errors.As(ierr, &missing) {
				return inlineWords(c, e, opt, al, clo, chi, missing.item)
			}
		}
	}
	var inner innerPart
	if errors.As(err, &inner) && inner.last && e.Scope.Sentence == 0 && e.Scope.Where == "" && (e.Kind == EditReplaceWords || e.Kind == EditDeleteWords || e.Kind == EditInsertWords) {
		// "Au A du I, le mot : « A » est remplacé …" on "I. – A. – …":
		// the words of the lines the A spans.
		lo, hi, label, err = inner.lo, inner.hi, "", nil
	}
	if errors.As(err, &inner) && inner.last && e.Scope.Sentence == 0 && e.Scope.Where == "" && (e.Kind == EditInsertAlineas && !e.Before || e.Kind == EditAppendAlineas || e.Kind == EditAppendWords || e.Kind == EditInsertSentences) {
		// "Après le A du I, il est inséré un A bis", "Le A du I est
		// complété par un alinéa (une phrase, les mots)" on "I. – A. –
		// …": after its last line, or at its end; its first line, which
		// carries the I's label too, is not touched.
		lo, hi, label, err = inner.lo, inner.hi, "", nil
	}
	if errors.As(err, &inner) && inner.last && e.Kind == EditRewrite && e.Scope.Sentence == 0 && e.Scope.Where == "" && !opt.billQuotes && len(e.Lines) > 0 {
		// "Le A du II est ainsi rédigé : « A. – … »" on "II. – A. – …":
		// the A's lines give way to the new text, whose first line
		// takes the II's label back ("II. – A. – …"). New text under
		// another label (or none) is refused: the II's first line would
		// not be its own.
		if l, _ := labelOf(e.Lines[0]); l == "" || l != strings.TrimSuffix(strings.ToLower(inner.item), ".") && l != strings.TrimSuffix(inner.item, ".") {
			return applyErr(fmt.Sprintf("item %q begins on the line of its part: rewritten under another label", inner.item))
		}
		t := strings.TrimLeft(al[inner.lo], " ")
		lines := append([]string(nil), censor(e.Lines, opt)...)
		lines[0] = al[inner.lo][:len(al[inner.lo])-len(t)] + labelPrefix(t) + strings.TrimLeft(lines[0], "«\" ")
		a.Alineas = splice(al, inner.lo, inner.hi, lines)
		c[e.Scope.Ref] = a
		return nil
	}
	if err != nil {
		return err
	}
	if e.Scope.Sentence != 0 || e.Kind == EditAppendWords || e.Kind == EditInsertSentences {
		lo, hi = sentencesAsFound(al, lo, hi, opt.grp)
	}
	if len(e.Scope.Within) > 0 {
		// "Au 2° de l'alinéa 3": the alinéa must be in the 2° (the 2° was
		// ignored, and the alinéa edited wherever it stood); "Alinéas 2 à
		// 6" / "Supprimer les b à d": the items begin in the alinéas.
		wlo, whi, _, err := resolve(al, e.Scope.Within)
		if m := len(e.Scope.Within); errors.As(err, &missing) && missing.item == e.Scope.Within[m-1].Item && label == "" {
			// "Au b du 1° de l'alinéa 2", "Alinéa 2" / "Au b, …" where the
			// alinéa holds its a) and b) on its line: the b's words
			// (inlineItem), the items above it holding the alinéa.
			if m > 1 {
				ulo, uhi, _, uerr := resolve(al, e.Scope.Within[:m-1])
				if uerr != nil {
					return uerr
				}
				if lo < ulo || hi > uhi {
					return applyErr(fmt.Sprintf("the alinéas named are not in the %s named beside them", e.Scope.Within[m-2].Item))
				}
			}
			if _, _, _, ierr := inlineItem(al, lo, hi, missing.item); !errors.As(ierr, &missing) {
				return inlineWords(c, e, opt, al, lo, hi, missing.item)
			}
		}
		if err != nil {
			return err
		}
		if w := e.Scope.Within[len(e.Scope.Within)-1]; w.Item == "" {
			// "Alinéa 2" / "Supprimer le 1°": the item begins in the
			// alinéas; "Alinéa 2" / "Supprimer les b et c" where the
			// alinéa 2 is the 1°'s first line, refused.
			if lo < wlo || lo >= whi {
				return applyErr("the items named do not begin in the alinéas named beside them")
			}
		} else if lo < wlo || hi > whi {
			return applyErr(fmt.Sprintf("the alinéas named are not in the %s named beside them", e.Scope.Within[len(e.Scope.Within)-1].Item))
		}
	}
	if e.Through != "" {
		// "Les mots : « A » à « B » sont supprimés": the span from A to
		// B as the place holds it, then edited as the words it is.
		if e.Kind != EditReplaceWords && e.Kind != EditDeleteWords || e.Anchor != "" || len(e.Occurrences) > 0 || e.Times > 1 || e.Scope.Where != "" || e.Scope.SentencesToEnd {
			return applyErr("words from one to another, with occurrences, a count, an anchor or a place at the start or end: not read")
		}
		span, err := wordsThrough(al, lo, hi, e.Scope.Sentence, opt.grp, e.Old, e.Through)
		if err != nil {
			return err
		}
		one := e
		one.Old, one.Through, one.Times = span, "", 1
		return applyEdit(c, one, opt)
	}
	if e.Scope.SentencesToEnd && e.Scope.Where == "" && (e.Kind == EditReplaceWords || e.Kind == EditDeleteWords || e.Kind == EditInsertWords) {
		// "Aux deuxième à dernière phrases, le mot : « A » est remplacé
		// …": the words of each of those sentences, counted on the text
		// before the instruction, as "aux deuxième à quatrième phrases"
		// (each must hold them; it was refused).
		return onSentencesToEndWords(c, e, opt, al, lo, hi)
	}
	if e.Scope.SentencesToEnd && (e.Kind != EditDelete && e.Kind != EditRewrite || e.Scope.Where != "") {
		// "Aux deuxième à dernière phrases, il est ajouté …": only a
		// deletion, a rewriting or a word operation of those sentences
		// is read.
		return applyErr("sentences to the last of their alinéa, edited otherwise than deleted, rewritten whole or by words: not read")
	}
	if e.Scope.SentenceLast && hi > lo {
		// "la seconde et dernière phrase": the alinéa has that many.
		i := pickSentenceAlinea(lo, hi, e.Scope.Sentence)
		if n := len(groupBounds(al, i, opt.grp)); n != e.Scope.Sentence {
			return applyErr(fmt.Sprintf("sentence %d is not the last (%d sentences)", e.Scope.Sentence, n))
		}
	}
	if opt.billQuotes && e.Scope.Sentence != 0 && hi > lo {
		// "Alinéa 3, dernière phrase" on "2° Le second alinéa est ainsi
		// rédigé : « Il signe. Il date. »": the bill's sentence (the
		// whole line: it was rewritten, "2° Il remet.") or the quoted
		// text's is not said.
		if _, _, ok := quotedEnd(al[pickSentenceAlinea(lo, hi, e.Scope.Sentence)]); ok {
			return applyErr(fmt.Sprintf("sentence %d of an alinéa that ends with the text it quotes: the bill's sentence or the quoted text's is not said", e.Scope.Sentence))
		}
	}
	lines := censor(e.Lines, opt)
	if opt.billQuotes {
		host := append(append([]string(nil), opt.typedAs...), al...)
		lines = asHost(lines, host)
		e.New = strings.Join(asHost([]string{e.New}, host), "")
	}
	switch e.Kind {
	case EditDelete:
		switch {
		case len(e.Scope.Path) == 0 && e.Scope.Sentence == 0:
			delete(c, e.Scope.Ref)
			return nil
		case e.Scope.SentencesToEnd:
			if err := onSentencesToEnd(al, lo, hi, e.Scope.Sentence, e.Scope.SentencesButLast, opt.grp, ""); err != nil {
				return err
			}
		case e.Scope.Sentence != 0:
			if err := onSentence(al, lo, hi, e.Scope.Sentence, opt.grp, func(string) (string, error) { return "", nil }); err != nil {
				return err
			}
		case label != "" && !e.NoMark:
			term := ""
			last := strings.TrimSpace(al[hi-1])
			if _, k := labelOf(al[lo]); k == 'd' || k == 'l' || k == 'p' {
				// An item of a list keeps the list's punctuation (" ;"
				// for "b) … ; et": the conjunction joins it no more).
				// An item of several alinéas whose first ends with " ;"
				// and an item of its kind after it is one of a list
				// going on ("a) Au siège ;", "Le siège est public.", "b)
				// …": "a) (Abrogé) ;", it was "a) (Abrogé).").
				next := hi < len(al)
				if next {
					_, kn := labelOf(al[hi])
					next = kn == k
				}
				if semicolonEnd(last) || next && hi-lo > 1 && semicolonEnd(al[lo]) {
					term = " ;"
				} else if strings.HasSuffix(last, ".") {
					term = "."
				}
			}
			// As Légifrance prints it: the item's own label, "b) (Abrogé)",
			// "2° (Abrogé) ;", "III.-(Abrogé)" (a paragraph, no punctuation).
			pre := labelPrefix(strings.TrimLeft(al[lo], " "))
			if t := strings.TrimRight(pre, " "); strings.ContainsAny(t, "°º") {
				// "1° bis A Le …": the capitals are the label's ("1° bis
				// A (Abrogé) ;", not "1° bis (Abrogé) ;").
				rest := strings.TrimLeft(al[lo], " ")[len(t):]
				if m := degreeCapital.FindStringSubmatchIndex(rest); m != nil {
					pre = t + rest[:m[3]] + " "
				}
			}
			if pre == "" || strings.HasPrefix(pre, "«") || strings.HasPrefix(pre, "\"") {
				pre = label + " "
			} else if !strings.HasSuffix(pre, " ") && !strings.HasSuffix(pre, "-") && !strings.HasSuffix(pre, "–") && !strings.HasSuffix(pre, "―") {
				pre += " "
			}
			al = splice(al, lo, hi, []string{pre + "(Abrogé)" + term})
		default:
			if opt.billQuotes && lo > 0 && hi > lo && !isQuoted(al[lo-1]) && strings.HasSuffix(strings.TrimSpace(al[lo-1]), ":") && isQuoted(al[lo]) && (hi == len(al) || !isQuoted(al[hi])) {
				// "Supprimer les alinéas 2 et 3", the whole text that
				// "… complété par deux alinéas ainsi rédigés :" announces:
				// the announcement would stand alone (it was left).
				return applyErr("the quoted text an alinéa introduces deleted whole, the alinéa left")
			}
			closes := hi > lo && quoteCloses(al[hi-1])
			tail := ""
			if closes {
				tail = quoteTail(al[hi-1])
			}
			lastItemEnds := hi > lo && listEnd(al, lo, hi)
			endsSentence := false
			if closes {
				last := al[hi-1]
				endsSentence = strings.HasSuffix(strings.TrimRight(last[:closeStart(last)], " "), ".")
			}
			al = splice(al, lo, hi, nil)
			if lastItemEnds {
				// "1° Seul ;", "2° Vite." without the 2°: the 1° ends the
				// list now ("1° Seul."); so does "1° Seul ; et", its
				// conjunction joining nothing now.
				p := strings.TrimRight(al[lo-1], " ")
				m := itemConjunction.FindStringSubmatch(p)
				if m != nil {
					p = m[1]
				}
				al[lo-1] = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(p, ";"), ","), " ") + "."
				if m != nil {
					// The conjunction goes before the new last item:
					// "a) … ;", "b) … ; et", "c) … ." without the c give
					// "a) … ; et", "b) … .".
					conjunctionBack(al, lo-1, m[2])
				}
			}
			if opt.billQuotes && closes && lo > 0 && lo <= len(al) {
				// "« A.", "« B. »" without the B: the A closes the
				// quotation now ("« A. »"), with what followed the
				// quotation ("« B. » ;", the item's " ;": "« A. » ;").
				if p := strings.TrimSpace(al[lo-1]); strings.HasPrefix(p, "«") && !quoteCloses(p) {
					if endsSentence && strings.HasSuffix(p, ";") {
						// "« – le maire ;", "« – le juge. »" without the
						// juge: the maire ends the quoted list ("« – le
						// maire. »"; it gave "« – le maire » ;").
						al[lo-1] = strings.TrimRight(strings.TrimSuffix(p, ";"), " ") + "."
					}
					al[lo-1] = closeQuoted(al[lo-1])
					if !strings.HasSuffix(al[lo-1], ";") {
						al[lo-1] += tail
					}
				}
			}
		}
	case EditRewrite:
		if e.Restored && len(e.Scope.Path) > 0 && e.Scope.Sentence == 0 {
			// "Le 3° est ainsi rétabli :" where a 3° in force is there:
			// re-established is said of a part repealed; the law and
			// the article disagree (it was overwritten). The part
			// repealed is its placeholder alone, "3° (Abrogé).": the
			// article's closing alinéa after it is not its (it went
			// with it).
			if !isAbrogatedPlaceholder(al[lo]) {
				return applyErr(fmt.Sprintf("the part re-established is in force: %q", strings.TrimSpace(al[lo])))
			}
			hi = lo + 1
		}
		switch {
		case len(e.Scope.Path) == 0 && e.Scope.Sentence == 0:
			al = lines
		case e.Scope.SentencesToEnd:
			if err := onSentencesToEnd(al, lo, hi, e.Scope.Sentence, e.Scope.SentencesButLast, opt.grp, withPeriod(strings.Join(lines, " "))); err != nil {
				return err
			}
		case e.Scope.Sentence != 0:
			if err := onSentence(al, lo, hi, e.Scope.Sentence, opt.grp, func(string) (string, error) { return withPeriod(strings.Join(lines, " ")), nil }); err != nil {
				return err
			}
		default:
			if opt.billQuotes {
				o, _ := quoteShape(al[lo])
				_, c := quoteShape(al[hi-1])
				lines = requote(lines, o, c, al[lo])
				if n := len(lines); o && c && n > 0 && quoteTail(lines[n-1]) == "" && closesQuote(lines[n-1]) {
					// What followed the quotation it closed stays: "«
					// Il motive. » ;" rewritten is "« Il statue. » ;",
					// the bill's item going on.
					lines[n-1] = strings.TrimRight(lines[n-1], " ") + quoteTail(al[hi-1])
				}
			}
			if err := labelBorne(al, e, lines, opt); err != nil {
				return err
			}
			lines = itemEnd(al, hi, lines)
			lines = keepLabel(al, lo, e.Scope.Path, lines)
			al = splice(al, lo, hi, lines)
			if !opt.billQuotes {
				// "Le 2° est remplacé par des 2° et 3°" where a 3° follows:
				// the list would hold two.
				if err := rankAmidItems(al, lo, len(lines), true); err != nil {
					return err
				}
			}
		}
	case EditRewriteStart:
		// No new start: "Le début … jusqu'aux mots : « A » est
		// supprimé", as an end deleted has no new end.
		if len(lines) > 1 || len(lines) == 0 && e.Anchor == "" || hi-lo < 1 {
			return applyErr("bad rewrite-start")
		}
		f := func(s string) (string, error) {
			if e.Anchor != "" {
				hits := findWords(s, e.Anchor)
				if len(hits) != 2 {
					return "", applyErr(fmt.Sprintf("words %q not found once", e.Anchor))
				}
				// "Avant le mot : « A », … le début": up to A, A kept.
				cut := hits[1]
				if e.Before {
					cut = hits[0]
				}
				if len(lines) == 0 {
					// The words after A begin it now, with its capital;
					// the label stays.
					d, _ := deleteAt(s, []int{textStart(s), cut})
					return d, nil
				}
				return joinWords(keepStart(s, lines[0]), strings.TrimLeft(s[cut:], " ")), nil
			}
			return rewriteStart(s, lines[0])
		}
		if e.Scope.Sentence != 0 {
			// "Le début de la seconde phrase … est ainsi rédigé": that
			// sentence's start, not the alinéa's (it wiped the sentences
			// before).
			if err := onSentence(al, lo, hi, e.Scope.Sentence, opt.grp, f); err != nil {
				return err
			}
			break
		}
		s, err := f(al[lo])
		if err != nil {
			return err
		}
		al[lo] = s
	case EditAppendAlineas:
		if e.Scope.Sentence != 0 {
			// "La première phrase … est complétée par un alinéa": a
			// sentence holds no alinéa; not read (it went after the
			// whole alinéa).
			return applyErr("alinéas added to a sentence: not read")
		}
		if e.Scope.Where == "start" && e.Scope.Sentence == 0 {
			// "Au début de l'article, il est ajouté un alinéa".
			if label != "" {
				// "Au début du II, il est ajouté un alinéa": before the
				// II's label it would be the I's; after it, the label
				// would move. Not said: refused.
				return applyErr(fmt.Sprintf("an alinéa at the start of %q: where its label goes is not said", label))
			}
			if opt.billQuotes {
				lines = numberPlaceholders(al, lo, lines, opt.typedAs)
			}
			at, err := startOfList(al, lo, hi, lines)
			if err != nil {
				return err
			}
			al = splice(al, at, at, lines)
			// "Au début, il est inséré un 1°" before the 1° in force: the
			// list would hold two (afterItsPrevious).
			if err := rankAmidItems(al, at, len(lines), !opt.billQuotes); err != nil {
				return err
			}
			break
		}
		at, err := appendPoint(al, lo, hi, lines)
		if err != nil {
			return err
		}
		if len(lines) > 0 && !opt.billQuotes && len(e.Scope.Path) == 0 && at == len(al) && opt.numberI != nil {
			if m := billNumber.FindStringSubmatch(lines[0]); m != nil && m[1] == "II" && !anyParagraphNumber(al) {
				// "L'article L. 1 est complété par un II" on an article
				// without paragraphs: its text is the I, numbered once the
				// bill article's edits are applied (numberTheI).
				opt.numberI[e.Scope.Ref] = m[2]
			}
		}
		if opt.billQuotes {
			lines = numberPlaceholders(al, at, lines, opt.typedAs)
			al, lines = numberFirstParagraph(al, lines, opt.typedAs)
			if at > 0 && len(lines) > 0 {
				// "Compléter cet article par l'alinéa suivant : « 12° … »"
				// after the quoted list's last item: the list goes on; and
				// "Compléter le texte proposé pour l'article L. 1 par un
				// alinéa": the quoted text goes on.
				if sameListItem(al[at-1], lines[0]) || len(e.Scope.Path) > 0 && e.Scope.Path[0].Proposed != "" {
					al, lines = quoteInBlock(al, at, lines)
				} else if n := len(e.Scope.Path); n > 0 && e.Scope.Path[n-1].Item != "" && hi-1 > lo && isQuoted(al[hi-1]) && closesQuote(al[hi-1]) && !isQuoted(lines[0]) {
					// "Compléter le 2° par un alinéa …" where the 2° ends
					// with the text it quotes: a line of that text, or of
					// the 2° after it, is not said (it went after the
					// quotation, unquoted, a sentence of neither).
					if labelPrefix(lines[0]) == "" {
						return applyErr(fmt.Sprintf("an alinéa completing %q, which ends with the text it quotes: inside the quotation or after it is not said", label))
					}
				}
			}
		}
		al = splice(al, at, at, lines)
		if err := closeItemBefore(al, at, len(lines)); err != nil {
			return err
		}
		// "Il est ajouté un 3°" after a 3° in force, "Il est ajouté un
		// II" where the II is the last: the list would hold two (a
		// placeholder, "3° (Abrogé)", is taken below).
		if err := rankAmidItems(al, at, len(lines), !opt.billQuotes); err != nil {
			return err
		}
		if opt.billQuotes && len(e.Scope.Path) == 0 {
			if err := itemOffItsList(al, at); err != nil {
				return err
			}
		}
		if !opt.billQuotes {
			al = takePlaceholder(al, at, len(lines))
		}
	case EditInsertAlineas:
		if e.Scope.Sentence != 0 {
			// "Après la première phrase du deuxième alinéa, il est inséré
			// un alinéa": the alinéa is split after that sentence, the
			// new alinéas between its parts (they went after the whole
			// alinéa). Before a sentence, or in a bill's quotation, not
			// read.
			if e.Before || opt.billQuotes || len(lines) == 0 {
				return applyErr("alinéas inserted at a sentence: not read")
			}
			i := pickSentenceAlinea(lo, hi, e.Scope.Sentence)
			b := groupBounds(al, i, opt.grp)
			k, err := sentenceIndex(b, e.Scope.Sentence)
			if err != nil {
				return err
			}
			cut := b[k][1]
			if cut >= closeStart(al[i]) {
				// The last sentence of a quoted alinéa: its closing
				// quotation mark stays with it.
				cut = len(al[i])
			}
			parts := append([]string{strings.TrimRight(al[i][:cut], " ")}, lines...)
			if rest := strings.TrimLeft(al[i][cut:], " "); rest != "" {
				parts = append(parts, rest)
			}
			al = splice(al, i, i+1, parts)
			break
		}
		if err := rankAgrees(al, lo, label, lines, e.Before); err != nil {
			return err
		}
		if label != "" && len(lines) > 0 {
			pos := hi
			if e.Before {
				pos = lo
			}
			if err := unrankedAgain(al, pos, lines[0]); err != nil {
				return err
			}
			if e.Before {
				if err := afterItsPrevious(al, lo, lines[0]); err != nil {
					return err
				}
			}
		}
		if e.Before && !opt.billQuotes && len(lines) > 0 && labelPrefix(lines[0]) == "" {
			// "Avant le premier alinéa du II, il est inséré un alinéa":
			// the II's label opens that alinéa; before it the new alinéa
			// would be the I's (it was), after it the label would move.
			// Not said: refused, as "Au début du II, il est ajouté un
			// alinéa" is.
			if n := len(e.Scope.Path); n >= 2 && e.Scope.Path[n-1].Alinea == 1 && e.Scope.Path[n-1].FromEnd == 0 && e.Scope.Path[n-2].Item != "" && labelPrefix(strings.TrimLeft(al[lo], " ")) != "" {
				return applyErr(fmt.Sprintf("an alinéa before the first of %q: where its label goes is not said", e.Scope.Path[n-2].Item))
			}
		}
		if e.Before {
			if opt.billQuotes {
				if err := betweenIntroAndText(al, lo, lines); err != nil {
					return err
				}
				lines = numberPlaceholders(al, lo, lines, opt.typedAs)
				lines = quoteBeforeInBlock(al, lo, lines)
			}
			al = splice(al, lo, lo, lines)
			if label == "" {
				if err := rankAmidItems(al, lo, len(lines), !opt.billQuotes); err != nil {
					return err
				}
			}
			if !opt.billQuotes {
				al = takePlaceholder(al, lo, len(lines))
			}
		} else {
			at := hi
			if label != "" && len(lines) > 0 && !beforeSibling(al, lo, hi, lines) {
				// "Après le b, il est inséré un c": after b and its
				// sub-items, before an unnumbered alinéa that closes the list.
				var err error
				if at, err = appendPoint(al, lo, hi, lines); err != nil {
					return err
				}
			}
			if label != "" && len(lines) > 0 {
				if err := outOfRank(al, lo, at, lines[0]); err != nil {
					return err
				}
			}
			if opt.billQuotes {
				if err := betweenIntroAndText(al, at, lines); err != nil {
					return err
				}
				lines = numberPlaceholders(al, at, lines, opt.typedAs)
				lines = itemEnd(al, at, lines)
				lines = quoteIntroduced(lines)
				al, lines = numberFirstParagraph(al, lines, opt.typedAs)
				al, lines = quoteInBlock(al, at, lines)
			}
			al = splice(al, at, at, lines)
			if err := closeItemBefore(al, at, len(lines)); err != nil {
				return err
			}
			if label == "" {
				if err := rankAmidItems(al, at, len(lines), !opt.billQuotes); err != nil {
					return err
				}
			}
			if !opt.billQuotes {
				al = takePlaceholder(al, at, len(lines))
			}
		}
	case EditInsertSentences:
		add := withPeriod(strings.Join(lines, " "))
		// "Au début du premier alinéa, est ajoutée une phrase": before
		// its first sentence.
		before := e.Before || e.Scope.Where == "start" && e.Scope.Sentence == 0
		if opt.billQuotes && !before && e.Scope.Sentence == 0 {
			if s, ok, err := completeQuotedEnd(al[hi-1], add, true); ok || err != nil {
				if err != nil {
					return err
				}
				al[hi-1] = s
				break
			}
		}
		if err := onSentenceInsert(al, lo, hi, e.Scope.Sentence, opt.grp, add, before); err != nil {
			return err
		}
	case EditAppendWords:
		words := typeset([]string{e.New}, opt)[0]
		f := func(s string) (string, error) { return appendWords(s, words), nil }
		if e.Scope.Where == "start" {
			// "Au début du premier alinéa, est ajoutée la mention : « I. - »"
			f = func(s string) (string, error) {
				if w, t := billNumber.FindStringSubmatch(strings.TrimSpace(words)), billNumber.FindStringSubmatch(strings.TrimLeft(s, " ")); w != nil && t != nil && w[1] == t[1] && strings.TrimSpace(words) == strings.TrimSpace(w[0]) {
					// "Faire précéder l'alinéa 1 de la mention : « I. –
					// »" where the amendment's new II numbered it I
					// already (numberFirstParagraph): it is there.
					return s, nil
				}
				if m := reNumberWords.FindStringSubmatch(strings.TrimSpace(words)); m != nil && opt.LegifranceTypography {
					// "I. – " put before an alinéa: set as the article's
					// (or its code's) paragraph numbers are ("I.-Le …").
					return numberAs(m[1], opt.dash) + strings.TrimLeft(s, " "), nil
				}
				if !labelRe.MatchString(strings.TrimSpace(words)) {
					// Words at the start of a numbered alinéa go after its
					// label: "III. – Sauf urgence, le préfet …".
					// So do they after a quoted alinéa's opening
					// quotation mark and an article's heading ("« Art.
					// L. 1. – ").
					if pre := s[:textStart(s)]; pre != "" {
						return pre + joinWords(leadCapital(words, s[len(pre):], opt), lowerFirstWord(s[len(pre):], words)), nil
					}
				}
				return joinWords(leadCapital(words, s, opt), lowerFirstWord(s, words)), nil
			}
		}
		if e.Scope.Sentence != 0 {
			if err := onSentence(al, lo, hi, e.Scope.Sentence, opt.grp, f); err != nil {
				return err
			}
		} else if e.Scope.Where == "start" {
			al[lo], _ = f(al[lo])
		} else if s, ok, err := completeQuotedEnd(al[hi-1], words, false); opt.billQuotes && (ok || err != nil) {
			if err != nil {
				return err
			}
			al[hi-1] = s
		} else {
			al[hi-1], _ = f(al[hi-1])
		}
	case EditRewriteEnd:
		end := strings.Join(lines, " ")
		f := func(s string) (string, bool) { return rewriteEnd(s, e.Anchor, e.Occurrences, end, e.Before) }
		if e.Scope.Sentence != 0 {
			if e.EndOf == EndOfAlinea {
				// "À la première phrase, après le mot : « A », la fin
				// de l'alinéa …": the sentence's end, or the alinéa's
				// with the sentences after it? Not said unless it is
				// the alinéa's last (the sentence's end was taken).
				i := pickSentenceAlinea(lo, hi, e.Scope.Sentence)
				b := groupBounds(al, i, opt.grp)
				k, err := sentenceIndex(b, e.Scope.Sentence)
				if err != nil {
					return err
				}
				for _, x := range b[k+1:] {
					if x[0] != -1 {
						return applyErr(fmt.Sprintf("the end of the alinéa after %q in sentence %d, sentences after it: of the sentence or of the alinéa is not said", e.Anchor, e.Scope.Sentence))
					}
				}
			}
			found := false
			if err := onSentence(al, lo, hi, e.Scope.Sentence, opt.grp, func(s string) (string, error) {
				r, ok := f(s)
				found = ok
				return r, nil
			}); err != nil {
				return err
			}
			if !found {
				return applyErr(fmt.Sprintf("words %q not found", e.Anchor))
			}
			break
		}
		// The alinéa the anchor is in, its occurrence counted over the
		// scope: "après le mot : « A », la fin du I" where the I holds A
		// in two alinéas does not say which end is meant (it took the
		// first, and dropped the alinéas after it).
		i, occ := -1, e.Occurrences
		if hi-lo > 1 && len(e.Occurrences) > 0 {
			local, err := occurrencesByAlinea(al[lo:hi], e)
			if err != nil {
				return err
			}
			for k, o := range local {
				i, occ = lo+k, o
			}
			if len(local) != 1 || len(occ) != 1 {
				return applyErr(fmt.Sprintf("the end after several occurrences of %q", e.Anchor))
			}
		} else {
			n := 0
			for k := lo; k < hi; k++ {
				if c := len(findOcc(al[k], e.Anchor, e.Occurrences)) / 2; c > 0 {
					i, n = k, n+c
				}
			}
			if hi-lo > 1 && n > 1 {
				return applyErr(fmt.Sprintf("words %q found %d times in the division: which end is meant is not said", e.Anchor, n))
			}
		}
		if i < 0 {
			return applyErr(fmt.Sprintf("words %q not found", e.Anchor))
		}
		if e.EndOf == EndOfUnsaid && i < hi-1 {
			// "À l'article L. 1, après le mot : « A », la fin est ainsi
			// rédigée" with alinéas after A's: the end of the alinéa or
			// of the article is not said (the article's went).
			return applyErr(fmt.Sprintf("the end after %q, with alinéas after it in the scope: of the alinéa or of the division is not said", e.Anchor))
		}
		f = func(s string) (string, bool) { return rewriteEnd(s, e.Anchor, occ, end, e.Before) }
		if e.EndOf == EndOfSentence {
			// "la fin de la phrase": the sentence the anchor is in, the
			// sentences after it kept (they went with the alinéa's end).
			r, ok, err := rewriteSentenceEnd(al[i], groupBounds(al, i, opt.grp), e.Anchor, occ, func(sent string, occ []int) (string, bool) {
				return rewriteEnd(sent, e.Anchor, occ, end, e.Before)
			})
			if err != nil {
				return err
			}
			if !ok {
				return applyErr(fmt.Sprintf("words %q not found", e.Anchor))
			}
			al[i] = r
			break
		}
		r, ok := f(al[i])
		if !ok {
			return applyErr(fmt.Sprintf("words %q not found", e.Anchor))
		}
		if e.EndOf != EndOfAlinea && i < hi-1 && !closingPunct.MatchString(end) {
			r = closedAsDivision(r, al[hi-1])
		}
		al[i] = r
		if e.EndOf != EndOfAlinea {
			al = splice(al, i+1, hi, nil)
		}
	case EditReplaceWords, EditDeleteWords, EditInsertWords:
		if e.New != "" {
			e.New = typeset([]string{e.New}, opt)[0]
		}
		// "Au début de …" / "À la fin de …": only the first / last
		// occurrence in the scope.
		only := 0
		switch e.Scope.Where {
		case "start":
			only = 1
		case "end":
			only = -1
		}
		if e.Kind != EditInsertWords && e.Anchor == "" && len(e.Occurrences) == 0 && e.Times == 0 && only == 0 && citedDateMixed(al[lo:hi], e.Old) {
			return applyErr(fmt.Sprintf("words %q found in the date of a text cited and outside it: whether the citation is meant is not said", e.Old))
		}
		if b := besideEachOther(al[lo:hi], e); b != "" {
			return applyErr(fmt.Sprintf("words %q and %q, each replaced by %q, stand side by side: the new words would come twice, and whether the two are replaced once together is not said", e.Old, b, e.New))
		}
		f := func(s string) (string, int) { return wordEdit(s, e, only) }
		// "La deuxième occurrence du mot : « A »" in a division of several
		// alinéas: counted over the division, not in each alinéa (the
		// second of each alinéa was edited, or none).
		var local map[int][]int
		if len(e.Occurrences) > 0 && e.Scope.Sentence == 0 && only == 0 && hi-lo > 1 {
			var err error
			if local, err = occurrencesByAlinea(al[lo:hi], e); err != nil {
				return err
			}
		}
		n := 0
		for j := lo; j < hi; j++ {
			i := j
			if only < 0 {
				i = hi - 1 - (j - lo)
			}
			if only != 0 && n > 0 {
				break
			}
			if local != nil {
				occ, ok := local[i-lo]
				if !ok {
					continue
				}
				ei := e
				ei.Occurrences = occ
				var k int
				al[i], k = wordEdit(al[i], ei, only)
				n += k
				continue
			}
			if e.Scope.Sentence != 0 {
				if hi-lo != 1 && i != pickSentenceAlinea(lo, hi, e.Scope.Sentence) {
					continue
				}
				whole := 0
				if e.Scope.OnlyInSentence {
					// "Alinéas 1 et 6, dernière phrase": the 1 whole,
					// or its last sentence? The same when its words
					// are in that sentence only.
					if only != 0 || len(e.Occurrences) > 0 || e.Times > 0 {
						return applyErr("a sentence named after a list of alinéas, with occurrences or a place in it: of each alinéa or of the last only is not said")
					}
					_, whole = f(al[i])
				}
				k := 0
				_ = onSentence(al, i, i+1, e.Scope.Sentence, opt.grp, func(s string) (string, error) {
					var r string
					r, k = f(s)
					return r, nil
				})
				if e.Scope.OnlyInSentence && k != whole {
					return applyErr(fmt.Sprintf("words %q outside sentence %d of an alinéa named before the sentence: of each alinéa or of the last only is not said", firstNonEmpty(e.Old, e.Anchor), e.Scope.Sentence))
				}
				n += k
				continue
			}
			var k int
			al[i], k = f(al[i])
			n += k
		}
		if n == 0 {
			return applyErr(fmt.Sprintf("words %q not found", firstNonEmpty(e.Old, e.Anchor)))
		}
		if err := signEditChecked(a.Alineas, al, lo, hi, e, only); err != nil {
			return err
		}
		if e.Times > 0 && n != e.Times {
			// "Le mot « A » est remplacé, deux fois, …" where the text
			// holds it three times: the law and the text disagree.
			return applyErr(fmt.Sprintf("words %q found %d times, the law says %d", firstNonEmpty(e.Old, e.Anchor), n, e.Times))
		}
		if (e.Kind == EditReplaceWords || e.Kind == EditInsertWords && e.Before) && elisionBroken(a.Alineas[lo:hi], al[lo:hi], e.New) {
			return applyErr(fmt.Sprintf("new words %q begin with a consonant after an elision (l', d'): the words around are not said", e.New))
		}
		if (e.Kind == EditReplaceWords || e.Kind == EditInsertWords && e.Before) && elisionMissing(a.Alineas[lo:hi], al[lo:hi], e.New) {
			return applyErr(fmt.Sprintf("new words %q begin with a vowel after a word that elides or contracts before one (le, la, de, du, au, ce, que…): the words around are not said", e.New))
		}
		if (e.Kind == EditReplaceWords || e.Kind == EditInsertWords) && contractionMissing(a.Alineas[lo:hi], al[lo:hi], e.New) {
			return applyErr(fmt.Sprintf("new words %q begin with the article \"le\" or \"les\" after \"de\" or \"à\", which contract (du, des, au, aux): the words around are not said", e.New))
		}
		if (e.Kind == EditReplaceWords || e.Kind == EditInsertWords) && determinerAfterContraction(a.Alineas[lo:hi], al[lo:hi], e.New) {
			return applyErr(fmt.Sprintf("new words %q begin with a determiner after \"du\", \"des\", \"au\" or \"aux\", which hold an article already: the words around are not said", e.New))
		}
		if (e.Kind == EditReplaceWords || e.Kind == EditInsertWords) && marksDoubled(a.Alineas[lo:hi], al[lo:hi]) {
			return applyErr(fmt.Sprintf("new words %q end with a mark before the text's own (\" ;.\", \": ;\"): which one stands is not said", e.New))
		}
		if (e.Kind == EditReplaceWords || e.Kind == EditInsertWords) && commaDoubled(a.Alineas[lo:hi], al[lo:hi]) {
			return applyErr(fmt.Sprintf("new words %q put a comma before the text's own mark (\",,\", \", ;\"): which one stands is not said", e.New))
		}
		if e.Kind == EditDeleteWords && elisionStranded(a.Alineas[lo:hi], al[lo:hi]) {
			return applyErr(fmt.Sprintf("words %q deleted after an elision (l', d'): the elided word is left alone", e.Old))
		}
	default:
		return applyErr("unknown edit kind " + string(e.Kind))
	}
	a.Alineas = al
	c[e.Scope.Ref] = a
	return nil
}

// elisionBroken reports whether new words put where words stood now
// follow an elided word and begin with a consonant, more often than
// before ("L'adjoint" with "adjoint" replaced by "maire": "L'maire"): the
// article must change too, and the law did not say how.
func elisionBroken(before, after []string, nw string) bool {
	r, _ := utf8.DecodeRuneInString(nw)
	if !unicode.IsLower(r) || strings.ContainsRune("aeiouyhàâéèêëîïôûü", r) {
		return false
	}
	return newWordsAfter(`(?i)(?:^|[^\pL])(?:l|d|qu|jusqu|lorsqu|puisqu)['’]`, nw, before, after)
}

// elisionMissing reports whether new words put where words stood now
// follow a word that elides or contracts before a vowel ("le", "la",
// "de", "du", "au", "ce", "sa", "que", "ne", "se") and begin with a
// vowel, more often than before ("La décision" with « décision »
// replaced by « ordonnance »: "La ordonnance", "du ministre" with
// « ministre » by « État »: "du État"): the article must change too
// (l', de l', à l', cet, son), and the law did not say how, as in
// elisionBroken. An h, a y, a word the language does not elide before
// ("onze", "oui", "ouate"), a single letter or a word in capitals (an
// item's label, a roman number, an acronym), and a word that is no noun
// or adjective the word before determines (a conjunction, a preposition,
// an article, a pronoun: "le ou les organismes") are passed over after
// a determiner ("le", "la", "du", "au", "ce", "sa"); after "de", "que",
// "jusque", "lorsque", "puisque", "ne" and "se", which elide before any
// word, an article or a pronoun is not ("d'un", "d'une", "d'au moins",
// "qu'il", "qu'on", "d'y"; "de une commune", "que il signe" were
// applied) — prepositions, adverbs, "et" and "ou" still are.
func elisionMissing(before, after []string, nw string) bool {
	w := nw
	if i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		w = w[:i]
	}
	if w == "y" {
		return newWordsAfter(elidingWords, nw, before, after)
	}
	r, _ := utf8.DecodeRuneInString(w)
	if utf8.RuneCountInString(w) < 2 || !strings.ContainsRune("aeiouàâéèêëîïôûüAEIOUÀÂÉÈÊËÎÏÔÛÜ", r) || strings.ToUpper(w) == w {
		return false
	}
	switch strings.ToLower(w) {
	case "onze", "onzième", "onzièmes", "oui", "ouate", "ouistiti", "uhlan", "et", "ou":
		return false
	case "au", "aux", "un", "une", "il", "ils", "elle", "elles", "on":
		// No noun the word before determines: "le ou les organismes",
		// "la ou les personnes"; but an article or a pronoun heads
		// the words put in, which the words that elide before any word
		// elide before too ("d'une", "qu'il").
		return newWordsAfter(elidingWords, nw, before, after)
	case "où", "en", "avec", "avant", "après", "entre", "envers", "outre", "ainsi", "afin", "alors", "aussi", "auprès", "autour", "à", "ès":
		// Prepositions and adverbs: no noun the word before
		// determines, and words of no group ("au taux de 5 %", « 5 »
		// replaced by « en urgence »), passed over as before.
		return false
	}
	return newWordsAfter(`(?i)(?:^|[^\pL'’])(?:le|la|de|du|au|ce|sa|que|jusque|lorsque|puisque|ne|se)\s+`, nw, before, after)
}

// elidingWords leads the new words of elisionMissing with a word that
// elides before any word beginning with a vowel, not only a noun it
// determines: "de", "que", "jusque", "lorsque", "puisque", "ne", "se".
const elidingWords = `(?i)(?:^|[^\pL'’])(?:de|que|jusque|lorsque|puisque|ne|se)\s+`

// contractionMissing reports whether new words beginning with the
// article "le" or "les" follow "de" or "à", more often than before
// ("chargé de l'économie" with « l'économie » replaced by « les finances
// »: "chargé de les finances", "à le département"): French contracts them
// (du, des, au, aux), so the words around must change too, and the law
// did not say how, as in elisionMissing. "le", "les" a pronoun ("afin de
// le saisir", "de les en informer", "à les leur transmettre") is
// followed, after "de" or "à", by an infinitive or by "y", "en", "lui",
// "leur": a second word ending as an infinitive does ("-er", "-ir",
// "-re", "-ïr": "le registre", "le dossier" too) is passed over, as are
// "Le", "Les" in capitals (a title: "de Les Échos") and a lone article.
func contractionMissing(before, after []string, nw string) bool {
	f := strings.Fields(nw)
	if len(f) < 2 || f[0] != "le" && f[0] != "les" {
		return false
	}
	w := f[1]
	if i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		w = w[:i]
	}
	w = strings.ToLower(w)
	switch {
	case w == "y" || w == "en" || w == "lui" || w == "leur":
		return false
	case strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re") || strings.HasSuffix(w, "ïr"):
		return false
	}
	return newWordsAfter(`(?i)(?:^|[^\pL])(?:de|à)\s+`, nw, before, after)
}

// determinerAfterContraction reports whether new words beginning with a
// determiner ("le", "la", "les", "l'", "un", "une", "ce", "cette", "ces",
// "son", "sa", "ses", "chaque", …) follow "du", "des", "au" or "aux", more
// often than before ("le président du département" with « département »
// replaced by « la région »: "du la région"; « l'État »: "du l'État"):
// those words hold an article already (de le, à les), so the words
// around must change too ("de la région"), and the law did not say how,
// as in contractionMissing. A determiner in capitals (a title: "du Le
// Monde") is passed over, and a lone word ("aux leurs", a pronoun);
// "leur" (a pronoun too: "au leur") and "tout" ("au tout début") are no
// determiners here, nor "des".
func determinerAfterContraction(before, after []string, nw string) bool {
	f := strings.Fields(nw)
	if len(f) == 0 {
		return false
	}
	if i := strings.IndexAny(f[0], "'’"); i >= 0 {
		if f[0][:i] != "l" || strings.TrimLeft(f[0][i:], "'’") == "" {
			return false
		}
	} else {
		if len(f) < 2 {
			return false
		}
		switch f[0] {
		case "le", "la", "les", "un", "une", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "chaque", "quelque", "quelques", "plusieurs", "certains", "certaines", "aucun", "aucune":
		default:
			return false
		}
	}
	return newWordsAfter(`(?:^|[^\pL'’])(?i:du|des|au|aux)\s+`, nw, before, after)
}

// elisionStranded reports whether words deleted leave an elided word
// ("l'", "d'", "qu'") before no word, more often than before ("l'acte"
// with "acte" deleted: "l' et"): the law did not say what becomes of it.
func elisionStranded(before, after []string) bool {
	return moreOften(elidedAlone, before, after)
}

// newWordsAfter reports whether the new words nw, whole, follow what
// lead matches (a regexp) more often in the alinéas after than before —
// the shape of the elision and contraction checks (elisionBroken,
// elisionMissing, contractionMissing, determinerAfterContraction). Its
// expression is compiled for each edit that passes their first tests.
func newWordsAfter(lead, nw string, before, after []string) bool {
	return moreOften(regexp.MustCompile(lead+regexp.QuoteMeta(nw)+`(?:[^\pL]|$)`), before, after)
}

// moreOften reports whether re matches the alinéas after more often than
// the alinéas before.
func moreOften(re interface{ FindAllStringIndex(string, int) [][]int }, before, after []string) bool {
	count := func(al []string) int {
		n := 0
		for _, l := range al {
			n += len(re.FindAllStringIndex(l, -1))
		}
		return n
	}
	return count(after) > count(before)
}

var elidedAlone = mustRe(`(?i)(?:^|[^\pL])(?:l|d|qu|jusqu|lorsqu|puisqu)['’](?:[^\pL]|$)`)

// occurrencesByAlinea maps the occurrences a word edit names (of its
// Anchor if it has one, else of Old), counted over the alinéas al, to
// the occurrences within each alinéa (by index in al); an occurrence the
// alinéas do not hold is an error.
func occurrencesByAlinea(al []string, e Edit) (map[int][]int, error) {
	w := e.Old
	if e.Anchor != "" {
		w = e.Anchor
	}
	counts := make([]int, len(al))
	total := 0
	for i, s := range al {
		counts[i] = len(findOcc(s, w, e.Occurrences)) / 2
		total += counts[i]
	}
	out := map[int][]int{}
	for _, o := range e.Occurrences {
		g := o
		if o < 0 {
			g = total + o + 1
		}
		if g < 1 || g > total {
			return nil, applyErr(fmt.Sprintf("occurrence %d of %q not found (%d in the division)", o, w, total))
		}
		for i, c := range counts {
			if g <= c {
				out[i] = append(out[i], g)
				break
			}
			g -= c
		}
	}
	return out, nil
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// sentencesAsFound: a sentence of a division named by its rank ("la
// dernière phrase du II") is counted on the division as the bill article
// found it, and its end (its start) completed by words or a sentence is
// its end as found: alinéas an earlier edit of the group added at its
// start or end are not its ("a) Le II est complété par un alinéa … ; b)
// La dernière phrase du II est supprimée" is the II's own last sentence,
// "b) Le II est complété par les mots …" its own last alinéa; the new
// alinéa's were edited).
func sentencesAsFound(al []string, lo, hi int, g *groupState) (int, int) {
	if g == nil || len(g.tags) != len(al) {
		return lo, hi
	}
	a, b := lo, hi
	for a < b && g.tags[a] == 0 {
		a++
	}
	for b > a && g.tags[b-1] == 0 {
		b--
	}
	if a == b {
		return lo, hi
	}
	return a, b
}

func pickSentenceAlinea(lo, hi, sentence int) int {
	if sentence < 0 {
		return hi - 1
	}
	return lo
}

func splice(al []string, lo, hi int, ins []string) []string {
	out := make([]string, 0, len(al)-(hi-lo)+len(ins))
	out = append(out, al[:lo]...)
	out = append(out, ins...)
	return append(out, al[hi:]...)
}

var labelRe = mustRe(`^(\d+ ?[°º](?:\s*` + latinOrd + `)?|\d+(?:\s+` + latinOrd + `)?\)|[IVX]+(?:\.?\s*` + latinOrd + `)?(?:\s+[A-Z]{1,2})?` + newMark + `(?:\s*[.-])|\d+(?:\s+` + latinOrd + `)?` + newMark + `\s*\.|(?:[a-z]|` + doubledLetter + `)(?:\s+` + latinOrd + `)?\s*[).]|[A-HJ-UWYZ](?:\s+` + latinOrd + `)?` + newMark + `\s*\.\s*[-–—―‑])`)

// newMark is the mark a text adopted by a committee or a chamber puts
// between a new paragraph's number and its period: "II (nouveau). – ",
// "I bis (nouveau). – "; no part of the label.
const newMark = `(?:\s*\(nouveau\))?`

var newMarkRe = mustRe(`\s*\(nouveau\)`)

// capitalLabel is a part lettered in capitals, "A. – ", "B bis. - " (not
// I, V, X: roman numerals).
var capitalLabel = mustRe(`^[A-HJ-UWYZ](?:\s+` + latinOrd + `)?` + newMark + `\s*\.\s*[-–—―‑]`)

// relabelAlinea replaces the item label an alinéa begins with by to,
// keeping what follows it ("III. – Le …" → "IV. – Le …").
func relabelAlinea(s, to string) (string, bool) {
	lead := len(s) - len(strings.TrimLeft(s, " "))
	m := labelRe.FindString(s[lead:])
	if m == "" {
		return s, false
	}
	// The label without its period and dash ("B. – " is "B", its dash
	// kept: "B. – Le …" → "C. – Le …").
	core := strings.TrimRight(m, " .-)–—―‑")
	if strings.HasSuffix(to, ")") && strings.HasSuffix(strings.TrimRight(m, " "), ")") {
		// "2) Les …" relabelled "3)": the parenthesis is the label's.
		core = strings.TrimRight(m, " ")
	}
	return s[:lead] + to + s[lead+len(core):], true
}

// label returns an alinéa's item label, canonical ("8°", "ii", "2 bis", "a"),
// and its kind: 'd' degree, 'r' roman, 'n' number, 'l' letter.
// labelOf is label on the alinéa without its opening quotation mark.
func labelOf(s string) (string, byte) {
	return label(strings.TrimLeft(strings.TrimSpace(s), "«\" "))
}

// degreeSign writes an item's degree sign as the codes do: "1º" (the
// ordinal indicator) and "1 °" are "1°".
var degreeSign = strings.NewReplacer(" °", "°", "º", "°", " º", "°")

// gluedRomanLatin is a roman numeral and its Latin ordinal printed
// without a space, or with a period, lowered: "iibis", "iv.bis".
var gluedRomanLatin = mustRe(`^([ivxl]+)\.?(` + latinOrd + `)\b`)

// degreeCapital is the capitals that end a degree's label, after it:
// "1° A L'article", "1° B (nouveau) Le …" (group 1), a word with its
// capital or an opening quotation mark after them.
var degreeCapital = mustRe(`^\s+([A-Z]{1,2})(?:\s*\(nouveau\))?(?:\s+[A-ZÀÂÉÈÊÎÔÙÛÇ«"]|\s*$)`)

func label(s string) (string, byte) {
	m := labelRe.FindString(strings.TrimSpace(s))
	if m == "" {
		return "", 0
	}
	m = newMarkRe.ReplaceAllString(m, "")
	if capitalLabel.MatchString(m) {
		// "B. – ": kept in capitals, so that it is never the letter
		// item "b)".
		t := strings.TrimRight(m, " .-–—―‑")
		return strings.Join(strings.Fields(t), " "), 'c'
	}
	t := strings.TrimRight(m, " .-)")
	t = strings.ToLower(strings.Join(strings.Fields(t), " "))
	if m[0] >= '0' && m[0] <= '9' && strings.HasSuffix(m, ")") {
		// "2) Les immeubles", "2 bis) …": an item numbered with a
		// parenthesis, its own kind ("2)", never the paragraph "2.").
		return t + ")", 'p'
	}
	switch {
	case strings.ContainsAny(m, "°º"):
		// "1°bis" as the consolidated codes sometimes print it is "1°
		// bis" (it was not found); "1º" (the ordinal indicator) and "1
		// °" are "1°".
		t = degreeSign.Replace(t)
		d := strings.Join(strings.Fields(strings.Replace(t, "°", "° ", 1)), " ")
		// "1° A L'article …", "1° AA (nouveau) Le …": the item a later
		// reading put before the 1°, its capitals part of its label
		// (it was the 1°, found twice); "1° A compter de …" is the 1°.
		if c := degreeCapital.FindStringSubmatch(strings.TrimSpace(s)[len(m):]); c != nil {
			d += " " + strings.ToLower(c[1])
		}
		return d, 'd'
	case m[0] >= 'I' && m[0] <= 'X':
		// "IIbis.-" is "II bis" as "1°bis" is "1° bis", and so is
		// "IV.bis -", as an amendment may type it.
		return gluedRomanLatin.ReplaceAllString(t, "$1 $2"), 'r'
	case m[0] >= '0' && m[0] <= '9':
		return t, 'n'
	}
	return t, 'l'
}

// groupBounds gives the sentences of al[i] as the bill article found
// them: each sentence of the alinéa it stood as, found again in order in
// the alinéa now (a sentence inserted by an earlier edit of the group
// does not shift the count). A sentence an earlier edit deleted keeps its
// rank, its bounds {-1, -1} (sentenceIndex refuses it): "1° La première
// phrase est supprimée ; 2° À la troisième phrase, …" is the third as the
// alinéa stood. When what became of a sentence is not known (some
// sentences were rewritten, more of them now), its bounds are {-2, -2},
// refused too (alignedBounds); fewer of them now, and without a group,
// the sentences of the alinéa now.
func groupBounds(al []string, i int, g *groupState) [][2]int {
	b := sentenceBounds(al[i])
	if g == nil || len(g.tags) != len(al) || g.tags[i] == 0 || g.orig[g.tags[i]-1] == al[i] {
		return b
	}
	orig := g.orig[g.tags[i]-1]
	ob := sentenceBounds(orig)
	var out [][2]int
	from := 0
	for _, o := range ob {
		sent := strings.TrimSpace(orig[o[0]:o[1]])
		k := strings.Index(al[i][from:], sent)
		if sent == "" || k < 0 {
			return alignedBounds(orig, ob, al[i], b)
		}
		out = append(out, [2]int{from + k, from + k + len(sent)})
		from += k + len(sent)
	}
	return out
}

// alignedBounds maps the sentences of orig (bounds ob) onto those of now
// (bounds b): a sentence found as it was is that one; between two found,
// as many sentences as before are the same ones rewritten, none means
// they were deleted ({-1, -1}), and sentences that only now has were
// inserted. More sentences than before between two found: what became of
// each is not known, {-2, -2} (refused as a target, still there for "the
// last"); fewer: b, the sentences of now.
func alignedBounds(orig string, ob [][2]int, now string, b [][2]int) [][2]int {
	text := func(s string, x [2]int) string { return strings.TrimSpace(s[x[0]:x[1]]) }
	match := make([]int, len(ob))
	q := 0
	for j, o := range ob {
		match[j] = -1
		for k := q; k < len(b); k++ {
			if text(now, b[k]) == text(orig, o) {
				match[j], q = k, k+1
				break
			}
		}
	}
	out := make([][2]int, len(ob))
	for j, prev := 0, -1; j < len(ob); {
		if match[j] >= 0 {
			out[j], prev = b[match[j]], match[j]
			j++
			continue
		}
		// The run of sentences not found, and the sentences of now
		// between the found ones around it.
		e := j
		for e < len(ob) && match[e] < 0 {
			e++
		}
		next := len(b)
		if e < len(ob) {
			next = match[e]
		}
		switch gap := next - prev - 1; gap {
		case 0:
			for k := j; k < e; k++ {
				out[k] = [2]int{-1, -1}
			}
		case e - j:
			for k := j; k < e; k++ {
				out[k] = b[prev+1+k-j]
			}
		default:
			if gap < e-j {
				// Fewer than before, some rewritten: which went is
				// not known; the sentences of now (as before).
				return b
			}
			// More than before: rewritten into more, or rewritten
			// and added to: which sentence of now each became is not
			// known ({-2, -2}, refused as a target); the sentences
			// found around them keep their ranks (counting on the
			// alinéa now put "Après la troisième phrase" after a
			// sentence an earlier item inserted —
			// TestGenLaw2CountAcrossRewrite).
			for k := j; k < e; k++ {
				out[k] = [2]int{-2, -2}
			}
		}
		j = e
	}
	return out
}

// groupState is a code article as the bill article being applied found
// it: orig, and for each alinéa of the article now its 1-based position
// in orig (0 for one added since).
type groupState struct {
	orig []string
	tags []int
	// whole says an edit of the group rewrote the whole article: an
	// alinéa counted by position after it is refused.
	whole bool
	// insertedAfter holds the ranks k (as found) of the alinéas after
	// which an edit of the group inserted alinéas, between the k-th and
	// the next ("Après le k-ième alinéa", "Avant le (k+1)-ième
	// alinéa"; 0 before the first): alinéas inserted after the k-th
	// later are refused, their order against those not being said.
	insertedAfter map[int]bool
	// wordsAfter holds the places (scope, anchor, occurrences) after
	// whose words an edit of the group inserted words: words inserted
	// after the same later are refused, as alinéas (insertedAfter).
	wordsAfter map[string]bool
}

// wordsAfterKey is the place of words inserted after an anchor.
func wordsAfterKey(e Edit) string {
	return fmt.Sprintf("%v|%d|%v|%q|%v|%d", e.Scope.Path, e.Scope.Sentence, e.Scope.Where, e.Anchor, e.Occurrences, e.Times)
}

// markInserted records in g that e, applied, inserted alinéas between
// two alinéas the group found (groupState.insertedAfter): e inserts
// alinéas at a place counted by position.
func markInserted(g *groupState, e Edit) {
	if g == nil || e.Kind != EditInsertAlineas || e.Scope.Sentence != 0 {
		return
	}
	n := len(e.Scope.Path)
	if n == 0 || e.Scope.Path[n-1].Item != "" || e.Scope.Path[n-1].Alinea == 0 || e.Scope.Path[n-1].Numbered {
		return
	}
	olo, ohi, _, err := resolve(g.orig, e.Scope.Path)
	if err != nil {
		return
	}
	if g.insertedAfter == nil {
		g.insertedAfter = map[int]bool{}
	}
	if e.Before {
		g.insertedAfter[olo] = true
	} else {
		g.insertedAfter[ohi] = true
	}
}

// newGroup begins the group of an article as the bill article finds it
// (alinéas al): each alinéa tagged with its rank.
func newGroup(al []string) *groupState {
	g := &groupState{orig: append([]string(nil), al...), tags: make([]int, len(al))}
	for k := range g.tags {
		g.tags[k] = k + 1
	}
	return g
}

// groupOf is the group of article r in groups, begun on its alinéas al
// when it has none or its tags no longer fit them.
func groupOf(groups map[CodeRef]*groupState, r CodeRef, al []string) *groupState {
	g := groups[r]
	if g == nil || len(g.tags) != len(al) {
		g = newGroup(al)
		groups[r] = g
	}
	return g
}

// carryGroup carries the group st of article r over an edit that found
// its alinéas before: retagged on the article as it is now, forgotten
// when the article is gone.
func carryGroup(c Corpus, groups map[CodeRef]*groupState, r CodeRef, st *groupState, before []string) {
	if a, ok := c[r]; ok {
		st.tags = retag(before, a.Alineas, st.tags)
	} else {
		delete(groups, r)
	}
}

// resolveInGroup resolves e's path on the article as the bill article
// found it when the path counts alinéas by position, and maps the result
// onto the article as it is now; an alinéa an earlier edit of the group
// deleted or rewrote is refused. Paths of items only (labels) and
// articles without a group resolve on the text as it is.
func resolveInGroup(al []string, e Edit, g *groupState) (int, int, string, error) {
	counted := false
	for _, d := range e.Scope.Path {
		if d.Item == "" && d.Alinea != 0 && !d.Numbered {
			counted = true
		}
	}
	if g != nil && counted && g.whole {
		// "1° L'article L. 1 est ainsi rédigé : … 2° Au dernier alinéa
		// de l'article L. 1, …": the article as the bill article found
		// it or as rewritten is not said (it was the alinéa of the same
		// tag, or refused as the count went: TestGenArtsCountedAfterAWholeRewrite).
		return 0, 0, "", applyErr("an alinéa counted by position in an article the bill article rewrote whole")
	}
	if g == nil || !counted || len(g.tags) != len(al) {
		return resolve(al, e.Scope.Path)
	}
	olo, ohi, lab, err := resolve(g.orig, e.Scope.Path)
	if err != nil {
		return resolve(al, e.Scope.Path)
	}
	first, last, n := -1, -1, 0
	for i, t := range g.tags {
		if t-1 >= olo && t-1 < ohi {
			if first < 0 {
				first = i
			}
			last, n = i, n+1
		}
	}
	if first < 0 || n != ohi-olo {
		return 0, 0, "", applyErr(fmt.Sprintf("alinéas %d to %d as the article stood changed by an earlier edit", olo+1, ohi))
	}
	hi := last + 1
	if e.Kind == EditInsertAlineas && !e.Before && g.insertedAfter[ohi] {
		// "a) Après le premier alinéa, il est inséré « X » ; b) Après le
		// premier alinéa, il est inséré « Y »": both go after the first
		// alinéa as the group found it, where an earlier edit put
		// alinéas; before them (each right after the alinéa named) or
		// after them (in the order of the text) is not said. (Alinéas
		// that replaced the one named are its own: after them.)
		return 0, 0, "", applyErr(fmt.Sprintf("alinéas inserted after alinéa %d as the article stood, where an earlier edit of the group inserted alinéas: their order is not said", ohi))
	}
	if e.Kind == EditAppendAlineas || e.Kind == EditInsertAlineas && !e.Before {
		// After what earlier edits of the group added at its end.
		for hi < len(al) && g.tags[hi] == 0 {
			hi++
		}
	}
	return first, hi, lab, nil
}

// innerLabel is the label of a part that begins on its parent's line,
// after the parent's ("A" and its kind in "I. – A. – Le maire …"); "" if
// there is none.
func innerLabel(s string) (string, byte) {
	first := strings.TrimSpace(s)
	pre := labelPrefix(first)
	if pre == "" {
		return "", 0
	}
	return label(first[len(pre):])
}

// reMergedPlaceholder is a placeholder the consolidated codes print for
// items repealed together: "1° et 2° (Abrogés) ;", "3° à 5° (Abrogés)
// .", "a) et b) (Abrogés) ;" (groups: the first label, "et" or "à", the
// last label, the mark, the punctuation).
var reMergedPlaceholder = mustRe(`^(\d+°(?:\s+` + latinOrd + `)?|[a-z]\)?)\s+(et|à)\s+(\d+°(?:\s+` + latinOrd + `)?|[a-z]\))\s*\(((?i:abrog|supprim)[ée]e?s)\)\s*([;.]?)$`)

// mergedLabels are the labels of a merged placeholder, first to last;
// nil when the line is none or names labels not counted one by one
// ("1° bis à 3°" is not read as one).
func mergedLabels(m []string) []string {
	first, last := strings.TrimSuffix(m[1], ")"), strings.TrimSuffix(m[3], ")")
	if m[2] == "et" {
		return []string{first, last}
	}
	a, b := casedRank(first), casedRank(last)
	if strings.Contains(first, " ") || strings.Contains(last, " ") || itemKind(first) != itemKind(last) || a == 0 || b <= a || b-a > 30 {
		return nil
	}
	var out []string
	for r := a; r <= b; r++ {
		out = append(out, labelOfRank(r, itemKind(first), first))
	}
	return out
}

// splitMergedPlaceholders writes a placeholder of items repealed
// together ("1° et 2° (Abrogés) ;") as one placeholder an item ("1°
// (Abrogé) ;", "2° (Abrogé) ;") when the edit names one of its items
// or gives one of their labels back (re-established, inserted), as the
// consolidated codes print them once one of them is restored: the 1°
// rewritten took the 2° with it, a 1° bis went after the 3° of "1° à 3°
// (Abrogés)". A placeholder whose labels are not counted one by one
// ("1° bis à 3°") is refused when an edit names one of them.
func splitMergedPlaceholders(al []string, e Edit) ([]string, error) {
	named := map[string]bool{}
	for _, d := range e.Scope.Path {
		if d.Item != "" {
			named[itemKey(strings.TrimSuffix(d.Item, ")"))] = true
		}
	}
	for _, line := range e.Lines {
		if l, k := labelOf(line); k == 'd' || k == 'l' || k == 'p' {
			named[itemKey(l)] = true
		}
	}
	if len(named) == 0 {
		return al, nil
	}
	var out []string
	for i, l := range al {
		m := reMergedPlaceholder.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		labels := mergedLabels(m)
		hit := false
		for _, lb := range labels {
			hit = hit || named[itemKey(lb)]
		}
		if labels == nil && (named[itemKey(strings.TrimSuffix(m[1], ")"))] || named[itemKey(strings.TrimSuffix(m[3], ")"))]) {
			return nil, applyErr(fmt.Sprintf("items repealed together (%q): which is meant is not counted", strings.TrimSpace(l)))
		}
		if !hit {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			out = append([]string(nil), al[:i]...)
		}
		mark := strings.TrimSuffix(strings.TrimSuffix(m[4], "s"), "e")
		if strings.HasSuffix(m[4], "ées") || strings.HasSuffix(m[4], "ees") {
			mark = m[4][:len(m[4])-2] // "Abrogées" → "Abrogée"
		}
		letters := strings.HasSuffix(m[1], ")") || strings.HasSuffix(m[3], ")")
		for k, lb := range labels {
			if letters {
				lb += ")"
			}
			end := " ;"
			if k == len(labels)-1 {
				end = map[string]string{";": " ;", ".": ".", "": ""}[m[5]]
			}
			out = append(out, lb+" ("+mark+")"+end)
		}
	}
	if out == nil {
		return al, nil
	}
	return out, nil
}

// innerPart is resolve's answer for a part that begins on its parent's
// line ("I. – A. – Le maire …", "B. – …"): the lines [lo, hi) it spans,
// where word operations may edit its words when it ends the path (last),
// and additions go after them or at their end; anything else is
// refused.
type innerPart struct {
	item   string
	lo, hi int
	last   bool
}

// itemNotFound is an item named in a place ("le 2° du I") that the text
// does not hold.
type itemNotFound struct{ item string }

func (e itemNotFound) Error() string { return fmt.Sprintf("item %q not found", e.item) }

func (e innerPart) Error() string {
	return fmt.Sprintf("item %q begins on the line of its part: only its words can be edited", e.item)
}

// resolve finds the alinéas [lo, hi) a path designates, and the label of the
// item it ends on, if any.
func resolve(al []string, path []Division) (lo, hi int, lab string, err error) {
	lo, hi = 0, len(al)
	for di, d := range path {
		lab = ""
		if d.Proposed != "" {
			i, j, ok := proposedText(al, lo, hi, d.Proposed)
			if !ok {
				return 0, 0, "", applyErr(fmt.Sprintf("no text proposed for article %s", d.Proposed))
			}
			lo, hi = i, j
			continue
		}
		if d.Dash {
			// The dashes of the division: one list, each on its line.
			var ds []int
			for i := lo; i < hi; i++ {
				if dashItem(al[i]) {
					if len(ds) > 0 && ds[len(ds)-1] != i-1 {
						return 0, 0, "", applyErr("dashes of more than one list: which one is meant is not said")
					}
					ds = append(ds, i)
				}
			}
			i := d.Alinea - 1
			if d.Alinea < 0 {
				i = len(ds) + d.Alinea
			}
			if i < 0 || i >= len(ds) {
				return 0, 0, "", applyErr(fmt.Sprintf("dash %d not found (%d dashes)", d.Alinea, len(ds)))
			}
			lo, hi = ds[i], ds[i]+1
			continue
		}
		if d.Item == "" {
			n := hi - lo
			i := d.Alinea - 1
			if d.Alinea < 0 {
				i = n + d.Alinea
			}
			if i < 0 || i >= n {
				return 0, 0, "", applyErr(fmt.Sprintf("alinéa %d not found (%d alinéas)", d.Alinea, n))
			}
			if d.FromEnd < 0 && i != n+d.FromEnd {
				return 0, 0, "", applyErr(fmt.Sprintf("alinéa %d is not alinéa %d from the end (%d alinéas)", d.Alinea, -d.FromEnd, n))
			}
			cnt := max(d.Count, 1)
			if d.Count <= toTheEnd && i >= 0 {
				// To the last, or to the one before it (toTheEnd-1), …
				cnt = n + d.Count + 1 - i
				if cnt < 1 {
					return 0, 0, "", applyErr(fmt.Sprintf("alinéas %d to %d from the end not found (%d alinéas)", d.Alinea, -d.Count, n))
				}
			}
			if i+cnt > n {
				return 0, 0, "", applyErr(fmt.Sprintf("alinéas %d to %d not found (%d alinéas)", d.Alinea, d.Alinea+cnt-1, n))
			}
			lo, hi = lo+i, lo+i+cnt
			continue
		}
		want := strings.ToLower(d.Item)
		if isCapitalItem(d.Item) {
			want = d.Item // "B": a part lettered in capitals, never "b)"
		}
		want = strings.TrimSuffix(want, ".")
		found := -1
		var kind byte
		for i := lo; i < hi; i++ {
			if l, k := label(al[i]); l == want {
				found, kind = i, k
				break
			}
		}
		if found < 0 && hi > lo {
			// "I. – A. – Le maire …": the A begins on its part's line.
			// Its words can be edited (innerPart); not the part itself,
			// whose first line carries the I's label too.
			if l, k := innerLabel(al[lo]); l == want {
				end := hi
				for i := lo + 1; i < hi; i++ {
					if _, k2 := label(al[i]); k2 == k {
						end = i
						break
					}
				}
				if di < len(path)-1 && path[di+1].Item != "" {
					// "Au a du 1 du I" on "I. – 1. Le …", "a) …": an
					// item of the inner part, on a line of its own,
					// is found among the part's lines as any other.
					hi = end
					continue
				}
				return 0, 0, "", innerPart{item: d.Item, lo: lo, hi: end, last: di == len(path)-1}
			}
		}
		if found < 0 {
			return 0, 0, "", itemNotFound{item: d.Item}
		}
		// The kinds of label the list of this kind sits under: those before
		// its first item ("I. –" before "1°"). The item ends at the next
		// label of its own kind or of one of those ("2°" of the I ends at
		// "II. –", not at the end of the article).
		above := map[byte]bool{}
		for i := lo; i < found; i++ {
			_, k := label(al[i])
			if k == kind {
				break
			}
			if k != 0 {
				above[k] = true
			}
			if i == lo {
				if _, k2 := innerLabel(al[lo]); k2 == kind {
					// "I. – 1. …": the list begins on its part's line;
					// the items under that 1 are not above the 2.
					break
				}
			}
		}
		// A label of a kind that ranks above it in the law's order ends
		// it too ("1°" after "c) …": a new list, not the c's), unless
		// the item announces what follows (its alinéa ends with ":"),
		// where a list of any kind may be its own.
		announces := strings.HasSuffix(strings.TrimRight(al[found], " "), ":")
		end := hi
		for i := found + 1; i < hi; i++ {
			_, k := label(al[i])
			if k == kind || above[k] {
				end = i
				break
			}
			if !announces && ranksAbove(k, kind) {
				// "Il examine :" before the new list announces it.
				end = i
				if p := al[i-1]; i-1 > found && strings.HasSuffix(strings.TrimRight(p, " "), ":") {
					if _, pk := label(p); pk == 0 {
						end = i - 1
					}
				}
				break
			}
		}
		for i := end; i < hi; i++ {
			if l, k := label(al[i]); l == want && k == kind {
				// The same label again under another part ("2°" of the I
				// and of the II): which one is meant is not said.
				return 0, 0, "", applyErr(fmt.Sprintf("item %q found twice: its part is not named", d.Item))
			}
		}
		lo, hi = found, end
		lab = d.Item
	}
	return lo, hi, lab, nil
}

// labelOrder is the law's order of divisions inside an article: I, A,
// 1., 1°, a).
var labelOrder = map[byte]int{'r': 1, 'c': 2, 'n': 3, 'd': 4, 'p': 4, 'l': 5}

// ranksAbove reports whether a label of kind k is of a higher division
// than one of kind of.
func ranksAbove(k, of byte) bool {
	return labelOrder[k] != 0 && labelOrder[of] != 0 && labelOrder[k] < labelOrder[of]
}

// quoteSpans returns the spans of the quotations inside s, « … »
// closed in s, nested ones within the outer; the guillemet an alinéa
// opens with (a bill's quoted text) is not one.
func quoteSpans(s string) [][2]int {
	var spans [][2]int
	depth, start := 0, 0
	lead := len(s) - len(strings.TrimLeft(s, " "))
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "«") && i != lead:
			if depth == 0 {
				start = i
			}
			depth++
		case strings.HasPrefix(s[i:], "»") && depth > 0:
			depth--
			if depth == 0 {
				spans = append(spans, [2]int{start, i})
			}
		}
	}
	return spans
}

func inSpans(spans [][2]int, i int) bool {
	for _, sp := range spans {
		if i > sp[0] && i < sp[1] {
			return true
		}
	}
	return false
}

// labelSkip is the length of the label an alinéa opens with, its
// separator and spaces with it ("3 bis. ", "I. – ", "1° ", "a) ", "Art.
// L. 1. – "), 0 when it opens with none: a paragraph's or an item's label
// is not part of its first sentence, and deleting or rewriting that
// sentence leaves the label.
func labelSkip(s string) int {
	skip := 0
	if m := labelRe.FindString(s); m != "" {
		if _, k := label(s); k != 0 {
			skip = len(m)
		}
	}
	if m := artLabel.FindString(s); m != "" {
		skip = len(m)
	}
	if skip > 0 && skip < len(s) {
		// The label's separator and spaces ("I. – ", "I.-") with it.
		if m := labelPrefixRe.FindString(s); len(m) > skip {
			skip = len(m)
		}
	}
	return skip
}

// sentenceBounds splits an alinéa into sentences: a period, question or
// exclamation mark followed by a space and an upper-case letter, or
// directly by an upper-case letter after a word ("scolaire.A cet effet").
//
// The label of a numbered paragraph or an item that begins the alinéa,
// after a bill's opening quotation mark or not ("3 bis. Le prix …", "« 1°
// Le préfet ;"), or an article's heading ("« Art. L. 1. – "), is no part
// of the first sentence (labelSkip).
func sentenceBounds(s string) [][2]int {
	var b [][2]int
	start := 0
	term, termQuoted := leadingTermQuote(s)
	skip := labelSkip(s)
	if skip == 0 {
		// A bill's quoted alinéa: its opening quotation mark is no part
		// of its first sentence ("« Il signe."), nor its closing one of
		// its last (closeStart); nor is the label after it ("« 1° Il
		// signe ;", "« II. – Il signe.": rewriting or deleting the first
		// sentence, or words or a sentence put at its start, took or
		// passed the label), nor the dash of an item of a list ("– le
		// préfet ;").
		skip = len(openingMark.FindString(s))
		if termQuoted {
			skip = 0
		}
		if n := labelSkip(s[skip:]); skip > 0 && n > 0 {
			skip += n
		} else {
			skip += len(dashMark.FindString(s[skip:]))
		}
	}
	start = skip
	quoted := quoteSpans(s)
	if termQuoted {
		quoted = append(quoted, term)
	}
	for i := skip; i < len(s); i++ {
		if strings.HasPrefix(s[i:], "»") && quoteEndsSentence(s, quoted, i) {
			// "… la mention : « Lu et approuvé. » Il signe.": the
			// quotation's period ends the alinéa's sentence too.
			end := i + len("»")
			j := sentenceSpaceEnd(s, end)
			b = append(b, [2]int{start, end})
			start = j
			i = j - 1
			continue
		}
		w := sentenceMark(s, i)
		if w == 0 {
			continue
		}
		if inSpans(quoted, i) {
			// "la mention « Lu. Approuvé. » écrite": a quotation's
			// sentences are not the alinéa's.
			continue
		}
		j := sentenceSpaceEnd(s, i+w)
		if j >= len(s) {
			continue
		}
		if !sentenceOpens(s[j:]) {
			continue
		}
		if j == i+w && (w > 1 || !afterWord(s[start:i])) {
			// No space: a sentence still ends after a word of at least
			// two lower-case letters, as the consolidated codes often print
			// it ("scolaire.A cet effet"); never after an abbreviation
			// ("L.O.", "S.A.") or a number.
			continue
		}
		if !periodEnds(s, start, i) {
			continue
		}
		b = append(b, [2]int{start, i + w})
		start = j
	}
	if end := closeStart(s); end > start {
		return append(b, [2]int{start, end})
	}
	return append(b, [2]int{start, len(s)})
}

// quoteEndsSentence reports whether the "»" at i closes a quotation of s
// whose last sentence ends inside it ("« Lu et approuvé. »") and is
// followed by a space and a capital: the alinéa's sentence ends with it.
func quoteEndsSentence(s string, quoted [][2]int, i int) bool {
	closes := false
	for _, sp := range quoted {
		closes = closes || sp[1] == i
	}
	if !closes {
		return false
	}
	in := strings.TrimRight(s[:i], " \u00a0")
	if !strings.HasSuffix(in, ".") && !strings.HasSuffix(in, "?") && !strings.HasSuffix(in, "!") {
		return false
	}
	rest := s[i+len("»"):]
	t := strings.TrimLeft(rest, " ")
	if len(t) == len(rest) || t == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

// dashMark is the dash an item of a list opens with: "– le maire ;".
var dashMark = mustRe(`^[–—―-][\s\x{a0}]+`)

// dashItem reports whether an alinéa is an item of a list of dashes,
// quoted or not.
func dashItem(s string) bool {
	t := strings.TrimSpace(s)
	return dashMark.MatchString(t[len(openingMark.FindString(t)):])
}

// withPeriod ends a sentence drafted without its period (the Sénat's
// line "Il note") with one: "… vite. Il note." — it ran into the next
// sentence, or ended the alinéa without one.
func withPeriod(sentence string) string {
	if r, _ := utf8.DecodeLastRuneInString(sentence); unicode.IsLetter(r) || unicode.IsDigit(r) {
		return sentence + "."
	}
	return sentence
}

// openingMark is the quotation mark a bill's quoted alinéa opens with.
var openingMark = mustRe(`^(?:«[\s\x{a0}]*|"|“)`)

// closingMark is a quotation mark that ends an alinéa, with the
// punctuation after it (" » ;", "\"", " ».").
var closingMark = mustRe(`[\s\x{a0}]*(?:»|"|”)[\s\x{a0}]*[;.,]?[\s\x{a0}]*$`)

// closeStart is where the quotation mark that closes a bill's quoted
// alinéa begins (" » ;" in "« Il signe. » ;"), with the spaces before
// it; len(s) when the alinéa closes none: a mark that closes a quotation
// opened inside the alinéa ("… les mots : « A »") is its text's.
func closeStart(s string) int {
	loc := closingMark.FindStringIndex(s)
	if loc == nil {
		return len(s)
	}
	body := s[:loc[0]]
	body = body[len(openingMark.FindString(body)):]
	mark := strings.TrimLeft(s[loc[0]:], " \u00a0")
	switch {
	case strings.HasPrefix(mark, "»") && strings.Count(body, "«") > strings.Count(body, "»"),
		strings.HasPrefix(mark, "”") && strings.Count(body, "“") > strings.Count(body, "”"),
		strings.HasPrefix(mark, "\"") && strings.Count(body, "\"")%2 == 1:
		return len(s)
	}
	return loc[0]
}

// textStart is where an alinéa's text begins, after its opening
// quotation mark, its label and an article's heading ("« Art. L. 1. – ").
func textStart(s string) int {
	if b := sentenceBounds(s); len(b) > 0 {
		return b[0][0]
	}
	return 0
}

// periodEnds reports whether the period at s[i] can end the sentence that
// began at start: not after an abbreviation ("L. 331-5", "M. X", "(art. L.
// 2)", "cf. Annexe") nor within a sentence's first two characters.
func periodEnds(s string, start, i int) bool {
	initial := i >= 2 && s[i-2] == ' ' && unicode.IsUpper(rune(s[i-1])) && !partBefore(s[start:i], s[i+1:])
	return !(i >= 1 && i-start < 3 || initial || abbreviationBefore(s[start:i]))
}

// partBefore reports whether s ends with a part's one-letter label after
// a word that names it ("prévues au I", "du même A", "aux I et V"): a
// period after it may end the sentence ("… prévues au I. Un décret …"),
// unlike an initial's ("J. Dupont", "le C. E. le …": another initial
// follows; "M." never is a part here).
func partBefore(s, after string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || f[len(f)-1] == "M" || reInitial.MatchString(after) {
		return false
	}
	switch strings.ToLower(f[len(f)-2]) {
	case "au", "aux", "du", "des", "le", "les", "et", "ou", "à", "même", "présent":
		return true
	}
	return labelNoun(f[len(f)-2])
}

// reInitial is an initial after a space: " E. ", " E.".
var reInitial = mustRe(`^\s*\p{Lu}\.`)

// abbreviations are the words a period follows without ending the
// sentence.
var abbreviations = map[string]bool{"art": true, "arts": true, "al": true, "cf": true, "chap": true, "sect": true, "ch": true, "vol": true, "p": true, "pp": true, "mm": true, "me": true, "mmes": true, "mme": true, "dr": true, "pr": true}

// abbreviationBefore reports whether s ends with one of the abbreviations,
// as a word ("(art", " cf").
func abbreviationBefore(s string) bool {
	i := len(s)
	for i > 0 && (s[i-1] >= 'a' && s[i-1] <= 'z' || s[i-1] >= 'A' && s[i-1] <= 'Z') {
		i--
	}
	if i == len(s) || i > 0 && s[i-1] != ' ' && s[i-1] != '(' && s[i-1] != '\'' {
		return false
	}
	return abbreviations[strings.ToLower(s[i:])]
}

// artLabel is the heading of an article that begins an alinéa (quoted in a
// bill or not): "« Art. L. 114-12-3. – ", "Art. 1600-0 N. - ". It is not a
// sentence: the first sentence is the text after it.
var artLabel = mustRe(`^(?:["«“]\s*)?Art\.\s+(?:` + artLetters + `)?\d+(?:` + numHyphen + `\d+)*(?:\s+` + latinOrd + `)?(?:` + numHyphen + `\d+)*(?:\s+` + articleCapitals + `)?(?:\s+` + latinOrd + `)?\.\s*[-–—―]\s*`)

// clauseMark is the semicolon or colon that ends w, or "".
func clauseMark(w string) string {
	t := strings.TrimRight(w, " \u00a0")
	for _, m := range []string{";", ":"} {
		if strings.HasSuffix(t, m) {
			return m
		}
	}
	return ""
}

// marksDoubled reports whether the alinéas after an edit hold two clause
// marks in a row (" ;.", " : ;", ". ;") more often than before: new words
// ending with a mark before the text's own, another — which one stands is
// not said.
func marksDoubled(before, after []string) bool {
	count := func(al []string) int {
		n := 0
		for _, l := range al {
			n += len(doubledMarks.FindAllStringIndex(l, -1))
		}
		return n
	}
	return count(after) > count(before)
}

var doubledMarks = mustRe(`[;:][\s\x{a0}]*[;:.]|[^.]\.[\s\x{a0}]*[;:]`)

// nextSentence reports whether s, the text after a sentence's period,
// begins the next sentence: a space, then a capital letter.
func nextSentence(s string) bool {
	t := strings.TrimLeft(s, " \u00a0")
	r, _ := utf8.DecodeRuneInString(t)
	return len(t) < len(s) && unicode.IsUpper(r)
}

// afterWord reports whether s ends with two lower-case letters.
func afterWord(s string) bool {
	r1, n := utf8.DecodeLastRuneInString(s)
	r2, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
	return n > 0 && unicode.IsLower(r1) && unicode.IsLower(r2)
}

// sentenceIndex is the index in b (sentenceBounds) of the n-th sentence,
// counted from the end when n is negative ("la dernière phrase": -1).
func sentenceIndex(b [][2]int, n int) (int, error) {
	k := n - 1
	if n < 0 {
		k = len(b) + n
	}
	if k < 0 || k >= len(b) {
		return 0, applyErr(fmt.Sprintf("sentence %d not found", n))
	}
	if b[k][0] == -2 {
		return 0, applyErr(fmt.Sprintf("sentence %d was rewritten by an earlier edit of the group into another count of sentences: which one it is now is not known", n))
	}
	if b[k][0] < 0 {
		return 0, applyErr(fmt.Sprintf("sentence %d was deleted by an earlier edit of the group", n))
	}
	return k, nil
}

func onSentence(al []string, lo, hi, n int, g *groupState, f func(string) (string, error)) error {
	i := pickSentenceAlinea(lo, hi, n)
	s := al[i]
	b := groupBounds(al, i, g)
	k, err := sentenceIndex(b, n)
	if err != nil {
		return err
	}
	r, err := f(s[b[k][0]:b[k][1]])
	if err != nil {
		return err
	}
	pre, post := s[:b[k][0]], s[b[k][1]:]
	last := true // no sentence after it now
	for _, x := range b[k+1:] {
		if x[0] != -1 {
			last = false // found, or not known ({-2, -2}): still there
		}
	}
	if r == "" && post == "" && k > 0 {
		// The last sentence of a quoted alinéa goes, its closing quotation
		// mark stays: « … travaux." » → « …"».
		sent := s[b[k][0]:b[k][1]]
		if m := closingQuote.FindString(sent); m != "" {
			post = strings.TrimLeft(m, " ")
			pre = strings.TrimRight(pre, " ")
		}
	}
	if r == "" {
		// Deleting a sentence: drop the space that separated it; the
		// last one's, before a closing quotation mark (" » ;") too.
		if post != "" && b[k][1] < closeStart(s) {
			post = strings.TrimLeft(post, sentenceSpaces)
		} else {
			pre = strings.TrimRight(pre, sentenceSpaces)
		}
	}
	if joinsSentences(s[b[k][0]:b[k][1]], r) {
		// "À la première phrase, le point est remplacé par un
		// point-virgule": "Il signe ; il date."
		post = lowerAfterJoin(post, r)
	}
	out := pre + r + post
	if last && itemSemicolon.MatchString(s) && !itemSemicolon.MatchString(out) {
		// An item of a list keeps the semicolon that closes it when its
		// last sentence is rewritten or deleted (appendSentence's
		// converse): "1° Agit. Il décide ;" without its last sentence is
		// "1° Agit ;".
		if t := strings.TrimRight(out, " "); strings.HasSuffix(t, ".") {
			out = strings.TrimSuffix(t, ".") + " ;"
		}
	}
	if r == "" && strings.Trim(out[len(labelPrefix(out)):], " «»\"“”;.,") == "" {
		// "La dernière phrase du deuxième alinéa est supprimée" on an
		// alinéa of one sentence: the bill read another text (or it
		// would delete the alinéa); emptying it is refused.
		return applyErr(fmt.Sprintf("sentence %d is its alinéa's only sentence: deleting it would leave an empty alinéa", n))
	}
	al[i] = out
	return nil
}

// onSentencesToEnd deletes (r empty) or rewrites (r the new text) the
// sentence from and every one after it in the alinéa ("les deuxième à
// dernière phrases"), counted on the text before the instruction: the
// later ones go first, from the last, then from is deleted or takes r.
// A division of several alinéas: which alinéa's last is meant is not
// said, refused.
func onSentencesToEnd(al []string, lo, hi, from, but int, g *groupState, r string) error {
	to, err := sentencesToEndBounds(al, lo, hi, from, but, g)
	if err != nil {
		return err
	}
	for k := to; k > from; k-- {
		if err := onSentence(al, lo, hi, k, g, func(string) (string, error) { return "", nil }); err != nil {
			return err
		}
	}
	return onSentence(al, lo, hi, from, g, func(string) (string, error) { return r, nil })
}

// wordsThrough is the text from the words a to the words b, both
// included, in the alinéas al[lo:hi] (in their sentence sent if it is
// not 0): a must be there once, b once, after a and in its alinéa —
// otherwise where the span begins or ends is not said, refused.
func wordsThrough(al []string, lo, hi, sent int, g *groupState, a, b string) (string, error) {
	type hit struct{ i, s, e int }
	var as, bs []hit
	for i := lo; i < hi; i++ {
		s, off := al[i], 0
		if sent != 0 {
			if hi-lo != 1 && i != pickSentenceAlinea(lo, hi, sent) {
				continue
			}
			bd := groupBounds(al, i, g)
			k, err := sentenceIndex(bd, sent)
			if err != nil {
				return "", err
			}
			s, off = s[bd[k][0]:bd[k][1]], bd[k][0]
		}
		for _, w := range []struct {
			words string
			to    *[]hit
		}{{a, &as}, {b, &bs}} {
			h := findOcc(s, w.words, nil)
			for k := 0; k+1 < len(h); k += 2 {
				*w.to = append(*w.to, hit{i, off + h[k], off + h[k+1]})
			}
		}
	}
	switch {
	case len(as) == 0:
		return "", applyErr(fmt.Sprintf("words %q not found", a))
	case len(bs) == 0:
		return "", applyErr(fmt.Sprintf("words %q not found", b))
	case len(as) > 1:
		return "", applyErr(fmt.Sprintf("words %q found %d times: where the words from %q to %q begin is not said", a, len(as), a, b))
	case len(bs) > 1:
		return "", applyErr(fmt.Sprintf("words %q found %d times: where the words from %q to %q end is not said", b, len(bs), a, b))
	case bs[0].i != as[0].i || bs[0].s < as[0].e:
		return "", applyErr(fmt.Sprintf("words %q do not follow %q in its alinéa: the words from one to the other are not there", b, a))
	}
	return al[as[0].i][as[0].s:bs[0].e], nil
}

// sentencesToEndBounds is the last sentence of the range from the
// sentence from to the last of the alinéa lo, but the last but of them
// ("les deuxième à avant-dernière phrases"): a range empty or out of the
// alinéa is refused, as one in a division of several alinéas.
func sentencesToEndBounds(al []string, lo, hi, from, but int, g *groupState) (int, error) {
	if hi-lo != 1 {
		return 0, applyErr("sentences to the last, in a division of several alinéas: which alinéa's is not said")
	}
	n := len(groupBounds(al, lo, g))
	if from < 1 || from > n {
		return 0, applyErr(fmt.Sprintf("sentence %d not found", from))
	}
	if n-but < from {
		return 0, applyErr(fmt.Sprintf("sentences %d to %d before the last: the alinéa has %d", from, but, n))
	}
	return n - but, nil
}

// onSentencesToEndWords applies a word operation to each sentence from
// e.Scope.Sentence to the last (but e.Scope.SentencesButLast of them) of
// the alinéa al[lo:hi], counted on the text before: each is edited as a
// sentence named alone, all or none.
func onSentencesToEndWords(c Corpus, e Edit, opt ApplyOptions, al []string, lo, hi int) error {
	to, err := sentencesToEndBounds(al, lo, hi, e.Scope.Sentence, e.Scope.SentencesButLast, opt.grp)
	if err != nil {
		return err
	}
	orig, had := c[e.Scope.Ref]
	for k := e.Scope.Sentence; k <= to; k++ {
		one := e
		one.Scope.Sentence, one.Scope.SentencesToEnd, one.Scope.SentencesButLast = k, false, 0
		if err := applyEdit(c, one, opt); err != nil {
			if had {
				c[e.Scope.Ref] = orig
			}
			return err
		}
	}
	return nil
}

func onSentenceInsert(al []string, lo, hi, n int, g *groupState, add string, before bool) error {
	i := pickSentenceAlinea(lo, hi, n)
	if n == 0 && !before {
		i = hi - 1 // a sentence added to a division ends its last alinéa
	}
	s := al[i]
	if n == 0 {
		if before {
			// After the alinéa's label, if it has one ("I. – "), and its
			// opening quotation mark ("« ").
			pre := s[:textStart(s)]
			al[i] = pre + add + " " + s[len(pre):]
		} else {
			// Before the quotation mark that closes a quoted alinéa:
			// "« Il signe. Il date. » ;".
			e := closeStart(s)
			if opensAList(s[:e]) {
				return errSentenceAfterColon
			}
			al[i] = appendSentence(s[:e], add) + s[e:]
		}
		return nil
	}
	b := groupBounds(al, i, g)
	k, err := sentenceIndex(b, n)
	if err != nil {
		return err
	}
	if before {
		al[i] = s[:b[k][0]] + add + " " + s[b[k][0]:]
	} else if e := closeStart(s); b[k][1] >= e || strings.TrimSpace(s[b[k][1]:e]) == "" {
		// After the alinéa's last sentence: the new one ends the
		// alinéa, which keeps its closing punctuation last ("a) Il
		// signe ;" is "a) Il signe. Il date ;": it was "a) Il signe ; Il
		// date.") — as an alinéa completed by a sentence.
		if opensAList(s[:e]) {
			return errSentenceAfterColon
		}
		al[i] = appendSentence(s[:e], add) + s[e:]
	} else {
		al[i] = s[:b[k][1]] + " " + add + s[b[k][1]:]
	}
	return nil
}

// errSentenceAfterColon: a sentence put after the last of an alinéa
// that ends with a colon ("Sont exclus :", the list after it): whether
// the new sentence comes before the colon, and what the colon then
// introduces, is not said (it gave "Sont exclus : Il date.", the list
// cut from its head).
const errSentenceAfterColon = applyErr("a sentence after an alinéa ending with a colon: where the colon goes is not said")

// opensAList: the alinéa ends with a colon.
func opensAList(s string) bool { return strings.HasSuffix(strings.TrimSpace(s), ":") }

// itemSemicolon is the semicolon (or period and semicolon) that closes an
// item of a list.
var itemSemicolon = mustRe(`\s*;\s*$`)

// appendSentence adds a sentence at the end of an alinéa. An item that
// closes with a semicolon keeps it last, as Légifrance prints it: "1°
// Le juge tranche ;" with "Il motive." reads "1° Le juge tranche. Il
// motive ;".
func appendSentence(s, add string) string {
	if loc := itemSemicolon.FindStringIndex(s); loc != nil && strings.HasSuffix(strings.TrimSpace(add), ".") {
		add = strings.TrimSuffix(strings.TrimSpace(add), ".")
		return s[:loc[0]] + ". " + add + " ;"
	}
	if loc := listTail.FindStringIndex(strings.TrimRight(s, " ")); loc != nil && strings.HasSuffix(strings.TrimSpace(add), ".") {
		// "1° Un ; et" completed by a sentence: "1° Un. Il signe ; et"
		// (it went after the conjunction).
		add = strings.TrimSuffix(strings.TrimSpace(add), ".")
		return strings.TrimRight(s[:loc[0]], " ") + ". " + add + s[loc[0]:]
	}
	return s + " " + add
}

var closingQuote = mustRe(`["»”]\s*[;.,]?\s*$`)

var closingPunct = mustRe(`\s*[.;:,]\s*$`)

// innerQuoteEnd says whether the mark that ends s closes words s quotes,
// not the alinéa's quotation: "\"Lorsque … la réponse \"oui\" ou
// \"non\"." holds five straight marks, its last closing "non" (the
// quotation goes on in the next alinéa); "« Lorsque … « non »." holds
// more « than ». A rewritten end then takes no closing mark of the old
// one (it was kept: "… « non ».\".", a stray mark and period).
func innerQuoteEnd(s string) bool {
	t := strings.TrimRight(s, " ;.,")
	switch {
	case strings.HasSuffix(t, "\""):
		return strings.Count(s, "\"")%2 == 1
	case strings.HasSuffix(t, "»"):
		return strings.Count(s, "«") > strings.Count(s, "»")
	case strings.HasSuffix(t, "”"):
		return strings.Count(s, "“") > strings.Count(s, "”")
	}
	return false
}

// rewriteEnd keeps s up to the end of the anchor (the occ-th occurrence,
// the first by default) and puts end after it; an empty end keeps s's
// closing punctuation, as does an end without its own.
func rewriteEnd(s, anchor string, occ []int, end string, from bool) (string, bool) {
	hits := pickOccurrences(findOcc(s, anchor, occ), occ)
	if len(hits) == 0 || len(occ) == 0 && len(hits) > 2 {
		// Not there, or there twice without its occurrence said ("après
		// le mot : « maire », la fin de la phrase …" on "Le maire agit et
		// le maire …"): which end is meant is not said.
		return s, false
	}
	head := s[:hits[1]]
	if from {
		// "à partir des mots : « A »": A goes with the end.
		head = strings.TrimRight(s[:hits[0]], " ")
	}
	// The end keeps the alinéa's closing quotation mark ("… alinéa. »"
	// of a quoted text); its final punctuation goes unless the new end
	// brings its own.
	quote := ""
	body := s
	if m := closingQuote.FindString(s); m != "" && !innerQuoteEnd(s) {
		quote = strings.TrimLeft(m, " ")
		body = strings.TrimRight(s[:len(s)-len(m)], " ")
		if strings.HasPrefix(quote, "»") {
			quote = " " + quote
		}
	}
	term := closingPunct.FindString(body)
	if strings.TrimSpace(end) == "" {
		// What the end leaves closes with the alinéa's punctuation, not
		// with a comma before it ("… le contrat, à Paris." from "à Paris":
		// "… le contrat."), nor twice after a sentence it leaves whole
		// ("… le contrat. Il date …" from "Il date": "… le contrat.").
		head = strings.TrimRight(head, " ,")
		if strings.ContainsAny(head[max(len(head)-1, 0):], ".;:!?") {
			term = ""
		}
		t := strings.TrimLeft(term, " \n\t")
		if t != "" && strings.ContainsAny(t[:1], ";:") {
			// "1° Les meubles et les tables ;" ended after "meubles" is
			// "1° Les meubles ;": the space before a semicolon or a colon
			// stays, a non-breaking one as it was (it gave "meubles;").
			sp := " "
			if r, _ := utf8.DecodeLastRuneInString(body[:len(body)-len(term)]); r == '\u00a0' || r == '\u202f' {
				sp = string(r)
			}
			t = sp + t
		}
		return head + t + quote, true
	}
	if closingPunct.MatchString(end) {
		term = ""
	}
	return joinWords(head, end) + strings.TrimRight(term, " \n\t") + quote, true
}

// closedAsDivision: the end of a division rewritten after a word of one
// of its alinéas, the alinéas after it gone, closes with the punctuation
// that closed the division — its last alinéa's ("1° A :", "a) B ;" cut
// after A is "1° A ;"; it kept the colon that opened the sub-items
// gone). A quotation at either end is left as it is.
func closedAsDivision(r, last string) string {
	if closingQuote.MatchString(r) || closingQuote.MatchString(last) {
		return r
	}
	p, q := closingPunct.FindString(r), closingPunct.FindString(last)
	if p == "" || q == "" {
		return r
	}
	// The punctuation with the space the last alinéa sets before it
	// (none before a period, a no-break one kept).
	t := strings.TrimSpace(q)
	sp := ""
	if t == ";" || t == ":" {
		sp = " "
		if w, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(strings.TrimRight(last, " \t\n"), t)); w == '\u00a0' || w == '\u202f' {
			sp = string(w)
		}
	}
	return r[:len(r)-len(p)] + sp + t
}

// rewriteSentenceEnd rewrites the end of the sentence of s (bounds b)
// that holds the anchor's occurrence (occ, or its only one) with f, the
// sentences after it kept: "après le mot : « A », la fin de la phrase".
// f is given the occurrence as counted in the sentence.
func rewriteSentenceEnd(s string, b [][2]int, anchor string, occ []int, f func(sent string, occ []int) (string, bool)) (string, bool, error) {
	all := findOcc(s, anchor, occ)
	hits := pickOccurrences(all, occ)
	if len(hits) == 0 || len(occ) == 0 && len(hits) > 2 {
		return s, false, nil
	}
	for _, x := range b {
		if x[0] < 0 || hits[0] < x[0] || hits[1] > x[1] {
			continue
		}
		var local []int
		if len(occ) > 0 {
			// The occurrence counted in the sentence: those before it
			// in the alinéa are not in it.
			k := 0
			for j := 0; j+1 < len(all); j += 2 {
				if all[j] >= x[0] && all[j] <= hits[0] {
					k++
				}
			}
			local = []int{k}
		}
		r, ok := f(s[x[0]:x[1]], local)
		if !ok {
			return s, false, nil
		}
		return s[:x[0]] + r + s[x[1]:], true, nil
	}
	return s, false, applyErr(fmt.Sprintf("words %q not in one sentence", anchor))
}

// findOcc finds the words whose occurrences occ counts: counting
// occurrences ("après la troisième occurrence du mot : « les »"), the
// word with a capital at the start of a sentence counts too ("Les
// membres …, les membres …, les directeurs": the third is "les
// directeurs"). Without occ, it is findWords.
func findOcc(s, w string, occ []int) []int {
	hits := findWords(s, w)
	if pre := labelPrefix(s); pre != "" && (isSign(w) || !strings.ContainsAny(w, ".-–—―)")) {
		// The alinéa's label is not its words: a punctuation sign is
		// never the one of the label ("I." in "I. – A."), nor a bare
		// number within it (« I » in "I. – Selon le I …", « 1° » in "1°
		// Selon le 1° …": they relabelled the part). The label quoted
		// with its punctuation is (« I.- » in "supprimer la référence :
		// « I.- »").
		var kept []int
		for k := 0; k+1 < len(hits); k += 2 {
			if isSign(w) && hits[k] < len(pre) || hits[k+1] <= len(pre) {
				continue
			}
			kept = append(kept, hits[k], hits[k+1])
		}
		hits = kept
	} else if pre != "" && len(hits) > 2 && hits[0] < len(pre) {
		// The label quoted with its punctuation is the label only when
		// the text does not hold it besides: « a) » in "a) Selon le a)
		// du 2° …" is the reference (both were replaced).
		hits = hits[2:]
	}
	if len(occ) == 0 || w == "" {
		return hits
	}
	r, n := utf8.DecodeRuneInString(w)
	other := string(unicode.ToUpper(r)) + w[n:]
	if unicode.IsUpper(r) {
		other = string(unicode.ToLower(r)) + w[n:]
	}
	if other == w {
		return hits
	}
	more := findWords(s, other)
	if len(more) == 0 {
		return hits
	}
	type span struct{ a, b int }
	var all []span
	for _, h := range [][]int{hits, more} {
		for k := 0; k+1 < len(h); k += 2 {
			all = append(all, span{h[k], h[k+1]})
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].a < all[j].a })
	out := make([]int, 0, 2*len(all))
	for i, x := range all {
		if i > 0 && x.a == all[i-1].a {
			continue // found both ways
		}
		out = append(out, x.a, x.b)
	}
	return out
}

// pickOccurrences keeps the hits (start, end pairs) of the given
// occurrences (1-based, -1 the last); all of them when occ is empty.
func pickOccurrences(hits []int, occ []int) []int {
	if len(occ) == 0 {
		return hits
	}
	n := len(hits) / 2
	var out []int
	for k := 0; k < n; k++ {
		for _, o := range occ {
			if o == k+1 || o < 0 && n+o == k {
				out = append(out, hits[2*k], hits[2*k+1])
				break
			}
		}
	}
	return out
}

// beforeSibling reports whether new alinéas inserted after the item
// [lo, hi) are an item of its kind with another of that kind after it
// ("Après le 1°, il est inséré un 1° bis" where a 2° follows): they go at
// hi, after the unnumbered alinéas of the 1° ("Le présent 1° …"), which
// are its own up to the next item.
func beforeSibling(al []string, lo, hi int, lines []string) bool {
	if hi >= len(al) {
		return false
	}
	_, kind := label(lines[0])
	_, k1 := label(al[lo])
	_, k2 := label(al[hi])
	return kind != 0 && k1 == kind && k2 == kind
}

// rankAgrees refuses a new item placed after the item at lo (label
// named, before it if before) that its own label ranks before (after):
// "Après le 2°, insérer un 1° bis" — the place and the label disagree
// (it went before the 2°, at its rank).
func rankAgrees(al []string, lo int, named string, lines []string, before bool) error {
	if named == "" || len(lines) == 0 || lo >= len(al) {
		return nil
	}
	newLab, kind := label(lines[0])
	oldLab, k := label(al[lo])
	if kind == 0 || k != kind {
		return nil
	}
	if err := capitalsAgree(newLab, oldLab, kind, before); err != nil {
		return err
	}
	// Labels with capitals ("1° A", "1° bis AA": before the 1°, the 1°
	// bis) have no rank here (0): not compared.
	r, old := latinRank(newLab, kind), latinRank(oldLab, k)
	if r == 0 || old == 0 || r == old || before && r < old || !before && r > old {
		return nil
	}
	return applyErr(fmt.Sprintf("a new %s %s %s: its place and its label disagree", newLab, map[bool]string{true: "before", false: "after"}[before], oldLab))
}

// capitalsAgree refuses a new item whose label ends with capitals — one a
// chamber puts before an item, "1° A" before the 1°, "1° AA" before the
// 1° A, "1° B" after the 1° A, "I A" before the I — placed where its
// label does not go: "Avant le 2°, il est inséré un 1° A" (the 1° A goes
// before the 1°), "Après le 1°, il est inséré un 1° A"; before its base
// item or an item of its base whose capitals come after its own, after
// an item ranking before its base or one of its base whose capitals come
// before its own (labels without capitals were not compared: it went
// where the anchor said).
func capitalsAgree(newLab, oldLab string, kind byte, before bool) error {
	base, key, ok := capitalsOf(newLab, kind)
	if !ok {
		return nil
	}
	obase, okey, ocaps := capitalsOf(oldLab, kind)
	if !ocaps {
		obase, okey = oldLab, 1<<20 // the base item itself, after all its capitals
	}
	var agrees bool
	switch {
	case before:
		agrees = obase == base && okey > key
	case obase == base:
		agrees = okey < key
	default:
		r, or := latinRank(base, kind), latinRank(obase, kind)
		agrees = r > 0 && or > 0 && or < r
	}
	if agrees {
		return nil
	}
	return applyErr(fmt.Sprintf("a new %s %s %s: its place and its label disagree", newLab, map[bool]string{true: "before", false: "after"}[before], oldLab))
}

// capitalsOf reads a label that ends with capitals, as label gives it
// ("1° a", "1° bis aa", "i a"): its base ("1°", "1° bis", "i") and the
// order of its capitals among its base's ("aa" before "a" before "bb"
// before "b"). ok is false for other labels.
func capitalsOf(l string, kind byte) (base string, key int, ok bool) {
	f := strings.Fields(l)
	if len(f) < 2 || kind != 'd' && kind != 'r' {
		return "", 0, false
	}
	caps := f[len(f)-1]
	if _, latin := latinOrder[caps]; latin || len(caps) > 2 || caps[0] < 'a' || caps[0] > 'z' || len(caps) == 2 && caps[1] != caps[0] {
		return "", 0, false
	}
	base = strings.Join(f[:len(f)-1], " ")
	if latinRank(base, kind) == 0 {
		return "", 0, false
	}
	return base, int(caps[0]-'a')*2 + 2 - len(caps), true
}

// listStep reads alinéa line as a neighbour of an item of kind in its
// list, for the checks that compare an item's rank with its neighbours'
// (rankAmidItems, afterItsPrevious, relabelKeepsOrder): sibling when it
// is an item of that kind (label its label, placeholder when it is one,
// "2° (Abrogé)"); end when the list ends there — a label of a higher
// division, or an unnumbered alinéa ending with a colon, which introduces
// another list. Any other line is passed over (all false).
func listStep(line string, kind byte) (label string, sibling, placeholder, end bool) {
	l, k := labelOf(line)
	switch {
	case k == kind:
		return l, true, isAbrogatedPlaceholder(strings.TrimLeft(strings.TrimSpace(line), "«\"“ ")), false
	case k != 0 && ranksAbove(k, kind):
		return "", false, false, true
	case k == 0 && strings.HasSuffix(strings.TrimRight(strings.TrimSpace(line), "»\"” "), ":"):
		return "", false, false, true
	}
	return "", false, false, false
}

// rankAmidItems is rankAgrees for a new item an amendment places by an
// alinéa's number or at the end ("Après l'alinéa 4, insérer l'alinéa suivant : «
// 1° bis … »", "Compléter cet article par …"), and for new items a bill
// puts in a code article at the end, after an alinéa or in place of
// another ("Il est ajouté un 3°", "Le 2° est remplacé par des 2° et 3°"),
// al[at:at+n] being its lines once in place: the items of its kind nearest before and after it,
// in its list, must rank before and after its label — a 1° bis after a
// 3° says two places (it went after the 3°, whose period became a
// semicolon). Its list is read at its own level: a quoted item among the
// lines of its quotation (up to the bill's lines or another article's
// heading), the bill's among the bill's lines; a label of a higher
// division or an unnumbered alinéa ending with a colon (which introduces
// another list) ends it; labels without a rank ("1° A") and placeholders
// ("2° (Supprimé)") are not compared. Nor may it come before an item of
// a lower kind, which belongs to the division before it ("I bis" before
// the I's 2°: the 2° would be the I bis's). wholeBlock (a code article)
// refuses only an item after the block that its labels reach (from its
// first to its last item of the kind: two 3°), a list starting again
// after it, or items of a lower kind, being the code's own.
func rankAmidItems(al []string, at, n int, wholeBlock bool) error {
	if at < 0 || at >= len(al) || n == 0 {
		return nil
	}
	// The block's first numbered line: "« Le juge statue. » / « II. – …
	// »" inserted before the II is a second II (the unnumbered line
	// before it hid it).
	first := at
	for first < min(at+n, len(al))-1 {
		if strings.HasPrefix(strings.TrimLeft(strings.TrimSpace(al[first]), "«\"“ "), "Art. ") {
			// "« Art. …. – I. – …" then "« II. – …": a new article's
			// own parts (its number left to the consolidation).
			return nil
		}
		if _, k := labelOf(al[first]); k != 0 {
			break
		}
		first++
	}
	newLab, kind := labelOf(al[first])
	r := latinRank(newLab, kind)
	t := strings.TrimLeft(strings.TrimSpace(al[first]), "«\"“ ")
	if r == 0 || strings.Trim(t[len(labelRe.FindString(t)):], " »\"”.;") == "" {
		// A line that is only a label ("« X. »") may be a word.
		return nil
	}
	quoted := isQuoted(al[first])
	nearest := func(i, step int) (string, int) {
		for ; i >= 0 && i < len(al); i += step {
			if isQuoted(al[i]) != quoted {
				if quoted {
					return "", 0
				}
				continue
			}
			if quoted && strings.HasPrefix(strings.TrimLeft(strings.TrimSpace(al[i]), "«\"“ "), "Art. ") {
				return "", 0
			}
			l, sibling, placeholder, end := listStep(al[i], kind)
			switch {
			case sibling && placeholder, end:
				return "", 0
			case sibling:
				return l, latinRank(l, kind)
			}
		}
		return "", 0
	}
	if l, p := nearest(first-1, -1); p > 0 && p >= r {
		return applyErr(fmt.Sprintf("a new %s after %s: its place and its label disagree", newLab, l))
	}
	// In a code article, the item after the block follows its last item
	// of that kind (« 2° … » « 3° … » before a 3°: the list held two 3°);
	// an amendment may delete or renumber it in a later part.
	lastLab, last := newLab, r
	for i := first + 1; wholeBlock && i < min(at+n, len(al)); i++ {
		if l, k := labelOf(al[i]); k == kind && isQuoted(al[i]) == quoted {
			if lr := latinRank(l, k); lr > 0 {
				lastLab, last = l, lr
			}
		}
	}
	// In a code article a list may start again after the block ("6°"
	// then a "1°"): only an item the block's labels reach is refused.
	if l, next := nearest(at+n, 1); next > 0 && (!wholeBlock && next <= r || wholeBlock && next >= r && next <= last) {
		return applyErr(fmt.Sprintf("a new %s before %s: its place and its label disagree", lastLab, l))
	}
	if !wholeBlock && at+n < len(al) && isQuoted(al[at+n]) == quoted {
		// "Après l'alinéa 2, insérer : « I bis. – … »" where the 2° of
		// the I follows: the 2° would be the I bis's (it was split off
		// the I).
		if l, k := labelOf(al[at+n]); k != 0 && ranksAbove(kind, k) {
			return applyErr(fmt.Sprintf("a new %s before %s, an item of the division before it", newLab, l))
		} else if k == 0 && kind == 'r' && strings.TrimSpace(al[at+n]) != "" {
			// "Après l'alinéa 1, insérer : « I bis. – … »" where the I's
			// second alinéa follows: it would be the I bis's (it was). An
			// item's may close the list, its parent's.
			for i := at - 1; i >= 0 && isQuoted(al[i]) == quoted; i-- {
				if _, pk := labelOf(al[i]); pk != 0 {
					if pk == kind || ranksAbove(kind, pk) {
						return applyErr(fmt.Sprintf("a new %s before an alinéa of the division before it", newLab))
					}
					break
				}
			}
		}
	}
	return nil
}

// betweenIntroAndText refuses new alinéas put at at, between a line of
// the bill that introduces quoted text ("I. – L'article L. 1 est ainsi
// rédigé :", "… complété par deux alinéas ainsi rédigés :") and that text:
// "Après l'alinéa 1, insérer l'alinéa suivant : « … »" — the quoted
// text's first line, or the bill's, is not said (it went in unquoted,
// the text cut off from the words that announce it).
func betweenIntroAndText(al []string, at int, lines []string) error {
	if at <= 0 || at >= len(al) || len(lines) == 0 || isQuoted(lines[0]) || isQuoted(al[at-1]) || !isQuoted(al[at]) {
		return nil
	}
	if !strings.HasSuffix(strings.TrimSpace(al[at-1]), ":") {
		return nil
	}
	return applyErr("new alinéas between a line that introduces quoted text and that text: inside the quotation or not is not said")
}

// outOfRank refuses a new item inserted at at, after the item at lo,
// before an item of its kind that ranks between the two: "Après le 2°, il
// est inséré un 2° bis" where a 2° bis follows already (the bill read
// another text), or "un 2° ter" where the 2° bis follows (it went between
// the 2° and the 2° bis). An item that ranks before the one at lo begins
// another list ("6°" then "1°"); one kept as "2° bis (Abrogé)" takes the
// new one's place (takePlaceholder). An amendment's "Après le 1°,
// insérer un 1° bis" is held to it as a bill's is (a second 1° bis was
// inserted).
func outOfRank(al []string, lo, at int, first string) error {
	if lo >= at || lo >= len(al) {
		return nil
	}
	newLab, kind := label(first)
	r := latinRank(newLab, kind)
	if pl, pk := label(al[lo]); pk == kind && r > 0 && !isAbrogatedPlaceholder(al[lo]) {
		// "Après le 2°, il est inséré un 2°" (or a 1° bis): the new item
		// ranks no higher than the one it follows — the list held two
		// 2°.
		if pr := latinRank(pl, pk); pr > 0 && r <= pr {
			return applyErr(fmt.Sprintf("item %q inserted after item %q: out of their order", newLab, pl))
		}
	}
	if at >= len(al) {
		return nil
	}
	l, k := label(al[at])
	if k == kind && unrankedLabel(l, k) {
		// "Après le a, il est inséré un b" on "a)", "aa)", "b)": the item
		// whose rank is not known is passed over (two b).
		for i := at + 1; i < len(al); i++ {
			nl, nk := label(al[i])
			if nk == 0 || (nk == kind && unrankedLabel(nl, nk)) {
				continue
			}
			l, k = nl, nk
			break
		}
	}
	pl, pk := label(al[lo])
	if r <= 0 || k != kind || pk != kind {
		return nil
	}
	if rk, pr := latinRank(l, k), latinRank(pl, pk); rk > 0 && pr > 0 && rk > pr && rk <= r && !(rk == r && isAbrogatedPlaceholder(al[at])) {
		return applyErr(fmt.Sprintf("item %q inserted before item %q: out of their order", newLab, l))
	}
	return nil
}

// unrankedAgain refuses a new item whose label has no rank ("aa")
// inserted at at in a list that holds an item of that label in force
// already: "Après le a bis, il est inséré un aa" where the aa follows
// (the list would hold two aa; an instruction is missing). The list is
// the items of its kind met on either side before a label of another
// kind.
func unrankedAgain(al []string, at int, first string) error {
	newLab, kind := label(first)
	if kind == 0 || !unrankedLabel(newLab, kind) {
		return nil
	}
	same := func(i int) (bool, bool) {
		l, k := labelOf(al[i])
		if k == 0 {
			return false, true
		}
		if k != kind {
			return false, false
		}
		return itemKey(l) == itemKey(newLab) && !isAbrogatedPlaceholder(al[i]), true
	}
	for _, step := range []int{-1, 1} {
		i := at
		if step < 0 {
			i = at - 1
		}
		for ; i >= 0 && i < len(al); i += step {
			dup, on := same(i)
			if dup {
				return applyErr(fmt.Sprintf("item %q inserted: a %q is there already", newLab, newLab))
			}
			if !on {
				break
			}
		}
	}
	return nil
}

// labelledTwice reports a label that two alinéas of new text open with
// in one list: the same label of the same kind (a roman part, a
// capital's, an item "1°" or "a)") with no label of another kind between
// them ("IV. – …", "IV. – …"; "a) …", "b) …", "a) …"). Under two parts,
// items of one label are two lists ("I. – … 1° …", "II. – … 1° …"), and
// so are items after an alinéa that introduces a list ("Le cas échéant
// :"); a text the new text quotes has labels of its own.
func labelledTwice(lines []string) (string, bool) {
	seen := map[string]bool{}
	var prev byte
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if isQuoted(l) {
			// A text the new text quotes (an amendment rewriting a bill
			// article): its labels are its own.
			continue
		}
		lab, k := label(l)
		if k == 0 && strings.HasSuffix(strings.TrimRight(l, " \u00a0"), ":") {
			// "Le cas échéant :": a list of its own follows.
			seen, prev = map[string]bool{}, 0
		}
		if k == 0 || k == 'n' {
			continue
		}
		if k != prev {
			seen = map[string]bool{}
			prev = k
		}
		if seen[lab] {
			return lab, true
		}
		seen[lab] = true
	}
	return "", false
}

// latinOrder ranks the Latin ordinals after a number: "2°" 0, "2° bis"
// 2, "2° ter" 3 …
var latinOrder = map[string]int{"": 0, "bis": 2, "ter": 3, "quater": 4, "quinquies": 5, "sexies": 6, "septies": 7, "octies": 8, "nonies": 9, "decies": 10, "undecies": 11, "duodecies": 12, "terdecies": 13, "quaterdecies": 14, "quindecies": 15, "sexdecies": 16, "septdecies": 17, "octodecies": 18, "novodecies": 19, "vicies": 20,
	"unvicies": 21, "duovicies": 22, "tervicies": 23, "quatervicies": 24, "quinvicies": 25, "sexvicies": 26, "septvicies": 27, "octovicies": 28, "novovicies": 29, "tricies": 30}

// latinRank is an item label's rank with its Latin ordinal: "2°" before
// "2° bis" before "2° ter" before "3°"; 0 when it is not known ("1° A").
func latinRank(l string, kind byte) int {
	f := strings.Fields(l)
	if len(f) == 0 || len(f) > 2 {
		return 0
	}
	base := rankOf(f[0], kind)
	suffix := ""
	if len(f) == 2 {
		suffix = strings.ToLower(f[1])
	}
	n, ok := latinOrder[suffix]
	if base <= 0 || !ok {
		return 0
	}
	return base*100 + n
}

// appendPoint is where alinéas added at the end of [lo, hi) go: at hi,
// except for a new item ("3° …") when the scope ends with alinéas that
// are not items of its list: it follows the last item of the same kind
// and its sub-items.
func appendPoint(al []string, lo, hi int, lines []string) (int, error) {
	if len(lines) == 0 {
		return hi, nil
	}
	newLab, kind := label(lines[0])
	// "Il est rétabli un 3°" where a 4° follows: at its rank, before the
	// first item of its kind that ranks after it.
	// Only in one list (its ranks rising throughout the range): a range
	// quoting two lists of the same kind is not one order.
	if r := rankOf(newLab, kind); r > 0 {
		at, prev, one := -1, 0, true
		for i := lo; i < hi; i++ {
			l, k := label(al[i])
			if k != kind {
				continue
			}
			rk := rankOf(l, k)
			if rk < prev {
				one = false
				break
			}
			prev = rk
			if rk > r && at < 0 {
				at = i
			}
		}
		if one && at >= 0 {
			return at, nil
		}
	}
	if kind == 0 || kind == 'r' || kind == 'n' {
		// Paragraphs (I, II; 1., 2.) divide the whole text: the unnumbered
		// alinéas after the last one are part of it, and a new paragraph
		// goes after them. Only lists of items (1°, a)) have an alinéa
		// that closes them.
		return hi, nil
	}
	last := -1
	for i := lo; i < hi; i++ {
		if _, k := label(al[i]); k == kind {
			last = i
		}
	}
	if last < 0 {
		return hi, nil
	}
	if periodItems(al, lo, last, kind) && ownAlineas(al, last, hi, kind) {
		// Items that end with periods ("21° … ." then "22° … .") are
		// paragraphs of their own: the unnumbered alinéas after the
		// last one are not told from its own, and the article
		// completed is completed at its end, as Légifrance does (the
		// 23° went before the 22°'s second alinéa).
		return hi, nil
	}
	at := last + 1
	for at < hi {
		if isQuoted(al[at]) && !isQuoted(al[last]) {
			// "1° L'article L. 1 est ainsi rédigé :" then "« Art. L. 1.
			// – …": the quoted text is the item's own, not an alinéa
			// that closes the list.
			at++
			continue
		}
		if dashItem(al[at]) && (strings.HasSuffix(strings.TrimSpace(al[at-1]), ":") || dashItem(al[at-1])) {
			// "2° Les immeubles :" then "– les terrains ;", "– les
			// bâtiments.": the dashes are the item's own, not an alinéa
			// that closes the list (the new 3° went before them).
			at++
			continue
		}
		if _, k := label(al[at]); k == 0 || k == kind {
			break
		}
		at++
	}
	from := lo
	if last == lo {
		// "Après le 3°, il est inséré un 4°": the range is the 3°'s,
		// its list the one it ends.
		from = 0
	}
	if at < hi && mixedItems(al, from, last, kind) && ownAlineas(al, last, hi, kind) {
		// "1° … ;", "2° … .", "3° … ." then "Un décret fixe …": read as
		// a list of semicolons the new item goes before the alinéa that
		// closes it, read as one of periods after it (the last item's
		// own); the text does not say which (CGI 157 ends "19° … ;",
		// "20° … .", "21° … .", "22° … ." and twelve alinéas: the 23°
		// went after the 22°'s first, Légifrance set it after them all).
		return 0, applyErr(fmt.Sprintf("new item %q after a list of mixed terminators (\" ;\" and \".\") followed by %d alinéas of no item of its kind: whether they close the list or belong to its last item is not said", strings.TrimSpace(labelPrefix(lines[0])), hi-at))
	}
	return at, nil
}

// periodItems reports whether the list whose last item (of kind) is
// al[last] ends its items with periods: the item before it, in [lo,
// last), is in force (not "2° (Abrogé)."), and its text (its own last
// alinéa) ends with "." ("21° Les avantages … ." before "22° …"), and
// no item before that one ends with " ;" (mixedItems).
func periodItems(al []string, lo, last int, kind byte) bool {
	periods, mixed := itemEnds(al, lo, last, kind)
	return periods && !mixed
}

// mixedItems reports whether the list whose last item is al[last] is one
// of mixed terminators: the item before the last ends with a period and
// an item before that one with " ;" ("1° … ;", "2° … .", "3° … .") — a
// list of semicolons whose old last item kept its period when one was
// added, or one of periods grown from it: its text does not say which.
func mixedItems(al []string, lo, last int, kind byte) bool {
	periods, mixed := itemEnds(al, lo, last, kind)
	return periods && mixed
}

// itemEnds reads the terminators of the list whose last item (of kind)
// is al[last]: periods, the item before it is in force and ends with a
// period; mixed, an item before that one ends with " ;".
func itemEnds(al []string, lo, last int, kind byte) (periods, mixed bool) {
	if last-1 < lo {
		return false, false
	}
	prev := last - 1
	for ; prev >= lo; prev-- {
		_, k := label(al[prev])
		if k == kind {
			break
		}
		if k != 0 && !((kind == 'd' || kind == 'p') && k == 'l') && !dashItem(al[prev]) {
			return false, false
		}
	}
	if prev < lo || isAbrogatedPlaceholder(al[prev]) {
		return false, false
	}
	t := strings.TrimRight(al[last-1], " ")
	if !strings.HasSuffix(t, ".") || strings.HasSuffix(t, "..") {
		return false, false
	}
	next := prev
	for j := prev - 1; j >= lo; j-- {
		_, k := label(al[j])
		if k == kind {
			if strings.HasSuffix(strings.TrimRight(al[next-1], " "), ";") && !isAbrogatedPlaceholder(al[j]) {
				return true, true
			}
			next = j
			continue
		}
		if k != 0 && !((kind == 'd' || kind == 'p') && k == 'l') && !dashItem(al[j]) {
			break
		}
	}
	return true, false
}

// lastOfKind is the nearest alinéa at or before j that opens an item of
// kind, -1 if none.
func lastOfKind(al []string, j int, kind byte) int {
	for ; j >= 0; j-- {
		if _, k := label(al[j]); k == kind {
			return j
		}
	}
	return -1
}

// ownAlineas reports whether the alinéas after the list's last item
// al[last], to hi, are unnumbered or items of a lower list (letters
// under a 1°, dashes): none opens a part of another kind.
func ownAlineas(al []string, last, hi int, kind byte) bool {
	for j := last + 1; j < hi; j++ {
		if dashItem(al[j]) {
			continue
		}
		if _, k := label(al[j]); k != 0 && !((kind == 'd' || kind == 'p') && k == 'l') {
			return false
		}
	}
	return true
}

// rankOf is the rank of a label as label returns it ("3°", "ii", "b"), 0
// when it has none.
func rankOf(l string, kind byte) int {
	switch kind {
	case 'd', 'l', 'p':
		return labelRank(l)
	case 'r':
		return labelRank(strings.ToUpper(l))
	case 'c':
		// "B. – ": a part lettered in capitals ranks as its letter.
		return labelRank(strings.ToLower(l))
	}
	return 0
}

// labelBorne refuses an item rewritten by a text under another label of
// its kind that an item of its list bears, in force: "Le 3°, qui devient
// le 4°, est ainsi rédigé : « 4° … »" where a 4° is there still — the list
// would hold two 4° (an instruction is missing), as a relabelling onto it
// is refused.
func labelBorne(al []string, e Edit, lines []string, opt ApplyOptions) error {
	n := len(e.Scope.Path)
	if n == 0 || e.Scope.Path[n-1].Item == "" || len(lines) == 0 {
		return nil
	}
	newLab, k := labelOf(lines[0])
	old := e.Scope.Path[n-1].Item
	if k == 0 || newLab == "" || itemKey(newLab) == itemKey(old) || latinRank(itemName(old), k) == 0 || latinRank(newLab, k) == 0 {
		// Labels without a rank ("1° A", "aa"): their text is not read
		// for a label ("1° A (Supprimé)" reads "1°").
		return nil
	}
	lo, _, _, err := resolveInGroup(al, e, opt.grp)
	if err != nil {
		return nil
	}
	if _, ok := label(al[lo]); ok != k {
		return nil
	}
	tgt := e
	tgt.Scope.Path = append(append([]Division(nil), e.Scope.Path[:n-1]...), Division{Item: newLab})
	if at, _, _, err := resolveInGroup(al, tgt, opt.grp); err == nil && at != lo && !isAbrogatedPlaceholder(al[at]) {
		return applyErr(fmt.Sprintf("item %q rewritten as %q: %q is there already", old, newLab, newLab))
	}
	// The new label must keep the list in order: "Le 1°, qui devient le
	// 4°, …" where a 2° follows it would put the 4° before the 2° (an
	// instruction is missing). The items next to it are those of its kind
	// met before any label of another kind.
	r := latinRank(newLab, k)
	if lab, kk := nearestLabel(al, lo-1, -1); kk == k {
		if pr := latinRank(lab, k); pr != 0 && pr >= r {
			return applyErr(fmt.Sprintf("item %q rewritten as %q: the %q before it would follow it", old, newLab, lab))
		}
	}
	if lab, kk := nearestLabel(al, lo+1, 1); kk == k {
		if nr := latinRank(lab, k); nr != 0 && nr <= r {
			return applyErr(fmt.Sprintf("item %q rewritten as %q: the %q after it would precede it", old, newLab, lab))
		}
	}
	return nil
}

// nearestLabel is the label of the first alinéa from i, stepping by step
// (-1 or 1), that opens with one; "", 0 if none does.
func nearestLabel(al []string, i, step int) (string, byte) {
	for ; i >= 0 && i < len(al); i += step {
		if lab, k := labelOf(al[i]); k != 0 {
			return lab, k
		}
	}
	return "", 0
}

// keepLabel keeps an item's label when its first alinéa is rewritten by a
// text without one: "Le premier alinéa du f est ainsi rédigé : « À la
// rémunération … »" on "f) A la rémunération …" gives "f) À la
// rémunération …", "Le premier alinéa du I …" on "I. – Le maire …" gives
// "I. – …" (with its dash: it gave "I. Le …") — the label stays, and so
// do the references to it.
func keepLabel(al []string, lo int, path []Division, lines []string) []string {
	n := len(path)
	if n < 2 || len(lines) == 0 || path[n-1].Item != "" || path[n-1].Alinea != 1 || path[n-1].Count > 1 || path[n-2].Item == "" {
		return lines
	}
	t := strings.TrimLeft(al[lo], " ")
	if labelRe.FindString(t) == "" || labelRe.MatchString(strings.TrimLeft(lines[0], " ")) {
		return lines
	}
	// The label with its separator ("I. – ", "1° "): the dash went with
	// the text ("I. Le préfet …").
	prefix := labelPrefix(t)
	if !strings.HasSuffix(prefix, " ") {
		prefix += " "
	}
	out := append([]string(nil), lines...)
	out[0] = prefix + out[0]
	return out
}

// takePlaceholder removes, next to the n alinéas inserted at at, the
// placeholders of repealed items whose labels the new items take: "Après
// le 1°, il est rétabli (inséré) un 2°" where "2° (Abrogé) ;" is kept
// reads "1° …", "2° …", not "2° (Abrogé) ;" and the new 2° as well — the
// converse of a deletion, as a renumbering onto a placeholder is. The
// placeholders next to the new items, before or after them, each give
// way to the new item of its label ("1° (Abrogé) ;", "2° (Abrogé) ;"
// before "Avant le 3°, sont insérés des 1° et 2°": both went to none).
func takePlaceholder(al []string, at, n int) []string {
	if n == 0 || at >= len(al) {
		return al
	}
	type lk struct {
		l string
		k byte
	}
	labels := map[lk]bool{}
	for i := at; i < at+n && i < len(al); i++ {
		if l, k := label(al[i]); l != "" {
			labels[lk{l, k}] = true
		}
	}
	if len(labels) == 0 {
		return al
	}
	drop := map[int]bool{}
	for i := at - 1; i >= 0 && isAbrogatedPlaceholder(al[i]); i-- {
		if l, k := label(al[i]); labels[lk{l, k}] {
			drop[i] = true
		}
	}
	for i := at + n; i < len(al) && isAbrogatedPlaceholder(al[i]); i++ {
		if l, k := label(al[i]); labels[lk{l, k}] {
			drop[i] = true
		}
	}
	if len(drop) == 0 {
		return al
	}
	out := make([]string, 0, len(al)-len(drop))
	for i, l := range al {
		if !drop[i] {
			out = append(out, l)
		}
	}
	return out
}

// isAbrogatedPlaceholder reports whether an alinéa is only a label and
// "(Abrogé)" (or "(Supprimé)"), as a deleted item is kept: "2° (Abrogé) ;".
func isAbrogatedPlaceholder(s string) bool {
	t := strings.TrimSpace(s)
	t = strings.Trim(strings.TrimSpace(t[len(labelPrefix(t)):]), " ;.,")
	switch strings.ToLower(t) {
	case "(abrogé)", "(abrogée)", "(abrogés)", "(abrogées)", "(supprimé)", "(supprimée)":
		return true
	}
	return false
}

// labelPrefixRe is an alinéa's label with what separates it from the
// text: "III. – ", "2° ", "a) ", "« 1° ".
var labelPrefixRe = mustRe(`^(?:«\s*|")?(?:` + labelRe.String()[1:] + `)\s*(?:[-–―]\s*)?`)

// labelPrefix returns the label an alinéa begins with and the spaces and
// dash after it, or "".
func labelPrefix(s string) string {
	return labelPrefixRe.FindString(s)
}

// itemEnd applies the list convention to an item rewritten in place or
// inserted in a bill: an item (1°, a)) followed by another of its kind
// ends with " ;", not with the period the new text was drafted with ("…
// boissons »." → "… boissons » ;"), nor with nothing after the text it
// inserts ("… pour ce site. »" → "… pour ce site. » ;").
func itemEnd(al []string, hi int, lines []string) []string {
	if len(lines) == 0 || hi >= len(al) {
		return lines
	}
	_, kind := label(lines[0])
	if kind != 'd' && kind != 'l' && kind != 'p' {
		return lines
	}
	if _, k := label(al[hi]); k != kind {
		return lines
	}
	last := lines[len(lines)-1]
	t := strings.TrimRight(last, " ")
	out := append([]string(nil), lines...)
	if endsWithClosingMark(t) {
		// The item ends with the text it inserts: "… ainsi rédigé : «
		// … site. »" then " ;".
		out[len(out)-1] = t + " ;"
		return out
	}
	if !strings.HasSuffix(t, ".") || strings.HasSuffix(t, "..") {
		return lines
	}
	out[len(out)-1] = strings.TrimRight(strings.TrimSuffix(t, "."), " ") + " ;"
	return out
}

// closeItemBefore is closeItem, refused where the convention is not
// told: a new last item whose text brings alinéas of no item after it
// ("g) … ." then "La réduction … ." — the list's closing alinéas) after
// a last item ending with a period. The old last item taking " ;", as
// a list of semicolons grown by an item, or keeping its period, the
// new text closing the list after it as the old did, is not said
// (Légifrance kept the CGI 199 decies H's f) "… derniers." before the
// g) of loi 2010-874 and its closing alinéa; it took " ;").
func closeItemBefore(al []string, i, n int) error {
	if err := itemOfBothSigns(al, i, n); err != nil {
		return err
	}
	if i == 0 || n < 2 || i+n > len(al) {
		closeItem(al, i, n)
		return nil
	}
	prev := al[i-1]
	closeItem(al, i, n)
	if al[i-1] == prev {
		return nil
	}
	_, kind := label(al[i])
	if kind == 0 {
		return nil
	}
	lastLine := strings.TrimSpace(al[i+n-1])
	if _, k := label(lastLine); k != 0 || dashItem(lastLine) || isQuoted(lastLine) || isQuoted(al[i]) {
		return nil
	}
	al[i-1] = prev
	return applyErr(fmt.Sprintf("new item %q followed in its text by alinéas of no item, after a last item ending with a period: whether that item takes \" ;\" is not said", strings.TrimSpace(labelPrefix(al[i]))))
}

// itemOfBothSigns refuses a new last item (the n alinéas at al[i]) after
// an item that ends with a period but holds an alinéa of its own ending
// with " ;" ("1° … ;" completed by an alinéa "… ." — the item's old end
// and its new one): read by its old end the list is one of semicolons,
// the old last item takes " ;"; read by its new one it is one of
// periods, the old last item keeps its own. The text does not say which
// (an alinéa added at the end of an item of a list of semicolons is
// drafted "… ;"): refused. Sub-items, dashes and quoted lines are the
// item's lists, not its own alinéas; an item with a colon holds an
// enumeration of its own, whose " ;" say nothing of the list.
func itemOfBothSigns(al []string, i, n int) error {
	if i < 2 || n == 0 || i+n > len(al) {
		return nil
	}
	_, kind := label(al[i])
	if kind != 'd' && kind != 'l' && kind != 'p' {
		return nil
	}
	if i+n < len(al) {
		if _, k := label(al[i+n]); k == kind {
			return nil // not the last item
		}
	}
	last := lastOfKind(al, i-1, kind)
	prev := lastOfKind(al, last-1, kind)
	if last < 1 || prev < 0 {
		return nil
	}
	end := strings.TrimRight(al[last-1], " ")
	if last-1 == prev || !strings.HasSuffix(end, ".") || strings.HasSuffix(end, "..") || !strings.HasSuffix(strings.TrimRight(al[i-1], " "), ".") {
		return nil // or the old last item ends with " ;" already: nothing moves
	}
	semi := false
	for j := prev; j < last-1; j++ {
		t := strings.TrimRight(al[j], " ")
		if strings.HasSuffix(t, ":") {
			return nil
		}
		if _, k := label(al[j]); j > prev && k != 0 || dashItem(al[j]) || isQuoted(al[j]) {
			continue
		}
		if strings.HasSuffix(t, ";") {
			semi = true
		}
	}
	if !semi {
		return nil
	}
	return applyErr(fmt.Sprintf("new item %q after a list whose item before the last ends with a period and holds an alinéa ending with \" ;\": whether the list's items end with \" ;\" or with periods is not said", strings.TrimSpace(labelPrefix(al[i]))))
}

// listSemicolon is " ;" as the alinéas before al[i] type it most, their
// semicolons and colons: "\u00a0;" after a no-break space when they end so (the old last item
// took a plain " ;" among items ending "\u00a0;":
// TestGenAmListSemicolonAsTyped).
func listSemicolon(al []string, i int) string {
	count := map[string]int{}
	for k := 0; k < i; k++ {
		p := strings.TrimRight(al[k], " ")
		// A colon typed so (the list's introduction) counts too.
		switch {
		case strings.HasSuffix(p, "\u00a0;"), strings.HasSuffix(p, "\u00a0:"):
			count["\u00a0;"]++
		case strings.HasSuffix(p, "\u202f;"), strings.HasSuffix(p, "\u202f:"):
			count["\u202f;"]++
		case strings.HasSuffix(p, " ;"), strings.HasSuffix(p, " :"):
			count[" ;"]++
		}
	}
	// The most used before it, a no-break space when as many (an item
	// an amendment rewrote, typed as it was drafted, does not decide).
	best, n := " ;", count[" ;"]
	for _, sp := range []string{"\u00a0;", "\u202f;"} {
		if count[sp] > 0 && count[sp] >= n {
			best, n = sp, count[sp]
		}
	}
	return best
}

// closeItem applies the consolidation convention for a list that gets a
// new last item: the item before the n alinéas inserted at i, if it ends
// the list with a period, now ends with " ;" (the new item carries the
// period).
func closeItem(al []string, i, n int) {
	if i == 0 || n == 0 || i+n > len(al) {
		return
	}
	prev := al[i-1]
	if dashItem(al[i]) {
		// A list of dashes ("– le juge." then "– le greffier."): the
		// same convention.
		if !dashItem(prev) || i+n < len(al) && dashItem(al[i+n]) {
			return
		}
	} else {
		_, kind := label(al[i])
		if kind != 'd' && kind != 'l' && kind != 'p' && (kind != 'n' || !semicolonItems(al, i, kind)) {
			// Only enumerations (1°, a)) end their items with ";" — and
			// numbered paragraphs ("1.", "2.") that the text ends so.
			return
		}
		// An item that ends with the text it quotes ("3° … ainsi rédigé
		// :" then "« Art. L. 14. – … »"): the item is the one before its
		// quoted lines, and its end the closing quotation mark.
		own := i - 1
		for own > 0 && strings.HasPrefix(strings.TrimSpace(al[own]), "«") && !strings.HasPrefix(strings.TrimSpace(al[i]), "«") {
			own--
		}
		if !afterItemOfKind(al, own+1, kind) {
			return
		}
		if k := lastOfKind(al, i-1, kind); own == i-1 && k >= 0 && periodItems(al, 0, k, kind) {
			// Items that end with periods ("1° … ." then "2° … ."): the
			// last keeps its own (it took " ;").
			return
		}
		if i+n < len(al) {
			if _, k := label(al[i+n]); k == kind {
				return // not the last item
			}
		}
		if own < i-1 {
			last := strings.TrimRight(al[i+n-1], " ")
			t := strings.TrimRight(strings.TrimSuffix(strings.TrimRight(prev, " "), "."), " ")
			if strings.HasSuffix(t, "»") && (strings.HasSuffix(last, ".") || strings.HasSuffix(last, ";")) {
				al[i-1] = t + " ;"
			}
			return
		}
	}
	last := strings.TrimRight(al[i+n-1], " ")
	t := strings.TrimRight(prev, " ")
	if strings.HasSuffix(t, ".") && (strings.HasSuffix(last, ".") || strings.HasSuffix(last, ";")) {
		sep := listSemicolon(al, i-1)
		if commaItems(al, i) {
			sep = ","
		}
		al[i-1] = strings.TrimSuffix(t, ".") + sep
		if strings.HasSuffix(last, ".") {
			moveConjunction(al, i, n)
		}
	}
}

// commaItems reports whether the list a new last item at al[i] goes in
// ends its items with commas: its old last item (the one before al[i],
// of al[i]'s kind, or a dash) comes right after an item of that kind
// ending with "," ("1° Signer,", "2° Viser."). The old last item then
// takes "," — the list's own sign — where it took " ;" ("2° Viser ;"
// after "1° Signer,").
func commaItems(al []string, i int) bool {
	same := func(l string) bool { return sameItemKind(al[i], l) }
	k := i - 1
	for k > 0 && !same(al[k]) {
		k--
	}
	if k < 1 || !same(al[k]) || !same(al[k-1]) {
		return false
	}
	return strings.HasSuffix(strings.TrimRight(al[k-1], " "), ",")
}

// itemConjunction is the conjunction an item before a list's last one
// ends with: "… ; et", "… ; ou" (group 1 the item's text and its
// semicolon).
var itemConjunction = mustRe(`^(.*;)\s*(et|ou)$`)

// moveConjunction moves the "et" (or "ou") that joins a list's last
// item to the item before the list's new last one, as a list gets new
// last items (the n alinéas at al[i]): "b) … ; et", "c) … ." then d)
// give "b) … ;", "c) … ; et", "d) … ." (with a d) and an e), "d) … ;
// et") — the conjunction goes before the last item. Only between items
// of the new one's kind: the "et" of a list inside the last item ("2° …
// :", "a) … ; et", "b) … .", then a 3°) is that list's.
func moveConjunction(al []string, i, n int) {
	sameKind := func(l string) bool { return sameItemKind(al[i], l) }
	start := itemStart(al, i-1)
	if start == 0 || !sameKind(al[start]) || !sameKind(al[itemStart(al, start-1)]) {
		return
	}
	m := itemConjunction.FindStringSubmatch(strings.TrimRight(al[start-1], " "))
	if m == nil {
		return
	}
	// The alinéa before the new last item: the old last item's, or a
	// new one's.
	target := itemStart(al, i+n-1) - 1
	if target < i-1 || !sameKind(al[itemStart(al, target)]) || !strings.HasSuffix(strings.TrimRight(al[target], " "), ";") && !itemConjunction.MatchString(al[target]) {
		return
	}
	al[start-1] = m[1]
	if !itemConjunction.MatchString(strings.TrimRight(al[target], " ")) {
		al[target] = strings.TrimRight(al[target], " ") + " " + m[2]
	}
}

// afterItemOfKind reports whether the alinéa before al[i] ends an item
// of the kind given: it is one, or it ends the items inside one (a),
// b) in a 1°; dashes in either): "2° Les immeubles :", "a) … ;", "b) Les
// bâtiments." then a new 3°: the b) closes the 2°, which is no longer
// the last item.
func afterItemOfKind(al []string, i int, kind byte) bool {
	for j := i - 1; j >= 0; j-- {
		_, k := label(al[j])
		switch {
		case k == kind:
			return true
		case dashItem(al[j]), (kind == 'd' || kind == 'p') && k == 'l':
			// An item inside the one sought.
		default:
			return false
		}
	}
	return false
}

// billNumber is a paragraph's number as a bill writes it, and what
// follows it (groups: the number, the separator): "II. - ", "II bis. – ",
// "III.-".
var billNumber = mustRe(`^([IVX]+(?:\s+` + latinOrd + `)?)(\s*\.\s*[-–—―]\s*)`)

// numberFirstParagraph writes a new paragraph number as the bill does
// ("II.-" → "II. - ") and, when the article had no numbered paragraph and
// gets a II, numbers its text I: "I. - " before its first alinéa.
func numberFirstParagraph(al, lines, tabled []string) ([]string, []string) {
	if len(lines) == 0 {
		return al, lines
	}
	m := billNumber.FindStringSubmatch(lines[0])
	if m == nil {
		return al, lines
	}
	sep := billSeparator(al, tabled)
	lines = append([]string(nil), lines...)
	lines[0] = m[1] + sep + lines[0][len(m[0]):]
	if m[1] != "II" || len(al) == 0 {
		return al, lines
	}
	for _, l := range al {
		// "I. ― " too, as Légifrance's typography sets it.
		if romanHead.MatchString(l) || billNumber.MatchString(l) {
			return al, lines
		}
	}
	al = append([]string(nil), al...)
	al[0] = "I" + sep + al[0]
	return al, lines
}

// billSeparator is what the bill article puts between a paragraph's
// number and its text — ". - " (La Fabrique's texts), ". – " (the
// chambers'), ".-" — from its first numbered paragraph; when it has none
// (an amendment rewrote it whole: "Rédiger ainsi cet article : « … »",
// then a gage "II. – … La perte de recettes …"), from the article as
// tabled, whose dash the new labels take (they took ". - " under an
// article written "I. – "); ". - " when neither has one.
func billSeparator(al, tabled []string) string {
	for _, text := range [][]string{al, tabled} {
		for _, l := range text {
			if m := billNumber.FindStringSubmatch(strings.TrimLeft(l, "«\" ")); m != nil {
				return m[2]
			}
		}
	}
	return ". - "
}

var (
	// placeholder is the label an amendment leaves for the consolidation
	// to number: "… –", "...°", "…)" (groups: a suffix said before the
	// sign, "… bis –"; the sign; a suffix after the degree sign, "…°
	// bis").
	placeholder = mustRe(`^(?:…|\.{2,4})\s*(?:(` + latinOrd + `)\s*)?(°|\)|\.?\s*[-–—])\s*(?:(` + latinOrd + `)\s+)?`)
	letterHead  = mustRe(`^([a-z])(?:\s+(` + latinOrd + `))?\s*\)`)
	romanHead   = mustRe(`^([IVXL]+)(?:\s+(` + latinOrd + `))?` + newMark + `\s*\.?\s*[-–—]`)
	degreeHead  = mustRe(`^(\d+)°(?:\s*(` + latinOrd + `))?`)
	// firstParagraph is the I, with or without a new paragraph's mark.
	firstParagraph = mustRe(`^I` + newMark + `\s*\.?\s*[-–—]`)
	nextLatin      = map[string]string{"": "bis", "bis": "ter", "ter": "quater", "quater": "quinquies", "quinquies": "sexies", "sexies": "septies", "septies": "octies", "octies": "nonies", "nonies": "decies"}
)

// startOfList is where "Au début de l'article, il est ajouté un 1° A"
// puts its item when the article's list is introduced by unnumbered
// alinéas ("Sont exclus :", "1° …"): before the list's first item, after
// its introduction, as Légifrance consolidates it. An item of a kind the
// article's text [lo, hi) begins with, or that it does not hold, goes at
// its start (lo); one whose list follows alinéas that do not introduce it
// (no ":" before its first item), or that begins with a division above
// the item ("I. – Sont exclus :"), is refused: where it goes is not said.
func startOfList(al []string, lo, hi int, lines []string) (int, error) {
	if len(lines) == 0 {
		return lo, nil
	}
	name, kind := label(lines[0])
	if kind != 'd' && kind != 'l' && kind != 'p' {
		return lo, nil
	}
	for i := lo; i < hi; i++ {
		_, k := label(al[i])
		if k == 0 {
			continue
		}
		if k != kind && ranksAbove(k, kind) {
			// "I. – Sont exclus :", "1° …": the 1° A at the start of
			// the article would go before the I; in the I is not said.
			return lo, applyErr(fmt.Sprintf("item %q at the start of an article divided in %q: in which division is not said", name, strings.Fields(al[i])[0]))
		}
		if k != kind || i == lo {
			return lo, nil
		}
		if !strings.HasSuffix(strings.TrimSpace(al[i-1]), ":") {
			return lo, applyErr(fmt.Sprintf("item %q at the start: the list's first item follows alinéas that do not introduce it", name))
		}
		return i, nil
	}
	return lo, nil
}

// firstItem reports whether an alinéa opens with the 1° of a list, no
// suffix after it ("1° bis" and "1° A" follow other items).
func firstItem(s string) bool {
	l, k := label(s)
	return k == 'd' && l == "1°"
}

// numberPlaceholders numbers every new paragraph or item that an
// amendment leaves for the consolidation to number, each after those
// before it: "par deux paragraphes ainsi rédigés :" then "… – A" and "…
// – B" after the II are III and IV (the second was left "… –").
func numberPlaceholders(al []string, at int, lines, tabled []string) []string {
	out := append([]string(nil), numberPlaceholder(al, at, lines, tabled)...)
	for k := 1; k < len(out); k++ {
		m := placeholder.FindStringSubmatch(out[k])
		if m == nil {
			continue
		}
		if strings.HasSuffix(strings.TrimSpace(out[k-1]), ":") && m[1]+m[3] == "" && (m[2] == "°" || m[2] == ")") {
			// The first item of a list the new text opens ("… – Le
			// code est modifié :" then "…° L'article 1 …"): 1°, a).
			first := "1° "
			if m[2] == ")" {
				first = "a) "
			}
			out[k] = first + out[k][len(m[0]):]
			continue
		}
		before := append(append(append([]string(nil), al[:at]...), out[:k]...), al[at:]...)
		if r := numberPlaceholder(before, at+k, out[k:], tabled); len(r) > 0 {
			out[k] = r[0]
		}
	}
	return out
}

// numberPlaceholder numbers a new paragraph or item that an amendment
// leaves for the consolidation to number ("… – Le …", "…° Les …"): after
// paragraph IV it is V if none follows, else IV bis (IV ter after IV bis);
// the same for items (3°, 3° bis). At the end of an article without
// paragraphs it is II (the text before becomes I); before the I, I A;
// otherwise, without a paragraph before it, the placeholder stays.
func numberPlaceholder(al []string, at int, lines, tabled []string) []string {
	if len(lines) == 0 {
		return lines
	}
	m := placeholder.FindStringSubmatch(lines[0])
	if m == nil {
		return lines
	}
	head, kind := romanHead, byte('r')
	switch {
	case m[2] == "°":
		head, kind = degreeHead, 'd'
	case m[2] == ")":
		head, kind = letterHead, 'l'
	}
	// A list ends at a label of a division above it in the law's order
	// (ranksAbove): the letters of a 1° at the 2°, the items of an A at
	// the B, of a I at the II.
	higher := func(l string) bool {
		_, k := label(l)
		return ranksAbove(k, kind)
	}
	given := m[1] + m[3] // "…° bis": the suffix is said, the number not
	prev := -1
	for i := at - 1; i >= 0; i-- {
		if head.MatchString(al[i]) {
			prev = i
			break
		}
		if higher(al[i]) {
			break
		}
	}
	if prev < 0 {
		if kind == 'd' && given == "" && at < len(al) && firstItem(al[at]) {
			// An item added before the 1° of its list: it is 1° A, as
			// the I A before the I.
			out := append([]string(nil), lines...)
			out[0] = "1° A " + lines[0][len(m[0]):]
			return out
		}
		if kind == 'r' && given == "" && at < len(al) && firstParagraph.MatchString(al[at]) {
			// A paragraph added before the I: it is I A, as the
			// chambers number a division put before the first.
			out := append([]string(nil), lines...)
			out[0] = "I A" + billSeparator(al, tabled) + lines[0][len(m[0]):]
			return out
		}
		if kind == 'r' && given == "" && at == len(al) && len(al) > 0 {
			// A paragraph added at the end of an article that has none:
			// it is II, and the text before it I (numberFirstParagraph).
			out := append([]string(nil), lines...)
			out[0] = "II" + billSeparator(al, tabled) + lines[0][len(m[0]):]
			return out
		}
		return lines
	}
	pm := head.FindStringSubmatch(al[prev])
	follows := false
	for _, l := range al[at:] {
		if head.MatchString(l) {
			follows = true
			break
		}
		if higher(l) {
			break
		}
	}
	num := pm[1]
	suffix := ""
	switch {
	case given != "":
		// "…° bis" after the 2°: the 2° bis.
		if pm[2] != "" {
			return lines // after a 2° ter, which bis is not said
		}
		suffix = given
	case follows:
		suffix = nextLatin[pm[2]]
	case kind == 'd':
		n, _ := strconv.Atoi(num)
		num = strconv.Itoa(n + 1)
	case kind == 'l':
		if num == "z" {
			return lines
		}
		num = string(rune(num[0] + 1))
	default:
		num = toRoman(fromRoman(num) + 1)
	}
	label := num
	if suffix != "" {
		label += " " + suffix
	}
	rest := lines[0][len(m[0]):]
	out := append([]string(nil), lines...)
	switch kind {
	case 'd':
		// "1° bis": the suffix follows the degree sign.
		out[0] = num + "°"
		if suffix != "" {
			out[0] += " " + suffix
		}
		out[0] += " " + rest
	case 'l':
		out[0] = label + ") " + rest
	default:
		out[0] = label + billSeparator(al, tabled) + rest
	}
	return out
}

func fromRoman(s string) int {
	v := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50}
	n := 0
	for i := 0; i < len(s); i++ {
		if i+1 < len(s) && v[s[i]] < v[s[i+1]] {
			n -= v[s[i]]
		} else {
			n += v[s[i]]
		}
	}
	return n
}

func toRoman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}

// asHost writes new text with the typography of the text it goes into:
// organic articles ("L.O. 136" or "L. O. 136"), the State ("Etat" or
// "État"), the apostrophe (straight or typographic) and the spaces inside
// guillemets (plain or no-break) as the host writes them.
func asHost(lines, host []string) []string {
	out := append([]string(nil), lines...)
	for _, pair := range [][2]string{{"L.O. ", "L. O. "}, {"Etat", "État"}, {"'", "’"}, {"« ", "«\u00a0"}, {" »", "\u00a0»"}} {
		a, b := 0, 0
		for _, h := range host {
			a += strings.Count(h, pair[0])
			b += strings.Count(h, pair[1])
		}
		from, to := pair[0], pair[1]
		switch {
		case b > a:
		case a > b:
			from, to = to, from
		default:
			continue
		}
		for i, l := range out {
			out[i] = strings.ReplaceAll(l, from, to)
		}
	}
	return out
}

// articleParts is an article key's letters and numbers, then the Latin
// adverb and the capitals that number an article inserted after it:
// "l331-18", "2 bis", "2 bis a", "39 a", "1649-0 a".
var articleParts = mustRe(`^([a-z]*)(\d+(?:-\d+)*)(?: (` + latinOrd + `))?(?: ([a-z]{1,3}))?$`)

// articleNum is an article key read by articleParts.
type articleNum struct {
	letters  string
	nums     []int
	latin    int // latinOrder: bis 2, ter 3, …; 0 none
	capitals string
}

func articleNumbers(k string) (articleNum, bool) {
	m := articleParts.FindStringSubmatch(k)
	if m == nil {
		return articleNum{}, false
	}
	n := articleNum{letters: m[1], latin: latinOrder[m[3]], capitals: m[4]}
	for _, f := range strings.Split(m[2], "-") {
		x, _ := strconv.Atoi(f)
		n.nums = append(n.nums, x)
	}
	return n, true
}

// compareArticles orders two article keys of the same letters by their
// numbers, then their Latin adverbs (2 < 2 bis < 2 ter < 3). Capitals
// after the same number ("39" and "39 A", "1er A" and "1er", "2 bis A"
// and "2 bis") are ordered one way in the codes (39 A after 39) and the
// other in the bills (1er A before 1er): certain is false, unless both
// carry one letter (A before B).
func compareArticles(a, b articleNum) (c int, certain bool) {
	for i := 0; i < len(a.nums) && i < len(b.nums); i++ {
		if a.nums[i] != b.nums[i] {
			return cmp.Compare(a.nums[i], b.nums[i]), true
		}
	}
	if len(a.nums) != len(b.nums) {
		return cmp.Compare(len(a.nums), len(b.nums)), true
	}
	if a.latin != b.latin {
		return cmp.Compare(a.latin, b.latin), true
	}
	if a.capitals == b.capitals {
		return 0, true
	}
	return strings.Compare(a.capitals, b.capitals), len(a.capitals) == 1 && len(b.capitals) == 1
}

func articleLess(a, b string) bool {
	x, ok1 := articleNumbers(a)
	y, ok2 := articleNumbers(b)
	if !ok1 || !ok2 {
		return a < b
	}
	if c, _ := compareArticles(x, y); c != 0 {
		return c < 0
	}
	return a < b
}

// applyRangeItem applies e to the item a range names and to the items
// the text numbers after it with its number and a Latin adverb
// (rangeItems): "Les 2° à 4° sont abrogés" repeals the 2° bis too (it
// stayed in force). Only edits that apply to each item alike: a range
// holding such an item rewritten, or new text put after it, is refused
// (where the 2° bis goes is not said).
func applyRangeItem(c Corpus, e Edit, opt ApplyOptions) error {
	a, ok := c[e.Scope.Ref]
	if !ok {
		return errMissing
	}
	n := len(e.Scope.Path)
	items, err := rangeItems(a.Alineas, e.Scope.Path)
	if err != nil {
		return err
	}
	if err := rangeNotSaid(e, items); err != nil {
		return err
	}
	for _, it := range items {
		one := e
		one.Scope.Path = append(append([]Division(nil), e.Scope.Path[:n-1]...), Division{Item: it})
		if err := applyEdit(c, one, opt); err != nil {
			return err
		}
	}
	return nil
}

// rangeNotSaid refuses an edit other than a deletion or a word edit on
// an item a range names when the range holds items numbered after it with
// a Latin adverb (items, from rangeItems): "Les 2° et 3° sont remplacés
// par un 2° …", "Les 2° à 3° deviennent les 5° à 6°" do not say what
// becomes of the 2° bis.
func rangeNotSaid(e Edit, items []string) error {
	switch e.Kind {
	case EditDelete, EditReplaceWords, EditDeleteWords, EditInsertWords, EditAppendWords:
		return nil
	}
	if len(items) > 1 {
		return applyErr(fmt.Sprintf("the range holds the %s: what becomes of it is not said", items[1]))
	}
	return nil
}

// rangeRefused is rangeNotSaid for the edits of one instruction, on the
// corpus before it: refused, none of them applies (the other items of a
// list rewritten together or renumbered were deleted or relabelled).
func rangeRefused(c Corpus, edits []Edit) error {
	for _, e := range edits {
		n := len(e.Scope.Path)
		if n == 0 || !e.Scope.Path[n-1].GoesOn {
			continue
		}
		a, ok := c[e.Scope.Ref]
		if !ok {
			continue
		}
		if items, err := rangeItems(a.Alineas, e.Scope.Path); err == nil {
			if err := rangeNotSaid(e, items); err != nil {
				return err
			}
		}
	}
	return nil
}

// unrankedLabel reports whether an item's label (labelOf) has no rank
// in its list: a doubled letter ("aa"), a degree with capitals ("1° a",
// for "1° A").
func unrankedLabel(lab string, k byte) bool {
	f := strings.Fields(lab)
	switch {
	case len(f) == 0:
		return false
	case k == 'l':
		return len(f[0]) == 2 && f[0][0] == f[0][1]
	case k == 'd' && len(f) > 1:
		_, latin := latinOrder[f[len(f)-1]]
		return !latin
	}
	return false
}

// rangeItems gives the labels of the items a path's last division, named
// by a range that goes on past it, stands for: its own, then those of the
// items that follow it in its list with its number and a Latin adverb
// ("2°", "2° bis", "2° ter").
func rangeItems(al []string, path []Division) ([]string, error) {
	n := len(path)
	p := append(append([]Division(nil), path[:n-1]...), Division{Item: path[n-1].Item})
	lo, hi, _, err := resolve(al, p)
	if err != nil {
		return nil, err
	}
	own, kind := labelOf(al[lo])
	base := latinRank(own, kind)
	items := []string{path[n-1].Item}
	for base > 0 && hi < len(al) {
		lab, k := labelOf(al[hi])
		if k == kind && unrankedLabel(lab, k) {
			// "Les a à c" on "a)", "aa)", "b)": an item of the list
			// whose rank is not known ("aa", "1° A") between two the
			// range names — in it or not is not said (it was left out).
			return nil, applyErr(fmt.Sprintf("the range holds the %s, whose rank is not known: in the range or not is not said", lab))
		}
		if r := latinRank(lab, k); k != kind || r <= base || r >= base+100 {
			break
		}
		items = append(items, lab)
		p[n-1] = Division{Item: lab}
		if _, hi, _, err = resolve(al, p); err != nil {
			return nil, err
		}
	}
	return items, nil
}

// inRange reports whether article k is from..to, both included, in the
// order of their numbers (L. 331-18 < L. 331-18-1 < L. 331-19; 1er < 1er
// bis < 2 bis A < 3), with the same letters, its place certain
// (rangePlace).
func inRange(k, from, to string) bool {
	in, certain := rangePlace(k, from, to)
	return in && certain
}

// rangePlace is inRange, and whether k's place is certain: it is not
// beside an end numbered as k but for capitals ("39 A" in "39 à 40":
// compareArticles).
func rangePlace(k, from, to string) (in, certain bool) {
	x, ok := articleNumbers(k)
	f, ok1 := articleNumbers(from)
	t, ok2 := articleNumbers(to)
	if !ok || !ok1 || !ok2 || x.letters != f.letters || x.letters != t.letters {
		return false, true
	}
	cf, c1 := compareArticles(x, f)
	ct, c2 := compareArticles(x, t)
	return cf >= 0 && ct <= 0, c1 && c2
}

// quoteShape says whether an alinéa opens a quotation (starts with a
// quotation mark) and whether it closes one (ends with a quotation mark,
// before the instruction's own punctuation).
func quoteShape(s string) (opens, closes bool) {
	return isQuoted(s), closesQuote(s)
}

// requote gives new alinéas the quotation marks of the alinéas they
// replace in a bill: in a quoted block every alinéa opens with a quotation
// mark and the last one closes it — the block's own marks, those of host,
// a line of it: « … », spaced, or straight ones. Lines that bring their
// own are kept.
func requote(lines []string, open, close bool, host string) []string {
	if !open {
		return lines
	}
	opening, closing := "\"", "\""
	if strings.HasPrefix(strings.TrimSpace(host), "«") {
		opening, closing = "« ", " »"
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		if !isQuoted(l) {
			l = opening + l
		}
		out[i] = l
	}
	if close && !closesQuote(out[len(out)-1]) {
		out[len(out)-1] += closing
	}
	return out
}

// introCount is the number of alinéas of new text a bill's line
// introduces when it says so: "est complété par deux alinéas ainsi
// rédigés :" (2), "il est inséré un alinéa ainsi rédigé :" (1), "2° Le
// second alinéa est ainsi rédigé :" (1); 0 otherwise (an article "ainsi
// rédigé" has as many alinéas as it has).
func introCount(l string) int {
	low := asciiLower(foldAccents(strings.TrimSpace(l)))
	if !strings.HasSuffix(low, ":") {
		return 0
	}
	if m := introCounted.FindStringSubmatch(low); m != nil {
		if m[1] == "un" || m[1] == "une" {
			return 1
		}
		return cardinals[m[1]]
	}
	if introOne.MatchString(low) {
		return 1
	}
	return 0
}

var (
	introCounted = mustRe(`\b(un|une|` + cardinalWords + `)\s+(?:alineas?|phrases?)\s+ainsi\s+redigee?s?\s*:$`)
	introOne     = mustRe(`^(?:\S+\s+)?(?:le|la)\s+(?:[a-z-]+\s+)?(?:alinea|phrase)\b[^:]*\best\s+ainsi\s+redigee?\s*:$`)
)

// quoteIntroduced quotes, among new alinéas that are a bill's own lines
// (the Assemblée's amendments quote each inserted alinéa once: "« 2° Le
// second alinéa est ainsi rédigé : »", "« Sauf si … »"), the text such a
// line introduces when it gives its count: in the bill that text is
// quoted ("« Sauf si … »"). Lines already quoted are left as they are.
func quoteIntroduced(lines []string) []string {
	if len(lines) < 2 || !modVerb.MatchString(lines[0]) {
		return lines
	}
	var out []string
	for i := 0; i < len(lines); i++ {
		out = append(out, lines[i])
		n := introCount(lines[i])
		if n == 0 || i+n > len(lines)-1 {
			continue
		}
		block := lines[i+1 : i+1+n]
		ok := true
		for _, b := range block {
			if isQuoted(b) || introCount(b) > 0 {
				ok = false
			}
		}
		if !ok {
			continue
		}
		for k, b := range block {
			b = "« " + b
			if k == n-1 {
				b = closeQuoted(b)
			}
			out = append(out, b)
		}
		i += n
	}
	return out
}

// closeQuoted closes a quotation at the end of a bill's alinéa, before its
// " ;" if it has one ("… nationaux ;" → "… nationaux » ;").
// quoteTail is what follows the closing quotation mark of s: " ;" (an
// item's), "." or nothing.
func quoteTail(s string) string {
	t := strings.TrimSpace(s)
	i := strings.LastIndex(t, "»")
	if i < 0 {
		return ""
	}
	switch strings.TrimSpace(t[i+len("»"):]) {
	case ";":
		return " ;"
	case ".":
		return "."
	}
	return ""
}

func closeQuoted(s string) string {
	t := strings.TrimRight(s, " ")
	if strings.HasSuffix(t, ";") {
		return strings.TrimRight(strings.TrimSuffix(t, ";"), " ") + " » ;"
	}
	return t + " »"
}

// proposedText finds in al[lo:hi] the text proposed for article num: from
// the quoted alinéa that opens with its heading ("« Art. L. 558-48. – ")
// to the next quoted heading or unquoted alinéa; found only once.
func proposedText(al []string, lo, hi int, num string) (int, int, bool) {
	key := ArticleKey(num)
	start := -1
	for i := lo; i < hi; i++ {
		if !isQuoted(al[i]) || artLabel.FindString(al[i]) == "" {
			continue
		}
		// The heading's number as ArticleKey reads it: "L. 1‑1" (the
		// non-breaking hyphen) is L. 1-1, "R.* 1" R. 1.
		if prefix, n, _, ok := artHeading(strings.TrimLeft(al[i], "\"«“ \u00a0")); ok && ArticleKey(prefix+n) == key {
			if start >= 0 {
				return 0, 0, false // twice: ambiguous
			}
			start = i
		}
	}
	if start < 0 {
		return 0, 0, false
	}
	end := start + 1
	for end < hi && isQuoted(al[end]) && artLabel.FindString(al[end]) == "" {
		end++
	}
	return start, end, true
}

// sameListItem reports whether next is an item (1°, a), a dash) of the
// same kind as prev, whose quotation mark is not part of its label.
func sameListItem(prev, next string) bool {
	if dashItem(prev) && dashItem(next) {
		return true // "– le juge." then "– le greffier."
	}
	_, k := label(next)
	_, kp := label(strings.TrimLeft(strings.TrimSpace(prev), "\"«“ \u00a0"))
	return (k == 'd' || k == 'l' || k == 'p') && kp == k
}

// quoteInBlock quotes alinéas inserted after al[at-1] inside a bill's
// quoted block: after an alinéa that opens a quotation, the new ones are
// part of it; if that alinéa closed the block, the closing mark moves to
// the last new one — unless the new text is an instruction of its own.
func quoteInBlock(al []string, at int, lines []string) ([]string, []string) {
	if at == 0 || len(lines) == 0 || isQuoted(lines[0]) {
		return al, lines
	}
	o, c := quoteShape(al[at-1])
	if !o {
		return al, lines
	}
	if !c {
		return al, requote(lines, true, false, al[at-1])
	}
	if modVerb.MatchString(strings.Join(lines, " ")) {
		return al, lines
	}
	if _, k := label(lines[0]); k == 'r' || (k == 'd' || k == 'l' || k == 'p') && !sameListItem(al[at-1], lines[0]) {
		// A paragraph numbered as the bill numbers its own ("III bis. –"
		// where the bill has an unquoted "III. –") is the bill's, not a
		// line of the quoted text; so is an item ("1° bis" where the bill
		// has an unquoted "1°" whose quoted text ends here) unless it
		// continues a quoted list ("« 4° … ; »" then "5° …": it took the
		// quotation's closing mark and quotes of its own).
		for _, l := range al {
			if _, kl := label(l); kl == k && !isQuoted(l) {
				return al, lines
			}
		}
	}
	item := sameListItem(al[at-1], lines[0])
	prev := strings.TrimRight(al[at-1], " ")
	tail := ""
	for _, suf := range []string{" ;", ";", "."} {
		if strings.HasSuffix(prev, "\""+suf) || strings.HasSuffix(prev, "»"+suf) {
			tail = suf
			prev = strings.TrimSuffix(prev, suf)
			break
		}
	}
	q := prev[len(prev)-len(lastRune(prev)):]
	al = append([]string(nil), al...)
	al[at-1] = strings.TrimRight(strings.TrimSuffix(prev, q), " ")
	if item && strings.HasSuffix(al[at-1], ".") && !strings.HasSuffix(al[at-1], "..") {
		// The item that ended the quoted list now ends with " ;": the
		// new last item carries the period ("… d'aménagement ;" then
		// "« 5° D'un organisme … modéré. »").
		al[at-1] = strings.TrimRight(strings.TrimSuffix(al[at-1], "."), " ") + " ;"
	}
	// The new text may close the quotation itself: "« 2° … ces mêmes
	// régimes. » »" leaves "2° … régimes. »" once its own quotation marks
	// are gone (a closing mark no « opens). It keeps that mark alone (the
	// block's was added after it: "régimes. »\"").
	own := closesOwnQuotation(lines[len(lines)-1])
	lines = requote(lines, true, false, al[at-1])
	if own {
		return al, lines
	}
	if q == "»" {
		// The block's own marks: « … », spaced.
		for i, l := range lines {
			if strings.HasPrefix(l, "\"") {
				lines[i] = "« " + l[1:]
			}
		}
		q = " »"
	}
	lines[len(lines)-1] += q + tail
	return al, lines
}

// quoteBeforeInBlock gives new alinéas put before a line of a bill's
// quoted text that is not its first ("Avant l'alinéa 3, insérer …" where
// the 2 opens the quotation and the 3 goes on with it) the quotation's
// marks, as after that line's predecessor (quoteInBlock): they are lines
// of the quoted text — they went in unquoted, a bill's line amid it.
func quoteBeforeInBlock(al []string, at int, lines []string) []string {
	if at == 0 || at >= len(al) || len(lines) == 0 || isQuoted(lines[0]) || !isQuoted(al[at]) {
		return lines
	}
	if o, c := quoteShape(al[at-1]); !o || c {
		return lines
	}
	return requote(lines, true, false, al[at-1])
}

// closesOwnQuotation says whether a new line, its own quotation marks
// gone, ends with a closing mark that nothing in it opens ("… régimes. »",
// "… régimes. » ;", "… régimes.\"", "… régimes.”"): it closes the bill's
// quotation itself. A straight mark closes when the line holds an odd
// number of them.
func closesOwnQuotation(l string) bool {
	t := strings.TrimRight(strings.TrimSpace(l), " ;.,")
	switch {
	case strings.HasSuffix(t, "»"):
		return strings.Count(l, "«") < strings.Count(l, "»")
	case strings.HasSuffix(t, "”"):
		return strings.Count(l, "“") < strings.Count(l, "”")
	case strings.HasSuffix(t, "\""):
		return strings.Count(l, "\"")%2 == 1
	}
	return false
}

// listTail is the end of an item followed by another of its list: " ;
// et", " ; ou", ", et".
var listTail = mustRe(`\s*[;,]\s+(?:et|ou)$`)

// appendWords adds words at the end of a text, before its final period or
// semicolon unless the words bring their own punctuation.
func appendWords(s, words string) string {
	if e := closeStart(s); e < len(s) {
		// A bill's quoted alinéa that closes its quotation ("« Il signe.
		// »", "« Le mot « A ». » ;"): the words go inside it, before its
		// period.
		return appendWords(s[:e], words) + s[e:]
	}
	t := strings.TrimRight(s, " ")
	end := ""
	if m := listTail.FindStringIndex(t); m != nil {
		// "1° Un ; et" completed by "ou trois": "1° Un ou trois ; et" (the
		// words went after the list's conjunction).
		w, sep := strings.TrimSpace(words), " "
		if strings.HasPrefix(w, ",") {
			sep = ""
		}
		return strings.TrimRight(t[:m[0]], " ") + sep + w + t[m[0]:]
	}
	if w := strings.TrimSpace(words); (w == "et" || w == "ou") && strings.HasSuffix(t, ";") {
		// "Le 2° est complété par le mot : « et »" on "2° Viser ;": the
		// conjunction that joins the item to the next goes after its
		// semicolon, "2° Viser ; et", as the consolidated codes print it
		// (it gave "2° Viser et ;").
		return t + " " + w
	}
	if n := len(t); n > 0 && (t[n-1] == '.' || t[n-1] == ';' || t[n-1] == ':') {
		end = t[n-1:]
		// The space before the sign, plain or no-break, stays before
		// it ("vise\u00a0;" completed: "vise sans délai\u00a0;" — the
		// no-break space was left before the words and a plain one put
		// before the sign: TestGenAmNoBreakBeforeSign).
		body := strings.TrimRight(t[:n-1], " \u00a0\u202f")
		sp := t[len(body) : n-1]
		t = body
		if end == ";" || end == ":" {
			// "… avec les fonctions de président :" completed by ", de
			// vice-président": the words go before the colon.
			if strings.Trim(sp, " ") == "" {
				sp = " "
			}
			end = sp + end
		}
	}
	w := strings.TrimSpace(words)
	sep := " "
	if strings.HasPrefix(w, ",") || strings.HasPrefix(w, ".") {
		sep = ""
	}
	if last := w[len(w)-1:]; strings.ContainsAny(last, ".;:") {
		if end == "." && last == "." && startsSentence(w) {
			// A sentence of its own ("complété par les mots : « Il
			// signe. »"): after the text's period, not in its place.
			return t + ". " + w
		}
		end = ""
	}
	return t + sep + w + end
}

// completeQuotedEnd completes an alinéa of a bill that ends with the
// text it quotes after a colon ("2° Le second alinéa est ainsi rédigé :
// « Le maire signe. »", "1° … complété par les mots : « en mairie » ;")
// by words or, if sentence, a sentence: inside the quotation, before its
// final period — the bill's sentence ends with it (they went after the
// closing mark, a text of neither). ok is false when s ends with no such
// quotation (a quoted alinéa is closeStart's; a quotation after no colon,
// "dénommé « France Travail »", is a name the words follow). New words
// holding quotation marks may be the bill's next clause ("et le mot :
// “A” est supprimé"), and a sentence completes no quoted words that end
// no sentence: inside or after is not said, refused.
func completeQuotedEnd(s, add string, sentence bool) (string, bool, error) {
	open, end, ok := quotedEnd(s)
	if !ok {
		return s, false, nil
	}
	if strings.ContainsAny(add, "«»“”\"") {
		return s, true, applyErr(fmt.Sprintf("words holding quotations completing %q, which ends with the text it quotes: inside the quotation or after it is not said", s))
	}
	if billClause.MatchString(add) {
		return s, true, applyErr(fmt.Sprintf("words that read as the bill's next clause (%q) completing %q, which ends with the text it quotes: inside the quotation or after it is not said", add, s))
	}
	body := strings.TrimRight(s[:end], " \u00a0")
	if !sentence {
		return appendWords(s[:end], add) + s[end:], true, nil
	}
	if !strings.HasSuffix(body, ".") && !strings.HasSuffix(body, "?") && !strings.HasSuffix(body, "!") || len(body) <= open {
		return s, true, applyErr(fmt.Sprintf("a sentence completing %q, whose quoted words end no sentence: inside the quotation or after it is not said", s))
	}
	return body + " " + add + s[end:], true, nil
}

// billClause is new words that read as a bill's clause joined to its
// instruction: "et le 2° est abrogé", "et les mots : … sont supprimés",
// "et la seconde phrase est supprimée" — a division or words named, then
// the bill's verb in the indicative. Completing an alinéa that ends with
// the text it quotes ("1° L'article L. 1 est complété par les mots : « sans
// délai » ;"), they may go after the quotation (they went inside it: «
// sans délai et le 2° est abrogé »).
var billClause = mustRe(`(?i)^\s*(?:,\s*)?(?:et|puis)\s+(?:le|la|les|l['’])\s*(?:\d+\s*°|[IVX]+\b|[a-z]\)|mots?\b|alin[ée]as?\b|phrases?\b|articles?\b|premi[eè]re?\b|deuxi[eè]me\b|second[e]?\b|derni[eè]re?\b)[^«»]*?\b(?:est|sont)\s+(?:abrog|supprim|remplac|ainsi\s+r[ée]dig|compl[ée]t|ins[ée]r|ajout|modifi)`)

// quotedEnd reports whether an unquoted alinéa of a bill ends with a
// quotation opened after a colon, or after the bill's verb and the noun
// of the words without it ("remplacé par le mot « préfet »") — the text
// the bill quotes, before the alinéa's ";" or "." if any —, and where
// that quotation opens and where its closing mark begins (with the
// spaces before it).
func quotedEnd(s string) (open, end int, ok bool) {
	if isQuoted(s) {
		return 0, 0, false
	}
	loc := closingMark.FindStringIndex(s)
	if loc == nil {
		return 0, 0, false
	}
	mark := strings.TrimLeft(s[loc[0]:], " \u00a0")
	if !strings.HasPrefix(mark, "»") {
		return 0, 0, false
	}
	depth := 0
	for i := len(s) - len(mark); i >= 0; i-- {
		switch {
		case strings.HasPrefix(s[i:], "»"):
			depth++
		case strings.HasPrefix(s[i:], "«"):
			depth--
			if depth == 0 {
				if !quoteIntro.MatchString(s[:i]) {
					return 0, 0, false
				}
				return i, loc[0], true
			}
		}
	}
	return 0, 0, false
}

// quoteIntro ends the words that introduce a text a bill quotes: a
// colon, or the bill's verb and the noun of the words without it
// ("remplacé par le mot « préfet »", "sont insérés les mots « … »"); a
// word merely mentioned ("Il écrit le mot « signé »") or a name
// ("dénommé « France Travail »") follows other words.
var quoteIntro = mustRe(`(?i)(?::|\b(?:remplac[ée]e?s?\s+par|ins[ée]r[ée]e?s?|ajout[ée]e?s?|compl[ée]t[ée]e?s?\s+par)\s+(?:les?|la|l['’]|une?|des)\s*` + wordNounCased + `)[\s\x{a0}]*$`)

// startsSentence says whether words begin as a sentence does: with a
// capital letter.
func startsSentence(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// listEnd reports whether al[lo:hi] is the end of a list whose item
// before it closes with a semicolon (a comma): the block's last alinéa
// is an item ending with a period, the alinéa before it an item of the
// same kind ending with ";" (","), and no item of that kind follows.
func listEnd(al []string, lo, hi int) bool {
	if lo == 0 {
		return false
	}
	// The block's last item: plain alinéas after it in the block ("– le
	// juge.", "Le juge tranche." both deleted) take nothing from the list
	// — the préfet ends it all the same, as when they are deleted apart.
	last := hi - 1
	for last > lo && !dashItem(al[last]) && !listItem(al[last]) {
		last--
	}
	if dashItem(al[last]) && dashItem(al[lo-1]) {
		// "– le préfet ;", "– le juge." without the juge: the préfet
		// ends the list of dashes now.
		return strings.HasSuffix(strings.TrimSpace(al[last]), ".") && separatedEnd(al[lo-1]) && (hi >= len(al) || !dashItem(al[hi]))
	}
	if !listItem(al[last]) || !strings.HasSuffix(strings.TrimSpace(al[last]), ".") {
		return false
	}
	_, k := labelOf(al[last])
	if _, kp := labelOf(al[lo-1]); kp != k || !separatedEnd(al[lo-1]) {
		return false
	}
	if hi < len(al) {
		if _, kn := labelOf(al[hi]); kn == k {
			return false
		}
	}
	return true
}

// separatedEnd reports whether an item ends as one before a list's last
// does: semicolonEnd, or with the comma of a list of commas ("1°
// Signer,"), which the item takes the list's period for when the last
// goes ("1° Signer." — it kept the comma, the list left open).
func separatedEnd(s string) bool {
	return semicolonEnd(s) || strings.HasSuffix(strings.TrimSpace(s), ",")
}

// semicolonItems reports whether the list before al[i] ends its items
// with " ;": the item before its last one, of kind, does.
func semicolonItems(al []string, i int, kind byte) bool {
	start := i - 1
	for start > 0 {
		if _, k := label(al[start]); k == kind {
			break
		}
		start--
	}
	if start == 0 {
		return false
	}
	prev := start - 1
	for prev > 0 {
		if _, k := label(al[prev]); k != 0 {
			break
		}
		prev--
	}
	_, k := label(al[prev])
	return k == kind && semicolonEnd(al[start-1])
}

// conjunctionBack puts a list's conjunction on the item before its last
// one, whose text ends at al[end], when the item before it ends with " ;"
// and is of its kind.
func conjunctionBack(al []string, end int, conj string) {
	start := itemStart(al, end)
	if start == 0 || !sameItemKind(al[start], al[itemStart(al, start-1)]) {
		return
	}
	if t := strings.TrimRight(al[start-1], " "); strings.HasSuffix(t, ";") {
		al[start-1] = t + " " + conj
	}
}

// itemStart gives the alinéa that opens the list item (a dash, "2°",
// "b)") holding al[j]: j itself or the nearest before it, 0 if none.
func itemStart(al []string, j int) int {
	for j > 0 && !dashItem(al[j]) && !listItem(al[j]) {
		j--
	}
	return j
}

// sameItemKind reports whether two alinéas open items of one list kind:
// both dashes, or both labelled of the same kind ("2°" and "3°").
func sameItemKind(a, b string) bool {
	if dashItem(a) || dashItem(b) {
		return dashItem(a) && dashItem(b)
	}
	_, ka := labelOf(a)
	_, kb := labelOf(b)
	return ka != 0 && ka == kb
}

// semicolonEnd reports whether an item ends as one before a list's last
// does: " ;", or " ; et", " ; ou".
func semicolonEnd(s string) bool {
	t := strings.TrimSpace(s)
	return strings.HasSuffix(t, ";") || itemConjunction.MatchString(t)
}

// listItem reports whether an alinéa opens an item of a list ("2°",
// "b)").
func listItem(l string) bool {
	_, k := labelOf(l)
	return k == 'd' || k == 'l' || k == 'p'
}

// quoteCloses reports whether an alinéa ends a quotation: a closing
// guillemet at its end (before its punctuation) that no opening one in it
// balances, or a line quoted whole.
func quoteCloses(s string) bool {
	t := strings.TrimRight(strings.TrimSpace(s), " ;.,")
	if !strings.HasSuffix(t, "»") {
		return false
	}
	return strings.Count(t, "»") > strings.Count(t, "«") || strings.HasPrefix(t, "«") && strings.Count(t, "«") == 1 && strings.Count(t, "»") == 1
}

var innerQuotes = mustRe(`[«“][\s\x{a0}]*|[\s\x{a0}]*[»”]`)

// variants gives spellings of quoted words to try when the text in force
// was typeset differently ("oeuvre" / "œuvre", straight / curly
// apostrophe, "L.O. 176" / "L. O. 176", "4 °" / "4°", "I.-" / "I. -").
// The spellings combine: "de l’article L.O. 1" finds "de l'article
// L. O. 1".
func variants(w string) []string {
	vs := []string{w}
	seen := map[string]bool{w: true}
	for _, f := range spellings {
		for _, v := range vs {
			if len(vs) >= 64 {
				break
			}
			if x := f(v); !seen[x] {
				seen[x] = true
				vs = append(vs, x)
			}
		}
	}
	return vs
}

// spellings are the typographic variants variants tries, each one way.
var spellings = []func(string) string{
	func(w string) string { return strings.ReplaceAll(w, "oe", "œ") },
	func(w string) string { return strings.ReplaceAll(w, "œ", "oe") },
	func(w string) string { return strings.ReplaceAll(w, "'", "’") },
	func(w string) string { return strings.ReplaceAll(w, "’", "'") },
	func(w string) string { return strings.ReplaceAll(w, "Etat", "État") },
	// "L.O. 176" and "L. O. 176" are the same article.
	func(w string) string { return strings.ReplaceAll(w, "L.O.", "L. O.") },
	func(w string) string { return strings.ReplaceAll(w, "L. O.", "L.O.") },
	// Capitals with or without their accent ("Conseil d'État" / "d'Etat").
	plainCapitals.Replace,
	// Quotation marks inside quoted words (an instruction quoted by an
	// amendment): « A » as the bill prints it, "A".
	func(w string) string { return innerQuotes.ReplaceAllString(w, `"`) },
	// "4 °" and "4°"; a paragraph's number with any dash, spaced or
	// tight, and the three ways the codes print it: "I. – " (the bills'),
	// "I. - ", "I.-", "I. ― ".
	func(w string) string { return spacedDegree.ReplaceAllString(w, "$1°") },
	func(w string) string { return tightDash.ReplaceAllString(w, "$1. - ") },
	func(w string) string { return anyDash.ReplaceAllString(w, "$1. -$2") },
	func(w string) string { return plainDash.ReplaceAllString(w, "$1.-") },
	func(w string) string { return plainDash.ReplaceAllString(w, "$1. ―$2") },
	// "L.123-4" and "L. 123-4", "R.1" and "R. 1": an article's number
	// with or without the space after its letters.
	func(w string) string { return tightArticle.ReplaceAllString(w, "$1. $2") },
	func(w string) string { return spacedArticle.ReplaceAllString(w, "$1.$2") },
	// "L 123-4" and "L. 123-4": the period after its letters left out
	// (the words were not found — TestGenArtsReferenceWithoutItsPeriod).
	func(w string) string { return barePrefixArticle.ReplaceAllString(w, "$1. $2") },
	// "5%" and "5 %", "5\u00a0%": French sets a space before the sign.
	func(w string) string { return tightPercent.ReplaceAllString(w, "$1 %") },
	// "n°2009-669" and "n° 2009-669": a space after the sign.
	func(w string) string { return tightNumero.ReplaceAllString(w, "n° $1") },
	// "\"contrat\"" and "« contrat »": quoted words in the other marks.
	func(w string) string { return straightQuoted.ReplaceAllString(w, "« $1 »") },
	// "1500 €" and "1 500 €": a number's thousands set apart or not.
	groupThousands,
	ungroupThousands,
	// "1 000 €" and "1 000 euros": a sum with the euro's sign or its
	// name, as the consolidated codes re-typeset it.
	func(w string) string { return euroSign.ReplaceAllString(w, "$1 euros") },
	func(w string) string { return euroWord.ReplaceAllString(w, "$1 €") },
	// "n° 1234/2007" and "n° 1234 / 2007": a European text's number
	// with its slash set apart or not.
	func(w string) string { return tightSlash.ReplaceAllString(w, "$1 / $2") },
	func(w string) string { return spacedSlash.ReplaceAllString(w, "$1/$2") },
}

var (
	euroSign    = mustRe(`(\d)[\s\x{a0}\x{202f}]?€`)
	euroWord    = mustRe(`(\d)[\s\x{a0}\x{202f}]euros\b`)
	tightSlash  = mustRe(`(\d)/(\d)`)
	spacedSlash = mustRe(`(\d) / (\d)`)
)

// groupThousands sets a space between the thousands of a number of five
// digits or more, or of four before a currency ("15000" → "15 000",
// "1500 €" → "1 500 €"); a number in a decimal or a reference ("1,5",
// "L. 1500-1") stays, and so does a year ("2015").
func groupThousands(w string) string {
	var b strings.Builder
	last := 0
	for _, m := range bareThousands.FindAllStringSubmatchIndex(w, -1) {
		digits := w[m[2]:m[3]]
		if !regroupable(w, m, digits) {
			continue
		}
		b.WriteString(w[last:m[2]])
		for i, r := range digits {
			if i > 0 && (len(digits)-i)%3 == 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
		}
		last = m[3]
	}
	b.WriteString(w[last:])
	return b.String()
}

// regroupable reports whether the number matched at m in w (group 1 the
// number, group 2 a currency after it), of the given digits, is one whose
// thousands are set apart or not: five digits or more, or four before a
// currency, and not a part of a decimal or a reference ("1,5", "L.
// 1500-1"). groupThousands and ungroupThousands read the same numbers.
func regroupable(w string, m []int, digits string) bool {
	if m[2] > 0 && strings.ContainsRune(".,-", rune(w[m[2]-1])) || m[3] < len(w) && strings.ContainsRune(".,-", rune(w[m[3]])) {
		return false
	}
	return len(digits) >= 5 || m[4] >= 0
}

// ungroupThousands is groupThousands the other way: "15 000" → "15000",
// "1 500 €" → "1500 €", under the same conditions.
func ungroupThousands(w string) string {
	var b strings.Builder
	last := 0
	for _, m := range groupedThousands.FindAllStringSubmatchIndex(w, -1) {
		digits := strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "").Replace(w[m[2]:m[3]])
		if !regroupable(w, m, digits) {
			continue
		}
		b.WriteString(w[last:m[2]] + digits)
		last = m[3]
	}
	b.WriteString(w[last:])
	return b.String()
}

var (
	// bareThousands is a number of four digits or more, not part of a
	// decimal or a reference ("L. 1500-1", "1,5"), and the currency
	// after it if any; groupedThousands one whose thousands are set apart.
	bareThousands    = mustRe(`\b(\d{4,})\b((?:\s|\x{a0})*(?:€|euros?\b))?`)
	groupedThousands = mustRe(`\b(\d{1,3}(?:[ \x{a0}\x{202f}]\d{3})+)\b((?:\s|\x{a0})*(?:€|euros?\b))?`)
	tightPercent     = mustRe(`(\d)%`)
	tightNumero      = mustRe(`n°(\d)`)
	straightQuoted   = mustRe(`"([^"]+)"`)
	spacedDegree     = mustRe(`(\d) °`)
	tightArticle     = mustRe(`\b(L|R|D|LO|L\.O)\.(\d)`)
	spacedArticle    = mustRe(`\b(L|R|D|LO|L\.O)\. (\d)`)
	tightDash        = mustRe(`\b([IVX]+|[A-Z])\.-\s*`)
	anyDash          = mustRe(`\b([IVX]+|[A-Z])\.\s*[–—―](\s?)`)
	plainDash        = mustRe(`\b([IVX]+|[A-Z])\. -( ?)`)
)

// barePrefixArticle is an article's letters with no period, then a
// space and its number: "L 123-4".
var barePrefixArticle = mustRe(`\b(L|R|D|LO) (\d)`)

// wordEdges says whether s[i:j], holding the quoted words w, begins and
// ends where words do: a word character of w's edge may not continue a
// word of s ("maire" is not in "maires"); words that begin or end with
// punctuation (", dans sa") may follow or precede anything.
func wordEdges(s string, i, j int, w string) (okL, okR bool) {
	okL = i == 0 || !isWordByte(s, i, true) || !isWordByte(w, 0, false)
	okR = j == len(s) || !isWordByte(s, j, false) || !isWordByte(w, len(w), true)
	return okL, okR
}

func isWordByte(s string, i int, before bool) bool {
	var r rune
	if before {
		r, _ = utf8.DecodeLastRuneInString(s[:i])
	} else {
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// findWords returns the byte offsets of whole-word occurrences of w in s.
// partOfLarger reports whether the quoted f found at s[i:j] is only a
// part of a larger word or number there: beginning or ending with a
// digit, joined to digits by a hyphen, a period, a comma or a slash ("L.
// 331-3", "3,5", "1.3", "3/4"), or an item's number ("3°"); a
// designation ending with a number or a roman numeral followed by the
// Latin adverb of another ("L. 2 bis", "1° ter", "I bis"); beginning or
// ending with a letter joined by a hyphen to another (a compound word:
// "vice-président", "sous-section").
func partOfLarger(s string, i, j int, f string) bool {
	joined := func(k, step int) bool { // s[k] a joiner, and a digit past it
		if k < 0 || k >= len(s) || !strings.ContainsRune("-.,/", rune(s[k])) {
			return false
		}
		d := k + step
		return d >= 0 && d < len(s) && s[d] >= '0' && s[d] <= '9'
	}
	first, last := f[0], f[len(f)-1]
	if last >= '0' && last <= '9' && strings.HasPrefix(s[j:], "°") {
		return true // the 3 of "3°": an item's number
	}
	if designationEnd.MatchString(f) && latinAfter.MatchString(s[j:]) {
		return true // the L. 2 of "L. 2 bis", the 1° of "1° ter", the I of "I bis", the a of "a bis", the 1er of "1er bis"
	}
	if capitalledEnd.MatchString(f) && capitalsAfter.MatchString(s[j:]) {
		return true // the L. 1 of "L. 1 A", the 1er of "article 1er A", the I of "I A", the 302 bis of "302 bis ZA"
	}
	if compoundEdge(s, i, f, true) || compoundEdge(s, j, f, false) {
		return true // the président of "vice-président", the section of "sous-section"
	}
	if first >= '0' && first <= '9' && leadingDigits(f) == 3 && thousandsBefore(s[:i]) || last >= '0' && last <= '9' && thousandsAfter(s[j:]) {
		return true // the 500 of "1 500 €", the 1 of "1 500": a number's thousands are spaced
	}
	return first >= '0' && first <= '9' && joined(i-1, -1) || last >= '0' && last <= '9' && joined(j, 1)
}

// leadingDigits is how many digits s begins with.
func leadingDigits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// thousandsBefore reports whether s ends with a digit and one space
// (plain, non-breaking or narrow): the thousands of a number before
// ("1 " of "1 500").
func thousandsBefore(s string) bool {
	r, n := utf8.DecodeLastRuneInString(s)
	if r != ' ' && r != '\u00a0' && r != '\u202f' {
		return false
	}
	d, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
	return d >= '0' && d <= '9'
}

// thousandsAfter reports whether s begins with one space and a group of
// three digits that ends there (" 500" of "1 500 €").
func thousandsAfter(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if r != ' ' && r != '\u00a0' && r != '\u202f' {
		return false
	}
	return leadingDigits(s[n:]) == 3
}

var (
	// designationEnd is quoted words ending with a number, an item's
	// number or a roman numeral ("L. 2", "1°", "III", "1er", "Ier"), or
	// an item's letter ("a", "aa").
	designationEnd = mustRe(`(?:\d°?|\d(?:er|re)|(?:^|[^\pL\pN])(?:[IVXLC]+(?:er)?|[a-z]{1,2}))$`)
	// capitalledEnd is quoted words ending as a designation that a
	// capital or two may follow ("L. 1 A", "article 1er A", "I A", "1° A",
	// "302 bis ZA"): a roman numeral, an item's number, an ordinal, a
	// number's Latin adverb, or an article's number (not a bare number:
	// the 12 of "12 MW" is a quantity).
	capitalledEnd = mustRe(`(?:(?:^|[^\pL\pN])[IVXLC]+(?:er)?|\d[ \x{a0}]` + latinOrd + `|\d°|\d(?:er|re)|(?:^|[^\pL\pN])(?:[A-Z]{1,2}\.(?: ?O\.)?|[Aa]rticles?) ?\d+(?:-\d+)*)$`)
	// capitalsAfter is the capital or two that number a designation
	// between two others: "A" after "L. 1", "ZA" after "302 bis".
	capitalsAfter = mustRe(`^[ \x{a0}\x{202f}]+[A-Z]{1,2}(?:[^\pL\pN'’]|$)`)
	// latinAfter is the multiplicative adverb that numbers a designation
	// between two others: "bis" after "L. 2".
	latinAfter = mustRe(`^[ \x{a0}\x{202f}]+` + latinOrd + `\b`)
)

// compoundEdge reports whether the quoted f, found with its edge at s[k]
// (its start when start is set, else its end), is joined there by a
// hyphen to a letter of the text while f's own edge is a letter: a part
// of a compound word ("vice-président", "sous-section").
func compoundEdge(s string, k int, f string, start bool) bool {
	if start {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsLetter(r) || k < 2 || !isHyphen(s[:k], true) {
			return false
		}
		_, n := utf8.DecodeLastRuneInString(s[:k])
		p, _ := utf8.DecodeLastRuneInString(s[:k-n])
		return unicode.IsLetter(p)
	}
	r, _ := utf8.DecodeLastRuneInString(f)
	if !unicode.IsLetter(r) || !isHyphen(s[k:], false) {
		return false
	}
	_, n := utf8.DecodeRuneInString(s[k:])
	p, _ := utf8.DecodeRuneInString(s[k+n:])
	return unicode.IsLetter(p)
}

// isHyphen reports whether s ends (begins, when last is false) with a
// hyphen.
func isHyphen(s string, last bool) bool {
	r := edgeRune(s, last)
	return r == '-' || r == '\u2010' || r == '\u2011'
}

// operationInWords is a word operation of the instruction inside new
// words, after a quotation closed in them: "« » et à la fin, sont
// ajoutés les mots : « »" — quotations paired wrong (a lone guillemet
// quoted), never words a law inserts.
var operationInWords = mustRe(`»\s*[,;]?\s*(?:et|puis)\b[^«»]*\b(?:est|sont)\s+(?:ajouté|inséré|remplacé|supprimé)e?s?\s+(?:par\s+)?(?:les?|la|l')\s*(?:mots?|référence|références)\s*:`)

// citedTextDate is the date a text cited is known by: "loi n°
// 2010-874 du 27 juillet 2010", "décret n° 2010-12 du 2 mars 2010", "la
// loi du 29 juillet 1881" (group 1 the date).
var citedTextDate = mustRe(`(?:\bn[°º]\s*[\w/.-]+|\b(?:[Ll]oi|[Oo]rdonnance|[Dd]écret|[Aa]rrêté))\s+du\s+((?:1er|\d{1,2})\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+\d{4})\b`)

// citedDateMixed reports whether words w, every occurrence of which an
// edit names (no rank, no count, no place), are found in the alinéas
// both within the date of a text cited and outside it: "l'année : «
// 2010 » est remplacée par l'année : « 2012 »" where the alinéa reads
// "En 2010, selon le décret n° 2010-12 du 2 mars 2010, …" means the
// year of the rule, not the citation's (both were replaced, the decree
// cited by a date it does not bear) — which is meant is not said.
// Words found only in a citation's date are that date (a citation set
// right).
func citedDateMixed(al []string, w string) bool {
	in, out := 0, 0
	for _, s := range al {
		dates := citedTextDate.FindAllStringSubmatchIndex(s, -1)
		hits := findOcc(s, w, nil)
		for k := 0; k+1 < len(hits); k += 2 {
			cited := false
			for _, d := range dates {
				if hits[k] >= d[2] && hits[k+1] <= d[3] {
					cited = true
				}
			}
			if cited {
				in++
			} else {
				out++
			}
		}
	}
	return in > 0 && out > 0
}

func findWords(s, w string) []int {
	var out []int
	if w == "" {
		return nil
	}
	for _, v := range variants(w) {
		forms := []string{v}
		// Quoted words that begin a sentence of the text in force carry
		// its capital: « le présent chapitre » matches "Le présent chapitre".
		if r, n := utf8.DecodeRuneInString(v); unicode.IsLower(r) {
			forms = append(forms, string(unicode.ToUpper(r))+v[n:])
		}
		for _, f := range forms {
			from := 0
			for {
				i := strings.Index(s[from:], f)
				if i < 0 {
					break
				}
				i += from
				j := i + len(f)
				okL, okR := wordEdges(s, i, j, f)
				if okL && okR && partOfLarger(s, i, j, f) {
					// « 3 » is not the 3 of "L. 331-3", "3,5" or "1.3".
					okL = false
				}
				if okL && (okR) && (f == v || sentenceStart(s[:i])) {
					out = append(out, i, j)
				}
				from = j
			}
		}
		if len(out) > 0 {
			sortPairs(out)
			return out
		}
	}
	// The blanks of a law not yet numbered and a looser spacing combine
	// with the spellings: « de l’article de la loi n° du » finds "de
	// l'article ...... de la loi n° ...... du".
	vs := variants(w)
	for _, v := range vs {
		if out := blankWords(s, v); out != nil {
			return out
		}
	}
	for _, v := range vs {
		if out := looseWords(s, v); out != nil {
			return out
		}
	}
	return nil
}

// looseWords finds w where the text spaces or hyphenates it otherwise:
// any run of spaces, non-breaking or narrow non-breaking spaces for a
// space ("2 mois" in "2\u00a0mois", "de  deux"), any hyphen or dash
// between letters for a hyphen ("Provence–Alpes" for "Provence-Alpes").
// A capital first letter counts at the start of a sentence, as in
// findWords.
//
// A capital without its accent stands for the capital with it
// ("Ile-de-France" finds "Île-de-France", "Ecole" "École"): French prints
// capitals with or without accents, and a quotation may be typed the
// other way (the other way round is variants' plainCapitals).
func looseWords(s, w string) []int {
	capitals := strings.ContainsAny(s, accentedCapitals) && strings.ContainsAny(w, "AEIOUC")
	if !capitals && !strings.ContainsAny(s, "\u00a0\u202f\t-\u2010\u2011\u2013") && !strings.Contains(s, "  ") && !strings.ContainsAny(w, "\u00a0\u202f\u2010\u2011\u2013") {
		return nil
	}
	var b strings.Builder
	space := false
	for _, r := range w {
		switch r {
		case ' ', '\u00a0', '\u202f', '\t':
			if !space {
				b.WriteString(`[ \t\x{a0}\x{202f}]+`)
			}
			space = true
			continue
		case '-', '\u2010', '\u2011', '\u2013':
			b.WriteString(`[-\x{2010}\x{2011}\x{2013}]`)
		default:
			if f, ok := capitalForms[r]; ok && capitals {
				b.WriteString("[" + f + "]")
				break
			}
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
		space = false
	}
	pat := b.String()
	var out []int
	for k, p := range []string{pat, upperFirst(pat)} {
		if k == 1 && p == pat {
			break
		}
		rx, err := regexp.Compile(p)
		if err != nil {
			return nil
		}
		for _, m := range rx.FindAllStringIndex(s, -1) {
			// « L. 2 » is not the "L. 2" of "L.\u00a02-1" (partOfLarger).
			if okL, okR := wordEdges(s, m[0], m[1], w); okL && okR && (k == 0 || sentenceStart(s[:m[0]])) && !partOfLarger(s, m[0], m[1], w) {
				out = append(out, m[0], m[1])
			}
		}
	}
	sortPairs(out)
	return out
}

// accentedCapitals are the capitals with an accent French prints;
// capitalForms the capitals a plain one stands for (looseWords).
const accentedCapitals = "ÀÂÉÈÊËÎÏÔÙÛÜÇ"

var capitalForms = map[rune]string{'A': "AÀÂ", 'E': "EÉÈÊË", 'I': "IÎÏ", 'O': "OÔ", 'U': "UÙÛÜ", 'C': "CÇ"}

// lowerFirst gives s with its first letter in lower case.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// upperFirst gives s with its first letter in upper case.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// blankWords finds words written with the blanks of a law not yet numbered
// ("de l'article de la loi n° du de finances") in a text that prints the
// blanks as dots ("de l'article ...... de la loi n° ....... du .......
// de finances"), as amendments' own dots are read as blanks
// (HTMLToParagraphs).
func blankWords(s, w string) []int {
	if !strings.Contains(s, "...") && !strings.Contains(s, "…") {
		return nil
	}
	pat := regexp.QuoteMeta(w)
	re := blankSlot.ReplaceAllString(pat, `$1(?:[ \x{a0}]+`+blankMark+`)?[ \x{a0}]+`)
	if re == pat {
		return nil
	}
	rx, err := regexp.Compile(re)
	if err != nil {
		return nil
	}
	var out []int
	for _, m := range rx.FindAllStringIndex(s, -1) {
		if okL, okR := wordEdges(s, m[0], m[1], w); okL && okR && !partOfLarger(s, m[0], m[1], w) {
			out = append(out, m[0], m[1])
		}
	}
	return out
}

// blankSlot is a word after which a law not yet numbered leaves a blank.
var blankSlot = mustRe(`(\bn°|\bdu|\barticle) `)

// anchorHits finds the anchor of a word edit: its only occurrence, or
// the one Occurrences names ("après la deuxième occurrence du mot").
func anchorHits(s string, e Edit) []int {
	if len(e.Occurrences) == 0 {
		return findWords(s, e.Anchor)
	}
	return pickOccurrences(findOcc(s, e.Anchor, e.Occurrences), e.Occurrences)
}

// nearAnchor picks, among the hits of some words, the first after the
// anchor's only occurrence (the last before it when before is true); none
// when the anchor is missing or occurs more than once (ambiguous).
func nearAnchor(s string, hits, anchors []int, before bool) []int {
	// Each occurrence of the anchor names the first hit after it (the
	// last before it, with "avant"); anchors that name none are passed
	// over ("après les mots : « A », supprimer les mots : « B »" where A
	// also ends the alinéa), two that name different hits are ambiguous.
	var found []int
	for a := 0; a+1 < len(anchors); a += 2 {
		h := hitNear(hits, anchors[a:a+2], before)
		if h == nil {
			continue
		}
		if found != nil && found[0] != h[0] {
			return nil
		}
		found = h
	}
	return found
}

// nearEachAnchor finds, for each occurrence occ names among the
// anchors (start, end pairs), the hit nearest after it (before it, with
// before) and short of the next anchor that way; nil when an occurrence
// named is missing or names no hit.
func nearEachAnchor(hits, anchors, occ []int, before bool) []int {
	n := len(anchors) / 2
	var out []int
	for k := 0; k < n; k++ {
		named := false
		for _, o := range occ {
			if o == k+1 || o < 0 && n+o == k {
				named = true
			}
		}
		if !named {
			continue
		}
		h := hitNear(hits, anchors[2*k:2*k+2], before)
		// Short of the anchor's next occurrence that way.
		switch {
		case h == nil:
		case before && k > 0 && h[0] < anchors[2*k-1]:
			h = nil
		case !before && k < n-1 && h[1] > anchors[2*k+2]:
			h = nil
		}
		if h == nil {
			return nil
		}
		out = append(out, h...)
	}
	if len(out)/2 != len(occ) {
		return nil
	}
	return out
}

// hitNear is the first hit (start, end) after an anchor's occurrence
// (start, end), or with before the last one before it; nil when none.
func hitNear(hits, anchor []int, before bool) []int {
	if before {
		for k := len(hits) - 2; k >= 0; k -= 2 {
			if hits[k+1] <= anchor[0] {
				return hits[k : k+2]
			}
		}
		return nil
	}
	for k := 0; k+1 < len(hits); k += 2 {
		if hits[k] >= anchor[1] {
			return hits[k : k+2]
		}
	}
	return nil
}

// sortPairs sorts (start, end) pairs by start.
func sortPairs(h []int) {
	for i := 2; i < len(h); i += 2 {
		for j := i; j > 0 && h[j] < h[j-2]; j -= 2 {
			h[j], h[j-2] = h[j-2], h[j]
			h[j+1], h[j-1] = h[j-1], h[j+1]
		}
	}
}

// wordEdit applies a word-level edit to one text, returning the count.
// isSign reports whether quoted words are a lone punctuation sign.
func isSign(w string) bool {
	w = strings.TrimSpace(w)
	return len(w) == 1 && strings.ContainsAny(w, ".,;:")
}

// reTextEnd is what may follow the last words of a text: its punctuation,
// closing quotes and brackets, a footnote call.
var reTextEnd = mustRe(`^[\s\x{00a0}.;,:!?»"”)\]]*(?:\(\d\)[\s.;]*)?$`)

func wordEdit(s string, e Edit, only int) (string, int) {
	pick := func(hits []int) []int {
		switch {
		case len(hits) == 0 || only == 0:
			return hits
		case only > 0:
			// "Au début de …": words that begin it (after a label), or
			// none; an anchor ("Au début de la phrase, après les mots …")
			// is only its first occurrence.
			if pre := strings.TrimLeft(s[:hits[0]], " \u00a0«\"“"); e.Kind != EditInsertWords && pre != "" && labelPrefix(pre) != pre {
				return nil
			}
			return hits[:2]
		}
		// "À la fin de …": words that end it (before its punctuation), or
		// none; an anchor is only its last occurrence.
		if e.Kind != EditInsertWords && !reTextEnd.MatchString(s[hits[len(hits)-1]:]) {
			return nil
		}
		return hits[len(hits)-2:]
	}
	switch e.Kind {
	case EditReplaceWords:
		var hits []int
		if e.Anchor != "" {
			hits = nearAnchor(s, findOcc(s, e.Old, nil), anchorHits(s, e), e.Before)
		} else {
			hits = pick(pickOccurrences(findOcc(s, e.Old, e.Occurrences), e.Occurrences))
			if isSign(e.Old) && only == 0 && len(e.Occurrences) == 0 && e.Times == 0 && len(hits) > 2 {
				// "Le signe : « . » est remplacé …" where the text holds
				// several: which one is not said.
				hits = nil
			}
		}
		if strings.TrimSpace(e.New) == "" {
			// Words replaced by nothing ("le mot : « »"): deleted, with
			// the space they leave ("Le  contrôle" was printed).
			return deleteAt(s, hits)
		}
		if strings.HasSuffix(e.New, ",") && !strings.HasSuffix(e.Old, ",") {
			// New words that end with the comma that follows the old ones
			// ("… s'il l'estime utile" by "… s'ils l'estiment utile,"
			// before ", avec"): one comma, not two.
			hits = append([]int(nil), hits...)
			for k := 1; k < len(hits); k += 2 {
				if hits[k] < len(s) && s[hits[k]] == ',' {
					hits[k]++
				}
			}
		}
		if m := clauseMark(e.New); m != "" && clauseMark(e.Old) == "" {
			// New words that end with the semicolon (colon) that follows
			// the old ones ("l'acte" by "le plan ;" before " ;"): one
			// mark, not two (it gave "le plan ; ;").
			hits = append([]int(nil), hits...)
			for k := 1; k < len(hits); k += 2 {
				rest := s[hits[k]:]
				if t := strings.TrimLeft(rest, " \u00a0"); strings.HasPrefix(t, m) {
					hits[k] += len(rest) - len(t) + len(m)
				}
			}
		}
		if strings.HasPrefix(e.New, ",") {
			// New words that begin with a comma (", les établissements
			// … et les collectivités" for "et les établissements …")
			// are glued to the word before, as a comma is.
			hits = append([]int(nil), hits...)
			for k := 0; k+1 < len(hits); k += 2 {
				if hits[k] > 0 && s[hits[k]-1] == ' ' {
					hits[k]--
				}
			}
		}
		k := 0
		return replaceAt(s, hits, func(old string) string {
			at, end := hits[k], hits[k+1]
			k += 2
			nw := e.New
			if strings.HasSuffix(nw, ".") && !strings.HasSuffix(nw, "..") && !strings.HasSuffix(e.Old, ".") && strings.Trim(nw, ". ") != "" {
				// New words ending with the period that ends the Sénat's
				// line, before the text's own ("vite" by "lentement."
				// before ".") or inside a sentence ("contrat" by "bail."
				// before "de vente"): no period of their own.
				rest := strings.TrimLeft(s[end:], " \u00a0")
				if r, _ := utf8.DecodeRuneInString(rest); strings.HasPrefix(s[end:], ".") || rest != "" && (unicode.IsLower(r) || strings.ContainsRune(";:,", r)) {
					nw = strings.TrimSuffix(nw, ".")
				}
			}
			if r, _ := utf8.DecodeLastRuneInString(nw); strings.HasSuffix(e.Old, ".") && afterWord(strings.TrimSuffix(e.Old, ".")) && (unicode.IsLetter(r) || unicode.IsDigit(r)) && (strings.Trim(s[end:], " \u00a0»\"”;") == "" || nextSentence(s[end:])) {
				// Old words quoted with the alinéa's final period, new
				// ones without ("de vente." by "de bail"): the period
				// stays ("… de bail."; it was lost) — not an
				// abbreviation's ("C.G.I."); so does a sentence's period
				// before the next sentence ("… de bail. Il signe." — it
				// gave "… de bail Il signe.").
				nw += "."
			}
			if sign := closingSign(old); sign != "" && strings.Trim(s[end:], " \u00a0»\"”") == "" {
				// Old words quoted with the item's closing " ;" (an
				// introduction's " :"), new ones without ("vite ;" by
				// "tôt" in "1° Part vite ;"): the sign stays, as the
				// period does ("1° Part tôt ;" — it was lost).
				if r, _ := utf8.DecodeLastRuneInString(nw); (unicode.IsLetter(r) || unicode.IsDigit(r) || r == ')') && !strings.ContainsAny(nw, ";:") {
					nw += sign
				}
			}
			if rest := strings.TrimLeft(s[end:], " \u00a0"); strings.HasSuffix(nw, ",") && strings.Trim(nw, ", ") != "" && (rest == "" || strings.ContainsAny(rest[:1], ".;:") || strings.HasPrefix(rest, "»")) {
				// Before the text's period a comma goes: "contrat, sauf
				// urgence," for "contrat" before "." reads "contrat, sauf
				// urgence." (a sign alone is put as said).
				nw = strings.TrimRight(strings.TrimSuffix(nw, ","), " ")
			}
			old = strings.TrimLeft(old, " ")
			nw = numberDashOf(old, nw)
			// Words replaced at the start of a sentence: the new ones take
			// its capital — also when the amendment quoted the old ones
			// with it ("aux mots : « Le préfet » les mots : « le maire »").
			r, _ := utf8.DecodeRuneInString(old)
			o, _ := utf8.DecodeRuneInString(e.Old)
			if unicode.IsUpper(r) && (unicode.IsLower(o) || sentenceStart(s[:at])) {
				return upperFirst(nw)
			}
			return nw
		})
	case EditDeleteWords:
		if e.Anchor != "" && len(e.Occurrences) == 0 {
			// "Après le mot : « A », le signe : « , » est supprimé".
			return deleteAt(s, nearAnchor(s, findOcc(s, e.Old, nil), findWords(s, e.Anchor), e.Before))
		}
		if e.Anchor != "" && len(e.Occurrences) == 1 {
			// "Après la deuxième occurrence du mot : « A », supprimer le
			// mot : « B »": the first B after that A (the last before it
			// with "avant"), as a replacement finds it; it was the words
			// right after A only, whatever "avant" said.
			return deleteAt(s, nearAnchor(s, findOcc(s, e.Old, nil), anchorHits(s, e), e.Before))
		}
		if e.Anchor != "" {
			// "Après la première et la troisième occurrences du mot : « A »,
			// les mots : « B » sont supprimés": for each occurrence named,
			// the first whole words B after it (the last before it, with
			// "avant"), short of A's next occurrence that way. One named
			// with no B there, or an occurrence the text lacks, refuses
			// the whole (it took B right after A whatever "avant" said, and
			// « noir » at the start of "noirs").
			return deleteAt(s, nearEachAnchor(findOcc(s, e.Old, nil), findOcc(s, e.Anchor, e.Occurrences), e.Occurrences, e.Before))
		}
		hits := pick(pickOccurrences(findOcc(s, e.Old, e.Occurrences), e.Occurrences))
		if isSign(e.Old) && only == 0 && len(e.Occurrences) == 0 && len(hits) > 2 {
			// "Le signe : « , » est supprimé" (« la virgule est
			// supprimée ») where the text holds several: which one is not
			// said (every one went).
			hits = nil
		}
		return deleteAt(s, hits)
	case EditInsertWords:
		hits := pick(pickOccurrences(findOcc(s, e.Anchor, e.Occurrences), e.Occurrences))
		if !e.Before {
			// "Après les mots : « prise en charge », insérer les mots :
			// « les modalités, »" where the text reads "prise en charge,
			// le nombre": new words ending with the punctuation that
			// follows the anchor go after it, an item of the same list.
			if p := strings.TrimSpace(e.New); len(hits) > 0 && strings.HasSuffix(p, ",") && strings.TrimSpace(strings.Trim(p, ",")) != "" {
				lead := strings.HasPrefix(p, ",")
				for k := 1; k < len(hits); k += 2 {
					if strings.HasPrefix(s[hits[k]:], ",") {
						hits[k]++
					}
				}
				k := 1
				return replaceAt(s, hits, func(a string) string {
					q := p
					if rest := strings.TrimLeft(s[hits[k]:], " \u00a0"); rest == "" || strings.ContainsAny(rest[:1], ".;:") || strings.HasPrefix(rest, "»") {
						// Before the text's period (semicolon, colon, closing
						// quotation mark) a comma goes: ", le cas échéant,"
						// after "décide." reads "décide, le cas échéant.".
						q = strings.TrimRight(strings.TrimSuffix(q, ","), " ")
					}
					k += 2
					if lead {
						// ", les achats," before the text's own comma:
						// one comma each side.
						return strings.TrimSuffix(a, ",") + q
					}
					return a + " " + q
				})
			}
		}
		k := 0
		return replaceAt(s, hits, func(a string) string {
			at, end := hits[k], hits[k+1]
			k += 2
			nw := e.New
			if m := clauseMark(nw); m != "" && !e.Before && strings.HasPrefix(strings.TrimLeft(s[end:], " \u00a0"), m) {
				// New words ending with the semicolon (colon) the text
				// has after the anchor: one mark ("acte et le plan ;" —
				// it gave "; ;").
				nw = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(nw, " \u00a0"), m), " \u00a0")
			}
			if !e.Before && strings.HasSuffix(nw, ".") && !strings.HasSuffix(nw, "..") {
				// New words ending with the period that ends the Sénat's
				// line, put before the text's period or inside a sentence
				// ("écrit." after "contrat" in "… contrat de vente."): no
				// period of their own ("… écrit de vente.", "… et bien.").
				rest := strings.TrimLeft(s[end:], " \u00a0")
				if r, _ := utf8.DecodeRuneInString(rest); rest != "" && (unicode.IsLower(r) || strings.ContainsRune(".;:,", r)) {
					nw = strings.TrimSuffix(nw, ".")
				}
			}
			if !e.Before && strings.HasSuffix(a, ".") && strings.TrimSpace(s[end:]) == "" && nw != "" {
				// "Après le mot :" / "vite." (the alinéa's final period
				// with the word): the words go before the period ("vite
				// et bien."; they went after it).
				if r, _ := utf8.DecodeRuneInString(nw); unicode.IsLower(r) || r == ',' {
					return joinWords(strings.TrimSuffix(a, "."), strings.TrimSuffix(nw, ".")) + "."
				}
			}
			if e.Before {
				if at == 0 || sentenceStart(s[:at]) {
					// Before the first words of a sentence (the text's
					// first, too: "avant le mot : « Toute »" gave "Sauf
					// urgence, Toute …" where "Au début …" gives "toute"):
					// the new ones begin it, its first word loses its
					// capital ("Le maire" after "Dans tous les cas, ": "le
					// maire").
					return joinWords(upperFirst(e.New), lowerFirstWord(a, e.New))
				}
				return joinWords(e.New, a)
			}
			return joinWords(a, nw)
		})
	}
	return s, 0
}

func joinWords(a, b string) string {
	if b == "" || strings.HasPrefix(b, ",") || strings.HasPrefix(b, ".") || strings.HasSuffix(a, "'") || strings.HasSuffix(a, "’") {
		return a + b
	}
	return a + " " + b
}

func replaceAt(s string, hits []int, f func(string) string) (string, int) {
	if len(hits) == 0 {
		return s, 0
	}
	var b strings.Builder
	prev := 0
	joined := "" // the new words that joined the sentence before to the next
	for k := 0; k+1 < len(hits); k += 2 {
		pre := lowerAfterJoin(s[prev:hits[k]], joined)
		r := f(s[hits[k]:hits[k+1]])
		// French spacing where the new words meet the text: no space
		// before a period or a comma ("agit ; le juge" with "; le juge"
		// replaced by ". Le juge" reads "agit. Le juge"), a space before a
		// semicolon or a colon ("tranche." with "." replaced by ";" reads
		// "tranche ;"), the text's own kind of space.
		switch {
		case (strings.HasPrefix(r, ".") || strings.HasPrefix(r, ",")) && hits[k] > 0:
			pre = strings.TrimRight(pre, " \u00a0")
		case (strings.HasPrefix(r, ";") || strings.HasPrefix(r, ":")) && (wordRune(s[:hits[k]], true) || strings.HasSuffix(s[:hits[k]], ")") || strings.HasSuffix(s[:hits[k]], "»")):
			if strings.Contains(s, "\u00a0;") || strings.Contains(s, "\u00a0:") {
				pre += "\u00a0"
			} else {
				pre += " "
			}
		}
		b.WriteString(pre)
		// Words that replace words beginning or ending with punctuation
		// glued to the text (", seul," in "maire, seul, agit") are not
		// glued to their neighbours: "maire seul agit", not "maireseul".
		if r != "" && wordRune(s[:hits[k]], true) && wordRune(r, false) {
			b.WriteByte(' ')
		}
		b.WriteString(r)
		if r != "" && wordRune(r, true) && wordRune(s[hits[k+1]:], false) {
			b.WriteByte(' ')
		}
		prev = hits[k+1]
		joined = ""
		if joinsSentences(s[hits[k]:hits[k+1]], r) {
			joined = r
		}
	}
	b.WriteString(lowerAfterJoin(s[prev:], joined))
	return b.String(), len(hits) / 2
}

// wordRune reports whether the last (or first) character of s is a letter
// or a digit.
func wordRune(s string, last bool) bool {
	r := edgeRune(s, last)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// edgeRune is the last character of s (the first, when last is false).
func edgeRune(s string, last bool) rune {
	if last {
		r, _ := utf8.DecodeLastRuneInString(s)
		return r
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// closingSign is the " ;" or " :" (with the space before it, plain or
// no-break, if any) that ends words w after a word of theirs, "" if none.
func closingSign(w string) string {
	if !strings.HasSuffix(w, ";") && !strings.HasSuffix(w, ":") {
		return ""
	}
	body := strings.TrimRight(w[:len(w)-1], " \u00a0\u202f")
	if body == "" || strings.ContainsAny(body[len(body)-1:], ";:.,") {
		return ""
	}
	return w[len(body):]
}

// deleteAt removes the hits and one adjoining space (and one of two
// commas that enclosed them).
func deleteAt(s string, hits []int) (string, int) {
	if len(hits) == 0 {
		return s, 0
	}
	var b strings.Builder
	prev := 0
	for k := 0; k+1 < len(hits); k += 2 {
		i, j := hits[k], hits[k+1]
		if i < prev {
			continue
		}
		if before := strings.TrimRight(s[:i], " \u00a0"); j > i && s[j-1] == '.' && (strings.Trim(s[j:], " \u00a0»\"”;") == "" || afterWord(s[i:j-1]) && nextSentence(s[j:])) && before != "" && !strings.ContainsAny(before[len(before)-1:], ".!?;:") {
			// Words deleted with the alinéa's final period ("le mot :
			// vite." on "… agit vite."): the period ends what is left
			// ("… agit."; it was lost); so with a sentence's period
			// before the next sentence ("le livre." on "Il lit le
			// livre. Il signe.": "Il lit. Il signe." — it gave "Il lit
			// Il signe.").
			j--
		}
		if sign := closingSign(s[i:j]); sign != "" && strings.Trim(s[j:], " \u00a0»\"”") == "" {
			// Words deleted with the item's closing " ;" (an
			// introduction's " :"): the sign ends what is left, as the
			// period does ("1° Part ;" — it was lost).
			if r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s[:i], " \u00a0")); unicode.IsLetter(r) || unicode.IsDigit(r) || r == ')' {
				j -= len(sign)
			}
		}
		pre := s[prev:i]
		starts := sentenceStart(s[:i])
		// A no-break space after them (before "\u00a0;") stays, the
		// plain one before them goes (it gave "publie \u00a0;":
		// TestGenAmNoBreakAfterDeletedWords).
		nbAfter := strings.HasPrefix(s[j:], "\u00a0") || strings.HasPrefix(s[j:], "\u202f")
		if strings.HasSuffix(pre, " ") && (j == len(s) || s[j] == ' ' || s[j] == ',' || s[j] == '.' || s[j] == ';' || s[j] == ')' || nbAfter) && !(starts && j < len(s) && s[j] == ' ') {
			// (Words that began a sentence keep the space before them: the
			// one after them goes below, "1° Seul avec" → "1° Avec".)
			pre = strings.TrimSuffix(pre, " ")
		}
		prev = j
		switch {
		case strings.HasSuffix(pre, ",") && j < len(s) && s[j] == ',':
			// Words deleted between two commas ("d'arrondissement, de
			// maire de secteur, de maire délégué"): one comma stays.
			prev = j + 1
		case strings.HasSuffix(pre, ",") && endsClause(s[j:]):
			// The last words before a period, a semicolon or a closing
			// parenthesis, set off by a comma ("le contrat, notamment."
			// without "notamment"): the comma goes too (it gave
			// "contrat,.").
			pre = strings.TrimSuffix(pre, ",")
		case strings.HasSuffix(pre, ",") && (strings.HasPrefix(s[j:], " et ") || strings.HasPrefix(s[j:], " ou ")):
			// An item deleted before the list's last ("arrêtés,
			// décisions et circulaires" without "décisions"): no comma
			// before "et" ("arrêtés et circulaires").
			pre = strings.TrimSuffix(pre, ",")
		case strings.HasSuffix(strings.TrimRight(pre, " "), "(") && j < len(s) && s[j] == ')':
			// The whole of a parenthesis ("Il signe (sauf urgence) le
			// contrat." without "sauf urgence"): the parentheses go too.
			pre = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(pre, " "), "("), " ")
			prev = j + 1
		case strings.HasSuffix(pre, "(") && j < len(s) && s[j] == ' ':
			// The first words of a parenthesis ("(sans délai)" without
			// "sans"): the next word opens it, "(délai)" — it gave "(
			// délai)"; the last ones, "(sans)", above.
			prev = j + 1
		}
		b.WriteString(pre)
		if starts {
			// The words that began a sentence are gone: the next word
			// begins it now, with its capital.
			for prev < len(s) && s[prev] == ' ' {
				prev++
			}
			r, n := utf8.DecodeRuneInString(s[prev:])
			if unicode.IsLower(r) {
				b.WriteString(string(unicode.ToUpper(r)))
				prev += n
			}
		}
	}
	b.WriteString(s[prev:])
	return b.String(), len(hits) / 2
}

// endsClause reports whether what follows deleted words closes their
// clause: a period, a semicolon, a colon or a closing parenthesis,
// spaces aside.
func endsClause(rest string) bool {
	t := strings.TrimLeft(rest, " \u00a0")
	return t != "" && strings.ContainsRune(".;:)", rune(t[0]))
}

var sentenceStartRe = mustRe(`(?:^|^["«“]\s*|^(?:[IVX]+|[A-Z]|\d+)\s*\.\s*[-–—―]\s*|^\d+°\s*)$`)

// sentenceStart reports whether text ending with pre starts a sentence:
// nothing, a sentence's end (a full stop that no abbreviation or initial
// holds, as sentenceBounds reads them), an opening quotation mark or a
// paragraph number before it.
func sentenceStart(pre string) bool {
	t := strings.TrimRight(pre, " \u00a0")
	if sentenceStartRe.MatchString(t) {
		return true
	}
	if lp := labelPrefix(pre); lp != "" && strings.TrimRight(lp, " \u00a0") == t {
		// Only an item's label before: "a) ", "1. ", "1° bis ".
		return true
	}
	if h := artLabel.FindString(pre); h != "" && strings.TrimRight(h, " \u00a0") == t {
		// Only an article's heading: "« Art. L. 1. – ".
		return true
	}
	switch {
	case t == "" || len(t) == len(pre):
		return false // no space after the stop: "L.O.", "3.5"
	case strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?"):
		return true
	case !strings.HasSuffix(t, "."):
		return false
	}
	i := len(t) - 1
	return i >= 1 && periodEnds(t, 0, i)
}

// quoteSpace is the space that follows an opening quotation mark r in the
// text after it (t): "« " keeps its space, a straight quote none.
func quoteSpace(t string, r rune) string {
	if r == '«' && (strings.HasPrefix(t, " ") || strings.HasPrefix(t, "\u00a0")) {
		return " "
	}
	return ""
}

// beforeElision is the text of line before its first elision mark,
// "..." or "…", and whether it has one.
func beforeElision(line string) (string, bool) {
	i := strings.Index(line, "...")
	if j := strings.Index(line, "…"); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i < 0 {
		return line, false
	}
	return line[:i], true
}

// restUnchangedEnd is the remark that ends a new beginning written
// without "…": "… contrôle (le reste sans changement)." (also "sans
// modification").
var restUnchangedEnd = mustRe(`(?i)\s*\(\s*(?:le\s+reste\s+)?sans\s+(?:changement|modification)s?\s*\)\s*[.;]?\s*$`)

// rewriteStart implements "Le début du 8° est ainsi rédigé : « 8° … par des
// bibliothèques… (le reste sans changement) »": the new beginning replaces
// the old one up to the last words they share.
// keepStart gives a new beginning of old the label, quotation mark and
// article's heading old begins with ("I. – ", "« Art. L. 1. – "), which
// are not words of its beginning, when it brings none of its own.
func keepStart(old, head string) string {
	if pre := old[:textStart(old)]; pre != "" && textStart(head) == 0 && !isQuoted(head) {
		return pre + head
	}
	return head
}

func rewriteStart(old, line string) (string, error) {
	head, ok := beforeElision(line)
	if m := restUnchangedEnd.FindStringIndex(line); !ok && m != nil {
		// "Le préfet de département contrôle (le reste sans
		// changement)": the remark ends the new beginning as "…" does.
		head, ok = line[:m[0]], true
	}
	if !ok {
		return "", applyErr("no \"…\" in the new beginning")
	}
	head = strings.TrimRight(head, " ")
	if h := keepStart(old, head); h != head {
		head = h
	} else if isQuoted(old) && !isQuoted(head) {
		// The opening quotation mark of a quoted alinéa is not a word
		// of its beginning: "« Lorsque …" keeps its « when the amendment
		// rewrites "Lorsque plusieurs référendums…".
		t := strings.TrimLeft(old, " ")
		r, n := utf8.DecodeRuneInString(t)
		head = string(r) + quoteSpace(t[n:], r) + head
	}
	words := strings.Fields(head)
	for n := min(6, len(words)); n >= 1; n-- {
		tail := strings.Join(words[len(words)-n:], " ")
		hits := findWords(old, tail)
		if len(hits) == 0 {
			continue
		}
		return head + old[hits[1]:], nil
	}
	return "", applyErr("the new beginning shares no words with the text in force")
}

// hasElision says whether line holds an elision mark, "..." or "…".
func hasElision(line string) bool {
	_, ok := beforeElision(line)
	return ok
}

// itemOffItsList refuses an item an amendment adds at the end of a bill
// article, outside the bill's quotation, whose label goes on from or
// repeats an item of the quoted text, the bill's own lines holding no
// item of its kind: "Compléter cet article par l'alinéa suivant : « 3°
// … »" where the quoted list « 1° … » « 2° … » (or « 3° … ») is followed
// by a plain alinéa — the list ends before that alinéa; the item's place
// (in the list, or after the alinéa as a second 3°) is not said (it was
// set after the alinéa, unquoted).
func itemOffItsList(al []string, at int) error {
	if at <= 0 || at >= len(al) || isQuoted(al[at]) {
		return nil
	}
	lab, kind := labelOf(al[at])
	r := latinRank(lab, kind)
	if r == 0 {
		return nil
	}
	found := ""
	for i := 0; i < at; i++ {
		l, k := labelOf(al[i])
		if k != kind {
			continue
		}
		if !isQuoted(al[i]) {
			// A list of the bill's own: rankAmidItems reads it.
			return nil
		}
		if lr := latinRank(l, k); lr <= r && lr >= r-100 {
			// Its own label, or the one before ("2°", "2° bis" before
			// a "3°": ranks count by hundreds).
			found = l
		}
	}
	if found == "" {
		return nil
	}
	return applyErr(fmt.Sprintf("a new %s at the article's end, after the quoted list that holds %s: in that list or after it is not said", lab, found))
}

// inlineLabelRe is an item's label inside an alinéa, after the colon
// that announces its list or the semicolon that ends the item before
// ("1° L'article L. 1 est ainsi modifié : a) … ; b) … ;"): a letter
// with its parenthesis or a number with its degree (group 1).
var inlineLabelRe = mustRe(`[:;]\s+((?:[a-z]{1,2}(?:\s+` + latinOrd + `)?\)|\d+\s?°(?:\s*` + latinOrd + `)?)\s)`)

// inlineItem is the item named want that an alinéa of [lo, hi) holds
// inside its line, its sub-items written on one line: the line and the
// span [from, to) of the item, from its label to the next item's label.
// Found in no line: itemNotFound. Refused: the label in more than one
// place (two lines, or twice in one), and an item followed on its line by
// a label of a lower division or announcing the labels after it ("b) Le
// II est ainsi modifié : 1° …": its own sub-items, where it ends is not
// said); its dashes ("b) … : – … ; – …") are no labels, and go with it. Labels inside quotations are the quoted text's, never items.
func inlineItem(al []string, lo, hi int, want string) (line, from, to int, err error) {
	line = -1
	for i := lo; i < hi; i++ {
		s := al[i]
		spans := quoteSpans(s)
		var labels [][2]int // start of each label, its kind
		for _, m := range inlineLabelRe.FindAllStringSubmatchIndex(s, -1) {
			if !inSpans(spans, m[2]) {
				_, k := label(s[m[2]:])
				labels = append(labels, [2]int{m[2], int(k)})
			}
		}
		for j, l := range labels {
			if lab, _ := label(s[l[0]:]); lab != want {
				continue
			}
			if line >= 0 {
				return 0, 0, 0, applyErr(fmt.Sprintf("item %q found twice inside alinéas: which one is meant is not said", want))
			}
			line, from, to = i, l[0], len(s)
			if j+1 < len(labels) {
				next := labels[j+1]
				if byte(next[1]) != byte(l[1]) && !ranksAbove(byte(next[1]), byte(l[1])) {
					return 0, 0, 0, applyErr(fmt.Sprintf("item %q holds items of its own on its line: where it ends is not said", want))
				}
				to = next[0]
				if strings.HasSuffix(strings.TrimRight(s[:to], " "), ":") {
					// "b) Le II est ainsi modifié : 1° … ; 2° …": the
					// labels after it are its own.
					return 0, 0, 0, applyErr(fmt.Sprintf("item %q announces items of its own on its line: where it ends is not said", want))
				}
			}
		}
	}
	if line < 0 {
		return 0, 0, 0, itemNotFound{item: want}
	}
	return line, from, len(strings.TrimRight(al[line][:to], " ")), nil
}

// inlineWords applies a word operation ("remplacer le mot : « A » par …",
// "supprimer …", "après le mot : « A », insérer …") to the item want that
// an alinéa of [lo, hi) holds inside its line (inlineItem): the words
// are sought in that item alone, its label kept.
func inlineWords(c Corpus, e Edit, opt ApplyOptions, al []string, lo, hi int, want string) error {
	if e.Kind != EditReplaceWords && e.Kind != EditDeleteWords && e.Kind != EditInsertWords || e.Scope.Sentence != 0 || e.Scope.Where != "" || e.Scope.SentencesToEnd || e.Through != "" {
		return applyErr(fmt.Sprintf("item %q inside an alinéa: only its words can be edited", want))
	}
	i, from, to, err := inlineItem(al, lo, hi, want)
	if err != nil {
		return err
	}
	seg := al[i][from:to]
	pre := labelPrefix(seg)
	one := e
	one.Scope.Path, one.Scope.Within = nil, nil
	o := opt
	o.grp = nil
	a := c[e.Scope.Ref]
	t := a
	t.Alineas = []string{seg}
	tmp := Corpus{e.Scope.Ref: t}
	if err := applyEdit(tmp, one, o); err != nil {
		return err
	}
	got := tmp[e.Scope.Ref].Alineas
	if len(got) != 1 || pre == "" || !strings.HasPrefix(got[0], pre) {
		return applyErr(fmt.Sprintf("item %q inside an alinéa: its label edited", want))
	}
	out := append([]string(nil), al...)
	out[i] = al[i][:from] + got[0] + al[i][to:]
	a.Alineas = out
	c[e.Scope.Ref] = a
	return nil
}
