package law

import (
	"fmt"
	"html"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// EditKind is the kind of one edit to a text in force.
type EditKind string

const (
	// EditReplaceWords replaces every occurrence of Old by New in the scope
	// (with an Anchor and no Occurrences: the first Old after — or, if
	// Before, the last before — the anchor's only occurrence).
	EditReplaceWords EditKind = "replace-words"
	// EditDeleteWords deletes every occurrence of Old in the scope (only
	// those after the Occurrences-th occurrences of Anchor, if set; with
	// an Anchor and no Occurrences, as EditReplaceWords).
	EditDeleteWords EditKind = "delete-words"
	// EditInsertWords inserts New after (or, if Before, before) every
	// occurrence of Anchor in the scope.
	EditInsertWords EditKind = "insert-words"
	// EditAppendWords adds New at the end of the scope.
	EditAppendWords EditKind = "append-words"
	// EditRewrite replaces the scope by Lines.
	EditRewrite EditKind = "rewrite"
	// EditRewriteStart replaces the beginning of the scope by Lines[0], up
	// to the last words they share ("… (le reste sans changement)"); with
	// an Anchor, up to and including the anchor's only occurrence ("le
	// début … jusqu'aux mots : « A » est ainsi rédigé"); with an Anchor
	// and no Lines, that start is deleted ("… est supprimé"); with Before
	// too, up to the anchor, the anchor kept ("Avant le mot : « A »,
	// rédiger ainsi le début …").
	EditRewriteStart EditKind = "rewrite-start"
	// EditDelete deletes the scope (an article, an alinéa, an item, a
	// sentence). A numbered item is kept as "4° (Abrogé)", as Légifrance does.
	EditDelete EditKind = "delete"
	// EditAppendAlineas adds Lines after the scope's last alinéa.
	EditAppendAlineas EditKind = "append-alineas"
	// EditInsertAlineas inserts Lines after (or, if Before, before) the scope.
	EditInsertAlineas EditKind = "insert-alineas"
	// EditInsertSentences inserts Lines, as sentences, after the scope's sentence.
	EditInsertSentences EditKind = "insert-sentences"
	// EditCreateArticles adds NewArticles to the code.
	EditCreateArticles EditKind = "create-articles"
	// EditRewriteHeading rewrites a division heading (titre, chapitre, …).
	// Headings are not articles: Apply records it and changes nothing.
	EditRewriteHeading EditKind = "rewrite-heading"
	// EditRewriteEnd replaces the end of the scope, from just after Anchor
	// (its first occurrence, or the Occurrences-th; from the anchor itself
	// when Before: "à partir des mots"), by Lines joined; with
	// no Lines the end is deleted and the scope's closing punctuation kept.
	// Alinéas of the scope after the anchor's are deleted ("la fin de
	// l'article est ainsi rédigée").
	EditRewriteEnd EditKind = "rewrite-end"
	// EditRenumber moves the scope (an article, or alinéas of one) to a new
	// article To. Consecutive renumberings apply together, as the law
	// reads them ("font l'objet de la nouvelle numérotation suivante"):
	// each source is taken from the text as it stood before the first.
	EditRenumber EditKind = "renumber"
	// EditRelabel gives the item the scope ends on a new label, New ("le
	// 3° devient le 4°"): the label at the start of its first alinéa is
	// replaced, its punctuation kept.
	EditRelabel EditKind = "relabel"
	// EditCreateDivision creates a division of a code, Lines its heading,
	// made of articles that are already there ("il est inséré un chapitre
	// Ier intitulé : « … », comprenant l'article L. 691-1"). Division
	// headings are not articles: Apply records it and changes nothing.
	EditCreateDivision EditKind = "create-division"
	// EditRenumberDivision renumbers a division of a code ("la section 2
	// devient la section 3"). Division headings are not articles: Apply
	// records it and changes nothing.
	EditRenumberDivision EditKind = "renumber-division"
)

// Division designates part of an article: a numbered or lettered item
// ("8°", "1", "a", "II") or an alinéa (1-based; -1 is the last, -2 the one
// before). Exactly one of Item and Alinea is set.
type Division struct {
	Item   string
	Alinea int
	// Count is the number of alinéas from Alinea ("les deux derniers
	// alinéas": Alinea -2, Count 2; "les quatrième à douzième alinéas":
	// Alinea 4, Count 9); 0 means 1; toTheEnd (-1) every alinéa from
	// Alinea to the end ("les deuxième à dernier alinéas"), toTheEnd-1
	// (-2) to the one before the last ("les deuxième à avant-dernier
	// alinéas"), and so on.
	Count int
	// Numbered is set when Alinea is an amendment's "alinéa 6": counted
	// from the start of the bill article as tabled, every alinéa included.
	Numbered bool
	// FromEnd, with a positive Alinea, is that alinéa's rank counted from
	// the end of its division too: -1 the last ("le second et dernier
	// alinéa"), -2 the one before ("le troisième et avant-dernier
	// alinéa"); if it is not that one, the edit is refused. 0 says
	// nothing.
	FromEnd int
	// Proposed names an article of a code whose text the bill article
	// proposes, quoted ("le texte proposé pour l'article L. 558-48": the
	// alinéas from "« Art. L. 558-48. –" to the next article or the end
	// of the quotation); the divisions after it count inside that text.
	Proposed string
	// Dash makes Alinea count the dashes of a list ("le deuxième tiret
	// du 3°": the second alinéa opening with "– " in the 3°), the dashes
	// of the division being one list.
	Dash bool
	// GoesOn marks an item a range names and goes on past ("les 2° à
	// 4°" for the 2° and the 3°): the items the text numbers after it
	// with its number and a Latin adverb ("2° bis") are the range's too.
	GoesOn bool
}

// Scope is where an edit applies: an article, then a path of divisions from
// the largest to the smallest, then optionally a sentence (1-based, -1 last).
type Scope struct {
	Ref      CodeRef
	Path     []Division
	Sentence int
	// SentenceLast says the sentence Sentence is also the last of its
	// alinéa ("la seconde et dernière phrase"): if it is not, the edit is
	// refused.
	SentenceLast bool
	// SentencesToEnd, with a positive Sentence, makes the scope that
	// sentence and every one after it in its alinéa ("les deuxième à
	// dernière phrases"), counted on the text before the instruction.
	// Only a deletion or a rewriting takes it; any other edit is refused.
	SentencesToEnd bool
	// SentencesButLast, with SentencesToEnd, stops the range that many
	// sentences before the last ("les deuxième à avant-dernière phrases":
	// 1; "le premier alinéa, à l'exception de ses deux dernières
	// phrases": 2), counted on the text before the instruction too.
	SentencesButLast int
	// Where is "start" or "end" when the text says "au début" / "à la fin".
	Where string
	// OnlyInSentence, with Sentence, says the alinéa may be meant whole:
	// an amendment's "Alinéas 1 et 6, dernière phrase" names the sentence
	// of each, or of the 6 only. A word operation is applied when both
	// readings agree — its words not in the alinéa outside that sentence
	// —, any other edit refused.
	OnlyInSentence bool
	// OneAlinea says the instruction pointed at "cet alinéa" where its
	// place is a part or an item ("Au I, supprimer cet alinéa"): the
	// division must be one alinéa, or the edit is refused (its first
	// alinéa or all of it is not said).
	OneAlinea bool
	// Division, for a scope that is a division of a code rather than an
	// article ("le chapitre Ier du titre VI du livre III"), names it as
	// the code's folders do, largest first: livre-iii, titre-vi,
	// chapitre-ier.
	Division []string
	// RangeTo, if set, makes the scope every article of the code from
	// Ref.Article to RangeTo ("les articles L. 1 à L. 5"), as numbered.
	RangeTo string
	// Everywhere makes the scope every article of the code Ref.Code
	// names ("Dans l'ensemble du code civil, les mots …"), or of its
	// Division when one is named ("Au chapitre Ier du titre II …, les
	// mots …"): a word operation applies wherever its words are found.
	Everywhere bool
	// Within names the division that holds alinéas designated by number
	// beside it ("Au 2° de l'alinéa 3", the Sénat's "Alinéa 3" then "Au
	// 2°, …"): the alinéas must be in it, or the edit is refused.
	Within []Division
}

// Edit is one parsed operation on the law in force.
type Edit struct {
	Kind  EditKind
	Scope Scope
	// Old, New and Anchor are words, as quoted in the instruction.
	Old, New, Anchor string
	Before           bool
	// ReplaceDivision makes EditCreateArticles replace the division of
	// Scope.Division: its articles not re-created are removed.
	ReplaceDivision bool
	// Fresh marks the articles of EditCreateArticles as new (inserted,
	// added; not re-established, whose last text the corpus may hold): one
	// in force already is refused, not overwritten.
	Fresh bool
	// Through, for EditReplaceWords and EditDeleteWords, makes the words
	// edited those from Old to Through, both included ("les mots : « A »
	// à « B » sont supprimés"): Old once in the place named, Through once
	// after it in the same alinéa, or the edit is refused.
	Through string
	// Restored marks an EditRewrite of a part re-established ("Le 3° est
	// ainsi rétabli :"): a part in force there, not "3° (Abrogé)", is
	// refused, not overwritten.
	Restored bool
	// NoMark deletes a numbered item without leaving "4° (Abrogé)", as a
	// bill's text does when an amendment deletes a division.
	NoMark bool
	// Occurrences restricts the edit to these occurrences (1-based, -1 the
	// last) of Old (replace, delete) or of Anchor (insert, rewrite-end, and
	// replace or delete with an Anchor: the words after these occurrences).
	Occurrences []int
	// Times, for EditReplaceWords, is how many times the law says Old
	// occurs in the scope ("est remplacé, deux fois, par"): any other
	// count refuses the edit.
	Times int
	// Beside, for an EditReplaceWords made from one clause that replaces
	// several words by the same new ones ("les mots : « A » et « B »
	// sont remplacés par le mot : « C »"), are that clause's other old
	// words: where one stands next to Old in the scope, the edit is
	// refused (besideEachOther).
	Beside []string
	// Lines are the alinéas of the new text, quotes removed.
	Lines []string
	// NewArticles are the articles created by EditCreateArticles.
	NewArticles []CodeArticle
	// Into, for EditCreateArticles, is the division the new articles
	// are inserted in when the place names it ("Au début de la section
	// 2 du chapitre Ier, il est inséré un article …", "Au chapitre Ier,
	// …"), as Scope.Division: they are filed in its folders.
	Into []string
	// NewDivision, for EditCreateArticles, says the new articles come
	// in a division the text creates ("il est inséré une section 3 …"):
	// filed in it by Headings (Apply, newArticlesFolders).
	NewDivision bool
	// Headings, for EditCreateArticles, are the divisions the new text
	// heads each new article with, largest first, as the code's folders
	// name them: « Section 3 », « Sous-section 1 » before « Art. L. 1 »
	// give "section-3", "sous-section-1" (articleHeadings).
	Headings [][]string
	// To is the new article of EditRenumber, ToHeading its designation
	// as published ("L331-40").
	To        CodeRef
	ToHeading string
	// ToPart, for EditRenumber, is the part of To the scope becomes: an
	// item ("devient le 1° de l'article L. 331-39": Item "1°") or an
	// alinéa by position ("devient le premier alinéa de l'article …":
	// Alinea 1); zero for the whole article.
	ToPart Division
	// FromRange, for EditRenumber, is the range of articles the scope was
	// named in ("les articles L. 1 à L. 3 deviennent …": "l1", "l3"):
	// an article of the corpus inside it that the renumbering leaves out
	// ("L. 1-1") refuses it, its new number not being said.
	FromRange [2]string
	// Table, for EditRenumber, says the renumbering is an item of a
	// table introduced as one ("Les articles … font l'objet de la
	// nouvelle numérotation suivante :"): its article is the one the
	// number names before the table, never one an earlier item gives
	// that number.
	Table bool
	// Transferred, for EditRenumber, says the article moved to another
	// division ("est transféré au chapitre II et devient …"): its
	// folders are not known (none kept).
	Transferred bool
	// Moves, for EditRenumberDivision, are the divisions renumbered,
	// each by its folders' path before and after ("la section 2 du
	// chapitre Ier du titre Ier devient la section 3"), when the clause
	// says both in full; none: the renumbering is recorded only.
	Moves []DivisionMove
	// Touched, for EditRenumberDivision with no Moves (recorded only),
	// is the division whose divisions it may have renumbered, by its
	// folders' path; nil: the whole code. A later instruction naming a
	// division in it is refused (see touchedDivision). For EditRenumber
	// Transferred, it is the division the article goes to ("transféré au
	// chapitre II"), refused likewise when named later.
	Touched []string
	// Unpaired, for EditRenumberDivision with no Moves, is why its
	// divisions and new numbers do not go in pairs (not as many of each,
	// or a list not spelled out one by one): refused at apply, its
	// Touched blind to the instructions after it as a recorded one's.
	Unpaired string
	// EndOf, for EditRewriteEnd, says what the end is the end of: the
	// division of the scope (the zero value: "la fin du 2°", "de
	// l'article", and the amendments' forms), the alinéa or the sentence
	// the anchor is in ("la fin de l'alinéa", "de la phrase"), or none
	// said ("la fin est ainsi rédigée").
	EndOf EndOf
	// rankMoved, in an amendment, says an earlier instruction of the
	// same amendment deleted, rewrote or added sentences of the division
	// whose sentence Scope.Sentence names: that rank is read only where
	// it names one sentence counted on the text as tabled and on the text
	// as that instruction left it (rankReadingsAgree).
	rankMoved bool
}

// EndOf is what a rewritten end is the end of (Edit.EndOf).
type EndOf int

const (
	// EndOfDivision: the end of the scope's division; the alinéas of
	// the scope after the anchor's go.
	EndOfDivision EndOf = iota
	// EndOfUnsaid: "la fin" with no division: the scope's, when the
	// anchor is in its last alinéa; otherwise which end is not said.
	EndOfUnsaid
	// EndOfAlinea: the end of the alinéa the anchor is in.
	EndOfAlinea
	// EndOfSentence: the end of the sentence the anchor is in.
	EndOfSentence
)

// InstructionStatus says what the parser made of an alinéa of a bill.
type InstructionStatus string

const (
	// Parsed: the instruction gave edits.
	Parsed InstructionStatus = "parsed"
	// Context: "L'article X est ainsi modifié :" — it gives the scope of the
	// items that follow.
	Context InstructionStatus = "context"
	// Unparsed: it looks like a modification instruction but the grammar
	// does not cover it. Text holds it raw.
	Unparsed InstructionStatus = "unparsed"
)

// Instruction is one modification instruction of a bill article, with its
// quoted new text if any.
type Instruction struct {
	// Article is the bill article holding the instruction.
	Article ArticleNumber
	// Alinea is the instruction's 1-based alinéa in that article; Payload
	// counts the alinéas of quoted text that follow it.
	Alinea, Payload int
	// Text is the instruction alinéa as written.
	Text   string
	Status InstructionStatus
	Edits  []Edit
	// Reason says why an instruction is Unparsed.
	Reason string
	// TakesEffect, on an instruction applied, is the alinéa of its bill
	// article, or of another article of the bill ("L'article 3 entre en
	// vigueur …"), that sets when it takes effect by a delay or an event
	// ("III. – Le I entre en vigueur six mois après la publication de la
	// présente loi.", "… à une date fixée par décret …"): the law in
	// force changes then, a date the engine cannot place; it is applied
	// as the consolidated codes record it, and marked so. (A day of the
	// calendar defers it: refused as deferred.)
	TakesEffect string
	// Deferred, on an instruction refused as deferred to a day of the
	// calendar the engine reads, is that day and the instruction's edits
	// then (OnDay applies them).
	Deferred *Deferral
}

// InstructionStats sums up a parse.
type InstructionStats struct {
	Found, Parsed, Context, Unparsed, Edits int
}

// Stats counts instructions by status.
func Stats(ins []Instruction) InstructionStats {
	var s InstructionStats
	for _, in := range ins {
		s.Found++
		switch in.Status {
		case Parsed:
			s.Parsed++
		case Context:
			s.Context++
		case Unparsed:
			s.Unparsed++
		}
		s.Edits += len(in.Edits)
	}
	return s
}

// ParseInstructions reads the modification instructions of a bill's
// articles, in order. A code named in one article ("du code de la propriété
// intellectuelle") is what "du même code" means in the next ones.
//
// Alinéas that are not modification instructions (autonomous provisions,
// "(Censuré)") are skipped. Those that are but cannot be parsed are returned
// with Status Unparsed and their raw text: they are never guessed.
func ParseInstructions(articles []Article) []Instruction {
	p := newParser()
	var out []Instruction
	var read []Article
	var spans [][2]int
	for _, a := range articles {
		ua := unescapeArticle(a)
		ins := p.articleContained(ua)
		spans = append(spans, [2]int{len(out), len(out) + len(ins)})
		read = append(read, ua)
		out = append(out, ins...)
	}
	deferredByOtherArticle(read, spans, out)
	codeArticlesTakeEffect(p.codeEntries, out)
	return out
}

// unescapeArticle decodes the HTML character references some sources
// leave in a text ("l&#8217;article", "&laquo;&nbsp;"), so they read as
// the characters they stand for, and reads the text as the grammar does
// ([plainTyping]): a text typed with no-break spaces, doubled spaces or
// the ordinal indicator says what one typed without them says.
func unescapeArticle(a Article) Article {
	var al []string
	for i, l := range a.Alineas {
		p := l
		if strings.Contains(p, "&") {
			p = html.UnescapeString(p)
		}
		if p = plainTyping(p); p != l && al == nil {
			al = append([]string(nil), a.Alineas...)
		}
		if al != nil {
			al[i] = p
		}
	}
	if al != nil {
		a.Alineas = al
	}
	return a
}

// plainTyping sets the spacing and marks of a text as the grammar reads
// them: accented letters composed ([composeAccents]); the no-break and
// thin spaces of French typography (U+00A0, U+202F, U+2009, U+2007) and
// runs of spaces as one space, none at the ends; the curly apostrophe
// outside quotations as the straight one ([plainApostrophes]); the
// ordinal indicator as the degree sign of an item's label and
// of the numero, as the codes print them ("1º" → "1°", an elided
// "...º" → "...°", "loi nº" → "loi n°"); "occurence" after a rank or a
// count as "occurrence" ([occurrenceSpelled]).
func plainTyping(s string) string {
	return NormalizeSpace(occurrenceSpelled(plainOrdinals(plainApostrophes(composeAccents(s)))))
}

// plainApostrophes reads the curly apostrophe (’) of the instruction's
// own words as the straight one the grammar writes ("L’article L. 1, qui
// devient l’article L. 5, est ainsi modifié :" is "L'article …"), once,
// for every expression; the text it quotes is kept as written (the new
// text's apostrophes, and the words it looks for: "Entre le mot : « A »
// et l’abréviation : « B’ »"). Quotations are read as [shape] reads them
// (« » and “ ” closed on the line, nested, straight quotes); after a mark
// that opens none on the line (new text going on in the next alinéa),
// and before a closing mark no opening one precedes (new text begun in
// the alinéa before), the line is kept as written
// (TestGenTypoCurlyApostropheOnce).
func plainApostrophes(s string) string {
	if !strings.Contains(s, "’") {
		return s
	}
	if i := strings.IndexAny(s, "»”"); i >= 0 && !strings.ContainsAny(s[:i], "«“\"") {
		_, n := utf8.DecodeRuneInString(s[i:])
		return s[:i+n] + plainApostrophes(s[i+n:])
	}
	var b strings.Builder
	for len(s) > 0 {
		i := strings.IndexAny(s, "\"«“")
		if i < 0 {
			i = len(s)
		}
		b.WriteString(strings.ReplaceAll(s[:i], "’", "'"))
		s = s[i:]
		if s == "" {
			break
		}
		end := max(nestedGuillemets(s), nestedStraight(s))
		if loc := quoteRe.FindStringIndex(s); end == 0 && loc != nil && loc[0] == 0 {
			end = loc[1]
		}
		if end == 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:end])
		s = s[end:]
	}
	return b.String()
}

// occurrenceSpelled writes "occurrence" as the grammar reads it where a
// text misspells it "occurence" after a rank or a count, outside its
// quotations: "à la deuxième occurence des mots", "à chaque occurence",
// "aux deux occurences" (the rank was not read and every occurrence
// edited).
func occurrenceSpelled(s string) string {
	if !strings.Contains(strings.ToLower(s), "occurence") {
		return s
	}
	return outsideQuotes(s, func(seg string) string {
		return reOccurenceMisspelt.ReplaceAllString(seg, "${1}${2}rrence")
	})
}

// reOccurenceMisspelt is "occurence" (one r) after a rank, a count or
// "chaque": group 1 the words before it, 2 "occu" as cased.
var reOccurenceMisspelt = mustRe(`(?i)(\b(?:` + ordWordsAcc + `|chaque|sa|leur|leurs|ses|toutes\s+les|les|aux|` + cardinalWords + `)\s+)(occu)rence`)

// plainOrdinals sets the ordinal indicator as the degree sign where the
// codes print one (see [plainTyping]).
func plainOrdinals(s string) string {
	if strings.Contains(s, "º") {
		s = ordinalIndicator.ReplaceAllString(s, "$1$2°")
	}
	if strings.Contains(s, "o") {
		// "Au 1o du I", "« 3o Le préfet »": the letter o typed (or read
		// by OCR) for the degree sign, right after an item's number
		// standing alone (after a space, « or a parenthesis, before a
		// space, a punctuation or the end) — a word ("1or", "A1o") is
		// left as it is.
		s = reLetterDegree.ReplaceAllString(s, "$1$2°$3")
	}
	return s
}

// reLetterDegree is a number of up to three digits standing alone, then
// the letter o (groups: what is before, the number, what is after).
var reLetterDegree = mustRe(`(^|[\s\x{a0}«(])(\d{1,3})o([\s\x{a0},;:.)»]|$)`)

var ordinalIndicator = mustRe(`(\d|\b[nN]|\.\.\.|…)([ \x{a0}\x{202f}]*)º`)

type frame struct {
	level int
	scope Scope
	// also are the other targets of a context naming several ("Les
	// articles L. 1 et L. 2 sont ainsi modifiés :"): each instruction
	// under it applies to every one.
	also []Scope
	// rangeTo is the last article of a context naming a range ("Les
	// articles L. 1 à L. 4 sont ainsi modifiés :"), scope the first: each
	// instruction under it edits every article held between
	// (instructionEach).
	rangeTo string
	// abrogate is set under "Sont abrogés :": items are deletions.
	abrogate bool
	// deferred is set under a context that takes effect at a later date
	// ("À compter du 1er janvier 2030, l'article L. 1 est ainsi modifié
	// :"): its items are refused as it is. on is that day when it is
	// one of the calendar the engine reads ("2030-01-01"): its items are
	// read, and deferred to it (Instruction.Deferred).
	deferred bool
	on       string
	// unread is set under a head ending with ":" that was not read
	// ("1° Au premier alinéa, de façon générale :"): its items are
	// refused with it (they were read under the head's parent, and
	// edited the whole article).
	unread bool
	// heading is set under "L'intitulé … est ainsi modifié :": its items
	// edit the heading's words.
	heading bool
	// table is set under "… font l'objet de la nouvelle numérotation
	// suivante :": its items are one table of renumberings (Edit.Table).
	table bool
}

// newParser is a parser that has read nothing.
func newParser() *parser {
	return &parser{lastKind: map[string]string{}, textDates: map[string]string{}, articleTexts: map[string]bool{}}
}

type parser struct {
	// mixedSubjects is set when a place named items and alinéas joined
	// as subjects (itemsAndAlineas), or items of a division and its
	// siblings (itemsThenSibling): read for a deletion only.
	mixedSubjects bool
	lastCode      string
	// deferredOn is the day the instruction just read is deferred to:
	// a date written in it (cutCalendarDay), or in the head it stands
	// under (frame.on). The article's loop takes it (deferTo).
	deferredOn string
	// codeEntries are the alinéas read as entries into force of code
	// articles (noteCodeEntry), applied to the instructions at the end.
	codeEntries []codeEntry
	// censoredSinceText says a part censured ("(Censuré)") stands after
	// the last text named: it may have named another, so "du même code"
	// after it, in a bill article that named none before, is not said
	// (noteText clears it).
	censoredSinceText bool
	// into is the division creationScope read in the place of new
	// articles, for addition (Edit.Into); reset with each instruction.
	into []string
	// articleCode is the last code or text named in the bill article
	// being read: a later paragraph of the same article naming an article
	// without its code ("II. – Le I de l'article L. 442-6 est complété …"
	// after "I. – … du code de commerce …") means that one. Across bill
	// articles nothing is assumed: "du même code" must say it.
	articleCode string
	// articleTexts counts the texts the bill article has named: once it
	// has named two, an article named without its text is not said to be
	// of the last one ("I. – … du code civil …", "II. – Le code de
	// commerce est ainsi modifié : …", "III. – À l'article L. 1, …").
	articleTexts map[string]bool
	// unknownCode says an instruction of the bill article named an
	// article of no code it says: "du même code" after it is that
	// unknown code, not one named in an earlier bill article.
	unknownCode bool
	// lastScope is the scope of the instruction before, in the same bill
	// article: "le même article", "ledit article", "au même alinéa", "à
	// la même phrase" name it. lastOthers are its other scopes, when it
	// edited several places ("Aux premier et second alinéas …"): a place
	// that is not the same in all of them is not "the same" one.
	lastScope  Scope
	lastOthers []Scope
	// lastRelabels are the relabellings of items the instruction before
	// made ("Les 2° et 3° deviennent les 3° et 4°"): "aux mêmes 3° et 4°"
	// after it names the items under their new labels.
	lastRelabels []Edit
	// lastKind is the last text named of each kind: "code", "loi",
	// "ordonnance" → its key.
	lastKind map[string]string
	// textDates are the texts named by number, by kind and date: "loi 12
	// avril 2000" → "loi 2000 321", so that "la loi du 12 avril 2000
	// précitée" names the one it dates.
	textDates map[string]string
	stack     []frame
}

var (
	// A part's number and its dash, whichever the source prints: "I. -",
	// "I. –", "I. ―", "I.-", "I bis. –", "A. –".
	// A part added by a committee or a chamber bears "(nouveau)" after its
	// label: "II (nouveau). – ", "A (nouveau). – ", "1° bis (nouveau) ",
	// "1° A (nouveau) ", "a) (nouveau) " (newMark; read as "II. – ").
	enumRoman  = mustRe(`^([IVX]+(?:\s+` + latinOrd + `)?(?:\s+[A-Z])?)` + newMark + `\s*\.\s*[-\x{2010}\x{2011}\x{2013}\x{2014}\x{2015}]\s*`)
	enumLetter = mustRe(`^([A-Z](?:\s+` + latinOrd + `)?)` + newMark + `\s*\.\s*[-\x{2010}\x{2011}\x{2013}\x{2014}\x{2015}]\s*`)
	enumArabic = mustRe(`^(\d+)` + newMark + `\.\s+(?:[-\x{2013}\x{2014}\x{2015}]\s*)?`)
	enumDegree = mustRe(`^(\d+)°\s*(` + latinOrd + `\b)?(?:\s*[A-Z]{1,2}\s*\(nouveau\)|` + newMark + `)\s*`)
	enumSmall  = mustRe(`^([a-z](?:\s+` + latinOrd + `)?)\)` + newMark + `\s*`)
	// enumSmallRoman: "i)", "ii)", "iv)" under "a) Le premier alinéa est
	// ainsi modifié :", the level below a), b); "i)", "v)" and "x)" are
	// letters too (smallRomanOrLetter decides).
	enumSmallRoman = mustRe(`^((?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})(?:\s+` + latinOrd + `)?)\)` + newMark + `\s*`)
	// enumDash: "- à la première phrase, …" under "b) Le deuxième alinéa
	// est ainsi modifié :", the level below a), b).
	enumDash = mustRe(`^[-–—]\s+`)
	glued    = mustRe(`(\p{L}{3,})(est|sont) ainsi `)
	// The older drafting's announcements of new text, and what they mean
	// in the drafting of today (plainDrafting).
	// reFinalSign is a final sign named in words as the subject: "Le
	// point final du 2° est remplacé …" (groups: the place, the verb).
	reFinalSign = mustRe(`^[Ll]e\s+point\s+final\s+((?:du|de\s+la|de\s+l['’]|des)\s*[^,«"]+?)\s+(est\s+(?:remplacé|supprimé))`)
	// reSignNamed is a punctuation sign named in words as the subject of
	// a replacement or deletion: "le point est remplacé", "la virgule est
	// supprimée" (groups: the sign, the verb).
	reSignNamed = mustRe(`\b(?:[Ll]e\s+(point(?:\s+final)?|point-virgule|deux-points)|[Ll]a\s+(virgule))\s+(est\s+(?:remplacée?|supprimée?))`)
	// reSignNew is a punctuation sign named in words as the new text:
	// "… remplacé par un point-virgule" (groups: the verb, the sign).
	reSignNew = mustRe(`\b((?:remplacée?s?|complétée?s?)\s+par)\s+(?:un|le|une|la)\s+(point-virgule|point|virgule|deux-points)(\s*[.;]?\s*$|\s+et\b|\s*,)`)
	// reModifiedSo and reUndergoes are the older announcements of a list
	// of modifications: "modifié conformément aux dispositions suivantes
	// :", "modifiée de la manière (façon) suivante :" (group 1 the
	// participle), "subit (subissent) les modifications suivantes :".
	reModifiedSo = mustRe(`\b(modifi[ée]e?s?)\s+(?:conform[ée]ment\s+aux\s+dispositions\s+suivantes|de\s+la\s+(?:mani[eè]re|fa[çc]on)\s+suivante)\s*:`)
	reUndergoes  = mustRe(`\bsubi(?:t|ssent)\s+les\s+modifications\s+suivantes\s*:`)
	// reBroughtTo and reBroughtFront are the same list announced with the
	// place in a preposition: "Au code civil, sont apportées les
	// modifications suivantes :", "À l'article L. 1 … il est apporté les
	// modifications suivantes :", "Les modifications suivantes sont
	// apportées à l'article L. 1 … :" (groups: the preposition, the
	// place).
	reBroughtTo    = mustRe(`^(Aux|Au|[AÀ]\s+la|[AÀ]\s+l['’])\s*(\S.*?)\s*,?\s+(?:sont\s+apport[ée]es|il\s+est\s+apport[ée])\s+les\s+modifications\s+suivantes\s*:\s*$`)
	reBroughtFront = mustRe(`^Les\s+modifications\s+suivantes\s+sont\s+apport[ée]es\s+(aux|au|[àa]\s+la|[àa]\s+l['’])\s*(\S.*?)\s*:\s*$`)
	// reInvertedNoComma is a place, then a verb of addition whose subject
	// follows it, with no comma between: "Au chapitre Ier du code civil
	// est créée une section 3", "Après l'article L. 1 il est inséré un
	// article" (groups: the place, the verb and its subject's
	// determiner).
	reInvertedNoComma    = mustRe(`^((?:[AÀ]ux?|À|Dans|Apr[eè]s|Avant|Entre)\s[^,;:«"“]*?[^,;:\s])\s+((?:il\s+)?(?:est|sont)\s+(?:cr[ée][ée]|ins[ée]r[ée]|ajout[ée]|r[ée]tabli)e?s?\s+(?:un|une|des|` + cardinalWords + `)\s)`)
	reRespectivelyCommas = mustRe(`\s*,\s*respectivement\s*,\s*`)
	// reWordsRepealed is quoted words said "abrogés", the older drafting
	// for "supprimés": "les mots : « A » sont abrogés" (groups: the words
	// and their verb, the participle's ending).
	reWordsRepealed  = mustRe(`\b((?:[Ll]es|[Ll]e|[Ll]a|[Ll]['’])\s*` + wordNounCased + `\s*:?\s*(?:«[^»]*»|"[^"]*"|“[^”]*”)(?:\s*(?:,|et)\s*(?:«[^»]*»|"[^"]*"|“[^”]*”))*\s*,?\s*(?:sont|est)\s+)abrog(ée?s?)`)
	reThusReplacedBy = mustRe(`\bainsi\s+(remplac[ée]e?s?\s+par\s+les\s+dispositions\s+suivantes)`)
	reCommeSuit      = mustRe(`\b(r[ée]dig|libell|modifi)([ée]e?s?)\s+(?:comme\s+suit|ainsi\s+qu['’]il\s+suit)\b`)
	// reThusCompleted is an addition announced with no noun, "est ainsi
	// complété :", "est complété comme suit :", "… ainsi qu'il suit :":
	// the alinéas quoted after it.
	reThusCompleted    = mustRe(`\b(?:ainsi\s+(compl[ée]t[ée]e?s?)|(compl[ée]t[ée]e?s?)\s+(?:comme\s+suit|ainsi\s+qu['’]il\s+suit))\s*:\s*$`)
	reRepealedReplaced = mustRe(`\b(est|sont)\s+abrog[ée]e?s?\s+et\s+(remplac[ée]e?s?\s+par)\b`)
	reDispositions     = mustRe(`\b(compl[ée]t[ée]e?s?)\s+par\s+les\s+dispositions\s+suivantes\s*:`)
	reInFine           = mustRe(`\b(compl[ée]t[ée]e?s?|ajout[ée]e?s?)\s*,?\s+in\s+fine\b(?:\s*,)?`)
	// reInPlace is a place said in Latin: "in limine du premier alinéa"
	// (at its start), "in fine de l'article" (at its end), "In limine,"
	// under a context.
	reInPlace     = mustRe(`\b([Ii]n)\s+(limine|fine)(\s+(?:du|de\s+la|de\s+l['’]|des)(?:\s|$)|\s*,)`)
	reLibelle     = mustRe(`\bainsi\s+libell([ée]e?s?)`)
	reSuivant     = mustRe(`\b(l['’]\s*|[Ll]es\s+|[Ll]e\s+|[Ll]a\s+|un\s+|une\s+|des\s+|(?:[Ll]es\s+)?(?:` + cardinalWords + `)\s+)(alin[ée]as?|phrases?|articles?)\s+suivante?s?\s*:`)
	reNounSuivant = mustRe(`\b(` + wordNounCased + `)\s+suivante?s?\s*:`)
	modVerb       = mustRe(`(?i)(modifi|remplac|r[ée]dig|supprim|ins[ée]r|ajout|compl[ée]t|abrog|devien|substitu|r[ée]tabli|pr[ée]c[ée]d[ée]e?s?\s+d|(?:est|sont)\s+(?:désormais\s+)?(?:intitul|d[ée]nomm|renomm)[ée]e?s?\s*:|\bcr[ée][ée]e?s?[\s,][^«"]*?\b(?:un|une)\s+(?:titre|chapitre|section|sous-section|paragraphe|sous-paragraphe|livre)\s+(?:[IVXL]+|premier|Ier|\d+|pr[ée]liminaire)\b|\b(?:constitue|constituent|forme|forment)\s+(?:un|le)\s+(?:[IVX]+|[A-Z]|\d+°|[a-z]\)?)(?:\s|[.;]|$)|` + movedDivision + `|\b(?:le|les|la|l['’]|du|des)\s*` + wordNounCased + `\s*:\s*[«"“])`)
)

// movedDivision is a division of a text moved, merged or renumbered in
// words the grammar does not read: "La deuxième phrase est transférée à
// la fin du dernier alinéa", "Les deuxième et troisième alinéas sont
// fusionnés", "Les articles L. 1 à L. 3 sont renumérotés …", "Les
// deuxième et troisième alinéas sont intervertis (inversés)" — an
// instruction not understood, flagged (it was passed over as an
// autonomous provision); "Les biens sont transférés à l'État" names no
// division and is no instruction.
const movedDivision = `^(?:le|la|les|l')\s*[^«»",]*?(?:\balin[ée]as?\b|\bphrases?\b|\barticles?\s+(?:[lrd]\.\s*)?\d|\d+°|\b[ivx]+\b)[^«»"]*?\b(?:est|sont)\s+(?:respectivement\s+)?(?:transf[ée]r[ée]e?s?|d[ée]plac[ée]e?s?|fusionn[ée]e?s?|renum[ée]rot[ée]e?s?|intercal[ée]e?s?|intervertie?s?|invers[ée]e?s?)(?:\s|[.;,]|$)`

// enumeration returns the level of an alinéa's leading enumerator and the
// text after it; level -1 when there is none.
func enumeration(s string) (int, string) {
	for _, e := range enumerators {
		re := e.re
		if loc := re.FindStringIndex(s); loc != nil {
			rest := s[loc[1]:]
			if re == enumDegree {
				// "1° A Après l'article L. 1, …", "1° AA Le 2° est
				// abrogé": an item a chamber put before the 1° keeps its
				// capitals after the degree; the word after them opens
				// an instruction, its initial a capital ("1° A la
				// première phrase" is "À la": the capital was the
				// preposition).
				if m := reDegreeCapitals.FindStringSubmatchIndex(rest); m != nil {
					rest = rest[m[2]:]
				}
			}
			return e.level, rest
		}
	}
	return -1, s
}

// The levels of the enumerators, from the highest: I., A., 1., 1°, a),
// i), then the dash.
const (
	levelSmall      = 4
	levelSmallRoman = 5
)

// enumerators are read in this order: a small roman numeral before a
// letter ("ii)"), its level below the letter's.
var enumerators = []struct {
	re    *lre
	level int
}{
	{enumRoman, 0}, {enumLetter, 1}, {enumArabic, 2}, {enumDegree, 3},
	{enumSmallRoman, levelSmallRoman}, {enumSmall, levelSmall}, {enumDash, 6},
}

// smallRomanOrLetter decides the level of "i)", "v)" and "x)", a small
// roman numeral or a letter: "i)" is the roman one under a letter item
// that announced its own items (the alinéa before it, a letter other
// than "h)", ends with ":" and no quoted text follows it), "v)" and "x)"
// after "iv)" and "ix)"; else each is the letter after "h)", "u)", "w)".
// lastSmall is the label of the last letter item, lastRoman of the last
// roman one under it; prevOpens and prevLevel say whether the alinéa
// before announced items, and its level.
func smallRomanOrLetter(raw string, level int, lastSmall, lastRoman string, prevOpens bool, prevLevel int) int {
	if level != levelSmallRoman {
		return level
	}
	label := enumSmallRoman.FindStringSubmatch(raw)[1]
	if f := strings.Fields(label); len(f) > 0 {
		label = f[0]
	}
	switch label {
	case "i":
		if prevLevel == levelSmall && lastSmall != "h" && prevOpens {
			return levelSmallRoman
		}
		return levelSmall
	case "v":
		if lastRoman == "iv" {
			return levelSmallRoman
		}
		return levelSmall
	case "x":
		if lastRoman == "ix" {
			return levelSmallRoman
		}
		return levelSmall
	}
	return levelSmallRoman
}

// reDegreeCapitals is the capitals of an item's label after its degree,
// "A " in "1° A Après …", and the word that opens the instruction after
// them (group 1): a preposition, an article or a verb of the language,
// with its capital.
var reDegreeCapitals = mustRe(`^[A-Z]{1,2}\s+((?:Au|Aux|À|Après|Avant|Dans|Entre|Le|Les|L['’]|Il|Est|Sont|Un|Une|Ce|Cette|Ces)(?:\s|$))`)

func isQuoted(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "«") || strings.HasPrefix(s, "“")
}

// endsWithClosingMark says whether s ends with a mark that closes a
// quotation: "»", the straight '"' or the curly '”'.
func endsWithClosingMark(s string) bool {
	return strings.HasSuffix(s, "\"") || strings.HasSuffix(s, "»") || strings.HasSuffix(s, "”")
}

// closesQuote reports whether a payload alinéa ends its quotation.
func closesQuote(s string) bool {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, " ;.,")
	return endsWithClosingMark(s)
}

// rePartStatus is a part of a bill that holds only its status;
// reBareStatus the same without parentheses, read after a label only.
var (
	rePartStatus = mustRe(`^\(\s*` + statusNote + `\s*\)\s*[.;]?$`)
	reBareStatus = mustRe(`^` + statusNote + `\s*[.;]?$`)
)

// statusNote is the note a bill prints in place of a part it does not
// give, folded (accents off, lower case): deleted ("supprimé",
// "suppression maintenue") or unchanged ("non modifié", "sans
// modification", "conforme"), after "alinéa(s)" or not ("Alinéa sans
// modification"); the status word is its group. One list for a part's
// status and for a note in new text (omittedNote).
const statusNote = `(?:alineas?\s+)?(supprime|supprimes|supprimee|supprimees|suppression\s+maintenue|suppression\s+conforme|non\s+modifie|non\s+modifies|non\s+modifiee|non\s+modifiees|sans\s+modification|sans\s+changement|conforme|conformes)`

// rePartLabel is the label a part's status follows: "I. – ", "2° ",
// "b) ", "III bis. – ".
var rePartLabel = mustRe(`^(?:(?:à|a|et|,)\s*)?` + partLabel + `(?:\s*(?:à|a|et|,)\s*` + partLabel + `)*\s*`)

// partLabel is a part's label before its status: "II. –", "B. –", "3°",
// "b)" (a list or a range of them: "1° à 3° (Non modifiés)", "a) et b)
// (Supprimés)", "B et C. – (Supprimés)", "I B, I C et I. – (Supprimé)");
// a Latin ordinal only after a roman or a capital ("II et III": "et" is
// no ordinal).
const partLabel = `(?:[IVX]+(?:\s+` + latinOrd + `)?(?:\s+[A-Z]{1,2})?(?:\s*\.?\s*[-–—])?|[A-HJ-UWYZ](?:\s+` + latinOrd + `)?(?:\s*\.?\s*[-–—])?|\d+°(?:\s*` + latinOrd + `)?|[a-z](?:\s+[a-z]+)?\))`

// reOmitted is a line of dots that stands for parts left out, unchanged
// ("……………", ". . . .", "« ……… »").
var reOmitted = mustRe(`^[«"“\s]*(?:\.{3,}|…|\.(?:\s+\.){2,})[.…\s]*[»"”]?\s*[;.]?$`)

// omittedNote reports whether a line of new text says what stands there
// rather than giving it, after its article's heading or its label if
// any: "(Alinéa sans modification)", "Art. L. 1. – (Non modifié)", "1°
// (Supprimé)" (the note was written into the code, or an article made of
// it).
func omittedNote(l string) bool {
	l = strings.TrimLeft(strings.TrimSpace(l), "«\"“ \u00a0")
	if _, _, n, ok := artHeading(l); ok {
		l = l[n:]
	}
	if m := rePartLabel.FindString(l); m != "" && m != l {
		l = l[len(m):]
	}
	return reOmittedNote.MatchString(asciiLower(foldAccents(l)))
}

// reOmittedNote is a line of new text, folded, that says what stands
// there rather than giving it: "« (Alinéa sans modification) »", "« (Non
// modifié) »", "« (Supprimé) »", "« (Conforme) »" (a later reading's
// text).
var reOmittedNote = mustRe(`^[«"“\s]*\(\s*` + statusNote + `\s*\)\s*[»"”]?\s*[;.]?$`)

// partStatus is "deleted" for a part of a bill reading "(Supprimé)",
// "unchanged" for "(Non modifié)", "" for any other. A part struck down
// by the Conseil constitutionnel, "2° (Censuré)", "I. – [Dispositions
// déclarées non conformes à la Constitution par la décision …]", is
// "deleted" too: nothing of it is applied (under a context it was an
// instruction not understood).
func partStatus(body string) string {
	return statusOf(body, false)
}

// statusOf is partStatus; labelled says the body followed a label, after
// which the note may stand without its parentheses, as some sources print
// it: "M. – Supprimé", "2° Non modifié" (it was an instruction not
// understood).
func statusOf(body string, labelled bool) string {
	var m []string
	if labelled {
		m = reBareStatus.FindStringSubmatch(asciiLower(foldAccents(strings.TrimSpace(body))))
	}
	body = rePartLabel.ReplaceAllString(strings.TrimSpace(body), "")
	low := asciiLower(foldAccents(body))
	if reCensoredPart.MatchString(low) {
		return "deleted"
	}
	if m == nil {
		m = rePartStatus.FindStringSubmatch(low)
	}
	switch {
	case m == nil:
		return ""
	case strings.HasPrefix(m[1], "suppr"):
		return "deleted"
	}
	return "unchanged"
}

// reCensoredPart is a part of a bill struck down by the Conseil
// constitutionnel: "(Censuré)", "[Dispositions déclarées non conformes à
// la Constitution par la décision …]" (folded).
var reCensoredPart = mustRe(`^(?:\(\s*censure(?:e|s|es)?\s*\)|\[\s*dispositions?\s+declarees?\s+non\s+conformes?\s+a\s+la\s+constitution\b[^\]]*\])\s*[.;]?$`)

func isCensored(s string) bool {
	t := asciiLower(foldAccents(strings.TrimSpace(s)))
	return t == "(censure)" || t == "(censure) ;" || t == "(censure)."
}

func (p *parser) article(a Article) []Instruction {
	var out []Instruction
	p.stack = p.stack[:0]
	p.articleCode = ""
	p.articleTexts = map[string]bool{}
	p.unknownCode = false
	p.lastScope, p.lastOthers, p.lastRelabels = Scope{}, nil, nil
	prevLevel := -1
	enabling := -2 // the level of an enabling head, -2 outside one
	// The last letter item's label and the last small roman one's under
	// it; whether the alinéa before announced items (ends with ":", no
	// quoted text after it): smallRomanOrLetter reads "i)", "v)", "x)".
	lastSmall, lastRoman, prevOpens := "", "", false
	// An alinéa holding the next items of its list, or opening its own
	// items, on its line is read as the items on lines of their own
	// (inlineSiblings, inlineSubItems); src is the alinéa of the bill
	// article each line is.
	var src []int
	a.Alineas, src = inlineLines(a.Alineas)
	for i := 0; i < len(a.Alineas); i++ {
		raw := strings.TrimSpace(a.Alineas[i])
		if _, b := enumeration(raw); !isQuoted(raw) && (isCensored(raw) || isCensored(b)) {
			// "(Censuré)", "I. – (Censuré)".
			p.censoredSinceText = true
		}
		if raw == "" || isCensored(raw) || reOmitted.MatchString(raw) {
			// A line of dots: unchanged parts left out of the bill's
			// text; the context stays (it ended it: the items after it
			// lost their place).
			continue
		}
		level, body := enumeration(raw)
		if level == 0 || level == 1 {
			// "I. – A. – Le code civil est ainsi modifié :": the part's
			// first subdivision, opened on its line; the alinéa is at
			// the A's level, so that "B. – …" closes what the A opened
			// and "II. – …" both (the head was read as "A. – Le code
			// civil …", no target article, and its items refused).
			// Likewise a number, "I. – 1° Au premier alinéa …", "I. – 1.
			// …" (firstItemOnPartLine; it was refused: "unrecognised
			// item designation").
			// A capital's part likewise: "B. – 1° …" (firstItemOnPartLine).
			if l, b := enumeration(body); level == 0 && l == 1 || firstItemOnPartLine(l) {
				// The part closes what the parts before it opened.
				for len(p.stack) > 0 && p.stack[len(p.stack)-1].level >= level {
					p.stack = p.stack[:len(p.stack)-1]
				}
				level, body = l, b
			}
		}
		level = smallRomanOrLetter(raw, level, lastSmall, lastRoman, prevOpens, prevLevel)
		switch level {
		case levelSmall:
			lastSmall, lastRoman = strings.TrimSuffix(strings.Fields(raw)[0], ")"), ""
		case levelSmallRoman:
			lastRoman = strings.TrimSuffix(strings.Fields(raw)[0], ")")
		}
		prevOpens = false // until this alinéa is read as an instruction (below)
		body = listConjunctionOff(outsideQuotes(movedUnderHeading(billSignsBeside(body)), plainDrafting))
		// An article whose only alinéa is the note, "Conforme", "Non
		// modifié", "Supprimé", as some sources print it without its
		// parentheses, is that status too ("Conforme" was skipped as a
		// provision of the bill's own, its text silently not applied).
		switch statusOf(body, level >= 0 || len(a.Alineas) == 1) {
		case "deleted":
			// "2° (Supprimé)": a part of the bill deleted during the
			// shuttle; nothing to apply.
			continue
		case "unchanged":
			out = append(out, Instruction{Article: a.Number, Alinea: src[i] + 1, Text: raw, Status: Unparsed,
				Reason: "a part unchanged since an earlier reading (« Non modifié »): its text is not reproduced here"})
			continue
		}
		if level < 0 {
			if len(p.stack) > 0 || prevLevel >= 0 {
				level = prevLevel
			}
		}
		prevLevel = level
		if enabling > -2 && level <= enabling {
			enabling = -2
		}
		if reEnabling.MatchString(asciiLower(foldAccents(body))) {
			// "… le Gouvernement est autorisé à prendre par voie
			// d'ordonnance les mesures … : 1° Modifier …": the items
			// empower the Government, they edit no text.
			enabling = level
		} else if enabling > -2 && modVerb.MatchString(body) && !isQuoted(raw) {
			out = append(out, Instruction{Article: a.Number, Alinea: src[i] + 1, Text: raw, Status: Unparsed,
				Reason: "an item of an enabling clause: it empowers the Government to legislate by ordonnance and edits no text"})
			continue
		}
		for len(p.stack) > 0 && p.stack[len(p.stack)-1].level >= level {
			p.stack = p.stack[:len(p.stack)-1]
		}
		// Payload: quoted alinéas after one ending with ":".
		var payload []string
		tail := "" // another operation after the new text's closing mark (quotationEnd)
		oneThenMore := false
		if strings.HasSuffix(strings.TrimSpace(stripQuotes(body)), ":") {
			j := i + 1
			for j < len(a.Alineas) {
				t := strings.TrimSpace(a.Alineas[j])
				if !isQuoted(t) && !(len(payload) > 0 && !closesQuote(payload[len(payload)-1])) {
					break
				}
				payload = append(payload, t)
				j++
				if kept, tl := quotationEnd(t); kept != t || tl != "" {
					// "« B. » ; et", "« B. » et, au premier alinéa, …":
					// the quotation closed, the rest is the instruction's.
					payload[len(payload)-1], tail = kept, tl
					break
				}
				if closesQuote(t) {
					break
				}
			}
			// "… remplacé par deux alinéas ainsi rédigés :" followed by
			// "« X. »" and "« Y. »", each alinéa closing its own quotation:
			// a head announcing several alinéas, items or articles takes the
			// quoted alinéas that follow it too.
			// Any head but one announcing one alinéa or one sentence
			// (reOneAnnounced): "… un article L. 1-1 ainsi rédigé :" then
			// "« Art. L. 1-1. – … ; »" and "« 1° … »" quoted one by one (the
			// article kept its first alinéa alone, the others were left as
			// quoted text of no instruction).
			if len(payload) > 0 && tail == "" && closesQuote(payload[len(payload)-1]) {
				if !reOneAnnounced.MatchString(asciiLower(foldAccents(stripQuotes(body)))) {
					for j < len(a.Alineas) && isQuoted(a.Alineas[j]) {
						t := strings.TrimSpace(a.Alineas[j])
						kept, tl := quotationEnd(t)
						payload = append(payload, kept)
						j++
						if kept != t || tl != "" {
							tail = tl
							break
						}
					}
				} else if j < len(a.Alineas) && isQuoted(a.Alineas[j]) {
					// "… un alinéa ainsi rédigé :" then "« X. »" and
					// "« Y. »": one announced, two quoted — whether Y
					// is the law's is not said (X went in alone).
					oneThenMore = true
				}
			}
		}
		if !modVerb.MatchString(body) && len(p.stack) == 0 && !isLocatorHead(body) && !refusedWithoutVerb(strings.TrimSpace(asciiLower(foldAccents(body)))) {
			if len(payload) == 0 && !isQuoted(raw) {
				// An autonomous provision, not an instruction; it may say
				// when code articles take effect. A text it names by its
				// name is the one "du même code" names next.
				p.noteCodeEntry(a.Number, src[i]+1, raw)
				sh, _ := shape(body)
				p.textOfProvision(strings.ReplaceAll(asciiLower(foldAccents(sh)), "\u00a0", " "))
				continue
			}
			// Quoted text is new text of some instruction: never dropped.
			in := Instruction{Article: a.Number, Alinea: src[i] + 1, Payload: len(payload), Text: raw, Status: Unparsed,
				Reason: "quoted text without a known instruction"}
			out = append(out, in)
			i += len(payload)
			continue
		}
		prevOpens = len(payload) == 0 && strings.HasSuffix(strings.TrimSpace(stripQuotes(body)), ":")
		in := Instruction{Article: a.Number, Alinea: src[i] + 1, Payload: len(payload), Text: raw}
		depth := len(p.stack)
		p.deferredOn = ""
		if tail != "" {
			p.payloadThenTail(&in, level, body, cleanPayload(payload), tail)
		} else if n := len(p.stack); n > 0 && (len(p.stack[n-1].also) > 0 || p.stack[n-1].rangeTo != "") {
			p.instructionEach(&in, level, body, cleanPayload(payload))
		} else {
			p.instruction(&in, level, body, cleanPayload(payload))
		}
		day := p.deferredOn
		p.deferredOn = ""
		if in.Status == "" {
			continue
		}
		if oneThenMore && in.Status == Parsed {
			in.Status, in.Edits, in.Reason = Unparsed, nil, "one alinéa (sentence) announced, a second quoted alinéa after its quotation"
		}
		if day != "" {
			// Read under a date of the calendar: deferred to it; a head
			// read defers its items to it (frame.on).
			if in.Status == Context && len(p.stack) > depth {
				for k := depth; k < len(p.stack); k++ {
					p.stack[k].deferred, p.stack[k].on = true, day
				}
			} else {
				deferTo(&in, day, reasonDeferred)
			}
		}
		if in.Status == Unparsed && len(payload) == 0 && strings.HasSuffix(strings.TrimSpace(stripQuotes(body)), ":") &&
			(len(p.stack) == 0 || p.stack[len(p.stack)-1].level < level) {
			// Its items have no place: refused with it.
			p.stack = append(p.stack, frame{level: level, unread: true})
		}
		switch {
		case in.Status == Parsed && len(in.Edits) > 0:
			p.lastScope, p.lastOthers, p.lastRelabels = in.Edits[0].Scope, nil, relabelsOf(in.Edits)
			for _, e := range in.Edits[1:] {
				p.lastOthers = append(p.lastOthers, e.Scope)
			}
		case in.Status == Context && len(p.stack) > 0:
			p.lastScope, p.lastOthers, p.lastRelabels = p.stack[len(p.stack)-1].scope, nil, nil
		}
		out = append(out, in)
		i += len(payload)
	}
	return out
}

// instructionEach reads an instruction under a context naming several
// targets once for each, and joins the edits; not read for one, not read.
// A context under it names, in turn, its division of each.
func (p *parser) instructionEach(in *Instruction, level int, body string, payload []string) {
	top := len(p.stack) - 1
	saved := p.stack[top]
	targets := append([]Scope{saved.scope}, saved.also...)
	if saved.rangeTo != "" {
		// A range: read on its first article and on its last, each
		// edit its own article's in both (an article named, "L'article
		// L. 1 est abrogé", is no article of each), then the first's
		// edits over the range.
		last := saved.scope
		last.Ref.Article = saved.rangeTo
		targets = []Scope{saved.scope, last}
	}
	var edits []Edit
	var pushed []frame
	var status InstructionStatus
	restore := func() {
		p.stack = p.stack[:top+1]
		p.stack[top] = saved
	}
	for _, s := range targets {
		p.stack = p.stack[:top+1]
		p.stack[top] = frame{level: saved.level, scope: s, abrogate: saved.abrogate, deferred: saved.deferred, on: saved.on}
		if saved.rangeTo != "" {
			// The first and last articles, each read as one.
			p.stack[top].scope.RangeTo = ""
		}
		one := *in
		one.Edits = nil
		p.instruction(&one, level, body, payload)
		if one.Status == Unparsed || one.Status == "" || status != "" && one.Status != status {
			restore()
			*in = one
			return
		}
		if s.Ref.Article != "" && s.RangeTo == "" {
			for _, e := range one.Edits {
				if e.Scope.Ref != s.Ref {
					// "L'article L. 1 du code civil et l'article L. 2
					// du code de commerce sont ainsi modifiés :" then
					// "1° À l'article L. 3, …" ("Au premier alinéa du
					// même article"): a place of its own, not each
					// target's (L. 3 of each code was edited; L. 1
					// twice).
					restore()
					*in = one
					in.Status, in.Edits, in.Reason = Unparsed, nil, "an article named under a context naming several: not each target's"
					return
				}
			}
		}
		if saved.rangeTo != "" {
			for _, e := range one.Edits {
				if !overRange(e) {
					restore()
					*in = one
					in.Status, in.Edits, in.Reason = Unparsed, nil, "under a range of articles, an instruction that is no edit inside each of them"
					return
				}
			}
		}
		status = one.Status
		edits = append(edits, one.Edits...)
		if len(p.stack) > top+1 {
			pushed = append(pushed, p.stack[top+1])
		}
	}
	restore()
	if saved.rangeTo != "" {
		// The first article's edits, over the range.
		edits = edits[:len(edits)/2]
		for k := range edits {
			edits[k].Scope.RangeTo = saved.rangeTo
		}
		in.Status, in.Edits, in.Reason = status, edits, ""
		if len(pushed) == len(targets) {
			f := pushed[0]
			f.also, f.rangeTo = nil, saved.rangeTo
			p.stack = append(p.stack, f)
		}
		return
	}
	in.Status, in.Edits, in.Reason = status, edits, ""
	if len(pushed) == len(targets) {
		f := pushed[0]
		f.also = nil
		for _, q := range pushed[1:] {
			f.also = append(f.also, q.scope)
		}
		p.stack = append(p.stack, f)
	}
}

// overRange reports whether e, read under a range of articles on one of
// them, edits inside that article, so that it can be each article's:
// words, alinéas, parts, the article's text; not a new article, a
// renumbering or a division's heading.
func overRange(e Edit) bool {
	switch e.Kind {
	case EditCreateArticles, EditRenumber, EditRenumberDivision, EditCreateDivision, EditRewriteHeading:
		return false
	}
	return !e.Scope.Everywhere && e.Scope.RangeTo == "" && len(e.Scope.Division) == 0 && len(e.Moves) == 0
}

// digitRank is ranks written in digits before what they rank: "3e
// alinéa", "2ème phrase", "4è alinéa", a list or a range of them, "les
// 2e et 3e alinéas", "les 2e à 4e phrases"; digitRankOne one of them.
var (
	digitRank    = mustRe(`\b\d{1,2}\s*` + rankSuffix + `(?:\s*(?:,|et|à)\s*\d{1,2}\s*` + rankSuffix + `)*\s+(?:alinéas?|phrases?)\b`)
	digitRankOne = mustRe(`\b(\d{1,2})\s*` + rankSuffix)
)

// rankSuffix is the ending of a rank in digits ("2nd", "2nde" the
// second).
const rankSuffix = `(?:er|re|ère|ème|eme|è|e|nde|nd)\b`

// rankWords writes ranks in digits as words, outside quotations: "au 3e
// alinéa" reads as "au troisième alinéa", "les 2e et 3e alinéas" as "les
// deuxième et troisième alinéas" (the 2e was not read: the third alone
// was deleted). A rank beyond the words read is left as it is (and
// refused later).
func rankWords(body string) string {
	if !digitRank.MatchString(body) {
		return body
	}
	return outsideQuotes(body, func(seg string) string {
		return digitRank.ReplaceAllStringFunc(seg, func(m string) string {
			return digitRankOne.ReplaceAllStringFunc(m, func(r string) string {
				n, _ := strconv.Atoi(digitRankOne.FindStringSubmatch(r)[1])
				if n == 1 {
					// "1er alinéa", "1re phrase": the first, of the
					// noun's gender (it was left unread).
					if strings.HasSuffix(m, "phrase") || strings.HasSuffix(m, "phrases") {
						return "première"
					}
					return "premier"
				}
				if name := rankName(n); n >= 2 && name != "" {
					return name
				}
				return r
			})
		})
	})
}

// fromToRanges writes a range said with "du … au …" ("de la … à la …"),
// outside quotations, as the law's other way of saying it: "Du deuxième
// au quatrième alinéa, …" is "Aux deuxième à quatrième alinéas, …", "Du
// 2° au 4°" "Aux 2° à 4°", "De la première à la troisième phrase" "Aux
// première à troisième phrases", "De l'alinéa 2 à l'alinéa 4" "Aux
// alinéas 2 à 4"; lower-case, the genitive ("… du
// deuxième au quatrième alinéa de l'article L. 1" is "… des deuxième à
// quatrième alinéas …"). Each place of the range is edited (only its
// last one was: "au quatrième alinéa" was read and the rest dropped).
func fromToRanges(body string) string {
	if !reFromTo.MatchString(body) && !reFromToNumbered.MatchString(body) {
		return body
	}
	return outsideQuotes(body, func(seg string) string {
		seg = reFromToNumbered.ReplaceAllStringFunc(seg, func(m string) string {
			g := reFromToNumbered.FindStringSubmatch(m)
			if g[1] == "D" {
				return "Aux alinéas " + g[2] + " à " + g[3]
			}
			return "des alinéas " + g[2] + " à " + g[3]
		})
		return reFromTo.ReplaceAllStringFunc(seg, func(m string) string {
			g := reFromTo.FindStringSubmatch(m)
			head := "des "
			if g[1] == "D" {
				head = "Aux "
			}
			switch {
			case g[2] != "": // alinéas, paragraphes
				return head + g[2] + " à " + g[3] + " " + g[4] + "s"
			case g[5] != "": // phrases
				return head + g[5] + " à " + g[6] + " phrases"
			}
			return head + g[7] + " à " + g[8] + g[9]
		})
	})
}

// reFromTo is a range said with "du … au …": group 1 the first letter's
// case; 2, 3, 4 the ranks and the noun of alinéas or paragraphs; 5, 6 the
// ranks of sentences; 7, 8 the labels of items and 9 what follows them.
var reFromTo = mustRe(`\b([Dd])(?:u\s+(` + simpleOrdinalsAcc + `)(?:\s+(?:alinéa|paragraphe))?\s+au\s+(` + simpleOrdinalsAcc + `)\s+(alinéa|paragraphe)s?\b|e\s+la\s+(` + simpleOrdinalsAcc + `)(?:\s+phrase)?\s+à\s+la\s+(` + simpleOrdinalsAcc + `)\s+phrases?\b|u\s+(` + fromToItem + `)\s+au\s+(` + fromToItem + `)(\s|,|$))`)

// reFromToNumbered is a range of alinéas by their numbers said with "de
// … à …": "De l'alinéa 2 à l'alinéa 4" (group 1 the first letter's case,
// 2 and 3 the numbers).
var reFromToNumbered = mustRe(`\b([Dd])e\s+l['’]alinéa\s+(\d+)\s+à\s+l['’]alinéa\s+(\d+)\b`)

// fromToItem is an item's label in a range said with "du … au …": "2°",
// "II", "b", each maybe with its Latin adverb.
const fromToItem = `(?:\d+°|[IVX]+|[a-z]\)?)(?:\s+` + latinOrd + `)?`

// alineaNumbers writes the alinéas a bill numbers, outside quotations,
// as ranks: "à l'alinéa 2 de l'article L. 1" reads as "au deuxième
// alinéa de l'article L. 1", "l'alinéa 1er", "l'alinéa premier" as "le
// premier alinéa", "aux alinéas 2 et 3" as "aux deuxième et troisième
// alinéas" (they were refused). In a bill, the alinéa of the text it modifies; an
// amendment's "alinéa 3", counted in the bill article, is read apart
// (amparse.go). An alinéa numbered with a Latin adverb ("alinéa 2 bis")
// or a degree sign is left as it is.
func alineaNumbers(body string) string {
	rank := func(d string) string {
		if d == "1er" || d == "premier" {
			return "premier"
		}
		n, _ := strconv.Atoi(d)
		return rankName(n)
	}
	m := reArticleCommaAlinea.FindStringSubmatch(body)
	r := ""
	if m != nil && m[3] != "" {
		r = rank(m[3]) + " alinéa"
	} else if m != nil && ordValue[asciiLower(foldAccents(m[4]))] != 0 {
		// "À l'article L. 1, premier alinéa, du code civil": a rank in
		// words.
		r = m[4] + " alinéa"
	} else if m != nil && m[5] != "" {
		// "À l'article L. 1, 2°, du code civil", "…, II, …": its item.
		r = m[5]
	}
	if r != "" {
		text, after := "", m[6]
		if g := reTextGenitive.FindString(after); g != "" {
			end := len(after)
			for _, sep := range []string{",", " est ", " sont "} {
				if i := strings.Index(after, sep); i >= 0 && i < end {
					end = i
				}
			}
			text, after = " "+strings.TrimSpace(after[:end]), strings.TrimLeft(after[end:], ", ")
		}
		head := map[string]string{"à": "Au ", "dans": "Dans le ", "l": "Le "}[strings.ToLower(strings.Fields(strings.NewReplacer("'", " ", "’", " ").Replace(m[1]))[0])]
		sep := ", "
		if head == "Le " {
			sep = " "
		}
		body = head + r + " de l'article " + m[2] + text + sep + after
	}
	if !reAlineaNumber.MatchString(body) && !reAlineaNumbers.MatchString(body) {
		return body
	}
	return outsideQuotes(body, func(seg string) string {
		seg = reAlineaNumber.ReplaceAllStringFunc(seg, func(m string) string {
			g := reAlineaNumber.FindStringSubmatch(m)
			r := rank(g[3])
			if g[4] != "" || r == "" {
				return m
			}
			art := strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(g[2], "’", "'"))), " ")
			return g[1] + alineaNumberArticle[art].of(g[2]) + r + " alinéa" + g[5]
		})
		return reAlineaNumbers.ReplaceAllStringFunc(seg, func(m string) string {
			g := reAlineaNumbers.FindStringSubmatch(m)
			if g[3] != "" {
				return m
			}
			ranks := reAlineaDigits.ReplaceAllStringFunc(g[2], func(d string) string {
				if r := rank(d); r != "" {
					return r
				}
				return d
			})
			if reAlineaDigits.MatchString(ranks) {
				return m
			}
			return g[1] + " " + ranks + " alinéas" + g[4]
		})
	})
}

// betweenWords reads words inserted between two others — "Entre les
// mots : « A » et les mots : « B », sont insérés les mots : « C »",
// "entre le mot « A » et le mot « B », il est inséré le mot « C »" — as
// "les mots : « A B » sont remplacés par les mots : « A C B »": the
// two must follow each other (else the words are not found, and the
// edit is refused); a second word that begins with a punctuation mark
// follows the first with no space. After an elision ("« l' » et
// « État »") where the words go is not clear: left as it is (refused).
func betweenWords(body string) string {
	if m := reBetweenWordsOf.FindStringSubmatch(body); m != nil {
		// "Entre les mots : « A » et « B » du deuxième alinéa de
		// l'article L. 1, sont insérés …": the place after the words is
		// "Au deuxième alinéa de l'article L. 1, entre …" (it was
		// refused).
		at := map[string]string{"du": "Au ", "de la": "À la ", "de l'": "À l'", "de l’": "À l'", "des": "Aux "}[strings.Join(strings.Fields(m[3]), " ")]
		body = at + m[4] + ", entre les mots : « " + m[1] + " » et les mots : « " + m[2] + " », " + m[5]
	}
	m := reBetweenWords.FindStringSubmatch(body)
	if m == nil || strings.HasSuffix(m[2], "'") || strings.HasSuffix(m[2], "’") {
		return body
	}
	a, b, c := m[2], m[3], m[4]
	sep := " "
	if strings.ContainsAny(b[:1], ",.;:)") {
		sep = ""
	}
	edit := "les mots : « " + a + sep + b + " » sont remplacés par les mots : « " + a + " " + c + sep + b + " »" + m[5]
	if m[1] == "" {
		return upperFirst(edit)
	}
	return m[1] + ", " + edit
}

// reBetweenWords is "<place>, entre les mots : « A » et les mots :
// « B », sont insérés les mots : « C »" (groups: the place, A, B, C,
// what follows).
var reBetweenWords = mustRe(`^(?:(.*?)\s*,\s*)?(?:[Ee]ntre)\s+(?:les|le|la|l['’])\s*` + wordNounCased + `\s*:?\s*«\s*([^«»]+?)\s*»\s*,?\s*et\s+(?:(?:les|le|la|l['’])\s*` + wordNounCased + `\s*:?\s*)?«\s*([^«»]+?)\s*»\s*,?\s*(?:il\s+est\s+insérée?|est\s+insérée?|sont\s+insérée?s)\s+(?:les|le|la|l['’])\s*` + wordNounCased + `\s*:?\s*«\s*([^«»]+?)\s*»(.*)$`)

// relabelledRewrite reads an item rewritten under its new label — "Le 3°,
// qui devient le 4°, est ainsi rédigé : « 4° … »" — as "Le 3° est ainsi
// rédigé : « 4° … »": the new text carries the new label (it was refused:
// a renumbering into a division). New text without that label, another
// renumbering before it ("Le 2° devient le 3° et le 3°, qui devient …"),
// alinéas ("le deuxième alinéa, qui devient le troisième": counted on
// which text?) and other verbs are left as they are (refused).
func relabelledRewrite(body string, payload []string) string {
	m := reRelabelledRewrite.FindStringSubmatch(body)
	if m == nil || strings.Contains(m[1], "devien") {
		return body
	}
	first := m[4]
	if first == "" {
		// The new text in the alinéas that follow ("… est ainsi
		// rédigé :" then « 4° … »).
		if len(payload) == 0 || !strings.HasSuffix(strings.TrimSpace(m[3]), ":") {
			return body
		}
		first = payload[0]
	}
	if lineLabel(first) != itemName(m[2]) {
		return body
	}
	return m[1] + " " + m[3] + m[4]
}

// reRelabelledRewrite is "<the item>, qui devient le <label>, est ainsi
// rédigé : « …" (groups: the subject, the verb to the quotation mark, the
// new label, the new text from its mark).
var reRelabelledRewrite = mustRe(`^((?:[Ll]e|[Ll]a)\s+(?:\d+°|[IVX]+|[a-z])(?:\s+` + latinOrd + `)?(?:\s+[^«,:]*?)?)\s*,\s*qui\s+devient\s+(?:le|la)\s+((?:\d+°|[IVX]+|[a-z])(?:\s+` + latinOrd + `)?)\s*,\s*(est\s+ainsi\s+rédigée?\s*:?\s*)([«"].*)?$`)

// relabelThenRewritten reads a relabelling then an item rewritten under
// the label a relative clause gives it — "Le 2° devient le 3° et le 3°,
// qui devient le 4°, est ainsi rédigé : « 4° … »" — as two clauses in the
// order that gives no label while another item bears it: the 3° rewritten
// (its new text carrying the 4°), then the 2° relabelled; "Le 3° devient
// le 4° et le 2°, qui devient le 3°, …": the 3° relabelled, then the 2°
// rewritten. The labels bare, of one kind, the rewritten item's the one
// relabelled to or its new one the one relabelled from (a swap, or two
// renumberings apart, are not read); its new text must carry its new
// label, inline. ok is false when body is not of this form, or not read
// (then left to be refused).
func relabelThenRewritten(body string) (string, bool) {
	m := reRelabelThenRewritten.FindStringSubmatch(body)
	if m == nil {
		return body, false
	}
	x, y, c, d := itemName(m[2]), itemName(m[3]), itemName(m[4]), itemName(m[5])
	verb, text := m[6], m[7]
	k := casedKind(x)
	if casedKind(y) != k || casedKind(c) != k || casedKind(d) != k || lineLabel(text) != d {
		return body, false
	}
	end := strings.LastIndexAny(text, "»\"")
	if end < 0 {
		return body, false
	}
	_, n := utf8.DecodeRuneInString(text[end:])
	quote, tail := text[:end+n], text[end+n:]
	switch {
	case y == c && d != x:
		// The 3° rewritten first (it frees its label), then the 2°.
		return m[1] + " " + m[4] + " " + verb + quote + " et le " + m[2] + " devient le " + m[3] + tail, true
	case d == x && y != c:
		// The 3° relabelled first (it frees its label), then the 2°.
		return m[1] + " " + m[2] + " devient le " + m[3] + " et le " + m[4] + " " + verb + quote + tail, true
	}
	return body, false
}

// relabelledRewriteLines is relabelThenRewritten for a new text on the
// alinéas after the instruction (payload; relabelledRewrite reads "Le 3°,
// qui devient le 4°, est ainsi rédigé :" then "« 4° … »" itself): "Le 2°
// devient le 3° et le 3°, qui devient le 4°, est ainsi rédigé :" is the
// rewrite (marked "+": first)
// then the relabelling "Le 2° devient le 3°", "Le 3° devient le 4° et le
// 2°, qui devient le 3°, …" the relabelling then the rewrite. ok is false
// when body is not of these forms or the new text's first alinéa does
// not carry the new label.
func relabelledRewriteLines(body string, payload []string) (rewrite, relabel string, ok bool) {
	if len(payload) == 0 {
		return "", "", false
	}
	m := reRelabelThenRewrittenHead.FindStringSubmatch(body)
	if m == nil {
		return "", "", false
	}
	x, y, c, d := itemName(m[2]), itemName(m[3]), itemName(m[4]), itemName(m[5])
	k := casedKind(x)
	if casedKind(y) != k || casedKind(c) != k || casedKind(d) != k || lineLabel(payload[0]) != d {
		return "", "", false
	}
	rewrite = m[1] + " " + m[4] + " " + m[6] + " :"
	relabel = m[1] + " " + m[2] + " devient le " + m[3] + "."
	switch {
	case y == c && d != x:
		return "+" + rewrite, relabel, true
	case d == x && y != c:
		return upperFirst(rewrite), relabel, true
	}
	return "", "", false
}

// reRelabelThenRewrittenHead is "Le <X> devient le <Y> et le <C>, qui
// devient le <D>, est ainsi rédigé :" (groups: the determiner, X, Y, C,
// D, the verb).
var (
	reRelabelThenRewrittenHead = mustRe(`^([Ll]e|[Ll]a)[\s\x{a0}]+(` + bareLabel + `)[\s\x{a0}]+devient[\s\x{a0}]+le[\s\x{a0}]+(` + bareLabel + `)[\s\x{a0}]+et[\s\x{a0}]+le[\s\x{a0}]+(` + bareLabel + `)[\s\x{a0}]*,[\s\x{a0}]*qui[\s\x{a0}]+devient[\s\x{a0}]+le[\s\x{a0}]+(` + bareLabel + `)[\s\x{a0}]*,[\s\x{a0}]*(est[\s\x{a0}]+ainsi[\s\x{a0}]+rédigée?)[\s\x{a0}\x{202f}]*:[\s\x{a0}]*$`)
)

// reRelabelThenRewritten is "Le <X> devient le <Y> et le <C>, qui devient
// le <D>, est ainsi rédigé : « …" (groups: the determiner, X, Y, C, D, the
// verb to the quotation mark, the new text from its mark).
var reRelabelThenRewritten = mustRe(`^([Ll]e|[Ll]a)[\s\x{a0}\x{202f}]+(` + bareLabel + `)[\s\x{a0}\x{202f}]+devient[\s\x{a0}\x{202f}]+le[\s\x{a0}\x{202f}]+(` + bareLabel + `)[\s\x{a0}\x{202f}]+et[\s\x{a0}\x{202f}]+le[\s\x{a0}\x{202f}]+(` + bareLabel + `)[\s\x{a0}\x{202f}]*,[\s\x{a0}\x{202f}]*qui[\s\x{a0}\x{202f}]+devient[\s\x{a0}\x{202f}]+le[\s\x{a0}\x{202f}]+(` + bareLabel + `)[\s\x{a0}\x{202f}]*,[\s\x{a0}\x{202f}]*(est[\s\x{a0}\x{202f}]+ainsi[\s\x{a0}\x{202f}]+rédigée?[\s\x{a0}\x{202f}]*:?[\s\x{a0}\x{202f}]*)([«"].*)$`)

// bareLabel is an item's label alone: "2°", "II", "a", "2° bis".
const bareLabel = `(?:\d+°|[IVX]+|[a-z]|` + doubledLetter + `)(?:\s+` + latinOrd + `)?`

// reBetweenWordsOf is the same with the place after the two words, in the
// genitive: "Entre les mots : « A » et « B » du deuxième alinéa de
// l'article L. 1, sont insérés …" (groups: A, B, the preposition, the
// place, the insertion).
var reBetweenWordsOf = mustRe(`^[Ee]ntre\s+(?:les|le|la|l')\s*` + wordNounCased + `\s*:?\s*«\s*([^«»]+?)\s*»\s*,?\s*et\s+(?:(?:les|le|la|l')\s*` + wordNounCased + `\s*:?\s*)?«\s*([^«»]+?)\s*»\s*,?\s+(du|de\s+la|de\s+l['’]|des)\s*([^«»,]+?)\s*,\s*((?:il\s+est\s+insérée?|est\s+insérée?|sont\s+insérée?s)\s+.*)$`)

// reBetweenWordsAny is words named as a place between two others,
// outside quotations: "entre les mots : « A » et".
var reBetweenWordsAny = mustRe(`(?:^|[\s,])[Ee]ntre\s+(?:les|le|la|l')\s*` + wordNounCased + `\s*:?\s*«[^«»]*»\s*,?\s*et\b`)

// articlePremier writes "l'article premier" as "l'article 1er", outside
// quotations (it was refused: no target article).
func articlePremier(body string) string {
	if !reArticlePremier.MatchString(body) {
		return body
	}
	return outsideQuotes(body, func(seg string) string {
		return reArticlePremier.ReplaceAllString(seg, "${1}1er")
	})
}

var reArticlePremier = mustRe(`\b([Aa]rticles?\s+)premier\b`)

// sameDivisionAlineas says scopes are several alinéas of one division
// of one article: "les premier et deuxième alinéas du I".
func sameDivisionAlineas(scopes []Scope) bool {
	if len(scopes) < 2 {
		return false
	}
	for _, sc := range scopes[1:] {
		a, b := scopes[0], sc
		if a.Ref != b.Ref || len(a.Path) == 0 || len(a.Path) != len(b.Path) || !slices.Equal(a.Path[:len(a.Path)-1], b.Path[:len(b.Path)-1]) {
			return false
		}
		if a.Path[len(a.Path)-1].Alinea == 0 || b.Path[len(b.Path)-1].Alinea == 0 {
			return false
		}
	}
	return true
}

// adjacentScopes says b follows a, as far as the locator says it: two
// alinéas (sentences) ranked from the start must be consecutive; items
// of one division must be consecutive in their series when their labels
// say it ("le I et le III", "le 1° et le 3°" are not; "le 1° bis et le
// 2°" are), and are taken as named when they do not.
func adjacentScopes(a, b Scope) bool {
	if a.Sentence != 0 || b.Sentence != 0 {
		return a.Sentence > 0 && b.Sentence == a.Sentence+1 && slices.Equal(a.Path, b.Path)
	}
	if len(a.Path) == 0 || len(a.Path) != len(b.Path) {
		return false
	}
	da, db := a.Path[len(a.Path)-1], b.Path[len(b.Path)-1]
	if da.Alinea != 0 || db.Alinea != 0 {
		// Counted from the start, or both from the end ("entre
		// l'avant-dernier et le dernier alinéa": -2 and -1; it was
		// refused as two alinéas apart).
		return (da.Alinea > 0 || db.Alinea < 0) && db.Alinea == da.Alinea+1 && da.Count <= 1 && db.Count <= 1
	}
	return da.Item != "" && db.Item != "" && slices.Equal(a.Path[:len(a.Path)-1], b.Path[:len(b.Path)-1]) && !itemsApart(da.Item, db.Item)
}

// itemsApart reports whether the item b cannot follow the item a in their
// series: same kind, ranks known, and b neither the next number ("2°"
// after "1°" or "1° bis") nor the next Latin ordinal of a's number ("1°
// bis" after "1°", "1° ter" after "1° bis").
func itemsApart(a, b string) bool {
	if itemKind(a) != itemKind(b) {
		return false
	}
	ra, rb := latinItemRank(a), latinItemRank(b)
	if ra == 0 || rb == 0 {
		return false
	}
	next := ra%100 + 1
	if ra%100 == 0 {
		next = 2
	}
	return !(rb == ra-ra%100+next || rb == (ra/100+1)*100)
}

// latinItemRank is an item's rank in its series with its Latin ordinal,
// "1°" 100, "1° bis" 102, "II" 200; 0 when it is not read ("1° A").
func latinItemRank(it string) int {
	kind := byte('l')
	if itemKind(it) == "roman" {
		kind = 'r'
	}
	return latinRank(it, kind)
}

// casedArticle is an article or preposition with the one it stands for
// ("à l'" → "au"), written in the case of the text.
type casedArticle string

func (a casedArticle) of(cased string) string {
	if cased != "" && cased[0] >= 'A' && cased[0] <= 'Z' || strings.HasPrefix(cased, "À") {
		return upperFirst(string(a))
	}
	return string(a)
}

var (
	// reAlineaNumber is "à l'alinéa 2", "l'alinéa 1er", "de l'alinéa 3"
	// (groups: the character before, the article, the number, a Latin
	// adverb or a degree sign after it, the character after).
	reAlineaNumber = mustRe(`(?i)(^|[^\p{L}\d])((?:(?:à|de|dans)\s+)?l['’])\s*alinéa\s+(1er|premier|\d{1,2})(°|\s+(?:bis|ter|quater)\b)?(\s|,|$)`)
	// reAlineaNumbers is "aux alinéas 2 et 3", "les alinéas 2 à 4"
	// (groups: the article, the numbers, a Latin adverb or a degree
	// sign, the character after).
	reAlineaNumbers = mustRe(`(?i)\b(aux|les|des|dans\s+les)\s+alinéas\s+((?:1er|\d{1,2})(?:\s*(?:,|et|à)\s*\d{1,2})+)(°|\s+(?:bis|ter|quater)\b)?(\s|,|$)`)
	reAlineaDigits  = mustRe(`1er|\d{1,2}`)
	// reArticleCommaAlinea is an article then its alinéa between commas,
	// the older drafting: "À l'article L. 1, alinéa 2, du code civil, …",
	// "À l'article L. 1 du code civil, alinéa 2, …", "L'article 6, alinéa
	// 1er, de la loi … est abrogé" (groups: the preposition and article,
	// the article's number and what follows it to the comma, the alinéa's
	// number, "premier alinéa", its rank in words instead of the
	// number, the rest; an item, "2°", "II", instead of the alinéa, then
	// the rest).
	reArticleCommaAlinea = mustRe(`^((?:À|Dans)\s+l['’]|L['’])\s*article\s+([^,«»"]+?)\s*,\s*(?:(?:alinéa|al\.)\s+(1er|\d{1,2})|([a-zàâéèêëîïôûç-]+)\s+alinéa|(\d+°(?:\s+(?:bis|ter|quater))?|[IVX]+(?:\s+(?:bis|ter|quater))?))\s*,\s*(.*)$`)
	// reTextGenitive is a text named after a division: "du code civil",
	// "de la loi n° …", "de l'ordonnance …".
	reTextGenitive = mustRe(`^(?:du\s+code|de\s+la\s+loi|de\s+l['’]ordonnance|du\s+d[ée]cret|du\s+livre\s+des\s+proc[ée]dures)\b`)
	// alineaNumberArticle is what the article of reAlineaNumber becomes
	// before a rank.
	alineaNumberArticle = map[string]casedArticle{"à l'": "au ", "l'": "le ", "de l'": "du ", "dans l'": "dans le "}
)

var (
	// reAllOccurrences is "toutes les occurrences du mot", "chaque
	// occurrence du mot": every one, as "le mot" says (groups: the
	// genitive); "après chaque occurrence du mot : « A »" was refused.
	reAllOccurrences = mustRe(`\b(?:[Tt]outes\s+les\s+occurrences|[Cc]haque\s+occurrence)\s+(du|de\s+la|de\s+l['’]|des)\s*`)
	// reFirstLastOccurrences is "les deux premières (dernières)
	// occurrences" (groups: the count, premières or dernières).
	reFirstLastOccurrences = mustRe(`\b([Ll]es|aux)\s+(` + cardinalWords + `|\d{1,2})\s+(premi[èe]res|derni[èe]res)\s+occurrences\b`)
	// reCountedOccurrences is "les deux occurrences du mot : « A » sont
	// remplacées" (groups: the count, the genitive, the words quoted,
	// the verb).
	reCountedOccurrences = mustRe(`\b[Ll]es\s+(` + cardinalWords + `|\d{1,2})\s+occurrences\s+(du|de\s+la|de\s+l['’]|des)\s*([^«"]*?(?:«[^»]*»|"[^"]*"))\s*,?\s*((?:sont|est)\s+(?:remplacée?s?\s+par|supprimée?s?))`)
)

// reRestOf is the division after "la fin" when it begins with "of": "de
// la première phrase", "du 2°" (group 1 the genitive).
var reRestOf = mustRe(`^(du|de\s+la|de\s+l'|des)\s*`)

// theOf is the article a genitive stands for: "du mot" → "le mot".
// reCountedAnchor is an anchor counted: "après les deux occurrences du
// mot : « A »" (groups: après or avant, the count, du or des…, the
// quoted words).
var reCountedAnchor = mustRe(`\b([Aa]près|[Aa]vant)\s+les\s+(` + cardinalWords + `|\d{1,2})\s+occurrences\s+(du|de\s+la|de\s+l['’]|des)\s*(` + wordNounCased + `\s*:?\s*(?:«[^»]*»|"[^"]*"|“[^”]*”))`)

var theOf = map[string]string{"du": "le ", "de la": "la ", "de l'": "l'", "de l’": "l'", "des": "les "}

// quotedList is two or more quotations joined by commas and a last "et":
// "« A », « B » et « C »".
const quotedList = `((?:«[^»]*»|"[^"]*"|“[^”]*”)(?:\s*,\s*(?:«[^»]*»|"[^"]*"|“[^”]*”))*\s*et\s*(?:«[^»]*»|"[^"]*"|“[^”]*”))`

// reQuotation is one quotation of a quotedList.
var reQuotation = mustRe(`«[^»]*»|"[^"]*"|“[^”]*”`)

// reRespectiveInsertion is new words inserted after (before) two or more
// anchors, "respectivement": "après les mots : « A » et « B », sont
// insérés, respectivement, les mots : « C » et « D »" (also "sont
// respectivement insérés", "sont ajoutés", "« A », « B » et « C »")
// (groups: the preposition, the anchors' determiner and noun, the
// anchors, the verb, the new words' determiner and noun, the new words).
var reRespectiveInsertion = mustRe(`\b([Aa]près|[Aa]vant)\s+((?:les|le|la|l['’])\s*` + wordNounCased + `\s*:?)\s*` + quotedList + `\s*,\s*(?:sont\s+respectivement\s+(insérés|ajoutés)|sont\s+(insérés|ajoutés)\s*,?\s*respectivement)\s*,?\s*((?:les|le|la|l['’])\s*` + wordNounCased + `\s*:?)\s*` + quotedList)

// respectiveInsertions writes insertions said with "respectivement" as
// insertions joined by "et": "après les mots : « A » et « B », sont
// insérés, respectivement, les mots : « C » et « D »" is "après les mots :
// « A », sont insérés les mots : « C » et, après les mots : « B », les
// mots : « D »" — C after A, D after B (it was not understood); so for
// three or more (they were refused), as many on each side, else left as
// said (refused).
func respectiveInsertions(body string) string {
	body = reRespectiveInsertion.ReplaceAllStringFunc(body, func(m string) string {
		g := reRespectiveInsertion.FindStringSubmatch(m)
		if out, ok := respectivePairs(g[1], g[2], g[3], "sont "+g[4]+g[5], g[6], g[7]); ok {
			return out
		}
		return m
	})
	return eachInsertion(body)
}

// reEachInsertion is one new text inserted after (before) two or more
// anchors: "après les mots : « A » et « B », sont insérés les mots : « C
// »" (groups: the preposition, the anchors' determiner and noun, the
// anchors, the verb, the new words' determiner and noun, the new words).
var reEachInsertion = mustRe(`\b([Aa]près|[Aa]vant)\s+((?:les|le|la|l['’])\s*` + wordNounCased + `\s*:?)\s*` + quotedList + `\s*,\s*(sont\s+(?:insérés|ajoutés))\s*((?:les|le|la|l['’])\s*` + wordNounCased + `\s*:?)\s*(«[^»]*»|"[^"]*"|“[^”]*”)`)

// reMoreQuoted is another quotation joined after one: ", « D »", "et « D »".
var reMoreQuoted = mustRe(`^\s*(?:,|et)\s*[«"“]`)

// eachInsertion writes one new text inserted after each of several
// anchors, "après les mots : « A » et « B », sont insérés les mots : « C
// »", as insertions joined by "et", C after A and C after B — as "les
// mots : « A » et « B » sont remplacés par le mot : « C »" replaces each
// (it was refused, read as "respectivement" with one new text). Several
// new texts with no "respectivement" stay refused: how they pair is not
// said.
func eachInsertion(body string) string {
	var out strings.Builder
	last := 0
	for _, m := range reEachInsertion.FindAllStringSubmatchIndex(body, -1) {
		if reMoreQuoted.MatchString(body[m[1]:]) {
			continue
		}
		g := func(k int) string { return body[m[2*k]:m[2*k+1]] }
		as := reQuotation.FindAllString(g(3), -1)
		news := strings.Repeat(g(6)+" et ", len(as)-1) + g(6)
		rep, ok := respectivePairs(g(1), g(2), g(3), g(4), g(5), news)
		if !ok {
			continue
		}
		out.WriteString(body[last:m[0]])
		out.WriteString(rep)
		last = m[1]
	}
	if last == 0 {
		return body
	}
	out.WriteString(body[last:])
	return out.String()
}

// respectivePairs writes anchors and new words paired "respectivement"
// (anchors and news each a quotedList) as insertions joined by "et": the
// first with the verb ("sont insérés", "insérer"), each other after its
// anchor with the preposition in lower case. False when the counts
// differ. Bills (respectiveInsertions) and amendments
// (respectiveAnchors) both write them so.
func respectivePairs(prep, anchorNoun, anchors, verb, newNoun, news string) (string, bool) {
	as, ns := reQuotation.FindAllString(anchors, -1), reQuotation.FindAllString(news, -1)
	if len(as) != len(ns) {
		return "", false
	}
	out := prep + " " + anchorNoun + " " + as[0] + ", " + verb + " " + newNoun + " " + ns[0]
	for k := 1; k < len(as); k++ {
		out += " et, " + strings.ToLower(prep) + " " + anchorNoun + " " + as[k] + ", " + newNoun + " " + ns[k]
	}
	return out, true
}

// occurrencesCounted writes occurrences counted as the grammar reads them:
// "toutes les occurrences du mot : « A »" is "le mot : « A »"; "les deux
// premières (dernières) occurrences" are "les première et deuxième
// (avant-dernière et dernière) occurrences"; "les deux occurrences du mot
// : « A » sont remplacées par" is "le mot : « A » est, deux fois,
// remplacé par" (refused unless there are two). They were refused.
func occurrencesCounted(body string) string {
	if !strings.Contains(body, "occurrence") {
		return body
	}
	// "le mot : « A » est remplacé, à la deuxième occurrence, par" is
	// "la deuxième occurrence du mot : « A » est remplacée par" (it was
	// refused: no known form).
	// "… est remplacé par le mot : « B » à la deuxième occurrence", "…
	// est supprimé à sa deuxième occurrence": the same, said after the
	// operation (it was refused: a place after the operation).
	body = reRankAtEnd.ReplaceAllStringFunc(body, func(m string) string {
		g := reRankAtEnd.FindStringSubmatch(m)
		of := map[string]string{"le": "du ", "la": "de la ", "l'": "de l'", "l’": "de l'", "les": "des "}[strings.ToLower(g[2])]
		return g[1] + "la " + g[7] + " occurrence " + of + g[3] + " " + g[4] + " " + g[5] + g[6] + g[8]
	})
	body = reRankAfterVerb.ReplaceAllStringFunc(body, func(m string) string {
		g := reRankAfterVerb.FindStringSubmatch(m)
		of := map[string]string{"le": "du ", "la": "de la ", "l'": "de l'", "l’": "de l'", "les": "des "}[strings.ToLower(g[2])]
		return g[1] + rankedOccurrences(g[6], g[7]) + of + g[3] + g[4] + " " + g[5] + " "
	})
	// "À l'article L. 1, à la deuxième occurrence, le mot : « A » est
	// remplacé par", "Aux deuxième et troisième occurrences, les mots …":
	// the rank said in the locator, just before the words it ranks, is
	// theirs (it was refused: an occurrence named in the locator).
	body = reRankLocatorWords.ReplaceAllStringFunc(body, func(m string) string {
		g := reRankLocatorWords.FindStringSubmatch(m)
		of := map[string]string{"le": "du ", "la": "de la ", "l'": "de l'", "l’": "de l'", "les": "des "}[strings.ToLower(g[4])]
		return g[1] + rankedOccurrences(g[2], g[3]) + of + g[5] + " " + g[6] + " " + g[7]
	})
	// "le mot : « A » est remplacé, aux deux occurrences, par", "…, à ses
	// deux occurrences, …", "le mot : « A », aux deux occurrences, est
	// supprimé": a count, as "est, deux fois, remplacé par" (refused
	// unless there are that many; it was refused: no known form).
	body = reCountAfterVerb.ReplaceAllString(body, "${1}, ${3} fois, ${2} ")
	body = reCountBeforeVerb.ReplaceAllString(body, "${1}, ${2} fois, ${3} ")
	// "le mot : « A », à la première occurrence, est remplacé par", "…,
	// dans sa dernière occurrence, est supprimé": the same, said before
	// the verb (it was refused: no known form).
	body = reRankBeforeVerb.ReplaceAllStringFunc(body, func(m string) string {
		g := reRankBeforeVerb.FindStringSubmatch(m)
		of := map[string]string{"le": "du ", "la": "de la ", "l'": "de l'", "l’": "de l'", "les": "des "}[strings.ToLower(g[2])]
		return g[1] + "la " + g[4] + " occurrence " + of + g[3] + " " + g[5] + " " + g[6]
	})
	// "À la dernière occurrence du mot : « A », le mot : « A » (ce mot)
	// est remplacé par": that occurrence of those words, when the
	// locator's words are the operated ones (it was refused: an
	// occurrence in the locator); other words, or a rank alone ("À la
	// seconde occurrence, le mot : « A » …"), are kept refused.
	body = reRankInLocator.ReplaceAllStringFunc(body, func(m string) string {
		g := reRankInLocator.FindStringSubmatch(m)
		if g[5] != "" && quotedText(g[4]) != quotedText(g[5]) {
			return m
		}
		of := g[3]
		if !strings.HasSuffix(of, "'") && !strings.HasSuffix(of, "’") {
			of += " "
		}
		return g[1] + "la " + g[2] + " occurrence " + of + g[4] + " " + g[6] + " " + g[7]
	})
	body = reCountedOccurrences.ReplaceAllStringFunc(body, func(m string) string {
		g := reCountedOccurrences.FindStringSubmatch(m)
		verb := strings.Fields(g[4])
		return theOf[strings.Join(strings.Fields(g[2]), " ")] + g[3] + " " + verb[0] + ", " + g[1] + " fois, " + strings.Join(verb[1:], " ")
	})
	// "après les deux occurrences du mot : « A »" is "après le mot :
	// « A » (deux fois)": an insertion after each, refused unless there
	// are that many (it was refused).
	body = reCountedAnchor.ReplaceAllStringFunc(body, func(m string) string {
		g := reCountedAnchor.FindStringSubmatch(m)
		return g[1] + " " + theOf[strings.Join(strings.Fields(g[3]), " ")] + g[4] + " (" + g[2] + " fois)"
	})
	return outsideQuotes(body, occurrencesRanked)
}

// rePrecededAlinea is an alinéa preceded by a sentence or an alinéa
// ("le troisième alinéa est précédé d'une phrase ainsi rédigée :", "le
// premier alinéa du I est précédé d'un alinéa ainsi rédigé :") (groups:
// what comes before, the determiner, the alinéa, "phrase" or "alinéa").
var rePrecededAlinea = mustRe(`(^|,\s*)([Ll]e|[Ll]['’])\s*((?:` + ordWordsAcc + `)\s+alinéa(?:\s+(?:du|de\s+la|de\s+l['’]|des)\s*[^,;:«»"]*?)?)\s+est\s+précédé\s+d['’]une?\s+(phrase\s+ainsi\s+rédigée|alinéa\s+ainsi\s+rédigé)\s*:`)

// precededAlinea writes an alinéa preceded by a sentence as the start of
// that alinéa ("Au début du troisième alinéa, est insérée une phrase
// ainsi rédigée :"), preceded by an alinéa as an alinéa inserted before
// it ("Avant le premier alinéa du I, il est inséré un alinéa ainsi rédigé
// :" — refused, as that is, where a label opens the first alinéa). They
// were refused (no known form).
func precededAlinea(body string) string {
	return rePrecededAlinea.ReplaceAllStringFunc(body, func(m string) string {
		g := rePrecededAlinea.FindStringSubmatch(m)
		det := strings.ToLower(g[2])
		start := g[1] == ""
		if strings.HasPrefix(g[4], "phrase") {
			of := "du "
			if det != "le" {
				of = "de l'"
			}
			at := "au début "
			if start {
				at = "Au début "
			}
			return g[1] + at + of + g[3] + ", est insérée une phrase ainsi rédigée :"
		}
		before := "avant "
		if start {
			before = "Avant "
		}
		return g[1] + before + det + map[bool]string{true: " ", false: ""}[det == "le"] + g[3] + ", il est inséré un alinéa ainsi rédigé :"
	})
}

// reRankAfterVerb is words replaced or deleted at one occurrence said
// after the verb: "le mot : « A » est remplacé, à la deuxième occurrence,
// par" (groups: what comes before, the determiner, the noun, the quoted
// words, the verb, the rank).
var reRankAfterVerb = mustRe(`(^|[\s,])([Ll]es|[Ll]e|[Ll]a|[Ll]['’])\s*(` + wordNounCased + `\s*:?\s*` + quotedAny + `)\s*(est|sont)\s+(remplacée?s?|supprimée?s?)\s*,\s*` + rankSaid + `\s*,\s*`)

// rankSaid is one rank of occurrence, "à la deuxième occurrence", or
// several, "aux deuxième et troisième occurrences" (groups: the one, the
// several).
var rankSaid = `(?:(?:à|a)\s+la\s+(` + ordWordsAcc + `)\s+occurrence|aux\s+((?:` + ordWordsAcc + `)(?:\s*(?:,|et)\s*(?:` + ordWordsAcc + `))+)\s+occurrences)`

// rankedOccurrences writes the ranks rankSaid read as the grammar reads
// them before the words: "la deuxième occurrence ", "les deuxième et
// troisième occurrences ".
func rankedOccurrences(one, several string) string {
	if several != "" {
		return "les " + several + " occurrences "
	}
	return "la " + one + " occurrence "
}

// reRankLocatorWords is a rank of occurrence said at the end of the
// locator, just before the words replaced or deleted: "À l'article L. 1,
// à la deuxième occurrence, le mot : « A » est remplacé" (groups: what
// comes before, the rank — one, several —, the determiner, the noun and
// quoted words, the verb, the participle).
var reRankLocatorWords = mustRe(`(^|,\s*)(?:(?:[àÀaA])\s+la\s+(` + ordWordsAcc + `)\s+occurrence|[Aa]ux\s+((?:` + ordWordsAcc + `)(?:\s*(?:,|et)\s*(?:` + ordWordsAcc + `))+)\s+occurrences)\s*,\s*([Ll]es|[Ll]e|[Ll]a|[Ll]['’])\s*(` + wordNounCased + `\s*:?\s*` + quotedAny + `)\s*(est|sont)\s+(remplacée?s?|supprimée?s?)`)

// reCountAfterVerb and reCountBeforeVerb are a count of occurrences said
// between commas after (before) the verb: "est remplacé, aux deux
// occurrences, par", "« A », à ses deux occurrences, est supprimé"
// (groups: the verb, the participle, the count; the quotation's end,
// the count, the verb).
var (
	reCountAfterVerb  = mustRe(`(\s(?:est|sont))\s+(remplacée?s?|supprimée?s?)\s*,\s*(?:à|a|aux|dans)\s+(?:ses\s+|leurs\s+|les\s+)?(` + cardinalWords + `)\s+occurrences\s*,\s*`)
	reCountBeforeVerb = mustRe(`(»|"|”)\s*,\s*(?:à|a|aux|dans)\s+(?:ses\s+|leurs\s+|les\s+)?(` + cardinalWords + `)\s+occurrences\s*,\s*(est|sont)\s`)
)

// quotedAny is a quotation in guillemets, straight or curly quotes (the
// occurrence forms read guillemets only: "le mot : “A” est supprimé, à
// la première occurrence" was refused).
const quotedAny = `(?:«[^«»]*»|"[^"]*"|“[^”]*”)`

// quotedText is the text of the quotation in s, blanks trimmed: "A" in
// "le mot : « A »" (or "A", “A”).
func quotedText(s string) string {
	for _, q := range [][2]string{{"«", "»"}, {"“", "”"}, {"\"", "\""}} {
		i, j := strings.Index(s, q[0]), strings.LastIndex(s, q[1])
		if i >= 0 && j > i {
			return strings.TrimSpace(s[i+len(q[0]) : j])
		}
	}
	return s
}

// reRankBeforeVerb is words replaced or deleted at one occurrence said
// between the words and the verb: "le mot : « A », à la première
// occurrence, est remplacé par", "…, dans sa dernière occurrence, est
// supprimé" (groups: what comes before, the determiner, the noun and
// quoted words, the rank, the verb, the participle).
var reRankBeforeVerb = mustRe(`(^|[\s,])([Ll]es|[Ll]e|[Ll]a|[Ll]['’])\s*(` + wordNounCased + `\s*:?\s*` + quotedAny + `)\s*,\s*(?:(?:à|a)\s+(?:la|sa|leur)|dans\s+(?:sa|leur))\s+(` + ordWordsAcc + `)\s+occurrence\s*,\s*(est|sont)\s+(remplacée?s?|supprimée?s?)`)

// reEveryInLocator is every occurrence said in the locator, folded: ",
// à chaque occurrence,", ", dans toutes ses occurrences,".
var reEveryInLocator = mustRe(`,\s*(?:a\s+chaque\s+occurrence|(?:dans|a)\s+(?:toutes\s+)?(?:ses|leurs)\s+(?:occurrences|differentes\s+occurrences))\s*,`)

// reRankInLocator is an occurrence named in the locator, then the words
// replaced or deleted: "à la dernière occurrence du mot : « A », le mot
// : « A » est remplacé", "…, ce mot est supprimé"
// (groups: what comes before, the rank, the locator's "du", its quoted
// words, the operated words — none for "ce mot" —, the verb, the
// participle).
var reRankInLocator = mustRe(`(^|[\s,])(?:[àÀaA]|[Dd]ans)\s+la\s+(` + ordWordsAcc + `)\s+occurrence\s+(du|de\s+la|des|de\s+l['’])\s*(` + wordNounCased + `\s*:?\s*` + quotedAny + `)\s*,\s*(?:(?:les|le|la|l['’])\s*(` + wordNounCased + `\s*:?\s*` + quotedAny + `)|ce\s+mot|ces\s+mots)\s*(est|sont)\s+(remplacée?s?|supprimée?s?)`)

// reRankAtEnd is words replaced or deleted at one occurrence said after
// the operation: "le mot : « A » est remplacé par le mot : « B » à la
// deuxième occurrence", "le mot : « A » est supprimé à sa deuxième
// occurrence", at the end or before a joined operation ("… et le mot
// …") (groups: what comes before, the determiner, the noun and quoted
// words, the verb, the participle, the new words, the rank, what ends the
// operation).
var reRankAtEnd = mustRe(`(^|[\s,])([Ll]es|[Ll]e|[Ll]a|[Ll]['’])\s*(` + wordNounCased + `\s*:?\s*` + quotedAny + `)\s*(est|sont)\s+(remplacée?s?|supprimée?s?)(\s+par\s+(?:les|le|la|l['’])\s*` + wordNounCased + `\s*:?\s*` + quotedAny + `)?\s*,?\s*(?:à|a)\s+(?:la|sa|leur)\s+(` + ordWordsAcc + `)\s+occurrence(\s*[.;]?\s*$|\s*,?\s+et\s)`)

// occurrencesRanked writes "toutes les occurrences du mot" and "les deux
// premières (dernières) occurrences" of a text outside quotations as
// occurrencesCounted says.
func occurrencesRanked(body string) string {
	body = reAllOccurrences.ReplaceAllStringFunc(body, func(m string) string {
		g := reAllOccurrences.FindStringSubmatch(m)
		return theOf[strings.Join(strings.Fields(g[1]), " ")]
	})
	return reFirstLastOccurrences.ReplaceAllStringFunc(body, func(m string) string {
		g := reFirstLastOccurrences.FindStringSubmatch(m)
		n := cardinal(g[2])
		var ranks []string
		if strings.HasPrefix(g[3], "premi") {
			for k := 1; k <= n; k++ {
				ranks = append(ranks, rankName(k))
			}
		} else {
			from := map[int]string{3: "antépénultième", 2: "avant-dernière", 1: "dernière"}
			for k := n; k >= 1; k-- {
				if from[k] == "" {
					return m // more than three from the end: not read
				}
				ranks = append(ranks, from[k])
			}
		}
		list := strings.Join(ranks[:len(ranks)-1], ", ") + " et " + ranks[len(ranks)-1]
		return g[1] + " " + list + " occurrences"
	})
}

// outsideQuotes applies f to the parts of s outside its quotations, and
// keeps the quotations as they are.
func outsideQuotes(s string, f func(string) string) string {
	var b strings.Builder
	for len(s) > 0 {
		q := quoteRe.FindStringIndex(s)
		seg := s
		if q != nil {
			seg = s[:q[0]]
		}
		b.WriteString(f(seg))
		if q == nil {
			break
		}
		b.WriteString(s[q[0]:q[1]])
		s = s[q[1]:]
	}
	return b.String()
}

// rankNames are the ranks in words, by number.
var rankNames = []string{"", "premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième", "neuvième", "dixième", "onzième", "douzième", "treizième", "quatorzième", "quinzième", "seizième", "dix-septième", "dix-huitième", "dix-neuvième", "vingtième"}

// reLocatorHead is a place alone, ending with a colon, that the items
// under it edit: "À l'article L. 1 :", "Au premier alinéa :", "Au 2° du
// I :" (the folded lower-case shape: no quotation in it, no comma — "Dans
// les conditions prévues à l'article 38 de la Constitution, le
// Gouvernement est autorisé … :" is no place).
var reLocatorHead = mustRe(`^` + locatorPiece + `(?:,\s*` + locatorPiece + `)*\s*:\s*$`)

// locatorPiece is one place of a locator head, between commas: "au
// premier alinéa", "à la première phrase" ("Au premier alinéa, à la
// première phrase :" is that sentence of that alinéa), an item alone,
// "au II", "au 1° bis".
const locatorPiece = `(?:(?:au|aux|a\s+la|a\s+l'|a|dans\s+(?:le|la|les|l'))\s[^:,]*?(?:\barticles?\b|\balineas?\b|\bphrases?\b|\b(?:du|au|aux|le|les)\s+(?:[ivx]+|\d+°|[a-z]\)?)(?:\s|$))[^:,]*?` +
	`|(?:au|aux)\s+(?:[ivx]+|\d+°|[a-z]\)?)(?:\s[^:,]*?)?)`

// isLocatorHead reports whether an alinéa is a place alone, ending with a
// colon ("À l'article L. 1 :").
func isLocatorHead(body string) bool {
	sh, quotes := shape(body)
	return len(quotes) == 0 && reLocatorHead.MatchString(strings.TrimSpace(asciiLower(foldAccents(sh))))
}

// stripQuotes removes quoted passages, so a ":" inside them is not seen.
func stripQuotes(s string) string {
	sh, _ := shape(s)
	return sh
}

// cleanPayload removes the quotation marks around quoted alinéas: the
// opening one, and a closing one left unbalanced at the end, with the
// instruction's own punctuation after it ("… Mayotte." ;).
func cleanPayload(lines []string) []string {
	var out []string
	for _, l := range lines {
		l = strings.TrimSpace(l)
		for _, o := range []string{"\"", "«", "“"} {
			if strings.HasPrefix(l, o) {
				l = strings.TrimLeft(strings.TrimPrefix(l, o), " \u00a0\u202f")
				break
			}
		}
		t := strings.TrimRight(l, " \u00a0\u202f;.,")
		switch {
		case strings.HasSuffix(t, "»") && strings.Count(t, "»") > strings.Count(t, "«"):
			l = strings.TrimSuffix(t, "»")
		case strings.HasSuffix(t, "”") && strings.Count(t, "”") > strings.Count(t, "“"):
			l = strings.TrimSuffix(t, "”")
		case strings.HasSuffix(t, "\"") && strings.Count(t, "\"")%2 == 1:
			l = strings.TrimSuffix(t, "\"")
		}
		out = append(out, strings.TrimRight(l, " \u00a0\u202f"))
	}
	return out
}

var quoteRe = mustRe(`"[^"]*"|«[^»]*»|“[^”]*”`)

// shape replaces each quoted passage of s by "Qn" and returns the quotes'
// contents, trimmed. Guillemets nest: in « les mots : « A » sont
// supprimés », the outer pair is the quotation and the inner one is part
// of its text (an instruction quoted by an amendment).
var literalQ = mustRe(`[Qq](\d)`)

func shape(s string) (string, []string) {
	var qs []string
	quote := func(q string) string {
		inner := strings.TrimSpace(strings.Trim(strings.TrimSpace(q[len(firstRune(q)):len(q)-len(lastRune(q))]), "\u00a0"))
		qs = append(qs, inner)
		return "Q" + strconv.Itoa(len(qs)-1)
	}
	var b strings.Builder
	// A "Q" and a digit of the text itself, outside quotations, would
	// read as a quotation's mark: it becomes a "K" (as long).
	text := func(x string) { b.WriteString(literalQ.ReplaceAllString(x, "K$1")) }
	for len(s) > 0 {
		i := strings.IndexAny(s, "\"«“")
		if i < 0 {
			text(s)
			break
		}
		if end := max(nestedGuillemets(s[i:]), nestedStraight(s[i:])); end > 0 {
			text(s[:i])
			b.WriteString(quote(s[i : i+end]))
			s = s[i+end:]
			continue
		}
		loc := quoteRe.FindStringIndex(s[i:])
		if loc == nil || loc[0] != 0 {
			text(s[:i+len(firstRune(s[i:]))])
			s = s[i+len(firstRune(s[i:])):]
			continue
		}
		text(s[:i])
		b.WriteString(quote(s[i : i+loc[1]]))
		s = s[i+loc[1]:]
	}
	return b.String(), qs
}

// nestedGuillemets returns the length of a quotation that opens s with
// « and holds another « … » before its closing », or 0.
func nestedGuillemets(s string) int {
	if !strings.HasPrefix(s, "«") {
		return 0
	}
	depth, nested := 0, false
	for i, r := range s {
		switch r {
		case '«':
			depth++
			if depth > 1 {
				nested = true
			}
		case '»':
			depth--
			if depth == 0 {
				if !nested {
					return 0
				}
				return i + len("»")
			}
		}
	}
	return 0
}

// nestedStraight returns the length of a quotation that opens s with a
// straight quote and holds another straight quotation before its own
// closing one, or 0: La Fabrique's texts print every guillemet straight,
// so "(règlement « OCM unique »)" inside new words reads "(règlement
// "OCM unique")". Inside a quotation, a straight quote after a space, a
// parenthesis or an apostrophe and before a letter or a digit opens one;
// any other closes one.
func nestedStraight(s string) int {
	if !strings.HasPrefix(s, "\"") {
		return 0
	}
	depth, nested := 1, false
	for i := 1; i < len(s); i++ {
		if s[i] != '"' {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+1:])
		if (unicode.IsSpace(before) || before == '(' || before == '\'' || before == '’') && (unicode.IsLetter(after) || unicode.IsDigit(after)) {
			depth++
			nested = true
			continue
		}
		if depth--; depth == 0 {
			if !nested {
				return 0
			}
			return i + 1
		}
	}
	return 0
}

var genitive = map[string]string{"au": "du", "aux": "des", "a la": "de la", "a l'": "de l'", "dans le": "du", "dans la": "de la", "dans les": "des", "dans l'": "de l'"}

// lastAgree says whether every place the instruction before edited
// agrees with its first on what same compares.
func (p *parser) lastAgree(same func(a, b Scope) bool) bool {
	for _, s := range p.lastOthers {
		if !same(p.lastScope, s) {
			return false
		}
	}
	return true
}

// samePlace compares two places: their article, the first depth
// divisions of their paths (all of them when depth < 0), and their
// sentence when sentence is set.
func samePlace(depth int, sentence bool) func(a, b Scope) bool {
	return func(a, b Scope) bool {
		if a.Ref != b.Ref || a.RangeTo != b.RangeTo || sentence && a.Sentence != b.Sentence {
			return false
		}
		if depth < 0 {
			return slices.Equal(a.Path, b.Path)
		}
		return len(a.Path) >= depth && len(b.Path) >= depth && slices.Equal(a.Path[:depth], b.Path[:depth])
	}
}

func firstRune(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}

func lastRune(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return ""
	}
	return string(r[len(r)-1])
}

// wordNoun is what quoted words are called: "les mots", "la référence",
// "le taux", "la mention", …
const wordNoun = `(?:mots?|references?|chiffres?|nombres?|montants?|signes?\s+de\s+ponctuation|signes?|lettres?|dates?|annees?|taux|pourcentages?|expressions?|termes?|sommes?|phrases?|mentions?|numeros?|valeurs?|durees?|seuils?|caracteres?|abreviations?|sigles?|acronymes?|symboles?|delais?|ages?|plafonds?|fractions?|proportions?|periodes?|coefficients?|quotites?|millesimes?|tarifs?|indices?|ratios?|echeances?|limites?)\s*:?\s*`

// wordNounCased is the same nouns as written, accents or not, for the
// amendments' lines read before folding (the Sénat's "Remplacer la durée
// :" then the words on the next line) — without "phrase", which there
// names a division ("Remplacer la première phrase par …").
const wordNounCased = `(?:mots?|r[ée]f[ée]rences?|chiffres?|nombres?|montants?|signes?(?:\s+de\s+ponctuation)?|lettres?|dates?|ann[ée]es?|taux|pourcentages?|expressions?|termes?|sommes?|mentions?|num[ée]ros?|valeurs?|dur[ée]es?|seuils?|caract[èe]res?|abr[ée]viations?|sigles?|acronymes?|symboles?|d[ée]lais?|[âa]ges?|plafonds?|fractions?|proportions?|p[ée]riodes?|coefficients?|quotit[ée]s?|mill[ée]simes?|tarifs?|indices?|ratios?|[ée]ch[ée]ances?|limites?)`

const wordKind = `(?:les|le|la|l'|des|du)\s*` + wordNoun

// occurrence is "la première occurrence du mot", "les deuxième et
// troisième occurrences de la référence": group 1 holds the ordinals.
var occurrence = `(?:(?:(?:la|les|a\s+la|aux)\s+|(?:a\s+)?l')((?:` + ordWords + `)(?:\s*(?:,|et)\s*(?:la\s+)?(?:` + ordWords + `))*)\s+occurrences?\s+(?:du|de\s+la|de\s+l'|des)\s*)`

// timesSaid is what a replacement may say of the occurrences it
// replaces, in bills and amendments alike, on folded or accented text:
// "est remplacé, à chaque occurrence, par", "sont, partout où ils
// figurent, remplacés par", "partout où il figure", "est remplacé
// partout par", "est remplacé, deux
// fois, par", "est, par deux fois, remplacé par", "chaque fois qu'il
// apparaît", "dans toutes ses occurrences", "(deux fois)", "à deux
// reprises". With count, the cardinal is a group of its own.
func timesSaid(count bool) string {
	n := `(?:` + cardinalWords + `|\d{1,2})`
	if count {
		n = `(` + cardinalWords + `|\d{1,2})`
	}
	verb := `(?:il|elle|ils|elles)\s+(?:figure(?:nt)?|apparaissent|appara[iî]t|se\s+trouve(?:nt)?)`
	return `(?:[àa]\s+chaque\s+occurrence|partout(?:\s+o[uù]\s+` + verb + `)?|(?:[àa]\s+)?(?:chaque|toutes\s+les)\s+fois\s+qu['’]` + verb + `|(?:dans|[àa])\s+(?:toutes\s+)?(?:ses|leurs)\s+(?:occurrences|diff[ée]rentes\s+occurrences)|\(?\s*(?:par\s+|[àa]\s+)?` + n + `\s+(?:fois|reprises)\s*\)?)`
}

// everywhere is timesSaid between optional commas, on a bill's folded
// text (group 1: the count).
var everywhere = `(?:,?\s*` + timesSaid(true) + `\s*,?\s*)?`

// unreadPart names, folded, the parts of a text that no division of the
// grammar reads, in bills and amendments alike: a table, its lines,
// columns, cells and headings ("la rubrique"), an annex, a dash of a
// list ("le deuxième tiret du 2°"), the words before a list ("le chapeau
// du I"), a sub-paragraph. An edit placed there is refused: read as the
// division around it, it edited the whole of it ("Supprimer le deuxième
// tiret du I" deleted the I). Each reader adds its own (reUnreadPart,
// amPartNotRead); the forms of naming an alinéa or a sentence no reader
// reads ("le second membre de phrase") are designationNotRead.
const unreadPart = `tableaux?|lignes?|colonnes?|cases?|rubriques?|annexes?|tirets?|chapeaux?|sous-paragraphes?`

// designationNotRead is an alinéa or a sentence named in a form no
// reader reads, folded, in bills and amendments: "le sous-alinéa", "la
// phrase 2", "le membre de phrase", "la première partie du premier
// alinéa" (of the sentence), "le premier alinéa bis" (the words were
// edited in the whole alinéa, or the whole article).
var designationNotRead = `\bsous-alineas?\b|\bphrases?\s+\d|\bmembres?\s+de\s+phrase|\bparties?\s+(?:de\s+l'alinea|de\s+la\s+phrase|de\s+cet\s+alinea|de\s+cette\s+phrase|du\s+(?:` + ordWords + `)\s+alinea|de\s+la\s+(?:` + ordWords + `)\s+phrase)\b|\balineas?\s+` + latinOrd + `\b`

// reParenItem is a list of items numbered in arabic with a parenthesis,
// "les 2) et 3)", "au 2), au 3)": no path reads it (it was dropped, and
// "Le 2) est supprimé" deleted the whole article). One such item, "le
// 2)", "au 1 bis)", is read (reItem: an item of its own kind, "paren").
var reParenItem = mustRe(`\b(?:les|des|aux|et|a)\s+\d+(?:\s+` + latinOrd + `)?\)|\b(?:le|du|au)\s+\d+(?:\s+` + latinOrd + `)?\)\s*(?:,|et\b|a\b)`)

// numberedPart is a point or a paragraph of a text named by its number
// or rank, "le point 2", "au deuxième point", "au paragraphe 2"
// (folded), no division the paths read — never the sign ("le
// point-virgule", "le point final") nor the part a locator names ("ce
// paragraphe"), nor a roman part ("le paragraphe II", an amendment's I).
var numberedPart = `\b(?:points?|paragraphes?)\s+\d+\b|\b(?:` + ordWords + `|\d+e|\d+eme)\s+(?:points?|paragraphes?)\b(?:[^-]|$)`

// wordTarget is quoted words, possibly restricted to occurrences.
var wordTarget = `(?:` + occurrence + `|(?:les|le|la|l'|des|du)\s*)` + wordNoun

// reThrough is words named from one to another, replaced or deleted:
// "les mots : « A » à « B » sont supprimés (remplacés par les mots :
// « C »)", "… « A » jusqu'à « B » …", "les mots allant de : « A » à :
// « B » …" (groups: the first words, the last, the new words if
// replaced).
var reThrough = mustRe(`(?:les\s+mots\s+allant\s+de|` + wordKind + `)\s*:?\s*q(\d+)\s*,?\s*(?:a|jusqu'a)\s*:?\s*q(\d+)\s*,?\s*(?:sont|est)\s+(?:remplace(?:e|s|es)?\s*par\s*(?:\s` + wordKind + `|:\s*)?q(\d+)|supprime(?:e|s|es)?\b)`)

var (
	// "… est remplacé par : « B »", "… par « B »": the new words' noun
	// left out.
	// The count may stand before the verb too: "le mot : « A », deux
	// fois, est remplacé par".
	reReplace = mustRe(wordTarget + `q(\d+)\s*` + everywhere + `,?\s*(?:sont|est)\s*` + everywhere + `remplace(?:e|s|es)?\s*` + everywhere + `par\s*(?:\s` + wordKind + `|:\s*)?q(\d+)`)
	// "Au mot : « A » est substitué le mot : « B »", "aux mots : « A »
	// sont substitués les mots : « B »": the older drafting's replacement.
	// reRaisedTo is a number or an amount raised or lowered to another:
	// "le montant : « 100 € » est porté à « 200 € »", "le taux : « 5 % »
	// est ramené à « 3 % »" — a replacement (groups: the old, the new).
	reRaisedTo    = mustRe(`(?:les|le|la|l')\s*` + wordNoun + `q(\d+)\s*,?\s*(?:sont|est)\s+(?:porte|ramene|abaisse|releve|reduit|eleve)(?:e|s|es)?\s+a\s*(?:(?:` + wordKind + `)|:\s*)?q(\d+)`)
	reSubstituted = mustRe(`(?:au|aux|a\s+la|a\s+l')\s*` + wordNoun + `q(\d+)\s*,?\s*(?:sont|est)\s+substitue(?:e|s|es)?\s+` + wordKind + `q(\d+)`)
	// "Les mots : « B » sont substitués aux mots : « A »": the new words
	// first (groups: the new, the old).
	reSubstitutedNew = mustRe(wordKind + `q(\d+)\s*,?\s*(?:sont|est)\s+substitue(?:e|s|es)?\s+(?:au|aux|a\s+la|a\s+l')\s*` + wordNoun + `q(\d+)`)
	// "Après le mot : « A », le mot : « B » est remplacé par …", "…, le
	// signe : « , » est supprimé": the first B after A (the last before).
	reReplaceNear = mustRe(`(apres|avant)\s+` + wordTarget + `q(\d+)\s*,\s*` + wordKind + `q(\d+)\s*,?\s*(?:sont|est)\s+remplace(?:e|s|es)?\s+par\s+` + wordKind + `q(\d+)`)
	reDeleteNear  = mustRe(`(apres|avant)\s+` + wordTarget + `q(\d+)\s*,\s*` + wordKind + `q(\d+)\s*,?\s*(?:sont|est)\s+supprime(?:e|s|es)?`)
	// "Sont supprimés les mots : « A »": the verb first.
	reDeleteInv = mustRe(`(?:^|,\s*)(?:sont|est)\s+supprime(?:e|s|es)?\s+(` + wordKind + `q\d+(?:\s*(?:,|et)\s*(?:` + wordKind + `)?q\d+)*)`)
	// "Le premier alinéa est précédé de la mention : « I. – »".
	rePrecede = mustRe(`(?:sont|est)\s+precede(?:e|s|es)?\s+(?:de\s+la|de\s+l'|du|des|d')\s*` + wordNoun + `q(\d+)`)
	// "Le début … jusqu'aux mots : « A » est ainsi rédigé : « B »" (or
	// "est supprimé"; after a locator, "Au premier alinéa, le début de la
	// seconde phrase jusqu'au mot …") (groups: the division, the anchor,
	// the new text).
	// "… jusqu'au mot : « A » inclus (, inclus,) est …" says A is
	// rewritten, as without it; "… est remplacé par les mots : « B »"
	// is "est ainsi rédigé : « B »" (they were refused).
	reRewriteUpTo = mustRe(`(?:^|,\s*)(?:le|la|l')\s*debut\s+(.*?)\s*,?\s*jusqu'(?:au|aux|a\s+la|a\s+l')\s*` + wordNoun + `q(\d+)\s*(?:,?\s*(?:inclusivement|inclus|incluse|incluses)\b\s*)?,?\s*(?:est|sont)\s+(?:(?:ainsi\s+redige(?:e|s|es)?\s*:?\s*|remplace(?:e|s|es)?\s+par\s*(?:\s` + wordKind + `|:\s*)?)q(\d+)|supprime(?:e|s|es)?\s*[.;]?\s*$)`)
	// "La fin de la phrase, à partir des mots : « A », est supprimée / ainsi
	// rédigée": the locator first.
	// "À compter des mots" is "à partir des mots".
	reRewriteEndInv = mustRe(`(?:^|,\s*)la\s+fin\s+(.*?)\s*,?\s*(apres|a\s+partir|a\s+compter)\s+` + wordTarget + `q(\d+)\s*,?\s*(?:est|sont)\s+(?:(ainsi\s+redigee?)|supprimee?)`)
	// reWordsAndEnd is quoted words and the end after them as one
	// subject: "les mots : « A » et la fin de l'alinéa sont supprimés
	// (remplacés par les mots : « B », ainsi rédigés : « B »)", "…
	// jusqu'à la fin de la phrase …" (groups: occurrences, the words,
	// the division after "la fin", the new words' verb).
	reWordsAndEnd = mustRe(`(?:^|,\s*)` + wordTarget + `q(\d+)\s*,?\s*(?:et|jusqu'a)\s+la\s+fin\s+(.*?)\s*,?\s*(?:est|sont)\s+(?:(ainsi\s+redige(?:e|s|es)?|remplace(?:e|s|es)?\s+par\s+` + wordKind + `)|supprime(?:e|s|es)?\s*[.;]?\s*$)`)
	reDelete      = mustRe(`(` + wordKind + `q\d+\s*(?:(?:,|et|ainsi\s+que)\s*(?:` + wordKind + `)?q\d+\s*)*)(?:sont|est)\s+supprime(?:e|s|es)?`)
	// "Le mot : « A » est supprimé deux fois", "… est, par deux fois,
	// supprimé", "le mot : « A », deux fois, est supprimé": every occurrence, refused unless there are that many (the
	// count was not read: every occurrence went) (groups: the quoted
	// words' number and the count, in either order of the forms).
	reDeleteTimes = mustRe(wordKind + `q(\d+)\s*,?\s*(?:sont|est)\s*,?\s*(?:par\s+|a\s+)?(` + cardinalWords + `|\d{1,2})\s+(?:fois|reprises)\s*,?\s*supprime(?:e|s|es)?|` + wordKind + `q(\d+)\s*,?\s*(?:sont|est)\s+supprime(?:e|s|es)?\s*,?\s*\(?(?:par\s+|a\s+)?(` + cardinalWords + `|\d{1,2})\s+(?:fois|reprises)\)?|` + wordKind + `q(\d+)\s*,\s*(?:par\s+|a\s+)?(` + cardinalWords + `|\d{1,2})\s+(?:fois|reprises)\s*,\s*(?:sont|est)\s+supprime(?:e|s|es)?`)
	// "La deuxième occurrence du mot : « A » est supprimée".
	reDeleteOccOf = mustRe(occurrence + wordNoun + `q(\d+)\s*,?\s*(?:sont|est)\s+supprime(?:e|s|es)?`)
	reDeleteOcc   = mustRe(`apres\s+(?:la|les)\s+(.+?)\s+occurrences?\s+du\s+mot\s*:?\s*q(\d+)\s*,\s*` + wordKind + `q(\d+)\s*(?:sont|est)\s+supprime(?:e|s|es)?`)
	// "Les mots : « B » sont insérés après le mot : « A »": the new words
	// first.
	reInsertInv = mustRe(wordKind + `q(\d+)\s*,?\s*(?:sont|est)\s+(?:insere|ajoute)(?:e|s|es)?\s+(apres|avant)\s+` + wordTarget + `q(\d+)`)
	// reFollowed is new words put after or before quoted words by the
	// words' own verb: "le mot : « A » est suivi des mots : « B »", "le
	// mot : « A » est précédé du mot : « B »"; "les mots : « A » sont
	// complétés par les mots : « B »" is "suivis des mots", and "par le
	// mot" is "du mot" after each verb (they were refused) (groups: the
	// occurrence, the words, suivi, précédé or complété, the new words).
	reFollowed = mustRe(wordTarget + `q(\d+)\s*,?\s*(?:sont|est)\s+(suivi|precede|complete)(?:e|s|es)?\s+(?:de\s+la|de\s+l'|du|des|d'|par\s+(?:les|le|la|l'))\s*` + wordNoun + `q(\d+)`)
	reInsert   = mustRe(`(apres|avant)\s+` + wordTarget + `q(\d+)\s*,?\s*(?:il\s+est|sont|est)\s+(?:insere|ajoute)(?:e|s|es)?\s+` + wordKind + `q(\d+)`)
	// reInsertTimes is reInsert with a count of the anchor's occurrences:
	// "après le mot : « A » (deux fois), sont insérés les mots : « B »"
	// (groups: apres or avant, the anchor, the count, the new words).
	reInsertTimes = mustRe(`(apres|avant)\s+(?:les|le|la|l'|des|du)\s*` + wordNoun + `q(\d+)\s*,?\s*` + timesSaid(true) + `\s*,?\s*(?:il\s+est|sont|est)\s+(?:insere|ajoute)(?:e|s|es)?\s+` + wordKind + `q(\d+)`)
	reRewriteEnd  = mustRe(`(?:^|,\s*)(?:apres|a\s+partir|a\s+compter)\s+` + wordTarget + `q(\d+)\s*,\s*la\s+fin\s+(.*?)\s*(?:est|sont)\s+(?:(ainsi\s+redigee?)|supprimee?)`)
	reAppendW     = mustRe(`(?:(?:sont|est)\s+ajoute(?:e|s|es)?|(?:est|sont)\s+complete(?:e|s|es)?\s+par)\s+` + wordKind + `q(\d+)`)
	qNum          = mustRe(`q(\d+)`)
	// reInsertAtPlace is an insertion with no anchor, read only after a
	// locator that says the place (reSaysPlace).
	reInsertAtPlace = mustRe(`(?:il\s+est|sont|est)\s+insere(?:e|s|es)?\s+` + wordKind + `q(\d+)`)
	reAddedAtPlace  = mustRe(wordKind + `q(\d+)\s*,?\s*(?:sont|est)\s+(?:ajoute|insere)(?:e|s|es)?\s*[.;]?\s*$`)
	reSaysPlace     = mustRe(`\b(?:au\s+debut|a\s+la\s+fin)\b`)

	reContext = mustRe(`(?:(?:est|sont)\s+(?:ainsi\s+)?modifie(?:e|s|es)?(?:\s+ainsi)?|(?:est|sont)\s+ratifiee?s?\b.*\bmodifications?\s+suivantes?)\s*:\s*$`)
	// reAbrogList is a list of repeals or deletions: "Sont abrogés :",
	// "Sont supprimés :", "Est abrogé :" (the items named after it).
	reAbrogList   = mustRe(`^(?:sont|est)\s+(?:abroge|supprime)(?:e|s|es)?\s*:\s*$`)
	reRewriteRepl = mustRe(`(?:est|sont)\s+remplace(?:e|s|es)?\s+par\s+(?:un|une|des|` + cardinalWords + `|\d+)\s+(alineas?|paragraphes?|phrases?|articles?|(?:titre|chapitre|section|sous-section)s?\b|\d+°|[ivx]+\b|[a-z]\b)[^:]*?\s+ainsi\s+redige`)
	// "À l'article L. 1, le début du 3° est ainsi rédigé" names the
	// place first (group 1), the division after "le début" (group 2).
	reRewriteHead = mustRe(`^(?:([^,«]*?),\s*)?(?:le|la|l')\s*debut\s+(.*?)\s*(?:est|sont)\s+ainsi\s+redige`)
	reRewrite     = mustRe(`(?:est|sont)\s+(?:ainsi\s+(?:redige|retabli)(?:e|s|es)?|retabli(?:e|s|es)?\s+dans\s+(?:la|sa)\s+redaction\s+suivante|remplace(?:e|s|es)?\s+par\s+les\s+dispositions\s+suivantes)`)
	reComplete    = mustRe(`(?:est|sont)\s+complete(?:e|s|es)?\s+par\s+(.+?)\s+ainsi\s+redige`)
	reInsertAfter = mustRe(`(apres|avant)\s+(.+?),\s*(?:il\s+est|sont|est)\s+(?:insere|ajoute|retabli|cree)(?:e|s|es)?\s+(.+?)\s+ainsi\s+redige`)
	reAddBare     = mustRe(`(?:\bil\s+est|^est|^sont|,\s*(?:est|sont))\s+(?:ajoute|insere|retabli|cree)(?:e|s|es)?\s+(.+?)\s+ainsi\s+redige`)
	// reAddedToText is what reAddBare adds when it opens with the text it
	// is added to: "au code civil un article L. 9" (groups: the text, what
	// is added).
	reAddedToText  = mustRe(`^((?:au|a\s+la|a\s+l'|dans\s+(?:le|la|l'))\s*(?:code|loi|ordonnance|decret|livre\s+des\s+procedures\s+fiscales)\b.*?)\s+((?:un|une|des|` + cardinalWords + `)\s+(?:articles?|sections?|sous-sections?|chapitres?|titres?|livres?|paragraphes?)\b.*)$`)
	reBareDivision = mustRe(`^(?:de\s+la\s+phrase|de\s+l'alinea|du\s+paragraphe|de\s+cet\s+alinea|de\s+cette\s+phrase)\b\s*`)
	reItemWhat     = mustRe(`^(?:un|une|des|les|le|` + cardinalWords + `)\s+(?:\d+°|[ivxl]+\b|[a-z]\b|\d+\b)`)
	reAbrogate     = mustRe(`(?:est|sont)\s+(?:abroge|supprime)(?:e|s|es)?\s*[.;]?\s*$`)
	reRenumber     = mustRe(`devien(?:t|nent)|nouvelle numerotation`)
	reRenumHead    = mustRe(`nouvelle numerotation\s+suivante\s*:\s*$`)
	reRenumItem    = mustRe(`^(.*?)\s+devien(?:t|nent)\s+(.*?)\s*[;.]?\s*$`)
	reRenumTarget  = mustRe(`^l'article\s+` + renumNumber + `$`)
	// reIntitule is a division's heading: "L'intitulé du chapitre II",
	// "le titre de la section 2" — never "le titre II …", a division (its
	// new text, articles, was taken for a heading and dropped).
	reIntitule = mustRe(`^(?:l'intitule\b|le\s+titre\s+(?:du|de\s+la|de\s+l'|des)\s).*\b(?:titre|chapitre|section|sous-section|livre|partie|sous-paragraphe|paragraphe)\b`)
	reDeferred = mustRe(`(?:est|sont)\s+(?:abroge|supprime)(?:e|s|es)?\s+(?:a\s+compter\s+d|a\s+partir\s+d|le\s+(?:1\s?er|\d{1,2})\s+` + monthNames + `\s+\d{4})|(?:^|[\s,;])a\s+(?:compter|partir)\s+du\s+(?:1\s?er|\d|premier\s+(?:jour|` + monthNames + `))|^(?:le|au)\s+(?:1\s?er|\d{1,2})\s+` + monthNames + `\s+\d{4}\s*,|` + deferredMore + `|` + deferredUnknown)
	// reHeadingReplaced is a heading given anew, as older laws write it:
	// "L'intitulé du chapitre II est remplacé par l'intitulé suivant :"
	// (it was not understood).
	reHeadingReplaced = mustRe(`(?:est|sont)\s+remplacee?s?\s+par\s+(?:l'intitule|le\s+titre|la\s+rubrique)\s+suivante?\b`)
	// reOwnHeadingContext is a division's own heading modified by the
	// items under it: "Son intitulé est ainsi modifié :".
	reOwnHeadingContext = mustRe(`^(?:l'intitule|son\s+intitule)\s+est\s+(?:ainsi\s+)?modifie\b`)
	reOwnHeading        = mustRe(`^(?:l'intitule|son\s+intitule)\s+(?:est|sont)\s+(?:ainsi\s+redige|complete|modifie)`)
	// reEarlierVersion is a place named as its text stood before another
	// law: "dans sa rédaction antérieure à la loi n° …", "dans sa version
	// en vigueur avant …" (group 1: what it stood before).
	reEarlierVersion = mustRe(`dans\s+(?:sa|leur)\s+(?:redaction|version)\s+(?:anterieure\s+a|en\s+vigueur\s+(?:avant|anterieurement\s+a))\b([^,;:]*)`)
	// reDatedVersion is a place named as its text stands on a date: "dans
	// sa rédaction en vigueur au 1er janvier 2020", "dans sa version
	// applicable à compter du …", "… en vigueur à la date de …" (group 1:
	// the date or what it names).
	reDatedVersion = mustRe(`dans\s+(?:sa|leur)\s+(?:redaction|version)\s+(?:en\s+vigueur|applicable)\s+((?:au|le|a\s+compter\s+du|a\s+partir\s+du|jusqu'au)\s+(?:1er|premier|\d{1,2})\s+` + monthNames + `\s+\d{4}|a\s+(?:la\s+date|compter|partir)\s+d[eu']?[^,;:]*)`)
	// reGapWhere is a place between two word operations that is only the
	// start or the end of the place before: "et, au début,".
	// reClauseAfterAnnounce is a clause between the announcement of new
	// text and its colon: "ainsi rédigé, à titre expérimental :" (folded;
	// group 1 the clause).
	reClauseAfterAnnounce = mustRe(`\b(?:ainsi\s+(?:redige|retabli)(?:e|s|es)?|redaction\s+suivante)\s*,\s*([^:«"“,][^:«"“]*):\s*$`)
	// reGapSubject is a division that is the subject of the next word
	// operation: "et le 3°", "et les 3° et 4°", "et la première phrase"
	// (groups: the article, the rest).
	reGapSubject = mustRe(`^et\b[\s,]*(les|le|la|l')\s*()(\S.*)$`)
	reGapWhere   = mustRe(`^et\b[\s,]*(au\s+debut|a\s+la\s+fin)[\s,]*$`)
	reGapLocator = mustRe(`^et\b[\s,]*((?:a|au|aux|dans)\b.*\b(?:article|alinea|phrase)s?\b.*|(?:au|aux)\s+(?:\d+\s*°|[ivxl]+|[a-z])(?:\s+` + latinOrd + `)?(?:\s+(?:du|de\s+la|des)\s.*)?)$`)
	// reEntitled is a division given its heading: "Le chapitre II est
	// intitulé : « … »" (it was dropped, not even refused).
	reEntitled = mustRe(`^(?:le|la|les|l')\s*(?:titre|chapitre|section|sous-section|livre|partie|sous-paragraphe|paragraphe)\b[^:]*?\b(?:est|sont)\s+(?:desormais\s+)?(?:intitul|denomm|renomm)ee?s?\s*:?\s*q\d+\s*[.;]?\s*$`)
	// reHeadingRemoved is a division's heading removed, its articles
	// kept: "La division et l'intitulé de la section 2 … sont supprimés",
	// "L'intitulé du chapitre II … est supprimé", "Les divisions et
	// intitulés des sections 1 et 2 … sont supprimés".
	reHeadingRemoved = mustRe(`^(?:la\s+division\s+et\s+l'intitule|les\s+divisions\s+et\s+(?:les\s+)?intitules|l'intitule|les\s+intitules)\s+(?:du|de\s+la|des)\s+(?:titre|chapitre|section|sous-section|livre|partie|sous-paragraphe|paragraphe)s?\b[^«:;]*?\s+(?:est|sont)\s+supprimee?s?\s*[.;]?\s*$`)
	// reAtStartOrEnd is a place at the start or the end of a division,
	// folded: "au début de l'article L. 1", "à la fin du II".
	reAtStartOrEnd = mustRe(`\b(?:au\s+debut|a\s+la\s+fin|in\s+fine)\b`)
	// reBareHeading is a heading named with no division: "À l'intitulé, …".
	reBareHeading   = mustRe(`^(?:a|dans)\s+(?:l'|son\s+)intitule\s*,`)
	reHeadingWords  = mustRe(`^(?:(?:a|dans)\s+l'intitule\s+(?:du|de\s+la|des)\s+(?:titre|chapitre|section|sous-section|livre|partie|sous-paragraphe|paragraphe)\b[^:]*?,\s*|(?:son|l')\s*intitule\s+(?:(?:du|de\s+la|des)\s+(?:titre|chapitre|section|sous-section|livre|partie|sous-paragraphe|paragraphe)\b[^:«]*?\s+)?(?:est|sont)\s+complete(?:e|s|es)?\s+par\s+|apres\s+(?:le|les)\s+mots?\s*:?\s*q\d+\s*,\s*la\s+fin\s+de\s+l'intitule\s+(?:du|de\s+la|des)\s+(?:titre|chapitre|section|sous-section|livre|partie|sous-paragraphe|paragraphe)\b)`)
	reNamedDivision = mustRe(`\b(?:insere|ajoute|cree|completee?\s+par)\s*(?:,[^,:]*,\s*)?(?:un|une)\s+(?:titre|chapitre|section|sous-section|paragraphe|sous-paragraphe)\b[^:]*\bintitulee?\s*:.*\b(?:comprenant|qui\s+comprend)\s+(?:l'article|les\s+articles)\b`)
	reEnabling      = mustRe(`\bgouvernement\s+est\s+autorise\s+a\s+prendre\s+par\s+(?:voie\s+d'|des\s+)?ordonnances?\b.*:\s*$`)
	// reTailAlineas is alinéas added after words: "… et par un alinéa
	// (deux alinéas) ainsi rédigé(s) :".
	reTailAlineas = mustRe(`^\s*,?\s*et\s+par\s+(?:un|des|` + cardinalWords + `)\s+alineas?\s+ainsi\s+rediges?\s*:\s*$`)
	// reTailSentence is a sentence added after words: "… et par une
	// phrase ainsi rédigée : « … »", "… et il est ajouté (est ajoutée)
	// une phrase ainsi rédigée : « … »".
	reTailSentence = mustRe(`^\s*,?\s*et\s*,?\s+(?:par\s+|(?:il\s+)?est\s+ajoutee?\s+)?une\s+phrase\s+ainsi\s+redigee\s*:?\s*q(\d+)\s*[.;]?\s*$`)
	reItemRange    = mustRe(`\b(?:[Ll]es|[Aa]ux|des)\s+(\d+°|[IVX]+|[a-z])\s+(?:à|a)\s+(\d+°|[IVX]+|[a-z])(?:\s|,|$)`)
	reDoubledRange = mustRe(`\b(?:[Ll]es|[Aa]ux|des)\s+(?:` + doubledLetter + `\)?\s+(?:à|a)\s+(?:\d+°|[IVX]+|[a-z]{1,2})|(?:\d+°|[IVX]+|[a-z]{1,2})\)?\s+(?:à|a)\s+` + doubledLetter + `)\)?(?:\s|,|$)`)
	reItemLike     = mustRe(`\d+\s*°`)
	reSameArticle  = mustRe(`\b(?:(?:du|au|le|de\s+ce|a\s+ce)\s+meme\s+article|(?:ledit|dudit|audit)\s+article|(?:^|\s)(?:a\s+)?cet\s+article)\b`)
	// reUnreadPart is a part of an article the paths do not name: a
	// table's lines and columns, "le paragraphe 2" ("le premier
	// paragraphe"), an annex, a dash of a list ("le troisième tiret du
	// 2°"), the words before a list ("au chapeau du I"), a part marked
	// "(nouveau)" as a bill marks its own (they were read as the whole
	// article, or the whole 2°: "Le dernier tiret de l'article L. 1 est
	// supprimé" deleted the article; "Au chapeau du I, les mots …"
	// edited the whole I).
	reUnreadPart = mustRe(`\b(?:` + unreadPart + `|paragraphes?)\b|\(nouveau\)|` + numberedPart + `|` + designationNotRead)
	// reItemCapital is an item whose label ends with capitals after a
	// degree or a small letter: "le a bis A", "du 1° A", "au 2° bis AA".
	reItemCapital = mustRe(`\b(?:[Ll]e|[Ll]es|[Aa]u|[Aa]ux|du|des)\s+(?:\d+\s*°|[a-z])(?:\s*` + latinOrd + `)?\s+[A-Z]{1,2}\b`)
	// reCapitalsAfterItem is the capitals that end an item's label after
	// its number: the " A" of "1° A", "a bis A".
	reCapitalsAfterItem = mustRe(`^\s+[A-Z]{1,2}\b`)
	reSameItem          = mustRe(`\b(?:(?:au|le|du|dans\s+le|a\s+ce)\s+meme|(?:dans\s+)?ledit|dudit|audit)\s+(\d+°(?:\s+` + latinOrd + `)?|[ivx]+(?:\s+` + latinOrd + `)?|[a-z](?:\s+` + latinOrd + `)?)(?:\s|,|$)`)
	reSameAlinea        = mustRe(`(?:\b(?:au|le|du|dans\s+le)\s+meme|\b(?:ledit|dudit|audit)|(?:^|\s)(?:a\s+|dans\s+|de\s+)?cet)\s+alinea\b`)
	reSamePhrase        = mustRe(`(?:\b(?:a\s+la|la|de\s+la|dans\s+la)\s+meme|\b(?:a\s+|de\s+|dans\s+)?ladite|(?:^|\s)(?:a\s+|dans\s+|de\s+)?cette)\s+phrase\b`)
	// reWholeCode is a whole code as the place of word operations.
	reWholeCode = mustRe(`^(?:(?:dans|a)\s+(?:l'ensemble\s+(?:des\s+dispositions\s+)?(?:du|de\s+la)|toutes\s+les\s+dispositions\s+(?:du|de\s+la)|tout\s+le|toute\s+la|le|la)|au\s+sein\s+(?:du|de\s+la))\s+(?:code|partie\s+legislative\s+du\s+code)\b`)
	// reWholeCodeBare is the whole code of the context, its name not
	// said: "dans l'ensemble du code", "dans tout le présent code".
	reWholeCodeBare = mustRe(`^(?:dans|a)\s+(?:l'ensemble\s+(?:des\s+dispositions\s+)?du|tout\s+le)\s+(?:meme\s+|present\s+)?code\s*,?$`)
	// reVersionClause is a clause naming the version of the text meant:
	// ", tel qu'il résulte de …", ", dans sa rédaction issue de …", "tel
	// que modifié par la loi n° …" (commas or not: the law it names was
	// taken for the text edited).
	// "Tel que rédigé (rétabli, créé, inséré) par …", "dans sa version
	// issue de …" too.
	reVersionClause = mustRe(`(?:,\s*|\s)(?:(?:tel|telle|tels|telles)\s+(?:qu'(?:il|elle|ils|elles)\s+(?:resulte(?:nt)?|(?:a|ont)\s+ete\s+` + versionVerb + `)|qu'` + versionVerb + `|que\s+` + versionVerb + `)|dans\s+(?:sa|leur)\s+(?:redaction|version)\s+(?:resultant|issue|applicable|anterieure|en\s+vigueur)|(?:issu|issue|issus|issues)\s+d)[^,]*`)
	// versionVerb is the participle of a version clause, folded:
	// "modifié", "rédigé", "rétabli", "créé", "inséré" by a law.
	versionVerb = `(?:modifiee?s?|(?:redige|retabli|cree|insere)e?s?\s+(?:par|en\s+application)\b)`
	// reSubjectDivision is a division named as the subject after a
	// locator: "le second alinéa", "les deux derniers alinéas", "la
	// première phrase", "les 2° et 3°", "le a".
	reSubjectDivision = mustRe(`^(?:le|la|les|l')\s*(?:(?:[a-z-]+,?\s+)*?(?:alineas?|phrases?|tiret)\b|(?:\d+°|[ivx]+|[a-z]|` + doubledLetter + `)(?:\s|$))`)
	// reTailVerb is an operation of its own left after the word
	// operations ("… et le second alinéa est supprimé").
	// A sentence rewritten after the words, "… et la seconde phrase est
	// ainsi rédigée : « … »", is one too (group 2: its new text).
	reTailDelete = mustRe(`^\s*(?:,?\s*et|[;.])\s+((?:la|les|le|l')\s*[a-z' -]*?\b(?:phrases?|alineas?)\s+(?:est|sont)\s+(?:supprime(?:e|s|es)?|ainsi\s+redigee\s*:?\s*q(\d+)))\s*[.;]?\s*$`)
	reTailVerb   = mustRe(`\b(?:est|sont)\s+(?:supprime|abroge|remplace|insere|ajoute|complete|redige|retabli|modifie|precede)(?:e|s|es)?\b|\bil\s+est\s+(?:insere|ajoute)`)
	// reTailPlace is a place or a restriction after the last word
	// operation ("… par le mot : « B » au premier alinéa", "… sauf au
	// second alinéa", "… lorsqu'il est employé seul", "… à la seconde
	// occurrence" — not "à chaque occurrence"): not read, it would widen
	// the operation to the whole locator before it.
	reTailPlace     = mustRe(`\b(?:` + ordWords + `)\s+occurrences?\b|\b(?:alineas?|phrases?|articles?|sauf|exception|lorsqu|lorsque|quand|uniquement|seulement|seul|seuls|seule|seules)\b|\b(?:au|aux|du|des|dans\s+l[ea]s?)\s+(?:[ivxl]+|\d+°|[a-z])(?:\s|,|\.|;|$)`)
	reVerbNext      = mustRe(`^\s*,?\s*(?:est|sont|il\s+est)\b`)
	reNever         = mustRe(`$^`)
	reReplaceElided = mustRe(`^\s*,?\s*(?:et|,)\s+` + wordTarget + `q(\d+)\s*,?\s*par\s+` + wordKind + `q(\d+)`)
	reInsertElided  = mustRe(`^\s*,?\s*(?:et|,)\s*,?\s*(apres|avant)\s+` + wordTarget + `q(\d+)\s*,\s*` + wordKind + `q(\d+)`)
	// reEachReplaced is several words replaced by the same ones: "les
	// mots : « A » et « B » sont remplacés par le mot : « C »" (groups:
	// the old ones, the new one, new ones after it).
	reEachReplaced = mustRe(`(` + wordKind + `q\d+\s*(?:(?:,|et|ainsi\s+que)\s*(?:` + wordKind + `)?q\d+\s*)+),?\s*sont\s+remplace(?:e|s|es)?\s+par\s+` + wordKind + `q(\d+)((?:\s*(?:,|et)\s*q\d+)*)`)
	reRespectively = mustRe(wordKind + `((?:q\d+\s*(?:,|et|ainsi\s+que)\s*(?:` + wordKind + `)?)+q\d+)\s*,?\s*sont\s*,?\s*(?:respectivement\s*,?\s*remplace(?:e|s|es)?|remplace(?:e|s|es)?\s*,?\s*respectivement\s*,?)\s*par\s+` + wordKind + `((?:q\d+\s*(?:,|et)\s*(?:` + wordKind + `)?)+q\d+)`)
	// reTrailingLocator is a word operation whose place comes last: "Le mot
	// : « A » est remplacé par le mot : « B » à l'article L. 1", "… au
	// premier alinéa", "… dans la seconde phrase du 2°" — alinéas and
	// sentences by their ranks only, never "dans les conditions prévues
	// au second alinéa" (groups: the operation, the locator).
	reTrailingLocator = mustRe(`^((?:Le|La|Les|L['’])\s*[^,]*?(?:»|"|”)\s*(?:est|sont)\s(?:.*(?:»|"|”)|\s*supprimée?s?|\s*(?:ajoutée?s?|insérée?s?)(?:\s+(?:à\s+la\s+fin|au\s+début))?))\s*,?\s+((?:à\s+l['’]article|aux\s+articles|dans\s+l['’]article|dans\s+les\s+articles|dans\s+l['’]ensemble\s+(?:des\s+dispositions\s+)?du\s+code|dans\s+tout\s+le\s+code|dans\s+le\s+code|(?:au|aux|à\s+la|à\s+l['’])\s[^«»"]*?\barticles?\s)[^«»"]+?|(?:au|aux|à\s+la|à\s+l['’]|dans\s+(?:le|la|les|l['’]))\s*(?:(?:` + ordWordsAcc + `|` + cardinalWords + `|premiers|premières|(?:avant-)?derni(?:er|ère)s?|et|à)[\s,]+)+(?:alinéas?|phrases?)\b(?:\s+(?:du|de\s+la|de\s+l['’]|des)\s*[^«»"]*?[^«»".;\s])?)\s*([.;]?)\s*$`)
	// reBesideNew is a division preceded or followed by new text:
	// "L'article L. 1 est précédé d'un alinéa ainsi rédigé :", "Le premier
	// alinéa est suivi d'un alinéa ainsi rédigé :", "L'article L. 1 est
	// suivi d'un article L. 1-1 ainsi rédigé :" (groups: the division,
	// précédé or suivi, what).
	reBesideNew = mustRe(`^((?:Le|La|Les|L['’])\s*[^«»"]+?)\s+(?:est|sont)\s+(précédé|suivi)e?s?\s+(?:d['’]|de\s+|par\s+)((?:un|une|` + cardinalWords + `)\s+[^«»"]*?ainsi\s+rédigée?s?.*)$`)
	// reNewArticles is new articles announced: "un article L. 1-1", "deux
	// articles".
	reNewArticles      = mustRe(`^(?:un|une|` + cardinalWords + `)\s+(?:nouvel?\s+)?articles?\b`)
	reInvertedInText   = mustRe(`^(Il\s+est|Sont|Est)\s+(insérée?s?|ajoutée?s?|créée?s?|rétablie?s?)\s*,\s*dans\s+(le\s+code\s+[^,«"]+?|la\s+loi\s+[^,«"]+?|l['’]ordonnance\s+[^,«"]+?)\s*,\s*((?:après|avant)\s+l['’]article\s+[^,«"]+?)\s*,\s*(.+)$`)
	reArticleIntoText  = mustRe(`^(?:Dans|À|Au)\s+(le\s+code\s+[^,«"]+?|la\s+loi\s+[^,«"]+?|l'ordonnance\s+[^,«"]+?)\s*,\s*(?:il\s+est|est)\s+(?:insérée?|ajoutée?|créée?|rétablie?)\s+(un\s+article\s.+)$`)
	reAddedToArticle   = mustRe(`^(Il\s+est|Sont|Est)\s+(insérée?s?|ajoutée?s?|rétablie?s?)\s*,?\s*((?:à\s+l'|au\s+|aux\s+|dans\s+(?:l'|le\s+|la\s+|les\s+))[^,«"]*?\barticles?\b[^,«"]*?)\s*,?\s+((?:un|une|des|` + cardinalWords + `)\s.+)$`)
	reArticleInverted  = mustRe(`^((?:Aux\s|Au\s|À\s+la\s|A\s+la\s|Dans\s+les\s|Dans\s+le\s|Dans\s+la\s|À\s+l['’]|A\s+l['’]|Dans\s+l['’])\s*[^,«"“]+?)\s*,\s*(Il\s+est|il\s+est|sont|est)\s+(insérée?s?|ajoutée?s?)\s*,\s*((?:après|avant|entre)\s+[^,«"“]+?)\s*,\s*(.+)$`)
	reArticleThenPlace = mustRe(`^(?:À|A|Dans)\s+(l['’]article\s+[^,«"“]+?)\s*,\s*(après|avant|entre)\s+((?:le|la|les)\s+[^,:«"“]+?)\s*,\s*((?:il\s+est|sont|est)\s.+)$`)
	// reDivisionThenPlace is a division, then the place of an addition
	// in it: "Au II de l'article L. 1, après le premier alinéa, il est
	// inséré …", "Au I, avant le 1°, …" (groups: the preposition, the
	// division, après or avant, the place, the rest).
	reDivisionThenPlace = mustRe(`^(Aux\s|Au\s|À\s+la\s|A\s+la\s|Dans\s+les\s|Dans\s+le\s|Dans\s+la\s|À\s+l['’]|A\s+l['’]|Dans\s+l['’])\s*([^,«"“]+?)\s*,\s*(après|avant|entre)\s+((?:le|la|les)\s+[^,:«"“]+?)\s*,\s*((?:il\s+est|sont|est)\s.+)$`)
	reWordsInverted     = mustRe(`^((?:[^«"“]*?,\s*)?)(Il\s+est|il\s+est|Sont|sont|Est|est)\s+(insérée?s?|ajoutée?s?)\s*,\s*((?:après|avant)\s+[^«"“,]*?(?:«[^»]*»|"[^"]*"|“[^”]*”)|au\s+début|à\s+la\s+fin)\s*,\s*(.+)$`)
	// reWordsFound is quoted words with their place after them, as a
	// participle: "La référence : « L. 2 » figurant à l'article L. 1 est
	// remplacée par …", "Les mots : « A » qui figurent au premier alinéa
	// sont supprimés" (groups: the words, the place, the verb and the
	// rest).
	reWordsFound = mustRe(`^((?:Le|La|Les|L')\s*[^«"]*?(?:«[^»]*»|"[^"]*")(?:\s*(?:,|et)\s*(?:«[^»]*»|"[^"]*"))*)\s*,?\s+(?:figurant|apparaissant|employée?s?|qui\s+(?:figurent|figure|apparaissent|apparaît))\s+((?:à|au|aux|dans)\s+[^«"]+?)\s*,?\s+((?:est|sont)\s.+)$`)
	// reWordsPlaceInVerb is quoted words replaced, their place between
	// the verb and "par": "Les mots : « A » sont remplacés, à l'article
	// L. 1, par …"; reWordsPlaceAfterAux the place after the auxiliary,
	// "… sont, au premier alinéa, remplacés par …" (groups: the words,
	// the verb, the place, the rest). The place names a division ("à
	// chaque occurrence" is no place).
	reWordsPlaceInVerb   = mustRe(`^((?:Le|La|Les|L')\s*[^«"“]*?(?:«[^»]*»|"[^"]*"|“[^”]*”)(?:\s*(?:,|et)\s*(?:«[^»]*»|"[^"]*"|“[^”]*”))*)\s+((?:est|sont)\s+remplacée?s?)\s*,\s*(` + placeInVerb + `)\s*,\s*(par\s.+)$`)
	reWordsPlaceAfterAux = mustRe(`^((?:Le|La|Les|L')\s*[^«"“]*?(?:«[^»]*»|"[^"]*"|“[^”]*”)(?:\s*(?:,|et)\s*(?:«[^»]*»|"[^"]*"|“[^”]*”))*)\s+(est|sont)\s*,\s*(` + placeInVerb + `)\s*,\s*(remplacée?s?\s+par\s.+)$`)
	// reWordsDeletedVerbFirst is quoted words deleted, the verb first and
	// their place between commas: "Sont supprimés, au premier alinéa, les
	// mots : « A »." (groups: the auxiliary, the verb, the place, the
	// words, the final sign).
	reWordsDeletedVerbFirst = mustRe(`^(Est|Sont)\s+(supprimée?s?)\s*,\s*(` + placeInVerb + `)\s*,\s*((?:les|le|la|l')\s*[^«"“]*?(?:«[^»]*»|"[^"]*"|“[^”]*”)(?:\s*(?:,|et)\s*(?:«[^»]*»|"[^"]*"|“[^”]*”))*)\s*([.;]?)\s*$`)
	// reVerbFirstRepeal is a repeal or a deletion with its verb first and
	// its subject after it, on one line: "Sont abrogés les articles L. 1
	// et L. 2 du code civil.", "Est supprimé le second alinéa …" (groups:
	// the auxiliary, the verb, the subject, the final sign).
	reVerbFirstRepeal  = mustRe(`^(Est|Sont)\s+((?:abrogée?s?|supprimée?s?))\s+((?:l'|le\s|la\s|les\s)[^«»":]+?)\s*([.;]?)\s*$`)
	reInvertedAddition = mustRe(`^(Il\s+est|Sont|Est)\s+(insérée?s?|ajoutée?s?|créée?s?|rétablie?s?)\s*,\s*((?:après|avant|entre|à la fin|au début|dans)\s+[^,«"]+?)\s*,\s*(.+)$`)
	reQuotedPart       = mustRe(`\bq\d+\b`)
	// reWordsLeft is a word left after an instruction's word operations.
	reWordsLeft = mustRe(`[a-z]{2,}`)
	reDivision  = mustRe(`^(?:(?:le|la|les)\s+(?:titre|chapitre|section|sous-section|livre|partie|sous-paragraphe|paragraphe)|la\s+(?:` + partOrdinals + `)\s+partie)\b`)
	// reDivisions is several divisions of a code: "les sections 2 et 3".
	reDivisions = mustRe(`^les\s+(?:titres|chapitres|sections|sous-sections|livres|parties)\b`)
)

// reOneAlinea is one new alinéa announced, folded: "un alinéa ainsi
// rédigé", "un nouvel alinéa ainsi rédigé", "l'alinéa suivant";
// reAnnouncedPlural any announcement in the plural beside it ("un alinéa
// et deux phrases ainsi rédigés").
var (
	reOneAlinea       = mustRe(`\b(?:un\s+(?:nouvel\s+)?alinea\s+(?:ainsi\s+redige|redige\s+comme\s+suit)|l'alinea\s+suivant)\b`)
	reAnnouncedPlural = mustRe(`\b(?:ainsi\s+rediges|ainsi\s+redigees|suivants|suivantes)\b|\bet\s+(?:une?|des|` + cardinalWords + `)\s`)
)

// instruction fills in from one alinéa (enumerator removed) and its payload.
// An instruction announcing a count of new alinéas ("remplacé par deux
// alinéas ainsi rédigés") must be followed by as many: otherwise its text
// and the next instruction's are not told apart, and it is refused.
func (p *parser) instruction(in *Instruction, level int, body string, payload []string) {
	announced := body // the labels it announces, before the clauses are read apart
	p.mixedSubjects = false
	for _, l := range payload {
		if reOmitted.MatchString(l) || omittedNote(l) {
			// "« ……… »" in new text: parts of it left out (unchanged, at
			// a later reading); what stands there is not said (the dots
			// were written into the code).
			in.Status, in.Reason = Unparsed, "new text with parts left out (« … »)"
			return
		}
	}
	if m := reClauseAfterAnnounce.FindStringSubmatchIndex(asciiLower(foldAccents(body))); m != nil && !reDeferred.MatchString(asciiLower(foldAccents(body))) {
		// "Le 3° est ainsi rédigé, à titre expérimental :", "… par deux
		// alinéas ainsi rédigés, applicables à Mayotte :": a condition
		// of the new text, not read (the text was applied without it).
		in.Status, in.Reason = Unparsed, "a clause after the new text's announcement, not read: "+strings.TrimSpace(foldAccents(body)[m[2]:m[3]])
		return
	}
	if len(payload) == 0 {
		// "Le 2° devient le 3° et le 3°, qui devient le 4°, est ainsi
		// rédigé : « 4° … »": two clauses, in the order that frees each
		// label before it is given.
		body, _ = relabelThenRewritten(body)
	} else if rewrite, relabel, ok := relabelledRewriteLines(body, payload); ok {
		// The same, the new text on the alinéas after it.
		switch {
		case strings.HasPrefix(rewrite, "+"):
			p.clausesWith(in, level, strings.TrimPrefix(rewrite, "+"), relabel, payload, nil)
			return
		default:
			p.clausesWith(in, level, relabel, rewrite, nil, payload)
			return
		}
	}
	body = becomesThen(body)
	if m := reRenumberedModified.FindStringSubmatch(body); m != nil && len(payload) == 0 {
		p.renumberedContext(in, level, m[1])
	} else if m := reRenumberedRewritten.FindStringSubmatch(body); m != nil && len(payload) > 0 {
		p.renumberedRewrite(in, level, m[1], payload)
	} else if head, tail, ok := splitClauses(body); ok {
		p.clauses(in, level, head, tail, payload)
	} else {
		p.instructionBody(in, level, body, payload)
	}
	if in.Status == Context && len(payload) > 0 {
		// "L'article L. 1 est ainsi modifié :" (older: "modifié ainsi qu'il
		// suit :") then quoted new text, no items: whether it rewrites the
		// article is not said; the text was dropped.
		in.Status, in.Reason = Unparsed, "new text after a context (« ainsi modifié : »), not an instruction's"
		return
	}
	// "est complété par deux phrases ainsi rédigées : « Il vise. »": one
	// given (it was added as if two).
	if n, ok := announcedCount(reAnnouncedSentences, asciiLower(foldAccents(body))); ok && n > 1 && in.Status == Parsed && len(in.Edits) > 0 && len(in.Edits[0].Lines) > 0 {
		got := 0
		for _, l := range in.Edits[0].Lines {
			got += len(sentenceBounds(stripQuotes(l)))
		}
		if got != n {
			in.Status, in.Edits = Unparsed, nil
			in.Reason = fmt.Sprintf("%d sentences announced, %d given", n, got)
			return
		}
	}
	if in.Status == Parsed && p.mixedSubjects {
		for _, e := range in.Edits {
			if e.Kind != EditDelete {
				// "Le 4° et le dernier alinéa sont complétés par …": the
				// last item takes the alinéas after it, and both edited
				// the last alinéa ("fort fort").
				in.Status, in.Edits = Unparsed, nil
				in.Reason = "items and alinéas (or items of a division and its siblings) joined as subjects of another operation than a deletion: whether the item takes the alinéa is not said"
				return
			}
		}
	}
	if in.Status == Parsed {
		if want, got, ok := announcedLabelDiffers(announced, in.Edits); ok {
			// "il est inséré un 3° ainsi rédigé : « 4° … »", "Le II est
			// ainsi rédigé : « III. – … »": which label the law means is
			// not said (the text was put in under the quotation's).
			in.Status, in.Edits = Unparsed, nil
			in.Reason = fmt.Sprintf("the %s announced, the new text labelled %s", want, got)
			return
		}
	}
	if in.Status == Parsed {
		if want, ok := announcedLabelMissing(announced, in.Edits); ok {
			// "il est inséré un 2° bis ainsi rédigé : « Partir ; »", "Le
			// II est ainsi rédigé : « Le juge … »": the text went in as
			// an alinéa of no label, the 2° bis (the II) gone.
			in.Status, in.Edits = Unparsed, nil
			in.Reason = fmt.Sprintf("the %s announced, the new text under no label", want)
			return
		}
	}
	if in.Status == Parsed {
		for _, e := range in.Edits {
			if e.Kind != EditCreateArticles || e.Scope.Ref.Code != "" {
				continue
			}
			for _, a := range e.NewArticles {
				if a.Ref.Code == "" {
					// "La section 2 du chapitre III du titre II du livre
					// VII est complétée par un article L. 1 ainsi
					// rédigé :" with no code named nor set: the article
					// was created in no code.
					p.unknownCode = true
					in.Status, in.Edits, in.Reason = Unparsed, nil, "article of an unknown code"
					return
				}
			}
		}
	}
	if in.Status != Parsed || len(payload) == 0 {
		return
	}
	if strings.Contains(body, "par des alinéas ainsi rédigés :") && wordsFirst(payload[0]) {
		// "Le 2° est ainsi complété :" then "« , sauf urgence »": words of
		// the 2°, not an alinéa after it.
		in.Status, in.Edits = Unparsed, nil
		in.Reason = "new alinéas announced with no noun that begin as words"
		return
	}
	low := asciiLower(foldAccents(body))
	if n, ok := announcedCount(amAnnounced, low); ok && n > 0 && n != len(payload) {
		in.Status, in.Edits = Unparsed, nil
		in.Reason = fmt.Sprintf("%d alinéas announced, %d given", n, len(payload))
	}
	if reOneAlinea.MatchString(low) && !reAnnouncedPlural.MatchString(low) && len(payload) > 1 {
		// "… est complété par un alinéa ainsi rédigé :" then two
		// alinéas: one announced, two given — which is the law's is not
		// said (both were added).
		in.Status, in.Edits = Unparsed, nil
		in.Reason = fmt.Sprintf("1 alinéa announced, %d given", len(payload))
	}
	// "sont insérés deux articles ainsi rédigés" then three "Art." blocks.
	if n, ok := announcedCount(reAnnouncedArticles, low); ok && n > 0 {
		got := 0
		for _, l := range payload {
			if _, _, _, ok := artHeading(strings.TrimLeft(strings.TrimSpace(l), "«\"“ ")); ok {
				got++
			}
		}
		if got > 0 && n != got {
			in.Status, in.Edits = Unparsed, nil
			in.Reason = fmt.Sprintf("%d articles announced, %d given", n, got)
		}
	}
}

var (
	// reClauseJoin joins two clauses of one alinéa: " et ", ", et ", " ; ",
	// and a comma alone ("Le 3° est abrogé, le 2° est complété …").
	reClauseJoin = mustRe(`\s*,?\s+et\s*,?\s+|\s*;\s+|\s*,\s+`)
	// reClauseDone is a first clause that is a whole operation on a
	// division: "… est abrogé", "… sont supprimés" (folded), or "… est
	// ainsi rédigé : « … »" (its new text inline, Q0 its mark).
	reClauseDone = mustRe(`\b(?:(?:est|sont)\s+(?:(?:abroge|supprime)(?:e|s|es)?|ainsi\s+redige(?:e|s|es)?\s*:\s*(q\d+))|devien(?:t|nent)\s+(?:respectivement\s+)?(?:le|la|les|l')\s*[^,;:]*` + labelCommaTail + `)$|` + addedInline)
	// labelCommaTail is the rest of new labels listed with commas, ", 4°
	// et 5°" after "deviennent respectivement les 3°" (folded): the
	// renumbering ends there ("Les 2°, 3° et 4° deviennent respectivement
	// les 3°, 4° et 5° et, aux 3°, 4° et 5°, …" is two clauses, as with
	// two labels).
	labelCommaTail = `(?:(?:\s*,\s*` + foldedLabel + `)+\s+et\s+` + foldedLabel + `)?`
	foldedLabel    = `(?:\d+°|[ivx]+|[a-z])(?:\s+` + latinOrd + `)?`
	// addedInline is a first clause adding new text written inline: "…
	// est complété par une phrase ainsi rédigée : « … »", "il est inséré
	// un alinéa ainsi rédigé : « … »" (folded; Q0 its mark). The clause
	// after it was dropped: "… : « Il dort. » et la dernière phrase du
	// même alinéa est supprimée" added the sentence alone.
	addedInline = `\b(?:(?:est|sont)\s+complete(?:e|s|es)?\s+par|(?:est|sont)\s+(?:insere|ajoute)(?:e|s|es)?)\s+(?:un|une|deux|trois|quatre|des)\s+[^:]*?\bainsi\s+redige(?:e|s|es)?\s*:\s*(q\d+)$`
	// reClauseNext is a second clause of its own: a subject or a place,
	// then a verb of its own.
	reClauseNext = mustRe(`^(?:l'|le\s|la\s|les\s|au\s|aux\s|a\s+la\s|a\s+l'|dans\s|apres\s|avant\s|il\s+est\s)`)
)

// wordsFirst reports whether new text begins as words within an alinéa
// do: with a comma, a semicolon, a period, or a small letter that is no
// item's label ("a) ", "b bis) ").
func wordsFirst(l string) bool {
	l = strings.TrimSpace(l)
	if strings.HasPrefix(l, ",") || strings.HasPrefix(l, ";") || strings.HasPrefix(l, ".") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(l)
	return unicode.IsLower(r) && !enumSmall.MatchString(l)
}

// reConstitutes is alinéas made a numbered part of their article: "Le
// premier alinéa constitue un I", "Les deux derniers alinéas constituent
// le II", "Le troisième alinéa forme un 1°", "Le second alinéa devient le
// II" (no other article named: a part of the same) (groups: the alinéas,
// the label, the final sign).
var reConstitutes = mustRe(`^((?:Le|Les|L')\s*[^«»":,;]*?\balin[ée]as?\b[^«»":,;]*?)\s+(?:constitue|constituent|forme|forment|devient|deviennent)\s+(?:un|le)\s+((?:[IVX]+|[A-Z]|\d+°|[a-z]\)?)(?:\s+` + latinOrd + `)?)\s*([.;]?)\s*$`)

// reConstitutesVerb is a verb of reConstitutes in its subject: two clauses
// ("Le premier alinéa constitue un I et le second alinéa constitue un
// II"), not one subject.
var reConstitutesVerb = mustRe(`\b(?:constituen?t?|formen?t?|devien(?:t|nent))\b`)

// constitutes reads reConstitutes as the label put at the start of the
// first of the alinéas ("Le premier alinéa est précédé de la mention :
// « I. – »"): "I" and "A" take a period and a dash, "1°" a space, "a" a
// parenthesis, "1" a period. Alinéas not in one span ("Les premier et troisième
// alinéas constituent un I") are refused.
func (p *parser) constitutes(in *Instruction, level int, m []string) {
	label := strings.Replace(m[2], ")", "", 1)
	switch first := label[0]; {
	case strings.Contains(label, "°"):
	case first >= 'a' && first <= 'z':
		label += ")"
	case first >= '0' && first <= '9':
		label += "."
	default:
		label += ". –"
	}
	p.instructionBody(in, level, m[1]+" est précédé de la mention : « "+label+" »"+m[3], nil)
	if in.Status != Parsed {
		return
	}
	edits := in.Edits
	slices.SortFunc(edits, func(a, b Edit) int { return lastAlinea(a.Scope) - lastAlinea(b.Scope) })
	for i, e := range edits {
		n := len(e.Scope.Path)
		if e.Kind != EditAppendWords || n == 0 || e.Scope.Path[n-1].Alinea == 0 || e.Scope.Sentence != 0 {
			in.Status, in.Reason, in.Edits = Unparsed, "a part made of what is not alinéas", nil
			return
		}
		if i > 0 {
			prev := edits[i-1].Scope
			if prev.Ref != e.Scope.Ref || !slices.Equal(prev.Path[:n-1], e.Scope.Path[:n-1]) || prev.Path[n-1].Alinea <= 0 || e.Scope.Path[n-1].Alinea != prev.Path[n-1].Alinea+1 {
				in.Status, in.Reason, in.Edits = Unparsed, "a part made of alinéas apart", nil
				return
			}
		}
	}
	in.Edits = edits[:1]
}

// articleHeading is an article's heading from its key: "l1-1" → "L1-1",
// "lo12 bis" → "LO12 bis", "12" → "12".
func articleHeading(key string) string {
	i := strings.IndexFunc(key, func(r rune) bool { return r < 'a' || r > 'z' })
	if i < 0 {
		return key
	}
	return strings.ToUpper(key[:i]) + key[i:]
}

// lastAlinea is the alinéa a scope's last division names, 0 for none.
func lastAlinea(s Scope) int {
	if len(s.Path) == 0 {
		return 0
	}
	return s.Path[len(s.Path)-1].Alinea
}

// reRenumberedModified is a renumbering that opens a context: "L'article
// L. 1 devient l'article L. 1-1 et est ainsi modifié :" (group 1: the
// renumbering).
var reRenumberedModified = mustRe(`^(.*\bdevien(?:t|nent)\b.*?)\s*,?\s+et\s+(?:est|sont)\s+ainsi\s+modifi[ée]e?s?\s*:\s*$`)

// becomesThen reads an article or an item renumbered and then edited
// under its new number, the new number in a relative clause — "L'article
// L. 2, qui devient l'article L. 5, est ainsi modifié :", "Les articles
// L. 2 et L. 3, qui deviennent respectivement les articles L. 5 et L. 6,
// sont …", "Le 3°, qui devient le 4°, est complété par …" — as "… devient
// l'article L. 5 et est …", and a verb after "et" with no subject of its
// own, "Le 3° devient le 4° et est complété par …", as "… et le 4° est
// complété par …" (they were refused: a renumbering into a division). The
// two numbers of one kind, articles or labels alone (alinéas, counted on
// which text, are left as they are); an item rewritten under its new
// label is relabelledRewrite's, "ainsi modifié" and "ainsi rédigé" after
// "et" renumberedContext's and renumberedRewrite's.
func becomesThen(body string) string {
	body = becomesAt(relabelInLocator(body))
	body = becomesSame(body)
	if m := reWhichBecomes2.FindStringSubmatch(body); m != nil && !strings.Contains(m[1], "devien") && sameNumberKind(m[1], m[4]) {
		if strings.Contains(m[4], "article") || !reRewrittenVerb.MatchString(m[5]) {
			body = m[1] + " " + m[2] + " " + m[3] + m[4] + " et " + m[5]
		}
	}
	m := reBecomesAnd.FindStringSubmatch(body)
	if m == nil || strings.Contains(m[1], "devien") || !sameNumberKind(m[1], m[4]) || reRenumberedModified.MatchString(body) || reRenumberedRewritten.MatchString(body) {
		return body
	}
	return m[1] + " " + m[2] + " " + m[3] + m[4] + " et " + lowerFirst(m[4]) + " " + m[5]
}

// becomesAt reads a place renumbered in the locator of the edit made
// there, "Au 3°, qui devient le 4°, le mot : « A » est remplacé …", "À
// l'article L. 2, qui devient l'article L. 5, …", "Aux 3° et 4°, qui
// deviennent respectivement les 4° et 5°, …", as "Le 3° devient le 4°
// et, au 4°, …" (they were refused: a renumbering into a division). The
// place is a label alone or articles, the new number of its kind; an
// item named inside another ("Au 3° du I, qui devient …") or an alinéa
// is left as it is (refused).
func becomesAt(body string) string {
	m := reWhichBecomesAt.FindStringSubmatch(body)
	if m == nil {
		m = reWhichBecomeListAt.FindStringSubmatch(body)
	}
	if m == nil || strings.Contains(m[2], "devien") {
		return body
	}
	prep, from, to := m[1], m[2], m[5]
	if prep == "Aux" && m[4] != "" {
		if in, outer, ok := nestedRelabelledList(from, to); ok {
			// "Aux 3° et 4° du I, qui deviennent respectivement les 4°
			// et 5°, …": each item of the I relabelled, then the edit in
			// the new ones, as one item is (it was refused).
			return "Les " + in + " " + outer + " " + m[3] + " respectivement " + to + " et, aux " + strings.TrimPrefix(to, "les ") + ", " + m[6]
		}
	}
	if prep == "Au" && m[4] == "" {
		if in, outer, ok := nestedRelabelled(from, to); ok {
			// "Au 3° du I, qui devient le 4°, …": the 3° of the I
			// relabelled, then the edit in the 4° (the second clause is
			// read in the division that holds the first's item).
			return "Le " + in + " " + outer + " " + m[3] + " " + to + " et, au " + strings.TrimPrefix(to, "le ") + ", " + m[6]
		}
	}
	subj := ""
	switch {
	case (prep == "À" || prep == "A") && (strings.HasPrefix(from, "l'article ") || strings.HasPrefix(from, "les articles ")):
		subj = upperFirst(from)
	case prep == "Au" && reBareLabelDesignation.MatchString("le "+from):
		subj = "Le " + from
	case prep == "Aux" && reBareLabelDesignation.MatchString("les "+from):
		subj = "Les " + from
	default:
		return body
	}
	if !sameNumberKind(subj, to) {
		return body
	}
	place := ""
	switch {
	case strings.HasPrefix(to, "l'article "):
		place = "à " + to
	case strings.HasPrefix(to, "les "):
		place = "aux " + strings.TrimPrefix(to, "les ")
	case strings.HasPrefix(to, "le "):
		place = "au " + strings.TrimPrefix(to, "le ")
	default:
		return body
	}
	return subj + " " + m[3] + " " + m[4] + to + " et, " + place + ", " + m[6]
}

// becomesSame reads the place a renumbering's second clause names by
// "même" and the new number, "Le 3° devient le 4° et, au même 4°, …", "Le
// II devient le III et, au premier alinéa du même III, …", "L'article L.
// 2 devient l'article L. 5 et, au premier alinéa du même article, …", as
// that number written plainly, "… et, au 4°, …", "… du III, …", "… de
// l'article L. 5, …" (they were refused: no 4° before it — the first
// clause names the 3° —, and the article's words were sought in the L. 2
// it left). One item's label, or one article, and "même" the new number
// (or "même article" after an article); another label after "même" is
// left as it is (refused).
func becomesSame(body string) string {
	m := reBecomesSame.FindStringSubmatch(body)
	if m == nil || strings.Contains(m[1], "devien") || strings.Contains(m[4], "devien") {
		return body
	}
	subj, to, same := m[1], m[2], m[5]
	switch {
	case reBareLabelDesignation.MatchString(to) && !strings.HasPrefix(to, "les ") && reBareLabelDesignation.MatchString(lowerFirst(ownLabel(subj))):
		if same != strings.TrimPrefix(strings.TrimPrefix(to, "le "), "la ") {
			return body
		}
		return m[1] + " devient " + to + " et, " + m[3] + same + ", " + m[6]
	case strings.HasPrefix(to, "l'article ") && same == "article" && reArticleNumbers.MatchString(numberHyphens.Replace(to)) && !strings.Contains(to, " et ") && !strings.Contains(to, " à ") &&
		strings.HasPrefix(asciiLower(subj), "l'article ") && sameNumberKind(subj, to):
		lead := m[3]
		switch {
		case strings.HasSuffix(lead, "du "):
			lead = strings.TrimSuffix(lead, "du ") + "de "
		case lead == "au ":
			lead = "à "
		default:
			return body
		}
		return m[1] + " devient " + to + " et, " + lead + to + ", " + m[6]
	}
	return body
}

// ownLabel is a designation's own label, before the place it is in: "Le
// 3° du I de l'article L. 1" → "Le 3°".
func ownLabel(s string) string {
	if i := strings.Index(s, " du "); i >= 0 {
		s = s[:i]
	}
	if i := strings.Index(s, " de "); i >= 0 {
		s = s[:i]
	}
	return s
}

// reBecomesSame is "<S> devient <T> et, <lead>même <N>, <the rest>"
// (groups: S, T, lead, unused, N, the rest).
var reBecomesSame = mustRe(`^((?:[Ll]'article|[Ll]es?|[Ll]a)\s+[^,«"]+?)\s+devient\s+((?:l'article|le|la)\s+[^,«"]+?)\s+et\s*,\s*((?:(?:au|à\s+la|à\s+l')\s+[^,«"]*?\s+)?(?:du|au)\s+)()même\s+([^,«"]+?)\s*,\s*(.+)$`)

// relabelInLocator reads an item relabelled in a relative clause after
// a locator naming the division that holds it, "Au I, au 4°, qui devient
// le 5°, …", "Au I, le 4°, qui devient le 5°, est …", "À l'article L. 1,
// le 2°, qui devient le 3°, …", as the item named inside it, "Au 4° du I,
// qui devient le 5°, …", "Le 4° du I, qui devient …" (they were refused:
// a renumbering into a division). One label in the locator, or one
// article; the new label is then checked as in nestedRelabelled.
func relabelInLocator(body string) string {
	m := reRelabelInLocator.FindStringSubmatch(body)
	if m == nil {
		return body
	}
	outer := "du " + m[2]
	if m[1] != "Au" {
		outer = "de " + m[2]
	}
	if _, _, ok := nestedRelabelled(m[4]+" "+outer, m[5]); !ok {
		return body
	}
	lead := "Au "
	if strings.ToLower(m[3]) == "le" {
		lead = "Le "
	}
	return lead + m[4] + " " + outer + ", qui devient " + m[5] + m[6]
}

// reRelabelInLocator is "<Au L | À l'article A>, <au | le> <label>, qui
// devient le <label>…" (groups: the preposition, the locator's label or
// article, au or le, the item's label, the new label, the rest from the
// comma after it).
var reRelabelInLocator = mustRe(`^(Au|À|A)\s+(` + bareLabel + `(?:\s+du\s+` + bareLabel + `)*(?:\s+de\s+l'article\s+[^,«"]+?)?|l'article\s+[^,«"]+?)\s*,\s*(au|le)\s+(` + bareLabel + `)\s*,\s*qui\s+devient\s+(le\s+` + bareLabel + `)(\s*,.*)$`)

// nestedRelabelled reads the place of "Au 3° du I, qui devient le 4°, …",
// "Au a du 1° de l'article L. 1, qui devient le b, …": one item's label
// (in) named inside the divisions outer ("du I", "du 1° du II", "de
// l'article L. 1"), the new label (to, "le 4°") of the item's kind and of
// no kind outer names — else the relative clause may relabel the
// division that holds it ("Au a du 1°, qui devient le 2°": the 1°?), and
// ok is false (left to be refused).
func nestedRelabelled(from, to string) (in, outer string, ok bool) {
	m := reNestedPlace.FindStringSubmatch(from)
	if m == nil || !strings.HasPrefix(to, "le ") {
		return "", "", false
	}
	in, outer = m[1], m[2]
	newLabel := strings.TrimPrefix(to, "le ")
	if !reBareLabelDesignation.MatchString(to) || casedKind(itemName(newLabel)) != casedKind(itemName(in)) {
		return "", "", false
	}
	for _, l := range reOuterLabel.FindAllStringSubmatch(outer, -1) {
		if casedKind(itemName(l[1])) == casedKind(itemName(newLabel)) {
			return "", "", false
		}
	}
	return in, outer, true
}

// nestedRelabelledList reads the place of "Aux 3° et 4° du I, qui
// deviennent respectivement les 4° et 5°, …": items' labels (in, "3° et
// 4°", or "2°, 3° et 4°") named inside the divisions outer, and as many
// new labels (to, "les 4° et 5°"), each pair read as nestedRelabelled
// reads one; else ok is false (left to be refused).
func nestedRelabelledList(from, to string) (in, outer string, ok bool) {
	m := reNestedPlaces.FindStringSubmatch(from)
	if m == nil || !strings.HasPrefix(to, "les ") {
		return "", "", false
	}
	olds := reLabelListSep.Split(m[1], -1)
	news := reLabelListSep.Split(strings.TrimPrefix(to, "les "), -1)
	if len(olds) != len(news) {
		return "", "", false
	}
	for k := range olds {
		if _, _, ok := nestedRelabelled(olds[k]+" "+m[2], "le "+news[k]); !ok {
			return "", "", false
		}
	}
	return m[1], m[2], true
}

var (
	// reNestedPlaces is reNestedPlace with a list of labels, "3° et 4°
	// du I", "2°, 3° et 4° de l'article L. 1" (groups: the labels, the
	// divisions that hold them).
	reNestedPlaces = mustRe(`^(` + bareLabel + `(?:\s*,\s*` + bareLabel + `)*\s+et\s+` + bareLabel + `)\s+((?:du\s+` + bareLabel + `\s*)+(?:de\s+l'article\s+[^,«"]+)?|de\s+l'article\s+[^,«"]+)$`)
)

var (
	// reNestedPlace is "<label> du <label>…" or "<label> de l'article …"
	// (groups: the item's label, the divisions that hold it).
	reNestedPlace = mustRe(`^(` + bareLabel + `)\s+((?:du\s+` + bareLabel + `\s*)+(?:de\s+l'article\s+[^,«"]+)?|de\s+l'article\s+[^,«"]+)$`)
	// reNestedSubject is an item's label named inside divisions, "Le 4°
	// du I", "Le 2° de l'article L. 1" (group: without its article).
	reNestedSubject = mustRe(`^(?:[Ll]e|[Ll]a)\s+(` + bareLabel + `\s+(?:du|de\s+l'article)\s+[^,«"]+)$`)
	// reOuterLabel is a label after "du" in reNestedPlace's divisions.
	reOuterLabel = mustRe(`\bdu\s+(` + bareLabel + `)(?:\s|$)`)
)

// reWhichBecomesAt is "<À l'article S | Au S | Aux S>, qui devient <T>,
// <the rest>" (groups: the preposition, S, the verb, "respectivement ",
// T, the rest).
var reWhichBecomesAt = mustRe(`^(À|A|Au|Aux)\s+([^,«"]+?)\s*,\s*qui\s+(devien(?:t|nent))\s+((?:respectivement\s+)?)((?:l'article|les\s+articles|le|les)\s+[^,«"]+?)\s*,\s*(.+)$`)

// reWhichBecomeListAt is reWhichBecomesAt for items listed with commas,
// "Aux 2°, 3° et 4° du I, qui deviennent respectivement les 3°, 4° et 5°,
// …" (the same groups): three labels or more, as many new ones, each
// pair then checked as reWhichBecomesAt's two are.
var reWhichBecomeListAt = mustRe(`^(Aux)\s+(` + bareLabel + `(?:\s*,\s*` + bareLabel + `)+\s+et\s+` + bareLabel + `(?:\s+(?:du|de)\s+[^,«"]+?)?)\s*,\s*qui\s+(deviennent)\s+(respectivement\s+)(les\s+` + bareLabel + `(?:\s*,\s*` + bareLabel + `)+\s+et\s+` + bareLabel + `)\s*,\s*(.+)$`)

// sameNumberKind says two designations a renumbering joins are both
// articles or both an item's label.
func sameNumberKind(from, to string) bool {
	a, b := strings.Contains(asciiLower(from), "article"), strings.Contains(asciiLower(to), "article")
	if m := reNestedSubject.FindStringSubmatch(from); m != nil {
		// "Le 4° du I de l'article L. 1": an item, named in the article
		// that holds it (it was read as an article, and refused); its
		// new label of its kind and of none of the divisions that hold
		// it (nestedRelabelled).
		_, _, ok := nestedRelabelled(m[1], to)
		return ok
	}
	if a || b {
		// "l'article L. 2‑1": the number with the hyphen codes print
		// (numberHyphens), as the plain one (it was refused).
		return a && b && reArticleNumbers.MatchString(numberHyphens.Replace(to))
	}
	return reBareLabelDesignation.MatchString(to)
}

var (
	// reWhichBecomes2 is "<S>, qui devient <T>, <est …>" (groups: S, the
	// verb, "respectivement ", T, the rest).
	reWhichBecomes2 = mustRe(`^((?:[Ll]'article|[Ll]es\s+articles|[Ll]es?|[Ll]a)\s+[^,«"]+?)\s*,\s*qui\s+(devien(?:t|nent))\s+((?:respectivement\s+)?)((?:l'article|les\s+articles|le|la|les)\s+[^,«"]+?)\s*,\s*((?:est|sont)\s+.*)$`)
	// reBecomesAnd is "<S> devient <T> et <est …>" (the same groups).
	reBecomesAnd = mustRe(`^((?:[Ll]'article|[Ll]es\s+articles|[Ll]es?|[Ll]a)\s+[^,«"]+?)\s+(devien(?:t|nent))\s+((?:,?\s*respectivement\s*,?\s+)?)((?:l'article|les\s+articles|le|la|les)\s+[^,«"]+?)\s+et\s+((?:est|sont)\s+.*)$`)
	// reRewrittenVerb is a rewrite's verb.
	reRewrittenVerb = mustRe(`^(?:est|sont)\s+ainsi\s+rédigée?s?`)
	// reArticleNumbers is articles named by their numbers alone, up to
	// the end: "l'article L. 5", "les articles L. 5 et L. 6".
	reArticleNumbers = mustRe(`^(?:l'article|les\s+articles)\s+(?:(?:[A-Z]{1,2}\.?\s*)?\d[\w-]*(?:\s+` + latinOrd + `)?(?:\s*,\s*|\s+et\s+|\s+à\s+)?)+$`)
	// reBareLabelDesignation is an item named by its label alone, up to
	// the end: "le 4°", "les 4° et 5°", "le III", "le b".
	reBareLabelDesignation = mustRe(`^(?:le|la|les)\s+(?:` + bareLabel + `(?:\s*,\s*|\s+et\s+|\s+à\s+)?)+$`)
)

// renumberedContext reads "L'article L. 1 devient l'article L. 1-1 et est
// ainsi modifié :": the renumbering, then the items under it edit the
// article under its new number (it was refused, and its items with it).
// Only articles renumbered whole.
func (p *parser) renumberedContext(in *Instruction, level int, head string) {
	depth := len(p.stack)
	p.instructionBody(in, level, head, nil)
	p.stack = p.stack[:depth]
	if in.Status != Parsed || len(in.Edits) == 0 {
		return
	}
	var targets []Scope
	for _, e := range in.Edits {
		if n := len(e.Scope.Path); e.Kind == EditRelabel && n > 0 && e.Scope.Path[n-1].Item != "" && e.Scope.Sentence == 0 {
			// "Le 3° devient le 4° et est ainsi modifié :": the 4°.
			sc := e.Scope
			sc.Path = append(append([]Division(nil), sc.Path[:n-1]...), Division{Item: itemName(e.New)})
			targets = append(targets, sc)
			continue
		}
		if e.Kind == EditRenumberDivision && e.Scope.Ref.Code != "" && len(in.Edits) == 1 {
			// "La section 2 devient la section 3 et est ainsi modifiée :":
			// the items under it in its code (division headings are not
			// applied; a heading of no division named stays refused).
			sc := Scope{Ref: CodeRef{Code: e.Scope.Ref.Code}}
			if len(e.Moves) == 1 {
				// Its new path: "1° À la sous-section 2, …" is the
				// sous-section 2 of the section 3 (it was the code's,
				// refused).
				sc.Division = append([]string(nil), e.Moves[0].To...)
			}
			targets = append(targets, sc)
			continue
		}
		if e.Kind != EditRenumber || e.ToPart != (Division{}) || len(e.Scope.Path) > 0 || e.To.Article == "" {
			in.Status, in.Edits, in.Reason = Unparsed, nil, "renumbered and modified: only whole articles or items"
			return
		}
		targets = append(targets, Scope{Ref: e.To})
	}
	p.stack = append(p.stack, frame{level: level, scope: targets[0], also: targets[1:]})
}

// everyArticleGiven reports whether each article the scopes name has its
// text in arts: each one named alone, and both ends of a range (what lies
// between them is the range's).
func everyArticleGiven(scopes []Scope, arts []CodeArticle) bool {
	has := map[CodeRef]bool{}
	for _, a := range arts {
		has[a.Ref] = true
	}
	for _, s := range scopes {
		if len(s.Path) > 0 || s.Sentence != 0 {
			continue
		}
		if !has[s.Ref] || s.RangeTo != "" && !has[CodeRef{Code: s.Ref.Code, Article: s.RangeTo}] {
			return false
		}
		if s.RangeTo != "" {
			// "Les articles L. 5 à L. 7 sont ainsi rédigés (rétablis) :"
			// then L. 5 and L. 7: the L. 6 the range names has no text
			// (it stayed as it was, or was not made).
			nums := map[string]bool{}
			for _, a := range arts {
				if a.Ref.Code == s.Ref.Code {
					nums[a.Ref.Article] = true
				}
			}
			if !seriesGiven(s.Ref.Article, s.RangeTo, nums) {
				return false
			}
		}
	}
	return true
}

// seriesGiven reports whether has holds every number between from and
// to when they are of one series ("L. 1-1" and "L. 1-3": "L. 1-2");
// articles numbered after one ("L. 1-1-1") may come between, and ends
// of different series ("L. 1" to "L. 2-1") say nothing between.
func seriesGiven(from, to string, has map[string]bool) bool {
	base, lo, ok1 := splitLast(from)
	base2, hi, ok2 := splitLast(to)
	if ok1 && ok2 && base == base2 && hi-lo < 100 {
		for k := lo + 1; k < hi; k++ {
			if !has[base+strconv.Itoa(k)] {
				return false
			}
		}
	}
	return true
}

// wholeArticles reports whether every scope is a whole article (or a
// range of them).
func wholeArticles(scopes []Scope) bool {
	for _, s := range scopes {
		if s.Ref.Article == "" || len(s.Path) > 0 || s.Sentence != 0 || s.Everywhere {
			return false
		}
	}
	return len(scopes) > 0
}

// reRenumberedRewritten is an article renumbered and given a new text:
// "L'article L. 1 devient l'article L. 1-1 et est ainsi rédigé :" (group
// 1: the renumbering).
var reRenumberedRewritten = mustRe(`^(.*\bdevient\b.*?)\s*,?\s+et\s+est\s+(?:ainsi\s+r[ée]dig[ée]|r[ée]dig[ée]\s+comme\s+suit)\s*:\s*$`)

// renumberedRewrite reads "L'article L. 1 devient l'article L. 1-1 et est
// ainsi rédigé :" then the new text: the renumbering, then the text of
// the article under its new number (refused before: "renumbering into a
// division of an article"). Only an article renumbered whole; a text
// headed by another article's number is refused.
func (p *parser) renumberedRewrite(in *Instruction, level int, head string, lines []string) {
	depth := len(p.stack)
	p.instructionBody(in, level, head, nil)
	p.stack = p.stack[:depth]
	if in.Status != Parsed {
		return
	}
	if len(in.Edits) != 1 || in.Edits[0].Kind != EditRenumber || in.Edits[0].ToPart != (Division{}) || len(in.Edits[0].Scope.Path) > 0 || in.Edits[0].To.Article == "" {
		in.Status, in.Edits, in.Reason = Unparsed, nil, "renumbered and rewritten: only one whole article"
		return
	}
	to := in.Edits[0].To
	if arts := p.splitArticles(to.Code, lines); len(arts) > 1 || len(arts) == 1 && arts[0].Ref != to {
		in.Status, in.Edits, in.Reason = Unparsed, nil, "the new text's article is not the one renumbered"
		return
	}
	in.Edits = append(in.Edits, Edit{Kind: EditRewrite, Scope: Scope{Ref: to}, Lines: stripArtPrefix(lines)})
}

// splitClauses splits an alinéa holding two operations of their own
// joined by "et" or ";" — a division repealed, deleted or rewritten
// inline, then another with its own subject and verb ("Le I est abrogé
// et le II est ainsi rédigé :", "Le deuxième alinéa est ainsi rédigé :
// « … » et le troisième alinéa est supprimé"). Word operations joined so
// are read together as before (they share the place before them).
func splitClauses(body string) (head, tail string, ok bool) {
	quoted := quoteRe.FindAllStringIndex(body, -1)
	inQuote := func(i int) bool {
		for _, q := range quoted {
			if i >= q[0] && i < q[1] {
				return true
			}
		}
		return false
	}
	for _, m := range reClauseJoin.FindAllStringIndex(body, -1) {
		if inQuote(m[0]) {
			continue
		}
		h, t := body[:m[0]], body[m[1]:]
		hs, _ := shape(h)
		ts, _ := shape(t)
		hl := asciiLower(foldAccents(strings.TrimSpace(hs)))
		tl := asciiLower(foldAccents(strings.TrimSpace(ts)))
		d := reClauseDone.FindStringSubmatchIndex(hl)
		if d == nil || !reClauseNext.MatchString(tl) || !modVerb.MatchString(ts) {
			continue
		}
		if d[2] < 0 && d[4] >= 0 {
			d[2] = d[4] // the new text's mark, added inline
		}
		if words := hl; d[2] >= 0 && reQuotedPart.MatchString(words[:d[2]]) || d[2] < 0 && reQuotedPart.MatchString(words) {
			continue // word operations: read together, under their place
		}
		if reContext.MatchString(tl) {
			return "", "", false // a context after: its items would lose their place
		}
		if reRenumber.MatchString(hl) && reRenumber.MatchString(tl) {
			continue // renumberings joined: read together (renumClauses)
		}
		return strings.TrimSpace(h), upperFirst(strings.TrimSpace(t)), true
	}
	return "", "", false
}

// clauses reads the two clauses of splitClauses one after the other, as
// one instruction: the second naming no article is in the first's, under
// the division that holds the first's target ("Le I de l'article L. 1 est
// abrogé et le II …": the II of L. 1); refused if either is not read.
func (p *parser) clauses(in *Instruction, level int, head, tail string, payload []string) {
	p.clausesWith(in, level, head, tail, nil, payload)
}

// siblingRelabels says two relabellings are of items of one list, "Les
// 2° et 3° deviennent respectivement les 3° et 4° et, aux 3° et 4°, …"
// (from "Aux 2° et 3°, qui deviennent respectivement …", becomesAt): the
// second clause is in the part that holds them, as after one item (it
// was refused: several places).
func siblingRelabels(a, b Edit) bool {
	n := len(a.Scope.Path)
	return itemRelabel(a) && itemRelabel(b) && n == len(b.Scope.Path) && slices.Equal(a.Scope.Path[:n-1], b.Scope.Path[:n-1])
}

// itemRelabel says an edit relabels one item ("Le 2° devient le 3°"),
// not a range, a sentence or a division.
func itemRelabel(e Edit) bool {
	n := len(e.Scope.Path)
	return e.Kind == EditRelabel && n > 0 && e.Scope.Path[n-1].Item != "" && e.Scope.RangeTo == "" && e.Scope.Sentence == 0
}

// clausesWith is clauses with the new text of either clause.
func (p *parser) clausesWith(in *Instruction, level int, head, tail string, headPayload, payload []string) {
	depth := len(p.stack)
	first := &Instruction{Article: in.Article, Alinea: in.Alinea, Text: in.Text}
	p.instructionBody(first, level, head, headPayload)
	p.stack = p.stack[:depth]
	fail := func(why string) {
		in.Status, in.Edits, in.Reason = Unparsed, nil, why
	}
	if first.Status != Parsed || len(first.Edits) == 0 {
		fail("first of two clauses: " + first.Reason)
		return
	}
	sc := first.Edits[0].Scope
	for _, e := range first.Edits[1:] {
		if e.Scope.Ref != sc.Ref || !slices.Equal(e.Scope.Path, sc.Path) && !siblingRelabels(first.Edits[0], e) {
			sc = Scope{} // several places: the second must name its own
		}
	}
	p.lastScope, p.lastOthers, p.lastRelabels = first.Edits[0].Scope, nil, relabelsOf(first.Edits)
	tl := asciiLower(foldAccents(tail))
	var up *Scope
	if n := len(sc.Division); sc.Ref.Article == "" && n > 0 && (reDivision.MatchString(strings.TrimSpace(tl)) || reDivisions.MatchString(strings.TrimSpace(tl))) && !strings.Contains(tl, "code") {
		// "Le chapitre II … est abrogé et le chapitre III devient le
		// chapitre II": the second division is in the one that holds the
		// first (it was refused: no article named).
		p.stack = append(p.stack, frame{level: level, scope: Scope{Ref: CodeRef{Code: sc.Ref.Code}, Division: append([]string(nil), sc.Division[:n-1]...)}})
	} else if !strings.Contains(tl, "article") && !strings.Contains(tl, "code") {
		if sc.Ref.Article == "" || sc.RangeTo != "" {
			fail("a second clause naming no article after a first naming several places")
			return
		}
		up = &Scope{Ref: sc.Ref}
		switch {
		case sc.Sentence != 0:
			// "La première phrase du deuxième alinéa est ainsi rédigée :
			// « … » et la seconde phrase est supprimée": the same alinéa.
			up.Path = append([]Division(nil), sc.Path...)
		case len(sc.Path) > 0:
			up.Path = append([]Division(nil), sc.Path[:len(sc.Path)-1]...)
		}
		p.stack = append(p.stack, frame{level: level, scope: *up})
	} else if sc.Ref.Code != "" && !strings.Contains(tl, "code") && !strings.Contains(tl, "loi") && !strings.Contains(tl, "ordonnance") && !strings.Contains(tl, "decret") {
		// "L'article L. 1 du code civil est abrogé et l'article L. 3
		// est ainsi rédigé :": the second article is of the first's
		// text, in one sentence (it was "of a code not said" after
		// another code, "no target article" for "l'article 3" —
		// TestGenArtsSecondClauseArticleOfTheFirstsCode).
		p.stack = append(p.stack, frame{level: level, scope: Scope{Ref: CodeRef{Code: sc.Ref.Code}}})
	}
	second := &Instruction{Article: in.Article, Alinea: in.Alinea, Text: in.Text}
	p.instructionBody(second, level+1, tail, payload)
	p.stack = p.stack[:depth]
	if second.Status != Parsed || len(second.Edits) == 0 {
		fail("second of two clauses: " + second.Reason)
		return
	}
	// "Au premier alinéa, la seconde phrase est supprimée et le mot : « A »
	// est remplacé …": words of the place written before both clauses,
	// the alinéa whose sentence went (it was refused: no place of its
	// own). Applied after the deletion, they are edited where they stand
	// on the text before the instruction too, unless only in the sentence
	// gone (then not found: refused); an occurrence's rank or a count,
	// which the deletion would shift, is refused.
	placeFirst := reHeadPrep.MatchString(asciiLower(foldAccents(strings.TrimSpace(head)))) &&
		len(first.Edits) == 1 && first.Edits[0].Kind == EditDelete && sc.Sentence != 0
	for _, e := range second.Edits {
		adds := e.Kind == EditAppendAlineas || e.Kind == EditCreateArticles
		words := e.Kind == EditReplaceWords || e.Kind == EditDeleteWords || e.Kind == EditInsertWords
		if placeFirst && words && len(e.Occurrences) == 0 && e.Times == 0 && e.Scope.Where == "" && len(e.Scope.Path) > 0 {
			continue
		}
		if up != nil && !adds && e.Scope.Ref == up.Ref && slices.Equal(e.Scope.Path, up.Path) && e.Scope.Sentence == 0 {
			// "… et le second est supprimé": the second clause names no
			// place of its own; read so, it would edit the whole
			// article (division) that holds the first's. ("… et il est
			// rétabli un III" adds to it: its place.)
			fail("a second clause naming no place of its own")
			return
		}
		if up != nil && sc.Sentence == 0 && len(sc.Path) > 0 && e.Scope.Ref == up.Ref && slices.Equal(e.Scope.Path, up.Path) && e.Scope.Sentence != 0 {
			// "Le premier alinéa est complété par une phrase … et la
			// dernière phrase est supprimée": the first's alinéa, or
			// the article's last, is not said (the article's last
			// sentence went, in its last alinéa).
			fail("a sentence named in a second clause with no division of its own, after a division")
			return
		}
	}
	in.Status, in.Reason = Parsed, ""
	in.Edits = append(first.Edits, second.Edits...)
}

// signOf is the punctuation sign a word names.
var signOf = map[string]string{"point": ".", "point final": ".", "point-virgule": ";", "deux-points": ":", "virgule": ","}

// reOneAnnounced is a head announcing one alinéa or one sentence: "un
// alinéa ainsi rédigé", "une phrase ainsi rédigée" (its quotation closed,
// a second quoted alinéa is not its own: TestSingularHeadTakesOneQuotation).
var reOneAnnounced = mustRe(`\b(?:un\s+alinea|une\s+phrase)\s+ainsi\s+redigee?\s*:?\s*$`)

// plainDrafting writes the older announcements of new text as today's
// drafting does: "est rédigé comme suit :", "ainsi libellé :" → "ainsi
// rédigé :" ("modifié comme suit" → "ainsi modifié"); "complété in fine
// par" → "complété par"; "l'alinéa suivant :", "les phrases suivantes :" → "un alinéa
// ainsi rédigé :", "des phrases ainsi rédigées :"; "les mots suivants :
// « A »" → "les mots : « A »". The quoted text after them is what says
// how much there is, as with "ainsi rédigés".
// reAlAbbrev is "al." and "ph.", the abbreviations of "alinéa" and
// "phrase", as words; reParagraphSign the paragraph sign.
var (
	reAlAbbrev      = mustRe(`\b(al|ph)\.(\s|,|$)`)
	reParagraphSign = mustRe(`§`)
)

// alineaAbbrev writes the abbreviations of an instruction's words out,
// the bills' and the amendments': "al." "alinéa", "ph." "phrase", "§"
// "paragraphe" ("au deuxième al.", "À l'al. 2", "à la 2e ph.", "au § 2":
// not read, every alinéa of the article, or of the alinéa, was edited;
// a paragraph so named is then refused as "le paragraphe 2" is).
func alineaAbbrev(s string) string {
	s = reAlAbbrev.ReplaceAllStringFunc(s, func(m string) string {
		g := reAlAbbrev.FindStringSubmatch(m)
		if g[1] == "ph" {
			return "phrase" + g[2]
		}
		return "alinéa" + g[2]
	})
	return reParagraphSign.ReplaceAllString(s, "paragraphe")
}

// broughtTo is the head "<place> est ainsi modifié :" for a place named
// after a preposition ("au", "aux", "à la", "à l'"): the article that
// preposition holds, the plural verb after "aux".
func broughtTo(prep, place string) string {
	switch p := strings.ToLower(strings.Join(strings.Fields(prep), " ")); {
	case p == "aux":
		return "Les " + place + " sont ainsi modifiés :"
	case p == "au":
		return "Le " + place + " est ainsi modifié :"
	case strings.HasSuffix(p, "la"):
		return "La " + place + " est ainsi modifiée :"
	}
	return "L'" + place + " est ainsi modifié :"
}

// thusWritten writes "rédigé comme suit", "libellé ainsi qu'il suit"
// as "ainsi rédigé" ("modifié comme suit" as "ainsi modifié"), the bills'
// and the amendments' heads alike.
func thusWritten(s string) string {
	return reCommeSuit.ReplaceAllStringFunc(s, func(m string) string {
		g := reCommeSuit.FindStringSubmatch(m)
		if g[1] == "modifi" {
			return "ainsi modifi" + g[2]
		}
		return "ainsi rédig" + g[2]
	})
}

// reNewAnnounced is new alinéas or sentences announced as "new": "un
// nouvel alinéa", "deux nouveaux alinéas", "une nouvelle phrase" (group
// 1 the determiner or count, 2 the noun).
var reNewAnnounced = mustRe(`\b((?:un|une|des|les|` + cardinalWords + `)\s+)(?:nouvel|nouveaux|nouvelle|nouvelles)\s+(alin[ée]as?|phrases?)\b`)

// reEndReplacedBy is "la fin du premier alinéa est remplacée par les
// mots :" (group 1 the end named).
var reEndReplacedBy = mustRe(`\b([Ll]a\s+fin\s+[^«"“:]*?)\s+est\s+remplacée\s+par\s+(?:les\s+mots|le\s+mot)\s*:?`)

func plainDrafting(body string) string {
	body = articleNumbersPlain(body)
	// "Après le mot : « A », la fin du premier alinéa est remplacée par
	// les mots : « B »": "… est ainsi rédigée : « B »" (not read).
	body = outsideQuotes(body, func(seg string) string {
		if isQuoted(seg) {
			return seg
		}
		return reEndReplacedBy.ReplaceAllString(seg, "$1 est ainsi rédigée :")
	})
	// "remplacé par deux nouveaux alinéas ainsi rédigés", "par un nouvel
	// alinéa", "une nouvelle phrase": the alinéas (sentences) announced,
	// as without "nouveaux" (a replacement so announced was not read).
	body = outsideQuotes(body, func(seg string) string {
		if isQuoted(seg) {
			return seg
		}
		return reNewAnnounced.ReplaceAllString(seg, "$1$2")
	})
	body = stillRepealed(body)
	body = transferredAndRenumbered(body)
	body = transferredOnly(body)
	body = atTheHead(body)
	body = repealedAlsoThat(body)
	// "est modifié conformément aux dispositions suivantes :", "de la
	// manière suivante :", "subit les modifications suivantes :": "est
	// ainsi modifié :" (they were not read, and the items under them
	// lost their place).
	body = reModifiedSo.ReplaceAllString(body, "ainsi $1 :")
	body = reUndergoes.ReplaceAllStringFunc(body, func(m string) string {
		if strings.HasPrefix(m, "subissent") {
			return "sont ainsi modifiés :"
		}
		return "est ainsi modifié :"
	})
	// "Au code civil, sont apportées les modifications suivantes :",
	// "Les modifications suivantes sont apportées à l'article L. 1 … :":
	// "Le code civil est ainsi modifié :", "L'article L. 1 … est ainsi
	// modifié :" (they were not read).
	if m := reBroughtTo.FindStringSubmatch(body); m != nil {
		body = broughtTo(m[1], m[2])
	} else if m := reBroughtFront.FindStringSubmatch(body); m != nil {
		body = broughtTo(m[1], m[2])
	}
	// "Au chapitre Ier du code civil est créée une section 3 ainsi
	// rédigée :": the place before a verb whose subject follows it, no
	// comma between ("Au chapitre Ier du code civil, est créée …", which
	// is read; it was not).
	body = reInvertedNoComma.ReplaceAllString(body, "$1, $2")
	// "deviennent, respectivement, les 2° et 3°", "sont remplacés,
	// respectivement, par": "respectivement" between commas is
	// "respectivement" (the renumbering was not understood).
	body = reRespectivelyCommas.ReplaceAllString(body, " respectivement ")
	// "Le 2° est ainsi remplacé par les dispositions suivantes :" is "Le
	// 2° est remplacé par les dispositions suivantes :" (it was not
	// understood).
	body = reThusReplacedBy.ReplaceAllString(body, "$1")
	body = thusWritten(body)
	// "complété in fine par", "complété, in fine, par", "sont ajoutés
	// in fine": at the end, where these verbs add text anyway.
	body = reInFine.ReplaceAllString(body, "$1")
	// "In limine du premier alinéa", "in fine de l'article": "Au début
	// du premier alinéa", "à la fin de l'article" (in limine was read as
	// nothing: its words went at the end).
	body = outsideQuotes(body, func(seg string) string {
		if isQuoted(seg) {
			return seg // a line of new text
		}
		return reInPlace.ReplaceAllStringFunc(seg, func(m string) string {
			g := reInPlace.FindStringSubmatch(m)
			place := "au début"
			if g[2] == "fine" {
				place = "à la fin"
			}
			if g[1] == "In" {
				place = upperFirst(place)
			}
			if !strings.HasPrefix(g[3], ",") {
				place += " "
			}
			return place + strings.TrimLeft(g[3], " ")
		})
	})
	// "al." is the abbreviation of "alinéa" ("au deuxième al. de
	// l'article L. 1"): not read, the whole article was edited.
	body = outsideQuotes(body, func(seg string) string {
		if isQuoted(seg) {
			return seg
		}
		return alineaAbbrev(seg)
	})
	// Punctuation signs named in words: "À la fin du 2°, le point est
	// remplacé par un point-virgule" is "… le signe : « . » est remplacé
	// par le signe : « ; »"; "Le point final du 2° …" is "À la fin du 2°,
	// le signe : « . » …" (they were refused).
	body = outsideQuotes(body, func(seg string) string {
		if isQuoted(seg) {
			return seg
		}
		if m := reFinalSign.FindStringSubmatch(seg); m != nil {
			seg = "À la fin " + m[1] + ", le signe : « . » " + m[2] + seg[len(m[0]):]
		}
		seg = reSignNamed.ReplaceAllStringFunc(seg, func(m string) string {
			g := reSignNamed.FindStringSubmatch(m)
			verb := strings.Replace(strings.Replace(g[3], "remplacée", "remplacé", 1), "supprimée", "supprimé", 1)
			return "le signe : « " + signOf[g[1]+g[2]] + " » " + verb
		})
		return billSignsInserted(reSignNew.ReplaceAllStringFunc(seg, func(m string) string {
			g := reSignNew.FindStringSubmatch(m)
			return g[1] + " le signe : « " + signOf[g[2]] + " »" + g[3]
		}))
	})
	// "complété par les dispositions suivantes :" adds the alinéas that
	// follow ("remplacé par les dispositions suivantes" rewrites: reRewrite).
	body = reDispositions.ReplaceAllString(body, "$1 par des alinéas ainsi rédigés :")
	// "L'article 5 est abrogé et remplacé par les dispositions suivantes
	// :" (older laws) is "… est remplacé par …": a rewrite (it was not
	// understood).
	body = reRepealedReplaced.ReplaceAllString(body, "$1 $2")
	// "L'article L. 1 est ainsi complété :" then alinéas: "… est complété
	// par des alinéas ainsi rédigés :" (it was not understood); not a
	// sentence's, whose words they would be.
	if m := reThusCompleted.FindStringSubmatchIndex(body); m != nil && !strings.Contains(asciiLower(foldAccents(body[:m[0]])), "phrase") {
		verb := m[2:4]
		if verb[0] < 0 {
			verb = m[4:6]
		}
		body = body[:m[0]] + body[verb[0]:verb[1]] + " par des alinéas ainsi rédigés :"
	}
	body = reLibelle.ReplaceAllString(body, "ainsi rédig$1")
	body = reSuivant.ReplaceAllStringFunc(body, func(m string) string {
		g := reSuivant.FindStringSubmatch(m)
		det, noun := strings.TrimSpace(g[1]), g[2]
		// "les deux alinéas suivants": "deux alinéas ainsi rédigés" (the
		// article before the count was left: not read).
		if f := strings.Fields(det); len(f) == 2 {
			det = f[1]
		}
		plural := strings.HasSuffix(noun, "s")
		switch strings.ToLower(det) {
		case "l'", "l’", "le", "la", "un", "une":
			if plural {
				return m // "l'alinéas" is no French
			}
			det = "un"
			if strings.HasPrefix(noun, "phrase") {
				det = "une"
			}
		case "les", "des":
			if !plural {
				return m
			}
			det = "des"
		}
		agree := "é"
		if strings.HasPrefix(noun, "phrase") {
			agree = "ée"
		}
		if plural {
			agree += "s"
		}
		return det + " " + noun + " ainsi rédig" + agree + " :"
	})
	return reNounSuivant.ReplaceAllString(body, "$1 :")
}

// reAnnouncedArticles is a count of new articles announced: "deux articles
// ainsi rédigés", "trois articles L. 1-1 à L. 1-3 ainsi rédigés".
// reAnnouncedSentences is a count of new sentences: "deux phrases ainsi
// rédigées", "trois phrases suivantes" (folded; group 1 the count).
var reAnnouncedSentences = mustRe(`\b(` + cardinalWords + `|\d+)\s+phrases\s+(?:ainsi\s+redigee?s?|suivante?s?)\b`)

var reAnnouncedArticles = mustRe(`\b(` + cardinalWords + `|\d+)\s+articles\b[^:]*?\bainsi\s+rediges\b`)

// Word operations whose anchor ("après le mot : « A »") is not first:
// each is read as "après le mot : « A », les mots : « B » sont supprimés
// (remplacés par …)", the first B after A, which the grammar reads
// (reDeleteNear, reReplaceNear). The anchor can only bound the words it
// stands beside: a deletion has no other words, and a replacement's
// anchor before "par" precedes the new words, which have no place yet.
const (
	rawQuoted     = `(?:«[^»]*»|"[^"]*"|“[^”]*”)`
	rawWordsNamed = `(?:Les|Le|La|L['’]|les|le|la|l['’])\s*[^«"“,:;]*?\s*:?\s*` + rawQuoted
	rawAnchor     = `(?:[Aa]près|[Aa]vant)\s+(?:la\s+[^\s«"“,]+\s+occurrence\s+d[eu]\s*(?:la\s+|l['’]\s*)?|le\s+|les\s+|la\s+|l['’]\s*)[^«"“,:;]*?\s*:?\s*` + rawQuoted
)

var (
	// "Sont supprimés, après le mot : « A », les mots : « B »" (groups:
	// the place before, the auxiliary, the participle, a place between
	// commas, the anchor, the words, the final sign).
	reDeletedAnchorVerbFirst = mustRe(`^((?:[^«"“]*?,\s*)?)(Sont|sont|Est|est)\s+(supprimée?s?)\s*,\s*((?:` + placeInVerb + `)\s*,\s*)?(` + rawAnchor + `)\s*,\s*(` + rawWordsNamed + `)\s*([.;]?)\s*$`)
	// "Les mots : « B » sont supprimés après le mot : « A »" (groups:
	// the place before, the words, the verb, the anchor, the final sign).
	reDeletedAnchorLast = mustRe(`^((?:[^«"“]*?,\s*)?)(` + rawWordsNamed + `)\s*,?\s*((?:est|sont)\s+supprimée?s?)\s*,?\s*(` + rawAnchor + `)\s*([.;]?)\s*$`)
	// "Les mots : « B », après le mot : « A », sont supprimés (remplacés
	// par …)" (groups: the place before, the words, the anchor, the verb
	// and the rest).
	reWordsAnchorBetween = mustRe(`^((?:[^«"“]*?,\s*)?)(` + rawWordsNamed + `)\s*,\s*(` + rawAnchor + `)\s*,\s*((?:est|sont)\s+(?:supprimée?s?\s*[.;]?\s*$|remplacée?s?\s+par\s.+))$`)
	// "Les mots : « B » sont remplacés, après le mot : « A », par …"
	// (groups: the place before, the words, the verb, the anchor, the
	// rest).
	// "Le mot : « A », au deuxième alinéa, est remplacé par …" (groups:
	// the words, the place, the verb and the rest).
	reWordsPlaceBetween = mustRe(`^(` + rawWordsNamed + `)\s*,\s*(` + placeInVerb + `)\s*,\s*((?:est|sont)\s+(?:remplacée?s?\s+par\s|supprimée?s?\b).*)$`)
	// "Le mot : « A » est supprimé au 2° du I" (groups: the words, the
	// verb, the place, the final sign).
	reWordsDeletedPlaceAfter = mustRe(`^(` + rawWordsNamed + `)\s+((?:est|sont)\s+supprimée?s?)\s+(` + placeInVerb + `)\s*([.;]?)\s*$`)
	// "Après le mot : « A », les mots : « X » sont insérés" (groups: the
	// place before, the anchor, the words, the verb, the final sign).
	reAnchorWordsInserted  = mustRe(`^((?:[^«"“]*?,\s*)?)(` + rawAnchor + `)\s*,\s*(` + rawWordsNamed + `)\s+((?:est|sont)\s+(?:insérée?s?|ajoutée?s?))\s*([.;]?)\s*$`)
	reReplacedAnchorInVerb = mustRe(`^((?:[^«"“]*?,\s*)?)(` + rawWordsNamed + `)\s*((?:est|sont)\s+remplacée?s?)\s*,\s*(` + rawAnchor + `)\s*,\s*(par\s.+)$`)
)

// upperFirstIf: s capitalised when it begins the text (prefix empty).
func upperFirstIf(prefix, s string) string {
	if prefix == "" {
		return upperFirst(s)
	}
	return s
}

// anchorFirstClause writes a place, an anchor and a clause as "Place, après le
// mot : « A », clause".
func anchorFirstClause(place, anchor, clause string) string {
	if place == "" {
		return upperFirst(anchor) + ", " + lowerFirst(clause)
	}
	return place + lowerFirst(anchor) + ", " + lowerFirst(clause)
}

// wordOrders are the orders French drafting puts an addition's words in,
// each read as the canonical "locator, verb object" the grammar reads
// next, in this order (an inversion first, then what it gives):
var wordOrders = []struct {
	re      *lre
	rewrite func(m []string) string
}{
	// The anchor of a deletion or a replacement not first: "Sont
	// supprimés, après le mot : « A », les mots : « B »", "Les mots :
	// « B » sont supprimés après le mot : « A »", "Les mots : « B », après
	// le mot : « A », sont supprimés", "Les mots : « B » sont remplacés,
	// après le mot : « A », par …" are "Après le mot : « A », les mots :
	// « B » sont supprimés (remplacés par …)" (they were refused —
	// TestGenLaw3AnchorNotFirst).
	{reDeletedAnchorVerbFirst, func(m []string) string {
		return anchorFirstClause(m[1]+upperFirstIf(m[1], m[4]), m[5], m[6]+" "+strings.ToLower(m[2])+" "+m[3]+m[7])
	}},
	{reDeletedAnchorLast, func(m []string) string {
		return anchorFirstClause(m[1], m[4], m[2]+" "+m[3]+m[5])
	}},
	{reWordsAnchorBetween, func(m []string) string {
		return anchorFirstClause(m[1], m[3], m[2]+" "+m[4])
	}},
	{reReplacedAnchorInVerb, func(m []string) string {
		return anchorFirstClause(m[1], m[4], m[2]+" "+m[3]+" "+m[5])
	}},
	// "Le mot : « A », au deuxième alinéa, est remplacé par …" is "Au
	// deuxième alinéa, le mot : « A » est remplacé par …"; "Après le mot :
	// « A », les mots : « X » sont insérés" is "Après le mot : « A », sont
	// insérés les mots : « X »" (they were refused —
	// TestGenLaw3WordsPlaceVerb).
	{reWordsPlaceBetween, func(m []string) string {
		return upperFirst(m[2]) + ", " + lowerFirst(m[1]) + " " + m[3]
	}},
	{reAnchorWordsInserted, func(m []string) string {
		return m[1] + m[2] + ", " + m[4] + " " + m[3] + m[5]
	}},
	// "Le mot : « A » est supprimé au 2° du I" is "Au 2° du I, le mot :
	// « A » est supprimé" (the place after a deletion in a group, where no
	// article follows it, was refused); a rank of occurrence is no place
	// (TestGenLaw3DeletedPlaceAfter).
	{reWordsDeletedPlaceAfter, func(m []string) string {
		if strings.Contains(m[3], "occurrence") {
			return m[0]
		}
		return upperFirst(m[3]) + ", " + lowerFirst(m[1]) + " " + m[2] + m[4]
	}},
	// "La référence : « L. 2 » figurant à l'article L. 1 est remplacée par
	// …" is "À l'article L. 1, la référence : « L. 2 » est remplacée par
	// …" (it was refused).
	{reWordsFound, func(m []string) string {
		return upperFirst(m[2]) + ", " + lowerFirst(m[1]) + " " + m[3]
	}},
	// "Les mots : « A » sont remplacés, à l'article L. 1, par les mots :
	// « B »", "… sont, au premier alinéa, remplacés par …" is "À
	// l'article L. 1, les mots : « A » sont remplacés par …" (it was
	// refused).
	{reWordsPlaceInVerb, func(m []string) string {
		return upperFirst(m[3]) + ", " + lowerFirst(m[1]) + " " + m[2] + " " + m[4]
	}},
	{reWordsPlaceAfterAux, func(m []string) string {
		return upperFirst(m[3]) + ", " + lowerFirst(m[1]) + " " + m[2] + " " + m[4]
	}},
	// "Sont supprimés, au premier alinéa, les mots : « A »." is "Au
	// premier alinéa, les mots : « A » sont supprimés." (it was refused).
	{reWordsDeletedVerbFirst, func(m []string) string {
		return upperFirst(m[3]) + ", " + m[4] + " " + strings.ToLower(m[1]) + " " + m[2] + m[5]
	}},
	// "Sont abrogés les articles L. 1 et L. 2 du code civil." is "Les
	// articles L. 1 et L. 2 du code civil sont abrogés." (it was refused).
	{reVerbFirstRepeal, func(m []string) string {
		return upperFirst(m[3]) + " " + strings.ToLower(m[1]) + " " + m[2] + m[4]
	}},
	// "Il est inséré, dans le code civil, après l'article L. 1, un article
	// …": the text goes with the article of the place.
	{reInvertedInText, func(m []string) string {
		of := "de "
		if strings.HasPrefix(m[3], "le ") {
			of, m[3] = "du ", strings.TrimPrefix(m[3], "le ")
		}
		return m[1] + " " + m[2] + ", " + m[4] + " " + of + m[3] + ", " + m[5]
	}},
	// "Il est inséré, après l'article L. 1, un article L. 1-1 ainsi
	// rédigé :" is "Après l'article L. 1, il est inséré un article …".
	{reInvertedAddition, func(m []string) string {
		return upperFirst(m[3]) + ", " + lowerFirst(m[1]) + " " + m[2] + " " + m[4]
	}},
	// "Dans le code civil, il est inséré (créé, rétabli) un article L. 1
	// ainsi rédigé :" is "Le code civil est complété par un article L. 1
	// …": a new article of that code.
	{reArticleIntoText, func(m []string) string {
		done := " est complété par "
		if !strings.HasPrefix(m[1], "le ") {
			done = " est complétée par "
		}
		return upperFirst(m[1]) + done + m[2]
	}},
	// "Il est ajouté à l'article L. 1 un alinéa ainsi rédigé :" is "À
	// l'article L. 1, il est ajouté un alinéa …".
	{reAddedToArticle, func(m []string) string {
		return upperFirst(m[3]) + ", " + lowerFirst(m[1]) + " " + m[2] + " " + m[4]
	}},
	// "Dans l'article L. 1 (Au II), il est inséré, après le premier
	// alinéa, un alinéa …" is "Dans l'article L. 1 (Au II), après le
	// premier alinéa, il est inséré un alinéa …", which the next read.
	{reArticleInverted, func(m []string) string {
		return m[1] + ", " + m[4] + ", " + lowerFirst(m[2]) + " " + m[3] + " " + m[5]
	}},
	// "À l'article L. 1, après le premier alinéa, il est inséré un alinéa
	// …" is "Après le premier alinéa de l'article L. 1, il est inséré …";
	// not when the place is an article.
	{reArticleThenPlace, func(m []string) string {
		if strings.Contains(m[3], "article") {
			return m[0]
		}
		return upperFirst(m[2]) + " " + m[3] + " de " + m[1] + ", " + m[4]
	}},
	// "Au II de l'article L. 1, après le premier alinéa, il est inséré
	// un alinéa …" is "Après le premier alinéa du II de l'article L. 1,
	// il est inséré …": the place is in the division named first (it was
	// refused, or, under a context, the division was dropped and the
	// alinéa counted in the whole article). Not when the place is an
	// article, nor a division of a code the first names.
	{reDivisionThenPlace, func(m []string) string {
		if strings.Contains(m[4], "article") {
			return m[0]
		}
		of := divisionGenitive[strings.ReplaceAll(strings.ToLower(strings.Join(strings.Fields(m[1]), " ")), "’", "'")]
		return upperFirst(m[3]) + " " + m[4] + " " + of + m[2] + ", " + m[5]
	}},
	// "Les 3° et 4° sont renumérotés 2° et 3°", "L'article L. 5 est
	// renuméroté L. 6", "La section 3 est renumérotée section 4" are "…
	// deviennent les 2° et 3°", "… devient l'article L. 6", "… devient la
	// section 4" (they were flagged, not read).
	{reRenumbered, func(m []string) string {
		det := renumberedDeterminer(m[1], m[2] == "sont", m[5])
		if det == "?" {
			return m[0]
		}
		verb := "devient "
		if m[2] == "sont" {
			verb = "deviennent "
		}
		if m[3] != "" || m[4] != "" {
			verb += "respectivement "
		}
		return m[1] + " " + verb + det + m[5] + m[6]
	}},
	// "À l'article L. 1, sont insérés, après le mot : « A », les mots :
	// « B »" is "À l'article L. 1, après le mot : « A », sont insérés les
	// mots : « B »" (refused).
	{reWordsInverted, func(m []string) string {
		place := m[4]
		if m[1] == "" {
			place = upperFirst(place)
		}
		return m[1] + place + ", " + lowerFirst(m[2]) + " " + m[3] + " " + m[5]
	}},
}

// reRenumbered is a division renumbered in the participle's words: "Les
// 3° et 4° sont renumérotés 2° et 3°", "L'article L. 5 est renuméroté
// L. 6", "Les 6° à 11° sont renumérotés de 4° à 9°" (groups: the
// subject, est or sont, respectivement before or after the participle,
// the new numbers, the final punctuation).
var reRenumbered = mustRe(`^((?:Le|La|Les|L['’])\s*[^«»"“:;]*?)\s+(est|sont)\s+(respectivement\s+)?renum[ée]rot[ée]e?s?\s+(respectivement\s+)?(?:en\s+|de\s+)?([^«»"“:;,]+?)\s*([.;]?)\s*$`)

// renumberedDeterminer is the determiner "devient" needs before the new
// numbers of a renumbering said "est renuméroté": none when they have
// one, "l'article " ("les articles ") when the subject is articles,
// "le " ("les ") for items, the division's own for a division; "?" when
// it is not known.
func renumberedDeterminer(subject string, plural bool, to string) string {
	low := strings.ToLower(to)
	if reHasDeterminer.MatchString(low) {
		return ""
	}
	pick := func(one, many string) string {
		if plural {
			return many
		}
		return one
	}
	if m := reDivisionNoun.FindStringSubmatch(low); m != nil {
		if strings.HasSuffix(m[1], "section") || strings.HasSuffix(m[1], "sections") {
			return pick("la ", "les ")
		}
		return pick("le ", "les ")
	}
	if strings.HasPrefix(low, "article") {
		return pick("l'", "les ")
	}
	subj := strings.ReplaceAll(asciiLower(foldAccents(subject)), "’", "'")
	switch {
	case strings.HasPrefix(subj, "l'article") || strings.HasPrefix(subj, "les articles"):
		return pick("l'article ", "les articles ")
	case reItemNumbers.MatchString(strings.TrimSpace(to)):
		return pick("le ", "les ")
	}
	return "?"
}

var (
	reHasDeterminer = mustRe(`^(?:le|la|les|l['’])\s`)
	reDivisionNoun  = mustRe(`^(sous-sections?|sections?|chapitres?|titres?|paragraphes?|livres?)\s`)
	// reItemNumbers is new numbers that are items: "4°", "II", "b", "4°
	// et 5°", "4° à 6°".
	reItemNumbers = mustRe(`^(?:\d+°|[IVX]+|[a-z]|[A-Z])(?:\s+` + latinOrd + `)?(?:\s*(?:,|et|à)\s*(?:\d+°|[IVX]+|[a-z]|[A-Z])(?:\s+` + latinOrd + `)?)*$`)
)

// divisionGenitive is the genitive of a locator's preposition ("au" →
// "du "), as a place is named in the division that holds it.
var divisionGenitive = map[string]string{"au": "du ", "aux": "des ", "à la": "de la ", "a la": "de la ", "à l'": "de l'", "a l'": "de l'", "dans le": "du ", "dans la": "de la ", "dans l'": "de l'", "dans les": "des "}

// reUnquotedItemRef is an item referred to without quotation marks, one
// replaced by another: "…, la référence au 2° est remplacée par la
// référence au 3°." (groups: the place before, the old item, the new,
// the end).
var reUnquotedItemRef = mustRe(`^(.*?)\b[Ll]a\s+référence\s+au\s+(\d+°(?:\s+` + latinOrd + `)?)\s+est\s+remplacée\s+par\s+la\s+référence\s+au\s+(\d+°(?:\s+` + latinOrd + `)?)(\s*[.;]?\s*)$`)

// itemRefList is a list or range of items referred to, unquoted: "2° et
// 3°", "2°, 3° et 5°", "2° à 4°" ("bis" after any).
const itemRefList = `\d+°(?:\s+` + latinOrd + `)?(?:(?:\s*,|\s+et|\s+à)\s+\d+°(?:\s+` + latinOrd + `)?)+`

// reUnquotedItemRefs is reUnquotedItemRef for several items: "les
// références aux 2° et 3° sont remplacées par les références aux 3° et
// 4°" (groups: the place before, the old list, the new, the end).
var reUnquotedItemRefs = mustRe(`^(.*?)\b[Ll]es\s+références\s+aux\s+(` + itemRefList + `)\s+sont\s+remplacées\s+par\s+les\s+références\s+aux\s+(` + itemRefList + `)(\s*[.;]?\s*)$`)

// reOneReference is a reference named in the singular and quoted, on a
// shaped, folded instruction: "la reference : Q0" (group 1: the
// quotation's index).
var reOneReference = mustRe(`\bla\s+reference\s*:?\s*q(\d+)`)

// reBareLabel is an item's label alone: "2°", "2° bis", "II", "a", "a)".
// Item labels are relative: "le 2°" of this article and "le 2° de
// l'article L. 5" are one string.
var reBareLabel = mustRe(`^(?:\d+\s*°|[IVXL]+|[a-z]\)?)(?:\s+` + latinOrd + `)?$`)

// reTimesSaid is timesSaid on a folded instruction: "à chaque
// occurrence", "partout", "deux fois".
var reTimesSaid = mustRe(timesSaid(false))

// oneReference marks the edits of "la référence : « 2° »" (an item's bare
// label, quoted, in the singular, no count or occurrence said) to find it
// once (Times 1): "la référence" is one reference, and the label alone
// names the 2° of this article and of any other ("au 2° de l'article
// L. 5") alike — where the place holds it twice, which is meant is not
// said (every occurrence was replaced, references to other articles'
// items with it). "Les références : « 2° »", "à chaque occurrence",
// "deux fois" say it.
func oneReference(text string, es []Edit) {
	sh, qs := shape(text)
	low := asciiLower(foldAccents(sh))
	if reTimesSaid.MatchString(low) {
		return
	}
	for _, m := range reOneReference.FindAllStringSubmatch(low, -1) {
		n, err := strconv.Atoi(m[1])
		if err != nil || n >= len(qs) || !reBareLabel.MatchString(qs[n]) {
			continue
		}
		for i := range es {
			e := &es[i]
			words := (e.Kind == EditReplaceWords || e.Kind == EditDeleteWords) && e.Old == qs[n]
			anchor := e.Kind == EditInsertWords && e.Anchor == qs[n]
			if (words || anchor) && e.Times == 0 && len(e.Occurrences) == 0 {
				e.Times = 1
			}
		}
	}
}

// reExceptedPart is a division deleted or rewritten but for its first
// sentences or alinéas, or its last alinéa: "Le deuxième alinéa, à
// l'exception de sa première phrase, est supprimé", "L'article L. 1, à
// l'exception de son dernier alinéa, est abrogé" (groups: what comes
// before the subject, the subject, its count, its rank, its noun, the
// verb, the rest).
var reExceptedPart = mustRe(`^((?:.*,\s+)?)((?:[Ll]e|[Ll]a|[Ll]['’])\s*[^,«»:;]*?)\s*,\s*à\s+l['’]exception\s+de\s+(?:sa|son|ses)\s+(?:(deux|trois|quatre|cinq)\s+)?(premières?|premiers?|dernières?|derniers?)\s+(phrases?|alinéas?)\s*,\s*est\s+(supprimée?|abrogée?|ainsi\s+rédigée?|remplacée?\s+par)(\s.*|[.;:].*|)$`)

// reArticleSubject is a subject that is an article: "L'article L. 1 …".
var reArticleSubject = mustRe(`^[Ll]['’]\s*article\s`)

// exceptRanks are the ranks written out from the second.
var exceptRanks = []string{"", "premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième"}

// exceptedPart writes a division deleted or rewritten but for a part of
// it as the range of the rest: "Le deuxième alinéa, à l'exception de sa
// première phrase, est supprimé" is "Les deuxième à dernière phrases du
// deuxième alinéa sont supprimées" ("ses deux premières phrases": from
// the third); "L'article L. 1, à l'exception de son premier alinéa (ses
// deux premiers alinéas), est abrogé" is "Les deuxième (troisième) à
// dernier alinéas de l'article L. 1 sont supprimés"; "… de son dernier
// alinéa …" is "Les premier à avant-dernier alinéas …"; "est ainsi
// rédigé", "est remplacé par" likewise (they were refused: a place named
// as an exception). Alinéas are excepted of an article only (of a part,
// "Le I, à l'exception de son dernier alinéa", whether the alinéa kept
// keeps the I's label is not said). "… à l'exception de sa dernière
// phrase (ses deux dernières phrases), est supprimé" is "Les première à
// avant-dernière (antépénultième) phrases …". Any other exception (an
// article of a division, an item, words) is left as written: refused.
func exceptedPart(body string) string {
	m := reExceptedPart.FindStringSubmatch(body)
	if m == nil {
		return body
	}
	n := 1
	if m[3] != "" {
		n = cardinal(m[3])
	}
	sentence := strings.HasPrefix(m[5], "phrase")
	last := strings.HasPrefix(m[4], "derni")
	var span string
	switch {
	case strings.HasSuffix(m[4], "s") != (m[3] != ""):
		// "à l'exception de ses dernières phrases": how many is not said
		// (it was read as one).
		return body
	case !sentence && !reArticleSubject.MatchString(m[2]):
		// "Le I, à l'exception de son dernier alinéa, est abrogé": the
		// alinéa kept loses the I's label or keeps it, not said.
		return body
	case last && sentence && n <= 2:
		// "à l'exception de sa dernière phrase (ses deux dernières
		// phrases)": the first to the one before the last (or the
		// antépénultième), as the text counts them.
		span = "première à " + []string{"", "avant-dernière", "antépénultième"}[n] + " phrases"
	case last && (sentence || m[3] != ""):
		return body
	case last:
		span = "premier à avant-dernier alinéas"
	case n+1 >= len(exceptRanks):
		return body
	case sentence:
		span = exceptRanks[n+1] + " à dernière phrases"
	default:
		span = exceptRanks[n+1] + " à dernier alinéas"
	}
	subj := m[2]
	of := ""
	switch {
	case strings.HasPrefix(subj, "Le ") || strings.HasPrefix(subj, "le "):
		of = "du " + subj[3:]
	case strings.HasPrefix(subj, "La ") || strings.HasPrefix(subj, "la "):
		of = "de la " + subj[3:]
	default:
		of = "de l'" + strings.TrimLeft(subj[2:], " ")
	}
	verb := strings.Fields(m[6])
	switch verb[0] {
	case "supprimé", "supprimée", "abrogé", "abrogée":
		verb[0] = "supprimé"
	case "ainsi":
		verb[len(verb)-1] = "rédigé"
	default:
		verb[0] = "remplacé"
	}
	for i, w := range verb {
		if w == "supprimé" || w == "rédigé" || w == "remplacé" {
			if sentence {
				verb[i] = w + "es"
			} else {
				verb[i] = w + "s"
			}
		}
	}
	det := "Les "
	if m[1] != "" {
		det = "les "
	}
	return m[1] + det + span + " " + of + " sont " + strings.Join(verb, " ") + m[7]
}

// canonicalOrder applies wordOrders to an instruction's text.
func canonicalOrder(body string) string {
	for _, o := range wordOrders {
		if m := o.re.FindStringSubmatch(body); m != nil {
			body = o.rewrite(m)
		}
	}
	return body
}

func (p *parser) instructionBody(in *Instruction, level int, body string, payload []string) {
	p.into = nil
	written := body // as written, for the date that may defer it
	if m := reConstitutes.FindStringSubmatch(body); m != nil && len(payload) == 0 && !reConstitutesVerb.MatchString(m[1]) {
		p.constitutes(in, level, m)
		return
	}
	body = dropRestUnchanged(body)
	defer func(text string) { oneReference(text, in.Edits) }(body)
	m := reUnquotedItemRef.FindStringSubmatch(body)
	if m == nil {
		// "les références aux 2° et 3° sont remplacées par les
		// références aux 3° et 4°": the list as the text writes it,
		// "2° et 3°", one string found once (it was not understood);
		// the items apart ("au 2° … au 3°") are not found, refused —
		// replaced one by one, the new 3° became a 4°.
		m = reUnquotedItemRefs.FindStringSubmatch(body)
	}
	if m != nil {
		// "la référence au 2° est remplacée par la référence au 3°",
		// unquoted: the 2° as quoted words, when the place holds it once
		// (Times) — twice, which reference is meant is not said (it was
		// not understood).
		body = m[1] + "la référence : « " + m[2] + " » est remplacée par la référence : « " + m[3] + " »" + m[4]
		defer func() {
			for i := range in.Edits {
				if in.Edits[i].Kind == EditReplaceWords && in.Edits[i].Times == 0 {
					in.Edits[i].Times = 1
				}
			}
		}()
	}
	body = glued.ReplaceAllString(body, "$1 $2 ainsi ")
	body = exceptedPart(body)
	body = canonicalOrder(precededAlinea(body))
	body = alineaNumbers(fromToRanges(rankWords(articlePremier(body))))
	body = occurrencesCounted(body)
	body = respectiveInsertions(body)
	// "les mots : « A » sont abrogés" is "les mots : « A » sont
	// supprimés": words are deleted (it was not understood).
	body = reWordsRepealed.ReplaceAllString(body, "${1}supprim$2")
	if m := reTrailingLocator.FindStringSubmatch(body); m != nil {
		body = upperFirst(m[2]) + ", " + lowerFirst(m[1]) + m[3]
	}
	if m := reBesideNew.FindStringSubmatch(body); m != nil {
		subject := asciiLower(foldAccents(m[1]))
		article := strings.HasPrefix(subject, "l'article") || strings.HasPrefix(subject, "les articles")
		switch {
		case m[2] == "précédé" && article:
			body = "Au début de " + lowerFirst(m[1]) + ", il est ajouté " + m[3]
		case m[2] == "précédé":
			body = "Avant " + lowerFirst(m[1]) + ", il est inséré " + m[3]
		case article && !reNewArticles.MatchString(asciiLower(foldAccents(m[3]))):
			// An alinéa after an article: at its end.
			body = m[1] + " est complété par " + m[3]
		default:
			body = "Après " + lowerFirst(m[1]) + ", il est inséré " + m[3]
		}
	}
	body = betweenWords(body)
	body = relabelledRewrite(body, payload)
	sh, quotes := shape(body)
	low := asciiLower(foldAccents(sh))
	low = strings.ReplaceAll(low, "\u00a0", " ")
	caseSh := foldAccents(sh)

	parent := Scope{}
	abrogate := false
	if n := len(p.stack); n > 0 {
		parent = p.stack[n-1].scope
		abrogate = p.stack[n-1].abrogate
	}
	push := func(s Scope, abrog bool) {
		p.stack = append(p.stack, frame{level: level, scope: s, abrogate: abrog})
	}
	fail := func(reason string) {
		in.Status = Unparsed
		in.Reason = reason
		in.Edits = nil
	}

	defer func() {
		if in.Status != Parsed && in.Status != Context {
			p.textOfUnread(low)
		}
	}()

	if reBetweenWordsAny.MatchString(body) {
		// "Entre les mots « A » et « B » de l'article L. 1, …": words
		// between two others in a form betweenWords did not read (it was
		// read as two old words for one new).
		fail("words inserted between two others, in a form not read")
		return
	}
	if reRenumber.MatchString(low) {
		p.renumber(in, level, low, caseSh, parent, push, fail)
		return
	}
	if n := len(p.stack); n > 0 && p.stack[n-1].unread {
		fail("an item under a head not read")
		return
	}
	if n := len(p.stack); n > 0 && p.stack[n-1].heading {
		// An item under "L'intitulé … est ainsi modifié :": words of the
		// heading, which is not an article; one that quotes none is not
		// read.
		if len(quotes) == 0 {
			fail("an item of a heading that quotes no words")
			return
		}
		in.Status = Parsed
		in.Edits = []Edit{{Kind: EditRewriteHeading, Lines: quotes}}
		return
	}
	if n := len(p.stack); n > 0 && p.stack[n-1].deferred {
		// An item under "À compter du 1er janvier 2030, l'article L. 1
		// est ainsi modifié :": read, and deferred to that day when the
		// head's was read (frame.on); refused with it otherwise.
		if p.stack[n-1].on == "" {
			fail(reasonDeferred)
			return
		}
		p.deferredOn = p.stack[n-1].on
	}
	if m := reTemporary.FindString(low); m != "" {
		// "Jusqu'au 31 décembre 2030, le mot …", "À titre expérimental,
		// l'article L. 1 est ainsi modifié :": in force for a time, then
		// the text goes back (it was applied for good); a head refuses
		// its items.
		fail("in force for a time only, not read: " + strings.TrimSpace(m))
		p.codeOfRefused(low)
		if strings.HasSuffix(strings.TrimSpace(low), ":") {
			p.stack = append(p.stack, frame{level: level, scope: parent, unread: true})
		}
		return
	}
	if reAdaptation.MatchString(low) || reTerritoryVersion.MatchString(low) {
		// "Pour son application à Mayotte, le mot : « A » est remplacé
		// …", "Pour l'application de l'article L. 1 en Nouvelle-Calédonie,
		// …": how the text reads there, not an edit of it (the article
		// was edited, or read in a code "civil en Nouvelle-Calédonie");
		// "À l'article L. 1, dans sa rédaction applicable en
		// Nouvelle-Calédonie, …": the text in force there, which is not
		// the one we have (the national text was edited).
		fail("an adaptation, or the text as it applies in an overseas territory (pour l'application … à, en …; dans sa rédaction applicable en …): not the text we have")
		if strings.HasSuffix(strings.TrimSpace(low), ":") {
			p.stack = append(p.stack, frame{level: level, scope: parent, unread: true})
		}
		return
	}
	if m := reEarlierVersion.FindStringSubmatch(low); m != nil && !strings.Contains(m[1], "presente loi") && !strings.Contains(m[1], "presente ordonnance") {
		// "À l'article L. 1, dans sa rédaction antérieure à la loi n° …,
		// le mot …": the text as it stood before another law, which is
		// not the text we have (it was edited in the current text); a
		// head ending with ":" refuses its items too. Before the present
		// law is the current text, read.
		fail("the text as it stood before another law (dans sa rédaction antérieure à …), not the current text")
		p.codeOfRefused(low)
		if strings.HasSuffix(strings.TrimSpace(low), ":") {
			p.stack = append(p.stack, frame{level: level, scope: parent, unread: true})
		}
		return
	}
	if m := reDatedVersion.FindStringSubmatch(low); m != nil && !strings.Contains(m[1], "presente loi") && !strings.Contains(m[1], "presente ordonnance") {
		// "À l'article L. 1, dans sa rédaction en vigueur au 1er janvier
		// 2020, le mot …": the text as it stands on a date, which may be
		// another than the text we have (later or earlier laws): refused,
		// and a head so named refuses its items (they were edited in the
		// current text). On the date of the present law ("en vigueur à la
		// date de promulgation de la présente loi") it is the current
		// text, read.
		fail("the text as it stands on a date (dans sa rédaction en vigueur au …), perhaps not the current text")
		p.codeOfRefused(low)
		if strings.HasSuffix(strings.TrimSpace(low), ":") {
			p.stack = append(p.stack, frame{level: level, scope: parent, unread: true})
		}
		return
	}
	if reDeferred.MatchString(low) {
		// "L'article L. 111-4 est abrogé à compter du 1er janvier 2011",
		// "Au I, à compter du …, le mot …": the law in force changes at
		// that date, not when the law does; "À compter du …, l'article
		// L. 1 est ainsi modifié :" defers its items too (they were
		// applied at once). A day of the calendar written before the
		// instruction, between its locator and subject or at its end
		// (cutCalendarDay) is cut, and the instruction read without it
		// deferred to that day (the article's loop: deferTo); one not
		// read so, or another date, refuses it.
		// (The cut body writes no day: read again, it is not cut again.)
		if cut, day, ok := cutCalendarDay(written); ok {
			depth := len(p.stack)
			p.instructionBody(in, level, cut, payload)
			if in.Status == Parsed && len(in.Edits) > 0 || in.Status == Context && len(p.stack) > depth {
				p.deferredOn = day
				return
			}
			p.stack = p.stack[:depth]
		}
		fail(reasonDeferred)
		p.codeOfRefused(low)
		if strings.HasSuffix(strings.TrimSpace(low), ":") {
			p.stack = append(p.stack, frame{level: level, scope: parent, deferred: true})
		}
		return
	}
	if reAbrogList.MatchString(strings.TrimSpace(low)) {
		in.Status = Context
		push(parent, true)
		return
	}

	if t := strings.TrimSpace(low); reTextTitle.MatchString(t) || reOwnTitle.MatchString(t) && parent.Ref.Article == "" && len(parent.Division) == 0 && reTextKey.MatchString(parent.Ref.Code) {
		// "Le titre (L'intitulé) de la loi n° … est ainsi rédigé : « … »",
		// "Dans le titre de la loi …, le mot …", "L'intitulé de
		// l'ordonnance … est ainsi modifié :", under "La loi n° … est
		// ainsi modifiée :" "1° Son titre (Dans son titre, …)": the
		// text's title, no article of it (it was refused as a division
		// rewritten without articles, or with no target article).
		// Recorded as a heading.
		p.headingText(low)
		if reContext.MatchString(t) {
			in.Status = Context
			push(Scope{Ref: CodeRef{Code: parent.Ref.Code}}, false)
			p.stack[len(p.stack)-1].heading = true
			return
		}
		lines := quotes
		if len(lines) == 0 {
			lines = payload
		}
		if len(lines) == 0 {
			fail("the title of a text, with no words quoted")
			return
		}
		in.Status = Parsed
		in.Edits = []Edit{{Kind: EditRewriteHeading, Lines: lines}}
		return
	}

	// Words of a division's heading: "Son intitulé est complété par les
	// mots : « … »", "L'intitulé du chapitre II … est complété par …", "Après le mot : « rural », la fin de l'intitulé du
	// titre III est ainsi rédigée : « … »", "Dans l'intitulé du chapitre
	// II, les mots : « A » sont remplacés …". Headings are not articles.
	if reHeadingRemoved.MatchString(strings.TrimSpace(low)) {
		// "La division et l'intitulé de la section 2 … sont supprimés":
		// the heading goes, the articles stay (under the division above);
		// no article changes (it was refused as a part not read).
		p.headingText(low)
		in.Status = Parsed
		in.Edits = []Edit{{Kind: EditRewriteHeading}}
		return
	}
	if reHeadingWords.MatchString(strings.TrimSpace(low)) || reEntitled.MatchString(strings.TrimSpace(low)) {
		p.headingText(low)
		in.Status = Parsed
		in.Edits = []Edit{{Kind: EditRewriteHeading, Lines: quotes}}
		return
	}
	// "À l'intitulé, les mots …" under a division's context: its heading;
	// under an article's, refused (the article's words were edited).
	if reBareHeading.MatchString(strings.TrimSpace(low)) {
		if parent.Ref.Article != "" || len(parent.Division) == 0 {
			fail("a heading (intitulé) of no division")
			return
		}
		in.Status = Parsed
		in.Edits = []Edit{{Kind: EditRewriteHeading, Lines: quotes}}
		return
	}

	// "Après les mots : « A », la fin du 2° est ainsi rédigée : « B »" /
	// "… la fin de la phrase est supprimée": from the words to the end of
	// the division, never the whole division.
	if m := reRewriteEnd.FindStringSubmatchIndex(low); m != nil {
		// "À partir des mots : « A », la fin …": A goes with the end.
		e := endForm{start: m[0], div: [2]int{m[6], m[7]}, q: m[4:6], occ: m[2:4], rewritten: m[8] >= 0, from: strings.Contains(low[m[0]:m[4]], "a partir") || strings.Contains(low[m[0]:m[4]], "a compter")}
		p.rewrittenEnd(in, e, low, caseSh, quotes, payload, parent)
		return
	}

	// "Les mots : « A » et la fin de l'alinéa sont supprimés (remplacés
	// par les mots : « B »)": from A, A included, to the end of the
	// division named after "la fin", as "la fin de l'alinéa, à partir des
	// mots : « A », …" (they were refused).
	if m := reWordsAndEnd.FindStringSubmatchIndex(low); m != nil {
		e := endForm{start: m[0], div: [2]int{m[6], m[7]}, q: m[4:6], occ: m[2:4], rewritten: m[8] >= 0, from: true}
		p.rewrittenEnd(in, e, low, caseSh, quotes, payload, parent)
		return
	}

	// "La fin du premier alinéa, à partir des mots : « A », est ainsi
	// rédigée : « B »": the same, the division first; "à partir des mots"
	// rewrites from the words themselves, "après les mots" from after them.
	if m := reRewriteEndInv.FindStringSubmatchIndex(low); m != nil {
		e := endForm{start: m[0], div: [2]int{m[2], m[3]}, q: m[8:10], occ: m[6:8], rewritten: m[10] >= 0, from: !strings.HasPrefix(low[m[4]:m[5]], "apres")}
		p.rewrittenEnd(in, e, low, caseSh, quotes, payload, parent)
		return
	}

	// "Le début du premier alinéa jusqu'aux mots : « A » est ainsi
	// rédigé : « B »": from the start to A included; "… est supprimé",
	// that start deleted (no new text). After a locator, "Au premier
	// alinéa, le début de la seconde phrase (de l'alinéa) jusqu'au mot
	// …", "À la seconde phrase, le début jusqu'au mot …": the division
	// it names (they were not read).
	if m := reRewriteUpTo.FindStringSubmatchIndex(low); m != nil {
		rest, restCased := low[m[2]:m[3]], caseSh[m[2]:m[3]]
		bare := ""
		if b := reBareDivision.FindStringIndex(rest); b != nil && b[0] == 0 {
			bare, rest, restCased = rest[:b[1]], rest[b[1]:], restCased[b[1]:]
		}
		loc, locCased := partOfHead(low[:m[0]], caseSh[:m[0]], rest, restCased)
		scopes, ok, why := p.scopes(strings.TrimSpace(loc), strings.TrimSpace(locCased), parent)
		if !ok {
			fail(why)
			return
		}
		a, _ := strconv.Atoi(low[m[4]:m[5]])
		var lines []string
		if m[6] >= 0 {
			b, _ := strconv.Atoi(low[m[6]:m[7]])
			if b >= len(quotes) {
				fail("no new text")
				return
			}
			lines = []string{quotes[b]}
		}
		if a >= len(quotes) {
			fail("no anchor words")
			return
		}
		for _, s := range scopes {
			if strings.Contains(bare, "phrase") && s.Sentence == 0 || strings.Contains(bare, "paragraphe") {
				// "le début de la phrase" where no sentence is named:
				// which one is not said.
				fail("the start of a sentence not named")
				return
			}
			in.Edits = append(in.Edits, Edit{Kind: EditRewriteStart, Scope: s, Anchor: quotes[a], Lines: lines})
		}
		in.Status = Parsed
		return
	}

	// Word operations, possibly several joined by "et".
	type wop struct {
		start, end int
		edit       Edit
		// more are the further edits of one operation ("sont
		// respectivement remplacés"); bad marks one that cannot be read.
		more []Edit
		bad  bool
		// why says why a bad one cannot be read.
		why string
	}
	var wops []wop
	pos := 0
	// why is set by an operation's reader that refuses it.
	why := ""
	for pos < len(low) {
		best := wop{start: -1}
		tryMany := func(re *lre, mk func(m []string) []Edit) {
			loc := re.FindStringSubmatchIndex(low[pos:])
			if loc == nil || best.start >= 0 && loc[0]+pos >= best.start {
				return
			}
			m := make([]string, len(loc)/2)
			for k := range m {
				if loc[2*k] >= 0 {
					m[k] = low[pos+loc[2*k] : pos+loc[2*k+1]]
				}
			}
			why = ""
			best = wop{start: pos + loc[0], end: pos + loc[1], bad: true}
			es := mk(m)
			best.why = why
			if len(es) > 0 {
				best.edit, best.more, best.bad = es[0], es[1:], false
			}
		}
		try := func(re *lre, mk func(m []string) Edit) {
			tryMany(re, func(m []string) []Edit { return []Edit{mk(m)} })
		}
		// An operation whose verb the one before gives: "… est remplacé
		// par … et le mot : « C » par le mot : « D »", "… sont insérés
		// les mots : « B » et, après le mot : « C », le mot : « D »".
		elided := func(re *lre) *lre {
			// Not when a verb follows: "et, après le mot : « C », le mot :
			// « D » est supprimé" is an operation of its own.
			if loc := re.FindStringIndex(low[pos:]); loc != nil && reVerbNext.MatchString(low[pos+loc[1]:]) {
				return reNever
			}
			return re
		}
		if n := len(wops); n > 0 && wops[n-1].edit.Kind == EditReplaceWords && wops[n-1].edit.Anchor == "" {
			try(elided(reReplaceElided), func(m []string) Edit {
				return Edit{Kind: EditReplaceWords, Occurrences: ordinals(m[1]), Old: q0(quotes, m[2]), New: q0(quotes, m[3])}
			})
		}
		if n := len(wops); n > 0 && wops[n-1].edit.Kind == EditInsertWords {
			try(elided(reInsertElided), func(m []string) Edit {
				return Edit{Kind: EditInsertWords, Before: m[1] == "avant", Occurrences: ordinals(m[2]), Anchor: q0(quotes, m[3]), New: q0(quotes, m[4])}
			})
		}
		// "Les mots : « A » et « B » sont respectivement remplacés par les
		// mots : « C » et « D »": pair by pair, as many on each side.
		tryMany(reRespectively, func(m []string) []Edit {
			olds, news := qNum.FindAllStringSubmatch(m[1], -1), qNum.FindAllStringSubmatch(m[2], -1)
			if len(olds) != len(news) || len(olds) < 2 {
				why = "\"respectivement\" without as many new words as old ones"
				return nil
			}
			var es []Edit
			for k := range olds {
				es = append(es, Edit{Kind: EditReplaceWords, Old: q0(quotes, olds[k][1]), New: q0(quotes, news[k][1])})
			}
			return es
		})
		// "Les mots : « A » et « B » sont remplacés par le mot : « C »":
		// each by C (it was refused); several new words without
		// "respectivement", how they pair is not said: refused.
		tryMany(reEachReplaced, func(m []string) []Edit {
			if m[3] != "" {
				why = "several old and new words without \"respectivement\": how they pair is not said"
				return nil
			}
			var olds []string
			for _, o := range qNum.FindAllStringSubmatch(m[1], -1) {
				olds = append(olds, q0(quotes, o[1]))
			}
			var es []Edit
			for k, o := range olds {
				beside := append(append([]string(nil), olds[:k]...), olds[k+1:]...)
				es = append(es, Edit{Kind: EditReplaceWords, Old: o, New: q0(quotes, m[2]), Beside: beside})
			}
			return es
		})
		q := func(s string) string {
			n, _ := strconv.Atoi(s)
			if n < len(quotes) {
				return quotes[n]
			}
			return ""
		}
		// "Les mots : « A » à « B » sont supprimés (remplacés par …)":
		// the words from A to B, both included, as the text at apply
		// time places them (they were refused).
		tryMany(reThrough, func(m []string) []Edit {
			if m[3] != "" {
				return []Edit{{Kind: EditReplaceWords, Old: q(m[1]), Through: q(m[2]), New: q(m[3])}}
			}
			return []Edit{{Kind: EditDeleteWords, Old: q(m[1]), Through: q(m[2])}}
		})
		tryMany(reReplace, func(m []string) []Edit {
			// Two counts ("le mot : « A », deux fois, est, trois fois,
			// remplacé"): which one is meant is not said — refused.
			var n []string
			for _, c := range m[3:6] {
				if c != "" {
					n = append(n, c)
				}
			}
			if len(n) > 1 {
				return nil
			}
			return []Edit{{Kind: EditReplaceWords, Occurrences: ordinals(m[1]), Old: q(m[2]), Times: cardinal(strings.Join(n, "")), New: q(m[6])}}
		})
		try(reSubstituted, func(m []string) Edit {
			return Edit{Kind: EditReplaceWords, Old: q(m[1]), New: q(m[2])}
		})
		try(reSubstitutedNew, func(m []string) Edit {
			return Edit{Kind: EditReplaceWords, Old: q(m[2]), New: q(m[1])}
		})
		try(reRaisedTo, func(m []string) Edit {
			return Edit{Kind: EditReplaceWords, Old: q(m[1]), New: q(m[2])}
		})
		try(reReplaceNear, func(m []string) Edit {
			return Edit{Kind: EditReplaceWords, Before: m[1] == "avant", Occurrences: ordinals(m[2]), Anchor: q(m[3]), Old: q(m[4]), New: q(m[5])}
		})
		try(reDeleteNear, func(m []string) Edit {
			return Edit{Kind: EditDeleteWords, Before: m[1] == "avant", Occurrences: ordinals(m[2]), Anchor: q(m[3]), Old: q(m[4])}
		})
		try(reDeleteInv, func(m []string) Edit {
			e := Edit{Kind: EditDeleteWords}
			for _, n := range qNum.FindAllStringSubmatch(m[1], -1) {
				e.Lines = append(e.Lines, q(n[1]))
			}
			return e
		})
		try(rePrecede, func(m []string) Edit { return Edit{Kind: EditAppendWords, New: q(m[1]), Scope: Scope{Where: "start"}} })
		try(reDeleteOcc, func(m []string) Edit {
			return Edit{Kind: EditDeleteWords, Anchor: q(m[2]), Old: q(m[3]), Occurrences: ordinals(m[1])}
		})
		try(reDeleteOccOf, func(m []string) Edit {
			return Edit{Kind: EditDeleteWords, Occurrences: ordinals(m[1]), Old: q(m[2])}
		})
		try(reDeleteTimes, func(m []string) Edit {
			return Edit{Kind: EditDeleteWords, Old: q(m[1] + m[3] + m[5]), Times: cardinal(m[2] + m[4] + m[6])}
		})
		try(reDelete, func(m []string) Edit {
			e := Edit{Kind: EditDeleteWords}
			for _, n := range qNum.FindAllStringSubmatch(m[1], -1) {
				e.Lines = append(e.Lines, q(n[1]))
			}
			return e
		})
		try(reInsert, func(m []string) Edit {
			return Edit{Kind: EditInsertWords, Occurrences: ordinals(m[2]), Anchor: q(m[3]), New: q(m[4]), Before: m[1] == "avant"}
		})
		try(reInsertTimes, func(m []string) Edit {
			return Edit{Kind: EditInsertWords, Anchor: q(m[2]), Times: cardinal(m[3]), New: q(m[4]), Before: m[1] == "avant"}
		})
		try(reInsertInv, func(m []string) Edit {
			return Edit{Kind: EditInsertWords, Occurrences: ordinals(m[3]), Anchor: q(m[4]), New: q(m[1]), Before: m[2] == "avant"}
		})
		try(reFollowed, func(m []string) Edit {
			return Edit{Kind: EditInsertWords, Occurrences: ordinals(m[1]), Anchor: q(m[2]), New: q(m[4]), Before: m[3] == "precede"}
		})
		try(reAppendW, func(m []string) Edit { return Edit{Kind: EditAppendWords, New: q(m[1])} })
		// "Au début du premier alinéa, sont insérés les mots : « A »":
		// words inserted with no anchor are words added at the place the
		// locator says; with no place said, nothing tells where (refused).
		// "À la fin du deuxième alinéa, les mots : « A » sont ajoutés":
		// the words first, as reInsertAtPlace.
		tryMany(reAddedAtPlace, func(m []string) []Edit {
			if !reSaysPlace.MatchString(low[:best.start]) {
				return nil
			}
			return []Edit{{Kind: EditAppendWords, New: q(m[1])}}
		})
		tryMany(reInsertAtPlace, func(m []string) []Edit {
			if !reSaysPlace.MatchString(low[:best.start]) {
				return nil
			}
			return []Edit{{Kind: EditAppendWords, New: q(m[1])}}
		})
		if best.start < 0 {
			break
		}
		wops = append(wops, best)
		pos = best.end
	}

	// "La première occurrence de « 6 » est remplacée par « 4 » et la
	// deuxième occurrence de « 6 » par « 5 »": occurrences are counted on
	// the text before the instruction, so an occurrence replaced earlier
	// in the same instruction no longer counts.
	for i := range wops {
		ei := &wops[i].edit
		if ei.Kind != EditReplaceWords || len(ei.Occurrences) == 0 {
			continue
		}
		for k, o := range ei.Occurrences {
			shift := 0
			for _, w := range wops[:i] {
				ej := w.edit
				if ej.Kind != EditReplaceWords || ej.Old != ei.Old || strings.Contains(ej.New, ej.Old) {
					continue
				}
				for _, oj := range ej.Occurrences {
					if oj > 0 && oj < o {
						shift++
					}
				}
			}
			ei.Occurrences[k] = o - shift
		}
	}

	for _, w := range wops {
		if w.bad {
			if w.why == "" {
				w.why = "\"respectivement\" without as many new words as old ones"
			}
			fail(w.why)
			return
		}
	}
	// "le mot : « maire » est remplacé par le mot : « préfet » et le mot :
	// « préfet » par le mot : « maire »": each operation reads the text
	// before the instruction, but they are applied in turn — the second
	// would edit the first's new words (it gave "Le maire nomme le
	// maire"), or insert after them (an anchor among them). Refused.
	// Operations after a place of their own ("…; au second alinéa, …")
	// edit another text: only those of one place are compared.
	var flat []Edit
	var place []int
	for i, w := range wops {
		p := 0
		if len(place) > 0 {
			p = place[len(place)-1]
		}
		if i > 0 {
			if gap := low[wops[i-1].end:w.start]; reDivWord.MatchString(gap) || strings.Contains(gap, "article") {
				p++
			}
		}
		for range 1 + len(w.more) {
			place = append(place, p)
		}
		flat = append(append(flat, w.edit), w.more...)
	}
	for j := 1; j < len(flat); j++ {
		olds := []string{flat[j].Anchor}
		if flat[j].Kind == EditReplaceWords || flat[j].Kind == EditDeleteWords {
			olds = append(olds, flat[j].Old, flat[j].Through)
			olds = append(olds, flat[j].Lines...)
		}
		for i, e := range flat[:j] {
			if place[i] != place[j] {
				continue
			}
			for _, old := range olds {
				if old != "" && e.New != "" && findWords(e.New, old) != nil {
					fail("an operation's words are an earlier one's new words: applied in turn, it would edit them")
					return
				}
			}
		}
	}
	// Quoted words between two word operations that neither reads: the
	// instruction says more than was understood.
	for i := 1; i < len(wops); i++ {
		if reQuotedPart.MatchString(low[wops[i-1].end:wops[i].start]) {
			fail("quoted words between two word operations not read")
			return
		}
		// "… par le mot : « B » pour sa deuxième occurrence et le mot
		// …": an occurrence or a count between two operations that
		// neither read (every occurrence was edited).
		if reTailOccurrences.MatchString(low[wops[i-1].end:wops[i].start]) {
			fail("an occurrence or a count between two word operations, not read")
			return
		}
	}
	var tailSentence, tailAlineas []string
	tailDelete := ""
	if len(wops) > 0 {
		tail := low[wops[len(wops)-1].end:]
		if m := reTailDelete.FindStringSubmatchIndex(tail); m != nil {
			// "… le mot : « A » est remplacé par le mot : « B » et la
			// dernière phrase est supprimée": a division of the same place
			// deleted after the words, read below as an instruction of its
			// own under that place.
			off := wops[len(wops)-1].end
			tailDelete = caseSh[off+m[2] : off+m[3]]
			if m[4] >= 0 {
				// "… et la seconde phrase est ainsi rédigée : « B »": its
				// new text put back (one sentence rewritten).
				n, _ := strconv.Atoi(tail[m[4]:m[5]])
				if n >= len(quotes) {
					fail("a part of the instruction not read after its word operations")
					return
				}
				tailDelete = caseSh[off+m[2]:off+m[4]] + "« " + quotes[n] + " »"
			}
		} else if m := reTailSentence.FindStringSubmatch(tail); m != nil {
			// "… est complété par les mots : « A » et par une phrase ainsi
			// rédigée : « B »": the sentence after the words.
			n, _ := strconv.Atoi(m[1])
			if n < len(quotes) {
				tailSentence = []string{quotes[n]}
			}
		} else if reTailAlineas.MatchString(tail) && len(payload) > 0 && wops[len(wops)-1].edit.Kind == EditAppendWords && wops[len(wops)-1].edit.Scope.Where == "" {
			// "… est complété par les mots : « A » et par un alinéa ainsi
			// rédigé :": the alinéas after the words' place.
			tailAlineas = payload
		} else if m := reTailTimes.FindStringSubmatch(tail); m != nil {
			// "… est remplacé par le mot : « B » deux fois", "… aux deux
			// occurrences": the count the law says, as "est remplacé,
			// deux fois, par" (it was dropped: every occurrence was
			// replaced, however many).
			last := &wops[len(wops)-1]
			if n := cardinal(m[1] + m[2]); n > 0 && len(last.more) == 0 && last.edit.Times == 0 && len(last.edit.Occurrences) == 0 && last.edit.Anchor == "" && (last.edit.Kind == EditReplaceWords || last.edit.Kind == EditDeleteWords) {
				last.edit.Times = n
			} else {
				fail("a count of occurrences after the word operations, not read")
				return
			}
		} else if reQuotedPart.MatchString(tail) || strings.Contains(tail, "ainsi redige") || reTailVerb.MatchString(tail) || reTailPlace.MatchString(tail) || reTailOccurrences.MatchString(tail) && !reTailEvery.MatchString(tail) {
			// More than the word operations read: never apply a part.
			fail("a part of the instruction not read after its word operations")
			return
		} else if t := reTailEvery.ReplaceAllString(tail, ""); reWordsLeft.MatchString(t) {
			// Words after the last operation that no rule reads — a
			// condition ("le cas échéant", "à titre transitoire"), a
			// term ("jusqu'au 1er janvier 2030"): applying the words
			// without them says less than the law — or the rest of
			// a quotation that straight quotes nested in it cut
			// ("(règlement "OCM unique")": the new words stopped at
			// "(règlement "). Not "partout où il figure", "à chaque
			// occurrence" (every occurrence, as without them:
			// reTailEvery).
			fail("words after the word operations not read")
			return
		}
	}
	if len(wops) > 0 {
		loc := low[:wops[0].start]
		// "À l'article L. 1, à chaque occurrence, le mot …", "…, dans
		// toutes ses occurrences, …": every occurrence, as without it (it
		// was refused as an occurrence named in the locator).
		locCased := caseSh[:wops[0].start]
		if m := reEveryInLocator.FindStringIndex(loc); m != nil && len(locCased) == len(loc) {
			blank := strings.Repeat(" ", m[1]-m[0])
			loc, locCased = loc[:m[0]]+blank+loc[m[1]:], locCased[:m[0]]+blank+locCased[m[1]:]
		}
		if strings.Contains(loc, "occurrence") {
			// "À la seconde occurrence, le mot : « A » est remplacé …":
			// an occurrence named apart from its words, not read (every
			// occurrence was edited).
			fail("an occurrence named in the locator, not read")
			return
		}
		if reQuotedPart.MatchString(loc) {
			// Quoted words before the first operation read ("les mots :
			// « A » ainsi que les mots : « B » sont supprimés" in a form not
			// read): never a part of it.
			fail("quoted words before the word operations, not read")
			return
		}
		for i := 1; i < len(wops); i++ {
			if reQuotedPart.MatchString(low[wops[i-1].end:wops[i].start]) {
				fail("quoted words between two word operations, not read")
				return
			}
		}
		scopes, ok, why := p.scopes(loc, locCased, parent)
		if !ok {
			fail(why)
			return
		}
		for i, w := range wops {
			if i > 0 {
				// "… sont remplacés par … et, au deuxième alinéa de
				// l'article L. 2, le mot : « C » est remplacé …": a new
				// locator between two operations is theirs from there on.
				gap := strings.Trim(low[wops[i-1].end:w.start], " ,;.")
				gapCased := strings.Trim(caseSh[wops[i-1].end:w.start], " ,;.")
				if t := strings.TrimLeft(low[wops[i-1].end:w.start], " "); strings.HasPrefix(t, ";") || strings.HasPrefix(t, ".") {
					// "… ; au second alinéa du même article, le mot …",
					// "… « B ». Au second alinéa, le mot …": a semicolon or
					// a period joins the two as "et" does (after a period
					// the place was not read: the second operation went to
					// the first place).
					gap, gapCased = "et "+gap, "et "+gapCased
				}
				// "du même article" in it is the article named before.
				p.lastScope, p.lastOthers, p.lastRelabels = scopes[0], scopes[1:], nil
				if m := reGapSubject.FindStringSubmatchIndex(gap); m != nil && reDivWord.MatchString(gap) {
					// "Le 2° est complété par les mots : « A » et le 3° est
					// complété par les mots : « B »": the second operation's
					// subject is its place, "et au 3°" (both went to the
					// 2°).
					to := map[string]string{"le": "au ", "les": "aux ", "la": "a la ", "l'": "a l'"}[gap[m[2]:m[3]]]
					gap, gapCased = "et "+to+gap[m[4]:], "et "+to+gapCased[m[4]:]
				}
				if g := reGapWhere.FindStringSubmatch(gap); g != nil {
					// "… et, au début, sont ajoutés les mots : « B »":
					// the same place, at its start (its end) — the words
					// went at the end, or every occurrence was edited.
					where := "start"
					if strings.HasPrefix(g[1], "a la") {
						where = "end"
					}
					at := make([]Scope, len(scopes))
					for k, sc := range scopes {
						sc.Where = where
						at[k] = sc
					}
					scopes = at
				} else if g := reGapLocator.FindStringSubmatchIndex(gap); g != nil {
					base := parent
					if !strings.Contains(gap, "article") {
						// No article named: the first locator's article.
						for _, s := range scopes[1:] {
							if s.Ref != scopes[0].Ref {
								fail("a second locator without its article after several articles")
								return
							}
						}
						base = Scope{Ref: scopes[0].Ref}
						if scopes[0].Ref == parent.Ref {
							base = parent
						}
						if reSentenceOnly.MatchString(gap) {
							// "Au premier alinéa, à la première phrase, …
							// et, à la seconde phrase, …": a sentence
							// alone is of the first locator's alinéa
							// (refused when it named several).
							for _, s := range scopes[1:] {
								if !slices.Equal(s.Path, scopes[0].Path) {
									fail("a sentence without its alinéa after several alinéas")
									return
								}
							}
							base.Path = append([]Division(nil), scopes[0].Path...)
						}
					}
					gap, gapCased = gap[g[2]:g[3]], gapCased[g[2]:g[3]]
					var why string
					scopes, ok, why = p.scopes(gap, gapCased, base)
					if !ok {
						fail(why)
						return
					}
				} else if reDivWord.MatchString(gap) || strings.Contains(gap, "article") {
					// "Le 2° est complété par les mots : « A » et le 3° est
					// complété par les mots : « B »": a division of its own,
					// the subject of the second operation, not a locator
					// read (both went to the 2°).
					fail("a division between two word operations, not read: " + gapCased)
					return
				}
			}
			for _, s := range scopes {
				places := []Scope{s}
				if e := w.edit; e.Scope.Where == "" && (s.Where != "" || e.Kind == EditAppendWords || e.Kind == EditInsertWords && e.Anchor == "") {
					var ok bool
					if places, ok = addedTo(s); !ok {
						fail("words added to alinéas counted to the end")
						return
					}
				}
				for _, s := range places {
					e := w.edit
					if e.Scope.Where != "" {
						// "… est précédé de la mention": at the start.
						s.Where = e.Scope.Where
					}
					e.Scope = s
					if e.Kind == EditDeleteWords && len(e.Lines) > 0 {
						for _, old := range e.Lines {
							d := e
							d.Lines = nil
							d.Old = old
							in.Edits = append(in.Edits, d)
						}
						continue
					}
					// An anchor at a word boundary ("après le mot : « générale »")
					// is the only place the quote can be found: keep it.
					in.Edits = append(in.Edits, e)
					for _, x := range w.more {
						x.Scope = s
						in.Edits = append(in.Edits, x)
					}
				}
			}
		}
		if tailSentence != nil {
			for _, s := range scopes {
				places, ok := addedTo(s)
				if !ok {
					fail("a sentence added to alinéas counted to the end")
					return
				}
				for _, s := range places {
					in.Edits = append(in.Edits, Edit{Kind: EditInsertSentences, Scope: s, Lines: tailSentence})
				}
			}
		}
		for _, s := range scopes {
			if tailAlineas == nil {
				break
			}
			if s.Sentence != 0 {
				fail("alinéas added after a sentence")
				return
			}
			in.Edits = append(in.Edits, Edit{Kind: EditAppendAlineas, Scope: s, Lines: tailAlineas})
		}
		if tailDelete != "" {
			if len(scopes) != 1 {
				fail("a division deleted after word operations on several places")
				return
			}
			atEdge := false
			for _, w := range wops {
				if w.edit.Kind == EditAppendWords || w.edit.Scope.Where != "" {
					atEdge = true
				}
			}
			sub := &Instruction{Article: in.Article, Alinea: in.Alinea, Text: in.Text}
			depth := len(p.stack)
			place := scopes[0]
			if strings.Contains(asciiLower(foldAccents(tailDelete)), "phrase") {
				// "À la première phrase du premier alinéa, …, et la
				// seconde phrase est supprimée": a sentence of the
				// alinéa that sentence is of (it was refused: a sentence
				// of a sentence).
				place.Sentence, place.SentenceLast = 0, false
			}
			p.stack = append(p.stack, frame{level: level, scope: place})
			p.instruction(sub, level+1, upperFirst(tailDelete)+".", nil)
			p.stack = p.stack[:depth] // whatever the clause pushed goes too
			if sub.Status != Parsed || len(sub.Edits) == 0 {
				fail("a part of the instruction not read after its word operations")
				return
			}
			for _, e := range sub.Edits {
				if e.Kind != EditDelete && !(e.Kind == EditRewrite && e.Scope.Sentence != 0) {
					fail("a part of the instruction not read after its word operations")
					return
				}
				if atEdge && !(scopes[0].Sentence > 0 && e.Scope.Sentence > 0 && e.Scope.Sentence != scopes[0].Sentence) {
					// "… est complété par les mots : « A » et la dernière
					// phrase est supprimée": the words go at the end of
					// what is deleted; which was meant is not said. Words
					// added to one sentence, another one named by its rank
					// ("La première phrase … est complétée par les mots :
					// « A » et la seconde phrase est supprimée"), are apart.
					fail("a division deleted after words added at its start or end")
					return
				}
			}
			in.Edits = append(in.Edits, sub.Edits...)
		}
		in.Status = Parsed
		return
	}

	trim := strings.TrimSpace(low)
	switch {
	case reLocatorHead.MatchString(trim) && !modVerb.MatchString(body):
		// "À l'article L. 1 :", "a) Au premier alinéa :" then items: the
		// place of the items under it.
		scopes, ok, why := p.scopes(strings.TrimSuffix(trim, ":"), strings.TrimSuffix(strings.TrimSpace(caseSh), ":"), parent)
		if !ok {
			fail(why)
			return
		}
		in.Status = Context
		push(scopes[0], false)
		p.stack[len(p.stack)-1].also = scopes[1:]
		return

	case reContext.MatchString(trim) && (reIntitule.MatchString(trim) || reOwnHeadingContext.MatchString(trim) && len(parent.Division) > 0 && parent.Ref.Article == ""):
		// "L'intitulé de la section 2 … est ainsi modifié :" ("Son
		// intitulé …" under a division's context) then word operations:
		// each is the heading's (they were refused: no target article).
		p.headingText(trim)
		in.Status = Context
		push(Scope{Ref: CodeRef{Code: parent.Ref.Code}}, false)
		p.stack[len(p.stack)-1].heading = true
		return

	case reContext.MatchString(trim):
		scopes, ok, why := p.scopes(reContext.ReplaceAllString(trim, ""), reContext.ReplaceAllString(strings.TrimSpace(caseSh), ""), parent)
		if !ok {
			fail(why)
			return
		}
		for _, s := range scopes {
			if s.Everywhere || s.RangeTo != "" && (len(scopes) > 1 || len(s.Path) > 0 || s.Sentence != 0 || s.Where != "" || len(s.Division) > 0) {
				// A range with other articles or a part of each: not
				// read (a range alone is, below).
				fail("a range of articles as a context")
				return
			}
		}
		in.Status = Context
		if to := scopes[0].RangeTo; to != "" {
			// "Les articles L. 1 à L. 4 sont ainsi modifiés :": every
			// instruction under it, on each article held between (it
			// was refused).
			first := scopes[0]
			first.RangeTo = ""
			push(first, false)
			p.stack[len(p.stack)-1].rangeTo = to
			return
		}
		push(scopes[0], false)
		// "Les articles L. 1 et L. 2 sont ainsi modifiés :": every
		// instruction under it, on each.
		p.stack[len(p.stack)-1].also = scopes[1:]
		return

	case reNamedDivision.MatchString(trim):
		// "Il est inséré un chapitre Ier intitulé : « … », comprenant
		// l'article L. 691-1": a division made of articles already there;
		// its heading is not an article.
		in.Status = Parsed
		in.Edits = []Edit{{Kind: EditCreateDivision, Scope: Scope{Ref: CodeRef{Code: parent.Ref.Code}}, Lines: quotes}}
		return

	case reHeadingsRewritten.MatchString(trim):
		m := reHeadingsRewritten.FindStringSubmatch(trim)
		lines, ok := headingsShared(m[1], m[2], inlineOr(quotes, payload))
		if !ok {
			fail("several headings rewritten: the new text is not one heading for each division")
			return
		}
		p.headingText(trim)
		in.Status = Parsed
		for _, l := range lines {
			in.Edits = append(in.Edits, Edit{Kind: EditRewriteHeading, Lines: l})
		}
		return

	case reIntitule.MatchString(trim) && (reRewrite.MatchString(trim) || reHeadingReplaced.MatchString(trim)), reOwnHeading.MatchString(trim):
		p.headingText(trim)
		in.Status = Parsed
		in.Edits = []Edit{{Kind: EditRewriteHeading, Lines: inlineOr(quotes, payload)}}
		return

	case reRewriteHead.MatchString(trim):
		m := reRewriteHead.FindStringSubmatchIndex(trim)
		loc, locCased := trim[m[4]:m[5]], strings.TrimSpace(caseSh)[m[4]:m[5]]
		if m[2] >= 0 {
			// "À l'article L. 1, le début du 3° …": "le 3° de l'article
			// L. 1" (it was refused: a part not read, "début").
			loc, locCased = partOfHead(trim[m[2]:m[3]], strings.TrimSpace(caseSh)[m[2]:m[3]], loc, locCased)
		}
		scopes, ok, why := p.scopes(loc, locCased, parent)
		lines := inlineOr(quotes, payload)
		// The new beginning ends at "…" or at "(le reste sans
		// changement)" written inside its quotation, as an amendment's
		// does (rewriteStart reads both; the remark was refused here).
		if !ok || len(lines) != 1 || !hasElision(lines[0]) && !restUnchangedEnd.MatchString(lines[0]) {
			if ok {
				why = "\"le début … est ainsi rédigé\" without a single \"…\" line"
			}
			fail(why)
			return
		}
		for _, s := range scopes {
			in.Edits = append(in.Edits, Edit{Kind: EditRewriteStart, Scope: s, Lines: lines})
		}
		in.Status = Parsed
		return

	case reRewriteRepl.MatchString(trim) || reRewrite.MatchString(trim) && !reComplete.MatchString(trim) && !reInsertAfter.MatchString(trim) && !reAddBare.MatchString(trim):
		re := reRewrite
		if reRewriteRepl.MatchString(trim) {
			re = reRewriteRepl
		}
		m := re.FindStringIndex(trim)
		locLow := trim[:m[0]]
		restored := strings.Contains(trim[m[0]:m[1]], "retabli")
		if reQuotedPart.MatchString(locLow) {
			// "La fin de la phrase commençant par les mots : « A » est
			// ainsi rédigée": a part of the text named by its words, in a
			// form not read here. Rewriting the whole scope would be wrong.
			fail("a part named by quoted words, in a form not known")
			return
		}
		scopes, ok, why := p.scopes(locLow, strings.TrimSpace(caseSh)[:m[0]], parent)
		lines := inlineOr(quotes[countQ(locLow):], payload)
		if !ok || len(lines) == 0 {
			if ok {
				why = "no new text"
			}
			fail(why)
			return
		}
		if g := reRewriteRepl.FindStringSubmatch(trim); g != nil && strings.HasPrefix(g[1], "paragraphe") && !paragraphReplaced(trim, locLow, scopes, lines) {
			fail("a place replaced by paragraphs: not one part replaced by one paragraph under its label")
			return
		}
		if g := reRewriteRepl.FindStringSubmatch(trim); g != nil && strings.HasPrefix(g[1], "alinea") {
			for _, s := range scopes {
				if s.Sentence != 0 {
					// "La seconde phrase est remplacée par deux alinéas":
					// where the alinéa is cut, and what becomes of the
					// sentences after, is not said (they were joined into
					// the sentence's alinéa).
					fail("a sentence replaced by alinéas")
					return
				}
			}
		}
		if reDivision.MatchString(locLow) || reDivisions.MatchString(locLow) {
			// "Le chapitre IV est ainsi rédigé" → the articles it holds.
			arts := p.splitArticles(scopes[0].Ref.Code, lines)
			if len(arts) == 0 {
				fail("division rewritten without articles")
				return
			}
			// The division is replaced: what it held and the new text
			// does not hold goes (when the division is known well enough).
			// "Les sections 2 et 3 sont remplacées par une section 2 ainsi
			// rédigée :": the others named go whole (only the first was
			// read; the form was not understood).
			for _, sc := range scopes[1:] {
				if sc.Ref.Article != "" || len(sc.Division) == 0 {
					fail("divisions replaced together with another kind of place")
					return
				}
				in.Edits = append(in.Edits, Edit{Kind: EditDelete, Scope: sc})
			}
			in.Edits = append(in.Edits, Edit{Kind: EditCreateArticles, Scope: scopes[0], NewArticles: arts, ReplaceDivision: true, Headings: articleHeadings(lines)})
			in.Status = Parsed
			return
		}
		if len(scopes) > 1 || scopes[0].RangeTo != "" {
			// "Les articles L. 912-2 à L. 912-5 sont ainsi rédigés :" then
			// "Art. L. 912-2. - …", "Art. L. 912-3. - …": each article
			// takes its own block; the blocks must name the articles.
			arts := p.splitArticles(scopes[0].Ref.Code, lines)
			if g := reRewriteRepl.FindStringSubmatchIndex(trim); g != nil && strings.HasPrefix(trim[g[2]:g[3]], "article") && len(arts) > 0 && wholeArticles(scopes) {
				// "Les articles L. 1 à L. 3 sont remplacés par deux articles
				// L. 1 et L. 2 ainsi rédigés :": the articles named go, the
				// new ones take their place (the L. 3 stayed in force; "…
				// par un article L. 1" was refused).
				if !newArticlesNamed(strings.TrimSpace(caseSh)[g[2]:], arts) {
					fail("articles replaced: the new text's articles are not those announced")
					return
				}
				for _, s := range scopes {
					in.Edits = append(in.Edits, Edit{Kind: EditDelete, Scope: s, NoMark: true})
				}
				in.Edits = append(in.Edits, Edit{Kind: EditCreateArticles, Scope: Scope{Ref: CodeRef{Code: scopes[0].Ref.Code}}, NewArticles: arts})
				in.Status = Parsed
				return
			}
			if len(arts) > 1 {
				for _, a := range arts {
					named := false
					for _, s := range scopes {
						whole := len(s.Path) == 0 && s.Sentence == 0
						if whole && (s.Ref == a.Ref || s.RangeTo != "" && s.Ref.Code == a.Ref.Code && inRange(a.Ref.Article, s.Ref.Article, s.RangeTo)) {
							named = true
						}
					}
					if !named {
						fail("articles rewritten: the new text holds an article not named")
						return
					}
				}
				if !everyArticleGiven(scopes, arts) {
					// "Les articles L. 1, L. 2 et L. 3 sont ainsi rédigés :"
					// then the text of L. 1 and L. 2: what becomes of L. 3
					// is not said (it stayed as it was).
					fail("articles rewritten: an article named has no new text")
					return
				}
				sc := scopes[0]
				if restored {
					// "Les articles L. 5 à L. 7 sont ainsi rétablis :":
					// articles abrogated made again, which the corpus may
					// not hold, as one is ("L'article L. 5 est ainsi
					// rétabli") — not the articles of the range it holds
					// (none: nothing was made, and nothing said —
					// TestRestoredRangeOfArticles).
					sc.RangeTo = ""
				}
				in.Edits = append(in.Edits, Edit{Kind: EditCreateArticles, Scope: sc, NewArticles: arts})
				in.Status = Parsed
				return
			} else if len(arts) == 0 && wholeArticles(scopes) {
				// "Les articles L. 1 et L. 2 sont ainsi rédigés :" then
				// one text, no "Art. …" heading: which article takes
				// what is not said (each took it all).
				fail("several articles rewritten with one text, no article heading")
				return
			}
		}
		if len(scopes) > 1 && sameDivisionSentences(scopes) {
			// "Les deux dernières phrases sont remplacées par une phrase
			// ainsi rédigée": the new text replaces them together.
			edits, ok := shareSentences(scopes, lines)
			if !ok {
				fail("several sentences rewritten together, not consecutive")
				return
			}
			in.Edits = append(in.Edits, edits...)
			in.Status = Parsed
			return
		}
		if itemsWithAlineas(scopes) {
			// "Le 2° et le dernier alinéa sont ainsi rédigés :" (…
			// "remplacés par un alinéa …"): an item and an alinéa take
			// one new text; how is not said (each took it all).
			fail("an item and an alinéa rewritten together: how the new text is shared among them is not said")
			return
		}
		if len(scopes) > 1 && sameArticleList(scopes) {
			// "Les troisième et quatrième alinéas sont remplacés par un
			// alinéa", "Les 2° et 3° sont ainsi rédigés : « 2° … » « 3° … »":
			// the new text replaces the divisions together, never each.
			edits, ok := shareRewrite(scopes, lines)
			if !ok {
				fail("several divisions rewritten together: how the new text is shared among them is not said")
				return
			}
			in.Edits = append(in.Edits, edits...)
			in.Status = Parsed
			return
		}
		for _, s := range scopes[1:] {
			if s.Ref == scopes[0].Ref && (s.Sentence == 0) != (scopes[0].Sentence == 0) {
				// "La seconde phrase du premier alinéa et le dernier
				// alinéa sont ainsi rédigés :": a sentence and a division
				// of one article take one new text; how is not said (each
				// took it all).
				fail("a sentence and a division rewritten together")
				return
			}
		}
		if len(scopes) == 1 && len(scopes[0].Path) == 0 && scopes[0].Sentence == 0 && scopes[0].Ref.Article != "" {
			// "L'article L. 1 est remplacé par deux articles L. 1 et L. 1-1
			// ainsi rédigés :": the articles of the new text; the old one
			// goes unless it is among them.
			if arts := p.splitArticles(scopes[0].Ref.Code, lines); len(arts) > 1 {
				// "L'article L. 1 est ainsi rédigé :" then two articles'
				// text: which article the law makes is not said (it made
				// both); "remplacé par deux articles L. 1 et L. 1-1" names
				// them.
				if g := reRewriteRepl.FindStringSubmatchIndex(trim); g == nil || !strings.HasPrefix(trim[g[2]:g[3]], "article") || !newArticlesNamed(strings.TrimSpace(caseSh)[g[2]:], arts) {
					fail("an article rewritten with the text of several")
					return
				}
				kept := false
				for _, a := range arts {
					kept = kept || a.Ref == scopes[0].Ref
				}
				if !kept {
					in.Edits = append(in.Edits, Edit{Kind: EditDelete, Scope: scopes[0], NoMark: true})
				}
				in.Edits = append(in.Edits, Edit{Kind: EditCreateArticles, Scope: Scope{Ref: CodeRef{Code: scopes[0].Ref.Code}}, NewArticles: arts})
				in.Status = Parsed
				return
			}
		}
		for _, s := range scopes {
			l := lines
			if len(s.Path) == 0 && s.Sentence == 0 {
				l = stripArtPrefix(lines)
			}
			if restored && len(s.Path) == 0 && s.Sentence == 0 && s.Ref.Article != "" {
				// "L'article L. 1-1 est ainsi rétabli :", "… est rétabli
				// dans la rédaction suivante :": an article abrogated made
				// again, which the corpus may not hold (it was a rewrite of
				// an article missing).
				arts := p.splitArticles(s.Ref.Code, lines)
				if len(arts) == 0 {
					arts = []CodeArticle{{Ref: s.Ref, Heading: articleHeading(s.Ref.Article), Alineas: l}}
				}
				if len(arts) != 1 || arts[0].Ref != s.Ref {
					fail("the new text's article is not the one re-established")
					return
				}
				in.Edits = append(in.Edits, Edit{Kind: EditCreateArticles, Scope: s, NewArticles: arts})
				continue
			}
			if arts := p.splitArticles(s.Ref.Code, lines); len(s.Path) == 0 && s.Sentence == 0 && s.Ref.Article != "" && len(arts) == 1 && arts[0].Ref != s.Ref {
				// "L'article L. 1 est ainsi rédigé : « Art. L. 1-1. – … »":
				// the text is another article's; which the law makes is
				// not said (L. 1 took L. 1-1's text).
				fail("the new text's article is not the one rewritten")
				return
			}
			in.Edits = append(in.Edits, Edit{Kind: EditRewrite, Scope: s, Lines: l, Restored: restored})
		}
		in.Status = Parsed
		return

	case reComplete.MatchString(trim):
		m := reComplete.FindStringSubmatchIndex(trim)
		what := trim[m[2]:m[3]]
		scopes, ok, why := p.scopes(trim[:m[0]], strings.TrimSpace(caseSh)[:m[0]], parent)
		scopes, ok = p.creationScope(what, trim[:m[0]], parent, scopes, ok)
		lines := inlineOr(quotes[countQ(trim[:m[0]]):], payload)
		if !ok || len(lines) == 0 {
			if ok {
				why = "no new text"
			}
			fail(why)
			return
		}
		p.addition(in, what, strings.TrimSpace(caseSh)[m[2]:m[3]], scopes, lines, "", false, false)
		return

	case reInsertAfter.MatchString(trim):
		m := reInsertAfter.FindStringSubmatchIndex(trim)
		if pre := strings.Trim(trim[:m[0]], " ,"); pre != "" {
			// "Au II, après le premier alinéa, …" in a form wordOrders did
			// not bring to "Après le premier alinéa du II": the first place
			// was dropped (the alinéa was counted in the whole article).
			fail("a place before the addition's, not read: " + pre)
			return
		}
		before := trim[m[2]:m[3]] == "avant"
		anchor := trim[m[4]:m[5]]
		anchorCase := strings.TrimSpace(caseSh)[m[4]:m[5]]
		what := trim[m[6]:m[7]]
		lines := inlineOr(quotes[countQ(trim[:m[7]]):], payload)
		// "Après l'article L. 7111-5, il est inséré un article L. 7111-5-1":
		// the anchor is an article; otherwise it is a division of the scope
		// named in the anchor or the parent.
		scopes, ok, why := p.scopes(anchor, anchorCase, parent)
		scopes, ok = p.creationScope(what, anchor, parent, scopes, ok)
		if !ok || len(lines) == 0 {
			if ok {
				why = "no new text"
			}
			fail(why)
			return
		}
		if sameDivisionAlineas(scopes) {
			// "Après les premier et deuxième alinéas, il est inséré un
			// alinéa": once after the two, or after each, is not said (it
			// was inserted after each).
			fail("an addition after several alinéas of one division: once or after each is not said")
			return
		}
		if itemsWithAlineas(scopes) {
			// "Après le 2° et le dernier alinéa, il est inséré un alinéa":
			// once or after each is not said either.
			fail("an addition after an item and an alinéa: once or after each is not said")
			return
		}
		p.addition(in, what, strings.TrimSpace(caseSh)[m[6]:m[7]], scopes, lines, anchor, before, strings.Contains(trim[m[5]:m[6]], "retabli"))
		return

	case reAddBare.MatchString(trim):
		m := reAddBare.FindStringSubmatchIndex(trim)
		loc, locCased := trim[:m[0]], strings.TrimSpace(caseSh)[:m[0]]
		what, whatCased := trim[m[2]:m[3]], strings.TrimSpace(caseSh)[m[2]:m[3]]
		if t := reAddedToText.FindStringSubmatchIndex(what); t != nil && strings.TrimSpace(loc) == "" {
			// "Il est ajouté au code civil un article L. 9", "Il est
			// inséré dans la loi n° … un article 5 bis": the text added
			// to, then what is added (it was read as what, "no target
			// article").
			loc, locCased = what[t[2]:t[3]], whatCased[t[2]:t[3]]
			what, whatCased = what[t[4]:t[5]], whatCased[t[4]:t[5]]
		}
		scopes, ok, why := p.scopes(loc, locCased, parent)
		scopes, ok = p.creationScope(what, loc, parent, scopes, ok)
		lines := inlineOr(quotes, payload)
		if !ok || len(lines) == 0 {
			if ok {
				why = "no new text"
			}
			fail(why)
			return
		}
		if strings.HasPrefix(strings.TrimSpace(loc), "entre ") && !strings.Contains(what, "article") {
			// "Entre le I et le II, il est inséré un I bis", "Entre le
			// premier et le second alinéa, il est inséré un alinéa":
			// before the second of the two (it was inserted after each).
			if len(scopes) != 2 || scopes[0].Ref != scopes[1].Ref {
				fail("a place between two, not read")
				return
			}
			if !adjacentScopes(scopes[0], scopes[1]) {
				// "Entre le premier et le troisième alinéa": not next to
				// each other (it went before the third).
				fail("a place between two that do not follow each other")
				return
			}
			p.addition(in, what, whatCased, scopes[1:], lines, "avant", true, strings.Contains(trim[m[0]:m[2]], "retabli"))
			return
		}
		if verb := trim[m[0]:m[2]]; (strings.Contains(verb, "insere") || strings.Contains(verb, "retabli")) && strings.Contains(what, "alinea") && labelPrefix(lines[0]) == "" && !reAtStartOrEnd.MatchString(loc) {
			// "Il est inséré un alinéa ainsi rédigé :" with no place
			// before or after which: where it goes is not said (it went
			// at the end, as one added). A numbered one goes at its rank.
			fail("an alinéa inserted with no place said")
			return
		}
		p.addition(in, what, whatCased, scopes, lines, "", false, strings.Contains(trim[m[0]:m[2]], "retabli"))
		return

	case reAbrogate.MatchString(trim):
		m := reAbrogate.FindStringIndex(trim)
		if reQuotedPart.MatchString(trim[:m[0]]) {
			// "Les mots : « A » et « B » … sont supprimés" in a form the
			// word operations did not read: never the whole scope.
			fail("a part named by quoted words, in a form not known")
			return
		}

		scopes, ok, why := p.repealMembers(trim[:m[0]], strings.TrimSpace(caseSh)[:m[0]], parent)
		if !ok {
			fail(why)
			return
		}
		// "Les deuxième et troisième phrases sont supprimées": each counted
		// on the text before the instruction, so the later one goes first
		// (from the end: the one nearer the end last).
		sort.SliceStable(scopes, func(i, j int) bool {
			a, b := scopes[i].Sentence, scopes[j].Sentence
			if a == 0 || b == 0 || (a > 0) != (b > 0) || scopes[i].Ref != scopes[j].Ref {
				return false
			}
			if a > 0 {
				return a > b
			}
			return a < b
		})
		for _, s := range scopes {
			in.Edits = append(in.Edits, Edit{Kind: EditDelete, Scope: s})
		}
		in.Status = Parsed
		return

	case abrogate:
		// An item under "Sont abrogés :".
		scopes, ok, why := p.repealMembers(strings.TrimRight(trim, " ;."), strings.TrimRight(strings.TrimSpace(caseSh), " ;."), parent)
		if !ok {
			fail(why)
			return
		}
		for _, s := range scopes {
			in.Edits = append(in.Edits, Edit{Kind: EditDelete, Scope: s})
		}
		in.Status = Parsed
		return
	}
	// A division said to comprise articles, or an article taking up
	// another's provisions, is refused with its reason even with no verb
	// of modification and under no head (it was dropped silently: no
	// instruction).
	if len(p.stack) > 0 || modVerb.MatchString(body) || refusedWithoutVerb(low) {
		if reTablePart.MatchString(low) {
			// "Le tableau du second alinéa du I est ainsi modifié : la
			// onzième ligne est remplacée par deux lignes …": a table's
			// rows, as "À la deuxième ligne du tableau" (its reason).
			fail("a part of an article not read: tableau")
			return
		}
		if reDivisionComprises.MatchString(low) {
			fail("a division said to comprise articles (… comprend les articles …): it says the whole of the division, and where the articles it held and does not name go is not said (a move into it, « sont insérés dans la section 2 », is read)")
			return
		}
		if reTakesUpProvisions.MatchString(low) {
			fail("a new article that takes up another's provisions (qui reprend les dispositions de l'article …): its text, as of when, and the other article's fate are not said")
			return
		}
		fail("no known instruction form")
	}
}

// reDivisionComprises is a division said to comprise articles, folded:
// "La section 2 comprend les articles L. 10 à L. 12", "Le chapitre II
// comprend l'article L. 5" — not read (refused with its reason).
var reDivisionComprises = mustRe(`^(?:la|le)\s+(?:livre|titre|chapitre|section|sous-section|paragraphe|sous-paragraphe)\s+[^:«]*?\bcompren(?:d|nent)\s+(?:les\s+articles|l'article)\b`)

// refusedWithoutVerb: an alinéa with no verb of modification that is
// still an instruction, refused with its reason — a division said to
// comprise articles, an article taking up another's provisions (they
// were taken for the bill's own text and dropped silently). low is the
// alinéa folded (asciiLower, foldAccents).
func refusedWithoutVerb(low string) bool {
	return reDivisionComprises.MatchString(low) || reTakesUpProvisions.MatchString(low)
}

// reTakesUpProvisions is a new article said to take up another's
// provisions, folded: "il est inséré un article L. 20-1 qui reprend les
// dispositions de l'article L. 4" — not read (refused with its reason).
var reTakesUpProvisions = mustRe(`\bqui\s+reprend\s+(?:les\s+dispositions|le\s+texte)\s+(?:de\s+l'article|des\s+articles)\b`)

// q0 is the quoted text numbered s ("q3" → quotes[3]), "" if none.
func q0(quotes []string, s string) string {
	n, err := strconv.Atoi(s)
	if err != nil || n >= len(quotes) {
		return ""
	}
	return quotes[n]
}

// endForm is a rewritten end as its regexp found it: where the match
// starts, the division named after "la fin", the anchor's quote (q) and
// occurrences (occ) as submatch offsets, whether new text follows
// ("ainsi rédigée") and whether the anchor goes with the end ("à partir
// des mots").
type endForm struct {
	start           int
	div             [2]int
	q, occ          []int
	rewritten, from bool
}

// rewrittenEnd fills in the edits of a rewritten or deleted end, from the
// anchor to the end of the division, never the whole division.
func (p *parser) rewrittenEnd(in *Instruction, e endForm, low, caseSh string, quotes, payload []string, parent Scope) {
	fail := func(reason string) {
		in.Status, in.Reason, in.Edits = Unparsed, reason, nil
	}
	rest, restCased := low[e.div[0]:e.div[1]], caseSh[e.div[0]:e.div[1]]
	// What "la fin" is the end of: the sentence or the alinéa the
	// anchor is in ("la fin de la phrase", "de cet alinéa"), else the
	// division the locator names ("la fin du 2°", "de l'article"), or
	// none said ("la fin est ainsi rédigée").
	endOf := EndOfDivision
	if strings.TrimSpace(rest) == "" {
		endOf = EndOfUnsaid
	}
	if loc := reBareDivision.FindStringIndex(rest); loc != nil && loc[0] == 0 {
		switch w := rest[:loc[1]]; {
		case strings.Contains(w, "phrase"):
			endOf = EndOfSentence
		case strings.Contains(w, "alinea"):
			endOf = EndOfAlinea
		}
		rest, restCased = rest[loc[1]:], restCased[loc[1]:]
	}
	if reQuotedPart.MatchString(rest) {
		fail("quoted words in the locator of a rewritten end")
		return
	}
	loc, locCased := partOfHead(low[:e.start], caseSh[:e.start], rest, restCased)
	scopes, ok, why := p.scopes(loc, locCased, parent)
	if !ok {
		fail(why)
		return
	}
	n, _ := strconv.Atoi(low[e.q[0]:e.q[1]])
	if n >= len(quotes) {
		fail("no anchor words")
		return
	}
	var lines []string
	if e.rewritten {
		if lines = inlineOr(quotes[n+1:], payload); len(lines) == 0 {
			fail("no new text")
			return
		}
		if len(lines) > 1 {
			// "Après le mot : « A », la fin du premier alinéa est ainsi
			// rédigée :" then « seul : », « a) Vite ; », « b) Bien. »:
			// the alinéas quoted were joined into the one (the law's
			// items went into its text).
			fail("a rewritten end of several quoted alinéas, not read")
			return
		}
	}
	var occ []int
	if e.occ[0] >= 0 {
		occ = ordinals(low[e.occ[0]:e.occ[1]])
	}
	for _, s := range scopes {
		in.Edits = append(in.Edits, Edit{Kind: EditRewriteEnd, Scope: s, Anchor: quotes[n], Occurrences: occ, Lines: lines, Before: e.from, EndOf: endOf})
	}
	in.Status = Parsed
}

// partOfHead is the locator of the division whose end or start an
// instruction names ("la fin de la première phrase", "le début du 2°")
// with the locator before it (head): "Au premier alinéa de l'article L.
// 1, après le mot : « A », la fin de la première phrase …" is "la
// première phrase du premier alinéa de l'article L. 1" (it read "… du
// code civil de la première phrase", a code of that name).
func partOfHead(head, headCased, rest, restCased string) (string, string) {
	if m := reRestOf.FindStringSubmatch(rest); m != nil {
		if h := reHeadPrep.FindStringSubmatchIndex(head); h != nil {
			of := genitive[strings.Join(strings.Fields(head[h[2]:h[3]]), " ")]
			the := theOf[strings.Join(strings.Fields(m[1]), " ")]
			return the + rest[len(m[0]):] + " " + of + head[h[3]:], the + restCased[len(m[0]):] + " " + of + headCased[h[3]:]
		}
	}
	return head + " " + rest, headCased + " " + restCased
}

// renumber reads a renumbering: under a "font l'objet de la nouvelle
// numérotation suivante :" heading or alone, one or more clauses "X devient
// Y" joined by "et" ("le chapitre unique devient le chapitre II et les
// articles L. 1 à L. 4 deviennent les articles L. 11 à L. 14"), each read
// by renumberClause.
func (p *parser) renumber(in *Instruction, level int, low, cased string, parent Scope, push func(Scope, bool), fail func(string)) {
	trim := strings.TrimSpace(low)
	if reRenumHead.MatchString(trim) {
		in.Status = Context
		push(Scope{Ref: CodeRef{Code: parent.Ref.Code}}, false)
		p.stack[len(p.stack)-1].table = true
		return
	}
	table := len(p.stack) > 0 && p.stack[len(p.stack)-1].table
	casedTrim := strings.TrimSpace(strings.ReplaceAll(cased, "\u00a0", " "))
	if len(casedTrim) != len(trim) {
		fail("unexpected characters in the locator")
		return
	}
	if m := reRenumLocator.FindStringSubmatchIndex(trim); m != nil {
		// "Au 1° de l'article L. 1, le b devient le c": the clauses are
		// read within the locator.
		scopes, ok, why := p.scopes(trim[:m[3]], casedTrim[:m[3]], parent)
		if !ok || len(scopes) != 1 || scopes[0].RangeTo != "" {
			if ok {
				why = "renumbering: the locator is not one article or division of one"
			}
			fail(why)
			return
		}
		parent = scopes[0]
		trim, casedTrim = trim[m[1]:], casedTrim[m[1]:]
	}
	var edits []Edit
	var chainParent *Scope
	chainKind := ""
	for k, c := range renumClauses(trim) {
		clauseParent := parent
		if k > 0 && chainParent != nil && divisionAlone(trim[c[0]:c[1]], chainKind) {
			// "La section 1 du chapitre Ier … devient la section 2 et la
			// section 2 devient la section 3": the later clause's
			// division, named alone, is the first's sibling (as its new
			// number is) — the clauses merge into one renumbering, at
			// once (a chain).
			clauseParent = *chainParent
		}
		es, why := p.renumberClause(trim[c[0]:c[1]], casedTrim[c[0]:c[1]], clauseParent)
		if k == 0 && len(es) == 1 && es[0].Kind == EditRenumberDivision && len(es[0].Moves) == 1 {
			f := es[0].Moves[0].From
			chainParent = &Scope{Ref: CodeRef{Code: es[0].Scope.Ref.Code}, Division: append([]string(nil), f[:len(f)-1]...)}
			chainKind = divisionKind(f[len(f)-1])
		}
		if why != "" {
			fail(why)
			return
		}
		edits = append(edits, es...)
		if k == 0 && parent.Ref.Article == "" && len(es) > 0 && es[0].Scope.Ref.Article != "" && es[0].Kind == EditRelabel {
			// "Le II de l'article L. 1 devient le III et le III devient
			// le IV": the later clauses are in the first's article.
			parent = Scope{Ref: es[0].Scope.Ref}
		} else if k == 0 && parent.Ref.Code == "" && len(es) > 0 && es[0].Scope.Ref.Code != "" {
			// "Le chapitre II du code civil devient le chapitre IV et les
			// articles L. 2 et L. 3 deviennent …": the later clauses are in
			// the first's code (they were of an unknown code).
			parent = Scope{Ref: CodeRef{Code: es[0].Scope.Ref.Code}}
		}
	}
	edits = mergeDivisionMoves(edits)
	for k := range edits {
		edits[k].Table = table && edits[k].Kind == EditRenumber
	}
	if reTransferredAny.MatchString(in.Text) {
		// "… est transféré au chapitre II … et devient …": another
		// division, which the folders do not say; the division it goes
		// to is Touched (a later instruction naming it is refused).
		to := transferredTo(in.Text)
		for k := range edits {
			edits[k].Transferred = true
			if edits[k].Kind == EditRenumber {
				edits[k].Touched = to
			}
		}
	}
	// Items relabelled in several clauses of one article ("le II devient
	// le III et le III devient le IV"): shifting up, the highest first, so
	// that no label is taken before it is freed; shifting down, the lowest
	// first.
	if len(edits) > 1 {
		same, up, down := true, true, true
		for _, e := range edits {
			if e.Kind != EditRelabel || e.Scope.Ref != edits[0].Scope.Ref || len(e.Scope.Path) == 0 {
				same = false
				break
			}
			from, to := itemRank(e.Scope.Path[len(e.Scope.Path)-1].Item), itemRank(e.New)
			up = up && from > 0 && to > from
			down = down && from > 0 && to > 0 && to < from
		}
		if same && (up || down) {
			rank := func(e Edit) int { return itemRank(e.Scope.Path[len(e.Scope.Path)-1].Item) }
			sort.SliceStable(edits, func(i, j int) bool {
				if up {
					return rank(edits[i]) > rank(edits[j])
				}
				return rank(edits[i]) < rank(edits[j])
			})
		}
	}
	in.Edits = edits
	in.Status = Parsed
}

// reRenumPart is the part of an article a renumbering target names: "le
// premier alinea de ", "le 2° de ".
var reRenumPart = mustRe(`^(?:le\s+(premier\s+alinea)|le\s+(\d+°))\s+de\s+()`)

var reRenumLocator = mustRe(`^((?:a|au|aux|dans)\b[^,]*),\s*`)

var reRenumNext = mustRe(`^(?:le|la|les|l')\b[^;]*\bdevien(?:t|nent)\b`)

// renumClauses splits a renumbering at each "et" that ends one clause "X
// devient Y" and begins another, at "; ", and at a comma (", et") after
// a clause whose target is named ("Le c devient le d, le b devient le c
// et …": reRenumClauseDone).
func renumClauses(low string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(low); i++ {
		var sep int
		switch {
		case strings.HasPrefix(low[i:], ", et ") && reRenumClauseDone.MatchString(low[start:i]):
			sep = 5
		case strings.HasPrefix(low[i:], " et "):
			sep = 4
		case strings.HasPrefix(low[i:], "; "):
			sep = 2
		case strings.HasPrefix(low[i:], ", ") && reRenumClauseDone.MatchString(low[start:i]):
			sep = 2
		default:
			continue
		}
		if reRenumber.MatchString(low[start:i]) && reRenumNext.MatchString(low[i+sep:]) {
			out = append(out, [2]int{start, i})
			start = i + sep
			i = start - 1
		}
	}
	return append(out, [2]int{start, len(low)})
}

var (
	reRenumDivision    = mustRe(`^(?:respectivement\s+)?(?:le|la|les|l')\s*(?:titre|chapitre|section|sous-section|livre|partie|paragraphe|sous-paragraphe)s?\b`)
	reRenumItems       = mustRe(`^(?:[Ll]e|[Ll]a|[Ll]es|[Ll]')\s*((?:\d+\)|(?:\d+°?|[IVXL]+|[a-z]|[A-Z])(?:\s+` + latinOrd + `)?)(?:\s*(?:,|\bet\b|\ba\b)\s*(?:\d+\)|(?:\d+°?|[IVXL]+|[a-z]|[A-Z])(?:\s+` + latinOrd + `)?))*)((?:\s+(?:du|de|des)\b.*)?)$`)
	reRenumItemsTo     = mustRe(`^(?:respectivement\s+)?(?:[Ll]e|[Ll]a|[Ll]es|[Ll]')\s*((?:\d+\)|(?:\d+°?|[IVXL]+|[a-z]|[A-Z])(?:\s+` + latinOrd + `)?)(?:\s*(?:,|\bet\b|\ba\b)\s*(?:\d+\)|(?:\d+°?|[IVXL]+|[a-z]|[A-Z])(?:\s+` + latinOrd + `)?))*)$`)
	reItemPair         = mustRe(`\b([Ll]e|[Aa]u|[Dd]u)\s+(\d+°(?:\s+` + latinOrd + `)?|[IVX]+(?:\s+` + latinOrd + `)?|[a-z](?:\s+` + latinOrd + `)?)\s*,?\s+(?:et|ainsi\s+que)\s+(le|au|du)\s+(\d+°(?:\s+` + latinOrd + `)?|[IVX]+(?:\s+` + latinOrd + `)?|[a-z](?:\s+` + latinOrd + `)?)(\s|,|$)`)
	reRenumArticleList = mustRe(`^(?:respectivement\s+)?les\s+articles\s+(.+\s+et\s+.+)$`)
	reArticleNumber    = mustRe(`^` + renumNumber + `$`)
	reRenumArticles    = mustRe(`^(?:respectivement\s+)?les\s+articles\s+((?:l\.?\s*o|l|r|d)\.?\s*)?(\d+(?:-\d+)*)\s+a\s+(?:l'article\s+)?((?:l\.?\s*o|l|r|d)\.?\s*)?(\d+(?:-\d+)*)$`)
)

// renumberClause reads one clause "X devient Y":
//
//   - an article, or alinéas of one, becoming an article: "L'article
//     L. 331-7 devient l'article L. 331-40", "Les deuxième et troisième
//     alinéas de l'article L. 331-17 deviennent l'article L. 331-44";
//   - a range of articles becoming a range as long: "les articles L. 1 à
//     L. 4 deviennent les articles L. 11 à L. 14", each article the one at
//     the same rank (the last numbers must count alike);
//   - items of an article relabelled: "le 3° devient le 4°", "les II et
//     III deviennent les III et IV", "les 3° à 5° du I de l'article L. 1
//     deviennent respectivement les 4° à 6°", as many targets as sources;
//   - a division of a code renumbered: "les sections 2, 3 et 4 deviennent
//     respectivement les sous-sections 1, 2 et 3 de la section 1" (no
//     change to any article's text).
//
// An article or alinéas becoming a division of another article ("devient
// le 1° de l'article …") and a range of alinéas are refused.
func (p *parser) renumberClause(low, cased string, parent Scope) ([]Edit, string) {
	m := reRenumItem.FindStringSubmatchIndex(low)
	if m == nil {
		return nil, "renumbering: no \"devient\""
	}
	loc, locCased := low[m[2]:m[3]], cased[m[2]:m[3]]
	target, targetCased := low[m[4]:m[5]], cased[m[4]:m[5]]
	target, targetCased = strings.TrimRight(target, " ;."), strings.TrimRight(targetCased, " ;.")
	if reRenumDivision.MatchString(loc) && reRenumDivision.MatchString(target) {
		code := parent.Ref.Code
		if named := p.textNamed(loc); named != "" {
			// "Le chapitre II du code civil devient …": that code.
			code = named
		}
		e := Edit{Kind: EditRenumberDivision, Scope: Scope{Ref: CodeRef{Code: code}}}
		e.Moves = p.divisionMoves(loc, locCased, target, parent)
		if len(e.Moves) == 0 {
			e.Unpaired = p.divisionCountsDiffer(loc, locCased, target, parent)
			e.Touched = p.touchedBy(loc, locCased, target, parent)
		}
		return []Edit{e}, ""
	}
	if im := reRenumItems.FindStringSubmatch(locCased); im != nil {
		if tm := reRenumItemsTo.FindStringSubmatch(targetCased); tm != nil {
			return p.relabel(im[1], im[2], tm[1], parent)
		}
	}
	if am := reRenumArticles.FindStringSubmatchIndex(target); am != nil {
		return p.renumberRange(loc, locCased, targetCased, am, parent)
	}
	if lm := reRenumArticleList.FindStringSubmatch(targetCased); lm != nil {
		return p.renumberList(loc, locCased, lm[1], parent)
	}
	var part Division
	if pm := reRenumPart.FindStringSubmatchIndex(target); pm != nil {
		// "devient le 1° de l'article L. 331-39", "devient le premier
		// alinéa de l'article …": a part of an article the renumbering
		// builds.
		if pm[2] >= 0 {
			part.Alinea = 1
		} else {
			part.Item = targetCased[pm[4]:pm[5]]
		}
		targetCased = targetCased[pm[6]:]
	}
	if reVerbBeforeRenum.MatchString(loc) {
		// "L'article L. 1 du code civil est transféré dans le code de
		// commerce, où il devient l'article L. 5": the number in the code
		// named last, not the first (it was renumbered in the code civil).
		return nil, "renumbering after another verb"
	}
	tm := reRenumTarget.FindStringSubmatch(targetCased)
	inText := false
	if tm == nil {
		if tm = reRenumTargetInText.FindStringSubmatch(targetCased); tm == nil {
			return nil, "renumbering into a division of an article is not supported"
		}
		inText = true
	}
	scopes, ok, why := p.scopes(loc, locCased, parent)
	if ok {
		for _, s := range scopes {
			if s.RangeTo != "" {
				ok, why = false, "renumbering a range of articles into one article is not supported"
			}
		}
	}
	if !ok {
		return nil, why
	}
	heading := renumHeading(tm)
	// Several alinéas of one article move together.
	src := scopes[0]
	for _, sc := range scopes[1:] {
		if sc.Ref != src.Ref || len(sc.Path) != 1 || len(src.Path) != 1 || sc.Sentence != 0 {
			return nil, "renumbering several sources into one article is not supported"
		}
	}
	if len(scopes) > 1 {
		// Alinéas i and j: keep the list as consecutive divisions.
		first, last := scopes[0].Path[0], scopes[len(scopes)-1].Path[0]
		if first.Item != "" || last.Item != "" || first.Alinea <= 0 || last.Alinea < first.Alinea {
			return nil, "renumbering these alinéas is not supported"
		}
		src.Path = []Division{{Alinea: first.Alinea, Count: last.Alinea - first.Alinea + 1}}
	}
	to := CodeRef{Code: src.Ref.Code, Article: ArticleKey(heading)}
	if inText {
		// "devient l'article L. 5 du même code", "… du code de
		// commerce": the article of that text (it was refused).
		ts, ok, _ := p.scopes(target, targetCased, Scope{Ref: CodeRef{Code: src.Ref.Code}})
		if !ok || len(ts) != 1 || len(ts[0].Path) != 0 || ts[0].RangeTo != "" || ts[0].Ref.Article != to.Article || ts[0].Ref.Code == "" {
			return nil, "renumbering: the target is not one article of a text"
		}
		to.Code = ts[0].Ref.Code
	}
	return []Edit{{Kind: EditRenumber, Scope: src, To: to, ToHeading: heading, ToPart: part}}, ""
}

// reRenumTargetInText is an article of a text named: "l'article L. 5 du
// même code", "l'article 12 de la loi n° …".
var reRenumTargetInText = mustRe(`^l'article\s+` + renumNumber + `\s+(?:du|de\s+la|de\s+l'|dudit|de\s+ladite)\s.+$`)

// reVerbBeforeRenum is a verb before "devient", in a clause of its own:
// "… est transféré dans le code de commerce, où il devient …".
var reVerbBeforeRenum = mustRe(`\b(?:est|sont)\s|\bou\s+(?:il|elle)s?\b`)

// relabel reads items relabelled: from and to are lists of labels ("II et
// III", "3° à 5°"), rest the locator after the sources ("du I de l'article
// L. 1", or empty under an article's heading). The edits are ordered so
// that no label is given while another item still bears it.
func (p *parser) relabel(from, rest, to string, parent Scope) ([]Edit, string) {
	src, goesOn, ok1 := itemList(from)
	dst, _, ok2 := itemList(to)
	if !ok1 || !ok2 || len(src) != len(dst) || len(src) == 0 {
		return nil, "renumbering items: the lists of labels do not match"
	}
	var edits []Edit
	for k, it := range src {
		if casedKind(it) != casedKind(dst[k]) {
			return nil, "renumbering items: a label changes kind"
		}
		locCased := "le " + it + rest
		scopes, ok, why := p.scopes(asciiLower(locCased), locCased, parent)
		if !ok {
			return nil, why
		}
		if len(scopes) != 1 || len(scopes[0].Path) == 0 || scopes[0].Path[len(scopes[0].Path)-1].Item == "" || scopes[0].RangeTo != "" || scopes[0].Sentence != 0 {
			return nil, "renumbering items: not an item of one article"
		}
		scopes[0].Path[len(scopes[0].Path)-1].GoesOn = goesOn[k]
		edits = append(edits, Edit{Kind: EditRelabel, Scope: scopes[0], New: dst[k]})
	}
	if casedRank(dst[0]) > casedRank(src[0]) {
		// Shifting up: the last first ("III devient IV" before "II
		// devient III").
		for i, j := 0, len(edits)-1; i < j; i, j = i+1, j-1 {
			edits[i], edits[j] = edits[j], edits[i]
		}
	}
	return edits, ""
}

// reHeadingsRewritten is "Les intitulés des sections 1 et 2 (du chapitre
// II …) sont ainsi rédigés :" (groups: the kind of division, its labels).
var reHeadingsRewritten = mustRe(`^les\s+intitules\s+des\s+(titre|chapitre|section|sous-section|livre|partie|paragraphe|sous-paragraphe)s\s+((?:\d+|[ivxl]+)(?:er)?(?:\s+` + latinOrd + `)?(?:\s*(?:,|\bet\b)\s*(?:\d+|[ivxl]+)(?:er)?(?:\s+` + latinOrd + `)?)+)\b[^«:;]*?\s+sont\s+ainsi\s+rediges\s*:?\s*$`)

// reHeadingLabelSep splits a list of division labels: "1, 2 et 3".
var reHeadingLabelSep = mustRe(`\s*(?:,|\bet\b)\s*`)

// headingsShared shares the new text of several headings rewritten (kind
// "section", labels "1 et 2") among the divisions, in order: one line
// each, or each heading after its division's own line ("Section 1", then
// its heading). Any other count, or a division line naming another, is
// not shared (which heading goes where is not said).
func headingsShared(kind, labels string, lines []string) ([][]string, bool) {
	names := reHeadingLabelSep.Split(strings.TrimSpace(labels), -1)
	n := len(names)
	kindLine := regexp.MustCompile(`^(?:` + kind + `)\s+(\S+(?:\s+` + latinOrd + `)?)\s*$`)
	var out [][]string
	switch len(lines) {
	case n:
		for _, l := range lines {
			if kindLine.MatchString(strings.ToLower(foldAccents(strings.TrimSpace(l)))) {
				return nil, false
			}
			out = append(out, []string{l})
		}
	case 2 * n:
		for k := 0; k < n; k++ {
			m := kindLine.FindStringSubmatch(strings.ToLower(foldAccents(strings.TrimSpace(lines[2*k]))))
			if m == nil || m[1] != names[k] {
				return nil, false
			}
			out = append(out, lines[2*k:2*k+2])
		}
	default:
		return nil, false
	}
	return out, true
}

// paragraphReplaced reports whether "… est remplacé par un paragraphe
// ainsi rédigé :" (trim, its place locLow and scopes, its new text lines)
// is one part of an article numbered in roman, "Le II", replaced by one
// paragraph whose text opens with that label and holds no other: « II. –
// … ». "… par deux (trois, …) paragraphes ainsi rédigés" is read so when
// the new text holds as many parts numbered in roman, the first under the
// label replaced and each after the one before (« II. – … », « III. – … »),
// as "par des II et III" is: the apply refuses a label a part in force
// bears (the III in force is not said to be renumbered). Paragraphs of a
// code's divisions, a count the new text does not hold, and a new text
// under another label are not read (which part the law means is not
// said).
func paragraphReplaced(trim, locLow string, scopes []Scope, lines []string) bool {
	n := 0
	if strings.Contains(trim, "par un paragraphe") {
		n = 1
	} else if c, ok := announcedCount(reParagraphsCount, trim); ok {
		n = c
	}
	if n == 0 || reDivision.MatchString(locLow) || reDivisions.MatchString(locLow) || len(scopes) == 0 || scopes[0].Sentence != 0 || scopes[0].RangeTo != "" {
		return false
	}
	if len(scopes) > 1 && !sameArticleList(scopes) {
		return false
	}
	// "Les II et III sont remplacés par un paragraphe ainsi rédigé :
	// « II. – … »": the parts together, as "par un II" (shareRewrite) —
	// the new text under the label of the first of them.
	first := ""
	for _, sc := range scopes {
		path := sc.Path
		if len(path) == 0 || path[len(path)-1].Item == "" || itemKind(path[len(path)-1].Item) != "roman" {
			return false
		}
		if it := path[len(path)-1].Item; first == "" || itemRank(it) < itemRank(first) {
			first = it
		}
	}
	if lab, k := labelOf(lines[0]); k != 'r' || lab != first {
		return false
	}
	parts, last := 0, 0
	for _, l := range lines {
		lab, k := labelOf(l)
		if k != 'r' {
			continue
		}
		r := latinRank(lab, k)
		if r == 0 || r <= last {
			return false
		}
		parts, last = parts+1, r
	}
	return parts == n
}

// reParagraphsCount is the count of paragraphs that replace a place:
// "par deux paragraphes ainsi rédigés" (group 1).
var reParagraphsCount = mustRe(`\bpar\s+(` + cardinalWords + `|\d+)\s+paragraphes\s+ainsi\s+redige`)

// itemRank is labelRank of an item as a path names it (romans in lower
// case there: "iii").
func itemRank(it string) int {
	if r := labelRank(it); r > 0 && !(len(it) > 1 && strings.Trim(it, "ivx") == "") {
		return r
	}
	return labelRank(strings.ToUpper(it))
}

// reLatinOrdWord is a Latin ordinal alone: "bis", "quinquies".
var reLatinOrdWord = mustRe(`^` + latinOrd + `$`)

// itemList reads a list of item labels: "II", "II et III", "2°, 3° et
// 4°", "3° à 5°" (a range of labels of one kind without "bis", spelt
// out), "a à c"; goesOn marks the labels a range goes on past (the 3°
// and 4° of "3° à 5°": see Division.GoesOn).
func itemList(s string) (out []string, goesOn map[int]bool, ok bool) {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' })
	goesOn = map[int]bool{}
	rng := false
	for i := 0; i < len(words); i++ {
		w := words[i]
		if len(out) > 0 && !rng && (w == "et" || w == "a" || w == "à") && i+1 < len(words) {
			rng = w != "et"
			continue
		}
		if len(out) > 0 && reLatinOrdWord.MatchString(w) {
			out[len(out)-1] += " " + w
			continue
		}
		if rng {
			rng = false
			first := out[len(out)-1]
			if strings.Contains(first, " ") || strings.Contains(w, " ") || casedKind(first) != casedKind(w) {
				return nil, nil, false
			}
			lo, hi := casedRank(first), casedRank(w)
			if lo <= 0 || hi <= lo || hi-lo > 50 {
				return nil, nil, false
			}
			for r := lo + 1; r <= hi; r++ {
				l := labelOfRank(r, casedKind(w), first)
				if casedKind(l) != casedKind(w) {
					// "A à J": the capitals I, V and X are romans.
					return nil, nil, false
				}
				goesOn[len(out)-1] = true
				out = append(out, l)
			}
			continue
		}
		out = append(out, w)
	}
	return out, goesOn, !rng
}

// labelRank is the rank of an item label in its series: 3° → 3, IV → 4,
// c → 3; 0 if it is not one.
func labelRank(l string) int {
	l = strings.Fields(l + " ")[0]
	switch itemKind(l) {
	case "°":
		n, err := strconv.Atoi(strings.TrimSuffix(l, "°"))
		if err != nil {
			return 0
		}
		return n
	case "roman":
		return fromRoman(l)
	case "number":
		n, _ := strconv.Atoi(l)
		return n
	case "paren":
		n, _ := strconv.Atoi(strings.TrimSuffix(l, ")"))
		return n
	}
	if len(l) == 1 && l[0] >= 'a' && l[0] <= 'z' {
		return int(l[0]-'a') + 1
	}
	if isCapitalItem(l) {
		return int(l[0]-'A') + 1
	}
	return 0
}

// labelOfRank is the label of rank r in the series of kind (like is a
// label of that series, for the case of letters).
func labelOfRank(r int, kind, like string) string {
	switch kind {
	case "°":
		return strconv.Itoa(r) + "°"
	case "roman":
		return toRoman(r)
	case "number":
		return strconv.Itoa(r)
	case "paren":
		return strconv.Itoa(r) + ")"
	case "capital":
		return string(rune('A' + r - 1))
	}
	return string(rune('a' + r - 1))
}

// sameArticleList reports whether scopes are a list of divisions of one
// article: same article and sentence, paths differing in their last
// division only.
func sameArticleList(scopes []Scope) bool {
	a := scopes[0]
	for _, s := range scopes[1:] {
		if s.Ref != a.Ref || s.RangeTo != "" || s.Sentence != a.Sentence || len(s.Path) != len(a.Path) || len(s.Path) == 0 {
			return false
		}
		for k := 0; k < len(s.Path)-1; k++ {
			if s.Path[k] != a.Path[k] {
				return false
			}
		}
	}
	return a.RangeTo == "" && len(a.Path) > 0
}

// itemsWithAlineas reports whether scopes name, in one article, both an
// item (by its label) and an alinéa (by its rank), as "Le 2° et le
// dernier alinéa" does.
func itemsWithAlineas(scopes []Scope) bool {
	item, alinea := false, false
	for _, s := range scopes {
		if s.Ref != scopes[0].Ref || len(s.Path) == 0 || s.Sentence != 0 {
			continue
		}
		last := s.Path[len(s.Path)-1]
		item = item || last.Item != ""
		alinea = alinea || last.Item == "" && last.Alinea != 0
	}
	return item && alinea
}

// sameDivisionSentences reports whether scopes are sentences of one
// division of one article, differing only in their rank.
func sameDivisionSentences(scopes []Scope) bool {
	a := scopes[0]
	if a.Sentence == 0 || a.RangeTo != "" {
		return false
	}
	for _, s := range scopes[1:] {
		if s.Ref != a.Ref || s.RangeTo != "" || s.Sentence == 0 || s.Where != a.Where || len(s.Path) != len(a.Path) {
			return false
		}
		for k := range s.Path {
			if s.Path[k] != a.Path[k] {
				return false
			}
		}
	}
	return true
}

// shareSentences rewrites consecutive sentences of one division together:
// the first takes the whole new text and the others go. Ranks are
// counted on the text before the instruction: from the start ("les
// deuxième et troisième phrases"), the later ones go first, then the
// first is rewritten; from the end ("les deux dernières phrases"), the
// first is rewritten, then the others go, the first of them first.
func shareSentences(scopes []Scope, lines []string) ([]Edit, bool) {
	ranks := make([]int, len(scopes))
	for i, s := range scopes {
		ranks[i] = s.Sentence
	}
	sort.Ints(ranks)
	one := func(rank int) Scope {
		s := scopes[0]
		s.Path = append([]Division(nil), s.Path...)
		s.Sentence = rank
		return s
	}
	var out []Edit
	if len(ranks) > 1 && ranks[0] == -1 && ranks[1] > 0 {
		// "Les deuxième et dernière phrases sont remplacées par une
		// phrase": consecutive only if the last is the one after the
		// deuxième — the sentence after the others, said to be the last
		// (SentenceLast: the apply refuses an alinéa with more; it was
		// refused as not consecutive).
		ranks = append(ranks[1:], ranks[len(ranks)-1]+1)
		for i := 1; i < len(ranks); i++ {
			if ranks[i] != ranks[i-1]+1 {
				return nil, false
			}
		}
		for i := len(ranks) - 1; i > 0; i-- {
			s := one(ranks[i])
			s.SentenceLast = i == len(ranks)-1
			out = append(out, Edit{Kind: EditDelete, Scope: s})
		}
		return append(out, Edit{Kind: EditRewrite, Scope: one(ranks[0]), Lines: lines}), true
	}
	for i := 1; i < len(ranks); i++ {
		if ranks[i] != ranks[i-1]+1 || (ranks[i] > 0) != (ranks[0] > 0) {
			return nil, false
		}
	}
	if ranks[0] > 0 {
		for i := len(ranks) - 1; i > 0; i-- {
			out = append(out, Edit{Kind: EditDelete, Scope: one(ranks[i])})
		}
		return append(out, Edit{Kind: EditRewrite, Scope: one(ranks[0]), Lines: lines}), true
	}
	// From the end: the first is rewritten, then the others go from the
	// first of them to the last ("les trois dernières": -3 rewritten,
	// then -2 and -1): counted on the alinéa now (the rewritten text
	// before them, whatever its count) or as the group found it (each
	// still where it stood) the same sentences.
	out = append(out, Edit{Kind: EditRewrite, Scope: one(ranks[0]), Lines: lines})
	for _, r := range ranks[1:] {
		out = append(out, Edit{Kind: EditDelete, Scope: one(r)})
	}
	return out, true
}

// shareRewrite shares the new text of a list of divisions of one article
// rewritten together: consecutive alinéas by position are one range,
// rewritten as a block; consecutive items of one kind ("les 1° et 2°",
// "les a à c") are a block too — the later ones go (without a mark) and
// the first takes the whole new text; other items each take the one line
// that bears their label, when there are as many lines as items.
// Otherwise ok is false.
func shareRewrite(scopes []Scope, lines []string) ([]Edit, bool) {
	last := func(s Scope) Division { return s.Path[len(s.Path)-1] }
	first := last(scopes[0])
	if first.Alinea > 0 && first.Count == 0 && first.Item == "" {
		for i, s := range scopes {
			d := last(s)
			if d.Item != "" || d.Count != 0 || d.Alinea != first.Alinea+i || d.Numbered != first.Numbered {
				return nil, false
			}
		}
		one := scopes[0]
		one.Path = append([]Division(nil), one.Path...)
		one.Path[len(one.Path)-1].Count = len(scopes)
		return []Edit{{Kind: EditRewrite, Scope: one, Lines: lines}}, true
	}
	// A path's romans are in lower case ("ii", "iii"): ranked as romans.
	rank := func(it string) int {
		if itemKind(it) == "roman" {
			return labelRank(strings.ToUpper(it))
		}
		return labelRank(it)
	}
	consecutive := first.Item != "" && first.Alinea == 0 && rank(first.Item) > 0
	for i, s := range scopes {
		d := last(s)
		if d.Item == "" || d.Alinea != 0 {
			return nil, false
		}
		if itemKind(d.Item) != itemKind(first.Item) || rank(d.Item) != rank(first.Item)+i || strings.Contains(d.Item, " ") {
			consecutive = false
		}
	}
	if consecutive {
		// Consecutive by their numbers: an item the text numbers between
		// them ("2° bis") is the block's too (Division.GoesOn).
		scopes = append([]Scope(nil), scopes...)
		for i := range scopes[:len(scopes)-1] {
			scopes[i].Path = append([]Division(nil), scopes[i].Path...)
			scopes[i].Path[len(scopes[i].Path)-1].GoesOn = true
		}
		var out []Edit
		for i := len(scopes) - 1; i > 0; i-- {
			out = append(out, Edit{Kind: EditDelete, Scope: scopes[i], NoMark: true})
		}
		return append(out, Edit{Kind: EditRewrite, Scope: scopes[0], Lines: lines}), true
	}
	if len(lines) != len(scopes) {
		return nil, false
	}
	var out []Edit
	for i, s := range scopes {
		l, _ := label(strings.TrimLeft(strings.TrimLeft(lines[i], "«\" "), " "))
		if !strings.EqualFold(strings.ReplaceAll(l, " ", ""), strings.ReplaceAll(last(s).Item, " ", "")) {
			return nil, false
		}
		out = append(out, Edit{Kind: EditRewrite, Scope: s, Lines: lines[i : i+1]})
	}
	return out, true
}

// renumberRange reads "les articles L. 1 à L. 4 deviennent les articles
// L. 11 à L. 14": the article of rank k of the first range becomes that
// of rank k of the second; both ranges must differ only in their last
// number, over as many numbers.
func (p *parser) renumberRange(loc, locCased, targetCased string, am []int, parent Scope) ([]Edit, string) {
	scopes, ok, why := p.scopes(loc, locCased, parent)
	if !ok {
		return nil, why
	}
	if len(scopes) != 1 || scopes[0].RangeTo == "" || len(scopes[0].Path) != 0 {
		return nil, "renumbering into a range of articles: the source is not a range of articles"
	}
	s := scopes[0]
	tp := ""
	if am[2] >= 0 {
		tp = strings.ToUpper(strings.ReplaceAll(strings.ReplaceAll(targetCased[am[2]:am[3]], ".", ""), " ", ""))
	}
	fromBase, fromLo, ok1 := splitLast(s.Ref.Article)
	fromBase2, fromHi, ok2 := splitLast(s.RangeTo)
	toBase, toLo, ok3 := splitLast(targetCased[am[4]:am[5]])
	toBase2, toHi, ok4 := splitLast(targetCased[am[8]:am[9]])
	if !ok1 || !ok2 || !ok3 || !ok4 || fromBase != fromBase2 || toBase != toBase2 || fromHi-fromLo != toHi-toLo || fromHi < fromLo || fromHi-fromLo > 100 {
		return nil, "renumbering a range of articles: the ranges do not match number for number"
	}
	var edits []Edit
	for k := 0; k <= fromHi-fromLo; k++ {
		src := Scope{Ref: CodeRef{Code: s.Ref.Code, Article: fromBase + strconv.Itoa(fromLo+k)}}
		heading := tp + toBase + strconv.Itoa(toLo+k)
		edits = append(edits, Edit{Kind: EditRenumber, Scope: src, To: CodeRef{Code: s.Ref.Code, Article: ArticleKey(heading)}, ToHeading: heading, FromRange: [2]string{s.Ref.Article, s.RangeTo}})
	}
	return edits, ""
}

// reRestUnchanged is the remark that ends a partial rewrite after its
// quotation, "« … » (le reste sans changement)", "(le reste sans
// modification)": it changes nothing. (A part that holds only "(Sans
// modification)" is a status: rePartStatus.)
var reRestUnchanged = mustRe(`(?i)(["»”])\s*\(\s*(?:le\s+reste\s+)?sans\s+(?:changement|modification)s?\s*\)\s*([.;]?)\s*$`)

// dropRestUnchanged removes "(le reste sans changement)" from the end of an
// instruction, keeping its final punctuation.
func dropRestUnchanged(s string) string {
	return reRestUnchanged.ReplaceAllString(s, "$1$2")
}

// itemPair writes "le 1° et le 2°" as "les 1° et 2°" ("au" as "aux",
// "du" as "des") when both determiners and both kinds of label agree;
// otherwise it leaves the match as it is.
// doubledLetter is a letter item's label doubled, "aa", "bb": an item a
// later reading put beside the a, the b ("Le aa du 1°", "aa) …"). Not
// "ii", "vv", "xx", "ll": romans, or read as such.
const doubledLetter = `(?:aa|bb|cc|dd|ee|ff|gg|hh|jj|kk|mm|nn|oo|pp|qq|rr|ss|tt|uu|ww|yy|zz)`

// itemLabel is an item's label in a list of them: "1°", "II bis", "a".
const itemLabel = `(?:\d+°(?:\s+` + latinOrd + `)?|[IVX]+(?:\s+` + latinOrd + `)?|[a-z](?:\s+` + latinOrd + `)?)`

// reItemSeries is three items or more, each with its article: "le 1°, le
// 2° et le 4°", "au I, au II ainsi qu'au IV" (the last joined by "et" or
// "ainsi que").
var reItemSeries = mustRe(`\b([Ll]e|[Aa]u|[Dd]u)\s+(` + itemLabel + `)((?:\s*,\s*(?:le|au|du)\s+` + itemLabel + `)+)\s*,?\s+(?:et|ainsi\s+que|ainsi\s+qu')\s*(le|au|du)\s+(` + itemLabel + `)(\s|,|$)`)

var reSeriesItem = mustRe(`(le|au|du)\s+(` + itemLabel + `)`)

// itemSeries writes a match of reItemSeries as one list, "les 1°, 2° et
// 4°", when every item has the same article and kind; else as it is.
func itemSeries(m string) string {
	g := reItemSeries.FindStringSubmatch(m)
	det := strings.ToLower(g[1])
	items := []string{g[2]}
	for _, x := range reSeriesItem.FindAllStringSubmatch(g[3], -1) {
		if x[1] != det {
			return m
		}
		items = append(items, x[2])
	}
	if g[4] != det {
		return m
	}
	items = append(items, g[5])
	for _, it := range items[1:] {
		if casedKind(strings.Fields(it)[0]) != casedKind(strings.Fields(items[0])[0]) {
			return m
		}
	}
	plural := map[string]string{"le": "les", "au": "aux", "du": "des"}[det]
	if g[1][0] != det[0] {
		plural = upperFirst(plural)
	}
	return plural + " " + strings.Join(items[:len(items)-1], ", ") + " et " + items[len(items)-1] + g[6]
}

func itemPair(m string) string {
	g := reItemPair.FindStringSubmatch(m)
	det := strings.ToLower(g[1])
	if det != g[3] || casedKind(strings.Fields(g[2])[0]) != casedKind(strings.Fields(g[4])[0]) {
		return m
	}
	plural := map[string]string{"le": "les", "au": "aux", "du": "des"}[det]
	if g[1][0] != det[0] {
		plural = upperFirst(plural)
	}
	return plural + " " + g[2] + " et " + g[4] + g[5]
}

// renumberList reads "les articles L. 2 et L. 3 deviennent
// (respectivement) les articles L. 4 et L. 5": the articles of the list
// before, in order, become those of the list after, as many; the edits go
// so that no article is given a number another still bears ("L. 2 et L. 3
// deviennent L. 3 et L. 4": L. 3 first); a cycle is refused.
func (p *parser) renumberList(loc, locCased, targets string, parent Scope) ([]Edit, string) {
	scopes, ok, why := p.scopes(loc, locCased, parent)
	if !ok {
		return nil, why
	}
	var headings []string
	for _, t := range strings.FieldsFunc(strings.ReplaceAll(targets, " et ", ","), func(r rune) bool { return r == ',' }) {
		m := reArticleNumber.FindStringSubmatch(strings.TrimSpace(t))
		if m == nil {
			return nil, "renumbering a list of articles: a number not read in the list after"
		}
		headings = append(headings, renumHeading(m))
	}
	if len(scopes) != len(headings) {
		return nil, "renumbering a list of articles: the lists do not count alike"
	}
	pending := make([]Edit, len(scopes))
	for k, s := range scopes {
		if len(s.Path) != 0 || s.RangeTo != "" || s.Sentence != 0 || k > 0 && s.Ref.Code != scopes[0].Ref.Code {
			return nil, "renumbering a list of articles: the source is not a list of articles of one code"
		}
		pending[k] = Edit{Kind: EditRenumber, Scope: s, To: CodeRef{Code: s.Ref.Code, Article: ArticleKey(headings[k])}, ToHeading: headings[k]}
	}
	var edits []Edit
	for len(pending) > 0 {
		next := -1
		for i, e := range pending {
			free := true
			for j, o := range pending {
				if j != i && o.Scope.Ref == e.To {
					free = false
				}
			}
			if free {
				next = i
				break
			}
		}
		if next < 0 {
			return nil, "renumbering a list of articles: the numbers go round in a cycle"
		}
		edits = append(edits, pending[next])
		pending = append(pending[:next], pending[next+1:]...)
	}
	return edits, ""
}

// splitLast splits an article number at its last number: "l3231-4" →
// "l3231-", 4.
func splitLast(num string) (string, int, bool) {
	// After the last character that is not a digit: "L. 111-4" and
	// "l111-4" end in 4, "l4" too (the code électoral's "L. 1 à L. 5").
	i := strings.LastIndexFunc(num, func(r rune) bool { return r < '0' || r > '9' })
	n, err := strconv.Atoi(num[i+1:])
	if err != nil {
		return "", 0, false
	}
	return num[:i+1], n, true
}

// itemKind is the kind of an item label: "°" (2°), "roman" (II), "letter"
// (b), "capital" (B, a part lettered in capitals).
func itemKind(it string) string {
	switch {
	case it != "" && strings.HasSuffix(strings.Fields(it)[len(strings.Fields(it))-1], ")") && it[0] >= '0' && it[0] <= '9':
		// "2)", "2 bis)": an item numbered with a parenthesis.
		return "paren"
	case strings.Contains(it, "°"):
		return "°"
	case isCapitalItem(it):
		return "capital"
	case it != "" && strings.Trim(strings.ToUpper(strings.Fields(it)[0]), "IVXL") == "":
		// "II", and "I bis", "II A" (a roman with its Latin adverb or
		// capital: it was a letter, and "Le I bis devient le II" was
		// refused as changing kind).
		return "roman"
	case it != "" && strings.Trim(strings.Fields(it)[0], "0123456789") == "":
		// "1", "2 bis": a paragraph numbered "1.", "2 bis.".
		return "number"
	}
	return "letter"
}

// isCapitalItem reports whether a path's item is a part lettered in
// capitals ("B", "B bis"): a capital other than I, V and X (roman numerals,
// which paths keep in lower case).
func isCapitalItem(it string) bool {
	f := strings.Fields(it)
	return len(f) > 0 && len(f[0]) == 1 && f[0][0] >= 'A' && f[0][0] <= 'Z' && !strings.ContainsRune("IVX", rune(f[0][0]))
}

// casedKind is itemKind of a label as a text writes it, where romans are
// capitals ("I", "V", "X"): a lower-case "i", "v" or "x" there is a
// letter, the ninth, twenty-second or twenty-fourth ("les h et i", "les c
// à i", "le h devient le i"). A path keeps romans in lower case: its
// items are read by itemKind.
func casedKind(l string) string {
	if f := strings.Fields(l); len(f) > 0 && (f[0] == "i" || f[0] == "v" || f[0] == "x") {
		return "letter" // "i", "i bis"
	}
	return itemKind(l)
}

// casedRank is labelRank of a label as a text writes it (see casedKind).
func casedRank(l string) int {
	if casedKind(l) == "letter" && len(l) == 1 {
		return int(l[0]-'a') + 1
	}
	return labelRank(l)
}

// itemName is an item designation as a path keeps it: in lower case
// ("II" → "ii", "3° bis"), but a part lettered in capitals keeps its
// capital ("B"), never the letter item "b".
func itemName(s string) string {
	n := strings.Join(strings.Fields(s), " ")
	if isCapitalItem(n) {
		return n
	}
	return strings.ToLower(n)
}

// asciiLower lowers ASCII letters only, so that offsets in the result are
// offsets in the input.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func countQ(s string) int { return len(qNum.FindAllString(s, -1)) }

// inlineOr returns the quoted passage of the instruction when there is
// no payload ("est ainsi rédigé : « … »"), else the payload. Several
// passages inline ("remplacé par deux alinéas ainsi rédigés : « A » ;
// « B »") give none: the last alone took the place of them all.
func inlineOr(quotes, payload []string) []string {
	if len(payload) > 0 {
		return payload
	}
	if len(quotes) > 1 {
		return nil
	}
	if len(quotes) > 0 {
		return []string{quotes[len(quotes)-1]}
	}
	return nil
}

// numHyphen is the hyphen of an article's number, as typed: the plain
// one, the non-breaking one (U+2011) of the chambers' texts, U+2010.
const numHyphen = `[-\x{2010}\x{2011}]`

// numberHyphens writes an article's number with the plain hyphen, as the
// codes print it ("L. 2‑1‑1" → "L. 2-1-1").
var numberHyphens = strings.NewReplacer("\u2010", "-", "\u2011", "-")

var artPrefix = mustRe(`^Art(?:icle)?\.?\s+(` + artLettersA + `)?(unique|\d+(?:er\b)?(?:` + numHyphen + `\d+)*(?:\s+` + latinOrd + `)?(?:` + numHyphen + `\d+)*(?:\s+` + articleCapitals + `\b)?(?:\s+` + latinOrd + `\b)?)` + newMark + `\s*\.?\s*[-–—―]\s*`)

func stripArtPrefix(lines []string) []string {
	if len(lines) == 0 {
		return lines
	}
	out := append([]string(nil), lines...)
	if _, _, n, ok := artHeading(out[0]); ok {
		out[0] = out[0][n:]
		if out[0] == "" {
			out = out[1:]
		}
	}
	return out
}

// artAlone is an article's heading on a line of its own: "Art. L. 1-1."
var artAlone = mustRe(`^Art(?:icle)?\.?\s+(` + artLettersA + `)?(unique|\d+(?:er\b)?(?:` + numHyphen + `\d+)*(?:\s+` + latinOrd + `)?(?:` + numHyphen + `\d+)*(?:\s+` + articleCapitals + `\b)?(?:\s+` + latinOrd + `\b)?)` + newMark + `\s*\.?\s*$`)

// artHeading reads the heading a new article's text opens with, "Art. L.
// 1-1. – " or alone on its line, "Art. L. 1-1.": its prefix ("L. "), its
// number and the length of the heading in l; the mark of a text adopted
// by a chamber after the number, "Art. L. 1-1 (nouveau). – ", is not the
// article's (newMark). The dash of "1-1" is the
// number's, never the separator: "Art. L. 1-1." is L. 1-1, not L. 1.
func artHeading(l string) (prefix, num string, n int, ok bool) {
	if m := artAlone.FindStringSubmatch(l); m != nil {
		return m[1], m[2], len(l), true
	}
	if prefix, num, n, ok := spacedArtHeading(l); ok {
		return prefix, num, n, true
	}
	if m := artPrefix.FindStringSubmatchIndex(l); m != nil {
		// "Art. L. 1-1. Text": the dash right after "1" and before a
		// digit is the number's, not the separator; "Art. 39 bis A. – 1.
		// Les entreprises …" opens with its paragraph 1.
		if r, _ := utf8.DecodeRuneInString(l[m[1]:]); unicode.IsDigit(r) && !strings.ContainsAny(l[m[5]:m[1]], " .–—―") {
			return "", "", 0, false
		}
		prefix := ""
		if m[2] >= 0 {
			prefix = l[m[2]:m[3]]
		}
		return prefix, l[m[4]:m[5]], m[1], true
	}
	return "", "", 0, false
}

// splitArticles cuts quoted text into the articles it creates ("Art. L.
// 132-35. - …"). Division headings before and between them are dropped,
// and so is the title a division heading is followed by ("« Section 4 »,
// « Dispositions diverses », « Art. L. 10. – … »"): no article's text
// runs on past a division heading; the next article starts after it.
func (p *parser) splitArticles(code string, lines []string) []CodeArticle {
	var arts []CodeArticle
	inHeading := false
	for _, l := range lines {
		if prefix, num, n, ok := artHeading(l); ok {
			heading := strings.ReplaceAll(strings.ReplaceAll(prefix, ".", ""), " ", "") + numberHyphens.Replace(num)
			a := CodeArticle{Ref: CodeRef{Code: code, Article: ArticleKey(heading)}, Heading: heading}
			if rest := l[n:]; rest != "" {
				a.Alineas = []string{rest}
			}
			arts = append(arts, a)
			inHeading = false
			continue
		}
		if isHeading(l) {
			inHeading = true
			continue
		}
		if len(arts) == 0 || inHeading {
			continue
		}
		arts[len(arts)-1].Alineas = append(arts[len(arts)-1].Alineas, l)
	}
	return arts
}

// articleHeadings gives, for each article splitArticles cuts lines into,
// the division headings of the new text above it, largest first, as the
// code's folders name them: « Section 1 », « Art. L. 1 », « Sous-section
// 1 », « Art. L. 2 » give [section-1] and [section-1 sous-section-1]; a
// heading ends those of its kind and below ("section-2" after
// "section-1/sous-section-1" is alone).
func articleHeadings(lines []string) [][]string {
	var out [][]string
	var stack []string
	for _, l := range lines {
		if _, _, _, ok := artHeading(l); ok {
			out = append(out, append([]string(nil), stack...))
			continue
		}
		if !isHeading(l) {
			continue
		}
		sl := divisionSlugs(asciiLower(foldAccents(strings.TrimSpace(l))))
		if len(sl) == 0 {
			continue
		}
		h := sl[len(sl)-1] // the first named: the heading's own
		for len(stack) > 0 && divisionRank(stack[len(stack)-1]) >= divisionRank(h) {
			stack = stack[:len(stack)-1]
		}
		stack = append(stack, h)
	}
	return out
}

// headingRe is a division's heading in a code's text: "Section 3",
// "Chapitre IV bis", "Paragraphe 1er", "TITRE II", "Chapitre préliminaire",
// alone or with its title on the same line ("Section 3 : Dispositions
// diverses", "Section 3. – …").
var headingRe = mustRe(`^(?i:section|sous-section|chapitre|titre|livre|paragraphe|sous-paragraphe)\s+(?:[IVXLC]+(?:er)?|\d+(?:er)?|premier|première|préliminaire|unique)(?:\s+` + latinOrd + `)?\s*(?:(?:[:.]\s*[-–—]?|[-–—])\s*\S.*)?$`)

func isHeading(l string) bool { return headingRe.MatchString(strings.TrimSpace(l)) }

var reDivisionName = mustRe(`\b(?:(livre|titre|chapitre|section|sous-section|sous-paragraphe|paragraphe|partie)\s+(premier|preliminaire|unique|[ivxlc]+er|[ivxlc]+|\d+(?:er|re)?)(?:\s+(` + latinOrd + `))?(?:\s+([a-h])\b)?|(` + partOrdinals + `)\s+partie|partie\s+(legislative|reglementaire))\b`)

// rePrepositionAfter is the article after an unaccented "a" that follows
// a division's number: "de la section 1 a la section 2" is no section 1 A.
var rePrepositionAfter = mustRe(`^\s*(?:la|le|les|l'|l’|un|une|compter)\b`)

// reDivisionPlace is a division of a code as the place of an edit,
// folded: "au chapitre Ier du titre II du livre III (du code civil)", "à
// la section 2", "dans le titre II", "dans l'ensemble du chapitre Ier" —
// divisions only, then the text's name or nothing.
var reDivisionPlace = mustRe(`^(?:au|a\s+la|dans\s+(?:le|la|l'ensemble\s+(?:du|de\s+la)|tout\s+le|toute\s+la))\s+` + divisionChain + `(?:\s+(?:du|de\s+la)\s+` + divisionChain + `)*\s*(?:(?:du|de\s+la|de\s+l')\s*(?:code\b|meme\s+code\b|loi\b|ordonnance\b|meme\s+loi\b|meme\s+ordonnance\b)[^,;:]*|dudit\s+code|de\s+ce\s+code|du\s+present\s+code)?\s*,?\s*$`)

// divisionChain is one division of a code by its name and number, folded:
// "chapitre ier", "section 2 bis", "cinquieme partie".
const divisionChain = `(?:(?:livre|titre|chapitre|section|sous-section|sous-paragraphe|paragraphe)\s+(?:premier|preliminaire|unique|[ivxlc]+er|[ivxlc]+|\d+(?:er|re)?)(?:\s+` + latinOrd + `)?(?:\s+[a-h]\b)?|(?:` + partOrdinals + `)\s+partie)`

// partOrdinals are the ordinals a code's part is named by, folded: "la
// cinquième partie du code du travail" (its folder "cinquieme-partie").
const partOrdinals = `premiere|deuxieme|seconde|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme`

// divisionSlugs names the divisions of a locator as the code's folders do,
// largest first: "le chapitre Ier du titre VI du livre III" → livre-iii,
// titre-vi, chapitre-ier.
func divisionSlugs(low string) []string {
	var out []string
	for _, ix := range reDivisionName.FindAllStringSubmatchIndex(low, -1) {
		m := make([]string, len(ix)/2)
		for g := range m {
			if ix[2*g] >= 0 {
				m[g] = low[ix[2*g]:ix[2*g+1]]
			}
		}
		switch {
		case m[5] != "":
			// "la cinquième partie" is the folder "cinquieme-partie",
			// "la seconde" the "deuxieme-partie".
			out = append([]string{strings.Replace(m[5], "seconde", "deuxieme", 1) + "-partie"}, out...)
			continue
		case m[6] != "":
			out = append([]string{"partie-" + m[6]}, out...)
			continue
		}
		n := m[2]
		if n == "premier" {
			n = "ier"
		}
		slug := m[1] + "-" + n
		if m[3] != "" {
			slug += "-" + m[3]
		}
		// "la section 1 A", "le titre Ier A": a division a chamber put
		// before the 1 (folder "section-1-a"; it was the section 1) —
		// capitals A to H, the letters such labels use.
		// "Le paragraphe 1er" keeps its "er" ("paragraphe-1er"; it was
		// no level: the sous-section around it was named).
		if m[4] != "" && !rePrepositionAfter.MatchString(low[ix[1]:]) {
			slug += "-" + m[4]
		}
		out = append([]string{slug}, out...)
	}
	return out
}

// reDivisionList is a list of divisions of one kind: group 1 the kind,
// 2 the list ("1 et 2", "II, III et IV", "2 à 4"), 3 what follows.
var reDivisionList = mustRe(`^(?:les|des|aux)\s+(sous-sections|sections|chapitres|titres|paragraphes|livres)\s+((?:` + divNum + `)(?:\s*(?:,|et|a)\s*(?:` + divNum + `))+)\b(.*)$`)

var reListSep = mustRe(`\s*(?:,|\bet\b)\s*`)

const divNum = `(?:[ivxlc]+er|[ivxlc]+|\d+|premier)(?:\s+` + latinOrd + `)?`

var divisionSingular = map[string]string{"sous-sections": "la sous-section", "sections": "la section", "chapitres": "le chapitre", "titres": "le titre", "paragraphes": "le paragraphe", "livres": "le livre"}

// divisionListNames spells out "1 et 2", "II, III et IV", "2 à 4" (a
// range only of arabic numbers without bis).
func divisionListNames(list string) ([]string, bool) {
	var out []string
	for _, part := range reListSep.Split(list, -1) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if from, to, ok := strings.Cut(part, " a "); ok {
			a, err1 := strconv.Atoi(strings.TrimSpace(from))
			b, err2 := strconv.Atoi(strings.TrimSpace(to))
			if err1 != nil || err2 != nil || b <= a {
				return nil, false
			}
			for k := a; k <= b; k++ {
				out = append(out, strconv.Itoa(k))
			}
			continue
		}
		out = append(out, part)
	}
	return out, len(out) > 1
}

// moreArticles reads the list an article first begins, from rest, the
// text after it: "L. 1, L. 2 et L. 3", "L. 1 à L. 5" (a range, "l1..l5"),
// and gives the text after the list.
func moreArticles(first, rest string) ([]string, string) {
	arts := []string{first}
	if m := reRangeEnd.FindStringSubmatch(rest); m != nil {
		// "les articles L. 1 à L. 5": every article between.
		arts[0] += ".." + ArticleKey(m[1]+m[2])
		rest = rest[len(m[0]):]
	}
	for {
		m := reArtMore.FindStringSubmatchIndex(rest)
		if m == nil || strings.HasPrefix(strings.TrimLeft(rest[m[1]:], " "), "°") {
			// "l'article L. 1, 2°, …": an item of the article, not an
			// article 2 (the whole L. 1 was edited, and an article 2).
			break
		}
		pre := ""
		if m[2] >= 0 {
			pre = rest[m[2]:m[3]]
		}
		arts = append(arts, ArticleKey(pre+rest[m[4]:m[5]]))
		rest = rest[m[1]:]
		if m := reRangeEnd.FindStringSubmatch(rest); m != nil {
			arts[len(arts)-1] += ".." + ArticleKey(m[1]+m[2])
			rest = rest[len(m[0]):]
		}
	}
	return arts, rest
}

// reCommaEt is the comma before a list's last "et" (group: the comma):
// "premier, deuxième, et troisième", "1°, 2°, et 3°", "L. 2, et L. 3".
var reCommaEt = mustRe(`(?:` + ordWords + `|\d+°|\b[ivx]+|\b[a-z]\)?|\d)(?:\s+` + latinOrd + `)?(,)\s+et\s+(?:` + ordWords + `|\d|\b[ivx]+\b|\b[a-z]\b|l\.|r\.|d\.)`)

// reRanksOr is places joined by "ou": "premier ou deuxième", "1° ou 3°",
// "ii ou iii", "au a ou au b", "au premier alinéa ou au second".
var reRanksOr = mustRe(`(?:\b(?:` + ordWords + `)|\d+°|\b[ivx]+|\b(?:au|aux|le|les|du|des)\s+[a-z]\)?)(?:\s+` + latinOrd + `)?\s*,?\s+ou\s+(?:(?:le|la|les|au|aux|du|des|a\s+la)\s+)?(?:(?:` + ordWords + `)\b|\d+°|[ivx]+\b|[a-z]\)?(?:\s|,|$))|\b(?:alineas?|phrases?)\s*,?\s+ou\s+(?:au|aux|a\s+la|a\s+l'|le|la|les|l'|du|de\s+la|des)(?:\s|$)`)

// reArticleOr is another article after a list, joined by "ou": " ou
// L. 3".
var reArticleOr = mustRe(`^\s*,?\s*ou\s+(?:` + artLettersA + `)?\d`)

// reExceptPlace is a place left out of a locator: "à l'exception du",
// "sauf au", "excepté", "hormis", "exception faite de".
var reExceptPlace = mustRe(`\b(?:a\s+l'exception\s+d|exception\s+faite\s+d|sauf\s|excepte\s|hormis\s)`)

// reTailTimes is a count of occurrences after a bill's word operation:
// "deux fois", "à deux reprises", "aux deux occurrences", "(deux fois)"
// (groups: the count, in either form).
var reTailTimes = mustRe(`^\s*,?\s*\(?\s*(?:(?:par\s+|a\s+)?(` + cardinalWords + `|\d{1,2})\s+(?:fois|reprises)|(?:a|aux|dans)\s+(?:ses\s+|leurs\s+|les\s+)?(` + cardinalWords + `|\d{1,2})\s+occurrences)\s*\)?\s*[.;,]?\s*$`)

// reTailEvery is every occurrence said after a bill's word operation,
// as without it: "à chaque fois", "dans toutes ses occurrences",
// "partout où il figure".
var reTailEvery = mustRe(`^\s*,?\s*(?:` + timesSaid(false) + `|a\s+chaque\s+fois)\s*[.;,]?\s*$`)

// reTailOccurrences is occurrences named after a bill's word operations
// in a form not read ("à la deuxième occurrence", "aux deux premières
// occurrences", "trois fois de suite"): never dropped.
var reTailOccurrences = mustRe(`\boccurrences?\b|\bfois\b|\breprises\b`)

// reBareItemAfter is an item named bare after a comma: ", 1° et 2°",
// ", II et III".
var reBareItemAfter = mustRe(`^,\s*(?:\d+°|[a-z]\)|[ivx]+\b)`)

// reDivInParens is a division in parentheses: "(ii)", "(2°)", "(premier
// alinea)", "(al. 2)".
var reDivInParens = mustRe(`\(\s*(?:[ivxl]+(?:\s+` + latinOrd + `)?|\d+°[^)]*|[a-z]|[^)]*\b(?:alineas?|al\.|phrases?)\b[^)]*)\s*\)`)

// reTitleStart is how the title of a text named by its number and date
// begins after the date: "portant …", "relative à …", "pour …",
// "tendant à …", "d'orientation …" (folded, lower case).
var reTitleStart = mustRe(`^\s+(?:portant|relati(?:f|ve)s?|pour|sur|tendant|visant|modifiant|ratifiant|habilitant|instituant|creant|concernant|d'orientation|de\s+(?:modernisation|simplification|programmation|reglementation|finances|financement))\b`)

// reTitleOtherPlace is what, in the words after a text's date, is a
// second place and no title's: a comma, "et de l'article", "et à
// l'article", "et au", "et aux".
var reTitleOtherPlace = mustRe(`,|\bet\s+(?:de\s+l'|a\s+l'|aux?\s|du\s)`)

// inTextTitle says whether byte i of low (folded, lower case) is in the
// title of a text named by its number and date before it: "de
// l'ordonnance n° 58-1099 du 17 novembre 1958 portant loi organique pour
// l'application de l'article 23 de la Constitution" names the
// ordonnance's article, not the Constitution's (it was refused: a second
// article named apart). Not when a comma or "et de l'…" comes between
// the date and i: a second place.
func inTextTitle(low string, i int) bool {
	for _, d := range reNumberedTextDate.FindAllStringIndex(low, -1) {
		if d[1] > i {
			break
		}
		between := low[d[1]:i]
		if reTitleStart.MatchString(between) && !reTitleOtherPlace.MatchString(between) {
			return true
		}
	}
	return false
}

// reArticleAfterText is a text named after a list of articles, then
// another article's number and its text: " du code de la santé publique
// et L. 2 du code …", " de la loi n° 2000-1 du 3 janvier 2000 et 5 de la
// loi …" (not a number of the first text's title: "… n° s 93 / 83 du
// 27 septembre 1993 et 93 / 98 du …").
// reSameParagraph is the paragraph named before, folded: "du même
// paragraphe", "au même paragraphe" (group 1: the noun).
var reSameParagraph = mustRe(`\b(?:au|le|du|dans\s+le)\s+meme\s+(paragraphe)\b`)

// reArticlesEachText is two articles, each followed by the text it is
// of, the whole locator: "aux articles L. 1 du code civil et L. 2 du code
// pénal" (groups: each number and each text); a number after "et" must
// be followed by its own text, so that "du code rural et de la pêche
// maritime" stays one name.
var reArticlesEachText = mustRe(`^(?:aux|les|des)\s+articles\s+((?:` + strings.ToLower(artLettersA) + `)?\d+(?:` + numHyphen + `\d+)*(?:er)?(?:\s+` + latinOrd + `)?)\s+((?:du|de\s+la|de\s+l')\s*(?:code|loi|ordonnance)\b[^,;:«"]*?)\s+et\s+((?:` + strings.ToLower(artLettersA) + `)?\d+(?:` + numHyphen + `\d+)*(?:er)?(?:\s+` + latinOrd + `)?)\s+((?:du|de\s+la|de\s+l')\s*(?:code|loi|ordonnance)\b[^,;:«"]*?)\s*,?$`)

var reArticleAfterText = mustRe(`^\s*(?:du|de\s+la|de\s+l['’])\s+(?:code|loi|ordonnance|livre)\b[^,;:«"“]*?(?:,|\set|\sainsi\s+que)\s+(?:` + artLettersA + `)?\d+(?:` + numHyphen + `\d+)*(?:er)?(?:\s+(?:du|de\s+la|de\s+l['’]|et)\s|\s*,)`)

// newArticlesNamed reports whether the articles of the new text (arts)
// are those the instruction names in what (cased): "il est inséré un
// article L. 1-1" then "Art. L. 1-2. – …" is refused — which is meant is
// not said; so is a range whose first or last article the text does not
// give. True when what names no article number.
func newArticlesNamed(what string, arts []CodeArticle) bool {
	// "un article L. 1-1 et un article L. 1-2": a list, each with its
	// noun (the second was not read: refused).
	what = reEachNewArticle.ReplaceAllString(what, " et ")
	loc := reArticle.FindStringSubmatchIndex(what)
	if loc == nil {
		return true
	}
	prefix := ""
	if loc[2] >= 0 {
		prefix = what[loc[2]:loc[3]]
	}
	named, _ := moreArticles(ArticleKey(prefix+what[loc[4]:loc[5]]), what[loc[1]:])
	has := map[string]bool{}
	for _, a := range arts {
		has[a.Ref.Article] = true
		ok := false
		for _, n := range named {
			from, to, isRange := strings.Cut(n, "..")
			ok = ok || n == a.Ref.Article || isRange && inRange(a.Ref.Article, from, to)
		}
		if !ok {
			return false
		}
	}
	for _, n := range named {
		// "des articles L. 1-1 à L. 1-3": both ends of a range are
		// created, whatever lies between ("L. 1-1 à L. 1-3" then L. 1-1
		// and L. 1-2 alone: an article is missing from the text).
		from, to, isRange := strings.Cut(n, "..")
		if !isRange && !has[n] || isRange && (!has[from] || !has[to]) {
			return false
		}
		// Every number between the ends of one series too ("L. 1-1 à
		// L. 1-3" then L. 1-1 and L. 1-3: the L. 1-2 the range names is
		// not in the text — its heading not read, its text went into
		// the L. 1-1's). Articles numbered after one, "L. 1-1-1", may
		// come between.
		if isRange && !seriesGiven(from, to, has) {
			return false
		}
	}
	return true
}

// reUnreadArtHeading is an alinéa of a new article's text that opens as
// an article's heading, "Art. L. 1-2. − …" (a dash not read): another
// article whose heading was not read.
var reUnreadArtHeading = mustRe(`^(?:Art\.|Article)\s*(?:(?:L\.?\s*O|LO|L|R|D|A)\.?\s*\*?\s*)?\d`)

// unreadArticleHeading reports whether an alinéa of the new articles,
// after its first, opens as an article's heading.
func unreadArticleHeading(arts []CodeArticle) bool {
	for _, a := range arts {
		for _, l := range a.Alineas {
			if reUnreadArtHeading.MatchString(strings.TrimSpace(l)) {
				return true
			}
		}
	}
	return false
}

// reEachNewArticle is the noun repeated in a list of new articles: " et
// un article ", " et un nouvel article ", ", un article ".
var reEachNewArticle = mustRe(`(?i)\s*(?:,|\bet)\s+(?:un|l['’])\s*(?:nouvel\s+)?article\s+`)

var reCreates = mustRe(`\b(?:articles?|sections?|sous-sections?|chapitres?|titres?|paragraphes?|livres?)\b`)

// creationScope: creating articles or divisions needs only the code, not
// an article: "Au chapitre Ier du titre IV du code de la consommation, il
// est inséré un article L. 541-1", "Il est ajouté un chapitre II" under
// "Le titre IX est ainsi modifié :". The code is the one the locator
// names, else the context's; without one it stays refused.
func (p *parser) creationScope(what, loc string, parent Scope, scopes []Scope, ok bool) ([]Scope, bool) {
	p.into = nil
	if !reCreates.MatchString(what) {
		return scopes, ok
	}
	if ok && !(len(scopes) == 1 && scopes[0].Everywhere && len(scopes[0].Division) > 0) {
		// (A division as the place, "Au chapitre Ier …, il est inséré
		// un article …", is the code's, the article placed by its
		// number — not the words of the division's articles.)
		return scopes, ok
	}
	if p.unknownCode && (namesTheSameCode(loc) || namesTheSameCode(what)) {
		// "Après l'article L. 3 du même code, il est inséré …" after an
		// article of an unknown code: that unknown code, refused as an
		// edit is (it took the code named before it —
		// TestGenArtsSameCodeAfterAnUnknownOne).
		return scopes, ok
	}
	code := p.textNamed(loc)
	if code == "" {
		// "Il est rétabli un article L. 1 du code civil ainsi rédigé":
		// the code named after the article (it was "no target article").
		code = p.textNamed(what)
		if code != "" {
			// And it is the code "du même code" names next (it
			// was the one named before: TestGenArtsCodeAfterTheNewArticle).
			if !namesTheSameCode(what) {
				p.unknownCode = false
			}
			p.noteText(code)
		}
	}
	if code == "" {
		code = parent.Ref.Code
	}
	if code == "" && p.articleCode != "" && len(p.articleTexts) == 1 && !p.unknownCode && reNewCodeArticle.MatchString(what) {
		// "Il est rétabli un article L. 3 ainsi rédigé :" in a bill
		// article that has named one code: that code's, as an article
		// named so in a locator is (it was "no target article" —
		// TestGenArtsNewArticleOfTheOneCode).
		code = p.articleCode
	}
	if code == "" {
		if p.articleCode == "" && reNewCodeArticle.MatchString(what) {
			// Its code unknown, as an article named so in a locator:
			// "du même code" after it is not said.
			p.unknownCode = true
		}
		return scopes, ok
	}
	// The division named, where the new articles are filed (Edit.Into).
	if ok {
		p.into = append([]string(nil), scopes[0].Division...)
	} else if m := reAtDivisionStart.FindStringSubmatch(asciiLower(foldAccents(strings.TrimSpace(loc)))); m != nil && reDivisionPlace.MatchString("au "+m[1]) {
		// "Au début de la section 2 du chapitre Ier", "En tête du
		// chapitre II": that division, under the context's.
		if parent.Ref.Code == code && parent.Ref.Article == "" {
			p.into = append(p.into, parent.Division...)
		}
		p.into = append(p.into, divisionSlugs(m[1])...)
	} else if strings.TrimSpace(loc) == "" && parent.Ref.Code == code && parent.Ref.Article == "" && len(parent.Division) > 0 {
		// "Le titre II … est ainsi modifié : 1° Il est ajouté un
		// chapitre IV ainsi rédigé :", no place of its own: in the
		// context's division, as "Au titre II …, il est ajouté …" (it
		// was filed nowhere).
		p.into = append([]string(nil), parent.Division...)
	}
	return []Scope{{Ref: CodeRef{Code: code}}}, true
}

// reNewCodeArticle is a new article numbered as a code's are, folded:
// "un article l. 3", "des articles r. 1-1 et r. 1-2", "un article lo 1".
var reNewCodeArticle = mustRe(`\barticles?\s+(?:l\.?\s*o|l|r|d)\.?\*?\.?\s*\d`)

// reAtDivisionStart is a place at the start of a division, folded: "au
// début de la section 2 …", "en tête du chapitre II …" (group 1 the
// division and what follows).
var reAtDivisionStart = mustRe(`^(?:au\s+debut|en\s+tete)\s+(?:du|de\s+la|de\s+l')\s*(.+?)\s*,?$`)

// monthNames are the months, folded.
const monthNames = `(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)`

// reBookOrPart is a new book or part of a code, made of articles as a
// chapter is: "Le code civil est complété par un livre VII ainsi rédigé".
var reBookOrPart = mustRe(`\b(?:livres?|parties?)\s+(?:[ivxlc]+|\d+|premier|preliminaire|legislative|reglementaire)\b`)

// addition handles "est complété par …", "après …, il est inséré …".
// restored is set for "il est rétabli": the article was abrogated, and a
// text of it in the corpus is the last one in force, not a conflict.
func (p *parser) addition(in *Instruction, what, whatCased string, scopes []Scope, lines []string, anchor string, before, restored bool) {
	if m := reNewPart.FindStringSubmatch(what); m != nil && articleScopes(scopes) {
		// "L'article L. 1 est complété par un paragraphe ainsi rédigé :
		// « II. – … »": a part of the article, as "par un II" (it was
		// read as a division of the code: "no Art. …"). As many parts
		// numbered in roman as announced, the first line one of them, or
		// refused.
		n := 1
		if m[1] != "un" {
			n = cardinal(m[1])
		}
		var parts []string
		for _, l := range lines {
			if lab, k := labelOf(l); k == 'r' {
				parts = append(parts, lab)
			}
		}
		named := true
		if m[2] != "" {
			// "deux paragraphes III et IV ainsi rédigés": those, in order
			// (it was read as divisions of the code: "no Art. …").
			named = strings.Join(strings.Fields(strings.NewReplacer(",", " ", " et ", " ").Replace(" "+m[2]+" ")), " ") == strings.Join(parts, " ")
		}
		if _, k := labelOf(lines[0]); k != 'r' || len(parts) != n || !named {
			in.Status = Unparsed
			in.Reason = "new paragraphs of an article not numbered as announced"
			in.Edits = nil
			return
		}
		what = "alinea"
	}
	switch {
	case strings.Contains(what, "article") || strings.Contains(what, "section") || strings.Contains(what, "chapitre") || strings.Contains(what, "titre") || strings.Contains(what, "paragraphe") || reBookOrPart.MatchString(what):
		created := map[string]bool{}
		for _, s := range scopes {
			if created[s.Ref.Code] {
				// "Entre les articles L. 1 et L. 2, il est inséré un
				// article L. 1-1": one place, named by both neighbours;
				// the articles are created once in a code (the second
				// creation failed, "in force already").
				continue
			}
			created[s.Ref.Code] = true
			arts := p.splitArticles(s.Ref.Code, lines)
			if len(arts) == 0 {
				in.Status = Unparsed
				in.Reason = "no \"Art. …\" in the new text"
				in.Edits = nil
				return
			}
			if !newArticlesNamed(whatCased, arts) {
				in.Status = Unparsed
				in.Reason = "the new text's articles are not those named"
				in.Edits = nil
				return
			}
			if unreadArticleHeading(arts) {
				in.Status = Unparsed
				in.Reason = "an alinéa of a new article opens as an article's heading not read"
				in.Edits = nil
				return
			}
			// Filed in the division the place names, or the neighbour's
			// (Apply); none when the text creates its division.
			newDiv := strings.Contains(what, "section") || strings.Contains(what, "chapitre") || strings.Contains(what, "titre") || strings.Contains(what, "paragraphe") || reBookOrPart.MatchString(what)
			in.Edits = append(in.Edits, Edit{Kind: EditCreateArticles, Scope: s, NewArticles: arts, Fresh: !restored, Into: p.into, NewDivision: newDiv, Headings: articleHeadings(lines)})
		}
		p.into = nil
	case strings.Contains(what, "phrase"):
		for _, s := range scopes {
			if anchor != "" {
				in.Edits = append(in.Edits, Edit{Kind: EditInsertSentences, Scope: s, Lines: lines, Before: before})
				continue
			}
			places, ok := addedTo(s)
			if !ok {
				in.Status, in.Reason, in.Edits = Unparsed, "a sentence added to alinéas counted to the end", nil
				return
			}
			for _, s := range places {
				in.Edits = append(in.Edits, Edit{Kind: EditInsertSentences, Scope: s, Lines: lines})
			}
		}
	case strings.Contains(what, "alinea") || anchor != "" || reItemWhat.MatchString(what):
		for _, s := range scopes {
			if anchor != "" {
				in.Edits = append(in.Edits, Edit{Kind: EditInsertAlineas, Scope: s, Lines: lines, Before: before})
			} else {
				in.Edits = append(in.Edits, Edit{Kind: EditAppendAlineas, Scope: s, Lines: lines})
			}
		}
	default:
		in.Status = Unparsed
		in.Reason = "unknown kind of addition: " + what
		return
	}
	in.Status = Parsed
}

// reNewPart is a new part of an article announced as a paragraph without
// its number: "un paragraphe", "deux nouveaux paragraphes" (group 1 the
// count) — a paragraph of a code has its number ("un paragraphe 3").
var reNewPart = mustRe(`^(un|` + cardinalWords + `)\s+(?:nouveaux?\s+)?paragraphes?((?:\s+[ivxl]+(?:\s+` + latinOrd + `)?(?:\s*,|\s+et)?)*)$`)

// articleScopes reports whether every scope is an article or a division
// of one.
func articleScopes(scopes []Scope) bool {
	for _, s := range scopes {
		if s.Ref.Article == "" {
			return false
		}
	}
	return len(scopes) > 0
}

// articleNumber is an article's number after its prefix, read whole: "1er",
// "331-5", "72 D bis", "1649 quater-0 B bis", "238 bis HV".
// renumNumber is the new number of a renumbered article (groups: its
// prefix, "L. ", "LO ", "R. ", "D. ", and its number, articleNumber);
// renumHeading writes it as a heading ("L. 4 bis" → "L4 bis").
const renumNumber = `(` + artLetters + `)?(` + articleNumber + `)`

func renumHeading(m []string) string {
	return strings.ReplaceAll(strings.ReplaceAll(m[1], ".", ""), " ", "") + m[2]
}

// artLetters are the letters before an article's number, its period
// and the star Légifrance prints after the letter of an article taken by
// a décret en Conseil des ministres: "L. ", "L.O. ", "LO ", "R. ", "R.* ",
// "R*", "D.* " (the star marks the décret, not the number: ArticleKey
// drops it); artLettersA the same with the A of an arrêté's articles.
const (
	artLetters  = `(?:L\.?\s*O|L|R|D)\.?\*?\.?\s*`
	artLettersA = `(?:L\.?\s*O|L|R|D|A)\.?\*?\.?\s*`
)

const articleNumber = `\d+(?:er\b)?(?:-\d+)*(?:\s+` + latinOrd + `)?(?:-\d+)*(?:\s+` + articleCapitals + `\b)?(?:\s+` + latinOrd + `\b)?`

// ordWords are the ordinals read, folded (no accents, lower case): the
// words to "vingtième" and the last ones (simpleOrdinalsAcc, folded), the
// compounds to 99 (ordinals.go) first, longest first.
var ordWords = compoundOrdinals + `|` + foldAccents(simpleOrdinalsAcc)

var ordValue = map[string]int{
	"premier": 1, "premiere": 1, "1er": 1, "1re": 1, "deuxieme": 2, "second": 2, "seconde": 2,
	"troisieme": 3, "quatrieme": 4, "cinquieme": 5, "sixieme": 6, "septieme": 7, "huitieme": 8,
	"neuvieme": 9, "dixieme": 10, "onzieme": 11, "douzieme": 12, "treizieme": 13, "quatorzieme": 14,
	"quinzieme": 15, "seizieme": 16, "dix-septieme": 17, "dix-huitieme": 18, "dix-neuvieme": 19, "vingtieme": 20, "dernier": -1, "derniere": -1, "avant-dernier": -2, "avant-derniere": -2,
	"penultieme": -2, "antepenultieme": -3,
}

func init() {
	for w, n := range compoundValue {
		ordValue[w] = n
	}
}

// rePluralRank is a rank in the plural before "alinéas" or "phrases"
// ("premieres phrases"; group 1 the rank, then its "s").
var rePluralRank = mustRe(`\b(` + ordWords + `)s\s+(?:alineas|phrases)\b`)

// reCountBefore is a count that ends s: "les deux " before "premières
// phrases".
var reCountBefore = mustRe(`\b(?:` + cardinalWords + `|\d+)\s+$`)

// reDashRank is dashes of a list by their ranks: "deuxieme tiret",
// "dernier tiret", "deuxieme et troisieme tirets" (group 1 the ranks).
var reDashRank = mustRe(`\b((?:(?:` + ordWords + `)\s*(?:,|et)?\s*)+)\s*tirets?\b`)

// reBareRankLast is a place's last member a rank alone, "… et le
// second", ", la dernière" (folded; group 1 the rank).
var reBareRankLast = mustRe(`(?:,|\bet|\bou)\s+(?:le|la|les)\s+(` + ordWords + `)\s*[.;]?\s*$`)

// reRankNoNoun is a rank followed by "de", "du", "des" with no noun
// between ("au deuxieme de l'", "au 2nd du"; group 1 the rank).
var reRankNoNoun = mustRe(`(?:^|\s)(?:au|le|la|du|de\s+la|a\s+la|dans\s+le|dans\s+la)\s+((?:` + ordWords + `)|\d{1,2}(?:er|re|eme|e|nde|nd))\s+(?:de|du|des)\b`)

// reUniqueAlinea is an article's only alinéa: "alinea unique", "unique
// alinea".
var reUniqueAlinea = mustRe(`\balinea\s+unique\b|\bunique\s+alinea\b`)

// rePhraseRange is a range of sentences: "deuxieme a quatrieme phrases".
var rePhraseRange = mustRe(`\b(` + ordWords + `)\s+a\s+(` + ordWords + `)\s+phrases\b`)

// reAlineaRange is a range of alinéas by position: "quatrieme a
// douzieme alineas".
var reAlineaRange = mustRe(`\b(` + ordWords + `)\s+a\s+(` + ordWords + `)\s+alineas\b`)

// toTheEnd as a Division's Count: every alinéa from Alinea to the end of
// the enclosing division ("les deuxième à dernier alinéas").
const toTheEnd = -1

// reRankAndLast is one alinéa or sentence given both its rank and its
// rank from the end: "second et dernier alinea", "troisieme et derniere
// phrase", "troisieme et avant-dernier alinea" (the noun singular: "aux
// premier et dernier alineas" are two).
var reRankAndLast = mustRe(`^(` + ordWords + `)\s+et\s+(` + ordWords + `)\s+(?:alinea|phrase)$`)

// rankAndLast reads a designation of reRankAndLast: the rank from the
// start and the rank from the end (-1 the last, -2 the one before).
func rankAndLast(s string) (rank, fromEnd int, ok bool) {
	m := reRankAndLast.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || ordValue[m[1]] <= 0 || ordValue[m[2]] >= 0 {
		return 0, 0, false
	}
	return ordValue[m[1]], ordValue[m[2]], true
}

var ordRe = mustRe(`\b(` + ordWords + `)\b`)

func ordinals(s string) []int {
	var out []int
	for _, m := range ordRe.FindAllStringSubmatch(s, -1) {
		out = append(out, ordValue[m[1]])
	}
	return out
}

// countedAlineas is the alinéas "les deux derniers alinéas", "les 2
// premiers alinéas" name, m a match of reCounted in low: counted from the
// end (the start) of their division, in words or digits.
func countedAlineas(low string, m []int) Division {
	n := cardinal(low[m[2]:m[3]])
	d := Division{Alinea: 1, Count: n}
	if strings.HasPrefix(low[m[4]:m[5]], "dernier") {
		d.Alinea = -n
	}
	return d
}

var (
	reCounted        = mustRe(`\b(` + cardinalWords + `|\d+)\s+(derniers|dernieres|premiers|premieres)\s+alineas\b`)
	reAlineas        = mustRe(`\b((?:(?:` + ordWords + `)\s*(?:,|et)?\s*)+)\s*alineas?\b`)
	reCountedPhrases = mustRe(`\b(` + cardinalWords + `|\d+)\s+(dernieres|premieres)\s+phrases\b`)
	rePhrases        = mustRe(`\b((?:(?:` + ordWords + `)\s*(?:,|et)?\s*)+)\s*phrases?\b`)
	// reItemMore: the next label of a list of items, its Latin adverb
	// with it ("des a et a bis", "les I et I bis": only a degree took
	// it, and "a bis" was read as "a" or as nothing).
	reItemMore = mustRe(`^\s*(?:,\s*|et\s+)(\d+°(?:\s*` + latinOrd + `)?|(?:[IVX]+|[a-z]|` + doubledLetter + `|[A-HJ-UWYZ])(?:\s+` + latinOrd + `)?)(?:\s+(?:de|du|et)\b|\s*,|\s*$)`)
	reItem     = mustRe(`\b(?:[Ll]e|[Aa]u|du|[Ll]es|[Aa]ux|des)\s+(\d+°(?:\s*` + latinOrd + `)?(?:\s+[A-Z]{1,2}\b)?|[IVX]+(?:\s+` + latinOrd + `)?(?:\s+[A-Z]{1,2}\b)?|\d+(?:\s+` + latinOrd + `)?\)|\d+(?:\s+` + latinOrd + `)?|(?:[a-z]|` + doubledLetter + `)(?:\s+` + latinOrd + `)?|[A-HJ-UWYZ](?:\s+` + latinOrd + `)?)(?:\s+(?:de|du|des|est|sont|et)\b|\s*,|\s*$)`)
	reArticle  = mustRe(`\barticles?\s+(` + artLetters + `)?(` + articleNumber + `|preliminaire\b|liminaire\b|unique\b)`)
	reArtMore  = mustRe(`^\s*(?:,\s*et|,|et)\s*(` + artLetters + `)?(` + articleNumber + `)`)
	reRangeEnd = mustRe(`^\s*(?:a|à)\s+(` + artLetters + `)?(\d+(?:-\d+)*(?:\s+` + latinOrd + `\b)?)`)
	reCode     = mustRe(`\b(?:du|dans\s+(?:tout\s+)?le|au)\s+(` + codeTitlesJoined + `|code\s+(?:[a-z' -]+?)|livre\s+des\s+procedures\s+fiscales)(?:\s*,|\s*[.;]\s*$|\s+est\b|\s+sont\b|\s+dans\b|\s*:|\s*$|\s+apres\b|\s+il\b|\s+et\s+(?:l'|le|la|les)\b|\s+et\s+(?:a\s+l'|a\s+la\b|au\b|aux\b|dans\b))`)
	reCodeSubj = mustRe(`^(?:le\s+)?(` + codeTitlesJoined + `|code\s+(?:[a-z' -]+?)|livre\s+des\s+procedures\s+fiscales)\s*,?\s*(?:est\b|sont\b|$)`)
	// reLaw is a law by its number; a finance law by its name first, as
	// Légifrance cites it: "la loi de finances pour 2010 (n° 2009-1673 du
	// 30 décembre 2009)", "la loi de financement de la sécurité sociale
	// pour 2012 (n° …)" (groups: the number's two parts).
	reLaw     = mustRe(`\b(?:de\s+la\s+|la\s+)?loi\s+(?:organique\s+)?(?:(?:de\s+finances|de\s+financement\s+de\s+la\s+securite\s+sociale)(?:\s+rectificative)?(?:\s+pour\s+\d{4})?\s*\(?\s*)?n[°o]?\s*(\d+)\s*-\s*(\d+)`)
	reDivWord = mustRe(`\b(?:alineas?|phrases?|tiret)\b|\b(?:du|au|aux|des|le|les)\s+(?:[ivxl]+|\d+°(?:\s*` + latinOrd + `)?|(?:[a-z]|` + doubledLetter + `)\)?)(?:\s|,|$)`)
	// reJoinedSubject ends the words from one place named to the next
	// when they are two subjects, folded: "le 2° du I et " before "le
	// II", "le a, " before "le b", "… ainsi que " before "les …".
	reJoinedSubject = mustRe(`(?:\s(?:et|ainsi\s+que)|,)\s*$`)
	reAndLocator    = mustRe(`(?:(?:,|\s+et|\s+ainsi\s+que)\s*,?\s+|\s+ainsi\s+qu')((?:au|aux|a\s+la|a\s+l'|a|dans\s+(?:le|la|les))\s|dans\s+l')`)
	reLatinAfterA   = mustRe(`^a\s+` + latinOrd + `\b`)
	reAndArticle    = mustRe(`\s+(?:et|ainsi que)\s+(?:l'article|les articles|les\s+\S+\s+(?:et\s+\S+\s+)?alineas)\s`)
	reSameCode      = mustRe(`\b(?:(?:du|au|le)\s+(?:meme|present)|dudit|audit|ledit|ce(?:\s+meme)?)\s+code\b`)
	reCodeAnaphor   = mustRe(`^code\s+(?:precite|susmentionne|susvise|sus-vise|mentionne\s+ci-dessus)$`)
	reSameText      = mustRe(`\b(?:(?:de\s+la|a\s+la|la)\s+meme|ladite|de\s+ladite|a\s+ladite|(?:de\s+|a\s+)?cette(?:\s+meme)?)\s+(loi|ordonnance)\b`)
	rePrecitee      = mustRe(`\bprecitee?\b`)
	reOrdonnance    = mustRe(`\bordonnance\s+n[°o]?\s*(\d+)\s*-\s*(\d+)`)
	// reDecret is a décret by its number, "du décret n° 2005-1516 du …";
	// reSameDecret the last one named, "du même décret", "dudit décret".
	reDecret     = mustRe(`\bdecret\s+n[°o]?\s*(\d+)\s*-\s*(\d+)`)
	reSameDecret = mustRe(`\b(?:(?:du|au|le)\s+meme|dudit|audit|ledit|ce(?:\s+meme)?)\s+decret\b`)
	reTextSubj   = mustRe(`^(?:(?:le|la|l')\s*(?:meme\s+(?:code|loi|ordonnance)|code\s|loi\s|ordonnance\s)|ledit\s+code\b|ladite\s+(?:loi|ordonnance)\b|ce\s+(?:meme\s+)?code\b|cette\s+(?:meme\s+)?(?:loi|ordonnance)\b|le\s+(?:meme\s+)?decret\s|ledit\s+decret\b|ce\s+(?:meme\s+)?decret\b)`)
	// reSentenceOnly is a locator naming a sentence and nothing larger.
	reSentenceOnly = mustRe(`^(?:et\s*,?\s*)?(?:(?:au\s+debut|a\s+la\s+fin)\s+de|a|aux?|dans)\s+(?:la|les)\s+(?:` + ordWords + `)(?:\s+et\s+(?:` + ordWords + `))?\s+phrases?\s*$`)
	// reHeadPrep is a locator's preposition, genitive its "of" form.
	reHeadPrep = mustRe(`^(au\b|aux\b|a\s+la\b|a\s+l'|dans\s+le\b|dans\s+la\b|dans\s+les\b|dans\s+l')`)
)

// placeInVerb is a place said inside a verb phrase, between commas: a
// preposition, then words naming an article, an alinéa, a sentence or
// an item.
const placeInVerb = `(?:(?:à|au|aux|dans)\s[^«»",]*?(?:\barticles?\b|\balinéas?\b|\bphrases?\b|\b(?:du|au|aux|le|les)\s+` + labelInVerb + `)|(?:au|aux)\s+` + labelInVerb + `)[^«»",]*?`

// labelInVerb is an item's label in placeInVerb: "II", "1°", "a)".
const labelInVerb = `(?:[IVXL]+\b|\d+°|[a-z]\))`

// codeTitlesJoined are the titles of the codes in force whose own words
// end a code's name as the grammar reads it — a conjunction before an
// article ("et l'administration"), a comma — read whole before that rule
// (Légifrance's list of codes; folded to lower case without accents).
const codeTitlesJoined = `code\s+des\s+relations\s+entre\s+le\s+public\s+et\s+l'administration` +
	`|code\s+de\s+la\s+legion\s+d'honneur,\s+de\s+la\s+medaille\s+militaire\s+et\s+de\s+l'ordre\s+national\s+du\s+merite`

// reSentenceAndDivision is a sentence of a division named, then "et" and
// a division of its own: "la dernière phrase du premier alinéa et le
// deuxième alinéa …" (groups: the first, the second from its
// determiner).
var reSentenceAndDivision = mustRe(`^((?:la|les)\s+[^,]*?\bphrases?\s+(?:du|des|de\s+la|de\s+l')\s*[^,]*?)\s+et\s+((?:le|les|l')\s*[^,]*)$`)

// bothScopes reads two targets of one subject, each on its own, and
// joins them; either not read, neither is.
func (p *parser) bothScopes(first, firstCased, second, secondCased string, base Scope) ([]Scope, bool, string) {
	a, ok, why := p.scopes(first, firstCased, base)
	if !ok {
		return nil, false, why
	}
	b, ok, why := p.scopes(second, secondCased, base)
	if !ok {
		return nil, false, why
	}
	return append(a, b...), true, ""
}

// itemsAndAlineas splits a subject naming items and alinéas by their
// rank, one after the other, "Les 3° et 4° et le dernier alinéa", "Le
// deuxième alinéa et le b du 1°", "Le 2° du I et le dernier alinéa du I"
// — two subjects, each read in turn (they were read as the one inside
// the other, "le 2° du dernier alinéa", and refused as not found). first
// is the first subject's span, second the second's and, at second[2],
// the article (or text) that ends it, which the first takes too. A place
// written after the second alone ("Le 2° et le dernier alinéa du I",
// "Le deuxième alinéa et le b du 1°"): whether the first is in it is not
// said, and why says so. ok is false when low is not of this form.
func itemsAndAlineas(low string) (first, second [3]int, why string, ok bool) {
	for _, m := range reAndThe.FindAllStringSubmatchIndex(low, -1) {
		head, tail := low[:m[0]], low[m[2]:]
		hi, ha := reItemsSubject.MatchString(head), reAlineasSubject.MatchString(head)
		ti, ta := reItemsSubject.MatchString(tail), reAlineasSubject.MatchString(tail)
		if !(hi && ta || ha && ti) || strings.Contains(head, "article") || strings.Contains(head, "phrase") || strings.Contains(tail, "phrase") {
			continue
		}
		t0 := len(low) - len(tail)
		end := len(low)
		if a := reArticleHolder.FindStringIndex(tail); a != nil {
			end = t0 + a[0]
		}
		first, second = [3]int{0, m[0], 0}, [3]int{t0, 0, end}
		if !reDesignationEnd.MatchString(head) && reDesignationEnd.MatchString(low[t0:end]) {
			return first, second, "a place named after the second of two subjects (items and alinéas): whether the first is in it is not said", true
		}
		return first, second, "", true
	}
	return first, second, "", false
}

// itemsAndAlineasList splits a subject listing three designations or
// more with commas, items and alinéas mixed, "Le dernier alinéa du I, le
// II et le III", "Le 2°, le dernier alinéa et le IV de l'article L. 1" —
// each a subject read in turn, as itemsAndAlineas reads two (they were
// refused). parts are the designations' spans, the items first (an item
// ending its list takes the alinéas after it: the alinéa, counted first,
// would be refused as edited already), and holder where the article (or
// text) that ends the last begins, which all take. A place written after
// a later designation that an earlier one lacks ("Le 2°, le 3° et le
// dernier alinéa du I"): whether the earlier is in it is not said, and
// why says so — unless the earlier is an item of the place's own kind
// ("Le II, le III et le dernier alinéa du I": no II is in the I). A
// sentence among them ("Le second alinéa du I, la première phrase du
// premier alinéa et le III") is not read, and why says so (the III was
// dropped). ok is false when low is not of this form.
func itemsAndAlineasList(low, cased string) (parts [][2]int, holder int, why string, ok bool) {
	holder = len(low)
	if a := reArticleHolder.FindStringIndex(low); a != nil {
		holder = a[0]
	}
	seps := reListThe.FindAllStringSubmatchIndex(low[:holder], -1)
	if len(seps) < 2 || !strings.Contains(low[seps[len(seps)-1][0]:seps[len(seps)-1][2]], "et") {
		return nil, 0, "", false
	}
	var items, alineas, placeless [][2]int
	sentence := false
	start := 0
	for k := 0; k <= len(seps); k++ {
		end := holder
		if k < len(seps) {
			end = seps[k][0]
		}
		part := low[start:end]
		switch {
		case strings.Contains(part, "article"):
			return nil, 0, "", false
		case strings.Contains(part, "phrase"):
			sentence = true
		case reItemsSubject.MatchString(part):
			items = append(items, [2]int{start, end})
		case reAlineasSubject.MatchString(part):
			alineas = append(alineas, [2]int{start, end})
		default:
			return nil, 0, "", false
		}
		if !reDesignationEnd.MatchString(part) {
			placeless = append(placeless, [2]int{start, end})
		} else if why == "" && !outsidePlace(placeless, cased, cased[start:end]) {
			why = "a place named after a later subject of several (items and alinéas) that an earlier one lacks: whether the earlier is in it is not said"
		}
		if k < len(seps) {
			start = seps[k][2]
		}
	}
	if sentence && len(items)+len(alineas) > 0 {
		return nil, 0, "a sentence in a list of three subjects or more with divisions, not read", true
	}
	if len(items) == 0 || len(alineas) == 0 {
		return nil, 0, "", false
	}
	return append(items, alineas...), holder, why, true
}

// outsidePlace says each subject of spans (in cased), written without a
// place, names items of the kind of the first label the later subject's
// place names ("le II" before "le dernier alinéa du I"): none of them can
// be in that place.
func outsidePlace(spans [][2]int, cased, later string) bool {
	o := reOuterLabel.FindStringSubmatch(later)
	if o == nil {
		return len(spans) == 0
	}
	kind := writtenKind(o[1])
	for _, sp := range spans {
		m := reLabelsOfSubject.FindStringSubmatch(cased[sp[0]:sp[1]])
		if m == nil {
			return false
		}
		for _, l := range reLabelListSep.Split(m[1], -1) {
			if writtenKind(l) != kind {
				return false
			}
		}
	}
	return true
}

// writtenKind is the kind of a label as written, its case kept: "I" and
// "II" roman, "i" and "a" letters, "1°" numbered.
func writtenKind(l string) string {
	if f := strings.Fields(l); len(f) > 0 && strings.Trim(f[0], "IVXL") == "" {
		return "roman"
	}
	return casedKind(itemName(l))
}

var (
	// reLabelsOfSubject is items named by their labels alone, "le II",
	// "les 1° et 2°" (group: the labels).
	reLabelsOfSubject = mustRe(`^(?:[Ll]es?)\s+(` + bareLabel + `(?:(?:\s*,\s*|\s+et\s+)` + bareLabel + `)*)$`)
	// reListThe is a comma or " et " before a determiner in a list of
	// subjects (group: the determiner).
	reListThe = mustRe(`(?:\s*,\s*(?:et\s+)?|\s+et\s+)((?:le|la|les)\s|l')`)
	// reAndThe is " et " before a determiner (group: the determiner).
	reAndThe = mustRe(`\s+et\s+((?:le|la|les|l')\s*)`)
	// reItemsSubject is a subject naming items by their labels, "le 2°",
	// "les 3° et 4°", "le b du 1°".
	reItemsSubject = mustRe(`^(?:le|les)\s+(?:[ivxl]+|\d+°|[a-z]|` + doubledLetter + `)(?:\s+` + latinOrd + `)?(?:\s*(?:,|\bet\b|\ba\b)\s*(?:[ivxl]+|\d+°|[a-z]|` + doubledLetter + `)(?:\s+` + latinOrd + `)?)*(?:\s+(?:du|de)\s[^,]*)?$`)
	// reAlineasSubject is a subject naming alinéas by their ranks, "le
	// dernier alinéa", "les deux premiers alinéas du I".
	reAlineasSubject = mustRe(`^(?:le|les|l')\s*[a-z' -]*?\balineas?(?:\s+(?:du|de)\s[^,]*)?$`)
	// reArticleHolder is where the article (or text) holding a
	// designation begins: " de l'article L. 1 …", " du code civil".
	reArticleHolder = mustRe(`\s(?:de\s+l'article|des\s+articles|du\s+meme\s+article|dudit\s+article|de\s+cet\s+article|du\s+code|de\s+la\s+loi|de\s+l'ordonnance)\b`)
)

// reDivisionAndSentence is a division named, then "et" and a sentence
// of a division of its own: "le deuxième alinéa et la dernière phrase
// du premier alinéa …" (groups: the first, the second from its
// determiner).
var reDivisionAndSentence = mustRe(`^((?:le|les|l')\s*[^,]*?)\s+et\s+((?:la|les)\s+[^,]*?\bphrases?\s+(?:du|des|de\s+la|de\s+l')\s*[^,]*)$`)

// reSentenceUnranked is a sentence named as a division ("la phrase du
// …", "les deux phrases du …"), not the end or start of one ("la fin de
// la phrase", the anchor's).
var reSentenceUnranked = mustRe(`(?:^|[^\w-])(?:la|les|a\s+la|aux|des|de\s+la)\s+(?:(?:` + cardinalWords + `)\s+)?phrases?\s+(?:du|de\s+l'|de\s+la|des)\b`)

// reStartOrEnd is a place alone, "au début", "à la fin": after a locator
// naming an article ("Au second alinéa de l'article L. 1, au début, sont
// insérés …"), the start (end) of that place (it was dropped: the words
// went at the end).
var reStartOrEnd = mustRe(`^(?:au\s+debut|a\s+la\s+fin)\s*,?\s*$`)

// itemThenInner reports whether a locator's head names an item or a
// part and its tail, after a comma alone, an alinéa or a sentence with
// no holder of its own: "Au II, au second alinéa", "Au 1°, à la première
// phrase" are that alinéa (sentence) of the item, not two places.
//
// An item of a lower kind after it alone, "Au I, au 1° :", "Au 2°, au
// a)", "Au 2° du I, au b", is that item of it likewise.
func itemThenInner(head, joiner, tail string) bool {
	if strings.TrimSpace(joiner) != "," || !reItemNamed.MatchString(head) || reAndWord.MatchString(tail) ||
		strings.Contains(head, "alinea") || strings.Contains(head, "phrase") {
		return false
	}
	if strings.Contains(tail, "alinea") || strings.Contains(tail, "phrase") || reDashRank.MatchString(tail) {
		return !reItemNamed.MatchString(tail)
	}
	// Items only in the tail, each of a lower kind than every one of the
	// head: "Au 2° du I, au b", "Au I, au b du 2°" are the b of the 2°
	// of the I.
	h, t := reItemNamed.FindAllStringSubmatch(head, -1), reItemNamed.FindAllStringSubmatch(tail, -1)
	if len(h) == 0 || len(t) == 0 || strings.TrimSpace(reItemNamed.ReplaceAllString(tail, " ")) != "" {
		return false
	}
	for _, a := range h {
		for _, b := range t {
			if kindRank[itemKind(strings.TrimSuffix(a[1], ")"))] >= kindRank[itemKind(strings.TrimSuffix(b[1], ")"))] {
				return false
			}
		}
	}
	return true
}

// itemThenInnerOf reads a locator whose first place is an item and whose
// second, after a comma, is inside it ("au i, a la derniere phrase du
// premier alinea, " — itemThenInner) as one place, the inner one of the
// item: "a la derniere phrase du premier alinea du i" (low folded, cased
// the same with case kept; ok false when the locator is not of that
// form).
//
// A chain of places, each inside the one before, "au i, au 2°, au b",
// "au i, au 2°, a la premiere phrase", is folded likewise from the left
// ("au b du 2° du i"); after an article named first, "a l'article l. 1,
// au i, au 2°", the places after it are folded and the article kept
// ahead of them. Any link not inside the one before: not of that form.
func itemThenInnerOf(low, cased string) (string, string, bool) {
	parts := strings.Split(strings.TrimRight(strings.TrimSpace(low), ", "), ",")
	partsCased := strings.Split(strings.TrimRight(strings.TrimSpace(cased), ", "), ",")
	if len(parts) != len(partsCased) || len(parts) < 2 {
		return low, cased, false
	}
	first := 0
	if strings.Contains(parts[0], "article") && len(parts) >= 3 {
		first = 1
	}
	acc, accCased := strings.TrimSpace(parts[first]), strings.TrimSpace(partsCased[first])
	for k := first + 1; k < len(parts); k++ {
		tail, tailCased := strings.TrimSpace(parts[k]), strings.TrimSpace(partsCased[k])
		if tail == "" || !itemThenInner(acc, ",", tail) && !((k > first+1 || first == 1) && alineaThenSentence(acc, tail)) {
			return low, cased, false
		}
		m := reHeadPrep.FindStringSubmatchIndex(acc)
		mc := reHeadPrep.FindStringSubmatchIndex(asciiLower(accCased))
		if m == nil || mc == nil {
			return low, cased, false
		}
		of := genitive[strings.Join(strings.Fields(acc[m[2]:m[3]]), " ")]
		acc, accCased = tail+" "+of+acc[m[3]:], tailCased+" "+of+accCased[mc[3]:]
	}
	if first == 1 {
		return parts[0] + ", " + acc, partsCased[0] + ", " + accCased, true
	}
	return acc, accCased, true
}

// alineaThenSentence: after an item and its alinéa read as one place
// (or an article and its alinéa), a sentence alone is that alinéa's ("au
// I, au premier alinéa, à la seconde phrase" is the second sentence of
// the I's first alinéa: it read three places, each holding the words,
// and edited them three times).
func alineaThenSentence(head, tail string) bool {
	return strings.Contains(head, "alinea") && !strings.Contains(head, "phrase") &&
		strings.Contains(tail, "phrase") && !strings.Contains(tail, "alinea") &&
		!reItemNamed.MatchString(tail) && !reAndWord.MatchString(tail)
}

// kindRank is the law's order of the kinds of items inside an article:
// I, A, 1., 1°, a).
var kindRank = map[string]int{"roman": 1, "capital": 2, "number": 3, "°": 4, "paren": 4, "letter": 5}

// reItemNamed is an item or a part named by its label: "au II", "du
// 1° bis", "le a)" (group: the label).
var reItemNamed = mustRe(`(?:^|\b)(?:du|au|aux|des|le|les)\s+((?:[ivxl]+|\d+°|(?:[a-z]|` + doubledLetter + `)\)?)(?:\s+` + latinOrd + `)?)(?:\s|,|$)`)

// reAndWord is a conjunction joining places.
var reAndWord = mustRe(`\bet\b|\bainsi\s+qu`)

// reDesignationEnd is where a division's designation ends and what holds
// it begins: " du I …", " de l'article …".
var reDesignationEnd = mustRe(`\s(?:(?:du|des|de\s+la)\s|de\s+l')`)

// reSubjectHead is the start of a subject: its determiner and the words
// that count or rank what it names ("les deux derniers", "le même", "les
// deuxième à quatrième") (group 1: the word after them).
var reSubjectHead = mustRe(`^(?:(?:le|la|les|ledit|ladite|lesdits|lesdites|cet|cette|ces|son|sa|ses|leurs?)\s+|l')(?:(?:` + ordWords + `|` + cardinalWords + `|\d+(?:e|er|re|eme)|(?:avant-)?(?:premier|premiere|dernier|derniere)s|[a-z-]+iemes|memes?|presente?s?|seule?s?|unique|et|ainsi\s+que|a\s+(?:` + ordWords + `|[a-z-]+iemes?)|le|la|les)(?:\s*,)?\s+|l'|,\s*)*([a-z0-9°'-]+)`)

// knownHeads are the words a subject deleted or rewritten may name: the
// divisions the paths read. Any other ("le chapeau du I", "les trois
// derniers mots", "la lettre a", "le point 3", "le reste de …") was read
// as the division around it, or the whole article, and deleted.
var knownHeads = map[string]bool{
	"alinea": true, "alineas": true, "phrase": true, "phrases": true, "article": true, "articles": true,
	"livre": true, "livres": true, "titre": true, "titres": true, "chapitre": true, "chapitres": true,
	"section": true, "sections": true, "sous-section": true, "sous-sections": true, "partie": true, "parties": true,
	"paragraphe": true, "paragraphes": true, "sous-paragraphe": true, "sous-paragraphes": true,
	"intitule": true, "intitules": true, "dispositions": true, "loi": true, "ordonnance": true, "decret": true,
	"code": true, "annexe": true, "annexes": true, "tableau": true, "tableaux": true, "ligne": true, "lignes": true,
	"colonne": true, "colonnes": true, "tiret": true, "tirets": true, "ensemble": true,
	// "Le texte de l'article L. 1 est remplacé par les dispositions
	// suivantes" (older drafting): the article.
	"texte": true,
}

// unknownHead returns the word a deleted subject names when no path reads
// it ("chapeau" in "Le chapeau du I"), "" when the subject names a
// division, an item by its label ("le 2°", "les I et II", "le a") or
// begins otherwise (a place first: "À l'article L. 1, le II").
func unknownHead(loc string) string {
	m := reSubjectHead.FindStringSubmatch(strings.TrimSpace(loc))
	if m == nil {
		return ""
	}
	w := m[1]
	if reExcept.MatchString(loc) {
		return "an exception (sauf, à l'exception de)"
	}
	if i := strings.Index(loc, "partie"); strings.HasPrefix(w, "partie") && (!strings.Contains(loc, "code") || reSentenceOrAlinea.MatchString(loc[i:])) {
		return w // "la dernière partie de la phrase", not a code's
	}
	if knownHeads[w] || reLabelWord.MatchString(w) {
		return ""
	}
	return w
}

// reSentenceOrAlinea is a sentence or an alinéa named.
var reSentenceOrAlinea = mustRe(`\b(?:phrases?|alineas?)\b`)

// reExcept is a part taken out of what is deleted: "le I, à l'exception
// de son dernier alinéa," (it was read as a code's name).
var reExcept = mustRe(`\b(?:a\s+l'exception|sauf|hormis|excepte)\b`)

// reLabelWord is an item's label as a word of a subject: "2°", "ii",
// "a", "3", "1er".
var reLabelWord = mustRe(`^(?:\d+°?|\d+er|[ivxl]+|[a-z]|` + doubledLetter + `)$`)

// reLetterParen is a letter item named with its parenthesis: "le c)",
// "au a bis)" (group 1 ends before the parenthesis).
var reLetterParen = mustRe(`\b((?:le|les|au|aux|du|des|et)\s+(?:[a-z]|` + doubledLetter + `)(?:\s+` + latinOrd + `)?)\)`)

// reSmallRomanItem is an item numbered in small roman numerals of two
// letters or more: "au ii du a", "le iii".
var reSmallRomanItem = mustRe(`\b(?:[Ll]e|[Aa]u|du|[Ll]es|[Aa]ux|des|et)\s+(?:i{2,3}|iv|vi{1,3}|ix|xi{1,3}|xiv|xvi{0,3})(?:\s+` + latinOrd + `)?(?:\s+(?:de|du|des|est|sont|et)\b|\s*,|\s*$)`)

// reSharedNoun is ranks each with its preposition (determiner) and one
// noun after the last, or after each: "au premier et au dernier
// alinéas", "à la première, à la deuxième et à la dernière phrases", "au
// premier comme au dernier alinéa", "le premier et le dernier alinéas",
// "la première et la dernière phrases", "le premier alinéa et le dernier
// alinéa".
var (
	reSharedNoun        = mustRe(sharedNounOf(`au|a\s+la|a\s+l'`))
	reSharedNounSubject = mustRe(sharedNounOf(`le|la|l'`))
)

func sharedNounOf(prep string) string {
	rank := `(?:` + prep + `)\s*(?:` + ordWords + `)`
	return `\b` + rank + `(?:\s+(?:alinea|phrase)s?)?(?:\s*,\s*` + rank + `(?:\s+(?:alinea|phrase)s?)?)*\s*,?\s+(?:et|ou|comme|ainsi\s+qu'|ainsi\s+que)\s*` + rank + `\s+(alinea|phrase)s?\b`
}

var (
	reOrdWord  = mustRe(`\b(?:` + ordWords + `)\b`)
	reNounWord = mustRe(`\b(?:alinea|phrase)s?\b`)
)

// sharedNoun reads reSharedNoun as "aux premier et dernier alinéas" and
// reSharedNounSubject as "les premier et dernier alinéas", the lists the
// grammar reads (the first ranks were dropped: the last alone was
// edited); low and cased keep the same length.
func sharedNoun(low, cased string) (string, string) {
	for _, sh := range []struct {
		re     *lre
		plural string
	}{{reSharedNoun, "aux"}, {reSharedNounSubject, "les"}} {
		m := sh.re.FindStringSubmatchIndex(low)
		if m == nil {
			continue
		}
		span := low[m[0]:m[2]]
		noun := low[m[2]:m[3]]
		same := true
		for _, n := range reNounWord.FindAllString(span, -1) {
			same = same && strings.TrimSuffix(n, "s") == noun
		}
		if !same {
			continue // "le premier alinéa et la dernière phrase": two kinds
		}
		var l, c []string
		for _, o := range reOrdWord.FindAllStringIndex(span, -1) {
			l = append(l, low[m[0]+o[0]:m[0]+o[1]])
			c = append(c, cased[m[0]+o[0]:m[0]+o[1]])
		}
		list := func(w []string) string {
			return strings.Join(w[:len(w)-1], ", ") + " et " + w[len(w)-1]
		}
		head := sh.plural
		if cased[m[0]] >= 'A' && cased[m[0]] <= 'Z' {
			head = upperFirst(head)
		}
		low = low[:m[0]] + sh.plural + " " + list(l) + " " + noun + "s" + low[m[1]:]
		cased = cased[:m[0]] + head + " " + list(c) + " " + cased[m[2]:m[3]] + "s" + cased[m[1]:]
	}
	return low, cased
}

// reAndAfter joins a second target to a locator: " et ", " ainsi que ".
var reAndAfter = mustRe(`\s(?:et|ainsi\s+que)\s`)

// sameArticleTail splits a locator "<divisions> de l'article A … et
// <divisions> du même article" (dudit article, de cet article) at the "et"
// before the second target: the first's scopes, and the second's text
// with its "du même article" blanked, to be read in the first's article.
// ok with no scopes when the first names several articles.
func (p *parser) sameArticleTail(low, cased string, base Scope) ([]Scope, string, string, bool) {
	art := reArticle.FindStringIndex(cased)
	if art == nil {
		return nil, "", "", false
	}
	same := reSameArticle.FindStringIndex(low)
	if same == nil || same[0] < art[1] {
		return nil, "", "", false
	}
	var cut []int
	for _, m := range reAndAfter.FindAllStringIndex(low[art[1]:same[0]], -1) {
		cut = []int{art[1] + m[0], art[1] + m[1]}
	}
	if cut == nil || !reDivWord.MatchString(low[cut[1]:same[0]]) {
		return nil, "", "", false
	}
	first, ok, _ := p.scopes(low[:cut[0]], cased[:cut[0]], base)
	if !ok || len(first) == 0 {
		return nil, "", "", false
	}
	for _, sc := range first {
		if sc.Ref != first[0].Ref || sc.RangeTo != "" || sc.Ref.Article == "" {
			return nil, "", "", true
		}
	}
	blank := strings.Repeat(" ", same[1]-same[0])
	tail := low[cut[1]:same[0]] + blank + low[same[1]:]
	tailCased := cased[cut[1]:same[0]] + blank + cased[same[1]:]
	return first, tail, tailCased, true
}

// noteText records a text an instruction names as the one "du même
// code" ("de la même loi") and the bill article's context name next.
func (p *parser) noteText(code string) {
	p.censoredSinceText = false
	p.lastCode = code
	p.articleCode = code
	p.articleTexts[code] = true
	p.lastKind[strings.Fields(code)[0]] = code
}

// headingText records the text a division's heading an instruction edits
// belongs to: "L'intitulé du titre Ier du livre VII du code civil est
// ainsi rédigé : « … »" then "II. – À l'article L. 1 du même code" is the
// code civil's (the heading's code was not recorded: "article of an
// unknown code").
func (p *parser) headingText(low string) {
	if code := p.textNamed(low); code != "" && !reSameCode.MatchString(low) {
		p.unknownCode = false
		p.noteText(code)
	}
}

// namesTheSameCode reports whether low (folded) names the code named
// before: "du même code", "dudit code", "de ce code", and "du code
// précité", "du code susmentionné", "du code susvisé" (these were not
// refused after an article of an unknown code, and took the code of an
// earlier bill article — TestGenArtsSameCodeAfterAnUnknownOne).
func namesTheSameCode(low string) bool { return sameCodeAt(low) >= 0 }

// sameCodeAt gives where low (folded) names the code named before
// (namesTheSameCode), -1 if it does not.
func sameCodeAt(low string) int {
	if m := reSameCode.FindStringIndex(low); m != nil {
		return m[0]
	}
	if m := reCode.FindStringSubmatchIndex(low); m != nil && reCodeAnaphor.MatchString(low[m[2]:m[3]]) {
		return m[0]
	}
	return -1
}

// codeOfRefused records the code an instruction refused for its date or
// its version names ("À compter du 1er janvier 2030, l'article L. 1 du
// code civil est abrogé"): "du même code", "de ce code" after it are
// that code (they took the one named before it, and a new article went
// into another code — TestGenArtsCodeOfARefusedInstruction).
func (p *parser) codeOfRefused(low string) {
	// The text a version clause names is not the place ("L'article L. 4,
	// dans sa rédaction antérieure à la loi n° …": no code named).
	low = reEarlierVersion.ReplaceAllString(low, " ")
	low = reDatedVersion.ReplaceAllString(low, " ")
	code := p.textNamed(low)
	switch {
	case strings.HasPrefix(code, "code ") && !namesTheSameCode(low):
		p.unknownCode = false
		p.noteText(code)
	case strings.HasPrefix(code, "code ") && !p.unknownCode:
		// "de ce code": the bill article names it, as read at once.
		p.noteText(code)
	case code == "" && p.articleCode == "" && reNewCodeArticle.MatchString(low):
		// "L'article L. 5 est abrogé à compter du …" with no code
		// named: unknown, as read at once.
		p.unknownCode = true
	}
}

// textOfUnread records the text an alinéa not read (refused, or no
// instruction) names by its name, outside its quotes: "I. – À l'article
// L. 1 du code civil, les mots : « A » sont déplacés …" (refused), then
// "II. – À l'article L. 2 du même code" is the code civil's (it took the
// code an earlier bill article named — TestCodesSameCodeAfterUnread). A
// text it names as "du même code", "ladite loi", "précité" is not noted
// (the one before stays, or stays unknown after a part censured).
func (p *parser) textOfUnread(low string) {
	low = reEarlierVersion.ReplaceAllString(low, " ")
	low = reDatedVersion.ReplaceAllString(low, " ")
	if sameCodeAt(low) >= 0 || reSameText.MatchString(low) || reSameDecret.MatchString(low) || rePrecitee.MatchString(low) || reLaidite.MatchString(low) {
		return
	}
	if code := p.textNamed(low); code != "" {
		p.unknownCode = false
		p.noteText(code)
	}
}

// textOfProvision records the text an autonomous provision (no
// instruction) names: "I. – Les dispositions de l'article L. 1 du code
// civil sont applicables à Mayotte." then "II. – À l'article L. 2 du même
// code" is the code civil's. A code whose name runs to the end of the
// provision ("… l'article L. 1 du code civil fait l'objet d'une
// évaluation.") is not told apart from the words after it (with no list
// of the codes, "du code civil fait l'objet …" may be a name): "du même
// code" after it is refused, as after an article of an unknown code (it
// took the code an earlier bill article named —
// TestCodesSameCodeAfterUnread).
func (p *parser) textOfProvision(low string) {
	if m := reCode.FindStringSubmatchIndex(low); m != nil && !reCodeAnaphor.MatchString(low[m[2]:m[3]]) && sameCodeAt(low) != m[0] {
		if strings.TrimSpace(strings.Trim(strings.TrimSpace(low[m[3]:]), ".;")) == "" {
			p.unknownCode = true
			return
		}
	}
	p.textOfUnread(low)
}

// textNamed returns the key of the code, law, ordonnance or décret a
// locator names first, or the one "du même code" / "de la même
// ordonnance" / "du même décret" / "précitée" refers to; "" if none.
func (p *parser) textNamed(low string) string {
	best, at := "", len(low)+1
	try := func(i int, key string) {
		if i >= 0 && i < at && key != "" {
			best, at = key, i
		}
	}
	if m := reLaw.FindStringSubmatchIndex(low); m != nil {
		try(m[0], "loi "+low[m[2]:m[3]]+" "+low[m[4]:m[5]])
	}
	for _, m := range reNumberedTextDate.FindAllStringSubmatch(low, -1) {
		p.textDates[m[1]+" "+m[4]] = m[1] + " " + m[2] + " " + m[3]
	}
	dated := false
	if m := reDatedText.FindStringSubmatchIndex(low); m != nil {
		// "de la loi du 12 avril 2000 (précitée)": the text of that
		// kind and date named before by its number, else none known.
		dated = true
		try(m[0], p.textDates[low[m[2]:m[3]]+" "+low[m[4]:m[5]]])
	}
	if m := reOrdonnance.FindStringSubmatchIndex(low); m != nil {
		try(m[0], "ordonnance "+low[m[2]:m[3]]+" "+low[m[4]:m[5]])
	}
	if m := reDecret.FindStringSubmatchIndex(low); m != nil {
		try(m[0], "decret "+low[m[2]:m[3]]+" "+low[m[4]:m[5]])
	}
	if m := reSameDecret.FindStringIndex(low); m != nil {
		try(m[0], p.lastKind["decret"])
	}
	if m := reCode.FindStringSubmatchIndex(low); m != nil {
		if reCodeAnaphor.MatchString(low[m[2]:m[3]]) {
			// "du code précité", "du code susmentionné": the code named
			// last; in a bill article that has named two codes, which is
			// not said (none).
			dated = true
			if p.codesNamed() < 2 {
				try(m[0], p.lastKind["code"])
			}
		} else {
			try(m[0], codeOf(low[m[2]:m[3]]))
		}
	}
	if m := reCodeSubj.FindStringSubmatchIndex(low); m != nil {
		try(m[0], codeOf(low[m[2]:m[3]]))
	}
	if m := reSameCode.FindStringIndex(low); m != nil {
		try(m[0], p.lastKind["code"])
	}
	unsaid := p.textUnsaid(low)
	if m := reSameText.FindStringSubmatchIndex(low); m != nil && !unsaid {
		try(m[0], p.lastKind[low[m[2]:m[3]]])
	}
	if m := reKindPrecitee.FindStringSubmatchIndex(low); m != nil && best == "" && !dated {
		// "de la loi précitée", "de l'ordonnance précitée": the last
		// text of that kind, never a code; after two, none.
		if !unsaid {
			try(m[0], p.lastKind[low[m[2]:m[3]]])
		}
		dated = true
	}
	if m := rePrecitee.FindStringIndex(low); m != nil && best == "" && !dated && p.codesNamed() < 2 && len(p.articleTexts) < 2 {
		// "de l'article L. 1 précité": of the text named last; in a
		// bill article that has named two codes, which is not said
		// (none: it took the last, not the one L. 1 was named in); nor
		// after a code and a law ("I. – … l'article L. 1 du code civil",
		// "II. – … l'article 5 de la loi n° …", "III. – … l'article L. 1
		// précité": the law's L. 1 was edited —
		// TestCodesArticlePreciteAfterTwoTexts).
		try(m[0], p.lastCode)
	}
	return best
}

// textUnsaid says a locator names a law (ordonnance, décret) as "ladite
// loi" or "la loi précitée", without its number, when the bill article
// has named two texts of that kind: which one is not said ("la même
// loi", the one named last, is read).
func (p *parser) textUnsaid(low string) bool {
	kind := ""
	if m := reLaidite.FindStringSubmatch(low); m != nil {
		kind = m[1] + m[2]
	} else if m := reKindPrecitee.FindStringSubmatch(low); m != nil {
		kind = m[1]
	}
	if kind == "" || reLaw.MatchString(low) && kind == "loi" {
		return false
	}
	n := 0
	for k := range p.articleTexts {
		if strings.HasPrefix(k, kind+" ") {
			n++
		}
	}
	return n >= 2
}

// reSeveralCodes is two codes named as one place, joined by a comma,
// "et" or "ainsi que": "dans le code civil et le code de commerce", "du
// code civil et du code de commerce", "le code général des impôts et le
// livre des procédures fiscales" (not "à l'article L. 1 du code civil et
// à l'article L. 2 du code de commerce", each its own place).
var reSeveralCodes = mustRe(`\b(?:code|livre\s+des\s+procedures\s+fiscales)\s[^,;:«»"]*?(?:,|\s(?:et|ainsi\s+que)\b)\s*(?:(?:dans|a)\s+)?(?:le|du|au|l'ensemble\s+du|tout\s+le)\s+(?:code|livre\s+des\s+procedures\s+fiscales)\b`)

// reEveryText is every law as a place, folded: "toutes les dispositions
// législatives (réglementaires)", "l'ensemble des textes législatifs",
// "dans les dispositions législatives en vigueur", "tous les codes",
// "l'ensemble des codes", "tous les textes".
var reEveryText = mustRe(`\b(?:toutes\s+les|tous\s+les|l'ensemble\s+des|dans\s+les)\s+(?:(?:dispositions|textes)\s+(?:legislati|reglementaire|en\s+vigueur)|codes\b)|\btous\s+les\s+textes\b`)

// reTextTitle is the title of a text, folded: "le titre de la loi",
// "l'intitulé de l'ordonnance", "dans le titre du décret", "à
// l'intitulé de la présente loi" — never "le titre II de la loi", a
// division.
var reTextTitle = mustRe(`^(?:(?:a|dans)\s+)?(?:l'intitule|le\s+titre)\s+(?:de\s+la\s+(?:presente\s+)?loi|de\s+l'ordonnance|du\s+decret)\b`)

// reOwnTitle is a title named by its text's context, folded: "son
// titre est", "dans son titre,", "l'intitulé est", "à son intitulé,"
// (not "son titre Ier", a division); reTextKey a
// text's key that is a law, an ordonnance or a décret, no code.
var (
	reOwnTitle = mustRe(`^(?:(?:a|dans)\s+)?(?:son\s+|l')(?:titre|intitule)\s*(?:,|est\b)`)
	reTextKey  = mustRe(`^(?:loi|ordonnance|decret)\b`)
)

// reLaidite is "ladite loi", "de ladite ordonnance" (group: the kind).
var reLaidite = mustRe(`\bladite\s+(loi|ordonnance)\b|\bledit\s+(decret)\b`)

// codesNamed counts the codes the bill article has named so far.
func (p *parser) codesNamed() int {
	n := 0
	for k := range p.articleTexts {
		if w := strings.Fields(k); len(w) > 0 && w[0] != "loi" && w[0] != "ordonnance" && w[0] != "decret" {
			n++
		}
	}
	return n
}

var (
	// reNumberedTextDate is a text named by kind, number and date: "loi
	// n° 2000-321 du 12 avril 2000" (groups: kind, number, date).
	reNumberedTextDate = mustRe(`\b(loi|ordonnance|decret)\s+(?:organique\s+)?n[°o]?\s*(\d+)\s*-\s*(\d+)\s+du\s+(\d{1,2}(?:er)?\s+[a-z]+\s+\d{4})\b`)
	// reDatedText is a text named by kind and date only: "loi du 12 avril
	// 2000" (groups: kind, date).
	reDatedText = mustRe(`\b(loi|ordonnance|decret)\s+(?:organique\s+)?du\s+(\d{1,2}(?:er)?\s+[a-z]+\s+\d{4})\b`)
	// reKindPrecitee is "la loi précitée", "l'ordonnance précitée", "le
	// décret précité" (group: the kind).
	reKindPrecitee = mustRe(`\b(loi|ordonnance|decret)\s+(?:organique\s+)?precitee?\b`)
	// reForeignArticle is an article of a text named after it — "l'article
	// 5 de la loi du 29 juillet 1881", "de la Constitution", "de la
	// présente loi", "du code précité", "du règlement (UE) n° 2016/679",
	// "de la directive 2019/790", "du traité", "de la convention" —,
	// which, when the text is not identified, is never the context's (a
	// règlement's, a directive's article 5 under "Le code civil est ainsi
	// modifié :" was the code civil's — TestCodesArticleOfAnUnknownText).
	reForeignArticle = mustRe(`\barticles?\s+(?:(?:l\.?\s*o|l|r|d|a)\.?\s*)?\d[^,;:]*?\s(?:de\s+la|de\s+l'|du)\s*(?:loi|ordonnance|decret|constitution|presente\s+loi|code\s+(?:precite|susmentionne|susvise)|reglement|directive|traite|convention|charte|accord|protocole|decision)\b`)
)

// reArticleOfAcronym is an article of a text named after it by capitals,
// on the text as written: "l'article 1 du CGI", "de l'article 5 du
// RGPD" (group: the capitals).
var reArticleOfAcronym = mustRe(`\b[Aa]rticles?\s+(?:(?:L\.?\s*O|L|R|D|A)\.?\s*)?\d[^,;:]*?\s(?:du|de\s+la|de\s+l')\s*([A-Z][A-Z]+)\b`)

// reRomanNumber is a part's label in capitals: "II", "XIV".
var reRomanNumber = mustRe(`^[IVXLC]+$`)

// foreignAcronym reports whether cased (the locator as written) names an
// article of a text by an abbreviation — "À l'article 1 du CGI" under
// "Le code civil est ainsi modifié :" —, which is not a text the grammar
// identifies: never the context's article 1 (it was edited). A part
// after "du" ("du II de l'article L. 1") is not one.
func foreignAcronym(cased string) bool {
	for _, m := range reArticleOfAcronym.FindAllStringSubmatch(cased, -1) {
		if !reRomanNumber.MatchString(m[1]) {
			return true
		}
	}
	return false
}

// capitalNotRead reports whether an item with capitals after its label
// ("le a bis A", "du 1° B bis") is named in s and not read whole by one of
// found (findItems' matches): "au 1° bis A" is read ("1° bis a"), "au a bis
// A" is not (the whole article, or the item around it, was edited).
func capitalNotRead(s string, found [][]int) bool {
	for _, c := range reItemCapital.FindAllStringIndex(s, -1) {
		read := false
		for _, m := range found {
			if m[2] < c[1] && m[3] >= c[1] {
				read = true
			}
		}
		if !read {
			return true
		}
	}
	return false
}

// findItems finds the item designations of a locator, like
// reItem.FindAllStringSubmatchIndex but where the word that ends one may
// begin the next ("au c du 4": "c", then "4").
func findItems(s string) [][]int {
	var out [][]int
	for from := 0; from < len(s); {
		m := reItem.FindStringSubmatchIndex(s[from:])
		if m == nil {
			break
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += from
			}
		}
		out = append(out, m)
		from = m[3]
	}
	return out
}

// reSameAlineas is "Aux mêmes alinéas", folded, the whole locator.
var reSameAlineas = mustRe(`^(?:aux|dans\s+les|les)\s+memes\s+alineas\s*,?$`)

// sameAlineas reads "Aux mêmes alinéas, …": the alinéas the instruction
// before named, several, whole, in one article ("Aux deuxième et
// troisième alinéas" then "Aux mêmes alinéas": it was refused). Places
// with a sentence, an end, a range of articles, or of another article
// than the context's, are refused.
func (p *parser) sameAlineas(parent Scope) ([]Scope, bool, string) {
	why := "\"aux mêmes alinéas\" with no alinéas before it in the same article"
	if p.lastScope.Ref.Article == "" || parent.Ref.Article != "" && parent.Ref != p.lastScope.Ref || parent.Sentence != 0 || len(parent.Path) > 0 {
		return nil, false, why
	}
	var out []Scope
	count := 0
	for _, s := range append([]Scope{p.lastScope}, p.lastOthers...) {
		n := len(s.Path)
		if s.Ref != p.lastScope.Ref || s.RangeTo != "" || s.Everywhere || len(s.Division) > 0 || s.Sentence != 0 || s.Where != "" || s.OneAlinea || len(s.Within) > 0 || n == 0 || s.Path[n-1].Alinea == 0 {
			return nil, false, why
		}
		seen := false
		for _, o := range out {
			if slices.Equal(o.Path, s.Path) {
				seen = true
			}
		}
		if !seen {
			out = append(out, Scope{Ref: s.Ref, Path: append([]Division(nil), s.Path...)})
			if c := s.Path[n-1].Count; c > 1 || c < 0 {
				count += 2
			} else {
				count++
			}
		}
	}
	if count < 2 {
		return nil, false, "\"aux mêmes alinéas\" after one alinéa"
	}
	return out, true, ""
}

// scopes reads a locator ("À la première phrase du premier alinéa de
// l'article L. 331-9 du code …") into scopes, starting from parent. low is
// the folded lower-case locator, cased the same with case kept.
//
// Under a sentence ("a) La première phrase est ainsi modifiée :" then "–
// le mot : « A » est remplacé …", "– sont ajoutés les mots : « B »"),
// a place that names no sentence of its own is that sentence (it was the
// whole alinéa: words replaced in the other sentences too, words added
// at the alinéa's end); a division inside it, or another sentence of it,
// is refused.
func (p *parser) scopes(low, cased string, parent Scope) ([]Scope, bool, string) {
	if m := reExceptPlace.FindString(low); m != "" {
		// "À l'article L. 1, à l'exception du dernier alinéa, …", "Aux
		// articles L. 1 à L. 3, hormis l'article L. 2, …": a place left
		// out (the one left out was edited, alone or with the others).
		return nil, false, "a place named as an exception, not read: " + strings.TrimSpace(m)
	}
	if m := reBareRankLast.FindStringSubmatch(low); m != nil {
		// "L'article L. 1 du code civil et le second": what the rank
		// ranks is not said (it was dropped, the article alone went).
		return nil, false, "a rank with no noun: " + m[1]
	}
	if strings.Contains(low, "devenu") {
		var ok bool
		if low, cased, ok = nowLabelled(low, cased); !ok {
			return nil, false, "a division named with its former label, in a form not read (… devenu …)"
		}
	}
	if reSameAlineas.MatchString(strings.TrimSpace(low)) {
		return p.sameAlineas(parent)
	}
	out, ok, why := p.scopesFrom(low, cased, parent)
	if !ok || parent.Sentence == 0 {
		return out, ok, why
	}
	for i, s := range out {
		if s.Ref != parent.Ref || s.RangeTo != "" || s.Everywhere || len(s.Division) > 0 || len(s.Path) < len(parent.Path) || !slices.Equal(s.Path[:len(parent.Path)], parent.Path) {
			continue // another place, named in full
		}
		if len(s.Path) > len(parent.Path) {
			return nil, false, "a division inside the sentence of the context"
		}
		switch s.Sentence {
		case 0:
			out[i].Sentence, out[i].SentenceLast = parent.Sentence, parent.SentenceLast
		case parent.Sentence:
		default:
			return nil, false, "another sentence under the sentence of the context"
		}
	}
	return out, true, ""
}

// reBareRankPlace is a place named by its rank alone: "au septième
// alinéa", "à la première phrase", "à l'avant-dernier alinéa" (ascii,
// lower case).
var reBareRankPlace = mustRe(`^\s*(?:au|a\s+la|a\s+l')\s*[a-z0-9-]+\s+(?:alinea|phrase)\s*$`)

// reDivisionOf is a division's genitive in a place: "du 3°", "du II",
// "du a", "des 1° et 2°", "du premier alinéa" is not one (ascii, lower
// case).
var reDivisionOf = mustRe(`\b(?:du|des)\s+(?:[ivxl]+|\d+°|[a-z])(?:\s+` + latinOrd + `)?(?:\s|,|$)`)

// bareRankBeforeDivision reports places joined by "et" whose first is
// an alinéa or a sentence named by its rank alone and whose second is in
// a division of the article named by its label, before
// any article: "Au septième alinéa et au deuxième alinéa du 3°", "À la
// première phrase et au 2° du II". The genitive may be the last place's
// alone (the article's seventh alinéa) or both places' (the 3°'s): the
// text does not say; "Aux deuxième et septième alinéas du 3°" and "Au
// septième alinéa du 3° et au deuxième alinéa" say it.
func bareRankBeforeDivision(low string) bool {
	loc := reAndLocator.FindStringSubmatchIndex(low)
	if loc == nil || !strings.Contains(low[loc[0]:loc[2]], "et") || !reBareRankPlace.MatchString(low[:loc[0]]) {
		return false
	}
	tail := low[loc[2]:]
	if i := strings.IndexAny(tail, ",:"); i >= 0 {
		tail = tail[:i]
	}
	if i := strings.Index(tail, "article"); i >= 0 {
		tail = tail[:i]
	}
	return reDivisionOf.MatchString(tail)
}

// reAlineaOrSentence is an alinéa or a sentence named as a place.
var reAlineaOrSentence = mustRe(`\b(?:alinea|phrase)s?\b`)

// placeThenArticlePlace reports places joined by "et" (or "ainsi que"),
// the first an alinéa or a sentence with its own noun naming no article
// nor text, the last a division of an article: "Au second alinéa et au
// premier alinéa de l'article L. 2", "À la première phrase du I et au
// dernier alinéa de l'article L. 2". Under a context naming an article,
// the first may be that article's or the last's: the text does not say.
// One noun for both ("Aux premier et second alinéas de l'article L. 2",
// "au premier et au dernier alinéas …") or each naming its article
// says it.
func placeThenArticlePlace(low string) bool {
	for _, loc := range reAndLocator.FindAllStringSubmatchIndex(low, -1) {
		join := low[loc[0]:loc[2]]
		if !strings.Contains(join, "et") && !strings.Contains(join, "ainsi qu") {
			continue
		}
		head, tail := low[:loc[0]], low[loc[2]:]
		if strings.Contains(head, "article") || reTextWord.MatchString(head) || !reAlineaOrSentence.MatchString(head) {
			return false
		}
		i := strings.Index(tail, "article")
		return i > 0 && reDivWord.MatchString(tail[:i])
	}
	return false
}

// reNowLabelled is a division named by its former label and its label
// now: "2°, devenu 3°", "II, devenu III", "b, devenu c", "l'article L.
// 1, devenu l'article L. 2" (folded; groups: the former, the label now);
// a comma before "de", "du", "des" after it goes with it.
var reNowLabelled = mustRe(`\b(\d+°(?:\s+` + latinOrd + `)?|[ivxl]+(?:\s+` + latinOrd + `)?|[a-z](?:\s+` + latinOrd + `)?\)?|articles?\s+[^,;:]+?)\s*,?\s+devenue?s?\s+(?:le\s+|la\s+|les\s+|l')?(\d+°(?:\s+` + latinOrd + `)?|[ivxl]+(?:\s+` + latinOrd + `)?|[a-z](?:\s+` + latinOrd + `)?\)?|articles?\s+[^,;:]+?)(\s*,\s*(?:de|du|des|d')\s|\s*,|\s|$)`)

// nowLabelled reads "Au 2°, devenu 3°, de l'article L. 1" as "Au 3° de
// l'article L. 1": the division is the one its label now names (the 2°
// was edited, the item a relabelling of the bill gave that label, or the
// one inserted there); a "devenu" in another form is not read. low and
// cased are the locator folded and as written, of equal lengths.
func nowLabelled(low, cased string) (string, string, bool) {
	for strings.Contains(low, "devenu") {
		m := reNowLabelled.FindStringSubmatchIndex(low)
		if m == nil {
			return low, cased, false
		}
		from, to := low[m[2]:m[3]], low[m[4]:m[5]]
		if strings.HasPrefix(from, "article") != strings.HasPrefix(to, "article") {
			return low, cased, false
		}
		tail := low[m[6]:m[7]]
		keep := ""
		if strings.HasPrefix(strings.TrimSpace(tail), ",") {
			if k := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(tail), ",")); k != "" {
				keep = " " + k + " "
			} else {
				keep = ","
			}
		} else {
			keep = tail
		}
		low = low[:m[2]] + to + keep + low[m[7]:]
		cased = cased[:m[2]] + cased[m[4]:m[5]] + keep + cased[m[7]:]
	}
	return low, cased, len(low) == len(cased)
}

// sentenceOfEach reads a sentence of several alinéas counted together
// ("à la première phrase des deux derniers alinéas", "la dernière phrase
// des deuxième à quatrième alinéas") as that sentence of each of them,
// as "des premier et deuxième alinéas" is (one alinéa was edited: the
// first or the last of them); alinéas counted to the end ("des deuxième
// à dernier alinéas") are not said in number: refused.
func sentenceOfEach(sc Scope) ([]Scope, bool) {
	if sc.Sentence == 0 {
		return []Scope{sc}, true
	}
	return eachAlinea([]Scope{sc})
}

// addedTo is the places words or sentences added at the end or the
// start of s go to, or words edited there: each alinéa of several
// counted together ("Les deux premiers alinéas sont complétés par les
// mots …", "… par une phrase ainsi rédigée", "Au début des deux derniers
// alinéas, sont ajoutés les mots …", "À la fin des deux premiers
// alinéas, les mots : « A » sont remplacés …"), as "Les premier et
// deuxième alinéas sont complétés …" gives each of them (they went to
// the last, or the first, alone); alinéas counted to the end: not ok. A
// mention put before them ("sont précédés de la mention : « II. – »") is
// put before the first: it is not added by this.
func addedTo(s Scope) ([]Scope, bool) {
	return eachAlinea([]Scope{s})
}

// reGenitiveNext is where a list of genitive complements goes on: ",
// de l'article", " et du", ", de la" (folded).
var reGenitiveNext = mustRe(`(?:,\s+|\s+et\s+)(?:du|de la|de l'|des)\s*`)

// reGenitiveSep is the separator a reGenitiveNext match begins with.
var reGenitiveSep = mustRe(`^(?:,\s+|\s+et\s+)`)

// reGenitiveArticle is a complement that names an article alone: "de
// l'article 114", "des articles 5 et 6".
var reGenitiveArticle = mustRe(`^(?:de l'article|des articles)\s`)

// genitiveParts splits a locator made of genitive complements of one
// subject, each naming its article — "du second alinea de l'article 64,
// de l'article 114 et du dernier alinea de l'article 161" — into them
// (byte ranges of low); nil unless there are several, each names an
// article and no text, the first names a division before its article,
// and a later one too (with only bare articles after the first, "du
// premier alinea de l'article 1 et de l'article 2" may be the first
// alinéa of each: not said).
func genitiveParts(low string) [][2]int {
	if !strings.HasPrefix(low, "du ") && !strings.HasPrefix(low, "de la ") && !strings.HasPrefix(low, "des ") {
		return nil
	}
	var parts [][2]int
	start := 0
	for _, m := range reGenitiveNext.FindAllStringIndex(low, -1) {
		if !strings.Contains(low[start:m[0]], "article") {
			continue
		}
		parts = append(parts, [2]int{start, m[0]})
		start = m[0] + len(reGenitiveSep.FindString(low[m[0]:m[1]]))
	}
	parts = append(parts, [2]int{start, len(low)})
	if len(parts) < 2 {
		return nil
	}
	divided := false
	for i, pt := range parts {
		s := low[pt[0]:pt[1]]
		if !strings.Contains(s, "article") || strings.Contains(s, "code") || strings.Contains(s, " loi ") || strings.Contains(s, "ordonnance") || strings.Contains(s, "decret") || strings.Contains(s, "meme") || strings.Contains(s, "precite") {
			return nil
		}
		bare := reGenitiveArticle.MatchString(s)
		if i == 0 && bare {
			return nil
		}
		if i > 0 && !bare {
			divided = true
		}
	}
	if !divided {
		return nil
	}
	return parts
}

// reTextWord is a word naming a text in a locator: a code by its name
// or as "du même code", "dudit code", "du présent code", a law, an
// ordonnance, a décret.
var reTextWord = mustRe(`\b(?:code|loi|ordonnance|decret)\b`)

// textOfEachUnsaid refuses two places each naming its article, joined
// by "et" ("À l'article L. 1 et à l'article L. 5 du code pénal", "À
// l'article L. 5 du code pénal et au premier alinéa de l'article L. 2"),
// under a context naming another text ("Le code civil est ainsi modifié
// :" then the item), when one of them names no text of its own: the
// text named in the other may be its text, as the locator alone reads,
// or the context's may be, as an item alone reads — which is not said
// (it took the text named: the code pénal's L. 1 was edited under the
// code civil). One noun for both, "Aux articles L. 1 et L. 2 du code
// pénal", is of that text; outside a context the text named is each's,
// as read. It returns the reason, or "".
func textOfEachUnsaid(head, tail, code string, parent Scope) string {
	if parent.Ref.Code == "" || code == "" || code == parent.Ref.Code {
		return ""
	}
	if reTextWord.MatchString(head) && reTextWord.MatchString(tail) {
		return ""
	}
	return "two articles named apart under the context of another text, one naming no text of its own: whether it is the context's text or the other's is not said"
}

// divisionThenArticle reads a place with no article joined to a whole
// article, "Au second alinéa et à l'article L. 2 (du code pénal), …",
// "au I et aux articles L. 2 et L. 3": the article names no division, so
// the first place is not a division of it ("au second alinéa de l'article
// L. 2" is another place) — it is one of the article a context names
// ("L'article L. 1 est ainsi modifié :" then the item), and with none
// whose it is is not said: refused. (The first was read as a division of
// the second: L. 2's second alinéa was edited, the whole L. 2 and L. 1's
// alinéa were not.) The article takes the text the locator names, else
// the context's.
func (p *parser) divisionThenArticle(head, headCased, tail, tailCased string, parent, base Scope) ([]Scope, []Scope, string) {
	if parent.Ref.Article == "" || parent.RangeTo != "" {
		return nil, nil, "a division with no article joined to a whole article: whose division it is is not said"
	}
	first, ok, why := p.scopes(head, headCased, parent)
	if !ok {
		return nil, nil, why
	}
	second, ok, why := p.scopes(tail, tailCased, base)
	if !ok {
		return nil, nil, why
	}
	return first, second, ""
}

// reAndFollowing is an article and those after it, "l'article L. 1 et
// suivants", "les articles 5 et suivants".
var reAndFollowing = mustRe(`\barticles?\s+[^,;:]*?\d\S*\s+et\s+suivant(?:e)?s\b`)

// scopesFrom is scopes, but for a sentence of parent.
func (p *parser) scopesFrom(low, cased string, parent Scope) ([]Scope, bool, string) {
	low = strings.TrimSpace(low)
	cased = strings.TrimSpace(cased)
	if len(low) != len(cased) {
		return nil, false, "unexpected characters in the locator"
	}
	if m := reSameItems.FindStringSubmatchIndex(low); m != nil {
		return p.sameItems(cased[m[2]:m[3]])
	}
	if m := reArticlesEachText.FindStringSubmatchIndex(low); m != nil {
		// "Aux articles L. 1 du code civil et L. 2 du code pénal": each
		// article with the text named right after it, as "à l'article L.
		// 1 du code civil et à l'article L. 2 du code pénal" (it was
		// refused).
		each := func(s string) string {
			return "a l'article " + s[m[2]:m[3]] + " " + s[m[4]:m[5]] + " et a l'article " + s[m[6]:m[7]] + " " + s[m[8]:m[9]]
		}
		return p.scopesFrom(each(low), each(cased), parent)
	}
	// "Aux premier, deuxième, et troisième alinéas", "Aux 1°, 2°, et
	// 3°": the comma before the list's "et" (the last was read alone, or
	// dropped).
	for _, m := range reCommaEt.FindAllStringSubmatchIndex(low, -1) {
		low = low[:m[2]] + " " + low[m[3]:]
		cased = cased[:m[2]] + " " + cased[m[3]:]
	}
	// "Aux 1°, 2° ou 3°", "Aux premier ou deuxième alinéas": places
	// joined by "ou" (the first or the last was read alone).
	if m := reRanksOr.FindString(low); m != "" {
		return nil, false, "places joined by \"ou\", not read: " + m
	}
	// "…, tel qu'il résulte du 2° du présent I, …", "…, dans sa rédaction
	// résultant de …, …": which version of the text is meant, not a place.
	for _, m := range reVersionClause.FindAllStringIndex(low, -1) {
		blank := strings.Repeat(" ", m[1]-m[0])
		low = low[:m[0]] + blank + low[m[1]:]
		cased = cased[:m[0]] + blank + cased[m[1]:]
	}
	// "Les articles L. 1 et suivants": the law does not say which
	// article ends the series (it read article L. 1 alone).
	if reAndFollowing.MatchString(low) {
		return nil, false, "articles \"et suivants\": the last is not named"
	}
	if parts := genitiveParts(low); parts != nil && parent.Ref.Code != "" {
		// "la fin du second alinéa de l'article 64, de l'article 114 et
		// du dernier alinéa de l'article 161" under the text's context:
		// complements of one subject, each naming its article — a
		// later one naming its own division shows that a bare article
		// is the whole article, not the first's division of it. Read
		// one by one (it was refused: a second article named apart).
		var out []Scope
		for _, pt := range parts {
			sc, ok, why := p.scopesFrom(low[pt[0]:pt[1]], cased[pt[0]:pt[1]], parent)
			if !ok {
				return nil, false, why
			}
			out = append(out, sc...)
		}
		return out, true, ""
	}
	if m := reSameParagraph.FindStringSubmatchIndex(low); m != nil {
		// "Au 2° du même paragraphe" after "Au 1° du II": the part
		// numbered in roman the instruction before named, as "du même
		// II" (it was refused: a part not read); none or several:
		// refused below.
		var romans []string
		for _, d := range p.lastScope.Path {
			if d.Item != "" && itemKind(d.Item) == "roman" {
				romans = append(romans, d.Item)
			}
		}
		if len(romans) == 1 {
			low = low[:m[2]] + romans[0] + low[m[3]:]
			cased = cased[:m[2]] + strings.ToUpper(romans[0]) + cased[m[3]:]
		}
	}
	if w := unknownHead(low); w != "" {
		return nil, false, "a part of an article not read: " + w
	}
	if i := strings.LastIndex(low, ", "); i > 0 {
		// "Au I de l'article L. 1, le chapeau …": the subject after the
		// place.
		if w := unknownHead(low[i+2:]); w != "" {
			return nil, false, "a part of an article not read: " + w
		}
	}
	if bareRankBeforeDivision(low) {
		// "Au septième alinéa et au deuxième alinéa du 3°": the 3°'s
		// seventh or the article's is not said (it was read as the
		// 3°'s, "aux septième et deuxième alinéas du 3°").
		return nil, false, "places joined by \"et\", the first an alinéa or a sentence by its rank alone, the last in a division: whether the first is that division's is not said"
	}
	if parent.Ref.Article != "" && placeThenArticlePlace(low) {
		// "Au second alinéa et au premier alinéa de l'article L. 2"
		// under "L'article L. 1 est ainsi modifié :": whether the second
		// alinéa is L. 2's or the context's is not said (it was read as
		// L. 2's, "aux second et premier alinéas de l'article L. 2").
		return nil, false, "places joined by \"et\", the first naming no article, the last a division of an article, under a context naming another: whose the first is is not said"
	}
	low, cased = sharedNoun(low, cased)
	// "Le c) du I", "au a) du 2°": the letter's parenthesis, as the code
	// prints it, is no part of its name (the c was not read: the I went).
	for _, m := range reLetterParen.FindAllStringSubmatchIndex(low, -1) {
		low = low[:m[3]] + " " + low[m[3]+1:]
		cased = cased[:m[3]] + " " + cased[m[3]+1:]
	}
	if reSmallRomanItem.MatchString(cased) {
		// "Au ii du a du 1°": an item numbered in small roman numerals
		// ("ii)"), which neither the locator nor a code's labels read:
		// it was dropped, and the a edited whole.
		return nil, false, "an item numbered in small roman numerals (ii, iii) is not read"
	}
	// "Aux premières phrases des premier et second alinéas", "aux
	// deuxièmes alinéas des I et II": a rank in the plural is the rank of
	// each (it was not read: the whole alinéas were edited); "les deux
	// premières phrases" (a count first) is a count.
	for _, m := range rePluralRank.FindAllStringSubmatchIndex(low, -1) {
		if c := reCountBefore.FindStringSubmatch(low[:m[0]]); c != nil {
			continue
		}
		low = low[:m[3]] + " " + low[m[3]+1:]
		cased = cased[:m[3]] + " " + cased[m[3]+1:]
	}
	if alow, acased := alsoThatAsAnd(low, cased); alow != low {
		// "Le dernier alinéa du I, ainsi que le II et le III": as "et".
		if _, _, _, ok := itemsAndAlineasList(alow, acased); ok {
			low, cased = alow, acased
		}
	}
	if parts, holder, why, ok := itemsAndAlineasList(low, cased); ok {
		// "Le dernier alinéa du I, le II et le III": each subject read
		// in turn, with the article after the last (it was read as "les
		// II et III du dernier alinéa du I", and the III dropped).
		if why != "" {
			return nil, false, why
		}
		p.mixedSubjects = true
		var out []Scope
		for _, pt := range parts {
			sc, ok, why := p.scopesFrom(low[pt[0]:pt[1]]+low[holder:], cased[pt[0]:pt[1]]+cased[holder:], parent)
			if !ok {
				return nil, false, why
			}
			out = append(out, sc...)
		}
		return out, true, ""
	}
	// "Le 1° et le 2°", "au I et au II", "du a et du b": a list of items
	// of one kind, as "les 1° et 2°" (it read "le 1° du 2°").
	if reItemSeries.MatchString(cased) {
		// "Le 1°, le 2° et le 4°": "les 1°, 2° et 4°" (refused).
		cased = reItemSeries.ReplaceAllStringFunc(cased, itemSeries)
		low = asciiLower(cased)
	}
	if reItemPair.MatchString(cased) {
		cased = reItemPair.ReplaceAllStringFunc(cased, itemPair)
		low = asciiLower(cased)
	}
	// "Au II de l'article L. 1, le second alinéa …", "Au I, les deuxième
	// et troisième alinéas …": the subject after the locator is a division
	// of it, so it is read first, as in "le second alinéa du II de
	// l'article L. 1".
	if i := subjectCut(low); i > 0 {
		head, headCased := foldedHead(low[:i], cased[:i])
		if m := reHeadPrep.FindStringSubmatchIndex(head); m != nil {
			// "À l'article L. 1, le II" is "le II de l'article L. 1" (the
			// item was not read after "à": the whole article went).
			of := genitive[strings.Join(strings.Fields(head[m[2]:m[3]]), " ")]
			head, headCased = of+head[m[3]:], of+headCased[m[3]:]
		}
		low = low[i+2:] + " " + head
		cased = cased[i+2:] + " " + headCased
	}
	base := parent
	base.Path = append([]Division(nil), parent.Path...)
	base.Sentence = 0
	base.Where = ""

	// Code or law: the first one named; "du même code", "dudit code",
	// "de la même ordonnance", "précitée" name the last one of their kind.
	code := p.textNamed(low)
	if reEveryText.MatchString(low) {
		// "Dans toutes les dispositions législatives, …", "Dans
		// l'ensemble des codes, …", "dans le code civil et dans tous les
		// textes législatifs": every law in force, which no corpus holds
		// (the code civil's words alone were edited).
		return nil, false, "every law (all the texts in force) named as the place: no corpus holds them"
	}
	if reSeveralCodes.MatchString(low) {
		// "Dans le code civil et le code de commerce, …", "Le code
		// civil et le code de commerce sont ainsi modifiés :": two codes
		// as one place (the second was dropped, or read as part of the
		// first's name, a code of no article).
		return nil, false, "several codes named as one place, not read"
	}
	if at := sameCodeAt(low); at >= 0 && p.censoredSinceText && p.articleCode == "" && !strings.Contains(low[:at], "code") {
		// "I. – (Censuré)" then "II. – À l'article L. 1 du même code",
		// the bill article naming no text before: the part censured may
		// have named the code meant; the one an earlier bill article
		// named is not said to be it. (After a code named in the same
		// bill article, "IV. – … du code électoral …", "V. – (Censuré)",
		// "VI. – … du même code" is that code, as read.)
		return nil, false, "\"du même code\" after a part censured: the code it names is not known"
	}
	if at := sameCodeAt(low); p.unknownCode && at >= 0 && !strings.Contains(low[:at], "code") {
		// "I. – La section 2 … est complétée par un article L. 2 ainsi
		// rédigé : …" (no code said), then "II. – À l'article L. 1 du
		// même code": the code of the I, which is not known — not the
		// one an earlier bill article named.
		return nil, false, "\"du même code\" after an article of an unknown code"
	}
	if at := sameCodeAt(low); code != "" && (at < 0 || strings.Contains(low[:at], "code")) {
		p.unknownCode = false
	}
	if code == "" && p.textUnsaid(low) {
		// "À l'article 3 de la loi précitée" after two laws named: it
		// took the last one.
		return nil, false, "\"ladite loi\" (\"la loi précitée\") after two texts of that kind: which one is not said"
	}
	if code == "" && (reForeignArticle.MatchString(low) || foreignAcronym(cased)) {
		// "À l'article 5 de la loi du 29 juillet 1881" under "Le code
		// civil est ainsi modifié :": the article of a text not known,
		// not the code's article 5 (it was edited).
		return nil, false, "an article of a text not identified"
	}
	if code != "" {
		p.noteText(code)
	}
	if m := reSameCode.FindStringIndex(low); m != nil && p.lastKind["code"] == "" && !strings.Contains(low[:m[0]], "code") {
		// "I. – L'article 3 de la loi n° … est abrogé." then "II. – À
		// l'article L. 1 du même code": no code was named before (the
		// law's article L. 1 was edited). (One named before it in the
		// locator, "À l'article L. 1 du code civil et à l'article L. 2
		// du même code", is read with the locator's parts.)
		return nil, false, "\"du même code\" with no code named before"
	}
	if m := reSameText.FindStringSubmatchIndex(low); m != nil && p.lastKind[low[m[2]:m[3]]] == "" && !strings.Contains(low[:m[0]], low[m[2]:m[3]]) {
		// "de la même loi", "de ladite ordonnance" with none of that
		// kind named before (the code's article was edited).
		return nil, false, "\"la même " + low[m[2]:m[3]] + "\" with none named before"
	}
	if code != "" {
		if code != base.Ref.Code {
			// Another text than the context's: none of the context's
			// places is in it — its path, nor its division ("La section
			// 2 du chapitre III … du code de commerce" under "Le chapitre
			// II … du code civil est ainsi modifié :" was sought in the
			// code civil's chapter II).
			base.Ref = CodeRef{Code: code}
			base.Path = nil
			base.Division = nil
		}
	}

	if alow, acased := alsoThatAsAnd(low, cased); alow != low {
		// "Le dernier alinéa du I ainsi que le II": as "et".
		if _, _, _, ok := itemsAndAlineas(alow); ok {
			low, cased = alow, acased
		} else if _, _, _, _, ok := itemsThenSibling(alow, acased); ok {
			low, cased = alow, acased
		}
	}
	if a, aCased, b, bCased, ok := itemsThenSibling(low, cased); ok {
		// "Les 1° et 2° du II et le III": two subjects, read for a
		// deletion only, as items and alinéas are.
		p.mixedSubjects = true
		return p.bothScopes(a, aCased, b, bCased, base)
	}
	if first, second, why, ok := itemsAndAlineas(low); ok {
		if why != "" {
			return nil, false, why
		}
		p.mixedSubjects = true
		a, aCased := low[first[0]:first[1]]+low[second[2]:], cased[first[0]:first[1]]+cased[second[2]:]
		b, bCased := low[second[0]:], cased[second[0]:]
		if reAlineasSubject.MatchString(low[first[0]:first[1]]) {
			// The items first: an item takes the alinéas after it when
			// it ends its list, and the alinéa, counted as found, is
			// then refused as edited already ("Le dernier alinéa et le
			// 4° sont supprimés": the 4° took the alinéa before the last
			// with it).
			a, aCased, b, bCased = b, bCased, a, aCased
		}
		return p.bothScopes(a, aCased, b, bCased, base)
	}

	// "La dernière phrase du premier alinéa et le deuxième alinéa de
	// l'article L. 1": a sentence of a division, then a division of its
	// own; what follows the second's designation ("de l'article L. 1",
	// "du I …") is the first's too (it was refused: an alinéa of an
	// alinéa).
	if m := reSentenceAndDivision.FindStringSubmatchIndex(low); m != nil && !strings.Contains(low[m[4]:], "phrase") {
		tail, tailCased := low[m[4]:], cased[m[4]:]
		suffix := ""
		if d := reDesignationEnd.FindStringIndex(tail); d != nil {
			suffix = cased[m[4]+d[0]:]
		}
		return p.bothScopes(low[:m[3]]+strings.ToLower(suffix), cased[:m[3]]+suffix, tail, tailCased, base)
	}

	// "Le deuxième alinéa et la dernière phrase du premier alinéa de
	// l'article L. 1": a division, then a sentence of a division of its
	// own; what follows the sentence's holder ("de l'article L. 1", "du
	// II …") is the first's too (it was refused: an alinéa of an alinéa).
	if m := reDivisionAndSentence.FindStringSubmatchIndex(low); m != nil && !strings.Contains(low[:m[3]], "phrase") {
		tail, tailCased := low[m[4]:], cased[m[4]:]
		suffix := ""
		if h := reDesignationEnd.FindStringIndex(tail); h != nil {
			if d := reDesignationEnd.FindStringIndex(tail[h[1]:]); d != nil {
				suffix = cased[m[4]+h[1]+d[0]:]
			}
		}
		return p.bothScopes(low[:m[3]]+strings.ToLower(suffix), cased[:m[3]]+suffix, tail, tailCased, base)
	}

	// "Le 2° du I de l'article L. 1 et le 1° du II du même article": a
	// second target in the first's article, read with it (the second was
	// dropped: only the 2° of the I went).
	if first, tail, tailCased, ok := p.sameArticleTail(low, cased, base); ok {
		if first == nil {
			return nil, false, "\"du même article\" after several articles in the locator"
		}
		second, ok, why := p.scopes(tail, tailCased, Scope{Ref: first[0].Ref})
		if !ok {
			return nil, false, why
		}
		return append(first, second...), true, ""
	}

	// "Au premier alinéa de l'article L. 666-2 et aux articles L. 666-4 et
	// L. 666-5", "à la première phrase … de l'article L. 811-1, à la
	// première phrase … de l'article L. 811-2": locators joined by "et" or
	// a comma, each naming its article, read one by one.
	// "À la première phrase du deuxième alinéa et au quatrième alinéa de
	// l'article L. 813-2": a first locator naming no article takes the
	// second's; with no article on either side (under a context), both
	// take the context's.
	if l, c, ok := itemThenInnerOf(low, cased); ok && strings.Count(l, ",") < strings.Count(low, ",") {
		// "Au I, au 2°, au b", "À l'article L. 1, au I, au 2°, à la
		// première phrase": each place inside the one before, one place
		// (from the third, they were read as several places, or
		// refused).
		return p.scopes(l, c, parent)
	}
	for _, loc := range reAndLocator.FindAllStringIndex(low, -1) {
		prep := reAndLocator.FindStringSubmatch(low[loc[0]:loc[1]])[1]
		k := loc[1] - len(prep)
		head, tail := low[:loc[0]], low[k:]
		if prep == "a " && reLatinAfterA.MatchString(tail) {
			// "les a et a bis du 1°": the item a bis, not "et à" a
			// second place (the whole 1° was repealed).
			continue
		}
		artHead, artTail := strings.Contains(head, "article"), strings.Contains(tail, "article")
		divs := reDivWord.MatchString(head) && reDivWord.MatchString(tail)
		if !artHead && !artTail && !strings.Contains(low[loc[0]:k], "et") && !strings.Contains(low[loc[0]:k], "ainsi qu") &&
			strings.Contains(head, "alinea") && !strings.Contains(head, "phrase") && strings.Contains(tail, "phrase") && !strings.Contains(tail, "alinea") {
			// "Au premier alinéa, à la seconde phrase, …": the sentence of
			// that alinéa, not two places.
			continue
		}
		if artHead && !artTail && (reDivWord.MatchString(tail) || reStartOrEnd.MatchString(tail)) && !strings.Contains(low[loc[0]:k], "et") && !strings.Contains(low[loc[0]:k], "ainsi qu") ||
			!artHead && !artTail && itemThenInner(head, low[loc[0]:k], tail) {
			// "À l'article L. 1, au second alinéa, …", "À l'article L. 1,
			// au premier alinéa du II, …": a division of that article,
			// read as "au second alinéa de l'article L. 1" — never the
			// whole article. The head's preposition becomes "of" ("Au
			// premier alinéa de l'article L. 1, à la première phrase" is
			// "à la première phrase du premier alinéa de l'article L. 1",
			// one place: it read two, the alinéa and the article's first
			// sentence).
			if strings.Contains(head, "phrase") && !strings.Contains(tail, "phrase") {
				// "À la première phrase de l'article L. 1, au second
				// alinéa, …": a sentence holds no alinéa; not said
				// which is meant.
				return nil, false, "a sentence named before a larger division"
			}
			headCased, tailCased := cased[:loc[0]], cased[k:]
			if m := reHeadPrep.FindStringSubmatchIndex(head); m != nil {
				of := genitive[strings.Join(strings.Fields(head[m[2]:m[3]]), " ")]
				head, headCased = of+head[m[3]:], of+headCased[m[3]:]
			}
			if reStartOrEnd.MatchString(tail) {
				tail, tailCased = strings.TrimRight(tail, ", "), strings.TrimRight(tailCased, ", ")
			}
			return p.scopes(tail+" "+head, tailCased+" "+headCased, parent)
		}
		if !artHead && artTail && !divs && reDivWord.MatchString(head) {
			// "Au second alinéa et à l'article L. 2": a division with
			// no article, then a whole article — not that article's.
			first, second, why := p.divisionThenArticle(head, cased[:loc[0]], tail, cased[k:], parent, base)
			if why != "" {
				return nil, false, why
			}
			return append(first, second...), true, ""
		}
		if !(artHead && artTail || !artHead && artTail && divs || !artHead && !artTail && divs) {
			continue
		}
		if artHead && artTail {
			if why := textOfEachUnsaid(head, tail, code, parent); why != "" {
				return nil, false, why
			}
			// Each names its article: in the order written, so that "du
			// même code" in the second is the first's code.
			first, ok, why := p.scopes(head, cased[:loc[0]], base)
			if !ok {
				return nil, false, why
			}
			second, ok, why := p.scopes(tail, cased[k:], base)
			if !ok {
				return nil, false, why
			}
			return append(first, second...), true, ""
		}
		second, ok, why := p.scopes(tail, cased[k:], base)
		if !ok {
			return nil, false, why
		}
		firstBase := base
		if !artHead && artTail {
			for _, sc := range second[1:] {
				if sc.Ref != second[0].Ref || sc.RangeTo != "" {
					return nil, false, "a locator without its article before several articles"
				}
			}
			firstBase = Scope{Ref: second[0].Ref, Division: second[0].Division}
		}
		first, ok, why := p.scopes(head, cased[:loc[0]], firstBase)
		if !ok {
			return nil, false, why
		}
		return append(first, second...), true, ""
	}

	// "Le 4° de l'article L. 332-1 et l'article L. 335-12 du même code":
	// two targets, read one by one with the code found above.
	if loc := reAndArticle.FindStringIndex(low); loc != nil && loc[0] > 0 {
		if why := textOfEachUnsaid(low[:loc[0]], low[loc[0]:], code, parent); why != "" {
			return nil, false, why
		}
		first, ok, why := p.scopes(low[:loc[0]], cased[:loc[0]], base)
		if !ok {
			return nil, false, why
		}
		second, ok, why := p.scopes(low[loc[0]+len(" et "):], cased[loc[0]+len(" et "):], base)
		if !ok {
			return nil, false, why
		}
		return append(first, second...), true, ""
	}

	// Articles.
	var arts []string
	articleCut := len(low)
	if loc := reArticle.FindStringSubmatchIndex(cased); loc != nil {
		prefix := ""
		if loc[2] >= 0 {
			prefix = cased[loc[2]:loc[3]]
		}
		num := cased[loc[4]:loc[5]]
		isCode := prefix != "" || code != "" || base.Ref.Code != ""
		if isCode {
			articleCut = loc[0]
			var rest string
			arts, rest = moreArticles(ArticleKey(prefix+num), cased[loc[1]:])
			if m := reArticle.FindStringIndex(rest); m != nil && !inTextTitle(asciiLower(foldAccents(rest)), m[0]) {
				// "Au premier alinéa de l'article L. 1 du code civil et de
				// l'article L. 2 du code de commerce": a second article
				// named apart, perhaps of another code, was dropped (and
				// L. 1 given the second code).
				return nil, false, "a second article named apart in the locator, not read"
			}
			if reArticleOr.MatchString(rest) {
				// "Aux articles L. 1, L. 2 ou L. 3": articles joined by
				// "ou" (the L. 3 was dropped): whether each is edited is
				// not said.
				return nil, false, "articles joined by \"ou\", not read"
			}
			if reArticleAfterText.MatchString(rest) {
				// "Les articles L. 1 du code de la santé publique et L. 2
				// du code de la sécurité sociale": a number after the
				// first's text is an article of another one (L. 2 was
				// dropped, and L. 1 given the second code).
				return nil, false, "an article named after the text of the one before, not read"
			}
			if base.Ref.Code == "" {
				if p.articleCode == "" {
					p.unknownCode = true
					return nil, false, "article of an unknown code"
				}
				if len(p.articleTexts) > 1 {
					return nil, false, "article of a code not said, the bill article naming several"
				}
				base.Ref.Code = p.articleCode
			}
			base.Path = nil
		}
	}
	if m := reSameArticle.FindStringIndex(low); m != nil && len(arts) == 0 {
		// "Le même article est complété …", "Au 1° du même article",
		// "Ledit article": the article of the instruction before.
		if p.lastScope.Ref.Article == "" || p.lastScope.RangeTo != "" {
			return nil, false, "\"le même article\" with no article before it"
		}
		if !p.lastAgree(samePlace(0, false)) {
			return nil, false, "\"le même article\" after several articles"
		}
		base.Ref, base.Path, base.Division = p.lastScope.Ref, nil, nil
		arts = []string{p.lastScope.Ref.Article}
		articleCut = m[0]
	}
	if m := reSameItem.FindStringSubmatchIndex(low); m != nil && len(arts) == 0 {
		// "Au même 1°, …", "Au premier alinéa du même II": the item (or
		// part) the instruction before named, in its article. "Au même 1°
		// A": the 1° A (the 1° was edited).
		end := m[3]
		if c := reCapitalsAfterItem.FindStringIndex(cased[end:]); c != nil {
			end += c[1]
		}
		it := itemName(cased[m[2]:end])
		if sc, relabelled, why := p.sameRelabelled(it); relabelled {
			// "Le 3° devient le 4° ;" then "Au même 4°, …": the item
			// under its new label (it was refused); the old label is
			// refused (sameRelabelled).
			if why != "" {
				return nil, false, why
			}
			p.lastScope, p.lastOthers = sc, nil
		}
		var path []Division
		found := false
		for _, d := range p.lastScope.Path {
			path = append(path, d)
			if d.Item == it {
				found = true
				break
			}
		}
		if !found || p.lastScope.Ref.Article == "" || p.lastScope.RangeTo != "" {
			return nil, false, "\"au même " + it + "\" with no " + it + " before it"
		}
		if !p.lastAgree(samePlace(len(path), false)) {
			return nil, false, "\"au même " + it + "\" after several of them"
		}
		base.Ref, base.Path, base.Division = p.lastScope.Ref, path, nil
		arts = []string{p.lastScope.Ref.Article}
		articleCut = m[0]
	}
	if len(arts) == 0 && base.Ref.Article == "" && (reSameAlinea.MatchString(low) || reSamePhrase.MatchString(low)) {
		// "II. – Au même alinéa, …" naming no article and under no
		// context: the alinéa (sentence) of the instruction before, in its
		// article (read below).
		if p.lastScope.Ref.Article == "" || p.lastScope.RangeTo != "" {
			return nil, false, "\"au même alinéa\" with no alinéa before it in the same article"
		}
		base.Ref = p.lastScope.Ref
		arts = []string{p.lastScope.Ref.Article}
	}
	if len(arts) == 0 && code != "" && reWholeCode.MatchString(low) {
		// "Dans l'ensemble du code civil", "Dans tout le code civil",
		// "Dans le code civil": every article of it.
		return []Scope{{Ref: CodeRef{Code: code}, Everywhere: true}}, true, ""
	}
	if len(arts) == 0 && (code == "" || code == base.Ref.Code) && base.Ref.Code != "" && base.Ref.Article == "" && len(base.Division) == 0 && reWholeCodeBare.MatchString(strings.TrimSpace(low)) {
		// "Le code civil est ainsi modifié : 1° Dans l'ensemble du code,
		// les mots …": every article of the context's code (refused).
		// "Dans l'ensemble du présent code" ("du même code") names it
		// too (it was refused: no target article).
		return []Scope{{Ref: CodeRef{Code: base.Ref.Code}, Everywhere: true}}, true, ""
	}
	if len(arts) == 0 && (code == "" || code == base.Ref.Code) && (base.Ref.Article != "" || len(base.Division) > 0) && reWholeCodeBare.MatchString(strings.TrimSpace(low)) {
		// "L'article L. 1 est ainsi modifié : 1° Dans l'ensemble du code,
		// les mots …": the code, its name not said, under an article's
		// (a division's) context — the whole code or that article is not
		// said (the article's words alone were edited).
		return nil, false, "the whole code, its name not said, under the context of an article or a division"
	}
	if len(arts) == 0 && code != "" && reTextSubj.MatchString(low) {
		// "Le code du travail est ainsi modifié :", "Le même code …",
		// "L'ordonnance n° 58-1100 du … est ainsi modifiée :"
		return []Scope{{Ref: CodeRef{Code: code}}}, true, ""
	}
	if len(arts) == 0 && base.Ref.Article == "" {
		// "Les sections 1 et 2 du chapitre III sont abrogées", "les
		// chapitres II à IV": each division of the list.
		if m := reDivisionList.FindStringSubmatch(low); m != nil {
			names, ok := divisionListNames(m[2])
			if !ok {
				return nil, false, "unrecognised list of divisions"
			}
			var out []Scope
			for _, n := range names {
				sc := base
				sc.Division = append(append([]string(nil), base.Division...), divisionSlugs(divisionSingular[m[1]]+" "+n+m[3])...)
				// "Aux sections 1 et 2 du chapitre III, les mots …": the
				// words of each one's articles, as "À la section 1" (they
				// were sought in no article).
				sc.Everywhere = strings.HasPrefix(low, "aux")
				out = append(out, sc)
			}
			return out, true, ""
		}
	}
	if len(arts) == 0 {
		if base.Ref.Article == "" && base.Ref.Code != "" && reDivisionPlace.MatchString(low) {
			// "Au chapitre Ier du titre II du livre III du code civil,
			// les mots … sont remplacés …", "1° À la section 2, …" under
			// "Le chapitre Ier … est ainsi modifié :": every article of
			// that division (words only, as a whole code's).
			sc := base
			sc.Division = append(append([]string(nil), base.Division...), divisionSlugs(low)...)
			sc.Everywhere = true
			return []Scope{sc}, true, ""
		}
		if base.Ref.Article == "" && !reDivision.MatchString(low) {
			return nil, false, "no target article"
		}
		if base.Ref.Article == "" {
			// "Le chapitre Ier" under "Le titre VI du livre III … :".
			base.Division = append(append([]string(nil), base.Division...), divisionSlugs(low)...)
		}
		arts = []string{base.Ref.Article}
	}

	// Parts of an article the paths do not name — a table's lines and
	// columns, "le paragraphe 2", an annex: never the whole article (they
	// widened to it). ("Le paragraphe 2 de la sous-section 1 …", a
	// division of a code, names no article.)
	// "le deuxième tiret du 3°", "au dernier tiret du a": a dash of a
	// list by its rank (read before the parts not read, "tirets").
	type dashAt struct {
		pos   int
		ranks []int
	}
	var dashRanks []dashAt
	for _, m := range reDashRank.FindAllStringSubmatchIndex(low[:min(articleCut, len(low))], -1) {
		dashRanks = append(dashRanks, dashAt{m[0], ordinals(low[m[2]:m[3]])})
		blank := strings.Repeat(" ", m[1]-m[0])
		low = low[:m[0]] + blank + low[m[1]:]
		cased = cased[:m[0]] + blank + cased[m[1]:]
	}
	if m := reParenItem.FindString(low); m != "" {
		return nil, false, "an item numbered with a parenthesis not read: " + m
	}
	if m := reUnreadPart.FindString(low); m != "" && len(arts) > 0 && arts[0] != "" {
		return nil, false, "a part of an article not read: " + m
	}
	// A division named after the article and a comma, in a form not read
	// above: never the whole article (nor an item bare after the comma,
	// "l'article L. 1, 1° et 2°, …").
	if articleCut < len(low) {
		if c := strings.Index(low[articleCut:], ","); c >= 0 && (reDivWord.MatchString(low[articleCut+c:]) || reBareItemAfter.MatchString(low[articleCut+c:])) && !strings.Contains(low[articleCut+c:], "article") {
			return nil, false, "a division named after the article, in a form not read"
		}
		// "À l'article L. 1 (II) du code civil", "Aux articles L. 1
		// (premier alinéa) et L. 2": a division in parentheses (the whole
		// L. 1 was edited, and the L. 2 dropped).
		if reDivInParens.MatchString(low[articleCut:]) {
			return nil, false, "a division in parentheses after the article, not read"
		}
		// "Le 2° de l'article L. 1 et le 1° du II sont abrogés": a second
		// division joined after the article, in a form not read (it was
		// dropped).
		if m := reAndAfter.FindStringIndex(low[articleCut:]); m != nil && reDivWord.MatchString(low[articleCut+m[0]:]) {
			return nil, false, "a division joined after the article, in a form not read"
		}
	}
	// Divisions named before the article, smallest first in French.
	divText := low[:min(articleCut, len(low))]
	divCased := cased[:min(articleCut, len(cased))]
	// "Au même alinéa", "À la même phrase": the alinéa (the sentence) of
	// the instruction before, in the same article.
	sameSentence := 0
	for _, re := range []*lre{reSameAlinea, reSamePhrase} {
		m := re.FindStringIndex(divText)
		if m == nil {
			continue
		}
		if p.lastScope.Ref != base.Ref || len(p.lastScope.Path) == 0 && p.lastScope.Sentence == 0 {
			return nil, false, "\"au même alinéa\" with no alinéa before it in the same article"
		}
		if !p.lastAgree(samePlace(-1, re == reSamePhrase)) {
			return nil, false, "\"au même alinéa\" after several alinéas (sentences)"
		}
		for _, d := range p.lastScope.Path {
			if d.Count != 0 && d.Count != 1 {
				return nil, false, "\"au même alinéa\" after several alinéas (sentences)"
			}
		}
		base.Path = append([]Division(nil), p.lastScope.Path...)
		if re == reSamePhrase {
			if p.lastScope.Sentence == 0 {
				return nil, false, "\"à la même phrase\" with no sentence before it"
			}
			sameSentence = p.lastScope.Sentence
		}
		blank := strings.Repeat(" ", m[1]-m[0])
		divText = divText[:m[0]] + blank + divText[m[1]:]
		divCased = divCased[:m[0]] + blank + divCased[m[1]:]
	}
	// A rank not read ("au vingt et unième alinéa du I"): never the I.
	for _, m := range amAnyRank.FindAllStringSubmatch(divText, -1) {
		if _, ok := ordValue[m[1]]; !ok {
			return nil, false, "unrecognised rank of an alinéa or a sentence: " + m[1]
		}
	}
	// A rank with no noun ("Au deuxième de l'article L. 1", "au 2nd du
	// I"): what it ranks is not said — never the whole article (the
	// rank was dropped).
	if m := reRankNoNoun.FindStringSubmatch(divText); m != nil {
		return nil, false, "a rank with no noun: " + m[1]
	}
	type mention struct {
		pos  int
		divs []Division
		sent []int
		// sentLast: the one sentence of sent is also the last.
		sentLast bool
		// toEnd: the one sentence of sent and every one after it; but
		// of them, that many before the last.
		toEnd bool
		but   int
	}
	var ms []mention
	for _, d := range dashRanks {
		var divs []Division
		for _, r := range d.ranks {
			divs = append(divs, Division{Alinea: r, Dash: true})
		}
		ms = append(ms, mention{pos: d.pos, divs: divs})
	}
	// "L'alinéa unique", "l'unique alinéa": the first, which must be the
	// last (it was refused).
	for _, m := range reUniqueAlinea.FindAllStringIndex(divText, -1) {
		ms = append(ms, mention{pos: m[0], divs: []Division{{Alinea: 1, FromEnd: -1}}})
		blank := strings.Repeat(" ", m[1]-m[0])
		divText = divText[:m[0]] + blank + divText[m[1]:]
		divCased = divCased[:m[0]] + blank + divCased[m[1]:]
	}
	// "les quatrième à douzième alinéas": alinéas 4 to 12; "les deuxième
	// à dernier alinéas": from the second to the end.
	ranges := reAlineaRange.FindAllStringSubmatchIndex(divText, -1)
	for _, m := range ranges {
		from, to := ordValue[divText[m[2]:m[3]]], ordValue[divText[m[4]:m[5]]]
		switch {
		case from > 0 && to < 0:
			// "les deuxième à avant-dernier alinéas": to the one before
			// the last (it was refused).
			ms = append(ms, mention{pos: m[0], divs: []Division{{Alinea: from, Count: toTheEnd + to + 1}}})
		case from > 0 && to > from:
			ms = append(ms, mention{pos: m[0], divs: []Division{{Alinea: from, Count: to - from + 1}}})
		default:
			return nil, false, "unrecognised range of alinéas"
		}
	}
alineas:
	for _, m := range reAlineas.FindAllStringSubmatchIndex(divText, -1) {
		for _, r := range ranges {
			if m[0] >= r[0] && m[0] < r[1] {
				continue alineas
			}
		}
		var ds []Division
		if n, end, ok := rankAndLast(divText[m[0]:m[1]]); ok {
			ds = []Division{{Alinea: n, FromEnd: end}}
		} else {
			for _, o := range ordinals(divText[m[2]:m[3]]) {
				ds = append(ds, Division{Alinea: o})
			}
		}
		ms = append(ms, mention{pos: m[0], divs: ds})
	}
	for _, m := range reCounted.FindAllStringSubmatchIndex(divText, -1) {
		ms = append(ms, mention{pos: m[0], divs: []Division{countedAlineas(divText, m)}})
	}
	// "les deuxième à quatrième phrases": sentences 2 to 4; "les
	// deuxième à dernière phrases": the second and every one after it
	// (SentencesToEnd: how many there are is known only on the text; it
	// was refused); to the one before the last ("avant-dernière", or
	// "antépénultième"), SentencesButLast too.
	phraseRanges := rePhraseRange.FindAllStringSubmatchIndex(divText, -1)
	for _, m := range phraseRanges {
		from, to := ordValue[divText[m[2]:m[3]]], ordValue[divText[m[4]:m[5]]]
		if from > 1 && to == -1 {
			ms = append(ms, mention{pos: m[0], sent: []int{from}, toEnd: true})
			continue
		}
		if from >= 1 && to < -1 {
			// "les deuxième à avant-dernière phrases": from the second to
			// the one before the last, as the text counts them.
			ms = append(ms, mention{pos: m[0], sent: []int{from}, toEnd: true, but: -to - 1})
			continue
		}
		if from <= 0 || to <= from {
			return nil, false, "unrecognised range of sentences"
		}
		var sent []int
		for k := from; k <= to; k++ {
			sent = append(sent, k)
		}
		ms = append(ms, mention{pos: m[0], sent: sent})
	}
phrases:
	for _, m := range rePhrases.FindAllStringSubmatchIndex(divText, -1) {
		for _, r := range phraseRanges {
			if m[0] >= r[0] && m[0] < r[1] {
				continue phrases
			}
		}
		if n, end, ok := rankAndLast(divText[m[0]:m[1]]); ok {
			if end != -1 {
				// "la troisième et avant-dernière phrase" is not read
				// (it was two sentences).
				return nil, false, "a sentence named by two ranks other than the last"
			}
			ms = append(ms, mention{pos: m[0], sent: []int{n}, sentLast: true})
			continue
		}
		ms = append(ms, mention{pos: m[0], sent: ordinals(divText[m[2]:m[3]])})
	}
	// "les deux dernières phrases", "les trois premières phrases".
	for _, m := range reCountedPhrases.FindAllStringSubmatchIndex(divText, -1) {
		n := cardinal(divText[m[2]:m[3]])
		var sent []int
		for k := 1; k <= n; k++ {
			if strings.HasPrefix(divText[m[4]:m[5]], "dernier") {
				sent = append(sent, k-n-1) // -n … -1
			} else {
				sent = append(sent, k)
			}
		}
		ms = append(ms, mention{pos: m[0], sent: sent})
	}
	// "Les aa à b", "des a à aa": a range bounded by an item whose rank
	// is not known — which items it holds is not said (it was not read:
	// the whole 1° was edited).
	if reDoubledRange.MatchString(divCased) {
		return nil, false, "a range of items bounded by a doubled letter, whose rank is not known"
	}
	// "les 2° à 4°", "des a à c", "les I à III": every item of the range.
	itemRanges := reItemRange.FindAllStringSubmatchIndex(divCased, -1)
	for _, m := range itemRanges {
		from, to := divCased[m[2]:m[3]], divCased[m[4]:m[5]]
		k := casedKind(from)
		a, b := casedRank(from), casedRank(to)
		if casedKind(to) != k || a == 0 || b <= a {
			return nil, false, "unrecognised range of items"
		}
		var divs []Division
		for r := a; r <= b; r++ {
			divs = append(divs, Division{Item: strings.ToLower(labelOfRank(r, k, from)), GoesOn: r < b})
		}
		// "Aux 1° à 3° et 5°": items listed after the range, of its kind
		// (the 5° was dropped).
		rest := divCased[m[1]:]
		for {
			n := reItemMore.FindStringSubmatchIndex(rest)
			if n == nil || casedKind(rest[n[2]:n[3]]) != k {
				break
			}
			divs = append(divs, Division{Item: itemName(rest[n[2]:n[3]])})
			rest = rest[n[3]:]
		}
		ms = append(ms, mention{pos: m[0], divs: divs})
	}
	itemsFound := len(itemRanges) > 0
	found := findItems(divCased)
	for _, m := range found {
		itemsFound = true
		it := itemName(divCased[m[2]:m[3]])
		divs := []Division{{Item: it}}
		// "des I et II", "aux 1°, 2° et 4°": a list of items of one kind.
		rest := divCased[m[3]:]
		for {
			n := reItemMore.FindStringSubmatchIndex(rest)
			if n == nil || casedKind(rest[n[2]:n[3]]) != casedKind(divCased[m[2]:m[3]]) {
				break
			}
			divs = append(divs, Division{Item: itemName(rest[n[2]:n[3]])})
			rest = rest[n[3]:]
		}
		ms = append(ms, mention{pos: m[0], divs: divs})
	}
	if len(ms) == 0 && (strings.Contains(divText, "alinea") || strings.Contains(divText, "phrase")) {
		return nil, false, "unrecognised alinéa or sentence designation"
	}
	if !itemsFound && reItemLike.MatchString(divCased) || capitalNotRead(divCased, found) {
		// "Les 2° bis à quater …", "le a bis A", "du 1° A": an item named
		// in a form not read. The whole article (or the item around it)
		// would be wrong: "Le a bis A de l'article L. 1 est abrogé"
		// deleted the article.
		return nil, false, "unrecognised item designation"
	}
	// Sort mentions by position, then read them backwards.
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].pos < ms[j-1].pos; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
	for i := 1; i < len(ms); i++ {
		if reJoinedSubject.MatchString(divText[ms[i-1].pos:ms[i].pos]) {
			// "Le 2° du I et le II sont abrogés", "Le a du 1° et le II
			// …": two places joined as subjects, not the one inside the
			// other (read as the 2° of the I of the II: the II's 1° a was
			// deleted where the I's was meant, and the II kept).
			return nil, false, "two divisions joined by \"et\" (or a comma) as two subjects: not one inside the other"
		}
	}
	var sentences []int
	sentLast, toEnd, but := false, false, 0
	paths := [][]Division{base.Path}
	multi := 0
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if len(m.sent) == 0 && len(m.divs) == 0 {
			return nil, false, "unrecognised alinéa or sentence designation"
		}
		if len(m.sent) > 0 {
			if sentences != nil {
				return nil, false, "several sentence designations"
			}
			sentences, sentLast, toEnd, but = m.sent, m.sentLast, m.toEnd, m.but
			if len(m.sent) > 1 {
				multi++
			}
			continue
		}
		if len(m.divs) > 1 {
			multi++
		}
		var next [][]Division
		for _, pth := range paths {
			for _, d := range m.divs {
				next = append(next, append(append([]Division(nil), pth...), d))
			}
		}
		paths = next
	}
	if multi > 1 {
		return nil, false, "several lists of divisions"
	}
	if sentences == nil && sameSentence == 0 && reSentenceUnranked.MatchString(divText) {
		// "Les deux phrases du premier alinéa", "à la phrase du …": a
		// sentence named with no rank read; the whole alinéa was edited
		// (all its three sentences deleted).
		return nil, false, "a sentence named without its rank"
	}
	for _, pth := range paths {
		kinds := map[string]bool{}
		for _, d := range pth {
			if d.Item == "" {
				continue
			}
			if k := itemKind(d.Item); k == "°" && kinds[k] {
				// "Les 1° et 2° ainsi que le 4°" read as the 1° of the
				// 4°: an item holds no item of its kind.
				return nil, false, "an item inside an item of its kind"
			} else {
				kinds[k] = true
			}
		}
		for k := 1; k < len(pth); k++ {
			a, b := pth[k-1], pth[k]
			if a.Item == "" && b.Item == "" && a.Alinea != 0 && b.Alinea != 0 && !a.Numbered && !b.Numbered && a.Proposed == "" && b.Proposed == "" {
				// "la seconde phrase du premier alinéa, ainsi qu'aux
				// troisième …" read as one place: an alinéa holds no
				// alinéa (it edited nothing, or the wrong one).
				return nil, false, "an alinéa of an alinéa"
			}
		}
	}
	if sentences == nil {
		sentences = []int{0}
		if sameSentence != 0 {
			sentences = []int{sameSentence}
		}
	}
	where := ""
	switch {
	case strings.Contains(divText, "a la fin"):
		where = "end"
	case strings.Contains(divText, "au debut") || strings.Contains(divText, "le debut"):
		where = "start"
	}
	var out []Scope
	for _, a := range arts {
		for _, pth := range paths {
			for _, s := range sentences {
				from, to, _ := strings.Cut(a, "..")
				sc := Scope{Ref: CodeRef{Code: base.Ref.Code, Article: from}, RangeTo: to, Path: pth, Sentence: s, SentenceLast: sentLast, SentencesToEnd: toEnd, SentencesButLast: but, Where: where, Division: base.Division}
				each, ok := sentenceOfEach(sc)
				if !ok {
					return nil, false, "a sentence of alinéas counted to the end"
				}
				out = append(out, each...)
			}
		}
	}
	if len(out) == 0 {
		return nil, false, "no target"
	}
	return out, true, ""
}

// subjectCut is where the subject after a locator begins, the ", "
// before it ("Au II de l'article L. 1, le second alinéa …"), or -1: the
// last comma followed by a division, or an earlier one when the commas
// after it list ranks of that subject ("Au premier alinéa, les deuxième,
// troisième et quatrième phrases" — the cut was at ", troisième", no
// subject, and the locator was refused).
func subjectCut(low string) int {
	for i := strings.LastIndex(low, ", "); i > 0; i = strings.LastIndex(low[:i], ", ") {
		if reSubjectDivision.MatchString(low[i+2:]) {
			return i
		}
		if !reRankAfterComma.MatchString(low[i+2:]) {
			return -1
		}
	}
	return -1
}

// foldedHead is a locator before a subject that names places joined by
// commas, each inside the one before ("à l'article L. 1, au premier
// alinéa", "au II, au 2°"), written as one place from the innermost:
// "au premier alinéa de l'article L. 1" — so the subject after it is of
// the innermost ("À l'article L. 1, au premier alinéa, les deuxième et
// troisième phrases sont supprimées" is "les deuxième et troisième
// phrases du premier alinéa de l'article L. 1": they were refused, a
// sentence of the article named before an alinéa). A link not inside the
// one before (two articles, "et"): the head as written.
func foldedHead(head, headCased string) (string, string) {
	parts := strings.Split(head, ", ")
	partsCased := strings.Split(headCased, ", ")
	if len(parts) < 2 || len(parts) != len(partsCased) {
		return head, headCased
	}
	acc, accCased := parts[0], partsCased[0]
	for k := 1; k < len(parts); k++ {
		t, tc := parts[k], partsCased[k]
		m := reHeadPrep.FindStringSubmatchIndex(acc)
		if m == nil || !reHeadPrep.MatchString(t) || reAndWord.MatchString(t) || strings.Contains(t, "ainsi qu") || strings.Contains(t, "article") ||
			!(strings.Contains(acc, "article") && !strings.Contains(acc, "alinea") && !strings.Contains(acc, "phrase") && reDivWord.MatchString(t) ||
				itemThenInner(acc, ",", t) || alineaThenSentence(acc, t)) {
			return head, headCased
		}
		of := genitive[strings.Join(strings.Fields(acc[m[2]:m[3]]), " ")]
		acc, accCased = t+" "+of+acc[m[3]:], tc+" "+of+accCased[m[3]:]
	}
	return acc, accCased
}

// reRankAfterComma is a rank continuing a list after a comma:
// "troisieme et quatrieme phrases" (an ordinal read, ordWords, in the
// singular or the plural).
var reRankAfterComma = mustRe(`^(?:` + ordWords + `)s?\b`)

// sameItem is an item's label in reSameItems: "1°", "1° bis", "II", "a".
const sameItem = `(?:\d+°|[ivx]+|[a-z])(?:\s+` + latinOrd + `)?`

// reSameItems is a locator (or a subject) that is only several items the
// instruction before named, folded: "aux mêmes 1° et 3°", "les mêmes a
// et b", "auxdits 1° et 3°" (group 1: the list).
var reSameItems = mustRe(`^(?:(?:aux|les|des|dans\s+les)\s+memes|auxdits|lesdits|desdits|dans\s+lesdits)\s+(` + sameItem + `(?:\s*(?:,|et)\s*` + sameItem + `)+)\s*,?\s*$`)

// reSameItemSep splits reSameItems' list.
var reSameItemSep = mustRe(`\s*(?:,|\bet\b)\s*`)

// sameItems reads "aux mêmes 1° et 3°": each item (cased, as listed) is
// the one of that label the instruction before named ("a) Au 1° et au
// 3° du I, …" then "b) Aux mêmes 1° et 3°, …"), with the divisions that
// hold it there — as "au même 1°" names one (it was refused: an item
// designation not read). An item it did not name, or named in two
// places (the 1° of the I and of the II), is refused.
func (p *parser) sameItems(list string) ([]Scope, bool, string) {
	var out []Scope
	for _, label := range reSameItemSep.Split(strings.TrimSpace(list), -1) {
		it := itemName(label)
		if sc, relabelled, why := p.sameRelabelled(it); relabelled {
			if why != "" {
				return nil, false, why
			}
			out = append(out, sc)
			continue
		}
		var found []Scope
		for _, s := range append([]Scope{p.lastScope}, p.lastOthers...) {
			if s.Ref.Article == "" || s.RangeTo != "" || s.Everywhere {
				continue
			}
			for k, d := range s.Path {
				if d.Item != it {
					continue
				}
				sc := Scope{Ref: s.Ref, Path: append([]Division(nil), s.Path[:k+1]...)}
				if !slices.ContainsFunc(found, func(f Scope) bool { return samePlace(-1, false)(f, sc) }) {
					found = append(found, sc)
				}
				break
			}
		}
		switch len(found) {
		case 0:
			return nil, false, "\"aux mêmes …\": the " + it + " was not named by the instruction before"
		case 1:
			out = append(out, found[0])
		default:
			return nil, false, "\"aux mêmes …\": the instruction before named several " + it
		}
	}
	return out, true, ""
}

// relabelsOf is the relabellings of items among es.
func relabelsOf(es []Edit) []Edit {
	var out []Edit
	for _, e := range es {
		if itemRelabel(e) {
			out = append(out, e)
		}
	}
	return out
}

// sameRelabelled reads the item it of "aux mêmes 3° et 4°" after an
// instruction that relabelled items ("Les 2° et 3° deviennent les 3° et
// 4° ; aux mêmes 3° et 4°, …"): a new label is the item under it, in the
// place it was (it was refused, the 4° not named before; an old label was
// read as the item it named before the relabelling); "au même 4°" after
// "Le 3° devient le 4°" likewise. An old label that is no new one ("aux
// mêmes 2° et 3°": before or after?) is refused (why set). A label the
// relabelling did not touch is not its (relabelled false): read as
// before.
func (p *parser) sameRelabelled(it string) (sc Scope, relabelled bool, why string) {
	if k := slices.IndexFunc(p.lastRelabels, func(e Edit) bool { return itemName(e.New) == it }); k >= 0 {
		e := p.lastRelabels[k]
		path := append([]Division(nil), e.Scope.Path...)
		path[len(path)-1].Item = it
		return Scope{Ref: e.Scope.Ref, Path: path}, true, ""
	}
	if slices.ContainsFunc(p.lastRelabels, func(e Edit) bool { return e.Scope.Path[len(e.Scope.Path)-1].Item == it }) {
		return Scope{}, true, "\"même(s) " + it + "\" after a relabelling of the " + it + ": its old label, not the item's now (the new one, or the old, is not said)"
	}
	return Scope{}, false, ""
}

// itemsFollowKnown reports whether b follows a in their series, both
// ranks read.
func itemsFollowKnown(a, b string) bool {
	return itemKind(a) == itemKind(b) && latinItemRank(a) != 0 && latinItemRank(b) != 0 && !itemsApart(a, b)
}

// reAnnouncedLabel is the one item or part an instruction announces
// before its new text, in its accents folded: "un 3° ainsi rédigé", "un
// II bis ainsi rédigé" (group 1), "Le 3° (du II …) est ainsi rédigé",
// "… est rétabli", "… est rédigé comme suit" (group 2), "Le 3°, qui
// devient le 4°, est ainsi rédigé" (group 3: the new label).
var reAnnouncedLabel = mustRe(`(?:\bun\s+` + announcedLabel + `\s+(?:ainsi\s+redigee?|redigee?\s+comme\s+suit|dans\s+(?:la|sa)\s+redaction\s+suivante)(?:\s|:|,|$)|(?:^|[\s,;])[Ll]e\s+` + announcedLabel + `(?:\s+(?:du\s|de\s+la\s|de\s+l['’]|des\s)[^«"»,:;]*?)?\s+est\s+(?:ainsi\s+redige|ainsi\s+retabli|retabli|redige\s+comme\s+suit|remplacee?\s+par\s+[a-z]+\s+(?:alineas?|paragraphe)\s+(?:ainsi\s+rediges?|rediges?\s+comme\s+suit))(?:\s|:|,|$)|(?:^|[\s,;])[Ll]e\s+(?:\d+°|[IVXL]+|[a-z])(?:\s+` + latinOrd + `)?[^«"»,:;]*?,\s*qui\s+devient\s+(?:le|la)\s+` + announcedLabel + `\s*,\s*est\s+ainsi\s+redige(?:\s|:|,|$))`)

// reAnnouncedClauseJoin joins two clauses before new text: " et ", "; "
// before a subject or a place (group 1: the second clause's start; not
// "des 4° et 5°").
var reAnnouncedClauseJoin = mustRe(`(?i)(?:\s+et|\s*;)\s+((?:l'|le\s|la\s|les\s|au\s|aux\s|a\s|dans\s|apres\s|avant\s|il\s))`)

// reAnnouncedLabels is the list of items or parts an instruction
// announces before their new text, in its accents folded: "des 4° et 5°
// ainsi rédigés", "deux 3° et 4°", "un 1° bis et un 1° ter" (group 1), "Les 2° et 3° (du II …) sont ainsi rédigés",
// "… sont rétablis" (group 2).
var reAnnouncedLabels = mustRe(`(?:\b(?:(?:des|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+)?(` + labelList + `)\s+(?:ainsi\s+redigee?s|rediges\s+comme\s+suit)(?:\s|:|,|$)|(?:^|[\s,;])[Ll]es\s+(` + labelList + `)(?:\s+(?:du\s|de\s+la\s|de\s+l['’]|des\s)[^«"»,:;]*?)?\s+sont\s+(?:ainsi\s+rediges|ainsi\s+retablis|retablis|rediges\s+comme\s+suit)(?:\s|:|,|$))`)

// labelList is labels joined by commas and a last "et": "4° et 5°",
// "II, III et IV".
const labelList = `(?:un\s+)?` + announcedLabelBare + `(?:\s*,\s*(?:un\s+)?` + announcedLabelBare + `)*\s+et\s+(?:un\s+)?` + announcedLabelBare

// announcedLabelBare is announcedLabel with no group.
const announcedLabelBare = `(?:\d+\s*°(?:\s*` + latinOrd + `)?|[IVXL]+(?:\s+` + latinOrd + `)?|[a-z](?:\s+` + latinOrd + `)?)\)?`

// reLabelListSep parts a labelList.
var reLabelListSep = mustRe(`\s*,\s*|\s+et\s+`)

// announcedLabel is an item's or a part's label as an instruction names
// it: "3°", "3° bis", "II", "II bis", "a", "a bis" (not a capital letter:
// "un A" may be a part or the word).
const announcedLabel = `(\d+\s*°(?:\s*` + latinOrd + `)?|[IVXL]+(?:\s+` + latinOrd + `)?|[a-z](?:\s+` + latinOrd + `)?)\)?`

// announcedLabels is the labels of the items or parts an instruction
// announces ("il est inséré un 3° ainsi rédigé", "Le II est ainsi
// rédigé", "sont insérés des 4° et 5° ainsi rédigés"), nil when it
// announces none, and the head of the instruction read (before the new
// text, after a clause joined before it).
func announcedLabels(body string) ([]string, string) {
	head := foldAccents(body)
	if i := strings.IndexAny(head, "«\""); i >= 0 {
		head = head[:i]
	}
	// The clause before the new text: "Le I est abrogé et le II est
	// ainsi rédigé :" announces the II.
	if js := reAnnouncedClauseJoin.FindAllStringSubmatchIndex(head, -1); len(js) > 0 {
		head = head[js[len(js)-1][2]:]
	}
	// "Le 3°, qui devient le 4°, est ainsi rédigé :" announces the 4°.
	head = reWhichBecomes.ReplaceAllString(head, "$1 $2 ")
	var want []string
	if ms := reAnnouncedLabel.FindAllStringSubmatch(head, -1); len(ms) == 1 {
		want = []string{ms[0][1] + ms[0][2] + ms[0][3]}
	} else if ms := reAnnouncedLabels.FindAllStringSubmatch(head, -1); len(ms) == 1 && len(ms[0][1]+ms[0][2]) > 0 {
		// "sont insérés des 4° et 5° ainsi rédigés", "Les 2° et 3° sont
		// ainsi rédigés".
		for _, l := range reLabelListSep.Split(ms[0][1]+ms[0][2], -1) {
			want = append(want, strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "un ")))
		}
	}
	return want, head
}

// reReplacedByAlineas is an item or a part replaced by alinéas ("Le 3° est
// remplacé par un alinéa ainsi rédigé"): their text may bear no label.
var reReplacedByAlineas = mustRe(`\bremplacee?s?\s+par\s+[a-z]+\s+alineas?\b`)

// announcedLabelMissing reports an item or a part announced by its label
// ("il est inséré un 2° bis ainsi rédigé", "Le 3° est ainsi rédigé", "Le
// II est ainsi rédigé", "Il est ajouté un III ainsi rédigé") whose new
// text opens with no label at all (« Partir ; »): the division announced
// would not be there, an alinéa of no label in its place. Whether the
// label goes before the text or the text is not the division's is not
// said. Replaced by alinéas ("… remplacé par un alinéa ainsi rédigé"),
// the item may become an alinéa of none.
func announcedLabelMissing(body string, edits []Edit) (string, bool) {
	want, head := announcedLabels(body)
	if len(want) == 0 || reReplacedByAlineas.MatchString(asciiLower(head)) {
		return "", false
	}
	lines, ok := onlyLines(edits)
	if !ok {
		return "", false
	}
	first := strings.TrimLeft(lines[0], "«\"“ \u00a0")
	if first == "" || labelPrefix(first) != "" || amLineLabel.MatchString(first) || strings.HasPrefix(first, "(") {
		return "", false
	}
	return strings.Join(want, ", "), true
}

// reWhichBecomes is "le 3°, qui devient le 4°," (groups: the
// determiner, the new label).
var reWhichBecomes = mustRe(`\b([Ll][ea])\s+[^,«"]+?\s*,\s*qui\s+devient\s+(?:le|la)\s+([^,«"]+?)\s*,`)

// onlyLines gives the new text of the one edit of an instruction that
// has one; false when none or several have.
func onlyLines(edits []Edit) ([]string, bool) {
	var lines []string
	n := 0
	for _, e := range edits {
		if len(e.Lines) > 0 {
			n++
			lines = e.Lines
		}
	}
	return lines, n == 1
}

// reOneItemAdded is one item added by its label, folded: "un 2° bis
// ainsi rédigé", "un 4° rédigé comme suit".
var reOneItemAdded = mustRe(`\bun\s+\d+\s*°(?:\s*` + latinOrd + `)?\s+(?:ainsi\s+redige|redige\s+comme\s+suit)\b`)

// leadingQuotes is the number of opening quotation marks a line begins
// with ("« « 1° …" is 2).
func leadingQuotes(l string) int {
	n := 0
	for _, r := range l {
		switch r {
		case '«', '"', '“':
			n++
		case ' ', '\u00a0', '\t':
		default:
			return n
		}
	}
	return n
}

// announcedLabelDiffers reports an item or a part announced by its label
// ("il est inséré un 3° ainsi rédigé", "Le II est ainsi rédigé", "Le 3°
// est remplacé par un alinéa ainsi rédigé", "… par deux alinéas …") whose
// new text opens with another label of the same kind (« 4° … », « III.
// – … »): the announced and the given labels. A relabelling clause names
// the label the new text bears ("Le 3°, qui devient le 4°, est ainsi
// rédigé : « 4° … »"). Alinéas, labels of another kind and instructions
// announcing more than one division are not checked.
func announcedLabelDiffers(body string, edits []Edit) (string, string, bool) {
	want, _ := announcedLabels(body)
	if want == nil {
		return "", "", false
	}
	lines, ok := onlyLines(edits)
	if !ok {
		return "", "", false
	}
	kind := func(l string, quoted bool) byte {
		switch {
		case strings.Contains(l, "°"):
			return 'd'
		case quoted && strings.HasSuffix(l, ")"), !quoted && l[0] >= 'a' && l[0] <= 'z':
			return 'l'
		}
		return 'r'
	}
	norm := func(l string) string {
		l = strings.TrimRight(l, " .-–—―‑)")
		l = strings.Replace(l, "°", "° ", 1)
		return strings.ToLower(strings.Join(strings.Fields(strings.Replace(l, " °", "°", 1)), " "))
	}
	k := kind(want[0], false)
	for _, w := range want {
		if w == "" || kind(w, false) != k {
			return "", "", false
		}
	}
	if len(want) == 1 {
		// One division: the label its new text opens with (its own
		// parts may bear others) — and, an item "°" added ("un 2° bis
		// ainsi rédigé", reOneItemAdded), any other of its kind at its
		// depth of quotation: an item holds none of its kind, so "il est
		// inséré un 2° bis ainsi rédigé : « 2° bis … ; « 2° ter … »"
		// gives two for one announced (both went in). A last item
		// rewritten ("Le 3° est ainsi rédigé : « 3° … ; « 4° … »") may
		// be followed by new ones (TestReview91RelabelledRewriteOutOfOrder).
		rest := lines[1:]
		lines = lines[:1]
		if k == 'd' && reOneItemAdded.MatchString(asciiLower(foldAccents(body))) {
			depth := leadingQuotes(lines[0])
			for _, l := range rest {
				if m := amLineLabel.FindStringSubmatch(l); m != nil && kind(m[1], true) == k && leadingQuotes(l) == depth {
					lines = append(lines, l)
				}
			}
		}
	}
	var got []string
	for _, l := range lines {
		if m := amLineLabel.FindStringSubmatch(l); m != nil && kind(m[1], true) == k {
			got = append(got, norm(m[1]))
		}
	}
	if len(got) == 0 {
		return "", "", false
	}
	for i := range want {
		want[i] = norm(want[i])
	}
	if w, g := strings.Join(want, ", "), strings.Join(got, ", "); w != g {
		return w, g, true
	}
	return "", "", false
}
