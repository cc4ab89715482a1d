"""Which design token feeds which theme role, in order of preference.

Copied from the NLDS key map (``design-tokens/key-map.json``) and widened so the same list serves
the NLDS example theme (``basis*`` + ``utrecht*`` tokens), Mooi & Anders, and Den Haag
(``denhaag*`` + ``utrecht*``). The first candidate present in a token file wins; a role with no
candidate present is derived from other roles in :mod:`kcc_desk.theme.build`.
Documented for municipalities in ``docs/theming.md``.
"""

from __future__ import annotations

KEY_MAP: dict[str, tuple[str, ...]] = {
    # Document
    "text": ("basisColorDefaultColorDocument", "utrechtDocumentColor"),
    "background": ("basisColorDefaultBgDocument", "utrechtDocumentBackgroundColor"),
    "text_subtle": ("basisColorDefaultColorSubtle", "utrechtFormFieldDescriptionColor"),
    "heading": ("basisHeadingColor", "utrechtHeading1Color", "utrechtHeadingColor"),
    "background_subtle": (
        "basisColorDefaultBgSubtle",
        "utrechtTableRowAlternateOddBackgroundColor",
    ),
    "border": ("basisColorDefaultBorderDefault", "utrechtTextboxBorderColor"),
    "border_subtle": ("basisColorDefaultBorderSubtle", "utrechtTableRowBorderBlockEndColor"),
    "link": ("utrechtLinkColor", "basisColorAction2ColorDefault"),
    "link_hover": ("utrechtLinkHoverColor", "basisColorAction2ColorHover"),
    "selection_background": (
        "utrechtListboxOptionSelectedBackgroundColor",
        "basisColorSelectedInverseBgDefault",
    ),
    "selection_text": (
        "utrechtListboxOptionSelectedColor",
        "basisColorSelectedInverseColorDefault",
    ),
    "disabled_text": ("basisColorDisabledColorDefault", "utrechtButtonPrimaryActionDisabledColor"),
    "disabled_background": (
        "basisColorDisabledBgDefault",
        "utrechtButtonPrimaryActionDisabledBackgroundColor",
    ),
    # Focus
    "focus_outline_color": ("basisFocusOutlineColor", "utrechtFocusOutlineColor"),
    "focus_outline_width": ("basisFocusOutlineWidth", "utrechtFocusOutlineWidth"),
    "focus_outline_style": ("basisFocusOutlineStyle", "utrechtFocusOutlineStyle"),
    "focus_border": ("denhaagFocusBorder",),
    "focus_background": (
        "basisFocusBackgroundColor",
        "utrechtFocusBackgroundColor",
        "utrechtLinkFocusBackgroundColor",
    ),
    "focus_text": ("basisFocusColor", "utrechtFocusColor", "utrechtLinkFocusColor"),
    # Typography and sizes
    "font_family": (
        "basisTextFontFamilyDefault",
        "denhaagTypographySansSerifFontFamily",
        "utrechtDocumentFontFamily",
    ),
    "heading_font_family": (
        "basisHeadingFontFamily",
        "utrechtHeading1FontFamily",
        "denhaagTypographySansSerifFontFamily",
    ),
    "font_size_md": (
        "basisTextFontSizeMd",
        "denhaagTypographyScaleBaseFontSize",
        "utrechtDocumentFontSize",
    ),
    "font_size_sm": ("basisTextFontSizeSm", "denhaagTypographyScaleSmFontSize"),
    "font_size_lg": ("basisTextFontSizeLg", "denhaagTypographyScaleLgFontSize"),
    "font_size_xl": ("basisTextFontSizeXl", "denhaagTypographyScaleXlFontSize"),
    "line_height": (
        "basisTextLineHeightMd",
        "denhaagTypographyScaleBaseLineHeight",
        "utrechtDocumentLineHeight",
    ),
    "font_weight_bold": ("basisTextFontWeightBold", "utrechtDataListItemKeyFontWeight"),
    "space_sm": ("basisSpaceBlockSm", "basisSpaceInlineSm", "denhaagSpaceInlineSm"),
    "space_md": ("basisSpaceBlockMd", "basisSpaceInlineMd", "denhaagSpaceInlineMd"),
    "space_lg": ("basisSpaceBlockLg", "basisSpaceInlineLg", "denhaagSpaceInlineLg"),
    "radius": ("basisBorderRadiusSm", "denhaagBorderRadius", "utrechtButtonBorderRadius"),
    "border_width": ("basisBorderWidthSm", "utrechtTextboxBorderWidth"),
    "pointer_target_min": (
        "basisPointerTargetMinBlockSize",
        "utrechtPointerTargetMinSize",
        "utrechtButtonMinBlockSize",
    ),
    # Buttons: primary / secondary / subtle
    "button_primary.background": (
        "utrechtButtonPrimaryActionBackgroundColor",
        "denhaagButtonPrimaryActionBackgroundColor",
        "basisColorAction1InverseBgDefault",
    ),
    "button_primary.text": (
        "utrechtButtonPrimaryActionColor",
        "denhaagButtonPrimaryActionColor",
        "basisColorAction1InverseColorDefault",
    ),
    "button_primary.border": (
        "utrechtButtonPrimaryActionBorderColor",
        "denhaagButtonPrimaryActionBorderColor",
    ),
    "button_primary.hover_background": (
        "utrechtButtonPrimaryActionHoverBackgroundColor",
        "denhaagButtonPrimaryActionHoverBackgroundColor",
        "basisColorAction1InverseBgHover",
    ),
    "button_primary.hover_text": (
        "utrechtButtonPrimaryActionHoverColor",
        "denhaagButtonPrimaryActionHoverColor",
        "basisColorAction1InverseColorHover",
    ),
    "button_secondary.background": (
        "utrechtButtonSecondaryActionBackgroundColor",
        "denhaagButtonSecondaryActionBackgroundColor",
    ),
    "button_secondary.text": (
        "utrechtButtonSecondaryActionColor",
        "denhaagButtonSecondaryActionColor",
        "basisColorAction1ColorDefault",
    ),
    "button_secondary.border": (
        "utrechtButtonSecondaryActionBorderColor",
        "denhaagButtonSecondaryActionBorderColor",
        "basisColorAction1BorderDefault",
    ),
    "button_secondary.hover_background": (
        "utrechtButtonSecondaryActionHoverBackgroundColor",
        "denhaagButtonSecondaryActionHoverBackgroundColor",
        "basisColorAction1BgHover",
    ),
    "button_secondary.hover_text": (
        "utrechtButtonSecondaryActionHoverColor",
        "denhaagButtonSecondaryActionHoverColor",
        "basisColorAction1ColorHover",
    ),
    "button_subtle.background": ("utrechtButtonSubtleBackgroundColor",),
    "button_subtle.text": ("utrechtButtonSubtleColor", "basisColorAction1ColorDefault"),
    "button_subtle.hover_background": (
        "utrechtButtonSubtleHoverBackgroundColor",
        "basisColorAction1BgHover",
    ),
    "button_subtle.hover_text": ("utrechtButtonSubtleHoverColor", "basisColorAction1ColorHover"),
    # Form fields
    "field.background": ("utrechtTextboxBackgroundColor",),
    "field.text": ("utrechtTextboxColor",),
    "field.border": ("utrechtTextboxBorderColor", "basisFormControlBorderColor"),
    "field.placeholder": ("utrechtTextboxPlaceholderColor",),
    "field.invalid_background": ("utrechtTextboxInvalidBackgroundColor",),
    "field.invalid_border": (
        "utrechtTextboxInvalidBorderColor",
        "basisFormControlInvalidBorderColor",
        "utrechtFormFieldInvalidBorderInlineStartColor",
    ),
    "field.error_text": ("utrechtFormFieldErrorMessageColor", "basisColorNegativeColorDefault"),
    "field.description": ("utrechtFormFieldDescriptionColor", "basisColorDefaultColorSubtle"),
    # Table and data list
    "table.header_background": ("utrechtTableHeaderBackgroundColor",),
    "table.header_text": ("utrechtTableHeaderColor",),
    "table.header_border": ("utrechtTableHeaderBorderBlockEndColor",),
    "table.row_border": ("utrechtTableRowBorderBlockEndColor",),
    "table.alternate_background": (
        "utrechtTableRowAlternateOddBackgroundColor",
        "basisColorDefaultBgSubtle",
    ),
    "data_list.key_text": ("utrechtDataListItemKeyColor",),
    "data_list.value_text": ("utrechtDataListItemValueColor",),
}

