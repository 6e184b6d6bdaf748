package importer

import (
	"encoding/json"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/scrutin/scrutin/domain/law"
)

type fabriqueProcedure struct {
	ID           string `json:"id"`
	LongTitle    string `json:"long_title"`
	ShortTitle   string `json:"short_title"`
	LoiDite      string `json:"loi_dite"`
	LawName      string `json:"law_name"`
	ProposalType string `json:"proposal_type"`
	Steps        []struct {
		Directory   string  `json:"directory"`
		Institution string  `json:"institution"`
		Stage       string  `json:"stage"`
		Step        *string `json:"step"`
		Date        string  `json:"date"`
		Echec       *string `json:"echec"`
	} `json:"steps"`
}

var institutions = map[string]law.Institution{
	"assemblee":               law.Assemblee,
	"senat":                   law.Senat,
	"cmp":                     law.CMP,
	"conseil constitutionnel": law.Conseil,
	"gouvernement":            law.Gouvernement,
}

var institutionNames = map[law.Institution]string{
	law.Assemblee: "Assemblée nationale", law.Senat: "Sénat", law.CMP: "commission mixte paritaire",
	law.Conseil: "Conseil constitutionnel", law.Gouvernement: "Gouvernement",
}

var readingNames = map[string]string{
	"1ère lecture": "1re lecture", "2ème lecture": "2e lecture", "3ème lecture": "3e lecture",
	"cmp": "CMP", "nouv. lect.": "Nouvelle lecture", "l. définitive": "Lecture définitive",
	"constitutionnalité": "Contrôle de constitutionnalité", "promulgation": "Promulgation",
}

var stepNames = map[law.Step]string{
	law.StepDepot: "texte déposé", law.StepCommission: "texte de la commission",
	law.StepHemicycle: "texte adopté en séance", law.StepFinal: "texte définitif",
}

// stageLabel builds "1re lecture — Sénat — texte déposé".
func stageLabel(reading string, inst law.Institution, step law.Step) string {
	r := readingNames[strings.ToLower(reading)]
	if r == "" {
		r = reading
	}
	parts := []string{r}
	if inst != law.Conseil && inst != law.Gouvernement {
		parts = append(parts, institutionNames[inst])
	}
	if s := stepNames[step]; s != "" && inst != law.Gouvernement {
		parts = append(parts, s)
	}
	return strings.Join(parts, " — ")
}

func (im *importer) readProcedure(f *file) {
	var p fabriqueProcedure
	if err := json.Unmarshal(f.data, &p); err != nil {
		im.rep.skip(f.path, "", "couldn't decode procedure: %v", err)
		return
	}
	if p.ID == "" {
		im.rep.skip(f.path, "id", "missing")
		return
	}
	id := law.BillID(p.ID)
	if _, dup := im.bills[id]; dup {
		im.rep.skip(f.path, "id", "duplicate bill %s", id)
		return
	}
	b := law.Bill{ID: id, Title: p.LongTitle, ShortTitle: p.LoiDite, Law: p.LawName}
	if b.ShortTitle == "" {
		b.ShortTitle = p.ShortTitle
	}
	switch strings.ToUpper(p.ProposalType) {
	case "PJL":
		b.Kind = law.Projet
	case "PPL":
		b.Kind = law.Proposition
	default:
		im.rep.skip(f.path, "proposal_type", "unknown bill kind %q", p.ProposalType)
		return
	}
	im.bills[id] = b
	pr := procedure{bill: id, steps: map[string]bool{}}
	for i, s := range p.Steps {
		field := fmt.Sprintf("steps[%d]", i)
		if s.Directory == "" {
			im.rep.skip(f.path, field+".directory", "missing")
			continue
		}
		inst, ok := institutions[strings.ToLower(s.Institution)]
		if !ok {
			im.rep.skip(f.path, field+".institution", "unknown institution %q", s.Institution)
			continue
		}
		step := law.StepFinal
		if s.Step != nil {
			switch *s.Step {
			case "depot":
				step = law.StepDepot
			case "commission":
				step = law.StepCommission
			case "hemicycle":
				step = law.StepHemicycle
			default:
				im.rep.skip(f.path, field+".step", "unknown step %q", *s.Step)
				continue
			}
		}
		date, err := parseDate(s.Date)
		if err != nil {
			im.rep.skip(f.path, field+".date", "%v", err)
			continue
		}
		st := &law.Stage{
			Bill: id, ID: law.StageID(s.Directory), Order: i,
			Label: stageLabel(s.Stage, inst, step), Institution: inst, Step: step, Reading: s.Stage,
			Date: date, Failed: s.Echec != nil && *s.Echec != "",
		}
		im.stages[stageKey{id, st.ID}] = st
		pr.steps[s.Directory] = true
	}
	im.procedures[parent(f.path)] = pr
}

