// Types of the <alliance-chart> element (alliance-chart.js). What it reports of a data point is
// typed by the core's generated declarations (pkg/alliance_charts.d.ts); the core's chart itself
// is not handed out: state changes go through the element, which keeps its label, data table
// and summary in step with what is drawn.

export type ExportFormat = 'png' | 'svg' | 'json' | 'csv';

/** A data point: what it is (label, value, date, side, sources, quote, statement, note). */
export interface DatumInfo {
  kind: string;
  index: number;
  label: string;
  side?: string;
  value?: string;
  date?: string;
  sources: string[];
  quote: string;
  statement: string;
  note?: string;
}

/** A data point with its box on the canvas, in CSS px. */
export interface Hit extends DatumInfo {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A line of text drawn, with its box on the canvas in CSS px. */
export interface TextBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** `<alliance-chart view src theme>`: the embeddable chart. Events: `ready`, `render`, `error`. */
export declare class AllianceChartElement extends HTMLElement {
  /** Resolves once the chart has drawn (again after a move in the page or a restart). */
  readonly ready: Promise<void>;
  /** The view shown: survey, timeline, forces or scorecard; setting it switches views. */
  view: string;
  /** Every view id, in tab order (empty until the first draw). */
  readonly views: string[];
  /** Which build of the core draws the chart: the survey build first, the full one once it is in. */
  readonly build: 'survey' | 'full' | null;
  /** How many data points the drawn view has (0 until the first draw). */
  readonly hitCount: number;
  /** The `index`-th data point of the drawn view, in reading order; null past the end. */
  hit(index: number): Hit | null;
  /** The data point under a point of the canvas (CSS px from its top left corner), or null. */
  pick(x: number, y: number): DatumInfo | null;
  /** Every line of text the drawn view shows with its box (full build; null before it is in). */
  textBoxes(): TextBox[] | null;
  /** The dataset drawn, as a new object (brings in the full build). */
  getData(): Promise<unknown>;
  /** Replaces the dataset; rejects with the Error naming the bad field, the chart staying. */
  setData(dataset: unknown): Promise<void>;
  /** The current view (png, svg) or data (json, csv) as a Blob. */
  exportBlob(format: ExportFormat): Promise<Blob>;
  /** Saves the current view or data as a file. */
  download(format: ExportFormat): Promise<void>;
}

declare global {
  interface HTMLElementTagNameMap {
    'alliance-chart': AllianceChartElement;
  }
}
