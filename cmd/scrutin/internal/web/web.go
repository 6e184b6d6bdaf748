// Package web serves Scrutin's pages: server-rendered HTML in French (and
// English), accessible (RGAA / WCAG 2.1 AA), light, without tracking and
// working without JavaScript except where the vote itself needs it (the
// ballot is encrypted in the browser). Everything a page shows comes from
// the same read models as the JSON API.
//
// Files by concept: web.go (router, layout, language), bills.go (bills,
// diffs, amendments, the law in force), votes.go (votes, registration,
// the vote flow, receipts, results, the map), embed.go (the vote button
// for other sites), audit.go (the audit page).
package web

import (
	"bytes"
	"embed"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/go-chi/chi/v5"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/app"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/ledger"
	"github.com/scrutin/scrutin/domain/law"
	"github.com/scrutin/scrutin/projections"
)

//go:embed templates static
var files embed.FS

// Config is what the pages read from.
type Config struct {
	App    *app.App
	Ledger *ledger.Ledger
	Runner *projections.Runner
	Bills  *projections.Bills // a projection of Runner
	// Demo labels every page: registration is self-declared.
	Demo bool
	Now  func() time.Time
	Log  *slog.Logger
	// Registrar completes identity-checked registrations (registrar.go).
	// Optional: demo registration only.
	Registrar Registrar
	// History tells what changed on bills and amendments (feed.Feeds), for
	// the pages' revision history. Optional: no history shown.
	History History
}

// Site is the web front end.
type Site struct {
	cfg  Config
	tmpl *template.Template
}

// New returns the pages' handler. It serves /, the pages, and /static/.
func New(cfg Config) (*Site, error) {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	t, err := template.New("").Funcs(funcs).ParseFS(files, "templates/*.html")
	if err != nil {
		return nil, err
	}
	return &Site{cfg: cfg, tmpl: t}, nil
}

// Mount adds the pages to r.
func (s *Site) Mount(r chi.Router) {
	static, _ := fs.Sub(files, "static")
	r.Handle("/static/*", http.StripPrefix("/static/", cacheStatic(http.FileServer(http.FS(static)))))
	r.Get("/", s.home)
	s.mountBills(r)
	s.mountVotes(r)
	s.mountRegistrar(r)
	s.mountRegistration(r)
}

func cacheStatic(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		h.ServeHTTP(w, r)
	})
}

// Page is what every template gets.
type Page struct {
	Lang  string // "fr" or "en"
	Title string
	Demo  bool
	Path  string
	Data  any
	// OEmbed is the page's oEmbed discovery URL, if any: data that has one
	// implements oembedder (votes.go).
	OEmbed string
}

type oembedder interface{ oembed() string }

// billPage is the data of a page about one bill: its title names the bill
// ("Amendements — Projet de loi favorisant … · Scrutin"), so that a
// browser's tabs, history and a screen reader tell one bill's pages from
// another's (WCAG 2.4.2, Page Titled).
type billPage interface{ billTitle() string }

func (d billPageData) billTitle() string       { return d.Bill.Title }
func (d diffData) billTitle() string           { return d.Bill.Title }
func (d amendmentsData) billTitle() string     { return d.Bill.Title }
func (d lawData) billTitle() string            { return d.Bill.Title }
func (d constituenciesData) billTitle() string { return d.Bill.Title }
func (d pendingData) billTitle() string        { return d.Bill.Title }

