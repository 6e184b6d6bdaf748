package feed

import (
	"slices"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/news"
	"github.com/scrutin/scrutin/domain"
)

// history records an item in the histories the pages show: every step of
// an amendment (tabled, corrected, decided), and a bill's revisions (a new
// stage, an amendment corrected or its outcome changed or withdrawn after
// a first decision, a parliamentary vote corrected). Called with f.mu held.
func (f *Feeds) history(it *news.Item) {
	c := it.Change()
	switch it.Type {
	case news.AmendmentTabled, news.AmendmentRevised, news.AmendmentDecided:
		k := news.AmendmentKey(it.Bill, it.Amendment)
		steps := f.changes[k]
		if it.Type == news.AmendmentDecided {
			for i := len(steps) - 1; i >= 0; i-- {
				if steps[i].Type == news.AmendmentDecided {
					c.Previous = steps[i].Outcome
					break
				}
			}
		}
		// Kept for every amendment: the bare step (the page words it).
		f.changes[k] = append(steps, news.Change{Time: c.Time, Type: c.Type, Outcome: c.Outcome, Previous: c.Previous})
		if it.Type == news.AmendmentTabled || it.Type == news.AmendmentDecided && c.Previous == "" {
			return // a first record, not a revision
		}
	case news.BillRevised, news.ParliamentVoteRevised:
	default:
		return
	}
	if it.Bill == "" {
		return
	}
	list := f.revisions[it.Bill]
	if len(list) == Limit {
		list = slices.Delete(list, 0, 1)
	}
	f.revisions[it.Bill] = append(list, c)
}

// AmendmentChanges returns the steps of an amendment's history, oldest
// first: tabled, each corrected version, each decision (with the outcome
// before it, if any); each step's time, type and outcomes only. Nil for
// an amendment the ledger does not hold.
func (f *Feeds) AmendmentChanges(bill domain.BillID, amendment string) []news.Change {
	f.mu.RLock()
	defer f.mu.RUnlock()
	return slices.Clone(f.changes[news.AmendmentKey(bill, amendment)])
}

// BillRevisions returns a bill's latest revisions (at most Limit), newest
// first: new stages, amendments corrected, outcomes changed or withdrawn
// after a first decision, parliamentary votes corrected.
func (f *Feeds) BillRevisions(bill domain.BillID) []news.Change {
	f.mu.RLock()
	defer f.mu.RUnlock()
	out := slices.Clone(f.revisions[bill])
	slices.Reverse(out)
	return out
}
