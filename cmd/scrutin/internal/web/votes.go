package web

import (
	_ "embed"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/projections"
)

// departements.json: the départements as SVG paths, made by
// testdata/genmap.go from the IGN / france-geojson outlines.
//
//go:embed departements.json
var departementsJSON []byte

type mapShape struct {
	Code  string `json:"code"`
	Name  string `json:"name"`
	D     string `json:"d"`
	Inset string `json:"inset"` // Paris and the petite couronne, enlarged
}

var franceMap = func() (m struct {
	ViewBox      string     `json:"viewBox"`
	Departements []mapShape `json:"departements"`
}) {
	if err := json.Unmarshal(departementsJSON, &m); err != nil {
		panic(err)
	}
	return m
}()

func init() {
	for k, v := range voteMessages {
		messages[k] = v
	}
	// circo names a commune's constituency: "Ain, 1re circonscription".
	funcs["circo"] = func(l string, c communeRow) string {
		n := strconv.Itoa(c.Number)
		if l != "en" {
			if c.Number == 1 {
				n += "re"
			} else {
				n += "e"
			}
		}
		return fmt.Sprintf(tr(l, "register.circo"), c.DepNom, n)
	}
}

var voteMessages = map[string][2]string{
	"votes.title":         {"Votes en cours", "Open votes"},
	"votes.intro":         {"Chaque vote porte sur un texte à une étape de la procédure. Les votes ouverts sont en premier.", "Each vote is on a bill at one stage. Open votes come first."},
	"votes.none":          {"Aucun vote pour l'instant.", "No votes yet."},
	"votes.question":      {"Question", "Question"},
	"votes.status":        {"État", "Status"},
	"votes.closes":        {"Clôture", "Closes"},
	"votes.voters":        {"Votants", "Voters"},
	"status.open":         {"ouvert", "open"},
	"status.closing":      {"en clôture", "closing"},
	"status.upcoming":     {"à venir", "upcoming"},
	"status.closed":       {"clos, dépouillement en cours", "closed, being counted"},
	"status.tallied":      {"clos, résultats publiés", "closed, results published"},
	"vote.text":           {"Texte soumis au vote", "Text put to the vote"},
	"stake.title":         {"Ce qui est en jeu", "What is at stake"},
	"stake.version":       {"dans sa version", "in its version"},
	"stake.expose":        {"Exposé des motifs", "Explanatory memorandum"},
	"stake.expose.none":   {"Les données publiques importées ne contiennent pas l'exposé des motifs de ce texte.", "The imported public data does not hold this bill's explanatory memorandum."},
	"stake.source":        {"Lire le texte à sa source", "Read the bill at its source"},
	"stake.bill":          {"Lire le texte", "Read the bill"},
	"stake.law":           {"Ce que le texte change dans la loi en vigueur", "What the bill changes in the law in force"},
	"stake.law.n":         {"%d articles de loi touchés", "%d articles of law affected"},
	"stake.law.n.one":     {"%d article de loi touché", "%d article of law affected"},
	"stake.law.all":       {"Comparer la loi en vigueur et la loi modifiée, article par article", "Compare the law in force with the law as amended, article by article"},
	"stake.law.none":      {"Aucun article de loi en vigueur connu du site n'est modifié par ce texte.", "No article of the law in force known to the site is changed by this bill."},
	"stake.adopted":       {"Amendements adoptés", "Adopted amendments"},
	"stake.adopted.n":     {"%d amendements adoptés au cours de la navette, dont :", "%d amendments adopted along the way, among them:"},
	"stake.adopted.n.one": {"%d amendement adopté au cours de la navette :", "%d amendment adopted along the way:"},
	"stake.adopted.all":   {"Voir tous les amendements adoptés", "See all adopted amendments"},
	"stake.adopted.none":  {"Aucun amendement adopté n'est enregistré pour ce texte.", "No adopted amendment is recorded for this bill."},
	"tech.title":          {"Détails techniques", "Technical details"},
	"tech.vote":           {"Identifiant du vote", "Vote id"},
	"tech.stage":          {"Identifiant de l'étape", "Stage id"},
	"tech.election":       {"Cérémonie de clés", "Key ceremony"},
	"tech.help":           {"L'empreinte engage le vote sur ce texte exact : chacun peut la recalculer et vérifier le journal.", "The hash binds the vote to this exact text: anyone can recompute it and check the log."},
	"vote.stage":          {"étape", "stage"},
	"vote.hash":           {"Empreinte SHA-256 du texte", "SHA-256 of the text"},
	"vote.window":         {"Ouvert du %s au %s", "Open from %s to %s"},
	"vote.options":        {"Choix possibles", "Options"},
	"vote.turnout":        {"Participation", "Turnout"},
	"vote.turnout.n":      {"bulletins comptés", "ballots counted"},
	"vote.live":           {"Mise à jour automatique toutes les 5 secondes.", "Updated every 5 seconds."},
	"vote.results":        {"Résultats", "Results"},
	"vote.option":         {"Choix", "Option"},
	"vote.count":          {"Voix", "Votes"},
	"vote.share":          {"Part", "Share"},
	"vote.map":            {"Carte par département", "Map by département"},
	"vote.map.turnout":    {"Teinte : nombre de votants (plus foncé = plus de votants).", "Shade: number of voters (darker = more)."},
	"vote.map.result":     {"Teinte : part de « %s » parmi les voix (plus foncé = plus élevée).", "Shade: share of “%s” among the votes (darker = higher)."},
	"vote.table":          {"Tableau par département", "Table by département"},
	"vote.table.none":     {"Aucun bulletin compté pour l'instant.", "No ballot counted yet."},
	"vote.dep":            {"Département", "Département"},
	"vote.download":       {"Télécharger les données", "Download the data"},
	"vote.unmapped":       {"Regroupés hors carte (petits effectifs, Français de l'étranger) : %d", "Grouped off the map (small groups, French residents abroad): %d"},
	"vote.box":            {"Voter", "Vote"},
	"vote.jump":           {"Aller au vote", "Go to the vote"},
	"vote.box.intro":      {"Votre bulletin est chiffré dans ce navigateur avant d'être envoyé : le serveur ne voit jamais votre choix. Vous pouvez revoter : seul le dernier bulletin compte.", "Your ballot is encrypted in this browser before it is sent: the server never sees your choice. You can vote again: only the last ballot counts."},
	"vote.box.nojs":       {"Le vote chiffre votre bulletin dans le navigateur : il faut JavaScript. Tout le reste du site fonctionne sans.", "Voting encrypts your ballot in the browser, which needs JavaScript. The rest of the site works without it."},
	"vote.box.noid":       {"Aucun identifiant de vote sur cet appareil.", "No voting ID on this device."},
	"vote.box.register":   {"S'inscrire ou importer un identifiant", "Register or import a voting ID"},
	"vote.box.id":         {"Identifiant de vote de cet appareil :", "This device's voting ID:"},
	"vote.box.submit":     {"Chiffrer et envoyer mon bulletin", "Encrypt and send my ballot"},
	"vote.box.closed":     {"Ce vote n'est pas ouvert.", "This vote is not open."},
	"vote.box.start":      {"Commencer à voter", "Start voting"},
	"vote.embed":          {"Intégrer ce vote sur un autre site", "Embed this vote on another site"},
	"vote.embed.help":     {"Collez l'une de ces lignes dans une page. Le bouton ouvre cette page-ci : votre identifiant ne quitte jamais ce site.", "Paste one of these lines into a page. The button opens this page: your voting ID never leaves this site."},
	"register.title":      {"Inscription et identifiant", "Registration and voting ID"},
	"register.intro":      {"Pour voter, cet appareil crée votre identifiant de vote. Sa partie secrète reste sur cet appareil et n'est jamais envoyée ; seule sa partie publique est inscrite, avec votre circonscription.", "To vote, this device makes your voting ID. Its secret part stays on this device and is never sent; only its public part is registered, with your constituency."},
	"register.where":      {"1. Où votez-vous ?", "1. Where do you vote?"},
	"register.commune":    {"Votre commune ou votre code postal (à l'étranger : la ville de votre consulat)", "Your commune or your postcode (abroad: the city of your consulate)"},
	"register.search":     {"Chercher", "Search"},
	"register.pick":       {"Choisissez votre circonscription", "Choose your constituency"},
	"register.nomatch":    {"Aucune commune ne correspond. Vérifiez l'orthographe, ou choisissez votre circonscription dans la liste ci-dessous.", "No commune matches. Check the spelling, or choose your constituency from the list below."},
	"register.more":       {"D'autres communes correspondent : précisez le nom.", "More communes match: type more of the name."},
	"register.partial":    {"Une commune « en partie » est partagée entre plusieurs circonscriptions : celle de votre adresse figure sur votre carte électorale.", "A commune “in part” is split between several constituencies: your voter card shows the one for your address."},
	"register.inpart":     {"en partie", "in part"},
	"register.circo":      {"%s, %s circonscription", "%s, constituency %s"},
	"register.source":     {"Communes de chaque circonscription : découpage de 2010, en vigueur depuis 2012 ; codes postaux : INSEE et DGFiP (données publiques, voir la documentation).", "Communes of each constituency: the 2010 boundaries, in force since 2012; postcodes: INSEE and DGFiP (public data, see the documentation)."},
	"register.known":      {"Je connais le code de ma circonscription", "I know my constituency's code"},
	"register.choose":     {"— choisir —", "— choose —"},
	"register.make":       {"2. Créer mon identifiant", "2. Make my voting ID"},
	"register.nodistrict": {"Choisissez d'abord votre circonscription (étape 1).", "Choose your constituency first (step 1)."},
	"register.demo":       {"Démonstration : l'inscription est déclarative, sans vérification d'identité. En production, un organisme d'inscription vérifie l'identité de l'électeur avant d'inscrire son identifiant.", "Demo: registration is self-declared, with no identity check. In production, a registrar checks the voter's identity before registering their voting ID."},
	"register.district":   {"Votre circonscription", "Your constituency"},
	"register.submit":     {"Créer mon identifiant et m'inscrire", "Make my voting ID and register"},
	"register.have":       {"Identifiant de cet appareil", "This device's voting ID"},
	"register.none":       {"Aucun pour l'instant.", "None yet."},
	"register.export":     {"Exporter (fichier)", "Export (file)"},
	"register.import":     {"Importer un identifiant", "Import a voting ID"},
	"register.import.l":   {"Contenu du fichier exporté", "Contents of the exported file"},
	"register.import.b":   {"Importer", "Import"},
	"register.forget":     {"Oublier l'identifiant sur cet appareil", "Forget the voting ID on this device"},
	"register.devices":    {"Plusieurs appareils : exportez l'identifiant dans un fichier, gardez-le en lieu sûr (il permet de voter à votre place), puis importez-le sur l'autre appareil.", "Several devices: export the voting ID to a file, keep it safe (it lets anyone vote in your name), then import it on the other device."},
	"register.import.f":   {"Choisir le fichier exporté (scrutin-identifiant.json)", "Choose the exported file (scrutin-identifiant.json)"},
	"register.passkey":    {"Avec une clé d'accès : votre gestionnaire de clés d'accès (celui de votre téléphone, de votre ordinateur ou de votre navigateur) la garde et la copie sur vos autres appareils. Sur l'un d'eux, « Retrouver mon identifiant avec ma clé d'accès » redonne le même identifiant, sans fichier. Qui peut utiliser votre clé d'accès peut voter à votre place : protégez-la par le verrouillage de l'appareil.", "With a passkey: your passkey manager (your phone's, your computer's or your browser's) keeps it and copies it to your other devices. On any of them, “Get my voting ID back with my passkey” gives the same voting ID, with no file. Whoever can use your passkey can vote in your name: protect it with the device's screen lock."},
	"register.where.kept": {"Dans tous les cas, l'identifiant est aussi gardé dans ce navigateur pour voter ; effacer les données du site l'efface ici. Sans clé d'accès ni fichier exporté, il est alors perdu.", "In every case, the voting ID is also kept in this browser to vote; clearing the site's data erases it here. Without a passkey or an exported file, it is then lost."},
	"passkey.use":         {"Garder mon identifiant dans une clé d'accès, pour le retrouver sur mes autres appareils", "Keep my voting ID in a passkey, to get it back on my other devices"},
	"passkey.use.help":    {"Votre appareil vous demandera de confirmer (empreinte, visage ou code de déverrouillage). Le site ne reçoit ni votre clé d'accès ni la partie secrète de l'identifiant.", "Your device will ask you to confirm (fingerprint, face or unlock code). The site receives neither your passkey nor the secret part of the voting ID."},
	"passkey.get.intro":   {"Vous avez créé votre identifiant avec une clé d'accès sur un autre appareil ? Votre gestionnaire de clés d'accès la propose ici.", "Did you make your voting ID with a passkey on another device? Your passkey manager offers it here."},
	"passkey.noseed":      {"Ne pas garder mon identifiant sur cet appareil : ma clé d'accès me sera demandée à chaque vote", "Don't keep my voting ID on this device: my passkey will be asked for at each vote"},
	"passkey.noseed.help": {"Plus sûr sur un appareil partagé : la partie secrète de l'identifiant n'est jamais enregistrée dans ce navigateur. Il garde seulement la partie publique, pour « Mes votes ».", "Safer on a shared device: the secret part of the voting ID is never stored in this browser. It keeps only the public part, for “My votes”."},
	"passkey.noseed.note": {"La partie secrète de cet identifiant n'est pas gardée sur cet appareil : votre clé d'accès vous est demandée à chaque vote. Pour l'utiliser ailleurs, « Retrouver mon identifiant avec ma clé d'accès ».", "The secret part of this voting ID is not kept on this device: your passkey is asked for at each vote. To use it elsewhere, “Get my voting ID back with my passkey”."},
	"passkey.get":         {"Retrouver mon identifiant avec ma clé d'accès", "Get my voting ID back with my passkey"},
	"register.help":       {"Questions fréquentes", "Questions"},
	"register.lost":       {"Perte ou vol : si vous n'avez plus ni cet appareil, ni le fichier, ni la clé d'accès, ou si quelqu'un d'autre a pu s'en servir, demandez à l'organisme d'inscription de révoquer l'ancien identifiant, puis inscrivez-en un nouveau. Les bulletins de l'ancien identifiant cessent de compter : votez de nouveau avec le nouveau.", "Lost or stolen: if you no longer have this device, the file or the passkey, or if someone else may have used them, ask the registrar to revoke the old voting ID, then register a new one. The old voting ID's ballots stop counting: vote again with the new one."},
	"receipt.back":        {"Retour au vote", "Back to the vote"},
	"demo.tag":            {"DÉMO", "DEMO"},
}

