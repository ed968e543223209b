import { Canvas, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef } from 'react';
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

/** What a 2d canvas's context offers on both builds (WeChat's `Canvas.getContext('2d')` and the browser's). */
interface Context2d {
  strokeStyle: string;
  fillStyle: string;
  lineWidth: number;
  lineCap: string;
  lineJoin: string;
  scale(x: number, y: number): void;
  fillRect(x: number, y: number, width: number, height: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
}

/** The canvas node `fields({ node: true })` answers: WeChat's Canvas on weapp, the `<canvas>` element on H5. */
type CanvasNode = Taro.Canvas;

/** The canvas, ready to draw on in CSS pixels, and its place on screen. */
interface Pad {
  canvas: CanvasNode;
  ctx: Context2d;
  rect: { left: number; top: number; width: number; height: number };
}

/** The canvas node and its box on screen (the page may have scrolled since the last stroke). */
function query(): Promise<{ canvas: CanvasNode | null; rect: Pad['rect'] }> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${SIGNATURE_CANVAS}`)
      .fields({ node: true })
      .select(`#${SIGNATURE_CANVAS}`)
      .boundingClientRect()
      .exec((res: Array<{ node?: CanvasNode | null; left?: number; top?: number; width?: number; height?: number } | null>) => {
        const [fields, box] = res;
        const { left = 0, top = 0, width = 0, height = 0 } = box ?? {};
        resolve({ canvas: fields?.node ?? null, rect: { left, top, width, height } });
      });
  });
}

/** The backing store sized for the screen's pixels (sharp lines), drawn in CSS pixels, on white. */
function prepare(canvas: CanvasNode, rect: Pad['rect']): Context2d | null {
  // Both builds answer a CanvasRenderingContext2D-like object for '2d'.
  const ctx = canvas.getContext('2d') as Context2d | null;
  if (!ctx) return null;
  const ratio = Taro.getWindowInfo().pixelRatio || 1;
  canvas.width = Math.round(rect.width * ratio);
  canvas.height = Math.round(rect.height * ratio);
  ctx.scale(ratio, ratio);
  blank(ctx, rect);
  return ctx;
}

function blank(ctx: Context2d, rect: Pad['rect']): void {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, rect.width, rect.height);
  ctx.strokeStyle = '#111111';
  ctx.lineWidth = 4;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
}

/** A touch in the canvas's own coordinates: the mini-program's canvas gives them (x, y); the browser gives the screen's. */
function pointOf(touch: TouchLike, rect: Pad['rect']): Point {
  if (typeof touch.x === 'number' && typeof touch.y === 'number') return { x: touch.x, y: touch.y };
  return { x: (touch.clientX ?? 0) - rect.left, y: (touch.clientY ?? 0) - rect.top };
}

/**
 * 签收: the resident (or a witness) signs with a finger on a 2d canvas
 * (`<Canvas type="2d">` and its node: WeChat's current canvas API; the
 * canvas-id one is unmaintained), the same component on weapp and H5. The
 * canvas is made ready at the first touch, when it is surely on screen.
 * `signatureImage` exports the drawing to upload like a photo; `onDrawn`
 * says whether anything was drawn yet.
 */
export default function SignaturePad({ onDrawn }: { onDrawn: (drawn: boolean) => void }) {
  const pad = useRef<Pad | null>(null);
  const last = useRef<Point | null>(null);
  const start = async (touches: TouchLike[]) => {
    const { canvas, rect } = await query();
    if (!canvas) return;
    // Sized once: resizing a canvas wipes it (a node answered by a later query may be a new object for the same canvas).
    if (!pad.current) {
      const ctx = prepare(canvas, rect);
      pad.current = ctx ? { canvas, ctx, rect } : null;
    } else pad.current.rect = rect;
    if (pad.current && touches[0]) last.current = pointOf(touches[0], rect);
  };
  const move = (touches: TouchLike[]) => {
    const current = pad.current;
    if (!current || !last.current || !touches[0]) return;
    const next = pointOf(touches[0], current.rect);
    current.ctx.beginPath();
    current.ctx.moveTo(last.current.x, last.current.y);
    current.ctx.lineTo(next.x, next.y);
    current.ctx.stroke();
    last.current = next;
    onDrawn(true);
  };
  const clear = () => {
    if (pad.current) blank(pad.current.ctx, pad.current.rect);
    onDrawn(false);
  };
  return (
    <View className="gt-signature">
      <Canvas
        type="2d"
        id={SIGNATURE_CANVAS}
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

/**
 * The drawn signature as a local image file, to upload. WeChat exports a 2d
 * canvas given as `canvas`; Taro 4's H5 `canvasToTempFilePath` finds its
 * canvas by id only (it ignores `canvas`), and answers a data URL.
 */
export async function signatureImage(): Promise<string> {
  const { canvas } = await query();
  if (!canvas) throw new Error('signature canvas not on the page');
  const target = process.env.TARO_ENV === 'h5' ? { canvasId: SIGNATURE_CANVAS } : { canvas };
  const { tempFilePath } = await Taro.canvasToTempFilePath({ ...target, fileType: 'png' });
  return tempFilePath;
}
