// The only module that knows the REST API's shapes. Everything else in the explorer sees the normalised
// objects described below, so a change of the API's JSON is absorbed here.
//
// It reads the API's own OpenAPI document once to learn which query parameters each operation accepts, and
// sends no other: the API answers unknown parameters with a 400. A filter an operation cannot take is
// reported back as "unapplied" and applied by the caller on the normalised answer instead.
//
// Normalised shapes:
//   entity     { id, kind, name, aliases: [{name, type}], notes, existence: {edtf, provenance} | null,
//                documents: [{documentId, title, mentions}] }
//   relation   { id, type, source: ref, target: ref, date: {edtf, provenance} | null,
//                validity: {kind: dated|bounded|undated, from, to}, voice: {source, stance, attributedTo: ref|null,
//                disputedBy}, evidence: [{documentId, quote, start, end}] | null, note }     (ref = {id, name, kind})
//   graph      { nodes: [{id, name, kind, depth}], links: [relation], truncated }
//
// Graph answers (neighbourhood, paths) leave each link's evidence and note out (evidence null, note null here): the
// evidence panel reads them from the relation itself, /api/relations/{id}, which always carries them.
//   path       { length, nodes, links }

const openApiPath = '/openapi/v1.json';
let datasetVersion = null;
let acceptedParameters = null;

export class ApiError extends Error {
    constructor(status, detail) {
        super(detail);
        this.status = status;
    }
}

/** The corpus version the last answer came from (X-Dataset-Version), for citations. */
export function dataset() {
    return datasetVersion;
}

async function getJson(path, params = {}) {
    const url = new URL(path, location.origin);
    for (const [name, value] of Object.entries(params)) {
        if (value !== null && value !== undefined && value !== '') {
            url.searchParams.set(name, String(value));
        }
    }
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    datasetVersion = response.headers.get('X-Dataset-Version') ?? datasetVersion;
    if (!response.ok) {
        const problem = await response.json().catch(() => null);
        throw new ApiError(response.status, problem?.detail ?? problem?.title ?? `HTTP ${response.status}`);
    }
    return response.json();
}

// operationId -> Set of query parameter names, from the API's OpenAPI document.
function accepted(operationId) {
    acceptedParameters ??= getJson(openApiPath).then(document => {
        const byOperation = new Map();
        for (const operations of Object.values(document.paths ?? {})) {
            for (const operation of Object.values(operations)) {
                const names = (operation.parameters ?? []).filter(p => p.in === 'query').map(p => p.name);
                byOperation.set(operation.operationId, new Set(names));
            }
        }
        return byOperation;
    });
    return acceptedParameters.then(byOperation => byOperation.get(operationId) ?? new Set());
}

// Lists are bare arrays in older answers and {items, total, limit, offset} envelopes in newer ones.
function items(body) {
    return Array.isArray(body) ? body : (body?.items ?? []);
}

// Every page of a list, for the lists the explorer shows whole (an entity's relations, a document's mentions).
async function allItems(operationId, path, params = {}) {
    const names = await accepted(operationId);
    if (!names.has('limit')) {
        return items(await getJson(path, params));
    }
    const collected = [];
    for (;;) {
        const body = await getJson(path, { ...params, limit: 500, offset: collected.length });
        const page = items(body);
        collected.push(...page);
        if (Array.isArray(body) || page.length === 0 || collected.length >= (body.total ?? 0)) {
            return collected;
        }
    }
}

/**
 * Query parameters for the relation filters an operation accepts; the filters it does not accept come back in
 * `unapplied`, for filterRelations. filters: { types: [id] | null, sources: [] | null, stances: [] | null,
 * undated: 'exclude' | null, asOf: year | null }.
 */
async function relationParameters(operationId, filters) {
    const names = await accepted(operationId);
    const params = {};
    const unapplied = {};
    const list = values => (values && values.length ? values.join(',') : null);

    if (filters.asOf !== null && filters.asOf !== undefined) {
        params.asOf = filters.asOf;
    }
    if (filters.types?.length) {
        if (names.has('type')) {
            params.type = list(filters.types);
        } else if (names.has('types')) {
            params.types = list(filters.types);
        } else {
            unapplied.types = filters.types;
        }
    }
    for (const [filter, name] of [['sources', 'source'], ['stances', 'stance']]) {
        if (filters[filter]?.length) {
            if (names.has(name)) {
                params[name] = list(filters[filter]);
            } else {
                unapplied[filter] = filters[filter];
            }
        }
    }
    if (filters.undated === 'exclude') {
        if (names.has('undated')) {
            params.undated = 'exclude';
        } else {
            unapplied.undated = 'exclude';
        }
    }
    return { params, unapplied };
}

