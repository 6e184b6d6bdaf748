// Package importer reads parliamentary open data into [law] values: the
// Assemblée nationale's open-data JSON (dossiers parlementaires,
// amendements, scrutins, acteurs, organes), La Fabrique de la loi's
// dossiers (procedure.json, one texte.json per stage, amendements_*.json)
// and the constituency CSV files.
//
// [Import] walks a directory tree and recognises each file by its content
// (the top-level JSON keys, the CSV header), never by its name, so any bill
// published in the same formats can be imported. Records that are unknown
// or malformed are skipped and reported, with their file and field, in the
// [Report]: an import is never silently partial.
//
// The result is deterministic: every record has a stable natural key (the
// Assemblée's uid, the Fabrique's dossier id and step directory, …) and
// every slice is sorted by it, so that importing the same files twice gives
// the same values, and an event-sourced import can skip what it already has.
//
// [Assemblée nationale open data]: https://data.assemblee-nationale.fr/
// [La Fabrique de la loi]: https://www.lafabriquedelaloi.fr/
package importer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/scrutin/scrutin/domain/law"
)

// Kind is the kind of a recognised file.
type Kind string

const (
	KindANAmendment       Kind = "an-amendement"
	KindANScrutin         Kind = "an-scrutin"
	KindANActeur          Kind = "an-acteur"
	KindANOrgane          Kind = "an-organe"
	KindANDossier         Kind = "an-dossier"
	KindFabriqueProcedure Kind = "fabrique-procedure"
	KindFabriqueText      Kind = "fabrique-texte"
	KindFabriqueAmendment Kind = "fabrique-amendements"
	KindFabriqueDerived   Kind = "fabrique-derived" // viz files rebuilt from the others: read, not imported
	KindCirconscriptions  Kind = "csv-circonscriptions"
	KindDepartements      Kind = "csv-departements"
	KindMandates          Kind = "csv-mandats-deputes"
	KindVotesCSV          Kind = "csv-votes" // derived from the scrutins: read, not imported
	KindUnknown           Kind = "unknown"
)

// Problem is a record or file that was skipped.
type Problem struct {
	File string
	// Field is the JSON path or CSV column at fault; empty for a whole file.
	Field  string
	Reason string
}

func (p Problem) String() string {
	if p.Field == "" {
		return p.File + ": " + p.Reason
	}
	return p.File + ": " + p.Field + ": " + p.Reason
}

// Report says what an import read and what it skipped.
type Report struct {
	// Files counts the files examined; Kinds, the recognised ones by kind.
	Files int
	Kinds map[Kind]int
	// Ignored lists files read but deliberately not imported (derived
	// files, non-data files), with why.
	Ignored []Problem
	// Skipped lists records (or whole files) that were unknown or
	// malformed. Warnings lists records imported with a doubt (e.g. vote
	// totals that do not match the nominative lists).
	Skipped  []Problem
	Warnings []Problem
}

func (r *Report) skip(file, field, format string, args ...any) {
	r.Skipped = append(r.Skipped, Problem{File: file, Field: field, Reason: fmt.Sprintf(format, args...)})
}

func (r *Report) warn(file, field, format string, args ...any) {
	r.Warnings = append(r.Warnings, Problem{File: file, Field: field, Reason: fmt.Sprintf(format, args...)})
}

// Result is everything imported, each slice sorted by its natural key.
type Result struct {
	Bills        []law.Bill        // by ID
	Stages       []law.Stage       // by Bill, then Order, then ID
	Amendments   []law.Amendment   // by ID
	Scrutins     []law.Scrutin     // by ID; ballots by deputy
	Deputies     []law.Deputy      // by ID
	Groups       []law.Group       // by ID
	Districts    []law.District    // by département code, then number
	Departements []law.Departement // by code
	Report       Report
	// held is Options.Texts: the texts the ledger holds, which never move
	// to another bill (LinkScrutins).
	held map[string]law.BillID
}

type file struct {
	path string
	data []byte
	kind Kind
	top  map[string]json.RawMessage
}

// Options are what an import may know beyond its files.
type Options struct {
	// Texts maps an Assemblée text reference (a stage) to the bill that
	// the ledger already holds it under: amendments tabled on the text
	// belong to that bill, even if a dossier among the files lists the
	// text too (an amendment never moves to another bill). A sync that
	// reads a source in several batches passes what earlier batches
	// recorded.
	Texts map[string]law.BillID
}

