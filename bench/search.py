"""Search benchmark: OpenSearch against the database engine, in one run.

Generates a network (deterministic, fixed seed) in a database of its own, then for each scale
runs a fixed mix of queries (free text, facets, radius, autocomplete) through our search
service. For OpenSearch it also sends the very same requests (suggestions included) straight
to the engine, in turns with the service's, to measure our own overhead like with like: per
query kind and for the whole mix. Prints p50/p95 latency per engine and the ratios, indexing
throughput and index size, and the machine's load (a shared machine slows both sides).

    DATABASE_URL=postgres://.../breder_bench OPENSEARCH_URL=http://127.0.0.1:9200 \\
        .venv/bin/python bench/search.py [--people 100000 --organisations 5000 --cases 10000]

The database named by DATABASE_URL is emptied and refilled: never point it at real data.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ.setdefault("OPENSEARCH_INDEX_PREFIX", "bench_breder")

import django

django.setup()

from config.startup import freeze_loaded_objects  # noqa: E402

freeze_loaded_objects()  # as the server does after start-up (config/asgi.py)

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402

SEED = 4242
QUERY_ROUNDS = 10
WARM_UP_ROUNDS = 10


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed(function, rounds=QUERY_ROUNDS):
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return times


def fresh_database():
    """Empty the benchmark database (PostgreSQL: the whole schema, so the data migrations
    with places and roles run again) and load the demo site (plate, pages, vocabulary)."""
    if connection.vendor != "postgresql":
        sys.exit("The benchmark needs PostgreSQL (DATABASE_URL), the production database.")
    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    call_command("migrate", verbosity=0)
    from search import indexing

    with indexing.paused():
        call_command("load_demo", verbosity=0)


def grow(*, organisations: int, people: int, cases: int, rng: random.Random, fake):
    """Add organisations, people and cases until the network has this size."""
    from cases.models import CaseIndexPage, CaseOrganisation, CasePage
    from network.choices import OrganisationStatus, Sector, SizeClass
    from network.models import Organisation, Person
    from search import indexing
    from vocabulary.choices import Region
    from vocabulary.models import MobilityForm, Place, Term

    sectors, regions = Sector.values, [r for r in Region.values if r != "national"]
    places = list(Place.objects.filter(population__gte=5000).values_list("pk", "region"))
    places_by_region = {}
    for pk, region in places:
        places_by_region.setdefault(region, []).append(pk)
    expertise = list(Term.objects.filter(kind="expertise").values_list("pk", flat=True))
    qualifications = list(Term.objects.filter(kind="qualification").values_list("pk", flat=True))
    words = [
        "monteur",
        "planner",
        "docent",
        "verpleegkundige",
        "coördinator",
        "chauffeur",
        "engineer",
        "adviseur",
        "roosteraar",
        "teamleider",
        "instructeur",
        "programmeur",
    ]

    missing = organisations - Organisation.objects.count()
    if missing > 0:
        batch = []
        for number in range(missing):
            region = rng.choice(regions)
            batch.append(
                Organisation(
                    name=f"{fake.last_name()} {rng.choice(['Techniek', 'Zorg', 'Logistiek', 'Onderwijs', 'Advies', 'Diensten'])} {number}",
                    slug=f"bench-org-{Organisation.objects.count() + number}",
                    sector=rng.choice(sectors),
                    size_class=rng.choice(SizeClass.values),
                    region=region,
                    place_id=rng.choice(places_by_region.get(region) or [places[0][0]]),
                    description=fake.paragraph(nb_sentences=3),
                    status=rng.choice(
                        [OrganisationStatus.JOINED, OrganisationStatus.AGREEMENT_SIGNED]
                    ),
                    agreement_signed_on=None,
                )
            )
        for organisation in batch:
            if organisation.status == OrganisationStatus.AGREEMENT_SIGNED:
                organisation.agreement_signed_on = "2025-01-01"
        Organisation.objects.bulk_create(batch, batch_size=1000)
    organisation_ids = list(Organisation.objects.values_list("pk", flat=True))

    missing = people - Person.objects.count()
    if missing > 0:
        user_model = get_user_model()
        offset = user_model.objects.count()
        users = [
            user_model(
                email=f"bench{offset + n}@bench.example",
                first_name=fake.first_name(),
                last_name=fake.last_name(),
                password="!",
            )
            for n in range(missing)
        ]
        user_model.objects.bulk_create(users, batch_size=2000)
        created = user_model.objects.filter(email__endswith="@bench.example", person__isnull=True)
        persons = [
            Person(
                user=user,
                organisation_id=rng.choice(organisation_ids),
                job_title=f"{rng.choice(words).capitalize()} {rng.choice(['', 'senior ', 'junior '])}".strip(),
                bio=fake.sentence(nb_words=12),
                languages=["nl", *rng.sample(["en", "de", "fr", "pl"], rng.randrange(0, 2))],
                visibility=rng.choice(["public", "public", "members", "hidden"]),
            )
            for user in created.iterator(chunk_size=2000)
        ]
        Person.objects.bulk_create(persons, batch_size=2000)
        through_e, through_q = Person.expertise.through, Person.qualifications.through
        links_e, links_q = [], []
        for person_id in (
            Person.objects.filter(expertise__isnull=True).values_list("pk", flat=True).iterator()
        ):
            for term in rng.sample(expertise, 2):
                links_e.append(through_e(person_id=person_id, term_id=term))
            if rng.random() < 0.5:
                links_q.append(through_q(person_id=person_id, term_id=rng.choice(qualifications)))
        through_e.objects.bulk_create(links_e, batch_size=5000, ignore_conflicts=True)
        through_q.objects.bulk_create(links_q, batch_size=5000, ignore_conflicts=True)

    index = CaseIndexPage.objects.first()
    forms = list(MobilityForm.objects.values_list("pk", flat=True))
    offset = CasePage.objects.count()
    missing = cases - offset
    form_links, roles = [], []
    # Wagtail indexes every saved page into its backends; here the database backend is
    # filled once at the end (update_index), as a bulk load would do.
    backends = settings.WAGTAILSEARCH_BACKENDS
    settings.WAGTAILSEARCH_BACKENDS = {
        name: {**config, "AUTO_UPDATE": False} for name, config in backends.items()
    }
    with indexing.paused():
        for number in range(max(0, missing)):
            case = CasePage(
                title=f"{fake.sentence(nb_words=5).rstrip('.')} {offset + number}",
                slug=f"bench-case-{offset + number}",
                summary=fake.sentence(nb_words=20),
                region=rng.choice(regions),
                duration=rng.choice(["short", "medium", "long", "ongoing"]),
                story=[
                    {
                        "type": "paragraph",
                        "value": f"<p>{fake.paragraph(nb_sentences=6)} {rng.choice(words)}</p>",
                    }
                ],
            )
            index.add_child(instance=case)
            index.refresh_from_db()
            form_links.append(
                CasePage.mobility_forms.through(
                    casepage_id=case.pk, mobilityform_id=rng.choice(forms)
                )
            )
            roles.append(
                CaseOrganisation(
                    page_id=case.pk,
                    organisation_id=rng.choice(organisation_ids),
                    role="lending",
                    sort_order=0,
                )
            )
    CasePage.mobility_forms.through.objects.bulk_create(form_links, batch_size=2000)
    CaseOrganisation.objects.bulk_create(roles, batch_size=2000)
    settings.WAGTAILSEARCH_BACKENDS = backends
    if missing > 0:
        call_command(
            "update_index",
            backend_name="database" if "database" in backends else "default",
            verbosity=0,
        )


QUERIES = [
    ("free text", {"query": "monteur"}),
    ("free text", {"query": "zorg planning"}),
    ("free text, people", {"query": "docent techniek", "kind": "people"}),
    ("free text, typo", {"query": "vepleegkundige", "kind": "people"}),
    ("free text, cases", {"query": "uitlenen kostprijs", "kind": "cases"}),
    ("facets", {"kind": "people", "filters": {"sector": "healthcare"}}),
    ("facets", {"kind": "organisations", "filters": {"region": "noord-brabant", "size": "small"}}),
    ("facets", {"kind": "cases", "filters": {"form": "hybride-functie"}}),
    ("facets + text", {"query": "planner", "kind": "people", "filters": {"region": "gelderland"}}),
    ("radius", {"kind": "people", "place": "Eindhoven", "radius_km": 30}),
    (
        "radius + text",
        {"query": "technicus", "kind": "people", "place": "Utrecht", "radius_km": 20},
    ),
    ("radius", {"kind": "organisations", "place": "Zwolle", "radius_km": 40}),
]
PREFIXES = ["mon", "zorg", "chain", "doc", "plan", "eind"]


def _request(params):
    from search.services import search_request_build

    return search_request_build(
        query=params.get("query", ""),
        kind=params.get("kind", ""),
        filters=params.get("filters"),
        place=params.get("place", ""),
        radius_km=params.get("radius_km"),
    )


def _service_calls(user) -> list[tuple[str, object]]:
    """Every request of the mix as our service answers it, with its query kind; suggestions
    included."""
    from search.services import autocomplete, site_search

    requests = [(name, _request(params)) for name, params in QUERIES]
    calls = [
        (name, lambda r=request: site_search(request=r, user=user)) for name, request in requests
    ]
    calls += [
        ("autocomplete", lambda p=prefix: autocomplete(prefix=p, user=user)) for prefix in PREFIXES
    ]
    return calls


def _straight_calls() -> list[tuple[str, object]]:
    """The very same requests, in the same order, sent straight to the engine: the bodies our
    service would send, without the service around them (checks, facet labels, hits)."""
    from search import engine
    from search.backends import opensearch

    client = engine.client()
    calls = []
    for name, params in QUERIES:
        request = _request(params)
        s = opensearch.build(request, people_levels=["public"])
        fuzzy = opensearch.build(request, people_levels=["public"], fuzzy=True)
        body, again, index = s.to_dict(), fuzzy.to_dict(), ",".join(s._index)

        def straight(body=body, again=again, index=index, query=request.query):
            # The same two steps the service takes: as typed, then with typos if nothing.
            response = client.search(index=index, body=body)
            if query and response["hits"]["total"]["value"] == 0:
                client.search(index=index, body=again)

        calls.append((name, straight))
    for prefix in PREFIXES:
        s = opensearch.autocomplete_search(prefix, people_levels=["public"], limit=8)
        body, index = s.to_dict(), ",".join(s._index)
        calls.append(
            ("autocomplete", lambda body=body, index=index: client.search(index=index, body=body))
        )
    return calls


def _warm_up(calls) -> None:
    for _round in range(WARM_UP_ROUNDS):  # a warm engine and a warm database, as in use
        for _name, call in calls:
            call()


def run_queries(label):
    """Time the query mix and the suggestions through our service, on the current engine."""
    from django.contrib.auth.models import AnonymousUser

    calls = _service_calls(AnonymousUser())
    _warm_up(calls)
    times = {}
    for name, call in calls:
        times.setdefault(name, []).extend(timed(call))
    return times


def run_side_by_side():
    """Our service and the engine straight, request by request and round by round in turns,
    so that whatever else the machine does falls on both alike; returns both timings per
    query kind (the same requests, suggestions included)."""
    from django.contrib.auth.models import AnonymousUser

    service, straight = _service_calls(AnonymousUser()), _straight_calls()
    _warm_up(service + straight)
    through_service, direct = {}, {}
    for (name, call), (_same, raw_call) in zip(service, straight, strict=True):
        for _round in range(QUERY_ROUNDS):
            through_service.setdefault(name, []).extend(timed(call, rounds=1))
            direct.setdefault(name, []).extend(timed(raw_call, rounds=1))
    return through_service, direct


def print_overhead(service: dict, straight: dict) -> tuple[float, float]:
    """Per query kind and for the whole mix: service / straight, like with like."""
    print("\nour overhead, service / straight to the engine (the same requests, side by side)")
    print(
        f"  {'query kind':<22}{'service p50':>12}{'straight p50':>13}{'ratio':>7}"
        f"{'service p95':>13}{'straight p95':>13}{'ratio':>7}"
    )
    rows = [(name, service[name], straight[name]) for name in service]
    everything = (
        [t for values in service.values() for t in values],
        [t for values in straight.values() for t in values],
    )
    rows.append(("whole mix", *everything))
    for name, ours, raw in rows:
        p50, raw50 = statistics.median(ours), statistics.median(raw)
        p95, raw95 = percentile(ours, 0.95), percentile(raw, 0.95)
        print(
            f"  {name:<22}{p50:>12.1f}{raw50:>13.1f}{p50 / raw50:>6.2f}x"
            f"{p95:>13.1f}{raw95:>13.1f}{p95 / raw95:>6.2f}x"
        )
    (ours, raw) = everything
    return (
        statistics.median(ours) / statistics.median(raw),
        percentile(ours, 0.95) / percentile(raw, 0.95),
    )


def summary(times: dict) -> tuple[float, float]:
    everything = [t for values in times.values() for t in values]
    return statistics.median(everything), percentile(everything, 0.95)


def print_table(title, times):
    print(f"\n{title}")
    print(f"  {'query kind':<22}{'p50 ms':>10}{'p95 ms':>10}")
    for name, values in times.items():
        print(f"  {name:<22}{statistics.median(values):>10.1f}{percentile(values, 0.95):>10.1f}")
    p50, p95 = summary(times)
    print(f"  {'whole mix':<22}{p50:>10.1f}{p95:>10.1f}")


def database_size() -> str:
    if connection.vendor != "postgresql":
        path = Path(settings.DATABASES["default"]["NAME"])
        return f"{path.stat().st_size / 1024 / 1024:.1f} MiB (whole SQLite file)"
    with connection.cursor() as cursor:
        cursor.execute(
            "select sum(pg_total_relation_size(relid)) from pg_catalog.pg_statio_user_tables "
            "where relname like 'network_%' or relname like 'cases_%' or relname like 'wagtailsearch_%' "
            "or relname like 'accounts_%'"
        )
        return f"{cursor.fetchone()[0] / 1024 / 1024:.1f} MiB (network, cases and Wagtail search tables)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--organisations", type=int, default=5_000)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--small-people", type=int, default=5_000)
    parser.add_argument(
        "--keep",
        action="store_true",
        help="Keep the data and indexes at the end, and reuse those of a previous run if "
        "present (then the database is measured at full size only).",
    )
    parser.add_argument(
        "--today-only",
        action="store_true",
        help="Generate the network at today's size and measure the database engine only "
        "(no search engine needed).",
    )
    args = parser.parse_args()
    if args.today_only:
        _today_only(args)
        return
    if not settings.OPENSEARCH_URL:
        sys.exit("Set OPENSEARCH_URL: the benchmark compares the engine with the database.")
    from faker import Faker

    from search import engine, indexing

    fake = Faker("nl_NL")
    fake.seed_instance(SEED)
    rng = random.Random(SEED)
    print(
        f"Search benchmark, {time.strftime('%Y-%m-%d %H:%M')}, database {connection.vendor}, "
        f"{os.cpu_count()} cores, load average {_load()}"
    )
    results = {}
    saved_url = settings.OPENSEARCH_URL
    if args.keep and _kept(args.people):
        print("reusing the data and indexes of a previous run (--keep)")
    else:
        _generate_and_index(args, rng, fake, results)
        print(f"Database size: {database_size()}")

    engine.health.down_since = None
    results["OpenSearch, full size"], raw = run_side_by_side()
    settings.OPENSEARCH_URL = ""
    results["database, full size"] = run_queries("database")
    settings.OPENSEARCH_URL = saved_url

    for title, times in results.items():
        print_table(title, times)
    print_table("the same requests straight to the engine, full size", raw)
    overhead_p50, overhead_p95 = print_overhead(results["OpenSearch, full size"], raw)
    os_p50, os_p95 = summary(results["OpenSearch, full size"])
    raw_p50, raw_p95 = summary(raw)
    db_p50, db_p95 = summary(results["database, full size"])
    print("\nSummary")
    print(
        f"  OpenSearch through our service, whole mix: p50 {os_p50:.1f} ms, p95 {os_p95:.1f} ms (target p95 < 50 ms)"
    )
    print(
        f"  same requests straight to the engine:       p50 {raw_p50:.1f} ms, p95 {raw_p95:.1f} ms"
    )
    print(
        f"  our overhead (service / straight), p95:     {overhead_p95:.2f}x (target <= 1.5x); p50 {overhead_p50:.2f}x"
    )
    print(f"  database at full size, whole mix:          p50 {db_p50:.1f} ms, p95 {db_p95:.1f} ms")
    if "database, today's size" in results:
        small_p50, small_p95 = summary(results["database, today's size"])
        print(
            f"  database at today's size, whole mix:       p50 {small_p50:.1f} ms, p95 {small_p95:.1f} ms (target p95 < 300 ms)"
        )
    print(
        f"  ratio database / OpenSearch at full size:  p50 {db_p50 / os_p50:.1f}x, p95 {db_p95 / os_p95:.1f}x"
    )
    print(f"  load average at the end: {_load()}")
    if not args.keep:
        indexing.delete_indexes()


def _load() -> str:
    """The machine's load over 1, 5 and 15 minutes (more than its cores: others were busy)."""
    return " / ".join(f"{load:.1f}" for load in os.getloadavg())


