import { servicedaysText } from '../../../text/servicedays';

export default definePageConfig({ navigationBarTitleText: servicedaysText.titles.my });
