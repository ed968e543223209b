import { Input as HtmlInput } from '@tarojs/components-react';
import type { InputProps } from '@tarojs/components';
import { useReducer } from 'react';
import { cx } from '@/utils/cx';

/**
 * Taro's HTML input with the behaviour of the Stencil one our forms were written for:
 * - `maxlength={UNCUT}` (-1) means no limit: the HTML input cut a number field to
 *   `maxlength` characters whatever it was, so -1 emptied it on every key;
 * - the class, id and style sit on a block element around the <input>
 *   (`taro-input-core`, as the Stencil element is drawn), so the forms' styles and
 *   the selectors that find a field's input (`.gt-proxy__phone input`) stay as they were;
 * - after every input the field is drawn again, so it shows its `value` even when the
 *   form refused the key and kept its state: React puts a controlled field back to its
 *   value after each input, Preact (the H5 build) only re-renders on a state change, so
 *   a refused key stayed on screen but was never sent.
 */
export default function Input({ className, id, style, maxlength, onInput, ...input }: InputProps) {
  const [, drawAgain] = useReducer((draws: number) => draws + 1, 0);
  return (
    <div className={cx('taro-input-core', className)} id={id} style={typeof style === 'string' ? undefined : style}>
      <HtmlInput
        {...input}
        maxlength={maxlength !== undefined && maxlength < 0 ? NO_LIMIT : maxlength}
        onInput={(event) => {
          onInput?.(event);
          drawAgain();
        }}
      />
    </div>
  );
}

/** The HTML input's "no limit": above any length, so nothing is cut (a browser ignores a `maxlength` it cannot hold). */
const NO_LIMIT = Number.MAX_SAFE_INTEGER;
