"""Readers split inputs into items, drop site furniture and report bad input with its place."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from icgraph.model import NewsItem
from icgraph.read import READERS, ReadProblem, detect_format, read_source

SHARED = Path(__file__).resolve().parents[2] / "shared"
SAMPLE_PAGE = SHARED / "corpus" / "000_9d4d6b1e05b12518.txt"


def items_and_problems(source, fmt=None):
    results = list(read_source(source, fmt))
    return (
        [r for r in results if isinstance(r, NewsItem)],
        [r for r in results if isinstance(r, ReadProblem)],
    )


def test_sample_page_splits_into_its_ten_items_without_furniture():
    items, problems = items_and_problems(SAMPLE_PAGE)
    assert problems == []
    gold = json.loads((SHARED / "gold" / "000_9d4d6b1e05b12518.gold.json").read_text())
    assert [item.title for item in items] == [article["title"] for article in gold["articles"]]
    page_text = "\n".join(item.text for item in items)
    for furniture in ("Google Translate", "User Feedback", "satisfied are you", "Extremely Dissatisfied"):
        assert furniture not in page_text


def test_bullet_lists_and_subheadings_stay_in_their_item():
    page = (
        "Museum Opens New Wing Dedicated to Maritime History\n\n"
        "The National Museum opened a new wing on 3 May 2024 in the presence of the Minister of Culture.\n\n"
        "Visitors can see:\n\n"
        "• ancient navigation instruments;\n"
        "• ship models from three centuries.\n\n"
        "Opening Hours:\n\n"
        "• Daily from 9:00 to 17:00\n\n"
        "Embassy Hosts Reception for National Day\n\n"
        "The Embassy of Portugal hosted a reception on 10 June 2024 to celebrate the national day of the country.\n"
    )
    items = [r for r in READERS["page"].read(page, "page.txt")]
    assert [item.title for item in items] == [
        "Museum Opens New Wing Dedicated to Maritime History",
        "Embassy Hosts Reception for National Day",
    ]
    assert "• ship models from three centuries." in items[0].text
    assert "Opening Hours:" in items[0].text and "Daily from 9:00" in items[0].text
    assert "Embassy" not in items[0].text


def test_page_item_ids_are_stable_and_distinct():
    first, _ = items_and_problems(SAMPLE_PAGE)
    second, _ = items_and_problems(SAMPLE_PAGE)
    assert [i.id for i in first] == [i.id for i in second]
    assert len({i.id for i in first}) == len(first)


def test_jsonl_fields_are_read_and_dates_parsed(dev_news):
    items, problems = items_and_problems(dev_news)
    assert problems == [] and len(items) == 29
    by_id = {item.id: item for item in items}
    item = by_id["urdupoint-006"]
    assert item.published == date(2019, 9, 18)
    assert item.title.startswith("Russia, UNICEF Sign")
    assert item.url.startswith("https://www.urdupoint.com/")
    assert item.origin.endswith("dev-news.jsonl line 6")
    assert by_id["gifiip-001"].title is None


def test_jsonl_item_without_id_gets_its_url_then_a_hash(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(
        json.dumps({"url": "https://example.org/n/1", "text": "The Council met in Brussels on 2 May 2024."}) + "\n"
        + json.dumps({"title": "T", "text": "The Council met in Brussels on 3 May 2024."}) + "\n"
    )
    items, _ = items_and_problems(path)
    assert items[0].id == "https://example.org/n/1"
    assert len(items[1].id) == 16


def test_bad_lines_are_reported_with_their_line_and_good_items_kept(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        '{"id": "a", "text": "The Minister received the Ambassador of Chile on 2 May 2024."}\n'
        '{"id": "b", "text": \n'
        '["not", "an", "object"]\n'
        '{"id": "c", "title": "No text here", "text": "   "}\n'
        '{"id": "d", "published": "last week", "text": "Some text."}\n'
        '{"id": "e", "text": "The Director met the delegation of Peru on 4 May 2024."}\n'
    )
    items, problems = items_and_problems(path)
    assert [item.id for item in items] == ["a", "e"]
    messages = [str(problem) for problem in problems]
    assert messages[0].startswith(f"{path} line 2: malformed JSON")
    assert messages[1] == f"{path} line 3: expected a JSON object, found list"
    assert messages[2] == f"{path} line 4: item has no text"
    assert messages[3].startswith(f"{path} line 5: published is not an ISO date")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty input, no news items"),
        (b"   \n\n  ", "empty input, no news items"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not a news page or JSON Lines file"),
        (b"\xff\xfe\xfa broken", "not UTF-8 text"),
        (b"a,b,c\n1,2,3\n", "unknown format"),
    ],
)
def test_unreadable_inputs_give_one_problem_naming_the_file(tmp_path, content, message):
    path = tmp_path / "input.dat"
    path.write_bytes(content)
    items, problems = items_and_problems(path)
    assert items == []
    assert len(problems) == 1
    assert problems[0].origin == str(path)
    assert problems[0].message.startswith(message)


def test_missing_file_is_a_problem_not_a_crash(tmp_path):
    items, problems = items_and_problems(tmp_path / "nope.jsonl")
    assert items == [] and "cannot read" in problems[0].message


def test_format_can_be_forced(tmp_path):
    path = tmp_path / "news.data"
    path.write_text('{"id": "x", "text": "The Secretary-General met the President of Chile on 1 May 2024."}\n')
    items, problems = items_and_problems(path, fmt="jsonl")
    assert problems == [] and items[0].id == "x"
    _, problems = items_and_problems(path, fmt="rss")
    assert "unknown format 'rss'" in problems[0].message


ARTICLE_HTML = """<!doctype html>
<html><head>
<title>Site</title>
<link rel="canonical" href="https://ministry.example.org/news/42">
<meta property="og:site_name" content="Ministry of Foreign Affairs">
<meta property="article:published_time" content="2024-03-05T10:00:00+01:00">
</head><body>
<nav><ul><li>Home</li><li>News</li></ul></nav>
<header><p>Skip to content. This website uses cookies to improve your experience.</p></header>
<main>
<h1>Foreign Minister Receives Ambassador of Chile</h1>
<p>The Minister of Foreign Affairs received on 4 March 2024 the Ambassador of Chile, who presented a copy of his credentials.</p>
<p>The two sides discussed cooperation in trade and culture.</p>
<ul><li>trade</li><li>culture</li></ul>
</main>
<footer><p>Copyright 2024. All rights reserved by the ministry of this country.</p></footer>
<script>var tracking = "Minister met nobody";</script>
</body></html>"""


def test_html_article_page_gives_one_item_with_its_metadata(tmp_path):
    path = tmp_path / "article.html"
    path.write_text(ARTICLE_HTML)
    items, problems = items_and_problems(path)
    assert problems == []
    [item] = items
    assert item.title == "Foreign Minister Receives Ambassador of Chile"
    assert item.id == item.url == "https://ministry.example.org/news/42"
    assert item.publisher == "Ministry of Foreign Affairs"
    assert item.published == date(2024, 3, 5)
    assert item.text.startswith("The Minister of Foreign Affairs received on 4 March 2024")
    assert "• culture" in item.text
    for noise in ("cookies", "Copyright", "tracking", "Home"):
        assert noise not in item.text


def test_html_listing_with_articles_gives_one_item_each(tmp_path):
    path = tmp_path / "listing.htm"
    path.write_text(
        "<html><body>"
        '<article><h2>University Signs Agreement with Museum</h2><time datetime="2024-02-01">1 Feb</time>'
        "<p>The University and the City Museum signed an agreement on 1 February 2024 in Lisbon.</p></article>"
        '<article><h2>Council Holds Session</h2><a href="https://council.example.org/s/9">more</a>'
        "<p>The Council held its ordinary session in Geneva on 2 February 2024 under the chair of Brazil.</p></article>"
        "</body></html>"
    )
    items, _ = items_and_problems(path)
    assert [item.title for item in items] == ["University Signs Agreement with Museum", "Council Holds Session"]
    assert items[0].published == date(2024, 2, 1)
    assert items[1].id == "https://council.example.org/s/9"


RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Regional Organization News</title>
<item><title>Secretary-General Meets Minister of Ghana</title><link>https://org.example.int/n/1</link>
<guid>org-n-1</guid><pubDate>Tue, 07 May 2024 09:00:00 GMT</pubDate>
<description>&lt;p&gt;The Secretary-General met the Minister of Foreign Affairs of Ghana on 6 May 2024 in Accra.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://org.example.int/n/2</link><description></description></item>
</channel></rss>"""


