"""Inno Setup's sign tool under Wine: hands a file to the host's osslsigncode and waits.

Inno Setup signs its uninstaller (`SignedUninstaller=yes`) only through a `SignTool`
command that its compiler runs as a Windows program and waits for. osslsigncode is a Linux
program, and Wine starts a Linux program without waiting for it or returning its exit code.
So this script, run by the Windows Python, puts the file into a queue folder that the
build's host-side signer (`sign_queue_start` in signing.sh) watches, and waits for the
answer there: the signed file and an exit code.

Usage (Windows side): python.exe sign_bridge.py QUEUE_DIR FILE
Exit status: 0 signed (FILE replaced by its signed copy), 1 the signer failed or did not
answer within the time limit.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
import uuid

TIME_LIMIT_S = 300


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: sign_bridge.py QUEUE_DIR FILE", file=sys.stderr)
        return 1
    queue, target = argv
    job = os.path.join(queue, uuid.uuid4().hex)
    shutil.copyfile(target, job + ".in")
    # The request names a complete input: the signer never sees a half-copied file.
    with open(job + ".req", "w", encoding="ascii") as request:
        request.write(os.path.basename(target))
    deadline = time.monotonic() + TIME_LIMIT_S
    while not os.path.exists(job + ".rc"):
        if time.monotonic() > deadline:
            print(f"sign_bridge: no answer from the signer in {queue} after "
                  f"{TIME_LIMIT_S} s", file=sys.stderr)
            return 1
        time.sleep(0.1)
    with open(job + ".rc", encoding="ascii") as answer:
        rc = int(answer.read().strip() or "1")
    if rc == 0:
        shutil.copyfile(job + ".out", target)
    else:
        print(f"sign_bridge: signing {target} failed (see signer.log in {queue})",
              file=sys.stderr)
    for suffix in (".in", ".out", ".rc"):
        try:
            os.remove(job + suffix)
        except FileNotFoundError:
            pass
    return 0 if rc == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
