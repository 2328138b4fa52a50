// The legend: what colour and shape each entity kind has, and what an edge's line and colour say. The colours
// are the palette's, the same the canvas draws with; they are set through the CSSOM, which the page's
// content security policy allows (style attributes it does not).
import { byId, el } from './dom.js';
import { kindShapes } from './graph.js';

function coloured(node, property, colour) {
    node.style.setProperty(property, colour);
    return node;
}

export function renderLegend(vocabulary, palette) {
    const kinds = [...vocabulary.kinds.values()].map(kind => el('li', {},
        coloured(el('span', { class: 'swatch', attrs: { 'aria-hidden': 'true', 'data-kind': kind.id, 'data-shape': kindShapes[kind.id] ?? 'ellipse' } }),
            'background-color', palette.kindColour(kind.id)),
        kind.label));
    const line = ([style, label]) => el('li', {}, el('span', { class: `line ${style}`, attrs: { 'aria-hidden': 'true' } }), label);
    const voice = ([name, label]) => el('li', {},
        coloured(el('span', { class: 'line', attrs: { 'aria-hidden': 'true', 'data-voice': name } }), 'border-top-color', palette.voiceColour(name)),
        label);
    const lines = [
        el('li', { class: 'muted' }, 'Line: when'),
        ...[['line-dated', 'dated by the text'], ['line-bounded', 'bounded by lifespans'], ['line-undated', 'undated']].map(line),
        el('li', { class: 'muted' }, 'Colour: whose voice'),
        ...[['author', "the author's"], ['quoted', 'quoted'], ['reported', 'reported'], ['disputed', 'disputed']].map(voice),
    ];
    byId('legend-kinds').replaceChildren(...kinds);
    byId('legend-lines').replaceChildren(...lines);
}