# Alerts: utrecht component tokens, then the basis status colours, then Den Haag's feedback tokens.
_ALERT_SOURCES = {
    "info": ("Info", "Info", "Neutral"),
    "ok": ("Ok", "Positive", "Safe"),
    "warning": ("Warning", "Warning", "Warning"),
    "error": ("Error", "Negative", "Danger"),
}
for _kind, (_alert, _basis, _feedback) in _ALERT_SOURCES.items():
    KEY_MAP[f"alerts.{_kind}.background"] = (
        f"utrechtAlert{_alert}BackgroundColor",
        f"basisColor{_basis}BgDefault",
        f"utrechtFeedback{_feedback}BackgroundColor",
    )
    KEY_MAP[f"alerts.{_kind}.text"] = (
        f"utrechtAlert{_alert}Color",
        f"basisColor{_basis}ColorDocument",
        f"utrechtFeedback{_feedback}Color",
    )
    KEY_MAP[f"alerts.{_kind}.border"] = (
        f"utrechtAlert{_alert}BorderColor",
        f"basisColor{_basis}BorderDefault",
        f"utrechtFeedback{_feedback}Color",
    )

# Status badges ("te laat" = overdue uses the danger badge).
_BADGE_SOURCES = {
    "neutral": ("", "Default"),
    "info": ("Neutral", "Info"),
    "ok": ("Success", "Positive"),
    "warning": ("Warning", "Warning"),
    "error": ("Error", "Negative"),
    "overdue": ("Danger", "Negative"),
}
for _kind, (_badge, _basis) in _BADGE_SOURCES.items():
    KEY_MAP[f"badges.{_kind}.background"] = (
        f"utrechtStatusBadge{_badge}BackgroundColor",
        f"basisColor{_basis}BgDefault" if _basis != "Default" else "basisColorDisabledBgDefault",
    )
    KEY_MAP[f"badges.{_kind}.text"] = (
        f"utrechtStatusBadge{_badge}Color",
        f"basisColor{_basis}ColorDefault"
        if _basis != "Default"
        else "basisColorDefaultColorSubtle",
    )

# Process steps (Den Haag component, also in the NLDS example theme).
_STEP_SOURCES = {
    "checked": "Checked",
    "current": "Current",
    "not_checked": "",
    "warning": "Warning",
    "error": "Error",  # not in the NLDS sets yet; derived from the error colours unless defined
}
for _state, _token in _STEP_SOURCES.items():
    _p = "denhaagProcessStepsStep"
    KEY_MAP[f"steps.{_state}.marker_background"] = (f"{_p}Marker{_token}BackgroundColor",)
    KEY_MAP[f"steps.{_state}.marker_text"] = (f"{_p}Marker{_token}Color",)
    KEY_MAP[f"steps.{_state}.marker_border"] = (f"{_p}Marker{_token}BorderColor",)
    _heading = "NotChecked" if _state == "not_checked" else _token
    KEY_MAP[f"steps.{_state}.heading"] = (f"{_p}Heading{_heading}Color",)
    KEY_MAP[f"steps.{_state}.line"] = (f"{_p}Line{_token}Color",)
