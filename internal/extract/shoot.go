package extract

import (
	"context"
	"encoding/base64"
	"math"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/quizstats/quizstats/internal/quiz"
)

// Rect is where a picture is on its page, in CSS pixels from the top left
// of the document.
type Rect struct {
	X      float64 `json:"x"`
	Y      float64 `json:"y"`
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
}

// Bounds of photographing pictures the page does not let a script read:
// the longest side, as the extractor scales readable ones, and the time
// one capture may take.
const (
	shotSide    = 768
	shotQuality = 80
	shotWait    = 3 * time.Second
)

// photograph fills in the data URL of the pictures of res that the page
// showed but would not let the extractor read (a cross-origin image, a
// tainted canvas): a screenshot of the element's place on the page, as a
// person sees it. Only pictures that would go with the request are taken
// (at most quiz.MaxImages, in question order), and only those of the top
// document, whose places the extractor can give. A capture that fails
// leaves the picture without its bytes; the model then answers from the
// text, and says it could not see it.
func photograph(ctx context.Context, res *Result) {
	left := quiz.MaxImages
	var walk func(qs []Question)
	walk = func(qs []Question) {
		for qi := range qs {
			q := &qs[qi]
			for i := range q.Images {
				img := &q.Images[i]
				if left <= 0 {
					return
				}
				if img.DataURL == "" && img.Rect != nil {
					img.DataURL = shoot(ctx, *img.Rect)
				}
				if img.DataURL != "" {
					left--
				}
			}
			walk(q.Subquestions)
		}
	}
	walk(res.Questions)
}

// shoot captures rect of the tab's page as a JPEG data URL, scaled to at
// most shotSide a side, or returns "" when it cannot.
func shoot(ctx context.Context, r Rect) string {
	if r.Width < 1 || r.Height < 1 {
		return ""
	}
	ctx, cancel := context.WithTimeout(ctx, shotWait)
	defer cancel()
	scale := math.Min(1, shotSide/math.Max(r.Width, r.Height))
	out, err := chromedp.Call(ctx, page.CaptureScreenshot, page.CaptureScreenshotParams{
		Format:                page.CaptureScreenshotFormatJpeg,
		Quality:               new(int64(shotQuality)),
		Clip:                  &page.Viewport{X: r.X, Y: r.Y, Width: r.Width, Height: r.Height, Scale: scale},
		CaptureBeyondViewport: new(true),
		FromSurface:           new(true),
	})
	if err != nil || len(out.Data) == 0 {
		return ""
	}
	u := "data:image/jpeg;base64," + base64.StdEncoding.EncodeToString(out.Data)
	if len(u) > quiz.MaxImageURLSize {
		return ""
	}
	return u
}
