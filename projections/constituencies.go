package projections

import (
	"strings"
	"time"

	"github.com/scrutin/scrutin/domain"
)

// ScrutinSummary is a nominative vote in parliament.
type ScrutinSummary struct {
	ID      string    `json:"id"`
	Title   string    `json:"title"`
	Date    time.Time `json:"date"`
	Adopted bool      `json:"adopted"`
	For     int       `json:"for"`
	Against int       `json:"against"`
	Abstain int       `json:"abstain"`
	// Revisions counts the records the source corrected (0 if none).
	Revisions int `json:"revisions,omitempty"`
}

// ballots indexes a vote's ballots by deputy (the last one holds).
func ballots(v *domain.ScrutinState) map[string]domain.DeputyBallot {
	out := make(map[string]domain.DeputyBallot, len(v.Ballots))
	for _, x := range v.Ballots {
		out[x.Deputy] = x
	}
	return out
}

func scrutinSummary(v *domain.ScrutinState) ScrutinSummary {
	r := v.Recorded
	s := ScrutinSummary{ID: r.Scrutin, Title: r.Title, Date: r.Date, Adopted: r.Adopted, Revisions: v.Version}
	for _, x := range ballots(v) {
		switch x.Position {
		case domain.PositionFor:
			s.For++
		case domain.PositionAgainst:
			s.Against++
		case domain.PositionAbstain:
			s.Abstain++
		}
	}
	return s
}

// ConstituencyView is, for one constituency, how its deputy voted on the
// bill in parliament and, once a citizens' vote on the bill is tallied,
// how its citizens voted.
type ConstituencyView struct {
	District    domain.District `json:"district"`
	Departement string          `json:"departement"`
	Deputy      *DeputyView     `json:"deputy,omitempty"`
	// Positions: the deputy's position in each of the bill's nominative
	// votes, by scrutin id: for, against, abstain, non-voting, or absent.
	Positions map[string]string `json:"positions"`
	Citizens  []CitizensResult  `json:"citizens"`
}

// DeputyView is a deputy.
type DeputyView struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	Group     string `json:"group,omitempty"`
	GroupName string `json:"group_name,omitempty"`
}

// CitizensResult is a tallied citizens' vote in the group of districts
// that holds a constituency (small districts are merged before decryption,
// so a count may cover several).
type CitizensResult struct {
	Vote      domain.VoteID     `json:"vote"`
	Stage     string            `json:"stage"`
	Group     string            `json:"group"`
	Districts []domain.District `json:"districts"`
	Voters    uint64            `json:"voters"`
	Options   []string          `json:"options"`
	Counts    []uint64          `json:"counts"`
}

// Constituencies lists the 577 constituencies with their deputy's votes on
// the bill and the citizens' tallied results; district, if not empty,
// keeps only that one.
func (b *Bills) Constituencies(id domain.BillID, district domain.District) ([]ConstituencyView, []ScrutinSummary, bool) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	m := b.bills[id]
	if m == nil {
		return nil, nil, false
	}
	seat := map[domain.District]*domain.DeputyRecorded{}
	for _, d := range b.law.Deputies {
		if d.District != "" {
			if cur := seat[d.District]; cur == nil || d.Deputy < cur.Deputy {
				seat[d.District] = d
			}
		}
	}
	var scr []ScrutinSummary
	byDeputy := map[string]map[string]domain.DeputyBallot{}
	for _, s := range m.scrutins {
		scr = append(scr, scrutinSummary(b.law.Scrutins[s]))
		byDeputy[s] = ballots(b.law.Scrutins[s])
	}
	byDistrict := map[domain.District][]CitizensResult{}
	for _, vid := range m.votes {
		t := b.tallies[vid]
		if t == nil {
			continue
		}
		for _, g := range t.Groups {
			r := CitizensResult{Vote: vid, Stage: b.votes[vid].Stage, Group: g.Name, Districts: g.Districts, Voters: g.Voters, Options: b.votes[vid].Options, Counts: g.Counts}
			for _, d := range g.Districts {
				byDistrict[d] = append(byDistrict[d], r)
			}
		}
	}
	var out []ConstituencyView
	for _, info := range domain.Districts() {
		if district != "" && info.Code != district {
			continue
		}
		v := ConstituencyView{District: info.Code, Departement: info.DepartementNom, Positions: map[string]string{}, Citizens: byDistrict[info.Code]}
		if d := seat[info.Code]; d != nil {
			v.Deputy = &DeputyView{ID: d.Deputy, Name: strings.TrimSpace(d.FirstName + " " + d.LastName), Group: d.Group}
			if g := b.law.Groups[d.Group]; g != nil {
				v.Deputy.GroupName = g.Name
			}
			for _, s := range m.scrutins {
				pos := "absent"
				if x, ok := byDeputy[s][d.Deputy]; ok {
					pos = positionName[x.Position]
				}
				v.Positions[s] = pos
			}
		}
		out = append(out, v)
	}
	return out, scr, true
}

var positionName = map[uint8]string{domain.PositionFor: "for", domain.PositionAgainst: "against", domain.PositionAbstain: "abstain", domain.PositionNonVoting: "non-voting"}

// DistrictGroups returns, for each tallied citizens' vote on the bill, the
// groups of districts its counts were decrypted for.
func (b *Bills) DistrictGroups(id domain.BillID) map[domain.VoteID][]domain.TallyGroup {
	b.mu.RLock()
	defer b.mu.RUnlock()
	out := map[domain.VoteID][]domain.TallyGroup{}
	if m := b.bills[id]; m != nil {
		for _, v := range m.votes {
			if t := b.tallies[v]; t != nil {
				out[v] = t.Groups
			}
		}
	}
	return out
}