// procedureFor finds the dossier of a Fabrique file: the procedure that
// has the step and whose procedure.json shares the longest path prefix.
func (im *importer) procedureFor(p, step string) (procedure, bool) {
	best, bestLen := procedure{}, -1
	for root, pr := range im.procedures {
		if !pr.steps[step] {
			continue
		}
		n := commonPrefix(root, p)
		if n > bestLen {
			best, bestLen = pr, n
		}
	}
	return best, bestLen >= 0
}

func commonPrefix(a, b string) int {
	as, bs := strings.Split(a, "/"), strings.Split(b, "/")
	n := 0
	for n < len(as) && n < len(bs) && as[n] == bs[n] {
		n++
	}
	return n
}

// stepOf finds, among a file's parent directories, a step of some dossier.
func (im *importer) stepOf(p string) (procedure, string, bool) {
	for d := parent(p); d != "." && d != "/"; d = parent(d) {
		if pr, ok := im.procedureFor(p, path.Base(d)); ok {
			return pr, path.Base(d), true
		}
	}
	return procedure{}, "", false
}

// standaloneStage is the one stage of a text imported without its
// procedure file.
const standaloneStage = "texte"

// readFabriqueText reads a La Fabrique texte.json by law.ReadFabriqueText,
// the reader and the rule of what is an article the law engine's
// evaluation reads by: an entry or a field it did not read is reported
// as skipped (its file, "articles[i].field" with i its place in the
// file, and why), one it read all the same (a deleted article with
// text, a newtitre not read) as a warning. An article without a titre,
// which the ledger cannot number, is skipped.
func (im *importer) readFabriqueText(f *file) {
	t, err := law.ReadFabriqueText(f.data)
	if err != nil {
		im.rep.skip(f.path, "articles", "couldn't decode: %v", err)
		return
	}
	for _, n := range t.Notes {
		if n.Entry == 0 { // the head's
			im.rep.skip(f.path, n.Field, "%s", n.Reason)
		}
	}
	pr, step, ok := im.stepOf(f.path)
	if !ok {
		if pr, step, ok = im.standaloneText(f, t); !ok {
			return
		}
	}
	st := im.stages[stageKey{pr.bill, law.StageID(step)}]
	if st.HasText {
		im.rep.skip(f.path, "", "second text for stage %s", step)
		return
	}
	for _, n := range t.Notes {
		if n.Entry == 0 {
			continue // reported above
		}
		field := fmt.Sprintf("articles[%d]", n.Entry-1)
		if n.Field != "" {
			field += "." + n.Field
		}
		if n.Kept {
			im.rep.warn(f.path, field, "%s", n.Reason)
		} else {
			im.rep.skip(f.path, field, "%s", n.Reason)
		}
	}
	for _, a := range t.Articles {
		if a.Number == "" {
			im.rep.skip(f.path, fmt.Sprintf("articles[%d].titre", a.Entry-1), "missing")
			continue
		}
		st.Articles = append(st.Articles, a.Article)
	}
	st.HasText = true
}

