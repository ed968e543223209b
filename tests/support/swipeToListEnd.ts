import type { Page } from 'playwright-core';

/**
 * As a thumb does on a list read a page at a time: up a little, then down to
 * the end of the scrolling box around the last `itemSelector`, each move
 * waiting for its scroll event. Taro calls onReachBottom once per entry into
 * the bottom zone (the page's onReachBottomDistance), so each swipe leaves
 * the zone first: a jump straight to the end can land while the zone is still
 * marked entered (its last call came while a page was loading) and ask for
 * nothing.
 */
export async function swipeToListEnd(page: Page, itemSelector: string): Promise<void> {
  // Runs in the page; the tests compile without the DOM typings.
  await page.evaluate(`(async () => {
    const last = Array.from(document.querySelectorAll(${JSON.stringify(itemSelector)})).pop();
    let box = last && last.parentElement;
    while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
    if (!box) throw new Error('no scrolling box around the list');
    const moveTo = (top) => new Promise((resolve) => {
      const target = Math.max(0, Math.min(top, box.scrollHeight - box.clientHeight));
      if (Math.abs(box.scrollTop - target) < 1) return resolve();
      box.addEventListener('scroll', () => resolve(), { once: true });
      box.scrollTop = target;
    });
    await moveTo(box.scrollHeight - box.clientHeight - 800);
    await moveTo(box.scrollHeight);
  })()`);
}
