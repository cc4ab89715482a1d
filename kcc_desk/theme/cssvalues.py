"""Parse the CSS value strings that NL Design System token files contain (Qt-free).

Token files are generated for the web, so their values are CSS: ``#5115ef``, ``rgba(0, 0, 0, 0)``,
``hsl(138 58% 33%)``, ``hsla(0, 0%, 18%, 1)``, ``0.875rem``, ``2px``, ``'Noto Sans', sans-serif``,
``2px dashed hsl(47 100% 25%)``. Every parser returns ``None`` for a value it does not understand,
so a municipality's unusual token never crashes the app; the caller falls back to a default.
"""

from __future__ import annotations

import colorsys
import re
from dataclasses import dataclass

REM_PX = 16.0
"""1rem in px: the browser default the token sets are designed against."""

_NAMED: dict[str, tuple[int, int, int, float]] = {
    "transparent": (0, 0, 0, 0.0),
    "black": (0, 0, 0, 1.0),
    "white": (255, 255, 255, 1.0),
    "red": (255, 0, 0, 1.0),
    "yellow": (255, 255, 0, 1.0),
    "blue": (0, 0, 255, 1.0),
    "green": (0, 128, 0, 1.0),
}
_HEX = re.compile(r"#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")
_FUNC = re.compile(r"(rgba?|hsla?)\(\s*([^)]*)\)", re.IGNORECASE)
_LENGTH = re.compile(r"(-?\d*\.?\d+)\s*(rem|em|px|pt)?", re.IGNORECASE)


@dataclass(frozen=True)
class Color:
    """An sRGB colour with alpha; channels 0-255, alpha 0.0-1.0."""

    r: int
    g: int
    b: int
    a: float = 1.0

    @property
    def hex(self) -> str:
        """``#rrggbb`` (alpha dropped: composite with :meth:`over` first if it matters)."""
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"

    def over(self, backdrop: Color) -> Color:
        """Composite this colour onto an opaque backdrop (source-over), giving an opaque colour."""
        a = max(0.0, min(1.0, self.a))

        def mix(top: int, bottom: int) -> int:
            return round(top * a + bottom * (1.0 - a))

        return Color(mix(self.r, backdrop.r), mix(self.g, backdrop.g), mix(self.b, backdrop.b), 1.0)

    @classmethod
    def from_hex(cls, value: str) -> Color:
        """Parse a hex colour; raises ValueError (for internal, known-good values)."""
        parsed = parse_color(value)
        if parsed is None:
            raise ValueError(f"not a colour: {value!r}")
        return parsed


def _clamp8(value: float) -> int:
    return max(0, min(255, round(value)))


def _number(text: str, percent_of: float) -> float | None:
    """A CSS number or percentage; percentages scale to ``percent_of``."""
    text = text.strip().lower()
    try:
        if text.endswith("%"):
            return float(text[:-1]) * percent_of / 100.0
        return float(text)
    except ValueError:
        return None


def _hue(text: str) -> float | None:
    text = text.strip().lower()
    factor = 1.0
    for unit, scale in (("deg", 1.0), ("grad", 0.9), ("rad", 57.29577951308232), ("turn", 360.0)):
        if text.endswith(unit):
            text, factor = text[: -len(unit)], scale
            break
    try:
        return float(text) * factor
    except ValueError:
        return None


def _split_args(args: str) -> tuple[list[str], str | None]:
    """Split ``rgb()``/``hsl()`` arguments: both the comma and the space/slash syntax."""
    alpha: str | None = None
    if "/" in args:
        args, alpha = args.split("/", 1)
    parts = [p for p in re.split(r"[\s,]+", args.strip()) if p]
    if alpha is None and len(parts) == 4:
        alpha = parts.pop()
    return parts, alpha


