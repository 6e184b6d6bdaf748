package httpapi

import (
	"encoding/json"
	"io"
	"strings"
	"sync"
	"testing"
)

// freshDecode is decodeStrict as it was before decoders were pooled: a new
// decoder a body. The pooled ones must answer exactly as it does.
func freshDecode(rd io.Reader, v any) error {
	dec := json.NewDecoder(rd)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return badRequest("couldn't decode the request: %s", jsonMessage(err))
	}
	if _, err := dec.Token(); err != io.EOF {
		return badRequest("couldn't decode the request: data after the JSON value (at byte %d)", dec.InputOffset())
	}
	return nil
}

// TestPooledDecoders: decoders kept from request to request decode each
// body as a fresh decoder would: the same values, the same refusals, the
// same byte offsets in their messages (as a fresh decoder), whatever was
// decoded before, from many goroutines at once.
func TestPooledDecoders(t *testing.T) {
	type body struct {
		Name  string `json:"name"`
		Count int    `json:"count"`
	}
	cases := []struct{ in, err string }{
		{`{"name":"a","count":1}`, ""},
		{"  {\"name\":\"b\"}\n", ""},
		{`{"name":"c","count":2} x`, "data after the JSON value (at byte 23)"},
		{`{"name":"d","other":1}`, `unknown field "other"`},
		{`{"name":"e",}`, "malformed JSON at byte 13"},
		{`{"name":"f","count":"3"}`, `field "count": expected an integer, got a JSON string`},
		{``, "the body is empty"},
		{`{"name":"g"`, "the JSON value is cut short"},
		{`{"name":"` + strings.Repeat("h", maxPooledRead) + `"}`, ""},
		{`{"name":"i","count":4}{}`, "data after the JSON value (at byte 23)"},
		{"{\n\"name\": \"j\" \"count\": 5}", "malformed JSON at byte 15"},
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 60 {
				c := cases[(g+i)%len(cases)]
				var b, fresh body
				err := decodeStrict(strings.NewReader(c.in), &b)
				ferr := freshDecode(strings.NewReader(c.in), &fresh)
				if (err == nil) != (ferr == nil) || (err != nil && err.Error() != ferr.Error()) || b != fresh {
					t.Errorf("%.40q: pooled %+v, %v; fresh %+v, %v", c.in, b, err, fresh, ferr)
				}
				switch {
				case c.err == "" && err != nil:
					t.Errorf("%.40q: %v", c.in, err)
				case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
					t.Errorf("%.40q: got %v, want %q", c.in, err, c.err)
				case c.err == "" && !strings.HasPrefix(b.Name, strings.Trim(c.in, " \n")[9:10]):
					t.Errorf("%.40q: decoded %+v", c.in, b)
				}
				var v body
				if err := decodeValue([]byte(`{"name":"v","count":7}`), &v); err != nil || v != (body{"v", 7}) {
					t.Errorf("decodeValue: %+v, %v", v, err)
				}
				if err := decodeValue([]byte(`{"nom":"v"}`), &v); err == nil || !strings.Contains(err.Error(), `unknown field "nom"`) {
					t.Errorf("decodeValue of an unknown field: %v", err)
				}
			}
		}()
	}
	wg.Wait()
}
