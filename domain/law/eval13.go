package law

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// The evaluation of a law around the article files it cannot read
// (docs/LAW.md, "Measuring the engine"; eval13_test.go): a file of
// avant/ or apres/ without its "# Article" heading (an empty one among
// them), or an article in two files of one tree with different texts,
// stopped the measure of the whole law. Each is now named in the law's
// files_unread, and the article it holds, when it can be told, is left
// out of the comparison: the rest of the law is measured.

// laxTree gathers what loadCodeTree read of one tree and what it could
// not.
type laxTree struct {
	// byName maps a file's code folder and name ("code-civil/article-1.md")
	// to the articles read from files so named.
	byName map[string][]CodeRef
	bad    []laxFile
	// ambiguous are the articles in two files with different texts.
	ambiguous map[CodeRef]string
}

// laxFile is a file of a tree not read, and why.
type laxFile struct {
	path, why string
}

func newLaxTree() *laxTree {
	return &laxTree{byName: map[string][]CodeRef{}, ambiguous: map[CodeRef]string{}}
}

// fileName is the key a file is matched by across avant/ and apres/: its
// code's folder and its name (an article may change division, not file).
func fileName(p string) string {
	parts := strings.Split(p, "/")
	if len(parts) < 3 {
		return p
	}
	return parts[1] + "/" + path.Base(p)
}

func (l *laxTree) unread(p, why string) error {
	l.bad = append(l.bad, laxFile{p, why})
	return nil
}

func (l *laxTree) read(p string, ref CodeRef) {
	k := fileName(p)
	l.byName[k] = append(l.byName[k], ref)
}

func (l *laxTree) twice(ref CodeRef, first, then string) {
	if _, ok := l.ambiguous[ref]; !ok {
		l.ambiguous[ref] = (&DuplicateArticleError{Ref: ref, First: first, Then: then}).Error()
	}
}

// noHeading is why an article file without its heading is not read.
func noHeading(b []byte) string {
	if len(bytes.TrimSpace(withoutBOM(b))) == 0 {
		return `empty file, no "# Article" heading`
	}
	return `no "# Article" heading`
}

// loadTrees reads a law's avant/ and apres/ (each missing one empty),
// passing over the files it cannot read: left lists the articles left
// out of the comparison (the one such a file holds, found by the file of
// the same name in the other tree; an article in two files of one tree
// with different texts), unread names each file passed over and what
// was left out for it. An article of avant/ left out is taken out of
// avant/ too (what to apply the law to is not known).
func loadTrees(fsys fs.FS, dir string) (avant, apres Corpus, left map[CodeRef]bool, unread []string, err error) {
	trees := [2]string{"avant", "apres"}
	var lax [2]*laxTree
	var cs [2]Corpus
	for i, t := range trees {
		lax[i] = newLaxTree()
		cs[i] = Corpus{}
		d := join(dir, t)
		if !exists(fsys, d) {
			continue
		}
		sub, err := subFS(fsys, d)
		if err != nil {
			return nil, nil, nil, nil, err
		}
		if cs[i], err = loadCodeTree(sub, lax[i]); err != nil {
			return nil, nil, nil, nil, fmt.Errorf("%s: %w", t, err)
		}
	}
	left = map[CodeRef]bool{}
	for i, t := range trees {
		other := lax[1-i]
		for _, f := range lax[i].bad {
			refs := other.byName[fileName(f.path)]
			what := "the article it holds is not known (no file of that name in " + trees[1-i] + "/)"
			if len(refs) > 0 {
				var names []string
				for _, r := range refs {
					left[r] = true
					names = append(names, r.String())
				}
				what = "left out of the comparison: " + strings.Join(names, ", ")
			}
			unread = append(unread, t+"/"+f.path+": "+f.why+"; "+what)
		}
		for r, why := range lax[i].ambiguous {
			left[r] = true
			unread = append(unread, t+": "+why+"; left out of the comparison: "+r.String())
		}
	}
	for r := range left {
		delete(cs[0], r)
	}
	sort.Strings(unread)
	return cs[0], cs[1], left, unread, nil
}

// unreadNote is the list the text report prints under the laws' table of
// the article files not read, each law's; empty when there are none.
func unreadNote(laws []LawEval) string {
	var b strings.Builder
	for _, l := range laws {
		for _, s := range l.Unread {
			fmt.Fprintf(&b, "- %s: %s\n", l.Name, s)
		}
	}
	if b.Len() == 0 {
		return ""
	}
	return "\nArticle files not read (the law measured around them):\n\n" + b.String()
}

// namesNoArticle says whether an article file's heading names no article:
// "# Article" alone, or nothing an article number is read from ("#
// Article *"). Its article was compared under that empty name with any
// other file so headed.
func namesNoArticle(a CodeArticle) bool {
	return strings.TrimSpace(a.Ref.Article) == "" || strings.EqualFold(strings.TrimSpace(a.Heading), "article")
}

// strangeFile says whether a file of a law's tree named otherwise than
// article-*.md is worth naming: not a division's README.md, not a hidden
// file (".DS_Store"). The corpus's trees hold no other file; one
// ("Article-L1.md", "article-l1.md.orig") may be an article passed over.
func strangeFile(name string) bool {
	return name != "README.md" && !strings.HasPrefix(name, ".")
}
