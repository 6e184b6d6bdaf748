// Package client talks to a Scrutin server's public API for the command-line
// tools: a voter's (register, encrypt, cast, check a receipt), a trustee's
// (deal, decrypt), and load generation. Everything it receives that can be
// checked, it checks: receipts against the log key, log entries against the
// signed checkpoint.
package client

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/election"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// Client is a client of one server.
type Client struct {
	Base string // e.g. http://127.0.0.1:8080
	HTTP *http.Client
	// Token, if set, is sent as "Authorization: Bearer <Token>": the admin
	// token, for an operator's commands. Optional.
	Token string
}

// New returns a client of base.
func New(base string) *Client {
	return &Client{Base: strings.TrimSuffix(base, "/"), HTTP: &http.Client{Timeout: 60 * time.Second}}
}

// Error is an error answer from the server.
type Error struct {
	Status  int
	Message string
}

func (e *Error) Error() string { return fmt.Sprintf("server answered %d: %s", e.Status, e.Message) }

func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.Base+path, body)
	if err != nil {
		return err
	}
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if c.Token != "" {
		req.Header.Set("Authorization", "Bearer "+c.Token)
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return fmt.Errorf("couldn't reach %s: %w", c.Base, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return fmt.Errorf("couldn't read the answer to %s %s: %w", method, path, err)
	}
	if resp.StatusCode >= 300 {
		var e struct{ Error string }
		json.Unmarshal(b, &e)
		if e.Error == "" {
			e.Error = strings.TrimSpace(string(b))
		}
		return &Error{Status: resp.StatusCode, Message: e.Error}
	}
	if out == nil {
		return nil
	}
	if s, ok := out.(*[]byte); ok {
		*s = b
		return nil
	}
	if err := json.Unmarshal(b, out); err != nil {
		return fmt.Errorf("couldn't decode the answer to %s %s: %w", method, path, err)
	}
	return nil
}

// Get fetches path into out (JSON, or raw bytes for *[]byte).
func (c *Client) Get(ctx context.Context, path string, out any) error {
	return c.do(ctx, http.MethodGet, path, nil, out)
}

// Post sends in as JSON to path and decodes the answer into out.
func (c *Client) Post(ctx context.Context, path string, in, out any) error {
	return c.do(ctx, http.MethodPost, path, in, out)
}

// Voter is a credential: an Ed25519 key pair made on the voter's device.
type Voter struct {
	Private ed25519.PrivateKey
}

// NewVoter makes a credential.
func NewVoter() (*Voter, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	return &Voter{Private: priv}, nil
}

// Credential is the voter's public key.
func (v *Voter) Credential() domain.Credential {
	return domain.Credential(v.Private.Public().(ed25519.PublicKey))
}

// Register registers the credential in district (demo registrar).
func (c *Client) Register(ctx context.Context, v *Voter, district domain.District) error {
	return c.Post(ctx, "/api/v1/register", map[string]any{"credential": v.Credential().String(), "district": district}, nil)
}

// Vote is a vote as the API describes it.
type Vote struct {
	ID          domain.VoteID `json:"id"`
	Options     []string      `json:"options"`
	ElectionKey string        `json:"election_key"`
	Status      string        `json:"status"`
	Closes      time.Time     `json:"closes"`
	ClosedAt    *uint64       `json:"closed_at"`
	Turnout     struct {
		Total      uint64            `json:"total"`
		ByDistrict map[string]uint64 `json:"by_district"`
	} `json:"turnout"`
	Tally *domain.TallyPublished `json:"tally"`
}

// Vote fetches a vote.
func (c *Client) Vote(ctx context.Context, id domain.VoteID) (*Vote, error) {
	var v Vote
	return &v, c.Get(ctx, "/api/v1/votes/"+string(id), &v)
}

