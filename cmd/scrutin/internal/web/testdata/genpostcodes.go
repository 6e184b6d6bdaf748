//go:build ignore

// genpostcodes turns the French postcodes table of the npm package
// codes-postaux into the compact table the registration page searches
// (../postcodes.tsv). Run from the web directory with the package:
//
//	npm pack codes-postaux@4.1.2
//	go run testdata/genpostcodes.go PATH/codes-postaux-4.1.2.tgz
//
// Source: codes-postaux 4.1.2 (github.com/BaseAdresseNationale/codes-postaux,
// MIT), whose codes-postaux.json is made from INSEE's Code officiel
// géographique and the DGFiP's FIMOCT (Licence Ouverte); the generator
// refuses any other tarball (sha256 below). One object per (postcode,
// commune): {"codePostal","codeCommune","nomCommune","libelleAcheminement"}.
//
// Output: one line per postcode, in order,
// "POSTCODE<TAB>INSEE name;INSEE name;…", the communes in INSEE order.
package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"
)

const sourceSHA256 = "4dbca742ec9eaa91897b949bde893cc4c7417699693120e1373f0cd489157d41"

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: go run testdata/genpostcodes.go codes-postaux-4.1.2.tgz")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "genpostcodes:", err)
		os.Exit(1)
	}
}

func run(path string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if sum := fmt.Sprintf("%x", sha256.Sum256(raw)); sum != sourceSHA256 {
		return fmt.Errorf("%s: sha256 %s, want %s (codes-postaux 4.1.2)", path, sum, sourceSHA256)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return err
	}
	tr := tar.NewReader(zr)
	var data []byte
	for {
		h, err := tr.Next()
		if err != nil {
			return fmt.Errorf("couldn't find package/codes-postaux.json: %w", err)
		}
		if h.Name == "package/codes-postaux.json" {
			if data, err = io.ReadAll(tr); err != nil {
				return err
			}
			break
		}
	}
	var rows []struct {
		Postcode string `json:"codePostal"`
		INSEE    string `json:"codeCommune"`
		Name     string `json:"nomCommune"`
	}
	if err := json.Unmarshal(data, &rows); err != nil {
		return err
	}
	code := regexp.MustCompile(`^[0-9]{5}$`)
	insee := regexp.MustCompile(`^[0-9][0-9AB][0-9]{3}$`)
	by := map[string]map[string]string{} // postcode → INSEE → name
	for _, r := range rows {
		if !code.MatchString(r.Postcode) || !insee.MatchString(r.INSEE) || r.Name == "" || strings.ContainsAny(r.Name, "\t;\n") {
			return fmt.Errorf("unexpected row %+v", r)
		}
		if by[r.Postcode] == nil {
			by[r.Postcode] = map[string]string{}
		}
		by[r.Postcode][r.INSEE] = r.Name
	}
	var out bytes.Buffer
	pcs := make([]string, 0, len(by))
	for pc := range by {
		pcs = append(pcs, pc)
	}
	sort.Strings(pcs)
	for _, pc := range pcs {
		var list []string
		for c, n := range by[pc] {
			list = append(list, c+" "+n)
		}
		sort.Strings(list)
		fmt.Fprintf(&out, "%s\t%s\n", pc, strings.Join(list, ";"))
	}
	if err := os.WriteFile("postcodes.tsv", out.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("postcodes.tsv: %d postcodes, %d rows, %d bytes, sha256 %x\n", len(pcs), len(rows), out.Len(), sha256.Sum256(out.Bytes()))
	return nil
}