/** Whether a normalised relation passes the filters an operation could not apply itself. */
export function passes(relation, unapplied) {
    return (!unapplied.types || unapplied.types.includes(relation.type))
        && (!unapplied.sources || unapplied.sources.includes(relation.voice.source))
        && (!unapplied.stances || unapplied.stances.includes(relation.voice.stance))
        && (unapplied.undated !== 'exclude' || relation.validity.kind !== 'undated');
}

function reference(value, nodesById) {
    if (value === null || value === undefined) {
        return null;
    }
    if (typeof value === 'string') {
        const node = nodesById?.get(value);
        return { id: value, name: node?.name ?? value, kind: node?.kind ?? null };
    }
    return { id: value.id, name: value.name ?? value.id, kind: value.kind ?? null };
}

function yearOf(edtf) {
    const match = /^-?\d{1,4}/.exec(edtf ?? '');
    return match ? match[0] : null;
}

// Older answers: date (a point) or start/end (a period) as plain strings, no provenance, no validity.
function legacyDate(relation) {
    if (typeof relation.date === 'string') {
        return { edtf: relation.date, provenance: null };
    }
    if (relation.start || relation.end) {
        return { edtf: `${relation.start ?? '..'}/${relation.end ?? '..'}`, provenance: null };
    }
    return null;
}

function legacyValidity(relation) {
    if (typeof relation.date === 'string') {
        return { kind: 'dated', from: yearOf(relation.date), to: null };
    }
    if (relation.start || relation.end) {
        return { kind: 'dated', from: yearOf(relation.start), to: yearOf(relation.end) };
    }
    return { kind: 'undated', from: null, to: null };
}

// Older answers mix voice and stance in one `status`; the contract's mapping splits it.
function legacyVoice(relation) {
    const attributedTo = reference(relation.attributedTo);
    switch (relation.status) {
        case 'quoted':
        case 'reported':
            return { source: relation.status, stance: 'asserted', attributedTo, disputedBy: null };
        case 'contested':
            return { source: attributedTo ? 'quoted' : 'reported', stance: 'disputed', attributedTo, disputedBy: 'author' };
        default:
            return { source: 'author', stance: 'asserted', attributedTo: null, disputedBy: null };
    }
}

function relation(raw, nodesById) {
    const date = typeof raw.date === 'object' && raw.date !== null
        ? { edtf: raw.date.edtf, provenance: raw.date.provenance ?? null }
        : legacyDate(raw);
    const voice = raw.voice
        ? {
            source: raw.voice.source ?? 'author',
            stance: raw.voice.stance ?? 'asserted',
            attributedTo: reference(raw.voice.attributedTo, nodesById),
            disputedBy: raw.voice.disputedBy ?? null,
        }
        : legacyVoice(raw);
    return {
        id: raw.id,
        type: raw.type,
        source: reference(raw.source, nodesById),
        target: reference(raw.target, nodesById),
        date,
        validity: raw.validity
            ? { kind: raw.validity.kind, from: raw.validity.from ?? null, to: raw.validity.to ?? null }
            : legacyValidity(raw),
        voice,
        evidence: raw.evidence ?? null,
        note: raw.note ?? null,
    };
}

function graph(body) {
    const nodes = (body.nodes ?? []).map(n => ({ id: n.id, name: n.name, kind: n.kind, depth: n.depth ?? null }));
    const nodesById = new Map(nodes.map(n => [n.id, n]));
    const links = (body.links ?? body.edges ?? []).map(l => relation(l, nodesById));
    return { nodes, links };
}

function entity(raw) {
    const existence = typeof raw.existence === 'string'
        ? { edtf: raw.existence, provenance: null }
        : raw.existence ?? null;
    return {
        id: raw.id,
        kind: raw.kind,
        name: raw.name,
        aliases: (raw.aliases ?? []).map(a => (typeof a === 'string' ? { name: a, type: null } : a)),
        notes: raw.notes ?? null,
        existence,
        documents: raw.documents ?? [],
    };
}

