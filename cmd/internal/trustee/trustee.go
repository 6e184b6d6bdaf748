// Package trustee is a trustee's side of Scrutin's threshold election key:
// keys made and kept on the trustee's machine (files of mode 0600 that never
// leave it), the dealing of the key ceremony, and partial decryptions of a
// closed vote's sums — which the trustee recomputes from the log itself and
// refuses to decrypt if the server asks for anything else.
package trustee

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"github.com/scrutin/scrutin/cmd/internal/client"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/election"
	"golang.org/x/mod/sumdb/note"
)

// Trustee is one trustee's keys.
type Trustee struct {
	Dir  string
	Name string
	Enc  *election.PrivateKey // shares of the election key are encrypted to it
	Sign ed25519.PrivateKey   // signs the trustee's messages
}

type keyFile struct {
	Name          string `json:"name"`
	EncryptionKey string `json:"encryption_key"` // hex private scalar
	SigningSeed   string `json:"signing_seed"`   // hex Ed25519 seed
}

const keyFileName = "trustee.key"

// Init makes a trustee's keys in dir. It refuses to overwrite keys.
func Init(dir, name string) (*Trustee, error) {
	if name == "" {
		return nil, errors.New("a trustee needs a name")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	enc, err := election.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	_, sign, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	t := &Trustee{Dir: dir, Name: name, Enc: enc, Sign: sign}
	b, _ := json.MarshalIndent(keyFile{Name: name, EncryptionKey: hex.EncodeToString(enc.Bytes()), SigningSeed: hex.EncodeToString(sign.Seed())}, "", " ")
	if err := writeSecret(filepath.Join(dir, keyFileName), b); err != nil {
		return nil, err
	}
	return t, nil
}

// Load reads a trustee's keys from dir.
func Load(dir string) (*Trustee, error) {
	b, err := os.ReadFile(filepath.Join(dir, keyFileName))
	if err != nil {
		return nil, fmt.Errorf("couldn't read the trustee's keys (run scrutin-trustee init first?): %w", err)
	}
	var kf keyFile
	if err := json.Unmarshal(b, &kf); err != nil {
		return nil, fmt.Errorf("couldn't read %s: %w", keyFileName, err)
	}
	eb, err := hex.DecodeString(kf.EncryptionKey)
	if err != nil {
		return nil, fmt.Errorf("couldn't read the encryption key: %w", err)
	}
	enc, err := election.ParsePrivateKey(eb)
	if err != nil {
		return nil, fmt.Errorf("couldn't read the encryption key: %w", err)
	}
	seed, err := hex.DecodeString(kf.SigningSeed)
	if err != nil || len(seed) != ed25519.SeedSize {
		return nil, errors.New("couldn't read the signing key")
	}
	return &Trustee{Dir: dir, Name: kf.Name, Enc: enc, Sign: ed25519.NewKeyFromSeed(seed)}, nil
}

// writeSecret creates a file readable by its owner only; it never
// overwrites one.
func writeSecret(path string, b []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("couldn't create %s: %w", path, err)
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Info is what the operator puts in ElectionCreated for this trustee.
func (t *Trustee) Info() domain.TrusteeInfo {
	return domain.TrusteeInfo{Name: t.Name, EncryptionKey: [32]byte(t.Enc.Public().Bytes()), SigningKey: [32]byte(t.Sign.Public().(ed25519.PublicKey))}
}

type electionInfo struct {
	ID        domain.ElectionID    `json:"id"`
	Threshold uint16               `json:"threshold"`
	Trustees  []domain.TrusteeInfo `json:"trustees"`
}

func (t *Trustee) index(info []domain.TrusteeInfo) (int, error) {
	me := t.Info()
	for i, ti := range info {
		if ti.EncryptionKey == me.EncryptionKey && ti.SigningKey == me.SigningKey {
			return i + 1, nil
		}
	}
	return 0, errors.New("this trustee's keys are not among the ceremony's")
}

// Deal makes and submits this trustee's dealing for ceremony id. The
// secret polynomial is kept in the trustee's directory, to answer
// complaints.
func (t *Trustee) Deal(ctx context.Context, c *client.Client, id domain.ElectionID) error {
	var info electionInfo
	if err := c.Get(ctx, "/api/v1/elections/"+string(id), &info); err != nil {
		return err
	}
	idx, err := t.index(info.Trustees)
	if err != nil {
		return err
	}
	cer, err := ceremony(id, info.Threshold, info.Trustees)
	if err != nil {
		return err
	}
	d, secret, err := election.NewDealing(rand.Reader, cer, idx)
	if err != nil {
		return err
	}
	sb, err := secret.MarshalBinary()
	if err != nil {
		return err
	}
	if err := writeSecret(filepath.Join(t.Dir, string(id)+".dealer-secret"), sb); err != nil {
		return err
	}
	raw, err := d.MarshalBinary()
	if err != nil {
		return err
	}
	ev := &domain.TrusteeDealt{Election: id, Trustee: uint16(idx), Dealing: raw}
	if err := domain.SignAsTrustee(t.Sign, ev); err != nil {
		return err
	}
	return c.Post(ctx, "/api/v1/elections/"+string(id)+"/dealings", map[string]any{
		"trustee": idx, "dealing": raw, "signature": ev.Signature[:],
	}, nil)
}

func ceremony(id domain.ElectionID, threshold uint16, ts []domain.TrusteeInfo) (election.Ceremony, error) {
	el := &domain.ElectionState{Created: &domain.ElectionCreated{Election: id, Threshold: threshold, Trustees: ts}}
	return el.Ceremony()
}

// ErrSumsDiffer is returned when the sums the server asks to decrypt are not
// the ones the trustee computes from the log: the trustee decrypts nothing.
var ErrSumsDiffer = errors.New("the server's sums differ from the log's: refusing to decrypt")

// Decrypt recomputes a closed vote's encrypted sums from the log (checked
// against the checkpoint signed by logKey, every rule and every ballot
// proof checked), refuses if the server's differ, and submits this
// trustee's partial decryption, part by part.
func (t *Trustee) Decrypt(ctx context.Context, c *client.Client, logKey note.Verifier, vote domain.VoteID) error {
	entries, _, err := c.Log(ctx, logKey)
	if err != nil {
		return fmt.Errorf("couldn't read the log: %w", err)
	}
	st := domain.NewState()
	st.DeferBallots = true
	var pending []domain.PendingBallot
	for i, raw := range entries {
		env, err := domain.ParseEntry(raw)
		if err != nil {
			return fmt.Errorf("the log's entry %d: %w", i, err)
		}
		if err := st.Apply(uint64(i), env); err != nil {
			return fmt.Errorf("the log breaks a rule: %w", err)
		}
		pending = append(pending, st.PendingBallots()...)
	}
	// Every ballot's signature, encoding and proofs, a share a core.
	for _, err := range domain.VerifyBallotsParallel(pending, runtime.NumCPU()) {
		if err != nil {
			return fmt.Errorf("the log holds a ballot that breaks a rule: %w", err)
		}
	}
	v, ok := st.Votes[vote]
	if !ok {
		return fmt.Errorf("no vote %s in the log", vote)
	}
	if !v.Closed {
		return fmt.Errorf("vote %s is not closed", vote)
	}
	el := st.Elections[v.Opened.Election]
	idx, err := t.index(el.Created.Trustees)
	if err != nil {
		return err
	}
	share, err := t.share(el, idx)
	if err != nil {
		return err
	}
	var server struct {
		Ciphertexts []string `json:"ciphertexts"`
	}
	if err := c.Get(ctx, "/api/v1/votes/"+string(vote)+"/sums", &server); err != nil {
		return err
	}
	if len(server.Ciphertexts) != len(v.Sums) {
		return fmt.Errorf("%w: %d ciphertexts asked, %d in the log", ErrSumsDiffer, len(server.Ciphertexts), len(v.Sums))
	}
	for i, s := range v.Sums {
		b, _ := s.MarshalBinary()
		if hex.EncodeToString(b) != server.Ciphertexts[i] {
			return fmt.Errorf("%w: ciphertext %d", ErrSumsDiffer, i)
		}
	}
	for first := 0; first < len(v.Sums); first += domain.MaxTallyPart {
		if _, done := v.Shares[idx][uint32(first)]; done {
			continue
		}
		end := min(first+domain.MaxTallyPart, len(v.Sums))
		p, err := election.PartiallyDecrypt(rand.Reader, domain.TallyID(vote, uint32(first)), idx, share, v.Sums[first:end])
		if err != nil {
			return err
		}
		raw, err := p.MarshalBinary()
		if err != nil {
			return err
		}
		ev := &domain.TallyShareSubmitted{Vote: vote, Trustee: uint16(idx), First: uint32(first), Partial: raw}
		if err := domain.SignAsTrustee(t.Sign, ev); err != nil {
			return err
		}
		if err := c.Post(ctx, "/api/v1/votes/"+string(vote)+"/shares", map[string]any{
			"trustee": idx, "first": first, "partial": raw, "signature": ev.Signature[:],
		}, nil); err != nil {
			return fmt.Errorf("couldn't submit part %d: %w", first, err)
		}
	}
	return nil
}

// share derives this trustee's secret share from the dealings, checking
// each share sent to it; it is cached in the trustee's directory.
func (t *Trustee) share(el *domain.ElectionState, idx int) (*election.PrivateKey, error) {
	path := filepath.Join(t.Dir, string(el.Created.Election)+".share")
	if b, err := os.ReadFile(path); err == nil {
		return election.ParsePrivateKey(b)
	}
	c, err := el.Ceremony()
	if err != nil {
		return nil, err
	}
	ds := make([]*election.Dealing, len(el.Created.Trustees))
	for i := range ds {
		ds[i] = el.Dealings[i+1]
		if err := election.CheckShare(c, ds[i], idx, t.Enc); err != nil {
			return nil, fmt.Errorf("trustee %d's share for this trustee is invalid (complain, and ask for it to be revealed): %w", i+1, err)
		}
	}
	share, err := election.TrusteeShare(c, ds, idx, t.Enc, nil)
	if err != nil {
		return nil, err
	}
	if err := writeSecret(path, share.Bytes()); err != nil {
		return nil, err
	}
	return share, nil
}
