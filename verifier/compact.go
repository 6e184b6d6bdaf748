package verifier

import "github.com/scrutin/scrutin/domain"

// closedVote is what the audit keeps of a closed vote's counted ballots
// once its sums are computed: the number of credentials whose ballot
// counts and their number per district. A closed vote's counted set no
// longer changes (a credential revoked after the close still counts,
// domain.State.RevokedWhileOpen), so this is every later view's.
type closedVote struct {
	voters  uint64
	turnout map[domain.District]uint64
}

// compactClosed drops the per-ballot state of vote id, just closed and
// summed: each credential's last ballot (but the receipt's, which
// receiptCounted reads); the fold itself drops the hashes of the ballots
// cast at the close (domain.State.Apply). Memory then
// grows with the ballots of the votes open, not with all the log's
// (docs/AUDIT.md "Memory").
func (a *audit) compactClosed(id domain.VoteID) {
	st := a.state
	v := st.Votes[id]
	if v == nil || !v.Closed {
		return
	}
	if a.closed == nil {
		a.closed = map[domain.VoteID]closedVote{}
	}
	a.closed[id] = closedVote{voters: uint64(len(st.Counted(v))), turnout: st.Turnout(v)}
	keep := map[domain.Credential]domain.CastBallot{}
	for _, e := range a.kept {
		if b, ok := e.Event.(*domain.BallotCast); ok && b.Vote == id {
			if cb, ok := v.Ballots[b.Credential]; ok {
				keep[b.Credential] = cb
			}
		}
	}
	v.Ballots = keep
}

// counted returns the number of credentials whose ballot counts in v and
// their number per district, now.
func (a *audit) counted(id domain.VoteID, v *domain.VoteState) (uint64, map[domain.District]uint64) {
	if c, ok := a.closed[id]; ok {
		return c.voters, c.turnout
	}
	return uint64(len(a.state.Counted(v))), a.state.Turnout(v)
}
