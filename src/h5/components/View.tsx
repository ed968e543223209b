import { forwardRef, useEffect, useRef, useState, type ForwardedRef, type TouchEvent } from 'react';
import type { ViewProps } from '@tarojs/components';
import { cx } from '@/utils/cx';

/**
 * A <div> drawn the way the Stencil view our pages were written for is:
 * - the class is on the element in the render that sets it (Taro's HTML view
 *   applies a new class one render later, so an effect that looks for it,
 *   such as scrolling to the first `gt-field--error`, found nothing);
 * - `hoverClass` is added `hoverStartTime` after a touch starts and kept
 *   `hoverStayTime` after it ends (Taro's HTML view never added it).
 * (`ariaRole`/`ariaLabel` arrive as `role`/`aria-label`: Taro's H5 compile renames them.)
 */
function View(props: ViewProps, ref: ForwardedRef<HTMLDivElement>) {
  const { className, hoverClass, hoverStartTime = 50, hoverStayTime = 400, style, ...rest } = props;
  const { onTouchStart, onTouchEnd, children, ...element } = rest;
  const [hover, setHover] = useState(false);
  const touching = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  const hovers = Boolean(hoverClass) && hoverClass !== 'none';
  const later = (on: boolean, ms: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => touching.current === on && setHover(on), ms);
  };
  return (
    <div
      {...(element as object)}
      ref={ref}
      style={typeof style === 'string' ? undefined : style}
      className={cx(className, hovers && hover && hoverClass)}
      onTouchStart={(event: TouchEvent<HTMLDivElement>) => {
        touching.current = true;
        if (hovers) later(true, hoverStartTime);
        onTouchStart?.(event as never);
      }}
      onTouchEnd={(event: TouchEvent<HTMLDivElement>) => {
        touching.current = false;
        if (hovers) later(false, hoverStayTime);
        onTouchEnd?.(event as never);
      }}
    >
      {children}
    </div>
  );
}

export default forwardRef(View);
