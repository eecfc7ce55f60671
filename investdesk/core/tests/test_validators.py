import pytest

from investdesk.core.validators import is_valid_inn, is_valid_ogrn


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("7707083893", True),
        ("7707083894", False),
        ("500100732259", True),
        ("500100732258", False),
        ("12345", False),
    ],
)
def test_inn(value, valid):
    assert is_valid_inn(value) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [("1027700132195", True), ("1027700132196", False), ("304500116000157", True)],
)
def test_ogrn(value, valid):
    assert is_valid_ogrn(value) is valid


@pytest.mark.django_db
def test_sqlite_and_postgresql_fold_cyrillic_case_alike():
    from investdesk.organisations.models import Organisation

    Organisation.objects.create(name="Деловая Россия", kind="business_association")
    assert Organisation.objects.filter(name__icontains="деловая").count() == 1
    assert Organisation.objects.filter(name__iexact="ДЕЛОВАЯ РОССИЯ").count() == 1
    assert Organisation.objects.filter(name__icontains="100%").count() == 0
