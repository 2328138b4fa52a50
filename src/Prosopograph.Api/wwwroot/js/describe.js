// Turns normalised relations into the words a reader sees: sentences, dates, voice, validity, citations.

export class Vocabulary {
    constructor(relationTypes, entityKinds) {
        this.types = new Map(relationTypes.map(t => [t.id, t]));
        this.kinds = new Map(entityKinds.map(k => [k.id, k]));
    }

    label(typeId) {
        return this.types.get(typeId)?.label ?? typeId.replaceAll('_', ' ');
    }

    symmetric(typeId) {
        return Boolean(this.types.get(typeId)?.symmetric);
    }

    kindLabel(kindId) {
        return this.kinds.get(kindId)?.label ?? kindId ?? 'entity';
    }

    /** Families of relation types, when the API groups them: [{id, types: [type]}] sorted by id. */
    families() {
        const byFamily = new Map();
        for (const type of this.types.values()) {
            if (type.family) {
                byFamily.set(type.family, [...(byFamily.get(type.family) ?? []), type]);
            }
        }
        return [...byFamily.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, types]) => ({ id, types }));
    }

    /** The relation type ids a type filter value stands for: one type, or every type of family:<id>. */
    typesOf(filterValue) {
        if (!filterValue) {
            return null;
        }
        if (filterValue.startsWith('family:')) {
            const family = filterValue.slice('family:'.length);
            return [...this.types.values()].filter(t => t.family === family).map(t => t.id);
        }
        return [filterValue];
    }

    /** "Leon Trotsky expelled from Bolshevik Party": labels read SUBJECT label OBJECT. */
    sentence(relation) {
        return `${relation.source.name} ${this.label(relation.type)} ${relation.target.name}`;
    }
}

const provenanceWords = {
    text: 'given by the text',
    editorial: 'added by the curator, see the note',
    'text/editorial': 'start from the text, end added by the curator, see the note',
    'editorial/text': 'start added by the curator, see the note; end from the text',
};

export function describeDate(date) {
    if (!date) {
        return 'The text gives no date.';
    }
    const provenance = date.provenance ? ` (${provenanceWords[date.provenance] ?? date.provenance})` : '';
    return `${date.edtf}${provenance}`;
}

function span(validity) {
    if (validity.from && validity.to) {
        return validity.from === validity.to ? `in ${validity.from}` : `from ${validity.from} to ${validity.to}`;
    }
    return validity.from ? `from ${validity.from} on` : validity.to ? `until ${validity.to}` : 'at every date';
}

export function describeValidity(validity) {
    switch (validity.kind) {
        case 'dated':
            return `Dated by its own date: in force ${span(validity)}.`;
        case 'bounded':
            return `No date of its own; bounded by its participants' lifespans: in force ${span(validity)}.`;
        default:
            return 'Undated: nothing limits it in time.';
    }
}

/** names: entity id -> name, for a claim disputed by an entity rather than the author. */
export function describeVoice(voice, names = new Map()) {
    const who = voice.attributedTo ? ` (${voice.attributedTo.name})` : '';
    const source = {
        author: "The author's own claim",
        quoted: `A claim the text quotes${who}`,
        reported: `A claim the text reports${who}`,
    }[voice.source] ?? voice.source;
    if (voice.stance !== 'disputed') {
        return `${source}, asserted.`;
    }
    const disputer = !voice.disputedBy || voice.disputedBy === 'author' ? 'the author' : names.get(voice.disputedBy) ?? voice.disputedBy;
    return `${source}, disputed by ${disputer}.`;
}

export function describeLifespan(existence) {
    if (!existence) {
        return 'Not recorded.';
    }
    return describeDate(existence);
}

/** A ready citation line for one piece of evidence. */
export function citation(document, evidence, relationId, dataset) {
    const date = document.date ? ` (${document.date})` : '';
    const version = dataset ? `, dataset ${dataset}` : '';
    return `${document.author}, “${document.title}”${date}, code points ${evidence.start}–${evidence.end}; ` +
        `Prosopograph relation ${relationId}${version}.`;
}