def test_rss_feed_gives_one_item_per_entry_and_reports_empty_ones(tmp_path):
    path = tmp_path / "news.rss"
    path.write_text(RSS)
    items, problems = items_and_problems(path)
    [item] = items
    assert item.id == "org-n-1"
    assert item.publisher == "Regional Organization News"
    assert item.published == date(2024, 5, 7)
    assert item.text == "The Secretary-General met the Minister of Foreign Affairs of Ghana on 6 May 2024 in Accra."
    assert [str(p) for p in problems] == [f"{path} entry 2: entry has no text"]


def test_every_registered_format_is_detected_from_content(tmp_path):
    samples = {"html": ARTICLE_HTML, "feed": RSS, "jsonl": '{"id": "a", "text": "x"}', "page": "A Title\n\nThe Council met in Geneva on 2 May 2024 and adopted a decision."}
    assert set(samples) == set(READERS)
    for name, content in samples.items():
        path = tmp_path / "input.unknownext"
        path.write_text(content)
        assert detect_format(str(path), content).name == name


def test_an_unterminated_declaration_is_read_past_and_an_empty_page_named(tmp_path):
    """'<![' without its end (which BeautifulSoup's parser refused) is a bogus comment to lxml."""
    path = tmp_path / "broken.html"
    path.write_text("<h2>Council Meets</h2><p>The Council met in Geneva on 2 May 2024 and adopted a decision.</p><![</p>")
    items, problems = items_and_problems(path, "html")
    assert problems == [] and [item.title for item in items] == ["Council Meets"]
    path.write_text("<![</p>")
    assert list(read_source(path, "html")) == [ReadProblem(str(path), "no news items found (read as html)")]


