// Embedded charts, drawn as inline SVG over the grid at their anchor cells, as Sheets floats
// them: columns, bars or lines, grouped or stacked, with a title, a value axis and a legend.
import type { ChartView } from '../chart-view';
import type { SheetView } from '../view';
import { say } from './api';
import { $, el } from './dom';

const SVG = 'http://www.w3.org/2000/svg';
const FONT = 'Arial, sans-serif';
const TITLE_HEIGHT = 30;
const SIDE_LEGEND = 130;
const LINE_LEGEND = 26;
const VALUE_LABELS = 40;
const CATEGORY_LABELS = 22;
const BAR_LABELS = 80;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

type Attrs = Record<string, string | number>;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string)[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}

function text(x: number, y: number, content: string, attrs: Attrs = {}): SVGTextElement {
  return svg(
    'text',
    { x, y, 'font-family': FONT, 'font-size': 11, fill: '#5f6368', ...attrs },
    content,
  );
}

/** A round axis maximum and its step: 1, 2, 2.5 or 5 times a power of ten, about 5 ticks. */
function niceScale(max: number): { top: number; step: number } {
  if (!(max > 0)) return { top: 1, step: 0.25 };
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? rough;
  return { top: Math.ceil(max / step) * step, step };
}

/** Each series' values as drawn: percentages of their category's total when stacked to 100%. */
function drawnValues(view: ChartView): number[][] {
  const values = view.series.map((s) => s.values.map((v) => Math.max(0, v ?? 0)));
  if (!view.percent) return values;
  return values.map((row) =>
    row.map((v, i) => {
      const total = values.reduce((sum, r) => sum + r[i], 0);
      return total > 0 ? (v / total) * 100 : 0;
    }),
  );
}

function largest(view: ChartView, values: number[][]): number {
  if (view.percent) return 100;
  if (!view.stacked) return Math.max(0, ...values.flat());
  return Math.max(0, ...view.categories.map((_, i) => values.reduce((sum, r) => sum + r[i], 0)));
}

function mark(shape: SVGElement, view: ChartView, series: number, category: number): SVGElement {
  const name = view.series[series].name;
  const label = view.categories[category];
  const value = view.series[series].values[category];
  shape.setAttribute('class', 'mark');
  shape.dataset.series = name;
  shape.dataset.category = label;
  shape.dataset.value = String(value ?? '');
  shape.append(svg('title', {}, `${name}, ${label}: ${value ?? 'no value'}`));
  return shape;
}

const colorOf = (view: ChartView, k: number) => view.colors[k % view.colors.length];

/** Value gridlines with their labels: across for columns and lines, down for bars. */
function valueAxis(plot: Box, top: number, step: number, across: boolean, percent: boolean) {
  const group = svg('g', { class: 'value-axis' });
  for (let v = 0; v <= top + step / 1000; v += step) {
    const label = `${Math.round(v * 100) / 100}${percent ? '%' : ''}`;
    if (across) {
      const y = plot.y + plot.h - (v / top) * plot.h;
      group.append(
        svg('line', { x1: plot.x, x2: plot.x + plot.w, y1: y, y2: y, stroke: '#e0e0e0' }),
        text(plot.x - 6, y + 4, label, { 'text-anchor': 'end' }),
      );
    } else {
      const x = plot.x + (v / top) * plot.w;
      group.append(
        svg('line', { x1: x, x2: x, y1: plot.y, y2: plot.y + plot.h, stroke: '#e0e0e0' }),
        text(x, plot.y + plot.h + 15, label, { 'text-anchor': 'middle' }),
      );
    }
  }
  return group;
}

