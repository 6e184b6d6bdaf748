// Command scrutin-trustee is a trustee's tool: it makes the trustee's keys
// (kept in a directory, files of mode 0600, never sent anywhere), deals in
// the key ceremony, and decrypts a closed vote's sums — after recomputing
// them from the log itself.
//
//	scrutin-trustee init    --dir DIR --name NAME
//	scrutin-trustee deal    --dir DIR --server URL --election ID
//	scrutin-trustee decrypt --dir DIR --server URL --vote ID --log-key KEY
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/signal"

	"github.com/scrutin/scrutin/cmd/internal/client"
	"github.com/scrutin/scrutin/cmd/internal/trustee"
	"github.com/scrutin/scrutin/domain"
	"golang.org/x/mod/sumdb/note"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	cmd, args := os.Args[1], os.Args[2:]
	fs := flag.NewFlagSet(cmd, flag.ExitOnError)
	dir := fs.String("dir", "", "the trustee's `directory` (keys, mode 0600)")
	name := fs.String("name", "", "the trustee's `name` (init)")
	srv := fs.String("server", "http://127.0.0.1:8080", "the Scrutin server's `URL`")
	el := fs.String("election", "", "the key ceremony's `id` (deal)")
	vote := fs.String("vote", "", "the vote's `id` (decrypt)")
	logKey := fs.String("log-key", "", "the log's verifier `key`, as published by the operator (decrypt); default: ask the server")
	fs.Parse(args)
	if *dir == "" {
		fatal("give --dir")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	switch cmd {
	case "init":
		t, err := trustee.Init(*dir, *name)
		if err != nil {
			fatal("%v", err)
		}
		b, _ := json.MarshalIndent(t.Info(), "", "  ")
		fmt.Printf("%s\n", b)
	case "deal":
		t := load(*dir)
		if err := t.Deal(ctx, client.New(*srv), domain.ElectionID(*el)); err != nil {
			fatal("couldn't deal: %v", err)
		}
		fmt.Println("dealing submitted")
	case "decrypt":
		t := load(*dir)
		c := client.New(*srv)
		var v note.Verifier
		var err error
		if *logKey != "" {
			v, err = note.NewVerifier(*logKey)
		} else {
			v, err = c.LogKey(ctx)
		}
		if err != nil {
			fatal("couldn't read the log key: %v", err)
		}
		if err := t.Decrypt(ctx, c, v, domain.VoteID(*vote)); err != nil {
			fatal("refused to decrypt: %v", err)
		}
		fmt.Println("partial decryption submitted")
	default:
		usage()
	}
}

func load(dir string) *trustee.Trustee {
	t, err := trustee.Load(dir)
	if err != nil {
		fatal("%v", err)
	}
	return t
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: scrutin-trustee init|deal|decrypt --dir DIR [flags]; scrutin-trustee CMD -h for the flags")
	os.Exit(2)
}

func fatal(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "scrutin-trustee: "+format+"\n", args...)
	os.Exit(1)
}
