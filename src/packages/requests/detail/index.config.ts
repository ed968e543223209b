import { requestsText } from '../../../text/requests';

export default definePageConfig({
  navigationBarTitleText: requestsText.titles.detail,
});
