package law

import (
	"io/fs"
	"os"
	"reflect"
	"strings"
	"testing"
)

// TestRegexRequired: the literals a match must contain, read from short
// expressions; nothing where a match can do without.
func TestRegexRequired(t *testing.T) {
	for _, c := range []struct {
		expr string
		want [][]string
	}{
		{`est\s+supprim`, [][]string{{"supprim"}, {"est"}}},
		{`(?:mots?|phrase)\s*:`, [][]string{{"mot", "phrase"}, {":"}}},
		{`"[^"]*"|«[^»]*»`, [][]string{{`"`, "«"}}},
		{`(?i)remplac`, [][]string{{"(?i)remplac"}}}, // without ASCII case (cost10)
		{`(?i)supprim`, [][]string{{"(?i)upprim"}}},  // s: ſ (cost10)
		{`(?:remplac|)\s`, nil},
		{`a*b?`, nil},
		{`(?:xy){2}z+`, [][]string{{"xy"}, {"z"}}},
		{`[«"]`, nil},
		{`^(?:au|le) mot`, nil},
		{`(?m)^le mot`, [][]string{{"le mot"}}},
	} {
		var got [][]string
		for _, g := range mustContain(c.expr) {
			var ls []string
			for _, n := range g {
				ls = append(ls, n.String())
			}
			got = append(got, ls)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: %q, want %q", c.expr, got, c.want)
		}
	}
}

// TestRegexNeed holds every expression of the package to the regexp
// package's own results on lines of the development sets, as written and
// lowered without accents (the engine matches both): where the literals
// a match needs are missing, the expression has no match there either.
func TestRegexNeed(t *testing.T) {
	var lines []string
	for _, dir := range []string{"testdata/laws", "testdata/amendments", "testdata/hadopi"} {
		err := fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := os.ReadFile(dir + "/" + p)
			if err != nil {
				return err
			}
			for _, l := range strings.Split(string(b), "\n") {
				if l = strings.TrimSpace(l); l != "" {
					lines = append(lines, l)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	step := max(1, len(lines)/250)
	var sample []string
	for i := 0; i < len(lines); i += step {
		sample = append(sample, lines[i], foldAccents(strings.ToLower(lines[i])))
	}
	if len(regexes) < 100 {
		t.Fatalf("%d expressions made by mustRe, want the package's hundreds", len(regexes))
	}
	pruned := 0
	for _, r := range regexes {
		for _, s := range sample {
			if r.may(s) {
				continue
			}
			pruned++
			if loc := r.Regexp.FindStringIndex(s); loc != nil {
				t.Fatalf("%s matches %q in %q, which lacks %q", r, s[loc[0]:loc[1]], s, r.need)
			}
		}
	}
	if pruned == 0 {
		t.Fatal("no line was passed over: the test checks nothing")
	}
}
