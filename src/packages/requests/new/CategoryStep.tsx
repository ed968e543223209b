import { View } from '@tarojs/components';
import type { CategoryDto } from '@contract';
import CategoryGrid from '@/components/CategoryGrid';
import { requestsText } from '@/text/requests';

interface CategoryStepProps {
  categories: CategoryDto[];
  selected: string | null;
  onPick: (category: CategoryDto) => void;
}

/** First screen: which kind of matter, as big icons. */
export default function CategoryStep({ categories, selected, onPick }: CategoryStepProps) {
  return (
    <View>
      <View className="gt-new-request__title">{requestsText.filing.chooseCategory}</View>
      <View className="gt-new-request__categories">
        <CategoryGrid categories={categories} selected={selected} onSelect={onPick} />
      </View>
    </View>
  );
}
