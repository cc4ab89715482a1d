"""Workspace fixtures."""

from tests.workspace.workspace_fixture import fresh_workspace, workspace

__all__ = ["fresh_workspace", "workspace"]
