// A search box with suggestions as you type (the API's typo-tolerant search), as an ARIA combobox:
// arrows move through the suggestions, Enter picks, Escape closes the list.
import * as api from './api.js';
import { el, clear } from './dom.js';

export class EntitySearch {
    constructor(input, list, onPick, describeKind) {
        this.input = input;
        this.list = list;
        this.onPick = onPick;
        this.describeKind = describeKind;
        this.options = [];
        this.active = -1;
        this.asked = 0;
        input.setAttribute('role', 'combobox');
        input.setAttribute('aria-autocomplete', 'list');
        input.setAttribute('aria-expanded', 'false');
        input.setAttribute('aria-controls', list.id);
        list.setAttribute('role', 'listbox');
        input.addEventListener('input', () => this.schedule());
        input.addEventListener('keydown', event => this.onKey(event));
        input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    }

    schedule() {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.suggest(), 120);
    }

    async suggest() {
        const q = this.input.value.trim();
        const asked = ++this.asked;
        if (!q) {
            this.close();
            return;
        }
        const found = await api.searchEntities(q).catch(() => []);
        if (asked !== this.asked) {
            return; // a later keystroke has asked again
        }
        this.options = found;
        this.active = found.length ? 0 : -1;
        this.render();
    }

    render() {
        clear(this.list);
        this.options.forEach((entity, index) => {
            this.list.append(el('li', {
                class: index === this.active ? 'option is-active' : 'option',
                attrs: { role: 'option', id: `${this.list.id}-${index}`, 'aria-selected': index === this.active ? 'true' : 'false', 'data-entity': entity.id },
                on: { mousedown: event => { event.preventDefault(); this.pick(index); } },
            }, el('span', { class: 'name' }, entity.name), el('span', { class: 'muted' }, ` ${this.describeKind(entity.kind)}`)));
        });
        if (!this.options.length) {
            this.list.append(el('li', { class: 'option muted', attrs: { role: 'option', 'aria-disabled': 'true' } }, 'No match'));
        }
        this.list.hidden = false;
        this.input.setAttribute('aria-expanded', 'true');
        this.input.setAttribute('aria-activedescendant', this.active >= 0 ? `${this.list.id}-${this.active}` : '');
    }

    onKey(event) {
        const open = !this.list.hidden;
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            if (!open || !this.options.length) {
                return;
            }
            const step = event.key === 'ArrowDown' ? 1 : -1;
            this.active = (this.active + step + this.options.length) % this.options.length;
            this.render();
        } else if (event.key === 'Enter') {
            event.preventDefault();
            if (open && this.active >= 0) {
                this.pick(this.active);
            }
        } else if (event.key === 'Escape' && open) {
            event.stopPropagation(); // closes the list, not the panel behind it
            this.close();
        }
    }

    pick(index) {
        const entity = this.options[index];
        this.input.value = entity.name;
        this.close();
        this.onPick(entity);
    }

    close() {
        this.list.hidden = true;
        this.input.setAttribute('aria-expanded', 'false');
        this.input.removeAttribute('aria-activedescendant');
    }
}
