package web

import (
	"errors"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/law"
	"github.com/scrutin/scrutin/projections"
)

// mountBills adds the bill pages:
//
//	/textes                         the bills
//	/textes/{id}[?circo=75-01]      a bill: stages, amendments per article, votes, a constituency
//	/textes/{id}/diff?from=&to=[&vue=cote]   two stages compared, inline or side by side
//	/textes/{id}/amendements[?article=N]     amendments with their dispositif applied
//	/textes/{id}/loi[?etape=S]      the law in force beside the law as the bill leaves it
//	/textes/{id}/loi-amendee?amendement=ID…  the same with chosen amendments applied (bill_pending.go)
//	/textes/{id}/circonscriptions   each constituency: its deputy's votes, its citizens' result
func init() {
	for k, v := range map[string][2]string{
		"bill.citizenvote":        {"Vote des citoyens", "Citizens' vote"},
		"bill.citizenvote.go":     {"Voter ou voir le vote", "Vote or see the vote"},
		"bill.citizenvote.none":   {"Aucun vote des citoyens n'est ouvert sur ce texte.", "No citizens' vote is open on this bill."},
		"bill.partners":           {"Positions des partenaires", "Partners' positions"},
		"bill.partners.order":     {"Présentées de la même façon pour tous, par ordre alphabétique du nom du partenaire. Ces positions ne sont pas celles de Scrutin et n'influencent pas le vote.", "Shown the same way for all, in alphabetical order of the partner's name. These are not Scrutin's positions and have no bearing on the vote."},
		"bill.partners.none":      {"Aucun partenaire n'a publié de position sur ce texte.", "No partner has published a position on this bill."},
		"bill.partners.read":      {"Lire la position complète", "Read the full position"},
		"bill.partners.moderated": {"Positions retirées par la modération", "Positions removed by moderation"},
		"stance.for":              {"Pour", "For"},
		"stance.against":          {"Contre", "Against"},
		"stance.mixed":            {"Nuancée", "Mixed"},
	} {
		messages[k] = v
	}
}

// view reads the ledger's state, if the site has the app (the bill pages'
// tests run on the bills projection alone).
func (s *Site) viewState(fn func(st *domain.State)) {
	if s.cfg.App != nil {
		s.cfg.App.View(fn)
	}
}

func (s *Site) mountBills(r chi.Router) {
	if s.cfg.Bills == nil {
		return
	}
	r.Get("/textes", s.billList)
	r.Get("/textes/{id}", s.billPage)
	r.Get("/textes/{id}/diff", s.billDiff)
	r.Get("/textes/{id}/amendements", s.billAmendments)
	r.Get("/textes/{id}/loi", s.billLaw)
	r.Get("/textes/{id}/loi-amendee", s.billAmendedLaw) // bill_pending.go
	r.Get("/textes/{id}/circonscriptions", s.billConstituencies)
}

