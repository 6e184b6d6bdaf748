package importer

import (
	"encoding/json"
	"fmt"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/scrutin/scrutin/domain/law"
)

// The amendments corpus layout (mdamien/jeu-de-donnees-application-des-
// amendements, see cmd/scrutin/internal/demodata/README.md): one folder
// per (bill, step, article), named <legislature>-<La Fabrique dossier
// slug>__<NN_step>__<article>, holding article_avant (the article before
// the step), amendement_<number> (each amendment adopted on it at that
// step, its dispositif only) and article_apres (the article as adopted).
// A file corpus_bills.json in the same directory names each bill's kind
// and title, which the folders do not say:
//
//	{"14-securisation_transactions_ZAC_Gerland": {"kind": "proposition", "title": "…"}}
//
// Each bill gets, per step, two stages: the text the amendments were
// tabled on ("avant_<step>", the article_avant files) and the text adopted
// ("<step>", the article_apres files), each holding only the articles the
// corpus has; the amendments are tabled on the first, adopted. Nothing is
// dated: the corpus has no dates.
const (
	KindCorpusArticle Kind = "corpus-article"
	KindCorpusBills   Kind = "corpus-bills"
)

var corpusFolder = regexp.MustCompile(`^([0-9]+-[A-Za-z0-9_.-]+?)__([0-9]{2}_[^/]+?)__([^/_][^/]*)$`)

// classifyCorpus recognises the corpus files by their names.
func classifyCorpus(p string) (Kind, bool) {
	base, dir := path.Base(p), path.Base(path.Dir(p))
	if base == "corpus_bills.json" {
		return KindCorpusBills, true
	}
	if (base == "article_avant" || base == "article_apres" || strings.HasPrefix(base, "amendement_")) && corpusFolder.MatchString(dir) {
		return KindCorpusArticle, true
	}
	return KindUnknown, false
}

type corpusBill struct {
	Kind  string `json:"kind"`
	Title string `json:"title"`
}

func (im *importer) readCorpusBills(f *file) {
	var m map[string]corpusBill
	if err := json.Unmarshal(f.data, &m); err != nil {
		im.rep.skip(f.path, "", "couldn't decode: %v", err)
		return
	}
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		b := law.Bill{ID: law.BillID(id), Title: m[id].Title}
		switch m[id].Kind {
		case "projet":
			b.Kind = law.Projet
		case "proposition":
			b.Kind = law.Proposition
		default:
			im.rep.skip(f.path, id+".kind", "unknown bill kind %q", m[id].Kind)
			continue
		}
		if _, dup := im.bills[b.ID]; dup {
			im.rep.skip(f.path, id, "duplicate bill %s", id)
			continue
		}
		im.bills[b.ID] = b
	}
}

// corpusInstitutions and corpusSteps read the step names of La Fabrique
// ("01_1erelecture_assemblee_commission").
var corpusInstitutions = map[string]law.Institution{"assemblee": law.Assemblee, "senat": law.Senat, "cmp": law.CMP}
var corpusSteps = map[string]law.Step{"depot": law.StepDepot, "commission": law.StepCommission, "hemicycle": law.StepHemicycle}
var corpusReadings = map[string]string{"1erelecture": "1re lecture", "2emelecture": "2e lecture", "nouv.lect.": "Nouvelle lecture", "cmp": "CMP"}

func (im *importer) readCorpusArticle(f *file) {
	m := corpusFolder.FindStringSubmatch(path.Base(path.Dir(f.path)))
	bill, stepDir, number := law.BillID(m[1]), m[2], law.ArticleNumber(strings.ReplaceAll(m[3], "_", " "))
	if _, ok := im.bills[bill]; !ok {
		im.rep.skip(f.path, "", "bill %s is not in corpus_bills.json", bill)
		return
	}
	parts := strings.Split(stepDir, "_") // NN, reading, institution, step
	if len(parts) != 4 || corpusInstitutions[parts[2]] == "" || corpusSteps[parts[3]] == "" {
		im.rep.skip(f.path, "", "unknown step %q", stepDir)
		return
	}
	var order int
	fmt.Sscanf(parts[0], "%d", &order)
	inst, step, reading := corpusInstitutions[parts[2]], corpusSteps[parts[3]], corpusReadings[parts[1]]
	if reading == "" {
		reading = parts[1]
	}
	stage := func(before bool) *law.Stage {
		// The corpus holds only the articles amendments changed: the
		// labels say the text is an extract.
		id, o, label := law.StageID(stepDir), 2*order+1, "Extrait (articles amendés) — "+stageLabel(reading, inst, step)
		if before {
			id, o, label = law.StageID("avant_"+stepDir), 2*order, "Extrait (articles amendés) — texte examiné — "+strings.Join([]string{reading, institutionNames[inst], stepExamined[step]}, " — ")
		}
		k := stageKey{bill, id}
		if im.stages[k] == nil {
			im.stages[k] = &law.Stage{Bill: bill, ID: id, Order: o, Label: label, Institution: inst, Step: step, Reading: reading, HasText: true}
		}
		return im.stages[k]
	}
	text := strings.TrimSpace(strings.ReplaceAll(string(f.data), "\r\n", "\n"))
	switch base := path.Base(f.path); {
	case base == "article_avant":
		if text != "" { // empty: the article was created at this step
			st := stage(true)
			st.Articles = append(st.Articles, law.Article{Number: number, Alineas: paragraphs(text)})
		}
	case base == "article_apres":
		st := stage(false)
		a := law.Article{Number: number, Alineas: paragraphs(text)}
		if text == "" {
			a.Status = law.ArticleDeleted
		}
		st.Articles = append(st.Articles, a)
	default:
		num := strings.TrimPrefix(base, "amendement_")
		id := law.AmendmentID(string(bill) + "-" + stepDir + "-" + num)
		stage(true)
		im.amendments[id] = law.Amendment{ID: id, Bill: bill, Stage: law.StageID("avant_" + stepDir), Number: num,
			Subject: "Article " + string(number), Article: number, Dispositif: text, Outcome: law.OutcomeAdopted}
	}
}

var stepExamined = map[law.Step]string{law.StepDepot: "dépôt", law.StepCommission: "en commission", law.StepHemicycle: "en séance"}

// paragraphs splits a corpus text into alinéas at blank lines.
func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
