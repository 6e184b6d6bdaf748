package web

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"os"
	"strings"
	"testing"
)

// TestVendoredProvenance: static/uqr.mjs is uqr 0.1.3's dist/index.mjs,
// unmodified under its licence header, as testdata/README.md records.
func TestVendoredProvenance(t *testing.T) {
	const want = "7f0e61c2f13bb3724edee7bfb876e13c54ac9ee4fcfa283c9fa93cfb1241c325"
	b, err := files.ReadFile("static/uqr.mjs")
	if err != nil {
		t.Fatal(err)
	}
	_, body, ok := strings.Cut(string(b), "// --- end of header ---\n")
	if !ok {
		t.Fatal("static/uqr.mjs has no end-of-header line")
	}
	sum := sha256.Sum256([]byte(body))
	if got := hex.EncodeToString(sum[:]); got != want {
		t.Errorf("static/uqr.mjs body sha256 %s, want %s (uqr 0.1.3 dist/index.mjs)", got, want)
	}
	if !strings.Contains(string(b), "MIT License") || !strings.Contains(string(b), "Copyright (c) Project Nayuki") {
		t.Error("static/uqr.mjs lost its licence")
	}
	readme, err := os.ReadFile("testdata/README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), want) || !strings.Contains(string(readme), "uqr 0.1.3") {
		t.Error("testdata/README.md does not record uqr 0.1.3 and its sha256")
	}
}

// TestTransferPages: the registration page offers the QR code with its
// warnings (drawn in the browser: the page holds no seed); the receiving
// page is never cached and loads the script that reads the fragment.
func TestTransferPages(t *testing.T) {
	srv, _ := billServer(t)
	_, body := get(t, srv.URL+"/inscription")
	for _, w := range []string{`id="qr-show"`, `id="qr-box" hidden`, "toute personne qui voit ce code peut voter à votre place", "demandez la révocation", `src="/static/transfer.js"`} {
		if !strings.Contains(body, w) {
			t.Errorf("/inscription: no %q", w)
		}
	}
	res, err := http.Get(srv.URL + "/inscription/recevoir")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 || res.Header.Get("Cache-Control") != "no-store" {
		t.Errorf("/inscription/recevoir: %d, Cache-Control %q", res.StatusCode, res.Header.Get("Cache-Control"))
	}
	for lang, w := range map[string]string{"fr": "Recevoir un identifiant de vote", "en": "Receive a voting ID"} {
		_, body := get(t, srv.URL+"/inscription/recevoir?lang="+lang)
		if !strings.Contains(body, w) || !strings.Contains(body, `id="receive"`) || !strings.Contains(body, `src="/static/transfer.js"`) {
			t.Errorf("/inscription/recevoir?lang=%s: no %q", lang, w)
		}
	}
	res, err = http.Get(srv.URL + "/static/uqr.mjs")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/javascript") {
		t.Errorf("/static/uqr.mjs: Content-Type %q, want a JavaScript type (module scripts need one)", ct)
	}
}