func init() {
	for k, v := range billMessages {
		messages[k] = v
	}
	funcs["outcome"] = func(l, o string) string { return tr(l, "outcome."+o) }
	funcs["colon"] = colon
	funcs["position"] = func(l, p string) string { return tr(l, "position."+p) }
	// foldLaw is how many code articles a comparison of the law shows
	// open; past it each is folded under its heading (a law changing 63
	// articles is 73,000 px of scrolling on a phone, open).
	funcs["foldLaw"] = func() int { return 10 }
	funcs["articlename"] = articleName
	funcs["lawstatus"] = func(l, p string) string { return tr(l, "law."+p) }
	funcs["diffstatus"] = func(l string, p law.ChangeStatus) string { return tr(l, "diff."+string(p)) }
	funcs["isins"] = func(o law.Op) bool { return o.Kind == law.OpInsert }
	funcs["isdel"] = func(o law.Op) bool { return o.Kind == law.OpDelete }
	funcs["inc"] = func(i int) int { return i + 1 }
	funcs["codename"] = codeName
	funcs["art"] = articleLabel
	// dict passes a language and ops to the diff sub-templates.
	funcs["dict"] = func(kv ...any) map[string]any {
		m := map[string]any{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return m
	}
	funcs["lines"] = func(s string) []string { return strings.Split(s, "\n") }
	funcs["short"] = func(h string) string {
		if len(h) > 16 {
			return h[:16] + "…"
		}
		return h
	}
}

// articleLabel writes a bill article's number as the law does: a letter
// that follows the number is upper case ("1er a" → "1er A", "2 bis aa" →
// "2 bis AA"); sources differ in case, the number is the same.
func articleLabel(n string) string {
	return strings.Join(numberCapitals(strings.Fields(n)), " ")
}

var billMessages = map[string][2]string{
	"bills.title":                  {"Textes", "Bills"},
	"bills.intro":                  {"Projets et propositions de loi inscrits au journal, avec leurs étapes, leurs amendements et la loi qu'ils modifient.", "Bills recorded in the log, with their stages, amendments and the law they change."},
	"bills.none":                   {"Aucun texte pour l'instant.", "No bill yet."},
	"bills.open":                   {"Vote ouvert", "Vote open"},
	"bills.vote":                   {"Voter sur ce texte", "Vote on this bill"},
	"bills.stages":                 {"étapes", "stages"},
	"bills.stages.one":             {"étape", "stage"},
	"bills.amendments":             {"amendements", "amendments"},
	"bills.amendments.one":         {"amendement", "amendment"},
	"bill.title":                   {"Texte", "Bill"},
	"bill.kind.projet":             {"Projet de loi", "Government bill"},
	"bill.kind.proposition":        {"Proposition de loi", "Member's bill"},
	"bill.stages":                  {"Étapes de la navette", "Stages"},
	"bill.stage":                   {"Étape", "Stage"},
	"bill.date":                    {"Date", "Date"},
	"bill.articles":                {"Articles", "Articles"},
	"bill.notext":                  {"texte non publié", "text not published"},
	"bill.hash":                    {"Empreinte du texte", "Text hash"},
	"bill.id":                      {"Identifiant du texte", "Bill id"},
	"bill.stageid":                 {"Identifiant de l'étape", "Stage id"},
	"bill.compare":                 {"Comparer deux étapes", "Compare two stages"},
	"bill.from":                    {"De", "From"},
	"bill.to":                      {"À", "To"},
	"bill.show":                    {"Afficher", "Show"},
	"bill.law":                     {"Loi en vigueur et loi modifiée", "Law in force and law as amended"},
	"bill.law.link":                {"Comparer la loi en vigueur avec la loi telle que le texte la laisserait", "Compare the law in force with the law as the bill would leave it"},
	"bill.amendments":              {"Amendements par article", "Amendments by article"},
	"bill.amendments.col":          {"Amendements", "Amendments"},
	"bill.amendments.none":         {"Aucun amendement enregistré.", "No amendment recorded."},
	"bill.article":                 {"Article", "Article"},
	"bill.other":                   {"Hors article (titre, articles additionnels…)", "No article (title, additional articles…)"},
	"bill.votes":                   {"Votes des députés", "Deputies' votes"},
	"bill.votes.none":              {"Aucun scrutin public enregistré pour ce texte.", "No recorded division on this bill."},
	"bill.for":                     {"Pour", "For"},
	"bill.against":                 {"Contre", "Against"},
	"bill.abstain":                 {"Abstention", "Abstain"},
	"bill.adopted":                 {"adopté", "adopted"},
	"bill.rejected":                {"rejeté", "rejected"},
	"bill.circo":                   {"Votre circonscription : votre député et vos concitoyens", "Your constituency: your deputy and your fellow citizens"},
	"bill.circo.label":             {"Circonscription (ex. 75-01)", "Constituency (e.g. 75-01)"},
	"bill.circo.all":               {"Toutes les circonscriptions", "All constituencies"},
	"bill.circo.bad":               {"Circonscription inconnue : saisir le code du département, un tiret et le numéro (75-01).", "Unknown constituency: type the département code, a dash and the number (75-01)."},
	"bill.deputy":                  {"Député", "Deputy"},
	"bill.deputy.none":             {"Aucun député enregistré pour cette circonscription.", "No deputy recorded for this constituency."},
	"bill.citizens":                {"Vote des citoyens", "Citizens' vote"},
	"bill.citizens.none":           {"Pas encore de résultat : le vote des citoyens sur ce texte n'est pas dépouillé.", "No result yet: the citizens' vote on this bill is not tallied."},
	"bill.citizens.group":          {"Résultat du groupe de circonscriptions", "Result of the group of constituencies"},
	"bill.voters":                  {"votants", "voters"},
	"diff.title":                   {"Comparaison des étapes", "Stages compared"},
	"diff.inline":                  {"Vue en ligne", "Inline view"},
	"diff.side":                    {"Vue côte à côte", "Side-by-side view"},
	"diff.view":                    {"Vue", "View"},
	"diff.whole":                   {"Articles entiers", "Whole articles"},
	"diff.added":                   {"ajouté", "added"},
	"diff.deleted":                 {"supprimé", "deleted"},
	"diff.before":                  {"Avant", "Before"},
	"diff.after":                   {"Après", "After"},
	"diff.unchanged":               {"inchangé", "unchanged"},
	"diff.modified":                {"modifié", "modified"},
	"diff.renumbered":              {"renuméroté", "renumbered"},
	"diff.legend":                  {"Légende : le texte ajouté est souligné et précédé de « ajouté », le texte supprimé est barré et précédé de « supprimé ».", "Legend: added text is underlined and preceded by “added”, deleted text is struck through and preceded by “deleted”."},
	"diff.bad":                     {"Choisir deux étapes dont le texte est publié.", "Choose two stages whose text is published."},
	"law.title":                    {"La loi en vigueur et la loi modifiée", "The law in force and the law as amended"},
	"law.intro":                    {"Le site applique les modifications que le texte prévoit (« les mots … sont remplacés par … ») aux articles de loi en vigueur qu'il connaît. Ce qu'il n'a pas su appliquer est montré tel quel et signalé, jamais deviné.", "The site applies the changes the bill makes (“the words … are replaced by …”) to the articles of law in force it knows. What it could not apply is shown as written and flagged, never guessed."},
	"law.stage":                    {"Version du texte appliquée", "Version of the bill applied"},
	"law.stats":                    {"Instructions de modification : %d trouvées, %d lues, %d non lues.", "Modification instructions: %d found, %d parsed, %d unparsed."},
	"law.summary":                  {"%d articles de loi changés ; ", "%d articles of law changed; "},
	"law.summary.one":              {"%d article de loi changé ; ", "%d article of law changed; "},
	"law.unapplied":                {"%d passages que le site n'a pas su appliquer, montrés plus bas tels quels.", "%d passages the site could not apply, shown below as written."},
	"law.unapplied.one":            {"%d passage que le site n'a pas su appliquer, montré plus bas tel quel.", "%d passage the site could not apply, shown below as written."},
	"law.failedcount":              {"%d modifications comprises mais non appliquées, expliquées plus bas.", "%d changes understood but not applied, explained below."},
	"law.failedcount.one":          {"%d modification comprise mais non appliquée, expliquée plus bas.", "%d change understood but not applied, explained below."},
	"law.inforce":                  {"En vigueur", "In force"},
	"law.amended":                  {"Modifié par le texte", "As amended by the bill"},
	"law.modified":                 {"modifié", "modified"},
	"law.created":                  {"créé", "created"},
	"law.repealed":                 {"abrogé", "repealed"},
	"law.createdby":                {"Créé par le texte", "Created by the bill"},
	"law.folded":                   {"Les articles sont repliés : ouvrez celui que vous voulez lire.", "The articles are folded: open the one you want to read."},
	"law.open.modified":            {"Voir les changements", "Show the changes"},
	"law.open.created":             {"Voir le texte créé", "Show the new text"},
	"law.open.repealed":            {"Voir le texte abrogé", "Show the repealed text"},
	"law.none":                     {"Aucun des articles de loi en vigueur que le site connaît n'est changé.", "None of the articles of law in force the site knows is changed."},
	"law.unparsed":                 {"Passages que le site n'a pas su appliquer (tels quels)", "Passages the site could not apply (as written)"},
	"law.unparsed.flag":            {"Non appliqué", "Not applied"},
	"law.effect":                   {"Prise d'effet différée", "Takes effect later"},
	"law.effect.by":                {"les modifications de l'article %s du texte, appliquées ici, ne prennent effet qu'à la date que fixe le texte", "the changes of article %s of the bill, applied here, take effect only from the date the bill sets"},
	"law.failed.intro":             {"Le site a lu ces instructions, mais ne les applique pas au texte en vigueur plutôt que de deviner. Pour chacune, voici pourquoi.", "The site read these instructions, but does not apply them to the law in force rather than guess. For each, here is why."},
	"law.failed.target":            {"Article modifié", "Article changed"},
	"law.failed.whole-instruction": {"Une autre modification de la même instruction n'a pas pu être appliquée : une instruction s'applique en entier ou pas du tout.", "Another change of the same instruction could not be applied: an instruction applies whole or not at all."},
	"law.failed.words-not-found":   {"Les mots qu'elle vise ne figurent pas dans le texte en vigueur, ou pas autant de fois qu'elle le dit : le texte a peut-être changé depuis que le projet a été écrit.", "The words it targets are not in the law in force, or not as many times as it says: the law may have changed since the bill was written."},
	"law.failed.place-not-found":   {"L'alinéa, la phrase ou la partie qu'elle vise n'existe pas dans le texte en vigueur.", "The paragraph, sentence or part it targets is not in the law in force."},
	"law.failed.place-changed":     {"Le passage qu'elle vise a déjà été changé par une modification précédente, ou depuis le dépôt du texte.", "The passage it targets was already changed by an earlier change, or since the text was tabled."},
	"law.failed.ambiguous":         {"Le passage qu'elle vise peut se lire de plusieurs façons dans le texte en vigueur : le site ne choisit pas à sa place.", "The passage it targets can be read more than one way in the law in force: the site does not choose for it."},
	"law.failed.layout":            {"Elle ne s'accorde pas avec l'organisation du texte en vigueur (numérotation, article déjà existant…).", "It does not fit the layout of the law in force (numbering, an article that already exists…)."},
	"law.failed.not-applicable":    {"Le site ne peut pas l'appliquer au texte en vigueur avec certitude (des mots qui se joindraient mal, un passage incertain) : il ne l'applique pas plutôt que de deviner.", "The site cannot apply it to the law in force with certainty (words that would join badly, an uncertain passage): it does not apply it rather than guess."},
	"law.detail":                   {"Détail technique, en anglais", "Technical detail"},
	"law.why.not-read":             {"Le site ne sait pas lire cette instruction avec certitude : il ne l'applique pas plutôt que de deviner.", "The site cannot read this instruction with certainty: it does not apply it rather than guess."},
	"law.why.enabling":             {"Elle habilite le Gouvernement à légiférer par ordonnance : elle ne modifie elle-même aucun texte.", "It empowers the Government to legislate by ordonnance: it changes no text itself."},
	"law.why.unchanged":            {"Partie non modifiée depuis une lecture précédente : son texte n'est pas reproduit ici.", "A part unchanged since an earlier reading: its text is not reproduced here."},
	"law.why.entry-into-force":     {"Elle fixe quand d'autres dispositions entrent en vigueur et ne modifie elle-même aucun texte : les modifications qu'elle vise sont marquées ou montrées à leur date.", "It sets when other provisions take effect and changes no text itself: the changes it concerns are marked or shown at their date."},
	"law.why.text-unknown":         {"Le site ne sait pas avec certitude quel code ou quel texte elle modifie : il ne l'applique pas plutôt que de deviner.", "The site does not know with certainty which code or text it changes: it does not apply it rather than guess."},
	"law.why.conditional":          {"Elle modifie le texte en partie, sous condition, pour un temps ou tel qu'il s'applique ailleurs (outre-mer, par exemple) : le site montre le texte applicable partout et sans condition.", "It changes the text in part, under a condition, for a time or as it applies elsewhere (overseas, for instance): the site shows the text that applies everywhere and unconditionally."},
	"law.failed":                   {"Modifications comprises mais non appliquées", "Changes understood but not applied"},
	"law.later":                    {"Modifications qui prennent effet plus tard", "Changes that take effect later"},
	"law.later.intro":              {"Le texte reporte ces modifications à une date qu'il fixe : elles ne sont pas appliquées plus haut. Voici les articles tels qu'ils se liront ce jour-là.", "The bill defers these changes to a date it sets: they are not applied above. Here are the articles as they will read on that day."},
	"law.later.on":                 {"À partir du %s", "From %s"},
	"law.later.said":               {"Ce que dit le texte", "What the bill says"},
	"law.later.before":             {"La veille", "The day before"},
	"law.later.after":              {"Ce jour-là", "That day"},
	"law.notrecorded":              {"Articles visés que le site ne connaît pas", "Targeted articles the site does not know"},
	"am.title":                     {"Amendements", "Amendments"},
	"am.authors":                   {"Auteurs", "Authors"},
	"am.dispositif":                {"Dispositif", "Text"},
	"am.expose":                    {"Exposé sommaire", "Explanatory statement"},
	"am.applied":                   {"L'article tel que l'amendement le laisserait", "The article as the amendment would leave it"},
	"am.deletes":                   {"L'amendement supprime l'article.", "The amendment deletes the article."},
	"am.unparsed":                  {"Le site n'a pas su appliquer cet amendement à l'article : il est montré tel quel.", "The site could not apply this amendment to the article: it is shown as written."},
	"am.why.sub-amendment":         {"C'est un sous-amendement : il modifie un autre amendement, pas l'article, ou l'amendement qu'il modifie n'est pas appliqué.", "It is a sub-amendment: it changes another amendment, not the article, or the amendment it changes is not applied."},
	"am.why.falls":                 {"Il tombe : un amendement examiné avant lui a réécrit ou supprimé le passage qu'il modifie.", "It falls: an amendment taken before it rewrote or deleted the passage it changes."},
	"am.why.not-read":              {"Le site ne sait pas lire une de ses instructions avec certitude : il ne l'applique pas plutôt que de deviner.", "The site cannot read one of its instructions with certainty: it does not apply it rather than guess."},
	"am.why.other-text":            {"Une de ses parties modifie un autre texte que cet article (un code, une loi, un gage compensant une perte de recettes) : le site ne l'applique pas ici.", "A part of it changes another text than this article (a code, a law, a compensation for lost revenue): the site does not apply it here."},
	"am.why.not-applicable":        {"Le site a lu ses instructions, mais ne trouve pas dans l'article, ou pas de façon certaine, le passage qu'elles visent (mots, alinéa).", "The site read its instructions, but does not find in the article, or not with certainty, the passage they target (words, alinéa)."},
	"am.why.no-instruction":        {"Son dispositif ne contient aucune instruction de modification.", "Its text holds no amending instruction."},
	"am.why.engine":                {"Le site a rencontré une erreur sur ce texte : merci de la signaler.", "The site met an error on this text: please report it."},
	"am.all":                       {"Tous les amendements", "All amendments"},
	"am.search":                    {"Chercher dans les amendements", "Search the amendments"},
	"am.words":                     {"Mots (numéro, auteur, groupe, texte)", "Words (number, author, group, text)"},
	"am.others":                    {"et %d autres", "and %d others"},
	"am.allauthors":                {"Les %d auteurs", "All %d authors"},
	"am.stage":                     {"Étape", "Stage"},
	"am.anystage":                  {"Toutes les étapes", "All stages"},
	"am.outcome":                   {"Sort", "Outcome"},
	"am.any":                       {"Tous", "All"},
	"am.anyarticle":                {"Tous les articles", "All articles"},
	"am.filter":                    {"Afficher", "Show"},
	"am.count":                     {"%d amendements", "%d amendments"},
	"am.count.one":                 {"%d amendement", "%d amendment"},
	"am.page":                      {"page %d sur %d", "page %d of %d"},
	"am.prev":                      {"Page précédente", "Previous page"},
	"am.next":                      {"Page suivante", "Next page"},
	"am.pages":                     {"Pages", "Pages"},
	"am.none":                      {"Aucun amendement ne correspond.", "No amendment matches."},
	"am.notext":                    {"Le texte de cet amendement n'est pas dans les données publiques importées.", "This amendment's text is not in the imported public data."},
	"am.byarticle":                 {"Par article", "By article"},
	"outcome.undecided":            {"Non décidé", "Undecided"},
	"outcome.":                     {"Non décidé", "Undecided"},
	"outcome.adopted":              {"Adopté", "Adopted"},
	"outcome.rejected":             {"Rejeté", "Rejected"},
	"outcome.withdrawn":            {"Retiré", "Withdrawn"},
	"outcome.fallen":               {"Tombé", "Fallen"},
	"outcome.not moved":            {"Non soutenu", "Not moved"},
	"outcome.inadmissible":         {"Irrecevable", "Inadmissible"},
	"position.for":                 {"Pour", "For"},
	"position.against":             {"Contre", "Against"},
	"position.abstain":             {"Abstention", "Abstain"},
	"position.non-voting":          {"Non-votant", "Non-voting"},
	"position.absent":              {"Absent", "Absent"},
}

type billListData struct{ Bills []billListItem }

// billListItem is a bill of the list, with the citizens' vote open on it
// if there is one.
type billListItem struct {
	projections.BillSummary
	Vote string // the open vote's id, "" when none
}

// billList lists the bills a citizen can vote on first (a citizens' vote
// open or closing on them), then the others, the latest stage first: the
// bill of the day is at the top, not the first one ever recorded.
func (s *Site) billList(w http.ResponseWriter, r *http.Request) {
	open := map[domain.BillID]string{}
	if s.cfg.App != nil {
		s.cfg.App.View(func(st *domain.State) {
			for _, v := range st.Votes {
				if !castable(s.view(st, v, false).Status) {
					continue
				}
				if cur, ok := open[v.Opened.Bill]; !ok || string(v.Opened.Vote) < cur {
					open[v.Opened.Bill] = string(v.Opened.Vote)
				}
			}
		})
	}
	var items []billListItem
	for _, b := range s.cfg.Bills.List() {
		items = append(items, billListItem{BillSummary: b, Vote: open[b.ID]})
	}
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i], items[j]
		if (a.Vote != "") != (b.Vote != "") {
			return a.Vote != ""
		}
		return a.Date.After(b.Date)
	})
	s.render(w, r, http.StatusOK, "bills.html", "bills.title", billListData{items})
}

