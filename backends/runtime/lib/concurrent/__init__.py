"""pvm's `concurrent` package: only its `futures` submodule (see there)."""
