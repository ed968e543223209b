import Taro from '@tarojs/taro';

const ERROR_SELECTOR = '.gt-field--error';

/**
 * Brings the first field marked with an error into view. The H5 router keeps
 * earlier pages in the document (hidden), so there the first visible one is
 * looked up; on WeChat the selector is scoped to the page on screen.
 */
export function scrollToFirstError(): void {
  if (process.env.TARO_ENV === 'h5') {
    const marked = Array.from(document.querySelectorAll<HTMLElement>(ERROR_SELECTOR));
    marked.find((element) => element.offsetParent !== null)?.scrollIntoView({ block: 'center' });
    return;
  }
  // A page too short to scroll answers fail: the field is already in view.
  Taro.pageScrollTo({ selector: ERROR_SELECTOR, offsetTop: -80, duration: 200 }).catch(() => undefined);
}
