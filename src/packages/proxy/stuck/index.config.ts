import { proxyText } from '../../../text/proxy';

export default definePageConfig({ navigationBarTitleText: proxyText.titles.stuck });
