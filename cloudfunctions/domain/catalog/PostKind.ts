/** One of the ten kinds of party-member public-service post (公益岗). */
export interface PostKind {
  _id: string;
  name: string;
  description: string;
  order: number;
}
