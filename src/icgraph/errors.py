"""Errors the library raises on purpose; the CLI maps them to exit codes.

IcgraphError                 anything icgraph reports to a user (exit 1)
 +-- UsageError              the user asked for what cannot be (exit 2), see its subclasses
 +-- InputError              an input file or news item that cannot be read (names input and place)
 +-- StoreError              the store cannot be opened, read or written
 |    +-- OutdatedStoreError the store holds items of an older graph model (icgraph.model_version)
 +-- QueryError              a query cannot run: a malformed saved-query header, a timeout
 |    +-- QuerySyntaxError   the SPARQL text does not parse (exit 2: the user's query is wrong)
 |    +-- QueryUsageError    (also a UsageError, exit 2) an unknown saved query, a missing, unknown
 |         |                 or malformed parameter, an output format that does not fit the result
 |         +-- AmbiguousNameError  a parameter's name fits several entities (lists them with IRIs)
 +-- EndpointError           a remote SPARQL server is unreachable, refuses, times out, loses data
      +-- EndpointURLError   (also a UsageError, exit 2) an endpoint URL that is not an http(s) URL
"""


class IcgraphError(Exception):
    exit_code = 1


class UsageError(IcgraphError):
    exit_code = 2


class InputError(IcgraphError):
    pass


class StoreError(IcgraphError):
    pass


class OutdatedStoreError(StoreError):
    pass


class QueryError(IcgraphError):
    pass


class QuerySyntaxError(QueryError):
    exit_code = 2


class QueryUsageError(QueryError, UsageError):
    exit_code = 2


class AmbiguousNameError(QueryUsageError):
    """A parameter's name fits several entities: the user must say which (a usage error)."""

    exit_code = 2


class EndpointError(IcgraphError):
    pass


class EndpointURLError(EndpointError, UsageError):
    exit_code = 2
