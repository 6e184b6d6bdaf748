package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/scrutin/scrutin/cmd/internal/client"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/agenda"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/backup"
	"github.com/scrutin/scrutin/domain"
)

// The operator's commands talk to a running server through its admin API,
// with the token from SCRUTIN_ADMIN_TOKEN or SCRUTIN_ADMIN_TOKEN_FILE
// (docs/OPERATIONS.md). No operator writes event JSON.

func defaultServer() string {
	if s := os.Getenv("SCRUTIN_SERVER"); s != "" {
		return s
	}
	return "http://127.0.0.1:8080"
}

func die(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "scrutin: "+format+"\n", args...)
	os.Exit(1)
}

// votesUsage is the votes command's usage.
const votesUsage = `usage:
  scrutin votes list   [--server URL]
  scrutin votes ceremony [--server URL] --election ID --threshold T TRUSTEE.json...
                       (each file is what "scrutin-trustee init" printed; the trustees then
                       run "scrutin-trustee deal"; votes reuse the ceremony's key)
  scrutin votes stages [--server URL] BILL
  scrutin votes open   [--server URL] --bill ID --stage NAME --election ID [--days N | --closes TIME]
                       [--id VOTE] [--question TEXT] [--options "Pour,Contre,Abstention"] [--opens TIME]
  scrutin votes close  [--server URL] VOTE   (once its closing time has passed: the server also
                                             closes votes by itself, and a window is never shortened)
The admin token comes from SCRUTIN_ADMIN_TOKEN or SCRUTIN_ADMIN_TOKEN_FILE; the server
from --server or SCRUTIN_SERVER (default http://127.0.0.1:8080). TIME is RFC 3339.`

// errUsage is a command line the votes command cannot run.
var errUsage = errors.New("bad usage")

// votesCmd is "scrutin votes list|stages|open|close".
func votesCmd(args []string) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	err := runVotes(ctx, args, os.Stdout, adminTokenFromEnv)
	if errors.Is(err, errUsage) {
		fmt.Fprintln(os.Stderr, votesUsage)
		os.Exit(2)
	}
	if err != nil {
		die("%v", err)
	}
}

