// Builds DOM from data without ever parsing HTML: corpus strings (names, quotes, notes) go in as text nodes,
// so nothing in a corpus file can become markup or script.

/**
 * el('button', { class: 'x', attrs: { 'aria-label': '...' }, on: { click: f } }, 'text', childNode, ...)
 * Strings among the children become text nodes; null and false are skipped.
 */
export function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    if (props.class) {
        node.className = props.class;
    }
    for (const [name, value] of Object.entries(props.attrs ?? {})) {
        if (value !== null && value !== undefined && value !== false) {
            node.setAttribute(name, value === true ? '' : String(value));
        }
    }
    for (const [event, handler] of Object.entries(props.on ?? {})) {
        node.addEventListener(event, handler);
    }
    append(node, ...children);
    return node;
}

export function append(node, ...children) {
    for (const child of children.flat()) {
        if (child === null || child === undefined || child === false) {
            continue;
        }
        node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    }
    return node;
}

export function clear(node) {
    node.replaceChildren();
    return node;
}

export function byId(id) {
    return document.getElementById(id);
}
