import { Canvas, View } from '@tarojs/components';
import Taro, { type CanvasContext } from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import Button from '@/components/Button';
import { proxyText } from '@/text/proxy';

export const SIGNATURE_CANVAS = 'gt-daiban-signature';

interface Point {
  x: number;
  y: number;
}

interface TouchLike {
  x?: number;
  y?: number;
  clientX?: number;
  clientY?: number;
}

/** The canvas's position on screen, read at the start of each stroke (the page may have scrolled). */
function padRect(): Promise<{ left: number; top: number }> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${SIGNATURE_CANVAS}`)
      .boundingClientRect((rect) => resolve(Array.isArray(rect) || !rect ? { left: 0, top: 0 } : { left: rect.left, top: rect.top }))
      .exec();
  });
}

/** A touch in the canvas's own coordinates: the mini-program gives them (x, y); the browser gives the screen's. */
function pointOf(touch: TouchLike, rect: { left: number; top: number }): Point {
  if (typeof touch.x === 'number' && typeof touch.y === 'number') return { x: touch.x, y: touch.y };
  return { x: (touch.clientX ?? 0) - rect.left, y: (touch.clientY ?? 0) - rect.top };
}

/**
 * 签收: the resident (or a witness) signs with a finger on a canvas. The
 * drawing is exported as an image by `signatureImage` and uploaded like a
 * photo. `onDrawn` says whether anything was drawn yet.
 */
export default function SignaturePad({ onDrawn }: { onDrawn: (drawn: boolean) => void }) {
  const context = useRef<CanvasContext | null>(null);
  const last = useRef<Point | null>(null);
  const rect = useRef({ left: 0, top: 0 });
  useEffect(() => {
    context.current = Taro.createCanvasContext(SIGNATURE_CANVAS);
  }, []);
  const ink = (ctx: CanvasContext) => {
    ctx.setStrokeStyle('#111111');
    ctx.setLineWidth(4);
    ctx.setLineCap('round');
  };
  const start = async (touches: TouchLike[]) => {
    rect.current = await padRect();
    if (touches[0]) last.current = pointOf(touches[0], rect.current);
  };
  const move = (touches: TouchLike[]) => {
    const ctx = context.current;
    if (!ctx || !last.current || !touches[0]) return;
    const next = pointOf(touches[0], rect.current);
    ink(ctx);
    ctx.beginPath();
    ctx.moveTo(last.current.x, last.current.y);
    ctx.lineTo(next.x, next.y);
    ctx.stroke();
    void ctx.draw(true);
    last.current = next;
    onDrawn(true);
  };
  const clear = () => {
    void context.current?.draw(false);
    onDrawn(false);
  };
  return (
    <View className="gt-signature">
      <Canvas
        id={SIGNATURE_CANVAS}
        canvasId={SIGNATURE_CANVAS}
        className="gt-signature__pad"
        disableScroll
        onTouchStart={(e) => void start(e.touches as unknown as TouchLike[])}
        onTouchMove={(e) => move(e.touches as unknown as TouchLike[])}
        onTouchEnd={() => (last.current = null)}
      />
      <Button size="small" className="gt-signature__clear" onClick={clear}>
        {proxyText.steps.clear}
      </Button>
    </View>
  );
}

/** The drawn signature as a local image file, to upload. */
export async function signatureImage(): Promise<string> {
  const { tempFilePath } = await Taro.canvasToTempFilePath({ canvasId: SIGNATURE_CANVAS, fileType: 'png' });
  return tempFilePath;
}