// Encrypt makes v's signed ballot for choice (an option's index).
func (v *Voter) Encrypt(vote *Vote, choice int) (*domain.BallotCast, error) {
	kb, err := hex.DecodeString(vote.ElectionKey)
	if err != nil {
		return nil, fmt.Errorf("couldn't read the election key: %w", err)
	}
	key, err := election.ParsePublicKey(kb)
	if err != nil {
		return nil, fmt.Errorf("couldn't read the election key: %w", err)
	}
	b, err := election.Encrypt(rand.Reader, election.Context{VoteID: election.VoteID(vote.ID), ElectionKey: key, Credential: v.Credential(), Options: len(vote.Options)}, choice)
	if err != nil {
		return nil, err
	}
	raw, err := b.MarshalBinary()
	if err != nil {
		return nil, err
	}
	ev := &domain.BallotCast{Vote: vote.ID, Credential: v.Credential(), Ballot: raw}
	copy(ev.Signature[:], election.SignBallot(v.Private, []byte(vote.ID), raw))
	return ev, nil
}

// Receipt is what the server returns for a ballot.
type Receipt struct {
	Tracking   string   `json:"tracking_code"`
	Words      string   `json:"words"`
	Vote       string   `json:"vote"`
	Credential string   `json:"credential"`
	Index      uint64   `json:"index"`
	State      string   `json:"state"`   // "sequenced", or "promised" (Promise, no proof yet)
	Promise    string   `json:"promise"` // the log's signed promise of Index, when promised
	Checkpoint string   `json:"checkpoint"`
	Size       uint64   `json:"size"`
	Proof      []string `json:"inclusion_proof"`
	Status     string   `json:"status"`
	Closing    *struct {
		Size        uint64   `json:"size"`
		Checkpoint  string   `json:"checkpoint"`
		Proof       []string `json:"inclusion_proof"`
		Consistency []string `json:"consistency_proof"`
	} `json:"closing"`
	Tallied bool `json:"tallied"`
}

// Cast sends a ballot and returns its receipt, checked.
func (c *Client) Cast(ctx context.Context, ev *domain.BallotCast) (*Receipt, error) {
	var r Receipt
	err := c.Post(ctx, "/api/v1/votes/"+string(ev.Vote)+"/ballots", map[string]any{
		"credential": ev.Credential.String(), "ballot": ev.Ballot, "signature": ev.Signature[:],
	}, &r)
	return &r, err
}

// Receipt fetches the current receipt of a tracking code.
func (c *Client) Receipt(ctx context.Context, tracking string) (*Receipt, error) {
	var r Receipt
	return &r, c.Get(ctx, "/api/v1/receipts/"+tracking, &r)
}

