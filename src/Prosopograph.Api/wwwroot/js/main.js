// The explorer: wires the URL state to the canvas, the toolbar and the side panel.
// Every user action is a navigation (a new URL); every URL, however reached, renders the same view.
import * as api from './api.js';
import { byId } from './dom.js';
import { Vocabulary } from './describe.js';
import { GraphView } from './graph.js';
import { Controls } from './controls.js';
import { renderLegend } from './legend.js';
import { Palette } from './palette.js';
import { EntitySearch } from './search.js';
import { Panel } from './panel.js';
import { entityPanel } from './entity-panel.js';
import { evidencePanel } from './evidence-panel.js';
import { pathsPanel } from './paths-panel.js';
import { readerPanel } from './reader-panel.js';
import { graphKeys, readState, sameOn, writeState } from './state.js';

const baseKeys = graphKeys.filter(key => key !== 'expand' && key !== 'to');

let state = readState();
let rendered = null; // the state the canvas and panel show
let queue = Promise.resolve();
let vocabulary;
let graph;
let controls;
let panel;
let paths = [];
let truncated = false; // whether the API capped any neighbourhood on the canvas
const names = new Map(); // entity id -> name, from everything the canvas has shown

function filtersOf(s) {
    return {
        asOf: s.asOf,
        types: vocabulary.typesOf(s.type),
        sources: s.source.length ? s.source : null,
        stances: s.stance.length ? s.stance : null,
        undated: s.undated,
    };
}

/** Goes to a new view: records it in the URL (a history entry unless replace) and renders it. */
function navigate(patch, { replace = false, focus = true } = {}) {
    state = { ...state, ...patch };
    writeState(state, { replace });
    schedule(state, focus);
}

function schedule(target, focus) {
    controls?.sync(target);
    setBusy(true);
    queue = queue.then(() => (target === state ? render(target, focus) : null)).catch(showError).finally(() => {
        if (target === state) {
            setBusy(false);
        }
    });
}

function setBusy(busy) {
    byId('graph').setAttribute('aria-busy', busy ? 'true' : 'false');
}

function showError(error) {
    byId('error').textContent = `Something went wrong: ${error.message}`;
}

// Keeps only what the API could not filter itself, and what is still connected to the centre.
function applyUnapplied(neighbourhood, rootId) {
    const links = neighbourhood.links.filter(l => api.passes(l, neighbourhood.unapplied));
    const reached = new Set([rootId]);
    let grew = true;
    while (grew) {
        grew = false;
        for (const link of links) {
            const [a, b] = [link.source.id, link.target.id];
            if (reached.has(a) !== reached.has(b)) {
                reached.add(a);
                reached.add(b);
                grew = true;
            }
        }
    }
    return {
        nodes: neighbourhood.nodes.filter(n => reached.has(n.id)),
        links: links.filter(l => reached.has(l.source.id) && reached.has(l.target.id)),
        truncated: neighbourhood.truncated,
    };
}

function merge(...graphs) {
    const nodes = new Map();
    const links = new Map();
    for (const g of graphs) {
        g.nodes.forEach(n => nodes.set(n.id, nodes.get(n.id) ?? n));
        g.links.forEach(l => links.set(l.id, l));
    }
    return { nodes: [...nodes.values()], links: [...links.values()], truncated: graphs.some(g => g.truncated) };
}

async function neighbourhoodOf(id, depth, s) {
    return applyUnapplied(await api.getNeighbourhood(id, depth, filtersOf(s)), id);
}

async function renderGraph(s) {
    byId('welcome').hidden = Boolean(s.entity);
    if (!s.entity) {
        await graph.show({ nodes: [], links: [] }, null);
        paths = [];
        return;
    }
    const onlyExpanded = rendered && rendered.entity && sameOn(baseKeys, rendered, s)
        && rendered.to === s.to && rendered.expand.every(id => s.expand.includes(id));
    if (onlyExpanded) {
        const fresh = s.expand.filter(id => !rendered.expand.includes(id));
        const added = merge(...await Promise.all(fresh.map(id => neighbourhoodOf(id, 1, s))));
        truncated ||= added.truncated;
        await graph.add(added);
    } else {
        const base = await neighbourhoodOf(s.entity, s.depth, s);
        const expansions = await Promise.all(s.expand.map(id => neighbourhoodOf(id, 1, s)));
        const all = merge(base, ...expansions);
        truncated = all.truncated;
        all.nodes.forEach(n => names.set(n.id, n.name));
        await graph.show(all, s.entity);
        paths = s.to ? await api.findPaths(s.entity, s.to, filtersOf(s)) : [];
        const onPaths = merge({ nodes: [], links: [] }, ...paths);
        onPaths.nodes.forEach(n => names.set(n.id, n.name));
        await graph.add(onPaths);
        graph.highlight([...onPaths.nodes.map(n => n.id), ...onPaths.links.map(l => l.id)]);
    }
    graph.cy.nodes().forEach(n => names.set(n.id(), n.data('name')));
}

