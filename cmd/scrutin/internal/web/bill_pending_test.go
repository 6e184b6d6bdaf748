package web

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/law"
	"github.com/scrutin/scrutin/projections"
)

// The law with chosen amendments applied, on the demo's amendments-corpus
// bill (the Sénat committee's amendments to the ports bill).
func TestBillPendingPage(t *testing.T) {
	srv, _ := billServer(t)
	const bill = "/textes/13-reforme_ports_outre-mer/loi-amendee"
	// No choice: the form lists the amendments carrying their text.
	code, body := get(t, srv.URL+bill)
	if code != 200 || !strings.Contains(body, `type="checkbox"`) || !strings.Contains(body, "N° COM-9") || !strings.Contains(body, "Aucun amendement choisi") {
		t.Fatalf("%d %s", code, body)
	}
	// COM-9 deletes article 3: the page shows it applied and the article
	// deleted, its words marked as removed.
	q := url.Values{"amendement": {"13-reforme_ports_outre-mer-04_1erelecture_senat_commission-COM-9"}}
	code, body = get(t, srv.URL+bill+"?"+q.Encode())
	if code != 200 || !strings.Contains(body, "appliqué") || !strings.Contains(body, "L&#39;article serait supprimé.") || !strings.Contains(body, "<del>") || !strings.Contains(body, " checked>") {
		t.Fatalf("%d %s", code, body)
	}
	// COM-5 edits one alinéa of article 1er: the others are counted, the
	// whole article one link away, and the form keeps the whole view.
	q = url.Values{"amendement": {"13-reforme_ports_outre-mer-04_1erelecture_senat_commission-COM-5"}}
	code, body = get(t, srv.URL+bill+"?"+q.Encode())
	if code != 200 || !strings.Contains(body, "alinéas inchangés</span>") || !strings.Contains(body, "vue=entier") {
		t.Fatalf("%d %s", code, body)
	}
	q.Set("vue", "entier")
	code, body = get(t, srv.URL+bill+"?"+q.Encode())
	if code != 200 || strings.Contains(body, "alinéas inchangés</span>") || !strings.Contains(body, `<input type="hidden" name="vue" value="entier">`) {
		t.Fatalf("%d %s", code, body)
	}
	// COM-17 is not read ("deux alinéas ainsi régiés", a typo of the
	// source): shown not applied, why in plain words, its text raw; the
	// amendments' page says why too.
	q = url.Values{"amendement": {"13-reforme_ports_outre-mer-04_1erelecture_senat_commission-COM-17"}}
	code, body = get(t, srv.URL+bill+"?"+q.Encode())
	if code != 200 || !strings.Contains(body, "non appliqué</span>") || !strings.Contains(body, `<p class="why">Le site ne sait pas lire une de ses instructions avec certitude`) || !strings.Contains(body, "ainsi régiés") {
		t.Fatalf("%d %s", code, body)
	}
	code, body = get(t, srv.URL+"/textes/13-reforme_ports_outre-mer/amendements?article=1er&lang=en")
	if code != 200 || !strings.Contains(body, `<p class="why">The site cannot read one of its instructions with certainty`) {
		t.Fatalf("%d %s", code, body)
	}
	// An unknown amendment: 400, a message in French, nothing applied.
	code, body = get(t, srv.URL+bill+"?amendement=nope")
	if code != 400 || !strings.Contains(body, "n&#39;existe pas sur ce texte") || strings.Contains(body, "Avec les amendements") {
		t.Fatalf("%d %s", code, body)
	}
	// Hadopi's amendments carry no text: nothing to choose, the law
	// comparison one link away instead of repeated here (it is 75,000 px
	// on a phone), and the bill's page does not offer the choice.
	code, body = get(t, srv.URL+"/textes/pjl07-405/loi-amendee?lang=en")
	if code != 200 || !strings.Contains(body, "No amendment to this bill carries its text") || !strings.Contains(body, `<a href="/textes/pjl07-405/loi">`) || strings.Contains(body, `id="pd-law"`) {
		t.Fatalf("%d %s", code, body)
	}
	if _, body = get(t, srv.URL+"/textes/pjl07-405"); strings.Contains(body, "/loi-amendee") {
		t.Error("Hadopi's page offers to choose amendments, none of which carries its text")
	}
	if _, body = get(t, srv.URL+"/textes/13-reforme_ports_outre-mer"); !strings.Contains(body, "/loi-amendee") {
		t.Error("the Ports bill's page does not offer to choose amendments")
	}
	// An Assemblée nationale bill whose amendments carry their text but
	// whose own text Scrutin does not hold: no amendment offered (it gave a
	// form whose every choice answered 400), the reason said, and the
	// bill's page does not offer the choice.
	const an = "/textes/PIONANR5L17B0369"
	code, body = get(t, srv.URL+an+"/loi-amendee")
	if code != 200 || strings.Contains(body, `type="checkbox"`) || !strings.Contains(body, "Scrutin n&#39;a pas le texte") || !strings.Contains(body, "« Texte n° 369 »") || strings.Contains(body, "Aucun amendement de ce texte ne porte son dispositif") {
		t.Fatalf("%d %s", code, body)
	}
	if _, body = get(t, srv.URL+an); strings.Contains(body, "/loi-amendee") {
		t.Error("a bill whose text is not held offers to choose amendments")
	}
}

