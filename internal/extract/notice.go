package extract

import _ "embed"

// noticeJS is the in-page notice of a capture, shown by quizstats watch and
// by the browser extension alike.
//
//go:embed notice.js
var noticeJS string

// Notice returns notice.js: the declaration of a function
// quizstatsNotice(message, tone), tone one of "busy", "ok" and "error",
// that shows a capture's outcome in the page.
func Notice() string { return noticeJS }