function categoryLabels(view: ChartView, plot: Box, across: boolean): SVGElement {
  const group = svg('g', { class: 'category-axis' });
  const n = view.categories.length;
  const band = (across ? plot.w : plot.h) / Math.max(1, n);
  // Crowded labels: every k-th one, as a chart thins them out. Across, a label needs its own
  // width (about 6 px a character at 11 px) and a gap, so short week labels all stay.
  const widest = Math.max(0, ...view.categories.map((label) => label.length));
  const every = Math.max(1, Math.ceil((across ? widest * 6 + 10 : 16) / band));
  view.categories.forEach((label, i) => {
    if (i % every !== 0) return;
    const middle = (across ? plot.x : plot.y) + band * (i + 0.5);
    group.append(
      across
        ? text(middle, plot.y + plot.h + 15, label, { 'text-anchor': 'middle' })
        : text(plot.x - 6, middle + 4, label, { 'text-anchor': 'end' }),
    );
  });
  return group;
}

/** Columns (across) or bars, each category's series side by side or stacked. */
function bars(view: ChartView, plot: Box, values: number[][], top: number, across: boolean) {
  const group = svg('g', { class: 'marks' });
  const n = view.categories.length;
  const band = (across ? plot.w : plot.h) / Math.max(1, n);
  const count = view.series.length;
  const thick = view.stacked ? band * 0.6 : (band * 0.75) / Math.max(1, count);
  const length = across ? plot.h : plot.w;
  for (let i = 0; i < n; i++) {
    let base = 0;
    for (let k = 0; k < count; k++) {
      const value = values[k][i];
      const size = (value / top) * length;
      const start = view.stacked
        ? band * i + (band - thick) / 2
        : band * i + (band - thick * count) / 2 + thick * k;
      const rect = across
        ? {
            x: plot.x + start,
            y: plot.y + plot.h - ((base + value) / top) * length,
            width: thick,
            height: size,
          }
        : { x: plot.x + (base / top) * length, y: plot.y + start, width: size, height: thick };
      group.append(mark(svg('rect', { ...rect, fill: colorOf(view, k) }), view, k, i));
      if (view.stacked) base += value;
    }
  }
  return group;
}

/** A line per series through the middle of each category; stacked lines add up. */
function lines(view: ChartView, plot: Box, values: number[][], top: number) {
  const group = svg('g', { class: 'marks' });
  const band = plot.w / Math.max(1, view.categories.length);
  const base = view.categories.map(() => 0);
  view.series.forEach((_, k) => {
    const points = view.categories.map((__, i) => {
      if (view.stacked) base[i] += values[k][i];
      const v = view.stacked ? base[i] : values[k][i];
      return { x: plot.x + band * (i + 0.5), y: plot.y + plot.h - (v / top) * plot.h };
    });
    const color = colorOf(view, k);
    group.append(
      svg('polyline', {
        points: points.map((p) => `${p.x},${p.y}`).join(' '),
        fill: 'none',
        stroke: color,
        'stroke-width': 2,
      }),
      ...points.map((p, i) =>
        mark(svg('circle', { cx: p.x, cy: p.y, r: 3.5, fill: color }), view, k, i),
      ),
    );
  });
  return group;
}

function legend(view: ChartView, area: Box): SVGElement {
  const vertical = view.legend === 'right' || view.legend === 'left';
  // A swatch, a gap and the name at about 6.5 px a letter.
  const widths = view.series.map((s) => 28 + s.name.length * 6.5);
  const total = widths.reduce((sum, w) => sum + w, 0);
  // A legend above or below is centred on the plot, as Sheets places it.
  let x = vertical ? area.x : area.x + Math.max(0, (area.w - total) / 2);
  let y = area.y;
  const items = view.series.map((s, k) => {
    const item = svg(
      'g',
      { class: 'legend-item', transform: `translate(${x},${y})` },
      svg('rect', { x: 0, y: -9, width: 10, height: 10, rx: 2, fill: colorOf(view, k) }),
      text(15, 0, s.name, { fill: '#3c4043', 'font-size': 12 }),
    );
    if (vertical) y += 20;
    else x += widths[k];
    return item;
  });
  return svg('g', { class: 'legend' }, ...items);
}

