"""Design tokens → theme → QPalette + QSS (QtGui only; :mod:`kcc_desk.theme.apply` needs QtWidgets).

Typical use (main window)::

    from kcc_desk.theme.apply import apply_theme
    from kcc_desk.theme.registry import load_theme

    apply_theme(app, load_theme(config.theme or "voorbeeld"), text_scale)

This package file imports nothing on purpose: importing any ``kcc_desk.theme.*`` module runs it
first, and start-up (see :mod:`kcc_desk.theme.snapshot`) needs ``scale`` and ``snapshot`` without
the ~50 ms of token parsing and contrast checking the other modules cost.
"""
