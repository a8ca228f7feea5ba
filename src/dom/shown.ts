/**
 * Whether a page's own element is on screen, judged without asking for layout (this runs on every
 * change): single-page apps hide what is not shown with the `hidden` attribute or with
 * display:none / visibility:hidden set inline, or move it off screen with a class of their own.
 */
export function isShown(element: Element, offScreenClass?: string): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    if (offScreenClass && node.classList.contains(offScreenClass)) return false;
    const style = (node as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
}