// articleOutcomes is a row of the bill page's amendments table.
type articleOutcomes struct {
	Article  string
	Total    int
	Outcomes map[string]int
}

type billPageData struct {
	Bill     projections.BillView
	Articles []articleOutcomes
	// OutcomeCols are the outcomes some amendment of the bill had, in
	// amendmentOutcomes' order: the table's columns.
	OutcomeCols []string
	Scrutins    []projections.ScrutinSummary
	Circo       string
	CircoBad    bool
	Seat        *projections.ConstituencyView
	TextStage   []projections.StageSummary // stages with a text, for the compare form
	Votes       []billVote                 // citizens' votes on this bill
	Positions   []partnerPosition          // partners' current positions, by partner name
	Moderated   []partnerPosition          // positions the operator hid, with the reason
	Revisions   []revisionLine             // the latest revisions, newest first
	WithText    bool                       // some amendment carries its text and its stage's text is held: the law with chosen amendments has something to apply
}

type billVote struct {
	ID       domain.VoteID
	Question string
	Closed   bool
}

type partnerPosition struct {
	Name, Domain, Stance, Summary, Link, Reason string
}

// positions are the partners' current positions on a bill (by partner
// name, as st.Positions orders them) and those the operator hid, with the
// reason, by name.
func positions(st *domain.State, id domain.BillID) (shown, moderated []partnerPosition) {
	stances := map[uint8]string{domain.StanceFor: "for", domain.StanceAgainst: "against", domain.StanceMixed: "mixed"}
	for _, p := range st.Positions(id) {
		pv := st.Partners[p.Partner].Verified
		shown = append(shown, partnerPosition{Name: pv.Name, Domain: pv.Domain, Stance: stances[p.Stance], Summary: p.Summary, Link: p.Link})
	}
	for _, ps := range st.Partners {
		if reason, ok := ps.Moderated[id]; ok {
			moderated = append(moderated, partnerPosition{Name: ps.Verified.Name, Domain: ps.Verified.Domain, Reason: reason})
		}
	}
	sort.Slice(moderated, func(i, j int) bool { return moderated[i].Name < moderated[j].Name })
	return shown, moderated
}

