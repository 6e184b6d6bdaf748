package domain

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"github.com/hdevalence/ed25519consensus"
	"sort"
	"time"
)

// Verifiable sortition of citizens' panels (docs/PROTOCOL.md, "Sortition").
//
// A panel is opened with a number of seats, a deadline to volunteer and the
// SHA-256 commitment of a secret the operator chose; registered voters
// volunteer by signing with their credential; PanelClosed fixes the list.
// The seed mixes the list, the root hash of the log at a size reached only
// after the close (PanelClosed's position + 1 + Delay, unknown when the list
// is fixed), and the operator's secret, revealed in SortitionDrawn. The draw
// is a deterministic, unbiased sampling from that seed, which the rules —
// and so every verifier — recompute.

// PanelID identifies a citizens' panel.
type PanelID string

// CategoryPanel is the stream category of panels: panel-<id>.
const CategoryPanel = "panel"

// PanelStream names a panel's stream.
func PanelStream(id PanelID) StreamID { return NewStreamID(CategoryPanel, string(id)) }

// Strata of a draw.
const (
	StratifyNone        uint8 = 0 // Seats among all volunteers
	StratifyDistrict    uint8 = 1 // Seats in each district
	StratifyDepartement uint8 = 2 // Seats in each département
)

// PanelOpened opens a panel to volunteers.
type PanelOpened struct {
	Panel       PanelID
	Title       string
	Seats       uint32
	Stratify    uint8
	EnrollUntil time.Time
	Commitment  [32]byte // SHA-256 of the operator's 32-byte secret
	Delay       uint32   // events between PanelClosed and the beacon
}

// VolunteerEnrolled is a registered voter volunteering, signed with the
// credential over "scrutin/volunteer/v1\n" ‖ panel id.
type VolunteerEnrolled struct {
	Panel      PanelID
	Credential Credential
	Signature  [64]byte
}

// PanelClosed fixes the list of volunteers.
type PanelClosed struct {
	Panel PanelID
}

// SortitionDrawn records the draw: the revealed secret, the beacon (the
// log's root hash at BeaconSize) and the credentials selected, in draw order.
type SortitionDrawn struct {
	Panel      PanelID
	Reveal     [32]byte
	BeaconSize uint64
	BeaconRoot [32]byte
	Selected   []Credential
}

func (*PanelOpened) Kind() Kind       { return Kind{"PanelOpened", 1} }
func (*VolunteerEnrolled) Kind() Kind { return Kind{"VolunteerEnrolled", 1} }
func (*PanelClosed) Kind() Kind       { return Kind{"PanelClosed", 1} }
func (*SortitionDrawn) Kind() Kind    { return Kind{"SortitionDrawn", 1} }

func init() {
	register(func() Event { return new(PanelOpened) })
	register(func() Event { return new(VolunteerEnrolled) })
	register(func() Event { return new(PanelClosed) })
	register(func() Event { return new(SortitionDrawn) })
}

func (e *PanelOpened) encode(w *encoder) {
	w.str(string(e.Panel))
	w.str(e.Title)
	w.u32(e.Seats)
	w.u8(e.Stratify)
	w.timestamp(e.EnrollUntil)
	w.fixed(e.Commitment[:])
	w.u32(e.Delay)
}

func (e *PanelOpened) decode(d *decoder) {
	e.Panel = PanelID(d.str("panel"))
	e.Title = d.str("title")
	e.Seats = d.u32("seats")
	e.Stratify = d.u8("stratify")
	e.EnrollUntil = d.timestamp("enroll until")
	copy(e.Commitment[:], d.fixed(32, "commitment"))
	e.Delay = d.u32("delay")
}

func (e *PanelOpened) check() error {
	if err := checkID("panel", string(e.Panel)); err != nil {
		return err
	}
	if e.Title == "" || e.Seats == 0 {
		return errors.New("a panel needs a title and seats")
	}
	if e.Stratify > StratifyDepartement {
		return fmt.Errorf("stratify %d is not 0, 1 or 2", e.Stratify)
	}
	return nil
}

func (e *VolunteerEnrolled) encode(w *encoder) {
	w.str(string(e.Panel))
	w.fixed(e.Credential[:])
	w.fixed(e.Signature[:])
}

func (e *VolunteerEnrolled) decode(d *decoder) {
	e.Panel = PanelID(d.str("panel"))
	copy(e.Credential[:], d.fixed(32, "credential"))
	copy(e.Signature[:], d.fixed(64, "signature"))
}

func (e *VolunteerEnrolled) check() error { return checkID("panel", string(e.Panel)) }

func (e *PanelClosed) encode(w *encoder) { w.str(string(e.Panel)) }
func (e *PanelClosed) decode(d *decoder) { e.Panel = PanelID(d.str("panel")) }
func (e *PanelClosed) check() error      { return checkID("panel", string(e.Panel)) }

func (e *SortitionDrawn) encode(w *encoder) {
	w.str(string(e.Panel))
	w.fixed(e.Reveal[:])
	w.u64(e.BeaconSize)
	w.fixed(e.BeaconRoot[:])
	w.u32(uint32(len(e.Selected)))
	for _, c := range e.Selected {
		w.fixed(c[:])
	}
}