// voteView is a vote as the pages show it.
type voteView struct {
	ID, Bill, Stage, Question, Election, TextHash string
	ElectionKey                                   string // hex, as the API's election_key: the vote page encrypts with it
	Options                                       []string
	Status                                        string
	Opens, Closes                                 time.Time
	Voters                                        uint64
	Position                                      uint64
	Deps                                          []depRow
	Results                                       []optionResult // once tallied
	Unmapped                                      uint64         // tallied voters in groups spanning several départements
	Max                                           uint64
}

type depRow struct {
	Code, Name string
	Voters     uint64
	Counts     []uint64 // once tallied
	Shade      int      // 0 (none) to 5
}

type optionResult struct {
	Name  string
	Count uint64
	Pct   string
}

func status(now time.Time, v *domain.VoteState) string {
	switch {
	case v.Tally != nil:
		return "tallied"
	case v.Closed:
		return "closed"
	case now.Before(v.Opened.Opens):
		return "upcoming"
	case now.Before(v.Opened.Closes):
		return "open"
	}
	return "closing"
}

var depNames = func() map[string]string {
	m := map[string]string{}
	for _, d := range domain.Districts() {
		m[d.Departement] = d.DepartementNom
	}
	for _, d := range franceMap.Departements {
		m[d.Code] = d.Name
	}
	return m
}()

