"""The extraction lexicon: the shipped defaults merged with what the database knows.

Administrators extend it in the admin: direction keywords, organisation aliases and the
site catalogue all feed the extractor, so a new alias takes effect on the next ingestion.
"""

from investdesk.organisations.models import Organisation, OrganisationAlias
from investdesk.people.models import Person
from investdesk.reference.models import DirectionKeyword, Municipality
from investdesk.sitecatalog.models import Site

from .lexicon import Lexicon

# Beyond this many organisations only those with aliases are shipped to the extractor:
# linking (not extraction) is what finds the rest, with a database query per mention.
MAX_LEXICON_ORGANISATIONS = 20_000


def lexicon_from_database() -> Lexicon:
    directions: dict[str, list[str]] = {}
    for code, phrase in DirectionKeyword.objects.values_list("direction__code", "phrase"):
        directions.setdefault(code, []).append(phrase)

    aliases: dict[int, list[str]] = {}
    for org_id, alias in OrganisationAlias.objects.values_list("organisation_id", "alias"):
        aliases.setdefault(org_id, []).append(alias)
    organisations = Organisation.objects.active()
    if organisations.count() > MAX_LEXICON_ORGANISATIONS:
        organisations = organisations.filter(pk__in=list(aliases))
    org_rows = [
        {
            "name": name,
            "kind": kind,
            "country": str(country),
            "aliases": [a for a in (*aliases.get(pk, []), original, short) if a],
        }
        for pk, name, kind, country, original, short in organisations.values_list(
            "pk", "name", "kind", "country", "name_original", "short_name"
        )
    ]
    site_rows = [
        {"name": name, "kind": kind, "municipality": municipality}
        for name, kind, municipality in Site.objects.values_list(
            "name", "kind", "municipality__name"
        )
    ]
    people_rows = [
        {
            "name": " ".join(p for p in (first, last) if p),
            "position": position,
            "organization": organisation,
        }
        for first, last, position, organisation in Person.objects.filter(
            is_archived=False
        ).values_list("first_name", "last_name", "position", "organisation__name")[
            :MAX_LEXICON_ORGANISATIONS
        ]
    ]
    database = Lexicon.from_records(
        directions=directions,
        organizations=org_rows,
        sites=site_rows,
        people=people_rows,
        municipalities=list(Municipality.objects.values_list("name", flat=True)),
    )
    return Lexicon.default().merged_with(database)
