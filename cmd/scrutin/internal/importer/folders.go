package importer

import (
	"sort"
	"strconv"

	"github.com/scrutin/scrutin/domain/law"
)

// textOrder orders Assemblée text references by their number, which the
// Assemblée gives its texts as they are tabled: the bill as tabled (n°
// 949) comes before its committee's text (n° 1474). At the same number
// the text as tabled comes first.
func textOrder(a, b string) bool {
	ma, mb := anTextRef.FindStringSubmatch(a), anTextRef.FindStringSubmatch(b)
	na, _ := strconv.Atoi(ma[3])
	nb, _ := strconv.Atoi(mb[3])
	if na != nb {
		return na < nb
	}
	if ma[2] != mb[2] {
		return ma[2] == ""
	}
	return a < b
}

// joinFolderTexts makes the texts of one Assemblée dossier folder the
// stages of one bill when no dossier file said so. The Assemblée files
// each text's amendments under its dossier (<dossier>/amendements/<text
// uid>/…): the bill as tabled, the committee's text, the texts of later
// readings are one bill's texts. Imported without the dossier file, each
// text would be a bill of its own, and a citizen would find the same bill
// twice. The folder's bill is its first text by number (textOrder): the
// bill as tabled, under the bill the ledger holds it in if it does; each
// later text that is a bill of its own in r (keyed by its reference)
// becomes a stage of it, in the order of their numbers, its amendments
// and votes with it. A text the ledger holds (r.held) never moves: its
// amendments stay where they were recorded. own holds the ids of r's
// bills (LinkScrutins has them). It returns each folder's
// bill, to which the folder's votes are tied; a folder whose first text
// is neither in r nor held is tied to its first text in r, and not
// joined.
func joinFolderTexts(r *Result, folders map[string][]string, own map[law.BillID]bool) map[string]law.BillID {
	byDossier := map[string]law.BillID{}
	moved := map[law.BillID]law.BillID{}
	rank := map[law.BillID]int{}
	for dir, texts := range folders {
		sort.Slice(texts, func(i, j int) bool { return textOrder(texts[i], texts[j]) })
		bill, held := r.held[texts[0]]
		if !held {
			if !own[law.BillID(texts[0])] {
				for _, t := range texts {
					if own[law.BillID(t)] {
						byDossier[dir] = law.BillID(t)
						break
					}
				}
				continue
			}
			bill = law.BillID(texts[0])
		}
		byDossier[dir] = bill
		for i, t := range texts[1:] {
			id := law.BillID(t)
			if _, h := r.held[t]; h || !own[id] || id == bill {
				continue
			}
			moved[id], rank[id] = bill, i+1
		}
	}
	if len(moved) == 0 {
		return byDossier
	}
	bills := r.Bills[:0]
	for _, b := range r.Bills {
		if _, ok := moved[b.ID]; !ok {
			bills = append(bills, b)
		}
	}
	r.Bills = bills
	for i, st := range r.Stages {
		if to, ok := moved[st.Bill]; ok {
			r.Stages[i].Order = rank[st.Bill]
			r.Stages[i].Bill = to
		}
	}
	sortStages(r.Stages)
	for i, a := range r.Amendments {
		if to, ok := moved[a.Bill]; ok {
			r.Amendments[i].Bill = to
		}
	}
	for i, s := range r.Scrutins {
		if to, ok := moved[s.Bill]; ok {
			r.Scrutins[i].Bill = to
		}
	}
	return byDossier
}
