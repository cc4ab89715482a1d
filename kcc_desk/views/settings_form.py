"""The parts every settings tab is made of: a page that scrolls, a labelled field, a URL field.

Why a page scrolls: at 200% text, or on a short screen, the tab's fields need more height than
the screen has. A form squeezed below its minimum height draws its rows on top of each other
(help texts ran into the next field's label at 1366×768); inside a scroll area each row keeps the
height it needs and the dialog stays on the screen (WCAG 1.4.4, 1.4.10).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

# A typical API root, 60 characters: a URL field is as wide as this when the dialog has room, so
# an administrator sees the host they typed (it showed "p://127.0.0.1:8765/..." before).
URL_SAMPLE = "https://zaaksysteem.gemeente-voorbeeld.nl/documenten/api/v1/"


def status_label(parent: QWidget) -> QLabel:
    """A line under a field that says how things stand (where a secret is kept)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    # As wide as the fields, so it wraps where they end, not at a guessed width.
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


def plain(label: str) -> str:
    """The label as a screen reader should say it: without the mnemonic ampersand."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


class ScrollPage(QScrollArea):
    """A tab page whose content scrolls vertically when the dialog is too short for it.

    Its size hint is the content's full size (QScrollArea caps its own at 24 lines), so the
    dialog asks for all the room the fields need and only scrolls when the screen is smaller.
    """

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # The content keeps the height it asks for; room left over stays empty below it
        # (a form stretched to a tall page spread its rows and floated a results box).
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(content)
        column.addStretch(1)
        self.setWidget(holder)
        # The scroll area itself takes no Tab stop: the fields inside do.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Alt+letter jumps to a field that may be scrolled out of view (200% text): follow it,
        # so the focused field is never hidden (WCAG 2.4.11). Tab alone would already scroll.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        content = self.widget()
        if new is None or content is None or not content.isAncestorOf(new):
            return
        # The whole control, not the text cursor ensureWidgetVisible aims at (a spin box's
        # inner line edit would leave the box half in view).
        owner = new.parentWidget()
        target = owner if isinstance(owner, QComboBox | QAbstractSpinBox) else new
        top_left = target.mapTo(content, QPoint(0, 0))
        margin = 8
        for bar, start, length, room in (
            (self.verticalScrollBar(), top_left.y(), target.height(), self.viewport().height()),
            (self.horizontalScrollBar(), top_left.x(), target.width(), self.viewport().width()),
        ):
            if start - margin < bar.value():
                bar.setValue(start - margin)
            elif start + length + margin > bar.value() + room:
                bar.setValue(min(start - margin, start + length + margin - room))

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        hint = content.sizeHint()
        return QSize(hint.width() + frame, hint.height() + frame)


def form_layout(parent: QWidget) -> QFormLayout:
    """A form with labels left of their fields while there is room, above them when not."""
    form = QFormLayout(parent)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return form


class UrlEdit(QLineEdit):
    """A line edit as wide as a typical API address when there is room; narrower when not (200%
    text), and then the full value is still in its tooltip and accessible description."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        # QLineEdit's own hint is 17 "x" wide plus frame and padding: keep the chrome.
        chrome = hint.width() - 17 * metrics.horizontalAdvance("x")
        return QSize(metrics.horizontalAdvance(URL_SAMPLE) + chrome, hint.height())


class Field:
    """A labelled input with its help text and its error line, each on a line of its own."""

    def __init__(
        self, form: QFormLayout, label: str, widget: QWidget, description: str = ""
    ) -> None:
        self.widget = widget
        self.label = QLabel(label)
        self.label.setBuddy(widget)
        self.name = plain(label)
        widget.setAccessibleName(self.name)
        combo_edit = widget.lineEdit() if isinstance(widget, QComboBox) else None
        if combo_edit is not None:
            # An editable combobox's text field is its own accessible object: name it too.
            combo_edit.setAccessibleName(self.name)
        self.description = description
        self._error_text = ""
        self.hint: QLabel | None = None
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setProperty("alert", "error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        box = QWidget()
        # The box takes the row's whole width, so its help text wraps at that width (not at a
        # combobox's) and the form gives the row the height the wrapped text needs.
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        grows = (QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)
        if widget.sizePolicy().horizontalPolicy() in grows:
            column.addWidget(widget)
        else:  # a combobox or spin box keeps its own width
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        if description:
            self.hint = QLabel(description)
            self.hint.setObjectName("fieldDescription")
            self.hint.setWordWrap(True)
            column.addWidget(self.hint)
        column.addWidget(self.error)
        self.box = box
        form.addRow(self.label, box)
        if isinstance(widget, UrlEdit):
            widget.textChanged.connect(self._describe)
        self._describe()

    def set_error(self, message: str | None) -> None:
        if message:
            self._error_text = _tr("Fout: {0}").format(message)
            self.error.setText(self._error_text)
            self.error.setVisible(True)
            self.widget.setProperty("invalid", True)
        else:
            self._error_text = ""
            self.error.clear()
            self.error.setVisible(False)
            self.widget.setProperty("invalid", False)
        self._describe()
        # Re-polish so the theme's [invalid="true"] style applies.
        style = self.widget.style()
        style.unpolish(self.widget)
        style.polish(self.widget)

    def set_read_only(self, read_only: bool) -> None:
        """Shown, selectable and in the Tab order, but not editable (training mode)."""
        if isinstance(self.widget, QLineEdit | QAbstractSpinBox):
            self.widget.setReadOnly(read_only)
        else:
            self.widget.setEnabled(not read_only)

    def _describe(self, *_args: object) -> None:
        """Error, help text and, for a URL, the whole address (the field may show only part)."""
        parts = [self._error_text, self.description]
        if isinstance(self.widget, UrlEdit):
            value = self.widget.text()
            self.widget.setToolTip(value)
            if value:
                parts.append(_tr("Volledig adres: {0}").format(value))
        self.widget.setAccessibleDescription(" ".join(p for p in parts if p))
