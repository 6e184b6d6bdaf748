package importer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/scrutin/scrutin/domain/law"
)

// The Assemblée's JSON is converted from XML: an empty element is an object
// {"@xsi:nil": "true"}, a repeated element is an array but a single one an
// object, and numbers are strings. These types absorb that.

// text is a string that may also be null or an xsi:nil object ("").
type text string

func (t *text) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) == 0 || bytes.Equal(b, []byte("null")):
		*t = ""
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*t = text(s)
	case b[0] == '{':
		var m map[string]json.RawMessage
		if err := json.Unmarshal(b, &m); err != nil {
			return err
		}
		if v, ok := m["#text"]; ok {
			var s string
			if err := json.Unmarshal(v, &s); err != nil {
				return err
			}
			*t = text(s)
			return nil
		}
		if _, ok := m["@xsi:nil"]; ok {
			*t = ""
			return nil
		}
		return fmt.Errorf("want a string, got an object with keys %s", keys(m))
	default:
		return fmt.Errorf("want a string, got %.20s", b)
	}
	return nil
}

// list is a list that may also be a single element, null or xsi:nil.
type list[T any] []T

func (l *list[T]) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) == 0 || bytes.Equal(b, []byte("null")):
		*l = nil
	case b[0] == '[':
		var xs []T
		if err := json.Unmarshal(b, &xs); err != nil {
			return err
		}
		*l = xs
	case b[0] == '{':
		var m map[string]json.RawMessage
		if err := json.Unmarshal(b, &m); err == nil {
			if _, ok := m["@xsi:nil"]; ok && len(m) <= 2 {
				*l = nil
				return nil
			}
		}
		var x T
		if err := json.Unmarshal(b, &x); err != nil {
			return err
		}
		*l = list[T]{x}
	default:
		var x T
		if err := json.Unmarshal(b, &x); err != nil {
			return err
		}
		*l = list[T]{x}
	}
	return nil
}

func parseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if len(s) > 10 {
		s = s[:10]
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("couldn't parse date %q: %w", s, err)
	}
	return t, nil
}

type anAmendment struct {
	Amendement struct {
		UID            text `json:"uid"`
		Identification struct {
			NumeroLong text `json:"numeroLong"`
		} `json:"identification"`
		TexteLegislatifRef text `json:"texteLegislatifRef"`
		Signataires        struct {
			Auteur struct {
				TypeAuteur         text `json:"typeAuteur"`
				ActeurRef          text `json:"acteurRef"`
				GroupePolitiqueRef text `json:"groupePolitiqueRef"`
			} `json:"auteur"`
			Cosignataires struct {
				ActeurRef list[text] `json:"acteurRef"`
			} `json:"cosignataires"`
			Libelle text `json:"libelle"`
		} `json:"signataires"`
		PointeurFragmentTexte struct {
			Division struct {
				Titre              text `json:"titre"`
				AvantAApres        text `json:"avant_A_Apres"`
				ArticleAdditionnel text `json:"articleAdditionnel"`
			} `json:"division"`
			AmendementStandard struct {
				Alinea struct {
					Numero text `json:"numero"`
				} `json:"alinea"`
			} `json:"amendementStandard"`
		} `json:"pointeurFragmentTexte"`
		Corps struct {
			ContenuAuteur struct {
				Dispositif     text `json:"dispositif"`
				ExposeSommaire text `json:"exposeSommaire"`
			} `json:"contenuAuteur"`
		} `json:"corps"`
		CycleDeVie struct {
			DateDepot          text `json:"dateDepot"`
			Sort               text `json:"sort"`
			EtatDesTraitements struct {
				Etat struct {
					Libelle text `json:"libelle"`
				} `json:"etat"`
			} `json:"etatDesTraitements"`
		} `json:"cycleDeVie"`
	} `json:"amendement"`
}

