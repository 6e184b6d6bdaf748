package law

import (
	"errors"
	"strings"
)

// The subject of a bill's operation given by a pronoun ("il", "elle",
// "ils", "elles", "celui-ci", "ce dernier", …) stands for a place only
// where a context names one: the item's head ("1° L'article L. 1 est
// ainsi modifié :" / "a) Il est complété par une phrase …"), read as that
// place. Elsewhere what it stands for is not said, and the place next to
// it was taken for it:
//
//   - a pronoun after a place named in the same sentence ("À l'article
//     L. 1 du code civil, il est supprimé", "…, elle est abrogée", "…,
//     celui-ci est ainsi rédigé : « … »"): the article was deleted or
//     rewritten; a place is put "à", "au" only for an operation within
//     it, so the pronoun is none of it (errPronounAfterPlace28);
//   - a pronoun opening an instruction with no head naming a place above
//     it ("2° Il est complété …" after "1° L'article L. 1 est complété …":
//     the sibling's subject, or its alinéa, is not said), or "ce dernier"
//     ("the latter": which of the places named last is not said)
//     (errPronounNoPlace28);
//   - a pronoun that does not agree with the place the head names: "Il"
//     under "Les articles L. 1 et L. 2 sont ainsi modifiés :" (it was
//     applied to each), "Ils" under one article, "Elle" under an article
//     or an alinéa, "Il" under a sentence or a section
//     (errPronounDisagrees28).
//
// The impersonal "il" ("Il est inséré un article L. 2 ainsi rédigé",
// "Il est ajouté un 3° …", "il est procédé à …") is no subject: read.
var (
	errPronounAfterPlace28 = errors.New("the subject of the operation is a pronoun after the place named, which it is not")
	errPronounNoPlace28    = errors.New("the subject of the operation is a pronoun, and no head above it names the place it stands for")
	errPronounDisagrees28  = errors.New("the subject of the operation is a pronoun that does not agree with the place its head names")
)

// pronounSubj28 is a personal or demonstrative pronoun (folded).
const pronounSubj28 = `(il|elle|ils|elles|celui-ci|celle-ci|ceux-ci|celles-ci|ce\s+dernier|cette\s+derniere|ces\s+derniers|ces\s+dernieres)`

// pronounVerb28 is a verb that takes a place for subject, in the passive
// (or "devient"): not the impersonal "il est inséré (ajouté, créé,
// rétabli, apporté, procédé …)".
const pronounVerb28 = `\s+(?:(?:est|sont)\s+(?:(?:ainsi|desormais|alors)\s+)?(?:supprime|abroge|redige|remplace|complete|modifie|precede|renumerote|deplace|transfere)|devien(?:t|nent)\b)`

var (
	// rePronounAfterPlace28 is a pronoun subject after a comma (group 1).
	rePronounAfterPlace28 = mustRe(`,\s*(?:et\s+)?` + pronounSubj28 + pronounVerb28)
	// rePronounFirst28 is a pronoun subject opening the instruction
	// (group 1), after its label if any.
	rePronounFirst28 = mustRe(`^(?:(?:[ivxlc]+\s*\.?\s*[-–—]|\d+°(?:\s+[a-z]+)?|[a-z]\)(?:\s+[a-z]+)?)\s*)?` + pronounSubj28 + pronounVerb28)
)

// pronounSubject28 refuses a pronoun subject that stands for no place the
// engine reads (above), or returns nil. low is the instruction folded,
// its quotations marked; top is the head above it (nil: none).
func pronounSubject28(low string, top *frame) error {
	low = strings.TrimSpace(low)
	if m := rePronounAfterPlace28.FindStringSubmatch(low); m != nil {
		return reasonOf(errPronounAfterPlace28, errPronounAfterPlace28.Error()+": "+m[1])
	}
	m := rePronounFirst28.FindStringSubmatch(low)
	if m == nil {
		return nil
	}
	pro := strings.Join(strings.Fields(m[1]), " ")
	if strings.HasSuffix(pro, "dernier") || strings.HasSuffix(pro, "derniere") || strings.HasSuffix(pro, "derniers") || strings.HasSuffix(pro, "dernieres") {
		return reasonOf(errPronounNoPlace28, errPronounNoPlace28.Error()+": "+pro+" (which place named last is not said)")
	}
	if top == nil || top.unread {
		return reasonOf(errPronounNoPlace28, errPronounNoPlace28.Error()+": "+pro)
	}
	if top.heading || top.table || top.words22 != nil || top.deferred {
		return nil // read by their own rules
	}
	sc := top.scope
	if sc.Ref.Article == "" && len(sc.Division) == 0 {
		return reasonOf(errPronounNoPlace28, errPronounNoPlace28.Error()+": "+pro+" (the head names a text, no place in it)")
	}
	plural := pro == "ils" || pro == "elles" || pro == "ceux-ci" || pro == "celles-ci"
	feminine := pro == "elle" || pro == "elles" || pro == "celle-ci" || pro == "celles-ci"
	if a := top.agree28; a != "" {
		// The head's participle: "L'article L. 1 est ainsi modifié :"
		// (ms), "Les articles L. 1 et L. 2 sont ainsi modifiés :" (mp),
		// "La première phrase est ainsi modifiée :" (fs).
		if a[0] != '?' && (a[0] == 'f') != feminine || (a[1] == 'p') != plural {
			return reasonOf(errPronounDisagrees28, errPronounDisagrees28.Error()+": "+pro+" under a head of "+agreeSaid28[a])
		}
		return nil
	}
	if placeSeveral28(*top) != plural {
		return reasonOf(errPronounDisagrees28, errPronounDisagrees28.Error()+": "+pro)
	}
	if g, known := placeFeminine28(sc); known && g != feminine {
		return reasonOf(errPronounDisagrees28, errPronounDisagrees28.Error()+": "+pro)
	}
	return nil
}

