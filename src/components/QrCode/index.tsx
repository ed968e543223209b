import { View } from '@tarojs/components';
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';
import './index.scss';

interface QrCodeProps {
  text: string;
  /** What a screen reader says instead of the pattern. */
  label: string;
}

interface Run {
  dark: boolean;
  length: number;
}

/** Rows of dark and light runs, so a row is a few views instead of one per module. */
function rowsOf(text: string): { size: number; rows: Run[][] } {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const size = qr.getModuleCount();
  const rows: Run[][] = [];
  for (let r = 0; r < size; r += 1) {
    const runs: Run[] = [];
    for (let c = 0; c < size; c += 1) {
      const dark = qr.isDark(r, c);
      const last = runs[runs.length - 1];
      if (last && last.dark === dark) last.length += 1;
      else runs.push({ dark, length: 1 });
    }
    rows.push(runs);
  }
  return { size, rows };
}

/**
 * A QR code drawn with plain views (no canvas), so it renders the same in
 * the mini-program and in H5 and stays sharp at any size.
 */
export default function QrCode({ text, label }: QrCodeProps) {
  const { size, rows } = useMemo(() => rowsOf(text), [text]);
  return (
    <View className="gt-qr" ariaLabel={label} data-qr={text}>
      <View className="gt-qr__matrix">
        {rows.map((runs, r) => (
          <View key={r} className="gt-qr__row">
            {runs.map((run, i) => (
              <View key={i} className={run.dark ? 'gt-qr__dark' : 'gt-qr__light'} style={{ width: `${(run.length / size) * 100}%` }} />
            ))}
          </View>
        ))}
      </View>
    </View>
  );
}
