// Package simulate builds a large, valid ledger in the embedded mode, for
// the national-scale simulation (docs/SCALE.md): voters registered, bills
// with their text and amendments, and one vote a week with real ballots
// (encrypted, proved and signed as a voter's device does), closed, its sums
// decrypted by the trustees and its tally published. Every event is folded
// through domain.State with the rules on, ballots' proofs left to the
// audit (DeferBallots), so that the ledger is one the server and
// scrutin-verify accept.
package simulate

import (
	"context"
	"crypto/ed25519"
	"encoding/binary"
	"fmt"
	"io"
	mrand "math/rand/v2"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/embedded"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/election"
)

// Config is a simulation.
type Config struct {
	// Path is the ledger file to create (the data directory's ledger.db).
	Path string
	// Events is the size of the log to build: it stops there, whatever
	// step it is at (a vote may be left open).
	Events int64
	// Voters are registered first (one VoterRegistered each).
	Voters int
	// Ballots is the number of ballots cast in each weekly vote, by the
	// voters in turn (the next vote's start where the last one stopped).
	Ballots int
	// Bills is the number of bills tabled each week (BillIntroduced, its
	// text in Articles articles, Amendments amendments tabled and
	// decided).
	Bills      int
	Articles   int
	Amendments int
	// Workers encrypt ballots and register voters in parallel; 0: 2.
	Workers int
	// Seed makes the run reproducible.
	Seed string
	// Log receives progress lines. Optional.
	Log io.Writer
	// Now is when the simulated weeks end. Optional: time.Now.
	Now time.Time
	// NoSync builds the file without fsync (embedded.Options.NoSync): a
	// fixture, faster to build; the server that opens it later syncs.
	NoSync bool
	// HeapProfile, if set, is called once the log is built, before the
	// file is closed (while the store and the state are still held).
	HeapProfile func()
}

// Result is what a simulation built.
type Result struct {
	Entries int64
	Kinds   map[string]int64 // entries by event kind
	Votes   int
	Elapsed time.Duration
	// Time spent encrypting ballots (CPU-bound, on Workers goroutines).
	Encrypting time.Duration
}

// Districts the voters are spread over (real ones: docs/REGISTRATION.md).
var Districts = []domain.District{"75-01", "75-02", "13-01", "2A-01", "69-01", "33-02", "59-03", "31-01", "67-01", "06-01", "35-01", "44-01"}

type sim struct {
	cfg    Config
	db     *embedded.DB
	st     *domain.State
	now    atomic.Int64 // the simulated clock, Unix µs
	res    Result
	voters int // registered
	next   int // the next voter to cast
	// The election, made once.
	el       domain.ElectionID
	key      election.PublicKey
	trustees []trustee
	dealings []*election.Dealing
	ceremony election.Ceremony
}

type trustee struct {
	enc   *election.PrivateKey
	sign  ed25519.PrivateKey
	share *election.PrivateKey
}

// errFull stops the simulation once the log holds cfg.Events.
var errFull = fmt.Errorf("the log is full")

// Run builds the ledger.
func Run(ctx context.Context, cfg Config) (Result, error) {
	if cfg.Workers <= 0 {
		cfg.Workers = 2
	}
	if cfg.Articles <= 0 {
		cfg.Articles = 4
	}
	s := &sim{cfg: cfg, st: domain.NewState(), el: "e1"}
	s.st.DeferBallots = true
	s.res.Kinds = map[string]int64{}
	// The weeks simulated end before today: the server's clock must find
	// every vote in the past (a vote "upcoming" by its clock that already
	// holds ballots is a failure of the audit).
	perWeek := int64(cfg.Bills*(2+cfg.Articles+2*cfg.Amendments) + cfg.Ballots + 10)
	weeks := (cfg.Events-int64(cfg.Voters))/max(perWeek, 1) + 2
	end := cfg.Now
	if end.IsZero() {
		end = time.Now()
	}
	s.now.Store(end.Add(-time.Duration(weeks) * 7 * 24 * time.Hour).Truncate(24 * time.Hour).UnixMicro())
	db, err := embedded.Open(cfg.Path, embedded.Options{Now: func() time.Time { return time.UnixMicro(s.now.Load()) }, NoSync: cfg.NoSync})
	if err != nil {
		return s.res, err
	}
	s.db = db
	start := time.Now()
	err = s.run(ctx)
	if err == errFull {
		err = nil
	}
	s.res.Elapsed = time.Since(start)
	if cfg.HeapProfile != nil {
		cfg.HeapProfile()
	}
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	return s.res, err
}

func (s *sim) logf(format string, args ...any) {
	if s.cfg.Log != nil {
		fmt.Fprintf(s.cfg.Log, format+"\n", args...)
	}
}

func (s *sim) advance(d time.Duration) { s.now.Add(d.Microseconds()) }

