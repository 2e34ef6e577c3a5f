"""Hand-made Resolution records for the build and validation tests (no NLP involved)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from icgraph.model import (
    Agreement,
    AgreementKind,
    Entity,
    EntityKind,
    Event,
    EventKind,
    Evidence,
    Extraction,
    Membership,
    NewsItem,
    OrgType,
    Participation,
    Post,
    Resolution,
    ResolvedEntity,
    Role,
)

TEXT = (
    "Dr. Salim M. AlMalik, Director-General of ICESCO, received Mr. Mohamed Ould Amar, Minister of "
    "Culture of Mauritania, at ICESCO headquarters in Rabat on Friday, April 18, 2025. "
    "ICESCO and UNDP signed a Memorandum of Understanding on April 11, 2025, signed by AlMalik and "
    "Abdallah Al Dardari. Mauritania is a member state of ICESCO."
)


def span(fragment: str, confidence: float = 0.9) -> Evidence:
    start = TEXT.index(fragment)
    return Evidence(quote=fragment, start=start, end=start + len(fragment), confidence=confidence)


MEETING_SENTENCE = TEXT.split(". ICESCO and UNDP")[0] + "."
SIGNING_SENTENCE = "ICESCO and UNDP signed a Memorandum of Understanding on April 11, 2025, signed by AlMalik and Abdallah Al Dardari."
MEMBER_SENTENCE = "Mauritania is a member state of ICESCO."

ENTITIES = (
    Entity("e1", EntityKind.PERSON, "Salim M. AlMalik", aliases=("AlMalik",)),
    Entity("e2", EntityKind.PERSON, "Mohamed Ould Amar"),
    Entity("e3", EntityKind.ORGANIZATION, "ICESCO", org_type=OrgType.INTERGOVERNMENTAL),
    Entity("e4", EntityKind.COUNTRY, "Mauritania", iso_code="MRT"),
    Entity("e5", EntityKind.PLACE, "Rabat", country="e8"),
    Entity("e6", EntityKind.ORGANIZATION, "UNDP", org_type=OrgType.INTERGOVERNMENTAL),
    Entity("e7", EntityKind.PERSON, "Abdallah Al Dardari"),
    Entity("e8", EntityKind.COUNTRY, "Morocco", iso_code="MAR"),
    Entity("e9", EntityKind.ORGANIZATION, "Ministry of Culture", org_type=OrgType.GOVERNMENT, country="e4"),
)

IDS = {
    "e1": "person/salim-m-almalik",
    "e2": "person/mohamed-ould-amar",
    "e3": "organization/icesco",
    "e4": "country/mrt",
    "e5": "place/rabat",
    "e6": "organization/undp",
    "e7": "person/abdallah-al-dardari",
    "e8": "country/mar",
    "e9": "organization/mauritania-ministry-of-culture",
}

RESOLVED = (
    ResolvedEntity("person/salim-m-almalik", EntityKind.PERSON, "Salim M. AlMalik", aliases=("AlMalik", "Salim Al-Malik")),
    ResolvedEntity("person/mohamed-ould-amar", EntityKind.PERSON, "Mohamed Ould Amar"),
    ResolvedEntity(
        "organization/icesco",
        EntityKind.ORGANIZATION,
        "Islamic World Educational, Scientific and Cultural Organization",
        aliases=("ICESCO",),
        org_type=OrgType.INTERGOVERNMENTAL,
        country="country/mar",
    ),
    ResolvedEntity("country/mrt", EntityKind.COUNTRY, "Mauritania", iso_code="MRT"),
    ResolvedEntity("place/rabat", EntityKind.PLACE, "Rabat", country="country/mar"),
    ResolvedEntity(
        "organization/undp",
        EntityKind.ORGANIZATION,
        "United Nations Development Programme",
        aliases=("UNDP",),
        org_type=OrgType.INTERGOVERNMENTAL,
    ),
    ResolvedEntity("person/abdallah-al-dardari", EntityKind.PERSON, "Abdallah Al Dardari"),
    ResolvedEntity("country/mar", EntityKind.COUNTRY, "Morocco", aliases=("Kingdom of Morocco",), iso_code="mar"),
    ResolvedEntity(
        "organization/mauritania-ministry-of-culture",
        EntityKind.ORGANIZATION,
        "Ministry of Culture of Mauritania",
        org_type=OrgType.GOVERNMENT,
        country="country/mrt",
    ),
)

MEETING = Event(
    key="v1",
    kind=EventKind.RECEPTION,
    participations=(Participation("e1", Role.HOST), Participation("e2", Role.GUEST)),
    evidence=span(MEETING_SENTENCE),
    start=date(2025, 4, 18),
    place="e5",
    venue="ICESCO headquarters",
)

SIGNING = Event(
    key="v2",
    kind=EventKind.SIGNING,
    participations=(Participation("e1", Role.SIGNATORY), Participation("e7", Role.SIGNATORY)),
    evidence=span(SIGNING_SENTENCE, 0.8),
    start=date(2025, 4, 11),
)

MOU = Agreement(
    key="a1",
    kind=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
    parties=("e3", "e6"),
    evidence=span(SIGNING_SENTENCE, 0.8),
    signatories=("e1", "e7"),
    date=date(2025, 4, 11),
)

POSTS = (
    Post("e1", "Director-General", "e3", span("Dr. Salim M. AlMalik, Director-General of ICESCO")),
    Post("e2", "Minister of Culture", "e4", span("Mr. Mohamed Ould Amar, Minister of Culture of Mauritania")),
)

ITEM = NewsItem(
    id="https://icesco.example.org/en/2025/04/18/visit",
    text=TEXT,
    title="ICESCO Director-General receives Mauritanian Minister of Culture",
    url="https://icesco.example.org/en/2025/04/18/visit",
    publisher="ICESCO",
    published=date(2025, 4, 19),
    origin="fixture line 1",
)


def sample_resolution(**changes) -> Resolution:
    """The sample item: a reception, a signing, an MoU, two posts and a state membership.
    Keyword arguments replace fields of the Extraction (events=…, posts=…)."""
    extraction = Extraction(
        item=ITEM,
        entities=ENTITIES,
        posts=POSTS,
        events=(MEETING, SIGNING),
        agreements=(MOU,),
        memberships=(Membership("e4", "e3", span(MEMBER_SENTENCE)),),
    )
    return Resolution(extraction=replace(extraction, **changes), ids=dict(IDS), entities=RESOLVED)


def other_item_resolution(item_id: str = "other-item", participations=None) -> Resolution:
    """A second item (another publisher, other wording) reporting the same reception."""
    text = "Minister Mohamed Ould Amar met ICESCO chief Salim AlMalik in Rabat on 18 April 2025."
    event = Event(
        key="x1",
        kind=EventKind.RECEPTION,
        participations=participations or (Participation("a", Role.GUEST), Participation("b", Role.HOST)),
        evidence=Evidence(quote=text, start=0, end=len(text), confidence=0.7),
        start=date(2025, 4, 18),
    )
    extraction = Extraction(
        item=NewsItem(id=item_id, text=text, publisher="Other news", published=date(2025, 4, 20)),
        entities=(Entity("a", EntityKind.PERSON, "Mohamed Ould Amar"), Entity("b", EntityKind.PERSON, "Salim AlMalik")),
        events=(event,),
    )
    return Resolution(
        extraction=extraction,
        ids={"a": "person/mohamed-ould-amar", "b": "person/salim-m-almalik"},
        entities=RESOLVED[:2],
    )
