import { gridPickerText } from '../../../text/gridPicker';

export default definePageConfig({
  navigationBarTitleText: gridPickerText.title,
});
