"""Translated sentences for the signing, export, CA, import and receipt codes.

The same codes as `digigov_desktop/messages.py` (the CLI's table), translated through Qt
(context "Codes"). `%1` is a file or folder when the error names one; for
SELF_CHECK_FAILED it is the sentence of the verification code that failed.
`ui.i18n.error_message()` and `outcome_text()` are the entry points.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Errors raised by credentials, export, the CA and receipts.
CODE_TEXT = {
    # framework packs and migration (digigov pack …, digigov migrate)
    "PACK_SIGNED": QT_TRANSLATE_NOOP("Codes", "The framework pack was signed."),
    "PACK_INSTALLED": QT_TRANSLATE_NOOP("Codes", "The framework pack was installed."),
    "PACK_ALREADY_INSTALLED": QT_TRANSLATE_NOOP(
        "Codes", "This framework pack was already installed; nothing changed."),
    "UNKNOWN_PACK": QT_TRANSLATE_NOOP("Codes", "That framework pack is not installed."),
    "INVALID_PACK_NAME": QT_TRANSLATE_NOOP(
        "Codes", "Write the framework pack as ID@VERSION, e.g. oecd-dgs-2014@2.0.0."),
    "ALREADY_ON_VERSION": QT_TRANSLATE_NOOP(
        "Codes", "The evaluation already uses that framework version."),
    "UNKNOWN_CRITERION": QT_TRANSLATE_NOOP("Codes", "That criterion does not exist."),
    "ELEMENT_NOT_APPLICABLE": QT_TRANSLATE_NOOP(
        "Codes", "This element does not apply to this kind of body."),
    "MIGRATE_PLAN_DRY": QT_TRANSLATE_NOOP(
        "Codes", "Migration plan (nothing was changed)."),
    "MIGRATE_DONE": QT_TRANSLATE_NOOP(
        "Codes", "The evaluation was moved to the new framework version."),
    "MIGRATE_TO_REVIEW": QT_TRANSLATE_NOOP("Codes", "to review"),
    "MIGRATE_NEW": QT_TRANSLATE_NOOP("Codes", "new element: nothing to carry"),
    "MIGRATE_TO_NOTES": QT_TRANSLATE_NOOP(
        "Codes", "removed element: its answer goes to the recommendation's notes"),
    "MIGRATE_SUMMARY": QT_TRANSLATE_NOOP(
        "Codes", "Answers carried; changed elements are marked to review."),
    "WRONG_PASSPHRASE": QT_TRANSLATE_NOOP("Codes", "The passphrase is not correct."),
    "EMPTY_PASSPHRASE": QT_TRANSLATE_NOOP("Codes", "A passphrase is required."),
    "PASSPHRASE_MISMATCH": QT_TRANSLATE_NOOP("Codes", "The two passphrases do not match."),
    "PASSPHRASE_REQUIRED": QT_TRANSLATE_NOOP("Codes", "A passphrase is required."),
    "PASSPHRASE_TOO_SHORT": QT_TRANSLATE_NOOP(
        "Codes", "The passphrase is too short: use at least %1 characters, for example a few "
        "words."),
    "PASSPHRASE_COMMON": QT_TRANSLATE_NOOP(
        "Codes", "The passphrase is too common and easy to guess; choose another one."),
    "INVALID_ROLE": QT_TRANSLATE_NOOP(
        "Codes", "The role must be preparer, reviewer or approver."),
    "INVALID_PERSON": QT_TRANSLATE_NOOP("Codes", "A person's credential needs the person's name."),
    "INVALID_PKCS12": QT_TRANSLATE_NOOP(
        "Codes", "The file is not a valid PKCS#12 credential (.p12)."),
    "INVALID_CERTIFICATE": QT_TRANSLATE_NOOP("Codes", "The file is not a valid certificate."),
    "INVALID_KEY": QT_TRANSLATE_NOOP("Codes", "The stored key cannot be read."),
    "KEY_NOT_ENCRYPTED": QT_TRANSLATE_NOOP(
        "Codes", "The key is not protected by a passphrase and cannot be used."),
    "UNSUPPORTED_KEY": QT_TRANSLATE_NOOP(
        "Codes", "The key type is not supported: agency keys are RSA of 2048 bits or more."),
    "CERT_KEY_MISMATCH": QT_TRANSLATE_NOOP(
        "Codes", "The certificate does not belong to this installation's key request."),
    "WRONG_AGENCY": QT_TRANSLATE_NOOP("Codes", "The credential belongs to another agency."),
    "NOT_ISSUED_BY_COORDINATOR": QT_TRANSLATE_NOOP(
        "Codes", "The certificate was not issued by the coordinator of the trust bundle."),
    "NO_AGENCY": QT_TRANSLATE_NOOP("Codes", "Set up the agency before requesting a credential."),
    "NO_REQUEST": QT_TRANSLATE_NOOP(
        "Codes", "There is no pending credential request: request a credential first."),
    "NO_CREDENTIAL": QT_TRANSLATE_NOOP("Codes", "No signing credential is installed."),
    "NO_TRUST_BUNDLE": QT_TRANSLATE_NOOP(
        "Codes", "The coordinator's trust bundle is not installed."),
    "INVALID_TRUST_BUNDLE": QT_TRANSLATE_NOOP(
        "Codes", "The trust bundle is not valid (it needs the root certificate and the CRL)."),
    "INVALID_AGENCY_CODE": QT_TRANSLATE_NOOP(
        "Codes", "The agency code may only contain letters, digits, '.', '_' and '-'."),
    "INVALID_AGENCY_NAME": QT_TRANSLATE_NOOP("Codes", "The agency name is required."),
    "RESERVED_AGENCY_CODE": QT_TRANSLATE_NOOP(
        "Codes", "That agency code is reserved for the coordinator; choose another one."),
    "INVALID_NAME": QT_TRANSLATE_NOOP("Codes", "The certificate authority needs a name."),
    "NOT_READY": QT_TRANSLATE_NOOP(
        "Codes", "The evaluation is not ready to submit: %1 problem(s) must be solved first."),
    "SELF_CHECK_FAILED": QT_TRANSLATE_NOOP(
        "Codes", "The file was not saved because the coordinator would reject it: %1"),
    "CANCELLED": QT_TRANSLATE_NOOP("Codes", "Cancelled."),
    "WRITE_FAILED": QT_TRANSLATE_NOOP("Codes", "%1 cannot be written."),
    "FILE_EXISTS": QT_TRANSLATE_NOOP(
        "Codes", "%1 already exists; choose another file name (it is never overwritten)."),
    "EVIDENCE_TOO_LARGE_TO_EMBED": QT_TRANSLATE_NOOP(
        "Codes", "The evidence files are too large to embed in the submission. "
        "Export without embedding them."),
    "NO_CYCLE": QT_TRANSLATE_NOOP("Codes", "The database has no evaluation yet."),
    "CA_EXISTS": QT_TRANSLATE_NOOP(
        "Codes", "That folder already holds a certificate authority; it is never overwritten."),
    "CA_NOT_FOUND": QT_TRANSLATE_NOOP(
        "Codes", "That folder is not a DigiGov certificate authority."),
    "CA_DAMAGED": QT_TRANSLATE_NOOP(
        "Codes", "The certificate authority folder is damaged: restore it from a backup."),
    "INVALID_CSR": QT_TRANSLATE_NOOP("Codes", "The file is not a valid certificate request."),
    "NOT_FOUND": QT_TRANSLATE_NOOP("Codes", "No active certificate matches."),
    "INVALID_REASON": QT_TRANSLATE_NOOP("Codes", "Unknown revocation reason."),
    "WRONG_KIND_OF_DATABASE": QT_TRANSLATE_NOOP(
        "Codes", "%1 is a DigiGov database of another kind."),
    "UNKNOWN_ELEMENT": QT_TRANSLATE_NOOP("Codes", "Unknown element."),
    "CLEAR_TAKES_NO_VALUES": QT_TRANSLATE_NOOP(
        "Codes", "Clearing an answer forgets its level, rationale and target together."),
    "INVALID_LEVEL": QT_TRANSLATE_NOOP(
        "Codes", "The level must be a whole number from 0 to 5, or not applicable."),
    "UNREADABLE_FILE": QT_TRANSLATE_NOOP("Codes", "%1 cannot be read."),
    "NO_SUBMISSIONS": QT_TRANSLATE_NOOP(
        "Codes", "The central database holds no accepted submission for that selection."),
    "COMPARE_NEEDS_CYCLE": QT_TRANSLATE_NOOP(
        "Codes", "Choose one cycle before comparing it with another."),
    "SUBMISSION_NOT_FOUND": QT_TRANSLATE_NOOP(
        "Codes", "The central database holds no accepted submission with that revision."),
    "RECEIPT_SELF_CHECK_FAILED": QT_TRANSLATE_NOOP(
        "Codes", "The receipt was not saved because it does not verify; check the CA folder."),
    "RECEIPT_INVALID": QT_TRANSLATE_NOOP("Codes", "The file is not an intact signed receipt."),
    "RECEIPT_PAYLOAD_INVALID": QT_TRANSLATE_NOOP("Codes", "The receipt's data are not valid."),
    "RECEIPT_NEWER": QT_TRANSLATE_NOOP(
        "Codes", "The receipt was issued by a newer version of DigiGov Desktop; update "
        "DigiGov Desktop on this computer and install the receipt again."),
    "RECEIPT_NOT_SIGNED_BY_COORDINATOR": QT_TRANSLATE_NOOP(
        "Codes", "The receipt is not signed by the coordinator of this installation."),
    "RECEIPT_SIGNER_REVOKED": QT_TRANSLATE_NOOP(
        "Codes", "The coordinator's receipt certificate has been revoked; ask for a new receipt."),
    "RECEIPT_SIGNER_EXPIRED": QT_TRANSLATE_NOOP(
        "Codes", "The coordinator's receipt certificate had expired; ask for a new receipt."),
    "RECEIPT_TRUST_OUTDATED": QT_TRANSLATE_NOOP(
        "Codes", "The coordinator's revocation list in this installation is out of date; "
        "install the current trust bundle and try again."),
    "RECEIPT_UNKNOWN_SUBMISSION": QT_TRANSLATE_NOOP(
        "Codes", "The receipt is for a submission this installation never exported."),
    "RECEIPT_PAYLOAD_MISMATCH": QT_TRANSLATE_NOOP(
        "Codes", "The receipt does not match the file this installation exported for that "
        "submission."),
    "WEAK_PASSPHRASE_IN_USE": QT_TRANSLATE_NOOP(
        "Codes", "The passphrase is weaker than the current rule allows; change it "
        "(Change the passphrase)."),
    "SEALED": QT_TRANSLATE_NOOP(
        "Codes", "Sealed for %1; only that coordinator can open and check it."),
    "SEAL_UNAVAILABLE": QT_TRANSLATE_NOOP(
        "Codes", "The coordinator's trust bundle has no encryption certificate: install a "
        "current trust bundle, or export without sealing."),
    "INPUT_REJECTED": QT_TRANSLATE_NOOP(
        "Codes", "The file was not signed because it does not verify: %1"),
    "ROLE_NOT_ALLOWED": QT_TRANSLATE_NOOP(
        "Codes", "A later role has already signed this file; you cannot sign it in this role."),
    "ROLE_OUT_OF_PLAN": QT_TRANSLATE_NOOP(
        "Codes", "The preparer planned another signature before yours; that person signs "
        "first."),
    "ROLE_MISMATCH": QT_TRANSLATE_NOOP(
        "Codes", "Your credential is not for this role; ask the coordinator for the right one."),
    "NO_SIGNATURE_FIELD": QT_TRANSLATE_NOOP(
        "Codes", "The file has no free signature field for that role; is it a DigiGov "
        "submission?"),
    "RECEIPT_WRONG_AGENCY": QT_TRANSLATE_NOOP(
        "Codes", "The receipt is addressed to another agency."),
    # evaluating as a team (#15)
    "RATER_NAME_REQUIRED": QT_TRANSLATE_NOOP("Codes", "The rater's name is required."),
    "RATER_EXISTS": QT_TRANSLATE_NOOP("Codes", "There is already a rater with that name."),
    "RATER_NOT_FOUND": QT_TRANSLATE_NOOP("Codes", "There is no rater with that name."),
    "RATER_ALREADY_MERGED": QT_TRANSLATE_NOOP(
        "Codes", "This rater's ratings came from their workbook and are kept as they were sent."),
    "IS_A_WORKBOOK": QT_TRANSLATE_NOOP(
        "Codes", "This database is a rater workbook; raters are named and merged in the "
        "facilitator's database."),
    "NOT_A_WORKBOOK": QT_TRANSLATE_NOOP("Codes", "This database is not a rater workbook."),
    "NO_RATINGS": QT_TRANSLATE_NOOP("Codes", "There are no ratings yet."),
    "CONSENSUS_JUSTIFICATION_REQUIRED": QT_TRANSLATE_NOOP(
        "Codes", "A consensus needs its justification."),
    "RATER_MERGE_REFUSED": QT_TRANSLATE_NOOP(
        "Codes", "%1 file(s) refused; nothing was merged."),
    "RATER_FILE_INVALID": QT_TRANSLATE_NOOP(
        "Codes", "The file is not a valid rater return file."),
    "RATER_FILE_OTHER_AGENCY": QT_TRANSLATE_NOOP("Codes", "The file belongs to another agency."),
    "RATER_FILE_OTHER_CYCLE": QT_TRANSLATE_NOOP(
        "Codes", "The file belongs to another evaluation cycle."),
    "RATER_UNKNOWN": QT_TRANSLATE_NOOP(
        "Codes", "The file comes from a workbook this evaluation never issued."),
    "RATER_FILE_TAMPERED": QT_TRANSLATE_NOOP(
        "Codes", "The file was changed after the rater sealed it."),
    "RATER_FILE_DUPLICATE": QT_TRANSLATE_NOOP(
        "Codes", "This rater's ratings are already merged."),
    "RATER_RATED_LOCALLY": QT_TRANSLATE_NOOP(
        "Codes", "This rater already rated in this database."),
}

# Verification and import outcomes (one file each).
OUTCOME_TEXT = {
    "ACCEPTED": QT_TRANSLATE_NOOP("Outcomes", "Accepted."),
    "DUPLICATE": QT_TRANSLATE_NOOP(
        "Outcomes", "Already imported (the same file); nothing changed."),
    "NOT_PDF": QT_TRANSLATE_NOOP("Outcomes", "The file is not a PDF."),
    "TOO_LARGE": QT_TRANSLATE_NOOP("Outcomes", "The file is larger than the size limit."),
    "DAMAGED": QT_TRANSLATE_NOOP("Outcomes", "The PDF is damaged and cannot be read."),
    "UNSIGNED": QT_TRANSLATE_NOOP("Outcomes", "The PDF is not signed."),
    "MULTIPLE_SIGNATURES": QT_TRANSLATE_NOOP(
        "Outcomes", "The PDF carries more than one signature, and they are not a submission's "
        "chain of signatures (preparer, reviewer, approver)."),
    "SIGNATURE_CORRUPT": QT_TRANSLATE_NOOP(
        "Outcomes", "The signature is damaged and cannot be read."),
    "MODIFIED": QT_TRANSLATE_NOOP("Outcomes", "The file was changed after it was signed."),
    "NOT_WHOLE_FILE": QT_TRANSLATE_NOOP(
        "Outcomes", "Something was added to the file after it was signed."),
    "REVOKED": QT_TRANSLATE_NOOP("Outcomes", "The signer's credential has been revoked."),
    "UNTRUSTED": QT_TRANSLATE_NOOP(
        "Outcomes", "The signature was not made with a credential issued by this coordinator."),
    "EXPIRED": QT_TRANSLATE_NOOP(
        "Outcomes", "The signer's credential had expired (or was not yet valid)."),
    "CRL_MISSING_OR_STALE": QT_TRANSLATE_NOOP(
        "Outcomes", "The revocation list is missing or out of date; reissue it and try again."),
    "PAYLOAD_MISSING": QT_TRANSLATE_NOOP(
        "Outcomes", "The signed file carries no evaluation data."),
    "PAYLOAD_INVALID": QT_TRANSLATE_NOOP(
        "Outcomes", "The evaluation data in the file are not valid."),
    "PAYLOAD_NEWER": QT_TRANSLATE_NOOP(
        "Outcomes", "The file was written by a newer version of DigiGov Desktop; update "
        "DigiGov Desktop on this computer and try again."),
    "FRAMEWORK_UNKNOWN": QT_TRANSLATE_NOOP(
        "Outcomes", "The evaluation uses a framework version this installation does not know."),
    "AGENCY_MISMATCH": QT_TRANSLATE_NOOP(
        "Outcomes", "The evaluation claims another agency than the signer's credential."),
    "SIGNATURE_OUT_OF_ORDER": QT_TRANSLATE_NOOP(
        "Outcomes", "The signatures are out of order: the preparer signs first, then the "
        "reviewer, then the approver, each in their own field."),
    "MODIFIED_AFTER_SIGNING": QT_TRANSLATE_NOOP(
        "Outcomes", "The file was changed between two signatures of its chain (more than a "
        "signature was added)."),
    "MISSING_REVIEWER": QT_TRANSLATE_NOOP(
        "Outcomes", "The reviewer's signature is required and missing."),
    "MISSING_APPROVER": QT_TRANSLATE_NOOP(
        "Outcomes", "The approver's signature (the head of the body) is required and missing."),
    "CHAIN_INCOMPLETE": QT_TRANSLATE_NOOP(
        "Outcomes", "The signature chain is incomplete: a signature the preparer planned is "
        "missing (not signed yet, or removed from the file)."),
    "UNREGISTERED": QT_TRANSLATE_NOOP(
        "Outcomes", "The signer's credential is not registered and active for that agency."),
    "STALE_REVISION": QT_TRANSLATE_NOOP(
        "Outcomes", "A newer or equal revision of this submission is already imported."),
    "UNREADABLE": QT_TRANSLATE_NOOP("Outcomes", "The file cannot be read."),
    "SEAL_DAMAGED": QT_TRANSLATE_NOOP(
        "Outcomes", "The sealed file is damaged and cannot be opened."),
    "SEAL_WRONG_KEY": QT_TRANSLATE_NOOP(
        "Outcomes", "The file is sealed for another coordinator; this key cannot open it."),
    "SEAL_KEY_REQUIRED": QT_TRANSLATE_NOOP(
        "Outcomes", "The file is sealed: the CA passphrase is needed to open it."),
    "SEAL_UNAVAILABLE": QT_TRANSLATE_NOOP(
        "Outcomes", "The certificate authority has no encryption key for sealed files."),
    "WRONG_PASSPHRASE": QT_TRANSLATE_NOOP(
        "Outcomes", "The sealed file was not opened: the passphrase is not correct."),
    "OUTSIDE_REGION": QT_TRANSLATE_NOOP(
        "Outcomes", "The submission is outside your region: your role may not import it."),
}


def outcome_text(code: str) -> str:
    """The translated sentence of a verification or import outcome code."""
    template = OUTCOME_TEXT.get(str(code))
    return str(code) if template is None else QCoreApplication.translate("Outcomes", template)


def code_text(code: str) -> str | None:
    """The translated template of an error code, or None when it is not one of ours."""
    template = CODE_TEXT.get(code)
    return None if template is None else QCoreApplication.translate("Codes", template)
