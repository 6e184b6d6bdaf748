package embedded_test

import (
	"path/filepath"
	"testing"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/embedded"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore/storetest"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/merklelog"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/merklelog/logtest"
)

func open(t *testing.T, opts embedded.Options) *embedded.DB {
	t.Helper()
	db, err := embedded.Open(filepath.Join(t.TempDir(), "ledger.db"), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestStoreConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) eventstore.Store { return open(t, embedded.Options{}) })
}

func TestLogConformance(t *testing.T) {
	logtest.Run(t, func(t *testing.T) merklelog.Log { return open(t, embedded.Options{LogOnly: true}).Log() })
}
