package web

import "github.com/go-chi/chi/v5"

// mountBills adds the bill pages.
func (s *Site) mountBills(r chi.Router) {}
