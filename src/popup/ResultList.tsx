import { blockText, type FaqEntry } from '../faq/types';
import { highlight, snippet } from '../faq/highlight';
import { Highlighted } from '../ui/Highlighted';

export interface ResultItem {
  entry: FaqEntry;
  terms: string[];
}

interface Props {
  items: ResultItem[];
  active: number;
  label: string;
  onOpen: (index: number) => void;
  onHover: (index: number) => void;
}

export const optionId = (entry: FaqEntry) => `faq-option-${entry.id}`;

/** The results as an ARIA listbox driven from the search box (aria-activedescendant). */
export function ResultList({ items, active, label, onOpen, onHover }: Props) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA listbox pattern; focus stays in the search box (aria-activedescendant), and axe checks it.
    <ul id="faq-results" role="listbox" aria-label={label} class="results">
      {items.map(({ entry, terms }, i) => {
        const body = entry.body.map(blockText).join(' ');
        return (
          // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the search box (aria-activedescendant).
          // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard reaches options from the search box (arrows and Enter).
          <li
            key={entry.id}
            id={optionId(entry)}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an option of the listbox above; the keyboard drives it from the search box.
            role="option"
            aria-selected={i === active}
            class={i === active ? 'result active' : 'result'}
            data-faq-id={entry.id}
            onMouseDown={(e) => e.preventDefault() /* keep focus in the search box */}
            onClick={() => onOpen(i)}
            onMouseMove={() => i !== active && onHover(i)}
          >
            <span class="result-title">
              <Highlighted segments={highlight(entry.title, terms)} />
            </span>
            {terms.length > 0 && (
              <span class="result-snippet">
                <Highlighted segments={snippet(body, terms)} />
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
