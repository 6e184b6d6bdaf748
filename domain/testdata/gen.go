//go:build ignore

// gen writes the event-encoding test vectors in testdata/vectors, one
// scenario per file, each with an "expect:" line. It is deterministic: run
//
//	go run ./domain/testdata/gen.go
//
// from the repository root and review the diff. With -root DIR it writes
// under DIR instead (TestVectorsUpToDate compares that with the files).
package main

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/election"
)

type vector struct {
	name, comment, expect string
	entry                 []byte
	position              int // the entry's position in the example ledger, or -1
}

var outRoot = flag.String("root", ".", "the `directory` to write domain/testdata/… under")

func main() {
	flag.Parse()
	at := time.Date(2026, 11, 25, 9, 30, 0, 123456000, time.UTC)
	bill := domain.Envelope{
		Stream: domain.BillStream("pjl07-405"), Revision: 0, Time: at,
		Event: &domain.BillIntroduced{
			Bill: "pjl07-405", Type: domain.BillProjet,
			Title:  "Projet de loi favorisant la diffusion et la protection de la création sur Internet",
			Source: "https://www.senat.fr/dossier-legislatif/pjl07-405.html",
		},
	}
	good, err := domain.MarshalEntry(bill)
	if err != nil {
		log.Fatal(err)
	}
	prop := bill
	prop.Stream, prop.Revision = domain.BillStream("ppl-17-949"), 3
	prop.Event = &domain.BillIntroduced{Bill: "ppl-17-949", Type: domain.BillProposition, Title: "Proposition de loi relative aux rapatriés d'Indochine"}
	good2, err := domain.MarshalEntry(prop)
	if err != nil {
		log.Fatal(err)
	}

	mutate := func(f func(b []byte) []byte) []byte { return f(append([]byte{}, good...)) }
	// Offsets within good: magic 17, type str 4+14, version 2, stream 4+14, revision 8, time 8, payload length 4, then the payload.
	payloadAt := 17 + 4 + 14 + 2 + 4 + 14 + 8 + 8 + 4
	vs := []vector{
		{"bill-introduced-proposition", "A proposition de loi, revision 3 of its stream.", "valid", good2, -1},
		{"trailing-byte", "One byte after the payload.", "invalid (trailing bytes)", append(append([]byte{}, good...), 0), -1},
		{"truncated", "The last byte is missing.", "invalid (truncated)", good[:len(good)-1], -1},
		{"bad-magic", "The format line says v2.", "invalid (magic)", mutate(func(b []byte) []byte { b[15] = '2'; return b }), -1},
		{"unknown-type", "Type name BillIntroducee.", "invalid (unknown type)", mutate(func(b []byte) []byte { b[17+4+13] = 'e'; return b }), -1},
		{"unknown-version", "BillIntroduced version 9.", "invalid (unknown type version)", mutate(func(b []byte) []byte { b[17+4+14+1] = 9; return b }), -1},
		{"bad-stream", "Stream name with an upper-case category.", "invalid (stream)", mutate(func(b []byte) []byte { b[17+4+14+2+4] = 'B'; return b }), -1},
		{"payload-length-past-end", "The payload length says one byte more than there is.", "invalid (length)", mutate(func(b []byte) []byte {
			binary.BigEndian.PutUint32(b[payloadAt-4:], binary.BigEndian.Uint32(b[payloadAt-4:])+1)
			return b
		}), -1},
		{"bad-enum", "BillIntroduced kind 3 (neither projet nor proposition).", "invalid (kind)", mutate(func(b []byte) []byte { b[payloadAt+4+9] = 3; return b }), -1},
		{"invalid-utf8", "A title byte that is not UTF-8.", "invalid (UTF-8)", mutate(func(b []byte) []byte { b[payloadAt+4+9+1+4] = 0xff; return b }), -1},
		{"empty", "No bytes.", "invalid (empty)", []byte{}, -1},
	}
	writeSortition()
	vs = append(vs, ledgerVectors(bill)...)
	dir := filepath.Join(*outRoot, "domain", "testdata", "vectors")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		log.Fatal(err)
	}
	for _, v := range vs {
		var b strings.Builder
		fmt.Fprintf(&b, "# %s\nexpect: %s\n", v.comment, v.expect)
		if v.expect == "valid" {
			env, err := domain.ParseEntry(v.entry)
			if err != nil {
				log.Fatalf("%s: %v", v.name, err)
			}
			h := domain.LeafHash(v.entry)
			fmt.Fprintf(&b, "type: %s\nstream: %s\nrevision: %d\ntime: %s\nleaf_hash: %x\n",
				env.Event.Kind(), env.Stream, env.Revision, env.Time.Format(time.RFC3339Nano), h[:])
			if v.position >= 0 {
				fmt.Fprintf(&b, "position: %d\n", v.position)
			}
		} else if _, err := domain.ParseEntry(v.entry); err == nil {
			log.Fatalf("%s: invalid vector parses", v.name)
		}
		fmt.Fprintf(&b, "entry: %s\n", hex.EncodeToString(v.entry))
		if err := os.WriteFile(filepath.Join(dir, v.name+".txt"), []byte(b.String()), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

// writeSortition writes a draw vector: its inputs, the seed and the
// selection, for an auditor's reimplementation of docs/PROTOCOL.md.
func writeSortition() {
	vols := map[domain.Credential]domain.District{}
	var list []domain.Credential
	var items []string
	ds := []domain.District{"75-01", "75-02", "13-01", "2A-01"}
	for i := 0; i < 24; i++ {
		c := domain.Credential(sha256.Sum256([]byte(fmt.Sprintf("volunteer %d", i))))
		vols[c] = ds[i%len(ds)]
		list = append(list, c)
		items = append(items, c.String()+"@"+string(ds[i%len(ds)]))
	}
	root := sha256.Sum256([]byte("beacon root"))
	reveal := sha256.Sum256([]byte("operator secret"))
	seed := domain.SortitionSeed("panel-2026", list, 1234, root, reveal)
	var sel []string
	for _, c := range domain.Draw(seed, vols, 3, domain.StratifyDepartement) {
		sel = append(sel, c.String())
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# A draw of 3 seats per département among 24 volunteers (docs/PROTOCOL.md, Sortition).\nexpect: valid\n")
	fmt.Fprintf(&b, "panel: panel-2026\nvolunteers: %s\nseats: 3\nstratify: 2\nbeacon_size: 1234\nbeacon_root: %x\nreveal: %x\nseed: %x\nselected: %s\n",
		strings.Join(items, " "), root[:], reveal[:], seed[:], strings.Join(sel, " "))
	dir := filepath.Join(*outRoot, "domain", "testdata", "sortition")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "stratified.txt"), []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
}

// ledger builds the example ledger: every event is checked by the rules
// (domain.State.Apply) at its position, so the vectors are not only
// well-formed entries but a log an auditor's fold accepts.
type ledger struct {
	s       *domain.State
	revs    map[domain.StreamID]uint64
	now     time.Time
	vectors []vector
	names   map[string]int
}

// add appends ev to stream one second after the previous event (or at
// the current time for the first) and records it as a vector named after
// its kind ("ballot-cast", then "ballot-cast-2", …).
func (l *ledger) add(stream domain.StreamID, ev domain.Event, comment string) domain.Envelope {
	env := domain.Envelope{Stream: stream, Revision: l.revs[stream], Time: l.now, Event: ev}
	b, err := domain.MarshalEntry(env)
	if err != nil {
		log.Fatalf("%s: %v", ev.Kind(), err)
	}
	parsed, err := domain.ParseEntry(b)
	if err != nil {
		log.Fatalf("%s: %v", ev.Kind(), err)
	}
	pos := l.s.Position()
	if err := l.s.Apply(pos, parsed); err != nil {
		log.Fatalf("%s: %v", ev.Kind(), err)
	}
	l.revs[stream]++
	name := kebab(ev.Kind().Name)
	l.names[name]++
	if n := l.names[name]; n > 1 {
		name = fmt.Sprintf("%s-%d", name, n)
	}
	l.vectors = append(l.vectors, vector{name, comment, "valid", b, int(pos)})
	l.now = l.now.Add(time.Second)
	return parsed
}

// kebab turns a type name into a file name: BallotCast → ballot-cast.
func kebab(s string) string {
	var b strings.Builder
	for i, r := range s {
		if r >= 'A' && r <= 'Z' {
			if i > 0 {
				b.WriteByte('-')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// seeded returns a deterministic random source for name.
func seeded(name string) *rand.ChaCha8 {
	return rand.NewChaCha8(sha256.Sum256([]byte("scrutin/testdata/" + name)))
}

func edKey(name string) ed25519.PrivateKey {
	seed := sha256.Sum256([]byte("scrutin/testdata/key/" + name))
	return ed25519.NewKeyFromSeed(seed[:])
}

// ledgerVectors returns the example ledger, one vector per event: at
// least one of every event kind, starting with bill (position 0).
func ledgerVectors(bill domain.Envelope) []vector {
	l := &ledger{s: domain.NewState(), revs: map[domain.StreamID]uint64{}, now: bill.Time, names: map[string]int{}}
	l.add(bill.Stream, bill.Event, "A projet de loi opens its stream.")
	const billID = domain.BillID("pjl07-405")
	bs := domain.BillStream(billID)

	// The law: a stage with one article, an amendment and its fate, a
	// deputy, a group, a nominative vote, an article of a code in force.
	const stage = "01_depot_senat"
	l.add(bs, &domain.StageTabled{Bill: billID, Stage: stage, Order: 0, Label: "Texte déposé au Sénat",
		Institution: "senat", Step: "depot", Reading: "1ère lecture", Date: time.Date(2008, 6, 18, 0, 0, 0, 0, time.UTC),
		HasText: true, Articles: 1}, "A stage of the bill, with one article to follow.")
	alineas := []string{
		"L'article L. 335-12 du code de la propriété intellectuelle est ainsi rédigé :",
		"« Art. L. 335-12. – La personne titulaire de l'accès à des services de communication au public en ligne doit veiller à ce que cet accès ne fasse pas l'objet d'une utilisation à des fins de reproduction, de représentation, de mise à disposition ou de communication au public d'œuvres ou d'objets protégés par un droit d'auteur ou par un droit voisin sans l'autorisation des titulaires des droits prévus aux livres Ier et II, lorsqu'elle est requise. »",
	}
	l.add(bs, &domain.ArticleTexted{Bill: billID, Stage: stage, Index: 0, Number: "1er", Section: "Chapitre Ier",
		Part: 1, Parts: 1, Alineas: alineas}, "The stage's only article, whole (part 1 of 1).")
	l.add(bs, &domain.AmendmentTabled{Bill: billID, Stage: stage, Amendment: "S-COM-1", Number: "1",
		Authors: []string{"M. Exemple", "Mme Modèle"}, AuthorIDs: []string{"PA000001", "PA000002"}, Group: "PO000001",
		Subject: "Article 1er", Article: "1er", Alinea: 2, Tabled: time.Date(2008, 10, 20, 14, 0, 0, 0, time.UTC),
		Part: 1, Parts: 1, Dispositif: "Alinéa 2\nSupprimer les mots :\n« ou de communication au public »",
		Expose: "Amendement de précision."}, "An amendment to alinéa 2 of article 1er.")
	l.add(bs, &domain.AmendmentDecided{Bill: billID, Amendment: "S-COM-1", Outcome: "adopted"}, "The amendment is adopted.")
	l.add(domain.DeputyStream("PA000001"), &domain.DeputyRecorded{Deputy: "PA000001", Civility: "M.", FirstName: "Jean",
		LastName: "Exemple", Group: "PO000001", District: "75-01", DepartementName: "Paris"}, "A deputy (fictitious), seated for district 75-01.")
	l.add(domain.GroupStream("PO000001"), &domain.GroupRecorded{Group: "PO000001", Name: "Groupe exemple", Abbrev: "EX",
		Color: "#336699"}, "A political group (fictitious).")
	l.add(domain.ScrutinStream("17-1"), &domain.ParliamentVoteRecorded{Scrutin: "17-1", Bill: billID,
		Date: time.Date(2009, 4, 9, 0, 0, 0, 0, time.UTC), Title: "l'ensemble du projet de loi", Adopted: true, Part: 1, Parts: 1,
		Ballots: []domain.DeputyBallot{
			{Deputy: "PA000001", Group: "PO000001", Position: domain.PositionFor},
			{Deputy: "PA000002", Group: "PO000001", Position: domain.PositionAgainst, ByDelegation: true},
		}}, "A nominative vote in parliament, in one part, with two ballots.")
	l.add(domain.CodeStream("code de la propriete intellectuelle"), &domain.CodeArticleRecorded{
		Code: "code de la propriete intellectuelle", Article: "l336-2", Heading: "L336-2",
		Source: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000020740359", Part: 1, Parts: 1,
		Alineas: []string{"En présence d'une atteinte à un droit d'auteur ou à un droit voisin occasionnée par le contenu d'un service de communication au public en ligne, le tribunal judiciaire, statuant selon la procédure accélérée au fond, peut ordonner à la demande des titulaires de droits […] toutes mesures propres à prévenir ou à faire cesser une telle atteinte à un droit d'auteur ou un droit voisin, à l'encontre de toute personne susceptible de contribuer à y remédier."},
	}, "An article of a code in force.")

	// The key ceremony: two trustees, both needed to decrypt.
	const elID = domain.ElectionID("e-2026-1")
	es := domain.ElectionStream(elID)
	var encs []*election.PrivateKey
	var signs []ed25519.PrivateKey
	created := &domain.ElectionCreated{Election: elID, Threshold: 2}
	for _, name := range []string{"Alice", "Bruno"} {
		enc, err := election.GenerateKey(seeded("trustee " + name))
		if err != nil {
			log.Fatal(err)
		}
		sign := edKey("trustee " + name)
		encs, signs = append(encs, enc), append(signs, sign)
		created.Trustees = append(created.Trustees, domain.TrusteeInfo{Name: name,
			EncryptionKey: [32]byte(enc.Public().Bytes()), SigningKey: [32]byte(sign.Public().(ed25519.PublicKey))})
	}
	l.add(es, created, "A key ceremony: 2 trustees, threshold 2.")
	c, err := l.s.Elections[elID].Ceremony()
	if err != nil {
		log.Fatal(err)
	}
	var dealings []*election.Dealing
	for i := range signs {
		d, _, err := election.NewDealing(seeded(fmt.Sprintf("dealing %d", i+1)), c, i+1)
		if err != nil {
			log.Fatal(err)
		}
		dealings = append(dealings, d)
		raw, _ := d.MarshalBinary()
		ev := &domain.TrusteeDealt{Election: elID, Trustee: uint16(i + 1), Dealing: raw}
		if err := domain.SignAsTrustee(signs[i], ev); err != nil {
			log.Fatal(err)
		}
		l.add(es, ev, fmt.Sprintf("Trustee %d's dealing, signed with its signing key.", i+1))
	}
	key, vks, err := l.s.Elections[elID].DeriveKeys()
	if err != nil {
		log.Fatal(err)
	}
	fixed := &domain.ElectionKeyFixed{Election: elID, Key: [32]byte(key.Bytes())}
	for _, vk := range vks {
		fixed.VerificationKeys = append(fixed.VerificationKeys, [32]byte(vk.Bytes()))
	}
	l.add(es, fixed, "The election key and the trustees' verification keys, derived from the dealings.")

	// Three voters; the third is revoked before voting.
	type voter struct {
		priv ed25519.PrivateKey
		cred domain.Credential
	}
	var voters []voter
	for i, d := range []domain.District{"75-01", "13-01", "2A-01"} {
		priv := edKey(fmt.Sprintf("voter %d", i+1))
		v := voter{priv, domain.Credential(priv.Public().(ed25519.PublicKey))}
		voters = append(voters, v)
		l.add(domain.VoterStream(v.cred), &domain.VoterRegistered{Credential: v.cred, District: d, Registrar: "demo"},
			fmt.Sprintf("Voter %d registers in district %s (self-declared, demo mode).", i+1, d))
	}
	l.add(domain.VoterStream(voters[2].cred), &domain.CredentialRevoked{Credential: voters[2].cred, Reason: "appareil perdu"},
		"Voter 3's credential is revoked.")

	// A vote on the stage: MinGroup 2, so the two single-voter districts
	// merge into the group "rest".
	const voteID = domain.VoteID("pjl07-405-final")
	vs := domain.VoteStream(voteID)
	st := l.s.Law().Stage(billID, stage)
	opened := &domain.VoteOpened{Vote: voteID, Bill: billID, Stage: stage, TextHash: domain.StageTextHash(billID, stage, st.Articles),
		Question: "Approuvez-vous ce texte ?", Options: []string{"Pour", "Contre", "Abstention"}, Election: elID,
		Opens: l.now, Closes: l.now.Add(time.Hour), MinGroup: 2}
	l.add(vs, opened, "A vote on the stage's text, 3 options, open for an hour.")
	for i, v := range voters[:2] {
		ctx := election.Context{VoteID: election.VoteID(voteID), ElectionKey: key, Credential: v.cred, Options: 3}
		b, err := election.Encrypt(seeded(fmt.Sprintf("ballot %d", i+1)), ctx, i)
		if err != nil {
			log.Fatal(err)
		}
		raw, _ := b.MarshalBinary()
		ev := &domain.BallotCast{Vote: voteID, Credential: v.cred, Ballot: raw}
		copy(ev.Signature[:], election.SignBallot(v.priv, []byte(voteID), raw))
		l.add(vs, ev, fmt.Sprintf("Voter %d's ballot (option %d, %s), signed with the credential.", i+1, i, opened.Options[i]))
	}
	l.now = opened.Closes
	l.add(vs, &domain.VoteClosed{Vote: voteID}, "The vote closes at its closing time.")
	v := l.s.Votes[voteID]
	for i := range signs {
		sh, err := election.TrusteeShare(c, dealings, i+1, encs[i], nil)
		if err != nil {
			log.Fatal(err)
		}
		p, err := election.PartiallyDecrypt(seeded(fmt.Sprintf("partial %d", i+1)), domain.TallyID(voteID, 0), i+1, sh, v.Sums)
		if err != nil {
			log.Fatal(err)
		}
		raw, _ := p.MarshalBinary()
		ev := &domain.TallyShareSubmitted{Vote: voteID, Trustee: uint16(i + 1), First: 0, Partial: raw}
		if err := domain.SignAsTrustee(signs[i], ev); err != nil {
			log.Fatal(err)
		}
		l.add(vs, ev, fmt.Sprintf("Trustee %d's partial decryption of the %d sums (part at 0).", i+1, len(v.Sums)))
	}
	groups, err := l.s.CombineTally(v, []int{1, 2})
	if err != nil {
		log.Fatal(err)
	}
	l.add(vs, &domain.TallyPublished{Vote: voteID, Trustees: []uint16{1, 2}, Groups: groups}, "The tally, combined from both trustees' shares.")

	// A citizens' panel: one seat, voter 1 volunteers.
	const panelID = domain.PanelID("creation-internet")
	ps := domain.PanelStream(panelID)
	reveal := sha256.Sum256([]byte("scrutin/testdata/operator secret"))
	l.add(ps, &domain.PanelOpened{Panel: panelID, Title: "Panel citoyen sur la création et Internet", Seats: 1,
		Stratify: domain.StratifyNone, EnrollUntil: l.now.Add(time.Minute), Commitment: sha256.Sum256(reveal[:]), Delay: 0},
		"A panel of 1 seat; the operator commits to its secret.")
	enr := &domain.VolunteerEnrolled{Panel: panelID, Credential: voters[0].cred}
	copy(enr.Signature[:], ed25519.Sign(voters[0].priv, domain.VolunteerMessage(panelID)))
	l.add(ps, enr, "Voter 1 volunteers, signing with the credential.")
	l.now = l.now.Add(time.Minute)
	l.add(ps, &domain.PanelClosed{Panel: panelID}, "The list of volunteers is fixed.")
	drawn, err := l.s.PanelDraw(panelID, reveal)
	if err != nil {
		log.Fatal(err)
	}
	l.add(ps, drawn, "The draw: the revealed secret, the beacon (the log's root at size PanelClosed + 1) and the selection.")

	// A partner: verified, a position, its moderation, a new position, withdrawn.
	const partnerID = domain.PartnerID("asso-exemple")
	pk := edKey("partner")
	pst := domain.PartnerStream(partnerID)
	l.add(pst, &domain.PartnerVerified{Partner: partnerID, Name: "Association exemple", Domain: "asso.example",
		Key: [32]byte(pk.Public().(ed25519.PublicKey))}, "A partner whose key was found at https://asso.example/.well-known/scrutin-partner.txt.")
	pos := func(summary string) *domain.PartnerPositionPublished {
		p := &domain.PartnerPositionPublished{Partner: partnerID, Bill: billID, Stance: domain.StanceAgainst, Summary: summary,
			Link: "https://asso.example/positions/pjl07-405"}
		if err := domain.SignAsPartner(pk, p); err != nil {
			log.Fatal(err)
		}
		return p
	}
	l.add(pst, pos("Nous nous opposons à la suspension de l'accès à Internet."), "The partner's position on the bill, signed.")
	l.add(pst, &domain.PositionModerated{Partner: partnerID, Bill: billID, Reason: "lien hors sujet"}, "The operator hides the position, with a public reason.")
	l.add(pst, pos("Nous nous opposons à la suspension de l'accès à Internet (texte corrigé)."), "A new position, which replaces the hidden one.")
	wd := &domain.PartnerPositionWithdrawn{Partner: partnerID, Bill: billID}
	if err := domain.SignAsPartner(pk, wd); err != nil {
		log.Fatal(err)
	}
	l.add(pst, wd, "The partner withdraws its position, signed.")

	seen := map[domain.Kind]bool{}
	for _, v := range l.vectors {
		env, _ := domain.ParseEntry(v.entry)
		seen[env.Event.Kind()] = true
	}
	for _, k := range domain.Kinds() {
		if !seen[k] {
			log.Fatalf("the example ledger has no %s", k)
		}
	}
	return l.vectors
}
