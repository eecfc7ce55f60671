"""config.cache.RedisCache: Django's Redis cache, one client per pool."""

import pytest
import redis

from config.cache import RedisCache

LOCATION = "redis://127.0.0.1:6379/15"


@pytest.fixture
def cache():
    try:
        redis.Redis.from_url(LOCATION, socket_connect_timeout=1).ping()
    except redis.RedisError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    backend = RedisCache(LOCATION, {"KEY_PREFIX": "test-cache-backend"})
    yield backend
    backend.delete("key")  # not clear(): the database may be shared


def test_reuses_one_client_and_works(cache):
    assert cache._cache.get_client() is cache._cache.get_client(write=True)
    cache.set("key", {"a": 1}, 30)
    assert cache.get("key") == {"a": 1}
    assert cache.delete("key")
    assert cache.get("key") is None


def test_unreachable_redis_still_fails_as_before():
    backend = RedisCache(
        "redis://127.0.0.1:1/0", {"OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1}}
    )
    with pytest.raises(redis.ConnectionError):
        backend.get("key")
