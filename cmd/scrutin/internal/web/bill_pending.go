package web

import (
	"errors"
	"net/http"
	"sort"
	"strings"

	"github.com/scrutin/scrutin/projections"
)

// The law with chosen amendments applied:
//
//	/textes/{id}/loi-amendee[?etape=S][&amendement=ID…][&en-attente=1]
//
// A plain GET form: the reader ticks amendments (those carrying their
// text, of one stage), and sees the bill's articles and the code articles
// as they would read if those amendments were adopted, changes marked as
// on the law comparison page. Amendments tabled on different stages amend
// different texts and are refused with a message.
func init() {
	for k, v := range map[string][2]string{
		"pending.title":          {"La loi si ces amendements étaient adoptés", "The law if these amendments were adopted"},
		"pending.link":           {"Choisir des amendements et voir la loi telle qu'elle se lirait", "Choose amendments and see the law as it would read"},
		"pending.intro":          {"Cochez des amendements : le site les applique au texte sur lequel ils ont été déposés, puis applique ce texte à la loi en vigueur. Un amendement qu'il ne comprend pas n'est pas appliqué ; il est signalé, jamais deviné.", "Tick amendments: the site applies them to the text they were tabled on, then applies that text to the law in force. An amendment it does not understand is not applied; it is flagged, never guessed."},
		"pending.stage":          {"Version du texte", "Version of the bill"},
		"pending.choose":         {"Amendements portant leur texte", "Amendments carrying their text"},
		"pending.all":            {"Tous les amendements en attente (non encore examinés)", "Every pending amendment (not yet decided)"},
		"pending.apply":          {"Appliquer", "Apply"},
		"pending.none":           {"Aucun amendement de ce texte ne porte son dispositif : il n'y a rien à appliquer.", "No amendment to this bill carries its text: there is nothing to apply."},
		"pending.notext":         {"Scrutin n'a pas le texte sur lequel des amendements portant leur dispositif ont été déposés (%s) : ils ne peuvent pas être appliqués.", "Scrutin does not hold the text some amendments carrying their text were tabled on (%s): they cannot be applied."},
		"pending.chosen":         {"Amendements appliqués", "Amendments applied"},
		"pending.nochoice":       {"Aucun amendement choisi : voici le texte tel quel.", "No amendment chosen: here is the bill as it stands."},
		"pending.bill":           {"Les articles du texte", "The bill's articles"},
		"pending.tabled":         {"Tel que déposé", "As tabled"},
		"pending.amended":        {"Avec les amendements", "With the amendments"},
		"pending.added":          {"Article additionnel %s l'article %s (amendement n° %s)", "Additional article %s article %s (amendment no. %s)"},
		"pending.added.après":    {"après", "after"},
		"pending.added.avant":    {"avant", "before"},
		"pending.added.text":     {"Ajouté par l'amendement", "Added by the amendment"},
		"pending.deleted":        {"L'article serait supprimé.", "The article would be deleted."},
		"pending.law":            {"La loi en vigueur et la loi modifiée", "The law in force and the law as amended"},
		"pending.lawintro":       {"Les articles de loi en vigueur que le texte ainsi amendé changerait.", "The articles of law in force that the bill so amended would change."},
		"pending.err.unknown":    {"Un des amendements choisis n'existe pas sur ce texte.", "One of the chosen amendments does not exist on this bill."},
		"pending.err.mixed":      {"Les amendements choisis ont été déposés sur des versions différentes du texte : choisissez-les dans une seule version.", "The chosen amendments were tabled on different versions of the bill: choose them within one version."},
		"pending.err.stage":      {"La version du texte sur laquelle ces amendements ont été déposés n'est pas connue en entier.", "The version of the bill these amendments were tabled on is not known in full."},
		"pending.st.applied":     {"appliqué", "applied"},
		"pending.st.not-applied": {"non appliqué", "not applied"},
		"pending.st.additional":  {"non appliqué (article additionnel non compris)", "not applied (additional article not understood)"},
		"pending.st.no-article":  {"non appliqué (article absent du texte)", "not applied (article not in the text)"},
	} {
		messages[k] = v
	}
}

