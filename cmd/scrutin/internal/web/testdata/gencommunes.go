//go:build ignore

// gencommunes turns the communes of each legislative constituency into the
// compact table the registration page searches (../communes.tsv). Run from
// the web directory:
//
//	go run testdata/gencommunes.go
//
// Input: testdata/circos_communes_aktiur.csv.gz, copied unedited (gzipped)
// from aktiur/carte-circonscriptions @ fb7d57f (no licence stated): one row
// per constituency, "departement,circonscription,communes", the communes
// (or consular posts abroad) as "A, B, … Y et Z", a commune split between
// constituencies marked "(en partie)".
//
// Output: one line per constituency, "DISTRICT<TAB>commune;commune;…",
// DISTRICT in domain.District form ("01-01", "971-02", "099-11"), a
// commune split between constituencies ending in "*", "Barre (La)" written
// "La Barre".
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// The source's codes for overseas and abroad → the Assemblée's.
var overseas = map[string]string{
	"ZA": "971", "ZB": "972", "ZC": "973", "ZD": "974", "ZM": "976", "ZN": "988",
	"ZP": "987", "ZS": "975", "ZW": "986", "ZX": "977", "ZZ": "099",
}

var article = regexp.MustCompile(`^(.*) \((Le|La|Les|L')\)$`)

func main() {
	f, err := os.Open("testdata/circos_communes_aktiur.csv.gz")
	check(err)
	zr, err := gzip.NewReader(f)
	check(err)
	rows, err := csv.NewReader(zr).ReadAll()
	check(err)
	var lines []string
	for _, r := range rows[1:] {
		dep, n, list := r[0], r[1], r[2]
		if o, ok := overseas[dep]; ok {
			dep = o
		}
		num, err := strconv.Atoi(n)
		check(err)
		parts := strings.Split(list, ", ")
		last := parts[len(parts)-1]
		// "… Y et Z": the last two. (A commune whose own name holds " et "
		// and comes last would be cut in two: none in this file does.)
		if i := strings.LastIndex(last, " et "); i > 0 {
			parts = append(parts[:len(parts)-1], last[:i], last[i+4:])
		}
		var out []string
		for _, c := range parts {
			c = strings.TrimSpace(c)
			partial := strings.HasSuffix(c, " (en partie)")
			c = strings.TrimSuffix(c, " (en partie)")
			if m := article.FindStringSubmatch(c); m != nil {
				sep := " "
				if m[2] == "L'" {
					sep = ""
				}
				c = m[2] + sep + m[1]
			}
			if strings.ContainsAny(c, ";*\t") || c == "" {
				check(fmt.Errorf("%s-%s: bad commune %q", dep, n, c))
			}
			if partial {
				c += "*"
			}
			out = append(out, c)
		}
		sort.Strings(out)
		lines = append(lines, fmt.Sprintf("%s-%02d\t%s", dep, num, strings.Join(out, ";")))
	}
	sort.Strings(lines)
	w, err := os.Create("communes.tsv")
	check(err)
	bw := bufio.NewWriter(w)
	for _, l := range lines {
		bw.WriteString(l + "\n")
	}
	check(bw.Flush())
	check(w.Close())
	fmt.Println(len(lines), "constituencies")
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
