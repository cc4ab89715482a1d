"""Workspace fixtures."""

from tests.security.fake_keyrings import recording_keyring
from tests.workspace.workspace_fixture import fresh_workspace, workspace

__all__ = ["fresh_workspace", "recording_keyring", "workspace"]
