import { Input, View } from '@tarojs/components';
import Button from '@/components/Button';
import { servicedaysText } from '@/text/servicedays';
import type { DayList } from './useDayList';

const t = servicedaysText;

/** 签到: the six-digit code typed in, or the booking's QR code scanned (weapp). */
export default function CheckInCard({ day }: { day: DayList }) {
  return (
    <View className="gt-sd__card">
      <View className="gt-sd__strong">{t.checkInTitle}</View>
      <Input
        className="gt-sd__input gt-sd-day__code"
        type="number"
        maxlength={6}
        placeholder={t.codeInput}
        value={day.code}
        onInput={(e) => day.setCode(e.detail.value)}
        onConfirm={() => void day.checkInByCode()}
      />
      <View className="gt-sd__buttons">
        <Button
          className="gt-sd-day__check-in"
          type="primary"
          disabled={day.code.trim().length !== 6}
          onClick={() => void day.checkInByCode()}
        >
          {t.checkInButton}
        </Button>
        {process.env.TARO_ENV === 'weapp' && <Button onClick={() => void day.scan()}>{t.scan}</Button>}
      </View>
    </View>
  );
}
