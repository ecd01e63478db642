"""Helpers shared by the GUI tests (imported by name: tests/ui is on sys.path)."""

from __future__ import annotations

import threading

from enrolment import install_credential

CA_PASS = b"coordinator secret phrase"
AGENCY_PASS = b"agency secret phrase"


def enrol_store(store, authority, *, route: str = "csr") -> None:
    """Give the agency of `store` a credential issued by `authority` (no GUI)."""
    from digigov_desktop.services.credentials import CredentialService
    from digigov_desktop.services.evaluations import EvaluationService

    evaluations = EvaluationService(store)
    agency = evaluations.evaluation(evaluations.current_cycle().id).agency.code
    install_credential(CredentialService(store, actor="tests"), authority, code=agency,
                       name=f"Servicio {agency}", route=route, ca_pass=CA_PASS,
                       agency_pass=AGENCY_PASS)


def messages(widget) -> list[str]:
    """Texts of the non-blocking message boxes open under `widget`'s window; closes them."""
    from PySide6.QtWidgets import QMessageBox

    texts = []
    for box in widget.window().findChildren(QMessageBox, "digigov-message"):
        if box.isVisible():
            texts.append(box.text())
            box.close()
    return texts


def wait_idle(qtbot, obj, attribute: str = "task", timeout: int = 30_000) -> None:
    qtbot.waitUntil(lambda: getattr(obj, attribute) is None, timeout=timeout)


class GatedEvent(threading.Event):
    """A cancel event whose worker-side `is_set()` waits, at its n-th call, for `release()`.

    Lets a test cancel at an exact step of a background run: the worker cannot run ahead
    of the GUI thread that reacts to the progress it reported.
    """

    def __init__(self, wait_at_call: int) -> None:
        super().__init__()
        self.wait_at_call = wait_at_call
        self.worker_calls = 0
        self.gate = threading.Event()

    def is_set(self) -> bool:
        if threading.current_thread() is not threading.main_thread():
            self.worker_calls += 1
            if self.worker_calls == self.wait_at_call:
                self.gate.wait(10)
        return super().is_set()

    def release(self) -> None:
        self.gate.set()


def visible_texts(widget) -> list[str]:
    """The texts of the labels, buttons and group boxes a person sees in `widget`."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    out = []
    for kind, getter in ((QLabel, "text"), (QAbstractButton, "text"), (QGroupBox, "title")):
        for child in widget.findChildren(kind):
            if child.isVisibleTo(widget):
                out.append(getattr(child, getter)())
    return out
