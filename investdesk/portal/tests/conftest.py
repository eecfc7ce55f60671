import pytest


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Portal pages and the rate limit live in the cache: every test starts without them."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def directions(db):
    from investdesk.reference.models import Direction

    return {d.code: d for d in Direction.objects.all()}


@pytest.fixture
def public_site(db, directions):
    from investdesk.reference.models import Municipality
    from investdesk.sitecatalog.choices import SiteKind
    from investdesk.sitecatalog.services import site_create

    return site_create(
        name="ОЭЗ «Тестовая»",
        name_en="Test SEZ",
        name_zh="测试经济特区",
        description="Описание для всех",
        description_en="A description for everyone",
        description_zh="面向所有人的介绍",
        kind=SiteKind.SEZ,
        municipality=Municipality.objects.get(name="Нягань"),
        latitude="62.1",
        longitude="65.4",
        area_ha="100",
        free_area_ha="40",
        power_mw="20",
        has_gas=True,
        gas_m3h="500",
        has_rail=True,
        is_public=True,
        directions=[directions["quartz"]],
    )


@pytest.fixture
def hidden_site(db, directions):
    from investdesk.sitecatalog.choices import SiteKind
    from investdesk.sitecatalog.services import site_create

    return site_create(
        name="Закрытая площадка партнёра",
        kind=SiteKind.ENTERPRISE,
        free_area_ha="50",
        is_public=False,
        directions=[directions["quartz"]],
    )
