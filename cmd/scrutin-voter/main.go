// Command scrutin-voter is a voter on the command line: it makes a
// credential (kept in a file of mode 0600), registers it (demo registrar),
// encrypts and casts ballots, and checks receipts. Its load subcommand
// drives many voters at once, for benchmarks.
//
//	scrutin-voter new      --credential FILE
//	scrutin-voter register --credential FILE --district 75-01 [--server URL]
//	scrutin-voter vote     --credential FILE --vote ID --choice 0|1|2 [--receipt FILE]
//	scrutin-voter receipt  --receipt FILE [--log-key KEY]
//	scrutin-voter load     --vote ID --voters N --concurrency C [--district 75-01]
package main

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strings"

	"github.com/scrutin/scrutin/cmd/internal/client"
	"github.com/scrutin/scrutin/cmd/internal/loadgen"
	"github.com/scrutin/scrutin/domain"
	"golang.org/x/mod/sumdb/note"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	cmd, args := os.Args[1], os.Args[2:]
	fs := flag.NewFlagSet(cmd, flag.ExitOnError)
	srv := fs.String("server", "http://127.0.0.1:8080", "the Scrutin server's `URL`")
	credFile := fs.String("credential", "", "the credential `file` (hex Ed25519 seed, mode 0600)")
	district := fs.String("district", "75-01", "your constituency, `DD-NN` (register, load)")
	vote := fs.String("vote", "", "the vote's `id`")
	choice := fs.Int("choice", -1, "the option's `index`: 0 Pour, 1 Contre, 2 Abstention")
	receiptFile := fs.String("receipt", "", "the receipt `file`")
	logKey := fs.String("log-key", "", "the log's verifier `key` as published; default: ask the server")
	voters := fs.Int("voters", 1000, "voters to simulate (load)")
	conc := fs.Int("concurrency", 64, "concurrent requests (load)")
	fs.Parse(args)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	c := client.New(*srv)
	switch cmd {
	case "new":
		v, err := client.NewVoter()
		check(err)
		f, err := os.OpenFile(need(*credFile, "--credential"), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		check(err)
		_, err = f.WriteString(hex.EncodeToString(v.Private.Seed()) + "\n")
		check(err)
		check(f.Close())
		fmt.Println("credential", v.Credential())
	case "register":
		v := loadVoter(*credFile)
		check(c.Register(ctx, v, domain.District(*district)))
		fmt.Println("registered", v.Credential(), "in", *district, "(demo registrar: self-declared)")
	case "vote":
		v := loadVoter(*credFile)
		vt, err := c.Vote(ctx, domain.VoteID(need(*vote, "--vote")))
		check(err)
		if *choice < 0 || *choice >= len(vt.Options) {
			fatal("give --choice between 0 and %d (%s)", len(vt.Options)-1, strings.Join(vt.Options, ", "))
		}
		ev, err := v.Encrypt(vt, *choice)
		check(err)
		r, err := c.Cast(ctx, ev)
		check(err)
		key := verifier(ctx, c, *logKey)
		check(c.CheckReceiptFor(ctx, r, ev, key))
		fmt.Printf("ballot cast and in the log at %d\ntracking code %s\n(%s)\n", r.Index, r.Tracking, r.Words)
		if *receiptFile != "" {
			b, _ := json.MarshalIndent(r, "", " ")
			check(os.WriteFile(*receiptFile, b, 0o600))
		}
	case "receipt":
		b, err := os.ReadFile(need(*receiptFile, "--receipt"))
		check(err)
		var old client.Receipt
		check(json.Unmarshal(b, &old))
		r, err := c.Receipt(ctx, old.Tracking)
		check(err)
		check(client.CheckReceipt(r, verifier(ctx, c, *logKey)))
		fmt.Printf("ballot %s is in the log at %d (checkpoint of %d entries): %s\n", r.Words, r.Index, r.Size, r.Status)
		if r.Closing != nil {
			fmt.Printf("it is in the vote's closing checkpoint (%d entries)", r.Closing.Size)
			if r.Tallied {
				fmt.Print(", and the tally is published")
			}
			fmt.Println()
		}
	case "load":
		res, err := loadgen.Run(ctx, loadgen.Config{Client: c, Vote: domain.VoteID(need(*vote, "--vote")), Voters: *voters,
			Concurrency: *conc, Districts: []domain.District{domain.District(*district)}, Log: os.Stderr})
		check(err)
		fmt.Println(res)
	default:
		usage()
	}
}

func loadVoter(path string) *client.Voter {
	b, err := os.ReadFile(need(path, "--credential"))
	check(err)
	seed, err := hex.DecodeString(strings.TrimSpace(string(b)))
	if err != nil || len(seed) != ed25519.SeedSize {
		fatal("%s is not a credential file", path)
	}
	return &client.Voter{Private: ed25519.NewKeyFromSeed(seed)}
}

func verifier(ctx context.Context, c *client.Client, key string) note.Verifier {
	if key != "" {
		v, err := note.NewVerifier(key)
		check(err)
		return v
	}
	v, err := c.LogKey(ctx)
	check(err)
	return v
}

func need(v, flag string) string {
	if v == "" {
		fatal("give %s", flag)
	}
	return v
}

func check(err error) {
	if err != nil {
		fatal("%v", err)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: scrutin-voter new|register|vote|receipt|load [flags]; scrutin-voter CMD -h for the flags")
	os.Exit(2)
}

func fatal(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "scrutin-voter: "+format+"\n", args...)
	os.Exit(1)
}
