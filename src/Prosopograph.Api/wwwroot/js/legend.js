// The legend: what colour and shape each entity kind has, and what an edge's line and colour say.
import { byId, el } from './dom.js';
import { kindShapes } from './graph.js';

export function renderLegend(vocabulary) {
    const kinds = [...vocabulary.kinds.values()].map(kind => el('li', {},
        el('span', { class: `swatch kind-${kind.id}`, attrs: { 'aria-hidden': 'true', 'data-shape': kindShapes[kind.id] ?? 'ellipse' } }),
        kind.label));
    const line = ([style, label]) => el('li', {}, el('span', { class: `line ${style}`, attrs: { 'aria-hidden': 'true' } }), label);
    const lines = [
        el('li', { class: 'muted' }, 'Line: when'),
        ...[['line-dated', 'dated by the text'], ['line-bounded', 'bounded by lifespans'], ['line-undated', 'undated']].map(line),
        el('li', { class: 'muted' }, 'Colour: whose voice'),
        ...[['voice-author', "the author's"], ['voice-relayed', 'quoted or reported'], ['voice-disputed', 'disputed']].map(line),
    ];
    byId('legend-kinds').replaceChildren(...kinds);
    byId('legend-lines').replaceChildren(...lines);
}
