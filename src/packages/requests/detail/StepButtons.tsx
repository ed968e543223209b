import { View } from '@tarojs/components';
import Button from '@/components/Button';
import type { RequestDetailDto, RequestStepName } from '@contract';
import { isPanel, stepLabel } from './steps';

interface StepButtonsProps {
  request: RequestDetailDto;
  busy: boolean;
  onPress: (name: RequestStepName) => void;
}

/** The steps this person may take now, as the server says (rating has its own panel). */
export default function StepButtons({ request, busy, onPress }: StepButtonsProps) {
  const buttons = request.allowed.filter((name) => name !== 'rate');
  if (buttons.length === 0) return null;
  return (
    <View className="gt-request__actions">
      {buttons.map((name) => (
        <View key={name} className="gt-request__action" data-step={name}>
          <Button
            type={name === 'accept' || name === 'resolve' || name === 'resume' ? 'primary' : 'secondary'}
            loading={busy && !isPanel(name)}
            onClick={() => onPress(name)}
          >
            {stepLabel(name, request)}
          </Button>
        </View>
      ))}
    </View>
  );
}
