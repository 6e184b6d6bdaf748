package law

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// TestCorpusComposedAmendments composes, on the development set's bill
// articles (article_avant and article_apres, each text once), three
// amendments numbered on the text as tabled — one deletes an alinéa d,
// one inserts an alinéa after a later one p (the Assemblée's quoted text
// or the Sénat's unquoted one), one replaces a word of a later one k — in
// the three orders a sitting may take them, and wants the same article
// each time: every alinéa named by its tabled number whatever the
// amendments before it deleted or inserted.
func TestCorpusComposedAmendments(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds under the race detector: run in full by .ci/run's TestCorpus step")
	}
	total := 0
	plain := func(l string) bool {
		return l != "" && labelPrefix(l) == "" && !divPrefix.MatchString(l) && !strings.HasSuffix(l, ":") && !quotedLine(l)
	}
	for _, bt := range billArticles(t) {
		if strings.Contains(bt.text, "zorglub") {
			continue
		}
		al := bt.al
		// d, deleted: a plain alinéa; p, after which one is inserted:
		// a plain alinéa after d that no quotation follows; k, whose
		// word is replaced: after p, a word found once in it and
		// nowhere else in the article.
		d, p, k, w := -1, -1, -1, ""
		whole := strings.Join(al, "\n")
		for i := 1; i < len(al); i++ {
			switch {
			case d < 0:
				if plain(al[i]) && i+1 < len(al) && !quotedLine(al[i+1]) && !strings.HasSuffix(al[i-1], ":") {
					d = i
				}
			case p < 0:
				if plain(al[i]) && (i+1 == len(al) || !quotedLine(al[i+1])) {
					p = i
				}
			case k < 0:
				for _, x := range reWord.FindAllStringSubmatchIndex(al[i], -1) {
					c := al[i][x[2]:x[3]]
					if !unicode.IsUpper([]rune(c)[0]) && occurrences(whole, c) == 1 && len(wordsAt(al[i], c)) == 1 {
						k, w = i, c
						break
					}
				}
			}
		}
		if k < 0 {
			continue
		}
		want := append([]string(nil), al[:d]...)
		want = append(want, al[d+1:p+1]...)
		want = append(want, "Zorglub est un alinéa nouveau.")
		for i := p + 1; i < len(al); i++ {
			l := al[i]
			if i == k {
				j := wordAt(l, w)
				l = l[:j] + "zorglub" + l[j+len(w):]
			}
			want = append(want, l)
		}
		senat := total%2 == 1
		D, P, K := strconv.Itoa(d+1), strconv.Itoa(p+1), strconv.Itoa(k+1)
		del, ins, rep := "Supprimer l'alinéa "+D+".", "Après l'alinéa "+P+", insérer un alinéa ainsi rédigé :\n\n« Zorglub est un alinéa nouveau. »", "Alinéa "+K+", remplacer le mot : « "+w+" » par le mot : « zorglub »."
		if senat {
			del = "Alinéa " + D + "\n\nSupprimer cet alinéa."
			ins = "Après l'alinéa " + P + "\n\nInsérer un alinéa ainsi rédigé :\n\nZorglub est un alinéa nouveau."
			rep = "Alinéa " + K + "\n\nRemplacer le mot :\n\n" + w + "\n\npar le mot :\n\nzorglub"
		}
		total++
		name := bt.name
		wantComposed(t, name, al, [][]string{{del, ins, rep}, {rep, del, ins}, {ins, rep, del}}, want)
	}
	t.Logf("%d bill articles amended three times, in three orders", total)
	if total < 12 {
		t.Errorf("only %d articles (over 12)", total)
	}
}

