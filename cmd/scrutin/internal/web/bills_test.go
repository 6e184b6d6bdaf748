package web

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/demodata"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/importer"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/projections"
)

const hadopiCodes = "../../../../domain/law/testdata/hadopi/avant"

// demoBills folds the demo data into a Bills projection through the rules
// (a domain.State), plus a tallied citizens' vote on the Indochina bill,
// so that constituency 01-01 has a deputy's vote and a citizens' result.
func demoBills(t testing.TB) (*projections.Bills, domain.District) {
	t.Helper()
	r, err := importer.Import(demodata.FS(), ".")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := importer.LinkScrutins(demodata.FS(), ".", r); err != nil {
		t.Fatal(err)
	}
	codes, _, err := importer.ReadCodes(os.DirFS(hadopiCodes), ".")
	if err != nil {
		t.Fatal(err)
	}
	st, b := domain.NewState(), projections.NewBills()
	at := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	apply := func(stream domain.StreamID, ev domain.Event, checked bool) {
		rev, ok := st.Revision(stream)
		env := domain.Envelope{Stream: stream, Event: ev, Time: at}
		if ok {
			env.Revision = rev + 1
		}
		if checked {
			if err := st.Apply(st.Position(), env); err != nil {
				t.Fatal(err)
			}
		}
		if err := b.Apply(st.Position(), env); err != nil {
			t.Fatal(err)
		}
	}
	for _, se := range importer.Events(r, codes) {
		apply(se.Stream, se.Event, true)
	}
	// A constituency whose deputy voted for the bill as a whole.
	var seat domain.District
	cs, _, _ := b.Constituencies("PIONANR5L17B0949", "")
	for _, c := range cs {
		if c.Positions["VTANR5L17V2220"] == "for" {
			seat = c.District
			break
		}
	}
	if seat == "" {
		t.Fatal("no deputy voted for VTANR5L17V2220")
	}
	// The citizens' vote: its ceremony and ballots are another test's
	// business (cmd/scrutin/internal/server); here only its result matters.
	apply(domain.VoteStream("v-indochine"), &domain.VoteOpened{Vote: "v-indochine", Bill: "PIONANR5L17B0949", Stage: "PIONANR5L17B0949", Options: []string{"Pour", "Contre", "Abstention"}}, false)
	apply(domain.VoteStream("v-indochine"), &domain.TallyPublished{Vote: "v-indochine", Trustees: []uint16{1, 2}, Groups: []domain.TallyGroup{
		{Name: string(seat), Districts: []domain.District{seat}, Voters: 41, Counts: []uint64{12, 26, 3}}}}, false)
	return b, seat
}

func billServer(t testing.TB) (*httptest.Server, domain.District) {
	b, seat := demoBills(t)
	return siteServer(t, b), seat
}

