//go:build js && wasm

// Command scrutin-wasm is the voter's cryptography for the browser: the
// same Go code as the server and the command-line voter (domain/election,
// cmd/internal/client), compiled to WebAssembly. The vote page loads it
// only when the voter starts the vote flow. It exposes one global object,
// scrutin, with synchronous functions that return plain objects:
//
//	scrutin.newCredential() → {seed, credential}               (hex)
//	scrutin.credential(seed) → {credential}
//	scrutin.encrypt(voteJSON, choice, seed) → {ballot, signature, ms}   (base64)
//	scrutin.checkReceipt(receiptJSON, verifierKey) → {ok, size, origin}
//	scrutin.checkEntry(rawBase64, tracking, vote, credential, ballotBase64) → {ok}
//
// Every function returns {error: "…"} instead when it fails. The private
// seed never leaves the browser: the page keeps it in localStorage.
//
// Build: go generate ./cmd/scrutin/internal/web (see votes.go there).
package main

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"syscall/js"
	"time"

	"github.com/scrutin/scrutin/cmd/internal/client"
	"github.com/scrutin/scrutin/domain"
	"golang.org/x/mod/sumdb/note"
)

func main() {
	api := map[string]any{
		"newCredential": fn(newCredential),
		"credential":    fn(credential),
		"encrypt":       fn(encrypt),
		"checkReceipt":  fn(checkReceipt),
		"checkEntry":    fn(checkEntry),
	}
	js.Global().Set("scrutin", js.ValueOf(api))
	if ready := js.Global().Get("scrutinReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {}
}

// fn adapts f to a JS function returning f's result or {error}.
func fn(f func(args []js.Value) (map[string]any, error)) js.Func {
	return js.FuncOf(func(this js.Value, args []js.Value) (out any) {
		defer func() {
			if r := recover(); r != nil {
				out = map[string]any{"error": fmt.Sprint(r)}
			}
		}()
		m, err := f(args)
		if err != nil {
			return map[string]any{"error": err.Error()}
		}
		return m
	})
}

func arg(args []js.Value, i int) string {
	if i >= len(args) || args[i].Type() != js.TypeString {
		panic(fmt.Sprintf("argument %d must be a string", i+1))
	}
	return args[i].String()
}

func newCredential(args []js.Value) (map[string]any, error) {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	return map[string]any{"seed": hex.EncodeToString(priv.Seed()), "credential": hex.EncodeToString(pub)}, nil
}

func voter(seedHex string) (*client.Voter, error) {
	seed, err := hex.DecodeString(seedHex)
	if err != nil || len(seed) != ed25519.SeedSize {
		return nil, errors.New("the credential's private key must be 64 hexadecimal digits")
	}
	return &client.Voter{Private: ed25519.NewKeyFromSeed(seed)}, nil
}

func credential(args []js.Value) (map[string]any, error) {
	v, err := voter(arg(args, 0))
	if err != nil {
		return nil, err
	}
	return map[string]any{"credential": v.Credential().String()}, nil
}

func encrypt(args []js.Value) (map[string]any, error) {
	var vote client.Vote
	if err := json.Unmarshal([]byte(arg(args, 0)), &vote); err != nil {
		return nil, fmt.Errorf("couldn't read the vote: %w", err)
	}
	if len(args) < 2 || args[1].Type() != js.TypeNumber {
		return nil, errors.New("argument 2 must be the option's index")
	}
	v, err := voter(arg(args, 2))
	if err != nil {
		return nil, err
	}
	start := time.Now()
	ev, err := v.Encrypt(&vote, args[1].Int())
	if err != nil {
		return nil, err
	}
	ms := float64(time.Since(start).Microseconds()) / 1000
	return map[string]any{
		"ballot":    base64.StdEncoding.EncodeToString(ev.Ballot),
		"signature": base64.StdEncoding.EncodeToString(ev.Signature[:]),
		"ms":        ms,
	}, nil
}

func checkReceipt(args []js.Value) (map[string]any, error) {
	var r client.Receipt
	if err := json.Unmarshal([]byte(arg(args, 0)), &r); err != nil {
		return nil, fmt.Errorf("couldn't read the receipt: %w", err)
	}
	key, err := note.NewVerifier(arg(args, 1))
	if err != nil {
		return nil, fmt.Errorf("couldn't read the log key: %w", err)
	}
	if err := client.CheckReceipt(&r, key); err != nil {
		return nil, err
	}
	if r.State == "promised" {
		// Distributed mode, not yet sequenced: a signed promise of the
		// leaf index, checked above; the proof follows on a later request.
		return map[string]any{"ok": true, "promised": true, "index": float64(r.Index)}, nil
	}
	cp, _, err := domain.OpenCheckpoint([]byte(r.Checkpoint), key)
	if err != nil {
		return nil, err
	}
	return map[string]any{"ok": true, "size": float64(cp.Size), "origin": cp.Origin, "closed": r.Closing != nil}, nil
}

// checkEntry checks that the log entry (its canonical bytes) hashes to the
// tracking code and is the ballot cast: same vote, credential and bytes.
func checkEntry(args []js.Value) (map[string]any, error) {
	raw, err := base64.StdEncoding.DecodeString(arg(args, 0))
	if err != nil {
		return nil, err
	}
	h := domain.LeafHash(raw)
	if hex.EncodeToString(h[:]) != arg(args, 1) {
		return nil, errors.New("the entry served is not the receipt's")
	}
	env, err := domain.ParseEntry(raw)
	if err != nil {
		return nil, err
	}
	b, ok := env.Event.(*domain.BallotCast)
	if !ok {
		return nil, errors.New("the receipt's entry is not a ballot")
	}
	if string(b.Vote) != arg(args, 2) || b.Credential.String() != arg(args, 3) {
		return nil, errors.New("the receipt's entry is another vote's or another credential's ballot")
	}
	if want := arg(args, 4); want != "" {
		wb, err := base64.StdEncoding.DecodeString(want)
		if err != nil || !bytes.Equal(wb, b.Ballot) {
			return nil, errors.New("the receipt's entry is not the ballot this browser sent")
		}
	}
	return map[string]any{"ok": true}, nil
}
