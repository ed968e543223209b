import Taro from '@tarojs/taro';
import { stepText } from '@/text/steps';

/**
 * A new record's form whose save was refused because its key already made
 * the record (hooks/useStepKey `madeBefore`): says so, then puts that
 * record's edit page in the form's place, so the next save edits it and
 * never makes a second one.
 */
export async function openMadeRecord(editUrl: string): Promise<void> {
  // A dialog that could not show must not keep the person on the new form: the record opens either way.
  await Taro.showModal({ content: stepText.madeBefore, showCancel: false }).catch(() => undefined);
  await Taro.redirectTo({ url: editUrl });
}
