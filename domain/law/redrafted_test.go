package law

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestCorpusRedrafted redrafts each change of the development set's code
// articles (avant/ → apres/) as the instructions a drafter would write —
// words replaced, deleted or inserted after other words, words or a
// sentence added at the end of an alinéa, alinéas rewritten, replaced,
// deleted, inserted after another, an article completed — parses them,
// applies them to the article before, and wants the article after,
// typography normalised (Légifrance's conventions for new text are
// tested apart): all of them, and most white space exact. Each article
// four ways: one change a bill article, the last first so that every
// count is the text's as it stood; the same, the first first, each count
// on the text the changes before it made; the items of one "L'article … est
// ainsi modifié :", in the text's order, counted on the text before the
// first; and with the nouns a drafter gives quoted words ("le mot", "la
// référence", "le taux", "l'année") and "À la fin du …". The changes of
// real laws to real code articles are a wider test of the reading of
// places and of the edits than the phrases a test writes (it found words
// completing an alinéa with a sentence of their own set in place of its
// period: "agit Il signe."). Articles holding quotation marks or line
// breaks, or longer than twenty alinéas, are left out.
func TestCorpusRedrafted(t *testing.T) {
	if testing.Short() {
		t.Skip("some 10 s under the race detector: run in full by .ci/run's TestCorpus step")
	}
	total, exact := 0, 0
	forEachChange(t, func(ref CodeRef, before, after CodeArticle) {
		for _, style := range []redraftStyle{{}, {inContext: true}, {nouns: true}, {firstFirst: true}} {
			bill := redraft(ref, before, after.Alineas, style)
			if bill == nil {
				continue
			}
			total++
			if applyRedrafted(t, ref, before, after, bill) {
				exact++
			}
		}
	})
	t.Logf("%d articles redrafted and applied, %d exact white space normalised", total, exact)
	if total < 600 {
		t.Errorf("only %d articles redrafted: the redrafting reads less of the set than it did (over 600)", total)
	}
}

// applyRedrafted applies bill to the article before, wants every
// instruction understood, every edit made and the article after,
// typography normalised (Légifrance's capitals without accents, "Etat",
// for new text are a convention some articles do not follow: not what
// is tested here), and reports whether it is white space exact too.
func applyRedrafted(t *testing.T, ref CodeRef, before, after CodeArticle, bill []Article) bool {
	t.Helper()
	ins := ParseInstructions(bill)
	for _, in := range ins {
		if in.Status != Parsed && in.Status != Context {
			t.Errorf("%s: %s: %s", ref, in.Reason, in.Text)
		}
	}
	got, errs := Apply(Corpus{ref: before}, ins, ApplyOptions{LegifranceTypography: true})
	for _, e := range errs {
		t.Errorf("%s: %v", ref, e)
	}
	g, w := strings.Join(got[ref].Alineas, "\n"), strings.Join(after.Alineas, "\n")
	if typo(g) != typo(w) {
		t.Errorf("%s: redrafted as\n%s\ngot  %s", ref, billText(bill), shortDiff(typo(w), typo(g)))
		return false
	}
	return NormalizeSpace(g) == NormalizeSpace(w)
}

// forEachChange calls f on each code article of the development set's
// laws changed from avant/ to apres/ (not created, not repealed).
func forEachChange(t *testing.T, f func(ref CodeRef, before, after CodeArticle)) {
	t.Helper()
	forEachLaw(t, func(avant, apres Corpus) {
		for _, ref := range Changed(avant, apres) {
			before, ok1 := avant[ref]
			after, ok2 := apres[ref]
			if ok1 && ok2 {
				f(ref, before, after)
			}
		}
	})
}

// forEachLaw calls f with the code articles of each law of the
// development set before (avant/) and after (apres/) it.
func forEachLaw(t *testing.T, f func(avant, apres Corpus)) {
	t.Helper()
	dirs := []string{"testdata/hadopi"}
	laws, _ := filepath.Glob("testdata/laws/*")
	for _, d := range laws {
		if st, err := os.Stat(filepath.Join(d, "avant")); err == nil && st.IsDir() {
			dirs = append(dirs, d)
		}
	}
	for _, dir := range dirs {
		avant, err := LoadCodeTree(os.DirFS(filepath.Join(dir, "avant")))
		if err != nil {
			t.Fatal(err)
		}
		apres, err := LoadCodeTree(os.DirFS(filepath.Join(dir, "apres")))
		if err != nil {
			t.Fatal(err)
		}
		f(avant, apres)
	}
}

