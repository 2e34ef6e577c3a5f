"""Reading a query's SERVICE targets the way a SPARQL parser does (icgraph.outbound)."""

from __future__ import annotations

import pytest

from icgraph.outbound import OutboundRefused, check_outbound, is_update, service_targets


def test_targets_are_found_in_every_spelling():
    assert service_targets("SELECT * { SERVICE <http://a.test/sparql> { ?s ?p ?o } }") == ["http://a.test/sparql"]
    assert service_targets("select * { service silent <http://a.test/q> { ?s ?p ?o } }") == ["http://a.test/q"]
    assert service_targets("PREFIX e: <http://a.test/> SELECT * { SERVICE # note\n e:q { ?s ?p ?o } }") == ["http://a.test/q"]
    assert service_targets("BASE <http://a.test/> SELECT * { SERVICE <q> { ?s ?p ?o } }") == ["http://a.test/q"]
    assert service_targets("SELECT * { SERVICE ?endpoint { ?s ?p ?o } }") == [None]
    assert service_targets("SELECT * { ?s ?p ?o FILTER(?s<?o)}SERVICE<http://a.test/q>{ ?s ?p ?o } }") == ["http://a.test/q"]
    assert service_targets("SELECT * { SERV\\u0049CE <http://a.test/q> { ?s ?p ?o } }") == ["http://a.test/q"]


def test_the_word_elsewhere_is_not_a_service_call():
    for query in (
        'SELECT * { ?s ?p "SERVICE <http://a.test/> {}" }',
        "SELECT * { ?s ?p '''a\nSERVICE <http://a.test/> {}''' }",
        "SELECT * { ?s <http://a.test/SERVICE> ?o }",
        "SELECT * { ?s ?p ?o } # SERVICE <http://a.test/> {}",
        "PREFIX e: <http://a.test/> SELECT ?service { ?service e:SERVICE ?o }",
    ):
        assert service_targets(query) == [], query
        check_outbound(query)


def test_refused_unless_allowed():
    query = "SELECT * { SERVICE <http://a.test/sparql> { ?s ?p ?o } }"
    with pytest.raises(OutboundRefused, match="--allow-service"):
        check_outbound(query)
    with pytest.raises(OutboundRefused, match="allow-list"):
        check_outbound(query, ["http://b.test/"])
    check_outbound(query, ["http://a.test/sparql"])
    check_outbound(query, ["http://a.test/"])
    check_outbound(query, ["http://a.test*"])
    with pytest.raises(OutboundRefused, match="variable"):
        check_outbound("SELECT * { SERVICE ?e { ?s ?p ?o } }", ["*"])


def test_updates_are_recognised_after_their_prologue():
    assert is_update("PREFIX e: <http://a.test/> INSERT DATA { e:a e:b e:c }")
    assert is_update("load <http://a.test/data.ttl>")
    assert is_update("# comment\nDROP ALL")
    assert not is_update("PREFIX e: <http://a.test/> SELECT * { ?s e:insert ?o }")
    assert not is_update("ASK { ?s ?p 'DELETE' }")
