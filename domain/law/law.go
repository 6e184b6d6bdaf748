// Package law models French bills as Scrutin shows them — bills, the stages
// of their shuttle between the two chambers, their articles, the amendments
// tabled against them, nominative votes and the deputies who cast them — and
// implements the three readings the platform offers:
//
//   - [Diff]: two stages of a bill compared article by article, then word by
//     word, in the manner of La Fabrique de la loi;
//   - [ApplyAmendment]: a tabled amendment applied to its target article;
//   - [ParseInstructions] and [Apply]: a bill's modification instructions
//     ("les mots : « A » sont remplacés par les mots : « B »", "est ainsi
//     rédigé", …) applied to the code articles they target, so the law in
//     force can be shown beside the law as the bill would leave it.
//
// What cannot be parsed is returned flagged and raw; nothing is guessed.
// The package is pure: no I/O, no logging, no context.
//
// See docs/LAW.md for the grammar and the coverage measurement.
package law

import (
	"fmt"
	"strings"
	"time"
)

// BillID identifies a bill across all its stages, e.g. "pjl07-405" (La
// Fabrique de la loi / Sénat) or "PIONANR5L17B0949" (Assemblée nationale).
type BillID string

// StageID identifies one stage of a bill, unique within the bill, e.g.
// "05_1erelecture_assemblee_hemicycle".
type StageID string

// ArticleNumber is an article's designation as written, without the word
// "Article", e.g. "1er", "2 bis", "unique". Compare with [NormalizeArticleNumber].
type ArticleNumber string

// AmendmentID identifies an amendment globally, e.g. the Assemblée's
// "AMANR5L17PO59046B0949P0D1N000004", or "pjl07-405/05_…/219" when the
// source only gives a number.
type AmendmentID string

// ScrutinID identifies a nominative vote in parliament, e.g. "VTANR5L17V2220".
type ScrutinID string

// DeputyID identifies a deputy (Assemblée "acteur"), e.g. "PA720952".
type DeputyID string

// GroupID identifies a political group (Assemblée "organe" of type GP),
// e.g. "PO845413", or a group acronym such as "UMP" when that is all the
// source gives.
type GroupID string

// BillKind says who tabled the bill.
type BillKind string

const (
	// Projet is a projet de loi, tabled by the Government.
	Projet BillKind = "projet"
	// Proposition is a proposition de loi, tabled by members of parliament.
	Proposition BillKind = "proposition"
)

// Bill is a bill, independent of its stages.
type Bill struct {
	ID    BillID
	Kind  BillKind
	Title string
	// ShortTitle is optional ("HADOPI").
	ShortTitle string
	// Law is the promulgated law's name, if any ("Loi n° 2009-669 du 12 juin 2009").
	Law string
}

// Institution is where a stage happens.
type Institution string

const (
	Assemblee    Institution = "assemblee"
	Senat        Institution = "senat"
	CMP          Institution = "cmp"
	Conseil      Institution = "conseil constitutionnel"
	Gouvernement Institution = "gouvernement"
)

// Step is what a stage produced.
type Step string

const (
	StepDepot      Step = "depot"      // text as tabled
	StepCommission Step = "commission" // text adopted in committee
	StepHemicycle  Step = "hemicycle"  // text adopted in plenary
	StepCMP        Step = "cmp"        // joint committee text
	StepFinal      Step = "final"      // promulgated / after the Conseil constitutionnel
)

// Stage is one version of a bill's text.
type Stage struct {
	Bill BillID
	ID   StageID
	// Order is the stage's rank in the procedure (0 first).
	Order int
	// Label is for people: "1re lecture Sénat — texte déposé".
	Label       string
	Institution Institution
	Step        Step
	// Reading is "1ère lecture", "CMP", "nouv. lect.", … as the source says.
	Reading string
	Date    time.Time
	// Failed is true for a stage that produced no text (a CMP that failed).
	Failed bool
	// HasText is true when the stage's text is known; Articles is then the
	// whole text, in order. Stages without text (a committee whose text was
	// not published, a stage the source does not cover) have no Articles.
	HasText  bool
	Articles []Article
}

// ArticleStatus is an article's state in a stage.
type ArticleStatus string

