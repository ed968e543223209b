import type { Message } from '../../cloudfunctions/domain/messages/Message';
import { leaveMessage } from '../../cloudfunctions/domain/messages/leaveMessage';
import { openMessage } from '../../cloudfunctions/domain/messages/firstInquiry';
import { applyMessageChange, publishMessage } from '../../cloudfunctions/domain/messages/messageOutcomes';
import { replyToMessage } from '../../cloudfunctions/domain/messages/threadPosts';
import type { User } from '../../cloudfunctions/domain/people/User';
import { demoNodes } from './demoPlaces';
import { demoUsers } from './demoUsers';

const HOUR = 3_600_000;

function person(id: string): User {
  return demoUsers.find((u) => u._id === id)!;
}

interface DemoThread {
  id: string;
  author: string;
  hoursAgo: number;
  text: string;
  consent: boolean;
  /** Staff who opened it (首问负责) and, if given, their reply. */
  openedBy?: string;
  reply?: string;
  publish?: boolean;
}

/**
 * Demo 留言 threads: one waiting over a day (flagged on the dashboard), two
 * owned by 湖滨村 staff and waiting, two answered, one of them published on
 * 网谈回音. Built through the domain, so they are what the functions write.
 */
const THREADS: DemoThread[] = [
  {
    id: 'demo-ms-1',
    author: 'demo-resident-wang',
    hoursAgo: 30,
    consent: true,
    text: '村里什么时候统一办理新农合缴费？我儿子在外打工，能不能帮他代缴？',
  },
  {
    id: 'demo-ms-2',
    author: 'demo-resident-li',
    hoursAgo: 72,
    consent: true,
    openedBy: 'demo-staff-hubin',
    publish: true,
    text: '听说今年危房改造有补助，我家老屋墙裂了，怎么申请？',
    reply: '危房改造补助先由本人到村委会填申请表，村里会请乡里来鉴定。您带上身份证和户口本，工作日上午都可以来办。',
  },
  {
    id: 'demo-ms-3',
    author: 'demo-resident-zhao',
    hoursAgo: 50,
    consent: true,
    openedBy: 'demo-staff-taihua',
    text: '河南组那段路晚上没有灯，能不能装几盏路灯？',
    reply: '已经记下了，村里会和乡里报上去，有了安排会再告诉您。',
  },
  {
    id: 'demo-ms-4',
    author: 'demo-resident-wang',
    hoursAgo: 3,
    consent: false,
    openedBy: 'demo-staff-hubin',
    text: '村卫生室周末开门吗？老伴要打针。',
  },
  {
    id: 'demo-ms-5',
    author: 'demo-resident-li',
    hoursAgo: 5,
    consent: false,
    openedBy: 'demo-staff-hubin',
    text: '低保复核的材料交给谁？',
  },
];

export function demoMessages(now: Date): Message[] {
  return THREADS.map((thread) => {
    const author = person(thread.author);
    const grid = demoNodes.find((n) => n._id === author.homeGridId)!;
    const village = demoNodes.find((n) => n.level === 'village' && grid.ancestorIds.includes(n._id))!;
    const at = (hours: number) => new Date(now.getTime() - hours * HOUR);
    let message = leaveMessage({
      id: thread.id,
      clientKey: `seed-${thread.id}`,
      now: at(thread.hoursAgo),
      author,
      grid,
      village,
      text: thread.text,
      photos: [],
      publicConsent: thread.consent,
    });
    if (thread.openedBy) {
      const staff = person(thread.openedBy);
      const opened = openMessage(message, staff, at(thread.hoursAgo - 1));
      if (opened) message = applyMessageChange(message, opened);
      if (thread.reply) {
        message = applyMessageChange(
          message,
          replyToMessage(message, {
            by: staff,
            now: at(thread.hoursAgo - 2),
            opId: `seed-reply-${thread.id}`,
            text: thread.reply,
            photos: [],
          }),
        );
      }
      if (thread.publish) {
        const published = publishMessage(message, staff, at(thread.hoursAgo - 3));
        if (published) message = applyMessageChange(message, published);
      }
    }
    return message;
  });
}
