package bufpool

import (
	"strings"
	"testing"
)

func TestPoolKeepsOnlyBuffersUpToItsSize(t *testing.T) {
	p := New(1 << 10)
	small := p.Get()
	small.WriteString("event")
	p.Put(small)
	// sync.Pool may drop what it holds at any collection, so reuse is not
	// asserted; what comes back must be empty, whatever it is.
	if got := p.Get(); got.Len() != 0 {
		t.Errorf("a buffer from the pool holds %q, want it empty", got.String())
	}
	big := p.Get()
	big.WriteString(strings.Repeat("x", 4<<10))
	p.Put(big)
	for range 100 {
		if b := p.Get(); b == big {
			t.Fatal("a buffer larger than the pool's size was kept")
		}
	}
}