// bill reads the {id} of the URL and its bill, answering 404 itself when
// there is none.
func (s *Site) bill(w http.ResponseWriter, r *http.Request) (domain.BillID, projections.BillView, bool) {
	id := domain.BillID(chi.URLParam(r, "id"))
	v, ok := s.cfg.Bills.Bill(id)
	if !ok {
		s.notFound(w, r)
	}
	return id, v, ok
}

// textStages returns the stages that have a text, in order: those a diff
// can compare.
func textStages(v projections.BillView) []projections.StageSummary {
	var out []projections.StageSummary
	for _, st := range v.StageList {
		if st.HasText && st.Articles > 0 {
			out = append(out, st)
		}
	}
	return out
}

func (s *Site) notFound(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusNotFound, "bill_error.html", "error.notfound", nil)
}

func (s *Site) billPage(w http.ResponseWriter, r *http.Request) {
	id, v, ok := s.bill(w, r)
	if !ok {
		return
	}
	d := billPageData{Bill: v, Circo: strings.TrimSpace(r.URL.Query().Get("circo"))}
	d.TextStage = textStages(v)
	am, _ := s.cfg.Bills.Amendments(id, "", false)
	if s.cfg.History != nil {
		numbers := map[string]string{}
		for _, g := range am {
			for _, a := range g.Amendments {
				numbers[a.ID] = a.Number
			}
		}
		d.Revisions = revisionLines(lang(r), v, numbers, s.cfg.History.BillRevisions(id))
	}
	texts := stagesWithText(v)
	for _, g := range am {
		row := articleOutcomes{Article: g.Article, Outcomes: map[string]int{}}
		for _, a := range g.Amendments {
			row.Total++
			row.Outcomes[outcomeKey(a.Outcome)]++
			d.WithText = d.WithText || a.Dispositif != "" && texts[a.Stage]
		}
		d.Articles = append(d.Articles, row)
	}
	for _, o := range amendmentOutcomes { // the columns: the outcomes the bill's amendments had
		for _, row := range d.Articles {
			if row.Outcomes[o] > 0 {
				d.OutcomeCols = append(d.OutcomeCols, o)
				break
			}
		}
	}
	status := http.StatusOK
	if d.Circo != "" {
		cs, scr, _ := s.cfg.Bills.Constituencies(id, domain.District(d.Circo))
		d.Scrutins = scr
		if len(cs) == 1 {
			d.Seat = &cs[0]
		} else {
			d.CircoBad, status = true, http.StatusBadRequest
		}
	} else {
		d.Scrutins = v.Scrutins
	}
	s.viewState(func(st *domain.State) {
		for vid, vs := range st.Votes {
			if vs.Opened.Bill == id {
				d.Votes = append(d.Votes, billVote{ID: vid, Question: vs.Opened.Question, Closed: vs.Closed})
			}
		}
		d.Positions, d.Moderated = positions(st, id)
	})
	sort.Slice(d.Votes, func(i, j int) bool { return d.Votes[i].ID < d.Votes[j].ID })
	s.render(w, r, status, "bill.html", "bill.title", d)
}

