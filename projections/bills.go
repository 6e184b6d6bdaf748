package projections

import "github.com/scrutin/scrutin/domain"

// Bills is the read model of bills: their stages, texts, amendments, diffs,
// the law in force beside the law as amended, and parliament's votes.
type Bills struct{}

// NewBills returns an empty Bills.
func NewBills() *Bills { return &Bills{} }

// Apply implements Projection.
func (b *Bills) Apply(pos uint64, env domain.Envelope) error { return nil }
