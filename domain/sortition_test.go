package domain_test

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/scrutin/scrutin/domain"
)

func TestDrawUniform(t *testing.T) {
	// 5 volunteers, 2 seats, 20,000 seeds: each is selected 40% of the time.
	vols := map[domain.Credential]domain.District{}
	for i := 0; i < 5; i++ {
		vols[domain.Credential{byte(i)}] = "75-01"
	}
	counts := map[domain.Credential]int{}
	const runs = 20000
	for r := 0; r < runs; r++ {
		seed := sha256.Sum256([]byte(strconv.Itoa(r)))
		sel := domain.Draw(seed, vols, 2, domain.StratifyNone)
		if len(sel) != 2 || sel[0] == sel[1] {
			t.Fatalf("draw %d: %v", r, sel)
		}
		for _, c := range sel {
			counts[c]++
		}
	}
	for c, n := range counts {
		p := float64(n) / runs
		if math.Abs(p-0.4) > 0.02 {
			t.Errorf("volunteer %x selected with frequency %.3f, want 0.4", c[0], p)
		}
	}
}

func TestDrawStrata(t *testing.T) {
	vols := map[domain.Credential]domain.District{}
	ds := []domain.District{"75-01", "75-02", "13-01"}
	for i := 0; i < 30; i++ {
		vols[domain.Credential{byte(i)}] = ds[i%3]
	}
	seed := sha256.Sum256([]byte("x"))
	byDistrict := domain.Draw(seed, vols, 4, domain.StratifyDistrict)
	if len(byDistrict) != 12 {
		t.Fatalf("by district: %d selected, want 12", len(byDistrict))
	}
	byDep := domain.Draw(seed, vols, 4, domain.StratifyDepartement)
	if len(byDep) != 8 {
		t.Fatalf("by département: %d selected, want 8", len(byDep))
	}
	seen := map[domain.District]int{}
	for _, c := range byDistrict {
		seen[vols[c]]++
	}
	for _, d := range ds {
		if seen[d] != 4 {
			t.Fatalf("district %s: %d seats, want 4", d, seen[d])
		}
	}
}

// TestSortitionVector checks the checked-in vector (testdata/sortition).
func TestSortitionVector(t *testing.T) {
	v := readVector(t, "testdata/sortition/stratified.txt")
	vols := map[domain.Credential]domain.District{}
	var list []domain.Credential
	for _, item := range strings.Split(v["volunteers"], " ") {
		c, d, _ := strings.Cut(item, "@")
		cred, err := domain.ParseCredential(c)
		if err != nil {
			t.Fatal(err)
		}
		vols[cred] = domain.District(d)
		list = append(list, cred)
	}
	seats, _ := strconv.Atoi(v["seats"])
	strat, _ := strconv.Atoi(v["stratify"])
	size, _ := strconv.ParseUint(v["beacon_size"], 10, 64)
	root, _ := hex.DecodeString(v["beacon_root"])
	reveal, _ := hex.DecodeString(v["reveal"])
	seed := domain.SortitionSeed(domain.PanelID(v["panel"]), list, size, [32]byte(root), [32]byte(reveal))
	if got := hex.EncodeToString(seed[:]); got != v["seed"] {
		t.Fatalf("seed %s, want %s", got, v["seed"])
	}
	var got []string
	for _, c := range domain.Draw(seed, vols, uint32(seats), uint8(strat)) {
		got = append(got, c.String())
	}
	if strings.Join(got, " ") != v["selected"] {
		t.Fatalf("selected %v\nwant %s", got, v["selected"])
	}
}

// TestSortitionRules runs a panel through the fold.
func TestSortitionRules(t *testing.T) {
	l := newLedger(t)
	secret := sha256.Sum256([]byte("the operator's secret"))
	ps := domain.PanelStream("p1")
	l.must(ps, &domain.PanelOpened{Panel: "p1", Title: "Panel citoyen", Seats: 2, Stratify: domain.StratifyDistrict,
		EnrollUntil: l.now.Add(time.Hour), Commitment: sha256.Sum256(secret[:]), Delay: 3})
	var voters []voter
	for i := 0; i < 8; i++ {
		v := newVoter()
		voters = append(voters, v)
		l.must(domain.VoterStream(v.cred), &domain.VoterRegistered{Credential: v.cred, District: []domain.District{"75-01", "13-01"}[i%2], Registrar: "demo"})
	}
	enroll := func(v voter) *domain.VolunteerEnrolled {
		e := &domain.VolunteerEnrolled{Panel: "p1", Credential: v.cred}
		copy(e.Signature[:], ed25519.Sign(v.priv, domain.VolunteerMessage("p1")))
		return e
	}
	for _, v := range voters[:7] {
		l.must(ps, enroll(v))
	}
	if err := l.try(ps, enroll(voters[0])); ruleOf(err) != "one-volunteer" {
		t.Fatalf("second enrolment: %v", err)
	}
	forged := enroll(voters[7])
	forged.Signature[0] ^= 1
	if err := l.try(ps, forged); ruleOf(err) != "volunteer-signature" {
		t.Fatalf("forged enrolment: %v", err)
	}
	stranger := newVoter()
	if err := l.try(ps, enroll(stranger)); ruleOf(err) != "eligibility" {
		t.Fatalf("unregistered volunteer: %v", err)
	}
	if err := l.try(ps, &domain.PanelClosed{Panel: "p1"}); ruleOf(err) != "panel-window" {
		t.Fatalf("early close: %v", err)
	}
	l.now = l.now.Add(time.Hour)
	if err := l.try(ps, enroll(voters[7])); ruleOf(err) != "panel-window" {
		t.Fatalf("late enrolment: %v", err)
	}
	l.must(ps, &domain.PanelClosed{Panel: "p1"})
	if _, err := l.s.PanelDraw("p1", secret); err == nil {
		t.Fatal("draw before the beacon size")
	}
	for i := 0; i < 3; i++ { // the log moves on: the beacon is reached
		l.must(domain.BillStream(domain.BillID(fmt.Sprint("f", i))), &domain.BillIntroduced{Bill: domain.BillID(fmt.Sprint("f", i)), Type: 1, Title: "t"})
	}
	draw, err := l.s.PanelDraw("p1", secret)
	if err != nil {
		t.Fatal(err)
	}
	if len(draw.Selected) != 4 {
		t.Fatalf("%d selected, want 2 per district", len(draw.Selected))
	}
	wrong := *draw
	wrong.Reveal[0] ^= 1
	if err := l.try(ps, &wrong); ruleOf(err) != "sortition-reveal" {
		t.Fatalf("reveal not matching the commitment: %v", err)
	}
	swapped := *draw
	swapped.Selected = append([]domain.Credential{}, draw.Selected...)
	swapped.Selected[0], swapped.Selected[1] = swapped.Selected[1], swapped.Selected[0]
	if err := l.try(ps, &swapped); ruleOf(err) != "sortition-draw" {
		t.Fatalf("selection not the draw: %v", err)
	}
	badRoot := *draw
	badRoot.BeaconRoot[0] ^= 1
	if err := l.try(ps, &badRoot); ruleOf(err) != "sortition-beacon" {
		t.Fatalf("wrong beacon: %v", err)
	}
	l.must(ps, draw)
}