// changedWords gives the words of x that y replaces, old, by new: what
// lies between their longest common run of first words (p of x's) and of
// last words (q).
func changedWords(x, y string) (wx []string, p, q int, old, new string) {
	wx, wy := strings.Split(x, " "), strings.Split(y, " ")
	for p < len(wx) && p < len(wy) && wx[p] == wy[p] {
		p++
	}
	for q < len(wx)-p && q < len(wy)-p && wx[len(wx)-1-q] == wy[len(wy)-1-q] {
		q++
	}
	return wx, p, q, strings.Join(wx[p:len(wx)-q], " "), strings.Join(wy[p:len(wy)-q], " ")
}

func typo(s string) string { return NormalizeTypography(plainCapitals.Replace(s)) }

func billText(arts []Article) string {
	var b strings.Builder
	for _, a := range arts {
		b.WriteString("  " + strings.Join(a.Alineas, "\n  ") + "\n")
	}
	return b.String()
}

// redraftStyle is how redraft writes the changes: one bill article a
// change, the last first (the zero style) or the first first
// (firstFirst, each count on the text the changes before it made);
// inContext, the items of one "ainsi modifié"; nouns, quoted words named
// as a drafter names them.
type redraftStyle struct{ inContext, nouns, firstFirst bool }

// redraft writes the instructions that make after of the article before,
// nil when a change is not of a kind it writes. Each change is a bill
// article of its own, the last change first; with inContext they are the
// items of one, "L'article … est ainsi modifié :", in the text's order,
// every count the text's before the first (as the law counts).
func redraft(ref CodeRef, before CodeArticle, after []string, style redraftStyle) []Article {
	inContext, nouns := style.inContext, style.nouns
	a, b := before.Alineas, after
	if len(a) > 20 || len(b) > 20 {
		return nil
	}
	for _, l := range append(append([]string(nil), a...), b...) {
		if strings.ContainsAny(l, "\"\n«»") {
			return nil
		}
	}
	art := "l'article " + billArticleNumber(before.Heading) + " du " + ref.Code
	of := " de " + art
	if inContext {
		of = ""
	}
	ops := alineaOps(a, b)
	type change struct {
		head  string
		lines []string
	}
	var changes []change
	add := func(head string, lines ...string) { changes = append(changes, change{head, lines}) }
	for n := range ops {
		o := ops[len(ops)-1-n]
		if inContext || style.firstFirst {
			o = ops[n]
		}
		// Ranks on the text as the change finds it: the article before
		// (the last change first; or every count the group's), or, the
		// first change first, after the changes before it.
		shift := 0
		if style.firstFirst {
			shift = o.j1 - o.i1
		}
		rk := func(i int) string { return rankNames[i+shift] }
		nb := o.j2 - o.j1
		switch {
		case o.i2-o.i1 == 1 && nb == 1:
			if w := redraftWords(rk(o.i1+1), of, a[o.i1], b[o.j1], nouns); w != "" {
				add(w)
				continue
			}
			add("Le "+rk(o.i1+1)+" alinéa"+of+" est ainsi rédigé :", b[o.j1:o.j2]...)
		case o.i2 > o.i1 && nb > 0:
			head := "Le " + rk(o.i1+1) + " alinéa" + of + " est remplacé par "
			if o.i2-o.i1 > 1 {
				head = "Les " + rk(o.i1+1) + " à " + rk(o.i2) + " alinéas" + of + " sont remplacés par "
			}
			add(head+alineasAnnounced(nb)+" :", b[o.j1:o.j2]...)
		case o.i2 > o.i1:
			if o.i2-o.i1 == 1 {
				add("Le " + rk(o.i1+1) + " alinéa" + of + " est supprimé.")
			} else {
				add("Les " + rk(o.i1+1) + " à " + rk(o.i2) + " alinéas" + of + " sont supprimés.")
			}
		case o.i1 == len(a) && inContext:
			verb := "Il est ajouté "
			if nb > 1 {
				verb = "Sont ajoutés "
			}
			add(verb+alineasAnnounced(nb)+" :", b[o.j1:o.j2]...)
		case o.i1 == len(a):
			add(upperFirst(art)+" est complété par "+alineasAnnounced(nb)+" :", b[o.j1:o.j2]...)
		case o.i1 == 0:
			return nil
		default:
			verb := "il est inséré "
			if nb > 1 {
				verb = "sont insérés "
			}
			add("Après le "+rk(o.i1)+" alinéa"+of+", "+verb+alineasAnnounced(nb)+" :", b[o.j1:o.j2]...)
		}
	}
	if !inContext {
		bill := make([]Article, len(changes))
		for i, c := range changes {
			bill[i] = Article{Number: ArticleNumber(strconv.Itoa(i + 1)), Alineas: append([]string{c.head}, quoteLines(c.lines, ".")...)}
		}
		return bill
	}
	// Items "1°", "2°" …: each ends with " ;", the last with ".".
	al := []string{upperFirst(art) + " est ainsi modifié :"}
	for i, c := range changes {
		end := " ;"
		if i == len(changes)-1 {
			end = "."
		}
		head := strconv.Itoa(i+1) + "° " + c.head
		if len(c.lines) == 0 {
			head = strings.TrimSuffix(head, ".") + end
			al = append(al, head)
			continue
		}
		al = append(al, head)
		al = append(al, quoteLines(c.lines, strings.TrimSpace(end))...)
	}
	return []Article{{Number: "1", Alineas: al}}
}