// Import reads every file under root in fsys (use os.DirFS or an
// embed.FS). It fails only if the tree cannot be walked or read; bad
// records are skipped and reported in Result.Report.
func Import(fsys fs.FS, root string) (*Result, error) {
	return ImportWith(fsys, root, Options{})
}

// ImportWith is Import with options.
func ImportWith(fsys fs.FS, root string, opts Options) (*Result, error) {
	var files []*file
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return fmt.Errorf("couldn't read %s: %w", p, err)
		}
		files = append(files, &file{path: p, data: b})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("couldn't walk %s: %w", root, err)
	}
	sort.Slice(files, func(i, j int) bool { return files[i].path < files[j].path })

	im := newImport()
	im.opts = opts
	for _, f := range files {
		im.rep.Files++
		f.kind = im.classify(f)
		if f.kind != KindUnknown {
			im.rep.Kinds[f.kind]++
		}
	}
	// Order matters: groups and deputies first, then bills, texts,
	// amendments and votes, which refer to them.
	for _, k := range []Kind{KindANOrgane, KindANActeur, KindDepartements, KindCirconscriptions, KindMandates,
		KindFabriqueProcedure, KindFabriqueText, KindFabriqueAmendment, KindANDossier, KindANAmendment, KindANScrutin,
		KindCorpusBills, KindCorpusArticle} {
		for _, f := range files {
			if f.kind == k {
				im.read(f)
			}
		}
	}
	r := im.result()
	r.held = opts.Texts
	return r, nil
}

type importer struct {
	opts         Options
	rep          Report
	bills        map[law.BillID]law.Bill
	stages       map[stageKey]*law.Stage
	amendments   map[law.AmendmentID]law.Amendment
	scrutins     map[law.ScrutinID]law.Scrutin
	deputies     map[law.DeputyID]law.Deputy
	groups       map[law.GroupID]law.Group
	districts    map[law.District]bool
	departements map[string]law.Departement
	// procedures maps a Fabrique dossier root directory to its bill and
	// its steps' directories.
	procedures map[string]procedure
	// anTexts maps an Assemblée text reference to its dossier's stage.
	anTexts map[string]anDossierText
}

type stageKey struct {
	bill  law.BillID
	stage law.StageID
}

type procedure struct {
	bill  law.BillID
	steps map[string]bool
}

func newImport() *importer {
	return &importer{
		rep:          Report{Kinds: map[Kind]int{}},
		bills:        map[law.BillID]law.Bill{},
		stages:       map[stageKey]*law.Stage{},
		amendments:   map[law.AmendmentID]law.Amendment{},
		scrutins:     map[law.ScrutinID]law.Scrutin{},
		deputies:     map[law.DeputyID]law.Deputy{},
		groups:       map[law.GroupID]law.Group{},
		districts:    map[law.District]bool{},
		departements: map[string]law.Departement{},
		procedures:   map[string]procedure{},
		anTexts:      map[string]anDossierText{},
	}
}

// classify recognises a file by its content.
func (im *importer) classify(f *file) Kind {
	if k, ok := classifyCorpus(f.path); ok { // recognised by name: plain text files
		return k
	}
	trim := bytes.TrimSpace(f.data)
	switch {
	case len(trim) > 0 && trim[0] == '{':
		var top map[string]json.RawMessage
		if err := json.Unmarshal(trim, &top); err != nil {
			im.rep.skip(f.path, "", "couldn't decode JSON: %v", err)
			return KindUnknown
		}
		f.top = top
		has := func(keys ...string) bool {
			for _, k := range keys {
				if _, ok := top[k]; !ok {
					return false
				}
			}
			return true
		}
		switch {
		case has("amendement"):
			return KindANAmendment
		case has("scrutin"):
			return KindANScrutin
		case has("acteur"):
			return KindANActeur
		case has("organe"):
			return KindANOrgane
		case has("dossierParlementaire"):
			return KindANDossier
		case has("steps", "id"):
			return KindFabriqueProcedure
		case has("sujets", "id_step"):
			return KindFabriqueAmendment
		case has("articles"):
			a := bytes.TrimSpace(top["articles"])
			if len(a) > 0 && a[0] == '[' {
				return KindFabriqueText
			}
			im.rep.Ignored = append(im.rep.Ignored, Problem{File: f.path, Reason: "La Fabrique per-article view, derived from the texts: not imported"})
			return KindFabriqueDerived
		}
		im.rep.skip(f.path, "", "unrecognised JSON object (top-level keys %s)", keys(top))
		return KindUnknown
	case bytes.HasPrefix(trim, []byte("diff --git")) || strings.HasSuffix(f.path, ".md") || strings.HasSuffix(f.path, ".patch") || strings.HasSuffix(f.path, ".geojson") || strings.HasSuffix(f.path, ".go"):
		im.rep.Ignored = append(im.rep.Ignored, Problem{File: f.path, Reason: "not a parliamentary data file"})
		return KindUnknown
	}
	if k := classifyCSV(f.data); k != KindUnknown {
		if k == KindVotesCSV {
			im.rep.Ignored = append(im.rep.Ignored, Problem{File: f.path, Reason: "vote table derived from the scrutin files: not imported"})
		}
		return k
	}
	im.rep.skip(f.path, "", "unrecognised file")
	return KindUnknown
}

