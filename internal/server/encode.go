package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"github.com/quizstats/quizstats/internal/quiz"
)

// MaxBody is the largest request body accepted: room for MaxImages
// images of at most 1 MiB each next to 100 questions of text.
const MaxBody = 10 << 20

// encode writes v as a JSON response.
func (s *Server) encode(w http.ResponseWriter, r *http.Request, status int, v any) {
	var b []byte
	var err error
	if res, ok := v.(quiz.Result); ok {
		// The same bytes, cheaper on a cache hit, written from a reused
		// buffer.
		buf := s.bufs.Get()
		defer s.bufs.Put(buf)
		if err = res.EncodeTo(buf); err == nil {
			buf.WriteByte('\n')
			b = buf.Bytes()
		}
	} else if b, err = json.Marshal(v); err == nil {
		b = append(b, '\n')
	}
	if err != nil {
		s.logFor(r).Error("encode response", "err", err)
		http.Error(w, `{"error":{"code":"internal","message":"could not encode the response"}}`, http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	// Said rather than left to net/http, which counts only the first 2 KB
	// and sends anything longer (a cached analysis' result) chunked.
	h.Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	w.Write(b)
}

// decodeRequest reads an analyze request, strictly: JSON content type, at
// most MaxBody bytes, valid UTF-8, no unknown or repeated fields, nothing
// after the value. Its errors say what is wrong and where.
//
// It uses the JSON v2 decoder (github.com/go-json-experiment/json, already
// in the build through chromedp): it checks all of that itself, names the
// place of an error as a JSON pointer, and decodes a request in less than
// half the time of encoding/json, which was the largest cost of a cached
// analyze.
//
// The body is read into buf, which the caller may reuse once this returns:
// nothing decoded points into it.
func decodeRequest(w http.ResponseWriter, r *http.Request, buf *bytes.Buffer, v *quiz.Request) error {
	ct := r.Header.Get("Content-Type")
	if mt, _, err := mime.ParseMediaType(ct); err != nil || (mt != "application/json" && !strings.HasSuffix(mt, "+json")) {
		return &quiz.Error{Code: quiz.ECodeUnsupportedMedia, Message: fmt.Sprintf("the body must be JSON (Content-Type: application/json), got %q", ct)}
	}
	body, err := readBody(w, r, buf)
	if _, tooLarge := errors.AsType[*http.MaxBytesError](err); tooLarge {
		return &quiz.Error{Code: quiz.ECodeTooLarge, Message: fmt.Sprintf("the body is larger than %d bytes", MaxBody)}
	}
	if err != nil {
		return &quiz.Error{Code: quiz.ECodeInvalid, Message: "could not read the body", Err: err}
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return quiz.Invalid("", "the body is empty; send a JSON object with \"questions\"")
	}
	if err := jsonv2.Unmarshal(body, v, jsonv2.RejectUnknownMembers(true)); err != nil {
		return jsonError(body, err)
	}
	return nil
}

// readBody reads at most MaxBody bytes into buf, as they arrive: no buffer
// is sized from a Content-Length before the bytes are there (2,000 bodies
// announcing 1 MiB and sending nothing would otherwise hold 2 GB). The bytes
// are buf's: the decoder copies what it keeps, so buf goes back to the pool
// once the request is decoded.
func readBody(w http.ResponseWriter, r *http.Request, buf *bytes.Buffer) ([]byte, error) {
	_, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, MaxBody))
	return buf.Bytes(), err
}

// maxPooledBody is the largest request or response buffer kept for
// reuse: one that held a quiz's images goes to the collector rather than
// staying in the pool.
const maxPooledBody = 64 << 10

// jsonError describes a decoding error: what is wrong, the field (from the
// JSON pointer) and, for broken JSON, the line and column.
func jsonError(body []byte, err error) error {
	if se, ok := errors.AsType[*jsontext.SyntacticError](err); ok {
		field := fieldPath(string(se.JSONPointer))
		if errors.Is(se.Err, io.ErrUnexpectedEOF) {
			return quiz.Invalid(field, "the body ends in the middle of the JSON value")
		}
		line, col := position(body, se.ByteOffset)
		msg := se.Err.Error()
		return quiz.Invalid(field, "the body is not valid JSON at line %d, column %d: %s", line, col, strings.TrimPrefix(msg, "jsontext: "))
	}
	if se, ok := errors.AsType[*jsonv2.SemanticError](err); ok {
		field := fieldPath(string(se.JSONPointer))
		switch {
		case errors.Is(se.Err, jsonv2.ErrUnknownName):
			return quiz.Invalid(field, "is not a known field")
		case se.GoType != nil && se.JSONKind != 0:
			return quiz.Invalid(field, "must be %s, got JSON %s", jsonKind(se.GoType.Kind().String()), se.JSONKind)
		}
		return quiz.Invalid(field, "cannot be read: %v", se.Err)
	}
	return quiz.Invalid("", "the body is not valid JSON: %v", err)
}

// jsonKind names a Go kind the way a JSON client thinks of it.
func jsonKind(goKind string) string {
	switch goKind {
	case "string":
		return "a string"
	case "slice", "array":
		return "an array"
	case "struct", "map", "ptr":
		return "an object"
	case "bool":
		return "true or false"
	}
	return "a number"
}

// fieldPath turns a JSON pointer ("/questions/2/options") into the form the
// rest of the API uses ("questions[2].options").
func fieldPath(pointer string) string {
	var b strings.Builder
	for i, part := range strings.Split(strings.TrimPrefix(pointer, "/"), "/") {
		part = strings.NewReplacer("~1", "/", "~0", "~").Replace(part)
		if part != "" && strings.Trim(part, "0123456789") == "" {
			b.WriteString("[" + part + "]")
			continue
		}
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(part)
	}
	return b.String()
}

// position converts a byte offset into a 1-based line and column.
func position(b []byte, offset int64) (int, int) {
	offset = min(max(offset, 0), int64(len(b)))
	before := b[:offset]
	line := bytes.Count(before, []byte{'\n'}) + 1
	col := int(offset) - bytes.LastIndexByte(before, '\n')
	return line, col
}