// view builds a vote's view; with detail, its turnout and results by
// département.
func (s *Site) view(st *domain.State, v *domain.VoteState, detail bool) voteView {
	o := v.Opened
	out := voteView{ID: string(o.Vote), Bill: string(o.Bill), Stage: o.Stage, Question: o.Question, Election: string(o.Election),
		TextHash: hex.EncodeToString(o.TextHash[:]), ElectionKey: hex.EncodeToString(v.Key.Bytes()), Options: o.Options, Status: status(s.cfg.Now(), v),
		Opens: o.Opens, Closes: o.Closes, Voters: uint64(len(st.Counted(v))), Position: st.Position()}
	if !detail {
		return out
	}
	rows := map[string]*depRow{}
	row := func(code string) *depRow {
		r, ok := rows[code]
		if !ok {
			r = &depRow{Code: code, Name: depNames[code]}
			rows[code] = r
		}
		return r
	}
	for _, d := range franceMap.Departements {
		row(d.Code)
	}
	for d, n := range st.Turnout(v) {
		info, _ := domain.LookupDistrict(d)
		row(info.Departement).Voters += n
	}
	if v.Tally != nil {
		totals := make([]uint64, len(o.Options))
		for _, g := range v.Tally.Groups {
			dep := ""
			for i, d := range g.Districts {
				info, _ := domain.LookupDistrict(d)
				if i == 0 {
					dep = info.Departement
				} else if info.Departement != dep {
					dep = ""
					break
				}
			}
			for i, c := range g.Counts {
				if i < len(totals) {
					totals[i] += c
				}
			}
			if dep == "" {
				out.Unmapped += g.Voters
				continue
			}
			r := row(dep)
			if r.Counts == nil {
				r.Counts = make([]uint64, len(o.Options))
			}
			for i, c := range g.Counts {
				if i < len(r.Counts) {
					r.Counts[i] += c
				}
			}
		}
		var sum uint64
		for _, c := range totals {
			sum += c
		}
		for i, name := range o.Options {
			out.Results = append(out.Results, optionResult{Name: name, Count: totals[i], Pct: pct(totals[i], sum)})
		}
	}
	for _, r := range rows {
		if r.Voters > out.Max {
			out.Max = r.Voters
		}
	}
	for _, r := range rows {
		r.Shade = shade(r, out.Max)
		out.Deps = append(out.Deps, *r)
	}
	sort.Slice(out.Deps, func(i, j int) bool { return out.Deps[i].Code < out.Deps[j].Code })
	return out
}

