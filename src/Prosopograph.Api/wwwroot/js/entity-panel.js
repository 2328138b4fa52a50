// Entity panel: name, aliases, kind, lifespan, its relations in time order, the documents that mention it.
import * as api from './api.js';
import { el } from './dom.js';
import { describeLifespan } from './describe.js';

function relationItem(relation, vocabulary, navigate) {
    const when = relation.date?.edtf ?? 'undated';
    return el('li', {},
        el('span', { class: 'when' }, when),
        el('button', {
            class: 'link',
            attrs: { type: 'button', 'aria-label': `Evidence: ${vocabulary.sentence(relation)}, ${when}` },
            on: { click: () => navigate({ show: `relation:${relation.id}` }) },
        }, vocabulary.sentence(relation)));
}

export async function entityPanel(id, { state, vocabulary, navigate }) {
    const [entity, relations] = await Promise.all([api.getEntity(id), api.getEntityRelations(id)]);
    const actions = el('div', { class: 'actions' },
        state.entity !== id && el('button', {
            attrs: { type: 'button' },
            on: { click: () => navigate({ entity: id, expand: [], to: null }) },
        }, `Centre the network on ${entity.name}`),
        state.entity && state.entity !== id && el('button', {
            attrs: { type: 'button' },
            on: { click: () => navigate({ show: 'paths', to: id }) },
        }, 'Show paths from the centre to here'));
    const aliases = entity.aliases.length
        ? el('ul', { class: 'aliases' }, entity.aliases.map(a => el('li', {}, a.name, a.type ? el('span', { class: 'muted' }, ` (${a.type})`) : null)))
        : el('p', { class: 'muted' }, 'No other names.');
    const documents = entity.documents.map(d => el('li', {}, el('button', {
        class: 'link',
        attrs: { type: 'button' },
        on: { click: () => navigate({ show: `reader:${d.documentId}`, mark: id, at: null }) },
    }, `${d.title}`), el('span', { class: 'muted' }, ` — ${d.mentions} mention${d.mentions === 1 ? '' : 's'}`)));
    return {
        title: entity.name,
        nodes: [
            el('dl', { class: 'facts' },
                el('dt', {}, 'Kind'), el('dd', {}, vocabulary.kindLabel(entity.kind)),
                el('dt', {}, 'Lifespan'), el('dd', {}, describeLifespan(entity.existence))),
            entity.notes && el('p', { class: 'note' }, entity.notes),
            actions,
            el('h3', {}, 'Also known as'), aliases,
            el('h3', {}, `Relations in time order (${relations.length})`),
            el('ol', { class: 'relations' }, relations.map(r => relationItem(r, vocabulary, navigate))),
            el('h3', {}, 'Mentioned in'),
            documents.length ? el('ul', { class: 'documents' }, documents) : el('p', { class: 'muted' }, 'No document names it.'),
        ],
    };
}
