package domain

import (
	"encoding/hex"
	"time"
)

// LogEntry is one log entry as the JSON API serves it
// (GET /api/v1/log/entries and /api/v1/log/entries/{index}, docs/LEDGER.md):
// its position, leaf hash (hex), event kind, stream, revision and time, the
// event decoded, and Raw, the canonical bytes the leaf hash is of (base64
// in JSON). Raw is what counts; the other fields are a reading aid an
// auditor checks against it. E is the event's type: Event for whoever
// makes entries, json.RawMessage for whoever reads them.
type LogEntry[E any] struct {
	Index    uint64    `json:"index"`
	LeafHash string    `json:"leaf_hash"`
	Type     string    `json:"type"`
	Version  uint16    `json:"version"`
	Stream   string    `json:"stream"`
	Revision uint64    `json:"revision"`
	Time     time.Time `json:"time"`
	Event    E         `json:"event"`
	Raw      []byte    `json:"raw"`
}

// NewLogEntry decodes raw, the entry at index, as the JSON API shows it.
func NewLogEntry(index uint64, raw []byte) (LogEntry[Event], error) {
	env, err := ParseEntry(raw)
	if err != nil {
		return LogEntry[Event]{}, err
	}
	k := env.Event.Kind()
	return LogEntry[Event]{
		Index: index, LeafHash: leafHex(raw), Type: k.Name, Version: k.Version,
		Stream: string(env.Stream), Revision: env.Revision, Time: env.Time, Event: env.Event, Raw: raw,
	}, nil
}

// UndecodedLogEntry is how the JSON API serves an entry that does not
// decode: its position, leaf hash and bytes only.
func UndecodedLogEntry(index uint64, raw []byte) LogEntry[Event] {
	return LogEntry[Event]{Index: index, LeafHash: leafHex(raw), Raw: raw}
}

func leafHex(raw []byte) string {
	h := LeafHash(raw)
	return hex.EncodeToString(h[:])
}