// readANAmendment reads one amendment. Its stage is the text it was tabled
// on (texteLegislatifRef); its bill is the dossier that lists that text if
// a dossier file was imported, else a bill keyed by the text itself.
func (im *importer) readANAmendment(f *file) {
	var d anAmendment
	if err := json.Unmarshal(f.data, &d); err != nil {
		im.rep.skip(f.path, "amendement", "couldn't decode: %v", err)
		return
	}
	a := d.Amendement
	if a.UID == "" {
		im.rep.skip(f.path, "amendement.uid", "missing")
		return
	}
	if a.TexteLegislatifRef == "" {
		im.rep.skip(f.path, "amendement.texteLegislatifRef", "missing")
		return
	}
	if a.Identification.NumeroLong == "" {
		im.rep.skip(f.path, "amendement.identification.numeroLong", "missing")
		return
	}
	out := law.Amendment{
		ID:     law.AmendmentID(a.UID),
		Bill:   law.BillID(a.TexteLegislatifRef),
		Stage:  law.StageID(a.TexteLegislatifRef),
		Number: string(a.Identification.NumeroLong),
		Group:  law.GroupID(a.Signataires.Auteur.GroupePolitiqueRef),
	}
	held := false
	if b, ok := im.opts.Texts[string(a.TexteLegislatifRef)]; ok {
		out.Bill, held = b, true // the ledger holds the text under b: it stays there
	} else if t, ok := im.anTexts[string(a.TexteLegislatifRef)]; ok {
		out.Bill = t.bill // a dossier lists the text: the bill is the dossier
	}
	// Outcome: the "sort" when the amendment was voted on, else the state
	// ("Retiré", "Irrecevable 40", "Tombé"…).
	word := string(a.CycleDeVie.Sort)
	if word == "" {
		word = string(a.CycleDeVie.EtatDesTraitements.Etat.Libelle)
	}
	o, ok := law.ParseOutcome(word)
	if !ok {
		if strings.EqualFold(word, "Discuté") || strings.EqualFold(word, "A discuter") {
			o = law.OutcomeUnknown
		} else {
			im.rep.skip(f.path, "amendement.cycleDeVie.sort", "unknown outcome %q", word)
			return
		}
	}
	out.Outcome = o
	t, err := parseDate(string(a.CycleDeVie.DateDepot))
	if err != nil {
		im.rep.skip(f.path, "amendement.cycleDeVie.dateDepot", "%v", err)
		return
	}
	out.Tabled = t
	div := a.PointeurFragmentTexte.Division
	out.Subject = string(div.Titre)
	if num, add, pos, ok := law.ParseAmendmentTarget(string(div.Titre)); ok {
		out.Article = num
		out.Additional = add || div.ArticleAdditionnel == "true"
		out.Position = pos
		if out.Additional && pos == "" {
			switch div.AvantAApres {
			case "Avant":
				out.Position = "avant"
			case "Apres":
				out.Position = "après"
			}
		}
	}
	if n := string(a.PointeurFragmentTexte.AmendementStandard.Alinea.Numero); n != "" {
		al, err := strconv.Atoi(n)
		if err != nil {
			im.rep.skip(f.path, "amendement.pointeurFragmentTexte.amendementStandard.alinea.numero", "not a number: %q", n)
			return
		}
		out.Alinea = al
	}
	out.Dispositif = strings.Join(law.HTMLToParagraphs(string(a.Corps.ContenuAuteur.Dispositif)), "\n")
	out.Expose = strings.Join(law.HTMLToParagraphs(string(a.Corps.ContenuAuteur.ExposeSommaire)), "\n")
	if id := a.Signataires.Auteur.ActeurRef; id != "" {
		out.AuthorIDs = append(out.AuthorIDs, law.DeputyID(id))
	}
	for _, id := range a.Signataires.Cosignataires.ActeurRef {
		out.AuthorIDs = append(out.AuthorIDs, law.DeputyID(id))
	}
	lib := strings.Join(law.HTMLToParagraphs(string(a.Signataires.Libelle)), " ")
	out.Authors = append(out.Authors, splitAuthors(lib)...)
	if len(out.Authors) == 0 && a.Signataires.Auteur.TypeAuteur != "" {
		out.Authors = []string{string(a.Signataires.Auteur.TypeAuteur)}
	}
	if _, dup := im.amendments[out.ID]; dup {
		im.rep.skip(f.path, "amendement.uid", "duplicate %s", out.ID)
		return
	}
	im.amendments[out.ID] = out
	if t, ok := im.anTexts[string(out.Stage)]; ok && t.bill == out.Bill {
		return
	}
	if held && out.Bill != law.BillID(out.Stage) {
		// The bill and stage are in the ledger: recorded here only so the
		// amendment's events are made (the diff finds them held).
		if _, ok := im.bills[out.Bill]; !ok {
			im.bills[out.Bill] = law.Bill{ID: out.Bill, Kind: law.Proposition, Title: string(out.Bill)}
		}
		k := stageKey{out.Bill, out.Stage}
		if _, ok := im.stages[k]; !ok {
			im.stages[k] = &law.Stage{Bill: out.Bill, ID: out.Stage, Label: string(out.Stage), Institution: law.Assemblee}
		}
		return
	}
	im.ensureANBill(out.Bill)
	// No dossier dates this text: date it by its first amendment, which
	// cannot precede it (never 0001-01-01).
	if st := im.stages[stageKey{out.Bill, out.Stage}]; st != nil && !out.Tabled.IsZero() && (st.Date.IsZero() || out.Tabled.Before(st.Date)) {
		st.Date = out.Tabled
	}
}

