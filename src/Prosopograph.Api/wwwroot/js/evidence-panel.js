// Evidence panel: the relation, its date and provenance, its voice, and every quote inside its paragraph
// with the quote highlighted from its offsets, with a citation line.
import * as api from './api.js';
import { el } from './dom.js';
import { DocumentText, paragraphElement } from './text.js';
import { citation, describeDate, describeValidity, describeVoice } from './describe.js';

const documents = new Map();

/** A document and its code-point text, fetched once per page. */
export function loadDocument(id) {
    if (!documents.has(id)) {
        documents.set(id, api.getDocument(id).then(document => ({ document, text: new DocumentText(document.text) })));
    }
    return documents.get(id);
}

async function evidenceFigure(evidence, relationId, navigate) {
    const { document, text } = await loadDocument(evidence.documentId);
    const paragraph = paragraphElement(text, text.paragraphAround(evidence.start, evidence.end), {
        passages: [{ start: evidence.start, end: evidence.end, class: 'quote' }],
    });
    return el('figure', { class: 'evidence' },
        el('blockquote', { attrs: { cite: `/api/documents/${evidence.documentId}` } }, paragraph),
        el('figcaption', {},
            el('p', { class: 'citation' }, citation(document, evidence, relationId, api.dataset())),
            el('button', {
                class: 'link',
                attrs: { type: 'button' },
                on: { click: () => navigate({ show: `reader:${evidence.documentId}`, at: `${evidence.start}-${evidence.end}`, mark: null }) },
            }, 'Read it in the document')));
}

export async function evidencePanel(id, { vocabulary, navigate, names }) {
    const relation = await api.getRelation(id);
    const figures = await Promise.all(relation.evidence.map(e => evidenceFigure(e, relation.id, navigate)));
    const entityButton = ref => el('button', {
        class: 'link',
        attrs: { type: 'button' },
        on: { click: () => navigate({ show: `entity:${ref.id}` }) },
    }, ref.name);
    return {
        title: vocabulary.sentence(relation),
        nodes: [
            el('p', { class: 'sentence' }, entityButton(relation.source), ` ${vocabulary.label(relation.type)} `, entityButton(relation.target)),
            el('dl', { class: 'facts' },
                el('dt', {}, 'Date'), el('dd', {}, describeDate(relation.date)),
                el('dt', {}, 'In time'), el('dd', {}, describeValidity(relation.validity)),
                el('dt', {}, 'Voice'), el('dd', {}, describeVoice(relation.voice, names))),
            relation.note && el('p', { class: 'note' }, relation.note),
            el('h3', {}, relation.evidence.length === 1 ? 'Evidence' : `Evidence (${relation.evidence.length} quotes)`),
            ...figures,
        ],
    };
}
