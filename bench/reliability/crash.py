#!/usr/bin/env python3
"""Crash proof (issue 12): acknowledged writes survive kill -9. Started by crash.sh, which builds and holds the lock.

Starts FactDesk (java -jar target/quarkus-app/quarkus-run.jar) on a fresh data folder, creates an editor, then for
each round: starts the app if it is down, runs WRITERS threads that create claims and edit claims they created
earlier through the JSON API (HTTP Basic), and kill -9s the app at a random moment while they write. A write counts as
acknowledged only when its full 2xx answer arrived. After the last kill the app is started once more and every
acknowledged write is looked for: each created claim must exist with its statement, each acknowledged edit must show
its value. The audit chain is verified after every restart (GET /api/v1/audit/verify), and it must hold at least one
sealed revision per acknowledged write. Prints `lost L of N` and exits 1 on any loss or a broken chain.

  crash.py OUT_DIR        environment: ROUNDS (12), WRITERS (4), KILL_AFTER ("0.2 3": seconds after the round's
                          first acknowledged write, uniform), SEED (random), PORT (18230), FACTDESK_DB_URL (passed through; default
                          the H2 URL of application.properties)
Standard library only.
"""
import base64
import http.client
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import uuid

OUT = sys.argv[1]
ROUNDS = int(os.environ.get("ROUNDS", "12"))
WRITERS = int(os.environ.get("WRITERS", "4"))
KILL_MIN, KILL_MAX = (float(x) for x in os.environ.get("KILL_AFTER", "0.2 3").split())
SEED = int(os.environ.get("SEED") or random.randrange(1 << 31))
PORT = int(os.environ.get("PORT", "18230"))
ADMIN_PASSWORD = "Crash-Proof-Admin-Lantern-2026"
WRITER, WRITER_PASSWORD = "writer", "Crash-Proof-Writer-Harbour-2026"
rng = random.Random(SEED)


def basic(user, password):
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


ADMIN = basic("admin", ADMIN_PASSWORD)
EDITOR = basic(WRITER, WRITER_PASSWORD)


def call(method, path, auth, body=None, conn=None, timeout=30):
    """One request; returns (status, parsed JSON or None). Raises on a connection problem."""
    own = conn is None
    c = conn or http.client.HTTPConnection("127.0.0.1", PORT, timeout=timeout)
    try:
        headers = {"Authorization": auth, "Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        c.request(method, path, body=data, headers=headers)
        r = c.getresponse()
        raw = r.read()  # the whole answer, or an exception: only then is a write acknowledged
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = None
        return r.status, parsed
    finally:
        if own:
            c.close()


class App:
    def __init__(self):
        self.proc = None
        self.starts = 0

    def start(self):
        self.starts += 1
        env = dict(os.environ, FACTDESK_DATA_DIR=os.path.join(OUT, "data"), FACTDESK_HOST="127.0.0.1",
                   FACTDESK_PORT=str(PORT), FACTDESK_ADMIN_PASSWORD=ADMIN_PASSWORD, FACTDESK_BACKUP_CRON="off")
        log = open(os.path.join(OUT, f"app-{self.starts}.log"), "w")
        started = time.monotonic()
        self.proc = subprocess.Popen(["java", "-jar", "target/quarkus-app/quarkus-run.jar"], env=env, stdout=log,
                                     stderr=subprocess.STDOUT, close_fds=True)
        deadline = started + 180
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                fail(f"the app exited with {self.proc.returncode} on start {self.starts}")
            try:
                c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=2)
                c.request("GET", "/q/health")
                if c.getresponse().status == 200:
                    return time.monotonic() - started
            except OSError:
                pass
            time.sleep(0.1)
        fail(f"the app was not healthy within 180 s on start {self.starts}")

    def kill(self):
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                self.proc.kill()


app = App()


def fail(message):
    print(f"FAILED: {message}; app logs in {OUT}", file=sys.stderr)
    app.stop()
    sys.exit(1)


def verify_chain(acknowledged):
    status, v = call("GET", "/api/v1/audit/verify", ADMIN, timeout=120)
    if status != 200 or not isinstance(v, dict):
        fail(f"audit verification answered {status}: {v}")
    if not v.get("ok"):
        return v, f"the audit chain is broken at revision {v.get('firstBroken')}: {v.get('problem')}"
    if v.get("count", 0) < acknowledged:
        return v, f"the audit chain holds {v.get('count')} sealed revisions for {acknowledged} acknowledged writes"
    return v, None


# Everything acknowledged so far: claim id -> statement; claim id -> claimant set by an acknowledged edit.
created = {}
edited = {}
lock = threading.Lock()


def refused(counts, method, status, body):
    """A write the app answered but did not accept: not acknowledged, and its reason is worth seeing."""
    with lock:
        counts["refused"] += 1
        detail = body.get("detail") if isinstance(body, dict) else body
        REFUSALS[f"{method} {status}: {detail}"] = REFUSALS.get(f"{method} {status}: {detail}", 0) + 1
    if status == 429:  # the first Basic sign-ins after a start take turns on bcrypt
        time.sleep(0.2)


REFUSALS = {}  # "METHOD status: detail" -> how many


