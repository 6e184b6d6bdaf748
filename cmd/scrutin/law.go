package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/scrutin/scrutin/domain/law"
)

// lawCmd is "scrutin law eval [--json] [-v] DIR…": it measures the law
// engine on corpus directories (docs/LAW.md, "Measuring the engine") and
// prints per law the instructions found, parsed, applied and refused, the
// articles exact, and per amendment folder the amendments applied and
// whether the composed article is exact.
func lawCmd(args []string) {
	if len(args) == 0 || args[0] != "eval" {
		fmt.Fprintln(os.Stderr, "usage: scrutin law eval [--json] [-v] DIR…")
		os.Exit(2)
	}
	os.Exit(lawEval(args[1:], os.Stdout, os.Stderr))
}

func lawEval(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("law eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	verbose := fs.Bool("v", false, "also list each miss, unparsed instruction and refused amendment")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: scrutin law eval [--json] [-v] DIR…\n\nDIR is a law (texte.json, avant/, apres/), an amendment folder (article_avant, amendement_*, article_apres) or a directory of either.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	var all law.EvalReport
	for _, dir := range fs.Args() {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			fmt.Fprintf(stderr, "scrutin law eval: %s is not a directory (give a law's or an amendments corpus's folder)\n", dir)
			return 2
		}
		r, err := law.Eval(os.DirFS(dir), ".", filepath.Base(filepath.Clean(dir)))
		if err != nil {
			// Reported with the others; the remaining directories are
			// measured all the same.
			r = law.EvalReport{Errors: []law.EvalError{{Dir: dir, Err: err.Error()}}}
		}
		all.Merge(r)
	}
	// What could not be measured fails the command, after the report of
	// what could.
	code := 0
	for _, e := range all.Errors {
		fmt.Fprintf(stderr, "scrutin law eval: not measured: %s: %s\n", e.Dir, e.Err)
		code = 1
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(all); err != nil {
			fmt.Fprintln(stderr, "scrutin law eval:", err)
			return 1
		}
		return code
	}
	if err := all.WriteText(stdout, *verbose); err != nil {
		fmt.Fprintln(stderr, "scrutin law eval:", err)
		return 1
	}
	return code
}
