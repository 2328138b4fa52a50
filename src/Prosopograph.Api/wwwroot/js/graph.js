// The canvas: Cytoscape.js with the fCoSE force-directed layout (vendored; loaded as globals by index.html).
// Nodes are coloured and shaped by kind; edges are labelled by type, point from subject to object, are
// coloured by voice, and are drawn by how well the text dates them: solid (dated), dashed (bounded by
// lifespans), dotted (undated). Kind and voice colours come from the shared palette (palette.js).
import { voiceOf } from './palette.js';

/** The shape of each entity kind; its colour is the palette's. */
export const kindShapes = {
    person: 'ellipse',
    party: 'round-rectangle',
    institution: 'rectangle',
    state: 'hexagon',
    event: 'diamond',
    work: 'tag',
    group: 'barrel',
    place: 'star',
    doctrine: 'octagon',
    position: 'triangle',
};

export const validityStyles = { dated: 'solid', bounded: 'dashed', undated: 'dotted' };

function cssColour(name, fallback) {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

function stylesheet(palette) {
    const kindColour = node => palette.kindColour(node.data('kind'));
    const voiceColour = edge => palette.voiceColour(edge.data('colourBy'));
    return [
        {
            selector: 'node',
            style: {
                label: 'data(name)',
                'background-color': kindColour,
                shape: node => kindShapes[node.data('kind')] ?? 'ellipse',
                width: 26,
                height: 26,
                'font-size': 11,
                color: cssColour('--ink', '#222'),
                'text-valign': 'bottom',
                'text-margin-y': 3,
                'text-wrap': 'wrap',
                'text-max-width': 110,
                'text-background-color': cssColour('--paper', '#fff'),
                'text-background-opacity': 0.8,
                'text-background-padding': 1,
                'min-zoomed-font-size': 7,
            },
        },
        { selector: 'node.root', style: { width: 40, height: 40, 'border-width': 3, 'border-color': cssColour('--ink', '#222'), 'font-weight': 'bold' } },
        {
            selector: 'edge',
            style: {
                label: 'data(label)',
                'curve-style': 'bezier',
                'control-point-step-size': 28,
                width: 1.6,
                'line-color': voiceColour,
                'target-arrow-color': voiceColour,
                'target-arrow-shape': 'triangle',
                'arrow-scale': 0.9,
                'line-style': edge => validityStyles[edge.data('validity')] ?? 'solid',
                'font-size': 8,
                color: cssColour('--ink-soft', '#444'),
                'text-rotation': 'autorotate',
                'text-background-color': cssColour('--paper', '#fff'),
                'text-background-opacity': 0.7,
                'min-zoomed-font-size': 8,
            },
        },
        { selector: 'edge.symmetric', style: { 'target-arrow-shape': 'none' } },
        { selector: '.faded', style: { opacity: 0.15 } },
        { selector: 'edge.path', style: { width: 4, 'line-color': cssColour('--highlight', '#d98c00'), 'target-arrow-color': cssColour('--highlight', '#d98c00'), 'font-size': 10, 'z-index': 10 } },
        { selector: 'node.path', style: { 'border-width': 4, 'border-color': cssColour('--highlight', '#d98c00') } },
        { selector: 'edge:selected', style: { width: 4, 'line-color': cssColour('--focus', '#1a5fb4'), 'target-arrow-color': cssColour('--focus', '#1a5fb4') } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': cssColour('--focus', '#1a5fb4') } },
    ];
}

function toElements(graph, labelOf, symmetric) {
    const nodes = graph.nodes.map(n => ({ group: 'nodes', data: { id: n.id, name: n.name, kind: n.kind } }));
    const edges = graph.links.map(l => ({
        group: 'edges',
        data: {
            id: l.id, source: l.source.id, target: l.target.id, type: l.type, label: labelOf(l.type),
            validity: l.validity.kind, voice: l.voice.source, stance: l.voice.stance, colourBy: voiceOf(l.voice),
        },
        classes: symmetric(l.type) ? ['symmetric'] : [],
    }));
    return [...nodes, ...edges];
}

const nextFrame = () => new Promise(resolve => requestAnimationFrame(() => resolve()));

export class GraphView {
    constructor(container, { palette, labelOf, symmetric, onNodeTap, onNodeDoubleTap, onEdgeTap }) {
        cytoscape.use(cytoscapeFcose);
        this.labelOf = labelOf;
        this.symmetric = symmetric;
        this.lastRender = null;
        this.cy = cytoscape({ container, style: stylesheet(palette), minZoom: 0.2, maxZoom: 3, boxSelectionEnabled: false });
        this.cy.on('tap', 'node', event => onNodeTap(event.target.id()));
        this.cy.on('dbltap', 'node', event => onNodeDoubleTap(event.target.id()));
        this.cy.on('tap', 'edge', event => onEdgeTap(event.target.id()));
    }

    /**
     * Replaces the canvas with a graph and lays it out. Resolves once the frame is painted; the time from the
     * call to that frame is kept in lastRender (and its parts: adding, layout, painting).
     */
    async show(graph, rootId) {
        const started = performance.now();
        this.cy.batch(() => {
            this.cy.elements().remove();
            this.cy.add(toElements(graph, this.labelOf, this.symmetric));
            if (rootId) {
                this.cy.getElementById(rootId).addClass('root');
            }
        });
        const added = performance.now();
        this.layout(true);
        const laidOut = performance.now();
        await nextFrame();
        const painted = performance.now();
        this.lastRender = { totalMs: painted - started, addMs: added - started, layoutMs: laidOut - added, paintMs: painted - laidOut };
    }

    /** Adds what is not on the canvas yet (an expansion, a path) and lays out again from where nodes are. */
    async add(graph) {
        const present = new Set(this.cy.elements().map(e => e.id()));
        const fresh = toElements(graph, this.labelOf, this.symmetric).filter(e => !present.has(e.data.id));
        if (fresh.length) {
            this.cy.add(fresh);
            this.layout(false);
        }
        await nextFrame();
    }

    layout(randomize) {
        if (this.cy.nodes().length === 0) {
            return;
        }
        // 1000 iterations instead of fCoSE's 2500: the essay's graphs settle well before, at less than half the time.
        this.cy.layout({
            name: 'fcose', animate: false, randomize, numIter: 1000, nodeRepulsion: () => 9000, idealEdgeLength: () => 110, padding: 30,
        }).run();
        this.cy.fit(undefined, 30);
    }

    /** Highlights these node and edge ids and fades the rest; an empty list clears the highlight. */
    highlight(ids) {
        const wanted = new Set(ids);
        this.cy.batch(() => {
            this.cy.elements().removeClass('path faded');
            if (wanted.size) {
                this.cy.elements().forEach(e => e.addClass(wanted.has(e.id()) ? 'path' : 'faded'));
            }
        });
    }

    select(id) {
        this.cy.elements().unselect();
        if (id) {
            this.cy.getElementById(id).select();
        }
    }

    resize() {
        this.cy.resize();
        this.cy.fit(undefined, 30);
    }

    nodeIds() {
        return this.cy.nodes().map(n => n.id());
    }

    /** Each node's kind and the colour Cytoscape draws it in (as Cytoscape reports it: rgb(r,g,b)). */
    nodes() {
        return this.cy.nodes().map(n => ({ id: n.id(), kind: n.data('kind'), colour: n.style('background-color') }));
    }

    edges() {
        return this.cy.edges().map(e => {
            const { id, type, source, target, validity, voice, stance } = e.data();
            return { id, type, source, target, validity, voice, stance, line: e.style('line-style'), colour: e.style('line-color') };
        });
    }

    highlighted() {
        return this.cy.elements('.path').map(e => e.id());
    }

    /** Where an element is drawn, in page coordinates (for tests that click the canvas like a reader). */
    pointOf(id) {
        const element = this.cy.getElementById(id);
        if (element.empty()) {
            return null;
        }
        const box = this.cy.container().getBoundingClientRect();
        const at = element.isEdge() ? element.renderedMidpoint() : element.renderedPosition();
        return { x: box.left + at.x, y: box.top + at.y };
    }
}
