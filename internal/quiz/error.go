package quiz

import (
	"errors"
	"fmt"
)

// Error codes. Each maps to one HTTP status in the server's error table; the
// code is what clients branch on, the message is for people.
const (
	ECodeInvalid          = "invalid"                // 400
	ECodeUnauthorized     = "unauthorized"           // 401
	ECodeForbidden        = "forbidden"              // 403
	ECodeNotFound         = "not_found"              // 404
	ECodeTooLarge         = "too_large"              // 413
	ECodeUnsupportedMedia = "unsupported_media_type" // 415
	ECodeRateLimited      = "rate_limited"           // 429
	ECodeInternal         = "internal"               // 500
	ECodeModelError       = "model_error"            // 502: the model failed or kept failing
	ECodeInvalidReply     = "invalid_model_reply"    // 502: the model answered, but not validly
	ECodeNoModel          = "no_model"               // 503
	ECodeModelUnavailable = "model_unavailable"      // 503: circuit breaker open
	ECodeUnavailable      = "unavailable"            // 503: shutting down, store down
	ECodeStoreReadOnly    = "store_read_only"        // 503: the store refuses writes (disk full, Redis out of memory)
	ECodeModelTimeout     = "model_timeout"          // 504
)

// Error is an error a client can act on: a code, a message for people and,
// for invalid input, the field at fault ("questions[3].options[1]").
type Error struct {
	Code    string
	Message string
	Field   string
	// RetryAfterSeconds, when set, tells a client when to try again.
	RetryAfterSeconds int
	// Err is the underlying cause, kept for logs and errors.Is.
	Err error
}

func (e *Error) Error() string {
	msg := e.Message
	if e.Field != "" {
		msg = e.Field + ": " + msg
	}
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

func (e *Error) Unwrap() error { return e.Err }

// Body is the JSON form of the error.
func (e *Error) Body() *ErrorBody {
	return &ErrorBody{Code: e.Code, Message: e.Message, Field: e.Field}
}

// ErrorBody is how an error travels in responses, history and events.
type ErrorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Field   string `json:"field,omitempty"`
}

// Errorf returns an *Error with a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Invalid returns an *Error for invalid input at field.
func Invalid(field, format string, args ...any) *Error {
	return &Error{Code: ECodeInvalid, Field: field, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of err's *Error, or ECodeInternal.
func ErrorCode(err error) string {
	if e, ok := errors.AsType[*Error](err); ok {
		return e.Code
	}
	return ECodeInternal
}

// Sentinel errors of stores.
var (
	// ErrNotFound: no such analysis or cache entry.
	ErrNotFound = &Error{Code: ECodeNotFound, Message: "not found"}
	// ErrUnavailable: the store cannot be reached right now. Callers go on
	// without it; the store itself reports the outage (once).
	ErrUnavailable = &Error{Code: ECodeUnavailable, Message: "the store is unreachable"}
	// ErrNotReplicated: the write is on the primary, but no replica
	// confirmed it in time, so losing the primary could lose it.
	ErrNotReplicated = &Error{Code: ECodeUnavailable, Message: "no replica confirmed the write in time; losing the primary could lose it"}
)
