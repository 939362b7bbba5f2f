/**
 * Which tab the popup describes: the active tab of its window, or, when the popup page was opened
 * in a tab of its own (tests, or a reader pinning it), the `?tab=` of its URL.
 */
export async function targetTab(
  search: string,
  queryActive: () => Promise<{ id?: number }[]>,
): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null) {
    const id = Number(param);
    return Number.isInteger(id) && id >= 0 ? id : null;
  }
  const [tab] = await queryActive();
  return typeof tab?.id === 'number' ? tab.id : null;
}