// splitAuthors splits "M. Taché, Mme Abomangoli et M. Vannier".
func splitAuthors(s string) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	s = strings.ReplaceAll(s, " et ", ", ")
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" && p != "…" {
			out = append(out, p)
		}
	}
	return out
}

var anTextRef = regexp.MustCompile(`^(?:PION|PRJL)AN[A-Z0-9]*?L(\d+)B(TC)?0*(\d+)$`)

// anTextTitle names an Assemblée text from its reference alone (the
// amendment files carry no title): "PIONANR5L17B0949" gives "Proposition
// de loi n° 949 (Assemblée nationale, 17e législature)"; a "BTC" reference
// is the committee's text.
func anTextTitle(ref string, kind law.BillKind) string {
	m := anTextRef.FindStringSubmatch(ref)
	if m == nil {
		return "Texte " + ref + " (Assemblée nationale)"
	}
	what := "Proposition de loi"
	if kind == law.Projet {
		what = "Projet de loi"
	}
	if m[2] == "TC" {
		what = "Texte de la commission"
	}
	return fmt.Sprintf("%s n° %s (Assemblée nationale, %se législature)", what, m[3], m[1])
}

// ensureANBill records a bill and its one stage for an Assemblée text
// reference such as PIONANR5L17B0949 (proposition) or PRJLANR5L17B0123.
func (im *importer) ensureANBill(id law.BillID) {
	if _, ok := im.bills[id]; !ok {
		kind := law.Proposition
		if strings.HasPrefix(string(id), "PRJL") {
			kind = law.Projet
		}
		im.bills[id] = law.Bill{ID: id, Kind: kind, Title: anTextTitle(string(id), kind)}
	}
	k := stageKey{id, law.StageID(id)}
	if _, ok := im.stages[k]; !ok {
		label, step := "Texte", law.Step("")
		if m := anTextRef.FindStringSubmatch(string(id)); m != nil {
			label, step = "Texte n° "+m[3], law.StepDepot
			if m[2] == "TC" {
				label, step = "Texte de la commission n° "+m[3], law.StepCommission
			}
		}
		im.stages[k] = &law.Stage{Bill: id, ID: law.StageID(id), Label: label, Step: step, Institution: law.Assemblee}
	}
}

type anVotant struct {
	ActeurRef     text `json:"acteurRef"`
	ParDelegation text `json:"parDelegation"`
}

type anVotants struct {
	Votant list[anVotant] `json:"votant"`
}

