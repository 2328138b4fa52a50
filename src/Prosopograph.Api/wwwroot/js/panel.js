// The side panel: one of entity, evidence, paths or reader at a time, closed with its button or Escape.
import { byId, clear, append } from './dom.js';

export class Panel {
    constructor(onClose) {
        this.root = byId('panel');
        this.title = byId('panel-title');
        this.body = byId('panel-body');
        byId('panel-close').addEventListener('click', onClose);
    }

    get isOpen() {
        return !this.root.hidden;
    }

    /** Shows a panel; with focus, moves the keyboard focus to its title so the reader lands on it. */
    show(kind, title, nodes, { focus = false } = {}) {
        this.root.dataset.kind = kind;
        this.title.textContent = title;
        append(clear(this.body), ...nodes);
        this.root.hidden = false;
        this.body.scrollTop = 0;
        if (focus) {
            this.title.focus();
        }
    }

    close() {
        this.root.hidden = true;
        delete this.root.dataset.kind;
        clear(this.body);
    }
}
