# Drives `gatehouse login` under a real pseudo-terminal: answers the email and password prompts as a person
# would type them, and prints {"code", "output"} as JSON (output: everything the terminal showed).
# The email and password come in PTY_EMAIL / PTY_PASSWORD and are removed before the CLI starts; with
# PTY_CANCEL=1 it presses Ctrl+C at the password prompt instead.
import json
import os
import pty
import select
import sys
import time

email = os.environ.pop("PTY_EMAIL")
password = os.environ.pop("PTY_PASSWORD")
cancel = os.environ.pop("PTY_CANCEL", "") == "1"
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])

out = b""


def read_until(token, timeout=45.0):
    global out
    end = time.time() + timeout
    while token is None or token not in out:
        left = end - time.time()
        if left <= 0:
            raise SystemExit("timed out waiting for %r; the terminal showed %r" % (token, out))
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            return
        if not chunk:
            return
        out += chunk


read_until(b"Email")
os.write(fd, email.encode() + b"\r")
read_until(b"Password")
if cancel:
    os.write(fd, b"\x03")
else:
    # Type it key by key, as a person would.
    for ch in password:
        os.write(fd, ch.encode())
        time.sleep(0.005)
    os.write(fd, b"\r")
read_until(None)
_, status = os.waitpid(pid, 0)
print(json.dumps({"code": os.waitstatus_to_exitcode(status), "output": out.decode("utf-8", "replace")}))
