import { openMessage, handOverMessage } from '../../cloudfunctions/domain/messages/firstInquiry';
import { leaveMessage } from '../../cloudfunctions/domain/messages/leaveMessage';
import { applyMessageChange, publishMessage } from '../../cloudfunctions/domain/messages/messageOutcomes';
import { answerMessage, replyToMessage } from '../../cloudfunctions/domain/messages/threadPosts';
import { DEMO_GRIDS, DEMO_PLACES } from '../../localcloud/seed/demoPlaces';
import { demoUsers } from '../../localcloud/seed/demoUsers';

const person = (id: string) => demoUsers.find((u) => u._id === id)!;
const t0 = new Date('2026-03-02T08:00:00+08:00');
const later = (h: number) => new Date(t0.getTime() + h * 3_600_000);

function fresh() {
  return leaveMessage({
    id: 'm1',
    clientKey: 'key-00001',
    now: t0,
    author: person('demo-resident-wang'),
    grid: DEMO_GRIDS.hubin1,
    village: DEMO_PLACES.hubin,
    text: '问个事',
    photos: [],
    publicConsent: true,
  });
}

describe('first-inquiry responsibility', () => {
  it('the first staff member to open an unanswered message owns it; opening again changes nothing', () => {
    const opened = applyMessageChange(fresh(), openMessage(fresh(), person('demo-staff-hubin'), later(1))!);
    expect(opened.ownerId).toBe('demo-staff-hubin');
    expect(openMessage(opened, person('demo-staff-township'), later(2))).toBeNull();
  });

  it('only the owner replies or hands over; the answer ends the ownership, the resident writing again reopens it', () => {
    const opened = applyMessageChange(fresh(), openMessage(fresh(), person('demo-staff-hubin'), later(1))!);
    const input = { by: person('demo-staff-township'), now: later(2), opId: 'op-000001', text: '答', photos: [] };
    expect(() => replyToMessage(opened, input)).toThrow(expect.objectContaining({ code: 'MESSAGE_OWNED' }));
    expect(() =>
      handOverMessage(opened, {
        by: person('demo-staff-township'),
        to: person('demo-staff-hubin'),
        note: '请答复',
        now: later(2),
        opId: 'op-000002',
      }),
    ).toThrow(expect.objectContaining({ code: 'MESSAGE_OWNED' }));
    expect(() =>
      handOverMessage(opened, {
        by: person('demo-staff-hubin'),
        to: person('demo-staff-taihua'),
        note: '请答复',
        now: later(2),
        opId: 'op-000003',
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    const answered = applyMessageChange(opened, replyToMessage(opened, { ...input, by: person('demo-staff-hubin') }));
    expect(answered).toEqual(expect.objectContaining({ status: 'answered', ownerId: null, waitingSince: null }));
    const again = applyMessageChange(
      answered,
      answerMessage(answered, { by: person('demo-resident-wang'), now: later(5), opId: 'op-000004', text: '还有', photos: [] }),
    );
    expect(again).toEqual(expect.objectContaining({ status: 'waiting', waitingSince: later(5) }));
  });

  it('publishes only with consent and an answer', () => {
    const message = fresh();
    expect(() => publishMessage(message, person('demo-staff-hubin'), later(1))).toThrow(expect.objectContaining({ code: 'NOT_ANSWERED' }));
    const noConsent = { ...message, publicConsent: false };
    expect(() => publishMessage(noConsent, person('demo-staff-hubin'), later(1))).toThrow(
      expect.objectContaining({ code: 'NO_PUBLIC_CONSENT' }),
    );
  });
});
