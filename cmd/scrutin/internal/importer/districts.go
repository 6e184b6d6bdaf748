package importer

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"

	"github.com/scrutin/scrutin/domain/law"
)

// csvShapes recognises a CSV file by the columns of its header.
var csvShapes = []struct {
	kind Kind
	cols []string
}{
	{KindVotesCSV, []string{"scrutin", "position", "acteurRef"}},
	{KindMandates, []string{"acteurRef", "nom", "prenom", "numDepartement", "numCirco"}},
	{KindCirconscriptions, []string{"code_departement_an", "departement", "num_circo"}},
	{KindDepartements, []string{"code", "nom"}},
}

func header(data []byte) []string {
	line, _, _ := bytes.Cut(data, []byte("\n"))
	line = bytes.TrimPrefix(bytes.TrimSpace(line), []byte("\ufeff"))
	if len(line) == 0 || bytes.ContainsAny(line, "{}<") {
		return nil
	}
	return strings.Split(string(line), ",")
}

func classifyCSV(data []byte) Kind {
	h := header(data)
	if len(h) < 2 {
		return KindUnknown
	}
	for _, s := range csvShapes {
		if hasCols(h, s.cols) {
			return s.kind
		}
	}
	return KindUnknown
}

func hasCols(h, cols []string) bool {
	for _, c := range cols {
		if index(h, c) < 0 {
			return false
		}
	}
	return true
}

func index(h []string, c string) int {
	for i, x := range h {
		if strings.TrimSpace(x) == c {
			return i
		}
	}
	return -1
}

// rows reads a CSV file and calls f with each record and a getter by
// column name. Malformed lines are reported and skipped.
func (im *importer) rows(f *file, fn func(line int, get func(string) string)) {
	r := csv.NewReader(bytes.NewReader(f.data))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		im.rep.skip(f.path, "", "couldn't read CSV: %v", err)
		return
	}
	if len(recs) == 0 {
		return
	}
	h := recs[0]
	if len(h) > 0 {
		h[0] = strings.TrimPrefix(h[0], "\ufeff")
	}
	for i, rec := range recs[1:] {
		line := i + 2
		if len(rec) != len(h) {
			im.rep.skip(f.path, fmt.Sprintf("line %d", line), "%d fields, header has %d", len(rec), len(h))
			continue
		}
		fn(line, func(c string) string {
			if j := index(h, c); j >= 0 {
				return strings.TrimSpace(rec[j])
			}
			return ""
		})
	}
}

func (im *importer) readDepartements(f *file) {
	im.rows(f, func(line int, get func(string) string) {
		code, name := get("code"), get("nom")
		if code == "" || name == "" {
			im.rep.skip(f.path, fmt.Sprintf("line %d: code/nom", line), "missing")
			return
		}
		im.departements[code] = law.Departement{Code: code, Name: name}
	})
}

func (im *importer) readCirconscriptions(f *file) {
	im.rows(f, func(line int, get func(string) string) {
		dep := get("code_departement_an")
		n, err := strconv.Atoi(get("num_circo"))
		if dep == "" || err != nil || n <= 0 {
			im.rep.skip(f.path, fmt.Sprintf("line %d: code_departement_an/num_circo", line), "bad constituency %q-%q", dep, get("num_circo"))
			return
		}
		d := law.District{Departement: dep, Number: n}
		if im.districts[d] {
			im.rep.skip(f.path, fmt.Sprintf("line %d", line), "duplicate constituency %s", d)
			return
		}
		im.districts[d] = true
	})
}

// readMandates reads the deputies' mandates: it adds deputies not met in
// the acteurs files, and gives every deputy their constituency.
func (im *importer) readMandates(f *file) {
	im.rows(f, func(line int, get func(string) string) {
		id := law.DeputyID(get("acteurRef"))
		if id == "" {
			im.rep.skip(f.path, fmt.Sprintf("line %d: acteurRef", line), "missing")
			return
		}
		n, err := strconv.Atoi(get("numCirco"))
		dep := get("numDepartement")
		if err != nil || n <= 0 || dep == "" {
			im.rep.skip(f.path, fmt.Sprintf("line %d: numDepartement/numCirco", line), "bad constituency %q-%q", dep, get("numCirco"))
			return
		}
		if get("dateFin") != "" {
			im.rep.Ignored = append(im.rep.Ignored, Problem{File: f.path, Field: fmt.Sprintf("line %d: dateFin", line), Reason: "mandate ended: not imported"})
			return
		}
		d := im.deputies[id]
		d.ID = id
		if d.LastName == "" {
			d.LastName, d.FirstName = get("nom"), get("prenom")
		}
		d.District = law.District{Departement: dep, Number: n}
		d.DepartementName = get("departement")
		im.deputies[id] = d
	})
}