// runVotes runs a votes subcommand, printing to out; token gives the
// admin token when the subcommand writes.
func runVotes(ctx context.Context, args []string, out io.Writer, token func() (string, error)) error {
	if len(args) == 0 {
		return errUsage
	}
	sub, args := args[0], args[1:]
	fs := flag.NewFlagSet("votes "+sub, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	srv := fs.String("server", defaultServer(), "the server's `URL`")
	admin := func() (*client.Client, error) {
		tok, err := token()
		if err != nil {
			return nil, err
		}
		c := client.New(*srv)
		c.Token = tok
		return c, nil
	}
	switch sub {
	case "list":
		if fs.Parse(args) != nil || fs.NArg() != 0 {
			return errUsage
		}
		var votes []struct {
			ID            domain.VoteID
			Bill          domain.BillID
			Stage, Status string
			Election      domain.ElectionID
			Closes        time.Time
			Voters        uint64
		}
		if err := client.New(*srv).Get(ctx, "/api/v1/votes", &votes); err != nil {
			return fmt.Errorf("couldn't list the votes: %w", err)
		}
		tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "VOTE\tSTATUS\tBILL\tSTAGE\tELECTION\tCLOSES\tVOTERS")
		for _, v := range votes {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%d\n", v.ID, v.Status, v.Bill, v.Stage, v.Election, v.Closes.UTC().Format(time.RFC3339), v.Voters)
		}
		return tw.Flush()
	case "ceremony":
		election := fs.String("election", "", "the ceremony's `ID`")
		threshold := fs.Uint("threshold", 0, "how many trustees must decrypt (`T`)")
		if fs.Parse(args) != nil || *election == "" || *threshold == 0 || fs.NArg() == 0 {
			return errUsage
		}
		ev := domain.ElectionCreated{Election: domain.ElectionID(*election), Threshold: uint16(*threshold)}
		for _, f := range fs.Args() {
			b, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			var info domain.TrusteeInfo
			dec := json.NewDecoder(bytes.NewReader(b))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&info); err != nil || info.Name == "" {
				return fmt.Errorf("%s is not what scrutin-trustee init prints (a trustee's name and public keys): %v", f, err)
			}
			ev.Trustees = append(ev.Trustees, info)
		}
		c, err := admin()
		if err != nil {
			return err
		}
		var res struct{ Index uint64 }
		if err := c.Post(ctx, "/api/v1/admin/elections", &ev, &res); err != nil {
			return fmt.Errorf("couldn't open the ceremony: %w", err)
		}
		fmt.Fprintf(out, "opened ceremony %s among %d trustees, %d needed to decrypt (event %d); each trustee now runs:\n  scrutin-trustee deal --dir DIR --server %s --election %s\n",
			ev.Election, len(ev.Trustees), ev.Threshold, res.Index, *srv, ev.Election)
		return nil
	case "stages":
		if fs.Parse(args) != nil || fs.NArg() != 1 {
			return errUsage
		}
		stages, err := billStages(ctx, client.New(*srv), fs.Arg(0))
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "STAGE\tSTEP\tINSTITUTION\tTEXT\tLABEL")
		for _, st := range stages {
			text := "none"
			if st.HasText && st.Complete {
				text = "complete"
			} else if st.HasText {
				text = "incomplete"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", st.ID, st.Step, st.Institution, text, st.Label)
		}
		return tw.Flush()
	case "open":
		bill := fs.String("bill", "", "the bill's `ID`")
		stage := fs.String("stage", "", "the stage's `NAME`")
		election := fs.String("election", "", "the key ceremony whose key encrypts the ballots (`ID`)")
		id := fs.String("id", "", "the vote's `ID` (default: vote-<bill>-<stage>)")
		days := fs.Int("days", 14, "close after `N` days")
		closes := fs.String("closes", "", "close at `TIME` (RFC 3339) instead of --days")
		opens := fs.String("opens", "", "open at `TIME` (RFC 3339; default now)")
		question := fs.String("question", "", "the question (default: with the bill's title)")
		options := fs.String("options", "Pour,Contre,Abstention", "the answers, comma-separated")
		if fs.Parse(args) != nil || *bill == "" || *stage == "" || *election == "" || fs.NArg() != 0 || *days <= 0 {
			return errUsage
		}
		ev := domain.VoteOpened{Bill: domain.BillID(*bill), Stage: *stage, Election: domain.ElectionID(*election),
			Vote: domain.VoteID(*id), Question: *question, Opens: time.Now().UTC().Truncate(time.Second)}
		if ev.Vote == "" {
			ev.Vote = agenda.VoteID("vote", ev.Bill, ev.Stage)
		}
		for _, o := range strings.Split(*options, ",") {
			if o = strings.TrimSpace(o); o != "" {
				ev.Options = append(ev.Options, o)
			}
		}
		var err error
		if *opens != "" {
			if ev.Opens, err = time.Parse(time.RFC3339, *opens); err != nil {
				return fmt.Errorf("--opens: %w", err)
			}
		}
		ev.Closes = ev.Opens.Add(time.Duration(*days) * 24 * time.Hour)
		if *closes != "" {
			if ev.Closes, err = time.Parse(time.RFC3339, *closes); err != nil {
				return fmt.Errorf("--closes: %w", err)
			}
		}
		c, err := admin()
		if err != nil {
			return err
		}
		stages, err := billStages(ctx, c, *bill)
		if err != nil {
			return err
		}
		found := false
		for _, st := range stages {
			found = found || (st.ID == *stage && st.HasText && st.Complete)
		}
		if !found {
			return fmt.Errorf("bill %s has no stage %q with a complete text in the ledger: a vote commits to its text (scrutin votes stages %s lists them)", *bill, *stage, *bill)
		}
		if ev.Question == "" {
			var b struct{ Title string }
			if err := c.Get(ctx, "/api/v1/bills/"+url.PathEscape(*bill), &b); err != nil {
				return fmt.Errorf("couldn't read bill %s: %w", *bill, err)
			}
			ev.Question = fmt.Sprintf("Approuvez-vous le texte « %s » tel qu'adopté à cette étape ?", b.Title)
		}
		var res struct{ Index uint64 }
		if err := c.Post(ctx, "/api/v1/admin/votes", &ev, &res); err != nil {
			return fmt.Errorf("couldn't open the vote: %w", err)
		}
		fmt.Fprintf(out, "opened vote %s on %s, stage %s (event %d), open until %s\n", ev.Vote, ev.Bill, ev.Stage, res.Index, ev.Closes.Format(time.RFC3339))
		return nil
	case "close":
		if fs.Parse(args) != nil || fs.NArg() != 1 {
			return errUsage
		}
		c, err := admin()
		if err != nil {
			return err
		}
		var res struct{ Index uint64 }
		if err := c.Post(ctx, "/api/v1/admin/votes/"+url.PathEscape(fs.Arg(0))+"/close", struct{}{}, &res); err != nil {
			return fmt.Errorf("couldn't close the vote: %w", err)
		}
		fmt.Fprintf(out, "closed vote %s (event %d); its trustees can now decrypt the tally\n", fs.Arg(0), res.Index)
		return nil
	}
	return errUsage
}

