"""What a server process does once it has loaded: its code and settings stay for its whole
life, so they are handed to the garbage collector's permanent generation.

A process of this site holds about 240,000 objects after start-up (Django, Wagtail and the
apps). Python's full collections walk all of them: a quarter of a second each on a 2-core
machine, now and then in the middle of a request (measured in `bench/matching.py`: the slowest
rankings of a run were those pauses). Frozen, they are no longer walked.
"""

import gc


def freeze_loaded_objects() -> None:
    """Load the URL configuration (with it every view), collect once, then freeze."""
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018  (imports every view module)
    gc.collect()
    gc.freeze()
