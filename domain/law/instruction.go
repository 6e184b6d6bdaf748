package law

import (
	"fmt"
	"html"
	"slices"
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
	// RomanCase is how the text wrote an item in roman letters: 'U' in
	// capitals ("le I", "du II": a part "I. –", never the item "i)" or
	// "ii)"), 'l' in lower case ("le i", "du v": an item, never the part
	// "I. –"), 0 not said (see casedItem).
	RomanCase byte
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
	// WithinWhole, with Within alinéas named by number, says the
	// division of Path is those alinéas, not only begins there: the
	// Sénat's "Alinéas 3 à 6, a)" (itemInAlineas, itemIsTheAlineas).
	WithinWhole bool
	// Division, for a scope that is a division of a code rather than an
	// article ("le chapitre Ier du titre VI du livre III"), names it as
	// the code's folders do, largest first: livre-iii, titre-vi,
	// chapitre-ier.
	Division []string
	// RangeTo, if set, makes the scope every article of the code from
	// Ref.Article to RangeTo ("les articles L. 1 à L. 5"), as numbered.
	RangeTo string
	// Except are the places a deletion names but keeps ("Les articles
	// L. 1 à L. 5, à l'exception de l'article L. 3, sont abrogés"): the
	// ArticleKey of an article of RangeTo, or the item of the last
	// division of Path when it GoesOn (its "3° bis" deleted, the 3°
	// kept). See exceptInRange.
	Except []string
	// ExceptAt is the part a word operation leaves out of its place ("À
	// l'article L. 1, sauf au 3°, les mots …": the 3°), its whole path
	// from the article: its alinéas are not edited (exceptWordsIn).
	ExceptAt []Division
	// Everywhere makes the scope every article of the code Ref.Code
	// names ("Dans l'ensemble du code civil, les mots …"), or of its
	// Division when one is named ("Au chapitre Ier du titre II …, les
	// mots …"): a word operation applies wherever its words are found.
	Everywhere bool
	// Within names the division that holds alinéas designated by number
	// beside it ("Au 2° de l'alinéa 3", the Sénat's "Alinéa 3" then "Au
	// 2°, …"): the alinéas must be in it, or the edit is refused.
	Within []Division
	// table22 makes the scope the table of its place ("Au tableau du
	// second alinéa du V", tables22.go: tableSpan22).
	table22 bool
	// tableRow22, with table22, is a row of the table counted from its
	// end: -1 "la dernière ligne", -2 "l'avant-dernière".
	tableRow22 int
	// table24, with table22, is a row, a column or a cell of the table,
	// or a row added (tables24.go).
	table24 tableSel24
	// apart24 says the place's part was named once for articles each
	// named by "de l'article" (apartPartMissing24).
	apart24 bool
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
	// every26 marks a lone sign's edit the law says of every occurrence
	// ("à chaque occurrence", "partout"): found several times, each
	// goes (signsEvery26).
	every26 bool
	// Beside, for an EditReplaceWords made from one clause that replaces
	// several words by the same new ones ("les mots : « A » et « B »
	// sont remplacés par le mot : « C »"), are that clause's other old
	// words: where one stands next to Old in the scope, the edit is
	// refused (besideEachOther).
	Beside []string
	// outside22, on the edit of words named under a dash head naming
	// them (wordsin22.go), are its items' words: each must stand in the
	// place inside the words named only, or the edit is refused.
	outside22 []string
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
	// End, for EditCreateArticles placed in a division or a whole code
	// with no article beside, is where in it the place says they go: 1
	// at its end ("Le chapitre II est complété par un article …", "À la
	// fin du chapitre II, …"), -1 at its start ("Au début du chapitre
	// II, …", "En tête …"), 0 not said (placed by their number). See
	// placedInDivision. For new articles in a division the text creates
	// beside a division named ("Après (avant) le chapitre II, il est
	// inséré un chapitre II bis"), 1 after it, -1 before it
	// (siblingDivision).
	End int
	// versionLater, on an edit of a division named in the version a
	// later part of this law gives it, are the places that part edits
	// (divisionVersionLater): one the division holds refuses the edit.
	versionLater *places
	// between, on new articles placed between two ("Entre les articles
	// L. 4 et L. 5, …", "Entre le chapitre II et le chapitre III, …"),
	// is the second of them: the two must follow each other
	// (betweenAdjacent).
	between *betweenOther
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
	// Dissolved, for EditRewriteHeading, are the divisions removed with
	// their headings, their articles kept ("La division et l'intitulé de
	// la section 2 … sont supprimés"), by their folders' path, largest
	// first: their articles go up one level (dissolveDivisions).
	Dissolved [][]string
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
	// quantity says the instruction names Old as a quantity or a year
	// ("l'année : « 2025 »", "le montant"): a number that numbers an
	// article or a text is not it (quantityOccurrences).
	quantity bool
	// headedOtherwise, for EditCreateArticles in a division the text
	// creates, says the new text heads its articles with another
	// division than the one announced (namedHeads): refused at apply.
	headedOtherwise bool
	// kindNamed says a rewrite names the kind of its new division ("est
	// remplacé par un a ainsi rédigé"): its text may bear a label of
	// another kind than the part it replaces (rewriteKeepsKind).
	kindNamed bool
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
	// refusal, when set, is the typed error Reason says (errors.Is/As),
	// for refusals at parse time that have one.
	refusal error
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

	// entryPart: the entry into force naming its part (or its article
	// with a clause) that settled it; entryWhole: its own article's entry
	// naming the article whole that did (the alinéas, entry19.go).
	entryPart  string
	entryWhole string
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
		ua, ins := p.readArticle(a)
		spans = append(spans, [2]int{len(out), len(out) + len(ins)})
		read = append(read, ua)
		out = append(out, ins...)
	}
	deferredByOtherArticle(read, spans, out)
	codeArticlesTakeEffect(p.codeEntries, out)
	laterVersionRefused(read, spans, out)
	labelRefusalsTyped22(out)
	refusalsSaid(out)
	return out
}