// stageRow is a bill's stage as the API lists it.
type stageRow struct {
	ID, Step, Institution, Label string
	Order                        uint32
	Complete                     bool
	HasText                      bool `json:"has_text"`
}

func billStages(ctx context.Context, c *client.Client, bill string) ([]stageRow, error) {
	var b struct {
		Stages []stageRow `json:"stages"`
	}
	if err := c.Get(ctx, "/api/v1/bills/"+url.PathEscape(bill)+"/stages", &b); err != nil {
		return nil, fmt.Errorf("couldn't read the stages of bill %s: %w", bill, err)
	}
	sort.Slice(b.Stages, func(i, j int) bool { return b.Stages[i].Order < b.Stages[j].Order })
	return b.Stages, nil
}

// backupCmd is "scrutin backup [--server URL] DEST": a consistent copy of
// a running embedded-mode server's data directory, into the new directory
// DEST (docs/OPERATIONS.md, "Backup and restore").
func backupCmd(args []string) {
	fs := flag.NewFlagSet("backup", flag.ExitOnError)
	srv := fs.String("server", defaultServer(), "the server's `URL`")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: scrutin backup [--server URL] DEST   (DEST must not exist; token from SCRUTIN_ADMIN_TOKEN(_FILE))")
		fs.PrintDefaults()
	}
	fs.Parse(args)
	if fs.NArg() != 1 {
		fs.Usage()
		os.Exit(2)
	}
	tok, err := adminTokenFromEnv()
	if err != nil {
		die("%v", err)
	}
	m, err := fetchBackup(context.Background(), *srv, tok, fs.Arg(0))
	if err != nil {
		die("backup failed: %v", err)
	}
	fmt.Printf("backed up %d files to %s (taken %s); restore: docs/OPERATIONS.md, \"Backup and restore\"\n", len(m.Files), fs.Arg(0), m.Time.Format(time.RFC3339))
}

// fetchBackup downloads a backup from the server into dest.
func fetchBackup(ctx context.Context, srv, token, dest string) (*backup.Manifest, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimSuffix(srv, "/")+"/api/v1/admin/backup", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		return nil, fmt.Errorf("the server answered %s: %s", resp.Status, strings.TrimSpace(string(b)))
	}
	m, err := backup.Extract(resp.Body, dest)
	if errors.Is(err, backup.ErrIncomplete) {
		return nil, fmt.Errorf("%w (nothing was kept)", err)
	}
	return m, err
}