// eachAgree28 is the agreement of the head a over n places, read on each
// by instructionEach: its own when said, else the plural of no gender
// known when n > 1 ("Aux articles L. 1 et L. 2 :" / "a) Il est
// complété …": refused; it was applied to each).
func eachAgree28(a string, n int) string {
	if a == "" && n > 1 {
		return "?p"
	}
	return a
}

// agreeSaid28 names each agreement of frame.agree28.
var agreeSaid28 = map[string]string{"?p": "the plural", "ms": "the masculine singular", "fs": "the feminine singular", "mp": "the masculine plural", "fp": "the feminine plural"}

// reHeadAgreement28 is the verb of a head announcing its items (folded):
// "est ainsi modifié :", "sont ainsi modifiées :", "est modifié comme
// suit :" (groups: the auxiliary, the feminine's e, the plural's s).
var reHeadAgreement28 = mustRe(`\b(est|sont)\s+(?:ainsi\s+)?modifie(e?)(s?)\b[^:]*:\s*$`)

// headAgreement28, deferred at the start of a body's reading with the
// stack's depth, keeps on the head the body pushed (in a Context) how
// its participle agrees (frame.agree28).
func (p *parser) headAgreement28(in *Instruction, depth int, low string) {
	if in.Status != Context || len(p.stack) <= depth {
		return
	}
	m := reHeadAgreement28.FindStringSubmatch(strings.TrimSpace(low))
	if m == nil {
		return
	}
	a := "m"
	if m[2] == "e" {
		a = "f"
	}
	if m[1] == "sont" {
		a += "p"
	} else {
		a += "s"
	}
	if (m[3] == "s") != (m[1] == "sont") {
		return // no agreement said
	}
	p.stack[len(p.stack)-1].agree28 = a
}

// placeSeveral28 reports whether the head f names several places: several
// articles (f.also, a range), several alinéas or sentences in one.
func placeSeveral28(f frame) bool {
	if len(f.also) > 0 || f.rangeTo != "" || f.scope.RangeTo != "" || f.scope.SentencesToEnd {
		return true
	}
	if n := len(f.scope.Path); n > 0 && f.scope.Sentence == 0 {
		c := f.scope.Path[n-1].Count
		return c > 1 || c < 0
	}
	return false
}

// placeFeminine28 is the gender of the place sc names, when known: a
// sentence ("la première phrase") and a section are of the feminine; an
// article, an alinéa, an item ("le 1°", "le I", "le a"), a chapter, a
// title, a book of the masculine.
func placeFeminine28(sc Scope) (feminine, known bool) {
	switch {
	case sc.Sentence > 0:
		return true, true
	case sc.Where != "":
		return false, false
	case len(sc.Path) > 0:
		return false, true
	case sc.Ref.Article != "":
		return false, true
	case len(sc.Division) > 0:
		last := sc.Division[len(sc.Division)-1]
		switch {
		case strings.HasPrefix(last, "section") || strings.HasPrefix(last, "sous-section"):
			return true, true
		case strings.HasPrefix(last, "chapitre") || strings.HasPrefix(last, "titre") || strings.HasPrefix(last, "livre"):
			return false, true
		}
	}
	return false, false
}

// "Ce même article", "à ce même alinéa", "de ce même 2°", "cette même
// phrase" name back the place as "le même article", "au même alinéa",
// "du même 2°", "la même phrase" do, and are read so (they were not
// read: "no target article", "unrecognised item designation"), the
// same refusals following when none or several places are before.
var (
	reThisSameAt28 = mustRe(`(^|\s)([ÀàAa])\s+ce\s+même\s+(article|alinéa|paragraphe|\d+°|[IVX]+\b)`)
	reThisSameOf28 = mustRe(`(^|\s)([Dd])e\s+ce\s+même\s+(article|alinéa|paragraphe|\d+°|[IVX]+\b)`)
	reThisSame28   = mustRe(`(^|\s)([Cc])e\s+même\s+(article|alinéa|paragraphe|\d+°|[IVX]+\b)`)
	reThisSamePh28 = mustRe(`(^|\s)([Cc])ette\s+même\s+phrase\b`)
)

// thisSame28 rewrites those forms before the body's first quotation
// mark (« " “): after it, they may be the new text's words.
func thisSame28(body string) string {
	if !strings.Contains(body, "même") {
		return body
	}
	return beforeFirstQuote(body, func(part string) string {
		part = reThisSameAt28.ReplaceAllStringFunc(part, func(m string) string {
			return sameSaid28(reThisSameAt28, m, "au", "Au")
		})
		part = reThisSameOf28.ReplaceAllStringFunc(part, func(m string) string {
			return sameSaid28(reThisSameOf28, m, "du", "Du")
		})
		part = reThisSame28.ReplaceAllStringFunc(part, func(m string) string {
			return sameSaid28(reThisSame28, m, "le", "Le")
		})
		part = reThisSamePh28.ReplaceAllStringFunc(part, func(m string) string {
			return sameSaid28(reThisSamePh28, m, "la", "La")
		})
		return part
	})
}

// sameSaid28 is the match m of re (groups: the space before, the first
// letter, the place's name) said with "même" after the determiner det
// (capital when the first letter is one).
func sameSaid28(re *lre, m, det, capital string) string {
	g := re.FindStringSubmatch(m)
	if strings.ToLower(g[2]) != g[2] {
		det = capital
	}
	name := "même phrase"
	if len(g) > 3 {
		name = "même " + g[3]
	}
	return g[1] + det + " " + name
}
