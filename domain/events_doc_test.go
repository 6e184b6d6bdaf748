package domain_test

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/scrutin/scrutin/domain"
)

var updateDoc = flag.Bool("update-doc", false, "rewrite the examples of docs/EVENTS.md from the vectors")

const eventsDoc = "../docs/EVENTS.md"

// TestEventsDoc checks docs/EVENTS.md against the code, kind by kind: every
// event kind has a section "### `Name/vN`" with a layout table and a
// literal example; the example is the bytes of the vector the section
// names, annotated by decoding them with the section's table — an
// implementation written from the document alone. So the table is the
// encoding (it consumes the payload exactly), and the example is the
// vector's bytes.
//
//	go test ./domain -run TestEventsDoc -update-doc
//
// rewrites the examples after the vectors or the tables change.
func TestEventsDoc(t *testing.T) {
	raw, err := os.ReadFile(eventsDoc)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(raw)
	sections := docSections(doc)
	known := map[string]bool{}
	for _, k := range domain.Kinds() {
		known[k.String()] = true
		if _, ok := sections[k.String()]; !ok {
			t.Errorf("docs/EVENTS.md has no section ### `%s`", k)
		}
	}
	for name, sec := range sections {
		if !known[name] {
			t.Errorf("docs/EVENTS.md documents %s, which is no event kind", name)
			continue
		}
		t.Run(name, func(t *testing.T) {
			block, err := sec.example(t)
			if err != nil {
				t.Fatal(err)
			}
			if *updateDoc {
				fence := strings.Index(sec.text, "```\n") + len("```\n")
				text := sec.text[:fence] + block + sec.text[fence+len(sec.block):]
				doc = strings.Replace(doc, sec.text, text, 1)
				return
			}
			if sec.block != block {
				t.Errorf("the example differs from the vector decoded with the table (run go test ./domain -run TestEventsDoc -update-doc):\n--- doc\n%s\n--- want\n%s", sec.block, block)
			}
		})
	}
	if *updateDoc {
		if err := os.WriteFile(eventsDoc, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// docSection is one event kind's section of docs/EVENTS.md.
type docSection struct {
	kind   string
	text   string
	vector string // the vector file the example is
	block  string // the example code block's content, between the fences
}

var (
	sectionHeading = regexp.MustCompile("(?m)^### `([A-Za-z0-9]+/v[0-9]+)`")
	exampleVector  = regexp.MustCompile("[Ee]xample: vector `([a-z0-9-]+\\.txt)`")
)

func docSections(doc string) map[string]*docSection {
	out := map[string]*docSection{}
	locs := sectionHeading.FindAllStringSubmatchIndex(doc, -1)
	for i, loc := range locs {
		end := len(doc)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		if j := strings.Index(doc[loc[1]:end], "\n## "); j >= 0 {
			end = loc[1] + j
		}
		s := &docSection{kind: doc[loc[2]:loc[3]], text: doc[loc[0]:end]}
		if m := exampleVector.FindStringSubmatch(s.text); m != nil {
			s.vector = m[1]
		}
		if _, rest, ok := strings.Cut(s.text, "```\n"); ok {
			if j := strings.Index(rest, "```"); j >= 0 {
				s.block = rest[:j]
			}
		}
		out[s.kind] = s
	}
	return out
}

// example decodes the section's vector with its table and returns the
// annotated example block.
func (s *docSection) example(t *testing.T) (string, error) {
	fields, err := parseTable(s.text)
	if err != nil {
		return "", err
	}
	if s.vector == "" {
		return "", fmt.Errorf("no line \"Example: vector `name.txt`\"")
	}
	if !strings.Contains(s.text, "```\n") {
		return "", fmt.Errorf("no example code block")
	}
	v := readVector(t, "testdata/vectors/"+s.vector)
	if v["expect"] != "valid" || v["type"] != s.kind {
		return "", fmt.Errorf("vector %s is %s of type %s, want a valid %s", s.vector, v["expect"], v["type"], s.kind)
	}
	entry, err := hex.DecodeString(v["entry"])
	if err != nil {
		return "", err
	}
	w := &docWalker{b: entry}
	w.envelope()
	n := len(entry) - w.off
	w.walk(fields, "")
	if w.err != nil {
		return "", fmt.Errorf("decoding vector %s with the table: %v", s.vector, w.err)
	}
	if w.off != len(entry) {
		return "", fmt.Errorf("the table decodes %d of the %d payload bytes of vector %s", n-(len(entry)-w.off), n, s.vector)
	}
	return w.out.String(), nil
}

// docField is one row of a layout table: a name and a type, where a type
// is a primitive of docs/EVENTS.md, "fixed(n)", "list of T" or
// "list of {name: T, name: T}".
type docField struct {
	name string
	typ  docType
}

type docType struct {
	prim   string     // u8 … time, fixed, or "" for a struct
	n      int        // fixed(n)
	list   *docType   // element type of a list
	fields []docField // struct fields
}

// parseTable reads the first table whose header starts "| field | type |".
func parseTable(text string) ([]docField, error) {
	lines := strings.Split(text, "\n")
	var out []docField
	in := false
	for _, l := range lines {
		if !in {
			in = strings.HasPrefix(l, "| field | type |")
			continue
		}
		if strings.HasPrefix(l, "|---") || strings.HasPrefix(l, "| ---") {
			continue
		}
		if !strings.HasPrefix(l, "|") {
			break
		}
		cells := strings.Split(l, "|")
		if len(cells) < 4 {
			return nil, fmt.Errorf("table row %q", l)
		}
		typ, err := parseType(strings.Trim(strings.TrimSpace(cells[2]), "`"))
		if err != nil {
			return nil, fmt.Errorf("row %q: %v", l, err)
		}
		out = append(out, docField{strings.TrimSpace(cells[1]), typ})
	}
	if !in {
		return nil, fmt.Errorf("no table with header \"| field | type |\"")
	}
	return out, nil
}

func parseType(s string) (docType, error) {
	s = strings.TrimSpace(s)
	switch s {
	case "u8", "u16", "u32", "u64", "i64", "bool", "bytes", "str", "time":
		return docType{prim: s}, nil
	}
	if rest, ok := strings.CutPrefix(s, "fixed("); ok {
		n, err := strconv.Atoi(strings.TrimSuffix(rest, ")"))
		if err != nil || !strings.HasSuffix(rest, ")") || n < 1 {
			return docType{}, fmt.Errorf("bad type %q", s)
		}
		return docType{prim: "fixed", n: n}, nil
	}
	if rest, ok := strings.CutPrefix(s, "list of "); ok {
		el, err := parseType(rest)
		if err != nil {
			return docType{}, err
		}
		return docType{list: &el}, nil
	}
	if strings.HasPrefix(s, "{") && strings.HasSuffix(s, "}") {
		var t docType
		for _, f := range splitTop(s[1 : len(s)-1]) {
			name, ft, ok := strings.Cut(f, ":")
			if !ok {
				return docType{}, fmt.Errorf("struct field %q has no type", f)
			}
			typ, err := parseType(ft)
			if err != nil {
				return docType{}, err
			}
			t.fields = append(t.fields, docField{strings.TrimSpace(name), typ})
		}
		return t, nil
	}
	return docType{}, fmt.Errorf("unknown type %q", s)
}

// splitTop splits s at the commas outside braces.
func splitTop(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, c := range s {
		switch c {
		case '{':
			depth++
		case '}':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

// docWalker decodes an entry by the document's rules and writes the
// annotated dump: each field's bytes in hex, 32 to a line, and a comment.
type docWalker struct {
	b   []byte
	off int
	err error
	out strings.Builder
}

func (w *docWalker) take(n int, what string) []byte {
	if w.err != nil {
		return nil
	}
	if n < 0 || len(w.b)-w.off < n {
		w.err = fmt.Errorf("%s: need %d bytes, have %d", what, n, len(w.b)-w.off)
		return nil
	}
	v := w.b[w.off : w.off+n]
	w.off += n
	return v
}

func (w *docWalker) line(b []byte, comment string) {
	if w.err != nil {
		return
	}
	for i := 0; i == 0 || i < len(b); i += 32 {
		chunk := b[i:min(i+32, len(b))]
		fmt.Fprintf(&w.out, "%-64s  %s", hex.EncodeToString(chunk), comment)
		w.out.WriteString("\n")
		comment = ""
	}
}

func (w *docWalker) uint(n int, what string) uint64 {
	b := w.take(n, what)
	if b == nil {
		return 0
	}
	var v uint64
	for _, c := range b {
		v = v<<8 | uint64(c)
	}
	return v
}

// quote shows a string as the document does: in double quotes, newlines
// as \n, cut after 48 characters.
func quote(s string) string {
	if utf8.RuneCountInString(s) > 48 {
		s = string([]rune(s)[:47]) + "…"
	}
	return `"` + strings.ReplaceAll(s, "\n", `\n`) + `"`
}

func (w *docWalker) envelope() {
	w.line(w.take(len(domain.EntryMagic), "magic"), quote(domain.EntryMagic))
	w.str("type")
	v := w.uint(2, "type version")
	w.line(w.b[w.off-2:w.off], fmt.Sprintf("type version %d", v))
	w.str("stream")
	v = w.uint(8, "stream revision")
	w.line(w.b[w.off-8:w.off], fmt.Sprintf("stream revision %d", v))
	w.scalar(docType{prim: "time"}, "time")
	n := w.uint(4, "payload length")
	w.line(w.b[w.off-4:w.off], fmt.Sprintf("payload length %d", n))
	if w.err == nil && int(n) != len(w.b)-w.off {
		w.err = fmt.Errorf("payload length %d, %d bytes left", n, len(w.b)-w.off)
	}
}

func (w *docWalker) str(what string) {
	n := w.uint(4, what+" length")
	w.line(w.b[w.off-4:w.off], fmt.Sprintf("%s length %d", what, n))
	s := w.take(int(n), what)
	if w.err == nil && !utf8.Valid(s) {
		w.err = fmt.Errorf("%s: not UTF-8", what)
	}
	if n > 0 {
		w.line(s, quote(string(s)))
	}
}

func (w *docWalker) scalar(t docType, what string) {
	switch t.prim {
	case "u8", "u16", "u32", "u64":
		size := map[string]int{"u8": 1, "u16": 2, "u32": 4, "u64": 8}[t.prim]
		v := w.uint(size, what)
		w.line(w.b[w.off-size:w.off], fmt.Sprintf("%s %d", what, v))
	case "i64":
		v := int64(w.uint(8, what))
		w.line(w.b[w.off-8:w.off], fmt.Sprintf("%s %d", what, v))
	case "bool":
		v := w.uint(1, what)
		if w.err == nil && v > 1 {
			w.err = fmt.Errorf("%s: bool %d", what, v)
		}
		w.line(w.b[w.off-1:w.off], fmt.Sprintf("%s %t", what, v == 1))
	case "time":
		v := int64(w.uint(8, what))
		w.line(w.b[w.off-8:w.off], fmt.Sprintf("%s %s", what, time.UnixMicro(v).UTC().Format("2006-01-02T15:04:05.999999Z")))
	case "str":
		w.str(what)
	case "bytes":
		n := w.uint(4, what+" length")
		w.line(w.b[w.off-4:w.off], fmt.Sprintf("%s length %d", what, n))
		if b := w.take(int(n), what); n > 0 {
			w.line(b, what)
		}
	case "fixed":
		w.line(w.take(t.n, what), what)
	}
}

func (w *docWalker) walk(fields []docField, prefix string) {
	for _, f := range fields {
		w.value(f.typ, prefix+f.name)
	}
}

func (w *docWalker) value(t docType, what string) {
	switch {
	case t.list != nil:
		n := w.uint(4, what+" count")
		w.line(w.b[w.off-4:w.off], fmt.Sprintf("%s: %d", what, n))
		for i := uint64(0); i < n && w.err == nil; i++ {
			w.value(*t.list, fmt.Sprintf("%s[%d]", what, i))
		}
	case t.prim == "":
		w.walk(t.fields, what+".")
	default:
		w.scalar(t, what)
	}
}

// TestEventsDocWalker: the walker refuses what the decoder refuses, so a
// table that mis-describes a payload cannot pass by accident.
func TestEventsDocWalker(t *testing.T) {
	v := readVector(t, "testdata/vectors/bill-introduced.txt")
	entry, _ := hex.DecodeString(v["entry"])
	table := func(rows ...string) []docField {
		var fs []docField
		for _, r := range rows {
			name, typ, _ := strings.Cut(r, "=")
			tt, err := parseType(typ)
			if err != nil {
				t.Fatal(err)
			}
			fs = append(fs, docField{name, tt})
		}
		return fs
	}
	walk := func(fs []docField) error {
		w := &docWalker{b: entry}
		w.envelope()
		w.walk(fs, "")
		if w.err == nil && w.off != len(entry) {
			return fmt.Errorf("%d bytes left", len(entry)-w.off)
		}
		return w.err
	}
	if err := walk(table("bill=str", "kind=u8", "title=str", "source=str")); err != nil {
		t.Fatalf("the right table: %v", err)
	}
	for _, bad := range [][]docField{
		table("bill=str", "kind=u8", "title=str"),
		table("bill=str", "kind=u16", "title=str", "source=str"),
		table("bill=str", "kind=bool", "title=str", "source=str", "more=u8"),
	} {
		if walk(bad) == nil {
			t.Errorf("a wrong table decodes the vector: %v", bad)
		}
	}
	if !bytes.Equal(entry[:4], []byte("scru")) || binary.BigEndian.Uint16(entry[17+4+14:]) != 1 {
		t.Fatal("unexpected vector")
	}
}
