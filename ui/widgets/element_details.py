"""Format-2 packs: legal duties, whom to ask, next steps and the DGPF/DGI mapping of an
element, in a collapsible section with one tab each (compact at large font sizes).

The section starts closed: its four rich texts are written when it is open (on `set_element`
or when it opens), not for every element passed through (start-up, Next/Previous).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QToolButton, QVBoxLayout, QWidget

from digigov_desktop.domain.framework import Element, Framework


def _label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class ElementDetails(QWidget):
    """A toggle button that opens four tabs: legal layer, whom to ask, next steps, mapping."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toggle = QToolButton(self)
        # short: a tool button does not wrap, and it must fit at 200 % font
        self.toggle.setText(self.tr("More about this element"))
        self.toggle.setToolTip(self.tr("Legal duties, whom to ask, next steps, mapping"))
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self._layout = layout
        layout.addWidget(self.toggle)
        self._tabs: QTabWidget | None = None  # made on first use: ~5 ms of start-up
        self.toggle.toggled.connect(self._on_toggled)
        self._shown: tuple[Framework, Element, str, int | None] | None = None
        self._stale = False  # `_shown` is not written into the tabs yet

    @property
    def tabs(self) -> QTabWidget:
        """The four tabs (made on first use, hidden until the section opens)."""
        if self._tabs is None:
            self._tabs = QTabWidget(self)
            self._tabs.setVisible(False)
            for title in (self.tr("Legal duties"), self.tr("Whom to ask"),
                          self.tr("Next steps"), self.tr("DGPF / DGI")):
                self._tabs.addTab(_label(self._tabs), title)
            self._layout.addWidget(self._tabs)
        return self._tabs

    legal = property(lambda self: self.tabs.widget(0))
    ask = property(lambda self: self.tabs.widget(1))
    next_steps = property(lambda self: self.tabs.widget(2))
    mapping = property(lambda self: self.tabs.widget(3))

    def _on_toggled(self, on: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        if on:
            self._write()
        self.tabs.setVisible(on)

    def set_element(self, framework: Framework, element: Element, lang: str,
                    level: int | None) -> None:
        """Show `element`'s details (written now when the section is open, else on opening)."""
        self._shown = (framework, element, lang, level)
        self._stale = True
        if self.toggle.isChecked():
            self._write()

    def _write(self) -> None:
        if self._shown is not None and self._stale:
            self._stale = False
            self._fill(*self._shown)

    def _fill(self, framework: Framework, element: Element, lang: str,
              level: int | None) -> None:
        from html import escape as t
        duties = []
        for duty in element.legal:
            kind = (self.tr("Obligation") if duty.kind == "obligation"
                    else self.tr("Good practice"))
            norm = t(duty.norm.get(lang)) + (f", {t(duty.article)}" if duty.article else "")
            bodies = ", ".join(t(framework.body_type_name(b).get(lang))
                               if framework.body_type_name(b) else t(b) for b in duty.applies_to)
            since = (self.tr("in force since %1").replace("%1", duty.effective_from)
                     if duty.effective_from else "")
            applies = self.tr("Applies to: %1").replace("%1", bodies)
            duties.append(f"<p><b>{t(kind)}</b> — {norm}<br>{t(duty.note.get(lang))}<br>"
                          f"<i>{t(applies)}{'; ' + t(since) if since else ''}</i></p>")
        if framework.last_verified:
            verified = self.tr("Legal layer last verified on %1.").replace(
                "%1", framework.last_verified)
            duties.append(f"<p><i>{t(verified)}</i></p>")
        self.legal.setText("".join(duties))
        self.ask.setText("".join(
            f"<p><b>{t(c.role.get(lang))}</b><br>{t(c.unit.get(lang))}</p>" for c in element.ask))
        steps = []
        for step_level, text in element.next_steps:
            current = level is not None and step_level == level
            head = self.tr("From level %1").replace("%1", str(step_level))
            line = f"<b>{t(head)}</b>: {t(text.get(lang))}"
            steps.append(f"<p>{'▶ ' if current else ''}{line}</p>")
        self.next_steps.setText("".join(steps))
        dims = []
        for dim_id in element.dgpf:
            dim = framework.dimension(dim_id)
            dims.append(f"{dim_id} {t(dim.name.get(lang))}" if dim else dim_id)
        facet = next((f.name.get(lang) for f in framework.dgi_facets
                      if f.id == element.dgi_facet), element.dgi_facet)
        note = framework.mapping_note.get(lang) if framework.mapping_note else ""
        dgpf_label = self.tr("DGPF dimensions")
        facet_label = self.tr("DGI facet")
        self.mapping.setText(
            f"<p><b>{t(dgpf_label)}</b>: {', '.join(dims)}<br>"
            f"<b>{t(facet_label)}</b>: {t(facet)}</p><p><i>{t(note)}</i></p>")
