/** 汪德华 (demo-grid-wang) opening a 身份证 case for 王秀英 in 湖滨村 第一网格: an openCase payload without its key. */
export const OPENING_FOR_WANG = {
  itemId: 'pi-idcard',
  gridId: 'g-hubin-1',
  residentName: '王秀英',
  residentPhone: '13905560101',
  household: '汪屋组12号',
  checked: [] as string[],
};
