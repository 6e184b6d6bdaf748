package domain

import "fmt"

// Rule names one rule of the ledger: every refusal of an event, by the
// server, the registrar, the trustees' tool or the verifier, carries one
// (RuleError.Rule), and callers decide what a refusal means by comparing
// Rules, never by matching strings. The rules and their definitions are
// one table, Rules; docs/VOTING.md, docs/LAW.md and docs/EVENTS.md explain
// each by its name.
type Rule uint8

// The rules. Their names are the short names errors and reports print.
const (
	RuleNone Rule = iota
	// Every event.
	RuleDensePositions
	RuleStreamRevision
	RuleTimeOrder
	RuleEvent
	RuleStream
	// Key ceremony.
	RuleTrustee
	RuleTrusteeSignature
	RuleOneDealing
	RuleDealing
	RuleCeremony
	RuleCeremonyClosed
	RuleElectionKey
	// Voters and votes.
	RuleOneRegistration
	RuleCredential
	RuleRevocation
	RuleVoteBill
	RuleVoteElection
	RuleVoteText
	RuleVoteWindow
	RuleEligibility
	RuleBallot
	RuleBallotSignature
	RuleBallotProof
	RuleBallotReplay
	RuleVoteClosed
	// Tally.
	RuleTallyAfterClose
	RuleTallyPart
	RuleOneShare
	RuleDecryptionProof
	RuleTallyPublished
	RuleTallyTrustees
	RuleTallyCombine
	RuleTallyCount
	// Bills and the law.
	RuleBill
	RuleStageOnce
	RuleArticleStage
	RuleArticleOrder
	RuleArticleParts
	RuleAmendmentOnce
	RuleAmendmentParts
	RuleAmendmentDecided
	RuleCodeParts
	RuleScrutinParts
	// Panels and sortition.
	RulePanelWindow
	RulePanelClosed
	RuleOneVolunteer
	RuleVolunteerSignature
	RuleSortition
	RuleSortitionBeacon
	RuleSortitionDraw
	RuleSortitionReveal
	// Partners.
	RuleOnePartner
	RulePartnerVerified
	RulePartnerSignature
	RulePartnerPosition
	RulePartnerBill
	ruleCount
)

// RuleInfo is one row of the rules table.
type RuleInfo struct {
	Rule Rule
	Name string // short name, e.g. "vote-window"
	What string // the rule in one sentence
}