func (s *sim) clock() time.Time { return time.UnixMicro(s.now.Load()).UTC() }

func (s *sim) rng(label string, n uint64) *mrand.ChaCha8 {
	var seed [32]byte
	copy(seed[:], s.cfg.Seed+"\x00"+label)
	binary.LittleEndian.PutUint64(seed[24:], n)
	return mrand.NewChaCha8(seed)
}

// room is how many more entries the log takes.
func (s *sim) room() int64 { return s.cfg.Events - s.res.Entries }

// fold folds appended entries, in log order, into the state.
func (s *sim) fold(recs []eventstore.Recorded) error {
	sort.Slice(recs, func(i, j int) bool { return recs[i].Position < recs[j].Position })
	for _, r := range recs {
		if r.Position != uint64(s.res.Entries) {
			return fmt.Errorf("entry %d appended, %d expected", r.Position, s.res.Entries)
		}
		env, err := domain.ParseEntry(r.Entry)
		if err != nil {
			return err
		}
		if err := s.st.Apply(r.Position, env); err != nil {
			return fmt.Errorf("the simulation broke a rule at entry %d: %w", r.Position, err)
		}
		s.st.PendingBallots() // verified by the audit, not here
		s.res.Entries++
		s.res.Kinds[env.Event.Kind().Name]++
	}
	return nil
}

// append appends events to stream in one transaction and folds them; it
// appends only what room allows, and returns errFull once the log is full.
func (s *sim) append(ctx context.Context, stream domain.StreamID, events ...domain.Event) error {
	if r := s.room(); r <= 0 {
		return errFull
	} else if int64(len(events)) > r {
		events = events[:r]
	}
	res, err := s.db.Append(ctx, stream, eventstore.Any, events...)
	if err != nil {
		return fmt.Errorf("couldn't append to %s: %w", stream, err)
	}
	return s.fold(res.Events)
}

func (s *sim) run(ctx context.Context) error {
	if err := s.register(ctx); err != nil {
		return err
	}
	p := newProgress(s.res.Entries)
	for week := 0; ; week++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		var first domain.BillID
		for b := range s.cfg.Bills {
			id := domain.BillID(fmt.Sprintf("w%d-b%d", week, b))
			if b == 0 {
				first = id
			}
			if err := s.bill(ctx, id); err != nil {
				return err
			}
		}
		if s.cfg.Ballots > 0 && first != "" {
			if err := s.vote(ctx, week, first); err != nil {
				return err
			}
		}
		if s.cfg.Bills == 0 && s.cfg.Ballots == 0 {
			return errFull
		}
		s.logf("week %d: %d entries; %s", week, s.res.Entries, p.step(s.res.Entries))
		s.advance(7 * 24 * time.Hour)
	}
}

// register registers cfg.Voters voters in batches of regBatch, each one
// request of the store's multi-stream append (embedded.DB.AppendParts: one
// transaction, all or nothing) and folded before the next is appended:
// what the generator holds at once stays bounded whatever the number of
// voters. The next batch's keys are derived (on every worker) while one is
// appended and folded. A voter's key is not kept: it is derived again from
// the seed when the voter casts a ballot (voterKey).
func (s *sim) register(ctx context.Context) error {
	n := int(min(int64(s.cfg.Voters), s.room()))
	batches := make(chan []eventstore.Part, 1)
	gctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		defer close(batches)
		for lo := 0; lo < n; lo += regBatch {
			b := s.registrations(lo, min(lo+regBatch, n))
			select {
			case batches <- b:
			case <-gctx.Done():
				return
			}
		}
	}()
	p := newProgress(s.res.Entries)
	for b := range batches {
		if err := ctx.Err(); err != nil {
			return err
		}
		res, err := s.db.AppendParts(ctx, b)
		if err != nil {
			return fmt.Errorf("couldn't register voters: %w", err)
		}
		for _, r := range res {
			if err := s.fold(r.Events); err != nil {
				return err
			}
		}
		s.voters += len(b)
		if s.voters%progressEvery < regBatch || s.voters == n {
			s.logf("registered %d voters: %s", s.voters, p.step(s.res.Entries))
		}
	}
	if s.voters != n {
		return fmt.Errorf("%d voters registered, %d expected", s.voters, n)
	}
	if s.room() <= 0 {
		return errFull
	}
	return ctx.Err()
}

// regBatch is the registrations appended in one transaction;
// progressEvery, how often register says how far it is.
const (
	regBatch      = 8192
	progressEvery = 250000
)