def writer(number, round_no, stop, writing, counts):
    """Creates claims, and edits one of its own earlier claims every fourth write, until the app goes away."""
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    mine = []  # claims this thread created and has not edited yet: (id, version)
    n = 0
    while not stop.is_set():
        n += 1
        try:
            if n % 4 == 0 and mine:
                claim_id, version = mine.pop(0)
                value = f"edited {uuid.uuid4().hex[:12]}"
                status, body = call("PATCH", f"/api/v1/claims/{claim_id}", EDITOR,
                                    {"version": version, "claimant": value}, conn)
                if 200 <= status < 300:
                    with lock:
                        edited[claim_id] = value
                        counts["edits"] += 1
                    writing.set()
                else:
                    refused(counts, "PATCH", status, body)
            else:
                statement = f"Crash proof round {round_no} writer {number} write {n} {uuid.uuid4().hex}"
                status, body = call("POST", f"/api/v1/articles/{ARTICLE}/claims", EDITOR,
                                    {"start": 0, "end": SPAN, "statement": statement, "claimant": "writer"}, conn)
                if 200 <= status < 300:
                    with lock:
                        created[body["id"]] = statement
                        counts["creates"] += 1
                    writing.set()
                    mine.append((body["id"], body["version"]))
                else:
                    refused(counts, "POST", status, body)
        except (OSError, http.client.HTTPException):
            # Killed mid-request (or not listening any more): this write was not acknowledged.
            counts["unanswered"] += 1
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
            time.sleep(0.05)
    conn.close()


print(f"crash proof: {ROUNDS} rounds, {WRITERS} writers, kill -9 between {KILL_MIN} and {KILL_MAX} s after a round's "
      f"first acknowledged write, seed {SEED}")
print(f"database: {os.environ.get('FACTDESK_DB_URL') or 'the H2 file database of application.properties'}")
took = app.start()
status, _ = call("POST", "/api/v1/accounts", ADMIN, {"username": WRITER, "displayName": "Crash Writer",
                 "email": "writer@example.org", "roles": ["editor"], "password": WRITER_PASSWORD})
if status != 201:
    fail(f"creating the editor answered {status}")
text = ("The harbour authority said cargo volumes rose by 14 percent in 2025. Officials added that the new crane "
        "doubled the number of ships handled each day. Critics say the figures leave out the winter closure.")
status, article = call("POST", "/api/v1/articles", EDITOR, {"title": "Crash proof article", "text": text,
                                                            "format": "text"})
if status != 201:
    fail(f"importing the article answered {status}: {article}")
ARTICLE = article["id"]
SPAN = article["text"].index(".") + 1

totals = {"creates": 0, "edits": 0, "refused": 0, "unanswered": 0}
started = time.monotonic()
for round_no in range(1, ROUNDS + 1):
    if round_no > 1:
        took = app.start()
        # Each restart after a kill: the chain must verify and cover every write acknowledged before the kill.
        v, problem = verify_chain(len(created) + len(edited))
        if problem:
            fail(f"after kill {round_no - 1}: {problem}")
    counts = {"creates": 0, "edits": 0, "refused": 0, "unanswered": 0}
    stop, writing = threading.Event(), threading.Event()
    threads = [threading.Thread(target=writer, args=(i, round_no, stop, writing, counts)) for i in range(WRITERS)]
    for t in threads:
        t.start()
    if not writing.wait(60):
        stop.set()
        fail(f"no write was acknowledged within 60 s in round {round_no}")
    # The kill comes at a random moment while the writers are busy.
    after = rng.uniform(KILL_MIN, KILL_MAX)
    time.sleep(after)
    app.kill()
    stop.set()
    for t in threads:
        t.join()
    for k in totals:
        totals[k] += counts[k]
    print(f"round {round_no:2}: healthy {took:4.1f} s after start, writing, kill -9 {after:4.2f} s later: "
          f"{counts['creates']} creates and {counts['edits']} edits acknowledged, "
          f"{counts['unanswered']} cut off, {counts['refused']} refused", flush=True)

took = app.start()
print(f"restarted after the last kill, healthy in {took:.1f} s; looking for every acknowledged write")
lost = []
conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
for claim_id, statement in sorted(created.items()):
    status, body = call("GET", f"/api/v1/claims/{claim_id}", EDITOR, conn=conn)
    if status != 200 or body.get("statement") != statement:
        lost.append(f"claim {claim_id} created: {status} {body and body.get('statement')!r}")
    elif claim_id in edited and body.get("claimant") != edited[claim_id]:
        lost.append(f"claim {claim_id} edit to {edited[claim_id]!r}: claimant is {body.get('claimant')!r}")
conn.close()
acknowledged = len(created) + len(edited)
v, problem = verify_chain(acknowledged)
app.stop()
for line, times in REFUSALS.items():
    print(f"  refused {times} x {line}")
for line in lost[:20]:
    print("  LOST " + line)
print(f"lost {len(lost)} of {acknowledged} acknowledged writes ({len(created)} claims created, {len(edited)} edits) "
      f"over {ROUNDS} kills in {time.monotonic() - started:.0f} s; "
      f"{totals['unanswered']} writes cut off by the kills were not acknowledged")
print(f"audit chain: {'valid' if not problem else 'BROKEN'}, {v.get('count')} sealed revisions, "
      f"{v.get('unsealed')} awaiting a seal")
if lost or problem:
    if problem:
        print("FAILED: " + problem, file=sys.stderr)
    sys.exit(1)
