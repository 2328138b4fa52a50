// The whole view lives in the URL (/?entity=trotsky&asOf=1925&depth=2), so a view can be shared, cited and
// restored, and the back button walks back through what the reader did.
//
//   entity   the entity the ego network is centred on          depth    1-3 (default 1)
//   asOf     a year, or absent for every year                   type     a relation type id or family:<id>
//   source   voices kept (author,quoted,reported)               stance   stances kept (asserted,disputed)
//   undated  'exclude' to drop relations with no known period   expand   entities expanded by double-click
//   show     the open panel: entity:<id> | relation:<id> | reader:<document id> | paths
//   to       the other end of the paths panel                   mark     the entity the reader highlights
//   at       a passage the reader scrolls to, start-end in code points

const lists = ['source', 'stance', 'expand'];
const keys = ['entity', 'depth', 'asOf', 'type', 'source', 'stance', 'undated', 'expand', 'show', 'to', 'mark', 'at'];

/** The keys that change what the canvas holds (as opposed to which panel is open). */
export const graphKeys = ['entity', 'depth', 'asOf', 'type', 'source', 'stance', 'undated', 'expand', 'to'];

function parseYear(value) {
    return /^\d{1,4}$/.test(value ?? '') ? Number(value) : null;
}

export function readState(search = location.search) {
    const params = new URLSearchParams(search);
    const state = {};
    for (const key of keys) {
        const value = params.get(key);
        if (lists.includes(key)) {
            state[key] = value ? value.split(',').filter(Boolean) : [];
        } else {
            state[key] = value || null;
        }
    }
    const depth = Number(state.depth);
    state.depth = depth >= 1 && depth <= 3 ? depth : 1;
    state.asOf = parseYear(state.asOf);
    state.undated = state.undated === 'exclude' ? 'exclude' : null;
    return state;
}

export function toSearch(state) {
    const params = new URLSearchParams();
    for (const key of keys) {
        const value = state[key];
        if (lists.includes(key) ? value?.length : value !== null && value !== undefined && value !== '') {
            if (key === 'depth' && value === 1) {
                continue;
            }
            params.set(key, lists.includes(key) ? value.join(',') : String(value));
        }
    }
    const search = params.toString();
    return search ? `?${search}` : '';
}

/** Records a new view: a history entry (push) or, for steps the back button should skip, a replacement. */
export function writeState(state, { replace = false } = {}) {
    const url = `${location.pathname}${toSearch(state)}`;
    if (replace) {
        history.replaceState(null, '', url);
    } else {
        history.pushState(null, '', url);
    }
}

export function sameOn(keysToCompare, a, b) {
    return keysToCompare.every(key => JSON.stringify(a?.[key]) === JSON.stringify(b?.[key]));
}
