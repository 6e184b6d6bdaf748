package domain

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"unicode/utf8"
)

// Partner positions: organisations publish their reading of a bill, signed
// with a key whose control of a web domain the server checked. The log
// keeps every position, withdrawal and moderation decision, with its
// reason; pages show current positions the same way for all, in an order
// that favours nobody.

// PartnerID identifies a partner organisation.
type PartnerID string

// CategoryPartner is the stream category of partners: partner-<id>.
const CategoryPartner = "partner"

// PartnerStream names a partner's stream.
func PartnerStream(id PartnerID) StreamID { return NewStreamID(CategoryPartner, string(id)) }

// Stances.
const (
	StanceFor     uint8 = 1
	StanceAgainst uint8 = 2
	StanceMixed   uint8 = 3
)

// MaxSummary is the longest summary, in characters.
const MaxSummary = 1000

// PartnerVerified records that the server found the partner's key at
// https://<Domain>/.well-known/scrutin-partner.txt.
type PartnerVerified struct {
	Partner PartnerID
	Name    string
	Domain  string
	Key     [32]byte // Ed25519, signs the partner's positions
}

// PartnerPositionPublished is a partner's position on a bill, signed (see
// PartnerSigningMessage). A new one replaces the partner's previous one on
// the same bill.
type PartnerPositionPublished struct {
	Partner   PartnerID
	Bill      BillID
	Stance    uint8
	Summary   string
	Link      string
	Signature [64]byte
}

// PartnerPositionWithdrawn is the partner withdrawing its position, signed.
type PartnerPositionWithdrawn struct {
	Partner   PartnerID
	Bill      BillID
	Signature [64]byte
}

// PositionModerated is the operator hiding a position, with a public reason.
type PositionModerated struct {
	Partner PartnerID
	Bill    BillID
	Reason  string
}

func (*PartnerVerified) Kind() Kind          { return Kind{"PartnerVerified", 1} }
func (*PartnerPositionPublished) Kind() Kind { return Kind{"PartnerPositionPublished", 1} }
func (*PartnerPositionWithdrawn) Kind() Kind { return Kind{"PartnerPositionWithdrawn", 1} }
func (*PositionModerated) Kind() Kind        { return Kind{"PositionModerated", 1} }

func init() {
	register(func() Event { return new(PartnerVerified) })
	register(func() Event { return new(PartnerPositionPublished) })
	register(func() Event { return new(PartnerPositionWithdrawn) })
	register(func() Event { return new(PositionModerated) })
}

func (e *PartnerVerified) encode(w *encoder) {
	w.str(string(e.Partner))
	w.str(e.Name)
	w.str(e.Domain)
	w.fixed(e.Key[:])
}

func (e *PartnerVerified) decode(d *decoder) {
	e.Partner = PartnerID(d.str("partner"))
	e.Name = d.str("name")
	e.Domain = d.str("domain")
	copy(e.Key[:], d.fixed(32, "key"))
}

func (e *PartnerVerified) check() error {
	if err := checkID("partner", string(e.Partner)); err != nil {
		return err
	}
	if e.Name == "" || e.Domain == "" {
		return errors.New("a partner needs a name and a domain")
	}
	return nil
}

func (e *PartnerPositionPublished) encode(w *encoder) {
	w.str(string(e.Partner))
	w.str(string(e.Bill))
	w.u8(e.Stance)
	w.str(e.Summary)
	w.str(e.Link)
	w.fixed(e.Signature[:])
}

func (e *PartnerPositionPublished) decode(d *decoder) {
	e.Partner = PartnerID(d.str("partner"))
	e.Bill = BillID(d.str("bill"))
	e.Stance = d.u8("stance")
	e.Summary = d.str("summary")
	e.Link = d.str("link")
	copy(e.Signature[:], d.fixed(64, "signature"))
}

func (e *PartnerPositionPublished) check() error {
	if err := checkID("partner", string(e.Partner)); err != nil {
		return err
	}
	if e.Stance < StanceFor || e.Stance > StanceMixed {
		return fmt.Errorf("stance %d is not 1 (for), 2 (against) or 3 (mixed)", e.Stance)
	}
	if n := utf8.RuneCountInString(e.Summary); n == 0 || n > MaxSummary {
		return fmt.Errorf("summary of %d characters, want 1 to %d", n, MaxSummary)
	}
	u, err := url.Parse(e.Link)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return fmt.Errorf("link %q is not an http(s) URL", e.Link)
	}
	return nil
}

func (e *PartnerPositionWithdrawn) encode(w *encoder) {
	w.str(string(e.Partner))
	w.str(string(e.Bill))
	w.fixed(e.Signature[:])
}

func (e *PartnerPositionWithdrawn) decode(d *decoder) {
	e.Partner = PartnerID(d.str("partner"))
	e.Bill = BillID(d.str("bill"))
	copy(e.Signature[:], d.fixed(64, "signature"))
}

func (e *PartnerPositionWithdrawn) check() error { return checkID("partner", string(e.Partner)) }

func (e *PositionModerated) encode(w *encoder) {
	w.str(string(e.Partner))
	w.str(string(e.Bill))
	w.str(e.Reason)
}