const (
	ArticleInForce    ArticleStatus = ""         // a normal article
	ArticleNew        ArticleStatus = "nouveau"  // inserted at this stage
	ArticleDeleted    ArticleStatus = "supprimé" // deleted at this stage, kept as a heading
	ArticleCensored   ArticleStatus = "censuré"  // struck down by the Conseil constitutionnel
	ArticleUnmodified ArticleStatus = "conforme" // adopted in the same terms by both chambers
)

// Article is one article of a bill at one stage.
type Article struct {
	Number ArticleNumber
	// FinalNumber is the number in the promulgated law, when known.
	FinalNumber ArticleNumber
	// Section is the id or title of the enclosing division, if any.
	Section string
	Status  ArticleStatus
	// Alineas hold the text, one paragraph per entry.
	Alineas []string
}

// Title returns the article's title, "Article 2 bis".
func (a Article) Title() string { return "Article " + string(a.Number) }

// Text returns the alinéas joined by newlines.
func (a Article) Text() string { return strings.Join(a.Alineas, "\n") }

// Outcome is what happened to an amendment ("sort").
type Outcome string

const (
	OutcomeUnknown      Outcome = ""
	OutcomeAdopted      Outcome = "adopted"
	OutcomeRejected     Outcome = "rejected"
	OutcomeWithdrawn    Outcome = "withdrawn"
	OutcomeFallen       Outcome = "fallen"
	OutcomeNotMoved     Outcome = "not moved"
	OutcomeInadmissible Outcome = "inadmissible"
)

// ParseOutcome reads a French "sort" as parliaments publish it ("Adopté",
// "rejeté", "Retiré", "Tombé", "Non soutenu", "non-voté", "Irrecevable 40").
// Unknown wording gives OutcomeUnknown and false.
func ParseOutcome(s string) (Outcome, bool) {
	k := strings.ToLower(strings.TrimSpace(foldAccents(s)))
	switch {
	case k == "":
		return OutcomeUnknown, true
	case strings.HasPrefix(k, "adopt"):
		return OutcomeAdopted, true
	case strings.HasPrefix(k, "rejet"), strings.HasPrefix(k, "non adopt"):
		return OutcomeRejected, true
	case strings.HasPrefix(k, "retir"):
		return OutcomeWithdrawn, true
	case strings.HasPrefix(k, "tomb"):
		return OutcomeFallen, true
	case strings.HasPrefix(k, "non soutenu"), strings.HasPrefix(k, "non-soutenu"), strings.HasPrefix(k, "non defendu"):
		return OutcomeNotMoved, true
	case strings.HasPrefix(k, "irrecevable"):
		return OutcomeInadmissible, true
	case k == "non-vote", k == "non vote", k == "a discuter", k == "en traitement":
		return OutcomeUnknown, true
	}
	return OutcomeUnknown, false
}

// FormatOutcome gives the French wording of o ("Adopté", …).
func FormatOutcome(o Outcome) string {
	switch o {
	case OutcomeAdopted:
		return "Adopté"
	case OutcomeRejected:
		return "Rejeté"
	case OutcomeWithdrawn:
		return "Retiré"
	case OutcomeFallen:
		return "Tombé"
	case OutcomeNotMoved:
		return "Non soutenu"
	case OutcomeInadmissible:
		return "Irrecevable"
	}
	return "Inconnu"
}

// Amendment is an amendment tabled against a bill at one stage.
type Amendment struct {
	ID     AmendmentID
	Bill   BillID
	Stage  StageID
	Number string // "DN4", "219", "CL2"
	// Authors, first the main author. AuthorIDs is parallel when known.
	Authors   []string
	AuthorIDs []DeputyID
	Group     GroupID
	// Subject is the target as the source words it ("Après l'article 10",
	// "ARTICLE 9 TER", "Titre"). Article is the target article's number;
	// Additional is true for "article additionnel" amendments (Position
	// then says "avant" or "après" that article).
	Subject    string
	Article    ArticleNumber
	Additional bool
	Position   string
	// Alinea is the target alinéa (1-based), 0 if none.
	Alinea int
	// Dispositif is the amending text, plain text, one alinéa per line.
	Dispositif string
	// Expose is the "exposé sommaire", plain text.
	Expose  string
	Outcome Outcome
	Tabled  time.Time
}

// Position is a deputy's vote in a scrutin.
type Position string

