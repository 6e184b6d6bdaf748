package server

import (
	"context"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/demodata"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/importer"
	"github.com/scrutin/scrutin/domain"
)

// The demo's bills: the embedded open data (La Fabrique's Hadopi dossier,
// the Assemblée's L17 samples, the law in force before Hadopi), imported
// through the rules like any import. The demo vote is on Hadopi's final
// text, and commits to its hash.
func init() {
	demoSeeders = append(demoSeeders, seedBills)
	demoStage = "15_constitutionnalité_conseilconstitutionnel_"
	demoTextHash = func(st *domain.State) [32]byte {
		h, _ := st.StageHash(DemoBill, demoStage)
		return h
	}
}

func seedBills(ctx context.Context, s *Server) error {
	fsys := demodata.FS()
	r, err := importer.Import(fsys, ".")
	if err != nil {
		return err
	}
	if _, err := importer.LinkScrutins(fsys, ".", r); err != nil {
		return err
	}
	codes, _, err := importer.ReadCodes(fsys, ".")
	if err != nil {
		return err
	}
	appendFn := func(ctx context.Context, st domain.StreamID, ev domain.Event) error {
		_, err := s.App.Append(ctx, st, ev)
		return err
	}
	_, _, err = importer.AppendAll(ctx, appendFn, s.App.View, r, codes...)
	return err
}
