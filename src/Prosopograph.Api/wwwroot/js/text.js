// A document's text addressed the way the API addresses it: offsets count Unicode code points, while
// JavaScript strings count UTF-16 units, so slicing goes through an array of code points.
import { el } from './dom.js';

export class DocumentText {
    constructor(text) {
        this.points = Array.from(text);
    }

    slice(start, end) {
        return this.points.slice(start, end).join('');
    }

    /** The paragraph (text between blank lines) holding [start, end), as code-point offsets. */
    paragraphAround(start, end) {
        const text = this.points;
        let from = start;
        while (from > 0 && !(text[from - 1] === '\n' && text[from - 2] === '\n')) {
            from--;
        }
        let to = Math.max(end, from);
        while (to < text.length && !(text[to] === '\n' && text[to + 1] === '\n')) {
            to++;
        }
        return { start: from, end: to };
    }

    /** Every paragraph, as code-point offsets. */
    paragraphs() {
        const found = [];
        let start = 0;
        while (start < this.points.length) {
            const { end } = this.paragraphAround(start, start);
            found.push({ start, end });
            start = end;
            while (start < this.points.length && this.points[start] === '\n') {
                start++;
            }
        }
        return found;
    }
}

// Mentions that overlap an earlier one are left out rather than nested.
function disjoint(mentions) {
    const kept = [];
    for (const mention of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
        if (!kept.length || mention.start >= kept[kept.length - 1].end) {
            kept.push(mention);
        }
    }
    return kept;
}

/**
 * One paragraph [range.start, range.end) as a <p>: each mention an element made by mentionElement (a link), each
 * passage (a quote) inside a <mark>. A passage may cross mentions; a mention stays one element.
 */
export function paragraphElement(text, range, { mentions = [], passages = [], mentionElement = null } = {}) {
    const inRange = disjoint(mentions.filter(m => m.start >= range.start && m.end <= range.end));
    const cuts = new Set([range.start, range.end]);
    for (const span of [...inRange, ...passages]) {
        for (const at of [span.start, span.end]) {
            if (at > range.start && at < range.end) {
                cuts.add(at);
            }
        }
    }
    const points = [...cuts].sort((a, b) => a - b);
    const paragraph = el('p');
    let current = null;
    for (let i = 0; i < points.length - 1; i++) {
        const [from, to] = [points[i], points[i + 1]];
        const mention = inRange.find(m => m.start <= from && to <= m.end) ?? null;
        const passage = passages.find(p => p.start <= from && to <= p.end) ?? null;
        const piece = passage ? el('mark', { class: passage.class ?? 'passage' }, text.slice(from, to)) : text.slice(from, to);
        if (mention && mentionElement) {
            if (!current || current.mention !== mention) {
                current = { mention, node: mentionElement(mention) };
                paragraph.append(current.node);
            }
            current.node.append(piece);
        } else {
            current = null;
            paragraph.append(piece);
        }
    }
    return paragraph;
}