// shade is a département's class: by turnout relative to the busiest
// while open, by the first option's share once tallied.
func shade(r *depRow, max uint64) int {
	if r.Counts != nil {
		var sum uint64
		for _, c := range r.Counts {
			sum += c
		}
		if sum == 0 {
			return 0
		}
		return 1 + int(4*r.Counts[0]/sum)
	}
	if r.Voters == 0 || max == 0 {
		return 0
	}
	return 1 + int(4*r.Voters/max)
}

func pct(n, of uint64) string {
	if of == 0 {
		return "–"
	}
	return strconv.FormatFloat(100*float64(n)/float64(of), 'f', 1, 64) + " %"
}

// mountVotes adds the vote pages.
func (s *Site) mountVotes(r chi.Router) {
	r.Get("/votes", s.votes)
	r.Get("/votes/{vote}", s.vote)
	r.Get("/votes/{vote}/departements.csv", s.voteCSV)
	r.Get("/votes/{vote}/departements.json", s.voteJSON)
	r.Get("/inscription", s.register)
	r.Get("/inscription/communes", communesJSON)
	s.mountReceipts(r)
	r.Get("/api/v1/openapi.json", openAPI)
	s.mountEmbed(r)
	s.mountAudit(r)
}

func (s *Site) votes(w http.ResponseWriter, r *http.Request) {
	var list []homeVote
	s.cfg.App.View(func(st *domain.State) {
		for _, v := range st.Votes {
			list = append(list, homeVote{voteView: s.view(st, v, false)})
		}
	})
	for i := range list {
		list[i].BillTitle = s.billTitle(domain.BillID(list[i].Bill))
	}
	sortVotes(list)
	s.render(w, r, http.StatusOK, "votes.html", "votes.title", list)
}