func keys(m map[string]json.RawMessage) string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, ", ")
}

func (im *importer) read(f *file) {
	switch f.kind {
	case KindANOrgane:
		im.readOrgane(f)
	case KindANDossier:
		im.readANDossier(f)
	case KindANActeur:
		im.readActeur(f)
	case KindANAmendment:
		im.readANAmendment(f)
	case KindANScrutin:
		im.readScrutin(f)
	case KindFabriqueProcedure:
		im.readProcedure(f)
	case KindFabriqueText:
		im.readFabriqueText(f)
	case KindFabriqueAmendment:
		im.readFabriqueAmendments(f)
	case KindDepartements:
		im.readDepartements(f)
	case KindCirconscriptions:
		im.readCirconscriptions(f)
	case KindMandates:
		im.readMandates(f)
	case KindCorpusBills:
		im.readCorpusBills(f)
	case KindCorpusArticle:
		im.readCorpusArticle(f)
	}
}

// sortStages orders stages as Result holds them: by bill, then order,
// then id.
func sortStages(ss []law.Stage) {
	sort.SliceStable(ss, func(i, j int) bool {
		a, b := ss[i], ss[j]
		if a.Bill != b.Bill {
			return a.Bill < b.Bill
		}
		if a.Order != b.Order {
			return a.Order < b.Order
		}
		return a.ID < b.ID
	})
}

func (im *importer) result() *Result {
	r := &Result{Report: im.rep}
	for _, b := range im.bills {
		r.Bills = append(r.Bills, b)
	}
	sort.Slice(r.Bills, func(i, j int) bool { return r.Bills[i].ID < r.Bills[j].ID })
	for _, s := range im.stages {
		r.Stages = append(r.Stages, *s)
	}
	sortStages(r.Stages)
	for _, a := range im.amendments {
		r.Amendments = append(r.Amendments, a)
	}
	sort.Slice(r.Amendments, func(i, j int) bool { return r.Amendments[i].ID < r.Amendments[j].ID })
	for _, s := range im.scrutins {
		r.Scrutins = append(r.Scrutins, s)
	}
	sort.Slice(r.Scrutins, func(i, j int) bool { return r.Scrutins[i].ID < r.Scrutins[j].ID })
	for _, d := range im.deputies {
		r.Deputies = append(r.Deputies, d)
	}
	sort.Slice(r.Deputies, func(i, j int) bool { return r.Deputies[i].ID < r.Deputies[j].ID })
	for _, g := range im.groups {
		r.Groups = append(r.Groups, g)
	}
	sort.Slice(r.Groups, func(i, j int) bool { return r.Groups[i].ID < r.Groups[j].ID })
	for d := range im.districts {
		r.Districts = append(r.Districts, d)
	}
	sort.Slice(r.Districts, func(i, j int) bool {
		a, b := r.Districts[i], r.Districts[j]
		if a.Departement != b.Departement {
			return a.Departement < b.Departement
		}
		return a.Number < b.Number
	})
	for _, d := range im.departements {
		r.Departements = append(r.Departements, d)
	}
	sort.Slice(r.Departements, func(i, j int) bool { return r.Departements[i].Code < r.Departements[j].Code })
	return r
}

// parent returns the directory of p, "." for a top-level file.
func parent(p string) string { return path.Dir(p) }
