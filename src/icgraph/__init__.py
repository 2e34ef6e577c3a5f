"""icgraph: a knowledge graph of institutional news."""
