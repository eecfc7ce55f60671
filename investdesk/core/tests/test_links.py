"""Record links without a reverse() each are the links reverse() writes."""

import pytest
from django.urls import NoReverseMatch, reverse, set_script_prefix

from investdesk.core.links import pk_link, pk_url


@pytest.mark.parametrize("viewname", ["projects:detail", "organisations:detail", "tasks:status"])
def test_pk_url_equals_reverse(viewname):
    for pk in (1, 42, 10**12):
        assert pk_url(viewname, pk) == reverse(viewname, args=[pk]) == pk_link(viewname)(pk)


def test_pk_url_follows_the_script_prefix():
    try:
        set_script_prefix("/investdesk/")
        assert (
            pk_url("people:detail", 7)
            == "/investdesk/people/7/"
            == reverse("people:detail", args=[7])
        )
    finally:
        set_script_prefix("/")
    assert pk_url("people:detail", 7) == "/people/7/"


def test_pk_url_refuses_an_unsaved_record_like_reverse():
    with pytest.raises(NoReverseMatch):
        pk_url("people:detail", None)