def _kept(people: int) -> bool:
    """Whether a previous run left the full network and its indexes."""
    from network.models import Person
    from search import engine

    if "network_person" not in connection.introspection.table_names():
        return False
    return Person.objects.count() >= people and bool(
        engine.client().indices.exists_alias(name=engine.alias("people"))
    )


def _generate_today(args, rng, fake) -> tuple[int, int]:
    """An empty database filled with the network at today's size; returns the numbers of
    organisations and cases."""
    fresh_database()
    small_orgs = max(40, args.organisations * args.small_people // args.people)
    small_cases = max(8, args.cases * args.small_people // args.people)
    with transaction.atomic():
        grow(
            organisations=small_orgs,
            people=args.small_people,
            cases=small_cases,
            rng=rng,
            fake=fake,
        )
    return small_orgs, small_cases


def _today_only(args) -> None:
    """The database engine at the network's size of today, on its own."""
    from faker import Faker

    fake = Faker("nl_NL")
    fake.seed_instance(SEED)
    rng = random.Random(SEED)
    print(
        f"Search benchmark, database engine at today's size, {time.strftime('%Y-%m-%d %H:%M')}, "
        f"{os.cpu_count()} cores, load average {_load()}"
    )
    settings.OPENSEARCH_URL = ""
    _generate_today(args, rng, fake)
    times = run_queries("database")
    print_table("database, today's size", times)
    p50, p95 = summary(times)
    print(
        f"\n  database at today's size, whole mix: p50 {p50:.1f} ms, p95 {p95:.1f} ms (target p95 < 300 ms)"
    )
    print(f"  load average at the end: {_load()}")


def _generate_and_index(args, rng, fake, results) -> None:
    """Generate the network at today's size, measure the database there, grow it to the full
    size and index it."""
    from search import indexing

    started = time.perf_counter()
    small_orgs, small_cases = _generate_today(args, rng, fake)
    print(
        f"generated the network's size of today ({args.small_people} people, {small_orgs} "
        f"organisations, {small_cases} cases) in {time.perf_counter() - started:.0f} s"
    )

    saved_url = settings.OPENSEARCH_URL
    settings.OPENSEARCH_URL = ""
    results["database, today's size"] = run_queries("database")
    settings.OPENSEARCH_URL = saved_url

    started = time.perf_counter()
    with transaction.atomic():
        grow(
            organisations=args.organisations,
            people=args.people,
            cases=args.cases,
            rng=rng,
            fake=fake,
        )
    print(
        f"grew to {args.people} people, {args.organisations} organisations, {args.cases} cases "
        f"in {time.perf_counter() - started:.0f} s"
    )

    figures = []
    for kind in ("organisations", "people", "cases", "pages"):
        figures.append(indexing.rebuild(kind))
    documents = sum(f["documents"] for f in figures)
    seconds = sum(f["seconds"] for f in figures)
    size = sum(f["bytes"] for f in figures)
    print(
        f"\nOpenSearch indexing: {documents} documents in {seconds:.1f} s = {documents / seconds:.0f} documents/s; "
        f"index size {size / 1024 / 1024:.1f} MiB"
    )
    for f in figures:
        print(
            f"  {f['kind']:<14}{f['documents']:>8} documents {f['seconds']:>7.1f} s {f['bytes'] / 1024 / 1024:>8.1f} MiB"
        )


if __name__ == "__main__":
    main()
