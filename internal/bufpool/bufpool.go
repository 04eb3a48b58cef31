// Package bufpool keeps byte buffers for reuse, so that what is encoded or
// read on every request (an event, a response, a request's body) does not
// grow a new buffer each time.
package bufpool

import (
	"bytes"
	"sync"
)

// Pool holds buffers up to a size; larger ones (the rare request with
// images, an analysis of hundreds of questions) go to the collector
// rather than staying in the pool for good.
type Pool struct {
	max  int
	pool sync.Pool
}

// New returns a pool that keeps buffers of at most max bytes.
func New(max int) *Pool { return &Pool{max: max} }

// Get returns an empty buffer.
func (p *Pool) Get() *bytes.Buffer {
	if buf, ok := p.pool.Get().(*bytes.Buffer); ok {
		return buf
	}
	return new(bytes.Buffer)
}

// Put gives buf back; it must not be used after.
func (p *Pool) Put(buf *bytes.Buffer) {
	if buf.Cap() > p.max {
		return
	}
	buf.Reset()
	p.pool.Put(buf)
}
