package importer

import (
	"encoding/json"
	"strings"

	"github.com/scrutin/scrutin/domain/law"
)

// anDossierText is a bill text listed by an Assemblée dossier.
type anDossierText struct {
	bill  law.BillID
	stage law.Stage
}

// readings names the Assemblée's reading codes ("AN1", "SNNLEC"…).
var readings = map[string]string{
	"1": "1re lecture", "2": "2e lecture", "3": "3e lecture",
	"NLEC": "Nouvelle lecture", "LDEF": "Lecture définitive",
}

// dossierStage describes the stage of a text from the code of the act
// that produced it: "AN1-DEPOT", "SN1-COM-FOND-RAPPORT", "CMP-COM-RAPPORT-SN".
func dossierStage(code string, adopted bool) (law.Institution, law.Step, string, bool) {
	var inst law.Institution
	var reading string
	head, _, _ := strings.Cut(code, "-")
	switch {
	case head == "CMP":
		inst, reading = law.CMP, "CMP"
	case strings.HasPrefix(head, "AN"):
		inst, reading = law.Assemblee, readings[strings.TrimPrefix(head, "AN")]
	case strings.HasPrefix(head, "SN"):
		inst, reading = law.Senat, readings[strings.TrimPrefix(head, "SN")]
	}
	if inst == "" || reading == "" {
		return "", "", "", false
	}
	step := law.StepDepot
	switch {
	case strings.Contains(code, "-COM") && adopted:
		step = law.StepCommission
	case strings.Contains(code, "-DEBATS") || strings.Contains(code, "-DEC"):
		step = law.StepHemicycle
	case strings.HasSuffix(code, "-DEPOT"):
		step = law.StepDepot
	default:
		return "", "", "", false
	}
	return inst, step, reading, true
}

// readANDossier reads an Assemblée "dossier parlementaire": the bill, and
// the bill texts (projets, propositions, committee texts) its acts list,
// in order, as stages. Amendments tabled on those texts then belong to the
// dossier's bill. Reports, impact studies and opinions are not stages.
func (im *importer) readANDossier(f *file) {
	var d struct {
		Dossier struct {
			UID          text `json:"uid"`
			TitreDossier struct {
				Titre text `json:"titre"`
			} `json:"titreDossier"`
			Procedure struct {
				Libelle text `json:"libelle"`
			} `json:"procedureParlementaire"`
			Actes json.RawMessage `json:"actesLegislatifs"`
		} `json:"dossierParlementaire"`
	}
	if err := json.Unmarshal(f.data, &d); err != nil {
		im.rep.skip(f.path, "dossierParlementaire", "couldn't decode: %v", err)
		return
	}
	ds := d.Dossier
	if ds.UID == "" {
		im.rep.skip(f.path, "dossierParlementaire.uid", "missing")
		return
	}
	id := law.BillID(ds.UID)
	if _, dup := im.bills[id]; dup {
		im.rep.skip(f.path, "dossierParlementaire.uid", "duplicate bill %s", id)
		return
	}
	lib := strings.ToLower(string(ds.Procedure.Libelle))
	var kind law.BillKind
	switch {
	case strings.HasPrefix(lib, "projet"):
		kind = law.Projet
	case strings.HasPrefix(lib, "proposition"):
		kind = law.Proposition
	default:
		im.rep.skip(f.path, "dossierParlementaire.procedureParlementaire.libelle", "not a bill: %q", ds.Procedure.Libelle)
		return
	}
	im.bills[id] = law.Bill{ID: id, Kind: kind, Title: string(ds.TitreDossier.Titre)}
	var actes any
	if err := json.Unmarshal(ds.Actes, &actes); err != nil {
		im.rep.skip(f.path, "dossierParlementaire.actesLegislatifs", "couldn't decode: %v", err)
		return
	}
	order := 0
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			code, _ := x["codeActe"].(string)
			date, _ := x["dateActe"].(string)
			for _, k := range []string{"texteAssocie", "texteAdopte"} {
				ref, _ := x[k].(string)
				if !strings.HasPrefix(ref, "PRJL") && !strings.HasPrefix(ref, "PION") {
					continue // a report, an impact study, an opinion
				}
				inst, step, reading, ok := dossierStage(code, k == "texteAdopte")
				if !ok {
					im.rep.skip(f.path, "acteLegislatif["+code+"]."+k, "unknown act code for text %s", ref)
					continue
				}
				t, err := parseDate(date)
				if err != nil {
					im.rep.skip(f.path, "acteLegislatif["+code+"].dateActe", "%v", err)
					continue
				}
				st := law.Stage{Bill: id, ID: law.StageID(ref), Order: order, Institution: inst, Step: step, Reading: reading, Date: t,
					Label: stageLabel(reading, inst, step)}
				order++
				key := stageKey{id, st.ID}
				if _, dup := im.stages[key]; dup {
					continue // the same text listed by two acts
				}
				im.stages[key] = &st
				im.anTexts[ref] = anDossierText{bill: id, stage: st}
			}
			// Acts nest under "actesLegislatifs"; visit only those, in order.
			if sub, ok := x["actesLegislatifs"]; ok {
				walk(sub)
			}
			if sub, ok := x["acteLegislatif"]; ok {
				walk(sub)
			}
		}
	}
	walk(actes)
	if order == 0 {
		im.rep.warn(f.path, "dossierParlementaire.actesLegislatifs", "no bill text listed")
	}
}
