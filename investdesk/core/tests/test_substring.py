"""The SQLite substring index (``core.substring``) narrows a search without changing what
it finds: each search here is compared with the same condition alone. On PostgreSQL the
narrowing is no condition at all, so the comparisons hold trivially."""

import pytest
from django.db.models import Q

from investdesk.core.autocomplete import words_match
from investdesk.core.substring import needles, substring_candidates
from investdesk.people.models import Person
from investdesk.people.services import person_create

pytestmark = pytest.mark.django_db

COLUMNS = ("last_name", "first_name", "patronymic", "name_original", "position")
TEXTS = [
    "ив",
    "Ив",
    "ИВАН",
    "иванова",
    "ов",
    "мар",
    "ива мар",
    "smith",
    "SMI",
    "o'",
    '"кв',
    "ёлкин",
    "Ё",
    "и",
    "50%",
    "a_b",
    "директор по",
    "нет такого",
    "(ив",
]


@pytest.fixture
def people() -> list[Person]:
    return [
        person_create(last_name="Иванова", first_name="Мария", position="Директор по развитию"),
        person_create(last_name="ИВАНОВ", first_name="Иван", patronymic="Иванович"),
        person_create(last_name="Сливина", first_name="Марина", name_original="Slivina"),
        person_create(last_name="Петров-Иванов", first_name="Олег"),
        person_create(last_name="Smith", first_name="John", name_original="O'Neil"),
        person_create(last_name="Ёлкин", first_name="Ив", position="Глава (Ивдель)"),
        person_create(last_name="Кварц", first_name='"Кварц"', position="50% a_b"),
        person_create(last_name="Ли", first_name="Ма"),
    ]


def _ids(condition: Q) -> set[int]:
    return set(Person.objects.filter(condition).values_list("pk", flat=True))


def _plain_icontains(text: str) -> Q:
    condition = Q()
    for word in text.split():
        found = Q()
        for column in COLUMNS:
            found |= Q(**{f"{column}__icontains": word})
        condition &= found
    return condition


@pytest.mark.parametrize("text", TEXTS)
def test_narrowing_keeps_the_matches(people, text):
    picker = words_match(text, "last_name", "first_name", "name_original")
    for limit in (None, 1, 1000):
        candidates = substring_candidates(Person, needles(text), limit=limit)
        assert _ids(candidates & picker) == _ids(picker)
    contains = _plain_icontains(text)
    candidates = substring_candidates(Person, needles(text, word_start=False))
    assert _ids(candidates & contains) == _ids(contains)


def test_the_index_follows_renames_and_deletions(people):
    def found(text: str) -> set[int]:
        return _ids(substring_candidates(Person, needles(text)) & _plain_icontains(text))

    person = people[0]
    assert person.pk in found("иванова")
    Person.objects.filter(pk=person.pk).update(last_name="Сидорова")
    assert person.pk not in found("иванова")
    assert person.pk in found("сидорова")
    Person.objects.filter(pk=person.pk).update(position="")
    assert person.pk not in found("развитию")
    Person.objects.filter(pk=person.pk).delete()
    assert found("сидорова") == set()
    added = person_create(last_name="Сидорова", first_name="Анна")
    assert found("сидорова") == {added.pk}
