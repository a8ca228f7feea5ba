import type { Segment } from '../faq/highlight';

/** Highlighted text as text nodes and <mark>s: nothing here is ever parsed as HTML. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}
