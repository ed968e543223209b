/** A kind of request (诉求类别); the list is data a deployment edits. */
export interface Category {
  _id: string;
  name: string;
  /** Icon name shown on the large category buttons. */
  icon: string;
  /** 限时办结: working days the grid has before the request escalates. */
  timeLimitDays: number;
  order: number;
  active: boolean;
}
