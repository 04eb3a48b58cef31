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
	buf      []byte
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
	s.buf = append(s.buf, text...)
	var items [][]byte
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

// text returns the whole reply so far.
func (s *itemScanner) text() string { return string(s.buf) }

// partial returns the answer item the reply was in the middle of when it
// ended (or broke), if any.
func (s *itemScanner) partial() []byte {
	if len(s.open) >= 3 && s.start < len(s.buf) {
		return s.buf[s.start:]
	}
	return nil
}
