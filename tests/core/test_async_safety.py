"""Django's async-safety check is on for the suite: the browser tests lift it only while
each of them runs (tests/browser/conftest.py), so this file, collected after them, sees it."""

import asyncio

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import SynchronousOnlyOperation

pytestmark = pytest.mark.django_db


def test_a_synchronous_orm_call_inside_an_event_loop_is_refused():
    async def inside_a_loop():
        with pytest.raises(SynchronousOnlyOperation):
            get_user_model().objects.count()

    asyncio.run(inside_a_loop())


def test_a_synchronous_orm_call_outside_an_event_loop_works():
    assert get_user_model().objects.count() >= 1
