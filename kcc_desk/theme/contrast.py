"""WCAG 2.1 contrast: relative luminance, contrast ratio, and the colour pairs the QSS uses.

``check_theme`` lists every failing pair; ``enforce_contrast`` changes the foreground colour of a
failing pair (darker on a light surface, lighter on a dark one, as little as needed) and records an
:class:`~kcc_desk.theme.model.Adjustment`, so a municipality's token set can never produce an
unreadable app. Qt-free so it can run in any test or CLI.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
from dataclasses import dataclass
from typing import Literal

from kcc_desk.theme.cssvalues import Color
from kcc_desk.theme.model import Adjustment, Theme

_log = logging.getLogger(__name__)

UI_MIN = 3.0
"""WCAG 1.4.11 non-text contrast: component boundaries and focus indicators."""
TEXT_AA = 4.5
TEXT_AAA = 7.0

Kind = Literal["text", "ui"]


@dataclass(frozen=True)
class ContrastPair:
    """Foreground role drawn on background role; roles are dotted paths into :class:`Theme`."""

    foreground: str
    background: str
    kind: Kind
    where: str
    """What in the UI uses this pair (for messages)."""
    unless_fill_visible: bool = False
    """Skip when the focus fill alone contrasts ≥ 3:1 with the page: the fill is then the
    indicator (dark themes: yellow block on a dark page), and the outline only has to stand out
    against the page, not against the fill."""


@dataclass(frozen=True)
class ContrastIssue:
    pair: ContrastPair
    foreground: str
    background: str
    ratio: float
    required: float

    def __str__(self) -> str:
        return (
            f"{self.pair.where}: {self.pair.foreground} {self.foreground} op "
            f"{self.pair.background} {self.background} = {self.ratio:.2f}:1 "
            f"(minimaal {self.required:.1f}:1)"
        )


def _linear(channel: int) -> float:
    c = channel / 255.0
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


@functools.lru_cache(maxsize=4096)
def _hex_luminance(color: str) -> float:
    return _luminance(Color.from_hex(color))


def _luminance(c: Color) -> float:
    return 0.2126 * _linear(c.r) + 0.7152 * _linear(c.g) + 0.0722 * _linear(c.b)


def relative_luminance(color: str | Color) -> float:
    """WCAG 2.1 relative luminance of an opaque colour (0 = black, 1 = white)."""
    return _hex_luminance(color.lower()) if isinstance(color, str) else _luminance(color)


def contrast_ratio(first: str | Color, second: str | Color) -> float:
    """WCAG contrast ratio, 1.0 to 21.0, order-independent."""
    a, b = relative_luminance(first), relative_luminance(second)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def _pairs() -> tuple[ContrastPair, ...]:
    t: Kind = "text"
    u: Kind = "ui"
    pairs = [
        ContrastPair("text", "background", t, "tekst"),
        ContrastPair("text", "background_subtle", t, "tekst op lichte achtergrond"),
        ContrastPair("text_subtle", "background", t, "toelichtende tekst"),
        ContrastPair("heading", "background", t, "koppen"),
        ContrastPair("link", "background", t, "links"),
        ContrastPair("link_hover", "background", t, "links (muis erop)"),
        ContrastPair("selection_text", "selection_background", t, "selectie"),
        ContrastPair("selection_background", "background", u, "geselecteerde rij"),
        ContrastPair("focus_text", "focus_background", t, "focus"),
        ContrastPair("focus_outline_color", "background", u, "focusrand"),
        ContrastPair("focus_outline_color", "focus_background", u, "focusrand om focusvlak", True),
        ContrastPair("focus_outline_color", "field.background", u, "focusrand invoerveld"),
        ContrastPair("field.text", "field.background", t, "invoerveld"),
        ContrastPair("field.text", "field.invalid_background", t, "onjuist invoerveld"),
        ContrastPair("field.placeholder", "field.background", t, "voorbeeldtekst invoerveld"),
        ContrastPair("field.border", "background", u, "rand invoerveld"),
        ContrastPair("field.border", "field.background", u, "rand invoerveld"),
        ContrastPair("field.invalid_border", "background", u, "rand onjuist invoerveld"),
        ContrastPair("field.error_text", "background", t, "foutmelding"),
        ContrastPair("field.description", "background", t, "uitleg bij veld"),
        ContrastPair("table.header_text", "table.header_background", t, "tabelkop"),
        ContrastPair("text", "table.alternate_background", t, "tabelrij"),
        ContrastPair("data_list.key_text", "background", t, "gegevenslijst"),
        ContrastPair("data_list.value_text", "background", t, "gegevenslijst"),
    ]
    for variant in ("primary", "secondary", "subtle"):
        b = f"button_{variant}"
        pairs += [
            ContrastPair(f"{b}.text", f"{b}.background", t, f"knop ({variant})"),
            ContrastPair(f"{b}.hover_text", f"{b}.hover_background", t, f"knop ({variant}, muis)"),
        ]
    pairs += [
        ContrastPair("button_primary.background", "background", u, "knop (primary)"),
        # Checked check box (filled) and radio dot are drawn in the primary colour.
        ContrastPair("button_primary.background", "field.background", u, "aangevinkt vakje"),
        ContrastPair("button_secondary.border", "background", u, "knop (secondary) rand"),
    ]
    for kind in ("info", "ok", "warning", "error"):
        pairs.append(
            ContrastPair(f"alerts.{kind}.text", f"alerts.{kind}.background", t, f"melding ({kind})")
        )
    for kind in ("neutral", "info", "ok", "warning", "error", "overdue"):
        pairs.append(
            ContrastPair(f"badges.{kind}.text", f"badges.{kind}.background", t, f"label ({kind})")
        )
    for state in ("checked", "current", "not_checked", "warning", "error"):
        s = f"steps.{state}"
        pairs += [
            ContrastPair(f"{s}.marker_text", f"{s}.marker_background", t, f"stap ({state})"),
            ContrastPair(f"{s}.heading", "background", t, f"staptitel ({state})"),
            ContrastPair(f"{s}.marker_border", "background", u, f"stapmarkering ({state})"),
            ContrastPair(f"{s}.line", "background", u, f"staplijn ({state})"),
        ]
    return tuple(pairs)


PAIRS: tuple[ContrastPair, ...] = _pairs()
"""Every foreground/background combination that ``base.qss.tmpl`` and the palette produce."""
SURFACE_ROLES: tuple[str, ...] = tuple(dict.fromkeys(p.background for p in PAIRS))


def get_role(theme: object, path: str) -> str:
    value: object = theme
    for part in path.split("."):
        value = getattr(value, part)
    if not isinstance(value, str):
        raise TypeError(f"{path} is not a colour")
    return value


def set_role(theme: Theme, path: str, color: str) -> Theme:
    """Return a copy of ``theme`` with the colour at dotted ``path`` replaced."""

    def replace(obj: object, parts: list[str]) -> object:
        head, *rest = parts
        new = color if not rest else replace(getattr(obj, head), rest)
        return dataclasses.replace(obj, **{head: new})  # type: ignore[type-var]

    result = replace(theme, path.split("."))
    assert isinstance(result, Theme)
    return result


def required_ratio(theme: Theme, pair: ContrastPair) -> float:
    return theme.min_text_contrast if pair.kind == "text" else UI_MIN


def applicable_pairs(theme: Theme) -> list[ContrastPair]:
    """The pairs that must meet their minimum for this theme (see ``unless_fill_visible``)."""
    fill_visible = contrast_ratio(theme.focus_background, theme.background) >= UI_MIN
    return [p for p in PAIRS if not (p.unless_fill_visible and fill_visible)]


def check_theme(theme: Theme) -> list[ContrastIssue]:
    """Every applicable pair below its WCAG minimum (text 4.5 or 7, UI and focus 3)."""
    issues = []
    for pair in applicable_pairs(theme):
        fg, bg = get_role(theme, pair.foreground), get_role(theme, pair.background)
        ratio = contrast_ratio(fg, bg)
        required = required_ratio(theme, pair)
        if ratio < required:
            issues.append(ContrastIssue(pair, fg, bg, ratio, required))
    return issues


def min_ratios(theme: Theme) -> dict[Kind, float]:
    """The lowest ratio per kind: the figure to report for a theme."""
    result: dict[Kind, float] = {"text": 21.0, "ui": 21.0}
    for pair in applicable_pairs(theme):
        ratio = contrast_ratio(get_role(theme, pair.foreground), get_role(theme, pair.background))
        result[pair.kind] = min(result[pair.kind], ratio)
    return result


def _mix(color: Color, target: Color, t: float) -> Color:
    return Color(
        round(color.r + (target.r - color.r) * t),
        round(color.g + (target.g - color.g) * t),
        round(color.b + (target.b - color.b) * t),
    )


def fix_foreground(foreground: str, background: str, required: float) -> str:
    """The smallest shift of ``foreground`` towards black or white that reaches ``required``.

    Moves away from the background's luminance (darker on light surfaces), keeping the hue as far
    as possible; if that direction cannot reach the ratio the other one is tried, and failing both
    the better of pure black and white is used.
    """
    fg, bg = Color.from_hex(foreground), Color.from_hex(background)
    black, white = Color(0, 0, 0), Color(255, 255, 255)
    darker_first = relative_luminance(fg) <= relative_luminance(bg)
    directions = (black, white) if darker_first else (white, black)
    # A small margin so rounding in Qt or in a later mix never lands just under the threshold.
    goal = required + 0.02
    for target in directions:
        if contrast_ratio(_mix(fg, target, 1.0), bg) < goal:
            continue
        low, high = 0.0, 1.0
        for _ in range(24):
            mid = (low + high) / 2
            if contrast_ratio(_mix(fg, target, mid), bg) >= goal:
                high = mid
            else:
                low = mid
        return _mix(fg, target, high).hex
    return max((black, white), key=lambda c: contrast_ratio(c, bg)).hex


def _constraints(theme: Theme, role: str, *, as_surface: bool) -> list[tuple[str, float]]:
    """(other colour, required ratio) for every applicable pair ``role`` takes part in: as the
    foreground, and with ``as_surface`` also as the background."""
    result = []
    for pair in applicable_pairs(theme):
        if pair.foreground == role:
            result.append((get_role(theme, pair.background), required_ratio(theme, pair)))
        elif as_surface and pair.background == role:
            result.append((get_role(theme, pair.foreground), required_ratio(theme, pair)))
    return result


def _solve(color: str, constraints: list[tuple[str, float]]) -> str | None:
    """The colour closest to ``color`` (mixed towards black or white) meeting every constraint."""
    start = Color.from_hex(color)
    best: tuple[float, Color] | None = None
    for target in (Color(0, 0, 0), Color(255, 255, 255)):
        for step in range(101):
            t = step / 100
            candidate = _mix(start, target, t)
            # A small margin so rounding in Qt or in a later mix never lands just under the line.
            if all(contrast_ratio(candidate, other) >= need + 0.02 for other, need in constraints):
                if best is None or t < best[0]:
                    best = (t, candidate)
                break
    return best[1].hex if best else None


def _record(
    old: Theme, new: Theme, role: str, against: tuple[str, float], log: dict[str, Adjustment]
) -> Theme:
    """Note the change of ``role`` from ``old`` to ``new`` (keeping the first original);
    ``against`` is the (role, required ratio) the change was made for."""
    against_role, required = against
    before, after = get_role(old, role), get_role(new, role)
    if before == after:
        return new
    other = get_role(new, against_role)
    first = log.get(role)
    log[role] = Adjustment(
        role=role,
        original=first.original if first else before,
        adjusted=after,
        against=f"{against_role} {other}",
        required=required,
        ratio_before=first.ratio_before if first else contrast_ratio(before, other),
        ratio_after=contrast_ratio(after, other),
    )
    _log.info("Theme %s: %s %s → %s (against %s)", new.name, role, before, after, against_role)
    return new


SHARED_SURFACES: tuple[str, ...] = (
    "background",
    "background_subtle",
    "table.alternate_background",
    "field.background",
    "field.invalid_background",
)
"""Surfaces that share one text colour (page text on rows, field text on valid and invalid
fields, one focus outline on page and field): they must all be light, or all dark, like the page,
or no single text colour can meet the ratio on each."""


def _normalise_surfaces(theme: Theme, log: dict[str, Adjustment]) -> Theme:
    black, white = "#000000", "#ffffff"
    # Leave the ink some room above the minimum, so text that is not pure black/white fits too.
    need = theme.min_text_contrast + 0.25
    page = get_role(theme, "background")
    ink = black if contrast_ratio(black, page) >= contrast_ratio(white, page) else white
    for role in SHARED_SURFACES:
        colour = get_role(theme, role)
        if contrast_ratio(ink, colour) >= need:
            continue
        # Lighten (dark ink) or darken (light ink) the surface until the ink reads on it.
        fixed = fix_foreground(colour, ink, need)
        theme = _record(theme, set_role(theme, role, fixed), role, ("background", need), log)
    return theme


def _repair(theme: Theme, issue: ContrastIssue) -> Theme | None:
    """One step towards fixing ``issue``: a new theme, or ``None`` if nothing helps."""
    fg_role = issue.pair.foreground
    fg = get_role(theme, fg_role)
    # 1. Move the foreground to a colour that works on all its surfaces.
    fixed = _solve(fg, _constraints(theme, fg_role, as_surface=False))
    if fixed is not None:
        return set_role(theme, fg_role, fixed)
    # 1b. The focus outline cannot contrast with both page and fill: make the fill itself stand
    #     out from the page (then it is the indicator and the outline-on-fill pair lapses).
    if issue.pair.unless_fill_visible:
        page = get_role(theme, "background")
        for text in (get_role(theme, "focus_text"), "#000000", "#ffffff"):
            fill = _solve(
                get_role(theme, "focus_background"),
                [(page, UI_MIN), (text, theme.min_text_contrast)],
            )
            if fill is not None:
                trial = set_role(set_role(theme, "focus_text", text), "focus_background", fill)
                return trial
    # 2. Move one of its surfaces (never the page: everything else is measured against it),
    #    keeping the foreground or turning it black or white, then re-solve the foreground.
    surfaces = [p.background for p in applicable_pairs(theme) if p.foreground == fg_role]
    surfaces.sort(key=lambda r: (r != issue.pair.background, r in SHARED_SURFACES))
    for choice in (fg, "#000000", "#ffffff"):
        trial = set_role(theme, fg_role, choice)
        for surface in dict.fromkeys(surfaces):
            if surface == "background":
                continue
            moved = _solve(get_role(trial, surface), _constraints(trial, surface, as_surface=True))
            if moved is None:
                continue
            candidate = set_role(trial, surface, moved)
            refit = _solve(choice, _constraints(candidate, fg_role, as_surface=False))
            if refit is not None:
                return set_role(candidate, fg_role, refit)
    # 3. Best effort: satisfy this one pair; later rounds deal with what it breaks.
    best = fix_foreground(fg, issue.background, issue.required)
    return None if best == fg else set_role(theme, fg_role, best)


def enforce_contrast(theme: Theme) -> Theme:
    """Adjust failing colours until :func:`check_theme` is empty; record each change.

    First the surfaces that share a text colour are brought to the page's polarity. Then the
    foreground of each failing pair is moved, as little as possible, to a colour that satisfies
    *all* its pairs at once (a focus outline must stand out against the page, the field and the
    focus fill). If no such colour exists, one of its surfaces is moved instead (a button or
    focus fill, never the page). One repair per round, then everything is re-checked.
    """
    log: dict[str, Adjustment] = {a.role: a for a in theme.adjustments}
    if check_theme(theme):
        theme = _normalise_surfaces(theme, log)
    stuck: set[ContrastPair] = set()
    attempts: dict[ContrastPair, int] = {}
    for _ in range(4 * len(PAIRS)):
        issues = [i for i in check_theme(theme) if i.pair not in stuck]
        if not issues:
            break
        issue = issues[0]
        attempts[issue.pair] = attempts.get(issue.pair, 0) + 1
        repaired = _repair(theme, issue)
        if repaired is None or attempts[issue.pair] > 3:
            # Unfixable, or two pairs undoing each other's repair: leave it, report it below.
            stuck.add(issue.pair)
            continue
        against = (issue.pair.background, issue.required)
        for role in (issue.pair.foreground, *SURFACE_ROLES):
            if get_role(repaired, role) != get_role(theme, role):
                target = (
                    against
                    if role == issue.pair.foreground
                    else (issue.pair.foreground, issue.required)
                )
                repaired = _record(theme, repaired, role, target, log)
        theme = repaired
    for issue in check_theme(theme):
        _log.warning("Theme %s still fails contrast: %s", theme.name, issue)
    return dataclasses.replace(theme, adjustments=tuple(log.values()))