type diffData struct {
	Bill     projections.BillView
	From, To string
	Side     bool
	Whole    bool // ?entier=1: each article whole, not the alinéas changed alone
	Bad      bool
	Diff     law.BillDiff
	Counts   map[law.ChangeStatus]int
	Stages   []projections.StageSummary
}

func (s *Site) billDiff(w http.ResponseWriter, r *http.Request) {
	id, v, ok := s.bill(w, r)
	if !ok {
		return
	}
	q := r.URL.Query()
	d := diffData{Bill: v, From: q.Get("from"), To: q.Get("to"), Side: q.Get("vue") == "cote", Whole: q.Get("entier") != ""}
	d.Stages = textStages(v)
	if d.From == "" && d.To == "" && len(d.Stages) >= 2 {
		d.From, d.To = d.Stages[0].ID, d.Stages[len(d.Stages)-1].ID
	}
	status := http.StatusOK
	diff, err := s.cfg.Bills.Diff(id, d.From, d.To)
	switch {
	case errors.Is(err, projections.ErrNoStage):
		d.Bad, status = true, http.StatusBadRequest
	case err != nil:
		s.cfg.Log.Error("couldn't diff", "bill", id, "err", err)
		d.Bad, status = true, http.StatusInternalServerError
	default:
		d.Diff, d.Counts = diff, diff.Counts()
	}
	s.render(w, r, status, "bill_diff.html", "diff.title", d)
}