// AwaitSequenced polls the receipt of a promised ballot until the log holds
// it, and checks the promise was kept: the same leaf at the same index.
func (c *Client) AwaitSequenced(ctx context.Context, r *Receipt) (*Receipt, error) {
	for wait := 20 * time.Millisecond; ; wait = min(2*wait, time.Second) {
		s, err := c.Receipt(ctx, r.Tracking)
		if err != nil {
			return nil, err
		}
		if s.State != "promised" {
			if s.Index != r.Index {
				return s, fmt.Errorf("broken promise: the ballot was promised leaf %d and is leaf %d", r.Index, s.Index)
			}
			return s, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
	}
}

// LogKey fetches the log's verifier key. A careful voter pins it instead
// (the audit page and the operator publish it).
func (c *Client) LogKey(ctx context.Context) (note.Verifier, error) {
	var info struct {
		VerifierKey string `json:"verifier_key"`
	}
	if err := c.Get(ctx, "/api/v1/log", &info); err != nil {
		return nil, err
	}
	return note.NewVerifier(info.VerifierKey)
}

// CheckReceipt verifies a receipt: the checkpoint is signed by the log key,
// the ballot's leaf is in it, and, once the vote is closed, the ballot was
// in the closing checkpoint, consistent with the latest. It does not
// re-check that the ballot's entry is the one the voter cast: compare the
// tracking code with the hash of the ballot sent (CheckReceiptFor).
//
// A promised receipt (distributed mode, the ballot not yet copied into the
// log) is checked as a promise: signed by the log key, for the receipt's
// index and tracking code. AwaitSequenced turns it into a proof.
func CheckReceipt(r *Receipt, logKey note.Verifier) error {
	if r.State == "promised" {
		p, err := domain.OpenPromise([]byte(r.Promise), logKey)
		if err != nil {
			return err
		}
		leaf, err := domain.ParseHash(r.Tracking)
		if err != nil {
			return err
		}
		if p.Index != r.Index || p.Leaf != leaf {
			return fmt.Errorf("the promise is for leaf %d, %x; the receipt names %d, %s", p.Index, p.Leaf[:], r.Index, r.Tracking)
		}
		return nil
	}
	cp, _, err := domain.OpenCheckpoint([]byte(r.Checkpoint), logKey)
	if err != nil {
		return err
	}
	if uint64(cp.Size) != r.Size {
		return fmt.Errorf("receipt size %d, checkpoint size %d", r.Size, cp.Size)
	}
	leaf, err := domain.ParseHash(r.Tracking)
	if err != nil {
		return err
	}
	proof, err := domain.ParseHashes(r.Proof)
	if err != nil {
		return err
	}
	if err := tlog.CheckRecord(proof, cp.Size, cp.Hash, int64(r.Index), leaf); err != nil {
		return fmt.Errorf("the ballot is not in the checkpoint: %w", err)
	}
	if r.Closing != nil {
		ccp, _, err := domain.OpenCheckpoint([]byte(r.Closing.Checkpoint), logKey)
		if err != nil {
			return fmt.Errorf("closing checkpoint: %w", err)
		}
		ip, err := domain.ParseHashes(r.Closing.Proof)
		if err != nil {
			return err
		}
		if err := tlog.CheckRecord(ip, ccp.Size, ccp.Hash, int64(r.Index), leaf); err != nil {
			return fmt.Errorf("the ballot is not in the closing checkpoint: %w", err)
		}
		cons, err := domain.ParseHashes(r.Closing.Consistency)
		if err != nil {
			return err
		}
		if ccp.Size != cp.Size {
			if err := tlog.CheckTree(cons, cp.Size, cp.Hash, ccp.Size, ccp.Hash); err != nil {
				return fmt.Errorf("the closing checkpoint is not a prefix of the latest: %w", err)
			}
		}
	}
	return nil
}

// CheckReceiptFor checks a receipt and that it names the ballot cast: the
// tracking code is the leaf hash of the BallotCast entry, which the voter
// cannot predict (the server stamps revision and time), so it checks the
// entry the log holds at the receipt's index instead: same vote, credential
// and ballot bytes.
//
// A promised receipt is checked, then awaited until the log holds the
// ballot, which must be at the promised index.
func (c *Client) CheckReceiptFor(ctx context.Context, r *Receipt, ev *domain.BallotCast, logKey note.Verifier) error {
	if err := CheckReceipt(r, logKey); err != nil {
		return err
	}
	if r.State == "promised" {
		s, err := c.AwaitSequenced(ctx, r)
		if err != nil {
			return err
		}
		if err := CheckReceipt(s, logKey); err != nil {
			return err
		}
		r = s
	}
	var entry struct {
		Raw []byte `json:"raw"`
	}
	if err := c.Get(ctx, fmt.Sprintf("/api/v1/log/entries/%d", r.Index), &entry); err != nil {
		return err
	}
	h := domain.LeafHash(entry.Raw)
	if hex.EncodeToString(h[:]) != r.Tracking {
		return errors.New("the entry served at the receipt's index is not the receipt's")
	}
	env, err := domain.ParseEntry(entry.Raw)
	if err != nil {
		return err
	}
	got, ok := env.Event.(*domain.BallotCast)
	if !ok || got.Vote != ev.Vote || got.Credential != ev.Credential || !bytes.Equal(got.Ballot, ev.Ballot) {
		return errors.New("the receipt's entry is not the ballot cast")
	}
	return nil
}
