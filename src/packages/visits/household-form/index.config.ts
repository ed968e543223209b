import { visitsText } from '../../../text/visits';

export default definePageConfig({ navigationBarTitleText: visitsText.titles.householdForm });
