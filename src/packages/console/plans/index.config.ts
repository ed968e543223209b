import { dashboardText } from '../../../text/dashboard';

export default definePageConfig({ navigationBarTitleText: dashboardText.plans.title });
