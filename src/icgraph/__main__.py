"""`python -m icgraph`: the same command line as `icgraph`."""

from icgraph.cli import main

main()
