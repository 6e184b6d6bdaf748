package main

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

func TestServePprof(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:0", ":0", "192.0.2.1:0", "example.org:0", "nope"} {
		if _, err := servePprof(addr); err == nil {
			t.Errorf("servePprof(%q) listened; want a refusal (loopback only)", addr)
		}
	}
	a, err := servePprof("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get("http://" + a.String() + "/debug/pprof/")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(b), "goroutine") {
		t.Errorf("GET /debug/pprof/: %s, %.80q", resp.Status, b)
	}
}
