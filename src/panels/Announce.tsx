import { useEffect, useState } from 'preact/hooks';

/**
 * Says `text` to screen readers once the panel is on the page. A live region announces changes to
 * its content, not its own arrival, so it starts empty and is filled a moment later.
 */
export function Announce({ text, urgent = false }: { text: string; urgent?: boolean }) {
  const [said, setSaid] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSaid(text), 150);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <p class="sr-only" role={urgent ? 'alert' : 'status'}>
      {said}
    </p>
  );
}
