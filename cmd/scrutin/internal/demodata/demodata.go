// Package demodata holds real parliamentary open data, embedded in the
// binary, for the demo and for tests: La Fabrique de la loi's Hadopi 1
// dossier (projet de loi pjl07-405, loi n° 2009-669), the Assemblée
// nationale's open data for two bills of the 17th legislature (amendments,
// nominative votes, deputies, groups) and the constituency tables. The
// provenance and licence of each folder is in README.md, next to this file.
//
// The product never reads the shared data folder at run time: this package
// is the copy it uses.
package demodata

import (
	"embed"
	"io/fs"
)

//go:embed data
var files embed.FS

// FS returns the data files, rooted at the data folder: "fabrique/…",
// "an_L17/…", "districts/…".
func FS() fs.FS {
	sub, err := fs.Sub(files, "data")
	if err != nil {
		panic(err) // "data" is embedded above: cannot happen
	}
	return sub
}