const (
	For       Position = "for"
	Against   Position = "against"
	Abstain   Position = "abstain"
	NonVoting Position = "non-voting"
)

// Ballot is one deputy's recorded position.
type Ballot struct {
	Deputy   DeputyID
	Group    GroupID
	Position Position
	// ByDelegation is true when cast by delegation.
	ByDelegation bool
}

// Scrutin is a nominative vote in parliament.
type Scrutin struct {
	ID    ScrutinID
	Date  time.Time
	Title string
	// Adopted is the announced result.
	Adopted bool
	// Bill is set when the vote can be tied to a bill (may be empty).
	Bill BillID
	// Ballots, sorted by deputy ID.
	Ballots []Ballot
}

// Count returns the number of ballots with position p.
func (s Scrutin) Count(p Position) int {
	n := 0
	for _, b := range s.Ballots {
		if b.Position == p {
			n++
		}
	}
	return n
}

// District is a legislative constituency.
type District struct {
	// Departement is the Assemblée's code: "01"…"95", "2A", "971", "099" (abroad).
	Departement string
	Number      int
}

// String formats d as "01-03".
func (d District) String() string { return fmt.Sprintf("%s-%02d", d.Departement, d.Number) }

// ParseDistrict parses "01-03" (or "2A-1").
func ParseDistrict(s string) (District, error) {
	dep, num, ok := strings.Cut(s, "-")
	if !ok || dep == "" {
		return District{}, fmt.Errorf("couldn't parse district %q: want DEP-NUM", s)
	}
	n := 0
	for _, r := range num {
		if r < '0' || r > '9' {
			return District{}, fmt.Errorf("couldn't parse district %q: bad number", s)
		}
		n = n*10 + int(r-'0')
		if n > 1000 {
			return District{}, fmt.Errorf("couldn't parse district %q: number too large", s)
		}
	}
	if num == "" || n == 0 {
		return District{}, fmt.Errorf("couldn't parse district %q: bad number", s)
	}
	return District{Departement: dep, Number: n}, nil
}

// Departement is a French département.
type Departement struct {
	Code string
	Name string
}

// Deputy is a member of the Assemblée nationale.
type Deputy struct {
	ID        DeputyID
	Civility  string
	FirstName string
	LastName  string
	Group     GroupID
	// District is the zero value when unknown (mandate ended, not elected…).
	District District
	// DepartementName is the district's département name.
	DepartementName string
}

// Name returns "Prénom Nom".
func (d Deputy) Name() string { return strings.TrimSpace(d.FirstName + " " + d.LastName) }

// Group is a political group.
type Group struct {
	ID     GroupID
	Name   string
	Abbrev string
	Color  string
}

var targetRe = mustRe(`(?i)^\s*(?:(apr[eè]s|avant)\s+l['’]\s*)?article\s+(.+?)\s*$`)

// ParseAmendmentTarget reads an amendment's target as parliaments word it:
// "Article 1er", "ARTICLE 9 TER", "Article PREMIER", "Article unique",
// "Après l'article 10", "Avant l'article 1er". Numbers come out lower case
// with "premier" written "1er". ok is false for targets that are not
// articles ("Titre", "Intitulé du projet de loi").
func ParseAmendmentTarget(s string) (num ArticleNumber, additional bool, position string, ok bool) {
	m := targetRe.FindStringSubmatch(NormalizeSpace(s))
	if m == nil {
		return "", false, "", false
	}
	f := strings.Fields(strings.ToLower(m[2]))
	for i, w := range f {
		if w == "premier" || w == "1er." {
			f[i] = "1er"
		}
	}
	num = ArticleNumber(strings.Join(f, " "))
	if m[1] != "" {
		position = "après"
		if strings.EqualFold(m[1], "avant") {
			position = "avant"
		}
		return num, true, position, true
	}
	return num, false, "", true
}

// Article returns the stage's article numbered n (compared with
// [NormalizeArticleNumber]), e.g. an amendment's target.
func (s Stage) Article(n ArticleNumber) (Article, bool) {
	k := NormalizeArticleNumber(string(n))
	for _, a := range s.Articles {
		if NormalizeArticleNumber(string(a.Number)) == k {
			return a, true
		}
	}
	return Article{}, false
}
