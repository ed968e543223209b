import { View } from '@tarojs/components';
import Button from '@/components/Button';
import TextPrompt from '@/components/TextPrompt';
import { usePromptAction } from '@/hooks/usePromptAction';
import '@/packages/party/party.scss';

export interface DecisionTexts {
  approve: string;
  reject: string;
  rejectReason: string;
  rejectPlaceholder: string;
  confirmReject: string;
  approved: string;
  rejected: string;
}

interface DecisionActionsProps {
  texts: DecisionTexts;
  /** Sends the decision; a rejection carries the reason the person typed. */
  decide: (decision: 'approve' | 'reject', reason?: string) => Promise<unknown>;
  onDecided: () => void;
  /** Prefix for the buttons' classes (`<prefix>__approve`, `<prefix>__reject`). */
  block: string;
}

/** Approve at once, or reject with a reason (approving a registration, verifying a service log). */
export default function DecisionActions({ texts, decide, onDecided, block }: DecisionActionsProps) {
  const approval = usePromptAction(() => decide('approve'), texts.approved, 'reason', onDecided);
  const rejection = usePromptAction((reason) => decide('reject', reason), texts.rejected, 'reason', onDecided);
  if (rejection.open) {
    return (
      <TextPrompt
        label={texts.rejectReason}
        placeholder={texts.rejectPlaceholder}
        confirmText={texts.confirmReject}
        error={rejection.error}
        saving={rejection.saving}
        onCancel={() => rejection.setOpen(false)}
        onConfirm={(reason) => void rejection.submit(reason)}
      />
    );
  }
  return (
    <View className="gt-party__actions">
      <View className="gt-party__action">
        <Button type="primary" className={`${block}__approve`} loading={approval.saving} onClick={() => void approval.submit('')}>
          {texts.approve}
        </Button>
      </View>
      <View className="gt-party__action">
        <Button className={`${block}__reject`} onClick={() => rejection.setOpen(true)}>
          {texts.reject}
        </Button>
      </View>
    </View>
  );
}
