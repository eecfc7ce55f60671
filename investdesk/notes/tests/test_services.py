import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from investdesk.accounts.choices import Role
from investdesk.core.services import ConcurrentUpdateError
from investdesk.engagements.tests.factories import make_engagement
from investdesk.notes.models import Note
from investdesk.notes.selectors import notes_of
from investdesk.notes.services import note_create, note_delete, note_update
from investdesk.notifications.choices import NotificationKind
from investdesk.notifications.models import Notification
from investdesk.organisations.tests.factories import make_organisation
from investdesk.projects.services import project_share
from investdesk.projects.tests.factories import make_project

pytestmark = pytest.mark.django_db


@pytest.fixture
def curator(make_user):
    return make_user(Role.CURATOR, username="curator")


def test_a_note_is_written_on_a_record_and_read_in_its_thread(curator):
    org = make_organisation()
    note = note_create(author=curator, target=org, text="  Звонил, пришлют документы к пятнице  ")
    assert note.text == "Звонил, пришлют документы к пятнице"
    assert note.target == org
    assert note.get_absolute_url() == f"{org.get_absolute_url()}#note-{note.pk}"
    assert list(notes_of(org)) == [note]


def test_an_empty_note_or_an_unnotable_record_is_refused(curator):
    with pytest.raises(ValidationError):
        note_create(author=curator, target=make_organisation(), text="   ")
    with pytest.raises(ValidationError):
        note_create(author=curator, target=curator, text="text")
    assert not Note.objects.exists()


def test_only_the_author_edits_and_the_author_or_an_admin_deletes(curator, make_user):
    other = make_user(Role.CURATOR, username="other")
    admin = make_user(Role.ADMIN, username="boss")
    org = make_organisation()
    note = note_create(author=curator, target=org, text="первый вариант")
    with pytest.raises(PermissionDenied):
        note_update(note=note, user=other, text="чужая правка")
    with pytest.raises(PermissionDenied):
        note_update(note=note, user=admin, text="правка администратора")
    with pytest.raises(PermissionDenied):
        note_delete(note=note, user=other)
    note = note_update(note=note, user=curator, text="второй вариант", expected_version=1)
    assert (note.text, note.version) == ("второй вариант", 2)
    assert note.edited_at is not None
    with pytest.raises(ConcurrentUpdateError):
        note_update(note=note, user=curator, text="по старой версии", expected_version=1)
    note_delete(note=note, user=admin)
    note.refresh_from_db()
    assert note.deleted_by == admin and note.deleted_at is not None
    assert list(notes_of(org)) == []
    with pytest.raises(PermissionDenied):  # a deleted note is not edited any more
        note_update(note=note, user=curator, text="воскрешение")


def test_partners_neither_read_nor_write_notes(make_user):
    partner = make_user(Role.PARTNER, username="partner")
    project = make_project()
    project_share(project=project, partners=[partner])
    with pytest.raises(PermissionDenied):
        note_create(author=partner, target=project, text="заметка партнёра")
    assert not Note.objects.exists()


def test_a_mention_notifies_once_per_note_after_commit(
    curator, make_user, django_capture_on_commit_callbacks
):
    petrov = make_user(Role.CURATOR, username="petrov")
    engagement = make_engagement()
    with django_capture_on_commit_callbacks(execute=True):
        note = note_create(
            author=curator, target=engagement, text="@petrov проверь, пожалуйста. @petrov!"
        )
    with django_capture_on_commit_callbacks(execute=True):
        note = note_update(note=note, user=curator, text="@petrov проверь сегодня")
    mentions = Notification.objects.filter(kind=NotificationKind.MENTION)
    assert [(n.recipient, n.url) for n in mentions] == [
        (petrov, f"{engagement.get_absolute_url()}#note-{note.pk}")
    ]
    assert "проверь, пожалуйста" in mentions[0].body


def test_nothing_is_notified_before_the_transaction_commits(
    curator, make_user, django_capture_on_commit_callbacks
):
    make_user(Role.CURATOR, username="petrov")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        note_create(author=curator, target=make_organisation(), text="@petrov")
    assert len(callbacks) == 1
    assert not Notification.objects.exists()


def test_a_mention_does_not_leak_the_record_to_who_cannot_see_it(
    curator, make_user, django_capture_on_commit_callbacks
):
    """A partner (even one the project is shared with) and a role-less account mentioned
    in a note get no notification: neither the text nor the record's name."""
    partner = make_user(Role.PARTNER, username="partner")
    make_user(username="nobody")
    make_user(Role.LEADERSHIP, username="leader")
    project = make_project(title="Секретный завод")
    project_share(project=project, partners=[partner])
    with django_capture_on_commit_callbacks(execute=True):
        note_create(author=curator, target=project, text="@partner @nobody @leader см. условия")
    assert list(Notification.objects.values_list("recipient__username", flat=True)) == ["leader"]
