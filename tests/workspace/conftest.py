"""Workspace fixtures."""

from tests.workspace.workspace_fixture import workspace

__all__ = ["workspace"]
