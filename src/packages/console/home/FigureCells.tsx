import { Text, View } from '@tarojs/components';

/** A figure and, beside it, the counts it rests on (so a rate never looks bigger than it is). */
export interface Figure {
  value: string | number;
  count?: string;
}

/** Labelled figures side by side. */
export default function FigureCells({ cells }: { cells: Array<[string, Figure]> }) {
  return (
    <>
      {cells.map(([label, figure]) => (
        <View key={label} className="gt-cs__figure">
          <View className="gt-cs__line">{label}</View>
          <View className="gt-cs__value">
            {figure.value}
            {figure.count && <Text className="gt-cs__count">{figure.count}</Text>}
          </View>
        </View>
      ))}
    </>
  );
}
