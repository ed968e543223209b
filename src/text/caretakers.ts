/** Who looks after a household (民情走访): words the visits subpackage and the 工作台's 走访 panel both show, so each carries this small file, not the other's text. */
export const caretakersText = {
  sources: { paired: '结对干部', beat: '包保干部', grid: '网格员' },
  none: '还没有安排',
} as const;
