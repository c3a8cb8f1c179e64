"""Matching benchmark: candidates, covers and network-wide rounds on generated data, in one run.

Generates a network with availabilities and open requests (deterministic, fixed seed) in a
database of its own, then measures the targets of the matching issue:

- the top 20 candidates for one request among all availabilities, with the matrix of offers
  that each process keeps warm (its one-off build is reported apart), and the speed-up of the
  vectorised ranking over evaluating every candidate one by one in Python;
- covering one request among about 10,000 candidates;
- a network-wide round at two sizes, the candidate graph included, with its total score
  against the greedy assignment (and for the small round, solved exactly, how close the
  part-by-part method of large rounds comes to it).

Prints p50/p95 for the per-request figures and the ratio of each figure to its target.

    DATABASE_URL=postgres://.../breder_bench .venv/bin/python bench/matching.py \\
        [--availabilities 100000 --requests 20000 --small-availabilities 10000 --small-requests 2000]

The database named by DATABASE_URL is emptied and refilled: never point it at real data.
"""

import argparse
import datetime
import os
import random
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ["OPENSEARCH_URL"] = ""  # matching needs no search engine; leave its indexes alone

import django

django.setup()

from config.startup import freeze_loaded_objects  # noqa: E402

freeze_loaded_objects()  # as the server does after start-up (config/asgi.py)

import numpy as np  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

SEED = 4243
TOP = 20
QUERY_REQUESTS = 50  # requests timed for the top 20 and for the ranking alone
COVER_REQUESTS = 10
COVER_CANDIDATES = 10_000
TARGETS_MS = {"top": 200.0, "cover": 200.0, "small round": 2_000.0, "large round": 60_000.0}


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def ms(seconds: float) -> float:
    return seconds * 1000


def fresh_database():
    """Empty the benchmark database (PostgreSQL: the whole schema, so the data migrations with
    places and roles run again) and load the demo content (vocabulary, forms, organisations)."""
    if connection.vendor != "postgresql":
        sys.exit("The benchmark needs PostgreSQL (DATABASE_URL), the production database.")
    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)


# Weekly patterns: mostly daytime on weekdays, some evenings, weekends and nights.
def _weekly_windows(rng: random.Random) -> list:
    from matching import timegrid

    def at(hour: float) -> datetime.time:
        hour %= 24
        return datetime.time(int(hour), round((hour % 1) * 60))

    roll = rng.random()
    windows = []
    if roll < 0.75:
        days = sorted(rng.sample(range(5), rng.choices((1, 2, 3, 4, 5), (15, 30, 25, 15, 15))[0]))
        start = rng.choice((7, 7.5, 8, 8, 8.5, 9, 9, 10, 13))
        length = rng.choice((4, 4, 5, 6, 8, 8, 8, 9))
        same = rng.random() < 0.7
        for day in days:
            begin = start if same else rng.choice((7, 8, 9, 12, 13))
            end = min(begin + (length if same else rng.choice((4, 5, 8))), 22)
            windows.append(timegrid.Window(day, at(begin), at(end)))
    elif roll < 0.87:
        for day in sorted(rng.sample(range(5), rng.randrange(2, 5))):
            begin = rng.choice((17, 18))
            windows.append(timegrid.Window(day, at(begin), at(begin + rng.choice((3, 4)))))
    elif roll < 0.96:
        for day in rng.sample((5, 6), rng.randrange(1, 3)):
            windows.append(
                timegrid.Window(day, at(rng.choice((7, 8, 9))), at(rng.choice((15, 17))))
            )
    else:
        # Nights, split at midnight; some leave too little rest with a day shift after them.
        for day in sorted(rng.sample(range(6), rng.randrange(1, 4))):
            windows.append(timegrid.Window(day, datetime.time(22), datetime.time(0)))
            windows.append(timegrid.Window(day + 1, datetime.time(0), datetime.time(6)))
            if rng.random() < 0.5:
                windows.append(timegrid.Window(day + 1, datetime.time(14), datetime.time(18)))
    return sorted(set(windows))


def _merged(windows):
    """Windows of one day that overlap become one (as the forms do)."""
    from matching import timegrid

    return timegrid.windows_of(timegrid.week_mask(windows))


