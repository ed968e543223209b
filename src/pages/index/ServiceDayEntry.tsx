import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { entriesText } from '@/text/entries';

/** 便民服务日: book a slot at the township or village hall; staff run the day from here too. */
export default function ServiceDayEntry({ staff }: { staff: boolean }) {
  const go = (page: string) => Taro.navigateTo({ url: `/packages/servicedays/${page}/index` });
  return (
    <View className="gt-home__services">
      <View className="gt-home__services-main" hoverClass="gt-home__services-main--active" onClick={() => go('browse')}>
        <Text className="gt-home__services-title">{entriesText.serviceDays.homeEntry}</Text>
        <Text className="gt-home__services-hint">{entriesText.serviceDays.homeEntryHint}</Text>
      </View>
      <View className="gt-home__services-links">
        <View className="gt-home__services-link gt-home__my-bookings" onClick={() => go('my')}>
          {entriesText.serviceDays.myBookingsEntry}
        </View>
        {staff && (
          <View className="gt-home__services-link gt-home__manage" onClick={() => go('manage')}>
            {entriesText.serviceDays.manageEntry}
          </View>
        )}
      </View>
    </View>
  );
}
