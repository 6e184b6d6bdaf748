//go:build ignore

// gencommunes turns the communes of each legislative constituency into the
// compact table the registration page searches (../communes.tsv). Run from
// the web directory with the source file:
//
//	go run testdata/gencommunes.go PATH/circos_communes_aktiur.csv
//
// Source: circos_communes_aktiur.csv of aktiur/carte-circonscriptions @
// fb7d57f (no licence stated), also in the team's shared data folder
// (geo/); the generator refuses any other file (sha256 below). One row per
// constituency, "departement,circonscription,communes", the communes (or
// consular posts abroad) as "A, B, … Y et Z", a commune split between
// constituencies marked "(en partie)".
//
// Output: one line per constituency, "DISTRICT<TAB>commune;commune;…",
// DISTRICT in domain.District form ("01-01", "971-02", "099-11"), a
// commune split between constituencies ending in "*", "Barre (La)" written
// "La Barre".
package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

const sourceSHA256 = "fa7103a3b1ad532ad3762ebfee66f27e9f4b004a914ba92b31713795f17551f4"

// The source's codes for overseas and abroad → the Assemblée's.
var overseas = map[string]string{
	"ZA": "971", "ZB": "972", "ZC": "973", "ZD": "974", "ZM": "976", "ZN": "988",
	"ZP": "987", "ZS": "975", "ZW": "986", "ZX": "977", "ZZ": "099",
}

var article = regexp.MustCompile(`^(.*) \((Le|La|Les|L')\)$`)

func main() {
	if len(os.Args) != 2 {
		check(fmt.Errorf("usage: go run testdata/gencommunes.go PATH/circos_communes_aktiur.csv"))
	}
	src, err := os.ReadFile(os.Args[1])
	check(err)
	if sum := fmt.Sprintf("%x", sha256.Sum256(src)); sum != sourceSHA256 {
		check(fmt.Errorf("%s: sha256 %s, want %s (aktiur/carte-circonscriptions @ fb7d57f)", os.Args[1], sum, sourceSHA256))
	}
	rows, err := csv.NewReader(bytes.NewReader(src)).ReadAll()
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
