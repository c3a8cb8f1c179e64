"""PDF benchmark: an exchange's agreement and cost statement as a PDF (WeasyPrint) beside the
same page as HTML, in one run, so that "a PDF in the request" is a measured choice.

Uses the demo content of the database named by DATABASE_URL (loads it when there is no
exchange yet; it never empties anything) and asks for each page and its PDF in turns through
Django's test client, logged in as a party of the exchange. Prints p50/p95 per kind and the
PDF's cost against its page's as a ratio.

    DATABASE_URL=sqlite:////tmp/demo.sqlite3 .venv/bin/python bench/pdf.py [--rounds 40]
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ["OPENSEARCH_URL"] = ""

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

from exchanges.models import Exchange  # noqa: E402
from matching.selectors.lists import organisation_administrators  # noqa: E402


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed(client, url) -> tuple[float, int]:
    started = time.perf_counter()
    response = client.get(url, HTTP_HOST="127.0.0.1")
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    return elapsed, len(response.content)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    if not Exchange.objects.exists():
        call_command("load_demo", verbosity=0)
    exchange = Exchange.objects.filter(signed_hash__gt="").order_by("pk").first()
    client = Client()
    client.force_login(organisation_administrators({exchange.lender_id}).first())
    month = exchange.starts_on
    pairs = {
        "agreement": (
            reverse("exchanges:agreement", args=[exchange.pk]),
            reverse("exchanges:agreement_pdf", args=[exchange.pk]),
        ),
        "cost statement": (
            reverse("exchanges:statement", args=[exchange.pk, month.year, month.month]),
            reverse("exchanges:statement_pdf", args=[exchange.pk, month.year, month.month]),
        ),
    }
    print(
        f"PDF benchmark, {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores, "
        f"exchange {exchange.pk}, {args.rounds} rounds, page and PDF in turns"
    )
    for name, (page_url, pdf_url) in pairs.items():
        for url in (page_url, pdf_url):  # warm up: templates, fonts
            timed(client, url)
        page_times, pdf_times = [], []
        for _round in range(args.rounds):
            page_ms, page_bytes = timed(client, page_url)
            pdf_ms, pdf_bytes = timed(client, pdf_url)
            page_times.append(page_ms)
            pdf_times.append(pdf_ms)
        p50_page, p50_pdf = statistics.median(page_times), statistics.median(pdf_times)
        print(
            f"  {name}: page p50 {p50_page:.1f} ms, p95 {percentile(page_times, 0.95):.1f} ms "
            f"({page_bytes / 1024:.0f} KB); PDF p50 {p50_pdf:.1f} ms, p95 "
            f"{percentile(pdf_times, 0.95):.1f} ms ({pdf_bytes / 1024:.0f} KB); "
            f"PDF/page {p50_pdf / p50_page:.2f}x"
        )


if __name__ == "__main__":
    main()
