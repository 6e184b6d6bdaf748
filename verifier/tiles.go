package verifier

import (
	"encoding/binary"
	"fmt"
	"strings"

	"golang.org/x/mod/sumdb/tlog"
)

// tileHeight is the height of C2SP tlog-tiles: 256 hashes or entries a tile.
const tileHeight = 8

// bundlePath is the C2SP tlog-tiles path of entry bundle n of width w,
// relative to the log's prefix: "tile/entries/x001/234[.p/W]".
func bundlePath(n int64, w int) string {
	p := tlog.Tile{H: tileHeight, L: -1, N: n, W: w}.Path()
	return "tile/entries/" + strings.TrimPrefix(p, "tile/8/data/")
}

// hashTilePath is the C2SP tlog-tiles path of a hash tile.
func hashTilePath(t tlog.Tile) string {
	return "tile/" + strings.TrimPrefix(t.Path(), "tile/8/")
}

// parseBundle splits an entry bundle: each entry prefixed by its 16-bit
// big-endian length.
func parseBundle(b []byte, want int) ([][]byte, error) {
	var out [][]byte
	for len(b) > 0 {
		if len(b) < 2 {
			return nil, fmt.Errorf("entry bundle: truncated length")
		}
		n := int(binary.BigEndian.Uint16(b))
		if len(b)-2 < n {
			return nil, fmt.Errorf("entry bundle: entry %d truncated", len(out))
		}
		out = append(out, b[2:2+n:2+n])
		b = b[2+n:]
	}
	if want >= 0 && len(out) < want {
		return nil, fmt.Errorf("entry bundle holds %d entries, want %d", len(out), want)
	}
	if want >= 0 {
		out = out[:want]
	}
	return out, nil
}

// formatBundle is parseBundle's inverse.
func formatBundle(entries [][]byte) []byte {
	var b []byte
	for _, e := range entries {
		b = binary.BigEndian.AppendUint16(b, uint16(len(e)))
		b = append(b, e...)
	}
	return b
}

// bundleCount returns the number of entry bundles of a tree of size n and
// the width of the last one.
func bundleCount(n int64) (count int64, lastWidth int) {
	count = (n + BundleSize - 1) / BundleSize
	lastWidth = int(n - (count-1)*BundleSize)
	return count, lastWidth
}

// checkpointText returns the text of a signed note, unverified: for
// reading the size before the signature is checked (Archive).
func checkpointText(signed []byte) string {
	s := string(signed)
	if i := strings.Index(s, "\n\n"); i >= 0 {
		return s[:i+1]
	}
	return s
}
