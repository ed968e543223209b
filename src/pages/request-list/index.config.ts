import { requestListText } from '../../text/requestList';

export default definePageConfig({
  // The next page is asked for well before the last card (lists read a page at a time).
  onReachBottomDistance: 300,
  navigationBarTitleText: requestListText.title,
});
