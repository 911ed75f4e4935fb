#!/usr/bin/env python3
"""Measures how long a product change takes to become searchable through the HTTP API.

For each sample: PATCH a product's title to contain a fresh made-up word, take the time when the
answer arrives, then search for that word on a kept-alive connection until the product is found.
The lag is the time between the two. Prints percentiles (milliseconds) and the server's own
`aisle_sync_lag_seconds` histogram (outbox write in PostgreSQL to index commit).

    scripts/sync-lag.py http://127.0.0.1:8080 [--samples 300] [--product S00001]

Standard library only.
"""
import argparse
import http.client
import json
import random
import string
import time
import urllib.parse


def request(connection, method, path, body=None):
    headers = {"Content-Type": "application/json"} if body is not None else {}
    connection.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
    response = connection.getresponse()
    data = response.read()
    if response.status >= 300:
        raise SystemExit(f"{method} {path}: {response.status} {data[:200]!r}")
    return json.loads(data) if data and response.getheader("Content-Type", "").startswith("application/json") else data


def percentile(sorted_values, fraction):
    index = min(len(sorted_values) - 1, max(0, round(fraction * (len(sorted_values) - 1))))
    return sorted_values[index]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", help="server URL, e.g. http://127.0.0.1:8080")
    parser.add_argument("--samples", type=int, default=300)
    parser.add_argument("--product", default="S00001")
    arguments = parser.parse_args()
    url = urllib.parse.urlsplit(arguments.base)
    writer = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=10)
    reader = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=10)
    original = request(writer, "GET", f"/v1/products/{arguments.product}")["title"]
    rng = random.Random(7)
    lags = []
    try:
        for _ in range(arguments.samples):
            word = "".join(rng.choice(string.ascii_lowercase) for _ in range(12))
            request(writer, "PATCH", f"/v1/products/{arguments.product}", {"title": f"{original} {word}"})
            answered = time.perf_counter()
            while True:
                result = request(reader, "GET", f"/v1/search?q={word}&limit=1")
                if result["total"] >= 1:
                    lags.append((time.perf_counter() - answered) * 1000)
                    break
                if time.perf_counter() - answered > 10:
                    raise SystemExit(f"'{word}' was not searchable after 10 s")
    finally:
        request(writer, "PATCH", f"/v1/products/{arguments.product}", {"title": original})
    lags.sort()
    print(f"API answer -> searchable, {len(lags)} changes: p50 {percentile(lags, 0.5):.1f} ms, p90 {percentile(lags, 0.9):.1f} ms, "
          f"p99 {percentile(lags, 0.99):.1f} ms, max {lags[-1]:.1f} ms")
    metrics = request(reader, "GET", "/metrics").decode()
    print("server histogram (outbox write -> index commit):")
    for line in metrics.splitlines():
        if line.startswith("aisle_sync_lag_seconds"):
            print("  " + line)


if __name__ == "__main__":
    main()
