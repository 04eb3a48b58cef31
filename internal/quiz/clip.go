package quiz

import "unicode/utf8"

// Clip cuts s to at most n characters (code points, as the limits of this
// package count them), marking a cut with an ellipsis.
func Clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 0 {
		return ""
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
