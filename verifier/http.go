package verifier

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// HTTPSource reads a Scrutin server's public API: /log/checkpoint, the
// C2SP tlog-tiles under /log/tile/ (entry bundles and hash tiles; the
// verifier reads /api/v1/log/entries instead when no tile is served) and
// the /api/v1 JSON resources.
type HTTPSource struct {
	base   string
	client *http.Client
}

// maxBody bounds what one response may hold (a tile is at most 256
// entries of 64 KiB).
const maxBody = 32 << 20

// NewHTTPSource returns a Source reading the server at base, e.g.
// "https://scrutin.example". client may be nil.
func NewHTTPSource(base string, client *http.Client) (*HTTPSource, error) {
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%q is not an http(s) URL", base)
	}
	if client == nil {
		client = &http.Client{Timeout: 2 * time.Minute}
	}
	return &HTTPSource{base: strings.TrimSuffix(base, "/"), client: client}, nil
}

func (h *HTTPSource) String() string { return h.base }

func (h *HTTPSource) get(ctx context.Context, p string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", h.base+p, nil)
	if err != nil {
		return nil, err
	}
	resp, err := h.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxBody+1))
	if err != nil {
		return nil, fmt.Errorf("GET %s: %w", p, err)
	}
	if len(b) > maxBody {
		return nil, fmt.Errorf("GET %s: response over %d bytes", p, maxBody)
	}
	switch {
	case resp.StatusCode == http.StatusOK:
		return b, nil
	case resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusNotImplemented:
		return nil, fmt.Errorf("%w: GET %s: %s", ErrNotFound, p, resp.Status)
	default:
		return nil, fmt.Errorf("GET %s: %s: %.200s", p, resp.Status, b)
	}
}

func (h *HTTPSource) Checkpoint(ctx context.Context) ([]byte, error) {
	return h.get(ctx, "/log/checkpoint")
}

// Tile reads /log/<path>.
func (h *HTTPSource) Tile(ctx context.Context, p string) ([]byte, error) {
	return h.get(ctx, "/log/"+p)
}

// LogURL is the server's base URL.
func (h *HTTPSource) LogURL() string { return h.base }

func (h *HTTPSource) Get(ctx context.Context, p string) ([]byte, error) {
	return h.get(ctx, p)
}
