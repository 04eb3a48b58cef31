package llm

// itemScanner finds the answer objects in a reply while it streams in. The
// reply is {"answers":[{...},{...}]}: every object that opens at depth 3
// (root object, answers array, item) is one answer, complete when its
// closing brace arrives. Anything outside the root object (a model that
// wraps JSON in a Markdown fence) is ignored.
//
// It is a byte-level state machine rather than a json.Decoder because the
// decoder cannot hand out an array element before the array ends.
type itemScanner struct {
	// buf holds the reply from the start of the item being read (or from
	// where scanning stopped): what was scanned before is dropped, so a
	// long reply costs the size of its largest item, not its whole length.
	buf      []byte
	head     []byte // the first bytes of the reply, for error messages
	total    int    // bytes fed so far
	pos      int    // next byte of buf to scan
	open     []byte // the brackets open at pos, innermost last
	inString bool   // inside a JSON string
	escaped  bool   // the previous byte was a backslash inside a string
	start    int    // offset of the current item's opening brace
	rootDone bool   // the root object closed (or the JSON broke): ignore the rest
}

// feed appends text to the reply and returns the items it completed. The
// returned slices are copies, safe to keep.
func (s *itemScanner) feed(text string) [][]byte {
	s.total += len(text)
	if len(s.head) < headSize {
		s.head = append(s.head, text[:min(len(text), headSize-len(s.head))]...)
	}
	if s.rootDone {
		return nil
	}
	s.buf = append(s.buf, text...)
	var items [][]byte
	defer s.compact()
	for ; s.pos < len(s.buf) && !s.rootDone; s.pos++ {
		c := s.buf[s.pos]
		if s.inString {
			switch {
			case s.escaped:
				s.escaped = false
			case c == '\\':
				s.escaped = true
			case c == '"':
				s.inString = false
			}
			continue
		}
		switch c {
		case '"':
			if len(s.open) > 0 {
				s.inString = true
			}
		case '{', '[':
			if len(s.open) == 0 && c == '[' {
				continue // prose before the root object
			}
			s.open = append(s.open, c)
			if c == '{' && len(s.open) == 3 {
				s.start = s.pos
			}
		case '}', ']':
			if len(s.open) == 0 {
				continue
			}
			want := byte('{')
			if c == ']' {
				want = '['
			}
			if s.open[len(s.open)-1] != want {
				// Mismatched brackets: not JSON. What came before stands;
				// nothing after can be trusted.
				s.rootDone = true
				return items
			}
			if c == '}' && len(s.open) == 3 {
				items = append(items, append([]byte(nil), s.buf[s.start:s.pos+1]...))
			}
			s.open = s.open[:len(s.open)-1]
			if len(s.open) == 0 {
				s.rootDone = true
			}
		}
	}
	return items
}

// headSize is how much of the start of a reply is kept to quote it.
const headSize = 256

// compact drops what has been scanned and is not part of an open item.
func (s *itemScanner) compact() {
	keep := s.pos
	if len(s.open) >= 3 {
		keep = s.start
	}
	if keep == 0 {
		return
	}
	n := copy(s.buf, s.buf[keep:])
	s.buf = s.buf[:n]
	s.pos -= keep
	s.start -= min(s.start, keep)
}

// text returns the start of the reply, for error messages.
func (s *itemScanner) text() string { return string(s.head) }

// partial returns the answer item the reply was in the middle of when it
// ended (or broke), if any.
func (s *itemScanner) partial() []byte {
	if len(s.open) >= 3 && s.start < len(s.buf) {
		return s.buf[s.start:]
	}
	return nil
}