// siteServer serves the citizen pages of the bills b holds.
func siteServer(t testing.TB, b *projections.Bills) *httptest.Server {
	site, err := New(Config{Bills: b})
	if err != nil {
		t.Fatal(err)
	}
	r := chi.NewRouter()
	site.Mount(r)
	srv := httptest.NewServer(r)
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

var tags = regexp.MustCompile(`<[^>]*>`)

func TestBillPages(t *testing.T) {
	srv, seat := billServer(t)
	circo := "?circo=" + string(seat)
	for _, c := range []struct {
		path   string
		status int
		want   []string
		max    int
	}{
		{"/textes", 200, []string{"favorisant la diffusion et la protection de la création", "Proposition de loi portant reconnaissance de la Nation envers les rapatriés", "(n° 949, Assemblée nationale, 17e législature)",
			// No vote open: the latest stage first (30/05/2025, 03/05/2025, 2009).
			"Texte de la commission n° 1474 · 30/05/2025</span>\n  </li>\n <li><a href=\"/textes/PIONANR5L17B0369\">", "Texte n° 369 · 03/05/2025</span>\n  </li>\n <li><a href=\"/textes/pjl07-405\">"}, 0},
		{"/textes/pjl07-405", 200, []string{"Étapes de la navette", "Contrôle de constitutionnalité", "Amendements par article", "Article 1er A<", "Comparer la loi en vigueur",
			// the page is titled by its bill, the heading starts with a capital
			"<title>Texte — Projet de loi favorisant la diffusion", "<h1>Projet de loi favorisant la diffusion",
			// a count of none is marked, for a phone to hide it
			`data-label="Adopté" class="zero">0<`}, 100 << 10},
		{"/textes/PIONANR5L17B0949" + circo, 200, []string{"Votre circonscription", string(seat), "Contre\u00a0: <strong>26</strong>", "L&#39;ensemble de la proposition de loi (première lecture)\u00a0: <strong class=\"pos\">Pour</strong>", "L&#39;amendement n° 2 du Gouvernement à l&#39;article 3 de la proposition de loi (première lecture) — <strong>"}, 100 << 10},
		{"/textes/PIONANR5L17B0949?circo=99-99", 400, []string{"Circonscription inconnue"}, 0},
		{"/textes/pjl07-405/diff?from=00_1erelecture_senat_depot&to=15_constitutionnalit%C3%A9_conseilconstitutionnel_", 200, []string{"<ins>", "<del>", "[ajouté\u00a0: ", "[supprimé\u00a0: "}, 0},
		{"/textes/pjl07-405/diff?from=00_1erelecture_senat_depot&to=05_1erelecture_assemblee_hemicycle&vue=cote", 200, []string{`class="side"`, "<ins>", `class="unchanged"`}, 0},
		{"/textes/pjl07-405/diff?from=00_1erelecture_senat_depot&to=05_1erelecture_assemblee_hemicycle&vue=cote&entier=1", 200, []string{`class="side"`, "<ins>", `name="entier" value="1" checked`}, 0},
		{"/textes/pjl07-405/diff?lang=en", 200, []string{`<label for="vue">View</label>`, `<input type="hidden" name="lang" value="en">`}, 0},
		{"/textes/pjl07-405/diff?from=nope&to=x", 400, []string{"Choisir deux étapes"}, 0},
		{"/textes/pjl07-405/loi", 200, []string{"La loi en vigueur et la loi modifiée", "En vigueur", "Modifié par le texte", "L331-", "« Contrôle de constitutionnalité", `<details class="tech">`, "Prise d&#39;effet différée", "les modifications de l&#39;article 2 du texte, appliquées ici, ne prennent effet qu&#39;à la date que fixe le texte\u00a0: « II. - Les articles L. 331-5 à L. 331-45 du même code"}, 0},
		{"/textes/pjl07-405/amendements?article=2", 200, []string{"Adopté", "texte de cet amendement n&#39;est pas dans les données"}, 0},
		// Paginated: the whole Hadopi bill was one 383 KB page.
		{"/textes/pjl07-405/amendements", 200, []string{`rel="next"`, "page 1 sur", `<option value="2">Article 2 (`}, 60 << 10},
		{"/textes/pjl07-405/amendements?page=2", 200, []string{`rel="prev"`, `rel="next"`, "page 2 sur"}, 60 << 10},
		{"/textes/pjl07-405/amendements?page=999", 404, nil, 0},
		{"/textes/pjl07-405/amendements?etat=adopted&article=2", 200, []string{`<option value="adopted" selected>`, "Adopté"}, 60 << 10},
		{"/textes/PIONANR5L17B0949/amendements", 200, []string{"Dispositif", "Exposé sommaire"}, 0},
		{"/textes/PIONANR5L17B0949/amendements?q=DN4", 200, []string{`id="am-DN4"`, "1 amendement<"}, 0},
		// the law comparison: the alinéas changed, the others counted; whole on demand
		{"/textes/pjl07-405/loi", 200, []string{`<span class="unchanged">[…] 2 alinéas inchangés</span>`, `href="?vue=entier"`}, 0},
		// an instruction not applied: why, in plain French, then the
		// engine's reason, in English, marked so on a French page
		{"/textes/14-securisation_transactions_ZAC_Gerland/loi", 200, []string{`<span class="flag">Non appliqué</span> Article 1er</p><p class="why">Elle modifie le texte en partie, sous condition`, "Détail technique, en anglais\u00a0: <span lang=\"en\">"}, 0},
		{"/textes/14-securisation_transactions_ZAC_Gerland/loi?lang=en", 200, []string{`<span class="flag">Not applied</span> Article 1er</p><p class="why">It changes the text in part, under a condition`}, 0},
		// the Ports bill's two new articles, the range of those deleted
		// during the shuttle not created (domain/law artrange27.go)
		{"/textes/13-reforme_ports_outre-mer/loi", 200, []string{"L5713-1-1", "L5713-1-2", "Créé par le texte"}, 0},
		{"/textes/pjl07-405/loi?vue=entier", 200, []string{"Les articles sont montrés entiers.", `href="?"`}, 0},
		// 63 articles: each folded under its heading, a new one without an
		// empty "En vigueur", the articles not held named as people write them
		{"/textes/pjl07-405/loi", 200, []string{"Les articles sont repliés", "<details><summary>Voir le texte créé</summary><div class=\"side\">\n <div><h3>Créé par le texte</h3>", "<details><summary>Voir les changements</summary>",
			"<li>Article L331-5 (Code de la propriété intellectuelle)</li>", "<li>Article 6 (loi n° 2004-575)</li>"}, 0},
		// an amendment's article as it would read: the alinéas it changes,
		// the untouched ones counted, the whole article folded
		{"/textes/13-reforme_ports_outre-mer/amendements?q=COM-5", 200, []string{`<span class="unchanged">[…] 7 alinéas inchangés</span>`, "sont<del>", "<summary>L&#39;article entier, tel que l&#39;amendement le laisserait</summary>"}, 0},
		// Amendments tabled on two texts: the text is a filter and is named on each.
		{"/textes/PIONANR5L17B0949/amendements?etape=PIONANR5L17BTC1474", 200, []string{">4 amendements<", " selected>Texte de la commission n° 1474 (4)</option>", "<option value=\"PIONANR5L17B0949\">Texte n° 949 (15)</option>",
			// the article filter counts that stage's amendments only (articles 3 and 6, not 1er)
			`<option value="">Tous les articles</option><option value="3">Article 3 (3)</option><option value="6">Article 6 (1)</option></select>`,
			"· 30/05/2025 · Texte de la commission n° 1474</p>", "M. Alexandre et 67 autres (La France insoumise", "<summary>Les 70 auteurs</summary>"}, 0},
		{"/textes/PIONANR5L17B0949/amendements?q=zzzzqqq", 200, []string{"Aucun amendement ne correspond", "0 amendement<"}, 0},
		{"/textes/PIONANR5L17B0949/circonscriptions", 200, []string{string(seat), "Pour 12"}, 0},
		{"/textes/nope", 404, []string{"Page introuvable"}, 0},
		{"/textes/pjl07-405?lang=en", 200, []string{"Stages", "Amendments by article"}, 0},
	} {
		status, body := get(t, srv.URL+c.path)
		if status != c.status {
			t.Errorf("%s: status %d, want %d", c.path, status, c.status)
		}
		for _, w := range c.want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: no %q in the page", c.path, w)
			}
		}
		if c.max > 0 && len(body) > c.max {
			t.Errorf("%s: %d bytes, want at most %d", c.path, len(body), c.max)
		}
		// Plain French: technical words only inside the technical details.
		if c.status == 200 {
			plain := body
			for {
				i := strings.Index(plain, `<details class="tech">`)
				if i < 0 {
					break
				}
				j := strings.Index(plain[i:], "</details>")
				if j < 0 {
					t.Fatalf("%s: an unclosed technical details fold", c.path)
				}
				plain = plain[:i] + plain[i+j:]
			}
			plain = tags.ReplaceAllString(plain, "<>") // the text people read, not the links' addresses
			for _, jargon := range []string{"trouvées", "Point de contrôle", "Preuve d'inclusion", "Merkle", "Ed25519", "Article 1er a<", "15_constitutionnalit"} {
				if strings.Contains(plain, jargon) {
					t.Errorf("%s: %q outside the technical details", c.path, jargon)
				}
			}
		}
		if strings.Contains(body, "<script") {
			t.Errorf("%s: has a script", c.path)
		}
		t.Logf("%s: %d, %d bytes", c.path, status, len(body))
	}
}