type anScrutin struct {
	Scrutin struct {
		UID         text `json:"uid"`
		DateScrutin text `json:"dateScrutin"`
		Titre       text `json:"titre"`
		Sort        struct {
			Code text `json:"code"`
		} `json:"sort"`
		SyntheseVote struct {
			Decompte struct {
				Pour        text `json:"pour"`
				Contre      text `json:"contre"`
				Abstentions text `json:"abstentions"`
			} `json:"decompte"`
		} `json:"syntheseVote"`
		VentilationVotes struct {
			Organe struct {
				Groupes struct {
					Groupe list[struct {
						OrganeRef text `json:"organeRef"`
						Vote      struct {
							DecompteNominatif struct {
								Pours       *anVotants `json:"pours"`
								Contres     *anVotants `json:"contres"`
								Abstentions *anVotants `json:"abstentions"`
								NonVotants  *anVotants `json:"nonVotants"`
							} `json:"decompteNominatif"`
						} `json:"vote"`
					}] `json:"groupe"`
				} `json:"groupes"`
			} `json:"organe"`
		} `json:"ventilationVotes"`
	} `json:"scrutin"`
}

func (im *importer) readScrutin(f *file) {
	var d anScrutin
	if err := json.Unmarshal(f.data, &d); err != nil {
		im.rep.skip(f.path, "scrutin", "couldn't decode: %v", err)
		return
	}
	s := d.Scrutin
	if s.UID == "" {
		im.rep.skip(f.path, "scrutin.uid", "missing")
		return
	}
	date, err := parseDate(string(s.DateScrutin))
	if err != nil || date.IsZero() {
		im.rep.skip(f.path, "scrutin.dateScrutin", "bad or missing date %q", s.DateScrutin)
		return
	}
	out := law.Scrutin{ID: law.ScrutinID(s.UID), Date: date, Title: string(s.Titre), Adopted: strings.HasPrefix(string(s.Sort.Code), "adopt")}
	seen := map[law.DeputyID]bool{}
	for gi, g := range s.VentilationVotes.Organe.Groupes.Groupe {
		dn := g.Vote.DecompteNominatif
		for _, pv := range []struct {
			v   *anVotants
			pos law.Position
		}{{dn.Pours, law.For}, {dn.Contres, law.Against}, {dn.Abstentions, law.Abstain}, {dn.NonVotants, law.NonVoting}} {
			if pv.v == nil {
				continue
			}
			for _, v := range pv.v.Votant {
				if v.ActeurRef == "" {
					im.rep.skip(f.path, fmt.Sprintf("scrutin.ventilationVotes.organe.groupes.groupe[%d].votant.acteurRef", gi), "missing")
					continue
				}
				id := law.DeputyID(v.ActeurRef)
				if seen[id] {
					im.rep.skip(f.path, fmt.Sprintf("scrutin.ventilationVotes.organe.groupes.groupe[%d].votant", gi), "deputy %s listed twice", id)
					continue
				}
				seen[id] = true
				out.Ballots = append(out.Ballots, law.Ballot{Deputy: id, Group: law.GroupID(g.OrganeRef), Position: pv.pos, ByDelegation: v.ParDelegation == "true"})
			}
		}
	}
	sort.Slice(out.Ballots, func(i, j int) bool { return out.Ballots[i].Deputy < out.Ballots[j].Deputy })
	for _, c := range []struct {
		field string
		want  text
		pos   law.Position
	}{{"pour", s.SyntheseVote.Decompte.Pour, law.For}, {"contre", s.SyntheseVote.Decompte.Contre, law.Against}, {"abstentions", s.SyntheseVote.Decompte.Abstentions, law.Abstain}} {
		if n, err := strconv.Atoi(string(c.want)); err == nil && n != out.Count(c.pos) {
			im.rep.warn(f.path, "scrutin.syntheseVote.decompte."+c.field, "announced %d, nominative list has %d", n, out.Count(c.pos))
		}
	}
	if _, dup := im.scrutins[out.ID]; dup {
		im.rep.skip(f.path, "scrutin.uid", "duplicate %s", out.ID)
		return
	}
	im.scrutins[out.ID] = out
}

