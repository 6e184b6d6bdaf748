package web

import (
	"context"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"
)

// The vote button for other sites. A host page adds one line,
//
//	<script src="https://scrutin.example/embed.js" data-vote="demo-hadopi" async></script>
//
// and embed.js puts an <iframe> of /embed/{vote} in its place: the
// question, the live turnout, and a button that opens the platform's own
// vote page in a new tab. The credential never lives in the host page (its
// storage would be partitioned anyway): the voter votes on this origin.
// Sites that take no scripts paste the <iframe> itself, and CMSs find it
// from a vote page's link through oEmbed (/oembed?url=…).

func init() {
	for k, v := range map[string][2]string{
		"embed.button":  {"Voter sur Scrutin", "Vote on Scrutin"},
		"embed.see":     {"Voir le vote sur Scrutin", "See the vote on Scrutin"},
		"embed.results": {"Voir les résultats sur Scrutin", "See the results on Scrutin"},
		"embed.newtab":  {"(s'ouvre dans un nouvel onglet)", "(opens in a new tab)"},
		"embed.turnout": {"bulletins comptés", "ballots counted"},
		"embed.missing": {"Ce vote n'existe pas ou n'existe plus.", "This vote does not exist, or no longer does."},
		"embed.all":     {"Voir les votes sur Scrutin", "See the votes on Scrutin"},
		"embed.title":   {"Scrutin : vote", "Scrutin: vote"},
	} {
		messages[k] = v
	}
}

const embedWidth, embedHeight = 480, 200

func (s *Site) mountEmbed(r chi.Router) {
	r.Get("/embed.js", embedJS)
	r.Get("/embed/{vote}", s.embedFrame)
	r.Get("/oembed", s.oembed)
}

// embedScript puts the iframe in place of the script tag and follows the
// frame's messages (static/frame.js): its height, so the frame fits its
// content, and its title, the vote's question. Only messages from the
// platform's origin and from that very frame are heeded.
var embedScript = `// Scrutin vote button: <script src="…/embed.js" data-vote="VOTE-ID" async></script>
(function () {
  var scripts = document.querySelectorAll('script[data-vote]');
  for (var i = 0; i < scripts.length; i++) {
    var s = scripts[i];
    if (s.dataset.scrutinDone || !/\/embed\.js(\?|$)/.test(s.src)) continue;
    s.dataset.scrutinDone = '1';
    var origin = new URL(s.src, location.href).origin;
    var f = document.createElement('iframe');
    var q = s.dataset.lang ? '?lang=' + encodeURIComponent(s.dataset.lang) : '';
    f.src = origin + '/embed/' + encodeURIComponent(s.dataset.vote) + q;
    f.title = s.dataset.title || 'Scrutin';
    f.width = '` + strconv.Itoa(embedWidth) + `';
    f.height = '` + strconv.Itoa(embedHeight) + `';
    f.style.cssText = 'border:1px solid #c8cbd0;border-radius:6px;max-width:100%';
    f.loading = 'lazy';
    s.parentNode.insertBefore(f, s.nextSibling);
    follow(f, origin, !s.dataset.title);
  }
  function follow(f, origin, retitle) {
    window.addEventListener('message', function (e) {
      var d = e.data;
      if (e.origin !== origin || e.source !== f.contentWindow || !d || d.type !== 'scrutin:embed') return;
      if (d.height > 0 && d.height < 2000) f.height = String(Math.ceil(d.height));
      if (retitle && typeof d.title === 'string' && d.title) f.title = d.title;
    });
  }
})();
`

func embedJS(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=300")
	w.Header().Set("Access-Control-Allow-Origin", "*")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Write([]byte(embedScript))
}

// embedCSP lets any site frame the widget, and nothing else.
const embedCSP = "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:; frame-ancestors *"

// embedFrame is the widget: the question, the live turnout while open, the
// results once tallied, a link to the platform's page. An unknown vote
// gets a card that can be framed too (404), not the site's error page.
func (s *Site) embedFrame(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Security-Policy", embedCSP)
	w.Header().Set("Referrer-Policy", "no-referrer")
	v, ok := s.findVote(r, true)
	if !ok {
		s.render(w, r, http.StatusNotFound, "embed.html", "embed.title", votePage{Origin: origin(r)})
		return
	}
	v.Deps = nil // the widget shows no map
	s.render(w, r, http.StatusOK, "embed.html", v.Question, votePage{voteView: v, Origin: origin(r)})
}

// embedSnippets are the lines a vote page offers to copy.
func embedSnippets(origin, vote, question string) (script, iframe string) {
	u := origin + "/embed/" + url.PathEscape(vote)
	script = fmt.Sprintf(`<script src="%s/embed.js" data-vote="%s" async></script>`, origin, template.HTMLEscapeString(vote))
	iframe = fmt.Sprintf(`<iframe src="%s" title="%s" width="%d" height="%d" style="border:1px solid #c8cbd0;max-width:100%%" loading="lazy"></iframe>`,
		u, template.HTMLEscapeString("Scrutin : "+question), embedWidth, embedHeight)
	return
}

// oembed answers oEmbed requests (https://oembed.com) for vote pages.
func (s *Site) oembed(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Access-Control-Allow-Origin", "*")
	if f := r.URL.Query().Get("format"); f != "" && f != "json" {
		oembedError(w, http.StatusNotImplemented, "only format=json")
		return
	}
	u, err := url.Parse(r.URL.Query().Get("url"))
	if err != nil || !strings.HasPrefix(u.Path, "/votes/") || (u.Host != "" && u.Host != r.Host) {
		oembedError(w, http.StatusNotFound, "url must be a vote page of this site")
		return
	}
	id := strings.TrimPrefix(u.Path, "/votes/")
	rctx := chi.NewRouteContext()
	rctx.URLParams.Add("vote", id)
	v, ok := s.findVote(r.WithContext(contextWithRoute(r, rctx)), false)
	if !ok {
		oembedError(w, http.StatusNotFound, "no such vote")
		return
	}
	width := embedWidth
	if mw, err := strconv.Atoi(r.URL.Query().Get("maxwidth")); err == nil && mw > 0 && mw < width {
		width = mw
	}
	_, iframe := embedSnippets(origin(r), v.ID, v.Question)
	iframe = strings.Replace(iframe, fmt.Sprintf(`width="%d"`, embedWidth), fmt.Sprintf(`width="%d"`, width), 1)
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{
		"version": "1.0", "type": "rich", "provider_name": "Scrutin", "provider_url": origin(r) + "/",
		"title": v.Question, "html": iframe, "width": width, "height": embedHeight, "cache_age": 300,
	})
}

// oembedError answers an oEmbed request with a JSON error, as the API does.
func oembedError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

func contextWithRoute(r *http.Request, rctx *chi.Context) context.Context {
	return context.WithValue(r.Context(), chi.RouteCtxKey, rctx)
}
