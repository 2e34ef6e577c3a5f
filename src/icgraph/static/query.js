// The icgraph query page: YASGUI (editor + result table with sort, filter, paging) over /sparql,
// the saved queries with their parameters as a form run by /saved/NAME, download links,
// a permalink for the query and its parameters, and the time each query took.
// Everything is served by `icgraph serve`; the page makes no request to any other address.
"use strict";

const $ = (id) => document.getElementById(id);
const here = new URL(window.location.href);
const endpoint = new URL("/sparql", here).href;
let library = {};   // saved queries by name
let current = null; // the saved query whose form is shown

// Only completions computed in the page: the prefix and vocabulary completers fetch from the web.
Yasgui.Yasqe.defaults.autocompleters = Yasgui.Yasqe.defaults.autocompleters.filter((name) => name === "variables");
const yasgui = new Yasgui($("yasgui"), {
  requestConfig: { endpoint: endpoint, method: "POST" },
  endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }], keys: [] },
  copyEndpointOnNewTab: true,
  persistenceId: null,
  populateFromUrl: false,
  yasqe: { autocompleters: ["variables"] },
});

function tab() {
  return yasgui.getTab();
}

function setStatus(text, isError) {
  $("status").textContent = text;
  $("status").className = isError ? "error" : "";
}

function serverTime(headers) {
  const timing = (headers && headers.get ? headers.get("Server-Timing") : headers && headers["server-timing"]) || "";
  const match = /dur=([\d.]+)/.exec(timing);
  return match ? ` (server ${match[1]} ms)` : "";
}

function rowsText(yasr) {
  const results = yasr.results;
  if (!results || results.getError()) return "";
  if (results.getBoolean() !== undefined) return `answer ${results.getBoolean()}`;
  const bindings = results.getBindings() || [];
  const unit = results.getType() === "ttl" ? "triple" : "row";
  return `${bindings.length} ${unit}${bindings.length === 1 ? "" : "s"}`;
}

function setLinks(base, params, permalink, graph) {
  // rows: CSV, TSV, SPARQL results JSON; a graph: N-Triples, Turtle, JSON-LD
  const links = graph ? { csv: "ntriples", tsv: "turtle", json: "jsonld" } : { csv: "csv", tsv: "tsv", json: "json" };
  $("download-csv").textContent = graph ? "N-Triples" : "CSV";
  $("download-tsv").textContent = graph ? "Turtle" : "TSV";
  $("download-json").textContent = graph ? "JSON-LD" : "JSON";
  for (const [id, format] of Object.entries(links)) {
    const url = new URL(base, here);
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    url.searchParams.set("format", format);
    $(`download-${id}`).href = url.pathname + url.search;
  }
  $("permalink").href = permalink;
  $("links").hidden = false;
  window.history.replaceState(null, "", permalink);
}

// ------------------------------------------------------------------ saved queries

function showSaved(name, values) {
  current = library[name];
  document.querySelectorAll("#saved button").forEach((b) => b.classList.toggle("current", b.dataset.name === name));
  $("saved-form").hidden = false;
  $("saved-title").textContent = current.title || current.name;
  $("saved-description").textContent = current.description;
  const params = $("params");
  params.replaceChildren();
  for (const parameter of current.parameters) {
    const label = document.createElement("label");
    const input = document.createElement("input");
    input.name = parameter.name;
    input.required = parameter.required;
    input.placeholder = parameter.type + (parameter.default ? ` (default ${parameter.default})` : "");
    input.value = values[parameter.name] ?? current.example[parameter.name] ?? "";
    const hint = document.createElement("small");
    hint.textContent = ` ${parameter.description}`;
    label.append(`${parameter.name} `, input, hint);
    params.append(label);
  }
  tab().setQuery(current.text);
}

async function runSaved() {
  const values = {};
  for (const input of $("params").querySelectorAll("input")) if (input.value.trim()) values[input.name] = input.value.trim();
  const url = new URL(`/saved/${encodeURIComponent(current.name)}`, here);
  for (const [name, value] of Object.entries(values)) url.searchParams.set(name, value);
  const graph = current.kind === "CONSTRUCT" || current.kind === "DESCRIBE";
  const accept = graph ? "text/turtle" : "application/sparql-results+json";
  setStatus(`running ${current.name}…`);
  const started = performance.now();
  const response = await fetch(url, { headers: { Accept: accept } });
  const text = await response.text();
  const took = Math.round(performance.now() - started);
  const yasr = tab().getYasr();
  const permalink = new URL("/", here);
  permalink.searchParams.set("saved", current.name);
  for (const [name, value] of Object.entries(values)) permalink.searchParams.set(name, value);
  if (!response.ok) {
    yasr.setResponse({ error: { status: response.status, statusText: response.statusText, text: text } }, took);
    setStatus(`${current.name}: ${text}`, true);
    return;
  }
  yasr.setResponse({ data: text, contentType: accept, status: response.status, executionTime: took }, took);
  setStatus(`${current.name}: ${rowsText(yasr)} in ${took} ms${serverTime(response.headers)}`);
  setLinks(url.pathname, values, permalink.pathname + permalink.search, graph);
}

// ------------------------------------------------------------------ queries typed in the editor

yasgui.on("query", () => setStatus("running…"));
yasgui.on("queryResponse", (_yasgui, queryTab) => {
  window.setTimeout(() => {
    const yasr = queryTab.getYasr();
    const results = yasr.results;
    if (!results) return;
    const took = results.getResponseTime();
    if (results.getError()) {
      setStatus(`${results.getError().status || ""} ${results.getError().text}`.trim(), true);
      return;
    }
    setStatus(`${rowsText(yasr)} in ${took} ms`);
    const sparql = queryTab.getQuery();
    const permalink = new URL("/", here);
    permalink.searchParams.set("query", sparql);
    setLinks("/sparql", { query: sparql }, permalink.pathname + permalink.search, results.getType() === "ttl");
  }, 0);
});

$("saved-form").addEventListener("submit", (event) => {
  event.preventDefault();
  runSaved().catch((error) => setStatus(String(error), true));
});

fetch("/queries.json")
  .then((response) => response.json())
  .then((listing) => {
    const box = $("saved");
    box.replaceChildren();
    for (const query of listing) {
      library[query.name] = query;
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.name = query.name;
      button.append(query.title || query.name);
      const small = document.createElement("small");
      small.textContent = query.name + (query.parameters.length ? ` (${query.parameters.map((p) => p.name).join(", ")})` : "");
      button.append(small);
      button.addEventListener("click", () => showSaved(query.name, {}));
      box.append(button);
    }
    const saved = here.searchParams.get("saved");
    const query = here.searchParams.get("query");
    if (saved && library[saved]) {
      const values = {};
      for (const [name, value] of here.searchParams) if (name !== "saved") values[name] = value;
      showSaved(saved, values);
      return runSaved();
    }
    if (query) {
      tab().setQuery(query);
      tab().query();
    }
  })
  .catch((error) => setStatus(`cannot list the saved queries: ${error}`, true));
