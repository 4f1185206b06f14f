/** How a law is named on the page: 《name》 then its article(s), if verified. */
export function lawCitation(law: string, article?: string): string {
  return `《${law}》${article ?? ''}`;
}
