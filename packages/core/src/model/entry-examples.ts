/** Positive and negative examples carried by every detection entry; the test suite runs them. */
export interface EntryExamples {
  match: string[];
  noMatch: string[];
}
