import { defineAction } from '../../shared/defineAction';
import { publishedMessages } from './support/store';
import { postPhotoUrls, toPostDto } from './support/toMessageDto';

/** 网谈回音: the latest published questions and answers, nobody named. */
export const board = defineAction('messages', 'board', {
  access: 'everyone',
  run: async (_input, { db }) => {
    const messages = await publishedMessages(db);
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
