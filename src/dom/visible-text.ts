/**
 * The text of an element as a reader sees it: block elements and <br> become line breaks.
 * textContent glues blocks together ("…recipients:taro@docomo.ne.jpYour message…") and innerText
 * forces a layout, so this walks the text nodes itself. Stops after `limit` characters.
 */
const BLOCK = /^(ADDRESS|ARTICLE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FOOTER|H[1-6]|HEADER|HR|LI|OL|P|PRE|SECTION|TABLE|TBODY|TD|TH|TR|UL)$/;
const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;

export function visibleText(root: Element, limit = 200_000): string {
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && length < limit; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child.nodeValue ?? '';
        parts.push(text);
        length += text.length;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP.test(tag)) continue;
        const block = BLOCK.test(tag);
        if (block) parts.push('\n');
        if (tag === 'TD' || tag === 'TH') parts.push(' ');
        walk(child);
        if (block) parts.push('\n');
      }
    }
  };
  walk(root);
  return parts
    .join('')
    .replace(/[ \t\u00a0]*\n[\s]*/g, '\n')
    .slice(0, limit);
}
