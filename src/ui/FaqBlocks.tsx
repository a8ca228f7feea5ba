import { highlight } from '../faq/highlight';
import type { FaqBlock } from '../faq/types';
import { Highlighted } from './Highlighted';

/** An FAQ entry's body: paragraphs, lists and notes, always rendered as text. */
export function FaqBlocks({ blocks, terms = [] }: { blocks: FaqBlock[]; terms?: string[] }) {
  return (
    <>
      {blocks.map((block, i) => (
        <Block key={i} block={block} terms={terms} />
      ))}
    </>
  );
}

function Block({ block, terms }: { block: FaqBlock; terms: string[] }) {
  if (typeof block === 'string')
    return (
      <p>
        <Highlighted segments={highlight(block, terms)} />
      </p>
    );
  if ('note' in block)
    return (
      <p class="note">
        <Highlighted segments={highlight(block.note, terms)} />
      </p>
    );
  const items = block.list.map((item, i) => (
    <li key={i}>
      <Highlighted segments={highlight(item, terms)} />
    </li>
  ));
  return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
}
