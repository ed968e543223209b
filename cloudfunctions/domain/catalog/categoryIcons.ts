/**
 * The icons a category may have: names from the icon font the category grid
 * draws (taro-ui's AtIcon), chosen to read as a kind of matter. A fixed
 * list, so an administrator can never pick a name that draws nothing.
 */
export const CATEGORY_ICONS = [
  'help',
  'heart',
  'heart-2',
  'bookmark',
  'file-generic',
  'trash',
  'alert-circle',
  'home',
  'sketch',
  'lightning-bolt',
  'bullet-list',
  'phone',
  'map-pin',
  'money',
  'user',
  'calendar',
  'message',
  'shopping-cart',
  'settings',
  'star',
  'tags',
  'bell',
  'camera',
  'lock',
] as const;

export type CategoryIcon = (typeof CATEGORY_ICONS)[number];

export function isCategoryIcon(value: string): value is CategoryIcon {
  return (CATEGORY_ICONS as readonly string[]).includes(value);
}
