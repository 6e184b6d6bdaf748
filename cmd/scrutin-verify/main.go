// Command scrutin-verify is the auditor's verifier: it re-checks a Scrutin
// ledger from its public data alone — signatures, history, every entry,
// every ballot, every sum, decryption and tally — and exits 0 if every
// check passed, 1 if the log or a tally misbehaved, 2 if it could not
// check. See docs/AUDIT.md.
//
// Usage:
//
//	scrutin-verify [--state DIR] [--key VKEY] [--accept-new-key] [--json] [--credentials disk|memory] [--tmp DIR] URL|DIR
//	scrutin-verify receipt [--server URL|DIR] [--state DIR] [--key VKEY] [--json] [--credentials disk|memory] [--tmp DIR] TRACKING-CODE|RECEIPT.json
//	scrutin-verify fetch URL|DIR DIR
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/verifier"
)

const usage = `usage:
  scrutin-verify [--state DIR] [--key VKEY] [--accept-new-key] [--json] [--credentials disk|memory] [--tmp DIR] URL|DIR
      audit the log a server serves (URL) or an archive (DIR)
  scrutin-verify receipt [--server URL|DIR] [--state DIR] [--key VKEY] [--json] [--credentials disk|memory] [--tmp DIR] TRACKING-CODE|RECEIPT.json
      check a voter's receipt, then that the ballot was counted
  scrutin-verify fetch URL|DIR DIR
      archive what an audit reads, to re-run it offline

exit status: 0 every check passed; 1 the log or a tally misbehaved; 2 could not check
`