// statusRank orders a vote's status for a citizen: open to ballots
// ("open", and "closing" until the trustees close it), then about to open,
// then past.
var statusRank = map[string]int{"open": 0, "closing": 1, "upcoming": 2, "closed": 3, "tallied": 4}

// castable says whether ballots can still be cast in a vote of that status.
func castable(status string) bool {
	r, ok := statusRank[status]
	return ok && r <= statusRank["closing"]
}

// sortVotes puts the votes a citizen can act on first, each status by its
// closing time.
func sortVotes(list []homeVote) {
	sort.Slice(list, func(i, j int) bool {
		if statusRank[list[i].Status] != statusRank[list[j].Status] {
			return statusRank[list[i].Status] < statusRank[list[j].Status]
		}
		return list[i].Closes.Before(list[j].Closes)
	})
}

// findVote runs fn on the vote named in the URL; false if there is none.
func (s *Site) findVote(r *http.Request, detail bool) (voteView, bool) {
	id := domain.VoteID(chi.URLParam(r, "vote"))
	var out voteView
	found := false
	s.cfg.App.View(func(st *domain.State) {
		if v, ok := st.Votes[id]; ok {
			found = true
			out = s.view(st, v, detail)
		}
	})
	return out, found
}

func (s *Site) voteNotFound(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusNotFound, "vote_notfound.html", "error.notfound", nil)
}

