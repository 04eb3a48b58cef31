package server

import (
	"net/http"
	"time"

	"github.com/quizstats/quizstats/internal/quiz"
)

// handleDelete deletes one analysis: 204, or 404 when there is none.
func (s *Server) handleDelete(d Deleter) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.PathValue("id")
		if !quiz.ValidID(id) {
			s.error(w, r, quiz.Errorf(quiz.ECodeNotFound, "no analysis %q", id))
			return
		}
		if err := d.Delete(r.Context(), id); err != nil {
			s.error(w, r, err)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
}

// handleDeleteBefore deletes every analysis created before ?before= (an
// RFC 3339 time, or a date, which is midnight UTC) and says how many.
func (s *Server) handleDeleteBefore(d Deleter) http.Handler {
	type response struct {
		Deleted int       `json:"deleted"`
		Before  time.Time `json:"before"`
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v := r.URL.Query().Get("before")
		if v == "" {
			// Without a bound this would empty the history: that is asked
			// for explicitly, with a time in the future if need be.
			s.error(w, r, quiz.Invalid("before", "required: delete the analyses created before this time (RFC 3339, such as 2026-01-31T00:00:00Z, or a date, such as 2026-01-31)"))
			return
		}
		t, ok := quiz.ParseTime(v)
		if !ok {
			s.error(w, r, quiz.Invalid("before", "%q is not a time: use RFC 3339 (2026-01-31T18:00:00Z) or a date (2026-01-31)", v))
			return
		}
		n, err := d.DeleteBefore(r.Context(), t)
		if err != nil {
			s.error(w, r, err)
			return
		}
		s.encode(w, r, http.StatusOK, response{Deleted: n, Before: t.UTC()})
	})
}
