"""The workspace fixtures (real app against the demo server) for the person journeys."""

from tests.workspace.workspace_fixture import fresh_workspace, workspace

__all__ = ["fresh_workspace", "workspace"]