type amendmentsData struct {
	Bill    projections.BillView
	Article string // the article filter, "" for all
	Query   string // words searched in the number, subject, authors, group, text and statement
	Outcome string // the outcome filter ("undecided" for none yet), "" for all
	Stage   string // the stage filter (the text the amendments were tabled on), "" for all
	// Stages are the stages amendments were tabled on, in the procedure's
	// order, offered as a filter when there are several; StageLabels names
	// them, to tell on each amendment which text it was tabled on.
	Stages      []projections.StageSummary
	StageLabels map[string]string
	Articles    []articleOutcomes
	Shown       []projections.ArticleAmendments // this page's amendments, by article
	Total       int                             // amendments matching the filters
	Page        int                             // 1-based
	Pages       int
	PrevURL     string
	NextURL     string
	Outcomes    []string
	// History holds the shown amendments that were revised, by id.
	History map[string]*amendmentHistory
}

// amendmentsPerPage bounds the amendments page (the whole Hadopi bill on
// one page was 383 KB).
const amendmentsPerPage = 20

// amendmentOutcomes are the filters the amendments page offers, in order.
var amendmentOutcomes = []string{"adopted", "rejected", "withdrawn", "fallen", "not moved", "inadmissible", "undecided"}

// outcomeKey names an amendment's outcome as amendmentOutcomes does: no
// outcome yet is "undecided".
func outcomeKey(o string) string {
	if o == "" {
		return "undecided"
	}
	return o
}

