/** Words in `text`: runs of non-space characters. One count for extraction and declutter alike. */
export function countWords(text: string): number {
  const words = text.trim().match(/\S+/g);
  return words ? words.length : 0;
}