func (e *SortitionDrawn) decode(d *decoder) {
	e.Panel = PanelID(d.str("panel"))
	copy(e.Reveal[:], d.fixed(32, "reveal"))
	e.BeaconSize = d.u64("beacon size")
	copy(e.BeaconRoot[:], d.fixed(32, "beacon root"))
	n := d.count("selected", 32)
	for i := 0; i < n; i++ {
		var c Credential
		copy(c[:], d.fixed(32, "credential"))
		e.Selected = append(e.Selected, c)
	}
}

func (e *SortitionDrawn) check() error { return checkID("panel", string(e.Panel)) }

// VolunteerMessage is what a volunteer signs.
func VolunteerMessage(panel PanelID) []byte {
	return []byte("scrutin/volunteer/v1\n" + string(panel))
}

// PanelState is a panel as folded so far.
type PanelState struct {
	Opened     *PanelOpened
	Volunteers map[Credential]District
	Closed     bool
	ClosedAt   uint64
	BeaconRoot *[32]byte // the log's root at the beacon size, once reached
	Drawn      *SortitionDrawn
}

// BeaconSize is the log size whose root hash the draw uses.
func (p *PanelState) BeaconSize() uint64 { return p.ClosedAt + 1 + uint64(p.Opened.Delay) }

// SortitionSeed is the draw's seed:
//
//	SHA-256("scrutin/sortition/v1\n" ‖ panel id ‖ "\n" ‖ list hash ‖ u64(beacon size) ‖ beacon root ‖ reveal)
//
// where the list hash is SHA-256 of the volunteers' credentials sorted
// bytewise and concatenated.
func SortitionSeed(panel PanelID, volunteers []Credential, beaconSize uint64, beaconRoot, reveal [32]byte) [32]byte {
	sorted := append([]Credential{}, volunteers...)
	sort.Slice(sorted, func(i, j int) bool { return bytes.Compare(sorted[i][:], sorted[j][:]) < 0 })
	lh := sha256.New()
	for _, c := range sorted {
		lh.Write(c[:])
	}
	h := sha256.New()
	h.Write([]byte("scrutin/sortition/v1\n" + string(panel) + "\n"))
	h.Write(lh.Sum(nil))
	h.Write(binary.BigEndian.AppendUint64(nil, beaconSize))
	h.Write(beaconRoot[:])
	h.Write(reveal[:])
	return [32]byte(h.Sum(nil))
}

// drbg draws uniform integers from a seed: block i is
// SHA-256(seed ‖ u64(i)), read as big-endian u64 values, four per block.
type drbg struct {
	seed  [32]byte
	block uint64
	buf   []byte
}

func (g *drbg) u64() uint64 {
	if len(g.buf) == 0 {
		b := sha256.Sum256(append(g.seed[:], binary.BigEndian.AppendUint64(nil, g.block)...))
		g.block++
		g.buf = b[:]
	}
	v := binary.BigEndian.Uint64(g.buf[:8])
	g.buf = g.buf[8:]
	return v
}

// below returns a uniform integer in [0, n), n ≥ 1, by rejection: values
// at or above the largest multiple of n that fits in 64 bits are drawn
// again, so there is no modulo bias.
func (g *drbg) below(n uint64) uint64 {
	limit := -(-n % n) // 2^64 - (2^64 mod n), computed in 64 bits; 0 means 2^64
	for {
		x := g.u64()
		if limit == 0 || x < limit {
			return x % n
		}
	}
}

