import { profileText } from '../../text/profile';

export default definePageConfig({
  navigationBarTitleText: profileText.titles.profile,
});
