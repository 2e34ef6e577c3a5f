// Reads a GEXF file with graphology's GEXF parser and prints what it found as JSON.
// Usage: node read-gexf.js FILE
const fs = require("fs");
const Graph = require("graphology");
const gexf = require("graphology-gexf");

const graph = gexf.parse(Graph, fs.readFileSync(process.argv[2], "utf-8"));
process.stdout.write(JSON.stringify({
  type: graph.type,
  order: graph.order,
  size: graph.size,
  attributes: graph.getAttributes(),
  nodes: graph.mapNodes((key, attributes) => ({ key, attributes })),
  edges: graph.mapEdges((key, attributes, source, target) => ({ key, source, target, attributes })),
}));
