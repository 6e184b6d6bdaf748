package election

import (
	"io"
	"testing"
	"time"

	"github.com/scrutin/scrutin/domain/election/internal/ristretto255"
)

// groupOrder is l in little-endian.
var groupOrder = [32]byte{
	0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
}

// decryptSingle decrypts a 0/1 ciphertext with a full election secret.
func decryptSingle(k *PrivateKey, ct *Ciphertext) int {
	m := ristretto255.NewElement().ScalarMult(&k.x, &ct.alpha)
	m.Subtract(&ct.beta, m)
	if isIdentity(m) {
		return 0
	}
	if m.Equal(generator) == 1 {
		return 1
	}
	return -1
}

// encryptWithChoices builds a ballot whose sent options i < k−1 encrypt
// ms[i], so that the derived last option encrypts 1 − Σms[:k−1]; each
// option's 0-or-1 proof is made for the branch ms[i] (see encryptBallotBits),
// so it fails wherever the option doesn't encrypt ms[i] ∈ {0, 1}.
func encryptWithChoices(rand io.Reader, ctx *Context, ms []int) (*Ballot, error) {
	b, _, err := encryptBallotBits(rand, ctx, ms)
	return b, err
}

// parallel runs f(0) … f(n−1) on workers goroutines.
func parallel(workers, n int, f func(i int)) {
	done := make(chan struct{})
	for w := range workers {
		go func() {
			for i := w; i < n; i += workers {
				f(i)
			}
			done <- struct{}{}
		}()
	}
	for range workers {
		<-done
	}
}

func elementOf(m uint64) *ristretto255.Element {
	return ristretto255.NewElement().ScalarBaseMult(scalarFromUint(m))
}

// reportPerCPU reports ops per CPU-second since start.
func reportPerCPU(b *testing.B, start time.Duration, ops int, unit string) {
	if d := cpuTime() - start; d > 0 {
		b.ReportMetric(float64(ops)/d.Seconds(), unit+"/cpu-s")
	}
}
