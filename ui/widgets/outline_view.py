"""The sidebar's tree view: long titles wrap onto more lines instead of being cut off.

A plain QTreeView elides (or clips) an item's text at the column's edge: a long
recommendation title then loses its completion count "(4/5)", and at 200 % font scaling
most titles lose half their words. Here each row is as tall as its wrapped text needs at
the current width, and the rows are laid out again whenever the view's width changes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


def _depth(index: Index) -> int:
    depth = 0
    parent = index.parent()
    while parent.isValid():
        depth += 1
        parent = parent.parent()
    return depth


class WrappingDelegate(QStyledItemDelegate):
    """Paints the text wrapped at word boundaries; asks for the height that needs."""

    def __init__(self, view: OutlineView) -> None:
        super().__init__(view)
        self.view = view

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideNone

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self.view.text_width(index, opt)
        base = super().sizeHint(option, index)
        if width <= 0 or not opt.text:
            return base
        metrics = QFontMetrics(opt.font)
        text = metrics.boundingRect(QRect(0, 0, width, 100_000),
                                    int(Qt.TextFlag.TextWordWrap), opt.text)
        style = self.view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameVMargin, opt, self.view)
        return QSize(base.width(), max(base.height(), text.height() + 2 * margin + 4))


class OutlineView(QTreeView):
    """A tree view whose items wrap; everything else is QTreeView's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport made here, so `viewport()` returns a widget PySide6 already knows: the
        # one Qt makes would be looked up among every QWidget class on its first use,
        # which sets all of them up (~15 ms of start-up). It is what Qt would make.
        viewport = QWidget(self)
        viewport.setObjectName("qt_scrollarea_viewport")
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)
        self.setViewport(viewport)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setUniformRowHeights(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(WrappingDelegate(self))
        self._laid_out_width = -1
        self._reveal_when_shown: QPersistentModelIndex | None = None

    def reveal(self, index: Index) -> None:
        """Scroll `index`'s row into sight: now, or once the view is on screen.

        A view not yet shown is a few pixels high: scrolling then would put the row at the
        top of the final view (at start, the first element with its recommendation and
        pillar scrolled out of sight above it).
        """
        if self.isVisible():
            self._reveal_when_shown = None
            self.scrollTo(index)
        else:
            self._reveal_when_shown = QPersistentModelIndex(index)

    def text_width(self, index: Index, option: QStyleOptionViewItem) -> int:
        """Width left for the text of `index`'s row: the viewport minus indent and icon."""
        indent = self.indentation() * (_depth(index) + (1 if self.rootIsDecorated() else 0))
        icon = option.decorationSize.width() + 8 if not option.icon.isNull() else 0
        frame = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin,
                                              option, self) + 1)
        return self.viewport().width() - indent - icon - frame - 4

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self.viewport().width() != self._laid_out_width:
            self._laid_out_width = self.viewport().width()
            self.scheduleDelayedItemsLayout()  # row heights follow the new width

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._reveal_when_shown is not None:
            QTimer.singleShot(0, self, self._reveal_pending)

    def _reveal_pending(self) -> None:
        pending, self._reveal_when_shown = self._reveal_when_shown, None
        if pending is not None and pending.isValid():
            self.scrollTo(QModelIndex(pending))
