import { takeSubscribeOutsideTap } from './subscribeViolations';

// Every browser test fails when a page asked for subscribe messages outside a tap.
afterEach(() => {
  const violations = takeSubscribeOutsideTap();
  if (violations.length > 0) throw new Error(`requestSubscribeMessage called outside a tap:\n${violations.join('\n')}`);
});