// upFirst writes a title as a heading starts, with a capital: La Fabrique
// titles a bill "projet de loi favorisant …", lower case, as a phrase.
func upFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// clipTitle shortens a long title where a short one is enough (a
// breadcrumb, a line of news): at most max characters, cut after a whole
// word, with "…". The page the link leads to gives the whole title.
func clipTitle(max int, s string) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	cut, n := 0, 0
	for i := range s {
		if n > max-1 {
			break
		}
		if s[i] == ' ' {
			cut = i
		}
		n++
	}
	if cut == 0 {
		return s
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

// lang picks the page's language: ?lang=, else the Accept-Language header,
// else French.
func lang(r *http.Request) string {
	if l := r.URL.Query().Get("lang"); l == "en" || l == "fr" {
		return l
	}
	al := r.Header.Get("Accept-Language")
	fr, en := strings.Index(al, "fr"), strings.Index(al, "en")
	if en >= 0 && (fr < 0 || en < fr) {
		return "en"
	}
	return "fr"
}

// render writes a page with the layout. title is a message key.
func (s *Site) render(w http.ResponseWriter, r *http.Request, status int, name, title string, data any) {
	l := lang(r)
	p := Page{Lang: l, Title: tr(l, title), Demo: s.cfg.Demo, Path: r.URL.Path, Data: data}
	if b, ok := data.(billPage); ok {
		p.Title += " — " + upFirst(b.billTitle())
	}
	if o, ok := data.(oembedder); ok {
		p.OEmbed = o.oembed()
	}
	// The page is built whole before a byte is sent: a template's error
	// gives a 500, never half a page under a 200.
	var buf bytes.Buffer
	if err := s.tmpl.ExecuteTemplate(&buf, name, p); err != nil {
		s.cfg.Log.Error("couldn't render page", "page", name, "err", err)
		http.Error(w, tr(l, "error.render"), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if w.Header().Get("Content-Security-Policy") == "" { // a handler may set its own (embed.go)
		w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'")
	}
	w.Header().Set("Referrer-Policy", "same-origin")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = buf.WriteTo(w)
}

var funcs = template.FuncMap{
	"t": tr,
	"snippets": func(origin, vote, question string) []string {
		a, b := embedSnippets(origin, vote, question)
		return []string{a, b}
	},
	"day":     calendarDay,
	"upfirst": upFirst,
	"clip":    clipTitle,
	"sub":     func(a, b int) int { return a - b },
	// votetitle drops from a vote's title the bill the page is about.
	"votetitle": func(title, bill string) string { return law.ShortVoteTitle(title, bill) },
	"tn":        tn,
	"date": func(l string, t time.Time) string {
		if t.IsZero() {
			return ""
		}
		if l == "en" {
			return t.Format("2 January 2006")
		}
		return t.Format("02/01/2006")
	},
}

// tn translates a message key for a count n: key + ".one" when n is
// singular and that message exists (French: 0 and 1, "0 amendement";
// English: 1 alone), key otherwise — "1 étape", "2 étapes", never "1
// étapes" nor "étape(s)".
func tn(lang, key string, n int) string {
	one := n == 1 || (lang != "en" && n == 0)
	if _, ok := messages[key+".one"]; ok && one {
		return tr(lang, key+".one")
	}
	return tr(lang, key)
}

// tr translates a message key; unknown keys show as themselves, so a
// missing translation is visible, never silent.
func tr(lang, key string) string {
	if m, ok := messages[key]; ok {
		if lang == "en" && m[1] != "" {
			return m[1]
		}
		return m[0]
	}
	return key
}

// messages: key → {French, English}. Each file adds its own in an init.
var messages = map[string][2]string{
	"site.name":      {"Scrutin", "Scrutin"},
	"site.tagline":   {"Lire les textes, comparer la loi, voter, vérifier.", "Read the bills, compare the law, vote, verify."},
	"nav.bills":      {"Textes", "Bills"},
	"nav.votes":      {"Votes", "Votes"},
	"nav.audit":      {"Vérifier", "Audit"},
	"nav.skip":       {"Aller au contenu", "Skip to content"},
	"nav.lang":       {"English", "Français"},
	"demo.banner":    {"Mode démonstration : l'inscription est déclarative, les résultats n'ont aucune valeur.", "Demo mode: registration is self-declared, results carry no weight."},
	"home.title":     {"Accueil", "Home"},
	"home.intro":     {"Scrutin permet à chacun de lire les projets et propositions de loi, de comparer la loi en vigueur avec la loi telle que le texte la modifierait, et de voter Pour, Contre ou Abstention avant le vote des parlementaires. Chaque texte et chaque bulletin est inscrit dans un journal public vérifiable.", "Scrutin lets everyone read bills, compare the law in force with the law as the bill would change it, and vote For, Against or Abstain before parliament votes. Every text and every ballot is written in a public, verifiable log."},
	"footer.log":     {"Journal public et vérifiable", "Public, verifiable log"},
	"footer.notrack": {"Aucun traceur, aucun cookie publicitaire.", "No trackers, no advertising cookies."},
	"error.notfound": {"Page introuvable", "Page not found"},
	"error.generic":  {"Une erreur est survenue", "Something went wrong"},
	"error.render":   {"La page n'a pas pu être construite : l'erreur est enregistrée côté serveur.", "The page could not be built: the error is logged on the server."},
}

// frenchMonths are the months as French writes them.
var frenchMonths = [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}

// calendarDay writes a day ("2030-01-01") as the language writes it:
// "1er janvier 2030", "1 January 2030"; not a day, as it is.
func calendarDay(l, day string) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return day
	}
	if l == "en" {
		return t.Format("2 January 2006")
	}
	d := strconv.Itoa(t.Day())
	if d == "1" {
		d = "1er"
	}
	return d + " " + frenchMonths[t.Month()-1] + " " + strconv.Itoa(t.Year())
}
