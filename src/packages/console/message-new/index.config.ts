import { messagesText } from '../../../text/messages';

export default definePageConfig({ navigationBarTitleText: messagesText.titles.messageNew });
