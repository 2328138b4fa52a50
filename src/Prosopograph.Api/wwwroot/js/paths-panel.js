// Paths panel: every shortest path from the centre entity to another, listed as sentences; the canvas
// highlights the same paths.
import { el } from './dom.js';
import { EntitySearch } from './search.js';

export function pathsPanel(paths, { state, vocabulary, navigate, names }) {
    const from = names.get(state.entity) ?? state.entity;
    const to = names.get(state.to) ?? state.to;
    const list = paths.map(path => el('li', {}, path.links.map((link, index) => [
        index ? '; ' : '',
        el('button', {
            class: 'link',
            attrs: { type: 'button' },
            on: { click: () => navigate({ show: `relation:${link.id}` }) },
        }, vocabulary.sentence(link)),
    ]).flat(), '.'));
    const search = el('div', { class: 'field' },
        el('label', { attrs: { for: 'path-target' } }, 'Paths to'),
        el('input', { attrs: { id: 'path-target', type: 'search', autocomplete: 'off', placeholder: 'Another entity…', value: state.to ? to : '' } }),
        el('ul', { class: 'suggestions', attrs: { id: 'path-target-suggestions', hidden: true } }));
    const summary = !state.to
        ? el('p', { class: 'muted' }, `Pick an entity to see how ${from} is connected to it.`)
        : paths.length
            ? el('p', { attrs: { id: 'paths-summary' } },
                `${paths.length} shortest path${paths.length === 1 ? '' : 's'} of ${paths[0].length} relation${paths[0].length === 1 ? '' : 's'} from ${from} to ${to}, highlighted on the network:`)
            : el('p', { attrs: { id: 'paths-summary' } }, `No path from ${from} to ${to} of at most 4 relations under the current filters.`);
    return {
        title: state.to ? `Paths from ${from} to ${to}` : `Paths from ${from}`,
        nodes: [search, summary, el('ol', { class: 'paths' }, list)],
        after: body => new EntitySearch(
            body.querySelector('#path-target'),
            body.querySelector('#path-target-suggestions'),
            entity => navigate({ show: 'paths', to: entity.id }),
            kind => vocabulary.kindLabel(kind)),
    };
}
