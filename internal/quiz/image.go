package quiz

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"image"
	_ "image/jpeg" // image.DecodeConfig reads JPEG sizes
	_ "image/png"  // and PNG sizes
	"strings"
	"unicode/utf8"
)

// Limits on images, which are sent to the model with their question.
const (
	MaxImages       = 8       // per analysis
	MaxImageURLSize = 1 << 20 // bytes of one data URL
	MaxImageSide    = 1024    // pixels, width and height
	MaxAltRunes     = 500
)

// imageTypes are the formats models take.
var imageTypes = []string{"image/png", "image/jpeg", "image/webp"}

// normalize checks one image; its error's Field is relative to it.
func (img *Image) normalize() *Error {
	img.Alt = collapseSpace(stripControl(img.Alt, false))
	if n := utf8.RuneCountInString(img.Alt); n > MaxAltRunes {
		return Invalid(".alt", "is %d characters long; the limit is %d", n, MaxAltRunes)
	}
	u := img.URL
	if len(u) > MaxImageURLSize {
		return Invalid(".url", "is %d bytes long; the limit is %d (1 MiB): scale the image down (at most %d px a side)", len(u), MaxImageURLSize, MaxImageSide)
	}
	head, data, ok := strings.Cut(u, ",")
	if !ok || !strings.HasPrefix(head, "data:") {
		return Invalid(".url", "must be a data URL (data:image/png;base64,...) of the image's bytes, not a link: the model cannot load pages")
	}
	mediaType, isBase64 := strings.CutSuffix(strings.TrimPrefix(head, "data:"), ";base64")
	found := false
	for _, t := range imageTypes {
		if strings.EqualFold(mediaType, t) {
			found = true
		}
	}
	if !found {
		return Invalid(".url", "is a %q data URL; send PNG, JPEG or WebP", mediaType)
	}
	if !isBase64 {
		return Invalid(".url", "must be base64-encoded (data:%s;base64,...)", mediaType)
	}
	raw, err := base64.StdEncoding.DecodeString(data)
	if err != nil {
		return Invalid(".url", "is not valid base64: %v", err)
	}
	w, h, format, err := imageSize(raw)
	if err != nil {
		return Invalid(".url", "is not a readable %s image: %v", mediaType, err)
	}
	if "image/"+format != strings.ToLower(mediaType) {
		return Invalid(".url", "says %s but holds a %s image", mediaType, format)
	}
	if w > MaxImageSide || h > MaxImageSide {
		return Invalid(".url", "is %d×%d px; the limit is %d px a side: scale it down", w, h, MaxImageSide)
	}
	if w < 1 || h < 1 {
		return Invalid(".url", "is %d×%d px, an empty image", w, h)
	}
	return nil
}

// imageSize reads the size of a PNG, JPEG or WebP image from its header.
func imageSize(b []byte) (w, h int, format string, err error) {
	if len(b) >= 12 && string(b[:4]) == "RIFF" && string(b[8:12]) == "WEBP" {
		w, h, err := webpSize(b)
		return w, h, "webp", err
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		return 0, 0, "", err
	}
	return cfg.Width, cfg.Height, format, nil
}

// webpSize reads the canvas size of a WebP file: lossy (VP8), lossless
// (VP8L) or extended (VP8X). The standard library has no WebP decoder.
func webpSize(b []byte) (int, int, error) {
	if len(b) < 30 {
		return 0, 0, fmt.Errorf("the WebP header is cut short")
	}
	switch string(b[12:16]) {
	case "VP8 ":
		// Frame tag (3 bytes), start code 9d 01 2a, then 14-bit sizes.
		if b[23] != 0x9d || b[24] != 0x01 || b[25] != 0x2a {
			return 0, 0, fmt.Errorf("no VP8 start code")
		}
		return int(binary.LittleEndian.Uint16(b[26:]) & 0x3fff), int(binary.LittleEndian.Uint16(b[28:]) & 0x3fff), nil
	case "VP8L":
		if b[20] != 0x2f {
			return 0, 0, fmt.Errorf("no VP8L signature")
		}
		bits := binary.LittleEndian.Uint32(b[21:])
		return int(bits&0x3fff) + 1, int(bits>>14&0x3fff) + 1, nil
	case "VP8X":
		w := int(b[24]) | int(b[25])<<8 | int(b[26])<<16
		h := int(b[27]) | int(b[28])<<8 | int(b[29])<<16
		return w + 1, h + 1, nil
	}
	return 0, 0, fmt.Errorf("unknown WebP chunk %q", b[12:16])
}

// WithoutImageBytes returns qs with each image's bytes left out, for what
// is kept and sent to displays: history and events keep where images
// were, not megabytes of them. qs itself is not changed.
func WithoutImageBytes(qs []Question) []Question {
	has := false
	for _, q := range qs {
		if len(q.Images) > 0 {
			has = true
			break
		}
	}
	if !has {
		return qs
	}
	out := make([]Question, len(qs))
	for i, q := range qs {
		out[i] = q
		if len(q.Images) > 0 {
			out[i].Images = make([]Image, len(q.Images))
			for j, img := range q.Images {
				out[i].Images[j] = Image{Alt: img.Alt}
			}
		}
	}
	return out
}
