"""Pure decisions and the vocabulary they speak: pledge kinds, commitment rules,
scheduling policy, worker steps, article and period arithmetic. No I/O, no clock."""