def test_a_feed_entry_with_an_unterminated_declaration_keeps_its_text(tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
        "<item><title>First</title><description><![CDATA[<p>The Council met in Geneva.</p>]]></description></item>"
        "<item><title>Second</title><description><![CDATA[<p>The Board met in Rome.</p><![</p>]]></description></item>"
        "</channel></rss>"
    )
    items, problems = items_and_problems(path, "feed")
    assert problems == [] and [item.title for item in items] == ["First", "Second"]
    assert items[0].text == "The Council met in Geneva."
    assert items[1].text.startswith("The Board met in Rome.")  # feedparser's sanitizer repeats it: its own fault


def test_control_characters_are_dropped_and_every_other_character_kept():
    """Readers drop exactly Unicode's control characters (category Cc) except line feed and tab."""
    import unicodedata

    from icgraph.read import repair_text

    everything = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    expected = "".join(ch for ch in everything if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    assert repair_text(everything) == expected
    assert repair_text("a\x00b\x7fc\x85d\re\tf\ng") == "abcde\tf\ng"


@pytest.mark.parametrize("declaration", [
    '<meta charset="windows-1252">',
    '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',  # read as browsers do: windows-1252
])
def test_a_page_in_the_encoding_it_declares_is_read_whole(tmp_path, declaration):
    path = tmp_path / "legacy.html"
    page = (
        f"<html><head>{declaration}<title>Ministère de la Culture – Réception</title></head><body>"
        "<h1>Réception à l’ambassade</h1>"
        "<p>La ministre de la Culture, Hélène Marchal, a reçu le 3 mars 2025 l’ambassadeur du Pérou, "
        "qui lui a remis un don de 20 000 €.</p></body></html>"
    )
    path.write_bytes(page.encode("cp1252"))
    items, problems = items_and_problems(path)
    assert problems == []
    [item] = items
    assert item.title == "Réception à l’ambassade"
    assert item.text == "La ministre de la Culture, Hélène Marchal, a reçu le 3 mars 2025 l’ambassadeur du Pérou, qui lui a remis un don de 20 000 €."
