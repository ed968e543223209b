import type { Message } from '../../domain/messages/Message';
import { defineAction } from '../../shared/defineAction';
import { COLLECTIONS } from '../../shared/collections';
import { readDocs } from '../../shared/readDocs';
import { postPhotoUrls, toPostDto } from './toMessageDto';

/** 网谈回音: the latest published questions and answers, nobody named. */
export const board = defineAction('messages', 'board', {
  access: 'everyone',
  run: async (_input, { db }) => {
    const messages = await readDocs<Message>(
      db.collection(COLLECTIONS.messages).where({ published: true }).orderBy('publishedAt', 'desc').limit(50),
    );
    const urls = await postPhotoUrls(messages);
    return {
      items: messages.map((message) => ({
        id: message._id,
        place: message.villageName,
        publishedAt: (message.publishedAt ?? message.updatedAt).toISOString(),
        posts: message.posts.map((post) => toPostDto(post, message, null, 'board', urls)),
      })),
    };
  },
});