func (e *PositionModerated) decode(d *decoder) {
	e.Partner = PartnerID(d.str("partner"))
	e.Bill = BillID(d.str("bill"))
	e.Reason = d.str("reason")
}

func (e *PositionModerated) check() error {
	if e.Reason == "" {
		return errors.New("a moderation decision gives its reason")
	}
	return checkID("partner", string(e.Partner))
}

func (e *PartnerPositionPublished) signature() *[64]byte { return &e.Signature }
func (e *PartnerPositionWithdrawn) signature() *[64]byte { return &e.Signature }

// PartnerSigningMessage is what a partner signs for a position or a
// withdrawal: "scrutin/partner-signature/v1\n" ‖ type name ‖ "\n" ‖ payload
// with the signature field zeroed (the same construction as trustees').
func PartnerSigningMessage(ev Event) ([]byte, error) {
	msg, err := TrusteeSigningMessage(ev)
	if err != nil {
		return nil, err
	}
	const trusteePrefix = "scrutin/trustee-signature/v1\n"
	return append([]byte("scrutin/partner-signature/v1\n"), msg[len(trusteePrefix):]...), nil
}

// SignAsPartner fills ev's signature with priv.
func SignAsPartner(priv ed25519.PrivateKey, ev Event) error {
	msg, err := PartnerSigningMessage(ev)
	if err != nil {
		return err
	}
	copy(ev.(trusteeSigned).signature()[:], ed25519.Sign(priv, msg))
	return nil
}

// PartnerState is a partner and its current positions.
type PartnerState struct {
	Verified  *PartnerVerified
	Positions map[BillID]*PartnerPositionPublished // current, not withdrawn nor moderated
	Moderated map[BillID]string                    // reason, for positions hidden by the operator
}

// Positions returns the current positions on a bill, ordered by partner
// name (then id): an order that favours nobody and that anyone can check.
func (s *State) Positions(bill BillID) []*PartnerPositionPublished {
	var out []*PartnerPositionPublished
	for _, p := range s.Partners {
		if pos, ok := p.Positions[bill]; ok {
			out = append(out, pos)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := s.Partners[out[i].Partner].Verified, s.Partners[out[j].Partner].Verified
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.Partner < b.Partner
	})
	return out
}

func (s *State) checkPartner(env Envelope) error {
	switch e := env.Event.(type) {
	case *PartnerVerified:
		if env.Stream != PartnerStream(e.Partner) {
			return ruleErr(RuleStream, "PartnerVerified goes on stream %s", PartnerStream(e.Partner))
		}
		if _, ok := s.Partners[e.Partner]; ok {
			return ruleErr(RuleOnePartner, "partner %s is already verified", e.Partner)
		}
	case *PartnerPositionPublished, *PartnerPositionWithdrawn, *PositionModerated:
		var id PartnerID
		var bill BillID
		switch e := e.(type) {
		case *PartnerPositionPublished:
			id, bill = e.Partner, e.Bill
		case *PartnerPositionWithdrawn:
			id, bill = e.Partner, e.Bill
		case *PositionModerated:
			id, bill = e.Partner, e.Bill
		}
		p, ok := s.Partners[id]
		if !ok || env.Stream != PartnerStream(id) {
			return ruleErr(RulePartnerVerified, "partner %s has not proved control of a domain", id)
		}
		if _, ok := s.Bills[bill]; !ok {
			return ruleErr(RulePartnerBill, "no bill %s", bill)
		}
		switch e := e.(type) {
		case *PositionModerated:
			if _, ok := p.Positions[bill]; !ok {
				return ruleErr(RulePartnerPosition, "partner %s has no current position on %s", id, bill)
			}
		default:
			if _, ok := e.(*PartnerPositionWithdrawn); ok {
				if _, has := p.Positions[bill]; !has {
					return ruleErr(RulePartnerPosition, "partner %s has no current position on %s", id, bill)
				}
			}
			msg, err := PartnerSigningMessage(e)
			if err != nil {
				return ruleErr(RulePartnerSignature, "%v", err)
			}
			if !ed25519.Verify(ed25519.PublicKey(p.Verified.Key[:]), msg, e.(trusteeSigned).signature()[:]) {
				return ruleErr(RulePartnerSignature, "not signed with partner %s's key", id)
			}
		}
	}
	return nil
}

func (s *State) applyPartner(env Envelope) {
	switch e := env.Event.(type) {
	case *PartnerVerified:
		s.Partners[e.Partner] = &PartnerState{Verified: e, Positions: map[BillID]*PartnerPositionPublished{}, Moderated: map[BillID]string{}}
	case *PartnerPositionPublished:
		p := s.Partners[e.Partner]
		p.Positions[e.Bill] = e
		delete(p.Moderated, e.Bill)
	case *PartnerPositionWithdrawn:
		delete(s.Partners[e.Partner].Positions, e.Bill)
	case *PositionModerated:
		p := s.Partners[e.Partner]
		delete(p.Positions, e.Bill)
		p.Moderated[e.Bill] = e.Reason
	}
}