// registrations are voters [lo, hi)'s registrations, their keys derived on
// every worker.
func (s *sim) registrations(lo, hi int) []eventstore.Part {
	parts := make([]eventstore.Part, hi-lo)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range s.cfg.Workers {
		wg.Go(func() {
			for {
				k := int(next.Add(1) - 1)
				if k >= len(parts) {
					return
				}
				i := lo + k
				cred := domain.Credential(s.voterKey(i).Public().(ed25519.PublicKey))
				parts[k] = eventstore.Part{Stream: domain.VoterStream(cred), Expected: eventstore.NoStream,
					Events: []domain.Event{&domain.VoterRegistered{Credential: cred, District: Districts[i%len(Districts)], Registrar: "simulation"}}}
			}
		})
	}
	wg.Wait()
	return parts
}

// voterKey is voter i's signing key, derived from the seed.
func (s *sim) voterKey(i int) ed25519.PrivateKey {
	var seed [32]byte
	s.rng("voter", uint64(i)).Read(seed[:])
	return ed25519.NewKeyFromSeed(seed[:])
}

// bill tables bill id: its introduction, its text, its amendments and
// their outcome, in one transaction.
func (s *sim) bill(ctx context.Context, id domain.BillID) error {
	evs := []domain.Event{
		&domain.BillIntroduced{Bill: id, Type: domain.BillProjet, Title: "Projet de loi de simulation " + string(id), Source: "https://www.assemblee-nationale.fr/dyn/17/dossiers/" + string(id)},
		&domain.StageTabled{Bill: id, Stage: "depot", Label: "Texte déposé", Institution: "assemblee", Step: "depot", Reading: "1ère lecture",
			Date: s.clock(), HasText: true, Articles: uint32(s.cfg.Articles)},
	}
	for a := range s.cfg.Articles {
		evs = append(evs, &domain.ArticleTexted{Bill: id, Stage: "depot", Index: uint32(a), Number: fmt.Sprint(a + 1), Part: 1, Parts: 1,
			Alineas: []string{"Le code électoral est ainsi modifié :", fmt.Sprintf("« Article %d de la loi %s : tout électeur peut consulter le registre public des scrutins. »", a+1, id)}})
	}
	for m := range s.cfg.Amendments {
		evs = append(evs, &domain.AmendmentTabled{Bill: id, Stage: "depot", Amendment: fmt.Sprint("A", m+1), Number: fmt.Sprint(m + 1),
			Authors: []string{"Mme Simulation"}, Subject: "Article 1", Article: "1", Tabled: s.clock(), Part: 1, Parts: 1,
			Dispositif: "Supprimer l'alinéa 2.", Expose: "Amendement de simulation."})
	}
	for m := range s.cfg.Amendments {
		outcome := "rejected"
		if m%3 == 0 {
			outcome = "adopted"
		}
		evs = append(evs, &domain.AmendmentDecided{Bill: id, Amendment: fmt.Sprint("A", m+1), Outcome: outcome})
	}
	return s.append(ctx, domain.BillStream(id), evs...)
}

// openElection creates the election all votes use: three trustees, threshold
// two.
func (s *sim) openElection(ctx context.Context) error {
	created := &domain.ElectionCreated{Election: s.el, Threshold: 2}
	for i, name := range []string{"Alice", "Bruno", "Chloé"} {
		enc, err := election.GenerateKey(s.rng("trustee enc", uint64(i)))
		if err != nil {
			return err
		}
		var seed [32]byte
		s.rng("trustee sign", uint64(i)).Read(seed[:])
		sign := ed25519.NewKeyFromSeed(seed[:])
		s.trustees = append(s.trustees, trustee{enc: enc, sign: sign})
		created.Trustees = append(created.Trustees, domain.TrusteeInfo{Name: name, EncryptionKey: [32]byte(enc.Public().Bytes()), SigningKey: [32]byte(sign.Public().(ed25519.PublicKey))})
	}
	es := domain.ElectionStream(s.el)
	if err := s.append(ctx, es, created); err != nil {
		return err
	}
	c, err := s.st.Elections[s.el].Ceremony()
	if err != nil {
		return err
	}
	s.ceremony = c
	for i, tr := range s.trustees {
		d, _, err := election.NewDealing(s.rng("dealing", uint64(i)), c, i+1)
		if err != nil {
			return err
		}
		s.dealings = append(s.dealings, d)
		raw, _ := d.MarshalBinary()
		ev := &domain.TrusteeDealt{Election: s.el, Trustee: uint16(i + 1), Dealing: raw}
		if err := domain.SignAsTrustee(tr.sign, ev); err != nil {
			return err
		}
		if err := s.append(ctx, es, ev); err != nil {
			return err
		}
	}
	key, vks, err := s.st.Elections[s.el].DeriveKeys()
	if err != nil {
		return err
	}
	s.key = key
	fixed := &domain.ElectionKeyFixed{Election: s.el, Key: [32]byte(key.Bytes())}
	for _, vk := range vks {
		fixed.VerificationKeys = append(fixed.VerificationKeys, [32]byte(vk.Bytes()))
	}
	if err := s.append(ctx, es, fixed); err != nil {
		return err
	}
	for _, i := range []int{1, 3} {
		sh, err := election.TrusteeShare(c, s.dealings, i, s.trustees[i-1].enc, nil)
		if err != nil {
			return err
		}
		s.trustees[i-1].share = sh
	}
	return nil
}

