"""Allow ``python -m kcc_desk``."""

from kcc_desk.cli import main

raise SystemExit(main())
