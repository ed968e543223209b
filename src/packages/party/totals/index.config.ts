import { partyText } from '../../../text/party';

export default definePageConfig({
  navigationBarTitleText: partyText.titles.totals,
});
