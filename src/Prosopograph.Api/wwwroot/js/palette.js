// The colours of entity kinds and relation voices. They are not defined here nor in explorer.css: the page
// reads the one colour table the API serves (/browser/palette.json, from src/Prosopograph.Api/Browser), which
// the Neo4j Browser stylesheet and the GEXF export read too, so a party is the same red in all three.

const hexColour = /^#[0-9a-f]{6}$/i;

function checked(table, what) {
    if (table === null || typeof table !== 'object') {
        throw new Error(`The colour table has no ${what}.`);
    }
    for (const [name, colour] of Object.entries(table)) {
        if (!hexColour.test(colour)) {
            throw new Error(`The colour table gives ${what} "${name}" the colour "${colour}", not #RRGGBB.`);
        }
    }
    return new Map(Object.entries(table));
}

export class Palette {
    constructor({ kinds, voices, fallback }) {
        this.kinds = checked(kinds, 'kinds');
        this.voices = checked(voices, 'voices');
        this.fallback = checked({ fallback }, 'fallback').get('fallback');
    }

    kindColour(kind) {
        return this.kinds.get(kind) ?? this.fallback;
    }

    /** A voice name as voiceOf gives it: author, quoted, reported or disputed. */
    voiceColour(voice) {
        return this.voices.get(voice) ?? this.fallback;
    }
}

/**
 * The palette entry a relation is coloured by: a disputed claim apart, else whose voice carries it (the author,
 * a quoted source, a report). The GEXF export decides the same way (Export/Formats/GraphFields.Voice).
 */
export function voiceOf(voice) {
    return voice.stance === 'disputed' ? 'disputed' : voice.source;
}