type votePage struct {
	voteView
	Map                   []mapCell
	ViewBox               string
	Origin                string
	BillTitle, StageLabel string
	Stake                 stake
}

// stake is what the vote is about, from the bill's data: its source, what
// it changes in the law in force (the comparison's main changes), the
// adopted amendments, the partners' positions.
type stake struct {
	Kind, Source string
	Law          []projections.LawArticle // the first stakeLaw changed code articles
	LawTotal     int
	LawCounts    map[string]int // by status: modified, created, repealed
	Adopted      []projections.AmendmentView
	AdoptedTotal int
	Positions    []partnerPosition
	Moderated    []partnerPosition
}

// How many changed articles and adopted amendments the vote page lists
// before linking to the full views.
const stakeLaw, stakeAdopted = 6, 5

func (s *Site) stake(bill domain.BillID, stage string) stake {
	var k stake
	s.viewState(func(st *domain.State) { k.Positions, k.Moderated = positions(st, bill) })
	if s.cfg.Bills == nil {
		return k
	}
	if b, ok := s.cfg.Bills.Bill(bill); ok {
		k.Kind, k.Source = b.Kind, b.Source
	}
	if lc, ok := s.cfg.Bills.Law(bill, stage); ok {
		k.LawTotal, k.LawCounts = len(lc.Articles), map[string]int{}
		// The law in force changed first, then repealed, then created.
		rank := map[string]int{"modified": 0, "repealed": 1, "created": 2}
		arts := append([]projections.LawArticle(nil), lc.Articles...)
		sort.SliceStable(arts, func(i, j int) bool { return rank[arts[i].Status] < rank[arts[j].Status] })
		for i, a := range arts {
			k.LawCounts[a.Status]++
			if i < stakeLaw {
				a.Before, a.After, a.Ops = nil, nil, nil
				k.Law = append(k.Law, a)
			}
		}
	}
	am, _ := s.cfg.Bills.Amendments(bill, "", false)
	for _, g := range am {
		for _, a := range g.Amendments {
			if a.Outcome == "adopted" {
				k.AdoptedTotal++
				if len(k.Adopted) < stakeAdopted {
					k.Adopted = append(k.Adopted, a)
				}
			}
		}
	}
	return k
}

type mapCell struct {
	Code, Name, D, Inset string
	Shade                int
	Voters               uint64
}

func (s *Site) vote(w http.ResponseWriter, r *http.Request) {
	v, ok := s.findVote(r, true)
	if !ok {
		s.voteNotFound(w, r)
		return
	}
	p := votePage{voteView: v, ViewBox: franceMap.ViewBox, Origin: origin(r), StageLabel: v.Stage}
	p.Stake = s.stake(domain.BillID(v.Bill), v.Stage)
	if s.cfg.Bills != nil {
		if b, ok := s.cfg.Bills.Bill(domain.BillID(v.Bill)); ok {
			p.BillTitle = b.Title
			for _, st := range b.StageList {
				if st.ID == v.Stage {
					p.StageLabel = st.Label
				}
			}
		}
	}
	byCode := map[string]depRow{}
	for _, d := range v.Deps {
		byCode[d.Code] = d
	}
	for _, d := range franceMap.Departements {
		p.Map = append(p.Map, mapCell{Code: d.Code, Name: d.Name, D: d.D, Inset: d.Inset, Shade: byCode[d.Code].Shade, Voters: byCode[d.Code].Voters})
	}
	s.render(w, r, http.StatusOK, "vote.html", v.Question, p)
}

