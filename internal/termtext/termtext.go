// Package termtext makes text from outside (a model's explanation, a
// page's question) safe to print on a terminal: one function, used by
// every command that prints such text.
package termtext

import (
	"strings"
	"unicode/utf8"
)

// Clean returns s without anything a terminal would act on: C0 controls
// (ESC, BEL, backspace, carriage return; tab and newline are kept), DEL, C1
// controls (U+0080–U+009F, which include the 8-bit CSI and OSC), and bytes
// that are not UTF-8 (a lone 0x9B is a CSI to an 8-bit terminal), which
// become U+FFFD. What was an escape sequence is left as inert text.
func Clean(s string) string {
	if clean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case unsafe(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func unsafe(r rune) bool {
	return (r < 0x20 && r != '\t' && r != '\n') || r == 0x7f || (r >= 0x80 && r <= 0x9f)
}

// clean reports whether s needs no change (the common case, with no
// allocation).
func clean(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if unsafe(r) {
			return false
		}
	}
	return true
}