// TestCorpusComposedSentences composes, on the development set's bill
// articles and code articles (as an amendment would edit a bill's
// quotation of them), two amendments naming sentences of one alinéa as
// tabled — one deletes the first (or inserts a sentence after it), the
// other replaces a word of the third — in both orders, and wants the
// same article: the third as tabled whatever the other did before it.
func TestCorpusComposedSentences(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds under the race detector: run in full by .ci/run's TestCorpus step")
	}
	texts := billArticles(t)
	forEachArticle(t, func(ref CodeRef, art CodeArticle) {
		texts = append(texts, billArticle{name: ref.String(), al: art.Alineas})
	})
	total := 0
	for _, tx := range texts {
		al, name := tx.al, tx.name
		if strings.Contains(strings.Join(al, "\n"), "zorglub") {
			continue
		}
		for k, l := range al {
			ss := sentencesOf(l)
			// (A period after a space, "taxes . Ils", ends a sentence
			// the test's plain reading does not see: left out.)
			if len(ss) < 3 || strings.Join(ss, " ") != l || divLabel(strings.TrimLeft(l, "\"« ")) != "" || strings.Contains(l, " . ") {
				continue
			}
			// A quoted alinéa's opening mark stays at its start.
			open := l[:len(l)-len(strings.TrimLeft(l, "\"« "))]
			ss[0] = ss[0][len(open):]
			w, _ := scopedWord(ss[2], l)
			if w == "" || occurrences(l, w) != 1 {
				continue
			}
			K := strconv.Itoa(k + 1)
			third := strings.Replace(ss[2], w, "zorglub", 1)
			first := "Alinéa " + K + ", première phrase : supprimer cette phrase."
			sents := append([]string{ss[1], third}, ss[3:]...)
			if total%2 == 1 {
				first = "Alinéa " + K + ", après la première phrase, insérer une phrase ainsi rédigée : « Zorglub est une phrase nouvelle. »"
				sents = append([]string{ss[0], "Zorglub est une phrase nouvelle.", ss[1], third}, ss[3:]...)
			}
			rep := "Alinéa " + K + ", troisième phrase : remplacer le mot : « " + w + " » par le mot : « zorglub »."
			want := append([]string(nil), al...)
			want[k] = open + strings.Join(sents, " ")
			total++
			wantComposed(t, name, al, [][]string{{first, rep}, {rep, first}}, want)
			break
		}
	}
	t.Logf("%d alinéas whose sentences two amendments name", total)
	if total < 15 {
		t.Errorf("only %d alinéas (over 15)", total)
	}
}

