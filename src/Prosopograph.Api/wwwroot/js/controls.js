// The toolbar: depth, the "as of" year slider with its play button, and the relation filters (type or
// family, voice, stance, undated). Controls only read and write the view state; main.js does the rest.
import { byId, el } from './dom.js';

const sources = ['author', 'quoted', 'reported'];
const stances = ['asserted', 'disputed'];
const playStepMs = 700;

// Types in label order, each followed by its narrower types (SKOS broader), indented by level.
function typeTree(vocabulary) {
    const types = [...vocabulary.types.values()].sort((a, b) => a.label.localeCompare(b.label));
    const known = new Set(types.map(t => t.id));
    const ordered = [];
    const visit = (type, level) => {
        ordered.push({ type, level });
        types.filter(t => t.broader === type.id).forEach(t => visit(t, level + 1));
    };
    types.filter(t => !t.broader || !known.has(t.broader)).forEach(t => visit(t, 0));
    return ordered;
}

export class Controls {
    constructor({ vocabulary, years, navigate, current }) {
        this.navigate = navigate;
        this.current = current;
        this.years = years ?? { min: 1900, max: 1945, from: 1900, to: 1945 };
        this.depth = byId('depth');
        this.asOfOn = byId('as-of-on');
        this.year = byId('as-of');
        this.yearOutput = byId('as-of-year');
        this.play = byId('play');
        this.type = byId('type-filter');
        this.undated = byId('undated');

        this.year.min = String(this.years.min);
        this.year.max = String(this.years.max);
        this.year.value = String(this.years.from);
        this.fillTypes(vocabulary);

        this.depth.addEventListener('change', () => navigate({ depth: Number(this.depth.value) }));
        this.asOfOn.addEventListener('change', () => navigate({ asOf: this.asOfOn.checked ? Number(this.year.value) : null }));
        // Dragging updates the view in place; letting go records one history entry.
        this.year.addEventListener('input', () => navigate({ asOf: Number(this.year.value) }, { replace: true }));
        this.year.addEventListener('change', () => navigate({ asOf: Number(this.year.value) }));
        this.play.addEventListener('click', () => this.toggle());
        this.type.addEventListener('change', () => navigate({ type: this.type.value || null }));
        for (const [name, values] of [['source', sources], ['stance', stances]]) {
            for (const value of values) {
                byId(`${name}-${value}`).addEventListener('change', () => navigate({ [name]: this.checked(name, values) }));
            }
        }
        this.undated.addEventListener('change', () => navigate({ undated: this.undated.checked ? null : 'exclude' }));
    }

    fillTypes(vocabulary) {
        const families = vocabulary.families();
        if (families.length) {
            this.type.append(el('optgroup', { attrs: { label: 'Families' } },
                families.map(f => el('option', { attrs: { value: `family:${f.id}` } }, `${f.id.replaceAll('_', ' ')} (${f.types.length} types)`))));
        }
        this.type.append(el('optgroup', { attrs: { label: 'Types (a type includes the ones under it)' } },
            typeTree(vocabulary).map(({ type, level }) =>
                el('option', { attrs: { value: type.id } }, `${'\u00a0\u00a0'.repeat(level)}${type.label}`))));
    }

    // The voices ticked, or [] (no filter) when every one is.
    checked(name, values) {
        const ticked = values.filter(v => byId(`${name}-${v}`).checked);
        return ticked.length === values.length ? [] : ticked;
    }

    /** Shows a state in the controls (after a navigation, a deep link or the back button). */
    sync(state) {
        this.depth.value = String(state.depth);
        this.asOfOn.checked = state.asOf !== null;
        if (state.asOf !== null) {
            this.year.value = String(state.asOf);
        }
        this.yearOutput.textContent = state.asOf !== null ? String(state.asOf) : 'all years';
        this.year.setAttribute('aria-valuetext', state.asOf !== null ? `as of ${state.asOf}` : 'all years');
        this.type.value = state.type ?? '';
        for (const [name, values] of [['source', sources], ['stance', stances]]) {
            for (const value of values) {
                byId(`${name}-${value}`).checked = !state[name].length || state[name].includes(value);
            }
        }
        this.undated.checked = state.undated !== 'exclude';
    }

    /**
     * Play steps the year from where the slider is to the end of the span where most relations start (or, from
     * beyond it, to the last year), then stops; from the end it starts over.
     */
    toggle() {
        if (this.playing) {
            this.stop();
            return;
        }
        const { from, to, max } = this.years;
        const at = this.current().asOf ?? Number(this.year.value);
        let [year, last] = at < to ? [at, to] : at < max ? [at, max] : [from, to];
        this.playing = true;
        this.play.setAttribute('aria-pressed', 'true');
        this.play.textContent = 'Pause';
        this.navigate({ asOf: year });
        this.timer = setInterval(() => {
            year += 1;
            if (year > last) {
                this.stop();
                return;
            }
            this.navigate({ asOf: year }, { replace: true });
        }, playStepMs);
    }

    stop() {
        clearInterval(this.timer);
        this.playing = false;
        this.play.setAttribute('aria-pressed', 'false');
        this.play.textContent = 'Play';
    }
}
