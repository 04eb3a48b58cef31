package quiz

import (
	"crypto/rand"
	"encoding/binary"
	"strings"
	"time"
)

// crockford is Crockford's base32 alphabet: no I, L, O or U, so IDs read
// aloud or typed from a screen survive.
const crockford = "0123456789abcdefghjkmnpqrstvwxyz"

// NewID returns a 26-character identifier that sorts by creation time
// (48 bits of milliseconds, then 80 random bits, like a ULID), so the
// history can be listed newest first by key order alone.
func NewID(now time.Time) string {
	var b [16]byte
	binary.BigEndian.PutUint64(b[:8], uint64(now.UnixMilli())<<16)
	rand.Read(b[6:])
	return encodeID(b)
}

// IDAt is the smallest ID NewID can give at t: every analysis created
// before t has an ID that sorts below it, every one created at t or later
// one that does not. Stores delete "older than t" by key order with it.
func IDAt(t time.Time) string {
	var b [16]byte
	binary.BigEndian.PutUint64(b[:8], uint64(max(t.UnixMilli(), 0))<<16)
	return encodeID(b)
}

func encodeID(b [16]byte) string {
	// 128 bits in 26 base32 digits: the top digit carries 3 bits.
	var out strings.Builder
	out.Grow(26)
	hi := binary.BigEndian.Uint64(b[:8])
	lo := binary.BigEndian.Uint64(b[8:])
	for i := 25; i >= 0; i-- {
		shift := uint(i * 5)
		var v uint64
		switch {
		case shift >= 64:
			v = hi >> (shift - 64)
		case shift+5 > 64:
			v = lo>>shift | hi<<(64-shift)
		default:
			v = lo >> shift
		}
		out.WriteByte(crockford[v&31])
	}
	return out.String()
}

// ValidID reports whether s looks like an ID from NewID, so that a
// malformed ID is rejected before it reaches a store.
func ValidID(s string) bool {
	if len(s) != 26 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(crockford, s[i]) < 0 {
			return false
		}
	}
	return true
}
