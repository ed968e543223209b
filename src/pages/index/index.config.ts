import { homeText } from '../../text/home';

export default definePageConfig({
  navigationBarTitleText: homeText.titles.home,
});