/** The whole chart as one SVG of the chart's size. */
export function chartSvg(view: ChartView): SVGSVGElement {
  const { width, height } = view;
  const root = svg('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': view.title || 'Chart',
  });
  root.append(svg('rect', { width, height, fill: '#fff' }));
  const area: Box = { x: 12, y: 10, w: width - 24, h: height - 20 };
  if (view.title) {
    root.append(
      text(area.x, area.y + 16, view.title, { class: 'title', fill: '#202124', 'font-size': 15 }),
    );
    area.y += TITLE_HEIGHT;
    area.h -= TITLE_HEIGHT;
  }
  let legendBox: Box | null = null;
  if (view.legend === 'right' || view.legend === 'left') {
    const x = view.legend === 'right' ? area.x + area.w - SIDE_LEGEND + 12 : area.x;
    legendBox = { x, y: area.y + 12, w: SIDE_LEGEND, h: area.h };
    area.w -= SIDE_LEGEND;
    if (view.legend === 'left') area.x += SIDE_LEGEND;
  } else if (view.legend === 'top' || view.legend === 'bottom') {
    const y = view.legend === 'top' ? area.y + 12 : area.y + area.h - 6;
    legendBox = { x: area.x, y, w: area.w, h: LINE_LEGEND };
    area.h -= LINE_LEGEND;
    if (view.legend === 'top') area.y += LINE_LEGEND;
  }
  const across = view.drawnAs !== 'BAR';
  const side = across ? VALUE_LABELS : BAR_LABELS;
  const plot: Box = {
    x: area.x + side,
    y: area.y + 6,
    w: Math.max(10, area.w - side - 8),
    h: Math.max(10, area.h - CATEGORY_LABELS - 6),
  };
  const values = drawnValues(view);
  const { top, step } = niceScale(largest(view, values));
  root.append(
    valueAxis(plot, top, step, across, view.percent),
    categoryLabels(view, plot, across),
    view.drawnAs === 'LINE'
      ? lines(view, plot, values, top)
      : bars(view, plot, values, top, across),
  );
  if (legendBox) root.append(legend(view, legendBox));
  return root;
}

/** The anchor cell's top-left in the grid's scrolled content, or null when it is not drawn. */
function anchorOf(sheet: SheetView, view: ChartView, wrap: HTMLElement) {
  const hidden = new Set(sheet.hiddenColumns);
  let column = view.anchor.column;
  while (hidden.has(column)) column += 1;
  const td = document.querySelector<HTMLElement>(
    `#grid td[data-row="${view.anchor.row}"][data-col="${column}"]`,
  );
  if (!td) return null;
  const cell = td.getBoundingClientRect();
  const frame = wrap.getBoundingClientRect();
  return {
    left: cell.left - frame.left + wrap.scrollLeft + view.anchor.offsetX,
    top: cell.top - frame.top + wrap.scrollTop + view.anchor.offsetY,
  };
}

/** Draws the sheet's charts over the grid (after the grid itself is drawn). */
export function drawCharts(sheet: SheetView | null): void {
  const layer = $('charts');
  const wrap = $('grid-wrap');
  if (!sheet) {
    layer.replaceChildren();
    return;
  }
  let below = 0;
  layer.replaceChildren(
    ...sheet.charts.flatMap((view) => {
      const at = anchorOf(sheet, view, wrap);
      if (!at) {
        below += 1;
        return [];
      }
      const figure = el(
        'figure',
        { className: 'chart', attrs: { 'data-chart-id': String(view.chartId) } },
        chartSvg(view),
      );
      if (view.notDrawnType) {
        figure.append(
          el('figcaption', {
            textContent: `A ${view.notDrawnType} chart, drawn here as columns: the preview draws column, bar and line charts.`,
          }),
        );
      }
      Object.assign(figure.style, {
        left: `${at.left}px`,
        top: `${at.top}px`,
        // The SVG's width and the 1 px border on each side.
        width: `${view.width + 2}px`,
      });
      return [figure];
    }),
  );
  if (below) {
    say(
      `${below === 1 ? 'A chart is' : `${below} charts are`} anchored below the ${sheet.rows} rows drawn here.`,
    );
  }
}
