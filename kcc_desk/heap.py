"""Keep the garbage collector's full passes short while the GUI's event loop is busy.

CPython's cyclic collector sometimes walks every tracked object (a full, generation-2 pass),
holding the GIL meanwhile, whichever thread set it off. In kcc-desk that walk covers Qt's
wrappers, every imported module and the catalogues: ~20 ms in a bare process, more in the
app, and on a busy machine that is the window standing still while a report or a search
decodes its pages in a worker thread. What exists once start-up is done, and when a large
read begins, lives as long as the app, so it is moved out of the collector's sight
(``gc.freeze``); objects made later are collected as always, and objects freed by reference
counting (nearly all) are freed at once, frozen or not.
"""

from __future__ import annotations

import gc
import logging

log = logging.getLogger(__name__)


def freeze_long_lived(moment: str) -> None:
    """Leave everything alive now out of later full collections (see the module's text)."""
    gc.freeze()
    # Not gc.get_freeze_count(): it walks the frozen objects (~6 ms with the app loaded).
    log.debug("heap frozen (%s)", moment)
