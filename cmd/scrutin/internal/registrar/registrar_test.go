package registrar

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/domain"
)

// TestHashSubject pins the keyed hash (docs/REGISTRATION.md): a change
// would let every person register again.
func TestHashSubject(t *testing.T) {
	key := []byte(strings.Repeat("k", 32))
	got := HashSubject(key, "https://id.example/", "subject-1").String()
	// HMAC-SHA256, computed independently:
	//   python3 -c 'import hmac,hashlib; print(hmac.new(b"k"*32, b"scrutin-registrar-subject/1\0https://id.example/\0subject-1", hashlib.sha256).hexdigest())'
	want := "5b0b62f52ecd3115ca273b115805d9993dfdc9a7344df3bc0a9b00d217d710ad"
	if got != want {
		t.Fatalf("HashSubject = %s, want %s", got, want)
	}
	for _, other := range []SubjectHash{
		HashSubject(key, "https://id.example/", "subject-2"),
		HashSubject(key, "https://other.example/", "subject-1"),
		HashSubject(key, "https://id.example/s", "ubject-1"),
		HashSubject([]byte(strings.Repeat("K", 32)), "https://id.example/", "subject-1"),
	} {
		if other.String() == got {
			t.Errorf("collision: %s", got)
		}
	}
	h, err := ParseSubjectHash(got)
	if err != nil || h.String() != got {
		t.Errorf("ParseSubjectHash(%s) = %s, %v", got, h, err)
	}
	if _, err := ParseSubjectHash("abc"); err == nil {
		t.Error("ParseSubjectHash accepted 3 digits")
	}
}

func TestLoadSubjectKey(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name, content string
		ok            bool
	}{
		{"hex", strings.Repeat("ab", 32) + "\n", true},
		{"raw", strings.Repeat("\x01", 40), true},
		{"short hex", strings.Repeat("ab", 16), false},
		{"short raw", "secret", false},
	} {
		p := filepath.Join(dir, c.name)
		os.WriteFile(p, []byte(c.content), 0o600)
		k, err := LoadSubjectKey(p)
		if (err == nil) != c.ok || (c.ok && len(k) < MinSubjectKey) {
			t.Errorf("%s: got %d bytes, %v; want ok=%v", c.name, len(k), err, c.ok)
		}
	}
	if _, err := LoadSubjectKey(filepath.Join(dir, "missing")); err == nil {
		t.Error("a missing key file was accepted")
	}
}

func TestSubjects(t *testing.T) {
	p := filepath.Join(t.TempDir(), "registrar.db")
	s, err := OpenSubjects(p)
	if err != nil {
		t.Fatal(err)
	}
	h := HashSubject(make([]byte, 32), "i", "s")
	c := domain.Credential{1, 2, 3}
	if err := s.Put(h, c); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
	s, err = OpenSubjects(p)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got, ok, err := s.Get(h); !ok || err != nil || got != c {
		t.Fatalf("after reopening: got %v %v %v, want %v", got, ok, err, c)
	}
	if n, _ := s.Len(); n != 1 {
		t.Errorf("Len = %d, want 1", n)
	}
	s.Delete(h)
	if _, ok, _ := s.Get(h); ok {
		t.Error("deleted subject still there")
	}
}

func TestNewOIDCConfig(t *testing.T) {
	p := filepath.Join(t.TempDir(), "registrar.db")
	subjects, err := OpenSubjects(p)
	if err != nil {
		t.Fatal(err)
	}
	defer subjects.Close()
	good := OIDCConfig{Name: "oidc", Issuer: "https://id.example/", ClientID: "c", ClientSecret: "s",
		RedirectURL: "https://scrutin.example/inscription/oidc", SubjectKey: make([]byte, 32), Subjects: subjects, Ledger: nopLedger{}}
	if _, err := NewOIDC(good); err != nil {
		t.Fatalf("good config: %v", err)
	}
	for name, mutate := range map[string]func(*OIDCConfig){
		"demo name":    func(c *OIDCConfig) { c.Name = "demo" },
		"bad name":     func(c *OIDCConfig) { c.Name = "France Connect" },
		"no issuer":    func(c *OIDCConfig) { c.Issuer = "" },
		"no client":    func(c *OIDCConfig) { c.ClientID = "" },
		"no secret":    func(c *OIDCConfig) { c.ClientSecret = "" },
		"short key":    func(c *OIDCConfig) { c.SubjectKey = make([]byte, 16) },
		"bad redirect": func(c *OIDCConfig) { c.RedirectURL = "/inscription/oidc" },
		"no store":     func(c *OIDCConfig) { c.Subjects = nil },
	} {
		c := good
		mutate(&c)
		if _, err := NewOIDC(c); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

type nopLedger struct{}

func (nopLedger) Append(context.Context, domain.StreamID, domain.Event) (eventstore.Recorded, error) {
	return eventstore.Recorded{}, nil
}
func (nopLedger) View(func(*domain.State)) {}
