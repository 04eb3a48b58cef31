package extract

import (
	"strings"

	"github.com/quizstats/quizstats/internal/quiz"
)

// requestImageTypes are the data URL types the API takes.
var requestImageTypes = []string{"data:image/png;base64,", "data:image/jpeg;base64,", "data:image/webp;base64,"}

// RequestImages returns the images of an extracted question that can go
// with it to the model: those the browser read into a data URL of a type
// models take, within the API's size limit, at most *left of them (the
// quiz's remaining budget, which it decreases). The extractor scales images
// to at most 768 px a side, within the API's 1024. Images it could not read
// (cross-origin, not loaded) have no data URL and are left out: the model
// then answers from the text, and the answer says it could not see them.
func RequestImages(imgs []Image, left *int) []quiz.Image {
	var out []quiz.Image
	for _, img := range imgs {
		if *left <= 0 {
			break
		}
		if img.DataURL == "" || len(img.DataURL) > quiz.MaxImageURLSize || !takenType(img.DataURL) {
			continue
		}
		alt := img.Alt
		if r := []rune(alt); len(r) > quiz.MaxAltRunes {
			alt = string(r[:quiz.MaxAltRunes])
		}
		out = append(out, quiz.Image{URL: img.DataURL, Alt: alt})
		*left--
	}
	return out
}

func takenType(u string) bool {
	for _, p := range requestImageTypes {
		if len(u) > len(p) && strings.EqualFold(u[:len(p)], p) {
			return true
		}
	}
	return false
}
