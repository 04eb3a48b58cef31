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
	h := sha256.New()
	var buf [8]byte
	writeInt := func(n int) {
		binary.BigEndian.PutUint64(buf[:], uint64(n))
		h.Write(buf[:])
	}
	writeStr := func(s string) {
		writeInt(len(s))
		h.Write([]byte(s))
	}
	writeStr("quizstats/v1")
	writeStr(model)
	writeInt(samples)
	writeInt(len(questions))
	for _, q := range questions {
		writeStr(string(q.Kind))
		writeStr(q.Text)
		writeInt(len(q.Options))
		for _, o := range q.Options {
			writeStr(o)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}