// redraftWords writes a change inside an alinéa as a word operation, ""
// when the words changed do not occur once.
func redraftWords(rank, of, x, y string, nouns bool) string {
	wx, p, q, old, new := changedWords(x, y)
	loc := "Au " + rank + " alinéa" + of
	if nouns && q == 0 && old != "" {
		loc = "À la fin du " + rank + " alinéa" + of
	}
	on, nn := wordsNoun(old, false), wordsNoun(new, false)
	if !nouns {
		on, nn = wordsNoun(old, true), wordsNoun(new, true)
	}
	switch {
	case old != "" && strings.Count(x, old) == 1 && new != "":
		return loc + ", " + on.det + " : \"" + old + "\" " + on.verb("remplacé") + " par " + nn.det + " : \"" + new + "\"."
	case old != "" && strings.Count(x, old) == 1:
		return loc + ", " + on.det + " : \"" + old + "\" " + on.verb("supprimé") + "."
	case old == "" && new != "" && q == 0:
		return "Le " + rank + " alinéa" + of + " est complété par " + nn.det + " : \"" + new + "\"."
	case old == "" && new != "" && p > 0:
		anchor := strings.Join(wx[max(0, p-3):p], " ")
		if strings.Count(x, anchor) == 1 && !endsWithPunct.MatchString(anchor) {
			return loc + ", après " + wordsNoun(anchor, !nouns).det + " : \"" + anchor + "\", sont insérés " + nn.det + " : \"" + new + "\"."
		}
	}
	return ""
}

// quotedNoun is how a drafter names quoted words: "les mots", "le mot",
// "la référence", "le taux", "le montant", "l'année".
type quotedNoun struct {
	det     string
	fem, pl bool
}

func (n quotedNoun) verb(participle string) string {
	switch {
	case n.pl:
		return "sont " + participle + "s"
	case n.fem:
		return "est " + participle + "e"
	}
	return "est " + participle
}

var (
	articleRef = regexp.MustCompile(`^(?:L\.|R\.|D\.|L\.O\.)\s?\d[\d-]*$`)
	rate       = regexp.MustCompile(`^\d+(?:,\d+)?\s?%$`)
	amount     = regexp.MustCompile(`^\d[\d\s]*(?:,\d+)?\s?(?:€|euros)$`)
	year       = regexp.MustCompile(`^(?:19|20)\d\d$`)
)

