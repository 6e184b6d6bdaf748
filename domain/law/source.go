package law

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// AlineasInOrder gives a La Fabrique article's alinéas in their keys'
// order: "001" < "002" as the files write them, and keys not padded ("2",
// "10") in their numbers' order.
func AlineasInOrder(m map[string]string) []string {
	if len(m) == 0 {
		return nil
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, errA := strconv.Atoi(keys[i])
		b, errB := strconv.Atoi(keys[j])
		if errA == nil && errB == nil && a != b {
			return a < b
		}
		return keys[i] < keys[j]
	})
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		out = append(out, m[k])
	}
	return out
}

// LoadCodeTree reads a tree in the layout of the codes-juridiques-francais
// repository: codes-en-vigueur/<code>/…/article-*.md and
// codes-non-en-vigueur/<code>/…/article-*.md. The code's key comes from its
// folder name ("code-general-des-impots-cgi" → "code general des impots").
// An article present under both trees is taken from codes-en-vigueur.
// README.md files (division headings) are not articles and are skipped.
func LoadCodeTree(fsys fs.FS) (Corpus, error) {
	return loadCodeTree(fsys, nil)
}

// loadCodeTree is [LoadCodeTree]; with lax, a file it cannot read and an
// article in two files with different texts are told to lax (eval13.go)
// and the rest of the tree read.
func loadCodeTree(fsys fs.FS, lax *laxTree) (Corpus, error) {
	c := Corpus{}
	inForce := map[CodeRef]bool{}
	from := map[CodeRef]string{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasPrefix(d.Name(), "article-") || !strings.HasSuffix(d.Name(), ".md") {
			if lax != nil && !d.IsDir() && strangeFile(d.Name()) {
				return lax.unread(p, "not an article's file name (article-*.md): passed over")
			}
			return nil
		}
		parts := strings.Split(p, "/")
		if len(parts) < 3 {
			if lax != nil {
				return lax.unread(p, "want <tree>/<code>/…/article-*.md")
			}
			return fmt.Errorf("couldn't read %s: want <tree>/<code>/…/article-*.md", p)
		}
		code := strings.ReplaceAll(strings.TrimSuffix(parts[1], "-cgi"), "-", " ")
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			if lax != nil {
				return lax.unread(p, err.Error())
			}
			return err
		}
		a, ok := ParseCodeArticleMarkdown(code, string(b))
		if !ok {
			if lax != nil {
				return lax.unread(p, noHeading(b))
			}
			return fmt.Errorf("couldn't read %s: no \"# Article\" heading", p)
		}
		if lax != nil && namesNoArticle(a) {
			return lax.unread(p, "its heading names no article: "+strconv.Quote("# "+a.Heading))
		}
		a.Division = append([]string(nil), parts[2:len(parts)-1]...)
		current := parts[0] == "codes-en-vigueur"
		if prev, seen := c[a.Ref]; seen && inForce[a.Ref] == current {
			// Twice in one tree: one article if the texts agree, else
			// which one stands cannot be told (it was the last read).
			if strings.Join(prev.Alineas, "\n") != strings.Join(a.Alineas, "\n") {
				if lax != nil {
					lax.twice(a.Ref, from[a.Ref], p)
					return nil
				}
				return &DuplicateArticleError{Ref: a.Ref, First: from[a.Ref], Then: p}
			}
			return nil
		}
		if _, seen := c[a.Ref]; seen && inForce[a.Ref] && !current {
			return nil
		}
		if lax != nil {
			lax.read(p, a.Ref)
		}
		c[a.Ref] = a
		inForce[a.Ref] = current
		from[a.Ref] = p
		return nil
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

var decisionURL = mustRe(`(\d{4})(\d+)DC\.htm`)

var frenchMonths = [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}

// CensoredMentionFromProcedure gives the mention Légifrance prints in place
// of provisions struck down by the Conseil constitutionnel ("Dispositions
// déclarées non conformes à la Constitution par la décision du Conseil
// constitutionnel n° 2009-580 DC du 10 juin 2009"), read from a La Fabrique
// procedure.json: the step of institution "conseil constitutionnel", its
// source_url (…/2009580DC.htm) and date. ok is false when there is none.
func CensoredMentionFromProcedure(b []byte) (string, bool) {
	var doc struct {
		Steps []struct {
			Institution string `json:"institution"`
			Date        string `json:"date"`
			SourceURL   string `json:"source_url"`
		} `json:"steps"`
	}
	if json.Unmarshal(withoutBOM(b), &doc) != nil {
		return "", false
	}
	for _, s := range doc.Steps {
		if s.Institution != "conseil constitutionnel" {
			continue
		}
		m := decisionURL.FindStringSubmatch(s.SourceURL)
		d, err := time.Parse("2006-01-02", s.Date)
		if m == nil || err != nil {
			return "", false
		}
		day := strconv.Itoa(d.Day())
		if day == "1" {
			day = "1er"
		}
		n, _ := strconv.Atoi(m[2])
		return fmt.Sprintf("Dispositions déclarées non conformes à la Constitution par la décision du Conseil constitutionnel n° %s-%d DC du %s %s %d",
			m[1], n, day, frenchMonths[d.Month()-1], d.Year()), true
	}
	return "", false
}

// subFS returns fsys rooted at dir, or fsys itself for ".".
func subFS(fsys fs.FS, dir string) (fs.FS, error) {
	if dir == "." || dir == "" {
		return fsys, nil
	}
	return fs.Sub(fsys, dir)
}

func exists(fsys fs.FS, p string) bool {
	_, err := fs.Stat(fsys, p)
	return err == nil
}

func join(a, b string) string {
	if a == "." || a == "" {
		return b
	}
	return path.Join(a, b)
}

// OwnLaw names the law being applied, so that its own blank references
// can be filled in: a bill cannot know its number and date, and writes
// "la loi n° du … de modernisation de l'agriculture et de la pêche"; the
// consolidated codes print "la loi n° 2010-874 du 27 juillet 2010 de
// modernisation de l'agriculture et de la pêche".
type OwnLaw struct {
	Kind   string // "loi" or "loi organique"
	Number string // "2010-874"
	Date   string // "27 juillet 2010"
	Title  string // "de modernisation de l'agriculture et de la pêche"
}

var (
	lawName       = mustRe(`(?i)^\s*(loi(?:\s+organique)?)\s+n°\s*(\d{2,4}-\d+)\s+du\s+(\d{1,2}(?:er)?\s+\pL+\s+\d{4})\s*$`)
	billKindTitle = mustRe(`(?i)^\s*(?:projet|proposition)\s+de\s+(loi(?:\s+organique)?)\s+`)
)

// OwnLawFromProcedure reads the law's name ("law_name": "Loi n° 2010-874
// du 27 juillet 2010") and title ("long_title": "projet de loi de
// modernisation de …") from a La Fabrique procedure.json.
func OwnLawFromProcedure(b []byte) (OwnLaw, bool) {
	var doc struct {
		LawName   string `json:"law_name"`
		LongTitle string `json:"long_title"`
	}
	if json.Unmarshal(withoutBOM(b), &doc) != nil {
		return OwnLaw{}, false
	}
	m := lawName.FindStringSubmatch(doc.LawName)
	t := billKindTitle.FindStringSubmatchIndex(doc.LongTitle)
	if m == nil || t == nil {
		return OwnLaw{}, false
	}
	kind := strings.ToLower(strings.Join(strings.Fields(m[1]), " "))
	if strings.ToLower(strings.Join(strings.Fields(doc.LongTitle[t[2]:t[3]]), " ")) != kind {
		return OwnLaw{}, false
	}
	return OwnLaw{Kind: kind, Number: m[2], Date: m[3], Title: strings.TrimSpace(doc.LongTitle[t[1]:])}, true
}

var blankLaw = mustRe(`\b([Ll]oi(?:\s+organique)?)\s+n°\s+du\s+`)

// Fill writes the law's number and date into its own blank references in
// s: "loi n° du" of the same kind (loi, loi organique) followed by the
// law's title (its words of four letters or more, in order, within the
// title's length; "de …" or "relative à …"). A blank reference to another
// law — a companion organic law, say — stays blank.
func (o OwnLaw) Fill(s string) string {
	if o.Number == "" || !strings.Contains(s, "n° du") {
		return s
	}
	var keys []string
	for _, w := range strings.FieldsFunc(asciiLower(foldAccents(o.Title)), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) >= 4 {
			keys = append(keys, w)
		}
	}
	if len(keys) == 0 {
		return s
	}
	var b strings.Builder
	for {
		loc := blankLaw.FindStringSubmatchIndex(s)
		if loc == nil {
			b.WriteString(s)
			return b.String()
		}
		kind := strings.ToLower(strings.Join(strings.Fields(s[loc[2]:loc[3]]), " "))
		after := asciiLower(foldAccents(s[loc[1]:]))
		window := after[:min(len(after), len(o.Title)+len(" relative a la"))]
		ok := kind == o.Kind
		for _, k := range keys {
			i := strings.Index(window, k)
			if !ok || i < 0 {
				ok = false
				break
			}
			window = window[i+len(k):]
		}
		b.WriteString(s[:loc[0]])
		if ok {
			b.WriteString(s[loc[2]:loc[3]] + " n° " + o.Number + " du " + o.Date + " ")
		} else {
			b.WriteString(s[loc[0]:loc[1]])
		}
		s = s[loc[1]:]
	}
}
