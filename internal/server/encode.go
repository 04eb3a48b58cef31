package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/quizstats/quizstats/internal/quiz"
)

// MaxBody is the largest request body accepted.
const MaxBody = 1 << 20

// encode writes v as a JSON response.
func (s *Server) encode(w http.ResponseWriter, r *http.Request, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		s.logFor(r).Error("encode response", "err", err)
		http.Error(w, `{"error":{"code":"internal","message":"could not encode the response"}}`, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(b)
	w.Write([]byte{'\n'})
}

// decodeRequest reads an analyze request, strictly: JSON content type, at
// most MaxBody bytes, valid UTF-8, no unknown fields, nothing after the
// value. Its errors say what is wrong and where.
func decodeRequest(w http.ResponseWriter, r *http.Request, v *quiz.Request) error {
	ct := r.Header.Get("Content-Type")
	if mt, _, err := mime.ParseMediaType(ct); err != nil || (mt != "application/json" && !strings.HasSuffix(mt, "+json")) {
		return &quiz.Error{Code: quiz.ECodeUnsupportedMedia, Message: fmt.Sprintf("the body must be JSON (Content-Type: application/json), got %q", ct)}
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBody))
	if _, tooLarge := errors.AsType[*http.MaxBytesError](err); tooLarge {
		return &quiz.Error{Code: quiz.ECodeTooLarge, Message: fmt.Sprintf("the body is larger than %d bytes", MaxBody)}
	}
	if err != nil {
		return &quiz.Error{Code: quiz.ECodeInvalid, Message: "could not read the body", Err: err}
	}
	if ok, at := quiz.ValidUTF8(body); !ok {
		return quiz.Invalid("", "the body is not valid UTF-8 (bad byte at offset %d)", at)
	}
	if err := strictUnmarshal(body, v); err != nil {
		if located := locate(body); located != nil {
			return located
		}
		return err
	}
	return nil
}

// strictUnmarshal decodes one JSON value, refusing unknown fields and
// trailing data.
func strictUnmarshal(body []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonError(body, err)
	}
	if dec.More() {
		return quiz.Invalid("", "the body has data after the JSON value (offset %d)", dec.InputOffset())
	}
	return nil
}

// locate finds which question of an analyze request failed to decode, since
// encoding/json names neither the index of a bad element nor where an
// unknown field was. It returns nil when it cannot say more.
func locate(body []byte) error {
	var outer struct {
		Questions []json.RawMessage `json:"questions"`
	}
	if json.Unmarshal(body, &outer) != nil {
		return nil
	}
	for i, raw := range outer.Questions {
		var q quiz.Question
		err := strictUnmarshal(raw, &q)
		qe, ok := err.(*quiz.Error)
		if err == nil || !ok {
			continue
		}
		field := fmt.Sprintf("questions[%d]", i)
		if qe.Field != "" {
			field += "." + qe.Field
		}
		return quiz.Invalid(field, "%s", qe.Message)
	}
	return nil
}

// jsonError describes a decoding error with its position and field.
func jsonError(body []byte, err error) error {
	if se, ok := errors.AsType[*json.SyntaxError](err); ok {
		line, col := position(body, se.Offset)
		return quiz.Invalid("", "the body is not valid JSON at line %d, column %d: %v", line, col, se)
	}
	if te, ok := errors.AsType[*json.UnmarshalTypeError](err); ok {
		return quiz.Invalid(fieldPath(te.Field), "must be %s, got JSON %s", te.Type, te.Value)
	}
	if errors.Is(err, io.EOF) {
		return quiz.Invalid("", "the body is empty; send a JSON object with \"questions\"")
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return quiz.Invalid("", "the body ends in the middle of the JSON value")
	}
	if msg := err.Error(); strings.HasPrefix(msg, "json: unknown field ") {
		return quiz.Invalid(strings.Trim(strings.TrimPrefix(msg, "json: unknown field "), `"`), "is not a known field")
	}
	return quiz.Invalid("", "the body is not valid JSON: %v", err)
}

// fieldPath turns encoding/json's "questions.2.options" into
// "questions[2].options", the form the rest of the API uses.
func fieldPath(f string) string {
	var b strings.Builder
	for i, part := range strings.Split(f, ".") {
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