// TestBillOutcomeColumns: on every bill's page each article's amendments
// are all counted in the outcome columns (an Assemblée nationale bill's
// "irrecevable" amendments had no column: 6 amendments, 3 + 1 shown), and
// no column is all zeros.
func TestBillOutcomeColumns(t *testing.T) {
	srv, _ := billServer(t)
	row := regexp.MustCompile(`<tr><th scope="row"><a href="/textes/[^"]*/amendements[^>]*>[^<]*</a></th><td data-label="Amendements">(\d+)</td>((?:<td[^>]*>\d+</td>)*)</tr>`)
	cell := regexp.MustCompile(`<td[^>]*>(\d+)</td>`)
	_, list := get(t, srv.URL+"/textes")
	bills := regexp.MustCompile(`href="(/textes/[^"/?]+)"`).FindAllStringSubmatch(list, -1)
	seen := 0
	for _, b := range bills {
		_, body := get(t, srv.URL+b[1])
		rows := row.FindAllStringSubmatch(body, -1)
		cols := map[int]int{}
		for _, r := range rows {
			total, _ := strconv.Atoi(r[1])
			sum := 0
			for i, c := range cell.FindAllStringSubmatch(r[2], -1) {
				n, _ := strconv.Atoi(c[1])
				sum += n
				cols[i] += n
			}
			if sum != total {
				t.Errorf("%s: %q counts %d of %d amendments", b[1], r[0], sum, total)
			}
			seen++
		}
		for i, n := range cols {
			if n == 0 {
				t.Errorf("%s: column %d is all zeros", b[1], i)
			}
		}
		if b[1] == "/textes/PIONANR5L17B0369" && !strings.Contains(body, `<td data-label="Irrecevable">2</td>`) {
			t.Errorf("%s: the two inadmissible amendments are not counted", b[1])
		}
	}
	if seen < 10 {
		t.Fatalf("only %d rows of amendments by article found on %d bills", seen, len(bills))
	}
}

// TestBillPendingAdditionalArticle: an article additionnel chosen is
// shown as the article it adds, titled by its place and its amendment
// ("Article additionnel après l'article 1er (amendement n° 2)"), its text
// alone (no empty "as tabled" box, no "Article 1er (article additionnel
// après, n° 2)"), and the code article it repeals among the law changed.
func TestBillPendingAdditionalArticle(t *testing.T) {
	b := projections.NewBills()
	bill := domain.BillID("ppl-add")
	t0 := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	evs := []domain.Event{
		&domain.BillIntroduced{Bill: bill, Type: domain.BillProposition, Title: "Proposition de loi d'essai"},
		&domain.StageTabled{Bill: bill, Stage: "depot", Label: "Texte déposé", HasText: true, Articles: 2, Date: t0},
		&domain.ArticleTexted{Bill: bill, Stage: "depot", Index: 0, Number: "1er", Part: 1, Parts: 1, Alineas: []string{"L'article L. 1 du code civil est abrogé."}},
		&domain.ArticleTexted{Bill: bill, Stage: "depot", Index: 1, Number: "2", Part: 1, Parts: 1, Alineas: []string{"L'article L. 2 du code civil est abrogé."}},
		&domain.AmendmentTabled{Bill: bill, Stage: "depot", Tabled: t0, Part: 1, Parts: 1, Amendment: "A2", Number: "2", Article: "1er", Additional: true, Position: "après", Subject: "Après l'article 1er",
			Dispositif: "Après l'article 1er, insérer un article additionnel ainsi rédigé :\n« L'article L. 3 du code civil est abrogé. »"},
	}
	for _, n := range []string{"1", "2", "3"} {
		evs = append(evs, &domain.CodeArticleRecorded{Code: "code civil", Article: "l" + n, Heading: "L" + n, Part: 1, Parts: 1, Alineas: []string{"Texte de L. " + n + "."}})
	}
	for i, ev := range evs {
		if err := b.Apply(uint64(i), domain.Envelope{Event: ev}); err != nil {
			t.Fatal(err)
		}
	}
	srv := siteServer(t, b)
	code, body := get(t, srv.URL+"/textes/ppl-add/loi-amendee?amendement=A2")
	text := tags.ReplaceAllString(body, "")
	for _, want := range []string{"Article additionnel après l&#39;article 1er (amendement n° 2)", "Ajouté par l&#39;amendement", "L&#39;article L. 3 du code civil est abrogé.", "Article L3 (Code civil)"} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in the page", want)
		}
	}
	if code != 200 || strings.Contains(text, "(article additionnel après, n° 2)") || strings.Count(text, "Tel que déposé") != 0 {
		t.Fatalf("%d %s", code, text)
	}
	_, body = get(t, srv.URL+"/textes/ppl-add/loi-amendee?amendement=A2&lang=en")
	if !strings.Contains(tags.ReplaceAllString(body, ""), "Additional article after article 1er (amendment no. 2)") {
		t.Error("English: no title of the added article")
	}
}

// Every class of refusal an amendment may get is explained, in French
// and in English.
func TestRefusalClassMessages(t *testing.T) {
	for _, c := range law.RefusalClasses {
		m, ok := messages["am.why."+string(c)]
		if !ok || m[0] == "" || m[1] == "" {
			t.Errorf("class %q: no message %q", c, m)
		}
	}
}

// Every class of an instruction not read is explained, in French and in
// English.
func TestInstructionClassMessages(t *testing.T) {
	for _, c := range law.InstructionClasses {
		m, ok := messages["law.why."+string(c)]
		if !ok || m[0] == "" || m[1] == "" {
			t.Errorf("class %q: no message %q", c, m)
		}
	}
}

// Every class of an edit read but not applied is explained, in French and
// in English.
func TestApplyClassMessages(t *testing.T) {
	for _, c := range law.ApplyClasses {
		m, ok := messages["law.failed."+string(c)]
		if !ok || m[0] == "" || m[1] == "" {
			t.Errorf("class %q: no message %q", c, m)
		}
	}
}