// wordsNoun names w: "les mots" when plain, else by what w is.
func wordsNoun(w string, plain bool) quotedNoun {
	switch {
	case plain:
		return quotedNoun{det: "les mots", pl: true}
	case articleRef.MatchString(w):
		return quotedNoun{det: "la référence", fem: true}
	case rate.MatchString(w):
		return quotedNoun{det: "le taux"}
	case amount.MatchString(w):
		return quotedNoun{det: "le montant"}
	case year.MatchString(w):
		return quotedNoun{det: "l'année", fem: true}
	case !strings.ContainsAny(w, " ,;.:'’-"):
		return quotedNoun{det: "le mot"}
	}
	return quotedNoun{det: "les mots", pl: true}
}

var endsWithPunct = regexp.MustCompile(`[,;:.]$`)

// billArticleNumber writes a code article's heading as a bill names it:
// "L336-2" → "L. 336-2", "LO135-1" → "L.O. 135-1".
func billArticleNumber(h string) string {
	for _, p := range []struct{ file, bill string }{{"LO", "L.O. "}, {"L", "L. "}, {"R", "R. "}, {"D", "D. "}} {
		if rest, ok := strings.CutPrefix(h, p.file); ok && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			return p.bill + rest
		}
	}
	return h
}

func alineasAnnounced(n int) string {
	if n == 1 {
		return "un alinéa ainsi rédigé"
	}
	for w, v := range cardinals {
		if v == n && !strings.Contains(w, "-") {
			return w + " alinéas ainsi rédigés"
		}
	}
	return ""
}

// quoteLines quotes new alinéas as La Fabrique's texts do: each opens with
// '"', the last closes with '"' and end (".", ";").
func quoteLines(ls []string, end string) []string {
	if len(ls) == 0 {
		return nil
	}
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = "\"" + l
	}
	if end == ";" {
		end = " ;"
	}
	out[len(out)-1] += "\"" + end
	return out
}

// alineaOp is a block of alinéas a[i1:i2] that becomes b[j1:j2].
type alineaOp struct{ i1, i2, j1, j2 int }

// alineaOps gives the blocks that differ between a and b (their longest
// common subsequence kept), in order.
func alineaOps(a, b []string) []alineaOp {
	n, m := len(a), len(b)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var ops []alineaOp
	i, j := 0, 0
	for i < n || j < m {
		if i < n && j < m && a[i] == b[j] {
			i, j = i+1, j+1
			continue
		}
		o := alineaOp{i1: i, j1: j}
		for (i < n || j < m) && !(i < n && j < m && a[i] == b[j]) {
			if j == m || i < n && lcs[i+1][j] >= lcs[i][j+1] {
				i++
			} else {
				j++
			}
		}
		o.i2, o.j2 = i, j
		ops = append(ops, o)
	}
	return ops
}

// TestCorpusRedraftedAmendments redrafts the same changes as amendments,
// in the Assemblée's layout ("À l'alinéa 2, substituer aux mots : « A »
// les mots : « B ».") and the Sénat's (a locator line, then the
// operation, then unquoted words), one amendment a change in the text's
// order, every alinéa numbered on the article as tabled — the code
// article before standing for a bill article — composes them
// ([ComposeAmendments]) and wants the article after, typography
// normalised (a new paragraph takes the article's own style of numbers,
// "VII.-", where a code article may mix them).
func TestCorpusRedraftedAmendments(t *testing.T) {
	if testing.Short() {
		t.Skip("some 10 s under the race detector: run in full by .ci/run's TestCorpus step")
	}
	total, exact := 0, 0
	forEachChange(t, func(ref CodeRef, before, after CodeArticle) {
		for _, senat := range []bool{false, true} {
			ams := redraftAmendments(before.Alineas, after.Alineas, senat)
			if ams == nil {
				continue
			}
			total++
			got, res := ComposeAmendments(Article{Number: "1", Alineas: before.Alineas}, ams)
			for i, r := range res {
				if !r.Applied {
					t.Errorf("%s: not applied: %q (%v)", ref, ams[i], r.Unparsed)
				}
			}
			g, w := strings.Join(got.Alineas, "\n"), strings.Join(after.Alineas, "\n")
			if typo(g) != typo(w) {
				t.Errorf("%s (Sénat %v): amendments\n  %s\ngot  %s", ref, senat, strings.Join(ams, "\n  "), shortDiff(typo(w), typo(g)))
				continue
			}
			if NormalizeSpace(NormalizeQuotes(g)) == NormalizeSpace(NormalizeQuotes(w)) {
				exact++
			}
		}
	})
	t.Logf("%d articles amended, all right typography normalised, %d exact", total, exact)
	if total < 150 {
		t.Errorf("only %d articles redrafted as amendments (over 150)", total)
	}
}

