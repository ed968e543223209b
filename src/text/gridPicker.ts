/** UI text of 选择网格 (the grid subpackage), so the main package does not carry it. */
export const gridPickerText = {
  title: '选择网格',
  intro: '请点选您居住的网格',
  current: '当前',
  noGrids: '这个村还没有划分网格',
  noVillages: '暂时没有可选的村',
  chosen: (village: string, grid: string) => `已选择：${village} ${grid}`,
} as const;
