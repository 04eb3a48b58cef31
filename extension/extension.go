// Package extension is quizstats' browser extension for Chrome and other
// Chromium browsers (Manifest V3). Its files are embedded in the binary;
// `quizstats extension DIR` writes them, with the extractor, into a
// directory the browser loads unpacked.
package extension

import (
	_ "embed"
)

// noticeJS is the in-page notice of a capture, shown by the extension and
// by quizstats watch alike.
//
//go:embed notice.js
var noticeJS string

// Notice returns notice.js: the declaration of a function
// quizstatsNotice(message, tone), tone one of "busy", "ok" and "error",
// that shows a capture's outcome in the page.
func Notice() string { return noticeJS }
