"""Qt widgets. No HTTP: data arrives through presenters and item models."""