// standaloneText makes a bill of a text that no procedure file lists (a
// law's final text alone): the bill is the text's own id, its kind read
// from its title ("Projet de loi…", "Proposition de loi…"), its one stage
// "texte", final if the text says it is definitive. A text without id or
// whose kind the title does not tell is skipped.
func (im *importer) standaloneText(f *file, t law.FabriqueText) (procedure, string, bool) {
	if t.ID == "" {
		im.rep.skip(f.path, "id", "text of no known dossier step (no procedure.json lists a directory above it) and without an id of its own")
		return procedure{}, "", false
	}
	id := law.BillID(t.ID)
	if _, dup := im.bills[id]; dup {
		im.rep.skip(f.path, "id", "duplicate bill %s", id)
		return procedure{}, "", false
	}
	b := law.Bill{ID: id, Title: t.Titre}
	title := strings.ToLower(t.Titre)
	switch {
	case strings.Contains(title, "projet de loi"):
		b.Kind = law.Projet
	case strings.Contains(title, "proposition de loi"):
		b.Kind = law.Proposition
	default:
		im.rep.skip(f.path, "titre", "text without a procedure file: its title does not say whether it is a projet or a proposition de loi")
		return procedure{}, "", false
	}
	st := &law.Stage{Bill: id, ID: standaloneStage, Label: "Texte", Step: law.StepDepot}
	if t.Definitif {
		st.Label, st.Step = "Texte définitif", law.StepFinal
	}
	switch {
	case strings.HasPrefix(t.ID, "A"):
		st.Institution = law.Assemblee
	case strings.HasPrefix(t.ID, "S"):
		st.Institution = law.Senat
	}
	im.bills[id] = b
	im.stages[stageKey{id, standaloneStage}] = st
	im.rep.warn(f.path, "", "text without a procedure file: imported as bill %s with one stage, undated", id)
	return procedure{bill: id, steps: map[string]bool{standaloneStage: true}}, standaloneStage, true
}

type fabriqueAmendments struct {
	IDStep  string `json:"id_step"`
	Groupes map[string]struct {
		Nom   string `json:"nom"`
		Color string `json:"color"`
	} `json:"groupes"`
	Sujets map[string]struct {
		Titre       string `json:"titre"`
		Amendements []struct {
			Numero string `json:"numero"`
			Aut    string `json:"aut"`
			Groupe string `json:"groupe"`
			Date   string `json:"date"`
			Sort   string `json:"sort"`
			IDAPI  string `json:"id_api"`
		} `json:"amendements"`
	} `json:"sujets"`
}

func (im *importer) readFabriqueAmendments(f *file) {
	var d fabriqueAmendments
	if err := json.Unmarshal(f.data, &d); err != nil {
		im.rep.skip(f.path, "", "couldn't decode: %v", err)
		return
	}
	pr, ok := im.procedureFor(f.path, d.IDStep)
	if !ok {
		im.rep.skip(f.path, "id_step", "step %q of no known dossier", d.IDStep)
		return
	}
	gks := make([]string, 0, len(d.Groupes))
	for k := range d.Groupes {
		gks = append(gks, k)
	}
	sort.Strings(gks)
	for _, k := range gks {
		g := d.Groupes[k]
		id := law.GroupID(k)
		if _, ok := im.groups[id]; !ok {
			im.groups[id] = law.Group{ID: id, Name: g.Nom, Abbrev: k, Color: g.Color}
		}
	}
	subjects := make([]string, 0, len(d.Sujets))
	for k := range d.Sujets {
		subjects = append(subjects, k)
	}
	sort.Strings(subjects)
	for _, subj := range subjects {
		for i, a := range d.Sujets[subj].Amendements {
			field := fmt.Sprintf("sujets[%q].amendements[%d]", subj, i)
			if a.Numero == "" {
				im.rep.skip(f.path, field+".numero", "missing")
				continue
			}
			o, ok := law.ParseOutcome(a.Sort)
			if !ok {
				im.rep.skip(f.path, field+".sort", "unknown outcome %q", a.Sort)
				continue
			}
			date, err := parseDate(a.Date)
			if err != nil {
				im.rep.skip(f.path, field+".date", "%v", err)
				continue
			}
			am := law.Amendment{
				ID:      law.AmendmentID(fmt.Sprintf("%s/%s/%s", pr.bill, d.IDStep, a.Numero)),
				Bill:    pr.bill,
				Stage:   law.StageID(d.IDStep),
				Number:  a.Numero,
				Authors: splitAuthors(a.Aut),
				Group:   law.GroupID(a.Groupe),
				Subject: subj,
				Outcome: o,
				Tabled:  date,
			}
			if num, add, pos, ok := law.ParseAmendmentTarget(subj); ok {
				am.Article, am.Additional, am.Position = num, add, pos
			}
			if _, dup := im.amendments[am.ID]; dup {
				im.rep.skip(f.path, field+".numero", "duplicate amendment %s", am.ID)
				continue
			}
			im.amendments[am.ID] = am
		}
	}
}