// Rules is the table of every rule, in the order of the constants.
var Rules = [...]RuleInfo{
	{RuleNone, "", ""},
	{RuleDensePositions, "dense-positions", "events are applied at positions 0, 1, 2, …"},
	{RuleStreamRevision, "stream-revision", "an event's stream revision is the number of earlier events of its stream"},
	{RuleTimeOrder, "time-order", "an event's time is never more than ClockSkew before the latest time before it in the log"},
	{RuleEvent, "event", "the event's own checks: identifiers, non-empty fields, ranges"},
	{RuleStream, "stream", "each event is on the stream its payload names"},
	{RuleTrustee, "trustee", "a trustee index is 1…n"},
	{RuleTrusteeSignature, "trustee-signature", "dealings and tally shares are signed by the trustee's signing key"},
	{RuleOneDealing, "one-dealing", "one dealing per trustee"},
	{RuleDealing, "dealing", "the dealing decodes, is the trustee's own and verifies against the ceremony"},
	{RuleCeremony, "ceremony", "the ceremony's trustee keys decode"},
	{RuleCeremonyClosed, "ceremony-closed", "nothing is dealt after the key is fixed; the key is fixed once"},
	{RuleElectionKey, "election-key", "the fixed key and verification keys are exactly those the dealings give"},
	{RuleOneRegistration, "one-registration", "a credential is registered once"},
	{RuleCredential, "credential", "a credential is a canonical point not of small order"},
	{RuleRevocation, "revocation", "only a registered, unrevoked credential is revoked"},
	{RuleVoteBill, "vote-bill", "a vote is on a bill already introduced"},
	{RuleVoteElection, "vote-election", "a vote is under an election whose key is fixed"},
	{RuleVoteText, "vote-text", "a vote's text hash is the hash of the stage's text, when the ledger holds it"},
	{RuleVoteWindow, "vote-window", "a ballot's time is in [opens, closes + grace) and before VoteClosed; VoteClosed is at or after closes"},
	{RuleEligibility, "eligibility", "a ballot's credential is registered and not revoked"},
	{RuleBallot, "ballot", "the ballot has the size of the vote's ballots and decodes canonically"},
	{RuleBallotSignature, "ballot-signature", "the credential's Ed25519 signature over the ballot verifies (ZIP-215)"},
	{RuleBallotProof, "ballot-proof", "the ballot's proofs verify under the vote's context"},
	{RuleBallotReplay, "ballot-replay", "a ballot whose bytes are already in the vote (earlier in the log, or earlier in the same batch) is refused"},
	{RuleVoteClosed, "vote-closed", "a vote is closed once"},
	{RuleTallyAfterClose, "tally-after-close", "shares and the tally come after VoteClosed"},
	{RuleTallyPart, "tally-part", "a part starts at a multiple of 500 inside the sums"},
	{RuleOneShare, "one-share", "one part per trustee and place"},
	{RuleDecryptionProof, "decryption-proof", "the part's Chaum–Pedersen proofs verify against the trustee's verification key and the sums"},
	{RuleTallyPublished, "tally-published", "a vote is tallied once"},
	{RuleTallyTrustees, "tally-trustees", "the tally names its trustees in increasing order"},
	{RuleTallyCombine, "tally-combine", "the named trustees submitted every part, at least the threshold of them"},
	{RuleTallyCount, "tally-count", "the published counts are those the named trustees' shares give"},
	{RuleBill, "bill", "a law event is on a bill already introduced"},
	{RuleStageOnce, "stage-once", "a stage is tabled again only once its text is complete (a new version)"},
	{RuleArticleStage, "article-stage", "an article belongs to a tabled stage with a text"},
	{RuleArticleOrder, "article-order", "a stage's articles come in order, each once"},
	{RuleArticleParts, "article-parts", "an article's parts come in order and complete"},
	{RuleAmendmentOnce, "amendment-once", "an amendment is tabled once"},
	{RuleAmendmentParts, "amendment-parts", "an amendment's parts come in order and complete"},
	{RuleAmendmentDecided, "amendment-decided", "a decision is on a tabled, complete amendment and changes its outcome"},
	{RuleCodeParts, "code-parts", "a code article's parts come in order and complete"},
	{RuleScrutinParts, "scrutin-parts", "a parliamentary vote's parts come in order and complete"},
	{RulePanelWindow, "panel-window", "volunteers enrol in the panel's window"},
	{RulePanelClosed, "panel-closed", "a panel is closed once, after its window"},
	{RuleOneVolunteer, "one-volunteer", "a credential volunteers once per panel"},
	{RuleVolunteerSignature, "volunteer-signature", "a volunteer's enrolment is signed by their credential"},
	{RuleSortition, "sortition", "a draw is on a closed panel, once"},
	{RuleSortitionBeacon, "sortition-beacon", "the draw uses the log's root at the committed size"},
	{RuleSortitionDraw, "sortition-draw", "the drawn members are those the draw gives"},
	{RuleSortitionReveal, "sortition-reveal", "the revealed seed hashes to the commitment"},
	{RuleOnePartner, "one-partner", "a partner is verified once"},
	{RulePartnerVerified, "partner-verified", "positions are published by verified partners"},
	{RulePartnerSignature, "partner-signature", "a partner's position is signed by its key"},
	{RulePartnerPosition, "partner-position", "a position is published, withdrawn or moderated consistently"},
	{RulePartnerBill, "partner-bill", "a position is on a bill already introduced"},
}

var _ = [1]struct{}{}[len(Rules)-int(ruleCount)] // one row per rule

// String returns the rule's short name.
func (r Rule) String() string {
	if int(r) < len(Rules) {
		return Rules[r].Name
	}
	return fmt.Sprintf("rule(%d)", r)
}

// RuleByName returns the rule with that short name.
func RuleByName(name string) (Rule, bool) {
	for _, ri := range Rules[1:] {
		if ri.Name == name {
			return ri.Rule, true
		}
	}
	return RuleNone, false
}
