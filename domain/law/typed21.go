package law

import "errors"

// The refusals at parse time that set a reason only, a string callers
// could not test, each given its typed error kept on
// Instruction.refusal (errors.Is), its Reason the same text as before.
// A reason of fixed text is its error's; a reason that names its case
// (a count, a label, the cause of a refusal read inside) is a
// typedReason of its kind, its text the reason.
var (
	// errSentencesOverAlineas: new sentences quoted over several
	// alinéas ("… par deux phrases ainsi rédigées :", "« A. »", "« B. »").
	errSentencesOverAlineas = errors.New("new sentences quoted over several alinéas: alinéas or sentences, not said")
	// errSecondQuotedAlinea: one alinéa (sentence) announced, a second
	// quoted alinéa after its quotation.
	errSecondQuotedAlinea = errors.New("one alinéa (sentence) announced, a second quoted alinéa after its quotation")
	// errArticleUnderSeveral: an article named under a head naming
	// several texts ("Les codes civil et de commerce sont ainsi
	// modifiés :", "1° À l'article L. 3, …").
	errArticleUnderSeveral = errors.New("an article named under a context naming several: not each target's")
	// errNoEditInsideRange: under a range of articles, an instruction
	// that does not edit inside each of them.
	errNoEditInsideRange = errors.New("under a range of articles, an instruction that is no edit inside each of them")
	// errPartsLeftOut: new text with parts left out (« … »).
	errPartsLeftOut = errors.New("new text with parts left out (« … »)")
	// errClauseAfterAnnouncement: "Le 3° est ainsi rédigé, à titre
	// expérimental :", the clause named.
	errClauseAfterAnnouncement = errors.New("a clause after the new text's announcement, not read")
	// errTextAfterContext: "L'article L. 1 est ainsi modifié :" then
	// quoted new text.
	errTextAfterContext = errors.New("new text after a context (« ainsi modifié : »), not an instruction's")
	// errSentenceCount: n sentences announced, another count given.
	errSentenceCount = errors.New("sentences announced and given not as many")
	// errMixedSubjects: items and alinéas joined as subjects of another
	// operation than a deletion.
	errMixedSubjects = errors.New("items and alinéas (or items of a division and its siblings) joined as subjects of another operation than a deletion: whether the item takes the alinéa is not said")
	// errAnnouncedLabelDiffers: "il est inséré un 3° ainsi rédigé :
	// « 4° … »".
	errAnnouncedLabelDiffers = errors.New("the new text labelled otherwise than announced")
	// errAnnouncedLabelMissing: "il est inséré un 2° bis ainsi rédigé :
	// « Partir ; »".
	errAnnouncedLabelMissing = errors.New("the new text under no label, one announced")
	// errUnknownCode: new articles created in no code named nor set.
	errUnknownCode = errors.New("article of an unknown code")
	// errAlineasAsWords: "par des alinéas ainsi rédigés :" then text
	// that begins as words ("« , sauf urgence »").
	errAlineasAsWords = errors.New("new alinéas announced with no noun that begin as words")
	// errAlineaCount: n alinéas announced, another count given.
	errAlineaCount = errors.New("alinéas announced and given not as many")
	// errArticleCount: n articles announced, another count given.
	errArticleCount = errors.New("articles announced and given not as many")
	// errEntryIntoForce: an alinéa read as no instruction that sets
	// when parts of the law take effect.
	errEntryIntoForce = errors.New("an entry into force")
	// errTextNotIdentified: new articles in a text not identified.
	errTextNotIdentified = errors.New("new articles in a text not identified")
	// errPlaceBetweenUnread: "entre les mots : « a » et « b »" not read
	// as one place.
	errPlaceBetweenUnread = errors.New("a place between two, not read")
	// errPartLeftOutUnread: a part left out of a word operation ("à
	// l'exception du 2°"), not read; the reason says why.
	errPartLeftOutUnread = errors.New("a part left out of a word operation, not read")
	// errRangeExceptionUnread: an exception to a range repealed, not
	// read; the reason says why.
	errRangeExceptionUnread = errors.New("an exception to a range repealed, not read")
	// errPartsKeptOutUnread: paragraphs kept out of an instruction that
	// is not an article's repeal alone.
	errPartsKeptOutUnread = errors.New("paragraphs kept out of an article repealed, not read: the instruction is not that article's repeal alone")
	// errArticleLeftOutUnread: an article left out of a word operation
	// over several articles, not read; the reason says why.
	errArticleLeftOutUnread = errors.New("an article left out of a word operation over several articles, not read")
	// errOperationAfterPayloadUnderSeveral: an operation after the new
	// text's closing mark, under a head naming several targets.
	errOperationAfterPayloadUnderSeveral = errors.New("an operation after the new text's closing mark, under a head naming several targets")
	// errOperationAfterPayload: the two clauses of an instruction whose
	// new text closes before a second operation, refused; the cause
	// is the clauses' refusal.
	errOperationAfterPayload = errors.New("an operation after the new text's closing mark")
	// errRenumberedModified: renumbered and modified, not whole articles
	// or items.
	errRenumberedModified = errors.New("renumbered and modified: only whole articles or items")
	// errRenumberedRewritten: renumbered and rewritten, not one whole
	// article.
	errRenumberedRewritten = errors.New("renumbered and rewritten: only one whole article")
	// errRenumberedTextOther: the new text's article is not the one
	// renumbered.
	errRenumberedTextOther = errors.New("the new text's article is not the one renumbered")
	// errGroupingRefused: a grouping of divisions not read
	// (groupingRefused); the reason says which.
	errGroupingRefused = errors.New("a grouping of divisions refused")
	// errExceptionRefused: an exception not read (exceptionRefused); the
	// reason says which.
	errExceptionRefused = errors.New("an exception refused")
	// errRewrittenEndUnread: a rewritten or deleted end ("la fin du
	// 2° est ainsi rédigée") not read; the reason says why.
	errRewrittenEndUnread = errors.New("a rewritten end not read")
	// errClausesUnread: two clauses of one instruction not read; the
	// cause, when a clause was refused, is its refusal.
	errClausesUnread = errors.New("two clauses not read")
	// errDeferred: an instruction deferred (deferTo): a later date or
	// an entry into force sets when it takes effect.
	errDeferred = errors.New("deferred")
)