const entityPath = id => `/api/entities/${encodeURIComponent(id)}`;
const documentPath = id => `/api/documents/${encodeURIComponent(id)}`;

export async function searchEntities(q, limit = 8) {
    return items(await getJson('/api/entities', { q, limit })).map(entity);
}

export async function getEntity(id) {
    return entity(await getJson(entityPath(id)));
}

/** An entity's relations, all of them, in timeline order (dated first, by date then id; the undated after). */
export async function getEntityRelations(id) {
    const raw = await allItems('GetEntityRelations', `${entityPath(id)}/relations`);
    return raw.map(r => relation(r)).sort(byTimeline);
}

// A relation sorts at the first calendar date its EDTF names (the end of `../1927`), undated ones last.
function timelineKey(relation) {
    return /\d{4}(-\d{2}){0,2}/.exec(relation.date?.edtf ?? '')?.[0] ?? '\uffff';
}

function byTimeline(a, b) {
    const [keyA, keyB] = [timelineKey(a), timelineKey(b)];
    return keyA < keyB ? -1 : keyA > keyB ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The ego network, with the filters the endpoint could not apply returned as `unapplied`, and `truncated` when the
 * API capped it (the nearest entities kept, by depth then id).
 */
export async function getNeighbourhood(id, depth, filters) {
    const { params, unapplied } = await relationParameters('GetNeighbourhood', filters);
    const body = await getJson(`${entityPath(id)}/neighbourhood`, { depth, ...params });
    return { ...graph(body), truncated: body.truncated === true, unapplied };
}

export async function findPaths(from, to, filters) {
    const { params, unapplied } = await relationParameters('FindPaths', filters);
    const paths = items(await getJson('/api/paths', { from, to, ...params }))
        .map(p => ({ length: p.length, ...graph(p) }));
    return paths.filter(p => p.links.every(l => passes(l, unapplied)));
}

export async function getRelationTypes() {
    return (await allItems('ListRelationTypes', '/api/relation-types')).map(t => ({
        id: t.id,
        label: t.label ?? t.id,
        symmetric: Boolean(t.symmetric),
        family: t.family ?? null,
        broader: t.broader ?? null,
    }));
}

export async function getEntityKinds() {
    return (await allItems('ListEntityKinds', '/api/entity-kinds')).map(k => ({ id: k.id, label: k.label ?? k.id }));
}

/** The shared colour table (kinds, voices, fallback), as /browser/palette.json gives it; palette.js checks it. */
export async function getPalette() {
    return getJson('/browser/palette.json');
}

/**
 * The years of the corpus, for the "as of" slider: min and max over every date and validity bound, and the
 * span where most relations start (the 10th to the 90th percentile of their first years), which Play walks.
 */
export async function getYearSpan() {
    const relations = (await allItems('GetTimeline', '/api/timeline')).map(r => relation(r));
    const bounds = relations.flatMap(r => [yearOf(r.validity.from), yearOf(r.validity.to), yearOf(r.date?.edtf)])
        .filter(y => y !== null).map(Number);
    const starts = relations.map(r => yearOf(r.date?.edtf) ?? yearOf(r.validity.from))
        .filter(y => y !== null).map(Number).sort((a, b) => a - b);
    if (!bounds.length || !starts.length) {
        return null;
    }
    const percentile = p => starts[Math.floor((starts.length - 1) * p)];
    return { min: Math.min(...bounds), max: Math.max(...bounds), from: percentile(0.1), to: percentile(0.9) };
}

export async function getDocument(id) {
    const raw = await getJson(documentPath(id));
    return { id: raw.id, title: raw.title, author: raw.author, date: raw.date ?? null, language: raw.language ?? null, text: raw.text };
}

export async function getMentions(documentId) {
    return (await allItems('GetDocumentMentions', `${documentPath(documentId)}/mentions`))
        .map(m => ({ entity: reference(m.entity), surface: m.surface, start: m.start, end: m.end }));
}

export async function getRelation(id) {
    return relation(await getJson(`/api/relations/${encodeURIComponent(id)}`));
}

export async function listDocuments() {
    return (await allItems('ListDocuments', '/api/documents')).map(d => ({ id: d.id, title: d.title }));
}
