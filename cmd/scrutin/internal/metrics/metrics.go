// Package metrics keeps the server's counters and gauges and writes them in
// the Prometheus text exposition format, version 0.0.4. It is small on
// purpose: a handful of series need no client library.
package metrics

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// Registry holds named series.
type Registry struct {
	mu     sync.Mutex
	series map[string]*series
}

type series struct {
	name, help, kind string
	mu               sync.Mutex
	values           map[string]*atomic.Uint64 // label string → value (float64 bits for gauges)
	fn               func() float64
}

// New returns an empty registry.
func New() *Registry { return &Registry{series: map[string]*series{}} }

func (r *Registry) get(name, help, kind string) *series {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := r.series[name]
	if s == nil {
		s = &series{name: name, help: help, kind: kind, values: map[string]*atomic.Uint64{}}
		r.series[name] = s
	}
	return s
}

func (s *series) value(labels []string) *atomic.Uint64 {
	key := formatLabels(labels)
	s.mu.Lock()
	defer s.mu.Unlock()
	v := s.values[key]
	if v == nil {
		v = new(atomic.Uint64)
		s.values[key] = v
	}
	return v
}

// Counter is a monotonically increasing count, with optional labels given
// as name, value pairs.
type Counter struct{ s *series }

// Counter returns the counter name, creating it.
func (r *Registry) Counter(name, help string) Counter { return Counter{r.get(name, help, "counter")} }

// Add adds n to the series with the given label pairs.
func (c Counter) Add(n uint64, labels ...string) { c.s.value(labels).Add(n) }

// Value returns the series with the given label pairs, for a caller that
// keeps it and adds to it without formatting the labels each time.
func (c Counter) Value(labels ...string) *atomic.Uint64 { return c.s.value(labels) }

// GaugeFunc registers a gauge read from fn at each scrape.
func (r *Registry) GaugeFunc(name, help string, fn func() float64) {
	s := r.get(name, help, "gauge")
	s.fn = fn
}

// WriteTo writes every series in the text exposition format.
func (r *Registry) WriteTo(w io.Writer) (int64, error) {
	r.mu.Lock()
	names := make([]string, 0, len(r.series))
	for n := range r.series {
		names = append(names, n)
	}
	r.mu.Unlock()
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		r.mu.Lock()
		s := r.series[n]
		r.mu.Unlock()
		fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s %s\n", s.name, s.help, s.name, s.kind)
		if s.fn != nil {
			fmt.Fprintf(&b, "%s %s\n", s.name, formatFloat(s.fn()))
			continue
		}
		s.mu.Lock()
		keys := make([]string, 0, len(s.values))
		for k := range s.values {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(&b, "%s%s %d\n", s.name, k, s.values[k].Load())
		}
		s.mu.Unlock()
	}
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}

// labelEscaper escapes a label value. Built once: a Replacer builds its
// tables on first use, which cost more than the request it counted.
var labelEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)

func formatLabels(pairs []string) string {
	if len(pairs) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteByte('{')
	for i := 0; i+1 < len(pairs); i += 2 {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(pairs[i])
		b.WriteString(`="`)
		labelEscaper.WriteString(&b, pairs[i+1])
		b.WriteByte('"')
	}
	b.WriteByte('}')
	return b.String()
}

func formatFloat(f float64) string {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return "NaN"
	}
	return fmt.Sprintf("%g", f)
}