// The bill page lists the amended articles as the bill reads them: an
// article the shuttle deleted ("7 bis") beside its neighbours, not after
// every article of the final text; amendments to no article last.
func TestBillArticlesInOrder(t *testing.T) {
	srv, _ := billServer(t)
	_, body := get(t, srv.URL+"/textes/pjl07-405")
	sec := body[strings.Index(body, `id="amendments"`):]
	prev := -1
	for _, a := range []string{">Article 1er A<", ">Article 1er<", ">Article 7<", ">Article 7 bis<", ">Article 8<", ">Article 9 ter<", ">Article 9 quater<", ">Article 10<", ">Article 10 bis A<", ">Article 10 bis<", ">Article 13<", "Hors article"} {
		i := strings.Index(sec, a)
		if i < 0 {
			t.Fatalf("no %q in the amendments by article", a)
		}
		if i < prev {
			t.Errorf("%q listed before the article it follows", a)
		}
		prev = i
	}
}

// TestBillScreenshots renders the bill page and the law comparison in
// headless Chromium (Debian package "chromium") and keeps the screenshots
// in $SCRUTIN_SCREENSHOTS (default: the test's temporary directory).
func TestBillScreenshots(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("chromium is missing: apt-get install -y chromium")
		}
		t.Skip("chromium not installed (apt-get install -y chromium)")
	}
	srv, seat := billServer(t)
	dir := os.Getenv("SCRUTIN_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	for _, c := range []struct{ name, path, want string }{
		{"bill.png", "/textes/PIONANR5L17B0949?lang=fr&circo=" + string(seat), "Vote des citoyens"},
		{"law.png", "/textes/pjl07-405/loi?lang=fr", "Modifié par le texte"},
		{"diff.png", "/textes/pjl07-405/diff?lang=fr&from=03_1erelecture_assemblee_depot&to=05_1erelecture_assemblee_hemicycle&vue=cote", "ajouté"},
		{"pending.png", "/textes/13-reforme_ports_outre-mer/loi-amendee?lang=fr&amendement=13-reforme_ports_outre-mer-04_1erelecture_senat_commission-COM-4&amendement=13-reforme_ports_outre-mer-04_1erelecture_senat_commission-COM-9", "Avec les amendements"},
	} {
		out := filepath.Join(dir, c.name)
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
			"--disable-sync", "--no-first-run", "--user-data-dir=" + t.TempDir(), "--window-size=1280,2000"}
		shot := exec.CommandContext(ctx, chromium, append(args, "--screenshot="+out, srv.URL+c.path)...)
		if b, err := shot.CombinedOutput(); err != nil {
			cancel()
			t.Fatalf("%s: chromium: %v\n%s", c.name, err, b)
		}
		cancel()
		if _, body := get(t, srv.URL+c.path); !strings.Contains(body, c.want) {
			t.Errorf("%s: the page has no %q", c.name, c.want)
		}
		fi, err := os.Stat(out)
		if err != nil || fi.Size() < 10_000 {
			t.Fatalf("%s: no screenshot (%v)", c.name, err)
		}
		t.Logf("%s: %d bytes, %s", c.path, fi.Size(), out)
	}
}