// origin is the platform's origin as the client reached it.
func origin(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https" {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

func (s *Site) voteCSV(w http.ResponseWriter, r *http.Request) {
	v, ok := s.findVote(r, true)
	if !ok {
		s.voteNotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", v.ID+"-departements.csv"))
	cw := csv.NewWriter(w)
	head := []string{"departement", "nom", "votants"}
	if v.Results != nil {
		head = append(head, v.Options...)
	}
	cw.Write(head)
	for _, d := range v.Deps {
		rec := []string{d.Code, d.Name, strconv.FormatUint(d.Voters, 10)}
		if v.Results != nil {
			for i := range v.Options {
				n := uint64(0)
				if d.Counts != nil {
					n = d.Counts[i]
				}
				rec = append(rec, strconv.FormatUint(n, 10))
			}
		}
		cw.Write(rec)
	}
	cw.Flush()
}

func (s *Site) voteJSON(w http.ResponseWriter, r *http.Request) {
	v, ok := s.findVote(r, true)
	if !ok {
		s.voteNotFound(w, r)
		return
	}
	type dep struct {
		Code   string   `json:"departement"`
		Name   string   `json:"nom"`
		Voters uint64   `json:"votants"`
		Counts []uint64 `json:"counts,omitempty"`
	}
	out := struct {
		Vote     string   `json:"vote"`
		Status   string   `json:"status"`
		Options  []string `json:"options"`
		Voters   uint64   `json:"voters"`
		Unmapped uint64   `json:"unmapped,omitempty"`
		Position uint64   `json:"position"`
		Deps     []dep    `json:"departements"`
	}{Vote: v.ID, Status: v.Status, Options: v.Options, Voters: v.Voters, Unmapped: v.Unmapped, Position: v.Position}
	for _, d := range v.Deps {
		out.Deps = append(out.Deps, dep{d.Code, d.Name, d.Voters, d.Counts})
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Access-Control-Allow-Origin", "*")
	json.NewEncoder(w).Encode(out)
}

type registerPage struct {
	Next      string
	Districts []domain.DistrictInfo
	OIDC      string          // the identity provider's label; empty without (registrar.go)
	Result    *registerResult // back from the identity provider
	// The search by commune (communes.go): the query, its answers.
	Commune string
	Matches []communeRow
	More    bool
	Partial bool            // a match is split between constituencies
	Maps    []template.HTML // the split communes' maps (circomap.go)
}

func (s *Site) registerPage(next string) registerPage {
	p := registerPage{Next: next, Districts: domain.Districts()}
	if s.cfg.Registrar != nil {
		p.OIDC = s.cfg.Registrar.Label()
	}
	return p
}

func (s *Site) register(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	if !strings.HasPrefix(next, "/votes/") {
		next = ""
	}
	p := s.registerPage(next)
	p.Commune = strings.TrimSpace(r.URL.Query().Get("commune"))
	if p.Commune != "" {
		p.Matches, p.More = communes.search(p.Commune)
		for _, m := range p.Matches {
			p.Partial = p.Partial || m.Partial
		}
		p.Maps = communeMaps(lang(r), p.Matches)
	}
	s.render(w, r, http.StatusOK, "register.html", "register.title", p)
}

// openAPI serves the API's description, static/openapi.json.
func openAPI(w http.ResponseWriter, r *http.Request) {
	b, err := fs.ReadFile(files, "static/openapi.json")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Access-Control-Allow-Origin", "*")
	w.Write(b)
}

func (p votePage) oembed() string {
	return p.Origin + "/oembed?format=json&url=" + url.QueryEscape(p.Origin+"/votes/"+p.ID)
}
