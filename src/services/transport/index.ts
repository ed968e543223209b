import type { Transport } from './types';

/**
 * The transport for the platform being built. `process.env.TARO_ENV` is a
 * build-time constant, so webpack keeps only one branch and the other
 * transport never enters the bundle (no fetch/dev identity in weapp, no
 * wx.cloud in H5).
 */
function pickTransport(): Transport {
  // Keep the if/else shape: webpack drops a `require` only inside a branch it
  // can prove dead, not one after an early return.
  if (process.env.TARO_ENV === 'weapp') {
    return (require('./weapp') as typeof import('./weapp')).weappTransport;
  } else {
    return (require('./h5') as typeof import('./h5')).h5Transport;
  }
}

export const transport: Transport = pickTransport();

export { TransportError } from './types';
export type { Transport } from './types';
