package llm

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
)

// sseReader reads the data of server-sent events, as chat completions
// stream them: "data: ..." lines, an event ending at a blank line. Lines
// are read in place from one buffer; a reply of hundreds of small chunks
// then allocates almost nothing (the SDK's decoder copied every event).
type sseReader struct {
	r    *bufio.Reader
	data []byte
	err  error
	// maxEvent bounds an event's data (and so a line): a server that never
	// ends a line must not take the memory with it.
	maxEvent int
}

// errLineTooLong is a model server sending an event larger than any reply
// to the quiz could be.
type errLineTooLong struct{ max int }

func (e *errLineTooLong) Error() string {
	return fmt.Sprintf("the model server sent a stream event longer than %d bytes", e.max)
}

// defaultMaxEvent bounds events when the caller gives no bound.
const defaultMaxEvent = 1 << 20

func newSSEReader(r io.Reader, maxEvent int) *sseReader {
	if maxEvent <= 0 {
		maxEvent = defaultMaxEvent
	}
	return &sseReader{r: bufio.NewReaderSize(r, 2<<10), maxEvent: maxEvent}
}

// next returns the data of the next event, valid until the following call,
// or false at the end of the stream (see err).
func (s *sseReader) next() ([]byte, bool) {
	s.data = s.data[:0]
	for {
		line, err := s.r.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			// A line longer than the buffer: gather it whole.
			long := append([]byte(nil), line...)
			for err == bufio.ErrBufferFull {
				line, err = s.r.ReadSlice('\n')
				long = append(long, line...)
				if len(long)+len(s.data) > s.maxEvent {
					s.err = &errLineTooLong{s.maxEvent}
					return nil, false
				}
			}
			line = long
		}
		if err != nil && err != io.EOF {
			// A read that failed mid-line (the time budget ran out, the
			// connection broke): the partial line is not an event.
			s.err = err
			return nil, false
		}
		if err != nil && len(line) == 0 {
			if err != io.EOF {
				s.err = err
			} else if len(s.data) > 0 {
				return s.data, true // an event not closed by a blank line
			}
			return nil, false
		}
		line = bytes.TrimRight(line, "\r\n")
		switch {
		case len(line) == 0:
			if len(s.data) > 0 {
				return s.data, true
			}
		case bytes.HasPrefix(line, []byte("data:")):
			value := bytes.TrimPrefix(line[len("data:"):], []byte(" "))
			if len(s.data) > 0 {
				s.data = append(s.data, '\n')
			}
			s.data = append(s.data, value...)
			if len(s.data) > s.maxEvent {
				s.err = &errLineTooLong{s.maxEvent}
				return nil, false
			}
		default:
			// "event:", "id:", "retry:" and ":" comments carry nothing here.
		}
		if err != nil {
			if err != io.EOF {
				s.err = err
			}
			if len(s.data) > 0 {
				return s.data, true
			}
			return nil, false
		}
	}
}
