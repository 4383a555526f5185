// Types of the <alliance-chart> element (alliance-chart.js). The chart it wraps is typed by
// the core's generated declarations (pkg/alliance_charts.d.ts).
import type { AllianceChart } from './pkg/alliance_charts.js';

export type ExportFormat = 'png' | 'svg' | 'json' | 'csv';

/** `<alliance-chart view src theme>`: the embeddable chart. Events: `ready`, `render`, `error`. */
export declare class AllianceChartElement extends HTMLElement {
  /** The chart drawn (the wasm AllianceChart), or null until the first draw. */
  readonly chart: AllianceChart | null;
  /** The view shown: survey, timeline, forces or scorecard; setting it switches views. */
  view: string;
  /** Every view id, in tab order (empty until the first draw). */
  readonly views: string[];
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
