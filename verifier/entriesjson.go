package verifier

import (
	"encoding/base64"
	"strconv"
	"unicode/utf8"
)

// fastEntries reads a page of the entries API written the way the server
// writes it (docs/LEDGER.md "Entries": compact JSON, the fields of
// domain.LogEntry in their order, no escapes outside the event), several
// times faster than encoding/json: the auditor reads every entry of the log
// this way once. It returns ok false for anything else — another order,
// white space, an escape, a field missing or added, a number written
// otherwise — and the caller then decodes the page with encoding/json: a
// page is never refused or misread for its formatting.
//
// What it accepts, encoding/json reads to the same values (the fuzz test
// checks it): strings without backslashes or control characters, integers
// without sign, leading zeros, fraction or exponent, the time as
// time.Time's JSON, raw as standard base64 with padding, and the event as
// a balanced object. The event's bytes are not validated here: the caller
// compares them with the entry's own encoding, so an event that is not
// JSON is reported as a difference of its entry, where encoding/json would
// have refused the page.
func fastEntries(b []byte) (es []servedEntry, ok bool) {
	p := fastParser{b: b}
	if !p.lit("[") {
		return nil, false
	}
	es = []servedEntry{} // as encoding/json reads "[]"
	if p.lit("]") {
		return es, p.end()
	}
	for {
		var e servedEntry
		if !p.entry(&e) {
			return nil, false
		}
		es = append(es, e)
		if p.lit("]") {
			return es, p.end()
		}
		if !p.lit(",") {
			return nil, false
		}
	}
}

type fastParser struct {
	b []byte
	i int
}

// end reports whether only JSON white space is left (the server ends a
// page with a newline).
func (p *fastParser) end() bool {
	for ; p.i < len(p.b); p.i++ {
		switch p.b[p.i] {
		case ' ', '\t', '\r', '\n':
		default:
			return false
		}
	}
	return true
}

func (p *fastParser) lit(s string) bool {
	if len(p.b)-p.i >= len(s) && string(p.b[p.i:p.i+len(s)]) == s {
		p.i += len(s)
		return true
	}
	return false
}

// str reads a string without escapes or control characters, valid UTF-8
// left to the callers (its bytes are compared or parsed).
func (p *fastParser) str() ([]byte, bool) {
	if !p.lit(`"`) {
		return nil, false
	}
	start := p.i
	for p.i < len(p.b) {
		switch c := p.b[p.i]; {
		case c == '"':
			s := p.b[start:p.i]
			p.i++
			return s, utf8.Valid(s) // encoding/json would replace bad bytes
		case c == '\\' || c < 0x20:
			return nil, false
		}
		p.i++
	}
	return nil, false
}

// uint reads an unsigned integer as JSON writes it: "0" or digits not
// starting with 0.
func (p *fastParser) uint(bits int) (uint64, bool) {
	start := p.i
	for p.i < len(p.b) && p.b[p.i] >= '0' && p.b[p.i] <= '9' {
		p.i++
	}
	s := p.b[start:p.i]
	if len(s) == 0 || (len(s) > 1 && s[0] == '0') {
		return 0, false
	}
	n, err := strconv.ParseUint(string(s), 10, bits)
	return n, err == nil
}

// object skips a JSON object, counting braces outside strings, and returns
// its bytes.
func (p *fastParser) object() ([]byte, bool) {
	if p.i >= len(p.b) || p.b[p.i] != '{' {
		return nil, false
	}
	start, depth, inStr := p.i, 0, false
	for ; p.i < len(p.b); p.i++ {
		c := p.b[p.i]
		if inStr {
			switch c {
			case '\\':
				p.i++
			case '"':
				inStr = false
			}
			continue
		}
		switch c {
		case '"':
			inStr = true
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				p.i++
				if c != '}' {
					return nil, false
				}
				return p.b[start:p.i], true
			}
		}
	}
	return nil, false
}

func (p *fastParser) entry(e *servedEntry) bool {
	var ok bool
	var n uint64
	var s []byte
	if !p.lit(`{"index":`) {
		return false
	}
	if e.Index, ok = p.uint(64); !ok || !p.lit(`,"leaf_hash":`) {
		return false
	}
	if s, ok = p.str(); !ok || !p.lit(`,"type":`) {
		return false
	}
	e.LeafHash = string(s)
	if s, ok = p.str(); !ok || !p.lit(`,"version":`) {
		return false
	}
	e.Type = string(s)
	if n, ok = p.uint(16); !ok || !p.lit(`,"stream":`) {
		return false
	}
	e.Version = uint16(n)
	if s, ok = p.str(); !ok || !p.lit(`,"revision":`) {
		return false
	}
	e.Stream = string(s)
	if e.Revision, ok = p.uint(64); !ok || !p.lit(`,"time":`) {
		return false
	}
	q := p.i
	if _, ok = p.str(); !ok || e.Time.UnmarshalJSON(p.b[q:p.i]) != nil || !p.lit(`,"event":`) {
		return false
	}
	if s, ok = p.object(); !ok || !p.lit(`,"raw":`) {
		return false
	}
	e.Event = s
	if s, ok = p.str(); !ok || !p.lit(`}`) {
		return false
	}
	raw := make([]byte, base64.StdEncoding.DecodedLen(len(s)))
	m, err := base64.StdEncoding.Strict().Decode(raw, s)
	if err != nil {
		return false
	}
	e.Raw = raw[:m]
	return true
}
