/**
 * A party branch (党支部): a village's, a township office's, or an
 * employer's. `nodeId` is where it sits in the jurisdiction tree, so a
 * member can choose among the branches above their grid; its secretary
 * verifies the service logs of its members.
 */
export interface Branch {
  _id: string;
  name: string;
  nodeId: string;
  secretaryId: string | null;
  order: number;
}
