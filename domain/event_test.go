package domain_test

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/scrutin/scrutin/domain"
)

// readVector reads a "key: value" vector file.
func readVector(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	v := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, val, ok := strings.Cut(line, ": ")
		if !ok {
			t.Fatalf("%s: malformed line %q", path, line)
		}
		v[k] = val
	}
	return v
}

func TestVectors(t *testing.T) {
	files, err := filepath.Glob("testdata/vectors/*.txt")
	if err != nil || len(files) < 10 {
		t.Fatalf("found %d vectors (%v), want at least 10", len(files), err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			v := readVector(t, path)
			entry, err := hex.DecodeString(v["entry"])
			if err != nil {
				t.Fatal(err)
			}
			env, err := domain.ParseEntry(entry)
			if v["expect"] != "valid" {
				if err == nil {
					t.Fatalf("expect %s, but the entry parses", v["expect"])
				}
				if !errors.Is(err, domain.ErrMalformed) {
					t.Fatalf("error %v does not wrap ErrMalformed", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("valid vector: %v", err)
			}
			if got := env.Event.Kind().String(); got != v["type"] {
				t.Errorf("type: got %s, want %s", got, v["type"])
			}
			if string(env.Stream) != v["stream"] {
				t.Errorf("stream: got %s, want %s", env.Stream, v["stream"])
			}
			if got := env.Time.Format(time.RFC3339Nano); got != v["time"] {
				t.Errorf("time: got %s, want %s", got, v["time"])
			}
			h := domain.LeafHash(entry)
			if got := hex.EncodeToString(h[:]); got != v["leaf_hash"] {
				t.Errorf("leaf hash: got %s, want %s", got, v["leaf_hash"])
			}
			again, err := domain.MarshalEntry(env)
			if err != nil || !bytes.Equal(again, entry) {
				t.Fatalf("re-encoding differs (%v)", err)
			}
		})
	}
}

// TestDocExample checks that the literal example in docs/EVENTS.md is the
// bill-introduced vector, byte for byte.
func TestDocExample(t *testing.T) {
	doc, err := os.ReadFile("../docs/EVENTS.md")
	if err != nil {
		t.Fatal(err)
	}
	_, example, ok := strings.Cut(string(doc), "## A literal example")
	if !ok {
		t.Fatal("docs/EVENTS.md has no literal example")
	}
	parts := strings.Split(example, "```")
	if len(parts) < 3 {
		t.Fatal("the literal example has no code block")
	}
	var hexBytes strings.Builder
	for _, line := range strings.Split(parts[1], "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			hexBytes.WriteString(f[0])
		}
	}
	v := readVector(t, "testdata/vectors/bill-introduced.txt")
	if hexBytes.String() != v["entry"] {
		t.Fatalf("the example's bytes are not the vector's:\n%s\n%s", hexBytes.String(), v["entry"])
	}
	if !strings.Contains(example, v["leaf_hash"]) {
		t.Fatal("the example does not give the vector's leaf hash")
	}
}

func TestMarshalRefuses(t *testing.T) {
	at := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	ok := &domain.BillIntroduced{Bill: "b1", Type: domain.BillProjet, Title: "t"}
	cases := []struct {
		name string
		env  domain.Envelope
		is   error
	}{
		{"no event", domain.Envelope{Stream: "bill-b1", Time: at}, nil},
		{"bad stream", domain.Envelope{Stream: "bill", Time: at, Event: ok}, nil},
		{"stream too long", domain.Envelope{Stream: domain.StreamID("bill-" + strings.Repeat("a", 300)), Time: at, Event: ok}, nil},
		{"empty title", domain.Envelope{Stream: "bill-b1", Time: at, Event: &domain.BillIntroduced{Bill: "b1", Type: domain.BillProjet}}, nil},
		{"bad kind", domain.Envelope{Stream: "bill-b1", Time: at, Event: &domain.BillIntroduced{Bill: "b1", Type: 7, Title: "t"}}, nil},
		{"too large", domain.Envelope{Stream: "bill-b1", Time: at, Event: &domain.BillIntroduced{Bill: "b1", Type: 1, Title: strings.Repeat("é", domain.MaxEntrySize/2)}}, domain.ErrTooLarge},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := domain.MarshalEntry(c.env)
			if err == nil {
				t.Fatal("accepted")
			}
			if c.is != nil && !errors.Is(err, c.is) {
				t.Fatalf("got %v, want %v", err, c.is)
			}
		})
	}
}

