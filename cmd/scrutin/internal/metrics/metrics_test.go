package metrics

import (
	"strings"
	"testing"
)

func TestCounterLabels(t *testing.T) {
	r := New()
	c := r.Counter("requests_total", "Requests.")
	c.Add(2, "route", `/a"b\c`+"\n", "code", "200")
	c.Add(1, "route", `/a"b\c`+"\n", "code", "200")
	var b strings.Builder
	if _, err := r.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	want := `requests_total{route="/a\"b\\c\n",code="200"} 3`
	if !strings.Contains(b.String(), want) {
		t.Errorf("got\n%s\nwant a line %s", b.String(), want)
	}
}
