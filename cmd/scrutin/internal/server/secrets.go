package server

import (
	"crypto/rand"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"

	"github.com/scrutin/scrutin/domain"
)

// panelSecrets keeps the operator's sortition secrets in DATA/panels, one
// file of mode 0600 per panel, never overwritten.
type panelSecrets struct{ dir string }

func (p panelSecrets) path(id domain.PanelID) string {
	return filepath.Join(p.dir, string(id)+".secret")
}

func (p panelSecrets) Commit(id domain.PanelID) ([32]byte, error) {
	var secret [32]byte
	rand.Read(secret[:])
	if err := os.MkdirAll(p.dir, 0o700); err != nil {
		return [32]byte{}, err
	}
	f, err := os.OpenFile(p.path(id), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return [32]byte{}, fmt.Errorf("couldn't keep the panel's secret: %w", err)
	}
	if _, err := f.Write(secret[:]); err != nil {
		f.Close()
		return [32]byte{}, err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return [32]byte{}, err
	}
	return sha256.Sum256(secret[:]), f.Close()
}

func (p panelSecrets) Reveal(id domain.PanelID) ([32]byte, error) {
	b, err := os.ReadFile(p.path(id))
	if err != nil || len(b) != 32 {
		return [32]byte{}, fmt.Errorf("couldn't read the panel's secret: %v", err)
	}
	return [32]byte(b), nil
}