def generate(
    *, organisations: int, people: int, availabilities: int, requests: int, rng: random.Random
):
    """Organisations across Dutch places, their people, approved availabilities and open
    requests, written in bulk with every field and related row the services fill."""
    from demo import content_directory, content_matching
    from matching import timegrid, vectorised
    from matching.models import (
        Availability,
        AvailabilityException,
        AvailabilityQualification,
        AvailabilityWindow,
        ConflictOfInterest,
        ExchangeRequest,
        MatchingRound,
        Proposal,
        RequestWindow,
    )
    from network.choices import OrganisationStatus, Sector, SizeClass
    from network.models import Organisation, Person
    from vocabulary.models import MobilityForm, Place, Term

    today = timezone.localdate()
    now = timezone.now()
    places = list(
        Place.objects.filter(population__gte=1000)
        .order_by("pk")
        .values_list("pk", "region", "population")
    )
    place_ids = [pk for pk, _region, _population in places]
    place_weights = [population for _pk, _region, population in places]
    region_of = {pk: region for pk, region, _population in places}
    terms = dict(Term.objects.values_list("slug", "pk"))
    kinds = dict(Term.objects.values_list("slug", "kind"))
    forms = {form.slug: form for form in MobilityForm.objects.all()}
    form_slugs = sorted(forms)
    sectors = Sector.values

    # Organisations: where people live, weighted by population.
    signed_on = today - datetime.timedelta(days=400)
    batch = []
    for number in range(organisations):
        place = rng.choices(place_ids, place_weights)[0]
        status = rng.choices(
            (OrganisationStatus.AGREEMENT_SIGNED, OrganisationStatus.JOINED), (65, 35)
        )[0]
        batch.append(
            Organisation(
                name=f"Benchorganisatie {number}",
                slug=f"bench-org-{number}",
                sector=rng.choice(sectors),
                size_class=rng.choice(SizeClass.values),
                region=region_of[place],
                place_id=place,
                status=status,
                agreement_signed_on=signed_on
                if status == OrganisationStatus.AGREEMENT_SIGNED
                else None,
            )
        )
    Organisation.objects.bulk_create(batch, batch_size=2000)
    orgs = list(
        Organisation.objects.filter(slug__startswith="bench-org-")
        .order_by("pk")
        .values_list("pk", "sector", "place_id")
    )

    # People, each with a login, expertise and qualifications of their sector.
    user_model = get_user_model()
    user_model.objects.bulk_create(
        (
            user_model(email=f"bench{n}@bench.example", first_name="Bench", last_name=f"{n}")
            for n in range(people)
        ),
        batch_size=5000,
    )
    user_ids = list(
        user_model.objects.filter(email__endswith="@bench.example")
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    person_orgs = [rng.choice(orgs) for _ in user_ids]
    Person.objects.bulk_create(
        (
            Person(user_id=user_id, organisation_id=org[0], job_title="Medewerker")
            for user_id, org in zip(user_ids, person_orgs, strict=True)
        ),
        batch_size=5000,
    )
    person_rows = list(
        Person.objects.filter(user__email__endswith="@bench.example")
        .order_by("user_id")
        .values_list("pk", "organisation_id")
    )
    org_info = {pk: (sector, place) for pk, sector, place in orgs}
    expertise_links = []
    for person_id, org_id in person_rows:
        sector = org_info[org_id][0]
        for slug in rng.sample(content_directory.SECTOR_EXPERTISE[sector], 2):
            expertise_links.append(
                Person.expertise.through(person_id=person_id, term_id=terms[slug])
            )
    Person.expertise.through.objects.bulk_create(expertise_links, batch_size=10_000)

    # Availabilities: a few months each, spread over the coming year; some people offer two.
    rows, windows_of, details = [], [], []
    for number in range(availabilities):
        person_id, org_id = person_rows[number % len(person_rows)]
        sector, org_place = org_info[org_id]
        windows = _merged(_weekly_windows(rng))
        offered = sum(window.hours for window in windows)
        valid_from = today + datetime.timedelta(days=rng.randrange(-30, 300))
        valid_until = valid_from + datetime.timedelta(days=rng.randrange(60, 181))
        low, high = content_matching.COST_PRICE[sector]
        roll = rng.random()
        rows.append(
            Availability(
                person_id=person_id,
                status="approved",
                offer_type="crisis" if roll < 0.1 else "both" if roll < 0.25 else "regular",
                matchable=rng.random() < 0.97,
                valid_from=valid_from,
                valid_until=valid_until,
                max_hours_per_week=Decimal(min(offered, rng.choice((4, 8, 8, 12, 16, 16, 20, 24)))),
                contract_hours_per_week=Decimal(rng.choice((16, 24, 28, 32, 32, 36, 36, 38, 40))),
                sectors=rng.sample(sectors, rng.choices((0, 1, 2), (50, 30, 20))[0]),
                place_id=org_place
                if rng.random() < 0.7
                else rng.choices(place_ids, place_weights)[0],
                travel_radius_km=rng.randrange(10, 61, 5),
                remote_ok=rng.random() < 0.25,
                cost_price_per_hour=Decimal(rng.randrange(low, high + 1)),
                approved_at=now,
                week_mask=vectorised.pack(timegrid.week_mask(windows)),
            )
        )
        windows_of.append(windows)
        qualifications = [
            (
                slug,
                None
                if rng.random() < 0.6
                else today + datetime.timedelta(days=rng.randrange(30, 720)),
            )
            for slug in rng.sample(
                content_directory.SECTOR_QUALIFICATIONS[sector],
                rng.choices((0, 1, 2), (40, 40, 20))[0],
            )
        ]
        exceptions = sorted(
            {
                valid_from
                + datetime.timedelta(days=rng.randrange(0, (valid_until - valid_from).days))
                for _ in range(rng.choices((0, 1, 2), (60, 25, 15))[0])
            }
        )
        accepted = rng.sample(form_slugs, rng.choices((0, 1, 2), (50, 30, 20))[0])
        details.append((qualifications, exceptions, accepted))
    Availability.objects.bulk_create(rows, batch_size=2000)
    AvailabilityWindow.objects.bulk_create(
        (
            AvailabilityWindow(
                availability_id=row.pk, weekday=window.weekday, start=window.start, end=window.end
            )
            for row, windows in zip(rows, windows_of, strict=True)
            for window in windows
        ),
        batch_size=10_000,
    )
    AvailabilityQualification.objects.bulk_create(
        (
            AvailabilityQualification(
                availability_id=row.pk, term_id=terms[slug], valid_until=until
            )
            for row, (qualifications, _exceptions, _forms) in zip(rows, details, strict=True)
            for slug, until in qualifications
        ),
        batch_size=10_000,
    )
    AvailabilityException.objects.bulk_create(
        (
            AvailabilityException(availability_id=row.pk, date=day)
            for row, (_qualifications, exceptions, _forms) in zip(rows, details, strict=True)
            for day in exceptions
        ),
        batch_size=10_000,
    )
    through = Availability.mobility_forms.through
    through.objects.bulk_create(
        (
            through(availability_id=row.pk, mobilityform_id=forms[slug].pk)
            for row, (_qualifications, _exceptions, accepted) in zip(rows, details, strict=True)
            for slug in accepted
        ),
        batch_size=10_000,
    )

    # Open requests: periods of one to six months, 1-3 people, some requiring a qualification.
    form_weights = {
        "collegiaal-uitlenen": 55,
        "hybride-functie": 10,
        "reservist-duaal-werkgeverschap": 10,
        "loopbaanervaring": 10,
        "van-werk-naar-werk": 8,
        "re-integratie": 7,
    }
    request_rows, request_windows, request_terms = [], [], []
    for number in range(requests):
        org_id, sector, org_place = rng.choice(orgs)
        windows = _merged(_weekly_windows(rng))
        asked = sum(window.hours for window in windows)
        is_crisis = rng.random() < 0.05
        form = (
            "reservist-duaal-werkgeverschap"
            if is_crisis
            else rng.choices(list(form_weights), list(form_weights.values()))[0]
        )
        starts_on = today + datetime.timedelta(days=rng.randrange(0, 240))
        weeks = rng.randrange(4, 27)
        hours = min(
            asked,
            rng.choice((2, 4, 6)) if form == "hybride-functie" else rng.choice((4, 8, 12, 16, 24)),
        )
        qualifications = content_directory.SECTOR_QUALIFICATIONS[sector]
        required = [rng.choice(qualifications)] if rng.random() < 0.3 else []
        wanted = content_directory.SECTOR_EXPERTISE[sector] + qualifications
        desired = [slug for slug in rng.sample(wanted, rng.randrange(0, 4)) if slug not in required]
        request_rows.append(
            ExchangeRequest(
                organisation_id=org_id,
                title=f"Verzoek {number}",
                description="Gegenereerd voor de benchmark.",
                form_id=forms[form].pk,
                is_crisis=is_crisis,
                hours_per_week=Decimal(hours),
                starts_on=starts_on,
                ends_on=starts_on + datetime.timedelta(weeks=weeks, days=-1),
                place_id=org_place,
                remote_possible=rng.random() < 0.2,
                people_needed=rng.choices((1, 2, 3), (60, 30, 10))[0],
                max_cost_per_hour=Decimal(rng.randrange(40, 101)) if rng.random() < 0.5 else None,
                status="open",
                opened_at=now,
                week_mask=vectorised.pack(timegrid.week_mask(windows)),
            )
        )
        request_windows.append(windows)
        request_terms.append((required, desired))
    ExchangeRequest.objects.bulk_create(request_rows, batch_size=2000)
    RequestWindow.objects.bulk_create(
        (
            RequestWindow(request_id=row.pk, weekday=w.weekday, start=w.start, end=w.end)
            for row, windows in zip(request_rows, request_windows, strict=True)
            for w in windows
        ),
        batch_size=10_000,
    )
    required_through = ExchangeRequest.required_qualifications.through
    desired_through = ExchangeRequest.desired_qualifications.through
    required_through.objects.bulk_create(
        (
            required_through(exchangerequest_id=row.pk, term_id=terms[slug])
            for row, (required, _desired) in zip(request_rows, request_terms, strict=True)
            for slug in required
            if kinds[slug] == "qualification"
        ),
        batch_size=10_000,
    )
    desired_through.objects.bulk_create(
        (
            desired_through(exchangerequest_id=row.pk, term_id=terms[slug])
            for row, (_required, desired) in zip(request_rows, request_terms, strict=True)
            for slug in desired
        ),
        batch_size=10_000,
    )

    # Declared conflicts of interest, and a past round whose accepted proposals make
    # organisations known to each other.
    org_ids = [pk for pk, _sector, _place in orgs]
    ConflictOfInterest.objects.bulk_create(
        [
            ConflictOfInterest(organisation_id=a, other_organisation_id=b)
            for a, b in (rng.sample(org_ids, 2) for _ in range(max(1, organisations // 10)))
        ]
        + [
            ConflictOfInterest(person_id=person_id, organisation_id=rng.choice(org_ids))
            for person_id, _org in rng.sample(person_rows, max(1, people // 100))
        ]
    )
    past = MatchingRound.objects.create(method="exact")
    Proposal.objects.bulk_create(
        (
            Proposal(
                round=past,
                request_id=request.pk,
                availability_id=availability.pk,
                score=50.0,
                hours_per_week=4.0,
                accepted_at=now,
            )
            for request, availability in {
                (rng.choice(request_rows), rng.choice(rows)) for _ in range(organisations)
            }
        ),
        batch_size=5000,
    )


def _first(queryset, count: int):
    """The first `count` rows of a queryset by primary key, as a filter (rows were created in
    random order, so this is a fair sample)."""
    ids = list(queryset.order_by("pk").values_list("pk", flat=True)[:count])
    return queryset.filter(pk__lte=ids[-1]) if ids else queryset.none()


def bench_top(requests) -> dict:
    """Top 20 through `candidates_for_request` (rank, then explain the shown ones), and the
    vectorised ranking alone, per request with a warm matrix."""
    from matching import queries, vectorised
    from matching.selectors import offers as offer_cache
    from matching.selectors import records, terms

    matrix = offer_cache.matchable_matrix()
    weights = terms.score_weights()
    full, ranking_only, considered = [], [], []
    for request in requests:
        started = time.perf_counter()
        matches = queries.candidates_for_request(request=request, limit=TOP)
        full.append(ms(time.perf_counter() - started))
        considered.append(len(matches.eligible) + len(matches.needs_agreement))
        need = records.need_for(request)
        started = time.perf_counter()
        vectorised.rank(need, matrix, weights)
        ranking_only.append(ms(time.perf_counter() - started))
    return {"full": full, "rank": ranking_only, "shown": considered}


def bench_holds(sample, count: int, build_seconds: float, without: dict) -> None:
    """The top 20 again once exchanges hold hours of `count` people (half the hours each
    offers, and its first offered day), beside the figures without holds; the holds stay for
    the rest of the run, so the cover and the rounds are measured with them."""
    from matching.models import HoursHold
    from matching.selectors import offers as offer_cache

    rows = list(
        offer_cache.matchable_availabilities()
        .order_by("pk")
        .values_list("pk", "max_hours_per_week", "week_mask", "valid_from", "valid_until")
    )
    rng = random.Random(SEED + 7)
    holds = []
    for pk, max_hours, mask, valid_from, valid_until in rng.sample(rows, min(count, len(rows))):
        slots = np.unpackbits(np.frombuffer(bytes(mask), dtype=np.uint8))
        first_day = int(np.flatnonzero(slots)[0]) // 96 if slots.any() else 0
        held = np.zeros_like(slots)
        held[first_day * 96 : (first_day + 1) * 96] = slots[first_day * 96 : (first_day + 1) * 96]
        holds.append(
            HoursHold(
                availability_id=pk,
                reference=f"bench:{pk}",
                hours_per_week=(max_hours / 2).quantize(Decimal("0.1")),
                week_mask=np.packbits(held).tobytes(),
                starts_on=valid_from,
                ends_on=valid_until,
            )
        )
    HoursHold.objects.filter(reference__startswith="bench:").delete()
    HoursHold.objects.bulk_create(holds, batch_size=2_000)
    offer_cache.offers_changed()  # bulk_create sends no signals
    offer_cache.forget_matrix()
    started = time.perf_counter()
    offer_cache.matchable_matrix()
    with_build = time.perf_counter() - started
    bench_top(sample[:5])
    with_holds = bench_top(sample)
    before = percentile(without["full"], 0.95)
    after = percentile(with_holds["full"], 0.95)
    print(f"\nWith exchanges holding hours of {len(holds)} people (double-booking checks)")
    print(
        f"  offer matrix built in {with_build:.2f} s against {build_seconds:.2f} s without "
        f"({with_build / build_seconds:.2f}x)"
    )
    print(
        f"  top {TOP}: p50 {statistics.median(with_holds['full']):.1f} ms, p95 {after:.1f} ms "
        f"against p95 {before:.1f} ms without ({after / before:.2f}x); p95 "
        f"{verdict(after, TARGETS_MS['top'])}, target {TARGETS_MS['top']:.0f} ms"
    )


def bench_speed_up(request) -> dict:
    """The vectorised ranking against a plain loop of `scoring.evaluate` over every candidate
    the database prefilter lets through, on the very same offers; both must agree."""
    from matching import scoring, vectorised
    from matching.selectors import offers as offer_cache
    from matching.selectors import records, terms

    matrix = offer_cache.matchable_matrix()
    weights = terms.score_weights()
    need = records.need_for(request)
    started = time.perf_counter()
    candidate_ids = list(_database_prefilter(need).values_list("pk", flat=True))
    prefilter_seconds = time.perf_counter() - started
    started = time.perf_counter()
    offers = records.offers_for(offer_cache.matchable_availabilities().filter(pk__in=candidate_ids))
    load_seconds = time.perf_counter() - started

    started = time.perf_counter()
    evaluated = {}
    for availability_id, offer in offers.items():
        evaluation = scoring.evaluate(need, offer, weights)
        if evaluation.eligible:
            evaluated[availability_id] = evaluation
    loop_best = sorted(evaluated, key=lambda pk: -evaluated[pk].score)[:TOP]
    loop_seconds = time.perf_counter() - started

    rows = np.flatnonzero(np.isin(matrix.ids, np.array(sorted(offers), dtype=np.int64)))
    subset = vectorised.take(matrix, rows)
    rank_times = []
    for _round in range(5):
        started = time.perf_counter()
        ranking = vectorised.rank(need, subset, weights)
        rank_times.append(time.perf_counter() - started)
    full_times = []
    for _round in range(5):
        started = time.perf_counter()
        vectorised.rank(need, matrix, weights)
        full_times.append(time.perf_counter() - started)

    # Agreement: the same offers pass, with the same score before rounding.
    ranked = {
        int(subset.ids[i]): float(s) for i, s in zip(ranking.indices, ranking.scores, strict=True)
    }
    differences = [
        abs(ranked[pk] - _unrounded(evaluated[pk], weights)) for pk in evaluated if pk in ranked
    ]
    return {
        "candidates": len(offers),
        "eligible": len(evaluated),
        "prefilter": prefilter_seconds,
        "load": load_seconds,
        "loop": loop_seconds,
        "rank": statistics.median(rank_times),
        "rank_full": statistics.median(full_times),
        "only_loop": len(set(evaluated) - set(ranked)),
        "only_rank": len(set(ranked) - set(evaluated)),
        "max_difference": max(differences, default=0.0),
        "same_top": loop_best == [int(subset.ids[i]) for i in ranking.indices[:TOP]],
    }


def _database_prefilter(need):
    """The plain way to narrow the candidates in the database: period, organisation, required
    qualifications and crisis offers (what the vectorised ranking does on arrays)."""
    from django.db.models import Q

    from matching.selectors import offers as offer_cache

    candidates = (
        offer_cache.matchable_availabilities()
        .filter(valid_from__lte=need.period.end, valid_until__gte=need.period.start)
        .exclude(person__organisation_id=need.organisation_id)
    )
    for slug in need.required:
        candidates = candidates.filter(
            Q(qualifications__term__slug=slug)
            & (
                Q(qualifications__valid_until__isnull=True)
                | Q(qualifications__valid_until__gte=need.period.end)
            )
        )
    if not need.is_crisis:
        candidates = candidates.exclude(offer_type="crisis")
    return candidates.distinct()


def _unrounded(evaluation, weights) -> float:
    total = sum(weights[part.name] for part in evaluation.parts)
    return 100 * sum(weights[part.name] * part.value for part in evaluation.parts) / total


def bench_cover(requests) -> dict:
    """Cover requests with about 10,000 candidates each (fewest people)."""
    from matching import queries

    times, candidates, methods, gaps = [], [], [], []
    for request in requests:
        started = time.perf_counter()
        result = queries.cover_for_request(request=request)
        times.append(ms(time.perf_counter() - started))
        candidates.append(result.candidates)
        methods.append(result.method)
        gaps.append(result.gap)
    return {"times": times, "candidates": candidates, "methods": methods, "gaps": gaps}


def cover_requests(count: int):
    """The open requests whose number of allowed candidates (organisations with a signed
    agreement) lies nearest to 10,000."""
    from matching import vectorised
    from matching.models import ExchangeRequest
    from matching.selectors import lists, records, terms
    from matching.selectors import offers as offer_cache

    matrix = offer_cache.matchable_matrix()
    weights = terms.score_weights()
    context = records.NeedContext()
    sizes = []
    requests = lists.open_requests().select_related("organisation", "form", "place")
    for request in requests.prefetch_related(
        "required_qualifications", "desired_qualifications"
    ).order_by("pk")[:2000]:
        ranking = vectorised.rank(records.need_for(request, context), matrix, weights)
        sizes.append((abs(int((~ranking.needs_agreement).sum()) - COVER_CANDIDATES), request.pk))
    chosen = [pk for _distance, pk in sorted(sizes)[:count]]
    by_pk = ExchangeRequest.objects.select_related("organisation", "form", "place").in_bulk(chosen)
    return [by_pk[pk] for pk in chosen]


def bench_round(requests, matrix, matrix_seconds: float, *, time_limit: float) -> dict:
    """A round as `services.round_run` computes it: the candidate graph, then the assignment
    (the matrix of offers is the one a process keeps; its build is reported apart)."""
    from matching import queries, rounds

    started = time.perf_counter()
    built = queries.round_pairs(requests=requests, matrix=matrix)
    graph_seconds = time.perf_counter() - started
    result = rounds.assign(
        built.pairs,
        built.people_needed,
        built.capacity,
        built.person_capacity,
        time_limit=time_limit,
    )
    total_seconds = time.perf_counter() - started
    filled = np.bincount(built.pairs.requests[result.chosen], minlength=len(built.request_ids))
    parts = None
    if result.method == "exact":
        # The same round part by part, as large rounds are solved: how far from the optimum.
        exact_pairs, rounds.EXACT_PAIRS = rounds.EXACT_PAIRS, 0
        try:
            parts = rounds.assign(
                built.pairs, built.people_needed, built.capacity, built.person_capacity
            )
        finally:
            rounds.EXACT_PAIRS = exact_pairs
    return {
        "parts": parts,
        "offers": len(matrix),
        "requests": len(built.request_ids),
        "pairs": len(built.pairs),
        "matrix": matrix_seconds,
        "graph": graph_seconds,
        "solve": result.seconds,
        "total": total_seconds,
        "method": result.method,
        "score": result.total,
        "greedy": result.greedy_total,
        "chosen": len(result.chosen),
        "requests_served": int((filled > 0).sum()),
        "people_asked": int(built.people_needed.sum()),
    }


def verdict(value: float, target: float) -> str:
    return f"{value / target:.2f}x of target ({'met' if value < target else 'NOT met'})"


def print_round(title: str, figures: dict, target_ms: float) -> None:
    print(f"\n{title}: {figures['offers']} offers, {figures['requests']} requests")
    print(f"  offer matrix built (one-off, cached per process): {ms(figures['matrix']):.0f} ms")
    print(f"  candidate graph: {figures['pairs']} pairs in {ms(figures['graph']):.0f} ms")
    print(f"  assignment ({figures['method']}): {ms(figures['solve']):.0f} ms")
    print(
        f"  round (graph + assignment): {ms(figures['total']):.0f} ms, "
        f"{verdict(ms(figures['total']), target_ms)}, target {target_ms / 1000:.0f} s"
    )
    ratio = figures["score"] / figures["greedy"] if figures["greedy"] else float("nan")
    print(
        f"  total score {figures['score']:.1f} against greedy {figures['greedy']:.1f}: "
        f"{ratio:.4f}x ({100 * (ratio - 1):+.2f} %)"
    )
    print(
        f"  {figures['chosen']} people placed for {figures['people_asked']} asked; "
        f"{figures['requests_served']} requests get someone"
    )
    parts = figures["parts"]
    if parts is not None:
        print(
            f"  the same round part by part (as large rounds are solved): {parts.total:.1f} in "
            f"{ms(parts.seconds):.0f} ms, {100 * (1 - parts.total / figures['score']):.2f} % "
            f"below the exact optimum, {100 * (parts.total / figures['greedy'] - 1):+.2f} % "
            "over greedy"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--availabilities", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--organisations", type=int, default=3_000)
    parser.add_argument("--people", type=int, default=80_000)
    parser.add_argument("--small-availabilities", type=int, default=10_000)
    parser.add_argument("--small-requests", type=int, default=2_000)
    parser.add_argument(
        "--keep", action="store_true", help="Reuse the data of the previous run if present."
    )
    parser.add_argument("--skip-large-round", action="store_true")
    parser.add_argument(
        "--holds",
        type=int,
        default=2_000,
        help="Hours held by exchanges for this many people, measured against none in one run.",
    )
    args = parser.parse_args()
    from matching import rounds
    from matching.models import Availability
    from matching.selectors import lists
    from matching.selectors import offers as offer_cache

    print(
        f"Matching benchmark, {time.strftime('%Y-%m-%d %H:%M')}, database {connection.vendor}, "
        f"{os.cpu_count()} cores, NumPy {np.__version__}"
    )
    started = time.perf_counter()
    if not (args.keep and Availability.objects.count() >= args.availabilities):
        fresh_database()
        missing = args.availabilities - Availability.objects.count()
        with transaction.atomic():
            generate(
                organisations=args.organisations,
                people=args.people,
                availabilities=missing,
                requests=args.requests,
                rng=random.Random(SEED),
            )
        print(f"generated the data in {time.perf_counter() - started:.0f} s")
    matchable = offer_cache.matchable_availabilities()
    open_requests = lists.open_requests()
    print(
        f"{Availability.objects.count()} availabilities ({matchable.count()} matchable), "
        f"{open_requests.count()} open requests"
    )

    # The matrix of all matchable offers, once per process.
    offer_cache.forget_matrix()
    started = time.perf_counter()
    matrix = offer_cache.matchable_matrix()
    build_seconds = time.perf_counter() - started
    started = time.perf_counter()
    offer_cache.matchable_matrix()
    recount_seconds = time.perf_counter() - started
    started = time.perf_counter()
    offer_cache.matchable_matrix()
    warm_seconds = time.perf_counter() - started
    print(
        f"\nOffer matrix of {len(matrix)} offers: built in {build_seconds:.2f} s (one-off per "
        f"process); a warm lookup {ms(warm_seconds):.1f} ms, {ms(recount_seconds):.1f} ms when it "
        f"recounts the availabilities (at most every {offer_cache.RECOUNT_SECONDS:.0f} s)"
    )

    step = max(1, open_requests.count() // QUERY_REQUESTS)
    sample_ids = list(open_requests.order_by("pk").values_list("pk", flat=True)[::step])
    from matching.models import ExchangeRequest

    by_pk = ExchangeRequest.objects.select_related("organisation", "form", "place").in_bulk(
        sample_ids[:QUERY_REQUESTS]
    )
    sample = [by_pk[pk] for pk in sample_ids[:QUERY_REQUESTS]]
    bench_top(sample[:5])  # warm up
    top = bench_top(sample)
    p50, p95 = statistics.median(top["full"]), percentile(top["full"], 0.95)
    print(
        f"\nTop {TOP} candidates for one request among {len(matrix)} offers ({len(sample)} requests)"
    )
    print(
        f"  candidates_for_request (rank + explain the shown): p50 {p50:.1f} ms, p95 {p95:.1f} ms; "
        f"p95 {verdict(p95, TARGETS_MS['top'])}, target {TARGETS_MS['top']:.0f} ms"
    )
    print(
        f"  vectorised ranking alone: p50 {statistics.median(top['rank']):.1f} ms, "
        f"p95 {percentile(top['rank'], 0.95):.1f} ms"
    )

    if args.holds:
        bench_holds(sample, args.holds, build_seconds, top)

    median_request = sample[len(sample) // 2]
    speed = bench_speed_up(median_request)
    print(
        f"\nVectorised ranking against a Python loop of scoring.evaluate "
        f"(request {median_request.pk}, {speed['candidates']} candidates after the database "
        f"prefilter, {speed['eligible']} allowed)"
    )
    print(
        f"  database prefilter {ms(speed['prefilter']):.0f} ms, loading them as offers "
        f"{speed['load']:.1f} s"
    )
    print(
        f"  loop: {ms(speed['loop']):.0f} ms ({1e6 * speed['loop'] / max(1, speed['candidates']):.0f} µs "
        f"an offer); vectorised on the same offers: {ms(speed['rank']):.1f} ms; speed-up "
        f"{speed['loop'] / speed['rank']:.0f}x"
    )
    print(
        f"  vectorised on all {len(matrix)} offers (no database prefilter): "
        f"{ms(speed['rank_full']):.1f} ms, still {speed['loop'] / speed['rank_full']:.0f}x faster"
    )
    print(
        f"  agreement: {speed['only_loop']} allowed only by the loop, {speed['only_rank']} only "
        f"by the arrays; largest score difference {speed['max_difference']:.2g}; same top {TOP}: {speed['same_top']}"
    )

    chosen = cover_requests(COVER_REQUESTS)
    bench_cover(chosen[:2])  # warm up
    cover = bench_cover(chosen)
    p50, p95 = statistics.median(cover["times"]), percentile(cover["times"], 0.95)
    print(
        f"\nCover of one request (fewest people), {len(chosen)} requests with "
        f"{min(cover['candidates'])}-{max(cover['candidates'])} candidates "
        f"(median {statistics.median(cover['candidates']):.0f})"
    )
    print(
        f"  cover_for_request: p50 {p50:.1f} ms, p95 {p95:.1f} ms; p95 "
        f"{verdict(p95, TARGETS_MS['cover'])}, target {TARGETS_MS['cover']:.0f} ms"
    )
    print(
        f"  methods: {', '.join(sorted(set(cover['methods'])))}; largest gap to the LP bound "
        f"{100 * max(cover['gaps']):.1f} %"
    )

    started = time.perf_counter()
    small_matrix = offer_cache.offer_matrix(_first(matchable, args.small_availabilities))
    small = bench_round(
        _first(open_requests, args.small_requests),
        small_matrix,
        time.perf_counter() - started,
        time_limit=rounds.TIME_LIMIT,
    )
    print_round("Small round", small, TARGETS_MS["small round"])
    if not args.skip_large_round:
        large = bench_round(open_requests, matrix, build_seconds, time_limit=rounds.TIME_LIMIT)
        print_round("Large round", large, TARGETS_MS["large round"])


if __name__ == "__main__":
    main()