// matchAmendment reports whether every word of q (folded as law.CodeKey
// folds) is in the amendment's number, subject, authors, group, text or
// statement.
func matchAmendment(a projections.AmendmentView, words []string) bool {
	if len(words) == 0 {
		return true
	}
	hay := law.CodeKey(strings.Join([]string{a.Number, a.Subject, strings.Join(a.Authors, " "), a.GroupName, a.Dispositif, a.Expose}, " "))
	hay = " " + hay + " "
	for _, w := range words {
		if !strings.Contains(hay, w) {
			return false
		}
	}
	return true
}

func (s *Site) billAmendments(w http.ResponseWriter, r *http.Request) {
	id, v, ok := s.bill(w, r)
	if !ok {
		return
	}
	q := r.URL.Query()
	d := amendmentsData{Bill: v, Article: q.Get("article"), Query: strings.TrimSpace(q.Get("q")), Outcome: q.Get("etat"), Stage: q.Get("etape"), Outcomes: amendmentOutcomes}
	for _, st := range v.StageList {
		if st.Amended > 0 {
			d.Stages = append(d.Stages, st)
		}
	}
	if len(d.Stages) > 1 {
		d.StageLabels = map[string]string{}
		for _, st := range d.Stages {
			d.StageLabels[st.ID] = st.Label
		}
	}
	d.Page, _ = strconv.Atoi(q.Get("page"))
	if d.Page < 1 {
		d.Page = 1
	}
	all, _ := s.cfg.Bills.Amendments(id, "", false)
	// The article filter counts the amendments of the stage chosen, and
	// offers only the articles that stage amended (and the one chosen).
	for _, g := range all {
		row := articleOutcomes{Article: g.Article, Outcomes: map[string]int{}}
		for _, a := range g.Amendments {
			if d.Stage != "" && a.Stage != d.Stage {
				continue
			}
			row.Total++
			row.Outcomes[outcomeKey(a.Outcome)]++
		}
		if row.Total > 0 || g.Article == d.Article {
			d.Articles = append(d.Articles, row)
		}
	}
	words := strings.Fields(law.CodeKey(d.Query))
	want := d.Outcome
	if want == "undecided" {
		want = ""
	}
	// The page's slice of the matching amendments, then only those applied
	// to their article (the costly part).
	first, n := (d.Page-1)*amendmentsPerPage, 0
	var page []projections.ArticleAmendments
	groups := all
	if d.Article != "" {
		groups, _ = s.cfg.Bills.Amendments(id, d.Article, false)
	}
	for _, g := range groups {
		var keep []projections.AmendmentView
		for _, a := range g.Amendments {
			if d.Outcome != "" && a.Outcome != want || d.Stage != "" && a.Stage != d.Stage || !matchAmendment(a, words) {
				continue
			}
			if n >= first && n < first+amendmentsPerPage {
				keep = append(keep, a)
			}
			n++
		}
		if len(keep) > 0 {
			page = append(page, projections.ArticleAmendments{Article: g.Article, Amendments: keep})
		}
	}
	d.Total = n
	d.Pages = (n + amendmentsPerPage - 1) / amendmentsPerPage
	status := http.StatusOK
	if d.Page > 1 && d.Page > d.Pages {
		status = http.StatusNotFound
	}
	for _, g := range page {
		if g.Article == "" { // amendments to no article are not applied
			continue
		}
		applied, _ := s.cfg.Bills.Amendments(id, g.Article, true)
		byID := map[string]*projections.AppliedAmendment{}
		for _, ag := range applied {
			for _, a := range ag.Amendments {
				byID[a.ID] = a.Applied
			}
		}
		for i := range g.Amendments {
			g.Amendments[i].Applied = byID[g.Amendments[i].ID]
		}
	}
	d.Shown = page
	d.History = s.histories(lang(r), id, page)
	link := func(p int) string {
		u := url.Values{}
		for k, v := range map[string]string{"article": d.Article, "q": d.Query, "etat": d.Outcome, "etape": d.Stage, "lang": q.Get("lang")} {
			if v != "" {
				u.Set(k, v)
			}
		}
		if p > 1 {
			u.Set("page", strconv.Itoa(p))
		}
		if len(u) == 0 {
			return "/textes/" + string(id) + "/amendements"
		}
		return "/textes/" + string(id) + "/amendements?" + u.Encode()
	}
	if d.Page > 1 {
		d.PrevURL = link(d.Page - 1)
	}
	if d.Page < d.Pages {
		d.NextURL = link(d.Page + 1)
	}
	s.render(w, r, status, "bill_amendments.html", "am.title", d)
}