type anActeur struct {
	Acteur struct {
		UID       text `json:"uid"`
		EtatCivil struct {
			Ident struct {
				Civ    text `json:"civ"`
				Prenom text `json:"prenom"`
				Nom    text `json:"nom"`
			} `json:"ident"`
		} `json:"etatCivil"`
		Mandats struct {
			Mandat list[struct {
				TypeOrgane text `json:"typeOrgane"`
				DateFin    text `json:"dateFin"`
				Election   *struct {
					Lieu *struct {
						Departement    text `json:"departement"`
						NumDepartement text `json:"numDepartement"`
						NumCirco       text `json:"numCirco"`
					} `json:"lieu"`
				} `json:"election"`
				Organes struct {
					OrganeRef list[text] `json:"organeRef"`
				} `json:"organes"`
			}] `json:"mandat"`
		} `json:"mandats"`
	} `json:"acteur"`
}

func (im *importer) readActeur(f *file) {
	var d anActeur
	if err := json.Unmarshal(f.data, &d); err != nil {
		im.rep.skip(f.path, "acteur", "couldn't decode: %v", err)
		return
	}
	a := d.Acteur
	if a.UID == "" {
		im.rep.skip(f.path, "acteur.uid", "missing")
		return
	}
	dep := im.deputies[law.DeputyID(a.UID)]
	dep.ID = law.DeputyID(a.UID)
	dep.Civility = string(a.EtatCivil.Ident.Civ)
	dep.FirstName = string(a.EtatCivil.Ident.Prenom)
	dep.LastName = string(a.EtatCivil.Ident.Nom)
	if dep.LastName == "" {
		im.rep.skip(f.path, "acteur.etatCivil.ident.nom", "missing")
		return
	}
	for i, m := range a.Mandats.Mandat {
		if m.DateFin != "" {
			continue
		}
		switch m.TypeOrgane {
		case "GP":
			if len(m.Organes.OrganeRef) > 0 {
				dep.Group = law.GroupID(m.Organes.OrganeRef[0])
			}
		case "ASSEMBLEE":
			if m.Election != nil && m.Election.Lieu != nil && m.Election.Lieu.NumDepartement != "" {
				n, err := strconv.Atoi(string(m.Election.Lieu.NumCirco))
				if err != nil {
					im.rep.skip(f.path, fmt.Sprintf("acteur.mandats.mandat[%d].election.lieu.numCirco", i), "not a number: %q", m.Election.Lieu.NumCirco)
					continue
				}
				dep.District = law.District{Departement: string(m.Election.Lieu.NumDepartement), Number: n}
				dep.DepartementName = string(m.Election.Lieu.Departement)
			}
		}
	}
	im.deputies[dep.ID] = dep
}

type anOrgane struct {
	Organe struct {
		UID             text `json:"uid"`
		CodeType        text `json:"codeType"`
		Libelle         text `json:"libelle"`
		LibelleAbrege   text `json:"libelleAbrege"`
		CouleurAssociee text `json:"couleurAssociee"`
	} `json:"organe"`
}

func (im *importer) readOrgane(f *file) {
	var d anOrgane
	if err := json.Unmarshal(f.data, &d); err != nil {
		im.rep.skip(f.path, "organe", "couldn't decode: %v", err)
		return
	}
	o := d.Organe
	if o.UID == "" {
		im.rep.skip(f.path, "organe.uid", "missing")
		return
	}
	if o.CodeType != "GP" {
		im.rep.Ignored = append(im.rep.Ignored, Problem{File: f.path, Field: "organe.codeType", Reason: fmt.Sprintf("organe of type %q is not a political group: not imported", o.CodeType)})
		return
	}
	im.groups[law.GroupID(o.UID)] = law.Group{ID: law.GroupID(o.UID), Name: string(o.Libelle), Abbrev: string(o.LibelleAbrege), Color: string(o.CouleurAssociee)}
}
