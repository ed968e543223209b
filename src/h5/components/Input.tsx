import { Input as HtmlInput } from '@tarojs/components-react';
import type { InputProps } from '@tarojs/components';
import { cx } from '@/utils/cx';

/**
 * Taro's HTML input with the behaviour of the Stencil one our forms were written for:
 * - `maxlength={UNCUT}` (-1) means no limit: the HTML input cut a number field to
 *   `maxlength` characters whatever it was, so -1 emptied it on every key;
 * - the class, id and style sit on a block element around the <input>
 *   (`taro-input-core`, as the Stencil element is drawn), so the forms' styles and
 *   the selectors that find a field's input (`.gt-proxy__phone input`) stay as they were.
 */
export default function Input({ className, id, style, maxlength, ...input }: InputProps) {
  return (
    <div className={cx('taro-input-core', className)} id={id} style={typeof style === 'string' ? undefined : style}>
      <HtmlInput {...input} maxlength={maxlength !== undefined && maxlength < 0 ? NO_LIMIT : maxlength} />
    </div>
  );
}

/** The HTML input's "no limit": above any length, so nothing is cut (a browser ignores a `maxlength` it cannot hold). */
const NO_LIMIT = Number.MAX_SAFE_INTEGER;