type pendingChoice struct {
	ID, Number, Article, Subject, Outcome string
	Checked                               bool
}

type pendingData struct {
	Bill    projections.BillView
	Stages  []projections.StageSummary // stages with amendments carrying text
	Stage   string                     // the stage whose amendments are listed
	NoText  []string                   // labels of stages with amendments carrying text but no text of their own
	Choices []pendingChoice
	Pending bool
	Error   string
	Result  projections.AmendedLaw
	Asked   bool // amendments were chosen (or pending ticked)
	// Whole and Toggle: as on the law comparison (lawData).
	Whole  bool
	Toggle string
}

func (s *Site) billAmendedLaw(w http.ResponseWriter, r *http.Request) {
	id, v, ok := s.bill(w, r)
	if !ok {
		return
	}
	q := r.URL.Query()
	chosen := map[string]bool{}
	var ids []string
	for _, a := range q["amendement"] {
		if a != "" && !chosen[a] && len(ids) < 500 {
			chosen[a] = true
			ids = append(ids, a)
		}
	}
	d := pendingData{Bill: v, Stage: q.Get("etape"), Pending: q.Get("en-attente") != "", Asked: len(ids) > 0 || q.Get("en-attente") != "", Whole: q.Get("vue") == "entier"}
	d.Toggle = toggleWhole(r.URL.Query(), d.Whole)
	groups, _ := s.cfg.Bills.Amendments(id, "", false)
	byStage := map[string][]pendingChoice{}
	texts, labels, noText := stagesWithText(v), map[string]string{}, map[string]bool{}
	for _, st := range v.StageList {
		labels[st.ID] = st.Label
	}
	for _, g := range groups {
		for _, a := range g.Amendments {
			if a.Dispositif == "" {
				continue
			}
			if !texts[a.Stage] { // nothing to apply it to: said, not offered
				if !noText[a.Stage] {
					noText[a.Stage] = true
					d.NoText = append(d.NoText, labels[a.Stage])
				}
				continue
			}
			byStage[a.Stage] = append(byStage[a.Stage], pendingChoice{ID: a.ID, Number: a.Number, Article: a.Article, Subject: a.Subject, Outcome: a.Outcome, Checked: chosen[a.ID]})
		}
	}
	for _, st := range v.StageList {
		if len(byStage[st.ID]) > 0 {
			d.Stages = append(d.Stages, st)
		}
	}
	if _, ok := byStage[d.Stage]; !ok && len(d.Stages) > 0 {
		d.Stage = d.Stages[len(d.Stages)-1].ID
		for _, a := range ids { // the stage of the chosen amendments
			for st, cs := range byStage {
				for _, c := range cs {
					if c.ID == a {
						d.Stage = st
					}
				}
			}
		}
	}
	d.Choices = byStage[d.Stage]
	sort.SliceStable(d.Choices, func(i, j int) bool { return d.Choices[i].Checked && !d.Choices[j].Checked })
	status := http.StatusOK
	res, _, err := s.cfg.Bills.AmendedLaw(id, ids, d.Pending)
	switch {
	case errors.Is(err, projections.ErrUnknownAmendment):
		d.Error, status = "pending.err.unknown", http.StatusBadRequest
	case errors.Is(err, projections.ErrMixedStages):
		d.Error, status = "pending.err.mixed", http.StatusBadRequest
	case err != nil: // projections.ErrStageText
		d.Error, status = "pending.err.stage", http.StatusBadRequest
	default:
		d.Result = res
	}
	s.render(w, r, status, "bill_pending.html", "pending.title", d)
}

// stagesWithText: the stages whose text Scrutin holds whole, the only ones
// an amendment can be applied to (projections.ErrStageText otherwise).
func stagesWithText(v projections.BillView) map[string]bool {
	m := map[string]bool{}
	for _, st := range v.StageList {
		m[st.ID] = st.TextHeld
	}
	return m
}

// NoTextList names the stages of NoText for a sentence: "« Texte n° 369 »".
func (d pendingData) NoTextList() string {
	q := make([]string, len(d.NoText))
	for i, l := range d.NoText {
		q[i] = "« " + l + " »"
	}
	return strings.Join(q, ", ")
}