// TestCorpusAmendedDivisions amends the divisions of the development
// set's bill articles by their labels, as the Assemblée drafts it —
// "Supprimer le 2° du I.", "Rédiger ainsi le II : « II. – … »", "Après le
// 1°, insérer un 1° bis …", "Au 2° du I, remplacer le mot …" — and wants
// the division deleted to stay its label and "(Supprimé)" (the text it
// quotes going with it), the division rewritten to be the new text
// alone, the new one after it and its quoted text (the bill's, not a
// line of the quotation), the word replaced in it, and every other
// alinéa as it was. A bill's quoted lines (code text) are its divisions'
// payload, never divisions.
func TestCorpusAmendedDivisions(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds under the race detector: run in full by .ci/run's TestCorpus step")
	}
	kinds := map[string]int{}
	for _, bt := range billArticles(t) {
		if strings.Contains(bt.text, "zorglub") || strings.Contains(bt.text, "Supprimé") {
			continue
		}
		al := bt.al
		plain := make([]string, len(al))
		for i, l := range al {
			plain[i] = l
			if quotedLine(l) {
				plain[i] = "x"
			}
		}
		ds, ok := divisionsOf(plain)
		if !ok {
			continue
		}
		name := bt.name
		for k, d := range ds {
			if !d.named {
				continue
			}
			first := al[d.start]
			var head string
			switch d.level {
			case 1:
				head = reRomanDiv.FindString(first)
				if !strings.HasSuffix(head, " ") {
					head += " "
				}
			case 2:
				head = reItemDiv.FindString(first) + " "
			case 3:
				head = reLetterDiv.FindString(first)
			}
			head = strings.Join(strings.Fields(head), " ") + " "
			if !strings.HasPrefix(first, head) {
				continue
			}
			designation := "le " + divName(ds, k)
			// Deleted: its label and "(Supprimé)".
			want := append(append(append([]string(nil), al[:d.start]...), head+"(Supprimé)"), al[d.end:]...)
			kinds["deleted"]++
			wantAmended(t, name, al, "Supprimer "+designation+".", want)
			// A new division after it, its label bis, where a sibling
			// follows (a new last one moves the list's closing mark):
			// after its own alinéas and the text it quotes. Not where
			// that sibling is the bis already: a second one is not the
			// bis, and a placeholder there is refused (its place and its
			// label disagree).
			if bis := bisLabel(first, d.level); bis != "" && d.end < len(al) {
				if next := divLabel(plain[d.end]); next != "" && next != strings.TrimSpace(bis) && ds[k+1].start == d.end && ds[k+1].level == d.level {
					end := "."
					if d.level > 1 {
						end = " ;"
					}
					line := strings.Join(strings.Fields(bis), " ") + " Zorglub est une division nouvelle" + end
					if d.level == 1 {
						line = strings.TrimSpace(bis) + " Zorglub est une division nouvelle" + end
					}
					want := append(append(append([]string(nil), al[:d.end]...), line), al[d.end:]...)
					kinds["inserted after"]++
					am := "Après " + designation + ", insérer un " + strings.TrimRight(strings.TrimSpace(strings.Fields(bis)[0]+" bis"), " ") + " ainsi rédigé :\n\n« " + line + " »"
					wantAmended(t, name, al, am, want)
					// The same left for the consolidation to number,
					// after the division's last alinéa: "…° Zorglub ;",
					// "… – Zorglub." — numbered bis.
					if d.level < 3 {
						ph := "…° Zorglub est une division nouvelle" + end
						if d.level == 1 {
							ph = "… – Zorglub est une division nouvelle" + end
						}
						kinds["placeholder numbered"]++
						am = "Après l'alinéa " + strconv.Itoa(d.end) + ", insérer un alinéa ainsi rédigé :\n\n« " + ph + " »"
						r := ApplyAmendment(Article{Number: "1", Alineas: al}, am)
						if !r.Applied {
							t.Errorf("%s: %s: refused: %v", name, am, r.Unparsed)
						} else if r.Article.Alineas[d.end] != line {
							t.Errorf("%s: %s:\ngot  %q\nwant %q", name, am, r.Article.Alineas[d.end], line)
						}
					}
				}
			}
			// A new last item of its list after it ("Après le 3°,
			// insérer un 4° …", or "…° …" for the consolidation to
			// number): the list's closing period moves to it.
			lastOfList := k+1 >= len(ds) || ds[k+1].level < d.level || ds[k+1].start != d.end && ds[k+1].level == d.level
			if n := reItemDiv.FindStringSubmatch(first); d.level == 2 && n != nil && n[2] == "" && lastOfList && !quotedLine(al[d.end-1]) && strings.HasSuffix(al[d.end-1], ".") && !strings.HasSuffix(al[d.end-1], "..") {
				num, _ := strconv.Atoi(n[1])
				next := strconv.Itoa(num+1) + "°"
				closed := strings.TrimRight(strings.TrimSuffix(al[d.end-1], "."), " ") + " ;"
				for _, am := range []string{
					"Après " + designation + ", insérer un " + next + " ainsi rédigé :\n\n« " + next + " Zorglub est le dernier. »",
					"Après l'alinéa " + strconv.Itoa(d.end) + ", insérer un alinéa ainsi rédigé :\n\n« …° Zorglub est le dernier. »",
				} {
					want := append(append(append([]string(nil), al[:d.end-1]...), closed, next+" Zorglub est le dernier."), al[d.end:]...)
					kinds["new last item"]++
					wantAmended(t, name, al, am, want)
				}
			}
			// A word of it replaced ("Au 2° du I, remplacer le mot :
			// « w » par …"): found once in it, and in no division
			// of the same name elsewhere.
			span := strings.Join(al[d.start:d.end], "\n")
			if w, _ := scopedWord(span, ""); w != "" && occurrences(span, w) == 1 && len(wordsAt(span, w)) == 1 {
				want := append([]string(nil), al...)
				for i := d.start; i < d.end; i++ {
					if j := wordAt(want[i], w); j >= 0 {
						want[i] = want[i][:j] + "zorglub" + want[i][j+len(w):]
					}
				}
				kinds["word replaced"]++
				am := "Au " + divName(ds, k) + ", remplacer le mot : « " + w + " » par le mot : « zorglub »."
				wantAmended(t, name, al, am, want)
			}
			// Rewritten: the new text alone, ending as the division
			// ended.
			last := strings.TrimRight(al[d.end-1], " ")
			end := ""
			switch {
			case strings.HasSuffix(last, ";") && d.level > 1:
				end = " ;"
			case strings.HasSuffix(last, ".") && !quotedLine(last):
				end = "."
			default:
				continue
			}
			line := head + "Zorglub est le texte nouveau" + end
			want = append(append(append([]string(nil), al[:d.start]...), line), al[d.end:]...)
			kinds["rewritten"]++
			wantAmended(t, name, al, "Rédiger ainsi "+designation+" :\n\n« "+line+" »", want)
		}
	}
	t.Logf("divisions amended by their labels: %v", kinds)
	if kinds["deleted"] < 70 {
		t.Errorf("only %d divisions deleted (over 70)", kinds["deleted"])
	}
}

