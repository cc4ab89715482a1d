from tests.workspace.test_answer_at_a_glance import _resize, _search, _open_row, _settle, _row_of_most_steps, PERSONA_BSN
from tests.workspace.glance import visible_rows, fully_visible, clip_rect, window_rect
def test_dbg(qtbot, workspace):
    window = workspace.window
    _resize(qtbot, window, 1366, 768)
    _search(qtbot, workspace, PERSONA_BSN)
    _open_row(qtbot, workspace, _row_of_most_steps(workspace))
    _settle(qtbot, window)
    t = window.case_list.table
    print("table", t.height(), "vp", t.viewport().height(), "rowh", t.rowHeight(0), "chrome", t.chrome_height(), "hbar", t.horizontalScrollBar().isVisible(), "list", window.case_list.height())
    print("vp visible", fully_visible(t.viewport()), clip_rect(t.viewport()), window_rect(t.viewport()))
    for r in range(5): print(r, t.visualRect(t.model().index(r,0)))