// Draw selects up to seats credentials per stratum from the volunteers: in
// each stratum (one for StratifyNone, else each district or département,
// taken in code order), the stratum's credentials sorted bytewise are
// partially shuffled by Fisher–Yates with the DRBG — for i = 0, 1, … below
// min(seats, n), swap element i with element i + below(n − i) — and the
// first min(seats, n) are selected, in that order. One DRBG runs over all
// strata in order.
func Draw(seed [32]byte, volunteers map[Credential]District, seats uint32, stratify uint8) []Credential {
	strata := map[string][]Credential{}
	for c, d := range volunteers {
		key := ""
		switch stratify {
		case StratifyDistrict:
			key = string(d)
		case StratifyDepartement:
			info, _ := LookupDistrict(d)
			key = info.Departement
		}
		strata[key] = append(strata[key], c)
	}
	keys := make([]string, 0, len(strata))
	for k := range strata {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	g := &drbg{seed: seed}
	var out []Credential
	for _, k := range keys {
		cs := strata[k]
		sort.Slice(cs, func(i, j int) bool { return bytes.Compare(cs[i][:], cs[j][:]) < 0 })
		m := min(uint64(seats), uint64(len(cs)))
		for i := uint64(0); i < m; i++ {
			j := i + g.below(uint64(len(cs))-i)
			cs[i], cs[j] = cs[j], cs[i]
		}
		out = append(out, cs[:m]...)
	}
	return out
}

func (s *State) checkPanel(env Envelope, now int64) error {
	switch e := env.Event.(type) {
	case *PanelOpened:
		if env.Stream != PanelStream(e.Panel) || env.Revision != 0 {
			return ruleErr(RuleStream, "PanelOpened opens stream %s", PanelStream(e.Panel))
		}
	case *VolunteerEnrolled:
		p, err := s.panelOf(env.Stream, e.Panel)
		if err != nil {
			return err
		}
		if p.Closed || now >= p.Opened.EnrollUntil.UnixMicro() {
			return ruleErr(RulePanelWindow, "panel %s no longer takes volunteers", e.Panel)
		}
		if err := s.checkEligible(e.Credential); err != nil {
			return err
		}
		if _, dup := p.Volunteers[e.Credential]; dup {
			return ruleErr(RuleOneVolunteer, "credential %s already volunteered", e.Credential)
		}
		// A credential's signatures, ballots' and enrolments' alike, are
		// checked under one rule: ZIP 215 (docs/PROTOCOL.md §6).
		if !ed25519consensus.Verify(ed25519.PublicKey(e.Credential[:]), VolunteerMessage(e.Panel), e.Signature[:]) {
			return ruleErr(RuleVolunteerSignature, "invalid signature")
		}
	case *PanelClosed:
		p, err := s.panelOf(env.Stream, e.Panel)
		if err != nil {
			return err
		}
		if p.Closed {
			return ruleErr(RulePanelClosed, "panel %s is already closed", e.Panel)
		}
		if now < p.Opened.EnrollUntil.UnixMicro() {
			return ruleErr(RulePanelWindow, "panel %s takes volunteers until %s", e.Panel, p.Opened.EnrollUntil.Format(time.RFC3339))
		}
	case *SortitionDrawn:
		p, err := s.panelOf(env.Stream, e.Panel)
		if err != nil {
			return err
		}
		if !p.Closed || p.Drawn != nil {
			return ruleErr(RuleSortition, "panel %s is not closed, or already drawn", e.Panel)
		}
		if sha256.Sum256(e.Reveal[:]) != p.Opened.Commitment {
			return ruleErr(RuleSortitionReveal, "the revealed secret does not match the commitment")
		}
		if e.BeaconSize != p.BeaconSize() || p.BeaconRoot == nil {
			return ruleErr(RuleSortitionBeacon, "the beacon is the log's root at size %d, not yet reached or not %d", p.BeaconSize(), e.BeaconSize)
		}
		if e.BeaconRoot != *p.BeaconRoot {
			return ruleErr(RuleSortitionBeacon, "beacon root differs from the log's root at size %d", e.BeaconSize)
		}
		want := Draw(SortitionSeed(e.Panel, p.volunteerList(), e.BeaconSize, e.BeaconRoot, e.Reveal), p.Volunteers, p.Opened.Seats, p.Opened.Stratify)
		if len(want) != len(e.Selected) {
			return ruleErr(RuleSortitionDraw, "%d selected, the draw gives %d", len(e.Selected), len(want))
		}
		for i := range want {
			if want[i] != e.Selected[i] {
				return ruleErr(RuleSortitionDraw, "selection %d differs from the draw", i)
			}
		}
	}
	return nil
}

func (p *PanelState) volunteerList() []Credential {
	out := make([]Credential, 0, len(p.Volunteers))
	for c := range p.Volunteers {
		out = append(out, c)
	}
	return out
}

func (s *State) panelOf(stream StreamID, id PanelID) (*PanelState, error) {
	p, ok := s.Panels[id]
	if !ok || stream != PanelStream(id) {
		return nil, ruleErr(RuleStream, "no panel %s on stream %s", id, stream)
	}
	return p, nil
}

func (s *State) applyPanel(pos uint64, env Envelope) {
	switch e := env.Event.(type) {
	case *PanelOpened:
		s.Panels[e.Panel] = &PanelState{Opened: e, Volunteers: map[Credential]District{}}
	case *VolunteerEnrolled:
		s.Panels[e.Panel].Volunteers[e.Credential] = s.district(e.Credential)
	case *PanelClosed:
		p := s.Panels[e.Panel]
		p.Closed, p.ClosedAt = true, pos
		s.beacons[p.BeaconSize()] = append(s.beacons[p.BeaconSize()], p)
	case *SortitionDrawn:
		s.Panels[e.Panel].Drawn = e
	}
}

// PanelDraw returns the SortitionDrawn event for a closed panel whose
// beacon is reached, given the operator's secret.
func (s *State) PanelDraw(id PanelID, reveal [32]byte) (*SortitionDrawn, error) {
	p, ok := s.Panels[id]
	if !ok || !p.Closed {
		return nil, fmt.Errorf("panel %s is not closed", id)
	}
	if p.BeaconRoot == nil {
		return nil, fmt.Errorf("panel %s: the log has not reached the beacon size %d", id, p.BeaconSize())
	}
	seed := SortitionSeed(id, p.volunteerList(), p.BeaconSize(), *p.BeaconRoot, reveal)
	return &SortitionDrawn{Panel: id, Reveal: reveal, BeaconSize: p.BeaconSize(), BeaconRoot: *p.BeaconRoot,
		Selected: Draw(seed, p.Volunteers, p.Opened.Seats, p.Opened.Stratify)}, nil
}
