// Package ledgertest builds honest Scrutin ledgers purely from domain, for
// the verifier's tests, its test-data generator and its benchmark: a bill,
// a key ceremony among three trustees (two needed), a vote, registered
// voters, ballots and re-votes, a revocation, the close, the trustees'
// partial decryptions and the published tally. Everything is derived from
// a seed, so the same options give the same bytes.
package ledgertest

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	mrand "math/rand/v2"
	"runtime"
	"sync"
	"time"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/election"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// Options shape the ledger.
type Options struct {
	Voters  int    // registered voters; default 40
	Seed    string // all randomness derives from it; default "scrutin"
	Origin  string // the log's origin; default "scrutin.test/log"
	Workers int    // goroutines encrypting ballots; default GOMAXPROCS
	Open    bool   // leave the vote open: no close, shares or tally
	// Bills adds that many bills after the rest, each a BillIntroduced
	// opening its own stream: a log of mostly bills, for the audit's
	// memory (docs/AUDIT.md "Memory").
	Bills int
	// Registered adds that many credentials registered after the voters,
	// which cast no ballot: a log of mostly registrations, for the
	// memory of an audit's credentials (docs/AUDIT.md "Memory").
	Registered int
}

// Trustee is a trustee's keys.
type Trustee struct {
	Enc  *election.PrivateKey
	Sign ed25519.PrivateKey
	Info domain.TrusteeInfo
}

// Voter is a credential's keys.
type Voter struct {
	Priv ed25519.PrivateKey
	Cred domain.Credential
}

// Ledger is an honest ledger and the secrets that made it.
type Ledger struct {
	Origin      string
	Signer      note.Signer
	VerifierKey string
	Entries     [][]byte
	State       *domain.State // the fold of Entries (ballots not verified)
	Trustees    []*Trustee
	Voters      []Voter
	Stranger    Voter // a credential never registered
	Vote        domain.VoteID
	Election    domain.ElectionID
	Key         election.PublicKey
	Shares      map[int]*election.PrivateKey // the decrypting trustees' key shares
	Ceremony    election.Ceremony
	Seed        string

	revs map[domain.StreamID]uint64
	now  time.Time
}

// Rand returns a deterministic reader for the label.
func (l *Ledger) Rand(label string) *mrand.ChaCha8 { return rng(l.Seed, label) }

func rng(seed, label string) *mrand.ChaCha8 {
	return mrand.NewChaCha8(sha256.Sum256([]byte(seed + "\x00" + label)))
}

// Articles are the text of the bill's stage "depot".
var Articles = []domain.StageArticle{
	{Number: "1er", Alineas: []string{"Le code électoral est ainsi modifié :", "1° L'article L. 1er est complété par un alinéa ainsi rédigé :", "« Tout électeur peut consulter le registre public des scrutins. »"}},
	{Number: "2", Status: "nouveau", Alineas: []string{"La présente loi entre en vigueur le premier jour du sixième mois suivant sa promulgation."}},
}

// Districts the voters are spread over.
var Districts = []domain.District{"75-01", "75-02", "13-01", "2A-01", "69-01", "33-02", "59-03", "31-01"}

