import { adminText } from '../../../text/admin';

export default definePageConfig({ navigationBarTitleText: adminText.title });
