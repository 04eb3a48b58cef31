package termtext_test

import (
	"testing"
	"unicode/utf8"

	"github.com/quizstats/quizstats/internal/termtext"
)

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mars looks red.", "Mars looks red."},
		{"title\x1b]0;pwned\x07 set", "title]0;pwned set"},                 // OSC 0
		{"clip\x1b]52;c;ZWNobyBoaQ==\x07", "clip]52;c;ZWNobyBoaQ=="},       // OSC 52
		{"\x1b[2Jcleared", "[2Jcleared"},                                   // CSI 2J
		{"c1 \u009b2J and \u009d0;t\u009c", "c1 2J and 0;t"},               // C1 CSI, OSC, ST
		{"raw \x9b2J", "raw \ufffd2J"},                                     // 8-bit CSI byte
		{"tab\tand\nnewline\rreturn\bback", "tab\tand\nnewlinereturnback"}, // kept: tab, newline
		{"Ünïcödé 日本", "Ünïcödé 日本"},
	}
	for _, tt := range tests {
		if got := termtext.Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzClean: whatever comes in, nothing a terminal acts on comes out.
func FuzzClean(f *testing.F) {
	f.Add("\x1b]52;c;aGk=\x07\u009b2J\x9b")
	f.Add("plain")
	f.Fuzz(func(t *testing.T, s string) {
		out := termtext.Clean(s)
		if !utf8.ValidString(out) {
			t.Fatalf("Clean(%q) = %q is not UTF-8", s, out)
		}
		for _, r := range out {
			if (r < 0x20 && r != '\t' && r != '\n') || r == 0x7f || (r >= 0x80 && r <= 0x9f) {
				t.Fatalf("Clean(%q) = %q keeps control %U", s, out, r)
			}
		}
		if termtext.Clean(out) != out {
			t.Fatalf("Clean is not idempotent on %q", s)
		}
	})
}