// TestCorpusRedraftedOneAmendment writes the amendments of
// TestCorpusRedraftedAmendments for an article with several changes as
// one amendment of numbered parts, in each chamber's layout ("I. – À
// l'alinéa 2, …", "II. – Supprimer l'alinéa 5."; "I. – Alinéa 2 /
// Remplacer les mots : …"), every alinéa numbered on the article as
// tabled, and wants the same article after.
func TestCorpusRedraftedOneAmendment(t *testing.T) {
	total := 0
	forEachChange(t, func(ref CodeRef, before, after CodeArticle) {
		for _, senat := range []bool{false, true} {
			ams := redraftAmendments(before.Alineas, after.Alineas, senat)
			if len(ams) < 2 || len(ams) > 10 {
				return
			}
			total++
			parts := make([]string, len(ams))
			for i, a := range ams {
				parts[i] = romans[i] + ". – " + a
			}
			one := strings.Join(parts, "\n\n")
			got, res := ComposeAmendments(Article{Number: "1", Alineas: before.Alineas}, []string{one})
			if !res[0].Applied {
				t.Errorf("%s: not applied: %q (%v)", ref, one, res[0].Unparsed)
				continue
			}
			if g, w := strings.Join(got.Alineas, "\n"), strings.Join(after.Alineas, "\n"); typo(g) != typo(w) {
				t.Errorf("%s: amendment\n  %s\ngot  %s", ref, strings.ReplaceAll(one, "\n", "\n  "), shortDiff(typo(w), typo(g)))
			}
		}
	})
	t.Logf("%d articles amended by one amendment of several parts", total)
	if total < 60 {
		t.Errorf("only %d articles (over 60)", total)
	}
}

var romans = []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}