// vote opens a vote on bill's text, casts cfg.Ballots ballots, closes it,
// decrypts its sums and publishes its tally.
func (s *sim) vote(ctx context.Context, week int, bill domain.BillID) error {
	if s.trustees == nil {
		if err := s.openElection(ctx); err != nil {
			return err
		}
	}
	textHash, ok := s.st.StageHash(bill, "depot")
	if !ok {
		return fmt.Errorf("bill %s: stage depot incomplete", bill)
	}
	id := domain.VoteID(fmt.Sprint("w", week))
	vs := domain.VoteStream(id)
	opened := &domain.VoteOpened{Vote: id, Bill: bill, Stage: "depot", TextHash: textHash,
		Question: "Pour ou contre le projet de loi ?", Options: []string{"Pour", "Contre", "Abstention"},
		Election: s.el, Opens: s.clock().Add(time.Hour), Closes: s.clock().Add(2 * time.Hour), MinGroup: domain.DefaultMinGroup}
	if err := s.append(ctx, vs, opened); err != nil {
		return err
	}
	s.advance(90 * time.Minute)
	n := s.cfg.Ballots
	if s.voters == 0 {
		n = 0
	}
	if r := s.room(); int64(n) > r {
		n = int(r)
	}
	// Encrypt in chunks on every worker, append each chunk in one
	// transaction.
	const chunk = 4096
	for lo := 0; lo < n; lo += chunk {
		hi := min(lo+chunk, n)
		start := time.Now()
		evs := make([]domain.Event, hi-lo)
		errs := make([]error, hi-lo)
		var next atomic.Int64
		var wg sync.WaitGroup
		for range s.cfg.Workers {
			wg.Go(func() {
				for {
					k := int(next.Add(1) - 1)
					if k >= hi-lo {
						return
					}
					evs[k], errs[k] = s.ballot(id, week, lo+k)
				}
			})
		}
		wg.Wait()
		s.res.Encrypting += time.Since(start)
		for _, err := range errs {
			if err != nil {
				return err
			}
		}
		if err := s.append(ctx, vs, evs...); err != nil {
			return err
		}
	}
	s.next = (s.next + n) % max(s.voters, 1)
	s.now.Store(opened.Closes.Add(time.Minute).UnixMicro())
	if err := s.append(ctx, vs, &domain.VoteClosed{Vote: id}); err != nil {
		return err
	}
	v := s.st.Votes[id]
	for _, i := range []int{1, 3} {
		for first := 0; first < len(v.Sums); first += domain.MaxTallyPart {
			end := min(first+domain.MaxTallyPart, len(v.Sums))
			p, err := election.PartiallyDecrypt(s.rng(fmt.Sprint("share ", id), uint64(i)), domain.TallyID(id, uint32(first)), i, s.trustees[i-1].share, v.Sums[first:end])
			if err != nil {
				return err
			}
			raw, _ := p.MarshalBinary()
			ev := &domain.TallyShareSubmitted{Vote: id, Trustee: uint16(i), First: uint32(first), Partial: raw}
			if err := domain.SignAsTrustee(s.trustees[i-1].sign, ev); err != nil {
				return err
			}
			if err := s.append(ctx, vs, ev); err != nil {
				return err
			}
		}
	}
	groups, err := s.st.CombineTally(v, []int{1, 3})
	if err != nil {
		return err
	}
	s.res.Votes++
	return s.append(ctx, vs, &domain.TallyPublished{Vote: id, Trustees: []uint16{1, 3}, Groups: groups})
}

// ballot is voter (s.next+k)'s ballot in vote id.
func (s *sim) ballot(id domain.VoteID, week, k int) (*domain.BallotCast, error) {
	i := (s.next + k) % s.voters
	priv := s.voterKey(i)
	cred := domain.Credential(priv.Public().(ed25519.PublicKey))
	ctx := election.Context{VoteID: election.VoteID(id), ElectionKey: s.key, Credential: cred, Options: 3}
	// Seeded by the ballot's rank in the vote: a voter who votes twice
	// (more ballots than voters) casts two different ballots.
	b, err := election.Encrypt(s.rng(fmt.Sprint("ballot ", week), uint64(k)), ctx, (i+week)%3)
	if err != nil {
		return nil, err
	}
	raw, _ := b.MarshalBinary()
	e := &domain.BallotCast{Vote: id, Credential: cred, Ballot: raw}
	copy(e.Signature[:], election.SignBallot(priv, []byte(id), raw))
	return e, nil
}
