/**
 * The words of the star rating component. Its own module: 党员星级评定 and
 * 代理代办 both rate with it, so it rides in the main package, which must not
 * carry a subpackage's whole text.
 */
export const starRatingText = {
  score: (n: number) => `${n}分`,
} as const;