// typedReason is a reason of kind, as written, and the refusal it
// comes from (cause), when there is one: errors.Is finds both.
type typedReason struct {
	kind, cause error
	text        string
}

func (e typedReason) Error() string { return e.text }

// Unwrap gives the kind, and the cause when there is one.
func (e typedReason) Unwrap() []error {
	if e.cause == nil {
		return []error{e.kind}
	}
	return []error{e.kind, e.cause}
}

// reasonOf is the refusal of kind whose reason is text.
func reasonOf(kind error, text string) error {
	return typedReason{kind: kind, text: text}
}

// refuseKeeping refuses in at parse time with err, its Reason err's
// text; its edits are left as they are.
func refuseKeeping(in *Instruction, err error) {
	in.Status, in.Reason, in.refusal = Unparsed, err.Error(), err
}

// refusalSaid is in's refusal when its Reason says it, else nil.
func refusalSaid(in *Instruction) error {
	if in.refusal != nil && in.Status == Unparsed && in.Reason == in.refusal.Error() {
		return in.refusal
	}
	return nil
}

// refusalsSaid keeps on each instruction only the refusal its Reason
// still says: an instruction read again (parsed, or refused anew with
// a reason of another kind) loses the refusal left from before.
func refusalsSaid(out []Instruction) {
	for k := range out {
		out[k].refusal = refusalSaid(&out[k])
	}
}

// reAllAlineas is the alinéas of a division named by their number
// alone, "les deux alinéas (de l'article L. 1)", "aux trois alinéas du
// II": every alinéa of it, which must be that many (group: the number).
// Not "suivants", "précédents" (counted from a place), nor new text
// ("ainsi rédigés").
var reAllAlineas = mustRe(`\b(?:les|des|aux)\s+(` + cardinalWords + `)\s+alineas\b(\s+(?:suivants|precedents|ainsi|qui|restants|nouveaux))?`)

// reBesideAll is a place beside what follows: "avant", "après",
// "entre" end the text before the alinéas named.
var reBesideAll = mustRe(`\b(?:avant|apres|entre)\s*$`)

// allAlineas gives the mentions of reAllAlineas in divText (folded):
// alinéas 1 to n, the first the n-th from the end — the division holds
// n alinéas, else the edit is refused at its application (it was
// refused here: a designation not read). A number under two, or a
// place beside them ("Avant les deux alinéas du II"), is no mention.
func allAlineas(divText string) (pos []int, divs []Division) {
	for _, m := range reAllAlineas.FindAllStringSubmatchIndex(divText, -1) {
		if m[4] >= 0 || reBesideAll.MatchString(divText[:m[0]]) {
			continue
		}
		n := cardinal(divText[m[2]:m[3]])
		if n < 2 {
			continue
		}
		pos = append(pos, m[0])
		divs = append(divs, Division{Alinea: 1, Count: n, FromEnd: -n})
	}
	return pos, divs
}

// errFollowingNamed: an alinéa or a sentence named as the one(s)
// following a place, "l'alinéa suivant est supprimé", "Après le premier
// alinéa, les deux alinéas suivants sont ainsi rédigés :", "L'alinéa
// suivant le premier alinéa …": the place named before it was edited
// instead (the first alinéa deleted or rewritten). Refused: which the
// following ones are is counted from a place the grammar does not keep.
var errFollowingNamed = errors.New("an alinéa or a sentence named as following a place, not read")

// reFollowingNamed is "l'alinéa suivant", "la phrase suivante", "les
// (deux) alinéas suivants", "les phrases suivantes", folded, and what
// follows it (group 1): new text announced ("il est inséré l'alinéa
// suivant :") has a colon or nothing after.
var reFollowingNamed = mustRe(`\b(?:l'\s*alinea|la\s+phrase|les\s+(?:(?:` + cardinalWords + `)\s+)?(?:alineas|phrases))\s+suivante?s?\b\s*(.?)`)

// followingNamed refuses an instruction whose place names alinéas or
// sentences as following another, low its body folded (quotations
// left out).
func followingNamed(low string) error {
	for _, m := range reFollowingNamed.FindAllStringSubmatch(unquoted14(low), -1) {
		if m[1] != ":" && m[1] != "" {
			return errFollowingNamed
		}
	}
	return nil
}
