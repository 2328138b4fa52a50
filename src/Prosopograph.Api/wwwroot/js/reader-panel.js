// Reader: a document's full text with every mention highlighted and clickable (it opens the entity). One
// entity's mentions (mark) stand out, and a passage (at, e.g. a quote) is highlighted and scrolled to.
import * as api from './api.js';
import { el } from './dom.js';
import { paragraphElement } from './text.js';
import { loadDocument } from './evidence-panel.js';
import { toSearch } from './state.js';

function passageOf(at) {
    const match = /^(\d+)-(\d+)$/.exec(at ?? '');
    return match ? { start: Number(match[1]), end: Number(match[2]), class: 'quote' } : null;
}

export async function readerPanel(documentId, { state, navigate }) {
    const [{ document, text }, mentions] = await Promise.all([loadDocument(documentId), api.getMentions(documentId)]);
    const passage = passageOf(state.at);
    // Links rather than buttons: they wrap with the text, and open in a new tab too.
    const mentionLink = mention => el('a', {
        class: mention.entity.id === state.mark ? 'mention is-marked' : 'mention',
        attrs: { href: toSearch({ ...state, show: `entity:${mention.entity.id}` }) || '/', 'data-entity': mention.entity.id, title: mention.entity.name },
        on: {
            click: event => {
                event.preventDefault();
                navigate({ show: `entity:${mention.entity.id}` });
            },
        },
    });
    const paragraphs = text.paragraphs().map(range => paragraphElement(text, range, {
        mentions,
        passages: passage ? [passage] : [],
        mentionElement: mentionLink,
    }));
    const marked = state.mark ? mentions.filter(m => m.entity.id === state.mark) : [];
    const summary = marked.length
        ? el('p', { class: 'muted', attrs: { id: 'reader-summary' } },
            `${marked.length} mention${marked.length === 1 ? '' : 's'} of ${marked[0].entity.name} highlighted.`)
        : null;
    return {
        title: document.title,
        nodes: [
            el('p', { class: 'muted' }, `${document.author}${document.date ? `, ${document.date}` : ''}. Every name is a link to its entity.`),
            summary,
            el('article', { class: 'reader', attrs: { lang: document.language } }, paragraphs),
        ],
        // Once shown, bring the passage or the first highlighted mention into view.
        after: body => body.querySelector('mark.quote, .mention.is-marked')?.scrollIntoView({ block: 'center' }),
    };
}
