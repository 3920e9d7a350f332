"""pvm's `urllib` package: only its `parse` submodule (see there)."""
