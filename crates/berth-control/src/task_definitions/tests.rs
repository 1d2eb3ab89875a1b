//! Store-backed tests of the task definition operations.
