package web

import "github.com/go-chi/chi/v5"

// mountVotes adds the vote pages.
func (s *Site) mountVotes(r chi.Router) {}