func TestRoundTripLimits(t *testing.T) {
	// The largest title that fits, exactly at MaxEntrySize.
	env := domain.Envelope{Stream: "bill-b1", Time: time.UnixMicro(1).UTC(), Event: &domain.BillIntroduced{Bill: "b1", Type: 1, Title: "x"}}
	small, err := domain.MarshalEntry(env)
	if err != nil {
		t.Fatal(err)
	}
	env.Event = &domain.BillIntroduced{Bill: "b1", Type: 1, Title: strings.Repeat("x", domain.MaxEntrySize-len(small)+1)}
	b, err := domain.MarshalEntry(env)
	if err != nil || len(b) != domain.MaxEntrySize {
		t.Fatalf("entry of exactly MaxEntrySize: %d bytes, %v", len(b), err)
	}
	if _, err := domain.ParseEntry(b); err != nil {
		t.Fatal(err)
	}
	if _, err := domain.ParseEntry(append(b, 0)); !errors.Is(err, domain.ErrTooLarge) {
		t.Fatalf("entry over the limit: got %v, want ErrTooLarge", err)
	}
	// Times before 1970 and far ahead survive the round trip.
	for _, tm := range []time.Time{time.Date(1789, 7, 14, 0, 0, 0, 0, time.UTC), time.Date(2999, 12, 31, 23, 59, 59, 999999000, time.UTC)} {
		env.Time = tm
		env.Event = &domain.BillIntroduced{Bill: "b1", Type: 1, Title: "x"}
		b, err := domain.MarshalEntry(env)
		if err != nil {
			t.Fatal(err)
		}
		got, err := domain.ParseEntry(b)
		if err != nil || !got.Time.Equal(tm) {
			t.Fatalf("time %v: got %v, %v", tm, got.Time, err)
		}
	}
}

func FuzzParseEntry(f *testing.F) {
	files, _ := filepath.Glob("testdata/vectors/*.txt")
	for _, path := range files {
		b, _ := os.ReadFile(path)
		for _, line := range strings.Split(string(b), "\n") {
			if h, ok := strings.CutPrefix(line, "entry: "); ok {
				if e, err := hex.DecodeString(h); err == nil {
					f.Add(e)
				}
			}
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		env, err := domain.ParseEntry(b)
		if err != nil {
			return
		}
		again, err := domain.MarshalEntry(env)
		if err != nil {
			t.Fatalf("parsed entry does not re-encode: %v", err)
		}
		if !bytes.Equal(again, b) {
			t.Fatalf("Marshal output different from input:\n%x\n%x", again, b)
		}
	})
}

// NewEvent gives, for every type name, a zero event of its latest version,
// and refuses names no kind has.
func TestNewEventEveryKind(t *testing.T) {
	want := map[string]domain.Kind{}
	for _, k := range domain.Kinds() {
		if w, ok := want[k.Name]; !ok || k.Version > w.Version {
			want[k.Name] = k
		}
	}
	if len(want) == 0 {
		t.Fatal("no kinds registered")
	}
	for name, k := range want {
		ev, err := domain.NewEvent(name)
		if err != nil {
			t.Fatalf("NewEvent(%q): %v", name, err)
		}
		if ev.Kind() != k {
			t.Errorf("NewEvent(%q) is %s, want %s", name, ev.Kind(), k)
		}
	}
	for _, name := range []string{"", "billintroduced", "BillIntroduced/v1", "NoSuchEvent"} {
		if _, err := domain.NewEvent(name); !errors.Is(err, domain.ErrUnknownType) {
			t.Errorf("NewEvent(%q): err %v, want ErrUnknownType", name, err)
		}
	}
}