type lawData struct {
	Bill       projections.BillView
	Law        projections.LawComparison
	StageLabel string
	// Whole shows each article whole (?vue=entier); by default the
	// alinéas the bill changes, the others counted (changedAlineas).
	Whole bool
	// Toggle is the link to the other view.
	Toggle string
}

func (s *Site) billLaw(w http.ResponseWriter, r *http.Request) {
	id, v, ok := s.bill(w, r)
	if !ok {
		return
	}
	lc, _ := s.cfg.Bills.Law(id, r.URL.Query().Get("etape"))
	d := lawData{Bill: v, Law: lc, StageLabel: lc.Stage, Whole: r.URL.Query().Get("vue") == "entier"}
	for _, st := range v.StageList {
		if st.ID == lc.Stage {
			d.StageLabel = st.Label
		}
	}
	d.Toggle = toggleWhole(r.URL.Query(), d.Whole)
	s.render(w, r, http.StatusOK, "bill_law.html", "law.title", d)
}

type constituenciesData struct {
	Bill           projections.BillView
	Scrutins       []projections.ScrutinSummary
	Constituencies []projections.ConstituencyView
}

func (s *Site) billConstituencies(w http.ResponseWriter, r *http.Request) {
	id, v, ok := s.bill(w, r)
	if !ok {
		return
	}
	cs, scr, _ := s.cfg.Bills.Constituencies(id, "")
	s.render(w, r, http.StatusOK, "bill_constituencies.html", "bill.circo.all", constituenciesData{Bill: v, Scrutins: scr, Constituencies: cs})
}

// colon is the colon between a label and its value as each language
// writes it: in French after a no-break space (never alone at a line's
// start), in English tight ("Options: ").
func colon(l string) string {
	if l == "en" {
		return ": "
	}
	return "\u00a0: "
}
