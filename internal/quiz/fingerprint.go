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
		size += 40 + len(q.Kind) + len(q.Text)
		for _, o := range q.Options {
			size += 8 + len(o)
		}
		for _, img := range q.Images {
			size += 16 + len(img.URL) + len(img.Alt)
		}
		for _, m := range q.Media {
			size += 8 + len(m)
		}
	}
	// A quiz of text fits on the stack.
	var stack [4096]byte
	b := stack[:0]
	if size > len(stack) {
		b = make([]byte, 0, size)
	}
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
		// Images and media change what the model is shown: a quiz with a
		// picture is another quiz than its text alone. Text-only quizzes
		// hash as before, so their cache entries stay valid.
		if len(q.Images) > 0 || len(q.Media) > 0 {
			putInt(len(q.Images))
			for _, img := range q.Images {
				putStr(img.URL)
				putStr(img.Alt)
			}
			putInt(len(q.Media))
			for _, m := range q.Media {
				putStr(m)
			}
		}
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
