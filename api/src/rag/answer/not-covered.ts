/** The sentence every answerer uses when its context does not answer the question; models are told to use it verbatim. */
export const NOT_COVERED = 'The documents do not cover this question.';

export const saysNotCovered = (answer: string): boolean =>
  answer.toLowerCase().replace(/\s+/g, ' ').includes(NOT_COVERED.toLowerCase().slice(0, -1));