// TestCorpusInsertedInQuotation inserts an alinéa after each quoted line
// of the development set's bill articles (the code text a bill article
// quotes), in both chambers' layouts — "Après l'alinéa 5, insérer un
// alinéa ainsi rédigé : « … »", the Sénat's unquoted "Après l'alinéa 5 /
// Insérer un alinéa ainsi rédigé : / …" — and wants the new alinéa in the
// quotation: opening with its quotation mark, and, after the line that
// closed the quotation, taking over its closing mark and what followed it
// (" ;", ".").
func TestCorpusInsertedInQuotation(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds under the race detector: run in full by .ci/run's TestCorpus step")
	}
	const neu = "Zorglub est un alinéa nouveau."
	kinds := map[string]int{}
	for _, bt := range billArticles(t) {
		if strings.Contains(bt.text, "zorglub") || strings.Contains(bt.text, "«") {
			continue
		}
		al := bt.al
		name := bt.name
		for i, l := range al {
			if !strings.HasPrefix(l, "\"") || strings.Count(l, "\"") > 2 {
				continue // not quoted, or quoting within
			}
			body := strings.TrimRight(l, " ")
			tail := ""
			for _, suf := range []string{" ;", ";", "."} {
				if strings.HasSuffix(body, "\""+suf) {
					tail, body = suf, strings.TrimSuffix(body, suf)
					break
				}
			}
			closes := strings.HasSuffix(body, "\"") && len(body) > 1
			if closes && i+1 < len(al) && strings.HasPrefix(al[i+1], "\"") {
				continue // a quotation closed and another opened: whose is not said
			}
			want := append([]string(nil), al[:i+1]...)
			if closes {
				want[i] = strings.TrimSuffix(body, "\"")
				want = append(want, "\""+neu+"\""+tail)
			} else {
				want = append(want, "\""+neu)
			}
			want = append(want, al[i+1:]...)
			n := strconv.Itoa(i + 1)
			for _, am := range []string{
				"Après l'alinéa " + n + ", insérer un alinéa ainsi rédigé :\n\n« " + neu + " »",
				"Après l'alinéa " + n + "\n\nInsérer un alinéa ainsi rédigé :\n\n" + neu,
			} {
				kinds[map[bool]string{false: "inside", true: "after the last"}[closes]]++
				wantAmended(t, name, al, am, want)
			}
		}
	}
	t.Logf("alinéas inserted in a bill's quotation: %v", kinds)
	if kinds["inside"] < 100 || kinds["after the last"] < 50 {
		t.Errorf("too few: %v", kinds)
	}
}

// TestCorpusQuotedSentences deletes the first and the last sentence of
// each quoted line of the development set's bill articles that holds two
// or more ("Alinéa 5, dernière phrase : supprimer cette phrase.", the
// Sénat's "Alinéa 5, première phrase / Supprimer cette phrase.") and
// wants the quotation's marks kept: the opening one at the line's start,
// the closing one and what follows it (" ;", ".") after the sentence
// that now ends the line, and an item's closing semicolon.
func TestCorpusQuotedSentences(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds under the race detector: run in full by .ci/run's TestCorpus step")
	}
	total := 0
	for _, bt := range billArticles(t) {
		if strings.Contains(bt.text, "«") {
			continue
		}
		al := bt.al
		name := bt.name
		for i, l := range al {
			if !strings.HasPrefix(l, "\"") || strings.Count(l, "\"") > 2 || divLabel(l[1:]) != "" || artLabelLike(l[1:]) {
				continue
			}
			body := strings.TrimRight(l[1:], " ")
			tail := ""
			for _, suf := range []string{"\" ;", "\";", "\".", "\""} {
				if strings.HasSuffix(body, suf) {
					tail, body = suf, strings.TrimSuffix(body, suf)
					break
				}
			}
			ss := sentencesOf(body)
			if len(ss) < 2 || strings.Join(ss, " ") != body || strings.Contains(body, " . ") {
				continue
			}
			n := strconv.Itoa(i + 1)
			rest := strings.Join(ss[:len(ss)-1], " ")
			if strings.HasSuffix(body, ";") && strings.HasSuffix(rest, ".") {
				// An item keeps the semicolon that closes it.
				rest = strings.TrimSuffix(rest, ".") + " ;"
			}
			cases := []struct{ am, want string }{
				{"Alinéa " + n + ", dernière phrase : supprimer cette phrase.", "\"" + rest + tail},
				{"Alinéa " + n + ", première phrase\n\nSupprimer cette phrase.", "\"" + strings.Join(ss[1:], " ") + tail},
			}
			if announcesQuotedItems(al, i) {
				// The last sentence announces the quoted items after
				// it ("… :" then "1° …"): deleted, refused
				// (quotedIntroDropped).
				cases = cases[1:]
			}
			for _, c := range cases {
				total++
				want := append([]string(nil), al...)
				want[i] = c.want
				wantAmended(t, name, al, c.am, want)
			}
		}
	}
	t.Logf("%d sentences of quoted lines deleted", total)
	if total < 100 {
		t.Errorf("only %d (over 100)", total)
	}
}

