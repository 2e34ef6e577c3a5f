"""News pages saved as their publishers' CMSs render them: each invented page of tests/data/html/
gives its news item(s) with title, date and publisher, and none of the furniture around them."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from icgraph.cli import cli
from icgraph.model import NewsItem
from icgraph.read import READERS, ReadProblem, read_source

PAGES = Path(__file__).resolve().parent / "data" / "html"


@dataclass(frozen=True)
class Expected:
    title: str
    published: date
    publisher: str
    opening: str  # the first words of the text
    paragraphs: int
    id: str | None = None  # the canonical URL or the listing's link, when the page gives one


@dataclass(frozen=True)
class Page:
    file: str
    items: tuple[Expected, ...]
    furniture: tuple[str, ...]  # boilerplate of the page that must not reach any item's text


CASES = [
    Page(
        "ministry-press-release.html",  # a ministry's press release: cookie banner, byline, caption, related news
        (Expected("Foreign Minister meets Japanese counterpart", date(2026, 2, 11), "Ministry of Foreign Affairs of Ghana",
                  "The Minister for Foreign Affairs and Regional Integration, Hon. Kwame Asante, held bilateral talks", 3),),
        ("cookies", "Accept all", "About the Ministry", "Press releases", "Posted on", "Press Office", "Share on Facebook",
         "Tweet", "(right) with", "Related news", "Ambassador of Germany", "All rights reserved", "Follow us"),
    ),
    Page(
        "un-agency-news.html",  # a UN agency's Drupal page: language switcher, caption, share bar, tags, related teasers, sidebar
        (Expected("UNESCO and Peru agree to protect Andean archives", date(2025, 4, 8), "UNESCO",
                  "The Assistant Director-General for Culture of UNESCO, Marisol Quenta, met the Minister of Culture of Peru", 3,
                  "https://www.unesco.example.org/en/articles/unesco-and-peru-agree-protect-andean-archives"),),
        ("Skip to main content", "Français", "Press release", "3 min read", "Paper archives", "Share this article",
         "LinkedIn", "Tags", "Related stories", "heritage list", "rural libraries", "Most read", "newsletter", "Terms of use",
         "cookies"),
    ),
    Page(
        "wordpress-embassy.html",  # an embassy's WordPress post: byline, share buttons, tags, post navigation, comments, form
        (Expected("Ambassador presents credentials to the President of Kenya", date(2025, 6, 3), "Embassy of Brazil in Nairobi",
                  "The Ambassador of Brazil to Kenya, Otavio Lacerda, presented his letters of credence", 3,
                  "https://nairobi.embassy.example.org/2025/06/03/ambassador-presents-credentials/"),),
        ("Skip to the content", "Consular services", "admin", "Comments", "Share this", "Twitter", "Facebook", "Related",
         "credentials,", "national day", "Wanjiru", "Congratulations", "Saturdays", "Leave a Reply", "email address",
         "Recent Posts", "WordPress"),
    ),
    Page(
        "sharepoint-government.html",  # a SharePoint government page: ribbon, breadcrumb, side navigation, rich-text divs, rating
        (Expected("Minister for Trade receives Finnish business delegation", date(2025, 3, 12), "Ministry of Trade and Industry",
                  "The Minister for Trade and Industry, Samir Haddad, received on 11 March 2025 a delegation", 3),),
        ("Sign In", "official website", "Accessibility", "Media Centre", "E-Services", "Home", "Speeches", "12/03/2025",
         "Share:", "Print", "helpful", "Site map", "All rights reserved", "Last modified"),
    ),
    Page(
        "drupal-field-item.html",  # the article in <div class="field-item">, no <article>: sidebar menu, downloads, print link
        (Expected("Council adopts conclusions on the Sahel", date(2024, 11, 18), "Council of the European Union",
                  "The Council adopted on 18 November 2024 conclusions on the Sahel", 3,
                  "https://www.council.example.int/en/news/council-adopts-conclusions-sahel"),),
        ("Skip to main content", "Français", "Press releases", "In this section", "Downloads", "PDF", "Printer-friendly",
         "Rue de la Loi", "press office"),
    ),
    Page(
        "news-listing.html",  # a newsroom listing two <article> teasers under "Latest news"
        (Expected("Secretary General meets Foreign Minister of Uruguay", date(2025, 10, 2), "Organization of American States",
                  "The Secretary General of the Organization, Renata Aguirre, met the Minister of Foreign Affairs of Uruguay", 1,
                  "https://www.oas.example.org/news/2025/secretary-general-meets-foreign-minister-of-uruguay"),
         Expected("Permanent Council approves electoral observation mission to Bolivia", date(2025, 9, 30),
                  "Organization of American States", "The Permanent Council approved on 29 September 2025", 1,
                  "https://www.oas.example.org/news/2025/permanent-council-approves-observation-mission")),
        ("Latest news", "cookies", "Newsroom", "Next page", "Constitution Ave"),
    ),
    Page(
        "drupal-views-listing.html",  # a listing of <div class="views-row"> teasers (no <article>), each date in a <span class="date">
        (Expected("Foreign Minister met his Latvian counterpart", date(2025, 5, 14), "Ministry of Foreign Affairs of Estonia",
                  "Foreign Minister Kalev Tamm met the Minister of Foreign Affairs of Latvia", 1,
                  "https://vm.example.ee/en/news/foreign-minister-met-latvian-counterpart"),
         Expected("Estonia and Japan signed a working holiday agreement", date(2025, 5, 12), "Ministry of Foreign Affairs of Estonia",
                  "The Ambassador of Japan, Hiroshi Kato, and Secretary General Maarja Ots signed", 1,
                  "https://vm.example.ee/en/news/estonia-and-japan-signed-agreement"),
         Expected("Minister opened an exhibition on Baltic diplomacy", date(2025, 5, 9), "Ministry of Foreign Affairs of Estonia",
                  "Foreign Minister Kalev Tamm opened an exhibition", 1, "https://vm.example.ee/en/news/minister-opened-exhibition")),
        ("Skip to main content", "Eesti", "Press releases", "14.05.2025", "12.05.2025", "Older press releases", "Islandi",
         "Follow us"),
    ),
    Page(
        "press-release-sections.html",  # one release in <div class="section">s with subheadings, its date a line above them, related teasers
        (Expected("Minister of Culture receives Director-General of ICCROM", date(2026, 3, 12), "Ministry of Culture of Jordan",
                  "The meeting\n\nThe Minister of Culture, Haifa Nasser, received on Wednesday the Director-General of ICCROM", 4),),
        ("Media centre", "12 March 2026", "Related news", "book fair", "Jerash", "All rights reserved"),
    ),
    Page(
        "jsonld-newsarticle.html",  # metadata in JSON-LD NewsArticle only: publisher.name, datePublished (and dateModified)
        (Expected("Chairperson receives Prime Minister of Ethiopia", date(2025, 9, 14), "African Union Commission",
                  "Addis Ababa, 13 September 2025: The Chairperson of the African Union Commission, Amara Keita", 3),),
        ("Français", "Newsroom", "14 September 2025", "Tags:", "Upcoming events", "Executive Council", "Follow us",
         "Copyright", "Roosevelt Street", "Directorate of Information"),
    ),
]


def read(path: Path) -> tuple[list[NewsItem], list[ReadProblem]]:
    results = list(read_source(path))
    return [r for r in results if isinstance(r, NewsItem)], [r for r in results if isinstance(r, ReadProblem)]


@pytest.mark.parametrize("page", CASES, ids=[case.file for case in CASES])
def test_a_cms_page_gives_its_news_with_metadata_and_without_furniture(page):
    items, problems = read(PAGES / page.file)
    assert problems == []
    assert [item.title for item in items] == [expected.title for expected in page.items]
    for item, expected in zip(items, page.items):
        assert (item.published, item.publisher) == (expected.published, expected.publisher)
        assert item.text.startswith(expected.opening)
        assert len(item.text.split("\n\n")) == expected.paragraphs, item.text
        if expected.id:
            assert item.id == item.url == expected.id
        for furniture in page.furniture:
            assert furniture not in item.text, furniture


def test_a_page_item_is_placed_at_its_headline_and_keeps_its_id(tmp_path):
    path = tmp_path / "press.html"
    path.write_text((PAGES / "ministry-press-release.html").read_text(encoding="utf-8"), encoding="utf-8")
    [first], _ = read(path)
    [again], _ = read(path)
    assert first.origin == f"{path} line 11"  # the <h1>
    assert first.id == again.id and len(first.id) == 16  # no canonical URL: the stable hash of title and text


def test_the_publisher_is_the_part_of_the_title_that_is_not_the_headline():
    page = (
        "<html><head><title>Embassy of Chile in Rome - Ambassador visits the Senate</title></head><body>"
        "<h1>Ambassador visits the Senate</h1>"
        "<p>The Ambassador of Chile, Tomas Ferrer, visited the Italian Senate on 4 March 2025 and met its President.</p>"
        "</body></html>"
    )
    [item] = READERS["html"].read(page, "visit.html")
    assert (item.title, item.publisher) == ("Ambassador visits the Senate", "Embassy of Chile in Rome")
    assert item.text == "The Ambassador of Chile, Tomas Ferrer, visited the Italian Senate on 4 March 2025 and met its President."


def test_a_site_name_that_is_a_url_or_host_name_is_no_publisher():
    page = (
        '<html><head><title>Minister opens trade fair</title>'
        '<meta property="article:publisher" content="https://www.facebook.com/mincom">'
        '<link rel="canonical" href="https://mincom.gov.example/news/7"></head><body>'
        "<h1>Minister opens trade fair</h1>"
        "<p>The Minister of Commerce, Ines Varga, opened the international trade fair in Budapest on 2 March 2025.</p>"
        "</body></html>"
    )
    [item] = READERS["html"].read(page, "fair.html")
    assert item.publisher is None and item.id == "https://mincom.gov.example/news/7"


@pytest.mark.parametrize("handle_meta", [
    '<meta name="twitter:site" content="@MinComHU">',
    '<meta property="og:site_name" content="@MinComHU">',
])
def test_a_social_media_handle_is_no_publisher(handle_meta):
    page = (
        f"<html><head><title>Minister opens trade fair | Ministry of Commerce of Hungary</title>{handle_meta}</head><body>"
        "<h1>Minister opens trade fair</h1>"
        "<p>The Minister of Commerce, Ines Varga, opened the international trade fair in Budapest on 2 March 2025.</p>"
        "</body></html>"
    )
    [item] = READERS["html"].read(page, "fair.html")
    assert item.publisher == "Ministry of Commerce of Hungary"


def nested_page(tmp_path, depth: int) -> Path:
    article = ("<h1>Minister meets ambassador</h1><p>The Minister of Foreign Affairs of Chile, Ana Soto, met the "
               "Ambassador of Spain in Santiago on 3 March 2025 to discuss trade.</p>")
    path = tmp_path / "deep.html"
    path.write_text(f"<html><head><title>Minister meets ambassador</title></head><body>{'<div>' * depth}{article}"
                    f"{'</div>' * depth}</body></html>", encoding="utf-8")
    return path


def test_a_page_nested_deeper_than_libxml2s_default_limit_gives_its_article(tmp_path):
    items, problems = read(nested_page(tmp_path, 300))  # page builders nest <div>s deeper than 255 elements
    assert [item.title for item in items] == ["Minister meets ambassador"] and problems == []


def test_a_page_nested_too_deep_to_read_is_one_problem_naming_it(tmp_path):
    path = nested_page(tmp_path, 20000)
    items, problems = read(path)
    assert items == [] and [problem.origin for problem in problems] == [str(path)]


def test_a_fragment_without_a_title_of_its_own_is_split_like_a_text_page():
    fragment = (
        "<h3>Museum opens wing</h3>"
        "<p>The National Museum opened a new wing on 3 May 2024 in the presence of the Minister of Culture.</p>"
        "<h3>Embassy hosts reception</h3>"
        "<p>The Embassy of Portugal hosted a reception on 10 June 2024 to celebrate the national day of the country.</p>"
    )
    items = list(READERS["html"].read(fragment, "snippet.html"))
    assert [item.title for item in items] == ["Museum opens wing", "Embassy hosts reception"]
    assert items[1].text.startswith("The Embassy of Portugal hosted a reception")


def test_a_page_whose_only_text_is_furniture_has_no_item(tmp_path):
    path = tmp_path / "contact.html"
    path.write_text(
        "<html><head><title>Contact | Ministry of Culture</title></head><body><nav>Home</nav>"
        "<h1>Contact</h1><p>Write to us.</p><footer>All rights reserved.</footer></body></html>"
    )
    items, problems = read(path)
    assert items == [] and [str(p) for p in problems] == [f"{path}: no news items found (read as html)"]


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> Path:
    """A store into which `icgraph ingest` read the ministry's and the UN agency's pages."""
    store = tmp_path_factory.mktemp("pages") / "store"
    pages = [str(PAGES / "ministry-press-release.html"), str(PAGES / "un-agency-news.html")]
    result = CliRunner().invoke(cli, ["ingest", "-q", "--store", str(store), *pages])
    assert result.exit_code == 0, result.output
    assert "2 items read, 2 stored, 0 quarantined, 0 problems" in result.stderr
    return store


def query_rows(store: Path, name: str) -> list[dict[str, str]]:
    result = CliRunner().invoke(cli, ["query", name, "--store", str(store), "--format", "csv"])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def meetings(store: Path) -> set[tuple[str, str, str, str]]:
    return {(*sorted((row["aLabel"], row["bLabel"])), row["date"], row["placeLabel"]) for row in query_rows(store, "who-met-whom")}


def test_ingesting_a_cms_page_stores_the_meeting_it_reports(ingested):
    assert ("Marisol Quenta", "Teodoro Huaman", "2025-04-07", "Paris") in meetings(ingested)


def test_the_publisher_a_page_names_in_its_title_gives_its_ministers_their_state(ingested):
    posts = {(row["personLabel"], row["organizationLabel"]) for row in query_rows(ingested, "posts")}
    assert ("Kwame Asante", "Ghana") in posts and ("Haruto Kimura", "Japan") in posts


def test_ingesting_the_press_release_stores_the_two_ministers_meeting(ingested):
    assert ("Haruto Kimura", "Kwame Asante", "2026-02-10", "Accra") in meetings(ingested)
