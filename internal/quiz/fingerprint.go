package quiz

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
)

// Fingerprint identifies a quiz for caching and coalescing: the same
// (normalized) questions asked of the same model with the same number of
// samples get the same fingerprint. The source page and the answer key are
// left out on purpose: the same quiz seen on two pages is the same quiz, and
// a key only changes the score, which is computed per request.
//
// Every field is length-prefixed, so no two different quizzes can hash the
// same input ("ab"+"c" vs "a"+"bc").
func Fingerprint(questions []Question, model string, samples int) string {
	// One buffer, hashed once: cheaper than many small writes to the hash.
	size := 64 + len(model)
	for _, q := range questions {
		size += 24 + len(q.Kind) + len(q.Text)
		for _, o := range q.Options {
			size += 8 + len(o)
		}
	}
	b := make([]byte, 0, size)
	putInt := func(n int) { b = binary.BigEndian.AppendUint64(b, uint64(n)) }
	putStr := func(s string) {
		putInt(len(s))
		b = append(b, s...)
	}
	putStr("quizstats/v1")
	putStr(model)
	putInt(samples)
	putInt(len(questions))
	for _, q := range questions {
		putStr(string(q.Kind))
		putStr(q.Text)
		putInt(len(q.Options))
		for _, o := range q.Options {
			putStr(o)
		}
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