// gcPercent is the garbage collector's target the auditor runs with unless
// GOGC says otherwise: a heap of at most 1.5 times what is live instead of
// twice, for 1–2 % more CPU on 100,000 ballots and 13 % on a log of 10
// million entries (docs/AUDIT.md "Memory").
const gcPercent = 50

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is main without the process: it returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	cmd := "audit"
	if len(args) > 0 && (args[0] == "receipt" || args[0] == "fetch") {
		cmd, args = args[0], args[1:]
	}
	fs := flag.NewFlagSet("scrutin-verify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	stateDir := fs.String("state", "", "state directory: the log keys and checkpoints seen (default: the user config directory's scrutin-verify)")
	noState := fs.Bool("no-state", false, "keep no state: compare with no earlier checkpoint")
	key := fs.String("key", "", "the log's verifier key (note vkey), pinned (default: kept, else served)")
	acceptNewKey := fs.Bool("accept-new-key", false, "accept that the log at this URL now has another origin or key than the one kept in the state directory (an announced key rotation: check it elsewhere first)")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	server := fs.String("server", "", "receipt: the server URL or archive DIR whose log to check")
	credentials := fs.String("credentials", "disk", "where the audit keeps the registered credentials: disk (a table in a directory of --tmp, removed at the end: memory bounded whatever their number) or memory (less CPU, ~190 bytes of memory a credential)")
	tmp := fs.String("tmp", "", "the directory in which the table of credentials on disk is made (default: the system's temporary directory, $TMPDIR)")
	witness := fs.String("witness-policy", "", "a witness policy `file` (lines \"witness <vkey> [url]\" and \"quorum k\"): the checkpoint must carry that quorum of cosignatures")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return 2
	}
	fatal := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "scrutin-verify: "+format+"\n", a...)
		return 2
	}
	var policy *domain.WitnessPolicy
	if *witness != "" {
		b, err := os.ReadFile(*witness)
		if err != nil {
			return fatal("couldn't read the witness policy: %v", err)
		}
		p, err := domain.ParseWitnessPolicy(string(b))
		if err != nil {
			return fatal("couldn't read the witness policy: %v", err)
		}
		policy = &p
	}
	if cmd == "fetch" {
		if len(pos) != 2 {
			fs.Usage()
			return 2
		}
		src, err := source(pos[0])
		if err != nil {
			return fatal("%v", err)
		}
		bar := newProgress(stderr)
		err = verifier.Archive(ctx, src, pos[1], func(d, t int64) { bar.update("fetch", d, t) })
		bar.done()
		if err != nil {
			return fatal("couldn't archive %s: %v", pos[0], err)
		}
		fmt.Fprintf(stdout, "archived %s in %s; audit it with: scrutin-verify %s\n", pos[0], pos[1], pos[1])
		return 0
	}
	if len(pos) != 1 {
		fs.Usage()
		return 2
	}
	if *credentials != "disk" && *credentials != "memory" {
		return fatal("--credentials %s: disk or memory", *credentials)
	}
	cfg := verifier.Config{VerifierKey: *key, WitnessPolicy: policy, AcceptNewKey: *acceptNewKey,
		CredentialsInMemory: *credentials == "memory", TempDir: *tmp}
	if !*noState {
		dir := *stateDir
		if dir == "" {
			if dir, err = verifier.DefaultStoreDir(); err != nil {
				return fatal("no state directory: %v (use --state DIR or --no-state)", err)
			}
		}
		if cfg.Store, err = verifier.OpenStore(dir); err != nil {
			return fatal("%v", err)
		}
	}
	bar := newProgress(stderr)
	cfg.Progress = bar.update

	var rep *verifier.Report
	switch cmd {
	case "audit":
		src, serr := source(pos[0])
		if serr != nil {
			return fatal("%v", serr)
		}
		rep, err = verifier.Audit(ctx, src, cfg)
	case "receipt":
		var src verifier.Source
		if *server != "" {
			if src, err = source(*server); err != nil {
				return fatal("%v", err)
			}
		}
		var rec *verifier.Receipt
		if b, rerr := os.ReadFile(pos[0]); rerr == nil {
			rec, err = verifier.ParseReceipt(b)
		} else if src != nil {
			rec, err = verifier.FetchReceipt(ctx, src, strings.ToLower(pos[0]))
		} else {
			return fatal("%s is no receipt file; to look a tracking code up, give --server URL", pos[0])
		}
		if err != nil {
			bar.done()
			return fatal("%v", err)
		}
		rep, err = verifier.CheckReceipt(ctx, src, rec, cfg)
	}
	bar.done()
	if *asJSON {
		rep.WriteJSON(stdout)
	} else {
		rep.WriteText(stdout)
	}
	return exitStatus(err)
}

// exitStatus maps the verifier's outcome to the exit status.
func exitStatus(err error) int {
	var mis *verifier.MisbehaviorError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &mis):
		return 1
	default:
		return 2
	}
}

func source(arg string) (verifier.Source, error) {
	if strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://") {
		return verifier.NewHTTPSource(arg, nil)
	}
	if fi, err := os.Stat(arg); err != nil || !fi.IsDir() {
		return nil, fmt.Errorf("%s is neither an http(s) URL nor a directory", arg)
	}
	return verifier.NewDirSource(arg), nil
}

// parseInterspersed parses flags wherever they are among the arguments.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// progress draws a progress bar on a terminal, at most ten times a second.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	tty   bool
	last  time.Time
	drawn bool
}

func newProgress(w io.Writer) *progress {
	p := &progress{w: w}
	if f, ok := w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.tty = true
		}
	}
	return p
}

func (p *progress) update(stage string, done, total int64) {
	if !p.tty || total < 10000 {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if time.Since(p.last) < 100*time.Millisecond && done < total {
		return
	}
	p.last = time.Now()
	const width = 40
	n := int(int64(width) * done / total)
	fmt.Fprintf(p.w, "\r%-7s [%s%s] %3d%% %d/%d", stage, strings.Repeat("#", n), strings.Repeat(" ", width-n), 100*done/total, done, total)
	p.drawn = true
}

func (p *progress) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", 80))
		p.drawn = false
	}
}
