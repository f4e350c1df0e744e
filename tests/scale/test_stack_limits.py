"""Limits and one-time tokens that several web processes must share live in Redis when it is configured.

Two limiter objects stand for two processes (each process builds its own at import): with Redis, a hit counted by
one is seen by the other; without it, each keeps its own memory (the laptop).
"""

from __future__ import annotations

import pytest

from alliance import sharedstate
from alliance.appointments.feed import FeedThrottled, RateLimit
from alliance.config import get_settings
from alliance.intake import botcheck
from tests.scale.services import borrow_redis_db, give_back_redis_db

pytestmark = pytest.mark.redis


@pytest.fixture
def shared_redis(monkeypatch):
    url, client = borrow_redis_db("alliance-test:stack-limits")
    monkeypatch.setattr(get_settings(), "redis_url", url)
    yield client
    give_back_redis_db(client)


def test_the_referral_limit_is_shared_by_processes(shared_redis):
    process_1, process_2 = botcheck.Window(3, 3600), botcheck.Window(3, 3600)
    process_1.hit("practice|198.51.100.7")
    process_2.hit("practice|198.51.100.7")
    process_1.hit("practice|198.51.100.7")
    with pytest.raises(botcheck.TooManyReferrals) as refused:
        process_2.hit("practice|198.51.100.7")
    assert 3500 < refused.value.retry_after <= 3600
    process_2.hit("practice|198.51.100.8")  # another address has its own count
    assert not any(b"198.51.100" in key for key in shared_redis.scan_iter("*"))  # addresses are hashed


def test_a_form_token_is_accepted_once_across_processes(shared_redis):
    process_1, process_2 = botcheck._Used(), botcheck._Used()
    assert process_1.claim("nonce-abc")
    assert not process_2.claim("nonce-abc")
    assert process_2.claim("nonce-def")
    assert 0 < shared_redis.ttl(next(shared_redis.scan_iter(sharedstate.PREFIX + "intake.form-token.*"))) \
        <= botcheck.MAX_AGE_SECONDS


def test_calendar_feed_limits_are_shared_and_kept_apart_per_feed(shared_redis):
    appointments_1, appointments_2 = RateLimit(2, name="appointments"), RateLimit(2, name="appointments")
    homework = RateLimit(2, name="homework")
    appointments_1.check("203.0.113.5")
    appointments_2.check("203.0.113.5")
    with pytest.raises(FeedThrottled):
        appointments_1.check("203.0.113.5")
    homework.check("203.0.113.5")  # the other feed counts apart


def test_without_redis_each_process_keeps_its_own_memory(monkeypatch):
    monkeypatch.setattr(get_settings(), "redis_url", None)
    process_1, process_2 = botcheck.Window(1, 3600), botcheck.Window(1, 3600)
    process_1.hit("k")
    process_2.hit("k")  # separate memories
    with pytest.raises(botcheck.TooManyReferrals):
        process_1.hit("k")