function describeCanvas(s) {
    if (!s.entity) {
        return 'Search for a person or an organisation to see their network.';
    }
    const nodes = graph.nodeIds().length;
    const edges = graph.edges().length;
    const when = s.asOf !== null ? `as of ${s.asOf}` : 'all years';
    const cut = truncated ? ' The network is larger: only the nearest entities are shown.' : '';
    return `${names.get(s.entity) ?? s.entity}: ${nodes} entities, ${edges} relations, ${when}, depth ${s.depth}.${cut}`;
}

async function renderPanel(s, focus) {
    const [kind, id] = s.show ? [s.show.split(':')[0], s.show.slice(s.show.indexOf(':') + 1)] : [null, null];
    const context = { state: s, vocabulary, navigate, names };
    const content = kind === 'entity' ? await entityPanel(id, context)
        : kind === 'relation' ? await evidencePanel(id, context)
            : kind === 'reader' ? await readerPanel(id, context)
                : kind === 'paths' && s.entity ? pathsPanel(paths, context)
                    : null;
    graph.select(kind === 'relation' || kind === 'entity' ? id : null);
    if (!content) {
        panel.close();
        return;
    }
    panel.show(kind, content.title, content.nodes.filter(Boolean), { focus });
    content.after?.(panel.body);
}

async function render(s, focus) {
    byId('error').textContent = '';
    const graphChanged = !rendered || !sameOn(graphKeys, rendered, s);
    if (graphChanged) {
        await renderGraph(s);
        byId('graph-status').textContent = describeCanvas(s);
    }
    if (graphChanged || rendered.show !== s.show || rendered.mark !== s.mark || rendered.at !== s.at) {
        const panelWasOpen = panel.isOpen;
        await renderPanel(s, focus && Boolean(s.show) && (!rendered || rendered.show !== s.show));
        if (panelWasOpen && !panel.isOpen && focus) {
            byId('search').focus(); // back where a keyboard reader started
        }
        requestAnimationFrame(() => graph.resize());
    }
    rendered = s;
}

function onKey(event) {
    if (event.key === 'Escape' && panel.isOpen) {
        navigate({ show: null });
    }
}

async function start() {
    const [types, kinds, years, colours] = await Promise.all(
        [api.getRelationTypes(), api.getEntityKinds(), api.getYearSpan(), api.getPalette()]);
    vocabulary = new Vocabulary(types, kinds);
    const palette = new Palette(colours);
    renderLegend(vocabulary, palette);
    graph = new GraphView(byId('graph'), {
        palette,
        labelOf: type => vocabulary.label(type),
        symmetric: type => vocabulary.symmetric(type),
        onNodeTap: id => navigate({ show: `entity:${id}` }, { focus: false }),
        onNodeDoubleTap: id => navigate({ expand: state.expand.includes(id) ? state.expand : [...state.expand, id] }, { focus: false }),
        onEdgeTap: id => navigate({ show: `relation:${id}` }, { focus: false }),
    });
    controls = new Controls({ vocabulary, years, navigate, current: () => state });
    panel = new Panel(() => navigate({ show: null }));
    new EntitySearch(byId('search'), byId('search-suggestions'),
        entity => navigate({ entity: entity.id, show: `entity:${entity.id}`, expand: [], to: null }),
        kind => vocabulary.kindLabel(kind));
    const documents = await api.listDocuments();
    byId('read').hidden = documents.length === 0;
    byId('read').addEventListener('click', () => navigate({ show: `reader:${documents[0].id}`, mark: null, at: null }));
    byId('paths').addEventListener('click', () => navigate({ show: 'paths' }));
    document.addEventListener('keydown', onKey);
    window.addEventListener('popstate', () => {
        state = readState();
        schedule(state, false);
    });
    schedule(state, false);
}

// Hooks for the browser tests (and the curious): what the canvas holds, read without parsing pixels.
window.explorer = {
    settled: async () => {
        let seen;
        do {
            seen = queue;
            await seen;
        } while (seen !== queue);
    },
    nodeIds: () => graph.nodeIds(),
    nodes: () => graph.nodes(),
    edges: () => graph.edges(),
    highlighted: () => graph.highlighted(),
    pointOf: id => graph.pointOf(id),
    lastRender: () => graph.lastRender,
};

queue = start().catch(showError);
