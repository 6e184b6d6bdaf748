// bench.c measures libsodium's ristretto255 primitives, to compare with
// BenchmarkPrimitives in domain/election/bench_test.go.
//
//	cc -O2 -o /tmp/sodium-bench domain/election/testdata/sodium/bench.c -lsodium && /tmp/sodium-bench
//
// libsodium's API takes and returns encoded points, so its scalar
// multiplications include a decode and an encode; the decode and encode
// rows let the reader subtract them.
#include <sodium.h>
#include <stdio.h>
#include <time.h>

static double now(void) {
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec * 1e-9;
}

#define BENCH(name, iters, body)                                            \
	do {                                                                    \
		for (int i = 0; i < (iters) / 10; i++) { body; }                    \
		double t0 = now();                                                  \
		for (int i = 0; i < (iters); i++) { body; }                         \
		double dt = now() - t0;                                             \
		printf("%-40s %10.2f µs/op\n", name, dt / (iters) * 1e6);          \
	} while (0)

int main(void) {
	if (sodium_init() < 0) {
		return 1;
	}
	unsigned char s[crypto_core_ristretto255_SCALARBYTES];
	unsigned char t[crypto_core_ristretto255_SCALARBYTES];
	unsigned char p[crypto_core_ristretto255_BYTES];
	unsigned char q[crypto_core_ristretto255_BYTES];
	unsigned char r[crypto_core_ristretto255_BYTES];
	volatile int sink = 0;
	crypto_core_ristretto255_scalar_random(s);
	crypto_core_ristretto255_scalar_random(t);
	crypto_scalarmult_ristretto255_base(p, t);
	crypto_core_ristretto255_random(q);

	printf("libsodium %s\n", sodium_version_string());
	BENCH("scalarmult (variable base, enc→enc)", 20000,
	      sink += crypto_scalarmult_ristretto255(r, s, p));
	BENCH("scalarmult_base (fixed base, →enc)", 50000,
	      sink += crypto_scalarmult_ristretto255_base(r, s));
	BENCH("is_valid_point (decode)", 200000,
	      sink += crypto_core_ristretto255_is_valid_point(p));
	BENCH("add (2 decodes + add + encode)", 100000,
	      sink += crypto_core_ristretto255_add(r, p, q));
	BENCH("scalar_mul", 1000000,
	      crypto_core_ristretto255_scalar_mul(r, s, t));
	return sink == 12345;
}