// redraftAmendments writes the amendments that make b of a, one a
// change, in the text's order; nil when a change is not of a kind it
// writes.
func redraftAmendments(a, b []string, senat bool) []string {
	if len(a) > 20 || len(b) > 20 {
		return nil
	}
	for _, l := range append(append([]string(nil), a...), b...) {
		if strings.ContainsAny(l, "\"\n«»") {
			return nil
		}
	}
	quote := func(s string) string {
		if senat {
			return s
		}
		return "« " + s + " »"
	}
	block := func(ls []string) string {
		q := make([]string, len(ls))
		for i, l := range ls {
			q[i] = quote(l)
		}
		return strings.Join(q, "\n\n")
	}
	var ams []string
	for _, o := range alineaOps(a, b) {
		n, nb := o.i1+1, o.j2-o.j1
		if nb == 0 && labelPrefix(a[o.i1]) != "" {
			// A numbered division deleted from a bill stays, "III. -
			// (Supprimé)", where a code loses it: not comparable.
			return nil
		}
		span := strconv.Itoa(n)
		if o.i2-o.i1 > 1 {
			span = strconv.Itoa(n) + " à " + strconv.Itoa(o.i2)
		}
		switch {
		case o.i2-o.i1 == 1 && nb == 1:
			if w := amendWords(n, a[o.i1], b[o.j1], senat); w != "" {
				ams = append(ams, w)
			} else if senat {
				ams = append(ams, "Alinéa "+span+"\n\nRédiger ainsi cet alinéa :\n\n"+b[o.j1])
			} else {
				ams = append(ams, "Rédiger ainsi l'alinéa "+span+" :\n\n"+quote(b[o.j1]))
			}
		case o.i2 > o.i1 && nb > 0:
			if senat {
				these := "ces alinéas"
				if o.i2-o.i1 == 1 {
					these = "cet alinéa"
				}
				ams = append(ams, "Alinéas "+span+"\n\nRemplacer "+these+" par "+alineasAnnounced(nb)+" :\n\n"+block(b[o.j1:o.j2]))
			} else {
				to := "à l'alinéa " + span
				if o.i2-o.i1 > 1 {
					to = "aux alinéas " + span
				}
				ams = append(ams, "Substituer "+to+" "+alineasFollowing(nb)+" :\n\n"+block(b[o.j1:o.j2]))
			}
		case o.i2 > o.i1:
			switch {
			case senat && o.i2-o.i1 == 1:
				ams = append(ams, "Alinéa "+span+"\n\nSupprimer cet alinéa.")
			case senat:
				ams = append(ams, "Alinéas "+span+"\n\nSupprimer ces alinéas.")
			case o.i2-o.i1 == 1:
				ams = append(ams, "Supprimer l'alinéa "+span+".")
			default:
				ams = append(ams, "Supprimer les alinéas "+span+".")
			}
		case o.i1 == len(a):
			if senat {
				ams = append(ams, "Compléter cet article par "+alineasAnnounced(nb)+" :\n\n"+block(b[o.j1:o.j2]))
			} else {
				ams = append(ams, "Compléter cet article par "+alineasFollowing(nb)+" :\n\n"+block(b[o.j1:o.j2]))
			}
		case o.i1 == 0:
			return nil
		case senat:
			ams = append(ams, "Après l'alinéa "+strconv.Itoa(o.i1)+"\n\nInsérer "+alineasAnnounced(nb)+" :\n\n"+block(b[o.j1:o.j2]))
		default:
			ams = append(ams, "Après l'alinéa "+strconv.Itoa(o.i1)+", insérer "+alineasFollowing(nb)+" :\n\n"+block(b[o.j1:o.j2]))
		}
	}
	return ams
}

// alineasFollowing is the Assemblée's "l'alinéa suivant", "les deux
// alinéas suivants".
func alineasFollowing(n int) string {
	if n == 1 {
		return "l'alinéa suivant"
	}
	return "les " + strings.TrimSuffix(alineasAnnounced(n), " ainsi rédigés") + " suivants"
}

// amendWords writes a change inside alinéa n as an amendment's word
// operation, "" when the words changed do not occur once.
func amendWords(n int, x, y string, senat bool) string {
	wx, p, q, old, new := changedWords(x, y)
	if strings.TrimSpace(old) != old || strings.TrimSpace(new) != new {
		return "" // a change of spacing, not of words
	}
	al := strconv.Itoa(n)
	switch {
	case old != "" && strings.Count(x, old) == 1 && new != "":
		if senat {
			return "Alinéa " + al + "\n\nRemplacer les mots :\n\n" + old + "\n\npar les mots :\n\n" + new
		}
		return "À l'alinéa " + al + ", substituer aux mots :\n\n« " + old + " »\n\nles mots :\n\n« " + new + " »."
	case old != "" && strings.Count(x, old) == 1:
		if senat {
			return "Alinéa " + al + "\n\nSupprimer les mots :\n\n" + old
		}
		return "À l'alinéa " + al + ", supprimer les mots :\n\n« " + old + " »."
	case old == "" && new != "" && q == 0:
		if senat {
			return "Alinéa " + al + "\n\nCompléter cet alinéa par les mots :\n\n" + new
		}
		return "Compléter l'alinéa " + al + " par les mots :\n\n« " + new + " »."
	case old == "" && new != "" && p > 0:
		anchor := strings.Join(wx[max(0, p-3):p], " ")
		if strings.Count(x, anchor) != 1 || endsWithPunct.MatchString(anchor) {
			return ""
		}
		if senat {
			return "Alinéa " + al + "\n\nAprès les mots :\n\n" + anchor + "\n\ninsérer les mots :\n\n" + new
		}
		return "À l'alinéa " + al + ", après les mots :\n\n« " + anchor + " »,\n\ninsérer les mots :\n\n« " + new + " »."
	}
	return ""
}