// artLabelLike reports whether a line opens with an article's heading,
// "Art. L. 1. –": its first sentence is the heading's.
func artLabelLike(s string) bool {
	return strings.HasPrefix(s, "Art. ") || strings.HasPrefix(s, "Art.")
}

// billArticle is a bill article of the development set's amendment
// folders: its folder and side, its text as read, its alinéas.
type billArticle struct {
	name, text string
	al         []string
}

// billArticles gives the bill articles of the development set's
// amendment folders (article_avant and article_apres), each text once.
func billArticles(t *testing.T) []billArticle {
	t.Helper()
	dirs, err := filepath.Glob("testdata/amendments/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no amendment folders: %v", err)
	}
	var out []billArticle
	seen := map[string]bool{}
	for _, dir := range dirs {
		for _, side := range []string{"article_avant", "article_apres"} {
			b, err := os.ReadFile(filepath.Join(dir, side))
			if err != nil || seen[string(b)] {
				continue
			}
			seen[string(b)] = true
			out = append(out, billArticle{filepath.Base(dir) + "/" + side, string(b), paragraphs(string(b))})
		}
	}
	return out
}

// wantComposed composes the amendments of each order on al and wants
// every one applied and the article want each time.
func wantComposed(t *testing.T, name string, al []string, orders [][]string, want []string) {
	t.Helper()
	for _, order := range orders {
		got, res := ComposeAmendments(Article{Number: "1", Alineas: al}, order)
		ok := true
		for i, r := range res {
			if !r.Applied {
				t.Errorf("%s: %q refused: %v", name, order[i], r.Unparsed)
				ok = false
			}
		}
		if g, w := strings.Join(got.Alineas, "\n"), strings.Join(want, "\n"); ok && g != w {
			t.Errorf("%s: %q\n%s", name, order, shortDiff(w, g))
		}
	}
}

// TestCorpusAmendedEnds does, on the development set's bill articles,
// what TestCorpusEndRewritten does on the codes, as the chambers write
// it: "Alinéa 3, après le mot : « w », rédiger ainsi la fin de cet alinéa
// : « … »", "Alinéa 3 / Après le mot : / w / supprimer la fin de cet
// alinéa." — the alinéa runs to that word, then the new end or its own
// closing mark.
func TestCorpusAmendedEnds(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds under the race detector: run in full by .ci/run's TestCorpus step")
	}
	total := 0
	for _, bt := range billArticles(t) {
		al, name := bt.al, bt.name
		if strings.Contains(bt.text, "zorglub") {
			continue
		}
		for k, l := range al {
			if labelPrefix(l) != "" || divPrefix.MatchString(l) {
				continue
			}
			head, w, end := endAfterWord(l)
			if w == "" {
				continue
			}
			n := strconv.Itoa(k + 1)
			want := append([]string(nil), al...)
			want[k] = head + " zorglub" + end
			total++
			wantAmended(t, name, al, "Alinéa "+n+", après le mot : « "+w+" », rédiger ainsi la fin de cet alinéa : « zorglub »", want)
			want[k] = head + end
			wantAmended(t, name, al, "Alinéa "+n+"\n\nAprès le mot :\n\n"+w+"\n\nsupprimer la fin de cet alinéa.", want)
		}
	}
	t.Logf("%d alinéas of bill articles whose end was rewritten and deleted", total)
	if total < 30 {
		t.Errorf("only %d (over 30)", total)
	}
}

// quotedLine reports whether a bill's line opens with a quotation mark:
// a line of the code text it quotes.
func quotedLine(l string) bool { return strings.HasPrefix(l, "\"") || strings.HasPrefix(l, "«") }
