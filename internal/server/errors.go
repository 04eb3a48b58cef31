package server

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/quizstats/quizstats/internal/quiz"
)

// codeMethodNotAllowed is the one error code only HTTP has.
const codeMethodNotAllowed = "method_not_allowed"

// statusOf is the one table from error codes to HTTP statuses.
var statusOf = map[string]int{
	quiz.ECodeInvalid:          http.StatusBadRequest,
	quiz.ECodeUnauthorized:     http.StatusUnauthorized,
	quiz.ECodeForbidden:        http.StatusForbidden,
	quiz.ECodeNotFound:         http.StatusNotFound,
	codeMethodNotAllowed:       http.StatusMethodNotAllowed,
	quiz.ECodeTooLarge:         http.StatusRequestEntityTooLarge,
	quiz.ECodeUnsupportedMedia: http.StatusUnsupportedMediaType,
	quiz.ECodeRateLimited:      http.StatusTooManyRequests,
	quiz.ECodeInternal:         http.StatusInternalServerError,
	quiz.ECodeModelError:       http.StatusBadGateway,
	quiz.ECodeInvalidReply:     http.StatusBadGateway,
	quiz.ECodeNoModel:          http.StatusServiceUnavailable,
	quiz.ECodeModelUnavailable: http.StatusServiceUnavailable,
	quiz.ECodeUnavailable:      http.StatusServiceUnavailable,
	quiz.ECodeStoreReadOnly:    http.StatusServiceUnavailable,
	quiz.ECodeModelTimeout:     http.StatusGatewayTimeout,
}

// errorResponse is the body of every error.
type errorResponse struct {
	Error *quiz.ErrorBody `json:"error"`
}

// error writes err as a JSON error. An error that is not a *quiz.Error is
// a bug or an outage: it is logged here, once, and the client gets a
// generic message that leaks nothing.
func (s *Server) error(w http.ResponseWriter, r *http.Request, err error) {
	qe, ok := errors.AsType[*quiz.Error](err)
	if !ok {
		s.logFor(r).Error("internal error", "err", err)
		qe = &quiz.Error{Code: quiz.ECodeInternal, Message: "internal error; the server log has the details (request " + requestID(r.Context()) + ")"}
	} else if qe.Err != nil || qe.Code == quiz.ECodeInternal {
		// The cause stays in the log; the client gets the message.
		s.logFor(r).Warn("request failed", "code", qe.Code, "err", err)
	}
	status, known := statusOf[qe.Code]
	if !known {
		status = http.StatusInternalServerError
	}
	if qe.RetryAfterSeconds > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(qe.RetryAfterSeconds))
	}
	s.encode(w, r, status, errorResponse{Error: qe.Body()})
}