def parse_color(value: object) -> Color | None:
    """Parse a CSS colour (hex, rgb(a), hsl(a), a few names); ``None`` when not a colour."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    lowered = text.lower()
    if lowered in _NAMED:
        return Color(*_NAMED[lowered])
    hex_match = _HEX.fullmatch(text)
    if hex_match:
        digits = hex_match.group(1)
        if len(digits) in (3, 4):
            digits = "".join(ch * 2 for ch in digits)
        r, g, b = (int(digits[i : i + 2], 16) for i in (0, 2, 4))
        a = int(digits[6:8], 16) / 255.0 if len(digits) == 8 else 1.0
        return Color(r, g, b, a)
    func = _FUNC.fullmatch(text)
    if not func:
        return None
    kind = func.group(1).lower()
    parts, alpha_text = _split_args(func.group(2))
    if len(parts) != 3:
        return None
    alpha = 1.0 if alpha_text is None else _number(alpha_text, 1.0)
    if alpha is None:
        return None
    if kind.startswith("rgb"):
        channels = [_number(p, 255.0) for p in parts]
        if any(c is None for c in channels):
            return None
        r, g, b = (_clamp8(c) for c in channels if c is not None)
        return Color(r, g, b, max(0.0, min(1.0, alpha)))
    hue = _hue(parts[0])
    sat = _number(parts[1], 1.0) if parts[1].endswith("%") else None
    light = _number(parts[2], 1.0) if parts[2].endswith("%") else None
    if hue is None or sat is None or light is None:
        return None
    # colorsys uses HLS order; values 0..1.
    rf, gf, bf = colorsys.hls_to_rgb((hue % 360.0) / 360.0, light, sat)
    return Color(_clamp8(rf * 255), _clamp8(gf * 255), _clamp8(bf * 255), max(0.0, min(1.0, alpha)))


def parse_length_px(value: object, *, rem_px: float = REM_PX) -> float | None:
    """Parse a CSS length into px (rem/em = 16 px, pt = 4/3 px, unitless = px); else ``None``."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, str):
        return None
    match = _LENGTH.fullmatch(value.strip())
    if not match:
        return None
    number = float(match.group(1))
    unit = (match.group(2) or "px").lower()
    if unit in ("rem", "em"):
        return number * rem_px
    if unit == "pt":
        return number * 4.0 / 3.0
    return number


def parse_number(value: object) -> float | None:
    """A unitless number such as a line height (``1.5``) or font weight (``700``, ``bold``)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, str):
        return None
    text = value.strip().lower()
    keywords = {"normal": 400.0, "bold": 700.0}
    if text in keywords:
        return keywords[text]
    try:
        return float(text)
    except ValueError:
        return None


def parse_font_family(value: object) -> tuple[str, ...]:
    """Split a CSS font stack into family names without quotes; empty tuple if unusable."""
    if not isinstance(value, str):
        return ()
    families = []
    for part in value.split(","):
        name = part.strip().strip("'\"").strip()
        if name:
            families.append(name)
    return tuple(families)


@dataclass(frozen=True)
class Border:
    """A parsed CSS border shorthand such as ``2px dashed hsl(47 100% 25%)``."""

    width_px: float | None
    style: str | None
    color: Color | None


_BORDER_STYLES = frozenset(
    {"none", "solid", "dashed", "dotted", "double", "groove", "ridge", "inset", "outset"}
)


def parse_border(value: object) -> Border | None:
    """Parse a border shorthand; colour functions may contain spaces, so tokenise around them."""
    if not isinstance(value, str):
        return None
    tokens = re.findall(r"(?:rgba?|hsla?)\([^)]*\)|\S+", value.strip())
    width: float | None = None
    style: str | None = None
    color: Color | None = None
    for token in tokens:
        if token.lower() in _BORDER_STYLES:
            style = token.lower()
        elif (length := parse_length_px(token)) is not None:
            width = length
        elif (parsed := parse_color(token)) is not None:
            color = parsed
    if width is None and style is None and color is None:
        return None
    return Border(width, style, color)
