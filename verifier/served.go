package verifier

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"

	"github.com/scrutin/scrutin/domain"
)

// servedVote is what the verifier reads of /api/v1/votes/{id}.
type servedVote struct {
	ID      string                 `json:"id"`
	Status  string                 `json:"status"`
	Tally   *domain.TallyPublished `json:"tally"`
	Turnout struct {
		Total    uint64 `json:"total"`
		Position int64  `json:"position"` // events the server had folded
	} `json:"turnout"`
}

// servedSums is what the verifier reads of /api/v1/votes/{id}/sums.
type servedSums struct {
	Groups      []domain.TallyGroup `json:"groups"`
	Ciphertexts []string            `json:"ciphertexts"`
}

// checkServed compares what the API serves about votes (their tallies and
// encrypted sums) with what the log says. The API may be ahead of the
// checkpoint audited: a vote whose served state was folded past the
// checkpoint is compared only if the log already decides it.
func (a *audit) checkServed(ctx context.Context, src Source) error {
	r := a.report
	sums, tallies := r.check(CheckSums, "ciphertexts"), r.check(CheckTallies, "tallies")
	if a.state == nil || a.foldedTo < int64(len(a.entries)) {
		return nil
	}
	body, err := src.Get(ctx, "/api/v1/votes")
	if errors.Is(err, ErrNotFound) {
		tallies.Detail = appendDetail(tallies.Detail, "the source serves no /api/v1/votes: served tallies not compared")
		return nil
	}
	if err != nil {
		tallies.notChecked("couldn't fetch /api/v1/votes")
		return unavailable("the served tallies", err)
	}
	var list []servedVote
	if err := json.Unmarshal(body, &list); err != nil {
		tallies.fail(Failure{Entry: -1, Msg: "the API's /api/v1/votes is not a list of votes: " + err.Error()})
		return nil
	}
	var servedTallies, nServedSums int64
	for _, sv := range list {
		id := domain.VoteID(sv.ID)
		v, ok := a.state.Votes[id]
		if !ok {
			// Opened after the checkpoint, or invented.
			continue
		}
		b, err := src.Get(ctx, "/api/v1/votes/"+url.PathEscape(sv.ID))
		if err != nil {
			tallies.notChecked("couldn't fetch vote " + sv.ID)
			return unavailable("the served tallies", err)
		}
		var d servedVote
		if err := json.Unmarshal(b, &d); err != nil {
			tallies.fail(Failure{Entry: -1, Msg: fmt.Sprintf("the API's vote %s does not decode: %v", sv.ID, err)})
			continue
		}
		ahead := d.Turnout.Position > a.cp.Size
		switch {
		case d.Tally == nil && v.Tally == nil:
		case d.Tally == nil:
			if !ahead {
				tallies.fail(Failure{Entry: -1, Msg: fmt.Sprintf("vote %s: the log holds a tally, the API serves none", id)})
			}
		case v.Tally == nil:
			if !ahead {
				tallies.fail(Failure{Entry: -1, Msg: fmt.Sprintf("vote %s: the API serves a tally the log does not hold: %s", id, tallyString(d.Tally))})
			}
		default:
			servedTallies++
			if !sameJSON(d.Tally, v.Tally) {
				tallies.fail(Failure{Entry: -1, Msg: fmt.Sprintf("vote %s: the API serves the tally %s, the log's (checked against the ballots) is %s", id, tallyString(d.Tally), tallyString(v.Tally))})
			}
		}
		if !v.Closed {
			continue
		}
		b, err = src.Get(ctx, "/api/v1/votes/"+url.PathEscape(sv.ID)+"/sums")
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			sums.notChecked("couldn't fetch the sums of vote " + sv.ID)
			return unavailable("the served sums", err)
		}
		var s servedSums
		if err := json.Unmarshal(b, &s); err != nil {
			sums.fail(Failure{Entry: -1, Msg: fmt.Sprintf("the API's sums of vote %s do not decode: %v", sv.ID, err)})
			continue
		}
		nServedSums++
		if len(s.Ciphertexts) != len(v.Sums) {
			sums.fail(Failure{Entry: int64(v.ClosedAt), Kind: "VoteClosed", Msg: fmt.Sprintf("vote %s: the API serves %d encrypted sums, the ballots give %d", id, len(s.Ciphertexts), len(v.Sums))})
			continue
		}
		for i := range v.Sums {
			want, _ := v.Sums[i].MarshalBinary()
			if s.Ciphertexts[i] != hex.EncodeToString(want) {
				sums.fail(Failure{Entry: int64(v.ClosedAt), Kind: "VoteClosed", Msg: fmt.Sprintf("vote %s: encrypted sum %d served differs from the sum of the counted ballots", id, i)})
				break
			}
		}
		if !sameJSON(stripCounts(s.Groups), stripCounts(v.Groups)) {
			sums.fail(Failure{Entry: int64(v.ClosedAt), Kind: "VoteClosed", Msg: fmt.Sprintf("vote %s: the groups served differ from the groups the counted ballots give", id)})
		}
	}
	tallies.Detail = appendDetail(tallies.Detail, fmt.Sprintf("%d served tallies compared", servedTallies))
	sums.Detail = appendDetail(sums.Detail, fmt.Sprintf("recomputed from the counted ballots; %d votes' served sums compared", nServedSums))
	return nil
}

func stripCounts(gs []domain.TallyGroup) []domain.TallyGroup {
	out := make([]domain.TallyGroup, len(gs))
	for i, g := range gs {
		g.Counts = nil
		out[i] = g
	}
	return out
}

func sameJSON(a, b any) bool {
	x, err1 := json.Marshal(a)
	y, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && bytes.Equal(x, y)
}

func tallyString(t *domain.TallyPublished) string {
	s := fmt.Sprintf("trustees %v", t.Trustees)
	for _, g := range t.Groups {
		s += fmt.Sprintf(", %s: %v", g.Name, g.Counts)
	}
	return s
}

func appendDetail(d, more string) string {
	if d == "" {
		return more
	}
	return d + "; " + more
}
