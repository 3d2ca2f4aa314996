/** One classification in brief, as the assessment reports (table and Markdown) show it. */
export interface ClassificationSummary {
  classifier: string;
  title: string;
  status: string;
  outcomes: readonly string[];
  possible: readonly string[];
  label?: string;
  appliesFrom?: string;
  source: string;
  decidedBy: readonly string[];
}
