#!/usr/bin/env python3
"""Sign-in under attack (issue 12): how much CPU anonymous clients can make FactDesk spend on bcrypt, and how long a
real person's sign-in takes meanwhile. Talks to an app started by attack.sh (FACTDESK_PROXY=true, so each simulated
client gets its own address through X-Forwarded-For). Standard library only.

  attack.py BASE_URL APP_PID USERNAME PASSWORD SECONDS
"""
import http.cookiejar
import random
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

BASE, PID, USER, PASSWORD, SECONDS = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], float(sys.argv[5])
TOKEN = re.compile(r'name="csrf-token" value="([^"]+)"')


def cpu_seconds():
    """User plus system CPU time of the app process so far."""
    with open(f"/proc/{PID}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / 100.0  # utime, stime in clock ticks (100 Hz on Linux)


def sign_in(username, password, address, device=None):
    """One sign-in through the form from `address`; returns (status, seconds, device cookie or None)."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())
    headers = {"X-Forwarded-For": address}
    page = opener.open(urllib.request.Request(BASE + "/login", headers=headers)).read().decode()
    form = urllib.parse.urlencode({"csrf-token": TOKEN.search(page).group(1), "username": username,
                                   "password": password}).encode()
    if device:
        headers["Cookie"] = "factdesk-device=" + device + "; " + "; ".join(f"{c.name}={c.value}" for c in jar)
    started = time.monotonic()
    try:
        response = opener.open(urllib.request.Request(BASE + "/login", data=form, headers=headers))
        status = response.status
    except urllib.error.HTTPError as e:
        status = e.code
    elapsed = time.monotonic() - started
    note = next((c.value for c in jar if c.name == "factdesk-device"), None)
    return status, elapsed, note


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def attack(seconds, address_of, counts):
    """Wrong passwords for random names until `seconds` pass; `address_of()` gives each attempt's address."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            status, _, _ = sign_in("user" + str(random.randrange(10 ** 6)), "Wrong-Password-123", address_of())
        except Exception as e:  # a refused or dropped connection counts as an answer too
            status = type(e).__name__
        counts[status] = counts.get(status, 0) + 1


def scenario(name, clients, address_of, device, network="198.51.100."):
    counts = {}
    threads = [threading.Thread(target=attack, args=(SECONDS, address_of, counts)) for _ in range(clients)]
    cpu0, wall0 = cpu_seconds(), time.monotonic()
    for t in threads:
        t.start()
    time.sleep(min(3.0, SECONDS / 3))
    timings = []
    for i in range(5):
        status, elapsed, _ = sign_in(USER, PASSWORD, f"{network}{10 + i}", device)
        timings.append((status, elapsed))
        time.sleep(0.5)
    for t in threads:
        t.join()
    cpu = (cpu_seconds() - cpu0) / (time.monotonic() - wall0)
    worst = max(e for _, e in timings)
    print(f"{name}: {clients} clients, answers {dict(sorted(counts.items(), key=str))}; app CPU {cpu:.2f} core-seconds/s; "
          f"the real person's sign-ins {[s for s, _ in timings]} took at most {worst:.2f} s")


status, _, device = sign_in(USER, PASSWORD, "198.51.100.1")
assert status == 303, f"the real person could not sign in before the attack: {status}"
quiet = []
for i in range(5):
    status, elapsed, _ = sign_in(USER, PASSWORD, f"198.51.100.{30 + i}")
    quiet.append(elapsed)
print(f"no attack: the real person's sign-ins took at most {max(quiet):.2f} s (median {sorted(quiet)[2]:.2f} s)")
scenario("one anonymous address", 8, lambda: "203.0.113.7", None)
scenario("many addresses (a botnet), person on a browser used before", 8,
         lambda: f"{random.randrange(1, 224)}.{random.randrange(256)}.{random.randrange(256)}.{random.randrange(1, 255)}",
         device)
scenario("many addresses (a botnet), person on a new browser", 8,
         lambda: f"{random.randrange(1, 224)}.{random.randrange(256)}.{random.randrange(256)}.{random.randrange(1, 255)}",
         None)
# The person's earlier sign-ins were all from 198.51.100.0/24: from a network they never signed in from, a new
# browser is not put first in line and queues behind the strangers' checks.
scenario("many addresses (a botnet), person on a new browser and a new network", 8,
         lambda: f"{random.randrange(1, 224)}.{random.randrange(256)}.{random.randrange(256)}.{random.randrange(1, 255)}",
         None, "192.0.2.")