// Build makes an honest ledger.
func Build(opt Options) (*Ledger, error) {
	if opt.Voters == 0 {
		opt.Voters = 40
	}
	if opt.Seed == "" {
		opt.Seed = "scrutin"
	}
	if opt.Origin == "" {
		opt.Origin = "scrutin.test/log"
	}
	if opt.Workers == 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	l := &Ledger{Origin: opt.Origin, Seed: opt.Seed, Vote: "v1", Election: "e1", Shares: map[int]*election.PrivateKey{},
		revs: map[domain.StreamID]uint64{}, now: time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)}
	l.State = domain.NewState()
	l.State.DeferBallots = true
	var err error
	if l.Signer, l.VerifierKey, err = LogKey(opt.Seed, opt.Origin); err != nil {
		return nil, err
	}
	if err := l.build(opt); err != nil {
		return nil, err
	}
	for i := range opt.Bills {
		id := domain.BillID(fmt.Sprintf("p%d", i))
		if err := l.Append(domain.BillStream(id), &domain.BillIntroduced{Bill: id, Type: domain.BillProposition, Title: fmt.Sprintf("Proposition de loi n° %d", i)}); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// LogKey derives the log's signed-note key from the seed.
func LogKey(seed, origin string) (note.Signer, string, error) {
	var s [32]byte
	rng(seed, "log key").Read(s[:])
	priv := ed25519.NewKeyFromSeed(s[:])
	pub := priv.Public().(ed25519.PublicKey)
	vkey, err := note.NewEd25519VerifierKey(origin, pub)
	if err != nil {
		return nil, "", err
	}
	h := sha256.Sum256(append([]byte(origin+"\n\x01"), pub...))
	skey := fmt.Sprintf("PRIVATE+KEY+%s+%08x+%s", origin, binary.BigEndian.Uint32(h[:4]), base64.StdEncoding.EncodeToString(append([]byte{1}, s[:]...)))
	signer, err := note.NewSigner(skey)
	return signer, vkey, err
}

func (l *Ledger) ed25519Key(label string) ed25519.PrivateKey {
	var s [32]byte
	l.Rand(label).Read(s[:])
	return ed25519.NewKeyFromSeed(s[:])
}

// Append folds ev into the ledger at the current time.
func (l *Ledger) Append(stream domain.StreamID, ev domain.Event) error {
	env := domain.Envelope{Stream: stream, Revision: l.revs[stream], Time: l.now, Event: ev}
	b, err := domain.MarshalEntry(env)
	if err != nil {
		return err
	}
	env, err = domain.ParseEntry(b)
	if err != nil {
		return err
	}
	if err := l.State.Apply(uint64(len(l.Entries)), env); err != nil {
		return err
	}
	l.State.PendingBallots()
	l.revs[stream]++
	l.Entries = append(l.Entries, b)
	return nil
}

// NewBallot encrypts and signs a ballot of v for choice.
func (l *Ledger) NewBallot(v Voter, choice int, label string) (*domain.BallotCast, error) {
	ctx := election.Context{VoteID: election.VoteID(l.Vote), ElectionKey: l.Key, Credential: v.Cred, Options: 3}
	b, err := election.Encrypt(l.Rand(label), ctx, choice)
	if err != nil {
		return nil, err
	}
	raw, _ := b.MarshalBinary()
	e := &domain.BallotCast{Vote: l.Vote, Credential: v.Cred, Ballot: raw}
	copy(e.Signature[:], election.SignBallot(v.Priv, []byte(l.Vote), raw))
	return e, nil
}

func (l *Ledger) build(opt Options) error {
	must := func(stream domain.StreamID, ev domain.Event) error { return l.Append(stream, ev) }
	if err := must(domain.BillStream("b1"), &domain.BillIntroduced{Bill: "b1", Type: domain.BillProjet, Title: "Projet de loi relatif à la transparence de la vie publique", Source: "https://www.assemblee-nationale.fr/dyn/17/dossiers/exemple"}); err != nil {
		return err
	}
	// The bill's text as tabled: the stage a vote commits to.
	if err := must(domain.BillStream("b1"), &domain.StageTabled{Bill: "b1", Stage: "depot", Label: "Texte déposé", Institution: "assemblee",
		Step: "depot", Reading: "1ère lecture", Date: l.now, HasText: true, Articles: uint32(len(Articles))}); err != nil {
		return err
	}
	for i, a := range Articles {
		if err := must(domain.BillStream("b1"), &domain.ArticleTexted{Bill: "b1", Stage: "depot", Index: uint32(i), Number: a.Number,
			Status: a.Status, Part: 1, Parts: 1, Alineas: a.Alineas}); err != nil {
			return err
		}
	}
	textHash, ok := l.State.StageHash("b1", "depot")
	if !ok {
		return fmt.Errorf("stage depot incomplete")
	}
	created := &domain.ElectionCreated{Election: l.Election, Threshold: 2}
	for i, name := range []string{"Alice", "Bruno", "Chloé"} {
		enc, err := election.GenerateKey(l.Rand("trustee enc " + name))
		if err != nil {
			return err
		}
		sign := l.ed25519Key("trustee sign " + name)
		tr := &Trustee{Enc: enc, Sign: sign, Info: domain.TrusteeInfo{Name: name, EncryptionKey: [32]byte(enc.Public().Bytes()), SigningKey: [32]byte(sign.Public().(ed25519.PublicKey))}}
		l.Trustees = append(l.Trustees, tr)
		created.Trustees = append(created.Trustees, tr.Info)
		_ = i
	}
	es := domain.ElectionStream(l.Election)
	if err := must(es, created); err != nil {
		return err
	}
	c, err := l.State.Elections[l.Election].Ceremony()
	if err != nil {
		return err
	}
	l.Ceremony = c
	var dealings []*election.Dealing
	for i, tr := range l.Trustees {
		d, _, err := election.NewDealing(l.Rand(fmt.Sprint("dealing ", i+1)), c, i+1)
		if err != nil {
			return err
		}
		dealings = append(dealings, d)
		raw, _ := d.MarshalBinary()
		ev := &domain.TrusteeDealt{Election: l.Election, Trustee: uint16(i + 1), Dealing: raw}
		domain.SignAsTrustee(tr.Sign, ev)
		if err := must(es, ev); err != nil {
			return err
		}
	}
	key, vks, err := l.State.Elections[l.Election].DeriveKeys()
	if err != nil {
		return err
	}
	l.Key = key
	fixed := &domain.ElectionKeyFixed{Election: l.Election, Key: [32]byte(key.Bytes())}
	for _, vk := range vks {
		fixed.VerificationKeys = append(fixed.VerificationKeys, [32]byte(vk.Bytes()))
	}
	if err := must(es, fixed); err != nil {
		return err
	}
	vs := domain.VoteStream(l.Vote)
	minGroup := uint32(domain.DefaultMinGroup)
	if opt.Voters < 200 {
		minGroup = 3
	}
	opened := &domain.VoteOpened{Vote: l.Vote, Bill: "b1", Stage: "depot", TextHash: textHash,
		Question: "Pour ou contre le projet de loi ?", Options: []string{"Pour", "Contre", "Abstention"},
		Election: l.Election, Opens: l.now.Add(time.Hour), Closes: l.now.Add(2 * time.Hour), MinGroup: minGroup}
	if err := must(vs, opened); err != nil {
		return err
	}
	for i := range opt.Voters {
		priv := l.ed25519Key(fmt.Sprint("voter ", i))
		v := Voter{Priv: priv, Cred: domain.Credential(priv.Public().(ed25519.PublicKey))}
		l.Voters = append(l.Voters, v)
		if err := must(domain.VoterStream(v.Cred), &domain.VoterRegistered{Credential: v.Cred, District: Districts[i%len(Districts)], Registrar: "demo"}); err != nil {
			return err
		}
	}
	for i := range opt.Registered {
		cred := domain.Credential(l.ed25519Key(fmt.Sprint("registered ", i)).Public().(ed25519.PublicKey))
		if err := must(domain.VoterStream(cred), &domain.VoterRegistered{Credential: cred, District: Districts[i%len(Districts)], Registrar: "demo"}); err != nil {
			return err
		}
	}
	priv := l.ed25519Key("stranger")
	l.Stranger = Voter{Priv: priv, Cred: domain.Credential(priv.Public().(ed25519.PublicKey))}

	// Ballots: every voter votes i%3; one in ten voted something else first.
	l.now = l.now.Add(90 * time.Minute)
	type job struct {
		voter, choice int
		label         string
	}
	var jobs []job
	for i := range opt.Voters {
		if i%10 == 3 {
			jobs = append(jobs, job{i, (i + 1) % 3, fmt.Sprint("ballot ", i, " first")})
		}
		jobs = append(jobs, job{i, i % 3, fmt.Sprint("ballot ", i)})
	}
	ballots := make([]*domain.BallotCast, len(jobs))
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	chunk := (len(jobs) + opt.Workers - 1) / opt.Workers
	for lo := 0; lo < len(jobs); lo += chunk {
		hi := min(lo+chunk, len(jobs))
		wg.Go(func() {
			for k := lo; k < hi; k++ {
				j := jobs[k]
				ballots[k], errs[k] = l.NewBallot(l.Voters[j.voter], j.choice, j.label)
			}
		})
	}
	wg.Wait()
	// Re-votes come after every first ballot.
	order := make([]int, 0, len(jobs))
	for k, j := range jobs {
		if j.label[len(j.label)-5:] == "first" {
			order = append(order, k)
		}
	}
	for k, j := range jobs {
		if j.label[len(j.label)-5:] != "first" {
			order = append(order, k)
		}
	}
	for _, k := range order {
		if errs[k] != nil {
			return errs[k]
		}
		if err := must(vs, ballots[k]); err != nil {
			return err
		}
	}
	if opt.Voters > 5 {
		l.now = l.now.Add(time.Minute)
		if err := must(domain.VoterStream(l.Voters[5].Cred), &domain.CredentialRevoked{Credential: l.Voters[5].Cred, Reason: "device lost"}); err != nil {
			return err
		}
	}
	if opt.Open {
		return nil
	}
	l.now = opened.Closes.Add(time.Minute)
	if err := must(vs, &domain.VoteClosed{Vote: l.Vote}); err != nil {
		return err
	}
	vote := l.State.Votes[l.Vote]
	for _, i := range []int{1, 3} {
		sh, err := election.TrusteeShare(c, dealings, i, l.Trustees[i-1].Enc, nil)
		if err != nil {
			return err
		}
		l.Shares[i] = sh
		for first := 0; first < len(vote.Sums); first += domain.MaxTallyPart {
			end := min(first+domain.MaxTallyPart, len(vote.Sums))
			ev, err := l.NewShare(i, uint32(first), vote.Sums[first:end])
			if err != nil {
				return err
			}
			if err := must(vs, ev); err != nil {
				return err
			}
		}
	}
	groups, err := l.State.CombineTally(vote, []int{1, 3})
	if err != nil {
		return err
	}
	return must(vs, &domain.TallyPublished{Vote: l.Vote, Trustees: []uint16{1, 3}, Groups: groups})
}

// NewShare makes trustee i's signed partial decryption of cts, part first.
func (l *Ledger) NewShare(i int, first uint32, cts []election.Ciphertext) (*domain.TallyShareSubmitted, error) {
	p, err := election.PartiallyDecrypt(l.Rand(fmt.Sprint("share ", i, " ", first)), domain.TallyID(l.Vote, first), i, l.Shares[i], cts)
	if err != nil {
		return nil, err
	}
	raw, _ := p.MarshalBinary()
	ev := &domain.TallyShareSubmitted{Vote: l.Vote, Trustee: uint16(i), First: first, Partial: raw}
	if err := domain.SignAsTrustee(l.Trustees[i-1].Sign, ev); err != nil {
		return nil, err
	}
	return ev, nil
}

// Sign returns the log's signed checkpoint of entries.
func (l *Ledger) Sign(entries [][]byte) ([]byte, error) {
	return SignAs(l.Signer, l.Origin, entries)
}

// SignAs returns the checkpoint of entries signed by signer for origin.
func SignAs(signer note.Signer, origin string, entries [][]byte) ([]byte, error) {
	hashes, err := storedHashes(entries)
	if err != nil {
		return nil, err
	}
	root, err := tlog.TreeHash(int64(len(entries)), hashReader(hashes))
	if err != nil {
		return nil, err
	}
	text := domain.FormatCheckpoint(domain.Checkpoint{Origin: origin, Size: int64(len(entries)), Hash: root})
	return note.Sign(&note.Note{Text: text}, signer)
}
