// Package witness gets the log's checkpoints cosigned by witnesses, as a
// client of the C2SP tlog-witness protocol (https://c2sp.org/tlog-witness):
// it POSTs each new checkpoint with a consistency proof from the last one
// the witness cosigned, checks the C2SP tlog-cosignature it gets back, and
// keeps the latest checkpoint that carries a quorum of cosignatures, which
// the HTTP API serves at /log/checkpoint.
package witness

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// maxResponse caps what is read of a witness's answer.
const maxResponse = 64 << 10

// Client talks to one witness.
type Client struct {
	// URL is the witness's submission prefix: requests go to
	// URL/add-checkpoint.
	URL string
	// Key verifies the witness's cosignatures (domain.NewCosignatureVerifier).
	Key note.Verifier
	// HTTP is the client used. Optional: http.DefaultClient.
	HTTP *http.Client
}

// ConflictError is the witness's 409 Conflict: the old size given is not
// the size of the last checkpoint it cosigned for this log, which is Known.
type ConflictError struct{ Known int64 }

func (e *ConflictError) Error() string {
	return fmt.Sprintf("witness conflict: its latest cosigned size is %d", e.Known)
}

// ResponseError is a witness's refusal: any status but 200 and 409 (403 a
// signature it cannot verify, 404 an unknown log, 422 a consistency proof
// that does not verify, …).
type ResponseError struct {
	StatusCode int
	Body       string
}

func (e *ResponseError) Error() string {
	return fmt.Sprintf("witness refused: %d %s: %s", e.StatusCode, http.StatusText(e.StatusCode), strings.TrimSpace(e.Body))
}

// AddCheckpoint asks the witness to cosign signed, a checkpoint signed by
// the log, given the size of the last checkpoint it cosigned and a
// consistency proof from that size. It returns the witness's cosignature
// lines, verified against c.Key over signed's text; lines from other keys
// are dropped, as the protocol requires. A 409 is a *ConflictError.
func (c *Client) AddCheckpoint(ctx context.Context, oldSize int64, proof tlog.TreeProof, signed []byte) ([]byte, error) {
	var body bytes.Buffer
	fmt.Fprintf(&body, "old %d\n", oldSize)
	for _, h := range proof {
		body.WriteString(base64.StdEncoding.EncodeToString(h[:]) + "\n")
	}
	body.WriteString("\n")
	body.Write(signed)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimSuffix(c.URL, "/")+"/add-checkpoint", &body)
	if err != nil {
		return nil, fmt.Errorf("couldn't make the add-checkpoint request: %w", err)
	}
	hc := c.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("couldn't reach the witness: %w", err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
	if err != nil {
		return nil, fmt.Errorf("couldn't read the witness's answer: %w", err)
	}
	switch resp.StatusCode {
	case http.StatusOK:
	case http.StatusConflict:
		s := strings.TrimSuffix(string(b), "\n")
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n < 0 || s != strconv.FormatInt(n, 10) {
			return nil, &ResponseError{resp.StatusCode, string(b)}
		}
		return nil, &ConflictError{Known: n}
	default:
		return nil, &ResponseError{resp.StatusCode, string(b)}
	}
	return c.cosignatures(signed, b)
}

// cosignatures verifies the witness's signature lines over signed's text
// and returns those made by c.Key, one line each.
func (c *Client) cosignatures(signed, lines []byte) ([]byte, error) {
	if len(lines) == 0 || !bytes.HasSuffix(lines, []byte("\n")) {
		return nil, fmt.Errorf("witness %s answered no signature lines", c.Key.Name())
	}
	// Per the protocol: append the lines to the note and open it with the
	// witness's key alone, so the log's own signature is left unverified.
	n, err := note.Open(append(append([]byte(nil), signed...), lines...), note.VerifierList(c.Key))
	if err != nil {
		return nil, fmt.Errorf("couldn't verify the cosignature of witness %s: %w", c.Key.Name(), err)
	}
	var out []byte
	for _, s := range n.Sigs {
		if s.Name == c.Key.Name() && s.Hash == c.Key.KeyHash() {
			out = fmt.Appendf(out, "— %s %s\n", s.Name, s.Base64)
		}
	}
	if out == nil {
		return nil, errors.New("witness returned no cosignature from its key")
	}
	return out, nil
}
