"""Errors the library raises on purpose; the CLI maps them to exit codes.

IcgraphError                 anything icgraph reports to a user (exit 1)
 +-- InputError              an input file or news item that cannot be read (names input and place)
 +-- StoreError              the store cannot be opened, read or written
 +-- QueryError              a saved query is unknown, a parameter is missing or malformed
 |    +-- QuerySyntaxError   the SPARQL text does not parse (exit 2: the user's query is wrong)
 +-- EndpointError           a remote SPARQL server is unreachable, refuses, times out
"""


class IcgraphError(Exception):
    exit_code = 1


class InputError(IcgraphError):
    pass


class StoreError(IcgraphError):
    pass


class QueryError(IcgraphError):
    pass


class QuerySyntaxError(QueryError):
    exit_code = 2


class EndpointError(IcgraphError):
    pass
