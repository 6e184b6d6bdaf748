package witness

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/scrutin/scrutin/domain"
)

// ParsePolicy reads the witnesses of the environment's form,
// SCRUTIN_WITNESSES="<vkey>=<URL>,<vkey>=<URL>,…", and a quorum
// (SCRUTIN_WITNESS_QUORUM; empty means every witness). A cosignature vkey
// holds no "=" (its base64 is of 33 bytes, unpadded), so the first "=" after
// its second "+" ends it.
func ParsePolicy(witnesses, quorum string) (domain.WitnessPolicy, error) {
	var p domain.WitnessPolicy
	for _, item := range strings.Split(witnesses, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		name, rest, _ := strings.Cut(item, "+")
		hash, rest, _ := strings.Cut(rest, "+")
		key, url, ok := strings.Cut(rest, "=")
		if !ok || url == "" {
			return p, fmt.Errorf("witness %q: want <vkey>=<URL>", item)
		}
		p.Witnesses = append(p.Witnesses, domain.Witness{Key: name + "+" + hash + "+" + key, URL: url})
	}
	p.Quorum = len(p.Witnesses)
	if quorum != "" {
		n, err := strconv.Atoi(quorum)
		if err != nil {
			return p, fmt.Errorf("witness quorum %q is not a number", quorum)
		}
		p.Quorum = n
	}
	if _, err := p.Verifiers(); err != nil {
		return p, err
	}
	for _, w := range p.Witnesses {
		if w.URL == "" {
			return p, fmt.Errorf("witness %s has no URL", w.Key)
		}
	}
	return p, nil
}

// LoadPolicy returns the witness policy of the server's configuration: the
// policy file if one is named (domain.ParseWitnessPolicy's text, every
// witness with a URL), else the SCRUTIN_WITNESSES list and quorum. ok is
// false when no witness is configured: checkpoints are then published with
// the log's signature alone.
func LoadPolicy(file, witnesses, quorum string) (p domain.WitnessPolicy, ok bool, err error) {
	switch {
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			return p, false, fmt.Errorf("couldn't read the witness policy: %w", err)
		}
		if p, err = domain.ParseWitnessPolicy(string(b)); err != nil {
			return p, false, fmt.Errorf("couldn't read the witness policy %s: %w", file, err)
		}
		for _, w := range p.Witnesses {
			if w.URL == "" {
				return p, false, fmt.Errorf("witness policy %s: witness %s has no URL", file, w.Key)
			}
		}
		return p, true, nil
	case strings.TrimSpace(witnesses) != "":
		p, err := ParsePolicy(witnesses, quorum)
		if err != nil {
			return p, false, fmt.Errorf("couldn't read SCRUTIN_WITNESSES: %w", err)
		}
		return p, true, nil
	}
	return p, false, nil
}