// readArticle reads one bill article after those p has read: a as the
// grammar reads it (unescapeArticle) and its instructions, quantities
// marked — before the bill-wide passes (deferredByOtherArticle,
// codeArticlesTakeEffect). ParseInstructions and prefixReader read so.
func (p *parser) readArticle(a Article) (Article, []Instruction) {
	ua := unescapeArticle(a)
	ins := p.articleContained(ua)
	for k := range ins {
		markQuantities(ins[k].Edits, ins[k].Text)
	}
	return ua, ins
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
// count as "occurrence" ([occurrenceSpelled]); "avant dernier" as
// "avant-dernier" ([beforeLastSpelled]).
func plainTyping(s string) string {
	return NormalizeSpace(beforeLastSpelled(occurrenceSpelled(plainNumberMarks(plainOrdinals(NormalizeSpace(plainApostrophes(composeAccents(s))))))))
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
	s = gluedLatin22(s)
	if digitThenO(s) {
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
	// words22 is set under a head naming words ("les mots : « … » sont
	// ainsi modifiés :"): its items edit those words (wordsin22.go).
	words22 *wordsSpan22
	// agree28 is how the head's participle agrees with its subject
	// ("ms", "fs", "mp", "fp"; "" not known): what a pronoun subject
	// of its items must agree with (billsubj28.go).
	agree28 string
}

// newParser is a parser that has read nothing.
func newParser() *parser {
	return &parser{lastKind: map[string]string{}, textDates: map[string]string{}, articleTexts: map[string]bool{}}
}

type parser struct {
	// versionKinds holds the kinds of text ("loi", "ordonnance") whose
	// last one named came with a version clause naming another of its
	// kind (sameTextAfterVersion).
	versionKinds map[string]bool
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
	// intoEnd is Edit.End as creationScope read it with into.
	intoEnd int
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
	// lastMade are the edits of the instruction before when lastScope is
	// its first edit's scope (nil otherwise): "le même article" after an
	// article renumbered or created beside another (sameArticleMade).
	lastMade []Edit
	// lastKind is the last text named of each kind: "code", "loi",
	// "ordonnance" → its key.
	lastKind map[string]string
	// textDates are the texts named by number, by kind and date: "loi 12
	// avril 2000" → "loi 2000 321", so that "la loi du 12 avril 2000
	// précitée" names the one it dates.
	textDates map[string]string
	// organic19 holds the keys of the laws named as organic ("la loi
	// organique n° 2001-692 …" → "loi 2001 692"), for "la même loi
	// organique" (organicSame19).
	organic19 map[string]bool
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
	modVerb       = mustRe(`(?i)(modifi|remplac|r[ée]dig|supprim|ins[ée]r|ajout|compl[ée]t|abrog|devien|substitu|r[ée]tabli|pr[ée]c[ée]d[ée]e?s?\s+d|(?:est|sont)\s+(?:désormais\s+|ainsi\s+)?(?:intitul|d[ée]nomm|renomm)[ée]e?s?\s*:|\bcr[ée][ée]e?s?[\s,][^«"]*?\b(?:un|une)\s+(?:titre|chapitre|section|sous-section|paragraphe|sous-paragraphe|livre)\s+(?:[IVXL]+|premier|Ier|\d+|pr[ée]liminaire)\b|\b(?:constitue|constituent|forme|forment)\s+(?:un|le)\s+(?:[IVX]+|[A-Z]|\d+°|[a-z]\)?)(?:\s|[.;]|$)|` + movedDivision + `|` + movedDivisionPlaced28 + `|\b(?:le|les|la|l['’]|du|des)\s*` + wordNounCased + `\s*:\s*[«"“])`)
)

// movedDivision is a division of a text moved, merged or renumbered in
// words the grammar does not read: "La deuxième phrase est transférée à
// la fin du dernier alinéa", "Les deuxième et troisième alinéas sont
// fusionnés", "Les articles L. 1 à L. 3 sont renumérotés …", "Les
// deuxième et troisième alinéas sont intervertis (inversés)", "La
// section 2 du chapitre Ier est renumérotée section 3", "Les sections 2
// et 3 sont fusionnées (réunies en une section 2)" — an
// instruction not understood, flagged (it was passed over as an
// autonomous provision); "Les biens sont transférés à l'État" names no
// division and is no instruction.
const movedDivision = `^(?:le|la|les|l')\s*[^«»",]*?(?:\balin[ée]as?\b|\bphrases?\b|\barticles?\s+(?:[lrd]\.\s*)?\d|\d+°|\b[ivx]+\b|\b(?:sous-)?(?:sections?|chapitres?|titres?|livres?|paragraphes?)\s+(?:\d|premier\b|ier\b|pr[ée]liminaire\b))[^«»"]*?\b(?:est|sont)\s+(?:respectivement\s+)?(?:transf[ée]r[ée]e?s?|d[ée]plac[ée]e?s?|fusionn[ée]e?s?|renum[ée]rot[ée]e?s?|intercal[ée]e?s?|intervertie?s?|invers[ée]e?s?|r[ée]unie?s?)(?:\s|[.;,]|$)`

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
	p.lastScope, p.lastOthers, p.lastRelabels, p.lastMade = Scope{}, nil, nil, nil
	prevLevel := -1
	enabling := -2 // the level of an enabling head, -2 outside one
	held := -2     // the level of a head holding its items under a condition (reConditionHead), -2 outside one
	// The last letter item's label and the last small roman one's under
	// it; whether the alinéa before announced items (ends with ":", no
	// quoted text after it): smallRomanOrLetter reads "i)", "v)", "x)".
	lastSmall, lastRoman, prevOpens := "", "", false
	dashHead21, dashRun21 := dashNone21, -1 // a dash's head read, its items not told from its siblings (dashUnderDash21)
	// An alinéa holding the next items of its list, or opening its own
	// items, on its line is read as the items on lines of their own
	// (inlineSiblings, inlineSubItems); src is the alinéa of the bill
	// article each line is.
	var src []int
	a.Alineas, src = inlineLines(a.Alineas)
	a.Alineas, src = quoteOpenedOnLine(a.Alineas, src)
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
		body = listConjunctionOff(outsideQuotes(movedUnderHeading(groupedIntoDivision(headingBesideWritten(divisionPlaceFirst(divisions26(billSignsBeside(body)))))), plainDrafting))
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
				Reason: errUnchangedPart22.Error(), refusal: errUnchangedPart22})
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
				Reason: errEnablingItem22.Error(), refusal: errEnablingItem22})
			continue
		}
		if held > -2 && level <= held {
			held = -2
		}
		if held > -2 && modVerb.MatchString(body) && !isQuoted(raw) {
			out = append(out, Instruction{Article: a.Number, Alinea: src[i] + 1, Text: raw, Status: Unparsed, Reason: conditionHeadReason, refusal: errConditionHead22})
			continue
		}
		for len(p.stack) > 0 && p.stack[len(p.stack)-1].level >= level {
			p.stack = p.stack[:len(p.stack)-1]
		}
		if day, ok := dayHead(body); ok && len(p.stack) == 0 && enabling == -2 {
			// "À compter du 1er janvier 2030 :" then items: deferred to
			// that day (dayHead).
			p.stack = append(p.stack, frame{level: level, deferred: true, on: day})
			continue
		}
		if len(p.stack) == 0 && enabling == -2 && !modVerb.MatchString(body) && reConditionHead.MatchString(strings.TrimSpace(asciiLower(foldAccents(body)))) {
			// "I. – À titre expérimental, pour une durée de trois ans :"
			// then "1° L'article L. 2 du code civil est abrogé ;": the
			// items hold for a time (from a date, in a territory, under a
			// condition); they were applied for good.
			held = level
			continue
		}
		// Payload: quoted alinéas after one ending with ":".
		var payload []string
		tail := "" // another operation after the new text's closing mark (quotationEnd)
		oneThenMore := false
		over21 := false // the quotation ran open over a part that may be the bill's (quoteOverPart21)
		if strings.HasSuffix(strings.TrimSpace(stripQuotes(body)), ":") {
			j := i + 1
			for j < len(a.Alineas) {
				t := strings.TrimSpace(a.Alineas[j])
				if !isQuoted(t) && !(len(payload) > 0 && !closesQuote(payload[len(payload)-1])) {
					break
				}
				if !isQuoted(t) && len(payload) > 0 && !over21 {
					// A quotation left open before the bill's next part (nest21.go).
					if o := quoteOverPart21(a.Alineas, i, j, level, payload); o == quoteEnds21 {
						payload[len(payload)-1] = openQuoteTail21(payload[len(payload)-1])
						break
					} else {
						over21 = o == quoteAmbiguous21
					}
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
				p.forgetNamedText20(foldAccents(sh))
				continue
			}
			// Quoted text is new text of some instruction: never dropped.
			in := Instruction{Article: a.Number, Alinea: src[i] + 1, Payload: len(payload), Text: raw, Status: Unparsed,
				Reason: errQuotedWithoutInstruction22.Error(), refusal: errQuotedWithoutInstruction22}
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
		if in.Status == Parsed && sentencesOverAlineas(payload, in.Edits) {
			refuseTyped(&in, errSentencesOverAlineas)
		}
		if oneThenMore && in.Status == Parsed {
			refuseTyped(&in, errSecondQuotedAlinea)
		}
		if over21 && in.Status == Parsed && !closesQuote(payload[len(payload)-1]) {
			refuseTyped(&in, errQuoteNeverClosed21)
		}
		dashHead21, dashRun21 = p.wordsItem22(&in, out, level, body, dashHead21, dashRun21)
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
			p.lastScope, p.lastOthers, p.lastRelabels, p.lastMade = in.Edits[0].Scope, nil, relabelsOf(in.Edits), in.Edits
			for _, e := range in.Edits[1:] {
				p.lastOthers = append(p.lastOthers, e.Scope)
			}
			if last, others, ok := renumberedDivisionsNamed(in.Edits); ok {
				p.lastScope, p.lastOthers = last, others
			}
		case in.Status == Context && len(p.stack) > 0:
			p.lastScope, p.lastOthers, p.lastRelabels, p.lastMade = p.stack[len(p.stack)-1].scope, nil, nil, nil
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
		p.stack[top] = frame{level: saved.level, scope: s, abrogate: saved.abrogate, deferred: saved.deferred, on: saved.on, agree28: eachAgree28(saved.agree28, len(targets))}
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
					refuseTyped(in, errArticleUnderSeveral)
					return
				}
			}
		}
		if saved.rangeTo != "" {
			for _, e := range one.Edits {
				if !overRange(e) {
					restore()
					*in = one
					refuseTyped(in, errNoEditInsideRange)
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
const unreadPart = `tableaux?|lignes?|colonnes?|cases?|cellules?|rubriques?|annexes?|tirets?|chapeaux?|sous-paragraphes?`

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
	reRewriteRepl = mustRe(`(?:est|sont)\s+remplace(?:e|s|es)?\s+par\s+(?:un|une|des|` + cardinalWords + `|\d+)\s+(alineas?|tirets?|paragraphes?|phrases?|articles?|(?:titre|chapitre|section|sous-section)s?\b|\d+°|[ivx]+\b|[a-z]\b)[^:]*?\s+ainsi\s+redige`)
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
	// intitulé : « … »" (it was dropped, not even refused), "… est ainsi
	// intitulé : « … »" (it was flagged: the same heading given).
	reEntitled = mustRe(`^(?:le|la|les|l')\s*(?:titre|chapitre|section|sous-section|livre|partie|sous-paragraphe|paragraphe)\b[^:]*?\b(?:est|sont)\s+(?:desormais\s+|ainsi\s+)?(?:intitul|denomm|renomm)ee?s?\s*:?\s*q\d+\s*[.;]?\s*$`)
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
	reItemRange    = mustRe(`\b(?:[Ll]es|[Aa]ux|des)\s+(\d+°|[IVX]+|` + smallRoman + `|[a-z])\)?\s+(?:à|a)\s+(\d+°|[IVX]+|` + smallRoman + `|[a-z])\)?(?:\s|,|$)`)
	reDoubledRange = mustRe(`\b(?:[Ll]es|[Aa]ux|des)\s+(?:` + doubledLetter + `\)?\s+(?:à|a)\s+(?:\d+°|[IVX]+|[a-z]{1,2})|(?:\d+°|[IVX]+|[a-z]{1,2})\)?\s+(?:à|a)\s+` + doubledLetter + `)\)?(?:\s|,|$)`)
	reItemLike     = mustRe(`\d+\s*°`)
	reSameArticle  = mustRe(`\b(?:(?:du|au|le|de\s+ce|a\s+ce)\s+meme\s+article|(?:ledit|dudit|audit)\s+article|(?:^|\s)(?:a\s+)?cet\s+article|` + articlePrecited25 + `)\b`)
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
	// ainsi rédigée : « … »", is one too (group 2: its new text); so is
	// an alinéa, "…, et le second alinéa est ainsi rédigé : « … »".
	reTailDelete = mustRe(`^\s*(?:,?\s*et|[;.])\s+((?:la|les|le|l')\s*[a-z' -]*?\b(?:phrases?|alineas?)\s+(?:est|sont)\s+(?:supprime(?:e|s|es)?|ainsi\s+redigee?\s*:?\s*q(\d+)))\s*[.;]?\s*$`)
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
	if why := articlesDashJoined27(body); why != nil {
		refuseTyped(in, why)
		return
	}
	if why := ordinalsDashJoined28(body); why != nil {
		refuseTyped(in, why)
		return
	}
	body = thisSame28(exceptionWords17(body)) // "ce même article" (billsubj28.go)
	body = rankOfLabels29(body)               // "le dernier des 1° à 5°" (numbers29.go)
	if len(payload) == 0 && p.wordsHead22(in, level, body) {
		return
	}
	announced := body // the labels it announces, before the clauses are read apart
	p.mixedSubjects = false
	deletedArts := deletedArticlesOnly27(payload)
	if deletedArts {
		// New articles, some marked "(Supprimé)": not created (articles27).
		defer deletedNoteLeft27(in)
	}
	for _, l := range payload {
		if !deletedArts && (reOmitted.MatchString(l) || omittedNote(l) || unchangedArticle27(l)) {
			// "« ……… »" in new text: parts of it left out (unchanged, at
			// a later reading); what stands there is not said (the dots
			// were written into the code).
			refuseKeeping(in, errPartsLeftOut)
			return
		}
	}
	if m := reClauseAfterAnnounce.FindStringSubmatchIndex(asciiLower(foldAccents(body))); m != nil && !reDeferred.MatchString(asciiLower(foldAccents(body))) {
		// "Le 3° est ainsi rédigé, à titre expérimental :", "… par deux
		// alinéas ainsi rédigés, applicables à Mayotte :": a condition
		// of the new text, not read (the text was applied without it).
		refuseKeeping(in, reasonOf(errClauseAfterAnnouncement, "a clause after the new text's announcement, not read: "+strings.TrimSpace(foldAccents(body)[m[2]:m[3]])))
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
	body = becomesThen(divisionBecomesThen(jointBecome24(renumberedSentenceThenBeside(editedThenRenumbered(body)))))
	if m := reRenumberedModified.FindStringSubmatch(body); m != nil && len(payload) == 0 {
		p.renumberedContext(in, level, m[1])
	} else if m := reRenumberedRewritten.FindStringSubmatch(body); m != nil && len(payload) > 0 {
		p.renumberedRewrite(in, level, m[1], payload)
	} else if head, tail, ok := wordsThenRelabel22(themRelabelled24(body)); ok && len(payload) == 0 {
		p.clauses(in, level, head, tail, payload)
	} else if head, tail, ok := splitClauses(body); ok {
		p.clauses(in, level, head, tail, payload)
	} else {
		p.instructionBody(in, level, body, payload)
	}
	if in.Status == Context && len(payload) > 0 {
		// "L'article L. 1 est ainsi modifié :" (older: "modifié ainsi qu'il
		// suit :") then quoted new text, no items: whether it rewrites the
		// article is not said; the text was dropped.
		refuseKeeping(in, errTextAfterContext)
		return
	}
	// "est complété par deux phrases ainsi rédigées : « Il vise. »": one
	// given (it was added as if two).
	if n, ok := announcedCount(reAnnouncedSentences, asciiLower(foldAccents(body))); ok && n > 1 && in.Status == Parsed && len(newSentenceLines28(in.Edits)) > 0 {
		got := 0
		for _, l := range newSentenceLines28(in.Edits) {
			got += len(sentenceBounds(stripQuotes(l)))
		}
		if got != n {
			refuseTyped(in, reasonOf(errSentenceCount, fmt.Sprintf("%d sentences announced, %d given", n, got)))
			return
		}
	}
	if in.Status == Parsed {
		if err := billSentences30(body); err != nil {
			refuseTyped(in, err)
			return
		}
	}
	if in.Status == Parsed && p.mixedSubjects {
		for _, e := range in.Edits {
			if e.Kind != EditDelete {
				// "Le 4° et le dernier alinéa sont complétés par …": the
				// last item takes the alinéas after it, and both edited
				// the last alinéa ("fort fort").
				refuseTyped(in, errMixedSubjects)
				return
			}
		}
	}
	if in.Status == Parsed {
		if want, got, ok := announcedLabelDiffers(announced, in.Edits); ok {
			// "il est inséré un 3° ainsi rédigé : « 4° … »", "Le II est
			// ainsi rédigé : « III. – … »": which label the law means is
			// not said (the text was put in under the quotation's).
			refuseTyped(in, reasonOf(errAnnouncedLabelDiffers, fmt.Sprintf("the %s announced, the new text labelled %s", want, got)))
			return
		}
	}
	if in.Status == Parsed {
		if want, got, ok := announcedLetterDiffers28(announced, in.Edits); ok {
			refuseTyped(in, reasonOf(errAnnouncedLabelDiffers, fmt.Sprintf("the %s announced, the new text labelled %s", want, got)))
			return
		}
	}
	if in.Status == Parsed {
		if want, ok := announcedLabelMissing(announced, in.Edits); ok {
			// "il est inséré un 2° bis ainsi rédigé : « Partir ; »", "Le
			// II est ainsi rédigé : « Le juge … »": the text went in as
			// an alinéa of no label, the 2° bis (the II) gone.
			refuseTyped(in, reasonOf(errAnnouncedLabelMissing, fmt.Sprintf("the %s announced, the new text under no label", want)))
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
					refuseTyped(in, errUnknownCode)
					return
				}
			}
		}
	}
	p.foreignCreate14(in, body)
	if in.Status != Parsed || len(payload) == 0 {
		return
	}
	if strings.Contains(body, "par des alinéas ainsi rédigés :") && wordsFirst(payload[0]) {
		// "Le 2° est ainsi complété :" then "« , sauf urgence »": words of
		// the 2°, not an alinéa after it.
		refuseTyped(in, errAlineasAsWords)
		return
	}
	low := asciiLower(foldAccents(body))
	if n, ok := announcedCount(amAnnounced, low); ok && n > 0 && n != len(payload) {
		refuseTyped(in, reasonOf(errAlineaCount, fmt.Sprintf("%d alinéas announced, %d given", n, len(payload))))
	}
	if reOneAlinea.MatchString(low) && !reAnnouncedPlural.MatchString(low) && len(payload) > 1 {
		// "… est complété par un alinéa ainsi rédigé :" then two
		// alinéas: one announced, two given — which is the law's is not
		// said (both were added).
		refuseTyped(in, reasonOf(errAlineaCount, fmt.Sprintf("1 alinéa announced, %d given", len(payload))))
	}
	// "sont insérés deux articles ainsi rédigés" then three "Art." blocks.
	if n, ok := announcedCount(reAnnouncedArticles, low); ok && n > 0 {
		got := 0
		for _, l := range payload {
			if nestedOpen27(l) {
				continue // a quotation inside the new text (artrange27.go)
			}
			if _, _, _, ok := artHeading(strings.TrimLeft(strings.TrimSpace(l), "«\"“ ")); ok {
				got++
			}
		}
		if got > 0 && n != got {
			refuseTyped(in, reasonOf(errArticleCount, fmt.Sprintf("%d articles announced, %d given", n, got)))
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
			refuseTyped(in, reasonOf(errConstitutesUnread22, "a part made of what is not alinéas"))
			return
		}
		if i > 0 {
			prev := edits[i-1].Scope
			if prev.Ref != e.Scope.Ref || !slices.Equal(prev.Path[:n-1], e.Scope.Path[:n-1]) || prev.Path[n-1].Alinea <= 0 || e.Scope.Path[n-1].Alinea != prev.Path[n-1].Alinea+1 {
				refuseTyped(in, reasonOf(errConstitutesUnread22, "a part made of alinéas apart"))
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
