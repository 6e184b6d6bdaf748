package sync

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"time"
)

// HTTPError is a source answering with a status a sync cannot use (after
// the retries, for 429 and 5xx).
type HTTPError struct {
	Source string
	Status int
}

func (e *HTTPError) Error() string {
	return fmt.Sprintf("%s answered %d %s", e.Source, e.Status, http.StatusText(e.Status))
}

// errNotModified is a 304: the archive has not changed since the last
// one imported whole.
var errNotModified = errors.New("not modified")

// archiveFile is an archive downloaded to a temporary file.
type archiveFile struct {
	path         string
	size         int64
	sha256       string // hex
	etag         string
	lastModified string
}

// retryable reports whether a status is worth asking again, later.
func retryable(status int) bool {
	return status == http.StatusTooManyRequests || status >= 500
}

// delay is the wait before attempt n+1 (n ≥ 0): the server's Retry-After
// if it gave one, else Backoff doubled at each attempt; never more than
// MaxBackoff.
func (s *Syncer) delay(n int, resp *http.Response) time.Duration {
	d := s.cfg.Backoff << n
	if resp != nil {
		if ra := resp.Header.Get("Retry-After"); ra != "" {
			if secs, err := strconv.Atoi(ra); err == nil && secs >= 0 {
				d = time.Duration(secs) * time.Second
			} else if t, err := http.ParseTime(ra); err == nil {
				d = t.Sub(s.cfg.Now())
			}
		}
	}
	if d < 0 || d > s.cfg.MaxBackoff || s.cfg.Backoff<<n <= 0 {
		d = s.cfg.MaxBackoff
	}
	return d
}

// fetch downloads url into a temporary file in the sync directory, with
// the cursor's validators (a 304 gives errNotModified). One request at a
// time; 429, 5xx and network errors are retried after a growing delay,
// up to Retries times.
func (s *Syncer) fetch(ctx context.Context, url string, sc *SourceCursor) (*archiveFile, error) {
	var last error
	for n := 0; ; n++ {
		a, resp, err := s.fetchOnce(ctx, url, sc)
		if err == nil || errors.Is(err, errNotModified) || ctx.Err() != nil {
			return a, err
		}
		var he *HTTPError
		if errors.As(err, &he) && !retryable(he.Status) {
			return nil, err
		}
		var ae *ArchiveError
		if errors.As(err, &ae) {
			return nil, err
		}
		last = err
		if n >= s.cfg.Retries {
			return nil, fmt.Errorf("couldn't fetch %s after %d attempts: %w", url, n+1, last)
		}
		d := s.delay(n, resp)
		s.cfg.Log.Warn("sync: source busy or unreachable, waiting", "source", url, "err", err, "wait", d, "attempt", n+1)
		if err := s.cfg.Sleep(ctx, d); err != nil {
			return nil, err
		}
	}
}

// fetchOnce makes one request. On a retryable failure it returns the
// response (body closed) so that its Retry-After can be read.
func (s *Syncer) fetchOnce(ctx context.Context, url string, sc *SourceCursor) (*archiveFile, *http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("couldn't fetch %s: %w", url, err)
	}
	req.Header.Set("User-Agent", s.cfg.UserAgent)
	if sc.ETag != "" {
		req.Header.Set("If-None-Match", sc.ETag)
	}
	if sc.LastModified != "" {
		req.Header.Set("If-Modified-Since", sc.LastModified)
	}
	resp, err := s.cfg.Client.Do(req)
	if err != nil {
		return nil, nil, fmt.Errorf("couldn't fetch %s: %w", url, err)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotModified:
		return nil, resp, errNotModified
	case resp.StatusCode != http.StatusOK:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return nil, resp, &HTTPError{Source: url, Status: resp.StatusCode}
	case resp.ContentLength > s.cfg.MaxArchive:
		return nil, resp, &ArchiveError{Source: url, Reason: fmt.Sprintf("announces %d bytes, more than the limit of %d", resp.ContentLength, s.cfg.MaxArchive)}
	}
	f, err := os.CreateTemp(s.cfg.Dir, "archive-*.zip.part")
	if err != nil {
		return nil, nil, fmt.Errorf("couldn't store %s: %w", url, err)
	}
	ok := false
	defer func() {
		if !ok {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(f, h), io.LimitReader(resp.Body, s.cfg.MaxArchive+1))
	if err != nil {
		return nil, nil, fmt.Errorf("couldn't download %s (%d bytes read): %w", url, n, err)
	}
	if n > s.cfg.MaxArchive {
		return nil, resp, &ArchiveError{Source: url, Reason: fmt.Sprintf("more than the limit of %d bytes", s.cfg.MaxArchive)}
	}
	if resp.ContentLength >= 0 && n != resp.ContentLength {
		return nil, nil, fmt.Errorf("couldn't download %s: %d bytes of %d announced", url, n, resp.ContentLength)
	}
	if err := f.Close(); err != nil {
		return nil, nil, fmt.Errorf("couldn't store %s: %w", url, err)
	}
	ok = true
	return &archiveFile{path: f.Name(), size: n, sha256: hex.EncodeToString(h.Sum(nil)),
		etag: resp.Header.Get("ETag"), lastModified: resp.Header.Get("Last-Modified")}, resp, nil
}

// sleep waits d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
